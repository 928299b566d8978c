"""Temporal expressions as written: absolute, partial, relative, weekdays, decades.

``find_times`` returns ``TimeExpr`` records that say what the text states
("December 7", no year; "last Thursday"; "two days later") without resolving
them: anchoring to the publication date and to the discourse is
``compare.resolve``'s job, because it needs the tense and the dates mentioned
before.  Durations ("for two hours", "90-minute") are quantities and live in
``quantities``, which shares the number grammar.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from compare.extract.numbers import DASHES, parse_words
from compare.extract.words import STOPWORDS, fold_case, is_word_char, lemma, lowercase, trie_pattern
from compare.lang import Lexicon, lexicon
from compare.model import Granularity

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
UNIT_WORDS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    "weekend": "weekend",
    "fortnight": "fortnight",
}

Relation = Literal["publication", "discourse"]
_GRANULARITY: dict[str, Granularity] = {
    "day": "day",
    "weekend": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "month",
    "year": "year",
    "decade": "decade",
}
Direction = Literal["past", "future"]

_D = f"[{DASHES}]"
# Full month names, and abbreviations with or without a full stop.  Capitalised:
# "may" and "march" in lower case are a modal and a verb, not months.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = (
    r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d,.])\d+(?![\d,])|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several"
    r"|a\s+couple\s+of)"
)
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|fortnight)"
_PART = r"(?:early|mid|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)"
# Words that make a bare month name a date ("in December", "a December press
# conference") rather than a name or verb.
_MONTH_CUE = (
    r"(?:in|since|until|till|by|during|from|through|to|of|before|after|last|next|this|early|late"
    r"|mid|a|an|the|each|every|on|for|between|and|or|that|past)"
)


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
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


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

# a.m./p.m. as news writes them; never followed by a letter ("8 amps").
_MERIDIEM = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM])(?![A-Za-z])"
# "ten o'clock", "9 in the morning", "11 at night": the hour in words or digits,
# the half of the day in words.
_HOUR_WORD = r"(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_DAY_PART = r"(?P<clock_{}>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
HOUR_WORDS = {w: i for i, w in enumerate(_HOUR_WORD[4:-3].split("|"), 1)}
# A clock time: "10:15", "8.30 pm", "8 a.m.", "0700 GMT", "1500 hours", "noon",
# "midnight", then a zone or "local time".  A bare hour ("8") is no time; an
# hour with a point ("8.30") is one only with a.m./p.m. or a zone; four digits
# only with a zone or "hours".  "3:1" (a ratio: one digit after the colon) and
# "1:23:45" (a race time) are no clock times.
def _clock_pattern(zone: str) -> str:
    """The clock-time form with ``zone``, the pattern of one language's zone names."""
    return rf"""(?P<clock>
    (?:(?<![\d:.,])(?P<clock_h>[01]?\d|2[0-3])(?P<clock_sep>[:.])(?P<clock_m>[0-5]\d)(?![\d]|[:.]\d)
        (?:\s?(?P<clock_ap>{_MERIDIEM}))?
      | (?<![\d:.,])(?P<clock_h12>1[0-2]|0?[1-9])\s?(?P<clock_ap12>{_MERIDIEM})
      | (?<![\d:.,])(?P<clock_hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s?(?:hours\b|hrs\b|{zone}\b))
      | (?P<clock_word>(?i:noon|midday|midnight))\b
      | (?<![\d:.,])(?P<clock_oc>1[0-2]|0?[1-9]|{_HOUR_WORD})\s+(?i:o['’]\s?clock)\b(?:\s+{_DAY_PART.format("part")})?
      | (?<![\d:.,])(?P<clock_hp>1[0-2]|0?[1-9])\s+{_DAY_PART.format("hpart")})
    (?:\s(?:hours|hrs)\b)?
    (?:\s?(?P<clock_zone>{zone})\b|\s?\((?P<clock_pzone>{zone})\)|\s(?P<clock_local>local(?:\s+time)?)\b)?)"""


