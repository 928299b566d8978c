"""The HTML report, the timeline, echoes, word diffs, value formatting and the facts table."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from report_fixtures import (
    HOSTILE_OUTLET,
    HOSTILE_TEXT,
    HOSTILE_TITLE,
    HOSTILE_URL,
    document,
    fact,
    geneva_report,
    hostile_report,
    qty,
)

from compare.display import duration, format_value
from compare.echoes import MIN_WORDS, find_echoes
from compare.model import DateValue, Document, Finding, Quantity, Report, Span, Verdict
from compare.render import wordiff
from compare.render.html import render_html, safe_url
from compare.render.table import facts_table
from compare.render.timeline import Mark, timeline_svg

# --- a small DOM for assertions ------------------------------------------------

VOID = {"meta", "br", "col", "input", "img", "link", "hr", "wbr", "source"}


@dataclasses.dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = dataclasses.field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        found = []
        for child in self.children:
            if isinstance(child, Node):
                if (tag is None or child.tag == tag) and (
                    cls is None or cls in child.attrs.get("class", "").split()
                ):
                    found.append(child)
                found.extend(child.iter(tag, cls))
        return found


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    assert [n.tag for n in builder.stack] == ["#root"], "unclosed elements"
    return builder.root


def squash(text: str) -> str:
    return " ".join(text.split())


def about_of(card: Node) -> str:
    """A card's about label: its heading without the number and the badge."""
    heading = card.iter("h4")[0]
    own = squash("".join(c for c in heading.children if isinstance(c, str)))
    number, _, about = own.partition(" ")
    assert number.startswith("#")
    return about


# --- structure ------------------------------------------------------------------


@pytest.fixture(scope="module")
def geneva() -> Report:
    return geneva_report()


@pytest.fixture(scope="module")
def geneva_dom(geneva: Report) -> Node:
    return parse(render_html(geneva))


def test_a_duration_in_a_sentence_is_singular_when_its_number_is_one() -> None:
    """ "1 second", not "1 seconds"; "1 hour and 1 second", not "1 hours"."""
    assert duration(1) == "1 second"
    assert duration(30) == "30 seconds"
    assert duration(0.5) == "0.5 seconds"
    assert duration(150) == "2.5 minutes"
    assert duration(7200) == "2 hours"
    assert duration(3600) == "1 hour"
    assert duration(5400) == "1.5 hours"
    assert duration(61) == "1 minute and 1 second"
    assert duration(3601) == "1 hour and 1 second"
    # A fraction of a second over whole hours is not spelled out: one decimal, and no "1.0 hours".
    assert duration(3601.5) == "1 hour"


def test_a_duration_under_a_day_reads_in_whole_hours_minutes_and_seconds_unless_it_is_a_half() -> None:
    """ "2:13:44" and "11 hours, 22 minutes and 3 seconds" read as written: rounded to "2.2 hours" or
    "11.4 hours" they could not be found in the article, and "2 hours" for "2:00:35" beside "more
    than 2 hours" hid what differs."""
    assert duration(8024) == "2 hours, 13 minutes and 44 seconds"
    assert duration(8024.000000000001) == "2 hours, 13 minutes and 44 seconds"  # summed in another order
    assert duration(7235) == "2 hours and 35 seconds"
    assert duration(40980) == "11 hours and 23 minutes"  # was "683 minutes"
    assert duration(1995) == "33 minutes and 15 seconds"  # was "33.25 minutes"
    assert duration(200) == "3 minutes and 20 seconds"
    assert duration(8100) == "2 hours and 15 minutes"
    # Days and longer keep quarters of their unit, and a month is the lexicon's 30.44 days.
    assert duration(100800) == "28 hours"
    assert duration(53 * 86400) == "53 days"
    assert duration(60 * 86400) == "60 days"
    assert duration(5 * 2629746) == "5 months"  # was "3652.4 hours"
    assert duration(135 * 2629746) == "11.25 years"


def test_front_page_counts_and_outlets(geneva: Report, geneva_dom: Node) -> None:
    counts = {
        td.attrs["class"]: int(td.iter("span", "n")[0].text())
        for td in geneva_dom.iter("table", "counts")[0].iter("td")
    }
    assert counts == {
        "v-conflict": 2, "v-updated": 0, "v-compatible": 1, "v-agree": 2, "v-single-source": 2,
    }
    outlets = geneva_dom.iter("table", "outlets")[0].iter("tbody")[0].iter("tr")
    rows = [[squash(td.text()) for td in tr.iter("td")] for tr in outlets]
    assert rows[0] == ["S1", "Northern Herald", "2023-03-14", "Geneva talks end without a deal"]
    assert [r[1] for r in rows] == ["Northern Herald", "Coastal Times", "Wire Daily",
                                    "Northern Herald"]
    assert squash(geneva_dom.iter("h1")[0].text()) == "Geneva ceasefire talks"


