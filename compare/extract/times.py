"""Temporal expressions as written: absolute, partial, relative, weekdays, decades.

``find_times`` returns ``TimeExpr`` records that say what the text states
("December 7", no year; "last Thursday"; "two days later") without resolving
them: anchoring to the publication date and to the discourse is
``compare.extract.resolve``'s job, because it needs the tense and the dates mentioned
before.  Durations ("for two hours", "90-minute") are quantities and live in
``quantities``, which shares the number grammar.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from compare.extract.date_words import (
    UNIT_GRANULARITY,
    DateWords,
    Direction,
    MovableDay,
    Relation,
    date_words,
    holiday_key,
    normal,
    nth_weekday,
    phrases,
)
from compare.extract.numbers import DASHES
from compare.lang import Lexicon, lexicon
from compare.model import Granularity
from compare.words import (
    digit_runs,
    fold_case,
    is_word_char,
    lowercase,
    morphology,
    starts_after,
    trie_pattern,
    whole_words,
    word_led,
)

_D = f"[{DASHES}]"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
# Between a day or month and its year: a space, or a comma with a space
# after it and perhaps one before ("June 24 , 2005": tokenised text such as
# ECB+ spaces punctuation off; read as "June 24, 2005", not as a day of
# the next year and a lone year).
_YEAR_GAP = r"(?:\s?,)?\s+"


@dataclass(frozen=True)
class Zone:
    """A time zone as written: a fixed offset, or standard/daylight offsets and a rule."""

    standard: int  # minutes east of UTC
    daylight: int | None = None
    rule: str | None = None  # "us" or "eu" (``lang.ZONE_RULES``)

    def offset(self, day: dt.date | None) -> int | None:
        """Minutes east of UTC on ``day``; None for a seasonal zone on an unknown day."""
        if self.rule is None or self.daylight is None:
            return self.standard
        if day is None:
            return None
        return self.daylight if _daylight_saving(self.rule, day) else self.standard


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    """The n-th Sunday of a month (n = -1: the last)."""
    return nth_weekday(year, month, 6, n)


def _daylight_saving(rule: str, day: dt.date) -> bool:
    if rule == "us":
        return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    return _nth_sunday(day.year, 3, -1) <= day < _nth_sunday(day.year, 10, -1)


@functools.cache
def zones(lex: Lexicon) -> Mapping[str, Zone]:
    """The time zones of a language (its ``zones.toml``) by name as written, built once per lexicon."""
    return {name: Zone(standard, daylight, rule) for name, (standard, daylight, rule) in lex.zones.items()}


def find_zone(name: str, table: Mapping[str, Zone]) -> Zone | None:
    """The zone a name as written stands for ("Eastern Time" is "Eastern time"); None if unknown."""
    return table.get(name) or table.get(re.sub(r" Time$", " time", name))


def zone_offset(name: str, day: dt.date | None, zone: Zone | None) -> int | None:
    """Minutes east of UTC of a zone as written ("CET", "UTC+2", "Moscow time") on ``day``.

    A numeric zone is read from its name; a named one is ``zone`` (``find_zone``
    in the document's language), None when the language names no such zone.
    """
    m = _NUMERIC_ZONE.fullmatch(name)
    if m:
        sign = -1 if m.group(1) in "-\u2212" else 1
        return sign * (int(m.group(2)) * 60 + int(m.group(3) or 0))
    return zone.offset(day) if zone is not None else None


_NUMERIC_ZONE = re.compile(r"(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d\d))?")


def _zone_pattern(table: Mapping[str, Zone]) -> str:
    names = sorted(table, key=len, reverse=True)
    written = [re.escape(n).replace(r"\ time", r"\ [Tt]ime") for n in names]
    return r"(?:(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d\d)?|" + "|".join(written) + ")"


def _clock_pattern(zone: str, w: DateWords) -> str:
    """The clock-time form with ``zone``, the pattern of one language's zone names.

    A clock time: "10:15", "8.30 pm", "8 a.m.", "0700 GMT", "1500 hours",
    "noon", "midnight", then a zone or "local time".  A bare hour ("8") is no
    time; an hour with a point ("8.30") is one only with a.m./p.m. or a zone;
    four digits only with a zone or "hours".  "3:1" (a ratio: one digit after
    the colon) and "1:23:45" (a race time) are no clock times.  "ten
    o'clock", "9 in the morning", "11 at night": the hour in words or digits,
    the half of the day in words.
    """
    hour_word = rf"(?i:{phrases(w.hours)})\b"
    day_part = rf"(?P<clock_{{}}>{phrases(w.day_parts)})\b"
    oclock = "".join(r"['’]\s?" if c == "'" else re.escape(c) for c in w.oclock)
    hours = "|".join(rf"{re.escape(h)}\b" for h in w.hours_words)
    # "2100 local time"; "at 2000 on Tuesday" (four digits between "at" and "on" and a weekday: no year).
    local = phrases(w.local)
    at, on = phrases(w.hhmm_lead_ins), phrases(w.clock_then_day)
    weekdays = "|".join(re.escape(d) for d in w.weekday_names)
    return rf"""(?P<clock>
    (?:(?<![\d:.,])(?P<clock_h>[01]?\d|2[0-3])(?P<clock_sep>[:.])(?P<clock_m>[0-5]\d)(?![\d]|[:.]\d)
        (?:\s?(?P<clock_ap>{w.meridiem_pattern}))?
      | (?<![\d:.,])(?P<clock_h12>1[0-2]|0?[1-9])\s?(?P<clock_ap12>{w.meridiem_pattern})
      | (?<![\d:.,])(?P<clock_hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s?(?:{hours}|{zone}\b|{local}\b))
      | (?<=\b(?i:{at})\s)(?P<clock_hhmm_day>(?:[01]\d|2[0-3])[0-5]\d)(?=\s{on}\s(?:{weekdays})\b)
      | (?P<clock_word>(?i:{phrases(w.clock_words)}))\b
      | (?<![\d:.,])(?P<clock_oc>1[0-2]|0?[1-9]|{hour_word})\s+(?i:{oclock})\b(?:\s+{day_part.format("part")})?
      | (?<![\d:.,])(?P<clock_hp>1[0-2]|0?[1-9])\s+{day_part.format("hpart")})
    (?:\s{phrases(w.hours_words)}\b)?
    (?:\s?(?P<clock_zone>{zone})\b|\s?\((?P<clock_pzone>{zone})\)|\s(?P<clock_local>{phrases(w.local)})\b)?)"""


def _forms(w: DateWords) -> tuple[tuple[str, str, str], ...]:
    """The forms of a date in the words of ``w``, each a named group (``lastgroup`` tells which matched).

    In the order the alternation tries them, with the classes of character
    each can start with: "0" a decimal digit, "a" a lower-case and "A" an
    upper-case ASCII letter ("(?i:...)" words can start with either).  Only
    the forms that can start with the character at hand are tried
    (``_pattern_at``): the same first match, since a form that cannot start
    there cannot match there.  The clock form comes first ("1500 GMT" is a
    time, not the year 1500) and is built with the zone names
    (``_forms_starting``).
    """
    p = _pieces(w)
    return (*_day_forms(p), *_month_forms(p), *_year_forms(p), *_word_forms(p))


@dataclass(frozen=True)
class _Pieces:
    """The sub-patterns the forms of a date share, built once from one language's words."""

    w: DateWords
    the: str
    of: str
    month_name: str  # full month names only
    month: str  # a full name or an abbreviation
    day: str
    weekday: str
    amount: str
    unit: str
    part: str
    word_parts: str  # "early", "mid", "late": the parts written as one word
    quarter: str
    half: str
    half_letter: str
    letter: str
    percent: str
    ranges: Mapping[str, str]
    month_gap: str  # between the two months of a range: "January-March", "July to September"
    century: str
    rel_one: str
    holiday: str


def _capitals(*names: Iterable[str]) -> tuple[str, ...]:
    """``names`` written in capitals, as datelines and headlines write them ("MARCH", "SEPT")."""
    return tuple(n.upper() for group in names for n in group if n.upper() != n)


def _pieces(w: DateWords) -> _Pieces:
    """The shared sub-patterns of ``w``'s date forms."""
    # Full month names, and abbreviations with or without a full stop.
    # Case-sensitive: "may" and "march" in lower case are a modal and a verb.
    # A name in capitals ("MARCH 13, 2013" in a dateline or a headline) is a
    # month only with a day or a year after it: "TO MARCH" in a capitalised
    # headline is the verb.
    month_name = phrases(w.month_names)
    return _Pieces(
        w=w,
        the=re.escape(w.article),
        of=re.escape(w.of),
        month_name=month_name,
        month=rf"(?:{month_name[3:-1]}|{phrases(w.month_abbreviations)}\.?|{phrases(_capitals(w.month_names, w.month_abbreviations))}\.?)",
        day=rf"(?:3[01]|[12]\d|0?[1-9]){phrases(w.ordinal_suffixes)}?",
        weekday=phrases(w.weekday_names),
        amount=(
            r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d+(?![\d,])|"
            + phrases((*w.amounts, *w.vague_amounts))[3:]
        ),
        unit=phrases(w.units),
        part=phrases(w.parts),
        word_parts=phrases(p for p in w.parts if " " not in p),
        quarter=re.escape(w.quarter_word),
        half=re.escape(w.half_word),
        half_letter=re.escape(w.half_letter),
        letter=re.escape(w.quarter_letter),
        percent=phrases(w.percent),
        ranges=MappingProxyType({name: phrases(words) for name, words in w.ranges.items()}),
        month_gap=rf"\s*(?:{_D}|\b{phrases(w.ranges['month_to_month'])}\b)\s*",
        century=phrases(w.centuries, rf"[\s{DASHES}]"),
        rel_one=phrases(w.days),
        holiday=_holiday_names(w),
    )


def _day_forms(p: _Pieces) -> tuple[tuple[str, str, str], ...]:
    """Forms of a day or a range of days: ISO, month and day either way round, holidays."""
    the, of, month, day = p.the, p.of, p.month, p.day
    percent, ranges, holiday = p.percent, p.ranges, p.holiday
    return (
        (
            "iso",
            rf"""(?P<iso>\b(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01])\b)""",
            "0",
        ),
        (
            "mdm",
            rf"""(?P<mdm>\b(?P<mdm_m1>{month})\s+(?P<mdm_d1>{day})\s*(?:{_D}|\b{ranges["month_to_month"]}\b)\s*
        (?P<mdm_m2>{month})\s+(?P<mdm_d2>{day})\b(?:{_YEAR_GAP}(?P<mdm_y>{_YEAR})\b)?)""",
            "A",
        ),
        (
            "mdd",
            rf"""(?P<mdd>\b(?P<mdd_m>{month})\s+(?P<mdd_d1>{day})\s*(?:{_D}|\s{ranges["day_to_day"]}\s)\s*
        (?P<mdd_d2>{day})\b(?:{_YEAR_GAP}(?P<mdd_y>{_YEAR})\b)?)""",
            "A",
        ),
        (
            "md",
            rf"""(?P<md>\b(?P<md_m>{month})\s+(?P<md_d>{day})\b(?![{DASHES}]?\d)(?!,\d)(?!\s*(?:%|{percent}))
        (?:{_YEAR_GAP}(?P<md_y>{_YEAR})\b)?)""",
            "A",
        ),
        (
            "ddm",
            rf"""(?P<ddm>(?<![$€£¥])(?<![$€£¥][ \u00a0])\b(?P<ddm_d1>{day})\s*(?:{_D}|\s{ranges["days_before_month"]}\s)\s*(?P<ddm_d2>{day})\s+
        (?:{of}\s+)?(?P<ddm_m>{month})(?:{_YEAR_GAP}(?P<ddm_y>{_YEAR})\b)?)""",
            "0",
        ),
        (
            "dm",
            rf"""(?P<dm>(?<![$€£¥])(?<![$€£¥][ \u00a0])\b(?:{the}\s+)?(?P<dm_d>{day})\s+(?:{of}\s+)?(?P<dm_m>{month})(?![a-z])(?:{_YEAR_GAP}(?P<dm_y>{_YEAR})\b)?)""",
            "a0",
        ),
        (
            # "Christmas Day", "New Year's Eve 2019", "the Fourth of July".
            "holiday",
            rf"""(?P<holiday>\b(?:(?i:{the})\s+)?(?P<holiday_n>{holiday})(?![\w'’])(?:{_YEAR_GAP}(?P<holiday_y>{_YEAR})\b)?)""",
            "aA",
        ),
    )


def _month_forms(p: _Pieces) -> tuple[tuple[str, str, str], ...]:
    """Forms of a month or a span of months: a part of a month, month and year, quarters, halves, seasons."""
    the, of, month, part = p.the, p.of, p.month, p.part
    quarter, half, half_letter, letter = p.quarter, p.half, p.half_letter, p.letter
    w = p.w
    return (
        (
            "partm",
            rf"""(?P<partm>\b(?P<partm_p>(?i:{part}))[\s{DASHES}]*(?P<partm_m>{month})(?![a-z])(?:{_YEAR_GAP}(?P<partm_y>{_YEAR})\b)?)""",
            "aA",
        ),
        (
            "my",
            rf"""(?P<my>\b(?P<my_m>{month})(?![a-z]){_YEAR_GAP}(?:{of}\s+)?(?P<my_y>{_YEAR})\b)""",
            "A",
        ),
        (
            # "January-March 2021", "the July-September quarter", "from June to August":
            # whole months (not "January to March 9": a range of days).
            "mm",
            rf"""(?P<mm>\b(?P<mm_m1>{month})(?![a-z]){p.month_gap}(?P<mm_m2>{month})(?![a-z])(?:{_YEAR_GAP}(?P<mm_y>{_YEAR})\b)?(?![\s{DASHES}]*\d))""",
            "A",
        ),
        (
            "qtr",
            rf"""(?P<qtr>\b(?:{the}\s+)?(?P<qtr_n>(?i:{phrases(w.quarter_ordinals)}))[\s{DASHES}]+{quarter}\b
        (?:\s+(?:{of}\s+)?(?P<qtr_y>{_YEAR})\b)?|\b{letter}(?P<qtr_q>[1-4])\s+(?:{of}\s+)?(?P<qtr_y2>{_YEAR})\b|\b(?P<qtr_y3>{_YEAR})\s+{letter}(?P<qtr_q2>[1-4])\b
        |\b{letter}(?P<qtr_q3>[1-4])\b(?![{DASHES}.,/]?\d)|\b(?P<qtr_q4>[1-4]){letter}(?P<qtr_y4>\d\d)\b(?![{DASHES}.,/]?\d))""",
            "aA0",
        ),
        (
            # Not "the first half of the year": a part of a year the text does
            # not name, read by tense ("yearpart").
            "half",
            rf"""(?P<half>\b(?:{the}\s+)?(?P<half_n>(?i:{phrases(w.half_ordinals)}))[\s{DASHES}]+{half}\b
        (?!\s+{of}\s+(?:{the}\s+)?{re.escape(w.year_word)}\b)(?:\s+(?:{of}\s+)?(?P<half_y>{_YEAR})\b)?|\b{half_letter}(?P<half_h>[12])\s+(?P<half_y2>{_YEAR})\b
        |\b(?P<half_y3>{_YEAR})\s+{half_letter}(?P<half_h2>[12])\b)""",
            "aA0",
        ),
        (
            "season",
            rf"""(?P<season>\b(?:(?P<season_rel>(?i:{phrases(w.season_leads)}))\s+
        |(?P<season_the>{the})\s+(?=(?i:{phrases(w.article_seasons)})\b))?(?P<season_s>(?i:{phrases(w.seasons)}))
        (?(season_rel)|(?(season_the)(?:\s+(?:{of}\s+)?(?P<season_y2>{_YEAR}))?|\s+(?:{of}\s+)?(?P<season_y>{_YEAR})))\b)""",
            "aA",
        ),
    )


def _year_forms(p: _Pieces) -> tuple[tuple[str, str, str], ...]:
    """Numeric dates, decades, years without their century, centuries, years and ranges of years."""
    the, part, word_parts, percent = p.the, p.part, p.word_parts, p.percent
    ranges, century, w = p.ranges, p.century, p.w
    return (
        (
            # "FY2024", "FY 24": a year of accounts written with its letters (``_fy``).
            "fy",
            rf"""(?P<fy>\b{re.escape(w.fiscal_letters)}[ \u00a0]?(?P<fy_y>{_YEAR}|\d\d)\b(?![{DASHES}.,/]?\d))""",
            "A",
        ),
        (
            "num",
            rf"""(?P<num>(?<![\d/.])\b(?P<num_a>[0-3]?\d)/(?P<num_b>[0-3]?\d)/(?P<num_y>{_YEAR}|\d\d)\b(?![/.]\d))""",
            "0",
        ),
        (
            "decade",
            rf"""(?P<decade>\b(?:{the}\s+)?(?P<decade_p>{word_parts}[\s{DASHES}]*)?(?P<decade_y>1[5-9]\d0|20[0-9]0)['’]?s\b)""",
            "a0",
        ),
        (
            # "the '90s", "mid-'80s", "the 70s" (``_sdecade`` says when without an apostrophe).
            "sdecade",
            rf"""(?P<sdecade>\b(?:(?P<sdecade_the>{the})\s+)?(?:(?P<sdecade_p>{word_parts})[\s{DASHES}]*)?(?P<sdecade_a>['’])?
        (?<![\d.,$€£#])(?P<sdecade_y>\d0)['’]?s\b)""",
            "a0",
        ),
        (
            # "since '82", "early '09": two digits after an apostrophe (``_syear`` says when).
            "syear",
            rf"""(?P<syear>(?:(?P<syear_p>{word_parts})[\s{DASHES}]*['’]|(?<=['’])(?<!\w['’]))
        (?P<syear_y>\d\d)\b(?![{DASHES}.,/:]?\d|\s*(?:%|{percent})))""",
            "a0",
        ),
        (
            "century",
            rf"""(?P<century>\b(?:{the}\s+)?(?P<century_n>(?<![\d.,])(?:1\d|2[01]|[1-9]){phrases(w.ordinal_suffixes)}
        |(?i:{century}))[\s{DASHES}]+(?i:{re.escape(w.century_word)})\b)""",
            "aA0",
        ),
        (
            "party",
            rf"""(?P<party>\b(?P<party_p>{part})[\s{DASHES}]*(?P<party_y>{_YEAR})\b)""",
            "a",
        ),
        (
            "yr",
            rf"""(?P<yr>\b(?P<yr_1>{_YEAR})\s*(?:{_D}|\s{ranges["year_to_year"]}\s)\s*(?P<yr_2>{_YEAR}|\d\d)\b(?![{DASHES}.,]?\d))""",
            "0",
        ),
        (
            "year",
            rf"""(?P<year>(?<![\d$€£¥.,#/{DASHES}])\b(?P<year_y>{_YEAR})\b(?![{DASHES}.,/]?\d)(?!\s*(?:%|{percent})))""",
            "0",
        ),
    )


def _word_forms(p: _Pieces) -> tuple[tuple[str, str, str], ...]:
    """Forms read from words around the publication or the last date: a bare month, weekdays, "yesterday", "two days later"."""
    the, of, month_name, weekday = p.the, p.of, p.month_name, p.weekday
    amount, unit, quarter, rel_one = p.amount, p.unit, p.quarter, p.rel_one
    w = p.w
    return (
        (
            "bm",
            rf"""(?P<bm>\b(?P<bm_cue>(?i:{phrases(w.month_cues)}))[\s{DASHES}]+(?P<bm_m>{month_name})\b(?![\s{DASHES}]+\d)
        (?!{_YEAR_GAP}(?:{of}\s+)?{_YEAR}\b)(?!{p.month_gap}{p.month}(?![a-z])(?:{_YEAR_GAP}{_YEAR}\b)?(?![\s{DASHES}]*\d)))""",
            "aA",
        ),
        (
            "wd",
            rf"""(?P<wd>\b(?:(?P<wd_rel>(?i:{phrases((*w.weekday_leads, *w.weekday_prepositions))}))\s+)?(?P<wd_d>{weekday})\b(?!s\b))""",
            "aA",
        ),
        (
            # "over the weekend" (``_wkend`` says after which words).
            "wkend",
            rf"""(?P<wkend>\b{the}\s+(?i:{re.escape(w.weekend_word)})\b(?!['’]s|\s+{phrases(w.weekend_not_before)}\b))""",
            "a",
        ),
        (
            "rel",
            rf"""(?P<rel>\b(?i:(?P<rel_one>{rel_one})\b
        |(?:(?P<rel_part>{p.word_parts})[\s{DASHES}]+)?(?P<rel_dir>{phrases(w.shifts)})\s+(?P<rel_unit>{phrases(w.periods)})\b
        (?!\s+{of}\s+(?:{phrases(w.period_of)}\b|{p.month}(?![a-z])|{_YEAR}\b)))
        (?!['’]s\s+{phrases(w.possessed)}))""",
            "aA",
        ),
        (
            # "last quarter", "this quarter": a quarter counted from the publication's
            # (only in business copy, as "the fourth quarter"; not "the last quarter of").
            "relq",
            rf"""(?P<relq>\b(?i:(?:{the}\s+)?(?P<relq_dir>{phrases(w.quarter_shifts)})\s+{quarter})\b(?!\s+{of}\b))""",
            "aA",
        ),
        (
            # "by the end of the year": the year around the publication, chosen by
            # tense as for a quarter without its year (not "the end of the year-long").
            "yearpart",
            rf"""(?P<yearpart>\b(?i:{the}\s+(?P<yearpart_p>{phrases(w.year_parts)})\s+{of}\s+
        (?:{the}\s+|(?P<yearpart_rel>{phrases(w.shifts)})\s+)?{re.escape(w.year_word)})\b(?![{DASHES}'’]))""",
            "aA",
        ),
        (
            # "by the end of the month", "the start of next month": a part of the month around the
            # publication (``_monthpart`` says when).
            "monthpart",
            rf"""(?P<monthpart>\b(?i:(?P<monthpart_p>{phrases(x for x in w.parts if _first(x) == normal(w.article))})\s+
        (?:{the}\s+|(?P<monthpart_rel>{phrases(w.shifts)})\s+){phrases(u for u, v in w.periods.items() if v == "month")})\b
        (?![{DASHES}'’]))""",
            "aA",
        ),
        (
            "ago",
            rf"""(?P<ago>\b(?i:(?P<ago_n>{amount})\s+(?P<ago_u>{unit})\s+(?P<ago_w>{phrases(w.after)})\b
        (?!\s+{phrases(w.comparisons)}\b)))""",
            "aA0",
        ),
        (
            "next",
            rf"""(?P<next>\b(?i:{the}\s+(?:(?P<next_w>{phrases(w.discourse)})\s+(?P<next_u>{phrases(w.discourse_units)})\b
        |(?P<next_u2>{phrases(u for u, v in w.discourse_units.items() if v != "period")})\s+
        (?P<next_w2>{phrases(w.discourse_after)})\b(?=\s*(?:[,.;:!?)]|$)))))""",
            "aA",
        ),
        (
            # "later in the day", "ended the day at 7,114" (``_theday`` says which verbs).
            "theday",
            rf"""(?P<theday>\b(?i:(?P<theday_p>{phrases(w.in_the_day)})|{the}\s+{phrases({p.split()[-1] for p in w.in_the_day})})\b(?!['’]s))""",
            "aA",
        ),
    )


def _holiday_names(w: DateWords) -> str:
    """The holidays' names as written, longest first, a space matching any run of it, an apostrophe either kind."""
    names = sorted(w.holiday_names, key=lambda n: (-len(n), n))
    return "(?:" + "|".join(r"\s+".join(re.escape(p).replace("'", "['’]") for p in n.split()) for n in names) + ")"


def _alternation(forms: tuple[tuple[str, str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(pattern for _, pattern, _ in forms), re.VERBOSE)


@functools.cache
def _all_forms(lex: Lexicon) -> tuple[tuple[str, str, str], ...]:
    """Every form of a date in ``lex``'s words, the clock form (with its zone names) first."""
    w = date_words(lex)
    return (("clock", _clock_pattern(_zone_pattern(zones(lex)), w), "0aA"), *_forms(w))


@functools.cache
def _forms_starting(lex: Lexicon, first: str) -> re.Pattern[str]:
    """The alternation of the forms that can start with a character of class ``first`` ("" : every form).

    Compiled on first use: each alternation costs 10-16 ms to compile, part
    of every process's start-up, and a text may need only one or two.
    """
    return _alternation(tuple(form for form in _all_forms(lex) if not first or first in form[2]))


@functools.cache
def _forms_named(lex: Lexicon, names: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of the forms ``names`` (in the order of ``_all_forms``), compiled on first use."""
    return _alternation(tuple(form for form in _all_forms(lex) if form[0] in names))


def time_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Every form of a date in one pattern, with the zone names of ``lex`` (compiled when asked for)."""
    return _forms_starting(lex, "")


def _pattern_at(text: str, position: int, lex: Lexicon) -> re.Pattern[str]:
    """The alternation of the forms that can start at ``text[position]``."""
    c = text[position]
    if "a" <= c <= "z":
        return _forms_starting(lex, "a")
    if "A" <= c <= "Z":
        return _forms_starting(lex, "A")
    if "0" <= c <= "9":
        return _forms_starting(lex, "0")
    # Other digits, and letters that match an ASCII one without regard to
    # case (the Kelvin sign, the long s): every form.
    return _forms_starting(lex, "")


@dataclass(frozen=True)
class TimeExpr:
    """A date as stated, before anchoring.

    ``year``/``month``/``day`` hold what the text gives (None where it is
    silent); ``end_*`` the end of a stated range.  ``weekday`` (0 = Monday)
    with ``direction`` for "last Thursday"; ``offset`` (amount, unit) and
    ``relation`` for relative expressions ("yesterday" = (-1, "day") from the
    publication; "two days later" = (2, "day") from the discourse).
    """

    start: int
    end: int
    granularity: Granularity
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    part: Literal["early", "mid", "late"] | None = None
    weekday: int | None = None
    direction: Direction | None = None
    offset: tuple[float, str] | None = None
    relation: Relation | None = None
    # A clock time: hour and minute as written (24-hour), and the zone as
    # written ("CET", "UTC+2", "Moscow time", "local time"); None if unstated.
    hour: int | None = None
    minute: int | None = None
    zone: str | None = None
    # The zone the name stands for in the document's language (None for a
    # numeric zone, "local time" or a name the language does not know).
    zone_rule: Zone | None = None
    # "the same month a year ago", "the same period last year": the unit of
    # the last date the text gave ("period": that date's own interval), moved
    # by ``offset`` (years).
    same: str | None = None
    # A year or decade written without its century ("'82", "the '90s"):
    # ``year`` holds its last two digits, the century is chosen around the
    # publication (``resolve``).
    short: bool = False
    # "over the weekend": the Saturday ``weekday`` names and the Sunday after it.
    weekend: bool = False
    # A holiday whose day moves with the year ("Good Friday", "Thanksgiving"):
    # its day in the year that is written or chosen by tense.
    movable: MovableDay | None = None
    # "the three months to September", "the first nine months of 2021": that many
    # months ending with the date's interval ("last") or opening it ("first").
    span: tuple[int, Literal["first", "last"]] | None = None
    # "the week of April 10" ("of": Monday to Sunday around the day), "the last week
    # of March" ("last": its last seven days), "the first week of 2015" ("first").
    week: Literal["first", "last", "of"] | None = None
    # "This morning, 41 years later": a count from the discourse set off after
    # another date names that date's time, and the date before it is no anchor
    # one can trust ("This morning" + 41 years is not it): left unresolved.
    apposed: bool = False
    # "Tuesday, March 7": the weekday written with a day of a month (the day is the date; the
    # weekday says no more, but the words are not those of "March 7").
    named_weekday: int | None = None
    # "the day before", "the following week" with no earlier date in the text: counted from the
    # publication (a count from the discourse that falls back on it when the text gave no date before).
    or_publication: bool = False


def _month(name: str, w: DateWords) -> int:
    return w.months[fold_case(name).rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


_PART_GAP = re.compile(rf"[\s{DASHES}]+")


def _part(text: str | None, w: DateWords) -> Literal["early", "mid", "late"] | None:
    """The part of a month or year a phrase names ("the end of" -> late), as ``dates.toml`` says."""
    if not text:
        return None
    return w.parts.get(" ".join(_PART_GAP.split(fold_case(text))).strip())


@functools.lru_cache(maxsize=512)
def _amount(text: str, w: DateWords) -> float | None:
    # Cached: the same few words ("two", "a few") recur in a text full of "two days later".
    t = fold_case(text).strip().replace(",", "")
    if t.isdigit():
        return float(t)
    t = " ".join(t.split())
    if t in w.vague_amounts:
        return None  # vague: not resolvable to a day
    amount = w.amounts.get(t)
    return float(amount) if amount is not None else None


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


# Every temporal expression contains a digit or a trigger word; the full
# pattern runs only in windows around them, which is several times faster than
# letting its two dozen alternatives try every position of the text.  The
# patterns have no leading ``\b`` so that the regex engine can skip ahead to
# their first letters; ``_trigger_starts`` checks the word boundary instead.
_BEFORE = 32  # the longest lead-in before a trigger: "the beginning of ", "a couple of "


@dataclass(frozen=True)
class _Scan:
    """Where a date of one language can be: its trigger words and the words it can start with."""

    named: re.Pattern[str]  # month and weekday names, as written
    lower: re.Pattern[str]  # the other trigger words, matched on the lowered text
    # The same words when each is a whole word (``words.whole_words``): then
    # looked up among the text's words (``words.words_among``), not scanned for.
    lower_words: frozenset[str] | None
    lead_in: re.Pattern[str]
    start: re.Pattern[str]
    # ``start`` after the character before the word start, which it takes (``words.starts_after``).
    start_after: re.Pattern[str] | None
    reach: int
    # The forms a lower-case lead-in word can start, in the order they are
    # tried: "two" starts only "two days later" and "two o'clock", so the
    # dozen other forms a lower-case letter can start are not tried there.
    first_words: Mapping[str, tuple[str, ...]]


@functools.cache
def _scan(lex: Lexicon) -> _Scan:
    """The trigger words and lead-in words of ``lex``'s dates, read off the words its forms are built from.

    Triggers (``_trigger_words``): every form holds a digit, a month or
    weekday name, or a lower-case trigger word.  Lead-ins (``_leads``,
    ``_lead_in_pattern``): the words a form can start with, with what must
    follow the commonest of them.  Checking that here spares the full
    pattern most of its attempts.  (Run at word starts only: scanning the
    text with it is slower than the plain word-start scan.)
    """
    w = date_words(lex)
    names = (*w.month_names, *w.month_abbreviations, *w.weekday_names, *_capitals(w.month_names, w.month_abbreviations))
    leads = _leads(w)
    triggers = _trigger_words(w, names)
    return _Scan(
        named=re.compile(phrases(names) + r"\b"),
        lower=_lower_triggers(triggers),
        lower_words=frozenset(triggers) if whole_words(triggers) else None,
        lead_in=_lead_in_pattern(w, names, leads),
        start=_start_pattern(leads),
        start_after=_start_pattern(leads, r"\W") if word_led((*leads.start_words, *leads.word_parts)) else None,
        # How far past a trigger the word-start scan may look: far enough to
        # see the longest lead-in word whole (its closing \b), and no further,
        # so that the scan costs the window, not the rest of the text.
        reach=max(map(len, (*leads.start_words, *leads.word_parts))) + 1,
        first_words=MappingProxyType(_first_words(lex, w, leads)),
    )


_AT_WORD_START = r"(?<!\w)"


def _lower_triggers(words: set[str]) -> re.Pattern[str]:
    """The lower-case trigger words, each at a word start.

    They are tried at every letter (there is no capital to skip ahead to), so
    the word start is tested first, in the pattern.  The matches are the ones
    a test after each match would keep, as long as every trigger is word
    characters only: none can then start inside a match that test rejects.
    """
    if all(re.fullmatch(r"\w+", word) for word in words):
        return re.compile(_AT_WORD_START + phrases(words) + r"\b")
    return re.compile(phrases(words) + r"\b")


def _first(phrase: str) -> str:
    return phrase.split()[0]


def _trigger_words(w: DateWords, names: tuple[str, ...]) -> set[str]:
    """The lower-case words one of which every date without a digit or a name holds.

    The unit of "two days later", "yesterday", the "night" of "last night",
    "spring", "quarter", "noon", "century", the "clock" of "o'clock", the
    last word of a holiday: "Eve", "Halloween".
    """
    return {
        *(d.split()[-1] for d in w.days),
        *w.units,
        *(p.split()[-1] for p in w.periods),
        *w.discourse_units,
        *w.seasons,
        normal(w.quarter_word),
        *w.clock_words,
        normal(w.century_word),
        re.split(r"\W+", normal(w.oclock))[-1],
        *(p.split()[-1] for p in w.day_parts),
        normal(w.year_word),
        # A holiday's last word ("Christmas Eve", "Halloween"), unless a month
        # in its name triggers already ("the Fourth of July").
        *(normal(n.split()[-1]) for n in w.holiday_names if not set(n.split()) & set(names)),
    }


@dataclass(frozen=True)
class _Leads:
    """The lower-case words a date can start with, grouped by what must follow them."""

    article: str  # leads into "the 5th", "the end of", "the first quarter", "the 1990s", "the next day"
    word_parts: list[str]  # "early", "mid", "late": may run into what follows ("mid-1990s")
    articles: list[str]  # "a", "an": only into a month name, "a few", or a unit ("a week ago")
    prepositions: list[str]  # "on": only into a month or weekday name
    cues_only: list[str]  # "in", "of", "to" and the other month cues: only into a month name
    others: set[str]  # any other word that can lead into a date, whatever follows

    @property
    def start_words(self) -> list[str]:
        return [self.article, *self.articles, *self.prepositions, *self.cues_only, *self.others]


def _leads(w: DateWords) -> _Leads:
    """The lead-in words of ``w``'s dates, read off the tables the forms are built from."""
    article = normal(w.article)
    word_parts = [p for p in w.parts if " " not in p]
    # Amounts that are also month cues ("a", "an") lead into a month name, a
    # vague amount they begin ("a few") or a unit ("a week ago").
    articles = sorted(set(w.amounts) & set(w.month_cues))
    others = {
        *w.quarter_ordinals,
        *w.quarter_shifts,
        *w.half_ordinals,
        *w.weekday_leads,
        *w.season_leads,
        *w.seasons,
        *map(_first, w.days),
        *map(_first, w.shifts),
        *(a for a in w.amounts if a not in articles),
        *(_first(v) for v in w.vague_amounts if _first(v) not in articles),
        *w.clock_words,
        *map(_first, w.centuries),
        *map(_first, w.in_the_day),
    } - {article, *word_parts}
    others = {o for o in others if not o[0].isdigit()}  # a digit leads in anyway
    prepositions = [p for p in w.weekday_prepositions if p not in others]
    cues_only = sorted(set(w.month_cues) - others - {article, *word_parts, *articles, *prepositions})
    return _Leads(article, word_parts, articles, prepositions, cues_only, others)


def _lead_in_pattern(w: DateWords, names: tuple[str, ...], leads: _Leads) -> re.Pattern[str]:
    """Where a form can start: a digit, a name (its first three letters), "Q1", or a lead-in word.

    A lead-in word must be followed by what it can lead into (``_Leads``);
    "early", "mid" and "late" may run into what follows ("mid-1990s",
    "midDecember").
    """
    article = leads.article
    # Their first words lead in, up to an apostrophe or a full stop ("Valentine’s Day", "St. Patrick's Day").
    holidays = sorted({re.split(r"\W", n, maxsplit=1)[0] for n in w.holiday_names})
    after_article = {
        *(p.split()[1] for p in w.parts if " " in p and _first(p) == article),
        *w.year_parts,
        *(q for q in (*w.quarter_ordinals, *w.half_ordinals) if not q[0].isdigit()),
        *leads.word_parts,
        *w.discourse,
        *map(_first, w.centuries),
        *w.article_seasons,
        *(p.split()[1] for p in w.in_the_day if _first(p) == article),
        *(p.split()[-1] for p in w.in_the_day),
        normal(w.weekend_word),
    }
    after_articles = {
        *(v.split()[1] for v in w.vague_amounts if _first(v) in leads.articles),
        *(u for u in w.units if not u.endswith("s")),
    }
    month_name = phrases(w.month_names)
    gap = rf"[\s{DASHES}]+"
    prefixes = sorted({n[:3] for n in names})
    return re.compile(
        rf"\b(?:\d|{'|'.join(map(re.escape, prefixes))}|{phrases(holidays)}\b|{re.escape(w.quarter_letter)}[1-4]|{re.escape(w.half_letter)}[12]"
        rf"|{re.escape(w.fiscal_letters)}(?=[ \u00a0]?\d)"
        rf"|(?i:{phrases(leads.word_parts)})"
        rf"|(?i:{re.escape(article)})(?={gap}(?:['’]?\d|{month_name}|{phrases(holidays)}\b|(?i:{phrases(after_article)})))"
        rf"|(?i:{phrases(leads.articles)})(?={gap}(?:{month_name}|(?i:{phrases(after_articles)})))"
        rf"|(?i:{phrases(leads.prepositions)})(?={gap}(?:{month_name}|{phrases(w.weekday_names)}))"
        rf"|(?i:{trie_pattern(leads.cues_only)})(?={gap}{month_name})"
        rf"|(?i:{trie_pattern(leads.others)})\b)"
    )


def _start_pattern(leads: _Leads, before: str | None = None) -> re.Pattern[str]:
    """Every word start that is a digit, a capital or a lower-case word that may lead in.

    Cheap to scan for; the lead-in pattern then looks closer.  A whole word
    first, so that the match names the word ("midnight", not the "mid" of
    "mid-1990s").  ``before``: a pattern of the one character before the word
    start, which the match then takes (the word in group 1); None, ``\\b``.
    """
    body = (
        r"[^\W_a-z]|(?i:(?:"
        + trie_pattern(leads.start_words)
        + r")\b|"
        + phrases(leads.word_parts)[3:-1]
        + ")"
    )
    return re.compile(rf"\b(?:{body})" if before is None else rf"{before}({body})")


def _first_words(lex: Lexicon, w: DateWords, leads: _Leads) -> dict[str, tuple[str, ...]]:
    """The forms each lower-case lead-in word can start, in the order they are tried.

    A capital or a digit starts the forms of its class of character
    (``_pattern_at``).
    """
    article, word_parts = leads.article, leads.word_parts
    starts: dict[str, set[str]] = {
        "clock": {*w.hours, *w.clock_words},
        "dm": {article},
        "partm": {*map(_first, w.parts)},
        "qtr": {article, *w.quarter_ordinals},
        "half": {article, *w.half_ordinals},
        "season": {*w.season_leads, *w.seasons, article},
        "decade": {article, *word_parts},
        "sdecade": {article, *word_parts},
        "syear": {*word_parts},
        "century": {article, *map(_first, w.centuries)},
        "party": {*map(_first, w.parts)},
        "bm": set(w.month_cues),
        "wd": {*w.weekday_leads, *w.weekday_prepositions},
        "rel": {*map(_first, w.days), *map(_first, w.shifts), *word_parts},
        "relq": {article, *w.quarter_shifts},
        "yearpart": {article},
        "monthpart": {article},
        "ago": {*w.amounts, *map(_first, w.vague_amounts)},
        "next": {article},
        "theday": {article, *map(_first, w.in_the_day)},
        "wkend": {article},
        "holiday": {article},
    }
    order = [name for name, _, _ in _all_forms(lex)]
    return {
        word: tuple(name for name in order if word in starts.get(name, ()))
        for word in (*leads.start_words, *word_parts)
    }


def trigger_words(lex: Lexicon) -> frozenset[str] | None:
    """The lower-case words a date without a digit or a name holds, when each is a whole word.

    ``find_times`` reads them off ``words.words_among`` of any set of words
    that holds these; None when one is no whole word (it is scanned for).
    """
    return _scan(lex).lower_words


def _trigger_starts(
    text: str,
    lowered: str,
    scan: _Scan,
    digits: list[tuple[int, int]],
    words: list[tuple[int, str]] | None,
) -> list[int]:
    """Sorted starts of digit runs (``digits``: ``words.digit_runs``) and of trigger words that begin a word.

    ``words``: the text's whole words among a set holding ``scan.lower_words``, if the caller has them.
    """
    found = [start for start, _ in digits]
    for m in scan.named.finditer(text):
        p = m.start()
        if p == 0 or not is_word_char(text[p - 1]):
            found.append(p)
    lower = scan.lower_words
    if words is not None and lower is not None:
        found += [p for p, word in words if word in lower]
    elif scan.lower.pattern.startswith(_AT_WORD_START):
        found += [m.start() for m in scan.lower.finditer(lowered)]
    else:
        for m in scan.lower.finditer(lowered):
            p = m.start()
            if p == 0 or not is_word_char(text[p - 1]):
                found.append(p)
    found.sort()
    return found


def find_times(
    text: str,
    lowered: str | None = None,
    lex: Lexicon | None = None,
    digits: list[tuple[int, int]] | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[TimeExpr]:
    """Every temporal expression in ``text``, in order, with exact offsets.

    Every expression starts at a word within a few words before a trigger,
    so the full pattern is tried only at those word starts — the same
    matches a scan of the whole text would find, at a fraction of the cost.
    ``digits`` are the text's digit runs (``words.digit_runs``) and
    ``words`` its whole words among a set holding ``trigger_words(lex)``
    (``words.words_among``), when the caller has them.
    """
    if lowered is None:
        lowered = lowercase(text)
    if lex is None:
        lex = lexicon()
    if digits is None:
        digits = digit_runs(text)
    scan = _scan(lex)
    matches: list[re.Match[str]] = []
    tried = -1  # the last word start the pattern was tried at
    last = 0  # where the last match ended: matches never overlap
    # A digit run triggers once: no word starts inside it, so its later digits
    # would only repeat the window of its first.
    for trigger in _trigger_starts(text, lowered, scan, digits, words):
        if trigger < last:
            # Inside the last match: every word start of its window is either
            # inside the match too or past the trigger, so none would be tried.
            continue
        # Only the word starts of this window are looked for: listing every
        # word start of the text first cost more than all the matching.  The
        # end position lets a word starting at the trigger be seen whole, and
        # bounds the scan: without it, a text with no word start after the
        # trigger (a hexadecimal hash, "ab1,ab1,...") was scanned to its end
        # once per trigger, which is quadratic.
        window = max(trigger - _BEFORE, tried + 1, last)
        for position, end, _ in starts_after(scan.start, scan.start_after, text, window, trigger + scan.reach):
            if position > trigger:
                break
            if position < last:
                continue  # inside a match found earlier in this window
            tried = position
            if not scan.lead_in.match(text, position):
                continue
            forms = scan.first_words.get(text[position:end])
            pattern = _forms_named(lex, forms) if forms else _pattern_at(text, position, lex)
            m = pattern.match(text, position)
            if m:
                matches.append(m)
                last = m.end()
                if last > trigger:
                    # The rest of the window lies inside this match or past
                    # the trigger: stop here rather than scan on to its end.
                    break
    out: list[TimeExpr] = []
    w = date_words(lex)
    for m in matches:
        written = m.group()
        if "\n" in written or "\r" in written:
            continue  # layout, not a phrase
        expr = _from_match(m, text, lex, w)
        if expr is not None:
            out.append(expr)
    return _with_spans(_with_days(out, text, _cues(lex)), text, lowered, date_words(lex), _cues(lex))


# What may stand between a day and its clock time ("Monday at 8 a.m.",
# "January 10, 0700 GMT") and between a clock time and its day ("8 a.m. on
# Monday", "midnight Friday").
@dataclass(frozen=True)
class _Cues:
    """The patterns of one language's words read around a date, besides its forms."""

    day_then_clock: re.Pattern[str]  # "Monday at 8 a.m.", "January 10, 0700 GMT"
    clock_then_day: re.Pattern[str]  # "8 a.m. on Monday", "midnight Friday"
    month_of_year: re.Pattern[str]  # "November of last year"
    weekday_then_date: re.Pattern[str]  # "Tuesday, March 7", "Friday 12 May"
    apposition: re.Pattern[str]  # "This morning, 41 years later"
    named_month: re.Pattern[str]  # "March" before "by the end of the month"
    same_of_year: re.Pattern[str]  # "the same period of the last year"
    business: re.Pattern[str]  # words that make "the third quarter" a quarter of a business year
    clock_lead_in: re.Pattern[str]  # words that make a bare "10:15" a time of day
    habit: re.Pattern[str]  # "every Monday"
    named_day: re.Pattern[str]  # "Black" before "Monday"
    short_year: re.Pattern[str]  # "since" before "'82"
    season_lead: re.Pattern[str]  # "in" before "the spring"
    season_named: re.Pattern[str]  # "of love" after "the summer", "Olympics" after "the Winter"
    not_a_decade: re.Pattern[str]  # "temperatures" near "the 70s"
    day_verb: re.Pattern[str]  # "ended" before "the day"
    weekend_lead: re.Pattern[str]  # "over" before "the weekend"
    after_decade: re.Pattern[str]  # "the 1970s and" before "80s"
    unit_after_year: re.Pattern[str]  # "sq m", "mpg" after "1520", "29"
    holiday_lead: re.Pattern[str]  # "on" before "Easter"
    span: re.Pattern[str]  # "the three months to" before "September", "the first nine months of" before "2021"
    week_of: re.Pattern[str]  # "the week of" before "April 10", "the last week of" before "March"
    fiscal_before: re.Pattern[str]  # "fiscal ", "fiscal year ", "FY " before "2023"
    fiscal_reach: int
    fiscal_after: re.Pattern[str]  # " fiscal year" after "2023"


@functools.cache
def _cues(lex: Lexicon) -> _Cues:
    w = date_words(lex)
    unit_gap = rf"[\s{DASHES}]+"  # "half year", "half-year"
    return _Cues(
        re.compile(rf",?\s+(?:{phrases(w.day_then_clock)}\s+)?"),
        re.compile(rf",?\s+(?:{phrases(w.clock_then_day)}\s+)?"),
        re.compile(rf"\s+(?:{re.escape(w.of)}\s+)?"),
        re.compile(r",?[ \u00a0]+"),
        re.compile(rf"(?:,|[ \u00a0][{DASHES}])[ \u00a0]+"),
        re.compile(rf"{phrases((*w.month_names, *w.month_abbreviations))}\b"),
        re.compile(rf"\s+(?:{re.escape(w.of)}\s+(?:{re.escape(w.article)}\s+)?)?"),
        re.compile(rf"\b{phrases(w.business)}\b", re.IGNORECASE),
        re.compile(rf"\b{phrases(w.clock_lead_ins)}\s+$", re.IGNORECASE),
        re.compile(rf"\b{phrases(w.habits)}\s+$", re.IGNORECASE),
        re.compile(rf"\b{phrases(w.named_days)}\s+$"),
        re.compile(rf"\b{phrases(w.short_year_cues)}\s+$", re.IGNORECASE),
        re.compile(rf"\b{phrases(w.season_prepositions)}\s+$", re.IGNORECASE),
        re.compile(rf"\s+(?:{re.escape(w.of)}\b|[^\W\d_a-z])"),
        re.compile(_words_or_signs(w.decade_not_near), re.IGNORECASE),
        re.compile(rf"\b{phrases(w.day_verbs)}\s+$", re.IGNORECASE),
        re.compile(rf"\b{phrases(w.weekend_prepositions)}\s+$", re.IGNORECASE),
        re.compile(rf"\d0['’]?s\s*(?:,|[{DASHES}]|\b{phrases(w.ranges['year_to_year'])}\b)\s*['’]?$"),
        re.compile(rf"[ \u00a0]+({phrases(w.year_unit_modifiers)}[ \u00a0]+)?([a-z]{{2,}}|[a-z]\b)"),
        re.compile(rf"\b{phrases(w.holiday_prepositions)}\s+$", re.IGNORECASE),
        re.compile(
            rf"\b{re.escape(w.article)}\s+(?:(?P<edge>{phrases(w.span_edges)})\s+)?"
            rf"(?:(?P<n>\d{{1,2}}|{phrases(w.amounts)})\s+)?(?P<unit>{phrases(w.span_units, unit_gap)})"
            rf"\s+(?:(?P<ending>{phrases(w.span_ending)})|{re.escape(w.of)})\s+$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b(?:{re.escape(w.article)}\s+)?(?:(?P<edge>{phrases(w.span_edges)})\s+)?"
            rf"{re.escape(w.span_week)}\s+{re.escape(w.of)}\s+$",
            re.IGNORECASE,
        ),
        re.compile(rf"(?:\b(?i:{phrases(w.fiscal_before)})\s+|\b{re.escape(w.fiscal_letters)}[ \u00a0])$"),
        max(map(len, w.fiscal_before), default=0) + 4,
        re.compile(rf"\s+(?i:{phrases(w.fiscal_after)})\b"),
    )


def _words_or_signs(words: tuple[str, ...]) -> str:
    """An alternation of words (whole words only) and signs ("%", "°": anywhere)."""
    signs = [x for x in words if not (is_word_char(x[0]) and is_word_char(x[-1]))]
    named = [x for x in words if x not in signs]
    return rf"\b{phrases(named)}\b" + (f"|{phrases(signs)}" if signs else "")


def _is_day(expr: TimeExpr) -> bool:
    """One day a clock time can be on: a date, a weekday, "today", "tomorrow"."""
    return (
        expr.granularity == "day"
        and expr.end_day is None
        and (expr.offset is None or (expr.offset[1] == "day" and expr.relation == "publication"))
    )


def _weekday_of_date(weekday: TimeExpr, expr: TimeExpr, text: str, joins: _Cues) -> bool:
    """Whether ``weekday`` ("Tuesday") is written just before the day of a month ``expr`` is ("March 7")."""
    return (
        weekday.weekday is not None
        and weekday.offset is None
        and weekday.hour is None
        and not weekday.weekend
        and expr.day is not None
        and expr.month is not None
        and expr.weekday is None
        and expr.end_day is None
        and expr.hour is None
        and joins.weekday_then_date.fullmatch(text, weekday.end, expr.start) is not None
    )


def _apposed(previous: TimeExpr, expr: TimeExpr, text: str, joins: _Cues) -> bool:
    """Whether ``expr``, a count from the discourse ("41 years later"), is set off after ``previous``."""
    return (
        expr.relation == "discourse"
        and expr.offset is not None
        and expr.offset[0] != 0
        and expr.same is None
        and joins.apposition.fullmatch(text, previous.end, expr.start) is not None
    )


def _with_days(exprs: list[TimeExpr], text: str, joins: _Cues) -> list[TimeExpr]:
    """A clock time next to the day it falls on becomes one expression: "Monday at 8 a.m. CET";
    a month next to the year it is in, too: "November of last year"."""
    out: list[TimeExpr] = []
    for expr in exprs:
        previous = out[-1] if out else None
        if previous is not None and _weekday_of_date(previous, expr, text, joins):
            # "Tuesday, March 7", "on Friday 12 May": the date the weekday falls
            # on, not also the Tuesday of the publication's week.
            out[-1] = replace(expr, start=previous.start, named_weekday=previous.weekday)
            continue
        if previous is not None and _apposed(previous, expr, text, joins):
            out.append(replace(expr, apposed=True))
            continue
        if previous is not None and expr.hour is not None and _is_day(previous):
            gap = joins.day_then_clock.fullmatch(text, previous.end, expr.start)
            if gap:
                out[-1] = replace(
                    previous,
                    end=expr.end,
                    granularity="minute",
                    hour=expr.hour,
                    minute=expr.minute,
                    zone=expr.zone,
                    zone_rule=expr.zone_rule,
                )
                continue
        if (
            previous is not None
            and previous.granularity == "month"
            and previous.month is not None
            and previous.year is None
            and previous.day is None
            and previous.offset is None
            and previous.direction is None
            and expr.offset is not None
            and expr.offset[1] == "year"
            and expr.relation == "publication"
            and joins.month_of_year.fullmatch(text, previous.end, expr.start)
        ):
            # "November of last year", "in March next year", "the third quarter
            # of this year": the month (or quarter) of that year.
            out[-1] = replace(previous, end=expr.end, offset=expr.offset, relation="publication")
            continue
        if (
            previous is not None
            and previous.relation == "discourse"
            and previous.offset is not None
            and previous.offset[0] == 0
            and expr.offset is not None
            and expr.offset[1] == "year"
            and expr.offset[0] != 0
            and expr.relation is not None
            and expr.same is None
            and joins.same_of_year.fullmatch(text, previous.end, expr.start)
        ):
            # "the same month a year ago", "the same period last year": the
            # period of the last date the text gave, a year away.
            same = previous.same or previous.offset[1]
            out[-1] = replace(previous, end=expr.end, offset=expr.offset, same=same)
            continue
        if (
            previous is not None
            and previous.hour is not None
            and previous.granularity == "minute"
            and previous.month is None
            and previous.weekday is None
            and previous.offset is None
            and _is_day(expr)
            and joins.clock_then_day.fullmatch(text, previous.end, expr.start)
        ):
            out[-1] = replace(
                expr,
                start=previous.start,
                granularity="minute",
                hour=previous.hour,
                minute=previous.minute,
                zone=previous.zone,
                zone_rule=previous.zone_rule,
            )
            continue
        out.append(expr)
    return out


_SPAN_REACH = 48  # characters: "the final three quarters of "


def _with_spans(exprs: list[TimeExpr], text: str, lowered: str, w: DateWords, cues: _Cues) -> list[TimeExpr]:
    """A period of whole months before a date becomes one expression with it: "the three months to
    September" (July to September), "the quarter ended September 30", "the first nine months of 2021"."""
    out: list[TimeExpr] = []
    last_end = 0
    links = frozenset((*w.span_ending, w.of))
    for expr in exprs:
        lo = max(last_end, expr.start - _SPAN_REACH)
        last_end = expr.end
        before = lowered[lo : expr.start].split()
        # The word before the date must be "to", "ended", "of", ...: a cheap look before the pattern's.
        m = cues.span.search(text, lo, expr.start) if before and before[-1] in links else None
        span = _span_of(m, expr, w) if m is not None else None
        if m is not None and span is not None:
            out.append(replace(expr, start=m.start(), span=span))
            continue
        week = cues.week_of.search(text, lo, expr.start) if before and before[-1] == w.of else None
        edge = _week_of(week, expr, w) if week is not None else None
        out.append(expr if week is None or edge is None else replace(expr, start=week.start(), week=edge))
    return out


def _week_of(m: re.Match[str], expr: TimeExpr, w: DateWords) -> Literal["first", "last", "of"] | None:
    """Which week the phrase ``m`` before ``expr`` names: around its day ("the week of April 10"), or the
    first or last seven days of its month or year ("the last week of March"); None for any other date."""
    if expr.hour is not None or expr.span is not None or expr.part is not None or expr.offset is not None:
        return None
    edge = m.group("edge")
    if edge is None:
        return "of" if expr.granularity == "day" and expr.day is not None and expr.end_day is None else None
    whole_month = expr.granularity == "month" and expr.day is None and expr.end_month is None
    whole_year = expr.granularity == "year" and expr.month is None and expr.end_year is None
    if not (whole_month or whole_year) or expr.short or expr.movable is not None:
        return None
    return "first" if w.span_edges[normal(fold_case(edge))] == "first" else "last"


def _span_of(m: re.Match[str], expr: TimeExpr, w: DateWords) -> tuple[int, Literal["first", "last"]] | None:
    """How many months the phrase ``m`` before ``expr`` names, and from which end (None: no period)."""
    count = 1
    if m.group("n"):
        amount = _amount(m.group("n"), w)
        if amount is None:
            return None
        count = int(amount)
    months = count * w.span_units[" ".join(re.split(rf"[\s{DASHES}]+", fold_case(m.group("unit"))))]
    if not 1 <= months <= 24 or expr.hour is not None or expr.end_day is not None or expr.span is not None:
        return None
    edge = m.group("edge")
    if m.group("ending"):
        # "the three months to September", "the quarter ended September 30": a day or a month closes it.
        closes = expr.granularity == "day" or (expr.granularity == "month" and expr.end_month is None)
        return (months, "last") if edge is None and closes and expr.part is None else None
    # "the first nine months of 2021", "the last two quarters of last year": a year it opens or closes.
    is_year = expr.granularity == "year" and expr.end_year is None and expr.part is None and expr.month is None
    if edge is None or not is_year or (expr.offset is not None and expr.offset[1] != "year"):
        return None
    return months, "first" if w.span_edges[normal(fold_case(edge))] == "first" else "last"


@dataclass(frozen=True, slots=True)
class _Found:
    """One match of ``TIME_PATTERN``, with the text it was found in."""

    match: re.Match[str]
    text: str
    lex: Lexicon
    w: DateWords

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


def _from_match(m: re.Match[str], text: str, lex: Lexicon, w: DateWords) -> TimeExpr | None:
    """The expression a match states, read by the builder of its form (None: not a date after all)."""
    # The outermost group closes last: lastgroup names the alternative that
    # matched, one comparison instead of a group lookup per form.
    form = m.lastgroup or ""
    read = _READERS.get(form)
    if read is not None:
        return read(m, w)
    build = _BUILDERS.get(form)
    return build(_Found(m, text, lex, w)) if build is not None else None


def _iso(f: _Found) -> TimeExpr | None:
    """2022-01-09."""
    g = f.match.group
    return TimeExpr(f.start, f.end, "day", int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


def _mdm(f: _Found) -> TimeExpr | None:
    """A range across months: "December 28 to January 3"."""
    g = f.match.group
    s, e = f.start, f.end
    m1, m2 = _month(g("mdm_m1"), f.w), _month(g("mdm_m2"), f.w)
    d1, d2 = _day(g("mdm_d1")), _day(g("mdm_d2"))
    if not (_valid_day(m1, d1) and _valid_day(m2, d2)):
        return None
    y = int(g("mdm_y")) if g("mdm_y") else None
    return TimeExpr(s, e, "day", y if y and m1 <= m2 else (y - 1 if y else None), m1, d1, y, m2, d2)


def _day_range(f: _Found, form: str) -> TimeExpr | None:
    """A range of days in a month: "January 9-10" (form ``mdd``), "9-10 January" (``ddm``)."""
    g = f.match.group
    mo = _month(g(f"{form}_m"), f.w)
    d1, d2 = _day(g(f"{form}_d1")), _day(g(f"{form}_d2"))
    if not (_valid_day(mo, d1) and _valid_day(mo, d2)) or d2 <= d1:
        return None
    y = int(g(f"{form}_y")) if g(f"{form}_y") else None
    return TimeExpr(f.start, f.end, "day", y, mo, d1, y, mo, d2)


def _month_day(f: _Found, form: str) -> TimeExpr | None:
    """A day of a month: "January 9", "January 9, 2022" (form ``md``), "9 January", "the 9th of January" (``dm``)."""
    g = f.match.group
    mo, d = _month(g(f"{form}_m"), f.w), _day(g(f"{form}_d"))
    if not _valid_day(mo, d):
        return None
    y = g(f"{form}_y")
    return TimeExpr(f.start, f.end, "day", int(y) if y else None, mo, d)


def _partm(f: _Found) -> TimeExpr | None:
    """ "early January", "the end of March 2020"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(
        s,
        e,
        "month",
        int(g("partm_y")) if g("partm_y") else None,
        _month(g("partm_m"), f.w),
        part=_part(g("partm_p"), f.w),
    )


def _my(f: _Found) -> TimeExpr | None:
    """ "January 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(s, e, "month", int(g("my_y")), _month(g("my_m"), f.w))


def _mm(f: _Found) -> TimeExpr | None:
    """ "January-March 2021", "from June to August": whole months, across the new year if need be."""
    g = f.match.group
    m1, m2 = _month(g("mm_m1"), f.w), _month(g("mm_m2"), f.w)
    if m1 == m2:
        return None
    y = int(g("mm_y")) if g("mm_y") else None
    # The year written is the last month's: "November-February 2021" starts in November 2020.
    start_year = y - 1 if y is not None and m2 < m1 else y
    return TimeExpr(f.start, f.end, "month", start_year, m1, end_year=y, end_month=m2)


def _qtr(f: _Found) -> TimeExpr | None:
    """ "the first quarter of 2022", "Q1 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    n = g("qtr_n")
    q = f.w.quarter_ordinals[fold_case(n)] if n else int(g("qtr_q") or g("qtr_q2") or g("qtr_q3") or g("qtr_q4"))
    if g("qtr_y4"):
        # "3Q24": a quarter and a year without its century, chosen around the publication.
        short = int(g("qtr_y4"))
        return TimeExpr(s, e, "month", short, 3 * q - 2, end_year=short, end_month=3 * q, short=True)
    written = g("qtr_y") or g("qtr_y2") or g("qtr_y3")
    if g("qtr_q3") and _model_name_before(f.text, s, f.lex):
        return None  # "Audi Q3": a model, not a quarter
    if written is None:
        # "the fourth quarter", "third-quarter results": the year is chosen
        # around the publication date, as for a month without its year; only
        # where the sentence speaks of business ("in the fourth quarter" of a
        # game is no date), or where a year counted from the publication
        # follows ("the third quarter of last year").
        window = f.text[max(0, s - 120) : e + 120]
        if not _cues(f.lex).business.search(window) and not _year_follows(f):
            return None
        return TimeExpr(s, e, "month", None, 3 * q - 2, end_month=3 * q)
    year = int(written)
    return TimeExpr(s, e, "month", year, 3 * q - 2, end_year=year, end_month=3 * q)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")


def _model_name_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a capitalised name stands right before ``start`` ("Audi Q3"), not a function word ("In Q3")
    or an owner ("Apple's Q3")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    stopwords = morphology(lex).stopwords
    return word[0].isupper() and lowercase(word) not in stopwords and not word.endswith(("'s", "’s"))


def _half(f: _Found) -> TimeExpr | None:
    """ "the first half of 2022", "H2 2021", "the second half of last year": six months of a year."""
    g = f.match.group
    s, e = f.start, f.end
    n = g("half_n")
    h = f.w.half_ordinals[fold_case(n)] if n else int(g("half_h") or g("half_h2"))
    written = g("half_y") or g("half_y2") or g("half_y3")
    if written is None:
        # "the second half" of a match: a date only with the year it is of.
        if not _year_follows(f):
            return None
        return TimeExpr(s, e, "month", None, 6 * h - 5, end_month=6 * h)
    year = int(written)
    return TimeExpr(s, e, "month", year, 6 * h - 5, end_year=year, end_month=6 * h)


def _year_follows(f: _Found) -> bool:
    """Whether a year counted from the publication follows: "... of last year", "... this year"."""
    gap = _cues(f.lex).month_of_year.match(f.text, f.end)
    if gap is None:
        return False
    m = _forms_named(f.lex, ("rel",)).match(f.text, gap.end())
    return (
        m is not None
        and m.group("rel_unit") is not None
        and f.w.periods.get(normal(fold_case(m.group("rel_unit")))) == "year"
    )


def _season(f: _Found) -> TimeExpr | None:
    """ "summer 2021", "last winter"."""
    g = f.match.group
    s, e = f.start, f.end
    first, last = f.w.seasons[fold_case(g("season_s"))]
    rel = fold_case(g("season_rel") or "")
    written = g("season_y") or g("season_y2")
    if written:
        year = int(written)
        end_year = year + (1 if last < first else 0)
        return TimeExpr(s, e, "month", year, first, end_year=end_year, end_month=last)
    if g("season_the") and (
        not _cues(f.lex).season_lead.search(f.text, max(0, s - 16), s)
        or (_cues(f.lex).season_named.match(f.text, e) and not _year_follows(f))
    ):
        # "in the spring" and "in the summer of last year" are dates; "the
        # spring" alone, "the summer of love" and "the Winter Olympics" are not.
        return None
    return TimeExpr(s, e, "month", None, first, end_month=last, direction=f.w.directions.get(rel))



def _num(f: _Found) -> TimeExpr | None:
    """ "9/1/2022" when only one reading is a calendar date."""
    g = f.match.group
    s, e = f.start, f.end
    a, b = int(g("num_a")), int(g("num_b"))
    raw_year = g("num_y")
    year = (
        int(raw_year)
        if len(raw_year) == 4
        else (2000 + int(raw_year) if int(raw_year) < 50 else 1900 + int(raw_year))
    )
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        month, day = a, b
    elif a == b and a <= 12:
        day = month = a
    else:
        return None  # "10/1/2018" is October 1 in New York and 10 January in London
    if not _valid_day(month, day):
        return None
    return TimeExpr(s, e, "day", year, month, day)


def _decade(f: _Found) -> TimeExpr | None:
    """ "the 1990s", "the early 2000s"."""
    g = f.match.group
    s, e = f.start, f.end
    y = int(g("decade_y"))
    return TimeExpr(s, e, "decade", y, part=_part(g("decade_p"), f.w))


def _sdecade(f: _Found) -> TimeExpr | None:
    """ "the '90s", "the mid-'80s", "the 70s", "the 1970s and 80s": a decade without its century.

    With an apostrophe it is a decade.  Without one, "the 70s" is a decade
    only after "the" or after another decade, and never near a temperature,
    a score or an age ("highs in the 70s", "approval in the 40s").
    """
    g = f.match.group
    s, e = f.start, f.end
    start, apostrophe = s, g("sdecade_a") is not None
    if not apostrophe and s > 0 and f.text[s - 1] in "'’" and (s < 2 or not is_word_char(f.text[s - 2])):
        start, apostrophe = s - 1, True  # the scan starts at the digit of "'90s"
    if not apostrophe:
        cues = _cues(f.lex)
        led = g("sdecade_the") is not None or cues.after_decade.search(f.text, max(0, s - 16), s)
        if not led or cues.not_a_decade.search(f.text[max(0, s - 80) : e + 80]):
            return None
    return TimeExpr(start, e, "decade", int(g("sdecade_y")), part=_part(g("sdecade_p"), f.w), short=True)


def _syear(f: _Found) -> TimeExpr | None:
    """ "since '82", "the class of '15", "early '09": a year without its century, after a word that leads into a date."""
    s, e = f.start, f.end
    written_part = f.match.group("syear_p")
    if written_part is None and not _cues(f.lex).short_year.search(f.text, max(0, s - 13), s - 1):
        return None  # "'20 people died'": a quote opening on a number
    if _year_is_count(f.text, e, f.lex) or _measure_after(f.text, e, f.lex):
        return None
    start = s if written_part is not None else s - 1
    return TimeExpr(start, e, "year", int(f.match.group("syear_y")), part=_part(written_part, f.w), short=True)


def _theday(f: _Found) -> TimeExpr | None:
    """ "later in the day", "ended the day down 31 points": the day the text gave last."""
    s, e = f.start, f.end
    if f.match.group("theday_p") is None and not _cues(f.lex).day_verb.search(f.text, max(0, s - 16), s):
        return None  # "the day before", "to this day"
    return TimeExpr(s, e, "day", offset=(0, "day"), relation="discourse")


def _wkend(f: _Found) -> TimeExpr | None:
    """ "over the weekend": the Saturday and Sunday around the publication, by tense (Saturday is 5)."""
    s, e = f.start, f.end
    if not _cues(f.lex).weekend_lead.search(f.text, max(0, s - 16), s):
        return None  # "the weekend was quiet": no time given
    return TimeExpr(s, e, "day", weekday=5, weekend=True)


def _holiday(f: _Found) -> TimeExpr | None:
    """ "on Christmas Day", "New Year's Eve 2019", "Good Friday": a holiday, its year written or chosen by tense.

    A fixed holiday is its month and day; a movable one ("Easter Monday",
    "Thanksgiving") its rule, applied to the year.  A name that also names
    other things ("Easter Island", "the Easter Rising", "Thanksgiving
    dinner") is a date only after a preposition and before no content word.
    """
    g = f.match.group
    key = holiday_key(g("holiday_n"))
    year = int(g("holiday_y")) if g("holiday_y") else None
    # "the Christmas Day attack": the article is the attack's, not part of the date.
    start = f.match.start("holiday_n")
    if key in f.w.holiday_lone and not _lone_holiday(f, start):
        return None
    if key in f.w.holidays:
        month, day = f.w.holidays[key]
        return TimeExpr(start, f.end, "day", year, month, day)
    return TimeExpr(start, f.end, "day", year, movable=f.w.movable_holidays[key])


_WORD_AFTER = re.compile(r"[ \u00a0]+([^\W\d_][\w'’-]*)")


def _lone_holiday(f: _Found, start: int) -> bool:
    """Whether a name such as "Easter" is the holiday: after a preposition, before no content word."""
    if not _cues(f.lex).holiday_lead.search(f.text, max(0, start - 16), start):
        return False  # "the Easter Rising", "Easter eggs"
    after = _WORD_AFTER.match(f.text, f.end)
    return after is None or lowercase(after.group(1)) in morphology(f.lex).stopwords  # not "on Easter Island"


def _century(f: _Found) -> TimeExpr | None:
    """ "the 20th century", "the nineteenth century": its hundred years, 1900-1999 as TimeML reads it."""
    written = " ".join(re.split(rf"[\s{DASHES}]+", fold_case(f.match.group("century_n"))))
    number = f.w.centuries.get(written) or int(re.sub(r"\D", "", written))
    if not 15 <= number <= 22:
        return None  # "the 3rd century" is history, not news: no calendar date here
    return TimeExpr(f.start, f.end, "century", (number - 1) * 100)


def _party(f: _Found) -> TimeExpr | None:
    """ "early 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(s, e, "year", int(g("party_y")), part=_part(g("party_p"), f.w))


def _yearpart(f: _Found) -> TimeExpr | None:
    """ "by the end of the year": a part of a year the text does not name.

    The year is chosen around the publication by tense, as for "the fourth
    quarter".  Where a year is named shortly before ("It was sold in 2009.
    By the end of the year it had closed") that year may be the one meant,
    which the publication cannot tell: nothing is read rather than a wrong year.
    """
    s, e = f.start, f.end
    # The months "the start of the year" and "the end of the year" cover, as
    # "early 2022" and "late 2022" do (``resolve``).
    first, last = f.w.year_parts[normal(fold_case(f.match.group("yearpart_p")))]
    rel = f.match.group("yearpart_rel")
    if rel is not None:
        # "the end of this year", "the start of last year": counted from the publication.
        shift = f.w.shifts[normal(fold_case(rel))]
        return TimeExpr(s, e, "year", None, first, end_month=last, offset=(shift, "year"), relation="publication")
    if _NAMED_YEAR.search(f.text, max(0, s - _YEAR_REACH), s):
        return None
    return TimeExpr(s, e, "year", None, first, end_month=last)


_NAMED_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_YEAR_REACH = 300  # characters: about the sentence before


def _monthpart(f: _Found) -> TimeExpr | None:
    """ "by the end of the month", "the start of next month": a part of a month the text does not name.

    With "this", "next" or "last" it is counted from the publication; with
    "the", the month around the publication is chosen by tense ("will close by
    the end of the month": this month's).  Where a month is named shortly
    before ("It opened in March. By the end of the month ...") that month may
    be the one meant: nothing is read rather than a wrong month.
    """
    s, e = f.start, f.end
    part = _part(f.match.group("monthpart_p"), f.w)
    rel = f.match.group("monthpart_rel")
    if rel is not None:
        shift = f.w.shifts[normal(fold_case(rel))]
        return TimeExpr(s, e, "month", part=part, offset=(shift, "month"), relation="publication")
    if _cues(f.lex).named_month.search(f.text, max(0, s - _YEAR_REACH), s):
        return None
    return TimeExpr(s, e, "month", part=part)


def _relq(f: _Found) -> TimeExpr | None:
    """ "last quarter", "the current quarter": the quarter before, of or after the publication's."""
    s, e = f.start, f.end
    if not _cues(f.lex).business.search(f.text[max(0, s - 120) : e + 120]):
        return None  # "in the last quarter" of a game
    shift = f.w.quarter_shifts[normal(fold_case(f.match.group("relq_dir")))]
    return TimeExpr(s, e, "month", offset=(shift, "quarter"), relation="publication")


def _yr(f: _Found) -> TimeExpr | None:
    """ "2019-2021", "2019 to 21"; not "from 2008 to 29 mpg" (a measure's second end)."""
    g = f.match.group
    s, e = f.start, f.end
    if _measure_after(f.text, e, f.lex):
        return TimeExpr(s, f.match.end("yr_1"), "year", int(g("yr_1")))
    y1 = int(g("yr_1"))
    raw2 = g("yr_2")
    y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
    if y2 <= y1:
        return None
    return TimeExpr(s, e, "year", y1, end_year=y2)


def _year(f: _Found) -> TimeExpr | None:
    """ "2022", unless it counts something ("2000 troops")."""
    g = f.match.group
    s, e = f.start, f.end
    if _year_is_count(f.text, e, f.lex) or _measure_after(f.text, e, f.lex):
        return None
    cues = _cues(f.lex)
    before = cues.fiscal_before.search(f.text, max(0, s - cues.fiscal_reach), s)
    after = cues.fiscal_after.match(f.text, e)
    if before is not None or after is not None:
        # "fiscal 2023", "the 2023 fiscal year": a year of accounts, months unsaid.
        return _fiscal(before.start() if before else s, after.end() if after else e, int(g("year_y")), f.w)
    return TimeExpr(s, e, "year", int(g("year_y")))


def _fiscal(start: int, end: int, year: int, w: DateWords, short: bool = False) -> TimeExpr:
    """A year of accounts named ``year``: the months every convention of ``dates.toml [fiscal]`` may give it."""
    (first_shift, first_month), (last_shift, last_month) = w.fiscal_first, w.fiscal_last
    return TimeExpr(
        start,
        end,
        "month",
        year + first_shift,
        first_month,
        end_year=year + last_shift,
        end_month=last_month,
        short=short,
    )


def _fy(f: _Found) -> TimeExpr | None:
    """ "FY2024", "FY24": a year of accounts (two digits: its century chosen around the publication)."""
    written = f.match.group("fy_y")
    return _fiscal(f.start, f.end, int(written), f.w, short=len(written) == 2)


def _bm(f: _Found) -> TimeExpr | None:
    """A bare month after a cue word: "in December", "last March"."""
    g = f.match.group
    s, e = f.start, f.end
    # Keep only the month, not the cue word before it.
    ms = f.match.start("bm_m")
    cue = normal(fold_case(g("bm_cue")))
    direction: Direction | None = f.w.directions.get(cue)
    # "mid-December": a part of the month is part of the date.
    part = _part(cue, f.w)
    start = s if part is not None else ms
    return TimeExpr(
        start,
        e,
        "month",
        None,
        _month(g("bm_m"), f.w),
        direction=direction,
        part=part,
    )


def _wd(f: _Found) -> TimeExpr | None:
    """ "Monday", "last Thursday" (not "every Monday")."""
    g = f.match.group
    s, e = f.start, f.end
    cues = _cues(f.lex)
    if cues.habit.search(f.text[max(0, s - 8) : s]):
        return None  # "every Monday" is a habit, not a date
    if cues.named_day.search(f.text, max(0, s - 16), s):
        return None  # "Black Monday": a day's name, not this week's Monday
    rel = normal(fold_case(g("wd_rel") or ""))
    direction = f.w.directions.get(rel)
    # "last Thursday" is the date's text; the "on" of "on Monday" is not.
    start = s if rel in f.w.weekday_leads else f.match.start("wd_d")
    return TimeExpr(start, e, "day", weekday=f.w.weekdays[fold_case(g("wd_d"))], direction=direction)


def _rel(m: re.Match[str], w: DateWords) -> TimeExpr | None:
    """ "yesterday", "next week", "this weekend"."""
    return _placed(_rel_reading(*m.group("rel_one", "rel_dir", "rel_unit", "rel_part"), w), m.start(), m.end())


@functools.lru_cache(maxsize=512)
def _rel_reading(
    rel_one: str | None, rel_dir: str | None, rel_unit: str | None, rel_part: str | None, w: DateWords
) -> TimeExpr:
    """What "yesterday" or "[early|late] <this|next|...> <unit>" states, at offset 0 (cached like
    ``_ago_reading``).

    The day a word names is counted from the publication: "this morning" is
    the day of the article, "last night" the evening before it.  "early this
    year", "late last month": that part of the year or month.
    """
    one = fold_case(rel_one or "")
    if one:
        return TimeExpr(0, 0, "day", offset=(w.days[normal(one)], "day"), relation="publication")
    # The pattern gives a direction and a unit whenever it gives no "yesterday".
    shift = w.shifts[normal(fold_case(rel_dir or ""))]
    unit = w.periods[normal(fold_case(rel_unit or ""))]  # "this fiscal year" is read as this year
    if unit == "weekend":
        return TimeExpr(0, 0, "day", offset=(shift, "weekend"), relation="publication")
    gran = UNIT_GRANULARITY[unit]
    part = _part(rel_part, w) if unit in ("month", "year") else None
    return TimeExpr(0, 0, gran, part=part, offset=(shift, unit), relation="publication")


def _ago(m: re.Match[str], w: DateWords) -> TimeExpr | None:
    """ "three years ago", "two days later"."""
    reading = _ago_reading(*m.group("ago_n", "ago_u", "ago_w"), w)
    return None if reading is None else _placed(reading, m.start(), m.end())


@functools.lru_cache(maxsize=512)
def _ago_reading(number: str, unit_word: str, word_written: str, w: DateWords) -> TimeExpr | None:
    """What "<number> <unit> <ago|later|...>" states, at offset 0 (None: vague).

    Cached: it depends on the three words alone, and a date-dense text
    repeats the same few ("two days later") thousands of times.
    """
    amount = _amount(number, w)
    if amount is None:
        return None
    unit = w.units[fold_case(unit_word)]
    relation, sign = w.after[fold_case(word_written)]
    gran2 = UNIT_GRANULARITY[unit]
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    elif unit == "decade":
        # "a decade ago", "two decades later": about the year that many decades away (``resolve``).
        gran2 = "year"
    return TimeExpr(0, 0, gran2, offset=(sign * amount, unit), relation=relation)


_new_object = object.__new__


def _placed(reading: TimeExpr, start: int, end: int) -> TimeExpr:
    """``replace(reading, start=start, end=end)``, without running ``__init__`` again.

    A frozen dataclass's ``__init__`` sets its 18 fields one call at a time:
    2.8 µs, a fifth of the whole scan of a text of dates.  Copying the fields
    (in their order, so ``vars`` and ``repr`` are the same) takes a fraction
    of that; ``TimeExpr`` has no ``__post_init__`` to skip.
    """
    expr: TimeExpr = _new_object(TimeExpr)
    fields = expr.__dict__
    fields.update(reading.__dict__)
    fields["start"] = start
    fields["end"] = end
    return expr


def _next(m: re.Match[str], w: DateWords) -> TimeExpr | None:
    """ "the next day", "the same year", "the day before"."""
    if m.group("next_u2") is not None:
        return _placed(_after_reading(*m.group("next_w2", "next_u2"), w), m.start(), m.end())
    return _placed(_next_reading(*m.group("next_w", "next_u"), w), m.start(), m.end())


@functools.lru_cache(maxsize=64)
def _after_reading(word: str, unit_word: str, w: DateWords) -> TimeExpr:
    """What "the <unit> <before|after>" at the end of a clause states, at offset 0."""
    unit = w.discourse_units[normal(fold_case(unit_word))]
    shift = w.discourse_after[fold_case(word)]
    return TimeExpr(0, 0, UNIT_GRANULARITY[unit], offset=(shift, unit), relation="discourse", or_publication=True)


@functools.lru_cache(maxsize=512)
def _next_reading(next_w: str, next_u: str, w: DateWords) -> TimeExpr:
    """What "the <next|same|...> <unit>" states, at offset 0 (cached like ``_ago_reading``).

    With no date before it in the text, "the following week" is counted from the publication.
    """
    unit = w.discourse_units[normal(fold_case(next_u))]
    shift = w.discourse[fold_case(next_w)]
    if unit == "period":
        # "the same period": the last date's own interval; "the next period" names none.
        return TimeExpr(0, 0, "month", offset=(shift, "period"), relation="discourse", same="period")
    return TimeExpr(0, 0, UNIT_GRANULARITY[unit], offset=(shift, unit), relation="discourse", or_publication=True)


def _clock(f: _Found) -> TimeExpr | None:
    """ "8 a.m. CET", "10:15 local time", "0700 GMT", "noon", "8.30pm"."""
    g = f.match.group
    zone = g("clock_zone") or g("clock_pzone")
    meridiem = g("clock_ap") or g("clock_ap12")
    added: int | None = None  # the hours a.m./p.m. (or "in the evening") adds
    if g("clock_word"):
        hour, minute = f.w.clock_words[fold_case(g("clock_word"))], 0
    elif g("clock_hhmm") or g("clock_hhmm_day"):
        hhmm = g("clock_hhmm") or g("clock_hhmm_day")
        hour, minute = int(hhmm[:2]), int(hhmm[2:])
    elif g("clock_h12"):
        hour, minute = int(g("clock_h12")), 0
    elif g("clock_oc") or g("clock_hp"):
        written = g("clock_oc") or g("clock_hp")
        hour, minute = (int(written) if written.isdigit() else f.w.hours.index(fold_case(written)) + 1), 0
        if g("clock_hp") and not _cues(f.lex).clock_lead_in.search(f.text, max(0, f.start - 24), f.start):
            return None  # "killed 9 in the morning attack": no word says it is a time of day
        part = g("clock_part") or g("clock_hpart")
        if part:
            half = f.w.day_parts[normal(fold_case(part))]
            # "12 at night" is midnight; any other hour at night is p.m.
            meridiem = part
            added = 0 if half == "am" or (half == "night" and hour == 12) else 12
    else:
        hour, minute = int(g("clock_h")), int(g("clock_m"))
        if g("clock_sep") == "." and not (meridiem or zone or g("clock_local")):
            return None  # "8.30" is a decimal number; "4.17 local time" is a time
        if not (meridiem or zone or g("clock_local")) and not _cues(f.lex).clock_lead_in.search(
            f.text, max(0, f.start - 24), f.start
        ):
            return None  # "John 3:16", "a 2:15 finish": no word says it is a time of day
    if meridiem:
        if not 1 <= hour <= 12:
            return None  # "13:00 pm", "0:30 a.m."
        if added is None:
            added = f.w.meridiems[_MERIDIEM_MARKS.sub("", meridiem).lower()]
        hour = hour % 12 + added
    if g("clock_local"):
        zone = "local time"
    written = " ".join(zone.split()) if zone else None
    rule = find_zone(written, zones(f.lex)) if written is not None else None
    return TimeExpr(f.start, f.end, "minute", hour=hour, minute=minute, zone=written, zone_rule=rule)


_MERIDIEM_MARKS = re.compile(r"[.\s]")  # "p. m." is "pm"


_BUILDERS: dict[str, Callable[[_Found], TimeExpr | None]] = {
    "clock": _clock,
    "iso": _iso,
    "mdm": _mdm,
    "mdd": functools.partial(_day_range, form="mdd"),
    "md": functools.partial(_month_day, form="md"),
    "ddm": functools.partial(_day_range, form="ddm"),
    "dm": functools.partial(_month_day, form="dm"),
    "partm": _partm,
    "my": _my,
    "mm": _mm,
    "qtr": _qtr,
    "half": _half,
    "season": _season,
    "num": _num,
    "decade": _decade,
    "sdecade": _sdecade,
    "syear": _syear,
    "theday": _theday,
    "wkend": _wkend,
    "holiday": _holiday,
    "century": _century,
    "party": _party,
    "relq": _relq,
    "yearpart": _yearpart,
    "monthpart": _monthpart,
    "yr": _yr,
    "year": _year,
    "fy": _fy,
    "bm": _bm,
    "wd": _wd,
}
# The forms read from the match alone, which are spared wrapping it in a
# ``_Found``: the same three are cached, and a text of thousands of "two days
# later" spends more on the wrapper than on reading.
_READERS: dict[str, Callable[[re.Match[str], DateWords], TimeExpr | None]] = {
    "rel": _rel,
    "ago": _ago,
    "next": _next,
}


_WORDS_AFTER_YEAR = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?:[ \u00a0]+([a-z][a-z-]*))?")


def _measure_after(text: str, end: int, lex: Lexicon) -> bool:
    """ "1520 sq m", "29 mpg": a unit of measure after the number makes it a measure, not a year."""
    w = date_words(lex)
    m = _cues(lex).unit_after_year.match(text, end)
    # Measure words that also follow a year in ordinary prose ("in 2014 points
    # were deducted"): a year before them stays a year.
    if not m or m.group(2) in morphology(lex).stopwords or m.group(2) in w.year_before_words:
        return False
    words = lex.measure_words
    if m.group(1):
        # "2000 cubic m" is a measure as "2000 sq m" is: any modifier with the unit.
        return any(f"{modifier} {m.group(2)}" in words for modifier in w.year_unit_modifiers)
    word = m.group(2)
    return word in words or (word.endswith("s") and len(word) > 3 and word[:-1] in words)


def _year_is_count(text: str, end: int, lex: Lexicon) -> bool:
    """ "2000 troops", "1,500 combat-ready soldiers": a count, not the year 2000.

    A year is often followed by a noun too ("a 2009 analysis", "the 2014
    invasion"); only a plural noun (directly, or after one modifier) makes the
    number a count.
    """
    m = _WORDS_AFTER_YEAR.match(text, end)
    if not m:
        return False
    morph, counted = morphology(lex), date_words(lex).year_counted
    for word in m.groups():
        if word is None or word in morph.stopwords:
            return False
        if morph.lemma(word) != word or word in counted:
            return True
    return False


def month_and_day(text: str, lex: Lexicon | None = None) -> tuple[int, int] | None:
    """The (month, day) that the whole of ``text`` names when it names only those, else None.

    "Dec. 31", "December 31", "31 December" and "the 31st of December" name
    one day of one month in any order or abbreviation; with a year, a
    weekday, a clock time or a range they say more, and the caller compares
    their words as written.
    """
    found = find_times(text, lex=lex)
    if len(found) != 1:
        return None
    e = found[0]
    if (e.start, e.end) != (0, len(text)) or e.granularity != "day" or e.month is None or e.day is None:
        return None
    said_more = (e.year, e.end_year, e.end_month, e.end_day, e.weekday, e.named_weekday, e.offset, e.hour)
    if any(x is not None for x in said_more):
        return None
    return e.month, e.day
