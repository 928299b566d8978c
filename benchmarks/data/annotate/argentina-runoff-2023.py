# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Argentina's presidential runoff, Sunday 19 November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Shares as percentages (numbers); counts as numbers; durations with their unit in note; dates
as ISO strings. Sunday = 19 November 2023 (the runoff) in 01-05; in 06 (23 October) Sunday =
22 October 2023 (the first round).
"""

E = "e1"
FIRST = "e2"
ECONOMY = "e3"
DEMOCRACY = "e4"
GOVERNMENTS = "e5"
PRIMARIES = "e6"
RUNOFF = "2023-11-19"
ROUND1 = "2023-10-22"
SPEC = {
    "description": (
        "Argentina's presidential runoff of Sunday 19 November 2023, won by Javier Milei over Sergio Massa, as five "
        "outlets reported it that Sunday and Monday, with The National Pulse's report of the first round (Sunday 22 "
        "October) as a sibling article: Milei's share 'over 55%' (more than 94% counted) / 55.8% (97.6%) / 56 per cent "
        "(almost 90%) / 55.95% (almost 87%) / 55% (`updated`: shares re-reported as the count moved, rounded in places), "
        "Massa's 44.2% / 44 per cent / 44.04% / 44% (`updated`); the share of votes counted almost 87% -> almost 90% -> "
        "more than 94% -> 97.6% (`updated`); 13,781,154 votes for Milei; some 35.8 million called to vote; a four-year "
        "term; office on December 10 (`agree`); Milei 53. Sibling event whose figures are traps for the runoff's: the "
        "first round, Massa 36.78% (final) / 36.6 percent (election night), Milei 29.99% / 29.9 percent (`updated`), the "
        "polls' 'around 35 percent' and 'sub-30', 'two-thirds' voting for change. Background: annual inflation 'beyond "
        "140%' / 143% (November) against 140 percent (October) (`updated`), poverty 40% / 'above 40 percent' "
        "(`compatible`); the return of democracy in 1983; Peronist governments since 2003 but for Macri's four years "
        "(2015-19); the August primaries."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-11-19 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; 'With 97.6% of the ballots counted during Sunday's decisive presidential runoff': 20 November 2023 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2023-11-20 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; a live page of 'this Sunday' with almost 87% counted: 19 November 2023"},
        "05": {"published_how": "the URL's date 20231120"},
        "06": {"published_how": "the URL's date 2023/10/23", "event_hint": FIRST},
    },
    "events": [
        {"id": E, "label": "Argentina's presidential runoff, Sunday 19 November 2023 (Milei against Massa), and its count", "main": True},
        {"id": FIRST, "label": "the first round of Argentina's presidential election, Sunday 22 October 2023 (sibling)", "main": False},
        {"id": ECONOMY, "label": "Argentina's inflation and poverty in 2023 (background)", "main": False},
        {"id": DEMOCRACY, "label": "Argentina's return to democracy, 1983 (background)", "main": False},
        {"id": GOVERNMENTS, "label": "Argentina's governments since 2003: the Kirchners' and Macri's (background)", "main": False},
        {"id": PRIMARIES, "label": "the national primaries, August 2023 (background)", "main": False},
    ],
    "clusters": [
        # --- the runoff ---
        {
            "event": E, "kind": "percent", "role": "Milei's share of the runoff vote", "verdict": "updated",
            "why": "Provisional shares as the count went on: 55.95% with almost 87% counted, 56 per cent with almost 90%, 'over 55%' with more than 94%, 55.8% with 97.6%; AFP's 55% (partial results) and the rounded 56 hold with them.",
            "mentions": [
                ("01", "over 55%", 55, {"note": "% of votes, more than 94% counted"}),
                ("02", "55.8%", 55.8, {"note": "% of votes, 97.6% counted"}),
                ("03", "56 per cent", 56, {"note": "% of the vote, almost 90% counted"}),
                ("04", "55.95%", 55.95, {"note": "% of the votes, almost 87% counted"}),
                ("05", "55%", 55, {"note": "% of the vote, official partial results"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Massa's share of the runoff vote", "verdict": "updated",
            "why": "44.04% (almost 87% counted), 44 per cent (almost 90%), 44.2% (97.6%), 44% (partial): shares that moved with the count.",
            "mentions": [
                ("02", "44.2%", 44.2, {"note": "% of votes, 97.6% counted"}),
                ("03", "44 per cent", 44, {"note": "% of the vote, almost 90% counted"}),
                ("04", "44.04%", 44.04, {"note": "% of the votes, almost 87% counted"}),
                ("05", "44%", 44, {"note": "% of the vote, official partial results"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of runoff votes counted", "verdict": "updated",
            "why": "The count reported at successive moments of the night: almost 87% of the tables, almost 90 per cent, more than 94%, 97.6%.",
            "mentions": [
                ("01", "more than 94%", 94),
                ("02", "97.6%", 97.6),
                ("03", "almost 90 per cent", 90),
                ("04", "almost 87%", 87, {"note": "% of the tables"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "votes for Milei", "verdict": "single-source",
            "why": "13,781,154 votes (more than 94% counted).",
            "mentions": [("01", "13,781,154", 13781154)],
        },
        {
            "event": E, "kind": "count", "role": "voters called to the runoff", "verdict": "single-source",
            "why": "Some 35.8 million Argentines called to vote.",
            "mentions": [("04", "Some 35.8 million", 35_800_000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the presidential term", "verdict": "single-source",
            "why": "'the president elected for the next 4 years' (Massa).",
            "mentions": [("01", "4 years", 4, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Javier Milei", "verdict": "single-source",
            "why": "Milei, 53.",
            "mentions": [("05", "53", 53, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Juan Ignacio Gómez (voter)", "verdict": "single-source",
            "why": "Juan Ignacio Gómez, 17.",
            "mentions": [("05", "17", 17, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Nacho Larrañaga (voter)", "verdict": "single-source",
            "why": "Nacho Larrañaga, 50.",
            "mentions": [("05", "50", 50, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "people celebrating at the Obelisk", "verdict": "single-source",
            "why": "'Thousands of people' (vague; guessed bounds).",
            "mentions": [("05", "Thousands", 2000, {"low": 2000, "high": 9999})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the runoff", "verdict": "compatible",
            "why": "Sunday 19 November 2023 ('yesterday' in a Monday report; 'November 19' and 'in November' announced after the first round).",
            "mentions": [
                ("01", "Sunday", RUNOFF),
                ("02", "Sunday", RUNOFF),
                ("03", "yesterday", RUNOFF),
                ("04", "Sunday", RUNOFF),
                ("05", "Sunday", RUNOFF),
                ("06", "November", "2023-11", {"ctx": "presidency in November"}),
                ("06", "November 19", RUNOFF),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the new president taking office", "verdict": "agree",
            "why": "December 10.",
            "mentions": [
                ("04", "December 10", "2023-12-10"),
                ("06", "December 10", "2023-12-10"),
            ],
        },
        # --- the first round (sibling) ---
        {
            "event": FIRST, "kind": "percent", "role": "Massa's share of the first-round vote", "verdict": "updated",
            "why": "36.6 percent (election-night count, The National Pulse of 23 October) and 36.78% (the result, Pledge Times): a share that moved with the count (a judgement call: the first figure may be a rounding of an early count).",
            "mentions": [
                ("04", "36.78%", 36.78),
                ("06", "36.6 percent", 36.6, {"as_of": ROUND1}),
            ],
        },
        {
            "event": FIRST, "kind": "percent", "role": "Milei's share of the first-round vote", "verdict": "updated",
            "why": "29.9 percent (election night) and 29.99% (the result).",
            "mentions": [
                ("04", "29.99%", 29.99),
                ("06", "29.9 percent", 29.9, {"as_of": ROUND1}),
            ],
        },
        {
            "event": FIRST, "kind": "date", "role": "date-of:the first round", "verdict": "agree",
            "why": "Sunday 22 October 2023.",
            "mentions": [
                ("04", "October 22", ROUND1, {"ctx": "elections of October 22"}),
                ("04", "October 22", ROUND1, {"ctx": "first round on October 22"}),
                ("06", "Sunday", ROUND1),
            ],
        },
        {
            "event": FIRST, "kind": "percent", "role": "Milei's poll standing before the first round", "verdict": "single-source",
            "why": "Leading the polls 'at around 35 percent'.",
            "mentions": [("06", "around 35 percent", 35)],
        },
        {
            "event": FIRST, "kind": "percent", "role": "Massa's poll standing before the first round", "verdict": "single-source",
            "why": "'Massa's sub-30 numbers'.",
            "mentions": [("06", "sub-30", 30, {"high": 30})],
        },
        {
            "event": FIRST, "kind": "percent", "role": "share voting for change (Milei's claim)", "verdict": "single-source",
            "why": "'two-thirds of Argentinians voted for change'.",
            "mentions": [("06", "two-thirds", 66.67, {"note": "two-thirds"})],
        },
        # --- background ---
        {
            "event": ECONOMY, "kind": "percent", "role": "annual inflation", "verdict": "updated",
            "why": "140 percent in The National Pulse of 23 October, 143% / 143 per cent (and 'beyond 140%') in the reports of 19-20 November: the annual rate rose between the monthly figures (a judgement call: 140 may be a rounding).",
            "mentions": [
                ("02", "beyond 140%", 140, {"low": 140}),
                ("03", "143 per cent", 143),
                ("05", "143%", 143),
                ("06", "140 percent", 140, {"as_of": "2023-10-23"}),
            ],
        },
        {
            "event": ECONOMY, "kind": "percent", "role": "share of the population in poverty", "verdict": "compatible",
            "why": "40% and 'above 40 percent'.",
            "mentions": [
                ("05", "40%", 40),
                ("06", "above 40 percent", 40),
            ],
        },
        {
            "event": DEMOCRACY, "kind": "date", "role": "date-of:the return to democracy", "verdict": "single-source",
            "why": "1983 (the margin the widest since).",
            "mentions": [("02", "1983", "1983")],
        },
        {
            "event": GOVERNMENTS, "kind": "date", "role": "date-of:the start of the Kirchners' governments", "verdict": "single-source",
            "why": "Governed since 2003 by the Kirchners' Peronism.",
            "mentions": [("05", "2003", "2003")],
        },
        {
            "event": GOVERNMENTS, "kind": "duration", "role": "duration-of:Macri's government", "verdict": "single-source",
            "why": "A four-year interlude.",
            "mentions": [("05", "four-year", 4, {"note": "years"})],
        },
        {
            "event": GOVERNMENTS, "kind": "date", "role": "date-of:Macri's government", "verdict": "single-source",
            "why": "2015-19.",
            "mentions": [("05", "2015-19", "2015/2019")],
        },
        {
            "event": PRIMARIES, "kind": "date", "role": "date-of:the national primaries", "verdict": "single-source",
            "why": "In August this year (2023).",
            "mentions": [("06", "August", "2023-08")],
        },
    ],
}
