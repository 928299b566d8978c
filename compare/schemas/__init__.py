"""JSON Schema files for what divergence writes: the report and the baseline.

Read them with :func:`compare.schemas.load` or straight from the installed
package (``importlib.resources.files("compare.schemas")``).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

REPORT = "report.schema.json"
BASELINE = "baseline.schema.json"


def load(name: str) -> dict[str, Any]:
    """The parsed schema file ``name`` (one of ``REPORT``, ``BASELINE``)."""
    data: dict[str, Any] = json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
    return data
