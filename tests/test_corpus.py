"""Loading a corpus: files, manifests, encodings, skips, HTML and boilerplate."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.corpus import Corpus, find_boilerplate, load_corpus
from compare.errors import InputError
from compare.model import Document, Span

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BODY = (
    "Russia has massed about 100,000 troops near the border with Ukraine, officials said on "
    "Monday, and more are on the way."
)
BODY2 = "Talks in Geneva on January 10 lasted nearly eight hours and ended without progress."

# Distinct reporting paragraphs (a paragraph printed twice would itself be boilerplate).
PROSE = [
    BODY,
    BODY2,
    "The conflict in eastern Ukraine has killed more than 13,000 people since 2014.",
    "The United States has given more than $2.5 billion in military aid to Kyiv.",
    "NATO and Russian officials will meet in Brussels on Wednesday, officials said.",
    "Biden and Putin spoke for two hours in a video call on December 7.",
    "Two days later, Biden spoke with Zelenskiy for 90 minutes.",
    "Russia wants guarantees that NATO will not expand eastward, Ryabkov said.",
]

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Talks in Geneva end without breakthrough | World News Daily</title>
<meta property="og:title" content="Talks in Geneva end without breakthrough">
<meta property="article:published_time" content="2022-01-10T18:00:00Z">
<link rel="canonical" href="https://news.example.com/world/geneva-talks">
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}</script>
<style>body{font-family:serif}</style>
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<a class="skip" href="#main">Skip to content</a>
<header><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li></ul></nav></header>
<main id="main"><article>
<h1>Talks in Geneva end without breakthrough</h1>
<div class="byline">By Jane Doe and John Roe, Staff Reporters</div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<figure><img src="t.jpg"><figcaption>Sherman arrives in Geneva. Photo: Reuters</figcaption></figure>
<p>GENEVA &mdash; Talks between the United States and Russia ended on Monday after nearly eight
hours with neither side reporting any progress on the standoff over Ukraine.</p>
<p>Russia has massed about 100,000 troops near the border with Ukraine, according to U.S.
officials, who warned of "severe costs" if Moscow launched a new invasion.</p>
<div class="ad">Advertisement</div>
<p>The conflict in eastern Ukraine has killed more than 13,000 people since 2014. The United
States has given more than $2.5 billion in military aid to Kyiv in that time.</p>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Read more: 5,000 reasons NATO
worries</a></li></ul></aside>
<p>NATO and Russian officials will meet in Brussels on Wednesday, followed by a meeting of the
OSCE in Vienna on Thursday.</p>
</article>
<section class="newsletter"><h2>Sign up for our morning briefing</h2><form><input type="email">
</form></section></main>
<footer><p>&copy; 2022 World News Daily. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
<script src="/static/app.js"></script>
</body></html>
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def only(corpus: Corpus) -> Document:
    assert len(corpus.documents) == 1, corpus
    return corpus.documents[0]


def marked(doc_text: str, spans: tuple[Span, ...]) -> list[str]:
    return [doc_text[s.start : s.end] for s in spans]


def in_boilerplate(spans: tuple[Span, ...], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


# ---------------------------------------------------------------------------
# Files, order, ids, paths, stories


def test_directory_loads_text_files_sorted_and_ignores_other_files(tmp_path: Path) -> None:
    d = tmp_path / "story"
    write(d / "b.txt", BODY)
    write(d / "a.md", "# Heading\n\n" + BODY2)
    write(d / "c.html", NEWS_PAGE)
    write(d / "d.htm", NEWS_PAGE.replace("Geneva end", "Geneva stop"))
    write(d / "notes.csv", "a,b\n1,2\n")
    write(d / "sub" / "e.text", BODY2 + " In a subfolder.")  # recursive: its own story
    corpus = load_corpus([d])
    assert [doc.id for doc in corpus.documents] == ["a", "b", "c", "d", "e"]
    assert [doc.format for doc in corpus.documents] == ["md", "txt", "html", "html", "txt"]
    assert [doc.story for doc in corpus.documents] == ["story"] * 4 + ["story/sub"]
    assert corpus.skipped == ()


def test_arguments_keep_their_order_and_paths_stay_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "one" / "x.txt", BODY)
    write(tmp_path / "two" / "y.txt", BODY2)
    monkeypatch.chdir(tmp_path)
    corpus = load_corpus(["two", "one/x.txt"])
    assert [d.path for d in corpus.documents] == [os.path.join("two", "y.txt"), "one/x.txt"]
    assert [d.story for d in corpus.documents] == ["two", "one"]


def test_text_is_kept_exactly_and_hashed_from_raw_bytes(tmp_path: Path) -> None:
    content = "Title line\n\n" + BODY + "\u00a0\u2013 “quoted”\n"
    f = write(tmp_path / "s" / "a.txt", content)
    doc = only(load_corpus([f]))
    assert doc.text == content
    assert doc.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert doc.warnings == ()


def test_defaults_without_manifest(tmp_path: Path) -> None:
    content = "\n\n  Accessibility links\n\nHeadline here  \n\n" + BODY
    f = write(tmp_path / "mystory" / "000_abc.txt", content)
    doc = only(load_corpus([f]))
    assert doc.id == "000_abc"
    assert doc.outlet == "000_abc.txt"
    assert doc.title == "Headline here"  # first line that is not boilerplate
    assert doc.story == "mystory"
    assert (doc.published, doc.author, doc.url) == (None, None, None)


def test_title_falls_back_to_file_name_and_is_shortened(tmp_path: Path) -> None:
    long_line = "word " * 100
    doc = only(load_corpus([write(tmp_path / "s" / "long.txt", long_line)]))
    assert len(doc.title) <= 201 and doc.title.endswith("…")
    md = only(load_corpus([write(tmp_path / "m" / "post.md", "## The Heading\n\n" + BODY)]))
    assert md.title == "The Heading"


def test_ids_are_stems_and_collisions_get_the_directory(tmp_path: Path) -> None:
    write(tmp_path / "alpha" / "001.txt", BODY)
    write(tmp_path / "beta" / "001.txt", BODY2)
    write(tmp_path / "beta" / "002.txt", BODY + " Extra.")
    write(tmp_path / "beta" / "002.md", BODY2 + " Extra.")
    corpus = load_corpus([tmp_path / "alpha", tmp_path / "beta"])
    ids = [d.id for d in corpus.documents]
    assert ids == ["alpha/001", "beta/001", "beta/002.md", "beta/002.txt"]
    # Stable: the same corpus gives the same ids and documents.
    assert load_corpus([tmp_path / "alpha", tmp_path / "beta"]) == corpus


def test_dot_directory_gets_its_real_name_as_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "ukraine-talks" / "a.txt", BODY)
    monkeypatch.chdir(tmp_path / "ukraine-talks")
    doc = only(load_corpus(["."]))
    assert doc.story == "ukraine-talks"
    assert doc.path == os.path.join(".", "a.txt")


def test_no_article_found_is_an_error_but_all_skipped_is_left_to_the_caller(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "blank" / "a.txt", "")
    with pytest.raises(InputError, match=r"^no articles found under .*empty \(looked for \*\.txt"):
        load_corpus([tmp_path / "empty"])
    corpus = load_corpus([tmp_path / "blank"])
    assert corpus.documents == () and len(corpus.skipped) == 1


def test_nonexistent_path_is_a_whole_run_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(InputError, match=r"nope: no such file or directory"):
        load_corpus([missing])


# ---------------------------------------------------------------------------
# Manifest


MANIFEST = """\
# comment
[[source]]
file = "a.txt"
outlet = "RFE/RL"
title = "Talks   loom"
author = "Todd Prince"
published = 2022-01-08
url = "https://example.com/a"
colour = "ignored"

