"""Extraction: one row per construct, plus the offset property on generated text."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.extract import extract_text
from compare.extract.quantities import _phone_hint
from compare.model import DateValue, Quantity
from compare.words import digit_runs

PUB = dt.date(2022, 1, 8)  # a Saturday

# (text, fact text, kind, stated, low, high, unit, qualifier)
QUANTITIES = [
    (
        "Russia has amassed about 100,000 troops.",
        "about 100,000 troops",
        "count",
        100000,
        90000,
        110000,
        "troop",
        "about",
    ),
    (
        "It has killed more an 13,000 people.",
        "more an 13,000 people",
        "count",
        13000,
        13000,
        None,
        "person",
        "more-than",
    ),
    (
        "It has killed more than 13,000 people.",
        "more than 13,000 people",
        "count",
        13000,
        13000,
        None,
        "person",
        "more-than",
    ),
    (
        "The U.S. gave more than $2.5 billion in aid.",
        "more than $2.5 billion",
        "money",
        2.5e9,
        2.5e9,
        None,
        "USD",
        "more-than",
    ),
    ("They pledged €300m to Kyiv.", "€300m", "money", 3e8, 3e8, 3e8, "EUR", "exact"),
    ("Prices rose 5% in a year.", "rose 5%", "percent", 5, 5, 5, "%", "up"),
    ("Turnout was 62.5 percent.", "62.5 percent", "percent", 62.5, 62.5, 62.5, "%", "exact"),
    (
        "Between 9 and 10 soldiers died.",
        "Between 9 and 10 soldiers",
        "count",
        None,
        9,
        10,
        "soldier",
        "range",
    ),
    ("Some 1\u00a0200 people fled.", "Some 1\u00a0200 people", "count", 1200, 1080, 1320, "person", "about"),
    (
        "Nearly two thousand people fled.",
        "Nearly two thousand people",
        "count",
        2000,
        1700,
        2000,
        "person",
        "nearly",
    ),
    (
        "Two and a half million people voted.",
        "Two and a half million people",
        "count",
        2.5e6,
        2.5e6,
        2.5e6,
        "person",
        "exact",
    ),
    ("A dozen journalists were detained.", "A dozen journalists", "count", 12, 12, 12, "journalist", "exact"),
    ("Dozens of people were hurt.", "Dozens of people", "count", None, 24, 99, "person", "range"),
    (
        "Tens of thousands of troops massed.",
        "Tens of thousands of troops",
        "count",
        None,
        20000,
        99999,
        "troop",
        "range",
    ),
    ("Up to 500 troops may leave.", "Up to 500 troops", "count", 500, 0, 500, "troop", "at-most"),
    ("At least 40 people died.", "At least 40 people", "count", 40, 40, None, "person", "at-least"),
    ("They spoke for two hours.", "two hours", "duration", 7200, 7200, 7200, "s", "exact"),
    ("It was a 90-minute phone call.", "90-minute", "duration", 5400, 5400, 5400, "s", "exact"),
    ("They spoke for almost an hour.", "almost an hour", "duration", 3600, 3060, 3600, "s", "nearly"),
    ("The meeting lasted 50 minutes.", "50 minutes", "duration", 3000, 3000, 3000, "s", "exact"),
    (
        "He is a 28-year veteran of the force.",
        "28-year",
        "duration",
        28 * 31556952,
        28 * 31556952,
        28 * 31556952,
        "s",
        "exact",
    ),
    ("The convoy stretched 40 km.", "40 km", "measure", 40, 40, 40, "km", "exact"),
]


@pytest.mark.parametrize("row", QUANTITIES, ids=[r[1] for r in QUANTITIES])
def test_quantity(row: tuple) -> None:
    text, span, kind, stated, low, high, unit, qualifier = row
    facts = [f for f in extract_text(text, PUB) if f.kind != "date"]
    assert [f.text for f in facts] == [span]
    v = facts[0].value
    assert isinstance(v, Quantity)
    assert facts[0].kind == kind
    assert (v.unit, v.qualifier) == (unit, qualifier)
    for got, want in ((v.stated, stated), (v.low, low), (v.high, high)):
        assert (got is None) == (want is None)
        if want is not None:
            assert got == pytest.approx(want)


# (text, published, fact text, start, end, granularity, anchor)
DATES = [
    (
        "The talks are slated for January 9-13.",
        PUB,
        "January 9-13",
        "2022-01-09",
        "2022-01-13",
        "day",
        "publication",
    ),
    (
        "They will meet on 9 and 10 January.",
        PUB,
        "9 and 10 January",
        "2022-01-09",
        "2022-01-10",
        "day",
        "publication",
    ),
    ("The council meets Jan. 12.", PUB, "Jan. 12", "2022-01-12", "2022-01-12", "day", "publication"),
    (
        "It was signed on 12 January 2022.",
        PUB,
        "12 January 2022",
        "2022-01-12",
        "2022-01-12",
        "day",
        "absolute",
    ),
    (
        "Putin spoke at a press conference on December 23.",
        PUB,
        "December 23",
        "2021-12-23",
        "2021-12-23",
        "day",
        "publication",
    ),
    (
        "In a December press conference, Putin spoke.",
        PUB,
        "December",
        "2021-12-01",
        "2021-12-31",
        "month",
        "publication",
    ),
    (
        "An invasion could begin by mid-February.",
        PUB,
        "mid-February",
        "2022-02-11",
        "2022-02-20",
        "month",
        "publication",
    ),
    ("Crimea was seized in 2014.", PUB, "2014", "2014-01-01", "2014-12-31", "year", "absolute"),
    ("It recalled the 1990s.", PUB, "the 1990s", "1990-01-01", "1999-12-31", "decade", "absolute"),
    (
        "Talks on Monday ended without progress.",
        dt.date(2022, 1, 11),
        "Monday",
        "2022-01-10",
        "2022-01-10",
        "day",
        "publication",
    ),
    (
        "On Wednesday, Russia will meet NATO.",
        dt.date(2022, 1, 11),
        "Wednesday",
        "2022-01-12",
        "2022-01-12",
        "day",
        "publication",
    ),
    (
        "Last Thursday, Biden and Putin spoke.",
        dt.date(2022, 1, 3),
        "Last Thursday",
        "2021-12-30",
        "2021-12-30",
        "day",
        "publication",
    ),
    ("Officials met this week.", PUB, "this week", "2022-01-03", "2022-01-09", "week", "publication"),
    ("Officials will meet next week.", PUB, "next week", "2022-01-10", "2022-01-16", "week", "publication"),
    (
        "Yesterday, Biden spoke with Zelenskyy.",
        dt.date(2022, 1, 3),
        "Yesterday",
        "2022-01-02",
        "2022-01-02",
        "day",
        "publication",
    ),
    ("It is quiet today.", PUB, "today", "2022-01-08", "2022-01-08", "day", "publication"),
    ("Yesterday they met.", None, "Yesterday", None, None, "day", "unresolved"),
]


@pytest.mark.parametrize("row", DATES, ids=[r[2] + "/" + r[0][:20] for r in DATES])
def test_date(row: tuple) -> None:
    text, published, span, start, end, granularity, anchor = row
    facts = [f for f in extract_text(text, published) if f.kind == "date"]
    assert [f.text for f in facts] == [span]
    v = facts[0].value
    assert isinstance(v, DateValue)
    assert (v.start.isoformat() if v.start else None, v.end.isoformat() if v.end else None) == (start, end)
    assert (v.granularity, v.anchor) == (granularity, anchor)


def test_discourse_anchoring() -> None:
    text = "On December 7, Biden and Putin spoke. Two days later, Biden called Zelenskyy."
    facts = [f for f in extract_text(text, dt.date(2022, 1, 3)) if f.kind == "date"]
    assert [f.text for f in facts] == ["December 7", "Two days later"]
    later = facts[1].value
    assert isinstance(later, DateValue)
    assert later.start == dt.date(2021, 12, 9) and later.anchor == "discourse"


NOT_FACTS = [
    "The 22nd amendment limits terms.",
    "Article 4 would commit the parties.",
    "One of the main demands was a pledge.",
    "Call +1 202-555-0173 for details.",
    "Officials may meet again. We will see.",
    "It is posted here every Monday.",
    "An F-16 and a COVID-19 test.",
    "The firm sold COVID -19 tests.",  # a code written apart is no "minus 19"
    "The MH -17 crash was investigated.",
]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [("UK GDP -0.5% in March.", "-0.5%", -0.5), ("NASDAQ -19 points", "-19 points", -19.0)],
)
def test_a_minus_after_a_name_with_a_unit_is_a_fall(text: str, written: str, value: float) -> None:
    [fact] = [f for f in extract_text(text, PUB) if f.text == written]
    assert isinstance(fact.value, Quantity) and fact.value.stated == value


@pytest.mark.parametrize("text", NOT_FACTS)
def test_not_a_fact(text: str) -> None:
    assert extract_text(text, PUB) == ()


def test_about_cues() -> None:
    text = "On December 7, Biden and Putin spoke for two hours in a video call."
    facts = extract_text(text, PUB)
    duration = next(f for f in facts if f.kind == "duration")
    assert duration.about.event == "call"
    assert duration.about.modality == "video"
    assert {"biden", "putin"} <= set(duration.about.participants)


_WORDS = st.sampled_from(
    [
        "about",
        "more an",
        "100,000",
        "troops",
        "January",
        "9-10",
        "two",
        "hours",
        "$2.5",
        "billion",
        "\u00a0",
        "–",
        "“",
        "”",
        "Monday",
        "last",
        "Thursday",
        "yesterday",
        "per cent",
        "%",
        "\r\n",
        "Article",
        "4",
        "the",
        "1990s",
        "mid-February",
        "killed",
        "people",
        "nearly",
        "an",
        "hour",
        "9",
        "to",
        "10",
        "between",
        "and",
        "dozens",
        "of",
        ",",
        ".",
        "\n",
        "Zelenskiy",
        "said",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_WORDS, max_size=40),
    st.sampled_from(["", " "]),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
)
def test_offsets_are_exact(words: list[str], sep: str, published: dt.date | None) -> None:
    text = " ".join(words) if sep == " " else "".join(w + " " for w in words)
    for fact in extract_text(text, published):
        assert text[fact.start : fact.end] == fact.text
        assert fact.sentence.start <= fact.start <= fact.end <= fact.sentence.end
        if isinstance(fact.value, Quantity) and fact.value.low is not None and fact.value.high is not None:
            assert fact.value.low <= fact.value.high
        if isinstance(fact.value, DateValue) and fact.value.start and fact.value.end:
            assert fact.value.start <= fact.value.end


MORE_DATES = [
    ("Sales rose in the fourth quarter of 2005.", "the fourth quarter of 2005", "2005-10-01", "2005-12-31"),
    ("Sales rose in Q3 2019.", "Q3 2019", "2019-07-01", "2019-09-30"),
    ("Last summer, the river flooded.", "Last summer", "2021-06-01", "2021-08-31"),
    ("Next winter it may freeze.", "Next winter", "2022-12-01", "2023-02-28"),
    ("It happened on 25/12/2020.", "25/12/2020", "2020-12-25", "2020-12-25"),
    ("Friday's announcement surprised markets.", "Friday", "2022-01-07", "2022-01-07"),
    ("A 2009 analysis found it.", "2009", "2009-01-01", "2009-12-31"),
]


@pytest.mark.parametrize("row", MORE_DATES, ids=[r[1] for r in MORE_DATES])
def test_more_dates(row: tuple) -> None:
    text, span, start, end = row
    facts = [f for f in extract_text(text, PUB) if f.kind == "date"]
    assert [f.text for f in facts] == [span]
    v = facts[0].value
    assert isinstance(v, DateValue)
    assert (str(v.start), str(v.end)) == (start, end)


def test_ambiguous_numeric_date_is_not_guessed() -> None:
    assert [f for f in extract_text("It happened on 10/1/2018.", PUB) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("twin", "plain"),
    [
        ("laſt ſpring", "last spring"),
        ("tonıght", "tonight"),
        ("six monthſ later", "six months later"),
        ("the firſt quarter of 2020", "the first quarter of 2020"),
        ("next weeK", "next week"),
        ("İn December", "in December"),
    ],
)
def test_ignorecase_twins_read_as_ascii(twin: str, plain: str) -> None:
    # re.IGNORECASE lets "ſ", "ı", "İ" and the Kelvin sign stand for s, i, i
    # and k; such a match must resolve like the ASCII spelling, not crash (it
    # raised KeyError).  The figure after it makes the date pattern run there.
    published = dt.date(2021, 6, 15)
    [got] = [f for f in extract_text(f"They met {twin} 2 officials said.", published) if f.kind == "date"]
    [want] = [f for f in extract_text(f"They met {plain} 2 officials said.", published) if f.kind == "date"]
    assert got.value == want.value


@pytest.mark.parametrize("text", ["$5 mıl in aid was sent.", "Dozenſ of troops left.", "It cost $3 MıL."])
def test_ignorecase_twins_in_figures_do_not_crash(text: str) -> None:
    # Both raised KeyError: the scale or vague-number table was looked up
    # with str.lower(), which leaves "ı" and "ſ" as they are.
    facts = extract_text(text)
    assert all(text[f.start : f.end] == f.text for f in facts)


def test_boilerplate_spans_flag_the_facts_inside_them() -> None:
    """Nested and overlapping boilerplate spans: a fact inside any one of them is flagged."""
    from compare.extract import extract_facts
    from compare.model import Document, Span

    text = "Caption: 100 troops. Menu: 200 ships and 300 tanks. Body: 400 jets arrived."
    starts = {word: text.index(word) for word in ("100", "200", "300", "400")}
    spans = (
        Span(0, text.index("Menu")),  # the caption
        Span(text.index("Menu"), text.index("and 300")),  # the menu up to "200 ships"
        Span(text.index("Menu") - 1, text.index("Body")),  # overlapping: the whole menu
        Span(2, 5),  # a tiny span inside the caption, starting later
    )
    doc = Document(
        id="d", path="d.txt", text=text, outlet="o", title="", sha256="0", story="s", boilerplate=spans
    )
    flagged = {f.text.split()[0]: f.boilerplate for f in extract_facts(doc) if f.kind == "count"}
    assert flagged == {"100": True, "200": True, "300": True, "400": False}, (flagged, starts)


def test_a_multiple_reads_with_its_base() -> None:
    from compare.display import format_value
    from compare.model import Quantity

    assert format_value(Quantity(6.5, 6.5, 6.5, "× earnings", "exact"), "multiple") == "6.5× earnings"
    assert format_value(Quantity(3.0, 2.7, 3.3, "×", "about"), "multiple").endswith("3×")
    assert format_value(Quantity(None, 2.0, 3.0, "×", "range"), "multiple") == "2–3×"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A model's code between a count and its noun, the noun capitalised:
        # the code's digits are no count ("47 Rifles" would contradict "14 rifles").
        ("The warship confiscated 14 AK - 47 Rifles , 31 magazines .", ("14 AK - 47 Rifles", 14.0, "rifle")),
        # A temperature letter followed by a code's digits is a model, not degrees Fahrenheit.
        ("They flew two F-16 Fighting Falcons over the city.", ("two F-16 Fighting Falcons", 2.0, "falcon")),
        ("Highs reached 54 F on Monday.", ("54 F", 54.0, "degF")),
    ],
)
def test_a_models_code_is_neither_a_count_nor_a_unit(text: str, expected: tuple[str, float, str]) -> None:
    from compare.extract import extract_text

    found = [(f.text, f.value.stated, f.value.unit) for f in extract_text(text) if hasattr(f.value, "stated")]
    assert found[0] == expected


# --- wrapped lines (compare/extract/layout.py) ------------------------------------


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("More than\n1,000 people", "More than 1,000 people"),  # a digit after the break
        ("The death\ntoll rose", "The death toll rose"),  # lower case after the break
        ("killing at least\n10 people", "killing at least 10 people"),  # a figure after "least"
        ("killing mother and sister\n8 : 56am Monday", "killing mother and sister\n8 : 56am Monday"),
        ("Woman Shoots Co - workers\non September 10th", "Woman Shoots Co - workers\non September 10th"),
        ("Two Counts Of Murder\n09 / 10 / 10", "Two Counts Of Murder\n09 / 10 / 10"),  # title case
        ("160 and\r\ncould climb", "160 and  could climb"),  # CRLF: two spaces, same length
        ("Death toll tops 1,000 in Bangladesh factory collapse\nDHAKA, Bangladesh",
         "Death toll tops 1,000 in Bangladesh factory collapse\nDHAKA, Bangladesh"),  # headline, dateline
        ("It fell.\nthen it rose", "It fell.\nthen it rose"),  # a sentence ended
        ("first paragraph\n\nsecond one", "first paragraph\n\nsecond one"),  # a paragraph break
        ("Key points\n- one\n- two", "Key points\n- one\n- two"),  # bullets
        ("The steps are\n1. read\n2. write", "The steps are\n1. read\n2. write"),  # numbered items
    ],
)
def test_wrapped_lines_are_joined_and_offsets_kept(text: str, joined: str) -> None:
    from compare.extract.layout import flowed

    assert flowed(text) == joined
    assert len(flowed(text)) == len(text)


def test_a_fact_across_a_wrapped_line_keeps_the_break_in_its_excerpt() -> None:
    text = "Rescue workers dug.\nMore than\n1,000 people were injured."
    [fact] = [f for f in extract_text(text) if f.kind == "count"]
    assert fact.text == "More than\n1,000 people" == text[fact.start : fact.end]
    assert fact.role == "injured"
    assert fact.sentence.start == text.index("More")  # the sentence before still ends at its full stop


@pytest.mark.parametrize(
    "text",
    [
        "He killed two women 41 years ago; 41 years later he was arrested.",
        "It was married about two weeks ago, over the past decade.",
        "They won 2 - 1 against Spain, a 3-0 win, 10 years ago.",
    ],
)
def test_no_two_facts_share_an_id(text: str) -> None:
    # A fact's id is its document and start; a fact nested at the start of a longer one ("41 years" of
    # "41 years later") is named by its start and end, and the longer one keeps its start alone.
    facts = extract_text(text)
    ids = [f.id for f in facts]
    assert len(ids) == len(set(ids))
    for f in facts:
        longer = [g for g in facts if g.start == f.start and g.end > f.end]
        assert f.id == (f"text@{f.start}-{f.end}" if longer else f"text@{f.start}")


@pytest.mark.parametrize(
    "text",
    [
        "Readers can call 020 7946 0958 people. At least 12 people died.",
        "Readers can call +44 20 7946 0958 troops. At least 12 people died.",
        "Readers can call 1 800 555 0199%. At least 12 people died.",
    ],
)
def test_a_phone_number_is_no_figure(text: str) -> None:
    # Without the phone-number rule its last group reads as a figure ("0958 people").
    assert [(f.text, f.kind) for f in extract_text(text)] == [("At least 12 people", "count")]


@given(st.text(alphabet="12 .-a\u00a0\u2003\n\u0663x", max_size=16))
def test_the_phone_number_hint_is_read_off_the_digit_runs(text: str) -> None:
    # Every phone number has a digit, a space, "." or "-", then three digits:
    # read off the digit runs, as the pattern reads it (Unicode digits and spaces too).
    assert _phone_hint(text, digit_runs(text)) == bool(re.search(r"\d[\s.-]\d{3}", text))
