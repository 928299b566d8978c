"""Hostile and huge inputs (issue 12): each reproduction of the audit, kept as a regression test.

The property tests that generalise these (linear extraction time over
generated pathological texts, invisible characters inside numbers) live in
``tests/test_fuzz.py``; the timings against the targets are in
``benchmarks/pathological.py`` and ``benchmarks/big_story.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from compare.cli import main
from compare.extract import extract_text
from compare.model import Quantity


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


# --- 1. no quadratic stalls --------------------------------------------------------


def hex_hash_text(size: int) -> str:
    """An article made mostly of one hexadecimal hash (a checksum pasted in full)."""
    chunks = []
    i = 0
    while len(chunks) * 64 < size:
        chunks.append(hashlib.sha256(str(i).encode()).hexdigest())
        i += 1
    return "The file's hash is " + "".join(chunks)[:size] + "."


# The audit's reproductions, each a text that grows with ``n`` repetitions.
PATHOLOGICAL = {
    "hex-hash": lambda n: hex_hash_text(4 * n),
    "hundred-space": lambda n: "100 " * n,
    "letters-digit-comma": lambda n: "ab1," * n,
    "day-range": lambda n: "January 9-10, " * (n // 4),
    "relative-date": lambda n: "two days later " * (n // 4),
    # One long sentence of names and dates: every date's cues once walked
    # every name of the sentence (found this session, context.describe).
    "names-and-dates": lambda n: "Paris and London on January 9, " * (n // 8),
}


def extraction_seconds(text: str, repeats: int = 3) -> float:
    """The least CPU time of a few extractions: the least is the least disturbed by other load."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        extract_text(text, dt.date(2022, 1, 8))
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_inputs_extract_in_linear_time(name: str) -> None:
    """4x the input costs < 6x the time (a quadratic stage costs 16x).

    Sizes are large enough (tens of milliseconds) that timer noise does not
    matter; the ratio is measured again before a failure is believed, since
    other processes share the machine.
    """
    make = PATHOLOGICAL[name]
    small, large = make(2_500), make(10_000)
    for _ in range(3):
        ratio = extraction_seconds(large) / max(extraction_seconds(small), 1e-4)
        if ratio < 6:
            break
    assert ratio < 6, f"{name}: 4x the input took {ratio:.1f}x the time"


def _dated_corpus(tmp_path: Path, repeats: dict[str, int]) -> Path:
    """One story of articles made of ``'January 9-10, '`` repeated: one date fact per repetition."""
    return _corpus(tmp_path, {name: ("January 9-10, " * n + "\n").encode() for name, n in repeats.items()})


def test_a_document_with_more_facts_than_max_facts_keeps_the_first_with_a_warning(tmp_path: Path) -> None:
    """The audit's 20,000-date article, in small: the first N facts, a warning in stderr, JSON and HTML.

    Two stories of nine articles, so that ``-j 2`` takes the per-story workers: the same bytes.
    """
    root = tmp_path / "stories"
    for story in ("s0", "s1"):
        (root / story).mkdir(parents=True)
        for j in range(8):
            (root / story / f"a{j}.txt").write_text(
                f"About {100 + j} troops moved on Monday in {story}.\n", encoding="utf-8"
            )
    (root / "s0" / "big.txt").write_text("January 9-10, " * 40 + "\n", encoding="utf-8")
    reports = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        status, _, stderr = _run(
            ["report", str(root / "s0"), str(root / "s1"), "--out", str(out), "--format", "json,html"]
            + ["--max-facts", "10", "-j", jobs]
        )
        assert status == 0, stderr
        warning = (
            "40 facts found; only the first 10 are compared (raise --max-facts, now 10, to compare more)"
        )
        assert f"divergence: warning: {root / 's0' / 'big.txt'}: {warning}\n" in stderr
        reports.append(((out / "divergence.json").read_bytes(), (out / "divergence.html").read_bytes()))
    assert reports[0] == reports[1]
    data = json.loads(reports[0][0])
    big = next(d for d in data["documents"] if d["path"].endswith("big.txt"))
    assert big["warnings"] == [warning]
    assert [d for d in data["documents"] if "warnings" in d] == [big]
    assert data["skipped"] == []  # the file was used, in part: not skipped
    starts = [f["start"] for f in data["facts"] if f["doc"] == big["id"]]
    assert starts == [14 * i for i in range(10)]  # the first ten, in text order
    assert len(data["facts"]) == 10 + 16 * 2  # each small article: a count and a day
    in_findings = {fid for finding in data["findings"] for fid in finding["facts"]}
    assert in_findings == {f["id"] for f in data["facts"]}
    assert f"note: {warning}" in reports[0][1].decode("utf-8")


