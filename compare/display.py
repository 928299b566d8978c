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
and the report language's words and rules (``lang/en/display.toml``: qualifier
words, phrases, scale, month and duration names, currency symbols, the plural,
participle and ordinal rules).
Dates and clock times are formatted here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType
from typing import Any

from compare.kinds import kind_info
from compare.lang import Lexicon, Rules, lexicon, rewrite, rewrite_rules
from compare.model import DEFAULT_LANGUAGE, QUALIFIERS, DateValue, Fact, Kind, Quantity, Value

__all__ = [
    "DASH",
    "clock_text",
    "date_phrase",
    "day_month",
    "duration",
    "format_date_value",
    "format_number",
    "format_value",
    "month_name",
    "number",
    "ordinal",
    "participle",
    "plural",
    "quantity_phrase",
    "short_day",
    "value_phrase",
]

DASH = "\u2013"  # en dash, for ranges
_RANGE = f" {DASH} "

# The unit names a percentage and a duration in seconds may arrive with (the
# extractors' canonical units, and the names a hand-written value may use).
_PERCENT_UNITS = {"%", "percent", "per cent", "pct"}
_SECOND_UNITS = {"s", "sec", "second", "seconds"}

# The calendar units a duration reads in and their lengths in seconds; their
# names are display.toml [durations].  Extractors count a year as 365 or
# 365.25 days, a month as 30 or 30.44.
_DAY = 86400
_CELL_UNITS = (
    (365.25 * _DAY, "year"),
    (365 * _DAY, "year"),
    (30.44 * _DAY, "month"),
    (30 * _DAY, "month"),
    (7 * _DAY, "week"),
    (_DAY, "day"),
    (3600, "hour"),
    (60, "minute"),
)
# A sentence's month is the lexicon's (30.44 days, measures.toml): "five months" reads "5 months", not
# "3652.4 hours"; "60 days" (1.97 of them) stays "60 days".
_SENTENCE_UNITS = (
    (31556952, "year"), (2629746, "month"), (604800, "week"), (_DAY, "day"), (3600, "hour"), (60, "minute"),
)  # fmt: skip
_DURATION_KEYS = {"cells": ("year", "month", "week", "day", "hour", "minute", "second"),
                  "sentences": ("year", "month", "week", "day", "hour", "minute", "second")}  # fmt: skip

# display.toml [phrases]: each phrase and how many figures it takes ("{}").
_PHRASES = {
    "at_least": 1,
    "at_most": 1,
    "unbounded": 0,
    "unknown_duration": 0,
    "unresolved_date": 0,
    "on_or_before": 1,
    "on_or_after": 1,
    "month": 2,
    "day_month": 2,
    "short_day": 2,
    "decade": 1,
    "century": 1,
    "range": 2,
    "unknown_amount": 0,
    "an_unresolved_date": 0,
    "percentage_points": 1,
    "basis_points": 1,
    "times": 1,
    "aged": 1,
    "as_written": 2,
    "two_parts": 2,
    "three_parts": 3,
    "utc": 0,
    "local_time": 0,
    "zone_not_stated": 0,
}


@dataclass(frozen=True)
class _Wording:
    """The report's own words and rules (``display.toml`` of the report's language)."""

    irregular_plurals: Mapping[str, str]
    uncountable: frozenset[str]
    plural_rules: Rules
    participles: Mapping[str, str]
    participle_rules: Rules
    qualifiers: Mapping[str, str]  # qualifier -> "about {}"
    scales: tuple[tuple[float, str], ...]  # (1e9, "billion"), largest first
    phrases: Mapping[str, str]
    months: tuple[str, ...]
    short_months: tuple[str, ...]
    ordinal_rules: Rules
    cell_units: Mapping[str, tuple[str, str]]  # unit -> (singular, plural)
    sentence_units: Mapping[str, tuple[str, str]]
    currency: Mapping[str, str]  # code -> symbol written before the figure


