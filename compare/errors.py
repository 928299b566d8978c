"""Errors that end a run with exit status 2 and a one-line message; reading the TOML files users write."""

from __future__ import annotations

import tomllib
from typing import Any


class InputError(Exception):
    """A whole-run problem with the input (missing path, malformed manifest...).

    The message is shown to the user as is, on one line, so it must name the
    file and the problem.
    """


class FileProblem(Exception):
    """A problem with one file: it is skipped with a warning (fatal with --strict)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def read_toml(raw: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The text and data of a TOML file a user wrote (``sources.toml``, ``pyproject.toml``...).

    One reader for all of them, so each says the same thing of the same fault:
    ``InputError`` naming ``shown`` for bytes that are not UTF-8 (a BOM is
    allowed), for invalid TOML (tomllib's message already ends with "(at line
    N, column M)") and for nesting too deep to parse.  The text is returned
    too, for callers that point at a line.
    """
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InputError(f"{shown}: not valid UTF-8 (TOML must be UTF-8)") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{shown}: invalid TOML: {exc}") from None
    except RecursionError:
        raise InputError(f"{shown}: invalid TOML: nested too deeply") from None
