# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Nippon Steel's agreement to buy U.S. Steel, 18 December 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which; a conversion stays in its amount's cluster, as in
microsoft-activision-close-2023); premiums in percent; capacities in tonnes (the note says when written 'tons');
durations in months or years; dates as ISO strings (a month as "YYYY-MM", an interval as "start/end", a decade as
"196x"). Monday = 18 December 2023 (the announcement), Friday = 15 December (the last close before it). Left out:
'nearly double' (a ratio), 'the world’s No.4 steelmaker' and 'the global third-largest' (ranks), 'one of Nippon Steel's
most important acquisitions', 'two companies', 'more than a century' (vague: the founding year is kept), 'this decade', 'a dramatic few weeks', 'days later', 'the last trading day' (its date is kept).
"""

E = "e1"
CLIFFS = "e2"
FOUNDING = "e3"
PRICES = "e4"
MON = "2023-12-18"
FRI = "2023-12-15"
B = 1e9
USD = "US dollars"

SPEC = {
    "description": (
        "Nippon Steel's agreement to buy U.S. Steel, announced on Monday 18 December 2023, as six outlets reported it that "
        "day: $55 a share in cash (`agree`); the equity value approximately $14.1 billion, 'over 2 trillion yen ($14 "
        "billion)' (`compatible`); $14.9 billion including debt (`agree`; two texts call it the cash price); a premium of "
        "40% to Friday 15 December's close and of 142% to the close of 11 August (`agree`); the deal's close expected in "
        "the second or third quarter of 2024; Nippon's capacity 86 million tons after the deal, 'toward 100 million tonnes'. "
        "Background: Cleveland-Cliffs's rejected offer, about $7.2 / $7.25 billion (`compatible`), $35 a share, four months "
        "before; U.S. Steel's review from (mid-)August (`agree`); its founding in 1901 (`agree`; 122 years old); steel "
        "prices near $2,000 a ton in the summer of 2021."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-12-18 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; the deal 'announced', the premium over 'Friday' (15 December), and the URL's time stamp 1702906826 (18 December 2023 UTC): 18 December 2023"},
        "03": {"published_how": "inferred: no date on the stored page; 'said on Monday it would buy' (18 December): 18 December 2023"},
        "04": {"published_how": "inferred: no date on the stored page; 'said on Monday it would buy' (18 December): 18 December 2023"},
        "05": {"published_how": "the dateline 'Dec. 18 (UPI)'"},
        "06": {"published_how": "the corpus's date line 2023-12-18 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Nippon Steel's agreement to buy U.S. Steel, 18 December 2023", "main": True},
        {"id": CLIFFS, "label": "Cleveland-Cliffs's rejected offer and U.S. Steel's strategic review, August 2023 (background)", "main": False},
        {"id": FOUNDING, "label": "U.S. Steel's founding in 1901 and its history (background)", "main": False},
        {"id": PRICES, "label": "steel prices in the pandemic (background)", "main": False},
    ],
    "clusters": [
        # --- the price ---
        {
            "event": E, "kind": "money", "role": "money:enterprise value of the deal (including debt)", "verdict": "agree",
            "why": "$14.9 billion including debt, in every text but Bloomberg's (Livemint's and UPI's 'in cash' / 'all-cash' give it as the price; the cash for the shares is the $14.1 billion of the equity value).",
            "mentions": [
                ("01", "$14.9 billion", 14.9 * B, {"ctx": "US Steel for $14.9 billion\nThe", "note": USD + "; the headline"}),
                ("01", "$14.9 billion", 14.9 * B, {"ctx": "$14.9 billion in cash", "note": USD}),
                ("02", "$14.9 billion", 14.9 * B, {"note": USD}),
                ("03", "$14.9 billion", 14.9 * B, {"note": USD}),
                ("04", "$14.9 billion", 14.9 * B, {"ctx": "in $14.9 billion deal", "note": USD + "; the headline"}),
                ("04", "approximately $14.9 billion", 14.9 * B, {"note": USD}),
                ("05", "$14.9B", 14.9 * B, {"note": USD + "; the headline"}),
                ("05", "$14.9 billion", 14.9 * B, {"ctx": "$14.9 billion in an all-cash", "note": USD}),
                ("05", "$14.9 billion", 14.9 * B, {"ctx": "enterprise value of $14.9 billion", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:equity value of the deal (the shares, in cash)", "verdict": "compatible",
            "why": "Approximately $14.1 billion (RBC-Ukraine, UPI, Bloomberg's headline and text); RBC-Ukraine's headline rounds it to '$14 billion' and converts it as 'over 2 trillion yen ($14 billion)'.",
            "mentions": [
                ("02", "$14 billion", 14 * B, {"ctx": "announces $14 billion", "note": USD + "; the headline"}),
                ("02", "over 2 trillion yen", 2e12, {"note": "Japanese yen"}),
                ("02", "$14 billion", 14 * B, {"ctx": "($14 billion)", "note": USD + "; the conversion of 2 trillion yen"}),
                ("02", "approximately $14.1 billion", 14.1 * B, {"note": USD}),
                ("05", "approximately $14.1 billion", 14.1 * B, {"note": USD}),
                ("06", "$14.1 Billion", 14.1 * B, {"note": USD + "; the headline"}),
                ("06", "$14.1 billion", 14.1 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:price per U.S. Steel share", "verdict": "agree",
            "why": "$55 a share, in cash.",
            "mentions": [
                ("01", "$55", 55, {"note": USD}),
                ("02", "$55", 55, {"note": USD}),
                ("03", "$55", 55, {"note": USD}),
                ("04", "$55", 55, {"note": USD}),
                ("05", "$55", 55, {"ctx": "U.S. Steel at $55", "note": USD}),
                ("05", "$55", 55, {"ctx": "The $55", "note": USD}),
                ("06", "$55", 55, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "premium to the last close before the deal", "verdict": "agree",
            "why": "40% to Friday 15 December's close ('about 40%' in the Reuters text).",
            "mentions": [
                ("02", "40", 40, {"note": "percent"}),
                ("03", "about 40", 40, {"note": "percent"}),
                ("05", "40", 40, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "premium to the close before the sale process began", "verdict": "agree",
            "why": "142% to the close of 11 August, before Cleveland-Cliffs's bid and U.S. Steel's review were made public.",
            "mentions": [
                ("01", "142", 142, {"note": "percent"}),
                ("03", "142", 142, {"note": "percent"}),
                ("06", "142", 142, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the close the 142% premium is measured from", "verdict": "agree",
            "why": "Friday 11 August 2023, 'the last trading day before Cleveland-Cliffs unveiled' its bid (Livemint), 'the stock’s closing price before the company announced a strategic review process on Aug. 11' (Reuters).",
            "mentions": [
                ("01", "Aug. 11", "2023-08-11"),
                ("03", "Aug. 11", "2023-08-11"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the close the 40% premium is measured from", "verdict": "agree",
            "why": "Friday 15 December 2023.",
            "mentions": [
                ("02", "Friday", FRI),
                ("03", "Friday", FRI),
                ("05", "Dec. 15", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the deal", "verdict": "agree",
            "why": "Monday 18 December 2023 ('clinched a deal on Monday', 'said on Monday', 'announced on Monday', 'said Monday that').",
            "mentions": [
                ("01", "Monday", MON),
                ("03", "Monday", MON),
                ("04", "Monday", MON, {"ctx": "said on Monday"}),
                ("04", "Monday", MON, {"ctx": "said Monday that"}),
                ("05", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:U.S. Steel's confirmation of the price", "verdict": "single-source",
            "why": "'U.S. Steel ... confirmed the offering price from Nippon early Monday' (another act of that Monday).",
            "mentions": [("04", "Monday", MON, {"ctx": "early Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:UPI's report (dateline)", "verdict": "single-source",
            "why": "The dateline 'Dec. 18 (UPI)'.",
            "mentions": [("05", "Dec. 18", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the expected close of the deal", "verdict": "single-source",
            "why": "'expected to close in the second or third quarter of 2024'.",
            "mentions": [("05", "second or third quarter of 2024", "2024-04/2024-09")],
        },
        {
            "event": E, "kind": "measure", "role": "Nippon Steel's annual crude steel capacity after the deal", "verdict": "single-source",
            "why": "'bring its total annual crude steel capacity to 86 million tons'.",
            "mentions": [("04", "86 million tons", 86e6, {"note": "tonnes; written 'tons' (metric in Nippon's statement)"})],
        },
        {
            "event": E, "kind": "measure", "role": "Nippon Steel's target global crude steel capacity", "verdict": "single-source",
            "why": "'move toward 100 million tonnes of global crude steel capacity' (a goal, not the capacity after the deal).",
            "mentions": [("03", "100 million tonnes", 100e6, {"note": "tonnes"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the outputs combined to rank Nippon third", "verdict": "single-source",
            "why": "'combining their 2022 outputs'.",
            "mentions": [("02", "2022", "2022")],
        },
        # --- background: the rival bid and the review ---
        {
            "event": CLIFFS, "kind": "money", "role": "money:Cleveland-Cliffs's rejected offer", "verdict": "compatible",
            "why": "'about $7.2 billion' (RBC-Ukraine) and '$7.25 billion' (Bloomberg): one offer, rounded.",
            "mentions": [
                ("02", "about $7.2 billion", 7.2 * B, {"note": USD}),
                ("06", "$7.25 billion", 7.25 * B, {"note": USD}),
            ],
        },
        {
            "event": CLIFFS, "kind": "money", "role": "money:Cleveland-Cliffs's offer per share", "verdict": "single-source",
            "why": "'a $35-per-share cash-and-stock bid'.",
            "mentions": [("01", "$35", 35, {"note": USD})],
        },
        {
            "event": CLIFFS, "kind": "duration", "role": "duration-of:the time since Cleveland-Cliffs's offer", "verdict": "single-source",
            "why": "'what was offered just four months ago by rival Cleveland Cliffs'.",
            "mentions": [("04", "four months", 4, {"note": "months"})],
        },
        {
            "event": CLIFFS, "kind": "date", "role": "date-of:the start of U.S. Steel's strategic review", "verdict": "agree",
            "why": "'In August, U.S. Steel explored strategic options' and 'considering potential transactions since mid-August'.",
            "mentions": [
                ("02", "August", "2023-08"),
                ("06", "mid-August", "2023-08", {"note": "mid-August"}),
            ],
        },
        # --- background: history ---
        {
            "event": FOUNDING, "kind": "date", "role": "date-of:U.S. Steel's founding", "verdict": "agree",
            "why": "1901 (by J.P. Morgan and Andrew Carnegie).",
            "mentions": [
                ("02", "1901", "1901"),
                ("04", "1901", "1901"),
                ("06", "1901", "1901"),
            ],
        },
        {
            "event": FOUNDING, "kind": "duration", "role": "duration-of:U.S. Steel's existence", "verdict": "single-source",
            "why": "'the 122-year-old iconic steelmaker' (1901 to 2023).",
            "mentions": [("01", "122-year-old", 122, {"note": "years"})],
        },
        {
            "event": FOUNDING, "kind": "date", "role": "date-of:the end of U.S. Steel's rank as the world's largest", "verdict": "single-source",
            "why": "'the world's largest steel company until the 1960s'.",
            "mentions": [("02", "1960s", "196x")],
        },
        {
            "event": PRICES, "kind": "money", "role": "money:steel price per metric ton at the peak", "verdict": "single-source",
            "why": "'to nearly $2,000 per metric ton by the summer of 2021'.",
            "mentions": [("04", "nearly $2,000", 2000, {"note": USD + " a metric ton"})],
        },
        {
            "event": PRICES, "kind": "date", "role": "date-of:the steel price peak", "verdict": "single-source",
            "why": "'by the summer of 2021'.",
            "mentions": [("04", "the summer of 2021", "2021-06/2021-08")],
        },
    ],
}
