"""What a fact is about: sentence boundaries and the cues alignment compares.

No parser: news sentences are regular enough that a few closed word lists and
capitalisation give the cues we need — the event noun nearest the figure
("talks", "video call", "press conference"), the predicate ("killed",
"deployed"), the people, organisations and places named in the sentence, and
the modality that tells a video call from a phone call.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from compare.events import EventVocabulary, Trigger, vocabulary
from compare.lang import Lexicon, lexicon
from compare.model import About, Fact, Span
from compare.words import (
    alternation,
    ascii_letters_kept,
    fold,
    lowercase,
    memoized,
    morphology,
    starts_after,
    trie_pattern,
)

# --- sentences ---------------------------------------------------------------

# A sentence ends at a full stop (or ! ?) before a capital or digit, and at
# every newline.  Written to start with one character class, which the regex
# engine can skip to.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n))")
# The last word before a full stop, read on the reversed piece: one match at
# its start (past the closing quotes and brackets), not a search trying every
# letter for a match running to the end (``_last_word``).
_LAST_WORD_REVERSED = re.compile(r"[\"'”’)\]]*([A-Za-z.]*[A-Za-z])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
# "$2 . 6 million": tokenised copy (ECB+) spaces a decimal point; as
# compare/extract/numbers.py reads it, a decimal before a word or "%" is no end.
_SPACED_DECIMAL = re.compile(r"(?<![\d.])\d{1,3} \. \d{1,3}(?!\d| \. \d)(?=[ -]*[A-Za-z%\u2033\"])")


def sentence_spans(text: str, lex: Lexicon | None = None) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace; newlines always end one.

    ``lex`` is the text's language (English when None): its abbreviations
    ("Mr.", "Jan.") do not end a sentence.
    """
    abbreviations = _reader(lex).abbreviations
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        boundary = m.group()
        if boundary != "\n":
            if boundary == "." and _spaced_decimal_point(text, m.start()):
                continue
            # "U.S. officials", "Jan. 12", "Mr. Lavrov": not an end.
            last = _last_word(text[max(start, m.start() - 12) : m.end()])
            if last is not None:
                if (
                    last.lower().rstrip(".") in abbreviations
                    or _INITIALS.fullmatch(last)
                    or len(last) == 1
                    and last.isupper()
                ):
                    continue
            end = m.end()
        else:
            end = m.start()
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _last_word(piece: str) -> str | None:
    """The word that ends ``piece`` before its closing quotes and brackets, with the dots in it ("U.S.").

    The same as ``([A-Za-z][A-Za-z.]*)\\.?["'”’)\\]]*$`` searched in ``piece``
    (which ends at a full stop or its closing marks, never at a newline):
    its letters and dots from the first letter of the run that reaches the
    closing marks.
    """
    m = _LAST_WORD_REVERSED.match(piece[::-1])
    return m.group(1)[::-1] if m else None


def _spaced_decimal_point(text: str, point: int) -> bool:
    """Whether the "." at ``point`` is the spaced decimal point of "$2 . 6 million"."""
    digits = point - 1  # the space before the point
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    return digits < point - 1 and _SPACED_DECIMAL.match(text, digits) is not None


def _add_span(text: str, start: int, end: int, spans: list[Span]) -> None:
    # Trimmed in place: a sentence has a space or two around it, and copying
    # it to strip them cost more than stepping over them.  str.isspace (what
    # str.strip removes) and the regex engine's \s agree on what whitespace is.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:  # none between the two newlines of a paragraph break
        spans.append(Span(start, end))


def sentence_of(spans: list[Span], starts: list[int], position: int) -> Span:
    """The sentence containing ``position`` (``starts`` = the spans' starts, for bisect)."""
    i = bisect.bisect_right(starts, position) - 1
    if i < 0:
        return spans[0]
    return spans[i]


# --- cues --------------------------------------------------------------------


_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | _LOWER_LETTERS
# A token ends where no letter and no hyphen-and-letter follows (as ``_TOKEN``).
_TOKEN_END = r"(?![A-Za-z])(?!-[A-Za-z])"


