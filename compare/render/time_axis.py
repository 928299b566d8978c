"""A small time axis for a figure that changed: its values in reporting order, as an inline SVG.

Shown in the card of an ``updated`` finding: one mark per report day at the
height of its value (a bar for an interval), the day under it and the value
above it.  Every string placed in the SVG is escaped here; the caller may
pass the result through unescaped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from compare.display import short_day
from compare.model import Verdict
from compare.render.verdicts import LOOKS

# The colours of the verdict this axis illustrates.
_FILL, _STROKE = LOOKS[Verdict.UPDATED].fill, LOOKS[Verdict.UPDATED].stroke
WIDTH = 360
HEIGHT = 96
_PAD_X = 36
_TOP = 18
_BOTTOM = 24


@dataclass(frozen=True)
class Point:
    day: dt.date
    low: float
    high: float
    label: str  # the value as the card writes it ("more than 380")


def _finite(p: Point) -> tuple[float, float]:
    lo = p.low if math.isfinite(p.low) else p.high
    hi = p.high if math.isfinite(p.high) else p.low
    return lo, hi


@dataclass(frozen=True)
class _Scale:
    """Where a report day and a value fall on the axis: days across, values up, padded all round."""

    first: int  # the first report day's ordinal, at the left
    span_x: int  # days from the first report day to the last (at least 1)
    vmin: float  # the lowest value, at the bottom
    span_y: float  # the highest value less the lowest (1 when all are equal)

    def x(self, day: dt.date) -> float:
        return _PAD_X + (WIDTH - 2 * _PAD_X) * (day.toordinal() - self.first) / self.span_x

    def y(self, v: float) -> float:
        return HEIGHT - _BOTTOM - (HEIGHT - _TOP - _BOTTOM) * (v - self.vmin) / self.span_y


def _scale(days: Sequence[dt.date], usable: Sequence[Point]) -> _Scale:
    """The scale that fits every report day (sorted) and every finite value in the axis."""
    first, last = days[0].toordinal(), days[-1].toordinal()
    values = [v for p in usable for v in _finite(p)]
    vmin, vmax = min(values), max(values)
    return _Scale(first, max(1, last - first), vmin, (vmax - vmin) or 1.0)


def _frame(title: str) -> list[str]:
    """The SVG's opening, its title (for screen readers and as a tooltip) and the base line."""
    return [
        f'<svg class="time-axis" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{_PAD_X - 8}" y1="{HEIGHT - _BOTTOM + 6}" x2="{WIDTH - _PAD_X + 8}" '
        f'y2="{HEIGHT - _BOTTOM + 6}" stroke="#607d8b" stroke-width="1"/>',
    ]


def _day_label(day: dt.date, scale: _Scale) -> str:
    """A report day written under the base line, below its marks."""
    return (
        f'<text x="{scale.x(day):.1f}" y="{HEIGHT - 6}" font-size="9" text-anchor="middle" fill="#37474f">'
        f"{escape(short_day(day))}</text>"
    )


def _marks(usable: Sequence[Point], scale: _Scale) -> list[str]:
    """Each value at its day: a dot (on a bar for an interval), dashed lines between them in order.

    Points are drawn by day, then value, so the dashed line runs through them
    in reporting order; a value's label is written once per day, however many
    outlets report it.
    """
    out: list[str] = []
    previous: tuple[float, float] | None = None
    labelled: set[tuple[dt.date, str]] = set()
    for p in sorted(usable, key=lambda p: (p.day, _finite(p))):
        lo, hi = _finite(p)
        px, py_lo, py_hi = scale.x(p.day), scale.y(lo), scale.y(hi)
        mid = (py_lo + py_hi) / 2
        if previous is not None:
            out.append(
                f'<line x1="{previous[0]:.1f}" y1="{previous[1]:.1f}" x2="{px:.1f}" y2="{mid:.1f}" '
                f'stroke="{_STROKE}" stroke-width="1" stroke-dasharray="3 2"/>'
            )
        previous = (px, mid)
        if py_lo - py_hi > 1:
            out.append(
                f'<line x1="{px:.1f}" y1="{py_lo:.1f}" x2="{px:.1f}" y2="{py_hi:.1f}" '
                f'stroke="{_STROKE}" stroke-width="3"/>'
            )
        out.append(f'<circle cx="{px:.1f}" cy="{mid:.1f}" r="3.5" fill="{_FILL}" stroke="{_STROKE}"/>')
        if (p.day, p.label) not in labelled:
            labelled.add((p.day, p.label))
            out.append(
                f'<text x="{px:.1f}" y="{py_hi - 6:.1f}" font-size="9" text-anchor="middle" fill="{_STROKE}">'
                f"{escape(p.label)}</text>"
            )
    return out


def time_axis_svg(points: Sequence[Point], title: str) -> str:
    """The SVG, or "" when fewer than two report days have a finite value.

    A point with no finite bound cannot be placed; with one day only there
    is no change over time to show.
    """
    usable = [p for p in points if any(math.isfinite(v) for v in (p.low, p.high))]
    days = sorted({p.day for p in usable})
    if len(days) < 2:
        return ""
    scale = _scale(days, usable)
    out = _frame(title)
    out.extend(_day_label(day, scale) for day in days)
    out.extend(_marks(usable, scale))
    out.append("</svg>")
    return "".join(out)
