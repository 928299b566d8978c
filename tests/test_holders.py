"""Whose share a figure is, a share that is a requirement, and the stage of an event (compare.holders)."""

from __future__ import annotations

import datetime as dt

import pytest

from compare import align, holders
from compare.extract import extract_facts
from compare.model import Document, Fact

# A model sure of every pair: what the holders and stages decide is all that is left to see.
_SURE = align.PairModel(
    weights=(0.0,) * len(align.FEATURES),
    bias=5.0,
    context_weights=(0.0,) * len(align.FEATURES),
    context_bias=5.0,
)


def _doc(name: str, text: str, published: dt.date | None = dt.date(2020, 6, 2)) -> Document:
    return Document(
        id=name, path=name, text=text, outlet=name, title="", sha256="0" * 64, story="s", published=published
    )


def _shares(doc: Document) -> list[Fact]:
    return [f for f in extract_facts(doc) if f.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "holders_in_order"),
    [
        # A verb of obtaining after the name.
        ("Anna Novak won 61.5% of the vote while Piotr Wolny received 38.5%.", ["novak", "wolny"]),
        ("Novak has secured 61.5 percent of the ballots in the count.", ["novak"]),
        # The name after the share, and a possessive before it.
        ("The count gave 61.5% for Novak and 38.5% for Wolny on Sunday.", ["novak", "wolny"]),
        ("Novak won 61.5 percent of the vote to Wolny's 38.5 percent.", ["novak", "wolny"]),
        ("Novak took 61.5 percent, and Piotr Wolny — 38.5 percent of the votes.", ["novak", "wolny"]),
        # Letters beyond ASCII are folded: one holder however the outlet spells the name.
        ("Novak won by far, ahead of Kılıçdaroğlu's 44.9% on Sunday.", ["kilicdaroglu"]),
        # A figure that modifies a noun is the noun's, not the possessive's.
        ("Inflation is far above the Bank's 2% target.", [None]),
        # No name: a pronoun, a common noun, or a verb that takes no share.
        ("He won 61.5% of the vote.", [None]),
        ("Voter turnout reached 84.7 percent.", [None]),
        ("The president gained 49.5 percent of the votes.", [None]),
        # A verb whose share is another figure: "while" opens the next clause's share.
        ("Novak secured 61.5 per cent while his rival, the mayor, received 38.5 per cent.", ["novak", None]),
    ],
)
def test_the_holder_of_a_share_is_the_name_its_clause_gives_it(
    text: str, holders_in_order: list[str | None]
) -> None:
    doc = _doc("a", text)
    assert [holders.holder(f, text) for f in _shares(doc)] == holders_in_order


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("No candidate got the 50% needed for an outright victory.", True),
        ("Neither won more than 50 per cent of the votes needed to call a winner.", True),
        ("None of them managed to surpass the 40 percent threshold required to win.", True),
        ("The rules set a threshold of 40 percent for a first-round win.", True),
        ("Novak won 52 percent of the vote.", False),
        ("Turnout was 70 percent, officials said; more staff were needed.", False),
        # "required" before a noun is an adjective.
        ("The provider restored 83% of the required capacity overnight.", False),
    ],
)
def test_a_share_an_outcome_needs_is_a_requirement(text: str, required: bool) -> None:
    (share,) = _shares(_doc("a", text))
    assert holders.requirement(share, text) is required


def test_figures_of_another_stage_than_the_articles_own_are_beside_its_occasion() -> None:
    text = (
        "Novak won the runoff on Sunday with 52.3% of the vote, and Wolny got 47.7%.\n"
        "In the first round on May 17, Novak won 43.5% and Wolny 30.5%.\n"
        "The first round of the election took place on May 17. Turnout was 64.5%.\n"
        "Turnout in the runoff was 68.2%."
    )
    doc = _doc("a", text)
    beside = holders.beside_the_occasion(extract_facts(doc), [doc])
    assert {f.text for f in _shares(doc) if f.id in beside} == {"43.5%", "30.5%", "64.5%"}
    # The dates of a stage are the time of their occasion, for their values to compare.
    assert not any(f.id in beside for f in extract_facts(doc) if f.kind == "date")


def test_an_article_that_names_one_stage_tells_of_that_stage() -> None:
    text = "In the first round on Sunday, Novak won 43.5% and Wolny 30.5%.\nTurnout was 64.5%."
    doc = _doc("a", text)
    assert holders.beside_the_occasion(extract_facts(doc), [doc]) == frozenset()


