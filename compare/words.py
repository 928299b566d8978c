"""Closed-class words, a small lemmatiser and case folding, shared by the extractors and ``context``.

A rule-based lemmatiser is enough here: it only has to map the plural of a
counted noun ("troops", "casualties", "people") to the singular we report, and
verb forms to a stem for matching predicates across outlets.  Its words and
suffix rules are the language's ``words.toml``; ``morphology(lex)`` builds them
once per lexicon.  ``STOPWORDS``, ``lemma`` and ``verb_stem`` are English's, for
the callers that read no other language yet (``compare/lang/README.md`` lists
them).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from compare.lang import Lexicon, lexicon

__all__ = [
    "STOPWORDS",
    "Morphology",
    "alternation",
    "ascii_letters_kept",
    "digit_runs",
    "find_all",
    "fold",
    "fold_case",
    "is_word_char",
    "lemma",
    "lowercase",
    "memoized",
    "morphology",
    "phrase_trie",
    "starts_after",
    "trie_pattern",
    "unaccented",
    "verb_stem",
    "whole_words",
    "word_led",
    "words_among",
]


T = TypeVar("T")
_MEMO_SIZE = 1 << 16  # words whose lemma a Morphology remembers, and a ``memoized`` function


class _Memo(dict[str, Any]):
    """Results of a pure function of one word, computed on a miss (``__missing__``)."""

    def __init__(self, fn: Callable[[str], Any], size: int) -> None:
        super().__init__()
        self.fn = fn
        self.size = size

    def __missing__(self, word: str) -> Any:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.fn(word)
        return value


def memoized(fn: Callable[[str], T], size: int = _MEMO_SIZE) -> Callable[[str], T]:
    """``fn`` (pure, of one word) remembered per word, emptied when ``size`` words are held.

    A hit is one dictionary lookup, half the cost of ``functools.lru_cache``:
    the cue scanner looks up every word of every sentence it describes.
    """
    return _Memo(fn, size).__getitem__

# eq=False: one language's tables, hashed by identity (cached per lexicon).
@dataclass(frozen=True, eq=False)
class Morphology:
    """The closed-class words and the lemmatiser of one language (``words.toml``)."""

    stopwords: frozenset[str]
    # nouns: irregular plural -> singular; then (suffix, replacement, least length), first match wins
    noun_irregular: Mapping[str, str]
    noun_rules: tuple[tuple[str, str, int], ...]
    # verbs: irregular form -> stem; then (suffix, replacement), first that leaves ``stem_min`` letters
    verb_irregular: Mapping[str, str]
    verb_suffixes: tuple[tuple[str, str], ...]
    stem_min: int
    undouble_after: frozenset[str]
    keep_doubled: frozenset[str]
    drop_final: str
    drop_final_after: int
    # Lemmas already made, by word as given: a text repeats its nouns, and the
    # rules are pure.  Emptied when full, so a long run holds a bounded table.
    _lemmas: dict[str, str] = field(default_factory=dict, repr=False)

    def lemma(self, word: str) -> str:
        """Singular of a (lower-case) noun: "casualties" → "casualty", "troops" → "troop"."""
        found = self._lemmas.get(word)
        if found is None:
            if len(self._lemmas) >= _MEMO_SIZE:
                self._lemmas.clear()
            found = self._lemmas[word] = self._lemma(word)
        return found

    def _lemma(self, word: str) -> str:
        w = word.lower()
        irregular = self.noun_irregular.get(w)
        if irregular is not None:
            return irregular
        for suffix, replacement, least in self.noun_rules:
            if w.endswith(suffix) and len(w) >= least:
                return w[: -len(suffix)] + replacement
        return w

    def verb_stem(self, word: str) -> str:
        """A crude stem for matching predicates: "deployed" / "deploys" / "deploying" → "deploy"."""
        w = word.lower()
        irregular = self.verb_irregular.get(w)
        if irregular is not None:
            return irregular
        for suffix, replacement in self.verb_suffixes:
            if w.endswith(suffix) and len(w) - len(suffix) >= self.stem_min:
                stem = w[: -len(suffix)] + replacement
                if (
                    suffix in self.undouble_after
                    and len(stem) > 3
                    and stem[-1] == stem[-2]
                    and stem[-1] not in self.keep_doubled
                ):
                    stem = stem[:-1]  # "planned" → "plan"
                return self._drop_final(stem)
        return self._drop_final(w)

    def _drop_final(self, stem: str) -> str:
        if self.drop_final and stem.endswith(self.drop_final) and len(stem) > self.drop_final_after:
            return stem[: -len(self.drop_final)]
        return stem


def morphology(lex: Lexicon | None = None) -> Morphology:
    """The stopwords and lemmatiser of ``lex`` (English when None), built once per lexicon."""
    return _morphology(lex if lex is not None else lexicon())


# One entry per language in use (tests build lexicons of their own).
@functools.lru_cache(maxsize=8)
def _morphology(lex: Lexicon) -> Morphology:
    return read_morphology(lex.words)


def _word_map(table: Any, where: str) -> Mapping[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise ValueError(f"words.toml {where}: expected word = \"word\" pairs")
    return MappingProxyType({k.lower(): v.lower() for k, v in table.items()})


def _rules(raw: Any, where: str, width: int) -> tuple[tuple[Any, ...], ...]:
    """Suffix rules as tuples of ``width`` (suffix, replacement[, least length]); a suffix is never empty."""
    ok = isinstance(raw, list) and all(
        isinstance(r, list)
        and len(r) == width
        and isinstance(r[0], str)
        and r[0]
        and isinstance(r[1], str)
        and all(isinstance(x, int) for x in r[2:])
        for r in raw
    )
    if not ok:
        shape = "[suffix, replacement, least]" if width == 3 else "[suffix, replacement]"
        raise ValueError(f"words.toml {where}: expected a list of {shape}")
    return tuple(tuple(r) for r in raw)


def read_morphology(data: Mapping[str, Any]) -> Morphology:
    """Check and build the tables of a parsed ``words.toml``."""
    stopwords, nouns, verbs = (data.get(k, {}) for k in ("stopwords", "nouns", "verbs"))
    words = stopwords.get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise ValueError("words.toml [stopwords]: words must be a list of words")
    letters = verbs.get("keep_doubled", [])
    if not all(isinstance(c, str) and len(c) == 1 for c in letters):
        raise ValueError("words.toml [verbs]: keep_doubled must be a list of letters")
    counts = (verbs.get("stem_min"), verbs.get("drop_final_after"))
    if not all(isinstance(n, int) and n >= 1 for n in counts) or not isinstance(verbs.get("drop_final"), str):
        raise ValueError("words.toml [verbs]: stem_min and drop_final_after are counts, drop_final a suffix")
    return Morphology(
        stopwords=frozenset(w.lower() for w in words),
        noun_irregular=_word_map(nouns.get("irregular"), "[nouns.irregular]"),
        noun_rules=_rules(nouns.get("rules"), "[nouns] rules", 3),
        verb_irregular=_word_map(verbs.get("irregular"), "[verbs.irregular]"),
        verb_suffixes=_rules(verbs.get("suffixes"), "[verbs] suffixes", 2),
        stem_min=verbs["stem_min"],
        undouble_after=frozenset(verbs.get("undouble_after", [])),
        keep_doubled=frozenset(letters),
        drop_final=verbs["drop_final"],
        drop_final_after=verbs["drop_final_after"],
    )


_ENGLISH = morphology()
# English's, for the callers that are given no lexicon.
STOPWORDS: frozenset[str] = _ENGLISH.stopwords
lemma: Callable[[str], str] = _ENGLISH.lemma
# A text repeats its verbs; the stem is pure.
verb_stem: Callable[[str], str] = memoized(_ENGLISH.verb_stem)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The only characters outside ASCII that ``re.IGNORECASE`` lets stand for an
# ASCII letter: "ſpring" matches "spring", and must then be looked up as it.
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lowercase(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` sees it, every character at its offset.

    A case-sensitive pattern of lower-case ASCII over this copy matches where
    the same pattern with ``re.IGNORECASE`` matches over ``text``, several
    times faster (the regex engine can skip ahead on literal characters), and
    match offsets carry over to ``text`` unchanged.  A few characters lower to
    two, so such texts are lowered in ASCII only.
    """
    if not ascii_letters_kept(text):
        text = text.translate(_IGNORECASE_TWINS)
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def ascii_letters_kept(text: str) -> bool:
    """Whether ``lowercase(text)`` holds an ASCII letter exactly where ``text`` does.

    Only the ``re.IGNORECASE`` twins lower to an ASCII letter from outside ASCII
    ("ſ" → "s"), so a scan of the lowered copy may then trust that a character that is
    no ASCII letter there is none in ``text`` either.
    """
    return not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text)


