"""Nothing injected: hostile article text, file names and manifest fields stay inert text.

Every output is checked with a parser, not by searching for one spelling of
an attack: the HTML report (and its print variant, the PDF's source) may hold
only the renderer's own script and no event-handler attributes or script
URLs; the JSON must parse strictly; ``divergence check`` output must parse as
XML (JUnit) or JSON (SARIF), and GitHub workflow commands must not be forged
from article text.  Each test also asserts the payload is *shown* (escaped),
so a renderer that silently dropped the text could not pass.
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import pipeline
from compare.cli import main
from compare.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "'><svg onload=alert(1)>"
JS_URL = "javascript:alert(1)"
CDATA_END = "]]>"
# XML 1.0 cannot hold these at all; a JUnit writer must drop or replace them.
# (No NUL in article text: the loader rightly skips such a file as binary.)
XML_ILLEGAL = "\x01\x08\x0b\x0c\x1b\x7f\ufffe\uffff"
GH_FORGERY = "%0A::error::forged%0D%0A::add-mask::secret"

HAS_CHECK = importlib.util.find_spec("compare.ci") is not None
needs_check = pytest.mark.skipif(not HAS_CHECK, reason="compare/ci.py (divergence check) not built yet")

ARTICLE_A = (
    f"Officials said {SCRIPT} that Russia has massed about 100,000 troops near the border "
    f"with Ukraine. {IMG} The talks in Geneva will be held on January 10, {JS_URL} officials said.\n\n"
    f"The delegates {CDATA_END} met for 8 hours {SVG} on Monday, <![CDATA[ x ]]> a spokesman said. "
    f"Control{XML_ILLEGAL}characters: the meeting cost $2 million.\n"
)
ARTICLE_B = (
    f"Russia has massed 50,000 troops near the border with Ukraine, {SCRIPT} officials said. "
    f"The talks in Geneva will be held on January 12 {CDATA_END}. {GH_FORGERY}\n\n"
    f"The delegates met for 3 hours on Monday {IMG}, and the meeting cost $9 million.\n"
    "::warning::a line of article text that looks like a workflow command\n"
)
HTML_PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>&lt;script&gt;alert(1)&lt;/script&gt; page title</title>
<link rel="canonical" href="{JS_URL}">
<meta property="og:url" content="{JS_URL}">
<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">
</head><body><article>
<h1>Talks &lt;script&gt;alert(1)&lt;/script&gt; in Geneva</h1>
<p>Russia has massed 70,000 troops near the border with Ukraine, &lt;script&gt;alert(1)&lt;/script&gt;
officials said on Tuesday in a long statement to reporters.</p>
<script>alert(1)</script>
<p>The talks in Geneva will be held on January 11, &quot;&gt;&lt;img src=x onerror=alert(1)&gt;
the foreign ministry said in a statement.</p>
<p><a href="javascript:alert(1)">a link</a> The delegates met for 5 hours on Monday, a spokesman
said after the meeting ended.</p>
</article></body></html>
"""


