# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the theft of crown jewels from the Louvre, Paris, on Sunday 19 October 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (euros or US dollars, in `note` for euros; a conversion stays in its amount's cluster);
durations in minutes (ages in years); dates as ISO strings: Sunday = 19 October 2025, Monday = 20 October, Tuesday = 21
October, Wednesday = 22 October, Saturday = 25 October, Tuesday = 25 November 2025 (06, written 'Last month' of the heist).
Left out: ordinals ('19th-century', 'Napoleon III', 'second wife', 'first wife'), 'One of the suspects', 'one suspect',
'one of the glass cases', 'One can wonder', 'millions in jewels', 'Last week', 'Last month', the modal 'may'.
"""

E = "e1"
REGENT = "e2"
MONA = "e3"
GIFT = "e4"
SUN = "2025-10-19"
TUE = "2025-10-21"

SPEC = {
    "description": (
        "The theft of eight pieces of France's crown jewels from the Louvre's Apollo Gallery on Sunday 19 October 2025 at "
        "9:30 a.m., as six outlets reported it from 20 October to 25 November: the jewels worth 88 million euros / $102 million "
        "/ about $102.1 million / more than $100 million / approximately $100 million (`compatible`); the heist took seven / 7 "
        "/ about seven minutes against 'less than four minutes' (`conflict`); nine pieces stolen (20 October) against eight "
        "(`conflict`); two / at least two items dropped (`compatible`); four thieves (`agree`), about 100 investigators "
        "(`agree`), two scooters (`agree`); two men arrested on Saturday 25 October; four more arrested on Tuesday 25 "
        "November, besides four already charged (three men and one woman). Look-alikes and background: the Regent Diamond "
        "left behind (140 carats, $60 million), the Mona Lisa stolen over a century ago, Napoleon's gift of March 1810, the "
        "reopening three days after the heist."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the prosecutor 'said Tuesday' (21 October 2025), an AP text: 21 October 2025 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the prosecutor spoke 'Tuesday' (21 October 2025): 21 October 2025 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the Louvre 'reopened on Wednesday' (22 October 2025): 22 October 2025 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; 'the government said on Monday' (20 October 2025): 20 October 2025 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the arrests 'on Saturday night, Oct. 25': 26 October 2025 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; four more arrested 'Tuesday', the heist 'Last month' (the arrests of 25 November 2025): 25 November 2025 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the theft of crown jewels from the Louvre, 19 October 2025", "main": True},
        {"id": REGENT, "label": "the Regent Diamond, left behind (look-alike)", "main": False},
        {"id": MONA, "label": "the theft of the Mona Lisa, 1911 (background)", "main": False},
        {"id": GIFT, "label": "Napoleon's gift of the emerald set to Marie-Louise, 1810 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "value of the stolen jewels", "verdict": "compatible",
            "why": "The Louvre curator's estimate of 88 million euros, given by the prosecutor on Tuesday 21 October, converted to $102 million / about $102.1 million, rounded to 'more than $100 million' / 'approximately $100 million': one estimate in two currencies, rounded.",
            "mentions": [
                ("01", "$102 million", 102_000_000, {"ctx": "estimated $102 million, prosecutor"}),
                ("01", "an estimated 88 million euros", 88_000_000, {"note": "euros"}),
                ("01", "$102 million", 102_000_000, {"ctx": "or $102 million"}),
                ("01", "88 million euros", 88_000_000, {"ctx": "won’t earn 88 million euros", "note": "euros"}),
                ("02", "$100 million", 100_000_000, {"low": 100_000_000, "high": None, "note": "written 'more than a staggering $100 million'"}),
                ("02", "about $102.1 million", 102_100_000),
                ("02", "88 million euros", 88_000_000, {"ctx": "or 88 million euros", "note": "euros"}),
                ("02", "88 million euros", 88_000_000, {"ctx": "won’t earn 88 million euros", "note": "euros"}),
                ("03", "$102M", 102_000_000),
                ("03", "€88 million", 88_000_000, {"note": "euros"}),
                ("03", "$102 million", 102_000_000),
                ("05", "$100 million", 100_000_000, {"ctx": "stole $100 million"}),
                ("05", "approximately $100 million", 100_000_000),
                ("06", "an estimated $102 million", 102_000_000),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the heist", "verdict": "conflict",
            "why": "Seven minutes (authorities quoted by CNN; 'within 7 minutes'; 'about seven minutes', the prosecutor's office) in four outlets, against Newsy People's 'completed in less than four minutes': figures for the same heist that cannot both hold.",
            "mentions": [
                ("02", "within 7 minutes", 7, {"low": None, "high": 7, "note": "minutes"}),
                ("03", "seven minutes", 7, {"note": "minutes"}),
                ("04", "7 minutes", 7, {"note": "minutes"}),
                ("04", "seven minutes", 7, {"note": "minutes"}),
                ("05", "less than four minutes", 4, {"low": None, "high": 4, "note": "minutes"}),
                ("06", "about seven minutes", 7, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "pieces of jewellery stolen", "verdict": "conflict",
            "why": "'four suspects stole nine pieces' (Monday 20 October) against 'eight pieces' stolen (twice, Newsy People; the Ministry of Culture's list of eight): one of the nine, Empress Eugénie's crown, was dropped, but the text says nine stolen.",
            "mentions": [
                ("04", "nine", 9, {"as_of": "2025-10-20"}),
                ("05", "eight", 8),
                ("05", "Eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "items dropped by the thieves", "verdict": "compatible",
            "why": "'dropping two items, including the crown of Empress Eugénie' / 'At least two of the stolen items, including Empress Eugénie’s crown, were apparently dropped'.",
            "mentions": [
                ("04", "two", 2, {"ctx": "dropping two items"}),
                ("06", "At least two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "thieves in the heist", "verdict": "agree",
            "why": "'the four slick crooks' / 'four suspects' / 'the four-man crew'.",
            "mentions": [
                ("02", "four", 4),
                ("04", "four", 4),
                ("05", "four", 4, {"ctx": "the four-man"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "investigators hunting the thieves", "verdict": "agree",
            "why": "'About 100 investigators' / 'about 100 investigators' (the prosecutor, Tuesday 21 October).",
            "mentions": [
                ("01", "About 100", 100),
                ("02", "about 100", 100),
            ],
        },
        {
            "event": E, "kind": "count", "role": "scooters of the getaway", "verdict": "agree",
            "why": "'they fled on two scooters' (twice).",
            "mentions": [
                ("04", "two", 2, {"ctx": "two scooters"}),
                ("05", "two", 2, {"ctx": "two scooters"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "display cases destroyed", "verdict": "single-source",
            "why": "'The thieves then destroyed two display cases'.",
            "mentions": [("04", "two", 2, {"ctx": "two display"})],
        },
        {
            "event": E, "kind": "count", "role": "sapphires of Queen Marie-Amélie's tiara", "verdict": "single-source",
            "why": "'a tiara with 24 Ceylon sapphires'.",
            "mentions": [("03", "24", 24)],
        },
        {
            "event": E, "kind": "count", "role": "diamonds of Queen Marie-Amélie's tiara", "verdict": "single-source",
            "why": "'and 1,083 diamonds'.",
            "mentions": [("03", "1,083", 1083)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the heist", "verdict": "agree",
            "why": "Sunday (morning) 19 October 2025 / 'the Oct. 19 heist'.",
            "mentions": [
                ("01", "Sunday", SUN),
                ("02", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN),
                ("06", "Oct. 19", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the heist", "verdict": "single-source",
            "why": "'which took place at 9:30 a.m., as the museum was opening'.",
            "mentions": [("06", "9:30 a.m.", "2025-10-19T09:30+02:00", {"note": "Paris time"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the prosecutor's estimate on RTL", "verdict": "agree",
            "why": "'the Paris prosecutor said Tuesday' / 'told a French radio station Tuesday' (21 October 2025).",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "prosecutor said Tuesday"}),
                ("02", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the culture minister's statement to lawmakers", "verdict": "single-source",
            "why": "'France’s culture minister said Tuesday' (21 October 2025).",
            "mentions": [("01", "Tuesday", TUE, {"ctx": "minister said Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the government's statement", "verdict": "single-source",
            "why": "'the government said on Monday' (20 October 2025).",
            "mentions": [("04", "Monday", "2025-10-20")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Senator Goulet's remarks", "verdict": "single-source",
            "why": "'was quoted as saying on Monday' (20 October 2025).",
            "mentions": [("03", "Monday", "2025-10-20")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Louvre's reopening", "verdict": "single-source",
            "why": "'the Louvre Museum in Paris reopened on Wednesday' (22 October 2025).",
            "mentions": [("03", "Wednesday", "2025-10-22")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from the heist to the reopening", "verdict": "single-source",
            "why": "'Three days after a daring heist, the Louvre Museum in Paris reopened'.",
            "mentions": [("03", "Three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "men arrested on 25 October", "verdict": "single-source",
            "why": "'Two men ... were arrested on Saturday night, Oct. 25' (a look-alike of the two men among the four arrested in November).",
            "mentions": [("05", "Two", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first arrests", "verdict": "single-source",
            "why": "'arrested on Saturday night, Oct. 25' (2025).",
            "mentions": [
                ("05", "Saturday", "2025-10-25", {"ctx": "arrested on Saturday"}),
                ("05", "Oct. 25", "2025-10-25"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police tip-off", "verdict": "single-source",
            "why": "'Police were tipped off on Saturday' (25 October 2025).",
            "mentions": [("05", "Saturday", "2025-10-25", {"ctx": "tipped off on Saturday"})],
        },
        {
            "event": E, "kind": "count", "role": "people arrested on 25 November", "verdict": "single-source",
            "why": "'Four more people were arrested Tuesday' / 'All four'.",
            "mentions": [
                ("06", "Four", 4, {"ctx": "Four more"}),
                ("06", "four", 4, {"ctx": "All four"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among those arrested on 25 November", "verdict": "single-source",
            "why": "'two men, aged 38 and 39'.",
            "mentions": [("06", "two", 2, {"ctx": "two men"})],
        },
        {
            "event": E, "kind": "count", "role": "women among those arrested on 25 November", "verdict": "single-source",
            "why": "'and two women, 31 and 40'.",
            "mentions": [("06", "two", 2, {"ctx": "two women"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the first man arrested on 25 November", "verdict": "single-source",
            "why": "'two men, aged 38 and 39'.",
            "mentions": [("06", "38", 38, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the second man arrested on 25 November", "verdict": "single-source",
            "why": "'two men, aged 38 and 39'.",
            "mentions": [("06", "39", 39, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the first woman arrested on 25 November", "verdict": "single-source",
            "why": "'two women, 31 and 40'.",
            "mentions": [("06", "31", 31, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the second woman arrested on 25 November", "verdict": "single-source",
            "why": "'two women, 31 and 40'.",
            "mentions": [("06", "40", 40, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the arrests of 25 November", "verdict": "single-source",
            "why": "'Four more people were arrested Tuesday' / 'The arrests Tuesday' (25 November 2025).",
            "mentions": [
                ("06", "Tuesday", "2025-11-25", {"ctx": "arrested Tuesday"}),
                ("06", "Tuesday", "2025-11-25", {"ctx": "The arrests Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people already charged (by 25 November)", "verdict": "single-source",
            "why": "'four people already charged in the case' (a look-alike of the four thieves and the four arrested).",
            "mentions": [("06", "four", 4, {"ctx": "four people already"})],
        },
        {
            "event": E, "kind": "count", "role": "men among those already charged", "verdict": "single-source",
            "why": "'Three men and one woman were charged'.",
            "mentions": [("06", "Three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "women among those already charged", "verdict": "single-source",
            "why": "'Three men and one woman were charged'.",
            "mentions": [("06", "one", 1)],
        },
        {
            "event": REGENT, "kind": "measure", "role": "size of the Regent Diamond", "verdict": "single-source",
            "why": "'the colossal 140-carat Regent Diamond' (left behind).",
            "mentions": [("04", "140", 140, {"note": "carats"})],
        },
        {
            "event": REGENT, "kind": "money", "role": "value of the Regent Diamond", "verdict": "single-source",
            "why": "'valued at $60 million' (a look-alike of the stolen jewels' value).",
            "mentions": [("04", "$60 million", 60_000_000)],
        },
        {
            "event": MONA, "kind": "duration", "role": "duration-of:the time since the Mona Lisa's theft", "verdict": "single-source",
            "why": "'the Mona Lisa, itself infamously stolen over a century ago'.",
            "mentions": [("04", "over a century", 100, {"note": "years; written a century"})],
        },
        {
            "event": GIFT, "kind": "date", "role": "date-of:Napoleon's gift to Marie-Louise", "verdict": "single-source",
            "why": "'gifted by Napoleon to his second wife, Marie-Louise of Austria, in March 1810'.",
            "mentions": [("03", "March 1810", "1810-03")],
        },
    ],
}
