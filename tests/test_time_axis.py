"""The small time axis of an updated finding (compare.render.time_axis)."""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from compare.render import time_axis
from compare.render.time_axis import Point, time_axis_svg

POINTS = [
    Point(dt.date(2023, 2, 8), 5000.0, 5000.0, "5,000"),
    Point(dt.date(2023, 2, 6), 1200.0, 1500.0, "1,200-1,500"),
    Point(dt.date(2023, 2, 7), 2300.0, math.inf, "more than 2,300"),
    Point(dt.date(2023, 2, 7), 2300.0, math.inf, "more than 2,300"),
    Point(dt.date(2023, 2, 9), math.nan, math.nan, "unknown"),
]


def test_the_time_axis_is_byte_for_byte_the_one_drawn_before_it_was_split_into_steps() -> None:
    # The digest of the SVG the single function drew on main 86b0405.
    svg = time_axis_svg(POINTS, 'Deaths <"quake">')
    assert hashlib.sha256(svg.encode()).hexdigest() == (
        "9bccbdb73b54b9eb38c0b2656fbee213cafabb705bba84c4980201b764b0926f"
    )
    # Three days with a finite value (the NaN point cannot be placed), the title escaped,
    # one bar (the interval) and one label for the value two outlets report on one day.
    assert svg.count('font-size="9" text-anchor="middle" fill="#37474f"') == 3
    assert "Deaths &lt;&quot;quake&quot;&gt;" in svg and "<quake>" not in svg
    assert svg.count('stroke-width="3"') == 1 and svg.count("more than 2,300") == 1
    assert svg.count("<circle") == 4 and svg.count('stroke-dasharray="3 2"') == 3


def test_no_axis_without_two_report_days() -> None:
    assert time_axis_svg(POINTS[:1], "one day") == ""
    assert time_axis_svg([POINTS[0], POINTS[4]], "one placeable day") == ""


def test_the_scale_spans_the_days_and_values_and_falls_back_to_one_when_they_do_not_vary() -> None:
    days = [dt.date(2023, 2, 6), dt.date(2023, 2, 8)]
    scale = time_axis._scale(days, POINTS[:3])
    assert (scale.span_x, scale.vmin, scale.span_y) == (2, 1200.0, 3800.0)  # the infinite bound drops out
    assert scale.x(days[0]) == 36 and scale.x(days[1]) == time_axis.WIDTH - 36
    assert scale.y(1200.0) == time_axis.HEIGHT - 24 and scale.y(5000.0) == 18
    flat = time_axis._scale([days[0], days[0]], [POINTS[0]])
    assert (flat.span_x, flat.span_y) == (1, 1.0)
