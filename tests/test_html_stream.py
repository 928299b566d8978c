"""The HTML report written in chunks as it is rendered (``render.html.html_chunks``).

The page is never one string: ``report`` hands the writer Jinja's output gathered into
chunks, and each article's full-text view is made when the page reaches it.  The bytes are
those of one whole render, and a render that fails half-way leaves the previous report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from report_fixtures import geneva_report, synthetic_report

from compare import pipeline
from compare.render import REPORT_FORMATS
from compare.render import html as html_module
from compare.render.html import html_chunks, render_html


@pytest.mark.parametrize("for_print", [False, True])
def test_the_chunks_are_the_page_one_whole_render_gives(
    for_print: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = synthetic_report(findings=60)
    template, context = html_module._page(report, for_print=for_print)
    whole = template.render(**context)
    monkeypatch.setattr(html_module, "_CHUNK_CHARS", 4096)
    chunks = list(html_chunks(report, for_print=for_print))
    assert len(chunks) > 3
    assert "".join(chunks) == whole


def test_report_writes_the_html_from_chunks_with_the_pages_bytes(tmp_path: Path) -> None:
    report = geneva_report()
    payload = REPORT_FORMATS["html"].render(report)
    assert not isinstance(payload, (str, bytes))  # chunks, made as they are written
    pipeline.write_reports(report, tmp_path, ["html"])
    assert (tmp_path / "divergence.html").read_bytes() == render_html(report).encode("utf-8")


def test_each_articles_view_is_made_when_the_page_reaches_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The full texts come last; were their views made up front, all of them would exist
    before the first chunk is written."""
    report = synthetic_report(findings=60)
    made: list[str] = []
    real = html_module._Builder.article

    def article(self: Any, doc: Any, facts: Any) -> Any:
        made.append(doc.id)
        return real(self, doc, facts)

    monkeypatch.setattr(html_module._Builder, "article", article)
    monkeypatch.setattr(html_module, "_CHUNK_CHARS", 1)
    written = ""
    for chunk in html_chunks(report):
        written += chunk
        # A view is made only once every earlier article's text has been written.
        assert written.count('<article class="fulltext"') >= len(made) - 1
    assert len(made) == len(report.documents) > 2


def test_a_render_failing_half_way_leaves_the_previous_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = synthetic_report(findings=60)
    pipeline.write_reports(report, tmp_path, ["json", "html"])
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = html_module._Builder.article
    calls = [0]

    def article(self: Any, doc: Any, facts: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError("disk gone")
        return real(self, doc, facts)

    monkeypatch.setattr(html_module._Builder, "article", article)
    monkeypatch.setattr(html_module, "_CHUNK_CHARS", 1)
    with pytest.raises(Exception, match="disk gone"):
        pipeline.write_reports(report, tmp_path, ["json", "html"])
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temporary file left
