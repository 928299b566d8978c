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
from pathlib import Path
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

    corpus = pipeline.load(paths, options, progress)
    documents = tuple(corpus.documents)
    failed: list[Skipped] = []
    facts, results = analyse(documents, options, engine=engine, progress=progress, align=align, failed=failed)
    skipped = (*corpus.skipped, *pipeline.skipped_only(failed))
    return pipeline._without(documents, failed), facts, results, skipped


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


def batches(documents: Sequence[Document]) -> list[list[Document]]:
    """Consecutive documents of one story, cut at ``_BATCH_CHARS`` characters or ``_BATCH_DOCS`` documents."""
    out: list[list[Document]] = []
    size = 0
    for doc in documents:
        if not out or size >= _BATCH_CHARS or len(out[-1]) >= _BATCH_DOCS:
            out.append([])
            size = 0
        out[-1].append(doc)
        size += len(doc.text)
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

    failed: list[Skipped] = []
    cache = Path(cache_dir) if cache_dir else None
    facts = pipeline.extract_documents(
        docs, Options(cache_dir=cache, strict=strict, max_facts=max_facts), failed=failed
    )
    return facts, failed, tuple(docs)


def align_story(
    extracted: Sequence[Batch],
    labels: dict[str, str],
    cache_dir: str | None,
) -> tuple[tuple[Fact, ...], StoryResult | None, list[Skipped]]:
    """One alignment task: a story's facts and its groups (or its recalled findings), in one message."""
    from compare import incremental, pipeline

    facts, failed = _facts_only(extracted)
    docs = pipeline._without([d for _, _, batch in extracted for d in batch], failed)
    cache = Path(cache_dir) if cache_dir else None
    story = extracted[0][2][0].story
    return facts, incremental.align_story(story, docs, facts, labels, cache), failed


def _facts_only(extracted: Sequence[Batch]) -> Extracted:
    return tuple(f for facts, _, _ in extracted for f in facts), [
        s for _, failed, _ in extracted for s in failed
    ]


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
    cache_dir, strict, max_facts = options.cache_dir, options.strict, options.max_facts
    from compare.judge import outlet_labels

    stories: dict[str, list[Document]] = {}
    for doc in documents:
        stories.setdefault(doc.story, []).append(doc)
    if not documents:
        return (), []
    # Absolute: a worker started elsewhere has its own working directory.
    cache = str(cache_dir.resolve()) if cache_dir is not None else None
    facts_of: dict[str, tuple[Fact, ...]] = {}
    groups_of: dict[str, StoryResult] = {}
    if labels is None:
        labels = outlet_labels(documents)
    with _client(engine) as client:
        from distributed import as_completed

        # Largest stories first, so that a big one does not start last.
        order = sorted(stories, key=lambda story: (-len(stories[story]), story))
        futures = {}
        for story in order:
            parts = batches(stories[story])
            extracted = [
                client.submit(extract_batch, part, cache, strict, max_facts, pure=False) for part in parts
            ]
            if align:
                story_labels = {d.id: labels[d.id] for d in stories[story]}
                future = client.submit(align_story, extracted, story_labels, cache, pure=False)
            else:
                future = client.submit(_facts_only, extracted, pure=False)
            futures[future] = story
            # Only the story's future is kept: the scheduler holds what it needs,
            # and can rerun an extraction whose result a dead worker took along.
            del extracted
        done_docs = found = 0
        try:
            for future, result in as_completed(list(futures), with_results=True, loop=client.loop):
                story = futures.pop(future)
                if align:
                    story_facts, story_result, story_failed = result
                    groups_of[story] = story_result
                else:
                    story_facts, story_failed = result
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
