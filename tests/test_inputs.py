"""Inputs a newsroom repository has: nested folders, globs, include/exclude, standard input."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from compare.cli import main
from compare.corpus import load_corpus
from compare.errors import InputError
from compare.selection import Selection, matches

ROOT = Path(__file__).resolve().parents[1]
TROOPS_A = "Russia has massed about 100,000 troops near the border with Ukraine, officials said on Monday."
TROOPS_B = "Russia has deployed 175,000 troops near the border with Ukraine, U.S. officials said on Monday."
TALKS = "Talks in Geneva on January 10 lasted nearly eight hours and ended without progress."
OTHER = "The United States has given more than $2.5 billion in military aid to Kyiv since 2014."


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A newsroom repository: stories in nested folders, drafts, notes, a PDF, hidden folders."""
    s = tmp_path / "stories"
    write(s / "ukraine" / "rfe.txt", TROOPS_A)
    write(s / "ukraine" / "wsj.markdown", "# Troops\n\n" + TROOPS_B)
    write(s / "ukraine" / "drafts" / "wip.text", OTHER)
    write(s / "ukraine" / "scan.pdf", "%PDF-1.4 not really")
    write(s / "geneva" / "2022" / "ap.htm", f"<html><body><article><p>{TALKS}</p></article></body></html>")
    write(s / "geneva" / "2022" / "notes.csv", "a,b\n")
    write(s / ".git" / "hidden.txt", OTHER + " Hidden.")
    write(s / "ukraine" / ".cache" / "x.txt", OTHER + " Cached.")
    return s


def rel(paths: list[str], base: Path) -> list[str]:
    return [Path(p).relative_to(base).as_posix() for p in paths]


# --- recursive walk ----------------------------------------------------------------


def test_directories_are_walked_recursively_each_folder_a_story(repo: Path) -> None:
    corpus = load_corpus([repo])
    docs = corpus.documents
    assert rel([d.path for d in docs], repo) == [
        "geneva/2022/ap.htm",
        "ukraine/rfe.txt",
        "ukraine/wsj.markdown",
        "ukraine/drafts/wip.text",
    ]
    assert [d.story for d in docs] == ["stories/geneva/2022", "stories/ukraine", "stories/ukraine",
                                       "stories/ukraine/drafts"]
    assert [d.format for d in docs] == ["html", "txt", "md", "txt"]
    # Hidden folders are not articles; a PDF is listed, never dropped silently.
    assert [(Path(s.path).name, s.reason.split(",")[0]) for s in corpus.skipped] == [("scan.pdf", "a PDF")]
    assert "--exclude" in corpus.skipped[0].reason


def test_a_manifest_names_the_story_and_claims_files_in_subfolders(tmp_path: Path) -> None:
    s = tmp_path / "stories"
    write(s / "a.txt", TROOPS_A)
    write(s / "more" / "b.txt", TROOPS_B)
    write(s / "sources.toml", '[[source]]\nfile = "a.txt"\noutlet = "RFE/RL"\nstory = "troops"\n\n'
          '[[source]]\nfile = "more/b.txt"\noutlet = "WSJ"\nstory = "troops"\n')
    docs = load_corpus([s]).documents
    assert [(d.outlet, d.story) for d in docs] == [("RFE/RL", "troops"), ("WSJ", "troops")]


def test_a_subfolder_manifest_applies_to_its_own_files(tmp_path: Path) -> None:
    s = tmp_path / "stories"
    write(s / "x" / "a.txt", TROOPS_A)
    write(s / "x" / "sources.toml", '[[source]]\nfile = "a.txt"\noutlet = "AP"\nstory = "troops"\n')
    write(s / "y" / "b.txt", TROOPS_B)
    docs = load_corpus([s]).documents
    assert [(d.outlet, d.story) for d in docs] == [("AP", "troops"), ("b.txt", "stories/y")]


def test_a_file_reached_twice_is_read_once(repo: Path) -> None:
    corpus = load_corpus([repo / "ukraine", repo / "ukraine" / "drafts"])
    assert len(corpus.documents) == 3 and corpus.skipped[0].path.endswith("scan.pdf")


def test_symlinked_directories_are_not_followed(tmp_path: Path) -> None:
    s = tmp_path / "s"
    write(s / "a.txt", TROOPS_A)
    (s / "loop").symlink_to(s, target_is_directory=True)
    assert [d.id for d in load_corpus([s]).documents] == ["a"]


# --- include / exclude ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "relative", "shown", "expected"),
    [
        ("*.txt", "a/b/c.txt", "stories/a/b/c.txt", True),  # no slash: the name, at any depth
        ("*.txt", "a/b/c.md", "stories/a/b/c.md", False),
        ("drafts", "ukraine/drafts", "stories/ukraine/drafts", True),
        ("ukraine/*.txt", "ukraine/rfe.txt", "stories/ukraine/rfe.txt", True),  # relative to the walk
        ("ukraine/*.txt", "ukraine/drafts/x.txt", "stories/ukraine/drafts/x.txt", False),  # * in one segment
        ("stories/ukraine/*.txt", "ukraine/rfe.txt", "stories/ukraine/rfe.txt", True),  # as given
        ("./stories/ukraine/*.txt", "ukraine/rfe.txt", "./stories/ukraine/rfe.txt", True),
        ("**/drafts/**", "ukraine/drafts/x.txt", "s/ukraine/drafts/x.txt", True),
        ("ukraine/**/*.txt", "ukraine/rfe.txt", "s/ukraine/rfe.txt", True),  # ** spans zero folders too
        ("ukraine/**/*.txt", "ukraine/a/b/rfe.txt", "s/ukraine/a/b/rfe.txt", True),
        ("file[0-9].txt", "file7.txt", "s/file7.txt", True),
        ("file[!0-9].txt", "file7.txt", "s/file7.txt", False),
        ("a+b(1).txt", "a+b(1).txt", "s/a+b(1).txt", True),  # regex characters are literal
    ],
)
def test_glob_patterns(pattern: str, relative: str, shown: str, expected: bool) -> None:
    assert matches(pattern, relative, shown) is expected


