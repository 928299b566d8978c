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
import functools
import gc
import os
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

from compare.compact import DigestTable, Indexed, NameSet, Numbered, SpillArray, Texts
from compare.corpus.remote import INSTALL_HINT
from compare.errors import InputError
from compare.model import Document, Fact, Report, Skipped
from compare.options import DEFAULT_MAX_FACTS, DEFAULTS, Options

if TYPE_CHECKING:
    from pathlib import Path

    from compare.incremental import StoryResult
    from compare.streamed import Totals

_C = TypeVar("_C")

EngineKind = Literal["local", "dask"]
ENGINES: tuple[EngineKind, ...] = ("local", "dask")
SCHEDULER_ENV = "DIVERGENCE_SCHEDULER"

# Characters of article text per extraction task: about 0.2 s of extraction
# at 160,000 words a second, against about 1 ms of scheduling.
_BATCH_CHARS = 200_000
_BATCH_DOCS = 64
# How long to wait for a scheduler before saying it cannot be reached.
_CONNECT_TIMEOUT = "20s"


# The LocalCluster the engine starts: Dask's defaults suit a dashboard, not a batch run on a
# shared machine.  The workers' statistical profiler samples every 10 ms; the event loop's
# tick monitor (20 ms), the system monitor (0.5 s) and the memory monitor (0.1 s) wake every
# process all the time.  Idle, two workers and the scheduler burnt 1.6 %, 1.6 % and 3.5 % of
# a core with those defaults, 0.3 %, 0.3 % and 0.7 % with these (30 s, load 7-9): CPU a
# loaded machine turns into wall time over a long run.
# What the client (and a scheduler started in its process) keeps for developers: the payload
# of each of the last 1,000 batches of messages sent (``BatchedSend.recent_message_log``), among
# other logs of that length.  A batch holds the tasks submitted, with their arguments: a story's
# plan, with its articles' texts when the client sends them.  So the client's memory grew with
# the corpus until 1,000 batches had gone (Dask client 67 -> 91 MB from 1,000 to 5,000
# articles; tracemalloc: the pickled task specs held there, ~37 KB a story).  Nothing reads them.
CLIENT_CONFIG: dict[str, Any] = {"distributed.admin.low-level-log-length": 0}

CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    **CLIENT_CONFIG,
}


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
    pool: Any = None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Extract and align ``documents`` (whole stories, part of a corpus whose outlet labels are
    ``labels``) on ``engine``: their facts in document order and each story's alignment in story
    order, not judged yet; failed or partly used documents go to ``failed``.  The one place that
    chooses between this process or a pool (``pipeline.analyse``) and Dask (``analyse``) for a set
    of stories, as ``run`` and ``extract`` do for a corpus.  ``pool``: a local engine's
    ``pipeline.worker_pool``, or a Dask engine's client (``workers``), kept by a caller that
    analyses several sets of stories."""
    if engine.kind == "dask":
        return analyse(
            documents, options, engine=engine, labels=labels, progress=progress, failed=failed, client=pool
        )
    from compare import pipeline

    return pipeline.analyse(
        documents, labels, options, jobs=engine.jobs, progress=progress, failed=failed, pool=pool
    )


@contextlib.contextmanager
def workers(engine: Engine, many: bool = True) -> Iterator[Any]:
    """What ``analyse_stories`` runs several sets of stories on, started once for all of them:
    a Dask engine's client (of its scheduler, or of a ``LocalCluster`` started here), a
    ``pipeline.worker_pool`` for a local engine with ``--jobs`` and ``many`` sets, else None
    (each set then starts what it needs).  A caller that analyses a corpus set by set, to bound
    its memory, pays the cluster's or the pool's start once (a ``LocalCluster`` takes seconds)."""
    if engine.kind == "dask":
        with _client(engine) as client:
            yield client
        return
    if engine.jobs > 1 and many:
        from compare import pipeline

        with pipeline.worker_pool(engine.jobs) as pool:
            yield pool
        return
    yield None


# --- the Dask engine -----------------------------------------------------------


def batches(
    documents: Sequence[Any], source: Any = None, size: Any = None
) -> list[list[Any]]:
    """Consecutive documents of one story, cut at ``_BATCH_CHARS`` characters or ``_BATCH_DOCS``
    documents, and where ``source`` (a document's load task, if any) changes.  ``size``: a
    document's characters (by default ``len(doc.text)``), for items that are not documents."""
    out: list[list[Any]] = []
    chars = 0
    last: Any = None
    for doc in documents:
        here = source(doc) if source else None
        if not out or chars >= _BATCH_CHARS or len(out[-1]) >= _BATCH_DOCS or here is not last:
            out.append([])
            chars = 0
        out[-1].append(doc)
        chars += size(doc) if size else len(doc.text)
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
    client: Any = None,
) -> tuple[tuple[Fact, ...], list[StoryResult]]:
    """Facts (in document order) and each story's alignment (in story order), computed on Dask.

    Of ``options`` it reads ``cache_dir``, ``strict`` and ``max_facts``.
    ``labels``: the outlet labels of the whole corpus, when ``documents`` are only part of it.
    ``client``: a connected client (``workers``) to use instead of one of its own.
    """
    if not documents:
        return (), []
    if client is not None:
        return _on_cluster(client, documents, options, progress, align, failed, labels, None)
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
            if len(facts_of) % _COLLECT_EVERY == 0:
                _forget_submissions()
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
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(f"--engine dask needs the dask extra: {INSTALL_HINT}") from None
    # The cluster's own log lines (a worker lost and replaced, a task retried)
    # are not the user's business unless something fails for good.
    import logging  # only for the cluster engine

    logging.getLogger("distributed").setLevel(logging.ERROR)
    # For the client's whole life: a connection it makes again reads the settings again.
    with dask.config.set(CLIENT_CONFIG):
        cluster = None
        try:
            if engine.scheduler:
                try:
                    client = Client(engine.scheduler, timeout=_CONNECT_TIMEOUT, set_as_default=False)
                except (OSError, TimeoutError, ValueError) as exc:
                    raise InputError(f"--scheduler {engine.scheduler}: cannot connect ({exc})") from None
            else:
                with dask.config.set(CLUSTER_CONFIG):
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


