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
from types import MappingProxyType
from typing import Any, NamedTuple

from compare.extract.numbers import approximate_tolerance, number_words, parse_numeral
from compare.extract.roles import predicate_after_span, predicate_before
from compare.lang import Lexicon
from compare.model import Kind, Quantity
from compare.words import (
    alternation,
    digit_runs,
    find_all,
    is_word_char,
    morphology,
    trie_pattern,
    whole_words,
    words_among,
)

__all__ = ["find_forms"]

class Form(NamedTuple):
    """A figure found by one of these patterns, with its role when the pattern names it."""

    start: int
    end: int
    kind: Kind
    value: Quantity
    noun: str | None
    role: str | None

# The look-behind windows are sized to a lexicon's words: the longest word a
# pattern reads before a hit, plus the room its pattern leaves around that word
# (these widths are the language-neutral part).
_SPACING = 6  # white space between "second" and "half": a line break and an indent
_HYPHENATED = len(" - ")  # between a numerator and its fraction in tokenised copy, "two - thirds"
_NUMERAL = len("100,000,000,000-")  # a figure before "-strong", its hyphen or space included


def _longest(words: tuple[str, ...]) -> int:
    return max((len(w) for w in words), default=0)

# Every pattern starts with a literal (or a few letters) where it can, so the
# regex engine skips through the text instead of trying each position; word
# boundaries before the match are checked by hand (``_starts_word``).


@dataclass(frozen=True, eq=False)
class _Words:
    """The patterns of one lexicon, built from its words (``grammar.toml [forms]``, ``nouns.toml``)."""

    # "no one was killed", "none of the passengers were injured"
    zero_person: re.Pattern[str]
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
    fraction_alone: frozenset[str]  # "half": no numerator, no plural
    fraction_plural: tuple[str, ...]  # the ending of "two-thirds"
    not_a_share_before: re.Pattern[str]  # "the second half of the game"
    not_a_share_reach: int
    numerator: re.Pattern[str]
    numerator_reach: int
    # "one in five", "three out of every four": the denominator, then the count before it.
    one_in: tuple[re.Pattern[str], ...]
    # "23 out of 75 climbers": a part of a group counted in figures, no share (read by quantities.py).
    group_part: re.Pattern[str]
    count_before: re.Pattern[str]
    count_reach: int
    # The base a share is of: "half of its workforce" → "workforce".
    base: re.Pattern[str]
    # "a 50,000-strong crowd": found from "strong", the figure read before it.
    strong: re.Pattern[str]
    strength: re.Pattern[str]
    strength_reach: int
    # "a double murder", "triple homicide": found from the multiple's last
    # letters, the multiple read in a window that ends there.
    multiple: re.Pattern[str]
    multiple_before: re.Pattern[str]
    multiple_reach: int
    # What a number word is worth ("a" and "one" are 1), for numerators, counts and denominators.
    small: Mapping[str, float]
    # "a police officer": collective words before the noun of people.
    modifiers: frozenset[str]
    # "another day", "a third of": no person meant.
    not_a_person_after: frozenset[str]
    # "a third co - worker": prefixes tokenised copy writes apart from their word.
    hyphen_prefixes: frozenset[str]
    # One more person: "another", "both" (two) and the articles ("a", "an"), ordinals after a lead.
    one_more: re.Pattern[str]
    one_more_words: tuple[str, ...]  # "another", "both"
    needs_person: frozenset[str]  # heads that count only before a noun of people ("a", "both")
    two: frozenset[str]  # heads that count two ("both")
    article: re.Pattern[str]
    person_articles: tuple[str, ...]
    ordinals: tuple[str, ...]
    ordinal_lead: re.Pattern[str]
    ordinal_reach: int
    number_after: re.Pattern[str]
    # "half a percentage point", "a quarter-point rise", "three-quarters of a point": a fraction
    # word's unit after it (group "joiner": the words between, which an ordinal fraction word needs:
    # "a third of a point", never "a third point").
    point_after: re.Pattern[str]
    percent_after: re.Pattern[str]  # "half a percent": the fraction's words, then a percent word
    # "the fifth successful operation", "the sixth straight day", "Day six of": the rank of one
    # occurrence in a series (grammar.toml [forms] rank_*).
    rank_ordinal: Mapping[str, float]  # "second" -> 2
    rank_suffix: re.Pattern[str]  # "th" of "17th", right after the digits
    rank_lead: re.Pattern[str]
    rank_reach: int
    rank_after: re.Pattern[str]  # the words up to the noun of an occurrence or span of time
    rank_periods: Mapping[str, float]  # a span of time's noun -> seconds
    rank_streaks: frozenset[str]
    rank_period_after: re.Pattern[str]
    rank_head: re.Pattern[str]  # "day six of"
    rank_not_between: frozenset[str]
    rank_superlative_endings: tuple[str, ...]
    rank_not_superlatives: frozenset[str]
    # "the fifth country (in history) to land": the noun of the thing ranked, the aside and the verb
    rank_to: re.Pattern[str]
    rank_leads: frozenset[str]
    # "in her 60s", "in his early 30s", "in their twenties": an age as an interval.
    decade_age: re.Pattern[str]
    decade_parts: tuple[str, ...]
    decade_words: Mapping[str, float]
    # "a .357 Magnum", ". 32 revolver": a caliber (kind measure, unit "caliber"), the point written.
    caliber: re.Pattern[str]


