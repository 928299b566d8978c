# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Royal College of Nursing's strike in England of 30 April - 1 May 2023 and the High Court
ruling that cut it short (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Durations with their unit in `note`; dates as ISO strings, times of day in UK time. Sunday = 30 April 2023,
Monday = 1 May, Tuesday = 2 May; the ruling on Thursday 27 April; the junior doctors' walkout ended on
Saturday 15 April. Left out: the days of statements ("on Sunday", "on Friday" in the Banbury Guardian), "midday" (the
ballot's hour), "the first May Bank holiday", "the first time", "one-off", "today", "One organisation", the NHS number "111".
"""

E = "e1"
DOCTORS = "e2"
BALLOT = "e3"
COUNCIL = "e4"
SPEC = {
    "description": (
        "The Royal College of Nursing's strike in England over the May bank holiday of 2023, announced on 14 April as a "
        "48-hour walkout from 8pm on Sunday 30 April to 8pm on Tuesday 2 May, and cut short when the High Court ruled on "
        "Thursday 27 April that its last day fell outside the union's six-month mandate; as six outlets reported it on "
        "15 April - 1 May 2023: the strike's length 48 hours (the plan) -> 28 hours (as held) (`updated`); its start on "
        "30 April at 8pm (`agree`) against a Department of Health quote's '30 May' (`conflict`); its end as cut, Monday 1 "
        "May, against the same quote's '1 April' (`conflict`); the planned end 2 May at 8pm (`agree`) and the day ruled "
        "unlawful, Tuesday 2 May (`agree`); the mandate six months (`agree`), running out on 1 May at midnight / 'by "
        "Tuesday' (`compatible`); the 5% pay offer (`agree`); 'Tens of thousands' / 'Thousands' of nurses "
        "(`compatible`); 54% against, 46% for; at least £1,655. Sibling and background events whose figures are traps: "
        "the junior doctors' four-day walkout ending on Saturday 15 April; the RCN's ballot closing on 2 November 2022; "
        "the NHS Staff Council's meeting on Tuesday 2 May; the 'next six months' of strikes threatened."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-04-15 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2023-04-27 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-04-27 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2023-04-27 (removed from the text), and the URL's 2023-04-27"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the ruling of Thursday 27 April 2023 as news: 28 April 2023 (a guess within days)"},
        "06": {"published_how": "the URL's 2023-05-01"},
    },
    "events": [
        {"id": E, "label": "the RCN nurses' strike in England, 30 April - 1 May 2023, and the High Court ruling of 27 April that cut it short", "main": True},
        {"id": DOCTORS, "label": "the junior doctors' four-day walkout in England, ending 15 April 2023 (sibling)", "main": False},
        {"id": BALLOT, "label": "the RCN's strike ballot of autumn 2022 (background)", "main": False},
        {"id": COUNCIL, "label": "the NHS Staff Council's meeting on Tuesday 2 May 2023 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "duration", "role": "duration-of:the strike", "verdict": "updated",
            "why": "Announced and planned as a 48-hour walkout (8pm 30 April to 8pm 2 May); after the High Court ruled its last day unlawful it was held as a 28-hour strike ending just before midnight on 1 May (the Banbury Guardian, 1 May).",
            "mentions": [
                ("01", "48-hour", 48, {"as_of": "2023-04-14", "note": "hours; the plan"}),
                ("02", "48-hour", 48, {"as_of": "2023-04-14", "note": "hours; the plan"}),
                ("03", "48-hour", 48, {"as_of": "2023-04-14", "note": "hours; the plan"}),
                ("04", "48-hour", 48, {"as_of": "2023-04-14", "note": "hours; the plan"}),
                ("05", "48-hour", 48, {"as_of": "2023-04-14", "note": "hours; the plan"}),
                ("06", "28-hour", 28, {"ctx": "started a 28-hour", "as_of": "2023-05-01", "note": "hours; as held"}),
                ("06", "28-hour", 28, {"ctx": "the 28-hour strikes", "as_of": "2023-05-01", "note": "hours; as held"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the part of the strike cut by the ruling", "verdict": "single-source",
            "why": "'will now end a day earlier'.",
            "mentions": [("05", "a day", 1, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the strike's start", "verdict": "conflict",
            "why": "The strike began on Sunday 30 April 2023 (the night shift); ITV quotes a Department of Health spokesperson calling for derogations 'for their strike action on 30 May and 1 April', dates that contradict every other report (a slip, `conflict` as written).",
            "mentions": [
                ("01", "30 April", "2023-04-30"),
                ("02", "Sunday", "2023-04-30"),
                ("02", "April 30", "2023-04-30"),
                ("03", "April 30", "2023-04-30", {"ctx": "night shift on April 30"}),
                ("03", "April 30", "2023-04-30", {"ctx": "action on April 30 and"}),
                ("04", "April 30", "2023-04-30"),
                ("04", "30 May", "2023-05-30", {"note": "a quoted spokesperson's slip for 30 April"}),
                ("05", "Sunday", "2023-04-30"),
                ("06", "yesterday evening", "2023-04-30", {"note": "the evening before the article's day"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the strike's start", "verdict": "agree",
            "why": "From 8pm on 30 April.",
            "mentions": [
                ("01", "8pm", "2023-04-30T20:00", {"ctx": "from 8pm on 30"}),
                ("03", "8pm", "2023-04-30T20:00"),
                ("04", "8pm", "2023-04-30T20:00", {"ctx": "from 8pm on April"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the strike's planned end", "verdict": "agree",
            "why": "Planned to end at 8pm on 2 May.",
            "mentions": [
                ("01", "2 May", "2023-05-02"),
                ("04", "May 2", "2023-05-02", {"ctx": "end date of May 2"}),
                ("04", "May 2", "2023-05-02", {"ctx": "until 8pm on May 2"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the strike's planned end", "verdict": "agree",
            "why": "8pm on 2 May.",
            "mentions": [
                ("01", "8pm", "2023-05-02T20:00", {"ctx": "to 8pm on 2"}),
                ("04", "8pm", "2023-05-02T20:00", {"ctx": "until 8pm on"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the strike day ruled unlawful", "verdict": "agree",
            "why": "The strike's last day, Tuesday 2 May 2023, ruled unlawful and called off.",
            "mentions": [
                ("02", "Tuesday May 2", "2023-05-02"),
                ("03", "Tuesday", "2023-05-02"),
                ("03", "May 2", "2023-05-02", {"ctx": "no longer strike on May 2"}),
                ("03", "May 2", "2023-05-02", {"ctx": "strike for May 2"}),
                ("04", "May 2", "2023-05-02", {"ctx": "strike on May 2 would"}),
                ("04", "2 May", "2023-05-02"),
                ("06", "Tuesday", "2023-05-02", {"ctx": "last into Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the strike's last day as cut", "verdict": "conflict",
            "why": "After the ruling the strike ran on Sunday 30 April and Monday 1 May ('end on bank holiday Monday', 'April 30 and May 1', 'end on Monday'; the disruption 'today (May 1)'); ITV's quoted Department of Health spokesperson says '1 April' (a slip, `conflict` as written).",
            "mentions": [
                ("02", "Monday", "2023-05-01"),
                ("03", "May 1", "2023-05-01", {"ctx": "April 30 and May 1"}),
                ("04", "1 April", "2023-04-01", {"note": "a quoted spokesperson's slip for 1 May"}),
                ("05", "Monday", "2023-05-01"),
                ("06", "May 1", "2023-05-01"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the mandate's expiry", "verdict": "compatible",
            "why": "The mandate 'runs out on May 1', 'expires at midnight on Monday' (the end of 1 May); 'would have lapsed by Tuesday', 'would have expired by Tuesday'; striking 'beyond Monday' unlawful.",
            "mentions": [
                ("02", "by Tuesday", "2023-05-02", {"note": "by"}),
                ("03", "May 1", "2023-05-01", {"ctx": "runs out on May 1"}),
                ("03", "midnight on Monday", "2023-05-02T00:00", {"note": "midnight at the end of Monday 1 May"}),
                ("05", "by Tuesday", "2023-05-02", {"note": "by"}),
                ("06", "beyond Monday", "2023-05-02T00:00", {"note": "'continuing the strikes beyond Monday unlawful'"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the strike mandate", "verdict": "agree",
            "why": "A six-month mandate from the ballot.",
            "mentions": [
                ("02", "six-month", 6, {"note": "months"}),
                ("03", "six-month", 6, {"note": "months"}),
                ("04", "six-month", 6, {"note": "months"}),
                ("05", "six-month", 6, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:further strikes threatened", "verdict": "single-source",
            "why": "'strike action could continue for the next six months' (a look-alike of the six-month mandate).",
            "mentions": [("05", "the next six months", 6, {"note": "months"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the High Court ruling", "verdict": "single-source",
            "why": "'the outcome of the hearing on Thursday' (27 April 2023).",
            "mentions": [("04", "Thursday", "2023-04-27")],
        },
        {
            "event": E, "kind": "percent", "role": "the government's pay offer (rise for 2023-24)", "verdict": "agree",
            "why": "A 5% pay rise.",
            "mentions": [
                ("01", "5%", 5),
                ("04", "5%", 5),
                ("06", "5 percent", 5),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the pay year of the offer", "verdict": "single-source",
            "why": "'a 5% pay rise for 2023/24'.",
            "mentions": [("01", "2023/24", "2023/2024", {"note": "the financial year"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the one-off lump sum offered", "verdict": "single-source",
            "why": "'an extra one-off lump sum of at least £1,655'.",
            "mentions": [("01", "at least £1,655", 1655, {"note": "pounds sterling"})],
        },
        {
            "event": E, "kind": "percent", "role": "RCN members voting to reject the offer", "verdict": "single-source",
            "why": "'54% of the RCN union members voted to reject the pay offer'.",
            "mentions": [("01", "54%", 54)],
        },
        {
            "event": E, "kind": "percent", "role": "RCN members voting to accept the offer", "verdict": "single-source",
            "why": "'while 46% voted to accept it'.",
            "mentions": [("01", "46%", 46)],
        },
        {
            "event": E, "kind": "count", "role": "nurses due to strike", "verdict": "compatible",
            "why": "'Tens of thousands of nurses were due to take part'; 'Thousands members of the Royal College of Nursing (RCN) had planned to walk out'.",
            "mentions": [
                ("02", "Tens of thousands", 20000, {"low": 20000, "high": None, "note": "'tens of thousands'"}),
                ("03", "Thousands", 2000, {"low": 2000, "high": None, "note": "'thousands'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the strike's end as cut", "verdict": "single-source",
            "why": "'ending just before midnight today' (1 May).",
            "mentions": [("06", "just before midnight", "2023-05-02T00:00", {"note": "just before"})],
        },
        {
            "event": E, "kind": "percent", "role": "NHS trusts in England hit by the strike", "verdict": "single-source",
            "why": "'at around half of all NHS trusts in England'.",
            "mentions": [("06", "around half", 50, {"note": "a fraction"})],
        },
        # --- sibling: the junior doctors' walkout ---
        {
            "event": DOCTORS, "kind": "duration", "role": "duration-of:the junior doctors' walkout", "verdict": "single-source",
            "why": "'a four-day walkout over pay'.",
            "mentions": [("01", "four-day", 4, {"note": "days"})],
        },
        {
            "event": DOCTORS, "kind": "date", "role": "date-of:the end of the junior doctors' walkout", "verdict": "single-source",
            "why": "'ending on 0700 Saturday' (15 April 2023).",
            "mentions": [("01", "Saturday", "2023-04-15")],
        },
        {
            "event": DOCTORS, "kind": "date", "role": "time-of:the end of the junior doctors' walkout", "verdict": "single-source",
            "why": "'ending on 0700 Saturday'.",
            "mentions": [("01", "0700", "2023-04-15T07:00")],
        },
        # --- background: the ballot ---
        {
            "event": BALLOT, "kind": "date", "role": "date-of:the ballot's close", "verdict": "single-source",
            "why": "'the ballots closed on November 2, 2022 at midday'.",
            "mentions": [("02", "November 2, 2022", "2022-11-02")],
        },
        # --- sibling: the Staff Council ---
        {
            "event": COUNCIL, "kind": "date", "role": "date-of:the NHS Staff Council's meeting", "verdict": "single-source",
            "why": "'those trade unions that will be meeting on Tuesday' (the NHS Staff Council, 2 May 2023; a look-alike of the strike day ruled unlawful).",
            "mentions": [("06", "Tuesday", "2023-05-02", {"ctx": "meeting on Tuesday"})],
        },
    ],
}
