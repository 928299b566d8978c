"""Cold vs warm ``divergence check`` on a generated corpus of ~1,000 articles.

The corpus is made from the seeds: ``--stories`` directories, each holding
``--articles / --stories`` lightly varied copies of the five seed articles (a
dateline sentence of its own, one paragraph dropped, two adjacent paragraphs
swapped, a figure nudged now and then) under invented outlet names, each
directory with its ``sources.toml``.  Generation is seeded, so every run
measures the same corpus.

Measured, each as the median of ``--repeat`` runs of the real command line
(a fresh process, as CI runs it):

* cold: empty ``--cache-dir``, every article extracted and the cache written;
* warm: the same command again, every article's facts read from the cache;
* warm + 1: one new article added to one story, so one file is extracted;
* no cache: ``--no-cache``, for the cost of writing the cache on a cold run.

Usage: ``python benchmarks/cache_speed.py [--articles 1000] [--stories 10]
[--jobs 1] [--repeat 3] [--keep DIR] [--phases]``.  It prints Markdown tables
(the ones in docs/performance.md, section "Incremental check (fact cache)");
``--phases`` adds CPU seconds per stage, which shows what the cache can save
and what it cannot.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def _vary(text: str, rng: random.Random, label: str) -> str:
    """A light, deterministic edit: what one outlet's rewrite of a wire story looks like."""
    paras = _paragraphs(text)
    if len(paras) > 4:
        del paras[rng.randrange(2, len(paras))]
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    if rng.random() < 0.2:
        # Nudge one large figure, so some stories hold real disagreements.
        body = "\n\n".join(paras)
        numbers = list(NUMBER.finditer(body))
        if numbers:
            m = rng.choice(numbers)
            value = int(m.group().replace(",", "")) * rng.choice((2, 3)) // 2
            body = body[: m.start()] + f"{value:,}" + body[m.end() :]
            paras = _paragraphs(body)
    paras.insert(1, f"This report ({label}) was filed by our correspondent.")
    return "\n\n".join(paras) + "\n"


