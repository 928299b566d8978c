"""Loading a corpus: article files and their ``sources.toml`` into ``Document`` objects.

The parts, one module each, with the rules in their docstrings: ``paths`` (what to read:
files, directories, globs, standard input, manifests, stories), ``decoding`` (bytes to text:
size limits, binary files, BOMs, encodings), ``html`` (article text and metadata of a page),
``boilerplate`` (lines not to compare). This module puts a ``Document`` together and is the
public face: the names in ``__all__`` are imported from ``compare.corpus``. Per-file problems
skip the file with a reason (or end the run with ``strict``); whole-run problems raise
``InputError`` with a one-line message naming the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

from compare.compact import NameSet, NameTable
from compare.corpus.boilerplate import _Line, _scan, _spans, find_boilerplate
from compare.corpus.decoding import _decode, _read_bytes
from compare.corpus.html import _extract_html
from compare.corpus.paths import (
    FORMATS,
    MALFORMED_MANIFESTS,
    MANIFEST,
    PARSED_MANIFESTS,
    READ_MANIFESTS,
    STDIN,
    _Candidate,
    _plan,
    manifests_from_json,
    manifests_to_json,
    parsed_manifest,
    read_manifests,
)
from compare.errors import FileProblem, InputError
from compare.lang import check_language, lexicon
from compare.model import DEFAULT_LANGUAGE, Document, Skipped, Span
from compare.selection import Selection, stem

# The incremental check (compare.incremental_check) drives the steps itself: it also
# uses _plan, _read_bytes, _load and _document, imported here for it.
__all__ = [
    "FORMATS",
    "MANIFEST",
    "MALFORMED_MANIFESTS",
    "PARSED_MANIFESTS",
    "READ_MANIFESTS",
    "STDIN",
    "Corpus",
    "Parsed",
    "document_ids",
    "find_boilerplate",
    "load_corpus",
    "manifests_from_json",
    "manifests_to_json",
    "parsed_manifest",
    "read_manifests",
    "outlet_of",
]

_TITLE_MAX = 200
# An HTML page whose extracted text has no paragraph this long (outside
# boilerplate) is a menu or an error page, not an article.
_MIN_ARTICLE_WORDS = 6


@dataclass(frozen=True)
class Corpus:
    """What loading produced: documents in input order, and the files left out and why."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class Parsed:
    """What loading derives from a file's bytes, apart from its text.

    One owner for it: a file loaded now carries one (``_Loaded``), and the
    incremental check remembers one per file (``filestate.Seen``) so that a
    warm run rebuilds the same ``Document`` without parsing the file again.
    """

    sha256: str
    format: Literal["txt", "md", "html"]
    title: str
    url: str | None
    published: dt.date | None
    author: str | None
    boilerplate: tuple[Span, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Loaded:
    """A file loaded now: where it came from, its text and what was parsed from it."""

    cand: _Candidate
    text: str
    parsed: Parsed

    @property
    def sha256(self) -> str:
        # As ``_Failed.sha256``: ``resolve`` reads the hash of either.
        return self.parsed.sha256


def _shorten(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= _TITLE_MAX:
        return title
    cut = title[:_TITLE_MAX].rsplit(" ", 1)[0]
    return cut + "…"


def _first_line(lines: list[_Line], marked: set[int], markdown: bool) -> str | None:
    for i, line in enumerate(lines):
        if i in marked:
            continue
        title = line.text.lstrip("#").strip() if markdown else line.text
        if title:
            return _shorten(title)
    return None


class Contents(Protocol):
    """The content hashes met so far, each with the shown path of the file first met with it: a
    ``dict``, or the check's compact table (``incremental_check._Contents``)."""

    def __contains__(self, digest: object, /) -> bool: ...
    def __getitem__(self, digest: str, /) -> str: ...
    def __setitem__(self, digest: str, shown: str, /) -> None: ...


def _load(cand: _Candidate, max_bytes: int, seen: Contents) -> _Loaded:
    """One file, read and parsed; a second copy of bytes in ``seen`` is skipped (before decoding)."""
    data, digest = _read_checked(cand, max_bytes)
    if digest in seen:
        raise FileProblem(cand.shown, f"same content as {seen[digest]} (kept that one)")
    loaded = _parse(cand, data, digest)
    seen[digest] = cand.shown
    return loaded


@dataclass(frozen=True)
class _Failed:
    """A file ``_load_one`` could not load: the reason, and its content hash when it got that far."""

    path: str
    reason: str
    sha256: str | None


def _load_one(cand: _Candidate, max_bytes: int) -> _Loaded | _Failed:
    """``_load`` without the corpus-wide duplicate check, for a file loaded apart from the
    others (on a Dask worker): ``resolve`` then decides in input order, as ``_load`` would."""
    try:
        data, digest = _read_checked(cand, max_bytes)
    except FileProblem as problem:
        return _Failed(problem.path, problem.reason, None)
    try:
        return _parse(cand, data, digest)
    except FileProblem as problem:
        return _Failed(problem.path, problem.reason, digest)


def resolve(
    plan: Sequence[_Candidate], results: Sequence[_Loaded | _Failed], *, strict: bool
) -> tuple[list[_Loaded], list[Skipped]]:
    """What ``load_corpus`` keeps and skips of files loaded one by one (``_load_one``): the same
    outcome, reasons and order as loading them in sequence, duplicates included (``_load``
    refuses a second copy before decoding it, so a copy of a kept file is a copy whatever its
    own fate); with ``strict`` the first problem in input order ends the run."""
    loaded: list[_Loaded] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for cand, result in zip(plan, results, strict=True):
        digest = result.sha256
        if digest is not None and digest in seen:
            problem = FileProblem(cand.shown, f"same content as {seen[digest]} (kept that one)")
        elif isinstance(result, _Failed):
            problem = FileProblem(result.path, result.reason)
        else:
            seen[result.sha256] = cand.shown
            loaded.append(result)
            continue
        if strict:
            raise InputError(f"{problem.path}: {problem.reason}") from None
        skipped.append(Skipped(problem.path, problem.reason))
    return loaded, skipped


def _read_checked(cand: _Candidate, max_bytes: int) -> tuple[bytes, str]:
    """A file's bytes and their SHA-256, after the checks that need no reading."""
    if cand.problem:
        raise FileProblem(cand.shown, cand.problem)
    if cand.meta.language is not None:
        # Before reading: a file in a language we have no words for is skipped, not misread as English.
        unsupported = check_language(cand.meta.language)
        if unsupported is not None:
            raise FileProblem(cand.shown, f"{unsupported}, as {MANIFEST} says")
    data = _read_bytes(cand, max_bytes)
    return data, hashlib.sha256(data).hexdigest()


def _parse(cand: _Candidate, data: bytes, digest: str) -> _Loaded:
    fmt = cand.format or FORMATS.get(cand.file.suffix.lower(), "txt")
    text, warnings = _decode(data, cand.shown, fmt == "html")
    meta = cand.meta
    page = _extract_html(text, cand.shown) if fmt == "html" else None
    if page is not None:
        text = page.text
    # The file's language was checked before reading (``_read_checked``).
    lines, marked = _scan(text, lexicon(meta.language or DEFAULT_LANGUAGE))
    if page is not None and not any(
        lines[i].words >= _MIN_ARTICLE_WORDS for i in range(len(lines)) if i not in marked
    ):
        raise FileProblem(cand.shown, "HTML has no article text (only navigation or boilerplate)")
    title = meta.title or (page.title if page else None) or _first_line(lines, marked, fmt == "md")
    parsed = Parsed(
        sha256=digest,
        format=fmt,
        title=_shorten(title) if title else Path(cand.shown).name,
        url=meta.url or (page.url if page else None),
        published=meta.published or (page.published if page else None),
        author=meta.author or (page.author if page else None),
        boilerplate=_spans(lines, marked),
        warnings=tuple(warnings),
    )
    return _Loaded(cand=cand, text=text, parsed=parsed)


def _ids(loaded: Sequence[_Loaded]) -> list[str]:
    return document_ids([item.cand for item in loaded])


def document_ids(cands: Sequence[_Candidate]) -> list[str]:
    """File stems; where two collide, prefixed with their directory (then more, until unique)."""
    return list(iter_document_ids(cands))


def iter_document_ids(
    cands: Sequence[_Candidate], sets: Callable[[], set[str] | NameSet | NameTable] = set
) -> Iterator[str]:
    """``document_ids`` in the candidates' order, as they are made.  Per file only how far its
    name had to go (a byte) is held, besides the names seen, in sets made by ``sets``: Python
    sets, ``compact.NameSet``s, which keep a few dozen bytes a name on disk (the client of
    a streamed report, ``engine``), or ``compact.NameTable``s, ~18-36 bytes a name in memory
    and faster (the incremental check, which makes every id on every run).  At
    20,000 files the four choices a file once held were ~14 MB at the peak of a report's
    planning, a list of names and a ``Counter`` of them ~3 MB."""

    def option(cand: _Candidate, depth: int) -> str:
        if depth == 3:
            return cand.shown.replace(os.sep, "/")
        name = file_name(cand.shown)
        if depth == 2:
            return f"{cand.directory}/{name}"
        bare = stem(name)
        return bare if depth == 0 else f"{cand.directory}/{bare}"

    level = bytearray(len(cands))
    for depth in range(1, 4):
        # A name chosen twice or more clashes: those files go one level further.
        once, twice = sets(), sets()
        for i, cand in enumerate(cands):
            name = option(cand, level[i])
            (twice if name in once else once).add(name)
        del once
        if not twice:
            break
        for i, cand in enumerate(cands):
            if option(cand, level[i]) in twice:
                level[i] = depth
        del twice
    assigned = sets()
    for i, cand in enumerate(cands):
        base = candidate = option(cand, level[i])
        n = 1
        while candidate in assigned:
            n += 1
            candidate = f"{base}~{n}"
        assigned.add(candidate)
        yield candidate


def load_corpus(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = 5_000_000,
    strict: bool = False,
    selection: Selection | None = None,
    stdin: BinaryIO | None = None,
) -> Corpus:
    """Read every article the PATHs name, in order.

    Raises ``InputError`` for whole-run problems (missing PATH, a directory or
    glob without a single article, malformed or escaping ``sources.toml``),
    and with ``strict`` for the first file that would otherwise be skipped.
    ``-`` reads one article from ``stdin`` (default: the process's standard
    input).  Files that are all skipped give an empty corpus, not an error:
    the caller decides (the pipeline refuses to judge nothing).
    """
    plan = _plan(paths, selection, max_bytes=max_bytes, stdin=stdin)
    loaded: list[_Loaded] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for cand in plan:
        try:
            loaded.append(_load(cand, max_bytes, seen))
        except FileProblem as problem:
            if strict:
                raise InputError(f"{problem.path}: {problem.reason}") from None
            skipped.append(Skipped(problem.path, problem.reason))
    documents = tuple(_document(doc_id, item) for doc_id, item in zip(_ids(loaded), loaded, strict=True))
    return Corpus(documents=documents, skipped=tuple(skipped))


def outlet_of(cand: _Candidate) -> str:
    return cand.meta.outlet or file_name(cand.shown)


def file_name(shown: str) -> str:
    """``Path(shown).name`` without making a path object (a few µs a file, twice a file a run)."""
    name = shown.rpartition(os.sep)[2]
    return name if name not in ("", ".", "..") and not (os.altsep and os.altsep in name) else Path(shown).name


def _document(doc_id: str, item: _Loaded) -> Document:
    cand, parsed = item.cand, item.parsed
    return Document(
        id=doc_id,
        path=cand.shown,
        text=item.text,
        outlet=outlet_of(cand),
        title=parsed.title,
        sha256=parsed.sha256,
        story=cand.story,
        published=parsed.published,
        author=parsed.author,
        url=parsed.url,
        format=parsed.format,
        boilerplate=parsed.boilerplate,
        warnings=parsed.warnings,
        language=cand.meta.language or DEFAULT_LANGUAGE,
    )
