"""Alignment and verdicts on the seeds and on variants planted from them.

Each case copies the seeds, applies one edit to one article, and states what
the report must then contain.  Adding a case is one line in CASES.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import math
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from compare import align, holders, judge, pipeline
from compare.events import vocabulary
from compare.extract import extract_facts, extract_text
from compare.judge import verdict_of
from compare.model import About, DateValue, Document, Fact, Quantity, Report, Span, Verdict
from compare.twoends import KeyedRuns

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
RFE = "000_d8c62df4fe28fb74.txt"
SECMAN = "001_d8d6285a94ed9e5d.txt"
WSJ = "002_26dff11e0349677d.txt"
YALE = "003_8f7b05368d0a09dc.txt"
WEEK = "004_c1451bc6b8c26731.txt"


def _doc(name: str, text: str, published: dt.date | None) -> Document:
    return Document(
        id=name, path=name, text=text, outlet=name, title="", sha256="0" * 64, story="s", published=published
    )


# A model sure of every pair: what a veto decides is all that is left to see.
_SURE = align.PairModel(
    weights=(0.0,) * len(align.FEATURES),
    bias=5.0,
    context_weights=(0.0,) * len(align.FEATURES),
    context_bias=5.0,
)


def _run(directory: Path) -> Report:
    return pipeline.run([str(directory)], jobs=1)


@pytest.fixture(scope="module")
def seed_report() -> Report:
    return _run(SEEDS)


def _texts(report: Report, finding_verdict: Verdict) -> list[set[str]]:
    facts = {f.id: f for f in report.facts}
    return [
        {facts[i].text.replace("\u00a0", " ") for i in f.facts}
        for f in report.findings
        if f.verdict is finding_verdict
    ]


def test_seeds_have_no_conflict(seed_report: Report) -> None:
    assert seed_report.summary()["conflict"] == 0


@pytest.mark.parametrize(
    "texts",
    [
        {"about 100,000 combat-ready troops", "more than 100,000 troops"},
        {"more an 13,000 people", "more than 13,000 people"},
        {"January 9-10"},
        # The issue's own example: the Geneva talks' "January 9-10" and "Monday" (= January 10) meet.
        {"January 9-10", "Monday"},
        {"January 12"},
        {"two hours", "two-hour"},
        {"December 23", "December"},
    ],
    ids=[
        "troops",
        "donbas-deaths",
        "geneva",
        "geneva-monday",
        "brussels",
        "video-call-length",
        "press-conference",
    ],
)
def test_seed_overlaps_are_found(seed_report: Report, texts: set[str]) -> None:
    facts = {f.id: f for f in seed_report.facts}
    docs_by_fact = {f.id: f.doc for f in seed_report.facts}
    for finding in seed_report.findings:
        if finding.verdict is Verdict.SINGLE_SOURCE:
            continue
        found = {facts[i].text.replace("\u00a0", " ") for i in finding.facts}
        if texts <= found and len({docs_by_fact[i] for i in finding.facts}) >= 2:
            return
    pytest.fail(f"no multi-source finding holds {texts}")


def test_every_fact_in_exactly_one_finding(seed_report: Report) -> None:
    placed = [i for f in seed_report.findings for i in f.facts]
    expected = {f.id for f in seed_report.facts if not f.boilerplate}
    assert len(placed) == len(set(placed))
    assert set(placed) == expected


def test_video_and_phone_calls_stay_apart(seed_report: Report) -> None:
    facts = {f.id: f for f in seed_report.facts}
    for finding in seed_report.findings:
        modalities = {facts[i].about.modality for i in finding.facts} - {None}
        assert len(modalities) <= 1, finding.about


def test_report_is_deterministic(tmp_path: Path) -> None:
    out1, out2 = tmp_path / "a", tmp_path / "b"
    pipeline.write_reports(_run(SEEDS), out1, ["json"])
    pipeline.write_reports(_run(SEEDS), out2, ["json"])
    assert (out1 / "divergence.json").read_bytes() == (out2 / "divergence.json").read_bytes()
    data = json.loads((out1 / "divergence.json").read_text())
    assert data["schema"] == "divergence/2"
    assert sum(data["summary"].values()) == len(data["findings"])


@dataclass(frozen=True)
class Plant:
    """Replace ``old`` by ``new`` in ``file``; expect a conflict holding ``planted`` (or none)."""

    file: str
    old: str
    new: str
    planted: str | None  # text of the planted fact that must be in a conflict; None = no conflict


CASES = {
    "troops-figure": Plant(WSJ, "more than 100,000 troops", "about 60,000 troops", "about 60,000 troops"),
    "death-toll": Plant(WEEK, "more than 13,000 people", "about 3,000 people", "about 3,000 people"),
    "brussels-date": Plant(RFE, "On January 12, the first", "On January 14, the first", "January 14"),
    "video-call-length": Plant(
        WEEK, "the two-hour videoconference", "the five-hour videoconference", "five-hour"
    ),
    # A new, different event with its own date: a separate meeting, not a conflict.
    "new-event": Plant(
        SECMAN,
        "Talks between the United States",
        "On January 20, foreign ministers of the G7 will convene a teleconference "
        "in Tokyo on cyber policy. Talks between the United States",
        None,
    ),
    # A death toll for another period: a second figure, not a contradiction.
    "other-period": Plant(
        WEEK,
        "has killed more than 13,000 people",
        "has killed more than 13,000 people; about 300 people were killed last year, and it",
        None,
    ),
    # Another call with another leader: two calls, not a contradiction.
    "other-call": Plant(
        SECMAN,
        "Talks between the United States",
        "On January 4, Biden spoke with Chancellor Olaf Scholz for 30 minutes by phone. "
        "Talks between the United States",
        None,
    ),
    # The same numbers about a different thing: not a conflict.
    "other-noun": Plant(
        WSJ,
        "Russia has deployed more than 100,000 troops",
        "Ukraine has received 40,000 tonnes of grain, and Russia has deployed more than 100,000 troops",
        None,
    ),
}


# Plants the shipped model misses, each with the measurement that says why; expected to fail, strictly,
# so that a refit or a rule that catches one again fails here until its mark is removed.
# troops-figure: the Wall Street Journal's figure (15 Jan) is in another group of articles than RFE/RL's
# (8 Jan), and the pair shares little besides "troops" (named cues 0.10, sentence words 0.03), so its
# fitted context probability decides: 0.536 under the 22-story fit, 0.460 under the 49-, 0.461 under the
# 54- and 0.447 under the 59-story fit, below the conflict level 0.5.  On the development gold, count pairs of
# that context (other article groups, one event class, one role, one predicate, a week or more apart,
# disjoint values) are one fact 1 time in 40 (59 stories), disjoint counts of troops in two articles 0 in
# 144, and nothing the pair has besides sets it apart (a shared event noun, place and verb: 0 in 2 there, 7
# in 47 over all disjoint counts); and both general ways found to lift the pair (articles published within
# 14 days count as one event, as ``same_event`` or as a feature of its own) lose dev LOSO (F1 0.7828 ->
# 0.7759 / 0.7765, one cross-event conflict, two unbacked conflict findings; docs/alignment.md section 4).
MISSED = {
    "troops-figure": "a week apart, in another group of articles: context 0.447 < 0.5 under the 59-story fit",
}


def _planted_report(tmp_path: Path, case: Plant) -> Report:
    corpus = tmp_path / "story"
    shutil.copytree(SEEDS, corpus)
    path = corpus / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, "the case no longer matches the seed"
    path.write_text(text.replace(case.old, case.new, 1), encoding="utf-8")
    return _run(corpus)


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=name, marks=pytest.mark.xfail(strict=True, reason=MISSED[name]))
        if name in MISSED
        else pytest.param(case, id=name)
        for name, case in CASES.items()
    ],
)
def test_planted(tmp_path: Path, case: Plant) -> None:
    report = _planted_report(tmp_path, case)
    conflicts = _texts(report, Verdict.CONFLICT)
    if case.planted is None:
        assert conflicts == []
        return
    holding = [c for c in conflicts if any(case.planted in t for t in c)]
    assert holding, f"no conflict holds {case.planted!r}; conflicts: {conflicts}"
    assert all(len(c) >= 2 for c in holding)


@pytest.mark.parametrize("name", sorted(MISSED))
def test_a_missed_plant_is_not_agreed(tmp_path: Path, name: str) -> None:
    """A contradiction the model misses must still not be reported as agreement: the planted figure
    stands alone or in a conflict, never in an agreeing, compatible or updated finding."""
    case = CASES[name]
    assert case.planted is not None
    report = _planted_report(tmp_path, case)
    facts = {f.id: f for f in report.facts}
    texts = {i: f.text.replace("\u00a0", " ") for i, f in facts.items()}
    holding = [f for f in report.findings if any(case.planted in texts[i] for i in f.facts)]
    assert holding, f"{case.planted!r} was not extracted"
    assert {f.verdict for f in holding} <= {Verdict.SINGLE_SOURCE, Verdict.CONFLICT}


def _wire_story(n_docs: int, planted: int) -> tuple[list[Document], list[Fact]]:
    """One story in which every outlet repeats the same two facts; outlet ``planted`` doubles the figure."""
    docs: list[Document] = []
    facts: list[Fact] = []
    for k in range(n_docs):
        doc = f"d{k:05d}"
        troops = 200_000.0 if k == planted else 100_000.0
        docs.append(
            Document(
                id=doc,
                path=f"{doc}.txt",
                text=f"Russia has deployed {troops:,.0f} troops near Ukraine. "
                "Talks in Geneva open on January 10.",
                outlet=f"Outlet {k}",
                title="Buildup",
                sha256=doc,
                story="buildup",
                published=dt.date(2022, 1, 5),
            )
        )
        facts.append(
            Fact(
                id=f"{doc}-troops",
                doc=doc,
                start=20,
                end=35,
                text=f"{troops:,.0f} troops",
                kind="count",
                value=Quantity(stated=troops, low=troops, high=troops, unit="troop", qualifier="exact"),
                about=About(
                    noun="troop",
                    predicate="deploy",
                    participants=("russia",),
                    places=("ukraine",),
                    terms=("near",),
                ),
                sentence=Span(0, 56),
            )
        )
        day = dt.date(2022, 1, 10)
        facts.append(
            Fact(
                id=f"{doc}-talks",
                doc=doc,
                start=84,
                end=94,
                text="January 10",
                kind="date",
                value=DateValue(start=day, end=day, granularity="day", anchor="absolute"),
                about=About(event="talks", places=("geneva",), terms=("open",)),
                sentence=Span(57, 95),
            )
        )
    return docs, facts


def test_big_story_is_not_paired_all_against_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairs scored grow with the facts, yet every copy is grouped and the outlier still conflicts."""
    scored = 0
    similarity = align._similarity

    def counting(a: align._Item, b: align._Item) -> float:
        nonlocal scored
        scored += 1
        return similarity(a, b)

    monkeypatch.setattr(align, "_similarity", counting)
    per_size: dict[int, int] = {}
    for n_docs in (300, 1500):
        scored = 0
        docs, facts = _wire_story(n_docs, planted=n_docs // 2)
        groups = align.align(docs, facts)
        per_size[n_docs] = scored
        # All-pairs would score n²/2 pairs in each of the two blocks: 1.1 million at 1,500.
        assert scored <= 20 * len(facts)
        assert sorted((g.facts[0].kind, len(g.facts), verdict_of(g.facts)) for g in groups) == [
            ("count", n_docs, Verdict.CONFLICT),
            ("date", n_docs, Verdict.AGREE),
        ]
    # Five times the outlets: about five times the pairs, not twenty-five.
    assert per_size[1500] <= 5.5 * per_size[300]


def _story(directory: Path, articles: dict[str, tuple[str, str]]) -> Report:
    """Write ``name -> (published, text)`` with a manifest and run the pipeline."""
    directory.mkdir()
    manifest = []
    for name, (published, text) in articles.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\npublished = {published}\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return _run(directory)


def test_a_name_every_article_gives_is_no_evidence_of_a_contradiction(tmp_path: Path) -> None:
    # Two shares of two workforces whose sentences share one named cue, the
    # company all eight articles name: its cosine alone is 1, yet it says
    # nothing of which figure is meant (align._conflict_cues).
    others = [
        "Amazon said on Wednesday that it would cut 18,000 jobs, the most in its history.",
        "Shares of Amazon rose after the company said it would cut 18,000 jobs.",
        "Amazon confirmed 18,000 job cuts in a memo to staff on Wednesday.",
        "The cuts at Amazon reach 18,000 roles, more than first planned.",
        "Amazon employees learned of 18,000 layoffs from a blog post.",
        "Analysts said the 18,000 cuts at Amazon reflect slower online sales.",
    ]
    articles = {
        "a.txt": (
            "2023-01-05",
            "Amazon will cut more than 18,000 jobs. "
            "The layoffs amount to 6% of Amazon's corporate workforce.\n",
        ),
        "b.txt": (
            "2023-01-05",
            "Amazon is cutting 18,000 jobs. "
            "The announcement represents just 1.2% of Amazon's global workforce.\n",
        ),
    }
    for n, text in enumerate(others):
        articles[f"o{n}.txt"] = ("2023-01-06", text + "\n")
    report = _story(tmp_path / "story", articles)
    facts = {f.id: f for f in report.facts}
    shares = [f for f in report.facts if f.text in ("6%", "1.2%")]
    assert len(shares) == 2, "the shares were not extracted: no test"
    assert report.summary()["conflict"] == 0, [
        [facts[i].text for i in f.facts] for f in report.findings if f.verdict is Verdict.CONFLICT
    ]


def test_one_relative_phrase_read_from_two_dates_is_no_contradiction(tmp_path: Path) -> None:
    # A copied sentence published on a Sunday and on the Monday after: "this
    # week" resolves to two different weeks, but the outlets said the same.
    # (A second sentence apiece: the loader drops byte-identical copies.)
    sentence = "Foreign ministers meet in Geneva this week for talks on Ukraine, officials said."
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2022-01-09", sentence + " The talks are closed.\n"),
            "b.txt": ("2022-01-10", sentence + " No agenda was published.\n"),
        },
    )
    weeks = {f.value for f in report.facts if f.text == "this week"}
    assert len(weeks) == 2, "the phrase no longer resolves to two weeks; the test lost its point"
    assert report.summary()["conflict"] == 0


def test_differently_worded_dates_still_contradict(tmp_path: Path) -> None:
    # The counterpart: the same talks on two different days is a conflict.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2022-01-09", "Foreign ministers meet in Geneva on January 12 for talks on Ukraine.\n"),
            "b.txt": ("2022-01-10", "Foreign ministers meet in Geneva on January 14 for talks on Ukraine.\n"),
        },
    )
    assert report.summary()["conflict"] == 1


def test_dates_weeks_apart_are_two_occasions_not_a_contradiction(tmp_path: Path) -> None:
    # Outlets that misdate one occasion are a day or two off (the case above);
    # the same words about dates three weeks apart tell of two rounds of talks.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2022-01-09", "Foreign ministers meet in Geneva on January 12 for talks on Ukraine.\n"),
            "b.txt": ("2022-01-10", "Foreign ministers meet in Geneva on February 2 for talks on Ukraine.\n"),
        },
    )
    dates = {str(f.value.start) for f in report.facts if isinstance(f.value, DateValue)}
    assert {"2022-01-12", "2022-02-02"} <= dates, "the dates no longer resolve: the test lost its point"
    assert report.summary()["conflict"] == 0
    findings = [f for f in report.findings if f.kind == "date"]
    assert all(f.verdict is Verdict.SINGLE_SOURCE for f in findings)


_QUAKE = (
    "A strong earthquake struck Ludian county in Yunnan province on Sunday. "
    "The quake has killed {n} people, state media said, and rescuers are searching collapsed homes.\n"
)


def _toll_story(tmp_path: Path, tolls: dict[str, tuple[str, int]]) -> Report:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return _story(
        tmp_path / "story",
        {name: (day, _QUAKE.format(n=f"{n:,}") + f"Report {name}.\n") for name, (day, n) in tolls.items()},
    )


def test_rising_toll_is_updated_with_values_in_reporting_order(tmp_path: Path) -> None:
    report = _toll_story(
        tmp_path, {"a.txt": ("2014-08-05", 480), "b.txt": ("2014-08-03", 120), "c.txt": ("2014-08-04", 381)}
    )
    updated = [f for f in report.findings if f.verdict is Verdict.UPDATED]
    assert len(updated) == 1, [(f.verdict, f.explanation) for f in report.findings]
    facts = {f.id: f for f in report.facts}
    assert [facts[i].text for i in updated[0].facts] == ["120 people", "381 people", "480 people"]
    assert "rose from 120 on 3 August" in updated[0].explanation
    assert "to 480 on 5 August" in updated[0].explanation
    assert report.summary()["conflict"] == 0


def test_falling_toll_or_two_tolls_on_one_day_is_a_conflict(tmp_path: Path) -> None:
    falling = _toll_story(tmp_path / "f", {"a.txt": ("2014-08-03", 480), "b.txt": ("2014-08-05", 120)})
    same_day = _toll_story(tmp_path / "s", {"a.txt": ("2014-08-03", 480), "b.txt": ("2014-08-03", 120)})
    for report in (falling, same_day):
        assert report.summary()["updated"] == 0
        assert report.summary()["conflict"] == 1


def test_figures_in_a_when_clause_about_an_earlier_attack_are_background(tmp_path: Path) -> None:
    # "nearly 200" injured belongs to last March's bombing, well past the
    # usual reach of a date: the "when" clause runs to the end of its sentence.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": (
                "2023-01-31",
                "A suicide bomber struck a mosque in Peshawar on Monday, police said. It was the city's "
                "worst attack since last March, when a suicide bombing in a Shiite mosque in the old "
                "city killed more than 55 people and injured nearly 200.\n",
            ),
            "b.txt": (
                "2023-01-31",
                "A suicide bomber struck a mosque in Peshawar on Monday, police said. "
                "The blast injured 150 people, hospital officials said.\n",
            ),
        },
    )
    assert report.summary()["conflict"] == 0
    facts = {f.id: f for f in report.facts}
    assert any(facts[i].text == "nearly 200" for f in report.findings for i in f.facts)


def test_a_wider_role_agrees_but_never_contradicts() -> None:
    # "23 pirates" (people) and "23 arrested" may be one figure; "eight crews"
    # (people) never contradicts "no one was injured".
    assert not align._different_roles("people", "arrested")
    assert not align._different_roles("casualties", "deaths")
    assert align._different_roles("deaths", "arrested")
    # The members of a vote are people: "one member" voted against is the "1" of an 8-1 tally.
    assert not align._different_roles("people", "votes_against")
    assert not align._different_roles("votes_for", "people")
    assert align._different_roles("votes_for", "votes_against")
    # A length is the wider role of a depth and a height (session 18): "300 meters" below ground
    # is the mine's "300 meters" depth; a depth is still no height.
    assert not align._different_roles("distance", "depth")
    assert not align._different_roles("height", "distance")
    assert align._different_roles("depth", "height")


def test_kindred_roles_may_count_the_same_people() -> None:
    # "52 have been successfully evacuated" / "Some 52 climbers were rescued" (classes.toml
    # [kindred_roles], session 25): no different roles, and since session 26 one count for an
    # update (``narrow_role``, test_kindred_roles_are_one_count_for_an_update).
    assert not align._different_roles("evacuated", "rescued")
    assert not align._different_roles("rescued", "evacuated")
    assert align._different_roles("evacuated", "deaths")


def test_the_dead_and_the_rescued_never_share_a_group_through_a_wider_role() -> None:
    # "one survivor" (rescued) and "One more body" (deaths) agree in value, and "One man" (people,
    # a wider role of both) may join either; but no chain through it joins the dead to the rescued
    # (classes.toml [exclusive_roles]), as two groups of wholly different roles never join.
    assert align._exclusive_roles({"deaths", "people"}, {"rescued"})
    assert not align._exclusive_roles({"people"}, {"rescued"})
    assert not align._exclusive_roles({"deaths"}, {"casualties"})
    survivor = dataclasses.replace(_count("a", 1, "one survivor"), role="rescued")
    man = dataclasses.replace(_count("b", 1, "One man"), role="people")
    body = dataclasses.replace(_count("c", 1, "One more body"), role="deaths")
    docs = [_doc(d, "x" * 40, None) for d in "abc"]
    built = align._build([survivor, man, body], docs)
    # Evidence enough to agree, not the strong evidence that joins groups of other roles.
    pairs = {(0, 1): 0.7, (1, 2): 0.65, (0, 2): 0.6}
    merging = align._Merging.start(built, pairs, {"a": None, "b": None, "c": None}, _SURE)
    for cluster in merging.clusters.values():
        cluster.event_ids = {0}  # one occasion (three one-line articles make three event groups)
    merging.run()
    where = {it.doc: merging.find(k) for k, it in enumerate(built)}
    assert where["a"] == where["b"]
    assert where["c"] != where["a"]


@pytest.mark.parametrize(
    ("words", "nouns"),
    [
        # "two other moms" and "two men" are two counts however surely the values agree
        # (noun_classes.toml [exclusive] sex); "two women" and "two moms" may be one.
        (("Two other moms", "Two men", "Two women"), ["man", "mom", "woman"]),
        # "seven males" count people (roles.toml [roles.people], session 20) of one sex: never
        # one group with a count of females.
        (("Two females", "Two males", "Two women"), ["female", "male", "woman"]),
    ],
)
def test_counts_of_people_of_either_sex_never_share_a_group(
    words: tuple[str, str, str], nouns: list[str]
) -> None:
    from compare.extract import extract_facts

    a, b, c = (
        _doc(name, f"{lead} sat in the front row of the court on Thursday.", None)
        for name, lead in zip("abc", words, strict=True)
    )
    facts = [f for d in (a, b, c) for f in extract_facts(d) if f.kind == "count"]
    assert sorted(f.about.noun or "" for f in facts) == nouns
    built = align._build(facts, [a, b, c])
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n)}
    merging = align._Merging.start(built, pairs, {"a": None, "b": None, "c": None}, _SURE)
    merging.run()
    where = {it.doc: merging.find(k) for k, it in enumerate(built)}
    assert where["a"] != where["b"]
    assert where["c"] != where["b"]
    assert where["a"] == where["c"]


def test_an_article_that_states_two_dates_for_one_meeting_contradicts_itself(tmp_path: Path) -> None:
    # Yale's article dates the NATO-Russia Council twice; plant a wrong date in
    # one place only.  The true date stated elsewhere in the same article must
    # not hide the contradiction, and the explanation names the one outlet.
    corpus = tmp_path / "story"
    shutil.copytree(SEEDS, corpus)
    path = corpus / YALE
    old = "On January 12, the NATO-Russia Council will meet in Brussels"
    text = path.read_text(encoding="utf-8")
    assert old in text and "Brussels on\u00a0January\u00a012" in text
    path.write_text(text.replace(old, old.replace("12", "14"), 1), encoding="utf-8")
    report = _run(corpus)
    facts = {f.id: f for f in report.facts}
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    texts = [facts[i].text.replace("\u00a0", " ") for i in conflicts[0].facts]
    assert "January 14" in texts and texts.count("January 12") >= 2
    assert "Yale MacMillan Center contradicts itself" in conflicts[0].explanation