def _prefixed(alternatives: list[str]) -> str:
    """``alternatives`` (regexes) as one group, their common leading letters written once before it.

    A pattern that starts with a literal lets the regex engine skip ahead.
    """
    prefix = ""
    for chars in zip(*alternatives, strict=False):
        if len(set(chars)) != 1 or not chars[0].isalpha():
            break
        prefix += chars[0]
    rest = [a[len(prefix) :] for a in alternatives]
    return prefix + "(?:" + "|".join(rest) + ")"


@functools.cache
def _words(lex: Lexicon) -> _Words:
    g = lex.grammar["forms"]

    def alt(key: str) -> str:
        return alternation(g[key])

    zero = lex.zero_words
    determiners = alt("none_of_determiners")
    zero_person = _prefixed(
        [rf"{alternation([p])}\s+(?:{determiners})(?:\s+[a-z'’-]+){{0,2}}" for p in g["none_of"]]
        # a space may be a hyphen or nothing: "no one", "no-one", "noone"
        + [r"\s*-?\s*".join(map(re.escape, p.split())) for p in g["nobody"]]
    )
    no_noun = re.compile(
        rf"(?:{alt('no')})\s+(?:(?:{alternation(zero['adjectives'])})\s+)?"
        rf"(?:(?:{alternation(zero['reports'])})\s+(?:{alt('reports_of')})\s+(?:(?:{alt('any')})\s+)?)?"
        rf"(?P<noun>{alternation(zero['nouns'])})\b"
        rf"(?:\s+(?:{alt('either')})\s+(?:(?:{alt('any')})\s+)?(?P<second>{alternation(zero['second'])}))?"
    )
    words = tuple(word for word, _ in lex.fractions)
    alone = frozenset(g["fraction_alone"])
    # A fraction read alone has no plural and no numerator; the others take
    # their plural ending ("-s") after a numerator above one.
    plural = f"(?:{alt('fraction_plural')})?"
    written = "|".join(re.escape(w) if w in alone else f"{re.escape(w)}{plural}" for w in words)
    denominator = rf"(?:(?:{alt('every')}) )?(?P<of>{alt('denominators')}|\d{{1,3}})\b"
    number_words = lex.number_words
    articles = lex.grammar["numbers"]["articles"]
    small = {**number_words["units"], **number_words["tens"], **number_words["scales"]}
    small.update((word, 1.0) for word in articles)
    endings = sorted({w[-3:] for w in lex.multiples})
    return _Words(
        zero_person=re.compile(zero_person + r"\b"),
        no_noun=no_noun,
        zero_role=lex.zero_roles,
        fraction_words=words,
        fraction=re.compile(rf"(?:{written})(?=\s+(?:(?:{alt('fraction_before')})\s))"),
        shares={word: 100 / denominator for word, denominator in lex.fractions},
        fraction_alone=alone,
        fraction_plural=g["fraction_plural"],
        not_a_share_before=re.compile(rf"\b(?:{alt('fraction_alone_not_after')})\s+$"),
        not_a_share_reach=_longest(g["fraction_alone_not_after"]) + _SPACING,
        numerator=re.compile(rf"(?:^|(?<=[^a-z]))(?P<n>{alt('numerators')})[\s-]+$"),
        numerator_reach=_longest(g["numerators"]) + _HYPHENATED,
        # written with single spaces: " in ", " out of "
        one_in=tuple(re.compile(f" {re.escape(' '.join(p.split()))} {denominator}") for p in g["one_in"]),
        group_part=re.compile(rf" (?:{alt('group_part')}) (?P<of>\d{{1,3}}) [a-z]"),
        # The count ends where the words before the denominator start, or one
        # line break before ("$" matches there too); the look-behind sees past
        # the window's start.
        count_before=re.compile(rf"(?:^|(?<=[^a-z0-9]))(?P<k>{alt('counts')}|\d{{1,2}})$"),
        count_reach=max(_longest(g["counts"]), len("99")) + len("\n"),
        base=re.compile(
            rf"\s+(?:{alt('base_of')})\s+(?:(?:{alt('base_determiners')})\s+)?([a-z][a-z-]+)"
        ),
        strong=re.compile(rf"(?:{alt('strong')})\s+(?P<noun>[a-z]+)"),
        strength=re.compile(
            r"(?:^|(?<=[^\w.,]))(?P<num>\d{1,3}(?:,\d{3})+|\d+)"
            rf"(?:\s*(?P<scale>{alt('strength_scales')}))?[\s-]$"
        ),
        strength_reach=_longest(g["strength_scales"]) + _NUMERAL,
        multiple=re.compile(
            rf"(?P<end>{trie_pattern(endings)})[\s-]+(?:-\s+)?(?:{alt('multiple_nouns')})\b"
        ),
        multiple_before=re.compile(rf"(?P<m>{alternation(lex.multiples)})$"),
        multiple_reach=max((len(w) for w in lex.multiples), default=0),
        small=MappingProxyType(small),
        modifiers=lex.noun_words["person_modifiers"],
        not_a_person_after=lex.noun_words["not_a_person_after"],
        hyphen_prefixes=lex.noun_words["hyphen_prefixes"],
        one_more=re.compile(
            rf"(?P<head>(?:{alt('ordinal_leads')})\s+(?:{alt('ordinals')})|{alt('another')}|{alt('both')}"
            rf"|{alt('person_articles')})\b(?:\s+(?P<noun>[a-z][a-z'’-]*))?"
        ),
        one_more_words=(*g["another"], *g["both"]),
        needs_person=frozenset((*g["person_articles"], *g["both"])),
        two=frozenset(g["both"]),
        article=re.compile(rf"(?:{trie_pattern(g['person_articles'])}) (?=[a-z])"),
        person_articles=g["person_articles"],
        ordinals=g["ordinals"],
        ordinal_lead=re.compile(rf"(?:^|(?<=[^a-z]))(?:{alt('ordinal_leads')})\s+$"),
        ordinal_reach=max(len(w) for w in g["ordinal_leads"]) + 2,
        number_after=re.compile(rf"\s+(?:\d|(?:{alt('number_after')})\b)"),
        point_after=re.compile(
            rf"(?P<plural>{alt('fraction_plural')})?(?:[\s-]+(?P<joiner>{_spaced(lex.grammar['numbers']['fraction_joiners'])}))?"
            rf"[\s-]+(?:{_spaced(lex.percent_point_fractions)})s?\b"
        ),
        percent_after=re.compile(
            rf"(?P<plural>{alt('fraction_plural')})?(?:[\s-]+(?P<joiner>{_spaced(lex.grammar['numbers']['fraction_joiners'])}))?"
            rf"[\s-]+(?:{_spaced(lex.percent_fractions)})\b"
        ),
        **_rank_words(lex),
    )