def test_matrix_rows_conflicts_first_with_values_as_written(geneva_dom: Node) -> None:
    matrix = geneva_dom.iter("table", "matrix")[0]
    headers = [squash(th.children[0]) for th in matrix.iter("thead")[0].iter("th")
               if isinstance(th.children[0], str)]
    assert headers == ["Finding", "Verdict", "Northern Herald", "Coastal Times", "Wire Daily"]
    rows = matrix.iter("tbody")[0].iter("tr")
    verdicts = [tr.attrs["data-verdict"] for tr in rows]
    assert verdicts == ["conflict", "conflict", "compatible", "agree", "agree"]
    # The verdict is in words, not only in colour.
    assert [squash(tr.iter("td", "verdict")[0].text()) for tr in rows][:3] == [
        "Conflict", "Conflict", "Compatible"]
    first = [squash(td.text()) for td in rows[0].iter("td")][1:]
    assert first == ["March 14 (S1)", "March 12", "—"]
    # An outlet with two articles says which article each value comes from.
    displaced = [squash(td.text()) for td in rows[2].iter("td")][1:]
    assert displaced[0] == "more than 12,000 people (S1)more than 12,000 people (S4)"
    links = [a.attrs["href"] for tr in rows for a in tr.iter("a")]
    cards = {c.attrs["id"] for c in geneva_dom.iter("article", "card")}
    assert {href.lstrip("#") for href in links} <= cards


def test_one_card_per_multi_source_finding_with_excerpts_from_offsets(
    geneva: Report, geneva_dom: Node
) -> None:
    cards = geneva_dom.iter("article", "card")
    multi = [f for f in geneva.findings if f.verdict is not Verdict.SINGLE_SOURCE]
    assert len(cards) == len(multi)
    assert [c.attrs["data-verdict"] for c in cards] == [
        "conflict", "conflict", "compatible", "agree", "agree"]
    docs = {d.id: d for d in geneva.documents}
    facts = {f.id: f for f in geneva.facts}
    by_about = {about_of(c): c for c in cards}
    card = by_about["People displaced from the border region"]
    assert squash(card.iter("span", "badge")[0].text()) == "Compatible"
    assert "differ in precision" in card.iter("p", "explanation")[0].text()
    # More than three outlets: excerpts stacked in rows, not squeezed into columns.
    assert not card.iter("table", "excerpts") and len(card.iter("div", "excerpt-row")) == 4
    finding = next(f for f in geneva.findings if f.id == "f-disp")
    quotes = card.iter("blockquote", "excerpt")
    for quote, fact_id in zip(quotes, finding.facts, strict=True):
        fact = facts[fact_id]
        sentence = docs[fact.doc].text[fact.sentence.start : fact.sentence.end]
        assert squash(quote.text()) == squash(sentence)
        assert [m.text() for m in quote.iter("mark", "fact")] == [fact.text]
    conflict = by_about["Length of the Geneva talks"]
    assert len(conflict.iter("table", "excerpts")[0].iter("td")) == 2
    meta = squash(conflict.iter("p", "excerpt-meta")[0].text())
    assert meta == "Northern Herald, 2023-03-14 · value: about 7 h · S1 chars 76–93 · in full text · source ↗"
    hrefs = [a.attrs["href"] for a in conflict.iter("a")]
    assert "https://herald.example/geneva-talks" in hrefs


def test_differing_words_are_marked_word_by_word(geneva_dom: Node) -> None:
    card = next(c for c in geneva_dom.iter("article", "card")
                if "Humanitarian fund" in c.iter("h4")[0].text())
    first, second = card.iter("blockquote", "excerpt")
    assert [squash(s.text()) for s in first.iter("span", "chg")] == ["now"]
    assert [squash(s.text()) for s in second.iter("span", "chg")] == ["donors said on Thursday"]


def test_single_source_facts_go_to_the_table_not_cards(geneva_dom: Node) -> None:
    rows = geneva_dom.iter("table", "singles")[0].iter("tbody")[0].iter("tr")
    cells = [[squash(td.text()).removeprefix("¶") for td in tr.iter("td")] for tr in rows]
    assert cells[0][:4] == ["Prisoners who could be exchanged", "Wire Daily", "“40 percent”",
                            "40% (percentage)"]
    assert all("Prisoners" not in c.text() for c in geneva_dom.iter("article", "card"))


def test_sources_appendix_and_skipped_files(geneva: Report, geneva_dom: Node) -> None:
    rows = geneva_dom.iter("table", "sources")[0].iter("tbody")[0].iter("tr")
    assert len(rows) == len(geneva.documents)
    for tr, doc in zip(rows, geneva.documents, strict=True):
        text = squash(tr.text())
        assert doc.sha256 in text and doc.outlet in text and doc.title in text
    assert "by Ana Petrova" in squash(rows[0].text())
    # ftp:// is shown, never linked.
    assert "ftp://herald.example/donors" in rows[3].text()
    assert not [a for a in rows[3].iter("a") if "ftp" in a.attrs.get("href", "")]
    skipped = geneva_dom.iter("h2")
    assert "Skipped files and warnings" in [squash(h.text()) for h in skipped]
    assert "corpus/empty.txt" in geneva_dom.text() and "empty file" in geneva_dom.text()


def test_timeline_svg_is_inline_and_marks_the_disputed_date(geneva_dom: Node) -> None:
    svg = geneva_dom.iter("svg")[0]
    labels = [squash(" ".join(ts.text() for ts in t.iter("tspan"))) for t in svg.iter("text", "row-label")]
    assert labels == ["Northern Herald", "Coastal Times", "Wire Daily"]
    dashed = [p for p in svg.iter("polyline") if "stroke-dasharray" in p.attrs]
    assert len(dashed) == 1  # the one dated conflict: second round on March 12 vs 14


