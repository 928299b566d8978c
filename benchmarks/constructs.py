"""The construct table: every form issue 16 names, scored on the rows that pin it.

The rows live in ``tests/test_roles.py`` (one table per family, each row a
sentence, the fact's text and what it must come out as); the tests fail on any
wrong row, this table shows the families side by side with their pass rates so
the accuracy report lists them next to the peer suites.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from compare.extract import extract_text
from compare.model import Fact, Quantity

TESTS = Path(__file__).resolve().parents[1] / "tests" / "test_roles.py"
# Dates placed as intervals ("the same period last year") live with the other date tests.
TIME_TESTS = TESTS.with_name("test_times.py")


def _rows(path: Path = TESTS) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_construct_rows_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _find(text: str, fact_text: str, published: dt.date) -> Fact | None:
    return next((f for f in extract_text(text, published) if f.text == fact_text), None)


def _role_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, fact_text, role, stated = row
    if fact_text is None:
        return True
    f = _find(text, fact_text, m.PUB)
    return (
        f is not None
        and f.role == role
        and isinstance(f.value, Quantity)
        and f.value.stated is not None
        and abs(f.value.stated - stated) <= 1e-6 * max(1.0, abs(stated))
    )


def _form_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, fact_text, kind, role, low, high = row
    f = _find(text, fact_text, m.PUB)
    if f is None or not isinstance(f.value, Quantity) or (f.kind, f.role) != (kind, role):
        return False
    return (
        f.value.low is not None
        and f.value.high is not None
        and abs(f.value.low - low) <= 0.1
        and abs(f.value.high - high) <= 0.1
    )


def _unit_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, fact_text, kind, unit, low, high = row
    f = _find(text, fact_text, m.PUB)
    if f is None or not isinstance(f.value, Quantity) or (f.kind, f.value.unit) != (kind, unit):
        return False
    return all(
        x is not None and abs(x - want) <= 1e-6 * max(1.0, abs(want))
        for x, want in ((f.value.low, low), (f.value.high, high))
    )


def _as_of_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, fact_text, expected = row
    f = _find(text, fact_text, m.PUB)
    return f is not None and f.as_of == expected


def _reference_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, fact_text, expected = row
    f = _find(text, fact_text, m.WEDNESDAY)
    return f is not None and f.as_of == expected


def _date_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, date_text, day = row
    f = _find(text, date_text, m.MONDAY)
    return f is not None and getattr(f.value, "start", None) == day == getattr(f.value, "end", None)


def _interval_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    text, date_text, published, start, end = row
    f = _find(text, date_text, published)
    return f is not None and (getattr(f.value, "start", None), getattr(f.value, "end", None)) == (start, end)


def _family_of_role_row(row: tuple[Any, ...]) -> str:
    text, fact_text, role, _ = row
    if fact_text is None or role in (None, "depth", "distance", "magnitude", "duration", "money"):
        return "measures by dimension (depth is not distance)"
    digits_only = fact_text.replace(",", "").replace(".", "").isdigit()
    if digits_only or fact_text.lower().startswith("about"):
        return "counted thing elsewhere in the clause (toll rose to, killing 10)"
    return "role nouns and participles folded to their class"


def _family_of_form_row(row: tuple[Any, ...]) -> str:
    text, _, kind, _, low, high = row
    if low == high == 0:
        return "zero and negated counts"
    if kind == "percent":
        return "shares (half of, one in five)"
    if low != high:
        return "vague quantities as intervals"
    return "crowds, pronoun counts, names not counts"


# The families of ``READ_ROWS`` (session 9), by the name each row gives.
_READ_FAMILIES = {
    "bounds": "bounds by a verb (the toll tops / passes / soared past 1,000)",
    "wrapped lines": "hard line breaks inside a phrase (offsets on the source)",
    "decimal commas": "continental decimal commas before a scale (\u20ac4,34 bn)",
    "storeys": "hyphened storeys of a building (eight-storey), not people",
    "pages": "hyphened pages of a document (a 93-page ruling)",
    "durations": "spans of time (the past decade, for the past two weeks, two years later, 41 years ago)",
    "people of a group": "people of a group (one of its soldiers, 21 members of its Navy were wounded)",
    "occasions": "counts of occasions (shot 11 times, arrested four times), not multiples",
    "hanging hyphens": "hanging hyphens (four-, five- and six-cylinder; two- and three-bedroom)",
    "headlines": "headlines without their verb (Death Toll in Kabul Hotel Attack at Least 18)",
    "micro units": "micro units (150 micrograms, 120 \u03bcg)",
    "glued scales": "glued scale letters before a noun (35M devices, 2.5M subscribers)",
    "fractions of a scale": "fractions of a scale (a quarter of a million, half million), not shares",
    "model codes": "models between a figure and its noun (thousands of COVID -19 tests, 63,150 Model 3s)",
    "temperatures": "temperatures with a glued letter or an ordinal sign (40C, 104F, 40.3\u00baC)",
    "percentage points": "percentage points (50 basis points, a 75-basis-point move, half a point)",
    "changes": "changes from one level to another (raised rates from 1.25% to 1.75%), not ranges",
    "vote tallies": "vote tallies (voted 8-1, an 8-1 majority, by 8 votes to 1): two counts of members",
    "breakdowns by place": "breakdowns by place (646 died in Sindh, followed by 306 in Khyber Pakhtunkhwa)",
    "noun ellipsis": "a noun left out (12,000 homes collapsed and 30,000 more were damaged)",
    "magnitudes": "magnitudes as predicates (the earthquake was 7.8; put the magnitude at 7.4; a 7.6 quake)",
    "ranks": "the rank in a series (the fifth successful operation, the sixth straight day, Day six of)",
    "things after a copula": "things named after a copula (40 are bulk carriers, 35 are container ships)",
    "named again": "a count named again (All four are from Paris, The 24 were brought to Ankara)",
    "titles won": "titles won (Six-time European champions, an 18-time national champion)",
    "first to": "the rank among those that did something (the fifth country to land on the Moon)",
    "parts of things": "a part of a whole of things (four of 11 counts, seven of the 30 districts)",
    "spelled millions": "numbers spelled with a scale of a million, no noun (the CGT claims two million)",
    "out of": "a part of a group in figures (23 out of 75 climbers were found dead), not a share",
    "bracketed groups": "a breakdown in brackets by groups (the 23 pirates ( 12 Somali and 11 Yemeni ))",
    "among those who died": "parts of a toll (10 women were among those who lost their lives)",
    "earlier values": "earlier values of a count (the toll climbed to 54, up from 42 on Sunday)",
    "race times": "race times as durations (won in 2:00:35, clocked 1:59:40.2), not clocks (at 04:17:35)",
    "half hours": "a half hour (more than a half hour, a half-hour meeting)",
    "lists of counts": "a list of counts with one noun (won 24, 20 and 7 seats)",
    "fractions of a unit": "fractions of a unit (three-quarters of a mile, a quarter mile), not shares",
    "abbreviated units": "abbreviated plurals of three letters (3 hrs, 12 yrs, 40 yrs old)",
    "acronym plurals": "acronyms as counted nouns (526,409 EVs, 12 MPs, 526,409 EV deliveries, not eV)",
    "all aboard": "a verb's figure after all, before aboard (killing all 61 aboard, all 40 passengers)",
    "rough figures": "rough figures before a noun or unit (40-odd people, 40-plus people, 30-odd years)",
    "south asian grouping": "South Asian digit grouping ($7,50,000, Rs 1,50,000, 1,50,000 people)",
    "dozens after a numeral": "a dozen after a numeral multiplies it (3 dozen homes is 36 homes)",
    "one unit long": "one unit of time with an article and -long (a month-long trial, a weeklong strike)",
    "and a half after units": "half a unit more after whole units (two hours and a half, a mile and a half)",
    "a place before the verb": "a place between a count and its verb (six people in Kabul were killed)",
    "parts of a compound whole": "a part of a compound whole (five of the six coast guard members on board)",
    "after a lead": "a noun left out after another or a further (another 600, equalled in another five)",
}


def _score_ok(m: ModuleType, row: tuple[Any, ...]) -> bool:
    return bool(m.score_row_ok(row))


def construct_table() -> list[tuple[str, int, int, list[str]]]:
    """(family, cases, passed, failing sentences) for every construct family."""
    m = _rows()
    times = _rows(TIME_TESTS)
    families: dict[str, list[tuple[bool, str]]] = {}

    def add(family: str, ok: bool, text: str) -> None:
        families.setdefault(family, []).append((ok, text))

    checks: list[tuple[list[tuple[Any, ...]], Callable[[tuple[Any, ...]], str], Callable[..., bool]]] = [
        (m.ROLE_ROWS, _family_of_role_row, _role_ok),
        (m.FORM_ROWS, _family_of_form_row, _form_ok),
        (m.UNIT_ROWS, lambda _: "measures, ages and money as written", _unit_ok),
        (m.AS_OF_ROWS, lambda _: "reporting time (as_of)", _as_of_ok),
        (m.DATE_ROWS, lambda _: "dates as a reader would (weekday, future markers)", _date_ok),
        (m.READ_ROWS, lambda row: _READ_FAMILIES[row[0]], lambda _m, row: _m.read_row_ok(row)),
        (m.SCORE_ROWS, lambda _: "match scores (won 3-1): no range, no count", _score_ok),
        (
            m.NOT_COUNT_ROWS,
            lambda _: (
                "ordinals of a person or thing (the 58th passenger, the fifth floor) "
                "and clock times (0700): no count"
            ),
            lambda _m, row: _m.not_count_row_ok(row),
        ),
        (
            times.REFERENCE_ROWS,
            lambda _: "reference times: when a figure was true (now, initially reported, up from 42 Monday)",
            lambda _m, row: _reference_ok(times, row),
        ),
        (
            times.INTERVAL_ROWS,
            lambda _: "dates as intervals (the same period last year, quarters, '82, the '90s, holidays)",
            lambda _m, row: _interval_ok(_m, row),
        ),
    ]
    for rows, family, check in checks:
        for row in rows:
            add(family(row), check(m, row), row[0])
    return [
        (name, len(results), sum(ok for ok, _ in results), [t for ok, t in results if not ok])
        for name, results in families.items()
    ]


if __name__ == "__main__":
    for name, cases, passed, failing in construct_table():
        print(f"{name}: {passed}/{cases}" + (f"  failing: {failing}" if failing else ""))
