"""Anchoring dates: partial and relative expressions become intervals of days.

Rules, in the words of the extraction issue:
- a partial date ("December 7") gets the year that puts it nearest the
  publication date in the direction the tense points ("talks on Monday ended"
  looks back, "on Wednesday, X will meet" looks forward);
- "yesterday", "last week", "three years ago" count from the publication date;
- "two days later", "the next day", "the same year" count from the last date
  the text mentioned (the discourse);
- without a publication date a relative date stays unresolved: it is never
  resolved against today's clock.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Literal, get_args

from compare.extract.date_words import UNIT_GRANULARITY, date_words, phrases
from compare.extract.times import TimeExpr, zone_offset
from compare.lang import Lexicon, lexicon
from compare.model import Anchor, DateValue, Granularity
from compare.words import phrase_trie, starts_after, trie_pattern, word_led

Tense = Literal["past", "future"] | None
_SPACE = r"\s+"  # between the words of a marker ("is  set to")


@dataclass(frozen=True, eq=False)
class TenseWords:
    """The tense markers of one language (``dates.toml`` [tense]), compiled once per lexicon."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    # "is deliberating this Thursday", "are meeting on Monday": the present
    # progressive with a date names an arrangement, usually still to come.
    progressive: re.Pattern[str]
    # The past and progressive markers after the character before them, which they take
    # (``words.starts_after``); None unless every marker begins and ends with a word character.
    past_after: re.Pattern[str] | None
    progressive_after: re.Pattern[str] | None
    progressive_ending: str
    present_auxiliary: re.Pattern[str]
    had: re.Pattern[str]
    was: re.Pattern[str]
    # "better-than-expected": a future marker after these compares.
    than: re.Pattern[str]
    # The past auxiliaries as written ("was", "were"): one right before a future marker is no past tense.
    was_words: frozenset[str]
    clause_break: re.Pattern[str]
    onward: re.Pattern[str]
    # Right before a date: "since September 13" lies before the publication, "starting Wednesday" after it.
    since: re.Pattern[str]
    starting: re.Pattern[str]
    # Right before a date in a clause with no tense marker of its own: "set the surrender date for
    # April 27" names an arrangement.
    planned: re.Pattern[str]
    to_verb: re.Pattern[str]
    reporting: re.Pattern[str]
    # The markers that are verbs of saying ("said"), or adjectives of their own noun ("next").
    reporting_words: frozenset[str]
    adjectival_words: frozenset[str]


@functools.cache
def tense_words(lex: Lexicon | None = None) -> TenseWords:
    """The tense markers of ``lex`` (English when None), built once per lexicon."""
    w = date_words(lex if lex is not None else lexicon())
    onward = phrases(w.onward)
    past = rf"(?:{trie_pattern(w.past, _SPACE)}|{_ending(w.regular_stem, w.regular_ending)})\b"
    progressive = rf"{phrase_trie(w.progressive)}\s+(?:{_ending(1, w.progressive_ending)})\b"
    return TenseWords(
        # Factored by prefix (``words.phrase_trie``): the same matches as the
        # flat alternation of the markers, which was tried whole at every word.
        future=re.compile(rf"\b{phrase_trie(w.future)}\b"),
        # Factored by prefix (``words.trie_pattern``): the same matches as the
        # flat alternation of the words, longest first, at half the cost.
        past=re.compile(rf"\b{past}"),
        progressive=re.compile(rf"\b{progressive}"),
        past_after=re.compile(rf"\W({past})") if word_led(w.past) else None,
        progressive_after=re.compile(rf"\W({progressive})") if word_led(w.progressive) else None,
        progressive_ending=w.progressive_ending,
        present_auxiliary=re.compile(rf"\b{phrases(w.present_auxiliaries)}\s+$"),
        had=re.compile(rf"\b{phrases(w.past_perfect)}\s+$"),
        was=re.compile(rf"\b{phrases(w.past_progressive)}\s+$"),
        than=re.compile(rf"\b{phrases(w.compared_tense)}[\s-]+$"),
        was_words=frozenset(w.past_progressive),
        # Where a clause ends: punctuation, and the words that open another clause.
        clause_break=re.compile(rf"[,;:()\"“”]|\s[–—]\s|\b(?:{trie_pattern(w.clause_words, _SPACE)})\b"),
        onward=re.compile(rf"\b{onward}\s+$"),
        since=re.compile(rf"\b{phrases(w.since)}\s+$"),
        starting=re.compile(rf"\b{phrases(w.starting)}\s+$"),
        planned=re.compile(rf"\b{phrases(w.planned)}\s+$"),
        to_verb=re.compile(
            rf"\b{phrases((w.infinitive, *w.present_perfect))}\s+[a-z]+\s+(?:[a-z]+\s+){{0,4}}{onward}\s+$"
        ),
        reporting=re.compile(rf"{phrases(w.reporting)}\b"),
        reporting_words=frozenset(w.reporting),
        adjectival_words=frozenset(w.adjectival),
    )


