# ruff: noqa: E501, E741  (hand-written annotation data: one event or mention per line reads best)
"""gold2's blind second annotation of the test story hurricane-otis-2023 (see agreement/build.py).

Speeds in km/h, lengths in metres, rain in millimetres (the README's test-gold rules); the unit as
written is in ``note``.
"""

META = {
    "story": "hurricane-otis-2023",
    "source": "gathered",
    "description": (
        "Hurricane Otis's landfall as a Category 5 storm near Acapulco (Guerrero, Mexico) early on "
        "Wednesday 25 October 2023 after intensifying from a tropical storm on Tuesday, and its first toll "
        "(27 dead, 4 missing on Thursday), with Hurricane Pauline (1997) and Hurricane Patricia (2015) as "
        "background events (second annotation, gold2)"
    ),
}

_HOW = "sources.toml (publication date of the page)"
DOCUMENTS = [
    {"doc": d, "event_hint": "e1", "published": p, "published_how": _HOW}
    for d, p in [
        ("01_fox7austin.txt", "2023-10-25"),
        ("02_pressandjournal.txt", "2023-10-25"),
        ("03_alpsbikefestival.txt", "2023-10-25"),
        ("04_heralddiary.txt", "2023-10-25"),
        ("05_gma.txt", "2023-10-26"),
        ("06_dw.txt", "2023-10-26"),
    ]
]

EVENTS = [
    {"id": "e1", "label": "Hurricane Otis: intensification and landfall near Acapulco, 24-25 October 2023, and its toll", "main": True},
    {"id": "e2", "label": "Hurricane Pauline, Acapulco, 1997", "main": False},
    {"id": "e3", "label": "Hurricane Patricia, 2015", "main": False},
]

F, P, A, H, G, D = (
    "01_fox7austin.txt", "02_pressandjournal.txt", "03_alpsbikefestival.txt", "04_heralddiary.txt",
    "05_gma.txt", "06_dw.txt",
)
TUE, WED, THU = "2023-10-24", "2023-10-25", "2023-10-26"
MPH = 1.609344
V165 = round(165 * MPH, 1)


def mph(n: float) -> float:
    return round(n * MPH, 1)


def miles(n: float) -> float:
    return round(n * 1609.344, 1)


