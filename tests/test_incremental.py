"""The findings cache: a warm ``check`` re-aligns only the stories whose facts changed.

Every run is compared with a ``--no-cache`` run of the same corpus: the cache
may only ever save time, never change an answer, and a damaged or forged entry
is a miss.
"""

from __future__ import annotations

import base64
import io
import json
import os
import pickle
import re
import shutil
import sys
import time
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus_gen import generate  # noqa: E402
from compare import align as align_module  # noqa: E402
from compare import filestate  # noqa: E402
from compare.cli import main  # noqa: E402
from compare.model import Document, Fact  # noqa: E402

STORIES = 4
# The formats an incremental check writes.
INCREMENTAL_FORMATS = ("text", "github", "sarif", "gitlab", "junit", "json")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    generate(root, 20, stories=STORIES, words=300)
    for story in sorted(root.iterdir()):
        _plant_contradiction(story)
    return root


def _plant_contradiction(story: Path) -> None:
    # The generated stories retell seed articles published weeks apart, whose differing
    # figures are not contradictions: each story gets one outlet that copies its first
    # article on the same day with three figures changed, so that every story has
    # divergences to accept, to leave new or to see go stale, and a contradiction to gate on.
    manifest = story / "sources.toml"
    text = manifest.read_text(encoding="utf-8")
    first = re.search(r'file = "([^"]+)"\n.*?\npublished = (\S+)\n', text, flags=re.S)
    assert first is not None
    original = (story / first.group(1)).read_text(encoding="utf-8")
    # Half of each of its first three counts (years left alone): a lower count on the same day
    # is a contradiction, not a toll that rose.
    count = r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])|\b(?!(?:19|20)\d\d\b)\d{2,3}\b"
    changed = re.sub(count, lambda m: f"{int(m.group().replace(',', '')) // 2:,}", original, count=3)
    (story / "planted.txt").write_text(changed, encoding="utf-8")
    entry = f'\n[[source]]\nfile = "planted.txt"\noutlet = "The Planted Desk"\npublished = {first.group(2)}\n'
    manifest.write_text(text + entry, encoding="utf-8")


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
    severity = {"conflict": 0, "updated": 1, "compatible": 2, "agree": 3, "single-source": 4}

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
    # Without the story records every story is analysed again, from the findings cache.
    _forget_stories(tmp_path)
    aligned.clear()
    assert _check(corpus, tmp_path, capsys, "--jobs", "1") == cold
    assert len(aligned) == 1
    # The miss was repaired: the next run recalls the story again.
    _forget_stories(tmp_path)
    aligned.clear()
    assert _check(corpus, tmp_path, capsys, "--jobs", "1") == cold
    assert aligned == []


def _forget_stories(tmp_path: Path) -> None:
    for name in ("stories", "parts", "gates"):
        shutil.rmtree(tmp_path / "cache" / name, ignore_errors=True)


# --- the incremental check (text and github outputs): unchanged files are not read --------


def _gate(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str, fmt: str = "text"
) -> tuple[int, str]:
    dirs = sorted(str(d) for d in corpus.iterdir())
    args = ["check", *dirs, "--quiet", "--format", fmt, "--jobs", "1", "--baseline", str(tmp_path / "b.json")]
    status = main([*args, "--cache-dir", str(tmp_path / "cache"), *extra])
    return status, capsys.readouterr().out