def _word_pairs(table: Any, where: str) -> Mapping[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise ValueError(f"display.toml {where}: expected word = \"word\" pairs")
    return MappingProxyType(dict(table))


def _templates(table: Any, where: str, figures: Mapping[str, int]) -> Mapping[str, str]:
    """Phrases with a "{}" for each figure they take; exactly the keys of ``figures`` when it is total."""
    if not isinstance(table, dict) or not set(table) <= set(figures):
        raise ValueError(f"display.toml {where}: expected only the keys {', '.join(figures)}")
    for key, text in table.items():
        if not isinstance(text, str):
            raise ValueError(f"display.toml {where} {key}: expected a phrase")
        fields = [f for _, f, _, _ in Formatter().parse(text) if f is not None]
        if fields != [""] * figures[key]:
            raise ValueError(f"display.toml {where} {key}: expected a phrase with {figures[key]} \"{{}}\"")
    return MappingProxyType(dict(table))


def _units(table: Any, where: str, keys: tuple[str, ...]) -> Mapping[str, tuple[str, str]]:
    ok = isinstance(table, dict) and set(table) == set(keys)
    if not ok or not all(isinstance(v, list) and len(v) == 2 and all(isinstance(w, str) and w for w in v)
                         for v in table.values()):  # fmt: skip
        raise ValueError(f"display.toml {where}: expected {', '.join(keys)} = [singular, plural]")
    return MappingProxyType({key: (value[0], value[1]) for key, value in table.items()})


def _wording(lex: Lexicon) -> _Wording:
    data = lex.display
    plurals = data.get("plurals", {})
    uncountable = plurals.get("uncountable", [])
    if not isinstance(uncountable, list) or not all(isinstance(w, str) for w in uncountable):
        raise ValueError("display.toml [plurals]: uncountable must be a list of words")
    participles = dict(data.get("participles", {}))
    regular = participles.pop("regular", {})
    scales = data.get("numbers", {}).get("scales", [])
    if not all(isinstance(x, list) and len(x) == 2 and isinstance(x[1], str) for x in scales):
        raise ValueError("display.toml [numbers] scales: expected [[size, word], ...], largest first")
    phrases = _templates(data.get("phrases", {}), "[phrases]", _PHRASES)
    if set(phrases) != set(_PHRASES):
        raise ValueError(f"display.toml [phrases]: expected the keys {', '.join(_PHRASES)}")
    months = {key: data.get("months", {}).get(key, []) for key in ("names", "short")}
    for key, names in months.items():
        twelve = isinstance(names, list) and len(names) == 12
        if not (twelve and all(isinstance(m, str) and m for m in names)):
            raise ValueError(f"display.toml [months] {key}: expected the twelve months, January first")
    durations = data.get("durations", {})
    cells, sentences = _DURATION_KEYS["cells"], _DURATION_KEYS["sentences"]
    return _Wording(
        irregular_plurals=_word_pairs(plurals.get("irregular", {}), "[plurals.irregular]"),
        uncountable=frozenset(uncountable),
        plural_rules=rewrite_rules(plurals.get("rules"), "display.toml [plurals] rules", re.IGNORECASE),
        participles=_word_pairs(participles, "[participles]"),
        participle_rules=rewrite_rules(regular.get("rules"), "display.toml [participles.regular] rules"),
        qualifiers=_templates(
            data.get("qualifiers", {}), "[qualifiers]", dict.fromkeys(QUALIFIERS, 1)
        ),
        scales=tuple((float(size), word) for size, word in scales),
        phrases=phrases,
        months=tuple(months["names"]),
        short_months=tuple(months["short"]),
        ordinal_rules=rewrite_rules(data.get("ordinals", {}).get("rules"), "display.toml [ordinals] rules"),
        cell_units=_units(durations.get("cells"), "[durations.cells]", cells),
        sentence_units=_units(durations.get("sentences"), "[durations.sentences]", sentences),
        currency=_word_pairs(data.get("currency", {}), "[currency]"),
    )


# The report is written in English, whatever the articles' languages.
REPORT_LANGUAGE = DEFAULT_LANGUAGE
_WORDS = _wording(lexicon(REPORT_LANGUAGE))
_PHRASE = _WORDS.phrases


def _qualified(qualifier: str, text: str) -> str:
    """``text`` after the words of its qualifier ("about 100,000"); an exact figure or a range as it is."""
    template = _WORDS.qualifiers.get(qualifier)
    return text if template is None else template.format(text)


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
    made = rewrite(last, _WORDS.plural_rules)
    return noun if made is None else prefix + made


def format_number(x: float) -> str:
    """Group digits and name large round numbers: 100000 → "100,000", 2.5e9 → "2.5 billion"."""
    if not math.isfinite(x):
        return "∞" if x > 0 else "−∞"
    sign = "-" if x < 0 else ""
    x = abs(x)
    for scale, word in _WORDS.scales:
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


def _duration_unit(seconds: float) -> tuple[float, str]:
    """The largest unit in which the figure is whole or a half: 25200 → (3600, "hour")."""
    s = abs(seconds)
    for size, name in _CELL_UNITS:
        if s >= size and abs(s * 2 / size - round(s * 2 / size)) < 1e-3:
            return size, name
    # Not a round number of any unit: the largest unit it exceeds, with decimals.
    for size, name in _CELL_UNITS:
        if s >= size:
            return size, name
    return 1, "second"


def _format_duration(q: Quantity) -> str:
    bounds = [b for b in (q.stated, q.low, q.high) if b is not None and math.isfinite(b)]
    if not bounds:
        return _PHRASE["unknown_duration"]
    # One unit for both ends of a range, chosen from its larger end.
    divisor, unit = _duration_unit(max(bounds, key=abs))
    one, many = _WORDS.cell_units[unit]
    if q.qualifier == "range" or q.stated is None:
        return _range_text(q, lambda v: format_number(round(v / divisor, 2)), f" {many}")
    amount = q.stated / divisor
    return _qualified(q.qualifier, f"{format_number(round(amount, 2))} {one if amount == 1 else many}")


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
        return _PHRASE["at_least"].format(f"{number(low)}{suffix}")
    if high_ok:
        assert high is not None
        return _PHRASE["at_most"].format(f"{number(high)}{suffix}")
    return _PHRASE["unbounded"]


def _format_quantity(q: Quantity, kind: Kind) -> str:
    unit = q.unit.strip()
    reads = kind_info(kind).reads
    ranged = q.qualifier == "range" or q.stated is None
    if reads == "duration" or unit.lower() in _SECOND_UNITS:
        return _format_duration(q)
    if reads == "percent" or unit.lower() in _PERCENT_UNITS:
        if ranged:
            return _range_text(q, format_number, "%")
        assert q.stated is not None
        return _qualified(q.qualifier, f"{format_number(q.stated)}%")
    if reads == "multiple":
        # "6.5× earnings", "3×": the unit is "×" and the base as written.
        base = unit[1:].strip() if unit.startswith("×") else unit
        tail = f" {base}" if base else ""
        if ranged:
            return _range_text(q, format_number, "×") + tail
        assert q.stated is not None
        return _qualified(q.qualifier, f"{format_number(q.stated)}×{tail}")
    if reads == "currency":
        symbol = _WORDS.currency.get(unit.upper() if len(unit) == 3 else unit)
        if symbol is not None:
            if ranged:
                return _range_text(q, lambda v: f"{symbol}{format_number(v)}", "")
            assert q.stated is not None
            return _qualified(q.qualifier, f"{symbol}{format_number(q.stated)}")
        # No symbol known: the ISO code or currency name follows the figure.
    if ranged:
        label = plural(unit) if reads == "counted" else unit
        return _range_text(q, format_number, f" {label}" if label else "")
    assert q.stated is not None
    if reads == "counted":
        label = unit if q.stated == 1 else plural(unit)
    else:
        label = unit
    return _qualified(q.qualifier, f"{format_number(q.stated)}{' ' + label if label else ''}")


def _month_end(d: dt.date) -> dt.date:
    following = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def month_name(d: dt.date) -> str:
    """The name of ``d``'s month in the report's language: "January"."""
    return _WORDS.months[d.month - 1]


def day_month(d: dt.date) -> str:
    """A day of a year the sentence names elsewhere: "3 August"."""
    return _PHRASE["day_month"].format(d.day, month_name(d))


def short_day(d: dt.date) -> str:
    """A day as a time axis labels it: "03 Aug"."""
    return _PHRASE["short_day"].format(f"{d.day:02d}", _WORDS.short_months[d.month - 1])


def ordinal(n: int) -> str:
    """An ordinal number in digits: 20 → "20th", 21 → "21st"."""
    digits = str(n)
    return rewrite(digits, _WORDS.ordinal_rules) or digits


def clock_text(v: DateValue) -> str:
    """A clock time as a reader checks it: "07:00 UTC", "10:15 local time", "20:00 (zone not stated)"."""
    assert v.time is not None
    named = {"UTC": _PHRASE["utc"], "local": _PHRASE["local_time"]}
    zone = named.get(v.zone or "", _PHRASE["zone_not_stated"])
    return f"{v.time.strftime('%H:%M')} {zone}"


def format_date_value(v: DateValue) -> str:
    """A date interval at the precision it was stated with; a clock time with its zone."""
    if v.time is not None:
        return f"{v.start.isoformat()} {clock_text(v)}" if v.start is not None else clock_text(v)
    start, end = v.start, v.end
    if start is None and end is None:
        return _PHRASE["unresolved_date"]
    if start is None:
        assert end is not None
        return _PHRASE["on_or_before"].format(end.isoformat())
    if end is None:
        return _PHRASE["on_or_after"].format(start.isoformat())
    if start == end:
        return start.isoformat()
    whole_month = start.day == 1 and end == _month_end(start)
    whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if v.granularity == "month" and whole_month:
        return _PHRASE["month"].format(month_name(start), start.year)
    if v.granularity == "year" and whole_year and start.year == end.year:
        return str(start.year)
    decade = start.year % 10 == 0 and end.year == start.year + 9
    if v.granularity == "decade" and whole_year and decade:
        return _PHRASE["decade"].format(start.year)
    if v.granularity == "century" and whole_year and start.year % 100 == 0 and end.year == start.year + 99:
        return _PHRASE["century"].format(ordinal(start.year // 100 + 1))
    return f"{start.isoformat()}{_RANGE}{end.isoformat()}"


def format_value(value: Value, kind: Kind) -> str:
    """The normalised value as a reader would say it: "about 100,000 troops", "7 h"."""
    if isinstance(value, DateValue):
        return format_date_value(value)
    return _format_quantity(value, kind)


# Sentences: what an explanation says.

number = format_number


def duration(seconds: float) -> str:
    """A duration in seconds spelled out: 7200 → "2 hours", 5400 → "1.5 hours", 8024 → "2 hours,
    13 minutes and 44 seconds".

    Days and longer read in quarters of their unit ("2.5 weeks", "53 days"); hours and minutes in
    halves.  A duration under a day that is no half of its unit is spelled out in whole hours,
    minutes and seconds, as "2:13:44" or "11 hours and 23 minutes" is written: rounded, a marathon's
    "2:00:35" read "2 hours" and two durations that differ read alike in a sentence that says they
    differ.
    """
    units = _WORDS.sentence_units
    for size, unit in _SENTENCE_UNITS:
        if seconds < size:
            continue
        parts = 4 if size >= _DAY else 2
        if (seconds / size) * parts == int((seconds / size) * parts):
            n = seconds / size
            one, many = units[unit]
            return f"{n:g} {one if n == 1 else many}"
        if size < _DAY:
            break  # under a day, the first unit it reaches decides
    spelt = _spelt_out(seconds) if seconds < _DAY else None
    if spelt is not None:
        return spelt
    if seconds >= 3600:
        # One decimal, as a reader writes hours: 3,601.5 s is "1 hour", not "1.0 hours".
        written, unit = f"{seconds / 3600:.1f}".removesuffix(".0"), "hour"
    elif seconds >= 60:
        written, unit = f"{seconds / 60:.0f}", "minute"
    else:
        written, unit = f"{seconds:g}", "second"
    one, many = units[unit]
    # "1 second", "1 minute" (61.5 s rounds to 1): the number as written decides.
    return f"{written} {one if written == '1' else many}"


def _spelt_out(seconds: float) -> str | None:
    """A whole number of seconds of at least a minute in hours, minutes and seconds ("1 hour and 1
    second", "33 minutes and 15 seconds"); None for a fraction of a second."""
    whole = round(seconds)
    if whole < 60 or abs(seconds - whole) > 1e-6 * max(1.0, seconds):
        return None
    units = _WORDS.sentence_units
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    named = [
        f"{n} {units[unit][0] if n == 1 else units[unit][1]}"
        for n, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if n
    ]
    if len(named) == 1:
        return named[0]
    return _PHRASE["two_parts" if len(named) == 2 else "three_parts"].format(*named)


def participle(stem: str) -> str:
    """ "deploy" → "deployed"; stems are cut before a final "e", so "conclud" → "concluded"."""
    irregular = _WORDS.participles.get(stem)
    if irregular is not None:
        return irregular
    return rewrite(stem, _WORDS.participle_rules) or stem


def _amount(q: Quantity, x: float) -> str:
    if q.unit == "s":
        return duration(x)
    if q.unit == "%":
        return f"{number(x)}%"
    if q.unit == "pp":
        return _PHRASE["percentage_points"].format(number(x))
    if q.unit == "bp":
        return _PHRASE["basis_points"].format(number(x))
    if q.unit.startswith("×"):
        # "four times larger": the figure and what it multiplies, as written ("6.5 times earnings")
        base = q.unit[1:].strip()
        return _PHRASE["times"].format(number(x)) + (f" {base}" if base else "")
    if len(q.unit) == 3 and q.unit.isupper():
        symbol = _WORDS.currency.get(q.unit)
        return f"{symbol}{number(x)}" if symbol else f"{number(x)} {q.unit}"
    return number(x)


# Units whose figure a sentence says with its own words (``_amount``), never with the unit after it.
_SENTENCE_UNITLESS = frozenset({"s", "%", "pp", "bp"})


def quantity_phrase(q: Quantity, *, with_unit: bool = False) -> str:
    """ "about 100,000", "more than $2.5 billion", "9 to 10", "2 hours"."""
    if q.stated is None:
        if q.low is not None and q.high is not None:
            text = _PHRASE["range"].format(_amount(q, q.low), _amount(q, q.high))
        elif q.low is not None:
            text = _PHRASE["at_least"].format(_amount(q, q.low))
        elif q.high is not None:
            text = _PHRASE["at_most"].format(_amount(q, q.high))
        else:
            text = _PHRASE["unknown_amount"]
    else:
        text = _qualified(q.qualifier, _amount(q, q.stated))
    measure_unit = q.unit not in _SENTENCE_UNITLESS and not q.unit.startswith("×")
    measure_unit = measure_unit and not (len(q.unit) == 3 and q.unit.isupper())
    if with_unit and measure_unit:
        text += f" {q.unit}"
    return text


def date_phrase(v: DateValue) -> str:
    if v.time is not None:
        return format_date_value(v)
    if v.start is None or v.end is None:
        return _PHRASE["an_unresolved_date"]
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
    """A fact's value for a sentence: "about 100,000", "January 9-10 (2022-01-09 – 2022-01-10)",
    "aged 32", "dozens (24 to 99)".

    A date is quoted as written with its resolved form beside it; so is a figure written in words
    that name no number ("dozens", "hundreds of people", "several hundred"), whose reading a reader
    could not find in the article.  An age reads "aged 32", not "32 age".
    """
    v = fact.value
    written = " ".join(fact.text.split())
    if isinstance(v, DateValue):
        resolved = date_phrase(v)
        return written if resolved == written else _PHRASE["as_written"].format(written, resolved)
    if v.unit == "age":
        reading = _PHRASE["aged"].format(quantity_phrase(v))
    else:
        reading = quantity_phrase(v, with_unit=kind_info(fact.kind).reads == "unit")
    if v.stated is None and not any(c.isdigit() for c in written):
        return _PHRASE["as_written"].format(written, reading)
    return reading
