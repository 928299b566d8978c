"""Articles named by URL (fsspec): the same documents, skips and errors as the same files on disk.

``memory://`` is fsspec's in-process filesystem: no network, nothing on disk.
Its runs go through this process (``--engine local``) or through a real Dask
cluster whose workers run in this process (a ``LocalCluster`` with threads,
so that they see the same memory filesystem); the ``file://`` runs through a
cluster of worker processes are in ``tests/test_engine.py``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

fsspec = pytest.importorskip("fsspec")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_gen import generate  # noqa: E402
from compare.cli import main  # noqa: E402

ARTICLES = 24
STORIES = 3


@pytest.fixture
def memory() -> Iterator[Any]:
    fs = fsspec.filesystem("memory")
    if fs.exists("/t"):
        fs.rm("/t", recursive=True)
    yield fs
    if fs.exists("/t"):
        fs.rm("/t", recursive=True)


def _mirror(fs: Any, local: Path, url_root: str) -> None:
    """Copy the tree under ``local`` to ``memory://<url_root>``."""
    for path in sorted(local.rglob("*")):
        if path.is_file():
            fs.pipe_file(f"/{url_root}/{path.relative_to(local).as_posix()}", path.read_bytes())


@pytest.fixture
def corpus(tmp_path: Path, memory: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A generated corpus in ``tmp_path/c`` (the working directory) and at ``memory://t/c``,
    with files that must be skipped: an empty one, a copy of another, a PDF."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "c"
    generate(root, ARTICLES, stories=STORIES, words=250)
    story = sorted(p for p in root.iterdir() if p.is_dir())[1]
    first = sorted(story.glob("*.txt"))[0]
    (story / "zz-empty.txt").write_bytes(b"")
    (story / "zz-copy.txt").write_bytes(first.read_bytes())
    (story / "scan.pdf").write_bytes(b"%PDF-1.4")
    _mirror(memory, root, "t/c")
    return root


def _run(command: str, arg: str, out: Path, *extra: str) -> tuple[int, bytes, str]:
    args = [command, arg, "--quiet", *extra]
    if command == "report":
        args += ["--format", "json,html", "--out", str(out)]
    import contextlib
    import io

    err, stdout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
        status = main(args)
    data = b""
    if command == "report" and status == 0:
        data = (out / "divergence.json").read_bytes() + (out / "divergence.html").read_bytes()
    elif command != "report":
        data = stdout.getvalue().encode()
    return status, data, err.getvalue()


def _as_local(data: bytes) -> bytes:
    return data.replace(b"memory://t/c", b"c")


def test_a_memory_url_reads_as_the_same_files_on_disk(corpus: Path, tmp_path: Path) -> None:
    local = _run("report", "c", tmp_path / "local")
    url = _run("report", "memory://t/c", tmp_path / "url")
    assert local[0] == url[0] == 0
    assert b"memory://t/c/" in url[1]
    assert _as_local(url[1]) == local[1]
    data = json.loads((tmp_path / "local" / "divergence.json").read_text())
    reasons = sorted(s["reason"].split(",")[0].split(" (")[0] for s in data["skipped"])
    assert reasons[:2] == ["a PDF", "empty file"]
    assert reasons[2].startswith("same content as c/story-001/") and len(reasons) == 3
    assert len(data["documents"]) == ARTICLES


def test_facts_and_check_from_a_url(corpus: Path, tmp_path: Path) -> None:
    assert _as_local(_run("facts", "memory://t/c", tmp_path)[1]) == _run("facts", "c", tmp_path)[1]
    base = ["--baseline", str(tmp_path / "b.json"), "--cache-dir", str(tmp_path / "cache")]
    local = _run("check", "c", tmp_path, *base, "--no-cache")
    url = _run("check", "memory://t/c", tmp_path, *base)
    assert local[0] == url[0] == 1
    assert _as_local(url[1]) == local[1]


def test_strict_ends_the_run_at_the_same_file(corpus: Path, tmp_path: Path) -> None:
    local = _run("report", "c", tmp_path / "a", "--strict")
    url = _run("report", "memory://t/c", tmp_path / "b", "--strict")
    assert local[0] == url[0] == 2
    assert url[2].count("\n") == 1 and "memory://t/c/" in url[2]
    assert _as_local(url[2].encode()) == local[2].encode()


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('file = "../elsewhere.txt"', "points outside"),
        ('file = "/etc/passwd"', "points outside"),
        ('file = "sub/../../x.txt"', "points outside"),
        ('file = "missing.txt"', "does not exist"),
        ("file = 3", 'needs file = "NAME"'),
    ],
)
def test_manifest_checks_are_those_of_a_local_directory(
    corpus: Path, memory: Any, tmp_path: Path, entry: str, problem: str
) -> None:
    manifest = f'[[source]]\n{entry}\noutlet = "X"\n'
    story = sorted(p for p in corpus.iterdir() if p.is_dir())[0]
    (story / "sources.toml").write_text(manifest)
    memory.pipe_file(f"/t/c/{story.name}/sources.toml", manifest.encode())
    local = _run("report", "c", tmp_path / "a")
    url = _run("report", "memory://t/c", tmp_path / "b")
    assert local[0] == url[0] == 2
    assert problem in url[2] and url[2].count("\n") == 1
    assert _as_local(url[2].encode()) == local[2].encode()


