"""Numbers as written in news: numerals, number words, scales, vague plurals, ranges.

One compiled pattern per language (``number_words(lex).pattern``, its words from
``compare/lang/<code>/numbers.toml`` and ``grammar.toml [numbers]``) finds every number expression in a text
in a single pass; ``parse_match`` turns a matched expression into an interval.  Nothing here
knows what is counted: that is ``quantities``' job.

Conventions: a number is an interval ``(low, high)`` plus the value as written
(``stated``, ``None`` for ranges and vague plurals such as "dozens").
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from compare.intervals import ROUNDED_FROM
from compare.lang import Lexicon, lexicon
from compare.words import alternation, fold_case, trie_pattern, whole_words

# Separators that appear inside numerals in real copy: comma, non-breaking and
# thin spaces, and (for "1 200") a plain space between exact thousands groups.
_THIN = "\u00a0\u202f\u2009"
DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# For use inside a regex character class.
DASHES = "\\" + DASH_CHARS

# Characters a reader does not see, which copy-paste and CMSs leave inside
# numerals ("1\u200b00,000"): zero-width space, non-joiner and joiner, word
# joiner, BOM, soft hyphen.  A numeral may hold them between its characters;
# the fact keeps them (offsets are exact), the value ignores them.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_Z = f"[{INVISIBLE}]*"
# Full-width forms are read like their ASCII twins: "１００，０００" is 100,000.
_COMMA = f"{_Z}[,\uff0c]{_Z}"
_POINT = f"{_Z}[.\uff0e]{_Z}"
_DIGITS = rf"\d(?:{_Z}\d)*"
_DIGITS_1_3 = rf"\d(?:{_Z}\d){{0,2}}"
_DIGITS_3 = rf"\d{_Z}\d{_Z}\d"
# The vulgar fractions ¼ ½ ¾ and ⅐ ... ⅞, as a character-class range and as a set: "1½ million",
# "£2¼bn" (their value is unicodedata.numeric).
VULGAR = "\u00bc-\u00be\u2150-\u215e"
_VULGAR_CHARS = frozenset(map(chr, (*range(0xBC, 0xBF), *range(0x2150, 0x215F))))
_NUMERAL = (
    # "1½", "3 ¾": a whole number and a vulgar fraction
    rf"\d{{1,3}}[ \u00a0]?[{VULGAR}](?![\d/\u2044])|"
    # 100,000 / 2,500.5 (not "1,0000")
    rf"{_DIGITS_1_3}(?:{_COMMA}{_DIGITS_3})+(?:{_POINT}{_DIGITS})?(?!{_Z}\d)"
    # South Asian grouping: the last three digits, then pairs ("$7,50,000" is 750,000; "1,50,000",
    # "10,00,000" a million).  Pairs before a group of three write nothing else.
    rf"|\d{{1,2}}(?:{_COMMA}\d{{2}})+{_COMMA}{_DIGITS_3}(?:{_POINT}{_DIGITS})?(?!{_Z}\d|{_COMMA}\d)"
    rf"|\d{{1,3}}(?:[{_THIN}]\d{{3}})+(?!\d)"  # 1 200 with a non-breaking space
    # 1 200 people (plain space, word follows).  At most five groups: unbounded,
    # "100 100 100 ..." was matched to its end and given back at every number.
    r"|\d{1,3}(?: \d{3}){1,5}(?![\d,.]\d)(?=\s+[a-z])"
    # "$2 . 6 million", "40 . 3 million people": tokenised copy (ECB+) spaces the
    # decimal point; read as a decimal only before a word or "%" ("8 . 1 ," and
    # "08 . 07 . 2012" are no decimals), so a sentence's end is rarely taken for one.
    r"|\d{1,3} \. \d{1,3}(?!\d| \. \d)(?=[ -]*[A-Za-z%\u2033\"])"
    rf"|{_DIGITS}{_POINT}{_DIGITS}|[.\uff0e]{_DIGITS}|{_DIGITS}"
)
# The pattern of spelled-out numbers and vague quantities is built per lexicon
# from numbers.toml (``number_words``); numerals are the same in every language.


def _alternation(words: Iterable[str]) -> str:
    """Words (phrases with single spaces) as one alternation, longest first, any white space between words.

    Factored by prefix (``words.trie_pattern``): the same matches as the flat
    alternation (the words that can match at one position begin one another,
    and the longer is tried first), a letter or two tried per position.
    """
    return trie_pattern({" ".join(w.split()) for w in words if w.split()}, r"\s+") or "(?!)"


@dataclass(frozen=True, eq=False)
class NumberWords:
    """A lexicon's number words in the shapes the parser and the scanner read them."""

    units: Mapping[str, float]  # "one" -> 1 ... "nineteen" -> 19
    tens: Mapping[str, float]  # "twenty" -> 20
    scales: Mapping[str, float]  # "hundred" -> 100, "million" -> 1e6
    groups: Mapping[str, float]  # "dozen" -> 12
    # grammar.toml [numbers]: articles that count one ("a hundred"), the words that
    # join a scale to what follows ("hundred and fifty"), and the phrases of a half
    # ("half a dozen", "two and a half"), each phrase as its words
    articles: frozenset[str]
    conjunctions: frozenset[str]
    half_of: tuple[tuple[str, ...], ...]
    and_a_half: tuple[tuple[str, ...], ...]
    # A fraction of a scale of a thousand or more ("a quarter of a million", "three quarters
    # billion"): fraction word -> denominator (nouns.toml [fractions]), the plural endings of a
    # fraction word, the joiners as their words, and the phrase as a pattern (lower case).
    fractions: Mapping[str, int]
    plurals: tuple[str, ...]
    fraction_joiners: tuple[tuple[str, ...], ...]
    fraction_of: re.Pattern[str]
    # What a scale written after a numeral multiplies by: spelled scales and abbreviations ("bn").
    multipliers: Mapping[str, float]
    # Every number expression: named groups num (numeral), scale (a scale after
    # it), vague ("dozens"), words ("two hundred and fifty").
    pattern: re.Pattern[str]
    # Where a number word can begin, matched on a lowered copy of the text
    # (``words.lowercase``): the full pattern is tried only there.
    trigger: re.Pattern[str]
    # The same, when every trigger is a whole word (``words.whole_words``): the
    # words that trigger alone, and those that trigger when what follows them
    # matches ("a" before "hundred"), looked up among the text's words
    # (``words.words_among``) rather than scanned for.  None when one is no whole word.
    trigger_words: frozenset[str] | None
    trigger_led: Mapping[str, re.Pattern[str]]


