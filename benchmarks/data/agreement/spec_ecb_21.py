# ruff: noqa: E501, E741  (hand-written annotation data: one event or mention per line reads best)
"""gold-d's blind second annotation of ECB+ topic 21 (see build.py)."""

META = {
    "story": "ecb-21",
    "source": "ecbplus",
    "topic": 21,
    "description": (
        "two events: the drunk hit-and-run that killed LuAnn Marie Johnson outside the Sam's Club in "
        "Bloomington on a Wednesday night, and Anthony LaSalle's arrest and charges (21_ecb); the drunk "
        "hit-and-run that killed Raj Chohan in Richmond Hill, Queens, on Friday 13 September 2013, and "
        "Vishwanand Subryan's arrest (21_ecbplus) (second annotation, gold-d)"
    ),
}

_DATED = {
    "21_1ecbplus": ("2013-09-14", "dateline 'Updated 09 / 14 / 2013 01 : 03 PM'"),
    "21_2ecbplus": ("2013-09-14", "dateline 'Saturday , September 14 , 2013'"),
    "21_3ecbplus": ("2013-09-14", "dateline 'SATURDAY , SEPTEMBER 14 , 2013 , 9 : 29 PM'"),
    "21_4ecbplus": ("2013-09-14", "dateline 'September 14 , 2013 10 : 46 AM'"),
    "21_5ecbplus": ("2013-09-14", "dateline 'on September 14 , 2013 11 : 41am'"),
    "21_6ecbplus": ("2013-09-20", "'posted in Hit and Run Accidents on Friday , September 20 , 2013'"),
    "21_7ecbplus": ("2013-09-14", "dateline 'Saturday , Sep 14 , 2013'"),
    "21_10ecbplus": ("2013-09-18", "'posted in Pedestrian Accidents on Wednesday , September 18 , 2013'"),
    "21_11ecbplus": ("2013-09-14", "URL gothamist.com/2013/09/14/ and 'last night' for Friday"),
    "21_12ecbplus": ("2013-09-19", "headline ending 'SEPTEMBER 19 , 2013'"),
    "21_14ecbplus": ("2013-09-16", "'Published 12 : 17 am , Monday , September 16 , 2013'"),
}


def _doc(doc: str) -> dict[str, object]:
    half = "21_ecbplus" if doc.endswith("ecbplus") else "21_ecb"
    published, how = _DATED.get(doc, (None, None))
    entry: dict[str, object] = {"doc": doc, "event_hint": half, "published": published}
    if how:
        entry["published_how"] = how
    return entry


DOCUMENTS = [_doc(f"21_{n}ecb") for n in range(1, 13)] + [_doc(f"21_{n}ecbplus") for n in range(1, 15)]

EVENTS = [
    {"id": "e1", "label": "hit-and-run killing of LuAnn Marie Johnson outside Sam's Club, Bloomington "
     "(a Wednesday night), and the charges against Anthony LaSalle", "main": True},
    {"id": "e2", "label": "hit-and-run killing of Raj Chohan, Richmond Hill, Queens, 13 September 2013, "
     "and the charges against Vishwanand Subryan", "main": True},
    {"id": "e3", "label": "LaSalle's earlier convictions (DUI/DWI, vehicle theft)", "main": False},
    {"id": "e4", "label": "a pedestrian killed at Queens Plaza North, Friday 13 September 2013", "main": False},
    {"id": "e5", "label": "hit-and-run killing of Maria Dulce-Valencia in Soundview, the Bronx, Sunday "
     "15 September 2013", "main": False},
]


def b(n: int) -> str:
    return f"21_{n}ecb"


def q(n: int) -> str:
    return f"21_{n}ecbplus"


FRI = "2013-09-13"
M_FOOT = 0.3048

