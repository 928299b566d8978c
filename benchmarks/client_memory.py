"""What the client of ``report --format json`` keeps as the corpus grows (issue 14: client memory flat).

For each corpus size (``benchmarks/corpus_gen.py``, ``--per-story`` articles a story) it runs
``divergence report DIRS --format json`` as a fresh process and reads the client's memory from the
kernel (``/proc/self/status``): ``RssAnon`` (the client's anonymous memory, without the file
pages that the kernel maps and pages out at will) and ``VmRSS`` after the imports, once the corpus
is planned (``engine._plan_stubs``), once the last story's part is in (``engine._in_order``), and
the peaks (``RssAnon`` sampled every 5 ms by a thread, as the kernel keeps no high-water mark of
it; ``VmHWM``); then the growth of each peak per article between consecutive sizes,
which is the figure issue 14 asks to be flat.

With ``--stub`` (the default) extraction returns no facts, in the client and in every worker
process (a ``sitecustomize`` on ``PYTHONPATH`` patches ``pipeline.extract_documents``), so that a
run costs little more than reading the corpus twice and what shows is the client's own
structures: the plan, the labels, the assembly, the walk.  ``--real`` extracts: slower, the same
structures plus the facts' share of the spill offsets (``benchmarks/scale.py`` measures those
runs with times).  ``--trace N`` also prints the N largest allocation sites at the planning's
peak (``tracemalloc``: slow, for finding what grows, not for the figures).

``--one-path`` gives the corpus's directory as the one PATH, as a user runs it, instead of one
PATH a story directory: a long command line is itself in the client's memory (session 19: the
interpreter starts 0.9 MB bigger with 1,000 arguments than with 250), and the walk of one PATH
is what a user's run does.  ``--check`` measures ``divergence check --format json`` with a cache
directory instead of ``report``: for each size, the cold run (empty cache: every story
analysed), then a warm run (nothing changed) and a warm run after one article was added (the
CI case: ``warm+1``), each a fresh process; the marks of ``report``'s planning and stories do
not apply there, so only the peak and the memory after the imports are given.

``--configs`` takes ``local-N``, ``dask-N`` and ``dasksub-N``: the last is ``dask-N`` with the
engine's ``LocalCluster`` replaced by ``distributed``'s ``SubprocessCluster`` (the scheduler in a
process of its own, not the client's), to tell the scheduler's share of the client's memory; it
imports ``distributed`` before the run (to patch it), so its memory after the imports and its
planning are ~24 MiB higher: compare the "last story in" marks.  ``daskext-N`` gives the client
``--scheduler`` the address of a ``LocalCluster`` of N workers that this benchmark starts in its
own process (scheduler and workers out of the client's process, on the loopback interface: what
a user gets by running ``dask scheduler`` and ``dask worker`` beside ``divergence``); the client
then reads each batch's texts itself, as with any scheduler it did not start.

``--corpus SIZE=DIR`` (repeatable) takes an existing corpus for that size instead of
generating one: a directory of story directories (with ``--real``, real text extracted for
real, e.g. dev articles replicated under new story directories).

Usage::

    python benchmarks/client_memory.py --sizes 5000,20000 --configs local-1,local-2,dask-2 --one-path
    python benchmarks/client_memory.py --sizes 5000,20000 --configs local-1 --one-path --check
    python benchmarks/client_memory.py --sizes 5000,10000,20000 --configs local-1 --one-path \
        --check --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus_gen import generate  # noqa: E402

# Imported in every process of the run (client, pool and Dask workers) when --stub is given.
_STUB = r"""
import os
if os.environ.get("DIVERGENCE_MEMORY_STUB"):
    from compare import pipeline
    def _no_facts(documents, options=None, *, jobs=1, progress=None, failed=None):
        return ()
    pipeline.extract_documents = _no_facts
"""

# The client: the CLI with checkpoints; its figures on a pipe.
_CLIENT = r"""
import json, os, sys, threading
def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(key + ":"))
fd, trace = int(sys.argv[1]), int(sys.argv[2])
# The kernel keeps no high-water mark of anonymous memory: a thread samples it.
anon_peak = [status("RssAnon")]
stop = threading.Event()
def sample():
    while not stop.wait(0.005):
        anon_peak[0] = max(anon_peak[0], status("RssAnon"))
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
if os.environ.get("DIVERGENCE_MEMORY_SCHEDULER_APART"):
    # ``dasksub``: the LocalCluster the engine starts, with its scheduler in a process of its own
    # (``distributed``'s SubprocessCluster), to tell the scheduler's share of the client's memory.
    import distributed
    from distributed.deploy.subprocess import SubprocessCluster
    def apart(*, n_workers, threads_per_worker, host, silence_logs, **_):
        return SubprocessCluster(
            host=host, n_workers=n_workers, threads_per_worker=threads_per_worker,
            dashboard_address=None, silence_logs=silence_logs,
        )
    distributed.LocalCluster = apart