# --- the report's JSON, story by story (compare.streamed) ----------------------


def streams(paths: Sequence[str], formats: Sequence[str]) -> bool:
    """Whether ``report`` writes ``formats`` of ``paths`` story by story (``write_json``): the JSON
    alone (the HTML and the PDF are still rendered from the whole report), from files this
    process can name again (articles named by URL take the cluster's own loading path)."""
    from compare.corpus.remote import is_url

    return tuple(formats) == ("json",) and not any(is_url(str(p)) for p in paths)


@dataclass(frozen=True)
class Written:
    """What ``write_json`` wrote: the report's counts (``streamed.Totals``) and where."""

    totals: Totals
    path: Path


# A story's documents as its task receives them: each one without its text and the candidate
# to read it from again, or (standard input, or texts the client sends) with its text and None.
_Item = tuple[Any, Document]


def write_json(
    paths: Sequence[str],
    options: Options,
    out: Any,
    *,
    engine: Engine = Engine(),
    progress: Any = None,
) -> Written:
    """``report --format json`` on ``engine`` with the memory of a few numbers per article.

    The client reads every article once, to decide what is kept (duplicates,
    ids, outlet labels need the whole corpus), and keeps none of the texts;
    what it planned for each document (where to read it again, its metadata)
    waits in a temporary file until its story is submitted (``_Planned``).
    Each story's task reads its articles again (checking that their bytes did
    not change), extracts, aligns, judges and turns the story into its part of
    the JSON text (``streamed.story_part``), which the client appends to a
    temporary file beside the report; only a few stories are in flight at a
    time (``_window``), so the client never holds more than their plans and
    parts.  The report is then written from the spill in the JSON's order.
    The same bytes as ``run`` + ``pipeline.write_reports``.
    """
    from compare import pipeline
    from compare.atomic import write_atomic_many

    directory = pipeline.output_dir(out)
    path = directory / "divergence.json"
    with _assembled(paths, options, directory, engine, progress, align=True) as (assembly, skipped):
        try:
            write_atomic_many([(path, _trimmed(assembly.output(skipped)))])
        except OSError as exc:
            raise InputError(f"{directory}: cannot write report ({exc.strerror or exc})") from None
        totals = assembly.totals()
    return Written(totals=totals, path=path)


def write_facts_json(
    paths: Sequence[str],
    options: Options,
    write: Callable[[str | bytes], Any],
    *,
    engine: Engine = Engine(),
    progress: Any = None,
) -> None:
    """``facts --format json`` story by story, as ``write_json`` writes the report: the same
    bytes as ``schema.dumps(schema.facts_to_dict(extract(...)))``, handed to ``write`` in chunks
    (UTF-8 bytes, or text when an article held a lone surrogate) once every story is done.
    The spill files go to the temporary directory (``TMPDIR``): there is no output directory."""
    with _assembled(paths, options, None, engine, progress, align=False) as (assembly, skipped):
        for chunk in assembly.output(skipped, facts_only=True):
            write(chunk)


@contextlib.contextmanager
def _assembled(
    paths: Sequence[str],
    options: Options,
    directory: Path | None,
    engine: Engine,
    progress: Any,
    *,
    align: bool,
) -> Iterator[tuple[Any, tuple[Skipped, ...]]]:
    """Every story of ``paths`` analysed on ``engine`` (with ``align``: aligned and judged too)
    and added to a ``streamed.Assembly`` (spilled into ``directory``), with the files the report
    lists as skipped; the assembly and the plan are closed on the way out."""
    from compare import pipeline, streamed

    planned = _plan_stubs(paths, options, progress, directory)
    _trim_heap()  # what the planning freed (its peak is past): the stories start from less
    try:
        assembly = streamed.Assembly(planned.ids, directory)
        try:
            stories = range(planned.story_count())
            _stories_on(engine, planned, stories, None, options, progress, assembly, align)
            failed = _in_order(assembly.failed(), planned)
            gone = {s.path for s in failed if not s.partial}
            if gone and align:
                # Judging names outlets with the labels of the documents the report keeps: a
                # document that failed can change another story's labels; judge those again.
                relabelled = planned.relabelled(gone)
                again = [
                    s for s in stories if any(relabelled[i] != planned.labels[i] for i in planned.members(s))
                ]
                if again:
                    _stories_on(Engine(), planned, again, relabelled, options, None, assembly)
            if progress:
                progress.clear()
            yield assembly, (*planned.skipped, *pipeline.skipped_only(failed))
        finally:
            assembly.close()
    finally:
        planned.close()


