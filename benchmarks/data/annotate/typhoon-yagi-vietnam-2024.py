# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Typhoon Yagi in northern Vietnam, September 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; wind speeds in km/h (92 mph converted: 148 km/h; the written unit in note); durations with their
unit in `note`; dates as ISO strings. Saturday = 7 September 2024 (landfall), Sunday 8, Monday 9, Tuesday 10,
Wednesday 11, Friday 13 September 2024. Left out: "Dozens" / "dozens" missing (02's and 03's headlines), "hundreds were
injured" (02, twice), "thousands" (of hectares, of soldiers, of residents), "Thousands evacuated" (a subheading),
"one-story", "in decades", "Category 5" (a class, not a count), "the rest of the week".
"""

E = "e1"
BEFORE = "e2"
SAT = "2024-09-07"
SUN = "2024-09-08"
MON = "2024-09-09"
TUE = "2024-09-10"
WED = "2024-09-11"
FRI = "2024-09-13"
MPH = 1.609344
SPEC = {
    "description": (
        "Typhoon Yagi in northern Vietnam, landfall on Saturday 7 September 2024 (`agree`), as five outlets reported it from "
        "Tuesday 10 to Friday 13 September: the dead 63 (the government, Tuesday) -> 87 (AP, Tuesday) -> 127 (Vietnam News, "
        "Tuesday) -> 141 (Wednesday) -> 233 (Friday) (`updated`); the missing 40 -> 70 -> 54 -> 59 -> 103 (`updated`); the "
        "injured about 752 -> some 764 -> more than 800 (`updated`); winds 'over' / 'up to' 149 km/h (92 mph) (`compatible`); "
        "weakening on Sunday (`agree`); look-alikes: deaths by cause (12 in the storm, 72 in landslides, six in floodwaters, "
        "eight at the bridge), nine killed on the day of landfall, over a hundred since, 19 dead and 36 missing in Cao Bang, "
        "48 bodies and 39 missing at Lang Nu, several Tuesdays of different facts. Background event whose figures are traps: "
        "Yagi's passage through the Philippines (Sept. 3; 20 dead, 26 missing) and southern China (Hainan, Sept. 7 - the day "
        "of Vietnam's landfall; four dead, 95 injured), 24 dead in both."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it gives the government's toll 'on Tuesday' (10 September 2024) as news: 10 September 2024 (a guess within a day)"},
        "02": {"published_how": "the URL's 20240910"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it cites Vietnam News 'on Tuesday' (10 September 2024): 10 September 2024 (a guess within a day)"},
        "04": {"published_how": "the URL's 2024/09/11"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it gives the toll 'on Friday' (13 September 2024) as news: 13 September 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Typhoon Yagi in northern Vietnam, September 2024", "main": True},
        {"id": BEFORE, "label": "Typhoon Yagi in the Philippines and southern China before Vietnam (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll in Vietnam: 63 (the government, Tuesday), 87 (AP citing state media, Tuesday), 127 (Vietnam News citing the agriculture ministry, Tuesday), 141 (the government, Wednesday), 233 (state media, Friday).",
            "mentions": [
                ("01", "63", 63, {"ctx": "63 Dead", "as_of": TUE}),
                ("01", "63", 63, {"ctx": "risen to 63", "as_of": TUE}),
                ("02", "87", 87, {"ctx": "rises to 87", "as_of": TUE}),
                ("02", "87", 87, {"ctx": "has climbed to 87", "as_of": TUE}),
                ("02", "87", 87, {"ctx": "climbed to 87 on", "as_of": TUE}),
                ("03", "127", 127, {"ctx": "A total of 127 people have been confirmed dead, and 54 others went missing due to the most powerful tropical storm of the year.", "as_of": TUE}),
                ("03", "127", 127, {"ctx": "rose to 127", "as_of": TUE}),
                ("03", "127", 127, {"ctx": "127 people have been confirmed dead, and 54 others went missing due to the most powerful tropical storm of the year, Vietnam", "as_of": TUE}),
                ("04", "141", 141, {"ctx": "at 141", "as_of": WED}),
                ("04", "141", 141, {"ctx": "risen to 141", "as_of": WED}),
                ("04", "141", 141, {"ctx": "killing 141", "as_of": WED}),
                ("05", "233", 233, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "The missing in Vietnam: 40 (Tuesday), 70 (Tuesday), 54 (Tuesday, with 127 dead), 59 (Wednesday), 103 (Friday).",
            "mentions": [
                ("01", "40", 40, {"ctx": "40 Missing", "as_of": TUE}),
                ("01", "40", 40, {"ctx": "with 40 people", "as_of": TUE}),
                ("02", "70", 70, {"ctx": "87 as 70", "as_of": TUE}),
                ("02", "70", 70, {"ctx": "Tuesday as 70", "as_of": TUE}),
                ("03", "54", 54, {"ctx": "and 54 others went missing due to the most powerful tropical storm of the year.\n", "as_of": TUE}),
                ("03", "54", 54, {"ctx": "and 54 others went missing due to the most powerful tropical storm of the year, Vietnam", "as_of": TUE}),
                ("04", "59", 59, {"as_of": WED}),
                ("05", "103", 103, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "'About 752' (the agriculture ministry, Tuesday), 'Some 764' (Vietnam News, Tuesday), 'more than 800' (Friday).",
            "mentions": [
                ("01", "About 752", 752, {"as_of": TUE}),
                ("03", "Some 764", 764, {"low": 764, "high": 764, "as_of": TUE}),
                ("05", "more than 800", 800, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the landfall in Vietnam", "verdict": "agree",
            "why": "Saturday 7 September 2024.",
            "mentions": [
                ("01", "Saturday", SAT, {"ctx": "landfall on Saturday carrying winds over"}),
                ("01", "Saturday", SAT, {"ctx": "landfall on Saturday carrying winds above"}),
                ("02", "Saturday", SAT),
                ("05", "Saturday", SAT, {"ctx": "landfall Saturday"}),
                ("05", "Saturday", SAT, {"ctx": "On Saturday when"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "speed:the winds at landfall", "verdict": "compatible",
            "why": "Winds 'over' / 'above' 149 km/h (RTV) and 'up to' 149 kph (AP's text) at landfall, with 92 mph (148 km/h) beside each: one speed written as a floor and as a maximum.",
            "mentions": [
                ("01", "over 149 kilometers", 149, {"note": "km/h"}),
                ("01", "92 miles", round(92 * MPH), {"ctx": "(92 miles) per hour.\nThe number", "note": "km/h; written in miles per hour"}),
                ("01", "above 149 kilometers", 149, {"note": "km/h"}),
                ("01", "92 miles", round(92 * MPH), {"ctx": "(92 miles) per hour.\nThe country", "note": "km/h; written in miles per hour"}),
                ("02", "up to 149 kph", 149, {"note": "km/h"}),
                ("02", "92 mph", round(92 * MPH), {"note": "km/h; written in miles per hour"}),
                ("05", "up to 149 kph", 149, {"note": "km/h"}),
                ("05", "92 mph", round(92 * MPH), {"note": "km/h; written in miles per hour"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since a typhoon as strong hit northern Vietnam", "verdict": "single-source",
            "why": "'the most powerful Typhoon to hit northern Vietnam in 30 years' (twice, in the repeated paragraph).",
            "mentions": [
                ("01", "30 years", 30, {"ctx": "30 years, downed bridges, tore roofs off buildings, and damaged factories after making landfall on Saturday carrying winds over", "note": "years"}),
                ("01", "30 years", 30, {"ctx": "30 years, downed bridges, tore roofs off buildings, and damaged factories after making landfall on Saturday carrying winds above", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Tuesday's tolls", "verdict": "agree",
            "why": "The day the government, the agriculture ministry, state media (AP) and Vietnam News gave the tolls of 63 / 752 / 87 / 127: Tuesday 10 September.",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "said on Tuesday"}),
                ("01", "Tuesday", TUE, {"ctx": "ministry said Tuesday"}),
                ("02", "Tuesday", TUE),
                ("03", "Tuesday", TUE, {"ctx": "reported on Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Wednesday's toll", "verdict": "single-source",
            "why": "'the government said on Wednesday' (141).",
            "mentions": [("04", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Friday's toll", "verdict": "single-source",
            "why": "'climbed to 233 on Friday'.",
            "mentions": [("05", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the weakening", "verdict": "agree",
            "why": "'despite weakening on Sunday' / 'it had weakened by Sunday'.",
            "mentions": [
                ("02", "Sunday", SUN),
                ("05", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:homes submerged in Thai Nguyen and Yen Bai", "verdict": "single-source",
            "why": "'in the early hours of Tuesday' (a look-alike of the tolls' Tuesday).",
            "mentions": [("01", "Tuesday", TUE, {"ctx": "early hours of Tuesday"})],
        },
        {
            "event": E, "kind": "count", "role": "age:a resident by the Red River", "verdict": "single-source",
            "why": "Phan Thi Tuyet, 50.",
            "mentions": [("01", "50", 50, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "population of Hanoi", "verdict": "single-source",
            "why": "'home to 8.5 million people'.",
            "mentions": [("02", "8.5 million", 8500000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Hanoi's last floods as high", "verdict": "single-source",
            "why": "'floods not seen since 2008' (05's 'the worst in two decades' is a duration, kept apart).",
            "mentions": [("02", "2008", "2008")],
        },
        {
            "event": E, "kind": "duration", "role": "time since floods as bad in Hanoi", "verdict": "single-source",
            "why": "'the worst in two decades'.",
            "mentions": [("05", "two decades", 20, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Cao Bang", "verdict": "single-source",
            "why": "'totaling 19 dead and 36 still unlocated' (a province's share).",
            "mentions": [("03", "19", 19)],
        },
        {
            "event": E, "kind": "count", "role": "missing:in Cao Bang", "verdict": "single-source",
            "why": "'36 still unlocated'.",
            "mentions": [("03", "36", 36)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the storm itself", "verdict": "single-source",
            "why": "'at least 12 people died due to the storm' (a share of the 127 by cause).",
            "mentions": [("03", "at least 12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in landslides and flash floods", "verdict": "single-source",
            "why": "'72 from landslides and flash floods'.",
            "mentions": [("03", "72", 72)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in floodwaters", "verdict": "single-source",
            "why": "'six from floodwaters'.",
            "mentions": [("03", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the Phong Chau Bridge collapse", "verdict": "single-source",
            "why": "'eight from the collapse of the Phong Chau Bridge'.",
            "mentions": [("03", "eight", 8)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Phong Chau Bridge collapse", "verdict": "single-source",
            "why": "'in Phu Thọ on Monday'.",
            "mentions": [("03", "Monday", MON)],
        },
        {
            "event": E, "kind": "count", "role": "boats sunk in Quang Ninh", "verdict": "single-source",
            "why": "'85 boats to sink'.",
            "mentions": [("03", "85", 85)],
        },
        {
            "event": E, "kind": "count", "role": "fish farming cages swept away", "verdict": "single-source",
            "why": "'1,582 fish farming cages'.",
            "mentions": [("03", "1,582", 1582)],
        },
        {
            "event": E, "kind": "count", "role": "livestock killed", "verdict": "single-source",
            "why": "'killed 1,174 heads of livestock'.",
            "mentions": [("03", "1,174", 1174)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the heavy rain", "verdict": "single-source",
            "why": "'since early on Tuesday'.",
            "mentions": [("03", "Tuesday", TUE, {"ctx": "early on Tuesday"})],
        },
        {
            "event": E, "kind": "count", "role": "evacuated from coastal cities", "verdict": "single-source",
            "why": "'More than 50,000 people from coastal cities'.",
            "mentions": [("03", "More than 50,000", 50000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:state media's report of the Red River's rise", "verdict": "single-source",
            "why": "'State media reports late on Tuesday'.",
            "mentions": [("04", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "measure", "role": "rate:the Red River's rise in Hanoi", "verdict": "single-source",
            "why": "'rising 10 centimetres every hour'.",
            "mentions": [("04", "10 centimetres", 10, {"note": "cm an hour"})],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered at Lang Nu", "verdict": "single-source",
            "why": "'recovered 48 bodies from the area of Lang Nu'.",
            "mentions": [("05", "48", 48)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the flood that swept Lang Nu away", "verdict": "single-source",
            "why": "'swept away ... on Tuesday' (a look-alike of the tolls' Tuesday).",
            "mentions": [("05", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "count", "role": "missing:at Lang Nu", "verdict": "single-source",
            "why": "'Another 39 people are still missing' (at Lang Nu; not the national count).",
            "mentions": [("05", "Another 39", 39)],
        },
        {
            "event": E, "kind": "duration", "role": "time from landfall to Hanoi's rain", "verdict": "single-source",
            "why": "'Five days after the typhoon's landfall'.",
            "mentions": [("05", "Five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:on the day of landfall", "verdict": "single-source",
            "why": "'On Saturday when Yagi made landfall, it killed nine people' (a share of the toll).",
            "mentions": [("05", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:since the day of landfall", "verdict": "single-source",
            "why": "'have since killed over a hundred people' (the toll less the landfall's nine, rounded).",
            "mentions": [("05", "over a hundred", 100, {"low": 100, "high": None})],
        },
        {
            "event": BEFORE, "kind": "count", "role": "deaths:in southern China and the Philippines", "verdict": "single-source",
            "why": "'Yagi left 24 people dead across southern China and the Philippines' (20 + 4 in 03).",
            "mentions": [("01", "24", 24)],
        },
        {
            "event": BEFORE, "kind": "date", "role": "date-of:Yagi's strike on the Philippines", "verdict": "single-source",
            "why": "'struck the northern regions of the Philippines on Sept. 3'.",
            "mentions": [("03", "Sept. 3", "2024-09-03")],
        },
        {
            "event": BEFORE, "kind": "count", "role": "deaths:in the Philippines", "verdict": "single-source",
            "why": "'resulting in 20 deaths and 26 missing'.",
            "mentions": [("03", "20", 20)],
        },
        {
            "event": BEFORE, "kind": "count", "role": "missing:in the Philippines", "verdict": "single-source",
            "why": "'26 missing'.",
            "mentions": [("03", "26", 26)],
        },
        {
            "event": BEFORE, "kind": "date", "role": "date-of:Yagi's strike on Hainan", "verdict": "single-source",
            "why": "'hit China's Hainan province on Sept. 7' (the same date as Vietnam's landfall: a look-alike).",
            "mentions": [("03", "Sept. 7", "2024-09-07")],
        },
        {
            "event": BEFORE, "kind": "count", "role": "deaths:in China", "verdict": "single-source",
            "why": "'the deaths of four people'.",
            "mentions": [("03", "four", 4)],
        },
        {
            "event": BEFORE, "kind": "count", "role": "injured:in China", "verdict": "single-source",
            "why": "'injuries to 95 others'.",
            "mentions": [("03", "95", 95)],
        },
    ],
}
