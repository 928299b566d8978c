# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the UAW's tentative agreement with Ford, 25 October 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Percentages as numbers; money in US dollars (an hourly wage: the note says so); durations in
days, months or years (note); dates as ISO strings. Wednesday = 25 October 2023.
"""

E = "e1"
STRIKE = "e2"
OFFER = "e3"
REUTHER = "e4"
DAY = "2023-10-25"
USD_H = "US dollars an hour"
SPEC = {
    "description": (
        "The United Auto Workers' tentative agreement with Ford, announced on Wednesday night 25 October 2023, as six "
        "outlets reported it that night and the day after: a 25% general wage increase over a four-year contract, the "
        "top wage up 'about 33%' / 'more than 30%' / 'over 30%' to $40 an hour (above / more than $40), the starting "
        "wage up 68% to $28 an hour against Ejaz News's '$21 per hour', an immediate 11% on ratification, 20,000 workers "
        "called back, 57,000 members to ratify, 50% more money than before the strike, a three-year path to top wages. "
        "Background whose figures are traps: the stand-up strike against the three automakers from 15 September "
        "(against Ejaz News's 'since October 4th'), 40 days / nearly six weeks long, 46,000 members on strike (about "
        "one-third of the union), 16,600 walkouts at Ford's three plants; Ford's earlier 23% offer; Walter Reuther's "
        "presidency, 1946-1970."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the URL's month (2023-10) and the announcement reported as news: 25 October 2023 (the night of the announcement)"},
        "02": {"published_how": "'date 2023-10-25' on the stored page (removed from the text) and the URL"},
        "03": {"published_how": "the URL's /2023/10/25/ and the dateline 'Oct. 25 (UPI)'"},
        "04": {"published_how": "inferred: no date on the stored page; 'on Wednesday night' reported as news: taken as 26 October 2023 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 'said Oct. 25' reported as news: taken as 26 October 2023 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; reports the tentative agreement as news: taken as 26 October 2023 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the UAW's tentative agreement with Ford, Wednesday 25 October 2023", "main": True},
        {"id": STRIKE, "label": "the UAW's stand-up strike against Ford, GM and Stellantis from 15 September 2023 (background)", "main": False},
        {"id": OFFER, "label": "Ford's earlier offer, rejected by the union (background)", "main": False},
        {"id": REUTHER, "label": "Walter Reuther's presidency of the UAW (background)", "main": False},
    ],
    "clusters": [
        # --- the agreement ---
        {
            "event": E, "kind": "percent", "role": "general wage increase over the contract", "verdict": "agree",
            "why": "A 25% general wage increase over the life of the contract (five outlets).",
            "mentions": [
                ("02", "25%", 25),
                ("03", "25%", 25),
                ("04", "25 percent", 25),
                ("05", "25%", 25),
                ("06", "25%", 25),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of the top wage, with cost-of-living raises", "verdict": "compatible",
            "why": "With cost-of-living raises the top wage rises 'about 33%' (Business Insider), 'more than 30%' (UPI), 'over 30%' (the AP's text, Ejaz News).",
            "mentions": [
                ("01", "about 33%", 33),
                ("02", "over 30%", 30),
                ("03", "more than 30%", 30),
                ("05", "over 30%", 30),
                ("06", "over 30%", 30),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:top wage per hour", "verdict": "compatible",
            "why": "The top wage reaches $40 an hour ('above $40', 'more than $40').",
            "mentions": [
                ("01", "$40", 40, {"note": USD_H}),
                ("02", "above $40", 40, {"low": 40, "high": None, "note": USD_H}),
                ("03", "$40", 40, {"note": USD_H}),
                ("04", "more than $40", 40, {"note": USD_H}),
                ("05", "above $40", 40, {"low": 40, "high": None, "note": USD_H}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of the starting wage", "verdict": "compatible",
            "why": "The starting wage rises 68% ('about 68%' for Business Insider).",
            "mentions": [
                ("01", "about 68%", 68),
                ("03", "68%", 68),
                ("04", "68 percent", 68),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:starting wage per hour", "verdict": "conflict",
            "why": "UPI: the starting wage goes to $28 an hour ('over $28', Collision Repair); Ejaz News: 'Increased starting pay for new hires to $21 per hour'. $21 and $28 cannot both hold.",
            "mentions": [
                ("03", "$28", 28, {"note": USD_H}),
                ("04", "over $28", 28, {"low": 28, "high": None, "note": USD_H}),
                ("06", "$21", 21, {"note": USD_H}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "immediate wage increase on ratification", "verdict": "single-source",
            "why": "An immediate 11% on ratification: a part of the 25%, not the 25%.",
            "mentions": [("03", "11%", 11)],
        },
        {
            "event": E, "kind": "percent", "role": "more money than Ford's offer before the strike", "verdict": "agree",
            "why": "Fain: Ford put 50% more money on the table than before the strike (three outlets).",
            "mentions": [
                ("02", "50%", 50),
                ("04", "50%", 50),
                ("05", "50%", 50),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the contract", "verdict": "agree",
            "why": "A four-year deal (the AP's text, twice).",
            "mentions": [
                ("02", "four-year", 4, {"note": "years"}),
                ("05", "four-year", 4, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the path to top wages", "verdict": "single-source",
            "why": "A three-year path to top wages (inside the four-year contract).",
            "mentions": [("04", "three-year", 3, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:service before temporary workers become permanent", "verdict": "single-source",
            "why": "Temporary workers made permanent after three months of continuous service (Ejaz News only).",
            "mentions": [("06", "three months", 3, {"note": "months"})],
        },
        {
            "event": E, "kind": "count", "role": "Ford workers called back to work", "verdict": "agree",
            "why": "Ford calls 20,000 of its workers back to work.",
            "mentions": [
                ("01", "20,000", 20000),
                ("02", "20,000", 20000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "union members at Ford who must approve the deal", "verdict": "agree",
            "why": "The deal must be approved by the 57,000 union members at Ford.",
            "mentions": [
                ("02", "57,000", 57000),
                ("05", "57,000", 57000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Ford's investment in electric-vehicle training", "verdict": "single-source",
            "why": "Ejaz News: $600 million for electric-vehicle training (in no other outlet).",
            "mentions": [("06", "$600 million", 600e6, {"note": "US dollars"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the tentative agreement", "verdict": "agree",
            "why": "The union announced the tentative agreement on Wednesday night, 25 October 2023 (Fain's video the same night).",
            "mentions": [
                ("02", "Wednesday", DAY),
                ("03", "Oct. 25", DAY),
                ("03", "Wednesday", DAY, {"ctx": "said Wednesday night"}),
                ("04", "Wednesday", DAY, {"ctx": "announcement on Wednesday"}),
                ("04", "Wednesday", DAY, {"ctx": "online Wednesday"}),
                ("05", "Oct. 25", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Biden's statement", "verdict": "single-source",
            "why": "Biden applauded the agreement on Wednesday night (the same day, another fact).",
            "mentions": [("03", "Wednesday", DAY, {"ctx": "agreement Wednesday night"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Fain's video", "verdict": "single-source",
            "why": "A 10-minute video on X.",
            "mentions": [("03", "10-minute", 10, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:hiring after which workers have 401(k) plans", "verdict": "single-source",
            "why": "Those hired after 2007 have 401(k) plans.",
            "mentions": [("05", "2007", "2007")],
        },
        # --- the strike (background) ---
        {
            "event": STRIKE, "kind": "date", "role": "date-of:the strike's start", "verdict": "conflict",
            "why": "The strike began on 15 September 2023 (four outlets); Ejaz News: 'ongoing since October 4th'. The dates cannot both be the start.",
            "mentions": [
                ("01", "September 15", "2023-09-15"),
                ("02", "Sept. 15", "2023-09-15"),
                ("04", "Sept. 15", "2023-09-15"),
                ("05", "Sept. 15", "2023-09-15"),
                ("06", "October 4th", "2023-10-04"),
            ],
        },
        {
            "event": STRIKE, "kind": "duration", "role": "duration-of:the strike until the agreement", "verdict": "compatible",
            "why": "15 September to 25 October: 40 days (UPI), 'nearly six weeks' / 'nearly 6-week-old' / 'coming to six weeks' / '6-week long'.",
            "mentions": [
                ("01", "six weeks", 42, {"low": 35, "high": 42, "note": "days; written 'coming to six weeks'"}),
                ("02", "nearly 6-week-old", 42, {"low": 35, "high": 42, "note": "days; written in weeks"}),
                ("03", "40 days", 40, {"note": "days"}),
                ("04", "nearly six-week", 42, {"low": 35, "high": 42, "note": "days; written in weeks"}),
                ("05", "nearly 6-week-old", 42, {"low": 35, "high": 42, "note": "days; written in weeks"}),
                ("05", "6-week long", 42, {"note": "days; written in weeks"}),
            ],
        },
        {
            "event": STRIKE, "kind": "count", "role": "UAW members on strike", "verdict": "single-source",
            "why": "About 46,000 UAW members went on strike (at the three automakers).",
            "mentions": [("01", "About 46,000", 46000)],
        },
        {
            "event": STRIKE, "kind": "percent", "role": "share of the union on strike", "verdict": "single-source",
            "why": "About one-third of the union went on strike: a look-alike of the top wage's 'about 33%'.",
            "mentions": [("01", "about one-third", 33.3, {"note": "written as a fraction, 1/3"})],
        },
        {
            "event": STRIKE, "kind": "count", "role": "workers on strike at Ford's three plants", "verdict": "single-source",
            "why": "Walkouts of roughly 16,600 workers at Ford's Kentucky Truck, Michigan Assembly and Chicago Assembly plants.",
            "mentions": [("04", "roughly 16,600", 16600, {"low": 15770, "high": 17430})],
        },
        # --- other background ---
        {
            "event": OFFER, "kind": "percent", "role": "pay increase in Ford's earlier best offer", "verdict": "single-source",
            "why": "Ford's earlier best offer of 23%, rejected: a look-alike of the 25%.",
            "mentions": [("05", "23%", 23)],
        },
        {
            "event": REUTHER, "kind": "date", "role": "date-of:Reuther's presidency began", "verdict": "single-source",
            "why": "Reuther led the union from 1946.",
            "mentions": [("05", "1946", "1946")],
        },
        {
            "event": REUTHER, "kind": "date", "role": "date-of:Reuther's death", "verdict": "single-source",
            "why": "Reuther died in 1970.",
            "mentions": [("05", "1970", "1970")],
        },
    ],
}