@dataclass(frozen=True)
class _EventCues:
    """The event words of one language's vocabulary (``events.toml``), as the cue scanner reads them.

    Event words map to (canonical event, modality); two-word forms are looked
    up first ("video call", "press conference", "by phone").  Reporting verbs
    ("said") name the article's own act, not the event a figure belongs to,
    so they are no cue here.
    """

    bigrams: dict[tuple[str, str], Trigger]
    words: dict[str, Trigger]
    # Every token that is an event word or part of a two-word event, matched
    # on the lowered text.  Longest first, so "calls" is not read as "call".
    candidate: re.Pattern[str]
    # The same after a character that is no letter (the word in group 1): only
    # there can a token start (``_token_starts_at``), and the regex engine
    # skips from one such character to the next instead of entering the word
    # list at every letter (half the cost of the scan).
    candidate_after: re.Pattern[str]
    # Specific events beat these nearby ("call" over "meeting").
    generic: frozenset[str]
    # Events whose trigger may be the fact itself ("a two-hour call").
    self_naming: frozenset[str]


# One entry per language in use: the pattern is built once per vocabulary.
@functools.lru_cache(maxsize=8)
def _event_cues(vocab: EventVocabulary) -> _EventCues:
    bigrams = dict(vocab.bigrams)
    words = {w: found for w, found in vocab.words.items() if found.cls not in vocab.singleton}
    body = trie_pattern({*words, *(w for pair in bigrams for w in pair)})
    candidate = re.compile(body + _TOKEN_END)
    candidate_after = re.compile(f"[^a-z]({body}){_TOKEN_END}")
    return _EventCues(bigrams, words, candidate, candidate_after, vocab.generic, vocab.self_naming)


# A capitalised run ("U.S." included: the dots are word characters here).
# Starting with a plain character class lets the regex engine skip ahead.
_CAPITALISED = r"[A-Z][\w'’.]*(?:-[A-Z]?[\w'’]+)*"


class _Reader:
    """One language's cue words (``Lexicon.cues``, ``cues.toml``) as the sentence splitter and
    the cue scanner read them: built once per lexicon (``_reader``)."""

    def __init__(self, lex: Lexicon) -> None:
        cues = lex.cues
        words = morphology(lex)
        self.stopwords = words.stopwords
        self.lemma = words.lemma
        # Cached: a text repeats its verbs and its words; the stems and terms are pure.
        self.verb_stem = memoized(words.verb_stem)
        self.term = memoized(self._term)
        self.abbreviations = cues.abbreviations
        self.dull_verbs = cues.dull_verbs
        self.predicate_class = cues.predicate_class
        self.not_names = cues.not_names
        self.titles = cues.titles
        self.aliases = cues.aliases
        # Words a name never ends with ("Ministry of"): the words that join its parts.
        self.trailing = frozenset((*cues.name_joiners, cues.name_conjunction))
        # The regular forms that govern figures in news copy ("deployed", "taken"):
        # found from their endings (matched on the text as written: only
        # lower-case tokens are verbs), far faster than a pattern that tries
        # every word start.
        self.regular_endings = cues.regular_endings
        self.regular_least = cues.regular_least
        self.regular_end = re.compile(
            f"(?:{alternation(sorted(cues.regular_endings, key=lambda e: (-len(e), e)))})" + _TOKEN_END
        )
        # The irregular forms the scan of endings does not find; the same after a character
        # that is no letter (the verb in group 1), where alone such a form can start
        # (``_lower_token_ends_with``): scanned from one such character to the next.
        irregular = trie_pattern(w for w in cues.irregular_verbs if not self.is_regular(w))
        self.irregular_verb = re.compile(irregular + _TOKEN_END)
        self.irregular_verb_after = re.compile(f"[^A-Za-z]({irregular}){_TOKEN_END}")
        joiners = "".join(rf"{re.escape(w)}\s+|" for w in cues.name_joiners)
        institutions = "|".join(map(re.escape, cues.institutions))
        self.name = re.compile(
            rf"{_CAPITALISED}(?:\s+(?:{joiners}{re.escape(cues.name_conjunction)}\s+"
            rf"(?=[A-Z][a-z]+\s+(?:{institutions})))?(?:{_CAPITALISED}))*"
        )
        # An age adjective that opens a capitalised run ("Sixty-year-old Jane Doe was
        # charged"): the figure, not a name's first word (nouns.toml age_after).
        self.age_opener = re.compile(rf"[A-Z][\w'’-]*-(?:{alternation(lex.noun_words['age_after'])})\s+")
        self.place_preposition = re.compile(
            r"\b(?:" + "|".join(map(re.escape, cues.place_prepositions)) + r")\s+$"
        )
        # Cached: a story repeats the same names in sentence after sentence.
        self.name_of = memoized(self._name_of)

    def is_regular(self, word: str) -> bool:
        """Whether ``word`` is a regular form the scan of endings finds ("killed", "taken")."""
        return len(word) >= self.regular_least and word.endswith(self.regular_endings)

    def _name_of(self, raw: str) -> str | None:
        """The folded name in a capitalised run, without an opener or titles; None if none is left."""
        tokens = raw.split()
        # Drop a capitalised sentence opener or title words at the front.
        while tokens and (
            tokens[0].lower().rstrip(",") in self.not_names
            or tokens[0].lower().rstrip(",") in self.stopwords
            or tokens[0].lower().rstrip(".,") in self.titles
        ):
            tokens = tokens[1:]
        while tokens and tokens[-1].lower().rstrip(",.'’s") in self.trailing:
            tokens = tokens[:-1]
        if not tokens:
            return None
        name = " ".join(tokens).rstrip(",.:;")
        name = re.sub(r"['’]s$", "", name)
        folded = fold(name)
        folded = self.aliases.get(folded, folded)
        if len(folded) < 2 or folded in self.not_names:
            return None
        return folded

    def _term(self, word: str) -> str | None:
        w = word.lower().strip("'’-")
        if len(w) < 3 or w in self.stopwords:
            return None
        # Interned: thousands of facts repeat the same few thousand words.
        return sys.intern(self.lemma(w))


