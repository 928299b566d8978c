"""Where the stages run: in this process, in a pool of processes, or on a Dask cluster.

The pipeline is a map over documents (extraction) followed by a group per
story (alignment), so it runs on any engine that can map and group; every
engine calls the same stage functions and gives the same bytes out.

``local``
    ``pipeline.run``: one process, or ``jobs`` worker processes taking whole
    stories (see ``pipeline._analyse_stories``).

``dask``
    A ``dask.distributed`` cluster: the scheduler at ``scheduler``, or, with
    no address, a ``LocalCluster`` of ``jobs`` single-threaded worker
    processes on 127.0.0.1.  The client reads the corpus (it is the one that
    knows the paths and the manifests), then submits

    * one extraction task per batch of documents of one story (a batch is a
      few documents, about ``_BATCH_CHARS`` characters of text, so that the
      scheduler's cost per task, about a millisecond, stays small beside the
      task's own), which reads and fills the fact cache on the worker;
    * one alignment task per story, depending on that story's extraction
      tasks, which returns the story's facts and groups in one message (so a
      group's facts are the very objects of the fact list), or, when the
      findings cache knows the story's facts, the findings it had
      (``compare.incremental``).

    The client gathers the stories as they finish, puts facts back in
    document order and groups in story order, judges (judging needs the
    outlet labels of the whole corpus and is 1-2 % of the work), stores the
    new findings in the cache, and the caller writes the reports atomically
    as for a local run.

    Faults: tasks are pure functions of their inputs, so when a worker dies
    the scheduler reruns what it held on another worker and the result does
    not change; a worker that fails a task with an exception fails the run
    with a one-line error (an article that cannot be extracted is handled
    inside the extraction function itself, as locally).  Ctrl-C cancels the
    run's tasks, closes the client (and a cluster it started) and leaves the
    previous reports untouched, because nothing is written before the end.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from compare.errors import InputError
from compare.model import Document, Fact, Report, Skipped
from compare.options import DEFAULT_MAX_FACTS, DEFAULTS, Options

if TYPE_CHECKING:
    from compare.incremental import StoryResult

EngineKind = Literal["local", "dask"]
ENGINES: tuple[EngineKind, ...] = ("local", "dask")
SCHEDULER_ENV = "DIVERGENCE_SCHEDULER"
INSTALL_HINT = "pip install 'divergence[dask]'"

# Characters of article text per extraction task: about 0.2 s of extraction
# at 160,000 words a second, against about 1 ms of scheduling.
_BATCH_CHARS = 200_000
_BATCH_DOCS = 64
# How long to wait for a scheduler before saying it cannot be reached.
_CONNECT_TIMEOUT = "20s"


@dataclass(frozen=True)
class Engine:
    """How to run the stages: one options object, as black's ``Mode``."""

    kind: EngineKind = "local"
    jobs: int = 1
    scheduler: str | None = None


def run(
    paths: Sequence[str],
    options: Options = DEFAULTS,
    *,
    engine: Engine = Engine(),
    progress: Any = None,
) -> Report:
    """The whole analysis on ``engine``: the same ``Report`` whatever the engine."""
    from compare import pipeline

    if engine.kind == "local":
        return pipeline.run(paths, jobs=engine.jobs, progress=progress, **options.keywords())
    documents, facts, results, skipped = _analysed(paths, options, engine, progress, align=True)
    from compare.incremental import finish

    findings = finish(results, documents, options.cache_dir)
    if progress:
        progress.clear()
    return pipeline.conclude(documents, facts, findings, skipped)


def extract(
    paths: Sequence[str],
    options: Options = DEFAULTS,
    *,
    engine: Engine = Engine(),
    progress: Any = None,
) -> Report:
    """Load and extract on ``engine``: documents and facts, no findings."""
    from compare import pipeline

    if engine.kind == "local":
        return pipeline.extract(paths, jobs=engine.jobs, progress=progress, **options.keywords())
    documents, facts, _, skipped = _analysed(paths, options, engine, progress, align=False)
    if progress:
        progress.clear()
    return Report(documents=documents, facts=facts, skipped=skipped)


