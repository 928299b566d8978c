# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the listeria outbreak linked to Boar's Head deli meats and their recall, July-August 2024 (read by
build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Weights in pounds (103 tons written as tons, converted: 206,000 pounds); durations with their unit in `note`; dates as
ISO strings. Friday = 26 July 2024 (the recall's announcement), Thursday = 25 July 2024 (the CDC's count), Wednesday =
28 August 2024 (the CDC's update). Left out: the articles' own date lines ("THURSDAY, Aug. 29, 2024", "August 29, 2024"),
"last week", "last month", "EST. 12612" / "P-12612" (an establishment number), "over the past year", "over 65", the
symptoms' "24 hours" and "one to three days" (general facts about listeriosis, not of this outbreak), "Another person".
"""

E = "e1"
CDC = "e2"
MELON = "e3"
EARLY = "2024-07-25"
LATE = "2024-08-28"
SPEC = {
    "description": (
        "The listeria outbreak linked to Boar's Head deli meats and the company's recall, as six outlets reported it on "
        "26 July and 29 August 2024: the deaths two (25 July) -> nine (28 August) (`updated`), six more (`agree`); the sick "
        "34 / 'nearly three dozen' -> 57 (`updated`), 14 more (`agree`); hospitalised 'all but one' -> 57 (`updated`); "
        "states 13 / 'more than a dozen' -> 18 (`updated`); the recall announced on Friday 26 July (`agree`), more than 103 "
        "tons; the liverwurst produced between June 11 (`agree`) and June 17 against July 17 (`conflict`); sell-by dates July "
        "25 to Aug. 30 (`agree`); the recall expanded on July 30 / 'in late July' (`compatible`) by 7 million pounds "
        "(`agree`); the CDC's update on Wednesday 28 August (`agree`); state counts as look-alikes (two dead in South "
        "Carolina, one each in Illinois and New Jersey, 17 in hospital in New York). Background events whose figures are "
        "traps: listeriosis in the United States each year (an estimated 1,600 ill, about 260 dead), the cantaloupe outbreak "
        "of 2011 (147 infected in 28 states, 33 dead)."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2024/07/26"},
        "02": {"published_how": "the corpus's date line 2024-07-26 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-07-27 (removed from the text)"},
        "04": {"published_how": "the text's dateline 'THURSDAY, Aug. 29, 2024' (the corpus's date line 2024-08-29, removed, agrees)"},
        "05": {"published_how": "the text's date line 'August 29, 2024'"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; it gives the CDC's update of 28 August 2024 (nine dead, 57 in hospital, 18 states) as news: 29 August 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the listeria outbreak linked to Boar's Head deli meats and their recall, July-August 2024", "main": True},
        {"id": CDC, "label": "listeriosis in the United States in a year (the CDC's estimate; background)", "main": False},
        {"id": MELON, "label": "the listeria outbreak linked to cantaloupes, 2011 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "Two dead as of Thursday 25 July (the recall's reports); nine after the CDC's update of Wednesday 28 August.",
            "mentions": [
                ("01", "two", 2, {"ctx": "and two fatalities", "as_of": EARLY}),
                ("01", "Two", 2, {"ctx": "Two people died", "as_of": EARLY}),
                ("02", "two", 2, {"ctx": "caused two deaths", "as_of": EARLY}),
                ("03", "two", 2, {"ctx": "caused two deaths", "as_of": EARLY}),
                ("03", "Two", 2, {"ctx": "Two people died", "as_of": EARLY}),
                ("04", "nine", 9, {"as_of": LATE}),
                ("05", "nine", 9, {"as_of": LATE}),
                ("06", "nine", 9, {"as_of": LATE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:added in the CDC's update of 28 August", "verdict": "agree",
            "why": "'six more fatalities reported Wednesday' / 'Six more people have died' (the increase, not the toll).",
            "mentions": [
                ("04", "six", 6),
                ("05", "Six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "sick", "verdict": "updated",
            "why": "34 sick as of 25 July ('nearly three dozen'); 57 in the CDC's update of 28 August ('bringing the total to 57').",
            "mentions": [
                ("01", "34", 34, {"ctx": "affected 34", "as_of": EARLY}),
                ("01", "nearly three dozen", 34, {"low": 32.4, "high": 36, "as_of": EARLY, "note": "written 'nearly three dozen'"}),
                ("01", "34", 34, {"ctx": "Thursday, 34", "as_of": EARLY}),
                ("02", "34", 34, {"as_of": EARLY}),
                ("03", "nearly three dozen", 34, {"low": 32.4, "high": 36, "as_of": EARLY, "note": "written 'nearly three dozen'"}),
                ("03", "34", 34, {"as_of": EARLY}),
                ("04", "57", 57, {"ctx": "the total to 57", "as_of": LATE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "sick:added in the CDC's update of 28 August", "verdict": "agree",
            "why": "'14 more illnesses' since the update of August 8 / 'Fourteen more people have been infected'.",
            "mentions": [
                ("04", "14", 14),
                ("05", "Fourteen", 14),
            ],
        },
        {
            "event": E, "kind": "count", "role": "hospitalised", "verdict": "updated",
            "why": "'all but one' of the 34 (33) as of 25 July; all 57 in the CDC's update of 28 August.",
            "mentions": [
                ("01", "all but one", 33, {"ctx": "with all but one hospitalized and", "as_of": EARLY, "note": "of 34"}),
                ("01", "all but one", 33, {"ctx": "with all but one hospitalized. Two", "as_of": EARLY, "note": "of 34"}),
                ("03", "all but one", 33, {"as_of": EARLY, "note": "of 34"}),
                ("04", "57", 57, {"ctx": "All 57", "as_of": LATE}),
                ("05", "57", 57, {"as_of": LATE}),
                ("06", "57", 57, {"as_of": LATE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "states with cases", "verdict": "updated",
            "why": "13 states ('more than a dozen') as of 25 July; 18 by 28 August.",
            "mentions": [
                ("01", "13", 13, {"ctx": "across 13", "as_of": EARLY}),
                ("01", "13", 13, {"ctx": "people in 13", "as_of": EARLY}),
                ("02", "more than a dozen", 12, {"low": 12, "high": None, "as_of": EARLY, "note": "written 'more than a dozen'"}),
                ("03", "13", 13, {"as_of": EARLY}),
                ("06", "18", 18, {"as_of": LATE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Illinois", "verdict": "single-source",
            "why": "'Two people died, one in Illinois and one in New Jersey' (a part of the toll).",
            "mentions": [("03", "one", 1, {"ctx": "one in Illinois"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in New Jersey", "verdict": "single-source",
            "why": "'one in New Jersey' (a part of the toll).",
            "mentions": [("03", "one", 1, {"ctx": "one in New Jersey"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in South Carolina", "verdict": "single-source",
            "why": "'Two people have died in South Carolina' (a part of the toll of nine, a look-alike of the early toll of two).",
            "mentions": [("06", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "sick in Pennsylvania", "verdict": "single-source",
            "why": "'Two people in Pennsylvania ... have become sick'.",
            "mentions": [("05", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "sick in New Jersey", "verdict": "single-source",
            "why": "'five people in New Jersey have become sick'.",
            "mentions": [("05", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "hospitalised in New York State", "verdict": "single-source",
            "why": "'17 people there have been hospitalized'.",
            "mentions": [("06", "17", 17, {"ctx": "17 people"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recall's announcement", "verdict": "agree",
            "why": "Friday 26 July 2024.",
            "mentions": [
                ("01", "Friday", "2024-07-26"),
                ("02", "Friday", "2024-07-26"),
                ("03", "Friday", "2024-07-26"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the CDC's count of 34 cases", "verdict": "single-source",
            "why": "'As of Thursday' (25 July 2024).",
            "mentions": [("01", "Thursday", EARLY)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the CDC's update with nine deaths", "verdict": "agree",
            "why": "Wednesday 28 August 2024.",
            "mentions": [
                ("04", "Wednesday", LATE),
                ("05", "Wednesday", LATE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the CDC's previous update", "verdict": "single-source",
            "why": "'Since the last update on August 8, 2024'.",
            "mentions": [("04", "August 8, 2024", "2024-08-08")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the CDC's investigation", "verdict": "single-source",
            "why": "'since the CDC's investigation began on July 19'.",
            "mentions": [("06", "July 19", "2024-07-19")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first illnesses", "verdict": "agree",
            "why": "'Since late May' / 'the outbreak, which began in May'.",
            "mentions": [
                ("03", "late May", "2024-05", {"note": "late May"}),
                ("05", "May", "2024-05"),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "weight of meat first recalled", "verdict": "single-source",
            "why": "'a total of more than 103 tons of meat' (206,000 pounds).",
            "mentions": [("02", "more than 103 tons", 206_000, {"low": 206_000, "high": None, "note": "pounds; written 103 tons"})],
        },
        {
            "event": E, "kind": "measure", "role": "weight of meat added to the recall", "verdict": "agree",
            "why": "'an additional 7 million pounds' / 'expanded the recall ... to 7 million pounds of meat'.",
            "mentions": [
                ("04", "7 million pounds", 7_000_000, {"note": "pounds"}),
                ("05", "7 million pounds", 7_000_000, {"note": "pounds"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recall's expansion", "verdict": "compatible",
            "why": "HealthDay: 'On July 30, the recall ... broadened'; PhillyVoice: 'expanded the recall in late July'.",
            "mentions": [
                ("04", "July 30", "2024-07-30"),
                ("05", "late July", "2024-07", {"note": "late July"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first day the recalled liverwurst was produced", "verdict": "agree",
            "why": "'produced between June 11 and ...'.",
            "mentions": [
                ("02", "June 11", "2024-06-11"),
                ("06", "June 11", "2024-06-11"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last day the recalled liverwurst was produced", "verdict": "conflict",
            "why": "CBS: 'produced between June 11 and June 17'; Newsweek (ukeventnow): 'produced between June 11 and July 17, 2024' (the USDA notice's date). June 17 and July 17 cannot both be the last day.",
            "mentions": [
                ("02", "June 17", "2024-06-17"),
                ("06", "July 17, 2024", "2024-07-17"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the recalled liverwurst's shelf life", "verdict": "single-source",
            "why": "'with a shelf life of 44 days'.",
            "mentions": [("02", "44 days", 44, {"note": "days"})],
        },
        {
            "event": E, "kind": "measure", "role": "weight of a liverwurst loaf", "verdict": "single-source",
            "why": "'3.5 pound loaves'.",
            "mentions": [("02", "3.5 pound", 3.5, {"note": "pounds"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first sell-by date of the recalled liverwurst", "verdict": "agree",
            "why": "Sell-by dates 'from July 25 to Aug. 30'.",
            "mentions": [
                ("02", "July 25", "2024-07-25"),
                ("05", "July 25", "2024-07-25"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last sell-by date of the recalled liverwurst", "verdict": "agree",
            "why": "Sell-by dates 'from July 25 to Aug. 30'.",
            "mentions": [
                ("02", "Aug. 30", "2024-08-30"),
                ("05", "Aug. 30", "2024-08-30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sell-by date of the other recalled deli meats", "verdict": "single-source",
            "why": "'ham with August 10 sell-by date'.",
            "mentions": [("01", "August 10", "2024-08-10")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sell-by date of the recalled bacon", "verdict": "single-source",
            "why": "'plus bacon product with August 15 date'.",
            "mentions": [("01", "August 15", "2024-08-15")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the latest sell-by dates of the expanded recall", "verdict": "single-source",
            "why": "'sell dates stretching into October'.",
            "mentions": [("04", "October", "2024-10")],
        },
        {
            "event": E, "kind": "count", "role": "instances of noncompliance at the Jarratt plant", "verdict": "single-source",
            "why": "'69 instances of \"noncompliance\"' over the past year (FSIS records, via CBS News).",
            "mentions": [("04", "69", 69)],
        },
        {
            "event": E, "kind": "count", "role": "class-action lawsuits filed", "verdict": "single-source",
            "why": "'At least one class-action lawsuit'.",
            "mentions": [("05", "At least one", 1, {"low": 1, "high": None})],
        },
        {
            "event": CDC, "kind": "count", "role": "sick:each year in the United States", "verdict": "single-source",
            "why": "'An estimated 1,600 people get listeria food poisoning each year' (the CDC; a look-alike of the outbreak's counts).",
            "mentions": [("03", "An estimated 1,600", 1600)],
        },
        {
            "event": CDC, "kind": "count", "role": "deaths:each year in the United States", "verdict": "single-source",
            "why": "'and about 260 die'.",
            "mentions": [("03", "about 260", 260)],
        },
        {
            "event": MELON, "kind": "date", "role": "date-of:the cantaloupe outbreak", "verdict": "agree",
            "why": "'since one linked to tainted cantaloupes in 2011' / 'since 2011'.",
            "mentions": [
                ("04", "2011", "2011"),
                ("05", "2011", "2011"),
            ],
        },
        {
            "event": MELON, "kind": "count", "role": "sick", "verdict": "single-source",
            "why": "'147 were infected'.",
            "mentions": [("05", "147", 147)],
        },
        {
            "event": MELON, "kind": "count", "role": "states with cases", "verdict": "single-source",
            "why": "'in 28 states'.",
            "mentions": [("05", "28", 28)],
        },
        {
            "event": MELON, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "'33 people died'.",
            "mentions": [("05", "33", 33)],
        },
        {
            "event": MELON, "kind": "date", "role": "date-of:the study of the cantaloupe outbreak", "verdict": "single-source",
            "why": "'according to a 2013 study'.",
            "mentions": [("05", "2013", "2013")],
        },
    ],
}