# The forms of a date, each a named group (``lastgroup`` tells which matched),
# in the order the alternation tries them, with the classes of character each
# can start with: "0" a decimal digit, "a" a lower-case and "A" an upper-case
# ASCII letter ("(?i:...)" words can start with either).  Only the forms that
# can start with the character at hand are tried (``_pattern_at``): the same
# first match, since a form that cannot start there cannot match there.  The
# clock form comes first ("1500 GMT" is a time, not the year 1500) and is built
# per language, with its zone names (``_forms_starting``).
_FORMS: tuple[tuple[str, str, str], ...] = (
    (
        "iso",
        rf"""(?P<iso>\b(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-2]\d|3[01])\b)""",
        "0",
    ),
    (
        "mdm",
        rf"""(?P<mdm>\b(?P<mdm_m1>{_MONTH})\s+(?P<mdm_d1>{_DAY})\s*(?:{_D}|\bto\b|\bthrough\b|\buntil\b)\s*
    (?P<mdm_m2>{_MONTH})\s+(?P<mdm_d2>{_DAY})\b(?:,?\s+(?P<mdm_y>{_YEAR})\b)?)""",
        "A",
    ),
    (
        "mdd",
        rf"""(?P<mdd>\b(?P<mdd_m>{_MONTH})\s+(?P<mdd_d1>{_DAY})\s*(?:{_D}|\s(?:and|to|through|or)\s)\s*
    (?P<mdd_d2>{_DAY})\b(?:,?\s+(?P<mdd_y>{_YEAR})\b)?)""",
        "A",
    ),
    (
        "md",
        rf"""(?P<md>\b(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY})\b(?![{DASHES}]?\d)(?!,\d)(?!\s*(?:%|percent|per\s+cent))
    (?:,?\s+(?P<md_y>{_YEAR})\b)?)""",
        "A",
    ),
    (
        "ddm",
        rf"""(?P<ddm>\b(?P<ddm_d1>{_DAY})\s*(?:{_D}|\s(?:and|to|or)\s)\s*(?P<ddm_d2>{_DAY})\s+
    (?:of\s+)?(?P<ddm_m>{_MONTH})(?:,?\s+(?P<ddm_y>{_YEAR})\b)?)""",
        "0",
    ),
    (
        "dm",
        rf"""(?P<dm>\b(?:the\s+)?(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH})(?![a-z])(?:,?\s+(?P<dm_y>{_YEAR})\b)?)""",
        "a0",
    ),
    (
        "partm",
        rf"""(?P<partm>\b(?P<partm_p>(?i:{_PART}))[\s{DASHES}]*(?P<partm_m>{_MONTH})(?![a-z])(?:,?\s+(?P<partm_y>{_YEAR})\b)?)""",
        "aA",
    ),
    (
        "my",
        rf"""(?P<my>\b(?P<my_m>{_MONTH})(?![a-z]),?\s+(?:of\s+)?(?P<my_y>{_YEAR})\b)""",
        "A",
    ),
    (
        "qtr",
        rf"""(?P<qtr>\b(?:the\s+)?(?P<qtr_n>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s{DASHES}]+quarter\b
    (?:\s+(?:of\s+)?(?P<qtr_y>{_YEAR})\b)?|\bQ(?P<qtr_q>[1-4])\s+(?P<qtr_y2>{_YEAR})\b|\b(?P<qtr_y3>{_YEAR})\s+Q(?P<qtr_q2>[1-4])\b)""",
        "aA0",
    ),
    (
        "season",
        rf"""(?P<season>\b(?:(?P<season_rel>(?i:last|this|next|past|coming))\s+)?(?P<season_s>(?i:spring|summer|autumn|fall|winter))
    (?(season_rel)|\s+(?:of\s+)?(?P<season_y>{_YEAR}))\b)""",
        "aA",
    ),
    (
        "num",
        rf"""(?P<num>(?<![\d/.])\b(?P<num_a>[0-3]?\d)/(?P<num_b>[0-3]?\d)/(?P<num_y>{_YEAR}|\d\d)\b(?![/.]\d))""",
        "0",
    ),
    (
        "decade",
        rf"""(?P<decade>\b(?:the\s+)?(?P<decade_p>(?:early|mid|late)[\s{DASHES}]*)?(?P<decade_y>1[5-9]\d0|20[0-9]0)['’]?s\b)""",
        "a0",
    ),
    (
        "century",
        rf"""(?P<century>\b(?:the\s+)?(?P<century_n>(?<![\d.,])(?:1\d|2[01]|[1-9])(?:st|nd|rd|th)
    |(?i:eighteenth|nineteenth|twentieth|twenty[\s{DASHES}]first))[\s{DASHES}]+(?i:century)\b)""",
        "aA0",
    ),
    (
        "party",
        rf"""(?P<party>\b(?P<party_p>{_PART})[\s{DASHES}]*(?P<party_y>{_YEAR})\b)""",
        "a",
    ),
    (
        "yr",
        rf"""(?P<yr>\b(?P<yr_1>{_YEAR})\s*(?:{_D}|\s(?:to|through|and)\s)\s*(?P<yr_2>{_YEAR}|\d\d)\b(?![{DASHES}.,]?\d))""",
        "0",
    ),
    (
        "year",
        rf"""(?P<year>(?<![\d$€£¥.,#/{DASHES}])\b(?P<year_y>{_YEAR})\b(?![{DASHES}.,/]?\d)(?!\s*(?:%|percent)))""",
        "0",
    ),
    (
        "bm",
        rf"""(?P<bm>\b(?P<bm_cue>(?i:{_MONTH_CUE}))[\s{DASHES}]+(?P<bm_m>January|February|March|April|May|June|July
    |August|September|October|November|December)\b(?![\s{DASHES}]+\d))""",
        "aA",
    ),
    (
        "wd",
        rf"""(?P<wd>\b(?:(?P<wd_rel>(?i:last|next|this|coming|past|previous|on))\s+)?(?P<wd_d>{_WEEKDAY})\b(?!s\b))""",
        "aA",
    ),
    (
        "rel",
        r"""(?P<rel>\b(?i:(?P<rel_one>yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)
      |last\s+night)\b
    |(?P<rel_dir>this|next|last|past|coming|previous|earlier\s+this|later\s+this)\s+
      (?P<rel_unit>week|weekend|month|(?:fiscal\s+)?year)\b)
    (?!['’]s\s+(?:standoff|world|crisis|situation)))""",
        "aA",
    ),
    (
        # "last quarter", "this quarter": a quarter counted from the publication's
        # (only in business copy, as "the fourth quarter"; not "the last quarter of").
        "relq",
        r"""(?P<relq>\b(?i:(?:the\s+)?(?P<relq_dir>last|this|next|past|previous|current|coming)\s+quarter)\b(?!\s+of\b))""",
        "aA",
    ),
    (
        # "by the end of the year": the year around the publication, chosen by
        # tense as for a quarter without its year (not "the end of the year-long").
        "yearpart",
        rf"""(?P<yearpart>\b(?i:the\s+(?P<yearpart_p>end|start|beginning)\s+of\s+(?:the\s+)?year)\b(?![{DASHES}'’]))""",
        "aA",
    ),
    (
        "ago",
        rf"""(?P<ago>\b(?i:(?P<ago_n>{_NUMWORD})\s+(?P<ago_u>{_UNIT})\s+(?P<ago_w>ago|later|earlier|afterwards)\b))""",
        "aA0",
    ),
    (
        "next",
        r"""(?P<next>\b(?i:the\s+(?P<next_w>next|following|previous|same)\s+(?P<next_u>day|week|month|year))\b)""",
        "aA",
    ),
)


