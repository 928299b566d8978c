"""How a normalised value reads to a person: the one formatter every view uses.

The HTML cards, the PDF, the timeline tooltips and ``facts --format table``
all call :func:`format_value`, so "about 100,000 troops" or
"2022-01-09 – 2022-01-13" reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from compare.model import DateValue, Kind, Quantity, Value

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

_IRREGULAR_PLURALS = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "child": "children",
    "foot": "feet",
    "mouse": "mice",
    "criterion": "criteria",
    "crisis": "crises",
    "analysis": "analyses",
    "thesis": "theses",
}
_UNCOUNTABLE = {"personnel", "equipment", "aid", "military", "police", "staff", "fish", "sheep"}


def plural(noun: str) -> str:
    """English plural of a counted noun's lemma ("troop" → "troops", "person" → "people")."""
    if not noun or not noun[-1].isalpha():
        return noun
    head, _, last = noun.rpartition(" ")
    prefix = f"{head} " if head else ""
    lower = last.lower()
    if lower in _UNCOUNTABLE:
        return noun
    if lower in _IRREGULAR_PLURALS:
        return prefix + _IRREGULAR_PLURALS[lower]
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
    if kind == "duration" or unit.lower() in _SECOND_UNITS:
        return _format_duration(q, prefix)
    if kind == "percent" or unit.lower() in _PERCENT_UNITS:
        if q.qualifier == "range" or q.stated is None:
            return _range_text(q, format_number, "%")
        return f"{prefix}{format_number(q.stated)}%"
    if kind == "money":
        symbol = _CURRENCY_SYMBOLS.get(unit.upper() if len(unit) == 3 else unit)
        if symbol is not None:
            if q.qualifier == "range" or q.stated is None:
                return _range_text(q, lambda v: f"{symbol}{format_number(v)}", "")
            return f"{prefix}{symbol}{format_number(q.stated)}"
        # No symbol known: the ISO code or currency name follows the figure.
    if q.qualifier == "range" or q.stated is None:
        label = plural(unit) if kind == "count" else unit
        return _range_text(q, format_number, f" {label}" if label else "")
    if kind == "count":
        label = unit if q.stated == 1 else plural(unit)
    else:
        label = unit
    return f"{prefix}{format_number(q.stated)}{' ' + label if label else ''}"


def _month_end(d: dt.date) -> dt.date:
    following = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def format_date_value(v: DateValue) -> str:
    """A date interval at the precision it was stated with."""
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
    return f"{start.isoformat()}{_RANGE}{end.isoformat()}"


def format_value(value: Value, kind: Kind) -> str:
    """The normalised value as a reader would say it: "about 100,000 troops", "7 h"."""
    if isinstance(value, DateValue):
        return format_date_value(value)
    return _format_quantity(value, kind)
