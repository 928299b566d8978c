"""Numbers as written in news: numerals, number words, scales, vague plurals, ranges.

One compiled pattern finds every number expression in a text in a single pass;
``parse_number`` turns a matched expression into an interval.  Nothing here
knows what is counted: that is ``quantities``' job.

Conventions: a number is an interval ``(low, high)`` plus the value as written
(``stated``, ``None`` for ranges and vague plurals such as "dozens").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from compare.extract.words import fold_case
from compare.lang import Lexicon

# Separators that appear inside numerals in real copy: comma, non-breaking and
# thin spaces, and (for "1 200") a plain space between exact thousands groups.
_THIN = "\u00a0\u202f\u2009"
DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# For use inside a regex character class.
DASHES = "\\" + DASH_CHARS

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
# Abbreviated scales after a numeral.  "m" and "k" are only scales next to a
# currency (``quantities`` decides); "bn", "tn", "mln" are unambiguous.
SCALE_ABBREV = {
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "hundred": 1e2,
    "m": 1e6,
    "k": 1e3,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_WORD_NUM = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE_WORD = "hundred|thousand|million|billion|trillion"

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
_NUMERAL = (
    # 100,000 / 2,500.5 (not "1,0000")
    rf"{_DIGITS_1_3}(?:{_COMMA}{_DIGITS_3})+(?:{_POINT}{_DIGITS})?(?!{_Z}\d)"
    rf"|\d{{1,3}}(?:[{_THIN}]\d{{3}})+(?!\d)"  # 1 200 with a non-breaking space
    # 1 200 people (plain space, word follows).  At most five groups: unbounded,
    # "100 100 100 ..." was matched to its end and given back at every number.
    r"|\d{1,3}(?: \d{3}){1,5}(?![\d,.]\d)(?=\s+[a-z])"
    rf"|{_DIGITS}{_POINT}{_DIGITS}|[.\uff0e]{_DIGITS}|{_DIGITS}"
)
# A spelled-out number: "two", "twenty-five", "two hundred and fifty thousand",
# "a dozen", "two and a half", "half a million".  The pattern is generous;
# ``parse_words`` keeps the longest prefix that is a well-formed number.
_WORD_ANY = rf"(?:{_WORD_NUM}|{_SCALE_WORD}|dozen)"
_WORDS = (
    rf"(?:(?:{_WORD_NUM})|(?:a|an|one)\s+(?:{_SCALE_WORD}|dozen)|half\s+a\s+(?:dozen|{_SCALE_WORD})"
    rf"|dozen)"
    rf"(?:(?:[\s{DASHES}]+|\s+and\s+){_WORD_ANY}\b)*"
    rf"(?:\s+and\s+a\s+half\b(?:\s+(?:{_SCALE_WORD})\b)?)?"
)
_VAGUE = (
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores|hundreds|thousands"
    r"|millions|billions|a\s+handful|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million)(?!\s*-))"
)

# Named groups: num (numeral), words, scale (a word scale after a numeral or
# number word), vague.
NUMBER_PATTERN = (
    rf"(?:(?P<num>{_NUMERAL})(?:(?:[\s{_THIN}]+|(?=[a-z]))(?P<scale>(?:{_SCALE_WORD})s?(?:\s+(?:{_SCALE_WORD})\b)*|bn|tn|trn|mln|mn|mil)\b)?"
    rf"|(?P<vague>\b{_VAGUE}\b)"
    rf"|(?P<words>\b{_WORDS}\b))"
)


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
    cleaned = _SEPARATORS.sub("", text).replace("\uff0e", ".")
    return float(cleaned)


_WORD_TOKEN = re.compile(rf"[^\s{DASHES}]+")


class ParsedWords(NamedTuple):
    """A spelled-out number: its value and how many characters of the text it takes."""

    value: float
    length: int


def parse_words(text: str) -> ParsedWords | None:
    """Spelled-out English numbers: "two hundred and fifty thousand" → (250000.0, 29).

    Returns the value and how many characters of ``text`` form the number: the
    longest well-formed prefix, so "one and two" reads as "one" and "seven
    hundred thousand" as 700,000.  None when no prefix is a number.
    """
    tokens = [(fold_case(m.group()), m.end()) for m in _WORD_TOKEN.finditer(text)]
    total = 0.0
    current = 0.0
    last: str | None = None  # kind of the previous token: unit, tens, hundred, scale
    end = 0
    value: float | None = None
    i = 0
    while i < len(tokens):
        w, stop = tokens[i]
        if w == "half" and i == 0 and i + 2 < len(tokens) and tokens[i + 1][0] in ("a", "an"):
            nxt = tokens[i + 2][0]
            scale = 12.0 if nxt == "dozen" else float(SCALES.get(nxt, 0))
            if not scale:
                return None
            return ParsedWords(0.5 * scale, tokens[i + 2][1])
        if w == "and":
            # "two and a half", or "hundred and fifty" after a scale word.
            if (
                i + 2 < len(tokens)
                and tokens[i + 1][0] == "a"
                and tokens[i + 2][0] == "half"
                and value is not None
            ):
                # "two and a half", "two and a half million"
                if i + 3 < len(tokens) and tokens[i + 3][0] in SCALES and last in ("unit", "tens"):
                    return ParsedWords((value + 0.5) * SCALES[tokens[i + 3][0]], tokens[i + 3][1])
                return ParsedWords(value + 0.5, tokens[i + 2][1])
            if last not in ("hundred", "scale"):
                break
            i += 1
            continue
        if w in ("a", "an") and last is None:
            current, last = 1.0, "a"
        elif w in UNITS and last in (None, "tens", "hundred", "scale"):
            if last == "tens" and UNITS[w] >= 10:
                break
            current += UNITS[w]
            last = "unit"
        elif w in TENS and last in (None, "hundred", "scale"):
            current += TENS[w]
            last = "tens"
        elif w == "dozen" and last in (None, "unit", "a"):
            current = (current or 1) * 12
            last = "unit"
        elif w == "hundred" and last in ("unit", "a", "tens") and current < 100:
            current *= 100
            last = "hundred"
        elif w in SCALES and w != "hundred" and last in ("unit", "tens", "hundred", "a"):
            total += current * SCALES[w]
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
    v = abs(value)
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
    """A ``NUMBER_PATTERN`` match → ``Number``, or None when it is no number.

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
            for word in fold_case(scale).split():
                w = word[:-1] if word.endswith("s") and len(word) > 3 else word
                value *= SCALE_ABBREV.get(w, 1)
        if not math.isfinite(value):
            return None  # 309 digits or more: no figure a reader compares, and inf breaks arithmetic
        return Number(value, value, value)
    words = m.group("words")
    if words:
        parsed = parse_words(words)
        if parsed is None:
            return None
        return Number(parsed.value, parsed.value, parsed.value, spelled=True)
    return None