def _ending(stem: int, ending: str) -> str:
    """A word of at least ``stem`` letters and then ``ending`` ("[a-z]{3,}ed").

    Written as the whole run of letters, then a look back at its end: the
    same matches as ``[a-z]{stem,}ending`` (whose greedy run gave back one
    letter at a time to find the ending, at every word of a sentence).
    """
    return rf"[a-z]{{{stem + len(ending)},}}(?<={re.escape(ending)})"


def tense_markers(
    lowered: str, sentence: tuple[int, int], words: TenseWords | None = None
) -> list[tuple[int, Tense]]:
    """Where the sentence marks the future, then where it marks the past.

    ``lowered`` is the document text in lower case (``words.lowercase``): the
    markers are matched case-sensitively, which is several times faster.
    Found once per sentence, however many dates it holds.  ``words`` are the
    markers of the document's language (English when None).
    """
    return [(start, tense) for start, tense, _ in _marked(lowered, sentence, words)]


def _marked(
    lowered: str, sentence: tuple[int, int], words: TenseWords | None = None
) -> list[tuple[int, Tense, str]]:
    """``tense_markers`` with each marker's words as written."""
    t = words if words is not None else tense_words()
    s, e = sentence
    future: list[tuple[int, Tense, str]] = [
        (m.start(), "future", m.group())
        for m in t.future.finditer(lowered, s, e)
        # "had expected to", "was coming off": a past perfect or a past
        # progressive is no future ("was scheduled for Wednesday" still is:
        # news reports plans in the past tense).
        if not t.had.search(lowered, max(s, m.start() - 8), m.start())
        and not (
            m.group().endswith(t.progressive_ending)
            and t.was.search(lowered, max(s, m.start() - 8), m.start())
        )
        # "better-than-expected results on Wednesday" compares.
        and not t.than.search(lowered, max(s, m.start() - 6), m.start())
    ]
    future += [
        (start, "future", lowered[start:end])
        for start, end, _ in starts_after(t.progressive, t.progressive_after, lowered, s, e)
    ]
    # Where the future markers start: "was" right before one ("was scheduled
    # to") is part of that plan, not a past tense of its own.
    planned = {start for start, _, _ in future}
    past: list[tuple[int, Tense, str]] = [
        (start, "past", lowered[start:end])
        for start, end, _ in starts_after(t.past, t.past_after, lowered, s, e)
        # "will be held", "is scheduled to", "are to be followed": a participle
        # after a present or future auxiliary is no past tense.
        if not t.present_auxiliary.search(lowered, max(s, start - 12), start)
        and not (lowered[start:end] in t.was_words and _next_word(lowered, end, e) in planned)
    ]
    return future + past


def _next_word(lowered: str, end: int, limit: int) -> int:
    """Where the word after the spaces at ``end`` starts (``limit`` when none comes before it)."""
    k = end
    while k < limit and lowered[k].isspace():
        k += 1
    return k


def tense_near(markers: list[tuple[int, Tense]], position: int) -> Tense:
    """The tense of the marker closest to ``position`` (a future one on a tie)."""
    best: tuple[int, Tense] | None = None
    for start, tense in markers:
        distance = abs(start - position)
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None


# The kinds of marker ``Tenses.nearest`` can skip, as bits.
_REPORTING = 1
_ADJECTIVAL = 2