def test_filter_script_only_in_screen_variant_and_allowed_by_csp(geneva: Report) -> None:
    screen = parse(render_html(geneva))
    scripts = screen.iter("script")
    assert len(scripts) == 1
    body = scripts[0].text()
    csp = next(m.attrs["content"] for m in screen.iter("meta")
               if m.attrs.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    nav = next(n for n in screen.iter("nav") if n.attrs.get("id") == "filters")
    assert "hidden" in nav.attrs  # without JS the page shows everything, no dead controls
    printed = parse(render_html(geneva, for_print=True))
    assert not printed.iter("script") and not printed.iter("input")
    assert [n.attrs.get("id") for n in printed.iter("nav")] == ["contents"]
    printed_csp = next(m.attrs["content"] for m in printed.iter("meta")
                       if m.attrs.get("http-equiv") == "Content-Security-Policy")
    assert "script-src 'none'" in printed_csp


# --- navigation -----------------------------------------------------------------


def _ids(dom: Node) -> dict[str, Node]:
    def walk(node: Node) -> Iterator[Node]:
        for child in node.children:
            if isinstance(child, Node):
                yield child
                yield from walk(child)

    ids: dict[str, Node] = {}
    for node in walk(dom):
        if "id" in node.attrs:
            assert node.attrs["id"] not in ids, f"duplicate id {node.attrs['id']}"
            ids[node.attrs["id"]] = node
    return ids


@pytest.mark.parametrize("make", [geneva_report, hostile_report])
def test_every_link_on_the_page_leads_somewhere(make: Callable[[], Report]) -> None:
    dom = parse(render_html(make()))
    ids = _ids(dom)
    links = [a.attrs["href"] for a in dom.iter("a") if a.attrs.get("href", "").startswith("#")]
    assert links and [h for h in links if h[1:] not in ids] == []


def test_contents_list_every_section(geneva_dom: Node) -> None:
    toc = next(n for n in geneva_dom.iter("nav") if n.attrs.get("id") == "contents")
    targets = [a.attrs["href"] for a in toc.iter("a")]
    assert targets == ["#story-1", "#story-1-matrix", "#story-1-timeline", "#story-1-findings",
                       "#story-1-echoes", "#single-source", "#skipped", "#sources", "#full-texts"]


def test_cards_have_permalinks_and_conflicts_link_to_the_next(geneva_dom: Node) -> None:
    cards = geneva_dom.iter("article", "card")
    for card in cards:
        (permalink,) = card.iter("a", "permalink")
        assert permalink.attrs["href"] == "#" + card.attrs["id"] and permalink.text() == "¶"
    nav = {c.attrs["id"]: {a.attrs["rel"]: a.attrs["href"] for a in c.iter("a")
                           if a.attrs.get("rel") in {"prev", "next"}}
           for c in cards if c.attrs["data-verdict"] == "conflict"}
    assert nav == {"finding-f-next": {"next": "#finding-f-dur"}, "finding-f-dur": {"prev": "#finding-f-next"}}
    assert all(not c.iter("p", "card-nav") for c in cards if c.attrs["data-verdict"] != "conflict")
    first = [a for a in geneva_dom.iter("a", "jump")]
    assert [a.attrs["href"] for a in first] == ["#finding-f-next"]


def test_every_single_source_fact_has_an_anchor(geneva: Report, geneva_dom: Node) -> None:
    rows = geneva_dom.iter("table", "singles")[0].iter("tbody")[0].iter("tr")
    assert len(rows) == 2
    for row in rows:
        (permalink,) = row.iter("a", "permalink")
        assert permalink.attrs["href"] == "#" + row.attrs["id"]
    facts = {f.id: f for f in geneva.facts}
    for row in rows:
        # The fact's own id, made safe for a URL: stable from run to run.
        assert row.attrs["id"].startswith("fact-")
        assert any(row.attrs["id"] == "fact-" + re.sub(r"[^A-Za-z0-9_-]", "-", i) for i in facts)


def test_full_texts_are_verbatim_with_every_fact_linked_to_its_finding(
    geneva: Report, geneva_dom: Node
) -> None:
    ids = _ids(geneva_dom)
    texts = geneva_dom.iter("article", "fulltext")
    assert [t.attrs["id"] for t in texts] == [f"text-source-{i}" for i in range(1, 5)]
    for article, doc in zip(texts, geneva.documents, strict=True):
        (body,) = article.iter("div", "text")
        assert body.text() == doc.text  # every character, in order, nothing added
    # From each excerpt to its place in the full text, and from there back to the card.
    for card in geneva_dom.iter("article", "card"):
        for link in card.iter("a", "to-text"):
            mark = ids[link.attrs["href"][1:]]
            assert mark.tag == "a" and "hl" in mark.attrs["class"].split()
            assert mark.attrs["href"] == "#" + card.attrs["id"]
            assert f"v-{card.attrs['data-verdict']}" in mark.attrs["class"].split()
    marked = {a.attrs["href"] for t in texts for a in t.iter("a", "hl")}
    cards = {"#" + c.attrs["id"] for c in geneva_dom.iter("article", "card")}
    rows = geneva_dom.iter("table", "singles")[0].iter("tbody")[0].iter("tr")
    singles = {"#" + r.attrs["id"] for r in rows}
    assert marked == cards | singles


def test_overlapping_facts_in_the_full_text_link_to_the_innermost() -> None:
    doc = document("a", "Alpha", "They met on Friday, March 10, in Geneva.", published=None)
    other = document("b", "Beta", "They met on March 10 in Geneva.", published=None)
    outer = fact(doc, "Friday, March 10", "date", DateValue(dt.date(2023, 3, 10), dt.date(2023, 3, 10),
                                                            "day", "absolute"))
    inner = fact(doc, "March 10", "date", DateValue(dt.date(2023, 3, 10), dt.date(2023, 3, 10), "day",
                                                   "absolute"))
    theirs = fact(other, "March 10", "date", DateValue(dt.date(2023, 3, 10), dt.date(2023, 3, 10), "day",
                                                      "absolute"))
    findings = (
        Finding("agree", "s", "date", "meeting", Verdict.AGREE, (inner.id, theirs.id), "Both say March 10."),
        Finding("solo", "s", "date", "weekday", Verdict.SINGLE_SOURCE, (outer.id,), "Only Alpha."),
    )
    report = Report(documents=(doc, other), facts=(outer, inner, theirs), findings=findings)
    dom = parse(render_html(report))
    body = dom.iter("article", "fulltext")[0].iter("div", "text")[0]
    assert body.text() == doc.text
    runs = [(a.text(), a.attrs["href"]) for a in body.iter("a", "hl")]
    assert runs == [("Friday, ", "#fact-a-12-28"), ("March 10", "#finding-agree")]
    ids = _ids(dom)
    assert ids["text-fact-a-12-28"].text() == "Friday, " and ids["text-fact-a-20-28"].text() == "March 10"


def test_print_variant_has_contents_but_no_interactive_parts(geneva: Report) -> None:
    printed = parse(render_html(geneva, for_print=True))
    assert printed.iter("nav")[0].attrs["id"] == "contents"
    assert not printed.iter("a", "permalink") and not printed.iter("p", "card-nav")
    assert not printed.iter("article", "fulltext") and not printed.iter("a", "to-text")
    svgs = printed.iter("svg")
    assert len(svgs) == 1 and svgs[0].attrs["width"] == "720"  # no phone-sized copy in the PDF


# --- untrusted text -------------------------------------------------------------


@pytest.mark.parametrize("for_print", [False, True])
def test_hostile_fields_are_escaped(for_print: bool) -> None:
    html = render_html(hostile_report(), for_print=for_print)
    dom = parse(html)
    scripts = dom.iter("script")
    assert len(scripts) == (0 if for_print else 1)
    assert all("alert" not in s.text() for s in scripts)
    assert not dom.iter("img") and not dom.iter("i")
    # The page's own <b> elements (outlet names under excerpts) are the only ones.
    assert len(dom.iter("b")) == len(dom.iter("p", "excerpt-meta"))
    for quote in dom.iter("blockquote"):
        assert {n.tag for n in quote.iter()} <= {"mark", "span"}
    for node in dom.iter():
        assert not [k for k in node.attrs if k.startswith("on")], node.tag
        assert not node.attrs.get("href", "").lower().startswith("javascript")
    text = dom.text()
    for hostile in (HOSTILE_OUTLET, HOSTILE_TITLE, HOSTILE_URL, "<b>troops</b> crossing",
                    "</script><script>alert('explanation')</script>", "<i>Mallory</i>",
                    "<svg onload=alert(1)>", "<bad>.txt", "not UTF-8 <script>"):
        assert hostile in text, hostile
    # The article's own markup is part of the excerpt, as text.
    quote = next(q for q in dom.iter("blockquote", "excerpt") if "report &" in q.text())
    assert squash(quote.text()) == squash(HOSTILE_TEXT)
    assert "<script>alert('text')" not in html and "&lt;script&gt;alert(&#39;text&#39;)" in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com/a?b=1&c=<d>", True),
        ("http://example.com", True),
        ("HTTPS://EXAMPLE.COM/x", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("ftp://example.com/file", False),
        ("//example.com/path", False),
        ("https:/\\example.com", False),
        ("https://", False),
        ("http://exa mple.com", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) == safe


# --- determinism ----------------------------------------------------------------


def test_output_is_byte_identical_and_has_no_clock(
    geneva: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = render_html(geneva)
    assert first == render_html(geneva)
    assert str(dt.date.today().year) not in first.split("<footer", 1)[1]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    stamped = render_html(geneva)
    assert "on 2023-11-14 22:13 UTC" in stamped
    assert 'name="dcterms.created" content="2023-11-14T22:13:20Z"' in stamped
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not-a-number")
    assert render_html(geneva) == first


def test_output_does_not_depend_on_hash_seed() -> None:
    root = Path(__file__).resolve().parents[1]
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests');"
        "from report_fixtures import geneva_report, hostile_report;"
        "from compare.render.html import render_html;"
        "print(hashlib.sha256((render_html(geneva_report()) + render_html(hostile_report(),"
        " for_print=True)).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        env.pop("SOURCE_DATE_EPOCH", None)
        out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, check=True,
                             capture_output=True, text=True)
        digests.add(out.stdout.strip())
    assert len(digests) == 1


# --- nothing to compare ---------------------------------------------------------


def test_single_article_says_nothing_to_compare() -> None:
    doc = document("only", "Lonely Post", "About 300 troops crossed.", published=None)
    dom = parse(render_html(Report(documents=(doc,), facts=())))
    assert "Only one article was read, so there is nothing to compare." in squash(dom.text())
    assert not dom.iter("article", "card") and not dom.iter("svg") and not dom.iter("table", "matrix")
    assert "undated" in squash(dom.iter("table", "sources")[0].text())


def test_empty_report_renders() -> None:
    dom = parse(render_html(Report(documents=(), facts=())))
    assert "No article could be read" in dom.text()


def test_no_shared_fact_says_so() -> None:
    report = geneva_report()
    singles = tuple(f for f in report.findings if f.verdict is Verdict.SINGLE_SOURCE)
    dom = parse(render_html(dataclasses.replace(report, findings=singles)))
    assert "No fact is reported by more than one of the 4 articles" in squash(dom.text())


def test_several_stories_get_their_own_sections() -> None:
    one = geneva_report(skipped=False)
    moved = tuple(dataclasses.replace(d, story="Other story") if d.id == "wire" else d
                  for d in one.documents)
    dom = parse(render_html(dataclasses.replace(one, documents=moved)))
    titles = [squash(h.text()) for h in dom.iter("section", "story")[0].iter("h2")]
    assert titles == ["Story: Geneva ceasefire talks"]
    second = dom.iter("section", "story")[1]
    assert "All articles of this story" not in second.text()
    assert "Only one article tells this story" in second.text()


def test_repeated_value_of_one_article_is_counted_not_repeated() -> None:
    report = geneva_report()
    doc = next(d for d in report.documents if d.id == "wire")
    again = fact(doc, "March 10", "date", DateValue(dt.date(2023, 3, 10), dt.date(2023, 3, 10),
                                                     "day", "absolute"), fact_id="wire-again")
    # The same wording twice in one article (at one offset here, for brevity).
    findings = tuple(dataclasses.replace(f, facts=(*f.facts, again.id)) if f.id == "f-met" else f
                     for f in report.findings)
    dom = parse(render_html(dataclasses.replace(report, facts=(*report.facts, again),
                                                findings=findings)))
    row = next(tr for tr in dom.iter("table", "matrix")[0].iter("tr")
               if tr.attrs.get("data-verdict") == "agree" and "Geneva talks" in tr.text())
    assert [squash(td.text()) for td in row.iter("td")][-1] == "March 10 (2×)"


def test_run_on_sentence_is_cut_to_a_window_around_the_fact() -> None:
    filler = "and then the delegates talked at length about many unrelated matters " * 30
    text = f"It began {filler}until about 300 troops crossed {filler}and it ended."
    docs = [document(i, f"Outlet {i}", text, published=None) for i in ("a", "b")]
    facts = [fact(d, "about 300 troops", "count", qty(300, 270, 330, "troop", "about"))
             for d in docs]
    facts = [dataclasses.replace(f, sentence=Span(0, len(text))) for f in facts]
    finding = Finding("x", docs[0].story, "count", "troops", Verdict.AGREE,
                      tuple(f.id for f in facts), "Both say about 300.")
    dom = parse(render_html(Report(documents=tuple(docs), facts=tuple(facts),
                                   findings=(finding,))))
    quote = squash(dom.iter("blockquote", "excerpt")[0].text())
    assert quote.startswith("… ") and quote.endswith(" …")
    assert "until about 300 troops crossed" in quote
    assert len(quote) < 600


# --- word diff ------------------------------------------------------------------


def test_changed_ranges_are_words_not_characters() -> None:
    a = "The talks lasted about seven hours, officials said."
    b = "The talks lasted eight hours, officials said."
    changed = wordiff.changed_ranges(a, b)
    assert [a[s:e] for s, e in changed] == ["about seven"]
    assert wordiff.diff_segments(b, a) == [
        ("The talks lasted ", False), ("eight", True), (" hours, officials said.", False)]


def test_segments_nest_fact_and_changes() -> None:
    text = "alpha beta gamma delta"
    segs = wordiff.segments(text, [(6, 16)], (11, 22))
    assert segs == [
        wordiff.Segment("alpha ", False, False),
        wordiff.Segment("beta ", True, False),
        wordiff.Segment("gamma", True, True),
        wordiff.Segment(" delta", False, True),
    ]
    assert "".join(s.text for s in segs) == text


def test_unrelated_sentences_are_not_diffed() -> None:
    tokens = [wordiff.tokenize(t) for t in (
        "Negotiators met in Geneva on March 10.",
        "A completely different sentence about the weather and crops in autumn.",
    )]
    assert wordiff.closest_partner(0, tokens) is None


# --- values ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kind", "shown"),
    [
        (qty(100000, 90000, 110000, "troop", "about"), "count", "about 100,000 troops"),
        (qty(100000, 100000, None, "troop", "more-than"), "count", "more than 100,000 troops"),
        (qty(1, 1, 1, "person"), "count", "1 person"),
        (qty(13000, 13000, 13000, "person"), "count", "13,000 people"),
        (qty(3, 3, 3, "talks"), "count", "3 talks"),
        (qty(2, 2, 2, "crisis"), "count", "2 crises"),
        (qty(4, 4, 4, "country"), "count", "4 countries"),
        (qty(5, 5, 5, "box"), "count", "5 boxes"),
        (qty(None, 20000, 99999, "person", "range"), "count", "20,000–99,999 people"),
        (qty(25200, 23400, 27000, "s", "about"), "duration", "about 7 h"),
        (qty(5400, 5400, 5400, "s"), "duration", "1.5 h"),
        (qty(3000, 3000, 3000, "s", "nearly"), "duration", "nearly 50 min"),
        (qty(None, 7200, 10800, "s", "range"), "duration", "2–3 h"),
        (qty(2.5e9, 2.5e9, 2.5e9, "USD"), "money", "$2.5 billion"),
        (qty(3e6, 3e6, 3e6, "UAH"), "money", "3 million UAH"),
        (qty(14, 14, 14, "%"), "percent", "14%"),
        (qty(12.5, 12.5, 12.5, "km"), "measure", "12.5 km"),
        (DateValue(dt.date(2022, 1, 9), dt.date(2022, 1, 13), "day", "absolute"), "date",
         "2022-01-09 – 2022-01-13"),
        (DateValue(dt.date(2022, 1, 10), dt.date(2022, 1, 10), "day", "publication"), "date",
         "2022-01-10"),
        (DateValue(dt.date(2021, 12, 1), dt.date(2021, 12, 31), "month", "absolute"), "date",
         "December 2021"),
        (DateValue(dt.date(2014, 1, 1), dt.date(2014, 12, 31), "year", "absolute"), "date", "2014"),
        (DateValue(dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade", "absolute"), "date",
         "1990s"),
        (DateValue(None, None, "day", "unresolved"), "date", "unresolved date"),
    ],
)
def test_values_display(value: Quantity | DateValue, kind: str, shown: str) -> None:
    assert format_value(value, kind) == shown  # type: ignore[arg-type]


# --- timeline -------------------------------------------------------------------


def _mark(row: int, group: int, verdict: Verdict, start: dt.date, end: dt.date | None = None,
          tip: str = "t") -> Mark:
    return Mark(row, group, verdict, start, end or start, tip)


def test_timeline_is_valid_svg_and_escapes_text() -> None:
    svg = timeline_svg(
        ["<Outlet & Co>", "B"],
        [_mark(0, 1, Verdict.CONFLICT, dt.date(2022, 1, 12), tip="<script>x</script>"),
         _mark(1, 1, Verdict.CONFLICT, dt.date(2022, 1, 14)),
         _mark(0, 2, Verdict.AGREE, dt.date(2014, 1, 1), dt.date(2014, 12, 31)),
         _mark(1, 2, Verdict.AGREE, dt.date(2014, 1, 1), dt.date(2014, 12, 31))],
        title="a <title>",
    )
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in root.iter(f"{ns}text")]
    assert "<Outlet & Co><Outlet & Co>" in texts  # label plus its full-name <title>
    assert "<script>x</script>" in [t.text for t in root.iter(f"{ns}title")]
    # 2014 and 2022 are far apart: two stretches of axis, each with its year caption.
    assert "2014" in texts and "2022" in texts
    assert "#1" in texts  # conflicts carry their card number
    dashed = [p for p in root.iter(f"{ns}polyline") if p.get("stroke-dasharray")]
    assert len(dashed) == 1


def test_timeline_without_marks_is_empty() -> None:
    assert timeline_svg(["A"], []) == ""


# --- echoes ---------------------------------------------------------------------

WIRE = ("The foreign minister said the delegation would return to the capital on Sunday "
        "after three days of difficult negotiations with the other side")


def _echo_docs() -> list[Document]:
    return [
        document("a", "Alpha", f"Reporting from the border. {WIRE}. Local reaction was muted.",
                 published=None),
        document("b", "Beta", f"Late news: {WIRE.replace('difficult', 'tough')}. More soon.",
                 published=None),
        document("c", "Gamma", "Nothing in common here except the minister, who spoke briefly.",
                 published=None),
        document("d", "Alpha", f"An update. {WIRE}.", published=None),
    ]


def test_echoes_find_near_verbatim_passages_across_outlets() -> None:
    docs = _echo_docs()
    echoes = find_echoes(docs)
    assert len(echoes) == 1
    echo = echoes[0]
    assert echo.words >= MIN_WORDS
    assert [s.doc for s in echo.spans] == ["a", "b", "d"]
    by_id = {d.id: d for d in docs}
    for span in echo.spans:
        passage = by_id[span.doc].text[span.start : span.end]
        assert passage.startswith("The foreign minister") and passage.endswith("other side")
    assert echo.text == WIRE


def test_echoes_need_two_outlets_twelve_words_and_one_story() -> None:
    short = "the delegation would return on Sunday after talks"  # 9 words
    same_outlet = [document("a", "Alpha", f"x {WIRE} y", published=None),
                   document("b", "Alpha", f"z {WIRE} w", published=None)]
    assert find_echoes(same_outlet) == ()
    assert find_echoes([document("a", "A", f"one {short} two", published=None),
                        document("b", "B", f"three {short} four", published=None)]) == ()
    split = [document("a", "A", WIRE, published=None, story="s1"),
             document("b", "B", WIRE, published=None, story="s2")]
    assert find_echoes(split) == ()


def test_echoes_ignore_boilerplate() -> None:
    a, b = _echo_docs()[:2]
    start = a.text.index(WIRE)
    a = dataclasses.replace(a, boilerplate=(Span(start, start + len(WIRE)),))
    assert find_echoes([a, b]) == ()


def test_pipeline_computes_echoes_once_for_json_and_html(tmp_path: Path) -> None:
    """Echoes belong to the report: the JSON lists them and the HTML shows those same ones."""
    import json

    from compare import pipeline

    for doc in _echo_docs():
        (tmp_path / f"{doc.id}.txt").write_text(
            f"{doc.outlet}\n\n{doc.text} Some 300 troops were there.\n", encoding="utf-8"
        )
    (tmp_path / "sources.toml").write_text(
        "".join(f'[[source]]\nfile = "{d.id}.txt"\noutlet = "{d.outlet}"\n' for d in _echo_docs()),
        encoding="utf-8",
    )
    report = pipeline.run([str(tmp_path)])
    assert len(report.echoes) == 1 and report.echoes[0].words >= MIN_WORDS
    out = tmp_path / "out"
    pipeline.write_reports(report, out, ["json", "html"])
    data = json.loads((out / "divergence.json").read_text(encoding="utf-8"))
    (echo,) = data["echoes"]
    texts = {d["id"]: d for d in data["documents"]}
    assert echo["text"] == report.echoes[0].text and len(echo["spans"]) == 3
    by_id = {d.id: d for d in report.documents}
    for span in echo["spans"]:
        assert span["doc"] in texts
        assert by_id[span["doc"]].text[span["start"] : span["end"]].startswith("The foreign minister")
    dom = parse((out / "divergence.html").read_text(encoding="utf-8"))
    shown = dom.iter("div", "echo")
    assert len(shown) == 1 and "The foreign minister" in shown[0].text()
    # The renderer shows the report's echoes; it does not look for its own.
    bare = parse(render_html(dataclasses.replace(report, echoes=())))
    assert bare.iter("div", "echo") == []


def test_echoes_scale_linearly() -> None:
    filler = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
              "november oscar papa quebec romeo sierra tango uniform victor whiskey").split()
    docs = []
    for i in range(2000):
        own = " ".join(f"{filler[(i * 7 + j) % len(filler)]}{i}x{j}" for j in range(300))
        text = f"{own} {WIRE}." if i % 10 == 0 else own
        docs.append(document(f"d{i}", f"Outlet {i}", text, published=None))
    started = time.perf_counter()
    echoes = find_echoes(docs)
    elapsed = time.perf_counter() - started
    assert len(echoes) == 1 and len(echoes[0].spans) == 200
    assert elapsed < 20, elapsed


