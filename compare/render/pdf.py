"""The PDF report: WeasyPrint lays out the print variant of the HTML page.

WeasyPrint needs Pango from the system.  When it cannot be loaded the run
ends with a one-line error saying what to install, instead of a traceback
from deep inside cffi.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from compare.errors import InputError

MISSING_PANGO = (
    "PDF output needs WeasyPrint and the Pango libraries: "
    "apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 (and pip install weasyprint), "
    "or leave pdf out with --format json,html"
)


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:
        # OSError: cffi could not dlopen libpango / libgobject.
        detail = str(exc).splitlines()[0] if str(exc) else repr(exc)
        raise InputError(f"{MISSING_PANGO} ({detail})") from None
    return weasyprint


@contextmanager
def _fixed_font_timestamps() -> Iterator[None]:
    """Keep the clock out of the PDF.

    fontTools, which subsets the embedded fonts, stamps each subset's ``head``
    table with the current time unless ``SOURCE_DATE_EPOCH`` is set (the
    reproducible-builds convention), so two runs a second apart would differ.
    A valid value the user set is kept; otherwise (unset, empty, or not a
    timestamp, which fontTools would fail on) the epoch is used while
    rendering, and the user's value is put back afterwards.
    """
    from compare.render.html import source_date_epoch

    user = os.environ.get("SOURCE_DATE_EPOCH")
    if user is not None and source_date_epoch() is not None:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        if user is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = user


def pdf_available() -> bool:
    """Whether :func:`render_pdf` can work on this machine."""
    try:
        _weasyprint()
    except InputError:
        return False
    return True


def render_pdf(html: str) -> bytes:
    """The PDF of ``html`` (the ``render_html(..., for_print=True)`` page).

    The page references nothing outside itself, so no base URL is given and
    WeasyPrint fetches nothing: article URLs stay links, never downloads.
    """
    weasyprint = _weasyprint()
    fetcher_class = getattr(weasyprint.urls, "URLFetcher", None)
    fetcher: Any
    if fetcher_class is not None:  # WeasyPrint ≥ 68: a fetcher object with a protocol allow-list
        fetcher = fetcher_class(allowed_protocols=())
    else:

        def fetcher(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
            raise ValueError(f"report refers to an outside resource: {url[:80]}")

    # WeasyPrint logs every CSS property it ignores; the user needs none of that.
    logger = logging.getLogger("weasyprint")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        with _fixed_font_timestamps():
            result = weasyprint.HTML(string=html, url_fetcher=fetcher).write_pdf()
    finally:
        logger.setLevel(level)
    if not isinstance(result, bytes):  # write_pdf returns bytes when given no target
        raise InputError("WeasyPrint returned no PDF data")
    return result
