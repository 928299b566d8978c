# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the ILA's strike at the East and Gulf Coast ports, 1-3 October 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Workers, members and ports as counts; wage rises and shares as percentages; money in US dollars; durations in days or
years (note); dates as ISO strings, times with the US East Coast's summer offset (-04:00). Monday = 30 September 2024
(the employers' offer, the union's statement), Tuesday = 1 October (the strike from 12:01 a.m.), Thursday = 3 October
(the tentative deal). Left out: 'by three-fold' (a ratio), 'billion-dollar profits', 'hundreds of millions to several
billion dollars per day' and 'Billions of dollars’ worth' (vague), 'the two sides', 'One of the people', 'the greedy one',
'may' (the modal), 'last week' and 'the start of this week' (weeks, not days), 'hours after', 'In the week prior' (the week is told with its $14 billion).
"""

E = "e1"
E1977 = "e2"
MON = "2024-09-30"
TUE = "2024-10-01"
THU = "2024-10-03"
START = "2024-10-01T00:01-04:00"

SPEC = {
    "description": (
        "The International Longshoremen's Association's strike at the East and Gulf Coast ports, from 12:01 a.m. on Tuesday "
        "1 October 2024 (`compatible`: the minute and the day) to the tentative deal of Thursday 3 October, as six outlets reported it from 1 to 4 "
        "October 2024: the dockworkers on strike 45,000 / more than 45,000 against 47,000 (`conflict`); the union's more "
        "than 85,000 members; the ports roughly 36 / three dozen / 36 against '14 ports' (`conflict`); the time since the "
        "last such strike 'first in 35 years' against 'Nearly half a century later' (1977, `conflict`); the employers' "
        "offer of Monday 'nearly 50%' against 'more than 50%', then 62% over six years on Thursday (`conflict`, the rise "
        "told in `why`); the union's demand 77%; the contract's six years (`agree`); the base hourly rate $39 -> $63; the "
        "old contract extended to 15 January 2025; a three-day strike. Background: the 1977 strike (`agree` on the year; "
        "45 days, some $4 billion of cargo at thirty docks, trade 16% of the economy then)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the strike 'early Tuesday' (1 October), the offer of 'Monday': 1 October 2024"},
        "02": {"published_how": "inferred: no date on the stored page; the strike 'Tuesday morning', Daggett's statement 'on Tuesday': 1 October 2024"},
        "03": {"published_how": "inferred: no date on the stored page; the strike 'began at 12:01 a.m. this morning': 1 October 2024"},
        "04": {"published_how": "the corpus's date line 2024-10-01 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; the strike from '12:01 a.m. on Tuesday': 1 October 2024"},
        "06": {"published_how": "the page's source line 'Wall Street Journal — October 4, 2024' (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the ILA's strike at the East and Gulf Coast ports, 1-3 October 2024, and the pay offers", "main": True},
        {"id": E1977, "label": "the ILA's previous coast-wide strike, 1977 (background)", "main": False},
    ],
    "clusters": [
        # --- workers, members, ports ---
        {
            "event": E, "kind": "count", "role": "dockworkers on strike", "verdict": "conflict",
            "why": "45,000 (the union's dockworkers, in the headline and text of Congressional Post, in Common Dreams, 'more than 45,000' in Clam Report) against imp2020's '47,000 ILA workers' who struck: one count, two values that cannot both hold (the union's more than 85,000 members are another scope).",
            "mentions": [
                ("01", "45,000", 45000, {"ctx": "45,000 Dock Workers"}),
                ("01", "45,000", 45000, {"ctx": "represents 45,000 dockworkers"}),
                ("02", "45,000", 45000),
                ("03", "47,000", 47000),
                ("05", "more than 45,000", 45000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "members of the union", "verdict": "single-source",
            "why": "'More than 85,000 waterside employees belong to the union' (all members, not only the dockworkers on strike).",
            "mentions": [("04", "More than 85,000", 85000)],
        },
        {
            "event": E, "kind": "count", "role": "ports shut by the strike", "verdict": "conflict",
            "why": "'roughly 36 major ports', 'the three dozen East and Gulf Coast ports', 'Those 36 ports' against Clam Report's 'more than 45,000 dockworkers across 14 ports from Maine to Texas' (14 is the number of major port areas other reports list; as written, the count of ports struck differs).",
            "mentions": [
                ("01", "roughly 36", 36),
                ("02", "three dozen", 36, {"note": "written 'three dozen'"}),
                ("04", "36", 36),
                ("05", "14", 14),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of US container volume through the ports struck", "verdict": "single-source",
            "why": "'Those 36 ports handle 57% of the container volume'.",
            "mentions": [("04", "57", 57, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "share of US imports through the ports struck", "verdict": "single-source",
            "why": "'ports from Maine to Texas that handle 50 percent of U.S. imports' (another measure than the container volume).",
            "mentions": [("01", "50 percent", 50, {"ctx": "handle 50 percent"})],
        },
        {
            "event": E, "kind": "money", "role": "money:trade arriving at the ports in the week before the strike", "verdict": "single-source",
            "why": "'some $14 billion in trade arrived at ports covered by the union’s master agreement'.",
            "mentions": [("03", "some $14 billion", 14e9, {"note": "US dollars"})],
        },
        {
            "event": E, "kind": "percent", "role": "trade's share of the US economy today", "verdict": "single-source",
            "why": "'today’s 27 percent'.",
            "mentions": [("03", "27 percent", 27)],
        },
        # --- pay ---
        {
            "event": E, "kind": "percent", "role": "employers' wage offer over the six-year contract", "verdict": "conflict",
            "why": "The offer of Monday 30 September: 'nearly a 50 percent wage increase' (Congressional Post), 'a nearly 50% wage increase' (Clam Report) and 'an earlier proposed raise of 50%' (WSJ) against Progressive Grocer's 'upped its wage increase offer to more than 50%': one offer, below and above 50%. The WSJ's 62% is the sweetened offer of Thursday 3 October that ended the strike (a later value in this cluster).",
            "mentions": [
                ("01", "nearly a 50 percent", 50, {"as_of": MON}),
                ("04", "more than 50", 50, {"as_of": MON, "note": "percent"}),
                ("05", "nearly 50", 50, {"as_of": MON, "note": "percent"}),
                ("06", "50", 50, {"as_of": MON, "note": "percent; 'an earlier proposed raise of 50%'"}),
                ("06", "62", 62, {"as_of": THU, "note": "percent; the new offer"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "union's wage demand over the contract", "verdict": "single-source",
            "why": "'a 77% pay increase over the six years'.",
            "mentions": [("05", "77", 77, {"note": "percent"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the proposed contract", "verdict": "agree",
            "why": "Six years (the contract, the raises over it).",
            "mentions": [
                ("04", "six years", 6, {"note": "years"}),
                ("05", "six-year", 6, {"note": "years"}),
                ("05", "six years", 6, {"note": "years"}),
                ("06", "six years", 6, {"ctx": "wages over six years", "note": "years"}),
                ("06", "six years", 6, {"ctx": "$39 over six years", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:base hourly rate under the new offer", "verdict": "single-source",
            "why": "'raise the base hourly rate for ILA port workers to $63'.",
            "mentions": [("06", "$63", 63, {"note": "US dollars an hour"})],
        },
        {
            "event": E, "kind": "money", "role": "money:base hourly rate before the new contract", "verdict": "single-source",
            "why": "'to $63 from $39 over six years'.",
            "mentions": [("06", "$39", 39, {"note": "US dollars an hour"})],
        },
        # --- dates, times, durations ---
        {
            "event": E, "kind": "date", "role": "date-of:the start of the strike", "verdict": "compatible",
            "why": "At 12:01 a.m. on Tuesday 1 October 2024: the minute in four texts, the day alone ('early Tuesday', 'Tuesday morning') in two; one instant told at two precisions.",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("02", "Tuesday", TUE, {"ctx": "strike Tuesday morning"}),
                ("02", "12:01 am Tuesday", START),
                ("03", "12:01 a.m.", START),
                ("04", "12:01 a.m. on Oct. 1", START),
                ("05", "12:01 a.m. on Tuesday", START),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Daggett's statement on the strike", "verdict": "single-source",
            "why": "'ILA President Harold Daggett said in a statement on Tuesday'.",
            "mentions": [("02", "Tuesday", TUE, {"ctx": "statement on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the DOT's statement", "verdict": "single-source",
            "why": "'On Oct. 1, the U.S. Department of Transportation (DOT) released a statement'.",
            "mentions": [("04", "Oct. 1", TUE, {"ctx": "On Oct. 1, the"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the employers' offer before the strike", "verdict": "single-source",
            "why": "'Monday, USMX proposed an offer to the ILA' (30 September).",
            "mentions": [("01", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ILA's statement on the shipping companies", "verdict": "single-source",
            "why": "'an argument the ILA had made in a statement Monday' (another act of that Monday).",
            "mentions": [("02", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the tentative deal", "verdict": "single-source",
            "why": "'The breakthrough Thursday' (3 October).",
            "mentions": [("06", "Thursday", THU)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the strike", "verdict": "single-source",
            "why": "'ending a three-day strike'.",
            "mentions": [("06", "three-day", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the extended contract", "verdict": "single-source",
            "why": "'extend the prior contract ... through Jan. 15, 2025'.",
            "mentions": [("06", "Jan. 15, 2025", "2025-01-15")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since the previous coast-wide ILA strike", "verdict": "conflict",
            "why": "Congressional Post's 'first in 35 years' against imp2020's 'Nearly half a century later' (the last strike was in 1977, 47 years before): two spans that cannot both hold.",
            "mentions": [
                ("01", "35 years", 35, {"note": "years"}),
                ("03", "Nearly half a century", 50, {"low": 45, "high": 50, "note": "years; written 'Nearly half a century'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Harold Daggett's age", "verdict": "single-source",
            "why": "'the 78-year-old president of the ILA'.",
            "mentions": [("05", "78-year-old", 78)],
        },
        # --- background: 1977 ---
        {
            "event": E1977, "kind": "date", "role": "date-of:the 1977 strike", "verdict": "agree",
            "why": "The last coast-wide ILA strike, 1977.",
            "mentions": [
                ("02", "1977", "1977", {"ctx": "since 1977"}),
                ("02", "1977", "1977", {"ctx": "the 1977 strike"}),
                ("03", "1977", "1977"),
                ("05", "1977", "1977"),
            ],
        },
        {
            "event": E1977, "kind": "duration", "role": "duration-of:the 1977 strike", "verdict": "single-source",
            "why": "'the work stoppage, which lasted forty-five days'.",
            "mentions": [("03", "forty-five days", 45, {"note": "days"})],
        },
        {
            "event": E1977, "kind": "money", "role": "money:cargo piled up in 1977", "verdict": "single-source",
            "why": "'some $4 billion worth of cargo piled up'.",
            "mentions": [("03", "some $4 billion", 4e9, {"note": "US dollars"})],
        },
        {
            "event": E1977, "kind": "count", "role": "docks affected in 1977", "verdict": "single-source",
            "why": "'at the thirty affected docks' (a look-alike of the 36 ports of 2024).",
            "mentions": [("03", "thirty", 30)],
        },
        {
            "event": E1977, "kind": "percent", "role": "trade's share of the US economy in 1977", "verdict": "single-source",
            "why": "'Trade was only 16 percent of the US economy back then'.",
            "mentions": [("03", "16 percent", 16)],
        },
    ],
}
