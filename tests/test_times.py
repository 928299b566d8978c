"""Clock times (issue 16 item 3): times of day with their zone become dates with minute granularity.

"8 a.m. CET" and "0700 GMT" are one moment (07:00 UTC), "0800 GMT" an hour
later; "10:15 local time" stays local and says so; a bare "8", a ratio "3:1"
and a verse "John 3:16" are no times.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.display import format_value, value_phrase
from compare.extract import extract_facts, extract_text
from compare.extract.times import find_times, find_zone, zones
from compare.extract.times import zone_offset as _zone_offset
from compare.intervals import overlaps, same_value
from compare.judge import verdict_of
from compare.lang import Lexicon, lexicon, read_lexicon
from compare.model import DateValue, Document, Fact, Verdict
from compare.schema import fact_from_dict, fact_to_dict, value_from_dict

MONDAY = dt.date(2022, 1, 10)


def clock_facts(text: str, published: dt.date | None = MONDAY) -> list[Fact]:
    return [f for f in extract_text(text, published) if f.kind == "date" and f.value.granularity == "minute"]  # type: ignore[union-attr]


def one_clock(text: str, published: dt.date | None = MONDAY) -> Fact:
    facts = clock_facts(text, published)
    assert len(facts) == 1, (text, facts)
    return facts[0]


@pytest.mark.parametrize(
    ("text", "excerpt", "day", "time", "zone"),
    [
        # Zone named: shifted to UTC; no day named: the time alone.
        ("The deadline is 8 a.m. CET.", "8 a.m. CET", None, "07:00", "UTC"),
        ("Voting ends at noon BST.", "noon BST", None, "11:00", "UTC"),
        ("The strike begins at 0700 GMT.", "0700 GMT", None, "07:00", "UTC"),
        ("Troops left at 1500 GMT.", "1500 GMT", None, "15:00", "UTC"),
        ("The speech is at 2:30 p.m. Eastern Time on January 12.", "2:30 p.m. Eastern Time on January 12",
         dt.date(2022, 1, 12), "19:30", "UTC"),
        ("Talks resume at 9.30am CEST.", "9.30am CEST", None, "07:30", "UTC"),
        ("The market opened at 09:00 UTC+3.", "09:00 UTC+3", None, "06:00", "UTC"),
        # Generic US and European zones follow daylight saving time on the day.
        ("Polls close at 8pm ET on January 12.", "8pm ET on January 12", dt.date(2022, 1, 13),
         "01:00", "UTC"),
        ("Polls close at 8pm ET on July 4.", "8pm ET on July 4", dt.date(2022, 7, 5), "00:00", "UTC"),
        ("The summit opens at 9 a.m. London time on July 4.", "9 a.m. London time on July 4",
         dt.date(2022, 7, 4), "08:00", "UTC"),
        # A day next to the time: one fact.
        ("The ultimatum will expire on Wednesday at 6 p.m. Moscow time.", "Wednesday at 6 p.m. Moscow time",
         dt.date(2022, 1, 12), "15:00", "UTC"),
        ("Shelling stopped at midnight Friday GMT.", "midnight Friday", dt.date(2022, 1, 7),
         "00:00", "unstated"),
        ("The vote was held January 9, 0700 GMT.", "January 9, 0700 GMT", dt.date(2022, 1, 9),
         "07:00", "UTC"),
        # "local time": local, never shifted; no zone at all: as written, zone unstated.
        ("Talks began at 10:15 local time.", "10:15 local time", None, "10:15", "local"),
        # A point between hour and minutes is a clock with a.m./p.m., a zone or "local time" after it.
        ("The quake struck at 4.17 am local time.", "4.17 am local time", None, "04:17", "local"),
        ("The quake struck at 4.17 local time.", "4.17 local time", None, "04:17", "local"),
        ("The quake struck at 4.17 GMT.", "4.17 GMT", None, "04:17", "UTC"),
        ("They met at 10:15.", "10:15", None, "10:15", "unstated"),
        ("The curfew starts at midnight.", "midnight", None, "00:00", "unstated"),
        ("The rally began at 8pm.", "8pm", None, "20:00", "unstated"),
        ("Doors open at 12 a.m. sharp.", "12 a.m.", None, "00:00", "unstated"),
        ("The first bus leaves at 0600 hours.", "0600 hours", None, "06:00", "unstated"),
        # Four digits with "local time", or between "at" and "on" a weekday: a 24-hour time, no year.
        ("Polls close at 2100 local time.", "2100 local time", None, "21:00", "local"),
        ("The strike will begin at 2000 on Tuesday.", "2000 on Tuesday", dt.date(2022, 1, 11), "20:00",
         "unstated"),
        # "o'clock" and the half of the day in words.
        ("The talks start at ten o'clock.", "ten o'clock", None, "10:00", "unstated"),
        ("They met at 3 o'clock on Monday.", "3 o'clock on Monday", MONDAY, "03:00", "unstated"),
        ("It ended at eleven o'clock in the evening.", "eleven o'clock in the evening", None, "23:00",
         "unstated"),
        ("He arrived at 9 in the morning.", "9 in the morning", None, "09:00", "unstated"),
        ("The bell rang at 12 at night.", "12 at night", None, "00:00", "unstated"),
    ],
)  # fmt: skip
def test_clock_times(text: str, excerpt: str, day: dt.date | None, time: str, zone: str) -> None:
    fact = one_clock(text)
    assert fact.text == excerpt
    assert text[fact.start : fact.end] == excerpt
    v = fact.value
    assert isinstance(v, DateValue)
    assert (v.start, v.end, v.time, v.zone) == (day, day, dt.time.fromisoformat(time), zone)


@pytest.mark.parametrize(
    "text",
    [
        "The 8 ships arrived.",  # a bare hour is no time
        "A 3:1 ratio of troops.",  # a ratio
        "He read John 3:16 aloud.",  # a verse: no word says it is a time of day
        "She won in 2:15:07.",  # a race time
        "Inflation was 8.30 percent.",  # a decimal
        "Inflation was 8.30 in the local currency.",  # a decimal before a word that is no zone
        "The score was 2-1 at half time.",
        "It came at 13:00 pm.",  # no such time
        "He has 8 amps of current.",
        "Gunmen killed 9 in the morning attack.",  # no word says "9" is a time of day
    ],
)
def test_not_clock_times(text: str) -> None:
    assert clock_facts(text) == []


def _from(doc: str, text: str) -> Fact:
    return replace(one_clock(text), doc=doc)


def test_one_deadline_in_two_zones_agrees_and_an_hour_apart_conflicts() -> None:
    cet = _from("a", "The ultimatum expires at 8 a.m. CET on Tuesday.")
    gmt = _from("b", "The ultimatum expires at 0700 GMT on Tuesday.")
    later = _from("c", "The ultimatum expires at 0800 GMT on Tuesday.")
    assert overlaps(cet.value, gmt.value) and same_value(cet.value, gmt.value)
    assert verdict_of([cet, gmt]) is Verdict.AGREE
    assert not overlaps(cet.value, later.value)
    assert verdict_of([cet, later]) is Verdict.CONFLICT
    # The same without a day: the times of day alone.
    assert (
        verdict_of([_from("a", "It ends at 8 a.m. CET."), _from("b", "It ends at 0700 GMT.")])
        is Verdict.AGREE
    )
    assert verdict_of([_from("a", "It ends at 8 a.m. CET."), _from("b", "It ends at 0800 GMT.")]) is (
        Verdict.CONFLICT
    )


def test_local_times_are_compared_only_with_local_times() -> None:
    local = _from("a", "Talks began at 10:15 local time.")
    utc = _from("b", "Talks began at 0915 GMT.")
    assert overlaps(local.value, utc.value)  # the offset is unknown: no conflict
    assert verdict_of([local, utc]) is Verdict.COMPATIBLE
    assert verdict_of([local, _from("b", "Talks began at 11:15 local time.")]) is Verdict.CONFLICT


def test_a_time_with_no_zone_never_conflicts() -> None:
    """ "at 10 a.m." is the event's local time or the outlet's own: agree or compatible, never a conflict."""
    bare = _from("a", "Talks began at 10 a.m.")
    assert verdict_of([bare, _from("b", "Talks began at 10 a.m.")]) is Verdict.AGREE
    assert verdict_of([bare, _from("b", "Talks began at 11 a.m.")]) is Verdict.COMPATIBLE
    assert verdict_of([bare, _from("b", "Talks began at 11:00 local time.")]) is Verdict.COMPATIBLE
    assert verdict_of([bare, _from("b", "Talks began at 0900 GMT.")]) is Verdict.COMPATIBLE
    assert format_value(bare.value, "date") == "10:00 (zone not stated)"


def test_a_time_and_a_date() -> None:
    """A time on a day overlaps that day (give or take the day a shift to UTC moves it)."""
    time = one_clock("The ultimatum expires at 11 p.m. EST on Tuesday.").value  # Wednesday 04:00 UTC
    (tuesday,) = [
        f.value for f in extract_text("The ultimatum expires on Tuesday.", MONDAY) if f.kind == "date"
    ]
    (friday,) = [
        f.value for f in extract_text("The ultimatum expires on Friday.", MONDAY) if f.kind == "date"
    ]
    assert isinstance(time, DateValue) and time.start == dt.date(2022, 1, 5)
    assert overlaps(time, tuesday) and overlaps(tuesday, time)
    assert not overlaps(time, friday)
    assert overlaps(one_clock("It ends at 0700 GMT.").value, friday)  # no day: any day


def test_formatting_says_utc_or_local() -> None:
    fact = one_clock("The ultimatum expires at 8 a.m. CET on Tuesday.")
    assert format_value(fact.value, "date") == "2022-01-04 07:00 UTC"
    assert value_phrase(fact) == "8 a.m. CET on Tuesday (2022-01-04 07:00 UTC)"
    assert format_value(one_clock("They met at 10:15 local time.").value, "date") == "10:15 local time"
    assert format_value(one_clock("They met at 10:15.").value, "date") == "10:15 (zone not stated)"


def test_json_round_trip_and_older_files() -> None:
    fact = one_clock("The ultimatum expires at 8 a.m. CET on Tuesday.")
    data = fact_to_dict(fact)
    assert data["value"]["time"] == "07:00" and data["value"]["zone"] == "UTC"
    assert fact_from_dict(data) == fact
    # A plain date has neither key, and a dict without them reads as before.
    plain = next(f for f in extract_text("Talks began on Monday.", MONDAY) if f.kind == "date")
    assert "time" not in fact_to_dict(plain)["value"]
    old = {"start": "2022-01-10", "end": "2022-01-10", "granularity": "day", "anchor": "publication"}
    assert value_from_dict("date", old) == DateValue(MONDAY, MONDAY, "day", "publication")
    with pytest.raises(ValueError, match="zone"):
        value_from_dict("date", {**old, "granularity": "minute", "time": "07:00", "zone": "CET"})


ZONES = zones(lexicon())


def zone_offset(name: str, day: dt.date | None) -> int | None:
    """The offset of a zone as English copy writes it."""
    return _zone_offset(name, day, find_zone(name, ZONES))


def test_every_zone_in_the_table_is_read_after_a_time() -> None:
    for name, zone in ZONES.items():
        text = f"It ends at 10:00 {name} on July 4."
        (expr,) = find_times(text)
        assert text[expr.start : expr.end] == f"10:00 {name} on July 4", name
        assert zone_offset(name, dt.date(2022, 7, 4)) == (zone.daylight if zone.rule else zone.standard)
        assert zone_offset(name, dt.date(2022, 1, 4)) == zone.standard


def test_daylight_saving_rules() -> None:
    # 2022: US from March 13 to November 6; EU from March 27 to October 30.
    assert zone_offset("ET", dt.date(2022, 3, 12)) == -300
    assert zone_offset("ET", dt.date(2022, 3, 13)) == -240
    assert zone_offset("ET", dt.date(2022, 11, 5)) == -240
    assert zone_offset("ET", dt.date(2022, 11, 6)) == -300
    assert zone_offset("London time", dt.date(2022, 3, 26)) == 0
    assert zone_offset("London time", dt.date(2022, 3, 27)) == 60
    assert zone_offset("London time", dt.date(2022, 10, 30)) == 0
    assert zone_offset("ET", None) is None  # seasonal, no day: unknown
    assert zone_offset("UTC-3", None) == -180


@pytest.mark.parametrize(
    ("text", "excerpt", "start", "end", "shown"),
    [
        ("explorations of the 20th Century", "the 20th Century", 1900, 1999, "20th century"),
        ("in the nineteenth century", "the nineteenth century", 1800, 1899, "19th century"),
        ("a 21st-century army", "21st-century", 2000, 2099, "21st century"),
    ],
)
def test_centuries(text: str, excerpt: str, start: int, end: int, shown: str) -> None:
    (fact,) = [f for f in extract_text(text, MONDAY) if f.kind == "date"]
    assert fact.text == excerpt
    v = fact.value
    assert isinstance(v, DateValue) and v.granularity == "century"
    assert (v.start, v.end) == (dt.date(start, 1, 1), dt.date(end, 12, 31))
    assert format_value(v, "date") == shown
    assert [f for f in extract_text("in the 3rd century", MONDAY) if f.kind == "date"] == []


def test_a_quarter_of_a_game_is_no_date() -> None:
    facts = extract_text("He scored 10 points in the fourth quarter.", WEDNESDAY)
    assert not [f for f in facts if f.kind == "date"]


def test_this_fiscal_year_is_this_year() -> None:
    (fact,) = [f for f in extract_text("It must cut spending this fiscal year.", MONDAY) if f.kind == "date"]
    assert fact.text == "this fiscal year"
    assert (fact.value.start, fact.value.end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))  # type: ignore[union-attr]


WEDNESDAY = dt.date(2022, 1, 12)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # The verb of the date's clause, not the nearest marker of the sentence.
        ("Talks will resume on Monday, officials said.", WEDNESDAY, dt.date(2022, 1, 17)),
        ("O'Brien, fired on June 8, is seeking $6 million.", WEDNESDAY, dt.date(2021, 6, 8)),
        ("The repair is now expected in late October, but the firm warned of delays.", WEDNESDAY,
         dt.date(2022, 10, 21)),
        ("The plane will arrive on November 11, three days later than originally planned.", WEDNESDAY,
         dt.date(2022, 11, 11)),
        # A verb of saying just before the date governs it.
        ("Officials said Monday that the talks will resume.", WEDNESDAY, dt.date(2022, 1, 10)),
        ("AMD announced Wednesday it is buying SeaMicro.", dt.date(2022, 1, 13), dt.date(2022, 1, 12)),
        # A past progressive or past perfect is no future.
        ("Flames were coming from the church Friday evening.", WEDNESDAY, dt.date(2022, 1, 7)),
        ("A witness had expected to testify on Thursday.", WEDNESDAY, dt.date(2022, 1, 6)),
        # Plans reported in the past tense still point ahead; a passive "is planned" is a plan too.
        ("A bail hearing was scheduled for Friday.", WEDNESDAY, dt.date(2022, 1, 14)),
        ("A new candlelit vigil is planned for Sunday evening.", WEDNESDAY, dt.date(2022, 1, 16)),
        ("More demonstrations are planned for Monday.", WEDNESDAY, dt.date(2022, 1, 17)),
        ("He planned the attack on Monday.", WEDNESDAY, dt.date(2022, 1, 10)),
        # A span up to the date looks forward unless its verb is past.
        ("Police said officers would remain at the scene until Monday.", WEDNESDAY, dt.date(2022, 1, 17)),
        ("It has picked three firms for the program to run through June.", WEDNESDAY, dt.date(2022, 6, 1)),
        # An infinitive a few words back, or a present perfect, governs the span ("until" looks forward).
        ("The government has continued to hold all stock markets closed until Friday.", WEDNESDAY,
         dt.date(2022, 1, 14)),
        ("The qualifier has been postponed until 15:00 GMT Saturday.", WEDNESDAY, dt.date(2022, 1, 15)),
        ("The match was postponed on Monday.", WEDNESDAY, dt.date(2022, 1, 10)),
        ("The road remained closed until Monday.", WEDNESDAY, dt.date(2022, 1, 10)),
        # Irregular past forms are past ("rose", "struck", "fled").
        ("Sales rose in July.", WEDNESDAY, dt.date(2021, 7, 1)),
        ("The quake struck at 4:30 p.m. Sunday.", WEDNESDAY, dt.date(2022, 1, 9)),
        # A quarter without its year: around the publication, in the tense's direction.
        ("Sales fell in the third quarter.", WEDNESDAY, dt.date(2021, 7, 1)),
        ("Ford's third-quarter results show progress.", dt.date(2022, 11, 2), dt.date(2022, 7, 1)),
        ("GM lost $2 billion in the final quarter of 2009.", WEDNESDAY, dt.date(2009, 10, 1)),
        # A month or quarter of a year named relatively: one date.
        ("He announced cuts in November of last year.", WEDNESDAY, dt.date(2021, 11, 1)),
        ("The plant opens in March next year.", WEDNESDAY, dt.date(2023, 3, 1)),
        ("GM reported a loss in the first quarter of last year.", WEDNESDAY, dt.date(2021, 1, 1)),
        # A part of a year it does not name: the article's year, else by tense.
        ("The firm expects to break even by the end of the year.", WEDNESDAY, dt.date(2022, 9, 1)),
        ("Its shares are cheaper at the end of the year.", WEDNESDAY, dt.date(2022, 9, 1)),
        ("The outbreak peaked by the end of year.", WEDNESDAY, dt.date(2021, 9, 1)),
        ("Sales rose at the beginning of the year.", dt.date(2022, 5, 4), dt.date(2022, 1, 1)),
        # A quarter counted from the publication's, in business copy.
        ("Profits rose 78 percent during the last quarter.", dt.date(2022, 1, 12), dt.date(2021, 10, 1)),
        ("Sales will rise next quarter.", dt.date(2022, 5, 4), dt.date(2022, 7, 1)),
        ("Revenue this quarter is expected to fall.", dt.date(2022, 5, 4), dt.date(2022, 4, 1)),
    ],
)  # fmt: skip
def test_tense_from_the_governing_verb(text: str, published: dt.date, start: dt.date) -> None:
    dates = [f for f in extract_text(text, published) if f.kind == "date"]
    assert dates, text
    assert dates[0].value.start == start, (text, dates[0].text, dates[0].value)  # type: ignore[union-attr]


def test_a_cached_reading_placed_elsewhere_equals_a_freshly_built_expression() -> None:
    # _placed skips the frozen __init__ for speed: it must give the very
    # object replace() would, field for field and in field order.
    from compare.extract.date_words import date_words
    from compare.extract.times import _ago_reading, _placed

    reading = _ago_reading("two", "Days", "later", date_words(lexicon()))
    assert reading is not None
    placed = _placed(reading, 15, 29)
    built = replace(reading, start=15, end=29)
    assert placed == built and repr(placed) == repr(built) and hash(placed) == hash(built)
    assert list(vars(placed).items()) == list(vars(built).items())
    assert reading.start == 0  # the cached reading itself is untouched
    first, second = find_times("two days later and two days later")
    assert (first.start, first.end, second.start, second.end) == (0, 14, 19, 33)
    assert first.offset == second.offset == (2.0, "day") and first.relation == "discourse"


def test_the_full_date_pattern_is_still_exported_and_finds_what_the_scan_finds() -> None:
    from compare.extract import times

    text = "On 3 March 2022, two days later, the next day, yesterday."
    found = [(m.start(), m.end()) for m in times.time_pattern(lexicon()).finditer(text)]
    assert found == [(t.start, t.end) for t in find_times(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The end of the year-long drought came in May.",
        "He scored 10 points in the last quarter.",  # a game's quarter
        # A year named just before may be the one meant: no guess.
        "The plant was sold in 2009. By the end of the year it had closed.",
    ],
)
def test_a_part_of_a_year_that_cannot_be_placed_is_no_date(text: str) -> None:
    assert not [f for f in extract_text(text, WEDNESDAY) if "end of" in f.text or "quarter" in f.text]


def test_zone_names_are_the_documents_language(tmp_path: Path) -> None:
    """Issue 15: the zone table comes from the lexicon the text is read with, not from en/."""
    folder = tmp_path / "xx"
    with resources.as_file(resources.files("compare.lang").joinpath("en")) as english:
        shutil.copytree(english, folder)
    table = folder / "zones.toml"
    zeta = table.read_text("utf-8").replace("[fixed]\n", '[fixed]\n"Zeta time" = 180\n', 1)
    table.write_text(zeta, "utf-8")
    fake = read_lexicon(folder, "xx")
    text = "Talks end at 10:00 Zeta time on Monday."
    assert [e.zone for e in find_times(text, None, fake)] == ["Zeta time"]
    assert [text[e.start : e.end] for e in find_times(text, None, lexicon())] == ["10:00", "Monday"]
    [expr] = find_times(text, None, fake)
    assert expr.zone_rule is not None and expr.zone_rule.standard == 180


def _language_with_dates(tmp_path: Path, edits: list[tuple[str, str]]) -> Lexicon:
    """English's folder copied as language "xx", with ``edits`` made to its dates.toml."""
    folder = tmp_path / "xx"
    with resources.as_file(resources.files("compare.lang").joinpath("en")) as english:
        shutil.copytree(english, folder)
    table = folder / "dates.toml"
    text = table.read_text("utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    table.write_text(text, "utf-8")
    return read_lexicon(folder, "xx")


def _dates_in(text: str, published: dt.date, lex: Lexicon) -> list[tuple[str, dt.date | None]]:
    doc = Document(
        id="t", path="<t>", text=text, outlet="t", title="", sha256="0" * 64, story="t",
        published=published, language=lex.code,
    )  # fmt: skip
    return [(f.text, f.value.start) for f in extract_facts(doc, lex) if isinstance(f.value, DateValue)]


def test_date_words_are_the_documents_language(tmp_path: Path) -> None:
    """Issue 15 item 4 / issue 16 item 9: month and weekday names, relative-date words, tense markers
    and reporting-date cues come from the lexicon's dates.toml, not from code."""
    fake = _language_with_dates(
        tmp_path,
        [
            ('"January", "February"', '"Ianuarius", "February"'),
            ('"Monday", "Tuesday"', '"Lunae", "Tuesday"'),
            ("afterwards = [", 'hence = ["publication", 1], afterwards = ['),
            ('future = [\n    "will",', 'future = [\n    "shalt", "will",'),
            ('lead_ins = ["as of",', 'lead_ins = ["reckoned at", "as of",'),
        ],
    )
    english = lexicon()
    wednesday = dt.date(2022, 1, 12)
    # Names: read in the language that has them, and only there.
    text = "Talks opened on 9 Ianuarius 2022 and ended on Lunae."
    assert _dates_in(text, wednesday, fake) == [
        ("9 Ianuarius 2022", dt.date(2022, 1, 9)), ("Lunae", dt.date(2022, 1, 10)),
    ]  # fmt: skip
    assert _dates_in(text, wednesday, english) == [("2022", dt.date(2022, 1, 1))]  # the year alone
    assert _dates_in("It ends two days hence.", wednesday, fake) == [("two days hence", dt.date(2022, 1, 14))]
    assert _dates_in("It ends two days hence.", wednesday, english) == []
    # Tense markers: "shalt" looks forward in xx; in English the weekday looks back.
    envoys = "The envoys shalt meet on Friday."
    assert _dates_in(envoys, wednesday, fake) == [("Friday", dt.date(2022, 1, 14))]
    assert _dates_in(envoys, wednesday, english) == [("Friday", dt.date(2022, 1, 7))]
    # Reporting-date cues: the figure was true on the date the language's cue introduces.
    doc_text = "The toll, reckoned at Lunae, was 40 dead."
    doc = Document(
        id="t", path="<t>", text=doc_text, outlet="t", title="", sha256="0" * 64, story="t",
        published=wednesday, language="xx",
    )  # fmt: skip
    [count] = [f for f in extract_facts(doc, fake) if f.kind == "count"]
    assert count.as_of == dt.date(2022, 1, 10)
    # English knows Monday but not the cue: the figure is as of the publication.
    monday = replace(doc, text=doc_text.replace("Lunae", "Monday"), language="en")
    [count] = [f for f in extract_facts(monday, english) if f.kind == "count"]
    assert count.as_of == wednesday


def test_meridiems_and_area_words_are_the_documents_language(tmp_path: Path) -> None:
    """Issue 15 item 4: a.m./p.m. and the "sq"/"square" words after a year come from dates.toml."""
    fake = _language_with_dates(
        tmp_path,
        [('"p.m." = 12', '"e.m." = 12'), ('unit_modifiers = ["sq",', 'unit_modifiers = ["kubik", "sq",')],
    )
    text = "The rally began at 8 e.m. and at 9 E.M. on a site of 2000 kubik m."
    read = [(text[e.start : e.end], e.hour, e.year) for e in find_times(text, None, fake)]
    assert read == [("8 e.m.", 20, None), ("9 E.M.", 21, None)]  # 2000 is a measure, not a year
    english = [(text[e.start : e.end], e.hour, e.year) for e in find_times(text, None, lexicon())]
    assert english == [("2000", None, 2000)]  # no "e.m."; "kubik" is no unit modifier in English


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"January", "February", ', "", "names: expected 12 names"),
        ("fortnight = \"fortnight\" }", "fortnight = \"sennight\" }", "units.fortnight"),
        ("ago = [\"publication\", -1]", "ago = [\"publication\", -2]", "after.ago"),
        ("regular_stem = 3", "regular_stem = \"three\"", "regular_stem"),
        ('article_seasons = ["spring",', 'article_seasons = ["monsoon", "spring",', "article_seasons"),
        ('"early in the day", "earlier', '3, "earlier', "in_the_day"),
        ('"Halloween" = [10, 31]', '"Halloween" = [2, 30]', "Halloween"),
        ('"p.m." = 12', '"pm" = 12', "meridiems.pm"),
    ],
)
def test_a_malformed_dates_file_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    from compare.extract.date_words import date_words

    fake = _language_with_dates(tmp_path, [(old, new)])
    with pytest.raises(ValueError, match=r"compare/lang/xx/dates\.toml: .*" + re.escape(message)):
        date_words(fake)


