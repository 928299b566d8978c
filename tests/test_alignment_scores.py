"""benchmarks/alignment.py scores: the verdict confusion table and the conflicts a gold conflict backs."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import alignment  # noqa: E402
from bench_facts import count_fact  # noqa: E402

from compare.align import Group  # noqa: E402
from compare.model import Fact, Verdict  # noqa: E402


def _story(facts: list[Fact], clusters: dict[str, list[Fact]], verdicts: dict[str, str]) -> alignment.Story:
    mentions = [
        alignment.GoldMention(f.doc, f.start, f.end, cluster, "s:e1")
        for cluster, members in clusters.items()
        for f in members
    ]
    story = alignment.Story("s", [], facts, mentions, verdicts)
    story.fact_mentions = alignment.match(facts, mentions)
    return story


def test_the_confusion_table_counts_each_cluster_under_its_gold_and_predicted_verdict() -> None:
    a1, b1 = count_fact("a", 0, 10), count_fact("b", 0, 10)
    a2, b2, c2 = count_fact("a", 50, 7), count_fact("b", 50, 9), count_fact("c", 50, 9)
    story = _story(
        [a1, b1, a2, b2, c2],
        {"s:c1": [a1, b1], "s:c2": [a2, b2, c2]},
        {"s:c1": "agree", "s:c2": "conflict"},
    )
    # c1 found whole; c2 split: its larger piece (b, c: 9) agrees, the 7 stands alone.
    groups = [
        (Group("s", (a1, b1), ()), Verdict.AGREE),
        (Group("s", (b2, c2), ()), Verdict.AGREE),
        (Group("s", (a2,), ()), Verdict.SINGLE_SOURCE),
    ]
    s = alignment.score(story, groups)
    assert s.confusion == {("agree", "agree"): 1, ("conflict", "agree"): 1}
    assert (s.verdicts_right, s.clusters) == (1, 2)
    table = alignment.confusion_table(s)
    assert "conflict" in table and "0/1" in table and "1/1" in table


def test_a_conflict_is_backed_only_by_disjoint_values_of_one_gold_conflict_cluster() -> None:
    a, b, c = count_fact("a", 0, 7), count_fact("b", 0, 9), count_fact("c", 0, 12)
    conflict = Group("s", (a, b, c), ())
    # 7 and 9 share a gold conflict cluster: backed.
    story = _story([a, b, c], {"s:c1": [a, b], "s:c2": [c]}, {"s:c1": "conflict", "s:c2": "single-source"})
    assert alignment.score(story, [(conflict, Verdict.CONFLICT)]).backed_conflicts == 1
    # The disjoint values belong to two gold clusters: a false conflict, though inside one event.
    story = _story([a, b, c], {"s:c1": [a], "s:c2": [b, c]}, {"s:c1": "conflict", "s:c2": "compatible"})
    s = alignment.score(story, [(conflict, Verdict.CONFLICT)])
    assert (s.conflict_findings, s.backed_conflicts, s.cross_event_conflicts) == (1, 0, 0)
    # Two facts of the gold conflict cluster that state one value do not back it either.
    d = count_fact("d", 0, 7)
    story = _story([a, d, c], {"s:c1": [a, d], "s:c2": [c]}, {"s:c1": "conflict", "s:c2": "single-source"})
    assert alignment.score(story, [(Group("s", (a, d, c), ()), Verdict.CONFLICT)]).backed_conflicts == 0


def test_scores_add_their_confusion_tables() -> None:
    total, one = alignment.Score(), alignment.Score()
    one.confusion[("agree", "compatible")] += 2
    total.add(one)
    total.add(one)
    assert total.confusion[("agree", "compatible")] == 4


def test_the_judge_alone_judges_each_gold_cluster_on_its_own_facts() -> None:
    """However alignment split them, 7 and 9 of one gold conflict cluster are a conflict to the judge."""
    text = "The blast killed 7 people, officials said."
    docs = [alignment._document("s", d, text, d.upper(), None) for d in ("a", "b", "c")]
    a, b, c = (dataclasses.replace(count_fact(d, 17, n), end=18) for d, n in (("a", 7), ("b", 9), ("c", 9)))
    story = _story([a, b, c], {"s:c1": [a, b], "s:c2": [c]}, {"s:c1": "conflict", "s:c2": "single-source"})
    story.documents = docs
    alone = alignment.judge_alone(story)
    assert alone.confusion == {("conflict", "conflict"): 1, ("single-source", "single-source"): 1}
    assert (alone.verdicts_right, alone.clusters) == (2, 2)


def test_the_gathered_stories_are_pooled_and_averaged_by_story() -> None:
    big = alignment.Score(pred_pairs=10, gold_pairs=10, true_pairs=10, clusters=4, verdicts_right=3)
    small = alignment.Score(pred_pairs=2, gold_pairs=4, true_pairs=0, clusters=2, verdicts_right=1)
    row = alignment._gathered_row([big, small])
    assert "the 2 gathered stories (not ECB+)" in row
    assert "P 0.8333 R 0.7143" in row  # pooled: 10/12, 10/14
    assert "verdict 0.6667 (4/6)" in row
    assert "mean F1 by story 0.5000" in row  # (1.0 + 0.0) / 2: a small story weighs as much as a big one


def test_a_gold_conflict_is_placed_where_its_differing_mention_went() -> None:
    """benchmarks/conflict_losses.py: found, left single, in another group, or joined and judged otherwise."""
    import conflict_losses  # noqa: PLC0415

    a, b, c, d = count_fact("a", 0, 7), count_fact("b", 0, 7), count_fact("c", 0, 9), count_fact("d", 0, 30)
    e = count_fact("e", 0, 30)
    story = _story(
        [a, b, c, d, e],
        {"s:c1": [a, b, c], "s:c2": [d, e]},
        {"s:c1": "conflict", "s:c2": "agree"},
    )
    found = [(Group("s", (a, b, c), ()), Verdict.CONFLICT), (Group("s", (d, e), ()), Verdict.AGREE)]
    assert conflict_losses.placement(story, found) == {"s:c1": ("found", None)}
    single = [
        (Group("s", (a, b), ()), Verdict.AGREE),
        (Group("s", (c,), ()), Verdict.SINGLE_SOURCE),
        (Group("s", (d, e), ()), Verdict.AGREE),
    ]
    assert conflict_losses.placement(story, single) == {"s:c1": ("left single", c.id)}
    elsewhere = [(Group("s", (a, b), ()), Verdict.AGREE), (Group("s", (c, d, e), ()), Verdict.CONFLICT)]
    assert conflict_losses.placement(story, elsewhere) == {
        "s:c1": ("another group (with other gold clusters' mentions)", c.id)
    }
    judged = [(Group("s", (a, b, c), ()), Verdict.UPDATED), (Group("s", (d, e), ()), Verdict.AGREE)]
    assert conflict_losses.placement(story, judged) == {"s:c1": ("joined, judged updated", None)}


def test_a_lost_conflict_says_why_the_contradiction_pass_left_it() -> None:
    """benchmarks/conflict_losses.py ``pass_refusal``: the first test of ``join_contradictions`` that fails
    between the differing mention's group and the majority group."""
    import datetime as dt

    import conflict_losses  # noqa: PLC0415

    from compare import align
    from compare.extract import extract_facts
    from compare.model import Document

    def merging(texts: dict[str, tuple[str, dt.date]]) -> tuple[align._Merging, list[int]]:
        docs = [
            Document(id=n, path=n, text=t, outlet=n, title="", sha256="0" * 64, story="s", published=d)
            for n, (t, d) in texts.items()
        ]
        facts = [f for d in docs for f in extract_facts(d)]
        zero = (0.0,) * len(align.FEATURES)
        sure = align.PairModel(weights=zero, bias=5.0, context_weights=zero, context_bias=5.0)
        m = align._Merging.start(align._build(facts, docs), {}, {d.id: d.published for d in docs}, sure)
        return m, [i for i, it in enumerate(m.built) if it.fact.kind == "count" and "others" in it.fact.text]

    tuesday, wednesday = dt.date(2024, 9, 10), dt.date(2024, 9, 11)
    early = "The floods killed 87 people in the north as 70 others remain missing, the agency said.\n"
    late = "The floods killed 141 people in the north with 59 others missing, the agency said.\n"
    m, (a, b) = merging({"a": (early, tuesday), "b": (late, wednesday)})
    assert conflict_losses.pass_refusal(m, b, a) == "one count's reports of two days"
    m, (a, b) = merging({"a": (early, tuesday), "b": (late.replace("59", "159"), wednesday)})
    assert conflict_losses.pass_refusal(m, b, a) == "values beyond the outlier factor"
    # Every test of the pair passes: after the pass, only other groups near the value kept them apart.
    m, (a, b) = merging({"a": (early, tuesday), "b": (late, tuesday)})
    assert conflict_losses.pass_refusal(m, b, a) == "other groups near its value"


