"""A warm ``divergence check`` on a large repository after one article is added.

Generates ``--articles`` articles in ``--stories`` stories (``corpus_gen``), fills
the caches with a cold ``check`` (``--jobs`` processes), runs a warm ``check``
(nothing changed), adds one article to one story (a copy of one of its
articles with a sentence of its own and one figure changed), and runs ``check``
again with ``--jobs 1``: the target of issue 14 is that last run in ≤ 2 s on one
core at 10,000 articles.  Each run is a fresh process, as CI runs it; its wall
and CPU seconds come from ``RUSAGE_CHILDREN``.  ``--phases`` then times the
stages of that last run in this process (load, facts from the cache, the
findings cache, the gate), which says where the time goes.

Usage: ``python benchmarks/incremental.py [--articles 10000] [--stories 500] [--jobs 2] [--phases]``
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus_gen import generate  # noqa: E402


def _run(args: list[str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "compare", "check", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def _phases(dirs: list[str], cache: Path) -> list[tuple[str, float]]:
    import io

    from compare import ci
    from compare.corpus import load_corpus
    from compare.incremental import align_story, finish
    from compare.judge import outlet_labels
    from compare.pipeline import extract_documents

    out: list[tuple[str, float]] = []
    t = time.process_time()
    corpus = load_corpus(dirs)
    out.append(("load and hash the articles", time.process_time() - t))
    t = time.process_time()
    docs = corpus.documents
    facts = extract_documents(docs, jobs=1, cache_dir=cache)
    out.append(("facts from the fact cache (1 file extracted)", time.process_time() - t))
    t = time.process_time()
    labels = outlet_labels(docs)
    stories: dict[str, list] = {}
    for d in docs:
        stories.setdefault(d.story, []).append(d)
    story_of = {d.id: d.story for d in docs}
    facts_of: dict[str, list] = {s: [] for s in stories}
    for f in facts:
        facts_of[story_of[f.doc]].append(f)
    results = [align_story(s, stories[s], facts_of[s], labels, cache) for s in sorted(stories)]
    findings = finish(results, docs, cache)
    aligned = sum(1 for r in results if r.groups is not None)
    out.append((f"findings: cache keys, {aligned} story aligned, the rest recalled", time.process_time() - t))
    from compare.model import Report

    report = Report(documents=tuple(docs), facts=facts, findings=tuple(findings), skipped=corpus.skipped)
    t = time.process_time()
    ci.check(
        report, baseline=cache / "none.json", update=False, fail_on="conflict", fmt="text", out=io.StringIO()
    )
    out.append(("check: match the baseline, write the text output", time.process_time() - t))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the cold run")
    parser.add_argument("--phases", action="store_true")
    parser.add_argument("--keep", type=Path, help="work here and keep the corpus and caches")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="divergence-incremental-"))
    try:
        corpus = work / "corpus"
        if not corpus.exists():
            generate(corpus, args.articles, stories=args.stories)
        dirs = sorted(str(d) for d in corpus.iterdir())
        cache = work / "cache"
        common = [*dirs, "--quiet", "--baseline", str(work / "baseline.json"), "--cache-dir", str(cache)]
        rows = []
        rows.append(("cold (caches empty)", *_run([*common, "--jobs", str(args.jobs)])))
        rows.append(("warm, nothing changed", *_run([*common, "--jobs", "1"])))
        story = Path(dirs[len(dirs) // 2])
        source = sorted(story.glob("*.txt"))[0]
        text = source.read_text(encoding="utf-8")
        (story / "zz-added.txt").write_text("An update from the scene.\n\n" + text.replace("1", "2", 1))
        rows.append(("warm + 1 article in one story", *_run([*common, "--jobs", "1"])))
        print(f"{args.articles:,} articles in {len(dirs)} stories, load average {os.getloadavg()[0]:.1f}")
        print("| `divergence check` run | wall s | CPU s |\n|---|---:|---:|")
        for name, wall, cpu in rows:
            print(f"| {name} | {wall:.1f} | {cpu:.1f} |")
        if args.phases:
            # The same state once more (the added article is cached now: add another).
            (story / "zz-added-2.txt").write_text("A second update.\n\n" + text.replace("1", "3", 1))
            print("\n| stage of a warm + 1 run (in-process) | CPU s |\n|---|---:|")
            for name, cpu in _phases(dirs, cache):
                print(f"| {name} | {cpu:.2f} |")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
