"""The incremental ``divergence check``: unchanged stories recalled without reading their files.

``check`` is what ``divergence check`` runs when it has a cache and
writes only formats the story records can show (``FAST_FORMATS``: text,
github, sarif, gitlab, junit, and json, from each story's recorded part of
the report's JSON text).  A warm run on a large repository then costs what
changed, not what exists:

1. plan the files (walk, manifests: parsed ones recalled by content hash);
2. per file, the stat signature against ``compare.filestate``: unchanged
   files are neither read nor parsed (racy ones are re-hashed, as git does);
3. per story, a key over everything its findings come from (the tool and
   the gate's code, the story, each document's metadata, content hash and
   outlet label); a story whose record (``StoryRecords``) is valid is not
   extracted, aligned, judged or assessed: its divergent assessments come
   back from the record;
4. the changed stories are analysed on the engine (the caches make their
   unchanged articles cheap) and recorded;
5. each story is gated against the baseline entries that can touch it, or
   gets its gate back (``GateRecords``); what the outputs show of a story
   (its divergent findings' facts, locations and excerpts) comes from its
   record, computed when its files were read, so no article is read for it.

The output is byte-identical to a full ``check`` (tests/test_incremental.py
compares them after every kind of change).

This is the command half of the incremental machinery (it runs the engine
and the pipeline, and shows what it recalls with the check's renderers); the
findings cache those call for each story is ``compare.incremental``.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import itertools
import json
import math
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, cast, overload

from compare.baseline import Assessment, BaselineEntry, Outcome, Pair, Side, Status
from compare.filestate import (
    Directories,
    Directory,
    FileState,
    Recalled,
    Seen,
    Signature,
    is_trusted,
    keyed_file,
    memo_digest,
    row_of,
    seen_of,
    signature,
    signature_of,
    stamp,
)
from compare.incremental import _finding, _strings, _text, finish
from compare.model import Document, Fact, Finding, Report, Skipped, Verdict
from compare.schema import finding_to_dict

if TYPE_CHECKING:
    from compare.compact import Texts
    from compare.engine import Engine
    from compare.options import Options
    from compare.progress import Progress
    from compare.render.ci_formats import Quote
    from compare.streamed import Assembly, EncodedPart, FilePart

# Texts kept from the reading for the analysis, and the most one analysis holds at a time
# (characters; ``_read``, ``_chunks``): beyond them a file is read again when its story is
# analysed, so that a cold run's memory does not grow with the corpus (issue 14).
_KEPT_CHARS = 4_000_000
_CHUNK_CHARS = 4_000_000
_STORY_LAYOUT = "divergence-story/7"  # 7: the index lists the agreeing findings too
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_HEX_DIGITS = re.compile(r"[0-9a-f]*")
# The formats an incremental check writes: the new divergences (text, github)
# or every divergent finding (sarif, gitlab: ``FORMATS_EVERY``) with the run's
# counts; junit lists the agreeing findings as well (``FORMATS_AGREEING``),
# which the records keep too.  json (the whole report, with every article's
# text, plus every finding's fingerprint) is assembled from each story's part
# of the report's JSON text (``FORMATS_PARTS``, ``PartRecords``).
FAST_FORMATS = ("text", "github", "sarif", "gitlab", "junit", "json")
FORMATS_EVERY = ("sarif", "gitlab", "junit", "json")
FORMATS_AGREEING = ("junit", "json")
FORMATS_PARTS = ("json",)


@functools.cache
def gate_fingerprint() -> str:
    """The tool's fingerprint and the gate's and this module's code, which ``tool_fingerprint`` leaves out."""
    from compare import baseline, ci, filestate, incremental, streamed
    from compare.cache import tool_fingerprint
    from compare.render import ci_formats

    digest = hashlib.sha256(f"{_STORY_LAYOUT}\0{tool_fingerprint()}\0".encode())
    # The gate's code (assessment and matching in baseline, the command in ci),
    # and this module's and the file state's, whose records these are.
    for source in (
        baseline.__file__,
        ci.__file__,
        __file__,
        incremental.__file__,
        filestate.__file__,
        ci_formats.__file__,  # a record keeps each shown fact's position and excerpt as it computes them
        streamed.__file__,  # a story's part of the JSON (``PartRecords``) is its text as it writes it
    ):
        assert source is not None
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()


# One divergent finding as the gate needs it without its details: its id,
# its fingerprint and its pairs' fingerprints.
Entry = tuple[str, str, tuple[str, ...]]
# One agreeing (multi-source, not divergent) finding as the check's JSON needs it: its
# position among the story's assessments, its id and its fingerprint.
AgreeEntry = tuple[int, str, str]


@dataclass(frozen=True)
class StoryRecord:
    """What a story contributes to ``check``: its counts and its divergent assessments.

    A recalled record leaves the assessments' details (finding, subject,
    pairs) in its file until something needs them (``_parsed``): a warm run
    whose gate is recalled only needs the counts and the ``index``.
    """

    documents: int
    facts: int
    findings: int
    failed: tuple[Skipped, ...]
    divergent: tuple[Assessment, ...]  # empty in a recalled record until parsed
    index: tuple[Entry, ...]
    detail: _Detail | None = None  # where a recalled record's assessments are, not read yet
    key: str = ""  # a recalled record's key and the digest its details must have
    detail_digest: str = ""
    # What ``check`` shows of the divergent findings without reading the files:
    # their documents' metadata (no text) and each fact's position and excerpt.
    documents_shown: tuple[Document, ...] = ()
    quotes: Mapping[str, Quote] = field(default_factory=dict)
    # The multi-source findings whose outlets agree (junit lists them), each with
    # its position among the story's assessments, and their documents' metadata.
    # Their facts' quotes are in ``quotes``.
    agreeing: tuple[tuple[int, Assessment], ...] = ()
    documents_agreeing: tuple[Document, ...] = ()
    # The agreeing findings as the index lists them (the JSON needs no more of them).
    agree_index: tuple[AgreeEntry, ...] = ()


def _fresh_record(report: Report, failed: tuple[Skipped, ...]) -> StoryRecord:
    """The record of a story analysed now (``report`` holds its documents, facts and findings)."""
    from compare.baseline import assess
    from compare.render.ci_formats import quotes

    every = assess(report)
    divergent = tuple(a for a in every if a.divergent)
    agreeing = tuple((i, a) for i, a in enumerate(every) if not a.divergent)
    index = tuple((a.finding.id, a.fingerprint, tuple(p.fingerprint for p in a.pairs)) for a in divergent)
    shown = {f.doc for a in divergent for f in a.facts}
    agree_shown = {f.doc for _, a in agreeing for f in a.facts}
    return StoryRecord(
        documents=len(report.documents),
        facts=len(report.facts),
        findings=len(report.findings),
        failed=failed,
        divergent=divergent,
        index=index,
        documents_shown=tuple(replace(d, text="") for d in report.documents if d.id in shown),
        quotes=quotes(report, (f for a in every for f in a.facts)),
        agreeing=agreeing,
        documents_agreeing=tuple(replace(d, text="") for d in report.documents if d.id in agree_shown),
        agree_index=tuple((i, a.finding.id, a.fingerprint) for i, a in agreeing),
    )


@dataclass(frozen=True)
class _Detail:
    """Where a recalled record's details line is: read only when parsed, and checked then
    against the digest its header recorded (the file may have been replaced or damaged since)."""

    path: str  # not a ``Path``: see ``filestate.keyed_file``
    offset: int
    size: int

    def read(self) -> bytes:
        with open(self.path, "rb") as handle:
            handle.seek(self.offset)
            data = handle.read(self.size + 1)
        if len(data) != self.size:
            raise ValueError("details cut short or extended")
        return data


class _Damaged(Exception):
    """A recalled record whose details do not hold up: its story is analysed again."""


def _digest(key: str, part: bytes) -> str:
    return hashlib.sha256(key.encode() + b"\n" + part).hexdigest()


def _parsed(record: StoryRecord, story: str, agreeing: bool = True) -> StoryRecord:
    """The record with its assessments parsed and checked against its index; raises ``_Damaged``.

    Without ``agreeing`` the agreeing findings (only JUnit lists them; they are
    most of a story's findings) stay unread, and the details stay with the
    record, so that whatever reads them later checks them then.
    """
    if record.detail is None or (record.divergent and not agreeing):
        return record
    try:
        detail = record.detail.read()
        if _digest(record.key, detail) != record.detail_digest:
            raise ValueError("details that are not the ones recorded")
        data = json.loads(detail)
        docs = {_text(i): _shown_document(i, row, story) for i, row in data["documents"].items()}
        quotes = {_text(i): _quote(row) for i, row in data["quotes"].items()}
        rows = data["divergent"]
        if not isinstance(rows, list) or len(rows) != len(record.index):
            raise ValueError("not the indexed findings")
        divergent = tuple(
            _assessment(row, entry, story, docs, quotes)
            for row, entry in zip(rows, record.index, strict=True)
        )
        if not agreeing:
            return replace(record, divergent=divergent, documents_shown=tuple(docs.values()), quotes=quotes)
        agree_docs = {_text(i): _shown_document(i, row, story) for i, row in data["agree_documents"].items()}
        agreed = _agreeing(data["agreeing"], len(divergent), story, agree_docs, quotes)
        if tuple((i, a.finding.id, a.fingerprint) for i, a in agreed) != record.agree_index:
            raise ValueError("not the indexed agreeing findings")
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        raise _Damaged(story) from None
    return replace(
        record,
        divergent=divergent,
        detail=None,
        documents_shown=tuple(docs.values()),
        quotes=quotes,
        agreeing=agreed,
        documents_agreeing=tuple(agree_docs.values()),
    )


def _agreeing(
    rows: Any, divergent: int, story: str, docs: Mapping[str, Document], quotes: Mapping[str, Quote]
) -> tuple[tuple[int, Assessment], ...]:
    """A record's agreeing assessments and their positions, checked; raises on anything a run cannot make."""
    if not isinstance(rows, list):
        raise TypeError("agreeing findings must be a list")
    out: list[tuple[int, Assessment]] = []
    for position, fingerprint, row in rows:
        finding = _finding(row["finding"])
        entry = (finding.id, _fingerprint(fingerprint), tuple(p[0] for p in row["pairs"]))
        out.append((_count(position), _assessment(row, entry, story, docs, quotes, divergent=False)))
    positions = [p for p, _ in out]
    # The positions interleave them with the divergent ones: distinct, rising, within the story's count.
    if positions != sorted(set(positions)) or (positions and positions[-1] >= divergent + len(out)):
        raise ValueError("agreeing findings out of place")
    return tuple(out)


def _assessment(
    row: Any,
    entry: Entry,
    story: str,
    docs: Mapping[str, Document],
    quotes: Mapping[str, Quote],
    *,
    divergent: bool = True,
) -> Assessment:
    """One divergent (or agreeing) assessment of a record, checked as a run would make it; raises on
    anything else."""
    from compare.baseline import _DIVERGENT
    from compare.schema import fact_from_dict

    ident, fingerprint, pair_fps = entry
    finding = _finding(row["finding"])
    if (
        finding.id != ident
        or finding.story != story
        or (finding.verdict in _DIVERGENT) != divergent
        or finding.verdict == Verdict.SINGLE_SOURCE
        or not finding.facts
    ):
        raise ValueError("not a divergent finding of this story")
    if not isinstance(row["pairs"], list) or not isinstance(row["claims"], list):
        raise TypeError("pairs and claims must be lists")
    pairs = tuple(_pair(p) for p in row["pairs"])
    if tuple(p.fingerprint for p in pairs) != pair_fps:
        raise ValueError("not the indexed pairs")
    facts = tuple(fact_from_dict(d) for d in row["facts"])
    if sorted(f.id for f in facts) != sorted(finding.facts) or any(
        f.doc not in docs or f.id not in quotes or f.kind != finding.kind for f in facts
    ):
        raise ValueError("not the finding's facts")
    return Assessment(
        finding=finding,
        fingerprint=fingerprint,
        subject=frozenset(_strings(row["subject"])),
        claims=tuple(_side(c) for c in row["claims"]),
        pairs=pairs,
        facts=facts,
    )


def _shown_document(ident: str, row: Any, story: str) -> Document:
    """A document as a record keeps it for showing its facts: metadata, no text."""
    path, outlet, published, fmt = row
    if fmt not in ("txt", "md", "html"):
        raise ValueError("bad format")
    return Document(
        id=ident,
        path=_text(path),
        text="",
        outlet=_text(outlet),
        title="",
        sha256="",
        story=story,
        published=None if published is None else dt.date.fromisoformat(_text(published)),
        format=fmt,
    )