[[source]]
file = "b.txt"
outlet = "WSJ"
published = 2022-01-15T10:30:00Z
story = "geneva-talks"

[[source]]
file = "c.txt"
published = "2022-01-03"
"""


def test_manifest_gives_metadata_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    d = tmp_path / "story"
    write(d / "sources.toml", MANIFEST)
    for name, body in (("a.txt", BODY), ("b.txt", BODY2), ("c.txt", BODY + " C."), ("d.txt", "D.")):
        write(d / name, body)
    a, b, c, e = load_corpus([d]).documents
    assert (a.outlet, a.title, a.author, a.published, a.url, a.story) == (
        "RFE/RL",
        "Talks loom",
        "Todd Prince",
        dt.date(2022, 1, 8),
        "https://example.com/a",
        "story",
    )
    assert (b.outlet, b.published, b.story) == ("WSJ", dt.date(2022, 1, 15), "geneva-talks")
    assert (c.outlet, c.published) == ("c.txt", dt.date(2022, 1, 3))
    assert (e.outlet, e.story) == ("d.txt", "story")


def test_file_argument_uses_its_directorys_manifest(tmp_path: Path) -> None:
    d = tmp_path / "story"
    write(d / "sources.toml", MANIFEST)
    for name in ("a.txt", "b.txt", "c.txt"):
        write(d / name, BODY + name)
    doc = only(load_corpus([d / "b.txt"]))
    assert (doc.outlet, doc.story) == ("WSJ", "geneva-talks")


def test_manifest_can_name_a_file_the_listing_would_not_include(tmp_path: Path) -> None:
    d = tmp_path / "story"
    write(d / "sources.toml", '[[source]]\nfile = "extra/article.text"\noutlet = "X"\n')
    write(d / "extra" / "article.text", BODY)
    doc = only(load_corpus([d]))
    assert (doc.outlet, doc.path) == ("X", os.path.join(str(d), "extra/article.text"))


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        pytest.param(
            '[[source]]\nfile = "a.txt"\noutlet = \n',
            r"sources\.toml: invalid TOML: .*line 3",
            id="toml-syntax",
        ),
        pytest.param(
            '[[source]]\nfile = "a.txt"\n\n[[source]]\nfile = "b.txt"\npublished = "not a date"\n',
            r"sources\.toml:6: published must be a TOML date",
            id="published-not-a-date",
        ),
        pytest.param(
            '[[source]]\nfile = "a.txt"\noutlet = 5\n',
            r"sources\.toml:3: outlet must be a string",
            id="outlet-not-string",
        ),
        pytest.param(
            '[[source]]\nfile = "../../etc/passwd"\n',
            r"sources\.toml:2: file '\.\./\.\./etc/passwd' points outside",
            id="dotdot-escape",
        ),
        pytest.param(
            '[[source]]\nfile = "/etc/passwd"\n',
            r"sources\.toml:2: file '/etc/passwd' points outside",
            id="absolute-path",
        ),
        pytest.param(
            '[[source]]\nfile = "gone.txt"\n',
            r"sources\.toml:2: file 'gone\.txt' does not exist",
            id="missing-file",
        ),
        pytest.param(
            '[[source]]\noutlet = "X"\n', r"sources\.toml:1: entry 1 needs file", id="no-file-key"
        ),
        pytest.param('source = "a.txt"\n', r"sources\.toml: 'source' must be an array", id="shape"),
        pytest.param(
            '[[source]]\nfile = "a.txt"\n[[source]]\nfile = "./a.txt"\n',
            r"sources\.toml:4: file '\./a\.txt' is listed twice",
            id="duplicate-entry",
        ),
    ],
)
def test_manifest_errors_name_the_file_and_line(
    tmp_path: Path, manifest: str, message: str
) -> None:
    d = tmp_path / "story"
    write(d / "a.txt", BODY)
    write(d / "b.txt", BODY2)
    write(d / "sources.toml", manifest)
    with pytest.raises(InputError, match=message) as info:
        load_corpus([d])
    assert "\n" not in str(info.value)
    assert str(d / "sources.toml") in str(info.value)


def test_manifest_symlink_escaping_the_directory_is_an_error(tmp_path: Path) -> None:
    outside = write(tmp_path / "secret.txt", "secret")
    d = tmp_path / "story"
    write(d / "sources.toml", '[[source]]\nfile = "link.txt"\n')
    (d / "link.txt").symlink_to(outside)
    with pytest.raises(InputError, match="points outside"):
        load_corpus([d])


def test_symlink_in_listing_escaping_the_directory_is_skipped(tmp_path: Path) -> None:
    outside = write(tmp_path / "secret.txt", "secret data")
    d = tmp_path / "story"
    write(d / "a.txt", BODY)
    (d / "link.txt").symlink_to(outside)
    corpus = load_corpus([d])
    assert [doc.id for doc in corpus.documents] == ["a"]
    assert [s.reason for s in corpus.skipped] == ["symbolic link pointing outside its directory"]


# ---------------------------------------------------------------------------
# Per-file problems: skipped with a reason, or fatal with strict


SKIPS: list[tuple[str, str, bytes, str]] = [
    ("empty", "a.txt", b"", "empty file"),
    ("whitespace", "a.txt", b" \n\t\r\n \n", "contains only whitespace"),
    ("nul-bytes", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("control-chars", "a.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65]) * 50, "binary"),
    (
        "html-nav-only",
        "a.html",
        b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a><a href='/w'>World</a>"
        b"</nav><footer>Copyright 2022</footer></body></html>",
        "no article text",
    ),
    ("html-no-markup", "a.html", b"just some words, not a web page at all", "broken HTML"),
    (
        "html-empty-body",
        "a.html",
        b"<html><head><title>T</title></head><body></body></html>",
        "no article text",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "reason"), [s[1:] for s in SKIPS], ids=[s[0] for s in SKIPS]
)
def test_bad_files_are_skipped_with_a_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    d = tmp_path / "story"
    write(d / "good.txt", BODY)
    bad = write(d / name, content)
    corpus = load_corpus([d])
    assert [doc.id for doc in corpus.documents] == ["good"]
    assert len(corpus.skipped) == 1
    assert corpus.skipped[0].path == os.path.join(str(d), bad.name)
    assert reason in corpus.skipped[0].reason

    with pytest.raises(InputError, match=reason) as info:
        load_corpus([d], strict=True)
    assert str(info.value).startswith(f"{os.path.join(str(d), bad.name)}: ")


@settings(max_examples=60, deadline=None)
@given(
    st.binary(max_size=400)
    | st.text(max_size=300).map(str.encode)
    | st.text(alphabet="<>/=\"' abcdhtmlpi&;#\n", max_size=300).map(str.encode),
    st.sampled_from(["a.txt", "a.md", "a.html"]),
)
def test_any_bytes_give_a_document_or_a_skip_never_a_crash(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, name: str
) -> None:
    f = write(tmp_path_factory.mktemp("fuzz") / name, content)
    corpus = load_corpus([f])
    assert len(corpus.documents) + len(corpus.skipped) == 1
    for doc in corpus.documents:
        assert doc.text.strip()
        assert all(0 <= s.start < s.end <= len(doc.text) for s in doc.boilerplate)


def test_file_over_max_bytes_is_skipped(tmp_path: Path) -> None:
    d = tmp_path / "story"
    write(d / "big.txt", BODY * 10)
    write(d / "small.txt", BODY2)
    corpus = load_corpus([d], max_bytes=len(BODY2.encode()) + 1)
    assert [doc.id for doc in corpus.documents] == ["small"]
    assert "larger than --max-bytes" in corpus.skipped[0].reason
    with pytest.raises(InputError, match="big.txt: larger than --max-bytes"):
        load_corpus([d], max_bytes=100, strict=True)


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "story"
    locked = write(d / "locked.txt", BODY)
    write(d / "open.txt", BODY2)
    real_open = builtins.open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        # Tests run as root here, where chmod 000 does not stop reading.
        if Path(str(file)).name == locked.name:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded_open)
    corpus = load_corpus([d])
    assert [doc.id for doc in corpus.documents] == ["open"]
    assert corpus.skipped[0].reason == "cannot read (Permission denied)"
    with pytest.raises(InputError, match="locked.txt: cannot read"):
        load_corpus([d], strict=True)


def test_same_content_twice_keeps_the_first(tmp_path: Path) -> None:
    write(tmp_path / "one" / "a.txt", BODY)
    write(tmp_path / "two" / "copy.txt", BODY)
    corpus = load_corpus([tmp_path / "one", tmp_path / "two"])
    assert [d.id for d in corpus.documents] == ["a"]
    (skip,) = corpus.skipped
    assert skip.path == os.path.join(str(tmp_path / "two"), "copy.txt")
    assert os.path.join(str(tmp_path / "one"), "a.txt") in skip.reason
    with pytest.raises(InputError, match="copy.txt: same content as"):
        load_corpus([tmp_path / "one", tmp_path / "two"], strict=True)


# ---------------------------------------------------------------------------
# Encodings and newlines


def test_utf8_bom_is_removed_with_a_warning(tmp_path: Path) -> None:
    doc = only(load_corpus([write(tmp_path / "s" / "a.txt", b"\xef\xbb\xbf" + BODY.encode())]))
    assert doc.text == BODY
    assert any("BOM" in w for w in doc.warnings)


def test_crlf_is_kept_and_offsets_index_the_text(tmp_path: Path) -> None:
    caption = "A satellite image shows vehicles near the border on December 5."
    content = "\r\n".join(["Skip to content", "", caption, caption, "", BODY, "", "Share", ""])
    doc = only(load_corpus([write(tmp_path / "s" / "a.txt", content.encode())]))
    assert doc.text == content
    assert "\r\n" in doc.text
    texts = marked(doc.text, doc.boilerplate)
    # Consecutive boilerplate lines merge into one span, blank lines included.
    assert texts == [f"Skip to content\r\n\r\n{caption}\r\n{caption}", "Share"]
    start = doc.text.index(BODY)
    assert not in_boilerplate(doc.boilerplate, start, start + len(BODY))


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("cp1252", "Russia’s 100,000 troops — “a threat,” said the café owner.\n" * 3),
        ("latin-1", "Le café près de la frontière: 100\u00a0000 soldats, a déclaré le ministre.\n"),
        ("cp1251", "Россия сосредоточила около 100 000 военных у границы Украины, заявил МИД.\n"),
        ("utf-16", "Russia has massed about 100,000 troops.\n"),
    ],
)
def test_non_utf8_text_is_decoded_with_an_encoding_warning(
    tmp_path: Path, codec: str, text: str
) -> None:
    doc = only(load_corpus([write(tmp_path / "s" / "a.txt", text.encode(codec))]))
    assert doc.text == text
    assert any("encoding" in w and "not UTF-8" in w for w in doc.warnings)


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace(
        "Brussels on Wednesday", "Bruxelles, où l'été sera chaud, on Wednesday"
    )
    doc = only(load_corpus([write(tmp_path / "s" / "a.html", page.encode("latin-1"))]))
    assert "Bruxelles, où l'été sera chaud" in doc.text
    assert any("encoding declared" in w for w in doc.warnings)


# ---------------------------------------------------------------------------
# HTML


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    doc = only(load_corpus([write(tmp_path / "s" / "page.html", NEWS_PAGE)]))
    assert doc.format == "html"
    assert doc.title == "Talks in Geneva end without breakthrough"
    assert doc.url == "https://news.example.com/world/geneva-talks"
    assert doc.published == dt.date(2022, 1, 10)
    for kept in (
        "neither side reporting any progress",
        "about 100,000 troops",
        "more than 13,000 people",
        "$2.5 billion",
        "Brussels on Wednesday",
    ):
        assert kept in doc.text
    # Page furniture is either left out by the extractor or marked as boilerplate.
    for junk in (
        "dataLayer",
        "font-family",
        "cookies",
        "Politics",
        "Advertisement",
        "5,000 reasons",
        "morning briefing",
        "All rights reserved",
        "Skip to",
    ):
        start = doc.text.find(junk)
        assert start < 0 or in_boilerplate(doc.boilerplate, start, start + len(junk)), junk
    for kept in ("about 100,000 troops", "more than 13,000 people"):
        start = doc.text.index(kept)
        assert not in_boilerplate(doc.boilerplate, start, start + len(kept))
    paragraphs = doc.text.split("\n\n")
    assert any(p.startswith("Russia has massed about 100,000 troops") for p in paragraphs)
    assert all(p == p.strip() and p for p in paragraphs)


def test_html_manifest_wins_and_only_web_urls_are_kept(tmp_path: Path) -> None:
    d = tmp_path / "s"
    page = NEWS_PAGE.replace("https://news.example.com/world/geneva-talks", "javascript:alert(1)")
    write(d / "page.html", page)
    assert only(load_corpus([d])).url is None
    write(
        d / "sources.toml",
        '[[source]]\nfile = "page.html"\ntitle = "Mine"\nurl = "https://x.org/"\n',
    )
    doc = only(load_corpus([d]))
    assert (doc.title, doc.url) == ("Mine", "https://x.org/")


def test_html_fragment_without_page_structure_still_loads(tmp_path: Path) -> None:
    fragment = f"<div><p>{BODY}</p><p>{BODY2}</p></div>"
    doc = only(load_corpus([write(tmp_path / "s" / "frag.html", fragment)]))
    assert doc.text == f"{BODY}\n\n{BODY2}"
    assert doc.title == BODY


# ---------------------------------------------------------------------------
# Boilerplate


BOILERPLATE_LINES = [
    "Accessibility links",
    "Breaking News",
    "Skip to main content",
    "Share",
    "Share on Facebook",
    "Share Tweet Email",
    "Advertisement",
    "News | Opinion | Culture | Video | Podcasts",
    "Home › World › Europe",
    "  • 16x9 Image",
    "By Jane Doe and John Roe, Staff Reporters",
    "By Ann Smith | January 10, 2022",
    "Reporting by Andrew Osborn; Editing by Nick Macfie",
    "The Associated Press contributed to this report.",
    "Photo: Reuters/Denis Balibouse",
    "Illustration by Security Management",
    "Biden speaks with Putin in the Situation Room on December 7. (White House via AP)",
    "Sign up for our morning briefing",
    "Read more: 5,000 troops head to the border",
    "Copyright 2022 The Globe Herald. All rights reserved.",
    "© 2022 World News Daily",
    "We use cookies to improve your experience.",
    "To receive the newsletter in your inbox, click here.",
    "You can find our privacy policy and terms of use here.",
    "5 min read",
    "Comments (12)",
    "Published December 7, 2021",
    "Updated: Jan. 10, 2022 10:07 a.m. ET",
    "Posted 10:07 a.m.",
    "Tags: Russia, Ukraine, NATO",
]

BODY_LINES = [
    "By Monday, 100 troops had arrived in the region.",
    "By 2030, NATO plans to double its spending.",
    "Russia is a major producer of natural gas, supplying 40% of Europe's imports.",
    "More than 2,000 US subscribers lost access to the service on Monday.",
    "Facebook changed its privacy policy on Monday, affecting 2 billion users.",
    "Politico's Playbook newsletter reported on Monday that 10,000 troops had moved.",
    "Images of the attack showed at least 20 dead.",
    "Share prices fell 5% on Monday.",
    "Published in 1961, the report estimated 300 casualties.",
    "Posted on Monday, the video showed 100 tanks near the border.",
    "Updated figures show 1,200 people were killed.",
    "Copyright claims rose 20% in 2021.",
    "Our analysis of satellite images shows 100 tanks near the border.",
    "“Sign up now or lose 10% of your pension,” the minister told reporters.",
    "Related to the crisis, 3 ships were seized.",
    "John Herbst is a senior fellow at the Atlantic Council, where he said 100,000 troops wait.",
    "Talks on Monday lasted nearly eight hours.",
]


def _framed(line: str) -> str:
    return f"{BODY}\n\n{line}\n\n{BODY2}\n"


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_lines_are_marked(line: str) -> None:
    text = _framed(line)
    assert marked(text, find_boilerplate(text)) == [line.strip()]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_are_never_marked(line: str) -> None:
    text = _framed(line)
    assert find_boilerplate(text) == ()


def test_repeated_caption_marks_both_copies() -> None:
    caption = "Biden speaks by phone with Zelenskiy in the Oval Office on December 9."
    text = f"{BODY}\n\n{caption}\n{caption}\n\n{BODY2}"
    assert marked(text, find_boilerplate(text)) == [f"{caption}\n{caption}"]
    far_apart = f"{caption}\n\n{BODY}\n\n{BODY2}\n\n{caption}"
    assert marked(far_apart, find_boilerplate(far_apart)) == [caption, caption]


def test_author_bio_and_trailer_at_the_end_are_marked() -> None:
    body = "\n\n".join(PROSE)
    trailer = (
        "Jane Doe\n\n"
        "Jane Doe is a senior correspondent for World News based in Kyiv. She has covered the "
        "region for 12 years.\n\n"
        "World News has been declared an undesirable organization.\n\n"
        "If you are in Russia, please note that you could face fines for sharing our content."
    )
    text = f"{body}\n\n{trailer}"
    assert marked(text, find_boilerplate(text)) == [trailer]


def test_bio_like_paragraph_followed_by_long_reporting_keeps_the_reporting() -> None:
    long_paragraph = " ".join([BODY] * 3)  # over 60 words: reporting, not page furniture
    bio = "Jane Doe is a senior correspondent for World News based in Kyiv."
    text = "\n\n".join([*PROSE, bio, long_paragraph])
    spans = find_boilerplate(text)
    assert marked(text, spans) == [bio]


def test_bio_early_in_the_text_is_not_marked() -> None:
    bio = "Jane Doe is a senior correspondent for World News based in Kyiv."
    text = "\n\n".join([bio, *PROSE[:4]])
    assert find_boilerplate(text) == ()


def test_related_links_at_the_end_are_marked_but_not_reporting_after_them() -> None:
    body = "\n\n".join(PROSE[:6])
    links = "Related\n\nUkraine braces for 5,000 more troops\n\nNATO ministers meet in 2 weeks"
    text = f"{body}\n\n{links}"
    assert marked(text, find_boilerplate(text)) == [links]
    with_prose = f"{body}\n\n{links}\n\n{PROSE[7]}"
    assert marked(with_prose, find_boilerplate(with_prose)) == ["Related"]


def test_markdown_markers_do_not_hide_boilerplate() -> None:
    text = f"# Title\n\n{BODY}\n\n- Share\n\n> Advertisement\n\n**By Jane Doe**\n\n{BODY2}"
    assert marked(text, find_boilerplate(text)) == ["- Share\n\n> Advertisement\n\n**By Jane Doe**"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(BOILERPLATE_LINES + BODY_LINES + ["", " ", "\u00a0"]),
            st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80),
        ),
        max_size=30,
    ),
    st.sampled_from(["\n", "\r\n", "\n\n", "\r"]),
)
def test_spans_are_ordered_whole_lines_within_the_text(parts: list[str], newline: str) -> None:
    text = newline.join(parts)
    spans = find_boilerplate(text)
    previous_end = -1
    for span in spans:
        assert previous_end < span.start < span.end <= len(text)
        chunk = text[span.start : span.end]
        assert chunk == chunk.strip()
        # Whole lines: a span starts and ends at a line boundary or at whitespace.
        assert span.start == 0 or text[span.start - 1].isspace()
        assert span.end == len(text) or text[span.end].isspace()
        previous_end = span.end


# ---------------------------------------------------------------------------
# The seed articles


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {d.id: d for d in load_corpus([SEEDS]).documents}


def test_seeds_load_with_manifest_metadata(seeds: dict[str, Document]) -> None:
    assert len(seeds) == 5
    doc = seeds["000_d8c62df4fe28fb74"]
    assert (doc.outlet, doc.author, doc.published) == ("RFE/RL", "Todd Prince", dt.date(2022, 1, 8))
    assert {d.story for d in seeds.values()} == {"seeds"}
    assert all(d.warnings == () and d.format == "txt" for d in seeds.values())


def test_seed_repeated_caption_is_boilerplate(seeds: dict[str, Document]) -> None:
    doc = seeds["000_d8c62df4fe28fb74"]
    caption = "A satellite image shows Russian military vehicles massed near the Ukrainian border"
    first = doc.text.index(caption)
    second = doc.text.index(caption, first + 1)
    for start in (first, second):
        assert in_boilerplate(doc.boilerplate, start, start + len(caption))


def test_seed_chrome_bylines_and_bios_are_boilerplate(seeds: dict[str, Document]) -> None:
    expectations = {
        "000_d8c62df4fe28fb74": [
            "Accessibility links",
            "Breaking News",
            "16x9 Image",
            "Todd Prince is a senior correspondent",
            "To find out more, click here.",
        ],
        "001_d8d6285a94ed9e5d": ["Skip to content", "Illustration by"],
        "003_8f7b05368d0a09dc": ["Skip to main content", "David R. Cameron is a professor"],
        "004_c1451bc6b8c26731": [
            "Steve Gutterman is the",
            "About This Newsletter",
            "Please submit your e-mail address",
            "privacy policy",
        ],
    }
    for doc_id, needles in expectations.items():
        doc = seeds[doc_id]
        for needle in needles:
            start = doc.text.index(needle)
            assert in_boilerplate(doc.boilerplate, start, start + len(needle)), (doc_id, needle)


def test_seed_body_paragraphs_are_never_boilerplate(seeds: dict[str, Document]) -> None:
    for doc in seeds.values():
        for paragraph in doc.text.split("\n"):
            if "100,000" in paragraph or "January 9" in paragraph or "two hours" in paragraph:
                start = doc.text.index(paragraph)
                overlap = [
                    s for s in doc.boilerplate if s.start < start + len(paragraph) and start < s.end
                ]
                assert overlap == [], (doc.id, paragraph[:60])
    assert seeds["002_26dff11e0349677d"].boilerplate == ()


def test_seed_titles_do_not_come_from_chrome(tmp_path: Path) -> None:
    source = SEEDS / "000_d8c62df4fe28fb74.txt"
    copy = write(tmp_path / "s" / source.name, source.read_bytes())
    doc = only(load_corpus([copy]))
    assert doc.title.startswith("U.S., Allies Set For Talks With Russia")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab./-~ \u00e9", max_size=12))
def test_names_are_the_ones_pathlib_gives(shown: str) -> None:
    """The walk and the document ids take a file's name, stem and suffix from strings (a
    ``Path`` a file cost ~5-8 µs of a warm check over 10,000 files): what ``pathlib`` says."""
    from pathlib import PurePath

    from compare.corpus import file_name
    from compare.selection import suffix

    if not shown:
        return
    assert file_name(shown) == PurePath(shown).name
    name = shown.rpartition("/")[2]
    if name:
        assert suffix(name) == PurePath(name).suffix


def _stories(root: Path, count: int) -> None:
    for s in range(count):
        story = root / f"story-{s}"
        story.mkdir(parents=True)
        (story / "a.txt").write_text(f"Story {s}: officials said 12 people were hurt.\n")


def test_a_directory_is_listed_only_when_the_walk_reaches_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The planning holds one directory's listing at a time, not the whole walk's (``iter_plan``
    is read as it goes by the streamed report's client: ~0.1 KB a file once held to the end)."""
    from compare.corpus import paths

    _stories(tmp_path / "corpus", 3)
    listed: list[str] = []
    real_walk = paths.walk

    def walk(*args: object) -> object:
        for entry in real_walk(*args):  # type: ignore[arg-type]
            listed.append(entry[1])
            yield entry

    monkeypatch.setattr(paths, "walk", walk)
    plan = paths.iter_plan([str(tmp_path / "corpus")])
    first = next(plan)
    assert first.story == "corpus/story-0" and listed == ["", "story-0"]
    assert [c.story for c in plan] == ["corpus/story-1", "corpus/story-2"]
    assert listed == ["", "story-0", "story-1", "story-2"]


