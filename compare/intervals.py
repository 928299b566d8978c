"""Interval arithmetic on normalised values: the basis of every verdict.

Quantities are closed intervals ``[low, high]`` (``None`` = unbounded);
dates are inclusive day ranges.  Boundaries are treated as closed on purpose:
"more than 13,000" and "13,000" are compatible in news copy, where the
exact figure is itself rounded.
"""

from __future__ import annotations

import math

from compare.model import DateValue, Quantity
from compare.units import convert, info, same_dimension

Value = Quantity | DateValue


def bounds(v: Value) -> tuple[float, float] | None:
    """The value as a closed interval of floats (dates as day ordinals); None if unresolved."""
    if isinstance(v, DateValue):
        if v.start is None or v.end is None:
            return None
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


def same_value(a: Value, b: Value) -> bool:
    """Same value stated with the same precision ("agree")."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return a.start is not None and a.start == b.start and a.end == b.end
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return (a.low, a.high, a.stated, a.qualifier) == (b.low, b.high, b.stated, b.qualifier)
    return False


def resolved(v: Value) -> bool:
    return not (isinstance(v, DateValue) and (v.start is None or v.end is None))