def _groups(docs: list[Document], kinds: frozenset[str] = frozenset({"percent"})) -> list[set[str]]:
    """The groups of the shares when every pair of two outlets' shares scores 0.99 (``kinds``: the
    facts read with them, e.g. the sums shares are told of)."""
    facts = [f for d in docs for f in extract_facts(d) if f.kind in kinds]
    built = align._build(facts, docs)
    n = len(built)
    shares = [i for i in range(n) if built[i].fact.kind == "percent"]
    pairs = {(i, j): 0.99 for i in shares for j in shares if i < j and built[i].doc != built[j].doc}
    merging = align._Merging.start(built, pairs, {d.id: d.published for d in docs}, _SURE)
    merging.run()
    out: dict[int, set[str]] = {}
    for i, it in enumerate(built):
        if it.fact.kind != "percent":
            continue
        out.setdefault(merging.find(i), set()).add(f"{it.doc}:{it.fact.text}")
    return list(out.values())


def test_shares_of_different_holders_never_share_a_group() -> None:
    # However sure the model, Wolny's 47.7% is no report of Novak's 52.3%.
    docs = [
        _doc("a", "Novak won 52.3% of the vote in the election on Sunday.\n"),
        _doc("b", "In the election on Sunday, Wolny received 47.7% of the vote.\n"),
    ]
    assert {"a:52.3%", "b:47.7%"} not in _groups(docs)
    assert all(len(g) == 1 for g in _groups(docs))


def test_a_share_of_another_stage_does_not_contradict_the_result() -> None:
    docs = [
        _doc("a", "Wolny won the runoff on Sunday with 47.7% of the vote.\n"),
        _doc(
            "b",
            "Wolny lost the runoff on Sunday.\n"
            "In the first round on May 17, Wolny received 30.5% of the vote.\n",
        ),
    ]
    assert {"a:47.7%", "b:30.5%"} not in _groups(docs)


def test_a_requirement_does_not_contradict_the_result() -> None:
    docs = [
        _doc("a", "Wolny won the runoff on Sunday with 47.7% of the vote.\n"),
        _doc("c", "In the runoff on Sunday, no candidate got the 50% needed for an outright victory.\n"),
    ]
    assert {"a:47.7%", "c:50%"} not in _groups(docs)


def _bases(text: str) -> list[float | None]:
    doc = _doc("a", text)
    facts = extract_facts(doc)
    bases = holders.share_bases(facts, [doc])
    return [b[1] / 1e9 if (b := bases.get(f.id)) else None for f in facts if f.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "bases_in_order"),
    [
        # The first sum before the share in its clause, or the sum it reached ("to").
        ("Nvidia reported revenue of $46.74 billion, up 56% from a year ago.", [46.74]),
        ("Data centre sales rose 56% year-on-year to $41.1 billion in the quarter.", [41.1]),
        # A later sum before the share is its comparison, not the figure.
        ("Net income came in at $26.42 billion, compared with $16.6 billion, a 59% increase.", [26.42]),
        # A sum of another clause is not the share's.
        ("Gaming revenue climbed 49% to $4.3 billion, while robotics revenue rose 69%.", [4.3, None]),
        ("Turnout reached 84.7 percent on Sunday.", [None]),
    ],
)
def test_the_sum_a_share_is_told_of(text: str, bases_in_order: list[float | None]) -> None:
    found = _bases(text)
    assert found == pytest.approx(bases_in_order), found


def test_equal_shares_of_two_sums_never_share_a_group() -> None:
    # Total revenue "up 56%" and data-centre sales "up 56%" are two figures, however equal and sure
    # the model; two outlets' shares of one sum still agree.
    docs = [
        _doc("a", "Nvidia said revenue reached $46.7 billion in the quarter, up 56% from a year ago.\n"),
        _doc("b", "Nvidia said data centre sales reached $41.1 billion, up 56% from a year ago.\n"),
        _doc("c", "Nvidia said revenue rose 56% to $46.74 billion from a year ago in the quarter.\n"),
    ]
    groups = _groups(docs, frozenset({"percent", "money"}))
    assert not any({"a:up 56%", "b:up 56%"} <= g or {"b:up 56%", "c:rose 56%"} <= g for g in groups), groups
    assert any({"a:up 56%", "c:rose 56%"} <= g for g in groups), groups
    a, b = (holders.share_bases(extract_facts(d), [d]) for d in docs[:2])
    assert holders.other_bases(next(iter(a.values())), next(iter(b.values())))
    assert not holders.other_bases(("USD", 46.7e9), ("USD", 46.74e9))
    assert not holders.other_bases(("USD", 46.7e9), ("EUR", 41.1e9))


@pytest.mark.parametrize(
    ("text", "counting"),
    [
        # A sum of several holders' figures, in the words around it.
        ("A coalition of the Freedom Party and the VVD would give a combined 81 seats.", holders.SUMMED),
        # A sum in a plural noun, and a sum of one thing an article counts.
        ("Zhao will pay $200 million in fines to the government.", holders.PLURAL),
        ("Zhao agreed to pay a $50 million fine to the government.", holders.SINGLE),
        ("The party won 20 seats in the election.", None),
    ],
)
def test_how_a_figure_counts_its_holders_figures(text: str, counting: str | None) -> None:
    doc = _doc("a", text)
    facts = [f for f in extract_facts(doc) if f.kind in ("count", "money")]
    assert len(facts) == 1, facts
    assert holders.aggregates(facts, [doc]).get(facts[0].id) == counting


