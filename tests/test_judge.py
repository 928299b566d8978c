"""Verdicts and their sentences on hand-built groups (compare.judge)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from compare.events import attributions
from compare.extract.numbers import rounding_unit, rounds_to, significant_unit
from compare.judge import explain, reporting_order, verdict_of
from compare.model import About, DateValue, Fact, Quantity, Span, Verdict


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


def test_one_day_of_a_month_in_other_words_agrees_without_a_year() -> None:
    """Undated "Dec. 31" and "31 December" name the same day of the same month: the same wording."""
    facts = [_date("a", "Dec. 31", None), _date("b", "31 December", None), _date("c", "December 31", None)]
    verdict = verdict_of(facts)
    assert verdict is Verdict.AGREE
    sentence = explain(facts, verdict, {"a": "A", "b": "B", "c": "C"})
    assert "the same day of the same month in other words" in sentence
    assert "no year can be given" in sentence
    # Another day, a weekday or a year is not the same wording.
    assert verdict_of([_date("a", "Dec. 31", None), _date("b", "30 December", None)]) is Verdict.COMPATIBLE
    weekday = [_date("a", "Dec. 31", None), _date("b", "Friday, Dec. 31", None)]
    assert verdict_of(weekday) is Verdict.COMPATIBLE
    same = [_date("a", "Friday", None), _date("b", "friday", None)]
    assert "— the same words;" in explain(same, verdict_of(same), {"a": "A", "b": "B"})


def _toll(doc: str, n: int, day: int, qualifier: str = "exact") -> Fact:
    high = None if qualifier == "at-least" else float(n)
    text = f"{'at least ' if qualifier == 'at-least' else ''}{n} dead"
    return Fact(
        id=f"{doc}:{n}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="count",
        value=Quantity(stated=n, low=n, high=high, unit="person", qualifier=qualifier),
        about=About(),
        sentence=Span(0, 40),
        role="deaths",
        as_of=dt.date(2020, 8, day),
    )


def test_an_open_toll_that_a_later_report_raises_is_updated_not_compatible() -> None:
    """ "At least 100" on the day of a blast and 137 the next day overlap, yet the count rose."""
    facts = [_toll("a", 100, 5, "at-least"), _toll("b", 135, 5, "at-least"), _toll("c", 137, 6)]
    assert verdict_of(facts) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert "rose from at least 135 on 5 August (B; A says at least 100) to 137 on 6 August (C)" in sentence
    # Not when the later report is the lower one, nor for a count that does not only grow, nor long ago.
    assert verdict_of([_toll("a", 137, 5), _toll("b", 100, 6, "at-least")]) is Verdict.COMPATIBLE
    ages = [dataclasses.replace(f, role="age") for f in facts]
    assert verdict_of(ages) is Verdict.COMPATIBLE
    assert verdict_of(facts, recent=False) is Verdict.COMPATIBLE


def _figure(doc: str, n: float) -> Fact:
    text = f"{n:,.0f} firefighters"
    return Fact(
        id=f"{doc}:{n}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="count",
        value=Quantity(stated=n, low=n, high=n, unit="firefighter", qualifier="exact"),
        about=About(),
        sentence=Span(0, 40),
    )


def test_a_round_figure_in_the_thousands_and_the_figure_it_rounds_differ_in_rounding_only() -> None:
    labels = {"a": "A", "b": "B"}
    facts = [_figure("a", 2600), _figure("b", 2670)]
    assert verdict_of(facts) is Verdict.COMPATIBLE
    sentence = explain(facts, Verdict.COMPATIBLE, labels)
    assert "2,600 (A) is 2,670 (B) rounded down to a multiple of 100: the figures differ" in sentence
    million = [_figure("a", 1_500_000), _figure("b", 1_544_000)]
    assert verdict_of(million) is Verdict.COMPATIBLE
    assert "rounded to the nearest multiple of 100,000" in explain(million, Verdict.COMPATIBLE, labels)
    # Beyond the last digit's unit, one significant digit, or a small count: still a contradiction.
    for a, b in ((2600, 2750), (3000, 3400), (130, 137), (2600, 2540)):
        assert verdict_of([_figure("a", a), _figure("b", b)]) is Verdict.CONFLICT, (a, b)


def test_counts_of_other_nouns_round_as_alignment_rounds_them() -> None:
    """ "3,400 people" is "3,381 deaths" rounded: alignment joins them as one figure rounded
    (``align._round_figures``), so the judge must not call them a conflict (one rule:
    ``extract.numbers.rounds_to``)."""
    people = dataclasses.replace(_figure("a", 3400), text="3,400 people")
    people = dataclasses.replace(people, value=dataclasses.replace(people.value, unit="person"))
    deaths = dataclasses.replace(_figure("b", 3381), text="3,381 deaths")
    deaths = dataclasses.replace(deaths, value=dataclasses.replace(deaths.value, unit="death"))
    facts = [people, deaths]
    assert verdict_of(facts) is Verdict.COMPATIBLE
    assert "3,400 (A) is 3,381 (B) rounded to the nearest multiple of 100" in explain(
        facts, Verdict.COMPATIBLE, {"a": "A", "b": "B"}
    )
    # What alignment widens is what the judge reads as rounded, and no more.
    assert rounding_unit(3400) == 100 and rounding_unit(3000) is None and rounding_unit(950) is None
    assert rounds_to(3400, 3381) and rounds_to(2600, 2670) and not rounds_to(3400, 3300)
    far_value = dataclasses.replace(deaths.value, stated=3300, low=3300, high=3300)
    far = dataclasses.replace(deaths, value=far_value)
    assert verdict_of([people, far]) is Verdict.CONFLICT
    # Sums in other currencies are still never a rounding of each other.
    pounds = dataclasses.replace(people, kind="money", value=dataclasses.replace(people.value, unit="GBP"))
    dollars = dataclasses.replace(deaths, kind="money", value=dataclasses.replace(deaths.value, unit="USD"))
    assert explain([pounds, dollars], Verdict.COMPATIBLE, {"a": "A", "b": "B"}).find("rounded") == -1


def test_a_figure_scaled_by_its_word_is_read_by_the_digits_written() -> None:
    """ "$16.6 billion" is 16600000000.000002 as a float; its last written digit is the hundred million."""
    assert significant_unit(16.6 * 1e9) == 1e8
    assert significant_unit(16.64 * 1e9) == 1e7
    rounded = [_figure("a", 16.6 * 1e9), _figure("b", 16.64 * 1e9)]
    assert verdict_of(rounded) is Verdict.COMPATIBLE
    assert verdict_of([_figure("a", 16.6 * 1e9), _figure("b", 16.8 * 1e9)]) is Verdict.CONFLICT


def test_a_toll_that_outlets_give_differently_on_one_day_and_that_rises_after_is_updated() -> None:
    """89 and 93 on the day of a fire, 96 the next: the count moved within the day, then rose."""
    facts = [_toll("a", 89, 13), _toll("b", 93, 13), _toll("c", 96, 14, "at-least")]
    assert verdict_of(facts) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert "rose from 93 on 13 August (B; A says 89) to at least 96 on 14 August (C)" in sentence
    assert "a day's lower figures are read as that day's earlier counts" in sentence
    # A later day below an earlier day's highest figure is a toll revised down: a conflict.
    assert verdict_of([*facts, _toll("d", 90, 15)]) is Verdict.CONFLICT
    # One day only, or two authorities: no update.
    assert verdict_of(facts[:2]) is Verdict.CONFLICT
    cited = {facts[0].id: "police", facts[1].id: "red cross"}
    assert verdict_of(facts, authorities=cited) is Verdict.CONFLICT
    # A spokesperson with no authority named is no second authority: the count still rose.
    spoken = {facts[0].id: "hospital", facts[2].id: "spokesperson"}
    assert verdict_of(facts, authorities=spoken) is Verdict.UPDATED


def test_a_toll_that_moved_within_its_first_day_and_that_later_days_kept_is_updated() -> None:
    """14, then 18, then 19 dead on the day of a shooting, 19 the next days: the count moved within the
    day, and later reports kept its highest figure (``_never_fell``)."""
    facts = [_toll("a", 14, 24), _toll("b", 18, 24), _toll("c", 19, 24)]
    facts += [_toll("d", 19, 25), _toll("e", 19, 26)]
    assert verdict_of(facts) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {d: d.upper() for d in "abcde"})
    assert sentence.startswith(
        "The highest figure, 19 on 24 August (C; A says 14; B says 18), was kept by later reports"
        " (19 on 25 August (D); 19 on 26 August (E))"
    )
    assert "rose" not in sentence
    assert "a day's lower figures are read as that day's earlier counts" in sentence
    # A later day whose highest figure as written is below the first day's is a toll revised down,
    # even when its open bound still holds the first day's figure ("over 270" after 294).
    down = [_toll("a", 265, 12), _toll("b", 294, 12), _toll("c", 270, 14, "at-least")]
    assert verdict_of(down) is Verdict.CONFLICT
    # Still one day only: no update.
    assert verdict_of(facts[:3]) is Verdict.CONFLICT


def test_a_wider_role_is_read_as_the_narrower_one_in_an_update_as_alignment_reads_it() -> None:
    """10 casualties, then 20 dead, then "at least 5" dead: one toll reported on three days, as with one role.

    Alignment's update merges (``align._Cluster.still_update``) read the roles so; a group they join must
    not be judged a conflict ("at least 5" is no later report below 20: its open bound holds 20).
    """
    facts = [_toll("a", 10, 13), _toll("b", 20, 14), _toll("c", 5, 15, "at-least")]
    assert verdict_of(facts) is Verdict.UPDATED
    wider = [dataclasses.replace(facts[0], role="casualties"), *facts[1:]]
    assert verdict_of(wider) is Verdict.UPDATED
    # Two narrower roles are two counts: no update.
    other = [dataclasses.replace(facts[0], role="injured"), *facts[1:]]
    assert verdict_of(other) is Verdict.CONFLICT


def test_a_wider_role_is_read_as_the_narrower_one_when_overlapping_figures_rise() -> None:
    """ "At least 60" dead on one day, "121 people" (role people) and 121 dead the next: overlapping
    figures of one toll that rose (``_rises`` reads roles as ``_is_update`` does)."""
    facts = [
        _toll("a", 60, 2, "at-least"),
        dataclasses.replace(_toll("b", 121, 3), role="people"),
        _toll("c", 121, 3),
    ]
    assert verdict_of(facts) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert "rose from at least 60 on 2 August (A) to 121 on 3 August (B and C)" in sentence
    # Two narrower roles are two counts: no update.
    other = [facts[0], dataclasses.replace(facts[1], role="injured"), facts[2]]
    assert verdict_of(other) is not Verdict.UPDATED


def test_a_speaker_is_read_as_the_authority_named_with_it_and_one_authority_by_its_one_name() -> None:
    """ "army spokesman" is the army; "hospital officials" the hospital; "Ministry of Interior" the interior
    ministry; a spokesperson with no authority named stays a speaker."""
    said = [
        "The toll stands at 1,006, army spokesman Captain Zakaria told AFP.",
        "A spokesman for the health ministry said five died.",
        "83 were killed, hospital officials said.",
        "18 died, according to the Ministry of Interior.",
        "A spokesperson said 100 were dead.",
    ]
    names = [[name for _, _, name in attributions(s)] for s in said]
    assert names == [["army"], ["health ministry"], ["hospital"], ["interior ministry"], ["spokesperson"]]


def _measure(doc: str, n: float, unit: str) -> Fact:
    text = f"{n:g}{unit}"
    return Fact(
        id=f"{doc}:{text}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind="measure",
        value=Quantity(stated=n, low=n, high=n, unit=unit, qualifier="exact"),
        about=About(),
        sentence=Span(0, 40),
    )


def test_a_whole_number_and_the_decimal_figure_it_rounds_differ_in_rounding_only() -> None:
    """ "40C" for the record's 40.3C, "104F" for 104.5F or 40.3C: a rounded reading, no contradiction."""
    labels = {"a": "A", "b": "B"}
    same_unit = [_measure("a", 40, "degC"), _measure("b", 40.3, "degC")]
    assert verdict_of(same_unit) is Verdict.COMPATIBLE
    sentence = explain(same_unit, Verdict.COMPATIBLE, labels)
    assert "is 40.3" in sentence and "rounded to the nearest whole number" in sentence
    other_unit = [_measure("a", 104, "degF"), _measure("b", 40.3, "degC")]
    assert verdict_of(other_unit) is Verdict.COMPATIBLE
    assert "converted and rounded down to a whole number" in explain(other_unit, Verdict.COMPATIBLE, labels)
    # More than a unit apart, two decimal figures, or a count: still a contradiction.
    for a, b in ((40, 41.2), (39, 40.3), (40.1, 40.3)):
        assert verdict_of([_measure("a", a, "degC"), _measure("b", b, "degC")]) is Verdict.CONFLICT, (a, b)
    assert verdict_of([_measure("a", 100, "degF"), _measure("b", 40.3, "degC")]) is Verdict.CONFLICT


