"""The options of a run, in one frozen value (as black's ``Mode``).

``divergence facts``, ``report`` and ``check`` read the same articles the
same way; what they may be told about reading and extracting is gathered
here instead of being repeated as keyword arguments through ``cli``,
``engine.run``/``extract``, ``pipeline.run``/``extract`` and the incremental
check.  *Where* the stages run (this process, a pool, a Dask cluster) is the
other half, ``engine.Engine``; neither changes a byte of output for a given
set of inputs, except through the fields below.

:meth:`Options.story_key` is the part that changes what a story's analysis
produces, and so belongs in any cache key of analysed stories (the
incremental check uses it).  The other fields do not belong there:
``max_bytes`` and ``selection`` decide which files are read, which the
per-file state already records, ``strict`` only decides whether a bad file
ends the run, and ``cache_dir`` is where the cache lives.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from compare.selection import Selection

__all__ = ["DEFAULTS", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_FACTS", "Options"]

# Figures compared per document (``--max-facts``, ``max-facts``).  The densest news article
# of the ECB+ corpus states 79; an "article" with tens of thousands is a table
# or a generated file, and comparing every one of its figures would cost
# minutes and bury the report in single-source findings.  Beyond the limit the
# first ones are kept and the document carries a warning saying so.
DEFAULT_MAX_FACTS = 2_000
# Larger files are skipped (``--max-bytes``, ``max-bytes``).
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Options:
    """How to read and extract the articles of a run."""

    strict: bool = False  # a bad file ends the run (exit 2) instead of being skipped
    max_bytes: int = DEFAULT_MAX_BYTES  # larger files are skipped
    max_facts: int | None = DEFAULT_MAX_FACTS  # a document keeps its first N facts (None: all)
    selection: Selection | None = None  # include/exclude globs for walked directories
    # Per-file fact cache and per-story findings cache (None: no cache): a local
    # directory, or an fsspec URL (a str, "s3://bucket/cache") every worker can reach.
    cache_dir: Path | str | None = None

    def keywords(self) -> dict[str, Any]:
        """The fields as keyword arguments (``pipeline.run(paths, **options.keywords())``)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def story_key(self) -> str:
        """The options that change an analysed story, as a stable string for cache keys."""
        return f"{self.max_facts}"


DEFAULTS = Options()
"""The options of a run nobody configured."""

UNCAPPED = Options(max_facts=None)
"""Every fact of every document, no cache: what a library caller of
``pipeline.extract_documents`` gets unless it passes options."""