def test_one_article_restating_a_figure_less_precisely_is_one_entry(tmp_path: Path) -> None:
    # "more than 18,000 jobs" and "just over 18,000 roles" in one article are
    # one figure restated: they overlap, so they share its finding.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": (
                "2023-01-05",
                "Amazon will cut more than 18,000 jobs, its chief executive said on Wednesday. "
                "The layoffs, just over 18,000 roles, fall mostly on its stores division.\n",
            ),
            "b.txt": ("2023-01-05", "Amazon said on Wednesday it will cut 18,000 jobs in its stores unit.\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    holding = [f for f in report.findings if any("18,000 roles" in facts[i].text for i in f.facts)]
    assert len(holding) == 1
    assert {facts[i].text for i in holding[0].facts} >= {"more than 18,000 jobs", "just over 18,000 roles"}
    assert report.summary()["conflict"] == 0


def test_two_authorities_that_disagree_are_a_conflict_not_an_update(tmp_path: Path) -> None:
    # A higher figure two days later is a rising toll when one source gives
    # both; when the health ministry gives one and the Red Cross the other,
    # the authorities contradict each other.
    def story(where: Path, first: str, second: str) -> Report:
        text = (
            "A strong earthquake struck Ludian county in Yunnan province on Sunday. "
            "The quake has killed {n} people, according to the {who}, and rescuers are searching homes.\n"
        )
        return _story(
            where,
            {
                "a.txt": ("2014-08-03", text.format(n=400, who=first) + "Report a.\n"),
                "b.txt": ("2014-08-05", text.format(n=900, who=second) + "Report b.\n"),
            },
        )

    same = story(tmp_path / "same", "health ministry", "health ministry")
    assert same.summary()["updated"] == 1 and same.summary()["conflict"] == 0
    other = story(tmp_path / "other", "health ministry", "Red Cross")
    assert other.summary()["updated"] == 0 and other.summary()["conflict"] == 1
    conflict = next(f for f in other.findings if f.verdict is Verdict.CONFLICT)
    assert "according to the health ministry" in conflict.explanation
    assert "according to the red cross" in conflict.explanation


def test_an_earlier_report_of_another_authority_is_an_earlier_count(tmp_path: Path) -> None:
    """ "400 ..., according to a previous report from the health ministry" is dated the day before its
    article (``reporting.sentence_as_of``) and names no authority (``align._authorities``): a later
    900 according to the Red Cross updates it.  Told as the ministry's current figure, the two
    authorities of one day contradict each other."""
    quake = "A strong earthquake struck Ludian county in Yunnan province on Sunday. "
    killed = "The quake has killed {n} people, {lead}, and rescuers are searching homes.\n"

    def story(where: Path, lead: str) -> Report:
        red_cross = killed.format(n=900, lead="according to the Red Cross")
        return _story(
            where,
            {
                "a.txt": ("2014-08-05", quake + killed.format(n=400, lead=lead) + "Report a.\n"),
                "b.txt": ("2014-08-05", quake + red_cross + "Report b.\n"),
            },
        )

    earlier = story(tmp_path / "earlier", "according to a previous report from the health ministry")
    assert earlier.summary()["updated"] == 1 and earlier.summary()["conflict"] == 0
    current = story(tmp_path / "current", "according to the health ministry")
    assert current.summary()["updated"] == 0 and current.summary()["conflict"] == 1


def _undated_story(directory: Path, texts: dict[str, str]) -> Report:
    """Articles with no publication date: a relative date names no day."""
    directory.mkdir()
    manifest = []
    for name, text in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return _run(directory)


def test_undated_articles_agree_on_a_day_named_in_the_same_words(tmp_path: Path) -> None:
    sentence = "Somali pirates seized the tanker off the coast on {day}, the navy said."
    report = _undated_story(
        tmp_path / "story",
        {
            "a.txt": sentence.format(day="Thursday") + " The crew is safe.\n",
            "b.txt": sentence.format(day="Thursday") + " Talks have begun.\n",
            "c.txt": sentence.format(day="Friday") + " A ransom was demanded.\n",
        },
    )
    facts = {f.id: f for f in report.facts}
    days = [f for f in report.facts if f.text in ("Thursday", "Friday")]
    assert len(days) == 3 and all(f.value.start is None for f in days), "the dates resolved: no test"
    together = [f for f in report.findings if {facts[i].text for i in f.facts} == {"Thursday"}]
    assert len(together) == 1 and len(together[0].facts) == 2
    assert together[0].verdict is Verdict.AGREE
    assert "no day can be given" in together[0].explanation
    # "Friday" in an undated article may be another week: never a conflict.
    assert report.summary()["conflict"] == 0


def test_undated_articles_meet_on_one_day_of_a_month_in_other_words(tmp_path: Path) -> None:
    # "Dec. 31", "31 December" and "December 31" name one day of one month:
    # alignment blocks them together (as the judge reads them), not by their words.
    sentence = "The rebels agreed to a ceasefire to take effect on {day}, the mediators said."
    report = _undated_story(
        tmp_path / "story",
        {
            "a.txt": sentence.format(day="Dec. 31") + " Aid convoys wait.\n",
            "b.txt": sentence.format(day="31 December") + " Fighting went on.\n",
            "c.txt": sentence.format(day="December 31") + " Refugees fled.\n",
        },
    )
    facts = {f.id: f for f in report.facts}
    days = [f for f in report.facts if f.text in ("Dec. 31", "31 December", "December 31")]
    assert len(days) == 3 and all(f.value.start is None for f in days), "the dates resolved: no test"
    together = [f for f in report.findings if len(f.facts) > 1 and facts[f.facts[0]] in days]
    assert len(together) == 1 and len(together[0].facts) == 3, [
        (f.verdict, [facts[i].text for i in f.facts]) for f in report.findings
    ]
    assert together[0].verdict is Verdict.AGREE
    assert "the same day of the same month in other words" in together[0].explanation


def test_a_bare_year_does_not_blur_the_day_outlets_agree_on(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2011-10-10", "The cable was cut on October 8, officials said. Repairs continue.\n"),
            "b.txt": ("2011-10-11", "The cable was cut on October 8, officials said. Traffic is rerouted.\n"),
            "c.txt": ("2011-10-11", "The cable was cut in 2011, officials said. Users complained.\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    days = [f for f in report.findings if {facts[i].text for i in f.facts} == {"October 8"}]
    assert len(days) == 1 and days[0].verdict is Verdict.AGREE, [
        (f.verdict, f.explanation) for f in report.findings
    ]


# Equal times of one fire in two undated articles that share a name and no word: on the development gold,
# pairs of equal values with a shared named cue, one event class, no shared sentence word and other event
# clusters are one fact 131 times in 154 (dates of a day 72 in 80).  The additive model scored this pair
# 0.768-0.772 (54- and 59-story fits), below the 0.8 an agreeing merge across event clusters needs
# (``_Merging.strong``); the feature ``date_cue`` (overlapping dates sharing a named cue) lifts it.
def test_times_of_day_on_no_stated_day_are_compared(tmp_path: Path) -> None:
    # Sentences that share little: the values must carry the pair (before
    # times on no day had a line of their own, such a pair needed the cue
    # score of a contradiction).
    report = _undated_story(
        tmp_path / "story",
        {
            "a.txt": "The warehouse fire broke out at 7 p.m. in Leeds. Nobody was hurt.\n",
            "b.txt": "Crews were called at 7 p.m. to the blaze. The roof collapsed.\n",
        },
    )
    facts = {f.id: f for f in report.facts}
    times = [f for f in report.facts if f.text == "7 p.m."]
    assert len(times) == 2 and all(f.value.start is None for f in times), "the times got a day: no test"
    together = [f for f in report.findings if {facts[i].text for i in f.facts} == {"7 p.m."}]
    assert len(together) == 1 and len(together[0].facts) == 2
    assert together[0].verdict is Verdict.AGREE


def test_times_of_day_hours_apart_are_two_moments(tmp_path: Path) -> None:
    # Outlets that state no zone give the local time: "6am" and "9pm" date two acts of one fire,
    # however alike their sentences (``align._other_clock_times``); "9pm" and "8.50pm" one.
    sentence = "Crews were called to the Leeds warehouse fire at {time}, the fire service said."
    report = _undated_story(
        tmp_path / "story",
        {
            "a.txt": sentence.format(time="9pm") + " Nobody was hurt.\n",
            "b.txt": sentence.format(time="8.50pm") + " The roof collapsed.\n",
            "c.txt": sentence.format(time="6am") + " Smoke was seen for miles.\n",
        },
    )
    facts = {f.id: f for f in report.facts}
    times = {f.text: f for f in report.facts if f.text in ("9pm", "8.50pm", "6am")}
    assert len(times) == 3 and all(f.value.zone == "unstated" for f in times.values()), "no test"
    groups = [{facts[i].text for i in f.facts} for f in report.findings if facts[f.facts[0]].kind == "date"]
    assert {"9pm", "8.50pm"} in groups and {"6am"} in groups, groups


def _clock_fact(text: str, time: dt.time, zone: str, day: dt.date | None = None) -> Fact:
    value = DateValue(day, day, "minute", "absolute", time=time, zone=zone)  # type: ignore[arg-type]
    return Fact(
        id=text, doc="d", start=0, end=len(text), text=text, kind="date", value=value,
        about=About(), sentence=Span(0, len(text)),
    )


def test_other_clock_times_compares_one_zone_only() -> None:
    def other(a: tuple[int, int, str], b: tuple[int, int, str], days: tuple[int, int] | None = None) -> bool:
        day_a = None if days is None else dt.date(2024, 3, days[0])
        day_b = None if days is None else dt.date(2024, 3, days[1])
        fa = _clock_fact("a", dt.time(a[0], a[1]), a[2], day_a)
        fb = _clock_fact("b", dt.time(b[0], b[1]), b[2], day_b)
        return align._other_clock_times(align._clock(fa), align._clock(fb))

    assert other((19, 0, "unstated"), (18, 0, "unstated"))  # "7 p.m." / "6 p.m."
    # Within the rounding outlets allow ("3:30 p.m." / "4 p.m."), and across midnight.
    assert not other((15, 30, "unstated"), (16, 0, "unstated"))
    assert not other((23, 50, "unstated"), (0, 10, "unstated"))
    # A UTC time, or two zones, may be the same moment.
    assert not other((15, 0, "UTC"), (18, 0, "UTC"))
    assert not other((18, 15, "unstated"), (15, 15, "UTC"))
    # On stated days the days count: 11:50 p.m. Friday and 12:05 a.m. Saturday are 15 minutes apart,
    # 5 a.m. Saturday is hours later.
    assert not other((23, 50, "unstated"), (0, 5, "unstated"), (1, 2))
    assert other((23, 50, "unstated"), (5, 0, "unstated"), (1, 2))


def _count(doc: str, n: int, text: str, qualifier: str = "exact", low: float | None = None) -> Fact:
    return Fact(
        id=f"{doc}-{text}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="count",
        value=Quantity(stated=n, low=n if low is None else low, high=n, unit="person", qualifier=qualifier),
        about=About(noun="person"),
        sentence=Span(0, 40),
    )


def test_outlets_agree_when_each_states_the_value_however_else_it_restates_it() -> None:
    # B says "100" and also "up to 100": every outlet states 100, so they agree.
    a = _count("a", 100, "100 people")
    b = _count("b", 100, "100 people")
    b_vague = _count("b", 100, "up to 100 people", qualifier="at-most", low=0)
    assert verdict_of([a, b, b_vague]) is Verdict.AGREE
    explanation = judge.explain([a, b, b_vague], Verdict.AGREE, {"a": "A", "b": "B"})
    assert "every outlet states 100" in explanation
    # Without B's exact figure, the outlets differ in precision.
    assert verdict_of([a, b_vague]) is Verdict.COMPATIBLE


def test_a_distance_in_two_units_is_one_finding_and_never_a_false_agreement(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2008-11-18", "Pirates seized the tanker about 150 nautical miles off Oman.\n"),
            "b.txt": ("2008-11-18", "Pirates seized the tanker about 277km off Oman, officials said.\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    both = [f for f in report.findings if len({facts[i].doc for i in f.facts}) == 2]
    assert len(both) == 1, [(f.verdict, f.explanation) for f in report.findings]
    assert both[0].verdict is Verdict.COMPATIBLE
    # Equal numbers in different units are not the same value.
    km = Quantity(stated=10.0, low=10.0, high=10.0, unit="km", qualifier="exact")
    mi = Quantity(stated=10.0, low=10.0, high=10.0, unit="mi", qualifier="exact")
    a, b = (
        Fact(
            id=f"{d}-x",
            doc=d,
            start=0,
            end=5,
            text="10 x",
            kind="measure",
            value=v,
            about=About(),
            sentence=Span(0, 20),
        )
        for d, v in (("a", km), ("b", mi))
    )
    assert verdict_of([a, b]) is Verdict.CONFLICT


def _open_and_far(x: align._Item, y: align._Item) -> bool:
    """One article's two counts, one open-ended, more than ``_OPEN_FAR`` apart (both above zero)."""
    if x.doc != y.doc or x.fact.kind != "count" or y.fact.kind != "count":
        return False
    if x.bounds is None or y.bounds is None:
        return False
    if not any(math.isinf(v) for v in (*x.bounds, *y.bounds)):
        return False
    low, high = sorted((abs(align._mid(x.bounds)), abs(align._mid(y.bounds))))
    return 0 < low and high < math.inf and high > align._OPEN_FAR * low


def _member_by_member(
    merging: align._Merging, ra: int, rb: int, conflict_phase: bool, evidence: float, update: bool = False
) -> str | None:
    """``merge_veto`` as it was first written: every member pair of the two groups, in order;
    the update test as the judge reads the members' facts."""
    a, b = merging.clusters[ra], merging.clusters[rb]
    if a.vetoed(b):
        return "modality or event family"
    if update or a.updating or b.updating:
        members = [merging.built[i] for i in a.members + b.members]
        facts = [it.fact for it in members]
        cited = {it.authority for it in members if it.authority}
        recent = align._recent(merging.built, a.members + b.members)
        if all(f.kind == "percent" for f in facts):
            # Shares re-reported as their count went on (``judge._count_in_progress``), every share
            # told as finished one with a report day.
            progress = {it.fact.id: it.progress for it in members if it.progress}
            dated = all(f.as_of is not None for f in facts if f.id not in progress)
            if not (dated and judge._count_in_progress(facts, progress) and recent and len(cited) <= 1):
                return "not an update"
        elif not ((judge._is_update(facts) or judge._rose_over_days(facts)) and recent and len(cited) <= 1):
            return "not an update"
    other_role = bool(a.roles and b.roles) and (
        all(align._different_roles(x, y) for x in a.roles for y in b.roles)
        or align._exclusive_roles(a.roles, b.roles)
    )
    other_event = bool(a.event_ids and b.event_ids and not a.event_ids & b.event_ids)
    both = a.members + b.members

    def one_day(members: list[int]) -> bool:
        # Dates of one day, or days counted from another date with at least one that is not.
        facts = [merging.built[i].fact for i in members]
        return all(align._one_day(f) or align._day_step(f) for f in facts) and any(map(align._one_day, facts))

    def no_longer_than_a_day(members: list[int]) -> bool:
        spans = [merging.built[i].bounds for i in members]
        return all(s is not None for s in spans) and (
            min(s[1] for s in spans if s) - max(s[0] for s in spans if s) < 1
        )

    if (
        other_event
        and one_day(a.members)
        and one_day(b.members)
        and no_longer_than_a_day(a.members)
        and no_longer_than_a_day(b.members)
        and all(merging.overlap(i, j) for i, j in itertools.combinations(both, 2))
    ):
        # One day read as other events: no other event when the triggers' families meet.
        def families(members: list[int]) -> set[str]:
            return {align._family(e) for i in members if (e := merging.built[i].fact.about.event)}

        fa, fb = families(a.members), families(b.members)
        other_event = bool(fa and fb and not fa & fb)
    if other_event and _day_and_its_month(merging, a.members, b.members):
        other_event = False
    if (other_role or (other_event and not conflict_phase)) and evidence < merging.strong:
        return "different roles" if other_role else "different event clusters"
    if any(align._exclusive_things(merging.built[i], merging.built[j]) for i in a.members for j in b.members):
        return "exclusive counted things"
    acts = [{act.kind for i in g.members if (act := merging.built[i].act)} for g in (a, b)]
    if len(acts[0]) == len(acts[1]) == 1 and acts[0] != acts[1]:
        return "other acts"
    verbs = [{act.verb for i in g.members if (act := merging.built[i].act) and act.verb} for g in (a, b)]
    if verbs[0] and verbs[1] and verbs[0].isdisjoint(verbs[1]):
        return "other acts"
    def common_days(members: list[int]) -> tuple[int, int] | None:
        spans = [d for i in members if (d := align._written_days(merging.built[i].fact)) is not None]
        return (max(d[0] for d in spans), min(d[1] for d in spans)) if spans else None

    if any(
        (x := merging.built[i]).limit is not None
        and (y := merging.built[j]).limit is not None
        and x.limit != y.limit
        for i in a.members
        for j in b.members
    ):
        return "a limit and a day"
    clocks = [{c for i in g.members if (c := align._clock(merging.built[i].fact))} for g in (a, b)]
    if align._clock_off_days(clocks[0], common_days(b.members)) or align._clock_off_days(
        clocks[1], common_days(a.members)
    ):
        return "other days"
    if any(
        align._other_clock_times(align._clock(merging.built[i].fact), align._clock(merging.built[j].fact))
        for i in a.members
        for j in b.members
    ):
        return "other times of day"
    actors = [{w for i in g.members if (act := merging.built[i].act) for w in act.actor} for g in (a, b)]
    if actors[0] and actors[1] and actors[0].isdisjoint(actors[1]):
        return "other actors"
    # Counts in care and not, a range of terms and a term: since the twenty-eighth session no pair
    # veto keeps such pairs from being scored, so merges of their groups are asked.
    pairs = [(merging.built[i], merging.built[j]) for i in a.members for j in b.members]
    if any(x.fact.kind == y.fact.kind == "count" and x.care != y.care for x, y in pairs):
        return "in care and not"
    ranges = [(align._term_range(x), align._term_range(y)) for x, y in pairs]
    if any(r is not None and q is not None and r != q for r, q in ranges):
        return "range of terms"
    if not (update or a.updating or b.updating) and any(
        _open_and_far(merging.built[i], merging.built[j]) for i in a.members for j in b.members
    ):
        return "open bound and a far value"
    def listed(it: align._Item) -> bool:
        # A figure that is an item of its sentence's enumeration: a count, a share, a duration or a
        # sum, not a figure restating or converting the one before it, nor a range of sums, nor a
        # figure of a sentence that tells a report revised.
        fact = it.fact
        if fact.kind not in ("count", "percent", "duration", "money"):
            return False
        if it.gloss is not None or it.converts is not None or it.revised:
            return False
        return fact.kind != "money" or (isinstance(fact.value, Quantity) and fact.value.qualifier != "range")

    for i in a.members:
        for j in b.members:
            xi, yi = merging.built[i], merging.built[j]
            x, y = xi.fact, yi.fact
            one_sentence = x.doc == y.doc and x.sentence.start == y.sentence.start
            if one_sentence and x.kind == y.kind and listed(xi) and listed(yi):
                if x.kind != "money" or x.value.unit == y.value.unit:  # type: ignore[union-attr]
                    return "enumeration"
    for i in a.members:
        for j in b.members:
            if merging.overlap(i, j):
                continue
            if merging.built[i].doc == merging.built[j].doc:
                why = merging.self_contradiction_veto(i, j, conflict_phase)
            else:
                why = merging.contradiction_veto(i, j, conflict_phase, update)
            if why is not None:
                return why
    return None


def _day_and_its_month(merging: align._Merging, a: list[int], b: list[int]) -> bool:
    """``align._day_of_month`` and ``align._day_of_two_days`` read member by member: one side's
    members are dates of one day each whose common part is at most a day, the other's dates of whole
    months, or of days whose common part is two days, that hold it, and both sides are told with
    triggers whose families meet."""

    def common(members: list[int]) -> tuple[float, float]:
        spans = [s for i in members if (s := merging.built[i].bounds) is not None]
        if len(spans) < len(members):
            return (math.inf, -math.inf)
        return (max(s[0] for s in spans), min(s[1] for s in spans))

    def families(members: list[int]) -> set[str]:
        return {align._family(e) for i in members if (e := merging.built[i].fact.about.event)}

    for day, month in ((a, b), (b, a)):
        day_facts = [merging.built[i].fact for i in day]
        one_day = all(align._one_day(f) or align._day_step(f) for f in day_facts) and any(
            map(align._one_day, day_facts)
        )
        (dl, dh), (ml, mh) = common(day), common(month)
        months = all(align._whole_month(merging.built[i].fact) for i in month)
        month_facts = [merging.built[i].fact for i in month]
        two_days = (
            all(align._one_day(f) or align._day_step(f) for f in month_facts)
            and any(map(align._one_day, month_facts))
            and 1 <= mh - ml < 2
        )
        told = families(day) and families(month)
        if one_day and (months or two_days) and told and dh - dl < 1 and ml <= dl and dh <= mh:
            return bool(families(day) & families(month))
    return False


DEV_STORIES = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "stories"


@pytest.mark.parametrize("source", ["seeds", "kabul-hotel-2018", "peshawar-mosque-2023", "wire", "alike"])
def test_merge_test_by_classes_answers_like_every_member_pair(
    source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge test asks once per pair of veto classes, yet gives every answer, reason included,
    that a walk over every member pair in order gives: checked at every merge the clustering tries."""
    if source == "wire":
        docs, facts = _wire_story(400, planted=200)
    elif source == "alike":  # one outlet's many figures, merged by runs (``_Run``)
        docs = _alike_sentences(60)
        facts = [f for d in docs for f in extract_facts(d)]
    else:
        corpus = pipeline.load_corpus([str(SEEDS if source == "seeds" else DEV_STORIES / source)])
        docs = list(corpus.documents)
        facts = list(pipeline.extract_documents(docs))
    fast = align._Merging.merge_veto
    asked = {"tries": 0, "vetoes": 0}

    def both(
        self: align._Merging,
        ra: int,
        rb: int,
        conflict_phase: bool,
        evidence: float = 1.0,
        update: bool = False,
    ) -> str | None:
        why = fast(self, ra, rb, conflict_phase, evidence, update)
        assert why == _member_by_member(self, ra, rb, conflict_phase, evidence, update)
        asked["tries"] += 1
        asked["vetoes"] += why is not None
        return why

    monkeypatch.setattr(align._Merging, "merge_veto", both)
    align.align(docs, facts)
    assert asked["tries"] > 0
    if source != "wire":
        assert asked["vetoes"] > 0  # the comparison saw vetoes, not only merges


def test_merging_thousands_of_copies_asks_the_veto_per_class_not_per_member_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Joining the outlier to 1,499 agreeing copies asks contradiction_veto a handful of times."""
    asked = 0
    veto = align._Merging.contradiction_veto

    def counting(
        self: align._Merging, i: int, j: int, conflict_phase: bool, update: bool = False
    ) -> str | None:
        nonlocal asked
        asked += 1
        return veto(self, i, j, conflict_phase, update)

    monkeypatch.setattr(align._Merging, "contradiction_veto", counting)
    docs, facts = _wire_story(1500, planted=750)
    groups = align.align(docs, facts)
    assert ("count", 1500, Verdict.CONFLICT) in [
        (g.facts[0].kind, len(g.facts), verdict_of(g.facts)) for g in groups
    ]
    assert asked < 50


def test_an_undated_article_agrees_with_the_day_dated_outlets_give_in_the_same_words(tmp_path: Path) -> None:
    directory = tmp_path / "story"
    directory.mkdir()
    sentence = "The jewellery store in Paris was robbed on Monday by three armed men, police said."
    texts = {
        "a.txt": (sentence + " Nobody was hurt.\n", "published = 2013-09-10\n"),
        "b.txt": (sentence + " The gang fled.\n", "published = 2013-09-10\n"),
        "c.txt": (sentence + " Diamonds were taken.\n", ""),
    }
    manifest = []
    for name, (text, published) in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\n{published}')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    report = _run(directory)
    facts = {f.id: f for f in report.facts}
    mondays = [f for f in report.facts if f.text == "Monday"]
    assert sorted(f.value.start is None for f in mondays) == [False, False, True], "no undated Monday"
    holding = [f for f in report.findings if any(facts[i].text == "Monday" for i in f.facts)]
    assert len(holding) == 1 and len(holding[0].facts) == 3
    assert holding[0].verdict is Verdict.AGREE
    said = "gives no publication date: the day of Monday is inferred from the other outlets' dates"
    assert said in holding[0].explanation
    assert report.summary()["conflict"] == 0


# Story-level anchoring (compare/anchoring.py): an undated article's weekday joins the day the
# dated outlets give its event, whatever words they use for it.
_JUL19 = dt.date(2022, 7, 19)  # a Tuesday
_RECORD = "Britain's temperature record fell at Coningsby in Lincolnshire on {d}, when it reached 40.3C."
_FIRE = "A fire destroyed a warehouse in the harbour of Marseille on Tuesday, firemen said. Nobody was hurt."


def _record_story(*undated: str) -> tuple[list[Document], list[Fact]]:
    from compare.extract import extract_facts

    docs = [
        _doc("a", _RECORD.format(d="July 19") + " Rail lines buckled in the heat.", _JUL19),
        _doc("b", _RECORD.format(d="19 July") + " Fires broke out in London.", _JUL19),
        *(_doc(f"u{n}", text, None) for n, text in enumerate(undated)),
    ]
    return docs, [f for d in docs for f in extract_facts(d)]


def test_an_undated_weekday_joins_the_day_the_dated_outlets_give_its_event_in_other_words() -> None:
    docs, facts = _record_story(_RECORD.format(d="Tuesday") + " Schools closed early.")
    (tuesday,) = [f for f in facts if f.text == "Tuesday"]
    assert tuesday.value.start is None, "the article's own value stays unresolved"
    groups = align.align(docs, facts)
    (holding,) = [g for g in groups if tuesday in g.facts]
    assert sorted(f.text for f in holding.facts) == ["19 July", "July 19", "Tuesday"]
    assert verdict_of(holding.facts) is Verdict.AGREE


def test_an_undated_weekday_of_another_occasion_takes_no_day_from_the_story() -> None:
    """A warehouse fire's undated "Tuesday" is no day of the heat record: the articles share no words."""
    from compare import anchoring

    docs, facts = _record_story(_RECORD.format(d="Tuesday") + " Schools closed early.", _FIRE)
    scopes = align._background_scopes(facts, docs)
    days = anchoring.story_days(facts, docs, align.fact_events(facts, docs, scopes, align._EVENT_OPTIONS))
    assert {f.doc: days[f.id].day if f.id in days else None for f in facts if f.text == "Tuesday"} == {
        "u0": _JUL19,
        "u1": None,
    }
    groups = align.align(docs, facts)
    (fire,) = [g for g in groups if any(f.doc == "u1" and f.text == "Tuesday" for f in g.facts)]
    assert len(fire.facts) == 1


def test_an_undated_date_read_by_the_other_outlets_takes_their_occasion() -> None:
    """The undated article tells of the dated facts' occasion, so agreeing merges see one event
    (Beirut's undated "August 4" and the dated outlets' Tuesday were kept apart as "different event
    clusters"): the occasion most of those facts have, ties to the lowest; none inferred, its own."""
    from compare.anchoring import Inferred

    day = dt.date(2020, 8, 4)
    occasions = {"a@1": 3, "b@1": 5, "c@1": 5, "u@1": 9}
    assert align._inferred_occasion(Inferred(day, ("a@1", "b@1", "c@1")), occasions, 9) == 5
    assert align._inferred_occasion(Inferred(day, ("a@1", "b@1")), occasions, 9) == 3
    assert align._inferred_occasion(Inferred(day, ("x@1",)), occasions, 9) == 9
    assert align._inferred_occasion(None, occasions, 9) == 9


def test_an_undated_day_of_a_month_takes_the_day_most_outlets_give_and_none_on_a_tie() -> None:
    from compare import anchoring

    other = dt.date(2021, 7, 19)
    docs, facts = _record_story(_RECORD.format(d="19 July") + " Schools closed early.")
    scopes = align._background_scopes(facts, docs)
    events = align.fact_events(facts, docs, scopes, align._EVENT_OPTIONS)
    (undated,) = [f for f in facts if f.doc == "u0" and f.kind == "date"]
    assert {k: v.day for k, v in anchoring.story_days(facts, docs, events).items()} == {undated.id: _JUL19}
    # A third outlet, published a year earlier, gives another 19 July: two days against one...
    earlier = _doc("c", _RECORD.format(d="July 19") + " Rail lines buckled in the heat.", other)
    from compare.extract import extract_facts

    more = [*facts, *extract_facts(earlier)]
    events = align.fact_events(more, [*docs, earlier], scopes, align._EVENT_OPTIONS)
    inferred = anchoring.story_days(more, [*docs, earlier], events)
    assert {k: v.day for k, v in inferred.items()} == {undated.id: _JUL19}
    # ... and with one each, no day is inferred.
    fewer = [f for f in more if f.doc != "b"]
    kept = [d for d in [*docs, earlier] if d.id != "b"]
    events = align.fact_events(fewer, kept, scopes, align._EVENT_OPTIONS)
    assert anchoring.story_days(fewer, kept, events) == {}


def _counted(text: str) -> Fact:
    """The count a short sentence states (its noun as the extractor reads it)."""
    from compare.extract import extract_facts

    doc = _doc("n", f"Prosecutors filed {text} on Monday.", None)
    (fact,) = [f for f in extract_facts(doc) if f.kind == "count"]
    return fact


def test_noun_classes_are_language_data_read_through_the_lexicon(tmp_path: Path) -> None:
    """Counted nouns of one class count one thing; the classes come from noun_classes.toml."""
    from compare.lang import lexicon, read_lexicon

    assert align.noun_class("civilian") == align.noun_class("people") == "person"
    assert align.noun_class("soldier") == align.noun_class("service member") == "troop"
    assert align.noun_class("magazine") == "magazine"  # a noun in no class is its own class
    # Things outlets name in other words (session 14): "seven AK-47s" / "seven AK-47 assault
    # rifles" / "12 AK 47 guns", "11 shots" / "11 rounds", "two murder charges" / "two counts".
    assert align.noun_class("ak-47") == align.noun_class("rifle") == align.noun_class("gun") == "firearm"
    assert align.noun_class("bullet") == align.noun_class("round") == align.noun_class("shot")
    assert align.noun_class("count") == align.noun_class("charge")
    assert align.noun_class("shop") == align.noun_class("store")
    assert align.noun_class("nation") == align.noun_class("country")
    # Session 20: "two previous offers" / "two previous proposals", "92 reports" / "92 cases".
    assert align.noun_class("proposal") == align.noun_class("offer") == align.noun_class("bid")
    assert align.noun_class("case") == align.noun_class("report") == align.noun_class("incident")
    counts, charges = align.role_of(_counted("two counts")), align.role_of(_counted("two charges"))
    assert counts == charges == "charge"
    # Session 25: "8.5 million affected machines" / "8.5 million affected devices", "34 places" /
    # "34 observation sites" / "34 weather stations", "three undersea cables" / "three data lines".
    assert align.noun_class("machine") == align.noun_class("device") == align.noun_class("computer")
    assert align.noun_class("place") == align.noun_class("site") == align.noun_class("station")
    assert align.noun_class("line") == align.noun_class("cable")
    assert align.noun_class("ballot") == align.noun_class("vote")
    assert align.noun_class("rise") == align.noun_class("increase") == align.noun_class("hike")
    # ... but not "35 individual allegations" (in one country) against "92 reports" (worldwide).
    assert align.noun_class("allegation") != align.noun_class("report")
    # A noun that names no kind of thing gives a count no class (nouns.toml generic_counted):
    # "2 million units" may be "two million cars", "eight pieces" the "nine pieces of crown jewels".
    assert align.role_of(_counted("2 million units")) is None
    assert align.role_of(_counted("eight pieces")) is None
    assert align.role_of(_counted("two million cars")) == "vehicles"
    assert align.noun_class(None) is None
    assert lexicon().noun_class["migrant"] == "refugee"
    english = Path(align.__file__).resolve().parent / "lang" / "en"
    folder = tmp_path / "xx"
    shutil.copytree(english, folder)
    data = folder / "noun_classes.toml"
    english_text = data.read_text("utf-8")
    data.write_text(english_text.replace("[exclusive]", 'other = ["soldier"]\n[exclusive]'), "utf-8")
    with pytest.raises(ValueError, match="'soldier' is in both 'troop' and 'other'"):
        read_lexicon(folder, "xx")
    # Exclusive classes: two sides, read as pairs in both orders; a class on both sides is an error.
    assert ("child", "teacher") in lexicon().exclusive_classes
    assert ("teacher", "child") in lexicon().exclusive_classes
    assert ("child", "person") not in lexicon().exclusive_classes
    data.write_text(english_text + 'odd = [["child"], ["child", "adult"]]\n', "utf-8")
    with pytest.raises(ValueError, match="'odd' has a class on both sides"):
        read_lexicon(folder, "xx")
    data.write_text(english_text + 'odd = ["child", "adult"]\n', "utf-8")
    with pytest.raises(ValueError, match="'odd' must be two lists of classes"):
        read_lexicon(folder, "xx")


def test_words_of_one_coreference_family_are_a_shared_sentence_word() -> None:
    # "killed" in one outlet's sentence and "died" in another's usually name
    # one occurrence (events.toml [coreference]): one shared word of the
    # family, weighed as a sentence word, never as a named cue.
    killed = align._cue_keys(About(terms=("gunman", "killed", "market")), {})
    died = align._cue_keys(About(terms=("people", "died", "hospital")), {})
    won = align._cue_keys(About(terms=("team", "won", "final")), {})
    shared = set(killed) & set(died)
    assert shared == {"T:~death"}
    assert killed["T:~death"] == died["T:~death"] > killed["T:killed"]
    assert not set(won) & set(killed)
    assert not any("death" in k for k in killed if not k.startswith("T:"))


def test_two_ages_in_one_article_never_contradict_each_other() -> None:
    # "his 41-year-old son" and "61-year-old John Smith was arrested" in one
    # article are the ages of two people, even when everything else about the
    # pair looks like one quantity stated twice.  (The age of "a 41-year-old
    # murder case" is the time since it, role elapsed: tests/test_roles.py.)
    doc = Document(
        id="a",
        path="a",
        text=(
            "Police arrested 61-year-old John Smith in Springfield on Friday over the murders. "
            "Police in Springfield said his 41-year-old son was questioned on Friday."
        ),
        outlet="A",
        title="",
        sha256="0" * 64,
        story="s",
        published=dt.date(2024, 3, 8),
    )
    from compare.extract import extract_facts

    ages = [f for f in extract_facts(doc) if f.role == "age"]
    assert sorted(f.text for f in ages) == ["41-year-old", "61-year-old"]
    built = align._build(ages, [doc])
    sure = _SURE
    merging = align._Merging.start(built, {}, {"a": doc.published}, sure)
    assert merging.self_contradiction_veto(0, 1, conflict_phase=True) == "one value per document"


def test_two_counts_of_one_sentence_never_share_a_group() -> None:
    # "killing two workers and wounding two others": one sentence counts two
    # things, however surely another outlet's "two" agrees with both.
    from compare.extract import extract_facts

    a = _doc("a", "The gunman shot dead two workers and wounded two others at the plant on Thursday.", None)
    b = _doc("b", "Two workers were shot dead at the plant on Thursday, police said.", None)
    facts = [f for d in (a, b) for f in extract_facts(d) if f.kind == "count"]
    assert sorted(f.text for f in facts if f.doc == "a") == ["two others", "two workers"]
    built = align._build(facts, [a, b])
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n) if built[i].doc != built[j].doc}
    merging = align._Merging.start(built, pairs, {"a": None, "b": None}, _SURE)
    merging.run()
    first, second = (n for n, it in enumerate(built) if it.doc == "a")
    assert merging.find(first) != merging.find(second)


def test_two_shares_of_one_sentence_never_share_a_group() -> None:
    # "55 percent of voice traffic in Saudi Arabia, 52 percent in Egypt": one sentence gives shares
    # of two things, however surely another outlet's share agrees with both (on the development
    # gold no two shares of one sentence share a cluster: 87 such pairs, all in two).
    from compare.extract import extract_facts

    a = _doc("a", "The firm cut 10 percent of its staff and 10 percent of its budget on Thursday.", None)
    b = _doc("b", "The firm cut 10 percent of its staff on Thursday, its chief said.", None)
    facts = [f for d in (a, b) for f in extract_facts(d) if f.kind == "percent"]
    assert len([f for f in facts if f.doc == "a"]) == 2, facts
    built = align._build(facts, [a, b])
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n) if built[i].doc != built[j].doc}
    merging = align._Merging.start(built, pairs, {"a": None, "b": None}, _SURE)
    merging.run()
    first, second = (n for n, it in enumerate(built) if it.doc == "a")
    assert merging.find(first) != merging.find(second)


_DIFFERENT_WORDS = {
    "a.txt": ("2014-08-03", "The earthquake in Ludian killed {first} people, the county said on Sunday.\n"),
    "b.txt": (
        "2014-08-05",
        "By Tuesday the death toll in the province stood at {second} people, according to the relief "
        "headquarters.\n",
    ),
}


def _worded_toll(where: Path, first: int, second: int) -> Report:
    return _story(
        where,
        {
            name: (day, text.format(first=first, second=second))
            for name, (day, text) in _DIFFERENT_WORDS.items()
        },
    )


def test_a_toll_that_rose_joins_as_an_update_on_less_evidence_than_a_conflict(tmp_path: Path) -> None:
    # Two reports of one quake's toll, two days apart, in different words: too
    # little shared context for a conflict, enough for a later, higher toll.
    rose = _worded_toll(tmp_path / "rose", 120, 480)
    assert rose.summary()["updated"] == 1 and rose.summary()["conflict"] == 0
    update = next(f for f in rose.findings if f.verdict is Verdict.UPDATED)
    assert "rose from 120 on 3 August" in update.explanation
    # The same wording with a falling toll is no update, and the evidence is
    # too weak for a conflict: two single-source findings.
    fell = _worded_toll(tmp_path / "fell", 480, 120)
    assert fell.summary()["updated"] == 0 and fell.summary()["conflict"] == 0


def _toll_item(n: int, day: int, doc: str) -> align._Item:
    f = _count(doc, n, f"{n} people")
    return align._Item(
        fact=f,
        doc=doc,
        keys={},
        strong={},
        terms={},
        strong_norm=0.0,
        terms_norm=0.0,
        bounds=(float(n), float(n)),
        persons=frozenset(),
        role="deaths",
        as_of=day,
    )


def test_a_toll_that_moved_within_a_day_joins_as_an_update_when_later_days_keep_its_top() -> None:
    """14 and 19 on day 1, 19 on day 2: the merged group is what the judge calls updated
    (``judge._rose_over_days``, ``judge._never_fell``); 14 and 19 on day 1 with 17 on day 2, or
    one day alone, are not."""
    kept = align._Cluster.of(0, _toll_item(19, 1, "b"))
    kept.absorb(align._Cluster.of(1, _toll_item(19, 2, "c")), ())
    assert align._Cluster.of(2, _toll_item(14, 1, "a")).still_update(kept)
    assert kept.still_update(align._Cluster.of(2, _toll_item(14, 1, "a")))
    fell = align._Cluster.of(0, _toll_item(19, 1, "b"))
    fell.absorb(align._Cluster.of(1, _toll_item(17, 2, "c")), ())
    assert not align._Cluster.of(2, _toll_item(14, 1, "a")).still_update(fell)
    one_day = align._Cluster.of(0, _toll_item(19, 1, "b"))
    assert not align._Cluster.of(2, _toll_item(14, 1, "a")).still_update(one_day)


def test_two_reports_of_one_toll_on_one_day_are_a_same_day_toll_of_one_event_cluster_only() -> None:
    """A pair of one day's differing tolls may join on an update's evidence (``_same_day_toll``):
    same role, one day, one event cluster; not other days, other clusters or roles that may fall."""
    a = dataclasses.replace(_toll_item(14, 1, "a"), occasion=0)
    b = dataclasses.replace(_toll_item(19, 1, "b"), occasion=0)
    assert align._same_day_toll(a, b)
    assert not align._same_day_toll(a, dataclasses.replace(b, occasion=1))
    assert not align._same_day_toll(a, dataclasses.replace(b, occasion=None))
    assert not align._same_day_toll(a, dataclasses.replace(b, as_of=2))
    assert not align._same_day_toll(dataclasses.replace(a, role="jobs"), dataclasses.replace(b, role="jobs"))


def _share_item(value: float, day: int, doc: str, progress: str | None = None) -> align._Item:
    f = Fact(
        id=f"{doc}@{int(value * 100)}",
        doc=doc,
        start=0,
        end=5,
        text=f"{value}%",
        kind="percent",
        value=Quantity(stated=value, low=value, high=value, unit="%", qualifier="exact"),
        sentence=Span(0, 40),
        about=About(),
    )
    return align._Item(
        fact=f,
        doc=doc,
        keys={},
        strong={},
        terms={},
        strong_norm=0.0,
        terms_norm=0.0,
        bounds=(value, value),
        persons=frozenset(),
        as_of=day,
        occasion=0,
        progress=progress,
    )


def test_a_share_re_reported_as_its_count_went_on_is_a_pair_of_one_share_only_near_and_of_one_side() -> None:
    """44.04% with 87% counted and 44.2% the next day may be one share (``_share_count``); not two
    finished shares, two holders, two event clusters, shares far apart or the two sides of a count."""
    early = _share_item(44.04, 1, "a", "87% of the tables counted")
    late = _share_item(44.2, 2, "b", "97.6% of the ballots counted")
    assert align._share_count(early, late)
    assert align._share_count(early, dataclasses.replace(late, progress=None))
    assert not align._share_count(
        dataclasses.replace(early, progress=None), dataclasses.replace(late, progress=None)
    )
    assert not align._share_count(
        dataclasses.replace(early, role="percent of massa"),
        dataclasses.replace(late, role="percent of milei"),
    )
    assert align._share_count(dataclasses.replace(early, role="percent of massa"), late)
    assert not align._share_count(early, dataclasses.replace(late, occasion=1))
    assert not align._share_count(early, _share_item(55.95, 1, "b", "87% of the tables counted"))
    # 49.6% and 50.4%: near, yet the two candidates' shares of one count.
    assert not align._share_count(_share_item(49.6, 1, "a", "90% counted"), _share_item(50.4, 1, "b"))
    count = dataclasses.replace(_toll_item(44, 1, "a"), occasion=0, progress="90% counted")
    assert not align._share_count(count, late)


def test_shares_of_a_count_in_progress_join_as_an_update_and_finished_shares_of_one_day_do_not() -> None:
    """The merge test asks of shares what ``judge._count_in_progress`` asks: a share told with its
    count's progress, and the shares told as finished overlapping within each report day."""
    counting = align._Cluster.of(0, _share_item(44.04, 1, "a", "87% of the tables counted"))
    final = align._Cluster.of(1, _share_item(44.2, 2, "b"))
    assert counting.still_update(final) and final.still_update(counting)
    # Two finished shares that cannot both hold on one day are a contradiction, not an update.
    final.absorb(align._Cluster.of(2, _share_item(44.9, 2, "c")), ())
    assert not counting.still_update(final)
    # No share told with its count's progress: no update.
    assert not align._Cluster.of(0, _share_item(44.04, 1, "a")).still_update(
        align._Cluster.of(1, _share_item(44.2, 2, "b"))
    )
    # A finished share with no report day could be any day's.
    assert not counting.still_update(align._Cluster.of(1, _share_item(44.2, None, "b")))  # type: ignore[arg-type]


def test_a_share_re_reported_as_its_count_went_on_joins_on_less_cue_than_a_toll() -> None:
    """Two outlets' shares of one candidate while the votes are counted share few named cues: a cue
    score of 0.1 is an update's evidence for them (``_SHARE_UPDATE_CUE``), not for two tolls."""
    model = align.PairModel(weights=(0.0,) * len(align.FEATURES), bias=0.0)  # context probability 0.5

    def worded(it: align._Item, norm: float) -> align._Item:
        return dataclasses.replace(it, terms={"counted": 1.0}, terms_norm=norm)

    early = worded(_share_item(44.04, 1, "a", "87% of the tables counted"), 1.0)
    late = worded(_share_item(44.2, 2, "b"), 4.0)
    assert align._similarity(early, late) == pytest.approx(0.1)
    assert align.pair_score(early, late, model) == (pytest.approx(0.1), "update")
    first = dataclasses.replace(worded(_toll_item(14, 1, "a"), 1.0), occasion=0, count=False)
    second = dataclasses.replace(worded(_toll_item(19, 1, "b"), 4.0), occasion=0, count=False)
    assert align._same_day_toll(first, second)
    assert align.pair_score(first, second, model)[1] != "update"


def test_the_update_test_reads_the_report_days_as_the_judge_does() -> None:
    # 120 on day 1, 480 on day 3: an update; the same with 120 reported on
    # day 5 (later and lower), or both on one day, is none.
    early = align._Cluster.of(0, _toll_item(120, 1, "a"))
    assert early.still_update(align._Cluster.of(1, _toll_item(480, 3, "b")))
    assert not align._Cluster.of(0, _toll_item(120, 5, "a")).still_update(
        align._Cluster.of(1, _toll_item(480, 3, "b"))
    )
    assert not align._Cluster.of(0, _toll_item(120, 3, "a")).still_update(
        align._Cluster.of(1, _toll_item(480, 3, "b"))
    )
    # An unknown report day, or a role that does not only grow, is no update.
    assert not early.still_update(align._Cluster.of(1, _toll_item(480, None, "b")))  # type: ignore[arg-type]
    jobs = dataclasses.replace(_toll_item(480, 3, "b"), role="jobs")
    assert not early.still_update(align._Cluster.of(1, jobs))


def test_kindred_roles_are_one_count_for_an_update() -> None:
    """ "49 climbers were successfully evacuated" on Monday, "Some 52 climbers were rescued" days later:
    two roles that may count the same people (``[kindred_roles]``) are one count as it grew, for the
    judge and for an update merge alike (``narrow_role``; before, no role was left and both stayed a
    conflict).  The dead and the rescued are still two counts."""
    assert align.narrow_role({"evacuated", "rescued"}) == "evacuated"
    assert align.narrow_role({"people", "evacuated", "rescued"}) == "evacuated"
    assert align.narrow_role({"deaths", "rescued"}) is None
    evacuated = align._Cluster.of(0, dataclasses.replace(_toll_item(49, 1, "a"), role="evacuated"))
    rescued = align._Cluster.of(1, dataclasses.replace(_toll_item(52, 3, "b"), role="rescued"))
    assert evacuated.still_update(rescued)
    facts = [
        dataclasses.replace(_count("a", 49, "49 climbers"), role="evacuated", as_of=dt.date(2023, 12, 4)),
        dataclasses.replace(_count("b", 52, "52 climbers"), role="rescued", as_of=dt.date(2023, 12, 7)),
    ]
    assert verdict_of(facts) is Verdict.UPDATED


def test_the_update_test_reads_a_wider_role_as_the_narrower_one() -> None:
    # "11 casualties" (role casualties) on day 1 and 23 killed (deaths) on
    # day 3 are one toll rising, as the judge reads it (judge._growing_role);
    # two narrower roles (deaths, injured) are two counts, and "people"
    # stands for too many roles to leave one.
    casualties = dataclasses.replace(_toll_item(11, 1, "a"), role="casualties")
    later = align._Cluster.of(1, _toll_item(23, 3, "b"))
    assert align._Cluster.of(0, casualties).still_update(later)
    injured = dataclasses.replace(_toll_item(11, 1, "a"), role="injured")
    assert not align._Cluster.of(0, injured).still_update(later)
    assert align.narrow_role({"casualties", "deaths"}) == "deaths"
    assert align.narrow_role({"deaths", "injured"}) is None
    assert align.narrow_role({"people", "casualties", "deaths"}) == "deaths"


def test_an_update_merge_reads_a_wider_role_as_the_narrower_one_member_by_member() -> None:
    # "11 casualties" on day 1 and 13 killed on day 2: as an update the two roles are one toll
    # (narrow_role), as a contradiction they stay two figures ("300 casualties" / "100 killed").
    casualties = dataclasses.replace(_toll_item(11, 1, "a"), role="casualties")
    merging = align._Merging.start([casualties, _toll_item(13, 2, "b")], {}, {"a": None, "b": None}, None)
    assert merging.contradiction_veto(0, 1, True, update=True) is None
    assert merging.contradiction_veto(0, 1, True) == "different roles"
    injured = dataclasses.replace(_toll_item(11, 1, "a"), role="injured")
    merging = align._Merging.start([injured, _toll_item(13, 2, "b")], {}, {"a": None, "b": None}, None)
    assert merging.contradiction_veto(0, 1, True, update=True) == "different roles"


def test_one_articles_figures_of_two_report_days_join_as_an_update_not_as_a_contradiction() -> None:
    # "11 bodies" found on day 1 and 13 dead on day 2, in one article: its earlier and later reports of
    # one toll. As a conflict, or reported on one day, they stay one article's two figures.
    main = align.FactEvent(0, "eruption", True)
    earlier = dataclasses.replace(_toll_item(11, 1, "a"), event=main)
    later = dataclasses.replace(_toll_item(13, 2, "a"), event=main)
    later = dataclasses.replace(later, fact=dataclasses.replace(later.fact, sentence=Span(50, 90)))
    merging = align._Merging.start([earlier, later], {}, {"a": None}, None)
    assert merging.merge_veto(0, 1, True, 1.0, update=True) is None
    assert merging.merge_veto(0, 1, True, 1.0) == "one value per document"
    same_day = dataclasses.replace(later, as_of=1)
    merging = align._Merging.start([earlier, same_day], {}, {"a": None}, None)
    assert merging.merge_veto(0, 1, True, 1.0, update=True) is not None


def _groups_after_merging(items: list[align._Item], pairs: dict[tuple[int, int], float]) -> list[list[str]]:
    merging = align._Merging.start(items, pairs, {it.doc: None for it in items}, None)
    merging.run()
    return sorted(
        sorted(f"{merging.built[i].fact.text}@{merging.built[i].doc}" for i in c.members)
        for c in merging.clusters.values()
    )


def test_groups_of_a_toll_reported_higher_on_later_days_join_as_an_update() -> None:
    """Two outlets' 15 dead on day 1 and a third's 21 on day 3, no pair between them: one growing
    toll (``_Merging.join_updates``).  Not a lower later figure, nor one far above, nor a background
    event's count."""
    main = align.FactEvent(0, "shooting", True)

    def toll(*reports: tuple[int, int, str]) -> list[align._Item]:
        return [dataclasses.replace(_toll_item(n, day, doc), event=main) for n, day, doc in reports]

    rose = toll((15, 1, "a"), (15, 1, "b"), (21, 3, "c"))
    assert _groups_after_merging(rose, {(0, 1): 1.0}) == [["15 people@a", "15 people@b", "21 people@c"]]
    fell = toll((21, 1, "a"), (21, 1, "b"), (15, 3, "c"))
    assert len(_groups_after_merging(fell, {(0, 1): 1.0})) == 2
    far = toll((15, 1, "a"), (15, 1, "b"), (90, 3, "c"))
    assert len(_groups_after_merging(far, {(0, 1): 1.0})) == 2
    background = [
        dataclasses.replace(it, event=align.FactEvent(1, "shooting", False)) if it.doc == "c" else it
        for it in rose
    ]
    assert len(_groups_after_merging(background, {(0, 1): 1.0})) == 2


def test_groups_of_the_missing_reported_lower_or_higher_on_later_days_join_as_an_update() -> None:
    """Two outlets' 12 missing on day 1 and a third's 10 on day 2: the missing fall as people are found
    (``[updates] revised_roles``), so the groups join as an update either way; not a figure far off, nor
    two groups of one day, nor a toll of the dead that fell."""
    main = align.FactEvent(0, "eruption", True)

    def missing(*reports: tuple[int, int, str], role: str = "missing") -> list[align._Item]:
        return [
            dataclasses.replace(_toll_item(n, day, doc), event=main, role=role) for n, day, doc in reports
        ]

    fell = missing((12, 1, "a"), (12, 1, "b"), (10, 2, "c"))
    assert _groups_after_merging(fell, {(0, 1): 1.0}) == [["10 people@c", "12 people@a", "12 people@b"]]
    rose = missing((5, 1, "a"), (5, 1, "b"), (9, 3, "c"))
    assert len(_groups_after_merging(rose, {(0, 1): 1.0})) == 1
    far = missing((12, 1, "a"), (12, 1, "b"), (40, 2, "c"))
    assert len(_groups_after_merging(far, {(0, 1): 1.0})) == 2
    one_day = missing((12, 1, "a"), (12, 1, "b"), (10, 1, "c"))
    assert len(_groups_after_merging(one_day, {(0, 1): 1.0})) == 2
    dead = missing((12, 1, "a"), (12, 1, "b"), (10, 2, "c"), role="deaths")
    assert len(_groups_after_merging(dead, {(0, 1): 1.0})) == 2
    early = align._Cluster.of(0, fell[0])
    assert early.still_update(align._Cluster.of(1, fell[2]))
    assert not early.still_update(align._Cluster.of(1, one_day[2]))


def test_groups_of_a_count_of_any_role_a_later_report_tells_moved_join_as_an_update() -> None:
    """Ships waiting: two outlets' 185 on day 1, a third's 369 "now" on day 5 (a role that
    does not only grow, ``_revision_slot``): the groups join as an update, as ``judge._superseded``
    reads them (``_Cluster.moved``); before, they stayed two groups.  Not without the word, nor a
    later figure below the earlier one, nor a word on the first day only, nor two authorities."""
    main = align.FactEvent(0, "blockage", True)

    def ships(*reports: tuple[int, int, str, tuple[str, ...]]) -> list[align._Item]:
        out = []
        for n, day, doc, words in reports:
            it = _toll_item(n, day, doc)
            fact = dataclasses.replace(
                it.fact, text=f"{n} ships", about=About(noun="ship", terms=words), as_of=dt.date(2021, 3, day)
            )
            out.append(dataclasses.replace(it, fact=fact, event=main, role="vehicles"))
        return out

    grew = ships((185, 1, "a", ()), (185, 1, "b", ()), (369, 5, "c", ("now",)))
    assert _groups_after_merging(grew, {(0, 1): 1.0}) == [["185 ships@a", "185 ships@b", "369 ships@c"]]
    assert verdict_of([it.fact for it in grew]) is Verdict.UPDATED
    plain = ships((185, 1, "a", ()), (185, 1, "b", ()), (369, 5, "c", ()))
    assert len(_groups_after_merging(plain, {(0, 1): 1.0})) == 2
    fell = ships((369, 1, "a", ()), (369, 1, "b", ()), (185, 5, "c", ("now",)))
    assert len(_groups_after_merging(fell, {(0, 1): 1.0})) == 2
    first_day = ships((185, 1, "a", ("now",)), (185, 1, "b", ()), (369, 5, "c", ()))
    assert len(_groups_after_merging(first_day, {(0, 1): 1.0})) == 2
    early = align._Cluster.of(0, dataclasses.replace(grew[0], authority="ministry"))
    late = align._Cluster.of(1, dataclasses.replace(grew[2], authority="port authority"))
    assert not early.still_update(late)
    assert align._Cluster.of(0, grew[0]).still_update(align._Cluster.of(1, grew[2]))


def test_a_later_report_told_so_far_joins_a_count_of_any_role_as_one_told_now() -> None:
    """Ships waiting: 185 on day 1 in two outlets, "so far 369" on day 5 in a third.  A phrase of several
    words that tells a figure standing at its time is no sentence term (``About.terms`` holds single
    words): it is read from the sentence (``revisions.standing_phrases``, ``_Item.standing``) and joins
    the groups as "now" does (``_Cluster.moved``); before, they stayed two groups.  The group carries
    the phrase to the judge (``Group.standing``), which calls it ``updated``."""
    main = align.FactEvent(0, "blockage", True)
    out = []
    for n, day, doc in ((185, 1, "a"), (185, 1, "b"), (369, 5, "c")):
        it = _toll_item(n, day, doc)
        fact = dataclasses.replace(
            it.fact, text=f"{n} ships", about=About(noun="ship"), as_of=dt.date(2021, 3, day)
        )
        out.append(dataclasses.replace(it, fact=fact, event=main, role="vehicles"))
    assert len(_groups_after_merging(out, {(0, 1): 1.0})) == 2
    told = [*out[:2], dataclasses.replace(out[2], standing="so far")]
    assert _groups_after_merging(told, {(0, 1): 1.0}) == [["185 ships@a", "185 ships@b", "369 ships@c"]]
    merging = align._Merging.start(told, {(0, 1): 1.0}, {"a": None, "b": None, "c": None}, None)
    merging.run()
    (group,) = merging.groups("s")
    assert group.standing == ((told[2].fact.id, "so far"),)
    assert verdict_of(group.facts, standing=dict(group.standing)) is Verdict.UPDATED


def test_standing_phrases_reads_the_phrases_sentence_terms_cannot_hold() -> None:
    """ "So far", "to date", "thus far" and "at the moment" are read in the sentence of a count or sum
    (``revisions.standing_phrases``).  Not in another sentence, not for a date, and not a word the
    terms hold ("now")."""
    from compare.revisions import standing_phrases  # noqa: PLC0415

    text = (
        "So far, 40 workers are trapped. Rescuers found 12 bodies on Monday. The toll to date is 9 people."
        " It is now 30 people."
    )
    facts = extract_facts(_doc("d", text, dt.date(2023, 11, 13)))
    by_text = {f.text.split()[0]: f for f in facts}
    found = standing_phrases(facts, [_doc("d", text, dt.date(2023, 11, 13))])
    assert {by_text[n].id for n in ("40", "12", "9", "30")} <= {f.id for f in facts}
    assert {f.kind for f in facts if f.text.startswith("Monday")} <= {"date"}
    assert found == {by_text["40"].id: "So far", by_text["9"].id: "to date"}


def test_groups_of_a_share_of_a_growing_job_reported_higher_on_later_days_join_as_an_update() -> None:
    """A fire 6% contained on day 1 and 11% contained on days 2 and 3 (``[tallies] progress_shares``):
    the groups join as a growing count's do (``_Merging.join_updates``); not a share that fell, nor
    shares told with no such word."""
    main = align.FactEvent(0, "fire", True)

    def shares(
        *reports: tuple[float, int, str], terms: tuple[str, ...] = ("contained",)
    ) -> list[align._Item]:
        out = []
        for n, day, doc in reports:
            it = _share_item(n, day, doc)
            fact = dataclasses.replace(it.fact, about=About(terms=terms))
            out.append(dataclasses.replace(it, fact=fact, event=main))
        return out

    rose = shares((11, 2, "b"), (11, 3, "c"), (6, 1, "a"))
    assert _groups_after_merging(rose, {(0, 1): 1.0}) == [["11%@b", "11%@c", "6%@a"]]
    fell = shares((6, 2, "b"), (6, 3, "c"), (11, 1, "a"))
    assert len(_groups_after_merging(fell, {(0, 1): 1.0})) == 2
    plain = shares((11, 2, "b"), (11, 3, "c"), (6, 1, "a"), terms=("fire",))
    assert len(_groups_after_merging(plain, {(0, 1): 1.0})) == 2


def test_a_tolls_reports_in_other_groups_of_articles_weeks_apart_join_as_an_update_only() -> None:
    """An outbreak's deaths, 11 on day 1 and 15 three weeks on, in articles that compare.events put
    in two groups: as an update they are one count's reports (``_Merging.different_events``); as a
    contradiction, or as the main event against a background one, they stay apart."""
    outbreak = align.FactEvent(0, "outbreak", True, 0)
    first = dataclasses.replace(_toll_item(11, 1, "a"), event=outbreak, published=1)
    later = dataclasses.replace(
        _toll_item(15, 22, "b"), event=dataclasses.replace(outbreak, group=1), published=22
    )
    merging = align._Merging.start([first, later], {}, {"a": None, "b": None}, None)
    assert merging.contradiction_veto(0, 1, True, update=True) is None
    assert merging.contradiction_veto(0, 1, True) == "different events"
    background = dataclasses.replace(later, event=align.FactEvent(1, "outbreak", False, 1))
    merging = align._Merging.start([first, background], {}, {"a": None, "b": None}, None)
    assert merging.contradiction_veto(0, 1, True, update=True) == "different events"


def test_each_outlets_own_day_of_publication_is_no_conflict(tmp_path: Path) -> None:
    # Datelines date two reports, not one event twice; the counterpart below
    # (the same talks on two days, neither a day of publication) still conflicts.
    text = "GENEVA, March {d} (Morning Ledger) -- Foreign ministers met in Geneva for talks on Ukraine.\n"
    report = _story(
        tmp_path / "story",
        {"a.txt": ("2024-03-30", text.format(d=30)), "b.txt": ("2024-03-31", text.format(d=31))},
    )
    days = {f.text for f in report.facts if f.kind == "date"}
    assert {"March 30", "March 31"} <= days, "the datelines are no longer dates: the test lost its point"
    assert report.summary()["conflict"] == 0
    assert align._own_report_days(
        *[f for f in report.facts if f.text in ("March 30", "March 31")],
        {"a": dt.date(2024, 3, 30), "b": dt.date(2024, 3, 31)},
    )


def test_an_update_is_explained_one_step_per_report_day_and_only_rises() -> None:
    # Two outlets on 30 January (150, "more than 150"), two on the 31st
    # ("more than 200", "over 150"): one step per day, the day's highest figure.
    def report(doc: str, n: int, text: str, day: int, qualifier: str = "exact") -> Fact:
        high = n if qualifier == "exact" else None
        f = _count(doc, n, text, qualifier=qualifier)
        value = Quantity(stated=n, low=n, high=high, unit="person", qualifier=qualifier)
        return dataclasses.replace(f, value=value, role="injured", as_of=dt.date(2023, 1, day))

    facts = [
        report("a", 150, "150", 30),
        report("b", 150, "more than 150 injured", 30, "more-than"),
        report("c", 200, "more than 200 injured", 31, "more-than"),
        report("d", 150, "over 150", 31, "more-than"),
    ]
    assert verdict_of(facts) is Verdict.UPDATED
    text = judge.explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C", "d": "D"})
    # Each step names the outlets that state its figure, and what the day's other outlets state.
    expected = (
        "rose from 150 on 30 January (A; B says more than 150) to more than 200 on 31 January "
        "(C; D says more than 150)"
    )
    assert expected in text, text


_HEIST = (
    "Armed robbers stormed a jewellery store in Paris on Monday and escaped with {sum} of jewels, "
    "police said.\n"
)


def test_sums_far_apart_with_other_digits_are_other_sums_not_a_contradiction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On the development gold, money that conflicts differs by a slip of scale
    # ("$200 million" / "$2 million") or by less than tenfold; "11m euros" and
    # "€60,000" are two sums (another robbery), and saying they contradict is the worst error.
    def run(name: str, first: str, second: str) -> Report:
        return _story(
            tmp_path / name,
            {
                "a.txt": ("2023-03-06", _HEIST.format(sum=first)),
                "b.txt": ("2023-03-06", _HEIST.format(sum=second)),
            },
        )

    assert run("apart", "11m euros", "€60,000").summary()["conflict"] == 0
    # A slip of scale still is one.
    assert run("slip", "$200 million", "$2 million").summary()["conflict"] == 1
    monkeypatch.setattr(align, "_CONFLICT_MONEY_FACTOR", float("inf"))
    assert run("unguarded", "11m euros", "€60,000").summary()["conflict"] == 1, "the test lost its point"


def test_a_figure_nothing_in_its_clause_describes_is_no_evidence_of_a_contradiction() -> None:
    """ "9 : 31 AM" read as a count "31" (no counted noun, verb or event) contradicts no "23 protesters"."""
    text = "Police arrested protesters in Brooklyn after the vigil for Kimani Gray, officials said."
    docs = [_doc(d, text, dt.date(2013, 3, 12)) for d in ("a", "b", "c")]
    cues = {"places": ("brooklyn",), "participants": ("kimani gray",), "terms": ("vigil", "protester")}

    def figure(doc: str, n: int, about: About) -> Fact:
        value = Quantity(stated=n, low=n, high=n, unit="protester", qualifier="exact")
        return Fact(
            id=f"{doc}-{n}",
            doc=doc,
            start=0,
            end=2,
            text=str(n),
            kind="count",
            value=value,
            about=about,
            sentence=Span(0, len(text)),
            role="protesters",
        )

    described = About(noun="protester", predicate="arrest", **cues)  # type: ignore[arg-type]
    facts = [figure("a", 23, described), figure("b", 31, About(**cues)), figure("c", 31, described)]  # type: ignore[arg-type]
    built = align._build(facts, docs)
    sure = _SURE
    assert align.pair_score(built[0], built[1], sure)[1] == "bare figure"
    assert align.pair_score(built[0], built[2], sure)[1] == "conflict"


def test_counts_of_different_things_are_no_evidence_of_a_contradiction() -> None:
    """ "14 foreigners" and "43 civilians" killed: a subset and the total, not two tolls that disagree."""
    text = "Gunmen stormed the Intercontinental hotel in Kabul and killed guests, officials said."
    docs = [_doc(d, text, dt.date(2018, 1, 21)) for d in ("a", "b", "c")]

    def toll(doc: str, n: int, noun: str) -> Fact:
        value = Quantity(stated=n, low=n, high=n, unit=noun, qualifier="exact")
        about = About(noun=noun, predicate="kill", places=("kabul",), participants=("intercontinental",))
        return Fact(
            id=f"{doc}-{n}",
            doc=doc,
            start=0,
            end=2,
            text=f"{n} {noun}s",
            kind="count",
            value=value,
            about=about,
            sentence=Span(0, len(text)),
            role="deaths",
        )

    built = align._build(
        [toll("a", 14, "foreigner"), toll("b", 43, "civilian"), toll("c", 43, "foreigner")], docs
    )
    sure = _SURE
    assert align.pair_score(built[0], built[1], sure)[1] == "other counted things"
    assert align.pair_score(built[0], built[2], sure)[1] == "conflict"


def test_an_undated_day_is_read_only_in_its_own_group_of_articles() -> None:
    # Two dated articles on a robbery say "Saturday" for one day; an undated
    # article on another occasion (other words, other names) says "Saturday"
    # too.  Its Saturday is not the robbery's: it stays a day no one can give.
    from compare.extract import extract_facts

    robbery = "Masked robbers emptied the vault of the Dallas bank on Saturday, the teller said."
    riot = "Rioters burned cars and smashed shop windows in Athens on Saturday, witnesses said."
    docs = [
        _doc("a", robbery + " The getaway car was found.\n", dt.date(2013, 3, 11)),
        _doc("b", robbery + " The masked gang escaped.\n", dt.date(2013, 3, 11)),
        _doc("c", riot + " Protesters clashed with police again.\n", None),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = {it.fact.doc: it for it in align._build(facts, docs) if it.fact.text == "Saturday"}
    assert built["a"].block == built["b"].block == "date"
    assert built["a"].event.group != built["c"].event.group, "one group of articles: no test"
    assert built["c"].block == "unresolved:saturday"


def test_a_year_naming_an_earlier_event_places_the_figures_after_it() -> None:
    # "after the 2005 tsunami" is the time of another event, not the start of
    # a period running to the present as "after 2005" is; "since the 1918
    # fire" in a superlative is a comparison, not the figure's time.
    text = (
        "After the 2005 Indian Ocean tsunami, more than 80 countries provided aid, she said. "
        "The fire killed 99 people, the deadliest since the 1918 Cloquet fire, officials said. "
        "After 2005, more than 20 countries pledged money, she said.\n"
    )
    doc = _doc("a", text, dt.date(2010, 3, 31))
    from compare.extract import extract_facts

    facts = extract_facts(doc)
    scopes = align._background_scopes(facts, [doc])
    scoped = {f.text: scopes[f.id].start.year for f in facts if f.id in scopes}
    assert scoped.get("more than 80 countries") == 2005
    assert "99 people" not in scoped and "more than 20 countries" not in scoped


def test_a_superlative_does_not_make_the_main_event_a_background_one() -> None:
    # "making it the deadliest US wildfire" describes the story's own fire.
    from compare.events import fact_events
    from compare.extract import extract_facts

    text = (
        "A fire that swept through a town in Maui has killed at least 89 people, authorities said, "
        "making it the deadliest US wildfire of the past century. Another fire killed 12 people.\n"
    )
    doc = _doc("a", text, dt.date(2023, 8, 13))
    facts = extract_facts(doc)
    events = fact_events(facts, [doc])
    main = {f.text: events[f.id].main for f in facts if f.kind == "count"}
    assert main == {"at least 89 people": True, "12 people": False}


def test_main_events_of_one_class_reported_days_apart_are_one_occasion_for_agreeing() -> None:
    from compare.events import FactEvent

    facts = [_count(d, 10, "10 people") for d in "abcde"]
    day = dt.date(2020, 8, 5)
    later = {"c": day + dt.timedelta(days=2), "d": day + dt.timedelta(days=9)}
    published = {"a": day, "b": day, "e": day, **later}
    events = {
        "a-10 people": FactEvent(0, "attack", True, 0),
        "b-10 people": FactEvent(1, "attack", True, 1),
        "c-10 people": FactEvent(2, "attack", True, 2),
        "d-10 people": FactEvent(3, "attack", True, 3),
        "e-10 people": FactEvent(4, "attack", False, 4),  # a background event keeps its own number
    }
    occasion = align._occasions(facts, events, published)
    assert occasion["a-10 people"] == occasion["b-10 people"] == occasion["c-10 people"]
    assert len({occasion["a-10 people"], occasion["d-10 people"], occasion["e-10 people"]}) == 3
    other_class = {**events, "b-10 people": FactEvent(1, "fire", True, 1)}
    assert align._occasions(facts, other_class, published)["b-10 people"] != occasion["a-10 people"]


def test_background_events_of_one_class_recalled_days_apart_are_one_occasion() -> None:
    # Outlets covering a story on the same days recall the same history ("the
    # 2012 shooting"): their recollections are one occasion, never the story's own.
    from compare.events import FactEvent

    facts = [_count(d, 26, "26 people") for d in "abcdef"]
    day = dt.date(2022, 10, 12)
    published = {d: day for d in "abce"} | {"d": day + dt.timedelta(days=2), "f": day + dt.timedelta(days=9)}
    events = {
        "a-26 people": FactEvent(0, "shooting", False, 0),
        "b-26 people": FactEvent(1, "shooting", False, 1),
        "c-26 people": FactEvent(2, "shooting", True, 2),  # the story's own shooting
        "d-26 people": FactEvent(3, "shooting", False, 3),
        "e-26 people": FactEvent(4, "fire", False, 4),  # another kind of occasion
        "f-26 people": FactEvent(5, "shooting", False, 5),  # recalled a week later
    }
    occasion = align._occasions(facts, events, published)
    assert occasion["a-26 people"] == occasion["b-26 people"] == occasion["d-26 people"]
    assert len({occasion[f"{d}-26 people"] for d in "acef"}) == 4


def test_figures_of_one_group_of_articles_are_one_occasion_whatever_their_event_class() -> None:
    # "cut 10%" near "call" in one article and near no trigger in another of its group: one
    # occasion for the figures; a date keeps its class's occasion (one day holds several acts).
    from compare.events import FactEvent

    day = dt.date(2023, 1, 5)
    when = DateValue(start=day, end=day, granularity="day", anchor="absolute")
    thursday = [dataclasses.replace(_count(d, 1, "Thursday"), kind="date", value=when) for d in "ab"]
    facts = [_count("a", 10, "10%"), _count("b", 10, "10%"), _count("c", 10, "10%"), *thursday]
    published = dict.fromkeys("abc", day)
    events = {
        "a-10%": FactEvent(0, "call", True, 0),
        "b-10%": FactEvent(1, "main", True, 0),
        "c-10%": FactEvent(2, "fire", True, 1),  # another group of articles
        "a-Thursday": FactEvent(0, "call", True, 0),
        "b-Thursday": FactEvent(1, "main", True, 0),
    }
    occasions = align._occasions(facts, events, published)
    assert occasions["a-10%"] != occasions["b-10%"], "one class: no test"
    figures = align._figure_occasions(facts, events, occasions)
    assert figures["a-10%"] == figures["b-10%"] != figures["c-10%"]
    assert figures["a-Thursday"] != figures["b-Thursday"]
    # The quantity a group reports is read on the class's occasion: one outlet's
    # figure near another trigger is no outlier of the others' slot.
    built = _built({"a.txt": ("2023-01-05", "Amazon will cut 18,000 jobs, Jassy said.\n")})
    item = dataclasses.replace(built[0], occasion=99, class_occasion=7)
    slot = align._slot_of([item], [0], align.vocabulary().umbrella)
    assert slot is not None and slot[0] == 7


def test_figures_of_articles_months_apart_agree_only_when_equal() -> None:
    # "dozens" killed in this year's attack and "57" in last year's overlap;
    # articles a year apart report one occasion only by restating its figure.
    from compare.extract import extract_facts

    said = " people were killed in the mosque attack in Peshawar, police said.\n"
    docs = [
        _doc("a", "Dozens of" + said, dt.date(2023, 1, 30)),
        _doc("b", "57" + said, dt.date(2022, 3, 5)),
        _doc("c", "57" + said, dt.date(2023, 1, 31)),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = {it.doc: it for it in align._build(facts, docs)}
    sure = _SURE
    assert align.bounds_overlap(built["a"].bounds, built["b"].bounds), "no overlap: no test"
    assert align.pair_score(built["a"], built["b"], sure) == (None, "far apart, other values")
    assert align.pair_score(built["b"], built["c"], sure)[1] == "agree"
    assert align.pair_score(built["a"], built["c"], sure)[1] == "agree"


def test_outlets_that_date_one_occasion_by_different_parts_of_it_agree(tmp_path: Path) -> None:
    # "attacked ... on Saturday" and "were arrested ... on Saturday": the same day
    # dated by two parts of one occasion agree; two days stay apart, never a conflict.
    text = {
        "a": "Indian navy commandos attacked the pirate boats in the Gulf of Aden on {}, officials said.",
        "b": "Twenty-three pirates were arrested in the Gulf of Aden on {}, officials said.",
    }
    for n, (day_a, day_b) in enumerate((("Saturday", "Saturday"), ("Saturday", "Sunday"))):
        report = _story(
            tmp_path / f"story{n}",
            {
                "a.txt": ("2008-12-15", text["a"].format(day_a) + " The crew is safe.\n"),
                "b.txt": ("2008-12-15", text["b"].format(day_b) + " Talks have begun.\n"),
            },
        )
        days = [f for f in report.facts if f.text in ("Saturday", "Sunday")]
        assert {f.about.event for f in days} == {"attack", "arrest"}, "other triggers: no test"
        facts = {f.id: f for f in report.facts}
        verdicts = [f.verdict for f in report.findings if facts[f.facts[0]].kind == "date"]
        if day_a == day_b:
            assert verdicts == [Verdict.AGREE]
        else:
            assert verdicts == [Verdict.SINGLE_SOURCE] * 2


_HEAT = "The temperature at Coningsby in Lincolnshire reached {} on Tuesday, the Met Office said."


def _heat_story(where: Path, temperatures: tuple[str, ...]) -> list[tuple[Verdict, list[str]]]:
    articles = {
        f"{n}.txt": ("2022-07-19", _HEAT.format(t) + f" Note {n}.\n") for n, t in enumerate(temperatures)
    }
    report = _story(where, articles)
    facts = {f.id: f for f in report.facts}
    return [
        (f.verdict, [facts[i].text for i in f.facts])
        for f in report.findings
        if facts[f.facts[0]].kind == "measure"
    ]


def test_a_measure_converted_to_its_last_digit_meets_the_figure_it_translates(tmp_path: Path) -> None:
    # 104.5F is 40.28C: read as exact it never met the 40.3C it translates.
    found = _heat_story(tmp_path / "one", ("40.3C", "40.3C", "104.5F"))
    assert found == [(Verdict.COMPATIBLE, ["40.3C", "40.3C", "104.5F"])]
    # 104F is 104.5F rounded down to the degree: one reading, compatible.
    found = _heat_story(tmp_path / "two", ("38.7C", "38.7C", "104F", "104.5F"))
    assert sorted(found, key=lambda x: x[1]) == [
        (Verdict.COMPATIBLE, ["104F", "104.5F"]),
        (Verdict.AGREE, ["38.7C", "38.7C"]),
    ]


def test_a_whole_measure_meets_the_decimal_it_rounds_and_no_other(tmp_path: Path) -> None:
    # "40C" and "104F" state the record's 40.3C (104.5F) to the degree: one reading
    # the judge calls rounded, not four readings or a contradiction.
    found = _heat_story(tmp_path / "one", ("40.3C", "40C", "104F", "104.5F"))
    assert found == [(Verdict.COMPATIBLE, ["40.3C", "40C", "104F", "104.5F"])]
    # Two figures with decimals, or two whole numbers, still meet only as written:
    # widened, "40C" would chain 40.2C and 40.3C, and "41C" would overlap "40C".
    found = _heat_story(tmp_path / "two", ("40.3C", "40.2C", "40C"))
    groups = sorted(texts for _, texts in found)
    assert groups in ([["40.2C"], ["40.3C", "40C"]], [["40.2C", "40C"], ["40.3C"]])
    found = _heat_story(tmp_path / "three", ("40.3C", "40C", "41C"))
    assert all(v is not Verdict.CONFLICT for v, _ in found)
    assert ["40.3C", "40C", "41C"] not in [texts for _, texts in found]


def test_a_year_that_names_the_event_restates_its_day(tmp_path: Path) -> None:
    # "the 2012 shooting" states the year of the shooting dated "Dec. 14, 2012"
    # elsewhere: the two differ in precision.  A year naming another event
    # ("the 2012 trial") is no statement of that day, nor is a dateline's year
    # (test_a_bare_year_does_not_blur_the_day_outlets_agree_on).
    from compare.extract import extract_facts

    day = "Twenty children and six adults died in the shooting on Dec. 14, 2012, at the school."
    second = "Jones must pay the families of victims killed after the 2012 {} at the school."
    published = dt.date(2022, 10, 12)
    for event, apart in (("shooting", False), ("trial", True)):
        docs = [_doc("a", day, published), _doc("b", second.format(event), published)]
        built = align._build([f for d in docs for f in extract_facts(d)], docs)
        year, when = (next(it for it in built if it.fact.text == t) for t in ("2012", "Dec. 14, 2012"))
        assert align._year_and_day(year, when) is apart, event
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2022-10-12", day + " The jury deliberated.\n"),
            "b.txt": ("2022-10-12", second.format("shooting") + " Appeals follow.\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    dates = [(f.verdict, sorted(facts[i].text for i in f.facts)) for f in report.findings]
    assert (Verdict.COMPATIBLE, ["2012", "Dec. 14, 2012"]) in dates


def test_only_dates_of_one_day_meet_whatever_their_event(seed_report: Report) -> None:
    # "That article was published on 7 January. An article three days later details
    # the deployment of helicopters": the 10th of the deployment story, not the day
    # of the talks the other outlets date "Monday"; and a month holds several
    # occasions: Putin's press conference of "December 23" is not the proposed
    # agreements of "last month" (align._one_day).
    facts = {f.id: f for f in seed_report.facts}
    later = [f for f in seed_report.facts if f.text == "three days later"]
    assert later and str(later[0].value.start) == "2022-01-10", "the phrase no longer resolves: no test"
    for finding in seed_report.findings:
        texts = {facts[i].text for i in finding.facts}
        assert not {"three days later", "Monday"} <= texts, finding.explanation
        assert not {"December 23", "last month"} <= texts, finding.explanation


def test_a_group_of_one_day_and_a_group_of_a_month_keep_the_family_veto() -> None:
    # Either way round: a day's group may not waive the veto for a month's group.
    from compare.extract import extract_facts

    published = dt.date(2022, 1, 8)
    docs = [
        _doc("a", "Putin told a press conference on December 23 that the West must answer.", published),
        _doc("b", "Russia set out its proposed agreements with NATO in December, officials said.", published),
    ]
    built = align._build([f for d in docs for f in extract_facts(d)], docs)
    texts = [it.fact.text for it in built]
    day, month = texts.index("December 23"), texts.index("December")
    assert built[day].fact.about.event != built[month].fact.about.event, "one trigger: no test"
    a, b = align._Cluster.of(day, built[day]), align._Cluster.of(month, built[month])
    assert a.vetoed(b) and b.vetoed(a)


def test_times_of_day_in_any_zone_are_compared_in_one_block() -> None:
    """ "4.17 am local time", "4:17am" and "01:17 GMT" may be one moment: one block (the values decide)."""
    texts = ["It struck at 4.17 am local time.", "It struck at 4:17am.", "It struck at 01:17 GMT."]
    facts = [f for t in texts for f in extract_text(t) if f.kind == "date"]
    assert len(facts) == 3
    assert {align._unit_class(f) for f in facts} == {"clock"}


def _two_topics() -> tuple[list[Document], list[Fact]]:
    """Two undated articles on a 1967 killing in Staunton, two on a 2010 shooting in Philadelphia."""
    from compare.extract import extract_facts

    staunton = (
        "Police in Staunton charged Sharron Smith with killing two women at an ice cream shop in 1967.\n"
    )
    kraft = "Yvonne Hiller shot two women dead at the Kraft plant in Philadelphia, police said.\n"
    docs = [
        _doc("a", staunton, None),
        _doc("b", staunton, None),
        _doc("c", kraft, None),
        _doc("d", kraft, None),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    assert sorted(f.text for f in facts) == ["two women"] * 4, "the counts changed: no test"
    return docs, facts


def test_equal_small_counts_of_articles_nothing_ties_together_stay_apart() -> None:
    # "two women" of one killing and "two women" of another: a model sure of
    # every pair still may not join outlets that share no group of articles
    # and no name (the 1967 Staunton killing and the 2010 Kraft shooting,
    # ECB+ topic 22).
    docs, facts = _two_topics()
    built = align._build(facts, docs)
    group = {it.doc: it.event.group for it in built if it.event is not None}
    assert group["a"] == group["b"] != group["c"] == group["d"], "the event layer joined them: no test"
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n)}
    merging = align._Merging.start(built, pairs, {d.id: None for d in docs}, _SURE)
    merging.run()
    root = {it.doc: merging.find(k) for k, it in enumerate(built)}
    assert root["a"] == root["b"] and root["c"] == root["d"]
    assert root["a"] != root["c"]
    ra, rc = merging.find(root["a"]), merging.find(root["c"])
    assert merging.merge_veto(ra, rc, False) == "unlinked articles"


def _two_heists(published: dt.date | None) -> tuple[list[Document], list[Fact]]:
    """Two articles on a Thursday heist in Paris, two (published as given) on a Monday heist there."""
    from compare.extract import extract_facts

    thursday = "Four armed robbers stormed a jewellery store in Paris on Thursday, police said.\n"
    monday = "Four men rammed their car into a jewellery store in Paris on Monday, police said.\n"
    docs = [
        _doc("a", thursday, None),
        _doc("b", thursday, None),
        _doc("c", monday, published),
        _doc("d", monday, published),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    counts = sorted(f.text for f in facts if f.kind == "count")
    assert counts == ["Four armed robbers"] * 2 + ["Four men"] * 2, "the counts changed: no test"
    return docs, facts


def _heist_roots(published: dt.date | None) -> tuple[dict[str, int], align._Merging]:
    docs, facts = _two_heists(published)
    built = align._build(facts, docs)
    counts = [k for k, it in enumerate(built) if it.fact.kind == "count"]
    pairs = {(i, j): 0.99 for i in counts for j in counts if i < j}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    return {built[k].doc: merging.find(k) for k in counts}, merging


def test_counts_of_undated_articles_naming_other_weekdays_stay_apart() -> None:
    # "four robbers" of a Thursday heist and "Four men" of a Monday one, told
    # by articles with no publication date that share the city and the words:
    # a model sure of every pair still may not join them (ECB+ topic 24's
    # two Paris heists, five years apart).
    root, merging = _heist_roots(None)
    assert root["a"] == root["b"] and root["c"] == root["d"]
    assert root["a"] != root["c"]
    assert merging.merge_veto(root["a"], root["c"], False) == "other days"
    # One undated side is enough: the dated articles' "Monday" is no Thursday.
    root, merging = _heist_roots(dt.date(2013, 9, 9))
    assert root["a"] != root["c"]


def test_counts_of_dated_articles_naming_other_weekdays_may_join() -> None:
    # Dated articles are placed by their publication dates: outlets that
    # report one story over several days name other weekdays.
    docs, facts = _two_heists(dt.date(2013, 9, 9))
    docs = [dataclasses.replace(d, published=dt.date(2013, 9, 6)) if d.id in "ab" else d for d in docs]
    built = align._build(facts, docs)
    counts = [k for k, it in enumerate(built) if it.fact.kind == "count"]
    clusters = {k: align._Cluster.of(k, built[k]) for k in counts}
    named = align._article_days(built)
    assert named["a"] != named["c"]
    for k, c in clusters.items():
        c.named_days = set(named[built[k].doc])
    a, c = clusters[counts[0]], clusters[counts[-1]]
    assert not align._other_days(a, c)
    a.undated_days = True
    assert align._other_days(a, c)


def _prison_terms(*sentences: str) -> tuple[list[Document], list[Fact], list[align._Item]]:
    """One article per sentence, all of one day; their facts and built items."""
    from compare.extract import extract_facts

    docs = [_doc(chr(ord("a") + k), s + "\n", dt.date(2022, 11, 18)) for k, s in enumerate(sentences)]
    facts = [f for d in docs for f in extract_facts(d)]
    return docs, facts, align._build(facts, docs)


def test_a_cap_restates_no_figure_well_below_it() -> None:
    # "faced up to 20 years" is the law's maximum, not the sentence of "11
    # years" its interval holds: a model sure of every pair still may not
    # join them, while "20 years" restates the cap.
    docs, facts, built = _prison_terms(
        "Holmes faced up to 20 years in prison for fraud.",
        "Holmes was sentenced to 11 years in prison for fraud.",
        "Holmes faced 20 years in prison for fraud.",
    )
    assert [it.fact.text for it in built] == ["up to 20 years", "11 years", "20 years"], "no test"
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n)}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    assert merging.find(0) == merging.find(2)
    assert merging.find(0) != merging.find(1)
    assert merging.merge_veto(merging.find(0), merging.find(1), False) == "below a cap"


def test_a_cap_contradicts_nothing() -> None:
    # A bound is no value: "up to 20 years" is no contradiction of "25 years".
    docs, facts, built = _prison_terms(
        "Holmes faced up to 20 years in prison for fraud.",
        "Holmes faced 25 years in prison for fraud.",
    )
    assert [it.fact.text for it in built] == ["up to 20 years", "25 years"], "no test"
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, True) == "a cap"


def test_a_zero_count_contradicts_no_other_count() -> None:
    # "no one had died" names no place of its own: where the storm killed no
    # one is rarely where it killed nine (cyclone-mocha-2023).  Two zeros may
    # still agree, and two other counts still contradict.
    docs, facts, built = _prison_terms(
        "In Bangladesh no one had died in the cyclone, officials said.",
        "Nine people died in the cyclone in a camp, officials said.",
        "Twelve people died in the cyclone in a camp, officials said.",
    )
    texts = [it.fact.text for it in built]
    assert texts == ["no one had died", "Nine people", "Twelve people"], texts
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, True) == "zero count"
    assert merging.contradiction_veto(1, 2, True) != "zero count"
    # The merge test asks the veto once per pair of veto classes: a zero is a class of its own.
    published = {d.id: d.published for d in docs}
    nine = built[1]
    none = dataclasses.replace(nine, bounds=(0.0, 0.0))
    assert align.veto_signature(none, published) != align.veto_signature(nine, published)


def test_one_articles_open_bound_and_a_far_count_are_two_figures() -> None:
    # "at least 50 cars" derailed and the train's "150 cars": an open bound
    # holds every higher value, yet one article's figures this far apart are
    # two things; joined, another outlet's "about 50 cars" contradicted "150".
    docs, facts, built = _prison_terms(
        "At least 50 cars derailed near the town. The train had 150 cars in all.",
        "About 50 cars derailed near the town.",
    )
    texts = [it.fact.text for it in built]
    assert texts == ["At least 50 cars", "150 cars", "About 50 cars"], texts
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert merging.merge_veto(0, 1, False, 1.0) == "open bound and a far value"
    assert merging.merge_veto(0, 2, False, 1.0) is None
    # Close values of one article may still be one figure restated ("more than 100" / "120").
    docs, facts, built = _prison_terms("More than 100 cars derailed. The train lost 120 cars.")
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert [it.fact.text for it in built] == ["More than 100 cars", "lost 120 cars"]
    assert merging.merge_veto(0, 1, False, 1.0) != "open bound and a far value"


def test_percentages_contradict_only_as_someones_share() -> None:
    # "0.5%" (the rise) and "1.25%" (the rate) name no holder: two shares of
    # two things as often as one share misreported.  Erdogan's two shares of
    # the vote are one quantity and may still contradict.
    docs, facts, built = _prison_terms(
        "The Bank of England raised its rate by 0.5% on Thursday.",
        "The Bank of England rate now stands at 1.25% after Thursday.",
    )
    shares = [n for n, it in enumerate(built) if it.fact.kind == "percent"]
    assert [built[n].fact.text for n in shares] == ["0.5%", "1.25%"]
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(*shares, True) == "share of nothing named"
    # An update merge of shares re-reported as their count went on (``_share_count``) reads no
    # holder: "to his 44 per cent" is one of them.
    assert merging.contradiction_veto(*shares, True, update=True) != "share of nothing named"
    docs, facts, built = _prison_terms(
        "In the runoff, Erdogan received 52.18% of the vote.",
        "In the runoff, Erdogan received 54.47% of the vote.",
    )
    assert [(it.fact.text, it.role) for it in built] == [
        ("52.18%", "percent of erdogan"),
        ("54.47%", "percent of erdogan"),
    ]
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, True) != "share of nothing named"


