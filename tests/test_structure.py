"""The shape of the package: one owner per concept (issue 15)."""

from __future__ import annotations

import doctest
import itertools

from hypothesis import given
from hypothesis import strategies as st

from compare import intervals

_finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False)


@st.composite
def _spans(draw: st.DrawFn) -> tuple[float, float]:
    a, b = draw(_finite), draw(_finite)
    low = draw(st.one_of(st.just(min(a, b)), st.just(float("-inf"))))
    high = draw(st.one_of(st.just(max(a, b)), st.just(float("inf"))))
    return low, high


def test_interval_docstring_examples_hold() -> None:
    failures, tried = doctest.testmod(intervals)
    assert tried > 0 and failures == 0


@given(_spans(), _spans())
def test_overlap_symmetric_and_opposite_to_disjoint(a: tuple[float, float], b: tuple[float, float]) -> None:
    assert intervals.bounds_overlap(a, b) == intervals.bounds_overlap(b, a)
    assert intervals.disjoint_bounds(a, b) != intervals.bounds_overlap(a, b)


@given(st.lists(_spans(), min_size=1, max_size=6))
def test_all_overlap_is_pairwise_overlap(spans: list[tuple[float, float]]) -> None:
    # The tolerance grows with the bound, so the pair (largest low, smallest
    # high) decides for all: the linear test is the quadratic one.
    pairwise = all(intervals.bounds_overlap(a, b) for a, b in itertools.combinations(spans, 2))
    assert intervals.all_overlap(spans) == pairwise


def test_unknown_intervals_overlap_nothing_but_unknown_days_veto_nothing() -> None:
    assert not intervals.bounds_overlap(None, (0.0, 1.0))
    assert not intervals.all_overlap([(0.0, 1.0), None])
    assert intervals.days_within(None, (5, 6), slack=0)
    assert not intervals.days_within((1, 2), (5, 6), slack=2)
    assert intervals.days_within((1, 2), (5, 6), slack=3)


def test_float_noise_is_not_a_disjoint_pair() -> None:
    # 2.5 billion computed two ways differs in the last bit.
    a = (2.5e9, 2.5e9)
    b = (0.1 * 3 * 1e9 / 0.3 * 2.5, 0.1 * 3 * 1e9 / 0.3 * 2.5)
    assert intervals.bounds_overlap(a, b)
    assert intervals.disjoint_bounds((1.0, 2.0), (2.0 + 1e-6, 3.0))


# --- the kind registry -------------------------------------------------------


def test_kind_registry_covers_every_declared_kind_in_order() -> None:
    from compare import kinds, model

    assert tuple(kinds.KINDS) == model.KINDS
    assert set(kinds.declared_kinds()) == set(kinds.KINDS)
    for name, info in kinds.KINDS.items():
        assert info.name == name and info.label and info.noun and info.plural


def test_every_kind_has_an_extractor_that_finds_its_example() -> None:
    import datetime as dt

    from compare.extract import extract_facts
    from compare.kinds import KINDS
    from compare.model import Document

    for name, info in KINDS.items():
        text = f"Officials said on Monday that the figure was {info.example}.\n"
        doc = Document(
            id="d", path="d.txt", text=text, outlet="O", title="", sha256="0", story="s",
            published=dt.date(2022, 1, 12),
        )
        found = {f.kind for f in extract_facts(doc) if text[f.start : f.end] in info.example}
        assert name in found, (name, info.example, found)
