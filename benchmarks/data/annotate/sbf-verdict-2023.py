# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Sam Bankman-Fried's conviction, Manhattan, Thursday 2 November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; durations with their unit in note; dates as ISO strings, times
of day as local time (New York, EDT). Thursday = 2 November 2023 (the verdict).
"""

E = "e1"
COLLAPSE = "e2"
ARREST = "e3"
BAIL = "e4"
FOUNDING = "e5"
SECOND = "e6"
HOLMES = "e7"
WEALTH = "e8"
THU = "2023-11-02"
BN = 1_000_000_000
MN = 1_000_000
SPEC = {
    "description": (
        "Sam Bankman-Fried's conviction on all seven counts (wire fraud and conspiracies) by a federal jury in "
        "Manhattan on Thursday 2 November 2023, as six outlets reported it that Thursday and Friday: the maximum "
        "sentence 115 years (five outlets) against B98.5's 'up to 110 years' (`conflict`); the losses 'nearly $10 "
        "billion' / 'at least $10 billion' / 'exceeding $10 billion' against Baystreet's '$8 billion' of client funds "
        "(`conflict`); sentencing on 28 March 2024 against The Silicon Leaders' 'March 28, 2023' (`conflict`), at 9.30am; "
        "deliberations from 3:15 p.m. with a dinner break at (around) 6 p.m., 'less than four-and half-hours' against "
        "'over four hours' (`compatible`); a trial begun in early October and lasting a month / 'about a month' "
        "(`compatible`); Bankman-Fried 31 (`agree`); twelve jurors. Background events whose figures are traps: FTX's "
        "bankruptcy (November 2022; 11 November), the arrest in the Bahamas (December 2022, 'nearly a year' before), the "
        "$250 million bond and the jailing in August, FTX's founding in 2019, a second trial (dates as written in 2023), "
        "Elizabeth Holmes's conviction on four counts and sentence of more than 11 years, Bankman-Fried's former $26bn "
        "fortune (60th richest)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'convicted Thursday', sentencing 'scheduled': 2 November 2023 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; the verdicts of the evening before as news: 3 November 2023 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the verdict 'on Nov. 2' as news: 3 November 2023 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; the verdict as news: 3 November 2023 (a guess within a few days)"},
        "05": {"published_how": "the URL's date 2023/11/03"},
        "06": {"published_how": "inferred: no date on the stored page; 'convicted on Thursday', the jury 'began deliberating Thursday afternoon': 2 November 2023 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Sam Bankman-Fried's conviction on seven counts by a federal jury in Manhattan, Thursday 2 November 2023", "main": True},
        {"id": COLLAPSE, "label": "FTX's collapse and bankruptcy filing, November 2022 (background)", "main": False},
        {"id": ARREST, "label": "Bankman-Fried's arrest in the Bahamas, December 2022, and his release on bond (background)", "main": False},
        {"id": BAIL, "label": "Bankman-Fried jailed after his bail was revoked, August 2023 (background)", "main": False},
        {"id": FOUNDING, "label": "FTX's founding, 2019 (background)", "main": False},
        {"id": SECOND, "label": "a second trial on further charges, and the government's deadline to decide on it (background)", "main": False},
        {"id": HOLMES, "label": "Elizabeth Holmes's conviction and sentence, 2022 (background)", "main": False},
        {"id": WEALTH, "label": "Bankman-Fried's former fortune and ranking (background)", "main": False},
    ],
    "clusters": [
        # --- the verdict ---
        {
            "event": E, "kind": "count", "role": "counts of conviction", "verdict": "agree",
            "why": "Guilty on all seven counts (charges) in every outlet.",
            "mentions": [
                ("01", "seven", 7),
                ("02", "seven", 7),
                ("03", "seven", 7),
                ("04", "seven", 7),
                ("05", "seven", 7, {"ctx": "guilty of all seven criminal counts"}),
                ("05", "seven", 7, {"ctx": "guilty of all seven counts brought"}),
                ("06", "seven", 7),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the maximum sentence", "verdict": "conflict",
            "why": "Five outlets give the maximum as 115 years; B98.5 writes 'He could face up to 110 years in prison': both cannot be the maximum for the same seven counts. 'up to' qualifies the sentence, not the maximum, so the maximum is exact.",
            "mentions": [
                ("01", "as long as 115 years", 115, {"low": 115, "high": 115, "note": "years"}),
                ("02", "115 years", 115, {"note": "years"}),
                ("03", "115 years", 115, {"ctx": "maximum sentence of 115 years", "note": "years"}),
                ("03", "up to 115 years", 115, {"low": 115, "high": 115, "note": "years"}),
                ("04", "115 years", 115, {"note": "years"}),
                ("05", "115 years", 115, {"note": "years"}),
                ("06", "up to 110 years", 110, {"low": 110, "high": 110, "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "losses of FTX's customers (and investors) in the fraud", "verdict": "conflict",
            "why": "Newser: customers 'lost nearly $10 billion'; B98.5 (AP): customers and investors cheated 'of at least $10 billion'; The Tech Portal: 'losses exceeding $10 billion'; Baystreet: the exchange collapsed 'losing $8 billion U.S. of client funds'. $8 billion cannot be the same loss as 'at least' $10 billion, and 'nearly' $10 billion excludes 'at least' / 'exceeding' $10 billion (a judgement call: the $8 billion counts client funds alone, the AP's figure customers and investors, but Newser gives nearly $10 billion for customers alone).",
            "mentions": [
                ("01", "nearly $10 billion", 10 * BN, {"note": "US dollars"}),
                ("03", "$8 billion", 8 * BN, {"note": "US dollars ('$8 billion U.S.')"}),
                ("05", "exceeding $10 billion", 10 * BN, {"low": 10 * BN, "note": "US dollars"}),
                ("06", "at least $10 billion", 10 * BN, {"note": "US dollars"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "jurors", "verdict": "single-source",
            "why": "'A federal jury, composed of twelve individuals'.",
            "mentions": [("05", "twelve", 12)],
        },
        {
            "event": E, "kind": "count", "role": "age:Sam Bankman-Fried", "verdict": "agree",
            "why": "Bankman-Fried is 31 in every outlet.",
            "mentions": [
                ("01", "31", 31),
                ("02", "31-year-old", 31),
                ("03", "31", 31),
                ("04", "31-year-old", 31),
                ("05", "31-year-old", 31),
                ("06", "31", 31),
            ],
        },
        # --- the trial and the deliberations ---
        {
            "event": E, "kind": "duration", "role": "duration-of:the trial", "verdict": "compatible",
            "why": "A 'monthlong' / 'month-long' trial that 'lasted about a month' (4 October - 2 November).",
            "mentions": [
                ("01", "monthlong", 1, {"note": "months"}),
                ("03", "about a month", 1, {"low": 0.9, "high": 1.1, "note": "months; written 'a month'"}),
                ("05", "month-long", 1, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the trial", "verdict": "agree",
            "why": "The trial began in early October 2023 ('last month' in The Tech Portal of 3 November).",
            "mentions": [
                ("03", "early October", "2023-10", {"note": "early in the month"}),
                ("04", "early October", "2023-10", {"note": "early in the month"}),
                ("05", "last month", "2023-10"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the start of the deliberations", "verdict": "agree",
            "why": "The jury received the case at 3:15 p.m. ('3.15pm local time').",
            "mentions": [
                ("02", "3.15pm", "2023-11-02T15:15", {"note": "local time"}),
                ("03", "3:15 p.m.", "2023-11-02T15:15"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deliberations", "verdict": "agree",
            "why": "The jury deliberated on Thursday 2 November ('on Nov. 2', 'began deliberating Thursday afternoon').",
            "mentions": [
                ("03", "Nov. 2", THU),
                ("06", "Thursday", THU, {"ctx": "began deliberating Thursday afternoon"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the jury's dinner break", "verdict": "compatible",
            "why": "A break for dinner 'at around 6pm' / 'at 6 p.m.'.",
            "mentions": [
                ("02", "around 6pm", "2023-11-02T18:00", {"note": "local time, approximate"}),
                ("03", "6 p.m.", "2023-11-02T18:00"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deliberations", "verdict": "compatible",
            "why": "'less than four-and half-hours' (dinner included) and 'over four hours' hold together (3:15 p.m. to about 7:40 p.m.). The vague 'a few hours' (three outlets) is left out.",
            "mentions": [
                ("02", "less than four-and half-hours", 4.5, {"low": None, "high": 4.5, "note": "hours"}),
                ("05", "over four hours", 4, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the verdict", "verdict": "agree",
            "why": "Convicted on Thursday 2 November 2023.",
            "mentions": [
                ("01", "Thursday", THU),
                ("06", "Thursday", THU, {"ctx": "convicted on Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sentencing hearing", "verdict": "conflict",
            "why": "Sentencing set for 28 March 2024 (Baystreet: 'March 28, 2024'); The Silicon Leaders writes 'March 28, 2023', a date before the verdict (its background dates are a year early too).",
            "mentions": [
                ("01", "March 28", "2024-03-28"),
                ("02", "28 March", "2024-03-28"),
                ("03", "March 28, 2024", "2024-03-28"),
                ("04", "March 28, 2023", "2023-03-28"),
                ("06", "March 28", "2024-03-28"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the sentencing hearing", "verdict": "single-source",
            "why": "'will return to court at 9.30am on 28 March'.",
            "mentions": [("02", "9.30am", "2024-03-28T09:30")],
        },
        # --- background ---
        {
            "event": COLLAPSE, "kind": "date", "role": "date-of:FTX's bankruptcy", "verdict": "compatible",
            "why": "FTX collapsed into bankruptcy in November 2022; it filed on 11 November 2022 (month and day).",
            "mentions": [
                ("03", "November 2022", "2022-11"),
                ("06", "Nov. 11, 2022", "2022-11-11"),
            ],
        },
        {
            "event": ARREST, "kind": "date", "role": "date-of:the arrest in the Bahamas", "verdict": "agree",
            "why": "Arrested in the Bahamas in December 2022 ('last December' in B98.5).",
            "mentions": [
                ("05", "December 2022", "2022-12"),
                ("06", "last December", "2022-12"),
            ],
        },
        {
            "event": ARREST, "kind": "duration", "role": "duration-of:time from the arrest to the conviction", "verdict": "single-source",
            "why": "'This conviction comes nearly a year after his arrest'.",
            "mentions": [("05", "nearly a year", 1, {"note": "years; written 'a year'"})],
        },
        {
            "event": ARREST, "kind": "money", "role": "Bankman-Fried's bond", "verdict": "single-source",
            "why": "Freed on a $250 million personal recognizance bond.",
            "mentions": [("06", "$250 million", 250 * MN, {"note": "US dollars"})],
        },
        {
            "event": BAIL, "kind": "date", "role": "date-of:Bankman-Fried jailed", "verdict": "single-source",
            "why": "Jailed in August (2023) after trying to influence witnesses.",
            "mentions": [("06", "August", "2023-08")],
        },
        {
            "event": FOUNDING, "kind": "date", "role": "date-of:FTX's founding", "verdict": "single-source",
            "why": "FTX founded in 2019.",
            "mentions": [("06", "2019", "2019")],
        },
        {
            "event": SECOND, "kind": "date", "role": "date-of:the government's deadline on the second trial", "verdict": "single-source",
            "why": "'The government has until February 1, 2023' (as written; the context makes it 2024).",
            "mentions": [("04", "February 1, 2023", "2023-02-01", {"note": "as written"})],
        },
        {
            "event": SECOND, "kind": "date", "role": "date-of:the second trial", "verdict": "single-source",
            "why": "'the second trial Bankman-Fried is facing on March 11, 2023' (as written; the context makes it 2024).",
            "mentions": [("04", "March 11, 2023", "2023-03-11", {"note": "as written"})],
        },
        {
            "event": HOLMES, "kind": "count", "role": "counts of Holmes's conviction", "verdict": "single-source",
            "why": "Holmes 'convicted on four counts' (a look-alike of the seven counts).",
            "mentions": [("04", "four", 4)],
        },
        {
            "event": HOLMES, "kind": "duration", "role": "duration-of:Holmes's sentence", "verdict": "single-source",
            "why": "Sentenced to more than 11 years (a look-alike of the maximum sentence).",
            "mentions": [("04", "more than 11 years", 11, {"note": "years"})],
        },
        {
            "event": HOLMES, "kind": "date", "role": "date-of:Holmes's conviction and sentence", "verdict": "single-source",
            "why": "'in early 2022'.",
            "mentions": [("04", "early 2022", "2022", {"note": "early in the year"})],
        },
        {
            "event": WEALTH, "kind": "money", "role": "Bankman-Fried's former net worth", "verdict": "single-source",
            "why": "'once ranked the 60th richest person in the world with a net worth of $26bn'.",
            "mentions": [("02", "$26bn", 26 * BN, {"note": "US dollars"})],
        },
        {
            "event": WEALTH, "kind": "count", "role": "Bankman-Fried's former rank among the richest", "verdict": "single-source",
            "why": "'once ranked the 60th richest person in the world'.",
            "mentions": [("02", "60th", 60)],
        },
    ],
}