_DIGIT_RUN = re.compile(r"\d+")


def digit_runs(text: str) -> list[tuple[int, int]]:
    """Where each run of digits (``\\d``) in ``text`` starts and ends, in text order.

    Dates and figures are both looked for from the digits of a text: found
    once per document and given to both scanners (``find_times``,
    ``find_quantities``), as a scan of the whole text costs about as much as
    all the work at the few runs it finds.
    """
    return [m.span() for m in _DIGIT_RUN.finditer(text)]


# A word of letters, with the apostrophes and hyphens inside it ("don't", "Hajj-goers"), not starting
# with a digit or an underscore: the words alignment and the act reader look at around a figure.
LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_WORD_RUN = re.compile(r"\w+")


def whole_words(words: Iterable[str]) -> bool:
    """Whether every one of ``words`` is word characters only (``\\w+``), as ``words_among`` finds them."""
    return all(_WORD_RUN.fullmatch(word) for word in words)


def words_among(lowered: str, wanted: frozenset[str]) -> list[tuple[int, str]]:
    """Each whole word of ``lowered`` (a maximal run of ``\\w``) that is one of ``wanted``, with its start.

    ``wanted`` are words of word characters only (``whole_words``): a match
    of one at a word boundary can then only end where the run of word
    characters it starts ends.  One scan serves every scanner's trigger
    words (dates, number words).
    """
    if not wanted:
        return []
    first, after = _words_patterns(wanted)
    # A word starts the text or follows a character that is no word character: the second
    # pattern takes that character (the word is its group 1), so the regex engine skips from
    # one such character to the next instead of trying a word boundary at every position
    # (``starts_after``, written out here: a text has hundreds of these words).
    found: list[tuple[int, str]] = []
    at = first.match(lowered)
    if at is not None:
        found.append((0, at.group()))
    found += [(m.start(1), m.group(1)) for m in after.finditer(lowered, at.end() if at is not None else 0)]
    return found


