# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for JPMorgan Chase's fourth-quarter and full-year 2023 results, Friday 12 January 2024 (read by
build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars (per-share figures as written, note 'per share'); percentages as numbers; dates as ISO strings.
Friday = 12 January 2024. Left out: "the three months ended", "the final three months" (a quarter's length, not a fact of
the story), "one-time", "seventh consecutive quarter" (an ordinal), "last year" / "this year" / "Last year", "may".
"""

E = "e1"
FDIC = "e2"
PEERS = "e3"
FRI = "2024-01-12"
B = 1_000_000_000
SPEC = {
    "description": (
        "JPMorgan Chase's fourth-quarter and full-year 2023 results, reported on Friday 12 January 2024 (`agree`), as five "
        "outlets reported them: fourth-quarter net income $9.31 / $9.3 billion (`compatible`), $3.04 a share (`agree`), down "
        "15% (`agree`); a year earlier $11.01 billion against $10.9 billion and $3.57 against $3.33 a share (`conflict`); "
        "revenue up 12% (`agree`) to $38.57 billion against $39.94 billion (`conflict`: reported against managed revenue, "
        "each called the revenue); the FDIC charge 'nearly $3 billion' / $2.9 billion (`compatible`), earlier estimated at "
        "'around $3 billion'; record annual net income $49.6 billion / 'nearly $50 billion' / '$49 billion' (`compatible`), "
        "up 32% against 31% on 2022 (`compatible`: 31.5% rounded two ways); the 2024 net interest income forecast 'about $90 "
        "billion' against $88 billion (`conflict`); look-alikes: 2021's record $48.3 billion, $4.1 billion from First "
        "Republic, expenses $24.5 billion. Background: the FDIC's special assessment ($16 billion) after the bank failures of "
        "early 2023; sibling: the other big banks' results the same day (Citigroup's 20,000 job cuts by 2026 saving $2.5 "
        "billion)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-01-12 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it gives Friday's results as news: 12 January 2024 (a guess within days)"},
        "03": {"published_how": "the corpus's date line 2024-01-12 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the peers 'are all reporting results Friday': 12 January 2024"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it gives Friday's results and the day's share prices as news: 12 January 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "JPMorgan Chase's fourth-quarter and full-year 2023 results, 12 January 2024", "main": True},
        {"id": FDIC, "label": "the bank failures of 2023 and the FDIC's special assessment to refill its fund (background)", "main": False},
        {"id": PEERS, "label": "the other big US banks' results the same day (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "net income:fourth quarter 2023", "verdict": "compatible",
            "why": "$9.31 billion; Bloomberg's text rounds it to $9.3 billion.",
            "mentions": [
                ("01", "$9.31 billion", round(9.31 * B)),
                ("02", "$9.31 billion", round(9.31 * B)),
                ("04", "$9.3 billion", round(9.3 * B)),
            ],
        },
        {
            "event": E, "kind": "money", "role": "earnings per share:fourth quarter 2023", "verdict": "agree",
            "why": "$3.04 a share.",
            "mentions": [
                ("01", "$3.04", 3.04, {"note": "per share"}),
                ("02", "$3.04", 3.04, {"note": "per share"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "net income:fourth quarter 2022", "verdict": "conflict",
            "why": "A year earlier: '$11.01 billion' (Reuters) against 'earnings of $10.9 billion' (Channelchek).",
            "mentions": [
                ("01", "$11.01 billion", round(11.01 * B)),
                ("02", "$10.9 billion", round(10.9 * B)),
            ],
        },
        {
            "event": E, "kind": "money", "role": "earnings per share:fourth quarter 2022", "verdict": "conflict",
            "why": "A year earlier: '$3.57 per share' (Reuters) against '$3.33 per share' (Channelchek).",
            "mentions": [
                ("01", "$3.57", 3.57, {"note": "per share"}),
                ("02", "$3.33", 3.33, {"note": "per share"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "fall in fourth-quarter profit on the year", "verdict": "agree",
            "why": "'a 15% decline' / 'profits dropped 15%'.",
            "mentions": [
                ("02", "15%", 15),
                ("03", "15%", 15),
            ],
        },
        {
            "event": E, "kind": "money", "role": "earnings per share:fourth quarter 2023, excluding one-time items", "verdict": "single-source",
            "why": "'it earned $3.97 per share' excluding the fee and other one-time items.",
            "mentions": [("02", "$3.97", 3.97, {"note": "per share"})],
        },
        {
            "event": E, "kind": "money", "role": "revenue:fourth quarter 2023", "verdict": "conflict",
            "why": "'revenue to $38.57 billion' (Reuters: reported revenue) against 'Total revenue for the quarter rose 12% to $39.94 billion' (Channelchek: managed revenue): two measures, each written as the quarter's revenue.",
            "mentions": [
                ("01", "$38.57 billion", round(38.57 * B)),
                ("02", "$39.94 billion", round(39.94 * B)),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "revenue growth on the year", "verdict": "agree",
            "why": "'a 12% jump in revenue' / 'rose 12%'.",
            "mentions": [
                ("01", "12%", 12),
                ("02", "12%", 12),
            ],
        },
        {
            "event": E, "kind": "money", "role": "charge for the FDIC's special assessment", "verdict": "compatible",
            "why": "'set aside nearly $3 billion' (Reuters) / '$2.9 billion' (the others).",
            "mentions": [
                ("01", "nearly $3 billion", round(3 * B)),
                ("02", "$2.9 billion", round(2.9 * B)),
                ("03", "$2.9 billion", round(2.9 * B)),
                ("04", "$2.9 billion", round(2.9 * B)),
            ],
        },
        {
            "event": E, "kind": "money", "role": "charge for the FDIC's special assessment:JPMorgan's earlier estimate", "verdict": "single-source",
            "why": "'which it previously estimated at around $3 billion' (an earlier estimate, kept apart from the charge taken).",
            "mentions": [("04", "around $3 billion", round(3 * B))],
        },
        {
            "event": E, "kind": "money", "role": "net income:full year 2023", "verdict": "compatible",
            "why": "$49.6 billion (three outlets); 'nearly $50 billion' (Channelchek); Goldberg Law's headline '$49 billion' (the body: $49.6 billion).",
            "mentions": [
                ("01", "$49.6 billion", round(49.6 * B)),
                ("02", "nearly $50 billion", round(50 * B)),
                ("04", "$49.6 billion", round(49.6 * B)),
                ("05", "$49 billion", round(49 * B), {"low": round(49 * B), "high": round(50 * B), "note": "a headline's '$49 billion' for $49.6 billion"}),
                ("05", "$49.6 billion", round(49.6 * B)),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "growth of annual net income on 2022", "verdict": "compatible",
            "why": "'up 32% from 2022' (Bloomberg's text) against '31% better than its bottom line in 2022' (Yahoo Finance's): $49.6 billion on 2022's $37.7 billion is 31.5%, rounded up and down.",
            "mentions": [
                ("04", "32%", 32, {"low": 31.5, "high": 32.5}),
                ("05", "31%", 31, {"low": 30.5, "high": 31.5}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the base year of the annual growth", "verdict": "agree",
            "why": "'from 2022' / 'in 2022'.",
            "mentions": [
                ("04", "2022", "2022"),
                ("05", "2022", "2022"),
            ],
        },
        {
            "event": E, "kind": "money", "role": "net income:full year 2021", "verdict": "single-source",
            "why": "'topping a record $48.3 billion from 2021' (the earlier record: a look-alike).",
            "mentions": [("04", "$48.3 billion", round(48.3 * B))],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the earlier record year", "verdict": "single-source",
            "why": "'from 2021'.",
            "mentions": [("04", "2021", "2021")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the results' announcement", "verdict": "agree",
            "why": "Friday 12 January 2024.",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI),
                ("03", "Friday", FRI, {"ctx": "Chase said Friday"}),
                ("04", "Friday", FRI, {"ctx": "statement Friday"}),
                ("05", "Friday", FRI, {"ctx": "reported Friday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the period reported", "verdict": "agree",
            "why": "The year 2023 ('fourth quarter 2023', 'the final three months of 2023', 'the full year 2023', 'results in 2023', 'the fourth quarter of 2023').",
            "mentions": [
                ("02", "2023", "2023", {"ctx": "fourth quarter 2023 earnings"}),
                ("02", "2023", "2023", {"ctx": "months of 2023."}),
                ("02", "2023", "2023", {"ctx": "full year 2023"}),
                ("04", "2023", "2023", {"ctx": "results in 2023"}),
                ("04", "2023", "2023", {"ctx": "quarter of 2023"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the quarter's end", "verdict": "single-source",
            "why": "'for the three months ended Dec. 31' (2023).",
            "mentions": [("01", "Dec. 31", "2023-12-31")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the acquisition of First Republic", "verdict": "single-source",
            "why": "'the bank's acquisition of First Republic Bank in late 2023' (as written).",
            "mentions": [("02", "late 2023", "2023", {"note": "written 'late 2023'"})],
        },
        {
            "event": E, "kind": "money", "role": "profit from the acquisition of First Republic", "verdict": "single-source",
            "why": "'including $4.1 billion from its acquisition of First Republic'.",
            "mentions": [("02", "$4.1 billion", round(4.1 * B))],
        },
        {
            "event": E, "kind": "money", "role": "net interest income:fourth quarter 2023", "verdict": "single-source",
            "why": "'NII came in at $24.2 billion in the final three months of the year'.",
            "mentions": [("04", "$24.2 billion", round(24.2 * B))],
        },
        {
            "event": E, "kind": "money", "role": "net interest income:forecast for 2024", "verdict": "conflict",
            "why": "'The haul for all of 2024 may rise to about $90 billion, according to the bank' (Bloomberg's text) against the measure of what it earns on loans less what it pays on deposits staying 'roughly flat at $88 billion in 2024' (Yahoo Finance's): two forecasts of the same income.",
            "mentions": [
                ("04", "about $90 billion", round(90 * B)),
                ("05", "$88 billion", round(88 * B)),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the forecast's year", "verdict": "agree",
            "why": "'all of 2024' / 'in 2024'.",
            "mentions": [
                ("04", "2024", "2024"),
                ("05", "2024", "2024"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "analysts' expected change in net interest income", "verdict": "single-source",
            "why": "'analysts had been expecting a 2% drop'.",
            "mentions": [("04", "2%", 2)],
        },
        {
            "event": E, "kind": "money", "role": "expenses:fourth quarter 2023", "verdict": "single-source",
            "why": "'Expenses climbed to $24.5 billion'.",
            "mentions": [("04", "$24.5 billion", round(24.5 * B))],
        },
        {
            "event": E, "kind": "percent", "role": "rise in expenses", "verdict": "single-source",
            "why": "'a jump of 29%'.",
            "mentions": [("04", "29%", 29)],
        },
        {
            "event": E, "kind": "duration", "role": "the Federal Reserve's rate rises", "verdict": "single-source",
            "why": "'two years of boosting interest rates'.",
            "mentions": [("04", "two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "annual net income above Bank of America's", "verdict": "single-source",
            "why": "'surpassed Bank of America (BAC) by $23 billion'.",
            "mentions": [("05", "$23 billion", round(23 * B))],
        },
        {
            "event": E, "kind": "money", "role": "annual net income above Wells Fargo's", "verdict": "single-source",
            "why": "'Wells Fargo (WFC) by $30 billion'.",
            "mentions": [("05", "$30 billion", round(30 * B))],
        },
        {
            "event": E, "kind": "money", "role": "annual net income above Citigroup's", "verdict": "single-source",
            "why": "'Citigroup (C) by $40 billion'.",
            "mentions": [("05", "$40 billion", round(40 * B))],
        },
        {
            "event": E, "kind": "count", "role": "rate cuts assumed in the forecast", "verdict": "single-source",
            "why": "'even if the Federal Reserve cuts interest rates six times this year'.",
            "mentions": [("05", "six", 6)],
        },
        {
            "event": E, "kind": "percent", "role": "rise in JPMorgan's shares in morning trading", "verdict": "single-source",
            "why": "'was up more than 2% in morning trading' (a look-alike of the analysts' 2%).",
            "mentions": [("05", "more than 2%", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the shares' fall", "verdict": "single-source",
            "why": "'also were down Friday' (Bank of America's and Wells Fargo's shares).",
            "mentions": [("05", "Friday", FRI, {"ctx": "down Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the financial crisis", "verdict": "single-source",
            "why": "'since the financial crisis of 2008'.",
            "mentions": [("05", "2008", "2008")],
        },
        {
            "event": FDIC, "kind": "money", "role": "the FDIC's special assessment:all banks", "verdict": "single-source",
            "why": "'a bulk of the $16 billion to replenish' the deposit insurance fund (the industry's total; a look-alike of JPMorgan's share).",
            "mentions": [("01", "$16 billion", round(16 * B))],
        },
        {
            "event": FDIC, "kind": "date", "role": "date-of:the regional banking crisis", "verdict": "single-source",
            "why": "'came to a head in early 2023'.",
            "mentions": [("02", "early 2023", "2023", {"note": "written 'early 2023'"})],
        },
        {
            "event": PEERS, "kind": "count", "role": "big banks reporting lower profits", "verdict": "single-source",
            "why": "'Three of the nation's biggest banks said Friday that their profits fall' (JPMorgan, Bank of America, Citigroup).",
            "mentions": [("03", "Three", 3)],
        },
        {
            "event": PEERS, "kind": "date", "role": "date-of:the big banks' results", "verdict": "agree",
            "why": "'said Friday' / 'are all reporting results Friday' (the same day as JPMorgan's: a look-alike).",
            "mentions": [
                ("03", "Friday", FRI, {"ctx": "banks said Friday"}),
                ("04", "Friday", FRI, {"ctx": "results Friday"}),
            ],
        },
        {
            "event": PEERS, "kind": "percent", "role": "rise in Citigroup's shares", "verdict": "single-source",
            "why": "'watched its stock rise more than 1%'.",
            "mentions": [("05", "more than 1%", 1)],
        },
        {
            "event": PEERS, "kind": "count", "role": "jobs cut at Citigroup", "verdict": "single-source",
            "why": "'reducing headcount by 20,000 by 2026'.",
            "mentions": [("05", "20,000", 20000)],
        },
        {
            "event": PEERS, "kind": "date", "role": "date-of:the end of Citigroup's job cuts", "verdict": "single-source",
            "why": "'by 2026'.",
            "mentions": [("05", "2026", "2026")],
        },
        {
            "event": PEERS, "kind": "money", "role": "Citigroup's savings from its cuts", "verdict": "single-source",
            "why": "'will save it an estimated $2.5 billion'.",
            "mentions": [("05", "an estimated $2.5 billion", round(2.5 * B))],
        },
    ],
}