def _rank_words(lex: Lexicon) -> dict[str, Any]:
    """The patterns of a rank in a series ("the fifth successful operation"), from grammar.toml [forms]."""
    g = lex.grammar["forms"]
    periods = {w: s for w, s in lex.duration_seconds.items() if len(w) > 3}  # "day", never "hr"
    periods["day"] = lex.duration_seconds["day"]
    nouns = alternation([*g["rank_nouns"], *periods])
    after = alternation(g["rank_period_after"])
    return {
        "rank_ordinal": MappingProxyType({w: float(n + 2) for n, w in enumerate(g["rank_ordinals"])}),
        "rank_suffix": re.compile(rf"(?:{alternation(g['rank_suffixes'])})\b"),
        "rank_lead": re.compile(rf"(?:(?:^|(?<=[^a-z]))(?:{alternation(g['rank_leads'])})|['’]s)\s+$"),
        "rank_reach": _longest(g["rank_leads"]) + 2,
        # at most three words between, each maybe hyphened ("anti - piracy" in tokenised copy)
        "rank_after": re.compile(
            rf"(?P<mid>(?:\s+(?!(?:{nouns})\b)[a-z]+(?:\s?-\s?[a-z]+)?){{0,3}}?)\s+(?P<noun>{nouns})\b"
        ),
        "rank_periods": MappingProxyType(periods),
        "rank_streaks": frozenset(g["rank_streaks"]),
        "rank_period_after": re.compile(rf"\s+(?:{after})\b"),
        "rank_head": re.compile(
            rf"(?:{alternation(g['rank_heads'])})\s+(?P<n>\d{{1,3}}|[a-z]+)(?=\s+(?:{after})\b)"
        ),
        "rank_not_between": frozenset(g["rank_not_between"]),
        "rank_superlative_endings": g["rank_superlative_endings"],
        "rank_not_superlatives": frozenset(g["rank_not_superlatives"]),
        "rank_leads": frozenset(g["rank_leads"]),
        "rank_to": re.compile(
            rf"(?P<mid>(?:\s+[a-z]+(?:-[a-z]+)?){{0,2}}?)\s+(?P<noun>[a-z]+)"
            rf"(?:\s+(?:{alternation(g['rank_to_adverbs'])}"
            rf"|(?:{alternation(g['rank_to_scope_leads'])})(?:\s+[a-z]+){{0,2}}?\s+(?:{alternation(g['rank_to_scopes'])})))?"
            rf"\s+(?:{alternation(g['rank_to'])})\s+(?P<verb>[a-z]+)\b"
        ),
        "decade_age": re.compile(
            rf"(?:{_spaced(g['decade_age_leads'])})\s+(?:(?P<part>{alternation(g['decade_parts'])})[\s-]+)?"
            rf"(?:(?P<tens>[1-9]0)['’]?s|(?P<word>{alternation(g['decade_words'])}))\b"
        ),
        "decade_parts": g["decade_parts"],
        "decade_words": MappingProxyType({w: float(20 + 10 * n) for n, w in enumerate(g["decade_words"])}),
        "caliber": re.compile(
            # The point first, then what stands before it (the text's start, a space or "("):
            # a pattern that opens with a literal is searched for it, not tried at every character.
            rf"\.(?<![^\s(]\.)[ \u00a0]?(?P<d>\d{{2,3}})(?=[\s-]+(?:{alternation(g['caliber_nouns'])})\b)"
        ),
    }


