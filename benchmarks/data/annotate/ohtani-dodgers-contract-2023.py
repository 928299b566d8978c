# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Shohei Ohtani's ten-year, $700 million contract with the Los Angeles Dodgers and its deferrals,
as reported on 11-14 December 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; durations with their unit in `note`; dates as ISO strings. Monday = 11 December 2023
(The Athletic's report of the deferrals). Left out: "two-way", "two-time MVP", "the 2024 season" / "the 2024 World
Series" (seasons named, not facts of the deal), "into his 40s", "the next decade", "one of" phrases.
"""

E = "e1"
MAHOMES = "e2"
RONALDO = "e3"
TROUT = "e4"
BONILLA = "e5"
GLASNOW = "e6"
SPEC = {
    "description": (
        "Shohei Ohtani's 10-year, $700 million contract with the Los Angeles Dodgers (December 2023) and the deferrals "
        "The Athletic reported on Monday 11 December 2023, as six outlets reported them on 11-14 December 2023: $700 million "
        "(`agree`) over 10 years (`agree`), $70 million a year (`agree`), $68 million of it deferred each year (`agree`) and "
        "$2 million paid each year (`agree`); $680 million deferred in all against The Comeback's '$280 million' (`conflict`); "
        "paid out from 2034 to 2043 (`agree`); a competitive-balance-tax hit of $46 million a year (`agree`); a present value "
        "of $437,830,563 (the players' association) against 'around' / 'in the $460-million range' (`conflict`); 'over 95%' "
        "deferred. Background events whose figures are traps: Patrick Mahomes's 10-year contract ($450 million against "
        "'$503 million', `conflict`), Cristiano Ronaldo's $536 million for 2.5 years, Mike Trout's $426.5 million, Bobby "
        "Bonilla's deferred contract ($29 million in 1991, $1.19 million a year on 1 July from 2011 to 2035), Tyler "
        "Glasnow's 2023 season (21 starts, 10-7, 3.53 ERA)."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2023-12-11, and 'Monday (December 11)' in the text"},
        "02": {"published_how": "inferred: the URL's 2023/12 gives the month; it reports The Athletic's story of Monday 11 December 2023 as news: 11 December 2023 (a guess within a day or two)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it reports Passan's and Ardaya's reports of Monday 11 December 2023 as news: 11 December 2023 (a guess within a day or two)"},
        "04": {"published_how": "the corpus's date line 2023-12-12 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it gives the players' association's valuation of the deal, published a few days after the signing: 14 December 2023 (a guess within days)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; a summary of the deal and its deferrals as news: 12 December 2023 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Shohei Ohtani's 10-year, $700 million contract with the Los Angeles Dodgers, December 2023, and its deferrals", "main": True},
        {"id": MAHOMES, "label": "Patrick Mahomes's contract with the Kansas City Chiefs (2020; background)", "main": False},
        {"id": RONALDO, "label": "Cristiano Ronaldo's contract with Al Nassr (background)", "main": False},
        {"id": TROUT, "label": "Mike Trout's contract with the Angels (background)", "main": False},
        {"id": BONILLA, "label": "Bobby Bonilla's deferred contract with the New York Mets (background)", "main": False},
        {"id": GLASNOW, "label": "Tyler Glasnow's 2023 season with the Rays (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the total value of Ohtani's contract", "verdict": "agree",
            "why": "$700 million in every outlet (written '$700-million' in the Los Angeles Times text).",
            "mentions": [
                ("01", "$700 million", 700_000_000, {"ctx": "record-setting $700 million"}),
                ("01", "$700 million", 700_000_000, {"ctx": "10-year, $700 million"}),
                ("02", "$700 million", 700_000_000),
                ("03", "$700 million", 700_000_000, {"ctx": "10-year $700 million"}),
                ("03", "$700 million", 700_000_000, {"ctx": "Ohtani’s $700 million"}),
                ("04", "$700-million", 700_000_000, {"ctx": "10-year, $700-million"}),
                ("04", "$700-million", 700_000_000, {"ctx": "the $700-million price"}),
                ("05", "$700 million", 700_000_000, {"ctx": "10-year, $700 million"}),
                ("05", "$700 million", 700_000_000, {"ctx": "deal for $700 million"}),
                ("06", "$700 million", 700_000_000, {"ctx": "10-year, $700 million"}),
                ("06", "$700 million", 700_000_000, {"ctx": "than the $700 million"}),
                ("06", "$700 million", 700_000_000, {"ctx": "full $700 million"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Ohtani's contract", "verdict": "agree",
            "why": "Ten years ('10-year', 'the next 10 seasons', 'ten years').",
            "mentions": [
                ("01", "10-year", 10, {"note": "years"}),
                ("01", "the next 10 seasons", 10, {"note": "seasons (years)"}),
                ("03", "10-year", 10, {"note": "years"}),
                ("03", "the ten years", 10, {"note": "years"}),
                ("03", "the next ten seasons", 10, {"note": "seasons (years)"}),
                ("04", "10-year", 10, {"ctx": "new 10-year", "note": "years"}),
                ("04", "10-year", 10, {"ctx": "the 10-year pact", "note": "years"}),
                ("05", "10-year", 10, {"ctx": "signing a 10-year", "note": "years"}),
                ("06", "10-year", 10, {"ctx": "Ohtani's 10-year", "note": "years"}),
                ("06", "the next 10 seasons", 10, {"note": "seasons (years)"}),
                ("06", "10 years", 10, {"note": "years"}),
                ("06", "10-year", 10, {"ctx": "the 10-year contract", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last season of Ohtani's contract", "verdict": "single-source",
            "why": "'keep him in Dodger blue through the 2033 season'.",
            "mentions": [("02", "2033", "2033")],
        },
        {
            "event": E, "kind": "money", "role": "money:Ohtani's annual salary under the contract", "verdict": "agree",
            "why": "$70 million a year ('averages $70 million per year').",
            "mentions": [
                ("01", "$70 million", 70_000_000, {"ctx": "the $70 million"}),
                ("01", "$70 million", 70_000_000, {"ctx": "his $70 million"}),
                ("06", "$70 million", 70_000_000, {"ctx": "his $70 million"}),
                ("06", "$70 million", 70_000_000, {"ctx": "averages $70 million"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the salary Ohtani defers each year", "verdict": "agree",
            "why": "$68 million of the $70 million deferred each year.",
            "mentions": [
                ("01", "$68 million", 68_000_000, {"ctx": "deferring $68 million"}),
                ("01", "$68 million", 68_000_000, {"ctx": "defer $68 million"}),
                ("02", "$68M", 68_000_000),
                ("05", "$68 million", 68_000_000),
                ("06", "$68 million", 68_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the deferred payment Ohtani receives each year from 2034", "verdict": "single-source",
            "why": "'Ohtani will receive $68 million payments annually from 2034 to 2043' (the later payout, equal in amount to the yearly deferral but another fact).",
            "mentions": [("04", "$68 million", 68_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the salary Ohtani is paid each year of the contract", "verdict": "agree",
            "why": "$2 million a year for ten years; trendingtimesnow's 'paid only $2 million over the next 10 seasons' is loose wording for the same figure.",
            "mentions": [
                ("01", "$2 million", 2_000_000),
                ("02", "$2 million", 2_000_000),
                ("03", "$2 million", 2_000_000),
                ("04", "$2 million", 2_000_000),
                ("06", "$2 million", 2_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the total deferred", "verdict": "conflict",
            "why": "$680 million deferred (ESPN's Passan via iHeart, easysportz, trendingtimesnow); The Comeback, also citing Passan: 'The remaining $280 million of the deal is being deferred' ($700 million less $20 million paid is $680 million). $680 and $280 million cannot both hold.",
            "mentions": [
                ("01", "$680 million", 680_000_000),
                ("02", "$680 million", 680_000_000),
                ("03", "$280 million", 280_000_000),
                ("06", "$680 million", 680_000_000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of the contract deferred", "verdict": "single-source",
            "why": "'deferring over 95% of the contract’s value' ($680 of $700 million is 97%).",
            "mentions": [("02", "over 95%", 95)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first deferred payment", "verdict": "agree",
            "why": "Deferred money paid 'from 2034 to 2043'.",
            "mentions": [
                ("03", "2034", "2034"),
                ("04", "2034", "2034"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last deferred payment", "verdict": "agree",
            "why": "Deferred money paid 'from 2034 to 2043'.",
            "mentions": [
                ("03", "2043", "2043"),
                ("04", "2043", "2043"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deferred payout", "verdict": "single-source",
            "why": "'paid out over the course of 10 years once the contract is up'.",
            "mentions": [("02", "10 years", 10, {"note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the contract's yearly competitive-balance-tax hit", "verdict": "agree",
            "why": "$46 million a year ('about $46 million annually' in Sportskeeda).",
            "mentions": [
                ("02", "$46 million", 46_000_000),
                ("05", "about $46 million", 46_000_000),
                ("06", "$46 million", 46_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the present value of Ohtani's contract", "verdict": "conflict",
            "why": "Sportskeeda: 'valued at $437,830,563, according to the Major League Baseball Players Association'; the Los Angeles Times (headtopics): 'more in the $460-million range, when calculating by present day value'; trendingtimesnow: 'real value for luxury tax purposes is estimated at around $460 million over 10 years' (MLB's figure for the tax). Two calculations of one present value, about $22 million apart: they cannot both be it.",
            "mentions": [
                ("04", "$460-million range", 460_000_000, {"low": 450_000_000, "high": 470_000_000, "note": "'more in the $460-million range'"}),
                ("05", "$437,830,563", 437_830_563, {"note": "the players' association's valuation"}),
                ("06", "around $460 million", 460_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the Dodgers' yearly saving from the deferrals", "verdict": "single-source",
            "why": "'the team is saving nearly $24 million' ($70 less $46 million).",
            "mentions": [("05", "nearly $24 million", 24_000_000)],
        },
        {
            "event": E, "kind": "percent", "role": "projected inflation rate used in the valuation", "verdict": "single-source",
            "why": "'accounts for a three percent projected inflation rate'.",
            "mentions": [("05", "three percent", 3)],
        },
        {
            "event": E, "kind": "money", "role": "money:the competitive-balance-tax threshold for 2024", "verdict": "single-source",
            "why": "'For the 2024 season, the threshold is set at $237 million'.",
            "mentions": [("05", "$237 million", 237_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:Ohtani's yearly off-field earnings", "verdict": "single-source",
            "why": "'up to “$50 million per year in off-field revenue'.",
            "mentions": [("02", "$50 million", 50_000_000, {"low": None, "high": 50_000_000, "note": "'up to'"})],
        },
        {
            "event": E, "kind": "money", "role": "money:Ohtani's pay per week", "verdict": "single-source",
            "why": "'$1.35 million per week' ($70 million over 52 weeks).",
            "mentions": [("06", "$1.35 million", 1_350_000)],
        },
        {
            "event": E, "kind": "count", "role": "age:Ohtani", "verdict": "single-source",
            "why": "'the 29-year-old Ohtani'.",
            "mentions": [("02", "29-year-old", 29)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:The Athletic's report of the deferrals", "verdict": "agree",
            "why": "Monday 11 December 2023.",
            "mentions": [
                ("01", "Monday", "2023-12-11"),
                ("01", "December 11", "2023-12-11"),
                ("04", "Monday", "2023-12-11"),
            ],
        },
        {
            "event": MAHOMES, "kind": "money", "role": "money:Mahomes's contract", "verdict": "conflict",
            "why": "Sportskeeda: 'the 10-year, $450 million deal' (the 2020 extension); trendingtimesnow: 'Patrick Mahomes' $503 million deal' (the extension with the two years already under contract). Two values for one contract as written.",
            "mentions": [
                ("05", "$450 million", 450_000_000),
                ("06", "$503 million", 503_000_000),
            ],
        },
        {
            "event": MAHOMES, "kind": "duration", "role": "duration-of:Mahomes's contract", "verdict": "single-source",
            "why": "'the 10-year, $450 million deal'.",
            "mentions": [("05", "10-year", 10, {"ctx": "the 10-year", "note": "years"})],
        },
        {
            "event": RONALDO, "kind": "money", "role": "money:Ronaldo's contract", "verdict": "single-source",
            "why": "'Cristiano Ronaldo's $536 million deal for 2.5 years'.",
            "mentions": [("05", "$536 million", 536_000_000)],
        },
        {
            "event": RONALDO, "kind": "duration", "role": "duration-of:Ronaldo's contract", "verdict": "single-source",
            "why": "'for 2.5 years'.",
            "mentions": [("05", "2.5 years", 2.5, {"note": "years"})],
        },
        {
            "event": TROUT, "kind": "money", "role": "money:Trout's contract", "verdict": "single-source",
            "why": "'Mike Trout's $426.5 million contract'.",
            "mentions": [("06", "$426.5 million", 426_500_000)],
        },
        {
            "event": BONILLA, "kind": "money", "role": "money:Bonilla's contract", "verdict": "single-source",
            "why": "'a deal worth $29 million in 1991'.",
            "mentions": [("03", "$29 million", 29_000_000)],
        },
        {
            "event": BONILLA, "kind": "date", "role": "date-of:Bonilla's contract", "verdict": "single-source",
            "why": "'in 1991'.",
            "mentions": [("03", "1991", "1991")],
        },
        {
            "event": BONILLA, "kind": "money", "role": "money:Bonilla's yearly deferred payment", "verdict": "single-source",
            "why": "'pays him $1.19 million annually on July 1st'.",
            "mentions": [("03", "$1.19 million", 1_190_000)],
        },
        {
            "event": BONILLA, "kind": "date", "role": "date-of:Bonilla's yearly payment", "verdict": "single-source",
            "why": "'annually on July 1st'.",
            "mentions": [("03", "July 1st", "July 1st", {"note": "every year, as written"})],
        },
        {
            "event": BONILLA, "kind": "date", "role": "date-of:Bonilla's first deferred payment", "verdict": "single-source",
            "why": "'since 2011'.",
            "mentions": [("03", "2011", "2011")],
        },
        {
            "event": BONILLA, "kind": "date", "role": "date-of:Bonilla's last deferred payment", "verdict": "single-source",
            "why": "'are set to until 2035'.",
            "mentions": [("03", "2035", "2035")],
        },
        {
            "event": GLASNOW, "kind": "count", "role": "Glasnow's games started in 2023", "verdict": "single-source",
            "why": "'he started 21 games'.",
            "mentions": [("05", "21", 21)],
        },
        {
            "event": GLASNOW, "kind": "count", "role": "Glasnow's wins in 2023", "verdict": "single-source",
            "why": "'a 10-7 record'.",
            "mentions": [("05", "10", 10, {"ctx": "a 10-7"})],
        },
        {
            "event": GLASNOW, "kind": "count", "role": "Glasnow's losses in 2023", "verdict": "single-source",
            "why": "'a 10-7 record'.",
            "mentions": [("05", "7", 7, {"ctx": "10-7 record"})],
        },
        {
            "event": GLASNOW, "kind": "measure", "role": "Glasnow's earned run average in 2023", "verdict": "single-source",
            "why": "'a 3.53 ERA'.",
            "mentions": [("05", "3.53", 3.53)],
        },
    ],
}