def _in_order(failed: Sequence[Skipped], planned: _Planned) -> list[Skipped]:
    # Stories finish in any order; --jobs 1 lists failures in document order.
    if not failed:
        return []
    position = planned.positions_of_paths({s.path for s in failed})
    return sorted(failed, key=lambda skipped: position.get(skipped.path, len(planned.ids)))


class _Light(NamedTuple):
    """What outlet labels and document ids need of a document (``judge.outlet_labels``,
    ``corpus.document_ids``), without the rest."""

    id: str
    outlet: str
    published: Any
    shown: str
    directory: str


class _Interned(Indexed[Any]):
    """A value a document (a date), each distinct value once and a number a document (in a
    ``SpillArray``): dates repeat across a corpus."""

    def __init__(self, directory: Path | None) -> None:
        self.numbers: dict[Any, int] = {}
        self.values: list[Any] = []
        self.of = SpillArray("I", directory)

    def append(self, value: Any) -> None:
        number = self.numbers.setdefault(value, len(self.values))
        if number == len(self.values):
            self.values.append(value)
        self.of.append(number)

    def __len__(self) -> int:
        return len(self.of)

    def _at(self, i: int) -> Any:
        return self.values[self.of[i]]

    def close(self) -> None:
        self.of.close()


class _InternedNames(Indexed[str]):
    """A name a document (its outlet, its directory), each distinct name once in a
    ``compact.Numbered`` and a number a document (in a ``SpillArray``): no Python object a
    distinct name either.  Outlets repeat across a corpus, but a corpus without manifests names
    each article's outlet after its file (one name an article: ~0.15 KB an article in a dict
    and a list), and a story's directory is one name a story."""

    def __init__(self, directory: Path | None) -> None:
        self.names = Numbered(directory)
        self.of = SpillArray("I", directory)

    def append(self, name: str) -> None:
        self.of.append(self.names.add(name))

    def __len__(self) -> int:
        return len(self.of)

    def _at(self, i: int) -> str:
        return self.names[self.of[i]]

    def close(self) -> None:
        self.of.close()
        self.names.close()


class _Names(Indexed[_Light]):
    """The shown path and directory of each document read (what ``corpus.document_ids`` needs),
    the paths in a ``Texts``, each directory once."""

    def __init__(self, directory: Path | None) -> None:
        self.shown = Texts(directory=directory)
        self.directories = _InternedNames(directory)

    def append(self, shown: str, directory: str) -> None:
        self.shown.append(shown)
        self.directories.append(directory)

    def __len__(self) -> int:
        return len(self.shown)

    def _at(self, i: int) -> _Light:
        return _Light("", "", None, self.shown[i], self.directories[i])

    def close(self) -> None:
        self.shown.close()
        self.directories.close()


class _Labels(Indexed[_Light]):
    """What ``judge.outlet_labels`` reads of each planned document, made as it is read."""

    def __init__(self, planned: _Planned) -> None:
        self.planned = planned

    def __len__(self) -> int:
        return len(self.planned.ids)

    def _at(self, i: int) -> _Light:
        p = self.planned
        return _Light(p.ids[i], p.outlets[i], p.published[i], "", "")


