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


def time_axis_svg(points: Sequence[Point], title: str) -> str:
    """The SVG, or "" when fewer than two report days have a finite value."""
    usable = [p for p in points if any(math.isfinite(v) for v in (p.low, p.high))]
    days = sorted({p.day for p in usable})
    if len(days) < 2:
        return ""
    first, last = days[0].toordinal(), days[-1].toordinal()
    values = [v for p in usable for v in _finite(p)]
    vmin, vmax = min(values), max(values)
    span_x = max(1, last - first)
    span_y = (vmax - vmin) or 1.0

    def x(day: dt.date) -> float:
        return _PAD_X + (WIDTH - 2 * _PAD_X) * (day.toordinal() - first) / span_x

    def y(v: float) -> float:
        return HEIGHT - _BOTTOM - (HEIGHT - _TOP - _BOTTOM) * (v - vmin) / span_y

    out = [
        f'<svg class="time-axis" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{_PAD_X - 8}" y1="{HEIGHT - _BOTTOM + 6}" x2="{WIDTH - _PAD_X + 8}" '
        f'y2="{HEIGHT - _BOTTOM + 6}" stroke="#607d8b" stroke-width="1"/>',
    ]
    for day in days:
        out.append(
            f'<text x="{x(day):.1f}" y="{HEIGHT - 6}" font-size="9" text-anchor="middle" fill="#37474f">'
            f"{escape(short_day(day))}</text>"
        )
    previous: tuple[float, float] | None = None
    labelled: set[tuple[dt.date, str]] = set()
    for p in sorted(usable, key=lambda p: (p.day, _finite(p))):
        lo, hi = _finite(p)
        px, py_lo, py_hi = x(p.day), y(lo), y(hi)
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
    out.append("</svg>")
    return "".join(out)
