"""When a figure was true, and what it measures: the per-fact readings done after scanning.

``as_of``: a toll changes over the days after a disaster, so alignment orders
the values of one quantity by the date each was true.  The text says so with a
reporting date in the figure's sentence: "as of Sunday", "by Wednesday
evening", "on Tuesday the toll rose to 2,100", "the toll had climbed to 480
on Wednesday".  A figure without one was true when the article was published.

``role_of``: the role of a quantity (``compare.extract.roles``) from its kind,
unit and counted noun.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from compare.extract.date_words import date_words, phrases
from compare.extract.roles import count_role, measure_role
from compare.extract.times_reference import ReferenceTime, ReferenceWords, reference_words
from compare.lang import Lexicon, lexicon
from compare.model import DateValue

__all__ = ["as_of", "reporting_date", "role_of", "sentence_as_of"]

_REACH = 60
_SAYING_REACH = 32  # "told journalists on late "


@dataclass(frozen=True)
class ReportingWords:
    """The reporting-date cues of one language (``dates.toml`` [reporting]), compiled once per lexicon."""

    # A date introduced as the time a count stood: "as of Sunday", "by Wednesday".
    lead_in: re.Pattern[str]
    # A date the count was given on: "said on Monday", "told reporters Tuesday".
    saying: re.Pattern[str]
    # A count that moved: the date of the move is the date the figure was true.
    toll_change: re.Pattern[str]


@functools.cache
def reporting_words(lex: Lexicon | None = None) -> ReportingWords:
    """The reporting-date cues of ``lex`` (English when None)."""
    w = date_words(lex if lex is not None else lexicon())
    number_of = r"\s+".join(map(re.escape, w.report_number_of.split()))
    auxiliaries = "".join(f"{re.escape(a)}\\s+|" for a in w.report_auxiliaries)
    return ReportingWords(
        re.compile(rf"\b{phrases(w.report_lead_ins)}\s+(?:{phrases(w.report_between)}\s+)?$"),
        re.compile(
            rf"\b{phrases(w.report_saying)}\s+(?:{phrases(w.report_saying_prepositions)}\s+)?"
            rf"(?:{phrases(w.report_between)}\s+)?$"
        ),
        re.compile(
            rf"\b(?:{phrases(w.report_nouns)[3:-1]}|{number_of}\s+[a-z]+)\s+(?:{auxiliaries[:-1]})?"
            rf"{phrases(w.report_verbs)}\b"
        ),
    )


def reporting_date(
    lowered: str, start: int, end: int, sentence_start: int, sentence_end: int, lex: Lexicon | None = None
) -> bool:
    """Whether the date at ``[start, end)`` says when a figure of its sentence was true (words of ``lex``)."""
    if lowered[end : end + 2] in ("'s", "’s"):
        return False  # "by Sunday's quake" names the event
    words = reporting_words(lex)
    if words.lead_in.search(lowered, max(sentence_start, start - 16), start):
        return True
    if words.saying.search(lowered, max(sentence_start, start - _SAYING_REACH), start):
        return True
    lo = max(sentence_start, start - _REACH)
    hi = min(sentence_end, end + _REACH)
    return words.toll_change.search(lowered, lo, hi) is not None


def as_of(
    reported: Sequence[tuple[int, int, DateValue]], position: int, published: dt.date | None
) -> dt.date | None:
    """The reporting date of the sentence nearest ``position``, else ``published``."""
    best = _nearest(reported, position)
    return best[1] if best is not None else published


def _nearest(reported: Sequence[tuple[int, int, DateValue]], position: int) -> tuple[int, dt.date] | None:
    """The reporting date nearest ``position`` and its distance in characters, or None."""
    best: tuple[int, dt.date] | None = None
    for start, end, value in reported:
        if value.end is None:
            continue
        distance = start - position if start >= position else position - end
        if best is None or distance < best[0]:
            best = (distance, value.end)
    return best


# How far a reference word may stand from the figure it dates ("officials
# initially reported 120": 19 characters; "the previously announced death
# toll of 42": 36).  Chosen on the development gold (see docs/accuracy.md,
# "Fourteenth session: times").
_REF_REACH = 40
# How far before a reference word its lead "according to a" may start.
_ACCORDING_REACH = 24
# How far after an earlier value its own day may stand ("42 reported a day
# earlier").
_EARLIER_DAY_REACH = 24


def sentence_as_of(
    lowered: str,
    sentence_start: int,
    figures: Sequence[tuple[int, int]],
    reported: Sequence[tuple[int, int, DateValue]],
    dates: Sequence[tuple[int, int, DateValue]],
    refs: Sequence[ReferenceTime],
    published: dt.date | None,
    lex: Lexicon | None = None,
) -> list[dt.date | None]:
    """When each figure of one sentence was true, in the order of ``figures``.

    ``reported`` are the sentence's reporting dates (``reporting_date``),
    ``dates`` all its dates, ``refs`` its reference times.  A figure after
    "up from" / "compared with" is the earlier value of the count before it:
    the date written right after it ("up from 42 on Sunday", "up from 42
    reported a day earlier", "compared with $16.6 billion a year ago", its
    last day) is its own, and dates no other figure; without one it was true
    the day before the sentence's.  Every other figure takes the nearest
    reporting date or reference time: "now" dates it to the publication, an
    earlier report before it ("initially reported", "had earlier reported"),
    or after it and led by "according to" ("1,042 were injured, according to
    a previous report"), to the day before the sentence's reporting date.
    """
    words = reference_words(lex)
    lead = words.earlier_value_day
    own_dates = [
        (s, e, v)
        for s, e, v in dates
        if v.end is not None and lead.search(lowered, max(sentence_start, s - 64), s)
    ]
    others = [(s, e, v) for s, e, v in reported if (s, e, v) not in own_dates]
    out: list[dt.date | None] = []
    for start, end in figures:
        if words.earlier_value.search(lowered, max(sentence_start, start - 16), start):
            day = next((v.end for s, _, v in own_dates if 0 <= s - end <= _EARLIER_DAY_REACH), None)
            out.append(day if day is not None else _day_before(as_of(others, start, published)))
            continue
        best: tuple[int, dt.date | None] | None = _nearest(others, start)
        for r in refs:
            if r.kind == "FUTURE_REF" or (r.kind == "PAST_REF" and not r.earlier_report):
                continue
            if r.kind == "PAST_REF" and r.end > start and not _according(lowered, end, r, words):
                # "more jobs than it previously announced": a report after the figure dates it only
                # when "according to" leads it ("1,042 injured, according to a previous report").
                continue
            distance = r.start - end if r.start >= end else start - r.end
            if distance <= _REF_REACH and (best is None or distance < best[0]):
                earlier = _day_before(as_of(others, start, published))
                best = (distance, published if r.kind == "PRESENT_REF" else earlier)
        out.append(best[1] if best is not None else published)
    return out


def _according(lowered: str, end: int, ref: ReferenceTime, words: ReferenceWords) -> bool:
    """Whether "according to" leads a reference time that stands after its figure (which ends at ``end``)."""
    return words.according.search(lowered, max(end, ref.start - _ACCORDING_REACH), ref.start) is not None


def _day_before(day: dt.date | None) -> dt.date | None:
    """The day before ``day``: an earlier report's day when the text names none."""
    return day - dt.timedelta(days=1) if day is not None else None


def role_of(
    kind: str, unit: str, noun: str | None, written: str, lowered: str, start: int, end: int, lex: Lexicon
) -> str | None:
    """The role of a quantity of ``kind`` at ``[start, end)``, in the words of ``lex``."""
    if kind == "money":
        return "money"
    if kind == "duration":
        return "duration"
    if kind == "measure":
        return measure_role(unit, lowered, start, end, lex)
    if kind == "count":
        return count_role(noun, written, lowered, start, end, lex)
    return None
