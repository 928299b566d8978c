"""How values read in explanations and reports: one formatter, used everywhere."""

from __future__ import annotations

from compare.model import DateValue, Fact, Quantity
from compare.render.values import _CURRENCY_SYMBOLS, _QUALIFIER_WORDS, plural
from compare.render.values import format_number as number

__all__ = ["date_phrase", "duration", "number", "participle", "plural", "quantity_phrase", "value_phrase"]

_PARTICIPLES = {
    "kill": "killed",
    "deploy": "deployed",
    "injure": "injured",
    "displace": "displaced",
    "arrest": "arrested",
    "give": "given",
    "spend": "spent",
    "seize": "seized",
    "meet": "met",
    "speak": "spoken",
}


def duration(seconds: float) -> str:
    for size, unit in ((31556952, "year"), (604800, "week"), (86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size and (seconds / size) * 4 == int((seconds / size) * 4):
            n = seconds / size
            return f"{n:g} {unit}{'' if n == 1 else 's'}"
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} hours"
    if seconds >= 60:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds:g} seconds"


def participle(stem: str) -> str:
    """ "deploy" → "deployed"; stems are cut before a final "e", so "conclud" → "concluded"."""
    if stem in _PARTICIPLES:
        return _PARTICIPLES[stem]
    return stem + ("d" if stem.endswith("e") else "ed")


def _amount(q: Quantity, x: float) -> str:
    if q.unit == "s":
        return duration(x)
    if q.unit in ("%", "pp"):
        return f"{number(x)}{'%' if q.unit == '%' else ' percentage points'}"
    if len(q.unit) == 3 and q.unit.isupper():
        symbol = _CURRENCY_SYMBOLS.get(q.unit)
        return f"{symbol}{number(x)}" if symbol else f"{number(x)} {q.unit}"
    return number(x)


def quantity_phrase(q: Quantity, *, with_unit: bool = False) -> str:
    """ "about 100,000", "more than $2.5 billion", "9 to 10", "2 hours"."""
    if q.stated is None:
        if q.low is not None and q.high is not None:
            text = f"{_amount(q, q.low)} to {_amount(q, q.high)}"
        elif q.low is not None:
            text = f"at least {_amount(q, q.low)}"
        elif q.high is not None:
            text = f"at most {_amount(q, q.high)}"
        else:
            text = "an unknown amount"
    else:
        text = _QUALIFIER_WORDS.get(q.qualifier, "") + _amount(q, q.stated)
    measure_unit = q.unit not in ("s", "%", "pp") and not (len(q.unit) == 3 and q.unit.isupper())
    if with_unit and measure_unit:
        text += f" {q.unit}"
    return text


def date_phrase(v: DateValue) -> str:
    if v.start is None or v.end is None:
        return "an unresolved date"
    if v.start == v.end:
        return v.start.isoformat()
    if v.granularity == "month" and v.start.day == 1 and v.start.month == v.end.month:
        return v.start.strftime("%Y-%m")
    if (
        v.granularity in ("year", "decade")
        and v.start.month == 1
        and v.start.day == 1
        and v.end.month == 12
        and v.end.day == 31
    ):
        return str(v.start.year) if v.start.year == v.end.year else f"{v.start.year}–{v.end.year}"
    return f"{v.start.isoformat()} – {v.end.isoformat()}"


def value_phrase(fact: Fact) -> str:
    """A fact's value for a sentence: "about 100,000", "January 9-10 (2022-01-09 – 2022-01-10)"."""
    v = fact.value
    if isinstance(v, DateValue):
        written = " ".join(fact.text.split())
        resolved = date_phrase(v)
        return written if resolved == written else f"{written} ({resolved})"
    return quantity_phrase(v, with_unit=fact.kind == "measure")
