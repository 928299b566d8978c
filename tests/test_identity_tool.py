"""benchmarks/identity.py runs this checkout's tool, whatever the shell's PYTHONPATH."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _identity() -> object:
    spec = importlib.util.spec_from_file_location("identity_tool", ROOT / "benchmarks" / "identity.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tool_runs_are_this_checkouts_code_even_with_a_relative_pythonpath(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Session 27: with ``PYTHONPATH=.`` the runs, made from the scratch directory, imported the
    interpreter's installed copy instead of the worktree's, so ``record`` and ``compare`` both
    measured that copy and proved nothing."""
    identity = _identity()
    monkeypatch.setenv("PYTHONPATH", ".")
    monkeypatch.chdir(ROOT)
    env = identity.tool_env()  # type: ignore[attr-defined]
    entries = env["PYTHONPATH"].split(os.pathsep)
    assert entries[0] == str(ROOT) and all(os.path.isabs(p) for p in entries)
    found = subprocess.run(
        [sys.executable, "-c", "import compare, pathlib; print(pathlib.Path(compare.__file__).resolve())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(found.stdout.strip()) == ROOT / "compare" / "__init__.py"
