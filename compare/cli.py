"""Command line: argument parsing only; every subcommand calls the pipeline stages.

Exit statuses, as ruff and black use them: 0 success, 1 the check found
something new (``check`` only), 2 usage or input errors.  Errors are one line
on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from compare import __version__
from compare.errors import InputError

if TYPE_CHECKING:
    from compare.engine import Engine
    from compare.selection import Selection

DEFAULT_CORPUS = "seeds"
DEFAULT_OUT = "reports"
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_CACHE = ".divergence-cache"
DEFAULT_BASELINE = "divergence-baseline.json"
REPORT_FORMATS = ("json", "html", "pdf")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors already; keep its message to one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"divergence: error: {message}\n")


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--strict", action="store_true", help="treat a bad file as fatal (exit 2) instead of skipping it"
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip files larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="work in N processes: stories in parallel (default: number of cores)",
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="where the stages run: this machine's processes (default) or a Dask cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Dask scheduler to use with --engine dask (default: $DIVERGENCE_SCHEDULER, "
        "else a local cluster of --jobs workers)",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or warnings on stderr")
    p.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="read only files matching GLOB when walking a directory (repeatable; default: *.txt *.text "
        "*.md *.markdown *.html *.htm); e.g. --include 'wire/**/*.txt'",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip files and directories matching GLOB when walking (repeatable); e.g. --exclude drafts",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="divergence",
        description="Line up the facts several articles share and say where they agree, "
        "differ in precision, or contradict each other.",
    )
    parser.add_argument(
        "--version",
        "-V",
        action="version",
        version=f"divergence {__version__}",
        help="print the version and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    facts = sub.add_parser("facts", help="print the facts found in each article")
    facts.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    facts.add_argument("--format", choices=("json", "table"), default="json")
    _add_input_options(facts)

    report = sub.add_parser("report", help="align facts across outlets and write the report")
    report.add_argument(
        "paths", nargs="*", metavar="PATH", help=f"article files or directories (default: {DEFAULT_CORPUS}/)"
    )
    report.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help="output directory")
    report.add_argument(
        "--format",
        default=",".join(REPORT_FORMATS),
        metavar="FMT[,FMT...]",
        help="any of json, html, pdf (default: all three)",
    )
    _add_input_options(report)

    check = sub.add_parser("check", help="fail when articles contradict each other (for CI)")
    check.add_argument(
        "paths", nargs="*", metavar="PATH", help=f"article files or directories (default: {DEFAULT_CORPUS}/)"
    )
    check.add_argument(
        "--baseline",
        default=DEFAULT_BASELINE,
        metavar="FILE",
        help=f"accepted findings (default: {DEFAULT_BASELINE})",
    )
    check.add_argument(
        "--update-baseline", action="store_true", help="accept every current finding and exit 0"
    )
    check.add_argument("--fail-on", choices=("conflict", "compatible"), default="conflict")
    check.add_argument("--format", choices=("text", "json", "junit", "sarif", "github"), default="text")
    check.add_argument(
        "--cache-dir",
        default=DEFAULT_CACHE,
        metavar="DIR",
        help=f"cache of extracted facts per file (default: {DEFAULT_CACHE}/)",
    )
    check.add_argument("--no-cache", action="store_true", help="do not read or write the fact cache")
    _add_input_options(check)
    return parser


def _report_formats(spec: str) -> tuple[str, ...]:
    formats = tuple(dict.fromkeys(f.strip().lower() for f in spec.split(",") if f.strip()))
    bad = [f for f in formats if f not in REPORT_FORMATS]
    if bad or not formats:
        raise InputError(
            f"--format: unknown format {', '.join(bad) or '(none)'}; choose from {', '.join(REPORT_FORMATS)}"
        )
    return formats


class _Terminated(BaseException):
    """SIGTERM, raised like Ctrl-C so temporary files are removed on the way out."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    from compare.progress import Progress, one_line

    progress = Progress(enabled=not args.quiet)
    previous_term = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        return _run(args, progress)
    except InputError as exc:
        progress.clear()
        print(f"divergence: error: {one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        progress.clear()
        print("divergence: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        progress.clear()
        print("divergence: terminated", file=sys.stderr)
        return 143
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback
        if os.environ.get("DIVERGENCE_DEBUG"):
            raise
        progress.clear()
        detail = one_line(f"{type(exc).__name__}: {exc}")
        print(f"divergence: internal error: {detail} (set DIVERGENCE_DEBUG=1 for details)", file=sys.stderr)
        return 2
    finally:
        signal.signal(signal.SIGTERM, previous_term)


def _run(args: argparse.Namespace, progress: object) -> int:
    if args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    if args.max_bytes < 1:
        raise InputError("--max-bytes must be positive")
    if args.scheduler and args.engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if args.command == "facts":
        return _facts(args, progress)
    if args.command == "report":
        return _report(args, progress)
    return _check(args, progress)


def _engine(args: argparse.Namespace) -> Engine:
    from compare.engine import Engine, scheduler_from_env

    scheduler = args.scheduler or (scheduler_from_env() if args.engine == "dask" else None)
    return Engine(kind=args.engine, jobs=args.jobs, scheduler=scheduler)


def _paths(args: argparse.Namespace) -> list[str]:
    return list(args.paths) if args.paths else [DEFAULT_CORPUS]


def _selection(args: argparse.Namespace) -> Selection:
    from compare.selection import Selection

    # A run never reads its own output: a report directory or cache inside the articles' tree.
    own = [Path(d) for d in (getattr(args, "out", None), getattr(args, "cache_dir", None)) if d]
    return Selection(include=tuple(args.include), exclude=tuple(args.exclude), skip_dirs=tuple(own))


def _facts(args: argparse.Namespace, progress: object) -> int:
    from compare import engine
    from compare.render.table import facts_table
    from compare.schema import dumps, facts_to_dict

    report = engine.extract(
        _paths(args),
        engine=_engine(args),
        strict=args.strict,
        max_bytes=args.max_bytes,
        progress=progress,
        selection=_selection(args),
    )
    if args.format == "json":
        sys.stdout.write(dumps(facts_to_dict(report)))
    else:
        sys.stdout.write(facts_table(report))
    return 0


def _report(args: argparse.Namespace, progress: object) -> int:
    from compare import engine, pipeline

    formats = _report_formats(args.format)
    report = engine.run(
        _paths(args),
        engine=_engine(args),
        strict=args.strict,
        max_bytes=args.max_bytes,
        progress=progress,
        selection=_selection(args),
    )
    written = pipeline.write_reports(report, Path(args.out), formats)
    if not args.quiet:
        summary = report.summary()
        counts = ", ".join(f"{n} {k}" for k, n in summary.items())
        print(
            f"divergence: {len(report.documents)} documents, {len(report.facts)} facts, "
            f"{len(report.findings)} findings ({counts})",
            file=sys.stderr,
        )
        for path in written:
            print(f"wrote {path}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace, progress: object) -> int:
    from compare import ci, engine

    cache_dir = None if args.no_cache else Path(args.cache_dir)
    report = engine.run(
        _paths(args),
        engine=_engine(args),
        strict=args.strict,
        max_bytes=args.max_bytes,
        progress=progress,
        cache_dir=cache_dir,
        selection=_selection(args),
    )
    return ci.check(
        report,
        baseline=Path(args.baseline),
        update=args.update_baseline,
        fail_on=args.fail_on,
        fmt=args.format,
        out=sys.stdout,
    )
