# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the sentencing of former US Senator Bob Menendez, Wednesday 29 January 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Durations in years (note); money in US dollars; dates as ISO strings. Wednesday = 29 January 2025 (the sentencing).
Left out: "today" / "Earlier today" (01), "last year" (03's resignation), "one of the most powerful", "one of the longest
sentences", "one of only a handful", "millions of dollars", "decades of public service", "a first for a U.S. Senator".
"""

E = "e1"
CO = "e2"
NADINE = "e3"
WED = "2025-01-29"
SPEC = {
    "description": (
        "The sentencing of former US Senator Bob Menendez on Wednesday 29 January 2025 (`agree`), as five outlets reported "
        "it: 11 years in prison (`agree`); prosecutors asked for 15 years (`agree`), his lawyers for no more than 2-1/4; "
        "convicted in July 2024 (`compatible`: 'July' / 'his 2024 conviction') on all 16 counts (`agree`); resigned in "
        "August (`agree`); 71 years old (`agree`); in the Senate '18 1/2 years' / 'more than 18 years' (`compatible`); $480,000 "
        "in cash and gold bars worth an estimated $150,000 found; favours for three businessmen (a look-alike of the two "
        "co-defendants); to surrender by June 6. Sibling event: the co-defendants' sentences the same day (two of them: Fred "
        "Daibes seven years (`agree`), Wael Hana 'just over' / 'more than' / 'a little more than' eight (`agree`)). "
        "Background: Nadine Menendez's trial in March / on March 18 (`compatible`)."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2025/01/29 (the corpus's date line 2025-01-29, removed, agrees)"},
        "02": {"published_how": "the URL's 2025/01/30"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; a print e-edition giving Wednesday's sentencing as news: 30 January 2025 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; it dates the sentencing 'Wednesday, Jan. 29' as news: 29 January 2025 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it gives Wednesday's sentencing as news: 30 January 2025 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the sentencing of former US Senator Bob Menendez, 29 January 2025", "main": True},
        {"id": CO, "label": "the sentencing of his co-defendants Fred Daibes and Wael Hana the same day (sibling)", "main": False},
        {"id": NADINE, "label": "the corruption trial of his wife, Nadine Menendez (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "duration", "role": "prison sentence", "verdict": "agree",
            "why": "11 years in prison.",
            "mentions": [
                ("01", "11 years", 11, {"note": "years"}),
                ("02", "11 years", 11, {"note": "years"}),
                ("03", "11 years", 11, {"note": "years"}),
                ("04", "11 years", 11, {"note": "years"}),
                ("05", "11 years", 11, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "prison sentence:asked by the prosecutors", "verdict": "agree",
            "why": "'urged Stein to sentence Menendez to 15 years' / 'requested a 15-year sentence'.",
            "mentions": [
                ("01", "15 years", 15, {"note": "years"}),
                ("05", "15-year", 15, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "prison sentence:asked by the defence", "verdict": "single-source",
            "why": "'should spend no more than 2-1/4 years behind bars'.",
            "mentions": [("01", "2-1/4 years", 2.25, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sentencing", "verdict": "agree",
            "why": "Wednesday 29 January 2025.",
            "mentions": [
                ("02", "Wednesday", WED),
                ("03", "Wednesday", WED),
                ("04", "Wednesday", WED),
                ("04", "Jan. 29", WED),
                ("05", "Wednesday", WED, {"ctx": "prison on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the conviction", "verdict": "compatible",
            "why": "'found guilty in July' / 'conviction last July' (July 2024) and 'his 2024 conviction'.",
            "mentions": [
                ("01", "2024", "2024"),
                ("01", "July", "2024-07"),
                ("02", "July", "2024-07"),
                ("04", "July", "2024-07"),
                ("05", "July", "2024-07"),
            ],
        },
        {
            "event": E, "kind": "count", "role": "counts of conviction", "verdict": "agree",
            "why": "'all 16 felony counts' / 'all 16 counts'.",
            "mentions": [
                ("01", "16", 16),
                ("02", "16", 16, {"ctx": "all 16 counts"}),
                ("04", "16", 16),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the resignation from the Senate", "verdict": "agree",
            "why": "'He resigned from the Senate in August' / 'He resigned in August after his conviction' (August 2024).",
            "mentions": [
                ("01", "August", "2024-08"),
                ("05", "August", "2024-08"),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Menendez", "verdict": "agree",
            "why": "71.",
            "mentions": [
                ("01", "71", 71, {"note": "years"}),
                ("02", "71", 71, {"note": "years"}),
                ("03", "71", 71, {"note": "years"}),
                ("05", "71", 71, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time in the Senate", "verdict": "compatible",
            "why": "'spent 18 1/2 years representing New Jersey' / 'in the US Senate for more than 18 years'.",
            "mentions": [
                ("01", "18 1/2 years", 18.5, {"note": "years"}),
                ("05", "more than 18 years", 18, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the prosecutors' filing", "verdict": "single-source",
            "why": "'prosecutors wrote in a Jan. 9 court filing'.",
            "mentions": [("01", "Jan. 9", "2025-01-09")],
        },
        {
            "event": E, "kind": "duration", "role": "time since the indictment", "verdict": "single-source",
            "why": "'When he was indicted 16 months ago' (a look-alike of the 16 counts).",
            "mentions": [("02", "16 months", 16, {"note": "months"})],
        },
        {
            "event": E, "kind": "money", "role": "cash found at his house", "verdict": "single-source",
            "why": "'FBI agents who searched his house found $480,000'.",
            "mentions": [("03", "$480,000", 480000)],
        },
        {
            "event": E, "kind": "money", "role": "value of the gold bars found", "verdict": "single-source",
            "why": "'gold bars worth an estimated $150,000'.",
            "mentions": [("03", "an estimated $150,000", 150000, {"low": None, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "businessmen he did favours for", "verdict": "single-source",
            "why": "'corrupt favors for three New Jersey businessmen' (not the two co-defendants).",
            "mentions": [("03", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "businessmen helped in deals with foreign powers", "verdict": "single-source",
            "why": "'helped two of them in business deals with foreign powers' (a look-alike of the two co-defendants).",
            "mentions": [("03", "two", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the surrender to begin the prison term", "verdict": "single-source",
            "why": "'surrender to authorities by June 6' (2025).",
            "mentions": [("04", "June 6", "2025-06-06")],
        },
        {
            "event": CO, "kind": "count", "role": "co-defendants sentenced", "verdict": "agree",
            "why": "'two convicted co-defendants' / 'two New Jersey businessmen' / 'Two other businessmen'.",
            "mentions": [
                ("01", "two", 2),
                ("04", "two", 2),
                ("05", "Two", 2),
            ],
        },
        {
            "event": CO, "kind": "duration", "role": "prison sentence:Fred Daibes", "verdict": "agree",
            "why": "Seven years.",
            "mentions": [
                ("01", "seven years", 7, {"note": "years"}),
                ("04", "seven years", 7, {"note": "years"}),
                ("05", "seven years", 7, {"note": "years"}),
            ],
        },
        {
            "event": CO, "kind": "duration", "role": "prison sentence:Wael Hana", "verdict": "agree",
            "why": "'just over eight years' / 'more than eight years' / 'a little more than eight': over eight years in each.",
            "mentions": [
                ("01", "just over eight years", 8, {"low": 8, "high": None, "note": "years"}),
                ("04", "more than eight years", 8, {"low": 8, "high": None, "note": "years"}),
                ("05", "a little more than eight", 8, {"low": 8, "high": None, "note": "years"}),
            ],
        },
        {
            "event": CO, "kind": "date", "role": "date-of:the co-defendants' sentencing", "verdict": "single-source",
            "why": "'received sentences on Wednesday, too' (the same day as Menendez's: a look-alike).",
            "mentions": [("05", "Wednesday", WED, {"ctx": "sentences on Wednesday"})],
        },
        {
            "event": NADINE, "kind": "date", "role": "date-of:Nadine Menendez's trial", "verdict": "compatible",
            "why": "'Her trial is scheduled for March 18' / 'corruption trial in March' / 'will go on trial in March' (2025).",
            "mentions": [
                ("01", "March 18", "2025-03-18"),
                ("04", "March", "2025-03"),
                ("05", "March", "2025-03"),
            ],
        },
    ],
}
