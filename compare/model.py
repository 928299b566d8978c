"""The value objects every stage passes along.

Everything that comes from an article carries its character offsets into the
document's text (as spaCy's ``Span`` does), so any later stage can show the
verbatim excerpt without re-reading a file.  All classes are frozen: a stage
returns new objects instead of mutating the ones it was given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal, get_args

SCHEMA = "divergence/2"

# Each closed list is written once, as its Literal (which mypy needs); the
# tuples the code iterates over are read from it, in the same order.
Kind = Literal["count", "money", "percent", "measure", "multiple", "duration", "date"]
KINDS: tuple[Kind, ...] = get_args(Kind)
NUMERIC_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS if k != "date")

Qualifier = Literal[
    "exact",
    "about",
    "more-than",
    "at-least",
    "less-than",
    "at-most",
    "nearly",
    "range",
    "up",
    "down",
]
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)
Granularity = Literal["minute", "day", "week", "month", "year", "decade", "century"]
Anchor = Literal["absolute", "publication", "discourse", "unresolved"]
# Where a clock time's minutes are counted: in UTC (the text named its zone);
# in the local time of the place ("10:15 local time"), never shifted to UTC;
# or in a zone the text does not state ("at 10:15", "8 p.m."): the event's
# local time or the outlet's own, so such a time never conflicts.
Zone = Literal["UTC", "local", "unstated"]


# The language of a document whose manifest names none (compare/lang/en/).
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """One article, as read: its text is what every offset indexes."""

    id: str
    path: str
    text: str
    outlet: str
    title: str
    sha256: str
    story: str
    published: dt.date | None = None
    author: str | None = None
    url: str | None = None
    format: Literal["txt", "md", "html"] = "txt"
    # Ranges the loader recognised as boilerplate (navigation, repeated
    # captions, bylines, bios, newsletter blurbs). Facts inside are kept but
    # flagged and left out of alignment.
    boilerplate: tuple[Span, ...] = ()
    # Non-fatal remarks made while reading (encoding guessed, BOM removed...).
    warnings: tuple[str, ...] = ()
    # The language the text is read in: a folder of compare/lang/, from the
    # manifest's ``language`` field.
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class Quantity:
    """A numeric value as an interval: ``low``/``high`` of ``None`` mean unbounded."""

    stated: float | None
    low: float | None
    high: float | None
    unit: str
    qualifier: Qualifier


@dataclass(frozen=True)
class DateValue:
    """A date as an inclusive interval of days; ``None`` bounds mean unresolved.

    A clock time ("8 a.m. CET on Monday", "0700 GMT") has granularity
    ``minute``: ``time`` is the time of day in ``zone`` — in UTC when the text
    named the zone (``start``/``end`` then hold the UTC day), in local time
    when it said "local time", as written when it said nothing.
    ``start``/``end`` are None when the text names no day: the time of day
    alone is still compared.
    """

    start: dt.date | None
    end: dt.date | None
    granularity: Granularity
    anchor: Anchor
    time: dt.time | None = None
    zone: Zone | None = None


Value = Quantity | DateValue


@dataclass(frozen=True)
class About:
    """Structured cues for what a fact is about, read from its sentence.

    ``noun`` is the counted noun's lemma ("troop"), ``predicate`` the verb that
    governs the figure ("killed", "deployed"), ``event`` the event noun
    ("talks", "video call", "press conference"), ``participants`` and ``places``
    proper names in the sentence, ``modality`` a channel that distinguishes
    otherwise similar events ("video", "phone", "in-person"), and ``terms`` other
    content lemmas of the sentence, for weighting by rarity at alignment time.
    """

    noun: str | None = None
    predicate: str | None = None
    event: str | None = None
    participants: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    modality: str | None = None
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One comparable statement found in a document."""

    id: str
    doc: str
    start: int
    end: int
    text: str
    kind: Kind
    value: Value
    about: About
    sentence: Span
    boilerplate: bool = False
    # The measured class alignment compares (one of ``compare.lang.ROLES``:
    # "deaths", "troops", "money"...), whatever noun the article used; None
    # when nothing in the clause says (a date, "two sets of talks").
    role: str | None = None
    # The day the figure was true according to the text ("as of Sunday", "on
    # Tuesday the toll rose to"), else the publication date (None if unknown).
    as_of: dt.date | None = None


class Verdict(StrEnum):
    AGREE = "agree"
    COMPATIBLE = "compatible"
    CONFLICT = "conflict"
    SINGLE_SOURCE = "single-source"
    # One quantity reported at different times, moving the way such counts
    # move (a toll rising over the days after a disaster).
    UPDATED = "updated"


# Most severe first: the order reports list findings in.
VERDICT_ORDER = (
    Verdict.CONFLICT,
    Verdict.UPDATED,
    Verdict.COMPATIBLE,
    Verdict.AGREE,
    Verdict.SINGLE_SOURCE,
)

# The levels at which ``divergence check --fail-on`` can fail a build: a
# conflict, or also a difference in precision (``updated`` gates like it).
FAIL_ON = ("conflict", "compatible")


@dataclass(frozen=True)
class Finding:
    """Facts from one story that state the same thing, and the verdict on them."""

    id: str
    story: str
    kind: Kind
    about: str
    verdict: Verdict
    facts: tuple[str, ...]
    explanation: str
    cues: tuple[str, ...] = ()
    # The event the facts are about, as compare.events names it ("quake",
    # "call"; "quake (background)" for an earlier or sibling event).
    event: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A file the run did not use, and why (shown in every report).

    ``partial``: the file *was* used, but only in part (more figures than
    ``--max-facts``); ``reason`` says what was left out and becomes one of
    the document's warnings instead of an entry under skipped.
    """

    path: str
    reason: str
    partial: bool = False

    def line(self) -> str:
        """The warning line printed on stderr."""
        return f"{self.path}: {self.reason}" + ("" if self.partial else " (skipped)")


@dataclass(frozen=True)
class EchoSpan:
    """Where one document carries a shared passage: ``text[start:end]`` of document ``doc``."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Echo:
    """A passage shared nearly word for word by documents of one story (see ``echoes.py``).

    ``text`` is the passage as the first document (in corpus order) has it;
    ``spans`` has one entry per document, in corpus order, the first one being
    where ``text`` comes from.
    """

    story: str
    text: str
    words: int
    spans: tuple[EchoSpan, ...]


@dataclass(frozen=True)
class Report:
    """Everything one run produced; the JSON and HTML are views of this."""

    documents: tuple[Document, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    echoes: tuple[Echo, ...] = ()

    def summary(self) -> dict[str, int]:
        counts = {
            v.value: 0
            for v in (
                Verdict.AGREE,
                Verdict.COMPATIBLE,
                Verdict.UPDATED,
                Verdict.CONFLICT,
                Verdict.SINGLE_SOURCE,
            )
        }
        for finding in self.findings:
            counts[finding.verdict.value] += 1
        return counts