CLUSTERS = [
    ("e1", "count", "age-of:victim", "compatible",
     "Johnson is 66 in every report; WCCO's 'in her 60s' covers it.",
     [
         (b(1), "66-year-old", 66), (b(1), "66", 66, {"ctx": "Johnson , 66 ,"}),
         (b(2), "in her 60s", 65, {"low": 60, "high": 69}),
         (b(4), "66-year-old", 66), (b(4), "66", 66, {"ctx": "Johnson , 66 ,"}),
         (b(5), "66-year-old", 66), (b(6), "66-year-old", 66), (b(7), "66-year-old", 66),
         (b(8), "66-year-old", 66), (b(9), "66-year-old", 66), (b(10), "66-year-old", 66),
         (b(11), "66", 66, {"ctx": "Johnson , 66 ,"}), (b(12), "66-year-old", 66),
     ]),
    ("e1", "count", "age-of:driver", "agree", "LaSalle is 36 in every report.",
     [
         (b(1), "36", 36, {"ctx": "LaSalle , 36"}), (b(2), "36-year-old", 36),
         (b(4), "36", 36, {"ctx": "LaSalle , 36"}), (b(6), "36", 36, {"ctx": "LaSalle , 36"}),
         (b(7), "36", 36, {"ctx": "LaSalle , 36"}), (b(8), "36-year-old", 36),
         (b(10), "36-year-old", 36), (b(11), "36", 36, {"ctx": "LaSalle , 36"}),
         (b(12), "36-year-old", 36),
     ]),
    ("e1", "date", "time-of:crash", "compatible",
     "About 7 p.m. everywhere ('just after 7 p.m.' in the Star Tribune).",
     [
         (b(1), "just after 7 p.m.", "19:00"), (b(2), "around 7 p.m.", "19:00"),
         (b(3), "about 7 p.m", "19:00"), (b(5), "around 7 p.m.", "19:00"),
         (b(6), "around 7 p.m.", "19:00"), (b(7), "around 7 p.m.", "19:00"),
         (b(8), "around 7 p.m.", "19:00"), (b(9), "around 7 p.m.", "19:00"),
         (b(11), "about 7 p.m.", "19:00"), (b(12), "around 7 p.m.", "19:00"),
     ]),
    ("e1", "date", "date-of:crash", "agree", "Wednesday night in every report.",
     [
         (b(1), "Wednesday", "Wednesday"), (b(2), "Wednesday", "Wednesday"),
         (b(3), "Wednesday", "Wednesday"), (b(4), "Wednesday", "Wednesday"),
         (b(5), "Wednesday", "Wednesday"), (b(6), "Wednesday", "Wednesday"),
         (b(7), "Wednesday", "Wednesday", {"ctx": "Sam 's Club Wednesday night"}),
         (b(7), "Wednesday", "Wednesday", {"ctx": "Bloomington Wednesday night"}),
         (b(8), "Wednesday", "Wednesday"), (b(9), "Wednesday", "Wednesday"),
         (b(10), "Wednesday", "Wednesday"),
         (b(11), "Wednesday", "Wednesday", {"ctx": "on Wednesday night"}),
         (b(12), "Wednesday", "Wednesday"),
     ]),
    ("e1", "measure", "distance-dragged", "agree", "Dragged 10 feet (3.05 m) in every report.",
     [
         (b(1), "10 feet", 3.05, {"note": "feet"}), (b(3), "10 feet", 3.05, {"note": "feet"}),
         (b(7), "a good 10 feet", 3.05, {"note": "feet"}), (b(11), "10 feet", 3.05, {"note": "feet"}),
     ]),
    ("e1", "measure", "distance-of:witness", "single-source", "Benson was 20 feet away.",
     [(b(1), "20 feet", 6.1, {"note": "feet"})]),
    ("e1", "percent", "blood-alcohol", "agree", "0.41 in every report that gives it.",
     [
         (b(3), "0.41", 0.41), (b(4), "0.41 percent", 0.41), (b(5), ".41", 0.41),
         (b(10), "0.41 %", 0.41), (b(11), ".41", 0.41, {"ctx": "alcohol level : .41"}),
         (b(11), "0.41 percent", 0.41),
     ]),
    ("e1", "count", "times-legal-limit", "agree", "More than five times the legal limit.",
     [
         (b(3), "more than five times", 5, {"low": 5}), (b(4), "more than five times", 5, {"low": 5}),
         (b(10), "more than five times", 5, {"low": 5}),
         (b(11), "more than five times", 5, {"low": 5, "ctx": "level more than five times"}),
         (b(11), "more than five times", 5, {"low": 5, "ctx": "was more than five times"}),
     ]),
    ("e1", "percent", "legal-limit", "single-source", "Minnesota's limit, 0.08.",
     [(b(11), "0.08 percent", 0.08)]),
    ("e1", "measure", "vodka-drunk", "agree", "Half a litre of vodka.",
     [
         (b(3), "1/2 liter", 0.5, {"note": "litres"}), (b(5), "a half-liter", 0.5, {"note": "litres"}),
         (b(10), "a half-liter", 0.5, {"note": "litres"}), (b(11), "a half-liter", 0.5, {"note": "litres"}),
     ]),
    ("e1", "count", "charges-vehicular-homicide", "agree", "Three counts of criminal vehicular homicide.",
     [
         (b(4), "three counts", 3), (b(5), "three counts", 3), (b(10), "three counts", 3),
         (b(11), "three counts", 3),
     ]),
    ("e1", "count", "charges-murder", "single-source", "One count of third-degree murder.",
     [(b(5), "one count", 1)]),
    ("e1", "date", "date-of:charges", "updated",
     "Charges were filed on Friday; the Thursday article expected them 'today', and later reports "
     "before the filing expected them Friday - an expectation overtaken, not two filings.",
     [
         (b(1), "today", "Thursday", {"note": "expected, in an article of Thursday"}),
         (b(3), "Friday", "Friday"), (b(4), "Friday", "Friday"), (b(5), "Friday", "Friday"),
         (b(6), "Friday", "Friday", {"note": "expected"}),
         (b(7), "Friday", "Friday", {"note": "expected"}),
         (b(9), "Friday", "Friday", {"note": "expected"}),
         (b(10), "Friday", "Friday"), (b(11), "Friday", "Friday"),
     ]),
    ("e1", "date", "date-of:court-appearance", "agree", "Next Monday.",
     [(b(4), "next Monday", "Monday"), (b(10), "next Monday", "Monday")]),
    ("e1", "date", "date-of:victim-identified", "agree", "Police named the victim on Thursday.",
     [(b(8), "Thursday", "Thursday"), (b(12), "Thursday", "Thursday")]),
    ("e1", "duration", "duration-of:time-to-death", "single-source", "She died an hour later.",
     [(b(3), "an hour later", 1, {"note": "hours"})]),
    ("e1", "duration", "max-sentence", "single-source", "Up to 55 years if convicted.",
     [(b(5), "up to 55 years", 55, {"high": 55, "note": "years"})]),
    ("e1", "money", "max-fine", "single-source", "A $60,000 fine.",
     [(b(5), "$ 60,000", 60000, {"note": "USD"})]),
    ("e1", "count", "vehicles-hit-fleeing", "agree", "Two other vehicles hit while fleeing.",
     [(b(5), "two", 2, {"ctx": "struck two other"}), (b(9), "two", 2, {"ctx": "struck two other"})]),
    ("e1", "measure", "distance-of:stop", "compatible",
     "Stopped 'a few blocks away', 'two blocks away' in the Star Tribune.",
     [
         (b(2), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(4), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(5), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(6), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(8), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(9), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (b(11), "two blocks", 2, {"note": "blocks"}),
         (b(12), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
     ]),
    ("e3", "count", "prior-dwi-convictions", "conflict",
     "Three prior DUI convictions per state/court records, but WCCO says this is his 'second DWI' (one prior).",
     [
         (b(5), "three", 3, {"ctx": "has three prior"}), (b(9), "three", 3, {"ctx": "has three prior"}),
         (b(7), "second", 1, {"ctx": "his second DWI", "note": "'his second DWI' = one prior"}),
     ]),
    ("e3", "date", "date-of:prior-dwi", "conflict",
     "The priors span 1990 to 1991 in two outlets; KSTP has a prior DWI conviction from 1992.",
     [
         (b(5), "1990 to 1991", "1990/1991"), (b(9), "1990 to 1991", "1990/1991"),
         (b(6), "1992", "1992"),
     ]),
    ("e3", "count", "vehicle-theft-convictions", "agree", "Two motor vehicle theft convictions.",
     [(b(5), "two", 2, {"ctx": "has two motor"}), (b(9), "two", 2, {"ctx": "has two motor"})]),
    # --- Richmond Hill
    ("e2", "count", "age-of:victim", "agree", "Chohan is 59 in every report.",
     [
         (q(1), "59 - year - old", 59), (q(2), "59 - year old", 59),
         (q(3), "59", 59, {"ctx": "Chohan , 59 , was killed"}),
         (q(3), "59", 59, {"ctx": "Chohan , 59 , had just"}),
         (q(4), "59 - year - old", 59), (q(4), "59", 59, {"ctx": "Chohan , 59"}),
         (q(5), "59", 59), (q(6), "59 - year - old", 59), (q(7), "59 - year - old", 59),
         (q(9), "59 - year - old", 59), (q(11), "59 - year - old", 59), (q(12), "59 - year - old", 59),
         (q(13), "59 - year - old", 59), (q(14), "59 - year - old", 59),
     ]),
    ("e2", "count", "age-of:driver", "agree", "Subryan is 23 in every report.",
     [
         (q(2), "23 - year old", 23), (q(3), "23", 23, {"ctx": "Subryan , 23"}),
         (q(4), "23", 23, {"ctx": "Subryan , 23"}), (q(5), "23", 23, {"ctx": "Subryan , 23"}),
         (q(7), "23", 23, {"ctx": "Subryan , 23"}), (q(11), "23 - year - old", 23),
         (q(12), "23", 23, {"ctx": "Subryan , 23"}), (q(13), "23 - year - old", 23),
         (q(14), "23", 23, {"ctx": "Subryan , 23"}),
     ]),
    ("e2", "date", "time-of:crash", "compatible",
     "About 7 p.m.; police responded at 7:01 p.m.",
     [
         (q(2), "about 7 p . m", "19:00"), (q(3), "about 7 p . m", "19:00"),
         (q(4), "around 7 p . m", "19:00"), (q(5), "7 : 01 p . m", "19:01", {"note": "police responded"}),
         (q(10), "approximately 7 p . m", "19:00"), (q(11), "around 7 p . m", "19:00"),
         (q(12), "around 7 p . m", "19:00"), (q(12), "approximately 7 p . m", "19:00"),
         (q(13), "about 7 p . m", "19:00"),
     ]),
    ("e2", "date", "date-of:crash", "agree", "Friday 13 September 2013 in every report.",
     [
         (q(1), "Friday", FRI), (q(2), "Friday", FRI, {"ctx": "Queens Friday night"}),
         (q(2), "Friday", FRI, {"ctx": "But Friday night"}),
         (q(3), "Friday", FRI, {"ctx": "services on Friday"}),
         (q(3), "Friday", FRI, {"ctx": "service Friday"}),
         (q(4), "Friday", FRI), (q(5), "Friday", FRI), (q(7), "Friday", FRI), (q(8), "Friday", FRI),
         (q(9), "Friday", FRI), (q(10), "Sept . 13", FRI),
         (q(11), "last night", FRI, {"ctx": "in Queens last night"}),
         (q(11), "last night", FRI, {"ctx": "p . m . last night"}),
         (q(12), "last Friday", FRI),
         (q(12), "Friday", FRI, {"ctx": "p . m . on Friday night"}),
         (q(13), "Friday", FRI), (q(14), "Friday", FRI),
     ]),
    ("e2", "measure", "distance-of:arrest", "compatible", "Arrested a few / several blocks away.",
     [
         (q(1), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (q(4), "several blocks", 3, {"low": 2, "high": 7, "note": "blocks"}),
         (q(7), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (q(9), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
         (q(13), "a few blocks", 3, {"low": 2, "high": 5, "note": "blocks"}),
     ]),
    ("e2", "count", "children-of:victim", "agree", "A mother of two.",
     [
         (q(4), "two", 2, {"ctx": "mother of two"}), (q(6), "2", 2, {"ctx": "mother of 2"}),
         (q(6), "two", 2, {"ctx": "mother of two"}),
     ]),
    ("e2", "count", "grandchildren-of:victim", "agree", "Two grandchildren.",
     [(q(3), "two", 2, {"ctx": "two grandkids"}), (q(12), "two", 2, {"ctx": "two grandchildren"})]),
    ("e2", "measure", "distance-of:victim-home", "conflict",
     "The Daily News has her living half a mile away in South Ozone Park; her friend (TimesLedger) says "
     "she had moved about a mile and a half away.",
     [
         (q(3), "half a mile", 805, {"note": "miles"}),
         (q(13), "about a mile and a half", 2414, {"note": "miles"}),
     ]),
    ("e2", "duration", "duration-since:victim-moved", "single-source", "Moved five or six years ago.",
     [(q(13), "five or six years", 5.5, {"low": 5, "high": 6, "note": "years"})]),
    ("e2", "count", "age-of:nephew", "single-source", "Ravi Singh, 32.",
     [(q(3), "32", 32)]),
    ("e2", "percent", "blood-alcohol", "single-source", "0.09 per the DA.",
     [(q(12), ". 09 percent", 0.09)]),
    ("e2", "percent", "legal-limit", "single-source", "New York's limit, 0.08.",
     [(q(12), ". 08 percent", 0.08)]),
    ("e2", "money", "bail", "single-source", "$200,000 bail.",
     [(q(12), "$200 , 000", 200000, {"note": "USD"})]),
    ("e2", "date", "date-of:arraignment", "single-source", "Arraigned 15 September.",
     [(q(12), "Sept . 15", "2013-09-15")]),
    ("e2", "date", "date-of:next-court-date", "single-source", "Back in court 2 October.",
     [(q(12), "Oct . 2", "2013-10-02")]),
    ("e2", "count", "pedestrian-accidents-weekend", "single-source",
     "Three pedestrian accidents in the city that weekend (this one included).",
     [(q(12), "three", 3, {"ctx": "one of three accidents"})]),
    ("e4", "date", "time-of:crash", "single-source", "Queens Plaza North, a little before 10 p.m.",
     [(q(12), "a little before 10 p . m", "22:00")]),
    ("e4", "date", "date-of:crash", "single-source", "Queens Plaza North, Friday.",
     [(q(12), "Friday", FRI, {"ctx": "p . m . on Friday , according"})]),
    ("e5", "count", "age-of:victim", "single-source", "Maria Dulce-Valencia, 27.",
     [(q(12), "27", 27, {"ctx": "Valencia , 27"})]),
    ("e5", "date", "time-of:crash", "single-source", "Around 5 a.m.",
     [(q(12), "around 5 a . m", "05:00")]),
    ("e5", "date", "date-of:crash", "single-source", "Sunday morning (15 September).",
     [(q(12), "Sunday", "2013-09-15")]),
]