def test_a_wider_role_in_a_rising_toll_is_read_as_the_toll() -> None:
    """ "One Ukrainian was killed" (deaths) and "nine Ukrainians" among the dead (people): one toll."""
    facts = [_toll("a", 1, 21), _toll("b", 6, 21), dataclasses.replace(_toll("c", 9, 22), role="people")]
    assert verdict_of(facts) is Verdict.UPDATED
    # Two narrower roles, or a role that does not only grow, are no update.
    injured = dataclasses.replace(facts[2], role="injured")
    assert verdict_of([*facts[:2], injured]) is Verdict.CONFLICT
    troops = [dataclasses.replace(f, role="troops") for f in facts]
    assert verdict_of(troops) is Verdict.CONFLICT


def _clock(doc: str, text: str, zone: str) -> Fact:
    day = dt.date(2018, 1, 20)
    value = DateValue(day, day, "minute", "explicit", time=dt.time(21, 0), zone=zone)  # type: ignore[arg-type]
    return dataclasses.replace(_date(doc, text, day), value=value)


def test_a_clock_time_with_no_zone_agrees_with_the_same_local_time() -> None:
    """ "9 pm Saturday" and "9 pm local time on Saturday": one reading of one clock."""
    facts = [_clock("a", "9 pm local time on Saturday", "local"), _clock("b", "9pm on Saturday", "unstated")]
    assert verdict_of(facts) is Verdict.AGREE
    sentence = explain(facts, Verdict.AGREE, {"a": "A", "b": "B"})
    assert "agree (a time with no zone is read as local time)" in sentence
    # The same figures in UTC and with no zone: which zone is local is not said, so only compatible.
    assert verdict_of([_clock("a", "2100 GMT", "UTC"), facts[1]]) is Verdict.COMPATIBLE