def _spaced(phrases: tuple[str, ...]) -> str:
    """An alternation of ``phrases`` whose spaces may be written as hyphens ("half-a-point")."""
    return "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def _starts_word(lowered: str, start: int) -> bool:
    return start == 0 or not (lowered[start - 1].isalnum() or lowered[start - 1] == "_")


def _quantity(value: float | None, low: float, high: float, unit: str, qualifier: str = "exact") -> Quantity:
    return Quantity(value, low, high, unit, qualifier)  # type: ignore[arg-type]


def _zero(unit: str) -> Quantity:
    return _quantity(0.0, 0.0, 0.0, unit)


def _small(word: str, words: _Words) -> float | None:
    if word.isdigit():
        return float(word)
    return words.small.get(word)


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


def _share(out: list[Form], lowered: str, start: int, end: int, share: float, lex: Lexicon) -> None:
    tolerance = approximate_tolerance(share)
    base = _words(lex).base.match(lowered, end)
    lemma = morphology(lex).lemma
    fraction = _quantity(share, share - tolerance, share + tolerance, "%", "about")
    out.append(Form(start, end, "percent", fraction, lemma(base.group(1)) if base else None, "share"))


def _fraction_points(lowered: str, words: _Words, lex: Lexicon) -> list[Form]:
    """ "half a percentage point", "a half-point rise", "three-quarters of a point": percentage
    points (measures.toml [percent_points]), the fraction's value with no tolerance; "half a
    percent" is a percent."""
    found: list[Form] = []
    for word, denominator in lex.fractions:
        for p in find_all(lowered, word):
            unit = lex.percent_point
            m = words.point_after.match(lowered, p + len(word))
            if m is None:
                unit, m = "%", words.percent_after.match(lowered, p + len(word))
            if m is None or not _starts_word(lowered, p):
                continue
            if word in words.ordinals and not m.group("joiner"):
                continue  # "a third point of contention": an ordinal
            start, n = p, 1.0
            numerator = words.numerator.search(lowered, max(0, p - words.numerator_reach), p)
            if numerator is not None:
                start, n = numerator.start(), _small(numerator.group("n"), words) or 1.0
            if (n > 1) != bool(m.group("plural")) or "\n" in lowered[start : m.end()]:
                continue  # "two-third of a point", "a thirds point"
            value = n / denominator
            points = _quantity(value, value, value, unit)
            found.append(Form(start, m.end(), "percent", points, None, None))
    return found


