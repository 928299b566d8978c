# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the deaths from extreme heat at the hajj of June 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Temperatures in degrees Celsius (a Fahrenheit conversion is a mention with its Celsius value and the written figure in
`note`); dates as ISO strings. Saturday = 15 June 2024 (Arafat), Sunday = 16 June, Monday = 17 June (the record heat).
Left out: the days of statements ("On Monday, Saudi Arabia cautioned", "told AFP on Wednesday, June 19", "officials
reported Wednesday", the tweet's "June 19, 2024"), "the 2024 Haj" (the year naming the event), "in her early 70s", "one of
Islam's five pillars", "one of the hottest months", "last year" (04: no figure), "More than half" (the unregistered share),
the tweet's link.
"""

E = "e1"
HAJJ2023 = "e2"


def f_to_c(f: float) -> float:
    return round((f - 32) * 5 / 9, 2)


SPEC = {
    "description": (
        "The deaths from extreme heat at the hajj of June 2024, as six outlets reported it on 17-23 June 2024 while foreign "
        "governments and an AFP tally counted the dead: the toll over a dozen (17 June) -> 'hundreds' -> more than 550 (19 "
        "June) -> 922 (20 June) -> at least 1,170 (`updated`); Jordanians 14 -> about 60 (`updated`); Egyptians more than "
        "300 -> at least 600 (one outlet); 136 Indonesians, 98 Indians; 'an estimated 600 bodies' at a facility in Mecca (a "
        "look-alike of the Egyptian 600); 51.8 degrees Celsius at the Grand Mosque on Monday 17 June, with its Fahrenheit "
        "conversions and 'exceed 50°C' (`compatible`); 46C at Mina; 47 degrees Celsius (117F) in one outlet; more than 2,700 "
        "/ over 2,000 heat-exhaustion cases (`compatible`); about 1.8 million pilgrims against 'over 1.83 million' "
        "(`compatible`), 1.6 million from abroad (`agree`); 0.4C of warming per decade (`agree`). Background event whose "
        "figure is a trap: the hajj of 2023 and its toll of around 240."
    ),
    "documents": {
        "01": {"published_how": "the page's closing date '17.06.2024' (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2024-06-19 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-06-20 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; quotes a tweet of 19 June 2024 and the AFP tally of 922 (20 June 2024): 20 June 2024 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2024-06-23 (removed from the text); the report it carries is of Wednesday 19 June 2024"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; the toll 'At least 1,170' (tallies passed 1,100 on 21-23 June 2024): 23 June 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the deaths from extreme heat at the hajj of June 2024", "main": True},
        {"id": HAJJ2023, "label": "the hajj of June 2023 and its deaths (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths:pilgrims dead", "verdict": "updated",
            "why": "Counted from foreign governments' reports as days passed: 'over a dozen fatalities' (17 June), 'hundreds' and 'More than 550' (a tweet of 19 June), 922 (the AFP tally, 20 June), 'At least 1,170' (about 23 June).",
            "mentions": [
                ("01", "over a dozen", 12, {"as_of": "2024-06-17"}),
                ("04", "hundreds", 200, {"low": 200, "high": 999, "as_of": "2024-06-19", "note": "'hundreds'"}),
                ("04", "More than 550", 550, {"as_of": "2024-06-19"}),
                ("05", "Hundreds", 200, {"ctx": "Hundreds of pilgrims died during the 2024 Haj pilgrimage in Saudi Arabia due to extreme heat.", "low": 200, "high": 999, "as_of": "2024-06-19", "note": "'Hundreds'"}),
                ("05", "Hundreds", 200, {"ctx": "Hundreds of pilgrims died during the 2024 Haj pilgrimage in Saudi Arabia due to extreme heat,", "low": 200, "high": 999, "as_of": "2024-06-19", "note": "'Hundreds'"}),
                ("03", "922", 922, {"as_of": "2024-06-20"}),
                ("04", "922", 922, {"as_of": "2024-06-20"}),
                ("06", "At least 1,170", 1170, {"as_of": "2024-06-23"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Egyptian pilgrims dead", "verdict": "single-source",
            "why": "'had risen to “at least 600,” up from more than 300 the previous day' (an Arab diplomat to AFP; one document).",
            "mentions": [
                ("03", "at least 600", 600, {"as_of": "2024-06-19"}),
                ("03", "more than 300", 300, {"as_of": "2024-06-18", "note": "the earlier count"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Jordanian pilgrims dead", "verdict": "updated",
            "why": "Jordan's foreign ministry reported 14 deaths (17 June); 'about 60 Jordanians have also died' (19 June).",
            "mentions": [
                ("01", "14", 14, {"as_of": "2024-06-17"}),
                ("02", "about 60", 60, {"as_of": "2024-06-19"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Indonesian pilgrims dead", "verdict": "single-source",
            "why": "'confirmed 136 Indonesian pilgrim deaths'.",
            "mentions": [("01", "136", 136)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Indonesian pilgrims dead of heat stroke", "verdict": "single-source",
            "why": "'including at least three from heat stroke'.",
            "mentions": [("01", "at least three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Indian pilgrims dead", "verdict": "single-source",
            "why": "'As many as 98 of them are from India'.",
            "mentions": [("06", "As many as 98", 98, {"low": None, "high": 98})],
        },
        {
            "event": E, "kind": "count", "role": "bodies at a medical facility in Mecca", "verdict": "single-source",
            "why": "'an estimated 600 bodies are said to be at a medical facility in Mecca' (a look-alike of the Egyptian 600).",
            "mentions": [("05", "an estimated 600", 600)],
        },
        {
            "event": E, "kind": "count", "role": "heat-exhaustion cases", "verdict": "compatible",
            "why": "'more than 2,700 instances of heat exhaustion' reported on Sunday (the Saudi health ministry), 'treated more than 2,700 people for heatstroke so far'; 'over 2,000 pilgrims affected by heat exhaustion are being treated' (the same untouched tally, rounded down).",
            "mentions": [
                ("01", "more than 2,700", 2700),
                ("02", "over 2,000", 2000),
                ("04", "more than 2,700", 2700),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Saudi health ministry's last figures", "verdict": "agree",
            "why": "Sunday 16 June 2024: the 2,700 cases 'reported by the Saudi health ministry on Sunday'; no update 'since Sunday, June 16'.",
            "mentions": [
                ("01", "Sunday", "2024-06-16"),
                ("02", "Sunday, June 16", "2024-06-16"),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:the highest at Mecca's Grand Mosque", "verdict": "compatible",
            "why": "51.8 degrees Celsius on Monday 17 June (the Saudi weather service); the conversions '125 degrees Fahrenheit' / '125F' / '125.2 °F' (51.7 / 52.0C); the tweet's 'record temperatures exceed 50°C' and Blitzy Blare's 'exceeding 50 degrees Celsius (122 degrees Fahrenheit)' state it as a bound.",
            "mentions": [
                ("01", "51.8 degrees Celsius", 51.8),
                ("01", "125 degrees Fahrenheit", f_to_c(125), {"note": "degrees Celsius; the conversion, written 125 degrees Fahrenheit"}),
                ("02", "51.8 degrees Celsius", 51.8),
                ("03", "51.8 degrees Celsius", 51.8),
                ("03", "125 Fahrenheit", f_to_c(125), {"note": "degrees Celsius; the conversion, written 125 Fahrenheit"}),
                ("04", "51.8C", 51.8),
                ("04", "125F", f_to_c(125), {"note": "degrees Celsius; the conversion, written 125F"}),
                ("04", "+51.8°C", 51.8),
                ("04", "exceed 50°C", 50, {"low": 50, "high": None, "note": "degrees Celsius, 'exceed'"}),
                ("06", "exceeding 50 degrees Celsius", 50, {"low": 50, "high": None, "note": "degrees Celsius, 'exceeding'"}),
                ("06", "122 degrees Fahrenheit", 50, {"low": 50, "high": None, "note": "degrees Celsius; the conversion, written 122 degrees Fahrenheit"}),
                ("06", "51.8 °C", 51.8),
                ("06", "125.2 °F", f_to_c(125.2), {"note": "degrees Celsius; the conversion, written 125.2 °F"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the highest temperature at the Grand Mosque", "verdict": "agree",
            "why": "Monday 17 June 2024.",
            "mentions": [
                ("02", "June 17", "2024-06-17"),
                ("03", "Monday, June 17", "2024-06-17"),
                ("04", "Monday", "2024-06-17"),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:the highest at Mina", "verdict": "single-source",
            "why": "'In nearby Mina, temperatures reached 46C'.",
            "mentions": [("01", "46C", 46)],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:the heat at the holy sites (day and place unstated)", "verdict": "single-source",
            "why": "'With temperatures soaring to 47 degrees Celsius (117 degrees Fahrenheit)' (no day or place given; not the Grand Mosque's record of Monday 17 June).",
            "mentions": [
                ("05", "47 degrees Celsius", 47),
                ("05", "117 degrees Fahrenheit", f_to_c(117), {"note": "degrees Celsius; the conversion, written 117 degrees Fahrenheit"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:the regional warming per decade", "verdict": "agree",
            "why": "0.4 degrees Celsius per decade (a Saudi study).",
            "mentions": [
                ("01", "0.4C", 0.4, {"note": "degrees Celsius per decade"}),
                ("02", "0.4 degrees Celsius", 0.4, {"note": "degrees Celsius 'every ten years'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "pilgrims", "verdict": "compatible",
            "why": "'around / An estimated / Approximately / about 1.8 million' pilgrims; Devdiscourse: 'over 1.83 million Muslims' (the official count, 1,833,164).",
            "mentions": [
                ("01", "around 1.8 million", 1_800_000),
                ("02", "An estimated 1.8 million", 1_800_000),
                ("03", "Approximately 1.8 million", 1_800_000),
                ("04", "about 1.8 million", 1_800_000),
                ("05", "over 1.83 million", 1_830_000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "pilgrims from abroad", "verdict": "agree",
            "why": "1.6 million from outside Saudi Arabia.",
            "mentions": [
                ("01", "1.6 million", 1_600_000),
                ("02", "1.6 million", 1_600_000),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the climax at Mount Arafat", "verdict": "single-source",
            "why": "Saturday 15 June 2024 (twice in one document: missing 'since the climax of the pilgrimage on Saturday', 'unaccounted for since Saturday').",
            "mentions": [
                ("03", "Saturday", "2024-06-15", {"ctx": "on Saturday at Mount Arafat"}),
                ("03", "Saturday", "2024-06-15", {"ctx": "since Saturday."}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the hajj", "verdict": "single-source",
            "why": "'this year it fell in June'.",
            "mentions": [("04", "June", "2024-06", {"ctx": "fell in June"})],
        },
        {
            "event": E, "kind": "count", "role": "age:pilgrim Azza Hamid Brahim", "verdict": "single-source",
            "why": "'a 61-year-old Egyptian pilgrim'.",
            "mentions": [("01", "61-year-old", 61)],
        },
        {
            "event": HAJJ2023, "kind": "count", "role": "deaths:pilgrims dead", "verdict": "single-source",
            "why": "'The death toll during Hajj stood at around 240 (mostly from Indonesia) the previous year' (a look-alike of the 2024 tolls).",
            "mentions": [("02", "around 240", 240)],
        },
    ],
}