@functools.cache
def number_words(lex: Lexicon) -> NumberWords:
    """The number words of ``lex`` (numbers.toml [words.*], [scale_abbreviations], [vague]), built once.

    The words that hold a spelled number together are grammar.toml [numbers].
    """
    words = lex.number_words
    grammar = lex.grammar["numbers"]
    units, tens, scales, groups = words["units"], words["tens"], words["scales"], words["groups"]
    word_num = _alternation([*units, *tens])
    scale_word = _alternation(scales)
    group_word = _alternation(groups)
    word_any = rf"(?:{word_num}|{scale_word}|{group_word})"
    # The ending of a scale or group in the plural ("millions", "dozens").
    plural = f"(?:{alternation(grammar['plural'])})?"
    # "a hundred", "one million": the articles, then the number words worth one.
    one = alternation([*grammar["articles"], *(w for w, v in units.items() if v == 1)])
    half_of = alternation(grammar["half_of"])
    # "two and a half", and hyphened in a compound: "two-and-a-half hours", "a two-and-a-half-year term"
    and_a_half_joined = "|".join(
        rf"[\s{DASHES}]+".join(re.escape(w) for w in p.split())
        for p in sorted(grammar["and_a_half"], key=len, reverse=True)
    )
    fractions = dict(lex.fractions)
    plurals = grammar["plural"]
    big = _alternation(w for w, v in scales.items() if v >= 1000)
    fraction_of = (
        rf"(?:(?:{one}|{word_num})[\s{DASHES}]+)?(?:{_alternation(fractions)}){plural}"
        rf"(?:\s+(?:{_alternation(grammar['fraction_joiners'])}))?[\s{DASHES}]+(?:{big})\b"
    )
    spelled = (
        rf"(?:{fraction_of}|(?:{word_num})|(?:{one})\s+(?:{scale_word}|{group_word})|(?:{half_of})\s+(?:{group_word}|{scale_word})"
        rf"|{group_word})"
        rf"(?:(?:[\s{DASHES}]+|\s+(?:{alternation(grammar['and'])})\s+){word_any}\b)*"
        rf"(?:[\s{DASHES}]+(?:{and_a_half_joined})\b(?:[\s{DASHES}]+(?:{scale_word})\b)?)?"
    )
    # A vague phrase ending in a scale ("several hundred") is no vague amount
    # before a hyphen ("several hundred-metre").
    singular = set(scales) | set(groups)
    vague = "|".join(
        _alternation([phrase]) + (r"(?!\s*-)" if phrase.split()[-1] in singular else "")
        for phrase in sorted(lex.vague, key=lambda w: (-len(w.split()), -len(w), w))
    )
    abbreviations = _alternation(lex.scale_abbreviations)
    letters = _alternation(lex.money_scales)
    # "€4,34 bn", "4,5 billion": a comma before one or two digits and a scale is
    # a decimal comma (a thousands group has three digits), read before the
    # numerals that would stop at the comma.
    after_comma = rf"(?=[\s{_THIN}]?(?:{scale_word}|{abbreviations}|{letters}){plural}\b)"
    decimal_comma = rf"\d{{1,3}}{_COMMA}\d{{1,2}}{after_comma}"
    pattern = (
        # "2.5 million", "4.5bn", and in a compound adjective "a 9.9-billion-dollar pledge".
        rf"(?:(?P<num>{decimal_comma}|{_NUMERAL})(?:(?:[\s{_THIN}]*-[\s{_THIN}]*|[\s{_THIN}]+|(?=[a-z]))(?P<scale>(?:{scale_word}|{group_word}){plural}"
        rf"(?:\s+(?:{scale_word})\b)*|{abbreviations})\b)?"
        rf"|(?P<vague>\b(?:{vague})\b)"
        rf"|(?P<words>\b{spelled}\b))"
    )
    trigger, single, follows = _triggers(lex, scale_word, group_word)
    whole = whole_words([*single, *follows])
    return NumberWords(
        units=units,
        tens=tens,
        scales=scales,
        groups=groups,
        articles=frozenset(grammar["articles"]),
        conjunctions=frozenset(grammar["and"]),
        half_of=tuple(tuple(p.split()) for p in grammar["half_of"]),
        and_a_half=tuple(tuple(p.split()) for p in grammar["and_a_half"]),
        fractions=MappingProxyType(fractions),
        plurals=grammar["plural"],
        fraction_joiners=tuple(tuple(p.split()) for p in grammar["fraction_joiners"]),
        fraction_of=re.compile(fraction_of, re.IGNORECASE),
        multipliers={
            **{f"{w}{ending}": v for w, v in (*scales.items(), *groups.items()) for ending in plurals},
            **scales,
            **groups,  # "3 dozen homes" is 36 homes
            **lex.scale_abbreviations,
        },
        pattern=re.compile(pattern, re.IGNORECASE),
        trigger=re.compile(trigger),
        trigger_words=frozenset(single) if whole else None,
        trigger_led=MappingProxyType({w: re.compile("|".join(f)) for w, f in follows.items()}),
    )