class _Planned:
    """The corpus of a ``write_json`` run, as the client keeps it between planning and the end.

    Per document only its id (corpus order), its outlet label, outlet and date, its characters
    and where its plan is in ``spill``: the candidate to read it again and the document without
    its text, pickled (a few hundred bytes on disk instead of ~3 KB of objects in memory); those
    in compact stores that keep past their first pages in temporary files in ``directory``
    (``compare.compact``), so that what stays in memory does not grow with the corpus.  Stories
    are numbered in the walk's order (``story_names``); the positions of their documents are
    one array, story after story (``members``, cut at ``starts``), made once the walk is over
    (``index_stories``): a story costs no Python object either, where a dict of an ``array`` a
    story kept ~0.3 KB a story (session 19).  ``items`` rebuilds a story's ``_Item`` list when
    it is submitted."""

    def __init__(self, directory: Path | None) -> None:
        from compare.streamed import _Spill

        self.directory = directory
        self.spill = _Spill(directory)
        self.ids: Texts = Texts(directory=directory)
        self.labels: Texts = Texts(directory=directory)
        self.sizes = SpillArray("q", directory)
        self.where = SpillArray("q", directory)  # offset and length of each document's plan in the spill
        self.story_names = Numbered(directory)  # each story once, numbered in the walk's order
        self.story_of = SpillArray("i", directory, fill=-1)  # per document while planning
        self.starts = SpillArray("q", directory)  # per story: where its documents start in members
        self.members_of = SpillArray("I", directory)  # the documents' positions, story by story
        self.skipped: tuple[Skipped, ...] = ()
        self.outlets = _InternedNames(directory)
        self.published = _Interned(directory)

    def index_stories(self) -> None:
        """Each story's documents (``members``) from each document's story (``story_of``, then
        dropped): a count a story, their running sums, and a second pass that places each
        document, so that a story's positions come in corpus order."""
        starts, members = self.starts, self.members_of
        starts.grow(len(self.story_names) + 1)
        for story in self.story_of:
            starts[story + 1] += 1
        total = 0
        for s in range(len(starts)):
            total += starts[s]
            starts[s] = total
        placed = SpillArray("q", self.directory)  # per story: where its next document goes
        placed.extend(starts)
        members.grow(len(self.story_of))
        for i, story in enumerate(self.story_of):
            members[placed[story]] = i
            placed[story] += 1
        placed.close()
        self.story_of.close()

    def story_count(self) -> int:
        return len(self.story_names)

    def members(self, story: int) -> list[int]:
        """The corpus positions of story ``story``'s documents, in corpus order."""
        return self.members_of[self.starts[story] : self.starts[story + 1]]

    def count(self, story: int) -> int:
        """How many documents story ``story`` has."""
        return int(self.starts[story + 1] - self.starts[story])

    def items(self, story: int) -> list[_Item]:

        from compare.corpus import _document

        out: list[_Item] = []
        for i in self.members(story):
            item = self.loaded(i)
            # Standard input (its candidate holds the bytes read) keeps its one text.
            again = None if item.cand.data is not None else item.cand
            out.append((again, _document(self.ids[i], item)))
        return out

    def loaded(self, i: int) -> Any:
        """The ``corpus._Loaded`` of the document at position ``i``, without its text."""
        import pickle

        return pickle.loads(self.spill.get_bytes((self.where[2 * i], self.where[2 * i + 1])))

    def size(self, story: int) -> int:
        return sum(self.sizes[i] for i in self.members(story))

    def story_labels(self, story: int, labels: Sequence[str]) -> dict[str, str]:
        return {self.ids[i]: labels[i] for i in self.members(story)}

    def relabelled(self, gone: set[str]) -> Sequence[str]:
        """The outlet labels of the documents kept when those at the paths ``gone`` are not
        (their own entries keep the old label: they are not judged)."""
        from compare.judge import outlet_labels

        paths = self.positions_of_paths(gone)
        dropped = set(paths.values())
        kept = [
            _Light(self.ids[i], self.outlets[i], self.published[i], "", "")
            for i in range(len(self.ids))
            if i not in dropped
        ]
        fresh = outlet_labels(kept)
        return Texts((fresh.get(doc_id, self.labels[i]) for i, doc_id in enumerate(self.ids)), self.directory)

    def positions_of_paths(self, paths: set[str]) -> dict[str, int]:
        """The corpus positions of the documents at ``paths`` (shown paths), read from the spill:
        only a failure needs this, and failures are few."""
        out: dict[str, int] = {}
        for story in range(self.story_count()):
            for i, (_, doc) in zip(self.members(story), self.items(story), strict=True):
                if doc.path in paths:
                    out[doc.path] = i
        return out

    def close(self) -> None:
        self.spill.close()
        per_document = (self.ids, self.labels, self.sizes, self.where, self.outlets, self.published)
        for store in (*per_document, self.story_names, self.story_of, self.starts, self.members_of):
            store.close()


def _plan_stubs(paths: Sequence[str], options: Options, progress: Any, directory: Path | None) -> _Planned:
    """The corpus of ``paths`` as ``load_corpus`` reads it (the same ids, skips, duplicates and
    warnings), each document's plan put in a spill file as soon as it is read: what stays in
    memory grows by a few dozen bytes a document (``_Planned``)."""
    from compare import corpus as loader
    from compare import pipeline

    planned = _Planned(directory)
    try:
        walk = _Walk(planned, options)
        walk.read(paths)
        walk.place_piped()
        planned.index_stories()
        names, warnings = walk.names, walk.warnings
        planned.skipped = tuple(walk.skipped)
        walk.seen.close()
        del walk  # the digests of every file, kept for finding duplicates
        if progress:
            for skipped_file in planned.skipped:
                progress.warn(f"{skipped_file.path}: {skipped_file.reason} (skipped)")
            for path, warning in warnings:
                progress.warn(f"{path}: {warning}")
        if not names:
            raise pipeline.nothing_read(planned.skipped)
        ids = loader.iter_document_ids(names, lambda: NameSet(directory))  # type: ignore[arg-type]
        planned.ids = Texts(ids, directory)
        names.close()
        del names
        _label(planned)
    except BaseException:
        planned.close()
        raise
    return planned