def _age(doc: str, n: int, day: dt.date | None) -> Fact:
    return dataclasses.replace(
        _figure(doc, n), role="age", kind="measure", as_of=day, value=Quantity(n, n, n, "age", "exact")
    )


def test_one_persons_age_reported_years_apart_is_updated() -> None:
    """27 in June 2005 and 29 at the trial in March 2007: the age grew, nobody contradicted anybody."""
    facts = [_age("a", 27, dt.date(2005, 6, 25)), _age("b", 29, dt.date(2007, 3, 20)), _age("c", 29, None)]
    assert verdict_of(facts, recent=False) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert "rose from 27 on 25 June 2005 (A) to 29 on 20 March 2007 (B)" in sentence
    assert "the reports with no date state one of these ages" in sentence
    # More than the years between allow, two ages on one day, or an undated third age: a conflict.
    too_far = [facts[0], _age("b", 31, dt.date(2007, 3, 20))]
    assert verdict_of(too_far) is Verdict.CONFLICT
    assert verdict_of([facts[0], _age("b", 28, dt.date(2005, 6, 25))]) is Verdict.CONFLICT
    assert verdict_of([*facts[:2], _age("c", 30, None)]) is Verdict.CONFLICT


def _span(doc: str, text: str, value: float, kind: str = "duration", unit: str = "s") -> Fact:
    """A fact of ``text``: a duration in seconds, or (``kind``, ``unit``) a count of weeks or an age."""
    return Fact(
        id=f"{doc}:{text}",
        doc=doc,
        start=0,
        end=len(text),
        text=text,
        kind=kind,  # type: ignore[arg-type]
        value=Quantity(value, value, value, unit, "exact"),
        about=About(),
        sentence=Span(0, 40),
    )


_DAY, _WEEK, _MONTH, _YEAR = 86400.0, 604800.0, 2629746.0, 31556952.0


def test_a_count_of_weeks_and_an_age_are_the_durations_they_state() -> None:
    """ "six grueling weeks" (six counted weeks) and "six weeks of testimony" (a duration) are one
    value; so are a retirement age of 64 and "64 years"."""
    labels = {"a": "A", "b": "B"}
    weeks = [_span("a", "six weeks", 6 * _WEEK), _span("b", "six grueling weeks", 6, "count", "week")]
    assert verdict_of(weeks) is Verdict.AGREE
    assert "the durations agree" in explain(weeks, Verdict.AGREE, labels)
    ages = [_span("a", "64 years", 64 * _YEAR), _span("b", "64", 64, "measure", "age")]
    assert verdict_of(ages) is Verdict.AGREE
    # Other figures still conflict, and ages alone keep their unit (people age between reports).
    seven = [_span("a", "six weeks", 6 * _WEEK), _span("b", "seven weeks", 7, "count", "week")]
    assert verdict_of(seven) is Verdict.CONFLICT
    only_ages = [_span("a", "64", 64, "measure", "age"), _span("b", "64", 64, "measure", "age")]
    assert verdict_of(only_ages) is Verdict.AGREE and only_ages[0].value.unit == "age"  # type: ignore[union-attr]


def test_a_count_of_seasons_quarters_or_nights_is_the_duration_it_states() -> None:
    """ "ten seasons" of a contract is "a 10-year contract"; "five consecutive quarters" is more than
    "a year"; "a third straight night" is "three days" (measures.toml [counted_periods])."""
    seasons = [_span("a", "10-year", 10 * _YEAR), _span("b", "ten seasons", 10, "count", "season")]
    assert verdict_of(seasons) is Verdict.AGREE
    quarters = [_span("a", "a year", _YEAR), _span("b", "five quarters", 5, "count", "quarter")]
    assert verdict_of(quarters) is Verdict.CONFLICT  # fifteen months are not one year
    nights = [_span("a", "three days", 3 * _DAY), _span("b", "third straight night", 3, "count", "night")]
    assert verdict_of(nights) is Verdict.AGREE


def test_a_duration_in_whole_units_rounds_one_written_in_a_smaller_unit() -> None:
    """ "a seven-week strike" for its 53 days, "an 11-year sentence" for 135 months: rounding."""
    labels = {"a": "A", "b": "B"}
    strike = [_span("a", "seven-week", 7 * _WEEK), _span("b", "53 days", 53 * _DAY)]
    assert verdict_of(strike) is Verdict.COMPATIBLE
    sentence = explain(strike, Verdict.COMPATIBLE, labels)
    assert "is 53 days (B) rounded down to whole weeks: the figures differ in rounding" in sentence
    sentence_ = [_span("a", "11-year", 11 * _YEAR), _span("b", "135 months", 135 * _MONTH)]
    assert verdict_of(sentence_) is Verdict.COMPATIBLE
    months = [_span("a", "four months", 4 * _MONTH), _span("b", "118 days", 118 * _DAY)]
    assert "rounded to the nearest month" in explain(months, verdict_of(months), labels)
    # In its own unit only to the nearest: "11 years" rounds "11.25 years", not "two" a stated 2.5.
    quarter = [_span("a", "11 years", 11 * _YEAR), _span("b", "11.25 years", 11.25 * _YEAR)]
    assert verdict_of(quarter) is Verdict.COMPATIBLE
    for a, b in (
        (("two years", 2 * _YEAR), ("2.5 years", 2.5 * _YEAR)),
        (("two weeks", 2 * _WEEK), ("10 days", 10 * _DAY)),
        (("13 years", 13 * _YEAR), ("14 years", 14 * _YEAR)),
        (("a year", _YEAR), ("10 months", 10 * _MONTH)),
        (("seven weeks", 7 * _WEEK), ("57 days", 57 * _DAY)),
    ):
        assert verdict_of([_span("a", *a), _span("b", *b)]) is Verdict.CONFLICT, (a, b)


