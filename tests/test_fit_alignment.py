"""The fit of the pair model (benchmarks/fit_alignment.py) on small made-up example sets."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

# benchmarks/ is not an installed package; make the repository root importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import fit_alignment as fa  # noqa: E402
from compare.align import DATE_FEATURES, FEATURES  # noqa: E402

F = {name: k for k, name in enumerate(FEATURES)}


def _x(**values: float) -> tuple[float, ...]:
    x = [0.0] * len(FEATURES)
    for name, v in values.items():
        x[F[name]] = v
    return tuple(x)


def _examples() -> Counter[tuple[tuple[float, ...], int]]:
    """Counts whose equal values are one fact half the time; dates sharing a name nearly always."""
    data: Counter[tuple[tuple[float, ...], int]] = Counter()
    count = _x(named_cues=0.3, same_value=1.0, overlap=1.0, closeness=1.0)
    data[(count, 1)] += 50
    data[(count, 0)] += 50
    data[(_x(named_cues=0.1, closeness=0.3), 0)] += 80
    data[(_x(named_cues=0.1, closeness=0.3), 1)] += 10
    named_day = _x(named_cues=0.3, same_value=1.0, overlap=1.0, closeness=1.0, date_cue=1.0)
    data[(named_day, 1)] += 45
    data[(named_day, 0)] += 5
    day = _x(sentence_words=0.2, same_value=1.0, overlap=1.0, closeness=1.0)
    data[(day, 1)] += 20
    data[(day, 0)] += 20
    return data


def test_the_features_of_dates_move_no_other_kind_of_pair() -> None:
    # Fitted second, with the others fixed: every weight but those of DATE_FEATURES is the fit without them.
    data = _examples()
    model = fa.fit_examples(data)
    without: Counter[tuple[tuple[float, ...], int]] = Counter()
    for (x, y), n in data.items():
        without[(tuple(0.0 if FEATURES[k] in DATE_FEATURES else v for k, v in enumerate(x)), y)] += n
    general = fa.fit_examples(without)
    for k, name in enumerate(FEATURES):
        if name not in DATE_FEATURES:
            assert abs(model.weights[k] - general.weights[k]) < 1e-9, name
    assert model.bias == general.bias
    count = _x(named_cues=0.3, same_value=1.0, overlap=1.0, closeness=1.0)
    assert model.probability(count) == general.probability(count)
    # ... and the dates that share a name are scored as the examples say: well above the counts.
    assert model.weights[F["date_cue"]] > 1.0
    named_day = _x(named_cues=0.3, same_value=1.0, overlap=1.0, closeness=1.0, date_cue=1.0)
    assert model.probability(named_day) > 0.8 > general.probability(named_day)
    # The context model never sees them.
    assert all(model.context_weights[F[name]] == 0.0 for name in DATE_FEATURES)
