"""Writing output files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

Payload = str | bytes | Iterable[str] | Iterable[bytes] | Iterable[str | bytes]


def _write_temp(target: Path, payload: Payload) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(payload, bytes):
                handle.write(payload)
            elif isinstance(payload, str):
                handle.write(payload.encode("utf-8"))
            else:
                # Chunks (a streamed JSON encoder): never the whole text in memory.
                for chunk in payload:
                    handle.write(chunk if isinstance(chunk, bytes) else chunk.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def write_atomic(path: str | os.PathLike[str], data: Payload) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    The rename is atomic on POSIX, so an interrupted run leaves the previous
    file intact.  Text is written as UTF-8 with newlines untranslated.
    """
    write_atomic_many([(path, data)])


def write_atomic_many(items: Sequence[tuple[str | os.PathLike[str], Payload]]) -> None:
    """Replace several files as one step: all new, or (if interrupted) all old.

    Every file is written to a temporary name first; only then are they
    renamed, with SIGINT and SIGTERM held back for the few microseconds the
    renames take, so Ctrl-C never leaves a new JSON beside an old HTML.
    """
    for path, _ in items:
        if Path(path).is_dir():
            # Found now, not halfway through the renames: then nothing is replaced.
            raise IsADirectoryError(21, "Is a directory", str(path))
    temps: list[tuple[str, Path]] = []
    try:
        for path, data in items:
            target = Path(path)
            temps.append((_write_temp(target, data), target))
        held = {signal.SIGINT, signal.SIGTERM}
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
        try:
            for tmp, target in temps:
                os.replace(tmp, target)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    except BaseException:
        for tmp, _ in temps:
            _remove(tmp)
        raise
