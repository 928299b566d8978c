"""The act a date of one day dates and who reported it, read from its clause (compare.acts)."""

from __future__ import annotations

import datetime as dt

import pytest

from compare.acts import (
    OCCASION,
    ORDER,
    OTHER,
    REPORTING,
    REQUEST,
    Act,
    date_acts,
    date_limits,
    other_actors,
    other_acts,
    other_classes,
    sum_acts,
)
from compare.align import canonical_names
from compare.extract import extract_facts
from compare.model import Document


def _document(text: str, published: dt.date) -> Document:
    return Document(
        id="a.txt", path="a.txt", text=text, outlet="a", title="", sha256="0", story="s", published=published
    )


def _acts(text: str) -> dict[str, Act | None]:
    doc = _document(text, dt.date(2022, 10, 15))
    facts = extract_facts(doc)
    dates = [f for f in facts if f.kind == "date"]
    names = canonical_names(n for f in facts for n in (*f.about.participants, *f.about.places))
    acts = date_acts(dates, [doc], frozenset(f.id for f in dates), names)
    return {text[f.sentence.start : f.sentence.end]: acts.get(f.id) for f in dates}


def test_a_date_is_a_reports_when_a_reporting_word_governs_it() -> None:
    acts = _acts(
        "Interior Minister Suleyman Soylu said Saturday that 40 miners were confirmed dead.\n"
        "Turkish President Recep Tayyip Erdogan was expected to visit Amasra on Saturday.\n"
        "Funerals for the miners were held Saturday, as officials raised the death toll.\n"
        "The mayor told reporters on Saturday that the rescue would go on.\n"
        "Saturday's announcement included earlier figures.\n"
    )
    kinds = [act.kind if act else None for act in acts.values()]
    assert kinds == [REPORTING, OTHER, OTHER, REPORTING, REPORTING], acts


def test_a_date_in_a_reported_clause_is_no_reports() -> None:
    # "said she was in a crosswalk about 7 p.m.": the date is of what was reported; a reporting
    # word after the date reports what its clause tells.
    acts = _acts(
        "Police said she was in a crosswalk about 7 p.m. on Saturday.\n"
        "The storm ripped through the town on Saturday with winds of 250km per hour reported.\n"
    )
    assert all(act is None or act.kind != REPORTING for act in acts.values()), acts


def test_a_reports_actor_is_the_name_before_its_reporting_word() -> None:
    acts = _acts(
        "Salesforce said Wednesday it would cut 10 percent of its workforce.\n"
        "Amazon publicly confirmed Wednesday that it will cut 18,000 roles.\n"
        "The New Bedford Police said Wednesday that two men were arrested.\n"
    )
    actors = [act.actor if act else None for act in acts.values()]
    assert actors[:2] == [{"salesforce"}, {"amazon"}], acts
    assert actors[2] is not None and "bedford" in actors[2]


def test_reports_and_other_acts_and_two_actors() -> None:
    report, other = Act(REPORTING), Act(OTHER)
    assert other_acts(report, other) and other_acts(other, report)
    assert not other_acts(report, Act(REPORTING, frozenset({"amazon"}))) and not other_acts(other, other)
    assert not other_acts(None, other) and not other_acts(report, None)
    assert other_actors({"salesforce"}, {"amazon"})
    assert not other_actors({"interior", "minister", "soylu"}, {"soylu"})
    assert not other_actors(set(), {"amazon"})


def test_another_acts_class_is_the_class_of_its_governing_word() -> None:
    # grammar.toml [acts] classes: acts that follow an occasion on its day; the occasion's own
    # words ("erupted") are of no class.
    acts = _acts(
        "Police arrested the suspect on Friday night.\n"
        "Rescuers evacuated 49 climbers on Sunday evening.\n"
        "Mount Marapi erupted on Sunday afternoon.\n"
        "Saturday's arrest drew crowds to the court.\n"
    )
    verbs = [(act.kind, act.verb) if act else None for act in acts.values()]
    assert verbs == [(OTHER, "arrest"), (OTHER, "rescue"), (OTHER, None), (OTHER, "arrest")], acts
    arrest, discovery, occasion = Act(OTHER, verb="arrest"), Act(OTHER, verb="discovery"), Act(OTHER)
    assert other_acts(arrest, discovery) and other_acts(discovery, arrest)
    assert not other_acts(arrest, occasion) and not other_acts(arrest, Act(OTHER, verb="arrest"))


