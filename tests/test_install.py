"""The wheel, installed the way Python tools are installed, works from any directory.

Builds the wheel from a copy of the project's files (so nothing untracked can
leak in and nothing is written into the checkout), checks it holds every file
of ``compare/`` and ``templates/``, installs it into a fresh virtual
environment and runs the ``divergence`` command from a directory outside the
checkout.  Offline: the wheel is built without build isolation, and the fresh
environment borrows the test environment's third-party libraries through a
``.pth`` line instead of downloading them again; ``compare`` itself comes
from the wheel only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from compare import __version__

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", "compare", "templates")


def _source_files(directory: Path) -> set[str]:
    return {
        p.relative_to(directory).as_posix()
        for p in directory.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}
    }


def _run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kwargs)  # type: ignore[call-overload,no-any-return]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", minversion="77")
    src = tmp_path_factory.mktemp("src")
    for name in PROJECT_FILES:
        here = ROOT / name
        if here.is_dir():
            shutil.copytree(here, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(here, src / name)
    dist = tmp_path_factory.mktemp("dist")
    out = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist), str(src)]
    )
    assert out.returncode == 0, out.stderr
    (built,) = dist.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    # Without PYTHONPATH: pip would count a checkout on it that holds an egg-info as
    # "already installed" and install nothing.
    out = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                "-q", str(wheel)], env=_env())
    assert out.returncode == 0, out.stderr
    # The third-party libraries of this environment, appended after the fresh
    # environment's own site-packages (where the wheel's compare lives).  A
    # plain path line does not run that directory's .pth files, so an editable
    # install of the checkout there stays invisible.
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
                   .stdout.strip())
    deps = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (purelib / "_divergence_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    return env_dir


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "SOURCE_DATE_EPOCH"}}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _bin(env_dir: Path, name: str) -> str:
    return str(env_dir / ("Scripts" if os.name == "nt" else "bin") / name)


def test_wheel_is_named_and_versioned(wheel: Path) -> None:
    # "divergence" and "compare" are taken on PyPI; the command keeps its name.
    assert wheel.name.startswith(f"divergence_report-{__version__}-py3-none-any")
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(f"divergence_report-{__version__}.dist-info/METADATA").decode()
        entry_points = zf.read(f"divergence_report-{__version__}.dist-info/entry_points.txt").decode()
    assert "Name: divergence-report" in meta
    assert f"Version: {__version__}" in meta
    assert "divergence = compare.__main__:run" in entry_points


def test_wheel_holds_every_package_file_and_template(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = {n for n in zf.namelist() if ".dist-info/" not in n}
    expected = {f"compare/{n}" for n in _source_files(ROOT / "compare")}
    expected |= {f"compare/templates/{n}" for n in _source_files(ROOT / "templates")}
    missing = sorted(expected - names)
    assert not missing, f"add these to [tool.setuptools] in pyproject.toml: {missing}"
    assert not sorted(names - expected), "the wheel holds files that are not in the project"


def test_installed_wheel_reports_from_any_directory(
    installed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from compare import pipeline
    from compare.render.html import render_html
    from compare.render.pdf import pdf_available
    from compare.schema import dump_chunks, report_to_dict

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(ROOT / "seeds", elsewhere / "articles")
    env = _env()

    where = _run([_bin(installed, "python"), "-c", "import compare.render.html as h; print(h.__file__);"
                  "print(h.templates_dir())"], cwd=elsewhere, env=env)
    assert where.returncode == 0, where.stderr
    module, templates = where.stdout.splitlines()
    assert Path(module).is_relative_to(installed), "compare must come from the wheel, not the checkout"
    assert Path(templates).is_relative_to(installed)

    version = _run([_bin(installed, "divergence"), "-V"], cwd=elsewhere, env=env)
    assert (version.returncode, version.stdout.strip()) == (0, f"divergence {__version__}")

    formats = "json,html,pdf" if pdf_available() else "json,html"
    out = _run([_bin(installed, "divergence"), "report", "articles", "--out", "out", "--format", formats,
                "--jobs", "1"], cwd=elsewhere, env=env)
    assert out.returncode == 0, out.stderr
    written = elsewhere / "out"
    data = json.loads((written / "divergence.json").read_text(encoding="utf-8"))
    assert data["findings"], "the seed articles have findings"
    if "pdf" in formats:
        assert (written / "divergence.pdf").read_bytes().startswith(b"%PDF-")

    # Byte for byte what the checkout writes: the wheel lost no template or data file.
    monkeypatch.chdir(elsewhere)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    report = pipeline.run(["articles"], jobs=1)
    assert (written / "divergence.json").read_text(encoding="utf-8") == "".join(
        dump_chunks(report_to_dict(report))
    )
    assert (written / "divergence.html").read_text(encoding="utf-8") == render_html(report)

    as_module = _run([_bin(installed, "python"), "-m", "compare", "--version"], cwd=elsewhere, env=env)
    assert as_module.stdout.strip() == f"divergence {__version__}"
