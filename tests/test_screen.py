"""benchmarks/screen.py: the pairs and counts a run keeps, two runs compared, a stale cache refused."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import alignment  # noqa: E402
import screen  # noqa: E402
from bench_facts import count_fact  # noqa: E402

from compare.align import Group  # noqa: E402
from compare.model import Document, Fact, Verdict  # noqa: E402

TEXT = "Officials said 10 dead. Later 7 dead were counted."


def _count(doc: str, start: int, value: float) -> Fact:
    return count_fact(doc, start, value, len(TEXT))


def _story() -> tuple[alignment.Story, list[Fact]]:
    """Two articles of one text: the 10 dead are one gold fact, the 7 dead another."""
    docs = [Document(id=d, path=d, text=TEXT, outlet=d, title="", sha256="", story="s") for d in ("a", "b")]
    a10, b10, a7, b7 = _count("a", 15, 10), _count("b", 15, 10), _count("a", 30, 7), _count("b", 30, 7)
    mentions = [
        alignment.GoldMention(f.doc, f.start, f.end, cluster, "s:e1")
        for cluster, members in {"s:c10": [a10, b10], "s:c7": [a7, b7]}.items()
        for f in members
    ]
    story = alignment.Story("s", docs, [a10, b10, a7, b7], mentions, {"s:c10": "agree", "s:c7": "agree"})
    story.fact_mentions = alignment.match(story.facts, mentions)
    return story, [a10, b10, a7, b7]


def test_a_run_keeps_each_grouped_pair_with_its_gold_answer_and_context() -> None:
    story, (a10, b10, a7, b7) = _story()
    groups = [
        (Group("s", (a10, b10, a7), ()), Verdict.CONFLICT),
        (Group("s", (b7,), ()), Verdict.SINGLE_SOURCE),
    ]
    pairs = screen.pairs_of(story, groups)
    assert sorted((p.a, p.b, p.same) for p in pairs) == [
        ("a:15", "a:30", False),
        ("a:15", "b:15", True),
        ("a:30", "b:15", False),
    ]
    assert all(p.verdict == "conflict" for p in pairs)
    assert pairs[0].context_a.count("[[") == 1 and "[[10 dead]]" in pairs[0].context_a


def test_comparing_two_runs_counts_the_false_pairs_removed_and_the_true_pairs_lost() -> None:
    story, (a10, b10, a7, b7) = _story()
    merged = [(Group("s", (a10, b10, a7, b7), ()), Verdict.CONFLICT)]
    split = [(Group("s", (a10, b10), ()), Verdict.AGREE), (Group("s", (a7,), ()), Verdict.SINGLE_SOURCE)]
    before = screen.counts(alignment.score(story, merged))
    after = screen.counts(alignment.score(story, split))
    # Merged: 6 pairs, 2 true (10/10, 7/7); split: the 10s' pair alone, true.
    assert (before["pp"], before["tp"], after["pp"], after["tp"]) == (6, 2, 1, 1)
    lines, tally = screen.compare_runs({"s": before}, {"s": after})
    assert len(lines) == 1 and lines[0].startswith("s ")
    assert tally["false_removed"] == 4 and tally["true_lost"] == 1
    assert (tally["f1_up"], tally["f1_down"]) == (1, 0)
    assert screen.compare_runs({"s": before}, {"s": before}) == ([], dict.fromkeys(tally, 0))


def test_a_cache_of_other_extraction_code_or_gold_is_refused(tmp_path: Path) -> None:
    (tmp_path / screen.KEY_FILE).write_text(
        json.dumps({"extraction": "0" * 64, "features": [], "git": "?", "compare": {}}), encoding="utf-8"
    )
    with pytest.raises(screen.StaleCache, match="prep"):
        screen.load(tmp_path, refit=False)
    with pytest.raises(screen.StaleCache, match="prep"):
        screen.load(tmp_path / "absent", refit=False)
