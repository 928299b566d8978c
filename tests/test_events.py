"""Event clustering on its own (compare.events): documents first, then mentions within a group."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from compare.events import (
    EventMention,
    EventOptions,
    cluster_event_mentions,
    event_stem,
    group_documents,
    mention_key,
    mention_keys,
    trigger_class,
    vocabulary,
)

QUAKE = ["quake", "nepal", "kathmandu", "magnitude", "rubble", "aftershock", "epicentre"]
ROBBERY = ["robbery", "bank", "teller", "dallas", "getaway", "masked", "vault"]
# An article on the quake in its own words: only two of its many words are the
# other quake articles' words, so it is far from every group, but nearest the quake.
LONE_QUAKE = ["quake", "nepal", "himalaya", "sherpa", "monsoon", "helicopter", "tents", "donors", "relief"]


def _story() -> dict[str, list[str]]:
    docs = {f"q{i}": QUAKE + [f"q-own-{i}"] for i in range(3)}
    docs.update({f"r{i}": ROBBERY + [f"r-own-{i}"] for i in range(3)})
    docs["lone"] = LONE_QUAKE
    return docs


def test_two_occasions_of_one_story_are_two_groups() -> None:
    groups = group_documents(_story(), None, EventOptions(lone_threshold=None))
    assert len({groups[f"q{i}"] for i in range(3)}) == 1
    assert len({groups[f"r{i}"] for i in range(3)}) == 1
    assert groups["q0"] != groups["r0"]


def test_a_lone_document_joins_its_nearest_group() -> None:
    alone = group_documents(_story(), None, EventOptions(lone_threshold=None))
    assert alone["lone"] not in {alone["q0"], alone["r0"]}
    joined = group_documents(_story(), None, EventOptions(lone_threshold=0.0))
    assert joined["lone"] == joined["q0"] != joined["r0"]
    # Numbers stay dense: two groups, numbered in document order.
    assert sorted(set(joined.values())) == [0, 1]


def test_a_lone_document_stays_alone_below_the_threshold_or_far_apart_in_time() -> None:
    assert len(set(group_documents(_story(), None, EventOptions(lone_threshold=0.9)).values())) == 3
    day = dt.date(2024, 3, 1)
    published = {d: day for d in _story()}
    published["lone"] = day + dt.timedelta(days=200)
    groups = group_documents(_story(), published, EventOptions(lone_threshold=0.0))
    assert groups["lone"] not in {groups["q0"], groups["r0"]}


def test_a_lone_document_is_not_moved_when_no_group_has_several_documents() -> None:
    docs = {"a": QUAKE, "b": ROBBERY}
    groups = group_documents(docs, None, EventOptions(lone_threshold=0.0))
    assert groups["a"] != groups["b"]


def test_mentions_cluster_within_a_document_group_by_class_and_time() -> None:
    groups = {"q0": 0, "q1": 0, "r0": 1}
    mentions = [
        EventMention("1", "q0", "quake", (10, 10)),
        EventMention("2", "q1", "quake", None),
        EventMention("3", "r0", "quake", None),  # another group: another occasion
        EventMention("4", "q1", "quake", (40, 40)),  # a time far from the first: another quake
        EventMention("5", "q1", "robbery"),
    ]
    labels = cluster_event_mentions(mentions, groups)
    assert labels[0] == labels[1]
    assert len({labels[0], labels[2], labels[3], labels[4]}) == 4


def test_reporting_acts_are_never_one_event() -> None:
    said = sorted(vocabulary().singleton)[0]
    mentions = [EventMention("1", "a", said), EventMention("2", "b", said)]
    labels = cluster_event_mentions(mentions, {"a": 0, "b": 0})
    assert labels[0] != labels[1]


def _said(id_: str, doc: str, sentence: str, group: str = "reporting") -> EventMention:
    return EventMention(id_, doc, group, context=frozenset(sentence.split()))


def test_a_reporting_act_copied_with_its_sentence_is_one_act() -> None:
    wire = "gigante died federal prison springfield prison spokesman"
    mentions = [
        _said("1", "a", wire),
        _said("2", "b", wire + " monday"),
        _said("3", "c", "police raid arrested mafia boss palermo"),
        _said("4", "c", wire),
    ]
    copied = cluster_event_mentions(mentions, {"a": 0, "b": 0, "c": 0}, EventOptions(copy_overlap=0.5))
    assert copied[0] == copied[1] == copied[3] and copied[2] != copied[0]
    # Without the option (alignment's default) every act stays its own; and
    # copies in documents of different groups are never one act.
    assert len(set(cluster_event_mentions(mentions, {"a": 0, "b": 0, "c": 0}))) == 4
    apart = cluster_event_mentions(mentions, {"a": 0, "b": 1, "c": 1}, EventOptions(copy_overlap=0.5))
    assert apart[0] != apart[1] and apart[1] == apart[3]


def test_two_acts_of_one_copied_sentence_pair_off_in_order() -> None:
    wire = "attorney said actress checked rehab state official said unlicensed"
    mentions = [_said("1", "a", wire), _said("2", "a", wire), _said("3", "b", wire), _said("4", "b", wire)]
    labels = cluster_event_mentions(mentions, {"a": 0, "b": 0}, EventOptions(copy_overlap=0.5))
    assert labels[0] != labels[1]
    assert (labels[2], labels[3]) == (labels[0], labels[1])


def test_an_event_pronoun_takes_the_key_of_the_mention_before_it() -> None:
    mentions = [("a", "checked into"), ("a", "it"), ("b", "that"), ("b", "arrested"), ("b", "which")]
    keys = mention_keys(mentions, lambda text: mention_key(text) or text)
    assert keys == ["admission", "admission", "that", "arrest", "arrest"]
    assert "it" in vocabulary().pronouns


def test_words_of_one_family_share_a_coreference_key() -> None:
    # "died", "was killed" and "the murder" of one story are one death.
    assert mention_key("died") == mention_key("was killed") == mention_key("the murder") == "death"
    assert mention_key("stabbed to death") == "death"
    assert mention_key("won") == mention_key("victory") == mention_key("defeated") == "victory"
    # A family named like a class joins that class's triggers.
    assert mention_key("apprehended") == mention_key("arrested") == trigger_class("arrested") == "arrest"
    assert mention_key("opened gunfire") == mention_key("shooting") == "shooting"
    assert mention_key("died") != mention_key("won")
    # Words of no family keep their event class, or no key at all.
    assert mention_key("the talks") == "talks"
    assert mention_key("kept") is None


def test_coreference_families_are_not_event_classes() -> None:
    # Alignment keys facts by class: a quake's toll must not become a "death" event.
    for word in ("died", "killed", "murder", "won", "victory", "apprehended"):
        assert trigger_class(word) is None


def test_mentions_of_one_family_are_one_event_within_a_group_only() -> None:
    texts = {"a": "died", "b": "was killed", "c": "murder", "d": "won"}
    mentions = [EventMention(doc, doc, mention_key(t) or t) for doc, t in texts.items()]
    labels = cluster_event_mentions(mentions, {"a": 0, "b": 0, "c": 1, "d": 0})
    assert labels[0] == labels[1]  # died / killed, one group
    assert labels[2] not in {labels[0], labels[3]}  # the murder of another occasion
    assert labels[3] != labels[0]  # a win is not a death


# Two earthquakes of one story, and a round-up that recalls both.
VAN = ["quake", "N:van", "N:turkey", "rubble", "rescuers", "collapsed"]
CHILE = ["quake", "N:chile", "N:santiago", "tsunami", "coast", "warning"]


def _two_quakes_and_a_round_up() -> dict[str, list[str]]:
    docs = {"a1": VAN, "a2": [*VAN, "night"], "a3": [*VAN, "aftershock"]}
    docs.update({"b1": CHILE, "b2": [*CHILE, "port"], "b3": [*CHILE, "waves"]})
    docs["roundup"] = VAN + CHILE
    return docs


def test_average_linkage_does_not_chain_two_occasions_through_a_round_up() -> None:
    # With centroids, the round-up pulls the Van group's centroid towards
    # Chile's and the two groups merge; the mean cosine over pairs of
    # documents stays low, since only the round-up resembles both.
    docs = _two_quakes_and_a_round_up()
    options = EventOptions(doc_threshold=1.01, group_threshold=0.25, lone_threshold=None)
    centroid = group_documents(docs, None, options)
    assert len(set(centroid.values())) == 1
    average = group_documents(docs, None, replace(options, linkage="average"))
    assert len({average[d] for d in ("a1", "a2", "a3")}) == 1
    assert len({average[d] for d in ("b1", "b2", "b3")}) == 1
    assert average["a1"] != average["b1"]
    assert average["roundup"] in {average["a1"], average["b1"]}


def test_average_linkage_groups_one_occasion_and_parts_two() -> None:
    options = EventOptions(doc_threshold=0.7, group_threshold=0.1, linkage="average")
    groups = group_documents(_story(), None, options)
    assert len({groups[f"q{i}"] for i in range(3)}) == 1
    assert len({groups[f"r{i}"] for i in range(3)}) == 1
    assert groups["q0"] != groups["r0"]
    assert groups["lone"] == groups["q0"]


def test_more_families_share_a_key() -> None:
    assert mention_key("the accident") == mention_key("crashed") == "crash"
    assert mention_key("destroyed") == mention_key("the damage") == "damage"
    assert mention_key("committed suicide") == mention_key("was executed") == "death"
    assert mention_key("discovered") == mention_key("found") == "discovery"
    assert mention_key("drunken") == mention_key("DUI") == "drunk_driving"
    # Still no event class of a fact (alignment keys facts by class).
    for word in ("accident", "destroyed", "suicide", "discovered", "drunk"):
        assert trigger_class(word) is None


def test_event_stem_keys_one_word_family_together() -> None:
    assert event_stem("nomination") == event_stem("nominations") == "nomin"
    assert event_stem("fallen") == event_stem("fall") == "fall"
    assert event_stem("statement") == event_stem("statements") == event_stem("stated") == "stat"
    # A stem keeps four letters: "ruling" does not become "rul".
    assert event_stem("ruling") == "ruling"
    assert event_stem("rule") != event_stem("ruling")


def test_event_stem_meets_a_verb_and_its_noun_and_undoubles() -> None:
    # "nominated"'s lemma "nominat" meets "nomination"; "stoppage" meets "stop".
    assert event_stem("nominat") == event_stem("nomination") == "nomin"
    assert event_stem("stoppag") == event_stem("stop") == "stop"
    assert event_stem("patroll") == event_stem("patrol") == "patrol"
    # A tail is stripped only when five letters remain: "combat" is no "comb".
    assert event_stem("combat") == "combat"
    assert event_stem("debat") == "debat"
    # Short stems keep their double letter.
    assert event_stem("kill") == "kill"


def test_announcing_is_an_event_saying_is_not() -> None:
    # "announced" (a deal, a nominee) corefers across articles; "said" never.
    assert mention_key("announced") == mention_key("the announcement") == "announcement"
    assert mention_key("confirmed") == mention_key("confirmation")
    assert mention_key("said") == mention_key("told") == "reporting"
    singleton = vocabulary().singleton
    assert mention_key("announced") not in singleton and mention_key("said") in singleton
    mentions = [EventMention("1", "a", "announcement"), EventMention("2", "b", "announcement")]
    assert len(set(cluster_event_mentions(mentions, {"a": 0, "b": 0}))) == 1


def test_synonyms_news_uses_for_one_act_share_a_key() -> None:
    assert mention_key("foiled") == mention_key("thwarted") == mention_key("repulsed")
    assert mention_key("patched") == mention_key("fixed") == mention_key("repair")
    # A light verb and a word that is mostly a noun ("the issue") key by their stem.
    assert mention_key("kept") is None and mention_key("issued") is None
    assert mention_key("severed") == mention_key("cut")
    assert mention_key("outage") == mention_key("disruption")
    assert mention_key("foiled") != mention_key("patched")
    for word in ("foiled", "patched", "severed", "outage"):
        assert trigger_class(word) is None


def test_going_in_and_coming_out_are_two_keys_and_a_two_word_entry_wins() -> None:
    assert mention_key("checked into") == mention_key("entered") == mention_key("was admitted") == "admission"
    assert mention_key("checking herself into") == "admission"
    # "checks" alone is an admission; "checks out" (a two-word entry) is the opposite.
    assert mention_key("checks out") == mention_key("Checked Out") == mention_key("left") == "departure"
    assert mention_key("checks") != mention_key("checks out")


def test_what_a_quake_or_a_car_does_shares_a_key() -> None:
    assert mention_key("struck") == mention_key("hit") == mention_key("rocked") == mention_key("jolted")
    # ... for mentions only: "struck" stays an attack trigger of facts.
    assert trigger_class("struck") == "attack"
    assert mention_key("struck") not in vocabulary().coreference.values()


def test_being_fired_is_a_dismissal_and_a_rampage_a_shooting() -> None:
    assert mention_key("fired") == mention_key("sacked") == mention_key("ousted") == "dismissal"
    # The noun stays a blaze, and a gunman's rampage is his shooting.
    assert mention_key("fire") == trigger_class("fire") == "fire"
    assert mention_key("rampage") == mention_key("shooting") == "shooting"


def test_mention_families_are_no_sentence_words_of_alignment() -> None:
    # Alignment reads ``coreference`` as sentence-word families; the mention
    # families stay out of it (they cost alignment pairs on the development gold).
    vocab = vocabulary()
    assert vocab.mention_families["outage"] == "outage"
    assert "outage" not in vocab.coreference and "announced" not in vocab.coreference
    assert not set(vocab.mention_families) & set(vocab.coreference)


def test_a_publication_is_each_articles_own() -> None:
    assert "publication" in vocabulary().singleton
    mentions = [EventMention("1", "a", "publication"), EventMention("2", "b", "publication")]
    labels = cluster_event_mentions(mentions, {"a": 0, "b": 0})
    assert labels[0] != labels[1]


def test_a_figure_of_another_events_noun_is_about_that_event_whatever_its_verb() -> None:
    # "Another earthquake of 6.7-magnitude struck": the figure's nearest trigger
    # is "struck", yet it measures the other quake; a report made earlier
    # ("had earlier reported") is no other event.
    from compare.events import fact_events
    from compare.extract import extract_facts
    from compare.model import Document

    text = (
        "A magnitude 7.8 earthquake struck Turkey on Monday. "
        "Another earthquake of 6.7-magnitude struck 15 minutes later. "
        "The minister had earlier reported at least 70 deaths.\n"
    )
    doc = Document(
        id="a",
        path="a",
        text=text,
        outlet="a",
        title="",
        sha256="0" * 64,
        story="s",
        published=dt.date(2023, 2, 6),
    )
    facts = extract_facts(doc)
    events = fact_events(facts, [doc])
    main = {f.text: events[f.id].main for f in facts if f.kind != "date"}
    assert main["6.7-magnitude"] is False
    assert main["at least 70 deaths"] is True


def _main_by_text(text: str, published: dt.date) -> dict[str, bool]:
    from compare.events import fact_events
    from compare.extract import extract_facts
    from compare.model import Document

    doc = Document(
        id="a", path="a", text=text, outlet="a", title="", sha256="0" * 64, story="s", published=published
    )
    facts = extract_facts(doc)
    events = fact_events(facts, [doc])
    return {f.text: events[f.id].main for f in facts if f.kind != "date"}


def test_figures_of_an_event_the_article_named_and_dated_earlier_are_background() -> None:
    # The article dates "the 921 earthquake" to 1999 in one sentence and gives its toll in the
    # next without a date: those figures are the earlier quake's (dev gold hualien-earthquake-
    # 2024: its "more than 11,000" injured was joined with the day's 711 and judged a conflict).
    # Until the sentence names a quake again without the name, as "Wednesday's quake".
    main = _main_by_text(
        "The quake killed four people and injured 57 on Wednesday. "
        "It is the largest earthquake since the 921 earthquake that occurred in 1999. "
        "The 921 earthquake killed 2,415 people and injured more than 11,000, "
        "while Wednesday's quake left 77 people trapped.\n",
        dt.date(2024, 4, 3),
    )
    assert main["2,415 people"] is False
    assert main["more than 11,000"] is False
    assert main["77 people"] is True
    assert main["four people"] is True


def test_a_year_after_a_period_word_names_no_background_event() -> None:
    # "the strongest since 1999" compares; it does not date the Hualien quake to 1999.
    main = _main_by_text(
        "The Hualien quake, the strongest since 1999, struck on Wednesday. "
        "Officials said the Hualien quake killed nine people.\n",
        dt.date(2024, 4, 3),
    )
    assert main["nine people"] is True


def test_a_sentence_with_no_reporting_verb_nor_lead_in_is_not_scanned_for_attributions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The attribution pattern tries up to 60 characters at every position: a 750 KB sentence with
    # no verb took a second (pathological.py, "two days later " x 50,000).  A sentence holding no
    # lead-in and no verb is not scanned with it; the others are read as before.
    from compare import events

    pattern = events._attribution_pattern()
    said = [
        "The toll stands at 1,006, army spokesman Captain Zakaria told AFP.",
        "18 died, according to the Ministry of Interior.",
        "83 were killed, hospital officials said.",
        "The Red Cross SAID\tfive died, the interior ministry reports.",
        "According to  the health ministry, 40 died.",
        "Officials said",
        "saidthe ministry",
        "two days later " * 40,
        "",
    ]
    want = [events.attributions(s) for s in said]
    scanned: list[int] = []

    class Counting:
        def finditer(self, text: str) -> object:
            scanned.append(len(text))
            return pattern.finditer(text)

    monkeypatch.setattr(events, "_attribution_pattern", lambda: Counting())
    assert [events.attributions(s) for s in said] == want
    assert want[0] and want[1] and want[3] and not want[7]
    assert len(scanned) == 6, scanned  # the last three hold no verb and no lead-in
    # Every match of the pattern holds the cue, so the cue decides nothing the pattern would find.
    for s in said:
        for m in pattern.finditer(s):
            assert events._attribution_cue().search(m.group()), m.group()


def test_publication_days_veto_only_when_both_sides_have_dates_and_all_are_far_apart() -> None:
    from compare import events

    opts = EventOptions()
    limit = opts.max_publication_gap_days
    assert not events._far_apart([], [1, 2], opts)  # a side without dates vetoes nothing
    assert not events._far_apart([100], [], opts)
    assert not events._far_apart([100], [100 + limit], opts)  # the limit itself is near enough
    assert events._far_apart([100], [100 + limit + 1], opts)
    # One near pair of dates is enough to keep two sides together...
    assert not events._far_apart([100, 500], [100 + limit + 1, 501], opts)
    # ...but only the latest eight dates of each side are compared.
    assert events._far_apart([500] + [100] * 8, [500 + limit], opts)


def test_groups_are_renumbered_by_the_first_pass_order_of_their_first_document() -> None:
    from compare import events

    assert events._renumbered({"b": 5, "a": 2, "c": 5}) == {"b": 1, "a": 0, "c": 1}
    # Merged groups share the number of their root; keys keep their order.
    merged = events._renumbered({"x": 3, "y": 1, "z": 0}, lambda g: {3: 0, 1: 1, 0: 0}[g])
    assert merged == {"x": 0, "y": 1, "z": 0} and list(merged) == ["x", "y", "z"]


def test_a_merge_round_takes_pairs_best_first_and_each_group_once() -> None:
    from compare import events
    from compare.unionfind import UnionFind

    groups = [events._Group({"quake": 1.0}, 1.0, [10]) for _ in range(3)]
    sets = UnionFind(3)
    events._merge_round(groups, sets, [(-0.7, 0, 2), (-0.8, 1, 2), (-0.9, 0, 1)])
    # 0 and 1 are the best pair; 2 waits for the next round, whatever its similarity.
    assert [sets.find(g) for g in range(3)] == [0, 0, 2]
    assert groups[0].size == 2 and groups[0].centroid == {"quake": 2.0} and groups[0].published == [10, 10]
    assert groups[2].size == 1


def test_a_cluster_widens_to_cover_the_time_and_places_of_a_mention_that_joins_it() -> None:
    from compare import events

    cluster = events._Cluster(0, None, {"kathmandu"})
    events._widen(cluster, EventMention("m1", "d", "quake", days=(10, 12), places=frozenset({"nepal"})))
    assert cluster.days == (10, 12) and cluster.places == {"kathmandu", "nepal"}
    events._widen(cluster, EventMention("m2", "d", "quake", days=(8, 11)))
    assert cluster.days == (8, 12)
    events._widen(cluster, EventMention("m3", "d", "quake"))  # no time: the span stays
    assert cluster.days == (8, 12)


def test_a_date_places_its_own_event_and_holds_no_other_figure_to_its_days() -> None:
    # A date is the time *of* its event, so its mention carries no days; the
    # figure beside it is held to the date's days and placed by it.
    from compare import events
    from compare.extract import extract_facts
    from compare.model import DateValue, Document

    text = "On 3 March 2023 the earthquake killed 12 people.\n"
    doc = Document(
        id="a", path="a", text=text, outlet="a", title="", sha256="0" * 64, story="s",
        published=dt.date(2023, 3, 4),
    )
    facts = {f.kind: f for f in extract_facts(doc)}
    date, count = facts["date"], facts["count"]
    assert isinstance(date.value, DateValue) and date.value.start == dt.date(2023, 3, 3)
    assert events._fact_time(date, None) is date.value
    assert events._mention_days(date, date.value) is None
    assert events._fact_time(count, date.value) is date.value
    assert events._fact_time(count, None) is None
    day = dt.date(2023, 3, 3).toordinal()
    assert events._mention_days(count, date.value) == (day, day)
    assert events._mention_days(count, None) is None
