# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for South Africa's general election of 29 May 2024 and its count (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Shares and turnout as percentages (the count's progress too); seats, parties, provinces and voters as counts; durations
in days, months or years (note); dates as ISO strings, times with South Africa's offset (+02:00). Wednesday = 29 May 2024
(the vote); Friday = 31 May; the official results were announced on Sunday 2 June (no text dates that act but 05, which
says 'on Monday'). Left out: 'the top four parties', 'the 50 per cent plus one' ('one'), 'the 2029 election results' (the
chairman's slip for 2024, told as a joke), 'may' (the modal), ranks ('second place', 'the second-strongest province'), 'an earlier jail sentence'.
"""

E = "e1"
E1994 = "e2"
E2019 = "e3"
E1999 = "e4"
DA_WC = "e5"
MK = "e6"
THU = "2024-05-30"
FRI = "2024-05-31"
SAT = "2024-06-01"
SUN = "2024-06-02"

SPEC = {
    "description": (
        "South Africa's general election of Wednesday 29 May 2024 and its count, the ANC's loss of its majority, as six "
        "outlets reported it from 30 May to 3 June 2024: the ANC's share 42.6% (13.9% of stations reporting; the CSIR's "
        "projection roughly 42%) -> 42% (62% of votes, Friday lunchtime) -> roughly 41% (85%) -> just over 40% (more than "
        "97%) -> 40.21% (almost all) -> just over 40% with 159 of 400 seats (`updated`); the DA 25.8% -> 23% -> 22.16% -> "
        "21.78% (`updated`), 87 seats; MK 13.06% -> 14.59% (`updated`), 58 seats; the EFF 8.5% -> 9.41% -> 9.51% "
        "(`updated`), 39 seats; the provinces at 97% and at the end (Limpopo 74%, Free State 53%, Mpumalanga 52%, Northern "
        "Cape 49%, Gauteng 36%, the DA's Western Cape 53%: `agree`; the Eastern Cape 64% -> 63%, North West 59% -> 58%, "
        "KwaZulu-Natal's MK 44% -> 46% and ANC 19% -> 18%: `updated`); turnout 58.61% of 27.7 million registered, 16.2 "
        "million votes; 400 seats, nine provinces, 30 years of democracy (`agree`); the vote on Wednesday / May 29 "
        "(`agree`). Background: the 1994 election (62.5% of seats), 2019 (57.5%, `agree`; turnout 66%), 1999's turnout "
        "about 90%, the DA's rule of the Western Cape since 2009, MK's founding six months before."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-05-30 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; the count 'at lunchtime on Friday' (31 May): 31 May 2024"},
        "03": {"published_how": "the corpus's date line 2024-05-31 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2024-06-01 (removed from the text) and the URL (2024/6/1)"},
        "05": {"published_how": "inferred: no date on the stored page; 'almost all votes counted', the official results still to come: 2 June 2024, a guess within a day"},
        "06": {"published_how": "the magazine's edition line 'June 03, 2024' of The Guardian (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "South Africa's general election of 29 May 2024, its count and results", "main": True},
        {"id": E1994, "label": "South Africa's first democratic election of 1994 and the democracy since (background)", "main": False},
        {"id": E2019, "label": "South Africa's general election of 2019 (background)", "main": False},
        {"id": E1999, "label": "South Africa's general election of 1999 (background)", "main": False},
        {"id": DA_WC, "label": "the Democratic Alliance's government of the Western Cape since 2009 (background)", "main": False},
        {"id": MK, "label": "the founding of Zuma's uMkhonto we Sizwe party (background)", "main": False},
    ],
    "clusters": [
        # --- national shares as the count moved ---
        {
            "event": E, "kind": "percent", "role": "national vote share:ANC", "verdict": "updated",
            "why": "42.6% with 13.9% of stations reporting (the CSIR projecting roughly 42%, analysts 'not more than 42'), 42% of 62% counted on Friday, roughly 41% at 85%, just over 40% at more than 97%, 40.21% with almost all counted, just over 40% in the official results: a share re-reported as the count moved.",
            "mentions": [
                ("01", "42.6", 42.6, {"as_of": THU, "note": "percent"}),
                ("01", "roughly 42", 42, {"as_of": THU, "note": "percent; the CSIR's projection of the final share"}),
                ("02", "42", 42, {"ctx": "received only 42 per cent", "as_of": FRI, "note": "percent"}),
                ("02", "42", 42, {"ctx": "not get more than 42 per cent", "low": None, "high": 42, "as_of": FRI, "note": "percent; analysts' earlier prediction, written 'would not get more than 42 per cent'"}),
                ("03", "roughly 41", 41, {"as_of": FRI, "note": "percent"}),
                ("04", "just over 40", 40, {"low": 40, "high": 40.5, "as_of": SAT, "note": "percent"}),
                ("05", "40.21", 40.21, {"as_of": SUN, "note": "percent"}),
                ("06", "just over 40", 40, {"low": 40, "high": 40.5, "as_of": SUN, "note": "percent; the official results"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of the count reported", "verdict": "updated",
            "why": "13.9% of polling stations reporting (Thursday), 62% of votes confirmed (Friday lunchtime), 85% of ballots (Friday), more than 97% (Saturday): the count's progress.",
            "mentions": [
                ("01", "13.9", 13.9, {"as_of": THU, "note": "percent; of polling stations"}),
                ("02", "62", 62, {"as_of": FRI, "note": "percent; of votes cast"}),
                ("03", "85", 85, {"as_of": FRI, "note": "percent; of ballots"}),
                ("04", "more than 97", 97, {"ctx": "With more than 97 percent of votes", "as_of": SAT, "note": "percent; the standfirst"}),
                ("04", "more than 97", 97, {"ctx": "With more than 97 percent of the ballots", "as_of": SAT, "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "national vote share:Democratic Alliance", "verdict": "updated",
            "why": "25.8% early on Thursday, 23% on Friday lunchtime, 22.16% at 85%, 21.78% with almost all counted.",
            "mentions": [
                ("01", "25.8", 25.8, {"as_of": THU, "note": "percent"}),
                ("02", "23", 23, {"as_of": FRI, "note": "percent"}),
                ("03", "22.16", 22.16, {"as_of": FRI, "note": "percent"}),
                ("05", "21.78", 21.78, {"as_of": SUN, "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "national vote share:MK", "verdict": "updated",
            "why": "13.06% at 85% counted, 14.59% with almost all counted.",
            "mentions": [
                ("03", "13.06", 13.06, {"as_of": FRI, "note": "percent"}),
                ("05", "14.59", 14.59, {"as_of": SUN, "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "national vote share:EFF", "verdict": "updated",
            "why": "8.5% early on Thursday, 9.41% at 85%, 9.51% with almost all counted.",
            "mentions": [
                ("01", "8.5", 8.5, {"as_of": THU, "note": "percent"}),
                ("03", "9.41", 9.41, {"as_of": FRI, "note": "percent"}),
                ("05", "9.51", 9.51, {"as_of": SUN, "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share needed to govern alone", "verdict": "agree",
            "why": "More than 50% (of the vote or of the seats): 'more than 50%', 'over 50 per cent of the seats', 'the 50% mark', 'the 50 percent mark'.",
            "mentions": [
                ("02", "over 50", 50, {"low": 50, "high": None, "note": "percent; of the seats"}),
                ("03", "50", 50, {"ctx": "below the 50% mark", "note": "percent"}),
                ("04", "more than 50", 50, {"ctx": "does not receive more than 50", "note": "percent"}),
                ("04", "50", 50, {"ctx": "cross the 50 percent mark", "note": "percent"}),
                ("05", "more than 50", 50, {"ctx": "need to win more than 50%", "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share for a governing party (50 per cent plus one)", "verdict": "single-source",
            "why": "'the 50 per cent plus one needed to be the governing party' (a majority of votes, written with its 'plus one').",
            "mentions": [("02", "50", 50, {"ctx": "the 50 per cent plus one", "low": 50, "high": None, "note": "percent; written '50 per cent plus one'"})],
        },
        # --- seats ---
        {
            "event": E, "kind": "count", "role": "seats in the National Assembly", "verdict": "agree",
            "why": "400 seats.",
            "mentions": [
                ("02", "400", 400, {"ctx": "elect a new 400-member"}),
                ("02", "400", 400, {"ctx": "seats in the 400-member"}),
                ("03", "400", 400),
                ("06", "400", 400),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:ANC", "verdict": "single-source",
            "why": "'won 159 seats in the 400-member national assembly'.",
            "mentions": [("06", "159", 159)],
        },
        {
            "event": E, "kind": "count", "role": "seats:Democratic Alliance", "verdict": "single-source",
            "why": "'won 87 seats'.",
            "mentions": [("06", "87", 87)],
        },
        {
            "event": E, "kind": "count", "role": "seats:MK", "verdict": "single-source",
            "why": "'took 58'.",
            "mentions": [("06", "58", 58)],
        },
        {
            "event": E, "kind": "count", "role": "seats:EFF", "verdict": "single-source",
            "why": "'took 39'.",
            "mentions": [("06", "39", 39)],
        },
        {
            "event": E, "kind": "count", "role": "parties contesting the National Assembly", "verdict": "single-source",
            "why": "'Members of 52 parties competed'.",
            "mentions": [("03", "52", 52)],
        },
        # --- provinces ---
        {
            "event": E, "kind": "count", "role": "provinces of South Africa", "verdict": "agree",
            "why": "Nine provinces.",
            "mentions": [
                ("02", "nine", 9),
                ("04", "nine", 9),
                ("05", "nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "provinces where the ANC leads", "verdict": "single-source",
            "why": "'The ANC is currently ahead in seven out of South Africa’s nine provinces' (at more than 97% counted).",
            "mentions": [("04", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "provinces where the ANC has more than half of the vote", "verdict": "agree",
            "why": "Five provinces (Limpopo, Eastern Cape, North West, Free State, Mpumalanga), at more than 97% counted and at the end.",
            "mentions": [
                ("04", "five", 5),
                ("05", "five", 5),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "ANC share in the provinces it won outright (a bound)", "verdict": "agree",
            "why": "'more than 50 percent in vote counts in five of those' / 'won more than 50% of the vote in five'.",
            "mentions": [
                ("04", "more than 50", 50, {"ctx": "It is at more than 50", "note": "percent"}),
                ("05", "more than 50", 50, {"ctx": "ANC won more than 50%", "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "provinces where the ANC lost its majority", "verdict": "single-source",
            "why": "'The ANC also lost its majority in three provinces'.",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in Limpopo", "verdict": "agree",
            "why": "74%.",
            "mentions": [("04", "74", 74, {"note": "percent"}), ("05", "74", 74, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in the Eastern Cape", "verdict": "updated",
            "why": "64% at more than 97% counted, 63% with almost all counted.",
            "mentions": [("04", "64", 64, {"as_of": SAT, "note": "percent"}), ("05", "63", 63, {"as_of": SUN, "note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in North West", "verdict": "updated",
            "why": "59% at more than 97% counted, 58% with almost all counted.",
            "mentions": [("04", "59", 59, {"as_of": SAT, "note": "percent"}), ("05", "58", 58, {"ctx": "North West (58", "as_of": SUN, "note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in the Free State", "verdict": "agree",
            "why": "53% (a look-alike of the DA's 53% in the Western Cape).",
            "mentions": [
                ("04", "53", 53, {"ctx": "Free State (53", "note": "percent"}),
                ("05", "53", 53, {"ctx": "Free State (53", "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in Mpumalanga", "verdict": "agree",
            "why": "52%.",
            "mentions": [("04", "52", 52, {"note": "percent"}), ("05", "52", 52, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in the Northern Cape", "verdict": "agree",
            "why": "49%.",
            "mentions": [("04", "49", 49, {"note": "percent"}), ("05", "49", 49, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in Gauteng", "verdict": "agree",
            "why": "36%.",
            "mentions": [("04", "36", 36, {"note": "percent"}), ("05", "36", 36, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:DA in the Western Cape", "verdict": "agree",
            "why": "53%.",
            "mentions": [
                ("04", "53", 53, {"ctx": "Western Cape (53", "note": "percent"}),
                ("05", "53", 53, {"ctx": "Western Cape (53", "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:MK in KwaZulu-Natal", "verdict": "updated",
            "why": "44% on Friday lunchtime (62% counted), some / about 46% at more than 97% and at the end.",
            "mentions": [
                ("02", "44", 44, {"as_of": FRI, "note": "percent"}),
                ("04", "some 46", 46, {"as_of": SAT, "note": "percent"}),
                ("05", "about 46", 46, {"as_of": SUN, "note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "provincial share:ANC in KwaZulu-Natal", "verdict": "updated",
            "why": "Expected 'below 50%' (Friday), 19% on Friday lunchtime, about 18% at more than 97% and at the end.",
            "mentions": [
                ("02", "19", 19, {"as_of": FRI, "note": "percent"}),
                ("03", "50", 50, {"ctx": "fall below 50%", "low": None, "high": 50, "as_of": FRI, "note": "percent; written 'below 50%'"}),
                ("04", "about 18", 18, {"as_of": SAT, "note": "percent"}),
                ("05", "about 18", 18, {"as_of": SUN, "note": "percent"}),
            ],
        },
        # --- turnout and voters ---
        {
            "event": E, "kind": "percent", "role": "turnout", "verdict": "single-source",
            "why": "'a voter turnout of just 58.61 percent'.",
            "mentions": [("05", "58.61", 58.61, {"note": "percent"})],
        },
        {
            "event": E, "kind": "count", "role": "registered voters", "verdict": "single-source",
            "why": "'A record 27.7 million South Africans registered'.",
            "mentions": [("05", "27.7 million", 27700000)],
        },
        {
            "event": E, "kind": "count", "role": "votes cast", "verdict": "single-source",
            "why": "'only 16.2 million votes were cast on election day'.",
            "mentions": [("05", "16.2 million", 16200000)],
        },
        {
            "event": E, "kind": "count", "role": "South Africans who voted overseas", "verdict": "single-source",
            "why": "'Of the approximately 39,000 South Africans who voted overseas'.",
            "mentions": [("05", "approximately 39,000", 39000)],
        },
        {
            "event": E, "kind": "percent", "role": "share of overseas voters for the DA", "verdict": "single-source",
            "why": "'more than 75% voted for the DA'.",
            "mentions": [("05", "more than 75", 75, {"note": "percent"})],
        },
        # --- dates, times, durations ---
        {
            "event": E, "kind": "date", "role": "date-of:the election", "verdict": "agree",
            "why": "Wednesday 29 May 2024.",
            "mentions": [
                ("02", "May 29", "2024-05-29"),
                ("03", "May 29", "2024-05-29"),
                ("05", "Wednesday", "2024-05-29"),
                ("05", "May 29", "2024-05-29"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count's Friday lunchtime update", "verdict": "single-source",
            "why": "'As vote counting continued at lunchtime on Friday' (31 May).",
            "mentions": [("02", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the official results", "verdict": "single-source",
            "why": "'will announce the official results on Monday night at 6pm local time (16:00 GMT)' (as written: 3 June; one instant in two zones).",
            "mentions": [
                ("05", "Monday night at 6pm", "2024-06-03T18:00+02:00"),
                ("05", "16:00 GMT", "2024-06-03T18:00+02:00"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the count so far", "verdict": "single-source",
            "why": "'three days after the country voted'.",
            "mentions": [("04", "three", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deadline for the new parliament to convene", "verdict": "single-source",
            "why": "'must convene within 14 days of final results'.",
            "mentions": [("01", "14", 14, {"note": "days"})],
        },
        # --- background ---
        {
            "event": E1994, "kind": "date", "role": "date-of:the first democratic election", "verdict": "agree",
            "why": "1994.",
            "mentions": [("01", "1994", "1994"), ("03", "1994", "1994"), ("05", "1994", "1994")],
        },
        {
            "event": E1994, "kind": "percent", "role": "ANC's share of seats in 1994", "verdict": "single-source",
            "why": "'a decline from 62.5% of seats in 1994'.",
            "mentions": [("01", "62.5", 62.5, {"note": "percent; of seats"})],
        },
        {
            "event": E1994, "kind": "duration", "role": "duration-of:South Africa's democracy", "verdict": "agree",
            "why": "'the advent of democracy 30 years ago', 'In the past 30 years, since the beginning of democracy in 1994', 'South Africa's 30-year democratic history'.",
            "mentions": [
                ("02", "30 years", 30, {"note": "years"}),
                ("03", "30 years", 30, {"note": "years"}),
                ("05", "30-year", 30, {"note": "years"}),
            ],
        },
        {
            "event": E2019, "kind": "date", "role": "date-of:the 2019 election", "verdict": "agree",
            "why": "2019.",
            "mentions": [("01", "2019", "2019"), ("03", "2019", "2019"), ("05", "2019", "2019")],
        },
        {
            "event": E2019, "kind": "percent", "role": "ANC's share in 2019", "verdict": "agree",
            "why": "57.5% ('of seats' in iAfrica, 'of the vote' in Daily Sabah: 230 of 400 seats is also 57.5%).",
            "mentions": [
                ("01", "57.5", 57.5, {"note": "percent; of seats"}),
                ("03", "57.5", 57.5, {"note": "percent; of the vote"}),
            ],
        },
        {
            "event": E2019, "kind": "percent", "role": "turnout in 2019", "verdict": "single-source",
            "why": "'in the 2019 election, turnout was just 66%'.",
            "mentions": [("05", "66", 66, {"note": "percent"})],
        },
        {
            "event": E1999, "kind": "date", "role": "date-of:the 1999 election", "verdict": "single-source",
            "why": "'in 1999'.",
            "mentions": [("05", "1999", "1999")],
        },
        {
            "event": E1999, "kind": "percent", "role": "turnout in 1999", "verdict": "single-source",
            "why": "'roughly 90% of registered voters turned out'.",
            "mentions": [("05", "roughly 90", 90, {"note": "percent"})],
        },
        {
            "event": DA_WC, "kind": "date", "role": "date-of:the start of the DA's rule of the Western Cape", "verdict": "agree",
            "why": "Since 2009.",
            "mentions": [("04", "2009", "2009"), ("05", "2009", "2009")],
        },
        {
            "event": MK, "kind": "duration", "role": "duration-of:MK's existence", "verdict": "single-source",
            "why": "'the party founded only six months ago'.",
            "mentions": [("03", "six", 6, {"note": "months"})],
        },
    ],
}
