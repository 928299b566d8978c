# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the truck attack on Bourbon Street, New Orleans, New Year's Day 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Wednesday = New Year's Day = 1 January 2025, Thursday = 2 January 2025; times in Central time
(UTC-6). Ages and the attacker's tenure in years. Left out: 'dozens' (vague: 02's 'injuring dozens more', 04's 'dozens
injured'), 'thousands of visitors', 'just hours into the new year', 'later in the day', 'hours before the attack', 'In the early hours', 'earlier in the week', 'a
1,000-piece jigsaw puzzle' (a figure of speech), 'the two incidents' (New Orleans and Las Vegas), the modal 'may'.
"""

E = "e1"
SUGAR = "e2"
SUPER = "e3"
JABBAR = "e4"
WED = "2025-01-01"
THU = "2025-01-02"

SPEC = {
    "description": (
        "The truck attack on Bourbon Street, New Orleans, at about 3:15 a.m. on New Year's Day (Wednesday 1 January 2025), as "
        "six outlets reported it on 1 and 2 January: the toll 10 (the police, Wednesday morning) -> at least 15 -> the "
        "coroner's 15 against the coroner's 14 'as of Wednesday evening' (`conflict`; 14 the next day); injured more than 30 "
        "/ at least 35 / around 30 / more than three dozen / about 35 (`compatible`); police officers shot two (three texts) "
        "against one, the other struck by the truck (`conflict`); the time around 3 a.m. / 3:15 a.m. / just after 3am "
        "(`compatible`); the attacker 42 and Nikyra Dedeaux 18 (`agree`). Sibling and background: the Sugar Bowl postponed "
        "to Thursday, the Super Bowl on 9 February, the attacker's Army years (left in 2020, a 10-year tenure) and his 2022 "
        "divorce."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the Sugar Bowl 'scheduled to take place later in the day' and the toll of ten: 1 January 2025"},
        "02": {"published_how": "inferred: no date on the stored page; 'As of Wednesday morning’s press conference': 1 January 2025, a guess within a day"},
        "03": {"published_how": "inferred: no date on the stored page; the Sugar Bowl already postponed and Biden's remarks of 1 January: 2 January 2025, a guess within a day"},
        "04": {"published_how": "inferred: no date on the stored page; Biden's remarks from Camp David (1 January): 2 January 2025, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; the coroner's count 'as of Wednesday evening': 2 January 2025, a guess within a day"},
        "06": {"published_how": "the URL (2025-01-02) and the governor's briefing of 'Thursday afternoon, Jan. 2'"},
    },
    "events": [
        {"id": E, "label": "the truck attack on Bourbon Street, New Orleans, 1 January 2025", "main": True},
        {"id": SUGAR, "label": "the Sugar Bowl, postponed from 1 to 2 January 2025 (sibling)", "main": False},
        {"id": SUPER, "label": "the Super Bowl in New Orleans, 9 February 2025 (sibling)", "main": False},
        {"id": JABBAR, "label": "the attacker's Army service and divorce (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the attack (victims)", "verdict": "conflict",
            "why": "10 at the police's Wednesday morning press conference, then at least 15; the coroner Dwight McKenna 'confirmed that 15 individuals have died' (EziGuide) against 'confirmed that 14 victims had died as of Wednesday evening' (Black Catholic Messenger): two counts of the same official for the same day that cannot both hold as written (the 15 probably counted the attacker); 14 in Thursday's text.",
            "mentions": [
                ("01", "ten", 10, {"as_of": WED}),
                ("02", "10", 10, {"ctx": "killing 10 and", "as_of": WED}),
                ("02", "10", 10, {"ctx": "killing 10,", "as_of": WED}),
                ("02", "10", 10, {"ctx": "10 people have died", "as_of": WED}),
                ("03", "15", 15, {"ctx": "left 15 dead", "as_of": WED}),
                ("04", "at least 15", 15, {"as_of": WED}),
                ("04", "15", 15, {"ctx": "confirmed that 15", "as_of": WED}),
                ("05", "14", 14, {"as_of": WED}),
                ("06", "14", 14, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in the attack", "verdict": "compatible",
            "why": "Estimates that are all 'dozens' and move within a few: more than 30 (the police, Wednesday morning), at least 35, around 30 (The USA Frontline, rounding), more than three dozen (Wednesday evening), about 35 (Thursday); no outlet gives a different exact count.",
            "mentions": [
                ("01", "at least 35", 35, {"as_of": WED}),
                ("02", "More than 30", 30, {"as_of": WED}),
                ("02", "more than 30", 30, {"ctx": "and more than 30 were", "as_of": WED}),
                ("03", "around 30", 30),
                ("05", "More than three dozen", 36, {"low": 36, "high": None, "note": "three dozen = 36"}),
                ("06", "about 35", 35, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "police officers shot by the attacker", "verdict": "conflict",
            "why": "SQAUK ('began firing an assault rifle, wounding two police officers'), El Risala ('fired off his weapon at police officers, striking two') and The USA Frontline ('two police officers wounded by gunfire') have both officers shot; EziGuide has 'one by gunfire and another when struck by the truck'.",
            "mentions": [
                ("01", "two", 2),
                ("02", "two", 2),
                ("03", "two", 2, {"ctx": "including two police"}),
                ("04", "one", 1, {"ctx": "one by gunfire"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "police officers injured", "verdict": "single-source",
            "why": "'Two officers were injured' (by gunfire and by the truck).",
            "mentions": [("04", "Two", 2, {"ctx": "Two officers"})],
        },
        {
            "event": E, "kind": "count", "role": "explosive devices found in the French Quarter", "verdict": "single-source",
            "why": "'two explosive devices were located in the French Quarter and safely defused'.",
            "mentions": [("03", "two", 2, {"ctx": "two explosive devices"})],
        },
        {
            "event": E, "kind": "count", "role": "blocks of Bourbon Street the truck drove through", "verdict": "single-source",
            "why": "'drove through a three-block stretch of Bourbon Street'.",
            "mentions": [("04", "three", 3, {"ctx": "three-block"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the attack", "verdict": "compatible",
            "why": "Around 3:15 a.m. (SQAUK, The USA Frontline), 'around 3 a.m.' (El Risala, twice), 'just after 3am CT' (Black Catholic Messenger): one instant, rounded.",
            "mentions": [
                ("01", "3:15 a.m.", "2025-01-01T03:15-06:00", {"note": "'around'"}),
                ("02", "3 a.m.", "2025-01-01T03:00-06:00", {"ctx": "around 3 a.m. on Bourbon", "note": "'around'"}),
                ("02", "3 a.m.", "2025-01-01T03:00-06:00", {"ctx": "around 3 a.m. Wednesday", "note": "'around'"}),
                ("03", "3:15 a.m.", "2025-01-01T03:15-06:00"),
                ("05", "3am CT", "2025-01-01T03:00-06:00", {"note": "'just after'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the attack", "verdict": "agree",
            "why": "New Year's Day, Wednesday 1 January 2025.",
            "mentions": [
                ("01", "New Year’s Day", WED),
                ("02", "Wednesday", WED, {"ctx": "3 a.m. Wednesday morning"}),
                ("04", "New Year’s morning", WED),
                ("05", "New Year’s Day", WED),
                ("05", "Wednesday", WED, {"ctx": "on Wednesday morning"}),
                ("06", "New Year's Day", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police's press conference", "verdict": "single-source",
            "why": "'at a Wednesday morning press conference' / 'As of Wednesday morning’s press conference' (1 January).",
            "mentions": [
                ("02", "Wednesday", WED, {"ctx": "at a Wednesday morning"}),
                ("02", "Wednesday", WED, {"ctx": "As of Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the coroner's count of 14", "verdict": "single-source",
            "why": "'as of Wednesday evening' (1 January).",
            "mentions": [("05", "Wednesday", WED, {"ctx": "as of Wednesday evening"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's briefing", "verdict": "single-source",
            "why": "'Thursday afternoon, Jan. 2' (one date written twice).",
            "mentions": [
                ("06", "Thursday", THU),
                ("06", "Jan. 2", THU),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the attacker (Shamsud-Din Jabbar)", "verdict": "agree",
            "why": "42.",
            "mentions": [
                ("02", "42-year-old", 42, {"note": "years"}),
                ("03", "42", 42, {"note": "years"}),
                ("04", "42-year-old", 42, {"note": "years"}),
                ("05", "42-year-old", 42, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of Nikyra Dedeaux, a victim", "verdict": "agree",
            "why": "'an 18-year-old aspiring nurse from Mississippi' / 'Nikyra Cheyenne Dedeaux, 18'.",
            "mentions": [
                ("03", "18-year-old", 18, {"note": "years"}),
                ("05", "18", 18, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of a victim's child", "verdict": "single-source",
            "why": "'a mother of a 4-year-old'.",
            "mentions": [("03", "4-year-old", 4, {"note": "years"})],
        },
        {
            "event": SUGAR, "kind": "date", "role": "date-of:the postponed Sugar Bowl", "verdict": "single-source",
            "why": "'postponed to Thursday afternoon' (2 January 2025).",
            "mentions": [("03", "Thursday", THU)],
        },
        {
            "event": SUPER, "kind": "date", "role": "date-of:the Super Bowl in New Orleans", "verdict": "single-source",
            "why": "'set to host the NFL Super Bowl on Feb. 9' (2025).",
            "mentions": [("03", "Feb. 9", "2025-02-09")],
        },
        {
            "event": JABBAR, "kind": "date", "role": "date-of:the attacker's leaving the Army", "verdict": "single-source",
            "why": "'Jabbar left the military in 2020 with the rank of Staff Sergeant'.",
            "mentions": [("06", "2020", "2020")],
        },
        {
            "event": JABBAR, "kind": "duration", "role": "the attacker's tenure in the military", "verdict": "single-source",
            "why": "'a 10-year tenure in the military'.",
            "mentions": [("06", "10-year", 10, {"note": "years"})],
        },
        {
            "event": JABBAR, "kind": "date", "role": "date-of:the attacker's divorce", "verdict": "single-source",
            "why": "'following his 2022 divorce'.",
            "mentions": [("06", "2022", "2022")],
        },
    ],
}
