"""The HTML report in a real browser (headless Chromium over the DevTools protocol).

Layout is checked by measuring boxes, not by eye: at a phone's width (390 CSS
px, with the phone's viewport rules) and a laptop's (1280 px), the page never
scrolls sideways, no two pieces of text overlap, no word is broken in the
middle, the excerpts of a card stack, wide tables scroll inside their own box,
every label of the timeline lies inside the drawing, and text stays at a
legible size.  The filter, its counts and its address are exercised by
clicking, as a reader would.

Skipped when no Chromium is installed (Debian: ``apt-get install chromium``;
``.ci/run`` installs it when it runs as root).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chromium import Browser, find_chromium
from report_fixtures import geneva_report, hostile_report, synthetic_report

from compare.model import Report
from compare.render.html import render_html

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)")

PHONE = (390, 844)
LAPTOP = (1280, 900)

# Measures the page; returns a JSON string.  Runs in the page through DevTools,
# so the page's own Content-Security-Policy stays as shipped.
PROBE = r"""
(() => {
  const out = {width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
               broken: [], overlaps: [], clipped: [], small: [], notStacked: [], tables: [],
               svgScale: [], counts: [], labelsOnMarks: []};
  const visible = (el) => el && el.getClientRects().length > 0;
  const where = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const bits = [];
    for (let e = el; e && e !== document.body && bits.length < 3; e = e.parentElement) {
      bits.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
                (e.className && typeof e.className === "string" ? "." + e.className.split(" ")[0] : ""));
    }
    return bits.join(" < ");
  };
  // Every piece of text outside SVG, line by line.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const rects = [];
  const range = document.createRange();
  const WORD = /[\p{L}\p{N}]+(?:[.,'\u2019][\p{L}\p{N}]+)*/gu;
  let node, id = 0;
  while ((node = walker.nextNode())) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || parent.closest("script, style, svg, [hidden]")) continue;
    if (!visible(parent)) continue;
    id += 1;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width > 0.5 && r.height > 0.5) {
        rects.push({id, node, l: r.left, r: r.right, t: r.top, b: r.bottom});
      }
    }
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < 11) out.small.push(where(node) + " " + size + "px");
    // Paths, checksums and addresses are not words: they may break anywhere.
    if (parent.closest(".url-text")) continue;
    const text = node.textContent;
    for (const m of text.matchAll(WORD)) {
      if (m[0].length < 2) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set();
      for (const r of range.getClientRects()) if (r.width > 0.5) tops.add(Math.round(r.top));
      const lines = [...tops].sort((a, b) => a - b);
      if (lines.length > 1 && lines[lines.length - 1] - lines[0] > 3) {
        out.broken.push(m[0] + " in " + where(node));
      }
    }
  }
  rects.sort((a, b) => a.t - b.t);
  for (let i = 0; i < rects.length; i++) {
    const a = rects[i];
    for (let j = i + 1; j < rects.length && rects[j].t < a.b; j++) {
      const b = rects[j];
      if (a.id === b.id) continue;
      const w = Math.min(a.r, b.r) - Math.max(a.l, b.l);
      const h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
      if (w > 2 && h > 3) {
        out.overlaps.push(JSON.stringify(a.node.textContent.trim().slice(0, 30)) + " / " +
                          JSON.stringify(b.node.textContent.trim().slice(0, 30)) + " at " + where(a.node));
      }
    }
  }
  // The timeline: every label inside the drawing, no outlet label on a mark, text legible.
  for (const svg of document.querySelectorAll("svg.timeline")) {
    if (!visible(svg)) continue;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    out.svgScale.push(scale);
    const shapes = [...svg.querySelectorAll("polygon, circle, rect")]
      .filter((s) => s.closest("a, g[data-verdict]")).map((s) => s.getBoundingClientRect());
    for (const text of svg.querySelectorAll("text")) {
      if (!visible(text)) continue;
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 ||
          r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        out.clipped.push(text.textContent + " " + JSON.stringify([r.left - box.left, r.right - box.right]));
      }
      const size = parseFloat(text.getAttribute("font-size") || svg.getAttribute("font-size")) * scale;
      if (size < 8.5) {
        out.small.push("timeline text " + JSON.stringify(text.textContent) + " " + size.toFixed(1) + "px");
      }
      if (text.classList.contains("row-label")) {
        for (const s of shapes) {
          if (Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 &&
              Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1) {
            out.labelsOnMarks.push(text.textContent);
          }
        }
      }
    }
  }
  // A card's excerpts: side by side on a wide screen, stacked on a narrow one.
  for (const table of document.querySelectorAll("article.card table.excerpts")) {
    const cells = [...table.querySelectorAll("td")].map((td) => td.getBoundingClientRect());
    const width = table.getBoundingClientRect().width;
    for (let i = 1; i < cells.length; i++) {
      if (cells[i].top < cells[i - 1].bottom - 1 || cells[i].width < 0.85 * width) {
        out.notStacked.push(table.closest("article").id);
        break;
      }
    }
  }
  for (const wrap of document.querySelectorAll(".scroll")) {
    if (!visible(wrap)) continue;
    const r = wrap.getBoundingClientRect();
    out.tables.push({cls: wrap.firstElementChild.className, right: r.right, scrollWidth: wrap.scrollWidth,
                     clientWidth: wrap.clientWidth, overflowX: getComputedStyle(wrap).overflowX});
  }
  for (const td of document.querySelectorAll("table.counts td")) {
    const r = td.getBoundingClientRect();
    out.counts.push({l: r.left, r: r.right, t: r.top, b: r.bottom});
  }
  return JSON.stringify(out);
})()
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM) as b:
        yield b