# One more person named without a numeral: "killing two and wounding a third",
# "a third employee wounded", "two were killed and another wounded", "both
# women died", "a policeman was killed".  Each is a count only when a
# casualty predicate governs it; "a third of", "another day", "a man" alone are not.
_NEXT_WORD = re.compile(r"\s+([a-z][a-z'’-]*)")
_SPACED_REST = re.compile(r" - ([a-z][a-z'’-]*)")  # the rest of "co - worker" in tokenised copy


@functools.cache
def _listed_words(lex: Lexicon) -> frozenset[str]:
    """The words whose starts ``find_forms`` looks up: "another", "both", the articles before a
    person, "third" after "a", the ordinals of a rank ("the fifth")."""
    words = _words(lex)
    return frozenset({*words.one_more_words, *words.person_articles, *words.ordinals, *words.rank_ordinal})


@functools.cache
def trigger_words(lex: Lexicon) -> frozenset[str]:
    """Those of ``_listed_words`` that are whole words (``words.whole_words``): read off the text's
    word list (``words.words_among``, one scan for every scanner) rather than searched one by one."""
    return frozenset(w for w in _listed_words(lex) if whole_words([w]))


def _word_starts(lowered: str, found: list[tuple[int, str]], lex: Lexicon) -> dict[str, list[int]]:
    """Where each word of ``_listed_words(lex)`` starts as a whole word, in text order.

    ``found``: the text's whole words among a set holding ``trigger_words(lex)``; a
    phrase of several words (no whole word) is searched for.
    """
    at: dict[str, list[int]] = {}
    for p, word in found:
        at.setdefault(word, []).append(p)
    for phrase in _phrases(lex):
        end = len(phrase)
        at[phrase] = [
            p
            for p in find_all(lowered, phrase)
            if _starts_word(lowered, p) and not is_word_char(lowered[p + end : p + end + 1] or " ")
        ]
    return at


@functools.cache
def _phrases(lex: Lexicon) -> frozenset[str]:
    return _listed_words(lex) - trigger_words(lex)


def _one_more_starts(lowered: str, lex: Lexicon, at: Mapping[str, list[int]]) -> list[int]:
    """Where "another", "both", an article before a person or "a third" may start a count of one more.

    ``at``: where each of the text's words of ``trigger_words(lex)`` starts
    (whole words; ``_word_starts``).
    """
    words = _words(lex)
    lemma = morphology(lex).lemma
    starts = {p for word in words.one_more_words for p in at.get(word, ())}
    people = lex.people_role
    modifiers = words.modifiers
    # Most articles stand before no noun of people: one look at the next word
    # rules them out before the pattern runs.
    for p in (p for word in words.person_articles for p in at.get(word, ())):
        article = words.article.match(lowered, p)
        if article is None:
            continue
        nxt = _NEXT_WORD.match(lowered, article.end() - 1)
        if nxt is not None and (nxt.group(1) in modifiers or lemma(nxt.group(1)) in people):
            starts.add(p)
    for word in words.ordinals:
        for p in at.get(word, ()):
            lead = words.ordinal_lead.search(lowered, max(0, p - words.ordinal_reach), p)
            if lead is not None:
                starts.add(lead.start())
    return sorted(p for p in starts if _starts_word(lowered, p))