def test_echoes_word_for_word_need_no_matcher(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two copies of a passage word for word match at ratio 1: the matcher, whose cost is the square of
    # a long region of repeated words (a long sentence quoted whole), is run only on copies that differ.
    import compare.echoes as echoes_module

    made: list[int] = []
    real = echoes_module.SequenceMatcher

    def counting(*args: object, **kwargs: object) -> object:
        made.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(echoes_module, "SequenceMatcher", counting)
    long = ", ".join(f"{k} people died in Ashford" for k in range(200))
    same = find_echoes([document("a", "Alpha", f"Officials said {long}.", published=None),
                        document("b", "Beta", f"A spokesman said {long}.", published=None)])
    assert len(same) == 1 and made == []
    assert len(find_echoes(_echo_docs())) == 1 and made  # "tough" for "difficult": matched


def test_two_articles_told_alike_at_length_are_matched_once_and_window_by_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Two long articles whose sentences differ only in their figures chain into many regions that all
    # grow to one: it is checked once, and window by window (the matcher on a whole long region of
    # repeated words cost more than its square: 78 CPU s for two articles of 500 sentences).
    import compare.echoes as echoes_module

    sizes: list[int] = []
    real = echoes_module.SequenceMatcher

    def counting(isjunk: object, a: Sequence[int], b: Sequence[int], **kwargs: object) -> object:
        sizes.append(max(len(a), len(b)))
        return real(isjunk, a, b, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(echoes_module, "SequenceMatcher", counting)
    sentence = "Officials in Ashford said {} people were hurt on the road."
    told = [" ".join(sentence.format(k + shift) for k in range(300)) for shift in (0, 1000)]
    found = find_echoes([document("a", "Alpha", told[0], published=None),
                         document("b", "Beta", told[1], published=None)])
    words = len(told[0].split())
    assert len(found) == 1 and len(found[0].spans) == 2
    assert sizes and max(sizes) <= echoes_module.WINDOW
    assert len(sizes) <= words // echoes_module.WINDOW + 1


def test_a_regions_walk_remembered_ends_where_a_walk_from_its_own_start_ends() -> None:
    # echoes._extend remembers where each walk ended, for every position it passed; a later region
    # stops where it meets an earlier walk.  That must end where walking it alone ends.
    import random

    from compare.echoes import _extend

    def alone(a: list[int], b: list[int], a0: int, a1: int, b0: int, b1: int) -> tuple[int, int, int, int]:
        while True:
            while a1 < len(a) and b1 < len(b) and a[a1] == b[b1]:
                a1, b1 = a1 + 1, b1 + 1
            if a1 + 2 < len(a) and b1 + 2 < len(b) and a[a1 + 1 : a1 + 3] == b[b1 + 1 : b1 + 3]:
                a1, b1 = a1 + 3, b1 + 3
                continue
            break
        while True:
            while a0 > 0 and b0 > 0 and a[a0 - 1] == b[b0 - 1]:
                a0, b0 = a0 - 1, b0 - 1
            if a0 >= 3 and b0 >= 3 and a[a0 - 3 : a0 - 1] == b[b0 - 3 : b0 - 1]:
                a0, b0 = a0 - 3, b0 - 3
                continue
            break
        return a0, a1, b0, b1

    rng = random.Random(7)
    for _ in range(200):
        a = [rng.randrange(4) for _ in range(rng.randrange(1, 60))]
        b = [x if rng.random() < 0.8 else rng.randrange(4) for x in a] + [rng.randrange(4) for _ in range(3)]
        ends: dict[tuple[int, int], tuple[int, int]] = {}
        starts: dict[tuple[int, int], tuple[int, int]] = {}
        for _ in range(10):
            a0 = rng.randrange(len(a) + 1)
            a1 = rng.randrange(a0, len(a) + 1)
            b0 = rng.randrange(len(b) + 1)
            b1 = rng.randrange(b0, len(b) + 1)
            assert _extend(a, b, a0, a1, b0, b1, ends, starts) == alone(a, b, a0, a1, b0, b1)


def test_two_articles_told_alike_at_length_are_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every chained region of two long articles told alike grows over the whole article: walked
    # region by region, the echoes were quadratic in the articles' length.
    import compare.echoes as echoes_module

    remembered: list[dict[tuple[int, int], tuple[int, int]]] = []
    real = echoes_module._extend

    def keeping(a: Sequence[int], b: Sequence[int], *rest: Any) -> tuple[int, int, int, int]:
        remembered.extend(rest[4:])
        return real(a, b, *rest)

    monkeypatch.setattr(echoes_module, "_extend", keeping)
    sentence = "Officials in Ashford said {} people were hurt on the road."
    told = [" ".join(sentence.format(k + shift) for k in range(600)) for shift in (0, 1000)]
    found = find_echoes([document("a", "Alpha", told[0], published=None),
                         document("b", "Beta", told[1], published=None)])
    words = len(told[0].split())
    assert len(found) == 1
    positions = {id(d): len(d) for d in remembered}  # every position walked is remembered once
    assert 0 < sum(positions.values()) <= 2 * words


def test_a_region_up_to_a_window_long_has_the_matchers_ratio() -> None:
    from difflib import SequenceMatcher

    from compare.echoes import WINDOW, _ratio

    short = tuple(range(40))
    edited = (*short[:10], 99, *short[11:30], *short[32:])
    assert _ratio(short, short) == 1.0
    assert _ratio(short, edited) == SequenceMatcher(None, short, edited, autojunk=False).ratio()
    long = tuple(range(3 * WINDOW))
    assert _ratio(long, (*long[:100], 7, *long[101:])) > 0.99
    assert _ratio(long, tuple(reversed(long))) < 0.85


# --- facts table ----------------------------------------------------------------


def test_facts_table_aligns_columns_and_cleans_text() -> None:
    report = geneva_report()
    evil = document("evil", "E", "Some \x1b[31m300\x1b[0m\ttroops", published=None)
    odd = fact(evil, "\x1b[31m300\x1b[0m\ttroops", "count", qty(300, 300, 300, "troop"),
               noun="troop")
    table = facts_table(dataclasses.replace(report, documents=(*report.documents, evil),
                                            facts=(*report.facts, odd)))
    lines = table.splitlines()
    header = lines[0]
    assert header.split() == ["doc", "offsets", "kind", "text", "value", "about"]
    assert "\x1b" not in table and "\t" not in table
    value_col = header.index("value")
    row = next(line for line in lines if "about seven hours" in line)
    assert row[value_col:].startswith("about 7 h")
    assert "[31m300[0m troops" in lines[-3]
    assert lines[-1] == f"{len(report.facts) + 1} facts in 5 documents"


def test_facts_table_with_no_facts() -> None:
    assert facts_table(Report(documents=(), facts=())) == "no facts found in 0 documents\n"


def test_each_conflict_links_to_the_one_before_and_after_it() -> None:
    from compare.render.html import ConflictNav, _conflict_nav, _script_and_policy

    nav = _conflict_nav(["c1", "c2", "c3"])
    assert nav == {
        "c1": ConflictNav(1, 3, None, "c2"),
        "c2": ConflictNav(2, 3, "c1", "c3"),
        "c3": ConflictNav(3, 3, "c2", None),
    }
    assert _conflict_nav([]) == {}
    script, policy = _script_and_policy(for_print=True)
    assert script == "" and "script-src 'none'" in policy
    script, policy = _script_and_policy(for_print=False)
    assert script and "script-src 'sha256-" in policy and "default-src 'none'" in policy


def test_a_matrix_table_holds_its_six_outlets_and_is_captioned_only_when_there_are_more() -> None:
    from compare.render import html

    eight: list[tuple[str, list[Document]]] = [(f"Outlet {i}", []) for i in range(1, 9)]
    second = html._matrix_chunk(1, eight, [])
    assert [c.name for c in second.columns] == ["Outlet 7", "Outlet 8"]
    assert second.caption == "Outlets 7\u20138 of 8" and second.rows == ()
    only = html._matrix_chunk(0, eight[:6], [])
    assert len(only.columns) == html.MATRIX_COLUMNS == 6 and only.caption == ""


def test_the_page_context_gathers_its_parts_in_one_order_and_print_has_no_texts_nor_script() -> None:
    from compare.render import html

    _template, context = html._page_context(geneva_report(), for_print=False)
    assert list(context) == [
        "for_print", "title", "subtitle", "stories", "counts", "n_documents", "n_outlets", "n_facts",
        "n_boilerplate", "nothing", "sources", "skipped", "warnings", "generated", "generated_iso",
        "version", "css", "script", "csp", "kinds", "verdict_labels", "has_singles", "has_echoes",
        "multi_story", "default_language", "articles", "conflict_nav", "first_conflict", "n_singles",
    ]
    assert len(context["articles"]) == context["n_documents"] and context["script"]
    _template, printed = html._page_context(geneva_report(), for_print=True)
    assert printed["articles"] == () and printed["script"] == "" and "script-src 'none'" in printed["csp"]
