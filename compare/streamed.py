"""The report's JSON written story by story, so that no process holds the whole report.

A run's memory used to grow with the corpus: the process writing the report
held every document (with its text), every fact and every finding until the
end, because the JSON lists all documents, then all facts, then all findings.
Yet every part of the report but the order of its lists is a function of one
story (its documents, their facts, its findings judged with the corpus's
outlet labels, its echoes).  So each story is turned into its part of the
JSON text where it is analysed (``story_part``: a worker, or this process),
the parts are appended to a temporary file as they arrive (``Assembly``), and
the report is written from that file in the order the JSON needs: documents
and facts in corpus order, findings by story, echoes by the story's first
document.  What stays in memory is a few numbers per document and per story.

The bytes are those of ``schema.report_to_dict`` over the whole report
(``tests/test_engine.py`` compares them with ``--engine local --jobs 1``
run the old way).
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, BinaryIO

from compare import jsontext
from compare.model import SCHEMA, Document, Fact, Finding, Report, Skipped


@dataclass(frozen=True)
class StoryPart:
    """One story's part of the report's JSON text, made where the story was analysed.

    ``documents`` and ``facts`` have one entry per document of the story that
    the report keeps (``docs``, in corpus order): the document's item of the
    ``documents`` list, and its facts' items joined as the list joins them
    ("" when it states none)."""

    story: str
    docs: tuple[str, ...]
    documents: tuple[str, ...]
    facts: tuple[str, ...]
    fact_counts: tuple[int, ...]
    findings: str
    verdicts: dict[str, int]
    echoes: str
    echo_count: int
    # The story's documents whose extraction failed or that were used in part.
    failed: tuple[Skipped, ...]


def story_part(
    story: str,
    documents: Sequence[Document],
    facts: Sequence[Fact],
    findings: Sequence[Finding],
    failed: Sequence[Skipped],
    *,
    echoes: bool = True,
) -> StoryPart:
    """The JSON text of one story: ``documents`` are the ones it keeps (failed ones dropped,
    partly used ones with their warning), ``facts`` theirs, ``findings`` judged; without
    ``echoes``, none are looked for (``facts`` lists none)."""
    from compare.echoes import find_echoes
    from compare.schema import _document_dict, echo_to_dict, fact_to_dict, finding_to_dict

    element, sep = jsontext.element, jsontext.SEPARATOR
    of_doc: dict[str, list[str]] = {doc.id: [] for doc in documents}
    for fact in facts:
        of_doc[fact.doc].append(element(fact_to_dict(fact)))
    found = find_echoes(documents) if echoes else []
    return StoryPart(
        story=story,
        docs=tuple(doc.id for doc in documents),
        documents=tuple(element(_document_dict(doc)) for doc in documents),
        facts=tuple(sep.join(of_doc[doc.id]) for doc in documents),
        fact_counts=tuple(len(of_doc[doc.id]) for doc in documents),
        findings=sep.join(element(finding_to_dict(f)) for f in findings),
        verdicts=Report(documents=(), facts=(), findings=tuple(findings)).summary(),
        echoes=sep.join(element(echo_to_dict(e)) for e in found),
        echo_count=len(found),
        failed=tuple(failed),
    )


@dataclass(frozen=True)
class PartIndex:
    """Where each piece of a story's part (``StoryPart``) is, as UTF-8 bytes: its pieces one after
    another (each document's item then its facts, in ``docs`` order, then the findings, then the
    echoes), ``sizes`` their lengths in bytes."""

    story: str
    docs: tuple[str, ...]
    fact_counts: tuple[int, ...]
    verdicts: dict[str, int]
    echo_count: int
    sizes: tuple[int, ...]

    def pieces(self) -> Iterator[tuple[int, int]]:
        """Each piece's offset from the first and its length, in ``sizes`` order."""
        at = 0
        for size in self.sizes:
            yield at, size
            at += size


@dataclass(frozen=True)
class EncodedPart(PartIndex):
    """A story's part with its pieces in ``blob``: what the check's cache keeps of a story
    (``incremental_check.PartRecords``)."""

    blob: bytes


