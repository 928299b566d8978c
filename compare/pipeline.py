"""The stages wired together: load → extract → align → judge → render."""

from __future__ import annotations

import contextlib
import functools
import signal
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compare.cache import FactCache
from compare.corpus import Corpus, load_corpus
from compare.errors import InputError
from compare.extract import extract_first
from compare.model import Document, Fact, Finding, Report, Skipped
from compare.options import UNCAPPED, Options
from compare.progress import Progress

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from compare.incremental import StoryResult

# Below this many documents a process pool costs more than it saves.
_PARALLEL_MIN_DOCS = 16


def _worker_init() -> None:
    # Ctrl-C and SIGTERM are the parent's to handle: a worker ignores Ctrl-C
    # (the parent stops the pool) and dies quietly on SIGTERM, so no worker
    # prints a traceback into the user's terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


# The facts of one document (its first ``max_facts`` when a limit applies) and
# how many it states; or why extracting them failed.
_Result = tuple[tuple[Fact, ...], int] | str


def _extract_one(doc: Document, limit: int | None = None) -> _Result:
    """The facts of ``doc`` (only the first ``limit`` are built) and their number, or why extracting failed.

    A bug met on one hostile file (an input no test foresaw) must cost that
    file, not the run: the caller skips it with a warning naming it, or stops
    under ``--strict``.
    """
    try:
        return extract_first(doc, limit)
    except Exception as exc:  # noqa: BLE001 - any bug in extraction, reported per file
        detail = " ".join(str(exc).split())[:200]
        return f"extraction failed ({type(exc).__name__}{': ' + detail if detail else ''})"


def _extract_many(docs: Sequence[Document], limit: int | None = None) -> list[_Result]:
    return [_extract_one(d, limit) for d in docs]


