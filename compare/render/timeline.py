"""The timeline: dated findings on a date axis, one row per outlet, as inline SVG.

Drawn in Python so it needs no JavaScript and prints the same in the PDF.
Each finding's marks are joined by a line: outlets that agree give a vertical
line, outlets that disagree a slanted one, and every mark's shape carries its
verdict so the picture still reads in greyscale.

Articles cite dates years apart ("the 2014 seizure of Crimea", "talks next
week"): a linear axis would squash a week of talks into one pixel, so dates
far apart are drawn on separate stretches of axis with a break between them.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from compare.model import Verdict

WIDTH = 720
LABEL_WIDTH = 128
RIGHT_PAD = 14
TOP_PAD = 18
ROW_HEIGHT = 28
AXIS_HEIGHT = 40
LEGEND_HEIGHT = 22
BREAK_GAP = 16
CLUSTER_PAD = 10
MIN_TICK_SPACING = 46
# Dates further apart than this go on separate stretches of axis.
CLUSTER_GAP_DAYS = 45

FONT = "DejaVu Sans, Verdana, sans-serif"

# Light fill, dark stroke: the dark tones stay distinct from the light ones in greyscale.
COLOURS = {
    Verdict.CONFLICT: ("#f4c7c3", "#b3261e"),
    Verdict.COMPATIBLE: ("#ffe08a", "#8a5a00"),
    Verdict.UPDATED: ("#cfe0fc", "#1a4f9c"),
    Verdict.AGREE: ("#bfe3c6", "#1e6b34"),
    Verdict.SINGLE_SOURCE: ("#dfe4e8", "#455a64"),
}
LABELS = {
    Verdict.CONFLICT: "conflict",
    Verdict.COMPATIBLE: "compatible",
    Verdict.UPDATED: "updated",
    Verdict.AGREE: "agree",
    Verdict.SINGLE_SOURCE: "single source",
}


@dataclass(frozen=True)
class Mark:
    """One outlet's date for one finding."""

    row: int
    group: int  # the finding's number in the report, shared by its marks
    verdict: Verdict
    start: dt.date
    end: dt.date  # inclusive
    tooltip: str


@dataclass(frozen=True)
class _Cluster:
    first: int  # ordinal day, inclusive
    last: int  # ordinal day, exclusive
    x0: float
    x1: float

    def x(self, day: float) -> float:
        inner = self.x1 - self.x0 - 2 * CLUSTER_PAD
        span = self.last - self.first
        return self.x0 + CLUSTER_PAD + inner * (day - self.first) / span


