"""The coreference scores against the worked example of Pradhan et al. (2014) and brute force."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from coref_metrics import _hungarian_max, b_cubed, ceaf_e, conll, muc  # noqa: E402

# Pradhan et al. 2014, "Scoring coreference partitions of predicted mentions", section 4:
# key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}.
KEY = [{"a", "b", "c"}, {"d", "e", "f", "g"}]
RESPONSE = [{"a", "b"}, {"c", "d"}, {"f", "g", "h", "i"}]


def test_muc_worked_example() -> None:
    s = muc(KEY, RESPONSE)
    assert s.recall == pytest.approx(0.4)
    assert s.precision == pytest.approx(0.4)


def test_b_cubed_worked_example() -> None:
    s = b_cubed(KEY, RESPONSE)
    assert s.recall == pytest.approx(35 / 84)
    assert s.precision == pytest.approx(0.5)


def test_ceaf_e_worked_example() -> None:
    s = ceaf_e(KEY, RESPONSE)
    assert s.recall == pytest.approx(0.65)
    assert s.precision == pytest.approx(1.3 / 3)


def test_perfect_and_all_singletons() -> None:
    key = [{1, 2, 3}, {4}, {5, 6}]
    assert conll(key, key).f1 == pytest.approx(1.0)
    singletons = [{m} for m in range(1, 7)]
    s = muc(key, singletons)
    assert s.recall == 0.0 and s.precision == 0.0
    assert b_cubed(key, singletons).precision == pytest.approx(1.0)
    assert b_cubed(key, singletons).recall == pytest.approx((1 / 3 * 3 + 1 + 1 / 2 * 2) / 6)


def test_hungarian_matches_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0.0, rng.random()]) for _ in range(cols)] for _ in range(rows)]
        if rows <= cols:
            best = max(
                sum(w[i][j] for i, j in enumerate(perm)) for perm in itertools.permutations(range(cols), rows)
            )
        else:
            best = max(
                sum(w[i][j] for j, i in enumerate(perm)) for perm in itertools.permutations(range(rows), cols)
            )
        assert _hungarian_max(w) == pytest.approx(best)
