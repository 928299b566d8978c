# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Harry Kane's transfer from Tottenham to Bayern Munich, August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which; conversions are in the same cluster, as in
microsoft-activision-close-2023); counts as numbers; durations in years (note); dates as ISO strings
(a month as "YYYY-MM"). Thursday = 10 August 2023 (the clubs' agreement reported), Saturday = 12 August
2023 (the signing announced).
"""

E = "e1"
HERNANDEZ = "e2"
HERNANDEZ_PSG = "e3"
FIRST_BID = "e4"
CAREER = "e5"
CITY = "e6"
CL_FINAL = "e7"
BAYERN_TITLES = "e8"
M = 1_000_000
EUR = "euros"
USD = "US dollars"
GBP = "pounds sterling"
THU = "2023-08-10"
FRI = "2023-08-11"
SAT = "2023-08-12"
SPEC = {
    "description": (
        "Harry Kane's transfer from Tottenham Hotspur to Bayern Munich, agreed between the clubs on Thursday 10 August "
        "2023 and announced on Saturday 12 August, as eight outlets reported it from that Thursday to the Saturday: the "
        "fee 'more than 100 million euros' / 'around €100 million' / '€100 million upfront' / 'in excess of €100 "
        "million', converted to $110 million and £86.4m, against '£100m ... pounds sterling, not euros' (Alasdair Gold, "
        "relayed by SB Nation's Tottenham blog) (`conflict`); £120m with add-ons (another report's €20 million of "
        "add-ons: two other quantities); a four-year contract to 30 June 2027; Kane 30 years old, one year left at "
        "Spurs, 'nearly' / 'almost 20 years' there and a '19-year association' (`compatible`); 280 goals in 435 / 'over "
        "430' appearances (`compatible`); a reported salary of €25million a year at Bayern against a £200,000-a-week "
        "deal at Spurs (two quantities); Spurs' rejection on Monday 7 August. Background whose figures are traps: "
        "Bayern's previous record signing (Lucas Hernandez, 80 million euros, 2019) and his sale to Paris Saint-Germain "
        "(45 million euros), Bayern's first bid (about €70m / '£60'), Kane's records (58 goals in 84 games for England; "
        "213 Premier League goals, 47 behind Shearer's 260; a debut in 2011; a 15-year trophy drought), Manchester "
        "City's attempt of 2021, the Champions League final of 2019, Bayern's six European titles (the last in 2020) and "
        "11 straight league titles; look-alikes inside the event: Thursday's report and Saturday's announcement, the "
        "Sunday of Kane's last Spurs game and the Sunday of Spurs' first league game."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-08-11 and the page's 'Friday, 11 August, 2023' (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; 'BBC reported on Thursday' of the deal in principle: taken as 11 August 2023 (a guess within a day)"},
        "03": {"published_how": "the URL's /2023/8/11/"},
        "04": {"published_how": "the corpus's date line 2023-08-12 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; 'Kane is now in Munich' for his medical (Friday 11 August): 11 August 2023 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; 'confirmed on Saturday': 12 August 2023 (a guess within a day)"},
        "07": {"published_how": "inferred: no date on the stored page; 'the clubs announced on Saturday': 12 August 2023 (a guess within a day)"},
        "08": {"published_how": "the corpus's date line 2023-08-12 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Harry Kane's transfer from Tottenham to Bayern Munich, agreed 10 August and announced 12 August 2023", "main": True},
        {"id": HERNANDEZ, "label": "Bayern's signing of Lucas Hernandez from Atletico Madrid, 2019 (background)", "main": False},
        {"id": HERNANDEZ_PSG, "label": "Hernandez's sale to Paris Saint-Germain, 2023 (background)", "main": False},
        {"id": FIRST_BID, "label": "Bayern's first bid for Kane, rejected, summer 2023 (background)", "main": False},
        {"id": CAREER, "label": "Kane's career and records at Tottenham and for England (background)", "main": False},
        {"id": CITY, "label": "Manchester City's attempt to sign Kane, 2021 (background)", "main": False},
        {"id": CL_FINAL, "label": "Tottenham's Champions League final, 2019 (background)", "main": False},
        {"id": BAYERN_TITLES, "label": "Bayern's European and league titles (background)", "main": False},
    ],
    "clusters": [
        # --- the transfer ---
        {
            "event": E, "kind": "money", "role": "money:the transfer fee", "verdict": "conflict",
            "why": "Most reports: 'more than 100 million euros' / 'around €100 million' / '€100 million upfront' / 'in excess of €100 million' (converted to $110 million and £86.4m). Alasdair Gold's report relayed by SB Nation: 'will pay £100m', 'pounds sterling, not euros' (the title's '£100m-£120m' spans the add-ons): £100m (about €116m) cannot hold with €100m / £86.4m.",
            "mentions": [
                ("01", "more than 100 million euros", 100 * M, {"note": EUR}),
                ("01", "$110 million", 110 * M, {"note": USD + "; the conversion of 100 million euros"}),
                ("01", "over 100 million euros", 100 * M, {"note": EUR}),
                ("02", "€100m", 100 * M, {"ctx": "agree €100m", "note": EUR}),
                ("02", "more than €100m", 100 * M, {"note": EUR}),
                ("02", "£86.4m", 86.4 * M, {"note": GBP + "; the conversion of €100m"}),
                ("03", "£100m-£120m", 110 * M, {"low": 100 * M, "high": 120 * M, "note": GBP + "; the fee and its maximum with add-ons"}),
                ("03", "£100m", 100 * M, {"ctx": "pay £100m", "note": GBP}),
                ("04", "around €100 million", 100 * M, {"note": EUR}),
                ("05", "€100 million", 100 * M, {"note": EUR + "; upfront"}),
                ("07", "in excess of €100 million", 100 * M, {"low": 100 * M, "high": None, "note": EUR}),
                ("07", "$110m", 110 * M, {"note": USD + "; the conversion of €100 million"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the fee with add-ons (maximum)", "verdict": "single-source",
            "why": "'potentially rising to £120m with various incentivized add-ons' (the whole, not the add-ons).",
            "mentions": [("03", "£120m", 120 * M, {"ctx": "rising to £120m", "note": GBP})],
        },
        {
            "event": E, "kind": "money", "role": "money:the add-ons", "verdict": "single-source",
            "why": "'€20 million in add-ons' (the add-ons alone; a look-alike of the £120m whole).",
            "mentions": [("05", "€20 million", 20 * M, {"note": EUR})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Kane's Bayern contract", "verdict": "agree",
            "why": "A four-year contract.",
            "mentions": [
                ("04", "four-year", 4, {"note": "years"}),
                ("05", "four-year", 4, {"note": "years"}),
                ("08", "four-year", 4, {"ctx": "signs four-year", "note": "years"}),
                ("08", "four-year", 4, {"ctx": "signing a four-year", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of Kane's Bayern contract", "verdict": "compatible",
            "why": "Until 2027 / June 2027 / 30 June 2027.",
            "mentions": [
                ("04", "2027", "2027", {"ctx": "until 2027"}),
                ("04", "June 30, 2027", "2027-06-30"),
                ("06", "June 2027", "2027-06"),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Kane's age", "verdict": "agree",
            "why": "Kane is 30.",
            "mentions": [
                ("01", "30-year-old", 30),
                ("02", "30-year-old", 30),
                ("04", "30-year-old", 30),
                ("05", "30", 30, {"ctx": "aged 30"}),
                ("06", "30-year-old", 30),
                ("07", "30-year-old", 30),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Kane's salary at Bayern (a year)", "verdict": "single-source",
            "why": "A reported annual salary of €25million.",
            "mentions": [("06", "€25million", 25 * M, {"note": EUR + "; a year"})],
        },
        {
            "event": E, "kind": "money", "role": "money:Kane's salary at Tottenham (a week)", "verdict": "single-source",
            "why": "His £200,000-a-week deal at Spurs (another quantity than the Bayern salary).",
            "mentions": [("07", "£200,000", 200_000, {"note": GBP + "; a week"})],
        },
        {
            "event": E, "kind": "duration", "role": "time left on Kane's Tottenham contract", "verdict": "agree",
            "why": "One year left / remaining.",
            "mentions": [
                ("02", "one year", 1, {"note": "years"}),
                ("07", "one year", 1, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of Kane's Tottenham contract", "verdict": "single-source",
            "why": "His deal ends in 2024.",
            "mentions": [("01", "2024", "2024")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the clubs' agreement reported", "verdict": "agree",
            "why": "Reported on Thursday 10 August ('AUG 10' in the dateline; 'yesterday' for SB Nation on 11 August).",
            "mentions": [
                ("01", "AUG 10", THU),
                ("01", "Thursday", THU),
                ("02", "Thursday", THU),
                ("03", "yesterday", THU),
                ("07", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the signing announced", "verdict": "agree",
            "why": "Bayern announced the signing on Saturday 12 August ('early on Saturday morning').",
            "mentions": [
                ("04", "Saturday", SAT),
                ("06", "Saturday", SAT),
                ("07", "Saturday", SAT),
                ("08", "Saturday morning", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Kane leaves Tottenham", "verdict": "single-source",
            "why": "Kane's message on Saturday: 'I'll be leaving the club today'.",
            "mentions": [("06", "today", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Kane travelled to Munich", "verdict": "single-source",
            "why": "Kane travelled to Germany on Friday night.",
            "mentions": [("06", "Friday night", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Spurs rescinded permission to travel", "verdict": "single-source",
            "why": "Permission rescinded 'yesterday' (Thursday 10 August, for a page of 11 August).",
            "mentions": [("05", "yesterday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Spurs rejected Bayern's previous bid", "verdict": "agree",
            "why": "Spurs turned down an offer on Monday 7 August (Levy 'waited until Monday').",
            "mentions": [
                ("02", "Monday", "2023-08-07"),
                ("07", "Monday", "2023-08-07"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Bayern's deadline", "verdict": "single-source",
            "why": "Midnight last Friday (4 August).",
            "mentions": [("07", "last Friday", "2023-08-04")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Kane's last Spurs game", "verdict": "single-source",
            "why": "Against Shakhtar Donetsk on Sunday 6 August.",
            "mentions": [("02", "Sunday", "2023-08-06")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Tottenham's Premier League opener", "verdict": "single-source",
            "why": "Sunday 13 August.",
            "mentions": [("01", "Sunday", "2023-08-13")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:personal terms agreed", "verdict": "single-source",
            "why": "From the start of August.",
            "mentions": [("05", "the start of August", "2023-08")],
        },
        # --- background ---
        {
            "event": HERNANDEZ, "kind": "money", "role": "money:Hernandez's fee", "verdict": "agree",
            "why": "Bayern's previous record: 80 million euros for Lucas Hernandez.",
            "mentions": [
                ("01", "80 million euros", 80 * M, {"note": EUR}),
                ("04", "€80 million", 80 * M, {"note": EUR}),
            ],
        },
        {
            "event": HERNANDEZ, "kind": "date", "role": "date-of:Hernandez's signing", "verdict": "agree",
            "why": "In 2019.",
            "mentions": [
                ("01", "2019", "2019"),
                ("04", "2019", "2019", {"ctx": "Madrid in 2019"}),
            ],
        },
        {
            "event": HERNANDEZ_PSG, "kind": "money", "role": "money:Hernandez's sale to PSG", "verdict": "single-source",
            "why": "45 million euros.",
            "mentions": [("01", "45 million euros", 45 * M, {"note": EUR})],
        },
        {
            "event": FIRST_BID, "kind": "money", "role": "money:Bayern's first bid", "verdict": "compatible",
            "why": "'somewhere around €70m (£60)', a conversion written without its 'm'.",
            "mentions": [
                ("03", "around €70m", 70 * M, {"note": EUR}),
                ("03", "£60", 60 * M, {"note": GBP + "; written '£60' for £60m, the conversion of €70m"}),
            ],
        },
        {
            "event": CAREER, "kind": "duration", "role": "duration-of:Kane's time at Tottenham", "verdict": "compatible",
            "why": "'nearly 20 years' (Kane), 'almost 20 years' and a '19-year association' (The Times).",
            "mentions": [
                ("06", "nearly 20 years", 20, {"note": "years"}),
                ("08", "almost 20 years", 20, {"note": "years"}),
                ("08", "19-year", 19, {"note": "years"}),
            ],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's age when he joined Tottenham's academy", "verdict": "agree",
            "why": "Aged 11.",
            "mentions": [
                ("04", "11", 11, {"ctx": "aged 11"}),
                ("06", "11-year-old", 11),
            ],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's goals for Tottenham", "verdict": "agree",
            "why": "280 goals.",
            "mentions": [("02", "280", 280), ("04", "280", 280)],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's appearances for Tottenham", "verdict": "compatible",
            "why": "435 appearances; 'over 430'.",
            "mentions": [("02", "435", 435), ("04", "over 430", 430)],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's goals for England", "verdict": "single-source",
            "why": "58 goals for England.",
            "mentions": [("04", "58", 58)],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's games for England", "verdict": "single-source",
            "why": "In 84 games.",
            "mentions": [("04", "84", 84)],
        },
        {
            "event": CAREER, "kind": "count", "role": "Kane's Premier League goals", "verdict": "agree",
            "why": "213 Premier League goals.",
            "mentions": [("04", "213", 213), ("07", "213", 213)],
        },
        {
            "event": CAREER, "kind": "count", "role": "goals Kane is behind Shearer", "verdict": "single-source",
            "why": "47 behind Shearer.",
            "mentions": [("04", "47", 47)],
        },
        {
            "event": CAREER, "kind": "count", "role": "Shearer's Premier League goals", "verdict": "single-source",
            "why": "Shearer on 260.",
            "mentions": [("07", "260", 260)],
        },
        {
            "event": CAREER, "kind": "date", "role": "date-of:Kane's senior debut", "verdict": "single-source",
            "why": "In 2011.",
            "mentions": [("04", "2011", "2011")],
        },
        {
            "event": CAREER, "kind": "duration", "role": "duration-of:Tottenham's trophy drought", "verdict": "single-source",
            "why": "A 15-year trophy drought.",
            "mentions": [("04", "15-year", 15, {"note": "years"})],
        },
        {
            "event": CITY, "kind": "date", "role": "date-of:Manchester City's attempt", "verdict": "single-source",
            "why": "In 2021.",
            "mentions": [("02", "2021", "2021")],
        },
        {
            "event": CL_FINAL, "kind": "date", "role": "date-of:Tottenham's Champions League final", "verdict": "single-source",
            "why": "In 2019 (a look-alike of Hernandez's 2019).",
            "mentions": [("04", "2019", "2019", {"ctx": "final in 2019"})],
        },
        {
            "event": BAYERN_TITLES, "kind": "count", "role": "Bayern's European titles", "verdict": "agree",
            "why": "Six-time European champions; six Champions League titles.",
            "mentions": [
                ("01", "Six-time", 6),
                ("07", "six", 6),
            ],
        },
        {
            "event": BAYERN_TITLES, "kind": "count", "role": "Bayern's consecutive league titles", "verdict": "single-source",
            "why": "11 consecutive Bundesliga titles.",
            "mentions": [("07", "11", 11)],
        },
        {
            "event": BAYERN_TITLES, "kind": "date", "role": "date-of:Bayern's last Champions League title", "verdict": "single-source",
            "why": "In 2020.",
            "mentions": [("07", "2020", "2020")],
        },
    ],
}
