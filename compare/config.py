"""Configuration like ruff and black: ``[tool.divergence]`` in ``pyproject.toml``, or ``divergence.toml``.

Found by walking up from the working directory: the first directory holding a
``divergence.toml`` (top-level keys, or a ``[tool.divergence]`` table) or a
``pyproject.toml`` with a ``[tool.divergence]`` table wins (in one directory
``divergence.toml`` wins); ``--config FILE`` names one explicitly.  Keys use
the option names without dashes in front::

    [tool.divergence]
    paths = ["stories"]             # what to read when no PATH is given
    include = ["**/*.txt", "**/*.html"]
    exclude = ["drafts", "*.pdf"]
    out = "reports"                 # report: output directory
    formats = ["json", "html"]      # report: what to write
    baseline = "divergence-baseline.json"
    fail-on = "conflict"            # check: conflict | compatible
    check-format = "github"         # check: what goes to standard output
    cache-dir = ".divergence-cache"
    max-bytes = 5000000
    max-facts = 2000                # figures compared per file (beyond: first ones, warning)
    strict = false
    jobs = 2

Relative paths (``paths``, ``out``, ``baseline``, ``cache-dir``) are relative
to the file's directory, so the configuration means the same from any
subdirectory.  Options given on the command line override the file; an
unknown key or a wrong type is an input error naming the file and the key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compare import render
from compare.errors import InputError, read_toml
from compare.model import FAIL_ON

FILE_NAMES = ("divergence.toml", "pyproject.toml")
# The choices come from the registries, so a new format or level needs no edit here.
REPORT_FORMATS = tuple(render.REPORT_FORMATS)
CHECK_FORMATS = tuple(render.CHECK_FORMATS)



@dataclass(frozen=True)
class Config:
    """Validated settings from one file (``path``), with relative paths already resolved."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _strings(key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{key} must be a list of strings, like [\"stories\"]")
    return list(value)


def _string(key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be a non-empty string")
    return value


def _choice(options: tuple[str, ...]) -> Callable[[str, Any], str]:
    def check(key: str, value: Any) -> str:
        if value not in options:
            raise ValueError(f"{key} must be one of {', '.join(options)}, not {value!r}")
        return str(value)

    return check


def _formats(key: str, value: Any) -> list[str]:
    formats = _strings(key, value)
    bad = [f for f in formats if f not in REPORT_FORMATS]
    if bad or not formats:
        raise ValueError(f"{key} must list formats among {', '.join(REPORT_FORMATS)}")
    return formats


def _positive(key: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{key} must be a positive integer")
    return value


def _bool(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def _outputs(key: str, value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not value:
        raise ValueError(f'{key} must be a table of FORMAT = "PATH", like {{ sarif = "divergence.sarif" }}')
    for fmt, path in value.items():
        _choice(CHECK_FORMATS)(f"{key}.{fmt}", fmt)
        _string(f"{key}.{fmt}", path)
    return dict(value)


_KEYS: dict[str, Callable[[str, Any], Any]] = {
    "paths": _strings,
    "include": _strings,
    "exclude": _strings,
    "out": _string,
    "formats": _formats,
    "baseline": _string,
    "fail-on": _choice(FAIL_ON),
    "check-format": _choice(CHECK_FORMATS),
    "outputs": _outputs,
    "cache-dir": _string,
    "max-bytes": _positive,
    "max-facts": _positive,
    "strict": _bool,
    "jobs": _positive,
}
_RELATIVE = ("out", "baseline", "cache-dir")


def _table(path: Path) -> dict[str, Any] | None:
    """The settings table of ``path``, or None if a pyproject.toml has none."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    _, data = read_toml(raw, str(path))
    tool = data.get("tool", {})
    table = tool.get("divergence") if isinstance(tool, dict) else None
    if path.name == "pyproject.toml":
        if table is None:
            return None
    elif table is None:
        table = {k: v for k, v in data.items() if k != "tool"}
    if not isinstance(table, dict):
        raise InputError(f"{path}: [tool.divergence] must be a table")
    return table


def _relative(base: Path, value: str) -> str:
    """``value`` (relative to the config file's directory) as a path from the working directory;
    a URL (``s3://desk/stories``) as it is."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+://", value):
        return value
    target = base / value
    try:
        return os.path.relpath(target)
    except ValueError:  # another drive on Windows
        return str(target)


def load(path: Path) -> Config:
    """Validate the settings in ``path`` (an empty ``Config`` for a pyproject.toml without them)."""
    table = _table(path)
    if table is None:
        return Config(path=path)
    where = f"{path}: [tool.divergence]" if path.name == "pyproject.toml" else str(path)
    values: dict[str, Any] = {}
    for key, value in table.items():
        check = _KEYS.get(key)
        if check is None:
            known = ", ".join(sorted(_KEYS))
            raise InputError(f"{where}: unknown key {key!r} (known keys: {known})")
        try:
            values[key] = check(key, value)
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from None
    base = path.parent
    if "paths" in values:
        values["paths"] = [_relative(base, p) for p in values["paths"]]
    for key in _RELATIVE:
        if key in values:
            values[key] = _relative(base, values[key])
    if "outputs" in values:
        values["outputs"] = {fmt: _relative(base, p) for fmt, p in values["outputs"].items()}
    return Config(path=path, values=values)


def find(start: Path | None = None) -> Path | None:
    """The configuration file that applies in ``start`` (default: the working directory), if any."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in FILE_NAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _table(candidate) is not None):
                try:  # messages name it as the user would: ../pyproject.toml
                    return Path(os.path.relpath(candidate))
                except ValueError:  # another drive on Windows
                    return candidate
    return None


def discover(explicit: str | None = None) -> Config:
    """The configuration of this run: ``explicit`` (``--config``) or the one found from here."""
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise InputError(f"{explicit}: no such configuration file")
        config = load(path)
        if path.name == "pyproject.toml" and not config.values and _table(path) is None:
            raise InputError(f"{explicit}: no [tool.divergence] table")
        return config
    found = find()
    return load(found) if found else Config()