def _reader(lex: Lexicon | None) -> _Reader:
    """The cue words of ``lex`` (English when None)."""
    return _reader_of(lex if lex is not None else lexicon())


# One entry per language in use (tests build lexicons of their own).
@functools.lru_cache(maxsize=8)
def _reader_of(lex: Lexicon) -> _Reader:
    return _Reader(lex)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


_Name = tuple[int, str, bool]  # absolute start, folded name, is a place


def _names(sentence: str, offset: int, reader: _Reader | None = None) -> list[_Name]:
    words = reader if reader is not None else _reader(None)
    out: list[_Name] = []
    for m in words.name.finditer(sentence):
        start, raw = m.start(), m.group()
        # An age opener holds a hyphen ("Sixty-year-old"): most names have none to match.
        opener = words.age_opener.match(raw) if "-" in raw else None
        if opener:  # the name starts after the age: it is no part of the figure's span
            start, raw = start + opener.end(), raw[opener.end() :]
        folded = words.name_of(raw)
        if folded is None:
            continue
        before = sentence[max(0, start - 12) : start]
        out.append((offset + start, folded, bool(words.place_preposition.search(before))))
    return out


def names_in(text: str, span: Span, lex: Lexicon | None = None) -> list[tuple[int, str]]:
    """The names of ``text[span]`` as alignment compares them: (offset in ``text``, folded name)."""
    return [(start, name) for start, name, _ in _names(text[span.start : span.end], span.start, _reader(lex))]


