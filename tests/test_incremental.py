"""The findings cache: a warm ``check`` re-aligns only the stories whose facts changed.

Every run is compared with a ``--no-cache`` run of the same corpus: the cache
may only ever save time, never change an answer, and a damaged or forged entry
is a miss.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_gen import generate  # noqa: E402
from compare import align as align_module  # noqa: E402
from compare.cli import main  # noqa: E402
from compare.model import Document, Fact  # noqa: E402

STORIES = 4


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    generate(root, 20, stories=STORIES, words=300)
    return root


@pytest.fixture
def corpus(pristine: Path, tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(pristine, root)
    return root


@pytest.fixture
def aligned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The story of every call to ``align`` (one call per story aligned)."""
    stories: list[str] = []
    real = align_module.align

    def counting(documents: Sequence[Document], facts: Sequence[Fact]) -> Any:
        stories.append(documents[0].story if documents else "")
        return real(documents, facts)

    monkeypatch.setattr(align_module, "align", counting)
    return stories


def _check(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    dirs = sorted(str(d) for d in corpus.iterdir())
    args = ["check", *dirs, "--quiet", "--format", "json", "--baseline", str(tmp_path / "b.json")]
    status = main([*args, "--cache-dir", str(tmp_path / "cache"), *extra])
    return status, capsys.readouterr().out


def _add_article(corpus: Path, story: str) -> None:
    directory = corpus / story
    source = sorted(directory.glob("*.txt"))[0]
    text = source.read_text(encoding="utf-8")
    (directory / "zz_new.txt").write_text(
        "An added report.\n\n" + text.replace("14 civilians", "19 civilians"), encoding="utf-8"
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_warm_check_aligns_only_the_story_that_changed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], aligned: list[str], jobs: str
) -> None:
    cold = _check(corpus, tmp_path, capsys, "--jobs", jobs)
    assert json.loads(cold[1])["findings"]
    if jobs == "1":  # with --jobs 2 the calls happen in the workers
        assert sorted(aligned) == [f"story-{i:03d}" for i in range(STORIES)]
    aligned.clear()
    assert _check(corpus, tmp_path, capsys, "--jobs", jobs) == cold
    assert aligned == []
    _add_article(corpus, "story-002")
    warm = _check(corpus, tmp_path, capsys, "--jobs", jobs)
    if jobs == "1":
        assert aligned == ["story-002"]
    assert warm == _check(corpus, tmp_path, capsys, "--jobs", jobs, "--no-cache")
    assert warm != cold


def test_one_outlet_more_anywhere_changes_the_labels_of_other_stories(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], aligned: list[str]
) -> None:
    # Labels depend on the whole corpus ("Outlet (date)" once an outlet has two
    # articles), so an article added to one story can change the explanations
    # of another: those stories are judged again, and the answer is the fresh one.
    def rename_first_outlet(story: str, name: str) -> None:
        manifest = corpus / story / "sources.toml"
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(re.sub(r'^outlet = "[^"]*"', f'outlet = "{name}"', text, count=1, flags=re.M))

    # An outlet with one article in the corpus, in story-003: its label is the bare name...
    rename_first_outlet("story-003", "The Solo Desk")
    _check(corpus, tmp_path, capsys, "--jobs", "1")
    # ...until story-001 gets an article from it too.
    rename_first_outlet("story-001", "The Solo Desk")
    aligned.clear()
    warm = _check(corpus, tmp_path, capsys, "--jobs", "1")
    assert "story-003" in aligned and "story-001" in aligned
    assert warm == _check(corpus, tmp_path, capsys, "--jobs", "1", "--no-cache")


def _entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "findings").rglob("*.json"))


@pytest.mark.parametrize(
    "damage",
    ["truncate", "flip-verdict", "drop-finding", "other-story", "bad-kind", "wrong-key", "not-json-object"],
)
def test_a_damaged_or_forged_entry_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], aligned: list[str], damage: str
) -> None:
    cold = _check(corpus, tmp_path, capsys, "--jobs", "1")
    entries = _entries(tmp_path)
    assert len(entries) == STORIES
    # The entry of a story where outlets are compared (a conflict if there is
    # one): forging it must not change what the gate sees.
    severity = {"conflict": 0, "compatible": 1, "agree": 2, "single-source": 3}

    def worst(path: Path) -> int:
        return min(severity[f["verdict"]] for f in json.loads(path.read_text(encoding="utf-8"))["findings"])

    target = min(entries, key=worst)
    data = json.loads(target.read_text(encoding="utf-8"))
    findings = data["findings"]
    assert worst(target) < severity["single-source"]
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:100])
    else:
        conflict = min(findings, key=lambda f: severity[f["verdict"]])
        if damage == "flip-verdict":
            conflict["verdict"] = "agree" if conflict["verdict"] == "conflict" else "conflict"
        elif damage == "drop-finding":
            findings.remove(conflict)
        elif damage == "other-story":
            conflict["story"] = "elsewhere"
        elif damage == "bad-kind":
            conflict["kind"] = "mood"
        elif damage == "wrong-key":
            data["key"] = "0" * 64
        elif damage == "not-json-object":
            data = [data]
        target.write_text(json.dumps(data), encoding="utf-8")
    aligned.clear()
    assert _check(corpus, tmp_path, capsys, "--jobs", "1") == cold
    assert len(aligned) == 1
    # The miss was repaired: the next run recalls the story again.
    aligned.clear()
    assert _check(corpus, tmp_path, capsys, "--jobs", "1") == cold
    assert aligned == []