def _wide_report() -> Report:
    """Seven outlets (a matrix wider than a phone) and long outlet names on the timeline."""
    report = synthetic_report(findings=24, outlets=7, stories=1, seed=3)
    long_names = {
        d.id: dataclasses.replace(d, outlet=f"{d.outlet} International Broadcasting Corporation")
        for d in report.documents[:2]
    }
    return dataclasses.replace(report, documents=tuple(long_names.get(d.id, d) for d in report.documents))


REPORTS = {"geneva": geneva_report, "wide": _wide_report, "hostile": hostile_report}


def _page(tmp_path: Path, name: str, report: Report) -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(render_html(report), encoding="utf-8")
    return path


def _measure(browser: Browser, page: Path, size: tuple[int, int], suffix: str = "") -> dict[str, Any]:
    browser.screen(*size, mobile=size[0] < 600)
    browser.load(page, suffix)
    result: dict[str, Any] = json.loads(browser.evaluate(PROBE))
    return result


@pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_layout_holds_on_a_phone_and_a_laptop(
    browser: Browser, tmp_path: Path, name: str, size: tuple[int, int]
) -> None:
    m = _measure(browser, _page(tmp_path, name, REPORTS[name]()), size)
    assert m["width"] == size[0]
    assert m["scrollWidth"] <= size[0], "the page scrolls sideways"
    assert m["overlaps"] == []
    assert m["broken"] == [], "words broken in the middle"
    assert m["clipped"] == [], "timeline labels outside the drawing"
    assert m["labelsOnMarks"] == []
    assert m["small"] == [], "text too small to read"
    for table in m["tables"]:
        assert table["right"] <= size[0] + 0.5
        if table["scrollWidth"] > table["clientWidth"]:
            assert table["overflowX"] in {"auto", "scroll"}, table
    # Verdict boxes: all on screen, none on another.
    boxes = m["counts"]
    assert len(boxes) >= 4
    for i, a in enumerate(boxes):
        assert a["l"] >= 0 and a["r"] <= size[0]
        assert a["r"] - a["l"] >= 120
        for b in boxes[i + 1 :]:
            assert min(a["r"], b["r"]) <= max(a["l"], b["l"]) or min(a["b"], b["b"]) <= max(a["t"], b["t"])
    if size == PHONE:
        assert m["notStacked"] == [], "excerpts side by side on a phone"
        assert all(0.9 <= s <= 1.1 for s in m["svgScale"]), m["svgScale"]
    else:
        assert all(s >= 0.99 for s in m["svgScale"]), m["svgScale"]


def test_wide_matrix_scrolls_inside_its_box_on_a_phone(browser: Browser, tmp_path: Path) -> None:
    page = _page(tmp_path, "wide", _wide_report())
    phone = _measure(browser, page, PHONE)
    matrices = [t for t in phone["tables"] if "matrix" in t["cls"]]
    assert matrices and all(t["scrollWidth"] > t["clientWidth"] for t in matrices)
    laptop = _measure(browser, page, LAPTOP)
    assert all(t["scrollWidth"] <= t["clientWidth"] + 1 for t in laptop["tables"] if "matrix" in t["cls"])


def test_excerpts_stand_side_by_side_on_a_laptop(browser: Browser, tmp_path: Path) -> None:
    browser.screen(*LAPTOP, mobile=False)
    browser.load(_page(tmp_path, "geneva", geneva_report()))
    tops = browser.evaluate(
        "[...document.querySelectorAll('#finding-f-next table.excerpts td')]"
        ".map((td) => Math.round(td.getBoundingClientRect().top))"
    )
    assert len(tops) == 2 and tops[0] == tops[1]