def _quote(row: Any) -> Quote:
    from compare.render.ci_formats import Quote

    line, column, end_line, end_column, excerpt = row
    return Quote(_count(line), _count(column), _count(end_line), _count(end_column), _text(excerpt))


class StoryRecords:
    """Records under ``<cache-dir>/stories/``: a header line (key, digest of the rest), the index
    line (counts, failed files, each divergent finding's id and fingerprints), the details line."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "stories"
        self._where = os.fspath(self.directory)

    def _path(self, key: str) -> Path:
        return Path(keyed_file(os.fspath(self.directory), key))

    def load(self, key: str) -> StoryRecord | None:
        path = keyed_file(self._where, key)
        try:
            # The header and the index are read and checked now; the details (most of the
            # bytes) are left in the file until they are parsed.
            with open(path, "rb") as handle:
                head = handle.readline()
                index = handle.readline()
                offset = handle.tell()
                detail = _Detail(path, offset, os.fstat(handle.fileno()).st_size - offset)
            newline = index.endswith(b"\n")
            index = index[:-1]
            header = json.loads(head)
            if (
                not newline
                or header.get("digest") != _digest(key, index)
                or set(header)
                != {
                    "key",
                    "digest",
                    "details",
                }
            ):
                return None
            if header["key"] != key or not isinstance(header["details"], str):
                return None
            return _record(json.loads(index), detail, key, header["details"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
            return None  # missing, damaged or forged: the story is analysed again

    def store(self, key: str, record: StoryRecord) -> None:
        from compare.cache import _replace

        index = json.dumps(
            {
                "documents": record.documents,
                "facts": record.facts,
                "findings": record.findings,
                "failed": [[s.path, s.reason, s.partial] for s in record.failed],
                "divergent": [[i, fp, list(pairs)] for i, fp, pairs in record.index],
                "agreeing": [list(entry) for entry in record.agree_index],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        detail = json.dumps(
            {
                "divergent": [_assessment_row(a) for a in record.divergent],
                "documents": {d.id: _document_row(d) for d in record.documents_shown},
                "agreeing": [[i, a.fingerprint, _assessment_row(a)] for i, a in record.agreeing],
                "agree_documents": {d.id: _document_row(d) for d in record.documents_agreeing},
                "quotes": {
                    i: [q.line, q.column, q.end_line, q.end_column, q.excerpt]
                    for i, q in record.quotes.items()
                },
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        index_bytes = index.encode("utf-8", "surrogatepass")
        detail_bytes = detail.encode("utf-8", "surrogatepass")
        header = json.dumps(
            {"key": key, "digest": _digest(key, index_bytes), "details": _digest(key, detail_bytes)}
        )
        try:
            path = self._path(key)
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, header.encode() + b"\n" + index_bytes + b"\n" + detail_bytes)
        except OSError:
            pass  # a read-only cache only costs speed


def _document_row(d: Document) -> list[Any]:
    return [d.path, d.outlet, d.published.isoformat() if d.published else None, d.format]


def _assessment_row(a: Assessment) -> dict[str, Any]:
    from compare.schema import fact_to_dict

    return {
        "finding": finding_to_dict(a.finding),
        "subject": sorted(a.subject),
        "claims": [_side_row(c) for c in a.claims],
        "facts": [fact_to_dict(f) for f in a.facts],
        "pairs": [[p.fingerprint, p.level, [_side_row(s) for s in p.sides]] for p in a.pairs],
    }


def _side_row(s: Side) -> list[Any]:
    return [s.outlet, s.value, s.unit, s.low, s.high]


def _count(x: Any) -> int:
    if not isinstance(x, int) or isinstance(x, bool) or x < 0:
        raise ValueError("expected a count")
    return x


def _flag(x: Any) -> bool:
    if not isinstance(x, bool):
        raise TypeError("expected true or false")
    return x


def _bound(x: Any) -> float | None:
    if x is None:
        return None
    if isinstance(x, bool) or not isinstance(x, int | float) or not math.isfinite(x):
        raise ValueError("expected a finite number")
    return float(x)


def _side(row: Any) -> Side:
    outlet, value, unit, low, high = row
    return Side(_text(outlet), _text(value), _text(unit), _bound(low), _bound(high))


def _pair(row: Any) -> Pair:
    fingerprint, level, sides = row
    if level not in ("compatible", "conflict") or not (
        fingerprint == "" or _FINGERPRINT.fullmatch(fingerprint)
    ):
        raise ValueError("bad pair")
    a, b = sides
    return Pair(fingerprint, level, (_side(a), _side(b)))


def _fingerprint(x: Any) -> str:
    if not isinstance(x, str) or not _FINGERPRINT.fullmatch(x):
        raise ValueError("bad fingerprint")
    return x


def _fingerprints(values: list[Any]) -> None:
    """``_fingerprint`` of every value at once (C loops and one regex match, not a call each:
    a warm run checks ~57,000 of them in the 500 records of a 10,000-article repository)."""
    if (
        not set(map(type, values)) <= {str}
        or not set(map(len, values)) <= {16}
        or not _HEX_DIGITS.fullmatch("".join(values))
    ):
        raise ValueError("bad fingerprint")


def _record(data: Any, detail: _Detail, key: str, detail_digest: str) -> StoryRecord:
    """A record's index read back, checked as fresh data would be; raises on anything a run cannot
    produce.  The details are checked against it when they are parsed (``_parsed``)."""
    index: list[Entry] = []
    fingerprints: list[Any] = []  # every one checked at once below
    for ident, fingerprint, pairs in data["divergent"]:
        if not isinstance(pairs, list):
            raise TypeError("pairs must be a list")
        if not set(map(type, pairs)) <= {str}:
            raise TypeError("bad pair fingerprint")
        fingerprints.append(fingerprint)
        fingerprints.extend(p for p in pairs if p)  # a pair may have none ("")
        index.append((_text(ident), fingerprint, tuple(pairs)))
    ids = [i for i, _, _ in index]
    if ids != sorted(set(ids)):
        raise ValueError("findings out of order or repeated")
    failed = tuple(
        Skipped(_text(path), _text(reason), _flag(partial)) for path, reason, partial in data["failed"]
    )
    agree_index = tuple(
        (_count(position), _text(ident), fingerprint) for position, ident, fingerprint in data["agreeing"]
    )
    fingerprints.extend(fingerprint for _, _, fingerprint in agree_index)
    _fingerprints(fingerprints)
    positions = [p for p, _, _ in agree_index]
    # Distinct, rising, among the story's assessments; never a divergent finding's id.
    if (
        positions != sorted(set(positions))
        or (positions and positions[-1] >= len(index) + len(positions))
        or not {i for _, i, _ in agree_index}.isdisjoint(ids)
    ):
        raise ValueError("agreeing findings out of place")
    record = StoryRecord(
        documents=_count(data["documents"]),
        facts=_count(data["facts"]),
        findings=_count(data["findings"]),
        failed=failed,
        divergent=(),
        index=tuple(index),
        detail=detail,
        key=key,
        detail_digest=detail_digest,
        agree_index=agree_index,
    )
    if record.findings < len(index) + len(agree_index) or (record.documents == 0 and record.facts):
        raise ValueError("counts that do not add up")
    return record


@dataclass(frozen=True)
class _Item:
    """One article of this run: its candidate, what is known of its bytes, and its text when read now."""

    cand: Any  # corpus._Candidate
    seen: Seen
    loaded: Any = None  # corpus._Loaded, when this run read the file in full
    signature: Signature | None = None


class _Labelled(NamedTuple):
    # A tuple, not a dataclass: one is made for every file of the repository on every run.
    id: str
    outlet: str
    published: dt.date | None


class _Named(NamedTuple):
    """What a document id is made of (``corpus.document_ids``), for a file of a recalled directory."""

    shown: str
    directory: str


@dataclass
class _Unit:
    """A directory recalled whole (``filestate.Directories``): the walk listed the files it
    recorded, with the signatures it recorded, all trusted, so none is compared, made into a
    candidate or an item, unless its story is analysed (``items``).  Neither its record's rows
    nor the walk's lstat of its files are kept (``Recalled``; ``listed`` without its stats:
    ~2.6 KB a file at the session-20 warm run's peak): ``candidates`` and ``rows`` take them
    again when needed."""

    where: str
    listed: Any  # corpus.paths.Listed, without its stats, manifest entries or names; ``here`` a str
    recorded: Recalled
    store: Directories
    # As the walk's candidates would say: each file's outlet (each name kept once), the files' story.
    outlets: list[str]
    story: str
    memo: list[Any] | None = None  # its story's key made this run, to record

    @property
    def shown(self) -> list[str]:
        """Each file as the walk's candidate shows it: made when asked, not kept (~0.1 KB a file)."""
        shown_dir = self.listed.shown_dir
        return [os.path.join(shown_dir, rel) for rel in self.recorded.names]

    def candidates(self) -> list[Any]:
        """The walk's candidates of its files, each with its lstat taken now."""
        from compare.corpus import parsed_manifest
        from compare.corpus.paths import listed_candidates

        here, names = self.listed.here, self.recorded.names
        stats = {rel: _lstat(os.path.join(here, rel)) for rel in names}
        digest = self.listed.manifest_digest
        manifest = parsed_manifest(digest) if digest is not None else {}
        if manifest is None:
            raise _Changed  # its manifest's parse is no longer at hand: the full path
        whole = replace(self.listed, relative=names, stats=stats, manifest=manifest)
        return listed_candidates(whole)

    def items(self, ids: Sequence[str]) -> list[tuple[str, _Item]]:
        """Its files as the walk and the file state would have made them; raises ``_Changed``
        on a row that does not hold up (a damaged or forged record, or one replaced since it
        was read) or a file changed since the walk: the run goes the full way."""
        out = []
        rows = self.store.rows(self.where, self.recorded)
        if rows is None:
            raise _Changed
        cands = self.candidates()
        for doc_id, cand, row in zip(ids, cands, rows, strict=True):
            try:
                seen = seen_of(row)
            except (ValueError, TypeError, KeyError, IndexError):
                raise _Changed from None
            sig = signature_of(cand.lstat) if cand.lstat is not None else None
            if seen.signature != sig or seen.origin != _origin(cand):
                raise _Changed  # not what was recorded of this file
            out.append((doc_id, _Item(cand, seen, signature=seen.signature)))
        return out

    def rows(self) -> dict[str, Any]:
        """Its files' rows for the file state (``FileState.adopt``), by absolute path (none when
        its record is no longer the one read: the files are then hashed again)."""
        rows = self.store.rows(self.where, self.recorded)
        return {} if rows is None else _rows(self.where, self.recorded.names, rows)


def _rows(where: str, names: Sequence[str], rows: Sequence[Any]) -> dict[str, Any]:
    return {os.path.join(where, n): row for n, row in zip(names, rows, strict=True)}


def _lstat(path: str) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except (OSError, ValueError):
        return None


@dataclass(frozen=True)
class _Whole:
    """A story's recalled directory, with where its files' document ids are in the run's
    (``store``, a ``compact.Texts``: no string an article kept in memory)."""

    store: Sequence[str]
    at: int
    count: int
    unit: _Unit

    @property
    def ids(self) -> list[str]:
        return list(self.store[self.at : self.at + self.count])


@dataclass
class _Story:
    """A story of this run: its articles, its key, and its record (recalled or made now)."""

    name: str
    # (document id, item), or a recalled directory's files, in input order.
    entries: list[tuple[str, _Item] | _Whole]
    # Where its documents are in the corpus's order, in runs (the assembly's positions).
    at: list[range] = field(default_factory=list)
    key: str = ""
    record: StoryRecord | None = None
    # Its part of the JSON is in the run's assembly (when the run writes JSON): recalled or made now.
    part: bool = False
    _items: list[tuple[str, _Item]] | None = None

    @property
    def items(self) -> list[tuple[str, _Item]]:
        """(document id, item), in input order; a recalled directory's made now (``_Unit.items``)."""
        if self._items is None:
            self._items = [
                pair
                for entry in self.entries
                for pair in (entry.unit.items(entry.ids) if isinstance(entry, _Whole) else (entry,))
            ]
        return self._items

    @property
    def whole(self) -> _Whole | None:
        """Its one recalled directory, when that holds all of it."""
        first = self.entries[0]
        return first if len(self.entries) == 1 and isinstance(first, _Whole) else None

    def digests(self) -> dict[str, str]:
        """The content hash of each document, by id."""
        whole = self.whole
        if whole is not None:
            return dict(zip(whole.ids, whole.unit.recorded.digests, strict=True))
        return {doc_id: item.seen.parsed.sha256 for doc_id, item in self.items}

    def positions(self, docs: Sequence[str]) -> list[int]:
        """The corpus position of each of ``docs`` (some of its documents' ids)."""
        ids = [i for entry in self.entries for i in (entry.ids if isinstance(entry, _Whole) else entry[:1])]
        where = dict(zip(ids, itertools.chain.from_iterable(self.at), strict=True))
        return [where[i] for i in docs]

    def labelled(self) -> Iterator[_Labelled]:
        """What ``judge.outlet_labels`` reads of each of its files."""
        from compare import corpus

        for entry in self.entries:
            if isinstance(entry, _Whole):
                unit = entry.unit
                days = [None if p is None else dt.date.fromisoformat(p) for p in unit.recorded.published]
                yield from map(_Labelled, entry.ids, unit.outlets, days)
            else:
                doc_id, item = entry
                yield _Labelled(doc_id, corpus.outlet_of(item.cand), item.seen.parsed.published)


