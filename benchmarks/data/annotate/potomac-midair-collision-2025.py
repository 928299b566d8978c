# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the mid-air collision over the Potomac River, Washington, 29 January 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Wednesday = 29 January 2025 (the collision about 8:48 p.m. EST, -05:00), Thursday = 30 January (the
fire chief's press conference and the count of 28 bodies), the count of 55 some days later. Durations in days or years
(said in the note).
Left out: 'last night', 'this morning', 'As of last evening' (relative), 'About half the known passengers' (a fraction
without a figure), 'Flight 5342', 'UH-60', 'CRJ-700', 'H-60' (names), '12th Aviation Battalion' (an ordinal), 'the
largest such operation' (no figure), 'the modal may'.
"""

E = "e1"
PAST = "e2"
DC = "e3"
WED = "2025-01-29"
THU = "2025-01-30"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The mid-air collision of American Eagle Flight 5342 (60 passengers and four crew, from Wichita) and a US Army "
        "Black Hawk with three soldiers over the Potomac River near Reagan National Airport on Wednesday evening 29 January "
        "2025, as six outlets reported it from 30 January to early February: all 67 dead (`agree`), 64 on the plane "
        "(`agree`), 60 passengers, four crew, three soldiers (`agree`); bodies recovered at least 19 -> at least 28 (27 "
        "from the jet, one from the helicopter, `agree`) -> 55 (`updated`); the collision on Wednesday (`agree`) about 9 "
        "p.m. Eastern; the fire chief's press conference on Thursday morning (`agree`); the airport to reopen at 11 a.m. "
        "Thursday; one controller instead of the usual two; a preliminary report within 30 days. Background: the deadliest "
        "US air disaster since November 2001, the first collision in 16 years; Washington's 700,000 people."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the first count of bodies (at least 19) on the morning after the collision: 30 January 2025"},
        "02": {"published_how": "inferred: no date on the stored page; the press conference 'early Thursday' and 'last night’s crash': 30 January 2025"},
        "03": {"published_how": "inferred: no date on the stored page; the bodies 'as of Thursday morning' and the airport 'set to reopen at 11 a.m. Thursday': 30 January 2025"},
        "04": {"published_how": "inferred: no date on the stored page; the count of 28 of Thursday morning: 30 January 2025, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; 'As of last evening' and the recoveries 'by mid-day Thursday': 31 January 2025, a guess within a day"},
        "06": {"published_how": "inferred: no date on the stored page; 55 bodies recovered, some days after the collision: 2 February 2025, a guess within two days"},
    },
    "events": [
        {"id": E, "label": "mid-air collision of American Eagle Flight 5342 and an Army Black Hawk over the Potomac, 29 January 2025", "main": True},
        {"id": PAST, "label": "earlier US air disasters and collisions (background)", "main": False},
        {"id": DC, "label": "Washington, D.C. (background)", "main": False},
    ],
    "clusters": [
        # --- who was aboard ---
        {
            "event": E, "kind": "count", "role": "people killed on both aircraft", "verdict": "agree",
            "why": "'All 67 aboard ... are feared dead' / 'A total of 67 fatalities' / '67 Dead' / 'killing 67 people'.",
            "mentions": [
                ("03", "All 67", 67),
                ("04", "67", 67),
                ("06", "67", 67, {"ctx": "67 Dead"}),
                ("06", "67", 67, {"ctx": "killing 67"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board the plane", "verdict": "agree",
            "why": "'with 64 people on board' / 'the huge operation to rescue 64 people' / '64 from the passenger plane' / '64 passengers and crew on the plane'.",
            "mentions": [
                ("01", "64", 64),
                ("02", "64", 64),
                ("04", "64", 64),
                ("06", "64", 64),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on the plane", "verdict": "agree",
            "why": "'60 passengers and four crew members' / '60 passengers and 4 crew members' / 'Sixty passengers and four crew'.",
            "mentions": [
                ("01", "60", 60, {"ctx": "including 60"}),
                ("03", "60", 60),
                ("05", "Sixty", 60),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew on the plane", "verdict": "agree",
            "why": "'four crew members' / '4 crew members' / 'four crew'.",
            "mentions": [
                ("01", "four", 4),
                ("03", "4", 4),
                ("05", "four", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "soldiers on the helicopter", "verdict": "agree",
            "why": "'three soldiers on board' / 'three from the helicopter' / 'the three soldiers' / '3 military personnel on the helicopter'.",
            "mentions": [
                ("03", "three", 3),
                ("04", "three", 3),
                ("05", "three", 3),
                ("06", "3", 3),
            ],
        },
        one(E, "count", "crew on the helicopter besides the pilot", "'the U.S. Army Black Hawk helicopter with a pilot and two other crew board'.", "05", "two", 2),
        # --- the recovery ---
        {
            "event": E, "kind": "count", "role": "bodies recovered from the river", "verdict": "updated",
            "why": "'at least 19 bodies' (early Thursday) -> 'At least 28' / 'Twenty-eight' / '28' (the fire chief, Thursday morning) -> '55 bodies' (days later): a count that rose.",
            "mentions": [
                ("01", "at least 19", 19, {"as_of": THU}),
                ("02", "At least 28", 28, {"as_of": THU}),
                ("04", "Twenty-eight", 28, {"as_of": THU}),
                ("04", "28", 28, {"as_of": THU}),
                ("06", "55", 55, {"ctx": "recover 55", "note": "some days after the collision"}),
                ("06", "55", 55, {"ctx": "retrieved 55", "note": "some days after the collision"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered from the plane", "verdict": "agree",
            "why": "'Of those, 27 were from the American Eagle civilian jet' / 'recovered 27 bodies from the American Airlines passenger jet' / 'we have recovered 27 bodies from the plane' (Thursday morning).",
            "mentions": [
                ("02", "27", 27, {"as_of": THU}),
                ("03", "27", 27, {"as_of": THU}),
                ("04", "27", 27, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered from the helicopter", "verdict": "agree",
            "why": "'and one from the U.S. Black Hawk helicopter' / 'and one from the military helicopter' / 'and one from the helicopter' (Thursday morning).",
            "mentions": [
                ("02", "one", 1, {"ctx": "and one from", "as_of": THU}),
                ("03", "one", 1, {"ctx": "and one from", "as_of": THU}),
                ("04", "one", 1, {"ctx": "and one from", "as_of": THU}),
            ],
        },
        # --- when ---
        {
            "event": E, "kind": "date", "role": "date-of:the collision", "verdict": "agree",
            "why": "'a midair collision late Wednesday evening' / 'Wednesday night’s crash'.",
            "mentions": [
                ("03", "Wednesday", WED),
                ("04", "Wednesday", WED),
            ],
        },
        one(E, "date", "time-of:the collision", "'Wednesday evening about 9 p.m. Eastern Time' (the day part of the time's value).", "05", "Wednesday evening about 9 p.m.", "2025-01-29T21:00-05:00", {"note": "Eastern Time"}),
        one(E, "date", "time-of:the departure from Wichita", "'had departed Wichita about 5:30 Central Time'.", "05", "about 5:30", "2025-01-29T17:30-06:00", {"note": "Central Time"}),
        {
            "event": E, "kind": "date", "role": "date-of:the fire chief's press conference and count of 28", "verdict": "agree",
            "why": "'during a press conference early Thursday' / 'told reporters Thursday morning' / the bodies recovered 'as of Thursday morning'.",
            "mentions": [
                ("02", "Thursday", THU),
                ("03", "Thursday", THU, {"ctx": "reporters Thursday"}),
                ("03", "Thursday", THU, {"ctx": "as of Thursday"}),
            ],
        },
        one(E, "date", "time-of:the reopening of Reagan National Airport", "'Reagan National Airport is set to reopen at 11 a.m. Thursday'.", "03", "11 a.m. Thursday", "2025-01-30T11:00-05:00"),
        one(E, "date", "date-of:the recovery of about half the passengers and the three soldiers", "'had been recovered from the Potomac River by mid-day Thursday'.", "05", "Thursday", THU),
        # --- the investigation ---
        one(E, "count", "controllers handling traffic at the collision", "'with only one controller handling traffic instead of the usual two'.", "06", "only one", 1),
        one(E, "count", "controllers usually handling that traffic", "'instead of the usual two'.", "06", "two", 2),
        one(E, "duration", "duration-of:the wait for the NTSB's preliminary report", "'a preliminary report expected within 30 days'.", "06", "within 30 days", 30, {"note": "days"}),
        one(E, "duration", "duration-of:the wait for the NTSB's full report", "'a full report anticipated to take up to a year'.", "06", "up to a year", 1, {"note": "years"}),
        # --- background ---
        one(PAST, "date", "date-of:the last deadlier US aviation disaster", "'the deadliest U.S. aviation disaster since November 2001'.", "03", "November 2001", "2001-11"),
        one(PAST, "duration", "duration-of:the span since the last collision of aircraft in the US", "'the first collision of aircraft in the U.S. in 16 years'.", "05", "16 years", 16, {"note": "years"}),
        one(DC, "count", "people of Washington", "'I speak for the people of Washington, 700,000 of us' (the mayor).", "03", "700,000", 700000),
    ],
}