def toml_string(value: str) -> str:
    """A TOML basic string (JSON escapes are TOML escapes; TOML also forbids a raw DEL)."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def write_corpus(directory: Path, *, hostile_names: bool = True) -> dict[str, str]:
    """Three hostile articles and a hostile manifest; returns {file name: outlet}."""
    directory.mkdir(parents=True)
    names = (
        [f"a{IMG}.txt", f"b{SVG}.txt", "c<b>.html"]
        if hostile_names
        else ["a.txt", "b.txt", "c.html"]
    )
    (directory / names[0]).write_text(ARTICLE_A, encoding="utf-8", newline="")
    (directory / names[1]).write_text(ARTICLE_B, encoding="utf-8", newline="")
    (directory / names[2]).write_text(HTML_PAGE, encoding="utf-8")
    outlets = {
        names[0]: f"{SCRIPT} News",
        names[1]: f"Wire {IMG} {CDATA_END} {GH_FORGERY}",
        names[2]: f"Page {SVG}",
    }
    meta = [
        {"title": f"Title {SCRIPT}", "author": f"By {IMG}", "url": JS_URL,
         "published": "2022-01-08"},
        {"title": f"{CDATA_END}\x00{XML_ILLEGAL}", "author": GH_FORGERY,
         "url": "https://example.test/\"onmouseover=\"alert(1)", "published": "2022-01-09"},
        {"url": "  JaVaScRiPt:alert(1)", "published": "2022-01-09"},
    ]
    entries = []
    for name, extra in zip(names, meta, strict=True):
        lines = ["[[source]]", f"file = {toml_string(name)}", f"outlet = {toml_string(outlets[name])}"]
        for key, value in extra.items():
            lines.append(f"{key} = {value}" if key == "published" else f"{key} = {toml_string(value)}")
        entries.append("\n".join(lines))
    (directory / "sources.toml").write_text("\n\n".join(entries) + "\n", encoding="utf-8")
    return outlets


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


# --- HTML ------------------------------------------------------------------------------

URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "poster", "data", "srcdoc"}
FORBIDDEN_TAGS = {"img", "iframe", "object", "embed", "base", "form", "frame", "meta", "link"}


class _Page(HTMLParser):
    """Start tags with their attributes, script bodies, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def parse_html(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def assert_inert(html: str, clean: _Page) -> _Page:
    """Only the renderer's own active content: its script, no handlers, no script URLs."""
    page = parse_html(html)
    assert page.scripts == clean.scripts, "a script element that the renderer did not write"
    clean_tags = {tag for tag, _ in clean.tags}
    for tag, attrs in page.tags:
        assert tag in clean_tags or tag not in FORBIDDEN_TAGS, f"<{tag}> from the input"
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler {name}={value!r} on <{tag}>"
            if name in URL_ATTRIBUTES and value is not None:
                squashed = "".join(ch for ch in value if ch > " ").lower()
                assert not squashed.startswith(("javascript:", "vbscript:", "data:")), (tag, value)
    lowered = html.lower()
    assert "<script>alert" not in lowered
    assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered
    assert "<img" not in lowered and "<svg onload" not in lowered
    return page


@pytest.fixture(scope="module")
def clean_page(tmp_path_factory: pytest.TempPathFactory) -> _Page:
    """The seed report: what the renderer's own markup looks like."""
    out = tmp_path_factory.mktemp("clean")
    status, _, err = run_cli(["report", str(SEEDS), "--out", str(out), "--format", "html", "-j", "1"])
    assert status == 0, err
    return parse_html((out / "divergence.html").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("hostile")
    corpus = base / "story"
    outlets = write_corpus(corpus)
    out = base / "out"
    status, _, err = run_cli(
        ["report", str(corpus), "--out", str(out), "--format", "json,html", "-j", "1"]
    )
    assert status == 0, err
    return {
        "corpus": corpus,
        "outlets": outlets,
        "json_text": (out / "divergence.json").read_text(encoding="utf-8"),
        "html": (out / "divergence.html").read_text(encoding="utf-8"),
        "report": pipeline.run([str(corpus)], jobs=1),
    }


def test_every_hostile_file_is_read_and_compared(hostile: dict[str, Any]) -> None:
    """Guards the other tests: the payloads must reach findings, not be skipped."""
    data = json.loads(hostile["json_text"])
    assert data["skipped"] == []
    assert sorted(Path(d["path"]).name for d in data["documents"]) == sorted(hostile["outlets"])
    in_findings = {fid for f in data["findings"] for fid in f["facts"]}
    for doc in data["documents"]:
        assert any(f["doc"] == doc["id"] and f["id"] in in_findings for f in data["facts"]), doc["path"]
    assert any(f["verdict"] == "conflict" for f in data["findings"])


def test_html_report_shows_payloads_as_text_only(
    hostile: dict[str, Any], clean_page: _Page
) -> None:
    page = assert_inert(hostile["html"], clean_page)
    shown = "".join(page.text)
    assert SCRIPT in shown, "the outlet name was dropped instead of escaped"
    assert IMG.strip() in shown
    assert "&lt;script&gt;alert(1)" in hostile["html"]


def test_print_html_for_the_pdf_is_inert_too(hostile: dict[str, Any], clean_page: _Page) -> None:
    html = render_html(hostile["report"], for_print=True)
    page = parse_html(html)
    # The print variant may drop the interactive filter script; it may not add one.
    assert all(s in clean_page.scripts for s in page.scripts)
    for tag, attrs in page.tags:
        assert tag not in FORBIDDEN_TAGS or tag in {t for t, _ in clean_page.tags}
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            if name in URL_ATTRIBUTES and value:
                assert not "".join(value.split()).lower().startswith("javascript:"), (tag, value)
    assert "<script>alert" not in html.lower()
    assert SCRIPT in "".join(page.text)


def test_non_web_urls_are_shown_as_text_not_links(hostile: dict[str, Any]) -> None:
    page = parse_html(hostile["html"])
    hrefs = [value or "" for _, attrs in page.tags for name, value in attrs if name == "href"]
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs), hrefs
    assert any(JS_URL in text for text in page.text), "the javascript: URL is not shown as text"


def test_json_report_parses_strictly_and_keeps_payloads_verbatim(hostile: dict[str, Any]) -> None:
    data = json.loads(hostile["json_text"], strict=True)
    assert sorted(d["outlet"] for d in data["documents"]) == sorted(
        " ".join(o.split()) for o in hostile["outlets"].values()
    )
    texts = {}
    for doc in data["documents"]:
        # Without a "text" field offsets index the file as read, CRLF and all.
        texts[doc["id"]] = doc.get("text") or Path(doc["path"]).read_bytes().decode("utf-8")
    for fact in data["facts"]:
        assert texts[fact["doc"]][fact["start"] : fact["end"]] == fact["text"]


# --- divergence check -------------------------------------------------------------------


def run_check(corpus: Path, tmp_path: Path, fmt: str) -> tuple[int, str]:
    status, out, err = run_cli(
        ["check", str(corpus), "--format", fmt, "--baseline", str(tmp_path / "baseline.json"),
         "--no-cache", "-j", "1"]
    )
    assert status in (0, 1), err
    assert "Traceback" not in err
    return status, out


@needs_check
def test_junit_output_is_well_formed_xml(hostile: dict[str, Any], tmp_path: Path) -> None:
    status, out = run_check(hostile["corpus"], tmp_path, "junit")
    assert status == 1, "the planted contradiction must fail the check"
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    tags = {el.tag for el in root.iter()}
    assert not tags & {"script", "img", "svg", "x"}, tags
    everything = " ".join(
        [el.text or "" for el in root.iter()] + [v for el in root.iter() for v in el.attrib.values()]
    )
    assert SCRIPT in everything, "payload dropped instead of escaped"
    assert CDATA_END in everything
    assert not any(ch in everything for ch in "\x00\x01\x0b\x1b\ufffe")


@needs_check
def test_sarif_output_is_well_formed_json(hostile: dict[str, Any], tmp_path: Path) -> None:
    status, out = run_check(hostile["corpus"], tmp_path, "sarif")
    assert status == 1
    sarif = json.loads(out, strict=True)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert results
    messages = json.dumps(results, ensure_ascii=False)
    assert "alert(1)" in messages
    for result in results:
        for loc in result.get("locations", []):
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            assert not uri.lower().startswith("javascript:"), uri


@needs_check
def test_check_json_output_parses(hostile: dict[str, Any], tmp_path: Path) -> None:
    status, out = run_check(hostile["corpus"], tmp_path, "json")
    assert status == 1
    json.loads(out, strict=True)


# One workflow command per line: ``::level key=value,key=value::message``. Property
# values must have ":" and "," escaped, or a value could end the properties early.
GH_LINE = re.compile(r"::(?:error|warning|notice)(?: [A-Za-z]+=[^:,\r\n]*(?:,[A-Za-z]+=[^:,\r\n]*)*)?::")


def raw_lines(text: str) -> list[str]:
    """Lines as a CI runner reads them: split at CR and LF only, unlike ``str.splitlines``,
    which also splits at U+001C-U+001E, U+0085 and U+2028/9."""
    return [line for line in re.split(r"\r\n|\r|\n", text) if line]


def assert_no_forged_commands(out: str) -> int:
    """Every output line is one whole command divergence meant to write.

    The runner reads commands from raw output lines only (it does not re-read
    a decoded message), so article text can forge a command only by putting a
    raw line break into the output, which would start a line that is not one
    of ours.
    """
    lines = raw_lines(out)
    for line in lines:
        assert GH_LINE.match(line), f"not a command divergence wrote: {line!r}"
    return len(lines)


@needs_check
def test_github_annotations_cannot_be_forged_from_article_text(
    hostile: dict[str, Any], tmp_path: Path
) -> None:
    status, out = run_check(hostile["corpus"], tmp_path, "github")
    assert status == 1
    assert assert_no_forged_commands(out) >= 2
    assert "\n::add-mask::" not in out and "\n::warning::a line" not in out
    assert "%250A::error::forged" in out, "the outlet with a forged command is not shown"


# --- generated hostile input ------------------------------------------------------------

HOSTILE = [
    SCRIPT, IMG, SVG, JS_URL, CDATA_END, "<![CDATA[", "<!--", "-->", "</textarea>", "</style>",
    "</title>", "&lt;script&gt;", "&amp;", "{{ 7*7 }}", "{% raw %}", "${x}", "\u202e", "\x00",
    "\x1b[31m", "\x7f", "\ufffe", "%0A::error::x", "\r\n::warning::y", "\\", "'", '"', "`",
    "data:text/html;base64,PHNjcmlwdD4=", " javascript:alert(1)", "java\tscript:alert(1)",
]
_hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(st.characters(codec="utf-8"), max_size=6)),
    min_size=1,
    max_size=6,
).map("".join)
_hostile_url = st.one_of(
    st.sampled_from([JS_URL, " javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:x",
                     "data:text/html,<script>alert(1)</script>", "https://ok.test/\"><x>",
                     "http://ok.test/<script>", "//evil.test/x", "https:javascript:alert(1)"]),
    _hostile_text,
)