# Dates a reader places as an interval, each with its text, publication date and interval (issue 16 item 8;
# MEANTIME's "the same period last year"). benchmarks/constructs.py scores these rows too.
INTERVAL_ROWS = [
    # The period of the last date the text gave, a year away.
    ("Sales fell 35% in January, compared to the same month a year ago.", "the same month a year ago",
     dt.date(2009, 2, 3), dt.date(2008, 1, 1), dt.date(2008, 1, 31)),
    ("Sales rose 43% in February compared to the same period last year.", "the same period last year",
     dt.date(2010, 3, 2), dt.date(2009, 2, 1), dt.date(2009, 2, 28)),
    ("Profit rose in the third quarter of 2010; in the same period a year earlier it fell.",
     "the same period a year earlier", dt.date(2010, 10, 20), dt.date(2009, 7, 1), dt.date(2009, 9, 30)),
    ("Revenue fell in the fourth quarter, but rose in the same quarter last year.",
     "the same quarter last year", dt.date(2022, 1, 12), dt.date(2020, 10, 1), dt.date(2020, 12, 31)),
    ("Shares rose on Monday. The same day a year earlier they fell.", "The same day a year earlier",
     dt.date(2022, 1, 12), dt.date(2021, 1, 10), dt.date(2021, 1, 10)),
    ("They met on February 29, 2008 and again on the same day a year later.", "the same day a year later",
     dt.date(2022, 1, 12), dt.date(2009, 2, 28), dt.date(2009, 2, 28)),
    # "the same period" alone: the last date's own interval.
    ("Sales rose in February 2008. In the same period, costs fell.", "the same period",
     dt.date(2022, 1, 12), dt.date(2008, 2, 1), dt.date(2008, 2, 29)),
    # Quarters counted from the publication's or from the last date.
    ("Sales rose in the current quarter, the company said.", "current quarter",
     dt.date(2022, 5, 4), dt.date(2022, 4, 1), dt.date(2022, 6, 30)),
    ("Profits rose in the first quarter of 2020. Sales fell in the following quarter.",
     "the following quarter", dt.date(2022, 1, 12), dt.date(2020, 4, 1), dt.date(2020, 6, 30)),
    # A quarter or a half of a year named or counted from the publication.
    ("Water levels rose in the third quarter of last year.", "the third quarter of last year",
     dt.date(2022, 5, 12), dt.date(2021, 7, 1), dt.date(2021, 9, 30)),
    ("The deal is expected to close in the second half of 2012.", "the second half of 2012",
     dt.date(2012, 3, 1), dt.date(2012, 7, 1), dt.date(2012, 12, 31)),
    ("Profits fell in H1 2021 and rose in 2021 H2.", "2021 H2",
     dt.date(2022, 5, 12), dt.date(2021, 7, 1), dt.date(2021, 12, 31)),
    ("Deliveries rose in the second half of last year.", "the second half of last year",
     dt.date(2022, 5, 12), dt.date(2021, 7, 1), dt.date(2021, 12, 31)),
    # Quarters written short, and the quarter of a business year with no year.
    ("Profit rose in 3Q24.", "3Q24", dt.date(2024, 11, 6), dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("Profit rose in the third quarter.", "the third quarter",
     dt.date(2024, 11, 6), dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    # A year of accounts: every convention's months (dates.toml [fiscal]), February before to March after.
    ("Revenue rose 8% in fiscal 2023.", "fiscal 2023",
     dt.date(2024, 3, 1), dt.date(2022, 2, 1), dt.date(2024, 3, 31)),
    ("Revenue rose in fiscal year 2023.", "fiscal year 2023",
     dt.date(2024, 3, 1), dt.date(2022, 2, 1), dt.date(2024, 3, 31)),
    ("Sales rose in FY2024.", "FY2024", dt.date(2024, 11, 6), dt.date(2023, 2, 1), dt.date(2025, 3, 31)),
    ("Sales rose in FY24.", "FY24", dt.date(2024, 11, 6), dt.date(2023, 2, 1), dt.date(2025, 3, 31)),
    ("Sales fell in the 2023 fiscal year.", "2023 fiscal year",
     dt.date(2024, 3, 1), dt.date(2022, 2, 1), dt.date(2024, 3, 31)),
    ("Sales will rise in the first half of the year.", "the first half of the year",
     dt.date(2022, 5, 12), dt.date(2022, 1, 1), dt.date(2022, 6, 30)),
    # A part of a year counted from the publication (MEANTIME "the start of this year").
    ("The Dow has fallen 15 percent since the start of this year.", "the start of this year",
     dt.date(2009, 10, 9), dt.date(2009, 1, 1), dt.date(2009, 4, 30)),
    ("The plant will open by the end of next year.", "the end of next year",
     dt.date(2022, 5, 12), dt.date(2023, 9, 1), dt.date(2023, 12, 31)),
    ("Sales fell at the beginning of last year.", "the beginning of last year",
     dt.date(2022, 5, 12), dt.date(2021, 1, 1), dt.date(2021, 4, 30)),
    # A year without its century (MEANTIME "since '82"): the latest such year at most ten years ahead.
    ("Nikkei at lowest level since '82", "'82",
     dt.date(2008, 10, 27), dt.date(1982, 1, 1), dt.date(1982, 12, 31)),
    ("The phone comes in early ’09, T-Mobile said.", "early ’09",
     dt.date(2008, 11, 3), dt.date(2009, 1, 1), dt.date(2009, 4, 30)),
    ("Prices peaked in mid-'08 and fell in late '09.", "late '09",
     dt.date(2013, 3, 15), dt.date(2009, 9, 1), dt.date(2009, 12, 31)),
    ("She is a member of the class of '15.", "'15",
     dt.date(2013, 3, 15), dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
    # A decade without its century: the latest that begins by the publication year.
    ("Prices soared in the '90s.", "the '90s",
     dt.date(2013, 3, 15), dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
    ("It happened in the late '80s.", "the late '80s", dt.date(2013, 3, 15), dt.date(1987, 1, 1),
     dt.date(1989, 12, 31)),
    ("Her shots are '50s exotica.", "'50s",
     dt.date(2008, 12, 12), dt.date(1950, 1, 1), dt.date(1959, 12, 31)),
    ("The '20s roared.", "'20s", dt.date(2013, 3, 15), dt.date(1920, 1, 1), dt.date(1929, 12, 31)),
    ("The '20s began with a pandemic.", "'20s",
     dt.date(2026, 3, 15), dt.date(2020, 1, 1), dt.date(2029, 12, 31)),
    ("It rid Detroit of the boxy cars of the 70s and 80s.", "the 70s", dt.date(2006, 10, 27),
     dt.date(1970, 1, 1), dt.date(1979, 12, 31)),
    ("It rid Detroit of the boxy cars of the 70s and 80s.", "80s", dt.date(2006, 10, 27),
     dt.date(1980, 1, 1), dt.date(1989, 12, 31)),
    ("She starred in MGM musicals of the 1940s and '50s.", "'50s", dt.date(2013, 6, 7),
     dt.date(1950, 1, 1), dt.date(1959, 12, 31)),
    ("In the late 90s Reid was a pop princess.", "the late 90s", dt.date(2008, 12, 12),
     dt.date(1997, 1, 1), dt.date(1999, 12, 31)),
    # A season after "in the": its year chosen by tense, as for a month without its year.
    ("Talks resumed in the spring.", "the spring",
     dt.date(2022, 10, 12), dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
    ("Talks will resume in the summer.", "the summer", dt.date(2022, 1, 12), dt.date(2022, 6, 1),
     dt.date(2022, 8, 31)),
    ("The dam burst during the winter.", "the winter", dt.date(2022, 5, 12), dt.date(2021, 12, 1),
     dt.date(2022, 2, 28)),
    ("They met in the summer of last year.", "the summer of last year", dt.date(2022, 5, 12),
     dt.date(2021, 6, 1), dt.date(2021, 8, 31)),
    ("During the spring of 1977 the coach invited his staff.", "the spring of 1977", dt.date(2022, 5, 12),
     dt.date(1977, 3, 1), dt.date(1977, 5, 31)),
    # "over the weekend": the Saturday and Sunday before or after the publication, by tense.
    ("Three people were killed in attacks over the weekend.", "the weekend",
     dt.date(2022, 1, 10), dt.date(2022, 1, 8), dt.date(2022, 1, 9)),
    ("Talks will continue over the weekend.", "the weekend",
     dt.date(2022, 1, 12), dt.date(2022, 1, 15), dt.date(2022, 1, 16)),
    ("Protests are planned for the weekend.", "the weekend",
     dt.date(2022, 1, 12), dt.date(2022, 1, 15), dt.date(2022, 1, 16)),
    ("The quake killed 398 people at the weekend.", "the weekend",
     dt.date(2022, 1, 9), dt.date(2022, 1, 8), dt.date(2022, 1, 9)),
    # A holiday on a fixed day: that day, its year written or chosen by tense as for "December 25".
    ("The tsunami struck on Boxing Day 2004.", "Boxing Day 2004",
     dt.date(2022, 1, 12), dt.date(2004, 12, 26), dt.date(2004, 12, 26)),
    ("He was killed on Christmas Day.", "Christmas Day",
     dt.date(2022, 1, 12), dt.date(2021, 12, 25), dt.date(2021, 12, 25)),
    ("Fireworks were launched on New Year\u2019s Eve.", "New Year\u2019s Eve",
     dt.date(2022, 1, 12), dt.date(2021, 12, 31), dt.date(2021, 12, 31)),
    ("Parades on the Fourth of July drew crowds.", "Fourth of July",
     dt.date(2022, 1, 12), dt.date(2021, 7, 4), dt.date(2021, 7, 4)),
    ("The Christmas Day 2011 attack killed 37.", "Christmas Day 2011",
     dt.date(2022, 1, 12), dt.date(2011, 12, 25), dt.date(2011, 12, 25)),
    # A holiday whose day moves with the year: its day in the year written or chosen by tense.
    ("Churches were packed on Easter Sunday.", "Easter Sunday",
     dt.date(2024, 4, 5), dt.date(2024, 3, 31), dt.date(2024, 3, 31)),
    ("Markets will close on Good Friday.", "Good Friday",
     dt.date(2025, 4, 1), dt.date(2025, 4, 18), dt.date(2025, 4, 18)),
    ("The bombings came on Easter Sunday 2019.", "Easter Sunday 2019",
     dt.date(2022, 1, 12), dt.date(2019, 4, 21), dt.date(2019, 4, 21)),
    ("The truce was agreed before Easter.", "Easter",
     dt.date(2024, 5, 2), dt.date(2024, 3, 31), dt.date(2024, 3, 31)),
    ("Ukrainians marked Orthodox Easter under curfew.", "Orthodox Easter",
     dt.date(2022, 4, 26), dt.date(2022, 4, 24), dt.date(2022, 4, 24)),
    ("Families gathered over Thanksgiving.", "Thanksgiving",
     dt.date(2023, 11, 27), dt.date(2023, 11, 23), dt.date(2023, 11, 23)),
    ("The parade will be held on Thanksgiving Day.", "Thanksgiving Day",
     dt.date(2024, 11, 12), dt.date(2024, 11, 28), dt.date(2024, 11, 28)),
    ("Beaches were crowded on Memorial Day.", "Memorial Day",
     dt.date(2024, 6, 3), dt.date(2024, 5, 27), dt.date(2024, 5, 27)),
    ("The strike began on Labor Day.", "Labor Day",
     dt.date(2023, 9, 10), dt.date(2023, 9, 4), dt.date(2023, 9, 4)),
    ("Flowers sold out before Mother's Day.", "Mother's Day",
     dt.date(2024, 5, 20), dt.date(2024, 5, 12), dt.date(2024, 5, 12)),
    ("Offices closed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
     dt.date(2024, 1, 20), dt.date(2024, 1, 15), dt.date(2024, 1, 15)),
    ("Lent began on Ash Wednesday 2024.", "Ash Wednesday 2024",
     dt.date(2024, 3, 1), dt.date(2024, 2, 14), dt.date(2024, 2, 14)),
    # A fixed holiday's first word up to an apostrophe or a full stop leads in.
    ("Flowers were delivered on Valentine\u2019s Day.", "Valentine\u2019s Day",
     dt.date(2022, 3, 1), dt.date(2022, 2, 14), dt.date(2022, 2, 14)),
    ("The parade on St. Patrick's Day drew crowds.", "St. Patrick's Day",
     dt.date(2022, 3, 20), dt.date(2022, 3, 17), dt.date(2022, 3, 17)),
    # A range of whole months: one interval, the year written being the last month's.
    ("Sales rose from January to March 2021.", "January to March 2021",
     dt.date(2022, 1, 10), dt.date(2021, 1, 1), dt.date(2021, 3, 31)),
    ("Sales in January-March 2021 rose.", "January-March 2021",
     dt.date(2022, 1, 10), dt.date(2021, 1, 1), dt.date(2021, 3, 31)),
    ("Snow fell from November to February 2021.", "November to February 2021",
     dt.date(2022, 1, 10), dt.date(2020, 11, 1), dt.date(2021, 2, 28)),
    ("Revenue in the July-September quarter rose.", "July-September",
     dt.date(2024, 11, 12), dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    # A period of whole months named by its end, or by the year it opens or closes.
    ("Profit fell in the quarter ended September 30.", "the quarter ended September 30",
     dt.date(2022, 1, 10), dt.date(2021, 7, 1), dt.date(2021, 9, 30)),
    ("Sales rose in the three months to September.", "the three months to September",
     dt.date(2022, 1, 10), dt.date(2021, 7, 1), dt.date(2021, 9, 30)),
    ("Inflation was 10% in the year to March 2021.", "the year to March 2021",
     dt.date(2022, 1, 10), dt.date(2020, 4, 1), dt.date(2021, 3, 31)),
    ("Sales rose in the six months ending June 30, 2021.", "the six months ending June 30, 2021",
     dt.date(2022, 1, 10), dt.date(2021, 1, 1), dt.date(2021, 6, 30)),
    ("Revenue for the first nine months of 2021 rose.", "the first nine months of 2021",
     dt.date(2022, 1, 10), dt.date(2021, 1, 1), dt.date(2021, 9, 30)),
    ("Sales rose in the last two quarters of last year.", "the last two quarters of last year",
     dt.date(2022, 1, 10), dt.date(2021, 7, 1), dt.date(2021, 12, 31)),
    # A month after a possessive determiner.
    ("Ford reported its January sales on Tuesday.", "January",
     dt.date(2009, 2, 3), dt.date(2009, 1, 1), dt.date(2009, 1, 31)),
    ("Fat Tuesday parades filled the streets.", "Fat Tuesday",
     dt.date(2024, 2, 20), dt.date(2024, 2, 13), dt.date(2024, 2, 13)),
    # "Q3" without its year, as "the third quarter": where business is spoken of, its year by tense.
    ("Q3 revenue rose 5%.", "Q3", dt.date(2024, 11, 12), dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("Sales rose in Q4 of 2023.", "Q4 of 2023", dt.date(2024, 11, 12), dt.date(2023, 10, 1),
     dt.date(2023, 12, 31)),
    # Decades ago: about the year that many decades before the publication, two years either side (a
    # decade is a round number), not the decade it falls in.
    ("It happened a decade ago.", "a decade ago",
     dt.date(2024, 11, 12), dt.date(2012, 1, 1), dt.date(2016, 12, 31)),
    ("The Soviet Union collapsed three decades ago.", "three decades ago",
     dt.date(2022, 1, 12), dt.date(1990, 1, 1), dt.date(1994, 12, 31)),
    ("A war broke out in 1961. The dam was built two decades later.", "two decades later",
     dt.date(2024, 11, 12), dt.date(1979, 1, 1), dt.date(1983, 12, 31)),
    # Years ago: that year.
    ("It happened three years ago.", "three years ago",
     dt.date(2024, 11, 12), dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
    # The day the text gave last (a market report's trading day, an event's day).
    ("October 10, 2008 Following a large fall at the start of the day, the Dow recovered.",
     "the start of the day", dt.date(2008, 10, 10), dt.date(2008, 10, 10), dt.date(2008, 10, 10)),
    ("The Dow fell on Monday, but rebounded late in the day.", "late in the day", dt.date(2022, 1, 12),
     dt.date(2022, 1, 10), dt.date(2022, 1, 10)),
    ("On Friday the index gained 155 points to end the day at 9505.96.", "the day", dt.date(2022, 1, 12),
     dt.date(2022, 1, 7), dt.date(2022, 1, 7)),
    ("A bridge collapsed on Sunday. Later in the day, the toll rose to 50.", "Later in the day",
     dt.date(2022, 1, 12), dt.date(2022, 1, 9), dt.date(2022, 1, 9)),
    # A comma spaced off its words (tokenised text, ECB+) still joins the year to the day or month,
    # not the next such day after the publication and a lone year.
    ("Police said on June 24 , 2005 , that he was shot.", "June 24 , 2005",
     dt.date(2007, 3, 20), dt.date(2005, 6, 24), dt.date(2005, 6, 24)),
    ("The ship was freed on 24 June , 2005 .", "24 June , 2005",
     dt.date(2007, 3, 20), dt.date(2005, 6, 24), dt.date(2005, 6, 24)),
    # A month, a comma or "of", and its year: that month of that year, not the month nearest the
    # publication and a lone year.
    ("In March, 2005, the plant closed.", "March, 2005",
     dt.date(2022, 1, 12), dt.date(2005, 3, 1), dt.date(2005, 3, 31)),
    ("He was born in April of 1987.", "April of 1987",
     dt.date(2022, 1, 12), dt.date(1987, 4, 1), dt.date(1987, 4, 30)),
    # A weekday before the date it falls on is part of it, not also the weekday of the publication's week.
    ("They met on Tuesday, March 7, to discuss the plan.", "Tuesday, March 7",
     dt.date(2017, 3, 10), dt.date(2017, 3, 7), dt.date(2017, 3, 7)),
    ("The vote took place on Friday 12 May.", "Friday 12 May",
     dt.date(2017, 5, 20), dt.date(2017, 5, 12), dt.date(2017, 5, 12)),
    # A price before a date is no day of it ("$12 December 27" is not 12 December).
    ("He paid $12 December 27.", "December 27",
     dt.date(2022, 1, 12), dt.date(2021, 12, 27), dt.date(2021, 12, 27)),
    # A week named by a day in it (Monday to Sunday), or the first or last seven days of a month or year.
    ("Talks were held the week of April 10.", "the week of April 10",
     dt.date(2017, 5, 1), dt.date(2017, 4, 10), dt.date(2017, 4, 16)),
    ("Car sales rebounded in the last week of March.", "the last week of March",
     dt.date(2009, 4, 3), dt.date(2009, 3, 25), dt.date(2009, 3, 31)),
    ("It snowed in the first week of 2015.", "the first week of 2015",
     dt.date(2022, 1, 12), dt.date(2015, 1, 1), dt.date(2015, 1, 7)),
    # An adjective of its own noun ("the next 10 years") does not set the tense of another date in the
    # clause: "appealed" does (UN News, 1 April 2010: the quake of 12 January 2010, not 2011).
    ("Opening the conference earlier, Ban appealed to donors to provide $11.5 million over the next 10 "
     "years to help the Caribbean nation recover and rebuild after the 12 January quake.",
     "the 12 January", dt.date(2010, 4, 1), dt.date(2010, 1, 12), dt.date(2010, 1, 12)),
    ("I will be away the last week of July.", "the last week of July",
     dt.date(2018, 3, 1), dt.date(2018, 7, 25), dt.date(2018, 7, 31)),
    # "41 years later" set off after "This morning" names this morning: counting 41 years from this
    # morning would be 2063; the date before is no anchor to trust either, so it stays unresolved.
    ("He killed two women 41 years ago. This morning, 41 years later, he was arrested.", "41 years later",
     dt.date(2022, 1, 12), None, None),
    # A part of a year or month counted from the publication ("early this year" as "early 2013" is).
    ("Prices rose early this year.", "early this year",
     dt.date(2013, 3, 14), dt.date(2013, 1, 1), dt.date(2013, 4, 30)),
    ("The plant closed late last year.", "late last year",
     dt.date(2013, 3, 14), dt.date(2012, 9, 1), dt.date(2012, 12, 31)),
    ("Talks resume late next month.", "late next month",
     dt.date(2013, 3, 14), dt.date(2013, 4, 21), dt.date(2013, 4, 30)),
    ("He leaves at the start of next month.", "the start of next month",
     dt.date(2013, 3, 14), dt.date(2013, 4, 1), dt.date(2013, 4, 10)),
    # "the end of the month": the month around the publication, by tense (as "the end of the year").
    ("The plant will close by the end of the month.", "the end of the month",
     dt.date(2013, 3, 14), dt.date(2013, 3, 21), dt.date(2013, 3, 31)),
    ("Sales fell at the end of the month.", "the end of the month",
     dt.date(2013, 3, 14), dt.date(2013, 2, 21), dt.date(2013, 2, 28)),
    ("Talks are set for the middle of March.", "the middle of March",
     dt.date(2013, 3, 1), dt.date(2013, 3, 11), dt.date(2013, 3, 20)),
    # The tense of a month without its year, as a reader takes it (issue 16.8, session 20).
    # "set for" plans a date ...
    ("Milei finished second, with the country now set for a run-off vote in November.", "November",
     dt.date(2023, 10, 23), dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
    # ... so does "would" (news reports plans in reported speech) ...
    ("The bank warned that the economy would shrink from September for more than a year.", "September",
     dt.date(2022, 8, 5), dt.date(2022, 9, 1), dt.date(2022, 9, 30)),
    # ... but not "expected" after "than": a comparison, not a plan.
    ("It is expected to rise, after rising more than expected in June.", "June",
     dt.date(2022, 8, 4), dt.date(2022, 6, 1), dt.date(2022, 6, 30)),
    # "since" reaches back to the date, whatever the verb; "starting" reaches forward.
    ("The members, who have been on strike since September 13, will start returning.", "September 13",
     dt.date(2024, 11, 5), dt.date(2024, 9, 13), dt.date(2024, 9, 13)),
    # An explicit "last" is a year back even 337 days from the publication.
    ("Sales fell short of the prediction of 2 million units, made last January.", "January",
     dt.date(2024, 1, 3), dt.date(2023, 1, 1), dt.date(2023, 1, 31)),
    ("Robert Lewandowski left for Barcelona last summer.", "last summer",
     dt.date(2023, 8, 11), dt.date(2022, 6, 1), dt.date(2022, 8, 31)),
    # "the day before" at the end of a clause: the day before the last date the text gave ...
    ("The building collapsed on Wednesday. Cracks had been found in it the day before.", "the day before",
     dt.date(2013, 4, 25), dt.date(2013, 4, 23), dt.date(2013, 4, 23)),
    ("A plane crashed near Sao Paulo on Friday. It had left Cascavel the day before, carrying 62 people.",
     "the day before", dt.date(2024, 8, 10), dt.date(2024, 8, 8), dt.date(2024, 8, 8)),
    # ... and, with no date before it, counted from the publication (so is "the following week").
    ("What happened the day before?", "the day before",
     dt.date(2018, 11, 8), dt.date(2018, 11, 7), dt.date(2018, 11, 7)),
    ("Please schedule something for the following week.", "the following week",
     dt.date(2018, 7, 31), dt.date(2018, 8, 6), dt.date(2018, 8, 12)),
]  # fmt: skip


def test_the_day_before_an_event_is_no_date_of_its_own() -> None:
    # "the day before the vote" is counted from the vote, "the day before yesterday" from yesterday.
    for text in ("The day before the vote, he left.", "He left the day before yesterday."):
        dates = [f.text.lower() for f in extract_text(text, MONDAY) if f.kind == "date"]
        assert "the day before" not in dates


def test_the_end_of_the_month_after_a_named_month_is_not_read() -> None:
    # The month named just before may be the one meant: no month is read rather than a wrong one.
    text = "It opened in March. By the end of the month it had closed."
    assert [f.text for f in extract_text(text, dt.date(2013, 5, 14)) if f.kind == "date"] == ["March"]


def test_a_period_of_something_else_is_no_date() -> None:
    # "the last week of the campaign" is no week counted from the publication ("last week").
    for text in ("Votes were counted in the last week of the campaign.", "in the last year of his term"):
        assert [f.text for f in extract_text(text, MONDAY) if f.kind == "date"] == []
    # ... but "the last year of" a sum is last year.
    [fact] = [f for f in extract_text("It posted a profit for the last year of $2.7 billion.", MONDAY)
              if f.kind == "date"]  # fmt: skip
    assert (fact.text, fact.value.start) == ("last year", dt.date(2021, 1, 1))  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "date_text", "published", "start", "end"), INTERVAL_ROWS)
def test_dates_placed_as_intervals(
    text: str, date_text: str, published: dt.date, start: dt.date | None, end: dt.date | None
) -> None:
    [fact] = [f for f in extract_text(text, published) if f.kind == "date" and f.text == date_text]
    assert (fact.value.start, fact.value.end) == (start, end)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Sales in the same period were flat.",  # no date before it: no period to repeat
        "Sales rose in March. In the next period, costs fell.",  # a period counted in periods: none
    ],
)
def test_a_period_with_nothing_to_repeat_is_unresolved(text: str) -> None:
    [fact] = [f for f in extract_text(text, WEDNESDAY) if f.kind == "date" and "period" in f.text]
    assert fact.value.start is None and fact.value.anchor == "unresolved"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # "<n> <unit> later than ..." compares two dates: a delay, not a date counted from the last one.
        ("The plane arrives on November 11, three days later than originally planned.", dt.date(2005, 11, 1),
         [("November 11", dt.date(2005, 11, 11))]),
        ("The season started about a month earlier than usual.", WEDNESDAY, []),
        # Without "than" it is a date counted from the last date the text gave.
        ("The plane arrived on November 11. Three days later it left.", dt.date(2005, 12, 1),
         [("November 11", dt.date(2005, 11, 11)), ("Three days later", dt.date(2005, 11, 14))]),
    ],
)  # fmt: skip
def test_later_than_is_a_comparison_not_a_date(
    text: str, published: dt.date, dates: list[tuple[str, dt.date]]
) -> None:
    found = [(f.text, f.value.start) for f in extract_text(text, published) if isinstance(f.value, DateValue)]
    assert found == dates


@pytest.mark.parametrize(
    "text",
    [
        "He scored twice in the second half.",  # a match's half
        "The second half of the match was dull.",
        "The first half of the book is about 1990.",
    ],
)
def test_a_half_without_its_year_is_no_date(text: str) -> None:
    assert not [f for f in extract_text(text, WEDNESDAY) if f.kind == "date" and "half" in f.text]


@pytest.mark.parametrize(
    "text",
    [
        # A decade without an apostrophe is none near a temperature, a score, a speed or an age.
        "Highs will be in the 70s on Friday.",
        "Temperatures rose into the mid-90s.",
        "His approval rating is in the 40s.",
        "Winds gusted in the 60s mph.",
        # Two digits after a quote that opens on a number, a height, a number of the text.
        "He said '20 people died' in the attack.",
        "The centre is 6'11 tall.",
        "Shares fell to '82.5 points'.",
        # "the <season>" that is no season of a year.
        "He was injured in the fall from the roof.",
        "In the Winter Olympics he won gold.",
        "It was the summer of love.",
        "The summer was hot.",  # no preposition: a topic, not a time
        # "the day" that is no day the text gave ("The day before, he was arrested." is the day
        # before the last date given: test_dates_placed_as_intervals).
        "The day before the vote, he was arrested.",
        "To this day nobody knows.",
        "At the end of the day, it is about trust.",
        "It was the day's biggest story.",
        # "the weekend" with no word that makes it a time, or another weekend named after it.
        "The weekend was quiet.",
        "The weekend's violence left five dead.",
        "Voters rallied over the weekend before the vote.",
        # "Christmas" alone is a season as often as a day; "New York" is no "New Year's Day".
        "Sales rose over Christmas.",
        "New York police said on Friday.",
        # A holiday's name that names something else ("Easter Island", "the Easter Rising").
        "He sailed to Easter Island.",
        "The Easter Rising failed.",
        "Easter eggs were on sale.",
        "Thanksgiving dinner was served.",
        # A brand's model, not a quarter.
        "Audi Q3 sales rose 5%.",
        # A day's name, not a day of the publication's week.
        "Stocks marked the anniversary of Black Monday.",
        "Protesters remembered Bloody Sunday.",
        "Candidates campaigned before Super Tuesday.",
    ],
)
def test_short_years_seasons_and_the_day_that_are_no_dates(text: str) -> None:
    found = [f.text for f in extract_text(text, WEDNESDAY) if isinstance(f.value, DateValue)]
    dated = re.compile(r"\d|summer|fall|winter|day\b|weekend|Easter|Thanksgiving")
    assert not [t for t in found if dated.search(t) and t != "Friday"], found


@pytest.mark.parametrize(
    ("text", "date_text", "start"),
    [
        ("POSTED MARCH 13, 2013", "MARCH 13, 2013", dt.date(2013, 3, 13)),
        ("KABUL, SEPT. 3, 2021 (AFP) - Gunmen attacked.", "SEPT. 3, 2021", dt.date(2021, 9, 3)),
        ("FLOODS HIT THE NORTH IN JULY 2021", "JULY 2021", dt.date(2021, 7, 1)),
    ],
)
def test_a_month_in_capitals_with_a_day_or_year_is_a_date(text: str, date_text: str, start: dt.date) -> None:
    [fact] = [f for f in extract_text(text, WEDNESDAY) if isinstance(f.value, DateValue)]
    assert (fact.text, fact.value.start) == (date_text, start)
    assert not [f for f in extract_text(text, WEDNESDAY) if f.kind == "count"]


@pytest.mark.parametrize(
    "text", ["PROTESTERS PLAN TO MARCH ON PARLIAMENT", "WE MAY SEE MORE IN THE MARCH", "A MARCH FOR PEACE"]
)
def test_a_month_in_capitals_alone_is_no_date(text: str) -> None:
    assert not [f for f in extract_text(text, WEDNESDAY) if isinstance(f.value, DateValue)]


def test_a_new_deadline_is_no_period() -> None:
    """ "extended by three months to March 31": the new deadline, not the three months before it."""
    facts = extract_text("They extended the deadline by three months to March 31.", WEDNESDAY)
    assert [f.text for f in facts if isinstance(f.value, DateValue)] == ["March 31"]


def test_a_short_year_without_a_publication_date_is_unresolved() -> None:
    [fact] = [f for f in extract_text("Nikkei at lowest level since '82", None) if f.kind == "date"]
    assert fact.text == "'82" and fact.value.start is None  # type: ignore[union-attr]
    assert fact.value.anchor == "unresolved"  # type: ignore[union-attr]


def _tense_text() -> st.SearchStrategy[str]:
    from compare.extract.date_words import date_words

    w = date_words(lexicon())
    words = [*w.past, *w.clause_words, *w.future, "ended", "needed", "bed", "wed", "reported", "pasted"]
    glue = [" ", "  ", ", ", "s", "x", "ed", "-", "9", "é"]
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(glue))
    return st.lists(pieces, max_size=24).map("".join)


@settings(max_examples=300, deadline=None)
@given(_tense_text())
def test_the_tense_markers_factored_by_prefix_match_as_the_flat_alternation(text: str) -> None:
    # resolve's past and clause-break patterns are built with words.trie_pattern for speed: the
    # same matches as the alternation of the words, longest first, that they replaced.
    from compare.extract.date_words import date_words, phrases
    from compare.extract.resolve import tense_words

    w = date_words(lexicon())
    t = tense_words()
    regular = rf"[a-z]{{{w.regular_stem},}}{re.escape(w.regular_ending)}"
    past = re.compile(rf"\b(?:{phrases(w.past)[3:-1]}|{regular})\b")
    breaks = re.compile(rf"[,;:()\"“”]|\s[–—]\s|\b{phrases(w.clause_words)}\b")
    for flat, factored in ((past, t.past), (breaks, t.clause_break)):
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)]


