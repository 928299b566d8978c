"""How values read to a person: the one formatter, for sentences and for cells.

Everything that shows a normalised value to a reader comes through here, so a
figure reads the same in a verdict's explanation, an HTML card, the PDF, a
timeline tooltip and ``facts --format table``.  There are two registers, on
purpose, and they share their number, currency, qualifier and plural rules:

- **cells** (:func:`format_value`): compact, for tables, cards and tooltips:
  "about 100,000 troops", "7 h", "9–10", "January 2022";
- **sentences** (:func:`value_phrase`, :func:`quantity_phrase`,
  :func:`date_phrase`): what an explanation says, quoting a date as written
  with its resolved form beside it: "9 to 10", "2 hours",
  "January 9-10 (2022-01-09 – 2022-01-10)".

This module is core, not rendering: ``judge`` writes its explanations with it,
and the renderers in ``compare/render/`` import it; it imports only the model, the kind registry
and the report language's words (``lang/en/display.toml``).
Dates and clock times are formatted here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from compare.kinds import kind_info
from compare.lang import Lexicon, lexicon
from compare.model import DEFAULT_LANGUAGE, DateValue, Fact, Kind, Quantity, Value

__all__ = [
    "DASH",
    "clock_text",
    "date_phrase",
    "duration",
    "format_date_value",
    "format_number",
    "format_value",
    "number",
    "participle",
    "plural",
    "quantity_phrase",
    "value_phrase",
]

DASH = "\u2013"  # en dash, for ranges
_RANGE = f" {DASH} "

_QUALIFIER_WORDS = {
    "exact": "",
    "about": "about ",
    "more-than": "more than ",
    "at-least": "at least ",
    "less-than": "less than ",
    "at-most": "at most ",
    "nearly": "nearly ",
    "up": "up ",
    "down": "down ",
}

_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "$": "$", "€": "€", "£": "£"}
_PERCENT_UNITS = {"%", "percent", "per cent", "pct"}
_SECOND_UNITS = {"s", "sec", "second", "seconds"}

@dataclass(frozen=True)
class _Wording:
    """The report's own words (``display.toml`` of the report's language)."""

    irregular_plurals: Mapping[str, str]
    uncountable: frozenset[str]
    participles: Mapping[str, str]


def _word_pairs(table: Any, where: str) -> Mapping[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise ValueError(f"display.toml {where}: expected word = \"word\" pairs")
    return MappingProxyType(dict(table))


def _wording(lex: Lexicon) -> _Wording:
    plurals = lex.display.get("plurals", {})
    uncountable = plurals.get("uncountable", [])
    if not isinstance(uncountable, list) or not all(isinstance(w, str) for w in uncountable):
        raise ValueError("display.toml [plurals]: uncountable must be a list of words")
    return _Wording(
        irregular_plurals=_word_pairs(plurals.get("irregular", {}), "[plurals.irregular]"),
        uncountable=frozenset(uncountable),
        participles=_word_pairs(lex.display.get("participles", {}), "[participles]"),
    )


# The report is written in English, whatever the articles' languages.
REPORT_LANGUAGE = DEFAULT_LANGUAGE
_WORDS = _wording(lexicon(REPORT_LANGUAGE))


def plural(noun: str) -> str:
    """English plural of a counted noun's lemma ("troop" → "troops", "person" → "people")."""
    if not noun or not noun[-1].isalpha():
        return noun
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    lower = last.lower()
    if lower in _WORDS.uncountable:
        return noun
    irregular = _WORDS.irregular_plurals.get(lower)
    if irregular is not None:
        return prefix + irregular
    # Extractors sometimes hand over a plural ("talks"): keep it as it is.
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return noun
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return f"{noun}es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return f"{noun[:-1]}ies"
    return f"{noun}s"