def _num(x: float) -> str:
    """Coordinates rounded so the SVG text is stable and short."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _clusters(marks: Sequence[Mark], x0: float, x1: float) -> list[_Cluster]:
    spans = sorted((m.start.toordinal(), m.end.toordinal() + 1) for m in marks)
    merged: list[list[int]] = []  # [first day, last day (exclusive), marks]
    for first, last in spans:
        if merged and first - merged[-1][1] <= CLUSTER_GAP_DAYS:
            merged[-1][1] = max(merged[-1][1], last)
            merged[-1][2] += 1
        else:
            merged.append([first, last, 1])
    # Width goes where the marks are, and grows only slowly with the time
    # covered: a vague "2014" must not take the room a busy week of talks needs.
    weights = [(1 + min(last - first, 90) / 30) * math.sqrt(n) for first, last, n in merged]
    usable = x1 - x0 - BREAK_GAP * (len(merged) - 1)
    out: list[_Cluster] = []
    x = x0
    for (first, last, _n), w in zip(merged, weights, strict=True):
        width = usable * w / sum(weights)
        # A single day still needs room on both sides of its mark.
        if last - first < 2:
            first, last = first - 1, last + 1
        out.append(_Cluster(first, last, x, x + width))
        x += width + BREAK_GAP
    return out


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _ticks(cluster: _Cluster) -> list[tuple[int, str]]:
    """Tick days and labels, as dense as the stretch's width allows."""
    days = cluster.last - cluster.first
    px_per_day = (cluster.x1 - cluster.x0 - 2 * CLUSTER_PAD) / days
    first = dt.date.fromordinal(cluster.first)
    last = dt.date.fromordinal(cluster.last - 1)
    for step in (1, 2, 7, 14):
        if step * px_per_day >= MIN_TICK_SPACING:
            day = cluster.first
            if step == 7:  # weeks start on Monday, as newsroom calendars do
                day += (7 - first.weekday()) % 7
            return [
                (d, f"{dt.date.fromordinal(d):%b} {dt.date.fromordinal(d).day}")
                for d in range(day, cluster.last, step)
            ]
    for months in (1, 3, 6, 12, 24, 60, 120):
        if months * 30.4 * px_per_day >= MIN_TICK_SPACING:
            d = _add_months(first, 0 if first.day == 1 else 1)
            while (d.month - 1) % months and months <= 12:
                d = _add_months(d, 1)
            if months > 12:
                d = dt.date(d.year + (-d.year) % (months // 12), 1, 1)
            out: list[tuple[int, str]] = []
            while d <= last:
                label = f"{d:%b}" if months < 12 else str(d.year)
                if months < 12 and d.month == 1:
                    label = f"Jan {d.year}"
                out.append((d.toordinal(), label))
                d = _add_months(d, months)
            return out
    return []


def _year_caption(cluster: _Cluster) -> str:
    first = dt.date.fromordinal(cluster.first)
    last = dt.date.fromordinal(cluster.last - 1)
    return str(first.year) if first.year == last.year else f"{first.year}\u2013{last.year}"


def _shape(verdict: Verdict, x: float, y: float, r: float = 5.0) -> str:
    fill, stroke = COLOURS[verdict]
    common = f'fill="{fill}" stroke="{stroke}" stroke-width="1.6"'
    if verdict is Verdict.CONFLICT:
        pts = [(x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)]
        return f'<polygon points="{_points(pts)}" {common}/>'
    if verdict is Verdict.COMPATIBLE:
        pts = [(x, y - r), (x + r, y + r * 0.8), (x - r, y + r * 0.8)]
        return f'<polygon points="{_points(pts)}" {common}/>'
    if verdict is Verdict.AGREE:
        return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}" {common}/>'
    return (
        f'<rect x="{_num(x - r)}" y="{_num(y - r)}" width="{_num(2 * r)}" height="{_num(2 * r)}" {common}/>'
    )


def _points(pts: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_num(px)},{_num(py)}" for px, py in pts)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_svg(rows: Sequence[str], marks: Sequence[Mark], *, title: str = "Timeline") -> str:
    """An SVG element (as text) plotting ``marks`` on rows labelled ``rows``.

    Every piece of text that came from an article (outlet names, tooltips)
    is escaped here, because the caller inserts the result as markup.
    Returns "" when there is nothing to plot.
    """
    marks = [m for m in marks if 0 <= m.row < len(rows) and m.start <= m.end]
    if not marks:
        return ""
    plot_x0, plot_x1 = float(LABEL_WIDTH), float(WIDTH - RIGHT_PAD)
    clusters = _clusters(marks, plot_x0, plot_x1)
    height = TOP_PAD + ROW_HEIGHT * len(rows) + AXIS_HEIGHT + LEGEND_HEIGHT
    axis_y = TOP_PAD + ROW_HEIGHT * len(rows)

    def cluster_of(day: int) -> _Cluster:
        for c in clusters:
            if c.first <= day < c.last:
                return c
        return clusters[-1]

    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" '
        f'font-family="{FONT}" font-size="10">',
        f"<title>{escape(title)}</title>",
    ]
    # Row bands and outlet labels.
    for i, name in enumerate(rows):
        row_top = TOP_PAD + i * ROW_HEIGHT
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{row_top}" width="{WIDTH}" height="{ROW_HEIGHT}" fill="#f3f4f6"/>')
        out.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{_num(row_top + ROW_HEIGHT / 2 + 3.5)}" '
            f'text-anchor="end" '
            f'fill="#222">{escape(_truncate(name, 22))}<title>{escape(name)}</title></text>'
        )
    # Axis, ticks and the breaks between stretches.
    for c in clusters:
        out.append(
            f'<line x1="{_num(c.x0)}" y1="{axis_y}" x2="{_num(c.x1)}" y2="{axis_y}" '
            f'stroke="#444" stroke-width="1"/>'
        )
        for day, label in _ticks(c):
            x = c.x(day + 0.5) if c.last - c.first <= 60 else c.x(day)
            out.append(
                f'<line x1="{_num(x)}" y1="{TOP_PAD}" x2="{_num(x)}" y2="{axis_y + 4}" '
                f'stroke="#d0d4d9" stroke-width="0.6"/>'
            )
            out.append(
                f'<text x="{_num(x)}" y="{axis_y + 15}" text-anchor="middle" fill="#333" '
                f'font-size="9">{escape(label)}</text>'
            )
        out.append(
            f'<text x="{_num((c.x0 + c.x1) / 2)}" y="{axis_y + 28}" text-anchor="middle" '
            f'fill="#555" font-size="9" font-weight="bold">{escape(_year_caption(c))}</text>'
        )
    for left, right in zip(clusters, clusters[1:], strict=False):
        mid = (left.x1 + right.x0) / 2
        for dx in (-3, 3):
            out.append(
                f'<line x1="{_num(mid + dx - 3)}" y1="{axis_y + 5}" x2="{_num(mid + dx + 3)}" '
                f'y2="{axis_y - 5}" stroke="#444" stroke-width="1.2"/>'
            )

    # Where each mark goes; marks that would sit on one another in a row are
    # fanned out vertically so each stays visible.
    placed: list[tuple[Mark, float, float]] = []
    crowd: dict[tuple[int, int], int] = {}
    for m in sorted(marks, key=lambda m: (m.row, m.start, m.end, m.group)):
        first, last = m.start.toordinal(), m.end.toordinal() + 1
        c = cluster_of(first)
        x = (c.x(first) + c.x(last)) / 2
        key = (m.row, round(x / 8))
        k = crowd.get(key, 0)
        crowd[key] = k + 1
        dy = 0.0 if k == 0 else (-1) ** k * 5 * math.ceil(k / 2)
        dy = max(-ROW_HEIGHT / 2 + 5, min(ROW_HEIGHT / 2 - 5, dy))
        y = TOP_PAD + m.row * ROW_HEIGHT + ROW_HEIGHT / 2 + dy
        placed.append((m, x, y))

    # Connectors first so marks draw over them.
    groups: dict[int, list[tuple[Mark, float, float]]] = {}
    for item in placed:
        groups.setdefault(item[0].group, []).append(item)
    for group in sorted(groups):
        items = sorted(groups[group], key=lambda item: (item[0].row, item[1]))
        if len(items) < 2:
            continue
        verdict = items[0][0].verdict
        _fill, stroke = COLOURS[verdict]
        dash = ' stroke-dasharray="5 3"' if verdict is Verdict.CONFLICT else ""
        width = "2" if verdict is Verdict.CONFLICT else "1.2"
        out.append(
            f'<polyline points="{_points([(x, y) for _m, x, y in items])}" fill="none" '
            f'stroke="{stroke}" stroke-width="{width}"{dash} stroke-opacity="0.8"/>'
        )
    for m, x, y in placed:
        first, last = m.start.toordinal(), m.end.toordinal() + 1
        c = cluster_of(first)
        fill, stroke = COLOURS[m.verdict]
        out.append("<g>")
        out.append(f"<title>{escape(m.tooltip)}</title>")
        if last - first > 1:
            bx0, bx1 = c.x(first), c.x(min(last, c.last))
            out.append(
                f'<rect x="{_num(bx0)}" y="{_num(y - 3)}" width="{_num(max(bx1 - bx0, 1))}" '
                f'height="6" rx="3" fill="{fill}" stroke="{stroke}" stroke-width="0.8"/>'
            )
        out.append(_shape(m.verdict, x, y))
        out.append("</g>")
    # Conflicts carry their card number, so a reader can look them up.
    labelled: set[int] = set()
    for m, x, y in sorted(placed, key=lambda item: (item[0].group, item[0].row)):
        if m.verdict is not Verdict.CONFLICT or m.group in labelled:
            continue
        labelled.add(m.group)
        out.append(
            f'<text x="{_num(x + 8)}" y="{_num(y - 6)}" fill="{COLOURS[m.verdict][1]}" '
            f'font-size="9" font-weight="bold">#{m.group}</text>'
        )
    # Legend: shape and word for each verdict present.
    present = [
        v
        for v in (Verdict.CONFLICT, Verdict.UPDATED, Verdict.COMPATIBLE, Verdict.AGREE)
        if any(m.verdict is v for m in marks)
    ]
    lx = float(LABEL_WIDTH)
    ly = height - LEGEND_HEIGHT / 2
    for v in present:
        out.append(_shape(v, lx + 5, ly))
        out.append(f'<text x="{_num(lx + 14)}" y="{_num(ly + 3.5)}" fill="#222">{LABELS[v]}</text>')
        lx += 24 + 6.2 * len(LABELS[v])
    out.append(
        f'<text x="{_num(lx + 8)}" y="{_num(ly + 3.5)}" fill="#555">bars: a stated period '
        f"(e.g. a month); lines join one finding's dates</text>"
    )
    out.append("</svg>")
    return "\n".join(out)
