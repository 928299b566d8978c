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

import bisect
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from compare.model import Verdict
from compare.render.verdicts import LOOKS

WIDTH = 720
# The outlet labels' column: as wide as the longest label needs, within these bounds
# (a share of the width, so a phone-sized drawing keeps room for the dates).
MIN_LABEL_WIDTH = 56
MAX_LABEL_SHARE = 0.3
# DejaVu Sans at 10 px: an upper bound of a character's advance, so that a label
# measured with it is never wider than its column (checked in a real browser by
# the tests).
CHAR_WIDTH = 6.4
LABEL_FONT = 10
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

COLOURS = {v: (look.fill, look.stroke) for v, look in LOOKS.items()}
LABELS = {v: look.label.lower() for v, look in LOOKS.items()}


@dataclass(frozen=True)
class Mark:
    """One outlet's date for one finding."""

    row: int
    group: int  # the finding's number in the report, shared by its marks
    verdict: Verdict
    start: dt.date
    end: dt.date  # inclusive
    tooltip: str
    kind: str = "date"  # the finding's kind, for the report's filter
    href: str | None = None  # the finding's card, "#anchor" (never an outside address)


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


def _data(mark: Mark) -> str:
    """The attributes the report's filter script reads (verdict and kind are our own words)."""
    return f' data-verdict="{escape(mark.verdict.value)}" data-kind="{escape(mark.kind)}"'


def _same_page(href: str | None) -> str | None:
    """``href`` when it is an anchor on this page: a mark never links elsewhere."""
    if href and href.startswith("#") and all(ch.isalnum() or ch in "#-_" for ch in href):
        return href
    return None


def _points(pts: Sequence[tuple[float, float]]) -> str:
    return " ".join(f"{_num(px)},{_num(py)}" for px, py in pts)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(1, limit - 1)].rstrip() + "…"


def _label_lines(name: str, chars: int) -> list[str]:
    """An outlet's name on at most two lines of ``chars`` characters, broken between words.

    Only a name too long for two lines is shortened (with "…"); the full name
    stays in the label's tooltip.
    """
    name = " ".join(name.split())
    if len(name) <= chars:
        return [name]
    words = name.split(" ")
    first = ""
    while words and len(first) + len(words[0]) + (1 if first else 0) <= chars:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word longer than a line: cut it, no hyphen-less break inside it
        return [_truncate(name, chars)]
    return [first, _truncate(" ".join(words), chars)]


def _tick_anchor(x: float, label: str, left: float, right: float) -> tuple[float, str]:
    """Where a tick label goes so that it is not cut off at either edge of the drawing."""
    half = len(label) * CHAR_WIDTH * 0.9 / 2  # 9 px text: ~0.9 of a 10 px advance
    if x - half < left:
        return left, "start"
    if x + half > right:
        return right, "end"
    return x, "middle"


@dataclass(frozen=True)
class _Layout:
    """Where things go in one timeline: computed once, read by every drawing step."""

    rows: Sequence[str]
    marks: Sequence[Mark]
    width: int
    height: int
    label_width: float
    label_chars: int
    axis_y: int
    clusters: list[_Cluster]
    firsts: list[int]

    def cluster_of(self, day: int) -> _Cluster:
        # Binary search: a story can have thousands of dated marks and many stretches.
        return self.clusters[max(0, bisect.bisect_right(self.firsts, day) - 1)]


def timeline_svg(
    rows: Sequence[str], marks: Sequence[Mark], *, title: str = "Timeline", width: int = WIDTH
) -> str:
    """An SVG element (as text) plotting ``marks`` on rows labelled ``rows``, ``width`` px wide.

    Every piece of text that came from an article (outlet names, tooltips)
    is escaped here, because the caller inserts the result as markup; a
    mark's link is kept only when it is a same-page anchor.  Every label is
    placed inside the drawing (long outlet names wrap onto two lines).
    Returns "" when there is nothing to plot.
    """
    marks = [m for m in marks if 0 <= m.row < len(rows) and m.start <= m.end]
    if not marks:
        return ""
    lay = _layout(rows, marks, width)
    out: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {width} {lay.height}" '
        f'width="{width}" height="{lay.height}" role="img" aria-label="{escape(title)}" '
        f'font-family="{FONT}" font-size="{LABEL_FONT}">',
        f"<title>{escape(title)}</title>",
    ]
    _draw_rows(lay, out)
    _draw_axis(lay, out)
    placed = _place(lay)
    _draw_connectors(placed, out)
    _draw_marks(lay, placed, out)
    _draw_conflict_numbers(lay, placed, out)
    _draw_legend(lay, out)
    out.append("</svg>")
    return "\n".join(out)