def test_an_outlier_of_another_event_cluster_of_one_occasion_joins_on_the_second_pass() -> None:
    # Two outlets' "magnitude 7.4" and a third's "magnitude of 7.9": the event
    # layer puts the third article's quake in another event cluster (its main
    # trigger differs), so the slot of the first pass parts them; the second
    # pass reads the slot across event clusters, and the pair's own test of
    # events still decides.
    docs = [
        _doc(name, text + "\n", dt.date(2023, 2, 6))
        for name, text in (
            ("a", "A magnitude 7.4 earthquake struck southern Turkey on Monday, officials said."),
            ("b", "A magnitude 7.4 earthquake struck southern Turkey on Monday, the agency said."),
            ("c", "The earthquake that struck Turkey on Monday had a magnitude of 7.9, officials said."),
        )
    ]
    built = align._build([f for d in docs for f in extract_facts(d)], docs)
    texts = [it.fact.text for it in built]
    first = texts.index("magnitude 7.4")
    second = texts.index("magnitude 7.4", first + 1)
    outlier = texts.index("magnitude of 7.9")
    assert built[first].class_occasion != built[outlier].class_occasion, "no test: one event cluster"
    merging = align._Merging.start(built, {(first, second): 0.99}, {d.id: d.published for d in docs}, _SURE)
    merging.merge(first, second, ())
    merging.join_outliers()
    assert merging.find(outlier) != merging.find(first)
    merging.join_outliers(across_occasions=True)
    assert merging.find(outlier) == merging.find(first)
    facts = [built[i].fact for i in merging.clusters[merging.find(first)].members]
    assert verdict_of(facts) is Verdict.CONFLICT


