"""When a figure was true, and what it measures: the per-fact readings done after scanning.

``as_of``: a toll changes over the days after a disaster, so alignment orders
the values of one quantity by the date each was true.  The text says so with a
reporting date in the figure's sentence: "as of Sunday", "by Wednesday
evening", "on Tuesday the toll rose to 2,100", "the toll had climbed to 480
on Wednesday".  A figure without one was true when the article was published.

``role_of``: the role of a quantity (``compare.extract.roles``) from its kind,
unit and counted noun.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from compare.extract.roles import count_role, measure_role
from compare.lang import Lexicon
from compare.model import DateValue

__all__ = ["as_of", "reporting_date", "role_of"]

# A date introduced as the time a count stood: "as of Sunday", "by Wednesday".
_REPORT_LEAD_IN = re.compile(r"\b(?:as\s+(?:of|at)|by|up\s+to|through|until)\s+(?:late\s+|early\s+)?$")
# A count that moved: the date of the move is the date the figure was true.
_TOLL_CHANGE = re.compile(
    r"\b(?:toll|tally|count|number\s+of\s+[a-z]+|figure)\s+(?:has\s+|had\s+|was\s+)?"
    r"(?:rose|risen|climbed|reached|stood|jumped|increased|grew|hit|was\s+raised|had\s+risen|rising|climbing)\b"
)
_REACH = 60


def reporting_date(lowered: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the date at ``[start, end)`` says when a figure of its sentence was true."""
    if lowered[end : end + 2] in ("'s", "’s"):
        return False  # "by Sunday's quake" names the event
    if _REPORT_LEAD_IN.search(lowered, max(sentence_start, start - 16), start):
        return True
    lo = max(sentence_start, start - _REACH)
    hi = min(sentence_end, end + _REACH)
    return _TOLL_CHANGE.search(lowered, lo, hi) is not None


def as_of(
    reported: Sequence[tuple[int, int, DateValue]], position: int, published: dt.date | None
) -> dt.date | None:
    """The reporting date of the sentence nearest ``position``, else ``published``."""
    best: tuple[int, dt.date] | None = None
    for start, end, value in reported:
        if value.end is None:
            continue
        distance = start - position if start >= position else position - end
        if best is None or distance < best[0]:
            best = (distance, value.end)
    return best[1] if best is not None else published


def role_of(
    kind: str, unit: str, noun: str | None, written: str, lowered: str, start: int, end: int, lex: Lexicon
) -> str | None:
    """The role of a quantity of ``kind`` at ``[start, end)``, in the words of ``lex``."""
    if kind == "money":
        return "money"
    if kind == "duration":
        return "duration"
    if kind == "measure":
        return measure_role(unit, lowered, start, end, lex)
    if kind == "count":
        return count_role(noun, written, lowered, start, end, lex)
    return None
