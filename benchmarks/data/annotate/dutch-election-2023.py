# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Dutch general election of Wednesday 22 November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Seats as counts; shares as percentages; dates as ISO strings. Wednesday = 22 November 2023
(the election); the exit poll was published at 21:00 that night, the count went on overnight,
the result was confirmed on Friday 1 December 2023.
"""

E = "e1"
PREVIOUS = "e2"
WILDERS_MP = "e3"
SENATE = "e4"
DAY = "2023-11-22"
SPEC = {
    "description": (
        "The Dutch general election of Wednesday 22 November 2023, won by Geert Wilders's PVV, as six outlets reported "
        "it from that Wednesday night to the official result of Friday 1 December: the PVV's seats 35 (the exit poll) -> "
        "36 (almost a third counted) -> 37 (98% counted; official) (`updated`); GroenLinks-PvdA 26 (the first exit poll) "
        "-> 25 (`updated`); the VVD 23 (the first exit poll) -> 24 (`updated`); NSC 20 (`agree`); BBB 7 / seven (`agree`); "
        "a house of 150 seats (`agree`); the share counted almost a third -> 98% (`updated`); the PVV's 23 per cent; the "
        "exit poll's margin of 1-2 seats; the PVV 'one seat more' than the exit poll (an increment); coalitions of 86 seats "
        "(PVV, VVD, NSC and BBB on the exit poll) and 81 seats (PVV, NSC and VVD on the count) as look-alikes of each other, "
        "76 seats for a majority; the result confirmed on Friday, coalition talks from Thursday. Background events whose "
        "figures are traps: the previous election (the PVV's 17 seats, the VVD's 34), Wilders an MP since 1998, the BBB's "
        "upper-house win in March 2023."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-11-22 and the URL's date (removed update line: 'Updated: 22 Nov 2023 • 23:58')"},
        "02": {"published_how": "the corpus's date line 2023-11-22 and the URL's date"},
        "03": {"published_how": "the corpus's date line 2023-11-22 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2023-11-24 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; Wilders 'will begin his search for coalition partners on Thursday', 98% counted: 23 November 2023 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2023-12-01 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the Dutch general election of Wednesday 22 November 2023, its exit polls, count and result", "main": True},
        {"id": PREVIOUS, "label": "the previous Dutch general election, March 2021 (background)", "main": False},
        {"id": WILDERS_MP, "label": "Wilders's entry to parliament, 1998 (background)", "main": False},
        {"id": SENATE, "label": "the BBB's win in the provincial (upper-house) elections, March 2023 (background)", "main": False},
    ],
    "clusters": [
        # --- seats ---
        {
            "event": E, "kind": "count", "role": "seats:PVV", "verdict": "updated",
            "why": "The exit poll's 35 seats (Wednesday 21:00), 36 in the preliminary forecast with almost a third counted, 37 with 98% counted and in the official result: a count re-reported as it moved (The Indian Awaaz's recall of the exit poll's 35 carries `as_of`).",
            "mentions": [
                ("01", "35", 35, {"ctx": "a total of 35 out of"}),
                ("01", "35 seats", 35, {"ctx": "’35 seats!"}),
                ("02", "35", 35, {"ctx": "will win 35 of the 150"}),
                ("02", "35 seats", 35, {"ctx": "\"35 seats!"}),
                ("03", "36 seats", 36),
                ("04", "37 seats", 37),
                ("04", "35 seats", 35, {"as_of": DAY}),
                ("05", "37 seats", 37),
                ("06", "37 seats", 37),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:PVV's gain over the exit poll", "verdict": "single-source",
            "why": "'That is one seat more than predicted in the exit poll' (an increment, a look-alike of the seat counts).",
            "mentions": [("03", "one", 1)],
        },
        {
            "event": E, "kind": "count", "role": "seats:GroenLinks-PvdA", "verdict": "updated",
            "why": "26 seats in the first exit poll (Euro Weekly News), 25 with 98% counted (Head Post; the updated exit poll had 25 too).",
            "mentions": [
                ("01", "26 seats", 26),
                ("05", "25", 25),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:VVD", "verdict": "updated",
            "why": "23 seats in the first exit poll (Euro Weekly News), 24 in the updated exit poll (NL Times), the count and the official result.",
            "mentions": [
                ("01", "23", 23, {"ctx": "with 23 more to the VVD"}),
                ("02", "24", 24),
                ("05", "24", 24),
                ("06", "24 seats", 24),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:NSC", "verdict": "agree",
            "why": "Omtzigt's NSC 20 seats in the exit poll.",
            "mentions": [
                ("01", "20 seats", 20),
                ("02", "20", 20),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:BBB", "verdict": "agree",
            "why": "The BBB's 7 (seven) seats.",
            "mentions": [
                ("02", "7", 7),
                ("06", "seven", 7),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats in the lower house", "verdict": "agree",
            "why": "The Tweede Kamer has 150 seats.",
            "mentions": [
                ("01", "150", 150),
                ("02", "150", 150),
                ("04", "150", 150),
                ("05", "150", 150),
                ("06", "150-seat", 150),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats of a PVV-VVD-NSC-BBB coalition (exit poll)", "verdict": "single-source",
            "why": "'That would give them 86 seats in total' (35 + 24 + 20 + 7 on the exit poll): a look-alike of the three-party 81.",
            "mentions": [("02", "86 seats", 86)],
        },
        {
            "event": E, "kind": "count", "role": "seats of a PVV-NSC-VVD coalition (count)", "verdict": "single-source",
            "why": "'would give a combined total of 81 seats' (37 + 20 + 24 with 98% counted): another coalition than NL Times' 86.",
            "mentions": [("05", "81 seats", 81)],
        },
        {
            "event": E, "kind": "count", "role": "seats needed for a majority", "verdict": "single-source",
            "why": "'He needs 76 seats for a stable coalition'.",
            "mentions": [("06", "76 seats", 76)],
        },
        {
            "event": E, "kind": "count", "role": "parties the PVV needs for a majority", "verdict": "single-source",
            "why": "'the support of at least two, and likely several more parties'.",
            "mentions": [("02", "at least two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "margin of error of the exit poll (seats)", "verdict": "single-source",
            "why": "'The exit poll has a margin of 1-2 seats'.",
            "mentions": [("02", "1-2 seats", 1.5, {"low": 1, "high": 2})],
        },
        {
            "event": E, "kind": "percent", "role": "PVV's share of the vote", "verdict": "single-source",
            "why": "'That equates to 23 per cent of the vote' (a look-alike of the VVD's 23 seats in the same text).",
            "mentions": [("01", "23 per cent", 23)],
        },
        {
            "event": E, "kind": "percent", "role": "share of the votes counted", "verdict": "updated",
            "why": "'almost a third of the votes' counted for the preliminary forecast of Wednesday night, '98% of the votes counted' the next day.",
            "mentions": [
                ("03", "almost a third", 33.3, {"note": "percent; written 'a third'"}),
                ("05", "98%", 98),
            ],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the election", "verdict": "compatible",
            "why": "Wednesday 22 November 2023 (election night the same Wednesday); NL Times' '2023 General Election' gives the year alone.",
            "mentions": [
                ("01", "Wednesday, November 22", DAY),
                ("02", "2023", "2023"),
                ("02", "Wednesday", DAY),
                ("05", "Wednesday", DAY, {"ctx": "in Wednesday’s parliamentary"}),
                ("05", "Wednesday", DAY, {"ctx": "PVV achieved on Wednesday"}),
                ("05", "Wednesday", DAY, {"ctx": "late on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of Wilders's coalition search", "verdict": "single-source",
            "why": "'will begin his search for coalition partners on Thursday' (23 November 2023).",
            "mentions": [("05", "Thursday", "2023-11-23")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the official result", "verdict": "single-source",
            "why": "'confirmed officially Friday' (1 December 2023).",
            "mentions": [("06", "Friday", "2023-12-01")],
        },
        # --- background ---
        {
            "event": PREVIOUS, "kind": "count", "role": "seats:PVV at the previous election", "verdict": "single-source",
            "why": "'more than double (17) the party had won at the last election' (a look-alike of the seat counts).",
            "mentions": [("04", "17", 17)],
        },
        {
            "event": PREVIOUS, "kind": "count", "role": "seats:VVD at the previous election", "verdict": "single-source",
            "why": "'a drop from 34 previously'.",
            "mentions": [("06", "34", 34)],
        },
        {
            "event": WILDERS_MP, "kind": "date", "role": "date-of:Wilders's entry to parliament", "verdict": "single-source",
            "why": "'an MP since 1998'.",
            "mentions": [("04", "1998", "1998")],
        },
        {
            "event": SENATE, "kind": "date", "role": "date-of:the BBB's upper-house win", "verdict": "single-source",
            "why": "'to win upper house elections in March' (2023).",
            "mentions": [("06", "March", "2023-03")],
        },
    ],
}
