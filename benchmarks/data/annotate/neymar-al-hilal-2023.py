# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Neymar's transfer from Paris Saint-Germain to Al Hilal, 14-15 August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which; conversions are in the same cluster, as in kane-bayern-transfer-2023);
durations in years (note); dates as ISO strings. Monday = 14 August 2023, Tuesday = 15 August 2023.
Left out: "one of the most high-profile transfers", "one of the most recognisable names", "one of the best players" (not
figures), "2023/24" (the season's name), "3-1" (a score), "around half of the ... reported salary" (Ronaldo's salary is not
given), "this window", "this week", "a summer of huge investment".
"""

E = "e1"
RONALDO = "e2"
MOVE2017 = "e3"
OPENER = "e4"
SIGNINGS = "e5"
M = 1_000_000
EUR = "euros"
USD = "US dollars"
GBP = "pounds sterling"
MON = "2023-08-14"
TUE = "2023-08-15"
SPEC = {
    "description": (
        "Neymar's transfer from Paris Saint-Germain to the Saudi club Al Hilal (five outlets, 14-16 August 2023): a reported "
        "fee of 90 million euros (`agree`), converted to $98m / $98.5m (with the euros `compatible`); the clubs' agreement "
        "dated Monday (Al Jazeera) against Tuesday (AP) (`conflict`); the move completed / confirmed on Tuesday (`agree`); a "
        "two-year contract (`agree`); an annual salary of about $100m (`agree`), and L'Equipe's '€160 million (£138m/$175m)' "
        "pay with no period stated (its own cluster); Neymar 31 (`agree`); six seasons at PSG (`agree`); Al Hilal 18-time "
        "champions (`agree`), one of four clubs of the PIF, a $700 billion fund (`agree`). Background: the 2017 move from "
        "Barcelona (€222 million), Ronaldo's signing in December and move in January (two facts), Malcom's and Neves's fees "
        "(60 and 55 million euros). Sibling: Al Hilal's season opener on Monday (a look-alike of Monday's agreement)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-08-14 (removed)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it reports Monday's agreement and the completed move (Tuesday) as news: 15 August 2023 (a guess within a day)"},
        "03": {"published_how": "the URL's 2023/08/15 (the corpus's date line 2023-08-15, removed, agrees)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; it reports Tuesday's completion as news (after AP): 16 August 2023 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2023-08-16 (removed)"},
    },
    "events": [
        {"id": E, "label": "Neymar's transfer from Paris Saint-Germain to Al Hilal, August 2023", "main": True},
        {"id": RONALDO, "label": "Cristiano Ronaldo's move to Al Nassr, December 2022 / January 2023 (background)", "main": False},
        {"id": MOVE2017, "label": "Neymar's 2017 move from Barcelona to PSG (background)", "main": False},
        {"id": OPENER, "label": "Al Hilal's opening league match, a 3-1 win at Abha on Monday 14 August 2023 (sibling)", "main": False},
        {"id": SIGNINGS, "label": "Malcom's and Ruben Neves's transfers to Al Hilal, summer 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the transfer fee", "verdict": "compatible",
            "why": "A reported 90 million euros everywhere; its conversions $98m / $98.5m / USD 98 million.",
            "mentions": [
                ("02", "90 million euros", 90 * M, {"note": EUR}),
                ("02", "$98m", 98 * M, {"note": USD + "; the conversion of 90 million euros"}),
                ("03", "€90 million", 90 * M, {"note": EUR}),
                ("03", "$98.5m", 98.5 * M, {"note": USD + "; the conversion of €90 million"}),
                ("04", "90 million euros", 90 * M, {"note": EUR}),
                ("04", "$98 million", 98 * M, {"note": USD + "; the conversion of 90 million euros"}),
                ("05", "90 million euros", 90 * M, {"note": EUR}),
                ("05", "USD 98 million", 98 * M, {"note": USD + "; the conversion of 90 million euros"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the clubs' agreement on the fee", "verdict": "conflict",
            "why": "'Al Hilal agreed to a reported 90 million euros ($98m) transfer fee with PSG on Monday' (Al Jazeera) against 'The clubs on Tuesday reached an agreement on the transfer' (AP): the same agreement on two days.",
            "mentions": [
                ("02", "Monday", MON),
                ("05", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the move's completion and announcement", "verdict": "agree",
            "why": "'confirmed as Hilal's latest recruit on Tuesday night' / 'on Tuesday by completing a transfer to Al Hilal'.",
            "mentions": [
                ("03", "Tuesday", TUE),
                ("04", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Neymar's Al Hilal contract", "verdict": "agree",
            "why": "A two-year contract.",
            "mentions": [
                ("01", "two", 2, {"note": "years"}),
                ("02", "two", 2, {"ctx": "Neymar has been offered a two-year contract that is expected to pay the 31-year-old Brazil star an annual salary of about $100m [SPL]", "note": "years"}),
                ("02", "two", 2, {"ctx": "Neymar has been offered a two-year contract that is expected to pay the 31-year-old Brazil star an annual salary of about $100m –", "note": "years"}),
                ("03", "two", 2, {"note": "years"}),
                ("04", "two", 2, {"ctx": "agreed to a two-year", "note": "years"}),
                ("05", "two", 2, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Neymar's salary at Al Hilal (a year)", "verdict": "agree",
            "why": "'an annual salary of about $100m' / 'about $100 million each year' / 'an annual salary of about USD 100 million'.",
            "mentions": [
                ("02", "about $100m", 100 * M, {"ctx": "about $100m [SPL]", "note": USD + "; a year"}),
                ("02", "about $100m", 100 * M, {"ctx": "about $100m –", "note": USD + "; a year"}),
                ("04", "about $100 million", 100 * M, {"note": USD + "; a year"}),
                ("05", "about USD 100 million", 100 * M, {"note": USD + "; a year"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Neymar's pay as L'Equipe reported it (no period stated)", "verdict": "single-source",
            "why": "'the staggering €160 million (£138m/$175m) paycheck awaiting Neymar, as reported by L'Equipe': the text gives no period (a year or the contract), so it is kept apart from the annual salary.",
            "mentions": [
                ("01", "€160 million", 160 * M, {"note": EUR}),
                ("01", "£138m", 138 * M, {"note": GBP + "; the conversion of €160 million"}),
                ("01", "$175m", 175 * M, {"note": USD + "; the conversion of €160 million"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Neymar", "verdict": "agree",
            "why": "31.",
            "mentions": [
                ("02", "31", 31, {"ctx": "the 31-year-old Brazil star an annual salary of about $100m [SPL]", "note": "years"}),
                ("02", "31", 31, {"ctx": "the 31-year-old Brazil star an annual salary of about $100m –", "note": "years"}),
                ("03", "31", 31, {"note": "years"}),
                ("04", "31", 31, {"note": "years"}),
                ("05", "31", 31, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time at Paris Saint-Germain", "verdict": "agree",
            "why": "'six years after great fanfare greeted his arrival' / '6 seasons' / 'six seasons' / 'over the last six years'.",
            "mentions": [
                ("02", "six", 6, {"ctx": "club six years after great fanfare greeted his arrival in Paris.\n\nNeymar has been offered a two-year contract that is expected to pay the 31-year-old Brazil star an annual salary of about $100m [SPL]", "note": "years"}),
                ("02", "six", 6, {"ctx": "club six years after great fanfare greeted his arrival in Paris.\n\nAl Hilal", "note": "years"}),
                ("04", "6", 6, {"note": "seasons"}),
                ("05", "six", 6, {"ctx": "after six seasons", "note": "seasons"}),
                ("05", "six", 6, {"ctx": "last six years", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "league titles:Al Hilal", "verdict": "agree",
            "why": "'record 18-time Saudi champions' / 'a record 18-time national champion'.",
            "mentions": [
                ("03", "18", 18),
                ("04", "18", 18),
                ("05", "18", 18),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Saudi clubs taken over by the Public Investment Fund", "verdict": "agree",
            "why": "'one of four Saudi clubs effectively nationalized by the Public Investment Fund'.",
            "mentions": [
                ("04", "four", 4),
                ("05", "four", 4),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the Public Investment Fund's assets", "verdict": "agree",
            "why": "'a $700 billion sovereign wealth fund' / 'claims assets of about USD 700 billion'.",
            "mentions": [
                ("04", "$700 billion", 700_000 * M, {"note": USD}),
                ("05", "about USD 700 billion", 700_000 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Neymar's ankle surgery", "verdict": "single-source",
            "why": "'an ankle ligament surgery he underwent in March' (2023).",
            "mentions": [("01", "March", "2023-03")],
        },
        {
            "event": E, "kind": "duration", "role": "time until Mitrovic's move is announced", "verdict": "single-source",
            "why": "'A move for Fulham striker Aleksandar Mitrovic is expected to be announced within the next 24 hours'.",
            "mentions": [("03", "24 hours", 24, {"note": "hours"})],
        },
        {
            "event": MOVE2017, "kind": "date", "role": "date-of:the move from Barcelona to PSG", "verdict": "single-source",
            "why": "'made headlines in 2017 when he became the world's most expensive player'.",
            "mentions": [("01", "2017", "2017")],
        },
        {
            "event": MOVE2017, "kind": "money", "role": "money:the fee from Barcelona to PSG", "verdict": "single-source",
            "why": "'his €222 million move from Barcelona to PSG'.",
            "mentions": [("01", "€222 million", 222 * M, {"note": EUR})],
        },
        {
            "event": RONALDO, "kind": "date", "role": "date-of:Ronaldo's signing for Al Nassr", "verdict": "single-source",
            "why": "'After Cristiano Ronaldo signed for Al Nassr in December' (2022).",
            "mentions": [("03", "December", "2022-12")],
        },
        {
            "event": RONALDO, "kind": "date", "role": "date-of:Ronaldo's move to Saudi Arabia", "verdict": "single-source",
            "why": "'whose move to Saudi in January sparked a slew of transfers' (January 2023; he signed in December 2022: another fact than 03's December, not a contradiction).",
            "mentions": [("05", "January", "2023-01")],
        },
        {
            "event": RONALDO, "kind": "count", "role": "age:Ronaldo", "verdict": "single-source",
            "why": "'the 38-year-old Cristiano Ronaldo'.",
            "mentions": [("02", "38", 38, {"note": "years"})],
        },
        {
            "event": OPENER, "kind": "date", "role": "date-of:Al Hilal's season opener", "verdict": "single-source",
            "why": "'opened their 2023/24 Saudi Pro League campaign on Monday with a 3-1 win away to Abha' (the same Monday as 02's agreement: a look-alike).",
            "mentions": [("03", "Monday", MON)],
        },
        {
            "event": SIGNINGS, "kind": "count", "role": "earlier record fees paid by a Saudi club", "verdict": "single-source",
            "why": "'Malcom and Neves were the subjects of the previous two most expensive transfer fees paid by a Saudi club'.",
            "mentions": [("04", "two", 2, {"ctx": "previous two most expensive"})],
        },
        {
            "event": SIGNINGS, "kind": "money", "role": "money:Malcom's fee", "verdict": "single-source",
            "why": "'a reported 60 million euros ($65 million)'.",
            "mentions": [
                ("04", "60 million euros", 60 * M, {"note": EUR}),
                ("04", "$65 million", 65 * M, {"note": USD + "; the conversion of 60 million euros"}),
            ],
        },
        {
            "event": SIGNINGS, "kind": "money", "role": "money:Neves's fee", "verdict": "single-source",
            "why": "'55 million euros ($60 million)'.",
            "mentions": [
                ("04", "55 million euros", 55 * M, {"note": EUR}),
                ("04", "$60 million", 60 * M, {"note": USD + "; the conversion of 55 million euros"}),
            ],
        },
    ],
}
