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
[--jobs 1] [--repeat 3] [--keep DIR]``.  It prints a Markdown table (the one
in docs/performance.md, section "Incremental check (fact cache)").
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
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


def _run(args: list[str], src: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(src)}
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
    if proc.returncode not in (0, 1):
        raise SystemExit(f"divergence check failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed, proc.returncode


def _median(times: list[float]) -> str:
    return f"{statistics.median(times):.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--stories", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate the corpus here and keep it")
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
        common = [
            *map(str, dirs),
            "--baseline",
            str(work / "baseline.json"),
            "--jobs",
            str(opts.jobs),
        ]

        cold, warm, plus_one, no_cache = [], [], [], []
        status = 0
        for r in range(opts.repeat):
            shutil.rmtree(cache, ignore_errors=True)
            elapsed, status = _run([*common, "--cache-dir", str(cache)], src)
            cold.append(elapsed)
            warm.append(_run([*common, "--cache-dir", str(cache)], src)[0])
            extra = dirs[0] / f"new_{r}.txt"
            extra.write_text(
                _vary(
                    (SEEDS / "000_d8c62df4fe28fb74.txt").read_text(encoding="utf-8"),
                    random.Random(r),
                    f"new-{r}",
                ),
                encoding="utf-8",
            )
            plus_one.append(_run([*common, "--cache-dir", str(cache)], src)[0])
            extra.unlink()
            no_cache.append(_run([*common, "--no-cache"], src)[0])
        entries = sum(1 for _ in cache.rglob("*.json"))
        size = sum(p.stat().st_size for p in cache.rglob("*.json"))

        print(
            f"corpus: {n_files} articles in {len(dirs)} stories "
            f"({sum(p.stat().st_size for d in dirs for p in d.glob('*.txt')) / 1e6:.1f} MB); "
            f"exit status {status}; cache: {entries} entries, {size / 1e6:.1f} MB"
        )
        print(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}; --jobs {opts.jobs}; median of {opts.repeat}"
        )
        print()
        print("| run | wall time |")
        print("|---|---|")
        print(f"| cold (empty cache, {n_files} files extracted) | {_median(cold)} |")
        print(f"| warm (0 files extracted) | {_median(warm)} |")
        print(f"| warm + 1 new article (1 file extracted) | {_median(plus_one)} |")
        print(f"| --no-cache | {_median(no_cache)} |")
        print()
        print(f"speed-up warm vs cold: {statistics.median(cold) / statistics.median(warm):.1f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