def test_figures_dated_weeks_apart_by_their_sentence_do_not_contradict() -> None:
    # A first round's share, dated May 14 in its sentence, and the runoff's
    # share reported on May 29: two occasions, not one share misreported.
    docs, facts, built = _dated_shares(
        "In the first round on May 14, Kilicdaroglu received 44.88 per cent of the vote.",
        "In the runoff, Kilicdaroglu received 47.86 per cent of the vote.",
    )
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, True) == "other times"
    # Within a week of each other, the days decide nothing.
    docs, facts, built = _dated_shares(
        "On May 26, Kilicdaroglu received 44.88 per cent of the vote.",
        "In the runoff, Kilicdaroglu received 47.86 per cent of the vote.",
    )
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, True) != "other times"


def test_a_toll_dated_weeks_before_another_is_left_to_the_updates() -> None:
    # Counts that only grow are one toll rising, whatever days they are dated to.
    docs, facts, built = _dated_shares(
        "On May 14, the floods had killed 120 people.",
        "The floods have killed 480 people.",
    )
    assert [it.role for it in built if it.fact.kind == "count"] == ["deaths", "deaths"], "no test"
    assert not align._other_times(built[-2], built[-1])


def _dated_shares(first: str, second: str) -> tuple[list[Document], list[Fact], list[align._Item]]:
    """Two articles published on May 29, 2023; their figures (no dates) and built items."""
    from compare.extract import extract_facts

    docs = [_doc("a", first + "\n", dt.date(2023, 5, 29)), _doc("b", second + "\n", dt.date(2023, 5, 29))]
    facts = [f for d in docs for f in extract_facts(d)]
    built = [it for it in align._build(facts, docs) if it.fact.kind != "date"]
    assert len(built) == 2, [it.fact.text for it in built]
    return docs, facts, built