def _triggers(lex: Lexicon, scale_word: str, group_word: str) -> tuple[str, set[str], dict[str, list[str]]]:
    """Where a number word can begin (``NumberWords.trigger``): the pattern, the words that
    trigger alone, and for the words that trigger only before certain others ("a" before
    "hundred") the patterns of what must follow them."""
    words, grammar = lex.number_words, lex.grammar["numbers"]
    units, tens, scales, groups = words["units"], words["tens"], words["scales"], words["groups"]
    fractions = dict(lex.fractions)
    # Trigger words: every number word and the plurals of scales; a phrase of
    # the vague table or "a dozen" is tried at its first word when the rest follows.
    single = {*units, *tens, *scales, *groups}
    single |= {f"{w}{ending}" for w in (*scales, *groups) for ending in grammar["plural"]}
    single |= {p.split()[0] for p in grammar["half_of"]}
    single |= {f"{w}{ending}" for w in fractions for ending in ("", *grammar["plural"])}
    single |= {p for p in lex.vague if " " not in p}
    fraction_word = _alternation(fractions)
    led = [rf"(?:{alternation(grammar['articles'])})(?=\s+(?:{scale_word}|{group_word}|{fraction_word})\b)"]
    led += [
        rf"{re.escape(p.split()[0])}(?=\s+{_alternation([p.split(' ', 1)[1]])}\b)"
        for p in sorted(lex.vague)
        if " " in p and p.split()[0] not in single
    ]
    trigger = r"\b(?:" + trie_pattern(sorted(single)) + "|" + "|".join(led) + r")\b"
    # The words of the led triggers, each with what must follow it.
    follows: dict[str, list[str]] = {}
    for article in grammar["articles"]:
        follows.setdefault(article, []).append(rf"\s+(?:{scale_word}|{group_word})\b")
        follows[article].append(rf"\s+(?:{_alternation(fractions)})\b")
    for p in sorted(lex.vague):
        if " " in p and p.split()[0] not in single:
            follows.setdefault(p.split()[0], []).append(rf"\s+{_alternation([p.split(' ', 1)[1]])}\b")
    return trigger, single, follows


