"""Pathological articles: every stage must stay linear in the input (issue 12, item 1).

The audit's five inputs, at the sizes that took 39-103 s each before the fix:
a 160 KB article holding a hexadecimal hash, ``'100 '`` x 20,000 (80 KB),
``'ab1,'`` x 10,000 (40 KB), ``'January 9-10, '`` x 20,000 (280 KB) and
``'two days later '`` x 50,000 (750 KB).  For each, the script prints

- the CPU time of ``compare.extract.extract_text`` (least of three runs),
- the same at a quarter of the size, and the ratio (4x the input should cost
  about 4x the time; a quadratic stage costs 16x),
- the wall and CPU time of ``python -m compare report FILE --format json``, and
  of ``--format json,html``, as fresh processes (the issue measured through
  ``report``: process start-up, loading, extraction, alignment, judging and
  writing included).  The last two inputs yield 20,000 and 50,000 facts;
  ``report`` compares the first ``--max-facts`` of them (2,000 by default) and
  says so in a warning.

With ``--stages`` it prints instead where one in-process run of ``report``
spends its CPU time, stage by stage, which is how per-fact costs were found.

The ``report`` processes run with compiled bytecode, as an installed package
does (pip compiles every module on install): the modules are compiled once
into a private ``PYTHONPYCACHEPREFIX`` (and one untimed run writes the rest)
before the first timed run.  A checkout
run with ``PYTHONDONTWRITEBYTECODE=1`` (as this machine's shells are) would
otherwise compile every module from source in every process, 0.1-0.15 s that
no user pays; ``--source`` measures that way.

Target: every input through ``report`` in under 2 s; the extraction ratio under 6.

Usage::

    python benchmarks/pathological.py
    python benchmarks/pathological.py --no-report            # extraction only
    python benchmarks/pathological.py --max-facts 1000000    # every fact compared
    python benchmarks/pathological.py --stages
    python benchmarks/pathological.py --repeat 3             # least CPU time of 3 runs each
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.extract import extract_text  # noqa: E402
from compare.options import DEFAULT_MAX_FACTS, Options  # noqa: E402


def hex_hash(size: int) -> str:
    chunks = []
    i = 0
    while len(chunks) * 64 < size:
        chunks.append(hashlib.sha256(str(i).encode()).hexdigest())
        i += 1
    return "The file's hash is " + "".join(chunks)[:size] + "."


# name -> text of the audit's size when given 1, of a quarter when given 4.
INPUTS: dict[str, Callable[[int], str]] = {
    "hex hash (160 KB)": lambda q: hex_hash(160_000 // q),
    "'100 ' x 20,000 (80 KB)": lambda q: "100 " * (20_000 // q),
    "'ab1,' x 10,000 (40 KB)": lambda q: "ab1," * (10_000 // q),
    "'January 9-10, ' x 20,000 (280 KB)": lambda q: "January 9-10, " * (20_000 // q),
    "'two days later ' x 50,000 (750 KB)": lambda q: "two days later " * (50_000 // q),
}


def cpu_seconds(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        extract_text(text, dt.date(2022, 1, 8))
        best = min(best, time.process_time() - started)
    return best


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bytecode_env(source: bool) -> dict[str, str]:
    """The environment of the ``report`` processes: with the package compiled once (see above)."""
    env = dict(os.environ)
    if source:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "divergence-pathological-pycache")
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "compare")],
        env=env,
        check=True,
        capture_output=True,
    )
    # The prefix holds every module's bytecode, the standard library's and the
    # dependencies' too: one untimed run writes theirs.
    report_seconds("On Monday 100 troops arrived.", "json,html", None, env)
    return env


def report_seconds(
    text: str, formats: str, max_facts: int | None, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of ``divergence report`` on a one-article story, as a fresh process."""
    with tempfile.TemporaryDirectory(prefix="divergence-pathological-") as tmp:
        story = Path(tmp) / "story"
        story.mkdir()
        (story / "a.txt").write_text(text, encoding="utf-8")
        limit = ["--max-facts", str(max_facts)] if max_facts else []
        cpu, started = _children_cpu(), time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "compare", "report", str(story), "--out", str(Path(tmp) / "out"),
             "--format", formats, "--quiet", "-j", "1", *limit],
            cwd=ROOT, check=True, capture_output=True, env=env,
        )  # fmt: skip
        return time.perf_counter() - started, _children_cpu() - cpu


