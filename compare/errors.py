"""Errors that end a run with exit status 2 and a one-line message."""

from __future__ import annotations


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