def test_a_share_written_to_fewer_decimals_rounds_the_more_precise_one() -> None:
    """ "44.8%" for 44.88% (cut at its last digit), "up 49.5%" for 49.52%: rounding, as "40C" is 40.3C."""
    labels = {"a": "A", "b": "B"}

    def share(doc: str, x: float, qualifier: str = "exact") -> Fact:
        fact = _span(doc, f"{x}%", x, "percent", "%")
        return dataclasses.replace(fact, value=dataclasses.replace(fact.value, qualifier=qualifier))

    cut = [share("a", 44.8), share("b", 44.88)]
    assert verdict_of(cut) is Verdict.COMPATIBLE
    assert "44.8% (A) is 44.88% (B) rounded down to a multiple of 0.1" in explain(
        cut, Verdict.COMPATIBLE, labels
    )
    assert verdict_of([share("a", 49.5, "up"), share("b", 49.52)]) is Verdict.COMPATIBLE
    # One precision, or beyond the last digit: still a conflict.
    for a, b in ((49.4, 49.5), (44.8, 44.91), (49.51, 49.52), (44.8, 44.74)):
        assert verdict_of([share("a", a), share("b", b)]) is Verdict.CONFLICT, (a, b)


def test_a_round_duration_and_an_approximate_one_that_reaches_its_rounding_do_not_conflict() -> None:
    """ "seven weeks" (6.5 to 8 weeks as written) and "nearly two months" (1.7 to 2 months) may both hold."""
    seven = _span("a", "seven weeks", 7 * _WEEK)
    nearly = _span("b", "nearly two months", 2 * _MONTH)
    nearly = dataclasses.replace(nearly, value=Quantity(2 * _MONTH, 1.7 * _MONTH, 2 * _MONTH, "s", "nearly"))
    assert verdict_of([seven, nearly]) is Verdict.COMPATIBLE
    # A bound is no approximation, and an approximation outside the rounding still conflicts.
    two = _span("a", "2 weeks", 2 * _WEEK)
    bound = dataclasses.replace(
        _span("b", "at least 15 days", 15 * _DAY), value=Quantity(15 * _DAY, 15 * _DAY, None, "s", "at-least")
    )
    assert verdict_of([two, bound]) is Verdict.CONFLICT
    far = dataclasses.replace(nearly, value=Quantity(3 * _MONTH, 2.55 * _MONTH, 3 * _MONTH, "s", "nearly"))
    assert verdict_of([seven, far]) is Verdict.CONFLICT


def test_a_figure_after_up_or_down_agrees_with_the_same_figure_alone() -> None:
    """ "Revenue rose 56%" and "revenue ... 56%": "up" says which way the figure moved, not what it is."""
    labels = {"a": "A", "b": "B"}

    def share(doc: str, x: float, qualifier: str = "exact") -> Fact:
        fact = _span(doc, f"{x}%", x, "percent", "%")
        return dataclasses.replace(fact, value=dataclasses.replace(fact.value, qualifier=qualifier))

    facts = [share("a", 56, "up"), share("b", 56)]
    assert verdict_of(facts) is Verdict.AGREE
    sentence = explain(facts, Verdict.AGREE, labels)
    assert sentence == (
        'A says up 56%; B says 56% — the percentages agree ("up" or "down" before a figure says which way it'
        " moved: the figure is the same)."
    )
    # Two outlets that say "up 56%" agree as before, with no note; a figure that moved both ways does not.
    same = [share("a", 56, "up"), share("b", 56, "up")]
    assert explain(same, verdict_of(same), labels) == "A and B say up 56% — the percentages agree."
    assert verdict_of([share("a", 3, "up"), share("b", 3, "down")]) is Verdict.COMPATIBLE
    assert verdict_of([share("a", 3, "up"), share("b", 3, "down"), share("c", 3)]) is Verdict.COMPATIBLE
    # An estimate is still another precision.
    assert verdict_of([share("a", 56, "up"), share("b", 56, "about")]) is Verdict.COMPATIBLE


def test_one_duration_summed_from_its_parts_in_another_order_is_one_value() -> None:
    """ "2:13:44" and "two hours, 13 minutes and 44 seconds": 8024 and 8024.000000000001 seconds agree."""
    spelt = _span("b", "two hours, 13 minutes and 44 seconds", 8024.000000000001)
    facts = [_span("a", "2:13:44", 8024.0), spelt]
    assert verdict_of(facts) is Verdict.AGREE
    assert verdict_of([_span("a", "2:13:44", 8024.0), _span("b", "2:13:45", 8025.0)]) is Verdict.CONFLICT


def test_an_explanation_says_a_value_as_a_reader_finds_it_in_the_article() -> None:
    """An age reads "aged 16" (not "16 age"), basis points and multiples keep their words, and a figure
    written in words that name no number ("dozens") is quoted with its reading beside it."""
    labels = {"a": "A", "b": "B"}
    ages = [_span("a", "16", 16, "measure", "age"), _span("b", "17-year-old", 17, "measure", "age")]
    assert explain(ages, verdict_of(ages), labels) == (
        "A says aged 16; B says aged 17 — these cannot both be true: aged 16 (A) and aged 17 (B)"
        " do not overlap."
    )
    bp = [_span(doc, "50 basis points", 50, "percent", "bp") for doc in "ab"]
    assert explain(bp, verdict_of(bp), labels) == "A and B say 50 basis points — the percentages agree."
    times = [_span("a", "four times", 4, "multiple", "×"), _span("b", "4 times", 4, "multiple", "×")]
    assert explain(times, verdict_of(times), labels) == "A and B say 4 times — the multiples agree."
    dozens = dataclasses.replace(
        _span("a", "dozens\nof people", 0, "count", "person"), value=Quantity(None, 24, 99, "person", "range")
    )
    hundred = _span("b", "100 people", 100, "count", "person")
    assert explain([dozens, hundred], verdict_of([dozens, hundred]), labels).startswith(
        "A says dozens of people (24 to 99); B says 100 — these cannot both be true"
    )
    # A range written in figures is its own reading.
    weeks = dataclasses.replace(
        _span("a", "4 to 6 weeks", 0), value=Quantity(None, 4 * _WEEK, 6 * _WEEK, "s", "range")
    )
    only = explain([weeks], Verdict.SINGLE_SOURCE, labels)
    assert only == "Only A says 4 weeks to 6 weeks; no other outlet states this."