from compare import engine
from compare.cli import main
marks = {"imports": status("VmRSS"), "anon_imports": status("RssAnon")}
# The sampler misses spikes shorter than its period (a warm check's ~2 MiB buffers last a few
# ms): the kernel's RSS high-water mark, reset here, misses none; less the file pages mapped at
# the end (code and libraries, mapped as they are first run, so at most as many at the peak),
# it bounds the anonymous peak from below, within ~0.3 MiB run to run.
try:
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
except OSError:
    pass
plan = engine._plan_stubs
def planned(*args, **kwargs):
    if trace:
        import tracemalloc
        tracemalloc.start(8)
    out = plan(*args, **kwargs)
    marks["planned"] = status("VmRSS")
    marks["anon_planned"] = status("RssAnon")
    marks["planned_hwm"] = status("VmHWM")
    if trace:
        import tracemalloc
        snap = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        marks["traced_kept"], marks["traced_peak"] = current, peak
        marks["sites"] = [
            [str(s.traceback[0]), s.size, s.count]
            for s in snap.statistics("lineno")[:trace]
        ]
    return out
engine._plan_stubs = planned
in_order = engine._in_order
def last_story(*args, **kwargs):
    marks["stories_in"] = status("VmRSS")
    marks["anon_stories_in"] = status("RssAnon")
    return in_order(*args, **kwargs)
engine._in_order = last_story
code = main(sys.argv[3:])
marks["end"] = status("VmRSS")
marks["peak"] = status("VmHWM")
stop.set()
sampler.join()
marks["anon_peak"] = max(anon_peak[0], status("RssAnon"))
marks["hwm_anon"] = status("VmHWM") - status("RssFile") - status("RssShmem")
with os.fdopen(fd, "w") as out:
    json.dump({"code": code, **marks}, out)
