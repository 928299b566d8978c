"""Currency codes as outlets write them (issue 16: cqe-currency, ms-currency and the dev story
microsoft-activision-close-2023)."""

from __future__ import annotations

import pytest

from compare.extract import extract_text
from compare.model import Quantity


def _money(text: str) -> dict[str, Quantity]:
    facts = extract_text(text)
    return {f.text: f.value for f in facts if f.kind == "money" and isinstance(f.value, Quantity)}


@pytest.mark.parametrize(
    ("text", "written", "currency", "value"),
    [
        ("The deal is worth 115USD.", "115USD", "USD", 115),
        ("or 115.5USD", "115.5USD", "USD", 115.5),
        ("In 1993 grants totalled twenty MUSD.", "twenty MUSD", "USD", 2e7),
        ("Revenue of MEUR 60 was reported.", "MEUR 60", "EUR", 6e7),
        ("They lost 75 USD million in three years.", "lost 75 USD million", "USD", 7.5e7),
        ("Microsoft completes USD 69-B deal", "USD 69-B", "USD", 6.9e10),
        # a copy whose tokens are spaced apart (ECB+): "$ US1 million" is "$US1 million"
        ("Damage was estimated at $ US1 million ( $ 1.52 million ) .", "$ US1 million", "USD", 1e6),
        ("Damage was estimated at $US1 million.", "$US1 million", "USD", 1e6),
    ],
)
def test_codes_glued_to_figures_and_scales(text: str, written: str, currency: str, value: float) -> None:
    q = _money(text)[written]
    assert (q.unit, q.stated) == (currency, value)


@pytest.mark.parametrize(
    "text",
    [
        "He codes PHP 8 daily.",  # a code that is also a word is money only with a scale
        "A 300MW plant opened.",  # a glued unit, no currency
        "It was 5 dollars more.",  # no scale word after the currency
    ],
)
def test_no_money_read_into_words_and_units(text: str) -> None:
    assert all(q.stated in (None, 5.0) for q in _money(text).values()), _money(text)
    assert not any(q.stated and q.stated > 5 for q in _money(text).values())
