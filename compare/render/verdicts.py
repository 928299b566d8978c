"""How each verdict looks in the reports: its label, its one-line help, its colours.

One entry per verdict, read by the HTML report (summary, cards, matrix), the
SVG timeline and the time axis of an ``updated`` finding, so a new verdict is
drawn once here (its label and help are words of the report,
``lang/en/sentences.toml [verdicts]``; its CSS badge and card styles are in
``templates/report.css``; what it means for ``check`` is in ``baseline.py``
and ``render/ci_formats.py``).
``tests/test_structure.py`` checks that every verdict has an entry.

The colours are a light fill and a dark stroke; the dark tones stay distinct
from the light ones in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass

from compare.model import Verdict
from compare.sentences import sentence

__all__ = ["LOOKS", "VerdictLook"]


@dataclass(frozen=True)
class VerdictLook:
    label: str  # as a heading or a badge says it ("Single source"); lower case inside sentences
    help: str  # what it means, for the summary
    fill: str
    stroke: str


LOOKS: dict[Verdict, VerdictLook] = {
    Verdict.CONFLICT: VerdictLook(
        label=sentence("verdicts", "conflict"),
        help=sentence("verdicts", "conflict_help"),
        fill="#f4c7c3",
        stroke="#b3261e",
    ),
    Verdict.COMPATIBLE: VerdictLook(
        label=sentence("verdicts", "compatible"),
        help=sentence("verdicts", "compatible_help"),
        fill="#ffe08a",
        stroke="#8a5a00",
    ),
    Verdict.UPDATED: VerdictLook(
        label=sentence("verdicts", "updated"),
        help=sentence("verdicts", "updated_help"),
        fill="#cfe0fc",
        stroke="#1a4f9c",
    ),
    Verdict.AGREE: VerdictLook(
        label=sentence("verdicts", "agree"),
        help=sentence("verdicts", "agree_help"),
        fill="#bfe3c6",
        stroke="#1e6b34",
    ),
    Verdict.SINGLE_SOURCE: VerdictLook(
        label=sentence("verdicts", "single_source"),
        help=sentence("verdicts", "single_source_help"),
        fill="#dfe4e8",
        stroke="#455a64",
    ),
}
