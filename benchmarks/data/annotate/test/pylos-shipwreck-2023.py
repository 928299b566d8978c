# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: the migrant shipwreck off Pylos, Greece, 14 June 2023 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
HUNDREDS = {"low": 200, "high": 999}
MILE, NMI = 1609.344, 1852.0
SPEC = {
    "description": (
        "The sinking of an overcrowded fishing boat carrying migrants from Tobruk towards Italy, about 80 km southwest "
        "of Pylos, at about 2 a.m. on Wednesday 14 June 2023, reported by seven outlets from 14 to 17 June: the toll "
        "was about 59, then 79 on Wednesday, revised to 78 bodies; 104 ('some 100') rescued; estimates of those on "
        "board from 'up to 400' (IOM) to 'around 750' (Alarm Phone; one outlet attributes 750 to the IOM), '500 to "
        "700' (Greek media); hundreds missing. The Calabrian shipwreck of February 2023, the UN's count of deaths in "
        "the central Mediterranean since 2014 and Greece's two 2023 elections are background events whose figures "
        "are traps."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2023/06/14)"},
        "02": {"published_how": "no date on the page; inferred: the first toll of 78 and 'There on Wednesday' (14 June)"},
        "03": {"published_how": "'date 2023-06-15' on the stored page"},
        "04": {"published_how": "no full date on the page (URL 2023/06); the text reports the search 'on Thursday' (15 June)"},
        "05": {"published_how": "'Updated: Jun 15, 2023, 07:37 PM IST' on the stored page (removed with the byline)"},
        "06": {"published_how": "no date on the page; inferred: 'so far at least 79' and the search still on after Wednesday 14 June"},
        "07": {"published_how": "date in the page's URL (17-06-2023)"},
    },
    "events": [
        {"id": "e1", "label": "the migrant shipwreck off Pylos, Greece, 14 June 2023", "main": True},
        {"id": "e2", "label": "the shipwreck off Calabria, Italy, February 2023 (background)", "main": False},
        {"id": "e3", "label": "deaths and disappearances in the central Mediterranean since 2014 (background)", "main": False},
        {"id": "e4", "label": "Greece's elections of 21 May and 25 June 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The toll rose from about 59 to 79 on Wednesday, then the count of bodies was given as 78 from Thursday: a "
                "downward revision, so 79 and 78 are reports of the same dead that cannot both hold."
            ),
            "mentions": [
                ("01", "At least 79", 79),
                ("02", "at least 78", 78),
                ("02", "At least 78", 78),
                ("02", "about 59", 59, {"as_of": "2023-06-14", "note": "'Earlier, the TV channel reported'"}),
                ("03", "At least 79", 79),
                ("04", "at least 78", 78),
                ("05", "79", 79, {"ctx": "kills 79"}),
                ("05", "At least 79", 79),
                ("05", "79", 79, {"ctx": "killing 79"}),
                ("06", "at least 79", 79, {"note": "'dead/missing'"}),
                ("07", "78", 78),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "compatible",
            "why": "'Hundreds' missing or feared dead everywhere; 'more than 500' presumed drowned lies within 'hundreds'.",
            "mentions": [
                ("03", "hundreds", 500, {**HUNDREDS, "ctx": "hundreds more were missing"}),
                ("04", "Hundreds", 500, {**HUNDREDS, "ctx": "Hundreds feared dead"}),
                ("04", "hundreds", 500, {**HUNDREDS, "ctx": "hundreds more, including children"}),
                ("05", "hundreds", 500, {**HUNDREDS, "ctx": "79, hundreds still missing"}),
                ("05", "hundreds", 500, {**HUNDREDS, "ctx": "with hundreds more still missing"}),
                ("07", "More than 500", 500, {"note": "'presumed to have drowned'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "conflict",
            "why": (
                "The IOM's 'up to 400' (or 'at least 400') and Alarm Phone's 'around 750' cannot both hold; Greek media's 500 "
                "to 700 sits between, and Malta Ship Photos attributes 'as many as 750' to the IOM itself."
            ),
            "mentions": [
                ("01", "hundreds", 500, {**HUNDREDS, "note": "the coastguard via a ministry source"}),
                ("01", "up to 400", 400, {"low": None, "high": 400}),
                ("02", "at least 400", 400),
                ("02", "750", 750),
                ("03", "around 750", 750),
                ("03", "up to 400", 400, {"low": None, "high": 400}),
                ("04", "between 400 and 750", 575, {"low": 400, "high": 750}),
                ("05", "750", 750, {"ctx": "750 people were on board"}),
                ("05", "around 750", 750),
                ("06", "between 500 and 700", 600, {"low": 500, "high": 700}),
                ("07", "as many as 750", 750, {"low": None, "high": 750}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children on board", "verdict": "compatible",
            "why": "Around 100 children (Save the Children) and ~100 minors (Greek media) overlap.",
            "mentions": [
                ("05", "100", 100, {"ctx": "100 children were also"}),
                ("05", "around 100", 100),
                ("06", "~100", 100, {"low": 90, "high": 110}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "compatible",
            "why": "104 rescued in every outlet but one, whose 'some 100' is a rounding of it.",
            "mentions": [
                ("01", "Some 100", 100),
                ("02", "104", 104),
                ("03", "104", 104),
                ("04", "104", 104),
                ("05", "104", 104),
                ("06", "104", 104),
                ("07", "104", 104),
            ],
        },
        {
            "event": E, "kind": "count", "role": "hospitalised", "verdict": "conflict",
            "why": "AFP's 'nearly 30' taken to hospital against the coastguard's four (WION: four, by helicopter): both cannot hold.",
            "mentions": [
                ("01", "Nearly 30", 30),
                ("01", "four", 4, {"note": "'the coastguard limited the number to just four'"}),
                ("05", "Four", 4),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance from Pylos", "verdict": "compatible",
            "why": "About 50 miles / 80 km southwest of Pylos everywhere; 47 nautical miles (87 km) is within 'about 80 km'.",
            "mentions": [
                ("02", "47 sea miles", round(47 * NMI), {"note": "metres; written as nautical ('sea') miles"}),
                ("03", "about 50 miles", round(50 * MILE), {"note": "metres; written in miles"}),
                ("03", "80 km", 80000, {"note": "metres; the conversion of '50 miles'"}),
                ("04", "about 50 miles", round(50 * MILE), {"note": "metres; written in miles"}),
                ("04", "80 km", 80000, {"note": "metres; the conversion of '50 miles'"}),
                ("05", "about 80 km", 80000, {"note": "metres"}),
                ("05", "80 km", 80000, {"ctx": "sank 80 km", "note": "metres"}),
                ("07", "about 50 miles", round(50 * MILE), {"note": "metres; written in miles"}),
                ("07", "80 km", 80000, {"note": "metres; the conversion of '50 miles'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the boat", "verdict": "compatible",
            "why": "20 to 30 metres (65 to 100 feet) and 30 metres overlap.",
            "mentions": [
                ("03", "20- to 30-meter", 25, {"low": 20, "high": 30, "note": "metres"}),
                ("03", "65- to 100-foot", 25, {"low": 19.8, "high": 30.5, "note": "metres; written in feet"}),
                ("06", "30 meters", 30, {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:sinking", "verdict": "agree",
            "why": "All put the capsizing early on Wednesday 14 June 2023.",
            "mentions": [
                ("01", "Wednesday", "2023-06-14", {"ctx": "early [on] Wednesday"}),
                ("03", "Wednesday", "2023-06-14", {"ctx": "early on Wednesday"}),
                ("04", "Wednesday", "2023-06-14"),
                ("05", "Wednesday", "2023-06-14", {"ctx": "2 am on Wednesday"}),
                ("06", "Wednesday", "2023-06-14", {"ctx": "occurred on Wednesday"}),
                ("06", "June 14th", "2023-06-14"),
                ("06", "Wednesday", "2023-06-14", {"ctx": "early on Wednesday morning"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:sinking", "verdict": "single-source",
            "why": "Only WION gives the time (around 2 am).",
            "mentions": [("05", "around 2 am", "02:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:boat spotted by Frontex", "verdict": "agree",
            "why": "Frontex spotted the boat on Tuesday 13 June (afternoon / around noon).",
            "mentions": [
                ("01", "Tuesday", "2023-06-13"),
                ("06", "Tuesday", "2023-06-13"),
                ("07", "Tuesday 13th", "2023-06-13"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Alarm Phone alert", "verdict": "agree",
            "why": "Alarm Phone received (and passed on) the distress alerts late on Tuesday 13 June.",
            "mentions": [
                ("03", "late on Tuesday", "2023-06-13"),
                ("05", "Tuesday", "2023-06-13", {"ctx": "distress alerts Tuesday"}),
                ("07", "late on Tuesday", "2023-06-13"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:voyage before the sinking", "verdict": "single-source",
            "why": "Only Nevsedoma says the boat left Tobruk four days earlier.",
            "mentions": [("02", "four days", 4, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "Three days of national mourning (Malta Ship Photos).",
            "mentions": [("07", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "arrested", "verdict": "single-source",
            "why": "Nine people arrested (Newshub): not the nine ships of the search.",
            "mentions": [("04", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "search ships", "verdict": "single-source",
            "why": "Nine ships searched (CruiseMapper); AFP's 'six other boats' besides navy vessels is a different tally.",
            "mentions": [("06", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "other boats in the search", "verdict": "single-source",
            "why": "Six boats besides the navy vessels (AFP).",
            "mentions": [("01", "six", 6)],
        },
        {
            "event": E, "kind": "money", "role": "fare paid by one passenger", "verdict": "compatible",
            "why": "$4,500 and its conversion, 4,124 euros: one woman's fare.",
            "mentions": [
                ("04", "$4,500", 4500, {"note": "US dollars"}),
                ("04", "4,124 euros", 4124, {"note": "euros; the conversion of $4,500"}),
            ],
        },
        # background (traps)
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "96 died off Calabria in February 2023.",
            "mentions": [("03", "96", 96)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Calabria shipwreck", "verdict": "single-source",
            "why": "February (2023).",
            "mentions": [("03", "February", "2023-02")],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths and disappearances", "verdict": "single-source",
            "why": "The UN's count for the central Mediterranean since 2014.",
            "mentions": [("05", "more than 20,000", 20000)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:start of the count", "verdict": "single-source",
            "why": "Since 2014.",
            "mentions": [("05", "2014", "2014")],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:first election", "verdict": "single-source",
            "why": "The inconclusive election of 21 May 2023.",
            "mentions": [("07", "May 21st", "2023-05-21")],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:second election", "verdict": "single-source",
            "why": "The new elections of 25 June 2023.",
            "mentions": [("07", "June 25th", "2023-06-25")],
        },
    ],
}
