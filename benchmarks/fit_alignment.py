"""Fit the alignment pair model on the development gold; write ``compare/data/alignment_model.json``.

Every candidate pair that alignment would score (``compare.align.story_pairs``)
whose two facts both match a gold mention is one example: positive when the
two mentions are in one gold cluster.  The model is a logistic regression
over ``compare.align.FEATURES`` with a small L2 penalty, fitted by Newton's
method in plain Python (no numpy: sixteen features, a few thousand distinct
examples).  The decision thresholds are fixed, not tuned: a pair whose values
overlap is grouped at P ≥ 0.5, a pair whose values contradict each other only
at P ≥ 0.8 — a conflict needs more evidence than an agreement.

    python benchmarks/fit_alignment.py          # fit on all gold stories, write the model
    python benchmarks/alignment.py              # scores, leave-one-story-out
"""

from __future__ import annotations

import json
import math
import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare.align import DATE_FEATURES, FEATURES, VALUE_FEATURES, PairModel, story_pairs  # noqa: E402

if TYPE_CHECKING:
    from alignment import Story

MODEL_PATH = Path(__file__).resolve().parents[1] / "compare" / "data" / "alignment_model.json"
AGREE = 0.5
CONFLICT = 0.8
CONTEXT_FLOOR = 0.1
L2 = 1.0

_examples_cache: dict[str, Counter[tuple[tuple[float, ...], int]]] = {}


def examples(story: Story) -> Counter[tuple[tuple[float, ...], int]]:
    """(features rounded to 2 decimals, label) → how many pairs of the story have them."""
    if story.id in _examples_cache:
        return _examples_cache[story.id]
    gold = {fid: ms[0] for fid, ms in story.fact_mentions.items()}
    out: Counter[tuple[tuple[float, ...], int]] = Counter()
    for a, b, x in story_pairs(story.facts, story.documents):
        ga, gb = gold.get(a.id), gold.get(b.id)
        if ga is None or gb is None:
            continue
        out[(tuple(round(v, 2) for v in x), int(ga.cluster == gb.cluster))] += 1
    _examples_cache[story.id] = out
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a·x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def _masked(
    data: Counter[tuple[tuple[float, ...], int]], keep: Sequence[bool]
) -> Counter[tuple[tuple[float, ...], int]]:
    """The examples with the features not kept set to 0."""
    masked: Counter[tuple[tuple[float, ...], int]] = Counter()
    for (x, y), n in data.items():
        masked[(tuple(v if k else 0.0 for v, k in zip(x, keep, strict=True)), y)] += n
    return masked


def fit_examples(data: Counter[tuple[tuple[float, ...], int]]) -> PairModel:
    """The full model and the context-only one (value features left out).

    The features of dates alone (``DATE_FEATURES``) are fitted second, with every other weight fixed
    at its fit without them: on pairs of dates only, as a correction to the general model, so that
    they move the score of no pair of another kind.
    """
    general = _logistic(_masked(data, [name not in DATE_FEATURES for name in FEATURES]))
    dated = [1 + k for k, name in enumerate(FEATURES) if name in DATE_FEATURES]
    full = _logistic(data, start=general, free=dated) if dated else general
    context = _logistic(_masked(data, [name not in VALUE_FEATURES for name in FEATURES]))
    return PairModel(
        weights=tuple(full[1:]),
        bias=full[0],
        context_weights=tuple(context[1:]),
        context_bias=context[0],
        agree=AGREE,
        conflict=CONFLICT,
        context_floor=CONTEXT_FLOOR,
    )


def _logistic(
    data: Counter[tuple[tuple[float, ...], int]],
    iterations: int = 25,
    start: list[float] | None = None,
    free: Sequence[int] | None = None,
) -> list[float]:
    """L2-penalised logistic regression by Newton's method; the bias is not penalised.

    ``free``: the positions (0 the bias, k + 1 feature k) fitted, the others kept at ``start``.
    """
    d = len(FEATURES) + 1
    w = list(start) if start is not None else [0.0] * d  # w[0] is the bias
    fit = list(free) if free is not None else list(range(d))
    rows = [((1.0, *x), y, n) for (x, y), n in sorted(data.items())]
    if free is not None:  # rows that are 0 in every free position do not move those weights
        rows = [r for r in rows if any(r[0][i] for i in fit)]
    for _ in range(iterations):
        grad = [0.0] * len(fit)
        hess = [[0.0] * len(fit) for _ in fit]
        for x, y, n in rows:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * n
            h = p * (1 - p) * n
            xf = [x[i] for i in fit]
            for a, xa in enumerate(xf):
                grad[a] += g * xa
                if xa:
                    ha = h * xa
                    row = hess[a]
                    for b, xb in enumerate(xf):
                        row[b] += ha * xb
        for a, i in enumerate(fit):
            if i:
                grad[a] += L2 * w[i]
                hess[a][a] += L2
            else:
                hess[a][a] += 1e-9
        step = _solve(hess, grad)
        for a, i in enumerate(fit):
            w[i] -= step[a]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def fit(stories: Sequence[Story]) -> PairModel:
    data: Counter[tuple[tuple[float, ...], int]] = Counter()
    for s in stories:
        data.update(examples(s))
    return fit_examples(data)


PENDING_PATH = Path(__file__).resolve().parent / "data" / "pending.toml"


def pending() -> frozenset[str]:
    """The development stories the shipped model is not fitted on yet (``data/pending.toml``)."""
    try:
        data = tomllib.loads(PENDING_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return frozenset()
    return frozenset(data.get("stories", ()))


def main() -> int:
    from alignment import load_all  # noqa: PLC0415

    waiting = pending()
    stories = [s for s in load_all() if s.id not in waiting]
    if not stories:
        print("no gold stories: nothing fitted")
        return 1
    if waiting:
        print(f"left out (benchmarks/data/pending.toml): {len(waiting)} stories")
    model = fit(stories)
    data: Counter[tuple[tuple[float, ...], int]] = Counter()
    for s in stories:
        data.update(examples(s))
    out = model.to_dict()
    out["fitted_on"] = sorted(s.id for s in stories)
    out["examples"] = {
        "positive": sum(n for (_, y), n in data.items() if y),
        "negative": sum(n for (_, y), n in data.items() if not y),
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} (fitted on {len(stories)} stories, {out['examples']})")
    print(f"  {'feature':<18} {'full':>7} {'context':>8}")
    for name, weight, cw in zip(FEATURES, model.weights, model.context_weights, strict=True):
        print(f"  {name:<18} {weight:+7.3f} {cw:+8.3f}")
    print(f"  {'bias':<18} {model.bias:+7.3f} {model.context_bias:+8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
