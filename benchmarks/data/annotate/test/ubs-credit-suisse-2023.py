# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: UBS's emergency takeover of Credit Suisse, 19 March 2023 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money is the amount in the currency written (the currency in ``note``); a parenthesised
conversion ("3 billion Swiss francs ($3.2 billion)") is a mention of the same cluster.
"""

E = "e1"
B = 1_000_000_000
CHF = "Swiss francs"
USD = "US dollars"
SPEC = {
    "description": (
        "UBS's emergency takeover of Credit Suisse, brokered by the Swiss authorities and announced on Sunday 19 March "
        "2023, reported by seven outlets on 19 and 20 March: a price of CHF 3 billion (given as $3.2 billion, €3.02 "
        "billion, 'more than $3 billion', and earlier that day as 'more than $2 billion' after a first offer of $1 "
        "billion); up to CHF 100 billion of liquidity; a government loss guarantee of CHF 9 billion besides UBS's own "
        "'up to $5.4 billion' of losses; about CHF 16 billion ($17 / $17.3 billion) of AT1 bonds written off; Credit "
        "Suisse worth $8 or $8.4 billion at Friday's close. The deposit flight of the week before and Lloyds TSB's "
        "2008 rescue of HBOS are background events."
    ),
    "documents": {
        "01": {"published_how": "no date on the page; inferred: written on Sunday 19 March before the deal was signed ('expected to be signed later on Sunday evening')"},
        "02": {"published_how": "no date on the page; inferred: 'agreed to buy ... Sunday'"},
        "03": {"published_how": "no date on the page; inferred: 'Speaking this evening ... following the announcement' (Sunday 19 March)"},
        "04": {"published_how": "no date on the page; inferred: the press conference 'late Sunday' (19 March) is reported as past"},
        "05": {"published_how": "date in the page's URL (2023-03-20)"},
        "06": {"published_how": "'3/19/2023' at the end of the stored page"},
        "07": {"published_how": "no date on the page; inferred: the deal's terms are known and 'last week' is the week of 13 March (Monday 20 March)"},
    },
    "events": [
        {"id": "e1", "label": "UBS's takeover of Credit Suisse, announced 19 March 2023", "main": True},
        {"id": "e2", "label": "the flight of deposits from Credit Suisse in the week before (background)", "main": False},
        {"id": "e3", "label": "Lloyds TSB's rescue of HBOS in 2008 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:purchase price", "verdict": "compatible",
            "why": (
                "CHF 3 billion everywhere, converted as $3.2 billion and €3.02 billion; 'more than $3 billion' and the "
                "earlier 'more than $2 billion' both hold for it."
            ),
            "mentions": [
                ("01", "more than $ 2 billion", 2 * B, {"note": USD + "; reported before the deal was signed"}),
                ("02", "3 billion Swiss francs", 3 * B, {"note": CHF}),
                ("02", "$3.2 billion", 3.2 * B, {"note": USD + "; the conversion of CHF 3 billion"}),
                ("03", "3 billion Swiss francs", 3 * B, {"note": CHF}),
                ("03", "€3.02 billion", 3.02 * B, {"note": "euros; the conversion of CHF 3 billion"}),
                ("05", "3 billion Swiss francs", 3 * B, {"note": CHF}),
                ("05", "$3.2 billion", 3.2 * B, {"note": USD + "; the conversion of CHF 3 billion"}),
                ("06", "3 billion francs", 3 * B, {"note": CHF + "; what shareholders 'are set to receive'"}),
                ("06", "more than $3 billion", 3 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:first offer", "verdict": "agree",
            "why": "UBS's first offer, reported by the Financial Times on Sunday, was $1 billion in both.",
            "mentions": [
                ("01", "1 billion", 1 * B, {"note": "currency not written (the FT's $1 billion)"}),
                ("02", "$1 billion", 1 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:market value at Friday's close", "verdict": "compatible",
            "why": "Credit Suisse was worth $8 billion (rounded) or $8.4 billion at Friday's close.",
            "mentions": [
                ("01", "$ 8 billion", 8 * B, {"note": USD}),
                ("02", "$8.4 billion", 8.4 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "price below Friday's value", "verdict": "single-source",
            "why": "The price was 60% below Friday's closing value (M Compass; TTM says 'less than half').",
            "mentions": [("03", "60%", 60)],
        },
        {
            "event": E, "kind": "percent", "role": "share price fall from the 2007 peak", "verdict": "single-source",
            "why": "The price per share is 99% below Credit Suisse's 2007 peak (Fintech.io).",
            "mentions": [("04", "99%", 99)],
        },
        {
            "event": E, "kind": "money", "role": "money:share price at Friday's close", "verdict": "single-source",
            "why": "Credit Suisse shares closed at CHF 1.86 on Friday.",
            "mentions": [("01", "1.86 Swiss francs", 1.86, {"note": CHF})],
        },
        {
            "event": E, "kind": "money", "role": "money:price per share", "verdict": "single-source",
            "why": "UBS pays 50 centimes per Credit Suisse share, in UBS shares.",
            "mentions": [("01", "50 centimes", 0.5, {"note": CHF + " (50 centimes)"})],
        },
        {
            "event": E, "kind": "count", "role": "exchange ratio", "verdict": "single-source",
            "why": "One UBS share for every 22.48 Credit Suisse shares.",
            "mentions": [("03", "22.48", 22.48)],
        },
        {
            "event": E, "kind": "money", "role": "money:liquidity assistance", "verdict": "compatible",
            "why": "Up to CHF 100 billion of liquidity from the Swiss National Bank (€103 billion, 'more than $100 billion').",
            "mentions": [
                ("03", "up to 100 billion Swiss francs", 100 * B, {"low": None, "high": 100 * B, "note": CHF}),
                ("03", "€103 billion", 103 * B, {"note": "euros; the conversion of CHF 100 billion"}),
                ("04", "100b-franc", 100 * B, {"note": CHF}),
                ("06", "more than $100 billion", 100 * B, {"note": USD}),
                ("07", "100bn franc", 100 * B, {"note": CHF}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:government loss guarantee", "verdict": "compatible",
            "why": "The government's guarantee of CHF 9 billion against losses ('more than $9 billion', £7.9bn).",
            "mentions": [
                ("04", "9b-franc", 9 * B, {"note": CHF}),
                ("06", "more than $9 billion", 9 * B, {"note": USD}),
                ("07", "up to 9bn Swiss francs", 9 * B, {"low": None, "high": 9 * B, "note": CHF}),
                ("07", "£7.9bn", 7.9 * B, {"note": "pounds sterling; the conversion of CHF 9 billion"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:losses UBS assumes", "verdict": "single-source",
            "why": "UBS itself assumes up to $5.4 billion of losses: not the government's CHF 9 billion guarantee.",
            "mentions": [("05", "up to $5.4 billion", 5.4 * B, {"low": None, "high": 5.4 * B, "note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:AT1 bonds written off", "verdict": "compatible",
            "why": "About CHF 16 billion of AT1 bonds, converted as $17 billion or $17.3 billion.",
            "mentions": [
                ("04", "about 16b francs", 16 * B, {"note": CHF}),
                ("05", "$17 billion", 17 * B, {"note": USD}),
                ("06", "About 16 billion Swiss francs", 16 * B, {"note": CHF}),
                ("06", "$17.3 billion", 17.3 * B, {"note": USD + "; the conversion of CHF 16 billion"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:size of Europe's AT1 market", "verdict": "single-source",
            "why": "The whole European AT1 market ($275 billion), not the Credit Suisse bonds written off.",
            "mentions": [("06", "$275 billion", 275 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "duration", "role": "age of Credit Suisse", "verdict": "single-source",
            "why": "Credit Suisse is 167 years old (Reuters via Kitco).",
            "mentions": [("05", "167-year-old", 167, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:deal", "verdict": "agree",
            "why": "The deal was agreed and announced on Sunday 19 March 2023.",
            "mentions": [
                ("01", "Sunday", "2023-03-19", {"ctx": "later on Sunday evening"}),
                ("02", "Sunday", "2023-03-19"),
                ("04", "late Sunday", "2023-03-19", {"note": "the press conference announcing it"}),
                ("05", "Sunday", "2023-03-19", {"ctx": "regulators on Sunday"}),
                ("05", "Sunday", "2023-03-19", {"ctx": "announced on Sunday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:last close before the deal", "verdict": "agree",
            "why": "Friday 17 March, the last trading day before the deal.",
            "mentions": [
                ("01", "Friday", "2023-03-17"),
                ("02", "Friday", "2023-03-17", {"ctx": "half of Friday's"}),
                ("03", "Friday", "2023-03-17"),
            ],
        },
        # background (traps)
        {
            "event": "e2", "kind": "money", "role": "money:deposits withdrawn per day", "verdict": "compatible",
            "why": "€10bn a day and its conversion, £8.7bn.",
            "mentions": [
                ("07", "€10bn", 10 * B, {"note": "euros"}),
                ("07", "£8.7bn", 8.7 * B, {"note": "pounds sterling; the conversion of €10bn"}),
            ],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Lloyds TSB rescue of HBOS", "verdict": "single-source",
            "why": "2008.",
            "mentions": [("07", "2008", "2008")],
        },
    ],
}
