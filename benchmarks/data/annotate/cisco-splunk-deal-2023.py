# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Cisco's agreement to buy Splunk, announced on Thursday 21 September 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings (a quarter or half-year as its first and last day). Wednesday = 20 September
2023, Thursday = 21 September 2023. Left out: "the two companies", "one of the world's", the ordinal years ("in the first
year following the closing", "the fiscal first year", "in the second year"), "last month", "fiscal second-quarter".
"""

E = "e1"
BEFORE = "e2"
WED = "2023-09-20"
THU = "2023-09-21"
Q3 = "2024-07-01/2024-09-30"
SPEC = {
    "description": (
        "Cisco's agreement to buy Splunk for $157 a share in cash, about $28 billion, announced on Thursday 21 September 2023, "
        "as six outlets reported it that day: the deal's value (`agree`) and price a share (`agree`); the premium 31.3% / "
        "31% (`compatible`) over Wednesday's (`agree`) close of $119.59 (`agree`); Splunk's shares up nearly 22% before the "
        "open, 20.9% in the morning, 21.3% at 1:10 p.m., more than 21% (`updated`: quotes of a price moving through the "
        "day); Cisco's down more than 4% / about 5% (`compatible`); the close expected by the end of the third quarter of "
        "calendar 2024 / in the second half of 2024 / by the end of summer 2024 (`compatible`); termination fees of $1.48 "
        "billion (Cisco) and $1 billion (Splunk), Splunk's value of about $20 billion before the bid, trading volume 9 "
        "million against 1.6 million a day (look-alikes). Background: the two companies' shares over the year before "
        "(Cisco up 34% in 12 months; Splunk up 38% over the year, nearly 40% in the year to date, USD 25 ten years ago, USD "
        "225 in September 2020)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the deal announced that morning ('as of this writing', the close 'on Wednesday'): 21 September 2023"},
        "02": {"published_how": "the corpus's date line 2023-09-21 (removed from the text); 'Prior to today (September 21)'"},
        "03": {"published_how": "the corpus's date line 2023-09-21 (removed from the text) and the URL's utm_content=20230921"},
        "04": {"published_how": "the URL's 2023/09 and 'on Thursday' (21 September 2023) as today"},
        "05": {"published_how": "the URL's 2023/09/21"},
        "06": {"published_how": "the corpus's date line 2023-09-21 and the page's time stamp 'September 21, 2023 8:38 am' (both removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Cisco's agreement to buy Splunk, 21 September 2023", "main": True},
        {"id": BEFORE, "label": "Cisco's and Splunk's shares in the years before the deal (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "value of the deal", "verdict": "agree",
            "why": "About $28 billion in cash (equity value): '$28 billion', 'approximately $28 billion'.",
            "mentions": [
                ("01", "approximately $28 billion", 28_000_000_000),
                ("02", "$28 billion", 28_000_000_000),
                ("03", "$28 billion", 28_000_000_000),
                ("04", "$28 billion", 28_000_000_000),
                ("05", "approximately $28 billion", 28_000_000_000),
                ("06", "$28 billion", 28_000_000_000, {"ctx": "Splunk for $28 billion"}),
                ("06", "$28 billion", 28_000_000_000, {"ctx": "in a $28 billion deal"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "price paid per Splunk share", "verdict": "agree",
            "why": "$157 per share in cash.",
            "mentions": [
                ("01", "$157", 157),
                ("02", "$157", 157),
                ("03", "$157", 157),
                ("04", "$157", 157),
                ("05", "$157", 157),
                ("06", "$157", 157),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "premium over Splunk's last close", "verdict": "compatible",
            "why": "A 31.3% premium ($157 over $119.59), rounded to 31% by two outlets.",
            "mentions": [
                ("01", "31.3 percent", 31.3),
                ("02", "31%", 31),
                ("04", "roughly 31.3%", 31.3),
                ("05", "roughly 31%", 31),
            ],
        },
        {
            "event": E, "kind": "money", "role": "Splunk's closing share price before the announcement", "verdict": "agree",
            "why": "Splunk closed at $119.59 on Wednesday 20 September.",
            "mentions": [
                ("01", "$119.59", 119.59),
                ("02", "$119.59", 119.59, {"ctx": "September 20 at $119.59"}),
                ("02", "$119.59", 119.59, {"ctx": "trading at $119.59"}),
                ("03", "USD 119.59", 119.59),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Splunk's last close before the announcement", "verdict": "agree",
            "why": "'at the end of business on Wednesday' / 'ended trading on September 20' / 'Wednesday's closing price'.",
            "mentions": [
                ("01", "Wednesday", WED),
                ("02", "September 20", WED),
                ("05", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement and the day's trading", "verdict": "agree",
            "why": "Thursday 21 September 2023: the deal announced 'on Thursday morning', 'Prior to today (September 21)', Splunk's stock 'soaring higher on Thursday', the shares' moves 'before the market open on Thursday' / 'as of Thursday morning' / 'as of 1:10 p.m. ET Thursday'.",
            "mentions": [
                ("02", "September 21", THU),
                ("04", "Thursday", THU, {"ctx": "higher on Thursday"}),
                ("04", "Thursday", THU, {"ctx": "as of Thursday morning"}),
                ("05", "Thursday", THU, {"ctx": "ET Thursday"}),
                ("05", "Thursday", THU, {"ctx": "on Thursday morning"}),
                ("06", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of Splunk's shares on the day", "verdict": "updated",
            "why": "Quotes of a price moving through Thursday 21 September: nearly 22% before the market open (AP), 20.9% in the morning (InvestorPlace), 21.3% at 1:10 p.m. ET (Motley Fool), more than 21% 'as of this writing' (TechSpot, time not given). The as_of times of 'before the market open' (09:00 ET) and 'morning' (11:00 ET) are stand-ins for the order, not read from the texts.",
            "mentions": [
                ("06", "nearly 22%", 22, {"as_of": "2023-09-21T09:00-04:00"}),
                ("04", "20.9%", 20.9, {"as_of": "2023-09-21T11:00-04:00"}),
                ("05", "21.3%", 21.3, {"as_of": "2023-09-21T13:10-04:00"}),
                ("01", "more than 21 percent", 21, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the Motley Fool's quote of Splunk's shares", "verdict": "single-source",
            "why": "'as of 1:10 p.m. ET Thursday'.",
            "mentions": [("05", "1:10 p.m.", "2023-09-21T13:10-04:00", {"note": "ET"})],
        },
        {
            "event": E, "kind": "percent", "role": "fall of Cisco's shares on the day", "verdict": "compatible",
            "why": "'fell more than 4% before the market open' (AP) / 'trading down about five percent as of this writing' (TechSpot): consistent.",
            "mentions": [
                ("01", "about five percent", 5),
                ("06", "more than 4%", 4),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deal's expected close", "verdict": "compatible",
            "why": "By / near the end of the third quarter of calendar 2024 (four outlets, the companies' release), 'in the second half of 2024' (MENAFN), 'by the end of summer 2024' (a MarketScreener subheading): consistent.",
            "mentions": [
                ("01", "third quarter of calendar year 2024", Q3),
                ("02", "second half of 2024", "2024-07-01/2024-12-31"),
                ("03", "third quarter of calendar 2024", Q3, {"ctx": "which is expected to close by the end of the third quarter of calendar 2024"}),
                ("03", "summer 2024", "2024-06-21/2024-09-22"),
                ("03", "third quarter of calendar 2024", Q3, {"ctx": "It is expected to close by the end of the third quarter of calendar 2024"}),
                ("05", "third quarter of calendar year 2024", Q3),
                ("06", "2024’s third quarter", Q3),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the deal's share of Cisco's market value", "verdict": "single-source",
            "why": "'around 10 percent of Cisco's market cap'.",
            "mentions": [("01", "around 10 percent", 10)],
        },
        {
            "event": E, "kind": "money", "role": "Cisco's annual sales", "verdict": "single-source",
            "why": "'annual sales of more than $55 billion U.S.'.",
            "mentions": [("02", "more than $55 billion", 55_000_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "termination fee Cisco would pay Splunk", "verdict": "single-source",
            "why": "'a termination fee of $1.48 billion U.S.'.",
            "mentions": [("02", "$1.48 billion", 1_480_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "break-up fee Splunk would pay Cisco", "verdict": "single-source",
            "why": "'a $1 billion U.S. break-up fee to Cisco' (a look-alike of Cisco's fee).",
            "mentions": [("02", "$1 billion", 1_000_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "Cisco's share price", "verdict": "single-source",
            "why": "'to $55.50 U.S. per share'.",
            "mentions": [("02", "$55.50", 55.5)],
        },
        {
            "event": E, "kind": "money", "role": "Splunk's market value before the announcement", "verdict": "single-source",
            "why": "'representing a valuation of around $20 billion' (at $119.59 a share; a look-alike of the deal's $28 billion).",
            "mentions": [("03", "around $20 billion", 20_000_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "Splunk shares traded on the day", "verdict": "single-source",
            "why": "'more than 9 million shares ... have changed hands'.",
            "mentions": [("04", "more than 9 million", 9_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "Splunk's average daily trading volume", "verdict": "single-source",
            "why": "'its daily average trading volume is closer to 1.6 million shares'.",
            "mentions": [("04", "1.6 million", 1_600_000)],
        },
        {
            "event": E, "kind": "percent", "role": "discount of Splunk's shares to the offer price", "verdict": "single-source",
            "why": "'trading at a modest 7.7% discount to the agreed purchase price'.",
            "mentions": [("05", "7.7%", 7.7)],
        },
        {
            "event": BEFORE, "kind": "percent", "role": "rise of Cisco's shares in the past 12 months", "verdict": "single-source",
            "why": "'Cisco System's stock has risen 34% in the past 12 months'.",
            "mentions": [("02", "34%", 34)],
        },
        {
            "event": BEFORE, "kind": "duration", "role": "duration-of:the period of Cisco's rise", "verdict": "single-source",
            "why": "'in the past 12 months'.",
            "mentions": [("02", "12 months", 12, {"note": "months"})],
        },
        {
            "event": BEFORE, "kind": "percent", "role": "rise of Splunk's shares over the last year", "verdict": "single-source",
            "why": "'Splunk's stock had gained 38% over the last year' (a year, not the year to date).",
            "mentions": [("02", "38%", 38)],
        },
        {
            "event": BEFORE, "kind": "percent", "role": "rise of Splunk's shares in the year to date", "verdict": "single-source",
            "why": "'already up nearly 40% year to date leading into the announcement' (another period than the 38% over a year).",
            "mentions": [("05", "nearly 40%", 40)],
        },
        {
            "event": BEFORE, "kind": "money", "role": "Splunk's share price ten years before", "verdict": "single-source",
            "why": "'between USD 25 ten years ago and USD 225 in September 2020'.",
            "mentions": [("03", "USD 25", 25)],
        },
        {
            "event": BEFORE, "kind": "duration", "role": "duration-of:the time since Splunk's low", "verdict": "single-source",
            "why": "'USD 25 ten years ago'.",
            "mentions": [("03", "ten years", 10, {"note": "years"})],
        },
        {
            "event": BEFORE, "kind": "money", "role": "Splunk's peak share price", "verdict": "single-source",
            "why": "'USD 225 in September 2020'.",
            "mentions": [("03", "USD 225", 225)],
        },
        {
            "event": BEFORE, "kind": "date", "role": "date-of:Splunk's peak share price", "verdict": "single-source",
            "why": "'in September 2020'.",
            "mentions": [("03", "September 2020", "2020-09")],
        },
    ],
}
