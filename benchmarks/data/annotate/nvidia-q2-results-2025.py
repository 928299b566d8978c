# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Nvidia's results for the quarter to 27 July 2025, reported 27 August 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars (per-share figures as written); percentages as numbers; dates as ISO
strings. Wednesday = 27 August 2025.
"""

E = "e1"
YEAR_AGO = "e2"
MAY = "e3"
H20_BAN = "e4"
KRESS_JULY = "e5"
WED = "2025-08-27"
B = 1_000_000_000
M = 1_000_000
T = 1_000_000_000_000
USD = "US dollars"
SPEC = {
    "description": (
        "Nvidia's results for its fiscal second quarter (28 April - 27 July 2025), reported after the close on Wednesday "
        "27 August 2025, as eight outlets reported them that evening and the next day: revenue $46.74 billion ('$46.7 "
        "billion'), up 56% on the year and 6% on the quarter; data-center revenue $41.1 billion, also up 56%, 88% / "
        "'nearly 90%' of the total; net income $26.42 billion, up 59%; adjusted EPS $1.05 against $1.01 expected (GAAP "
        "$1.08); third-quarter guidance $54 billion plus or minus 2% ($52.92-55.08 billion); a further $60 billion of "
        "buybacks after $9.7 billion in the quarter; a $180 million release of H20 inventory from about $650 million of "
        "sales outside China; Blackwell up 17%, $27 billion, about 70% of data-center sales; gaming $4.3 billion (+49%); "
        "robotics/automotive $586 million (+69%); shares down 3% / 3.4% / more than 3% after hours. Analysts' estimates "
        "differ by provider (revenue $46.02, $46.06, $46.2 / $46.23, $46 billion; third quarter $53.1 against $53.46 "
        "billion), each its own figure. Background whose figures are traps: the year-earlier quarter ($16.6 billion net "
        "income; 122% revenue and 168% profit growth), the H20 ban's $4.5 billion writedown and $8 billion of lost sales, "
        "Blackwell's introduction in May, Kress's July estimate of $2-5 billion of H20 sales."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'after market close Wednesday' reported as news: 27 August 2025 (a guess within a day)"},
        "02": {"published_how": "the URL's /2025/08/28/"},
        "03": {"published_how": "the line 'Wednesday, Aug 27, 2025 9:23 pm ET' on the stored page (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; the results reported as news: taken as 28 August 2025 (a guess within a day)"},
        "05": {"published_how": "'date 2025-08-28' on the stored page (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the results reported as news: taken as 28 August 2025 (a guess within a day)"},
        "07": {"published_how": "inferred: no date on the stored page; 'In its Wednesday earnings report': taken as 28 August 2025 (a guess within a day)"},
        "08": {"published_how": "inferred: no date on the stored page; the results reported as news: taken as 28 August 2025 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Nvidia's results for the quarter to 27 July 2025, reported Wednesday 27 August 2025", "main": True},
        {"id": YEAR_AGO, "label": "Nvidia's year-earlier quarter (to July 2024) (background)", "main": False},
        {"id": MAY, "label": "Blackwell's introduction / the previous quarter's report, May 2025 (background)", "main": False},
        {"id": H20_BAN, "label": "the US ban on H20 sales to China and its cost, earlier in 2025 (background)", "main": False},
        {"id": KRESS_JULY, "label": "Kress's statement of July 2025 on H20 sales (background)", "main": False},
    ],
    "clusters": [
        # --- the quarter's results ---
        {
            "event": E, "kind": "money", "role": "money:revenue in the quarter", "verdict": "compatible",
            "why": "$46.74 billion, rounded to $46.7 billion by five outlets.",
            "mentions": [
                ("01", "$46.74 billion", 46.74 * B, {"ctx": "with revenue of $46.74 billion", "note": USD}),
                ("01", "$46.74 billion", 46.74 * B, {"ctx": "second-quarter revenue of $46.74 billion", "note": USD}),
                ("02", "US$46.74bn", 46.74 * B, {"note": USD}),
                ("03", "$46.74 billion", 46.74 * B, {"note": USD}),
                ("04", "$46.7 billion", 46.7 * B, {"note": USD}),
                ("05", "$46.7 billion", 46.7 * B, {"note": USD}),
                ("06", "$46.74 billion", 46.74 * B, {"note": USD}),
                ("07", "$46.7 billion", 46.7 * B, {"ctx": "revenue hit $46.7 billion", "note": USD}),
                ("07", "$46.7 billion", 46.7 * B, {"ctx": "Revenue reached $46.7 billion", "note": USD}),
                ("07", "$46.7 billion", 46.7 * B, {"ctx": "reported $46.7 billion", "note": USD}),
                ("08", "$46.7 billion", 46.7 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "revenue growth on the year", "verdict": "agree",
            "why": "Revenue up 56% on the year-earlier quarter.",
            "mentions": [
                ("01", "56%", 56, {"ctx": "$46.74 billion, up 56% year-over-year, surpassing"}),
                ("01", "56%", 56, {"ctx": "$46.74 billion, up 56% year-over-year. The"}),
                ("03", "56%", 56, {"ctx": "up 56% year over year, beating"}),
                ("04", "56%", 56),
                ("05", "56%", 56),
                ("06", "56%", 56, {"ctx": "a 56% jump"}),
                ("07", "56 percent", 56, {"ctx": "up 56 percent year over year, as"}),
                ("07", "56 percent", 56, {"ctx": "up 56 percent year over year, and"}),
                ("07", "56 percent", 56, {"ctx": "a 56 percent jump"}),
                ("08", "56%", 56),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "revenue growth on the previous quarter", "verdict": "agree",
            "why": "Up 6% on the first quarter.",
            "mentions": [
                ("04", "6%", 6),
                ("08", "6%", 6),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:revenue added on the year", "verdict": "single-source",
            "why": "The gain added more than $16 billion of quarterly revenue (a look-alike of the year-earlier $16.6 billion net income).",
            "mentions": [("05", "more than $16 billion", 16 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:data-center revenue", "verdict": "agree",
            "why": "Data-center revenue $41.1 billion.",
            "mentions": [
                ("02", "US$41.1bn", 41.1 * B, {"note": USD}),
                ("03", "$41.1 billion", 41.1 * B, {"note": USD}),
                ("05", "$41.1 billion", 41.1 * B, {"note": USD}),
                ("06", "$41.1 billion", 41.1 * B, {"note": USD}),
                ("07", "$41.1 billion", 41.1 * B, {"ctx": "delivered $41.1 billion", "note": USD}),
                ("07", "$41.1 billion", 41.1 * B, {"ctx": "booked $41.1 billion", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "data-center revenue growth on the year", "verdict": "agree",
            "why": "Data-center revenue up 56% on the year: the same figure as total revenue growth, another quantity.",
            "mentions": [
                ("02", "56%", 56),
                ("03", "56%", 56, {"ctx": "up 56% but"}),
                ("06", "56%", 56, {"ctx": "up 56% from"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "data center's share of revenue", "verdict": "compatible",
            "why": "88% (ShareCafe) / 'nearly 90%' (Filter Coffee).",
            "mentions": [
                ("02", "88%", 88),
                ("06", "nearly 90%", 90),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:net income in the quarter", "verdict": "compatible",
            "why": "$26.42 billion ('$26.4 billion').",
            "mentions": [
                ("02", "US$26.42bn", 26.42 * B, {"note": USD}),
                ("06", "$26.42 billion", 26.42 * B, {"note": USD}),
                ("07", "$26.4 billion", 26.4 * B, {"ctx": "Net income jumped to $26.4 billion", "note": USD}),
                ("07", "$26.4 billion", 26.4 * B, {"ctx": "net income rose to $26.4 billion", "note": USD}),
                ("07", "$26.4 billion", 26.4 * B, {"ctx": "Net income climbed to $26.4 billion", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "net income growth on the year", "verdict": "agree",
            "why": "Net income up 59%.",
            "mentions": [
                ("02", "59%", 59),
                ("06", "59%", 59),
                ("07", "59 percent", 59, {"ctx": "a 59 percent increase"}),
                ("07", "59 percent", 59, {"ctx": "up 59 percent"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:adjusted earnings per share", "verdict": "agree",
            "why": "Adjusted (non-GAAP) EPS $1.05.",
            "mentions": [
                ("01", "$1.05", 1.05, {"ctx": "Adjusted EPS was $1.05", "note": "US dollars a share"}),
                ("01", "$1.05", 1.05, {"ctx": "share of $1.05", "note": "US dollars a share"}),
                ("02", "US$1.05", 1.05, {"note": "US dollars a share"}),
                ("03", "$1.05", 1.05, {"note": "US dollars a share"}),
                ("04", "$1.05", 1.05, {"note": "US dollars a share"}),
                ("05", "$1.05", 1.05, {"note": "US dollars a share"}),
                ("06", "$1.05", 1.05, {"note": "US dollars a share"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:analysts' estimate of adjusted earnings per share", "verdict": "agree",
            "why": "Analysts expected $1.01 (Benzinga's consensus, LSEG, Wall Street).",
            "mentions": [
                ("01", "$1.01", 1.01, {"ctx": "consensus of $1.01", "note": "US dollars a share"}),
                ("01", "$1.01", 1.01, {"ctx": "estimate of $1.01", "note": "US dollars a share"}),
                ("02", "US$1.01", 1.01, {"note": "US dollars a share"}),
                ("03", "$1.01", 1.01, {"note": "US dollars a share"}),
                ("05", "$1.01", 1.01, {"note": "US dollars a share"}),
                ("06", "$1.01", 1.01, {"note": "US dollars a share"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:GAAP earnings per share", "verdict": "single-source",
            "why": "GAAP diluted EPS $1.08.",
            "mentions": [("04", "$1.08", 1.08, {"note": "US dollars a share"})],
        },
        {
            "event": E, "kind": "money", "role": "money:adjusted earnings per share without the H20 release", "verdict": "single-source",
            "why": "$1.04 excluding the $180 million release.",
            "mentions": [("04", "$1.04", 1.04, {"note": "US dollars a share"})],
        },
        {
            "event": E, "kind": "percent", "role": "adjusted earnings per share growth on the year", "verdict": "single-source",
            "why": "Adjusted EPS up 54% (a look-alike of the 56% revenue growth).",
            "mentions": [("03", "54%", 54)],
        },
        {
            "event": E, "kind": "money", "role": "money:Benzinga Pro's consensus estimate of revenue", "verdict": "single-source",
            "why": "$46.02 billion (Benzinga Pro). Estimates differ by provider; each is its own figure.",
            "mentions": [("01", "$46.02 billion", 46.02 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:LSEG consensus estimate of revenue", "verdict": "agree",
            "why": "$46.06 billion (ShareCafe's 'consensus' next to LSEG's EPS estimate; Filter Coffee's 'estimates').",
            "mentions": [
                ("02", "US$46.06bn", 46.06 * B, {"note": USD}),
                ("06", "$46.06 billion", 46.06 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:average estimate of revenue (Bloomberg)", "verdict": "compatible",
            "why": "An average estimate of $46.2 billion (Bloomberg's text) and 'analysts' expectations of $46.23 billion' (AInvest): one figure rounded.",
            "mentions": [
                ("03", "$46.23 billion", 46.23 * B, {"note": USD}),
                ("05", "$46.2 billion", 46.2 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:analysts' revenue forecast (ITWeb)", "verdict": "single-source",
            "why": "'slightly above analysts' $46 billion forecast' (no provider named).",
            "mentions": [("04", "$46 billion", 46 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:analysts' estimate of data-center revenue", "verdict": "compatible",
            "why": "StreetAccount's $41.34 billion; 'the $41.3 billion consensus' / 'an average estimate of $41.3 billion'.",
            "mentions": [
                ("02", "US$41.34bn", 41.34 * B, {"note": USD}),
                ("03", "$41.3 billion", 41.3 * B, {"note": USD}),
                ("05", "$41.3 billion", 41.3 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:third-quarter revenue guidance", "verdict": "compatible",
            "why": "About $54 billion plus or minus 2%: $52.92 to $55.08 billion.",
            "mentions": [
                ("01", "between $52.92 billion and $55.08 billion", 54 * B, {"low": 52.92 * B, "high": 55.08 * B, "note": USD}),
                ("02", "about US$54bn", 54 * B, {"low": 52.92 * B, "high": 55.08 * B, "note": USD}),
                ("03", "between $52.92 billion and $55.08 billion", 54 * B, {"low": 52.92 * B, "high": 55.08 * B, "note": USD}),
                ("03", "$54 billion", 54 * B, {"note": USD}),
                ("07", "$54 billion", 54 * B, {"note": USD}),
                ("08", "$54.0 billion", 54 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "tolerance of the third-quarter guidance", "verdict": "agree",
            "why": "Plus or minus 2%.",
            "mentions": [
                ("02", "2%", 2),
                ("08", "2%", 2),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:analysts' third-quarter forecast (ShareCafe)", "verdict": "single-source",
            "why": "'above analysts' US$53.1bn forecast' (another provider's figure than AInvest's).",
            "mentions": [("02", "US$53.1bn", 53.1 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:consensus third-quarter forecast (AInvest)", "verdict": "single-source",
            "why": "'the $53.46 billion consensus'.",
            "mentions": [("03", "$53.46 billion", 53.46 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "percent", "role": "third-quarter gross margin guidance", "verdict": "single-source",
            "why": "73-74%.",
            "mentions": [("03", "73–74%", 73.5, {"low": 73, "high": 74})],
        },
        {
            "event": E, "kind": "percent", "role": "analysts' estimate of third-quarter gross margin", "verdict": "single-source",
            "why": "73.4%.",
            "mentions": [("03", "73.4%", 73.4)],
        },
        {
            "event": E, "kind": "percent", "role": "non-GAAP gross margin", "verdict": "agree",
            "why": "72.7%.",
            "mentions": [
                ("01", "72.7%", 72.7),
                ("04", "72.7%", 72.7),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "GAAP gross margin", "verdict": "single-source",
            "why": "72.4%.",
            "mentions": [("04", "72.4%", 72.4)],
        },
        {
            "event": E, "kind": "percent", "role": "non-GAAP gross margin without the H20 release", "verdict": "single-source",
            "why": "72.3%.",
            "mentions": [("04", "72.3%", 72.3)],
        },
        {
            "event": E, "kind": "money", "role": "money:additional buyback authorisation", "verdict": "agree",
            "why": "A further $60 billion of buybacks, without expiry.",
            "mentions": [
                ("01", "$60B", 60 * B, {"note": USD}),
                ("01", "$60 billion", 60 * B, {"note": USD}),
                ("02", "US$60bn", 60 * B, {"note": USD}),
                ("03", "$60 billion", 60 * B, {"note": USD}),
                ("05", "$60 billion", 60 * B, {"note": USD}),
                ("08", "$60.0 billion", 60 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:shares repurchased in the quarter", "verdict": "agree",
            "why": "$9.7 billion of repurchases in the quarter.",
            "mentions": [
                ("02", "US$9.7bn", 9.7 * B, {"note": USD}),
                ("08", "$9.7 billion", 9.7 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:returned to shareholders in the quarter", "verdict": "single-source",
            "why": "$10.0 billion returned (repurchases and dividends).",
            "mentions": [("08", "$10.0 billion", 10 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:dividends in the quarter", "verdict": "single-source",
            "why": "$244 million of cash dividends.",
            "mentions": [("08", "$244 million", 244 * M, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:left under the previous buyback plan", "verdict": "single-source",
            "why": "$14.7 billion remaining at the end of the quarter.",
            "mentions": [("05", "$14.7 billion", 14.7 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:release of reserved H20 inventory", "verdict": "agree",
            "why": "A $180 million release of previously reserved H20 inventory.",
            "mentions": [
                ("01", "$180 million", 180 * M, {"note": USD}),
                ("02", "US$180m", 180 * M, {"note": USD}),
                ("03", "$180 million", 180 * M, {"note": USD}),
                ("04", "$180 million", 180 * M, {"ctx": "a $180 million release", "note": USD}),
                ("04", "$180 million", 180 * M, {"ctx": "Excluding the $180 million release, the", "note": USD}),
                ("04", "$180 million", 180 * M, {"ctx": "Excluding the $180 million release and", "note": USD}),
                ("06", "$180 million", 180 * M, {"note": USD}),
                ("08", "$180 million", 180 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:H20 sales to a customer outside China", "verdict": "compatible",
            "why": "$650 million ('approximately $650 million').",
            "mentions": [
                ("03", "$650 million", 650 * M, {"note": USD}),
                ("04", "approximately $650 million", 650 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share price fall after hours", "verdict": "compatible",
            "why": "3.4% (Benzinga, corrected), 'more than 3%', 'about 3%'.",
            "mentions": [
                ("01", "3.4%", 3.4),
                ("03", "more than 3%", 3),
                ("05", "about 3%", 3),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share price rise this year", "verdict": "single-source",
            "why": "Rallied 35% this year through the close.",
            "mentions": [("05", "35%", 35)],
        },
        {
            "event": E, "kind": "money", "role": "money:Nvidia's market capitalisation", "verdict": "compatible",
            "why": "'approximately $4.4 trillion' (CompaniesMarketCap, August 2025) and 'above $4 trillion'.",
            "mentions": [
                ("04", "approximately $4.4 trillion", 4.4 * T, {"note": USD}),
                ("05", "above $4 trillion", 4 * T, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Microsoft's market capitalisation", "verdict": "single-source",
            "why": "$3.7 trillion.",
            "mentions": [("04", "$3.7 trillion", 3.7 * T, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:Apple's market capitalisation", "verdict": "single-source",
            "why": "$3.4 trillion.",
            "mentions": [("04", "$3.4 trillion", 3.4 * T, {"note": USD})],
        },
        {
            "event": E, "kind": "percent", "role": "Blackwell data-center revenue growth on the quarter", "verdict": "agree",
            "why": "Blackwell data-center revenue up 17% on the quarter.",
            "mentions": [
                ("01", "17%", 17),
                ("02", "17%", 17),
                ("04", "17%", 17),
                ("06", "17%", 17),
                ("08", "17%", 17),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Blackwell sales", "verdict": "agree",
            "why": "Blackwell: $27 billion of the data-center sales (CEO-NA attributes the figure to a report of May; the value is the same).",
            "mentions": [
                ("02", "US$27bn", 27 * B, {"note": USD}),
                ("07", "$27 billion", 27 * B, {"ctx": "with $27 billion", "note": USD}),
                ("07", "$27 billion", 27 * B, {"ctx": "accounted for $27 billion", "note": USD}),
                ("08", "$27 billion", 27 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Blackwell's share of data-center revenue", "verdict": "agree",
            "why": "About 70%.",
            "mentions": [
                ("02", "about 70%", 70),
                ("06", "about 70%", 70),
                ("08", "about 70%", 70),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:GPU sales in the data center", "verdict": "single-source",
            "why": "$33.8 billion from GPUs.",
            "mentions": [("02", "US$33.8bn", 33.8 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "percent", "role": "GPU sales change on the quarter", "verdict": "single-source",
            "why": "Down 1% on the prior quarter.",
            "mentions": [("02", "1%", 1)],
        },
        {
            "event": E, "kind": "money", "role": "money:shortfall in H20 sales in the quarter", "verdict": "single-source",
            "why": "A $4bn shortfall in H20 sales (a look-alike of the $4.5bn writedown).",
            "mentions": [("02", "US$4bn", 4 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:networking revenue", "verdict": "single-source",
            "why": "Networking revenue nearly doubled to $7.3bn.",
            "mentions": [("02", "US$7.3bn", 7.3 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:gaming revenue", "verdict": "compatible",
            "why": "$4.29 billion ('$4.3 billion').",
            "mentions": [
                ("02", "US$4.3bn", 4.3 * B, {"note": USD}),
                ("05", "$4.29 billion", 4.29 * B, {"note": USD}),
                ("06", "$4.3 billion", 4.3 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "gaming revenue growth on the year", "verdict": "agree",
            "why": "Up 49%.",
            "mentions": [
                ("02", "49%", 49),
                ("06", "49%", 49),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:analysts' estimate of gaming revenue", "verdict": "single-source",
            "why": "Analysts projected $3.8 billion on average.",
            "mentions": [("05", "$3.8 billion", 3.8 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:automotive and robotics revenue", "verdict": "agree",
            "why": "$586 million: 'robotics revenue' (ShareCafe, Filter Coffee) and 'The automotive segment' (Bloomberg's text) name one segment, automotive and robotics.",
            "mentions": [
                ("02", "US$586m", 586 * M, {"note": USD}),
                ("05", "$586 million", 586 * M, {"note": USD}),
                ("06", "$586 million", 586 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "automotive and robotics revenue growth on the year", "verdict": "agree",
            "why": "Up 69%.",
            "mentions": [
                ("02", "69%", 69),
                ("06", "69%", 69),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:forecast AI infrastructure spending by the end of the decade", "verdict": "agree",
            "why": "Huang / Kress: $3 to $4 trillion by 2030 / the end of the decade ('for the next five years').",
            "mentions": [
                ("02", "US$3–4tn", 3.5 * T, {"low": 3 * T, "high": 4 * T, "note": USD}),
                ("05", "$3 trillion to $4 trillion", 3.5 * T, {"low": 3 * T, "high": 4 * T, "note": USD}),
                ("06", "$3–4 trillion", 3.5 * T, {"low": 3 * T, "high": 4 * T, "note": USD}),
                ("07", "$3 to 4 trillion", 3.5 * T, {"ctx": "he expects $3 to 4 trillion", "low": 3 * T, "high": 4 * T, "note": USD}),
                ("07", "$3 to 4 trillion", 3.5 * T, {"ctx": "“$3 to 4 trillion", "low": 3 * T, "high": 4 * T, "note": USD}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the horizon of the AI spending forecast", "verdict": "agree",
            "why": "By 2030.",
            "mentions": [
                ("02", "2030", "2030"),
                ("06", "2030", "2030"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the AI spending forecast's horizon", "verdict": "single-source",
            "why": "'for the next five years'.",
            "mentions": [("07", "five years", 5, {"note": "years"})],
        },
        {
            "event": E, "kind": "measure", "role": "throughput of one GB200 NVL72 system", "verdict": "single-source",
            "why": "1.5 million tokens per second (twice in one article).",
            "mentions": [
                ("07", "1.5 million tokens per second", 1500000, {"ctx": "highlight of 1.5 million tokens per second", "note": "tokens per second"}),
                ("07", "1.5 million tokens per second", 1500000, {"ctx": "processed 1.5 million tokens per second", "note": "tokens per second"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "revenue growth expected next quarter", "verdict": "single-source",
            "why": "'next quarter will grow more than 50%'.",
            "mentions": [("06", "more than 50%", 50)],
        },
        {
            "event": E, "kind": "count", "role": "straight quarters of 50%+ revenue growth", "verdict": "single-source",
            "why": "The ninth straight quarter of '50%+' growth.",
            "mentions": [("06", "ninth", 9)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:since growth was this slow", "verdict": "single-source",
            "why": "The smallest percentage increase in more than two years.",
            "mentions": [("05", "more than two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the results report", "verdict": "agree",
            "why": "Reported after the close on Wednesday 27 August 2025 (the analysts' call the same evening).",
            "mentions": [
                ("01", "Wednesday", WED),
                ("02", "Wednesday", WED),
                ("03", "August 27", WED),
                ("05", "Wednesday", WED),
                ("07", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the quarter", "verdict": "agree",
            "why": "The quarter ended on 27 July 2025.",
            "mentions": [
                ("03", "July 27, 2025", "2025-07-27"),
                ("04", "27 July", "2025-07-27"),
                ("05", "July 27", "2025-07-27"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the quarter", "verdict": "single-source",
            "why": "28 April 2025.",
            "mentions": [("03", "April 28", "2025-04-28")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the board's buyback approval", "verdict": "single-source",
            "why": "26 August 2025 (the day before the report).",
            "mentions": [("08", "August 26, 2025", "2025-08-26")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the market capitalisation figure", "verdict": "single-source",
            "why": "As of August 2025.",
            "mentions": [("04", "August 2025", "2025-08")],
        },
        # --- background ---
        {
            "event": YEAR_AGO, "kind": "money", "role": "money:net income a year earlier", "verdict": "agree",
            "why": "$16.6 billion in the year-earlier quarter.",
            "mentions": [
                ("02", "US$16.6bn", 16.6 * B, {"note": USD}),
                ("06", "$16.6 billion", 16.6 * B, {"note": USD}),
            ],
        },
        {
            "event": YEAR_AGO, "kind": "percent", "role": "revenue growth a year earlier", "verdict": "single-source",
            "why": "The prior year's 122% revenue growth.",
            "mentions": [("04", "122%", 122)],
        },
        {
            "event": YEAR_AGO, "kind": "percent", "role": "profit growth a year earlier", "verdict": "single-source",
            "why": "The prior year's 168% profit rise.",
            "mentions": [("04", "168%", 168)],
        },
        {
            "event": H20_BAN, "kind": "money", "role": "money:writedowns from the H20 delays", "verdict": "agree",
            "why": "A $4.5 billion writedown (reported earlier).",
            "mentions": [
                ("02", "US$4.5bn", 4.5 * B, {"note": USD}),
                ("06", "$4.5 billion", 4.5 * B, {"note": USD}),
            ],
        },
        {
            "event": H20_BAN, "kind": "money", "role": "money:quarterly sales lost to the H20 ban", "verdict": "compatible",
            "why": "'as much as US$8bn' / 'an $8 billion sales opportunity'.",
            "mentions": [
                ("02", "US$8bn", 8 * B, {"low": None, "high": 8 * B, "note": USD}),
                ("06", "$8 billion", 8 * B, {"note": USD}),
            ],
        },
        {
            "event": MAY, "kind": "date", "role": "date-of:Blackwell's introduction", "verdict": "single-source",
            "why": "'Introduced in May'.",
            "mentions": [("02", "May", "2025-05")],
        },
        {
            "event": MAY, "kind": "date", "role": "date-of:a report of Blackwell's sales", "verdict": "single-source",
            "why": "CEO-NA: 'In May, Nvidia reported that its new product line reached $27 billion' (the other outlets give the $27 billion as this quarter's).",
            "mentions": [("08", "May", "2025-05")],
        },
        {
            "event": KRESS_JULY, "kind": "money", "role": "money:H20 revenue Kress expected in the third quarter", "verdict": "single-source",
            "why": "'$2 (billion) to $5 billion in H20 revenue in Q3' (Kress, July).",
            "mentions": [("08", "$2 (billion) to $5 billion", 3.5 * B, {"low": 2 * B, "high": 5 * B, "note": USD})],
        },
        {
            "event": KRESS_JULY, "kind": "date", "role": "date-of:Kress's statement on H20 sales", "verdict": "single-source",
            "why": "'back in July'.",
            "mentions": [("08", "July", "2025-07")],
        },
    ],
}