def generate(root: Path, articles: int, stories: int, seed: int = 7) -> list[Path]:
    manifest = tomllib.loads((SEEDS / "sources.toml").read_text(encoding="utf-8"))
    sources = manifest["source"]
    texts = {s["file"]: (SEEDS / s["file"]).read_text(encoding="utf-8") for s in sources}
    rng = random.Random(seed)
    per_story = max(1, articles // stories)
    dirs = []
    for s in range(stories):
        directory = root / f"story-{s:02d}"
        directory.mkdir(parents=True)
        entries = []
        for i in range(per_story):
            source = sources[i % len(sources)]
            name = f"{i:03d}_{Path(source['file']).stem[:3]}.txt"
            text = _vary(texts[source["file"]], rng, f"{s}-{i}")
            (directory / name).write_text(text, encoding="utf-8")
            entries.append(
                f'[[source]]\nfile = "{name}"\noutlet = "Outlet {rng.randrange(1, 40):02d}"\n'
                f"published = {source['published']}\n"
            )
        (directory / "sources.toml").write_text("\n".join(entries), encoding="utf-8")
        dirs.append(directory)
    return dirs


def snapshot(work: Path) -> Path:
    """A private copy of the package to run.

    The cache key includes a hash of the extraction code, so a source file
    edited while the benchmark runs (a checkout in use) would turn warm runs
    cold; the copy keeps the code fixed for the whole measurement.
    """
    src = work / "src"
    shutil.copytree(ROOT / "compare", src / "compare", ignore=shutil.ignore_patterns("__pycache__"))
    return src


def _run(args: list[str], src: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of one ``divergence check`` process, and its exit status.

    CPU time (user + system of the child) is reported next to wall time because
    this machine is shared: wall time moves with the neighbours' load, CPU time
    much less.
    """
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "compare", "check", "--quiet", *args],
        cwd=src,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"divergence check failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, cpu, proc.returncode


def phases(src: Path, dirs: list[Path], cache: Path) -> dict[str, float]:
    """Seconds per stage of one run, in this process, on the snapshot's code."""
    sys.path.insert(0, str(src))
    import io

    from compare import ci, pipeline
    from compare.align import align
    from compare.corpus import load_corpus
    from compare.judge import judge
    from compare.model import Report
    from compare.options import Options

    paths = [str(d) for d in dirs]
    out: dict[str, float] = {}
    t = time.process_time()
    corpus = load_corpus(paths, max_bytes=5_000_000, strict=False)
    out["load and hash the articles"] = time.process_time() - t
    t = time.process_time()
    pipeline.extract_documents(corpus.documents)
    out["extract facts (no cache)"] = time.process_time() - t
    t = time.process_time()
    facts = pipeline.extract_documents(corpus.documents, Options(cache_dir=cache, max_facts=None))
    out["read facts from the cache"] = time.process_time() - t
    t = time.process_time()
    groups = align(corpus.documents, facts)
    out["align"] = time.process_time() - t
    t = time.process_time()
    findings = judge(groups, corpus.documents)
    out["judge"] = time.process_time() - t
    report = Report(documents=tuple(corpus.documents), facts=facts, findings=tuple(findings))
    t = time.process_time()
    ci.check(
        report,
        baseline=cache.parent / "baseline.json",
        update=False,
        fail_on="conflict",
        fmt="text",
        out=io.StringIO(),
    )
    out["check: baseline and text output"] = time.process_time() - t
    return out


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--stories", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
    parser.add_argument("--phases", action="store_true", help="also time each stage in-process")
    opts = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="divergence-cache-bench-"))
    corpus = opts.keep or work / "corpus"
    try:
        if corpus.exists():
            shutil.rmtree(corpus)
        dirs = generate(corpus, opts.articles, opts.stories)
        n_files = sum(len(list(d.glob("*.txt"))) for d in dirs)
        cache = work / "cache"
        src = snapshot(work)
        baseline = ["--baseline", str(work / "baseline.json"), "--jobs", str(opts.jobs)]
        common = [*map(str, dirs), *baseline]

        runs: dict[str, list[tuple[float, float]]] = {
            f"cold: empty cache, {n_files} files extracted": [],
            "warm: 0 files extracted": [],
            "warm + 1 new article: 1 file extracted": [],
            "--no-cache": [],
        }
        cold, warm, plus_one, no_cache = runs.values()
        status = 0
        for r in range(opts.repeat):
            shutil.rmtree(cache, ignore_errors=True)
            wall, cpu, status = _run([*common, "--cache-dir", str(cache)], src)
            cold.append((wall, cpu))
            warm.append(_run([*common, "--cache-dir", str(cache)], src)[:2])
            extra = dirs[0] / f"new_{r}.txt"
            seed_text = (SEEDS / "000_d8c62df4fe28fb74.txt").read_text(encoding="utf-8")
            extra.write_text(_vary(seed_text, random.Random(r), f"new-{r}"), encoding="utf-8")
            plus_one.append(_run([*common, "--cache-dir", str(cache)], src)[:2])
            extra.unlink()
            no_cache.append(_run([*common, "--no-cache"], src)[:2])
        entries = sum(1 for _ in cache.rglob("*.json"))
        size = sum(p.stat().st_size for p in cache.rglob("*.json"))
        mb = sum(p.stat().st_size for d in dirs for p in d.glob("*.txt")) / 1e6

        print(
            f"corpus: {n_files} articles in {len(dirs)} stories ({mb:.1f} MB); exit status "
            f"{status}; cache: {entries} entries, {size / 1e6:.1f} MB"
        )
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores (shared), Python "
            f"{platform.python_version()}; --jobs {opts.jobs}; median of {opts.repeat}"
        )
        print()
        print("| `divergence check` run | wall | CPU |")
        print("|---|---|---|")
        for name, values in runs.items():
            walls = [w for w, _ in values]
            cpus = [c for _, c in values]
            print(f"| {name} | {_median(walls)} | {_median(cpus)} |")
        cpu_cold = statistics.median(c for _, c in cold)
        cpu_warm = statistics.median(c for _, c in warm)
        print()
        print(f"CPU time warm vs cold: {cpu_warm / cpu_cold:.0%} ({cpu_cold / cpu_warm:.2f}x faster)")
        if opts.phases:
            print()
            print("| stage (one process, CPU) | seconds |")
            print("|---|---|")
            for name, seconds in phases(src, dirs, cache).items():
                print(f"| {name} | {seconds:.1f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
