# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the 2014 Ludian earthquake story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
SPEC = {
    "description": (
        "The magnitude 6.1 (USGS) / 6.5 (CENC) earthquake in Ludian county, Yunnan, China, on Sunday "
        "3 August 2014, reported by seven outlets from 3 to 6 August while the toll rose from about 150 "
        "to close to 600; background quakes (the 2012 quake in the same area, Yunnan 1970 and 1974, "
        "Sichuan 2008) are traps."
    ),
    "documents": {
        "02": {"published_how": "DW dates the page 3 August 2014; it reports the overnight toll of 381"},
        "05": {"published_how": "date in the page's URL (2014/08-04)"},
        "07": {"published_how": "'Posted at 9:23 AM, Aug 04, 2014' on the page"},
    },
    "events": [
        {"id": "e1", "label": "the 3 August 2014 earthquake in Ludian county, Yunnan", "main": True},
        {"id": "e2", "label": "the 2012 earthquake in the same area that killed 81 (background)", "main": False},
        {"id": "e3", "label": "the 1970 magnitude-7.7 earthquake in Yunnan (background)", "main": False},
        {"id": "e4", "label": "the 1974 magnitude-7.1 earthquake in the region (background)", "main": False},
        {"id": "e5", "label": "the 2008 Sichuan earthquake (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The toll rose as villages were reached: about 150 in the first hours, 379-381 on the "
                "night of 3 August, 398 on 4 August, close to 600 on 6 August."
            ),
            "mentions": [
                ("01", "hundreds", 300, {"low": 200, "high": 999, "note": "headline"}),
                ("01", "more than 380", 380),
                ("02", "381", 381),
                ("03", "at least 398", 398),
                ("03", "398", 398, {"ctx": "said that 398 people"}),
                ("04", "398", 398),
                ("05", "at least 379", 379),
                ("06", "close to 600", 600),
                ("07", "nearly 400", 400),
                ("07", "around 150", 150, {"as_of": "first hours after the quake (3 August)",
                                            "note": "early Xinhua figure, superseded in the same article"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths-added", "verdict": "single-source",
            "why": "179 is the increase of the toll on 6 August, not a toll, and must not join the deaths cluster.",
            "mentions": [("06", "Another 179", 179)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Ludian county", "verdict": "updated",
            "why": "Deaths in Ludian county alone rose from 302 (3 August) to 319 (4 August) to 504 (6 August).",
            "mentions": [("04", "319", 319), ("05", "302", 302), ("06", "504", 504)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Qiaojia county", "verdict": "updated",
            "why": "Deaths in Qiaojia county: 66 on 3 and 4 August, 72 by 6 August.",
            "mentions": [("04", "66", 66), ("05", "66", 66), ("06", "72", 72)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Huize county", "verdict": "updated",
            "why": "Deaths in Huize county (Qujing): 10 in the first tally, 12 in the tally of 4 August.",
            "mentions": [("04", "12", 12, {"ctx": "and 12 in Huize"}), ("05", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Zhaoyang district", "verdict": "single-source",
            "why": "One death in Zhaoyang district, stated as a figure by Xinhua only.",
            "mentions": [("04", "one", 1, {"ctx": "one in Zhaoyang"})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": (
                "Injuries rose from more than 1,800 (1,801 by the civil affairs department, 1,891 by CCTV, "
                "a small same-day discrepancy between sources) to 2,401 on 6 August; 'more than 1,000' is "
                "a loose lower bound."
            ),
            "mentions": [
                ("01", "more than 1,800", 1800),
                ("03", "more than 1,000", 1000),
                ("03", "1,891", 1891),
                ("04", "1,801", 1801),
                ("06", "2,401", 2401),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured-rescued-by-one-volunteer", "verdict": "single-source",
            "why": "A volunteer's own count of injured people he pulled out; not the injury toll.",
            "mentions": [("02", "at least 40", 40)],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": (
                "Missing people change as they are found: five on the night of 3 August, three on "
                "4 August, nine on 6 August."
            ),
            "mentions": [
                ("03", "three", 3, {"ctx": "three were missing"}),
                ("04", "three", 3, {"ctx": "398 with three missing"}),
                ("05", "five", 5),
                ("06", "Nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing:Qiaojia county", "verdict": "agree",
            "why": "Both Chinese sources put three of the missing in Qiaojia.",
            "mentions": [
                ("04", "Three", 3, {"ctx": "Three are missing in Qiaojia"}),
                ("05", "three", 3, {"ctx": "three in Qiaojia"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing:Huize county", "verdict": "single-source",
            "why": "Two missing in Huize, in the first tally only.",
            "mentions": [("05", "two", 2, {"ctx": "two in Huize"})],
        },
        {
            "event": E, "kind": "count", "role": "evacuation-needed", "verdict": "updated",
            "why": (
                "People needing transfer to safe areas: 57,200 in the first tally, about 230,000 by 2 p.m. "
                "on 4 August."
            ),
            "mentions": [
                ("04", "about 230,000", 230000, {"as_of": "2014-08-04T14:00+08:00"}),
                ("05", "57,200", 57200),
            ],
        },
        {
            "event": E, "kind": "count", "role": "evacuated", "verdict": "single-source",
            "why": (
                "CCTV's count of people already evacuated (29,400) measures something else than the "
                "people needing evacuation (57,200 / 230,000)."
            ),
            "mentions": [("03", "29,400", 29400)],
        },
        {
            "event": E, "kind": "count", "role": "affected", "verdict": "agree",
            "why": "Both give 1.08 million people affected in Zhaotong and Qujing.",
            "mentions": [("04", "1.08 million", 1080000), ("06", "1.08 million", 1080000)],
        },
        {
            "event": E, "kind": "count", "role": "buildings:homes collapsed", "verdict": "compatible",
            "why": "About / more than / at least 12,000 homes collapsed: the intervals overlap.",
            "mentions": [
                ("01", "thousands", 2000, {"low": 2000, "high": None, "note": "'toppled thousands of homes'"}),
                ("01", "About 12,000", 12000),
                ("02", "more than 12,000", 12000),
                ("05", "More than 12,000", 12000),
                ("07", "at least 12,000", 12000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "buildings:homes damaged", "verdict": "agree",
            "why": "Both Xinhua-based reports give 30,000 houses damaged.",
            "mentions": [("02", "30,000", 30000), ("05", "30,000", 30000)],
        },
        {
            "event": E, "kind": "count", "role": "buildings:rooms collapsed", "verdict": "single-source",
            "why": "Rooms (not houses) collapsed, a different unit from the 12,000 homes.",
            "mentions": [("04", "Nearly 80,000", 80000)],
        },
        {
            "event": E, "kind": "count", "role": "buildings:rooms seriously damaged", "verdict": "single-source",
            "why": "Rooms seriously damaged, counted by the civil affairs department only.",
            "mentions": [("04", "124,000", 124000)],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": (
                "Two authorities disagree: the US Geological Survey measured 6.1, the China Earthquake "
                "Networks Center 6.5 (Scripps notes the discrepancy)."
            ),
            "mentions": [
                ("01", "6.1", 6.1),
                ("02", "6.1", 6.1),
                ("02", "6.5", 6.5),
                ("03", "6.1", 6.1, {"ctx": "after 6.1 magnitude"}),
                ("03", "6.1", 6.1, {"ctx": "The 6.1-magnitude"}),
                ("04", "6.5", 6.5),
                ("05", "6.5", 6.5),
                ("06", "6.5", 6.5, {"ctx": "by the 6.5 magnitude tremor"}),
                ("06", "6.5", 6.5, {"ctx": "injured in the 6.5 magnitude"}),
                ("07", "6.1", 6.1),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "depth", "verdict": "conflict",
            "why": "USGS put the depth at 10 km (6 miles), the Chinese network at 12 km.",
            "mentions": [
                ("01", "6 miles", 9656, {"note": "metres; written in miles"}),
                ("02", "10 kilometers", 10000, {"note": "metres; written in km"}),
                ("02", "6 miles", 9656, {"ctx": "(6 miles)", "note": "metres; restatement of 10 km in miles"}),
                ("04", "12 km", 12000, {"note": "metres; written in km"}),
                ("05", "12 km", 12000, {"note": "metres; written in km"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:quake", "verdict": "agree",
            "why": "4:30 p.m. Beijing time is 08:30 UTC and 09:30 BST: every outlet gives the same instant.",
            "mentions": [
                ("01", "4:30 p.m.", "2014-08-03T08:30Z"),
                ("02", "0830 UTC", "2014-08-03T08:30Z"),
                ("03", "about 4.30pm", "2014-08-03T08:30Z"),
                ("03", "09.30 BST", "2014-08-03T08:30Z"),
                ("04", "4:30 p.m.", "2014-08-03T08:30Z"),
                ("05", "4:30 pm", "2014-08-03T08:30Z"),
                ("06", "4:30 p.m.", "2014-08-03T08:30Z"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:quake", "verdict": "agree",
            "why": "Every outlet dates the quake to Sunday, 3 August 2014.",
            "mentions": [
                ("01", "Sunday", "2014-08-03", {"ctx": "on Sunday, killing"}),
                ("02", "Sunday", "2014-08-03", {"ctx": "for Sunday's"}),
                ("02", "Sunday", "2014-08-03", {"ctx": "struck Sunday at"}),
                ("03", "Sunday", "2014-08-03", {"ctx": "on Sunday, the state"}),
                ("04", "Sunday", "2014-08-03", {"ctx": "p.m. Sunday"}),
                ("05", "Sunday", "2014-08-03", {"ctx": "province Sunday"}),
                ("05", "Sunday", "2014-08-03", {"ctx": "pm Sunday"}),
                ("06", "Sunday", "2014-08-03", {"ctx": "tremor on Sunday"}),
                ("06", "Sunday", "2014-08-03", {"ctx": "p.m. Sunday"}),
                ("07", "Sunday", "2014-08-03", {"ctx": "province Sunday"}),
                ("07", "Sunday", "2014-08-03", {"ctx": "China Sunday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "years-since-stronger-quake", "verdict": "compatible",
            "why": (
                "'Strongest in 14 years' (CCTV) implies no such quake in the past 12 or 13 years, as the "
                "BBC's expert says."
            ),
            "mentions": [
                ("01", "14 years", 14, {"note": "years"}),
                ("06", "14 years", 14, {"note": "years"}),
                ("07", "12, or 13 years", 12.5, {"low": 12, "high": 13, "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Ludian to Kunming", "verdict": "conflict",
            "why": "AP puts Ludian 277 miles from Kunming, the Guardian about 225 miles.",
            "mentions": [("01", "277 miles", 445789, {"note": "metres; written in miles"}), ("03", "about 225 miles", 362102, {"note": "metres; written in miles", "low": 325892, "high": 398312})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:epicenter to Zhaotong", "verdict": "conflict",
            "why": (
                "The epicenter is 14 miles from Zhaotong for AP (which calls Zhaotong the county seat) "
                "but about 18 miles for Scripps/USGS."
            ),
            "mentions": [("01", "14 miles", 22531, {"note": "metres; written in miles"}), ("07", "about 18 miles", 28968, {"note": "metres; written in miles", "low": 26071, "high": 31865})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:epicenter to Ludian county seat",
            "verdict": "single-source",
            "why": "CENC's distance to the Ludian county seat, a different reference point from Zhaotong city.",
            "mentions": [("05", "23 km", 23000, {"note": "metres; written in km"})],
        },
        {
            "event": E, "kind": "count", "role": "troops", "verdict": "compatible",
            "why": "2,500 troops and more than 2,500 troops: compatible.",
            "mentions": [("02", "more than 2,500", 2500), ("03", "2,500", 2500, {"ctx": "said 2,500 troops"})],
        },
        {
            "event": E, "kind": "count", "role": "police and firefighters", "verdict": "agree",
            "why": "Both give 300 police and firefighters.",
            "mentions": [("02", "300", 300), ("03", "300", 300)],
        },
        {
            "event": E, "kind": "count", "role": "rescue dogs", "verdict": "agree",
            "why": "Both give 12 dogs.",
            "mentions": [("02", "12", 12, {"ctx": "12 sniffer dogs"}), ("03", "12", 12, {"ctx": "12 rescue dogs"})],
        },
        {
            "event": E, "kind": "count", "role": "rescuers", "verdict": "single-source",
            "why": "Xinhua's total of rescuers sent by Yunnan.",
            "mentions": [("04", "7,000", 7000)],
        },
        {
            "event": E, "kind": "count", "role": "tents sent", "verdict": "single-source",
            "why": "Relief tents sent, reported by the Guardian only.",
            "mentions": [("03", "2,000", 2000)],
        },
        {
            "event": E, "kind": "count", "role": "population:Ludian county", "verdict": "single-source",
            "why": "Population of Ludian county, background for the toll.",
            "mentions": [("02", "about 400,000", 400000)],
        },
        # --- background events (traps) ---
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the 2012 quake in the same area: a different event from the 2014 toll.",
            "mentions": [("01", "81", 81)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:quake", "verdict": "compatible",
            "why": "'2012' and 'two years ago' (said in 2014) name the same earlier quake.",
            "mentions": [("01", "2012", "2012"), ("01", "two years ago", "2012")],
        },
        {
            "event": "e3", "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "Magnitude of the 1970 Yunnan quake; must not conflict with 6.1/6.5.",
            "mentions": [("02", "7.7", 7.7)],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the 1970 Yunnan quake.",
            "mentions": [("02", "at least 15,000", 15000)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:quake", "verdict": "single-source",
            "why": "Year of the background quake.",
            "mentions": [("02", "1970", "1970")],
        },
        {
            "event": "e4", "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "Magnitude of the 1974 quake; must not conflict with 6.1/6.5.",
            "mentions": [("02", "7.1", 7.1)],
        },
        {
            "event": "e4", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the 1974 quake.",
            "mentions": [("02", "more than 1,400", 1400)],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:quake", "verdict": "single-source",
            "why": "Year of the background quake.",
            "mentions": [("02", "1974", "1974")],
        },
        {
            "event": "e5", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the 2008 Sichuan quake.",
            "mentions": [("02", "almost 70,000", 70000)],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:quake", "verdict": "single-source",
            "why": "Year of the Sichuan quake.",
            "mentions": [("02", "2008", "2008")],
        },
    ],
}
