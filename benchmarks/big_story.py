"""One big story: thousands of one-sentence articles in one flat folder (issue 12, item 3).

A newsroom that drops a day's wire copy into one folder gets one story with
thousands of short articles, most stating the same few facts.  Every stage
that compares facts or excerpts pairwise inside a story (alignment's merge
checks, the word diff of a finding's excerpts, the echo detector) shows up
here as a time that quadruples when the folder doubles.

The corpus is generated (seeded, so every run measures the same bytes):
``N`` files, each one sentence built from a few templates, with a count of
troops, a death toll, a sum of money or a meeting date, a place and an
outlet's wording, and figures that mostly agree and sometimes differ.  Then
``python -m compare report DIR --format json`` and ``--format json,html`` are
run as fresh processes (``--jobs 1``), and their wall and CPU seconds and peak
memory are printed as a Markdown table.

Targets (issue 12): 20,000 articles ≤ 60 s for JSON; HTML ≤ 1.5x the JSON time.

On a shared machine one run's CPU time varies by a third with the other
processes' load, and the ratio of two single runs inherits both errors.  With
``--repeat N`` the two commands run alternately N times each, and the table
gives the least CPU time of each (the run least disturbed) and their ratio;
every run is printed on standard error.

Usage::

    python benchmarks/big_story.py                    # 1,000, 2,000, 4,000, 20,000
    python benchmarks/big_story.py --sizes 1000,4000
    python benchmarks/big_story.py --sizes 20000 --formats json
    python benchmarks/big_story.py --sizes 20000 --repeat 3   # JSON, HTML, JSON, HTML, ...
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLACES = ["Kyiv", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Mariupol", "Donetsk", "Luhansk"]
SAID = ["officials said", "a spokesman said", "the ministry said", "according to the army", "sources said"]
TEMPLATES = [
    "About {troops:,} troops were deployed near {place} on Monday, {said}.",
    "More than {troops:,} soldiers massed near {place}, {said}.",
    "The shelling of {place} killed {dead} civilians and wounded {hurt} others, {said}.",
    "At least {dead} people died in {place} after the strike, {said}.",
    "The government pledged ${money} billion to rebuild {place}, {said}.",
    "Talks on {place} will resume on January {day}, {said}.",
    "The delegations met for {hours} hours in Geneva to discuss {place}, {said}.",
]


def write_corpus(root: Path, articles: int, seed: int = 12) -> Path:
    """``articles`` one-sentence files in ``root/story`` (no manifest: a flat folder)."""
    rng = random.Random(seed)
    story = root / "story"
    story.mkdir(parents=True)
    for i in range(articles):
        sentence = rng.choice(TEMPLATES).format(
            troops=rng.choice([100_000, 100_000, 100_000, 127_000, 130_000]),
            place=rng.choice(PLACES),
            said=rng.choice(SAID),
            dead=rng.choice([14, 14, 14, 15, 21]),
            hurt=rng.choice([37, 37, 40]),
            money=rng.choice(["1.5", "1.5", "2"]),
            day=rng.choice([10, 10, 10, 12]),
            hours=rng.choice([7, 7, 8]),
        )
        # A serial number keeps the files distinct (the loader drops exact copies).
        (story / f"a{i:05d}.txt").write_text(f"{sentence} (Report {i}.)\n", encoding="utf-8")
    return story


def run_report(story: Path, out: Path, formats: str, timeout: float) -> dict[str, float | int | None]:
    """One fresh ``divergence report`` process: wall seconds, CPU seconds, peak memory (MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "compare",
                "report",
                str(story),
                "--out",
                str(out),
                "--format",
                formats,
                "--jobs",
                "1",
                "--quiet",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        status: int | None = done.returncode
    except subprocess.TimeoutExpired:
        status = None
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "status": status,
        "wall": round(wall, 2),
        "cpu": round(cpu, 2),
        "max_rss_mb": after.ru_maxrss // 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,20000")
    parser.add_argument("--formats", default="json,html", help="json, or json,html (both are run)")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument(
        "--repeat", type=int, default=1, help="run each command N times, alternately; keep the least CPU time"
    )
    args = parser.parse_args(argv)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(prefix="divergence-big-story-") as tmp:
            story = write_corpus(Path(tmp), size)
            row: dict[str, object] = {"articles": size}
            formats = ["json"] + (["json,html"] if "html" in args.formats else [])
            runs: dict[str, list[dict[str, float | int | None]]] = {fmt: [] for fmt in formats}
            for _ in range(max(1, args.repeat)):
                for fmt in formats:
                    run = run_report(story, Path(tmp) / fmt.replace(",", "-"), fmt, args.timeout)
                    print(json.dumps({"articles": size, "formats": fmt, **run}), file=sys.stderr, flush=True)
                    runs[fmt].append(run)
            for fmt, done in runs.items():
                failed = [r for r in done if r["status"] != 0]
                # A failure shows; else the least disturbed run.
                row[fmt] = failed[0] if failed else min(done, key=lambda r: float(r["cpu"] or 0))
                row[f"{fmt} runs"] = done
            report = Path(tmp) / "json" / "divergence.json"
            if report.is_file():  # not after a timeout
                with open(report, encoding="utf-8") as handle:
                    row["summary"] = json.load(handle)["summary"]
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    print("| articles | JSON wall s | JSON CPU s | JSON+HTML wall s | JSON+HTML CPU s", end="")
    print(" | HTML/JSON (CPU) | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        j = row["json"]
        h = row.get("json,html")
        assert isinstance(j, dict)
        ratio = f"{h['cpu'] / j['cpu']:.2f}" if isinstance(h, dict) and j["cpu"] else "-"
        hw = f"{h['wall']}" if isinstance(h, dict) else "-"
        hc = f"{h['cpu']}" if isinstance(h, dict) else "-"
        peak = max(j["max_rss_mb"], h["max_rss_mb"] if isinstance(h, dict) else 0)  # type: ignore[type-var]
        failed = (
            ""
            if j["status"] == 0 and (not isinstance(h, dict) or h["status"] == 0)
            else " (failed or timed out)"
        )
        print(f"| {row['articles']:,}{failed} | {j['wall']} | {j['cpu']} | {hw} | {hc} | {ratio} | {peak} |")
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