@dataclass(frozen=True)
class FilePart(PartIndex):
    """A story's part recalled from the check's cache, its pieces from ``offset`` in ``file``:
    checked when it was read, copied into the report at write time without being read into
    memory before.  The file is kept open from the check to the copy, so that a run replacing
    the cache entry (a rename) cannot change the bytes that were checked; the ``Assembly`` it
    is added to closes it."""

    file: BinaryIO
    offset: int


def encoded(part: StoryPart) -> EncodedPart | None:
    """``part`` as UTF-8 bytes; None when a piece holds a lone surrogate (a file decoded badly),
    which only the text path shows as it shows any such text."""
    texts = [t for pair in zip(part.documents, part.facts, strict=True) for t in pair]
    texts += [part.findings, part.echoes]
    try:
        pieces = [t.encode("utf-8") for t in texts]
    except UnicodeEncodeError:
        return None
    return EncodedPart(
        story=part.story,
        docs=part.docs,
        fact_counts=part.fact_counts,
        verdicts=part.verdicts,
        echo_count=part.echo_count,
        sizes=tuple(len(piece) for piece in pieces),
        blob=b"".join(pieces),
    )


# Where a piece of text is in the spill file: offset and length in bytes.
_Where = tuple[int, int]


class _Spill:
    """Text appended to an unnamed temporary file and read back by position."""

    def __init__(self, directory: str | os.PathLike[str] | None) -> None:
        # Beside the report: /tmp may be a RAM disk, which would keep the report in memory.
        self.file = tempfile.TemporaryFile(dir=directory)
        self.end = 0
        self.dirty = False
        # A piece held a lone surrogate: its bytes are not UTF-8, so the text is read back as text.
        self.surrogates = False

    def put(self, text: str) -> _Where:
        if not text:
            return (self.end, 0)
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = text.encode("utf-8", "surrogatepass")
            self.surrogates = True
        return self.put_bytes(data)

    def put_bytes(self, data: bytes) -> _Where:
        if not data:
            return (self.end, 0)
        self.file.write(data)
        self.dirty = True
        where = (self.end, len(data))
        self.end += len(data)
        return where

    def get_bytes(self, where: _Where) -> bytes:
        offset, size = where
        if not size:
            return b""
        if self.dirty:
            self.file.flush()
            self.dirty = False
        data = os.pread(self.file.fileno(), size, offset)
        if len(data) != size:
            raise OSError(f"report spill file: short read at {offset}")
        return data

    def close(self) -> None:
        self.file.close()


@dataclass(frozen=True)
class Totals:
    """The counts of a written report, as ``report`` prints them."""

    documents: int
    facts: int
    findings: int
    summary: dict[str, int]


# What the assembly keeps of each story, by story number, in one ``SpillArray`` (``_FIELDS`` numbers
# a story, then one count a verdict in ``Report.summary``'s order): where its findings and echoes
# are, how many documents, facts and echoes it has.  A dict of tuples, a named tuple and the
# part's own dict of verdicts a story (its keys unpickled anew each time) were ~1.2 KB a story
# in the client, scattered among the heap's small blocks (session 19, docs/scaling.md).
_FINDINGS, _ECHOES, _DOCUMENTS, _FACTS, _ECHO_COUNT = 0, 2, 4, 5, 6
_FIELDS = 7


def _verdict_names() -> tuple[str, ...]:
    return tuple(Report(documents=(), facts=()).summary())


