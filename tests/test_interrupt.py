"""Nothing lost: an interrupted or failed run leaves the previous report as it was.

A real ``python -m compare report`` runs on a corpus of a few hundred articles
(built from the seed articles) into a directory that already holds a report
from another corpus, and is stopped midway: Ctrl-C (SIGINT to the whole
process group, as a terminal sends it), ``kill -INT`` (to the main process
only), SIGTERM and SIGKILL.  "Midway" is measured in CPU seconds of the
process group against a full run of the same corpus, so the tests hit the
same phase on an idle laptop and on a loaded CI runner.
"""

from __future__ import annotations

import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from compare.atomic import write_atomic
from compare.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REPORT_FILES = ("divergence.html", "divergence.json")
# SIGKILL gives no chance to clean up: write_atomic's temporary file may stay
# behind, but never under a report's own name.  SIGTERM is handled like Ctrl-C.
TEMP_FILE = re.compile(r"^\.divergence\.(json|html)\..+\.tmp$")
SWEEP_POINTS = int(os.environ.get("DIVERGENCE_INTERRUPT_POINTS", "4"))

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists() or not hasattr(os, "killpg"),
    reason="needs Linux /proc and process groups to stop a run midway",
)


# --- the corpus and the runs -------------------------------------------------------


def make_corpus(directory: Path, count: int, seed: int) -> None:
    """``count`` articles mixed from the seeds' paragraphs, figures nudged, with a manifest."""
    paragraphs = [
        p
        for f in sorted(SEEDS.glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n\n")
        if len(p.split()) > 5
    ]
    rng = random.Random(seed)
    outlets = ["RFE/RL", "Reuters", "AP", "The Wall Street Journal", "BBC", "DW", "Le Monde"]

    def nudge(m: re.Match[str]) -> str:
        value = int(m.group(0).replace(",", ""))
        if value <= 31 or rng.random() < 0.5:  # days of the month stay put
            return m.group(0)
        return f"{max(1, round(value * rng.uniform(0.8, 1.2))):,}"

    entries = []
    directory.mkdir()
    for i in range(count):
        body = "\n\n".join(
            re.sub(r"\d[\d,]*\d|\d", nudge, p) for p in rng.sample(paragraphs, rng.randint(2, 5))
        )
        newline = "\r\n" if i % 7 == 0 else "\n"
        name = f"article_{i:04d}.txt"
        (directory / name).write_bytes((body.replace("\n", newline) + newline).encode("utf-8"))
        entries.append(
            f'[[source]]\nfile = "{name}"\noutlet = "{rng.choice(outlets)}"\n'
            f"published = 2022-01-{rng.randint(1, 28):02d}\n"
        )
    (directory / "sources.toml").write_text("\n".join(entries), encoding="utf-8")


def command(corpus: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "compare", "report", str(corpus), "--out", str(out),
            "--format", "json,html", "--jobs", str(jobs)]


def group_cpu_seconds(pgid: int) -> float:
    """User + system CPU of the live processes in process group ``pgid``."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces.
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
    return total / tick


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


@dataclass(frozen=True)
class Stopped:
    running_when_signalled: bool
    # The report files as they were at the instant of the signal (the run frozen
    # with SIGSTOP while they are read), or None if the run had already ended.
    files_when_signalled: dict[str, bytes] | None
    returncode: int
    stderr: str
    seconds_to_exit: float
    leftover_processes: bool


@dataclass(frozen=True)
class Setup:
    corpus: Path
    previous: dict[str, bytes]  # the report already in OUT before each run
    complete: dict[str, bytes]  # what a full run on the corpus writes
    cpu_seconds: float  # CPU a full run takes, with its worker processes


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    base = tmp_path_factory.mktemp("interrupt")
    corpus = base / "corpus"
    make_corpus(corpus, 300, seed=20220108)
    # The previous report comes from another corpus, so "byte-identical
    # afterwards" proves the interrupted run replaced nothing.
    previous_out = base / "previous"
    done = subprocess.run(command(SEEDS, previous_out, 1), capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr.decode()
    full_out = base / "full"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command(corpus, full_out, 1), capture_output=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stderr.decode()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Setup(
        corpus=corpus,
        previous={n: (previous_out / n).read_bytes() for n in REPORT_FILES},
        complete={n: (full_out / n).read_bytes() for n in REPORT_FILES},
        cpu_seconds=cpu,
    )


def fresh_out(setup: Setup, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    for name, data in setup.previous.items():
        (out / name).write_bytes(data)
    return out


def _default_sigint() -> None:
    # A run started in the background by a non-interactive shell (`cmd &`, some CI runners)
    # inherits SIGINT ignored, and Python then never raises KeyboardInterrupt: the tests
    # would measure how they were launched. A terminal's Ctrl-C reaches a foreground run.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_and_stop(setup: Setup, out: Path, *, jobs: int, sig: signal.Signals, whole_group: bool,
                 fraction: float) -> Stopped:
    """Start a report run, send ``sig`` once it has used ``fraction`` of a full run's CPU."""
    errfile = out.parent / "stderr.txt"
    with open(errfile, "wb") as err:
        proc = subprocess.Popen(command(setup.corpus, out, jobs), stdout=subprocess.DEVNULL,
                                stderr=err, cwd=ROOT, start_new_session=True,
                                preexec_fn=_default_sigint)
        try:
            target = setup.cpu_seconds * fraction
            while proc.poll() is None and group_cpu_seconds(proc.pid) < target:
                time.sleep(0.02)
            running = proc.poll() is None
            snapshot = None
            if running:
                # Freeze the run, read what it has written, then signal it.  A run
                # that has used its share of CPU may already have replaced the
                # reports and be exiting (interpreter teardown costs CPU too, and
                # the CPU of two runs of one corpus differs on a loaded machine):
                # the snapshot says so exactly, instead of leaving the outcome to
                # a race between the signal and the renames.
                os.killpg(proc.pid, signal.SIGSTOP)
                snapshot = report_files(out)
                sent = time.monotonic()
                if whole_group:
                    os.killpg(proc.pid, sig)
                else:
                    proc.send_signal(sig)
                os.killpg(proc.pid, signal.SIGCONT)
            else:
                sent = time.monotonic()
            returncode = proc.wait(timeout=120)
            seconds = time.monotonic() - sent
            # Worker processes must not outlive an interrupted run.
            deadline = time.monotonic() + 5
            while group_alive(proc.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            leftover = group_alive(proc.pid)
        finally:
            if proc.poll() is None or group_alive(proc.pid):
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
    return Stopped(running, snapshot, returncode,
                   errfile.read_text(encoding="utf-8", errors="replace"), seconds, leftover)


def report_files(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in REPORT_FILES if (out / n).exists()}


def skip_unless_signalled_before_the_reports_were_replaced(setup: Setup, stopped: Stopped) -> None:
    """"Midway" tests need a signal that lands before the run replaced the reports."""
    if not stopped.running_when_signalled:
        # A loaded or a fast machine can finish first: inconclusive, not a failure.
        pytest.skip("the run finished before it could be signalled")
    if stopped.files_when_signalled == setup.complete:
        pytest.skip("the run had replaced the reports and was exiting when signalled")
    # Frozen before the renames, the run still showed the previous report.
    assert stopped.files_when_signalled == setup.previous, "a report was replaced before the run ended"


# --- the tests ---------------------------------------------------------------------


# Points in a run, as shares of a full run's CPU: while extracting facts, and
# while the reports are rendered (the temporary files are renamed only at the end).
# Measured on the 300-article corpus: rendering runs from 42 % to 94 % of the
# CPU, then the renames, then interpreter teardown; two runs differ by ~10 %.
EARLY, LATE = 0.3, 0.7


@pytest.mark.parametrize("fraction", [EARLY, LATE], ids=["early", "late"])
@pytest.mark.parametrize(
    ("jobs", "whole_group"),
    [(1, True), (2, True), (2, False)],
    ids=["ctrl-c", "ctrl-c-with-workers", "kill-int-with-workers"],
)
def test_sigint_midway_keeps_the_previous_report_and_exits_130(
    setup: Setup, tmp_path: Path, jobs: int, whole_group: bool, fraction: float
) -> None:
    out = fresh_out(setup, tmp_path)
    stopped = run_and_stop(setup, out, jobs=jobs, sig=signal.SIGINT, whole_group=whole_group,
                           fraction=fraction)
    skip_unless_signalled_before_the_reports_were_replaced(setup, stopped)
    assert "Traceback" not in stopped.stderr and "KeyboardInterrupt" not in stopped.stderr, (
        stopped.stderr
    )
    assert stopped.returncode == 130, stopped.stderr
    assert stopped.stderr.strip().splitlines() == ["divergence: interrupted"], stopped.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES), "temporary files left"
    assert not stopped.leftover_processes, "worker processes outlived the interrupted run"
    # Ctrl-C must stop the run, not wait for queued work to finish.
    assert stopped.seconds_to_exit < max(10.0, setup.cpu_seconds / 2)
    assert report_files(out) == setup.previous, "the previous report was replaced in part"


@pytest.mark.parametrize(
    ("sig", "jobs", "fraction"),
    [
        (signal.SIGKILL, 1, EARLY),
        (signal.SIGKILL, 2, EARLY),
        (signal.SIGKILL, 1, LATE),
        (signal.SIGTERM, 1, EARLY),
        (signal.SIGTERM, 1, LATE),
    ],
    ids=["sigkill-early", "sigkill-early-with-workers", "sigkill-late", "sigterm-early",
         "sigterm-late"],
)
def test_killed_midway_leaves_the_previous_report_intact(
    setup: Setup, tmp_path: Path, sig: signal.Signals, jobs: int, fraction: float
) -> None:
    out = fresh_out(setup, tmp_path)
    stopped = run_and_stop(setup, out, jobs=jobs, sig=sig, whole_group=True, fraction=fraction)
    skip_unless_signalled_before_the_reports_were_replaced(setup, stopped)
    others = {p.name for p in out.iterdir()} - set(REPORT_FILES)
    if sig == signal.SIGTERM:
        # SIGTERM is handled like Ctrl-C: one line, status 143, temp files removed.
        assert stopped.returncode == 143, stopped.stderr
        assert stopped.stderr == "divergence: terminated\n"
        assert not others, others
    else:
        assert stopped.returncode == -sig
        assert all(TEMP_FILE.match(name) for name in others), others
    assert report_files(out) == setup.previous, "the previous report was replaced in part"


@pytest.mark.parametrize("step", range(SWEEP_POINTS))
def test_sigint_at_any_moment_leaves_each_file_old_or_new_never_partial(
    setup: Setup, tmp_path: Path, step: int
) -> None:
    """Late signals may land while reports are written: each file is then whole."""
    fraction = 0.2 + 0.95 * step / max(SWEEP_POINTS - 1, 1)
    out = fresh_out(setup, tmp_path)
    stopped = run_and_stop(setup, out, jobs=1, sig=signal.SIGINT, whole_group=True,
                           fraction=fraction)
    assert "Traceback" not in stopped.stderr, stopped.stderr
    files = report_files(out)
    # The entry point ignores SIGINT once main() has returned and ends an interrupted run
    # with os._exit(130), so no signal can end the run by itself (compare/__main__.py).
    assert stopped.returncode != -signal.SIGINT, "ended by the signal, not by the handler"
    assert stopped.returncode in (0, 130), stopped.stderr
    for name in REPORT_FILES:
        if stopped.returncode == 0:
            assert files[name] == setup.complete[name], name
        else:
            assert files[name] in (setup.previous[name], setup.complete[name]), name
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES)


