# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Palisades Fire in Los Angeles, January 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Areas in hectares (acres converted at 0.404686 ha, the acres written in `note`); dates as ISO strings. Wednesday = 8
January 2025, Thursday = 9 January, Friday = 10 January, Saturday = 11 January 2025 (in PerthNow's Australian text,
'overnight' and 'from late Friday into Saturday' are Los Angeles's Friday night). Left out: Patch's page time stamp
"6:45 a.m. UPDATE", the address "15300 block", PerthNow's ordinal headline "day five", "one of the most destructive",
"one of several separate blazes", "One of those killed", "support one another", "A high number of injuries".
"""

E = "e1"
EATON = "e2"
KENNETH = "e3"
HURST = "e4"
THU = "2025-01-09"
FRI = "2025-01-10"
SAT = "2025-01-11"
HA = 0.404686


def ha(acres: float) -> float:
    """Acres as hectares, to one decimal."""
    return round(acres * HA, 1)


SPEC = {
    "description": (
        "The Palisades Fire in Los Angeles, January 2025, as five outlets reported it from Friday 10 to Sunday 12 January: "
        "burned area nearly 20,000 acres (9-10 January) -> more than 21,000 -> 21,596 (Saturday morning) -> more than 9,000 "
        "hectares -> beyond 23,600 acres (Saturday evening) (`updated`); containment 6% -> 8% -> 11% (`updated`); deaths two "
        "(Thursday) -> five (the medical examiner, Friday) against 'three' (the county fire chief, Saturday) (`conflict`); "
        "the LA fires' whole toll 13 -> at least 16 (`updated`); 13 / at least 13 missing (`agree`); over 5,000 / about 5,300 "
        "structures destroyed (`compatible`); growth overnight into Saturday about 1,000 acres / about 400 hectares "
        "(`compatible`). Sibling events whose figures are traps: the Eaton Fire (deaths six -> eight -> 11, `updated`; nearly "
        "5,700 hectares / more than 14,000 acres; 7,000 structures; 3% contained), the Kenneth Fire (1,052 hectares, 80%) and "
        "the Hurst Fire (790 hectares, 76%)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the original story of 'Thursday' (9 January 2025) with an update at '6:45 a.m.' after containment gained 'overnight' (6%, reported on Friday 10 January): 10 January 2025 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the medical examiner 'reported Friday' (10 January 2025) five deaths and 8% containment: 10 January 2025 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2025-01-11 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; 'LA fires day five' (Saturday 11 January in Los Angeles), an Australian site: 12 January 2025 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the medical examiner's 'evening update on Jan. 11' and 'On Saturday night': 12 January 2025 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the Palisades Fire, Los Angeles, January 2025", "main": True},
        {"id": EATON, "label": "the Eaton Fire in Altadena and Pasadena, January 2025 (sibling)", "main": False},
        {"id": KENNETH, "label": "the Kenneth Fire, January 2025 (sibling)", "main": False},
        {"id": HURST, "label": "the Hurst Fire, January 2025 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "measure", "role": "area burned by the Palisades Fire", "verdict": "updated",
            "why": "The burned area as it grew: nearly 20,000 acres (Thursday 9 / Friday 10 January), more than 21,000 acres (Friday), 21,596 acres (Cal Fire, Saturday morning), more than 9,000 hectares (Saturday), beyond 23,600 acres (Saturday evening).",
            "mentions": [
                ("01", "20,000", ha(20_000), {"ctx": "Grows To 20,000 Acres", "note": "hectares; written 20,000 acres", "as_of": THU}),
                ("01", "nearly 20,000", ha(20_000), {"ctx": "has burned nearly 20,000 acres", "note": "hectares; written in acres", "as_of": FRI}),
                ("01", "nearly 20,000", ha(20_000), {"ctx": "grew to nearly 20,000 acres", "note": "hectares; written in acres", "as_of": THU}),
                ("02", "more than 21,000", ha(21_000), {"note": "hectares; written 21,000- acre", "as_of": FRI}),
                ("03", "21,596", ha(21_596), {"note": "hectares; written in acres", "as_of": SAT}),
                ("04", "more than 9000", 9000, {"note": "hectares", "as_of": SAT}),
                ("05", "beyond 23,600", ha(23_600), {"ctx": "has grown beyond 23,600 acres, and", "low": ha(23_600), "high": None, "note": "hectares; written in acres", "as_of": SAT}),
                ("05", "beyond 23,600", ha(23_600), {"ctx": "Fire has grown beyond 23,600 acres and", "low": ha(23_600), "high": None, "note": "hectares; written in acres", "as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "containment of the Palisades Fire", "verdict": "updated",
            "why": "Containment as it rose: 6% overnight into Friday 10 January, 8% (Friday), 11% (Saturday 11 January).",
            "mentions": [
                ("01", "6", 6, {"ctx": "fire, 6%,", "as_of": FRI}),
                ("02", "8", 8, {"ctx": "blaze to 8%", "as_of": FRI}),
                ("03", "11 per cent", 11, {"as_of": SAT}),
                ("04", "11 per cent", 11, {"as_of": SAT}),
                ("05", "11 percent", 11, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in the Palisades Fire", "verdict": "conflict",
            "why": "The toll rose from two (Thursday 9 January) to five (the medical examiner's investigations, Friday 10 January; still five on 11 January), but Global News has the county fire chief saying on Saturday 11 January that 'three people have been killed in this fire': a report that cannot hold with the five of the same day.",
            "mentions": [
                ("01", "2", 2, {"ctx": "With 2 Dead", "as_of": THU}),
                ("01", "two", 2, {"ctx": "claimed two lives", "as_of": THU}),
                ("01", "two", 2, {"ctx": "the two deaths", "as_of": THU}),
                ("01", "two", 2, {"ctx": "confirmed two fatalities", "as_of": THU}),
                ("02", "5", 5, {"ctx": "Toll at 5", "as_of": FRI}),
                ("02", "five", 5, {"ctx": "increased to five", "as_of": FRI}),
                ("02", "five", 5, {"ctx": "conducting five death", "as_of": FRI}),
                ("03", "three", 3, {"as_of": SAT}),
                ("04", "Five", 5, {"as_of": SAT}),
                ("05", "Five", 5, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in all the Los Angeles fires", "verdict": "updated",
            "why": "The toll of all the LA fires: 13 (Saturday 11 January, PerthNow), at least 16 (the medical examiner's evening update on 11 January).",
            "mentions": [
                ("04", "13", 13, {"ctx": "has risen to 13", "as_of": SAT}),
                ("05", "At least 16", 16, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people missing in the Los Angeles fires", "verdict": "agree",
            "why": "The sheriff's 13 missing persons reports: '13 missing persons reports' / 'at least 13 people have also been reported missing'.",
            "mentions": [
                ("04", "13", 13, {"ctx": "working on 13 missing"}),
                ("05", "at least 13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "structures destroyed by the Palisades Fire", "verdict": "compatible",
            "why": "Over 5,000 buildings destroyed (Cal Fire's aerial survey, Thursday 9 January), 5,300 structures damaged or destroyed / approximately 5,300 destroyed (Cal Fire, 11 January): consistent.",
            "mentions": [
                ("01", "over 5,000", 5000, {"as_of": THU}),
                ("04", "5300", 5300, {"as_of": SAT}),
                ("05", "approximately 5,300", 5300, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "growth of the Palisades Fire overnight into Saturday", "verdict": "compatible",
            "why": "'grew about 1,000 acres overnight in the Mandeville Canyon area' / 'grew by about 400 hectares from late Friday into Saturday in the Mandeville Canyon': the same growth, rounded in two units.",
            "mentions": [
                ("03", "about 1,000", ha(1000), {"note": "hectares; written in acres"}),
                ("04", "about 400", 400, {"note": "hectares"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "homes destroyed by the Palisades Fire", "verdict": "single-source",
            "why": "'including 426 homes'.",
            "mentions": [("05", "426", 426)],
        },
        {
            "event": E, "kind": "count", "role": "residents evacuated in the Palisades Fire zone", "verdict": "single-source",
            "why": "'More than 105,000 residents ... have been evacuated, as of Jan. 11'.",
            "mentions": [("05", "More than 105,000", 105_000)],
        },
        {
            "event": E, "kind": "count", "role": "personnel fighting the Palisades Fire", "verdict": "single-source",
            "why": "'Some 3,000 personnel were working to put the fire out'.",
            "mentions": [("01", "Some 3,000", 3000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the first two deaths", "verdict": "single-source",
            "why": "'officials said Thursday' / 'a Thursday evening news conference' (9 January 2025).",
            "mentions": [
                ("01", "Thursday", THU, {"ctx": "officials said Thursday"}),
                ("01", "Thursday", THU, {"ctx": "at a Thursday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:a victim found dead in the Palisades", "verdict": "single-source",
            "why": "'a person found dead Thursday around 10 a.m.' (9 January 2025).",
            "mentions": [
                ("01", "Thursday", THU, {"ctx": "found dead Thursday"}),
                ("01", "around 10 a.m.", "2025-01-09T10:00"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:NBC's report of remains found in Malibu", "verdict": "single-source",
            "why": "'Earlier Thursday NBC Los Angeles reported'.",
            "mentions": [("01", "Thursday", THU, {"ctx": "Earlier Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:remains found in a Malibu home", "verdict": "single-source",
            "why": "'authorities found human remains Wednesday night in a home near Pacific Coast Highway' (8 January 2025).",
            "mentions": [("01", "Wednesday", "2025-01-08")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:remains removed from a Malibu home", "verdict": "single-source",
            "why": "'On Thursday, representatives of the medical examiner’s office removed remains' (9 January 2025); another act than the finding on Wednesday night.",
            "mentions": [("02", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the medical examiner's report of five deaths", "verdict": "single-source",
            "why": "'reported Friday' (10 January 2025).",
            "mentions": [("02", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Cal Fire's statement of the area (Hopkins)", "verdict": "agree",
            "why": "Todd Hopkins 'on Saturday morning' / 'at a Jan. 11 press briefing'.",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "on Saturday morning"}),
                ("05", "Jan. 11", SAT, {"ctx": "at a Jan. 11 press"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the county fire chief's statement", "verdict": "single-source",
            "why": "'On Saturday, Anthony Marronem ... said three people have been killed'.",
            "mentions": [("03", "Saturday", SAT, {"ctx": "On Saturday, Anthony"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the growth into Mandeville Canyon", "verdict": "single-source",
            "why": "'from late Friday into Saturday' (10-11 January 2025).",
            "mentions": [
                ("04", "Friday", FRI),
                ("04", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the medical examiner's evening update", "verdict": "single-source",
            "why": "'in an evening update on Jan. 11'.",
            "mentions": [("05", "Jan. 11", SAT, {"ctx": "update on Jan. 11"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sheriff's statement on the missing", "verdict": "single-source",
            "why": "'Luna said Saturday'.",
            "mentions": [("05", "Saturday", SAT, {"ctx": "Luna said Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fire's push into Mandeville Canyon at night", "verdict": "single-source",
            "why": "'On Saturday night, light breezes were fanning the northeast expansion'.",
            "mentions": [("05", "Saturday", SAT, {"ctx": "On Saturday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of residents evacuated", "verdict": "single-source",
            "why": "'as of Jan. 11'.",
            "mentions": [("05", "Jan. 11", SAT, {"ctx": "as of Jan. 11"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Rory Callum Sykes's death", "verdict": "single-source",
            "why": "'killed on Wednesday' (8 January 2025).",
            "mentions": [("04", "Wednesday", "2025-01-08")],
        },
        {
            "event": E, "kind": "count", "role": "age of Rory Callum Sykes", "verdict": "single-source",
            "why": "'Rory Callum Sykes, 32'.",
            "mentions": [("04", "32", 32)],
        },
        {
            "event": E, "kind": "measure", "role": "area of the Sykes family's property in Malibu", "verdict": "single-source",
            "why": "'their 6.8ha property in Malibu' (a look-alike of the fire's areas).",
            "mentions": [("04", "6.8ha", 6.8, {"note": "hectares"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths added to the LA fires' toll overnight", "verdict": "single-source",
            "why": "'Two additional fatalities were announced overnight, bringing the toll from the Eaton fire to eight': an increase, not a toll.",
            "mentions": [("04", "Two", 2)],
        },
        {
            "event": EATON, "kind": "count", "role": "deaths in the Eaton Fire", "verdict": "updated",
            "why": "The Eaton Fire's toll as it rose: six (the medical examiner, Friday 10 January), eight (11 January), 11 (the evening update of 11 January).",
            "mentions": [
                ("02", "six", 6, {"as_of": FRI}),
                ("04", "eight", 8, {"as_of": SAT}),
                ("05", "11", 11, {"ctx": "the other 11", "as_of": SAT}),
            ],
        },
        {
            "event": EATON, "kind": "measure", "role": "area burned by the Eaton Fire", "verdict": "compatible",
            "why": "'nearly 5700 hectares' / 'more than 14,000 acres' (5,665.6 hectares): consistent.",
            "mentions": [
                ("04", "nearly 5700", 5700, {"note": "hectares"}),
                ("05", "more than 14,000", ha(14_000), {"note": "hectares; written in acres"}),
            ],
        },
        {
            "event": EATON, "kind": "count", "role": "structures destroyed by the Eaton Fire", "verdict": "single-source",
            "why": "'claimed nearly 5700 hectares, 7000 structures'.",
            "mentions": [("04", "7000", 7000)],
        },
        {
            "event": EATON, "kind": "percent", "role": "containment of the Eaton Fire", "verdict": "single-source",
            "why": "'still only 3 per cent contained'.",
            "mentions": [("04", "3 per cent", 3)],
        },
        {
            "event": KENNETH, "kind": "measure", "role": "area burned by the Kenneth Fire", "verdict": "single-source",
            "why": "'burnt through 1052 hectares'.",
            "mentions": [("04", "1052", 1052, {"note": "hectares"})],
        },
        {
            "event": KENNETH, "kind": "percent", "role": "containment of the Kenneth Fire", "verdict": "single-source",
            "why": "'now 80 per cent contained'.",
            "mentions": [("04", "80 per cent", 80)],
        },
        {
            "event": HURST, "kind": "measure", "role": "area burned by the Hurst Fire", "verdict": "single-source",
            "why": "'claimed 790 hectares'.",
            "mentions": [("04", "790", 790, {"note": "hectares"})],
        },
        {
            "event": HURST, "kind": "percent", "role": "containment of the Hurst Fire", "verdict": "single-source",
            "why": "'now 76 per cent contained'.",
            "mentions": [("04", "76 per cent", 76)],
        },
    ],
}