class Tenses:
    """The tense markers of one sentence, to read the tense that governs a date.

    The tense is read in the date's clause (the stretch between punctuation
    and clause words such as "that", "which", "but"): its nearest marker,
    a verb of saying only if the clause has no other ("The talks will resume
    on Monday, officials said": "will", not "said").  A clause with no marker
    ("On Monday, ...") takes the nearest marker of the sentence, as before.
    Markers are kept sorted, so each date costs a bisection, not a walk over
    the sentence.
    """

    def __init__(self, lowered: str, sentence: tuple[int, int], words: TenseWords | None = None) -> None:
        self.lowered = lowered
        self.sentence = sentence
        self.words = t = words if words is not None else tense_words()
        # Future before past at one position: a tie goes to the future.
        marked = sorted(_marked(lowered, sentence, t), key=lambda m: (m[0], m[1] != "future"))
        self.markers = [(start, tense) for start, tense, _ in marked]
        self.starts = [m[0] for m in marked]
        # What each marker is besides a tense: a verb of saying, an adjective of its own noun.
        reporting, adjectival = t.reporting_words, t.adjectival_words
        self.kinds = [
            (_REPORTING if word in reporting else 0) | (_ADJECTIVAL if word in adjectival else 0)
            for _, _, word in marked
        ]
        # Where clauses break, found once per sentence: a date's clause is
        # then two bisections away, however long the sentence.
        breaks = [m.span() for m in t.clause_break.finditer(lowered, sentence[0], sentence[1])]
        self.break_starts = [b[0] for b in breaks]
        self.break_ends = [b[1] for b in breaks]

    def nearest(
        self, position: int, lo: int, hi: int, *, reporting: bool = True, adjectival: bool = True
    ) -> tuple[int, Tense] | None:
        """The marker in ``[lo, hi)`` closest to ``position`` (a future one on a tie).

        ``reporting=False`` skips the verbs of saying, ``adjectival=False`` the
        adjectives ("next", "last") that place only the noun they modify.
        """
        first = bisect.bisect_left(self.starts, lo)
        last = bisect.bisect_left(self.starts, hi)
        k = bisect.bisect_left(self.starts, position, first, last)
        skip = (_REPORTING if not reporting else 0) | (_ADJECTIVAL if not adjectival else 0)
        kinds, starts = self.kinds, self.starts
        # The nearest marker kept on each side (a skipped one lets the walk go
        # on), with every kept marker sharing its position.
        candidates: list[tuple[int, Tense]] = []
        for j, step, stop in ((k - 1, -1, first - 1), (k, 1, last)):
            while j != stop and kinds[j] & skip:
                j += step
            if j == stop:
                continue
            at = starts[j]
            while j != stop and starts[j] == at:
                if not kinds[j] & skip:
                    candidates.append(self.markers[j])
                j += step
        best: tuple[int, int, Tense] | None = None
        for start, tense in candidates:
            key = (abs(start - position), tense != "future")
            if best is None or key < best[:2]:
                best = (key[0], key[1], tense)
        return (best[0], best[2]) if best is not None else None

    def governing(self, start: int, end: int) -> Tense:
        """The tense of the verb that governs the date at ``[start, end)``."""
        s, e = self.sentence
        k = bisect.bisect_right(self.break_ends, start)  # breaks ending at or before the date
        lo = self.break_ends[k - 1] if k else s
        j = bisect.bisect_left(self.break_starts, end)  # the first break after it
        hi = self.break_starts[j] if j < len(self.break_starts) else e
        # "said Monday", "announced Wednesday it is buying": a verb of saying
        # just before the date governs it.
        saying = self.nearest(start, max(lo, start - _SAYING_REACH), start)
        if saying is not None and self.words.reporting.match(self.lowered, start - saying[0]):
            return saying[1]
        # "on strike since September 13", "return starting Wednesday": the
        # lead word says which way, whatever the clause's verb.
        lead = max(lo, start - _LEAD_REACH)
        if self.words.since.search(self.lowered, lead, start):
            return "past"
        if self.words.starting.search(self.lowered, lead, start):
            return "future"
        # "to run through June", "is closed until Friday": a span reaching up
        # to the date looks forward, unless the clause's verb is past.
        if self.words.onward.search(self.lowered, max(lo, start - 12), start):
            if self.words.to_verb.search(self.lowered, max(lo, start - _TO_VERB_REACH), start):
                return "future"
            # "Till Thursday evening, 1,500 persons had been rescued": a clause
            # with no verb of its own takes the sentence's.
            verb = self.nearest(start, lo, hi, reporting=False) or self.nearest(start, s, e, reporting=False)
            if verb is None or verb[1] != "past":
                return "future"
        found = (
            self.nearest(start, lo, hi, reporting=False, adjectival=False)
            or self.nearest(start, lo, hi, adjectival=False)
            or self.nearest(start, lo, hi)
        )
        if found is None and self.words.planned.search(self.lowered, lead, start):
            # "Davila set Holmes' surrender date for April 27, according to X, who was present":
            # the clause says no tense, and the sentence's other clauses tell of other acts.
            return "future"
        found = found or self.nearest(start, s, e)
        return found[1] if found is not None else None


