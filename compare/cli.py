"""Command line: argument parsing only; every subcommand calls the pipeline stages.

Exit statuses, as ruff and black use them: 0 success, 1 the check found
something new (``check`` only), 2 usage or input errors.  Errors are one line
on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compare import __version__, render
from compare.errors import InputError
from compare.model import FAIL_ON
from compare.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_FACTS

if TYPE_CHECKING:
    from compare.engine import Engine
    from compare.options import Options
    from compare.progress import Progress
    from compare.selection import Selection

DEFAULT_OUT = "reports"


def _whole_number(text: str, unit: str) -> int:
    """A whole number, also written as "1e6" (any float notation of a whole number)."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of {unit}: {text!r}") from None
    if not value.is_integer():  # also refuses inf and nan
        raise argparse.ArgumentTypeError(f"not a whole number of {unit}: {text!r}")
    return int(value)


def _byte_count(text: str) -> int:
    return _whole_number(text, "bytes")


def _fact_count(text: str) -> int:
    return _whole_number(text, "facts")


# More workers than any machine has cores: a typo, and a fork bomb if obeyed.
MAX_JOBS = 1024
DEFAULT_CACHE = ".divergence-cache"
DEFAULT_BASELINE = "divergence-baseline.json"
# The choices come from the registries, so a new format or level needs no edit here.
REPORT_FORMATS = tuple(render.REPORT_FORMATS)
CHECK_FORMATS = tuple(render.CHECK_FORMATS)


def _all(n: int) -> str:
    return {2: "both", 3: "all three", 4: "all four", 5: "all five"}.get(n, "all")


def _check_formats_listed() -> str:
    """ "text (default), json, ..., gitlab (Code Quality)", from the registry (the first is the default)."""
    shown = [f.name + (f" ({f.note})" if f.note else "") for f in render.CHECK_FORMATS.values()]
    shown[0] += " (default)"
    return f"{', '.join(shown[:-1])} or {shown[-1]}"


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors already; keep its message to one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"divergence: error: {message}\n")


def _add_reading_limits(p: argparse.ArgumentParser) -> None:
    """What a bad or oversized file does: fail the run (--strict), or be skipped or cut short.

    The defaults are None so that a configuration file's value stands unless
    the command line gives one (``compare.options``).
    """
    p.add_argument(
        "--strict",
        action="store_true",
        default=None,
        help="treat a bad file as fatal (exit 2) instead of skipping it with a warning",
    )
    p.add_argument(
        "--max-bytes",
        type=_byte_count,
        default=None,
        metavar="N",
        help=f"skip files larger than N bytes (default {DEFAULT_MAX_BYTES}); e.g. --max-bytes 1000000",
    )
    p.add_argument(
        "--max-facts",
        type=_fact_count,
        default=None,
        metavar="N",
        help=f"compare at most the first N figures of each file, with a warning naming a file that has "
        f"more (default {DEFAULT_MAX_FACTS}); e.g. --max-facts 20000",
    )


def _add_workers(p: argparse.ArgumentParser) -> None:
    """Where the work runs: how many processes, on this machine or on a Dask cluster."""
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help="work in N processes: stories in parallel (default: number of cores); e.g. -j 1",
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


def _add_file_selection(p: argparse.ArgumentParser) -> None:
    """Which files a directory walk reads: globs that replace the configured lists, not add to them."""
    p.add_argument(
        "--include",
        action="append",
        default=None,
        metavar="GLOB",
        help="read only files matching GLOB when walking a directory (repeatable; replaces the "
        "configured list; default: *.txt *.text *.md *.markdown *.html *.htm); "
        "e.g. --include 'wire/**/*.txt'",
    )
    p.add_argument(
        "--exclude",
        action="append",
        default=None,
        metavar="GLOB",
        help="skip files and directories matching GLOB when walking (repeatable; replaces the "
        "configured list); e.g. --exclude drafts --exclude '*.pdf'",
    )


def _add_input_options(p: argparse.ArgumentParser) -> None:
    """The options every command shares, in the order ``--help`` lists them."""
    _add_reading_limits(p)
    _add_workers(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or warnings on stderr")
    _add_file_selection(p)
    p.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="read settings from FILE (default: the nearest divergence.toml, or pyproject.toml with "
        "[tool.divergence], from the working directory upward); e.g. --config ci/divergence.toml",
    )


_PATHS_HELP = (
    "article files, directories (walked recursively), quoted globs ('stories/**/*.txt') or - for "
    "standard input (default: paths in the configuration)"
)
_EXIT_STATUSES = """exit statuses:
  0    success{check}
  2    usage or input error: a bad option, a missing path, no articles found, a malformed
       sources.toml, configuration or baseline; with --strict, any unreadable article
  130  interrupted (Ctrl-C); 143 terminated (SIGTERM)"""