"""


def _run(args: list[str], env: dict[str, str], trace: int, timeout: float) -> dict[str, Any]:
    read, write = os.pipe()
    start = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-c", _CLIENT, str(write), str(trace), *args],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        _, err = proc.communicate(timeout=timeout)
        text = pipe.read()
    if proc.returncode or not text:
        raise SystemExit(f"client failed ({proc.returncode}): {err.decode()[-2000:]}")
    result: dict[str, Any] = json.loads(text)
    result["wall_s"] = time.monotonic() - start
    return result


def _corpus(root: Path, size: int, per_story: int, one_path: bool = False) -> list[str]:
    """The story directories of a ``corpus_gen`` corpus of ``size`` articles under ``root``
    (with ``one_path``: the directory that holds them, alone), generated unless an earlier run
    left it complete there (the same arguments give the same bytes)."""
    where = root / f"corpus-{size}-{per_story}"
    done = where / "complete"
    if not done.exists():
        shutil.rmtree(where, ignore_errors=True)
        dirs = [str(d) for d in generate(where / "stories", size, stories=max(1, size // per_story))]
        done.write_text("\n".join(dirs))
    return [str(where / "stories")] if one_path else done.read_text().split("\n")


def _one_more(paths: list[str]) -> Path:
    """A copy of the first article of the corpus's first story under a new name in that story,
    with a new first line (``warm+1``): returns the new file, to be removed after the run."""
    story = Path(paths[0])
    if len(paths) == 1:  # the corpus's directory: its first story directory
        story = min(p for p in story.iterdir() if p.is_dir())
    first = min(p for p in story.iterdir() if p.suffix == ".txt")
    text = first.read_text(encoding="utf-8")
    new = story / f"zz-one-more-{os.getpid()}.txt"
    new.write_text(f"Added for the benchmark {time.time_ns()}: 7 people were hurt.\n{text}", encoding="utf-8")
    return new


def _check_runs(
    paths: list[str],
    config: str,
    work: Path,
    size: int,
    env: dict[str, str],
    trace: int,
    timeout: float,
    repeat: int = 1,
) -> list[dict[str, Any]]:
    """``check --format json`` with a fresh cache directory: cold, then ``repeat`` warm runs, then
    ``repeat`` warm runs after one new article (a new name each time, the previous one removed);
    each row names its run (``config`` + ``/cold``, ``/warm``, ``/warm+1``)."""
    engine, jobs = config.split("-")
    engine = "dask" if engine == "dasksub" else engine
    cache = work / f"cache-{size}-{config}"
    shutil.rmtree(cache, ignore_errors=True)
    base = ["check", *paths, "--format", "json", "--quiet", "--cache-dir", str(cache), "--jobs", jobs]
    base += ["--baseline", str(work / "no-baseline.json")]
    if engine == "dask":
        base += ["--engine", "dask"]
    rows = []
    for run in ("cold", *["warm"] * repeat, *["warm+1"] * repeat):
        added = _one_more(paths) if run == "warm+1" else None
        try:
            row = _run(
                [*base, "--output-file", str(work / f"check-{size}-{config}.json")], env, trace, timeout
            )
        finally:
            if added is not None:
                added.unlink()
        row["config"] = f"{config}/{run}"
        rows.append(row)
    shutil.rmtree(cache, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="5000,20000")
    parser.add_argument("--per-story", type=int, default=20, help="articles a story (default 20)")
    parser.add_argument(
        "--configs",
        default="local-2",
        help="local-1, local-2, dask-2, dasksub-2 (comma-separated; dasksub: the scheduler apart)",
    )
    parser.add_argument("--real", action="store_true", help="extract for real (default: no facts)")
    parser.add_argument("--trace", type=int, default=0, help="print the N largest allocation sites")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    parser.add_argument("--corpora", type=Path, help="keep the generated corpora here and reuse them")
    parser.add_argument(
        "--one-path", action="store_true", help="the corpus's directory as the one PATH (as users run it)"
    )
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        metavar="SIZE=DIR",
        help="use the story directories under DIR for that size instead of a generated corpus",
    )
    parser.add_argument(
        "--check", action="store_true", help="measure check --format json (cold, warm, warm+1)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="with --check: this many warm runs and warm+1 runs after the cold one (the spread)",
    )
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="divergence-client-memory-"))
    rows: list[dict[str, Any]] = []
    try:
        (work / "site").mkdir()
        (work / "site" / "sitecustomize.py").write_text(_STUB)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(work / "site")]))
        if not args.real:
            env["DIVERGENCE_MEMORY_STUB"] = "1"
        for size in (int(s) for s in args.sizes.split(",")):
            given = dict(spec.split("=", 1) for spec in args.corpus)
            if str(size) in given:
                root = Path(given[str(size)]).resolve()
                dirs = [str(root)] if args.one_path else sorted(str(d) for d in root.iterdir() if d.is_dir())
            else:
                dirs = _corpus(args.corpora or work, size, args.per_story, args.one_path)
            for config in args.configs.split(","):
                engine, jobs = config.split("-")
                run_env = env
                if engine == "dasksub":
                    engine, run_env = "dask", dict(env, DIVERGENCE_MEMORY_SCHEDULER_APART="1")
                if engine == "daskext" and args.check:
                    raise SystemExit("daskext: report only")
                if args.check:
                    runs = _check_runs(
                        dirs, config, work, size, run_env, args.trace, args.timeout, args.repeat
                    )
                else:
                    out = work / f"out-{size}-{config}"
                    cli = ["report", *dirs, "--format", "json", "--out", str(out), "--quiet", "--jobs", jobs]
                    cluster = _cluster(int(jobs), env) if engine == "daskext" else None
                    if engine in ("dask", "daskext"):
                        cli += ["--engine", "dask"]
                    if cluster is not None:
                        cli += ["--scheduler", cluster.scheduler_address]
                    try:
                        runs = [_run(cli, run_env, args.trace, args.timeout)]
                    finally:
                        if cluster is not None:
                            cluster.close()
                    runs[0]["config"] = config
                for row in runs:
                    row.update(articles=size, load_after=os.getloadavg()[0])
                    for site in row.pop("sites", []):
                        print(f"#   {site[1] / 1e6:8.2f} MB {site[2]:8d} blocks  {site[0]}")
                    print(json.dumps(row), flush=True)
                    rows.append(row)
            if args.corpora is None and str(size) not in given:
                shutil.rmtree(work / f"corpus-{size}-{args.per_story}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    print(table(rows))


def _cluster(workers: int, env: dict[str, str]) -> Any:
    """A ``LocalCluster`` in this process (``daskext``), its workers started with the client's
    environment (the stub, the code under test on ``PYTHONPATH``)."""
    import logging

    from distributed import LocalCluster

    os.environ.update({k: env[k] for k in ("PYTHONPATH", "DIVERGENCE_MEMORY_STUB") if k in env})
    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
    )


def table(rows: list[dict[str, Any]]) -> str:
    """The figures in MB, and between consecutive sizes of one config the growth in KB an article:
    anonymous memory (``RssAnon``: the client's own; file pages, which the kernel maps in and
    pages out at will, move ``VmRSS`` by ~1 MiB a run), its peak as sampled and as bounded by the
    kernel's high-water mark (``hwm_anon``), then the whole RSS's peak (``VmHWM``).  With
    ``--repeat``, the growth compares a size's first row with the first of the size before."""
    marks = ("anon_imports", "anon_planned", "anon_stories_in", "anon_peak", "hwm_anon", "peak")
    lines = [
        "| config | articles | anon after imports | anon planned | anon last story in | anon peak "
        "| anon growth KB/article | anon peak (HWM) | HWM growth KB/article | RSS peak "
        "| RSS growth KB/article | load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    last: dict[str, dict[str, Any]] = {}
    first: dict[tuple[str, int], dict[str, Any]] = {}
    for r in rows:
        if (r["config"], r["articles"]) in first:
            before = None
        else:
            before = last.get(r["config"])
            first[(r["config"], r["articles"])] = r
            last[r["config"]] = r
        cells = []
        for m in marks:
            cells.append(f"{r[m] / 1024:.1f}" if m in r else "-")
            if m in ("anon_peak", "hwm_anon", "peak"):
                grew = before is not None and m in r and m in before
                n = r["articles"] - before["articles"] if before is not None else 0
                cells.append(f"{(r[m] - before[m]) / n:.3f}" if grew and before is not None else "")
        lines.append(f"| {r['config']} | {r['articles']:,} | {' | '.join(cells)} | {r['load_after']:.1f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