def format_number(x: float) -> str:
    """Group digits and name large round numbers: 100000 → "100,000", 2.5e9 → "2.5 billion"."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    sign = "-" if x < 0 else ""
    x = abs(x)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if x >= scale:
            scaled = x / scale
            # Only "2.5 billion", never "2.4731 billion": an odd figure keeps its digits.
            if abs(scaled * 100 - round(scaled * 100)) < 1e-6:
                return f"{sign}{_trim(scaled, 2)} {word}"
    if float(x).is_integer():
        return f"{sign}{int(x):,}"
    return f"{sign}{_trim(x, 4 if x < 1 else 2)}"


def _trim(x: float, decimals: int) -> str:
    text = f"{x:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


_DAY = 86400
# Extractors count a year as 365 or 365.25 days, a month as 30 or 30.44.
_UNITS = (
    (365.25 * _DAY, "years"),
    (365 * _DAY, "years"),
    (30.44 * _DAY, "months"),
    (30 * _DAY, "months"),
    (7 * _DAY, "weeks"),
    (_DAY, "days"),
    (3600, "h"),
    (60, "min"),
)


def _duration_unit(seconds: float) -> tuple[float, str]:
    """The largest unit in which the figure is whole or a half: 25200 → (3600, "h")."""
    s = abs(seconds)
    for size, name in _UNITS:
        if s >= size and abs(s * 2 / size - round(s * 2 / size)) < 1e-3:
            return size, name
    # Not a round number of any unit: the largest unit it exceeds, with decimals.
    for size, name in _UNITS:
        if s >= size:
            return size, name
    return 1, "s"


def _format_duration(q: Quantity, prefix: str) -> str:
    bounds = [b for b in (q.stated, q.low, q.high) if b is not None and math.isfinite(b)]
    if not bounds:
        return "unknown duration"
    # One unit for both ends of a range, chosen from its larger end.
    divisor, unit = _duration_unit(max(bounds, key=abs))
    if q.qualifier == "range" or q.stated is None:
        return _range_text(q, lambda v: format_number(round(v / divisor, 2)), f" {unit}")
    amount = q.stated / divisor
    if unit in {"years", "months", "weeks", "days"} and amount == 1:
        unit = unit[:-1]
    return f"{prefix}{format_number(round(amount, 2))} {unit}"


def _range_text(q: Quantity, number: Callable[[float], str], suffix: str) -> str:
    low, high = q.low, q.high
    low_ok = low is not None and math.isfinite(low)
    high_ok = high is not None and math.isfinite(high)
    if low_ok and high_ok:
        assert low is not None and high is not None
        if low == high:
            return f"{number(low)}{suffix}"
        return f"{number(low)}{DASH}{number(high)}{suffix}"
    if low_ok:
        assert low is not None
        return f"at least {number(low)}{suffix}"
    if high_ok:
        assert high is not None
        return f"at most {number(high)}{suffix}"
    return "unbounded"


def _format_quantity(q: Quantity, kind: Kind) -> str:
    prefix = _QUALIFIER_WORDS.get(q.qualifier, "")
    unit = q.unit.strip()
    reads = kind_info(kind).reads
    if reads == "duration" or unit.lower() in _SECOND_UNITS:
        return _format_duration(q, prefix)
    if reads == "percent" or unit.lower() in _PERCENT_UNITS:
        if q.qualifier == "range" or q.stated is None:
            return _range_text(q, format_number, "%")
        return f"{prefix}{format_number(q.stated)}%"
    if reads == "multiple":
        # "6.5× earnings", "3×": the unit is "×" and the base as written.
        base = unit[1:].strip() if unit.startswith("×") else unit
        tail = f" {base}" if base else ""
        if q.qualifier == "range" or q.stated is None:
            return _range_text(q, format_number, "×") + tail
        return f"{prefix}{format_number(q.stated)}×{tail}"
    if reads == "currency":
        symbol = _CURRENCY_SYMBOLS.get(unit.upper() if len(unit) == 3 else unit)
        if symbol is not None:
            if q.qualifier == "range" or q.stated is None:
                return _range_text(q, lambda v: f"{symbol}{format_number(v)}", "")
            return f"{prefix}{symbol}{format_number(q.stated)}"
        # No symbol known: the ISO code or currency name follows the figure.
    if q.qualifier == "range" or q.stated is None:
        label = plural(unit) if reads == "counted" else unit
        return _range_text(q, format_number, f" {label}" if label else "")
    if reads == "counted":
        label = unit if q.stated == 1 else plural(unit)
    else:
        label = unit
    return f"{prefix}{format_number(q.stated)}{' ' + label if label else ''}"


def _month_end(d: dt.date) -> dt.date:
    following = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def clock_text(v: DateValue) -> str:
    """A clock time as a reader checks it: "07:00 UTC", "10:15 local time", "20:00 (zone not stated)"."""
    assert v.time is not None
    zone = {"UTC": "UTC", "local": "local time"}.get(v.zone or "", "(zone not stated)")
    return f"{v.time.strftime('%H:%M')} {zone}"


def format_date_value(v: DateValue) -> str:
    """A date interval at the precision it was stated with; a clock time with its zone."""
    if v.time is not None:
        return f"{v.start.isoformat()} {clock_text(v)}" if v.start is not None else clock_text(v)
    start, end = v.start, v.end
    if start is None and end is None:
        return "unresolved date"
    if start is None:
        assert end is not None
        return f"on or before {end.isoformat()}"
    if end is None:
        return f"on or after {start.isoformat()}"
    if start == end:
        return start.isoformat()
    whole_month = start.day == 1 and end == _month_end(start)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if v.granularity == "month" and whole_month:
        return start.strftime("%B %Y")
    if v.granularity == "year" and whole_year and start.year == end.year:
        return str(start.year)
    decade = start.year % 10 == 0 and end.year == start.year + 9
    if v.granularity == "decade" and whole_year and decade:
        return f"{start.year}s"
    if v.granularity == "century" and whole_year and start.year % 100 == 0 and end.year == start.year + 99:
        n = start.year // 100 + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return f"{start.isoformat()}{_RANGE}{end.isoformat()}"


def format_value(value: Value, kind: Kind) -> str:
    """The normalised value as a reader would say it: "about 100,000 troops", "7 h"."""
    if isinstance(value, DateValue):
        return format_date_value(value)
    return _format_quantity(value, kind)


# Sentences: what an explanation says.

number = format_number

def duration(seconds: float) -> str:
    for size, unit in ((31556952, "year"), (604800, "week"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size and (seconds / size) * 4 == int((seconds / size) * 4):
            n = seconds / size
            return f"{n:g} {unit}{'' if n == 1 else 's'}"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} hours"
    if seconds >= 60:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds:g} seconds"


def participle(stem: str) -> str:
    """ "deploy" → "deployed"; stems are cut before a final "e", so "conclud" → "concluded"."""
    irregular = _WORDS.participles.get(stem)
    if irregular is not None:
        return irregular
    return stem + ("d" if stem.endswith("e") else "ed")


def _amount(q: Quantity, x: float) -> str:
    if q.unit == "s":
        return duration(x)
    if q.unit in ("%", "pp"):
        return f"{number(x)}{'%' if q.unit == '%' else ' percentage points'}"
    if len(q.unit) == 3 and q.unit.isupper():
        symbol = _CURRENCY_SYMBOLS.get(q.unit)
        return f"{symbol}{number(x)}" if symbol else f"{number(x)} {q.unit}"
    return number(x)


def quantity_phrase(q: Quantity, *, with_unit: bool = False) -> str:
    """ "about 100,000", "more than $2.5 billion", "9 to 10", "2 hours"."""
    if q.stated is None:
        if q.low is not None and q.high is not None:
            text = f"{_amount(q, q.low)} to {_amount(q, q.high)}"
        elif q.low is not None:
            text = f"at least {_amount(q, q.low)}"
        elif q.high is not None:
            text = f"at most {_amount(q, q.high)}"
        else:
            text = "an unknown amount"
    else:
        text = _QUALIFIER_WORDS.get(q.qualifier, "") + _amount(q, q.stated)
    measure_unit = q.unit not in ("s", "%", "pp") and not (len(q.unit) == 3 and q.unit.isupper())
    if with_unit and measure_unit:
        text += f" {q.unit}"
    return text


def date_phrase(v: DateValue) -> str:
    if v.time is not None:
        return format_date_value(v)
    if v.start is None or v.end is None:
        return "an unresolved date"
    if v.start == v.end:
        return v.start.isoformat()
    if v.granularity == "month" and v.start.day == 1 and v.start.month == v.end.month:
        return v.start.strftime("%Y-%m")
    if (
        v.granularity in ("year", "decade")
        and v.start.month == 1
        and v.start.day == 1
        and v.end.month == 12
        and v.end.day == 31
    ):
        return str(v.start.year) if v.start.year == v.end.year else f"{v.start.year}–{v.end.year}"
    return f"{v.start.isoformat()} – {v.end.isoformat()}"


def value_phrase(fact: Fact) -> str:
    """A fact's value for a sentence: "about 100,000", "January 9-10 (2022-01-09 – 2022-01-10)"."""
    v = fact.value
    if isinstance(v, DateValue):
        written = " ".join(fact.text.split())
        resolved = date_phrase(v)
        return written if resolved == written else f"{written} ({resolved})"
    return quantity_phrase(v, with_unit=kind_info(fact.kind).reads == "unit")