def stage_times(story: Path, options: Options) -> tuple[dict[str, float], int]:
    """CPU seconds of each stage (load, extract, align, judge, echoes, json, html) of one in-process
    ``report --format json,html`` on the story folder ``story``, and the number of facts it found
    (also ``benchmarks/growth.py``'s)."""
    from compare import pipeline
    from compare.corpus import load_corpus
    from compare.incremental import align_story, finish
    from compare.judge import outlet_labels
    from compare.render.html import render_html
    from compare.schema import dump_chunks, report_to_dict

    times: dict[str, float] = {}
    last = time.process_time()

    def tick(name: str) -> None:
        nonlocal last
        now = time.process_time()
        times[name] = now - last
        last = now

    corpus = load_corpus([str(story)], max_bytes=sys.maxsize - 1)
    tick("load")
    failed: list = []
    facts = pipeline.extract_documents(corpus.documents, options, failed=failed)
    docs = pipeline._without(corpus.documents, failed)
    tick("extract")
    results = [align_story(docs[0].story, docs, list(facts), outlet_labels(docs), None)]
    tick("align")
    findings = finish(results, docs, None)
    tick("judge")
    report = pipeline.conclude(docs, facts, findings, ())
    tick("echoes")
    for chunk in dump_chunks(report_to_dict(report)):
        chunk.encode("utf-8")
    tick("json")
    render_html(report)
    tick("html")
    return times, len(facts)


def stages(text: str, max_facts: int | None) -> str:
    """CPU seconds per stage of one in-process ``report --format json,html`` on ``text``."""
    with tempfile.TemporaryDirectory(prefix="divergence-pathological-") as tmp:
        story = Path(tmp) / "story"
        story.mkdir()
        (story / "a.txt").write_text(text, encoding="utf-8")
        times, count = stage_times(story, Options(max_facts=max_facts or DEFAULT_MAX_FACTS))
    cells = " | ".join(f"{times[k]:.2f}" for k in times)
    return f"{count:,} | {cells} | {sum(times.values()):.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-report", action="store_true", help="skip the divergence report runs")
    parser.add_argument("--stages", action="store_true", help="CPU seconds per stage, in-process")
    parser.add_argument("--max-facts", type=int, default=None, help="pass --max-facts N to report")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each report N times; keep the least CPU time"
    )
    parser.add_argument(
        "--source", action="store_true", help="no bytecode: compile every module in every run"
    )
    args = parser.parse_args(argv)
    if args.stages:
        print("| input | facts kept | load | extract | align | judge | echoes | JSON | HTML | total CPU s |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for name, make in INPUTS.items():
            print(f"| {name} | {stages(make(1), args.max_facts)} |", flush=True)
        return 0
    print(
        "| input | extract CPU s | at 1/4 size | ratio (4x input) "
        "| report JSON wall / CPU s | report JSON+HTML wall / CPU s |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    env = None if args.no_report else bytecode_env(args.source)
    for name, make in INPUTS.items():
        full, quarter = cpu_seconds(make(1)), cpu_seconds(make(4))
        cells = ["-", "-"]
        if not args.no_report:
            runs: dict[str, list[tuple[float, float]]] = {"json": [], "json,html": []}
            for _ in range(max(1, args.repeat)):
                for formats, done in runs.items():
                    done.append(report_seconds(make(1), formats, args.max_facts, env))
            # The least disturbed run (least CPU time); every CPU time on standard error.
            cells = ["{:.2f} / {:.2f}".format(*min(done, key=lambda r: r[1])) for done in runs.values()]
            every = {formats: [round(cpu, 2) for _, cpu in done] for formats, done in runs.items()}
            print(f"{name}: CPU s of every run {every}", file=sys.stderr, flush=True)
        ratio = full / max(quarter, 1e-4)
        print(f"| {name} | {full:.3f} | {quarter:.3f} | {ratio:.1f} | {cells[0]} | {cells[1]} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
