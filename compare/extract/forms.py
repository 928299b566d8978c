"""Figures written without a numeral where the scanner looks for one.

- Zero and negated counts: "no one was killed", "nobody was hurt", "none of
  the passengers were injured", "no casualties", "no dead or wounded", "no
  immediate reports of injuries" are counts of 0 with their role.
- Shares: "half of its workforce", "a third of", "two-thirds of", "one in
  five" are percentages (about: a fraction is a rounded figure).
- Crowds and forces: "a 50,000-strong crowd" counts the crowd.
- Multiples: "a double murder" is two deaths.

Each pattern is found by one linear scan of the lowered text, and what
follows a hit is read in a bounded window (``compare.extract.roles``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from compare.extract.numbers import approximate_tolerance, parse_numeral
from compare.extract.roles import predicate_after_span, predicate_before
from compare.lang import Lexicon
from compare.model import Kind, Quantity
from compare.words import STOPWORDS, lemma

__all__ = ["find_forms"]

class Form(NamedTuple):
    """A figure found by one of these patterns, with its role when the pattern names it."""

    start: int
    end: int
    kind: Kind
    value: Quantity
    noun: str | None
    role: str | None

# Every pattern starts with a literal (or a few letters), so the regex engine
# skips through the text instead of trying each position; word boundaries
# before the match are checked by hand (``_starts_word``).
_ZERO_PERSON = re.compile(
    r"no(?:\s*-?\s*one|body|ne(?:\s+of\s+(?:the|them|those|its|their|our)(?:\s+[a-z'’-]+){0,2})?)\b"
)
_SMALL = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "hundred": 100,
}  # fmt: skip


@dataclass(frozen=True, eq=False)
class _Words:
    """The word lists of one lexicon (``nouns.toml``) in the shapes the patterns below read them."""

    # "no casualties", "no dead or wounded": a zero count and its noun's role.
    no_noun: re.Pattern[str]
    zero_role: Mapping[str, str]
    # "half of", "two-thirds of": the fraction word, then the numerator before
    # it.  Found from each word by str.find (a regex that starts with an
    # alternation tries every position of the text), then checked with
    # ``fraction``.
    fraction_words: tuple[str, ...]
    fraction: re.Pattern[str]
    shares: Mapping[str, float]  # fraction word -> percent
    # "a police officer": collective words before the noun of people.
    modifiers: frozenset[str]
    # "another day", "a third of": no person meant.
    not_a_person_after: frozenset[str]
    # "a third co - worker": prefixes tokenised copy writes apart from their word.
    hyphen_prefixes: frozenset[str]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)


@functools.cache
def _words(lex: Lexicon) -> _Words:
    zero = lex.zero_words
    no_noun = re.compile(
        rf"no\s+(?:(?:{_alternation(zero['adjectives'])})\s+)?"
        rf"(?:(?:{_alternation(zero['reports'])})\s+of\s+(?:any\s+)?)?"
        rf"(?P<noun>{_alternation(zero['nouns'])})\b"
        rf"(?:\s+(?:or|and|nor)\s+(?:any\s+)?(?P<second>{_alternation(zero['second'])}))?"
    )
    words = tuple(word for word, _ in lex.fractions)
    # "half" is a fraction with no plural and no numerator; the others take "-s" after one.
    written = "|".join(w if w == "half" else f"{w}s?" for w in words)
    return _Words(
        no_noun=no_noun,
        zero_role=lex.zero_roles,
        fraction_words=words,
        fraction=re.compile(rf"(?:{written})(?=\s+(?:of\s|the\s))"),
        shares={word: 100 / denominator for word, denominator in lex.fractions},
        modifiers=lex.noun_words["person_modifiers"],
        not_a_person_after=lex.noun_words["not_a_person_after"],
        hyphen_prefixes=lex.noun_words["hyphen_prefixes"],
    )

_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|last|other|latter|former|the|a)\s+$")
_NUMERATOR = re.compile(r"(?:^|(?<=[^a-z]))(?P<n>a|one|two|three|four|five|seven)[\s-]+$")
# "one in five", "three out of every four": the denominator, then the count before it.
_DENOMINATOR = r"(?:every )?(?P<of>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})\b"
_IN_EVERY = (re.compile(" in " + _DENOMINATOR), re.compile(" out of " + _DENOMINATOR))
_COUNT_BEFORE = re.compile(
    r"(?:^|(?<=[^a-z0-9]))(?P<k>one|two|three|four|five|six|seven|eight|nine|\d{1,2})$"
)
# The base a share is of: "half of its workforce" → "workforce".
_BASE = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|all|a|an|those|these)\s+)?([a-z][a-z-]+)")
# "a 50,000-strong crowd": found from "strong", the figure read before it.
_STRONG = re.compile(r"strong\s+(?P<noun>[a-z]+)")
_STRENGTH = re.compile(
    r"(?:^|(?<=[^\w.,]))(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?P<scale>thousand|million))?[\s-]$"
)


def _starts_word(lowered: str, start: int) -> bool:
    return start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_")


# "a double murder", "triple homicide": two or three deaths.
_MULTIPLE = re.compile(
    r"[bp]le[\s-]+(?:-\s+)?(?:murders?|homicides?|killings?|slayings?|fatalit(?:y|ies))\b"
)
_MULTIPLE_BEFORE = re.compile(r"(?P<m>double|triple|quadruple)$")
_MULTIPLES = {"double": 2.0, "triple": 3.0, "quadruple": 4.0}


def _quantity(value: float, low: float, high: float, unit: str, qualifier: str = "exact") -> Quantity:
    return Quantity(value, low, high, unit, qualifier)  # type: ignore[arg-type]


def _zero(unit: str) -> Quantity:
    return _quantity(0.0, 0.0, 0.0, unit)


def _small(word: str) -> float | None:
    if word.isdigit():
        return float(word)
    value = _SMALL.get(word)
    return None if value is None else float(value)


def _fractions(lowered: str, words: _Words) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for word in words.fraction_words:
        p = lowered.find(word)
        while p >= 0:
            m = words.fraction.match(lowered, p)
            if m is not None:
                found.append(m)
            p = lowered.find(word, p + 1)
    found.sort(key=lambda m: m.start())
    return found


def _share(out: list[Form], lowered: str, start: int, end: int, share: float) -> None:
    tolerance = approximate_tolerance(share)
    base = _BASE.match(lowered, end)
    fraction = _quantity(share, share - tolerance, share + tolerance, "%", "about")
    out.append(Form(start, end, "percent", fraction, lemma(base.group(1)) if base else None, "share"))


# One more person named without a numeral: "killing two and wounding a third",
# "a third employee wounded", "two were killed and another wounded", "both
# women died", "a policeman was killed".  Each is a count only when a
# casualty predicate governs it; "a third of", "another day", "a man" alone are not.
_ONE_MORE = re.compile(
    r"(?P<head>(?:a|one)\s+(?:third|fourth|fifth)|another|both|an?)\b(?:\s+(?P<noun>[a-z][a-z'’-]*))?"
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_SPACED_REST = re.compile(r" - ([a-z][a-z'’-]*)")  # the rest of "co - worker" in tokenised copy
_ORDINAL_LEAD = re.compile(r"(?:^|(?<=[^a-z]))(?:a|one)\s+$")
_NUMBER_AFTER = re.compile(
    r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|hundred|thousand|dozen|few|several|half)\b)"
)


_ARTICLE = re.compile(r"an? (?=[a-z])")  # a literal first letter: the engine skips ahead fast


def _find_all(lowered: str, word: str) -> list[int]:
    found = []
    p = lowered.find(word)
    while p >= 0:
        found.append(p)
        p = lowered.find(word, p + 1)
    return found


def _one_more_starts(lowered: str, lex: Lexicon) -> list[int]:
    starts = {p for word in ("another", "both") for p in _find_all(lowered, word)}
    people = lex.people_role
    modifiers = _words(lex).modifiers
    # Most articles stand before no noun of people: one look at the next word
    # rules them out before the pattern runs.
    for article in _ARTICLE.finditer(lowered):
        p = article.start()
        if p and lowered[p - 1].isalnum():
            continue
        nxt = _NEXT_WORD.match(lowered, article.end() - 1)
        if nxt is not None and (nxt.group(1) in modifiers or lemma(nxt.group(1)) in people):
            starts.add(p)
    for word in ("third", "fourth", "fifth"):
        for p in _find_all(lowered, word):
            lead = _ORDINAL_LEAD.search(lowered, max(0, p - 5), p)
            if lead is not None:
                starts.add(lead.start())
    return sorted(p for p in starts if _starts_word(lowered, p))


def _one_more(lowered: str, out: list[Form], lex: Lexicon) -> None:
    people = lex.people_role
    words = _words(lex)
    predicates = lex.predicate_role
    for start in _one_more_starts(lowered, lex):
        m = _ONE_MORE.match(lowered, start)
        if m is None:
            continue
        head, noun = m.group("head"), m.group("noun")
        end = m.end()
        if noun in words.hyphen_prefixes:
            joined = _SPACED_REST.match(lowered, end)
            if joined is not None:
                noun, end = f"{noun}-{joined.group(1)}", joined.end()  # "a third co - worker"
        if noun in words.not_a_person_after or _NUMBER_AFTER.match(lowered, m.end("head")):
            continue  # "a third of", "another day", "another 50 people"
        if noun in words.modifiers:
            # "a police officer" counts the officer; "a police killing" nobody.
            nxt = _NEXT_WORD.match(lowered, end)
            if nxt is None or lemma(nxt.group(1)) not in people:
                continue
            noun, end = nxt.group(1), nxt.end()
        person = noun is not None and lemma(noun) in people
        if head in ("a", "an", "both") and not person:
            continue  # "a policeman", "both women": a noun of people is needed
        if noun is not None and not person and noun not in STOPWORDS and noun not in predicates:
            continue  # "arrested at another house": "another" counts a house, not a person
        if not person:
            end = m.end("head")
        found = predicate_after_span(lowered, end, lex)
        role = found[0] if found is not None else predicate_before(lowered, start, lex)
        if role not in lex.one_person_roles or "\n" in lowered[start:end]:
            continue
        n = 2.0 if head == "both" else 1.0
        unit = lemma(noun) if person and noun is not None else "person"
        out.append(Form(start, end, "count", _quantity(n, n, n, unit), unit, role))


def find_forms(lowered: str, lex: Lexicon) -> list[Form]:
    """Zero counts, shares and "-strong" crowds in ``lowered`` (``words.lowercase`` of the text).

    Roles and nouns of people are ``lex``'s.
    """
    out: list[Form] = []
    words = _words(lex)
    for m in _ZERO_PERSON.finditer(lowered):
        if not _starts_word(lowered, m.start()):
            continue
        found = predicate_after_span(lowered, m.end(), lex)
        if found is None:
            continue  # "no one knows", "none of the options"
        role, end = found
        if "\n" in lowered[m.start() : end]:
            continue
        out.append(Form(m.start(), end, "count", _zero("person"), None, role))
    for m in words.no_noun.finditer(lowered):
        if not _starts_word(lowered, m.start()):
            continue
        noun = m.group("noun")
        out.append(
            Form(m.start(), m.end("noun"), "count", _zero(lemma(noun)), lemma(noun), words.zero_role[noun])
        )
        second = m.group("second")
        if second:
            out.append(
                Form(m.start("second"), m.end("second"), "count", _zero(lemma(second)), lemma(second),
                     words.zero_role[second])
            )  # fmt: skip
    for m in _fractions(lowered, words):
        if not _starts_word(lowered, m.start()):
            continue
        word = m.group()
        start = m.start()
        if word == "half":
            if _ORDINAL_BEFORE.search(lowered, max(0, start - 12), start):
                continue  # "the second half of the game"
            share = 50.0
        else:
            numerator = _NUMERATOR.search(lowered, max(0, start - 8), start)
            if numerator is None:
                continue
            n = _small(numerator.group("n"))
            if n is None or (n > 1) != word.endswith("s"):
                continue  # "a thirds", "two third"
            share = n * words.shares[word.rstrip("s")]
            start = numerator.start()
        _share(out, lowered, start, m.end(), share)
    for m in (m for pattern in _IN_EVERY for m in pattern.finditer(lowered)):
        count = _COUNT_BEFORE.search(lowered, max(0, m.start() - 6), m.start())
        if count is None:
            continue
        k, of = _small(count.group("k")), _small(m.group("of"))
        if k is None or of is None or not 0 < k < of:
            continue
        _share(out, lowered, count.start(), m.end(), 100.0 * k / of)
    for m in _MULTIPLE.finditer(lowered):
        multiple = _MULTIPLE_BEFORE.search(lowered, max(0, m.start() - 6), m.start() + 3)
        if multiple is not None and _starts_word(lowered, multiple.start()):
            n = _MULTIPLES[multiple.group("m")]
            twice = _quantity(n, n, n, "death")
            out.append(Form(multiple.start(), m.end(), "count", twice, "death", "deaths"))
    _one_more(lowered, out, lex)
    people = lex.people_role
    for m in _STRONG.finditer(lowered):
        strength = _STRENGTH.search(lowered, max(0, m.start() - 24), m.start())
        if strength is None:
            continue
        noun = lemma(m.group("noun"))
        crowd = people.get(noun) or lex.noun_role.get(noun)
        if crowd is None:
            continue
        value = parse_numeral(strength.group("num"))
        if strength.group("scale"):
            value *= 1e3 if strength.group("scale") == "thousand" else 1e6
        start = strength.start()
        out.append(Form(start, m.end(), "count", _quantity(value, value, value, noun), noun, crowd))
    out.sort(key=lambda f: (f.start, f.end))
    kept: list[Form] = []
    for form in out:
        if kept and form.start < kept[-1].end:
            continue
        kept.append(form)
    return kept
