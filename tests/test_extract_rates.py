"""Figures of a rate decision (issue 16, dev story boe-rate-rise-2022): percentage points in every
spelling, the committee's vote, a rate moved from one level to another."""

from __future__ import annotations

import pytest

from compare.extract import extract_text
from compare.intervals import overlaps
from compare.model import Quantity


def _figures(text: str) -> dict[str, Quantity]:
    return {f.text: f.value for f in extract_text(text) if isinstance(f.value, Quantity)}


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("It raised rates by 50 basis points.", "50 basis points", 50, "bp"),
        ("The ECB moved by 25bp.", "25bp", 25, "bp"),
        ("The Fed opted for a 75-basis-point move.", "75-basis-point", 75, "bp"),
        ("It hiked rates by half a percentage point.", "half a percentage point", 0.5, "pp"),
        ("BoE lifts interest rate by half-point", "half-point", 0.5, "pp"),
        ("One member voted for a quarter-point rise.", "a quarter-point", 0.25, "pp"),
        ("Yields rose three-quarters of a point.", "three-quarters of a point", 0.75, "pp"),
    ],
)
def test_points_of_a_rate_are_percents_in_points(text: str, written: str, value: float, unit: str) -> None:
    q = _figures(text)[written]
    assert q == Quantity(value, value, value, unit, "exact")
    # one figure with the same move written in percentage points
    pp = value / 100 if unit == "bp" else value
    assert overlaps(q, Quantity(pp, pp, pp, "pp", "exact"))
    assert not overlaps(q, Quantity(2, 2, 2, "pp", "exact"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("It was a third point of contention.", "a third point"),  # an ordinal, no fraction
        ("Half of the points went to the hosts.", "Half of the points"),
    ],
)
def test_ordinals_and_shares_of_points_are_no_percentage_points(text: str, absent: str) -> None:
    assert all(q.unit != "pp" for q in _figures(text).values()), _figures(text)
    assert absent not in _figures(text)


def test_index_points_stay_points() -> None:
    # a whole number of points is an index's or a score's, not a rate's
    assert _figures("The Dow lost 300 points.")["lost 300 points"].unit == "pt"
    # and a modifier joined by a hyphen still makes one unit
    assert _figures("a 10-square-mile area")["10-square-mile"].unit == "mi2"


@pytest.mark.parametrize(
    "text",
    [
        "He sold 5 cars in 2019 and 2020 saw more.",  # a year opens no elided count
        "Five people died. 30 were taken home.",  # another sentence
        "It has 200 staff and 3.5 were lost.",  # no count of 3.5 people
    ],
)
def test_no_elided_noun_across_sentences_years_or_fractions(text: str) -> None:
    counts = [f for f in extract_text(text) if f.kind == "count"]
    assert len(counts) == 1, [f.text for f in counts]


@pytest.mark.parametrize(
    "text",
    [
        "The quake hit at 10 in the morning.",  # a whole figure after "at" is no magnitude
        "The earthquake killed 12 people.",
        "A 7 earthquakes struck.",
    ],
)
def test_only_a_decimal_figure_is_a_magnitude_by_its_quake(text: str) -> None:
    assert not [f for f in extract_text(text) if f.role == "magnitude"]


def test_more_quarters_than_make_a_whole_are_no_share() -> None:
    # boe-rate-rise-2022: "forecast five quarters of economic contraction" was read as a 125% share
    facts = extract_text("The bank forecast five quarters of economic contraction.")
    assert not [f for f in facts if f.kind == "percent"], [f.text for f in facts]
    shares = [f for f in extract_text("Three quarters of the population left.") if f.kind == "percent"]
    assert [f.value.stated for f in shares if isinstance(f.value, Quantity)] == [75.0]