def test_a_manifest_names_stories_and_outlets_as_locally(corpus: Path, memory: Any, tmp_path: Path) -> None:
    story = sorted(p for p in corpus.iterdir() if p.is_dir())[2]
    names = sorted(p.name for p in story.glob("*.txt"))
    manifest = "".join(
        f'[[source]]\nfile = "{name}"\noutlet = "Outlet {i % 2}"\nstory = "joined"\n'
        f"published = 2024-01-0{1 + i % 5}\n"
        for i, name in enumerate(names)
    )
    (story / "sources.toml").write_text(manifest)
    memory.pipe_file(f"/t/c/{story.name}/sources.toml", manifest.encode())
    local = _run("report", "c", tmp_path / "a")
    url = _run("report", "memory://t/c", tmp_path / "b")
    assert local[0] == url[0] == 0
    assert _as_local(url[1]) == local[1]
    assert b'"story": "joined"' in url[1]


def test_missing_url_and_unknown_scheme_are_one_line_errors(memory: Any, tmp_path: Path) -> None:
    status, _, err = _run("report", "memory://t/none", tmp_path)
    assert status == 2 and err == "divergence: error: memory://t/none: no such file or directory\n"
    status, _, err = _run("report", "nosuchscheme://x/y", tmp_path)
    assert status == 2 and err.startswith("divergence: error: nosuchscheme://x/y: cannot open this URL")
    assert err.count("\n") == 1


def test_without_fsspec_a_url_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fsspec.core", None)  # what an install without the dask extra sees
    status, _, err = _run("report", "s3://bucket/desk", tmp_path)
    assert status == 2
    assert err == (
        "divergence: error: s3://bucket/desk: URL inputs need fsspec (the dask extra): "
        "pip install 'divergence-report[dask]'\n"
    )


def test_url_inputs_are_read_by_the_workers(
    corpus: Path, memory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through a real scheduler (workers in this process, so that they share the memory
    filesystem): the same bytes as a local run, while the client reads no article."""
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from compare import corpus as loader

    local = _run("report", "c", tmp_path / "local")
    readers: list[bool] = []
    real_read = loader._read_bytes

    def spy(cand: Any, max_bytes: int) -> bytes:
        import threading

        # The client runs in the main thread; the in-process workers in their own.
        readers.append(threading.current_thread() is threading.main_thread())
        return real_read(cand, max_bytes)

    monkeypatch.setattr(loader, "_read_bytes", spy)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None, silence_logs=50
        ) as threads,
        Client(threads, set_as_default=False),
    ):
        dask = ["--engine", "dask", "--scheduler", threads.scheduler.address]
        url = _run("report", "memory://t/c", tmp_path / "url", *dask)
        assert url[0] == 0 and _as_local(url[1]) == local[1]
        assert len(readers) == ARTICLES + 2 and not any(readers)  # + the empty file and the copy
        # The fact cache at a URL too, read and written by the workers.
        base = ["--baseline", str(tmp_path / "b.json"), "--format", "json"]
        local_check = _run("check", "c", tmp_path, *base, "--no-cache")
        readers.clear()
        cache = ["--cache-dir", "memory://t/dask-cache"]
        for _ in range(2):
            assert (
                _as_local(_run("check", "memory://t/c", tmp_path, *base, *dask, *cache)[1]) == local_check[1]
            )
        assert len([f for f in memory.find("/t/dask-cache") if "/findings/" not in f]) == ARTICLES + 2
        assert not any(readers)
        strict = _run("report", "memory://t/c", tmp_path / "strict", *dask, "--strict")
        assert strict[0] == 2
        assert _as_local(strict[2].encode()) == _run("report", "c", tmp_path / "s", "--strict")[2].encode()


def test_a_cache_at_a_url_is_filled_and_used(
    corpus: Path, memory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--cache-dir memory://…``: facts per article and findings per story, stored through
    fsspec; a warm run extracts and aligns nothing and gives the same bytes."""
    from compare import align, pipeline

    # One process: a memory filesystem is per process (a pool's workers would fill their own).
    base = ["--baseline", str(tmp_path / "b.json"), "--format", "json", "--jobs", "1"]
    local = _run("check", "c", tmp_path, *base, "--no-cache")
    cold = _run("check", "memory://t/c", tmp_path, *base, "--cache-dir", "memory://t/cache")
    assert local[0] == cold[0] == 1 and _as_local(cold[1]) == local[1]
    facts = memory.find("/t/cache", withdirs=False)
    assert any("/findings/" in f for f in facts)
    assert sum("/findings/" not in f and f.endswith(".json") for f in facts) == ARTICLES
    assert memory.cat_file("/t/cache/CACHEDIR.TAG").startswith(b"Signature: 8a477f597d28d172789f")

    # Local articles with the URL cache (their paths differ, so their stories are aligned again).
    assert _run("check", "c", tmp_path, *base, "--cache-dir", "memory://t/cache") == local

    def never(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("extracted or aligned again")

    monkeypatch.setattr(pipeline, "extract_first", never)
    monkeypatch.setattr(align, "align", never)
    warm = _run("check", "memory://t/c", tmp_path, *base, "--cache-dir", "memory://t/cache")
    assert warm == cold