def _full(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str = "text"
) -> tuple[int, str]:
    return _gate(corpus, tmp_path, capsys, "--no-cache", fmt=fmt)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path of every article file read in full (decoded and scanned) by the loader."""
    from compare import corpus as corpus_module

    paths: list[str] = []
    real = corpus_module._load

    def counting(cand: Any, max_bytes: int, seen: dict[str, str]) -> Any:
        paths.append(cand.shown)
        return real(cand, max_bytes, seen)

    monkeypatch.setattr(corpus_module, "_load", counting)
    return paths


def _rename_first_outlet(corpus: Path, story: str, name: str) -> None:
    manifest = corpus / story / "sources.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(re.sub(r'^outlet = "[^"]*"', f'outlet = "{name}"', text, count=1, flags=re.M))


def _edit_first_article(corpus: Path, story: str) -> None:
    path = sorted((corpus / story).glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\d+", lambda m: str(int(m.group()) * 3 + 1), text, count=3), encoding="utf-8")


CHANGES = {
    "nothing": lambda corpus: None,
    "add-article": lambda corpus: _add_article(corpus, "story-002"),
    "edit-article": lambda corpus: _edit_first_article(corpus, "story-001"),
    "delete-article": lambda corpus: sorted((corpus / "story-003").glob("*.txt"))[0].unlink(),
    "outlet-label": lambda corpus: _rename_first_outlet(corpus, "story-001", "The Solo Desk"),
    "touch-only": lambda corpus: [p.touch() for p in (corpus / "story-000").glob("*.txt")],
}


@pytest.mark.parametrize("accept", [False, True], ids=["empty-baseline", "accepted-baseline"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_incremental_check_gives_the_full_runs_bytes(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change: str, accept: bool
) -> None:
    if accept:
        # Accept half of the stories' divergences: the rest are new, some entries go stale.
        _gate(corpus, tmp_path, capsys, "--update-baseline")
        baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        baseline["findings"] = [e for e in baseline["findings"] if e["story"] in ("story-000", "story-001")]
        assert baseline["findings"]
        (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)
    CHANGES[change](corpus)
    for fmt in INCREMENTAL_FORMATS:
        assert _gate(corpus, tmp_path, capsys, fmt=fmt) == _full(corpus, tmp_path, capsys, fmt=fmt)


def test_the_formats_the_story_records_can_show_are_incremental() -> None:
    from compare import incremental_check as incremental

    assert set(incremental.FAST_FORMATS) == set(INCREMENTAL_FORMATS)
    assert set(incremental.FORMATS_EVERY) <= set(incremental.FAST_FORMATS)
    assert set(incremental.FORMATS_AGREEING) <= set(incremental.FORMATS_EVERY)


@pytest.mark.parametrize("change", ["add-article", "edit-article"])
def test_a_warm_junit_check_recalls_the_agreeing_findings_too(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    aligned: list[str],
    reads: list[str],
    change: str,
) -> None:
    # JUnit lists every multi-source finding, the agreeing ones with their excerpts: the story
    # records keep those as well, so only the changed story is read and aligned again.
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    expected = _full(corpus, tmp_path, capsys, fmt="junit")
    assert "sources agree" in expected[1] and "accepted in the baseline" in expected[1]
    assert _gate(corpus, tmp_path, capsys, fmt="junit") == expected
    CHANGES[change](corpus)
    story = "story-002" if change == "add-article" else "story-001"
    reads.clear()
    aligned.clear()
    warm = _gate(corpus, tmp_path, capsys, fmt="junit")
    assert {Path(p).parent.name for p in reads} == {story} and aligned == [story]
    assert warm == _full(corpus, tmp_path, capsys, fmt="junit")


@pytest.mark.parametrize("accept", [False, True], ids=["empty-baseline", "accepted-baseline"])
def test_a_warm_check_with_new_divergences_reads_no_file(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    aligned: list[str],
    reads: list[str],
    accept: bool,
) -> None:
    # Every divergence of an empty baseline is new and shown with its excerpts: they come from
    # the story records, so a warm run reads and aligns nothing, in every format it can write.
    if accept:
        _gate(corpus, tmp_path, capsys, "--update-baseline")
    for fmt in INCREMENTAL_FORMATS:
        expected = _full(corpus, tmp_path, capsys, fmt=fmt)
        _gate(corpus, tmp_path, capsys, fmt=fmt)
        reads.clear()
        aligned.clear()
        assert _gate(corpus, tmp_path, capsys, fmt=fmt) == expected
        assert reads == [] and aligned == []
        assert expected[0] == (0 if accept else 1)
    # Both --output files at once, written from the same records.
    outputs = [f"--output={fmt}={tmp_path / ('out.' + fmt)}" for fmt in ("sarif", "gitlab")]
    _gate(corpus, tmp_path, capsys, "--no-cache", *outputs)
    full = {fmt: (tmp_path / f"out.{fmt}").read_bytes() for fmt in ("sarif", "gitlab")}
    reads.clear()
    _gate(corpus, tmp_path, capsys, *outputs)
    assert reads == []
    assert {fmt: (tmp_path / f"out.{fmt}").read_bytes() for fmt in ("sarif", "gitlab")} == full


def test_warm_check_reads_and_aligns_only_what_changed(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], aligned: list[str], reads: list[str]
) -> None:
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    first = _gate(corpus, tmp_path, capsys)
    assert first[0] == 0
    reads.clear()
    aligned.clear()
    # Nothing changed: no article is read, no story aligned.
    assert _gate(corpus, tmp_path, capsys) == first
    assert reads == [] and aligned == []
    # One article added: only its story's files are read, only its story aligned.
    _add_article(corpus, "story-002")
    warm = _gate(corpus, tmp_path, capsys)
    assert sorted({Path(p).parent.name for p in reads}) == ["story-002"]
    assert aligned == ["story-002"]
    assert warm == _full(corpus, tmp_path, capsys)


def test_a_file_changed_within_the_timestamp_granularity_is_hashed_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The racy case: a file rewritten within one tick of the filesystem's clock
    # keeps its size, mtime and ctime.  A run that started no later than the
    # files' last change must not trust their signatures (as git does).
    from compare import filestate
    from compare import incremental_check as incremental

    monkeypatch.setattr(incremental, "stamp", lambda directory: 0)  # a stamp no later than any file
    _gate(corpus, tmp_path, capsys)
    monkeypatch.undo()
    target = sorted((corpus / "story-001").glob("*.txt"))[0]
    before = filestate.signature(target)
    text = target.read_text(encoding="utf-8")
    changed = re.sub(r"\d", lambda m: str((int(m.group()) + 5) % 10), text)
    assert len(changed) == len(text) and changed != text
    target.write_text(changed, encoding="utf-8")
    real = filestate.signature

    def same_tick(path: Path | str) -> Any:
        # What the filesystem would show for a change within the same tick.
        return before if Path(path) == target else real(path)

    def same_tick_of(st: Any) -> Any:
        # The same, for the walk's lstat of the file (same inode: rewritten in place).
        return before if before and (st.st_ino, st.st_dev) == before[3:] else filestate.signature_of(st)

    monkeypatch.setattr(incremental, "signature", same_tick)
    monkeypatch.setattr(incremental, "signature_of", same_tick_of)
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)


def _records(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "stories").rglob("*.json"))


def _resign(path: Path, body: bytes) -> None:
    # A forger who knows the layout recomputes the digest: the content checks must still refuse.
    import hashlib

    key = json.loads(path.read_bytes().partition(b"\n")[0])["key"]
    digest = hashlib.sha256(key.encode() + b"\n" + body).hexdigest()
    path.write_bytes(json.dumps({"key": key, "digest": digest}).encode() + b"\n" + body)


def _resign_story(path: Path, index: bytes, details: bytes) -> None:
    # A story record signs its index and its details apart (the details are checked when read).
    import hashlib

    key = json.loads(path.read_bytes().partition(b"\n")[0])["key"]
    digest, signed = (hashlib.sha256(key.encode() + b"\n" + part).hexdigest() for part in (index, details))
    header = {"key": key, "digest": digest, "details": signed}
    path.write_bytes(json.dumps(header).encode() + b"\n" + index + b"\n" + details)


@pytest.mark.parametrize(
    "damage",
    [
        "truncate",
        "edit-unsigned",
        "details-unsigned",
        "verdict-agree",
        "other-story",
        "bad-fingerprint",
        "repeated",
        "counts",
        "quote",
        "agreeing-diverges",
        "agreeing-misplaced",
        "agreeing-index-misplaced",
        "agreeing-index-differs",
    ],
)
def test_a_damaged_or_forged_story_record_is_a_miss(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    damage: str,
) -> None:
    from compare import incremental_check as incremental

    stored: list[str] = []
    real = incremental.StoryRecords.store

    def counting(self: Any, key: str, record: Any) -> None:
        stored.append(key)
        real(self, key, record)

    monkeypatch.setattr(incremental.StoryRecords, "store", counting)
    cold = _gate(corpus, tmp_path, capsys)
    stored.clear()
    assert cold[0] == 1  # the corpus has new conflicts: forging a record must not hide them
    records = _records(tmp_path)
    assert len(records) == STORIES
    # A record is a header line, an index line (counts, each divergent finding's id and
    # fingerprints) and a details line (the findings, subjects and pairs).
    target = max(records, key=lambda p: len(json.loads(p.read_bytes().split(b"\n")[2])["divergent"]))
    head, index_line, detail_line = target.read_bytes().split(b"\n")
    data, details = json.loads(index_line), json.loads(detail_line)
    detail = details["divergent"]
    assert data["divergent"] and len(detail) == len(data["divergent"])
    if damage == "truncate":
        target.write_bytes(target.read_bytes()[:80])
    elif damage == "edit-unsigned":
        data["divergent"] = []
        target.write_bytes(head + b"\n" + json.dumps(data).encode() + b"\n" + detail_line)
    elif damage == "details-unsigned":  # checked only when the details are read
        detail[0]["finding"]["about"] = "something else"
        target.write_bytes(head + b"\n" + index_line + b"\n" + json.dumps(details).encode())
    else:
        if damage == "verdict-agree":
            detail[0]["finding"]["verdict"] = "agree"
        elif damage == "other-story":
            detail[0]["finding"]["story"] = "elsewhere"
        elif damage == "bad-fingerprint":
            data["divergent"][0][1] = "::error::x"
        elif damage == "repeated":
            data["divergent"].append(data["divergent"][0])
            detail.append(detail[0])
        elif damage == "counts":
            data["findings"] = 0
        elif damage == "quote":
            # A forged excerpt: every quote a divergent finding shows must be one its facts have.
            shown = json.dumps(detail)
            del details["quotes"][next(k for k in reversed(details["quotes"]) if f'"{k}"' in shown)]
        elif damage == "agreeing-diverges":
            # An agreeing finding (junit lists them) turned into a conflict outside the index.
            assert details["agreeing"]
            details["agreeing"][0][2]["finding"]["verdict"] = "conflict"
        elif damage == "agreeing-misplaced":
            details["agreeing"][-1][0] = len(detail) + len(details["agreeing"])
        elif damage == "agreeing-index-misplaced":
            # The index lists the agreeing findings too (the check's JSON reads only that).
            data["agreeing"][-1][0] = len(data["divergent"]) + len(data["agreeing"])
        elif damage == "agreeing-index-differs":
            # An index that does not describe its details: found when the details are read.
            data["agreeing"][0][2] = "0123456789abcdef"
        _resign_story(target, json.dumps(data).encode(), json.dumps(details).encode())
    # Another --fail-on gates every story again, so every record's details are read:
    # the damaged one is a miss, that story is analysed again and its record repaired.
    # The agreeing findings are read only by the format that lists them (JUnit).
    fmt = "junit" if damage.startswith("agreeing") else "text"
    compatible = _gate(corpus, tmp_path, capsys, "--no-cache", "--fail-on", "compatible", fmt=fmt)
    assert _gate(corpus, tmp_path, capsys, "--fail-on", "compatible", fmt=fmt) == compatible
    assert stored == [target.stem]
    stored.clear()
    assert _gate(corpus, tmp_path, capsys, "--fail-on", "compatible", fmt=fmt) == compatible
    assert _gate(corpus, tmp_path, capsys) == cold
    assert stored == []


@pytest.mark.parametrize("change", ["cut", "edited", "removed"])
def test_details_changed_after_the_index_was_read_are_a_miss(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    change: str,
) -> None:
    """A recalled record's details stay in its file until they are parsed: if the file is cut,
    edited or removed in between, they are not the ones its header recorded, and the story is
    analysed again (the output is the full run's)."""
    from compare import incremental_check as incremental

    cold = _gate(corpus, tmp_path, capsys)
    assert cold[0] == 1
    compatible = _gate(corpus, tmp_path, capsys, "--no-cache", "--fail-on", "compatible")
    real = incremental.StoryRecords.load
    changed: list[str] = []

    def load(self: Any, key: str) -> Any:
        record = real(self, key)
        path = self._path(key)
        raw = path.read_bytes()
        if record is not None and record.index and not changed:
            changed.append(key)
            if change == "cut":
                path.write_bytes(raw[:-10])
            elif change == "edited":
                at = raw.rindex(b'"about":"') + len(b'"about":"')
                path.write_bytes(raw[:at] + b"X" + raw[at + 1 :])
            else:
                path.unlink()
        return record

    monkeypatch.setattr(incremental.StoryRecords, "load", load)
    # Another --fail-on gates every story again, so every record's details are read.
    assert _gate(corpus, tmp_path, capsys, "--fail-on", "compatible") == compatible
    assert changed
    monkeypatch.setattr(incremental.StoryRecords, "load", real)
    assert _gate(corpus, tmp_path, capsys) == cold


@pytest.fixture
def one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs that take no directory whole (as when a PATH is a file or inside another): every
    file's row is in the file state (``files.json``)."""
    from compare import incremental_check as incremental

    monkeypatch.setattr(incremental, "_apart", lambda paths, cwd: False)


@pytest.mark.parametrize("damage", ["truncate", "bad-entry", "forged-hash"])
def test_a_damaged_file_state_is_a_miss(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reads: list[str],
    damage: str,
    one_by_one: None,
) -> None:
    _gate(corpus, tmp_path, capsys)
    _edit_first_article(corpus, "story-001")
    state = tmp_path / "cache" / "files.json"
    head, _, body = state.read_bytes().partition(b"\n")
    data = json.loads(body)
    edited = str((sorted((corpus / "story-001").glob("*.txt"))[0]).resolve())
    (name,) = [p for p in data["files"] if Path(p).resolve() == Path(edited)]
    if damage == "truncate":
        state.write_bytes(state.read_bytes()[:50])
    else:
        import hashlib

        if damage == "bad-entry":
            data["files"][name][3] = 12345  # not a content hash
        else:
            # The edited file's new signature with the old content hash: a forged "unchanged".
            from compare import filestate

            data["files"][name][0] = list(filestate.signature(edited) or ())
        body = json.dumps(data).encode()
        header = json.loads(head)
        header["digest"] = hashlib.sha256(body).hexdigest() if damage == "bad-entry" else "0" * 64
        state.write_bytes(json.dumps(header).encode() + b"\n" + body)
    reads.clear()
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)
    assert any(Path(p).resolve() == Path(edited) for p in reads)