def _epilog(examples: str, check: bool = False) -> str:
    one = "\n  1    a divergence at or above --fail-on that the baseline does not accept" if check else ""
    return f"examples:\n{examples}\n\n" + _EXIT_STATUSES.format(check=one)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="divergence",
        description="Line up the facts several articles share and say where they agree, "
        "differ in precision, or contradict each other.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_epilog(
            "  divergence report stories/            # JSON, HTML and PDF report in reports/\n"
            "  divergence check stories/ --output sarif=divergence.sarif   # the CI gate\n"
            "  divergence facts article.txt --format table",
            check=True,
        )
        + "\n\nSettings: [tool.divergence] in pyproject.toml or divergence.toml; see "
        "'divergence COMMAND --help'.",
    )
    parser.add_argument(
        "--version",
        "-V",
        action="version",
        version=f"divergence {__version__}",
        help="print the version and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _add_facts(sub)
    _add_report(sub)
    _add_check(sub)
    return parser


# argparse's own type for the object add_subparsers returns is private.
_Subparsers = Any


def _command(
    sub: _Subparsers, name: str, summary: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    """A subcommand's parser with its PATH arguments: every command reads articles the same way.

    The raw formatter keeps the examples and exit statuses of the epilog as written.
    """
    command: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=epilog,
    )
    command.add_argument("paths", nargs="*", metavar="PATH", help=_PATHS_HELP)
    return command


def _add_facts(sub: _Subparsers) -> None:
    facts = _command(
        sub,
        "facts",
        "print the facts found in each article",
        "Print the facts found in each article, with offsets and normalised values.",
        _epilog(
            "  divergence facts stories/ukraine/rfe.txt\n"
            "  curl -s https://example.com/story.html | divergence facts - --format table"
        ),
    )
    facts.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json (schema divergence/N, the default) or a text table; e.g. --format table",
    )
    _add_input_options(facts)


def _add_report(sub: _Subparsers) -> None:
    report = _command(
        sub,
        "report",
        "align facts across outlets and write the report",
        "Align the facts across outlets, judge them, and write DIR/divergence.{json,html,pdf}.",
        _epilog(
            "  divergence report                               # the configured paths → reports/\n"
            "  divergence report stories/ --out public/ --format json,html\n"
            "  divergence report 'stories/**/*.md' --exclude drafts"
        ),
    )
    report.add_argument(
        "--out",
        default=None,
        metavar="DIR",
        help=f"output directory (default: {DEFAULT_OUT}/); e.g. --out public/divergence",
    )
    report.add_argument(
        "--format",
        default=None,
        metavar="FMT[,FMT...]",
        help=f"any of {', '.join(REPORT_FORMATS)} (default: {_all(len(REPORT_FORMATS))}); "
        "e.g. --format json,html",
    )
    _add_input_options(report)


def _add_baseline_options(check: argparse.ArgumentParser) -> None:
    """What the gate fails on: findings the baseline does not accept, at or above --fail-on."""
    check.add_argument(
        "--baseline",
        default=None,
        metavar="FILE",
        help=f"accepted findings (default: {DEFAULT_BASELINE}; a missing file accepts nothing); "
        "e.g. --baseline ci/baseline.json",
    )
    check.add_argument(
        "--update-baseline",
        action="store_true",
        help="accept every current divergence: rewrite the baseline and exit 0",
    )
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="what fails the build: conflict (default) or also compatible (differences in precision); "
        "e.g. --fail-on compatible",
    )


def _add_check_outputs(check: argparse.ArgumentParser) -> None:
    """Where the findings go: one format to standard output (or --output-file), any others to files."""
    check.add_argument(
        "--format",
        choices=CHECK_FORMATS,
        default=None,
        help=f"what goes to standard output: {_check_formats_listed()}; e.g. --format github",
    )
    check.add_argument(
        "--output-file",
        default=None,
        metavar="PATH",
        help="write the --format output to PATH instead of standard output; e.g. --format sarif "
        "--output-file divergence.sarif",
    )
    check.add_argument(
        "--output",
        action="append",
        default=None,
        metavar="FORMAT=PATH",
        help="also write FORMAT to PATH, atomically, whatever the exit status (repeatable); e.g. "
        "--output junit=divergence-junit.xml --output gitlab=gl-code-quality-report.json",
    )