def _alternation(forms: tuple[tuple[str, str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(pattern for _, pattern, _ in forms), re.VERBOSE)


@functools.cache
def _forms_starting(lex: Lexicon, first: str) -> re.Pattern[str]:
    """The alternation of the forms that can start with a character of class ``first`` ("" : every form).

    Compiled on first use: each alternation costs 10-16 ms to compile, part
    of every process's start-up, and a text may need only one or two.
    """
    forms = (("clock", _clock_pattern(_zone_pattern(zones(lex))), "0aA"), *_FORMS)
    return _alternation(tuple(form for form in forms if not first or first in form[2]))


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


# Meteorological seasons of the northern hemisphere (first month, last month).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}

_DIRECTIONS: dict[str, Direction] = {
    "last": "past",
    "past": "past",
    "previous": "past",
    "next": "future",
    "coming": "future",
}


def _month(name: str) -> int:
    return MONTHS[fold_case(name).rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _part(text: str | None) -> Literal["early", "mid", "late"] | None:
    if not text:
        return None
    t = fold_case(text)
    if "mid" in t:
        return "mid"
    if "late" in t or "end" in t:
        return "late"
    return "early"


@functools.lru_cache(maxsize=512)
def _amount(text: str) -> float | None:
    # Cached: the same few words ("two", "a few") recur, and reading them
    # through the number grammar dominated a text full of "two days later".
    t = fold_case(text).strip().replace(",", "")
    if t.isdigit():
        return float(t)
    if t in ("a", "an"):
        return 1.0
    if t in ("a few", "several", "a couple of"):
        return None  # vague: not resolvable to a day
    parsed = parse_words(t)
    return parsed[0] if parsed else None


def _valid_day(month: int, day: int) -> bool:
    return 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


# Every temporal expression contains a digit or one of these words; the full
# pattern runs only in windows around them, which is several times faster than
# letting its two dozen alternatives try every position of the text.  The
# patterns have no leading ``\b`` so that the regex engine can skip ahead to
# their first letters; ``_trigger_starts`` checks the word boundary instead.
_DIGITS = re.compile(r"\d+")
_NAMED_TRIGGER = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)\b"
)
_LOWER_TRIGGER = re.compile(  # matched on the lowered text
    r"(?:yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|weeks?|weekend|months?|years?|days?|decades?"
    r"|fortnight|spring|summer|autumn|fall|winter|quarter|noon|midday|midnight|century|clock)\b"
)


def _trigger_starts(text: str, lowered: str) -> list[int]:
    """Sorted starts of digit runs and of trigger words that begin a word."""
    found = [m.start() for m in _DIGITS.finditer(text)]
    for m in (*_NAMED_TRIGGER.finditer(text), *_LOWER_TRIGGER.finditer(lowered)):
        p = m.start()
        if p == 0 or not is_word_char(text[p - 1]):
            found.append(p)
    found.sort()
    return found


_BEFORE = 32  # the longest lead-in before a trigger: "the beginning of ", "a couple of "


# Where TIME_PATTERN can start, read off its alternatives:
# a digit, a month or weekday name, "Q1", or a word that can lead into a date
# (in any case) with, for the commonest words, what must follow it: "the"
# leads only into "the 5th", "the end of", "the first quarter", "the 1990s",
# "the next day" or "the December ..."; "in", "of", "to" and the other month
# cues only into a month name.  Checking that here spares the full pattern
# most of its attempts.  (Run at word starts only: scanning the text with it
# is slower than the plain word-start scan below.)  "early", "mid" and "late"
# may run into what follows ("mid-1990s", "midDecember").
# Lead-in words that lead only into a month name ("in December"), and the
# other words a date can start with.
_MONTH_CUES_ONLY = (
    "in since until till by during from through to of before after each every for between and or that".split()
)
_OTHER_FIRST_WORDS = (
    "first second third fourth last this next past coming previous spring summer autumn fall winter"
    " yesterday today tomorrow tonight earlier later one two three four five six seven eight nine ten"
    " eleven twelve several noon midday midnight eighteenth nineteenth twentieth twenty"
).split()
_MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_GAP = rf"[\s{DASHES}]+"
_LEAD_IN = re.compile(
    r"\b(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Q[1-4]"
    r"|(?i:early|mid|late)"
    rf"|(?i:the)(?={_GAP}(?:\d|{_MONTH_NAME}|(?i:end|start|beginning|first|second|third|fourth|final|early|mid"
    r"|late|next|following|previous|same|eighteenth|nineteenth|twentieth|twenty)))"
    rf"|(?i:an?)(?={_GAP}(?:{_MONTH_NAME}|(?i:few|couple|day|week|month|year|decade|fortnight)))"
    rf"|(?i:on)(?={_GAP}(?:{_MONTH_NAME}|{_WEEKDAY}))"
    rf"|(?i:{trie_pattern(_MONTH_CUES_ONLY)})(?={_GAP}{_MONTH_NAME})"
    rf"|(?i:{trie_pattern(_OTHER_FIRST_WORDS)})\b)"
)
# Every word start that is a digit, a capital or a lower-case word that may
# lead in: cheap to scan for, and _LEAD_IN then looks closer.
_START_WORDS = ["early", "mid", "late", "the", "a", "an", "on", *_MONTH_CUES_ONLY, *_OTHER_FIRST_WORDS]
_START = re.compile(r"\b(?:[^\W_a-z]|(?i:early|mid|late|(?:" + trie_pattern(_START_WORDS[3:]) + r")\b))")
# How far past a trigger the word-start scan may look: far enough to see the
# longest lead-in word whole (its closing \b), and no further, so that the
# scan costs the window, not the rest of the text.
_START_REACH = max(map(len, _START_WORDS)) + 1


def find_times(text: str, lowered: str | None = None, lex: Lexicon | None = None) -> list[TimeExpr]:
    """Every temporal expression in ``text``, in order, with exact offsets.

    Every expression starts at a word within a few words before a trigger,
    so the full pattern is tried only at those word starts — the same
    matches a scan of the whole text would find, at a fraction of the cost.
    """
    if lowered is None:
        lowered = lowercase(text)
    if lex is None:
        lex = lexicon()
    matches: list[re.Match[str]] = []
    tried = -1  # the last word start the pattern was tried at
    last = 0  # where the last match ended: matches never overlap
    # A digit run triggers once: no word starts inside it, so its later digits
    # would only repeat the window of its first.
    for trigger in _trigger_starts(text, lowered):
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
        for word in _START.finditer(text, max(trigger - _BEFORE, tried + 1, last), trigger + _START_REACH):
            position = word.start()
            if position > trigger:
                break
            if position < last:
                continue  # inside a match found earlier in this window
            tried = position
            if not _LEAD_IN.match(text, position):
                continue
            m = _pattern_at(text, position, lex).match(text, position)
            if m:
                matches.append(m)
                last = m.end()
                if last > trigger:
                    # The rest of the window lies inside this match or past
                    # the trigger: stop here rather than scan on to its end.
                    break
    out: list[TimeExpr] = []
    for m in matches:
        written = m.group()
        if "\n" in written or "\r" in written:
            continue  # layout, not a phrase
        expr = _from_match(m, text, lex)
        if expr is not None:
            out.append(expr)
    return _with_days(out, text)


# What may stand between a day and its clock time ("Monday at 8 a.m.",
# "January 10, 0700 GMT") and between a clock time and its day ("8 a.m. on
# Monday", "midnight Friday").
_DAY_THEN_CLOCK = re.compile(
    r",?\s+(?:(?:at|from|by|until|till|before|after|around|about|shortly\s+(?:before|after))\s+)?"
)
_CLOCK_THEN_DAY = re.compile(r",?\s+(?:on\s+)?")


def _is_day(expr: TimeExpr) -> bool:
    """One day a clock time can be on: a date, a weekday, "today", "tomorrow"."""
    return (
        expr.granularity == "day"
        and expr.end_day is None
        and (expr.offset is None or (expr.offset[1] == "day" and expr.relation == "publication"))
    )


_MONTH_OF_YEAR = re.compile(r"\s+(?:of\s+)?")


def _with_days(exprs: list[TimeExpr], text: str) -> list[TimeExpr]:
    """A clock time next to the day it falls on becomes one expression: "Monday at 8 a.m. CET";
    a month next to the year it is in, too: "November of last year"."""
    out: list[TimeExpr] = []
    for expr in exprs:
        previous = out[-1] if out else None
        if previous is not None and expr.hour is not None and _is_day(previous):
            gap = _DAY_THEN_CLOCK.fullmatch(text, previous.end, expr.start)
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
            and _MONTH_OF_YEAR.fullmatch(text, previous.end, expr.start)
        ):
            # "November of last year", "in March next year", "the third quarter
            # of this year": the month (or quarter) of that year.
            out[-1] = replace(previous, end=expr.end, offset=expr.offset, relation="publication")
            continue
        if (
            previous is not None
            and previous.hour is not None
            and previous.granularity == "minute"
            and previous.month is None
            and previous.weekday is None
            and previous.offset is None
            and _is_day(expr)
            and _CLOCK_THEN_DAY.fullmatch(text, previous.end, expr.start)
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


@dataclass(frozen=True, slots=True)
class _Found:
    """One match of ``TIME_PATTERN``, with the text it was found in."""

    match: re.Match[str]
    text: str
    lex: Lexicon

    @property
    def start(self) -> int:
        return self.match.start()

    @property
    def end(self) -> int:
        return self.match.end()


def _from_match(m: re.Match[str], text: str, lex: Lexicon) -> TimeExpr | None:
    """The expression a match states, read by the builder of its form (None: not a date after all)."""
    # The outermost group closes last: lastgroup names the alternative that
    # matched, one comparison instead of a group lookup per form.
    form = m.lastgroup or ""
    read = _READERS.get(form)
    if read is not None:
        return read(m)
    build = _BUILDERS.get(form)
    return build(_Found(m, text, lex)) if build is not None else None


def _iso(f: _Found) -> TimeExpr | None:
    """2022-01-09."""
    g = f.match.group
    return TimeExpr(f.start, f.end, "day", int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))


