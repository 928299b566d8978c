"""Output formats, registered once: what ``report`` writes and what ``check`` prints.

Each registry maps a format's name to how it is produced.  The command line
takes its choices from these names (``--format`` of ``report`` and of
``check``, ``--output FORMAT=PATH``), the configuration file validates against
them, and ``pipeline.write_reports`` / ``ci.check`` look the producer up here,
so adding an output format is one entry plus its renderer.

Importing this package is cheap: a producer imports its renderer (Jinja2,
WeasyPrint...) only when it runs, so ``divergence --help`` stays fast.

Layering: the renderers in this package read the core (``compare.model``,
``compare.display``, ``compare.baseline``...); nothing in the core imports
``compare.render`` (``tests/test_structure.py`` checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from compare.atomic import Payload
    from compare.baseline import Outcome
    from compare.model import Report

__all__ = ["CHECK_FORMATS", "REPORT_FORMATS", "CheckFormat", "ReportFormat", "render_check"]


@dataclass(frozen=True)
class ReportFormat:
    """A file ``divergence report`` writes into its output directory."""

    name: str
    filename: str
    render: Callable[[Report], Payload]


@dataclass(frozen=True)
class CheckFormat:
    """A format ``divergence check`` writes to standard output or to a file."""

    name: str
    render: Callable[[Report, Outcome], str]
    # What the name alone does not say, for ``check --help`` ("workflow annotations").
    note: str = ""


def _json(report: Report) -> Payload:
    from compare.schema import dump_chunks, report_to_dict

    # Lazy: each fact's dict is made as the text reaches it, never the whole tree at once.
    return dump_chunks(report_to_dict(report, lazy=True))


def _html(report: Report) -> Payload:
    from compare.render.html import html_chunks

    # In chunks made as they are written: the page is never one string.
    return html_chunks(report)


def _pdf(report: Report) -> Payload:
    # The PDF is the HTML report laid out for print: one template for both.
    from compare.render.html import render_html
    from compare.render.pdf import render_pdf

    return render_pdf(render_html(report, for_print=True))


REPORT_FORMATS: dict[str, ReportFormat] = {
    f.name: f
    for f in (
        ReportFormat("json", "divergence.json", _json),
        ReportFormat("html", "divergence.html", _html),
        ReportFormat("pdf", "divergence.pdf", _pdf),
    )
}
"""``divergence report --format``: in the order files are written."""


def _ci(name: str) -> Callable[[Report, Outcome], str]:
    def render(report: Report, outcome: Outcome) -> str:
        from compare.render import ci_formats

        renderer: Callable[[Report, Outcome], str] = getattr(ci_formats, f"render_{name}")
        return renderer(report, outcome)

    return render


CHECK_FORMATS: dict[str, CheckFormat] = {
    f.name: f
    for f in (
        CheckFormat("text", _ci("text")),
        CheckFormat("json", _ci("json")),
        CheckFormat("junit", _ci("junit")),
        CheckFormat("sarif", _ci("sarif")),
        CheckFormat("github", _ci("github"), "workflow annotations"),
        CheckFormat("gitlab", _ci("gitlab"), "Code Quality"),
    )
}
"""``divergence check --format`` / ``--output``: text first, the default."""


def render_check(fmt: str, report: Report, outcome: Outcome) -> str:
    """``check``'s output in format ``fmt`` (a name of :data:`CHECK_FORMATS`)."""
    return CHECK_FORMATS[fmt].render(report, outcome)