class _Walk:
    """``_plan_stubs`` reading the corpus: each candidate read as the walk yields it, checked
    for duplicates, parsed, its plan spilled and then dropped (the plan is never held whole,
    about 2 KB a file); what stays is a ``_Light`` a document and the run's skips and warnings."""

    def __init__(self, planned: _Planned, options: Options) -> None:
        self.planned, self.options = planned, options
        self.skipped: list[Skipped] = []
        # Duplicates by content: each digest and the index of its first copy.
        self.seen = DigestTable(planned.directory)
        self.names = _Names(planned.directory)
        self.warnings: list[tuple[str, str]] = []
        self.piped: tuple[int, Any] | None = None

    def read(self, paths: Sequence[str]) -> None:
        """Every candidate of ``paths``, in the walk's order; raises the first problem under
        ``--strict`` once the walk is over."""
        from compare.corpus.paths import PARSED_MANIFESTS, iter_plan
        from compare.errors import FileProblem

        options = self.options
        first_problem: FileProblem | None = None
        # The parsed manifests the walk caches are the incremental check's (it saves them);
        # a report drops those it adds as it goes: they hold every entry's metadata (~0.4 KB
        # a file).  New ones are the last inserted, so popping down to the count before
        # removes exactly them.
        cached = len(PARSED_MANIFESTS)
        # The paths the walk has yielded, as digests on disk past a few pages (compact.NameSet).
        claimed = functools.partial(NameSet, self.planned.directory)
        for cand in iter_plan(paths, options.selection, max_bytes=options.max_bytes, claimed_set=claimed):
            while len(PARSED_MANIFESTS) > cached:
                PARSED_MANIFESTS.popitem()
            if first_problem is not None:
                # --strict failed on a file: the walk goes on, unread, so that a whole-run
                # problem after it (a missing PATH, a bad manifest) is the one reported, as
                # when the whole plan is made before any file is read.
                continue
            try:
                item = self._parsed(cand)
            except FileProblem as problem:
                if options.strict:
                    first_problem = problem
                    continue
                self.skipped.append(Skipped(problem.path, problem.reason))
                continue
            self._keep(cand, item)
            del item, cand
        if first_problem is not None:
            raise InputError(f"{first_problem.path}: {first_problem.reason}")

    def _parsed(self, cand: Any) -> Any:
        """The candidate read and parsed (``corpus._Loaded``); raises ``FileProblem`` for a file
        that cannot be read or repeats an earlier one's content."""
        from compare.corpus import _parse, _read_checked
        from compare.errors import FileProblem

        data, digest = _read_checked(cand, self.options.max_bytes)
        raw = bytes.fromhex(digest)
        loaded = self.planned.loaded
        first = self.seen.find(raw, lambda i: bool(loaded(i).sha256 == digest))
        if first is not None:
            raise FileProblem(cand.shown, f"same content as {loaded(first).cand.shown} (kept that one)")
        item = _parse(cand, data, digest)
        del data
        self.seen.add(raw, len(self.names))
        return item

    def _keep(self, cand: Any, item: Any) -> None:
        """A document read: its light entry and counts kept, its plan (without its text) spilled."""
        import pickle
        from dataclasses import replace

        from compare import corpus as loader

        planned = self.planned
        i = len(self.names)
        planned.sizes.append(len(item.text))
        published = item.parsed.published
        planned.outlets.append(loader.outlet_of(cand))
        planned.published.append(published)
        self.names.append(cand.shown, cand.directory)
        for warning in item.parsed.warnings:
            self.warnings.append((cand.shown, warning))
        if cand.data is None:
            # Read again by the story's task (standard input, which cannot be read twice,
            # keeps its one text); absolute: a worker process may not share this one's
            # working directory.
            item = replace(item, cand=replace(cand, file=cand.file.absolute(), lstat=None), text="")
            planned.story_of.append(planned.story_names.add(cand.story))
        else:
            self.piped = (i, item)
            planned.story_of.append(-1)  # its story is known once the walk is over (place_piped)
        blob = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        planned.where.extend(planned.spill.put_bytes(blob))

    def place_piped(self) -> None:
        """An article piped in joins the story of the other inputs when they tell one story."""
        import pickle
        from dataclasses import replace

        from compare.corpus.paths import piped_story

        if self.piped is None:
            return
        planned = self.planned
        i, item = self.piped
        # The stories of the other inputs: the piped article is not among them yet.
        story = piped_story(item.cand, planned.story_names)
        item = replace(item, cand=replace(item.cand, story=story))
        planned.where[2 * i], planned.where[2 * i + 1] = planned.spill.put_bytes(
            pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        )
        planned.story_of[i] = planned.story_names.add(story)
        self.piped = None


def _label(planned: _Planned) -> None:
    """Each document's outlet label, by corpus position, from what ``planned`` keeps of it."""
    from compare.judge import iter_outlet_labels

    labels = iter_outlet_labels(_Labels(planned), lambda: NameSet(planned.directory))
    planned.labels = Texts(labels, planned.directory)