def test_a_directory_that_cannot_be_listed_ends_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Met half-way through the walk, a directory that cannot be listed is still the run's one error."""
    from compare import selection

    _stories(tmp_path / "corpus", 3)
    real_walk = os.walk

    def failing_walk(top: str, onerror: object = None, followlinks: bool = False) -> object:
        for dirpath, dirnames, filenames in real_walk(top, followlinks=followlinks):
            if dirpath.endswith("story-1"):
                raise PermissionError(13, "Permission denied", dirpath)
            yield dirpath, dirnames, filenames

    monkeypatch.setattr(selection.os, "walk", failing_walk)
    with pytest.raises(InputError, match=r"story-1: cannot list directory \(Permission denied\)"):
        load_corpus([tmp_path / "corpus"])


def test_a_link_is_planned_without_a_problem_only_when_it_leads_to_a_file_inside_its_directory(
    tmp_path: Path,
) -> None:
    from compare.corpus import paths

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("An article.\n")
    (tmp_path / "elsewhere.txt").write_text("Not given.\n")
    (folder / "in.txt").symlink_to(folder / "a.txt")
    (folder / "out.txt").symlink_to(tmp_path / "elsewhere.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    root = folder.resolve()

    def problem(name: str) -> str | None:
        return paths._link_problem(folder / name, os.lstat(folder / name).st_mode, root)

    assert problem("a.txt") is None and problem("in.txt") is None
    assert problem("out.txt") == "symbolic link pointing outside its directory"
    assert problem("gone.txt") == "symbolic link to nothing (its target is missing, or it is a loop)"


def test_a_file_of_an_unread_format_is_skipped_unless_its_manifest_names_it() -> None:
    from compare.corpus import paths

    said = paths._unread_problem("report.pdf", ["report.pdf"], {})
    assert said is not None and said.startswith("a PDF, not read")
    assert paths._unread_problem("report.pdf", ["report.pdf"], {"report.pdf": paths._Meta()}) is None
    assert paths._unread_problem("a.txt", ["report.pdf"], {}) is None


def test_a_manifest_entrys_fields_are_normalised_and_a_bad_one_is_told_with_its_line() -> None:
    from compare.corpus import paths

    lines = ["[[source]]", 'file = "a.txt"', 'outlet = "  The   Times "', "published = 12"]
    where = paths._where_in("m/sources.toml", lines, 1)
    assert where("outlet") == "m/sources.toml:3"
    assert where("author") == "m/sources.toml:1"  # a key the entry lacks: its header's line
    assert paths._where_in("m/sources.toml", lines, None)("outlet") == "m/sources.toml"
    entry = {"file": "a.txt", "outlet": "  The   Times ", "title": " ", "language": "en-GB"}
    assert paths._entry_fields(entry, where) == {"outlet": "The Times", "language": "en"}
    with pytest.raises(InputError, match=r"^m/sources\.toml:4: published must be a TOML date"):
        paths._entry_fields({"published": 12}, where)
