"""compare/data/yearly_rates.json against rates read from published tables.

The table was typed in by hand (session 26); benchmarks/data/rates_reference.json holds 168 yearly
averages read from the Federal Reserve's G.5A releases, its noon buying rates and the World Bank's
WDI, with their sources.  A wrong digit in the table would let two unrelated sums meet as one sum
in two currencies, so every checked value must stay within the reference's tolerance.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compare import rates

REFERENCE = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "rates_reference.json"
TOLERANCE = 0.02


def _references() -> list[tuple[str, str, int, float]]:
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    return [
        (source, currency, int(year), float(value))
        for source, by_currency in sorted(data["values"].items())
        for currency, by_year in sorted(by_currency.items())
        for year, value in sorted(by_year.items())
    ]


def test_the_reference_covers_every_currency_but_the_dollar_and_both_ends_of_the_table() -> None:
    refs = _references()
    table = rates.yearly_rates()
    assert {c for _, c, _, _ in refs} == set(table.per_usd) - {"USD"}
    years = {y for _, _, y, _ in refs}
    assert min(years) == table.years[0] and max(years) >= 2023
    assert len(refs) >= 150


@pytest.mark.parametrize(("source", "currency", "year", "value"), _references())
def test_each_yearly_rate_matches_the_published_average(
    source: str, currency: str, year: int, value: float
) -> None:
    ours = rates.yearly_rates().rate("USD", currency, year)
    assert ours is not None, (currency, year)
    assert abs(ours / value - 1) <= TOLERANCE, f"{currency} {year}: table {ours}, {source} {value}"