class _Labels:
    """The run's outlet labels (``judge.outlet_labels``), made story by story when asked
    (``of``) from the corpus's ``judge.LabelRule``: no label an article kept."""

    def __init__(self, stories: _Stories, directory: Path) -> None:
        from compare.compact import NameTable
        from compare.judge import label_rule

        self.stories = stories
        # The labels met, and those met twice (kept to the end of the run), as ``NameTable``s:
        # sets of strings held ~0.4 MB of labels at 20,000 articles of a warm run (issue 14).
        self.tables: list[NameTable] = []

        def table() -> NameTable:
            self.tables.append(NameTable(directory))
            return self.tables[-1]

        try:
            self.rule = label_rule(self, table)
        except BaseException:
            self.close()
            raise
        for made in self.tables:
            if made is not self.rule.twice:
                made.close()  # the labels met once: done with when the rule is made

    def __iter__(self) -> Iterator[_Labelled]:
        for story in self.stories.values():
            yield from story.labelled()

    def of(self, *stories: _Story) -> dict[str, str]:
        """The labels of ``stories``' documents, by id."""
        label = self.rule.label
        return {d.id: label(d) for story in stories for d in story.labelled()}

    def close(self) -> None:
        for made in self.tables:
            made.close()


# The run's objects that spilled objects refer to (``_Spilled.shared``), by their id: pickled as
# that id and found here again when read back, so that they are not copied.
_SHARED: dict[int, object] = {}
_USERS: dict[int, int] = {}  # how many open ``_Spilled`` share each


def _shared(token: int) -> object:
    return _SHARED[token]


def _by_token(obj: object) -> tuple[Callable[[int], object], tuple[int]]:
    if _SHARED.get(id(obj)) is not obj:
        raise pickle.PicklingError(f"a {type(obj).__name__} that is not one of the run's shared objects")
    return _shared, (id(obj),)


class _Spilled:
    """Objects pickled one after another into an unnamed temporary file in the cache directory,
    each read back by its number when a step reaches it (issue 14: what a check planned of every
    file and directory, and its stories, are on disk, one at a time in memory, where a list of
    them and their ``_Unit``s were ~5 KB a directory until the end of the run).  ``shared``: the
    run's objects that pickles refer to rather than copy (the directory records' store, the
    document ids).  An object put again is appended anew: the file only grows."""

    def __init__(self, directory: Path, shared: Sequence[object] = ()) -> None:
        from compare.compact import SpillArray

        self.file = tempfile.TemporaryFile(dir=directory)
        self.where = SpillArray("q", directory)  # each object's offset and size
        self.end = 0
        self.shared = list(shared)
        for o in self.shared:
            _SHARED[id(o)] = o
            _USERS[id(o)] = _USERS.get(id(o), 0) + 1
        self.closed = False
        # Their types pickled by reference (``_by_token``): a lookup in C, where a ``persistent_id``
        # is a Python call an object (~220 a story: +0.3 CPU s on a warm + 1 run at 10,000 articles).
        self.dispatch = {type(o): _by_token for o in self.shared}

    def __len__(self) -> int:
        return len(self.where) // 2

    def append(self, obj: Any) -> int:
        """Adds ``obj``; its number."""
        number = len(self)
        self.where.grow(2)
        self.put(number, obj)
        return number

    def put(self, number: int, obj: Any) -> None:
        """``obj`` as object ``number`` from now on."""
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = self.dispatch
        pickler.dump(obj)
        data = buffer.getbuffer()
        if os.pwrite(self.file.fileno(), data, self.end) != len(data):
            raise OSError("check spill file: short write")
        self.where[2 * number], self.where[2 * number + 1] = self.end, len(data)
        self.end += len(data)

    def __getitem__(self, number: int) -> Any:
        if not 0 <= number < len(self):
            raise IndexError(number)
        at, size = self.where[2 * number], self.where[2 * number + 1]
        data = os.pread(self.file.fileno(), size, at)
        if len(data) != size:
            raise OSError(f"check spill file: short read at {at}")
        return pickle.loads(data)

    def __iter__(self) -> Iterator[Any]:
        for number in range(len(self)):
            yield self[number]

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.file.close()
        self.where.close()
        for o in self.shared:
            _USERS[id(o)] -= 1
            if not _USERS[id(o)]:
                del _USERS[id(o)], _SHARED[id(o)]


# What ``_Stories`` knows of each story without loading it (one byte a story).
_HAS_RECORD, _HAS_PART, _MEMO, _PLANNED = 1, 2, 4, 8


class _Stories:
    """The run's stories in the order of their first file (numbered so by a ``compact.Numbered``
    of their names), each pickled on disk (``_Spilled``) between the steps: a step loads a story
    when it reaches it and puts it back when it changed it, so that one story (or one run of
    stories being analysed, ``_chunks``) is in memory at a time, where a dict of every story,
    its directory and its record was kept until the end of the run (issue 14).  Kept in memory:
    a byte of flags a story, and the failed files of the stories that have any."""

    def __init__(self, directory: Path, shared: Sequence[object]) -> None:
        from compare.compact import Numbered

        self.spilled = _Spilled(directory, shared)
        self.names = Numbered(directory)
        self.flags = bytearray()
        self.failed: dict[int, tuple[Skipped, ...]] = {}

    def __len__(self) -> int:
        return len(self.flags)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.names.number(name) is not None

    def number(self, name: str) -> int | None:
        return self.names.number(name)

    def __getitem__(self, name: str) -> _Story:
        number = self.names.number(name)
        if number is None:
            raise KeyError(name)
        return self.at(number)

    def at(self, number: int) -> _Story:
        story: _Story = self.spilled[number]
        return story

    def put(self, story: _Story) -> int:
        """Keeps ``story`` (new, or as changed since it was loaded); its number."""
        number = self.names.number(story.name)
        if number is None:
            number = self.names.add(story.name)
            self.spilled.append(story)
            self.flags.append(0)
        else:
            self.spilled.put(number, story)
        whole = story.whole
        self.flags[number] = (
            (_HAS_RECORD if story.record is not None else 0)
            | (_HAS_PART if story.part else 0)
            | (_MEMO if whole is not None and whole.unit.memo is not None else 0)
            | (_PLANNED if whole is None else 0)
        )
        failed = story.record.failed if story.record is not None else ()
        if failed:
            self.failed[number] = failed
        else:
            self.failed.pop(number, None)
        return number

    def values(self, flag: int = 0) -> Iterator[_Story]:
        """Each story in order (with ``flag``, only those that have it), loaded as reached."""
        for number, flags in enumerate(self.flags):
            if not flag or flags & flag:
                yield self.at(number)

    def todo(self, parts: bool) -> list[int]:
        """The stories to analyse: no record, or (``parts``) no part of the JSON."""
        return [n for n, f in enumerate(self.flags) if not f & _HAS_RECORD or (parts and not f & _HAS_PART)]

    def by_name(self) -> list[int]:
        """The story numbers in the order of the stories' names."""
        names = self.names
        return sorted(range(len(self)), key=names.__getitem__)

    def close(self) -> None:
        self.spilled.close()
        self.names.close()


class _Loading(Sequence[_Story]):
    """Some of ``stories`` (by number) as a sequence that loads each story when it is reached."""

    def __init__(self, stories: _Stories, numbers: Sequence[int]) -> None:
        self.stories, self.numbers = stories, numbers

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, i: int) -> _Story: ...
    @overload
    def __getitem__(self, i: slice) -> list[_Story]: ...
    def __getitem__(self, i: int | slice) -> _Story | list[_Story]:
        if isinstance(i, slice):
            return [self.stories.at(n) for n in self.numbers[i]]
        return self.stories.at(self.numbers[i])


@dataclass(frozen=True)
class _Asked:
    """What the caller asks of the gate and the outputs (see ``check``)."""

    baseline: Path
    fail_on: str
    every: bool
    agreeing: bool
    json_alone: bool


@dataclass
class _Read:
    """The run's planning: the file state, the walk, what was read (files, recalled
    directories) and skipped, and how ``files.json`` keeps the manifests."""

    state: FileState
    walk: _Walk
    items: _Spilled  # of _Item and _Unit, in the plan's order
    files: int  # how many files they are
    skipped: list[Skipped]
    manifests: Any  # () -> the manifests read, as files.json keeps them
    same: bool  # whether files.json already holds those manifests


def check(
    paths: Sequence[str],
    options: Options,
    *,
    engine: Engine,
    progress: Progress | None,
    baseline: Path,
    fail_on: str,
    every: bool = False,
    agreeing: bool = False,
    parts: bool = False,
    json_alone: bool = False,
) -> tuple[Report, Outcome, _JsonChunks | None] | None:
    """``divergence check`` from the caches: the report to render (the documents' metadata and
    the facts of the divergences it shows, without text) and the outcome (its ``tally`` holding
    the run's counts, its ``quotes`` the excerpts).  The outcome lists the new divergences, or
    with ``every`` all of them (``FORMATS_EVERY``), and with ``agreeing`` every multi-source
    finding, in report order (``FORMATS_AGREEING``).  With ``parts`` (``FORMATS_PARTS``: it needs
    ``every`` and ``agreeing`` too) the third item is the check's JSON text, assembled from each
    story's part (``PartRecords``), else None.  With ``json_alone`` (no other format is
    written) the gate reads no agreeing finding's details and lists only the new divergences
    (``_gate``'s ``rows``): the report and the outcome are then only good for the exit status.

    None when the run cannot be incremental (no cache, standard input, an unwritable cache
    directory, a file that changed while it was read): the caller runs in full.

    The steps: plan and read (``_plan_read``), name the documents and label the outlets
    (``_named_stories``), recall each story's record and part (``_recall``), then analyse what
    was not recalled and gate every story (``_checked``).
    """
    from compare.pipeline import nothing_read
    from compare.streamed import Assembly

    cache_dir = options.cache_dir
    run_stamp = _run_stamp(paths, cache_dir)
    if run_stamp is None:
        return None
    assert isinstance(cache_dir, Path)
    read = _plan_read(paths, options, cache_dir, run_stamp)
    if read is None:
        return None
    _warn_read(read, progress)
    if not read.items:
        read.state.save(read.manifests, read.same)
        raise nothing_read(read.skipped)
    ids, labels, stories = _named_stories(read, cache_dir)
    read.items.close()  # the stories hold them (with at most ``_KEPT_CHARS`` of their texts)
    try:
        # The JSON's parts go to a spill file as they are read or made: never all in memory.
        assembly = Assembly(ids, cache_dir) if parts else None
        asked = _Asked(baseline, fail_on, every, agreeing, json_alone)
        return _recalled_and_checked(
            read, stories, labels, engine, options, progress, assembly, asked, run_stamp
        )
    finally:
        ids.close()  # the assembly needs only their count, the outputs none
        stories.close()
        labels.close()


def _recalled_and_checked(
    read: _Read,
    stories: _Stories,
    labels: _Labels,
    engine: Engine,
    options: Options,
    progress: Progress | None,
    assembly: Assembly | None,
    asked: _Asked,
    run_stamp: int,
) -> tuple[Report, Outcome, _JsonChunks | None] | None:
    """``_recall``, the file state saved, then ``_checked``; the assembly closed unless the
    result's JSON owns it."""
    try:
        _recall(stories, labels, options, run_stamp, assembly, progress)
        # The directories recorded whole hold their files' rows: the file state holds the others.
        read.state.forget(read.walk.record(stories, labels, options.story_key()))
        read.state.save(read.manifests, read.same)
        done = _checked(stories, labels, engine, options, progress, assembly, asked, read.skipped)
    except _Changed:
        done = None  # a recalled directory's row did not hold up (``_Unit.items``): the full path
    except BaseException:
        if assembly is not None:
            assembly.close()
        raise
    if done is None and assembly is not None:
        assembly.close()
    return done


