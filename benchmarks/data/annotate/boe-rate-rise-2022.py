# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Bank of England's rate rise of 4 August 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Rates, rises and forecasts are in percent (a rise in percentage points; "50 basis points" is
converted, its note says so); money in pounds; durations in months or years (note says which);
dates as ISO strings (a quarter as "YYYY-Qn").
"""

E = "e1"
Y1995 = "e2"
INDEP = "e3"
CRISIS = "e4"
Y1980 = "e5"
RF = "e6"
ECB = "e7"
FED = "e8"
CYCLE = "e9"
MAY = "e10"
SIXTIES = "e11"
SEPT = "e12"
DAY = "2022-08-04"
PP = "percentage points"
BP = "percentage points; written as 50 basis points"
SPEC = {
    "description": (
        "The Bank of England's rate decision announced on Thursday 4 August 2022 (the MPC's meeting ended on 3 August), "
        "as nine outlets reported it: Bank Rate up 0.5 percentage points ('50 basis points', 'half a percentage point', "
        "'0.5%') from 1.25% to 1.75% by 8 votes to 1 (one member for 0.25 points, to 1.5%), the sixth rise since "
        "December 2021 (from 0.1%), the biggest since 1995 ('for 27 years'; one outlet: since independence in 1997), "
        "the highest rate since December / late 2008; June's inflation of 9.4% and the forecast peak 'just over 13%' / "
        "'above 13%' / '13 per cent in October' / '13.3% in October' (the Bank: 2022 Q4); a recession from the fourth "
        "quarter (one outlet: 'from September') for five quarters / 'more than a year' / to the end of 2023, GDP down "
        "2.1%; living standards down 5%; the energy price cap to about £3,500 in October. The 1995 rise, independence in "
        "1997, the 2008 crisis, inflation last this high in (September) 1980, the 1960s, the start of the cycle in "
        "December 2021, the May report, the Resolution Foundation's 15% forecast, the ECB's 50 and the Fed's 75 basis "
        "points and the September meeting are background or sibling events whose figures are traps; GDP's 1.25% and "
        "0.25% falls are look-alikes of the old rate and of the minority's rise."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; reports the rise as news ('has raised', 'this year'): 4 August 2022"},
        "02": {"published_how": "'date 2022-08-05' on the stored page"},
        "03": {"published_how": "inferred: no date on the stored page; reports the Bank's warning of the day as news ('has warned'): 4 August 2022"},
        "04": {"published_how": "inferred: no date on the stored page; 'The one approved today' after the meeting that ended on 3 August 2022"},
        "05": {"published_how": "inferred: no date on the stored page; the rise 'on Thursday' (4 August 2022) reported as news"},
        "06": {"published_how": "inferred: no date on the stored page; 'Announced at noon today' (4 August 2022)"},
        "07": {"published_how": "the URL's date (/2022/08/04/)"},
        "08": {"published_how": "inferred: no date on the stored page; reports the rise as news ('has raised'): 4 August 2022"},
        "09": {"published_how": "inferred: no date on the stored page; the rise on 'Thursday' (4 August 2022) reported as news"},
    },
    "events": [
        {"id": E, "label": "the Bank of England's rate rise to 1.75% and its August 2022 forecasts (announced Thursday 4 August 2022)", "main": True},
        {"id": Y1995, "label": "the Bank's last rise as large, in 1995 (background)", "main": False},
        {"id": INDEP, "label": "the Bank's operational independence, 1997 (background)", "main": False},
        {"id": CRISIS, "label": "the global financial crisis of 2008 and Bank Rate in late 2008 (background)", "main": False},
        {"id": Y1980, "label": "UK inflation last as high, (September) 1980 (background)", "main": False},
        {"id": RF, "label": "the Resolution Foundation's inflation analysis of that week (sibling)", "main": False},
        {"id": ECB, "label": "the European Central Bank's rate rise of July 2022 (sibling)", "main": False},
        {"id": FED, "label": "the US Federal Reserve's rate rise of July 2022 (sibling)", "main": False},
        {"id": CYCLE, "label": "the first rise of the cycle, from 0.1%, December 2021 (background)", "main": False},
        {"id": MAY, "label": "the Bank's May 2022 Monetary Policy Report (background)", "main": False},
        {"id": SIXTIES, "label": "the UK's last two consecutive years of contraction, the 1960s (background)", "main": False},
        {"id": SEPT, "label": "the MPC's September 2022 meeting (sibling)", "main": False},
    ],
    "clusters": [
        # --- the decision ---
        {
            "event": E, "kind": "percent", "role": "Bank Rate:after the rise", "verdict": "agree",
            "why": "Every outlet gives the new Bank Rate as 1.75%.",
            "mentions": [
                ("01", "1.75%", 1.75, {"ctx": "rates rise to 1.75%"}),
                ("01", "1.75%", 1.75, {"ctx": "1.25% to 1.75%"}),
                ("02", "1.75 per cent", 1.75),
                ("04", "1.75%", 1.75),
                ("05", "1.75 percent", 1.75),
                ("06", "1.75%", 1.75),
                ("07", "1.75%", 1.75),
                ("08", "1.75%", 1.75),
                ("09", "1.75 percent", 1.75),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Bank Rate:before the rise", "verdict": "single-source",
            "why": "Bank Rate was 1.25% before the rise (set in June); a look-alike of the 1.25% fall of GDP forecast for 2023.",
            "mentions": [("01", "1.25%", 1.25)],
        },
        {
            "event": E, "kind": "percent", "role": "rise in Bank Rate", "verdict": "agree",
            "why": (
                "Half a percentage point, written as 0.5 percentage points, 50 basis points, a half-point, half a percentage "
                "point or '0.5%' (of the rate itself, loosely): one amount. A look-alike of the ECB's 50 basis points."
            ),
            "mentions": [
                ("01", "0.5 percentage points", 0.5, {"note": PP}),
                ("02", "0.5 percentage points", 0.5, {"note": PP}),
                ("03", "0.5 percentage points", 0.5, {"note": PP}),
                ("04", "50 basis points", 0.5, {"note": BP}),
                ("04", "0.5 percentage points", 0.5, {"note": PP}),
                ("05", "half-point", 0.5, {"note": "percentage points; 'half-point'"}),
                ("05", "half-percentage-point", 0.5, {"note": PP}),
                ("06", "0.5%", 0.5, {"note": "percentage points; written as '0.5%'"}),
                ("07", "half a percentage point", 0.5, {"note": PP}),
                ("08", "0.5%", 0.5, {"note": "percentage points; written as '0.5%'"}),
                ("09", "50 basis points", 0.5, {"ctx": "rates by 50 basis points to 1.75", "note": BP}),
                ("09", "0.5 percentage points", 0.5, {"note": PP}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "MPC members voting for the rise", "verdict": "agree",
            "why": "The MPC voted 8-1: eight of its nine members for the half-point rise.",
            "mentions": [
                ("01", "8", 8, {"ctx": "majority of 8-1"}),
                ("04", "8", 8, {"ctx": "an 8-1 majority"}),
                ("08", "8", 8, {"ctx": "voted 8-1"}),
                ("09", "8", 8, {"ctx": "majority of 8-1"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "MPC members voting for a smaller rise", "verdict": "agree",
            "why": "The one dissenter of the 8-1 vote (Silvana Tenreyro), who preferred a quarter-point rise.",
            "mentions": [
                ("01", "1", 1, {"ctx": "majority of 8-1"}),
                ("04", "1", 1, {"ctx": "an 8-1 majority"}),
                ("04", "one", 1, {"ctx": "while one member"}),
                ("08", "1", 1, {"ctx": "voted 8-1"}),
                ("09", "1", 1, {"ctx": "majority of 8-1"}),
                ("09", "One", 1, {"ctx": "One member preferred"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise preferred by the dissenter", "verdict": "agree",
            "why": "A quarter-point (0.25 percentage points) rise; a look-alike of the 0.25% fall of GDP forecast for 2024.",
            "mentions": [
                ("04", "0.25 percentage points", 0.25, {"note": PP}),
                ("08", "0.25%", 0.25, {"note": "percentage points; written as '0.25%'"}),
                ("09", "0.25 percentage points", 0.25, {"note": PP}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Bank Rate preferred by the dissenter", "verdict": "agree",
            "why": "The dissenter's rate: 1.5%.",
            "mentions": [
                ("04", "1.5%", 1.5),
                ("09", "1.5 percent", 1.5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rises in the cycle (this one's rank)", "verdict": "agree",
            "why": "The sixth successive rise since December 2021 ('sixth straight', 'sixth rise', 'six consecutive hike').",
            "mentions": [
                ("05", "sixth", 6, {"note": "an ordinal"}),
                ("07", "sixth", 6, {"note": "an ordinal"}),
                ("09", "six", 6, {"note": "'six consecutive hike', an ordinal in sense"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since a rise as large", "verdict": "agree",
            "why": "The biggest rise for / in 27 years (since 1995).",
            "mentions": [
                ("02", "27 years", 27, {"note": "years"}),
                ("03", "27 years", 27, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the decision's announcement", "verdict": "agree",
            "why": "Announced on Thursday 4 August 2022.",
            "mentions": [
                ("05", "Thursday", DAY),
                ("09", "Thursday", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the MPC meeting", "verdict": "single-source",
            "why": "The meeting ended on 3 August 2022, the day before the announcement (a look-alike of it).",
            "mentions": [("04", "August 3, 2022", "2022-08-03")],
        },
        # --- inflation ---
        {
            "event": E, "kind": "percent", "role": "CPI inflation:June 2022", "verdict": "agree",
            "why": "Consumer price inflation was 9.4% in the year to June.",
            "mentions": [
                ("01", "9.4%", 9.4),
                ("04", "9.4%", 9.4),
                ("07", "9.4%", 9.4),
                ("09", "9.4 percent", 9.4),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 9.4% inflation reading", "verdict": "agree",
            "why": "The 9.4% is June's figure.",
            "mentions": [
                ("04", "June", "2022-06"),
                ("09", "June", "2022-06"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:inflation at its highest for", "verdict": "single-source",
            "why": "June's 9.4% a 40-year high.",
            "mentions": [("09", "40-year", 40, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "CPI inflation:forecast peak", "verdict": "compatible",
            "why": (
                "The Bank forecast inflation 'just over 13%' in 2022 Q4 (13.3% in October in its tables): 'just over 13%', "
                "'above 13%', 'top 13 percent', '13 per cent' and '13.3%' all fit it; they differ in precision only."
            ),
            "mentions": [
                ("01", "just over 13%", 13, {"low": 13, "high": 13.5}),
                ("02", "13 per cent", 13, {"ctx": "will hit 13 per cent"}),
                ("02", "13 per cent", 13, {"ctx": "inflation to 13 per cent"}),
                ("03", "above 13%", 13),
                ("04", "just over 13%", 13, {"low": 13, "high": 13.5}),
                ("05", "13 percent", 13, {"low": 13, "high": None, "note": "'top 13 percent'"}),
                ("06", "13.3%", 13.3),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the forecast inflation peak", "verdict": "compatible",
            "why": "The peak is forecast for October (two outlets) or for 2022 Q4 (the Bank's statement), which contains October.",
            "mentions": [
                ("02", "October", "2022-10", {"ctx": "13 per cent in October"}),
                ("04", "fourth quarter 2022", "2022-Q4"),
                ("06", "October", "2022-10"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "inflation target", "verdict": "agree",
            "why": "The Bank's 2% target.",
            "mentions": [
                ("01", "2%", 2),
                ("04", "2%", 2, {"ctx": "falling to the 2% target"}),
                ("04", "2%", 2, {"ctx": "back to the 2% target"}),
                ("09", "2", 2, {"ctx": "the 2 [percent] target", "note": "'2 [percent]', the bracket an editor's"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time for inflation to return to target", "verdict": "single-source",
            "why": "Inflation back at the 2% target two years ahead.",
            "mentions": [("04", "two years", 2, {"note": "years"})],
        },
        # --- recession and living standards ---
        {
            "event": E, "kind": "date", "role": "date-of:the start of the recession", "verdict": "conflict",
            "why": (
                "The Bank projects a recession from the fourth quarter of 2022 ('the final three months of this year', "
                "'the last quarter of this year'); the New Telegraph has the economy shrinking 'from September', a month "
                "before the quarter begins. A judgement call: a small gap, but the intervals do not meet."
            ),
            "mentions": [
                ("01", "final three months of this year", "2022-Q4"),
                ("02", "September", "2022-09"),
                ("04", "fourth quarter of this year", "2022-Q4"),
                ("06", "last quarter of this year", "2022-Q4"),
                ("08", "fourth quarter of 2022", "2022-Q4"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the recession", "verdict": "compatible",
            "why": (
                "Five (consecutive) quarters of contraction, i.e. fifteen months: 'more than a year' fits, AFP's 'year-long' "
                "rounds it."
            ),
            "mentions": [
                ("02", "more than a year", 12, {"low": 12, "high": None, "note": "months"}),
                ("02", "five consecutive quarters", 15, {"ctx": "contracting for five consecutive quarters", "note": "months; five quarters"}),
                ("02", "five consecutive quarters", 15, {"ctx": "cent over five consecutive quarters", "note": "months; five quarters"}),
                ("03", "more than a year", 12, {"low": 12, "high": None, "note": "months"}),
                ("03", "five quarters", 15, {"note": "months; five quarters"}),
                ("05", "year-long", 12, {"low": 11, "high": 15, "note": "months; 'year-long', rounded"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the recession", "verdict": "agree",
            "why": "The contraction lasts until the end of 2023.",
            "mentions": [
                ("01", "the end of 2023", "2023-12"),
                ("02", "the end of 2023", "2023-12"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "GDP fall:over the recession", "verdict": "single-source",
            "why": "GDP down 2.1% over the five quarters.",
            "mentions": [("02", "2.1 per cent", 2.1)],
        },
        {
            "event": E, "kind": "percent", "role": "GDP fall:2023", "verdict": "single-source",
            "why": "GDP forecast to fall 1.25% in 2023: a look-alike of Bank Rate's 1.25% before the rise.",
            "mentions": [("03", "1.25%", 1.25)],
        },
        {
            "event": E, "kind": "percent", "role": "GDP fall:2024", "verdict": "single-source",
            "why": "GDP forecast to fall 0.25% in 2024: a look-alike of the dissenter's 0.25-point rise.",
            "mentions": [("03", "0.25%", 0.25)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:consecutive years of annual contraction", "verdict": "single-source",
            "why": "Two years of annual contraction (2023 and 2024).",
            "mentions": [("03", "two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "fall in living standards", "verdict": "agree",
            "why": "A 5% fall in real-terms living standards ('five per cent', next year).",
            "mentions": [
                ("02", "five per cent", 5),
                ("03", "5%", 5),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:worst squeeze on living standards for", "verdict": "single-source",
            "why": "Living standards tumbling more than at any time in the last 60 years.",
            "mentions": [("02", "60 years", 60, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "unemployment rate:now", "verdict": "single-source",
            "why": "Unemployment at 3.8%.",
            "mentions": [("02", "3.8 per cent", 3.8)],
        },
        {
            "event": E, "kind": "percent", "role": "unemployment rate:forecast for 2024", "verdict": "single-source",
            "why": "Unemployment forecast to reach 5.5% by 2024.",
            "mentions": [("02", "5.5 per cent", 5.5)],
        },
        # --- energy bills and mortgages ---
        {
            "event": E, "kind": "money", "role": "typical annual energy bill:from October", "verdict": "compatible",
            "why": "The price cap expected to rise to (around) £3,500 a year in October.",
            "mentions": [
                ("01", "around £3,500", 3500),
                ("02", "£3,500", 3500),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the energy price cap rise", "verdict": "agree",
            "why": "The cap rises in October (a look-alike of the October inflation peak).",
            "mentions": [
                ("01", "October", "2022-10"),
                ("02", "October", "2022-10", {"ctx": "£3,500 in October"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "typical annual energy bill:now", "verdict": "single-source",
            "why": "Just under £2,000 a year before October.",
            "mentions": [("01", "just under £2,000", 2000, {"low": 1800, "high": 2000})],
        },
        {
            "event": E, "kind": "money", "role": "typical monthly energy bill:from October", "verdict": "single-source",
            "why": "Around £300 a month from October.",
            "mentions": [("01", "around £300", 300)],
        },
        {
            "event": E, "kind": "money", "role": "added to annual tracker-mortgage repayments by the rise", "verdict": "single-source",
            "why": "Around £650 a year for an average tracker mortgage.",
            "mentions": [("03", "around £650", 650)],
        },
        {
            "event": E, "kind": "money", "role": "rise in monthly tracker-mortgage repayments since December 2021", "verdict": "single-source",
            "why": "Around £170 a month since the rises began.",
            "mentions": [("03", "around £170", 170)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the doubling of wholesale gas prices", "verdict": "single-source",
            "why": "Wholesale gas has doubled since May; a look-alike of the May report's month.",
            "mentions": [("03", "May", "2022-05")],
        },
        {
            "event": E, "kind": "money", "role": "gilt sales per quarter (planned)", "verdict": "single-source",
            "why": "Bond sales of around £10 billion a quarter, outlined with the decision.",
            "mentions": [("09", "around £10 billion", 10e9)],
        },
        # --- background and sibling events ---
        {
            "event": Y1995, "kind": "date", "role": "date-of:the last rise as large", "verdict": "agree",
            "why": "The biggest (single) rise since 1995.",
            "mentions": [
                ("01", "1995", "1995"),
                ("04", "1995", "1995", {"ctx": "since 1995implemented"}),
                ("05", "1995", "1995", {"ctx": "hike since 1995\n"}),
                ("05", "1995", "1995", {"ctx": "since 1995 on Thursday"}),
                ("06", "1995", "1995"),
                ("07", "1995", "1995"),
                ("08", "1995", "1995"),
            ],
        },
        {
            "event": INDEP, "kind": "date", "role": "date-of:the Bank's independence", "verdict": "single-source",
            "why": "The largest rise since independence in 1997 (true: none as large since; a look-alike of 'since 1995', not a conflict).",
            "mentions": [("09", "1997", "1997")],
        },
        {
            "event": CRISIS, "kind": "date", "role": "date-of:Bank Rate last as high", "verdict": "compatible",
            "why": "Rates last this high in December 2008 ('late 2008').",
            "mentions": [
                ("01", "December 2008", "2008-12"),
                ("06", "December 2008", "2008-12"),
                ("07", "late 2008", "2008-12", {"note": "late 2008: September to December"}),
            ],
        },
        {
            "event": CRISIS, "kind": "date", "role": "date-of:the financial crisis", "verdict": "agree",
            "why": "The 2008 financial crisis / banking crash, the last recession as long.",
            "mentions": [
                ("01", "2008", "2008", {"ctx": "the 2008 financial crisis"}),
                ("02", "2008", "2008", {"ctx": "the 2008 banking crash"}),
                ("02", "2008", "2008", {"ctx": "recession since 2008"}),
            ],
        },
        {
            "event": Y1980, "kind": "date", "role": "date-of:inflation last as high", "verdict": "compatible",
            "why": "Inflation of 13% would be the highest since (September) 1980.",
            "mentions": [
                ("02", "1980", "1980"),
                ("03", "September 1980", "1980-09"),
            ],
        },
        {
            "event": RF, "kind": "percent", "role": "CPI inflation:forecast peak (Resolution Foundation)", "verdict": "single-source",
            "why": "The Resolution Foundation's 15% early next year: another forecaster's figure, not the Bank's 13%.",
            "mentions": [("07", "15%", 15)],
        },
        {
            "event": ECB, "kind": "percent", "role": "rise in the ECB's rates", "verdict": "single-source",
            "why": "The ECB's 50 basis points of July: a look-alike of the Bank's 50 basis points.",
            "mentions": [("09", "50 basis points", 0.5, {"ctx": "rates by 50 basis points, larger", "note": BP})],
        },
        {
            "event": FED, "kind": "percent", "role": "rise in the Fed's rate", "verdict": "single-source",
            "why": "The Fed's 75 basis points.",
            "mentions": [("09", "75-basis-point", 0.75, {"note": "percentage points; written as 75 basis points"})],
        },
        {
            "event": CYCLE, "kind": "date", "role": "date-of:the first rise of the cycle", "verdict": "agree",
            "why": "The rises began in December (2021).",
            "mentions": [
                ("03", "December", "2021-12"),
                ("05", "December", "2021-12"),
                ("07", "December", "2021-12"),
            ],
        },
        {
            "event": CYCLE, "kind": "percent", "role": "Bank Rate:before the cycle", "verdict": "single-source",
            "why": "Rates rose from a low of 0.1% (AFP: 'just above zero', not a figure).",
            "mentions": [("03", "0.1%", 0.1)],
        },
        {
            "event": MAY, "kind": "date", "role": "date-of:the previous Monetary Policy Report", "verdict": "agree",
            "why": "The May (2022) report, whose forecast the new one raises.",
            "mentions": [
                ("04", "May", "2022-05"),
                ("09", "May", "2022-05"),
            ],
        },
        {
            "event": SIXTIES, "kind": "date", "role": "date-of:the last two consecutive years of contraction", "verdict": "single-source",
            "why": "The first two years of annual contraction since the 1960s.",
            "mentions": [("03", "1960s", "1960s")],
        },
        {
            "event": SEPT, "kind": "date", "role": "date-of:the next MPC meeting", "verdict": "single-source",
            "why": "Bond sales may start after the September meeting: a look-alike of the New Telegraph's 'from September'.",
            "mentions": [("09", "September", "2022-09")],
        },
    ],
}
