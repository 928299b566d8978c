# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Ukrainian incursion into Russia's Kursk region, August-September 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: 01's Wednesday = 14 August 2024, 02's Thursday = 15 August, 05's Tuesday = 27 August, 06's
Monday = 16 September. Distances in metres (miles at 1,609.344 m), areas in hectares (1 km2 = 100 ha, 1 sq mi =
258.999 ha). Left out: 'last week' (three times: a week, not a day), 'dozens of settlements', 'dozens of villages',
'tens of kilometers', 'thousands of civilians' (vague), 'World War II', 'Sukhoi-34', the forum's name 'Ukraine 2024',
'the rest of the front lines', 'a number of villages'.
"""

E = "e1"
DRONES = "e2"
INVASION = "e3"
WED = "2024-08-14"
THU = "2024-08-15"
TUE = "2024-08-27"
MON = "2024-09-16"
MILE = 1609.344
SQMI_HA = 258.999

SPEC = {
    "description": (
        "The Ukrainian incursion into Russia's Kursk region from the night of 5-6 August 2024, as six outlets reported it "
        "from Wednesday 14 August to Monday 16 September 2024: the settlements under Ukrainian control 28 (Kursk's "
        "authorities) against 74 (Kyiv's claim) in one report of 14 August (`conflict`), then 100 on 27 August (Syrskyi); "
        "the area taken 1,263 -> 1,294 square kilometres (500 square miles) (`updated`); 594 Russian servicemen captured and "
        "about 30,000 Russian troops moved to Kursk (`agree`); Sudzha about 10 km (6.2 miles) from the border (`compatible`); "
        "the offensive's start on the night of August 5-6 / August 6 (`compatible`); the time since its start three weeks -> "
        "almost six weeks (`updated`); evacuations: Glushkovo village (Wednesday), the Glushkovo district (Thursday), at "
        "least 200,000 moved from the border regions, more than 150,000 fled the region, a 15-kilometre zone in September; "
        "look-alikes: Glushkovo 'about 10 kilometers' from the border beside Sudzha's 10 km, the district 20 km from the "
        "front, the 20,000 people of the district beside the 200,000 moved. Sibling and background: Russia's 29 drones shot "
        "down overnight; the full-scale invasion 'more than two years' before."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the evacuation declared 'Wednesday' and the incursion 'last week': Wednesday 14 August 2024"},
        "02": {"published_how": "the URL (2024/8/15); the district 'being evacuated on Thursday'"},
        "03": {"published_how": "inferred: no date on the stored page; Syrskyi's 1,263 square kilometres after the bridge strikes of 'August 19-20' and before the 1,294 of 27 August: 22 August 2024, a guess within two days"},
        "04": {"published_how": "inferred: no date on the stored page; Syrskyi at the 'Ukraine 2024 Independence forum' (Tuesday 27 August 2024), the operation launched 'three weeks ago'"},
        "05": {"published_how": "inferred: no date on the stored page; Syrskyi cited 'on Tuesday' after the incursion of August 6: Tuesday 27 August 2024"},
        "06": {"published_how": "the URL (2024/09/17); the governor's order 'on Monday' (16 September)"},
    },
    "events": [
        {"id": E, "label": "the Ukrainian incursion into Russia's Kursk region from 6 August 2024, and Russia's evacuations", "main": True},
        {"id": DRONES, "label": "Russia's overnight drone attack on Ukraine, 14-15 August 2024 (sibling)", "main": False},
        {"id": INVASION, "label": "Russia's full-scale invasion of Ukraine, February 2022 (background)", "main": False},
    ],
    "clusters": [
        # --- territory ---
        {
            "event": E, "kind": "count", "role": "settlements under Ukrainian control", "verdict": "conflict",
            "why": "On 14 August Kursk's authorities said 28 settlements were under Ukrainian control while Kyiv claimed 74: two counts of one moment that cannot both hold (Türkiye Today reports both). Syrskyi's 100 on 27 August is the count later (a rise).",
            "mentions": [
                ("01", "28", 28, {"as_of": WED, "note": "Kursk's authorities"}),
                ("01", "74", 74, {"as_of": WED, "note": "Kyiv's claim"}),
                ("04", "100", 100, {"ctx": "control of 100 settlements", "as_of": TUE}),
                ("04", "100", 100, {"ctx": "including 100 settlements", "as_of": TUE}),
                ("05", "100", 100, {"as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "area taken by Ukrainian forces", "verdict": "updated",
            "why": "Syrskyi's figures as they rose: 1,263 square kilometres (the congress of local authorities, about 22 August) -> 1,294 square kilometres, given as 500 square miles (27 August).",
            "mentions": [
                ("03", "1,263", 126300, {"note": "hectares; written '1,263 square kilometers'", "as_of": "2024-08-22"}),
                ("04", "1,294", 129400, {"note": "hectares; written '1,294 square kilometers'", "as_of": TUE}),
                ("04", "500", round(500 * SQMI_HA), {"note": "hectares; written '500 square miles', the conversion of 1,294 km2", "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "depth of the Ukrainian advance", "verdict": "single-source",
            "why": "'advanced to a depth of enemy defense from 28 to 35 km' (a range).",
            "mentions": [("03", "from 28 to 35 km", 35000, {"low": 28000, "high": 35000, "note": "metres; a range"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the capture of Sudzha", "verdict": "single-source",
            "why": "'Around August 14, the Ukrainian Armed Forces captured the city of Sudzha'.",
            "mentions": [("03", "Around August 14", "2024-08-14")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the strikes on the Seim bridges", "verdict": "single-source",
            "why": "'On August 19-20' the bridges across the Seim were attacked (two days: the first given as the value).",
            "mentions": [("03", "August 19-20", "2024-08-19", {"note": "19-20 August"})],
        },
        {
            "event": E, "kind": "count", "role": "Seim bridges destroyed or damaged", "verdict": "single-source",
            "why": "'all three capital bridges across the Seim River'.",
            "mentions": [("03", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "Russian border cover group in Glushkovo", "verdict": "single-source",
            "why": "'may number 1,000 or more people' according to Russian sources.",
            "mentions": [("03", "1,000 or more", 1000, {"low": 1000, "high": None})],
        },
        # --- troops and prisoners ---
        {
            "event": E, "kind": "count", "role": "Russian servicemen captured", "verdict": "agree",
            "why": "Syrskyi's 594 Russian servicemen captured since the offensive began (27 August).",
            "mentions": [
                ("04", "594", 594),
                ("05", "594", 594),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Russian troops moved to Kursk from other fronts", "verdict": "agree",
            "why": "About 30,000 troops, by Syrskyi's account (27 August).",
            "mentions": [
                ("04", "about 30,000", 30000),
                ("05", "about 30,000", 30000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "villages retaken by Russia", "verdict": "single-source",
            "why": "Moscow claims to have retaken 'at least a dozen villages' since the week before 16 September.",
            "mentions": [("06", "at least a dozen", 12, {"low": 12, "high": None})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the Akhmat height from Ukrainian positions", "verdict": "single-source",
            "why": "'400-500 metres away from Ukrainian forward positions' (a range).",
            "mentions": [("05", "400-500 metres", 500, {"low": 400, "high": 500, "note": "metres; a range"})],
        },
        # --- places ---
        {
            "event": E, "kind": "measure", "role": "distance of Sudzha from the border", "verdict": "compatible",
            "why": "About 10 kilometres, given as 6.2 miles (9,978 m) in each text: one distance, rounded and converted.",
            "mentions": [
                ("01", "about 10 kilometers", 10000, {"ctx": "Sudzha, about 10 kilometers", "note": "metres"}),
                ("01", "6.2 miles", round(6.2 * MILE), {"ctx": "Sudzha, about 10 kilometers (6.2 miles)", "note": "metres; the conversion", "low": None, "high": None}),
                ("04", "approximately 10 kilometers", 10000, {"note": "metres"}),
                ("04", "6.2 miles", round(6.2 * MILE), {"note": "metres; the conversion"}),
                ("05", "about 10 km", 10000, {"note": "metres"}),
                ("05", "6.2 miles", round(6.2 * MILE), {"note": "metres; the conversion"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of Glushkovo village from the border", "verdict": "single-source",
            "why": "The village of Glushkovo 'about 10 kilometers (6.2 miles) from the Ukrainian border' (a look-alike of Sudzha's 10 km; Al Jazeera's 20 km is the district's distance from the front, another measure).",
            "mentions": [
                ("01", "about 10 kilometers", 10000, {"ctx": "Glushkovo — about 10 kilometers", "note": "metres"}),
                ("01", "6.2 miles", round(6.2 * MILE), {"ctx": "Glushkovo — about 10 kilometers (6.2 miles)", "note": "metres; the conversion", "low": None, "high": None}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the Glushkovo district from the front", "verdict": "single-source",
            "why": "'the Glushkovo district, which has a population of 20,000 and is 20km (12 miles) from the front'.",
            "mentions": [
                ("02", "20km", 20000, {"note": "metres"}),
                ("02", "12 miles", round(12 * MILE), {"note": "metres; the conversion"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of Glushkovo from the city of Kursk", "verdict": "single-source",
            "why": "'located 117 kilometers southwest of the city of Kursk'.",
            "mentions": [("01", "117", 117000, {"note": "metres; written '117 kilometers'"})],
        },
        {
            "event": E, "kind": "count", "role": "population of the Glushkovo district", "verdict": "single-source",
            "why": "A district of 20,000 people (a look-alike of the 200,000 moved).",
            "mentions": [("02", "20,000", 20000)],
        },
        # --- evacuations ---
        {
            "event": E, "kind": "date", "role": "date-of:the mandatory evacuation of Glushkovo village declared", "verdict": "single-source",
            "why": "Declared 'Wednesday' (14 August).",
            "mentions": [("01", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the evacuation of the Glushkovo district", "verdict": "single-source",
            "why": "The district 'was being evacuated on Thursday' (15 August): the evacuation under way, a day after the village's was declared (another act).",
            "mentions": [("02", "Thursday", THU, {"ctx": "was being evacuated on Thursday"})],
        },
        {
            "event": E, "kind": "count", "role": "residents moved to temporary accommodation centres", "verdict": "single-source",
            "why": "'8,000 residents move to temporary accommodation centers' (Smirnov, before 14 August).",
            "mentions": [("01", "8,000", 8000)],
        },
        {
            "event": E, "kind": "count", "role": "people moved from the border regions", "verdict": "single-source",
            "why": "'At least 200,000 people have so far been moved from the border regions, according to Russian officials' (15 August; the border regions, a wider scope than the Kursk region's 150,000 who fled).",
            "mentions": [("02", "At least 200,000", 200000)],
        },
        {
            "event": E, "kind": "count", "role": "people of the Kursk region who fled their homes", "verdict": "single-source",
            "why": "'More than 150,000 people in the region have had to flee their homes since Kyiv's offensive began' (Smirnov, the week before 16 September).",
            "mentions": [("06", "More than 150,000", 150000)],
        },
        {
            "event": E, "kind": "measure", "role": "width of the September evacuation zone", "verdict": "single-source",
            "why": "A 15-kilometre (9-mile) zone along the border in the Rylsky and Khomutovsky districts.",
            "mentions": [
                ("06", "15-kilometer", 15000, {"ctx": "within a 15-kilometer (9-mile) zone", "note": "metres"}),
                ("06", "9-mile", round(9 * MILE), {"note": "metres; the conversion"}),
                ("06", "15-kilometer", 15000, {"ctx": "within this 15-kilometer radius", "note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the September evacuation order", "verdict": "single-source",
            "why": "The governor 'said on Monday' (16 September).",
            "mentions": [("06", "Monday", MON)],
        },
        # --- casualties ---
        {
            "event": E, "kind": "count", "role": "people killed in Kursk since the incursion", "verdict": "single-source",
            "why": "Kursk's authorities: 12 people killed since the incursion (by 14 August).",
            "mentions": [("01", "12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "people injured in Kursk since the incursion", "verdict": "single-source",
            "why": "Kursk's authorities: 121 injured since the incursion (by 14 August).",
            "mentions": [("01", "121", 121)],
        },
        # --- the offensive's start and time since ---
        {
            "event": E, "kind": "date", "role": "date-of:the start of the incursion", "verdict": "compatible",
            "why": "'the night of August 5-6' and 'August 6': one start, the night's date and its morning.",
            "mentions": [
                ("04", "August 5-6", "2024-08-06", {"note": "the night of 5-6 August"}),
                ("05", "August 6", "2024-08-06", {"ctx": "region on August 6"}),
                ("05", "August 5-6", "2024-08-06", {"note": "the night of 5-6 August"}),
                ("06", "August 6", "2024-08-06"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the incursion began", "verdict": "updated",
            "why": "'three weeks ago' (27 August) -> 'almost six weeks after' (16 September): the elapsed time, told at two dates.",
            "mentions": [
                ("04", "three weeks", 21, {"note": "days; written 'three weeks ago'", "as_of": TUE}),
                ("06", "almost six weeks", 42, {"note": "days; written 'almost six weeks'", "as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Syrskyi's statement of 100 settlements", "verdict": "single-source",
            "why": "Cited by Interfax-Ukraine 'on Tuesday' (27 August).",
            "mentions": [("05", "Tuesday", TUE, {"ctx": "news agency on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Russia's statement on the Akhmat height", "verdict": "single-source",
            "why": "'Russia's Defence Ministry said in a statement on Tuesday' (27 August): another act of that Tuesday.",
            "mentions": [("05", "Tuesday", TUE, {"ctx": "in a statement on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Russia's defence ministry statement on drones and bombers", "verdict": "single-source",
            "why": "'Russia's Ministry of Defence said on Thursday' (15 August): another act of that Thursday.",
            "mentions": [("02", "Thursday", THU, {"ctx": "said on Thursday that its forces"})],
        },
        # --- sibling and background ---
        {
            "event": DRONES, "kind": "count", "role": "Russian drones shot down overnight", "verdict": "single-source",
            "why": "'shot down all 29 drones Russia launched overnight' (Ukraine's air force).",
            "mentions": [("02", "29", 29)],
        },
        {
            "event": INVASION, "kind": "duration", "role": "duration-of:time from the full-scale invasion to the incursion", "verdict": "single-source",
            "why": "The incursion 'began more than two years after' the full-scale assault (February 2022).",
            "mentions": [("06", "more than two years", 2, {"note": "years"})],
        },
    ],
}