def _week(doc: str, text: str) -> Fact:
    start = dt.date(2022, 1, 10)
    value = DateValue(start=start, end=start + dt.timedelta(days=6), granularity="week", anchor="publication")
    return dataclasses.replace(_date(doc, text, start), id=f"{doc}:{text}", value=value)


def test_an_explanation_names_each_outlet_once_for_a_value_and_says_the_value_every_outlet_states() -> None:
    """ "Next week" opening a sentence is the "next week" of another sentence; "every outlet states"
    says the week, not one outlet's words for it (one says "this week")."""
    labels = {"a": "A", "b": "B", "c": "C"}
    facts = [
        _week("a", "next week"),
        _week("a", "Next week"),
        _week("b", "this week"),
        _week("b", "January 9-13"),
        _week("c", "next week"),
    ]
    facts[3] = dataclasses.replace(
        facts[3],
        value=DateValue(
            start=dt.date(2022, 1, 9), end=dt.date(2022, 1, 13), granularity="day", anchor="publication"
        ),
    )
    assert verdict_of(facts) is Verdict.AGREE
    assert explain(facts, Verdict.AGREE, labels) == (
        "A and C say next week (2022-01-10 – 2022-01-16); B says this week (2022-01-10 – 2022-01-16);"
        " B says January 9-13 (2022-01-09 – 2022-01-13) — every outlet states 2022-01-10 – 2022-01-16;"
        " the other values come from outlets that also state it."
    )


def test_a_higher_toll_told_as_risen_is_a_later_count_whoever_gives_it() -> None:
    """ "The death toll has climbed to 46, state media said" / "has risen to 57, the fire service said":
    one growing toll, not two authorities' claims; a lower figure told so, or a higher one told on an
    earlier day, still leaves the authorities disagreeing."""
    labels = {"a": "A", "b": "B", "c": "C"}

    def told(doc: str, n: int, day: int, predicate: str | None) -> Fact:
        return dataclasses.replace(_toll(doc, n, day), about=About(predicate=predicate))

    first, risen = told("a", 46, 2, "climb"), told("b", 57, 2, "risen")
    earlier = told("c", 36, 1, None)
    facts = [earlier, first, risen]
    authorities = {first.id: "state media", risen.id: "fire service", earlier.id: "police"}
    assert verdict_of(facts, authorities=authorities) is Verdict.UPDATED
    sentence = explain(reporting_order(facts), Verdict.UPDATED, labels, authorities)
    assert sentence.startswith("The figure rose from 36 on 1 August (C) to 57 on 2 August (B; A says 46)")
    # The higher figure with no such word: the authorities disagree.
    plain = [earlier, first, told("b", 57, 2, None)]
    assert verdict_of(plain, authorities={**authorities, plain[2].id: "fire service"}) is Verdict.CONFLICT
    # Told as risen, but reported before the lower one: no later count.
    before = [told("a", 160, 5, None), told("b", 1006, 4, "risen")]
    cited = {before[0].id: "police", before[1].id: "army"}
    assert verdict_of(before, authorities=cited) is Verdict.CONFLICT
    # The word may govern the sentence rather than the figure: "The death toll from Typhoon Yagi rose
    # to 127 in northern Vietnam after heavy rains triggered landslides" (the figure's verb read as
    # "trigger"), against the government's 63 of the same day: one toll that rose (session 26;
    # before, the authorities disagreed).
    rose = dataclasses.replace(_toll("b", 127, 2), about=About(predicate="trigger", terms=("toll", "rose")))
    government = told("a", 63, 2, "risen")
    cited = {government.id: "government", rose.id: "state media"}
    assert verdict_of([earlier, government, rose], authorities=cited) is Verdict.UPDATED
    plain = dataclasses.replace(rose, about=About(predicate="trigger", terms=("toll",)))
    assert verdict_of([earlier, government, plain], authorities=cited) is Verdict.CONFLICT


def _count(doc: str, n: int, day: dt.date, role: str = "deaths") -> Fact:
    return Fact(
        id=f"{doc}:{n}",
        doc=doc,
        start=0,
        end=10,
        text=f"{n} people",
        kind="count",
        value=Quantity(stated=n, low=n, high=float(n), unit="person", qualifier="exact"),
        about=About(),
        sentence=Span(0, 40),
        role=role,
        as_of=day,
    )


def test_a_count_reported_over_weeks_is_updated() -> None:
    """An outbreak's or a recall's toll is counted for weeks (Marburg: six dead on 29 September, 15 on 24
    October; Boar's Head: two dead in July, nine a month on): reports within ``[updates] max_days``
    supersede each other; reports further apart are another count's."""
    first = dt.date(2024, 9, 29)
    later = (dt.date(2024, 10, 3), dt.date(2024, 10, 24))
    deaths = [_count("a", 6, first), _count("b", 11, later[0]), _count("c", 15, later[1])]
    assert verdict_of(deaths) is Verdict.UPDATED
    a_month_on = [_count("a", 2, dt.date(2024, 7, 26)), _count("b", 9, dt.date(2024, 8, 29))]
    assert verdict_of(a_month_on) is Verdict.UPDATED
    a_year_on = [_count("a", 6, first), _count("b", 15, dt.date(2025, 10, 3))]
    assert verdict_of(a_year_on) is Verdict.CONFLICT
    # Contacts traced are no count that only grows: 323 and 410 stay a conflict, unless the later
    # report tells its figure as one that rose (judge._superseded), and never when it fell.
    contacts = [_count("a", 323, first, "contacts"), _count("b", 410, dt.date(2024, 10, 3), "contacts")]
    assert verdict_of(contacts) is Verdict.CONFLICT
    rose = About(predicate="risen", terms=("contact", "risen"))
    told = [contacts[0], dataclasses.replace(contacts[1], about=rose)]
    assert verdict_of(told) is Verdict.UPDATED
    fell = [
        _count("a", 410, first, "contacts"),
        dataclasses.replace(contacts[0], doc="b", about=rose, as_of=dt.date(2024, 10, 3)),
    ]
    assert verdict_of(fell) is Verdict.CONFLICT