def test_a_sum_of_several_contradicts_none_of_its_parts() -> None:
    # "a combined total of 81 seats" is no misreport of one party's "20 seats"; "$200 million in
    # fines" none of "a $50 million fine" (two outlets' sums of one thing still may conflict).
    assert holders.other_counting(holders.SUMMED, None) and holders.other_counting(None, holders.SUMMED)
    assert holders.other_counting(holders.PLURAL, holders.SINGLE)
    assert not holders.other_counting(holders.PLURAL, None) and not holders.other_counting(None, None)
    assert not holders.other_counting(holders.SINGLE, holders.SINGLE)
    docs = [
        _doc("a", "In the deal on Tuesday, Zhao agreed to pay a $50 million fine to the government.\n"),
        _doc("b", "In the deal on Tuesday, Zhao agreed to pay $200 million in fines to the government.\n"),
    ]
    facts = [f for d in docs for f in extract_facts(d) if f.kind == "money"]
    built = align._build(facts, docs)
    merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
    assert merging.contradiction_veto(0, 1, conflict_phase=True) == "a sum of several"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Labour won 412 seats in the general election on Thursday.", "labour"),
        ("The count gave 37 seats for Wilders and his party on Thursday.", "wilders"),
        # The clause names the place the seats are in, not their holder.
        ("Labour is poised to claim 410 seats in Parliament, compared to the Conservatives.", None),
        ("The party will have just 120 or so of the 650 seats in Parliament.", None),
    ],
)
def test_the_holder_of_a_count_of_held_things_is_read_as_a_shares(text: str, holder: str | None) -> None:
    doc = _doc("a", text)
    seats = [f for f in extract_facts(doc) if f.kind == "count" and f.about.noun == "seat"]
    assert seats and all(holders.held_count(f) for f in seats)
    assert holders.count_holders(seats, [doc])[seats[-1].id] == holder


def test_a_count_of_things_no_one_holds_has_no_holder() -> None:
    doc = _doc("a", "Rescuers said 41 people were killed in the fire on Monday.")
    people = [f for f in extract_facts(doc) if f.kind == "count"]
    assert people and not any(holders.held_count(f) for f in people)
    assert holders.count_holders(people, [doc]) == {}


def test_held_counts_contradict_each_other_only_as_one_named_holders() -> None:
    # "410 seats" one party is poised to claim and "five seats" another secures share the story's
    # names, not a holder: two such counts contradict nothing unless both clauses name one holder.
    def veto(first: str, second: str) -> str | None:
        docs = [_doc("a", first + "\n"), _doc("b", second + "\n")]
        facts = [f for d in docs for f in extract_facts(d) if f.kind == "count"]
        assert len(facts) == 2, facts
        built = align._build(facts, docs)
        merging = align._Merging.start(built, {}, {d.id: d.published for d in docs}, _SURE)
        return merging.contradiction_veto(0, 1, conflict_phase=True)

    unnamed = veto("Labour is poised to claim 410 seats in Parliament.", "Reform secures 5 seats there.")
    assert unnamed == "holder not named"
    assert veto("Labour won 412 seats in Parliament.", "Reform won 5 seats in Parliament.") == "other holders"
    assert veto("Labour won 412 seats in Parliament.", "Labour won 410 seats in Parliament.") is None


def test_the_last_tokens_before_a_figure_are_those_of_the_whole_split() -> None:
    texts = [
        "A combined total of 81 seats went to the coalition, officials said.",
        "x" * 300 + " a  b\tc\n d " + "word " * 100 + "end",
        "no-spaces-at-all-" * 20,
        "   ",
        "",
    ]
    for text in texts:
        for lo in range(0, len(text) + 1, 11):
            for hi in range(lo, len(text) + 1, 7):
                for n in (1, 4, 9):
                    assert holders.last_tokens(text, lo, hi, n) == text[lo:hi].split()[-n:], (lo, hi, n)


def test_how_a_long_sentence_of_figures_counts_is_read_near_each_figure() -> None:
    # ``aggregates`` split the whole of a sentence before each of its figures for the last four
    # words: a sentence of 300 counts read its length 150 times over.
    read: list[int] = []

    class Counting(str):
        def __getitem__(self, key: object) -> str:
            piece = str.__getitem__(self, key)  # type: ignore[index]
            read.append(len(piece))
            return piece

    body = ", ".join(f"{i + 2} people died in Ashford" for i in range(300))
    text = Counting(f"Officials said {body}.\n")
    doc = _doc("a", text)
    facts = [f for f in extract_facts(_doc("a", str(text))) if f.kind == "count"]
    assert len(facts) == 300
    holders.aggregates(facts, [doc])
    assert sum(read) <= 3 * len(text), sum(read)