def _mdm(f: _Found) -> TimeExpr | None:
    """A range across months: "December 28 to January 3"."""
    g = f.match.group
    s, e = f.start, f.end
    m1, m2 = _month(g("mdm_m1")), _month(g("mdm_m2"))
    d1, d2 = _day(g("mdm_d1")), _day(g("mdm_d2"))
    if not (_valid_day(m1, d1) and _valid_day(m2, d2)):
        return None
    y = int(g("mdm_y")) if g("mdm_y") else None
    return TimeExpr(s, e, "day", y if y and m1 <= m2 else (y - 1 if y else None), m1, d1, y, m2, d2)


def _mdd(f: _Found) -> TimeExpr | None:
    """A range of days in a month: "January 9-10"."""
    g = f.match.group
    s, e = f.start, f.end
    mo = _month(g("mdd_m"))
    d1, d2 = _day(g("mdd_d1")), _day(g("mdd_d2"))
    if not (_valid_day(mo, d1) and _valid_day(mo, d2)) or d2 <= d1:
        return None
    y = int(g("mdd_y")) if g("mdd_y") else None
    return TimeExpr(s, e, "day", y, mo, d1, y, mo, d2)


def _md(f: _Found) -> TimeExpr | None:
    """ "January 9", "January 9, 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    mo, d = _month(g("md_m")), _day(g("md_d"))
    if not _valid_day(mo, d):
        return None
    return TimeExpr(s, e, "day", int(g("md_y")) if g("md_y") else None, mo, d)


def _ddm(f: _Found) -> TimeExpr | None:
    """ "9-10 January"."""
    g = f.match.group
    s, e = f.start, f.end
    mo = _month(g("ddm_m"))
    d1, d2 = _day(g("ddm_d1")), _day(g("ddm_d2"))
    if not (_valid_day(mo, d1) and _valid_day(mo, d2)) or d2 <= d1:
        return None
    y = int(g("ddm_y")) if g("ddm_y") else None
    return TimeExpr(s, e, "day", y, mo, d1, y, mo, d2)


def _dm(f: _Found) -> TimeExpr | None:
    """ "9 January", "the 9th of January"."""
    g = f.match.group
    s, e = f.start, f.end
    mo, d = _month(g("dm_m")), _day(g("dm_d"))
    if not _valid_day(mo, d):
        return None
    return TimeExpr(s, e, "day", int(g("dm_y")) if g("dm_y") else None, mo, d)


def _partm(f: _Found) -> TimeExpr | None:
    """ "early January", "the end of March 2020"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(
        s,
        e,
        "month",
        int(g("partm_y")) if g("partm_y") else None,
        _month(g("partm_m")),
        part=_part(g("partm_p")),
    )