def _units_made(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The directories (``incremental_check._unit``) the runs after this call plan, in order."""
    from compare import incremental_check as incremental

    units: list[Any] = []
    real = incremental._unit

    def keeping(*args: Any) -> Any:
        unit = real(*args)
        units.append(unit)
        return unit

    monkeypatch.setattr(incremental, "_unit", keeping)
    return units


def _settle(root: Path) -> None:
    """Wait until the filesystem's clock has ticked past every file under ``root``.

    A file written within one tick of a run's stamp is racy: that run does not trust
    its signature, and the next run hashes it again and journals its row (see
    filestate).  Copying the corpus just before a run made that happen to a file or
    two at random under load, so a test that counts journaled rows waits first.
    """
    newest = max(max(st.st_mtime_ns, st.st_ctime_ns) for st in (p.stat() for p in root.rglob("*")))
    clock = root.parent / "clock"  # not in the corpus: a stamp file would change its directories
    while (now := filestate.stamp(clock)) is not None and now <= newest:
        time.sleep(0.005)


@pytest.mark.parametrize("damage", ["none", "forged-row", "other-base"])
def test_a_run_that_changed_one_file_journals_its_row(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reads: list[str],
    damage: str,
    one_by_one: None,
) -> None:
    _settle(corpus)
    _gate(corpus, tmp_path, capsys)
    state = tmp_path / "cache" / "files.json"
    journal = tmp_path / "cache" / "files.journal.json"
    written = state.read_bytes()
    _edit_first_article(corpus, "story-001")
    _settle(corpus)
    edited = sorted((corpus / "story-001").glob("*.txt"))[0]
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)
    # The whole state is not written again for one file: its row goes to the journal.
    assert state.read_bytes() == written
    head, _, body = journal.read_bytes().partition(b"\n")
    rows = json.loads(body)
    assert [Path(p).name for p in rows] == [edited.name]
    if damage == "forged-row":  # the old content hash under the new signature, unsigned
        (row,) = rows.values()
        row[3] = "0" * 64
        journal.write_bytes(head + b"\n" + json.dumps(rows).encode())
    elif damage == "other-base":  # signed, but on top of another files.json
        header = json.loads(head)
        header["base"] = "0" * 64
        journal.write_bytes(json.dumps(header).encode() + b"\n" + body)
    reads.clear()
    warm = _gate(corpus, tmp_path, capsys)
    read_again = [p for p in reads if Path(p).name == edited.name]
    assert warm == _full(corpus, tmp_path, capsys)
    assert bool(read_again) == (damage != "none")


@pytest.mark.parametrize(
    "forged",
    [
        {},
        {"divergent": [["F1", "0123456789ABCDEF", []]]},  # not lowercase hex
        {"divergent": [["F1", "0123456789abcdef", ["0123456789abcde"]]]},  # a pair's, one digit short
        {"divergent": [["F1", "0123456789abcdef", [7]]]},  # a pair's, not a string
        {"divergent": [["F1", None, [""]]]},
        {"agreeing": [[0, "F2", "0123456789abcdeg"]]},
        {"agreeing": [[0, "F2", "0123456789abcdef0"]]},
    ],
)
def test_a_record_index_with_a_bad_fingerprint_is_refused(forged: dict[str, Any]) -> None:
    from compare import incremental_check as incremental

    data = {
        "documents": 2,
        "facts": 4,
        "findings": 3,
        "failed": [],
        "divergent": [["F1", "0123456789abcdef", ["", "fedcba9876543210"]]],
        "agreeing": [[1, "F2", "00112233445566ff"]],
        **forged,
    }
    detail = incremental._Detail(Path("unused"), 0, 0)
    if not forged:  # the well-formed index is taken, with its fingerprints as written
        record = incremental._record(data, detail, "k", "d")
        assert record.index == (("F1", "0123456789abcdef", ("", "fedcba9876543210")),)
        assert record.agree_index == ((1, "F2", "00112233445566ff"),)
        return
    with pytest.raises((ValueError, TypeError)):
        incremental._record(data, detail, "k", "d")


def test_an_edited_baseline_is_gated_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)
    baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    dropped = baseline["findings"].pop(0)  # that divergence is new again, unless a pair of it is accepted
    stale = {**dropped, "story": "gone", "fingerprint": "0123456789abcdef"}
    stale["pairs"] = [{**p, "fingerprint": f"{n:016x}"} for n, p in enumerate(dropped["pairs"])]
    baseline["findings"].append(stale)
    (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    for fmt in ("text", "github"):
        incremental = _gate(corpus, tmp_path, capsys, fmt=fmt)
        assert incremental == _full(corpus, tmp_path, capsys, fmt=fmt)
        assert "stale" in incremental[1].lower()
    for fail_on in ("compatible", "conflict"):
        assert _gate(corpus, tmp_path, capsys, "--fail-on", fail_on) == _gate(
            corpus, tmp_path, capsys, "--fail-on", fail_on, "--no-cache"
        )


@pytest.mark.parametrize("damage", ["truncate", "new-unknown", "accept-all"])
def test_a_damaged_gate_record_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    cold = _gate(corpus, tmp_path, capsys)
    assert cold[0] == 1
    for path in sorted((tmp_path / "cache" / "gates").rglob("*.json")):
        head, _, body = path.read_bytes().partition(b"\n")
        data = json.loads(body)
        if damage == "truncate":
            path.write_bytes(path.read_bytes()[:40])
            continue
        if damage == "new-unknown":
            data["statuses"] = ["F-not-a-status" for _ in data["statuses"]]
        else:  # hide every new divergence, without re-signing
            data["statuses"] = ["accepted" for _ in data["statuses"]]
        path.write_bytes(head + b"\n" + json.dumps(data).encode())
    assert _gate(corpus, tmp_path, capsys) == cold


def test_a_malformed_baseline_is_the_same_error(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    baseline["findings"][-1]["pairs"][0]["level"] = "maybe"
    (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    dirs = sorted(str(d) for d in corpus.iterdir())
    errors = []
    for extra in ([], ["--no-cache"]):
        args = ["check", *dirs, "--quiet", "--baseline", str(tmp_path / "b.json"), *extra]
        assert main([*args, "--cache-dir", str(tmp_path / "cache")]) == 2
        errors.append(capsys.readouterr().err)
    assert errors[0] == errors[1] and "malformed baseline" in errors[0]


def test_an_entry_filed_under_another_story_still_accepts_by_pair_fingerprint(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Pair fingerprints are matched whatever story an entry names: the
    # incremental gate must put such an entry in the slice of the story it accepts.
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    _gate(corpus, tmp_path, capsys)
    baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    moved = baseline["findings"].pop(0)
    baseline["findings"].append({**moved, "story": "elsewhere", "fingerprint": "0123456789abcdef"})
    (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    assert _gate(corpus, tmp_path, capsys) == _full(corpus, tmp_path, capsys)


@pytest.mark.parametrize("damage", ["truncate", "out-of-range", "edit-unsigned"])
def test_a_damaged_baseline_index_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    # An unchanged baseline is not parsed again: its index comes from the cache, checked.
    _gate(corpus, tmp_path, capsys, "--update-baseline")
    baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    # One contradiction new again: the gate fails on it.
    dropped = next(i for i, e in enumerate(baseline["findings"]) if e["verdict"] == "conflict")
    del baseline["findings"][dropped]
    (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    first = _gate(corpus, tmp_path, capsys)
    assert first == _full(corpus, tmp_path, capsys) and first[0] == 1
    (path,) = sorted((tmp_path / "cache" / "baselines").rglob("*.json"))
    head, _, body = path.read_bytes().partition(b"\n")
    data = json.loads(body)
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:60])
    elif damage == "out-of-range":  # re-signed: the index itself must hold up
        data["fingerprint"] = {fp: [data["count"] + 5] for fp in data["fingerprint"]}
        _resign(path, json.dumps(data).encode())
    else:  # every entry filed under no story and no fingerprint: nothing would be accepted
        data["story"], data["fingerprint"], data["pair"] = {}, {}, {}
        path.write_bytes(head + b"\n" + json.dumps(data).encode())
    for fmt in ("text", "github"):
        assert _gate(corpus, tmp_path, capsys, fmt=fmt) == _full(corpus, tmp_path, capsys, fmt=fmt)


# --- the incremental check's JSON: assembled from each story's part of the report -------------


def _json_run(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str, *extra: str
) -> tuple[int, str, bytes]:
    """The gate's status, its printed JSON and the bytes of the JSON file it wrote (fresh each run)."""
    out = tmp_path / "out.json"
    out.unlink(missing_ok=True)
    status, text = _gate(corpus, tmp_path, capsys, "--jobs", jobs, f"--output=json={out}", *extra, fmt="json")
    return status, text, out.read_bytes()


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("accept", [False, True], ids=["empty-baseline", "accepted-baseline"])
def test_the_incremental_json_is_the_full_runs_bytes(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    aligned: list[str],
    reads: list[str],
    accept: bool,
    jobs: str,
) -> None:
    def run(*extra: str) -> tuple[int, str, bytes]:
        return _json_run(corpus, tmp_path, capsys, jobs, *extra)

    if accept:
        _gate(corpus, tmp_path, capsys, "--update-baseline")
        baseline = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
        baseline["findings"] = [e for e in baseline["findings"] if e["story"] in ("story-000", "story-003")]
        (tmp_path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    full = run("--no-cache")
    assert full[1].encode() == full[2] and json.loads(full[1])["fingerprints"]
    assert run() == full  # cold
    reads.clear()
    aligned.clear()
    assert run() == full  # warm: nothing read, nothing aligned
    assert reads == [] and aligned == []
    changes = {
        "add-article": CHANGES["add-article"],
        "edit-article": CHANGES["edit-article"],
        # The added article removed again (removing a listed one is an error: its manifest names it).
        "remove-article": lambda corpus: (corpus / "story-002" / "zz_new.txt").unlink(),
    }
    # The story each change reads and aligns again; removing the added article brings story-002
    # back to the state of the cold run, whose record is recalled.
    redone = {"add-article": ["story-002"], "edit-article": ["story-001"], "remove-article": []}
    for change in changes:
        changes[change](corpus)
        reads.clear()
        aligned.clear()
        warm = run()
        assert {Path(p).parent.name for p in reads} <= set(redone[change])
        if jobs == "1":  # with --jobs 2 the calls happen in the workers
            assert aligned == redone[change]
        assert warm == run("--no-cache")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_story_across_two_directories_is_assembled_in_corpus_order(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    # One of story-001's articles lives in story-003's directory (its manifest names the story):
    # story-001's documents are then two runs of the corpus's order, with story-002's between
    # them, and each must land where the full run puts it, recalled or analysed again.
    source = sorted((corpus / "story-001").glob("*.txt"))[0]
    far = corpus / "story-003" / "zz_far.txt"
    far.write_text("A report filed far away.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    manifest = corpus / "story-003" / "sources.toml"
    entry = '\n[[source]]\nfile = "zz_far.txt"\noutlet = "The Far Desk"\nstory = "story-001"\n'
    manifest.write_text(manifest.read_text(encoding="utf-8") + entry, encoding="utf-8")

    def run(*extra: str) -> tuple[int, str, bytes]:
        return _json_run(corpus, tmp_path, capsys, jobs, *extra)

    full = run("--no-cache")
    docs = json.loads(full[2])["documents"]
    placed = [d["story"] for d in docs]
    assert placed.index("story-002") < len(placed) - 1 - placed[::-1].index("story-001")
    assert any(d["path"].endswith("zz_far.txt") and d["story"] == "story-001" for d in docs)
    assert run() == full  # cold
    assert run() == full  # warm: every part recalled
    _add_article(corpus, "story-001")
    assert run() == run("--no-cache")  # story-001 analysed again, its part made now


def test_a_cold_check_analyses_story_by_story_within_its_budgets(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    reads: list[str],
) -> None:
    """Past ``_KEPT_CHARS`` of text a file's text is not kept from the reading (it is read
    again when its story is analysed) and the stories are analysed in runs of at most
    ``_CHUNK_CHARS`` (at least one story each): the same bytes as a full run, whatever the budgets."""
    from compare import incremental_check as incremental

    expected = [_full(corpus, tmp_path, capsys, fmt=fmt) for fmt in ("json", "text")]
    runs: list[list[str]] = []
    real = incremental._analyse

    def analyse(stories: Sequence[Any], *args: Any, **kwargs: Any) -> None:
        runs.append([s.name for s in stories])
        real(stories, *args, **kwargs)

    monkeypatch.setattr(incremental, "_analyse", analyse)
    monkeypatch.setattr(incremental, "_KEPT_CHARS", 0)
    monkeypatch.setattr(incremental, "_CHUNK_CHARS", 1)
    reads.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected[0]  # cold
    assert runs == [[story.name] for story in sorted(corpus.iterdir())]
    assert len(reads) == 2 * len(set(reads))  # every file read for the plan, then for its story
    shutil.rmtree(tmp_path / "cache")
    runs.clear()
    monkeypatch.setattr(incremental, "_CHUNK_CHARS", 10**9)
    assert _gate(corpus, tmp_path, capsys) == expected[1]
    assert len(runs) == 1 and len(runs[0]) == STORIES
    # With --jobs 2, every run of stories goes to one pool, started once.
    from compare import pipeline

    pools: list[Any] = []
    real_pool = pipeline.worker_pool

    def counting_pool(jobs: int) -> Any:
        pools.append(jobs)
        return real_pool(jobs)

    monkeypatch.setattr(pipeline, "worker_pool", counting_pool)
    monkeypatch.setattr(pipeline, "_PARALLEL_MIN_DOCS", 1)
    monkeypatch.setattr(incremental, "_chunks", lambda s: (list(s[i : i + 2]) for i in range(0, len(s), 2)))
    shutil.rmtree(tmp_path / "cache")
    runs.clear()
    assert _gate(corpus, tmp_path, capsys, "--jobs", "2", fmt="json") == expected[0]
    assert [len(run) for run in runs] == [2, 2] and pools == [2]


def test_the_json_alone_reads_no_agreeing_finding_from_the_records(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check's JSON needs of an agreeing finding its id and fingerprint, which the record's
    index holds: a warm run parses none of their details (most of a record's bytes), with an
    accepted or an empty baseline, and still writes the full run's bytes."""
    from compare import incremental_check as incremental

    _gate(corpus, tmp_path, capsys, "--update-baseline")
    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    parsed: list[int] = []
    real = incremental._agreeing

    def agreeing(rows: Any, *args: Any) -> Any:
        parsed.append(len(rows))
        return real(rows, *args)

    monkeypatch.setattr(incremental, "_agreeing", agreeing)
    data = json.loads(expected[1])
    assert "agree" in {f["verdict"] for f in data["findings"]} and data["fingerprints"]
    for fail_on in ("conflict", "compatible"):  # a new gate for every story, then a recalled one
        full = _gate(corpus, tmp_path, capsys, "--no-cache", "--fail-on", fail_on, fmt="json")
        for _ in range(2):
            assert _gate(corpus, tmp_path, capsys, "--fail-on", fail_on, fmt="json") == full
    assert parsed == []
    (tmp_path / "b.json").unlink()  # every divergence new: their details are read, still no agreeing one
    assert _gate(corpus, tmp_path, capsys, fmt="json") == _full(corpus, tmp_path, capsys, fmt="json")
    assert parsed == []
    # JUnit lists them: with it, they are read (and the JSON is the same).
    _gate(corpus, tmp_path, capsys, "--output", f"junit={tmp_path / 'j.xml'}", fmt="json")
    assert parsed


def _parts(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache" / "parts").rglob("*.json"))


def _part_pieces(path: Path) -> tuple[bytes, dict[str, Any], list[bytes]]:
    """A part file's signed header, its index, and its pieces (each document's item and facts,
    then the findings and the echoes)."""
    head, _, body = path.read_bytes().partition(b"\n")
    index, _, blob = body.partition(b"\n")
    data = json.loads(index)
    pieces, at = [], 0
    for size in data["sizes"]:
        pieces.append(blob[at : at + size])
        at += size
    assert at == len(blob)
    return head, data, pieces


def _part_body(data: dict[str, Any], pieces: list[bytes]) -> bytes:
    data = {**data, "sizes": [len(p) for p in pieces]}
    return json.dumps(data, ensure_ascii=False).encode() + b"\n" + b"".join(pieces)


@pytest.mark.parametrize(
    "damage",
    [
        "truncate",
        "unsigned",
        "edited",
        "other-story",
        "document",
        "open-fact",
        "injection",
        "counts",
        "sizes",
        "not-utf8",
        "swap",
    ],
)
def test_a_damaged_or_forged_json_part_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], reads: list[str], damage: str
) -> None:
    """A warm run copies a story's part into the report unread: whatever is not the bytes a run
    wrote for that story (damaged, or signed again by a forger who knows the layout) is a miss,
    never spliced into the report, and the story is analysed again.  (A re-signed part's facts
    and the UTF-8 of its bytes are not checked: bytes that match the digest recorded when they
    were written are the bytes a run encoded.)"""
    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    parts = _parts(tmp_path)
    assert len(parts) == STORIES
    target = max(parts, key=lambda p: p.stat().st_size)
    raw = target.read_bytes()
    head, data, pieces = _part_pieces(target)
    fact = next(i for i in range(1, len(pieces) - 2, 2) if pieces[i])  # a document's facts
    if damage == "truncate":
        target.write_bytes(raw[:200])
    elif damage == "unsigned":
        target.write_bytes(raw + b" ")  # still the same pieces, but not what was signed
    elif damage == "edited":
        # One digit of one fact changed in place: same sizes, same layout, not what was signed.
        at = raw.index(b'"start": ', raw.index(pieces[fact])) + len(b'"start": ')
        digit = raw[at : at + 1]
        target.write_bytes(raw[:at] + (b"7" if digit != b"7" else b"8") + raw[at + 1 :])
    elif damage == "not-utf8":
        # Bytes that are not UTF-8 where a fact's text starts: the digest (the bytes a run wrote,
        # which are UTF-8) no longer matches, so the part is a miss without being decoded.
        at = raw.index(b'"text": "', raw.index(pieces[fact])) + len(b'"text": "')
        target.write_bytes(raw[:at] + b"\xff" + raw[at + 1 :])
    elif damage == "swap":
        # Another story's part, signed for this story's key.
        other = min(parts, key=lambda p: p.stat().st_size)
        _resign(target, other.read_bytes().partition(b"\n")[2])
    else:
        if damage == "other-story":
            data["story"] = "elsewhere"
        elif damage == "document":
            pieces[0] = pieces[0].replace(b'"sha256": "', b'"sha256": "0')
        elif damage == "open-fact":
            # A fact cut before its end: the facts would run into the next document's item.
            pieces[fact] = pieces[fact][: -len(b"\n    }")]
        elif damage == "injection":
            # Well-formed JSON of its own, but not the text of one item: it would add keys to the report.
            pieces[-1] = b'{}], "injected": [{}'
            data["echo_count"] = 1
        elif damage == "counts":
            verdict = next(v for v, n in data["verdicts"].items() if n)
            data["verdicts"][verdict] += 1
        if damage == "sizes":
            data["sizes"][0] += 1  # the pieces no longer where the index says
            _resign(target, json.dumps(data).encode() + b"\n" + b"".join(pieces))
        else:
            _resign(target, _part_body(data, pieces))
    assert target.read_bytes() != raw
    reads.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    # That story's articles are read again (its alignment comes back from the findings cache).
    assert len({Path(p).parent.name for p in reads}) == 1
    # The miss was repaired: the next run recalls the story.
    reads.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert reads == []


def test_recalled_parts_are_copied_from_their_files_as_they_were_checked(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm run copies each recalled part into the report from its own file, at write time,
    not through the spill file; the file is the one that was checked, so a run that replaces the
    cache entry in between (a rename, as every writer of the cache does) changes nothing."""
    from compare import incremental_check as incremental
    from compare import streamed

    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    spilled: list[int] = []
    real_put = streamed._Spill.put_bytes

    def put_bytes(self: Any, data: bytes) -> Any:
        spilled.append(len(data))
        return real_put(self, data)

    monkeypatch.setattr(streamed._Spill, "put_bytes", put_bytes)
    real_load = incremental.PartRecords.load
    replaced: list[Path] = []

    def load(self: Any, key: str, story: Any) -> Any:
        part = real_load(self, key, story)
        # Kept as the open file alone, without a reader's buffer (~4 KB a story, issue 14).
        assert type(part.file) is io.FileIO
        # Checked: now another part takes the entry's name (another story's, re-signed for this key).
        path = self._path(key)
        others = [p for p in _parts(tmp_path) if p != path]
        staged = path.with_suffix(".staged")
        staged.write_bytes(others[0].read_bytes())
        _resign(staged, staged.read_bytes().partition(b"\n")[2])
        os.replace(staged, path)
        replaced.append(path)
        return part

    monkeypatch.setattr(incremental.PartRecords, "load", load)
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert len(replaced) == STORIES and spilled == []


def test_parts_beyond_the_open_files_allowed_go_through_the_spill(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An assembly keeps a bounded number of recalled parts' files open; the others are read
    into the spill file at once and closed (a repository of more stories than a process may
    open files), with the same bytes out."""
    from compare import streamed

    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    opened: list[Any] = []
    open_at_once: list[int] = []
    real_add = streamed.Assembly.add

    def add(self: Any, part: Any, positions: Any = None) -> None:
        if isinstance(part, streamed.FilePart):
            opened.append(part.file)
        real_add(self, part, positions)
        open_at_once.append(sum(not f.closed for f in opened))

    monkeypatch.setattr(streamed, "_open_files", lambda: 1)
    monkeypatch.setattr(streamed.Assembly, "add", add)
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert len(opened) == STORIES and max(open_at_once) == 1 and all(f.closed for f in opened)


@pytest.mark.parametrize("advice", [True, False], ids=["fadvise", "no-fadvise"])
def test_a_recalled_part_is_asked_for_whole_before_its_first_piece_is_copied(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    advice: bool,
) -> None:
    """A warm JSON run asks the kernel to read each recalled part's pieces (``POSIX_FADV_WILLNEED``
    over exactly their bytes) once, before the first of them is copied, rather than in readahead
    windows as the copy reaches them; where the call does not exist (macOS) the pieces are read
    on demand.  The bytes out are the full run's either way."""
    from compare import streamed

    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected  # writes the parts
    asked: list[tuple[int, int, int, int]] = []
    ranges: dict[int, tuple[int, int]] = {}
    read_before_asked: list[int] = []
    real_add, real_pread = streamed.Assembly.add, os.pread

    def add(self: Any, part: Any, positions: Any = None) -> None:
        if isinstance(part, streamed.FilePart):
            ranges[part.file.fileno()] = (part.offset, sum(part.sizes))
        real_add(self, part, positions)

    def fadvise(fd: int, offset: int, size: int, what: int) -> None:
        asked.append((fd, offset, size, what))

    def pread(fd: int, size: int, offset: int) -> bytes:
        if fd in ranges and fd not in {a[0] for a in asked}:
            read_before_asked.append(fd)
        return real_pread(fd, size, offset)

    monkeypatch.setattr(streamed.Assembly, "add", add)
    monkeypatch.setattr(streamed.os, "pread", pread)
    if advice:
        if not hasattr(os, "POSIX_FADV_WILLNEED"):
            pytest.skip("no posix_fadvise on this platform")
        monkeypatch.setattr(streamed.os, "posix_fadvise", fadvise, raising=False)
    else:
        monkeypatch.delattr(streamed.os, "posix_fadvise", raising=False)
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert len(ranges) == STORIES
    if advice:
        assert sorted(asked) == sorted((fd, *where, os.POSIX_FADV_WILLNEED) for fd, where in ranges.items())
        assert read_before_asked == []
    else:
        assert asked == [] and read_before_asked


def test_the_json_writer_keys_the_story_parts_not_the_fact_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing how a story's part of the JSON is written (``streamed.py``) makes every recalled
    part a miss (it is keyed by ``gate_fingerprint``) but keeps the fact cache warm."""
    from compare import cache, streamed
    from compare import incremental_check as incremental

    before = (cache.tool_fingerprint.__wrapped__(), incremental.gate_fingerprint.__wrapped__())
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        data = real(self)
        return data + b"\n# edited\n" if self.resolve() == Path(streamed.__file__).resolve() else data

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    after = (cache.tool_fingerprint.__wrapped__(), incremental.gate_fingerprint.__wrapped__())
    assert after[0] == before[0] and after[1] != before[1]


@pytest.mark.parametrize("racy", [False, True], ids=["trusted", "racy"])
def test_a_part_checked_before_is_not_read_again_while_its_file_is_unchanged(
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    reads: list[str],
    racy: bool,
) -> None:
    """A part whose digest and contents were checked by one run is taken by the next on its
    stat signature (its index line alone is read), as an article is; a part edited since, or
    one whose check was racy (its times not strictly older than the checking run's stamp), is
    read and checked again."""
    from compare import incremental_check as incremental

    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected  # writes the parts
    real_stamp = incremental.stamp
    if racy:
        monkeypatch.setattr(incremental, "stamp", lambda directory: 0)  # no file is older
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected  # checks them
    monkeypatch.setattr(incremental, "stamp", real_stamp)
    checked: list[str] = []
    real = incremental.PartRecords._checked

    def counting(self: Any, handle: Any, key: str, story: Any, size: int) -> Any:
        checked.append(story.name)
        return real(self, handle, key, story, size)

    monkeypatch.setattr(incremental.PartRecords, "_checked", counting)
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert len(checked) == (STORIES if racy else 0)
    # One digit of one fact edited in place (same size): its times change, so it is checked
    # again, refused, and its story analysed again.
    target = max(_parts(tmp_path), key=lambda p: p.stat().st_size)
    raw = target.read_bytes()
    at = raw.index(b'"start": ') + len(b'"start": ')
    with open(target, "r+b") as handle:
        handle.seek(at)
        handle.write(b"7" if raw[at : at + 1] != b"7" else b"8")
    checked.clear()
    reads.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert len(checked) == 1  # (the racy run's parts were checked, and trusted, by the run before)
    assert len({Path(p).parent.name for p in reads}) == 1


# --- Directories taken whole (``filestate.Directories``, ``incremental_check._Walk``) ---


def _directory_records(tmp_path: Path) -> dict[str, Path]:
    """The directory records of the cache, by the directory they record."""
    out = {}
    for path in sorted((tmp_path / "cache" / "directories").rglob("*.json")):
        out[Path(json.loads(path.read_bytes().partition(b"\n")[0])["where"]).name] = path
    return out


@pytest.fixture
def candidates(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file of every candidate the walk makes (one a file, unless its directory is taken whole)."""
    from compare.corpus import paths

    made: list[str] = []
    real = paths._candidate

    def counting(listed: Any, rel: str, *rest: Any) -> Any:
        made.append(f"{Path(listed.here).name}/{rel}")
        return real(listed, rel, *rest)

    monkeypatch.setattr(paths, "_candidate", counting)
    return made


def test_an_unchanged_directory_is_taken_whole(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], candidates: list[str], reads: list[str]
) -> None:
    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    assert sorted(_directory_records(tmp_path)) == [f"story-{i:03d}" for i in range(STORIES)]
    state = tmp_path / "cache" / "files.json"
    assert json.loads(state.read_bytes().partition(b"\n")[2])["files"] == {}  # the records hold the rows
    candidates.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert candidates == []
    records = {name: path.read_bytes() for name, path in _directory_records(tmp_path).items()}
    written = state.read_bytes()
    _add_article(corpus, "story-002")
    _settle(corpus)
    reads.clear()
    candidates.clear()
    warm = _gate(corpus, tmp_path, capsys, fmt="json")
    # Only the changed directory is planned, read and recorded again, file by file.
    assert {c.split("/")[0] for c in candidates} == {"story-002"}
    assert {Path(p).parent.name for p in reads} == {"story-002"}  # the story analysed again
    after = {name: path.read_bytes() for name, path in _directory_records(tmp_path).items()}
    assert [name for name in sorted(after) if after[name] != records[name]] == ["story-002"]
    assert state.read_bytes() == written
    assert warm == _full(corpus, tmp_path, capsys, fmt="json")
    assert warm != cold


def test_a_racy_directory_is_not_recorded_whole(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from compare import incremental_check as incremental

    monkeypatch.setattr(incremental, "stamp", lambda directory: 0)  # no file older than the run
    _gate(corpus, tmp_path, capsys)
    assert _directory_records(tmp_path) == {}


def _resign_directory(path: Path, header: dict[str, Any], body: bytes) -> None:
    import hashlib

    header = {**header, "digest": hashlib.sha256(body).hexdigest()}
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


@pytest.mark.parametrize(
    "damage",
    ["truncate", "unsigned", "bad-hash", "bad-date", "other-directory", "forged-origin", "forged-key"],
)
def test_a_damaged_or_forged_directory_record_is_a_miss(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], reads: list[str], damage: str
) -> None:
    _settle(corpus)
    _gate(corpus, tmp_path, capsys, fmt="json")
    records = _directory_records(tmp_path)
    path = records["story-001"]
    head, _, body = path.read_bytes().partition(b"\n")
    header, data = json.loads(head), json.loads(body)
    edited = sorted((corpus / "story-001").glob("*.txt"))[0]
    if damage in ("truncate", "unsigned", "bad-hash", "bad-date"):
        # The edited file's new signature recorded: only the record's checks can tell.
        _edit_first_article(corpus, "story-001")
        _settle(corpus)
        data["rows"][0][0] = list(filestate.signature(edited) or ())
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:80])
    elif damage == "unsigned":
        path.write_bytes(head + b"\n" + json.dumps(data).encode())
    elif damage == "bad-hash":
        data["rows"][0][3] = "not a content hash"
        _resign_directory(path, header, json.dumps(data).encode())
    elif damage == "bad-date":
        data["rows"][0][7] = "2023-02-30"
        _resign_directory(path, header, json.dumps(data).encode())
    elif damage == "other-directory":
        # Another directory's record, signed, under this one's name: its path is not this one's.
        path.write_bytes(records["story-002"].read_bytes())
    elif damage == "forged-origin":
        # Signed, with a row that is not what the walk makes of its file: the full run's answer.
        data["rows"][0][2] = "0" * 64
        _resign_directory(path, header, json.dumps(data).encode())
        (tmp_path / "cache" / "stories").rename(tmp_path / "cache" / "stories-gone")  # analysed again
    elif damage == "forged-key":
        # Signed, with ids that are not this run's: the story's key is made again.
        data["memo"][1][0] = "someone-else"
        _resign_directory(path, header, json.dumps(data).encode())
    reads.clear()
    for fmt in ("json", "text"):
        assert _gate(corpus, tmp_path, capsys, fmt=fmt) == _full(corpus, tmp_path, capsys, fmt=fmt)
    if damage in ("truncate", "unsigned", "bad-hash", "bad-date"):
        assert any(Path(p).name == edited.name for p in reads)


def test_a_copy_in_a_directory_taken_whole_is_skipped_as_in_a_full_run(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _settle(corpus)
    _gate(corpus, tmp_path, capsys)
    # A copy, met first, of a file of a directory recorded whole: that directory's file is the copy now.
    source = sorted((corpus / "story-003").glob("*.txt"))[0]
    shutil.copyfile(source, corpus / "story-000" / "aaa.txt")
    for fmt in ("text", "json"):
        assert _gate(corpus, tmp_path, capsys, fmt=fmt) == _full(corpus, tmp_path, capsys, fmt=fmt)


def test_paths_that_overlap_take_no_directory_whole(tmp_path: Path) -> None:
    from compare.incremental_check import _apart

    for name in ("a/b", "c", "a-b"):
        (tmp_path / name).mkdir(parents=True)
    (tmp_path / "c" / "x.txt").write_text("x", encoding="utf-8")
    cwd = str(tmp_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        assert _apart(["a/b", "c", "a-b"], cwd)
        assert not _apart(["a", "a/b"], cwd)  # a/b is walked twice
        assert not _apart(["a/b", "./a/b/"], cwd)  # the same directory
        assert not _apart(["c", "c/x.txt"], cwd)  # a file
        assert not _apart(["*"], cwd)  # a glob


def test_a_directory_taken_whole_makes_the_walks_candidates_when_needed(tmp_path: Path) -> None:
    from compare.corpus import paths

    generate(tmp_path / "corpus", 6, stories=2, words=50)
    listed: list[Any] = []

    def hook(directory: Any) -> bool:
        listed.append(directory)
        return len(listed) != 2  # the second directory (story-000) file by file, the others whole

    yielded = list(paths.iter_plan([str(tmp_path / "corpus")], hook=hook))
    walked = paths._plan([str(tmp_path / "corpus")])
    assert [Path(d.here).name for d in listed] == ["corpus", "story-000", "story-001"]
    assert {Path(c.file).parent.name for c in yielded} == {"story-000"}
    rebuilt = [*paths.listed_candidates(listed[0]), *yielded, *paths.listed_candidates(listed[2])]
    assert rebuilt == walked
    assert [c.lstat.st_ino for c in rebuilt] == [c.lstat.st_ino for c in walked]


def test_a_directory_taken_whole_keeps_neither_its_rows_nor_the_walks_lstats(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm run keeps of a recalled directory its names, hashes, dates and story key, not its
    rows nor the walk's lstat of each file (issue 14: ~2.6 KB a file); it reads the rows again
    from the record when needed, and only if the record is still the one it read."""
    from compare import filestate
    from compare import incremental_check as incremental

    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    units = _units_made(monkeypatch)
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert len(units) == STORIES
    unit = units[0]
    assert isinstance(unit.recorded, filestate.Recalled) and unit.listed.stats == {}
    files = [Path(unit.where) / name for name in unit.recorded.names]
    assert [c.lstat.st_ino for c in unit.candidates()] == [os.lstat(f).st_ino for f in files]
    record = unit.store.load(unit.where)
    assert unit.rows() == {str(f): row for f, row in zip(files, record.rows, strict=True)}
    ids = [f"id-{i}" for i in range(len(files))]
    assert [item.seen.parsed.sha256 for _, item in unit.items(ids)] == unit.recorded.digests
    unit.store.store(unit.where, replace(record, memo=None))  # another run's record since
    assert unit.rows() == {}
    with pytest.raises(incremental._Changed):
        unit.items(ids)


def test_a_directory_taken_whole_keeps_its_hashes_as_bytes_and_of_its_key_a_digest(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a warm run keeps of each recalled directory for the run (issue 14) is compact: its
    files' content hashes as 32 bytes each, one string a distinct date, of the ids and labels
    its story key was made with only their digest, its files' names packed in one string,
    neither its manifest's entries nor how each file is shown; the key still comes back from
    the record (the story is not analysed) and the candidates made again from the manifest's
    text are the walk's."""
    from compare import filestate, streamed
    from compare.corpus import paths

    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    units = _units_made(monkeypatch)
    made = []
    monkeypatch.setattr(streamed, "story_part", lambda *a, **k: made.append(a) or pytest.fail("analysed"))
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert len(units) == STORIES and not made
    for unit in units:
        record = unit.store.load(unit.where)
        recalled = unit.recorded
        assert isinstance(recalled.raw, bytes) and recalled.raw == bytes.fromhex("".join(record.digests))
        assert recalled.digests == record.digests
        options, ids, labels, key = record.memo
        assert recalled.memo == [options, filestate.memo_digest(ids, labels), key]
        assert all(p is None or p is filestate._DAYS[p] for p in recalled.published)
        assert unit.listed.manifest == {} and "shown" not in vars(unit)
        # Its files' names: one string, not the listing's list of them.
        assert unit.listed.relative == [] and recalled.packed == "\0".join(record.names)
        assert recalled.names == record.names and recalled.count == len(record.names)
        manifest = paths.parsed_manifest(unit.listed.manifest_digest) or {}
        # Its place kept as a string (unpickling a ``Path`` interns its parts): the walk's path again.
        assert isinstance(unit.listed.here, str)
        listed = replace(unit.listed, here=Path(unit.listed.here), relative=record.names, manifest=manifest)
        walked = paths.listed_candidates(listed)
        assert [c.meta for c in unit.candidates()] == [c.meta for c in walked]
        assert unit.shown == [c.shown for c in walked]


def test_the_file_state_keeps_no_copy_of_the_manifests_and_writes_them_only_when_they_change(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifests ``files.json`` holds are handed to the parser once and not kept by the file
    state for the run (issue 14); they are written again only when the manifests read differ
    from those loaded (one changed, or one loaded malformed), and the output is the full run's."""
    import hashlib

    from compare import filestate
    from compare.corpus import PARSED_MANIFESTS

    state_path = tmp_path / "cache" / "files.json"

    def manifests() -> dict[str, Any]:
        data: dict[str, Any] = json.loads(state_path.read_bytes().partition(b"\n")[2])["manifests"]
        return data

    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus.glob("*/sources.toml")}
    assert set(manifests()) == digests
    saved: list[tuple[dict[str, Any], bool]] = []
    real = filestate.FileState.save

    def save(self: filestate.FileState, made: Any, same: bool) -> None:
        saved.append((self.manifests, same))
        real(self, made, same)

    monkeypatch.setattr(filestate.FileState, "save", save)
    written = state_path.read_bytes()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert saved == [({}, True)] and state_path.read_bytes() == written  # nothing to write
    # A manifest changed: the new one is written, the old one is gone.
    _rename_first_outlet(corpus, "story-001", "The Solo Desk")
    saved.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == _full(corpus, tmp_path, capsys, fmt="json")
    assert saved[0] == ({}, False)
    new = {hashlib.sha256(p.read_bytes()).hexdigest() for p in corpus.glob("*/sources.toml")}
    assert set(manifests()) == new != digests
    # A manifest loaded malformed (signed, so read) is parsed again and written well formed.
    head, _, body = state_path.read_bytes().partition(b"\n")
    data = json.loads(body)
    good = dict(data["manifests"])
    first = sorted(data["manifests"])[0]
    rows = json.loads(zlib.decompress(base64.b64decode(data["manifests"][first])))
    cut = json.dumps({name: row[:3] for name, row in rows.items()}).encode()
    data["manifests"][first] = base64.b64encode(zlib.compress(cut)).decode()
    body = json.dumps(data).encode()
    header = json.loads(head)
    header["digest"] = hashlib.sha256(body).hexdigest()
    state_path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    saved.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == _full(corpus, tmp_path, capsys, fmt="json")
    assert saved[0] == ({}, False) and manifests() == good
    # The same in a process that holds no parse of it: found malformed when the walk reads it.
    state_path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    PARSED_MANIFESTS.clear()  # a cache: the walk parses what it lacks
    saved.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == _full(corpus, tmp_path, capsys, fmt="json")
    assert saved[0] == ({}, False) and manifests() == good


# --- One story in memory at a time (``incremental_check._Stories``, issue 14) ---


def test_a_check_holds_one_story_at_a_time(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between its steps a check keeps its stories on disk (``_Stories``): while a story is gated,
    no other story (``_Story``) and no other recalled directory (``_Unit``) is alive, cold, warm
    or after a change, and every output is the full run's.  (Before: a dict of every story and
    the plan's list of every directory, alive to the end of the run.)"""
    import gc

    from compare import incremental_check as incremental

    alive: list[tuple[int, int]] = []
    real = incremental._story_gate

    def counting(*args: Any, **kwargs: Any) -> Any:
        gc.collect()
        objects = gc.get_objects()
        alive.append(
            (
                sum(isinstance(o, incremental._Story) for o in objects),
                sum(isinstance(o, incremental._Unit) for o in objects),
            )
        )
        return real(*args, **kwargs)

    monkeypatch.setattr(incremental, "_story_gate", counting)
    _settle(corpus)
    for run in ("cold", "warm", "changed"):
        if run == "changed":
            article = sorted((corpus / "story-001").glob("*.txt"))[0]
            article.write_text(article.read_text(encoding="utf-8") + "\nLater, 31 people were hurt.\n")
            _settle(corpus)
        expected = _full(corpus, tmp_path, capsys, fmt="json")
        alive.clear()
        assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
        assert len(alive) == STORIES, run
        assert max(stories for stories, _ in alive) == 1, run
        assert max(units for _, units in alive) <= 1, run
    # The warm runs took the unchanged directories whole: the count above saw recalled directories.
    assert len(_directory_records(tmp_path)) == STORIES


def test_a_warm_check_names_its_documents_without_a_set_of_names_or_a_path_a_directory(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm check makes its document ids and its outlet labels' rule with ``compact.NameTable``s,
    not ``set``s of every name (~0.13 KB a document at the warm run's peak), and keeps a
    directory taken whole without a ``Path`` (unpickling one interns its parts each time a step
    loads its story): its outputs are the full run's, and the directory's candidates, when asked
    for, are the walk's files (issue 14).  (Before: ``set``s, and the listing's ``Path``.)"""
    from compare import corpus as corpus_module
    from compare import judge
    from compare.compact import NameTable

    made: list[type] = []
    real_ids = corpus_module.iter_document_ids

    def ids(cands: Any, sets: Any = set) -> Any:
        def counted() -> Any:
            names = sets()
            made.append(type(names))
            return names

        return real_ids(cands, counted)

    rules: list[type] = []
    real_rule = judge.label_rule

    def rule(documents: Any, sets: Any = set) -> Any:
        made_rule = real_rule(documents, sets)
        rules.append(type(made_rule.twice))
        return made_rule

    units = _units_made(monkeypatch)
    monkeypatch.setattr(corpus_module, "iter_document_ids", ids)
    monkeypatch.setattr(judge, "label_rule", rule)
    _settle(corpus)
    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected  # cold: records the directories
    made.clear()
    rules.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected  # warm: takes them whole
    assert made and set(made) == {NameTable}
    assert rules == [NameTable]  # the outlet labels met twice, kept to the end of the run
    assert len(units) == STORIES
    for recalled in units:
        assert isinstance(recalled.listed.here, str)
        assert b"pathlib" not in pickle.dumps(recalled.listed)
        cands = recalled.candidates()
        assert all(isinstance(c.file, Path) for c in cands)
        files = sorted(p for p in (corpus / Path(recalled.where).name).iterdir() if p.suffix == ".txt")
        assert sorted(c.file.resolve() for c in cands) == [p.resolve() for p in files]


def test_spilled_objects_come_back_with_the_shared_ones_themselves(tmp_path: Path) -> None:
    """``_Spilled``: each object back by its number, a replaced one as replaced, and the run's
    shared objects named, not copied (a story's directory store and document ids)."""
    from compare.incremental_check import _Spilled

    class Store:
        pass

    shared = Store()
    spilled = _Spilled(tmp_path, (shared,))
    try:
        assert spilled.append(("first", shared)) == 0
        assert spilled.append(["second"] * 1000) == 1
        spilled.put(0, ("again", shared, "x" * 5000))
        again, store, text = spilled[0]
        assert (again, text) == ("again", "x" * 5000)
        assert store is shared
        assert spilled[1] == ["second"] * 1000
        assert len(spilled) == 2 and [len(x) for x in spilled] == [3, 1000]
        with pytest.raises(IndexError):
            spilled[2]
        with pytest.raises(pickle.PicklingError):
            spilled.append(Store())  # another of its type: not the run's
    finally:
        spilled.close()


def test_a_copy_met_after_a_directory_taken_whole_names_that_directorys_file(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy of a file of a directory taken whole, met after it (in a story read file by file
    since it changed): skipped, naming the directory's file, as the full run does; the reading
    finds that file's path from the directory's place in the items spill (``_Contents``)."""
    _settle(corpus)
    _gate(corpus, tmp_path, capsys)
    source = sorted((corpus / "story-000").glob("*.txt"))[0]
    shutil.copyfile(source, corpus / "story-003" / "zzz.txt")
    _settle(corpus)
    expected = _full(corpus, tmp_path, capsys, fmt="json")
    assert "same content as" in expected[1] and source.name in expected[1]
    assert _gate(corpus, tmp_path, capsys, fmt="json") == expected
    assert _gate(corpus, tmp_path, capsys, fmt="text") == _full(corpus, tmp_path, capsys, fmt="text")


class _UnitLike(NamedTuple):
    """What ``_Contents`` reads of a ``_Unit`` when a copy of one of its files turns up."""

    recorded: Any
    shown: list[str]


def test_the_contents_met_answer_as_a_dict_with_a_few_dozen_bytes_a_file(tmp_path: Path) -> None:
    """``_Contents`` (``_read``'s content hashes met, with the first file of each) answers as the
    dict it replaces, hashes that share their first 8 bytes included, for files read one by one
    and directories taken whole; and holds a few dozen bytes a file, where the dict held ~0.3 KB
    (session 25: 4.4 MB of the warm check's 10.7 MB traced peak at 20,000 articles)."""
    import hashlib
    import tracemalloc

    from compare.filestate import Recalled
    from compare.incremental_check import _Contents, _Spilled

    def digest(i: int) -> str:
        return hashlib.sha256(str(i).encode()).hexdigest()

    items = _Spilled(tmp_path)
    seen = _Contents(items, tmp_path)
    expected: dict[str, str] = {}
    try:
        # One by one, with hashes that share the table's 8 bytes (a forged row may say anything).
        for i in range(300):
            d = digest(i)
            for h in (d, d[:16] + digest(-i)[16:], f"not hex {i}"):
                assert (h in seen) == (h in expected)
                seen[h] = expected[h] = f"one/{i}/{h[:3]}.txt"
        # Directories taken whole: their place in the spill, not their names.
        for n in range(40):
            hashes = [digest(1000 + 50 * n + k) for k in range(50)]
            raw = bytes.fromhex("".join(hashes))
            unit = _UnitLike(Recalled([], "", raw, [], None, ""), [f"dir{n}/{k}.txt" for k in range(50)])
            assert seen.fresh(raw)
            seen.whole(raw, items.append(unit))
            expected.update(zip(hashes, unit.shown, strict=True))
        for h, shown in expected.items():
            assert h in seen and seen[h] == shown
        assert digest(-1) not in seen and digest(5000) not in seen
        with pytest.raises(KeyError):
            seen[digest(5000)]
        met = bytes.fromhex(digest(7) + digest(9999))
        twice = bytes.fromhex(digest(9998) * 2)
        assert not seen.fresh(met) and not seen.fresh(twice)
        assert seen.fresh(bytes.fromhex(digest(9997) + digest(9998)))
        # 20,000 more files in directories: a few dozen bytes each.
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for n in range(400):
            raw = bytes.fromhex("".join(digest(10_000 + 50 * n + k) for k in range(50)))
            seen.whole(raw, 10_000 + n)
        grown = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        assert grown < 64 * 20_000, grown
    finally:
        seen.close()
        items.close()


def test_files_json_keeps_each_manifest_packed_and_a_bad_blob_is_parsed_again(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``files.json`` holds each manifest's parse as the process keeps it (its JSON text packed,
    in Base64: ~6x shorter, neither packed on reading nor unpacked on writing); a blob that does
    not unpack within the bound (``_MAX_MANIFEST_TEXT``: a forged cache could hold a
    decompression bomb) is parsed again from its file, and the output is the full run's."""
    from compare.corpus import PARSED_MANIFESTS, paths

    state_path = tmp_path / "cache" / "files.json"
    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    data = json.loads(state_path.read_bytes().partition(b"\n")[2])["manifests"]
    assert data
    assert all(isinstance(json.loads(paths._unpacked(base64.b64decode(v))), dict) for v in data.values())
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    monkeypatch.setattr(paths, "_MAX_MANIFEST_TEXT", 16)
    PARSED_MANIFESTS.clear()
    paths.MALFORMED_MANIFESTS.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert paths.MALFORMED_MANIFESTS  # every blob refused: each manifest parsed from its file


def test_the_file_state_is_parsed_with_two_copies_of_its_body_at_most(tmp_path: Path) -> None:
    """``FileState.load`` holds at most the body's bytes and text, then the text and the parse
    (before: the file's bytes, a copy of its body, the text and the parse, four copies)."""
    import hashlib
    import tracemalloc

    tool = "t"
    body = json.dumps(
        {"files": {}, "manifests": {f"{i:064x}": "x" * 100_000 for i in range(40)}}, separators=(",", ":")
    ).encode()
    header = {"layout": filestate._LAYOUT, "tool": tool, "digest": hashlib.sha256(body).hexdigest()}
    (tmp_path / "files.json").write_bytes(json.dumps(header).encode() + b"\n" + body)
    tracemalloc.start()
    state = filestate.FileState(tmp_path, tool).load()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(state.take_manifests()) == 40
    assert peak < 2.6 * len(body), peak / len(body)


def test_a_warm_check_interns_no_name_of_a_directory_or_a_record(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm check's walk and its records' reads go on strings: no ``Path`` a directory or a
    recalled story, whose parts pathlib interned (``sys.intern``), and those dying strings grew
    the interpreter's table of interned strings once between 5,000 and 20,000 articles (issue
    14).  Before: every story directory's name, and each record's key-named file, was interned."""
    args = ["check", str(corpus), "--quiet", "--format", "json", "--jobs", "1"]
    args += ["--baseline", str(tmp_path / "b.json"), "--cache-dir", str(tmp_path / "cache")]
    _settle(corpus)
    cold = main(args), capsys.readouterr().out
    interned: list[str] = []
    real = sys.intern

    def counting(text: str) -> str:
        interned.append(text)
        return real(text)

    monkeypatch.setattr(sys, "intern", counting)
    warm = main(args), capsys.readouterr().out
    monkeypatch.undo()
    assert warm == cold  # the corpus given as one PATH, as a user runs it
    names = {d.name for d in corpus.iterdir()}
    assert names and not names & set(interned)
    assert not [t for t in interned if re.fullmatch(r"[0-9a-f]{64}\.json|sources\.toml", t)]


def test_the_walk_names_directories_as_pathlib_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``selection.walk`` yields each directory as ``os.walk`` names it, and its relative name
    as ``Path(dirpath).relative_to(top).as_posix()`` did, from any spelling of the top."""
    from compare.selection import Selection, _relative_dir, walk

    (tmp_path / "top" / "a b" / "c").mkdir(parents=True)
    (tmp_path / "top" / "d").mkdir()
    monkeypatch.chdir(tmp_path / "top")
    for top in (Path("."), Path("../top"), tmp_path / "top", Path("d"), Path("/")):
        for dirpath, _, _ in os.walk(top):
            expected = Path(dirpath).relative_to(top).as_posix()
            assert _relative_dir(dirpath, os.fspath(top)) == ("" if expected == "." else expected)
            if top != Path("/"):
                break  # the root's walk: its first level is enough
    walked = list(walk(".", Path("."), Selection(), (".txt",)))
    expected = [(".", ""), ("./a b", "a b"), ("./a b/c", "a b/c"), ("./d", "d")]
    assert [(here, rel) for here, rel, _, _ in walked] == expected  # before: each a ``Path``


def test_a_warm_check_keeps_the_cached_manifests_on_disk_and_reads_each_when_walked(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The manifests' parses that ``files.json`` holds are taken into temporary files
    (``paths.LoadedManifests``), not into ``PARSED_MANIFESTS``: a warm run holds none of them in
    memory (~0.75 KB a story directory before, issue 14), reads each when the walk reaches its
    manifest, writes ``files.json`` the same, and its output is the cold run's; one article
    added, the run is the full run's."""
    from compare.corpus import PARSED_MANIFESTS, paths

    state_path = tmp_path / "cache" / "files.json"
    _settle(corpus)
    cold = _gate(corpus, tmp_path, capsys, fmt="json")
    written = state_path.read_bytes()
    PARSED_MANIFESTS.clear()
    assert _gate(corpus, tmp_path, capsys, fmt="json") == cold
    assert not PARSED_MANIFESTS  # before: every manifest of the cache
    loaded = paths.LOADED_MANIFESTS[0]
    assert len(loaded.digests) == STORIES and all(loaded.read)
    assert state_path.read_bytes() == written
    _add_article(corpus, "story-001")
    assert _gate(corpus, tmp_path, capsys, fmt="json") == _full(corpus, tmp_path, capsys, fmt="json")