def test_max_facts_from_the_configuration_and_its_errors(tmp_path: Path) -> None:
    corpus = _dated_corpus(tmp_path, {"big.txt": 12})
    config = tmp_path / "divergence.toml"
    config.write_text("max-facts = 5\n", encoding="utf-8")
    status, out, stderr = _run(["facts", str(corpus), "--format", "json", "--config", str(config)])
    assert status == 0, stderr
    assert len(json.loads(out)["facts"]) == 5
    # The command line wins over the file.
    status, out, _ = _run(
        ["facts", str(corpus), "--format", "json", "--config", str(config), "--max-facts", "7"]
    )
    assert len(json.loads(out)["facts"]) == 7
    for bad in ("0", "-3", "2.5", "many"):
        try:
            status, _, stderr = _run(["facts", str(corpus), "--max-facts", bad])
        except SystemExit as exc:  # argparse's own usage error
            status, stderr = int(str(exc.code)), ""
        assert status == 2 and stderr.count("\n") <= 1, (bad, stderr)
        if stderr:
            assert "--max-facts must be positive" in stderr
    config.write_text('max-facts = "lots"\n', encoding="utf-8")
    status, _, stderr = _run(["facts", str(corpus), "--config", str(config)])
    assert status == 2 and "max-facts must be a positive integer" in stderr


def test_the_default_limit_keeps_every_fact_of_a_long_real_article(tmp_path: Path) -> None:
    """The limit is far above real articles: the seeds' report is the same with no limit at all."""
    root = Path(__file__).resolve().parent.parent / "seeds"
    reports = []
    for limit in ([], ["--max-facts", "1e12"]):
        out = tmp_path / f"out{len(reports)}"
        status, _, stderr = _run(["report", str(root), "--out", str(out), "--format", "json", *limit])
        assert status == 0, stderr
        assert "--max-facts" not in stderr
        reports.append((out / "divergence.json").read_bytes())
    assert reports[0] == reports[1]


def test_the_cap_applies_to_cached_facts_too(tmp_path: Path) -> None:
    """The fact cache keeps a document's every fact; a warm run with another limit cuts them as a cold one."""
    corpus = _dated_corpus(tmp_path, {"big.txt": 30, "other.txt": 2})
    cache = tmp_path / "cache"
    baseline = tmp_path / "baseline.json"
    outputs = []
    for limit in ("20", "8", "8"):
        args = ["check", str(corpus), "--cache-dir", str(cache), "--baseline", str(baseline)]
        status, out, stderr = _run([*args, "--update-baseline", "--format", "json", "--max-facts", limit])
        assert status == 0, stderr
        assert f"30 facts found; only the first {limit} are compared" in stderr
        outputs.append(json.loads(baseline.read_text(encoding="utf-8")))
    assert outputs[1] == outputs[2]


