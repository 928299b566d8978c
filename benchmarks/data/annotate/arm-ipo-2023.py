# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Arm Holdings' IPO, priced Wednesday 13 September 2023, trading on Nasdaq from Thursday 14 September (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (note; a conversion in pounds stays in its amount's cluster, as in
`louvre-jewel-heist-2025`); share prices a share; dates as ISO strings; durations in years (note).
Wednesday = 13 September 2023 (the pricing), Thursday = 14 September 2023 (the first day of trading; 06's "yesterday").
Values that moved through the first day of trading (the gain, the market value) are one `updated` cluster each, as a
count that moved over time; the value at the offer price ($54.5bn) is another fact.
Left out: "[ad_1]" (page markup), "one of the worst fundraising downturns", "nearly all of the world's smartphones",
"a majority stake", "yesterday" / "today" / "this week" / "last month" (no figure), "the first Arm processor".
"""

E = "e1"
SB2016 = "e2"
NVIDIA = "e3"
UKLIST = "e4"
SANDOZ = "e5"
B = 1_000_000_000
M = 1_000_000
USD = "US dollars"
GBP = "pounds sterling"
WED = "2023-09-13"
THU = "2023-09-14"
SPEC = {
    "description": (
        "Arm Holdings' IPO on Nasdaq (six outlets, 13-15 September 2023): priced at $51 a share (`agree`) on Wednesday "
        "(`agree`), a $54.5bn valuation at that price; 95.5 million shares sold (`agree`), raising $4.87bn / 'nearly' / "
        "'almost $5bn' (`compatible`); the first day's gain 10% at the open -> 'more than 20%' intraday -> 25% at the close "
        "(`updated`); the market value 'nearly' / 'almost $60 billion' at the open, 'more than $60bn' in the morning, $65 "
        "billion / 'more than $65bn' at the close (`updated`); opened at $56.10 / 'more than $56' (`compatible`), closed at "
        "$63.59 (`agree`); SoftBank keeps about 90% (`agree`); P/E 110 / 'over 110' (`compatible`), Nvidia's 108 (`agree`); "
        "SoftBank considered $52. Background: SoftBank's purchase in 2016 for $32bn, 'seven years ago' (`agree`); the "
        "abandoned $40 billion sale to Nvidia (February last year, `agree`); the decision of March not to list in London. "
        "Look-alike: the FT newsletter's Sandoz valuation 'up to $25bn'."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it reports Wednesday's pricing with trading 'scheduled to start ... on Thursday': 14 September 2023 (UK morning; a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it reports the opening of trading on Thursday as news: 14 September 2023 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it reports Thursday's close as news: 15 September 2023 (a guess within a day)"},
        "04": {"published_how": "the URL's 20230915"},
        "05": {"published_how": "the URL's 2023/09/14"},
        "06": {"published_how": "inferred: the FT's FirstFT newsletter of the morning after the debut ('yesterday'): 15 September 2023"},
    },
    "events": [
        {"id": E, "label": "Arm Holdings' IPO: priced on Wednesday 13 September 2023, first day of trading on Nasdaq Thursday 14 September 2023", "main": True},
        {"id": SB2016, "label": "SoftBank's purchase of Arm in 2016 (background)", "main": False},
        {"id": NVIDIA, "label": "the abandoned sale of Arm to Nvidia, February 2022 (background)", "main": False},
        {"id": UKLIST, "label": "Arm's decision not to list in London, March 2023, and the talks reported in January (background)", "main": False},
        {"id": SANDOZ, "label": "Novartis shareholders' vote on the Sandoz spin-off, 15 September 2023 (another story in the same newsletter)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the IPO's offer price", "verdict": "agree",
            "why": "$51 a share everywhere.",
            "mentions": [
                ("01", "$51", 51, {"note": USD + "; a share"}),
                ("02", "$51", 51, {"note": USD + "; a share"}),
                ("03", "$51", 51, {"note": USD + "; a share"}),
                ("05", "$51", 51, {"note": USD + "; a share"}),
                ("06", "$51", 51, {"note": USD + "; a share"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the IPO's pricing", "verdict": "agree",
            "why": "'On Wednesday, Arm priced shares at the upper end of its expected range' / 'the $51 offer price agreed on Wednesday evening'.",
            "mentions": [
                ("05", "Wednesday", WED),
                ("06", "Wednesday", WED, {"ctx": "agreed on Wednesday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:SoftBank's talks with the underwriters on the price", "verdict": "single-source",
            "why": "'SoftBank discussed with underwriters on Wednesday whether to price Arm shares above the initial range' (the same Wednesday as the pricing: another act).",
            "mentions": [("06", "Wednesday", WED, {"ctx": "underwriters on Wednesday"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the price SoftBank considered", "verdict": "single-source",
            "why": "'whether to price Arm shares above the initial range, at $52'.",
            "mentions": [("06", "$52", 52, {"note": USD + "; a share"})],
        },
        {
            "event": E, "kind": "money", "role": "money:Arm's valuation at the offer price", "verdict": "single-source",
            "why": "'has secured a $54.5bn (£43.6bn) valuation' (the shares priced at $51, before trading).",
            "mentions": [
                ("01", "$54.5bn", 54.5 * B, {"note": USD}),
                ("01", "£43.6bn", 43.6 * B, {"note": GBP + "; the conversion of $54.5bn"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Arm's first day of trading", "verdict": "agree",
            "why": "Thursday / September 14, 2023 ('scheduled to start trading ... on Thursday', 'its Nasdaq debut on Thursday', 'its first day of trading on Thursday', the photo caption's date).",
            "mentions": [
                ("01", "Thursday", THU),
                ("04", "Thursday", THU),
                ("05", "September 14, 2023", THU),
                ("05", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "count", "role": "shares sold in the IPO", "verdict": "agree",
            "why": "95.5 million shares.",
            "mentions": [
                ("01", "95.5 million", 95.5 * M),
                ("02", "95.5 million", 95.5 * M),
                ("05", "around 95.5 million", 95.5 * M),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the IPO's proceeds", "verdict": "compatible",
            "why": "'raising $4.87bn' (twice, BBC) / 'raised nearly $5 billion' / 'raising almost $5bn': one sum, rounded.",
            "mentions": [
                ("01", "$4.87bn", 4.87 * B, {"note": USD}),
                ("02", "$4.87bn", 4.87 * B, {"note": USD}),
                ("03", "nearly $5 billion", 5 * B, {"note": USD}),
                ("06", "almost $5bn", 5 * B, {"low": 4.5 * B, "high": 5 * B, "note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Arm's gain on its first day of trading", "verdict": "updated",
            "why": "At the open: 'jumped 10% in its first day of trading' (CNBC, written at the open) / 'opened at a commendable 10% above their offer price'; intraday 'quickly rose more than 20%'; at the close 'rose 25%' / 'closed up 25 per cent': the gain moved through the day.",
            "mentions": [
                ("03", "25%", 25, {"as_of": THU}),
                ("03", "more than 20%", 20, {"as_of": THU}),
                ("04", "10%", 10, {"as_of": THU}),
                ("05", "10%", 10, {"as_of": THU}),
                ("06", "25%", 25, {"as_of": THU}),
                ("06", "25 per cent", 25, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Arm's market value on its first day of trading", "verdict": "updated",
            "why": "At the open 'a valuation of nearly $60 billion' (twice, 04) / 'almost $60 billion' (05, whose P/E is figured 'At a $60 billion valuation'); in the morning 'more than $60bn (£48.3bn)' (BBC); at the close 'a valuation of $65 billion' / 'more than $65bn': the value moved through the day.",
            "mentions": [
                ("02", "more than $60bn", 60 * B, {"as_of": THU, "note": USD}),
                ("02", "£48.3bn", 48.3 * B, {"as_of": THU, "note": GBP + "; the conversion of $60bn"}),
                ("03", "$65 billion", 65 * B, {"as_of": THU, "note": USD}),
                ("04", "nearly $60 billion", 60 * B, {"ctx": "a valuation of nearly $60 billion", "as_of": THU, "note": USD}),
                ("04", "nearly $60 billion", 60 * B, {"ctx": "The valuation of nearly $60 billion", "as_of": THU, "note": USD}),
                ("05", "almost $60 billion", 60 * B, {"low": 54 * B, "high": 60 * B, "as_of": THU, "note": USD}),
                ("05", "$60 billion", 60 * B, {"ctx": "At a $60 billion valuation", "as_of": THU, "note": USD}),
                ("06", "more than $65bn", 65 * B, {"as_of": THU, "note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Arm's opening share price", "verdict": "compatible",
            "why": "'opened for trading at more than $56 each' / 'first traded at $56.10' / 'opened at $56.10 a share'.",
            "mentions": [
                ("02", "more than $56", 56, {"note": USD + "; a share"}),
                ("03", "$56.10", 56.1, {"note": USD + "; a share"}),
                ("06", "$56.10", 56.1, {"note": USD + "; a share"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Arm's closing share price on its first day", "verdict": "agree",
            "why": "$63.59.",
            "mentions": [
                ("03", "$63.59", 63.59, {"note": USD + "; a share"}),
                ("06", "$63.59", 63.59, {"note": USD + "; a share"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:SoftBank's stake after the IPO", "verdict": "agree",
            "why": "'leaving Softbank holding onto about 90%' / 'controls around 90% of shares outstanding'.",
            "mentions": [
                ("02", "about 90%", 90),
                ("05", "around 90%", 90),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:the world's population using Arm-based products", "verdict": "agree",
            "why": "'Arm estimates that 70% of the world's population uses products that rely on its chips'.",
            "mentions": [
                ("01", "70%", 70),
                ("02", "70%", 70),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Arm's price-to-earnings ratio", "verdict": "compatible",
            "why": "'Arm's price-to-earnings (P/E) ratio sits at 110' / 'At a $60 billion valuation, Arm's price-to-earnings multiple would be over 110'.",
            "mentions": [
                ("03", "110", 110),
                ("05", "over 110", 110),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Nvidia's price-to-earnings ratio", "verdict": "agree",
            "why": "'which is at 108 times earnings' / 'which trades at 108 times earnings'.",
            "mentions": [
                ("03", "108", 108),
                ("05", "108", 108),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Nvidia's growth forecast for the quarter", "verdict": "single-source",
            "why": "'Nvidia's 170% growth forecast for the current quarter'.",
            "mentions": [("05", "170%", 170)],
        },
        {
            "event": E, "kind": "money", "role": "money:the market Arm expects for its chips", "verdict": "single-source",
            "why": "'to reach $250 billion U.S. by 2025'.",
            "mentions": [("03", "$250 billion", 250 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the market forecast's horizon", "verdict": "single-source",
            "why": "'by 2025'.",
            "mentions": [("03", "2025", "2025")],
        },
        {
            "event": E, "kind": "money", "role": "money:the underwriters' fees", "verdict": "single-source",
            "why": "'Arm expects to pay its underwriters as much as $104.6mn in fees'.",
            "mentions": [("06", "$104.6mn", 104.6 * M, {"low": None, "high": 104.6 * M, "note": USD + " ('as much as')"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the pressure on valuations", "verdict": "single-source",
            "why": "'after nearly two years of pressure on valuations'.",
            "mentions": [("06", "two", 2, {"ctx": "nearly two years of pressure", "low": 1.8, "high": 2, "note": "years ('nearly two years')"})],
        },
        {
            "event": E, "kind": "duration", "role": "time since a larger US listing", "verdict": "single-source",
            "why": "'the largest US listing in almost two years'.",
            "mentions": [("06", "two", 2, {"ctx": "almost two years.", "low": 1.8, "high": 2, "note": "years ('almost two years')"})],
        },
        {
            "event": SB2016, "kind": "date", "role": "date-of:SoftBank's purchase of Arm", "verdict": "agree",
            "why": "'bought Arm in 2016' / 'since 2016 when the Japanese conglomerate acquired it' / 'took the company private in 2016'.",
            "mentions": [
                ("02", "2016", "2016"),
                ("04", "2016", "2016"),
                ("05", "2016", "2016"),
            ],
        },
        {
            "event": SB2016, "kind": "duration", "role": "time since SoftBank took Arm private", "verdict": "agree",
            "why": "'SoftBank took Arm private seven years ago' (BBC, twice) / 'after a seven-year hiatus'.",
            "mentions": [
                ("01", "seven", 7, {"note": "years"}),
                ("02", "seven", 7, {"note": "years"}),
                ("04", "seven", 7, {"note": "years"}),
            ],
        },
        {
            "event": SB2016, "kind": "money", "role": "money:SoftBank's price for Arm", "verdict": "agree",
            "why": "$32bn / $32 billion.",
            "mentions": [
                ("01", "$32bn", 32 * B, {"note": USD}),
                ("02", "$32bn", 32 * B, {"note": USD}),
                ("04", "$32 billion", 32 * B, {"note": USD}),
            ],
        },
        {
            "event": NVIDIA, "kind": "date", "role": "date-of:the abandonment of the Nvidia deal", "verdict": "agree",
            "why": "'the plan was abandoned in February last year' (February 2022; BBC, twice).",
            "mentions": [
                ("01", "February", "2022-02"),
                ("02", "February", "2022-02"),
            ],
        },
        {
            "event": NVIDIA, "kind": "money", "role": "money:the price of the Nvidia deal", "verdict": "single-source",
            "why": "'SoftBank's initial plans to sell Arm to Nvidia Corp for $40 billion'.",
            "mentions": [("04", "$40 billion", 40 * B, {"note": USD})],
        },
        {
            "event": UKLIST, "kind": "date", "role": "date-of:Arm's decision not to list in London", "verdict": "agree",
            "why": "'In March, Arm announced that it would not list its shares in the UK' / 'In March ... Arm announced that it would move forward in the US' (2023).",
            "mentions": [
                ("01", "March", "2023-03"),
                ("02", "March", "2023-03"),
            ],
        },
        {
            "event": UKLIST, "kind": "date", "role": "date-of:the reports of Sunak's talks with SoftBank", "verdict": "single-source",
            "why": "'Reports in January said Prime Minister Rishi Sunak had held talks with SoftBank' (2023).",
            "mentions": [("01", "January", "2023-01")],
        },
        {
            "event": SANDOZ, "kind": "money", "role": "money:Sandoz's estimated valuation", "verdict": "single-source",
            "why": "'spin off its generics business Sandoz, with an estimated valuation of up to $25bn' (another company: a look-alike of Arm's valuation).",
            "mentions": [("06", "up to $25bn", 25 * B, {"note": USD})],
        },
    ],
}
