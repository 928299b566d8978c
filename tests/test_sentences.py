"""The report's sentences are data (lang/en/sentences.toml), checked when they are read."""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
from pathlib import Path
from typing import Any, get_args

import pytest

import compare
from compare import sentences
from compare.baseline import Status
from compare.lang import lexicon

PACKAGE = Path(compare.__file__).parent


def _read(edit: Any) -> Any:
    """``sentences._read`` of English's sentences.toml after ``edit`` changed a copy of it."""
    data = copy.deepcopy(dict(lexicon().sentences))
    edit(data)
    return sentences._read(dataclasses.replace(lexicon(), sentences=data))


def test_english_is_read_and_fills_the_parts_of_a_sentence() -> None:
    assert sentences.sentence("explain", "only", part="Reuters says 10") == (
        "Only Reuters says 10; no other outlet states this."
    )
    assert sentences.sentence("labels", "places", label="people killed", places="Gaza") == (
        "people killed (Gaza)"
    )


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d["explain"].update(only="Only {parts}; no other outlet states this."),  # misspelt part
        lambda d: d["explain"].update(
            conflict="{parts} — {a} ({outlet_a}) and {b} do not overlap."
        ),  # dropped
        lambda d: d["explain"].update(then=", then {step!r}"),  # a conversion is code, not words
        lambda d: d["explain"].pop("agree"),  # a key missing
        lambda d: d["labels"].update(extra="{label}"),  # a key no reader fills
        lambda d: d["status"].update(new=3),  # not a sentence
        lambda d: d["agreement"].update(say=["says"]),  # not [one, several]
        lambda d: d["lists"].pop("last"),
    ],
)
def test_a_sentence_file_that_does_not_fit_its_readers_is_refused_when_read(edit: Any) -> None:
    with pytest.raises(ValueError, match=r"sentences\.toml \["):
        _read(edit)


def test_a_translation_may_put_the_parts_in_any_order() -> None:
    def reorder(d: dict[str, Any]) -> None:
        d["explain"]["says"] = "{value}, {say} {outlets}"

    read = _read(reorder)
    assert read.templates["explain"]["says"].format(outlets="A", say="says", value="10") == "10, says A"


def test_lists_and_agreement() -> None:
    assert [sentences.join(x) for x in ([], ["A"], ["A", "B"], ["A", "B", "C"])] == [
        "",
        "A",
        "A and B",
        "A, B and C",
    ]
    assert sentences.series(["A", "B", "C"]) == "A, B, C"
    assert sentences.clauses(["A says 1", "B says 2"]) == "A says 1; B says 2"
    assert (sentences.agree("say", 1), sentences.agree("say", 2)) == ("says", "say")


def test_every_status_of_an_assessment_has_its_words() -> None:
    assert set(sentences.FIELDS["status"]) == set(get_args(Status))


def test_every_sentence_of_the_explanations_and_labels_is_used_by_the_code() -> None:
    # A key no module names is a sentence no report can write: drop it from the file.
    code = "".join(p.read_text("utf-8") for p in PACKAGE.rglob("*.py") if p.name != "sentences.py")
    unused = [
        f"[{table}] {key}"
        for table in ("explain", "labels")
        for key in sentences.FIELDS[table]
        if not re.search(rf"[\"']{key}[\"']", code)
    ]
    assert not unused


# The modules that write what a reader of a report sees; their sentences are sentences.toml's.
_REPORT_MODULES = ("judge.py", "display.py", "render/*.py")
# Messages of the program itself (standard error, not a report), named "module:constant".
_MESSAGES = {"render/pdf.py:MISSING_PANGO"}
_RUN_OF_WORDS = re.compile(r"[a-z]{2,} [a-z]{2,} [a-z]{2,}")


def sentences_in_code(source: str) -> list[tuple[int, str, str]]:
    """(line, owner, text) of each string in ``source`` holding a run of three words: a sentence
    written in code.  Docstrings and the messages of a ``raise`` are no part of a report."""
    tree = ast.parse(source)
    skipped: set[int] = set()
    owners: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skipped.add(id(node.value))
        elif isinstance(node, ast.Raise):
            skipped.update(id(n) for n in ast.walk(node))
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            owners.update((id(n), node.targets[0].id) for n in ast.walk(node.value))
    return [
        (node.lineno, owners.get(id(node), ""), node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skipped
        and _RUN_OF_WORDS.search(node.value)
    ]


def test_the_report_writes_no_sentence_in_code() -> None:
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line}: {text[:60]!r}"
        for pattern in _REPORT_MODULES
        for path in sorted(PACKAGE.glob(pattern))
        for line, owner, text in sentences_in_code(path.read_text("utf-8"))
        if f"{path.relative_to(PACKAGE).as_posix()}:{owner}" not in _MESSAGES
    ]
    assert not found, "put the report's sentences in compare/lang/en/sentences.toml: " + "; ".join(found)


def test_the_sentence_detector_finds_a_sentence_in_each_form() -> None:
    planted = '''
"""A docstring may say what it likes."""
LABEL = "the values cannot all be true"
def f(a, b):
    """So may this one."""
    if a is None:
        raise ValueError(f"{a}: expected a value here")
    return f"{a} — these cannot both be true: {b}"
'''
    assert [(line, owner) for line, owner, _ in sentences_in_code(planted)] == [(3, "LABEL"), (8, "")]