@dataclass(frozen=True)
class Number:
    """A parsed number expression: ``[low, high]``, and the value as written."""

    stated: float | None
    low: float
    high: float
    vague: bool = False
    spelled: bool = False  # written in words ("two"), not digits


_SEPARATORS = re.compile(rf"[,\uff0c\s{_THIN}{INVISIBLE}]")


def parse_numeral(text: str) -> float:
    """ "100,000" → 100000.0; "1 200" → 1200.0; "2.5" → 2.5; "１００，０００" → 100000.0.

    Digits of any script are read by ``float``; separators and invisible
    characters are dropped.  A numeral too long for a float is ``inf``: the
    caller decides (``parse_match`` refuses it).
    """
    if len(text) > 1 and text[-1] in _VULGAR_CHARS:
        return parse_numeral(text[:-1].rstrip(" \u00a0")) + unicodedata.numeric(text[-1])  # "1½"
    if _DECIMAL_COMMA.fullmatch(text):
        text = _COMMA_RE.sub(".", text)  # "4,34" (before a scale): a decimal comma
    cleaned = _SEPARATORS.sub("", text).replace("\uff0e", ".")
    return float(cleaned)


# A numeral whose comma has one or two digits after it: only a decimal comma
# writes that (the number pattern reads one only before a scale word).
_DECIMAL_COMMA = re.compile(rf"\d{{1,3}}{_COMMA}\d{{1,2}}")
_COMMA_RE = re.compile(_COMMA)


_WORD_TOKEN = re.compile(rf"[^\s{DASHES}]+")


