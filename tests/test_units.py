"""Measures compare in one dimension after conversion (compare/units.py, units.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compare.intervals import overlaps
from compare.model import Quantity
from compare.units import convert, info, same_dimension

UNITS = Path(__file__).resolve().parents[1] / "compare" / "lang" / "en" / "units.toml"


def q(value: float, unit: str, qualifier: str = "exact") -> Quantity:
    low, high = (value * 0.9, value * 1.1) if qualifier == "about" else (value, value)
    return Quantity(value, low, high, unit, qualifier)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (q(30, "km"), q(18.6, "mi")),  # the same distance, rounded
        (q(5, "ft"), q(1.5, "m")),
        (q(100, "kg"), q(220, "lb")),
        (q(30, "degC"), q(86, "degF")),
        (q(10, "ha"), q(25, "acre")),
        (q(100, "km/h"), q(62, "mph")),
    ],
)
def test_one_figure_in_two_units_overlaps(a: Quantity, b: Quantity) -> None:
    assert overlaps(a, b) and overlaps(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (q(30, "km"), q(30, "mi")),
        (q(5, "ft"), q(5, "m")),
        (q(10, "km"), q(10, "kg")),  # different dimensions never overlap
    ],
)
def test_different_figures_do_not_overlap(a: Quantity, b: Quantity) -> None:
    assert not overlaps(a, b)


def test_rounding_widens_only_across_units() -> None:
    assert convert(q(18.6, "mi"), "mi") == (18.6, 18.6)
    low, high = convert(q(18.6, "mi"), "km")  # type: ignore[misc]
    assert low == pytest.approx(18.55 * 1.609344) and high == pytest.approx(18.65 * 1.609344)
    assert convert(q(1, "km"), "kg") is None
    assert same_dimension("km", "ft") and not same_dimension("km", "kg")


def test_about_is_not_widened_again() -> None:
    low, high = convert(q(100, "km", "about"), "m")  # type: ignore[misc]
    assert (low, high) == pytest.approx((90_000, 110_000))


def test_every_canonical_unit_of_the_extractor_has_a_factor() -> None:
    from compare.extract.quantities import vocabulary
    from compare.lang import lexicon

    _MEASURES = vocabulary(lexicon()).measures  # the English scanner's units (was a module table)

    skip = {
        "magnitude",
        "deg",
        "pt",
        "dB",
        "ppm",
        "ppb",
        "rpm",
        "GB",
        "MB",
        "TB",
        "kB",
        "Mbps",
        "Gbps",
        "mAh",
        "MP",  # megapixels: a count of pixels
        "fps",  # frames per second: a rate of frames, which pint would set beside hertz
        "caliber",  # a bore in hundredths or thousandths of an inch by convention, not a length to convert
    }
    missing = {u.canonical for u in _MEASURES.values()} - skip
    assert {u for u in missing if info(u) is None} == set()


def test_cached_factors_match_pint() -> None:
    pint = pytest.importorskip("pint")
    registry = pint.UnitRegistry()
    rows = tomllib.loads(UNITS.read_text("utf-8"))["units"]
    for unit, row in rows.items():
        expr = row["pint"]
        if expr in ("degC", "degF"):
            continue
        one = registry.parse_expression(expr) if expr[0].isdigit() else registry.Quantity(1.0, expr)
        base = one.to_base_units()
        assert row["to_base"] == pytest.approx(base.magnitude), unit
        assert row["dimension"] == str(one.dimensionality), unit


def test_si_prefixed_and_powered_units_are_generated_from_the_data() -> None:
    from compare.lang import lexicon

    words = lexicon().measure_words
    assert (words["km"], words["kilometre"], words["kilometer"]) == ("km", "km", "km")
    assert (words["gwh"], words["gigawatt-hour"], words["megapascal"]) == ("GWh", "GWh", "MPa")
    assert (words["μm"], words["µm"], words["micrometre"]) == ("um", "um", "um")
    assert (words["cubic feet"], words["square mile"], words["sq km"]) == ("ft3", "mi2", "km2")
    assert words["bps"] == "bp" and "v" not in words  # basis points; "v" is not a volt on its own


def test_two_units_folding_to_one_word_are_refused() -> None:
    from compare.lang import _measures

    clash = {"si": {"prefixes": {"m": {"name": "milli"}, "M": {"name": "mega"}},
                    "units": {"m": {"names": ["metre"], "prefixes": ["m", "M"]}}}}
    with pytest.raises(ValueError, match="'Mm' means both 'mm' and 'Mm'"):
        _measures(clash)


def test_basis_points_are_percentage_points_by_pints_factors() -> None:
    """ "50 basis points" and "0.5 percentage points" are one figure: a percent in basis points is
    compared with percentage points by the factors units.toml holds (from pint), never a hand table."""
    from compare.extract import extract_text

    bp, pp = info("bp"), info("pp")
    assert bp is not None and pp is not None and same_dimension("bp", "pp")
    assert bp.to_base / pp.to_base == pytest.approx(0.01)
    [fact] = [f for f in extract_text("It raised rates by 50 basis points.") if f.kind != "date"]
    assert (fact.kind, fact.value) == ("percent", Quantity(50, 50, 50, "bp", "exact"))
    [other] = [f for f in extract_text("It raised rates by 0.5 percentage points.") if f.kind != "date"]
    assert overlaps(fact.value, other.value) and overlaps(other.value, fact.value)
    assert not overlaps(fact.value, Quantity(0.25, 0.25, 0.25, "pp", "exact"))
    # a percentage point is no percent: 0.5 points of a rise and a rate of 0.5% are apart
    assert not same_dimension("pp", "%")