def _run_stamp(paths: Sequence[str], cache_dir: Any) -> int | None:
    """The run's stamp (``filestate.stamp``), or None when the run cannot be incremental: the
    records key each local file by its stat signature and live beside the fact cache, so
    articles or a cache named by URL (or standard input) take the full path."""
    from compare import corpus
    from compare.corpus.remote import is_url

    if not isinstance(cache_dir, Path) or any(p == corpus.STDIN or is_url(p) for p in paths):
        return None
    return stamp(cache_dir)


def _plan_read(paths: Sequence[str], options: Options, cache_dir: Path, run_stamp: int) -> _Read | None:
    """Walk and read the files (a file only when its signature says it may have changed), or
    None when a recalled directory's manifest is no longer at hand (``_Unit.candidates``)."""
    from compare import corpus

    state = FileState(cache_dir, gate_fingerprint()).load()
    valid = corpus.manifests_from_json(state.take_manifests(), cache_dir)
    corpus.READ_MANIFESTS.clear()
    corpus.MALFORMED_MANIFESTS.clear()
    walk = _Walk(cache_dir, paths, options.max_bytes, state)
    try:
        plan = walk.plan(paths, options.selection)
        items, files, skipped = _read(plan, state, run_stamp, options.max_bytes, options.strict, cache_dir)
    except _Changed:
        return None
    finally:
        walk.out.close()
    read = corpus.read_manifests()
    # Made only if files.json is written whole: not a copy of every manifest kept for the run,
    # nor of their digests (made again then, from those read now).
    manifests = functools.partial(_manifests_read, bytes(valid.read), sorted(corpus.READ_MANIFESTS))
    same = state.same_manifests(read, valid)  # ``valid`` leaves out those found malformed
    del read
    return _Read(state, walk, items, files, skipped, manifests, same)


def _manifests_read(marks: bytes, others: Sequence[str]) -> dict[str, Any]:
    """``corpus.manifests_to_json`` of the manifests a walk read: those of ``LOADED_MANIFESTS``
    it marked (``marks``, one byte each) and ``others`` (``READ_MANIFESTS``), sorted."""
    from compare import corpus
    from compare.corpus.paths import LOADED_MANIFESTS

    loaded = LOADED_MANIFESTS[0] if LOADED_MANIFESTS else None
    marked = [loaded.digests[n] for n, was in enumerate(marks) if was] if loaded is not None else []
    return corpus.manifests_to_json(sorted({*marked, *others}))


def _warn_read(read: _Read, progress: Progress | None) -> None:
    """The reading's warnings: skipped files, then each file read's own (a directory recalled
    whole has none: one with warnings is never recorded whole)."""
    if not progress:
        return
    for s in read.skipped:
        progress.warn(f"{s.path}: {s.reason} (skipped)")
    for item in read.items:
        if not isinstance(item, _Unit):
            for warning in item.seen.parsed.warnings:
                progress.warn(f"{item.cand.shown}: {warning}")


def _named_stories(read: _Read, directory: Path) -> tuple[Texts, _Labels, _Stories]:
    """The documents' ids (``corpus.document_ids``, in a ``compact.Texts`` in ``directory``), the
    run's stories (``_Stories``, in ``directory``), and their outlet labels
    (``judge.outlet_labels``, made when asked)."""
    from compare import corpus
    from compare.compact import NameTable, Texts

    # The names seen while the ids are made: as a ``set`` of strings, ~0.13 KB a document at
    # the warm run's peak (issue 14: most of what still grew from 5,000 to 20,000 articles).
    tables: list[NameTable] = []

    def table() -> NameTable:
        tables.append(NameTable(directory))
        return tables[-1]

    try:
        ids = Texts(corpus.iter_document_ids(cast(Any, _Names(read.items, read.files)), table), directory)
    finally:
        for made in tables:
            made.close()
    try:
        stories = _stories(ids, read.items, _Stories(directory, (read.walk.store, ids)))
        return ids, _Labels(stories, directory), stories
    except BaseException:
        ids.close()
        raise


def _recall(
    stories: _Stories,
    labels: _Labels,
    options: Options,
    run_stamp: int,
    assembly: Assembly | None,
    progress: Progress | None,
) -> None:
    """Each story's key, and its record and (with ``assembly``) its part of the JSON when the
    cache holds them; a recalled record's failed files are warned of as a run would."""
    cache_dir = options.cache_dir
    assert isinstance(cache_dir, Path)
    records = StoryRecords(cache_dir)
    part_records = PartRecords(cache_dir, run_stamp)
    options_key = options.story_key()
    for story in stories.values():
        story.key = _story_key(story, labels.of(story), options_key)
        story.record = records.load(story.key)
        if assembly is not None and story.record is not None:
            recalled = part_records.load(story.key, story)
            if recalled is not None:
                assembly.add(recalled, story.positions(recalled.docs))
                story.part = True
        for failure in story.record.failed if story.record and progress else ():
            progress.warn(failure.line())  # type: ignore[union-attr]
        stories.put(story)
    part_records.save()


def _checked(
    stories: _Stories,
    labels: _Labels,
    engine: Engine,
    options: Options,
    progress: Progress | None,
    assembly: Assembly | None,
    asked: _Asked,
    skipped: Sequence[Skipped],
) -> tuple[Report, Outcome, _JsonChunks | None] | None:
    """``check`` once the records (and, with ``assembly``, the JSON's parts) are recalled: the
    stories not recalled analysed, every story gated, the outputs made from the records."""
    cache_dir = options.cache_dir
    assert isinstance(cache_dir, Path)
    parts = assembly is not None

    def analyse(todo: list[int]) -> None:
        _analysed(stories, todo, labels, engine, options, progress, assembly)

    try:
        analyse(stories.todo(parts))
        accepted = _Baseline.read(asked.baseline, _BaselineIndexes(cache_dir))
        rows, outcome = _gated(stories, accepted, GateRecords(cache_dir), asked, parts, analyse)
    except _Changed:
        return None
    report, outcome, failed = _shown(stories, outcome, asked.agreeing, skipped)
    if progress:
        progress.clear()
    if assembly is None:
        return report, outcome, None
    if failed:
        # A failed extraction can change other stories' outlet labels in the full report: full path.
        return None
    return report, outcome, _json_chunks(assembly, skipped, outcome, rows)


def _analysed(
    stories: _Stories,
    todo: Sequence[int],
    labels: _Labels,
    engine: Engine,
    options: Options,
    progress: Progress | None,
    assembly: Assembly | None,
) -> None:
    """``_analyse`` of the stories numbered ``todo`` in runs of whole stories (``_chunks``), on
    one pool (or Dask client and cluster) started once for every run; only a run's stories are
    loaded at a time, and each is put back analysed."""
    from compare.engine import workers

    # The runs by their stories' names: a run's stories are loaded when it is analysed.
    chunks = [[story.name for story in chunk] for chunk in _chunks(_Loading(stories, todo))]
    if not chunks:
        return
    with workers(engine, many=len(chunks) > 1) as pool:
        for names in chunks:
            chunk = [stories[name] for name in names]
            _analyse(chunk, labels.of(*chunk), engine, options, progress, assembly, pool)
            for story in chunk:
                stories.put(story)


def _gated(
    stories: _Stories,
    accepted: _Baseline,
    gates: GateRecords,
    asked: _Asked,
    parts: bool,
    analyse: Callable[[list[int]], None],
) -> tuple[list[tuple[str, str, str]] | None, Outcome]:
    """``_gate`` of every story, and with the JSON alone its rows; a story whose record's details
    do not hold up is analysed again (``analyse``, which repairs the record) and the gate run again."""
    while True:
        rows: list[tuple[str, str, str]] | None = [] if parts and asked.json_alone else None
        try:
            every = asked.every or asked.agreeing
            outcome = _gate(stories, accepted, asked.fail_on, gates, every, asked.agreeing, rows)
            return rows, outcome
        except _Damaged as damaged:
            number = stories.number(damaged.args[0])
            assert number is not None
            analyse([number])


def _shown(
    stories: _Stories, outcome: Outcome, agreeing: bool, skipped: Sequence[Skipped]
) -> tuple[Report, Outcome, list[Skipped]]:
    """The report to render and the outcome with its quotes and tally, from the story records
    (their documents' metadata and each fact's position and excerpt: no file is read), and the
    files whose extraction failed."""
    names = sorted({a.finding.story for a in outcome.assessments})
    shown = [r for name in names if (r := stories[name].record) is not None]
    failed = [f for number in sorted(stories.failed) for f in stories.failed[number] if not f.partial]
    report = Report(
        documents=tuple(
            d for r in shown for d in (*r.documents_shown, *(r.documents_agreeing if agreeing else ()))
        ),
        facts=tuple(f for a in outcome.assessments for f in a.facts),
        findings=tuple(a.finding for a in outcome.assessments),
        skipped=(*skipped, *failed),
    )
    outcome = replace(outcome, quotes={i: q for r in shown for i, q in r.quotes.items()})
    assert outcome.tally is not None
    outcome = replace(outcome, tally=replace(outcome.tally, skipped=len(report.skipped)))
    return report, outcome, failed


class _Changed(Exception):
    """A file's bytes are not the ones planned with: it changed during the run."""


def _origin(cand: Any) -> str:
    """What the loader takes from besides the bytes: the path as shown, the story, the manifest entry."""
    m = cand.meta
    ident = repr((cand.shown, cand.directory, cand.story, cand.format, m.outlet, m.title, m.author))
    ident += repr((m.published, m.url, m.story, m.language))
    return hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()


def _seen_of(loaded: Any, sig: Signature, run_stamp: int, origin: str) -> Seen:
    return Seen(signature=sig, trusted=is_trusted(sig, run_stamp), origin=origin, parsed=loaded.parsed)


class _Walk:
    """The run's walk, with the directories recorded whole by earlier runs (``Directories``)
    taken whole: a directory whose walk lists the files recorded, each with the stat signature
    recorded (all trusted when recorded: not racy), in the same place, shown the same way,
    with the same manifest, is one ``_Unit`` in the plan, not a candidate per file.  At 10,000
    articles the candidates, file-state rows, items and story keys of the unchanged files were
    most of a warm run (``docs/scaling.md``).

    Only where nothing outside a directory can change what it holds: every PATH a directory,
    none inside another (``_apart``), and no manifest met so far naming a file below its own
    directory (it claims that file); otherwise the directory is planned file by file, as
    every directory of a run that cannot be is.  A directory planned file by file is recorded
    (``record``) when it can be taken whole next time: its files all kept, regular, trusted,
    without warnings, one story that no other directory adds to."""

    def __init__(self, cache_dir: Path, paths: Sequence[str], max_bytes: int, state: FileState) -> None:
        self.store = Directories(cache_dir, gate_fingerprint())
        self.max_bytes = max_bytes
        self.state = state
        self.cwd = os.getcwd()
        self.enabled = _apart(paths, self.cwd)
        # The plan: candidates and recalled directories, in order, on disk (``_Spilled``).
        self.out = _Spilled(cache_dir, (self.store,))
        # The directories planned file by file that may be recorded: where, listing, context, candidates.
        self.listed: list[tuple[str, Any, list[Any], list[Any]]] = []
        self.current: list[Any] | None = None  # the candidates of the directory being planned

    def plan(self, paths: Sequence[str], selection: Any) -> _Spilled:
        from compare.corpus.paths import iter_plan

        hook = self._hook if self.enabled else None
        for cand in iter_plan(paths, selection, max_bytes=self.max_bytes, hook=hook):
            self.out.append(cand)
            if self.current is not None:
                self.current.append(cand)
        return self.out

    def _context(self, listed: Any) -> list[Any]:
        # What the rows come from besides the files (how they are shown, their story, their
        # manifest entries) and what decides whether a file is read at all.
        return [listed.shown_dir, listed.dir_name, listed.manifest_digest, self.max_bytes]

    def _hook(self, listed: Any) -> bool:
        self.current = None
        if any("/" in name or os.sep in name for name in listed.manifest):
            # It claims files below it, which a directory recalled there could not know.
            self.enabled = False
        if not self.enabled:
            return False
        where = os.path.normpath(os.path.join(self.cwd, listed.here))
        recorded = self.store.load(where)
        context = self._context(listed)
        if recorded is not None and recorded.context == context:
            if recorded.names == listed.relative and recorded.signatures == _signatures(listed):
                unit = _unit(where, listed, recorded, self.store)
                if unit is not None:
                    self.out.append(unit)
                    return True
            # Something in it changed: its other files' rows are as good as the file state's.
            self.state.adopt(_rows(where, recorded.names, recorded.rows))
        self.current = []
        # Its manifest's entries are its candidates' now (``_recordable`` reads its names and stats).
        self.listed.append((where, replace(listed, manifest={}), context, self.current))
        return False

    def record(self, stories: _Stories, labels: _Labels, options_key: str) -> list[str]:
        """Record the directories that can be taken whole next time, and the new story keys of
        those taken whole now (their ids or labels changed); the paths of the files recorded."""
        for story in stories.values(_MEMO):  # its one directory, taken whole, got a new key
            unit = story.entries[0].unit  # type: ignore[union-attr]
            rows = self.store.rows(unit.where, unit.recorded)
            if rows is not None:  # else recorded again by a later run
                r = unit.recorded
                self.store.store(unit.where, Directory(r.context, r.names, rows, unit.memo))
        if not self.listed:
            return []
        # Each directory by its first file: it can be recorded only if its files are one story's
        # alone, so each is looked at with its first file's story, one story loaded at a time.
        by_first: dict[str, list[int]] = {}
        for k, (_, _, _, cands) in enumerate(self.listed):
            if cands:
                by_first.setdefault(os.fspath(cands[0].file), []).append(k)
        paths: list[str] = []
        for story in stories.values(_PLANNED):
            # By file: the story holds copies of the walk's candidates (``_Stories``), not the walk's own.
            item_of = {os.fspath(item.cand.file): (doc_id, item, story) for doc_id, item in story.items}
            marks: dict[str, str] | None = None
            for k in sorted(k for path in item_of for k in by_first.get(path, ())):
                where, listed, context, cands = self.listed[k]
                marks = labels.of(story) if marks is None else marks
                recorded = _recordable(listed, context, cands, item_of, marks, options_key)
                if recorded is not None:
                    self.store.store(where, recorded)
                    paths.extend(_rows(where, recorded.names, recorded.rows))
        return paths