STATE = r"""
JSON.stringify({
  search: location.search,
  hash: location.hash,
  unticked: [...document.querySelectorAll("#filters input")].filter((b) => !b.checked).map((b) => b.value),
  cards: [...document.querySelectorAll("article.card")]
         .filter((c) => c.getClientRects().length).map((c) => c.id),
  counts: Object.fromEntries([...document.querySelectorAll("[data-scope=all][data-count]")]
                             .map((c) => [c.getAttribute("data-count"), c.textContent])),
  marks: [...document.querySelectorAll("svg.timeline [data-verdict]")]
         .filter((m) => m.getClientRects().length).map((m) => m.getAttribute("data-verdict")),
  matrixRows: [...document.querySelectorAll("table.matrix tbody tr")]
              .filter((r) => r.getClientRects().length).length,
  singles: [...document.querySelectorAll("table.singles tbody tr")]
           .filter((r) => r.getClientRects().length).length,
  nomatchAll: document.getElementById("nomatch-all").getClientRects().length > 0,
  nomatchStory: [...document.querySelectorAll("[data-nomatch]")].some((p) => p.getClientRects().length > 0),
  state: document.getElementById("filter-state").textContent,
})
"""


def _state(browser: Browser) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(browser.evaluate(STATE))
    return result


def test_filter_recounts_hides_timeline_marks_and_keeps_its_state_in_the_address(
    browser: Browser, tmp_path: Path
) -> None:
    page = _page(tmp_path, "geneva", geneva_report())
    browser.screen(*PHONE, mobile=True)
    browser.load(page)
    everything = _state(browser)
    assert everything["counts"] == {
        "conflict": "2", "updated": "0", "compatible": "1", "agree": "2", "single-source": "2"
    }
    assert len(everything["cards"]) == 5 and everything["unticked"] == []
    assert "agree" in everything["marks"] and "conflict" in everything["marks"]

    # Untick "date", as a reader would: cards, matrix rows, counts and the timeline follow.
    browser.evaluate("document.querySelector('#filters input[value=date]').click()")
    dated = _state(browser)
    assert dated["search"] == "?hide-kind=date"
    assert dated["counts"] == {
        "conflict": "1", "updated": "0", "compatible": "1", "agree": "1", "single-source": "1"
    }
    assert sorted(dated["cards"]) == ["finding-f-disp", "finding-f-dur", "finding-f-fund"]
    assert dated["marks"] == [], "the timeline only holds dates"
    assert dated["matrixRows"] == 3 and dated["singles"] == 1
    assert dated["state"] == "4 findings shown"

    # The address brings the same view back (a bookmark, a link sent to a colleague).
    browser.load(page, dated["search"])
    assert _state(browser) == dated

    browser.evaluate("document.getElementById('filter-reset').click()")
    assert _state(browser)["search"] == "" and _state(browser)["counts"] == everything["counts"]


def test_filter_says_nothing_matches(browser: Browser, tmp_path: Path) -> None:
    browser.screen(*LAPTOP, mobile=False)
    everything = "?hide-verdict=conflict,compatible,agree,single-source"
    browser.load(_page(tmp_path, "geneva", geneva_report()), everything)
    state = _state(browser)
    assert state["cards"] == [] and state["matrixRows"] == 0 and state["marks"] == []
    assert state["nomatchAll"] and state["nomatchStory"]
    assert set(state["unticked"]) == {"conflict", "compatible", "agree", "single-source"}
    browser.load(_page(tmp_path, "geneva", geneva_report()), "?hide-verdict=agree")
    shown = _state(browser)
    assert not shown["nomatchAll"] and not shown["nomatchStory"]
    assert "agree" not in shown["marks"] and shown["counts"]["agree"] == "0"


def test_next_conflict_key_and_links(browser: Browser, tmp_path: Path) -> None:
    browser.screen(*PHONE, mobile=True)
    browser.load(_page(tmp_path, "geneva", geneva_report()))
    browser.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'n'}))")
    first = _state(browser)["hash"]
    assert first == "#finding-f-next"
    # The card's own "next conflict" link leads on.
    browser.evaluate("document.querySelector('#finding-f-next a[rel=next]').click()")
    assert _state(browser)["hash"] == "#finding-f-dur"
    top = browser.evaluate("document.getElementById('finding-f-dur').getBoundingClientRect().top")
    assert 0 <= top < PHONE[1] / 2, "the linked card is scrolled into view"


def test_from_excerpt_to_full_text_and_back(browser: Browser, tmp_path: Path) -> None:
    browser.screen(*PHONE, mobile=True)
    browser.load(_page(tmp_path, "geneva", geneva_report()))
    browser.evaluate("document.querySelector('#finding-f-dur a.to-text').click()")
    target = browser.evaluate(
        "(() => { const t = document.querySelector(location.hash);"
        " return [t.textContent, t.getAttribute('href'), t.getBoundingClientRect().top]; })()"
    )
    assert target[0] == "about seven hours" and target[1] == "#finding-f-dur"
    assert 0 <= target[2] < PHONE[1]


def test_screenshots(browser: Browser, tmp_path: Path) -> None:
    """Screenshots at both widths are taken (``benchmarks/screenshots.py`` keeps them in docs/)."""
    page = _page(tmp_path, "geneva", geneva_report())
    for width, height in (PHONE, LAPTOP):
        browser.screen(width, height, mobile=width < 600)
        browser.load(page)
        shot = tmp_path / f"shot-{width}.png"
        browser.screenshot(shot, height=1200)
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == width
