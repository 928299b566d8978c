"""The HTML report (and, with ``for_print=True``, the page WeasyPrint turns into the PDF).

Python builds a view of the report (what goes in which card, which words
differ, which URLs may become links); the Jinja2 templates in the top-level
``templates/`` directory only lay it out.  That directory ships inside the wheel
as the package ``compare.templates`` and is read with ``importlib.resources``,
so an installed copy works from any directory.  Autoescaping is on, and every string
from an article or a manifest reaches the page as plain text: the only markup
passed through unescaped is the timeline SVG, which escapes its own text.

Same report in, same bytes out: nothing depends on the clock (a timestamp
appears only when ``SOURCE_DATE_EPOCH`` is set), on hash order or on the
environment.
"""

from __future__ import annotations

import base64
import datetime as dt
import gc
import hashlib
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from compare import __version__
from compare.display import format_value
from compare.errors import InputError
from compare.intervals import bounds as value_bounds
from compare.jsontext import gathered
from compare.kinds import KINDS
from compare.model import (
    DEFAULT_LANGUAGE,
    VERDICT_ORDER,
    DateValue,
    Document,
    Echo,
    Fact,
    Finding,
    Report,
    Verdict,
)
from compare.render import wordiff
from compare.render.time_axis import Point, time_axis_svg
from compare.render.timeline import Mark, timeline_svg
from compare.render.verdicts import LOOKS
from compare.sentences import sentence, series

TEMPLATES_PACKAGE = "compare.templates"
# A checkout run without installing (PYTHONPATH=.) has no compare.templates
# package; its templates sit next to the package.
_CHECKOUT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def templates_dir() -> Traversable:
    """Where the report templates are: the installed package, else the checkout's ``templates/``."""
    try:
        return resources.files(TEMPLATES_PACKAGE)
    except ModuleNotFoundError:
        return _CHECKOUT_TEMPLATES


VERDICT_LABELS = {v: look.label for v, look in LOOKS.items()}
VERDICT_HELP = {v: look.help for v, look in LOOKS.items()}
KIND_LABELS = {name: info.label for name, info in KINDS.items()}

# Columns of the findings × outlets matrix per table: more would not fit A4.
MATRIX_COLUMNS = 6
# Side by side up to this many excerpts; more are stacked in rows.
MAX_COLUMNS = 3
# An excerpt is the fact's sentence; a run-on "sentence" is cut to a window.
MAX_EXCERPT = 600
EXCERPT_CONTEXT = 240
ECHO_WORDS_SHOWN = 60
# The timeline drawn again this wide for phones (shown below 600 px instead of the
# 720 px one, whose text would shrink to half size there).
NARROW_TIMELINE = 360
MAX_ECHOES = 30


@dataclass(frozen=True)
class Link:
    """A URL: ``href`` is set only when it is safe to make it a link."""

    href: str | None
    text: str


@dataclass(frozen=True)
class SourceView:
    number: int
    doc: Document
    date: str
    link: Link | None

    @property
    def label(self) -> str:
        return f"S{self.number}"

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"


@dataclass(frozen=True)
class ExcerptView:
    source: SourceView
    fact: Fact
    value: str
    # Runs of text inside / outside the fact's span, each cut into changed or not.
    parts: tuple[tuple[bool, tuple[wordiff.Segment, ...]], ...]
    clipped_start: bool
    clipped_end: bool
    compared_with: str | None  # outlet whose excerpt the marked words differ from
    text_anchor: str  # where the fact sits in the article's full text, in the appendix


@dataclass(frozen=True)
class CardView:
    number: int
    anchor: str
    finding: Finding
    verdict: str
    verdict_label: str
    kind_label: str
    excerpts: tuple[ExcerptView, ...]
    layout: str  # "columns" or "rows"
    # For an ``updated`` finding: its values on a small time axis (an SVG
    # that escapes its own text), else empty.
    time_axis: Markup = Markup("")


@dataclass(frozen=True)
class OutletColumn:
    name: str
    dates: str


@dataclass(frozen=True)
class MatrixRow:
    card: CardView
    # Per column: (value as written, source label if the outlet has several articles);
    # an empty tuple when the outlet does not state this fact.
    cells: tuple[tuple[tuple[str, str], ...], ...]


