"""Missed gold pairs broken down by what differs: the blocks of "kind or unit", the roles of the rest.

    python benchmarks/recall_causes.py                 # the shipped model (fast)
    python benchmarks/recall_causes.py --loso          # leave-one-story-out, as alignment.py --explain
    python benchmarks/recall_causes.py --cause "different roles" --most 30

It reads ``alignment_errors.explain_story`` (the first cause of every missed pair) and counts the
lost pairs of each cause by the two blocks (``kind or unit``: "count / distance") or the two roles
("deaths / first grader"; a count with no role from extraction is compared by its noun's class),
with a few examples each: where language data (roles, noun classes, units) loses the most pairs.
Development gold only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import load_all  # noqa: E402
from alignment_errors import explain_story  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="fit the model leave-one-story-out")
    parser.add_argument("--cause", action="append", help="causes to break down (default: the largest six)")
    parser.add_argument("--most", type=int, default=20, help="rows per cause")
    parser.add_argument(
        "--verdict", action="append", help="only gold clusters of this verdict (agree, compatible...)"
    )
    parser.add_argument("--story", action="append", metavar="ID", help="only these stories")
    args = parser.parse_args(argv)
    every = load_all()
    stories = [s for s in every if s.id in set(args.story)] if args.story else every
    by_pair: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    wanted = set(args.verdict or ())
    for s in stories:
        model = None
        if args.loso:
            from fit_alignment import fit  # noqa: PLC0415

            # The stories read once above: reading them again per story extracted every story again.
            model = fit([o for o in every if o.id != s.id])
        e = explain_story(s, model)
        for (cause, verdict, sides), n in e.by_pair.items():
            if wanted and verdict not in wanted:
                continue
            by_pair[(cause, sides)] += n
            seen = examples[(cause, sides)]
            seen.extend(e.pair_examples[(cause, verdict, sides)][: max(0, 3 - len(seen))])
    totals: Counter[str] = Counter()
    for (cause, _), n in by_pair.items():
        totals[cause] += n
    causes = args.cause or [c for c, _ in totals.most_common(6)]
    for cause in causes:
        print(f"{cause}: {totals[cause]} missed pairs")
        rows = sorted(((n, k) for (c, k), n in by_pair.items() if c == cause), reverse=True)
        for n, k in rows[: args.most]:
            print(f"  {n:6d}  {k}")
            for x in examples[(cause, k)]:
                print(f"            {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