def test_a_vague_count_is_left_out_when_the_written_figures_already_disagree() -> None:
    """Wayanad: 121 and 167 dead on 31 July from two outlets, then "hundreds of people" on 2 August.
    Read with the written figures, the vague count made the day's figures a rise (``_rose_over_days``):
    an update.  The written figures cannot both hold, and "hundreds" says nothing of which holds nor
    of a rise, so it is left out (``_written_figures``): a conflict.  When the written figures agree
    ("15" and "15"), a later vague count stays in the comparison as before."""
    day, later = dt.date(2024, 7, 31), dt.date(2024, 8, 2)

    def vague(doc: str, low: float, high: float, words: str) -> Fact:
        value = Quantity(stated=None, low=low, high=high, unit="person", qualifier="range")
        return dataclasses.replace(_count(doc, 0, later), id=f"{doc}:vague", text=words, value=value)

    differing = [_count("a", 121, day), _count("b", 167, day), vague("c", 200, 999, "hundreds of people")]
    assert verdict_of(differing) is Verdict.CONFLICT
    assert verdict_of(differing[:2]) is Verdict.CONFLICT
    agreeing = [_count("a", 15, day), _count("b", 15, day), vague("c", 24, 99, "dozens")]
    assert verdict_of(agreeing) is Verdict.UPDATED


