"""Verdicts and their sentences on hand-built groups (compare.judge)."""

from __future__ import annotations

import datetime as dt

from compare.judge import explain, verdict_of
from compare.model import About, DateValue, Fact, Span, Verdict


def _date(doc: str, text: str, day: dt.date | None) -> Fact:
    return Fact(
        id=f"{doc}:{text}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="date",
        value=DateValue(start=day, end=day, granularity="day", anchor="publication" if day else "unresolved"),
        about=About(),
        sentence=Span(0, 40),
    )


def test_dates_no_day_could_be_given_to_never_contradict_each_other() -> None:
    """Undated "Friday" and "this morning" may be one day: they cannot be compared; no conflict."""
    facts = [_date("a", "Friday", None), _date("b", "Friday", None), _date("c", "this morning", None)]
    verdict = verdict_of(facts)
    assert verdict is Verdict.COMPATIBLE
    sentence = explain(facts, verdict, {"a": "A", "b": "B", "c": "C"})
    assert "Friday and this morning name no day, so the dates cannot be compared" in sentence
    # A day against an unresolved wording is no conflict either; two days that differ still are.
    friday = _date("a", "Friday", dt.date(2010, 9, 10))
    assert verdict_of([friday, _date("c", "this morning", None)]) is not Verdict.CONFLICT
    assert verdict_of([friday, _date("d", "Thursday", dt.date(2010, 9, 9))]) is Verdict.CONFLICT