def _on_the_wire(items: Sequence[_Item]) -> list[_Item]:
    """``items`` with each candidate's file as a string, for a Dask task (``read_again`` makes
    the path again on the worker).  Dask's scheduler, in the client's process when the engine
    starts a ``LocalCluster``, unpickles every task's arguments, and unpickling a ``Path``
    interns each of its parts: those strings, dying with the task, grew the interpreter's table
    of interned strings once between 2,000 and 8,000 articles (issue 14, session 27)."""
    from dataclasses import replace

    return [(cand if cand is None else replace(cand, file=os.fspath(cand.file)), doc) for cand, doc in items]


def read_again(items: Sequence[_Item], max_bytes: int) -> list[Document]:
    """The documents of ``items`` with their texts, read again where they have none; an article
    whose bytes changed since the client read it ends the run (its id, title, outlet label and
    duplicates were decided from the first reading)."""
    from dataclasses import replace
    from pathlib import Path

    from compare.corpus import _load_one, _Loaded

    out = []
    for cand, doc in items:
        if cand is not None:
            if isinstance(cand.file, str):  # sent to a Dask worker as a string (``_on_the_wire``)
                cand = replace(cand, file=Path(cand.file))
            loaded = _load_one(cand, max_bytes)
            if not isinstance(loaded, _Loaded) or loaded.sha256 != doc.sha256:
                raise InputError(f"{doc.path}: changed while divergence was reading it (run again)")
            doc = replace(doc, text=loaded.text)
        out.append(doc)
    return out


def story_json(
    items: Sequence[_Item],
    key_labels: dict[str, str] | None,
    judge_labels: dict[str, str] | None,
    options: Options,
    jobs: int = 1,
    align: bool = True,
) -> Any:
    """One story's task (this process or a pool's worker): read, extract (through the fact
    cache, over ``jobs`` processes), align (or recall), judge, and the story's JSON text
    (without ``align``: its documents and facts only, as ``facts`` writes them)."""
    from compare import pipeline

    assert key_labels is not None
    docs = read_again(items, options.max_bytes)
    failed: list[Skipped] = []
    facts = pipeline.extract_documents(docs, options, jobs=jobs, failed=failed)
    return _story_part(docs, facts, failed, key_labels, judge_labels, options.cache_dir, align)


def _story_part(
    docs: Sequence[Document],
    facts: Sequence[Fact],
    failed: Sequence[Skipped],
    key_labels: dict[str, str],
    judge_labels: dict[str, str] | None,
    cache: Any,
    align: bool = True,
) -> Any:
    """Align, judge and render one extracted story: ``key_labels`` are the outlet labels of the
    findings cache's key (every document read), ``judge_labels`` those of the explanations (the
    documents kept; None: the same).  Without ``align``, its documents and facts alone."""
    from compare import incremental, pipeline, streamed

    kept = pipeline._without(docs, failed)
    story = docs[0].story
    if not align:
        return streamed.story_part(story, kept, facts, (), failed, echoes=False)
    result = incremental.align_story(story, kept, facts, key_labels, cache)
    findings = incremental.finish([result], kept, cache, judge_labels or key_labels)
    return streamed.story_part(story, kept, facts, findings, failed)


def extract_items(
    items: Sequence[_Item], max_bytes: int, cache_dir: str | None, strict: bool, max_facts: int | None
) -> Batch:
    """An extraction task of ``write_json`` on the cluster: ``extract_batch`` over the items'
    documents, read again on the worker where the client did not send the text."""
    return extract_batch(read_again(items, max_bytes), cache_dir, strict, max_facts)


def story_json_of(
    extracted: Sequence[Batch],
    key_labels: dict[str, str],
    judge_labels: dict[str, str] | None,
    cache_dir: str | None,
    align: bool = True,
) -> Any:
    """A story's task of ``write_json`` on the cluster, after its extraction tasks."""
    from compare.cache import location_of

    facts, failed, docs = _facts_only(extracted, with_documents=True)
    return _story_part(docs, facts, failed, key_labels, judge_labels, location_of(cache_dir), align)


# Stories in flight at once, per worker process: enough that a worker never waits for the
# client, few enough that the client holds only their plans and parts (``_window``).
_WINDOW_PER_WORKER = 2
# And at most this many characters of article text in flight (unless one story alone is more):
# with ``--scheduler`` the client sends the texts with the tasks.
_WINDOW_CHARS = 32_000_000

# The Dask client collects its garbage in full every this many stories.  Its connection to the
# scheduler (``distributed.batched.BatchedSend``, a tornado coroutine) leaves a reference cycle
# each time its wait for the next batch of messages times out: the TimeoutError, its traceback,
# and the frames, futures and cells they hold (~45 objects, about two such cycles a story, one
# for the task submitted and one for the key released).  Cycles outlive the young generations
# and wait for a full collection, which CPython starts only once the oldest generation has
# grown by a quarter: with dask and distributed imported that is some 100,000 objects, ~2,000
# stories, so until then this garbage grew with the corpus (session 13, 5,000 articles,
# extraction stubbed: 0.7 MB a hundred stories, the client's allocated blocks +8 KB a story).
_COLLECT_EVERY = 50


