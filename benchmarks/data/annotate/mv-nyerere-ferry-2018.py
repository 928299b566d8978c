# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the MV Nyerere ferry capsizing, Lake Victoria, Thursday 20 September 2018 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; durations in hours, days or years (note); dates as ISO strings. Thursday =
20 September 2018 (the capsizing), Friday = 21 September.
"""

E = "e1"
BUKOBA = "e2"
SPICE = "e3"
ZANZIBAR12 = "e4"
THU = "2018-09-20"
FRI = "2018-09-21"
SPEC = {
    "description": (
        "The capsizing of the ferry MV Nyerere a few metres from the dock of Ukara Island (Ukerewe district, Lake "
        "Victoria, Tanzania) on the afternoon of Thursday 20 September 2018, as seven outlets reported it from Friday "
        "21 to about Monday 24 September: the toll five (a local official to the BBC) -> 'More than 40' / 44 (Thursday "
        "night) -> 'over 100' / 'above 100' -> 131 -> 136 (Friday) -> 224 (`updated`); 'More than 200' feared dead (an "
        "estimate, its own cluster); rescued 37 / 'At least 37' / 'Thirty-seven' against Mongella's earlier 40 and a "
        "local official's 102 (`conflict`); people on board 'more than a hundred' / 'as many as 200' / 'more than 200' "
        "/ 'more than 300' / 'more than 400' (`conflict`), for a capacity of 100. Background whose figures are traps: "
        "the MV Bukoba (1996, more than 800 dead), the Spice Islander off Zanzibar (2011, close to / almost 200 dead), "
        "the overloaded ferry off Zanzibar the following year (144 'died or disappeared' against 'at least 145' / 'over "
        "145': `conflict`). Look-alikes: 'as many as 200' on board and 'More than 200' feared dead and 'almost 200' in "
        "2011; 40 survivors and 'More than 40' dead."
    ),
    "documents": {
        "01": {"published_how": "the URL's 21-Sep-2018"},
        "02": {"published_how": "the page's time line '21 September 2018 - 07:59' (removed) and the URL's 2018-09-21"},
        "03": {"published_how": "the URL's 21-Sep-2018"},
        "04": {"published_how": "inferred: no date on the stored page; the toll 'over 100' and rescue resumed 'on Friday morning': 21 September 2018 (a guess within a day)"},
        "05": {"published_how": "inferred: the URL's 180921; the toll 'hit 136 on Friday': 21 September 2018"},
        "06": {"published_how": "the PressReader URL's 20180922 (the print edition of Saturday 22 September 2018)"},
        "07": {"published_how": "inferred: no date on the stored page; the toll of 224 (reached over the weekend): taken as 24 September 2018 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the capsizing of the MV Nyerere off Ukara Island, Lake Victoria, Tanzania, Thursday 20 September 2018", "main": True},
        {"id": BUKOBA, "label": "the sinking of the MV Bukoba on Lake Victoria, 1996 (background)", "main": False},
        {"id": SPICE, "label": "the sinking of the MV Spice Islander I off Zanzibar, 2011 (background)", "main": False},
        {"id": ZANZIBAR12, "label": "the sinking of an overloaded ferry off Zanzibar, 2012 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll as bodies were recovered: five (a local official to the BBC, early), 'More than 40' (the president's spokesman) and 44 (the regional governor, late Thursday), 'over 100' / 'More than 100' / 'above 100' (state radio, Friday), 131, 136 (Friday), 224 (after the weekend).",
            "mentions": [
                ("01", "five", 5, {"as_of": THU}),
                ("01", "More than 40", 40, {"as_of": THU}),
                ("01", "more than 40", 40, {"as_of": THU}),
                ("02", "At least 44", 44, {"as_of": THU}),
                ("02", "more than 40", 40, {"as_of": THU}),
                ("02", "44", 44, {"ctx": "reached 44", "as_of": THU}),
                ("03", "At least 131", 131, {"as_of": FRI}),
                ("04", "More than 100", 100, {"as_of": FRI}),
                ("04", "over 100", 100, {"ctx": "climbed over 100", "as_of": FRI}),
                ("05", "136", 136, {"as_of": FRI}),
                ("06", "above 100", 100, {"as_of": FRI}),
                ("07", "224", 224, {"as_of": "2018-09-23"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths feared (an estimate)", "verdict": "agree",
            "why": "'More than 200 people are feared dead' (the Red Cross, Friday); officials 'fear that the toll may go over 200': an estimate, not a count.",
            "mentions": [
                ("04", "over 200", 200, {"as_of": FRI}),
                ("05", "More than 200", 200, {"as_of": FRI}),
                ("06", "More than 200", 200, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "conflict",
            "why": "37 rescued as of Thursday evening (the regional commissioner, the police), against Mongella's earlier '40 people had survived' and a local official's '102 have been rescued' (to the BBC): counts of the same survivors that cannot all hold.",
            "mentions": [
                ("01", "102", 102, {"as_of": THU}),
                ("02", "37", 37, {"as_of": THU}),
                ("03", "At least 37", 37, {"as_of": THU}),
                ("04", "Thirty-seven", 37, {"as_of": FRI}),
                ("04", "40", 40, {"as_of": THU}),
                ("05", "Thirty-seven", 37, {"as_of": FRI}),
                ("06", "At least 37", 37, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "conflict",
            "why": "'more than a hundred passengers' (the district council head), 'as many as 200' and 'more than 200 people boarded' (local reports), 'more than 300' (initial estimates, The Guardian), 'more than 400' (another official, to the BBC): 'as many as 200' cannot hold with more than 300 or 400.",
            "mentions": [
                ("01", "more than a hundred", 100),
                ("01", "more than 400", 400),
                ("02", "more than a hundred", 100),
                ("03", "as many as 200", 200, {"low": None, "high": 200}),
                ("03", "more than 200", 200),
                ("04", "more than 300", 300),
            ],
        },
        {
            "event": E, "kind": "count", "role": "capacity of the ferry", "verdict": "single-source",
            "why": "A capacity of 100 ('double its capacity' for 200 elsewhere).",
            "mentions": [("05", "100", 100, {"ctx": "capacity of 100"})],
        },
        {
            "event": E, "kind": "count", "role": "islands the ferry linked", "verdict": "single-source",
            "why": "Between two islands, Ukara and Ukerewe.",
            "mentions": [("03", "two", 2)],
        },
        {
            "event": E, "kind": "duration", "role": "length of the ferry journey", "verdict": "single-source",
            "why": "The journey takes about an hour.",
            "mentions": [("03", "about an hour", 1, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "time to right and tow the vessel", "verdict": "single-source",
            "why": "Could take two to three days.",
            "mentions": [("07", "two to three days", 2.5, {"low": 2, "high": 3, "note": "days"})],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the capsizing", "verdict": "agree",
            "why": "Thursday 20 September 2018 (afternoon / evening).",
            "mentions": [
                ("01", "Thursday", THU, {"ctx": "died on Thursday"}),
                ("01", "Thursday", THU, {"ctx": "on Thursday afternoon"}),
                ("02", "Thursday", THU, {"ctx": "missing on Thursday"}),
                ("02", "Thursday", THU, {"ctx": "aboard on Thursday"}),
                ("03", "Thursday", THU, {"ctx": "Island on Thursday"}),
                ("03", "Thursday", THU, {"ctx": "capsized Thursday afternoon"}),
                ("04", "Thursday", THU),
                ("05", "Thursday", THU),
                ("06", "Thursday", THU, {"ctx": "Nyerere on Thursday"}),
                ("07", "Thursday", THU, {"ctx": "Victoria on Thursday"}),
                ("07", "Thursday", THU, {"ctx": "sank on Thursday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescue suspended for the night", "verdict": "agree",
            "why": "Late on Thursday / as of Thursday evening (44 dead, 37 rescued, rescue called off overnight).",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "late on Thursday"}),
                ("03", "Thursday", THU, {"ctx": "as of Thursday evening"}),
                ("06", "Thursday", THU, {"ctx": "as of Thursday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescue resumed", "verdict": "agree",
            "why": "Friday morning.",
            "mentions": [
                ("02", "Friday", FRI),
                ("04", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 136", "verdict": "single-source",
            "why": "136 on Friday.",
            "mentions": [("05", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police commander's statement", "verdict": "single-source",
            "why": "He said on Friday no foreigners were among the dead.",
            "mentions": [("03", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:state radio's toll above 100", "verdict": "single-source",
            "why": "'reported yesterday' in Saturday's paper: Friday 21 September.",
            "mentions": [("06", "yesterday", FRI, {"note": "written 'yesterday' on Saturday 22 September"})],
        },
        # --- background ---
        {
            "event": BUKOBA, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "More than 800 died when the MV Bukoba capsized.",
            "mentions": [
                ("01", "More than 800", 800),
                ("04", "more than 800", 800),
            ],
        },
        {
            "event": BUKOBA, "kind": "date", "role": "date-of:the MV Bukoba's sinking", "verdict": "agree",
            "why": "In 1996.",
            "mentions": [
                ("01", "1996", "1996"),
                ("04", "1996", "1996"),
            ],
        },
        {
            "event": SPICE, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "Close to / almost 200 died (2011).",
            "mentions": [
                ("04", "close to 200", 200),
                ("07", "almost 200", 200),
            ],
        },
        {
            "event": SPICE, "kind": "date", "role": "date-of:the Spice Islander's sinking", "verdict": "agree",
            "why": "In 2011.",
            "mentions": [
                ("04", "2011", "2011"),
                ("07", "2011", "2011"),
            ],
        },
        {
            "event": ZANZIBAR12, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": "'144 people died or disappeared' (AFP) against 'at least 145' / 'over 145' died: two tolls of the same sinking that cannot both hold.",
            "mentions": [
                ("02", "144", 144),
                ("04", "at least 145", 145),
                ("07", "over 145", 145),
            ],
        },
        {
            "event": ZANZIBAR12, "kind": "date", "role": "date-of:the 2012 sinking", "verdict": "single-source",
            "why": "In 2012 ('The following year' after 2011 elsewhere).",
            "mentions": [("07", "2012", "2012")],
        },
        {
            "event": ZANZIBAR12, "kind": "duration", "role": "time since the 2012 sinking", "verdict": "single-source",
            "why": "'Six years ago'.",
            "mentions": [("02", "Six years", 6, {"note": "years"})],
        },
    ],
}