def test_full_run_output_is_deterministic(setup: Setup, tmp_path: Path) -> None:
    """The sweep compares with a full run's bytes: that only works if output is stable."""
    out = tmp_path / "again"
    done = subprocess.run(command(setup.corpus, out, 2), capture_output=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr.decode()
    assert report_files(out) == setup.complete
    json.loads(setup.complete["divergence.json"])


# --- in-process: write_atomic and write_reports ---------------------------------------


@pytest.mark.parametrize("failure", ["interrupt-while-rendering-html", "disk-full-writing-html"])
def test_write_reports_failing_after_the_json_keeps_the_previous_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    """JSON and HTML of one run go together: a failure on the second must not leave
    a new JSON beside the previous HTML."""
    from compare import pipeline
    from compare.render import html

    out = tmp_path / "out"
    out.mkdir()
    for name in REPORT_FILES:
        (out / name).write_text(f"previous {name}", encoding="utf-8")
    report = pipeline.run([str(SEEDS)], jobs=1)
    if failure.startswith("interrupt"):
        def stop(*args: object, **kwargs: object) -> str:
            raise KeyboardInterrupt

        # Half-way through the page: the HTML is written as it is rendered (html_chunks), so
        # the interrupt comes while its temporary file is being written.
        monkeypatch.setattr(html._Builder, "article", stop)
        expected: type[BaseException] = KeyboardInterrupt
    else:
        real_fsync = os.fsync

        def full(fd: int) -> None:
            # Disk full while the HTML is saved: whatever file the writer uses for it.
            if "divergence.html" in os.readlink(f"/proc/self/fd/{fd}"):
                raise OSError(28, "No space left on device")
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", full)
        from compare.errors import InputError

        expected = InputError
    with pytest.raises(expected):
        pipeline.write_reports(report, out, ("json", "html"))
    assert {n: (out / n).read_text(encoding="utf-8") for n in REPORT_FILES} == {
        n: f"previous {n}" for n in REPORT_FILES
    }
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES)