# --- 7. text as a reader sees it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "value"),
    [
        ("Officials said １００，０００ troops arrived.", "１００，０００ troops", 100_000),
        ("Officials said about １００,０００ troops arrived.", "about １００,０００ troops", 100_000),
        ("Officials said 1\u200b00,000 troops arrived.", "1\u200b00,000 troops", 100_000),
        ("Officials said 100,\u200b000 troops arrived.", "100,\u200b000 troops", 100_000),
        ("Officials said 100\u2060,000 troops arrived.", "100\u2060,000 troops", 100_000),
        ("Officials said 12\u00ad500 troops arrived.", "12\u00ad500 troops", 12_500),
        ("The deal is worth $２．５ billion.", "$２．５ billion", 2.5e9),
        ("They sent １２ ships.", "１２ ships", 12),
    ],
)
def test_full_width_digits_and_invisible_characters_in_numbers(text: str, excerpt: str, value: float) -> None:
    facts = [f for f in extract_text(text) if f.kind != "date"]
    assert len(facts) == 1, facts
    fact = facts[0]
    assert fact.text == excerpt
    assert text[fact.start : fact.end] == excerpt
    assert isinstance(fact.value, Quantity)
    assert fact.value.stated == value


def _corpus(tmp_path: Path, files: dict[str, bytes]) -> Path:
    corpus = tmp_path / "story"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).write_bytes(data)
    return corpus


def test_one_invalid_byte_keeps_the_utf8_reading(tmp_path: Path) -> None:
    text = "Officials said \u201cabout 5,000 troops\u201d arrived \u2014 a caf\u00e9 closed.\n"
    data = text.encode("utf-8") + b"A stray \xff byte.\n"
    corpus = _corpus(tmp_path, {"a.txt": data})
    status, _, stderr = _run(["facts", str(corpus), "--format", "json"])
    assert status == 0, stderr
    assert f"{corpus / 'a.txt'}: invalid UTF-8 at byte {len(text.encode()) + 8}" in stderr
    assert "cp1252" not in stderr
    status, out, _ = _run(["facts", str(corpus), "--format", "json", "--quiet"])
    document = json.loads(out)["documents"][0]
    assert document["text"] == text + "A stray \ufffd byte.\n"


def test_a_cp1252_file_is_still_read_as_cp1252(tmp_path: Path) -> None:
    """Only a file that is mostly valid UTF-8 keeps the UTF-8 reading."""
    text = "Un caf\u00e9 ferm\u00e9, 5,000 troops \u2014 \u201cyes\u201d.\n"
    corpus = _corpus(tmp_path, {"a.txt": text.encode("cp1252")})
    status, out, stderr = _run(["facts", str(corpus), "--format", "json"])
    assert status == 0, stderr
    assert "decoded as cp1252" in stderr
    assert json.loads(out)["documents"][0]["text"].startswith("Un caf\u00e9 ferm\u00e9")


