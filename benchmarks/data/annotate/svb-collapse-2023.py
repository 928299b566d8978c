# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the collapse of Silicon Valley Bank, Friday 10 March 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars (note); dates as ISO strings; durations with their unit in note. Wednesday = 8 March, Thursday = 9 March
(the share plunge), Friday = 10 March (the closure), Monday = 13 March 2023. Ordinals of rank ("the 16th largest", "the
second-largest bank failure") are annotated as in `chandrayaan-3-landing-2023`.
Left out: "two persons who are familiar with the matter" (sources), "Last week" / "this week" / "next week" (no figure),
"the modal 'may'", "several times", "Most of the securities".
"""

E = "e1"
PLUNGE = "e2"
WAMU = "e3"
ALMENA = "e4"
B = 1_000_000_000
M = 1_000_000
USD = "US dollars"
WED = "2023-03-08"
THU = "2023-03-09"
FRI = "2023-03-10"
MON = "2023-03-13"
SPEC = {
    "description": (
        "The collapse of Silicon Valley Bank (six outlets, 9-12 March 2023): closed on Friday 10 March (`agree`); $42 billion "
        "withdrawn on March 9 alone (`agree`), a quarter of its deposits; $209bn in assets; the 16th largest US bank "
        "(`agree`), the second-largest bank failure (`agree`); insured deposits available by Monday morning, March 13 "
        "(`agree`); uninsured deposits 89% (of $175 billion) / 90 percent (`compatible`). Sibling: SVB Financial's share "
        "plunge of Thursday 9 March: 'more than 50%' and a market value 'below $8 billion' during the session -> 60% / "
        "60.41% and 'below US$7 billion' at the close (`updated`); the capital sought 'more than $2 billion' / $2.25 billion "
        "(`compatible`), General Atlantic's $500 million and the $1.8 billion after-tax loss (`agree`); the letter of "
        "Wednesday (`agree`). Background: Washington Mutual's failure in 2008 (`agree`) and the 2007-09 crisis "
        "(`compatible`); Almena State Bank's failure in October 2020."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it reports Friday's closure as news: 11 March 2023 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; it reports the closure of March 10 and 'last week' (the week before): 13 March 2023 (a guess within a few days)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it reports Friday's collapse as news: 11 March 2023 (a guess within a day)"},
        "04": {"published_how": "the URL's 2023/03/12"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it reports Thursday's close and after-hours trading as news: 10 March 2023 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; a copy of CNBC's story written during Thursday's session ('more than 50%'): 9 March 2023 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the closure of Silicon Valley Bank by California regulators and the FDIC, Friday 10 March 2023", "main": True},
        {"id": PLUNGE, "label": "SVB Financial's capital-raise plan (Wednesday 8 March) and share plunge (Thursday 9 March 2023) (sibling)", "main": False},
        {"id": WAMU, "label": "the failure of Washington Mutual in 2008 and the 2007-09 financial crisis (background)", "main": False},
        {"id": ALMENA, "label": "the failure of Almena State Bank, October 2020 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "date-of:SVB's closure", "verdict": "agree",
            "why": "Friday / March 10 (2023) everywhere.",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "March 10", FRI),
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:deposits withdrawn in the run", "verdict": "agree",
            "why": "'customers withdrew $42bn ... in just one day' / 'sought to withdraw a combined $42 billion from the bank on March 9 alone' (three times in 02).",
            "mentions": [
                ("01", "$42bn", 42 * B, {"note": USD}),
                ("02", "$42 billion", 42 * B, {"ctx": "withdraw $42 billion last week", "note": USD}),
                ("02", "$42 billion", 42 * B, {"ctx": "seek to withdraw $42 billion.", "note": USD}),
                ("02", "$42 billion", 42 * B, {"ctx": "a combined $42 billion", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:deposits withdrawn in the run", "verdict": "single-source",
            "why": "'$42bn, equivalent to a quarter of its total deposits'.",
            "mentions": [("01", "a quarter", 25)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the run on deposits", "verdict": "single-source",
            "why": "'in just one day'.",
            "mentions": [("01", "one day", 1, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the run on deposits", "verdict": "single-source",
            "why": "'on March 9 alone'.",
            "mentions": [("02", "March 9", THU)],
        },
        {
            "event": E, "kind": "money", "role": "money:SVB's assets", "verdict": "single-source",
            "why": "'With $209bn in assets'.",
            "mentions": [("01", "$209bn", 209 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "count", "role": "rank of the failure among US bank failures", "verdict": "agree",
            "why": "'the second-largest bank failure in US history' / 'the second biggest bank failure in US history'.",
            "mentions": [
                ("01", "second", 2, {"ctx": "second-largest bank failure"}),
                ("03", "second", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rank of SVB among US banks", "verdict": "agree",
            "why": "'the US 16th largest bank' / 'the 16th largest U.S. bank'.",
            "mentions": [
                ("03", "16th", 16),
                ("04", "16th", 16),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:SVB's market value 18 months before", "verdict": "single-source",
            "why": "'a lender valued at over $44bn just 18 months ago'.",
            "mentions": [("01", "over $44bn", 44 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "duration", "role": "time since SVB was valued at $44bn", "verdict": "single-source",
            "why": "'just 18 months ago'.",
            "mentions": [("01", "18 months", 18, {"note": "months"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the FDIC's deposit insurance limit", "verdict": "single-source",
            "why": "'guarantees bank deposits up to $250,000' / 'only insured deposits up to $250,000' (one outlet, twice).",
            "mentions": [
                ("01", "$250,000", 250_000, {"ctx": "guarantees bank deposits up to $250,000", "note": USD}),
                ("01", "$250,000", 250_000, {"ctx": "only insured deposits up to $250,000", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:insured depositors' access to their funds", "verdict": "agree",
            "why": "'by Monday' / 'no later than Monday morning, March 13, 2023' / 'by Monday morning' (twice).",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "access to their funds by Monday"}),
                ("02", "Monday", MON),
                ("02", "March 13, 2023", MON),
                ("03", "Monday", MON),
                ("04", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the reopening of SVB's branches", "verdict": "single-source",
            "why": "'SVB's 17 branches, which will reopen on Monday' (the same Monday as the depositors' access: another act).",
            "mentions": [("01", "Monday", MON, {"ctx": "which will reopen on Monday"})],
        },
        {
            "event": E, "kind": "count", "role": "SVB's branches", "verdict": "single-source",
            "why": "'SVB's 17 branches'.",
            "mentions": [("01", "17", 17)],
        },
        {
            "event": E, "kind": "money", "role": "money:SVB's negative cash balance", "verdict": "single-source",
            "why": "'insolvent with a negative cash balance of approximately $958mn'.",
            "mentions": [("01", "approximately $958mn", 958 * M, {"note": USD})],
        },
        {
            "event": E, "kind": "duration", "role": "time until the advance dividend to uninsured depositors", "verdict": "single-source",
            "why": "'Uninsured depositors will receive an “advance dividend” within a week'.",
            "mentions": [("01", "a week", 7, {"low": None, "high": 7, "note": "days ('within a week')"})],
        },
        {
            "event": E, "kind": "percent", "role": "share:SVB's deposits that were uninsured", "verdict": "compatible",
            "why": "'89% of the bank's 175 billion USD in deposits were uninsured as the end of 2022, according to the FDIC' / '90 percent of all deposits exceed the FDIC limits': one share, rounded.",
            "mentions": [
                ("03", "89%", 89),
                ("04", "90 percent", 90),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:SVB's deposits at the end of 2022", "verdict": "single-source",
            "why": "'the bank's 175 billion USD in deposits ... as the end of 2022'.",
            "mentions": [("03", "175 billion USD", 175 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the year-end balance sheet figures", "verdict": "compatible",
            "why": "'as the end of 2022' (the deposit figures) / 'at the end of December' (the securities figures): the same year end.",
            "mentions": [
                ("03", "2022", "2022"),
                ("06", "December", "2022-12"),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:SVB's available-for-sale securities at the end of 2022", "verdict": "single-source",
            "why": "'$28.8 billion in available-for-sale securities on its balance sheet at the end of December'.",
            "mentions": [("06", "$28.8 billion", 28.8 * B, {"note": USD})],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:SVB's held-to-maturity securities at the end of 2022", "verdict": "single-source",
            "why": "'$95.3 billion in held-to-maturity securities'.",
            "mentions": [("06", "$95.3 billion", 95.3 * B, {"note": USD})],
        },
        {
            "event": PLUNGE, "kind": "percent", "role": "share:the fall of SVB Financial's shares on Thursday", "verdict": "updated",
            "why": "CNBC's story during the session: 'fell more than 50% on Thursday' (06); the close: 'dropped by as much as 60%' / 'or 60.41%' / 'after the stock dropped by 60%' (05, the day after): the fall deepened through the session.",
            "mentions": [
                ("05", "as much as 60%", 60, {"low": None, "high": 60, "as_of": THU}),
                ("05", "60.41%", 60.41, {"as_of": THU}),
                ("05", "60%", 60, {"ctx": "after the stock dropped by 60%", "as_of": THU}),
                ("06", "more than 50%", 50, {"as_of": THU}),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:SVB Financial's market value after the fall", "verdict": "updated",
            "why": "'the drop brought SVB's market cap below $8 billion' (during the session, 06) -> 'sending the company's market capitalization below US$7 billion' (after the close, 05).",
            "mentions": [
                ("05", "below US$7 billion", 7 * B, {"low": None, "high": 7 * B, "as_of": THU, "note": USD}),
                ("06", "below $8 billion", 8 * B, {"low": None, "high": 8 * B, "as_of": THU, "note": USD}),
            ],
        },
        {
            "event": PLUNGE, "kind": "date", "role": "date-of:the share plunge", "verdict": "agree",
            "why": "Thursday (9 March).",
            "mentions": [
                ("05", "Thursday", THU),
                ("06", "Thursday", THU),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:the fall of SVB Financial's share price", "verdict": "single-source",
            "why": "'falling by US$161.79, or 60.41%, to US$106.04'.",
            "mentions": [("05", "US$161.79", 161.79, {"note": USD + "; a share"})],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:SVB Financial's closing share price on Thursday", "verdict": "single-source",
            "why": "'to US$106.04'.",
            "mentions": [("05", "US$106.04", 106.04, {"note": USD + "; a share"})],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:market value lost on Thursday", "verdict": "single-source",
            "why": "'SVB Financial Group shares lost over $80 billion in value overnight' (as written; the same text puts the remaining market value below US$7 billion: no other outlet gives the loss).",
            "mentions": [("05", "over $80 billion", 80 * B, {"note": USD})],
        },
        {
            "event": PLUNGE, "kind": "date", "role": "date-of:SVB Financial's IPO", "verdict": "single-source",
            "why": "'the biggest loss since the bank's 1988 IPO'.",
            "mentions": [("05", "1988", "1988")],
        },
        {
            "event": PLUNGE, "kind": "percent", "role": "share:the further fall in extended trading", "verdict": "single-source",
            "why": "'During extended trading hours, the stock price fell another 22.20%'.",
            "mentions": [("05", "22.20%", 22.2)],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:SVB Financial's share price in extended trading", "verdict": "single-source",
            "why": "'to US$82.50'.",
            "mentions": [("05", "US$82.50", 82.5, {"note": USD + "; a share"})],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:the capital SVB sought to raise", "verdict": "compatible",
            "why": "'plans to raise more than $2 billion in capital' (twice) / 'to raise US$2.25 billion in total' / 'looking to raise $2.25 billion': one plan.",
            "mentions": [
                ("05", "more than $2 billion", 2 * B, {"note": USD}),
                ("05", "US$2.25 billion", 2.25 * B, {"note": USD}),
                ("06", "more than $2 billion", 2 * B, {"note": USD}),
                ("06", "$2.25 billion", 2.25 * B, {"note": USD}),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:the share offering begun on Wednesday", "verdict": "single-source",
            "why": "'The lender began a share sale on Wednesday with a total offering of US$1.75 billion' (the common-stock part of the plan).",
            "mentions": [("05", "US$1.75 billion", 1.75 * B, {"note": USD})],
        },
        {
            "event": PLUNGE, "kind": "date", "role": "date-of:the start of the share sale", "verdict": "single-source",
            "why": "'began a share sale on Wednesday'.",
            "mentions": [("05", "Wednesday", WED, {"ctx": "began a share sale on Wednesday"})],
        },
        {
            "event": PLUNGE, "kind": "date", "role": "date-of:CEO Greg Becker's letter", "verdict": "agree",
            "why": "'In a statement published on Wednesday by CEO Greg Becker' / 'in a letter from CEO Greg Becker on Wednesday' / 'said Wednesday in a letter'.",
            "mentions": [
                ("05", "Wednesday", WED, {"ctx": "published on Wednesday by CEO"}),
                ("06", "Wednesday", WED, {"ctx": "Greg Becker on Wednesday"}),
                ("06", "Wednesday", WED, {"ctx": "said Wednesday in a letter"}),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:General Atlantic's commitment", "verdict": "agree",
            "why": "$500 million.",
            "mentions": [
                ("05", "$500 million", 500 * M, {"note": USD}),
                ("06", "$500 million", 500 * M, {"note": USD}),
            ],
        },
        {
            "event": PLUNGE, "kind": "money", "role": "money:the after-tax loss on the securities sale", "verdict": "agree",
            "why": "$1.8 billion everywhere (twice in 06).",
            "mentions": [
                ("02", "$1.8 billion", 1.8 * B, {"note": USD}),
                ("05", "US$1.8 billion", 1.8 * B, {"note": USD}),
                ("06", "$1.8 billion", 1.8 * B, {"ctx": "an after-tax loss of $1.8 billion", "note": USD}),
                ("06", "$1.8 billion", 1.8 * B, {"ctx": "loss of profit of $1.8 billion", "note": USD}),
            ],
        },
        {
            "event": WAMU, "kind": "date", "role": "date-of:Washington Mutual's failure", "verdict": "agree",
            "why": "'the 2008 collapse of Washington Mutual' / 'the failure of Washington Mutual in 2008'.",
            "mentions": [
                ("01", "2008", "2008"),
                ("03", "2008", "2008"),
            ],
        },
        {
            "event": WAMU, "kind": "date", "role": "date-of:the financial crisis", "verdict": "compatible",
            "why": "'the largest since the 2007-09 financial crisis' / 'the biggest collapse since 2008 financial crisis'.",
            "mentions": [
                ("02", "2007-09", "2007", {"note": "2007 to 2009"}),
                ("04", "2008", "2008"),
            ],
        },
        {
            "event": ALMENA, "kind": "date", "role": "date-of:Almena State Bank's failure", "verdict": "single-source",
            "why": "'the first bank to fail since Almena State Bank in October 2020'.",
            "mentions": [("02", "October 2020", "2020-10")],
        },
    ],
}