@dataclass(frozen=True)
class MatrixChunk:
    columns: tuple[OutletColumn, ...]
    rows: tuple[MatrixRow, ...]
    caption: str


@dataclass(frozen=True)
class SingleRow:
    finding: Finding
    fact: Fact
    source: SourceView
    value: str
    kind_label: str
    anchor: str  # this fact's row: every single-source fact can be linked to
    text_anchor: str


@dataclass(frozen=True)
class EchoOccurrence:
    source: SourceView
    start: int
    end: int


@dataclass(frozen=True)
class EchoView:
    text: str
    clipped: bool
    words: int
    occurrences: tuple[EchoOccurrence, ...]


@dataclass(frozen=True)
class TextPart:
    """A run of an article's full text: plain, or (part of) one or more facts.

    ``ids`` are the anchors of the facts starting here; ``href`` leads to the
    finding the innermost fact belongs to.
    """

    text: str
    ids: tuple[str, ...] = ()
    href: str | None = None
    verdict: str | None = None
    title: str | None = None
    is_fact: bool = False


@dataclass(frozen=True)
class ArticleView:
    source: SourceView
    anchor: str
    n_facts: int
    parts: tuple[TextPart, ...]


@dataclass(frozen=True)
class ConflictNav:
    """Links from one conflict card to the previous and next conflicts of the report."""

    index: int  # 1-based among the report's conflicts
    total: int
    previous: str | None
    next: str | None


@dataclass(frozen=True)
class StoryView:
    name: str
    anchor: str
    sources: tuple[SourceView, ...]
    counts: tuple[tuple[str, str, int], ...]
    matrix: tuple[MatrixChunk, ...]
    cards: tuple[CardView, ...]
    timeline: Markup
    timeline_narrow: Markup
    echoes: tuple[EchoView, ...]
    echoes_hidden: int
    singles: tuple[SingleRow, ...]
    empty_reason: str | None

    @property
    def n_conflicts(self) -> int:
        return sum(1 for c in self.cards if c.verdict == Verdict.CONFLICT.value)

    @property
    def first_conflict(self) -> str | None:
        return next((c.anchor for c in self.cards if c.verdict == Verdict.CONFLICT.value), None)


