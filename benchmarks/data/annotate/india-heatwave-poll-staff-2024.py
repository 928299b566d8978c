# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the heatwave deaths of polling staff and others in India, 30 May - 1 June 2024 (read by
build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; temperatures in degrees Celsius (Fahrenheit converted; the written unit in note); money in the
currency written (rupees; the dollar conversion in the same cluster); dates as ISO strings. Thursday = 30 May 2024,
Friday = 31 May, Saturday = 1 June (the election's last phase), Sunday = 2 June. A count's period ("in the last 48
hours", "in the past 24 hours", "the two-day death toll") is part of its role and not annotated apart. Left out:
"dozens", "in one day", "in just one state", "millions", "seventh", "third consecutive term", "a day later".
"""

E = "e1"
ELEC = "e2"
THU = "2024-05-30"
FRI = "2024-05-31"
SAT = "2024-06-01"
SUN = "2024-06-02"


def f2c(f: float) -> float | int:
    c = round((f - 32) * 5 / 9, 1)
    return int(c) if c == int(c) else c


SPEC = {
    "description": (
        "The heatwave in India at the end of the 2024 general election, as five outlets reported it on 1-2 June 2024: polling "
        "staff dead on Friday 31 May, 'at least 25' (`agree`): 15 in Uttar Pradesh (`agree`; 13 in Mirzapur, two in "
        "Sonbhadra, each `agree`) and 10 in Bihar (`agree`; five in Bhojpur, three in Rohtas, one each in Kaimur and "
        "Aurangabad, `agree`); on Saturday 1 June, the last day of voting, 33 polling staff dead in Uttar Pradesh (the chief "
        "electoral officer) against Samaa's 'At least 54' (`conflict`), compensation 1.5 million rupees ($18,000) "
        "(`compatible`); Bihar's 48-hour toll 14 (officials) against an unofficial 27 (`conflict`); Odisha's 48-hour toll 36 "
        "(New Indian Express) against 45 (Hindustan Times) on Friday, then 54 on Saturday (`conflict`), nine more on Saturday "
        "(`agree`), 96 alleged so far; 58 dead across the country on Saturday (`agree`); more than 1,300 in hospital in "
        "Jharkhand (`agree`); temperatures above 45 C (`agree`), Jhansi 46.9 C (116 F) (`compatible`), Ballia's heat index "
        "61 C (`agree`). Look-alikes: Friday's and Thursday's counts by state, Odisha's 54 beside Samaa's 54 polling staff, "
        "31 deaths in 24 hours in four states, 74 in 48 hours. Background: the election's last phase on Saturday 1 June."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2024/06/01 (the corpus's date line 2024-06-01, removed, agrees)"},
        "02": {"published_how": "the URL's 2024/Jun/01 (the corpus's date line 2024-06-01, removed, agrees)"},
        "03": {"published_how": "the corpus's date line 2024-06-01 (removed from the text)"},
        "04": {"published_how": "the URL's 2024/6/2"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it reports Saturday's deaths and the exit polls of Saturday evening as news: 2 June 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "heatwave deaths of polling staff and others in India, 30 May - 1 June 2024", "main": True},
        {"id": ELEC, "label": "the last phase of India's general election, Saturday 1 June 2024 (background)", "main": False},
    ],
    "clusters": [
        # --- polling staff, Friday 31 May ---
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Uttar Pradesh and Bihar, Friday", "verdict": "agree",
            "why": "'At least 25 polling staff succumbed ... on Friday' / '25 polling personnel in Bihar and Uttar Pradesh'.",
            "mentions": [
                ("01", "At least 25", 25),
                ("02", "25", 25),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Uttar Pradesh, Friday", "verdict": "agree",
            "why": "15 polling personnel in Uttar Pradesh (13 in Mirzapur, two in Sonbhadra).",
            "mentions": [
                ("01", "15", 15, {"ctx": "While 15"}),
                ("01", "15", 15, {"ctx": "15 poll personnel die"}),
                ("02", "15", 15),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Mirzapur", "verdict": "agree",
            "why": "'Thirteen poll personnel deployed Mirzapur district died' / '13 poll staff died at the hospital' / '13 in Mirzapur district'.",
            "mentions": [
                ("01", "Thirteen", 13),
                ("01", "13", 13),
                ("02", "13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Sonbhadra", "verdict": "agree",
            "why": "'Two more people on election duty died ... in Sonbhadra district' / 'two in Sonbhadra district'.",
            "mentions": [
                ("01", "Two", 2),
                ("02", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Bihar", "verdict": "agree",
            "why": "'10 were killed in Bihar' (Friday) / '14 people, including 10 polling personnel' (the last 48 hours).",
            "mentions": [
                ("01", "10", 10, {"ctx": "10 were killed"}),
                ("03", "10", 10, {"ctx": "including 10 polling"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Bhojpur", "verdict": "agree",
            "why": "Five in Bhojpur.",
            "mentions": [
                ("02", "five", 5, {"ctx": "where five polling"}),
                ("03", "five", 5, {"ctx": "where five officials"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Rohtas", "verdict": "agree",
            "why": "Three in Rohtas.",
            "mentions": [
                ("02", "Three", 3),
                ("03", "Three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Kaimur and in Aurangabad, each", "verdict": "agree",
            "why": "'one such death each' / 'one each from Kaimur and Aurangabad'.",
            "mentions": [
                ("02", "one", 1, {"ctx": "one such death"}),
                ("03", "one", 1, {"ctx": "one each"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "admitted to hospital:polling staff in Mirzapur", "verdict": "single-source",
            "why": "'Twenty-three others were admitted in hospital'.",
            "mentions": [("01", "Twenty-three", 23)],
        },
        {
            "event": E, "kind": "count", "role": "taken ill:polling staff in Sonbhadra", "verdict": "single-source",
            "why": "'nine taken ill of suspected heat stroke in Sonbhadra' (a look-alike of Odisha's nine more dead).",
            "mentions": [("01", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:home guards among Mirzapur's dead", "verdict": "single-source",
            "why": "'seven home guard jawans'.",
            "mentions": [("01", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:sanitation workers among Mirzapur's dead", "verdict": "single-source",
            "why": "'three sanitation workers'.",
            "mentions": [("01", "three", 3, {"ctx": "three sanitation"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:clerks among Mirzapur's dead", "verdict": "single-source",
            "why": "'one clerk'.",
            "mentions": [("01", "one", 1, {"ctx": "one clerk"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:consolidation officers among Mirzapur's dead", "verdict": "single-source",
            "why": "'one chakbandi adhikaari (consolidation officer)'.",
            "mentions": [("01", "one", 1, {"ctx": "one chakbandi"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:peons among Mirzapur's dead", "verdict": "single-source",
            "why": "'one peon in the home guard team'.",
            "mentions": [("01", "one", 1, {"ctx": "one peon"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the polling staff's deaths before the last phase", "verdict": "single-source",
            "why": "'succumbed to heat-related conditions on Friday' (31 May).",
            "mentions": [("01", "Friday", FRI, {"ctx": "conditions on Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Sonbhadra official's statement", "verdict": "single-source",
            "why": "'a senior official said on Friday'.",
            "mentions": [("01", "Friday", FRI, {"ctx": "said on Friday"})],
        },
        # --- polling staff, Saturday 1 June ---
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Uttar Pradesh on the last day of voting", "verdict": "conflict",
            "why": "33 (the state's chief electoral officer, via Al Jazeera, three times) against Samaa's 'At least 54 polling personnel' (Odisha's two-day toll of 54 is elsewhere in Samaa's text): as written, two counts of one fact.",
            "mentions": [
                ("04", "33", 33, {"ctx": "kills 33"}),
                ("04", "At least 33", 33),
                ("04", "33", 33, {"ctx": "said 33"}),
                ("05", "At least 54", 54),
            ],
        },
        {
            "event": E, "kind": "money", "role": "compensation for each dead polling worker's family", "verdict": "compatible",
            "why": "1.5 million rupees, converted as $18,000.",
            "mentions": [
                ("04", "1.5 million rupees", 1500000, {"note": "rupees"}),
                ("04", "$18,000", 18000, {"note": "US dollars; the conversion of 1.5 million rupees"}),
                ("05", "1.5 million rupees", 1500000, {"note": "rupees"}),
                ("05", "$18,000", 18000, {"note": "US dollars; the conversion of 1.5 million rupees"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the chief electoral officer's statement", "verdict": "single-source",
            "why": "'Rinwa told reporters on Sunday'.",
            "mentions": [("04", "Sunday", SUN)],
        },
        # --- tolls by state ---
        {
            "event": E, "kind": "count", "role": "deaths:in Bihar in 48 hours", "verdict": "conflict",
            "why": "'Bihar 14' (New Indian Express) / 'Officials said 14 people ... died due to heatstroke in Bihar in the last 48 hours' against 'However, unofficial death figure was 27' (Hindustan Times).",
            "mentions": [
                ("02", "14", 14),
                ("03", "14", 14),
                ("03", "27", 27),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha in 48 hours", "verdict": "conflict",
            "why": "On Friday: 'the suspected heatstroke toll stood at 36' (New Indian Express, the last 48 hours) against 'On Friday, the number of heat related deaths in Odisha was 45' (Hindustan Times); on Saturday 'the 54 suspected deaths' / 'the two-day death toll to 54'.",
            "mentions": [
                ("02", "36", 36, {"as_of": FRI}),
                ("03", "45", 45, {"ctx": "Odisha was 45", "as_of": FRI}),
                ("03", "54", 54, {"as_of": SAT}),
                ("05", "54", 54, {"ctx": "toll to 54", "as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha on Saturday", "verdict": "agree",
            "why": "'at least nine more persons died' / 'Odisha recorded nine deaths on Saturday'.",
            "mentions": [
                ("03", "at least nine", 9),
                ("05", "nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha's Bolangir", "verdict": "single-source",
            "why": "'20 were reported from western Odisha district of Bolangir' (a look-alike of Uttar Pradesh's 20).",
            "mentions": [("03", "20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha's Sambalpur", "verdict": "single-source",
            "why": "'15 in Sambalpur' (a look-alike of Uttar Pradesh's 15 polling staff).",
            "mentions": [("03", "15", 15)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha's Jharsuguda", "verdict": "single-source",
            "why": "'6 in Jharsuguda'.",
            "mentions": [("03", "6", 6)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:alleged due to sunstroke in Odisha so far", "verdict": "single-source",
            "why": "'till now 96 deaths have been alleged due to sunstroke' (the special relief commissioner; a season's count, not the 48-hour toll).",
            "mentions": [("03", "96", 96)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Uttar Pradesh in 48 hours", "verdict": "single-source",
            "why": "'UP followed with 20' (New Indian Express, the last 48 hours to Friday).",
            "mentions": [("02", "20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Uttar Pradesh in 48 hours to Saturday, elsewhere", "verdict": "single-source",
            "why": "'at least six persons including five poll personnel in Lucknow, Gorakhpur, Kushinagar and Maharajganj died in the past 48 hours' (other districts than Friday's).",
            "mentions": [("03", "at least six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:polling staff in Lucknow, Gorakhpur, Kushinagar and Maharajganj", "verdict": "single-source",
            "why": "'including five poll personnel' (a look-alike of Bhojpur's five).",
            "mentions": [("03", "five", 5, {"ctx": "including five poll"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Jharkhand in 48 hours", "verdict": "single-source",
            "why": "'and Jharkhand four'.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the country in 48 hours", "verdict": "single-source",
            "why": "'At least 74 people ... succumbed to heatstroke in the last 48 hours'.",
            "mentions": [("02", "At least 74", 74)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the country on Friday", "verdict": "single-source",
            "why": "'at least 40 suspected heat-related deaths were reported'.",
            "mentions": [("01", "at least 40", 40)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Uttar Pradesh on Friday", "verdict": "single-source",
            "why": "'Among the fatalities recorded on Friday, the maximum 17 were from Uttar Pradesh'.",
            "mentions": [("01", "17", 17)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Bihar on Friday", "verdict": "single-source",
            "why": "'14 from Bihar' (Friday's count; a look-alike of the 48-hour 14).",
            "mentions": [("01", "14", 14)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha on Friday", "verdict": "single-source",
            "why": "'five from Odisha'.",
            "mentions": [("01", "five", 5, {"ctx": "five from Odisha"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Jharkhand on Friday", "verdict": "single-source",
            "why": "'four from Jharkhand'.",
            "mentions": [("01", "four", 4)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Friday's state counts", "verdict": "single-source",
            "why": "'Among the fatalities recorded on Friday'.",
            "mentions": [("01", "Friday", FRI, {"ctx": "recorded on Friday"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Odisha on Thursday", "verdict": "single-source",
            "why": "'Odisha (10)'.",
            "mentions": [("01", "10", 10, {"ctx": "Odisha (10)"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Bihar on Thursday", "verdict": "single-source",
            "why": "'Bihar (8)'.",
            "mentions": [("01", "8", 8)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Jharkhand on Thursday", "verdict": "single-source",
            "why": "'Jharkhand (4)'.",
            "mentions": [("01", "4", 4)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Uttar Pradesh on Thursday", "verdict": "single-source",
            "why": "'Uttar Pradesh (1)'.",
            "mentions": [("01", "1", 1, {"ctx": "(1)"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Thursday's state counts", "verdict": "single-source",
            "why": "'on Thursday also'.",
            "mentions": [("01", "Thursday", THU)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in Rajasthan so far", "verdict": "single-source",
            "why": "'Rajasthan has reported at least five heat-related deaths so far'.",
            "mentions": [("01", "at least five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "in hospital with heatstroke in Jharkhand", "verdict": "agree",
            "why": "'more than 1,300 people are hospitalised' / 'over 1,300 people were admitted to hospitals'.",
            "mentions": [
                ("01", "more than 1,300", 1300),
                ("02", "over 1,300", 1300),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in four states in 24 hours", "verdict": "single-source",
            "why": "'At least 31 new heatwave related deaths ... in the past 24 hours' (Hindustan Times, earlier on Saturday; Bihar, Odisha, Uttar Pradesh, Madhya Pradesh).",
            "mentions": [("03", "At least 31", 31)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:across the country on Saturday", "verdict": "agree",
            "why": "'The Hindustan Times newspaper reported a total of 58 people died ... on Saturday' / 'a total of 58 heat-related deaths on Saturday alone'.",
            "mentions": [
                ("04", "58", 58),
                ("05", "58", 58),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 58 deaths", "verdict": "agree",
            "why": "Saturday 1 June.",
            "mentions": [
                ("04", "Saturday", SAT, {"ctx": "the country on Saturday"}),
                ("05", "Saturday", SAT, {"ctx": "deaths on Saturday alone"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Odisha's nine more deaths", "verdict": "single-source",
            "why": "'Odisha recorded nine deaths on Saturday'.",
            "mentions": [("05", "Saturday", SAT, {"ctx": "nine deaths on Saturday"})],
        },
        # --- temperatures ---
        {
            "event": E, "kind": "measure", "role": "temperature:highs in many places", "verdict": "agree",
            "why": "'past 45 degrees Celsius in several places' (twice) / 'above 45 degrees Celsius (113 degrees Fahrenheit) in many places'.",
            "mentions": [
                ("03", "45 degrees Celsius", 45, {"ctx": "Mercury soared past 45 degrees Celsius in several places across on", "note": "degrees Celsius"}),
                ("03", "45 degrees Celsius", 45, {"ctx": "hours as mercury soared past 45 degrees Celsius", "note": "degrees Celsius"}),
                ("04", "above 45 degrees Celsius", 45, {"low": 45, "high": None, "note": "degrees Celsius"}),
                ("04", "113 degrees Fahrenheit", f2c(113), {"note": "degrees Celsius; written in Fahrenheit"}),
                ("05", "above 45 degrees Celsius", 45, {"low": 45, "high": None, "note": "degrees Celsius"}),
                ("05", "113 degrees Fahrenheit", f2c(113), {"note": "degrees Celsius; written in Fahrenheit"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the highs above 45 degrees", "verdict": "single-source",
            "why": "'in several places across on Saturday' (twice in Hindustan Times).",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "across on Saturday"}),
                ("03", "Saturday", SAT, {"ctx": "across the states on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:Jhansi", "verdict": "compatible",
            "why": "46.9 C (the IMD), written with 116 F (46.7 C).",
            "mentions": [
                ("04", "46.9C", 46.9, {"note": "degrees Celsius"}),
                ("04", "116F", f2c(116), {"note": "degrees Celsius; written in Fahrenheit"}),
                ("05", "46.9 degrees Celsius", 46.9, {"note": "degrees Celsius"}),
                ("05", "116 degrees Fahrenheit", f2c(116), {"note": "degrees Celsius; written in Fahrenheit"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Jhansi's temperature", "verdict": "agree",
            "why": "Saturday 1 June.",
            "mentions": [
                ("04", "Saturday", SAT, {"ctx": "(116F) on Saturday"}),
                ("05", "Saturday", SAT, {"ctx": "Fahrenheit) on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "heat index:Ballia", "verdict": "agree",
            "why": "61 C.",
            "mentions": [
                ("04", "61C", 61, {"note": "degrees Celsius"}),
                ("05", "61 degrees Celsius", 61, {"note": "degrees Celsius"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ballia's heat index", "verdict": "single-source",
            "why": "'in Ballia on Saturday'.",
            "mentions": [("04", "Saturday", SAT, {"ctx": "Ballia on Saturday"})],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:Nagpur's sensor", "verdict": "single-source",
            "why": "'registered a maximum of 56°C on Thursday' (a sensor error).",
            "mentions": [("02", "56°C", 56, {"note": "degrees Celsius"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Nagpur's reading", "verdict": "single-source",
            "why": "'on Thursday'.",
            "mentions": [("02", "Thursday", THU)],
        },
        # --- the election ---
        {
            "event": ELEC, "kind": "date", "role": "date-of:the last phase of voting", "verdict": "agree",
            "why": "'the last phase of polling on Saturday' / 'the seventh and final stage of the election ended on Saturday' (1 June).",
            "mentions": [
                ("02", "Saturday", SAT),
                ("04", "Saturday", SAT, {"ctx": "ended on Saturday"}),
            ],
        },
    ],
}