def _unit(where: str, listed: Any, recorded: Directory, store: Directories) -> _Unit | None:
    """A directory taken whole, with what its candidates would say of its files (``_candidate``
    of ``corpus.paths``, ``corpus.outlet_of``), or None when its files are not one story's."""
    from compare.corpus import file_name
    from compare.corpus.paths import _Meta

    no_meta = _Meta()  # a file its manifest does not name
    metas = [listed.manifest.get(rel, no_meta) for rel in listed.relative]
    shown = [os.path.join(listed.shown_dir, rel) for rel in listed.relative]
    stories = {meta.story or listed.dir_name for meta in metas}
    if len(stories) != 1:
        return None
    named: dict[str, str] = {}  # each outlet name once, not once a file
    outlets = [
        named.setdefault(outlet, outlet)
        for meta, path in zip(metas, shown, strict=True)
        for outlet in (meta.outlet or file_name(path),)
    ]
    # Taken again when needed (``_Unit.candidates``): the stats, and the manifest's entries
    # (``corpus.PARSED_MANIFESTS`` keeps its text by the digest the listing holds).
    recalled = recorded.recalled(listed.relative)
    # Its files' names are kept packed (``Recalled.names``), not as the listing's list; its place
    # is a string (``Listed.here``): unpickling a ``Path`` interns its parts, ~10 a directory each
    # time a step loads its story, which grew the interpreter's table of interned strings by
    # 0.96 MB between 5,000 and 20,000 articles of a warm run (issue 14).
    listed = replace(listed, relative=[], stats={}, manifest={})
    return _Unit(where, listed, recalled, store, outlets, stories.pop())


def _recordable(
    listed: Any,
    context: list[Any],
    cands: Sequence[Any],
    item_of: Mapping[str, tuple[str, _Item, _Story]],
    labels: Mapping[str, str],
    options_key: str,
) -> Directory | None:
    """A directory planned file by file, as ``_Walk`` can take it whole next time, or None."""

    signatures = _signatures(listed)
    found = [item_of.get(os.fspath(cand.file)) for cand in cands]
    if signatures is None or len(cands) != len(listed.relative) or not found:
        return None  # not regular files, or some claimed by another path
    rows, ids = [], []
    for cand, sig, entry in zip(cands, signatures, found, strict=True):
        if entry is None:
            return None  # skipped
        doc_id, item, story = entry
        seen = item.seen
        if not seen.trusted or seen.parsed.warnings or list(seen.signature) != sig or cand.problem:
            return None
        rows.append(row_of(seen))
        ids.append(doc_id)
    story = found[0][2]  # type: ignore[index]
    if len(story.entries) != len(cands) or any(entry[2] is not story for entry in found):  # type: ignore[index]
        return None  # its story is not this directory's alone
    return Directory(
        context=context,
        names=list(listed.relative),
        rows=rows,
        memo=[options_key, ids, [labels[i] for i in ids], story.key],
    )


def _signatures(listed: Any) -> list[list[int]] | None:
    """The walk's signature of each file of ``listed`` (as ``filestate.Signature``), or None when
    one is not a regular file."""
    stats = [listed.stats.get(rel) for rel in listed.relative]
    if None in stats or not all(stat.S_ISREG(st.st_mode) for st in stats):
        return None
    return [[st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev] for st in stats]


def _apart(paths: Sequence[str], cwd: str) -> bool:
    """Whether every PATH is a directory and none is inside another (or the same): then no file
    is reached by two PATHs, and a directory taken whole holds every file it lists."""
    from compare.selection import has_glob

    wheres = set()
    for path in paths:
        if (has_glob(path) and not os.path.lexists(path)) or not os.path.isdir(path):
            return False
        where = os.path.normpath(os.path.join(cwd, path))
        if where in wheres:
            return False
        wheres.add(where)
    for where in wheres:
        parent = os.path.dirname(where)
        while parent != where:
            if parent in wheres:
                return False
            where, parent = parent, os.path.dirname(parent)
    return True


class _Names:
    """What ``corpus.document_ids`` reads of each file (its candidate, or a ``_Named``), made
    from the spilled plan each time it is iterated: no object a file kept."""

    def __init__(self, items: _Spilled, files: int) -> None:
        self.items, self.files = items, files

    def __len__(self) -> int:
        return self.files

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            if isinstance(item, _Unit):
                yield from map(_Named, item.shown, itertools.repeat(item.listed.dir_name))
            else:
                yield item.cand


def _stories(ids: Sequence[str], items: Iterable[_Item | _Unit], stories: _Stories) -> _Stories:
    """The run's stories, in order of their first file, in ``stories``; a recalled directory's
    ids stay in ``ids``.  The story being made is kept in memory while its files follow one
    another (a story's files are usually one directory)."""
    story: _Story | None = None
    at = 0
    for item in items:
        if isinstance(item, _Unit):
            name = item.story
            n = item.recorded.count
            entry: tuple[str, _Item] | _Whole = _Whole(ids, at, n, item)
        else:
            name = item.cand.story
            n = 1
            entry = (ids[at], item)
        if story is None or story.name != name:
            if story is not None:
                stories.put(story)
            story = stories[name] if name in stories else _Story(name, [])
        story.entries.append(entry)
        if story.at and story.at[-1].stop == at:
            story.at[-1] = range(story.at[-1].start, at + n)
        else:
            story.at.append(range(at, at + n))
        at += n
    if story is not None:
        stories.put(story)
    return stories


def _prefix(digest: str) -> int:
    """A content hash's table key: its first 8 bytes, as ``_Contents.whole`` reads them from a
    directory's raw digests; a string that is not hexadecimal (a forged row) gets its own hash,
    since it can only ever be equal to itself."""
    try:
        return int.from_bytes(bytes.fromhex(digest[:16]), sys.byteorder, signed=True)
    except ValueError:
        return hash(digest)


class _Contents:
    """The content hashes ``_read`` met, each with the file first met with it ("same content
    as ... (kept that one)"), as ``corpus._load``'s ``seen``.

    A ``dict`` of hexadecimal SHA-256 to shown paths was ~0.3 KB a file at the reading's peak
    (4.4 MB of 10.7 traced at 20,000 articles, session 25), in small blocks among the run's.
    Here an open-addressing table of the hashes' first 8 bytes: two ``array``s (~24-48 bytes a
    file, each one block, handed back whole when freed); a file read one by one has its hash and
    shown path in a ``compact.Texts`` (on disk past its first pages), and a file of a directory
    taken whole only its place, the directory's number in the items spill (``items``) and its
    rank there, read back when a copy of it turns up, which is rare.  A hit on the 8 bytes is
    confirmed against the whole hash: the same answers as the ``dict``."""

    def __init__(self, items: _Spilled, directory: Path) -> None:
        from array import array

        from compare.compact import Texts

        self.items = items
        self.texts = Texts(directory=directory)  # a file's hash, then its shown path
        self.keys = array("q", bytes(8 * 1024))
        self.refs = array("q", [-1]) * 1024  # 2 * (its texts' pair) or 2 * (item << 24 | rank) + 1
        self.count = 0

    def _ref(self, digest: str) -> int:
        """Where the file whose content hash is ``digest`` is told, or -1."""
        keys, refs, key = self.keys, self.refs, _prefix(digest)
        mask = len(refs) - 1
        slot = key & mask
        while (ref := refs[slot]) >= 0:
            if keys[slot] == key and self._hash(ref) == digest:
                return ref
            slot = (slot + 1) & mask
        return -1

    def _hash(self, ref: int) -> str:
        if not ref & 1:
            return self.texts[ref]
        item, rank = divmod(ref >> 1, 1 << 24)
        raw = self.items[item].recorded.raw
        return str(raw[32 * rank : 32 * rank + 32].hex())

    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and self._ref(digest) >= 0

    def __getitem__(self, digest: str) -> str:
        ref = self._ref(digest)
        if ref < 0:
            raise KeyError(digest)
        if not ref & 1:
            return self.texts[ref + 1]
        item, rank = divmod(ref >> 1, 1 << 24)
        return str(self.items[item].shown[rank])

    def __setitem__(self, digest: str, shown: str) -> None:
        """A file read one by one (a digest already in is never added again: ``_read`` asks first)."""
        self._put(_prefix(digest), len(self.texts))
        self.texts.append(digest)
        self.texts.append(shown)

    def fresh(self, raw: bytes) -> bool:
        """Whether none of the content hashes ``raw`` (32 bytes each: a recalled directory's) was
        met and no two of them are equal."""
        count = len(raw) // 32
        if count >= 1 << 24 or len({raw[at : at + 32] for at in range(0, len(raw), 32)}) != count:
            return False  # (a directory of 16 M files is taken file by file: its ranks fit 24 bits)
        keys, refs, mask = self.keys, self.refs, len(self.refs) - 1
        for k, key in enumerate(memoryview(raw).cast("q")[::4]):
            slot = key & mask
            while (ref := refs[slot]) >= 0:
                if keys[slot] == key and self._hash(ref) == raw[32 * k : 32 * k + 32].hex():
                    return False
                slot = (slot + 1) & mask
        return True

    def whole(self, raw: bytes, item: int) -> None:
        """The files of the directory that is item ``item`` of the spill (``fresh`` first)."""
        for rank, key in enumerate(memoryview(raw).cast("q")[::4]):
            self._put(key, 2 * (item << 24 | rank) + 1)

    def _put(self, key: int, ref: int) -> None:
        if 3 * (self.count + 1) > 2 * len(self.refs):  # at most two thirds full
            keys, refs = self.keys, self.refs
            self.keys = type(keys)("q", bytes(16 * len(keys)))
            self.refs = type(refs)("q", [-1]) * (2 * len(refs))
            self.count = 0
            for k, r in zip(keys, refs, strict=True):
                if r >= 0:
                    self._put(k, r)
        keys, refs = self.keys, self.refs
        mask = len(refs) - 1
        slot = key & mask
        while refs[slot] >= 0:
            slot = (slot + 1) & mask
        keys[slot], refs[slot] = key, ref
        self.count += 1

    def close(self) -> None:
        self.texts.close()


