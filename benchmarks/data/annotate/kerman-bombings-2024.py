# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the twin bombings at the Soleimani memorial in Kerman, Iran, Wednesday 3 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Wednesday = 3 January 2024 (01's '1/3', 04's 'yesterday' in a text of 4 January), Thursday = 4
January, Friday = 5 January 2024; times in Iran time (UTC+3:30), a GMT time as the same instant. Distances in metres,
the interval between the blasts in minutes, ages in years. Left out: ordinals ('the fourth anniversary'), 'one of the
two bombers', 'one of the country’s most popular', 'counted as one whole body', 'Thousands' (vague), 'The number could
rise', the modal 'may', 05's headline figure (91, in `title` only).
"""

E = "e1"
KILLING = "e2"
REVOLUTION = "e3"
WED = "2024-01-03"
THU = "2024-01-04"
FRI = "2024-01-05"

SPEC = {
    "description": (
        "The twin bombings near Qassem Soleimani's tomb in Kerman, Iran, during the memorial on Wednesday 3 January 2024, as "
        "five outlets reported them from 3 to 6 January: the toll 103 (Wednesday's first count) -> almost 100 / at least 95 "
        "(the Health Minister, Wednesday night: names counted twice) -> 84 (the Interior Minister, Thursday, forensic data) "
        "(`updated`, revised down as the outlets say); injured 140 -> more than 200 -> 284 (`updated`); 220 hospitalised "
        "(`agree`), later 102 still in hospital, 11 critical; two blasts some 20 minutes apart (`agree`) around 15:00 (1130 "
        "GMT), 700 m and 1,000 m from the tomb; the attack's Wednesday / January 3 / 'yesterday' (`agree`). Background: "
        "Soleimani's killing by a US drone strike in January 2020 (`compatible`: 2020 / January 2020), aged 62; Iran's "
        "post-1979 history."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'at least 95 people killed' (the Health Minister's count of Wednesday night) and 'Wednesday (1/3)': 3 January 2024, a guess within a day"},
        "02": {"published_how": "the page's line 'Xinhua | Updated: 2024-01-04 21:39' (removed from the text) and the URL (202401/04)"},
        "03": {"published_how": "the corpus's date line 2024-01-04 (removed from the text)"},
        "04": {"published_how": "the dateline 'BAKU, Azerbaijan, January 4' and the corpus's date line 2024-01-04 (removed)"},
        "05": {"published_how": "inferred: no date on the stored page; the intelligence ministry 'said on Friday' (5 January) and the headline's toll of 91: 6 January 2024, a guess within a day"},
    },
    "events": [
        {"id": E, "label": "the twin bombings at the Soleimani memorial in Kerman, 3 January 2024", "main": True},
        {"id": KILLING, "label": "the killing of Qassem Soleimani by a US drone strike in Baghdad, January 2020 (background)", "main": False},
        {"id": REVOLUTION, "label": "Iran's 1979 revolution (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the bombings", "verdict": "updated",
            "why": "Revised down as the outlets say: 103 (Wednesday's first count) -> 95 (the Health Minister on Wednesday night: some names counted twice; SEAToday's 'almost 100' and 'at least 95') -> 84 (the Interior Minister on Thursday, from forensic data; MENAFN has the Kerman emergency chief's 'from 103 to 84').",
            "mentions": [
                ("01", "almost 100", 100, {"as_of": WED}),
                ("01", "at least 95", 95, {"as_of": WED}),
                ("02", "95", 95, {"ctx": "from 95 to", "as_of": WED}),
                ("02", "84", 84, {"as_of": THU}),
                ("02", "103", 103, {"as_of": WED}),
                ("02", "95", 95, {"ctx": "103 to 95.", "as_of": WED}),
                ("03", "84", 84, {"ctx": "revised down to 84,", "as_of": THU}),
                ("03", "103", 103, {"ctx": "stating 103 fatalities", "as_of": WED}),
                ("03", "103", 103, {"ctx": "from 103 to 84", "as_of": WED}),
                ("03", "84", 84, {"ctx": "103 to 84.", "as_of": THU}),
                ("04", "84", 84, {"ctx": "loss of 84 lives", "as_of": THU}),
                ("04", "84", 84, {"ctx": "reached 84 people", "as_of": THU}),
                ("05", "103", 103, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in the bombings", "verdict": "updated",
            "why": "140 (Wednesday's initial reports) -> more than 200 (Wednesday night) -> 284 (the Interior Minister, Thursday).",
            "mentions": [
                ("01", "more than 200", 200, {"as_of": WED}),
                ("02", "284", 284, {"as_of": THU}),
                ("03", "284", 284, {"as_of": THU}),
                ("03", "140", 140, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured hospitalised", "verdict": "agree",
            "why": "220 of the 284 hospitalised (the Interior Minister, Thursday).",
            "mentions": [
                ("02", "220", 220, {"as_of": THU}),
                ("03", "220", 220, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured still treated in hospital", "verdict": "single-source",
            "why": "'102 people continued to be treated in hospitals' (the emergency services' spokesman, days later; a count of those still in hospital, not of those admitted).",
            "mentions": [("05", "102", 102)],
        },
        {
            "event": E, "kind": "count", "role": "injured in critical condition", "verdict": "single-source",
            "why": "'11 of whom were in critical condition'.",
            "mentions": [("05", "11", 11, {"ctx": "11 of whom"})],
        },
        {
            "event": E, "kind": "count", "role": "explosions", "verdict": "agree",
            "why": "Two explosions.",
            "mentions": [
                ("02", "two", 2, {"ctx": "from two explosions"}),
                ("02", "two", 2, {"ctx": "The two blasts"}),
                ("04", "Two", 2, {"ctx": "Two explosions"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "suicide bombers", "verdict": "single-source",
            "why": "'one of the two bombers was a Tajik national'.",
            "mentions": [("05", "two", 2, {"ctx": "the two bombers"})],
        },
        {
            "event": E, "kind": "count", "role": "people detained over the attack", "verdict": "single-source",
            "why": "'11 people suspected of links to the attack had been detained' (the intelligence ministry, Friday).",
            "mentions": [("05", "11", 11, {"ctx": "and that 11 people"})],
        },
        {
            "event": E, "kind": "duration", "role": "interval between the two blasts", "verdict": "agree",
            "why": "Some 20 minutes apart.",
            "mentions": [
                ("02", "some 20 minutes", 20, {"note": "minutes"}),
                ("05", "20 minutes", 20, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the blasts", "verdict": "single-source",
            "why": "'at around 15:00 local time (1130 GMT)': one instant in two zones, in one text.",
            "mentions": [
                ("02", "15:00", "2024-01-03T15:00+03:30", {"note": "'at around', local time"}),
                ("02", "1130 GMT", "2024-01-03T15:00+03:30", {"note": "the same instant in GMT"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the first blast from the tomb", "verdict": "single-source",
            "why": "'about 700 meters from Soleimani's tomb'.",
            "mentions": [("02", "about 700", 700, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the second blast from the tomb", "verdict": "single-source",
            "why": "'the second was 1,000 meters away'.",
            "mentions": [("02", "1,000", 1000, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of Kerman from Tehran", "verdict": "single-source",
            "why": "'around 820 kilometers southeast of the capital'.",
            "mentions": [("05", "around 820", 820000, {"note": "metres; written 'around 820 kilometers'"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the boy among the latest dead", "verdict": "single-source",
            "why": "'an eight-year-old boy'.",
            "mentions": [("05", "eight-year-old", 8, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the man among the latest dead", "verdict": "single-source",
            "why": "'a 67-year-old man who had been injured'.",
            "mentions": [("05", "67-year-old", 67, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the bombings", "verdict": "agree",
            "why": "Wednesday 3 January 2024 (SEAToday's '(1/3)', month first; Trend's 'yesterday' in its text of 4 January).",
            "mentions": [
                ("01", "Wednesday", WED),
                ("01", "1/3", WED, {"note": "month/day"}),
                ("03", "Wednesday", WED, {"ctx": "on Wednesday."}),
                ("04", "yesterday", WED, {"note": "in a text dated January 4"}),
                ("04", "January 3", WED),
                ("05", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first count of 103", "verdict": "single-source",
            "why": "'Initial reports on Wednesday' (3 January).",
            "mentions": [("03", "Wednesday", WED, {"ctx": "Initial reports on Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Health Minister's revision to 95", "verdict": "single-source",
            "why": "'In a live interview ... on Wednesday' (3 January).",
            "mentions": [("02", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Interior Minister's revision to 84", "verdict": "agree",
            "why": "'Vahidi on Thursday revised' / 'On Thursday morning, officials provided an update' (4 January).",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "Vahidi on Thursday"}),
                ("03", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the medical emergency chief's remarks to IRNA", "verdict": "single-source",
            "why": "'told the official news agency IRNA on Thursday'.",
            "mentions": [("02", "Thursday", THU, {"ctx": "IRNA on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Trend's report (dateline)", "verdict": "single-source",
            "why": "The dateline 'BAKU, Azerbaijan, January 4'.",
            "mentions": [("04", "January 4", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the intelligence ministry's statement", "verdict": "single-source",
            "why": "'The intelligence ministry said on Friday' (5 January).",
            "mentions": [("05", "Friday", FRI)],
        },
        {
            "event": KILLING, "kind": "date", "role": "date-of:Soleimani's killing", "verdict": "compatible",
            "why": "January 2020 (3 January 2020): 'the 2020 US drone strike', 'in January 2020', 'in 2020' twice; a year and its month.",
            "mentions": [
                ("01", "2020", "2020"),
                ("03", "January 2020", "2020-01"),
                ("04", "2020", "2020"),
                ("05", "2020", "2020"),
            ],
        },
        {
            "event": KILLING, "kind": "duration", "role": "age of Soleimani at his death", "verdict": "single-source",
            "why": "'who has died aged 62'.",
            "mentions": [("05", "62", 62, {"note": "years"})],
        },
        {
            "event": REVOLUTION, "kind": "date", "role": "date-of:Iran's revolution", "verdict": "single-source",
            "why": "'the deadliest in Iran's post-1979 history'.",
            "mentions": [("03", "1979", "1979")],
        },
    ],
}
