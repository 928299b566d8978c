"""Prove that a refactoring changed no output byte: record, then compare.

A structural change (issue 15) must leave every report byte-identical.  This
script runs the command-line tool the way users do on three kinds of input and
keeps every byte it writes:

- the seed articles (``seeds/``);
- a generated benchmark corpus (``benchmarks/corpus_gen.py``: 240 articles in
  6 stories, fixed seed);
- the development stories under ``benchmarks/data/stories/``.

For each input it runs ``facts`` (JSON and table), ``report --format json,html``
and ``check`` writing every CI format (text on standard output, the others with
``--output``), and keeps standard output, standard error and the exit status.

    python benchmarks/identity.py record /tmp/struct-ref     # on the old code
    python benchmarks/identity.py compare /tmp/struct-ref    # on the new code

``compare`` exits 1 and names every file that differs.  The inputs are copied
into a scratch directory first and the tool runs from there, so absolute paths
and the configuration lookup are the same for every checkout.  The tool is this
checkout's (``python -m compare`` with the directory holding this script's
``benchmarks/`` first on ``PYTHONPATH``): run from the scratch directory, a
relative ``PYTHONPATH=.`` would name the scratch directory and the run would
fall through to whatever copy the interpreter has installed (session 27: from a
worktree, ``record`` and ``compare`` both ran main's installed code).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = Path(tempfile.gettempdir()) / "divergence-identity"
CHECK_FORMATS = ("json", "junit", "sarif", "github", "gitlab")


def _inputs(scratch: Path) -> dict[str, Path]:
    """Copy (or generate) every input under ``scratch``; return name → directory."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    seeds = scratch / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    stories = scratch / "stories"
    shutil.copytree(ROOT / "benchmarks" / "data" / "stories", stories)
    generated = scratch / "generated"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "corpus_gen.py"), str(generated),
         "--articles", "240", "--stories", "6", "--seed", "11"],
        check=True,
    )
    return {"seeds": seeds, "generated": generated, "stories": stories}


def tool_env() -> dict[str, str]:
    """The environment of the tool's runs: this checkout first on ``PYTHONPATH`` (the entries
    already there kept after it, made absolute against this process's directory), a fixed hash
    seed and terminal width, no cluster scheduler."""
    env = dict(os.environ, PYTHONHASHSEED="0", COLUMNS="100")
    env.pop("DIVERGENCE_SCHEDULER", None)
    kept = [os.path.abspath(p) for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *kept])
    return env


def _run(args: list[str], cwd: Path, out: Path, name: str) -> None:
    env = tool_env()
    done = subprocess.run(
        [sys.executable, "-m", "compare", *args], cwd=cwd, env=env, capture_output=True
    )
    (out / f"{name}.stdout").write_bytes(done.stdout)
    (out / f"{name}.stderr").write_bytes(done.stderr)
    (out / f"{name}.status").write_text(f"{done.returncode}\n")


@contextlib.contextmanager
def _scratch_lock(scratch: Path) -> Iterator[None]:
    """Hold ``scratch`` alone for one run.

    The scratch path must be the same on every run (outputs name it), so two
    runs at once on one machine would delete each other's inputs; they queue.
    """
    scratch.parent.mkdir(parents=True, exist_ok=True)
    with open(scratch.parent / (scratch.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def produce(out: Path, scratch: Path = SCRATCH) -> None:
    """Run every case and write its outputs under ``out``."""
    with _scratch_lock(scratch):
        _produce(out, scratch)


def _produce(out: Path, scratch: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, directory in _inputs(scratch).items():
        case = out / name
        case.mkdir()
        target = os.path.relpath(directory, scratch)
        common = ["--jobs", "1", "--quiet"]
        _run(["facts", target, "--format", "json", *common], scratch, case, "facts-json")
        _run(["facts", target, "--format", "table", *common], scratch, case, "facts-table")
        reports = scratch / f"reports-{name}"
        _run(["report", target, "--out", str(reports), "--format", "json,html", *common],
             scratch, case, "report")
        for produced in sorted(reports.iterdir()):
            shutil.copyfile(produced, case / f"report-{produced.name}")
        outputs = [arg for fmt in CHECK_FORMATS
                   for arg in ("--output", f"{fmt}={case / f'check.{fmt}'}")]
        _run(["check", target, "--no-cache", "--baseline", str(scratch / "none.json"),
              *outputs, *common], scratch, case, "check")
        # A warning on standard error is part of the interface too: run once without --quiet.
        _run(["check", target, "--no-cache", "--jobs", "1"], scratch, case, "check-loud")


def compare(reference: Path, scratch: Path = SCRATCH) -> int:
    with _scratch_lock(scratch):
        return _compare(reference, scratch)


def _compare(reference: Path, scratch: Path) -> int:
    current = scratch.parent / (scratch.name + "-current")
    _produce(current, scratch)
    differ: list[str] = []
    for path in sorted(reference.rglob("*")):
        if path.is_file():
            rel = path.relative_to(reference)
            other = current / rel
            if not other.is_file() or not filecmp.cmp(path, other, shallow=False):
                differ.append(str(rel))
    for path in sorted(current.rglob("*")):
        if path.is_file() and not (reference / path.relative_to(current)).is_file():
            differ.append(f"{path.relative_to(current)} (new)")
    files = sum(1 for p in reference.rglob("*") if p.is_file())
    if differ:
        print(f"identity: {len(differ)} of {files} outputs differ (new ones in {current}):")
        for rel in differ:
            print(f"  {rel}")
        return 1
    print(f"identity: all {files} outputs byte-identical to {reference}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("reference", type=Path, help="directory of the recorded outputs")
    args = parser.parse_args()
    if args.action == "record":
        produce(args.reference)
        print(f"identity: recorded to {args.reference}")
        return 0
    return compare(args.reference)


if __name__ == "__main__":
    sys.exit(main())