def _read(
    plan: Iterable[Any], state: FileState, run_stamp: int, max_bytes: int, strict: bool, directory: Path
) -> tuple[_Spilled, int, list[Skipped]]:
    """Each planned file, read only when its signature says it may have changed (as ``load_corpus``
    would): the items (``_Spilled`` in ``directory``), how many files they are, the files skipped."""
    from compare.errors import FileProblem, InputError

    items = _Spilled(directory, cast(Any, plan).shared if isinstance(plan, _Spilled) else ())
    files = 0
    skipped: list[Skipped] = []
    seen = _Contents(items, directory)
    cwd = os.getcwd()
    kept = 0  # characters of the texts kept
    try:
        for entry in plan:
            if isinstance(entry, _Unit):
                raw = entry.recorded.raw
                if seen.fresh(raw):
                    seen.whole(raw, items.append(entry))
                    files += entry.recorded.count
                    continue
                # A copy of a file met before: file by file, which skips it and says so.
                state.adopt(entry.rows())
                cands = entry.candidates()
            else:
                cands = [entry]
            for cand in cands:
                where = os.path.normpath(os.path.join(cwd, str(cand.file)))
                try:
                    item = _item(cand, where, state, run_stamp, max_bytes, seen)
                except FileProblem as problem:
                    if strict:
                        raise InputError(f"{problem.path}: {problem.reason}") from None
                    skipped.append(Skipped(problem.path, problem.reason))
                    continue
                state.keep(where, item.seen)
                if item.loaded is not None:
                    kept += len(item.loaded.text)
                    if kept > _KEPT_CHARS:
                        item = replace(item, loaded=None)  # read again when its story is analysed
                items.append(item)
                files += 1
    finally:
        seen.close()
    return items, files, skipped


def _chunks(stories: Sequence[_Story]) -> Iterator[list[_Story]]:
    """``stories`` in runs of whole stories of at most ``_CHUNK_CHARS`` characters (a file not
    read yet counted by its size), each at least one story: analysed one run at a time, so that
    their texts, facts and findings are never all in memory."""
    chunk: list[_Story] = []
    chars = 0
    for story in stories:
        size = sum(
            len(item.loaded.text) if item.loaded is not None else item.seen.signature.size
            for _, item in story.items
        )
        if chunk and chars + size > _CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
        chunk.append(story)
        chars += size
    if chunk:
        yield chunk


def _item(cand: Any, where: str, state: FileState, run_stamp: int, max_bytes: int, seen: _Contents) -> _Item:
    from compare import corpus
    from compare.errors import FileProblem

    if cand.problem is not None:
        sig = None
    elif cand.lstat is not None and stat.S_ISREG(cand.lstat.st_mode):
        sig = signature_of(cand.lstat)  # a regular file: its lstat is its stat
    else:
        sig = signature(cand.file)
    origin = _origin(cand)
    known = state.get(where) if sig is not None and sig.size <= max_bytes else None
    if known is not None and known.origin == origin:
        if known.trusted and known.signature == sig:
            digest = known.parsed.sha256
        else:
            digest = hashlib.sha256(corpus._read_bytes(cand, max_bytes)).hexdigest()
            after = signature(cand.file)
            trusted = after == sig and is_trusted(sig, run_stamp)  # type: ignore[arg-type]
            known = replace(known, signature=sig, trusted=trusted)  # type: ignore[arg-type]
        if digest == known.parsed.sha256:
            if digest in seen:
                raise FileProblem(cand.shown, f"same content as {seen[digest]} (kept that one)")
            seen[digest] = cand.shown
            return _Item(cand, known, signature=sig)
    loaded = corpus._load(cand, max_bytes, seen)
    after = signature(cand.file)
    if sig is None or after != sig:
        # Changed while read (or unreadable by stat): remembered as untrusted.
        sig = after or Signature(0, 0, 0, 0, 0)
        return _Item(cand, replace(_seen_of(loaded, sig, run_stamp, origin), trusted=False), loaded, sig)
    return _Item(cand, _seen_of(loaded, sig, run_stamp, origin), loaded, sig)


def _story_key(story: _Story, labels: Mapping[str, str], options_key: str) -> str:
    """Everything a story's record comes from: the code (``gate_fingerprint``), the options that
    change an analysed story (``Options.story_key``), the story and each of its documents.  A
    story that is one recalled directory has its key back from the directory's record when its
    documents' ids and outlet labels are the ones it was made with (the rest it comes from is
    what the record was made of)."""
    whole = story.whole
    if whole is not None:
        marks = [labels[i] for i in whole.ids]
        memo = whole.unit.recorded.memo
        if memo is not None and memo[0] == options_key and memo[1] == memo_digest(whole.ids, marks):
            return str(memo[2])
        key = _key_of(story, labels, options_key)
        whole.unit.memo = [options_key, whole.ids, marks, key]
        return key
    return _key_of(story, labels, options_key)


def _key_of(story: _Story, labels: Mapping[str, str], options_key: str) -> str:
    from compare import corpus

    rows = [
        [
            doc_id,
            item.cand.shown,
            s.sha256,
            corpus.outlet_of(item.cand),
            s.title,
            s.published.isoformat() if s.published else None,
            s.author,
            s.url,
            s.format,
            [[b.start, b.end] for b in s.boilerplate],
            labels[doc_id],
        ]
        for doc_id, item in story.items
        for s in (item.seen.parsed,)
    ]
    ident = json.dumps([gate_fingerprint(), options_key, story.name, rows], ensure_ascii=False)
    return hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()


def _documents(story: _Story, max_bytes: int) -> list[Document]:
    """The story's documents, read in full; raises ``_Changed`` if a file is not what was planned."""
    from compare import corpus
    from compare.errors import FileProblem

    docs = []
    for doc_id, item in story.items:
        loaded = item.loaded
        if loaded is None:
            try:
                loaded = corpus._load(item.cand, max_bytes, {})
            except FileProblem:
                raise _Changed from None
            if loaded.parsed.sha256 != item.seen.parsed.sha256:
                raise _Changed
        docs.append(corpus._document(doc_id, loaded))
    return docs


@dataclass
class _StoryParts:
    """What one story of a run holds, gathered from the whole run's lists."""

    documents: list[Document] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _analyse(
    stories: Sequence[_Story],
    labels: dict[str, str],
    engine: Engine,
    options: Options,
    progress: Progress | None,
    assembly: Assembly | None = None,
    pool: Any = None,
) -> None:
    """Extract, align, judge and assess ``stories`` on ``engine`` (a local one's ``pool``, if
    given), and record them (with ``assembly``, each story's part of the report's JSON text as
    well, added to it)."""
    from compare import engine as engines
    from compare import pipeline, streamed
    from compare.streamed import story_part

    if not stories:
        return
    cache_dir = options.cache_dir
    assert isinstance(cache_dir, Path)
    documents = [d for story in stories for d in _documents(story, options.max_bytes)]
    failed: list[Skipped] = []
    facts, results = engines.analyse_stories(
        documents, labels, options, engine=engine, progress=progress, failed=failed, pool=pool
    )
    kept = pipeline._without(documents, failed)
    findings = finish(results, kept, cache_dir, labels)
    story_of = {d.id: d.story for d in kept}
    parts = {s.name: _StoryParts() for s in stories}
    for doc in kept:
        parts[doc.story].documents.append(doc)
    for fact in facts:
        parts[story_of[fact.doc]].facts.append(fact)
    for finding in findings:
        parts[finding.story].findings.append(finding)
    path_story = {d.path: d.story for d in documents}
    for skipped in failed:
        parts[path_story[skipped.path]].skipped.append(skipped)
    records = StoryRecords(cache_dir)
    for story in stories:
        own = parts[story.name]
        docs, story_facts, story_findings, story_failed = own.documents, own.facts, own.findings, own.skipped
        report = Report(
            documents=tuple(docs),
            facts=tuple(story_facts),
            findings=tuple(story_findings),
            skipped=tuple(story_failed),
        )
        record = _fresh_record(report, tuple(story_failed))
        if story.record is None or _essence(story.record, story.name) != _essence(record, story.name):
            records.store(story.key, record)
        story.record = record
        if assembly is not None:
            part = story_part(story.name, docs, story_facts, story_findings, story_failed)
            encoded = streamed.encoded(part)
            if encoded is not None:
                PartRecords(cache_dir).store(story.key, encoded)
            assembly.add(encoded or part, story.positions(part.docs))
            story.part = True


class _JsonChunks:
    """The check's JSON text in chunks, as many times as it is written (a file and standard
    output): never held whole (258 MB at 10,000 articles).  Owns the assembly's spill file,
    which is unnamed and goes with it."""

    def __init__(self, assembly: Assembly, skipped: Sequence[Skipped], extra: dict[str, Any]) -> None:
        self.assembly, self.skipped, self.extra = assembly, skipped, extra

    def __iter__(self) -> Iterator[str | bytes]:
        return self.assembly.output(self.skipped, self.extra)

    def close(self) -> None:
        """Closes the spill file and the recalled parts' files."""
        self.assembly.close()


def _json_chunks(
    assembly: Assembly,
    skipped: Sequence[Skipped],
    outcome: Outcome,
    rows: Sequence[tuple[str, str, str]] | None = None,
) -> _JsonChunks:
    """The check's JSON (``ci_formats.render_json``) from the stories' parts in ``assembly`` and the
    gate's outcome (or, from ``_gate``'s ``rows``, each multi-source finding's id, fingerprint and
    status)."""
    from compare.render.ci_formats import display_path

    if rows is None:
        rows = [(a.finding.id, a.fingerprint, a.status) for a in outcome.assessments]
    extra = {
        "fingerprints": {ident: fingerprint for ident, fingerprint, _ in rows},
        "new": sorted({fingerprint for _, fingerprint, status in rows if status == "new"}),
        "accepted": sorted({fingerprint for _, fingerprint, status in rows if status == "accepted"}),
        "stale": [e.fingerprint for e in outcome.stale],
        "check": {
            "fail_on": outcome.fail_on,
            "baseline": display_path(str(outcome.baseline)),
            "updated": outcome.updated,
            "exit_status": outcome.exit_status,
        },
    }
    return _JsonChunks(assembly, skipped, extra)


def _essence(record: StoryRecord, story: str) -> tuple[Any, ...] | None:
    """What a record holds: equal when the record was true; None for a damaged one."""
    try:
        record = _parsed(record, story)
    except _Damaged:
        return None
    return (
        record.documents,
        record.facts,
        record.findings,
        record.failed,
        record.divergent,
        record.documents_shown,
        dict(record.quotes),
        record.agree_index,
    )


_GATE_LAYOUT = "divergence-gate/2"