def test_exclude_prunes_folders_and_include_selects_files(repo: Path) -> None:
    docs = load_corpus([repo], selection=Selection(exclude=("drafts", "*.pdf"))).documents
    assert [Path(d.path).name for d in docs] == ["ap.htm", "rfe.txt", "wsj.markdown"]
    only = load_corpus([repo], selection=Selection(include=("ukraine/*.txt",)))
    assert [Path(d.path).name for d in only.documents] == ["rfe.txt"]
    assert only.skipped == ()  # an explicit include says what the user wants: no PDF notice
    # An include may name another extension: it is read as plain text.
    csv = load_corpus([repo], selection=Selection(include=("*.csv",))).documents
    assert [(Path(d.path).name, d.format) for d in csv] == [("notes.csv", "txt")]


def test_files_named_on_the_command_line_are_read_whatever_the_filters(repo: Path) -> None:
    target = repo / "ukraine" / "drafts" / "wip.text"
    docs = load_corpus([target], selection=Selection(exclude=("drafts", "*.text"))).documents
    assert [d.path for d in docs] == [str(target)]


def test_everything_excluded_is_no_articles_found(repo: Path) -> None:
    with pytest.raises(InputError, match=r"^no articles found under .*stories \(looked for \*\.txt.*"
                       r"; excluding \*\*\)$"):
        load_corpus([repo], selection=Selection(exclude=("**",)))


# --- quoted globs --------------------------------------------------------------------------


def test_quoted_glob_is_expanded(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    docs = load_corpus(["ukraine/*"]).documents
    # Matches in sorted order; files are filtered like a walk's, folders are walked.
    assert [d.path for d in docs] == [os.path.join("ukraine/drafts", "wip.text"), "ukraine/rfe.txt",
                                      "ukraine/wsj.markdown"]
    deep = load_corpus(["**/*.txt"]).documents
    assert [d.path for d in deep] == ["ukraine/rfe.txt"]
    with pytest.raises(InputError, match=r"^no articles found under nothing/\*\.txt "):
        load_corpus(["nothing/*.txt"])


def test_a_file_whose_name_looks_like_a_glob_is_read_as_named(tmp_path: Path) -> None:
    f = write(tmp_path / "s" / "report[1].txt", TROOPS_A)
    assert [d.path for d in load_corpus([str(f)]).documents] == [str(f)]


# --- standard input --------------------------------------------------------------------------


def test_dash_reads_one_article_from_standard_input_and_joins_the_story(repo: Path) -> None:
    piped = io.BytesIO(TROOPS_B.encode("utf-8"))
    docs = load_corpus([repo / "ukraine" / "rfe.txt", "-"], stdin=piped).documents
    assert [(d.path, d.story) for d in docs] == [(str(repo / "ukraine" / "rfe.txt"), "ukraine"),
                                                ("<stdin>", "ukraine")]
    assert docs[1].text == TROOPS_B
    html = io.BytesIO(f"<!DOCTYPE html><html><body><article><p>{TALKS}</p></article></body></html>".encode())
    (doc,) = load_corpus(["-"], stdin=html).documents
    assert (doc.format, doc.story, doc.text.strip()) == ("html", "stdin", TALKS)
    with pytest.raises(InputError, match="standard input can be read only once"):
        load_corpus(["-", "-"], stdin=io.BytesIO(b"x"))
    empty = load_corpus(["-"], stdin=io.BytesIO(b""))
    assert empty.documents == () and empty.skipped[0].reason == "empty input"


def test_dash_through_the_command(repo: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "compare", "report", str(repo / "ukraine" / "rfe.txt"), "-",
         "--out", str(tmp_path / "out"), "--format", "json", "-j", "1", "-q"],
        input=TROOPS_B.encode(), capture_output=True, cwd=ROOT, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "out" / "divergence.json").read_text(encoding="utf-8")
    assert '"<stdin>"' in text and '"conflict"' in text


# --- a gate that checked nothing must not pass -------------------------------------------------


def test_check_on_a_folder_without_articles_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "stories" / "README.rst", "Nothing here.")
    assert main(["check", str(tmp_path / "stories"), "--no-cache", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert err == (f"divergence: error: no articles found under {tmp_path / 'stories'} "
                   "(looked for *.txt, *.text, *.md, *.markdown, *.html, *.htm)\n")


def test_check_when_every_file_is_skipped_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "stories" / "a.txt", "")
    assert main(["check", str(tmp_path / "stories"), "--no-cache", "-j", "1", "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("divergence: error: no article could be read (1 skipped; first: ")
    assert err.rstrip().endswith("a.txt: empty file)")


def test_include_and_exclude_options_and_own_output_not_read(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = repo / "ukraine" / "reports"
    args = ["report", str(repo), "--out", str(out), "--format", "json,html", "-j", "1", "-q"]
    assert main([*args, "--exclude", "drafts", "--exclude", "*.pdf"]) == 0
    # The second run must not read the first run's HTML report as an article.
    assert main([*args, "--exclude", "drafts", "--exclude", "*.pdf"]) == 0
    text = (out / "divergence.json").read_text(encoding="utf-8")
    assert "divergence.html" not in text and "wip.text" not in text
    assert main([*args, "--include", "*.csv", "--include", "*.htm"]) == 0
    text = (out / "divergence.json").read_text(encoding="utf-8")
    assert "notes.csv" in text and "ap.htm" in text and "rfe.txt" not in text