# --- Reference times: when a figure was true (issue 16 item 7) -------------------------------------------
# "now", "initially", "up from 42 on Sunday" place a figure in time without being facts themselves.
# Each row: a sentence, a figure as written, its as_of (published on WEDNESDAY, 2022-01-12).
TUESDAY, MONDAY_10 = dt.date(2022, 1, 11), dt.date(2022, 1, 10)
REFERENCE_ROWS = [
    # "now" dates the figure to the publication, nearer than a day of saying
    ("The toll now stands at 300, officials said on Monday.", "300", WEDNESDAY),
    ("The storm has killed 300 people so far; 120 deaths were confirmed on Monday.", "300 people", WEDNESDAY),
    # ... and "so far" said on a day is as of that day
    ("Officials said on Monday that 300 people have died so far.", "300 people", MONDAY_10),
    # an earlier report: the day before the sentence's report
    ("Officials initially reported 120 deaths.", "120 deaths", TUESDAY),
    ("Earlier reports said 42 people had died.", "42 people", TUESDAY),
    ("The health minister had earlier reported at least 70 deaths.", "at least 70 deaths", TUESDAY),
    ("54 people died, the sheriff said, up from the previously announced death toll of 42.", "42", TUESDAY),
    ("Previously, the automaker's best offer included 23% pay increases.", "23%", TUESDAY),
    ("A previous report had reported 73 dead.", "73 dead", TUESDAY),
    # ... or after the figure, led by "according to"
    ("More than 326 people have died, and 1,042 have been injured, according to a previous report from "
     "Syria's health ministry.", "1,042", TUESDAY),
    # the day after an earlier value is its own, not the sentence's
    ("The county's death toll had climbed to 54, up from 42 on Monday.", "54", WEDNESDAY),
    ("On Tuesday the sheriff announced that the toll has climbed to 54 — up from 42 reported a day earlier.",
     "54", TUESDAY),
    ("The toll rose to 54 on Tuesday, up from 42 deaths a day earlier.", "42 deaths", MONDAY_10),
    ("The toll rose to 54 on Tuesday, up from 42 deaths a day earlier.", "54", TUESDAY),
    ("The death toll rose to 54 on Tuesday, up from 42 deaths.", "42 deaths", MONDAY_10),
    # ... whatever its granularity: its last day
    ("The toll rose to 54 on Tuesday, up from 42 deaths last week.", "42 deaths", dt.date(2022, 1, 9)),
    ("Net income came in at $26.42 billion, compared with $16.6 billion a year ago.", "$16.6 billion",
     dt.date(2021, 12, 31)),
    # what no reference time dates
    ("The previously unknown group killed 12 people.", "12 people", WEDNESDAY),
    ("Six were wounded, a lower total than earlier feared, while 153 people were rescued.", "153 people",
     WEDNESDAY),
    ("Amazon will cut 18,000 jobs, more positions than it previously announced.", "cut 18,000 jobs",
     WEDNESDAY),
    ("Floods recently killed 40 people.", "40 people", WEDNESDAY),
    ("The storm killed 40 people, more than the previous storm.", "40 people", WEDNESDAY),
    ("It killed 40 people, more than previous reports said.", "40 people", WEDNESDAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact_text", "as_of"), REFERENCE_ROWS)
def test_reference_times_date_a_figure(text: str, fact_text: str, as_of: dt.date) -> None:
    facts = [f for f in extract_text(text, WEDNESDAY) if f.text == fact_text]
    assert facts, [f.text for f in extract_text(text, WEDNESDAY)]
    assert facts[0].as_of == as_of


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The toll now stands at 300.", [("now", "PRESENT_REF")]),
        ("It is currently closed and was recently sold; more will come soon.",
         [("currently", "PRESENT_REF"), ("recently", "PAST_REF"), ("soon", "FUTURE_REF")]),
        ("So far, to date and at present.", [("so far", "PRESENT_REF"), ("to date", "PRESENT_REF"),
                                             ("at present", "PRESENT_REF")]),
        # part of a date or of another phrase: no reference time
        ("It closed a day earlier and reopened earlier this year.", []),
        ("Keep the list up to date.", []),
        ("The snow fell.", []),
    ],
)  # fmt: skip
def test_reference_times_are_read_and_are_no_facts(text: str, found: list[tuple[str, str]]) -> None:
    from compare.extract.times_reference import reference_times

    facts = extract_text(text, WEDNESDAY)
    dates = [(f.start, f.end) for f in facts if f.kind == "date"]
    refs = reference_times(text.lower(), 0, len(text), dates)
    assert [(text[r.start : r.end].lower(), r.kind) for r in refs] == found
    # never facts: nothing is extracted where a reference time stands
    assert not any(f.start < r.end and r.start < f.end for f in facts for r in refs)