class _Baseline:
    """The baseline as this run reads it: entries parsed only where a story's gate is not recalled.

    ``digest`` is the SHA-256 of the file: a story's gate record is keyed by
    it, so any edit of the baseline gates every story again.  Whatever the
    cheap index cannot vouch for is handed to ``load_baseline``, which either
    raises the error a full run raises or parses everything.  The index of a
    file read before comes back from the cache (``_BaselineIndexes``): while
    the baseline is unchanged a warm run hashes it but does not parse it,
    which on a repository of 10,000 articles (a 17 MB baseline) was a sixth
    of the run.
    """

    def __init__(self, path: Path, raw: list[Any] | None, digest: str, data: bytes = b"") -> None:
        self.path = path
        self.digest = digest
        self._data = data  # the file's bytes, decoded only when an entry is needed
        self._text: str | None = None
        self._raw = raw
        self.offsets: list[int] = []  # where each entry starts in the decoded file
        self.count = len(raw) if raw is not None else 0
        self.parsed: dict[int, BaselineEntry] = {}
        self.by_story: dict[str, list[int]] = {}
        self.by_fingerprint: dict[str, list[int]] = {}
        self.by_pair: dict[str, list[int]] = {}
        if raw is not None:
            self._index(raw)

    def _index(self, raw: list[Any]) -> None:
        from compare.baseline import normalise

        for i, d in enumerate(raw):
            story = d.get("story") if isinstance(d, dict) else None
            fingerprint = d.get("fingerprint") if isinstance(d, dict) else None
            pairs = d.get("pairs") if isinstance(d, dict) else None
            if (
                not isinstance(story, str | None)
                or not isinstance(fingerprint, str)
                or not isinstance(pairs, list | None)
                or not all(
                    isinstance(p, dict) and isinstance(p.get("fingerprint"), str | None) for p in pairs or ()
                )
            ):
                self._parse_all()
                return
            self.by_story.setdefault(normalise(story or ""), []).append(i)
            self.by_fingerprint.setdefault(fingerprint, []).append(i)
            for p in pairs or ():
                if p.get("fingerprint"):
                    self.by_pair.setdefault(p["fingerprint"], []).append(i)

    def _raw_entry(self, i: int) -> Any:
        """Entry ``i`` as the file holds it: decoded alone, at its offset, when the index came from the
        cache (a warm run that must show a stale entry or two does not decode 17 MB for them)."""
        if self._raw is not None:
            return self._raw[i]
        if self._text is None:
            self._text = self._data.decode("utf-8-sig")
        try:
            return _SCAN(self._text, self.offsets[i])[0]
        except (StopIteration, IndexError, RecursionError):
            self._parse_all()  # an index that does not fit the file: read it in full
            return None

    @classmethod
    def read(cls, path: Path, indexes: _BaselineIndexes | None = None) -> _Baseline:
        from compare.baseline import BASELINE_SCHEMA

        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(path, [], "missing")
        except OSError:
            return cls._full(path)  # raises the error a full run raises
        digest = hashlib.sha256(data).hexdigest()
        if indexes is not None:
            known = indexes.load(digest)
            if known is not None:
                accepted = cls(path, None, digest, data)
                (
                    accepted.count,
                    accepted.offsets,
                    accepted.by_story,
                    accepted.by_fingerprint,
                    accepted.by_pair,
                ) = known
                return accepted
        try:
            document = json.loads(data.decode("utf-8-sig"))
            findings = document.get("findings") if isinstance(document, dict) else None
            if document.get("schema") != BASELINE_SCHEMA or not isinstance(findings, list | None):
                raise ValueError("not a baseline")
        except (ValueError, AttributeError, RecursionError):
            return cls._full(path)  # raises the error a full run raises
        accepted = cls(path, findings or [], digest)
        if indexes is not None and not accepted.parsed:
            offsets = _entry_offsets(data.decode("utf-8-sig"))
            if offsets is not None and len(offsets) == accepted.count:
                accepted.offsets = offsets
                indexes.store(digest, accepted)
        return accepted

    @classmethod
    def _full(cls, path: Path) -> _Baseline:
        accepted = cls(path, [], "")
        accepted._parse_all()  # raises the error a full run raises, if the file has one
        accepted.digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return accepted

    def _parse_all(self) -> None:
        from compare.baseline import load_baseline, normalise

        entries = load_baseline(self.path)
        self._raw = list(entries)
        self.count = len(entries)
        self.parsed = dict(enumerate(entries))
        self.by_story, self.by_fingerprint, self.by_pair = {}, {}, {}
        for i, e in enumerate(entries):
            self.by_story.setdefault(normalise(e.story), []).append(i)
            self.by_fingerprint.setdefault(e.fingerprint, []).append(i)
            for p in e.pairs:
                if p.fingerprint:
                    self.by_pair.setdefault(p.fingerprint, []).append(i)

    def entry(self, i: int) -> BaselineEntry:
        from compare.baseline import _Malformed, _parse_entry

        if i not in self.parsed:
            raw = self._raw_entry(i)
            try:
                if i not in self.parsed:  # reading it may have parsed the whole file
                    self.parsed[i] = _parse_entry(raw, f"findings[{i}]")
            except _Malformed:
                self._parse_all()  # raises the first error in the file, as a full run does
        return self.parsed[i]