def _add_check(sub: _Subparsers) -> None:
    check = _command(
        sub,
        "check",
        "fail when articles contradict each other (for CI)",
        "The CI gate: exit 1 on a divergence the baseline does not accept. One run can write "
        "several formats: one to standard output (--format, or --output-file) and any others to files "
        "(--output FORMAT=PATH).",
        _epilog(
            "  divergence check stories/\n"
            "  divergence check stories/ --format github --output sarif=divergence.sarif "
            "--output junit=divergence-junit.xml\n"
            "  divergence check stories/ --format gitlab --output-file gl-code-quality-report.json\n"
            "  divergence check stories/ --update-baseline   # accept every current divergence",
            check=True,
        ),
    )
    _add_baseline_options(check)
    _add_check_outputs(check)
    # Only check keeps the fact cache (compare.cache): adding one article re-extracts one file.
    check.add_argument(
        "--cache-dir",
        default=None,
        metavar="DIR",
        help=f"cache of extracted facts per file (default: {DEFAULT_CACHE}/); e.g. --cache-dir /tmp/dv",
    )
    check.add_argument("--no-cache", action="store_true", help="do not read or write the fact cache")
    _add_input_options(check)


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


# Python's cyclic collector runs a young collection every 700 new objects and
# a full one, which walks every live object, every hundred or so.  A run keeps
# millions of small objects (facts, their cues, candidate pairs) alive to its
# end and builds no cycles worth collecting early, so the defaults spent 5.2 s
# of a 37 s report on 20,000 articles in 4,616 collections (18 full); these
# thresholds spent 0.9 s in 53, none full, at the same peak memory
# (docs/performance.md).
_GC_THRESHOLDS = (50_000, 20, 100)


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    previous = gc.get_threshold()
    gc.set_threshold(*_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


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
        with _fewer_collections():
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


def _apply_config(args: argparse.Namespace) -> None:
    """Fill what the command line left unset from the configuration file, then from the defaults."""
    from compare import config

    settings = config.discover(args.config)

    def pick(attr: str, key: str, default: object) -> None:
        if getattr(args, attr, None) is None:
            setattr(args, attr, settings.get(key, default))

    if not args.paths:
        args.paths = settings.get("paths")
    if not args.paths:
        if settings.path is not None:
            raise InputError(
                f"no PATH given and {settings.path} sets no paths: pass the articles "
                f'(divergence {args.command} stories/) or add paths = ["stories"] to it'
            )
        raise InputError(
            "no PATH given and no configuration found: pass the articles "
            f'(divergence {args.command} stories/), or add paths = ["stories"] under [tool.divergence] '
            "in pyproject.toml (or in a divergence.toml) in this directory or one above it"
        )
    pick("include", "include", [])
    pick("exclude", "exclude", [])
    pick("strict", "strict", False)
    pick("max_bytes", "max-bytes", DEFAULT_MAX_BYTES)
    pick("max_facts", "max-facts", DEFAULT_MAX_FACTS)
    pick("jobs", "jobs", os.cpu_count() or 1)
    if args.command == "report":
        pick("out", "out", DEFAULT_OUT)
        if args.format is None:
            args.format = ",".join(settings.get("formats", REPORT_FORMATS))
    if args.command == "check":
        pick("baseline", "baseline", DEFAULT_BASELINE)
        pick("fail_on", "fail-on", "conflict")
        pick("format", "check-format", "text")
        pick("cache_dir", "cache-dir", DEFAULT_CACHE)
        if args.output is None:
            args.output = [f"{fmt}={path}" for fmt, path in settings.get("outputs", {}).items()]


def _outputs(specs: Sequence[str]) -> list[tuple[str, Path]]:
    outputs: list[tuple[str, Path]] = []
    for spec in specs:
        fmt, sep, path = spec.partition("=")
        fmt = fmt.strip().lower()
        if not sep or not path:
            raise InputError(f"--output {spec}: expected FORMAT=PATH, e.g. --output sarif=divergence.sarif")
        if fmt not in CHECK_FORMATS:
            raise InputError(f"--output {spec}: unknown format {fmt}; choose from {', '.join(CHECK_FORMATS)}")
        outputs.append((fmt, Path(path)))
    return outputs


def _run(args: argparse.Namespace, progress: Progress) -> int:
    _apply_config(args)
    if args.jobs < 1:
        raise InputError("--jobs must be at least 1")
    if args.jobs > MAX_JOBS:
        raise InputError(f"--jobs must be at most {MAX_JOBS}")
    if args.max_bytes < 1:
        raise InputError("--max-bytes must be positive")
    if args.max_facts < 1:
        raise InputError("--max-facts must be positive")
    # Any limit beyond what a file can hold means "no limit"; reads take a
    # machine-sized integer.
    args.max_bytes = min(args.max_bytes, sys.maxsize - 1)
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
    return list(args.paths)


def _selection(args: argparse.Namespace) -> Selection:
    from compare.selection import Selection

    # A run never reads its own output: a report directory or cache inside the articles' tree.
    own = [
        Path(d)
        for d in (getattr(args, "out", None), getattr(args, "cache_dir", None))
        if d and "://" not in d
    ]
    return Selection(include=tuple(args.include), exclude=tuple(args.exclude), skip_dirs=tuple(own))


def _options(args: argparse.Namespace, cache_dir: Path | str | None = None) -> Options:
    """The one options object of a run, from the parsed (and configured) arguments."""
    from compare.options import Options

    return Options(
        strict=args.strict,
        max_bytes=args.max_bytes,
        max_facts=args.max_facts,
        selection=_selection(args),
        cache_dir=cache_dir,
    )


def _facts(args: argparse.Namespace, progress: object) -> int:
    from compare import engine
    from compare.render.table import facts_table
    from compare.schema import dumps, facts_to_dict

    paths = _paths(args)
    if args.format == "json" and engine.streams(paths, ("json",)):
        # Story by story, as ``report`` writes its JSON: no process holds every fact.
        from compare.ci import write_chunk

        engine.write_facts_json(
            paths,
            _options(args),
            lambda chunk: write_chunk(sys.stdout, chunk),
            engine=_engine(args),
            progress=progress,
        )
        return 0
    report = engine.extract(paths, _options(args), engine=_engine(args), progress=progress)
    if args.format == "json":
        sys.stdout.write(dumps(facts_to_dict(report)))
    else:
        sys.stdout.write(facts_table(report))
    return 0


def _report(args: argparse.Namespace, progress: object) -> int:
    from compare import engine, pipeline

    formats = _report_formats(args.format)
    paths = _paths(args)
    if engine.streams(paths, formats):
        # The JSON alone is written story by story: no process holds the whole report.
        done = engine.write_json(
            paths, _options(args), Path(args.out), engine=_engine(args), progress=progress
        )
        totals = done.totals
        counted = (totals.documents, totals.facts, totals.findings, totals.summary)
        written = [done.path]
    else:
        report = engine.run(paths, _options(args), engine=_engine(args), progress=progress)
        written = pipeline.write_reports(report, Path(args.out), formats)
        counted = (len(report.documents), len(report.facts), len(report.findings), report.summary())
    if not args.quiet:
        documents, facts, findings, summary = counted
        counts = ", ".join(f"{n} {k}" for k, n in summary.items())
        print(
            f"divergence: {documents} documents, {facts} facts, {findings} findings ({counts})",
            file=sys.stderr,
        )
        for path in written:
            print(f"wrote {path}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace, progress: Progress) -> int:
    from compare import ci, engine, incremental_check
    from compare.corpus.remote import is_url

    # A URL cache (s3://bucket/cache) is read and written by the workers through fsspec.
    cache_dir: Path | str | None = None
    if not args.no_cache:
        cache_dir = args.cache_dir if is_url(args.cache_dir) else Path(args.cache_dir)
    options = _options(args, cache_dir)
    outputs = _outputs(args.output)
    if args.output_file:
        outputs.insert(0, (args.format, Path(args.output_file)))
    targets = [os.path.normpath(os.path.abspath(p)) for _, p in outputs]
    if len(set(targets)) != len(targets):
        raise InputError("--output: two outputs name the same file")
    fmt = None if args.output_file else args.format
    formats = [*([fmt] if fmt else []), *(name for name, _ in outputs)]
    fast = set(formats) <= set(incremental_check.FAST_FORMATS)
    if cache_dir is not None and not args.update_baseline and fast:
        # Outputs the story records can show: unchanged stories are recalled, not re-read.
        ci.validate(fail_on=args.fail_on, fmt=fmt, outputs=outputs)
        done = incremental_check.check(
            _paths(args),
            options,
            engine=_engine(args),
            progress=progress,
            baseline=Path(args.baseline),
            fail_on=args.fail_on,
            every=not set(formats).isdisjoint(incremental_check.FORMATS_EVERY),
            agreeing=not set(formats).isdisjoint(incremental_check.FORMATS_AGREEING),
            parts=not set(formats).isdisjoint(incremental_check.FORMATS_PARTS),
            json_alone=set(formats) <= set(incremental_check.FORMATS_PARTS),
        )
        if done is not None:
            report, outcome, json_text = done
            made = {"json": json_text} if json_text is not None else {}
            try:
                return ci.emit(report, outcome, fmt=fmt, out=sys.stdout, outputs=outputs, rendered=made)
            finally:
                if json_text is not None:
                    json_text.close()
    report = engine.run(_paths(args), options, engine=_engine(args), progress=progress)
    return ci.check(
        report,
        baseline=Path(args.baseline),
        update=args.update_baseline,
        fail_on=args.fail_on,
        fmt=fmt,
        out=sys.stdout,
        outputs=outputs,
    )
