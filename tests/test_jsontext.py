"""The report's JSON writer: byte for byte what ``json.dumps(..., ensure_ascii=False, indent=2)`` writes."""

from __future__ import annotations

import enum
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import jsontext, pipeline
from compare.schema import dump_chunks, dumps, facts_to_dict, report_to_dict

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("DIVERGENCE_FUZZ_EXAMPLES", "0") or 0)


def stdlib(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def test_the_seeds_report_is_byte_identical() -> None:
    report = pipeline.run([str(ROOT / "seeds")])
    data = report_to_dict(report)
    assert report.findings and report.facts
    expected = stdlib(data) + "\n"
    assert dumps(data) == expected
    assert "".join(dump_chunks(data)) == expected
    assert dumps(facts_to_dict(report)) == stdlib(facts_to_dict(report)) + "\n"
    # Lazy (what the report writer uses): each item made as the text reaches it, same bytes,
    # empty lists included.
    lazy = report_to_dict(report, lazy=True)
    assert isinstance(lazy["facts"], jsontext.Mapped)
    assert "".join(dump_chunks(lazy)) == expected
    assert jsontext.text({"a": jsontext.Mapped([], str), "b": jsontext.Mapped([1, 2], str)}) == stdlib(
        {"a": [], "b": ["1", "2"]}
    )


def test_chunks_are_large_and_join_to_the_whole_text() -> None:
    data = {"facts": [{"id": f"a@{i}", "n": i, "x": [i, None, True]} for i in range(3000)], "z": {}}
    chunks = list(jsontext.iter_text(data, chunk=10_000))
    assert "".join(chunks) == stdlib(data)
    # A few big pieces, not one per bracket and value as json.JSONEncoder.iterencode yields.
    assert 10 < len(chunks) < 60


class Colour(enum.StrEnum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        "",
        0,
        None,
        {"a": []},
        {"a": {}},
        [[], {}, [[]], [{}]],
        {"": ""},
        [""],
        {"x": float("nan"), "y": float("inf"), "z": -float("inf"), "w": -0.0, "v": 1e-07, "u": 1e300},
        {1: "int key", 2.5: "float key", False: "bool key", None: "none key", float("nan"): "nan key"},
        {"s": 'quote " backslash \\ newline \n tab \t nul \x00 del \x7f bidi \u202e nbsp \u00a0 emoji 😀'},
        {"surrogate-free \u2028 \u2029": ["\x1f", "\u0085"]},
        {"enum": Colour.RED, "int-enum": Level.HIGH, "tuple": (1, 2), Colour.RED: 1},
        {"deep": [[[[[[[[[[[[[[[[[[[[[[[["bottom"]]]]]]]]]]]]]]]]]]]]]]]]},
        {"facts": [{"a": 1}, {"b": [2, {"c": None}]}], "skipped": [], "summary": {"agree": 0}},
    ],
)
def test_edge_cases_match_the_standard_library(data: object) -> None:
    assert jsontext.text(data) == stdlib(data)
    assert "".join(jsontext.iter_text(data, chunk=1)) == stdlib(data)


def test_what_json_cannot_write_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        jsontext.text({"a": object()})
    with pytest.raises(TypeError):
        jsontext.text({(1, 2): "tuple key"})


scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
)
keys = st.text(max_size=6) | st.integers(-5, 5) | st.floats(allow_nan=False) | st.booleans() | st.none()
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.tuples(children, children)
        | st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=30,
)


@settings(
    max_examples=EXAMPLES or 300,
    deadline=None,
    derandomize=not EXAMPLES,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(values)
def test_any_json_value_is_written_as_the_standard_library_writes_it(data: object) -> None:
    expected = stdlib(data)
    assert jsontext.text(data) == expected
    assert "".join(jsontext.iter_text(data, chunk=7)) == expected
