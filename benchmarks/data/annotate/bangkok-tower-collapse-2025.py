# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the collapse of the State Audit Office tower under construction in Bangkok, Friday 28 March 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 28 March 2025 (the Myanmar earthquake at midday and the collapse in its first minutes,
early afternoon in Bangkok, UTC+7); Sunday = 30 March; Monday = 31 March; Tuesday = 1 April. Distances in metres (miles
at 1,609.344 m); durations in hours, days, months or years. Left out: 'dozens trapped' (vague), 'storey by storey',
'K9' (a unit's name), 'Zones B and C', 'one such building', 'a few miles away' (vague), 'the mother and younger
sister', 'into the night', 'hours after the earthquake', 'Every second', 'each day'.
"""

E = "e1"
QUAKE = "e2"
FRI = "2025-03-28"
SUN = "2025-03-30"
MON = "2025-03-31"
MILE = 1609.344

SPEC = {
    "description": (
        "The collapse of the 30-storey State Audit Office tower under construction in Bangkok's Chatuchak district on "
        "Friday 28 March 2025, brought down by the earthquake in Myanmar, as six outlets reported it from that Friday to "
        "8 April: the dead three (Friday afternoon) -> eight (Friday night) -> at least 11 (Sunday) -> 13 (Monday) -> 20 "
        "(8 April) (`updated`); the missing 81 trapped -> approximately 100 -> about 75 -> 74 -> 77 (`updated`); the "
        "injured 68 (the emergency medicine institute, Friday) against 9 (Monday) (`conflict`); 30 storeys (`agree`); the "
        "time since the collapse 72 hours / over 72 hours -> more than a week (`updated`). Sibling: the earthquake, its "
        "magnitude 7.7 against 8.2 (`conflict`), Bangkok more than 800 miles (1,287 km) from its centre against 'more than "
        "390 km away' (`conflict`), more than 1,700 dead in Myanmar; Bangkok's own toll (at least 18 dead, 78 missing)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; three confirmed dead, the count of Friday afternoon (28 March 2025)"},
        "02": {"published_how": "the corpus's date line 2025-03-29 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2025-03-30 (removed from the text)"},
        "04": {"published_how": "the page's 'Published Mar 31, 2025 01:21 pm' (removed from the text)"},
        "05": {"published_how": "the corpus's date line 2025-04-01 (removed from the text); the text tells Monday 31 March"},
        "06": {"published_how": "inferred: no date on the stored page; the toll of 20 'on April 8' (8 April 2025)"},
    },
    "events": [
        {"id": E, "label": "the collapse of the State Audit Office tower under construction in Bangkok, 28 March 2025", "main": True},
        {"id": QUAKE, "label": "the magnitude 7.7 earthquake near Mandalay, Myanmar, that brought it down (sibling)", "main": False},
    ],
    "clusters": [
        # --- the toll at the tower ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The dead at the collapsed tower: three (Friday afternoon, the deputy prime minister; the fire department) -> eight (the interior minister, Friday night) -> at least 11 (Sunday) -> 13 (Monday, five more bodies found) -> 20 (8 April, three more).",
            "mentions": [
                ("01", "three", 3, {"as_of": FRI}),
                ("02", "three", 3, {"ctx": "with three deaths", "as_of": FRI}),
                ("02", "eight", 8, {"as_of": FRI}),
                ("03", "At least 11", 11, {"as_of": SUN}),
                ("05", "13", 13, {"as_of": MON}),
                ("06", "20", 20, {"as_of": "2025-04-08"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "Those trapped or missing under the tower: 81 known to be trapped (Friday afternoon) -> approximately 100 (Friday night) -> about 75 (Sunday) -> 74 (Monday) -> 77 (8 April, as the lists were revised).",
            "mentions": [
                ("02", "81", 81, {"as_of": FRI, "note": "'known to be trapped'"}),
                ("02", "Approximately 100", 100, {"as_of": FRI}),
                ("03", "about 75", 75, {"as_of": SUN}),
                ("05", "74", 74, {"as_of": MON}),
                ("06", "77", 77, {"as_of": "2025-04-08"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "'68 individuals were injured, including five critically' (the National Institute for Emergency Medicine, Friday) against 'with 9 people injured' (The Nation, Monday): a count of the injured cannot fall from 68 to 9.",
            "mentions": [
                ("02", "68", 68, {"as_of": FRI}),
                ("05", "9", 9, {"ctx": "with 9 people", "as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured critically", "verdict": "single-source",
            "why": "'including five critically'.",
            "mentions": [("02", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "workers rescued and taken to hospitals", "verdict": "single-source",
            "why": "'12 workers had been rescued and transported to nearby hospitals' (Friday night).",
            "mentions": [("02", "12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "people pulled alive from the rubble", "verdict": "single-source",
            "why": "'so far only one person was pulled alive from the rubble' (Monday).",
            "mentions": [("04", "one", 1, {"ctx": "only one person"})],
        },
        {
            "event": E, "kind": "count", "role": "workers at the site", "verdict": "single-source",
            "why": "'around 400 workers, both Thai and foreign, were present'.",
            "mentions": [("02", "around 400", 400)],
        },
        {
            "event": E, "kind": "count", "role": "storeys of the tower", "verdict": "agree",
            "why": "A 30-storey building.",
            "mentions": [
                ("02", "30", 30),
                ("05", "30", 30),
                ("06", "30", 30),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies found on Monday", "verdict": "single-source",
            "why": "'found five more bodies of workers' on Monday (told twice), 'but only one could be transported out'.",
            "mentions": [
                ("05", "five", 5, {"ctx": "found five more bodies of workers under the collapsed"}),
                ("05", "five", 5, {"ctx": "hours, found five more"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies transported out on Monday", "verdict": "single-source",
            "why": "'but only one could be transported out'.",
            "mentions": [("05", "one", 1)],
        },
        {
            "event": E, "kind": "count", "role": "bodies found on 8 April", "verdict": "single-source",
            "why": "'after rescue teams recovered three additional bodies'.",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "excavators at the site", "verdict": "single-source",
            "why": "'with a dozen excavators' (Sunday).",
            "mentions": [("03", "a dozen", 12, {"ctx": "a dozen excavators"})],
        },
        {
            "event": E, "kind": "count", "role": "search dogs at the site", "verdict": "single-source",
            "why": "'eight dogs trained to find the dead and the living'.",
            "mentions": [("03", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "cranes over Bangkok's skyline", "verdict": "single-source",
            "why": "'at least a dozen cranes hovering over the skyline' (a look-alike of the dozen excavators).",
            "mentions": [("03", "at least a dozen", 12)],
        },
        {
            "event": E, "kind": "measure", "role": "depth of the cavity reached", "verdict": "single-source",
            "why": "'accessed a cavity nearly four metres deep'.",
            "mentions": [("06", "nearly four metres", 4, {"note": "metres"})],
        },
        {
            "event": E, "kind": "count", "role": "friends of Naruemon working at the tower", "verdict": "single-source",
            "why": "'her long-time Burmese partner, his son and four of her friends had worked' there.",
            "mentions": [("04", "four", 4)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the partner's work at the tower", "verdict": "single-source",
            "why": "'had worked for the past month'.",
            "mentions": [("04", "the past month", 1, {"note": "months"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Chanpen's mother's and sister's work at the tower", "verdict": "single-source",
            "why": "'working at the site for a couple of months'.",
            "mentions": [("04", "a couple of months", 2, {"note": "months"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Somreutal Nilbanjong", "verdict": "single-source",
            "why": "'Somreutal Nilbanjong, 34'.",
            "mentions": [("03", "34", 34, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Bangkok's construction boom", "verdict": "single-source",
            "why": "'For about a decade, Bangkok has been on the move'.",
            "mentions": [("03", "about a decade", 10, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the collapse", "verdict": "updated",
            "why": "The search's length told at two dates: the 72-hour mark passing / 'over 72 hours' / '72 hours have passed' (Monday 31 March) -> 'More than a week after the collapse' (8 April).",
            "mentions": [
                ("04", "72-hour", 72, {"as_of": MON, "note": "hours; 'the crucial 72-hour mark passes'"}),
                ("05", "over 72 hours", 72, {"as_of": MON, "note": "hours"}),
                ("05", "72 hours", 72, {"ctx": "“72 hours have passed", "as_of": MON, "note": "hours"}),
                ("06", "More than a week", 168, {"as_of": "2025-04-08", "note": "hours"}),
            ],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the collapse", "verdict": "agree",
            "why": "Friday 28 March 2025 (in the afternoon, Bangkok time).",
            "mentions": [
                ("05", "Friday afternoon", FRI),
                ("06", "March 28", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deputy prime minister's count of 81 trapped", "verdict": "single-source",
            "why": "'confirmed on Friday afternoon that 81 people were known to be trapped'.",
            "mentions": [("02", "Friday afternoon", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the interior minister's toll of eight", "verdict": "single-source",
            "why": "'announced late last night' (Friday night, in a text of Saturday 29 March).",
            "mentions": [("02", "late last night", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the K9 team's arrival at the site", "verdict": "single-source",
            "why": "'search missions that had kept him at the site since Friday afternoon'.",
            "mentions": [("03", "Friday afternoon", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of at least 11", "verdict": "single-source",
            "why": "'reported dead as of Sunday'.",
            "mentions": [("03", "Sunday", SUN, {"ctx": "as of Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the dogs' signals pointing to cadavers", "verdict": "single-source",
            "why": "'all the signals on Sunday pointed to cadavers'.",
            "mentions": [("03", "Sunday", SUN, {"ctx": "signals on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Somreutal's walk home", "verdict": "single-source",
            "why": "'on Sunday afternoon as she walked home'.",
            "mentions": [("03", "Sunday afternoon", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deputy governor's briefing at the site", "verdict": "single-source",
            "why": "'told reporters at the site Monday'.",
            "mentions": [("04", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the five bodies found", "verdict": "single-source",
            "why": "'Rescue officials on Monday found five more bodies' (told twice).",
            "mentions": [
                ("05", "Monday", MON, {"ctx": "officials on Monday"}),
                ("05", "Monday", MON, {"ctx": "debris on Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's visit to the site", "verdict": "single-source",
            "why": "'After visiting the site on Monday, Bangkok Governor Chadchart Sittipunt said'.",
            "mentions": [("05", "Monday", MON, {"ctx": "site on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the planned clearing of large debris", "verdict": "single-source",
            "why": "'officials will clear the area on Tuesday' (1 April).",
            "mentions": [("05", "Tuesday", "2025-04-01")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 20", "verdict": "single-source",
            "why": "'rose to 20 on April 8'.",
            "mentions": [("06", "April 8", "2025-04-08")],
        },
        # --- Bangkok as a whole ---
        {
            "event": E, "kind": "count", "role": "deaths:Bangkok", "verdict": "single-source",
            "why": "'At least 18 people died in Bangkok' (Monday; the whole city, another scope than the tower's 13).",
            "mentions": [("04", "At least 18", 18, {"as_of": MON})],
        },
        {
            "event": E, "kind": "count", "role": "missing:Bangkok", "verdict": "single-source",
            "why": "'In Bangkok, 78 people remain missing' (Monday; the whole city, beside the tower's 74).",
            "mentions": [("04", "78", 78, {"as_of": MON})],
        },
        # --- the earthquake (sibling) ---
        {
            "event": QUAKE, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "7.7 (the AP: the USGS's reading) against 8.2 (the Bangkok fire department, The Nation, bne: Thailand's Meteorological Department's first reading): readings that cannot both hold.",
            "mentions": [
                ("01", "8.2", 8.2),
                ("04", "7.7", 7.7),
                ("05", "8.2", 8.2),
                ("06", "8.2", 8.2),
            ],
        },
        {
            "event": QUAKE, "kind": "measure", "role": "distance:Bangkok from the epicentre", "verdict": "conflict",
            "why": "'more than 800 miles (1,287 kilometers) from the center of the magnitude 7.7 quake' (the AP) against 'caused tremors more than 390 km away in Bangkok' (bne, misreading The Nation's 392 km from Mae Hong Son): Bangkok cannot be both.",
            "mentions": [
                ("04", "more than 800 miles", round(800 * MILE), {"note": "metres"}),
                ("04", "1,287 kilometers", 1287000, {"note": "metres; the conversion of 800 miles", "low": 1287000, "high": None}),
                ("06", "more than 390 km", 390000, {"note": "metres"}),
            ],
        },
        {
            "event": QUAKE, "kind": "measure", "role": "distance:epicentre from Mae Hong Son province", "verdict": "single-source",
            "why": "'about 392 kilometers from Thailand's Mae Hong Son province' (a look-alike of bne's 390 km).",
            "mentions": [("05", "about 392 kilometers", 392000, {"note": "metres"})],
        },
        {
            "event": QUAKE, "kind": "count", "role": "deaths:Myanmar", "verdict": "single-source",
            "why": "'which killed more than 1,700 people there' (Monday 31 March).",
            "mentions": [("04", "more than 1,700", 1700, {"as_of": MON})],
        },
        {
            "event": QUAKE, "kind": "date", "role": "date-of:the earthquake", "verdict": "agree",
            "why": "Friday 28 March 2025.",
            "mentions": [
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "following Friday’s"}),
            ],
        },
    ],
}