def _analysed(
    paths: Sequence[str],
    options: Options,
    engine: Engine,
    progress: Any,
    *,
    align: bool,
) -> tuple[tuple[Document, ...], tuple[Fact, ...], list[StoryResult], tuple[Skipped, ...]]:
    """The dask path shared by ``run`` and ``extract``: load, analyse on ``engine``, drop failed documents.

    Returns the documents whose extraction did not fail, their facts, each
    story's alignment (empty when ``align`` is false) and every skipped input
    (the corpus's, then the failed extractions).
    """
    from compare import pipeline
    from compare.corpus.remote import is_url

    failed: list[Skipped] = []
    if not any(is_url(str(p)) for p in paths):
        corpus = pipeline.load(paths, options, progress)
        documents = tuple(corpus.documents)
        facts, results = analyse(
            documents, options, engine=engine, progress=progress, align=align, failed=failed
        )
    else:
        with _client(engine) as client:
            corpus, sources = _load_on_cluster(client, paths, options, progress)
            documents = tuple(corpus.documents)
            facts, results = _on_cluster(client, documents, options, progress, align, failed, None, sources)
        # The workers read the articles: the documents come back from the stories' tasks.
        documents = tuple(sources.documents.get(doc.id, doc) for doc in documents)
    skipped = (*corpus.skipped, *pipeline.skipped_only(failed))
    return pipeline._without(documents, failed), facts, results, skipped


# Files per load task when the workers read the articles (their size is not known before).
_LOAD_DOCS = 32


@dataclass
class _Sources:
    """Where the workers find documents they read themselves: by document id, the load task's
    future and the position in its result; and the documents (with their text) as the stories'
    tasks send them back."""

    futures: dict[str, tuple[Any, int]]
    documents: dict[str, Document]


def _load_on_cluster(
    client: Any, paths: Sequence[str], options: Options, progress: Any
) -> tuple[Any, _Sources]:
    """The corpus of ``paths``, the files named by URL read and parsed by the workers.

    The client plans (lists the files, reads the manifests) and reads local
    files itself; each batch of a story's URL files is one load task, whose
    result (the texts) stays on its worker while a small summary (everything
    but the text) comes back.  ``corpus.resolve`` then decides, in input order,
    what is kept and skipped (duplicates, ``--strict``) exactly as a sequential
    load would, the client gives the document ids, and the documents of URL
    files stay text-less stubs until their stories' tasks return them."""
    from compare import corpus as loader
    from compare import pipeline

    plan = loader._plan(paths, options.selection, max_bytes=options.max_bytes)
    results: list[Any] = [None] * len(plan)
    tasks: list[tuple[list[int], Any, Any]] = []
    batch: list[int] = []

    def submit() -> None:
        load = client.submit(load_batch, [plan[j] for j in batch], options.max_bytes, pure=False)
        tasks.append((batch, load, client.submit(summarise, load, pure=False)))

    for i, cand in enumerate(plan):
        if batch and (cand.url is None or len(batch) >= _LOAD_DOCS or cand.story != plan[batch[-1]].story):
            submit()
            batch = []
        if cand.url is not None:
            batch.append(i)
    if batch:
        submit()
    try:
        for i, cand in enumerate(plan):
            if cand.url is None:  # a local path or standard input: this process reads it
                results[i] = loader._load_one(cand, options.max_bytes)
        futures: dict[int, tuple[Any, int]] = {}
        for indices, load, summary in tasks:
            for k, (i, result) in enumerate(zip(indices, summary.result(), strict=True)):
                results[i] = result
                futures[i] = (load, k)
    except BaseException:
        with contextlib.suppress(Exception):
            client.cancel([f for _, load, summary in tasks for f in (load, summary)], force=True)
        raise
    where = {id(result): i for i, result in enumerate(results)}
    loaded, skipped = loader.resolve(plan, results, strict=options.strict)
    documents = tuple(
        loader._document(doc_id, item) for doc_id, item in zip(loader._ids(loaded), loaded, strict=True)
    )
    sources = _Sources(
        futures={
            doc.id: futures[where[id(item)]]
            for doc, item in zip(documents, loaded, strict=True)
            if where[id(item)] in futures
        },
        documents={},
    )
    corpus = pipeline.announce(loader.Corpus(documents=documents, skipped=tuple(skipped)), progress)
    return corpus, sources


def load_batch(cands: Sequence[Any], max_bytes: int) -> list[Any]:
    """One load task, on a worker: each file read and parsed (``corpus._load_one``)."""
    from compare.corpus import _load_one

    return [_load_one(cand, max_bytes) for cand in cands]


def summarise(results: Sequence[Any]) -> list[Any]:
    """What the client needs of a load task's result: all but the texts."""
    from dataclasses import replace

    from compare.corpus import _Loaded

    return [replace(r, text="") if isinstance(r, _Loaded) else r for r in results]


def extract_loaded(
    loaded: Sequence[Any],
    stubs: Sequence[tuple[int, Document]],
    cache_dir: str | None,
    strict: bool = False,
    max_facts: int | None = DEFAULT_MAX_FACTS,
) -> Batch:
    """``extract_batch`` over documents a load task read on the cluster: each stub (a
    document without its text) gets the text at its position in ``loaded``."""
    from dataclasses import replace

    docs = [replace(stub, text=loaded[k].text) for k, stub in stubs]
    return extract_batch(docs, cache_dir, strict, max_facts)


