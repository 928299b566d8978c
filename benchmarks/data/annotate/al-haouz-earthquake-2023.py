# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Al Haouz (Morocco) earthquake of 8 September 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 8 September 2023, Saturday = 9 September, Sunday = 10 September, Wednesday = 13 September
2023; times in Moroccan time (UTC+1). Lengths in metres (feet at 0.3048). Left out: ordinals ('12th century',
'12th-century'), 'one family', 'Hundreds of locals', 'the thousands' (a forecast), 'the death toll may rise', 'late at
night', the corpus's date lines and the titles (removed from the texts).
"""

E = "e1"
HOCEIMA = "e2"
KOUTOUBIA = "e3"
FRI = "2023-09-08"
SAT = "2023-09-09"
SUN = "2023-09-10"
WED = "2023-09-13"
FOOT = 0.3048

SPEC = {
    "description": (
        "The Al Haouz earthquake, Morocco, Friday 8 September 2023 shortly after 11 pm, as six outlets reported it from "
        "Saturday 9 to Wednesday 13 September: the toll at least 296 (the preliminary toll) -> more than 600 / 632 -> at least "
        "820 (Saturday morning) -> at least 2,012 (Saturday 10 pm) -> at least 2,122 (Sunday evening) -> 2,946 -> 2,960 (the "
        "government spokesperson, Wednesday) (`updated`); injured 153 -> 329 -> 672 -> 2,059 -> 2,421 -> 6,125 (`updated`); the "
        "magnitude 7.2 (Morocco's geophysical centre) against 6.8 (the USGS) and 7 (`conflict`); deaths by province on Saturday "
        "night (1,293 in Al Haouz, 452 in Taroudant, 41, 15). Background: the 2004 al Hoceima earthquake (600 dead), the "
        "Koutoubia mosque's minaret (69 m / 226 ft)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-09-09 (removed from the text); the preliminary toll of Saturday morning"},
        "02": {"published_how": "the corpus's date line 2023-09-09 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; 'the Moroccan Interior Ministry’s early-morning report on Saturday' (9 September 2023)"},
        "04": {"published_how": "the corpus's date line 2023-09-10 (removed from the text) and the URL (20230910); the toll 'issued on Saturday at 10 pm'"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the toll of 'Sunday evening' (10 September 2023): the next day, a guess within a day"},
        "06": {"published_how": "inferred: no date on the stored page; the spokesperson spoke 'on Wednesday' (13 September 2023)"},
    },
    "events": [
        {"id": E, "label": "the Al Haouz earthquake, Morocco, 8 September 2023, and its toll", "main": True},
        {"id": HOCEIMA, "label": "the al Hoceima earthquake of 2004 (background)", "main": False},
        {"id": KOUTOUBIA, "label": "the Koutoubia mosque of Marrakech (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the earthquake", "verdict": "updated",
            "why": "The toll as the Interior Ministry and the government raised it: at least 296 (the preliminary toll, Saturday 9 September), more than 600 / 632 (Saturday morning), at least 820 (the early-morning report of Saturday), at least 2,012 (Saturday 10 pm), at least 2,122 (Sunday evening), 2,946, then 2,960 (the spokesperson, Wednesday 13 September). Reports of one day differ by their hour.",
            "mentions": [
                ("01", "at least 296", 296, {"as_of": SAT}),
                ("02", "more than 600", 600, {"as_of": SAT}),
                ("02", "632", 632, {"as_of": SAT}),
                ("03", "at least 820", 820, {"as_of": SAT}),
                ("04", "At least 2,012", 2012, {"as_of": SAT}),
                ("05", "at least 2,122", 2122, {"ctx": "local media, at least 2,122", "as_of": SUN}),
                ("05", "at least 2,122", 2122, {"ctx": "reported that at least 2,122", "as_of": SUN}),
                ("05", "2,012", 2012, {"as_of": SAT}),
                ("06", "2,960", 2960, {"ctx": "risen to 2,960.", "as_of": WED}),
                ("06", "2,960", 2960, {"ctx": "risen to 2,960,", "as_of": WED}),
                ("06", "2,946", 2946),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people injured", "verdict": "updated",
            "why": "The injured as the toll was raised: 153 (the preliminary toll), 329 (Saturday morning), 672 (the early-morning report of Saturday), 2,059 (Saturday 10 pm), 2,421 (Sunday evening), 6,125 (announced before Wednesday's toll).",
            "mentions": [
                ("01", "153", 153, {"as_of": SAT}),
                ("02", "329", 329, {"as_of": SAT}),
                ("03", "672", 672, {"as_of": SAT}),
                ("04", "2,059", 2059, {"as_of": SAT}),
                ("05", "2,059", 2059, {"as_of": SAT}),
                ("05", "2,421", 2421, {"ctx": "were killed and 2,421", "as_of": SUN}),
                ("05", "2,421", 2421, {"ctx": "from 2,059 to 2,421", "as_of": SUN}),
                ("06", "6,125", 6125),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in critical condition", "verdict": "single-source",
            "why": "'including 1,404 in critical condition' (Saturday 10 pm).",
            "mentions": [("04", "1,404", 1404)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Al Haouz province", "verdict": "single-source",
            "why": "'1,293 deaths in Al Haouz' (Saturday 10 pm): a part of the toll.",
            "mentions": [("04", "1,293", 1293)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Taroudant province", "verdict": "single-source",
            "why": "'452 in Taroudant'.",
            "mentions": [("04", "452", 452)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Ouarzazate province", "verdict": "single-source",
            "why": "'41 in Ouarzazate'.",
            "mentions": [("04", "41", 41)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Marrakech", "verdict": "single-source",
            "why": "'15 in Marrakech'.",
            "mentions": [("04", "15", 15)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in one family", "verdict": "single-source",
            "why": "'five people were killed from one family' (al-Arabiya).",
            "mentions": [("01", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "regions near Marrakech where most deaths were", "verdict": "single-source",
            "why": "'most of whom were in Marrakech and five nearby regions' (a look-alike of the five dead of one family).",
            "mentions": [("03", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "houses collapsed completely or partially", "verdict": "single-source",
            "why": "'at least 50,000 houses collapsed completely or partially' (the Royal Court).",
            "mentions": [("06", "at least 50,000", 50000)],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "Morocco's geophysical centre: 7.2; the US Geological Survey: 6.8 (BusinessDay, Wilsben, Polish News); Jinha: 'the 7 magnitude earthquake' (Morocco's national network's reading): readings of different agencies that cannot all hold.",
            "mentions": [
                ("02", "7.2", 7.2, {"note": "Morocco's geophysical centre"}),
                ("02", "6.8", 6.8, {"note": "the USGS"}),
                ("03", "6.8", 6.8),
                ("05", "6.8", 6.8),
                ("06", "7", 7, {"ctx": "the 7 magnitude earthquake that"}),
                ("06", "7", 7, {"ctx": "the 7 magnitude earthquake has"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the epicentre from Marrakech", "verdict": "single-source",
            "why": "'72 kilometers southwest of Marrakech'.",
            "mentions": [("05", "72", 72000, {"note": "metres; written '72 kilometers'"})],
        },
        {
            "event": E, "kind": "duration", "role": "period since a stronger quake in Morocco", "verdict": "single-source",
            "why": "'the strongest to strike Morocco in 120 years'.",
            "mentions": [("03", "120 years", 120, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "national mourning", "verdict": "single-source",
            "why": "'Morocco declared three days of mourning'.",
            "mentions": [("05", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the earthquake", "verdict": "agree",
            "why": "Friday 8 September 2023, late in the evening.",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "from Friday"}),
                ("05", "Friday", FRI, {"ctx": "on Friday night"}),
                ("06", "September 8", FRI, {"ctx": "Morocco on September 8"}),
                ("06", "September 8", FRI, {"ctx": "the September 8"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the earthquake", "verdict": "single-source",
            "why": "'struck shortly after 11pm' (Friday 8 September, Moroccan time).",
            "mentions": [("02", "11pm", "2023-09-08T23:00+01:00", {"note": "'shortly after'"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the interior ministry's toll of 632", "verdict": "single-source",
            "why": "'on Saturday morning announced a preliminary death toll of 632'.",
            "mentions": [("02", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the early-morning report of 820 deaths", "verdict": "single-source",
            "why": "'the Moroccan Interior Ministry’s early-morning report on Saturday'.",
            "mentions": [("03", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the updated toll of 2,012", "verdict": "single-source",
            "why": "'an updated Interior ministry toll issued on Saturday at 10 pm'.",
            "mentions": [
                ("04", "Saturday", SAT),
                ("04", "10 pm", "2023-09-09T22:00+01:00"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the local media's toll of 2,122", "verdict": "single-source",
            "why": "'On Sunday evening, local media reported that at least 2,122 people died'.",
            "mentions": [("05", "Sunday", SUN, {"ctx": "On Sunday evening"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the search at Mulay Brahim", "verdict": "single-source",
            "why": "'On Sunday, survivors were searched for ... in the village of Mulay Brahim'.",
            "mentions": [("05", "Sunday", SUN, {"ctx": "On Sunday, survivors"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the report of the Tinmal mosque's collapse", "verdict": "single-source",
            "why": "'On Sunday, the media reported the partial collapse of the 12th-century Tinmal Mosque'.",
            "mentions": [("05", "Sunday", SUN, {"ctx": "On Sunday, the media"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the spokesperson's toll of 2,960", "verdict": "single-source",
            "why": "'government spokesperson Mustapha Baitas told journalists on Wednesday' (13 September 2023).",
            "mentions": [("06", "Wednesday", WED)],
        },
        {
            "event": HOCEIMA, "kind": "date", "role": "date-of:the al Hoceima earthquake", "verdict": "single-source",
            "why": "'a 2004 tremor in al Hoceima' (a background event).",
            "mentions": [("02", "2004", "2004")],
        },
        {
            "event": HOCEIMA, "kind": "count", "role": "deaths in the al Hoceima earthquake", "verdict": "single-source",
            "why": "'killed 600 people' (a background toll; a look-alike of 'more than 600' in the same text).",
            "mentions": [("02", "600", 600, {"ctx": "killed 600 people"})],
        },
        {
            "event": KOUTOUBIA, "kind": "measure", "role": "height of the Koutoubia minaret", "verdict": "compatible",
            "why": "'69-meter (226-foot)': one height in two units.",
            "mentions": [
                ("03", "69", 69, {"note": "metres"}),
                ("03", "226", round(226 * FOOT, 1), {"note": "metres; written '226-foot', the conversion of 69 m"}),
            ],
        },
    ],
}
