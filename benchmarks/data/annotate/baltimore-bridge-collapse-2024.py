# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Francis Scott Key Bridge collapse, Baltimore, Tuesday 26 March 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths and depths in metres (the written unit in note); durations with
their unit in note; dates as ISO strings; times as ISO date-times in US Eastern time.
Tuesday = 26 March 2024 (the collapse), Wednesday = 27 March.
"""

E = "e1"
SKYWAY = "e2"
TUE = "2024-03-26"
WED = "2024-03-27"
FOOT = 0.3048
MILE = 1609.344
SPEC = {
    "description": (
        "The collapse of the Francis Scott Key Bridge, Baltimore, into the Patapsco River when the Singapore-flagged "
        "container ship Dali, which had lost power, struck a support column at about 1:30 a.m. on Tuesday 26 March "
        "2024, as six outlets reported it that Tuesday and Wednesday 27 March: people sought in the water 'at least "
        "seven' (WTSP, Tuesday morning) against the six construction workers missing and presumed dead (all others; "
        "`conflict`, a count revised down); two rescued (`agree`) against the remains of two recovered on Wednesday "
        "(another quantity) and 'Four others' still presumed dead; one rescued in serious / critical condition "
        "(`agree`); 'at least seven vehicles' in the water (a look-alike of the seven people); the search suspended at "
        "about 7:30 on Tuesday evening, recovery from 6 a.m. Wednesday; water 50 feet deep (`agree`) at 46 to 48 "
        "degrees; a 185 ft fall; the ship almost 300 m long and 20 minutes into its journey; the bridge 1.6 miles long, "
        "one of three toll crossings; more than 1,100 Army Corps specialists. Background event whose figures are traps: "
        "the Sunshine Skyway Bridge collapse in Tampa Bay on 9 May 1980 ('nearly 44 years ago'): 35 killed, six cars, a "
        "19,734-ton freighter, the oldest victim 92, one survivor."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the collapse 'early Tuesday morning' and responders 'searching for at least seven people': 26 March 2024 (the morning's reports)"},
        "02": {"published_how": "the page's editor's note (removed from the text): 'a summary of news ... for Tuesday, March 26'"},
        "03": {"published_how": "the page's date line '26 March 2024, 23:37' (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2024-03-27 (removed from the text)"},
        "05": {"published_how": "the page's editor's note (removed from the text): 'updated at 1 p.m. on March 27'"},
        "06": {"published_how": "inferred: no date on the stored page; the ship struck the bridge 'yesterday', the recovery mission started: 27 March 2024"},
    },
    "events": [
        {"id": E, "label": "the collapse of the Francis Scott Key Bridge, Baltimore, struck by the Dali, Tuesday 26 March 2024, and the search and recovery", "main": True},
        {"id": SKYWAY, "label": "the Sunshine Skyway Bridge collapse, Tampa Bay, 9 May 1980 (background)", "main": False},
    ],
    "clusters": [
        # --- people ---
        {
            "event": E, "kind": "count", "role": "workers missing, presumed dead", "verdict": "conflict",
            "why": "Six construction workers missing and presumed dead (the Coast Guard, Tuesday evening; every outlet but WTSP), against WTSP's Tuesday-morning 'searching for at least seven people – possibly more' (the first count of people in the water, when the two rescued were already out): a count revised down is not an update (a judgement call: the early figure was uncertain and the outlet says so).",
            "mentions": [
                ("01", "at least seven", 7, {"as_of": TUE}),
                ("02", "six", 6, {"as_of": TUE}),
                ("03", "Six", 6, {"as_of": TUE}),
                ("03", "six", 6, {"ctx": "six construction workers", "as_of": TUE}),
                ("04", "six", 6, {"ctx": "search for six individuals"}),
                ("04", "six", 6, {"ctx": "six others"}),
                ("05", "six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people rescued from the water", "verdict": "agree",
            "why": "Two people pulled from the river / rescued (all three outlets that say it).",
            "mentions": [
                ("04", "Two", 2),
                ("05", "Two", 2),
                ("06", "Two", 2, {"ctx": "Two people were rescued"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescued taken to a trauma centre", "verdict": "agree",
            "why": "One of the two rescued taken to a trauma unit / centre, in serious (04) or critical (05) condition: the same one person.",
            "mentions": [
                ("04", "One", 1, {"ctx": "One was transported"}),
                ("05", "one", 1, {"ctx": "one was in critical"}),
                ("06", "one", 1, {"ctx": "one of whom"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered", "verdict": "single-source",
            "why": "The remains of two victims recovered (Wednesday): a look-alike of the two rescued.",
            "mentions": [("06", "two", 2, {"ctx": "remains of two people", "as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "presumed dead, not yet recovered", "verdict": "single-source",
            "why": "'Four others are presumed dead' once two bodies were recovered (Wednesday): the six less the two found, not another count of the missing.",
            "mentions": [("06", "Four", 4, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "vehicles in the water", "verdict": "single-source",
            "why": "Sonar detected 'at least seven vehicles' in the water (a look-alike of WTSP's 'at least seven people').",
            "mentions": [("04", "at least seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "Army Corps of Engineers specialists assisting", "verdict": "single-source",
            "why": "More than 1,100 specialists of the corps' Baltimore District.",
            "mentions": [("06", "More than 1,100", 1100)],
        },
        # --- the bridge, the ship, the river ---
        {
            "event": E, "kind": "measure", "role": "depth of the water where the bridge fell", "verdict": "agree",
            "why": "50 feet deep (the Transportation Secretary).",
            "mentions": [
                ("04", "50-foot", round(50 * FOOT, 2), {"note": "50 feet"}),
                ("05", "50-feet", round(50 * FOOT, 2), {"note": "50 feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "water temperature", "verdict": "single-source",
            "why": "Around 46 to 48 degrees (Fahrenheit).",
            "mentions": [("02", "46 to 48 degrees", 47, {"low": 46, "high": 48, "note": "degrees Fahrenheit"})],
        },
        {
            "event": E, "kind": "measure", "role": "height of the workers' fall", "verdict": "single-source",
            "why": "The workers plunged 185ft.",
            "mentions": [("03", "185ft", round(185 * FOOT, 2), {"note": "185 feet"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the bridge", "verdict": "single-source",
            "why": "The 1.6 mile-long bridge.",
            "mentions": [("04", "1.6 mile", round(1.6 * MILE, 1), {"note": "1.6 miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the Dali", "verdict": "single-source",
            "why": "The almost 300-metre-long vessel.",
            "mentions": [("04", "almost 300-metre", 300, {"note": "metres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the Dali's voyage before the strike", "verdict": "single-source",
            "why": "Only 20 minutes into its journey.",
            "mentions": [("03", "20 minutes", 20, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "count", "role": "toll crossings of the harbour", "verdict": "single-source",
            "why": "One of just three toll crossings for the Baltimore Harbor.",
            "mentions": [("01", "three", 3)],
        },
        # --- dates and times ---
        {
            "event": E, "kind": "date", "role": "time-of:the ship's strike", "verdict": "agree",
            "why": "Around / about 1:30 a.m. (ET) on Tuesday. A caption of FreightWaves', removed from the text, said 'around 1:35 a.m.'.",
            "mentions": [
                ("02", "Around 1:30 a.m.", "2024-03-26T01:30"),
                ("03", "about 1.30am", "2024-03-26T01:30"),
                ("04", "around 1.30am", "2024-03-26T01:30", {"note": "ET"}),
                ("05", "around 1:30 a.m.", "2024-03-26T01:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the collapse", "verdict": "agree",
            "why": "Tuesday 26 March 2024 ('yesterday' in NBC's Wednesday live blog).",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("02", "Tuesday", TUE, {"ctx": "1:30 a.m. Tuesday"}),
                ("05", "Tuesday", TUE, {"ctx": "occurred early Tuesday"}),
                ("06", "yesterday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the state of emergency", "verdict": "single-source",
            "why": "Declared on Tuesday morning.",
            "mentions": [("03", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Coast Guard's search", "verdict": "single-source",
            "why": "The Coast Guard searched the river on Tuesday.",
            "mentions": [("05", "Tuesday", TUE, {"ctx": "Coast Guard on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the critical condition reported", "verdict": "single-source",
            "why": "One rescued in critical condition Tuesday.",
            "mentions": [("05", "Tuesday", TUE, {"ctx": "critical condition Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the search's suspension", "verdict": "agree",
            "why": "The Coast Guard announced on Tuesday evening / night that it was calling off the search and switching to recovery.",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "said Tuesday evening"}),
                ("05", "Tuesday", TUE, {"ctx": "announced Tuesday night"}),
                ("05", "Tuesday", TUE, {"ctx": "Gilreath said Tuesday night"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the search's suspension", "verdict": "single-source",
            "why": "'this evening at about 7:30'.",
            "mentions": [("02", "about 7:30", "2024-03-26T19:30")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recovery's start", "verdict": "agree",
            "why": "The recovery restarted on Wednesday (6 a.m.); authorities working to recover the bodies Wednesday morning.",
            "mentions": [
                ("02", "Wednesday", WED),
                ("05", "Wednesday", WED, {"ctx": "bodies Wednesday morning"}),
                ("05", "Wednesday", WED, {"ctx": "mission on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the recovery's start", "verdict": "single-source",
            "why": "Recovery to restart at 6 a.m. Wednesday.",
            "mentions": [("02", "6 a.m.", "2024-03-27T06:00")],
        },
        # --- background: the Sunshine Skyway collapse, 1980 ---
        {
            "event": SKYWAY, "kind": "date", "role": "date-of:the Sunshine Skyway collapse", "verdict": "compatible",
            "why": "'the 1980 Sunshine Skyway Bridge disaster' and 'the morning of May 9, 1980' (a year and its day).",
            "mentions": [
                ("01", "1980", "1980", {"ctx": "the 1980 Sunshine"}),
                ("01", "May 9, 1980", "1980-05-09"),
            ],
        },
        {
            "event": SKYWAY, "kind": "duration", "role": "duration-of:time since the Skyway collapse", "verdict": "single-source",
            "why": "'nearly 44 years ago'.",
            "mentions": [("01", "nearly 44 years", 44, {"note": "years"})],
        },
        {
            "event": SKYWAY, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Skyway collapse killed 35 people.",
            "mentions": [("01", "35", 35)],
        },
        {
            "event": SKYWAY, "kind": "count", "role": "cars that fell", "verdict": "single-source",
            "why": "Six cars (and a truck and a bus) plunged into the water: a look-alike of the six missing workers.",
            "mentions": [("01", "Six", 6)],
        },
        {
            "event": SKYWAY, "kind": "count", "role": "survivors of the fall", "verdict": "single-source",
            "why": "One man survived the fall.",
            "mentions": [("01", "One", 1, {"ctx": "One man survived"})],
        },
        {
            "event": SKYWAY, "kind": "count", "role": "age:the oldest Skyway victim", "verdict": "single-source",
            "why": "The oldest was 92.",
            "mentions": [("01", "92", 92, {"note": "years"})],
        },
        {
            "event": SKYWAY, "kind": "measure", "role": "tonnage of the Summit Venture", "verdict": "single-source",
            "why": "The 19,734-ton Summit Venture.",
            "mentions": [("01", "19,734-ton", 19734, {"note": "tons"})],
        },
    ],
}
