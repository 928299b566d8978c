# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Mati (Attica) wildfire story (second sealed test gold; read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths in metres, speeds in km/h, temperatures in degrees Celsius (the written unit in ``note``).
"""

E = "e1"
SPEC = {
    "description": (
        "The wildfires that swept through Mati and other coastal settlements of eastern Attica, near Athens, from "
        "Monday 23 July 2018, as six outlets reported them from 24 July to 27 August while the toll rose from 'at "
        "least 60' to 74, 81, 91 and 97, the injured from 'more than 140' to 187 and those still in hospital fell from "
        "71 to 25; the fire near Kineta, west of Athens, is a sibling event and Greece's 2007 fires (at least 73 vs 77 "
        "dead) a background event."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2018/07/24)"},
        "02": {"published_how": "date in the page's URL (2018/07/24)"},
        "03": {"published_how": "no date on the page; inferred: the toll of 74 and the injured 'more than 140' of Tuesday 24 July"},
        "04": {"published_how": "no date on the page; inferred: the toll of 81 of Wednesday 25 July"},
        "05": {"published_how": "date in the page's URL (2018/08/06)"},
        "06": {"published_how": "'Monday, 27 August 2018' under the headline on the stored page (removed)"},
    },
    "events": [
        {"id": "e1", "label": "the wildfires of eastern Attica (Mati, Rafina), from 23 July 2018", "main": True},
        {"id": "e2", "label": "the fire near Kineta, west of Athens, July 2018 (sibling)", "main": False},
        {"id": "e3", "label": "Greece's wildfires of 2007 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll rose over five weeks: at least 60 then at least 74 on 24 July, 81 on 25 July, 91 on 6 August, 97 on 27 August as burn victims died in hospital.",
            "mentions": [
                ("01", "at least 60", 60),
                ("02", "at least 74", 74, {"ctx": "say that at least 74 people were killed in wildfires in the country’s Attica region.\n"}),
                ("02", "at least 74", 74, {"ctx": "say that at least 74 people were killed in wildfires in the country’s Attica region, which"}),
                ("03", "At Least 74", 74),
                ("03", "at least 74", 74),
                ("04", "81", 81, {"ctx": "mounts to 81"}),
                ("04", "81", 81, {"ctx": "mounted to 81"}),
                ("05", "91", 91, {"ctx": "reaches 91"}),
                ("05", "91", 91, {"ctx": "wildfire to 91"}),
                ("06", "97", 97, {"ctx": "reaches 97"}),
                ("06", "97", 97, {"ctx": "reached 97"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "'More than 140' injured in the first count of 24 July, 187 injuries / hospitalised by the fire service's count later that day and on 25 July.",
            "mentions": [
                ("02", "187", 187),
                ("03", "more than 140", 140),
                ("04", "187", 187, {"note": "hospitalised"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:children", "verdict": "single-source",
            "why": "23 children among the 187 injured.",
            "mentions": [("02", "23", 23)],
        },
        {
            "event": E, "kind": "count", "role": "injured:critical", "verdict": "updated",
            "why": "Eleven in critical condition on 24 July, two still critical in intensive care on 27 August.",
            "mentions": [
                ("02", "Eleven", 11),
                ("06", "two", 2, {"ctx": "two of which"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:intubated", "verdict": "single-source",
            "why": "Six of the 36 still in hospital were intubated on 6 August.",
            "mentions": [("05", "six", 6, {"ctx": "six of them"})],
        },
        {
            "event": E, "kind": "count", "role": "injured:still in hospital", "verdict": "updated",
            "why": "71 still treated on 25 July, 36 in hospital on 6 August, 25 on 27 August.",
            "mentions": [
                ("04", "71", 71),
                ("05", "Thirty six", 36),
                ("06", "Another 25", 25),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "single-source",
            "why": "The only remaining official missing person, identified by 27 August.",
            "mentions": [("06", "one", 1)],
        },
        {
            "event": E, "kind": "count", "role": "victims identified", "verdict": "single-source",
            "why": "Two more victims identified by 27 August.",
            "mentions": [("06", "two", 2, {"ctx": "bodies of two victims"})],
        },
        {
            "event": E, "kind": "count", "role": "age:victim who died on 6 August", "verdict": "single-source",
            "why": "The 95-year-old woman whose death raised the toll to 91 (a look-alike of the toll).",
            "mentions": [("05", "95", 95)],
        },
        {
            "event": E, "kind": "count", "role": "age:victim who died on 26 August", "verdict": "single-source",
            "why": "The 76-year-old man whose death raised the toll to 97 (a look-alike of the toll).",
            "mentions": [("06", "76", 76)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 91st death", "verdict": "single-source",
            "why": "The woman died on Monday 6 August.",
            "mentions": [("05", "Monday", "2018-08-06")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 97th death", "verdict": "single-source",
            "why": "The man died on Sunday 26 August.",
            "mentions": [("06", "Sunday", "2018-08-26")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "agree",
            "why": "Three days of national mourning in every outlet that mentions it.",
            "mentions": [
                ("01", "three days", 3, {"ctx": "declares three days", "note": "days"}),
                ("01", "three days", 3, {"ctx": "declared three days", "note": "days"}),
                ("01", "three days", 3, {"ctx": "declaring three days", "note": "days"}),
                ("02", "three-day", 3, {"note": "days"}),
                ("04", "three days", 3, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fires", "verdict": "agree",
            "why": "The fires struck on Monday 23 July.",
            "mentions": [
                ("02", "Monday", "2018-07-23"),
                ("04", "Monday", "2018-07-23"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the declaration of mourning", "verdict": "agree",
            "why": "Tsipras declared the mourning in a televised address on Tuesday 24 July.",
            "mentions": [
                ("01", "Tuesday", "2018-07-24", {"ctx": "Greece on Tuesday"}),
                ("02", "Tuesday", "2018-07-24"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the smouldering morning after", "verdict": "single-source",
            "why": "Smoke still rose from Mati early on Tuesday 24 July.",
            "mentions": [("01", "early on Tuesday", "2018-07-24")],
        },
        {
            "event": E, "kind": "count", "role": "homes burned", "verdict": "agree",
            "why": "A mayor (of Rafina) saw or estimated at least 100 homes burned.",
            "mentions": [
                ("01", "at least 100", 100),
                ("03", "at least 100", 100),
            ],
        },
        {
            "event": E, "kind": "count", "role": "vehicles burned", "verdict": "single-source",
            "why": "The mayor saw 200 vehicles burning.",
            "mentions": [("01", "200", 200)],
        },
        {
            "event": E, "kind": "count", "role": "resorts struck", "verdict": "single-source",
            "why": "The fires struck two coastal resorts.",
            "mentions": [("02", "two", 2, {"ctx": "struck two"})],
        },
        {
            "event": E, "kind": "count", "role": "firefighters from Cyprus", "verdict": "single-source",
            "why": "60 firefighters expected from Cyprus (a look-alike of the toll of 'at least 60').",
            "mentions": [("02", "60", 60)],
        },
        {
            "event": E, "kind": "count", "role": "water-bombing planes from Spain", "verdict": "single-source",
            "why": "Two planes expected from Spain.",
            "mentions": [("02", "two", 2, {"ctx": "two water-bombing"})],
        },
        {
            "event": E, "kind": "measure", "role": "temperature forecast", "verdict": "single-source",
            "why": "Up to 40 degrees Celsius predicted.",
            "mentions": [("03", "up to 40 degrees Celsius", 40, {"low": None, "high": 40, "note": "degrees Celsius"})],
        },
        {
            "event": E, "kind": "measure", "role": "wind speed", "verdict": "single-source",
            "why": "Winds of up to 80 km/h.",
            "mentions": [("03", "up to 80 kph", 80, {"low": None, "high": 80, "note": "km/h"})],
        },
        {
            "event": "e2", "kind": "measure", "role": "distance:Kineta from Athens", "verdict": "single-source",
            "why": "Kineta lies 50 km west of Athens.",
            "mentions": [("03", "50 kilometers", 50000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": "e2", "kind": "count", "role": "communities evacuated", "verdict": "single-source",
            "why": "Three communities evacuated near Kineta.",
            "mentions": [("03", "Three", 3)],
        },
        {
            "event": "e2", "kind": "measure", "role": "length of highway closed", "verdict": "single-source",
            "why": "A 20-km section of a major highway closed by the Kineta fire.",
            "mentions": [("03", "20-kilometer", 20000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "Greece's 2007 fires killed 'at least 73' (Bloomberg) or 77 (The Dispatch): compatible, and a trap for the 2018 toll.",
            "mentions": [
                ("02", "at least 73", 73),
                ("04", "77", 77),
            ],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:the 2007 fires", "verdict": "agree",
            "why": "Both date the earlier deadliest fires to 2007.",
            "mentions": [
                ("02", "2007", "2007", {"ctx": "worse than 2007"}),
                ("02", "2007", "2007", {"ctx": "in 2007,"}),
                ("04", "2007", "2007"),
            ],
        },
    ],
}
