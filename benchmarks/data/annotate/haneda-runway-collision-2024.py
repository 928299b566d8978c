# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the runway collision at Tokyo's Haneda airport on 2 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Durations with their unit in `note`; dates as ISO strings, times of day in Japan time (+09:00). Tuesday = 2 January
2024, the Noto Peninsula earthquake on Monday 1 January 2024. Left out: the aircraft types ("Airbus A350", "DHC8-300",
"Ma72"), Armenpress's dateline ("JANUARY 3", the article's day), "one of the busiest", "one of its aircraft", "one
belonging to", "the one where". The NHK quote's "5 people" is a mention of the dead.
"""

E = "e1"
QUAKE = "e2"
DAY = "2024-01-02"
SPEC = {
    "description": (
        "The runway collision at Tokyo's Haneda airport on Tuesday 2 January 2024 at about 5:47 p.m. between Japan Airlines' "
        "Airbus A350 from Sapporo and a Japan Coast Guard plane leaving with relief for the Noto earthquake zone, as five "
        "outlets reported it on 2-4 January 2024: all 379 aboard the JAL plane escaped (`agree`; two outlets call them "
        "'379 passengers'), 367 passengers (`agree`) including eight small children (`agree`), 12 crew; five of the six "
        "coast guard crew killed (`agree`), aged 27 to 56, the captain 39; injured 17 passengers (the Fire and Disaster "
        "Management Agency) against 15 people including the coast guard captain (firefighters) (`conflict`); four taken to "
        "hospital; the fire 'over six hours' / 'eight and a half hours' (`compatible`); all four runways closed, three "
        "reopened at about 9:30 p.m.; JAL's losses as high as $100 million, over 100 flights cancelled. Background event "
        "whose figures are traps: the magnitude-7.6 Noto Peninsula earthquake of Monday 1 January 2024."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-01-02 (removed from the text), and the URL's 01/02/24"},
        "02": {"published_how": "the URL's 2024/01/03"},
        "03": {"published_how": "the text's dateline 'YEREVAN, JANUARY 3' (the corpus's date line 2024-01-17, removed, is later than the dateline)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; a breaking report of the collision 'today' (2 January 2024): 2 January 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the air traffic control transcript it reports was released on 3 January 2024: 4 January 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the collision of a Japan Airlines A350 and a Japan Coast Guard plane at Haneda airport, 2 January 2024", "main": True},
        {"id": QUAKE, "label": "the Noto Peninsula earthquake of 1 January 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "people aboard the JAL plane (all escaped)", "verdict": "agree",
            "why": "379 people aboard the Japan Airlines plane (367 passengers and 12 crew), all escaped; Newscop and Dodo Finance call them '379 passengers'.",
            "mentions": [
                ("01", "379", 379),
                ("02", "379", 379),
                ("03", "379", 379),
                ("04", "379", 379, {"ctx": "with 379"}),
                ("04", "379", 379, {"ctx": "All 379"}),
                ("05", "379", 379),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on the JAL plane", "verdict": "agree",
            "why": "367 passengers (the company, via Kyodo).",
            "mentions": [
                ("01", "367", 367),
                ("03", "367", 367),
            ],
        },
        {
            "event": E, "kind": "count", "role": "small children aboard the JAL plane", "verdict": "agree",
            "why": "Eight small children among the passengers.",
            "mentions": [
                ("01", "eight", 8),
                ("03", "eight", 8, {"ctx": "including eight small"}),
                ("04", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew of the JAL plane", "verdict": "single-source",
            "why": "'including eight children and 12 crew members'.",
            "mentions": [("04", "12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:coast guard crew killed", "verdict": "agree",
            "why": "Five of the six coast guard crew died.",
            "mentions": [
                ("01", "five", 5),
                ("01", "Five", 5),
                ("02", "five", 5),
                ("03", "five", 5, {"ctx": "killing five"}),
                ("03", "five", 5, {"ctx": "but five"}),
                ("04", "Five", 5),
                ("04", "five", 5),
                ("04", "5", 5),
                ("05", "five", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people aboard the coast guard plane", "verdict": "agree",
            "why": "Six aboard the coast guard plane; the captain survived.",
            "mentions": [
                ("01", "six", 6),
                ("02", "six", 6, {"ctx": "the six members"}),
                ("03", "six", 6),
                ("04", "six", 6),
                ("05", "six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the youngest coast guard crew member aboard", "verdict": "agree",
            "why": "'whose ages ranged from 27 to 56' (Kyodo, twice).",
            "mentions": [
                ("01", "27", 27),
                ("03", "27", 27),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the oldest coast guard crew member aboard", "verdict": "agree",
            "why": "'whose ages ranged from 27 to 56' (Kyodo, twice).",
            "mentions": [
                ("01", "56", 56),
                ("03", "56", 56),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the coast guard plane's captain", "verdict": "single-source",
            "why": "'the coast guard plane's 39-year-old captain'.",
            "mentions": [("03", "39-year-old", 39)],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "Newscop, citing the Fire and Disaster Management Agency: '17 of the passengers were injured'; Armenpress (Kyodo), citing firefighters: 'A total of 15 people were injured in the accident, including' the coast guard captain. 17 passengers and 15 people in all cannot both hold (two authorities).",
            "mentions": [
                ("02", "17", 17, {"note": "passengers injured (the Fire and Disaster Management Agency)"}),
                ("03", "15", 15, {"note": "people injured in all, the coast guard captain included (firefighters)"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured taken to hospital", "verdict": "single-source",
            "why": "'and four were taken to hospital'.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the collision", "verdict": "agree",
            "why": "Tuesday 2 January 2024 ('today' in Times Now's breaking report).",
            "mentions": [
                ("01", "Tuesday", DAY),
                ("03", "Tuesday", DAY),
                ("04", "today", DAY, {"ctx": "Airport today"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the collision", "verdict": "agree",
            "why": "'around 5:47 p.m.' (Kyodo, twice).",
            "mentions": [
                ("01", "around 5:47 p.m.", "2024-01-02T17:47+09:00"),
                ("03", "around 5:47 p.m.", "2024-01-02T17:47+09:00"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the fire on the JAL plane", "verdict": "compatible",
            "why": "Newscop: the fire 'blazed for over six hours before it could be fully extinguished'; Armenpress (the Tokyo Fire Department): 'It took eight and a half hours for the fire on the JAL airplane to come under control'. Eight and a half is over six.",
            "mentions": [
                ("02", "over six hours", 6, {"low": 6, "high": None, "note": "hours"}),
                ("03", "eight and a half hours", 8.5, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from the evacuation to an explosion", "verdict": "single-source",
            "why": "A passenger: an explosion 'just ten minutes after evacuating', 'about 10 minutes after everyone and I got off' (one document).",
            "mentions": [
                ("02", "ten minutes", 10, {"note": "minutes"}),
                ("02", "about 10 minutes", 10, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:passenger Satoshi Yamake", "verdict": "single-source",
            "why": "'said Satoshi Yamake, 59'.",
            "mentions": [("02", "59", 59)],
        },
        {
            "event": E, "kind": "count", "role": "age:passenger Tsubasa Sawada", "verdict": "single-source",
            "why": "'28-year old Tsubasa Sawada'.",
            "mentions": [("02", "28-year old", 28)],
        },
        {
            "event": E, "kind": "count", "role": "runways of the airport (all closed)", "verdict": "agree",
            "why": "The airport closed all four of its runways.",
            "mentions": [
                ("01", "four", 4, {"ctx": "all four"}),
                ("01", "four", 4, {"ctx": "of the four"}),
                ("03", "four", 4, {"ctx": "all four"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "runways reopened", "verdict": "single-source",
            "why": "'Three of the four runways ... were reopened'.",
            "mentions": [("01", "Three", 3)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the reopening of three runways", "verdict": "single-source",
            "why": "'were reopened at around 9:30 p.m.'.",
            "mentions": [("01", "around 9:30 p.m.", "2024-01-02T21:30+09:00")],
        },
        {
            "event": E, "kind": "money", "role": "money:JAL's expected losses", "verdict": "single-source",
            "why": "'financial losses estimated to be as high as $100 million'.",
            "mentions": [("05", "as high as $100 million", 100_000_000, {"low": None, "high": 100_000_000, "note": "US dollars, 'as high as'"})],
        },
        {
            "event": E, "kind": "count", "role": "JAL flights cancelled", "verdict": "single-source",
            "why": "'over 100 flights of Japan Airlines have been canceled'.",
            "mentions": [("05", "over 100", 100)],
        },
        {
            "event": QUAKE, "kind": "measure", "role": "magnitude", "verdict": "agree",
            "why": "The Noto Peninsula earthquake's magnitude 7.6 (Kyodo, twice).",
            "mentions": [
                ("01", "7.6", 7.6),
                ("03", "7.6", 7.6),
            ],
        },
        {
            "event": QUAKE, "kind": "date", "role": "date-of:the Noto Peninsula earthquake", "verdict": "agree",
            "why": "Monday 1 January 2024, 'the day before' the collision.",
            "mentions": [
                ("01", "Monday", "2024-01-01"),
                ("03", "the day before", "2024-01-01"),
            ],
        },
    ],
}
