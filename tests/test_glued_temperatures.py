"""A capital glued to a figure ("40C", "104.5F", "40.3ºC") is a temperature only where the text says so.

The rules are data (compare/lang/en/measures.toml [capitals.glued]); these rows pin
each news form and each code that must stay out.
"""

from __future__ import annotations

import pytest

from compare.extract.quantities import find_quantities
from compare.intervals import overlaps
from compare.model import Quantity


def _temperatures(text: str) -> list[tuple[str, float | None, float | None, str]]:
    out = []
    for q in find_quantities(text, []):
        if q.value.unit in ("degC", "degF"):
            assert text[q.start : q.end]  # offsets index the text itself
            out.append((text[q.start : q.end], q.value.low, q.value.high, q.value.unit))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A record temperature of 40.3C was set.", [("40.3C", 40.3, 40.3, "degC")]),
        ("The temperature reached 104.5F on Tuesday.", [("104.5F", 104.5, 104.5, "degF")]),
        ("Temperatures hit a peak of 40.3ºC in Coningsby.", [("40.3ºC", 40.3, 40.3, "degC")]),
        ("It was 38.7˚C in Cambridge.", [("38.7˚C", 38.7, 38.7, "degC")]),
        ("Temperatures rose to over 40C on Tuesday.", [("over 40C", 40.0, None, "degC")]),
        (
            "The previous record was 38.7C (101.7F), set in 2019.",  # the other scale is the cue
            [("38.7C", 38.7, 38.7, "degC"), ("101.7F", 101.7, 101.7, "degF")],
        ),
        ("Weather got cold in the last days. Now its -10C", [("-10C", -10.0, -10.0, "degC")]),
        ("It will be around 28-30C in some areas in the heat.", [("around 28-30C", 28.0, 30.0, "degC")]),
        ("Temperatures fell to 5C overnight.", [("5C", 5.0, 5.0, "degC")]),  # one digit, with a cue
        ("Conditions were severe, with -15C temperatures.", [("-15C", -15.0, -15.0, "degC")]),
        (
            "It was 38.7 °C and 104 degrees Fahrenheit.",  # the forms read before
            [("38.7 °C", 38.7, 38.7, "degC"), ("104 degrees Fahrenheit", 104.0, 104.0, "degF")],
        ),
    ],
)
def test_glued_temperatures_are_read(text: str, expected: list[tuple[str, float, float, str]]) -> None:
    assert _temperatures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Heathrow was the first place to break the 40C mark.",  # no cue: the letter could be a code
        "Meet in Room 40C after the heatwave briefing.",  # a name's code
        "Flight 40F was delayed by the heat.",
        "Pupils in Grade 5C wilted in the heat.",
        "He sat in seat 3F on the hot flight.",  # a code's noun before it, despite the cue
        "He sat in seat 13F on the flight.",
        "She wears a 34C bra.",
        "Take the 12C bus to class 10F.",
        "The hot weather scrambled the 12C/14F codes.",
        "The hot weather scrambled the 1C/2F codes.",
        "The temperature sensor at 0x3F and A40C failed in the heat.",
        "Hot weather slowed SCP-173C.",
        "Vitamin B12 and F1 cars in the heat.",
        "It was 40C-2 in the heat.",
        "Temperatures of 40C2 today.",
        "Temperatures were 40Cs today.",
        "Temperatures of 2,500C in the furnace.",  # beyond the range of a temperature in the news
        "It was 40c in the heat.",  # only the capital
    ],
)
def test_codes_are_not_temperatures(text: str) -> None:
    assert _temperatures(text) == []


@pytest.mark.parametrize(
    ("celsius", "fahrenheit"),
    [(40.0, 104.0), (40.3, 104.5), (38.7, 101.7), (40.2, 104.4)],
)
def test_converted_rounded_temperatures_compare_as_one(celsius: float, fahrenheit: float) -> None:
    c = Quantity(celsius, celsius, celsius, "degC", "exact")
    f = Quantity(fahrenheit, fahrenheit, fahrenheit, "degF", "exact")
    assert overlaps(c, f) and overlaps(f, c)