def _my(f: _Found) -> TimeExpr | None:
    """ "January 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(s, e, "month", int(g("my_y")), _month(g("my_m")))


def _qtr(f: _Found) -> TimeExpr | None:
    """ "the first quarter of 2022", "Q1 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    n = g("qtr_n")
    q = (
        {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}[
            fold_case(n)
        ]
        if n
        else int(g("qtr_q") or g("qtr_q2"))
    )
    written = g("qtr_y") or g("qtr_y2") or g("qtr_y3")
    if written is None:
        # "the fourth quarter", "third-quarter results": the year is chosen
        # around the publication date, as for a month without its year; only
        # where the sentence speaks of business ("in the fourth quarter" of a
        # game is no date).
        window = f.text[max(0, s - 120) : e + 120]
        if not _BUSINESS_WORDS.search(window):
            return None
        return TimeExpr(s, e, "month", None, 3 * q - 2, end_month=3 * q)
    year = int(written)
    return TimeExpr(s, e, "month", year, 3 * q - 2, end_year=year, end_month=3 * q)


# Words that make "the third quarter" a quarter of a business year.
_BUSINESS_WORDS = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|results|loss(?:es)?|growth|GDP|economy|economic|fiscal"
    r"|dividends?|deliveries|output|shipments|quarterly|net\s+income|operating|income)\b",
    re.IGNORECASE,
)


