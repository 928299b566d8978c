"""Interval arithmetic on normalised values: the basis of every verdict.

Quantities are closed intervals ``[low, high]`` (``None`` = unbounded);
dates are inclusive day ranges.  Boundaries are treated as closed on purpose:
"more than 13,000" and "13,000" are compatible in news copy, where the
exact figure is itself rounded.
"""

from __future__ import annotations

import datetime as dt
import math

from compare.model import DateValue, Quantity
from compare.units import convert, info, same_dimension

Value = Quantity | DateValue


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
            slack = _LOCAL_SLACK if v.zone == "local" else 0.0
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
    ba, bb = bounds(a), bounds(b)
    if ba is None or bb is None:
        return False
    # A relative epsilon absorbs float noise from unit scaling.
    eps = 1e-9 * max(1.0, *(abs(x) for x in (*ba, *bb) if x not in (float("inf"), float("-inf"))))
    return ba[0] <= bb[1] + eps and bb[0] <= ba[1] + eps


def _across_units(a: Quantity, b: Quantity) -> bool | None:
    """Overlap of two measures in different units; None if either unit has no known dimension."""
    if info(a.unit) is None or info(b.unit) is None:
        return None
    if not same_dimension(a.unit, b.unit):
        return False
    for one, other in ((a, b), (b, a)):
        converted = convert(other, one.unit)
        own = bounds(one)
        if converted is None or own is None:
            continue
        eps = 1e-9 * max(1.0, *(abs(x) for x in (*own, *converted) if math.isfinite(x)))
        if own[0] <= converted[1] + eps and converted[0] <= own[1] + eps:
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
        if a.zone != b.zone:
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
