# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: Hurricane Otis's landfall near Acapulco, 25 October 2023 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Speeds are in km/h, rain in millimetres, distances in metres (the written unit in ``note``).
"""

E = "e1"
MPH, MILE, INCH = 1.609344, 1609.344, 25.4
KMH = "km/h"
CAT5 = "Category 5"
SPEC = {
    "description": (
        "Hurricane Otis, which made landfall near Acapulco (Guerrero, Mexico) as a Category 5 storm early on "
        "Wednesday 25 October 2023, reported by six outlets on 25 and 26 October: winds of 165 mph (converted as "
        "270 or 265 km/h); the jump from tropical storm to Category 5 in 12, 13 or 24 hours; landfall at 1:25 a.m. "
        "CDT = 12:25 a.m. local, or 'about 1 a.m.'; up to 15 or up to 20 inches of rain; 27 dead and four missing; "
        "8,400 troops deployed. Hurricane Pauline (1997; 'dozens' and 'more than 200' dead in the same AP text) and "
        "Hurricane Patricia (2015) are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "'date 2023-10-25' on the stored page"},
        "02": {"published_how": "'date 2023-10-25' on the stored page"},
        "03": {"published_how": "no date on the page; inferred: AP's landfall story of Wednesday 25 October ('early Wednesday', 'Now ...' absent)"},
        "04": {"published_how": "no date on the page; inferred: written as the storm hit ('slammed into ... early Wednesday', forecasts still ahead)"},
        "05": {"published_how": "no date on the page; inferred: the toll of 27, given at Thursday's (26 October) news conference"},
        "06": {"published_how": "'date 2023-10-26' on the stored page"},
    },
    "events": [
        {"id": "e1", "label": "Hurricane Otis's landfall near Acapulco, 25 October 2023", "main": True},
        {"id": "e2", "label": "Hurricane Pauline, Acapulco, 1997 (background)", "main": False},
        {"id": "e3", "label": "Hurricane Patricia, 2015 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "27 dead in both (the government's toll of Thursday 26 October).",
            "mentions": [("05", "27", 27, {"ctx": "27 dead after"}), ("05", "At least 27", 27), ("06", "27", 27)],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "compatible",
            "why": "'Several' missing and four missing overlap.",
            "mentions": [("05", "several", 5, {"low": 3, "high": 9}), ("06", "four", 4, {"ctx": "four were missing"})],
        },
        {
            "event": E, "kind": "measure", "role": "category at landfall", "verdict": "agree",
            "why": "Every outlet says Otis reached and hit the coast as a Category 5 hurricane.",
            "mentions": [
                ("01", CAT5, 5, {"ctx": "at Category 5 intensity early"}),
                ("01", CAT5, 5, {"ctx": "landfall at Category 5 intensity."}),
                ("02", CAT5, 5, {"ctx": "catastrophic Category 5 hurricane"}),
                ("02", CAT5, 5, {"ctx": "to a Category 5 hurricane in 12"}),
                ("03", CAT5, 5, {"ctx": "catastrophic Category 5 storm"}),
                ("03", CAT5, 5, {"ctx": "catastrophic Category 5 hurricane"}),
                ("03", CAT5, 5, {"ctx": "to a Category 5 hurricane. The"}),
                ("04", CAT5, 5, {"ctx": "As a Category 5 storm"}),
                ("04", CAT5, 5, {"ctx": "as a Category 5."}),
                ("04", CAT5, 5, {"ctx": "to a Category 5 in just"}),
                ("04", CAT5, 5, {"ctx": "Category 5-plus"}),
                ("05", CAT5, 5, {"ctx": "as Category 5 storm"}),
                ("05", CAT5, 5, {"ctx": "as a Category 5 with"}),
                ("05", CAT5, 5, {"ctx": "to a Category 5 storm as"}),
                ("05", CAT5, 5, {"ctx": "to Category 5 hurricane with"}),
                ("06", CAT5, 5, {"ctx": "to a Category 5 hurricane in the span"}),
                ("06", CAT5, 5, {"ctx": "catastrophic\" Category 5 storm"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "category after landfall", "verdict": "single-source",
            "why": "Otis had weakened to Category 4 inland (Press and Journal): not its landfall category.",
            "mentions": [("02", "Category 4", 4)],
        },
        {
            "event": E, "kind": "measure", "role": "category on Tuesday evening", "verdict": "single-source",
            "why": "Category 4 on Tuesday evening, on the way to Category 5 (FOX 7).",
            "mentions": [("01", "Category 4", 4)],
        },
        {
            "event": E, "kind": "measure", "role": "maximum sustained wind at landfall", "verdict": "compatible",
            "why": "165 mph everywhere; its conversions, 270 km/h (AP) and 265 km/h (DW, Herald Diary), are roundings of 265.5.",
            "mentions": [
                ("01", "up to 165 mph", round(165 * MPH, 1), {"low": None, "high": round(165 * MPH, 1), "note": KMH + "; written in mph"}),
                ("02", "165mph", round(165 * MPH, 1), {"note": KMH + "; written in mph"}),
                ("02", "270kmh", 270, {"note": KMH + "; the conversion of 165 mph"}),
                ("03", "165 mph", round(165 * MPH, 1), {"note": KMH + "; written in mph"}),
                ("03", "270 kmh", 270, {"note": KMH + "; the conversion of 165 mph"}),
                ("04", "165 miles", round(165 * MPH, 1), {"note": KMH + "; 'miles (... kilometers) per hour'"}),
                ("04", "265 kilometers", 265, {"note": KMH + "; the conversion, 'per hour' after the parenthesis"}),
                ("04", "165 mph", round(165 * MPH, 1), {"note": KMH + "; written in mph"}),
                ("05", "up to 165 mph", round(165 * MPH, 1), {"low": None, "high": round(165 * MPH, 1), "note": KMH + "; written in mph"}),
                ("05", "165 mph", round(165 * MPH, 1), {"ctx": "approached 165 mph", "note": KMH + "; written in mph"}),
                ("05", "165 mph", round(165 * MPH, 1), {"ctx": "winds of 165 mph", "note": KMH + "; written in mph"}),
                ("06", "265 kmh", 265, {"note": KMH}),
                ("06", "165 mph", round(165 * MPH, 1), {"note": KMH + "; written in mph, the conversion"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "maximum sustained wind inland", "verdict": "single-source",
            "why": "Winds down to 130 mph (215 km/h) once inland: not the landfall speed.",
            "mentions": [
                ("02", "130mph", round(130 * MPH, 1), {"note": KMH + "; written in mph"}),
                ("02", "215kph", 215, {"note": KMH + "; the conversion of 130 mph"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "forward speed", "verdict": "single-source",
            "why": "Moving at 10 mph (17 km/h).",
            "mentions": [
                ("02", "10mph", round(10 * MPH, 1), {"note": KMH + "; written in mph"}),
                ("02", "17kph", 17, {"note": KMH + "; the conversion of 10 mph"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:tropical storm to Category 5", "verdict": "conflict",
            "why": (
                "AP says Otis went from tropical storm to Category 5 in 12 hours, Herald Diary in 13 hours, DW 'in the span "
                "of 24 hours'; GMA's 'within / less than 24 hours' holds for all, but 12, 13 and 24 cannot all hold."
            ),
            "mentions": [
                ("02", "12 hours", 12, {"note": "hours"}),
                ("03", "12 hours", 12, {"note": "hours"}),
                ("04", "13 hours", 13, {"note": "hours"}),
                ("05", "within 24 hours", 24, {"low": None, "high": 24, "note": "hours"}),
                ("05", "less than 24 hours", 24, {"low": None, "high": 24, "note": "hours"}),
                ("06", "24 hours", 24, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:80-mph intensification", "verdict": "single-source",
            "why": "Klotzbach's 80 mph gain (65 to 145 mph) in 12 hours, to Category 4: not the whole jump to Category 5.",
            "mentions": [
                ("01", "12 hours", 12, {"ctx": "past 12 hours", "note": "hours"}),
                ("01", "12-hour", 12, {"ctx": "fastest 12-hour", "note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "wind gain in 12 hours", "verdict": "single-source",
            "why": "80 mph gained in 12 hours (FOX 7, quoting Klotzbach).",
            "mentions": [("01", "80 mph", round(80 * MPH, 1), {"note": KMH + " gained; written in mph"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:landfall", "verdict": "compatible",
            "why": "1:25 a.m. CDT is 12:25 a.m. in Acapulco (UTC-6), as Herald Diary says; GMA's 'about 1 a.m.' local is a rounding of it.",
            "mentions": [
                ("01", "around 1:25 a.m. CDT", "00:25", {"note": "local time; written as 1:25 a.m. CDT (UTC-5)"}),
                ("04", "around 12:25 a.m. local time", "00:25", {"note": "local time"}),
                ("05", "about 1 a.m. local time", "01:00", {"note": "local time; 'about'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:landfall", "verdict": "agree",
            "why": "All date the landfall to early Wednesday 25 October 2023.",
            "mentions": [
                ("01", "Wednesday", "2023-10-25", {"ctx": "intensity early Wednesday"}),
                ("01", "Wednesday", "2023-10-25", {"ctx": "CDT Wednesday"}),
                ("02", "Wednesday", "2023-10-25", {"ctx": "early on Wednesday, bringing"}),
                ("03", "Wednesday", "2023-10-25", {"ctx": "early Wednesday, bringing"}),
                ("04", "Wednesday", "2023-10-25"),
                ("05", "Wednesday", "2023-10-25", {"ctx": "shore early Wednesday"}),
                ("05", "Wednesday", "2023-10-25", {"ctx": "On Wednesday, Hurricane"}),
                ("05", "Wednesday", "2023-10-25", {"ctx": "165 mph on Wednesday"}),
                ("06", "Wednesday", "2023-10-25"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:rapid intensification", "verdict": "agree",
            "why": "Otis strengthened from tropical storm to Category 5 on Tuesday 24 October.",
            "mentions": [
                ("02", "Tuesday", "2023-10-24", {"ctx": "12 hours on Tuesday"}),
                ("03", "Tuesday", "2023-10-24", {"ctx": "12 hours on Tuesday"}),
                ("04", "Tuesday", "2023-10-24"),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of landfall from Acapulco", "verdict": "single-source",
            "why": "Landfall some 5 miles south of Acapulco (FOX 7).",
            "mentions": [("01", "some 5 miles", round(5 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the centre from Acapulco (inland)", "verdict": "single-source",
            "why": "About 25 miles (40 km) north-northwest of Acapulco once inland: not the landfall point.",
            "mentions": [
                ("02", "about 25 miles", round(25 * MILE), {"note": "metres; written in miles"}),
                ("02", "40km", 40000, {"note": "metres; the conversion of 25 miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "reach of hurricane-force winds", "verdict": "single-source",
            "why": "Hurricane-force winds extended up to 30 miles from the centre.",
            "mentions": [("04", "up to 30 miles", round(30 * MILE), {"low": None, "high": round(30 * MILE), "note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "rain forecast (range)", "verdict": "agree",
            "why": "5 to 10 inches of rain forecast in both AP copies.",
            "mentions": [
                ("02", "5in (127mm) to 10in (254mm)", 190.5, {"low": 127, "high": 254, "note": "mm; written in inches with millimetres"}),
                ("03", "five to 10 inches", 190.5, {"low": 127, "high": 254, "note": "mm; written in inches"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "rain forecast (maximum)", "verdict": "conflict",
            "why": "AP's forecast maximum is 15 inches (381 mm); Herald Diary and GMA give up to 20 inches: both cannot be the forecast maximum.",
            "mentions": [
                ("02", "as much as 15in", 15 * INCH, {"low": None, "high": 15 * INCH, "note": "mm; written in inches"}),
                ("02", "381mm", 381, {"note": "mm; the conversion of 15 inches"}),
                ("03", "up to 15 inches", 15 * INCH, {"low": None, "high": 15 * INCH, "note": "mm; written in inches"}),
                ("04", "as much as 20 inches", 20 * INCH, {"low": None, "high": 20 * INCH, "note": "mm; written in inches"}),
                ("05", "up to 20 inches", 20 * INCH, {"low": None, "high": 20 * INCH, "note": "mm; written in inches"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "towns between Acapulco and Zihuatanejo", "verdict": "agree",
            "why": "Two dozen / approximately twenty-four small towns.",
            "mentions": [("02", "two dozen", 24), ("03", "approximately twenty-four", 24, {"low": 22, "high": 26})],
        },
        {
            "event": E, "kind": "count", "role": "population of Acapulco", "verdict": "agree",
            "why": "Over / more than 1 million people.",
            "mentions": [("03", "over 1 million", 1000000), ("04", "more than 1 million", 1000000)],
        },
        {
            "event": E, "kind": "count", "role": "emergency shelters", "verdict": "single-source",
            "why": "More than 500 shelters opened (DW).",
            "mentions": [("06", "More than 500", 500)],
        },
        {
            "event": E, "kind": "count", "role": "troops deployed", "verdict": "single-source",
            "why": "Some 8,400 soldiers, air force members and national guards deployed (DW, after the defence ministry).",
            "mentions": [("06", "Some 8,400", 8400)],
        },
        # background (traps)
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": "The same AP text says Pauline killed 'dozens' and 'more than 200' people: both cannot hold.",
            "mentions": [
                ("02", "dozens", 50, {"low": 24, "high": 99}),
                ("02", "more than 200", 200),
                ("03", "dozens", 50, {"low": 24, "high": 99}),
                ("03", "over 200", 200),
            ],
        },
        {
            "event": "e2", "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "Hundreds injured by Pauline (Press and Journal).",
            "mentions": [("02", "Hundreds", 500, {"low": 200, "high": 999})],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Pauline", "verdict": "agree",
            "why": "1997 in both AP copies.",
            "mentions": [
                ("02", "1997", "1997", {"ctx": "a 1997 storm"}),
                ("02", "1997", "1997", {"ctx": "in 1997,"}),
                ("03", "1997", "1997", {"ctx": "a 1997 storm"}),
                ("03", "1997", "1997", {"ctx": "in 1997 and"}),
            ],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Patricia", "verdict": "agree",
            "why": "Patricia was in 2015.",
            "mentions": [("01", "2015", "2015"), ("05", "2015", "2015")],
        },
        {
            "event": "e3", "kind": "measure", "role": "category", "verdict": "single-source",
            "why": "Patricia hit the coast as a Category 4 (GMA): a trap for Otis's category.",
            "mentions": [("05", "Category 4", 4)],
        },
        {
            "event": "e3", "kind": "measure", "role": "wind gain in 12 hours", "verdict": "single-source",
            "why": "Patricia's old record, 75 mph in 12 hours.",
            "mentions": [("01", "75 mph", round(75 * MPH, 1), {"note": KMH + " gained; written as '75 mph/12 hours'"})],
        },
        {
            "event": "e3", "kind": "duration", "role": "duration-of:Patricia's 75-mph intensification", "verdict": "single-source",
            "why": "The 12 hours of Patricia's record: the same value as Otis's 12 hours, another storm.",
            "mentions": [("01", "12 hours", 12, {"ctx": "mph/12 hours", "note": "hours"})],
        },
        # Added after the second annotation (gold2): the two wind speeds of Klotzbach's parenthesis,
        # left out while the 80 mph gain they bound was annotated; Otis's own speeds at other times
        # than landfall, so pairing them with the 165 mph is an error (appended: no cluster id moves).
        {
            "event": E, "kind": "measure", "role": "maximum sustained wind, Tuesday (start of the 12 hours)", "verdict": "single-source",
            "why": "Otis's winds at the start of Klotzbach's 12 hours on Tuesday (65 mph, a tropical storm): not the landfall speed.",
            "mentions": [("01", "65 mph", round(65 * MPH, 1), {"note": KMH + "; written in mph"})],
        },
        {
            "event": E, "kind": "measure", "role": "maximum sustained wind, Tuesday evening (Category 4)", "verdict": "single-source",
            "why": "Otis's winds on Tuesday evening, at Category 4 (145 mph): not the 165 mph of landfall.",
            "mentions": [("01", "145 mph", round(145 * MPH, 1), {"note": KMH + "; written in mph"})],
        },
    ],
}