def test_an_earlier_report_is_one_before_a_word_of_reporting_or_opening_the_sentence() -> None:
    from compare.extract.times_reference import reference_times

    for text, earlier in (
        ("Officials initially reported 120.", True),
        ("Initially, the count was 120.", True),
        ("A previously unknown group.", False),
        ("A previous report said 73.", True),
        ("More than previously reported.", False),
        ("It recently reported 120.", False),
    ):
        [ref] = reference_times(text.lower(), 0, len(text), [])
        assert ref.earlier_report is earlier, text


def test_previous_is_a_reference_time_only_as_an_earlier_report() -> None:
    # dates.toml [reference] earlier_report_only: "a previous report" dates a figure as an earlier
    # report; "a previous order", "previous models", "the year previous" are adjectives (MEANTIME scores
    # them as no reference time, or as a date of their own).
    from compare.extract.times_reference import reference_times

    for text, found in (
        ("A previous report said 73.", [("previous", True)]),
        ("Officials revised down a previous toll of 294.", [("previous", True)]),
        ("The previous record stood.", []),
        ("Qatar has a previous order for 2 of Airbus' A380s.", []),
        ("The 787 is more fuel efficient than previous Boeing models.", []),
        ("Costs fell to $118.3 billion, $19.8 billion less than the year previous.", []),
    ):
        refs = reference_times(text.lower(), 0, len(text), [])
        assert [(text[r.start : r.end].lower(), r.earlier_report) for r in refs] == found, text