_LEAD_REACH = 16  # "as soon as ", "beginning on "
_TO_VERB_REACH = 72  # "to hold all stock markets closed until "
_SAYING_REACH = 24  # "said on Monday", "told reporters on Thursday"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_SLACK = dt.timedelta(days=1)
# How far from the publication a year picked by tense may place a date (beyond it, the nearest year wins),
# and the same for an explicit "last"/"next", whose candidates lie at most a year and a month away.
_REACH = 330
_STRICT_REACH = 400


def _pick_year(
    candidates: list[tuple[dt.date, dt.date, int]], published: dt.date, tense: Tense, *, strict: bool = False
) -> int:
    """The year whose interval is nearest the publication in the tense's direction.

    ``strict`` is for an explicit "last"/"next" ("next winter" is not the
    winter under way); a direction read from the tense allows the interval to
    contain the publication date.  A direction read from the tense gives way
    to the nearest year when its pick lies more than _REACH days away; an
    explicit one never does ("made last January" in a paper of 3 January is
    a year back, 337 days from the publication).
    """
    reach = _STRICT_REACH if strict else _REACH

    def distance(c: tuple[dt.date, dt.date, int]) -> int:
        start, end, _ = c
        if start <= published <= end:
            return 0
        return min(abs((start - published).days), abs((end - published).days))

    if tense == "past":
        # Allow a day of slack: articles are dated the day after events.
        before = [c for c in candidates if (c[1] < published if strict else c[0] <= published + _SLACK)]
        pick = max(before, key=lambda c: c[0]) if before else None
        if pick and distance(pick) <= reach:
            return pick[2]
    elif tense == "future":
        after = [c for c in candidates if (c[0] > published if strict else c[1] >= published - _SLACK)]
        pick = min(after, key=lambda c: c[1]) if after else None
        if pick and distance(pick) <= reach:
            return pick[2]
    return min(candidates, key=distance)[2]