@pytest.mark.parametrize("value", ["", " ", "abc", "-5", "1e9", "\uff11\uff12x", "99999999999999999999999"])
def test_empty_or_invalid_source_date_epoch_is_ignored(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from compare.render.html import source_date_epoch
    from compare.render.pdf import _fixed_font_timestamps

    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert source_date_epoch() is None
    with _fixed_font_timestamps():
        import os

        # fontTools reads it as an int while the PDF is made.
        assert int(os.environ["SOURCE_DATE_EPOCH"]) == 0
    assert os.environ["SOURCE_DATE_EPOCH"] == value


def test_a_valid_source_date_epoch_is_kept_for_the_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from compare.render.pdf import _fixed_font_timestamps

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with _fixed_font_timestamps():
        assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"


@pytest.mark.parametrize("text", ["100% of them", "１００ troops came.", "100,000 troops came."])
def test_a_number_at_the_very_start_of_the_text(text: str) -> None:
    """Reading full-width separators must not lose a figure at offset 0."""
    facts = extract_text(text)
    assert facts and facts[0].start == 0, facts


# --- 2. a bad file never kills the run --------------------------------------------


def test_a_number_of_400_digits_is_no_figure_and_no_crash(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "a.txt": f"About {'9' * 400} troops and {'1' * 320} trillion dollars, officials said.\n".encode(),
            "b.txt": b"About 100 troops moved on Monday.\n",
        },
    )
    status, _, stderr = _run(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert status == 0, stderr
    text = (tmp_path / "out" / "divergence.json").read_text(encoding="utf-8")
    data = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-finite {c} in the JSON"))
    assert len(data["documents"]) == 2


def _boom_on(marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import compare.pipeline as pipeline

    real = pipeline.extract_first

    def fragile(doc, limit):  # type: ignore[no-untyped-def]
        if marker in doc.text:
            raise RuntimeError("simulated bug\nwith a second line")
        return real(doc, limit)

    monkeypatch.setattr(pipeline, "extract_first", fragile)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_whose_extraction_fails_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    _boom_on("BOOM", monkeypatch)
    files = {
        f"s{i}/a{j}.txt": f"About {100 + j} troops moved on Monday in town {i}.\n".encode()
        for i in range(3)
        for j in range(8)
    }
    files["s0/bad.txt"] = b"BOOM: about 100 troops moved on Monday.\n"
    root = tmp_path / "story"
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    status, _, stderr = _run(
        ["report", *(str(root / f"s{i}") for i in range(3)), "--out", str(tmp_path / "out")]
        + ["--format", "json,html", "-j", jobs]
    )
    assert status == 0, stderr
    bad = str(root / "s0" / "bad.txt")
    assert (
        f"divergence: warning: {bad}: extraction failed (RuntimeError: simulated bug with a second line)"
        in stderr
    )
    assert "Traceback" not in stderr
    data = json.loads((tmp_path / "out" / "divergence.json").read_text(encoding="utf-8"))
    assert bad in [s["path"] for s in data["skipped"]]
    assert bad not in [d["path"] for d in data["documents"]]
    assert len(data["documents"]) == 24


def test_a_file_whose_extraction_fails_is_fatal_under_strict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _boom_on("BOOM", monkeypatch)
    corpus = _corpus(tmp_path, {"a.txt": b"About 100 troops.\n", "bad.txt": b"BOOM 100 troops.\n"})
    status, _, stderr = _run(["report", str(corpus), "--out", str(tmp_path / "out"), "--strict"])
    assert status == 2
    assert stderr.count("\n") == 1 and stderr.startswith("divergence: error: "), stderr
    assert f"{corpus / 'bad.txt'}: extraction failed" in stderr


# --- 4. no forged workflow commands ---------------------------------------------


@pytest.mark.parametrize(
    "fingerprint",
    ["0123456789abcdef\n::error file=x::forged", "0123456789ABCDEF", "0123", "0123456789abcdef0", 12],
)
def test_baseline_fingerprints_must_have_their_format(tmp_path: Path, fingerprint: object) -> None:
    from compare.ci import load_baseline
    from compare.errors import InputError

    for entry in (
        {"fingerprint": fingerprint},
        {
            "fingerprint": "0123456789abcdef",
            "kind": "count",
            "pairs": [{"fingerprint": fingerprint, "level": "conflict", "sides": [{}, {}]}],
        },
    ):
        baseline = tmp_path / "baseline.json"
        baseline.write_text(json.dumps({"schema": "divergence-baseline/1", "findings": [entry]}))
        with pytest.raises(
            InputError, match="fingerprint must be 16 hexadecimal digits|fingerprint has the wrong type"
        ):
            load_baseline(baseline)


def test_a_forged_fingerprint_never_reaches_the_log(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a.txt": b"About 100 troops moved.\n", "b.txt": b"About 200 troops came.\n"})
    baseline = tmp_path / "baseline.json"
    forged = {"fingerprint": "0123456789abcdef\n::error file=x::forged", "about": "x"}
    baseline.write_text(json.dumps({"schema": "divergence-baseline/1", "findings": [forged]}))
    status, out, stderr = _run(["check", "--baseline", str(baseline), str(corpus)])
    assert status == 2
    assert "::error" not in out and "\n::" not in stderr
    assert stderr.count("\n") == 1 and "fingerprint must be 16 hexadecimal digits" in stderr


def test_github_file_property_has_no_escape_or_bidi_controls() -> None:
    from compare.render.ci_formats import _gh_command

    line = _gh_command("error", "message", file="a\x1b[31mred\u202eevil\u2066b.txt\nnext")
    assert "\x1b" not in line and "\u202e" not in line and "\u2066" not in line and "\n" not in line
    assert line.startswith("::error file=a [31mredevilb.txt")


# --- 6. clear messages, not internal errors ------------------------------------------


def test_deeply_nested_baseline_is_a_clear_error_and_update_replaces_it(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a.txt": b"About 100 troops moved.\n", "b.txt": b"About 200 troops came.\n"})
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 200_000 + "]" * 200_000)
    status, _, stderr = _run(["check", "--baseline", str(baseline), str(corpus)])
    assert status == 2, stderr
    assert stderr.count("\n") == 1 and "nested too deeply" in stderr and "internal error" not in stderr
    status, _, stderr = _run(["check", "--baseline", str(baseline), "--update-baseline", str(corpus)])
    assert status == 0, stderr
    assert json.loads(baseline.read_text())["schema"] == "divergence-baseline/1"


def _two_articles(tmp_path: Path) -> Path:
    return _corpus(tmp_path, {"a.txt": b"About 100 troops moved.\n", "b.txt": b"About 200 troops came.\n"})


def _one_line_error(argv: list[str]) -> str:
    status, _, stderr = _run(argv)
    assert status == 2, stderr
    assert stderr.startswith("divergence: error: ") and stderr.count("\n") == 1, stderr
    assert "internal error" not in stderr
    return stderr


def test_symlink_loop_named_in_the_manifest(tmp_path: Path) -> None:
    corpus = _two_articles(tmp_path)
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "sources.toml").write_text('[[source]]\nfile = "loop.txt"\n')
    err = _one_line_error(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert "file 'loop.txt' is a symbolic link loop" in err


def test_deeply_nested_toml(tmp_path: Path) -> None:
    corpus = _two_articles(tmp_path)
    (corpus / "sources.toml").write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    err = _one_line_error(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert "sources.toml: invalid TOML: nested too deeply" in err


def test_deeply_nested_settings_file(tmp_path: Path) -> None:
    # Settings files and manifests share one TOML reader: the same fault, the same one line.
    corpus = _two_articles(tmp_path)
    settings = tmp_path / "divergence.toml"
    settings.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    err = _one_line_error(["facts", str(corpus), "--config", str(settings)])
    assert "divergence.toml: invalid TOML: nested too deeply" in err


def test_huge_max_bytes_means_no_limit(tmp_path: Path) -> None:
    corpus = _two_articles(tmp_path)
    argv = ["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"]
    status, _, stderr = _run([*argv, "--max-bytes", str(10**23)])
    assert status == 0, stderr
    status, _, stderr = _run([*argv, "--max-bytes", "1e23"])
    assert status == 0, stderr


def test_absurd_jobs_is_refused(tmp_path: Path) -> None:
    corpus = _two_articles(tmp_path)
    err = _one_line_error(["report", str(corpus), "--out", str(tmp_path / "out"), "-j", "99999999999"])
    assert "--jobs must be at most" in err


def test_dangling_symlink_and_loop_named_txt_are_listed_as_skipped(tmp_path: Path) -> None:
    corpus = _two_articles(tmp_path)
    (corpus / "dangling.txt").symlink_to("missing.txt")
    (corpus / "loop.txt").symlink_to("loop.txt")
    status, _, stderr = _run(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert status == 0, stderr
    skipped = json.loads((tmp_path / "out" / "divergence.json").read_text())["skipped"]
    reasons = {Path(s["path"]).name: s["reason"] for s in skipped}
    assert set(reasons) == {"dangling.txt", "loop.txt"}
    assert all("symbolic link to nothing" in r for r in reasons.values())
    assert f"{corpus / 'dangling.txt'}: symbolic link to nothing" in stderr


@pytest.mark.parametrize("name", ["e::x.txt", "C:x.txt", "a:b.txt"])
def test_a_colon_in_a_manifest_file_name_is_no_drive(tmp_path: Path, name: str) -> None:
    corpus = _two_articles(tmp_path)
    (corpus / name).write_bytes(b"About 300 troops left.\n")
    (corpus / "sources.toml").write_text(f'[[source]]\nfile = "{name}"\noutlet = "Colon News"\n')
    status, _, stderr = _run(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert status == 0, stderr
    docs = json.loads((tmp_path / "out" / "divergence.json").read_text())["documents"]
    assert "Colon News" in {d["outlet"] for d in docs}


@pytest.mark.parametrize("name", ["C:\\\\x.txt", "C:/x.txt", "\\\\\\\\server\\\\share\\\\x.txt"])
def test_windows_absolute_paths_are_still_refused(tmp_path: Path, name: str) -> None:
    corpus = _two_articles(tmp_path)
    (corpus / "sources.toml").write_text(f'[[source]]\nfile = "{name}"\n')
    err = _one_line_error(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert "points outside" in err


# --- 5. the cache cannot change a verdict -------------------------------------------


def _conflict_corpus(tmp_path: Path) -> Path:
    return _corpus(
        tmp_path,
        {
            "a.txt": b"Russia has massed about 100,000 troops near the border, officials said on Monday.\n",
            "b.txt": b"Russia has massed about 175,000 troops near the border, officials said on Monday.\n",
        },
    )


def _cache_entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.glob("??/*.json"))


@pytest.mark.parametrize("tamper", ["value", "kind", "nan", "infinity", "offsets"])
def test_an_edited_cache_entry_is_a_miss(tmp_path: Path, tamper: str) -> None:
    corpus = _conflict_corpus(tmp_path)
    cache, baseline = tmp_path / "cache", tmp_path / "baseline.json"
    argv = ["check", "--baseline", str(baseline), "--cache-dir", str(cache), "--format", "json", str(corpus)]
    status, out, stderr = _run(argv)
    assert status == 1, stderr  # a new conflict
    expected = json.loads(out)["new"]
    entries = _cache_entries(cache)
    assert len(entries) == 2
    for entry in entries:
        data = json.loads(entry.read_text(encoding="utf-8"))
        for fact in data["facts"]:
            if fact["kind"] == "date":
                continue
            if tamper == "value":  # make both outlets agree: the gate would pass
                fact["value"].update(stated=100_000.0, low=90_000.0, high=110_000.0)
            elif tamper == "kind":
                fact["kind"] = "weight"
            elif tamper == "nan":
                fact["value"]["low"] = float("nan")
            elif tamper == "infinity":
                fact["value"]["high"] = float("inf")
            else:
                fact["start"] += 1
        entry.write_text(json.dumps(data), encoding="utf-8")
    # The check's story records would answer without the fact cache: forget them, so it is read.
    for name in ("stories", "parts"):
        shutil.rmtree(cache / name, ignore_errors=True)
    status, out, stderr = _run(argv)
    assert status == 1, stderr
    assert "internal error" not in stderr
    assert json.loads(out)["new"] == expected
    text = out + "".join(p.read_text(encoding="utf-8") for p in _cache_entries(cache))
    assert "NaN" not in text and "Infinity" not in text


def test_a_cache_entry_moved_to_another_key_is_a_miss(tmp_path: Path) -> None:
    """Entries are bound to their key: swapping two files' entries changes nothing."""
    corpus = _conflict_corpus(tmp_path)
    cache, baseline = tmp_path / "cache", tmp_path / "baseline.json"
    argv = ["check", "--baseline", str(baseline), "--cache-dir", str(cache), "--format", "json", str(corpus)]
    status, out, _ = _run(argv)
    first, second = _cache_entries(cache)
    a, b = first.read_bytes(), second.read_bytes()
    first.write_bytes(b)
    second.write_bytes(a)
    assert _run(argv)[:2] == (status, out)


# --- found this session ----------------------------------------------------------


def test_every_check_format_handles_an_updated_finding(tmp_path: Path) -> None:
    """A rising toll ('updated', gated like compatible) crashed the SARIF output (KeyError: 'updated')."""
    story = tmp_path / "story"
    story.mkdir()
    quake = (
        "A strong earthquake struck Ludian county in Yunnan province on Sunday. The quake has killed "
        "{n} people, state media said, and rescuers are searching collapsed homes.\nReport {name}.\n"
    )
    manifest = []
    for name, (day, toll) in {"a.txt": ("2014-08-03", 120), "b.txt": ("2014-08-05", 480)}.items():
        (story / name).write_text(quake.format(n=toll, name=name), encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\npublished = {day}\n')
    (story / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    outputs = {fmt: tmp_path / f"out.{fmt}" for fmt in ("json", "junit", "sarif", "github", "gitlab")}
    status, out, stderr = _run(
        ["check", str(story), "--baseline", str(tmp_path / "baseline.json"), "--no-cache"]
        + ["--fail-on", "compatible", "--format", "text"]
        + [f"--output={fmt}={path}" for fmt, path in outputs.items()]
    )
    assert status == 1, stderr  # the new 'updated' finding gates under --fail-on compatible
    assert "internal error" not in stderr and "updated" in out
    sarif = json.loads(outputs["sarif"].read_text(encoding="utf-8"))
    driver = sarif["runs"][0]["tool"]["driver"]
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["divergence/updated"]
    assert driver["rules"][results[0]["ruleIndex"]]["id"] == "divergence/updated"
    gitlab = json.loads(outputs["gitlab"].read_text(encoding="utf-8"))
    assert gitlab and {(i["check_name"], i["severity"]) for i in gitlab} == {("divergence/updated", "major")}


@pytest.mark.parametrize(
    "text",
    [
        "two days later " * 300,
        "January 9-10, " * 200,
        "On Monday 100 troops moved. Two days later 300 more followed, and by January 12 about "
        "1,500 had arrived near the border, officials said on Tuesday. " * 40,
    ],
)
def test_facts_past_the_limit_are_not_built_and_the_kept_ones_are_unchanged(text: str) -> None:
    """``extract_first`` keeps exactly the first facts ``extract_facts`` gives, and counts them all."""
    from compare.extract import extract_first
    from compare.model import Document

    doc = Document(
        id="d", path="d.txt", text=text, outlet="o", title="", sha256="x", story="s",
        published=dt.date(2022, 1, 8),
    )  # fmt: skip
    every = extract_text(text, dt.date(2022, 1, 8))
    whole = extract_first(doc, None)
    assert whole[1] == len(whole[0]) == len(every) > 100
    for limit in (1, 2, 7, 50, len(every) - 1, len(every), len(every) + 5):
        kept, stated = extract_first(doc, limit)
        assert stated == len(every)
        assert [(f.start, f.end, f.value, f.about, f.role, f.as_of) for f in kept] == [
            (f.start, f.end, f.value, f.about, f.role, f.as_of) for f in whole[0][:limit]
        ]


def test_a_documents_kept_facts_are_cut_at_max_facts_while_the_whole_is_kept_for_the_cache() -> None:
    """pipeline._kept: (compared, whole); a cut or failed document is told, or ends the run when strict."""
    from compare.errors import InputError
    from compare.model import Document, Skipped
    from compare.options import Options
    from compare.pipeline import _kept

    text = "About 100 troops and 200 tanks."
    doc = Document(id="d", path="a/b.txt", text=text, outlet="o", title="", sha256="", story="s")
    facts = extract_text(text)
    assert len(facts) == 2
    failed: list[Skipped] = []
    compared, whole = _kept(doc, (facts, 2), Options(max_facts=1), failed, None) or ((), ())
    assert compared == facts[:1] and whole == facts
    assert [s.partial for s in failed] == [True] and "2 facts found" in failed[0].reason
    assert _kept(doc, (facts, 2), Options(), [], None) == (facts, facts)
    assert _kept(doc, "cannot be read", Options(), failed, None) is None
    assert failed[-1].reason == "cannot be read" and not failed[-1].partial
    for options, told in ((Options(strict=True), failed), (Options(), None)):
        with pytest.raises(InputError, match="a/b.txt: cannot be read"):
            _kept(doc, "cannot be read", options, told, None)