def _season(f: _Found) -> TimeExpr | None:
    """ "summer 2021", "last winter"."""
    g = f.match.group
    s, e = f.start, f.end
    first, last = _SEASONS[fold_case(g("season_s"))]
    rel = fold_case(g("season_rel") or "")
    if g("season_y"):
        year = int(g("season_y"))
        end_year = year + (1 if last < first else 0)
        return TimeExpr(s, e, "month", year, first, end_year=end_year, end_month=last)
    return TimeExpr(s, e, "month", None, first, end_month=last, direction=_DIRECTIONS.get(rel))


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
    return TimeExpr(s, e, "decade", y, part=_part(g("decade_p")))


_ORDINAL_CENTURIES = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty first": 21}


def _century(f: _Found) -> TimeExpr | None:
    """ "the 20th century", "the nineteenth century": its hundred years, 1900-1999 as TimeML reads it."""
    written = " ".join(re.split(rf"[\s{DASHES}]+", fold_case(f.match.group("century_n"))))
    number = _ORDINAL_CENTURIES.get(written) or int(re.sub(r"\D", "", written))
    if not 15 <= number <= 22:
        return None  # "the 3rd century" is history, not news: no calendar date here
    return TimeExpr(f.start, f.end, "century", (number - 1) * 100)


def _party(f: _Found) -> TimeExpr | None:
    """ "early 2022"."""
    g = f.match.group
    s, e = f.start, f.end
    return TimeExpr(s, e, "year", int(g("party_y")), part=_part(g("party_p")))


# The months "the start of the year" and "the end of the year" cover, as
# "early 2022" and "late 2022" do (``resolve``).
_YEAR_PARTS = {"start": (1, 4), "beginning": (1, 4), "end": (9, 12)}


def _yearpart(f: _Found) -> TimeExpr | None:
    """ "by the end of the year": a part of a year the text does not name.

    The year is chosen around the publication by tense, as for "the fourth
    quarter".  Where a year is named shortly before ("It was sold in 2009.
    By the end of the year it had closed") that year may be the one meant,
    which the publication cannot tell: nothing is read rather than a wrong year.
    """
    s, e = f.start, f.end
    if _NAMED_YEAR.search(f.text, max(0, s - _YEAR_REACH), s):
        return None
    first, last = _YEAR_PARTS[fold_case(f.match.group("yearpart_p"))]
    return TimeExpr(s, e, "year", None, first, end_month=last)


_NAMED_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")
_YEAR_REACH = 300  # characters: about the sentence before


_QUARTER_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def _relq(f: _Found) -> TimeExpr | None:
    """ "last quarter", "the current quarter": the quarter before, of or after the publication's."""
    s, e = f.start, f.end
    if not _BUSINESS_WORDS.search(f.text[max(0, s - 120) : e + 120]):
        return None  # "in the last quarter" of a game
    shift = _QUARTER_SHIFT[fold_case(f.match.group("relq_dir"))]
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
    if _year_is_count(f.text, e) or _measure_after(f.text, e, f.lex):
        return None
    return TimeExpr(s, e, "year", int(g("year_y")))