def _one_more(lowered: str, out: list[Form], lex: Lexicon, at: Mapping[str, list[int]]) -> None:
    people = lex.people_role
    words = _words(lex)
    morph = morphology(lex)
    lemma = morph.lemma
    predicates = lex.predicate_role
    for start in _one_more_starts(lowered, lex, at):
        m = words.one_more.match(lowered, start)
        if m is None:
            continue
        head, noun = m.group("head"), m.group("noun")
        end = m.end()
        if noun in words.hyphen_prefixes:
            joined = _SPACED_REST.match(lowered, end)
            if joined is not None:
                noun, end = f"{noun}-{joined.group(1)}", joined.end()  # "a third co - worker"
        if noun in words.not_a_person_after or words.number_after.match(lowered, m.end("head")):
            continue  # "a third of", "another day", "another 50 people"
        if noun in words.modifiers:
            # "a police officer" counts the officer; "a police killing" nobody.
            nxt = _NEXT_WORD.match(lowered, end)
            if nxt is None or lemma(nxt.group(1)) not in people:
                continue
            noun, end = nxt.group(1), nxt.end()
        person = noun is not None and lemma(noun) in people
        if head in words.needs_person and not person:
            continue  # "a policeman", "both women": a noun of people is needed
        if noun is not None and not person and noun not in morph.stopwords and noun not in predicates:
            continue  # "arrested at another house": "another" counts a house, not a person
        if not person:
            end = m.end("head")
        found = predicate_after_span(lowered, end, lex)
        role = found[0] if found is not None else predicate_before(lowered, start, lex)
        if role not in lex.one_person_roles or "\n" in lowered[start:end]:
            continue
        n = 2.0 if head in words.two else 1.0
        unit = lemma(noun) if person and noun is not None else "person"
        out.append(Form(start, end, "count", _quantity(n, n, n, unit), unit, role))


def _rank_starts(
    lowered: str, words: _Words, digits: list[tuple[int, int]], at: Mapping[str, list[int]]
) -> list[tuple[int, int, float]]:
    """(start, end, rank) of every ordinal word or numeral after a lead ("the fifth", "its 17th").

    ``digits`` are the text's digit runs (``words.digit_runs``), ``at`` where
    each of its words of ``trigger_words`` starts (``_word_starts``).
    """
    found: list[tuple[int, int, float]] = []
    for word, n in words.rank_ordinal.items():
        found += [(p, p + len(word), n) for p in at.get(word, ())]
    found += _rank_numerals(lowered, words, digits)
    return [
        (p, end, n)
        for p, end, n in found
        if n >= 2 and words.rank_lead.search(lowered, max(0, p - words.rank_reach), p) is not None
    ]


def _rank_numerals(
    lowered: str, words: _Words, digits: list[tuple[int, int]]
) -> list[tuple[int, int, float]]:
    r"""(start, end, rank) of every numeral with a rank's suffix ("17th"), read off the digit runs.

    One to three digits, a whole run not after a word character, "." or ","
    ("17th", not "1.5th" or "2017th"), the suffix right after: what the
    pattern ``(?<![\w.,])\d{1,3}(?:st|nd|rd|th)\b`` finds, without trying
    it at every position of the text (its look-behind gives the regex engine
    no character to skip ahead to).
    """
    found = []
    for p, end in digits:
        if end - p > 3 or (p and (is_word_char(lowered[p - 1]) or lowered[p - 1] in ".,")):
            continue
        suffix = words.rank_suffix.match(lowered, end)
        if suffix is not None:
            found.append((p, suffix.end(), float(lowered[p:end])))
    return found


def _superlative(word: str, words: _Words) -> bool:
    if word in words.rank_not_between:
        return True
    return word not in words.rank_not_superlatives and word.endswith(words.rank_superlative_endings)


