# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Morbi bridge collapse story (second sealed test gold; read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths in metres (the written unit in ``note``); money in rupees as written (``note``: INR).
"""

E = "e1"
INR = {"note": "INR"}
SPEC = {
    "description": (
        "The collapse of the suspension bridge over the Machchhu river in Morbi, Gujarat, at about 6.30 pm on Sunday "
        "30 October 2022, as eight Indian outlets reported it from that evening to 1 November while the toll rose from "
        "'over 60' to 133-141, the police's 141 standing against the state minister's 132 on the Monday morning; the "
        "state's and the Prime Minister's ex-gratia payments are look-alikes of each other; the 1979 failure of the "
        "Machchhu Dam-II and China's 1975 Banqiao dam failure are background events, Modi's three-day visit to Gujarat "
        "a sibling one."
    ),
    "documents": {
        "01": {"published_how": "'date 2022-10-30' on the stored page (the toll 'over 60 as of 9:48 pm' on Sunday)"},
        "02": {"published_how": "'date 2022-10-31' on the stored page"},
        "03": {"published_how": "dateline 'Morbi (Gujarat), October 31, 2022'"},
        "04": {"published_how": "'date 2022-10-31' on the stored page"},
        "05": {"published_how": "no date on the page; inferred: the toll of 130 'on Monday' (31 October)"},
        "06": {"published_how": "date in the page's URL (2022-10-31)"},
        "07": {"published_how": "no date on the page; inferred: the collapse 'on Sunday' and the toll 'over 130' (31 October)"},
        "08": {"published_how": "'date 2022-11-01' on the stored page; date in the URL (2022/11)"},
    },
    "events": [
        {"id": "e1", "label": "the collapse of the Morbi suspension bridge, 30 October 2022", "main": True},
        {"id": "e2", "label": "the failure of the Machchhu Dam-II that flooded Morbi, 11 August 1979 (background)", "main": False},
        {"id": "e3", "label": "the 1975 Banqiao dam failure in China (background)", "main": False},
        {"id": "e4", "label": "Prime Minister Modi's three-day visit to Gujarat, Oct-Nov 2022 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The toll rose from 'over 60' at 9:48 pm on Sunday to 130-134 on Monday and 135 on 1 November, but on the Monday "
                "morning the police (Inspector General Ashok Yadav) gave 141 while the Minister of State for Home gave 132: two "
                "authorities whose counts cannot both hold (the toll later settled at 135)."
            ),
            "mentions": [
                ("01", "More than 60", 60, {"ctx": "More than 60 people died"}),
                ("01", "over 60", 60, {"as_of": "2022-10-30", "note": "as of 9:48 pm (the BJP MP for Rajkot)"}),
                ("01", "More than 60", 60, {"ctx": "More than 60 bodies", "as_of": "2022-10-30", "note": "bodies recovered, the MP's words"}),
                ("02", "133", 133, {"as_of": "2022-10-31", "note": "on Monday morning"}),
                ("03", "141", 141, {"as_of": "2022-10-31", "note": "the police (IG Ashok Yadav), as of Monday morning"}),
                ("03", "132", 132, {"as_of": "2022-10-31", "note": "the Minister of State for Home, the same morning"}),
                ("04", "at least 141", 141),
                ("05", "130", 130, {"as_of": "2022-10-31", "note": "on Monday, a police official"}),
                ("06", "134", 134, {"as_of": "2022-10-31"}),
                ("07", "over 130", 130),
                ("08", "135", 135, {"as_of": "2022-11-01", "note": "mortal remains recovered"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:listed by the Morbi hospital", "verdict": "single-source",
            "why": "The hospital's list of 99 deceased, a look-alike of the toll.",
            "mentions": [("03", "99", 99)],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "agree",
            "why": "Two people unaccounted for on Monday and two still missing on 1 November.",
            "mentions": [
                ("03", "two", 2, {"ctx": "while two persons"}),
                ("03", "two", 2, {"ctx": "when the two missing"}),
                ("08", "2", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "The local MLA's 'about 70-80' injured or stranded on Sunday evening rose to 93 injured by Monday morning.",
            "mentions": [
                ("02", "As many as 93", 93, {"as_of": "2022-10-31"}),
                ("05", "About 70-80", 75, {"low": 70, "high": 80, "as_of": "2022-10-30", "note": "'injured or left stranded', the local MLA on Sunday evening"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:in the government hospital", "verdict": "single-source",
            "why": "A subset of the 93 injured, a look-alike.",
            "mentions": [("02", "Nearly 84", 84)],
        },
        {
            "event": E, "kind": "count", "role": "injured:in private hospital", "verdict": "single-source",
            "why": "A subset of the 93 injured, a look-alike.",
            "mentions": [("02", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "injured:still under treatment", "verdict": "single-source",
            "why": "The Gujarat information department's count of people under treatment, not of all injured.",
            "mentions": [("05", "Around 19", 19)],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "updated",
            "why": "177 rescued on Monday 31 October, 180 rescued by the NDRF by 1 November.",
            "mentions": [
                ("04", "177", 177),
                ("05", "Around 177", 177),
                ("08", "A total of 180", 180, {"as_of": "2022-11-01"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on the bridge", "verdict": "conflict",
            "why": "About 400 (NetIndian) and around 500 (Sakshi) people on the bridge at the collapse cannot both hold; 'dozens' walking on it (News Hamster) is lower still.",
            "mentions": [
                ("03", "about 400", 400),
                ("04", "Around 500", 500),
                ("05", "dozens", 50, {"low": 24, "high": 99}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:collapse", "verdict": "agree",
            "why": "Every outlet puts the collapse on Sunday (evening, night) 30 October 2022.",
            "mentions": [
                ("01", "Sunday evening", "2022-10-30"),
                ("03", "Sunday evening", "2022-10-30", {"ctx": "Gujarat on Sunday evening"}),
                ("03", "Sunday evening", "2022-10-30", {"ctx": "took place on Sunday evening"}),
                ("04", "Sunday", "2022-10-30", {"ctx": "collapsed on Sunday."}),
                ("04", "Sunday night", "2022-10-30"),
                ("04", "Sunday", "2022-10-30", {"ctx": "pm on Sunday"}),
                ("05", "Sunday evening", "2022-10-30"),
                ("06", "Sunday", "2022-10-30", {"ctx": "pm on Sunday"}),
                ("06", "Sunday", "2022-10-30", {"ctx": "being a Sunday"}),
                ("07", "Sunday", "2022-10-30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:collapse", "verdict": "compatible",
            "why": "'Around / about 6.30 pm' (three outlets) and Sakshi's 6:42 pm lie within a quarter of an hour of each other.",
            "mentions": [
                ("01", "around 6.30 pm", "18:30"),
                ("04", "6:42 pm", "18:42"),
                ("05", "about 6:30 pm", "18:30"),
                ("06", "around 6.30 pm", "18:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the toll of over 60", "verdict": "single-source",
            "why": "The MP's toll of over 60 as of 9:48 pm on Sunday.",
            "mentions": [("01", "9:48 pm", "2022-10-30T21:48")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll's count", "verdict": "agree",
            "why": "The tolls of 130, 133, 134 and 141 were all given on Monday (morning) 31 October.",
            "mentions": [
                ("02", "Monday morning", "2022-10-31"),
                ("03", "Monday morning", "2022-10-31", {"ctx": "141 as of Monday morning"}),
                ("05", "Monday", "2022-10-31"),
                ("06", "Monday", "2022-10-31"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the hospital's list", "verdict": "single-source",
            "why": "The hospital's list of 99 deceased, as of Monday morning 31 October.",
            "mentions": [("03", "Monday morning", "2022-10-31", {"ctx": "As of Monday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:reopening", "verdict": "agree",
            "why": "Both say the bridge reopened on 26 October (the Gujarati New Year).",
            "mentions": [
                ("01", "October 26", "2022-10-26"),
                ("04", "October 26", "2022-10-26"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since reopening", "verdict": "compatible",
            "why": "Four days before the Sunday collapse and 'five days ago' in a Monday report both put the reopening on 26 October.",
            "mentions": [
                ("01", "four days", 4, {"note": "days, counted to the collapse"}),
                ("05", "four days", 4, {"note": "days, counted to the collapse"}),
                ("06", "five days", 5, {"as_of": "2022-10-31", "note": "days, counted to the Monday report"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:closure for repairs", "verdict": "compatible",
            "why": "Shut seven months and closed 'about seven months' overlap.",
            "mentions": [
                ("04", "seven months", 7, {"note": "months"}),
                ("05", "about seven months", 7, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:repair work", "verdict": "single-source",
            "why": "The private operator's repair work lasted nearly six months (a part of the closure, so not set against its seven months).",
            "mentions": [("01", "nearly six months", 6, {"note": "months"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the bridge", "verdict": "compatible",
            "why": "233 m and 230 m (754 ft = 229.8 m) differ by rounding.",
            "mentions": [
                ("01", "233 m", 233, {"note": "metres"}),
                ("05", "230m", 230, {"note": "metres"}),
                ("05", "754ft", 229.8, {"note": "metres; written in feet, the conversion of 230 m"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "width of the bridge", "verdict": "single-source",
            "why": "The bridge's width, a look-alike of its length.",
            "mentions": [("01", "1.25 m", 1.25, {"note": "metres"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the bridge", "verdict": "single-source",
            "why": "A 'nearly 100-year-old' bridge ('century-old' elsewhere, in words).",
            "mentions": [("04", "nearly 100", 100, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:construction of the bridge", "verdict": "single-source",
            "why": "Built during British rule in the 19th century.",
            "mentions": [("05", "19th Century", "19th century")],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Morbi from Gandhinagar", "verdict": "conflict",
            "why": "About 240 km (News Hamster) and around 300 km (India TV) from the state capital cannot both hold.",
            "mentions": [
                ("05", "about 240 km", 240000, {"note": "metres; written in kilometres"}),
                ("06", "around 300 km", 300000, {"note": "metres; written in kilometres"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Morbi from Ahmedabad", "verdict": "single-source",
            "why": "Sakshi's 'around 300 miles from Ahmedabad', a look-alike of India TV's 300 km from Gandhinagar (another city, another unit).",
            "mentions": [("04", "around 300 miles", 482803, {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Morbi from Rajkot", "verdict": "single-source",
            "why": "Morbi's distance from Rajkot.",
            "mentions": [("01", "53 km", 53000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": E, "kind": "count", "role": "NDRF teams", "verdict": "single-source",
            "why": "Five NDRF teams at the site.",
            "mentions": [("04", "five", 5, {"ctx": "with five teams"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the army's arrival", "verdict": "single-source",
            "why": "The army reached the site around 3 at night.",
            "mentions": [("05", "around 3", "03:00")],
        },
        {
            "event": E, "kind": "count", "role": "probe committee members", "verdict": "agree",
            "why": "Both name a five-member committee.",
            "mentions": [
                ("02", "five", 5, {"ctx": "a five-member"}),
                ("08", "5", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "arrested", "verdict": "single-source",
            "why": "Nine people arrested, stated twice by one outlet.",
            "mentions": [
                ("08", "9", 9),
                ("08", "Nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "arrested:Oreva managers", "verdict": "single-source",
            "why": "A subset of the nine arrested.",
            "mentions": [("08", "two", 2, {"ctx": "include two managers"})],
        },
        {
            "event": E, "kind": "count", "role": "arrested:ticket clerks", "verdict": "single-source",
            "why": "A subset of the nine arrested.",
            "mentions": [("08", "two", 2, {"ctx": "two ticket clerks"})],
        },
        {
            "event": E, "kind": "count", "role": "arrested:contractors", "verdict": "single-source",
            "why": "A subset of the nine arrested.",
            "mentions": [("08", "two", 2, {"ctx": "two contractors"})],
        },
        {
            "event": E, "kind": "count", "role": "arrested:security guards", "verdict": "single-source",
            "why": "A subset of the nine arrested.",
            "mentions": [("08", "three", 3, {"ctx": "three security guards"})],
        },
        {
            "event": E, "kind": "money", "role": "money:state ex-gratia per death", "verdict": "agree",
            "why": "The Chief Minister's Rs 4 lakh for each family of the dead, in three outlets.",
            "mentions": [
                ("02", "Rs 4 lakh", 400000, INR),
                ("03", "Rs 4 lakh", 400000, INR),
                ("04", "Rs 4 lakh", 400000, INR),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:state aid per injured", "verdict": "agree",
            "why": "The state's Rs 50,000 for each injured.",
            "mentions": [
                ("02", "Rs 50,000", 50000, INR),
                ("03", "Rs 50,000", 50000, {"ctx": "Rs 50,000 financial", **INR}),
                ("04", "Rs 50,000", 50000, INR),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:PM ex-gratia per death", "verdict": "agree",
            "why": "The Prime Minister's Rs 2 lakh from the PMNRF for each family of the dead (a look-alike of the state's Rs 4 lakh).",
            "mentions": [
                ("02", "Rs 2 lakh", 200000, INR),
                ("03", "Rs 2 lakh", 200000, INR),
                ("04", "Rs 2 lakh", 200000, INR),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:PM aid per injured", "verdict": "agree",
            "why": "The Prime Minister's Rs 50,000 for each injured (a look-alike of the state's Rs 50,000).",
            "mentions": [
                ("02", "Rs. 50,000", 50000, INR),
                ("03", "Rs 50,000", 50000, {"ctx": "and Rs 50,000 for each", **INR}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Oreva's maintenance contract", "verdict": "single-source",
            "why": "The MoU handed operations and maintenance to Oreva for 15 years.",
            "mentions": [("05", "15 years", 15, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Modi's visit to Morbi", "verdict": "single-source",
            "why": "The Prime Minister visited Morbi on Tuesday 1 November.",
            "mentions": [("08", "Tuesday, November 1", "2022-11-01")],
        },
        {
            "event": "e4", "kind": "duration", "role": "duration-of:Modi's visit to Gujarat", "verdict": "agree",
            "why": "A three-day tour / visit in both.",
            "mentions": [
                ("02", "three", 3, {"ctx": "a three-day tour", "note": "days"}),
                ("08", "three", 3, {"ctx": "a three-day visit", "note": "days"}),
            ],
        },
        {
            "event": "e4", "kind": "count", "role": "programmes deferred or cancelled", "verdict": "single-source",
            "why": "At least two of Modi's programmes were deferred or cancelled after the collapse.",
            "mentions": [("02", "at least two", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the arrests reported", "verdict": "single-source",
            "why": "ANI reported the nine arrests on 31 October 2022.",
            "mentions": [("08", "October 31, 2022", "2022-10-31")],
        },
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "'At least 1,500' (India TV, OpIndia), 'thousands', and estimates 'ranging from 1,800 to 25,000' / 'as high as 25,000' overlap: the 1979 toll was never settled (a trap for the bridge's toll).",
            "mentions": [
                ("06", "thousands", 5000, {"low": 2000, "high": 9999}),
                ("06", "at least 1,500", 1500),
                ("07", "1,800 to 25,000", None, {"low": 1800, "high": 25000}),
                ("07", "as high as 25,000", 25000, {"low": None, "high": 25000}),
                ("08", "at least 1,500", 1500),
            ],
        },
        {
            "event": "e2", "kind": "count", "role": "animals killed", "verdict": "agree",
            "why": "More than 13000 animals in both.",
            "mentions": [
                ("06", "more than 13000", 13000),
                ("08", "more than 13000", 13000),
            ],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Machchhu dam failure", "verdict": "compatible",
            "why": "11 August 1979 in three outlets; the year alone elsewhere.",
            "mentions": [
                ("06", "1979", "1979", {"ctx": "In 1979, too"}),
                ("06", "August 11, 1979", "1979-08-11"),
                ("07", "August 11, 1979", "1979-08-11"),
                ("07", "1979", "1979", {"ctx": "disaster of 1979."}),
                ("08", "1979", "1979", {"ctx": "Gujarat, in 1979."}),
                ("08", "August 11, 1979", "1979-08-11"),
            ],
        },
        {
            "event": "e2", "kind": "duration", "role": "duration-of:time since the dam burst", "verdict": "single-source",
            "why": "The dam burst 43 years before the bridge collapse.",
            "mentions": [("07", "43 years", 43, {"note": "years"})],
        },
        {
            "event": "e2", "kind": "date", "role": "time-of:dam failure", "verdict": "single-source",
            "why": "The dam broke at 3.15 pm (a look-alike of the bridge's 6.30 pm).",
            "mentions": [("06", "3.15 pm", "15:15")],
        },
        {
            "event": "e2", "kind": "duration", "role": "duration-of:the flooding of the city", "verdict": "single-source",
            "why": "The water engulfed the city within 15 minutes.",
            "mentions": [("06", "within 15 minutes", 15, {"low": None, "high": 15, "note": "minutes"})],
        },
        {
            "event": "e2", "kind": "measure", "role": "length of the dam", "verdict": "single-source",
            "why": "The two-mile-long Machchhu Dam-II (a look-alike of the bridge's length).",
            "mentions": [("07", "two mile", 3219, {"note": "metres; written 'two mile-long'"})],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:the dam's rebuilding", "verdict": "single-source",
            "why": "Rebuilt at the end of the 1980s.",
            "mentions": [("07", "1980s", "1980s")],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Banqiao dam failure", "verdict": "single-source",
            "why": "The Banqiao dam failure of 1975.",
            "mentions": [("08", "1975", "1975")],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:declassification of the Banqiao toll", "verdict": "single-source",
            "why": "China declassified the Banqiao toll in 2005.",
            "mentions": [("08", "2005", "2005")],
        },
    ],
}
