# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the United Kingdom's general election of 4 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Seats as counts (gains and losses as positive counts, the sign in `note`); shares as percentages;
durations in years; dates as ISO strings, times with the UK's offset (+01:00). Years that name a
government or an election in passing ("the 2024 general election", "the Labour government of
2024") and "10-year" bonds are not mentions; the years of earlier elections are (background events).
"""

E = "e1"
E2019 = "e2"
E2017 = "e3"
E1997 = "e4"
NIGHT = "2024-07-04"
MORNING = "2024-07-05"
SPEC = {
    "description": (
        "The United Kingdom's general election of Thursday 4 July 2024 and its count through Friday 5 July, as six outlets "
        "reported it on 5-6 July 2024: Labour's seats 410 (a projection on the night) -> 326 (the majority, just after 5am) "
        "-> 412 / 'surpassing 400' (the official count) (`updated`); the Conservatives' 144 and 136 (projections) -> '120 or "
        "so' / 121 (`updated`); the Liberal Democrats' 49 -> 71 -> 72 (`updated`); the SNP's 9 (`agree`); Labour's gain 211 "
        "against 214 (`conflict`); the SNP's losses 39 against 37 (`conflict`); the Conservatives' losses 251 (`agree`); a "
        "majority of 'around 180' (projection) / 176 with one seat left (`compatible`); 650 seats (`agree`); 14 years of "
        "Conservative rule / 'fourteen years out of power' (`agree`); Labour's 'around 38%' of the vote; the seventh Labour "
        "prime minister; 36 seats for other parties, five for Reform UK. Background events whose figures are traps: the "
        "election of 2019 (`agree` on the year; the Liberal Democrats' 'previous 11'), of 2017 and of 1997."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; written during the count ('At just after 5am, Labour officially won a majority', Starmer PM 'later today'): 5 July 2024"},
        "02": {"published_how": "the corpus's date line 2024-07-05 (removed from the text)"},
        "03": {"published_how": "the page's date line '5 Jul 2024' (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2024-07-06 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; 'With nearly all 650 seats declared', Starmer 'poised to become the new prime minister': 5 July 2024"},
        "06": {"published_how": "the corpus's date line 2024-07-06 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the UK general election of 4 July 2024, its projections, count and result", "main": True},
        {"id": E2019, "label": "the UK general election of 2019 (background)", "main": False},
        {"id": E2017, "label": "the UK general election of 2017 (background)", "main": False},
        {"id": E1997, "label": "Labour's victory in the UK general election of 1997 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "seats:Labour", "verdict": "updated",
            "why": "A projection of 410 on the night (Times Caribbean), 326 when the majority was reached just after 5am (NationalWorld), 412 in the official count ('surpassing 400'): a count re-reported as it moved.",
            "mentions": [
                ("01", "326", 326, {"as_of": MORNING, "note": "seats declared just after 5am"}),
                ("02", "410", 410, {"as_of": NIGHT, "note": "a projection"}),
                ("04", "412", 412),
                ("05", "412", 412),
                ("05", "surpassing 400", 400, {"low": 400, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Conservatives", "verdict": "updated",
            "why": "Projections of 144 (Times Caribbean, the night) and 136 ('expected to win just 136', NationalWorld, early Friday); 121 in the count; The Conversation's '120 or so' rounds it.",
            "mentions": [
                ("01", "136", 136, {"as_of": MORNING, "note": "a projection"}),
                ("02", "144", 144, {"as_of": NIGHT, "note": "a projection"}),
                ("04", "121", 121),
                ("05", "121", 121),
                ("06", "120 or so", 120, {"low": 115, "high": 125, "note": "written '120 or so'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Liberal Democrats", "verdict": "updated",
            "why": "49 (Times Caribbean, during the count), 71 'with nearly all 650 seats declared', 72 in the official count (the last seat declared was theirs).",
            "mentions": [
                ("02", "49", 49, {"as_of": MORNING}),
                ("04", "72", 72),
                ("05", "71", 71, {"ctx": "increase to 71", "as_of": MORNING}),
                ("05", "71", 71, {"ctx": "securing 71", "as_of": MORNING}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:SNP", "verdict": "agree",
            "why": "The SNP won 9 seats.",
            "mentions": [
                ("04", "9", 9),
                ("05", "9", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Labour's gain on 2019", "verdict": "conflict",
            "why": "'412 seats, 211 more than in 2019' (Pledge Times, the official count) against 'a gain of 214' (Blogshop, with the same 412): both final figures, they cannot both hold.",
            "mentions": [
                ("04", "211", 211, {"note": "a gain"}),
                ("05", "214", 214, {"note": "a gain"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Conservatives' losses", "verdict": "agree",
            "why": "The Conservatives lost 251 seats ('121 (-251)', 'losing 251 seats').",
            "mentions": [
                ("04", "251", 251, {"note": "a loss, written '(-251)'"}),
                ("05", "251", 251, {"note": "a loss"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Liberal Democrats' gain", "verdict": "single-source",
            "why": "'the Lib Dems 72 (+64)' (72 - 64 = 8, not the 'previous 11' Blogshop gives for 2019: the texts do not state the 8, so no cluster holds it).",
            "mentions": [("04", "64", 64, {"note": "a gain, written '(+64)'"})],
        },
        {
            "event": E, "kind": "count", "role": "seats:SNP's losses", "verdict": "conflict",
            "why": "'the Scottish National Party 9 (-39)' (Pledge Times) against 'losing 37 seats' (Blogshop), both for the final 9: they cannot both hold.",
            "mentions": [
                ("04", "39", 39, {"note": "a loss, written '(-39)'"}),
                ("05", "37", 37, {"note": "a loss"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:other parties", "verdict": "single-source",
            "why": "'Thirty-six seats (+15) went to other parties'.",
            "mentions": [("04", "Thirty-six", 36)],
        },
        {
            "event": E, "kind": "count", "role": "seats:other parties' gain", "verdict": "single-source",
            "why": "'(+15)'.",
            "mentions": [("04", "15", 15, {"note": "a gain, written '(+15)'"})],
        },
        {
            "event": E, "kind": "count", "role": "seats:Reform UK", "verdict": "single-source",
            "why": "Reform 'secures five seats'.",
            "mentions": [("04", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "seats:Labour's majority", "verdict": "compatible",
            "why": "'a whopping majority of around 180 seats' (a projection early on Friday); 'a majority of 176 MPs' with one seat left to declare. 176 lies within 'around 180'.",
            "mentions": [
                ("01", "around 180", 180, {"as_of": MORNING, "note": "a projection"}),
                ("03", "176", 176),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats left to declare", "verdict": "single-source",
            "why": "'With just one seat left to declare'.",
            "mentions": [("03", "one", 1)],
        },
        {
            "event": E, "kind": "count", "role": "seats in Parliament", "verdict": "agree",
            "why": "650 seats.",
            "mentions": [
                ("05", "650", 650),
                ("06", "650", 650),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Labour's share of the vote", "verdict": "single-source",
            "why": "'Labour is likely to win around 38% of the vote' (a projection).",
            "mentions": [("01", "around 38%", 38)],
        },
        {
            "event": E, "kind": "percent", "role": "fall of the Conservatives' share in their seats", "verdict": "single-source",
            "why": "'their vote share dropped by an average of 26%'.",
            "mentions": [("01", "26%", 26)],
        },
        {
            "event": E, "kind": "percent", "role": "Conservatives' seats as a share of their previous total", "verdict": "single-source",
            "why": "'the Conservatives are down to a third of their previous total'.",
            "mentions": [("03", "a third", 33.3, {"note": "a fraction"})],
        },
        {
            "event": E, "kind": "count", "role": "growth factor of Labour's MPs", "verdict": "single-source",
            "why": "'Labour, has more than doubled the number of its MPs'.",
            "mentions": [("06", "more than doubled", 2, {"note": "a factor"})],
        },
        {
            "event": E, "kind": "count", "role": "rank of the Liberal Democrats", "verdict": "single-source",
            "why": "'they become the third largest party'.",
            "mentions": [("03", "third", 3, {"ctx": "the third largest", "note": "an ordinal"})],
        },
        {
            "event": E, "kind": "count", "role": "Starmer's rank among Labour prime ministers", "verdict": "single-source",
            "why": "'the seventh Labour Prime Minister'.",
            "mentions": [("01", "seventh", 7, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Conservative rule", "verdict": "agree",
            "why": "'the end of 14 years of Conservative rule'; Labour 'After fourteen years out of power' (the same span).",
            "mentions": [
                ("05", "14 years", 14, {"note": "years"}),
                ("06", "fourteen years", 14, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Labour's successive election defeats", "verdict": "single-source",
            "why": "'four successive election defeats'.",
            "mentions": [("06", "four", 4)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since Labour's defeat of 2019", "verdict": "single-source",
            "why": "'less than five years after the party's devastating loss to Boris Johnson in 2019'.",
            "mentions": [("01", "less than five years", 5, {"low": None, "high": 5, "note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Labour's majority", "verdict": "single-source",
            "why": "'At just after 5am, Labour officially won a majority'.",
            "mentions": [("01", "just after 5am", "2024-07-05T05:00+01:00", {"note": "just after"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Starmer's appointment by the King", "verdict": "single-source",
            "why": "'invited yesterday by the King' (Friday 5 July; the speech was on Saturday 6 July).",
            "mentions": [("04", "yesterday", "2024-07-05")],
        },
        # --- background ---
        {
            "event": E2019, "kind": "date", "role": "date-of:the 2019 election", "verdict": "agree",
            "why": "'loss to Boris Johnson in 2019'; '211 more than in 2019'.",
            "mentions": [
                ("01", "2019", "2019"),
                ("04", "2019", "2019"),
            ],
        },
        {
            "event": E2019, "kind": "count", "role": "seats:Liberal Democrats in 2019", "verdict": "single-source",
            "why": "'a notable increase from their previous 11' (a look-alike of this election's counts).",
            "mentions": [("05", "11", 11)],
        },
        {
            "event": E2017, "kind": "date", "role": "date-of:the 2017 election", "verdict": "single-source",
            "why": "'less than Jeremy Corbyn won in 2017'.",
            "mentions": [("01", "2017", "2017")],
        },
        {
            "event": E1997, "kind": "date", "role": "date-of:Blair's victory", "verdict": "single-source",
            "why": "'a feat not seen since Tony Blair's 1997 victory'.",
            "mentions": [("05", "1997", "1997")],
        },
    ],
}
