"""The PDF report: pages, extractable excerpts, escaping, determinism, missing Pango."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from report_fixtures import HOSTILE_OUTLET, geneva_report, hostile_report

from compare.errors import InputError
from compare.render.html import render_html
from compare.render.pdf import pdf_available, render_pdf

needs_pdf = pytest.mark.skipif(not pdf_available(), reason="WeasyPrint/Pango cannot be loaded")
needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")), reason="poppler-utils missing"
)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True)
    return " ".join(out.stdout.split())


def pdf_info(pdf: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return {k.strip(): v.strip() for k, _, v in
            (line.partition(":") for line in out.stdout.splitlines())}


@pytest.fixture(scope="module")
def geneva_pdf() -> bytes:
    if not pdf_available():
        pytest.skip("WeasyPrint/Pango cannot be loaded")
    return render_pdf(render_html(geneva_report(), for_print=True))


@needs_pdf
@needs_poppler
def test_pdf_is_a4_with_pages_and_numbers(geneva_pdf: bytes, tmp_path: Path) -> None:
    assert geneva_pdf.startswith(b"%PDF-")
    info = pdf_info(geneva_pdf, tmp_path)
    pages = int(info["Pages"])
    assert pages >= 2
    assert info["Page size"].startswith("595.2") and "841.8" in info["Page size"]  # A4, points
    text = pdf_text(geneva_pdf, tmp_path)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


@needs_pdf
@needs_poppler
def test_pdf_text_holds_the_excerpts_and_verdicts_in_words(
    geneva_pdf: bytes, tmp_path: Path
) -> None:
    text = pdf_text(geneva_pdf, tmp_path)
    report = geneva_report()
    docs = {d.id: d for d in report.documents}
    compared = {i for f in report.findings if f.verdict.value != "single-source" for i in f.facts}
    for fact in report.facts:
        if fact.id in compared and fact.doc in {"wire", "coastal"}:
            sentence = docs[fact.doc].text[fact.sentence.start : fact.sentence.end]
            # Line breaks and hyphenation aside, each excerpt is in the PDF's text.
            assert " ".join(sentence.split()[:6]) in text, sentence
    for word in ("CONFLICT", "COMPATIBLE", "AGREE", "Single source", "Timeline", "Sources"):
        assert word in text
    assert "Geneva ceasefire talks" in text  # running header and title


@needs_pdf
@needs_poppler
def test_pdf_shows_hostile_text_as_text(tmp_path: Path) -> None:
    text = pdf_text(render_pdf(render_html(hostile_report(), for_print=True)), tmp_path)
    assert HOSTILE_OUTLET in text
    assert "javascript:alert(document.cookie)" in text


@needs_pdf
def test_pdf_is_byte_identical(geneva_pdf: bytes) -> None:
    assert render_pdf(render_html(geneva_report(), for_print=True)) == geneva_pdf


@needs_pdf
def test_pdf_never_fetches_outside_resources(tmp_path: Path) -> None:
    from PIL import Image

    picture = tmp_path / "tracker.png"
    Image.new("RGB", (8, 8), "red").save(picture)
    html = render_html(geneva_report(), for_print=True).replace(
        "</body>", f'<img src="{picture.as_uri()}"></body>'
    )
    import weasyprint

    # Control: left to its defaults, WeasyPrint would read the file and embed it.
    assert b"/Subtype /Image" in weasyprint.HTML(string=html).write_pdf()
    assert b"/Subtype /Image" not in render_pdf(html)


def test_missing_weasyprint_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import now raises ImportError
    with pytest.raises(InputError) as err:
        render_pdf("<p>x</p>")
    message = str(err.value)
    assert "\n" not in message
    assert "apt-get install libpango-1.0-0 libpangoft2-1.0-0" in message
    assert "--format json,html" in message
    assert not pdf_available()
