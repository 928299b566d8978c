# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the US Federal Reserve's first rate cut since 2020, Wednesday 18 September 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Rates in percent; a cut in percentage points ("50 basis points", "a half point", "half a percentage point" converted, the
note says so), as in `boe-rate-rise-2022`; a target range quoted whole, its middle as value with low and high (as ranges
in `alphabet-layoffs-2023`); durations in years (note); dates as ISO strings. Wednesday = 18 September 2024.
The median projections of the Summary of Economic Projections: a projection for one year's end given in June ("versus
prior 5.1%") and in September (4.4%) is one figure revised (`updated`), as an estimate revised in
`powerball-record-jackpot-2022`.
Left out: the projections' horizons ("by the end of 2024", "2025", "2026", "the end of the year", "this year"), "S&P
500" (a name), "COVID-19" (a name), "The Fed Funds Rate for the Past 10 Years" (a chart's title), "30-year mortgage" (a
loan's term, a name of the product), "less than a third of its pandemic peak" (a ratio), "millions of Americans" (vague),
"today".
"""

E = "e1"
LASTCUT = "e2"
TIGHTENING = "e3"
MARKETS = "e4"
NEXTDAY = "e5"
BOWMAN = "e6"
Y2008 = "e7"
DISSENTS = "e8"
ECONOMY = "e9"
NOVEMBER = "e10"
WED = "2024-09-18"
PP = "percentage points"
BP = "percentage points; written in basis points"
RANGE = "percent; a target range (value its middle)"
SPEC = {
    "description": (
        "The Federal Reserve's rate cut of Wednesday 18 September 2024, its first since March 2020 (six outlets, 18-19 "
        "September 2024): half a percentage point (0.50 percentage points, 50 basis points, a half point: `agree`) to a "
        "range of 4.75% to 5% (`agree`), from 5.25% to 5.5%, the highest in 23 years; voted 11 to 1 (`agree`), Bowman for a "
        "quarter point (`agree`), the first governor's dissent since 2005 (`agree`); the previous cut in 2020 / March 2020 / "
        "early 2020 (`compatible`); the median projections for the end of 2024 5.1% (June) -> 4.4% and of 2025 4.1% -> 3.4% "
        "(`updated`), of 2026 3.1% -> 2.9% and the longer run 2.8% -> 2.9% (`updated`, one outlet); the 2% inflation goal "
        "(`agree`). Siblings: the stock market during the press conference (the Dow up 87 points) and the next day (over "
        "1%). Background: the tightening since March 2022 (the most aggressive in 40 years, nearly two and a half years), "
        "the 2008 cut, the governors' dissents (2005, 1995), Bowman's appointment (2018), August's inflation and "
        "unemployment, mortgage rates."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'The Federal Reserve on Wednesday said' as news: 18 September 2024 (a guess within a day)"},
        "02": {"published_how": "the URL's Unix time stamp 1726685865 (18 September 2024, 18:57 UTC)"},
        "03": {"published_how": "inferred: no date on the stored page (a newsletter); 'on Wednesday' as the latest news: 19 September 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; 'dissented Wednesday' as news: 18 September 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 'Fed cuts ... today': 18 September 2024"},
        "06": {"published_how": "inferred: no date on the stored page; 'yesterday's rate cuts' and 'the following market day': 19 September 2024 (a guess within a day or two)"},
    },
    "events": [
        {"id": E, "label": "the Federal Open Market Committee's half-point rate cut, 18 September 2024", "main": True},
        {"id": LASTCUT, "label": "the Fed's previous rate cut, March 2020 (background)", "main": False},
        {"id": TIGHTENING, "label": "the Fed's tightening against inflation from March 2022 (background)", "main": False},
        {"id": MARKETS, "label": "the US stock market on Wednesday 18 September 2024, during the press conference (sibling)", "main": False},
        {"id": NEXTDAY, "label": "the US stock market on the next trading day, Thursday 19 September 2024 (sibling)", "main": False},
        {"id": BOWMAN, "label": "Michelle Bowman's appointment to the Federal Reserve Board, 2018 (background)", "main": False},
        {"id": Y2008, "label": "the Fed's cuts of 2008 (background)", "main": False},
        {"id": DISSENTS, "label": "dissents by Fed governors before this one (background)", "main": False},
        {"id": ECONOMY, "label": "the US economy before the decision: inflation, unemployment, mortgage rates (background)", "main": False},
        {"id": NOVEMBER, "label": "the FOMC's next meeting, November 2024 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "percent", "role": "cut in the federal funds rate", "verdict": "agree",
            "why": "Half a percentage point everywhere, written 0.50 percentage points, a half-point, a half percentage point, a half point, half-percentage point, half a percentage point, 50 basis points, 50 bps.",
            "mentions": [
                ("01", "0.50 percentage points", 0.5, {"ctx": "rates by 0.50 percentage points, its first", "note": PP}),
                ("01", "0.50 percentage points", 0.5, {"ctx": "rate by 0.50 percentage points, marking", "note": PP}),
                ("01", "half-point", 0.5, {"note": "percentage points; 'The half-point move'"}),
                ("02", "a half percentage point", 0.5, {"note": PP}),
                ("02", "a half point", 0.5, {"ctx": "interest rates by a half point suggests", "note": "percentage points; 'a half point'"}),
                ("02", "a half point", 0.5, {"ctx": "cut rates by a half point Wednesday", "note": "percentage points; 'a half point'"}),
                ("03", "half point", 0.5, {"ctx": "Fed slashes rates by half point\n\nFed slashes", "note": "percentage points; 'half point'"}),
                ("03", "half point", 0.5, {"ctx": "Fed slashes rates by half point\n\nThe Federal", "note": "percentage points; 'half point'"}),
                ("03", "half-percentage point", 0.5, {"note": PP}),
                ("03", "half a percentage point", 0.5, {"note": PP}),
                ("04", "50 basis points", 0.5, {"note": BP}),
                ("04", "half a percentage point", 0.5, {"note": PP}),
                ("05", "50 bps", 0.5, {"note": BP}),
                ("06", "a half percentage point", 0.5, {"note": PP}),
                ("06", "50 basis points", 0.5, {"note": BP}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "federal funds target range after the cut", "verdict": "agree",
            "why": "4.75% to 5% ('4.75% to 5%', 'between 4.75% and 5%', '4.75 percent to 5 percent', '4.75-5.00%').",
            "mentions": [
                ("01", "4.75% to 5%", 4.875, {"low": 4.75, "high": 5, "note": RANGE}),
                ("03", "between 4.75% and 5%", 4.875, {"low": 4.75, "high": 5, "note": RANGE}),
                ("04", "4.75 percent to 5 percent", 4.875, {"low": 4.75, "high": 5, "note": RANGE}),
                ("05", "4.75-5.00%", 4.875, {"low": 4.75, "high": 5, "note": RANGE}),
                ("06", "between 4.75% and 5%", 4.875, {"low": 4.75, "high": 5, "note": RANGE}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "federal funds target range before the cut", "verdict": "single-source",
            "why": "'down from its prior range of 5.25% to 5.5%'.",
            "mentions": [("01", "5.25% to 5.5%", 5.375, {"low": 5.25, "high": 5.5, "note": RANGE})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the FOMC's decision", "verdict": "agree",
            "why": "Wednesday 18 September 2024 (the decision, the expected announcement, Bowman's dissenting vote, the meeting's conclusion).",
            "mentions": [
                ("01", "Wednesday", WED),
                ("02", "Wednesday", WED, {"ctx": "quarter-point cut on Wednesday"}),
                ("02", "Wednesday", WED, {"ctx": "by a half point Wednesday"}),
                ("02", "Wednesday", WED, {"ctx": "justified Wednesday"}),
                ("03", "Wednesday", WED),
                ("04", "Wednesday", WED, {"ctx": "she dissented Wednesday"}),
                ("06", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Powell's news conference", "verdict": "single-source",
            "why": "'Federal Reserve Chair Jerome Powell on Wednesday noted' (in his news briefing after the decision): another act of the day.",
            "mentions": [("04", "Wednesday", WED, {"ctx": "Powell on Wednesday"})],
        },
        {
            "event": E, "kind": "count", "role": "FOMC votes for the cut", "verdict": "agree",
            "why": "'voted 11 to 1' / 'the 11 other voting members who cast their ballots in favor'.",
            "mentions": [
                ("03", "11", 11),
                ("04", "11", 11),
            ],
        },
        {
            "event": E, "kind": "count", "role": "FOMC votes against the cut", "verdict": "single-source",
            "why": "'voted 11 to 1' (Bowman, 'the only Fed governor to break').",
            "mentions": [("03", "1", 1, {"ctx": "to 1 to lower"})],
        },
        {
            "event": E, "kind": "percent", "role": "cut preferred by Bowman", "verdict": "agree",
            "why": "'Bowman preferred a quarter-point rate cut' / 'voted for a 25bps cut'.",
            "mentions": [
                ("04", "quarter-point", 0.25, {"note": "percentage points; 'a quarter-point rate cut'"}),
                ("05", "25bps", 0.25, {"note": BP}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "usual size of a Fed move", "verdict": "agree",
            "why": "'historically, most rate cuts are 0.25 percentage points' / 'the Federal Reserve prefers to raise or lower interest rates by no more than a quarter point at an individual meeting'.",
            "mentions": [
                ("01", "0.25 percentage points", 0.25, {"note": PP}),
                ("02", "a quarter point", 0.25, {"note": "percentage points; 'no more than a quarter point'"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "cut expected before the decision (at least)", "verdict": "single-source",
            "why": "'widely expected to announce at least a quarter-point cut'.",
            "mentions": [("02", "quarter-point", 0.25, {"low": 0.25, "high": None, "note": "percentage points; 'at least a quarter-point cut'"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since the previous cut", "verdict": "single-source",
            "why": "'marking the first reduction in four years' (since March 2020).",
            "mentions": [("01", "four years", 4, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the FOMC meeting", "verdict": "single-source",
            "why": "'at the conclusion of its two-day policy meeting'.",
            "mentions": [("06", "two-day", 2, {"note": "days"})],
        },
        {
            "event": E, "kind": "percent", "role": "the Fed's inflation goal", "verdict": "agree",
            "why": "'an annual inflation rate of 2%' / 'towards 2% target'.",
            "mentions": [
                ("03", "2%", 2),
                ("05", "2%", 2),
            ],
        },
        # --- the projections (Summary of Economic Projections) ---
        {
            "event": E, "kind": "percent", "role": "median projected federal funds rate, end of 2024", "verdict": "updated",
            "why": "The median projection for the end of 2024: 5.1% in June ('versus prior 5.1%'), 4.4% in September (05, 06): one projection revised.",
            "mentions": [
                ("05", "5.1%", 5.1, {"as_of": "2024-06-12"}),
                ("05", "4.4%", 4.4, {"as_of": WED}),
                ("06", "4.4%", 4.4, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "median projected federal funds rate, end of 2025", "verdict": "updated",
            "why": "4.1% in June ('versus prior 4.1%'), 3.4% in September (05, 06).",
            "mentions": [
                ("05", "4.1%", 4.1, {"as_of": "2024-06-12"}),
                ("05", "3.4%", 3.4, {"as_of": WED}),
                ("06", "3.4%", 3.4, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "median projected federal funds rate, end of 2026", "verdict": "updated",
            "why": "3.1% in June ('versus prior 3.1%'), 2.9% in September (one outlet).",
            "mentions": [
                ("05", "3.1%", 3.1, {"as_of": "2024-06-12"}),
                ("05", "2.9%", 2.9, {"ctx": "then 2.9% by", "as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "median projected longer-run federal funds rate", "verdict": "updated",
            "why": "'The longer run rate was revised slightly up from 2.8% to 2.9%' (one outlet).",
            "mentions": [
                ("05", "2.8%", 2.8, {"as_of": "2024-06-12"}),
                ("05", "2.9%", 2.9, {"ctx": "from 2.8% to 2.9%", "as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "further cuts projected by the end of 2024", "verdict": "single-source",
            "why": "'implying 50bps more rate cut' (4.4% against the new range's 4.875% middle); Newsletter's 'two more quarter-point cuts this year' is counted in the next cluster.",
            "mentions": [("05", "50bps", 0.5, {"note": BP})],
        },
        {
            "event": E, "kind": "count", "role": "further quarter-point cuts projected in 2024", "verdict": "single-source",
            "why": "'The bank projected two more quarter-point cuts this year'.",
            "mentions": [("03", "two", 2)],
        },
        {
            "event": E, "kind": "percent", "role": "cuts projected over 2025 and 2026", "verdict": "single-source",
            "why": "'cuts totaling one-and-a-half percentage points in 2025 and 2026'.",
            "mentions": [("03", "one-and-a-half percentage points", 1.5, {"note": PP})],
        },
        {
            "event": E, "kind": "count", "role": "FOMC participants projecting 4.50-4.75% or above for the end of 2024", "verdict": "single-source",
            "why": "'9 members penciled in fed funds rate to be at 4.50-4.75 or above by the end of the year'.",
            "mentions": [("05", "9", 9, {"ctx": "9 members"})],
        },
        {
            "event": E, "kind": "percent", "role": "end-2024 range penciled in by the 9 members", "verdict": "single-source",
            "why": "'at 4.50-4.75 or above'.",
            "mentions": [("05", "4.50-4.75", 4.625, {"low": 4.5, "high": 4.75, "note": RANGE})],
        },
        {
            "event": E, "kind": "count", "role": "FOMC participants projecting 4.25-4.50% or below for the end of 2024", "verdict": "single-source",
            "why": "'10 members see interesting rates at 4.25-4.50% and below'.",
            "mentions": [("05", "10", 10, {"ctx": "10 members"})],
        },
        {
            "event": E, "kind": "percent", "role": "end-2024 range penciled in by the 10 members", "verdict": "single-source",
            "why": "'at 4.25-4.50% and below'.",
            "mentions": [("05", "4.25-4.50%", 4.375, {"low": 4.25, "high": 4.5, "note": RANGE})],
        },
        # --- background and siblings ---
        {
            "event": LASTCUT, "kind": "date", "role": "date-of:the Fed's previous rate cut", "verdict": "compatible",
            "why": "'its first cut since 2020' / 'since the onset of the Covid pandemic in March 2020' / 'since early 2020': one cut, written at three precisions.",
            "mentions": [
                ("01", "2020", "2020"),
                ("02", "March 2020", "2020-03"),
                ("06", "early 2020", "2020", {"note": "'early 2020'"}),
            ],
        },
        {
            "event": TIGHTENING, "kind": "duration", "role": "duration-of:the highest rates in", "verdict": "single-source",
            "why": "The prior range 'had been its highest level in 23 years'.",
            "mentions": [("01", "23 years", 23, {"note": "years"})],
        },
        {
            "event": TIGHTENING, "kind": "duration", "role": "duration-of:the tightening as the most aggressive in", "verdict": "single-source",
            "why": "'ending the most aggressive tightening of U.S. monetary policy in 40 years'.",
            "mentions": [("03", "40 years", 40, {"note": "years"})],
        },
        {
            "event": TIGHTENING, "kind": "duration", "role": "duration-of:the fight against inflation", "verdict": "single-source",
            "why": "'after a nearly two-and-a-half-year crusade against inflation' (March 2022 - September 2024).",
            "mentions": [("04", "nearly two-and-a-half-year", 2.5, {"note": "years"})],
        },
        {
            "event": Y2008, "kind": "date", "role": "date-of:the last cut as large", "verdict": "single-source",
            "why": "'the biggest single slice to borrowing costs since 2008'.",
            "mentions": [("03", "2008", "2008")],
        },
        {
            "event": DISSENTS, "kind": "date", "role": "date-of:the previous dissent by a Fed governor", "verdict": "agree",
            "why": "'the first dissenting vote by a governor since 2005' / 'the first Fed official since 2005 to vote against'.",
            "mentions": [
                ("03", "2005", "2005"),
                ("04", "2005", "2005"),
            ],
        },
        {
            "event": DISSENTS, "kind": "date", "role": "date-of:the end of frequent dissents by governors", "verdict": "single-source",
            "why": "'Opposition from Fed governors was seen more often prior to 1995'.",
            "mentions": [("04", "1995", "1995")],
        },
        {
            "event": BOWMAN, "kind": "date", "role": "date-of:Bowman's appointment to the Board", "verdict": "single-source",
            "why": "'Bowman joined the Federal Reserve Board in 2018'.",
            "mentions": [("04", "2018", "2018")],
        },
        {
            "event": MARKETS, "kind": "date", "role": "date-of:the stock moves during the press conference", "verdict": "single-source",
            "why": "'US stocks were higher but gave back some earlier gains on Wednesday'.",
            "mentions": [("02", "Wednesday", WED, {"ctx": "earlier gains on Wednesday"})],
        },
        {
            "event": MARKETS, "kind": "count", "role": "Dow's gain during the press conference (points)", "verdict": "single-source",
            "why": "'The Dow rose 87 points, or 0.2%' (during Powell's news conference; the indexes closed lower).",
            "mentions": [("02", "87", 87)],
        },
        {
            "event": MARKETS, "kind": "percent", "role": "Dow's gain during the press conference", "verdict": "single-source",
            "why": "'or 0.2%'.",
            "mentions": [("02", "0.2%", 0.2)],
        },
        {
            "event": MARKETS, "kind": "percent", "role": "S&P 500's gain during the press conference", "verdict": "single-source",
            "why": "'The S&P 500 gained 0.4%'.",
            "mentions": [("02", "0.4%", 0.4)],
        },
        {
            "event": MARKETS, "kind": "percent", "role": "Nasdaq Composite's gain during the press conference", "verdict": "single-source",
            "why": "'the Nasdaq Composite added 0.7%'.",
            "mentions": [("02", "0.7%", 0.7)],
        },
        {
            "event": NEXTDAY, "kind": "percent", "role": "the Dow's and the S&P 500's gain the next trading day", "verdict": "single-source",
            "why": "'Both indices rose over 1% the following market day'.",
            "mentions": [("06", "over 1%", 1)],
        },
        {
            "event": ECONOMY, "kind": "percent", "role": "US inflation before the decision", "verdict": "single-source",
            "why": "'down from 2.5% now' (August's annual rate).",
            "mentions": [("03", "2.5%", 2.5)],
        },
        {
            "event": ECONOMY, "kind": "percent", "role": "US unemployment rate before the decision", "verdict": "single-source",
            "why": "'the unemployment rate recently rose to 4.2%' (August).",
            "mentions": [("06", "4.2%", 4.2)],
        },
        {
            "event": ECONOMY, "kind": "percent", "role": "US 30-year mortgage rate before the decision", "verdict": "single-source",
            "why": "'30-year mortgage rates recently hitting a two-year low of 6.15%'.",
            "mentions": [("06", "6.15%", 6.15)],
        },
        {
            "event": ECONOMY, "kind": "duration", "role": "duration-of:mortgage rates at their lowest in", "verdict": "single-source",
            "why": "'a two-year low'.",
            "mentions": [("06", "two-year", 2, {"note": "years"})],
        },
        {
            "event": NOVEMBER, "kind": "date", "role": "date-of:the FOMC's next meeting", "verdict": "single-source",
            "why": "'November FOMC meeting would be live' (6-7 November 2024).",
            "mentions": [("05", "November", "2024-11")],
        },
    ],
}
