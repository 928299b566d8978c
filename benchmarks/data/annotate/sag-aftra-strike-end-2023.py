# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for SAG-AFTRA's tentative deal ending the actors' strike, Wednesday 8 November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; the strike's length in days (months converted, note says so);
dates as ISO strings, times of day as Pacific time. Wednesday = 8 November 2023 (the committee's
vote), Thursday = 9 November (the strike's end at 12:01 a.m.), Friday = 10 November (the board).
"""

E = "e1"
WGA = "e2"
STRIKE1980 = "e3"
EMMYS = "e4"
WED = "2023-11-08"
THU = "2023-11-09"
FRI = "2023-11-10"
BN = 1_000_000_000
SPEC = {
    "description": (
        "SAG-AFTRA's tentative agreement with the studios (AMPTP), approved unanimously by its negotiating committee on "
        "Wednesday 8 November 2023 and ending the actors' strike at 12:01 a.m. (PT) on Thursday 9 November, as six outlets "
        "reported it that Wednesday and Thursday: a strike of 118 days (`compatible` with 'more than three months' and 'the "
        "past four months'); the contract worth 'over one billion dollars' / 'over $1 billion' / 'exceeded $1 billion' / "
        "'Billion+ $' (`agree`); a union of 160,000 / 'approximately 160,000' (`compatible`); the strike begun on July 14 / "
        "'mid-July' / in July (`compatible`); 12:01 a.m. (`agree`) on Thursday (`agree`); the committee's vote on Wednesday "
        "(`agree`); the national board's review on Friday (`agree`); a three-year contract; minimums up 7%, 2% more than the "
        "DGA's and WGA's; 'a really long two weeks'; talks broken off 'last month'. Background events whose figures are "
        "traps: the writers' strike (since May / May 2, a tentative offer in September, ended Sept. 27, ratified Oct. 9, 'a "
        "month' before), the longest earlier actors' strike (95 days in 1980), the Emmys moved to January 2024."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-11-09 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; the announcement 'On Wednesday, November 8' and the strike over: 9 November 2023 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the deal reached 'last night', members resuming work: 9 November 2023"},
        "04": {"published_how": "inferred: the URL's 2023/11 and the deal as news: 9 November 2023 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2023-11-08 (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the vote 'this afternoon', the strike to end at 12:01 a.m. Thursday: 8 November 2023"},
    },
    "events": [
        {"id": E, "label": "SAG-AFTRA's tentative deal with the AMPTP and the end of the actors' strike, 8-9 November 2023", "main": True},
        {"id": WGA, "label": "the Writers Guild of America's strike of 2023 and its settlement (background)", "main": False},
        {"id": STRIKE1980, "label": "the actors' strike of 1980 (background)", "main": False},
        {"id": EMMYS, "label": "the 2023 Emmys, moved to January 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "duration", "role": "duration-of:the actors' strike", "verdict": "compatible",
            "why": "118 days (14 July - 8 November) in five outlets; 'a strike launched more than three months ago' and 'for the past four months' (about 122 days) round it.",
            "mentions": [
                ("01", "118 days", 118, {"note": "days"}),
                ("02", "118 days", 118, {"ctx": "After 118 days on strike", "note": "days"}),
                ("02", "118 days", 118, {"ctx": "the last 118 days", "note": "days"}),
                ("03", "118-day", 118, {"note": "days"}),
                ("03", "four months", 122, {"low": 106, "high": 137, "note": "days; written 'the past four months'"}),
                ("04", "118-day", 118, {"note": "days"}),
                ("05", "more than three months", 91, {"low": 91, "high": None, "note": "days; written 'more than three months'"}),
                ("06", "118-day", 118, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "value of the contract", "verdict": "agree",
            "why": "Every outlet gives the union's 'over one billion dollars' ('over $1 billion', 'exceeded $1 billion', Drescher's 'Billion+ $').",
            "mentions": [
                ("01", "over one billion dollars", 1 * BN, {"note": "US dollars"}),
                ("02", "Billion+ $", 1 * BN, {"low": 1 * BN, "high": None, "note": "US dollars; written 'Billion+ $'"}),
                ("03", "over $1 billion", 1 * BN, {"note": "US dollars"}),
                ("04", "exceeded $1 billion", 1 * BN, {"low": 1 * BN, "high": None, "note": "US dollars"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "members of SAG-AFTRA", "verdict": "compatible",
            "why": "'The 160,000-strong actors union' and 'approximately 160,000 actors'.",
            "mentions": [
                ("03", "160,000-strong", 160000),
                ("05", "approximately 160,000", 160000),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the end of the strike", "verdict": "agree",
            "why": "The strike ended at 12:01 a.m. (PT) on Thursday 9 November.",
            "mentions": [
                ("01", "12:01 a.m.", "2023-11-09T00:01", {"note": "PT"}),
                ("02", "12:01 a.m.", "2023-11-09T00:01"),
                ("04", "12:01 a.m.", "2023-11-09T00:01"),
                ("06", "12:01 a.m.", "2023-11-09T00:01"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the strike", "verdict": "agree",
            "why": "Thursday 9 November ('today' in Soap Opera Digest of that day).",
            "mentions": [
                ("01", "today", THU),
                ("02", "Thursday", THU),
                ("04", "Thursday", THU),
                ("06", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the committee's approval of the deal", "verdict": "agree",
            "why": "The negotiating committee approved the deal and the union announced it on Wednesday 8 November ('last night' in Daily Shorts of the 9th).",
            "mentions": [
                ("02", "Wednesday, November 8", WED),
                ("03", "last night", WED),
                ("04", "Wednesday", WED),
                ("05", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the national board's review", "verdict": "agree",
            "why": "The national board reviews the deal on Friday 10 November (details to be announced then).",
            "mentions": [
                ("01", "Friday", FRI),
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
                ("06", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the actors' strike", "verdict": "compatible",
            "why": "The actors struck on July 14 ('mid-July'; 'July saw actors joining them').",
            "mentions": [
                ("03", "July 14", "2023-07-14"),
                ("03", "July", "2023-07", {"ctx": "and July saw actors"}),
                ("05", "July 14", "2023-07-14"),
                ("06", "mid-July", "2023-07", {"note": "the middle of the month"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the contract", "verdict": "single-source",
            "why": "'the three-year agreement'.",
            "mentions": [("03", "three-year", 3, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "rise of most minimums", "verdict": "single-source",
            "why": "'Most minimums under the agreement will rise by 7%'.",
            "mentions": [("04", "7%", 7)],
        },
        {
            "event": E, "kind": "percent", "role": "rise above the DGA's and WGA's increases", "verdict": "single-source",
            "why": "'2% more than the increases granted to the Directors Guild of America and the Writers Guild of America' (a difference, a look-alike of the 7%).",
            "mentions": [("04", "2%", 2)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the final talks", "verdict": "single-source",
            "why": "'It's honestly been a really long two weeks.'",
            "mentions": [("04", "two weeks", 2, {"note": "weeks"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the breakdown of talks", "verdict": "single-source",
            "why": "Talks resumed 'after abruptly ending last month' (October 2023).",
            "mentions": [("06", "last month", "2023-10")],
        },
        # --- background ---
        {
            "event": WGA, "kind": "date", "role": "date-of:the start of the writers' strike", "verdict": "compatible",
            "why": "The writers struck 'since May' / 'since May 2'.",
            "mentions": [
                ("03", "May", "2023-05"),
                ("05", "May 2", "2023-05-02"),
            ],
        },
        {
            "event": WGA, "kind": "date", "role": "date-of:the writers' tentative offer", "verdict": "single-source",
            "why": "'writers received a tentative offer in September'.",
            "mentions": [("03", "September", "2023-09")],
        },
        {
            "event": WGA, "kind": "date", "role": "date-of:the end of the writers' strike", "verdict": "single-source",
            "why": "The WGA 'ended its strike on Sept. 27'.",
            "mentions": [("05", "Sept. 27", "2023-09-27")],
        },
        {
            "event": WGA, "kind": "date", "role": "date-of:the writers' ratification", "verdict": "single-source",
            "why": "'ratified by WGA membership on Oct. 9'.",
            "mentions": [("05", "Oct. 9", "2023-10-09")],
        },
        {
            "event": WGA, "kind": "duration", "role": "duration-of:time from the writers' ratification to the actors' deal", "verdict": "single-source",
            "why": "'The agreement arrives a month after Hollywood writers ratified a deal' (9 October - 8 November).",
            "mentions": [("05", "a month", 1, {"note": "months"})],
        },
        {
            "event": STRIKE1980, "kind": "duration", "role": "duration-of:the actors' strike of 1980", "verdict": "single-source",
            "why": "'the longest actors strike in Hollywood's history went on for 95 days in 1980' (a look-alike of the 118 days).",
            "mentions": [("02", "95 days", 95, {"note": "days"})],
        },
        {
            "event": STRIKE1980, "kind": "date", "role": "date-of:the actors' strike of 1980", "verdict": "single-source",
            "why": "'in 1980'.",
            "mentions": [("02", "1980", "1980")],
        },
        {
            "event": EMMYS, "kind": "date", "role": "date-of:the moved 2023 Emmys", "verdict": "single-source",
            "why": "'the 2023 Emmys moved to January 2024'.",
            "mentions": [("05", "January 2024", "2024-01")],
        },
    ],
}
