"""Interval arithmetic on normalised values: the basis of every verdict.

This module alone decides whether two values overlap, are the same, or are
disjoint; alignment, judging, the event layer and the CI baseline all ask it,
so "13,000" and "more than 13,000" cannot be compatible to one stage and in
conflict to another.

Quantities are closed intervals ``[low, high]`` (``None`` = unbounded);
dates are inclusive day ranges.  Boundaries are treated as closed on purpose:
"more than 13,000" and "13,000" are compatible in news copy, where the
exact figure is itself rounded.

One tolerance, :data:`EPSILON`, absorbs float noise from unit scaling
("2.5 billion" is 2.5 × 10⁹ give or take a last bit): an upper bound ``h``
reaches up to ``h + EPSILON * (|h| + 1)``; an infinite bound stays infinite.

    >>> bounds_overlap((1.0, 2.0), (2.0, 3.0))
    True
    >>> disjoint_bounds((1.0, 2.0), (2.5, 3.0))
    True
    >>> all_overlap([(0.0, 10.0), (5.0, 20.0), (9.0, 9.0)])
    True
    >>> days_within((1, 2), (5, 6), slack=3)
    True
    >>> lies_below((1.0, 2.0), (2.5, 3.0))
    True
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from compare.model import DateValue, Quantity
from compare.units import convert, info, same_dimension

Value = Quantity | DateValue
Bounds = tuple[float, float]

EPSILON = 1e-9
"""Relative slack on an upper bound: float noise, never a rounding rule."""

ROUNDED_FROM = 1000
"""A round figure this large is often a rounded one ("2,600 firefighters" for 2,670; "1.5 million
employees" for 1,544,000); smaller ones are counted ("130 dead" is not 137).  Chosen on the
development gold (docs/alignment.md); read through ``extract.numbers.rounding_unit`` by the judge
(``judge._rounding``) and alignment (``align._round_figures``)."""


def _reach(high: float) -> float:
    """How far an upper bound reaches once float noise is allowed for."""
    return high + EPSILON * (abs(high) + 1.0)


def upper_reach(high: float) -> float:
    """How far an upper bound reaches in ``bounds_overlap``: two known intervals are disjoint exactly
    when one's low lies above the other's reach (for bounds that reach no NaN)."""
    return _reach(high)


def bounds_overlap(a: Bounds | None, b: Bounds | None) -> bool:
    """Whether two closed intervals share a point (an unknown interval shares none)."""
    if a is None or b is None:
        return False
    return a[0] <= _reach(b[1]) and b[0] <= _reach(a[1])


def disjoint_bounds(a: Bounds, b: Bounds) -> bool:
    """Whether two known closed intervals cannot both hold."""
    return not bounds_overlap(a, b)


def all_overlap(spans: Iterable[Bounds | None]) -> bool:
    """Whether every two intervals overlap: the largest low is below the smallest high.

    For intervals on a line, pairwise overlap and a common point are the same
    thing (Helly's theorem in one dimension), so this is linear, not quadratic.
    An unknown interval overlaps nothing.
    """
    known: list[Bounds] = []
    for b in spans:
        if b is None:
            return False
        known.append(b)
    lows = max(b[0] for b in known)
    highs = min(b[1] for b in known)
    return lows <= _reach(highs)


def common(a: Bounds, b: Bounds) -> Bounds:
    """The part two intervals share; an empty one (low above high) when they share none."""
    return max(a[0], b[0]), min(a[1], b[1])


def is_empty(b: Bounds) -> bool:
    """Whether an interval made by :func:`common` holds no point, float noise allowed for.

    ``(inf, -inf)``, the common part of nothing known, is empty.

    >>> is_empty(common((1.0, 2.0), (3.0, 4.0))), is_empty(common((1.0, 2.0), (2.0, 4.0)))
    (True, False)
    """
    low, high = b
    return low > (_reach(high) if high > -math.inf else high)


def lies_below(a: Bounds, b: Bounds) -> bool:
    """Whether interval ``a`` lies wholly below ``b`` (a later report below an earlier one)."""
    return is_empty((b[0], a[1]))


def dates_disjoint(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Whether two inclusive date ranges share no day.

    Two figures about different periods ("13,000 killed since 2014" / "300
    killed last year") are two figures: dates are exact, so no tolerance.

    >>> d = dt.date
    >>> dates_disjoint((d(2014, 4, 1), d(2021, 12, 31)), (d(2021, 1, 1), d(2021, 12, 31)))
    False
    >>> dates_disjoint((d(2020, 1, 1), d(2020, 12, 31)), (d(2021, 1, 1), d(2021, 12, 31)))
    True
    """
    return a[1] < b[0] or b[1] < a[0]


def days_within(a: tuple[int, int] | None, b: tuple[int, int] | None, slack: int) -> bool:
    """Whether two inclusive day ranges (ordinals) overlap or are at most ``slack`` days apart.

    An unknown range is within reach of any other: the caller has no time to
    veto on.  The slack is the caller's policy (the event layer's
    ``time_slack_days``), not a float tolerance.
    """
    if a is None or b is None:
        return True
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


# How far a local time can be from the same moment in UTC (UTC-12 to UTC+14).
_LOCAL_SLACK = 14 / 24


def bounds(v: Value) -> tuple[float, float] | None:
    """The value as a closed interval of floats (dates as day ordinals); None if unresolved.

    A clock time on a known day is a point at its minute (the day's ordinal
    plus the fraction of the day); a local time, whose offset from UTC is
    unknown, spans the hours any zone could put between them.  A time of day
    on no stated day has no bounds: ``overlaps`` compares its time alone.
    """
    if isinstance(v, DateValue):
        if v.start is None or v.end is None:
            return None
        if v.time is not None:
            point = v.start.toordinal() + (v.time.hour * 60 + v.time.minute) / 1440
            slack = _LOCAL_SLACK if v.zone != "UTC" else 0.0
            return point - slack, point + slack
        return float(v.start.toordinal()), float(v.end.toordinal())
    low = v.low if v.low is not None else float("-inf")
    high = v.high if v.high is not None else float("inf")
    return low, high


def overlaps(a: Value, b: Value) -> bool:
    """Whether both values can hold at once (unresolved dates never overlap).

    Measures in different units of one dimension ("30 km", "18.6 miles") are
    compared after conversion, the converted figure widened by its rounding
    (``compare.units``); measures of different dimensions never overlap.
    """
    if type(a) is not type(b):
        return False
    if isinstance(a, DateValue) and isinstance(b, DateValue) and (a.time is not None or b.time is not None):
        return _clock_overlaps(a, b)
    if isinstance(a, Quantity) and isinstance(b, Quantity) and a.unit != b.unit:
        across = _across_units(a, b)
        if across is not None:
            return across
    return bounds_overlap(bounds(a), bounds(b))


def _across_units(a: Quantity, b: Quantity) -> bool | None:
    """Overlap of two measures in different units; None if either unit has no known dimension."""
    if info(a.unit) is None or info(b.unit) is None:
        return None
    if not same_dimension(a.unit, b.unit):
        return False
    for one, other in ((a, b), (b, a)):
        if bounds_overlap(bounds(one), convert(other, one.unit)):
            return True
    return False


def _clock_overlaps(a: DateValue, b: DateValue) -> bool:
    """Whether two dates, one or both a clock time, can name one moment.

    Two times in one zone (both UTC, or both local) are one moment only at the
    same minute, on the same day when both name one: "8 a.m. CET" and "0700
    GMT" agree, "0800 GMT" conflicts.  A local time and a UTC one cannot be
    told apart: they overlap.  A time on no stated day may be on any day.  A
    time and a date (a local day as written) overlap when the time's day is in
    the date, give or take the day a shift to UTC can move it.
    """
    if a.time is not None and b.time is not None:
        if a.zone != b.zone or a.zone == "unstated":
            return True
        if a.start is not None and b.start is not None and a.start != b.start:
            return False
        return (a.time.hour, a.time.minute) == (b.time.hour, b.time.minute)
    clock, date = (a, b) if a.time is not None else (b, a)
    if date.start is None or date.end is None:
        return False  # an unresolved date overlaps nothing
    if clock.start is None:
        return True
    slack = _ONE_DAY if clock.zone == "UTC" else dt.timedelta(0)
    return date.start - slack <= clock.start <= date.end + slack


_ONE_DAY = dt.timedelta(days=1)


def same_value(a: Value, b: Value) -> bool:
    """Same value stated with the same precision ("agree")."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        if a.time is not None or b.time is not None:
            return a.time is not None and (a.start, a.end, a.time, a.zone) == (b.start, b.end, b.time, b.zone)
        return a.start is not None and a.start == b.start and a.end == b.end
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return (a.low, a.high, a.stated, a.qualifier) == (b.low, b.high, b.stated, b.qualifier)
    return False


def resolved(v: Value) -> bool:
    """Whether a value can be compared: a date with its days, or a clock time."""
    return not (isinstance(v, DateValue) and (v.start is None or v.end is None) and v.time is None)
