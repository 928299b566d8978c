"""How each verdict looks in the reports: its label, its one-line help, its colours.

One entry per verdict, read by the HTML report (summary, cards, matrix), the
SVG timeline and the time axis of an ``updated`` finding, so a new verdict is
drawn once here (its CSS badge and card styles are in ``templates/report.css``;
what it means for ``check`` is in ``baseline.py`` and ``render/ci_formats.py``).
``tests/test_structure.py`` checks that every verdict has an entry.

The colours are a light fill and a dark stroke; the dark tones stay distinct
from the light ones in greyscale.
"""

from __future__ import annotations

from dataclasses import dataclass

from compare.model import Verdict

__all__ = ["LOOKS", "VerdictLook"]


@dataclass(frozen=True)
class VerdictLook:
    label: str  # as a heading or a badge says it ("Single source"); lower case inside sentences
    help: str  # what it means, for the summary
    fill: str
    stroke: str


LOOKS: dict[Verdict, VerdictLook] = {
    Verdict.CONFLICT: VerdictLook(
        label="Conflict", help="the values cannot all be true", fill="#f4c7c3", stroke="#b3261e"
    ),
    Verdict.COMPATIBLE: VerdictLook(
        label="Compatible",
        help="the values overlap but differ in wording or precision",
        fill="#ffe08a",
        stroke="#8a5a00",
    ),
    Verdict.UPDATED: VerdictLook(
        label="Updated", help="later reports superseded an earlier figure", fill="#cfe0fc", stroke="#1a4f9c"
    ),
    Verdict.AGREE: VerdictLook(
        label="Agree", help="same value, stated with the same precision", fill="#bfe3c6", stroke="#1e6b34"
    ),
    Verdict.SINGLE_SOURCE: VerdictLook(
        label="Single source", help="only one outlet reports it", fill="#dfe4e8", stroke="#455a64"
    ),
}