def _ranks(
    lowered: str, out: list[Form], lex: Lexicon, digits: list[tuple[int, int]], at: Mapping[str, list[int]]
) -> None:
    """ "the fifth successful anti-piracy operation" = 5 operations; "the sixth straight day", "the
    eighth day of protests", "Day six of the revolt" = 6 / 8 / 6 days (grammar.toml [forms] rank_*)."""
    words = _words(lex)
    lemma = morphology(lex).lemma
    stopwords = morphology(lex).stopwords
    for start, end, n in _rank_starts(lowered, words, digits, at):
        m = words.rank_after.match(lowered, end)
        if m is None:
            _rank_to(lowered, start, end, n, out, words, lex)
            continue
        if "\n" in m.group():
            continue
        between = m.group("mid").replace("-", " ").split()
        if any(_superlative(w, words) or w in stopwords for w in between):
            continue  # "the second biggest attack": a place in a ranking; "a second is an attack"
        noun = m.group("noun")
        seconds = words.rank_periods.get(noun)
        if seconds is None:
            out.append(Form(start, m.end(), "count", _quantity(n, n, n, lemma(noun)), lemma(noun), None))
            continue
        if any(w not in words.rank_streaks for w in between):
            continue  # "the third busy day": no series of days
        if words.rank_period_after.match(lowered, m.end()) is None:
            continue  # "the second day", "fall for the second straight year": which one, not how long
        span = _quantity(n * seconds, n * seconds, n * seconds, "s")
        out.append(Form(start, m.end(), "duration", span, None, None))
    for m in words.rank_head.finditer(lowered):
        days = _small(m.group("n"), words)
        if days is None or days < 2 or not _starts_word(lowered, m.start()):
            continue
        seconds = days * words.rank_periods["day"]
        span = _quantity(seconds, seconds, seconds, "s")
        out.append(Form(m.start(), m.end(), "duration", span, None, None))


def _rank_to(
    lowered: str, start: int, end: int, n: float, out: list[Form], words: _Words, lex: Lexicon
) -> None:
    """ "the fifth country to land on the moon" = 5 countries, "the eighth team in NFL history to win"
    = 8 teams: the rank of a thing among those that did something (grammar.toml [forms] rank_to*)."""
    m = words.rank_to.match(lowered, end)
    if m is None or "\n" in m.group():
        return
    stopwords = morphology(lex).stopwords
    between = m.group("mid").replace("-", " ").split()
    noun, verb = m.group("noun"), m.group("verb")
    if (
        any(_superlative(w, words) or w in stopwords for w in between)
        or noun in stopwords
        or verb in words.rank_leads  # "the fifth floor to the left": a determiner, no verb
        or noun in words.rank_periods  # "the second year to March": which one, not how many
    ):
        return
    lemma = morphology(lex).lemma(noun)
    out.append(Form(start, m.start("noun") + len(noun), "count", _quantity(n, n, n, lemma), lemma, None))


def _decade_ages(lowered: str, out: list[Form], words: _Words) -> None:
    """ "in her 60s" = an age of 60 to 69; "in his early 30s" = 30 to 33, "mid" 34 to 36, "late" 37 to 39."""
    for m in words.decade_age.finditer(lowered):
        if not _starts_word(lowered, m.start()):
            continue
        tens = float(m.group("tens")) if m.group("tens") else words.decade_words[m.group("word")]
        low, high = tens, tens + 9
        if m.group("part"):
            k = words.decade_parts.index(m.group("part"))
            low, high = ((tens, tens + 3), (tens + 4, tens + 6), (tens + 7, tens + 9))[k]
        first = next(name for name in ("part", "tens", "word") if m.group(name))
        start = m.start(first)
        out.append(Form(start, m.end(), "measure", _quantity(None, low, high, "age", "range"), None, "age"))


def _calibers(lowered: str, out: list[Form], words: _Words) -> None:
    """ "a .357 Magnum", "had a .32 revolver": a cartridge's caliber (hundredths or thousandths of an
    inch), kind measure in the unit "caliber" as ".357 caliber" reads."""
    for m in words.caliber.finditer(lowered):
        digits = m.group("d")
        value = int(digits) / 10 ** len(digits)
        # ". 357" of tokenised copy: the figure starts at its digits (the spaced point may end a sentence)
        start = m.start() if m.start("d") == m.start() + 1 else m.start("d")
        out.append(Form(start, m.end(), "measure", _quantity(value, value, value, "caliber"), None, None))