class Assembly:
    """The report's JSON, gathered story by story (``add``) in any order, written in the
    report's order (``chunks``).  ``order``: the id of every document the run read, in
    corpus order.  A story added again replaces its first part.

    Per document it keeps four integers (where its item and its facts are in the spill) and
    its story's number, in arrays kept in temporary files past their first pages: no memory
    that grows with the corpus, where a dict entry and two tuples a document were.  A part
    recalled from its own file (``FilePart``) stays there: its pieces are copied from that file
    when the report is written, not through the spill (up to ``_open_files()`` such files at a
    time; the parts beyond are copied into the spill)."""

    def __init__(self, order: Sequence[str], directory: str | os.PathLike[str] | None) -> None:
        from compare.compact import Numbered, SpillArray

        self.order = order
        self.spill = _Spill(directory)
        # Per document (corpus position): offset and length of its item, then of its facts;
        # its story's number, -1 while no part has it.  Past their first pages these are in
        # temporary files beside the spill (``compact.SpillArray``): a part is added, and the
        # report written, in corpus order story by story, so the pages in memory serve them.
        self.doc_at = SpillArray("q", directory)
        self.doc_at.grow(4 * len(order))
        self.story_at = SpillArray("i", directory, fill=-1)
        self.story_at.grow(len(order))
        # Per story, by number (the order of first ``add``): its name (a ``Numbered``, which
        # finds a name's number: no Python object a story, where a list and a dict of names
        # were ~0.2 KB a story), its numbers (``_FIELDS``, then its verdict counts), and what
        # failed in it when something did.
        self.story_names = Numbered(directory)
        self.verdicts = _verdict_names()
        self.width = _FIELDS + len(self.verdicts)
        self.stats = SpillArray("q", directory)
        self.failures: dict[int, tuple[Skipped, ...]] = {}
        self.facts = 0
        self._index: dict[str, int] | None = None
        # Per story number whose pieces are in an open file of its own (a recalled part): that
        # file (the others' pieces are in the spill).
        self.sources: dict[int, BinaryIO] = {}
        # Per story number whose part is in its file: where its pieces are, until they are first
        # read (``_get_bytes`` then asks for them all at once: ``_read_ahead``).
        self.unread: dict[int, _Where] = {}
        self._open = 0
        self._budget = _open_files()

    def add(self, part: StoryPart | EncodedPart | FilePart, positions: Sequence[int] | None = None) -> None:
        """``part`` of its story (as text, or as bytes copied unread, or in its file until the
        report is written); ``positions``: the corpus position of each of its documents (found
        from ``order`` when not given).  The assembly owns a ``FilePart``'s file from now on."""
        if isinstance(part, FilePart) and self._open >= self._budget:
            part = _read_in(part)
        if positions is None:
            if self._index is None:
                self._index = {doc_id: i for i, doc_id in enumerate(self.order)}
            positions = [self._index[doc_id] for doc_id in part.docs]
        number = self.story_names.number(part.story)
        if number is not None:
            self.facts -= self.stats[self.width * number + _FACTS]
            for i, at in enumerate(self.story_at):
                if at == number:
                    self.story_at[i] = -1
            self._close_source(number)
        else:
            number = self.story_names.add(part.story)
            self.stats.grow(self.width)
        if isinstance(part, FilePart):
            self.sources[number] = part.file
            self._open += 1
            self.unread[number] = (part.offset, sum(part.sizes))
            where = [(part.offset + at, size) for at, size in part.pieces()]
            failed: tuple[Skipped, ...] = ()  # a recalled part is one whose every document was kept
        elif isinstance(part, EncodedPart):
            start = self.spill.put_bytes(part.blob)[0]
            where = [(start + at, size) for at, size in part.pieces()]
            failed = ()
        else:
            put = self.spill.put
            where = [put(t) for pair in zip(part.documents, part.facts, strict=True) for t in pair]
            where += [put(part.findings), put(part.echoes)]
            failed = part.failed
        doc_at = self.doc_at
        for k, i in enumerate(positions):
            doc_at[4 * i], doc_at[4 * i + 1] = where[2 * k]
            doc_at[4 * i + 2], doc_at[4 * i + 3] = where[2 * k + 1]
            self.story_at[i] = number
        facts = sum(part.fact_counts)
        numbers = [*where[-2], *where[-1], len(part.docs), facts, part.echo_count]
        numbers += [part.verdicts[verdict] for verdict in self.verdicts]
        stats, at = self.stats, self.width * number
        for k, value in enumerate(numbers):
            stats[at + k] = value
        if failed:
            self.failures[number] = failed
        else:
            self.failures.pop(number, None)
        self.facts += facts

    def fact_count(self) -> int:
        return self.facts

    def failed(self) -> list[Skipped]:
        """The documents whose extraction failed or that were used in part, story by story."""
        return [s for number in sorted(self.failures) for s in self.failures[number]]

    def _field(self, number: int, field: int) -> int:
        value: int = self.stats[self.width * number + field]
        return value

    def _where(self, number: int, field: int) -> _Where:
        return self._field(number, field), self._field(number, field + 1)

    def totals(self) -> Totals:
        summary = Report(documents=(), facts=()).summary()
        documents = 0
        for number in range(len(self.story_names)):
            documents += self._field(number, _DOCUMENTS)
            for k, verdict in enumerate(self.verdicts):
                summary[verdict] += self._field(number, _FIELDS + k)
        return Totals(documents=documents, facts=self.facts, findings=sum(summary.values()), summary=summary)

    def chunks(
        self,
        skipped: Sequence[Skipped],
        extra: Mapping[str, Any] | None = None,
        *,
        facts_only: bool = False,
    ) -> Iterator[str]:
        """The report's JSON text in chunks (as ``schema.dump_chunks`` writes it); ``skipped``
        are every file left out, in the order the report lists them; ``extra`` are keys
        written after the report's (``check``'s JSON adds the gate's outcome).  With
        ``facts_only``, the ``facts`` command's JSON (documents, facts, skipped)."""

        def get(where: _Where, number: int) -> str:
            return self._get_bytes(where, number).decode("utf-8", "surrogatepass")

        yield from jsontext.iter_text(self._data(skipped, extra, get, facts_only))
        yield "\n"

    def output(
        self,
        skipped: Sequence[Skipped],
        extra: Mapping[str, Any] | None = None,
        *,
        facts_only: bool = False,
    ) -> Iterator[str] | Iterator[bytes]:
        """``chunks`` as UTF-8 bytes, the spilled pieces copied, not decoded and encoded again;
        as text when a piece held a lone surrogate (its writer encodes that as it encodes any
        text that holds one)."""
        if self.spill.surrogates:
            return self.chunks(skipped, extra, facts_only=facts_only)
        return self._bytes(skipped, extra, facts_only)

    def _bytes(
        self, skipped: Sequence[Skipped], extra: Mapping[str, Any] | None, facts_only: bool
    ) -> Iterator[bytes]:
        yield from jsontext.iter_bytes(self._data(skipped, extra, self._get_bytes, facts_only))
        yield b"\n"

    def _get_bytes(self, where: _Where, number: int) -> bytes:
        """A piece of story ``number``'s part: from its file, or from the spill."""
        source = self.sources.get(number)
        if source is None:
            return self.spill.get_bytes(where)
        if number in self.unread:
            _read_ahead(source, *self.unread.pop(number))
        offset, size = where
        data = os.pread(source.fileno(), size, offset) if size else b""
        if len(data) != size:
            raise OSError(f"{getattr(source, 'name', 'a report part')}: short read at {offset}")
        return data

    def _close_source(self, number: int) -> None:
        self.unread.pop(number, None)
        source = self.sources.pop(number, None)
        if source is not None:
            self._open -= 1
            source.close()

    def _first_seen(self) -> array[int]:
        """The story numbers in the order of each story's first kept document (echoes come so)."""
        seen = bytearray(len(self.story_names))
        first_seen = array("i")
        for number in self.story_at:
            if number >= 0 and not seen[number]:
                seen[number] = 1
                first_seen.append(number)
        return first_seen

    def _kept(self, which: int, get: Callable[[_Where, int], Any]) -> Iterator[Any]:
        """The kept documents' pieces in corpus order: their items (``which`` 0) or their facts (2).

        The pieces of consecutive documents of one story go out joined, as one
        piece of the list (``jsontext.Rendered`` takes items joined by its
        separator): the writer then handles a piece a story, not two a document
        (20,000 at 10,000 articles).  A run is cut once it holds ``_RUN`` characters.
        """
        doc_at = self.doc_at
        run: list[Any] = []
        size = 0
        current = -1
        for i, number in enumerate(self.story_at):
            if number < 0:
                continue
            if run and (number != current or size >= _RUN):
                yield _joined(run)
                run, size = [], 0
            current = number
            piece = get((doc_at[4 * i + which], doc_at[4 * i + which + 1]), number)
            if piece:  # an empty piece is no item (a document without facts)
                run.append(piece)
                size += len(piece)
        if run:
            yield _joined(run)

    def _data(
        self,
        skipped: Sequence[Skipped],
        extra: Mapping[str, Any] | None,
        get: Callable[[_Where, int], Any],
        facts_only: bool = False,
    ) -> dict[str, Any]:
        """The report's data, its lists' items read with ``get`` (text or bytes) from where
        each story's part is.  The lists are generators: each piece is read when the writer
        reaches it, never the whole report at once."""
        from compare.schema import _skipped_dict

        first_seen = self._first_seen()
        totals = self.totals()
        echoes = sum(self._field(number, _ECHO_COUNT) for number in range(len(self.story_names)))
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "documents": jsontext.Rendered(self._kept(0, get), totals.documents),
            "facts": jsontext.Rendered(self._kept(2, get), totals.facts),
            "skipped": jsontext.Mapped(skipped, _skipped_dict),
        }
        if facts_only:  # schema.facts_to_dict
            return data
        data |= {
            "findings": jsontext.Rendered(
                (get(self._where(n, _FINDINGS), n) for n in self._by_name()), totals.findings
            ),
            "summary": totals.summary,
            "echoes": jsontext.Rendered((get(self._where(n, _ECHOES), n) for n in first_seen), echoes),
            **(extra or {}),
        }
        return data

    def _by_name(self) -> array[int]:
        """The story numbers in the order of the stories' names (findings come by story name)."""
        names = self.story_names
        return array("i", sorted(range(len(names)), key=names.__getitem__))

    def close(self) -> None:
        for number in list(self.sources):
            self._close_source(number)
        self.spill.close()
        self.story_names.close()
        self.doc_at.close()
        self.story_at.close()
        self.stats.close()


