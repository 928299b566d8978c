"""Progress on stderr for long runs: only on a terminal, never in CI logs."""

from __future__ import annotations

import sys
import time
from typing import TextIO


def one_line(message: str) -> str:
    """A message that stays on one line whatever a file name holds ("a\\nb" for a newline)."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii") for ch in message
    )


class Progress:
    """A one-line status that rewrites itself; silent unless stderr is a TTY.

    Nothing is shown during the first ``delay`` seconds, so quick runs stay
    quiet, and nothing at all when stderr is redirected (CI logs stay clean).
    """

    def __init__(self, *, enabled: bool = True, stream: TextIO | None = None, delay: float = 1.5) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.quiet = not enabled
        self.delay = delay
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def update(self, message: str, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < self.delay or (not force and now - self._last < 0.1):
            return
        self._last = now
        self._shown = True
        self.stream.write("\r\x1b[K" + message[:200])
        self.stream.flush()

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    def warn(self, message: str) -> None:
        """A warning line (skipped file...), shown unless --quiet."""
        if self.quiet:
            return
        self.clear()
        self.stream.write(f"divergence: warning: {one_line(message)}\n")
        self.stream.flush()