def _layout(rows: Sequence[str], marks: Sequence[Mark], width: int) -> _Layout:
    longest = max(len(" ".join(r.split())) for r in rows)
    label_width = min(max(MIN_LABEL_WIDTH, 12 + CHAR_WIDTH * longest), MAX_LABEL_SHARE * width)
    label_chars = max(4, int((label_width - 12) / CHAR_WIDTH))
    plot_x0, plot_x1 = float(label_width), float(width - RIGHT_PAD)
    clusters = _clusters(marks, plot_x0, plot_x1)
    return _Layout(
        rows=rows,
        marks=marks,
        width=width,
        height=TOP_PAD + ROW_HEIGHT * len(rows) + AXIS_HEIGHT + LEGEND_HEIGHT,
        label_width=label_width,
        label_chars=label_chars,
        axis_y=TOP_PAD + ROW_HEIGHT * len(rows),
        clusters=clusters,
        firsts=[c.first for c in clusters],
    )


def _draw_rows(lay: _Layout, out: list[str]) -> None:
    """Row bands and outlet labels."""
    for i, name in enumerate(lay.rows):
        row_top = TOP_PAD + i * ROW_HEIGHT
        if i % 2 == 0:
            out.append(
                f'<rect x="0" y="{row_top}" width="{lay.width}" height="{ROW_HEIGHT}" fill="#f3f4f6"/>'
            )
        lines = _label_lines(name, lay.label_chars)
        middle = row_top + ROW_HEIGHT / 2 + 3.5
        ys = [middle] if len(lines) == 1 else [middle - 5.5, middle + 5.5]
        tspans = "".join(
            f'<tspan x="{_num(lay.label_width - 6)}" y="{_num(y)}">{escape(line)}</tspan>'
            for line, y in zip(lines, ys, strict=True)
        )
        out.append(
            f'<text class="row-label" text-anchor="end" fill="#222">{tspans}'
            f"<title>{escape(name)}</title></text>"
        )


def _draw_axis(lay: _Layout, out: list[str]) -> None:
    """Axis, ticks and the breaks between stretches."""
    axis_y, width = lay.axis_y, lay.width
    for c in lay.clusters:
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
            tx, anchor = _tick_anchor(x, label, 2.0, width - 2.0)
            out.append(
                f'<text x="{_num(tx)}" y="{axis_y + 15}" text-anchor="{anchor}" fill="#333" '
                f'font-size="9">{escape(label)}</text>'
            )
        caption = _year_caption(c)
        cx, anchor = _tick_anchor((c.x0 + c.x1) / 2, caption + "  ", 2.0, width - 2.0)
        out.append(
            f'<text x="{_num(cx)}" y="{axis_y + 28}" text-anchor="{anchor}" '
            f'fill="#555" font-size="9" font-weight="bold">{escape(caption)}</text>'
        )
    for left, right in zip(lay.clusters, lay.clusters[1:], strict=False):
        mid = (left.x1 + right.x0) / 2
        for dx in (-3, 3):
            out.append(
                f'<line x1="{_num(mid + dx - 3)}" y1="{axis_y + 5}" x2="{_num(mid + dx + 3)}" '
                f'y2="{axis_y - 5}" stroke="#444" stroke-width="1.2"/>'
            )