# How much of a story's documents (or facts) ``Assembly._kept`` joins into one piece at most:
# as ``jsontext._CHUNK``, a transient of the writing that sits on top of what the run keeps.
_RUN = 1 << 18
_SEPARATOR_BYTES = jsontext.SEPARATOR.encode()


def _joined(pieces: list[Any]) -> Any:
    """List items (text, or UTF-8 bytes) joined as a top-level list joins them."""
    if len(pieces) == 1:
        return pieces[0]
    return (_SEPARATOR_BYTES if type(pieces[0]) is bytes else jsontext.SEPARATOR).join(pieces)


def _read_ahead(file: BinaryIO, offset: int, size: int) -> None:
    """Ask the kernel to read ``size`` bytes of ``file`` from ``offset`` now (``POSIX_FADV_WILLNEED``):
    a recalled part is copied into the report whole, piece by piece.  When its pages are not in
    the page cache (a run after the machine did other work: this sandbox's kernel pages out file
    pages idle for a minute), reading it on demand came in readahead windows of 128 KiB, 265 MB
    at 10,000 articles, and cost a warm + 1 run ~0.3 CPU s more than asking for each part at
    once (docs/scaling.md, session 18).  Only advice: where the call does not exist (macOS) or
    fails, the pieces are read on demand as before; the bytes copied are the same."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None or not size:
        return
    try:
        advise(file.fileno(), offset, size, os.POSIX_FADV_WILLNEED)
    except (OSError, ValueError):
        pass


def _read_in(part: FilePart) -> EncodedPart:
    """``part`` with its bytes read from its file (which is closed)."""
    with part.file:
        size = sum(part.sizes)
        blob = os.pread(part.file.fileno(), size, part.offset) if size else b""
    if len(blob) != size:
        raise OSError(f"{getattr(part.file, 'name', 'a report part')}: short read at {part.offset}")
    return EncodedPart(**{f.name: getattr(part, f.name) for f in fields(PartIndex)}, blob=blob)


def _open_files() -> int:
    """How many recalled parts an assembly keeps open: half of what this process may open
    (raised to its hard limit, up to 65,536, when that is higher), so that the run's other
    files and the pool's pipes always find descriptors."""
    try:
        import resource
    except ImportError:  # not POSIX: every part goes through the spill
        return 0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft != resource.RLIM_INFINITY and soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
            soft = want
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        soft = 65536
    return max(0, soft // 2 - 64)
