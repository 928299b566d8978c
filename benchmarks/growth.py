"""How each stage grows with its input: no stage may be quadratic (issue 16.10).

A rule that reads the whole sentence (or the whole document, or every other
article) once per figure costs nothing on news copy and n² on a long input.
This script builds generated inputs at a size ``n`` and at ``2n``, runs the
whole pipeline in this process on both (load, extract, align with its events,
roles and acts, judge, echoes, JSON, HTML) and prints how much each stage's
CPU time grew: about 2 is linear, about 2.2 is n log n, 4 is quadratic.

The inputs (every one a story of two articles or more, so alignment has
something to compare):

- ``sentence-<kind>``: two articles, each one sentence holding ``n`` figures
  of one kind (counts, sums of money, dates, durations, percentages,
  distances), each figure with a place name;
- ``document``: two articles of ``n`` short sentences each, the kinds mixed;
- ``story``: ``n`` short articles (six sentences each) in one story.

With ``--functions`` the runs are profiled (cProfile) and the time is also
summed by module (a builtin's time, such as a regex scan, goes to the module
that called it), so a stage that is quadratic is named even when it runs
inside another (events, roles and acts run inside alignment; dates are
resolved inside extraction); the functions whose own time grew the most are
listed.  The profiler slows Python code by about half, evenly at both sizes.

Every figure is compared: no ``--max-facts`` cap applies.  Defaults are the
issue's sizes (2,000 figures in a sentence, 5,000 sentences, 200 articles);
``--scale 0.25`` runs a quarter of each for a quick look.

Usage::

    python benchmarks/growth.py                          # every input, stage table
    python benchmarks/growth.py --only sentence-count --functions
    python benchmarks/growth.py --scale 0.25
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_PLACES = [
    f"{head}{tail}"
    for head in ("Ash", "Bel", "Cor", "Dun", "Elm", "Fal", "Gar", "Hol")
    for tail in ("ford", "ton", "bury", "wick", "ham", "stead")
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def _figure(kind: str, i: int) -> str:
    """The ``i``-th figure of ``kind`` with a place, as one clause of a long sentence.

    Every figure of a sentence has its own value: one sentence's ``n`` figures are ``n`` facts
    (each told by both articles), and no group grows with ``n``.
    """
    place = _PLACES[i % len(_PLACES)]
    k = 2 + i
    if kind == "count":
        return f"{k} people died in {place}"
    if kind == "money":
        return f"${k} million went to {place}"
    if kind == "date":
        return f"talks in {place} on {_MONTHS[i % len(_MONTHS)]} {1 + i % 28}, {1950 + i // 280}"
    if kind == "duration":
        return f"{k} days in {place}"
    if kind == "percent":
        return f"{i % 100}.{i // 100} percent in {place}"
    if kind == "distance":
        return f"{k} kilometres from {place}"
    raise ValueError(kind)


KINDS = ("count", "money", "date", "duration", "percent", "distance")

_SHORT = [
    "At least {k} people died in {place} on Monday, officials said.",
    "The government pledged ${k} million to rebuild {place}.",
    "Talks in {place} will resume on {month} {day}, a spokesman said.",
    "The delegations met for {k} hours in {place}.",
    "Prices in {place} rose {k} percent last year.",
    "The fire burned {k} kilometres from {place}.",
]


def _short(i: int, shift: int = 0) -> str:
    k = 2 + (i * 7 + shift) % 93
    return _SHORT[i % len(_SHORT)].format(
        k=k, place=_PLACES[i % len(_PLACES)], month=_MONTHS[i % len(_MONTHS)], day=1 + i % 28
    )


def _write_story(root: Path, texts: list[str]) -> Path:
    story = root / "story"
    story.mkdir(parents=True)
    lines = []
    start = dt.date(2024, 3, 1)
    for i, text in enumerate(texts):
        name = f"a{i:05d}.txt"
        (story / name).write_text(text, encoding="utf-8")
        published = start + dt.timedelta(days=i % 3)
        lines.append(
            f'[[source]]\nfile = "{name}"\noutlet = "Outlet {i % 7}"\ntitle = "Article {i}"\n'
            f"published = {published.isoformat()}\n"
        )
    (story / "sources.toml").write_text("\n".join(lines), encoding="utf-8")
    return story


def sentence_input(kind: str) -> Callable[[int], list[str]]:
    def make(n: int) -> list[str]:
        body = ", ".join(_figure(kind, i) for i in range(n))
        return [f"Officials said {body}.\n", f"A spokesman said {body}.\n"]

    return make


def document_input(n: int) -> list[str]:
    return [" ".join(_short(i, shift) for i in range(n)) + "\n" for shift in (0, 1)]


def story_input(n: int) -> list[str]:
    return [" ".join(_short(i + a, a % 2) for i in range(6)) + "\n" for a in range(n)]


INPUTS: dict[str, tuple[Callable[[int], list[str]], int]] = {
    **{f"sentence-{kind}": (sentence_input(kind), 2000) for kind in KINDS},
    "document": (document_input, 5000),
    "story": (story_input, 200),
}

STAGES = ("load", "extract", "align", "judge", "echoes", "json", "html")


def run_stages(texts: list[str]) -> tuple[dict[str, float], int]:
    """CPU seconds of each stage of one in-process ``report --format json,html`` on ``texts``."""
    from benchmarks.pathological import stage_times
    from compare.options import UNCAPPED

    with tempfile.TemporaryDirectory(prefix="divergence-growth-") as tmp:
        return stage_times(_write_story(Path(tmp), texts), UNCAPPED)


def _module(filename: str) -> str:
    """``compare/extract/roles.py`` → ``extract/roles``; other code → its file name."""
    path = Path(filename)
    parts = path.with_suffix("").parts
    if "compare" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("compare") + 1 :])
    return path.name or filename


def _own_times(profile: cProfile.Profile) -> tuple[dict[str, float], dict[str, float]]:
    """Own time by module (a builtin's own time given to its callers' modules) and by function."""
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    modules: dict[str, float] = {}
    functions: dict[str, float] = {}
    for (filename, line, name), (_, _, own, _, callers) in stats.items():
        if filename == "~":  # a builtin: its time is its callers'
            for (cfile, _, _), caller in callers.items():
                key = _module(cfile)
                modules[key] = modules.get(key, 0.0) + caller[2]
            continue
        key = _module(filename)
        modules[key] = modules.get(key, 0.0) + own
        label = f"{key}:{line}({name})"
        functions[label] = functions.get(label, 0.0) + own
    return modules, functions


def _ratio(big: float, small: float) -> str:
    return f"{big / small:.1f}" if small > 0.005 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", choices=sorted(INPUTS), help="run only this input (repeatable)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every input's n (default 1)")
    parser.add_argument("--functions", action="store_true", help="profile: growth by module and function")
    parser.add_argument("--top", type=int, default=8, help="functions listed per input (default 8)")
    args = parser.parse_args(argv)
    names = args.only or list(INPUTS)
    run_stages(story_input(4))  # warm-up: imports, compiled patterns, vocabularies
    print("| input | n | facts n / 2n | " + " | ".join(STAGES) + " | total |")
    print("|---|---:|---:|" + "---:|" * (len(STAGES) + 1))
    for name in names:
        make, size = INPUTS[name]
        n = max(2, int(size * args.scale))
        runs = []
        for m in (n, 2 * n):
            profile = cProfile.Profile() if args.functions else None
            if profile is not None:
                profile.enable()
            times, facts = run_stages(make(m))
            if profile is not None:
                profile.disable()
            runs.append((times, facts, profile))
        (small, facts_small, prof_small), (big, facts_big, prof_big) = runs
        cells = [f"{big[s]:.2f} ({_ratio(big[s], small[s])})" for s in STAGES]
        total_small, total_big = sum(small.values()), sum(big.values())
        print(
            f"| {name} | {n:,} | {facts_small:,} / {facts_big:,} | "
            + " | ".join(cells)
            + f" | {total_big:.2f} ({_ratio(total_big, total_small)}) |",
            flush=True,
        )
        if prof_small is not None and prof_big is not None:
            mod_small, fn_small = _own_times(prof_small)
            mod_big, fn_big = _own_times(prof_big)
            shown = sorted(mod_big, key=mod_big.__getitem__, reverse=True)[: args.top]
            print(
                f"  {name}, own time by module at 2n (growth n → 2n): "
                + ", ".join(
                    f"{k} {mod_big[k]:.2f} ({_ratio(mod_big[k], mod_small.get(k, 0.0))})" for k in shown
                ),
                flush=True,
            )
            grown = sorted(
                (k for k in fn_big if fn_big[k] > 0.02 * total_big),
                key=lambda k: fn_big[k] / max(fn_small.get(k, 0.0), 1e-3),
                reverse=True,
            )[: args.top]
            print(
                f"  {name}, functions that grew most: "
                + ", ".join(
                    f"{k} {fn_big[k]:.2f} ({_ratio(fn_big[k], fn_small.get(k, 0.0))})" for k in grown
                ),
                flush=True,
            )
    print("\nCPU s at 2n (growth from n to 2n: ~2 linear, ~2.2 n log n, 4 quadratic).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
