# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the end of NASA's Ingenuity Mars helicopter mission, announced 25 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings; durations with their unit in note (years, days, hours, seconds); lengths in metres (feet at 0.3048,
the note says which was written). Thursday = 25 January 2024 (NASA's announcement). The ordinal of the last flight ("the
72nd flight") is a mention of the number of flights, as ordinals are annotated in `chandrayaan-3-landing-2023`.
Left out: ratios ("33 times longer than originally planned", "more than 14 times farther than planned"), "second anniversary"
(an ordinal of no count), "Mars 2020" (the mission's name), "billions of years ago", "the early part of the last century",
"the following day", "this week", "dozens more flights" (vague), "the first aircraft" / "first powered flight" (no count).
"""

E = "e1"
LAUNCH = "e2"
FLIGHT71 = "e3"
LIVESTREAM = "e4"
M = 1
FT = 0.3048
LAST_FLIGHT = "2024-01-18"
THU = "2024-01-25"
SPEC = {
    "description": (
        "The end of NASA's Ingenuity Mars helicopter mission (six outlets, 25 January - 1 February 2024): 72 flights "
        "(`agree`), the last on 18 January 2024 (`agree`), the end announced on Thursday 25 January (`agree`); the mission's "
        "length 'three years' / 'nearly three-year' against 'more than three years' (`conflict`); the damaged rotor blades "
        "'one or more' (NASA's statement) / 'one' (SpaceNews, 25 January) -> 'all four' (the mission managers' livestream of "
        "31 January) (`updated`); five planned flights over 30 days / '30-sol' (`agree`, `compatible`); more than two hours "
        "aloft (`agree`); the first flight on April 19, 2021 (`agree`); the last flight's altitude 40 feet / 12 meters "
        "(`compatible`). Background: the Mars 2020 launch of July 20, 2020; the previous flight's emergency landing of "
        "Jan. 6. Sibling: the commemorative livestream of January 31, 2024."
    ),
    "documents": {
        "01": {"published_how": "the URL's Unix time stamp 1706290757 (26 January 2024, 17:39 UTC)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it reports the announcement of 25 January as news: 26 January 2024 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it quotes NASA's statement of 25 January ('sent to Earth this week') as news: 26 January 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; 'NASA announced Jan. 25' (SpaceNews's story of that day): 25 January 2024 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2024-01-27 (removed; the URL's 27-Jan-2024 agrees)"},
        "06": {"published_how": "the corpus's date line 2024-02-01 (removed)"},
    },
    "events": [
        {"id": E, "label": "the end of NASA's Ingenuity Mars helicopter mission after its 72nd flight, January 2024", "main": True},
        {"id": LAUNCH, "label": "the launch of the Mars 2020 mission (Perseverance and Ingenuity), July 20, 2020 (background)", "main": False},
        {"id": FLIGHT71, "label": "Ingenuity's previous (71st) flight and its emergency landing, Jan. 6, 2024 (background)", "main": False},
        {"id": LIVESTREAM, "label": "the mission managers' commemorative livestream of January 31, 2024 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "flights made by Ingenuity", "verdict": "agree",
            "why": "72 flights everywhere ('its last — the 72nd — flight', 'its 72nd and last mission').",
            "mentions": [
                ("01", "72", 72, {"ctx": "mission ends after 72 flights"}),
                ("01", "72", 72, {"ctx": "an impressive 72 flights"}),
                ("02", "72", 72, {"ctx": "mission after 72 historic flights"}),
                ("02", "72", 72, {"ctx": "After completing 72 historic flights"}),
                ("03", "72nd", 72, {"ctx": "the 72nd —"}),
                ("03", "72nd", 72, {"ctx": "executed its 72nd flight"}),
                ("03", "72", 72),
                ("04", "72", 72),
                ("05", "72", 72),
                ("06", "72nd", 72),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Ingenuity's mission on Mars", "verdict": "conflict",
            "why": "'72 flights over three years' (01, 02), 'its nearly three-year mission' (05, AFP) against 'flew on the Red Planet for more than three years' (03): from the landing in February 2021 to January 2024 is under three years; 'nearly three' and 'more than three' cannot both hold.",
            "mentions": [
                ("01", "three years", 3, {"note": "years"}),
                ("02", "three years", 3, {"note": "years"}),
                ("03", "more than three years", 3, {"note": "years"}),
                ("05", "nearly three", 3, {"note": "years ('nearly three-year mission')"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ingenuity's last flight", "verdict": "agree",
            "why": "January 18 (2024) everywhere.",
            "mentions": [
                ("01", "January 18", LAST_FLIGHT),
                ("02", "Jan. 18", LAST_FLIGHT),
                ("03", "January 18", LAST_FLIGHT, {"ctx": "On January 18, Ingenuity"}),
                ("03", "January 18", LAST_FLIGHT, {"ctx": "its January 18 flight"}),
                ("04", "Jan. 18", LAST_FLIGHT, {"ctx": "most recent flight Jan. 18"}),
                ("04", "Jan. 18", LAST_FLIGHT, {"ctx": "The Jan. 18 flight"}),
                ("06", "January 18, 2024", LAST_FLIGHT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the mission (NASA's announcement)", "verdict": "agree",
            "why": "'NASA announced Jan. 25' / 'the space agency said Thursday' (25 January) / 'Ingenuity's operation came to a halt on January 25, 2024'.",
            "mentions": [
                ("04", "Jan. 25", THU),
                ("05", "Thursday", THU),
                ("06", "January 25, 2024", THU),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rotor blades damaged on the last flight", "verdict": "updated",
            "why": "NASA's statement of 25 January: 'one or more of its rotor blades' (02, 03); SpaceNews the same day: 'damage to the tip of one of its rotor blades' (04); after the mission managers' livestream of 31 January: 'damage to all four of Ingenuity's blades' (06, 1 February): the count grew as imagery was studied.",
            "mentions": [
                ("02", "one or more", 1, {"low": 1, "high": None, "as_of": THU}),
                ("03", "one or more", 1, {"low": 1, "high": None, "as_of": THU}),
                ("04", "one", 1, {"ctx": "the tip of one of its rotor blades", "as_of": THU}),
                ("06", "all four", 4, {"as_of": "2024-01-31"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "flights planned for Ingenuity", "verdict": "agree",
            "why": "'only designed for five flights' / 'only five test flights' / 'through five test runs'.",
            "mentions": [
                ("02", "five", 5),
                ("03", "five", 5),
                ("05", "five", 5),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the planned technology demonstration", "verdict": "compatible",
            "why": "'five test flights ... over 30 days' / 'its initial 30-sol technology demonstration': 30 sols are about 30.8 Earth days.",
            "mentions": [
                ("03", "30 days", 30, {"note": "days"}),
                ("06", "30-sol", 30.8, {"note": "days (written: 30 sols)"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "total flight time", "verdict": "agree",
            "why": "'more than two hours of total flight time' (three times).",
            "mentions": [
                ("02", "more than two hours", 2, {"note": "hours"}),
                ("03", "more than two hours", 2, {"note": "hours"}),
                ("05", "more than two hours", 2, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ingenuity's first flight", "verdict": "agree",
            "why": "April 19, 2021.",
            "mentions": [
                ("03", "April 19, 2021", "2021-04-19"),
                ("05", "April 19, 2021", "2021-04-19"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ingenuity's arrival on Mars", "verdict": "single-source",
            "why": "'Ingenuity landed on the Red Planet in February 2021'.",
            "mentions": [("03", "February 2021", "2021-02")],
        },
        {
            "event": E, "kind": "measure", "role": "altitude of the last flight", "verdict": "compatible",
            "why": "'a maximum altitude of 40 feet' (12.2 m) / 'its planned altitude of 12 meters': one climb, rounded in two units.",
            "mentions": [
                ("03", "40 feet", round(40 * FT, 2), {"note": "metres (written: 40 feet)"}),
                ("04", "12 meters", 12, {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the hover on the last flight", "verdict": "single-source",
            "why": "'hovered for 4.5 seconds'.",
            "mentions": [("04", "4.5 seconds", 4.5, {"note": "seconds"})],
        },
        {
            "event": E, "kind": "measure", "role": "speed of the last descent", "verdict": "single-source",
            "why": "'beginning its descent at a speed of one meter per second'.",
            "mentions": [("04", "one meter per second", 1, {"note": "metres per second"})],
        },
        {
            "event": E, "kind": "measure", "role": "height when contact was lost", "verdict": "single-source",
            "why": "'Contact was interrupted when Ingenuity was about one meter above the surface'.",
            "mentions": [("04", "about one meter", 1, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "slope of the last landing site", "verdict": "single-source",
            "why": "'landed on a steep incline, almost at a 45-degree angle'.",
            "mentions": [("06", "45-degree", 45, {"low": 40.5, "high": 45, "note": "degrees ('almost at a 45-degree angle')"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance flown by Ingenuity", "verdict": "single-source",
            "why": "'a journey that spanned more than 17 kilometers'.",
            "mentions": [("06", "more than 17 kilometers", 17000, {"note": "metres (written: kilometers)"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Ingenuity's flight operations (first to last flight)", "verdict": "single-source",
            "why": "'over 1,004 Martian days': the span from the first flight (19 April 2021) to the last (18 January 2024) is 1,004 Earth days (977 sols); the text says Martian days, kept as written (no other outlet gives the span).",
            "mentions": [("06", "1,004 Martian days", 1004, {"note": "days (written: Martian days)"})],
        },
        {
            "event": E, "kind": "measure", "role": "mass of Ingenuity", "verdict": "single-source",
            "why": "'The 1.8-kilogram chopper'.",
            "mentions": [("03", "1.8-kilogram", 1.8, {"note": "kilograms"})],
        },
        {
            "event": E, "kind": "count", "role": "scenarios investigated for the damage", "verdict": "single-source",
            "why": "'highlighted two potential scenarios'.",
            "mentions": [("06", "two", 2)],
        },
        {
            "event": LAUNCH, "kind": "date", "role": "date-of:the Mars 2020 launch", "verdict": "single-source",
            "why": "'launched from Florida's Space Coast on July 20, 2020'.",
            "mentions": [("02", "July 20, 2020", "2020-07-20")],
        },
        {
            "event": FLIGHT71, "kind": "date", "role": "date-of:the previous flight's emergency landing", "verdict": "single-source",
            "why": "'an emergency landing on its previous flight Jan. 6' (2024).",
            "mentions": [("04", "Jan. 6", "2024-01-06")],
        },
        {
            "event": LIVESTREAM, "kind": "date", "role": "date-of:the commemorative livestream", "verdict": "single-source",
            "why": "'during a commemorative livestream event on January 31, 2024'.",
            "mentions": [("06", "January 31, 2024", "2024-01-31")],
        },
    ],
}