def analyse_stories(
    documents: Sequence[Document],
    labels: dict[str, str],
    options: Options,
    *,
    engine: Engine,
    progress: Any,
    failed: list[Skipped],
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Extract and align ``documents`` (whole stories, part of a corpus whose outlet labels are
    ``labels``) on ``engine``: their facts in document order and each story's alignment in story
    order, not judged yet; failed or partly used documents go to ``failed``.  The one place that
    chooses between this process or a pool (``pipeline.analyse``) and Dask (``analyse``) for a set
    of stories, as ``run`` and ``extract`` do for a corpus."""
    if engine.kind == "dask":
        return analyse(documents, options, engine=engine, labels=labels, progress=progress, failed=failed)
    from compare import pipeline

    return pipeline.analyse(documents, labels, options, jobs=engine.jobs, progress=progress, failed=failed)


# --- the Dask engine -----------------------------------------------------------


def batches(documents: Sequence[Document], source: Any = None) -> list[list[Document]]:
    """Consecutive documents of one story, cut at ``_BATCH_CHARS`` characters or ``_BATCH_DOCS``
    documents, and where ``source`` (a document's load task, if any) changes."""
    out: list[list[Document]] = []
    size = 0
    last: Any = None
    for doc in documents:
        here = source(doc) if source else None
        if not out or size >= _BATCH_CHARS or len(out[-1]) >= _BATCH_DOCS or here is not last:
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text)
        last = here
    return out


Extracted = tuple[tuple[Fact, ...], list[Skipped]]
# An extraction task's result: its facts, its failed documents, and the
# documents themselves, which the story's alignment task takes from there.
Batch = tuple[tuple[Fact, ...], list[Skipped], tuple[Document, ...]]


def extract_batch(
    docs: Sequence[Document],
    cache_dir: str | None,
    strict: bool = False,
    max_facts: int | None = DEFAULT_MAX_FACTS,
) -> Batch:
    """One extraction task: the batch's facts in document order (through the fact cache),
    the documents whose extraction failed (skipped as locally; with ``strict`` the task fails)
    or that were used in part (``Skipped.partial``: more facts than ``max_facts``), and the
    batch's documents.

    The documents come back so that the alignment task receives them from the
    worker's memory: the client sends each article once, not once per task."""
    from compare import pipeline
    from compare.cache import location_of

    failed: list[Skipped] = []
    cache = location_of(cache_dir)
    facts = pipeline.extract_documents(
        docs, Options(cache_dir=cache, strict=strict, max_facts=max_facts), failed=failed
    )
    return facts, failed, tuple(docs)


def align_story(
    extracted: Sequence[Batch],
    labels: dict[str, str],
    cache_dir: str | None,
    with_documents: bool = False,
) -> tuple[tuple[Fact, ...], StoryResult | None, list[Skipped], tuple[Document, ...]]:
    """One alignment task: a story's facts and its groups (or its recalled findings), in one
    message; with ``with_documents``, the story's documents too (the workers read them)."""
    from compare import incremental, pipeline
    from compare.cache import location_of

    facts, failed, _ = _facts_only(extracted)
    every = [d for _, _, batch in extracted for d in batch]
    docs = pipeline._without(every, failed)
    cache = location_of(cache_dir)
    story = extracted[0][2][0].story
    result = incremental.align_story(story, docs, facts, labels, cache)
    return facts, result, failed, tuple(every) if with_documents else ()


def _facts_only(
    extracted: Sequence[Batch], with_documents: bool = False
) -> tuple[tuple[Fact, ...], list[Skipped], tuple[Document, ...]]:
    return (
        tuple(f for facts, _, _ in extracted for f in facts),
        [s for _, failed, _ in extracted for s in failed],
        tuple(d for _, _, batch in extracted for d in batch) if with_documents else (),
    )


def analyse(
    documents: Sequence[Document],
    options: Options,
    *,
    engine: Engine,
    progress: Any = None,
    align: bool = True,
    failed: list[Skipped] | None = None,
    labels: dict[str, str] | None = None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Facts (in document order) and each story's alignment (in story order), computed on Dask.

    Of ``options`` it reads ``cache_dir``, ``strict`` and ``max_facts``.
    ``labels``: the outlet labels of the whole corpus, when ``documents`` are only part of it.
    """
    if not documents:
        return (), []
    with _client(engine) as client:
        return _on_cluster(client, documents, options, progress, align, failed, labels, None)


def _on_cluster(
    client: Any,
    documents: Sequence[Document],
    options: Options,
    progress: Any,
    align: bool,
    failed: list[Skipped] | None,
    labels: dict[str, str] | None,
    sources: _Sources | None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """``analyse`` on a connected ``client``; documents the workers read (``sources``) are
    extracted from their load tasks' results, and come back with their stories."""
    cache_dir, strict, max_facts = options.cache_dir, options.strict, options.max_facts
    from compare.cache import portable
    from compare.judge import outlet_labels

    stories: dict[str, list[Document]] = {}
    for doc in documents:
        stories.setdefault(doc.story, []).append(doc)
    if not documents:
        return (), []
    # Absolute (or a URL): a worker started elsewhere has its own working directory.
    cache = portable(cache_dir)
    facts_of: dict[str, tuple[Fact, ...]] = {}
    groups_of: dict[str, StoryResult] = {}
    if labels is None:
        labels = outlet_labels(documents)
    remote = sources.futures if sources is not None else {}
    back = sources is not None

    def source(doc: Document) -> Any:
        return remote[doc.id][0] if doc.id in remote else None

    from distributed import as_completed

    # Largest stories first, so that a big one does not start last.
    order = sorted(stories, key=lambda story: (-len(stories[story]), story))
    futures = {}
    for story in order:
        extracted = []
        for part in batches(stories[story], source if remote else None):
            load = source(part[0])
            if load is None:
                task = client.submit(extract_batch, part, cache, strict, max_facts, pure=False)
            else:
                stubs = [(remote[d.id][1], d) for d in part]
                task = client.submit(extract_loaded, load, stubs, cache, strict, max_facts, pure=False)
            extracted.append(task)
        if align:
            story_labels = {d.id: labels[d.id] for d in stories[story]}
            future = client.submit(align_story, extracted, story_labels, cache, back, pure=False)
        else:
            future = client.submit(_facts_only, extracted, back, pure=False)
        futures[future] = story
        # Only the story's future is kept: the scheduler holds what it needs,
        # and can rerun an extraction whose result a dead worker took along.
        del extracted
    if sources is not None:
        # The load tasks are held by the extraction tasks now, and released with them.
        sources.futures = {}
        remote = {}
    done_docs = found = 0
    try:
        for future, result in as_completed(list(futures), with_results=True, loop=client.loop):
            story = futures.pop(future)
            if align:
                story_facts, story_result, story_failed, story_docs = result
                groups_of[story] = story_result
            else:
                story_facts, story_failed, story_docs = result
            if sources is not None:
                sources.documents.update((d.id, d) for d in story_docs)
            facts_of[story] = story_facts
            for skipped in story_failed:
                if failed is not None:
                    failed.append(skipped)
                if progress:
                    progress.warn(skipped.line())
            done_docs += len(stories[story])
            found += len(story_facts)
            if progress:
                progress.update(
                    f"dask: {len(facts_of)}/{len(stories)} stories, "
                    f"{done_docs}/{len(documents)} files, {found} facts"
                )
    except BaseException:
        # Ctrl-C, SIGTERM or a failed task: stop the cluster's work for this run.
        with contextlib.suppress(Exception):
            client.cancel(list(futures), force=True)
        raise
    if failed:
        # Stories finish in any order; --jobs 1 lists failures in document order.
        position = {doc.path: i for i, doc in enumerate(documents)}
        failed.sort(key=lambda skipped: position.get(skipped.path, len(position)))
    by_doc: dict[str, list[Fact]] = {doc.id: [] for doc in documents}
    for story_facts in facts_of.values():
        for fact in story_facts:
            by_doc[fact.doc].append(fact)
    facts = tuple(f for doc in documents for f in by_doc[doc.id])
    return facts, [groups_of[story] for story in sorted(groups_of)]


@contextlib.contextmanager
def _client(engine: Engine) -> Iterator[Any]:
    """A client of the scheduler at ``engine.scheduler``, or of a LocalCluster started for this run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(f"--engine dask needs the dask extra: {INSTALL_HINT}") from None
    # The cluster's own log lines (a worker lost and replaced, a task retried)
    # are not the user's business unless something fails for good.
    import logging  # only for the cluster engine

    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    try:
        if engine.scheduler:
            try:
                client = Client(engine.scheduler, timeout=_CONNECT_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise InputError(f"--scheduler {engine.scheduler}: cannot connect ({exc})") from None
        else:
            import dask

            # The workers' statistical profiler samples every 10 ms: CPU that
            # a run on a shared machine cannot spare, for a dashboard no one opens.
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                cluster = LocalCluster(
                    n_workers=max(1, engine.jobs),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                    # Workers inherit this process's environment; none may start
                    # threads of its own in numeric libraries we do not use.
                    env={"OMP_NUM_THREADS": "1"},
                )
            client = Client(cluster, set_as_default=False)
    except BaseException:
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
        raise
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def scheduler_from_env() -> str | None:
    return os.environ.get(SCHEDULER_ENV) or None