@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_write_atomic_interrupted_keeps_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "divergence.json"
    target.write_text("old", encoding="utf-8")

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, failing, interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new" * 1000)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["divergence.json"]


# --- an output directory that cannot be written ---------------------------------------


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("divergence: error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_output_below_a_regular_file_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    out = blocker / "reports"
    assert main(["report", str(SEEDS), "--out", str(out), "--format", "json,html", "-j", "1"]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert str(out) in line or str(blocker) in line
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_output_that_is_a_regular_file_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    out.write_text("keep me", encoding="utf-8")
    assert main(["report", str(SEEDS), "--out", str(out), "--format", "json", "-j", "1"]) == 2
    assert str(out) in one_error_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "keep me"


def test_html_name_taken_by_a_directory_keeps_the_previous_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report that cannot be saved whole is not saved in part."""
    out = tmp_path / "reports"
    (out / "divergence.html").mkdir(parents=True)
    (out / "divergence.json").write_text("previous", encoding="utf-8")
    status = main(["report", str(SEEDS), "--out", str(out), "--format", "json,html", "-j", "1"])
    assert status == 2
    assert str(out) in one_error_line(capsys.readouterr().err)
    assert (out / "divergence.json").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in out.iterdir()) == ["divergence.html", "divergence.json"]


def test_report_name_taken_by_a_directory_is_exit_2_and_other_files_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports"
    (out / "divergence.json").mkdir(parents=True)
    assert main(["report", str(SEEDS), "--out", str(out), "--format", "json", "-j", "1"]) == 2
    assert str(out) in one_error_line(capsys.readouterr().err)
    assert sorted(p.name for p in out.iterdir()) == ["divergence.json"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root ignores directory permissions")
def test_read_only_output_directory_is_exit_2_and_keeps_the_previous_report(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = fresh_out(setup, tmp_path)
    out.chmod(0o500)
    try:
        status = main(["report", str(SEEDS), "--out", str(out), "--format", "json,html", "-j", "1"])
        err = capsys.readouterr().err
    finally:
        out.chmod(0o700)
    assert status == 2
    assert str(out) in one_error_line(err)
    assert report_files(out) == setup.previous


def test_unwritable_output_in_a_subprocess_is_one_line_no_traceback(tmp_path: Path) -> None:
    """The same failure through ``python -m compare``, as a user meets it."""
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    done = subprocess.run(command(SEEDS, blocker / "out", 1), capture_output=True, cwd=ROOT,
                          text=True)
    assert done.returncode == 2
    one_error_line(done.stderr)


# --- the entry point ---------------------------------------------------------------


def test_an_interrupt_before_main_runs_ends_with_status_130_and_one_line() -> None:
    # Ctrl-C while the command is still importing its modules, before main() has a
    # handler in place: without the entry point's own handler, a traceback and status 1.
    script = (
        "import compare.cli\n"
        "def main():\n"
        "    raise KeyboardInterrupt\n"
        "compare.cli.main = main\n"
        "from compare.__main__ import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=ROOT)
    assert done.returncode == 130, done.stderr.decode()
    assert done.stderr.decode() == "divergence: interrupted\n"