def test_the_attachment_probe_counts_the_gold_conflicts_no_other_candidate_reaches() -> None:
    """benchmarks/attach_probe.py: a feature threshold that joins no other fact joins only the gold
    conflicts above every other candidate; the sets narrow by the vetoes and the pass's tests."""
    import attach_probe  # noqa: PLC0415

    def row(
        label: str, ctx: float, veto: str = "-", refusal: str = "-", cluster: str = ""
    ) -> attach_probe.Row:
        features = {f: 0.0 for f in attach_probe.FEATURES}
        return {
            **features,
            "story": "s",
            "label": label,
            "cluster": cluster,
            "outlets": 2,
            "veto": veto,
            "refusal": refusal,
            "ctx": ctx,
        }

    found = [
        row("same:conflict", 0.9, cluster="s:c1"),
        row("same:conflict", 0.5, cluster="s:c2"),
        row("other", 0.7),
        row("same:conflict", 0.95, veto="different events", cluster="s:c3"),
    ]
    lines = attach_probe.summary(found).splitlines()
    every = lines.index(next(x for x in lines if x.startswith("every candidate, any group")))
    assert "4 candidates; same:conflict 3, other 1" in lines[every]
    assert "gold conflict clusters among them: 3" in lines[every + 1]
    assert (
        "ctx: best of a gold conflict 0.95, of any other 0.7; gold conflicts above every other: 2"
        in (lines[every + 2])
    )
    vetoed = lines.index(next(x for x in lines if x.startswith("every conflict veto passes, any group")))
    assert "3 candidates" in lines[vetoed]
    assert "gold conflicts above every other: 1" in lines[vetoed + 2]
    assert lines[-1] == "Gold conflicts' candidates by first veto: - 2, different events 1"