def _bm(f: _Found) -> TimeExpr | None:
    """A bare month after a cue word: "in December", "last March"."""
    g = f.match.group
    s, e = f.start, f.end
    # Keep only the month, not the cue word before it.
    ms = f.match.start("bm_m")
    cue = fold_case(g("bm_cue"))
    direction: Direction | None = "past" if cue in ("last", "past") else ("future" if cue == "next" else None)
    start = s if cue in ("mid", "early", "late") else ms
    return TimeExpr(
        start,
        e,
        "month",
        None,
        _month(g("bm_m")),
        direction=direction,
        part=_part(cue) if cue in ("mid", "early", "late") else None,
    )


def _wd(f: _Found) -> TimeExpr | None:
    """ "Monday", "last Thursday" (not "every Monday")."""
    g = f.match.group
    s, e = f.start, f.end
    if re.search(r"\b(?:every|each)\s+$", f.text[max(0, s - 8) : s], re.IGNORECASE):
        return None  # "every Monday" is a habit, not a date
    rel = fold_case(g("wd_rel") or "")
    direction = _DIRECTIONS.get(rel)
    start = s if rel in ("last", "next", "this", "coming", "past", "previous") else f.match.start("wd_d")
    return TimeExpr(start, e, "day", weekday=WEEKDAYS[fold_case(g("wd_d"))], direction=direction)


def _rel(m: re.Match[str]) -> TimeExpr | None:
    """ "yesterday", "next week", "this weekend"."""
    return _placed(_rel_reading(*m.group("rel_one", "rel_dir", "rel_unit")), m.start(), m.end())


# The day a word names, counted from the publication: "this morning" is the
# day of the article, "last night" the evening before it.
_DAY_WORDS = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}


@functools.lru_cache(maxsize=512)
def _rel_reading(rel_one: str | None, rel_dir: str | None, rel_unit: str | None) -> TimeExpr:
    """What "yesterday" or "<this|next|...> <unit>" states, at offset 0 (cached like ``_ago_reading``)."""
    one = fold_case(rel_one or "")
    if one:
        shift = _DAY_WORDS[re.sub(r"\s+", " ", one)]
        return TimeExpr(0, 0, "day", offset=(shift, "day"), relation="publication")
    # The pattern gives a direction and a unit whenever it gives no "yesterday".
    direction = re.sub(r"\s+", " ", fold_case(rel_dir or ""))
    unit = fold_case(rel_unit or "").split()[-1]  # "this fiscal year" is read as this year
    shift = {
        "this": 0,
        "earlier this": 0,
        "later this": 0,
        "next": 1,
        "coming": 1,
        "last": -1,
        "past": -1,
        "previous": -1,
    }[direction]
    if unit == "weekend":
        return TimeExpr(0, 0, "day", offset=(shift, "weekend"), relation="publication")
    gran = _GRANULARITY[unit]
    return TimeExpr(0, 0, gran, offset=(shift, unit), relation="publication")


def _ago(m: re.Match[str]) -> TimeExpr | None:
    """ "three years ago", "two days later"."""
    reading = _ago_reading(*m.group("ago_n", "ago_u", "ago_w"))
    return None if reading is None else _placed(reading, m.start(), m.end())


@functools.lru_cache(maxsize=512)
def _ago_reading(number: str, unit_word: str, word_written: str) -> TimeExpr | None:
    """What "<number> <unit> <ago|later|...>" states, at offset 0 (None: vague).

    Cached: it depends on the three words alone, and a date-dense text
    repeats the same few ("two days later") thousands of times.
    """
    amount = _amount(number)
    if amount is None:
        return None
    unit = UNIT_WORDS[fold_case(unit_word)]
    word = fold_case(word_written)
    sign = -1 if word in ("ago", "earlier", "before") else 1
    relation: Relation = "publication" if word == "ago" else "discourse"
    gran2 = _GRANULARITY[unit]
    if unit == "fortnight":
        amount, unit = amount * 2, "week"
    return TimeExpr(0, 0, gran2, offset=(sign * amount, unit), relation=relation)


_new_object = object.__new__