def test_counts_of_undated_articles_naming_other_days_of_a_month_stay_apart() -> None:
    # Days of a month place an undated article's occasion as weekdays do:
    # "three boats" seized on November 19 are not the "three boats" of a
    # dated report of November 11 (ECB+ topic 12's two pirate attacks).
    from compare.extract import extract_facts

    first = "The navy captured three boats of pirates in the Gulf of Aden on November 19.\n"
    second = "The navy captured three boats of pirates in the Gulf of Aden on November 11.\n"
    docs = [
        _doc("a", first, None),
        _doc("b", first, None),
        _doc("c", second, dt.date(2011, 11, 12)),
        _doc("d", second, dt.date(2011, 11, 12)),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    assert align._article_days(built)["a"] == {(11, 19)}, "the dates changed: no test"
    counts = [k for k, it in enumerate(built) if it.fact.kind == "count"]
    assert len(counts) == 4, "the counts changed: no test"
    pairs = {(i, j): 0.99 for i in counts for j in counts if i < j}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    root = {built[k].doc: merging.find(k) for k in counts}
    assert root["a"] == root["b"] and root["c"] == root["d"]
    assert merging.merge_veto(root["a"], root["c"], False) == "other days"


def test_a_name_shared_by_articles_ties_them_to_one_occasion() -> None:
    # The same counts from articles of two groups that name one person join.
    docs, facts = _two_topics()
    built = align._build(facts, docs)
    names = align._article_names(built)
    assert not names["a"] & names["c"]
    clusters = [align._Cluster.of(k, it) for k, it in enumerate(built)]
    for c, it in zip(clusters, built, strict=True):
        c.article_groups = {it.event.group} if it.event is not None else set()
        c.article_names = set(names[it.doc])
    a, c = clusters[0], clusters[2]
    assert align._unlinked(a, c)
    c.article_names.add(next(iter(names["a"])))
    assert not align._unlinked(a, c)


def test_a_word_for_a_kind_of_institution_is_no_short_name() -> None:
    # "Police" of one article is not "Staunton Police" of another: folded
    # together, they tied the reports of two towns' killings to one occasion.
    names = align.canonical_names(
        ["staunton police", "police", "new bedford police", "zelenskiy", "volodymyr zelenskiy"]
    )
    assert names["police"] == "police"
    assert names["new bedford police"] != names["staunton police"]
    assert names["zelenskiy"] == "volodymyr zelenskiy"
    built = align._build(*reversed(_two_topics()))
    assert all("P:police" not in v for v in align._article_names(built).values())


def test_a_count_of_other_things_is_no_later_report_of_a_toll() -> None:
    # "Nine Ukrainians" killed is a part of the toll, not a later report of
    # the "five people" of the day before: counts of nouns of other classes
    # share no group unless their values agree (Kabul's hotel attack); the
    # next day's "eighteen people" is the update.
    day = dt.date(2018, 1, 20)
    said = " were killed in the attack on the hotel in Kabul, officials said.\n"
    docs = [
        _doc("a", "Five people" + said, day),
        _doc("b", "Nine Ukrainians" + said, day + dt.timedelta(days=1)),
        _doc("c", "Eighteen people" + said, day + dt.timedelta(days=1)),
    ]
    from compare.extract import extract_facts

    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = align._build(facts, docs)
    assert [it.doc for it in built] == ["a", "b", "c"]
    assert align.rising(built[0], built[1]) and align.rising(built[0], built[2]), "no update: no test"
    n = len(built)
    pairs = {(i, j): 0.99 for i in range(n) for j in range(i + 1, n)}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    assert merging.find(0) == merging.find(2) != merging.find(1)
    assert merging.contradiction_veto(0, 1, True) == "other counted things"


def test_zeros_of_two_occasions_need_a_shared_group_of_articles() -> None:
    # "No one was injured" of two fires in one town: the town's name ties
    # counts of one occasion, not zeros, which every harmless occasion has.
    from compare.extract import extract_facts

    docs = [
        _doc("a", "No one was injured in the church fire in Wasilla on Friday, officials said.\n", None),
        _doc("b", "No one was injured in the store fire in Wasilla on Saturday, officials said.\n", None),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = align._build(facts, docs)
    assert [it.bounds for it in built] == [(0.0, 0.0), (0.0, 0.0)], "no zeros: no test"
    names = align._article_names(built)
    assert names["a"] & names["b"], "no shared name: no test"
    a, b = (align._Cluster.of(k, it) for k, it in enumerate(built))
    a.article_groups, b.article_groups = {0}, {1}
    a.article_names, b.article_names = set(names["a"]), set(names["b"])
    assert align._unlinked(a, b)
    b.article_groups = {0}
    assert not align._unlinked(a, b)


_GULF = " were in the Gulf of Aden when the Indian navy frigate intervened on Thursday.\n"
_BLAZE = " were at the blaze in the High Street flats on Friday night.\n"


@pytest.mark.parametrize(
    ("texts", "nouns"),
    [
        # The attackers' "five pirate boats" and the "five merchant vessels"
        # they attacked: the side is read from the figure's own words, a
        # modifier included (ECB+ topic 12 on the development gold).
        (
            ("Five pirate boats" + _GULF, "Five merchant vessels" + _GULF, "Five boats" + _GULF),
            ["boat", "vessel", "boat"],
        ),
        # Or from those the counted things carry (nouns.toml carriers): "the
        # pirates in two boats" counts the pirates' boats.
        (
            (
                "The pirates in two boats fired at the ship in the Gulf of Aden on Thursday.\n",
                "Two merchant vessels" + _GULF,
                "Two boats" + _GULF,
            ),
            ["boat", "vessel", "boat"],
        ),
        # Or, for a count written as a modifier, from the noun phrase it
        # modifies: "a five-boat pirate attack" counts the pirates' boats.
        (
            (
                "An Indian warship foiled a five-boat pirate attack in the Gulf of Aden on Thursday.\n",
                "Five merchant vessels" + _GULF,
                "Five boats" + _GULF,
            ),
            ["boat", "vessel", "boat"],
        ),
        # The firefighters who fought a fire and the residents it drove out
        # (ECB+ topic 14 on the development gold).
        (
            ("Sixty firefighters" + _BLAZE, "Sixty residents" + _BLAZE, "Sixty people" + _BLAZE),
            ["firefighter", "resident", "person"],
        ),
    ],
)
def test_counts_of_two_exclusive_sides_never_pair(texts: tuple[str, str, str], nouns: list[str]) -> None:
    # Counts of the two sides of an event (noun_classes.toml [exclusive]
    # sides, responders) are two counts however equal, and a third outlet's
    # figure of neither side, which may join either, must not chain them.
    day = dt.date(2011, 11, 11)
    docs = [_doc(name, text, day) for name, text in zip("abc", texts, strict=True)]
    from compare.extract import extract_facts

    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = align._build(facts, docs)
    assert [it.fact.about.noun for it in built] == nouns
    assert align.pair_score(built[0], built[1], _SURE) == (None, "exclusive counted things")
    assert align.pair_score(built[0], built[2], _SURE)[1] == "agree"
    assert align.pair_score(built[1], built[2], _SURE)[1] == "agree"
    pairs = {(0, 2): 0.99, (1, 2): 0.98}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    assert merging.find(0) == merging.find(2) != merging.find(1)


def test_counts_of_exclusive_kinds_of_people_never_pair() -> None:
    # "two children" and "two teachers" killed are two counts however equal
    # (noun_classes.toml [exclusive]; Uvalde on the development gold), and a
    # third outlet's "two people", which may join either, must not chain them.
    text = " were killed in the shooting at the elementary school in Uvalde, police said.\n"
    day = dt.date(2022, 5, 25)
    docs = [
        _doc("a", "Two children" + text, day),
        _doc("b", "Two teachers" + text, day),
        _doc("c", "Two people" + text, day),
    ]
    from compare.extract import extract_facts

    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = align._build(facts, docs)
    assert [it.fact.about.noun for it in built] == ["child", "teacher", "person"]
    assert align.pair_score(built[0], built[1], _SURE) == (None, "exclusive counted things")
    assert align.pair_score(built[0], built[2], _SURE)[1] == "agree"
    assert align.pair_score(built[1], built[2], _SURE)[1] == "agree"
    pairs = {(0, 2): 0.99, (1, 2): 0.98}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    assert merging.find(0) == merging.find(2) != merging.find(1)


def test_a_round_figure_restates_the_precise_one_it_rounds(tmp_path: Path) -> None:
    # "1.5 million" employees and "1.544 million" are one figure rounded (the judge: compatible);
    # read as exact points they never overlapped and met only on a contradiction's evidence.
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2023-01-05", "Amazon employs 1.5 million people worldwide, the company said.\n"),
            "b.txt": ("2023-01-05", "Amazon employs 1.544 million people worldwide, the company said.\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    held = [{facts[i].text for i in f.facts} for f in report.findings if len(f.facts) > 1]
    assert held == [{"1.5 million people", "1.544 million people"}]
    assert [f.verdict for f in report.findings if len(f.facts) > 1] == [Verdict.COMPATIBLE]
    # They are an agreeing pair (their intervals overlap), not a contradiction that needs more evidence.
    docs = [_doc(f.doc, "", None) for f in report.facts]
    built = align._build(list(report.facts), docs)
    assert align.bounds_overlap(built[0].bounds, built[1].bounds)


def test_two_round_figures_of_one_precision_never_overlap() -> None:
    # Half a unit each way, the upper end open: "2,600" and "2,700" stay two values
    # (the judge would call them a conflict), "2,600" holds "2,640" but not "2,650".
    def widened(n: int) -> tuple[float, float]:
        return align._round_figures([_count("a", n, f"{n:,} people")])[f"a-{n:,} people"]

    assert not align.bounds_overlap(widened(2600), widened(2700))
    assert align.bounds_overlap(widened(2600), (2640.0, 2640.0))
    assert not align.bounds_overlap(widened(2600), (2650.0, 2650.0))
    assert align._round_figures([_count("a", 950, "950 people")]) == {}  # below ROUNDED_FROM
    assert align._round_figures([_count("a", 3000, "3,000 people")]) == {}  # one significant digit


_SIEGE = {
    "a.txt": (
        "2018-01-21",
        "Gunmen stormed the Intercontinental Hotel in Kabul on Saturday night. "
        "The siege lasted 12 hours before Afghan forces killed the attackers.\n",
    ),
    "b.txt": (
        "2018-01-21",
        "Afghan special forces ended a 12-hour siege of the Intercontinental Hotel in Kabul on Sunday.\n",
    ),
    "c.txt": (
        "2018-01-21",
        "Officials in Kabul said the standoff at the Intercontinental Hotel went on for 12 hours.\n",
    ),
}


@pytest.mark.parametrize(
    ("outlier", "conflict"),
    [
        # One outlet's other length of the siege: a contradiction, though its
        # sentence shares no named cue with the others (align.join_outliers).
        ("For 17 hours the battle for the hotel dragged on while guests hid in their rooms.", True),
        # Too far from what the others report to be the same length misreported.
        ("For 30 hours the battle for the hotel dragged on while guests hid in their rooms.", False),
        # An outlet that states two lengths of the event: which one is the siege's is unknown.
        ("For 17 hours the battle for the hotel dragged on; guests hid in their rooms for 3 hours.", False),
        # A place of its own that the others do not name: another hotel's siege.
        ("For 17 hours the battle for a hotel in Jalalabad dragged on while guests hid.", False),
    ],
)
def test_an_outlier_of_what_most_outlets_report_joins_them_as_a_conflict(
    tmp_path: Path, outlier: str, conflict: bool
) -> None:
    articles = dict(_SIEGE)
    articles["d.txt"] = ("2018-01-22", outlier + "\n")
    report = _story(tmp_path / "story", articles)
    found = _texts(report, Verdict.CONFLICT)
    if conflict:
        assert found == [{"12 hours", "12-hour", "17 hours"}]
    else:
        assert found == []
        assert {"12 hours", "12-hour"} in _texts(report, Verdict.AGREE)


def _built(articles: dict[str, tuple[str, str]]) -> list[align._Item]:
    docs = [_doc(name, text, dt.date.fromisoformat(day)) for name, (day, text) in articles.items()]
    facts = [f for d in docs for f in extract_facts(d) if not f.boilerplate]
    return align._build(facts, docs)


def test_a_share_reported_on_another_day_is_another_slot_a_length_is_not() -> None:
    # A running share (a vote being counted) or a growing toll is a value of
    # its report time: reports of two days are two reports, not one figure
    # contradicted.  How long something lasted does not move with the report day.
    built = _built(
        {
            "a.txt": ("2023-05-28", "Erdogan won 52.1 percent of the vote, a count that took 12 hours.\n"),
            "b.txt": ("2023-05-29", "Erdogan won 54.5 percent of the vote, a count that took 13 hours.\n"),
        }
    )
    umbrella = align.vocabulary().umbrella
    slots = {it.fact.text: align._slot_of(built, [n], umbrella) for n, it in enumerate(built)}
    assert slots["52.1 percent"] is not None and slots["12 hours"] is not None, slots
    assert slots["52.1 percent"] != slots["54.5 percent"]
    # A length's slot holds no report day (the slot is event, role, kind, day).
    assert slots["12 hours"][3] is None and slots["13 hours"][3] is None  # type: ignore[index]


def _dates_read_as_three_events(
    published: dt.date, texts: dict[str, str], expected: list[str]
) -> tuple[align._Merging, list[int]]:
    """One article per text, all published on one day; the clustering's start, and its date
    items, each given an event id of its own (the event layer read them as three events)."""
    from compare.extract import extract_facts

    docs = [_doc(name, text, published) for name, text in texts.items()]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    dates = [i for i, it in enumerate(built) if it.fact.kind == "date"]
    assert [built[i].fact.text for i in dates] == expected, "no test"
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    for n, i in enumerate(dates, start=1):
        merging.clusters[i].event_ids = {n}
    return merging, dates


def test_one_day_read_as_two_events_is_one_date() -> None:
    # "an earthquake on Monday" / "Monday's earthquake": the event layer may give
    # the two dates two events, yet one day told with triggers of one family (or
    # none) is one date; another day, or one day of another family's event, still
    # needs a contradiction's evidence.
    merging, dates = _dates_read_as_three_events(
        dt.date(2023, 2, 7),
        {
            "a": "A powerful earthquake on Monday destroyed homes in Gaziantep, officials said.\n",
            "b": "Rescuers searched the rubble after Monday's earthquake in Gaziantep.\n",
            "c": "A powerful earthquake on Sunday destroyed homes in Gaziantep, officials said.\n",
        },
        ["Monday", "Monday", "Sunday"],
    )
    a, b, c = (merging.clusters[i] for i in dates)
    weak = merging.strong / 2  # an agreeing pair's evidence, not a contradiction's
    assert a.dates and b.dates and a.events == b.events
    assert merging.merge_veto(dates[0], dates[1], False, weak) is None
    assert merging.merge_veto(dates[0], dates[2], False, weak) == "different event clusters"
    b.events = {"election"}
    assert merging.merge_veto(dates[0], dates[1], False, weak) == "different event clusters"
    b.events = set()
    assert merging.merge_veto(dates[0], dates[1], False, weak) is None


def test_a_span_of_days_is_no_day_of_another_event() -> None:
    # "Last weekend" (an official's remark) and "Saturday" (another act) read as two
    # events: the day lies within the weekend, which says nothing of one occasion, so
    # the span does not join the day the way two dates of one day do.
    merging, dates = _dates_read_as_three_events(
        dt.date(2022, 1, 10),
        {
            "a": "Last weekend, a senior official looked at the troops near the border.\n",
            "b": "Rescuers searched the rubble on Saturday in Gaziantep.\n",
            # Not "after Saturday's earthquake": the quake's own date and the search's are two acts
            # (``acts.OCCASION``).
            "c": "Rescuers searched the rubble in Gaziantep on Saturday after the earthquake.\n",
        },
        ["Last weekend", "Saturday", "Saturday"],
    )
    span, one, other = (merging.clusters[i] for i in dates)
    assert span.high - span.low >= 1 and one.high == one.low, "no test: the weekend is two days"
    span.events = one.events = other.events = set()
    weak = merging.strong / 2
    assert merging.merge_veto(dates[0], dates[1], False, weak) == "different event clusters"
    assert merging.merge_veto(dates[1], dates[2], False, weak) is None  # two days: one date


def test_a_month_and_a_day_of_it_of_one_act_are_one_date() -> None:
    # "In a December press conference" / "at an annual press conference on December 23": a reader
    # takes the month for the day said less finely (the seeds' press conference, which the
    # 114-story refit lost when the pair's evidence fell just under a contradiction's).  A month of
    # another act ("asked in December to respond", the agreement), or one no trigger tells, and a
    # month that does not hold the day still need the evidence of two events.
    merging, dates = _dates_read_as_three_events(
        dt.date(2021, 12, 28),
        {
            "a": "At an annual press conference on December 23, Putin called on NATO to act.\n",
            "b": "In a December press conference, Putin asked about new weapon systems.\n",
            "c": "At an annual press conference on November 23, Putin spoke again.\n",
        },
        ["December 23", "December", "November 23"],
    )
    day, month, other_day = (merging.clusters[i] for i in dates)
    assert day.dates and month.months and not month.dates, "no test: a day and a month"
    assert day.events == month.events == {"press conference"}, "no test: one act's triggers"
    weak = merging.strong / 2  # an agreeing pair's evidence, not a contradiction's
    assert merging.merge_veto(dates[0], dates[1], False, weak) is None
    assert merging.merge_veto(dates[1], dates[0], False, weak) is None
    assert merging.merge_veto(dates[1], dates[2], False, weak) == "different event clusters"
    month.events = {"agreement"}
    assert merging.merge_veto(dates[0], dates[1], False, weak) == "modality or event family"
    month.events = set()
    assert merging.merge_veto(dates[0], dates[1], False, weak) == "different event clusters"


def test_a_day_and_the_two_days_that_hold_it_of_one_act_are_one_date() -> None:
    # "talks in Geneva on January 9-10" / "the talks begin on Monday" (January 10): a two-day meeting
    # is dated by either of its days (the seeds' Geneva talks, which the 144-story refit lost when
    # the pair's evidence fell just under a contradiction's).  A day outside the two, a longer span,
    # or a span no trigger tells still need the evidence of two events.
    merging, dates = _dates_read_as_three_events(
        dt.date(2022, 1, 10),
        {
            "a": "The talks in Geneva on January 9-10 will cover missiles.\n",
            "b": "The talks in Geneva begin on January 10, officials said.\n",
            "c": "The talks in Geneva on January 11 were cancelled.\n",
        },
        ["January 9-10", "January 10", "January 11"],
    )
    span, day, other_day = (merging.clusters[i] for i in dates)
    assert span.dates and day.dates and span.high - span.low == 1, "no test: two days and a day"
    assert span.events == day.events == other_day.events and span.events, "no test: one act's triggers"
    weak = merging.strong / 2  # an agreeing pair's evidence, not a contradiction's
    assert merging.merge_veto(dates[0], dates[1], False, weak) is None
    assert merging.merge_veto(dates[1], dates[0], False, weak) is None
    assert merging.merge_veto(dates[0], dates[2], False, weak) == "different event clusters"
    span.events = set()
    assert merging.merge_veto(dates[0], dates[1], False, weak) == "different event clusters"


def test_a_count_is_placed_by_its_own_clause() -> None:
    built = _built(
        {
            "a.txt": ("2023-05-15", "Nine people died in Dapaing camp near Sittwe, its leader told AFP.\n"),
            "b.txt": (
                "2023-05-15",
                "In neighbouring Bangladesh, officials told AFP that no one had died in the cyclone.\n",
            ),
            "c.txt": (
                "2023-05-15",
                "At least 912 people were killed and more than 5,385 injured in Turkey and Syria, "
                "while 11 died in the provinces of Aleppo, Hama and Latakia.\n",
            ),
            "d.txt": ("2023-05-15", "The storm killed at least 40 Turkish miners, officials said.\n"),
            "e.txt": ("2023-05-15", "In Marseille, some 40,000 people marched, compared to 26,000 in May.\n"),
        }
    )
    where = {it.fact.text: set(it.where) for it in built}
    # "In Marseille" opens the sentence: read as one name from its first word, it is still its place.
    assert where["some 40,000 people"] == where["26,000"] == {"marseille"}
    assert where["Nine people"] == {"dapaing", "sittwe"}
    assert where["no one had died"] == {"bangladesh"}  # a sentence's opening place places every clause
    # A place after "and" is shared by both figures; a clause after "while" has its own.
    assert where["At least 912 people"] == where["more than 5,385 injured"] == {"turkey", "syria"}
    assert where["11"] == {"aleppo", "hama", "latakia"}
    assert where["at least 40 Turkish miners"] == set()  # "at least" is no place


def _placed_veto(first: str, second: str) -> str | None:
    """What ``contradiction_veto`` says of the count of ``first`` and the count of ``second``."""
    docs = [_doc("a.txt", first, dt.date(2023, 5, 15)), _doc("b.txt", second, dt.date(2023, 5, 15))]
    facts = [f for d in docs for f in extract_facts(d) if not f.boilerplate and f.kind == "count"]
    assert len(facts) == 2, facts
    built = align._build(facts, docs)
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    return merging.contradiction_veto(0, 1, True)


def test_counts_of_places_that_share_nothing_are_no_conflict() -> None:
    # The camp's nine dead in Myanmar and Bangladesh's "no one had died" are two places' counts
    # (cyclone-mocha-2023's false conflict, session 16), as are Turkey's and Syria's injured.
    camp = "Nine people died in Dapaing camp near Sittwe, its leader told AFP.\n"
    bangladesh = "In neighbouring Bangladesh, officials told AFP that no one had died.\n"
    assert _placed_veto(camp, bangladesh) == "other places"
    assert _placed_veto(camp, "Twelve people died in Sittwe, its leader told AFP.\n") is None
    turkey = "At least 912 people were killed and more than 5,385 injured in Turkey.\n"
    syria = "The Syrian government said more than 1,000 were injured in the provinces of Aleppo and Hama.\n"
    assert _placed_veto(turkey.replace("At least 912 people were killed and ", ""), syria) == "other places"
    # A count of none with no place of its own says nothing of a placed figure (``_zero``).
    assert _placed_veto(camp, "Officials told AFP that no one had died.\n") == "zero count"
    # Two counts with no place, or of places that share a name, may still contradict each other.
    assert _placed_veto("Nine people died, AFP said.\n", "Twelve people died, AFP said.\n") is None
    assert _placed_veto("Nine people died in Dapaing camp.\n", "Twelve people died at Dapaing.\n") is None


def test_counts_of_the_world_a_region_and_a_country_are_no_conflict() -> None:
    # A count "in DR Congo", one "in Africa" and one "worldwide" count different populations
    # (mpox-emergency-2024's cross-event conflict with the 114-story refit): the scope of a place
    # wider than a name's (``grammar.toml [places] world, nation, regions``) tells them apart.
    congo = "Tedros said the more than 14,000 cases reported so far this year in DR Congo exceed 2023.\n"
    drc = "There have been 15,600 mpox cases reported in the Democratic Republic of the Congo.\n"
    africa = "Since January there have been approximately 15,000 cases of mpox in Africa.\n"
    world = "The WHO has reported over 17,000 mpox cases worldwide this year.\n"
    built = _built({"a.txt": ("2024-08-15", congo + drc + africa + world)})
    where = {it.fact.text: set(it.where) for it in built if it.fact.kind == "count"}
    # "of the" joins two names of one place; a region is read as itself, not as a spelling of a
    # longer name ("Central African Republic" for "Africa").
    assert where["15,600 mpox cases"] == {"democratic", "republic", "congo"}
    assert where["approximately 15,000 cases"] == {"@africa"}
    assert where["over 17,000 mpox cases"] == {"@world"}
    assert _placed_veto(world, drc) == "other places"
    assert _placed_veto(world, africa) == "other places"
    assert _placed_veto(africa, drc) == "other places"
    assert _placed_veto(africa, "There have been 9,000 mpox cases in West Africa.\n") == "other places"
    assert _placed_veto(world, "Globally there have been 19,000 mpox cases this year.\n") is None
    assert _placed_veto(drc, congo.replace("more than 14,000", "17,000")) is None  # one country
    # A nationwide count is of some country: not told apart from a named one, but from the world's.
    nationwide = "There have been 16,000 mpox cases nationwide, officials said.\n"
    assert _placed_veto(nationwide, drc) is None
    assert _placed_veto(drc, nationwide) is None
    assert _placed_veto(nationwide, world) == "other places"
    # Nor may they agree: the Africa-wide "approximately 15,000" is not a rounding of the 15,600
    # cases in DR Congo.  Two named places may (an outlet's country and another's town of it).
    docs = [_doc("a.txt", africa, dt.date(2024, 8, 15)), _doc("b.txt", drc, dt.date(2024, 8, 15))]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
    built = align._build(facts, docs)
    assert align.pair_score(built[0], built[1], _SURE) == (None, "other scopes of place")
    assert not align._other_scopes(frozenset({"turkey"}), frozenset({"antakya"}))
    assert not align._other_scopes(frozenset({"@nation"}), frozenset({"congo"}))
    assert align._other_scopes(frozenset({"@africa"}), frozenset({"@west africa"}))


def test_a_count_of_a_list_by_place_is_that_place_s_count() -> None:
    # "eight people in Collier County, five in Volusia County": each count is its county's toll, no
    # restatement of another outlet's "five in North Carolina" nor of a toll told of no place
    # (hurricane-ian-toll-2022, turkey-syria-earthquake-2023, pakistan-floods-2022).
    built = _built(
        {
            "a.txt": (
                "2022-10-03",
                "Ian also killed eight people in Collier County, five in Volusia County and one in Polk.\n",
            ),
            "b.txt": ("2022-10-03", "Other storm deaths include five in North Carolina and three in Cuba.\n"),
            "c.txt": ("2022-10-03", "Officials said five people were killed in the storm.\n"),
            "d.txt": ("2022-10-03", "Five people died in Volusia County, the sheriff said.\n"),
            "e.txt": (
                "2023-02-07",
                "At least 3,549 deaths were reported in Turkey, while 1,602 people have died in Syria.\n",
            ),
            "f.txt": ("2023-02-07", "Nine people died in Dapaing camp, its leader told AFP.\n"),
            # A toll's place may follow "from"; other counts' "from" is where they come from.
            "g.txt": ("2024-06-26", "The dead included 17 from capital Nairobi, four from Uasin Gishu.\n"),
            "h.txt": ("2009-01-03", "Of 23 pirates arrested, 12 are from Somalia and 11 from Yemen.\n"),
        }
    )
    item = {(it.doc, it.fact.text): it for it in built}
    parts = {key: set(it.part) for key, it in item.items() if it.part}
    assert parts == {
        ("a.txt", "eight people"): {"collier"},
        ("a.txt", "five"): {"volusia"},
        ("a.txt", "one"): {"polk"},
        ("b.txt", "five"): {"carolina"},  # ("north" says which part of a place)
        ("b.txt", "three"): {"cuba"},
        ("e.txt", "At least 3,549 deaths"): {"turkey"},
        ("e.txt", "1,602 people"): {"syria"},
        ("g.txt", "17"): {"nairobi"},
        ("g.txt", "four"): {"uasin", "gishu"},
    }  # a count alone in its sentence is no item of a list, placed or not
    volusia, carolina = item[("a.txt", "five")], item[("b.txt", "five")]
    unplaced, placed = item[("c.txt", "five people")], item[("d.txt", "Five people")]
    assert align.pair_score(volusia, carolina, None) == (None, "part of another place")
    assert align.pair_score(volusia, unplaced, None) == (None, "part of another place")
    assert align.pair_score(carolina, unplaced, None) == (None, "part of another place")
    assert align.pair_score(volusia, placed, None)[1] != "part of another place"
    # As groups: no chain of other outlets' figures joins one place's count to another's.
    merging = align._Merging.start(built, {}, {it.doc: None for it in built}, _SURE)
    index = {key: n for n, key in enumerate(item)}
    assert merging.merge_veto(index[("a.txt", "five")], index[("b.txt", "five")], False) == (
        "part of another place"
    )
    assert merging.merge_veto(index[("a.txt", "five")], index[("d.txt", "Five people")], False) != (
        "part of another place"
    )


def test_equal_ages_of_two_named_people_are_two_facts() -> None:
    # "6-year-old Emilie Parker" and "6-year-old Dylan Hockley" (alex-jones-verdict-2022): equal
    # ages, two children; "another 15-year-old, Michalis Kaltezas" (an appositive after a comma) is
    # not the "15-year-old Alexandros Grigoropoulos" of the story (ECB+ topic 19).
    built = _built(
        {
            "a.txt": ("2022-10-13", "Robbie Parker, father of 6-year-old Emilie Parker, spoke in court.\n"),
            "b.txt": ("2022-10-13", "Ian Hockley, father of 6-year-old Dylan Hockley, spoke in court.\n"),
            "c.txt": ("2008-12-14", "Riots recalled the case of another 15-year-old, Michalis Kaltezas.\n"),
            "d.txt": ("2008-12-14", "Riots followed the death of 15-year-old Alexandros Grigoropoulos.\n"),
            "e.txt": ("2008-12-14", "Alexis Grigoropoulos, 15, was killed by a police bullet.\n"),
            "f.txt": ("2008-12-14", "Police say a 35-year-old New Bedford man stabbed two women.\n"),
        }
    )
    aged = {it.doc: it.aged for it in built if it.fact.role == "age"}
    assert aged == {
        "a.txt": "emilie parker",
        "b.txt": "dylan hockley",
        "c.txt": "michalis kaltezas",
        "d.txt": "alexandros grigoropoulos",
        "e.txt": "alexis grigoropoulos",
        "f.txt": None,  # the name modifies "man": a place, not the person
    }
    items = {it.doc: it for it in built if it.fact.role == "age"}
    assert align.pair_score(items["a.txt"], items["b.txt"], _SURE) == (None, "ages of two people")
    assert align.pair_score(items["c.txt"], items["d.txt"], _SURE) == (None, "ages of two people")
    # A word of the name in common keeps two spellings of one person together.
    assert align.pair_score(items["d.txt"], items["e.txt"], _SURE)[1] == "agree"
    assert align._two_people({"alexandros grigoropoulos"}, {"michalis kaltezas"})
    assert not align._two_people({"alexandros grigoropoulos"}, {"alexis grigoropoulos"})
    assert not align._two_people(set(), {"alexis grigoropoulos"})


def test_a_report_and_another_act_of_its_day_are_two_dates() -> None:
    # "officials said Saturday" dates the report of a toll, "was expected to visit the mine on
    # Saturday" a visit: one day, two acts (compare.acts), which neither pair nor a chain of
    # other outlets' Saturdays may join; two reports of the day still may.
    merging, dates = _dates_read_as_three_events(
        dt.date(2022, 10, 15),
        {
            "a": "Officials said Saturday that 40 miners died in the mine blast in Amasra.\n",
            "b": "Interior Minister Suleyman Soylu said on Saturday that 40 miners died in Amasra.\n",
            "c": "President Erdogan was expected to visit the mine in Amasra on Saturday.\n",
        },
        ["Saturday", "Saturday", "Saturday"],
    )
    built = merging.built
    assert [act.kind if (act := built[i].act) else None for i in dates] == ["reporting", "reporting", "other"]
    assert align.pair_score(built[dates[0]], built[dates[2]], None) == (None, "other acts")
    assert align.pair_score(built[dates[0]], built[dates[1]], None)[1] != "other acts"
    for cluster in (merging.clusters[i] for i in dates):
        cluster.event_ids = {1}
    assert merging.merge_veto(dates[0], dates[2], False) == "other acts"
    assert merging.merge_veto(dates[0], dates[1], False) is None


def test_two_acts_of_two_classes_of_one_day_are_two_dates() -> None:
    # "police arrested the gunman on Friday" / "the bodies were found on Friday": an arrest and a
    # discovery of one day (compare.acts, grammar.toml [acts] classes); the shooting's own
    # "opened fire on Friday" is the occasion's (an event word) and may still pair with the arrest
    # (``[acts] occasion_apart``), not with the discovery.
    merging, dates = _dates_read_as_three_events(
        dt.date(2023, 10, 28),
        {
            "a": "Police arrested the gunman in Lewiston on Friday after the shooting.\n",
            "b": "The bodies of two victims were found in Lewiston on Friday after the shooting.\n",
            "c": "The gunman opened fire in Lewiston on Friday in the shooting.\n",
        },
        ["Friday", "Friday", "Friday"],
    )
    built = merging.built
    assert [act.verb if (act := built[i].act) else None for i in dates] == ["arrest", "discovery", "occasion"]
    assert align.pair_score(built[dates[0]], built[dates[1]], None) == (None, "other acts")
    assert align.pair_score(built[dates[0]], built[dates[2]], None)[1] != "other acts"
    assert align.pair_score(built[dates[1]], built[dates[2]], None) == (None, "other acts")
    for cluster in (merging.clusters[i] for i in dates):
        cluster.event_ids = {1}
    assert merging.merge_veto(dates[0], dates[1], False) == "other acts"
    assert merging.merge_veto(dates[0], dates[2], False) is None


def test_two_reports_of_other_days_contradict_nothing() -> None:
    # "Authorities said on Saturday that 211 people were unaccounted for" / "Authorities said on
    # Friday that 222 people ...": each day dates a briefing the outlet quotes, so two such days are
    # two reports, not one occasion misdated (noto-earthquake-2024's "yesterday" / "Saturday" made a
    # conflict no gold backs; of the dev gold's disjoint pairs of two outlets' report dates, none is
    # one gold conflict).  Two days of the occasion itself may still contradict each other.
    published = dt.date(2024, 1, 7)
    texts = {
        "a": "Authorities said on Saturday that 211 people were unaccounted for after the earthquake.\n",
        "b": "Authorities said on Friday that 222 people were unaccounted for after the earthquake.\n",
        "c": "The earthquake struck the Noto peninsula on Saturday, destroying homes in Wajima.\n",
        "d": "The earthquake struck the Noto peninsula on Friday, destroying homes in Wajima.\n",
    }
    docs = [_doc(name, text, published) for name, text in texts.items()]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    dates = [i for i, it in enumerate(built) if it.fact.kind == "date"]
    assert [built[i].fact.text for i in dates] == ["Saturday", "Friday", "Saturday", "Friday"], "no test"
    kinds = [act.kind if (act := built[i].act) else None for i in dates]
    assert kinds[:2] == ["reporting", "reporting"] and "reporting" not in kinds[2:], "no test"
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(dates[0], dates[1], True) == "two reports"
    assert merging.merge_veto(dates[0], dates[1], True, 1.0) == "two reports"
    assert merging.contradiction_veto(dates[2], dates[3], True) != "two reports"


def test_two_actors_reports_of_one_day_are_two_dates() -> None:
    # "Salesforce said Wednesday" / "Amazon publicly confirmed ... Wednesday": each company's report
    # of its own cuts; a chain of other outlets' Wednesdays may not join them (compare.acts).
    merging, dates = _dates_read_as_three_events(
        dt.date(2023, 1, 5),
        {
            "a": "Salesforce said Wednesday it would cut 10 percent of its workforce in layoffs.\n",
            "b": "Amazon publicly confirmed Wednesday that it will cut 18,000 roles in layoffs.\n",
            "c": "Amazon said on Wednesday that the layoffs would start soon.\n",
        },
        ["Wednesday", "Wednesday", "Wednesday"],
    )
    for cluster in (merging.clusters[i] for i in dates):
        cluster.event_ids = {1}
    assert merging.merge_veto(dates[0], dates[1], False) == "other actors"
    assert merging.merge_veto(dates[1], dates[2], False) is None


def test_a_count_of_one_kind_of_people_is_no_update_of_another_count() -> None:
    # "18 children" among the dead one day and "48" killed two days later are two counts, not one
    # toll that rose; "18 people" and "48 people" are.
    from compare.extract import extract_facts

    def counts(first: str, second: str) -> list[align._Item]:
        docs = [
            _doc("a", first + "\n", dt.date(2022, 9, 14)),
            _doc("b", second + "\n", dt.date(2022, 9, 16)),
        ]
        facts = [f for d in docs for f in extract_facts(d)]
        built = [it for it in align._build(facts, docs) if it.fact.kind == "count"]
        assert [it.role for it in built] == ["deaths", "deaths"], [(it.fact.text, it.role) for it in built]
        return built

    children = counts(
        "The floods killed 18 children, officials said.", "The floods killed 48 people, officials said."
    )
    assert children[0].things != children[1].things, "no kinds: no test"
    assert not align.rising(children[0], children[1])
    people = counts(
        "The floods killed 18 people, officials said.", "The floods killed 48 people, officials said."
    )
    assert align.rising(people[0], people[1])


def test_equal_dates_that_share_a_name_are_marked_for_the_model() -> None:
    """``date_cue``: equal dates whose sentences share a named cue; not counts, not other or wider dates."""
    from compare.extract import extract_facts

    published = dt.date(2023, 3, 2)
    docs = [
        _doc("a", "The Leeds warehouse fire broke out on March 1, and 40 firefighters came.", published),
        _doc("b", "Crews reached the Leeds blaze on March 1 with 40 firefighters.", published),
        _doc("c", "The roof collapsed on March 1, hours later.", published),
        _doc("d", "Leeds officials inspected the site on February 20.", published),
        _doc("e", "Leeds had its worst fire in March, officials said.", published),
    ]
    built = align._build([f for d in docs for f in extract_facts(d)], docs)
    k = align.FEATURES.index("date_cue")
    item = {(it.doc, it.fact.kind): it for it in built}
    wanted = {("a", "date"), ("b", "date"), ("c", "date"), ("d", "date"), ("e", "date"), ("a", "count")}
    assert wanted | {("b", "count")} <= set(item), "the facts changed: no test"

    def date_cue(x: str, y: str, kind: str = "date") -> float:
        return align.pair_features(item[(x, kind)], item[(y, kind)])[k]

    assert date_cue("a", "b") == 1.0  # one day, and both name Leeds
    assert date_cue("a", "c") == 0.0  # one day, no shared name
    assert date_cue("a", "d") == 0.0  # a shared name, other days
    assert date_cue("a", "e") == 0.0  # a shared name, a day within a month: overlapping, not equal
    assert date_cue("a", "b", "count") == 0.0  # equal counts sharing the name: not dates
    assert align.DATE_FEATURES <= align.VALUE_FEATURES  # the context model leaves it out


def test_figures_written_alike_pair_without_a_shared_word_only_when_their_kind_says_enough() -> None:
    # Two reports give a deputy's age in sentences that share no word: "Ortiz, 35" and "the
    # 35-year-old newlywed".  A measure stated at one value and precision is seldom two things'
    # by chance, so the pair model decides; two counts "3" in such sentences stay apart, and
    # one day dated in both pairs only when the reports tell of one occasion.
    day = dt.date(2024, 3, 8)
    a = _doc(
        "a",
        "Deputy Jerry Ortiz, 35, was shot near Hawaiian Gardens on Friday. Witnesses saw 3 suspects flee.",
        day,
    )
    b = _doc(
        "b",
        "The 35-year-old newlywed had served eight years. Detectives questioned 3 men. "
        "Officers arrested Luis Gerardo on March 8.",
        day,
    )
    built = align._build([f for d in (a, b) for f in extract_facts(d)], [a, b])

    def two(kind: str) -> tuple[align._Item, align._Item]:
        first, second = (it for it in built if it.fact.kind == kind)
        assert (first.doc, second.doc) == ("a", "b")
        assert first.value_key == second.value_key
        assert align.pair_features(first, second)[:2] == [0.0, 0.0]  # no shared cue, no shared word
        return first, second

    ages, counts, dates = two("measure"), two("count"), two("date")
    assert align._alike_without_words(*ages)
    assert align.pair_score(*ages, _SURE)[1] != "no shared cue or word"
    assert not align._alike_without_words(*counts)
    assert align.pair_score(*counts, _SURE)[1] == "no shared cue or word"
    assert dates[0].occasion != dates[1].occasion
    assert not align._alike_without_words(*dates)
    assert align.pair_score(*dates, _SURE)[1] == "no shared cue or word"
    one_occasion = dataclasses.replace(dates[1], occasion=dates[0].occasion)
    assert align._alike_without_words(dates[0], one_occasion)


def test_one_articles_sum_restated_in_another_sentence_pairs_with_itself() -> None:
    # An article that states a sum twice, in two sentences, tells one figure: the two facts are a pair for
    # the model even when no other outlet's figure ties them.  A count of one role restated so is a pair
    # too, merged last (one role's counts in one article are often two things: the test below), and one
    # sentence's two figures are an enumeration, never a restatement.
    day = dt.date(2024, 3, 8)
    a = _doc(
        "a",
        "Microsoft agreed to buy Activision for $68.7 billion on Friday. "
        "Regulators reviewed the $68.7 billion deal for months, and 3 agencies objected. "
        "Analysts said 3 agencies had objected to the $68.7 billion and $68.7 billion offers.",
        day,
    )
    built = align._build(extract_facts(a), [a])
    sums = [n for n, it in enumerate(built) if it.fact.kind == "money"]
    counts = [n for n, it in enumerate(built) if it.fact.kind == "count"]
    assert len(sums) == 4 and len(counts) == 2
    restated = set(align._restatements(built))
    first, second, third, fourth = sums
    assert (first, second) in restated and (second, third) in restated
    assert (third, fourth) not in restated  # one sentence: an enumeration
    assert tuple(counts) in restated
    assert not set(align.candidate_pairs(built))  # one article: no candidate pair otherwise
    assert (first, second) in align.scored_pairs(built, _SURE)
    # An article that repeats one sum in every sentence meets a bounded number of its repeats, not all.
    many = _doc("m", " ".join(f"Item {n} cost $5 million." for n in range(60)), day)
    built = align._build(extract_facts(many), [many])
    assert sum(it.fact.kind == "money" for it in built) == 60
    assert 59 <= len(set(align._restatements(built))) <= 60 * align._WINDOW


def test_a_figure_restated_in_brackets_right_after_it_pairs_with_it() -> None:
    # "about 74 km (46 miles)": the bracketed figure restates the one before it in another unit, so the
    # two are a pair for the model even in one sentence and with no other outlet's figure to tie them.
    # Not when the bracketed figure is another value ("5 km (12 miles)"), nor two figures side by side
    # without a bracket ("74 km, 46 miles").
    day = dt.date(2023, 2, 26)
    a = _doc(
        "a",
        "The boat sank about 74 km (46 miles) off the coast. "
        "Rescuers searched 5 km (12 miles) of the shore. "
        "The wreck lay 20 km, 12 miles from the port.",
        day,
    )
    built = align._build(extract_facts(a), [a])
    lengths = [n for n, it in enumerate(built) if it.fact.kind == "measure"]
    assert len(lengths) == 6
    restated = set(align._restatements(built))
    first, second, third, fourth, fifth, sixth = lengths
    assert (first, second) in restated
    assert (third, fourth) not in restated  # the values differ: no restatement
    assert (fifth, sixth) not in restated  # no bracket
    assert (first, second) in align.scored_pairs(built, _SURE)


def test_one_articles_restatement_merges_after_the_outlets_agreeing_pairs() -> None:
    # "€4.34 billion ($5.04 billion)": merged first (its sentence makes it the best-scored pair), an
    # article's two figures made one group before the other outlets' "€4.34 billion" and "$5.04 billion"
    # met either, and that group's vetoes could then keep them out.  The outlets' agreeing pairs come
    # first: here they join all three sums, and no merge is of the article's two figures alone.
    day = dt.date(2018, 7, 18)
    docs = [
        _doc("a", "The Commission fined Google €4.34 billion ($5.04 billion) on Wednesday.", day),
        _doc("b", "The Commission fined Google €4.34 billion on Wednesday.", day),
        _doc("c", "The Commission fined Google $5.04 billion on Wednesday.", day),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    pairs = align.scored_pairs(built, _SURE)
    sums = [n for n, it in enumerate(built) if it.fact.kind == "money"]
    first, second = (n for n in sums if built[n].doc == "a")
    assert (first, second) in pairs  # a restatement in brackets
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merged: list[set[str]] = []
    merge = merging.merge

    def recorded(ra: int, rb: int, shared: tuple[str, ...]) -> None:
        merged.append({built[n].doc for n in (*merging.clusters[ra].members, *merging.clusters[rb].members)})
        merge(ra, rb, shared)

    merging.merge = recorded  # type: ignore[method-assign]
    merging.run()
    assert len({merging.find(n) for n in sums}) == 1  # one fine
    assert merged and all(len(docs_of) > 1 for docs_of in merged)


def test_one_articles_restated_counts_dates_and_durations_merge_last() -> None:
    # An article's equal counts of one role and its equal dates are often two things (two days' tolls,
    # the "Tuesday" of two acts): restated in two sentences they are a pair, but they merge last, after
    # the outlets' agreeing, updating and conflicting pairs, so that only a group every veto allows
    # takes both.  A restated sum merges right after the outlets' agreeing pairs.
    day = dt.date(2024, 6, 26)
    docs = [
        _doc(
            "a",
            "Police said six people were killed in Nairobi on Tuesday. "
            "The $2.7 billion tax plan was dropped. "
            "Hospitals confirmed that six people were killed. "
            "Lawmakers approved the $2.7 billion plan on Tuesday.",
            day,
        ),
        _doc("b", "Six people were killed in Nairobi on Tuesday over the $2.7 billion tax plan.", day),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    pairs = align.scored_pairs(built, _SURE)
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    phases = merging.phases()
    assert [phase for phase, _ in phases] == [0, 0, 1, 2, 0]

    def one_article(ranked: list[align._Pair]) -> set[str]:
        return {built[p.i].fact.kind for p in ranked if built[p.i].doc == built[p.j].doc}

    assert one_article(phases[0][1]) == set()  # the outlets' agreeing pairs
    assert one_article(phases[1][1]) == {"money"}
    assert one_article(phases[-1][1]) == {"count", "date"}
    assert all(built[p.i].doc == built[p.j].doc for p in phases[-1][1])
    merging.run()
    counts = [n for n, it in enumerate(built) if it.fact.kind == "count"]
    assert len(counts) == 3 and len({merging.find(n) for n in counts}) == 1


def test_a_local_time_is_on_the_day_it_is_written_on(tmp_path: Path) -> None:
    # A local time is widened by the hours any zone could put between it and UTC, so "8pm on
    # 30 April" reached the dates of 1 May; but it is written on its local day, as dates of days
    # are (``align._clock_off_days``): the start of a strike and its end are two facts.
    sentence = "The nurses' strike in England {verb} {date}, the Royal College of Nursing said."
    report = _story(
        tmp_path / "story",
        {
            "a.txt": ("2023-05-01", sentence.format(verb="began at", date="8pm on 30 April") + "\n"),
            "b.txt": ("2023-05-01", sentence.format(verb="ended on", date="1 May") + "\n"),
            "c.txt": ("2023-05-02", sentence.format(verb="ended on", date="May 1") + "\n"),
        },
    )
    facts = {f.id: f for f in report.facts}
    assert {f.text for f in report.facts if f.kind == "date"} == {"8pm on 30 April", "1 May", "May 1"}
    groups = [{facts[i].text for i in f.facts} for f in report.findings if facts[f.facts[0]].kind == "date"]
    assert not any("8pm on 30 April" in g and len(g) > 1 for g in groups), groups


def test_clock_off_days_reads_local_times_on_their_written_day() -> None:
    day = dt.date(2023, 4, 30).toordinal()
    local = ("unstated", day, 20 * 60)
    assert align._clock_off_days({local}, (day + 1, day + 1))  # "8pm on 30 April" / "May 1"
    assert not align._clock_off_days({local}, (day, day))  # "8pm on 30 April" / "Sunday" 30 April
    assert not align._clock_off_days({local}, None)  # no date of days
    assert not align._clock_off_days({("UTC", day, 23 * 60)}, (day + 1, day + 1))  # UTC: another local day
    assert not align._clock_off_days({("unstated", None, 20 * 60)}, (day + 1, day + 1))  # no stated day


def test_a_day_counted_from_another_date_keeps_a_group_of_one_day() -> None:
    # "erupted the following day" (counted from "on Saturday") agrees with the outlets' "Sunday";
    # in their group it is one more date of that day, so the group still holds dates of one day
    # (the event family then decides nothing between it and another group of that Sunday).
    docs = [
        _doc("a", "About 75 climbers started up on Saturday and were on the volcano when it erupted the "
             "following day.", dt.date(2023, 12, 4)),
        _doc("b", "Mount Marapi erupted on Sunday.", dt.date(2023, 12, 4)),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    day = {it.fact.text: i for i, it in enumerate(built) if it.fact.kind == "date"}
    step, sunday = built[day["the following day"]], built[day["Sunday"]]
    assert align._day_step(step.fact) and not align._one_day(step.fact), "no counted day: no test"
    assert step.fact.value.start == sunday.fact.value.start == dt.date(2023, 12, 3)
    alone = align._Cluster.of(day["the following day"], step)
    assert not alone.dates and alone.steps
    group = align._Cluster.of(day["Sunday"], sunday)
    group.absorb(alone, ())
    assert group.dates and not group.steps
    two_steps = align._Cluster.of(day["the following day"], step)
    two_steps.absorb(align._Cluster.of(day["the following day"], step), ())
    assert not two_steps.dates


def _parts_of_wholes(
    built: list[align._Item],
) -> tuple[set[tuple[str, str]], dict[tuple[str, str], int], align._Merging]:
    """The (article, text) of the figures read as parts of a larger count, the index of each
    figure by (article, text), and the merging of ``built`` under a model sure of every pair."""
    parts = {(it.doc, it.fact.text) for it in built if it.increment}
    item = {(it.doc, it.fact.text): n for n, it in enumerate(built)}
    return parts, item, align._Merging.start(built, {}, {it.doc: None for it in built}, _SURE)


def test_a_bare_figure_after_a_larger_count_of_its_role_is_a_part_of_it() -> None:
    # "17 of the passengers were injured, and four were taken to hospital": the four are some of
    # the 17 (haneda-runway-collision-2024, the unseen eighteenth batch's one false conflict with
    # another outlet's "15 people were injured"); so are the seven of "53 injured were being
    # treated while seven had been admitted" and the 95 of "214 people had been injured, with 95
    # already treated".  A figure with a place or a verb of its role of its own is no such part.
    built = _built(
        {
            "a.txt": (
                "2024-01-03",
                "Officials said 17 of the passengers were injured, and four were taken to hospital.\n",
            ),
            "b.txt": ("2024-01-03", "A total of 15 people were injured in the accident.\n"),
            "c.txt": (
                "2023-01-31",
                "Asim said 53 injured were being treated while seven had been admitted to the ICU.\n",
            ),
            "d.txt": (
                "2023-02-10",
                "At least 18,342 people have been killed in Turkey, while at least 3,377 died in Syria.\n",
            ),
            "e.txt": ("2023-10-26", "Eight people were killed at the bar and seven at the bowling alley.\n"),
            "f.txt": ("2022-09-29", "The toll rose to 54 on Monday, up from 42 on Sunday.\n"),
        }
    )
    parts, item, merging = _parts_of_wholes(built)
    assert ("a.txt", "four") in parts
    assert ("c.txt", "seven") in parts
    assert not {key for key in parts if key[0] in {"b.txt", "d.txt", "e.txt", "f.txt"}}, parts
    # A part contradicts no toll: the two are never grouped as a conflict.
    four, fifteen = item[("a.txt", "four")], item[("b.txt", "15 people")]
    assert merging.contradiction_veto(four, fifteen, True) == "increment"


def test_a_count_before_of_the_is_a_part_of_a_whole_and_no_rival_count() -> None:
    # "three of the seven bullets" (ecb-19: session 23's false conflict with another outlet's "four
    # bullets"), "35 of the 150 seats", "four of 11 counts": a part of a whole contradicts no other count
    # (session 24); "1,000 residents of the town" is no part.
    built = _built(
        {
            "a.txt": ("2013-03-12", "Gray was hit in the back by three of the seven bullets fired at him.\n"),
            "b.txt": ("2013-03-12", "The officers fired four bullets at Gray.\n"),
            "c.txt": ("2023-11-23", "It won 35 of the 150 seats; he was guilty on four of 11 counts.\n"),
            "d.txt": ("2023-11-23", "Some 1,000 residents of the town were evacuated.\n"),
            # a part with a role of its own is the toll itself, no part to keep apart (marapi, haneda)
            "e.txt": ("2023-12-04", "Rescuers said 11 of the 75 climbers were found dead on Monday.\n"),
        }
    )
    parts, item, merging = _parts_of_wholes(built)
    assert {("a.txt", "three"), ("c.txt", "35"), ("c.txt", "four")} <= parts, parts
    assert not {key for key in parts if key[0] in {"b.txt", "d.txt", "e.txt"}}, parts
    assert merging.contradiction_veto(item[("a.txt", "three")], item[("b.txt", "four bullets")], True) == (
        "increment"
    )


def test_two_durations_of_one_sentence_are_a_list_of_terms_unless_one_restates_the_other() -> None:
    # "at least two months' notice, 16 weeks of severance pay" (alphabet-layoffs-2023, unseen when
    # its false pairs were counted): two terms, which no chain of other outlets' figures joins;
    # "135 months — or more than 11 years" (holmes-sentencing-2022) is one term written twice.
    built = _built(
        {
            "a.txt": (
                "2023-01-20",
                "Staff will receive at least two months' notice, 16 weeks of severance pay and more.\n",
            ),
            "b.txt": ("2022-11-18", "She was sentenced to 135 months — or more than 11 years — in prison.\n"),
        }
    )
    item = {(it.doc, it.fact.text): n for n, it in enumerate(built)}
    merging = align._Merging.start(built, {}, {it.doc: None for it in built}, _SURE)
    notice, severance = item[("a.txt", "at least two months")], item[("a.txt", "16 weeks")]
    assert merging.merge_veto(notice, severance, False) == "enumeration"
    months, years = item[("b.txt", "135 months")], item[("b.txt", "more than 11 years")]
    assert built[years].gloss == built[months].fact.id
    assert merging.merge_veto(months, years, False) is None


def test_a_count_of_people_in_care_is_no_count_of_the_hurt() -> None:
    # "At least 72 injured passengers were hospitalized" is some of the "85" injured of another
    # outlet, no report of them (tempi-train-crash-2023); "four were taken to hospital" is some of
    # the injured (haneda-runway-collision-2024).  The whole of a partitive ("66 of 85 injured were
    # hospitalised": the 85) and a count of the dead are not in care.
    built = _built(
        {
            "a.txt": ("2023-03-02", "At least 72 injured passengers were hospitalized on Wednesday.\n"),
            "b.txt": ("2023-03-01", "Fire officials said 85 were injured when the trains collided.\n"),
            "c.txt": ("2023-03-02", "Officials said 66 of 85 injured were hospitalised after the crash.\n"),
            "d.txt": ("2023-03-02", "About 72 people were hospitalised with injuries, a doctor said.\n"),
            "e.txt": ("2023-03-02", "Two charges were admitted by the driver in court.\n"),
            "f.txt": ("2022-05-25", "University Health is treating two patients, a spokesman said.\n"),
        }
    )
    item = {(it.doc, it.fact.text): n for n, it in enumerate(built)}
    cared = {(it.doc, it.fact.text) for it in built if it.care}
    assert not any(doc == "e.txt" for doc, _ in cared)  # counts of no people
    assert ("a.txt", "At least 72 injured") in cared
    assert ("c.txt", "66") in cared
    assert ("c.txt", "85 injured") not in cared and ("b.txt", "85") not in cared
    assert ("f.txt", "two patients") in cared  # a patient is in care whatever the clause says
    hospitalized, injured = built[item[("a.txt", "At least 72 injured")]], built[item[("b.txt", "85")]]
    alike = built[item[("d.txt", "About 72 people")]]
    assert _told_apart(hospitalized, injured) == "in care and not"
    assert _told_apart(hospitalized, alike) != "in care and not"
    # As groups: no chain of other outlets' figures joins those in care to those hurt.
    merging = align._Merging.start(built, {}, {it.doc: None for it in built}, _SURE)
    assert merging.merge_veto(item[("a.txt", "At least 72 injured")], item[("b.txt", "85")], False) == (
        "in care and not"
    )


def test_the_care_and_part_readings_lower_each_article_once_and_keep_its_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Lowering the whole article again for each of its figures made alignment quadratic in an
    # article's length; and str.casefold turns "ß" into "ss", which moved every later figure's
    # clause off its offsets ("taken to hospital" was read in the wrong place and missed).
    calls: list[int] = []
    real = align.lowercase

    def counting(text: str) -> str:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(align, "lowercase", counting)
    streets = "Die Straße " * 12
    wards = enumerate("ABCDEFGH", start=2)
    people = " ".join(f"In ward {w}, {n} people were taken to hospital." for n, w in wards)
    built = _built(
        {
            "a.txt": ("2023-03-02", f"{streets}: two passengers were taken to hospital. {people}\n"),
            "b.txt": ("2023-03-02", "Officials said 15 were injured, and four were taken to hospital.\n"),
        }
    )
    cared = {(it.doc, it.fact.text) for it in built if it.care}
    assert ("a.txt", "two passengers") in cared
    assert sum(1 for it in built if it.doc == "a.txt" and it.care) >= 8
    assert len(calls) <= 2  # once per article, not once per figure


def test_bodies_at_a_hospital_or_a_mortuary_are_no_toll() -> None:
    # "265 bodies have reached the city civil hospital" (air-india-171-crash-2025), "an estimated 600
    # bodies are said to be at a medical facility" (hajj-heat-deaths-2024): those taken there so far,
    # not the toll another outlet reports; bodies recovered from the rubble still are.
    built = _built(
        {
            "a.txt": ("2025-06-13", "Police said 265 bodies have reached the city civil hospital.\n"),
            "b.txt": ("2025-06-13", "The death toll in the crash rose to 265 on Friday, officials said.\n"),
            "c.txt": ("2025-06-13", "Rescuers said 265 bodies had been recovered from the wreckage.\n"),
        }
    )
    item = {(it.doc, it.fact.text): it for it in built}
    hospital, toll = item[("a.txt", "265 bodies")], item[("b.txt", "265")]
    recovered = item[("c.txt", "265 bodies")]
    assert hospital.care and not toll.care and not recovered.care
    assert _told_apart(hospital, toll) == "in care and not"
    assert _told_apart(recovered, toll) != "in care and not"


def test_an_age_after_a_name_in_a_list_of_people_is_that_persons() -> None:
    # "Peyton Brewer-Ross, 40; Thomas Conrad, 34" (lewiston-shooting-2023): the sentence's names miss
    # the hyphenated one, so the age is read with the name right before its comma; it is not the age
    # of "Robert Card, 40" another outlet gives.  A place before a comma is no person.
    children = "They include 9-year-old Uziyah Garcia, 10-year-old Xavier Lopez.\n"
    built = _built(
        {
            "a.txt": (
                "2023-10-28",
                "The victims were named as Tricia Asselin, 53; Peyton Brewer-Ross, 40; Thomas Conrad, 34.\n",
            ),
            "b.txt": ("2023-10-28", "Police named the suspect as Robert Card, 40, of Bowdoin.\n"),
            "c.txt": ("2023-10-28", "The gunman, a resident of Bowdoin, 40, had served in the Army.\n"),
            "d.txt": ("2022-05-25", children),
        }
    )
    ages = {(it.doc, it.fact.text): it for it in built if it.fact.role == "age"}
    listed, suspect = ages[("a.txt", "40")], ages[("b.txt", "40")]
    assert listed.aged == "peyton brewer ross"
    assert suspect.aged == "robert card"
    assert ages[("c.txt", "40")].aged is None  # one capitalised word: no person's name
    # In "9-year-old Uziyah Garcia, 10-year-old Xavier Lopez" the name before the comma is the other
    # age's: only a bare age follows its name.
    second = next(it.fact for it in built if it.doc == "d.txt" and it.fact.start > children.index(","))
    assert second.text == "10-year-old" and align._listed_name(children, second) is None
    assert align.pair_score(listed, suspect, _SURE) == (None, "ages of two people")


def test_a_range_of_terms_is_no_term() -> None:
    # "Defendants in other major fraud cases have received sentences ranging from 10 to 25 years" /
    # "prosecutors sought 15 years" (holmes-sentencing-2022); "about 10 to 20 hours" of oxygen / a
    # "10-hour" journey (titan-submersible-2023): a range of terms is other terms' span, no term that
    # one of them restates.  Two ranges may still agree, and two terms.
    merging = _one_merging(
        {
            "a": "Defendants in other fraud cases have received sentences ranging from 10 to 25 years.\n",
            "b": "Prosecutors sought 15 years in prison for Holmes, the court heard.\n",
            "c": "Holmes faces 15 years in prison, the court heard.\n",
            "d": "Fraud defendants have received sentences of 10 to 25 years, prosecutors said.\n",
        }
    )
    built = merging.built
    ranged, term, other_term, other_range = (
        next(i for i, it in enumerate(built) if it.doc == doc and it.fact.kind == "duration")
        for doc in "abcd"
    )
    assert align._term_range(built[ranged]) and align._term_range(built[other_range])
    assert align._term_range(built[term]) is False
    assert _told_apart(built[ranged], built[term]) == "range of terms"
    assert _told_apart(built[ranged], built[other_range]) != "range of terms"
    assert _told_apart(built[term], built[other_term]) != "range of terms"
    assert merging.merge_veto(ranged, term, False) == "range of terms"
    assert merging.merge_veto(term, other_term, False) is None


def test_a_pay_rate_and_a_sum_are_two_figures() -> None:
    # "an annual salary of about $100m" / "a reported 90 million euros ($98m) transfer fee"
    # (neymar-al-hilal-2023): a pay per period and a lump sum of about its size are two figures.  An
    # outlet restating a rate may drop its period ("defer $68 million per year" / "deferring $68
    # million"), so sums written alike still pair; and two rates may.
    merging = _one_merging(
        {
            "a": "Al Hilal offered the Brazil star an annual salary of about $100m on Monday.\n",
            "b": "Al Hilal agreed to a reported $98m transfer fee with PSG on Monday.\n",
            "c": "The club will pay Neymar about $100 million a year, the newspaper said.\n",
            "d": "Ohtani will defer $68 million per year of his salary.\n",
            "e": "Ohtani is deferring $68 million of his contract.\n",
            "f": "The bank posted a record annual profit of $49 billion.\n",
        }
    )
    built = merging.built
    salary, fee, rate, deferred, restated, profit = (
        next(i for i, it in enumerate(built) if it.doc == doc and it.fact.kind == "money") for doc in "abcdef"
    )
    assert built[salary].per_period and built[rate].per_period and built[deferred].per_period
    assert not built[fee].per_period and not built[restated].per_period
    assert not built[profit].per_period  # a year's profit, no pay per year
    assert align.pair_score(built[salary], built[fee], None) == (None, "a pay rate and a sum")
    assert align.pair_score(built[rate], built[fee], None) == (None, "a pay rate and a sum")
    assert align.pair_score(built[salary], built[rate], None)[1] != "a pay rate and a sum"
    assert align.pair_score(built[deferred], built[restated], None)[1] != "a pay rate and a sum"


def test_the_words_of_a_pay_rate_are_the_nearest_sums() -> None:
    # "the $70 million annual salary of Shohei Ohtani's record-setting $700 million deal": the rate is
    # the $70 million's, not the deal's; "The average annual machinists' pay at the end of the new
    # four-year contract will be $119,309": the clause's subject, far before the sum.
    text = (
        "The Dodgers will defer $68 million of the $70 million annual salary of Shohei Ohtani's "
        "record-setting $700 million deal.\n"
        "Boeing has said the average annual machinists’ pay at the end of the new four-year contract will "
        "be $119,309, up from $75,608.\n"
    )
    doc = _doc("a", text, dt.date(2023, 12, 12))
    facts = [f for f in extract_facts(doc) if f.kind == "money"]
    paid = holders.pay_rates(facts, [doc])
    assert {f.text for f in facts if f.id in paid} == {"$70 million", "$119,309"}


def _one_merging(texts: dict[str, str]) -> align._Merging:
    """One article per text; the clustering's start with a model sure of every pair."""
    docs = [_doc(name, text, dt.date(2024, 2, 17)) for name, text in texts.items()]
    facts = [f for d in docs for f in extract_facts(d)]
    return align._Merging.start(align._build(facts, docs), {}, {d.id: d.published for d in docs}, _SURE)


def _sum_at(merging: align._Merging, text: str) -> int:
    return next(i for i, it in enumerate(merging.built) if it.fact.text == text)


def test_a_sum_asked_for_and_a_sum_ordered_are_two_figures() -> None:
    # "had sought a $370 million fine" / "fined the former president $370 million": a request and
    # an order (compare.acts.sum_acts), whatever their values and words share.
    merging = _one_merging(
        {
            "a": "Attorney General Letitia James had sought a $370 million fine against Trump.\n",
            "b": "A ruling fined former president Donald Trump $370 million on Friday.\n",
            "c": "Former president Donald Trump faces a $370 million fine after the ruling.\n",
        }
    )
    built = merging.built
    asked, ordered, neither = (
        next(i for i, it in enumerate(built) if it.doc == doc and it.fact.kind == "money") for doc in "abc"
    )
    assert {built[i].fact.text for i in (asked, ordered, neither)} == {"$370 million"}, "no test"
    assert align.pair_score(built[asked], built[ordered], None) == (None, "other acts")
    assert align.pair_score(built[asked], built[neither], None)[1] != "other acts"
    assert merging.merge_veto(asked, ordered, False) == "other acts"
    assert merging.merge_veto(ordered, neither, False) is None


def test_two_sums_of_one_currency_in_one_sentence_are_an_enumeration() -> None:
    # "more than $360 million in gains, plus interest that may spike that tally to above $450
    # million": two sums, which no chain of other outlets' figures may make one; a range and the
    # sum it is centred on are one figure, and a sum with its conversion in brackets is no list.
    merging = _one_merging(
        {
            "a": "Trump must pay more than $360 million in gains, plus interest that may spike that tally"
            " to above $450 million, a judge ruled.\n",
            "b": "Nvidia projected revenue between $52.92 billion and $55.08 billion, with a midpoint of"
            " $54 billion.\n",
        }
    )
    gains, tally = _sum_at(merging, "more than $360 million"), _sum_at(merging, "above $450 million")
    assert merging.merge_veto(gains, tally, False) == "enumeration"
    span = next(i for i, it in enumerate(merging.built) if it.fact.text.startswith("between $52.92"))
    midpoint = _sum_at(merging, "$54 billion")
    assert merging.merge_veto(span, midpoint, False) is None


def test_two_figures_of_a_sentence_that_tells_a_report_revised_are_no_enumeration() -> None:
    # "reported as an estimated $1.9 billion on Monday, but the prize was increased to $2.04 billion
    # ... after updated calculations" (powerball-record-jackpot-2022): one jackpot's earlier and later
    # reports, which the gold groups as one (``updated``); without a word of revision after the first
    # figure two sums of one sentence stay a list, and a revision word before it is another clause's.
    merging = _one_merging(
        {
            "a": "The jackpot was reported as an estimated $1.9 billion on Monday, but the prize was"
            " increased to $2.04 billion Tuesday morning after updated calculations.\n",
            "b": "Trump must pay more than $360 million in gains, plus interest that may spike that tally"
            " to above $450 million, a judge ruled.\n",
            "c": "The toll was revised on Friday: 12 people died and 40 people were hurt in the crash.\n",
        }
    )
    built = merging.built
    earlier, later = _sum_at(merging, "an estimated $1.9 billion"), _sum_at(merging, "$2.04 billion")
    assert built[earlier].revised and built[later].revised
    assert merging.merge_veto(earlier, later, False) != "enumeration"
    gains, tally = _sum_at(merging, "more than $360 million"), _sum_at(merging, "above $450 million")
    assert not built[gains].revised
    assert merging.merge_veto(gains, tally, False) == "enumeration"
    counts = [it for it in built if it.doc == "c" and it.fact.kind == "count"]
    assert len(counts) == 2 and not any(it.revised for it in counts), [it.fact.text for it in counts]


def test_distances_told_from_one_place_are_one_distance() -> None:
    # "8 miles southeast of Lewiston" / "some 7 miles southeast of Lewiston": one distance however
    # few words the two sentences share (``_distance_origins``, ``join_outliers``), even one outlet
    # against one; a distance from another place stays apart.
    texts = {
        "a": "The suspect's car was found abandoned in Lisbon on Wednesday, 8 miles southeast of Lewiston.\n",
        "b": "Card's car was found in Lisbon, Maine, some 7 miles southeast of Lewiston, police said.\n",
        "c": "A second vehicle was found near Brunswick, 25 miles south of Augusta, on Thursday.\n",
    }
    docs = [_doc(name, text, None) for name, text in texts.items()]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    origins = {it.fact.text: it.origin for it in built if it.fact.kind == "measure"}
    assert origins == {"8 miles": "lewiston", "some 7 miles": "lewiston", "25 miles": "augusta"}, origins
    groups = [g for g in align.align(docs, facts) if g.facts[0].kind == "measure"]
    together = [sorted(f.text for f in g.facts) for g in groups]
    assert ["8 miles", "some 7 miles"] in together, together
    assert ["25 miles"] in together, together
    lewiston = next(g for g in groups if len(g.facts) == 2)
    assert verdict_of(lewiston.facts) is Verdict.CONFLICT


def test_a_sentence_s_names_are_read_once_however_many_figures_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The places of counts, of list items and of distances read the names of the figure's sentence;
    # reading them again for each figure made a long sentence of many figures quadratic.
    from compare import context

    calls: list[tuple[int, int]] = []
    real = context.names_in

    def counting(text: str, span: align.Span, lex: object = None) -> list[tuple[int, str]]:
        calls.append((span.start, span.end))
        return real(text, span)

    monkeypatch.setattr(context, "names_in", counting)
    camps = ", ".join(f"{n} people in camp {n} km from Sittwe" for n in range(2, 30))
    built = _built(
        {
            "a.txt": ("2023-05-16", f"Officials counted {camps}.\n"),
            "b.txt": ("2023-05-16", "Nine people died in Dapaing camp, 8 km from Sittwe, officials said.\n"),
        }
    )
    assert any(it.origin for it in built) and any(it.where for it in built)
    # Once per sentence for each of the three readings, not once per figure.
    assert len(calls) <= 3 * len(set(calls)) and len(set(calls)) <= 2


class _CountingPattern:
    """A compiled pattern that counts its ``search`` calls (how many reads a rule makes)."""

    def __init__(self, pattern: object) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *args: object) -> object:
        self.searches += 1
        return self.pattern.search(*args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


def test_a_clause_s_places_are_read_once_for_all_of_its_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every count of one clause is placed in that clause's places (``_clause_places``): reading
    # each name of the clause again for each count was quadratic in a long clause of counts.
    locative = _CountingPattern(align._LOCATIVE)
    monkeypatch.setattr(align, "_LOCATIVE", locative)
    towns = ["Ashford", "Belton", "Corbury", "Dunwick", "Elmham", "Falstead"] * 5
    tolls = ", ".join(f"{k + 2} people died in {town}" for k, town in enumerate(towns))
    built = _built(
        {
            "a.txt": ("2024-03-01", f"Officials said {tolls}.\n"),
            "b.txt": ("2024-03-01", "Two people died in Ashford and one in Belton, a spokesman said.\n"),
        }
    )
    wheres = {it.fact.text: it.where for it in built if it.fact.doc == "a.txt" and it.fact.kind == "count"}
    assert len(wheres) == len(towns), wheres
    # One clause (commas do not break it): each of its counts is placed in all of its towns.
    assert set(wheres.values()) == {frozenset(t.lower() for t in set(towns))}, set(wheres.values())
    # Each name is read once for the clause (and once more as a list item's place), not once per count.
    assert locative.searches <= 3 * len(towns) + 10, locative.searches


def test_groups_that_share_report_days_are_never_tried_as_updates_of_each_other(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``join_updates`` joins a toll's group to an earlier day's group of the same toll; a group whose
    # days overlap another's cannot be its update, and trying every earlier group for every group
    # was quadratic in the groups of one toll.
    calls: list[int] = []
    real = align._rose_apart

    def counting(a: align._Cluster, b: align._Cluster) -> bool:
        calls.append(1)
        return real(a, b)

    monkeypatch.setattr(align, "_rose_apart", counting)
    tolls = ", ".join(f"{k + 2} people died in Town{chr(65 + k)}" for k in range(25))
    docs = [
        _doc("a.txt", f"Officials said {tolls}.\n", dt.date(2024, 3, 1)),
        _doc("b.txt", f"A spokesman said {tolls}.\n", dt.date(2024, 3, 2)),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    groups = align.align(docs, facts)
    # Each toll is one group of both outlets' figures, on both days: no two rose apart.
    assert sum(1 for g in groups if len(g.facts) == 2) >= 20, [len(g.facts) for g in groups]
    assert len(calls) <= 5, len(calls)


def test_a_period_longer_than_period_days_is_never_recent_though_reports_may_be_weeks_apart() -> None:
    """``[updates] max_days`` (how far apart two reports of one count may be) and ``period_days``
    (how long a figure's period may have run before its report) are two limits: a toll "since mid-June"
    reported on 30 August is a season's total, not a report of a toll that rises, even though reports
    of one toll may now be 90 days apart."""
    vocab = vocabulary()
    assert vocab.update_days > vocab.period_days
    docs = [
        _doc("a", "The floods have killed 1,100 people since mid-June.", dt.date(2022, 8, 30)),
        _doc("b", "The floods have killed 1,100 people.", dt.date(2022, 8, 30)),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    by_doc = {it.fact.doc: n for n, it in enumerate(built) if it.fact.kind == "count"}
    assert not align._recent(built, [by_doc["a"]])
    assert align._recent(built, [by_doc["b"]])


def _contradiction_groups(texts: dict[str, str]) -> list[list[str]]:
    """The groups of counts after ``join_contradictions`` alone, each article's figures their own group."""
    merging = _one_merging(texts)
    merging.join_contradictions()
    built = merging.built
    return sorted(
        sorted(built[i].fact.text for i in c.members)
        for c in merging.clusters.values()
        if built[c.members[0]].fact.kind == "count"
    )


_STAMPEDE = (
    "The stampede at the prayer meeting killed {} women, seven children and one man, officials said.\n"
)


def test_one_outlet_s_figure_joins_the_one_group_it_contradicts() -> None:
    # "108 women, seven children" / "113 women, seven children": one outlet's figure stays single on
    # its cue score; the contradiction pass sets it against the one other group of its slot whose
    # figure's own phrase it shares (two words or more around the figures).
    joined = _contradiction_groups({"a": _STAMPEDE.format(108), "b": _STAMPEDE.format(113)})
    assert ["108 women", "113 women"] in joined, joined
    # A third value near them: several groups near one value are several quantities, no join.
    three = _contradiction_groups(
        {"a": _STAMPEDE.format(108), "b": _STAMPEDE.format(113), "c": _STAMPEDE.format(120)}
    )
    assert ["108 women"] in three and ["113 women"] in three, three
    # A figure not asserted ("could have killed") is never set against another.
    hedged = _STAMPEDE.format(113).replace("killed", "could have killed")
    assert ["113 women"] in _contradiction_groups({"a": _STAMPEDE.format(108), "b": hedged})
    # A count needs one word shared around the figures ("died"); none is not enough.
    one = _contradiction_groups(
        {
            "a": "Officials said 108 women died.\n",
            "b": "In Hathras, 113 women died at the site of the crush.\n",
        }
    )
    assert ["108 women", "113 women"] in one, one
    none = _contradiction_groups(
        {
            "a": "Officials said 108 women died.\n",
            "b": "In Hathras, 113 women were killed at the site of the crush.\n",
        }
    )
    assert ["108 women"] in none and ["113 women"] in none, none


def test_a_bare_people_count_is_not_set_against_another() -> None:
    # "people" stands for many roles (Marburg's "20 individuals infected" / "400 people who came into
    # contact"): no slot of the contradiction pass.
    injured = "The blast at the camp left {} people injured in the region, officials said on Monday.\n"
    joined = _contradiction_groups({"a": injured.format(20), "b": injured.format(24)})
    assert ["20 people", "24 people"] in joined, joined
    bare = injured.replace(" injured", "")
    groups = _contradiction_groups({"a": bare.format(20), "b": bare.format(24)})
    assert ["20 people"] in groups and ["24 people"] in groups, groups


def _dated_contradiction_groups(texts: dict[str, tuple[str, dt.date]]) -> list[list[str]]:
    """``_contradiction_groups`` of articles published on the days given."""
    docs = [_doc(name, text, day) for name, (text, day) in texts.items()]
    facts = [f for d in docs for f in extract_facts(d)]
    merging = align._Merging.start(align._build(facts, docs), {}, {d.id: d.published for d in docs}, _SURE)
    merging.join_contradictions()
    built = merging.built
    return sorted(
        sorted(built[i].fact.text for i in c.members)
        for c in merging.clusters.values()
        if built[c.members[0]].fact.kind == "count"
    )


def test_one_count_s_reports_of_two_days_are_no_contradiction() -> None:
    # typhoon-yagi: "the toll climbed to 87 as 70 others remain missing" (Tuesday) / "141 people with 59
    # others missing" (Wednesday) are one count's reports (gold `updated`), not a contradiction: two
    # report days and a role that moves as reports come in (the missing, the injured: [updates]) or a
    # word of a count that moves or stands at its time (``_Item.running``: "so far").  On one day, or
    # for a fixed quantity with no such word (the unions that called a strike), the pass still joins.
    tuesday, wednesday = dt.date(2024, 9, 10), dt.date(2024, 9, 11)
    early = "The floods killed 87 people in the north as 70 others remain missing, the agency said.\n"
    late = "The floods killed 141 people in the north with 59 others missing, the agency said.\n"
    plain = early.replace(" remain", "")
    joined = ["59 others", "70 others"]
    assert joined in _dated_contradiction_groups({"a": (early, tuesday), "b": (late, tuesday)})
    assert ["59 others"] in _dated_contradiction_groups({"a": (early, tuesday), "b": (late, wednesday)})
    assert ["59 others"] in _dated_contradiction_groups({"a": (plain, tuesday), "b": (late, wednesday)})
    injured = "The blast at the camp left {} people injured in the region, officials said.\n"
    one_day = {"a": (injured.format(20), tuesday), "b": (injured.format(24), tuesday)}
    two_days = {"a": (injured.format(20), tuesday), "b": (injured.format(24), wednesday)}
    assert ["20 people", "24 people"] in _dated_contradiction_groups(one_day)
    assert ["20 people"] in _dated_contradiction_groups(two_days)
    unions = "The strike across France was called by {} unions against the pension reform, organisers said.\n"
    so_far = unions.replace("was called by", "has so far been joined by")
    called = ["eight unions", "ten unions"]
    assert called in _dated_contradiction_groups(
        {"a": (unions.format("ten"), tuesday), "b": (unions.format("eight"), wednesday)}
    )
    assert ["ten unions"] in _dated_contradiction_groups(
        {"a": (so_far.format("ten"), tuesday), "b": (unions.format("eight"), wednesday)}
    )
    assert called in _dated_contradiction_groups(
        {"a": (so_far.format("ten"), tuesday), "b": (unions.format("eight"), tuesday)}
    )
    # The pass says why it refused (benchmarks/conflict_losses.py reads it).
    docs = [_doc("a", early, tuesday), _doc("b", late, wednesday)]
    facts = [f for d in docs for f in extract_facts(d)]
    merging = align._Merging.start(align._build(facts, docs), {}, {d.id: d.published for d in docs}, _SURE)
    missing = [i for i, it in enumerate(merging.built) if it.fact.text in ("70 others", "59 others")]
    assert merging.contradiction_refusal(*missing) == "one count's reports of two days"
    injured = "The blast at the camp left {} people injured in the region, officials said.\n"
    one_day = {"a": (injured.format(20), tuesday), "b": (injured.format(24), tuesday)}
    two_days = {"a": (injured.format(20), tuesday), "b": (injured.format(24), wednesday)}
    assert ["20 people", "24 people"] in _dated_contradiction_groups(one_day)
    assert ["20 people"] in _dated_contradiction_groups(two_days)


def test_the_words_near_a_figure_and_whether_it_is_asserted() -> None:
    # The words around the figure, its own left out; a modal before it, or after it in its own
    # clause, says it is not asserted, one after a clause break does not.
    text = (
        "The cabinet decreed a state of emergency for at least fifteen days in the capital, which will"
        " place Beirut under military control. The budget could cost £40 billion a year.\n"
    )
    docs = [_doc("a", text, dt.date(2020, 8, 5))]
    facts = extract_facts(docs[0])
    near = align._Nearby({d.id: d.text for d in docs})
    by_text = {f.text: (near.words(f), near.asserted(f)) for f in facts}
    days, asserted = by_text["at least fifteen days"]
    assert asserted and {"emergency", "capital"} <= days and "fifteen" not in days, days
    assert by_text["£40 billion"][1] is False


def test_a_request_or_a_condition_is_unasserted_for_both_its_readers() -> None:
    # One owner of the words of a figure not asserted (grammar.toml [assertion]): a sum a request word
    # governs is asked for (acts.sum_acts) and no contradiction (_Nearby.asserted), and a conditional sum
    # is neither ordered nor asserted; the words of what may not happen in a sum's clause alone
    # ("until", [acts] unreal) do not unassert a figure.
    from compare.acts import REQUEST, sum_acts

    text = (
        "The regulator asks the company to pay $370 million in damages.\n"
        "The court said the company would pay $355 million.\n"
        "The firm has not paid $41 million in fees.\n"
    )
    docs = [_doc("a", text, dt.date(2024, 2, 17))]
    sums = [f for f in extract_facts(docs[0]) if f.kind == "money"]
    acts = {f.text: a.verb if (a := sum_acts(sums, docs).get(f.id)) else None for f in sums}
    nearby = align._Nearby({d.id: d.text for d in docs})
    near = {f.text: nearby.asserted(f) for f in sums}
    assert acts == {"$370 million": REQUEST, "$355 million": None, "$41 million": None}, acts
    assert near == {"$370 million": False, "$355 million": False, "$41 million": True}, near


def test_the_words_near_figures_are_read_only_for_the_groups_the_contradiction_pass_compares(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The words around a figure serve only ``join_contradictions``: on the seeds (125 facts) the
    # pass compares no group, so no window is read (the eager reading called ``terms`` twice per
    # fact: 220 calls).  Where it does compare, each figure's words are read once.
    calls: list[str] = []
    read = align.terms

    def counted(sentence: str, lex: object = None) -> tuple[str, ...]:
        calls.append(sentence)
        return read(sentence)

    monkeypatch.setattr(align, "terms", counted)
    docs = [_doc(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("*.txt"))]
    facts = [f for d in docs for f in extract_facts(d)]
    assert len(facts) > 100
    align.align(docs, facts)
    assert len(calls) <= len(facts) // 10, len(calls)
    calls.clear()
    assert ["108 women", "113 women"] in _contradiction_groups(
        {"a": _STAMPEDE.format(108), "b": _STAMPEDE.format(113)}
    )
    assert 0 < len(calls) <= 4, len(calls)


def test_a_period_of_years_is_no_restatement_of_a_year_in_it() -> None:
    # "the 2025-2026 financial year" holds two years: "2025" dates one thing in it, not the period in
    # vaguer words (unseen-19's Budget grouped them `compatible`); equal periods still pair.
    day = dt.date(2024, 10, 30)
    docs = [
        _doc("a", "The deficit will be £26.2 billion in the 2025-2026 financial year, Reeves said.\n", day),
        _doc("b", "The watchdog says the deficit will be £26 billion in 2025, Reeves said.\n", day),
        _doc("c", "Borrowing in the 2025-2026 financial year will be higher, Reeves said.\n", day),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "date"]
    built = align._build(facts, docs)
    assert [it.fact.text for it in built] == ["2025-2026", "2025", "2025-2026"]
    assert align.pair_score(built[0], built[1], _SURE) == (None, "period and date")
    assert align.pair_score(built[1], built[2], _SURE) == (None, "period and date")
    assert align.pair_score(built[0], built[2], _SURE)[1] == "agree"


def test_a_year_that_holds_a_period_may_restate_it() -> None:
    # "2024" holds "the second half of 2024": the year says when in vaguer words (cisco-splunk's
    # close, told both ways, is one fact in the gold); only a wider period keeps a date in it apart.
    day = dt.date(2023, 9, 21)
    docs = [
        _doc("a", "The deal is expected to close in the second half of 2024, Cisco said.\n", day),
        _doc("b", "The deal is expected to close in 2024, Cisco said.\n", day),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "date"]
    built = align._build(facts, docs)
    assert [it.fact.text for it in built] == ["the second half of 2024", "2024"]
    assert align.pair_score(built[0], built[1], _SURE)[1] != "period and date"


def test_a_limit_and_a_day_of_one_date_never_pair() -> None:
    # "600 cancellations by Saturday morning" (a count's limit) and "Microsoft revealed on Saturday"
    # (an act of that day) are two dates of one day (crowdstrike: 12 false pairs); two limits may
    # be one, and a third outlet's day must not chain a limit to it.
    day = dt.date(2024, 7, 20)
    docs = [
        _doc("a", "Delta reported over 600 flight cancellations by Saturday morning, officials said.\n", day),
        _doc("b", "Delta had cancelled 600 flights by Saturday, officials said.\n", day),
        _doc("c", "Delta cancelled more flights on Saturday, officials said.\n", day),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "date"]
    built = align._build(facts, docs)
    assert [it.limit for it in built] == [True, True, False]
    assert _told_apart(built[0], built[2]) == "a limit and a day"
    assert align.pair_score(built[0], built[1], _SURE)[1] == "agree"
    merging = align._Merging.start(built, {(0, 1): 0.99}, {d.id: d.published for d in docs}, _SURE)
    limit, other = merging.clusters[merging.find(0)], merging.clusters[merging.find(2)]
    assert limit.told_apart(other) == "a limit and a day"


def test_a_count_s_standing_time_and_the_day_of_an_act_never_pair() -> None:
    # "rescued ... as of Thursday evening" dates the time a count stood, "capsized ... on Thursday"
    # the occasion (mv-nyerere: 22 false pairs of one day, twenty-eighth session); two such times pair.
    day = dt.date(2018, 9, 21)
    docs = [
        _doc("a", "At least 37 people had been rescued from the sunken ferry as of Thursday evening.\n", day),
        _doc("b", "Some 37 people were rescued as of Thursday night, officials said.\n", day),
        _doc("c", "The ferry capsized close to the pier on Thursday.\n", day),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "date"]
    built = align._build(facts, docs)
    assert [it.limit for it in built] == [True, True, False]
    # The group test tells them apart (the pair test's copy went in d823193: a merge asks the group's).
    assert _told_apart(built[0], built[2]) == "a limit and a day"
    assert _told_apart(built[0], built[1]) is None
    assert align.pair_score(built[0], built[1], _SURE)[0] is not None


def test_one_outlet_s_many_figures_ask_the_contradiction_vetoes_once_per_pair_of_classes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A merge of two groups checks every pair of one outlet's figures in them
    # (``self_contradiction_veto``); its ``contradiction_veto`` reads only the two veto classes and
    # is asked once per pair of classes (``class_veto``).  Asked per member pair, two articles of 80
    # sentences told alike asked it 383 times; growth.py's ``document`` input grew as the square.
    calls: list[tuple[int, int]] = []
    veto = align._Merging.contradiction_veto

    def counted(self: align._Merging, i: int, j: int, *args: object, **kwargs: object) -> str | None:
        calls.append((i, j))
        return veto(self, i, j, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(align._Merging, "contradiction_veto", counted)
    places = ("Ashford", "Belton")
    docs = [
        _doc(
            name,
            " ".join(
                f"{2 + (7 * i + shift) % 31} people died in {places[i % 2]} on Monday, officials said."
                for i in range(80)
            )
            + "\n",
            dt.date(2024, 3, 1),
        )
        for name, shift in (("a", 0), ("b", 1))
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    assert sum(f.kind == "count" for f in facts) == 160
    align.align(docs, facts)
    assert len(calls) <= 20, len(calls)


def _alike_sentences(n: int) -> list[Document]:
    """Two articles of ``n`` sentences told alike, each outlet stating one toll at many values."""
    places = ("Ashford", "Belton")
    return [
        _doc(
            name,
            " ".join(
                f"{2 + (7 * i + shift) % 31} people died in {places[i % 2]} on Monday, officials said."
                for i in range(n)
            )
            + "\n",
            dt.date(2024, 3, 1),
        )
        for name, shift in (("a", 0), ("b", 1))
    ]


def test_one_outlet_s_many_figures_ask_the_model_once_per_pair_of_context_classes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A merge of two groups checks every pair of one outlet's figures in them
    # (``self_contradiction_veto``); the model's context probability reads only the two context
    # classes (``context_signature``) and is asked once per pair of classes.  Asked per member
    # pair, these 160 figures made 151 ``pair_features`` calls; growth.py's ``document`` input
    # grew as the square (304,762 of 384,404 calls at n = 2,000).
    calls: list[int] = []
    inside: list[int] = []
    features = align.pair_features
    veto = align._Merging.self_contradiction_veto

    def counted(a: align._Item, b: align._Item) -> list[float]:
        calls.extend(inside)
        return features(a, b)

    def within(
        self: align._Merging, i: int, j: int, conflict_phase: bool, same_sentence: bool | None = None
    ) -> str | None:
        inside.append(1)
        try:
            return veto(self, i, j, conflict_phase, same_sentence)
        finally:
            inside.pop()

    monkeypatch.setattr(align, "pair_features", counted)
    monkeypatch.setattr(align._Merging, "self_contradiction_veto", within)
    docs = _alike_sentences(80)
    facts = [f for d in docs for f in extract_facts(d)]
    assert sum(f.kind == "count" for f in facts) == 160
    align.align(docs, facts)
    assert len(calls) <= 20, len(calls)


def test_one_outlet_s_many_figures_are_walked_by_runs_not_member_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A merge of two groups looks for the first pair of one outlet's figures that vetoes.  Walked
    # member pair by member pair, these 640 figures asked ``self_contradiction_veto`` 753 times (379
    # for 160 figures: growth.py's ``document`` input grew as the square); asked once per pair of
    # runs (``_Run``: one document's figures of one own class) once the groups are large, 6 times.
    asked = 0
    veto = align._Merging.self_contradiction_veto

    def counted(
        self: align._Merging, i: int, j: int, conflict_phase: bool, same_sentence: bool | None = None
    ) -> str | None:
        nonlocal asked
        asked += 1
        return veto(self, i, j, conflict_phase, same_sentence)

    monkeypatch.setattr(align._Merging, "self_contradiction_veto", counted)
    docs = _alike_sentences(320)
    facts = [f for d in docs for f in extract_facts(d)]
    assert sum(f.kind == "count" for f in facts) == 640
    align.align(docs, facts)
    assert 0 < asked <= 20, asked


def _interval(rng: random.Random) -> tuple[float, float]:
    low = rng.choice([-math.inf, 0.0, 1.0, 2.0, 3.0, 5.0, 8.0])
    return low, max(low, rng.choice([0.0, 1.0, 2.0, 4.0, 6.0, 9.0, math.inf]))


def test_the_first_disjoint_pair_of_two_runs_is_the_first_a_walk_finds() -> None:
    # ``_first_apart`` finds the first member pair of two runs whose intervals are disjoint on the
    # runs' running lows and reaches; a walk over every pair in order (``bounds_overlap``) agrees,
    # open bounds and equal ends included.
    rng = random.Random(25)
    for _ in range(300):
        runs: list[tuple[align._Run, list[tuple[int, tuple[float, float]]]]] = []
        for _side in range(2):
            run = align._Run(align._KNOWN, 0)
            members = []
            for p in range(rng.randint(1, 7)):
                it = align._Item(
                    fact=_count("a", 1, "one"),
                    doc="a",
                    keys={},
                    strong={},
                    terms={},
                    strong_norm=0.0,
                    terms_norm=0.0,
                    bounds=_interval(rng),
                    persons=frozenset(),
                )
                run.add(3 * p + 1, it)
                members.append((3 * p + 1, it.bounds))
            runs.append((run, members))  # type: ignore[arg-type]
        (x, xs), (y, ys) = runs
        walked = next(((p, q) for p, a in xs for q, b in ys if not align.bounds_overlap(a, b)), None)
        assert align._first_apart(x, y) == walked


def _runs_alike(merging: align._Merging, c: align._Cluster) -> None:
    """``c``'s runs, as merges left them, are the runs ``runs_of`` builds anew from its members: the
    same keys in the same order (of their first members), positions, sentences and first members,
    and each run pair's first disjoint pair is the one a walk finds."""
    fresh = dataclasses.replace(c, runs=None, outlets=KeyedRuns())
    built = merging.built

    def shape(runs: KeyedRuns[tuple[int, int], align._Run]) -> list[object]:
        return [
            (key, run.rep, list(run.positions), {s: list(ps) for s, ps in run.sentences.items()})
            for key, run in runs.items()
        ]

    kept, anew = merging.runs_of(c), merging.runs_of(fresh)
    assert sorted(kept) == sorted(anew)
    for doc in kept:
        assert shape(kept[doc]) == shape(anew[doc])
    assert shape(c.outlets) == shape(fresh.outlets)
    runs = [*c.outlets.values()]
    for x in runs:
        for y in runs:
            walked = next(
                (
                    (p, q)
                    for p in x.positions
                    for q in y.positions
                    if not align.bounds_overlap(built[c.members.at(p)].bounds, built[c.members.at(q)].bounds)
                ),
                None,
            )
            if x.flag == y.flag == align._KNOWN:
                assert align._first_apart(x, y) == walked


def test_a_merge_keeps_the_member_order_whichever_group_is_larger() -> None:
    # ``_Merging.merge`` keeps the larger group's members and runs where they are and puts the
    # smaller's before or after them (union by size); the members still come out in the order
    # "the first group's, then the other's", at keys that ascend with it, and the runs are those
    # ``runs_of`` builds from that order (so merge tests find the same first vetoing pair).
    docs = _alike_sentences(24)
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    assert len(built) >= 40
    rng = random.Random(26)
    for _ in range(4):
        merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
        order = {i: [i] for i in range(len(built))}
        while len(order) > 1:
            ra, rb = rng.sample(sorted(order), 2)
            if rng.random() < 0.3:
                merging.runs_of(merging.clusters[rng.choice((ra, rb))])  # runs are built on demand
            merging.merge(ra, rb, ())
            order[ra] += order.pop(rb)
            c = merging.clusters[ra]
            assert list(c.members) == order[ra]
            assert [c.members.at(k) for k in range(c.members.lo, c.members.hi)] == order[ra]
            if c.runs is not None:
                _runs_alike(merging, c)


def test_a_small_group_taking_in_a_large_one_moves_only_its_own_members(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A merge keeps the first pair's group as the root and puts the other's members after its own.
    # Appended, a large group taken in by a small one moved all its members (and their runs) every
    # time: a single figure taking in the group of all the others, n times over, moved n²/2
    # (growth.py ``document``: members moved x2.7 per doubling).  The larger group's members and
    # runs now stay: each merge below adds one member to the runs (the start code added 4,089).
    docs = _alike_sentences(45)
    facts = [f for d in docs for f in extract_facts(d)]
    built = align._build(facts, docs)
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    added = 0
    add = align._Run.add

    def counted(self: align._Run, *args: object, **kwargs: object) -> None:
        nonlocal added
        added += 1
        add(self, *args, **kwargs)  # type: ignore[arg-type]

    root = 0
    merging.runs_of(merging.clusters[root])
    for k in range(1, len(built)):
        merging.runs_of(merging.clusters[k])
        monkeypatch.setattr(align._Run, "add", counted)
        merging.merge(k, root, ())  # the single figure ``k`` takes in everything merged so far
        monkeypatch.setattr(align._Run, "add", add)
        root = k
    assert list(merging.clusters[root].members) == list(range(len(built)))[::-1]
    assert added <= 2 * len(built), added


def test_a_merge_adds_the_smaller_group_s_enumeration_sentences_to_the_larger() -> None:
    # ``_Cluster.count_sentences`` grows with a group's counts' sentences and is only asked whether
    # it meets another's (``isdisjoint``): a small group taking in a large one adds its own few to
    # the large one's set, not the large one's to its own (growth.py ``document``: 9,106 / 30,404
    # added at n = 1,000 / 2,000, x3.3; the smaller sides' 2,289 / 5,432).
    small = align._Cluster.of(0, _toll_item(19, 2, "c"))
    large = align._Cluster.of(1, _toll_item(21, 3, "d"))
    large.count_sentences = {("d", start, "") for start in range(0, 500, 10)}
    held = large.count_sentences
    expected = small.count_sentences | held
    small.absorb(large, ())
    assert small.count_sentences is held and held == expected


def test_the_context_classes_read_what_the_context_features_read() -> None:
    # Two figures told alike are of one context class; a field a context feature reads (role,
    # publication day, scope, event) puts a figure in another, or one class's answer would stand
    # for the other.
    docs = _alike_sentences(3)
    built = align._build([f for d in docs for f in extract_facts(d)], docs)
    a, _, b = (it for it in built if it.doc == "a" and it.fact.kind == "count")
    assert align.context_signature(a) == align.context_signature(b)
    day = (dt.date(2024, 1, 1), dt.date(2024, 1, 2))
    for other in (
        dataclasses.replace(a, role="injured"),
        dataclasses.replace(a, published=(a.published or 0) + 1),
        dataclasses.replace(a, scope=day),
        dataclasses.replace(a, modality="video"),
        dataclasses.replace(a, predicate="other"),
        dataclasses.replace(a, event=None),
        dataclasses.replace(a, terms={**a.terms, "flood": 1.0}),
        dataclasses.replace(a, strong={**a.strong, "flood": 1.0}),
    ):
        assert align.context_signature(other) != align.context_signature(a)


def test_the_veto_classes_read_how_a_figure_counts() -> None:
    # ``contradiction_veto`` reads how a figure counts ("a sum of several"): two figures that differ
    # only there are of two veto classes, or the answer for one would stand for the other.
    docs = [_doc("a", "A combined total of 81 seats went to the coalition.\n", dt.date(2024, 7, 5))]
    built = align._build(list(extract_facts(docs[0])), docs)
    seats = next(it for it in built if it.fact.kind == "count")
    published = {"a": dt.date(2024, 7, 5)}
    assert align.veto_signature(seats, published) != align.veto_signature(
        dataclasses.replace(seats, counting=None if seats.counting else "several"), published
    )


def test_counted_veto_is_the_last_step_of_contradiction_veto() -> None:
    """Two disjoint counts' wordings: one person told of and a bare figure contradict nothing;
    figures of kinds that count nothing are left to the other steps."""
    two, five = _counted("two charges"), _counted("five charges")
    bare = dataclasses.replace(five, value=dataclasses.replace(five.value, unit=""))
    one, money = dataclasses.replace(five, text="a charge"), dataclasses.replace(two, kind="money")
    assert align._counted_veto(two, five) is None  # one predicate, one noun: they may contradict
    assert align._counted_veto(two, one) == "indefinite article"
    assert align._counted_veto(two, bare) == "bare figure"
    assert align._counted_veto(money, one) is None


def test_story_times_read_each_fact_once_for_build() -> None:
    """``_build``'s reading of a story's times: report days by article, an event for every fact,
    one group of articles for one story, acts for the one-day dates, and the items built from it."""
    docs = [
        _doc("a", "The storm killed 12 people on Monday, officials said.", dt.date(2024, 9, 10)),
        _doc("b", "At least 14 people were killed on Monday (up from 12).", dt.date(2024, 9, 11)),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    names = align.canonical_names(n for f in facts for n in (*f.about.participants, *f.about.places))
    times = align._StoryTimes.read(facts, docs, names)
    assert times.published == {"a": dt.date(2024, 9, 10), "b": dt.date(2024, 9, 11)}
    assert set(times.events) == {f.id for f in facts}
    assert times.group_of == {"a": 0, "b": 0}
    assert set(times.acts) == {f.id for f in facts if f.kind == "date"}
    built = align._build(facts, docs)
    assert [it.published for it in built] == [times.published[f.doc].toordinal() for f in facts]


def _told_apart(a: align._Item, b: align._Item) -> str | None:
    """Why two facts' one-member groups are two things (``_Cluster.told_apart``), or None."""
    return align._Cluster.of(0, a).told_apart(align._Cluster.of(1, b))


def test_pair_veto_is_pair_scores_first_step() -> None:
    """Two equal ages of two people are two figures whatever their values (``_pair_veto``); with no
    such reason the step says nothing and scoring goes on."""
    a, b = _toll_item(15, 1, "a"), _toll_item(15, 1, "b")
    assert align._pair_veto(a, b) is None
    aged, other = dataclasses.replace(a, aged="Emilie Parker"), dataclasses.replace(b, aged="Dylan Hockley")
    assert align._pair_veto(aged, other) == "ages of two people"
    assert align.pair_score(aged, other, _SURE) == (None, "ages of two people")


def test_item_bounds_prefer_the_inferred_day_then_the_rounding_to_the_stated_value() -> None:
    """An item's bounds (``_item_bounds``): the day its wording was anchored to first, then the
    bounds of a rounded measure, then those of a round figure, and only then its own value."""
    fifteen = _count("a", 15, "15 people")
    assert align._item_bounds(fifteen, None, None, None, None) == (15, 15)
    assert align._item_bounds(fifteen, None, None, None, (14.0, 16.0)) == (14.0, 16.0)
    assert align._item_bounds(fifteen, None, None, (10.0, 20.0), (14.0, 16.0)) == (10.0, 20.0)
    assert align._item_bounds(fifteen, (1.0, 2.0), None, (10.0, 20.0), None) == (1.0, 2.0)


def test_the_conflict_phase_answer_of_two_veto_classes_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``class_answer`` owns the cache of ``contradiction_veto`` per pair of veto classes that the merge
    test, the one-outlet veto and the run walk all read: a second pair of the same two classes gets the
    first pair's answer without asking again."""
    merging = _one_merging(
        {
            "a": "The quake killed 120 people on Monday, officials said.\n",
            "b": "The quake killed 140 people on Monday, officials said.\n",
            "c": "The quake killed 160 people on Monday, officials said.\n",
        }
    )
    counts = [i for i, it in enumerate(merging.built) if it.fact.kind == "count"]
    assert len(counts) == 3
    asked: list[tuple[int, int]] = []
    real = align._Merging.contradiction_veto

    def spy(self: align._Merging, i: int, j: int, conflict_phase: bool, update: bool = False) -> str | None:
        asked.append((i, j))
        return real(self, i, j, conflict_phase, update)

    monkeypatch.setattr(align._Merging, "contradiction_veto", spy)
    a, b, c = counts
    assert merging.veto_class[a] == merging.veto_class[b] == merging.veto_class[c]
    first = merging.class_answer(a, b, False)
    assert merging.class_answer(a, c, False) == first
    assert asked == [(a, b)]


def test_a_count_of_periods_meets_the_duration_it_states() -> None:
    """ "ten seasons" (extraction: a count of seasons) and "a 10-year contract" (a duration) are one
    span: the count is compared with the durations, in seconds, with the role of a duration
    (measures.toml [counted_periods]).  Before, they sat in different blocks ("kind or unit": 53
    lost gold pairs of 9 development stories, session 26)."""
    day = dt.date(2023, 12, 12)
    docs = [
        _doc("a", "The star signed a 10-year contract with the Dodgers on Monday, the club said.", day),
        _doc("b", "The star will play ten seasons for the Dodgers under the contract, the club said.", day),
    ]
    facts = [f for d in docs for f in extract_facts(d)]
    seasons = next(f for f in facts if f.text == "ten seasons")
    assert seasons.kind == "count" and align.role_of(seasons) == "duration"
    groups = align.align(docs, facts)
    joined = next(g for g in groups if any(f.text == "ten seasons" for f in g.facts))
    assert sorted(f.text for f in joined.facts) == ["10-year", "ten seasons"]
    assert verdict_of(joined.facts) is Verdict.AGREE
    # The model is fitted without that reading (``story_pairs``): its pairs, of few stories, moved the
    # fold model of a story that holds none (Hathras LOSO F1 0.61 -> 0.55).
    fitted = {frozenset((a.text, b.text)) for a, b, _ in align.story_pairs(facts, docs)}
    assert frozenset(("10-year", "ten seasons")) not in fitted
    # A count of things that are no period keeps its own block.
    things = dataclasses.replace(seasons, value=Quantity(10.0, 10.0, 10.0, "player", "exact"))
    assert align._unit_class(things) == "count" and align.period_seconds(things) is None


def test_a_time_of_a_stated_day_meets_the_times_on_no_day() -> None:
    """ "4:30 p.m. Sunday" (a date with its time: the date block) and "4:30 p.m." / "1.30am ET" (a time
    on no day: the clock block) date one moment: the dated time has a second reading on the clock
    line (``align.candidate_pairs``).  Before, they never met (dev gold, 129 stories: 60 gold pairs of
    14 stories, "kind or unit").  A time hours away stays apart, and a plain day never meets a clock."""
    day = dt.date(2014, 8, 4)
    cases = [
        ("The earthquake struck Ludian county at 4:30 p.m. Sunday, the quake centre said.",
         "The earthquake struck Ludian county at 4:30 p.m., the quake centre said.", True),
        ("The bridge collapsed at 1:30 a.m. Tuesday after a cargo ship hit a support column.",
         "The cargo ship hit a support column of the bridge at 1.30am ET, and the bridge collapsed.", True),
        ("The bridge collapsed at 1:30 a.m. Tuesday after a cargo ship hit a support column.",
         "The cargo ship hit a support column of the bridge at 1:38 a.m., and the bridge collapsed.", True),
        ("The bridge collapsed at 1:30 a.m. Tuesday after a cargo ship hit a support column.",
         "The cargo ship hit a support column of the bridge at 5 p.m., and the bridge collapsed.", False),
        ("The bridge collapsed on Tuesday after a cargo ship hit a support column.",
         "The cargo ship hit a support column of the bridge at 1:30 a.m., and the bridge collapsed.", False),
    ]
    for first, second, joined in cases:
        docs = [_doc("a", first, day), _doc("b", second, day)]
        facts = [f for d in docs for f in extract_facts(d) if f.kind == "date"]
        assert len(facts) == 2 and {align._unit_class(f) for f in facts} == {"date", "clock"}
        groups = align.align(docs, facts)
        assert (len(groups) == 1) is joined, (first, second)
        if joined:
            assert verdict_of(groups[0].facts) is Verdict.COMPATIBLE


def test_a_time_of_a_stated_day_and_a_time_on_no_day_overlap_as_the_judge_reads_them() -> None:
    """On the clock line two times of one stated zone are one moment at the same minute only, as the
    judge has them (no pair joined at the agreeing threshold that the judge calls a conflict); a time
    whose zone is not stated, or a UTC time against a local one, may be any moment of its day."""
    day = dt.date(2024, 1, 19)

    def overlap(a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
        dated = _clock_fact("a", dt.time(a[0], a[1]), a[2], day)
        bare = _clock_fact("b", dt.time(b[0], b[1]), b[2])
        return align._times_overlap(dated, bare)

    assert overlap((15, 20, "UTC"), (15, 20, "UTC"))  # "1520 GMT Friday" / "15:20 GMT"
    assert not overlap((15, 20, "UTC"), (15, 40, "UTC"))  # "1520 GMT Friday" / "1540 GMT"
    assert not overlap((9, 3, "local"), (9, 7, "local"))
    assert overlap((9, 3, "local"), (0, 3, "UTC"))  # which zone is local is not stated
    assert overlap((18, 45, "unstated"), (15, 15, "unstated"))  # the veto of other times decides those
