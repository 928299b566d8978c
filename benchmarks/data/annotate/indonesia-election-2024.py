# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Indonesia's presidential election of Wednesday 14 February 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Shares in percent; dates as ISO strings. Wednesday 14 February 2024 = the vote and the victory claim; Thursday 15 February =
Reuters's report (03); Wednesday 20 March 2024 = the official result (05, 06).
Three measures of Prabowo's share are three facts: the pollsters' quick counts (samples, the night of the vote), the
election commission's preliminary tally as it went on (`updated`, with the share of ballots counted), the official result.
Left out: "one round" / "1st-round" / "first round" / "second-round" (ordinals that name the rounds), "later this year" (03: when he would become president), "Hundreds of Indonesians" (vague), "in a month" (the rupiah's strongest in a month), "a fifth"
and "over half" (the rule's shares of ballots and provinces; see its cluster why), "Southeast Asia's biggest economy".
"""

E = "e1"
PAST = "e2"
WED = "2024-02-14"
THU = "2024-02-15"
FRI = "2024-02-16"
RES = "2024-03-20"
SPEC = {
    "description": (
        "Indonesia's presidential election of Wednesday 14 February 2024, from the night of the vote to the official result "
        "of Wednesday 20 March 2024 (six outlets): Prabowo Subianto's share in the pollsters' quick counts 'more than 55%' / "
        "'about 58' / 'nearly 60' per cent (`compatible`); in the election commission's preliminary tally 57.7% (6% counted) "
        "-> around 56% (about 40% counted) -> 57% (more than half counted) (`updated`, with the share counted `updated`); the "
        "official result 58.6% / 59% (`compatible`), more than 96 million votes (`agree`); Anies 24.9% / 25% (`compatible`), "
        "Ganjar more than 16% (`agree`); the official result expected 'by March 20' / 'late March' / 'next month' and given "
        "on Wednesday 20 March (`compatible`); Prabowo 72 (`agree`); takes office in October (`agree`); the first-round rule "
        "(more than 50%, 38 provinces); market moves, turnout, Gibran's age as single facts. Background: the earlier direct elections (from 2004), two lost by Prabowo (`agree`)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it reports Wednesday's victory claim as news (AFP): 14 February 2024 (a guess within a day)"},
        "02": {"published_how": "the corpus's date line 2024-02-15 (removed)"},
        "03": {"published_how": "inferred: the stored page's 'Published :' line has no date; it reports Reuters's Thursday story ('looked set on Thursday'): 15 February 2024"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the commission's tally with more than half counted was reported on Friday 16 February 2024 (a guess within a day)"},
        "05": {"published_how": "the URL's 22-Mar-2024 (the by-line date 'March 22, 2024', removed, agrees)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; it reports Wednesday's official result as news: 20 March 2024 (a guess within two days)"},
    },
    "events": [
        {"id": E, "label": "Indonesia's presidential election of 14 February 2024: the vote, the counts and the official result", "main": True},
        {"id": PAST, "label": "Indonesia's earlier direct presidential elections, from 2004, two of them lost by Prabowo (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "percent", "role": "share:Prabowo's share in the quick counts", "verdict": "compatible",
            "why": "The pollsters' sample counts on the night of the vote: 'more than 55%' (AFP), 'about 58 per cent' (four pollsters, Al Jazeera), 'nearly 60 per cent' (Reuters); all hold for about 58%.",
            "mentions": [
                ("01", "more than 55%", 55),
                ("02", "about 58 per cent", 58),
                ("03", "nearly 60 per cent", 60),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Anies's share in the quick counts", "verdict": "single-source",
            "why": "'trailed with about 25 per cent and 17 per cent'.",
            "mentions": [("02", "about 25 per cent", 25)],
        },
        {
            "event": E, "kind": "percent", "role": "share:Ganjar's share in the quick counts", "verdict": "single-source",
            "why": "'about 25 per cent and 17 per cent' (the 'about' covers both).",
            "mentions": [("02", "17 per cent", 17, {"low": 15.3, "high": 18.7})],
        },
        {
            "event": E, "kind": "count", "role": "points behind: the rivals' margin in the quick counts", "verdict": "single-source",
            "why": "'who trailed at least 33 points behind'.",
            "mentions": [("03", "at least 33", 33, {"note": "percentage points"})],
        },
        {
            "event": E, "kind": "percent", "role": "share:sample counted by the quick-count pollsters, lowest", "verdict": "single-source",
            "why": "'ranged from about 86 to 95 per cent as of 14:00 GMT on Wednesday' (the lower end).",
            "mentions": [("02", "86", 86)],
        },
        {
            "event": E, "kind": "percent", "role": "share:sample counted by the quick-count pollsters, highest", "verdict": "single-source",
            "why": "'ranged from about 86 to 95 per cent' (the upper end).",
            "mentions": [("02", "95 per cent", 95)],
        },
        {
            "event": E, "kind": "count", "role": "quick-count pollsters", "verdict": "single-source",
            "why": "'according to four pollsters'.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": E, "kind": "date", "role": "time of the quick-count tallies", "verdict": "single-source",
            "why": "'as of 14:00 GMT on Wednesday' (22:00 in Jakarta, WIB +07:00).",
            "mentions": [
                ("02", "14:00 GMT", "2024-02-14T21:00+07:00", {"note": "written in GMT"}),
                ("02", "Wednesday", WED, {"ctx": "GMT on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Prabowo's share in the commission's preliminary tally", "verdict": "updated",
            "why": "The election commission's count as it went on: 57.7 per cent with about 6 percent counted (Wednesday night), around 56 per cent with about 40 per cent (Thursday), 57 percent with more than half counted (Friday).",
            "mentions": [
                ("02", "57.7 per cent", 57.7, {"as_of": WED}),
                ("03", "around 56 per cent", 56, {"as_of": THU}),
                ("04", "57 percent", 57, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballots counted in the commission's preliminary tally", "verdict": "updated",
            "why": "'about 6 percent of ballots recorded' (Wednesday) -> 'about 40 per cent of votes counted' (Thursday) -> 'more than half of votes counted' (Friday).",
            "mentions": [
                ("02", "about 6 percent", 6, {"as_of": WED}),
                ("03", "about 40 per cent", 40, {"as_of": THU}),
                ("04", "more than half", 50, {"ctx": "more than half of votes counted", "as_of": FRI}),
                ("04", "more than half", 50, {"ctx": "more than half the ballots counted", "as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Anies's share in the commission's preliminary tally", "verdict": "single-source",
            "why": "'Anies Baswedan was at 24.98 percent' (more than half counted).",
            "mentions": [("04", "24.98 percent", 24.98)],
        },
        {
            "event": E, "kind": "percent", "role": "share:Ganjar's share in the commission's preliminary tally", "verdict": "single-source",
            "why": "'Ganjar Pranowo had 18.02 percent' (more than half counted).",
            "mentions": [("04", "18.02 percent", 18.02)],
        },
        {
            "event": E, "kind": "percent", "role": "share:Prabowo's share in the official result", "verdict": "compatible",
            "why": "'roughly 58.6 percent of the total' (AFP) and 'winning 59 percent' (Al Jazeera): 58.6% rounded.",
            "mentions": [
                ("05", "roughly 58.6 percent", 58.6),
                ("06", "59 percent", 59),
            ],
        },
        {
            "event": E, "kind": "count", "role": "votes:Prabowo's votes in the official result", "verdict": "agree",
            "why": "'more than 96 million votes'.",
            "mentions": [
                ("05", "more than 96 million", 96000000),
                ("06", "more than 96 million", 96000000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Anies's share in the official result", "verdict": "compatible",
            "why": "'24.9 percent' and '25 percent of the total count' (24.9% rounded).",
            "mentions": [
                ("05", "24.9 percent", 24.9),
                ("06", "25 percent", 25),
            ],
        },
        {
            "event": E, "kind": "count", "role": "votes:Anies's votes in the official result", "verdict": "single-source",
            "why": "'nearly 41 million votes'.",
            "mentions": [("06", "nearly 41 million", 41000000)],
        },
        {
            "event": E, "kind": "percent", "role": "share:Ganjar's share in the official result", "verdict": "agree",
            "why": "'more than 16 percent'.",
            "mentions": [
                ("05", "more than 16 percent", 16),
                ("06", "more than 16 percent", 16),
            ],
        },
        {
            "event": E, "kind": "count", "role": "votes:Ganjar's votes in the official result", "verdict": "single-source",
            "why": "'Ganjar Pranowo received 27 million votes'.",
            "mentions": [("06", "27 million", 27000000)],
        },
        {
            "event": E, "kind": "count", "role": "voters", "verdict": "single-source",
            "why": "'More than 164 million Indonesians voted'.",
            "mentions": [("05", "More than 164 million", 164000000)],
        },
        {
            "event": E, "kind": "percent", "role": "share:turnout", "verdict": "single-source",
            "why": "'representing around an 80 percent turnout'.",
            "mentions": [("05", "80 percent", 80, {"low": 72, "high": 88})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the official result", "verdict": "compatible",
            "why": "Expected 'by March 20 at the latest' / 'by March 20' / 'not until late March' / 'next month' (February's reports), and given on Wednesday 20 March ('effective immediately as of March 20'). None contradicts the day it came.",
            "mentions": [
                ("01", "next month", "2024-03", {"as_of": WED}),
                ("02", "March 20", RES, {"as_of": WED, "note": "a deadline: 'by March 20 at the latest'"}),
                ("03", "March 20", RES, {"as_of": THU, "note": "a deadline: 'by March 20'"}),
                ("04", "late March", "2024-03", {"ctx": "But The final result is not expected until late March", "as_of": FRI}),
                ("04", "late March", "2024-03", {"ctx": "The final result is not expected until late March but", "as_of": FRI}),
                ("05", "Wednesday", RES, {"ctx": "commission said Wednesday"}),
                ("05", "Wednesday", RES, {"ctx": "winners Wednesday"}),
                ("05", "March 20", RES),
                ("06", "Wednesday", RES),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the vote", "verdict": "single-source",
            "why": "'the February 14 first round'.",
            "mentions": [("06", "February 14", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Prabowo's victory claim", "verdict": "compatible",
            "why": "'claimed victory ... Wednesday' (AFP) / 'declared a \"victory for all Indonesians\" ... late on Wednesday' (Reuters): the night of the vote; 'already declared victory last month' (AFP in March: February 2024).",
            "mentions": [
                ("01", "Wednesday", WED),
                ("03", "Wednesday", WED),
                ("05", "last month", "2024-02"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Reuters's report that Prabowo looked set to win", "verdict": "single-source",
            "why": "'Prabowo Subianto looked set on Thursday to become Indonesia's next president'.",
            "mentions": [("03", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the runoff, had there been one", "verdict": "single-source",
            "why": "'a second-round runoff vote, which would have taken place in June'.",
            "mentions": [("01", "June", "2024-06")],
        },
        {
            "event": E, "kind": "percent", "role": "share:votes needed to win in the first round", "verdict": "single-source",
            "why": "'needs to claim more than 50% of the overall vote' (and a fifth of the ballots in over half the provinces).",
            "mentions": [("01", "more than 50%", 50)],
        },
        {
            "event": E, "kind": "count", "role": "provinces", "verdict": "single-source",
            "why": "'over half the country's 38 provinces'.",
            "mentions": [("01", "38", 38)],
        },
        {
            "event": E, "kind": "count", "role": "age:Prabowo", "verdict": "agree",
            "why": "72.",
            "mentions": [
                ("01", "72", 72, {"note": "years"}),
                ("02", "72", 72, {"note": "years"}),
                ("03", "72", 72, {"note": "years"}),
                ("04", "72", 72, {"note": "years"}),
                ("05", "72", 72, {"note": "years"}),
                ("06", "72", 72, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Gibran", "verdict": "single-source",
            "why": "'Gibran, 36, would become Indonesia's youngest-ever vice president'.",
            "mentions": [("04", "36", 36, {"note": "years"})],
        },
        {
            "event": PAST, "kind": "count", "role": "presidential elections Prabowo lost before", "verdict": "agree",
            "why": "'after losing the previous two elections' / 'lost in the race for president twice before' / 'contested the presidency twice before and failed'.",
            "mentions": [
                ("01", "two", 2, {"ctx": "previous two elections"}),
                ("02", "twice", 2),
                ("06", "twice", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "presidential bids of Prabowo, this one included", "verdict": "single-source",
            "why": "'widely predicted to win the presidency on his third attempt'.",
            "mentions": [("05", "third", 3, {"ctx": "third attempt"})],
        },
        {
            "event": E, "kind": "count", "role": "rank:Indonesia among the world's democracies", "verdict": "agree",
            "why": "'the world's third-biggest democracy' / 'the world's third biggest democracy'.",
            "mentions": [
                ("05", "third", 3, {"ctx": "third-biggest"}),
                ("06", "third", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rivals", "verdict": "agree",
            "why": "'beating two rivals' / 'decisively beating two rivals'.",
            "mentions": [
                ("05", "two", 2),
                ("06", "two", 2),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:taking office", "verdict": "agree",
            "why": "'will take office in October' / 'takes over in October' / 'take over ... in October' (2024).",
            "mentions": [
                ("03", "October", "2024-10"),
                ("05", "October", "2024-10"),
                ("06", "October", "2024-10"),
            ],
        },
        {
            "event": PAST, "kind": "date", "role": "date-of:the first direct presidential vote", "verdict": "single-source",
            "why": "'since it began direct voting for the president in 2004'.",
            "mentions": [("02", "2004", "2004")],
        },
        {
            "event": E, "kind": "percent", "role": "change:the stock market's rise", "verdict": "single-source",
            "why": "'rose as much as 2.2 per cent'.",
            "mentions": [("03", "as much as 2.2 per cent", 2.2, {"low": None, "high": 2.2})],
        },
        {
            "event": E, "kind": "percent", "role": "change:the rupiah's rise", "verdict": "single-source",
            "why": "'the rupiah strengthened 0.3 per cent'.",
            "mentions": [("03", "0.3 per cent", 0.3)],
        },
    ],
}
