"""``--engine dask`` gives the bytes ``--engine local --jobs 1`` gives, through a real cluster.

One scheduler and two single-threaded worker processes (``distributed.LocalCluster``)
listen on 127.0.0.1 only, for the whole module; every run goes through them
with ``--scheduler``, as a newsroom's cluster would be used.  A worker is
killed in the middle of a run (the nanny starts a new one) and the report must
not change; Ctrl-C must cancel the run's tasks and keep the previous report.
Everything is bounded: the cluster stops at the end of the module, and every
wait has a timeout.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from story_window import count_stories_in_flight  # noqa: E402

from benchmarks.corpus_gen import generate  # noqa: E402
from compare import engine  # noqa: E402
from compare.cli import main  # noqa: E402
from compare.progress import Progress  # noqa: E402

ARTICLES = 48
STORIES = 8
# Generous for a loaded 2-core machine: each run takes a few seconds.
WAIT = 120.0


def _enough_workers(client: Any, n: int, wait: float = WAIT) -> None:
    """Wait until the module's cluster has ``n`` workers.

    A worker a test killed is started again by its nanny; on a loaded machine the nanny can
    give up on the new process (it did not start in time) and then no worker comes back,
    however long we wait.  So after ``WAIT`` seconds each worker the scheduler does not know
    is replaced by a fresh one, once; a cluster that cannot start a worker at all still fails
    (``wait``: the first wait, shorter in the test of this helper)."""
    from distributed.exceptions import WorkerStartTimeoutError

    try:
        client.wait_for_workers(n, timeout=wait)
        return
    except WorkerStartTimeoutError:
        pass
    local = client.cluster
    known = {w.get("name") for w in client.scheduler_info()["workers"].values()}
    gone = [name for name in local.worker_spec if name not in known]
    assert gone, "the cluster has its workers but too few of them registered"
    for name in gone:
        del local.worker_spec[name]
    # Close and forget those nannies first: the cluster names new workers from 0 again, and a
    # name it still holds would not be started.
    client.sync(local._correct_state)
    local.scale(len(local.worker_spec) + len(gone))
    client.wait_for_workers(n, timeout=WAIT)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=50,
    ) as local:
        with Client(local, set_as_default=False) as client:
            _enough_workers(client, 2)
            yield client


@pytest.fixture
def scheduler(cluster: Any) -> str:
    # A previous test may have killed a worker, and its replacement may still be
    # starting on a loaded machine: one worker is enough to run on.
    _enough_workers(cluster, 1)
    address: str = cluster.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    return address


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    root = tmp_path_factory.mktemp("corpus")
    return [str(d) for d in generate(root, ARTICLES, stories=STORIES, words=350)]


def _report(paths: list[str], out: Path, *extra: str) -> tuple[bytes, bytes]:
    status = main(["report", *paths, "--format", "json,html", "--out", str(out), "--quiet", *extra])
    assert status == 0
    return (out / "divergence.json").read_bytes(), (out / "divergence.html").read_bytes()


@pytest.fixture(scope="module")
def local_report(stories: list[str], tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    return _report(stories, tmp_path_factory.mktemp("local"), "--jobs", "1")


def _on_first_progress(monkeypatch: pytest.MonkeyPatch, action: Callable[[], None]) -> list[str]:
    """Run ``action`` when the engine reports its first finished story (Progress is off in tests)."""
    seen: list[str] = []

    def update(self: Progress, message: str, *, force: bool = False) -> None:
        seen.append(message)
        if len(seen) == 1:
            action()

    monkeypatch.setattr(Progress, "update", update)
    return seen


def test_report_through_the_cluster_is_byte_identical(
    stories: list[str], local_report: tuple[bytes, bytes], scheduler: str, tmp_path: Path
) -> None:
    data = json.loads(local_report[0])
    assert len(data["documents"]) == ARTICLES
    assert data["findings"]
    assert _report(stories, tmp_path / "dask", "--engine", "dask", "--scheduler", scheduler) == local_report


def test_a_report_on_dask_forgets_what_dask_keeps_of_each_submitted_task(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    cluster: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A scheduler in this process (this module's, as a ``LocalCluster`` the engine starts) adds
    an entry to its span's metadata on every ``client.submit``, and ``dask.utils.key_split``
    caches every task's key: both grew the client with the corpus.  The engine drops them as
    stories come in (every ``_COLLECT_EVERY``): the same bytes, one metadata entry left, and
    fewer keys cached than the run submitted tasks."""
    from dask.utils import key_split

    monkeypatch.setattr(engine, "_COLLECT_EVERY", 1)
    spans = cluster.cluster.scheduler.extensions["spans"].spans.values()
    dask = ["--engine", "dask", "--scheduler", scheduler]
    # The whole report (json and html), then the JSON alone, story by story (``_stories_on_dask``).
    assert _report(stories, tmp_path / "dask", *dask) == local_report
    assert all(len(span.metadata["collections"]) <= 1 for span in spans if span.metadata)
    assert key_split.cache_info().currsize < STORIES
    out = tmp_path / "json"
    assert main(["report", *stories, "--format", "json", "--out", str(out), "--quiet", *dask]) == 0
    assert (out / "divergence.json").read_bytes() == local_report[0]
    assert all(len(span.metadata["collections"]) <= 1 for span in spans if span.metadata)
    assert key_split.cache_info().currsize < STORIES


