# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Pulse nightclub fire in Kocani, North Macedonia, 16 March 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Sunday = 16 March 2025 (the fire broke out at about 2:30 a.m. local time, CET = +01:00; the tolls
of that day). Durations in days (said in the note); distances in metres; ages in years.
Left out: 'overnight', 'early this morning', 'All through the day' (relative), 'dozens of deaths', 'Hundreds' (vague),
'One local', 'a man had been arrested' (determiners), 'Channel 5 TV' (a name), 'may have been transferred' (the modal).
"""

E = "e1"
GHOST = "e2"
SUN = "2025-03-16"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The fire at the Pulse nightclub in Kocani, North Macedonia, at about 2:30 a.m. on Sunday 16 March 2025, during a "
        "concert of the hip-hop group DNK, as six outlets reported it on 16 and 17 March: the dead over 50 / 51 (the "
        "interior minister's first toll) -> 59 (`updated`), 'eight more' the rise; injured over / around 100 -> at least "
        "152 / 155 / more than 155 (`updated`); in critical condition 18 against 20 against 22 (`conflict`); the crowd "
        "approximately 500 against about 1,500 (`conflict`); the fire at around 2:30 a.m. (01:30 GMT) against 'at 3:00 "
        "a.m.' (`conflict`); Kocani about 100 km / 60 miles / approximately 115 km from Skopje (`compatible`); arrested 10 "
        "against 15 (`conflict`), arrest warrants for four; identified 35 -> 39 (`updated`); national mourning six days "
        "against seven (`conflict`); a survivor aged 20 against 19 (`conflict`), her sister 25 (`agree`); the youngest "
        "victim 14 (`agree`); two flares (`agree`); the club's capacity 250. Background: the Ghost Ship fire in Oakland, "
        "2016, 36 dead."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2025-03-16 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; the toll 'has risen to 59' and the prosecution's ten arrests, after 'Sunday, March 16th': 17 March 2025, a guess within a day"},
        "03": {"published_how": "inferred: the URL (2025/03) and the toll of Sunday ('Initially ... 51', 'the latest update'): 16 March 2025"},
        "04": {"published_how": "inferred: no date on the stored page; 'early Sunday morning', 'All through the day': 16 March 2025"},
        "05": {"published_how": "inferred: no date on the stored page; the Interior Ministry's toll of Sunday: 16 March 2025, a guess within a day"},
        "06": {"published_how": "inferred: no date on the stored page; 'early this morning' (the fire of Sunday 16 March 2025)"},
    },
    "events": [
        {"id": E, "label": "fire at the Pulse nightclub, Kocani, North Macedonia, 16 March 2025", "main": True},
        {"id": GHOST, "label": "the Ghost Ship warehouse fire, Oakland, 2016 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "people killed in the fire", "verdict": "updated",
            "why": "The interior minister's first toll, 51 ('Initially ... a death toll of 51'; 'over 50' in the first reports), rose to 59 on Sunday ('has risen to 59, with reports of eight more fatalities'): a count revised up.",
            "mentions": [
                ("01", "over 50", 50, {"as_of": SUN}),
                ("02", "59", 59, {"as_of": SUN}),
                ("03", "At least 59", 59, {"as_of": SUN}),
                ("03", "51", 51, {"as_of": SUN, "note": "the interior minister's first toll"}),
                ("04", "59", 59, {"as_of": SUN}),
                ("05", "At least 59", 59, {"ctx": "At least 59 dead", "as_of": SUN}),
                ("05", "At least 59", 59, {"ctx": "At least 59 people", "as_of": SUN}),
                ("06", "59", 59, {"as_of": SUN}),
            ],
        },
        one(E, "count", "deaths added to the first toll", "'has risen to 59, with reports of eight more fatalities' (51 + 8).", "02", "eight", 8),
        {
            "event": E, "kind": "count", "role": "people injured in the fire", "verdict": "updated",
            "why": "'over 100' / 'around 100' (the first toll) -> 'at least 152', '155', 'more than 155' (the officials' later toll): a count revised up; 'at least 152' holds beside 155.",
            "mentions": [
                ("01", "over 100", 100, {"as_of": SUN}),
                ("02", "at least 152", 152, {"as_of": SUN}),
                ("03", "more than 155", 155, {"as_of": SUN}),
                ("03", "around 100", 100, {"as_of": SUN, "note": "the first toll"}),
                ("04", "155", 155, {"as_of": SUN}),
                ("05", "155", 155, {"as_of": SUN}),
                ("06", "More than 155", 155, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in critical condition", "verdict": "conflict",
            "why": "'18 of the injured in critical condition' (officials, US Live), 'with 20 currently in critical condition' (ECNet), '155 were injured, 22 in critical condition' (the Interior Ministry, Ara): three counts of Sunday, none given as a revision of another; they cannot all hold.",
            "mentions": [
                ("04", "18", 18, {"as_of": SUN}),
                ("05", "22", 22, {"as_of": SUN}),
                ("06", "20", 20, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people at the concert", "verdict": "conflict",
            "why": "'Approximately 500 people were attending' (RTV Online) against 'approximately 1,500' / 'a concert with 1,500 people' / 'around 1,500' (the others): estimates that do not meet.",
            "mentions": [
                ("02", "Approximately 500", 500),
                ("03", "approximately 1,500", 1500),
                ("05", "1,500", 1500, {"ctx": "concert with 1,500"}),
                ("05", "around 1,500", 1500),
            ],
        },
        one(E, "count", "capacity of the club", "'attendance exceeding its 250-person capacity'.", "06", "250-person", 250),
        # --- when and where ---
        {
            "event": E, "kind": "date", "role": "time-of:the outbreak of the fire", "verdict": "conflict",
            "why": "'at around 2:30 AM local time' / 'around 02:30 local time (01:30 GMT)' / 'around 2:30 a.m.' against Ara's 'The fire broke out at 3:00 a.m. local time': half an hour apart, both given as the moment it broke out.",
            "mentions": [
                ("02", "2:30 AM", "2025-03-16T02:30+01:00", {"note": "local time (CET)"}),
                ("03", "02:30", "2025-03-16T02:30+01:00", {"note": "local time"}),
                ("03", "01:30 GMT", "2025-03-16T01:30+00:00"),
                ("04", "2:30 a.m.", "2025-03-16T02:30+01:00", {"note": "local time, from the context"}),
                ("05", "3:00 a.m.", "2025-03-16T03:00+01:00", {"note": "local time"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fire", "verdict": "agree",
            "why": "'on Sunday, March 16th' / 'early Sunday morning'.",
            "mentions": [
                ("02", "Sunday", SUN),
                ("02", "March 16th", SUN),
                ("04", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance from Kocani to Skopje", "verdict": "compatible",
            "why": "'about 100 kilometers (60 miles)' / 'about 100 kilometers' against 'approximately 115 kilometers': hedged estimates whose bounds meet (a straight line and a road distance, neither said).",
            "mentions": [
                ("03", "about 100 kilometers", 100000, {"note": "metres"}),
                ("03", "60 miles", 96561, {"note": "metres; the conversion of 100 km"}),
                ("04", "approximately 115 kilometers", 115000, {"note": "metres"}),
                ("05", "about 100 kilometers", 100000, {"note": "metres"}),
            ],
        },
        one(E, "count", "inhabitants of Kocani", "'a town of 30,000 inhabitants'.", "05", "30,000", 30000),
        # --- the victims ---
        {
            "event": E, "kind": "count", "role": "victims identified", "verdict": "updated",
            "why": "'35 of the deceased individuals had already been identified' (the interior minister's update) -> '39 victims have so far been identified' (officials, later on Sunday).",
            "mentions": [
                ("03", "35", 35, {"as_of": SUN}),
                ("04", "39", 39, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age of the youngest victim", "verdict": "agree",
            "why": "'between 14 and 25 years old' (the identified dead) / 'the youngest victim was 14 years old'.",
            "mentions": [
                ("01", "14", 14, {"note": "years"}),
                ("05", "14", 14, {"note": "years"}),
            ],
        },
        one(E, "count", "age of the oldest identified victim", "'Those killed who have been identified are between 14 and 25 years old'.", "01", "25", 25, {"note": "years"}),
        one(E, "count", "band members killed", "'Four members of the band died in the fire' (Ara; ECNet calls DNK a duo of which 'one band member survived').", "05", "Four", 4),
        one(E, "count", "band members who survived", "'Reports indicate that one band member survived'.", "06", "one", 1, {"ctx": "that one band member"}),
        {
            "event": E, "kind": "count", "role": "age of the survivor Marija Taseva", "verdict": "conflict",
            "why": "'Marija Taseva, a 20-year-old survivor' against 'Survivor Marija Taseva, 19': one woman's age given two ways.",
            "mentions": [
                ("03", "20-year-old", 20, {"note": "years"}),
                ("06", "19", 19, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age of Marija Taseva's sister", "verdict": "agree",
            "why": "'her 25-year-old sister' in both (missing in one report, dead in the other: not a figure).",
            "mentions": [
                ("03", "25-year-old", 25, {"note": "years"}),
                ("06", "25-year-old", 25, {"note": "years"}),
            ],
        },
        one(E, "count", "age of a victim, Tomce Stojanov", "'his 21-year-old son, Tomce'.", "04", "21-year-old", 21, {"note": "years"}),
        one(E, "count", "families devastated, in a father's words", "'150 families have been devastated' (a father's quote).", "04", "150", 150),
        one(E, "count", "age of a woman waiting at a Skopje hospital", "'A 20-year-old woman who had been at the nightclub'.", "05", "20-year-old", 20, {"note": "years"}),
        # --- the cause ---
        {
            "event": E, "kind": "count", "role": "pyrotechnic devices set off on stage", "verdict": "agree",
            "why": "'two fireworks igniting' (the BBC's verified video) / 'two flares were set off'.",
            "mentions": [
                ("02", "two", 2),
                ("03", "two", 2),
            ],
        },
        one(E, "count", "working exits of the club", "'there was only one functional exit'.", "02", "only one", 1),
        # --- arrests and mourning ---
        {
            "event": E, "kind": "count", "role": "people arrested over the fire", "verdict": "conflict",
            "why": "'police have arrested 10 people' / 'announced that 10 people have been arrested' (the prosecution's spokesperson, via The New York Times) against '15 people were arrested' (Ara) / 'authorities have detained 15 individuals' (the interior minister): two counts of the people held, neither said to revise the other.",
            "mentions": [
                ("02", "10", 10, {"ctx": "arrested 10 people"}),
                ("02", "10", 10, {"ctx": "that 10 people"}),
                ("05", "15", 15),
                ("06", "15", 15),
            ],
        },
        one(E, "count", "people named in arrest warrants", "'Arrest warrants have been issued for four individuals'.", "03", "four", 4),
        {
            "event": E, "kind": "duration", "role": "duration-of:the national mourning", "verdict": "conflict",
            "why": "'called for six days of national mourning' (Ara) against 'a seven-day period of national mourning has been declared' (ECNet; the government declared seven).",
            "mentions": [
                ("05", "six days", 6, {"note": "days"}),
                ("06", "seven-day", 7, {"note": "days"}),
            ],
        },
        one(E, "duration", "duration-of:the nationwide inspection of nightclubs", "'over the next three days'.", "06", "three days", 3, {"note": "days"}),
        # --- the Ghost Ship fire ---
        one(GHOST, "date", "date-of:the Ghost Ship fire", "'In 2016, a fire at the Ghost Ship venue in Oakland'.", "06", "2016", "2016"),
        one(GHOST, "count", "people killed in the Ghost Ship fire", "'claimed 36 lives'.", "06", "36", 36),
    ],
}