def test_a_count_of_the_missing_that_later_reports_revise_either_way_is_updated() -> None:
    """The missing fall as people are found and rise as more are reported (Marapi: 12 climbers
    missing on Monday, 10 on Tuesday): each day's reports superseded by the next day's are one
    count's, whichever way it moved (``[updates] revised_roles``); two figures of one day that
    cannot both hold still contradict each other, and a toll of the dead that fell stays a conflict."""
    monday, tuesday = dt.date(2023, 12, 4), dt.date(2023, 12, 5)
    missing = [
        _count("a", 12, monday, "missing"),
        _count("b", 12, monday, "people"),
        _count("c", 10, tuesday, "missing"),
    ]
    assert verdict_of(missing) is Verdict.UPDATED
    sentence = explain(missing, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert sentence.startswith("The figure went from 12 on 4 December (A and B) to 10 on 5 December (C)")
    assert "the number still missing moves" in sentence
    rising = [_count("a", 3, monday, "missing"), _count("b", 9, tuesday, "missing")]
    assert verdict_of(rising) is Verdict.UPDATED
    one_day = [*missing, _count("d", 20, monday, "missing")]
    assert verdict_of(one_day) is Verdict.CONFLICT
    undated = [_count("a", 12, monday, "missing"), dataclasses.replace(missing[2], as_of=None)]
    assert verdict_of(undated) is Verdict.CONFLICT
    months_on = [_count("a", 12, monday, "missing"), _count("c", 3, dt.date(2024, 6, 1), "missing")]
    assert verdict_of(months_on) is Verdict.CONFLICT
    assert verdict_of([_count("a", 12, monday), _count("c", 10, tuesday)]) is Verdict.CONFLICT
    assert verdict_of(missing, recent=False) is Verdict.CONFLICT


def _contained(doc: str, n: float, day: dt.date, word: str = "contained") -> Fact:
    return Fact(
        id=f"{doc}:{n}",
        doc=doc,
        start=0,
        end=5,
        text=f"{n}%",
        kind="percent",
        value=Quantity(stated=n, low=n, high=n, unit="%", qualifier="exact"),
        about=About(terms=("fire", word)),
        sentence=Span(0, 40),
        as_of=day,
    )


def test_a_share_of_a_job_that_grows_reported_higher_on_later_days_is_updated() -> None:
    """A fire's containment grows as crews work (Palisades: 6% on Friday, 11 per cent contained on
    Saturday and Sunday): a later, higher share supersedes an earlier one (``[tallies]
    progress_shares``), with a growing count's guards; a share that fell, two of one day that
    cannot both hold, two authorities, or shares with no such word stay a conflict."""
    friday, saturday, sunday = dt.date(2025, 1, 10), dt.date(2025, 1, 11), dt.date(2025, 1, 12)
    rose = [
        _contained("a", 6, friday, "containment"),
        _contained("b", 11, saturday),
        _contained("c", 11, sunday),
    ]
    assert verdict_of(rose) is Verdict.UPDATED
    fell = [_contained("a", 11, friday), _contained("b", 6, saturday)]
    assert verdict_of(fell) is Verdict.CONFLICT
    one_day = [_contained("a", 6, friday), _contained("b", 11, friday)]
    assert verdict_of(one_day) is Verdict.CONFLICT
    cited = {rose[0].id: "fire service", rose[1].id: "county"}
    assert verdict_of(rose, authorities=cited) is Verdict.CONFLICT
    plain = [dataclasses.replace(f, about=About(terms=("fire",))) for f in rose]
    assert verdict_of(plain) is Verdict.CONFLICT
    months_on = [_contained("a", 6, friday), _contained("b", 11, dt.date(2025, 6, 1))]
    assert verdict_of(months_on) is Verdict.CONFLICT


def test_one_test_owns_what_only_grows_for_both_update_readings() -> None:
    """``_is_update`` and ``_rose_over_days`` ask one question, ``judge._only_grows``: a toll, a count
    of a wider role standing for it, or a share of a job that only grows; not the missing (they move
    either way), nor a share with no word of such a job."""
    from compare.judge import _only_grows

    day = dt.date(2025, 1, 10)
    assert _only_grows([_count("a", 5, day), _count("b", 7, day)])
    assert _only_grows([_contained("a", 6, day), _contained("b", 11, day)])
    assert not _only_grows([_count("a", 5, day, role="missing"), _count("b", 7, day, role="missing")])
    plain = dataclasses.replace(_contained("a", 6, day), about=About(terms=("fire",)))
    assert not _only_grows([plain, _contained("b", 11, day)])
    assert not _only_grows([_count("a", 5, day), _contained("b", 11, day)])


def test_a_label_rule_gives_each_document_its_corpus_label_from_its_own_fields() -> None:
    # The incremental check labels a corpus story by story from the corpus's rule: each label must
    # be the one the whole corpus's labelling gives, in whatever order the rule met the documents.
    import datetime as dt
    from typing import NamedTuple

    from compare.judge import label_rule, outlet_labels

    class Doc(NamedTuple):
        id: str
        outlet: str
        published: dt.date | None

    day, next_day = dt.date(2024, 3, 1), dt.date(2024, 3, 2)
    docs = [
        Doc("a1", "Alpha", day),
        Doc("a2", "Alpha", next_day),  # two days: the date tells them apart
        Doc("b1", "Beta", day),
        Doc("b2", "Beta", day),  # the same day: the id does
        Doc("b3", "Beta", None),  # no date: the id
        Doc("c1", "Gamma", day),  # alone: the bare name
    ]
    expected = outlet_labels(docs)
    assert expected == {
        "a1": "Alpha (2024-03-01)",
        "a2": "Alpha (2024-03-02)",
        "b1": "Beta (b1)",
        "b2": "Beta (b2)",
        "b3": "Beta (b3)",
        "c1": "Gamma",
    }
    rule = label_rule(docs[::-1])
    assert {d.id: rule.label(d) for d in docs} == expected


def _report(
    doc: str,
    n: float,
    day: dt.date,
    role: str | None,
    *,
    kind: str = "count",
    unit: str = "person",
    start: int = 0,
    sentence: Span | None = None,
    terms: tuple[str, ...] = (),
    qualifier: str = "exact",
) -> Fact:
    """One report of a figure on ``day`` (a sentence of its own unless ``sentence`` is given)."""
    return Fact(
        id=f"{doc}:{n}:{start}",
        doc=doc,
        start=start,
        end=start + 10,
        text=f"{n:g} {unit}",
        kind=kind,  # type: ignore[arg-type]
        value=Quantity(stated=n, low=n, high=n, unit=unit, qualifier=qualifier),  # type: ignore[arg-type]
        about=About(terms=terms),
        sentence=sentence or Span(0, 40),
        role=role,
        as_of=day,
    )


def test_a_figure_of_any_role_that_later_days_tell_revised_upward_is_updated() -> None:
    """36 workers trapped on Sunday, "risen to 40" on Monday, 40 "still" trapped on Tuesday, 41 on the
    day of the rescue: reports of different days, each agreeing on its own day, that never fall and
    that a later report tells as a figure that moved are one figure as it was revised, whatever its
    role (judge._superseded; before, only roles that only grow were).  Sums too: a damage estimate
    put at $10 billion, then "now" at $30 billion.  Without such words, figures of one day that
    cannot both hold, a later day below an earlier one, and the dead against the injured still
    conflict."""
    sun, mon, tue, rescue = (dt.date(2023, 11, d) for d in (12, 13, 14, 28))
    trapped = [
        _report("a", 36, sun, None),
        _report("b", 40, mon, "people", terms=("number", "trapped", "worker", "risen")),
        _report("c", 40, tue, "evacuated", terms=("worker", "still", "trapped")),
        _report("d", 41, rescue, "rescued"),
    ]
    assert verdict_of(trapped) is Verdict.UPDATED
    # No later report tells its figure as one that moved: two outlets' claims ("about 100,000 troops"
    # on Monday, "175,000 troops" on Tuesday, the seeds' planted contradiction).
    troops = [_report("a", 100_000, sun, "troops"), _report("b", 175_000, mon, "troops")]
    assert verdict_of(troops) is Verdict.CONFLICT
    sentence = explain(trapped, Verdict.UPDATED, {d: d.upper() for d in "abcd"})
    assert sentence.startswith("The figure went from 36 on 12 November (A), then 40 on 13 November (B)")
    assert "to 41 on 28 November (D)" in sentence
    assert "no later day's figure is lower: later reports superseded earlier ones" in sentence
    damage = [
        _report("a", 10e9, sun, "money", kind="money", unit="USD"),
        _report("b", 30e9, rescue, "money", kind="money", unit="USD", terms=("damage", "estimate", "now")),
    ]
    assert verdict_of(damage) is Verdict.UPDATED
    one_day = [_report("a", 36, sun, None), _report("b", 40, sun, None), *trapped[3:]]
    assert verdict_of(one_day) is Verdict.CONFLICT
    fell = [_report("a", 41, sun, None), _report("b", 36, mon, None, terms=("trapped",))]
    assert verdict_of(fell) is Verdict.CONFLICT
    two_counts = [_report("a", 10, sun, "injured"), _report("b", 12, mon, "deaths", terms=("rose",))]
    assert verdict_of(two_counts) is Verdict.CONFLICT
    # Durations are no such figure: "nine and a half hours" then "12 hours" of deliberation.
    hours = [
        _report("a", 9.5 * 3600, sun, "duration", kind="duration", unit="second"),
        _report("b", 12 * 3600, mon, "duration", kind="duration", unit="second"),
    ]
    assert verdict_of(hours) is Verdict.CONFLICT


def test_a_count_a_later_day_tells_standing_lower_is_updated() -> None:
    """Outages fall as power returns: "about 900,000 homes" without power on Sunday, "more than 530,000
    homes remain without power" on Monday, "7,000 people remain without electricity" days later.  A
    later day's report that tells its figure as where the count stands at its time ("remain",
    "still", "currently") or as revised may lie below the days before (judge._superseded,
    ``_told_as_standing``; before, a conflict).  Lower with no such word, or lower on a day whose
    reports do not say so, it stays a conflict; so do two figures of one day and two days that fell
    before the standing report."""
    sun, mon, tue, wed = (dt.date(2022, 10, d) for d in (2, 3, 4, 5))
    outages = [
        _report("a", 900_000, sun, "buildings", terms=("home", "power", "remained")),
        _report("b", 530_000, mon, "buildings", terms=("home", "remain", "power")),
        _report("c", 530_000, tue, "buildings", terms=("home", "power")),
    ]
    assert verdict_of(outages) is Verdict.UPDATED
    sentence = explain(outages, Verdict.UPDATED, {d: d.upper() for d in "abc"})
    assert sentence.startswith("The figure went from 900,000 on 2 October (A) to 530,000 on 3 October (B) — ")
    assert 'a lower figure told as where the count stood at its time ("remain") supersedes' in sentence
    bare = [_report("a", 900_000, sun, "buildings"), _report("b", 530_000, mon, "buildings", terms=("home",))]
    assert verdict_of(bare) is Verdict.CONFLICT
    # The fall from Monday to Tuesday is told by no report of Tuesday.
    unsaid = [*outages[:2], _report("c", 300_000, tue, "buildings", terms=("home", "power"))]
    assert verdict_of(unsaid) is Verdict.CONFLICT
    # Two days that fell with no such word before the standing report: the series broke before it.
    broke = [
        _report("a", 900_000, sun, "buildings"),
        _report("b", 600_000, mon, "buildings"),
        _report("c", 530_000, tue, "buildings", terms=("remain",)),
    ]
    assert verdict_of(broke) is Verdict.CONFLICT
    one_day = [
        _report("a", 900_000, sun, "buildings"),
        _report("b", 530_000, mon, "buildings", terms=("remain",)),
        _report("c", 200_000, mon, "buildings", terms=("remain",)),
    ]
    assert verdict_of(one_day) is Verdict.CONFLICT
    # Later, it may rise again from where it stood: each step after the standing report never falls.
    again = [*outages[:2], _report("c", 600_000, wed, "buildings", terms=("now",))]
    assert verdict_of(again) is Verdict.UPDATED


def test_a_later_report_told_so_far_or_to_date_supersedes_as_one_told_now() -> None:
    """ "36 workers trapped" on Sunday, "So far, 40 workers are trapped" on Monday: the phrases of several
    words that tell a figure standing at its time ("so far", "to date", "thus far": ``dates.toml
    [reference] present``) cannot be read as sentence terms (``About.terms`` holds single words), so
    the judge reads them from ``standing`` (``revisions.standing_phrases``) as it reads "now" among the
    terms (``_superseded``; before, a conflict).  Told on the first day only, or with two figures of
    one day that cannot both hold, it stays a conflict; and a later day below the days before may
    stand when so told, as "remain" may."""
    sun, mon = dt.date(2023, 11, 12), dt.date(2023, 11, 13)
    trapped = [_report("a", 36, sun, None), _report("b", 40, mon, None, terms=("worker", "trapped"))]
    assert verdict_of(trapped) is Verdict.CONFLICT
    told = {trapped[1].id: "So far"}
    assert verdict_of(trapped, standing=told) is Verdict.UPDATED
    sentence = explain(trapped, Verdict.UPDATED, {"a": "A", "b": "B"}, standing=told)
    assert "later reports superseded earlier ones" in sentence
    assert verdict_of(trapped, standing={trapped[0].id: "so far"}) is Verdict.CONFLICT
    one_day = [*trapped, _report("c", 30, mon, None)]
    assert verdict_of(one_day, standing=told) is Verdict.CONFLICT
    fell = [_report("a", 900_000, sun, "buildings"), _report("b", 530_000, mon, "buildings", terms=("home",))]
    assert verdict_of(fell) is Verdict.CONFLICT
    lower = verdict_of(fell, standing={fell[1].id: "to date"})
    assert lower is Verdict.UPDATED
    sentence = explain(fell, Verdict.UPDATED, {"a": "A", "b": "B"}, standing={fell[1].id: "to date"})
    assert '("to date")' in sentence


def test_a_figure_an_outlet_tells_revised_is_updated_whichever_day_and_way() -> None:
    """ "The jackpot was reported as an estimated $1.9 billion on Monday, but the prize was increased to
    $2.04 billion Tuesday morning after updated calculations": the outlet says the first figure gave
    way to the second, so outlets stating either, all published the same day, are its earlier and
    later reports (judge._told_revised), not a conflict.  Without a revision word, or with a figure
    that is neither, they still conflict."""
    day = dt.date(2022, 11, 8)
    told = Span(500, 640)
    words = ("jackpot", "reported", "estimated", "billion", "increased", "updated", "calculation")

    def jackpot(
        doc: str, n: float, *, start: int = 0, sentence: Span | None = None, terms: tuple[str, ...] = ()
    ) -> Fact:
        return _report(
            doc, n, day, "money", kind="money", unit="USD", start=start, sentence=sentence, terms=terms
        )

    facts = [
        jackpot("a", 1.9e9),
        jackpot("b", 2.04e9),
        jackpot("c", 1.9e9, start=530, sentence=told, terms=words),
        jackpot("c", 2.04e9, start=590, sentence=told, terms=words),
    ]
    assert verdict_of(facts) is Verdict.UPDATED
    sentence = explain(facts, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert sentence == (
        "C tells $1.9 billion revised to $2.04 billion: $1.9 billion (A) is the earlier figure, superseded by"
        " $2.04 billion (B)."
    )
    plain = [dataclasses.replace(f, about=About(terms=("jackpot", "billion"))) for f in facts]
    assert verdict_of(plain) is Verdict.CONFLICT
    assert verdict_of([*facts, jackpot("d", 2.5e9)]) is Verdict.CONFLICT


def test_a_period_still_running_lengthens_by_the_days_between_reports() -> None:
    """ "Three days" of searching on 1 November, "four days" on the 2nd, "five days" on the 3rd: each
    report gives the length so far of a period still running (judge._elapsed), not three claims.
    Lengths that grow by far more or far less than the days between reports, or that fall, conflict."""

    def days(doc: str, n: float, day: int) -> Fact:
        return _report(doc, n * 86400, dt.date(2024, 11, day), "duration", kind="duration", unit="s")

    running = [days("a", 3, 1), days("b", 4, 2), days("c", 5, 3)]
    assert verdict_of(running) is Verdict.UPDATED
    sentence = explain(running, Verdict.UPDATED, {"a": "A", "b": "B", "c": "C"})
    assert sentence.startswith("The length went from ")
    assert sentence.endswith("— a period still running lengthens by the time between its reports.")
    assert verdict_of([days("a", 3, 1), days("b", 9, 2)]) is Verdict.CONFLICT
    assert verdict_of([days("a", 5, 1), days("b", 4, 2)]) is Verdict.CONFLICT
    hours = [
        _report("a", 9.5 * 3600, dt.date(2024, 5, 30), "duration", kind="duration", unit="s"),
        _report("b", 12 * 3600, dt.date(2024, 5, 31), "duration", kind="duration", unit="s"),
    ]
    assert verdict_of(hours) is Verdict.CONFLICT


def test_one_reading_of_report_days_serves_the_growing_count_and_the_running_period() -> None:
    """``_day_spans`` reads each report day's span for ``_rose_over_days`` (the day's latest figure:
    ``max``) and ``_elapsed`` (what every report of the day allows: ``min``), and ``_never_below``
    is the one test that no later report lies wholly below an earlier day's certain figure."""
    from compare.judge import _day_spans, _never_below

    mon, tue = dt.date(2025, 1, 6), dt.date(2025, 1, 7)
    facts = [_count("a", 5, mon), _count("b", 7, mon), _count("c", 9, tue)]
    assert _day_spans(facts, max) == {mon: (7.0, 7.0), tue: (9.0, 9.0)}
    assert _day_spans(facts, min) == {mon: (7.0, 5.0), tue: (9.0, 9.0)}
    assert _day_spans(facts[:2], max) is None  # one report day
    far = dt.date(2026, 1, 6)
    assert _day_spans([*facts, _count("d", 11, far)], max) is None  # beyond max_days
    assert _never_below([(5.0, 5.0), (7.0, 9.0), (7.0, 7.0)])
    assert not _never_below([(5.0, 9.0), (7.0, 7.0), (4.0, 6.0)])