def _place(lay: _Layout) -> list[tuple[Mark, float, float]]:
    """Where each mark goes; marks that would sit on one another in a row are
    fanned out vertically so each stays visible."""
    placed: list[tuple[Mark, float, float]] = []
    crowd: dict[tuple[int, int], int] = {}
    for m in sorted(lay.marks, key=lambda m: (m.row, m.start, m.end, m.group)):
        first, last = m.start.toordinal(), m.end.toordinal() + 1
        c = lay.cluster_of(first)
        x = (c.x(first) + c.x(last)) / 2
        key = (m.row, round(x / 8))
        k = crowd.get(key, 0)
        crowd[key] = k + 1
        dy = 0.0 if k == 0 else (-1) ** k * 5 * math.ceil(k / 2)
        dy = max(-ROW_HEIGHT / 2 + 5, min(ROW_HEIGHT / 2 - 5, dy))
        y = TOP_PAD + m.row * ROW_HEIGHT + ROW_HEIGHT / 2 + dy
        placed.append((m, x, y))
    return placed


def _draw_connectors(placed: Sequence[tuple[Mark, float, float]], out: list[str]) -> None:
    """The lines joining one finding's marks, drawn first so the marks sit on top."""
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
        stroke_width = "2" if verdict is Verdict.CONFLICT else "1.2"
        out.append(
            f'<polyline{_data(items[0][0])} points="{_points([(x, y) for _m, x, y in items])}" '
            f'fill="none" stroke="{stroke}" stroke-width="{stroke_width}"{dash} stroke-opacity="0.8"/>'
        )


def _draw_marks(lay: _Layout, placed: Sequence[tuple[Mark, float, float]], out: list[str]) -> None:
    """Each mark: its shape, a bar for a span of days, its tooltip and same-page link."""
    for m, x, y in placed:
        first, last = m.start.toordinal(), m.end.toordinal() + 1
        c = lay.cluster_of(first)
        fill, stroke = COLOURS[m.verdict]
        link = _same_page(m.href)
        if link:
            out.append(f'<a href="{escape(link)}"{_data(m)}>')
        out.append("<g>" if link else f"<g{_data(m)}>")
        out.append(f"<title>{escape(m.tooltip)}</title>")
        if last - first > 1:
            bx0, bx1 = c.x(first), c.x(min(last, c.last))
            out.append(
                f'<rect x="{_num(bx0)}" y="{_num(y - 3)}" width="{_num(max(bx1 - bx0, 1))}" '
                f'height="6" rx="3" fill="{fill}" stroke="{stroke}" stroke-width="0.8"/>'
            )
        out.append(_shape(m.verdict, x, y))
        out.append("</g></a>" if link else "</g>")


def _draw_conflict_numbers(lay: _Layout, placed: Sequence[tuple[Mark, float, float]], out: list[str]) -> None:
    """Conflicts carry their card number, so a reader can look them up."""
    labelled: set[int] = set()
    for m, x, y in sorted(placed, key=lambda item: (item[0].group, item[0].row)):
        if m.verdict is not Verdict.CONFLICT or m.group in labelled:
            continue
        labelled.add(m.group)
        label = f"#{m.group}"
        lx_, anchor = (x + 8, "start") if x + 8 + len(label) * 6 < lay.width - 2 else (x - 8, "end")
        out.append(
            f'<text{_data(m)} x="{_num(lx_)}" y="{_num(max(y - 6, 9))}" text-anchor="{anchor}" '
            f'fill="{COLOURS[m.verdict][1]}" font-size="9" font-weight="bold">{label}</text>'
        )


def _draw_legend(lay: _Layout, out: list[str]) -> None:
    """Shape and word for each verdict present.  (What bars and lines mean is
    said in the figure's caption, which wraps.)"""
    present = [
        v
        for v in (Verdict.CONFLICT, Verdict.UPDATED, Verdict.COMPATIBLE, Verdict.AGREE)
        if any(m.verdict is v for m in lay.marks)
    ]
    lx = 6.0
    ly = lay.height - LEGEND_HEIGHT / 2
    for v in present:
        out.append(_shape(v, lx + 5, ly))
        out.append(f'<text x="{_num(lx + 14)}" y="{_num(ly + 3.5)}" fill="#222">{LABELS[v]}</text>')
        lx += 24 + CHAR_WIDTH * len(LABELS[v])
