# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the flight of Nagorno-Karabakh's Armenians and the fuel-depot explosion, September 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Sunday = 24 September 2023, Monday = 25 September (the explosion), Tuesday = 26 September,
Saturday = 30 September; times in local time (UTC+4). Left out: 'hundreds' (injured, cars, people), 'dozens' (critical),
'thousands' (vague), 'Last week' / 'last week' (a week, not a day), 'a three-story house', 'one last meal', 'decades',
'Days earlier', 'the night before', 'on the eve'.
"""

E = "e1"
BLAST = "e2"
OFFENSIVE = "e3"
BLOCKADE = "e4"
GRANADA = "e5"
NKR = "e6"
SUN = "2023-09-24"
MON = "2023-09-25"
TUE = "2023-09-26"
SAT = "2023-09-30"

SPEC = {
    "description": (
        "The flight of Nagorno-Karabakh's Armenians to Armenia after Azerbaijan's offensive of 19-20 September 2023, and "
        "the explosion at a fuel depot near Stepanakert on Monday 25 September, as six outlets reported them from Tuesday "
        "26 September to late October: refugees entered Armenia over 6,500 (Monday evening) -> more than 13,000 -> 19,000 "
        "(Tuesday) -> over 100,000 / 100,417 (Saturday 30), against Head Post's 'surpassed 13,000 on Sunday' when the count "
        "was still under 6,500 on Monday evening (`conflict`); the population about 120,000 (`agree`); the blast's toll 20 / "
        "at least 20 / more than 20 (Tuesday) -> at least 212 (the investigators, later) (`updated`); injured over / at least "
        "200 (Monday night) -> 300 (Tuesday) (`updated`), about 300 admitted to hospitals; the blast on Monday (`agree`), "
        "'At about 4pm'; the blockade 'month-long' against 'the previous nine months' (`conflict`); the offensive's 24 hours "
        "(`agree`) of 19-20 September; the Granada meeting of October 5; 700 people in the peacekeepers' camp."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the BBC report of the blast's toll of 20 and 19,000 refugees: Tuesday 26 September 2023"},
        "02": {"published_how": "inferred: the corpus's date line (2023-11-13, removed) is a crawl date; the blast 'on Monday' and the count 'as of Monday evening': 26 September 2023, a guess within a day"},
        "03": {"published_how": "the URL (2023/09/26)"},
        "04": {"published_how": "inferred: the page's header date (18 November 2024, removed) is a crawl date; the blast 'on Monday' and the count 'said on Tuesday': 26 September 2023"},
        "05": {"published_how": "the URL (27102023)"},
        "06": {"published_how": "the page's time stamp '01 October, 2023, 09:55 am' (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the flight of Nagorno-Karabakh's Armenians to Armenia, from 24 September 2023", "main": True},
        {"id": BLAST, "label": "the explosion at a fuel depot near Stepanakert, Monday 25 September 2023, among people fuelling to leave (a second main event, as in google-android-fine-2018)", "main": True},
        {"id": OFFENSIVE, "label": "Azerbaijan's offensive of 19-20 September 2023 (background)", "main": False},
        {"id": BLOCKADE, "label": "the blockade of Nagorno-Karabakh from December 2022 (background)", "main": False},
        {"id": GRANADA, "label": "the Pashinyan-Aliyev meeting planned in Granada, 5 October 2023 (sibling)", "main": False},
        {"id": NKR, "label": "the de facto Nagorno-Karabakh Republic's history (background)", "main": False},
    ],
    "clusters": [
        # --- the exodus ---
        {
            "event": E, "kind": "count", "role": "refugees who entered Armenia", "verdict": "conflict",
            "why": "The Armenian government's count as it rose: over 6,500 (Monday evening) -> more than 13,000 (Tuesday) -> 19,000 (later Tuesday) -> over 100,000 / 100,417 (Saturday 30). Head Post's 'had already surpassed 13,000 on Sunday' cannot hold with over 6,500 on Monday evening (the 13,000 came on Tuesday): a date that contradicts the count of the days before.",
            "mentions": [
                ("02", "over 6,500", 6500, {"as_of": MON}),
                ("03", "more than 13,000", 13000, {"as_of": TUE}),
                ("04", "13,000", 13000, {"as_of": SUN, "low": 13000, "high": None, "note": "written 'had already surpassed 13,000 on Sunday'"}),
                ("01", "19,000", 19000, {"as_of": TUE}),
                ("06", "over 100,000", 100000, {"ctx": "Armenia says over 100,000", "as_of": SAT}),
                ("06", "over 100,000", 100000, {"ctx": "Saturday that over 100,000", "as_of": SAT}),
                ("06", "100,417", 100417, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "population of Nagorno-Karabakh", "verdict": "agree",
            "why": "About 120,000 ethnic Armenians (the official estimate).",
            "mentions": [
                ("01", "approximately 120,000", 120000),
                ("03", "about 120,000", 120000),
                ("06", "120,000", 120000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people left in the peacekeepers' camp", "verdict": "single-source",
            "why": "'approximately 700 people still remain in the peacekeepers' camp as of Monday night'.",
            "mentions": [("02", "approximately 700", 700, {"as_of": MON})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the period of the count of 100,417", "verdict": "single-source",
            "why": "'over the past week' (from 24 to 30 September).",
            "mentions": [("06", "the past week", 7, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Armenia's statement of 100,417 refugees", "verdict": "single-source",
            "why": "'Armenia said Saturday' (30 September).",
            "mentions": [("06", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Armenia's statement of 13,000 refugees", "verdict": "single-source",
            "why": "'Armenian authorities said on Tuesday' (26 September).",
            "mentions": [("04", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of over 6,500 refugees", "verdict": "single-source",
            "why": "'as of Monday evening' (25 September): the moment of that count.",
            "mentions": [("02", "Monday", MON, {"ctx": "as of Monday evening"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of 700 in the peacekeepers' camp", "verdict": "single-source",
            "why": "'as of Monday night' (25 September).",
            "mentions": [("02", "Monday", MON, {"ctx": "as of Monday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 13,000 refugees passed, as Head Post dates it", "verdict": "single-source",
            "why": "'had already surpassed 13,000 on Sunday' (24 September, as written; the count's conflict is said in the refugees' cluster).",
            "mentions": [("04", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "count", "role": "age of a refugee (Anabel Ghulasyan)", "verdict": "single-source",
            "why": "Anabel Ghulasyan, 41, from the village of Rev.",
            "mentions": [("04", "41", 41, {"note": "years"})],
        },
        # --- the blast ---
        {
            "event": BLAST, "kind": "count", "role": "deaths in the fuel-depot explosion", "verdict": "updated",
            "why": "The local authorities' toll on Tuesday 26 September, 20 / at least 20 / more than 20 (the title), rose to at least 212 (the NK Investigative Committee, in Eurasianet's later text).",
            "mentions": [
                ("01", "20", 20, {"ctx": "Explosion at fuel depot kills 20", "as_of": TUE}),
                ("01", "20", 20, {"ctx": "has killed 20 people", "as_of": TUE}),
                ("04", "more than 20", 20, {"as_of": TUE}),
                ("04", "at least 20", 20, {"as_of": TUE}),
                ("05", "at least 212", 212),
            ],
        },
        {
            "event": BLAST, "kind": "count", "role": "people injured in the explosion", "verdict": "updated",
            "why": "Over / at least 200 injured (Monday night) -> 300 (the local authorities, Tuesday).",
            "mentions": [
                ("02", "over 200", 200, {"as_of": MON}),
                ("03", "at least 200", 200, {"ctx": "The explosion at a fuel tank in Nagorno Karabakh this Monday night leaves at least 200", "as_of": MON}),
                ("03", "at least 200", 200, {"ctx": "An explosion at a fuel tank in Nagorno Karabakh this Monday night leaves at least 200", "as_of": MON}),
                ("04", "300", 300, {"as_of": TUE}),
            ],
        },
        {
            "event": BLAST, "kind": "count", "role": "people admitted to hospitals after the explosion", "verdict": "single-source",
            "why": "'About 300 people were admitted to hospitals' (a sub-tally of the injured, kept apart).",
            "mentions": [("01", "About 300", 300)],
        },
        {
            "event": BLAST, "kind": "date", "role": "date-of:the explosion", "verdict": "agree",
            "why": "Monday 25 September 2023 (in the evening).",
            "mentions": [
                ("01", "Monday evening", MON),
                ("02", "Monday", MON, {"ctx": "Nagorno-Karabakh on Monday"}),
                ("03", "Monday night", MON, {"ctx": "The explosion at a fuel tank in Nagorno Karabakh this Monday night"}),
                ("03", "Monday night", MON, {"ctx": "An explosion at a fuel tank in Nagorno Karabakh this Monday night"}),
                ("04", "Monday", MON),
                ("05", "September 25", MON, {"note": "the day the family packed and the blast happened"}),
            ],
        },
        {
            "event": BLAST, "kind": "date", "role": "time-of:the explosion", "verdict": "single-source",
            "why": "'At about 4pm, a gasoline tank exploded' (Eurasianet; the other texts say only 'Monday evening' / 'Monday night').",
            "mentions": [("05", "4pm", "2023-09-25T16:00+04:00", {"note": "'At about'"})],
        },
        # --- background ---
        {
            "event": OFFENSIVE, "kind": "duration", "role": "duration-of:Azerbaijan's offensive", "verdict": "agree",
            "why": "Armenian forces routed 'in a mere 24 hours'; the local army 'capitulated within 24 hours'.",
            "mentions": [
                ("02", "24 hours", 24, {"note": "hours"}),
                ("05", "within 24 hours", 24, {"note": "hours"}),
            ],
        },
        {
            "event": OFFENSIVE, "kind": "date", "role": "date-of:the offensive's fighting", "verdict": "single-source",
            "why": "'In the fighting of 19-20 September' (two days: the first given as the value).",
            "mentions": [("05", "19-20 September", "2023-09-19", {"note": "19-20 September"})],
        },
        {
            "event": BLOCKADE, "kind": "duration", "role": "duration-of:the blockade", "verdict": "conflict",
            "why": "The BBC text's 'a month-long blockade' against Eurasianet's 'blockade for the previous nine months' (from December 2022): one blockade, two lengths that cannot both hold (the BBC's likely 'months-long', kept as written).",
            "mentions": [
                ("01", "month-long", 1, {"note": "months"}),
                ("05", "the previous nine months", 9, {"note": "months"}),
            ],
        },
        {
            "event": GRANADA, "kind": "date", "role": "date-of:the Pashinyan-Aliyev meeting in Granada", "verdict": "single-source",
            "why": "'on October 5 in the Spanish city of Granada'.",
            "mentions": [("03", "October 5", "2023-10-05")],
        },
        {
            "event": NKR, "kind": "duration", "role": "duration-of:the Nagorno-Karabakh Republic's history", "verdict": "single-source",
            "why": "'three-decade history' (from 1991).",
            "mentions": [("05", "three-decade", 30, {"note": "years"})],
        },
    ],
}