def _trim_heap() -> None:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``), as the
    stories come in.  Each story's part arrives as one pickled message and many strings, freed
    once the part is in the spill file; past glibc's mmap threshold, which rises to the largest
    block freed so far, those blocks come from the heap, and the holes the freed ones leave
    between the few that stay were never handed back: the client's memory grew with the stories
    (``benchmarks/client_memory.py``, local-2, extraction stubbed, session 18: +3.9 MB over 250
    stories at 5,000 articles, +8 MB over 1,000 at 20,000, while the Python objects alive grew
    by 0.6 MB).  Also once the corpus is planned and as the report is written (``_trimmed``),
    which leave the same holes.  Where there is no glibc (macOS, Windows, musl) nothing is done."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


# The report's JSON is written in chunks of about 1 MiB (``jsontext``): the heap is trimmed every
# this many (the writing's joined pieces left the same holes as the stories' parts).
_TRIM_CHUNKS = 4


def _trimmed(chunks: Iterator[_C]) -> Iterator[_C]:
    """``chunks`` as they are, the heap trimmed (``_trim_heap``) every ``_TRIM_CHUNKS`` of them."""
    for i, chunk in enumerate(chunks, 1):
        yield chunk
        if i % _TRIM_CHUNKS == 0:
            _trim_heap()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return None
    return trim


def _window(
    names: Sequence[Any],
    size: Any,
    workers: Any,
    submit: Any,
    wait_any: Any,
) -> None:
    """Submit ``names`` in order while fewer than ``_WINDOW_PER_WORKER`` stories a worker (and
    ``_WINDOW_CHARS`` characters) are in flight, and another as each finishes: the client's
    memory is that of a window, not of the corpus.  ``submit(name)`` submits one story and
    returns its handle; ``wait_any()`` blocks until one handle is done, handles it and returns
    it; ``workers()`` is how many processes run tasks now (a cluster may grow)."""
    flying: dict[Any, int] = {}
    chars = 0
    queue = iter(names)
    pending = next(queue, None)
    while pending is not None or flying:
        while pending is not None and (
            not flying
            or (
                len(flying) < _WINDOW_PER_WORKER * max(1, workers()) + 1
                and chars + size(pending) <= _WINDOW_CHARS
            )
        ):
            handle = submit(pending)
            flying[handle] = size(pending)
            chars += flying[handle]
            pending = next(queue, None)
        done = wait_any()
        chars -= flying.pop(done)


def _stories_on(
    engine: Engine,
    planned: _Planned,
    names: Sequence[int],
    judge_labels: Sequence[str] | None,
    options: Options,
    progress: Any,
    assembly: Any,
    align: bool = True,
) -> None:
    """Each story of ``names`` (story numbers) analysed on ``engine``, its part added to
    ``assembly`` as it comes; ``judge_labels`` (by corpus position) name the outlets in the
    explanations when they are not the planned ones.  Without ``align``, each story's
    documents and facts alone."""
    from compare.pipeline import _PARALLEL_MIN_DOCS, _worker_init

    total = sum(planned.count(s) for s in names)
    done = [0, 0]

    def add(story: int, part: Any) -> None:
        members = planned.members(story)
        position = {planned.ids[i]: i for i in members}
        assembly.add(part, [position[doc_id] for doc_id in part.docs])
        done[0] += 1
        done[1] += len(members)
        if done[0] % _COLLECT_EVERY == 0:
            _trim_heap()
        if progress:
            for skipped in part.failed:
                progress.warn(skipped.line())
            progress.update(
                f"{'extracting and aligning' if align else 'extracting'}: {done[0]}/{len(names)} stories, "
                f"{done[1]}/{total} files, {assembly.fact_count()} facts"
            )

    def task(story: int) -> tuple[list[_Item], dict[str, str], dict[str, str] | None]:
        judge = None if judge_labels is None else planned.story_labels(story, judge_labels)
        return planned.items(story), planned.story_labels(story, planned.labels), judge

    order = _largest_first(planned, names)
    if engine.kind == "dask":
        _stories_on_dask(engine, planned, order, task, options, add, align)
        return
    if engine.jobs > 1 and len(names) > 1 and total >= _PARALLEL_MIN_DOCS:
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

        with ProcessPoolExecutor(max_workers=engine.jobs, initializer=_worker_init) as pool:
            futures: dict[Future[Any], int] = {}

            def submit(story: int) -> Future[Any]:
                future = pool.submit(story_json, *task(story), options, 1, align)
                futures[future] = story
                return future

            finished: list[Future[Any]] = []

            def wait_any() -> Future[Any]:
                if not finished:
                    finished.extend(wait(futures, return_when=FIRST_COMPLETED).done)
                future = finished.pop()
                # Popped: a finished future keeps its story's text until it is dropped.
                add(futures.pop(future), future.result())
                return future

            _window(order, planned.size, lambda: engine.jobs, submit, wait_any)
        return
    # One story (or one process): extraction alone spreads over the processes.
    for story in names:
        items, labels, judge = task(story)
        add(story, story_json(items, labels, judge, options, jobs=engine.jobs, align=align))