def test_a_date_that_opens_its_sentence_dates_the_clause_after_its_comma() -> None:
    # "On Sunday, eight climbers were rescued": the act is the main clause's; a reporting word
    # there gives no act (the date may be the report's or what it tells).
    acts = _acts(
        "On Sunday, eight of those climbers were rescued and taken to hospitals.\n"
        "Late on Monday, police arrested the driver of the truck.\n"
        "On Tuesday, officials said the toll had risen to 40.\n"
    )
    verbs = [(act.kind, act.verb) if act else None for act in acts.values()]
    assert verbs == [(OTHER, "rescue"), (OTHER, "arrest"), None], acts


def test_a_date_that_opens_its_sentence_with_no_comma_dates_its_reporting_word() -> None:
    # "On Saturday night Police Commissioner Karen Webb said ...": no comma after the date, so the
    # reporting word is its clause's and the date is the report's (before the twenty-eighth session
    # it had no act and joined the attack's "on Saturday afternoon").  With a comma it stays unread;
    # a reporting word after a date inside its sentence still reports what the clause tells.
    acts = _acts(
        "On Saturday night Police Commissioner Karen Webb said the attacker acted alone.\n"
        "On Friday Voepass said the plane was carrying 57 passengers.\n"
        "On Tuesday, officials said the toll had risen to 40.\n"
        "Thousands of people in the region on Sunday reported power cuts.\n"
    )
    kinds = [act.kind if act else None for act in acts.values()]
    assert kinds == [REPORTING, REPORTING, None, None], acts


def test_a_verb_of_publishing_dates_a_report_only_of_a_statement() -> None:
    # "figures released on Thursday night" publish a report; prisoners "released ... on Tuesday" do not.
    acts = _acts(
        "Government figures released on Thursday night said there were a million protesters.\n"
        "In a statement issued on Saturday, the United Nations said roads were damaged.\n"
        "Three prisoners were released at Ankara airport on Tuesday afternoon.\n"
    )
    kinds = [act.kind if act else None for act in acts.values()]
    assert kinds == [REPORTING, REPORTING, OTHER], acts


def test_a_date_after_a_statement_it_names_is_a_reports() -> None:
    # "said in a statement on Tuesday": the reporting word is too far from the date to govern it,
    # the statement is not; "In opening statements Tuesday" (no determiner, plural) is a trial's act.
    acts = _acts(
        "Amnesty International said in a statement on Tuesday that 21 Kenyans had been abducted.\n"
        "In a tweet on Thursday, the prime minister hailed the unions.\n"
        "He told the broadcaster in an interview Sunday that talks would go on.\n"
        "In opening statements Tuesday, the defender said the boy had a gun.\n"
    )
    kinds = [act.kind if act else None for act in acts.values()]
    assert kinds[:3] == [REPORTING, REPORTING, REPORTING], acts
    assert kinds[3] != REPORTING, acts


def test_a_date_after_commas_is_read_with_the_act_before_them() -> None:
    # "found at a house in Newton Street, Millom, on Saturday": the place set off by commas cuts
    # the date's clause short; the act is the word before the commas. A reporting word there gives
    # none ("said, on Saturday" may date the report or what it tells).
    acts = _acts(
        "The bodies were found at a house in Newton Street, Millom, on Saturday.\n"
        "The minister said, on Saturday, that the toll had risen.\n"
    )
    verbs = [(act.kind, act.verb) if act else None for act in acts.values()]
    assert verbs == [(OTHER, "discovery"), None], acts


def test_a_date_of_the_occasion_itself_is_told_apart_from_a_rescue_not_an_arrest() -> None:
    # grammar.toml [acts] occasion_apart: a word of an event class or a coreference family governs
    # the occasion's own date ("the explosion on Sunday", "capsized on Thursday", "died"); the rescue,
    # the discovery, the visit of its day are other acts, an arrest or a court's act is not.  "dead"
    # describes (``not_occasion``): "found dead on Saturday" is of no class.
    acts = _acts(
        "The explosion on Sunday sent ash 3,000 metres high.\n"
        "More than 40 people died on Thursday in the lake.\n"
        "Their bodies were found dead on Saturday morning.\n"
        "Rescuers evacuated 49 climbers on Sunday evening.\n"
    )
    verbs = [(act.kind, act.verb) if act else None for act in acts.values()]
    assert verbs == [(OTHER, OCCASION), (OTHER, OCCASION), (OTHER, None), (OTHER, "rescue")], acts
    occasion = Act(OTHER, verb=OCCASION)
    assert other_acts(occasion, Act(OTHER, verb="rescue")) and other_acts(Act(OTHER, verb="visit"), occasion)
    assert not other_acts(occasion, Act(OTHER, verb="arrest"))
    assert not other_acts(occasion, Act(OTHER, verb="court"))
    assert not other_acts(occasion, Act(OTHER)) and not other_acts(occasion, occasion)
    # Groups: apart only when every two of their classes are two acts.
    assert other_classes({OCCASION}, {"rescue"}) and other_classes({"arrest"}, {"discovery", "rescue"})
    assert not other_classes({OCCASION}, {"arrest", "rescue"}) and not other_classes(set(), {"rescue"})


