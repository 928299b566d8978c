# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Myanmar earthquake of Friday 28 March 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 28 March 2025 (the quake, at midday local time, UTC+6:30); Saturday = 29 March (the
junta's 1,002 and 1,644); Monday = 31 March (2,056); Tuesday = 1 April (2,719, Min Aung Hlaing's speech); Thursday = 3
April (3,085). Distances in metres. Left out: the datelines ('Bangkok, March 29'), 'the fifth day since' and 'a third
successive night' (ordinals), 'last week' (a week, not a day), 'hours earlier', 'one of the world's poorest countries',
'one of the city's largest monasteries', 'one of the worst-affected cities' ('one of'), 'thousands were injured' (vague),
'over the weekend', 'second largest' / 'second-largest', 'half-mast'.
"""

E = "e1"
THAI = "e2"
TRUCE = "e3"
MANDALAY = "e4"
FRI = "2025-03-28"
SAT = "2025-03-29"
MON = "2025-03-31"
TUE = "2025-04-01"
THU = "2025-04-03"

SPEC = {
    "description": (
        "The magnitude 7.7 earthquake near Mandalay, Myanmar, at midday on Friday 28 March 2025, as six outlets reported it "
        "from Saturday 29 March to Thursday 3 April: the junta's death toll 1,002 -> 1,644 (Saturday) -> 2,056 (Monday) -> "
        "2,719 (Tuesday) -> 3,085 (Thursday) (`updated`), expected to exceed 3,000 (`agree`); the National Unity "
        "Government's own count, more than 2,400; injured 2,376 -> 3,408 -> more than 3,900 -> 4,521 -> 4,715 and missing "
        "30 -> 139 -> 270 -> 441 -> 341 (`updated`; one text gives the 1,644 with the earlier injured and missing); the "
        "magnitude 7.7 (`agree`); Bangkok 'some 1,330 km' / 'over 1,000 km' from the epicentre (`compatible`). Sibling: "
        "the collapse of a building under construction in Bangkok and Thailand's toll (at least 10 in Bangkok on "
        "Saturday, 20 in Thailand on Tuesday). Background: the truces (until April 22; a month-long pause by three groups), "
        "Mandalay's population."
    ),
    "documents": {
        "01": {"published_how": "the page's dateline 'Bangkok, March 29' (kept: the text's first words)"},
        "02": {"published_how": "inferred: no date on the stored page; the toll of 1,644 announced on Saturday 29 March 2025"},
        "03": {"published_how": "inferred: no date on the stored page; 'the junta said on Monday' (31 March 2025)"},
        "04": {"published_how": "the corpus's date line 2025-04 (removed from the text) and 'said on Tuesday' (1 April 2025)"},
        "05": {"published_how": "the URL (20250401) and 'On the 1st (local time)'"},
        "06": {"published_how": "the corpus's date line 2025-04-03 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the magnitude 7.7 earthquake near Mandalay, Myanmar, 28 March 2025", "main": True},
        {"id": THAI, "label": "the quake in Thailand: the collapse of a building under construction in Bangkok (sibling)", "main": False},
        {"id": TRUCE, "label": "the truces in Myanmar's civil war after the quake (background)", "main": False},
        {"id": MANDALAY, "label": "the city of Mandalay (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The junta's confirmed toll as it rose: 1,002 (announced hours before the 1,644 on Saturday 29 March) -> more than 1,600 / 1,644 (Saturday) -> 2,056 (Monday 31 March) -> 2,719, 'approached 3,000' (Tuesday 1 April) -> 3,085, 'surpassed' / 'at least 3,000' (Thursday 3 April).",
            "mentions": [
                ("01", "more than 1,600", 1600, {"as_of": SAT, "note": "the new total of 1,644"}),
                ("01", "1,644", 1644, {"as_of": SAT}),
                ("01", "1,002", 1002, {"as_of": SAT, "note": "announced hours before the 1,644"}),
                ("02", "1,644", 1644, {"as_of": SAT}),
                ("03", "2,056", 2056, {"as_of": MON}),
                ("04", "2,719", 2719, {"as_of": TUE}),
                ("05", "3,000", 3000, {"ctx": "approached 3,000", "as_of": TUE, "note": "'approached 3,000': the 2,719 of that day", "low": None, "high": 3000}),
                ("05", "2,719", 2719, {"as_of": TUE}),
                ("06", "at least 3,000", 3000, {"as_of": THU, "note": "the headline's rounding of 3,085"}),
                ("06", "3,085", 3085, {"as_of": THU}),
                ("06", "3,000", 3000, {"ctx": "surpassed 3,000", "as_of": THU, "note": "'has surpassed 3,000': the 3,085", "low": 3000, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths expected (the junta chief's forecast)", "verdict": "agree",
            "why": "Min Aung Hlaing on Tuesday 1 April: the toll 'expected to exceed 3,000' (a forecast, not a count).",
            "mentions": [
                ("04", "3,000", 3000, {"ctx": "likely to exceed 3,000", "low": 3000, "high": None}),
                ("04", "3,000", 3000, {"ctx": "expected to exceed 3,000", "low": 3000, "high": None}),
                ("05", "3,000", 3000, {"ctx": "expected to exceed 3,000", "low": 3000, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths (the National Unity Government's count)", "verdict": "single-source",
            "why": "The opposition NUG 'announced separately on the same day that more than 2,400 people had died' (another authority's count).",
            "mentions": [("05", "more than 2,400", 2400)],
        },
        {
            "event": E, "kind": "count", "role": "deaths (the USGS's estimate)", "verdict": "single-source",
            "why": "The US Geological Survey's estimate that the toll 'could top 10,000' (a model's estimate, not a count).",
            "mentions": [("02", "10,000", 10000, {"low": 10000, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "The junta's count of the injured: 2,376 (given by Al Jazeera's text beside the 1,644; it came with the earlier 1,002) -> 3,408 (Saturday, with the 1,644) -> more than 3,900 (Monday) -> 4,521 (Tuesday) -> 4,715 (Thursday).",
            "mentions": [
                ("01", "3,408", 3408, {"as_of": SAT}),
                ("02", "2,376", 2376, {"as_of": SAT}),
                ("03", "More than 3,900", 3900, {"as_of": MON}),
                ("04", "4,521", 4521, {"as_of": TUE}),
                ("05", "4,521", 4521, {"ctx": "4,521 Injured", "as_of": TUE}),
                ("05", "4,521", 4521, {"ctx": "were 4,521 and", "as_of": TUE}),
                ("06", "4,715", 4715, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "The junta's count of the missing: 30 (beside the 1,644 in Al Jazeera's text; the earlier figure) -> 139 (Saturday) -> 270 (Monday) -> 441 (Tuesday) -> 341 (Thursday, down as people were found).",
            "mentions": [
                ("01", "139", 139, {"as_of": SAT}),
                ("02", "30", 30, {"as_of": SAT}),
                ("03", "270", 270, {"as_of": MON}),
                ("04", "441", 441, {"as_of": TUE}),
                ("05", "441", 441, {"ctx": "441 Missing", "as_of": TUE}),
                ("05", "441", 441, {"ctx": "and 441 respectively", "as_of": TUE}),
                ("06", "341", 341, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people directly affected (the NUG)", "verdict": "single-source",
            "why": "'More than 8.5 million people have been directly affected' (the NUG).",
            "mentions": [("05", "More than 8.5 million", 8500000)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Chinese nationals", "verdict": "single-source",
            "why": "'three Chinese nationals' among the dead (China's state media).",
            "mentions": [("03", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:French nationals", "verdict": "single-source",
            "why": "'two French people' among the dead (the French foreign ministry).",
            "mentions": [("03", "two", 2)],
        },
        # --- the quake ---
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "agree",
            "why": "Magnitude 7.7 in every text.",
            "mentions": [
                ("02", "7.7", 7.7, {"ctx": "magnitude 7.7 earthquake has"}),
                ("02", "7.7", 7.7, {"ctx": "The 7.7 magnitude"}),
                ("03", "7.7", 7.7),
                ("04", "7.7", 7.7),
                ("05", "7.7", 7.7),
                ("06", "7.7", 7.7),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude of the strongest aftershock", "verdict": "single-source",
            "why": "'the strongest measuring in at 6.4 magnitude'.",
            "mentions": [("02", "6.4", 6.4)],
        },
        {
            "event": E, "kind": "count", "role": "aftershocks", "verdict": "single-source",
            "why": "'Aftershocks followed, more than 50'.",
            "mentions": [("02", "50", 50, {"low": 50, "high": None, "note": "'more than 50'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:epicentre from Mandalay", "verdict": "single-source",
            "why": "'33 km southwest of Mandalay'.",
            "mentions": [("05", "33 km", 33000, {"note": "metres"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the earthquake", "verdict": "agree",
            "why": "Friday 28 March 2025 ('the 28th of last month' in a text of 1 April).",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI, {"ctx": "from Friday’s"}),
                ("02", "Friday", FRI, {"ctx": "affected Friday"}),
                ("04", "Friday", FRI),
                ("05", "28th of last month", FRI, {"ctx": "occurred on the 28th of last month"}),
                ("05", "28th of last month", FRI, {"ctx": "Earlier, on the 28th of last month"}),
                ("06", "last Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the earthquake", "verdict": "single-source",
            "why": "'around midday local time' / 'at midday' (12:50 local time, UTC+6:30).",
            "mentions": [
                ("02", "around midday", "2025-03-28T12:00+06:30", {"note": "'around midday local time'"}),
                ("02", "at midday", "2025-03-28T12:00+06:30"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the earthquake", "verdict": "single-source",
            "why": "'the 7.7 magnitude quake six days ago' (a text of Thursday 3 April).",
            "mentions": [("06", "six days", 6, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the junta's toll of 1,644", "verdict": "single-source",
            "why": "'said Saturday on state television'.",
            "mentions": [("01", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the junta's toll of 2,056", "verdict": "single-source",
            "why": "'the junta said on Monday'.",
            "mentions": [("03", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Min Aung Hlaing's televised speech", "verdict": "agree",
            "why": "Tuesday 1 April ('On the 1st (local time)').",
            "mentions": [
                ("04", "Tuesday", TUE),
                ("05", "1st", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the junta's tally of 3,085", "verdict": "single-source",
            "why": "'the latest tally on Thursday'.",
            "mentions": [("06", "Thursday", THU)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "'a week of national mourning'.",
            "mentions": [("03", "a week", 7, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the flags at half-mast", "verdict": "single-source",
            "why": "'flags will fly at half-mast until April 6'.",
            "mentions": [("03", "April 6", "2025-04-06")],
        },
        {
            "event": E, "kind": "measure", "role": "emergency material received", "verdict": "single-source",
            "why": "'almost 1,000 tons of emergency material' (in kilograms: metric tons assumed).",
            "mentions": [("06", "almost 1,000 tons", 1000000, {"note": "kilograms", "low": 900000, "high": 1000000})],
        },
        {
            "event": E, "kind": "count", "role": "countries sending rescue teams", "verdict": "single-source",
            "why": "'rescue teams from 17 countries'.",
            "mentions": [("06", "17", 17)],
        },
        # --- Thailand (sibling) ---
        {
            "event": THAI, "kind": "count", "role": "deaths:Bangkok", "verdict": "single-source",
            "why": "'At least 10 lives were also lost in the Thai capital, Bangkok' (Saturday).",
            "mentions": [("02", "At least 10", 10, {"as_of": SAT})],
        },
        {
            "event": THAI, "kind": "count", "role": "deaths:Thailand", "verdict": "single-source",
            "why": "'In Thailand, 20 people died' (Tuesday 1 April; the whole country, another scope than Bangkok's 10).",
            "mentions": [("05", "20", 20, {"as_of": TUE})],
        },
        {
            "event": THAI, "kind": "count", "role": "injured:Bangkok", "verdict": "single-source",
            "why": "'over a dozen people were injured' (Saturday).",
            "mentions": [("02", "over a dozen", 12)],
        },
        {
            "event": THAI, "kind": "count", "role": "injured:Thailand", "verdict": "single-source",
            "why": "'34 were injured' (Thailand, Tuesday).",
            "mentions": [("05", "34", 34)],
        },
        {
            "event": THAI, "kind": "count", "role": "missing:Bangkok construction sites", "verdict": "single-source",
            "why": "'more than 100 people were missing from three construction sites' (Saturday).",
            "mentions": [("02", "more than 100", 100)],
        },
        {
            "event": THAI, "kind": "count", "role": "missing:Thailand", "verdict": "single-source",
            "why": "'74 remain missing' (Thailand, Tuesday).",
            "mentions": [("05", "74", 74)],
        },
        {
            "event": THAI, "kind": "count", "role": "construction sites with missing people", "verdict": "single-source",
            "why": "'three construction sites'.",
            "mentions": [("02", "three", 3)],
        },
        {
            "event": THAI, "kind": "measure", "role": "distance:Bangkok from the epicentre", "verdict": "compatible",
            "why": "'some 1,330 km southeast of the epicentre' and 'felt over 1,000 km away in Bangkok': the bounds meet.",
            "mentions": [
                ("02", "some 1,330 km", 1330000, {"note": "metres"}),
                ("05", "over 1,000 km", 1000000, {"note": "metres"}),
            ],
        },
        {
            "event": THAI, "kind": "count", "role": "storeys of the collapsed building", "verdict": "single-source",
            "why": "'a 30-story building under construction'.",
            "mentions": [("05", "30", 30)],
        },
        # --- background ---
        {
            "event": TRUCE, "kind": "date", "role": "date-of:the end of the junta's ceasefire", "verdict": "single-source",
            "why": "'The cease-fire will run from Wednesday until April 22'.",
            "mentions": [("06", "April 22", "2025-04-22")],
        },
        {
            "event": TRUCE, "kind": "date", "role": "date-of:the start of the junta's ceasefire", "verdict": "single-source",
            "why": "'from Wednesday' (2 April 2025).",
            "mentions": [("06", "Wednesday", "2025-04-02")],
        },
        {
            "event": TRUCE, "kind": "count", "role": "armed groups announcing a pause", "verdict": "single-source",
            "why": "'Three major armed ethnic minority groups'.",
            "mentions": [("06", "Three", 3)],
        },
        {
            "event": TRUCE, "kind": "duration", "role": "duration-of:the armed groups' pause", "verdict": "single-source",
            "why": "'a month-long pause in hostilities'.",
            "mentions": [("06", "month", 1, {"ctx": "a month-long pause", "note": "months"})],
        },
        {
            "event": TRUCE, "kind": "date", "role": "date-of:the armed groups' announcement", "verdict": "single-source",
            "why": "'announced ... on Tuesday' (1 April 2025).",
            "mentions": [("06", "Tuesday", TUE)],
        },
        {
            "event": MANDALAY, "kind": "count", "role": "inhabitants of Mandalay", "verdict": "single-source",
            "why": "'with more than 1.7 million inhabitants'.",
            "mentions": [("03", "more than 1.7 million", 1700000)],
        },
    ],
}