@functools.lru_cache(maxsize=16)
def _words_patterns(wanted: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``wanted`` at a word boundary (``\\b``) and after a character that is no word character."""
    if not whole_words(wanted):
        raise ValueError(f"not whole words: {sorted(w for w in wanted if not _WORD_RUN.fullmatch(w))}")
    # Factored by prefix (``trie_pattern``): the engine tries a letter or two at each word start.
    body = trie_pattern(sorted(wanted))
    return re.compile(rf"\b(?:{body})\b"), re.compile(rf"\W({body})\b")


def word_led(phrases: Iterable[str]) -> bool:
    """Whether each of ``phrases`` begins and ends with a word character (``\\w``): then a pattern
    of them led by ``\\b`` matches only after a character ``\\W`` takes, and each match ends
    before the next one's (``starts_after``)."""
    return all(p and _WORD_RUN.match(p) and _WORD_RUN.fullmatch(p[-1]) for p in phrases)


def starts_after(
    first: re.Pattern[str], after: re.Pattern[str] | None, text: str, pos: int, endpos: int
) -> list[tuple[int, int, re.Match[str]]]:
    """(start, end, match) of each match ``first.finditer(text, pos, endpos)`` finds, when
    ``first`` can only match where the character before is one ``after`` takes.

    ``after`` is ``first`` after one such character (a word's start: ``\\W``, a token's:
    ``[^A-Za-z]``), with ``first``'s body as its group 1: the regex engine skips from one such
    character to the next, where ``first`` (led by ``\\b``, or by nothing) was tried at every
    position.  The span is the body's; named groups read as in ``first``.  The same matches when
    every match of ``first`` ends with a character ``after`` cannot take first (a match ending
    in a word character ends before the next word's taken character).  ``after`` None: ``first``
    is scanned for.
    """
    if after is None:
        return [(m.start(), m.end(), m) for m in first.finditer(text, pos, endpos)]
    found: list[tuple[int, int, re.Match[str]]] = []
    begin = pos - 1
    if pos == 0:
        m = first.match(text, 0, endpos)
        if m is not None:
            found.append((0, m.end(), m))
        begin = m.end() if m is not None else 0
    found += [(m.start(1), m.end(1), m) for m in after.finditer(text, begin, endpos)]
    return found


def is_word_char(ch: str) -> bool:
    """Whether the regex engine's ``\\w`` matches ``ch`` (for ``\\b`` checks done by hand)."""
    return ch.isalnum() or ch == "_"


def fold_case(word: str) -> str:
    """``word`` in lower case as a case-insensitive pattern matched it (for table lookups)."""
    return word.translate(_IGNORECASE_TWINS).lower()


def unaccented(text: str) -> str:
    """``text`` without accents, compatibility forms spelt out ("Çé" → "Ce", "ﬁ" → "fi")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(name: str) -> str:
    """A name without case or accents ("ZELENSKYY" → "zelenskyy", "Kılıçdaroğlu" → "kilicdaroglu").

    One outlet writes a name with its diacritics, another without: both must
    fold to one key, wherever names are compared (``context``'s name cues,
    ``holders``' holder of a share).  Turkish dotless "ı" has no decomposition
    to strip, so it is mapped with the other letters case folding misses.
    """
    bare = unaccented(name.translate(_IGNORECASE_TWINS))
    return re.sub(r"\s+", " ", bare.replace("’", "'").casefold()).strip(" .'")


def alternation(phrases: Iterable[str], space: str = r"\s+") -> str:
    """A language's words or phrases as one regex alternation, in the order given.

    Each phrase is matched literally, with ``space`` (any white space) between
    its words ("had been" matches "had  been"); no phrases match nothing.  The
    caller orders the phrases (longest first, where one begins another), wraps
    the alternation in a group and says what may stand around it.
    """
    return "|".join(space.join(map(re.escape, p.split())) for p in phrases) or "(?!)"


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str], space: str | None = None) -> str:
    r"""A regex that matches any of ``words`` (longest first), factored by prefix.

    A flat alternation of a few hundred words makes the regex engine try every
    word at every position; nested by common prefix it tries a letter or two.
    ``space``: the pattern a space in a phrase matches ("had been" with
    ``r"\s+"`` matches "had  been"); None, a space as written.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alternatives = [
            (space if ch == " " and space is not None else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alternatives:
            return ""
        body = "|".join(alternatives)
        if "" in node:
            return f"(?:{body})?"  # greedy: the longer word first
        return body if len(alternatives) == 1 else f"(?:{body})"

    return build(trie)


def phrase_trie(phrases: Iterable[str], space: str = r"\s+") -> str:
    r"""``phrases`` as one group matching what their longest-first alternation matches, factored by prefix.

    The same matches as ``(?:`` + ``alternation`` of the phrases sorted longest
    first + ``)``: the phrases that can match at one position are prefixes of
    one another, and the trie tries the longer first, as that order does.  The
    engine then tries a letter or two at each position, not every phrase.
    No phrases match nothing.
    """
    body = trie_pattern({" ".join(p.split()) for p in phrases if p.split()}, space)
    return f"(?:{body})" if body else "(?:(?!))"


def find_all(text: str, word: str) -> list[int]:
    """Every position where ``word`` occurs in ``text`` (overlapping ones too), by ``str.find``:
    for a handful of words far cheaper than a pattern tried at every position."""
    found = []
    p = text.find(word)
    while p >= 0:
        found.append(p)
        p = text.find(word, p + 1)
    return found