def _sum_acts(text: str) -> dict[str, str | None]:
    doc = _document(text, dt.date(2024, 2, 17))
    sums = [f for f in extract_facts(doc) if f.kind == "money"]
    acts = sum_acts(sums, [doc])
    return {f.text: act.verb if (act := acts.get(f.id)) else None for f in sums}


def test_a_sum_is_asked_for_or_ordered_as_its_sentence_says() -> None:
    # grammar.toml [assertion] requests, [acts] orders, unreal: a request word anywhere before the sum in its
    # sentence, else an order word of its own clause with no word of what may not happen.
    acts = _sum_acts(
        "The attorney general had sought a $370 million fine for the defendants.\n"
        "A ruling fined the former president $355 million for inflating his assets.\n"
        "The lawyer had asked the jury to order the company, its owner and his sons, to pay $500 million.\n"
        "The hacker threatened to leak the data unless the company pays $2 million.\n"
        "The company reported revenue of $41 million.\n"
    )
    assert acts == {
        "$370 million": REQUEST,
        "$355 million": ORDER,
        "$500 million": REQUEST,
        "$2 million": None,
        "$41 million": None,
    }, acts


def test_a_sum_asked_for_and_a_sum_ordered_are_two_acts() -> None:
    assert other_acts(Act(OTHER, verb=REQUEST), Act(OTHER, verb=ORDER))
    assert not other_acts(Act(OTHER, verb=ORDER), Act(OTHER, verb=ORDER))
    assert not other_acts(Act(OTHER, verb=REQUEST), None)


def test_the_words_before_a_sum_are_read_from_a_window_and_are_those_of_the_whole_sentence() -> None:
    # acts._last_words reads back from the sum in a growing window (a long sentence of many sums
    # was quadratic); a window that cuts a word must not change which words are the last ones.
    from compare.acts import _last_words
    from compare.words import LETTER_WORD

    texts = [
        "Regulators said " + " and ".join(f"the firm paid ${i} million to group {i}" for i in range(300)),
        "a " + "x" * 2000 + " sought well-known pay-outs " * 40 + "y" * 700,
        "no words here: 1 2 3 ; 4",
        "",
    ]
    for text in texts:
        for hi in range(0, len(text) + 1, 97):
            for n in (1, 8, 40):
                want = [(m.span(), m.group()) for m in LETTER_WORD.finditer(text, 0, hi)][-n:]
                got = [(m.span(), m.group()) for m in _last_words(text, 0, hi, n)]
                assert got == want, (hi, n)


def test_a_date_s_last_clause_break_is_the_one_a_scan_from_the_sentence_s_start_finds() -> None:
    # acts._Sentences reads a sentence's breaks once and looks a date's clause up among them (a
    # scan from the sentence's start for each date made a long sentence of dates quadratic); near
    # the date it scans again, so that a break cut off by the date reads as the old scan read it.
    import dataclasses

    from compare.acts import _Sentences, _words
    from compare.model import Fact, Span

    w = _words()
    texts = [
        "Officials said " + ", ".join(f"talks in Ashford while on January {k} and" for k in range(1, 40)),
        "He left whereas she stayed - as before; (so) and—then but1 withal, whilst x, y: Tuesday",
        "a" * 300 + " and " + "b, " * 40 + "while",
        "two days later " * 60,
        "two days later " * 30 + "and then, " + "two days later " * 30 + "whereas",
        "",
    ]
    for text in texts:
        f = Fact("a.txt@0", "a.txt", 0, 0, "", "date", None, None, Span(0, len(text)))  # type: ignore[arg-type]
        sentences = _Sentences(w)
        for hi in range(0, len(text) + 1, 7):
            for commas in (True, False):
                want = None
                for m in w.breaks.finditer(text, 0, hi):
                    if commas or m.group().strip() != ",":
                        want = m.end()
                assert sentences.last_break(text, dataclasses.replace(f), hi, commas) == want, (text[:20], hi)
        for lo in range(len(text) + 1):
            m = w.breaks.search(text, lo, len(text))
            want_next = None if m is None else (m.start(), m.end())
            assert sentences.next_break(text, dataclasses.replace(f), lo) == want_next, (text[:20], lo)