def _forget_submissions() -> None:
    """Drop what Dask keeps of every task submitted in this process, which grew the client with
    the corpus however few tasks were in flight (``benchmarks/client_memory.py``, Dask, session
    22: ~0.85 KB a task with 2,000-4,000 trivial tasks through a window of four, ~0.35 KB with
    these two dropped):

    * ``dask.utils.key_split`` caches its answer for each distinct key (up to 100,000 of them),
      and every task's key is new (``pure=False``): a scheduler in this process (a
      ``LocalCluster``'s) calls it for each task it creates;
    * a scheduler in this process adds ``{"type": "Future"}`` to its span's metadata on every
      ``client.submit`` (``distributed.spans.Span.add_metadata``: a list that only grows), which
      only a dashboard shows; one entry is kept, so it still says what was computed.

    Both are caches or logs, not state a task needs: the results are the same with or without
    them.  A scheduler elsewhere (``--scheduler``) keeps its own, in its own process."""
    with contextlib.suppress(Exception):
        from dask.utils import key_split

        key_split.cache_clear()
    with contextlib.suppress(Exception):
        from distributed import Scheduler

        for scheduler in list(Scheduler._instances):
            for span in list(scheduler.extensions["spans"].spans.values()):
                metadata = span.metadata
                if metadata and len(metadata["collections"]) > 1:
                    del metadata["collections"][1:]


def _largest_first(planned: _Planned, names: Sequence[int]) -> array[int]:
    """The stories ``names`` largest first, so that a big one does not start last; stories of
    one size in the walk's order (a stable sort: no name a story is held to break ties with).
    The order the parts come in does not change the report."""
    return array("i", sorted(names, key=planned.count, reverse=True))


def _stories_on_dask(
    engine: Engine,
    planned: _Planned,
    order: Sequence[int],
    task: Any,
    options: Options,
    add: Any,
    align: bool = True,
) -> None:
    """``_stories_on`` on a Dask cluster: a story that fits one extraction batch is one task, a
    bigger one extraction tasks per batch of its documents, then one task.  Workers of a
    ``LocalCluster`` started for the run read the articles themselves; a scheduler at an
    address may have workers on other machines, so the client reads each batch's texts as it
    submits it (and keeps none).  Stories are submitted through ``_window``."""
    import time
    from dataclasses import replace

    from compare.cache import location_of, portable

    cache = portable(options.cache_dir)
    # Absolute (or a URL): a worker started elsewhere has its own working directory.
    on_worker = replace(options, cache_dir=location_of(cache))
    strict, max_facts, max_bytes = options.strict, options.max_facts, options.max_bytes
    here = engine.scheduler is None
    with _client(engine) as client:
        from distributed import as_completed

        futures: dict[Any, int] = {}
        flowing = as_completed(with_results=True, loop=client.loop)
        gathered = [0]
        threads = [0, 0.0]

        def workers() -> int:
            # The cluster's size, asked again at most every 2 s (a cluster may grow or shrink).
            now = time.monotonic()
            if now - threads[1] > 2.0:
                with contextlib.suppress(Exception):
                    info = client.scheduler_info()["workers"].values()
                    threads[0] = sum(int(w.get("nthreads", 1)) for w in info)
                threads[1] = now
            return int(threads[0])

        def submit(story: int) -> Any:
            items, story_labels, judge = task(story)
            sized = [(item, planned.sizes[i]) for item, i in zip(items, planned.members(story), strict=True)]
            parts = [[item for item, _ in batch] for batch in batches(sized, size=lambda pair: pair[1])]
            if not here:
                parts = [[(None, doc) for doc in read_again(batch, max_bytes)] for batch in parts]
            else:
                parts = [_on_the_wire(batch) for batch in parts]
            if len(parts) == 1:
                # Most stories: one task extracts, aligns and renders, one round trip.
                future = client.submit(
                    story_json, parts[0], story_labels, judge, on_worker, 1, align, pure=False
                )
            else:
                # A big story: its extraction spreads over the workers in batches first.
                extracted = [
                    client.submit(extract_items, batch, max_bytes, cache, strict, max_facts, pure=False)
                    for batch in parts
                ]
                future = client.submit(
                    story_json_of, extracted, story_labels, judge, cache, align, pure=False
                )
            futures[future] = story
            flowing.add(future)
            return future

        def wait_any() -> Any:
            future, part = next(flowing)
            add(futures.pop(future), part)
            gathered[0] += 1
            if gathered[0] % _COLLECT_EVERY == 0:
                _forget_submissions()
                gc.collect()
            return future

        try:
            _window(order, planned.size, workers, submit, wait_any)
        except BaseException:
            with contextlib.suppress(Exception):
                client.cancel(list(futures), force=True)
            raise
