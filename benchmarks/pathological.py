"""Pathological articles: extraction must stay linear in the input (issue 12, item 1).

The audit's five inputs, at the sizes that took 39-103 s each before the fix:
a 160 KB article holding a hexadecimal hash, ``'100 '`` x 20,000 (80 KB),
``'ab1,'`` x 10,000 (40 KB), ``'January 9-10, '`` x 20,000 (280 KB) and
``'two days later '`` x 50,000 (750 KB).  For each, the script prints

- the CPU time of ``compare.extract.extract_text`` (least of three runs),
- the same at a quarter of the size, and the ratio (4x the input should cost
  about 4x the time; a quadratic stage costs 16x),
- the wall time of ``python -m compare report FILE --format json`` as a fresh
  process (that includes writing a JSON with every fact: the last two inputs
  yield 20,000 and 50,000 facts).

Target: every input extracted in under 2 s; the ratio under 6.

Usage::

    python benchmarks/pathological.py
    python benchmarks/pathological.py --no-report     # extraction only
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compare.extract import extract_text  # noqa: E402


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


def report_seconds(text: str) -> float:
    with tempfile.TemporaryDirectory(prefix="divergence-pathological-") as tmp:
        story = Path(tmp) / "story"
        story.mkdir()
        (story / "a.txt").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "compare", "report", str(story), "--out", str(Path(tmp) / "out"),
             "--format", "json", "--quiet", "-j", "1"],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-report", action="store_true", help="skip the divergence report runs")
    args = parser.parse_args(argv)
    print("| input | extract CPU s | at 1/4 size | ratio (4x input) | report --format json wall s |")
    print("|---|---:|---:|---:|---:|")
    for name, make in INPUTS.items():
        full, quarter = cpu_seconds(make(1)), cpu_seconds(make(4))
        report = "-" if args.no_report else f"{report_seconds(make(1)):.2f}"
        print(
            f"| {name} | {full:.3f} | {quarter:.3f} | {full / max(quarter, 1e-4):.1f} | {report} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
