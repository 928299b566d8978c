"""Shares of a count in progress (compare.tallies) and the judge's verdict on them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from compare import tallies
from compare.extract import extract_facts
from compare.judge import explain, verdict_of
from compare.model import About, Document, Fact, Quantity, Span, Verdict
from compare.tallies import count_progress


def _doc(name: str, text: str) -> Document:
    return Document(
        id=name,
        path=name,
        text=text,
        outlet=name,
        title="",
        sha256="0" * 64,
        story="s",
        published=dt.date(2023, 11, 20),
    )


def _progress(text: str) -> dict[str, str]:
    """Count progress by the text of each percentage of ``text``."""
    doc = _doc("a", text)
    facts = extract_facts(doc)
    found = count_progress(facts, [doc])
    return {f.text: found[f.id] for f in facts if f.id in found}


def test_a_share_told_with_the_count_s_progress_is_one_of_a_count_in_progress() -> None:
    told = _progress("Milei won 55.95% of the votes, with almost 87% of the tables counted.\n")
    assert told == {"55.95%": "87% of the tables counted", "almost 87%": "87% of the tables counted"}
    assert _progress(
        "After processing of more than 98 percent of the ballots, Erdogan won 52.1 percent.\n"
    ) == {
        "more than 98 percent": "processing of more than 98 percent of the ballots",
        "52.1 percent": "processing of more than 98 percent of the ballots",
    }
    assert _progress("Milei won 55% of the vote, according to official partial results.\n") == {
        "55%": "partial results"
    }


def test_the_sentence_before_in_its_paragraph_tells_the_progress_but_no_other_paragraph() -> None:
    same = _progress('"We counted 54.6% of the votes. 45.53% voted for Kilicdaroglu," he said.\n')
    assert same.get("45.53%") == "counted 54.6% of the votes"
    other = _progress("We counted 54.6% of the votes.\nInflation stands at 143%.\n")
    assert "143%" not in other


def test_a_share_with_no_such_words_is_no_count_in_progress() -> None:
    assert _progress("Inflation soared to 140 percent, and 40% of the population is poor.\n") == {}
    assert (
        _progress("Erdogan won 52.18% of the vote, the election council said in its final results.\n") == {}
    )


def _reported(doc: str, n: float, text: str, kind: str, unit: str, about: About, as_of: dt.date) -> Fact:
    """A figure of one report day, exactly as written, its sentence its whole line."""
    return Fact(
        id=f"{doc}:{n}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind=kind,
        value=Quantity(stated=n, low=n, high=n, unit=unit, qualifier="exact"),
        about=about,
        sentence=Span(0, 40),
        as_of=as_of,
    )


def _share(doc: str, n: float, day: int) -> Fact:
    return _reported(doc, n, f"{n:g}%", "percent", "%", About(), dt.date(2023, 11, day))


def test_shares_of_a_count_in_progress_are_updated_not_a_conflict() -> None:
    early, late = _share("a", 55.95, 19), _share("b", 55.8, 20)
    progress = {early.id: "87% of the tables counted", late.id: "97.6% of the ballots counted"}
    facts = [early, late]
    assert verdict_of(facts) is Verdict.CONFLICT
    assert verdict_of(facts, progress=progress) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B"}, progress=progress)
    assert sentence == (
        'The share moved as the count went on: 55.95% on 19 November (A: "87% of the tables counted"); '
        '55.8% on 20 November (B: "97.6% of the ballots counted") — a later or fuller count supersedes '
        "an earlier one."
    )
    undated = dataclasses.replace(late, as_of=None)
    assert '55.8% (B: "97.6% of the ballots counted"; no report day)' in explain(
        [early, undated], Verdict.UPDATED, {"a": "A", "b": "B"}, progress=progress
    )
    # One share told in progress is enough for a finished share of a later day.
    assert verdict_of(facts, progress={early.id: "87% of the tables counted"}) is Verdict.UPDATED
    # Two finished shares of one day that cannot both hold still contradict each other.
    final = [_share("c", 84.15, 21), _share("d", 87.05, 21)]
    assert verdict_of([early, *final], progress={early.id: "87% of the tables counted"}) is Verdict.CONFLICT
    # No progress told, an old count, or a figure of another kind: no update.
    assert verdict_of(facts, recent=False, progress=progress) is Verdict.CONFLICT
    durations = [dataclasses.replace(f, kind="duration") for f in facts]
    assert verdict_of(durations, progress=progress) is Verdict.CONFLICT
    # The same share in every report agrees, whatever the count's progress.
    same = [_share("a", 55.8, 19), _share("b", 55.8, 20)]
    assert verdict_of(same, progress={same[0].id: "87% of the tables counted"}) is Verdict.AGREE


def test_a_sentence_s_words_of_progress_are_read_once_for_all_its_shares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every share of one sentence reads the same window: searching it again for each share was
    # quadratic in a long sentence of shares.
    searched: list[int] = []

    class Counting:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            searched.append(endpos - pos)
            return self.pattern.search(text, pos, endpos)

    progress, unfinished, estimates = tallies._patterns()
    monkeypatch.setattr(
        tallies, "_patterns", lambda: (Counting(progress), Counting(unfinished), Counting(estimates))
    )
    shares = ", ".join(f"{k}.5% in district {k}" for k in range(2, 40))
    told = _progress(f"With 87% of the ballots counted, Milei won {shares}.\n")
    assert len(told) >= 38 and set(told.values()) == {"87% of the ballots counted"}, told
    assert len(searched) <= 2, len(searched)
    # An estimate before the figures ("exit poll") is found once too, whichever figure asks.
    searched.clear()
    told = _progress(f"The exit poll gave Milei {shares}.\n")
    assert len(told) >= 38 and set(told.values()) == {"exit poll"}, told
    assert len(searched) <= 3, len(searched)


def _seats(doc: str, n: int, day: int) -> Fact:
    return _reported(doc, n, f"{n} seats", "count", "seat", About(noun="seat"), dt.date(2024, 2, day))


def test_counts_of_a_count_in_progress_are_updated_not_a_conflict() -> None:
    """A party "leading with 97 seats" in "unofficial provisional results", then "101 seats" in the
    final result the next day: a count told while the votes were counted gives way to a later or
    fuller count, as a share does (``judge._count_in_progress``, twenty-seventh session; before, a
    count was never read so and the two were a conflict).  Two final counts of one day that cannot
    both hold, or counts with no words of progress, still conflict."""
    told = _progress(
        "According to the unofficial provisional results for 241 out of 266 seats, independents lead"
        " with 97 seats.\n"
    )
    assert told == dict.fromkeys(("241", "266 seats", "97 seats"), "unofficial provisional results")
    assert _progress("Independents secured 101 seats in the final result.\n") == {}
    early, late = _seats("a", 97, 10), _seats("b", 101, 11)
    progress = {early.id: "unofficial provisional results"}
    assert verdict_of([early, late]) is Verdict.CONFLICT
    assert verdict_of([early, late], progress=progress) is Verdict.UPDATED
    sentence = explain([early, late], Verdict.UPDATED, {"a": "A", "b": "B"}, progress=progress)
    assert sentence.startswith(
        'The figure moved as the count went on: 97 on 10 February (A: "unofficial provisional results")'
    )
    final = [_seats("c", 99, 11), late]
    assert verdict_of([early, *final], progress=progress) is Verdict.CONFLICT


def test_shares_of_the_count_in_words_and_exit_polls_tell_a_count_in_progress() -> None:
    """ "will win 36 seats after counting almost a third of the votes", "With nearly all votes counted,
    ... 37 seats", "The first exit poll showed that his party will win 35": a share of the count
    written as words (``[tallies] shares``) and an estimate the count supersedes (``[tallies]
    estimates``, before the figure) tell a count in progress as "87% of the tables counted" does
    (twenty-eighth session; before, none of the three was read).  Fractions and "all" with no
    counting verb, or of another noun, tell nothing; nor an exit poll named after the figure."""
    assert _progress("The party will win 36 seats after counting almost a third of the votes.\n") == {
        "36 seats": "counting almost a third of the votes",
        "a third": "counting almost a third of the votes",
    }
    assert _progress("With nearly all votes counted, the party has won 37 seats.\n") == {
        "37 seats": "all votes counted"
    }
    poll_said = _progress("The first exit poll showed that his party will win 35 seats.\n")
    assert poll_said == {"35 seats": "exit poll"}
    # The estimate tells so only before the figure: after it, the figure is the count's.
    assert _progress("The bloc was leading in 232 seats, belying all exit poll predictions.\n") == {}
    assert _progress("Half of the 40 people were injured. All 12 votes went to him.\n") == {}
    poll, third, final = _seats("a", 35, 22), _seats("b", 36, 22), _seats("c", 37, 23)
    progress = {poll.id: "exit poll", third.id: "counting almost a third of the votes"}
    assert verdict_of([poll, third, final]) is Verdict.CONFLICT
    assert verdict_of([poll, third, final], progress=progress) is Verdict.UPDATED