def _phrase_at(tokens: list[tuple[str, int]], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many tokens from ``i`` on are one of ``phrases`` (0 when none is)."""
    for phrase in phrases:
        if len(tokens) - i >= len(phrase) and all(tokens[i + k][0] == w for k, w in enumerate(phrase)):
            return len(phrase)
    return 0


class ParsedWords(NamedTuple):
    """A spelled-out number: its value and how many characters of the text it takes."""

    value: float
    length: int


def _fraction_of_scale(tokens: list[tuple[str, int]], nw: NumberWords) -> ParsedWords | None:
    """ "a quarter of a million" (250,000), "three quarters billion", "two-thirds of a million", "half
    million": an article or a number word, a fraction word, a joiner, a scale of a thousand or more."""
    numerator, k = 1.0, 0
    if tokens and (tokens[0][0] in nw.articles or tokens[0][0] in nw.units):
        numerator, k = nw.units.get(tokens[0][0], 1.0), 1
    if k >= len(tokens):
        return None
    word = tokens[k][0]
    plural = next((p for p in nw.plurals if word.endswith(p) and word[: -len(p)] in nw.fractions), "")
    denominator = nw.fractions.get(word[: len(word) - len(plural)])
    if denominator is None or (numerator > 1) != bool(plural):
        return None  # "a thirds", "two third"
    k += 1
    k += _phrase_at(tokens, k, nw.fraction_joiners)
    scale = nw.scales.get(tokens[k][0], 0.0) if k < len(tokens) else 0.0
    if scale < 1000:
        return None
    # (to a whole number: two-thirds of a million people are 666,667)
    return ParsedWords(float(round(numerator / denominator * scale)), tokens[k][1])


def parse_words(text: str, lex: Lexicon | None = None) -> ParsedWords | None:
    """Spelled-out numbers: "two hundred and fifty thousand" → (250000.0, 29).

    Returns the value and how many characters of ``text`` form the number: the
    longest well-formed prefix, so "one and two" reads as "one" and "seven
    hundred thousand" as 700,000.  None when no prefix is a number.  The
    words are ``lex``'s (English when not given).
    """
    nw = number_words(lexicon() if lex is None else lex)
    units, tens, scales, groups = nw.units, nw.tens, nw.scales, nw.groups
    tokens = [(fold_case(m.group()), m.end()) for m in _WORD_TOKEN.finditer(text)]
    total = 0.0
    current = 0.0
    last: str | None = None  # kind of the previous token: unit, tens, hundred, scale
    end = 0
    value: float | None = None
    i = 0
    while i < len(tokens):
        w, stop = tokens[i]
        fraction = _fraction_of_scale(tokens, nw) if i == 0 else None
        if fraction is not None:
            return fraction  # "a quarter of a million", "three quarters billion"
        k = _phrase_at(tokens, i, nw.half_of) if i == 0 else 0
        if k and k < len(tokens):
            # "half a dozen", "half a million"
            nxt = tokens[k][0]
            scale = groups.get(nxt) or scales.get(nxt, 0.0)
            if not scale:
                return None
            return ParsedWords(0.5 * scale, tokens[k][1])
        k = _phrase_at(tokens, i, nw.and_a_half) if value is not None else 0
        if k and value is not None:
            # "two and a half", "two and a half million"
            j = i + k
            if j < len(tokens) and tokens[j][0] in scales and last in ("unit", "tens"):
                return ParsedWords((value + 0.5) * scales[tokens[j][0]], tokens[j][1])
            return ParsedWords(value + 0.5, tokens[j - 1][1])
        if w in nw.conjunctions:
            # "hundred and fifty": only after a scale word
            if last not in ("hundred", "scale"):
                break
            i += 1
            continue
        if w in nw.articles and last is None:
            current, last = 1.0, "a"
        elif w in units and last in (None, "tens", "hundred", "scale"):
            if last == "tens" and units[w] >= 10:
                break
            current += units[w]
            last = "unit"
        elif w in tens and last in (None, "hundred", "scale"):
            current += tens[w]
            last = "tens"
        elif w in groups and last in (None, "unit", "a"):
            current = (current or 1) * groups[w]
            last = "unit"
        elif w in scales and scales[w] < 1000 and last in ("unit", "a", "tens") and current < 100:
            current *= scales[w]  # "hundred": multiplies the figure before it only
            last = "hundred"
        elif w in scales and scales[w] >= 1000 and last in ("unit", "tens", "hundred", "a"):
            total += current * scales[w]
            current = 0.0
            last = "scale"
        else:
            break
        if last != "a":
            value = total + current
            end = stop
        i += 1
    if value is None:
        return None
    return ParsedWords(value, end)


def significant_unit(value: float) -> float:
    """The place of the last significant digit: 100,000 → 100,000; 13,500 → 100; 2.5 → 0.1.

    Round numbers in news are estimates; how round a number is tells how much
    an approximate qualifier ("about") allows.
    """
    if value == 0:
        return 1.0
    # A figure scaled by its word carries float noise ("16.6 billion" is
    # 16600000000.000002): twelve significant digits are what outlets write.
    v = abs(float(f"{value:.12g}"))
    if not float(v).is_integer():
        text = f"{v:.6f}".rstrip("0")
        decimals = len(text.split(".")[1]) if "." in text else 0
        return 10.0**-decimals
    n = int(v)
    unit = 1
    while n % 10 == 0 and n > 0:
        n //= 10
        unit *= 10
    return float(unit)


def rounding_unit(stated: float) -> float | None:
    """The unit a written figure may be rounded to, if it reads as a rounded one.

    A figure of at least ``intervals.ROUNDED_FROM`` with two significant digits or
    more ("2,600", "1.5 million"; not "3,000", which could be anything) reads
    as rounded to the place of its last significant digit.  The one rule for
    alignment (``align._round_figures`` widens such a figure by half this unit
    each way) and the judge (``judge._rounding`` reads a more precise figure
    within it as the same figure rounded): whatever two figures alignment
    joins as a rounding, the judge reads as one.
    """
    unit = significant_unit(stated)
    if abs(stated) < ROUNDED_FROM or abs(stated) / unit < 10:
        return None
    return unit


def rounds_to(rounded: float, precise: float) -> bool:
    """Whether ``precise`` written to the last significant digit of ``rounded`` gives it.

    Outlets round to the nearest and also down ("2,670" is reported as
    "2,600" and "more than 2,600"): the precise figure lies within half a
    unit below the round one or within a whole unit above it, and is itself
    written to a smaller unit.
    """
    unit = rounding_unit(rounded)
    if unit is None or significant_unit(precise) >= unit:
        return False
    return rounded - unit / 2 <= precise < rounded + unit


def approximate_tolerance(value: float) -> float:
    """How far "about N" reaches either side of N.

    10% for numbers with one or two significant digits ("about 100,000",
    "about 7"), 5% for more precise ones ("about 13,550"); a decimal never
    gets less than half its last digit, so "about 7.5" covers 7.45-7.55.
    """
    if value == 0:
        return 0.0
    unit = significant_unit(value)
    digits = len(str(int(round(abs(value) / unit)))) if unit else 1
    share = 0.10 if digits <= 2 else 0.05
    return max(abs(value) * share, unit / 2 if unit < 1 else 0.0)


def parse_match(m: re.Match[str], lex: Lexicon) -> Number | None:
    """A match of ``number_words(lex).pattern`` → ``Number``, or None when it is no number.

    Vague quantities ("dozens", "several hundred", "a handful") are the
    intervals of ``lex.vague`` (``compare/lang/<code>/numbers.toml``).
    """
    if m.group("vague"):
        key = re.sub(r"\s+", " ", fold_case(m.group("vague")))
        low, high = lex.vague[key]
        return Number(None, float(low), float(high), vague=True, spelled=True)
    if m.group("num"):
        value = parse_numeral(m.group("num"))
        scale = m.group("scale")
        if scale:
            # "4 hundred million": every scale word multiplies.
            multipliers = number_words(lex).multipliers
            for word in fold_case(scale).split():
                value *= multipliers.get(word, 1)  # "millions" too: the plurals are entries
        if not math.isfinite(value):
            return None  # 309 digits or more: no figure a reader compares, and inf breaks arithmetic
        return Number(value, value, value)
    words = m.group("words")
    if words:
        parsed = parse_words(words, lex)
        if parsed is None:
            return None
        return Number(parsed.value, parsed.value, parsed.value, spelled=True)
    return None