def _count_break_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of text each scan for a clause break reads (``_words().breaks``), as they are made."""
    import dataclasses

    import compare.acts as acts_module

    real = acts_module._words()
    read: list[int] = []

    class Counting:
        def finditer(self, text: str, pos: int, endpos: int) -> object:
            read.append(endpos - pos)
            return real.breaks.finditer(text, pos, endpos)

        def search(self, text: str, pos: int, endpos: int) -> object:
            read.append(endpos - pos)
            return real.breaks.search(text, pos, endpos)

    monkeypatch.setattr(acts_module, "_words", lambda: dataclasses.replace(real, breaks=Counting()))
    return read


def test_the_dates_of_a_long_sentence_read_its_breaks_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each date's clause started at the last break found by a scan from its sentence's start, and
    # ended at the first break a search from the date to the sentence's end found: a long sentence
    # of dates was read once per date, twice over.
    read = _count_break_reads(monkeypatch)
    meetings = ", ".join(f"officials met in Ashford on January {k}" for k in range(1, 29))
    text = f"The ministry said {meetings}.\n"
    acts = _acts(text)
    assert acts  # the dates were read
    assert sum(read) <= 3 * len(text), sum(read)


def test_the_dates_of_a_long_sentence_with_no_break_read_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A sentence with no clause break ("two days later " x 50,000, pathological.py): each date's
    # scan for the last break before it was made again from the sentence's start, as no break of
    # the whole scan ended before it: 2,000 dates read the sentence 2,000 times (3.3 s).
    read = _count_break_reads(monkeypatch)
    text = "two days later " * 200 + "\n"
    doc = _document(text, dt.date(2022, 10, 15))
    dates = [f for f in extract_facts(doc) if f.kind == "date"]
    assert len(dates) > 100
    date_acts(dates, [doc], frozenset(f.id for f in dates), {})
    assert sum(read) <= 3 * len(text), sum(read)


def _limits(text: str) -> dict[str, bool | None]:
    doc = _document(text, dt.date(2024, 7, 21))
    dates = [f for f in extract_facts(doc) if f.kind == "date"]
    limits = date_limits(dates, [doc], frozenset(f.id for f in dates))
    return {text[f.sentence.start : f.sentence.end].strip(): limits[f.id] for f in dates}


def test_a_date_after_a_word_of_a_limit_is_a_limit() -> None:
    limits = _limits(
        "Delta reported over 600 flight cancellations by Saturday morning.\n"
        "The storm had largely subsided by late Sunday.\n"
        "The airline cancelled more than 3,500 flights through Saturday.\n"
        "The recall covers phones sold before July 15.\n"
        "Workers must return no later than July 12.\n"
        "Workers can return as late as July 12.\n"
        "Microsoft revealed on Saturday that 8.5 million devices were affected.\n"
        "Rescuers reached those affected by Saturday's outage.\n"
        "It could take until July 31 to repair the line.\n"
        "Officers were called shortly before 9pm on Friday.\n"
    )
    assert list(limits.values()) == [True, True, True, True, True, True, False, False, None, False], limits


def test_a_limit_after_a_verb_of_lasting_may_be_either() -> None:
    # "if it continues through January 29" ends the span of what lasts: the day it ends, or a limit.
    limits = _limits(
        "The strike could cost half a billion euros if it continues through January 29.\n"
        "The airline cancelled more than 3,500 flights through January 29.\n"
        "The talks ran through January 29.\n"
    )
    assert list(limits.values()) == [None, True, None], limits


def test_a_date_after_as_of_is_a_limit() -> None:
    # "as of Thursday evening" is the time a count stood, not the day of an act: before the
    # twenty-eighth session such a date had no reading and joined the dates of the acts of its day
    # (mv-nyerere: "rescued ... as of Thursday evening" / "capsized ... on Thursday").
    limits = _limits(
        "At least 37 people had been rescued from the sunken ferry as of Thursday evening.\n"
        "The ferry capsized close to the pier on Thursday.\n"
        "As of Monday, 100 deaths had been confirmed.\n"
    )
    assert list(limits.values()) == [True, False, True], limits