def _month_part(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    if part == "early":
        return dt.date(year, month, 1), dt.date(year, month, 10)
    if part == "mid":
        return dt.date(year, month, 11), dt.date(year, month, 20)
    if part == "late":
        return dt.date(year, month, 21), dt.date(year, month, last)
    return dt.date(year, month, 1), dt.date(year, month, last)


def _calendar_interval(expr: TimeExpr, year: int) -> tuple[dt.date, dt.date] | None:
    """The interval of a month/day expression (or a movable holiday) once its year is known."""
    if expr.movable is not None:
        day = expr.movable.on(year)
        return day, day
    if expr.month is None:
        return None
    if expr.day is None and expr.end_month is not None:
        # A quarter or a season: whole months, possibly across the new year
        # (or, for a year of accounts, as many years after as the expression says).
        if expr.year is not None and expr.end_year is not None:
            end_year = year + (expr.end_year - expr.year)
        else:
            end_year = year + (1 if expr.end_month < expr.month else 0)
        return dt.date(year, expr.month, 1), _month_end(end_year, expr.end_month)
    if expr.day is None:
        return _month_part(year, expr.month, expr.part)
    start = _safe_date(year, expr.month, expr.day)
    if start is None:
        return None
    if expr.end_day is not None and expr.end_month is not None:
        end_year = year + (1 if expr.end_month < expr.month else 0)
        end = _safe_date(end_year, expr.end_month, expr.end_day)
        if end is None or end < start:
            return None
        return start, end
    return start, start


def _shift(anchor: dt.date, amount: float, unit: str) -> dt.date:
    n = int(amount)
    if unit == "day":
        return anchor + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return anchor + dt.timedelta(weeks=n)
    if unit in ("month", "quarter", "year", "decade"):
        months = n * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
        total = anchor.year * 12 + (anchor.month - 1) + months
        year, month = divmod(total, 12)
        return dt.date(year, month + 1, min(anchor.day, calendar.monthrange(year, month + 1)[1]))
    return anchor


def _unit_interval(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "weekend":
        saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
        return saturday, saturday + dt.timedelta(days=1)
    if unit == "month":
        return dt.date(day.year, day.month, 1), _month_end(day.year, day.month)
    if unit == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        return dt.date(day.year, first, 1), _month_end(day.year, first + 2)
    if unit == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if unit == "decade":
        start = day.year // 10 * 10
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    return day, day


# How coarse a granularity is, finest first; a minute ranks with its day (a clock time's date is a day).
_COARSENESS = {g: max(0, i - 1) for i, g in enumerate(get_args(Granularity))}


def _rank(unit: str) -> int:
    """How coarse a unit of the date grammar or a granularity is (an unknown one ranks as a day)."""
    return _COARSENESS.get(UNIT_GRANULARITY.get(unit, unit), 0)


def _discourse(history: list[DateValue], unit: str) -> DateValue | None:
    """The last date mentioned that is at least as precise as ``unit``.

    "Two days later" counts from the last day mentioned, skipping a year named
    in between ("On December 7 ... since 2014 ... Two days later").
    """
    for value in reversed(history):
        if _rank(value.granularity) <= _rank(unit):
            return value
    return None


def resolve(
    expr: TimeExpr, *, published: dt.date | None, history: list[DateValue], tense: Tense
) -> DateValue:
    """Anchor one expression; ``history`` holds the dates resolved before it, in order.

    A date that would fall outside the calendar (a publication date of
    9999-12-31 and "tomorrow") stays unresolved rather than failing the run.
    """
    try:
        return _resolve(expr, published=published, history=history, tense=tense)
    except (OverflowError, ValueError):
        return DateValue(None, None, expr.granularity, "unresolved")


@dataclass(frozen=True)
class _Anchors:
    """What an expression is anchored on: the publication date, the dates before it, the tense."""

    published: dt.date | None
    history: list[DateValue]
    tense: Tense


def _resolve(
    expr: TimeExpr, *, published: dt.date | None, history: list[DateValue], tense: Tense
) -> DateValue:
    anchors = _Anchors(published, history, tense)
    if expr.span is not None:
        return _span(expr, anchors, expr.span)
    if expr.week is not None:
        return _week(expr, anchors, expr.week)
    if expr.hour is not None:
        return _clock(expr, anchors)
    if expr.short:
        return _short(expr, anchors)
    if expr.offset is not None:
        return _relative(expr, anchors, expr.offset)
    if expr.weekday is not None:
        return _weekday(expr, anchors, expr.weekday)
    if expr.granularity == "month" and expr.part is not None and expr.month is None:
        return _part_of_month(expr, anchors, expr.part)
    if expr.granularity == "century" and expr.year is not None:
        return DateValue(dt.date(expr.year, 1, 1), dt.date(expr.year + 99, 12, 31), "century", "absolute")
    if expr.granularity == "decade" and expr.year is not None:
        return _decade(expr, expr.year)
    if expr.granularity == "year" and expr.year is not None:
        return _year(expr, expr.year)
    if expr.month is not None or expr.movable is not None:
        return _calendar(expr, anchors)
    return DateValue(None, None, expr.granularity, "unresolved")


def _span(expr: TimeExpr, anchors: _Anchors, span: tuple[int, str]) -> DateValue:
    """ "the three months to September", "the first nine months of 2021": whole months from one end of the
    date's interval."""
    months, edge = span
    base = _resolve(replace(expr, span=None), published=anchors.published, history=anchors.history,
                    tense=anchors.tense)  # fmt: skip
    if base.start is None or base.end is None:
        return DateValue(None, None, "month", "unresolved")
    if edge == "last":
        end = base.end
        start = _shift(end + dt.timedelta(days=1), -months, "month")
    else:
        start = base.start
        end = _shift(start, months, "month") - dt.timedelta(days=1)
    return DateValue(start, end, "month", base.anchor)


def _week(expr: TimeExpr, anchors: _Anchors, week: Literal["first", "last", "of"]) -> DateValue:
    """ "the week of April 10": Monday to Sunday around the day; "the last week of March", "the first week
    of 2015": the last or first seven days of the month or year."""
    base = _resolve(replace(expr, week=None), published=anchors.published, history=anchors.history,
                    tense=anchors.tense)  # fmt: skip
    if base.start is None or base.end is None:
        return DateValue(None, None, "week", "unresolved")
    if week == "of":
        start = base.start - dt.timedelta(days=base.start.weekday())
    elif week == "first":
        start = base.start
    else:
        start = base.end - dt.timedelta(days=6)
    return DateValue(start, start + dt.timedelta(days=6), "week", base.anchor)


def _part_of_month(expr: TimeExpr, anchors: _Anchors, part: Literal["early", "mid", "late"]) -> DateValue:
    """ "by the end of the month": that part of the month before, of or after the publication's, by tense
    (the publication's when the tense says nothing), as for "the end of the year"."""
    published = anchors.published
    if published is None:
        return DateValue(None, None, "month", "unresolved")
    candidates = []
    for k in (-1, 0, 1):
        day = _shift(dt.date(published.year, published.month, 1), k, "month")
        start, end = _month_part(day.year, day.month, part)
        candidates.append((start, end, k))
    k = _pick_year(candidates, published, anchors.tense) if anchors.tense is not None else 0
    start, end, _ = candidates[k + 1]
    return DateValue(start, end, "month", "publication")


# A day to put a time of day on when the text names none: any day will do for
# the time itself, and the value keeps no day.
_ANY_DAY = dt.date(2000, 1, 3)


def _clock(expr: TimeExpr, anchors: _Anchors) -> DateValue:
    """A clock time on its day (when the text names one), in UTC when its zone is known.

    "8 a.m. CET on Monday" is Monday 07:00 UTC; "0700 GMT" alone is 07:00 UTC
    on no stated day; "10:15 local time" and a time with no zone stay local.
    A seasonal zone ("ET", "London time") takes its offset on the stated day,
    else on the publication date; with neither, and with no zone at all, the
    zone is "unstated".
    """
    local = dt.time(expr.hour or 0, expr.minute or 0)
    day: dt.date | None = None
    anchor: Anchor = "unresolved"
    named = expr.weekday is not None or expr.month is not None or expr.movable is not None
    if named or expr.offset is not None:
        dated = _resolve(
            replace(expr, granularity="day", hour=None, minute=None, zone=None, zone_rule=None),
            published=anchors.published,
            history=anchors.history,
            tense=anchors.tense,
        )
        if dated.start is not None and dated.start == dated.end:
            day, anchor = dated.start, dated.anchor
    if expr.zone == "local time":
        return DateValue(day, day, "minute", anchor, local, "local")
    offset = zone_offset(expr.zone, day or anchors.published, expr.zone_rule) if expr.zone else None
    if offset is None:
        return DateValue(day, day, "minute", anchor, local, "unstated")
    moment = dt.datetime.combine(day or _ANY_DAY, local) - dt.timedelta(minutes=offset)
    utc_day = moment.date() if day is not None else None
    return DateValue(utc_day, utc_day, "minute", anchor, moment.time(), "UTC")


def _relative(expr: TimeExpr, anchors: _Anchors, offset: tuple[float, str]) -> DateValue:
    """ "two days later" from the discourse, "yesterday" and "three years ago" from the publication."""
    gran = expr.granularity
    amount, unit = offset
    if expr.same is not None:
        return _same(expr, anchors, amount, unit)
    if expr.relation == "discourse":
        if expr.apposed:
            return DateValue(None, None, gran, "unresolved")
        discourse = _discourse(anchors.history, unit)
        if discourse is None and expr.or_publication and anchors.published is not None:
            # "the day before" with no date before it: the day before the publication.
            return _relative(replace(expr, relation="publication", or_publication=False), anchors, offset)
        if (
            discourse is None
            or discourse.start is None
            or _rank(discourse.granularity) > _rank(unit)
        ):
            # "the next day" after "in 2014" names no day.
            return DateValue(None, None, gran, "unresolved")
        base = discourse.start
        if unit == "day" and discourse.end is not None and amount > 0:
            base = discourse.end
        day = _shift(base, amount, unit)
        if unit == "decade" and gran == "year":
            return _decades_away(day, "discourse")
        start, end = _unit_interval(day, unit if gran != "day" else "day")
        if gran == "day":
            start = end = day
        return DateValue(start, end, gran, "discourse")
    published = anchors.published
    if published is None:
        return DateValue(None, None, gran, "unresolved")
    if expr.month is not None and unit == "year":
        # "November of last year": the month in the year the offset names.
        interval = _calendar_interval(expr, published.year + int(amount))
        if interval is None:
            return DateValue(None, None, gran, "unresolved")
        return DateValue(interval[0], interval[1], gran, "publication")
    day = _shift(published, amount, unit)
    if unit == "day":
        return DateValue(day, day, "day", "publication")
    if expr.part is not None and unit == "year":
        # "early this year", "late last year": as "early 2022" is.
        return replace(_year(replace(expr, end_year=None), day.year), anchor="publication")
    if expr.part is not None and unit == "month":
        start, end = _month_part(day.year, day.month, expr.part)
        return DateValue(start, end, gran, "publication")
    if unit == "decade" and gran == "year":
        return _decades_away(day, "publication")
    start, end = _unit_interval(day, unit)
    if unit == "weekend":
        return DateValue(start, end, "day", "publication")
    if expr.end > expr.start and amount < 0 and unit in ("year", "decade") and gran == "year":
        return DateValue(start, end, "year", "publication")
    return DateValue(start, end, gran, "publication")


# "three decades ago" is a round number: the year that many decades away, give or take this many years.
_DECADE_SLACK = 2


def _decades_away(day: dt.date, anchor: Literal["publication", "discourse"]) -> DateValue:
    """ "a decade ago", "two decades later": about the year of ``day`` (the collapse of 1991 is "three
    decades ago" in 2022), not the decade it falls in (in 2020 "a decade ago" would be no year of 2010-2019
    after 2010)."""
    years = day.year - _DECADE_SLACK, day.year + _DECADE_SLACK
    return DateValue(dt.date(years[0], 1, 1), dt.date(years[1], 12, 31), "year", anchor)


def _same(expr: TimeExpr, anchors: _Anchors, amount: float, unit: str) -> DateValue:
    """ "the same period", "the same month a year ago": the last date's period, ``amount`` years away.

    "period" is the last date's own interval ("sales rose in February ...
    compared with the same period last year": February of the year before);
    a unit takes that unit's interval around the last date ("the same month"
    after "on January 15": January).  A period counted in anything but years
    ("the next period") names no date.
    """
    same = expr.same or "period"
    if unit == "period" and amount != 0:
        return DateValue(None, None, expr.granularity, "unresolved")
    discourse = _discourse(anchors.history, "year" if same == "period" else same)
    if discourse is None or discourse.start is None or discourse.end is None:
        return DateValue(None, None, expr.granularity, "unresolved")
    years = int(amount) if unit == "year" else 0
    if same == "period":
        # Shift the day after the end, so that the end of February stays the
        # end of February in a leap year.
        start = _shift(discourse.start, years, "year")
        end = _shift(discourse.end + dt.timedelta(days=1), years, "year") - dt.timedelta(days=1)
        return DateValue(start, end, discourse.granularity, "discourse")
    start, end = _unit_interval(_shift(discourse.start, years, "year"), same)
    return DateValue(start, end, expr.granularity, "discourse")


def _weekday(expr: TimeExpr, anchors: _Anchors, weekday: int) -> DateValue:
    """ "Monday" in the week around the publication, in the direction of the tense."""
    published = anchors.published
    if published is None:
        return DateValue(None, None, "day", "unresolved")
    direction = expr.direction or anchors.tense or "past"
    delta = (weekday - published.weekday()) % 7
    if direction == "future":
        # The publication's own weekday is that day ("talks begin in
        # Geneva on Monday" in a Monday paper); "next Monday" is not.
        if delta == 0 and expr.direction == "future":
            delta = 7
        day = published + dt.timedelta(days=delta)
    else:
        back = (published.weekday() - weekday) % 7
        if expr.direction == "past" and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
    if expr.weekend:
        # "over the weekend": that Saturday and the Sunday after it.
        return DateValue(day, day + dt.timedelta(days=1), "day", "publication")
    return DateValue(day, day, "day", "publication")


# "the class of '15" in 2013 is 2015; "since '82" is 1982.
_SHORT_AHEAD = 10


def _short(expr: TimeExpr, anchors: _Anchors) -> DateValue:
    """ "'82", "the '90s", "3Q24", "FY24": the century nearest before the publication (a year up to ten
    years after it).

    A decade is the latest one that begins by the publication year ("the
    '20s" is the 1920s in 2013, the 2020s in 2026).
    """
    published = anchors.published
    if published is None or expr.year is None:
        return DateValue(None, None, expr.granularity, "unresolved")
    latest = published.year + (_SHORT_AHEAD if expr.granularity in ("year", "month") else 0)
    year = latest - (latest - expr.year) % 100
    if expr.granularity == "decade":
        value = _decade(expr, year)
    elif expr.granularity == "month":
        # "3Q24", "FY24": months of that year (and of the years after it that the range reaches).
        shift = year - expr.year
        end_year = None if expr.end_year is None else expr.end_year + shift
        value = _calendar(replace(expr, short=False, year=year, end_year=end_year), anchors)
    else:
        value = _year(replace(expr, short=False), year)
    return replace(value, anchor="publication")


def _decade(expr: TimeExpr, year: int) -> DateValue:
    """ "the 1990s", "the early 2000s"."""
    start_year, end_year = year, year + 9
    if expr.part == "early":
        end_year = year + 3
    elif expr.part == "mid":
        start_year, end_year = year + 3, year + 6
    elif expr.part == "late":
        start_year = year + 7
    return DateValue(dt.date(start_year, 1, 1), dt.date(end_year, 12, 31), "decade", "absolute")


def _year(expr: TimeExpr, year: int) -> DateValue:
    """ "2022", "2019-2021", "early 2022"."""
    start = dt.date(year, 1, 1)
    end = dt.date(expr.end_year or year, 12, 31)
    if expr.part == "early":
        end = dt.date(year, 4, 30)
    elif expr.part == "mid":
        start, end = dt.date(year, 5, 1), dt.date(year, 8, 31)
    elif expr.part == "late":
        start = dt.date(year, 9, 1)
    return DateValue(start, end, "year", "absolute")


def _calendar(expr: TimeExpr, anchors: _Anchors) -> DateValue:
    """A month or day, with its year or with the year chosen around the anchor."""
    gran = expr.granularity
    if expr.year is not None:
        interval = _calendar_interval(expr, expr.year)
        if interval is None:
            return DateValue(None, None, gran, "unresolved")
        return DateValue(interval[0], interval[1], gran, "absolute")
    # A partial date: choose the year around the anchor.
    anchor = anchors.published
    anchor_kind: Literal["publication", "discourse"] = "publication"
    discourse = anchors.history[-1] if anchors.history else None
    if anchor is None and discourse is not None and discourse.start is not None:
        anchor, anchor_kind = discourse.start, "discourse"
    if anchor is None:
        return DateValue(None, None, gran, "unresolved")
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        interval = _calendar_interval(expr, year)
        if interval:
            candidates.append((interval[0], interval[1], year))
    if not candidates:
        return DateValue(None, None, gran, "unresolved")
    if gran == "year" and expr.direction is None and anchors.tense is None:
        # "by the end of the year" with no tense to go by: the year of the article.
        year = anchor.year
    else:
        direction = expr.direction or anchors.tense
        year = _pick_year(candidates, anchor, direction, strict=expr.direction is not None)
    interval = _calendar_interval(expr, year)
    assert interval is not None
    return DateValue(interval[0], interval[1], gran, anchor_kind)
