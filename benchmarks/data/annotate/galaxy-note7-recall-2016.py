# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Galaxy Note 7 recalls, September 2016 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers (units, reports, cases); money in US dollars (note); percentages as numbers;
lengths in metres (note); durations in days (note); dates as ISO strings. Samsung's global
recall: Friday 2 September 2016; the CPSC's formal US recall: Thursday 15 September 2016; the
CPSC's second recall: Thursday 13 October 2016.
"""

E = "e1"
GLOBAL = "e2"
SECOND = "e3"
CANMEX = "e4"
LAUNCH = "e5"
MARKET = "e6"
SEP2 = "2016-09-02"
SEP15 = "2016-09-15"
OCT13 = "2016-10-13"
M = 1_000_000
USD = "US dollars"
SPEC = {
    "description": (
        "The recall of Samsung's Galaxy Note 7 for batteries that overheat and catch fire, as eight outlets reported it "
        "from 2 September to 13 October 2016. Main event: the US Consumer Product Safety Commission's formal recall of "
        "Thursday 15 September (phones sold before that day, 'an estimated 1 million' / '1 million' / 'an estimated one "
        "million' units; 92 reports of overheating in the US, 26 of burns, 55 of property damage; replacements 'no later "
        "than' 21 September); the cumulative US reports 92 -> 96 by 13 October (`updated`), while the burns 26 against "
        "13 and the property damage 55 against 47 fell (`conflict`: cumulative counts that cannot fall). Siblings whose "
        "figures are traps: Samsung's global recall of Friday 2 September (2.5 million sold in 10 countries, 35 cases "
        "worldwide, about 24 per million, replacements in about two weeks, '0.1 percent' of the 2.5 million); Canada's "
        "and Mexico's recalls (approximately 22,000 and 11,500 units, 35 cases in Mexico: the same 35 as Samsung's "
        "worldwide, another quantity); the second US recall (23 new reports, two days after production ended); the "
        "launch on 19 August; Samsung's $26 billion of lost market value, shares down nearly 7 percent. Look-alikes: a "
        "13 percent fall in use and 13 burns; 60 percent charge."
    ),
    "documents": {
        "01": {"published_how": "the page's date line '01 September 2016' (removed); the recall announced on 2 September (Korean time): taken as 2 September 2016 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; 'the company said Friday', devices to 'debut them today': 2 September 2016 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the CPSC's announcement 'on Thursday': 15 September 2016 (a guess within a day)"},
        "04": {"published_how": "the URL's 2016-09-15"},
        "05": {"published_how": "inferred: no date on the stored page; 'The announcement was made on Thursday': taken as 16 September 2016 (Indian time; a guess within a day)"},
        "06": {"published_how": "the URL's /2016/09/15/ ('September 15th (that's today)')"},
        "07": {"published_how": "inferred: no date on the stored page; 'as of the end of Sept. 14' and the recall of 15 September: taken as 16 September 2016 (a guess within days)"},
        "08": {"published_how": "the URL's /2016/10/13/"},
    },
    "events": [
        {"id": E, "label": "the US Consumer Product Safety Commission's formal recall of the Galaxy Note 7, Thursday 15 September 2016", "main": True},
        {"id": GLOBAL, "label": "Samsung's own global recall of the Galaxy Note 7, Friday 2 September 2016 (sibling)", "main": False},
        {"id": SECOND, "label": "the CPSC's second recall of the Galaxy Note 7, 13 October 2016 (sibling)", "main": False},
        {"id": CANMEX, "label": "Canada's and Mexico's recalls of the Galaxy Note 7 (sibling)", "main": False},
        {"id": LAUNCH, "label": "the Galaxy Note 7's launch, 19 August 2016 (background)", "main": False},
        {"id": MARKET, "label": "Samsung's market value and shares after the recall (background)", "main": False},
    ],
    "clusters": [
        # --- the US recall ---
        {
            "event": E, "kind": "count", "role": "phones recalled in the US", "verdict": "agree",
            "why": "About 1 million phones sold in the US before 15 September.",
            "mentions": [
                ("03", "an estimated 1 million", M),
                ("05", "1 million", M),
                ("06", "an estimated one million", M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "reports of overheating in the US", "verdict": "updated",
            "why": "92 reports by the recall of 15 September; 96 by 13 October ('including 23 new reports'): a cumulative count that rose.",
            "mentions": [
                ("03", "92", 92, {"as_of": SEP15}),
                ("04", "92", 92, {"as_of": SEP15}),
                ("05", "92", 92, {"as_of": SEP15}),
                ("06", "92", 92, {"ctx": "CPSC, 92", "as_of": SEP15}),
                ("06", "92", 92, {"ctx": "Those 92", "as_of": SEP15}),
                ("07", "92", 92, {"as_of": SEP15}),
                ("08", "96", 96, {"ctx": "there are 96", "as_of": OCT13}),
                ("08", "96", 96, {"ctx": "received 96", "as_of": OCT13}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "reports of burns in the US", "verdict": "conflict",
            "why": "26 reports of burns (15 September) against 13 (13 October, with more reports in all): a cumulative count that cannot fall (a judgement call: the second notice may count differently, the text does not say so).",
            "mentions": [
                ("03", "26", 26, {"as_of": SEP15}),
                ("04", "26", 26, {"ctx": "including 26", "as_of": SEP15}),
                ("05", "26", 26, {"as_of": SEP15}),
                ("06", "26", 26, {"as_of": SEP15}),
                ("07", "26", 26, {"ctx": "including 26", "as_of": SEP15}),
                ("08", "13", 13, {"as_of": OCT13}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "reports of property damage in the US", "verdict": "conflict",
            "why": "55 reports of property damage (15 September) against 47 (13 October): as for the burns.",
            "mentions": [
                ("03", "55", 55, {"as_of": SEP15}),
                ("04", "55", 55, {"as_of": SEP15}),
                ("05", "55", 55, {"as_of": SEP15}),
                ("06", "55", 55, {"as_of": SEP15}),
                ("07", "55", 55, {"as_of": SEP15}),
                ("08", "47", 47, {"as_of": OCT13}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the CPSC's recall", "verdict": "agree",
            "why": "Thursday 15 September 2016.",
            "mentions": [
                ("03", "Thursday", SEP15),
                ("05", "Thursday", SEP15),
                ("07", "Thursday, Sept. 15, 2016", SEP15),
                ("08", "September 15", SEP15),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recall's sales cut-off", "verdict": "agree",
            "why": "Phones sold / purchased before 15 September 2016 ('that's today').",
            "mentions": [
                ("03", "September 15, 2016", SEP15),
                ("04", "September 15th", SEP15),
                ("05", "September 15, 2016", SEP15),
                ("06", "September 15th", SEP15),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:replacements in stores", "verdict": "agree",
            "why": "No later than 21 September (The Odyssey writes 'Thursday, Sept. 21'; 21 September 2016 was a Wednesday).",
            "mentions": [
                ("06", "September 21st", "2016-09-21"),
                ("07", "Thursday, Sept. 21", "2016-09-21", {"note": "written 'Thursday, Sept. 21': the date holds, the weekday does not"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Samsung's software update", "verdict": "single-source",
            "why": "A software update planned for 20 September.",
            "mentions": [("04", "September 20th", "2016-09-20")],
        },
        {
            "event": E, "kind": "percent", "role": "battery charge limit of the update", "verdict": "agree",
            "why": "The update limits the battery to a 60 percent charge (in Korea, Android Police).",
            "mentions": [
                ("04", "60 percent", 60),
                ("06", "60%", 60),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length:the recalled phones' screen", "verdict": "single-source",
            "why": "A 5.7-inch screen.",
            "mentions": [("03", "5.7-inch", 0.14478, {"note": "metres; written in inches"})],
        },
        {
            "event": E, "kind": "money", "role": "money:gift card with a replacement", "verdict": "single-source",
            "why": "A $25 gift card or credit.",
            "mentions": [("06", "$25", 25, {"note": USD})],
        },
        {
            "event": E, "kind": "percent", "role": "fall in use of the phone", "verdict": "single-source",
            "why": "Only a 13 percent usage decline (Apteligent; a look-alike of the 13 burns).",
            "mentions": [("07", "13 percent", 13)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the usage figure", "verdict": "single-source",
            "why": "As of the end of 14 September.",
            "mentions": [("07", "Sept. 14", "2016-09-14")],
        },
        # --- Samsung's global recall ---
        {
            "event": GLOBAL, "kind": "count", "role": "phones sold worldwide", "verdict": "agree",
            "why": "About 2.5 million Note 7s sold (the global recall of 2.5 million phones).",
            "mentions": [
                ("01", "2.5 million", 2.5 * M),
                ("02", "About 2.5 million", 2.5 * M),
                ("04", "2.5 million", 2.5 * M),
                ("07", "2.5 million", 2.5 * M),
            ],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "countries where the phone was sold", "verdict": "single-source",
            "why": "Sold in 10 countries.",
            "mentions": [("01", "10", 10)],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "cases reported worldwide", "verdict": "agree",
            "why": "35 cases / individual allegations worldwide (Samsung, 2 September).",
            "mentions": [
                ("01", "35", 35),
                ("02", "35", 35),
            ],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "faulty batteries per million phones", "verdict": "single-source",
            "why": "About 24 per million devices sold.",
            "mentions": [("02", "about 24", 24)],
        },
        {
            "event": GLOBAL, "kind": "percent", "role": "share of phones affected", "verdict": "single-source",
            "why": "'only affected 0.1 percent of the 2.5 million phones' (The Odyssey: a share that does not square with 24 per million, but another measure).",
            "mentions": [("07", "0.1 percent", 0.1)],
        },
        {
            "event": GLOBAL, "kind": "duration", "role": "time to prepare replacements", "verdict": "agree",
            "why": "About two weeks to have replacements ready.",
            "mentions": [
                ("01", "about two weeks", 14, {"note": "days; written in weeks"}),
                ("02", "two weeks", 14, {"note": "days; written in weeks"}),
            ],
        },
        {
            "event": GLOBAL, "kind": "date", "role": "date-of:Samsung's global recall", "verdict": "compatible",
            "why": "Friday 2 September 2016 ('early September' for Engadget).",
            "mentions": [
                ("02", "Friday", SEP2),
                ("04", "early September", "2016-09", {"note": "written 'early September'"}),
                ("05", "September 2", SEP2),
                ("07", "Sept. 2", SEP2),
            ],
        },
        # --- siblings and background ---
        {
            "event": SECOND, "kind": "count", "role": "new reports since 15 September", "verdict": "single-source",
            "why": "23 new reports of fires from replacement devices (an increment).",
            "mentions": [
                ("08", "23", 23, {"ctx": "revealed 23 new"}),
                ("08", "23", 23, {"ctx": "including 23 new"}),
            ],
        },
        {
            "event": SECOND, "kind": "duration", "role": "time since production ended", "verdict": "single-source",
            "why": "Two days after Samsung ended production.",
            "mentions": [("08", "Two days", 2, {"note": "days"})],
        },
        {
            "event": CANMEX, "kind": "count", "role": "phones sold in Canada", "verdict": "single-source",
            "why": "Approximately 22,000 units.",
            "mentions": [("06", "Approximately 22,000", 22000)],
        },
        {
            "event": CANMEX, "kind": "count", "role": "phones sold in Mexico", "verdict": "single-source",
            "why": "11,500 units.",
            "mentions": [("06", "11,500", 11500)],
        },
        {
            "event": CANMEX, "kind": "count", "role": "cases reported in Mexico", "verdict": "single-source",
            "why": "35 reported cases in Mexico (a look-alike of Samsung's 35 worldwide).",
            "mentions": [("06", "35", 35)],
        },
        {
            "event": LAUNCH, "kind": "date", "role": "date-of:the launch", "verdict": "compatible",
            "why": "Launched on 19 August ('sold since August').",
            "mentions": [
                ("01", "19 August", "2016-08-19"),
                ("07", "August", "2016-08"),
            ],
        },
        {
            "event": LAUNCH, "kind": "duration", "role": "time since the launch (2 September)", "verdict": "single-source",
            "why": "'debuted only a month ago'.",
            "mentions": [("02", "a month", 30, {"note": "days; written 'a month'"})],
        },
        {
            "event": MARKET, "kind": "money", "role": "money:market value lost", "verdict": "agree",
            "why": "Samsung lost $26 billion in market value after the recall.",
            "mentions": [
                ("04", "$26 billion", 26_000 * M, {"note": USD}),
                ("07", "$26 billion", 26_000 * M, {"note": USD}),
            ],
        },
        {
            "event": MARKET, "kind": "date", "role": "date-of:the market value figure", "verdict": "single-source",
            "why": "As of Tuesday 13 September.",
            "mentions": [("07", "Tuesday, Sept. 13", "2016-09-13")],
        },
        {
            "event": MARKET, "kind": "percent", "role": "fall in Samsung's shares", "verdict": "single-source",
            "why": "Nearly 7 percent on Monday 12 September.",
            "mentions": [("07", "nearly 7 percent", 7)],
        },
        {
            "event": MARKET, "kind": "date", "role": "date-of:the fall in Samsung's shares", "verdict": "single-source",
            "why": "Monday 12 September.",
            "mentions": [("07", "Monday, Sept. 12", "2016-09-12")],
        },
    ],
}