class SentenceNames:
    """Each sentence's names (``names_in``: offset, folded name, in text order), read once per
    sentence and looked up by offset: reading the whole sentence again for each of its figures made
    a long sentence of many figures quadratic (alignment's places and list items, a date's actor)."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self._texts = texts
        self._read: dict[tuple[str, int, int], tuple[list[int], list[tuple[int, str]]]] = {}

    def _of(self, f: Fact) -> tuple[list[int], list[tuple[int, str]]]:
        key = (f.doc, f.sentence.start, f.sentence.end)
        read = self._read.get(key)
        if read is None:
            names = names_in(self._texts.get(f.doc, ""), f.sentence)  # in text order: one scan
            read = self._read[key] = ([at for at, _ in names], names)
        return read

    def between(self, f: Fact, lo: int, hi: int) -> list[tuple[int, str]]:
        """The names of ``f``'s sentence that start at ``lo`` or after and before ``hi``, in text order."""
        starts, names = self._of(f)
        return names[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def any_between(self, f: Fact, lo: int, hi: int) -> bool:
        """Whether a name of ``f``'s sentence starts at ``lo`` or after and before ``hi`` (no list made)."""
        starts, _ = self._of(f)
        return bisect.bisect_left(starts, lo) < bisect.bisect_left(starts, hi)

    def last_from(self, f: Fact, lo: int, hi: int) -> str | None:
        """The last name of ``f``'s sentence that starts in ``[lo, hi]``, None when none does."""
        starts, names = self._of(f)
        k = bisect.bisect_right(starts, hi) - 1
        return names[k][1] if k >= 0 and starts[k] >= lo else None


def terms(sentence: str, lex: Lexicon | None = None) -> tuple[str, ...]:
    """Content-word lemmas of a sentence, in order, without repeats (words of ``lex``, English when None)."""
    return _terms(sentence, _reader(lex))


def _terms(sentence: str, reader: _Reader) -> tuple[str, ...]:
    seen = dict.fromkeys(filter(None, map(reader.term, _WORD.findall(sentence))))
    return tuple(seen)[:40]


def _token_starts_at(text: str, start: int) -> bool:
    """Whether a ``_TOKEN`` token begins at ``start`` (which holds a letter)."""
    if start == 0:
        return True
    before = text[start - 1]
    if before in _LETTERS:
        return False
    return not (before == "-" and start >= 2 and text[start - 2] in _LETTERS)


def _lower_token_ends_with(text: str, start: int) -> bool:
    """Whether the letters from ``start`` are the last part of an all-lower-case token."""
    while True:
        if start == 0:
            return True
        before = text[start - 1]
        if before in _LETTERS:
            return False
        if not (before == "-" and start >= 2 and text[start - 2] in _LETTERS):
            return True
        # A hyphenated token: the part before the hyphen must be lower case too.
        part_end = start - 1
        start = part_end
        while start > 0 and text[start - 1] in _LETTERS:
            start -= 1
        if not text[start:part_end].islower():
            return False


# Scanning starts this far before a sentence, so that a two-word event whose
# first word ends the previous sentence ("... by video. Call ...") is seen as
# the whole text's scan would see it.
_LEAD = 24


def _scan_ranges(length: int, sentences: Sequence[Span] | None) -> list[tuple[int, int]]:
    if sentences is None:
        return [(0, length)]
    out: list[tuple[int, int]] = []
    for s in sentences:
        lo = max(0, s.start - _LEAD, out[-1][1] if out else 0)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        else:
            out.append((lo, s.end))
    return out


class _EventMention(NamedTuple):
    """An event word (or two-word form) of the text and what it names."""

    start: int
    end: int
    cls: str
    modality: str | None


class _Verb(NamedTuple):
    start: int
    end: int
    stem: str


def _token_starts(
    text: str,
    scanned: str,
    lo: int,
    hi: int,
    word: re.Pattern[str],
    after: re.Pattern[str],
    kept: bool,
) -> list[tuple[int, int, str]]:
    """(start, end, word) of each match of ``word`` in ``scanned`` (``text`` or its ``lowercase``)
    that starts in ``[lo, hi)`` at the text's start or after a character that is no ASCII letter.

    The matches of ``word.finditer`` there, the others dropped (no token starts after a letter):
    ``word``'s forms are letters and hyphens and end where no letter follows, so a match that
    starts after a letter covers no position that follows anything else but a hyphen inside
    it.  ``after`` is ``word`` after one character that is no letter of ``scanned`` (the form
    in group 1), which the regex engine skips ahead to (``words.starts_after``).  ``kept``:
    whether ``scanned`` has its ASCII letters where ``text`` has them (``ascii_letters_kept``);
    if not, every match of ``word`` is read, as before.  Two characters past ``hi`` let the
    token-end look-aheads see what follows; sentences never end inside a token.
    """
    if not kept:
        return [(m.start(), m.end(), m.group()) for m in word.finditer(scanned, lo, hi + 2) if m.start() < hi]
    return [(s, e, scanned[s:e]) for s, e, _ in starts_after(word, after, scanned, lo, hi + 2) if s < hi]


def _find_events(text: str, low: str, ranges: list[tuple[int, int]], cues: _EventCues) -> list[_EventMention]:
    """The event words and two-word forms of ``text`` inside ``ranges``, in text order."""
    bigrams, words = cues.bigrams, cues.words
    events: list[_EventMention] = []
    # Only candidate tokens are visited: a Python loop over every token
    # cost more than the rest of the index.  Two candidates at most two
    # characters apart have no token between them, so the previous
    # candidate is the previous token whenever a two-word event can form.
    prev_start, prev_end, prev_word = -_LEAD, -_LEAD, ""  # no candidate yet
    kept = ascii_letters_kept(text)
    for lo, hi in ranges:
        for start, end, word in _token_starts(text, low, lo, hi, cues.candidate, cues.candidate_after, kept):
            if not _token_starts_at(text, start) or not text[start:end].isascii():
                continue
            if start - prev_end <= 2:
                pair = bigrams.get((prev_word, word))
                if pair is not None:
                    events.append(_EventMention(prev_start, end, pair.cls, pair.modality))
                    prev_start, prev_end, prev_word = start, end, word
                    continue
            found = words.get(word)
            if found is not None:
                events.append(_EventMention(start, end, found.cls, found.modality))
            prev_start, prev_end, prev_word = start, end, word
    return events


def _find_verbs(text: str, ranges: list[tuple[int, int]], reader: _Reader) -> list[_Verb]:
    """The verb forms of ``text`` inside ``ranges`` that may govern a figure, sorted, with their stems."""
    verbs: list[_Verb] = []
    for lo, hi in ranges:
        stop = hi + 2  # as in _find_events
        # "Washington-based", "separate-but-linked": the verb is the last
        # part of a token, and only of a token written in lower case.
        for m in reader.regular_end.finditer(text, lo, stop):
            if m.start() >= hi:
                break
            start = m.start()
            while start > 0 and text[start - 1] in _LOWER_LETTERS:
                start -= 1
            if m.end() - start >= reader.regular_least and _lower_token_ends_with(text, start):
                verbs.append(_Verb(start, m.end(), reader.verb_stem(text[start : m.end()])))
        for start, end, word in _token_starts(
            text, text, lo, hi, reader.irregular_verb, reader.irregular_verb_after, True
        ):
            if _lower_token_ends_with(text, start):
                verbs.append(_Verb(start, end, reader.verb_stem(word)))
    verbs.sort()
    return verbs


class CueIndex:
    """Cue positions of one document, found once and looked up per fact.

    Scanning each fact's sentence for events, verbs and names separately
    repeats the work for every fact of a sentence; the index scans the text
    once and answers each fact with a bisect.
    """

    def __init__(
        self,
        text: str,
        lowered: str | None = None,
        sentences: Sequence[Span] | None = None,
        vocab: EventVocabulary | None = None,
        *,
        lex: Lexicon | None = None,
    ) -> None:
        """Index ``text`` (``lowered``: its ``lowercase``, if the caller has it).

        ``sentences``, in text order, limits the index to the sentences that
        will be described: in news copy most sentences state no figure and no
        date, and their cues would never be asked for.  ``vocab`` is the event
        vocabulary of the text's language (``events.vocabulary(lex)`` when
        None); ``lex`` is that language, whose cue words (``cues.toml``) name
        predicates and people (English when None).
        """
        cues = _event_cues(vocab if vocab is not None else vocabulary(lex))
        self._reader = _reader(lex)
        self._generic = cues.generic
        self._self_naming = cues.self_naming
        self.text = text
        low = lowered if lowered is not None else lowercase(text)
        ranges = _scan_ranges(len(text), sentences)
        self.events = _find_events(text, low, ranges, cues)
        self.verbs = _find_verbs(text, ranges, self._reader)
        self.event_starts = [e.start for e in self.events]
        self.verb_starts = [v.start for v in self.verbs]
        # Keyed by the sentence's start: hashing a dataclass costs more.
        self._names: dict[int, list[_Name]] = {}
        self._terms: dict[int, tuple[str, ...]] = {}

    def _sentence_names(self, sentence: Span) -> list[_Name]:
        found = self._names.get(sentence.start)
        if found is None:
            found = self._names[sentence.start] = _names(
                self.text[sentence.start : sentence.end], sentence.start, self._reader
            )
        return found

    def _sentence_terms(self, sentence: Span) -> tuple[str, ...]:
        found = self._terms.get(sentence.start)
        if found is None:
            body = self.text[sentence.start : sentence.end]
            found = self._terms[sentence.start] = _terms(body, self._reader)
        return found

    def _nearest_event(self, window: Span, fact: tuple[int, int]) -> tuple[str | None, str | None]:
        best: tuple[int, str, str | None] | None = None
        modality: str | None = None
        lo = bisect.bisect_left(self.event_starts, window.start)
        hi = bisect.bisect_left(self.event_starts, window.end)
        for s, e, event, mod in self.events[lo:hi]:
            if e > window.end:
                continue
            inside = fact[0] <= s < fact[1]
            if inside and event not in self._self_naming:
                continue
            distance = 0 if inside else min(abs(s - fact[1]), abs(fact[0] - e))
            # Specific events beat generic ones nearby ("call" over "meeting").
            weight = distance + (40 if event in self._generic else 0)
            if mod is not None and modality is None:
                modality = mod
            if best is None or weight < best[0]:
                best = (weight, event, mod)
        if best is None:
            return None, None
        return best[1], best[2] or modality

    def _predicate(self, window: Span, fact: tuple[int, int]) -> str | None:
        best: tuple[int, str] | None = None
        lo = bisect.bisect_left(self.verb_starts, window.start)
        hi = bisect.bisect_left(self.verb_starts, window.end)
        for s, e, stem in self.verbs[lo:hi]:
            if fact[0] <= s < fact[1] or stem in self._reader.dull_verbs or e > window.end:
                continue
            distance = fact[0] - e if s < fact[0] else (s - fact[1]) * 2
            if best is None or distance < best[0]:
                best = (distance, stem)
        if best is None:
            return None
        return self._reader.predicate_class.get(best[1], best[1])

    def describe(
        self, sentence: Span, fact: tuple[int, int], noun: str | None, window: Span | None = None
    ) -> About:
        """The cues of the fact at ``fact`` (start, end) inside ``sentence``.

        ``window`` narrows names, event and predicate to the part of the
        sentence that belongs to this fact when the sentence states several
        facts of one kind ("Geneva on January 9-10 and ... Brussels on January
        12"): without it, every date of the sentence would carry every place.
        """
        local = window or sentence
        participants: list[str] = []
        places: list[str] = []
        names = self._sentence_names(sentence)
        # Only the names inside the window: walking every name of the
        # sentence for every fact was quadratic in a long sentence of names
        # and dates ("Paris and London on January 9, " repeated).
        # Walked from the window's first name, not sliced from it: a slice copies every later name
        # of the sentence, once per fact.
        for k in range(bisect.bisect_left(names, (local.start,)), len(names)):
            start, name, is_place = names[k]
            if start >= local.end:
                break
            if fact[0] <= start < fact[1]:
                continue
            target = places if is_place else participants
            if name not in target:
                target.append(name)
        event, modality = self._nearest_event(local, fact)
        # By position, in the order of About's fields (noun, predicate, event,
        # participants, places, modality, terms): a frozen dataclass built by
        # keyword costs a third more, once per fact.
        return About(
            noun,
            self._predicate(local, fact),
            event,
            tuple(participants),
            tuple(places),
            modality,
            self._sentence_terms(sentence),
        )