class _BaselineIndexes:
    """Each baseline file's index (entries by story, finding and pair fingerprint), by the file's
    SHA-256 (``<cache-dir>/baselines/``), so that an unchanged baseline is not parsed again.

    Untrusted like every record: bound to its key by a digest, and every
    index checked to be an entry of the file (``0 <= i < count``).
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "baselines"

    def _path(self, key: str) -> Path:
        return Path(keyed_file(os.fspath(self.directory), key))

    @staticmethod
    def _key(digest: str) -> str:
        return hashlib.sha256(f"{_GATE_LAYOUT}\0{gate_fingerprint()}\0{digest}".encode()).hexdigest()

    def load(
        self, digest: str
    ) -> tuple[int, list[int], dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]] | None:
        key = self._key(digest)
        body = _read_keyed(self._path(key), key)
        if body is None:
            return None
        try:
            data = json.loads(body)
            count = _count(data["count"])
            offsets = [_count(x) for x in data["offsets"]]
            if len(offsets) != count:
                raise ValueError("not an offset an entry")
            maps = tuple(_index_map(data[name], count) for name in ("story", "fingerprint", "pair"))
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None
        return count, offsets, maps[0], maps[1], maps[2]

    def store(self, digest: str, accepted: _Baseline) -> None:
        key = self._key(digest)
        _write_keyed_json(
            self._path(key),
            key,
            {
                "count": accepted.count,
                "offsets": accepted.offsets,
                "story": accepted.by_story,
                "fingerprint": accepted.by_fingerprint,
                "pair": accepted.by_pair,
            },
        )


# Decodes one JSON value at an offset: json.loads for a slice of a file, without copying it.
_SCAN: Any = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
_SPACE = re.compile(r"[ \t\n\r]*")


def _entry_offsets(text: str) -> list[int] | None:
    """Where each entry of the baseline's ``findings`` array starts in ``text`` (a JSON object), so
    that one entry can be decoded alone later; None for a document of another shape."""

    def skip(i: int) -> int:
        match = _SPACE.match(text, i)
        return match.end() if match else i

    try:
        i = skip(0)
        if text[i : i + 1] != "{":
            return None
        i = skip(i + 1)
        offsets = None
        while text[i : i + 1] != "}":
            key, i = _SCAN(text, i)
            i = skip(i)
            if text[i : i + 1] != ":":
                return None
            i = skip(i + 1)
            if key == "findings" and text[i : i + 1] == "[":
                offsets = []
                i = skip(i + 1)
                while text[i : i + 1] != "]":
                    offsets.append(i)
                    i = skip(_SCAN(text, i)[1])
                    if text[i : i + 1] == ",":
                        i = skip(i + 1)
                    elif text[i : i + 1] != "]":
                        return None
                i += 1
            else:
                i = _SCAN(text, i)[1]
            i = skip(i)
            if text[i : i + 1] == ",":
                i = skip(i + 1)
            elif text[i : i + 1] != "}":
                return None
    except (StopIteration, RecursionError):
        return None
    return offsets if offsets is not None else []


def _index_map(value: Any, count: int) -> dict[str, list[int]]:
    if not isinstance(value, dict):
        raise TypeError("expected an object")
    for name, indices in value.items():
        if not isinstance(name, str) or not isinstance(indices, list):
            raise TypeError("expected lists of entries")
        for i in indices:
            if _count(i) >= count:
                raise ValueError("no such entry")
    return value


@dataclass(frozen=True)
class _Gated:
    """A story's gate: the status of each of its divergent findings (in the record's order:
    new, accepted or ungated), and which baseline entries it covers."""

    statuses: tuple[Status, ...]
    covered: tuple[int, ...]  # indices into the baseline's entries


_STATUSES: dict[str, Status] = {"new": "new", "accepted": "accepted", "ungated": "ungated"}


def _interleaved(
    divergent: Sequence[Assessment], agreeing: Sequence[tuple[int, Assessment]]
) -> list[Assessment]:
    """A story's assessments in report order: the agreeing ones (status ``agree``, as
    ``evaluate`` marks them) at their recorded positions, the divergent ones around them."""
    out: list[Assessment] = []
    rest = iter(divergent)
    places = dict(agreeing)
    for position in range(len(divergent) + len(agreeing)):
        agree = places.get(position)
        out.append(replace(agree, status="agree") if agree is not None else next(rest))
    return out


def _light_rows(record: StoryRecord, statuses: Sequence[str]) -> list[tuple[str, str, str]]:
    """A story's multi-source findings as (id, fingerprint, status), in report order: the
    agreeing ones (``agree``) at their indexed positions, the divergent ones around them."""
    out: list[tuple[str, str, str]] = []
    rest = iter(zip(record.index, statuses, strict=True))
    places = {position: (ident, fingerprint) for position, ident, fingerprint in record.agree_index}
    for position in range(len(record.index) + len(record.agree_index)):
        agree = places.get(position)
        if agree is not None:
            out.append((*agree, "agree"))
        else:
            (ident, fingerprint, _), status = next(rest)
            out.append((ident, fingerprint, status))
    return out


def _pair_fingerprints(record: StoryRecord) -> list[str]:
    return [fp for _, _, pairs in record.index for fp in pairs if fp]


class GateRecords:
    """Each story's gate, by its record, the baseline file and ``--fail-on`` (``<cache-dir>/gates/``)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "gates"
        self._where = os.fspath(self.directory)

    @staticmethod
    def key(story: _Story, accepted: _Baseline, fail_on: str, part: Sequence[int]) -> str:
        ident = json.dumps([_GATE_LAYOUT, story.key, accepted.digest, fail_on, list(part)])
        return hashlib.sha256(ident.encode()).hexdigest()

    def load(self, key: str, record: StoryRecord, part: Sequence[int]) -> _Gated | None:
        body = _read_keyed(keyed_file(self._where, key), key)
        if body is None:
            return None
        try:
            data = json.loads(body)
            statuses = tuple(_STATUSES[x] for x in data["statuses"])
            covered = tuple(_count(x) for x in data["covered"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None
        if len(statuses) != len(record.index):
            return None
        if not set(covered) <= set(part) or len(set(covered)) != len(covered):
            return None
        return _Gated(statuses, covered)

    def store(self, key: str, gated: _Gated) -> None:
        body = json.dumps({"statuses": list(gated.statuses), "covered": list(gated.covered)})
        _write_keyed(Path(keyed_file(self._where, key)), key, body.encode())


class PartRecords:
    """Each story's part of the report's JSON (``streamed.EncodedPart``: UTF-8 bytes and where each
    piece is), by the story's record key (``<cache-dir>/parts/``): what ``check --format json``
    shows of a story it does not read, copied into the report from this file.

    Kept apart from the story record, so that the runs which do not write JSON
    never read it (it holds every fact of the story).  Untrusted like every
    record.  Its digest, recorded when the part was written, binds the bytes to
    the story's key, so a part damaged, cut short, extended, edited or filed
    under another story's key is a miss; the bytes a run writes are UTF-8 (a
    part with a lone surrogate is never stored), so bytes that match their
    digest are not decoded again.  What the digest cannot vouch for (a part
    signed again by hand) is checked where it is cheap (``_checked_part``):
    the story, its documents (each document's item is decoded: its id, story
    and content hash must be the files of this run), the pieces' sizes adding
    up to the bytes, each piece the bounds of whole items at the report's
    indent, the findings and echoes as many as the counts say.  The facts
    (most of a part's bytes) are not decoded: whoever can sign a part can make
    its values say anything, as with every record here.  Anything that fails
    is a miss, and the story is analysed again.

    A part that passed those checks is not read again while its file is
    unchanged: like the articles (``compare.filestate``), its stat signature
    is remembered (``<cache-dir>/parts.json``, signed like every record) when
    it is trusted, i.e. when its mtime and ctime are strictly older than the
    stamp of the run that checked it (a file rewritten within one tick of the
    clock keeps its signature: the racy case git handles this way).  A later
    run whose open file has that signature reads its index line alone and
    copies its pieces at write time; hashing and reading the 267 MB of parts
    of a 10,000-article repository was ~0.3 of a warm run's ~2 CPU s.  So
    what the digest caught is still caught whenever it changes the file's
    size, times or inode (damage that changes none of them, as for the
    articles, is not).
    """

    def __init__(self, directory: Path, run_stamp: int | None = None) -> None:
        self.directory = directory / "parts"
        self._where = os.fspath(self.directory)
        self._buffer = bytearray()
        # The signatures of parts checked by an earlier run (``run_stamp`` None: never trusted).
        self._stamp = run_stamp
        self._state = directory / _VERIFIED
        self._verified = _read_verified(self._state) if run_stamp is not None else {}
        self._next: dict[str, list[int]] = {}
        self._loaded = False

    def _path(self, key: str) -> Path:
        return Path(keyed_file(os.fspath(self.directory), key))

    def load(self, key: str, story: _Story) -> FilePart | None:
        """The story's part, checked, in its file (left open for the copy), else None."""
        self._loaded = True
        try:
            handle = open(keyed_file(self._where, key), "rb")  # noqa: SIM115 - kept open in the part
        except OSError:
            return None
        try:
            before = list(signature_of(os.fstat(handle.fileno())))
            if self._verified.get(key) == before:
                part = self._indexed(handle, key, story, before[0])
            else:
                part = self._checked(handle, key, story, before[0])
                # Remembered only if nothing changed it while it was read, and not racy.
                if (
                    part is not None
                    and self._stamp is not None
                    and before == list(signature_of(os.fstat(handle.fileno())))
                ):
                    if not is_trusted(Signature(*before), self._stamp):
                        before = []
            if part is not None and before:
                self._next[key] = before
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            part = None
        if part is None:
            handle.close()
            return None
        # The part keeps the open file, not the reader's buffer: its pieces are read by position
        # (``os.pread``), and the buffer was ~4 KB a recalled story held until the report is
        # written (issue 14: most of what a warm check kept a story).
        return replace(part, file=cast(BinaryIO, handle.detach()))  # an io.FileIO

    def save(self) -> None:
        """Remember the signatures of the parts this run recalled (when it recalled any)."""
        if self._stamp is None or not self._loaded or self._next == self._verified:
            return
        _write_keyed_json(self._state, _verified_key(), self._next)

    def _indexed(self, handle: io.BufferedReader, key: str, story: _Story, size: int) -> FilePart | None:
        """A part checked by an earlier run, its file unchanged since: its index line alone is read."""
        head = handle.readline()
        if json.loads(head).get("key") != key:
            return None
        line = handle.readline()
        offset = len(head) + len(line)
        if not line.endswith(b"\n"):
            return None
        return _indexed_part(json.loads(line), size - offset, handle, offset, story)

    def _checked(self, handle: io.BufferedReader, key: str, story: _Story, size: int) -> FilePart | None:
        # Read into one buffer reused for every part: nothing of a part stays in memory.
        if len(self._buffer) < size + 1:
            self._buffer = bytearray(size + 1)
        view = memoryview(self._buffer)
        try:
            got = 0
            while got <= size and (n := handle.readinto(view[got : size + 1])):
                got += n
            if got > size:
                return None  # grew since it was looked at: not a file a run wrote whole
            head_end = self._buffer.find(b"\n", 0, got)
            if head_end < 0:
                return None
            digest = hashlib.sha256(key.encode() + b"\n")
            digest.update(view[head_end + 1 : got])
            if json.loads(bytes(view[:head_end])) != {"key": key, "digest": digest.hexdigest()}:
                return None
            index_end = self._buffer.find(b"\n", head_end + 1, got)
            if index_end < 0:
                return None
            index = json.loads(bytes(view[head_end + 1 : index_end]))
            return _checked_part(index, view[index_end + 1 : got], handle, index_end + 1, story)
        finally:
            view.release()

    def store(self, key: str, part: EncodedPart) -> None:
        index = json.dumps(
            {
                "layout": _PART_LAYOUT,
                "story": part.story,
                "docs": list(part.docs),
                "fact_counts": list(part.fact_counts),
                "verdicts": part.verdicts,
                "echo_count": part.echo_count,
                "sizes": list(part.sizes),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )
        _write_keyed(self._path(key), key, index.encode("utf-8", "surrogatepass") + b"\n" + part.blob)


_PART_LAYOUT = "divergence-part/2"  # 2: the pieces as bytes after an index of their sizes
# How an item of a top-level list opens and closes at the report's indent (``jsontext.element``
# at depth 2); the text of a JSON string holds no raw newline, so these bytes are the items' own.
_ITEM_OPENS, _ITEM_CLOSES = b"{", b"\n    }"


def _items(blob: memoryview, at: int, size: int, count: int) -> bool:
    """Whether the piece of ``blob`` at ``at`` can be ``count`` whole items (objects) of a
    top-level list, joined as the list joins them: nothing for none, else an object's opening
    and closing at the report's indent, so that the piece cannot run into the text around it."""
    if not count:
        return not size
    opens, closes = len(_ITEM_OPENS), len(_ITEM_CLOSES)
    return (
        size >= opens + closes
        and blob[at : at + opens] == _ITEM_OPENS
        and blob[at + size - closes : at + size] == _ITEM_CLOSES
    )


_VERIFIED = "parts.json"
_VERIFIED_LAYOUT = "divergence-parts-verified/1"


def _verified_key() -> str:
    # The signatures vouch for parts checked by this code (``gate_fingerprint``) only.
    return f"{_VERIFIED_LAYOUT}:{gate_fingerprint()}"


def _read_verified(path: Path) -> dict[str, list[int]]:
    """The remembered parts' signatures (``PartRecords``): a damaged file is empty, a malformed
    entry left out (its part is checked again)."""
    body = _read_keyed(path, _verified_key())
    try:
        data = json.loads(body) if body is not None else {}
    except (ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: v for k, v in data.items() if type(v) is list and len(v) == 5 and all(type(x) is int for x in v)
    }


def _indexed_part(data: Any, size: int, handle: BinaryIO, offset: int, story: _Story) -> FilePart:
    """A recalled part from its index ``data`` (its pieces, ``size`` bytes, at ``offset`` in
    ``handle``), checked against the story it must describe as far as the index goes."""
    from compare.streamed import FilePart

    if data["layout"] != _PART_LAYOUT or data["story"] != story.name:
        raise ValueError("another story")
    docs = tuple(_text(d) for d in data["docs"])
    # A part is only recalled for a run where no extraction failed (``check``): every article is kept.
    expected = story.digests()
    if list(docs) != list(expected):
        raise ValueError("not the story's documents")
    counts = tuple(_count(n) for n in data["fact_counts"])
    sizes = tuple(_count(n) for n in data["sizes"])
    if len(counts) != len(docs) or len(sizes) != 2 * len(docs) + 2 or sum(sizes) != size:
        raise ValueError("not one entry per document")
    verdicts = data["verdicts"]
    blank = Report(documents=(), facts=()).summary()
    if not isinstance(verdicts, dict) or list(verdicts) != list(blank):
        raise ValueError("not a summary")
    for n in verdicts.values():
        _count(n)
    return FilePart(
        story=story.name,
        docs=docs,
        fact_counts=counts,
        verdicts=verdicts,
        echo_count=_count(data["echo_count"]),
        sizes=sizes,
        file=handle,
        offset=offset,
    )


def _checked_part(data: Any, blob: memoryview, handle: BinaryIO, offset: int, story: _Story) -> FilePart:
    """A recalled part (its index ``data``, its pieces ``blob``, found at ``offset`` in
    ``handle``), checked against the story it must describe; raises on anything else."""
    part = _indexed_part(data, len(blob), handle, offset, story)
    docs, counts, echo_count = part.docs, part.fact_counts, part.echo_count
    expected = story.digests()
    findings = sum(part.verdicts.values())
    pieces = list(part.pieces())
    for k, doc_id in enumerate(docs):
        at, size = pieces[2 * k]
        doc = json.loads(bytes(blob[at : at + size]), parse_constant=_no_constant)
        if doc["id"] != doc_id or doc["story"] != story.name or doc["sha256"] != expected[doc_id]:
            raise ValueError("not the document")
        if not _items(blob, at, size, 1) or not _items(blob, *pieces[2 * k + 1], counts[k]):
            raise ValueError("not the text of the document's facts")
    for (at, size), count in ((pieces[-2], findings), (pieces[-1], echo_count)):
        if not _items(blob, at, size, count) or bytes(blob[at : at + size]).count(_ITEM_CLOSES) != count:
            raise ValueError("not the text of the counted items")
    return part


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON a run writes")


def _read_keyed(path: Path | str, key: str) -> bytes | None:
    """The body of a cache file written by ``_write_keyed`` for ``key``, else None.

    The first line binds the body to its key by a digest, so a file copied to
    another key's name, cut short or edited by hand reads as a miss.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
        head, _, body = raw.partition(b"\n")
        signed = json.loads(head) == {
            "key": key,
            "digest": hashlib.sha256(key.encode() + b"\n" + body).hexdigest(),
        }
    except (OSError, ValueError, RecursionError):
        return None
    return body if signed else None


def _write_keyed_json(path: Path, key: str, value: object) -> None:
    """``_write_keyed`` of ``value`` as compact JSON (records hold text as the articles wrote it)."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    _write_keyed(path, key, body.encode("utf-8", "surrogatepass"))


def _write_keyed(path: Path, key: str, body: bytes) -> None:
    """Write ``body`` under ``path`` atomically, bound to ``key`` (see ``_read_keyed``)."""
    from compare.cache import _replace

    header = json.dumps({"key": key, "digest": hashlib.sha256(key.encode() + b"\n" + body).hexdigest()})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _replace(path, header.encode() + b"\n" + body)
    except OSError:
        pass  # a read-only cache only costs speed


def _slice(name: str, record: StoryRecord, accepted: _Baseline) -> list[int]:
    """The baseline entries that can touch a story (``_gate``), in order.

    An entry can accept a finding of another story, or be covered by one,
    only through a finding's or a pair's fingerprint (pairs are matched by
    value within their own story's name): so a story's slice is the entries
    of its (normalised) name plus those sharing a finding or pair fingerprint
    with it, and the union of what the slices cover is what one ``evaluate``
    over everything would cover.
    """
    from compare.baseline import normalise

    part = set(accepted.by_story.get(normalise(name), ()))
    for _, fingerprint, _ in record.index:
        part.update(accepted.by_fingerprint.get(fingerprint, ()))
    for fingerprint in _pair_fingerprints(record):
        part.update(accepted.by_pair.get(fingerprint, ()))
    return sorted(part)


def _story_gate(
    story: _Story, accepted: _Baseline, fail_on: str, gates: GateRecords, every: bool, agreeing: bool
) -> tuple[_Gated, Sequence[Assessment]]:
    """A story's gate (recalled, or evaluated over its slice and recorded) and the divergent
    assessments to show with their statuses (none when its gate is recalled, no finding is new
    and not ``every`` one is listed); its record is parsed (``_parsed``, the agreeing findings
    too with ``agreeing``) only when they are needed."""
    from compare.baseline import evaluate

    name, record = story.name, story.record
    assert record is not None
    ordered = _slice(name, record, accepted)
    key = GateRecords.key(story, accepted, fail_on, ordered)
    gated = gates.load(key, record, ordered)
    if gated is None:
        record = story.record = _parsed(record, name, agreeing)
        chosen = [accepted.entry(i) for i in ordered]
        outcome = evaluate(record.divergent, chosen, fail_on=fail_on, baseline=accepted.path)
        stale = {id(e) for e in outcome.stale}
        gated = _Gated(
            statuses=tuple(a.status for a in outcome.assessments),
            covered=tuple(i for i, e in zip(ordered, chosen, strict=True) if id(e) not in stale),
        )
        gates.store(key, gated)
        return gated, outcome.assessments
    if every or "new" in gated.statuses:
        record = story.record = _parsed(record, name, agreeing)
        return gated, [replace(a, status=s) for a, s in zip(record.divergent, gated.statuses, strict=True)]
    return gated, ()


def _gate(
    stories: _Stories,
    accepted: _Baseline,
    fail_on: str,
    gates: GateRecords,
    every: bool,
    agreeing: bool = False,
    rows: list[tuple[str, str, str]] | None = None,
) -> Outcome:
    """``ci.evaluate`` story by story, over the baseline entries that can touch each story
    (``_slice``).  A story whose record, baseline file and ``--fail-on`` are those of a
    previous run gets that run's gate back (``GateRecords``).

    The outcome lists the new divergent assessments, or with ``every`` all
    of them (SARIF and GitLab list the accepted and ungated ones too), and
    with ``agreeing`` the agreeing findings as well, each in its place (JUnit);
    a record's details are parsed only for the stories it lists.

    With ``rows`` (the check's JSON alone, which needs of each multi-source
    finding only its id, fingerprint and status), every one of them is added
    there as (id, fingerprint, status) in report order, from the records'
    indexes and gates, and the outcome lists only the new divergences: a
    record's details are parsed only when its gate is computed or has a new
    divergence, its agreeing findings never.
    """
    from compare.baseline import Tally

    listed: list[Assessment] = []
    covered: set[int] = set()
    counts = [0, 0, 0, 0]  # documents, facts, findings, accepted
    for number in stories.by_name():
        story = stories.at(number)
        before = story.record
        gated, shown = _story_gate(
            story, accepted, fail_on, gates, every and rows is None, agreeing and rows is None
        )
        record = story.record
        assert record is not None
        if record is not before:
            stories.put(story)  # its record parsed: the outputs show it
        if rows is not None:
            rows.extend(_light_rows(record, gated.statuses))
            listed.extend(a for a in shown if a.status == "new")
        else:
            if agreeing:
                shown = _interleaved(shown, record.agreeing)
            listed.extend(a for a in shown if every or a.status == "new")
        covered.update(gated.covered)
        counts[0] += record.documents
        counts[1] += record.facts
        counts[2] += record.findings
        counts[3] += gated.statuses.count("accepted")
    return Outcome(
        fail_on=fail_on,
        baseline=accepted.path,
        assessments=tuple(listed),
        stale=tuple(accepted.entry(i) for i in range(accepted.count) if i not in covered),
        tally=Tally(documents=counts[0], facts=counts[1], findings=counts[2], skipped=0, accepted=counts[3]),
    )