# File names reach every output too (paths in JSON, SARIF URIs, JUnit names,
# GitHub ``file=`` properties); POSIX allows anything but "/" and NUL in them.
_hostile_name = st.one_of(
    st.sampled_from(["a.txt", "a\n::warning::x.txt", "a\r.txt", 'a"><svg onload=alert(1)>.txt',
                     "a\u202etxt.exe.txt", "a%0A::error::x.txt", "-a.txt", "a\x1b[31m.txt",
                     " a .txt", "a,b:c.txt", "a]]>.txt", "a&amp;.txt", "a#frag?q=1.txt"]),
    st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1,
            max_size=12).map(lambda s: f"a{s}.txt"),
)

# Each example is a report and three checks: a long run takes a twentieth of
# DIVERGENCE_FUZZ_EXAMPLES, as test_fuzz.py's check property does.
LONG_RUN = int(os.environ.get("DIVERGENCE_FUZZ_EXAMPLES", "0") or 0)


@settings(
    max_examples=max(LONG_RUN // 20, 1) if LONG_RUN else 15,
    derandomize=not LONG_RUN,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    outlet=_hostile_text, title=_hostile_text, url=_hostile_url,
    inside_a=_hostile_text, inside_b=_hostile_text, name=_hostile_name,
)
def test_generated_hostile_fields_never_become_markup(
    tmp_path_factory: pytest.TempPathFactory, clean_page: _Page,
    outlet: str, title: str, url: str, inside_a: str, inside_b: str, name: str,
) -> None:
    base = tmp_path_factory.mktemp("gen")
    corpus = base / "story"
    corpus.mkdir()
    (corpus / name).write_text(
        f"Russia has massed about 100,000 troops {inside_a} near the border with Ukraine.\n",
        encoding="utf-8", newline="",
    )
    (corpus / "b.txt").write_text(
        f"Russia has massed 40,000 troops near the border {inside_b} with Ukraine.\n",
        encoding="utf-8", newline="",
    )
    (corpus / "sources.toml").write_text(
        f"[[source]]\nfile = {toml_string(name)}\noutlet = {toml_string(outlet)}\n"
        f"title = {toml_string(title)}\nurl = {toml_string(url)}\npublished = 2022-01-08\n",
        encoding="utf-8",
    )
    out = base / "out"
    status, _, err = run_cli(
        ["report", str(corpus), "--out", str(out), "--format", "json,html", "-j", "1"]
    )
    assert status == 0, err
    json.loads((out / "divergence.json").read_text(encoding="utf-8"), strict=True)
    assert_inert((out / "divergence.html").read_text(encoding="utf-8"), clean_page)
    if HAS_CHECK:
        for fmt in ("junit", "sarif", "github"):
            _, text = run_check(corpus, base, fmt)
            if fmt == "junit":
                ET.fromstring(text.encode("utf-8"))
            elif fmt == "sarif":
                json.loads(text, strict=True)
            else:
                assert_no_forged_commands(text)


# --- file names with line breaks --------------------------------------------------------

NEWLINE_NAME = "a\n::error::forged.txt"


def assert_lines_are_ours(text: str, allowed: tuple[str, ...]) -> None:
    """No output line may start where a file name put a line break: in a GitHub
    Actions log a line beginning with "::" is read as a workflow command."""
    for line in raw_lines(text):
        assert not line.startswith("::"), f"a file name started a line: {line!r}"
        assert line.startswith(allowed), f"a file name split a message: {line!r}"


def test_skip_warning_for_a_file_name_with_a_line_break_stays_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "story"
    corpus.mkdir()
    (corpus / NEWLINE_NAME).write_bytes(b"")  # empty: skipped with a warning naming it
    (corpus / "b.txt").write_text("Russia has massed 40,000 troops near Ukraine.\n", encoding="utf-8")
    status, _, err = run_cli(["report", str(corpus), "--out", str(tmp_path / "out"), "--format", "json"])
    assert status == 0, err
    assert "forged" in err, "the skipped file is not named"
    assert_lines_are_ours(err, ("divergence: ", "wrote "))


def test_error_for_a_path_with_a_line_break_stays_one_line(tmp_path: Path) -> None:
    status, _, err = run_cli(["report", str(tmp_path / NEWLINE_NAME), "--out", str(tmp_path / "o")])
    assert status == 2
    assert_lines_are_ours(err, ("divergence: error: ",))
    assert len(raw_lines(err)) == 1


@needs_check
def test_check_text_output_with_a_file_name_with_a_line_break(tmp_path: Path) -> None:
    corpus = tmp_path / "story"
    corpus.mkdir()
    (corpus / NEWLINE_NAME).write_text(
        "Russia has massed about 100,000 troops near the border with Ukraine.\n", encoding="utf-8"
    )
    (corpus / "b.txt").write_text(
        "Russia has massed 40,000 troops near the border with Ukraine.\n", encoding="utf-8"
    )
    status, out = run_check(corpus, tmp_path, "text")
    assert status == 1 and "forged" in out
    for line in raw_lines(out):
        assert not line.startswith("::"), f"a file name started a line: {line!r}"
