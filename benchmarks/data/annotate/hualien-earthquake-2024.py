# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Hualien earthquake, Taiwan, Wednesday 3 April 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Wednesday = 3 April 2024 (the quake at 7:58 a.m., UTC+8); Thursday = 4 April. Distances and
depths in metres (miles at 1,609.344 m); durations in years or days. Left out: 'dozens more have been injured',
'injured hundreds' and 'dozens workers' (vague), '921' (the 1999 quake's name), 'Provincial Highway No. 9' / 'No-8'
(names), 'two tectonic plates' (a general fact), 'one of the deadliest', 'next month' (Lai's taking office), 'one of
the subsequent quakes', 'the morning rush', 'the first floor', 'in decades', 'in the coming days', 'an earlier report'.
"""

E = "e1"
Q1999 = "e2"
WED = "2024-04-03"
THU = "2024-04-04"
MILE = 1609.344

SPEC = {
    "description": (
        "The earthquake off Hualien County, Taiwan, at 7:58 a.m. on Wednesday 3 April 2024, as six outlets reported it that "
        "Wednesday and Thursday: the toll four (noon) -> seven -> nine (10 pm Wednesday, steady on Thursday) (`updated`); "
        "injured 57 / nearly 60 -> 711 -> nearly 730 -> over 1,000 -> 1,050 (`updated`); trapped 77 -> 143 (`updated`); "
        "the magnitude 7.2 (Taiwan's weather agency) against 7.4 (USGS) and 7.7 (Japan's agency) (`conflict`), and the "
        "depth 15.5 km against 34.8 km / about 21 miles (`conflict`); the epicentre about 11 miles / 18 km from Hualien "
        "(`compatible`); the time 7:58 a.m. / just before / about 8 a.m. / 0000 GMT (`compatible`); three hikers killed in "
        "Taroko (`agree`); the hotel workers 47 / almost 50 and the tunnel evacuees 75 / some 70 (`compatible`); the "
        "strongest in 25 years / a quarter of a century (`compatible`). Background: the 921 earthquake of September 1999 "
        "(2,415 / approximately 2,400 dead, `compatible`)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the toll 'as of 12:00 p.m. on Wednesday' (3 April 2024)"},
        "02": {"published_how": "inferred: no date on the stored page; the quake 'Wednesday' and four dead (3 April 2024)"},
        "03": {"published_how": "inferred: no date on the stored page; four dead, Lai's visit 'later Wednesday' (3 April 2024)"},
        "04": {"published_how": "inferred: no date on the stored page; seven dead, the count of Wednesday afternoon (3 April 2024)"},
        "05": {"published_how": "inferred: no date on the stored page; 'data till 10:00 pm Wednesday': 4 April 2024, a guess within a day"},
        "06": {"published_how": "inferred: no date on the stored page; 'the fire department said on Thursday' (4 April 2024)"},
    },
    "events": [
        {"id": E, "label": "the earthquake off Hualien County, Taiwan, 3 April 2024", "main": True},
        {"id": Q1999, "label": "the 921 (Chi-Chi) earthquake of September 1999 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll as it rose on Wednesday: four (the Central Emergency Operation Center at noon; the fire agency) -> at least seven -> nine (CNA, data till 10 pm), 'steady at nine' on Thursday.",
            "mentions": [
                ("01", "Four", 4, {"as_of": WED}),
                ("01", "four", 4, {"ctx": "resulted in four deaths", "as_of": WED}),
                ("02", "four", 4, {"ctx": "deaths of four people", "as_of": WED}),
                ("02", "four", 4, {"ctx": "said four people died", "as_of": WED}),
                ("03", "four", 4, {"ctx": "four deaths reported", "as_of": WED}),
                ("03", "four", 4, {"ctx": "resulted in four fatalities", "as_of": WED}),
                ("04", "7", 7, {"ctx": "7 Dead", "as_of": WED}),
                ("04", "at least seven", 7, {"as_of": WED}),
                ("05", "nine", 9, {"ctx": "led to nine fatalities", "as_of": WED}),
                ("05", "nine", 9, {"ctx": "the nine deceased", "as_of": WED}),
                ("06", "nine", 9, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:hikers in Taroko National Park", "verdict": "agree",
            "why": "Three hikers killed by rockslides on the Dekalun Trail in Taroko National Park.",
            "mentions": [
                ("01", "three", 3, {"ctx": "with three deaths reported"}),
                ("02", "three", 3),
                ("04", "three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Taroko Gorge (CNA's breakdown of nine)", "verdict": "single-source",
            "why": "'four victims in Taroko Gorge' in the breakdown of the nine (a later, wider count than the three hikers).",
            "mentions": [("05", "four", 4, {"ctx": "encompass four victims"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Qingshui Tunnel", "verdict": "single-source",
            "why": "'one death reported at the Qingshui Tunnel' (noon).",
            "mentions": [("01", "one", 1)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:near the Dachingshui and Huide tunnels", "verdict": "single-source",
            "why": "'two near the Dachingshui and Huide tunnels'.",
            "mentions": [("05", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:residential building in Hualien City", "verdict": "single-source",
            "why": "'one in a residential building in Hualien City'.",
            "mentions": [("05", "one", 1, {"ctx": "one in a residential"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Hejen mining area", "verdict": "single-source",
            "why": "'one in the Hejen mining area'.",
            "mentions": [("05", "one", 1, {"ctx": "one in the Hejen"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:women", "verdict": "single-source",
            "why": "'the nine deceased included five women'.",
            "mentions": [("05", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:men", "verdict": "single-source",
            "why": "'and four men'.",
            "mentions": [("05", "four", 4, {"ctx": "four men"})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "The injured as the count rose: 57 (noon; 'nearly 60 treated', the fire agency's early figure) -> 711 -> nearly 730 (Wednesday afternoon) -> over 1,000 (Wednesday night) -> 1,050 (the fire department, Thursday).",
            "mentions": [
                ("01", "57", 57, {"as_of": WED}),
                ("02", "at least 57", 57, {"as_of": WED}),
                ("03", "711", 711, {"as_of": WED}),
                ("04", "730", 730, {"ctx": "and 730 Injured", "as_of": WED, "note": "the headline: 'nearly 730' in the text"}),
                ("04", "nearly 730", 730, {"as_of": WED}),
                ("04", "nearly 60", 60, {"as_of": WED, "note": "the fire agency's early count, given beside the 730"}),
                ("05", "over 1,000", 1000, {"as_of": WED}),
                ("06", "1000", 1000, {"ctx": "injuries top 1000", "as_of": THU, "low": 1000, "high": None}),
                ("06", "1000", 1000, {"ctx": "climbed past 1000", "as_of": THU, "low": 1000, "high": None}),
                ("06", "1050", 1050, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "trapped", "verdict": "updated",
            "why": "People trapped: 77 (the fire department, Wednesday morning) -> 143 (the National Fire Agency, Wednesday night; its breakdown 7 + 47 + 24 + 64 + 1).",
            "mentions": [
                ("03", "77", 77, {"as_of": WED}),
                ("05", "143", 143, {"ctx": "with 143 individuals", "as_of": WED}),
                ("05", "143", 143, {"ctx": "out of 143", "as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "single-source",
            "why": "'putting the total number of missing at 52' (the fire department, Thursday).",
            "mentions": [("06", "52", 52, {"as_of": THU})],
        },
        {
            "event": E, "kind": "count", "role": "trapped:Renhe mining area", "verdict": "single-source",
            "why": "'seven people were trapped in the Renhe mining area'.",
            "mentions": [("05", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "hotel employees trapped at Jiuqudong", "verdict": "compatible",
            "why": "The Silks Place Taroko workers on their way to the hotel: 47 (the fire agency; 'the other 47 employees' the hotel said were safe) and 'almost 50 hotel workers' (Reuters): the hedge meets.",
            "mentions": [
                ("05", "47", 47, {"ctx": "47 hotel employees"}),
                ("05", "47", 47, {"ctx": "the other 47 employees"}),
                ("06", "almost 50", 50),
            ],
        },
        {
            "event": E, "kind": "count", "role": "tourists trapped at Jiuqudong", "verdict": "single-source",
            "why": "'24 tourists at Jiuqudong' (the fire agency) and 'over 20 tourists remain trapped near Jiuqudong' (the hotel's employees).",
            "mentions": [
                ("05", "24", 24),
                ("05", "over 20", 20),
            ],
        },
        {
            "event": E, "kind": "count", "role": "trapped:Heping mining area", "verdict": "single-source",
            "why": "'64 individuals in the Heping mining area'.",
            "mentions": [("05", "64", 64)],
        },
        {
            "event": E, "kind": "count", "role": "trapped:Jhuilu trail", "verdict": "single-source",
            "why": "'one on the Jhuilu Trekking and Hiking trail'.",
            "mentions": [("05", "one", 1, {"ctx": "one on the Jhuilu"})],
        },
        {
            "event": E, "kind": "count", "role": "hotel employees who reached the hotel", "verdict": "single-source",
            "why": "'three of its employees had made their way to the hotel'.",
            "mentions": [("05", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "people rescued from tunnels", "verdict": "compatible",
            "why": "Those trapped in the tunnels north of Hualien, all brought out: '75 individuals ... trapped in multiple tunnels ... successfully rescued' (CEOC) and 'evacuated some 70 people trapped in tunnels near Hualien city' (fire authorities): the hedge meets.",
            "mentions": [
                ("05", "75", 75),
                ("06", "some 70", 70),
            ],
        },
        {
            "event": E, "kind": "count", "role": "hotel workers located", "verdict": "single-source",
            "why": "'About two dozen of almost 50 hotel workers ... had been located'.",
            "mentions": [("06", "About two dozen", 24)],
        },
        {
            "event": E, "kind": "count", "role": "workers found (another group)", "verdict": "single-source",
            "why": "'Another group of 26 workers had also been found'.",
            "mentions": [("06", "26", 26)],
        },
        {
            "event": E, "kind": "count", "role": "people rescued by helicopter from a mining area", "verdict": "single-source",
            "why": "'a helicopter rescued six people' (Thursday morning).",
            "mentions": [("06", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "Germans among those evacuated from tunnels", "verdict": "single-source",
            "why": "'including two Germans'.",
            "mentions": [("06", "two", 2, {"ctx": "including two Germans"})],
        },
        {
            "event": E, "kind": "count", "role": "age:the man rescued from a truck", "verdict": "single-source",
            "why": "'a man in his 50s'.",
            "mentions": [("06", "50", 50, {"ctx": "his 50s", "low": 50, "high": 59, "note": "years; 'in his 50s'"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Chang Yu-lin", "verdict": "single-source",
            "why": "'a 60-year-old hospital worker in Taipei'.",
            "mentions": [("03", "60", 60, {"note": "years"})],
        },
        # --- the quake ---
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "7.2 (Taiwan's Central Weather Administration) against 7.4 (the US Geological Survey) and 7.7 (Japan's weather agency): readings of three agencies that cannot all hold.",
            "mentions": [
                ("01", "7.2", 7.2, {"ctx": "magnitude of 7.2"}),
                ("01", "7.2", 7.2, {"ctx": "earthquake was 7.2"}),
                ("02", "7.2", 7.2),
                ("02", "7.4", 7.4),
                ("03", "7.2", 7.2),
                ("03", "7.7", 7.7),
                ("04", "7.4", 7.4),
                ("06", "7.2", 7.2),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude (the weather agency's possible revision)", "verdict": "single-source",
            "why": "'it may be revised upwards ... possibly approaching 7.3 or larger' (a forecast of a revision).",
            "mentions": [("01", "7.3", 7.3, {"low": 7.3, "high": None})],
        },
        {
            "event": E, "kind": "measure", "role": "depth", "verdict": "conflict",
            "why": "15.5 km (Taiwan's weather agency; '(9.6 miles)') against 34.8 km (the USGS) and 'about 21 miles' (33.8 km): readings of two agencies that cannot both hold.",
            "mentions": [
                ("01", "15.5 kilometers", 15500, {"note": "metres"}),
                ("02", "about 21 miles", round(21 * MILE), {"note": "metres"}),
                ("03", "15.5 kilometers", 15500, {"note": "metres"}),
                ("03", "9.6 miles", round(9.6 * MILE), {"note": "metres; the conversion of 15.5 km"}),
                ("04", "34.8 kilometers", 34800, {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:epicentre from Hualien", "verdict": "compatible",
            "why": "'about 11 miles south-southwest of Hualien' (17.7 km) and '18 kilometers south of Hualien City' (both the USGS's).",
            "mentions": [
                ("02", "about 11 miles", round(11 * MILE), {"note": "metres"}),
                ("04", "18 kilometers", 18000, {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the earthquake", "verdict": "agree",
            "why": "Wednesday 3 April 2024.",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "a.m. Wednesday"}),
                ("01", "Wednesday", WED, {"ctx": "says Wednesday's"}),
                ("01", "Wednesday", WED, {"ctx": "report for Wednesday's"}),
                ("02", "Wednesday", WED),
                ("03", "Wednesday", WED, {"ctx": "struck Taiwan on Wednesday"}),
                ("04", "Wednesday", WED),
                ("06", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the earthquake", "verdict": "compatible",
            "why": "7:58 a.m. local time (UTC+8; 23:58 GMT on 2 April): 'just before 8 a.m.', 'around 8 a.m. (0000 GMT)', 'about 8am': the hedges meet.",
            "mentions": [
                ("01", "7:58 a.m.", "2024-04-03T07:58+08:00"),
                ("02", "8 a.m.", "2024-04-03T08:00+08:00", {"note": "'just before 8 a.m.'"}),
                ("03", "8 a.m.", "2024-04-03T08:00+08:00", {"note": "'around 8 a.m.'"}),
                ("03", "0000 GMT", "2024-04-03T00:00Z", {"note": "'around': the conversion of 8 a.m."}),
                ("04", "8:00 am", "2024-04-03T08:00+08:00", {"note": "'just before 8:00 am local time'"}),
                ("06", "8am", "2024-04-03T08:00+08:00", {"note": "'about 8am on Wednesday (local time)'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the emergency center's count of four dead and 57 injured", "verdict": "single-source",
            "why": "'as of 12:00 p.m. on Wednesday'.",
            "mentions": [
                ("01", "12:00 p.m.", "2024-04-03T12:00+08:00"),
                ("01", "Wednesday", WED, {"ctx": "p.m. on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:CNA's data on the nine dead", "verdict": "single-source",
            "why": "'as per available data till 10:00 pm Wednesday'.",
            "mentions": [("05", "10:00 pm Wednesday", "2024-04-03T22:00+08:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fire department's count of 1,050 injured", "verdict": "single-source",
            "why": "'Taiwan's fire department said on Thursday'.",
            "mentions": [("06", "Thursday", THU, {"ctx": "said on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the helicopter rescue from a mining area", "verdict": "single-source",
            "why": "'On Thursday morning, a helicopter rescued six people'.",
            "mentions": [("06", "Thursday morning", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Lai Ching-te's visit to Hualien", "verdict": "single-source",
            "why": "'planned to visit Hualien later Wednesday'.",
            "mentions": [("03", "later Wednesday", WED)],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude of an aftershock (the USGS)", "verdict": "single-source",
            "why": "'one of the subsequent quakes was 6.5 magnitude'.",
            "mentions": [("02", "6.5", 6.5)],
        },
        {
            "event": E, "kind": "measure", "role": "depth of an aftershock (the USGS)", "verdict": "single-source",
            "why": "'and 7 miles deep'.",
            "mentions": [("02", "7 miles", round(7 * MILE), {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude of expected aftershocks", "verdict": "single-source",
            "why": "'aftershocks between magnitude 6.5 and 7.0 may occur' (a forecast).",
            "mentions": [("01", "6.5 and 7.0", 6.75, {"low": 6.5, "high": 7.0})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the expected aftershocks", "verdict": "single-source",
            "why": "'in the next three to four days'.",
            "mentions": [("01", "three to four days", 3.5, {"low": 3, "high": 4, "note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "storeys of the collapsed building in Hualien", "verdict": "single-source",
            "why": "'the first floor of a five-story building collapsed'.",
            "mentions": [("02", "five", 5)],
        },
        {
            "event": E, "kind": "measure", "role": "lean of the collapsed building", "verdict": "single-source",
            "why": "'leaning at a 45-degree angle'.",
            "mentions": [("02", "45", 45, {"note": "degrees"})],
        },
        # --- background: 1999 ---
        {
            "event": Q1999, "kind": "duration", "role": "duration-of:time since a stronger earthquake", "verdict": "compatible",
            "why": "The strongest quake 'in 25 years' / 'in a quarter of a century' / 'in at least 25 years' / 'in nearly a quarter-century' (since 21 September 1999: 24.5 years): the hedges meet.",
            "mentions": [
                ("01", "25 years", 25, {"note": "years"}),
                ("02", "a quarter of a century", 25, {"note": "years"}),
                ("03", "25 years", 25, {"ctx": "quake in 25 years", "note": "years"}),
                ("03", "25 years", 25, {"ctx": "at least 25 years", "note": "years; 'at least'", "low": 25, "high": None}),
                ("04", "25 Years", 25, {"note": "years"}),
                ("05", "nearly a quarter-century", 25, {"note": "years", "low": 22.5, "high": 25}),
                ("06", "25 years", 25, {"note": "years"}),
            ],
        },
        {
            "event": Q1999, "kind": "date", "role": "date-of:the 921 earthquake", "verdict": "compatible",
            "why": "'in 1999' and 'in September 1999' (21 September 1999): the year holds the month.",
            "mentions": [
                ("01", "1999", "1999"),
                ("04", "September 1999", "1999-09"),
            ],
        },
        {
            "event": Q1999, "kind": "count", "role": "deaths in the 921 earthquake", "verdict": "compatible",
            "why": "'killed 2,415 people' and 'claimed approximately 2,400 lives': the rounding meets.",
            "mentions": [
                ("01", "2,415", 2415),
                ("04", "approximately 2,400", 2400),
            ],
        },
        {
            "event": Q1999, "kind": "count", "role": "injured in the 921 earthquake", "verdict": "single-source",
            "why": "'injured more than 11,000'.",
            "mentions": [("01", "more than 11,000", 11000)],
        },
        {
            "event": Q1999, "kind": "measure", "role": "magnitude of the 921 earthquake", "verdict": "single-source",
            "why": "'the devastating 7.6-magnitude event'.",
            "mentions": [("04", "7.6", 7.6)],
        },
    ],
}
