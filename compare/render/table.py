"""``divergence facts --format table``: the facts as an aligned plain-text table.

For a person at a terminal, so article text is made safe to print: control
characters (an article could carry ANSI escape sequences) are dropped and
whitespace runs become one space.  Columns are aligned by display width, so
wide (East Asian) characters and combining accents do not skew them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from compare.display import format_value
from compare.model import Report
from compare.sentences import counted, sentence

HEADERS = ("doc", "offsets", "kind", "text", "value", "about")
# Longest cell per column before it is cut with an ellipsis; None: never cut.
LIMITS: tuple[int | None, ...] = (28, None, None, 40, 36, 24)
GAP = "  "


def clean(text: str) -> str:
    """One line of printable text: control and format characters removed, spaces collapsed."""
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace():
            kept.append(" ")
        elif category in {"Cc", "Cf", "Cs", "Co", "Cn"}:
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def width(text: str) -> int:
    """Columns the text takes in a terminal."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in {"W", "F"} else 1
    return total


def truncate(text: str, limit: int | None) -> str:
    if limit is None or width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > limit - 1:
            break
        out += ch
    return out.rstrip() + "…"


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def _render(rows: Sequence[Sequence[str]]) -> list[str]:
    sizes = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [_pad(cell, sizes[i]) for i, cell in enumerate(row)]
        lines.append(GAP.join(cells).rstrip())
    return lines


def facts_table(report: Report) -> str:
    """One line per fact, in document order; boilerplate facts are flagged."""
    if not report.facts:
        return sentence("table", "no_facts", documents=counted(len(report.documents), "document")) + "\n"
    flagged = any(f.boilerplate for f in report.facts)
    headers = HEADERS + (("note",) if flagged else ())
    rows: list[list[str]] = [list(headers)]
    for fact in report.facts:
        about = fact.about.noun or fact.about.event or ""
        cells = [
            fact.doc,
            f"{fact.start}-{fact.end}",
            fact.kind,
            fact.text,
            format_value(fact.value, fact.kind),
            about,
        ]
        row = [truncate(clean(cell), LIMITS[i]) for i, cell in enumerate(cells)]
        if flagged:
            row.append("boilerplate" if fact.boilerplate else "")
        rows.append(row)
    lines = _render(rows)
    rule = "-" * max(width(line) for line in lines)
    documents = len({f.doc for f in report.facts})
    footer = (
        f"{len(report.facts)} fact{'s' if len(report.facts) != 1 else ''} "
        f"in {documents} document{'s' if documents != 1 else ''}"
    )
    return "\n".join([lines[0], rule, *lines[1:], rule, footer]) + "\n"
