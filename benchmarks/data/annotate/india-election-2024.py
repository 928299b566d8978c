# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the results of India's Lok Sabha election, counted on 4 June 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Seats as counts; dates as ISO strings; the ordinal of Modi's term ("third") as a count. Left out:
years naming an election or a party's past in passing ("Lok Sabha 2024 elections", "in 2019 and 2014",
"swept to power in 2014", "since 2009", "in 2018"), the count's time ("as of 8.30 pm", its `as_of`), "a day after", "hattrick", "the first time".
"""

E = "e1"
E2019 = "e2"
E2014 = "e3"
MEET = "e4"
S = "seats"
SPEC = {
    "description": (
        "The results of India's general (Lok Sabha) election, counted on Tuesday 4 June 2024 and declared into 5 June, as "
        "five outlets reported them on 4-5 June 2024: the BJP 240 seats (`agree`), the Congress 99 (`agree`); the BJP-led "
        "NDA 'around 292' at 8.30 pm, then 292 (Hindustan Times) against 293 (The Atlas News) (`conflict`); the INDIA bloc "
        "leading in 232 at 8.30 pm, then 233 against 234 (`conflict`); the majority mark 272 (`agree`), 32 seats short; 543 "
        "seats (`agree`), 542 counted; allies' and state tallies (TDP 16, JD(U) 12, SP 37, TMC 29); targets of 370 and "
        "'400 paar' / 'more than 400' (`compatible`); Modi's third term (`agree`). Background events whose figures are "
        "traps: the 2019 election (the BJP's 303, `agree`; the Congress's 52; the TMC's 22) and the 2014 election (the "
        "BJP's 282); a sibling event: the NDA's meeting on Wednesday 5 June."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-06-05 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; 'The final count ... has concluded': 5 June 2024 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the count 'as of 8.30 pm' on the results day, 4 June 2024"},
        "04": {"published_how": "the URL's 2024/06/04"},
        "05": {"published_how": "the corpus's date line 2024-06-05 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the results of India's Lok Sabha election, counted on 4 June 2024", "main": True},
        {"id": E2019, "label": "India's Lok Sabha election of 2019 (background)", "main": False},
        {"id": E2014, "label": "India's Lok Sabha election of 2014 (background)", "main": False},
        {"id": MEET, "label": "the NDA's meeting in Delhi on Wednesday 5 June 2024 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "seats won by the BJP", "verdict": "agree",
            "why": "The BJP won 240 seats.",
            "mentions": [
                ("01", "240", 240, {"ctx": "winning 240 seats", "note": S}),
                ("01", "240", 240, {"ctx": "won in 240 seats", "note": S}),
                ("02", "240", 240, {"note": S}),
                ("05", "240", 240, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the Congress", "verdict": "agree",
            "why": "The Congress won 99 seats.",
            "mentions": [
                ("01", "99", 99, {"ctx": "the Congress 99", "note": S}),
                ("01", "99", 99, {"ctx": "won 99 seats", "note": S}),
                ("02", "99", 99, {"note": S}),
                ("04", "99", 99, {"note": S}),
                ("05", "99", 99, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the NDA", "verdict": "conflict",
            "why": "Mint: the NDA 'hovering around 292 seats, as of 8.30 pm' (a running count); the Hindustan Times the next day: 'NDA's overall tally ... stood at 292'; The Atlas News: the Election Commission's results give the NDA 293. 292 and 293 as final tallies cannot both hold.",
            "mentions": [
                ("03", "around 292", 292, {"as_of": "2024-06-04T20:30+05:30", "note": S}),
                ("04", "293", 293, {"note": S}),
                ("05", "292", 292, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the INDIA bloc", "verdict": "conflict",
            "why": "Mint: the INDIA bloc 'leading in 232 seats' at 8.30 pm; The Atlas News: 'winning 233'; the Hindustan Times: 'a current tally of 234 seats'. 233 and 234 as tallies of the same results cannot both hold.",
            "mentions": [
                ("03", "232", 232, {"as_of": "2024-06-04T20:30+05:30", "note": S + "; leading in"}),
                ("04", "233", 233, {"note": S}),
                ("05", "234", 234, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats needed for a majority", "verdict": "agree",
            "why": "272 seats make a majority.",
            "mentions": [
                ("01", "272", 272, {"note": S}),
                ("02", "272", 272, {"note": S}),
                ("03", "at least 272", 272, {"low": None, "high": None, "note": S + "; 'needs to win at least' the mark itself"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats the BJP fell short of a majority", "verdict": "single-source",
            "why": "'falling 32 seats short of the 272 majority mark'.",
            "mentions": [("02", "32", 32, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "seats in the Lok Sabha", "verdict": "agree",
            "why": "The Lok Sabha has 543 seats.",
            "mentions": [
                ("01", "543", 543, {"ctx": "of the 543", "note": S}),
                ("01", "543", 543, {"ctx": "there are 543", "note": S}),
                ("03", "543", 543, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats counted", "verdict": "single-source",
            "why": "Counting was held for 542 seats (Surat's candidate was elected unopposed); results for 542 of 543 released.",
            "mentions": [
                ("01", "542", 542, {"ctx": "Results for 542", "note": S}),
                ("01", "542", 542, {"ctx": "held for 542", "note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the TDP", "verdict": "single-source",
            "why": "'which won 16 and 12 seats': the TDP 16.",
            "mentions": [("01", "16", 16, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the JD(U)", "verdict": "single-source",
            "why": "'which won 16 and 12 seats': the JD(U) 12.",
            "mentions": [("01", "12", 12, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the Samajwadi Party", "verdict": "single-source",
            "why": "'in Uttar Pradesh with 37 seats'.",
            "mentions": [("01", "37", 37, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "seats won by the TMC", "verdict": "single-source",
            "why": "'won 29 seats in West Bengal'.",
            "mentions": [("01", "29", 29, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "Hindi-heartland states where the NDA suffered losses", "verdict": "single-source",
            "why": "'crushing losses in three states in the Hindi heartland'.",
            "mentions": [("01", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "the NDA's seat target", "verdict": "compatible",
            "why": "The slogan '400 paar' (more than 400) and 'more than 400 with its allies'.",
            "mentions": [
                ("02", "400", 400, {"low": 400, "high": None, "note": S + "; '400 paar', beyond 400"}),
                ("05", "more than 400", 400, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "the BJP's own seat target", "verdict": "single-source",
            "why": "'had set a target of 370 Lok Sabha seats on its own'.",
            "mentions": [("05", "370", 370, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "the BJP's seats forecast by exit polls", "verdict": "single-source",
            "why": "'Tipped to win well over 300 seats by almost all exit polls'.",
            "mentions": [("05", "well over 300", 300, {"low": 300, "high": None, "note": S})],
        },
        {
            "event": E, "kind": "count", "role": "Modi's term as prime minister (ordinal)", "verdict": "agree",
            "why": "Modi's third term.",
            "mentions": [
                ("01", "third", 3, {"note": "an ordinal"}),
                ("02", "third", 3, {"note": "an ordinal"}),
                ("03", "third", 3, {"note": "an ordinal"}),
                ("04", "third", 3, {"note": "an ordinal"}),
                ("05", "third", 3, {"ctx": "a third consecutive term", "note": "an ordinal"}),
                ("05", "third", 3, {"ctx": "a third straight term", "note": "an ordinal"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "the BJP's single-party majority sought (ordinal)", "verdict": "single-source",
            "why": "'a third straight single-party majority' (a look-alike of Modi's third term).",
            "mentions": [("05", "third", 3, {"ctx": "a third straight single-party", "note": "an ordinal"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the results", "verdict": "compatible",
            "why": "Votes were counted on 4 June 2024 ('announced on June 4'); the last results were declared early on 5 June ('declared early today' in a report of 5 June).",
            "mentions": [
                ("01", "early today", "2024-06-05", {"note": "the article's day"}),
                ("03", "June 4", "2024-06-04"),
            ],
        },
        # --- background: the 2019 and 2014 elections ---
        {
            "event": E2019, "kind": "count", "role": "seats won by the BJP", "verdict": "agree",
            "why": "The BJP won 303 seats in 2019.",
            "mentions": [
                ("01", "303", 303, {"note": S}),
                ("02", "303", 303, {"note": S}),
            ],
        },
        {
            "event": E2019, "kind": "count", "role": "seats won by the Congress", "verdict": "single-source",
            "why": "'compared to 52 it won in 2019'.",
            "mentions": [("01", "52", 52, {"note": S})],
        },
        {
            "event": E2019, "kind": "count", "role": "seats won by the TMC", "verdict": "single-source",
            "why": "'its 2019 tally of 22'.",
            "mentions": [("01", "22", 22, {"note": S})],
        },
        {
            "event": E2014, "kind": "count", "role": "seats won by the BJP", "verdict": "single-source",
            "why": "'the 303 and 282 seats it had won in 2019 and 2014'.",
            "mentions": [("01", "282", 282, {"note": S})],
        },
        # --- sibling: the NDA meeting ---
        {
            "event": MEET, "kind": "date", "role": "date-of:the NDA's meeting in Delhi", "verdict": "single-source",
            "why": "'will both be in Delhi on Wednesday for a meeting' (5 June 2024).",
            "mentions": [("05", "Wednesday", "2024-06-05")],
        },
    ],
}