def _crowds(lowered: str, out: list[Form], lex: Lexicon, words: _Words) -> None:
    """ "a 50,000-strong crowd": a count of the crowd's noun."""
    lemma = morphology(lex).lemma
    people = lex.people_role
    for m in words.strong.finditer(lowered):
        strength = words.strength.search(lowered, max(0, m.start() - words.strength_reach), m.start())
        if strength is None:
            continue
        noun = lemma(m.group("noun"))
        crowd = people.get(noun) or lex.noun_role.get(noun)
        if crowd is None:
            continue
        value = parse_numeral(strength.group("num"))
        if strength.group("scale"):
            value *= lex.number_words["scales"][strength.group("scale")]
        start = strength.start()
        out.append(Form(start, m.end(), "count", _quantity(value, value, value, noun), noun, crowd))


def find_forms(
    lowered: str,
    lex: Lexicon,
    digits: list[tuple[int, int]] | None = None,
    text_words: list[tuple[int, str]] | None = None,
) -> list[Form]:
    """Zero counts, shares and "-strong" crowds in ``lowered`` (``words.lowercase`` of the text).

    Roles and nouns of people are ``lex``'s; ``digits`` are the text's digit
    runs (``words.digit_runs``) and ``text_words`` its whole words among a set
    holding ``trigger_words(lex)`` (``words.words_among``), when the caller
    has them already.
    """
    out: list[Form] = []
    words = _words(lex)
    lemma = morphology(lex).lemma
    for m in words.zero_person.finditer(lowered):
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
    points = _fraction_points(lowered, words, lex)
    out.extend(points)
    for m in _fractions(lowered, words):
        if not _starts_word(lowered, m.start()) or any(p.start <= m.start() < p.end for p in points):
            continue
        word = m.group()
        start = m.start()
        if word in words.fraction_alone:
            if words.not_a_share_before.search(lowered, max(0, start - words.not_a_share_reach), start):
                continue  # "the second half of the game"
            share = words.shares[word]
        else:
            numerator = words.numerator.search(lowered, max(0, start - words.numerator_reach), start)
            if numerator is None:
                continue
            n = _small(numerator.group("n"), words)
            plural = next((p for p in words.fraction_plural if word.endswith(p)), "")
            if n is None or (n > 1) != bool(plural):
                continue  # "a thirds", "two third"
            share = n * words.shares[word[: len(word) - len(plural)]]
            if share >= 100:
                continue  # "five quarters of economic contraction": periods, no share of a whole
            start = numerator.start()
        if number_words(lex).fraction_of.match(lowered, start):
            continue  # "a quarter of a million refugees": a number (numbers.py), no share
        _share(out, lowered, start, m.end(), share, lex)
    for m in (m for pattern in words.one_in for m in pattern.finditer(lowered)):
        count = words.count_before.search(lowered, max(0, m.start() - words.count_reach), m.start())
        if count is None:
            continue
        k, of = _small(count.group("k"), words), _small(m.group("of"), words)
        if k is None or of is None or not 0 < k < of:
            continue
        if of % 10 and words.group_part.match(lowered, m.start()):
            continue  # "23 out of 75 climbers were found dead": 23 of a group of 75, no share of a base
        _share(out, lowered, count.start(), m.end(), 100.0 * k / of, lex)
    for m in words.multiple.finditer(lowered):
        end = m.end("end")
        multiple = words.multiple_before.search(lowered, max(0, end - words.multiple_reach), end)
        if multiple is not None and _starts_word(lowered, multiple.start()):
            n = lex.multiples[multiple.group("m")]
            twice = _quantity(n, n, n, "death")
            out.append(Form(multiple.start(), m.end(), "count", twice, "death", "deaths"))
    text_words = words_among(lowered, trigger_words(lex)) if text_words is None else text_words
    at = _word_starts(lowered, text_words, lex)
    _one_more(lowered, out, lex, at)
    _ranks(lowered, out, lex, digit_runs(lowered) if digits is None else digits, at)
    _decade_ages(lowered, out, words)
    _calibers(lowered, out, words)
    _crowds(lowered, out, lex, words)
    out.sort(key=lambda f: (f.start, f.end))
    kept: list[Form] = []
    for form in out:
        if kept and form.start < kept[-1].end:
            continue
        kept.append(form)
    return kept