def _chunks(items: Sequence[Document], n: int) -> Iterable[Sequence[Document]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def extract_documents(
    documents: Sequence[Document],
    options: Options = UNCAPPED,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    failed: list[Skipped] | None = None,
) -> tuple[Fact, ...]:
    """Facts of every document, in document order; identical whatever ``jobs`` is.

    Of ``options`` it reads ``cache_dir``, ``strict`` and ``max_facts`` (by
    default: no cache, not strict, every fact).  A document whose extraction
    fails contributes no facts and is added to ``failed`` (the caller drops
    it from the documents), or, with ``strict`` or no ``failed`` list, ends
    the run with an ``InputError`` naming it.  A document with more than
    ``max_facts`` facts keeps its first ``max_facts`` and is added to
    ``failed`` as a ``partial`` entry (the caller gives the document that
    warning; see ``_without``).
    """
    cache = FactCache(options.cache_dir) if options.cache_dir is not None else None
    # Facts past the limit are not built, unless they are cached: the cache
    # keeps every fact, so that a warm run with another limit cuts like a
    # cold one.
    limit = options.max_facts if cache is None else None
    results: dict[int, _Result] = {}
    todo: list[int] = []
    for i, doc in enumerate(documents):
        cached = cache.load(doc) if cache else None
        if cached is not None:
            results[i] = (cached, len(cached))
        else:
            todo.append(i)
    _extract_todo(documents, todo, results, limit, jobs, progress)
    out: list[Fact] = []
    todo_set = set(todo)
    for i, doc in enumerate(documents):
        kept = _kept(doc, results[i], options, failed, progress)
        if kept is None:
            continue
        if cache and i in todo_set:
            cache.store(doc, kept[1])  # whole: the cache does not depend on the limit
        out.extend(kept[0])
    return tuple(out)


def _extract_todo(
    documents: Sequence[Document],
    todo: list[int],
    results: dict[int, _Result],
    limit: int | None,
    jobs: int,
    progress: Progress | None,
) -> None:
    """Extract the documents at ``todo`` into ``results``, in worker processes when ``jobs`` > 1."""
    found = sum(f[1] for f in results.values() if isinstance(f, tuple))

    def note(done: int, facts: _Result) -> None:
        # Counted as results come in: summing all results per file was quadratic.
        nonlocal found
        found += facts[1] if isinstance(facts, tuple) else 0
        if progress:
            progress.update(f"extracting: {done}/{len(documents)} files, {found} facts")

    pending = [documents[i] for i in todo]
    if jobs > 1 and len(pending) >= _PARALLEL_MIN_DOCS:
        size = max(4, min(64, len(pending) // (jobs * 4) or 1))
        from concurrent.futures import ProcessPoolExecutor  # 10 ms of imports: only with --jobs

        with ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init) as pool:
            batches = list(_chunks(pending, size))
            offset = 0
            extracted = pool.map(functools.partial(_extract_many, limit=limit), batches)
            for batch, facts_list in zip(batches, extracted, strict=True):
                for j, facts in enumerate(facts_list):
                    results[todo[offset + j]] = facts
                    note(len(results), facts)
                offset += len(batch)
    else:
        for i in todo:
            results[i] = _extract_one(documents[i], limit)
            note(len(results), results[i])


def _kept(
    doc: Document,
    result: _Result,
    options: Options,
    failed: list[Skipped] | None,
    progress: Progress | None,
) -> tuple[tuple[Fact, ...], tuple[Fact, ...]] | None:
    """A document's facts as (compared, whole), or None when its extraction failed.

    A failure ends the run (``strict``, or nobody to tell) or is added to
    ``failed``; facts past ``max_facts`` are cut, with a ``partial`` warning.
    """
    if isinstance(result, str):
        if options.strict or failed is None:
            raise InputError(f"{doc.path}: {result}")
        failed.append(Skipped(doc.path, result))
        if progress:
            progress.warn(failed[-1].line())
        return None
    whole, stated = result
    max_facts = options.max_facts
    if max_facts is None or stated <= max_facts:
        return whole, whole
    partial = _capped(doc, stated, max_facts)
    if failed is not None:
        failed.append(partial)
    if progress:
        progress.warn(partial.line())
    return whole[:max_facts], whole


def _capped(doc: Document, found: int, max_facts: int) -> Skipped:
    return Skipped(
        doc.path,
        f"{found:,} facts found; only the first {max_facts:,} are compared "
        f"(raise --max-facts, now {max_facts}, to compare more)",
        partial=True,
    )


def load(paths: Sequence[str], options: Options, progress: Progress | None) -> Corpus:
    """The corpus the PATHs name, its warnings reported; an error when not one article could be read."""
    corpus = load_corpus(
        paths, max_bytes=options.max_bytes, strict=options.strict, selection=options.selection
    )
    return announce(corpus, progress)


def announce(corpus: Corpus, progress: Progress | None) -> Corpus:
    """``corpus`` after its skipped files and documents' warnings are reported; an error when
    not one article could be read (however the corpus was loaded)."""
    if progress:
        for skipped in corpus.skipped:
            progress.warn(f"{skipped.path}: {skipped.reason} (skipped)")
        for doc in corpus.documents:
            for warning in doc.warnings:
                progress.warn(f"{doc.path}: {warning}")
    if not corpus.documents:
        raise nothing_read(corpus.skipped)
    return corpus


def nothing_read(skipped: Sequence[Skipped]) -> InputError:
    # A gate that read nothing must not pass.
    first = f"; first: {skipped[0].path}: {skipped[0].reason}" if skipped else ""
    return InputError(f"no article could be read ({len(skipped)} skipped{first})")


def extract(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    progress: Any = None,
    **options: Any,
) -> Report:
    """Load and extract: a report with documents and facts but no findings yet.

    ``options`` are the fields of :class:`compare.options.Options` (``strict``,
    ``max_bytes``, ``max_facts``, ``selection``, ``cache_dir``), as keywords.
    """
    return _extract(paths, Options(**options), jobs, progress)


def _extract(paths: Sequence[str], options: Options, jobs: int, progress: Any) -> Report:
    corpus = load(paths, options, progress)
    failed: list[Skipped] = []
    facts = extract_documents(corpus.documents, options, jobs=jobs, progress=progress, failed=failed)
    documents = _without(corpus.documents, failed)
    return Report(documents=documents, facts=facts, skipped=(*corpus.skipped, *skipped_only(failed)))


def _without(documents: Sequence[Document], failed: Sequence[Skipped]) -> tuple[Document, ...]:
    """The documents whose extraction did not fail (a failed one is listed under ``skipped``).

    A document used only in part (``Skipped.partial``) stays, with the reason
    added to its warnings, so the JSON and the HTML say what was left out.
    """
    gone = {s.path for s in failed if not s.partial}
    notes: dict[str, list[str]] = {}
    for s in failed:
        if s.partial:
            notes.setdefault(s.path, []).append(s.reason)
    return tuple(
        replace(d, warnings=(*d.warnings, *notes[d.path])) if d.path in notes else d
        for d in documents
        if d.path not in gone
    )


def skipped_only(failed: Sequence[Skipped]) -> tuple[Skipped, ...]:
    """The entries of ``failed`` that name files left out (not the ones used in part)."""
    return tuple(s for s in failed if not s.partial)


def run(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    progress: Any = None,
    **options: Any,
) -> Report:
    """The whole analysis: documents, facts, and judged findings.

    ``options`` are the fields of :class:`compare.options.Options`, as
    keywords: ``pipeline.run(paths, jobs=1, strict=True)``.
    """
    return _run(paths, Options(**options), jobs, progress)


def _run(paths: Sequence[str], options: Options, jobs: int, progress: Any) -> Report:
    from compare.incremental import finish
    from compare.judge import outlet_labels

    corpus = load(paths, options, progress)
    documents = tuple(corpus.documents)
    labels = outlet_labels(documents)
    failed: list[Skipped] = []
    facts, results = analyse(documents, labels, options, jobs=jobs, progress=progress, failed=failed)
    documents = _without(documents, failed)
    findings = finish(results, documents, options.cache_dir)
    if progress:
        progress.clear()
    return conclude(documents, facts, findings, (*corpus.skipped, *skipped_only(failed)))


def analyse(
    documents: Sequence[Document],
    labels: dict[str, str],
    options: Options,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    failed: list[Skipped],
    pool: Executor | None = None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Extract and align ``documents`` (whole stories): their facts in document order and
    each story's alignment in story order, not judged yet.

    ``labels`` are the outlet labels of the whole corpus, which ``documents``
    may be only part of; documents whose extraction failed, or that are used
    only in part, go to ``failed`` (see ``extract_documents``).  ``pool``: the
    ``worker_pool`` of a caller that analyses several runs of stories, used
    instead of a pool of its own when the stories go out one task each.
    """
    from compare.incremental import align_story

    stories = _by_story(documents)
    if jobs > 1 and len(stories) > 1 and len(documents) >= _PARALLEL_MIN_DOCS:
        return _analyse_stories(documents, stories, labels, options, jobs, progress, failed, pool)
    # One story (or one worker): extraction alone spreads over processes;
    # alignment compares within a story and runs here.
    facts = extract_documents(documents, options, jobs=jobs, progress=progress, failed=failed)
    kept = _without(documents, failed)
    stories = _by_story(kept)
    if progress:
        progress.update("aligning facts across outlets", force=True)
    facts_of: dict[str, list[Fact]] = {story: [] for story in stories}
    story_of = {doc.id: doc.story for doc in kept}
    for fact in facts:
        facts_of[story_of[fact.doc]].append(fact)
    results = [
        align_story(story, stories[story], facts_of[story], labels, options.cache_dir)
        for story in sorted(stories)
    ]
    return facts, results


def conclude(
    documents: tuple[Document, ...],
    facts: tuple[Fact, ...],
    findings: Sequence[Finding],
    skipped: tuple[Skipped, ...],
) -> Report:
    """The report of a run: its findings plus the passages outlets share (echoes).

    Echoes are computed here, once, so the JSON, the HTML and the PDF show the
    same ones (each story is scanned in linear time; see ``echoes.py``).
    """
    from compare.echoes import find_echoes

    return Report(
        documents=documents,
        facts=facts,
        findings=tuple(findings),
        skipped=skipped,
        echoes=find_echoes(documents),
    )


def _by_story(documents: Sequence[Document]) -> dict[str, list[Document]]:
    stories: dict[str, list[Document]] = {}
    for doc in documents:
        stories.setdefault(doc.story, []).append(doc)
    return stories


def _story_work(
    docs: Sequence[Document],
    labels: dict[str, str],
    options: Options,
) -> tuple[tuple[Fact, ...], StoryResult, list[Skipped]]:
    """Extract (or read from the fact cache) and align one story, in a worker.

    The worker reads and fills the caches itself, so cached facts never
    travel to it; facts and groups travel back in one pickle, so a group's
    facts are the very objects of the story's fact list, not copies.
    """
    from compare.incremental import align_story

    failed: list[Skipped] = []
    facts = extract_documents(docs, options, failed=failed)
    kept = _without(docs, failed)
    return facts, align_story(docs[0].story, kept, facts, labels, options.cache_dir), failed


def _analyse_stories(
    documents: Sequence[Document],
    stories: dict[str, list[Document]],
    labels: dict[str, str],
    options: Options,
    jobs: int,
    progress: Progress | None,
    failed: list[Skipped],
    pool: Executor | None = None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Extraction and alignment of whole stories in parallel, one task a story.

    Stories are independent in both stages, so a worker that has extracted a
    story's facts aligns them too: nothing crosses processes but the texts
    going out and the facts and groups coming back.  Largest stories first,
    so that a big one does not start last.  The result is the serial one:
    facts in document order, groups in story order.
    """
    order = sorted(stories, key=lambda story: (-len(stories[story]), story))
    facts_of: dict[str, list[Fact]] = {doc.id: [] for doc in documents}
    groups_of: dict[str, StoryResult] = {}
    from concurrent.futures import as_completed  # only with --jobs

    with worker_pool(jobs) if pool is None else contextlib.nullcontext(pool) as pool:
        futures = {
            pool.submit(_story_work, docs, {d.id: labels[d.id] for d in docs}, options): story
            for story in order
            for docs in (stories[story],)
        }
        done_docs = found = 0
        for future in as_completed(futures):
            story = futures[future]
            story_facts, result, story_failed = future.result()
            for skipped in story_failed:
                if progress:
                    progress.warn(skipped.line())
            failed.extend(story_failed)
            for fact in story_facts:
                facts_of[fact.doc].append(fact)
            groups_of[story] = result
            done_docs += len(stories[story])
            found += len(story_facts)
            if progress:
                progress.update(
                    f"extracting and aligning: {len(groups_of)}/{len(stories)} stories, "
                    f"{done_docs}/{len(documents)} files, {found} facts"
                )
    failed.sort(key=lambda skipped: skipped.path)  # stories finish in any order
    facts = tuple(f for doc in documents for f in facts_of[doc.id])
    return facts, [groups_of[story] for story in sorted(groups_of)]


def worker_pool(jobs: int) -> Executor:
    """The pool of ``jobs`` worker processes ``analyse`` starts for a set of stories (its
    workers start on the first task)."""
    from concurrent.futures import ProcessPoolExecutor  # 10 ms of imports: only with --jobs

    return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)


def output_dir(out: Path) -> Path:
    """``out``, created if need be; a one-line error when it cannot be."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create output directory ({exc.strerror or exc})") from None
    if not out.is_dir():
        raise InputError(f"{out}: not a directory")
    return out


def write_reports(report: Report, out: Path, formats: Sequence[str]) -> list[Path]:
    """Render every requested format, then replace the files together, atomically."""
    from compare.atomic import Payload, write_atomic_many
    from compare.render import REPORT_FORMATS

    output_dir(out)
    payloads: list[tuple[Path, Payload]] = [
        (out / f.filename, f.render(report)) for name, f in REPORT_FORMATS.items() if name in formats
    ]
    try:
        write_atomic_many(payloads)
    except OSError as exc:
        raise InputError(f"{out}: cannot write report ({exc.strerror or exc})") from None
    return [path for path, _ in payloads]
