"""``divergence check``: gate a repository of articles in CI against a baseline.

The command is three steps, each in its own layer:

1. **assess** the report (``compare.baseline.assess``): claims, pairs and
   fingerprints of every multi-source finding;
2. **compare with the baseline** (``compare.baseline.evaluate``): which
   divergences are new, accepted or stale, and the exit status; with
   ``--update-baseline`` the baseline is rewritten first;
3. **render** the outcome in each requested format (``compare.render``'s
   ``CHECK_FORMATS`` registry), files first and atomically, then standard
   output.

How fingerprints and matching work is explained in ``compare/baseline.py``.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from compare.atomic import write_atomic, write_atomic_many
from compare.baseline import (
    BASELINE_SCHEMA,
    Assessment,
    BaselineEntry,
    Outcome,
    assess,
    baseline_to_json,
    entry_from_assessment,
    evaluate,
    load_baseline,
    normalise,
    parse_baseline,
)
from compare.errors import InputError
from compare.model import FAIL_ON, Report
from compare.render import CHECK_FORMATS, render_check

__all__ = [
    "BASELINE_SCHEMA",
    "FAIL_ON",
    "FORMATS",
    "Assessment",
    "BaselineEntry",
    "Outcome",
    "assess",
    "check",
    "emit",
    "load_baseline",
    "normalise",
    "parse_baseline",
    "validate",
    "write_baseline",
]

FORMATS = tuple(CHECK_FORMATS)


def write_baseline(path: Path, entries: Iterable[BaselineEntry]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, baseline_to_json(entries))
    except OSError as exc:
        raise InputError(f"{path}: cannot write baseline ({exc.strerror or exc})") from None


# --- the command --------------------------------------------------------------


def check(
    report: Report,
    *,
    baseline: Path,
    update: bool,
    fail_on: str,
    fmt: str | None,
    out: TextIO,
    outputs: Sequence[tuple[str, Path]] = (),
) -> int:
    """Compare the report with the baseline, write ``fmt`` to ``out``, return the exit status.

    0: nothing new at or above ``fail_on``; 1: at least one new divergence.
    With ``update`` every current divergence is written to the baseline and the
    status is 0.  ``outputs`` are further ``(format, path)`` pairs, written
    together and atomically before anything goes to ``out`` (whatever the
    status: a pipeline uploads the SARIF of a failing run too); ``fmt`` None
    writes nothing to ``out``.
    """
    validate(fail_on=fail_on, fmt=fmt, outputs=outputs)
    assessments = assess(report)
    if update:
        try:
            previous = load_baseline(baseline)
        except InputError:
            previous = ()  # rewriting a damaged baseline is how it gets repaired
        before = evaluate(assessments, previous, fail_on=fail_on, baseline=baseline)
        entries = [entry_from_assessment(a) for a in assessments if a.divergent]
        write_baseline(baseline, entries)
        outcome = replace(
            evaluate(assessments, entries, fail_on=fail_on, baseline=baseline),
            updated=True,
            accepted_now=len(before.new),
            stale_removed=len(before.stale),
        )
    else:
        outcome = evaluate(assessments, load_baseline(baseline), fail_on=fail_on, baseline=baseline)
    return emit(report, outcome, fmt=fmt, out=out, outputs=outputs)


def validate(*, fail_on: str, fmt: str | None, outputs: Sequence[tuple[str, Path]]) -> None:
    """Refuse an unknown level or format before any work is done."""
    if fail_on not in FAIL_ON:
        raise InputError(f"--fail-on: unknown level {fail_on}; choose from {', '.join(FAIL_ON)}")
    for name in [fmt] if fmt is not None else []:
        if name not in FORMATS:
            raise InputError(f"--format: unknown format {name}; choose from {', '.join(FORMATS)}")
    for name, _ in outputs:
        if name not in FORMATS:
            raise InputError(f"--output: unknown format {name}; choose from {', '.join(FORMATS)}")


def _utf8_buffer(out: TextIO, chunk: bytes) -> bool:
    """Write UTF-8 ``chunk`` to the bytes under ``out`` when ``out`` encodes as UTF-8 (the bytes it
    would write); False when it cannot (another encoding, no buffer): ``chunk`` is text for it."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return False
    out.flush()
    buffer.write(chunk)
    return True


def emit(
    report: Report,
    outcome: Outcome,
    *,
    fmt: str | None,
    out: TextIO,
    outputs: Sequence[tuple[str, Path]] = (),
    rendered: Mapping[str, str | Iterable[str | bytes]] | None = None,
) -> int:
    """Write ``outputs`` (atomically, together), then ``fmt`` to ``out``; return the exit status.
    ``rendered``: formats whose text was made already (the incremental check's JSON, in chunks
    of text or of UTF-8 bytes that can be iterated once per output)."""
    made = dict(rendered or {})

    def render(name: str) -> str | Iterable[str | bytes]:
        return made[name] if name in made else render_check(name, report, outcome)

    if outputs:
        files = [(path, render(name)) for name, path in outputs]
        for path, _ in files:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"{path}: cannot create its directory ({exc.strerror or exc})") from None
        try:
            write_atomic_many(files)
        except OSError as exc:
            where = exc.filename if isinstance(exc.filename, str) else ", ".join(str(p) for p, _ in files)
            raise InputError(f"{where}: cannot write output ({exc.strerror or exc})") from None
    if fmt is None:
        return outcome.exit_status
    rendered_text = render(fmt)
    for chunk in (rendered_text,) if isinstance(rendered_text, str) else rendered_text:
        write_chunk(out, chunk)
    return outcome.exit_status


def write_chunk(out: TextIO, chunk: str | bytes) -> None:
    """A chunk of output (text, or UTF-8 bytes written as they are when ``out`` is UTF-8)."""
    if isinstance(chunk, bytes):
        if _utf8_buffer(out, chunk):
            return
        # Bytes a recalled part held that are not UTF-8 (a forged part: see PartRecords).
        chunk = chunk.decode("utf-8", "replace")
    try:
        out.write(chunk)
    except UnicodeEncodeError:
        # A console that cannot show every character gets "?" for those rather
        # than a traceback; JSON, XML and SARIF stay well-formed.
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(chunk.encode(encoding, "replace").decode(encoding))
