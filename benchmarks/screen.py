"""A fast screen of alignment variants: the leave-one-story-out run of ``alignment.py`` in seconds.

The full LOSO (``benchmarks/alignment.py``) spends its minutes extracting the facts of the 114
development stories and fitting 114 fold models (each on the other 113 stories).  Neither changes
while you try a variant of alignment or judging, so this script does them once (``prep``), keeps
them in pickles, and then re-runs only alignment, judging and scoring of every fold (``run``): the
same models, the same ``score`` as ``alignment.py``, hence on unchanged code **exactly** the full
LOSO's totals (P, R, F1, verdicts, conflict findings, cross-event conflicts).

    python benchmarks/screen.py prep                  # extract + fit the folds (minutes), cache them
    python benchmarks/screen.py run start             # score every fold: prints the totals, keeps the run
    # ... edit compare/align.py (or judge.py, acts.py) ...
    python benchmarks/screen.py run try1 [--story ID ...]
    python benchmarks/screen.py cmp start try1        # stories up and down, false pairs removed, true lost
    python benchmarks/screen.py false try1 [--kind date] [--story ID]   # the false pairs, tab-separated

Run it with the tree under test first on the path (``PYTHONPATH=.`` from the tree's root).
The cache lives under ``--cache DIR`` (default ``$TMPDIR/divergence-screen-TREE-HASH``, one per
working tree, outside the repository); ``run`` writes ``runs/NAME.json`` (per-story counts) and
``runs/NAME.pairs.pkl`` (every pair of gold-matched facts the run put in one finding) there.

What it sees and what it does not:

- The cached stories (extracted facts, gold matches) are keyed by a hash of what extraction reads:
  the sources of the ``compare`` modules that ``compare.extract`` imports, ``compare/lang/``, the gold,
  ``pending.toml``, the story texts and ``benchmarks/alignment.py``.  When any of them changed since
  ``prep``, ``run`` **refuses** (run ``prep`` again): a screen on stale facts would measure nothing.
- The fold models are kept while alignment code changes: that is the point of a screen.  So a change
  to the **fitted features** (the values ``compare.align.story_pairs`` computes, or which pairs it
  offers) is *not* seen by the models unless you add ``--refit``, which refits the 114 folds from the
  cached stories with the current code (about a minute).  A change of ``FEATURES`` itself (names or
  number) makes the cached models unusable: ``run`` refuses without ``--refit``.  ``run`` names the
  alignment-side files that changed since ``prep`` so you know which case you are in.
- The ECB+ texts come from the peer data (``alignment._ecb_docs``); they are not hashed.

A screen only screens: decide a change with the full LOSO (``benchmarks/alignment.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

if TYPE_CHECKING:
    from alignment import Score, Story

    from compare.align import PairModel

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
# Pickled facts nest deeply (facts hold their words and spans): the default limit is too low.
RECURSION = 20000
STORIES_FILE = "stories.pkl"
MODELS_FILE = "models.pkl"
KEY_FILE = "key.json"


def default_cache() -> Path:
    """``$TMPDIR/divergence-screen-TREE-HASH``: one cache per working tree, never shared by two."""
    tag = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
    return Path(os.environ.get("TMPDIR") or tempfile.gettempdir()) / f"divergence-screen-{ROOT.name}-{tag}"


# --- cache keys ---------------------------------------------------------------------------------


def _hash_files(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(set(paths)):
        h.update(str(p.relative_to(ROOT)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _files(folder: Path, suffixes: Sequence[str] = ()) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and (not suffixes or p.suffix in suffixes)]


def _extraction_modules() -> list[Path]:
    """The source files of the ``compare`` modules that extraction imports (read in a fresh interpreter,
    so that what this process imported for alignment does not count)."""
    code = (
        "import sys, compare.extract\n"
        "print('\\n'.join(sorted(m.__file__ for n, m in sys.modules.items()"
        " if n.split('.')[0] == 'compare' and getattr(m, '__file__', None))))"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return [Path(line).resolve() for line in out.stdout.split()]


def _git_rev() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD", "HEAD:compare"], capture_output=True, text=True
        )
    except OSError:
        return "?"
    return " ".join(out.stdout.split()) or "?"


def extraction_key() -> str:
    """What the cached stories depend on (see the module's docstring)."""
    data = BENCH / "data"
    return _hash_files(
        [
            *_extraction_modules(),
            *_files(ROOT / "compare" / "lang"),
            *_files(data / "gold", (".json",)),
            data / "pending.toml",
            *_files(data / "stories"),
            BENCH / "alignment.py",
        ]
    )


def compare_hashes() -> dict[str, str]:
    """Each file of ``compare/`` (sources and data) → its hash: what ``run`` reports as changed since prep."""
    return {
        str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(_files(ROOT / "compare"))
        if "__pycache__" not in p.parts
    }


# --- prep and load ------------------------------------------------------------------------------


def fold_models(stories: Sequence[Story]) -> dict[str, PairModel]:
    """The model each story is scored with in the LOSO: fitted on all the other stories."""
    from fit_alignment import _examples_cache, fit  # noqa: PLC0415

    _examples_cache.clear()  # the examples of another code's run must not be reused
    return {s.id: fit([o for o in stories if o.id != s.id]) for s in stories}


def prep(cache: Path) -> None:
    import alignment  # noqa: PLC0415

    from compare.align import FEATURES  # noqa: PLC0415

    cache.mkdir(parents=True, exist_ok=True)
    # Read before the work: what is cached is the code as it was when prep started.
    meta = {
        "extraction": extraction_key(),
        "features": list(FEATURES),
        "git": _git_rev(),
        "compare": compare_hashes(),
    }
    stories = alignment.load_all()
    models = fold_models(stories)
    sys.setrecursionlimit(RECURSION)
    with open(cache / STORIES_FILE, "wb") as fh:
        pickle.dump(stories, fh, protocol=pickle.HIGHEST_PROTOCOL)
    with open(cache / MODELS_FILE, "wb") as fh:
        pickle.dump(models, fh, protocol=pickle.HIGHEST_PROTOCOL)
    (cache / KEY_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"{len(stories)} stories and {len(models)} fold models cached in {cache} (git {meta['git']})")


class StaleCache(Exception):
    """The cache does not match the code or the gold; the message says what to do."""


def load(cache: Path, refit: bool) -> tuple[list[Story], dict[str, PairModel]]:
    from compare.align import FEATURES  # noqa: PLC0415

    try:
        meta = json.loads((cache / KEY_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StaleCache(f"no cache in {cache}: run `screen.py prep` first") from None
    if meta["extraction"] != extraction_key():
        raise StaleCache(
            f"{cache}: extraction, its language data, the gold or the story texts changed since prep"
            f" (git {meta['git']}): run `screen.py prep` again"
        )
    if list(FEATURES) != meta["features"] and not refit:
        raise StaleCache(f"{cache}: FEATURES changed since prep: add --refit (or run prep again)")
    now = compare_hashes()
    changed = sorted(p for p in set(now) | set(meta["compare"]) if now.get(p) != meta["compare"].get(p))
    if changed:
        print(f"changed since prep (git {meta['git']}): {', '.join(changed)}", file=sys.stderr)
        if not refit:
            print("  the fold models are prep's: add --refit if the fitted features changed", file=sys.stderr)
    sys.setrecursionlimit(RECURSION)
    with open(cache / STORIES_FILE, "rb") as fh:
        stories: list[Story] = pickle.load(fh)
    if refit:
        return stories, fold_models(stories)
    with open(cache / MODELS_FILE, "rb") as fh:
        models: dict[str, PairModel] = pickle.load(fh)
    return stories, models


# --- run ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """Two gold-matched facts a run put in one finding."""

    story: str
    kind: str
    same: bool  # in one gold cluster
    verdict: str
    a: str  # fact ids
    b: str
    text_a: str
    text_b: str
    cluster_a: str
    cluster_b: str
    context_a: str
    context_b: str


def _context(story: Story, doc: str, start: int, end: int, width: int = 70) -> str:
    text = next(d.text for d in story.documents if d.id == doc)
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def pairs_of(story: Story, groups: Sequence[tuple[object, object]]) -> list[Pair]:
    from alignment import _gold_of  # noqa: PLC0415

    gold = _gold_of(story)
    out = []
    for g, verdict in groups:
        facts = sorted((f for f in g.facts if f.id in gold), key=lambda f: f.id)  # type: ignore[attr-defined]
        for i, a in enumerate(facts):
            for b in facts[i + 1 :]:
                ga, gb = gold[a.id], gold[b.id]
                out.append(
                    Pair(
                        story.id,
                        a.kind,
                        ga.cluster == gb.cluster,
                        verdict.value,  # type: ignore[attr-defined]
                        a.id,
                        b.id,
                        a.text,
                        b.text,
                        ga.cluster,
                        gb.cluster,
                        _context(story, a.doc, a.start, a.end),
                        _context(story, b.doc, b.start, b.end),
                    )
                )
    return out


def counts(s: Score) -> dict[str, float]:
    """The per-story figures a run keeps (``cmp`` compares them)."""
    return {
        "tp": s.true_pairs,
        "pp": s.pred_pairs,
        "gp": s.gold_pairs,
        "vr": s.verdicts_right,
        "cl": s.clusters,
        "cf": s.conflict_findings,
        "bc": s.backed_conflicts,
        "xe": s.cross_event_conflicts,
        "f1": s.f1,
    }


def totals_line(label: str, t: Score) -> str:
    return (
        f"{label}: P {t.precision:.4f} ({t.true_pairs}/{t.pred_pairs}) R {t.recall:.4f} (of {t.gold_pairs})"
        f" F1 {t.f1:.4f} verdict {t.verdict_accuracy:.4f} ({t.verdicts_right}/{t.clusters})"
        f" conflict findings {t.conflict_findings} (backed {t.backed_conflicts})"
        f" cross-event {t.cross_event_conflicts}"
    )


def run(cache: Path, name: str, only: Sequence[str], refit: bool) -> None:
    import alignment  # noqa: PLC0415

    stories, models = load(cache, refit)
    unknown = sorted(set(only) - {s.id for s in stories})
    if unknown:
        raise SystemExit(f"no gold story {', '.join(unknown)}")
    per_story: dict[str, dict[str, float]] = {}
    pairs: list[Pair] = []
    total, gathered = alignment.Score(), alignment.Score()
    f1s: list[float] = []
    for s in stories:
        if only and s.id not in only:
            continue
        groups = alignment.divergence_system(s, models[s.id])
        sc = alignment.score(s, groups)
        total.add(sc)
        if not s.id.startswith("ecb-"):
            gathered.add(sc)
            f1s.append(sc.f1)
        per_story[s.id] = counts(sc)
        pairs.extend(pairs_of(s, groups))
    runs = cache / "runs"
    runs.mkdir(exist_ok=True)
    (runs / f"{name}.json").write_text(
        json.dumps(per_story, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    with open(runs / f"{name}.pairs.pkl", "wb") as fh:
        pickle.dump([asdict(p) for p in pairs], fh)
    print(totals_line(f"all {len(per_story)}", total))
    if f1s:
        print(totals_line(f"gathered {len(f1s)}", gathered) + f" mean F1 by story {sum(f1s) / len(f1s):.4f}")


# --- cmp and false ------------------------------------------------------------------------------


def compare_runs(
    a: dict[str, dict[str, float]], b: dict[str, dict[str, float]]
) -> tuple[list[str], dict[str, int]]:
    """Per-story lines for the stories whose figures differ, and the tallies a landing decision reads."""
    lines: list[str] = []
    tally = dict.fromkeys(("f1_up", "f1_down", "verdict_up", "verdict_down", "false_removed", "true_lost"), 0)
    for sid in sorted(set(a) & set(b)):
        x, y = a[sid], b[sid]
        if x == y:
            continue
        df1, dv = y["f1"] - x["f1"], y["vr"] - x["vr"]
        tally["f1_up"] += df1 > 1e-9
        tally["f1_down"] += df1 < -1e-9
        tally["verdict_up"] += dv > 0
        tally["verdict_down"] += dv < 0
        tally["false_removed"] += int((x["pp"] - x["tp"]) - (y["pp"] - y["tp"]))
        tally["true_lost"] += int(x["tp"] - y["tp"])
        lines.append(
            f"{sid:40s} F1 {x['f1']:.4f} -> {y['f1']:.4f}  true {x['tp']}->{y['tp']}"
            f" false {x['pp'] - x['tp']}->{y['pp'] - y['tp']}  verdict {x['vr']}->{y['vr']}/{x['cl']}"
            f"  conflicts {x['cf']}({x['bc']})->{y['cf']}({y['bc']}) x-event {x['xe']}->{y['xe']}"
        )
    return lines, tally


def _read_run(cache: Path, name: str) -> dict[str, dict[str, float]]:
    path = cache / "runs" / f"{name}.json"
    if not path.exists():
        raise SystemExit(f"no run {name} in {cache / 'runs'}")
    data: dict[str, dict[str, float]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def cmp(cache: Path, a: str, b: str) -> None:
    lines, t = compare_runs(_read_run(cache, a), _read_run(cache, b))
    print("\n".join(lines))
    print(
        f"F1 up {t['f1_up']} down {t['f1_down']}; verdict up {t['verdict_up']} down {t['verdict_down']};"
        f" false pairs removed {t['false_removed']}, true pairs lost {t['true_lost']}"
    )


def false_pairs(cache: Path, name: str, kind: str | None, only: Sequence[str], true: bool) -> None:
    path = cache / "runs" / f"{name}.pairs.pkl"
    if not path.exists():
        raise SystemExit(f"no run {name} in {cache / 'runs'}")
    with open(path, "rb") as fh:
        rows = pickle.load(fh)
    columns = (
        "story",
        "kind",
        "verdict",
        "cluster_a",
        "cluster_b",
        "text_a",
        "text_b",
        "context_a",
        "context_b",
    )
    print("\t".join(columns))
    for r in rows:
        if r["same"] == true and (kind is None or r["kind"] == kind) and (not only or r["story"] in only):
            print("\t".join(str(r[c]) for c in columns))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--cache",
        type=Path,
        default=default_cache(),
        metavar="DIR",
        help="cache directory (default: %(default)s)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("prep", help="extract the stories and fit the 114 fold models; cache them")
    p_run = sub.add_parser("run", help="align, judge and score every fold with the cached stories and models")
    p_run.add_argument("name", help="the run's name (its files in DIR/runs/)")
    p_run.add_argument("--story", action="append", default=[], metavar="ID", help="score only this story")
    p_run.add_argument("--refit", action="store_true", help="refit the fold models with the current code")
    p_cmp = sub.add_parser("cmp", help="the stories whose figures differ between two runs")
    p_cmp.add_argument("a")
    p_cmp.add_argument("b")
    p_false = sub.add_parser("false", help="the false pairs of a run, tab-separated")
    p_false.add_argument("name")
    p_false.add_argument("--kind", help="only pairs of facts of this kind (date, count, money, ...)")
    p_false.add_argument("--story", action="append", default=[], metavar="ID", help="only this story's")
    p_false.add_argument("--true", action="store_true", help="the true pairs instead")
    args = parser.parse_args(argv)
    try:
        if args.command == "prep":
            prep(args.cache)
        elif args.command == "run":
            run(args.cache, args.name, args.story, args.refit)
        elif args.command == "cmp":
            cmp(args.cache, args.a, args.b)
        else:
            false_pairs(args.cache, args.name, args.kind, args.story, args.true)
    except StaleCache as e:
        print(e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