def _slug(text: str) -> str:
    """An id fragment: letters, digits, ``-`` and ``_`` only (ids stay valid in URLs and CSS)."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", text)[:60] or "x"


def safe_url(url: str | None) -> str | None:
    """``url`` if it may become a link: http(s), with a host, nothing hidden in it."""
    if not url:
        return None
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 or ch == "\\" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    return url


def _link(url: str | None) -> Link | None:
    if not url:
        return None
    return Link(safe_url(url), url.strip())


def source_date_epoch(environ: Mapping[str, str] | None = None) -> dt.datetime | None:
    """The build timestamp reproducible builds agree on, if one is set."""
    raw = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return None
    try:
        return dt.datetime.fromtimestamp(int(raw), tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _excerpt_bounds(doc: Document, fact: Fact) -> tuple[int, int, bool, bool]:
    """The sentence around the fact, from offsets only, cut to a window if very long."""
    text = doc.text
    start = max(0, min(fact.sentence.start, fact.start))
    end = min(len(text), max(fact.sentence.end, fact.end))
    clipped_start = clipped_end = False
    if end - start > MAX_EXCERPT:
        window_start = max(start, fact.start - EXCERPT_CONTEXT)
        window_end = min(end, fact.end + EXCERPT_CONTEXT)
        if window_start > start:
            # Start at a word boundary, never inside the fact.
            space = text.find(" ", window_start, fact.start)
            start, clipped_start = (space + 1 if space != -1 else window_start), True
        if window_end < end:
            space = text.rfind(" ", fact.end, window_end)
            end, clipped_end = (space if space != -1 else window_end), True
    while start < fact.start and text[start].isspace():
        start += 1
    while end > fact.end and text[end - 1].isspace():
        end -= 1
    return start, end, clipped_start, clipped_end


def _date_text(doc: Document) -> str:
    return doc.published.isoformat() if doc.published else sentence("html", "undated")


# One card's cells of the matrix, by column: each value as written with its source label.
_Cells = dict[int, tuple[tuple[str, str], ...]]


def _column_of(columns: Sequence[tuple[str, Sequence[Document]]]) -> dict[str, int]:
    """Each document's column: the place of its outlet among the story's (``_Builder._columns``)."""
    return {d.id: i for i, (_name, ds) in enumerate(columns) for d in ds}


def _matrix_cells(
    card: CardView, columns: Sequence[tuple[str, Sequence[Document]]], column_of: Mapping[str, int]
) -> _Cells:
    """One card's cells: per column, each value its outlet states, told once with how often.

    Values are compared as written, white space collapsed.  An outlet with two
    articles says which article each value comes from; a value stated n times
    shows "n×", so a cell never repeats itself.
    """
    counted: dict[int, dict[tuple[str, str], int]] = {}
    for ex in card.excerpts:
        column = column_of[ex.fact.doc]
        # Two articles of one outlet: say which one each value comes from.
        source = ex.source.label if len(columns[column][1]) > 1 else ""
        key = (" ".join(ex.fact.text.split()), source)
        cell = counted.setdefault(column, {})
        cell[key] = cell.get(key, 0) + 1
    return {
        column: tuple(
            (text, ", ".join(p for p in (source, f"{n}\u00d7" if n > 1 else "") if p))
            for (text, source), n in cell.items()
        )
        for column, cell in counted.items()
    }


def _matrix_chunk(
    chunk: int, columns: Sequence[tuple[str, Sequence[Document]]], rows: Sequence[tuple[CardView, _Cells]]
) -> MatrixChunk:
    """Table number ``chunk`` of the matrix: its outlets (with their articles' dates) and its rows.

    A caption numbers the outlets only when the matrix needs more than one table.
    """
    lo = chunk * MATRIX_COLUMNS
    hi = min(lo + MATRIX_COLUMNS, len(columns))
    caption = ""
    if len(columns) > MATRIX_COLUMNS:
        caption = f"Outlets {lo + 1}\u2013{hi} of {len(columns)}"
    outlets = tuple(OutletColumn(name, ", ".join(_date_text(d) for d in ds)) for name, ds in columns[lo:hi])
    return MatrixChunk(
        columns=outlets,
        rows=tuple(MatrixRow(card, tuple(cells.get(c, ()) for c in range(lo, hi))) for card, cells in rows),
        caption=caption,
    )


class _Builder:
    """Turns a Report into the view the templates lay out."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.docs = {d.id: d for d in report.documents}
        self.doc_order = {d.id: i for i, d in enumerate(report.documents)}
        self.facts = {f.id: f for f in report.facts}
        self.docs_with_facts = {f.doc for f in report.facts}
        self.sources = {
            d.id: SourceView(i, d, _date_text(d), _link(d.url))
            for i, d in enumerate(report.documents, start=1)
        }
        # Grouped once by story: a filter per story would make many stories quadratic.
        self.findings_of: dict[str, list[Finding]] = {}
        for finding in report.findings:
            self.findings_of.setdefault(finding.story, []).append(finding)
        self.echoes_of: dict[str, list[Echo]] = {}
        for echo in report.echoes:
            self.echoes_of.setdefault(echo.story, []).append(echo)
        self.anchors: set[str] = set()
        self.number = 0
        # Every fact gets an anchor up front, in report order, so it is the same
        # wherever the fact is shown (card, single-source table, full text).
        self.fact_anchors: dict[str, str] = {}
        for fact in report.facts:
            self.fact_anchors[fact.id] = self._unique("fact-" + _slug(fact.id))
        # Where each fact leads back to: its finding's card or its single-source row.
        self.fact_targets: dict[str, tuple[str, str, str]] = {}  # id -> (href, verdict, title)

    def _unique(self, base: str) -> str:
        anchor, n = base, 2
        while anchor in self.anchors:
            anchor, n = f"{base}-{n}", n + 1
        self.anchors.add(anchor)
        return anchor

    def _anchor(self, finding: Finding) -> str:
        return self._unique("finding-" + _slug(finding.id))

    def text_anchor(self, fact: Fact) -> str:
        """The fact's place in its article's full text (ids of the form ``text-fact-…``)."""
        return "text-" + self.fact_anchors[fact.id]

    def _facts_of(self, finding: Finding) -> list[Fact]:
        """The finding's facts in corpus order; ids the report lacks are ignored."""
        order = self.doc_order
        facts = [self.facts[i] for i in finding.facts if i in self.facts]
        facts = [f for f in facts if f.doc in self.docs]
        return sorted(facts, key=lambda f: (order[f.doc], f.start, f.end, f.id))

    def card(self, finding: Finding) -> CardView:
        self.number += 1
        facts = self._facts_of(finding)
        bounds = [_excerpt_bounds(self.docs[f.doc], f) for f in facts]
        texts = [self.docs[f.doc].text[b[0] : b[1]] for f, b in zip(facts, bounds, strict=True)]
        partners = wordiff.closest_partners([wordiff.tokenize(t) for t in texts])
        excerpts = []
        for i, (fact, (start, _end, clip_s, clip_e)) in enumerate(zip(facts, bounds, strict=True)):
            partner = partners[i]
            changed = wordiff.changed_ranges(texts[i], texts[partner]) if partner is not None else []
            segments = wordiff.segments(texts[i], changed, (fact.start - start, fact.end - start))
            excerpts.append(
                ExcerptView(
                    source=self.sources[fact.doc],
                    fact=fact,
                    value=format_value(fact.value, fact.kind),
                    parts=tuple(wordiff.by_fact(segments)),
                    clipped_start=clip_s,
                    clipped_end=clip_e,
                    compared_with=self.docs[facts[partner].doc].outlet if partner is not None else None,
                    text_anchor=self.text_anchor(fact),
                )
            )
        anchor = self._anchor(finding)
        title = sentence(
            "html",
            "card_title",
            number=str(self.number),
            about=finding.about,
            verdict=VERDICT_LABELS[finding.verdict].lower(),
        )
        for fact in facts:
            self.fact_targets.setdefault(fact.id, ("#" + anchor, finding.verdict.value, title))
        return CardView(
            number=self.number,
            anchor=anchor,
            finding=finding,
            verdict=finding.verdict.value,
            verdict_label=VERDICT_LABELS[finding.verdict],
            kind_label=KIND_LABELS.get(finding.kind, finding.kind),
            excerpts=tuple(excerpts),
            layout="columns" if len(excerpts) <= MAX_COLUMNS else "rows",
            time_axis=_time_axis(finding, facts),
        )

    def _columns(self, docs: Sequence[Document]) -> list[tuple[str, list[Document]]]:
        """Outlets in corpus order, each with its documents (one outlet may have several)."""
        outlets: dict[str, tuple[str, list[Document]]] = {}
        for doc in docs:
            key = doc.outlet.strip().casefold()
            outlets.setdefault(key, (doc.outlet.strip() or doc.path, []))[1].append(doc)
        return list(outlets.values())

    def matrix(self, docs: Sequence[Document], cards: Sequence[CardView]) -> tuple[MatrixChunk, ...]:
        """The findings x outlets matrix, cut into tables of ``MATRIX_COLUMNS`` outlets each.

        A table holds only the findings stated by one of its outlets, and a
        table left without any is dropped.
        """
        columns = self._columns(docs)
        column_of = _column_of(columns)
        # Cells are kept per column an excerpt is in: a big story has thousands
        # of outlets and most facts are stated by few of them, so a full
        # cards x outlets grid was most of the page's cost.
        full_rows: list[tuple[CardView, _Cells]] = []
        shown_in: dict[int, list[int]] = {}  # chunk number -> rows with a value in it, in card order
        for card in cards:
            cells = _matrix_cells(card, columns, column_of)
            for chunk in sorted({column // MATRIX_COLUMNS for column in cells}):
                shown_in.setdefault(chunk, []).append(len(full_rows))
            full_rows.append((card, cells))
        chunks = (_matrix_chunk(n, columns, [full_rows[r] for r in shown_in[n]]) for n in sorted(shown_in))
        return tuple(c for c in chunks if c.rows)

    def timeline(
        self, docs: Sequence[Document], cards: Sequence[CardView], story: str
    ) -> tuple[Markup, Markup]:
        """The story's timeline, drawn twice: for wide screens and print, and for phones."""
        columns = self._columns(docs)
        column_of = _column_of(columns)
        raw: list[tuple[int, CardView, ExcerptView, DateValue]] = []
        for card in cards:
            for ex in card.excerpts:
                value = ex.fact.value
                if isinstance(value, DateValue) and value.start and value.end:
                    raw.append((column_of[ex.fact.doc], card, ex, value))
        used = sorted({column for column, *_rest in raw})
        row_of = {column: i for i, column in enumerate(used)}
        marks = [
            Mark(
                row=row_of[column],
                group=card.number,
                verdict=card.finding.verdict,
                start=value.start,
                end=value.end,
                kind=card.finding.kind,
                href="#" + card.anchor,
                tooltip=(
                    sentence(
                        "html",
                        "mark",
                        number=str(card.number),
                        about=card.finding.about,
                        verdict=card.verdict_label.lower(),
                        outlet=ex.source.doc.outlet,
                        text=ex.fact.text,
                        value=ex.value,
                    )
                ),
            )
            for column, card, ex, value in raw
            if value.start is not None and value.end is not None
        ]
        names = [columns[c][0] for c in used]
        title = sentence("html", "timeline_title", story=story)
        # timeline_svg escapes every string it places; it is the one trusted fragment.
        return Markup(timeline_svg(names, marks, title=title)), Markup(
            timeline_svg(names, marks, title=title, width=NARROW_TIMELINE)
        )

    def _top_echoes(self, echoes: Sequence[Echo]) -> list[Echo]:
        """The echoes worth a reader's time: most outlets first, then longest.

        A big corpus of wire-fed outlets can share hundreds of passages; past
        ``MAX_ECHOES`` the list stops helping (and slows the PDF down).
        """
        outlets = {d.id: d.outlet.strip().casefold() for d in self.report.documents}
        ranked = sorted(
            enumerate(echoes),
            key=lambda item: (-len({outlets.get(s.doc) for s in item[1].spans}), -item[1].words, item[0]),
        )
        return [echo for _i, echo in ranked[:MAX_ECHOES]]

    def echo(self, echo: Echo) -> EchoView:
        words = list(re.finditer(r"\S+", echo.text))
        clipped = len(words) > ECHO_WORDS_SHOWN
        text = echo.text[: words[ECHO_WORDS_SHOWN - 1].end()] if clipped else echo.text
        return EchoView(
            text=" ".join(text.split()),
            clipped=clipped,
            words=echo.words,
            occurrences=tuple(
                EchoOccurrence(self.sources[s.doc], s.start, s.end)
                for s in echo.spans
                if s.doc in self.sources
            ),
        )

    def story(self, name: str, index: int, story_docs: Sequence[Document]) -> StoryView:
        findings = self.findings_of.get(name, [])
        # Findings never cross stories; should one cite another story's article,
        # that article still gets its column rather than being dropped.
        cited = {f.doc for finding in findings for f in self._facts_of(finding)}
        own = {d.id for d in story_docs}
        docs = sorted(
            [self.docs[i] for i in own | cited if i in self.docs], key=lambda d: self.doc_order[d.id]
        )
        rank = {v: i for i, v in enumerate(VERDICT_ORDER)}
        multi = sorted(
            (f for f in findings if f.verdict is not Verdict.SINGLE_SOURCE),
            key=lambda f: rank[f.verdict],
        )
        cards = tuple(self.card(f) for f in multi)
        cards = tuple(c for c in cards if c.excerpts)
        singles = self._singles(findings)
        counts = tuple(
            (v.value, VERDICT_LABELS[v], sum(1 for f in findings if f.verdict is v)) for v in VERDICT_ORDER
        )
        wide, narrow = self.timeline(docs, cards, name)
        story_echoes = self.echoes_of.get(name, [])
        shown_echoes = self._top_echoes(story_echoes)
        empty_reason = None if cards else self._empty_reason(story_docs, own)
        return StoryView(
            name=name,
            anchor=f"story-{index}",
            sources=tuple(self.sources[d.id] for d in story_docs),
            counts=counts,
            matrix=self.matrix(docs, cards),
            cards=cards,
            timeline=wide,
            timeline_narrow=narrow,
            echoes=tuple(self.echo(e) for e in shown_echoes),
            echoes_hidden=len(story_echoes) - len(shown_echoes),
            singles=tuple(singles),
            empty_reason=empty_reason,
        )

    def _singles(self, findings: Sequence[Finding]) -> list[SingleRow]:
        """The story's single-source facts as rows, each registered as its fact's link target."""
        singles = []
        for finding in findings:
            if finding.verdict is Verdict.SINGLE_SOURCE:
                for fact in self._facts_of(finding):
                    anchor = self.fact_anchors[fact.id]
                    self.fact_targets.setdefault(
                        fact.id, ("#" + anchor, finding.verdict.value, f"{finding.about} (single source)")
                    )
                    singles.append(
                        SingleRow(
                            finding,
                            fact,
                            self.sources[fact.doc],
                            format_value(fact.value, fact.kind),
                            KIND_LABELS.get(fact.kind, fact.kind),
                            anchor,
                            self.text_anchor(fact),
                        )
                    )
        return singles

    def _empty_reason(self, story_docs: Sequence[Document], own: AbstractSet[str]) -> str:
        """Why a story has no card: the first of one article, one outlet, no fact, no shared fact."""
        outlets = {d.outlet.strip().casefold() for d in story_docs}
        if len(story_docs) < 2:
            return sentence("html", "story_one_article")
        if len(outlets) < 2:
            return sentence("html", "story_one_outlet")
        if not own & self.docs_with_facts:
            return sentence("html", "story_no_fact")
        return sentence("html", "story_no_shared_fact")

    def stories(self) -> tuple[StoryView, ...]:
        grouped: dict[str, list[Document]] = {}
        for doc in self.report.documents:
            grouped.setdefault(doc.story, []).append(doc)
        # Findings of a story without documents (should not happen) are not lost.
        for finding in self.report.findings:
            grouped.setdefault(finding.story, [])
        return tuple(self.story(name, i, docs) for i, (name, docs) in enumerate(grouped.items(), start=1))

    def articles(self) -> _Articles:
        """Every article's full text with its facts marked, each linked to its finding.

        Call after :meth:`stories`, which records where each fact leads.
        """
        return _Articles(self)

    def article(self, doc: Document, facts: Sequence[Fact]) -> ArticleView:
        return ArticleView(
            source=self.sources[doc.id],
            anchor=f"text-{self.sources[doc.id].anchor}",
            n_facts=len(facts),
            parts=tuple(self._text_parts(doc, facts)),
        )

    def _text_parts(self, doc: Document, facts: Sequence[Fact]) -> list[TextPart]:
        """``doc.text`` cut at every fact boundary, in one sweep over the sorted boundaries.

        Facts may overlap or nest ("March 10" inside "Friday, March 10"): a run
        covered by several links to the innermost one, the one a reader would
        point at.  Offsets outside the text (a stale fact) are clamped, so the
        parts always join back into the text exactly.
        """
        text = doc.text
        spans = []
        for fact in facts:
            start, end = max(0, min(fact.start, len(text))), max(0, min(fact.end, len(text)))
            if start < end:
                spans.append((start, end, fact))
        spans.sort(key=lambda item: (item[0], -item[1], item[2].id))
        starts_at: dict[int, list[Fact]] = {}
        ends_at: dict[int, list[Fact]] = {}
        for start, end, fact in spans:
            starts_at.setdefault(start, []).append(fact)
            ends_at.setdefault(end, []).append(fact)
        cuts = sorted({0, len(text), *starts_at, *ends_at})
        parts: list[TextPart] = []
        active: dict[str, tuple[int, int, Fact]] = {}
        for lo, hi in zip(cuts, cuts[1:], strict=False):
            for fact in ends_at.get(lo, ()):
                active.pop(fact.id, None)
            opening = starts_at.get(lo, [])
            for fact in opening:
                active[fact.id] = (fact.start, -fact.end, fact)
            if not active:
                parts.append(TextPart(text[lo:hi]))
                continue
            # Innermost: the latest start, then the earliest end.  Few facts overlap
            # at once, so this max() stays cheap.
            inner = max(active.values(), key=lambda item: (item[0], item[1], item[2].id))[2]
            target = self.fact_targets.get(inner.id)
            ids = tuple(self.text_anchor(f) for f in opening)
            if target is None:
                why = sentence("html", "in_boilerplate" if inner.boilerplate else "not_compared")
                note = sentence("html", "uncompared_fact", text=inner.text, why=why)
                parts.append(TextPart(text[lo:hi], ids, None, None, note, True))
            else:
                href, verdict, title = target
                parts.append(TextPart(text[lo:hi], ids, href, verdict, title, True))
        return parts


class _Articles:
    """The full texts of the report, one ``ArticleView`` at a time as the template reaches it:
    an article's text cut into parts is several times the size of the text, and the page
    holds every article, so the views are made in turn and dropped once written, not all
    held until the page is done."""

    def __init__(self, builder: _Builder) -> None:
        self.builder = builder
        self.by_doc: dict[str, list[Fact]] = {}
        for fact in builder.report.facts:
            self.by_doc.setdefault(fact.doc, []).append(fact)

    def __len__(self) -> int:
        return len(self.builder.report.documents)

    def __iter__(self) -> Iterator[ArticleView]:
        for doc in self.builder.report.documents:
            yield self.builder.article(doc, self.by_doc.get(doc.id, []))


def _nothing_to_compare(report: Report, stories: Sequence[StoryView]) -> str | None:
    if any(s.cards for s in stories):
        return None
    if not report.documents:
        return sentence("html", "no_article")
    if len(report.documents) == 1:
        return sentence("html", "one_article")
    if not report.facts:
        return sentence("html", "no_fact", count=str(len(report.documents)))
    return sentence("html", "no_shared_fact", count=str(len(report.documents)))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(_load_template),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _load_template(name: str) -> tuple[str, None, Callable[[], bool]]:
    # Templates are package data: they do not change while the process runs.
    return _read_template_file(name), None, lambda: True


def _read_template_file(name: str) -> str:
    where = templates_dir() / name
    try:
        return where.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"{where}: cannot read report template ({exc.strerror or exc}); "
            "reinstall divergence-report (pip install divergence-report)"
        ) from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a page is built.

    Rendering creates millions of small objects that all stay alive until the
    page is complete; each full collection walks all of them again, which made
    rendering grow faster than the report (one story of 20,000 facts: 10.0 s of
    CPU with the collector, 5.3 s without; see docs/performance.md).  Nothing
    here builds reference cycles worth collecting early; the collector's
    previous state is restored afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def render_html(report: Report, *, for_print: bool = False) -> str:
    """The report as one self-contained HTML page.

    ``for_print`` gives the variant WeasyPrint renders: no script and no
    filter controls, print layout only.  Linear in the size of the report.
    """
    return "".join(html_chunks(report, for_print=for_print))


# Characters of page a chunk of ``html_chunks`` gathers: Jinja yields a piece per template
# node (millions for a big report); a writer gets them joined, a few hundred at a time.
_CHUNK_CHARS = 1 << 20


def html_chunks(report: Report, *, for_print: bool = False) -> Iterator[str]:
    """``render_html``'s page in chunks of about ``_CHUNK_CHARS`` characters, made as they are
    written (``template.generate``): the page is never one string, and each article's full
    text view is made when the page reaches it.  A missing template raises before the first
    chunk."""
    template, context = _page(report, for_print=for_print)
    return _generated(template, context)


def _generated(template: jinja2.Template, context: dict[str, Any]) -> Iterator[str]:
    with _collector_paused():
        yield from gathered(template.generate(**context), "", _CHUNK_CHARS)


def _page(report: Report, *, for_print: bool) -> tuple[jinja2.Template, dict[str, Any]]:
    """The page's template and what it lays out (the story views made, the articles' not)."""
    with _collector_paused():
        return _page_context(report, for_print=for_print)


def _conflict_nav(conflicts: Sequence[str]) -> dict[str, ConflictNav]:
    """Each conflict card's place among the report's conflicts, with the anchors before and after it."""
    return {
        anchor: ConflictNav(
            i + 1,
            len(conflicts),
            conflicts[i - 1] if i > 0 else None,
            conflicts[i + 1] if i + 1 < len(conflicts) else None,
        )
        for i, anchor in enumerate(conflicts)
    }


def _script_and_policy(for_print: bool) -> tuple[str, str]:
    """The page's script (none in print) and a Content-Security-Policy allowing that script alone."""
    script = "" if for_print else _read_template_file("filter.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    script_src = "'none'" if for_print else f"'sha256-{digest}'"
    # Defence in depth: even if some text escaped escaping, no other script runs.
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {script_src}; "
        "base-uri 'none'; form-action 'none'"
    )
    return script, csp


def _require_templates() -> None:
    """Fail with a one-line error, not a traceback, when the installed package lacks its templates."""
    if not templates_dir().joinpath("report.html.j2").is_file():
        raise InputError(
            f"{templates_dir()}: report templates not found; "
            "reinstall divergence-report (pip install divergence-report)"
        )


def _summary_context(report: Report, stories: Sequence[StoryView], builder: _Builder) -> dict[str, Any]:
    """The page's head: what was compared (stories, articles, outlets, facts) and what was found."""
    summary = report.summary()
    counts = [(v.value, VERDICT_LABELS[v], summary.get(v.value, 0), VERDICT_HELP[v]) for v in VERDICT_ORDER]
    story_names = [s.name for s in stories]
    return {
        "title": sentence("html", "title"),
        "subtitle": series(story_names) if story_names else sentence("html", "no_story"),
        "stories": stories,
        "counts": counts,
        "n_documents": len(report.documents),
        "n_outlets": len({d.outlet.strip().casefold() for d in report.documents}),
        "n_facts": len(report.facts),
        "n_boilerplate": sum(1 for f in report.facts if f.boilerplate),
        "nothing": _nothing_to_compare(report, stories),
        "sources": [builder.sources[d.id] for d in report.documents],
        "skipped": report.skipped,
        "warnings": report.warnings,
    }


def _furniture_context(for_print: bool) -> dict[str, Any]:
    """What every page carries whatever its report: the build stamp, the version, our CSS and script.

    The stamp is ``SOURCE_DATE_EPOCH``'s, or none: a page built twice from one
    report must be byte-identical.
    """
    script, csp = _script_and_policy(for_print)
    generated = source_date_epoch()
    return {
        "generated": generated.strftime("%Y-%m-%d %H:%M UTC") if generated else None,
        "generated_iso": generated.strftime("%Y-%m-%dT%H:%M:%SZ") if generated else None,
        "version": __version__,
        # Our own files, not article text: inserted verbatim.
        "css": Markup(_read_template_file("report.css")),
        "script": Markup(script),
        "csp": csp,
    }


def _filter_context(stories: Sequence[StoryView]) -> dict[str, Any]:
    """What the filters and layout offer: the kinds of fact present, the verdicts, which sections exist."""
    kinds = sorted(
        {c.finding.kind for s in stories for c in s.cards} | {r.fact.kind for s in stories for r in s.singles}
    )
    return {
        "kinds": [(k, KIND_LABELS.get(k, k)) for k in kinds],
        "verdict_labels": {v.value: VERDICT_LABELS[v] for v in VERDICT_ORDER},
        "has_singles": any(s.singles for s in stories),
        "has_echoes": any(s.echoes for s in stories),
        "multi_story": len(stories) > 1,
        # The JSON names a language only when it is not the default; so does the HTML.
        "default_language": DEFAULT_LANGUAGE,
    }


def _navigation_context(
    stories: Sequence[StoryView], articles: Sequence[ArticleView] | _Articles
) -> dict[str, Any]:
    """How a reader moves through the page: the full texts, and from one conflict to the next."""
    conflicts = [c.anchor for story in stories for c in story.cards if c.verdict == Verdict.CONFLICT.value]
    return {
        "articles": articles,
        "conflict_nav": _conflict_nav(conflicts),
        "first_conflict": conflicts[0] if conflicts else None,
        "n_singles": sum(len(s.singles) for s in stories),
    }


def _page_context(report: Report, *, for_print: bool) -> tuple[jinja2.Template, dict[str, Any]]:
    """The page's template and what it lays out, gathered from the parts of the page.

    The story views are made here; the articles' full texts are made as the
    page reaches them (``_Articles``), and not at all in print.
    """
    _require_templates()
    builder = _Builder(report)
    stories = builder.stories()
    articles: Sequence[ArticleView] | _Articles = () if for_print else builder.articles()
    context = {
        "for_print": for_print,
        **_summary_context(report, stories, builder),
        **_furniture_context(for_print),
        **_filter_context(stories),
        **_navigation_context(stories, articles),
    }
    return _environment().get_template("report.html.j2"), context


def _time_axis(finding: Finding, facts: Sequence[Fact]) -> Markup:
    """The values of an ``updated`` finding by report day (``Fact.as_of``)."""
    if finding.verdict is not Verdict.UPDATED:
        return Markup("")
    points = []
    for f in facts:
        b = value_bounds(f.value)
        if f.as_of is None or b is None:
            continue
        points.append(Point(f.as_of, b[0], b[1], format_value(f.value, f.kind)))
    # time_axis_svg escapes every string it places.
    return Markup(time_axis_svg(points, sentence("html", "time_axis_title", about=finding.about)))  # noqa: S704
