"""The words of dates in one language: ``dates.toml`` read into checked tables, once per lexicon.

``times`` builds its date patterns from them, ``resolve`` its tense markers and
``reporting`` its reporting-date cues, so a language's dates are a data file
(``compare/lang/<code>/dates.toml``), as its units and roles are.  The
grammar -- which forms a date takes, what is a range or an offset -- stays in
code; every word it reads is here.  A malformed table raises ``ValueError``
naming the file and the key when the lexicon's dates are first read.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal, cast, get_args

from compare.lang import Lexicon
from compare.model import Granularity
from compare.words import phrase_trie

Direction = Literal["past", "future"]
Part = Literal["early", "mid", "late"]
Relation = Literal["publication", "discourse"]
# The calendar units the date grammar counts in: the program's names, which each language's
# ``dates.toml`` maps its words to ("days", "fortnight", "fiscal year"), as ``Granularity``
# names a value's precision.  A date counted in a unit has that unit's precision, except the
# three below, which are counted in a finer one.
Unit = Literal["day", "weekend", "week", "fortnight", "month", "quarter", "year", "decade"]
_IN_FINER = {"weekend": "day", "fortnight": "week", "quarter": "month"}
UNIT_GRANULARITY: Mapping[str, Granularity] = MappingProxyType(
    {unit: cast(Granularity, _IN_FINER.get(unit, unit)) for unit in get_args(Unit)}
)

_DIRECTIONS: tuple[str, ...] = get_args(Direction)
_PARTS: tuple[str, ...] = get_args(Part)
_RELATIONS: tuple[str, ...] = get_args(Relation)
_MERIDIEMS = ("am", "pm", "night")
# What each table's words may stand for: an amount counts whole units ("two days", "a
# fortnight"); "next <period>" names one of the publication's periods; "the same <unit>"
# also a quarter or the last date's own period.
_COUNTED: tuple[str, ...] = tuple(u for u in get_args(Unit) if u not in ("weekend", "quarter"))
_PERIODS: tuple[str, ...] = ("week", "weekend", "month", "year")
_DISCOURSE_UNITS: tuple[str, ...] = (*_COUNTED, "quarter", "period")


def phrases(words: Iterable[str], space: str = r"\s+") -> str:
    """An alternation of ``words`` (longest first, escaped), a space in a phrase matching ``space``.

    Longest first: where one phrase begins another ("a", "a few"), the longer
    is tried first, as a reader takes the whole phrase.  Written factored by
    prefix (``words.phrase_trie``): the same matches as the flat alternation,
    which the engine tried phrase by phrase at every position it reached.
    """
    return phrase_trie(words, space)


def normal(text: str) -> str:
    """A phrase as the tables key it: lower case, single spaces."""
    return " ".join(text.lower().split())


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n`` = -1: the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int, *, orthodox: bool = False) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar: the Western computus, or the Orthodox one.

    Western: the anonymous Gregorian algorithm (Meeus/Jones/Butcher).  Orthodox:
    Meeus's Julian algorithm, then the Julian date as a Gregorian one (13 days
    later from 1900 to 2099).
    """
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        century = year // 100
        return dt.date(year, month, day + 1) + dt.timedelta(days=century - century // 4 - 2)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@dataclass(frozen=True)
class MovableDay:
    """A holiday whose day moves with the year (``dates.toml [movable_holidays]``).

    ``days`` after Easter Sunday (``easter``: "western" or "orthodox"), or
    after the ``nth`` ``weekday`` (0 = Monday) of ``month`` (``nth`` = -1:
    the last): Good Friday is two days before Easter, Thanksgiving the
    fourth Thursday of November.
    """

    days: int = 0
    easter: Literal["western", "orthodox"] | None = None
    month: int = 1
    weekday: int = 0
    nth: int = 1

    def on(self, year: int) -> dt.date:
        """The holiday's day in ``year``."""
        if self.easter is not None:
            base = easter_sunday(year, orthodox=self.easter == "orthodox")
        else:
            base = nth_weekday(year, self.month, self.weekday, self.nth)
        return base + dt.timedelta(days=self.days)


@dataclass(frozen=True, eq=False)
class DateWords:
    """Every word the date grammar reads, in one language (see ``dates.toml`` for each table)."""

    code: str
    month_names: tuple[str, ...]  # as written, January first
    month_abbreviations: Mapping[str, int]  # as written
    months: Mapping[str, int]  # lower case name or abbreviation -> 1..12
    month_cues: tuple[str, ...]
    weekday_names: tuple[str, ...]  # as written, Monday first
    weekdays: Mapping[str, int]  # lower case -> 0..6
    weekday_leads: tuple[str, ...]
    weekday_prepositions: tuple[str, ...]
    habits: tuple[str, ...]
    named_days: tuple[str, ...]  # as written
    holidays: Mapping[str, tuple[int, int]]  # as written, straight apostrophes, single spaces
    movable_holidays: Mapping[str, MovableDay]  # keyed as ``holidays``
    holiday_names: tuple[str, ...]  # of both tables
    holiday_lone: frozenset[str]  # names read only after a preposition and before no word
    holiday_prepositions: tuple[str, ...]
    weekend_word: str
    weekend_prepositions: tuple[str, ...]
    weekend_not_before: tuple[str, ...]
    directions: Mapping[str, Direction]
    article: str
    of: str
    ordinal_suffixes: tuple[str, ...]
    percent: tuple[str, ...]
    parts: Mapping[str, Part]
    year_word: str
    year_parts: Mapping[str, tuple[int, int]]
    seasons: Mapping[str, tuple[int, int]]
    season_leads: tuple[str, ...]
    article_seasons: tuple[str, ...]
    season_prepositions: tuple[str, ...]
    quarter_word: str
    quarter_letter: str
    quarter_ordinals: Mapping[str, int]
    quarter_shifts: Mapping[str, int]
    business: tuple[str, ...]
    half_word: str
    half_letter: str
    half_ordinals: Mapping[str, int]
    centuries: Mapping[str, int]
    century_word: str
    amounts: Mapping[str, int]
    vague_amounts: tuple[str, ...]
    units: Mapping[str, str]
    after: Mapping[str, tuple[Relation, int]]
    days: Mapping[str, int]
    shifts: Mapping[str, int]
    periods: Mapping[str, str]
    possessed: tuple[str, ...]
    period_of: tuple[str, ...]
    comparisons: tuple[str, ...]
    discourse: Mapping[str, int]
    in_the_day: tuple[str, ...]
    day_verbs: tuple[str, ...]
    discourse_units: Mapping[str, str]
    discourse_after: Mapping[str, int]
    hours: tuple[str, ...]
    clock_words: Mapping[str, int]
    day_parts: Mapping[str, str]
    meridiems: Mapping[str, int]  # "am", "pm" (letters only, lower case) -> hours added
    meridiem_pattern: str  # a.m./p.m. as written, with or without full stops
    oclock: str
    hours_words: tuple[str, ...]
    local: tuple[str, ...]
    clock_lead_ins: tuple[str, ...]
    day_then_clock: tuple[str, ...]
    clock_then_day: tuple[str, ...]
    hhmm_lead_ins: tuple[str, ...]
    ranges: Mapping[str, tuple[str, ...]]
    span_units: Mapping[str, int]  # "quarter" -> 3 (months)
    span_ending: tuple[str, ...]
    span_edges: Mapping[str, str]  # "first" / "last"
    span_week: str  # "the week of April 10", "the last week of March"
    year_before_words: frozenset[str]
    # [fiscal]: the words before and after a year of accounts, its letters ("FY"), and the
    # (years from the named year, month) its interval opens and closes with.
    fiscal_before: tuple[str, ...]
    fiscal_after: tuple[str, ...]
    fiscal_letters: str
    fiscal_first: tuple[int, int]
    fiscal_last: tuple[int, int]
    year_counted: frozenset[str]
    year_unit_modifiers: tuple[str, ...]
    short_year_cues: tuple[str, ...]
    decade_not_near: tuple[str, ...]
    future: tuple[str, ...]
    past: tuple[str, ...]
    regular_ending: str
    regular_stem: int
    progressive: tuple[str, ...]
    progressive_ending: str
    present_auxiliaries: tuple[str, ...]
    past_perfect: tuple[str, ...]
    past_progressive: tuple[str, ...]
    compared_tense: tuple[str, ...]
    infinitive: str
    present_perfect: tuple[str, ...]
    clause_words: tuple[str, ...]
    onward: tuple[str, ...]
    since: tuple[str, ...]
    starting: tuple[str, ...]
    planned: tuple[str, ...]
    reporting: tuple[str, ...]
    adjectival: tuple[str, ...]
    report_lead_ins: tuple[str, ...]
    report_between: tuple[str, ...]
    report_saying: tuple[str, ...]
    report_saying_prepositions: tuple[str, ...]
    report_nouns: tuple[str, ...]
    report_number_of: str
    report_auxiliaries: tuple[str, ...]
    report_verbs: tuple[str, ...]
    ref_present: tuple[str, ...]
    ref_past: tuple[str, ...]
    ref_future: tuple[str, ...]
    ref_not_after: tuple[str, ...]
    ref_earlier_report: tuple[str, ...]
    ref_earlier_report_only: tuple[str, ...]
    ref_compared: tuple[str, ...]
    ref_according: tuple[str, ...]
    ref_report_words: tuple[str, ...]
    ref_earlier_value: tuple[str, ...]


class _Reader:
    """Typed access to the tables of one ``dates.toml``, naming the key in every error."""

    def __init__(self, data: Mapping[str, Any], code: str) -> None:
        self.data = data
        self.where = f"compare/lang/{code}/dates.toml"

    def _get(self, section: str, key: str) -> Any:
        table = self.data.get(section)
        if not isinstance(table, dict) or key not in table:
            raise ValueError(f"{self.where}: [{section}] has no {key!r}")
        return table[key]

    def _fail(self, section: str, key: str, expected: str) -> ValueError:
        return ValueError(f"{self.where}: [{section}] {key}: expected {expected}")

    def text(self, section: str, key: str) -> str:
        value = self._get(section, key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(section, key, "a non-empty string")
        return " ".join(value.split())

    def strings(self, section: str, key: str, *, lower: bool = True) -> tuple[str, ...]:
        value = self._get(section, key)
        if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
            raise self._fail(section, key, "a list of non-empty strings")
        return tuple(normal(x) if lower else " ".join(x.split()) for x in value)

    def integer(self, section: str, key: str, low: int, high: int) -> int:
        value = self._get(section, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(section, key, f"an integer in {low}..{high}")
        return value

    def year_month(self, section: str, key: str) -> tuple[int, int]:
        value = self._get(section, key)
        if not (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
            and -2 <= value[0] <= 2
            and 1 <= value[1] <= 12
        ):
            raise self._fail(section, key, "[years from the named year (-2..2), month (1..12)]")
        return (value[0], value[1])

    def table(self, section: str, key: str | None = None) -> dict[str, Any]:
        value = self.data.get(section) if key is None else self._get(section, key)
        if not isinstance(value, dict) or not value:
            raise ValueError(f"{self.where}: [{section}{'.' + key if key else ''}] must be a non-empty table")
        return value

    def numbers(self, section: str, key: str | None = None, low: int = -99, high: int = 99) -> dict[str, int]:
        out: dict[str, int] = {}
        for name, value in self.table(section, key).items():
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise self._fail(section, f"{key + '.' if key else ''}{name}", f"an integer in {low}..{high}")
            out[normal(name)] = value
        return out

    def choices(self, section: str, key: str | None, allowed: tuple[str, ...]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in self.table(section, key).items():
            if value not in allowed:
                raise self._fail(section, f"{key + '.' if key else ''}{name}", f"one of {', '.join(allowed)}")
            out[normal(name)] = value
        return out

    def month_spans(self, section: str, key: str | None = None) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for name, value in self.table(section, key).items():
            if name in ("word", "leads", "article_seasons", "prepositions"):
                continue
            months = value if isinstance(value, list) else []
            if len(months) != 2 or not all(isinstance(m, int) and 1 <= m <= 12 for m in months):
                raise self._fail(section, name, "[first month, last month]")
            out[normal(name)] = (value[0], value[1])
        return out


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@functools.cache
def date_words(lex: Lexicon) -> DateWords:
    """The date words of ``lex`` (its ``dates.toml``), checked and built once per lexicon.

    Each step reads the tables of a few sections into the fields they fill.
    """
    r = _Reader(lex.dates, lex.code)
    return DateWords(
        code=lex.code,
        **_calendar_fields(r),
        **_period_fields(r),
        **_relative_fields(r),
        **_clock_fields(r),
        **_year_fields(r),
        **_tense_fields(r),
        **_reporting_fields(r),
    )


def _calendar_fields(r: _Reader) -> dict[str, Any]:
    """[months], [weekdays], [holidays], [directions], [grammar], [parts]."""
    month_names = r.strings("months", "names", lower=False)
    if len(month_names) != 12:
        raise ValueError(f"{r.where}: [months] names: expected 12 names")
    abbreviations = {" ".join(k.split()): v for k, v in r.table("months", "abbreviations").items()}
    months = {normal(n): i for i, n in enumerate(month_names, 1)}
    for name, number in r.numbers("months", "abbreviations", 1, 12).items():
        months.setdefault(name, number)
    weekday_names = r.strings("weekdays", "names", lower=False)
    if len(weekday_names) != 7:
        raise ValueError(f"{r.where}: [weekdays] names: expected 7 names")
    return {
        "month_names": month_names,
        "month_abbreviations": _frozen(abbreviations),
        "months": _frozen(months),
        "month_cues": r.strings("months", "cues"),
        "weekday_names": weekday_names,
        "weekdays": _frozen({normal(n): i for i, n in enumerate(weekday_names)}),
        "weekday_leads": r.strings("weekdays", "leads"),
        "weekday_prepositions": r.strings("weekdays", "prepositions"),
        "habits": r.strings("weekdays", "habits"),
        "named_days": r.strings("weekdays", "named_days", lower=False),
        **_holiday_fields(r),
        "weekend_word": r.text("weekdays", "weekend"),
        "weekend_prepositions": r.strings("weekdays", "weekend_prepositions"),
        "weekend_not_before": r.strings("weekdays", "weekend_not_before"),
        "directions": _frozen(r.choices("directions", None, _DIRECTIONS)),
        "article": r.text("grammar", "article"),
        "of": r.text("grammar", "of"),
        "ordinal_suffixes": r.strings("grammar", "ordinal_suffixes"),
        "percent": r.strings("grammar", "percent"),
        "parts": _frozen(r.choices("parts", None, _PARTS)),
    }


def _period_fields(r: _Reader) -> dict[str, Any]:
    """[year_parts], [seasons], [quarters], [halves], [centuries]."""
    return {
        "year_word": r.text("year_parts", "word"),
        "year_parts": _frozen(r.month_spans("year_parts", "months")),
        "seasons": _frozen(r.month_spans("seasons")),
        "season_leads": r.strings("seasons", "leads"),
        "article_seasons": _article_seasons(r),
        "season_prepositions": r.strings("seasons", "prepositions"),
        "quarter_word": r.text("quarters", "word"),
        "quarter_letter": r.text("quarters", "letter"),
        "quarter_ordinals": _frozen(r.numbers("quarters", "ordinals", 1, 4)),
        "quarter_shifts": _frozen(r.numbers("quarters", "shifts", -4, 4)),
        "business": r.strings("quarters", "business", lower=False),
        "half_word": r.text("halves", "word"),
        "half_letter": r.text("halves", "letter"),
        "half_ordinals": _frozen(r.numbers("halves", "ordinals", 1, 2)),
        "centuries": _frozen(r.numbers("centuries", "words", 1, 30)),
        "century_word": r.text("centuries", "word"),
    }


def _relative_fields(r: _Reader) -> dict[str, Any]:
    """[relative]: "two days later", "yesterday", "next week", "the same year"."""
    after: dict[str, tuple[Relation, int]] = {}
    for word, spec in r.table("relative", "after").items():
        if not (isinstance(spec, list) and len(spec) == 2 and spec[0] in _RELATIONS and spec[1] in (-1, 1)):
            expected = '["publication" or "discourse", -1 or 1]'
            raise ValueError(f"{r.where}: [relative] after.{word}: expected {expected}")
        after[normal(word)] = (spec[0], spec[1])
    return {
        "amounts": _frozen(r.numbers("relative", "amounts", 1, 99)),
        "vague_amounts": r.strings("relative", "vague_amounts"),
        "units": _frozen(r.choices("relative", "units", _COUNTED)),
        "after": _frozen(after),
        "days": _frozen(r.numbers("relative", "days", -7, 7)),
        "shifts": _frozen(r.numbers("relative", "shifts", -9, 9)),
        "periods": _frozen(r.choices("relative", "periods", _PERIODS)),
        "possessed": r.strings("relative", "possessed"),
        "period_of": r.strings("relative", "period_of"),
        "comparisons": r.strings("relative", "comparisons"),
        "discourse": _frozen(r.numbers("relative", "discourse", -9, 9)),
        "in_the_day": r.strings("relative", "in_the_day"),
        "day_verbs": r.strings("relative", "day_verbs"),
        "discourse_units": _frozen(r.choices("relative", "discourse_units", _DISCOURSE_UNITS)),
        "discourse_after": _frozen(r.numbers("relative", "discourse_after", -9, 9)),
    }


def _clock_fields(r: _Reader) -> dict[str, Any]:
    """[clock]: "ten o'clock", "noon", "9 in the morning", "local time"."""
    return {
        "hours": r.strings("clock", "hours"),
        "clock_words": _frozen(r.numbers("clock", "words", 0, 23)),
        "day_parts": _frozen(r.choices("clock", "day_parts", _MERIDIEMS)),
        **_meridiems(r),
        "oclock": r.text("clock", "oclock"),
        "hours_words": r.strings("clock", "hours_words"),
        "local": r.strings("clock", "local"),
        "clock_lead_ins": r.strings("clock", "lead_ins"),
        "day_then_clock": r.strings("clock", "day_then_clock"),
        "clock_then_day": r.strings("clock", "clock_then_day"),
        "hhmm_lead_ins": r.strings("clock", "hhmm_lead_ins"),
    }


def _meridiems(r: _Reader) -> dict[str, Any]:
    """a.m./p.m.: their hours, and the pattern of their written forms ("a.m.", "a.m", "a. m.", "am")."""
    hours = r.numbers("clock", "meridiems", 0, 12)
    forms = []
    for written in hours:
        letters = [c for c in written if c.isalpha()]
        if not letters or written != "".join(f"{c}." for c in letters):
            raise r._fail("clock", f"meridiems.{written}", "letters, each followed by a full stop")
        either = [f"[{c.lower()}{c.upper()}]" for c in letters]
        forms.append(r"\.\s?".join(either) + r"\.?")
        forms.append("".join(either))
    return {
        "meridiems": _frozen({k.replace(".", ""): v for k, v in hours.items()}),
        "meridiem_pattern": "(?:" + "|".join(forms) + ")(?![A-Za-z])",
    }


def _year_fields(r: _Reader) -> dict[str, Any]:
    """[ranges], [spans], [years], [decades]."""
    ranges = {name: r.strings("ranges", name) for name in r.table("ranges")}
    for needed in ("month_to_month", "day_to_day", "days_before_month", "year_to_year"):
        if needed not in ranges:
            raise ValueError(f"{r.where}: [ranges] has no {needed!r}")
    return {
        "ranges": _frozen(ranges),
        "span_units": _frozen(r.numbers("spans", "units", 1, 12)),
        "span_ending": r.strings("spans", "ending"),
        "span_edges": _frozen(r.choices("spans", "edges", ("first", "last"))),
        "span_week": r.text("spans", "week"),
        "year_before_words": frozenset(r.strings("years", "before_words")),
        "fiscal_before": r.strings("fiscal", "before"),
        "fiscal_after": r.strings("fiscal", "after"),
        "fiscal_letters": r.text("fiscal", "letters"),
        "fiscal_first": r.year_month("fiscal", "first"),
        "fiscal_last": r.year_month("fiscal", "last"),
        "year_counted": frozenset(r.strings("years", "counted")),
        "year_unit_modifiers": r.strings("years", "unit_modifiers"),
        "short_year_cues": r.strings("years", "short_cues"),
        "decade_not_near": r.strings("decades", "not_near"),
    }


def _tense_fields(r: _Reader) -> dict[str, Any]:
    """[tense]: the markers ``resolve`` reads the tense that places a date with."""
    return {
        "future": r.strings("tense", "future"),
        "past": r.strings("tense", "past"),
        "regular_ending": r.text("tense", "regular_ending"),
        "regular_stem": r.integer("tense", "regular_stem", 1, 20),
        "progressive": r.strings("tense", "progressive"),
        "progressive_ending": r.text("tense", "progressive_ending"),
        "present_auxiliaries": r.strings("tense", "present_auxiliaries"),
        "past_perfect": r.strings("tense", "past_perfect"),
        "past_progressive": r.strings("tense", "past_progressive"),
        "compared_tense": r.strings("tense", "compared"),
        "infinitive": r.text("tense", "infinitive"),
        "present_perfect": r.strings("tense", "present_perfect"),
        "clause_words": r.strings("tense", "clause_words"),
        "onward": r.strings("tense", "onward"),
        "since": r.strings("tense", "since"),
        "starting": r.strings("tense", "starting"),
        "planned": r.strings("tense", "planned"),
        "reporting": r.strings("tense", "reporting"),
        "adjectival": r.strings("tense", "adjectival"),
    }


def _reporting_fields(r: _Reader) -> dict[str, Any]:
    """[reporting], [reference]: the cues of when a figure was true (``reporting``, ``times_reference``)."""
    return {
        "report_lead_ins": r.strings("reporting", "lead_ins"),
        "report_between": r.strings("reporting", "between"),
        "report_saying": r.strings("reporting", "saying"),
        "report_saying_prepositions": r.strings("reporting", "saying_prepositions"),
        "report_nouns": r.strings("reporting", "nouns"),
        "report_number_of": r.text("reporting", "number_of"),
        "report_auxiliaries": r.strings("reporting", "auxiliaries"),
        "report_verbs": r.strings("reporting", "verbs"),
        "ref_present": r.strings("reference", "present"),
        "ref_past": r.strings("reference", "past"),
        "ref_future": r.strings("reference", "future"),
        "ref_not_after": r.strings("reference", "not_after"),
        "ref_earlier_report": r.strings("reference", "earlier_report"),
        "ref_earlier_report_only": r.strings("reference", "earlier_report_only"),
        "ref_compared": r.strings("reference", "compared"),
        "ref_according": r.strings("reference", "according"),
        "ref_report_words": r.strings("reference", "report_words"),
        "ref_earlier_value": r.strings("reference", "earlier_value"),
    }


def _holidays(r: _Reader) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for name, value in r.table("holidays").items():
        if not (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in value)
            and 1 <= value[0] <= 12
            and 1 <= value[1] <= (29 if value[0] == 2 else 30 if value[0] in (4, 6, 9, 11) else 31)
        ):
            raise r._fail("holidays", name, "[month, day] of a calendar day")
        out[holiday_key(name)] = (value[0], value[1])
    return out


def _holiday_fields(r: _Reader) -> dict[str, Any]:
    """[holidays], [movable_holidays] and [holiday_cues]."""
    fixed = _holidays(r)
    movable = _movable_holidays(r)
    both = sorted({*fixed} & {*movable})
    if both:
        raise r._fail("movable_holidays", both[0], "a name [holidays] does not give")
    lone = frozenset(holiday_key(n) for n in r.strings("holiday_cues", "lone", lower=False))
    unknown = sorted(lone - {*fixed, *movable})
    if unknown:
        raise r._fail("holiday_cues", "lone", f"names of the holiday tables (not {', '.join(unknown)})")
    return {
        "holidays": _frozen(fixed),
        "movable_holidays": _frozen(movable),
        "holiday_names": (*fixed, *movable),
        "holiday_lone": lone,
        "holiday_prepositions": r.strings("holiday_cues", "prepositions"),
    }


def _movable_holidays(r: _Reader) -> dict[str, MovableDay]:
    """{ easter = days }, { orthodox_easter = days } or { month, weekday, nth[, days] } per holiday."""
    out: dict[str, MovableDay] = {}
    for name, spec in r.table("movable_holidays").items():
        rule = _movable_day(spec) if isinstance(spec, dict) else None
        if rule is None:
            expected = "{ easter = days }, { orthodox_easter = days } or { month, weekday, nth[, days] }"
            raise r._fail("movable_holidays", name, expected)
        out[holiday_key(name)] = rule
    return out


def _movable_day(spec: dict[str, Any]) -> MovableDay | None:
    """The rule a ``[movable_holidays]`` entry states; None if it states none."""
    numbers = {k: v for k, v in spec.items() if isinstance(v, int) and not isinstance(v, bool)}
    if len(numbers) != len(spec):
        return None
    if len(spec) == 1 and set(spec) <= {"easter", "orthodox_easter"}:
        [(church, days)] = spec.items()
        if not -70 <= days <= 70:
            return None
        return MovableDay(days, "western" if church == "easter" else "orthodox")
    if not {"month", "weekday", "nth"} <= set(spec) <= {"month", "weekday", "nth", "days"}:
        return None
    month, weekday, nth, days = spec["month"], spec["weekday"], spec["nth"], spec.get("days", 0)
    if 1 <= month <= 12 and 0 <= weekday <= 6 and nth in (-1, 1, 2, 3, 4) and -7 <= days <= 7:
        return MovableDay(days, None, month, weekday, nth)
    return None


def holiday_key(written: str) -> str:
    """A holiday's name as the table keys it: straight apostrophes, single spaces, case kept."""
    return " ".join(written.replace("’", "'").split())


def _article_seasons(r: _Reader) -> tuple[str, ...]:
    names = r.strings("seasons", "article_seasons")
    unknown = [n for n in names if n not in r.table("seasons")]
    if unknown:
        raise r._fail("seasons", "article_seasons", f"seasons of the table (not {', '.join(unknown)})")
    return names