def test_max_facts_through_the_cluster(stories: list[str], scheduler: str, tmp_path: Path) -> None:
    """Documents cut to their first facts, and their warnings, as the local engine cuts them."""
    local = _report(stories, tmp_path / "local", "--jobs", "1", "--max-facts", "4")
    data = json.loads(local[0])
    assert any("only the first 4 are compared" in w for d in data["documents"] for w in d.get("warnings", []))
    dask = ["--engine", "dask", "--scheduler", scheduler, "--max-facts", "4"]
    assert _report(stories, tmp_path / "dask", *dask) == local


def _clients_started(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The scheduler address of every Dask client the code under test starts, in order."""
    used: list[str | None] = []
    real = engine._client

    def spy(options: engine.Engine) -> Any:
        used.append(options.scheduler)
        return real(options)

    monkeypatch.setattr(engine, "_client", spy)
    return used


def test_scheduler_address_from_the_environment(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    used = _clients_started(monkeypatch)
    monkeypatch.setenv(engine.SCHEDULER_ENV, scheduler)
    assert _report(stories, tmp_path / "env", "--engine", "dask") == local_report
    assert used == [scheduler]


def test_facts_through_the_cluster(
    stories: list[str], scheduler: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``facts --format json`` story by story on the cluster (one task a story, or extraction
    tasks then one task for a story cut into batches): the whole extraction's bytes."""
    from compare import pipeline
    from compare.schema import dumps, facts_to_dict

    whole = dumps(facts_to_dict(pipeline.extract(stories)))
    assert main(["facts", *stories, "--jobs", "1", "--quiet"]) == 0
    local = capsys.readouterr().out
    assert local == whole
    assert main(["facts", *stories, "--engine", "dask", "--scheduler", scheduler, "--quiet"]) == 0
    assert capsys.readouterr().out == local
    monkeypatch.setattr(engine, "_BATCH_DOCS", 2)
    assert main(["facts", *stories, "--engine", "dask", "--scheduler", scheduler, "--quiet"]) == 0
    assert capsys.readouterr().out == local
    assert json.loads(local)["facts"]


def test_check_through_the_cluster_cold_and_warm(
    stories: list[str], scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def check(cache: Path, *extra: str) -> tuple[int, str]:
        baseline = tmp_path / "baseline.json"
        args = ["check", *stories, "--format", "json", "--baseline", str(baseline), "--cache-dir", str(cache)]
        status = main([*args, "--quiet", *extra])
        return status, capsys.readouterr().out

    local = check(tmp_path / "cache-local", "--jobs", "1")
    assert local[0] == 1  # the generated corpus has conflicts and the baseline is empty
    assert json.loads(local[1])["findings"]
    dask = ["--engine", "dask", "--scheduler", scheduler]
    assert check(tmp_path / "cache-dask", *dask) == local
    # Warm: the workers read the cache they filled.
    assert check(tmp_path / "cache-dask", *dask) == local
    assert check(tmp_path / "cache-local", "--jobs", "1") == local  # the same runs on each cache

    def entries(cache: Path) -> list[str]:
        return sorted(p.name for p in cache.rglob("*.json"))

    assert entries(tmp_path / "cache-dask") == entries(tmp_path / "cache-local")
    assert len(entries(tmp_path / "cache-local")) >= ARTICLES


def test_a_cold_check_through_the_cluster_goes_in_bounded_runs_on_one_client(
    stories: list[str],
    scheduler: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cold check on Dask analyses its stories in runs (``incremental_check._chunks``), as the
    local engine does, so that their texts, facts and findings are never all in the client: one
    client (and cluster) serves every run, and the bytes are ``--jobs 1``'s."""
    from compare import incremental_check as incremental

    def check(cache: Path, *extra: str) -> tuple[int, str]:
        baseline = tmp_path / "baseline.json"
        args = ["check", *stories, "--format", "json", "--baseline", str(baseline), "--cache-dir", str(cache)]
        status = main([*args, "--quiet", *extra])
        return status, capsys.readouterr().out

    local = check(tmp_path / "cache-local", "--jobs", "1")
    runs: list[list[str]] = []
    real_analyse = incremental._analyse

    def analyse(todo: Any, *args: Any, **kwargs: Any) -> None:
        runs.append([s.name for s in todo])
        real_analyse(todo, *args, **kwargs)

    clients = _clients_started(monkeypatch)
    monkeypatch.setattr(incremental, "_analyse", analyse)
    monkeypatch.setattr(incremental, "_KEPT_CHARS", 0)
    monkeypatch.setattr(incremental, "_chunks", lambda s: (list(s[i : i + 2]) for i in range(0, len(s), 2)))
    dask = ["--engine", "dask", "--scheduler", scheduler]
    assert check(tmp_path / "cache-dask", *dask) == local
    assert [len(run) for run in runs] == [2] * (STORIES // 2)
    assert clients == [scheduler]
    # Warm: nothing to analyse, no client.
    runs.clear()
    clients.clear()
    assert check(tmp_path / "cache-dask", *dask) == local
    assert runs == [] and clients == []


def test_incremental_check_through_the_cluster(
    stories: list[str], scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The text output takes the incremental path: the changed stories run on the cluster.
    def check(cache: Path, *extra: str) -> tuple[int, str]:
        baseline = tmp_path / "baseline.json"
        args = ["check", *stories, "--baseline", str(baseline), "--cache-dir", str(cache)]
        status = main([*args, "--quiet", *extra])
        return status, capsys.readouterr().out

    local = check(tmp_path / "cache-local", "--jobs", "1", "--no-cache")
    assert local[0] == 1 and "NEW conflict" in local[1]
    dask = ["--engine", "dask", "--scheduler", scheduler]
    assert check(tmp_path / "cache-dask", *dask) == local
    assert check(tmp_path / "cache-dask", *dask) == local
    assert sorted((tmp_path / "cache-dask" / "stories").rglob("*.json"))
    # SARIF lists every divergence, recalled from the records the cluster's run made.
    sarif = check(tmp_path / "cache-local", "--jobs", "1", "--no-cache", "--format", "sarif")
    assert check(tmp_path / "cache-dask", *dask, "--format", "sarif") == sarif


def test_a_worker_killed_mid_run_does_not_change_the_report(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    cluster: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _enough_workers(cluster, 2)
    killed: list[str] = []

    def kill_busiest_worker() -> None:
        # The worker holding the most results or tasks: its loss costs the run most.
        load: dict[str, int] = {w: len(keys) for w, keys in cluster.has_what().items()}
        for w, keys in cluster.processing().items():
            load[w] = load.get(w, 0) + len(keys)
        victim = max(sorted(load), key=lambda w: load[w])
        assert load[victim] > 0  # it holds work of this run
        pid = cluster.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        killed.append(victim)

    seen = _on_first_progress(monkeypatch, kill_busiest_worker)
    assert _report(stories, tmp_path / "killed", "--engine", "dask", "--scheduler", scheduler) == local_report
    assert killed and len(seen) == STORIES
    # The kill was real: that worker left the cluster (its nanny starts another).
    deadline = time.monotonic() + WAIT
    while killed[0] in cluster.scheduler_info()["workers"]:
        assert time.monotonic() < deadline, "the killed worker never left the cluster"
        time.sleep(0.2)


def test_ctrl_c_cancels_the_tasks_and_keeps_the_previous_report(
    stories: list[str],
    scheduler: str,
    cluster: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    before = _report(stories[:2], out, "--jobs", "1")

    def interrupt() -> None:
        raise KeyboardInterrupt

    _on_first_progress(monkeypatch, interrupt)
    status = main(["report", *stories, "--format", "json,html", "--out", str(out)])
    assert status == 130
    assert "interrupted" in capsys.readouterr().err
    assert ((out / "divergence.json").read_bytes(), (out / "divergence.html").read_bytes()) == before
    assert sorted(p.name for p in out.iterdir()) == ["divergence.html", "divergence.json"]

    def tasks(dask_scheduler: Any) -> int:
        return len(dask_scheduler.tasks)

    # Nothing of the run is left on the cluster (the module's own client holds nothing).
    deadline = time.monotonic() + WAIT
    while cluster.run_on_scheduler(tasks):
        assert time.monotonic() < deadline, "the interrupted run's tasks were never released"
        time.sleep(0.2)


def test_usage_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "seeds", "--scheduler", "tcp://127.0.0.1:1", "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err == "divergence: error: --scheduler needs --engine dask\n"


def test_the_client_keeps_no_copy_of_what_it_sent(scheduler: str) -> None:
    """A client keeps the last 1,000 batches it sent to the scheduler by default, each with the
    tasks' arguments (a story's articles): the client's memory grew with the corpus.  The
    engine's client keeps none."""
    from distributed.protocol.serialize import Serialized

    payload = "x" * 50_000
    with engine._client(engine.Engine(kind="dask", scheduler=scheduler)) as client:
        for _ in range(3):
            assert client.submit(len, payload, pure=False).result(timeout=WAIT) == len(payload)
        batches = list(client.scheduler_comm.recent_message_log)
    # Each submitted task went in a message as its pickled spec: the frames of a ``Serialized``.
    held = [
        frame
        for batch in batches
        if isinstance(batch, list)
        for message in batch
        for value in message.values()
        if isinstance(value, Serialized)
        for frame in value.frames
        if payload.encode() in bytes(frame)
    ]
    assert held == []


def test_an_unreachable_scheduler_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "_CONNECT_TIMEOUT", "2s")
    # Port 1 on loopback: nothing listens there, and nothing leaves the machine.
    args = ["report", "seeds", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "--out", str(tmp_path)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("divergence: error: --scheduler tcp://127.0.0.1:1: cannot connect")
    assert err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_batches_keep_story_order_and_bound_their_size() -> None:
    from compare.model import Document

    docs = [
        Document(id=f"d{i}", path=f"d{i}", text="x" * 90_000, outlet="o", title="t", sha256="", story="s")
        for i in range(5)
    ]
    parts = engine.batches(docs)
    assert [d.id for part in parts for d in part] == [d.id for d in docs]
    # Cut once a batch reaches _BATCH_CHARS: 3 documents (270,000 chars), then 2.
    assert [len(p) for p in parts] == [3, 2]


def test_an_article_that_fails_to_extract_is_skipped_as_locally(
    stories: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers in this process (threads, in-process transport), so that the failure
    # planted here reaches them.
    from distributed import Client, LocalCluster

    from compare import pipeline

    real = pipeline.extract_first
    victim = sorted(Path(stories[1]).glob("*.txt"))[2].name

    def failing(doc: Any, limit: Any) -> Any:
        if doc.path.endswith(victim):
            raise OverflowError("a figure too large")
        return real(doc, limit)

    monkeypatch.setattr(pipeline, "extract_first", failing)
    local = _report(stories, tmp_path / "local", "--jobs", "1")
    skipped = json.loads(local[0])["skipped"]
    assert [s["path"].endswith(victim) for s in skipped] == [True]
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None, silence_logs=50
        ) as threads,
        Client(threads, set_as_default=False),
    ):
        address = threads.scheduler.address
        assert _report(stories, tmp_path / "dask", "--engine", "dask", "--scheduler", address) == local
        json_alone = _json_alone(stories, tmp_path / "alone", "--engine", "dask", "--scheduler", address)
        assert json_alone == local[0]
        # --strict: the failure ends the run with a one-line error naming the file.
        args = ["report", *stories, "--format", "json", "--out", str(tmp_path / "strict"), "--quiet"]
        assert main([*args, "--strict", "--engine", "dask", "--scheduler", address]) == 2


def test_file_urls_are_read_by_the_workers_with_the_same_bytes(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``file://`` names a mount the workers share: the worker processes read the articles
    (the client cannot: reading is made to fail in this process), and the report, ``facts``
    and ``check`` (through the caches) give a local run's bytes."""
    from compare import corpus

    def no_reading(cand: Any, max_bytes: int) -> bytes:
        raise AssertionError(f"the client read {cand.shown}")

    check = ["check", "--format", "json", "--baseline", str(tmp_path / "b.json"), "--quiet"]
    assert main([*check, *stories, "--cache-dir", str(tmp_path / "local-cache")]) == 1
    local_check = capsys.readouterr().out
    assert main(["facts", *stories, "--quiet"]) == 0
    local_facts = capsys.readouterr().out
    monkeypatch.setattr(corpus, "_read_bytes", no_reading)
    urls = ["file://" + story for story in stories]
    dask = ["--engine", "dask", "--scheduler", scheduler]
    assert _report(urls, tmp_path / "dask", *dask) == local_report
    assert main(["facts", *urls, *dask, "--quiet"]) == 0
    assert capsys.readouterr().out == local_facts
    for _ in range(2):  # cold, then warm from the fact and findings caches the workers filled
        assert main([*check, *urls, *dask, "--cache-dir", "file://" + str(tmp_path / "url-cache")]) == 1
        assert capsys.readouterr().out == local_check
    facts = [p for p in (tmp_path / "url-cache").rglob("*.json") if "findings" not in p.parts]
    assert len(facts) == ARTICLES and (tmp_path / "url-cache" / "CACHEDIR.TAG").is_file()
    # The same paths given as local paths: the client reads them, and here it cannot.
    assert main(["report", *stories, *dask, "--out", str(tmp_path / "x"), "--quiet"]) != 0
    assert "the client read" in capsys.readouterr().err


def test_a_worker_killed_while_holding_the_articles_it_read_does_not_change_the_report(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    cluster: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With ``file://`` inputs a worker holds the texts its load tasks read: killing it makes
    the scheduler read them again (the load tasks are pure), and the bytes do not change."""
    _enough_workers(cluster, 2)
    killed: list[str] = []

    def kill_a_worker() -> None:
        load: dict[str, int] = {w: len(keys) for w, keys in cluster.has_what().items()}
        for w, keys in cluster.processing().items():
            load[w] = load.get(w, 0) + len(keys)
        victim = max(sorted(load), key=lambda w: load[w])
        pid = cluster.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        killed.append(victim)

    _on_first_progress(monkeypatch, kill_a_worker)
    urls = ["file://" + story for story in stories]
    dask = ["--engine", "dask", "--scheduler", scheduler]
    assert _report(urls, tmp_path / "killed", *dask) == local_report
    assert killed


def _json_alone(paths: list[str], out: Path, *extra: str) -> bytes:
    status = main(["report", *paths, "--format", "json", "--out", str(out), "--quiet", *extra])
    assert status == 0
    return (out / "divergence.json").read_bytes()


def test_the_json_alone_through_the_cluster_is_written_story_by_story(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    cluster: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--format json`` alone: each story's task sends back its part of the JSON text, and the
    bytes are the whole report's, also when a worker dies mid-run (the client sends the
    texts to a scheduler at an address: its workers may be on other machines)."""
    from compare import streamed

    parts: list[str] = []
    real = streamed.Assembly.add

    def add(self: Any, part: Any, *positions: Any) -> None:
        parts.append(part.story)
        real(self, part, *positions)

    monkeypatch.setattr(streamed.Assembly, "add", add)
    dask = ("--engine", "dask", "--scheduler", scheduler)
    assert _json_alone(stories, tmp_path / "json", *dask) == local_report[0]
    assert len(parts) == STORIES
    # Stories cut into several extraction tasks, as a big story is, then one task each.
    monkeypatch.setattr(engine, "_BATCH_DOCS", 2)
    assert _json_alone(stories, tmp_path / "batched", *dask) == local_report[0]
    monkeypatch.undo()
    _enough_workers(cluster, 2)

    def kill_a_worker() -> None:
        victim = sorted(cluster.scheduler_info()["workers"])[0]
        pid = cluster.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)

    _on_first_progress(monkeypatch, kill_a_worker)
    assert _json_alone(stories, tmp_path / "killed", *dask) == local_report[0]


def test_the_json_alone_on_a_cluster_started_for_the_run_is_read_by_its_workers(
    stories: list[str], local_report: tuple[bytes, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The workers of the LocalCluster the engine starts share this machine: the client reads
    # each article once (to plan), keeps no text and sends none; the workers read them again.
    sent: list[int] = []
    real = engine.story_json

    def recording(items: Any, *args: Any) -> Any:
        return real(items, *args)

    monkeypatch.setattr(engine, "story_json", recording)
    original_submit = distributed.Client.submit

    def submit(self: Any, func: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(func, "__name__", "") == "recording":
            sent.extend(len(doc.text) for _, doc in args[0])
        return original_submit(self, func, *args, **kwargs)

    monkeypatch.setattr(distributed.Client, "submit", submit)
    assert _json_alone(stories, tmp_path / "json", "--engine", "dask", "--jobs", "2") == local_report[0]
    assert len(sent) == ARTICLES and not any(sent)


def test_a_cluster_started_for_the_run_is_sent_each_article_path_as_a_string(
    stories: list[str], local_report: tuple[bytes, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The scheduler of the engine's LocalCluster lives in the client's process and unpickles every
    # task's arguments: a ``Path`` there interned each of its parts (issue 14, the Dask client's
    # step), so a story task's candidates carry their files as strings, made paths on the worker.
    files: list[Any] = []
    original_submit = distributed.Client.submit

    def submit(self: Any, func: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(func, "__name__", "") in ("story_json", "extract_items"):
            files.extend(cand.file for cand, _ in args[0] if cand is not None)
        return original_submit(self, func, *args, **kwargs)

    monkeypatch.setattr(distributed.Client, "submit", submit)
    assert _json_alone(stories, tmp_path / "json", "--engine", "dask", "--jobs", "2") == local_report[0]
    assert len(files) == ARTICLES and all(type(f) is str for f in files)


def test_a_worker_whose_nanny_gave_up_is_replaced_before_a_test_needs_it(cluster: Any) -> None:
    """The module's cluster heals itself (``_enough_workers``): a nanny that closed for good
    (as one that could not start its worker again on a loaded machine does) is replaced."""
    _enough_workers(cluster, 2)
    local = cluster.cluster
    # A name of the spec whose nanny the cluster has started: right after a replacement the
    # spec can name a worker before ``local.workers`` holds it (a KeyError here under load).
    name = min(n for n in local.worker_spec if n in local.workers)
    closed = local.workers[name]
    cluster.sync(closed.close)
    deadline = time.monotonic() + WAIT
    while len(cluster.scheduler_info()["workers"]) > 1:
        assert time.monotonic() < deadline, "the closed worker never left the cluster"
        time.sleep(0.2)
    _enough_workers(cluster, 2, wait=2.0)
    assert len(cluster.scheduler_info()["workers"]) == 2 and closed not in local.workers.values()


def test_the_json_alone_keeps_a_window_of_stories_on_the_cluster(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stories are submitted as earlier ones finish: with one story a worker thread, never
    more than three in flight on two workers (the client reads their texts as it submits)."""
    monkeypatch.setattr(engine, "_WINDOW_PER_WORKER", 1)
    flying = count_stories_in_flight(monkeypatch)
    dask = ("--engine", "dask", "--scheduler", scheduler)
    assert _json_alone(stories, tmp_path / "json", *dask) == local_report[0]
    assert flying[0] == 0 and 1 <= flying[1] <= 3


def test_the_dask_client_frees_the_cycles_its_connection_leaves_as_it_goes(
    stories: list[str],
    local_report: tuple[bytes, bytes],
    scheduler: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``distributed``'s connection to the scheduler leaves a reference cycle (a TimeoutError,
    its traceback and frames) each time it waits out a batch of messages, about two a story;
    CPython frees cycles only in a collection of their generation, the oldest's coming once it
    has grown by a quarter (~2,000 stories with dask imported), so the client's memory grew
    with the corpus.  The engine collects every ``_COLLECT_EVERY`` stories: with the automatic
    collector off and one story between collections, the cycles alive as each story comes in
    stay those of the last story, not of every story so far."""
    import gc

    from compare import streamed

    monkeypatch.setattr(engine, "_COLLECT_EVERY", 1)
    alive: list[int] = []
    real = streamed.Assembly.add

    def add(self: Any, part: Any, *positions: Any) -> None:
        alive.append(sum(isinstance(o, TimeoutError) for o in gc.get_objects()))
        real(self, part, *positions)

    monkeypatch.setattr(streamed.Assembly, "add", add)
    gc.collect()
    gc.disable()
    try:
        out = _json_alone(stories, tmp_path / "json", "--engine", "dask", "--scheduler", scheduler)
    finally:
        gc.enable()
    assert out == local_report[0]
    assert len(alive) == STORIES
    # Without the collections: at least two more a story (measured 2-4 a story here).
    assert alive[-1] - alive[1] < STORIES, alive


def test_the_install_hints_name_the_distribution_pip_installs() -> None:
    """``pip install 'divergence[dask]'`` would install another project (or nothing): the hints
    name this project's distribution, with its extra."""
    import tomllib

    from compare.corpus import remote

    root = Path(__file__).resolve().parent.parent
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "dask" in project["optional-dependencies"]
    for hint in (engine.INSTALL_HINT, remote.INSTALL_HINT):
        assert hint == f"pip install '{project['name']}[dask]'"
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert f"pip install '{project['name']}[dask]'" in readme