CLUSTERS = [
    ("e1", "measure", "wind-speed-at-landfall", "compatible",
     "Every outlet gives 165 mph at landfall; AP converts it to 270 km/h and the Herald Diary and DW to "
     "265 km/h (165 mph is 265.5 km/h): roundings of one figure.",
     [
         (F, "up to 165 mph", V165, {"high": V165, "note": "165 mph, as written"}),
         (P, "165mph", V165, {"note": "165 mph, as written"}),
         (P, "270kmh", 270, {"note": "km/h, the conversion of 165 mph"}),
         (A, "165 mph", V165, {"note": "165 mph, as written"}),
         (A, "270 kmh", 270, {"note": "km/h, the conversion of 165 mph"}),
         (H, "165 miles", V165, {"note": "165 miles per hour, as written"}),
         (H, "265 kilometers", 265, {"note": "km/h, the conversion of 165 miles per hour"}),
         (H, "165 mph", V165, {"note": "165 mph, as written"}),
         (G, "up to 165 mph", V165, {"high": V165, "note": "165 mph, as written"}),
         (G, "165 mph", V165, {"ctx": "approached 165 mph", "high": V165, "note": "165 mph, as written; 'approached'"}),
         (G, "165 mph", V165, {"ctx": "winds of 165 mph", "note": "165 mph, as written"}),
         (D, "265 kmh", 265, {"note": "km/h, as written"}),
         (D, "165 mph", V165, {"note": "the conversion, in mph"}),
     ]),
    ("e1", "measure", "category-at-landfall", "agree",
     "Every outlet has Otis at Category 5 at landfall (its peak, the end of the rapid intensification).",
     [
         (F, "Category 5", 5, {"ctx": "at Category 5 intensity early"}),
         (F, "Category 5", 5, {"ctx": "landfall at Category 5 intensity"}),
         (P, "Category 5", 5, {"ctx": "catastrophic Category 5 hurricane early"}),
         (P, "Category 5", 5, {"ctx": "to a Category 5 hurricane in 12"}),
         (A, "Category 5", 5, {"ctx": "catastrophic Category 5 storm, has"}),
         (A, "Category 5", 5, {"ctx": "catastrophic Category 5 hurricane early"}),
         (A, "Category 5", 5, {"ctx": "to a Category 5 hurricane. "}),
         (H, "Category 5", 5, {"ctx": "As a Category 5 storm"}),
         (H, "Category 5", 5, {"ctx": "Eastern Pacific as a Category 5"}),
         (H, "Category 5", 5, {"ctx": "to a Category 5 in just"}),
         (H, "Category 5-plus", 5, {"low": 5}),
         (G, "Category 5", 5, {"ctx": "Mexico as Category 5 storm"}),
         (G, "Category 5", 5, {"ctx": "landfall as a Category 5 with"}),
         (G, "Category 5", 5, {"ctx": "strengthened to a Category 5 storm"}),
         (G, "Category 5", 5, {"ctx": "to Category 5 hurricane with"}),
         (D, "Category 5", 5, {"ctx": "to a Category 5 hurricane in the span"}),
         (D, "Category 5", 5, {"ctx": "catastrophic\" Category 5 storm"}),
     ]),
    ("e1", "measure", "category-tuesday-evening", "single-source",
     "Otis's category on Tuesday evening, before landfall (not the landfall category).",
     [(F, "Category 4", 4, {"as_of": TUE})]),
    ("e1", "measure", "category-after-landfall", "single-source",
     "Otis's category after landfall, as it weakened inland (not the landfall category).",
     [(P, "Category 4", 4, {"as_of": WED})]),
    ("e1", "duration", "duration-of:tropical-storm-to-category-5", "conflict",
     "AP says 12 hours from tropical storm to Category 5, the Herald Diary 13 hours, DW 24 hours; GMA's "
     "'within / less than 24 hours' fits any of them, but 12, 13 and 24 hours cannot all be the same span.",
     [
         (P, "12 hours", 12, {"ctx": "Category 5 hurricane in 12 hours", "note": "hours"}),
         (A, "12 hours", 12, {"note": "hours"}),
         (H, "13 hours", 13, {"note": "hours"}),
         (G, "within 24 hours", 24, {"high": 24, "note": "hours"}),
         (G, "less than 24 hours", 24, {"high": 24, "note": "hours"}),
         (D, "24 hours", 24, {"note": "hours"}),
     ]),
    ("e1", "duration", "duration-of:80-mph-intensification", "single-source",
     "The 12-hour window of Klotzbach's 80 mph rise to Category 4 (a look-alike of the 12 hours to Category 5).",
     [
         (F, "12 hours", 12, {"ctx": "past 12 hours", "note": "hours"}),
         (F, "12-hour", 12, {"note": "hours"}),
     ]),
    ("e1", "measure", "wind-speed-increase-in-12-hours", "single-source",
     "How much Otis's winds rose in 12 hours on Tuesday.",
     [(F, "80 mph", mph(80), {"note": "80 mph, as written"})]),
    ("e1", "measure", "wind-speed-tuesday-start", "single-source",
     "Otis's winds at the start of Klotzbach's 12-hour window.",
     [(F, "65 mph", mph(65), {"as_of": TUE, "note": "65 mph, as written"})]),
    ("e1", "measure", "wind-speed-tuesday-evening", "single-source",
     "Otis's winds on Tuesday evening (Category 4), not the landfall speed.",
     [(F, "145 mph", mph(145), {"as_of": TUE, "note": "145 mph, as written"})]),
    ("e1", "measure", "wind-speed-after-landfall", "single-source",
     "Winds decreasing after landfall, 130 mph (AP's conversion 215 km/h; NHC rounds both from knots).",
     [
         (P, "130mph", mph(130), {"note": "130 mph, as written"}),
         (P, "215kph", 215, {"note": "km/h, the conversion of 130 mph"}),
     ]),
    ("e1", "measure", "forward-speed-after-landfall", "single-source",
     "The storm's forward speed inland.",
     [
         (P, "10mph", mph(10), {"note": "10 mph, as written"}),
         (P, "17kph", 17, {"note": "km/h, the conversion of 10 mph"}),
     ]),
    ("e1", "measure", "distance:landfall-from-acapulco", "single-source",
     "Landfall point, some 5 miles south of Acapulco.",
     [(F, "some 5 miles", miles(5), {"note": "5 miles, as written"})]),
    ("e1", "measure", "distance:centre-from-acapulco-after-landfall", "single-source",
     "Position of the centre later, north-northwest of Acapulco (a look-alike of the landfall distance).",
     [
         (P, "about 25 miles", miles(25), {"note": "25 miles, as written"}),
         (P, "40km", 40000.0, {"note": "km, the conversion of 25 miles"}),
     ]),
    ("e1", "measure", "distance:hurricane-force-wind-radius", "single-source",
     "Extent of hurricane-force winds from the centre.",
     [(H, "up to 30 miles", miles(30), {"high": miles(30), "note": "30 miles, as written"})]),
    ("e1", "measure", "rain-forecast-low", "agree",
     "AP: 5 to 10 inches of rain forecast; the lower end is 5 inches (127 mm) in both copies.",
     [
         (P, "5in", 127, {"note": "5 inches, as written"}),
         (P, "127mm", 127, {"note": "mm, the conversion of 5 inches"}),
         (A, "five", 127, {"ctx": "rainfall of five to", "note": "five inches, as written"}),
     ]),
    ("e1", "measure", "rain-forecast-high", "agree",
     "AP: 5 to 10 inches of rain forecast; the upper end is 10 inches (254 mm) in both copies.",
     [
         (P, "10in", 254, {"note": "10 inches, as written"}),
         (P, "254mm", 254, {"note": "mm, the conversion of 10 inches"}),
         (A, "10 inches", 254, {"note": "10 inches, as written"}),
     ]),
    ("e1", "measure", "rain-forecast-max", "conflict",
     "The most rain forecast in some areas: 15 inches in both AP copies, 20 inches in the Herald Diary and "
     "GMA (same region, same day): two maxima that cannot both be the forecast's maximum.",
     [
         (P, "as much as 15in", 381, {"note": "15 inches, as written"}),
         (P, "381mm", 381, {"note": "mm, the conversion of 15 inches"}),
         (A, "up to 15 inches", 381, {"note": "15 inches, as written"}),
         (H, "as much as 20 inches", 508, {"note": "20 inches, as written"}),
         (G, "up to 20 inches", 508, {"note": "20 inches, as written"}),
     ]),
    ("e1", "date", "time-of:landfall", "compatible",
     "1:25 a.m. CDT is 12:25 a.m. in Acapulco (UTC-6), as the Herald Diary says; GMA's 'about 1 a.m. "
     "local time', when the storm approached Acapulco, is a rounded time near it.",
     [
         (F, "around 1:25 a.m. CDT", "00:25", {"note": "1:25 a.m. CDT (UTC-5) = 06:25 UTC = 00:25 in Acapulco"}),
         (H, "around 12:25 a.m. local time", "00:25", {"note": "local time"}),
         (G, "about 1 a.m. local time", "01:00", {"note": "local time; as the storm approached Acapulco"}),
     ]),
    ("e1", "date", "date-of:landfall", "agree",
     "Every outlet has the landfall early on Wednesday 25 October 2023.",
     [
         (F, "early Wednesday", WED),
         (F, "Wednesday", WED, {"ctx": "CDT Wednesday"}),
         (F, "early on Wednesday", WED, {"note": "the NHC's forecast on Tuesday night"}),
         (P, "early on Wednesday", WED),
         (A, "early Wednesday", WED),
         (H, "early Wednesday", WED),
         (G, "early Wednesday", WED),
         (G, "On Wednesday", WED, {"ctx": "On Wednesday, Hurricane"}),
         (G, "Wednesday", WED, {"ctx": "165 mph on Wednesday"}),
         (D, "Wednesday", WED, {"ctx": "Pacific coast on Wednesday"}),
     ]),
    ("e1", "date", "date-of:rapid-intensification", "agree",
     "Otis intensified from a tropical storm to Category 5 on Tuesday 24 October (a tropical storm on "
     "Tuesday morning, Category 4 on Tuesday evening).",
     [
         (F, "Tuesday evening", TUE),
         (P, "Tuesday", TUE, {"ctx": "12 hours on Tuesday"}),
         (A, "Tuesday", TUE, {"ctx": "12 hours on Tuesday"}),
         (H, "On Tuesday", TUE),
         (G, "Tuesday morning", TUE),
     ]),
    ("e1", "date", "date-of:mayor-alert", "agree",
     "The mayor's call to shelter was on Tuesday night in both AP copies.",
     [
         (P, "Tuesday night", TUE),
         (A, "Tuesday night", TUE),
     ]),
    ("e1", "count", "deaths", "agree",
     "27 dead (at least 27) from the President's office and the Security Minister on Thursday.",
     [
         (G, "27", 27, {"ctx": "27 dead after", "as_of": THU}),
         (G, "At least 27", 27, {"low": 27, "as_of": THU}),
         (D, "27", 27, {"as_of": THU}),
     ]),
    ("e1", "count", "missing", "compatible",
     "'Several' missing (GMA) and four missing (DW) overlap.",
     [
         (G, "several", None, {"ctx": "several others missing", "low": 3, "high": 9, "as_of": THU}),
         (D, "four", 4, {"as_of": THU}),
     ]),
    ("e1", "count", "shelters", "single-source", "Emergency shelters opened.",
     [(D, "More than 500", 500, {"low": 500})]),
    ("e1", "count", "troops", "single-source", "Army, air force and national guard members deployed.",
     [(D, "Some 8,400", 8400, {"low": 7980, "high": 8820})]),
    ("e1", "count", "towns-between-acapulco-and-zihuatanejo", "agree",
     "Two dozen / about twenty-four small towns in both AP copies.",
     [
         (P, "two dozen", 24),
         (A, "approximately twenty-four", 24, {"low": 22, "high": 26}),
     ]),
    ("e1", "count", "population-of-acapulco", "agree",
     "Acapulco has more than 1 million people in both.",
     [
         (A, "over 1 million", 1000000, {"low": 1000000}),
         (H, "more than 1 million", 1000000, {"low": 1000000}),
     ]),
    # background: Pauline 1997
    ("e2", "count", "deaths", "conflict",
     "Both AP copies say the 1997 storm killed 'dozens' and, further down, 'more than 200': the same text "
     "contradicts itself.",
     [
         (P, "dozens", None, {"ctx": "killed dozens", "low": 24, "high": 99}),
         (P, "more than 200", 200, {"low": 200}),
         (A, "dozens", None, {"ctx": "killed dozens", "low": 24, "high": 99}),
         (A, "over 200", 200, {"low": 200}),
     ]),
    ("e2", "count", "injured", "single-source", "Pauline's injured.",
     [(P, "Hundreds", None, {"low": 200, "high": 999})]),
    ("e2", "date", "date-of:pauline", "agree", "Pauline hit Acapulco in 1997.",
     [
         (P, "1997", "1997", {"ctx": "a 1997 storm"}),
         (P, "1997", "1997", {"ctx": "Acapulco in 1997"}),
         (A, "1997", "1997", {"ctx": "a 1997 storm"}),
         (A, "1997", "1997", {"ctx": "Acapulco in 1997"}),
     ]),
    # background: Patricia 2015
    ("e3", "date", "date-of:patricia", "agree", "Patricia, 2015.",
     [(F, "2015", "2015"), (G, "2015", "2015")]),
    ("e3", "measure", "category-at-landfall", "single-source", "Patricia's category when it hit Mexico's Pacific coast (a look-alike of Otis's Category 4 readings).",
     [(G, "Category 4", 4)]),
    ("e3", "measure", "wind-speed-increase-record", "single-source", "Patricia's old record rise in 12 hours.",
     [(F, "75 mph", mph(75), {"note": "75 mph, as written"})]),
    ("e3", "duration", "duration-of:patricia-record-window", "single-source", "The 12-hour window of Patricia's record (a look-alike of Otis's 12 hours).",
     [(F, "12 hours", 12, {"ctx": "mph/12 hours", "note": "hours"})]),
]