def _placed(reading: TimeExpr, start: int, end: int) -> TimeExpr:
    """``replace(reading, start=start, end=end)``, without running ``__init__`` again.

    A frozen dataclass's ``__init__`` sets its 17 fields one call at a time:
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


def _next(m: re.Match[str]) -> TimeExpr | None:
    """ "the next day", "the same year"."""
    return _placed(_next_reading(*m.group("next_w", "next_u")), m.start(), m.end())


@functools.lru_cache(maxsize=512)
def _next_reading(next_w: str, next_u: str) -> TimeExpr:
    """What "the <next|same|...> <unit>" states, at offset 0 (cached like ``_ago_reading``)."""
    w = fold_case(next_w)
    unit = fold_case(next_u)
    shift = {"next": 1, "following": 1, "previous": -1, "same": 0}[w]
    return TimeExpr(0, 0, _GRANULARITY[unit], offset=(shift, unit), relation="discourse")


# Words that make a bare "10:15" a time of day.
_CLOCK_LEAD_IN = re.compile(
    r"\b(?:at|by|from|until|till|before|after|around|about|since|to|between|and|or|past)\s+$", re.IGNORECASE
)


def _clock(f: _Found) -> TimeExpr | None:
    """ "8 a.m. CET", "10:15 local time", "0700 GMT", "noon", "8.30pm"."""
    g = f.match.group
    zone = g("clock_zone") or g("clock_pzone")
    meridiem = g("clock_ap") or g("clock_ap12")
    if g("clock_word"):
        hour, minute = (0 if fold_case(g("clock_word")) == "midnight" else 12), 0
    elif g("clock_hhmm"):
        hour, minute = int(g("clock_hhmm")[:2]), int(g("clock_hhmm")[2:])
    elif g("clock_h12"):
        hour, minute = int(g("clock_h12")), 0
    elif g("clock_oc") or g("clock_hp"):
        written = g("clock_oc") or g("clock_hp")
        hour, minute = (int(written) if written.isdigit() else HOUR_WORDS[fold_case(written)]), 0
        if g("clock_hp") and not _CLOCK_LEAD_IN.search(f.text, max(0, f.start - 24), f.start):
            return None  # "killed 9 in the morning attack": no word says it is a time of day
        part = fold_case(g("clock_part") or g("clock_hpart") or "")
        if part.endswith("morning"):
            meridiem = "am"
        elif part:
            meridiem = "am" if hour == 12 and part.endswith("night") else "pm"
    else:
        hour, minute = int(g("clock_h")), int(g("clock_m"))
        if g("clock_sep") == "." and not meridiem and not zone:
            return None  # "8.30" is a decimal number
        if not (meridiem or zone or g("clock_local")) and not _CLOCK_LEAD_IN.search(
            f.text, max(0, f.start - 24), f.start
        ):
            return None  # "John 3:16", "a 2:15 finish": no word says it is a time of day
    if meridiem:
        if not 1 <= hour <= 12:
            return None  # "13:00 pm", "0:30 a.m."
        hour = hour % 12 + (12 if meridiem[0] in "pP" else 0)
    if g("clock_local"):
        zone = "local time"
    written = " ".join(zone.split()) if zone else None
    rule = find_zone(written, zones(f.lex)) if written is not None else None
    return TimeExpr(f.start, f.end, "minute", hour=hour, minute=minute, zone=written, zone_rule=rule)


_BUILDERS: dict[str, Callable[[_Found], TimeExpr | None]] = {
    "clock": _clock,
    "iso": _iso,
    "mdm": _mdm,
    "mdd": _mdd,
    "md": _md,
    "ddm": _ddm,
    "dm": _dm,
    "partm": _partm,
    "my": _my,
    "qtr": _qtr,
    "season": _season,
    "num": _num,
    "decade": _decade,
    "century": _century,
    "party": _party,
    "relq": _relq,
    "yearpart": _yearpart,
    "yr": _yr,
    "year": _year,
    "bm": _bm,
    "wd": _wd,
}
# The forms read from the match alone, which are spared wrapping it in a
# ``_Found``: the same three are cached, and a text of thousands of "two days
# later" spends more on the wrapper than on reading.
_READERS: dict[str, Callable[[re.Match[str]], TimeExpr | None]] = {
    "rel": _rel,
    "ago": _ago,
    "next": _next,
}


_WORDS_AFTER_YEAR = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?:[ \u00a0]+([a-z][a-z-]*))?")


_UNIT_AFTER_YEAR = re.compile(r"[ \u00a0]+((?:sq|square|cubic)[ \u00a0]+)?([a-z]{2,}|[a-z]\b)")
# Measure words that also follow a year in ordinary prose ("in 2014 points
# were deducted"): a year before them stays a year.
_YEAR_BEFORE_WORDS = frozenset({"point", "points", "pt", "pts", "degree", "degrees"})


def _measure_after(text: str, end: int, lex: Lexicon) -> bool:
    """ "1520 sq m", "29 mpg": a unit of measure after the number makes it a measure, not a year."""
    m = _UNIT_AFTER_YEAR.match(text, end)
    if not m or m.group(2) in STOPWORDS or m.group(2) in _YEAR_BEFORE_WORDS:
        return False
    words = lex.measure_words
    if m.group(1):
        return f"sq {m.group(2)}" in words or f"square {m.group(2)}" in words
    word = m.group(2)
    return word in words or (word.endswith("s") and len(word) > 3 and word[:-1] in words)


def _year_is_count(text: str, end: int) -> bool:
    """ "2000 troops", "1,500 combat-ready soldiers": a count, not the year 2000.

    A year is often followed by a noun too ("a 2009 analysis", "the 2014
    invasion"); only a plural noun (directly, or after one modifier) makes the
    number a count.
    """
    m = _WORDS_AFTER_YEAR.match(text, end)
    if not m:
        return False
    for word in m.groups():
        if word is None or word in STOPWORDS:
            return False
        if lemma(word) != word or word in ("people", "police", "personnel", "troops"):
            return True
    return False
