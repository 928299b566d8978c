# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the wildfires of the Valparaíso region, Chile, February 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 2 February 2024, Saturday = 3 February, Sunday = 4 February, Monday = 5 February, Tuesday
= 6 February 2024; times in Chilean summer time (UTC-3). Areas in hectares (acres at 0.40468564224 ha). Left out:
'Hundreds' / 'hundreds of victims' / 'thousands homeless' (vague), 'two coastal cities', 'one of Chile’s most popular',
'the second and last day' (an ordinal), 'three-tier scale' (a scale's description), 'Orella 954' (an address), 'a few
days ago', 'in the last decade', the titles (removed from the texts).
"""

E = "e1"
QUAKE2010 = "e2"
FRI = "2024-02-02"
SAT = "2024-02-03"
SUN = "2024-02-04"
MON = "2024-02-05"
TUE = "2024-02-06"
ACRE = 0.40468564224

SPEC = {
    "description": (
        "The wildfires of the Valparaíso region, Chile, from Friday 2 February 2024 (Viña del Mar, Quilpué), as six outlets "
        "reported them from Sunday 4 to Tuesday 6 February: the toll about 51 -> at least 64 (Sunday) -> at least 112 (early "
        "Monday) -> at least 122 -> 123 (the Legal Medical Service, Monday 7 PM) -> 131 (Tuesday) (`updated`); identified 33 "
        "-> 35, autopsies 79 -> 82, bodies handed over three -> eight (`updated`); damaged homes more than 1,000 (Sunday) -> "
        "around 14,000 (Monday) against 'Between 3,100 and 6,100' (Tuesday) (`conflict`); burned more than 10,000 hectares "
        "(24,711 acres) / over 9,700 (`compatible`); two days of national mourning from Monday 5 February (`agree`); the toll of 123 on Monday at 7 PM (`compatible`). "
        "Look-alikes: around 14,000 personnel beside around 14,000 homes; more than 90 fires in Chile, three under red "
        "warnings, nine still active. Background: the earthquake and tsunami of 27 February 2010 (more than 500 dead)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the toll of 64 that Boric gave on Sunday 4 February 2024 (other copies of the Reuters text are dated 2024-02-04)"},
        "02": {"published_how": "the page's time stamp '05 Feb 2024 | 02:52 PM UTC' (removed from the text)"},
        "03": {"published_how": "the URL (2024-02-05)"},
        "04": {"published_how": "inferred: no date on the stored page; the Legal Medical Service's report 'at 7:00 PM Monday' (5 February): 6 February 2024, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; 'The agency said in a statement on Tuesday' (6 February 2024)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; 'rose to at least 131 people on Tuesday' (6 February 2024)"},
    },
    "events": [
        {"id": E, "label": "the wildfires of the Valparaíso region, Chile, February 2024, and their toll", "main": True},
        {"id": QUAKE2010, "label": "the earthquake and tsunami of 27 February 2010 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the fires", "verdict": "updated",
            "why": "The toll as it was raised: about 51 (UNN's earlier report), at least 64 (President Boric, Sunday 4 February), at least 112 (early Monday 5 February), at least 122 (El País, Monday), 123 (the Legal Medical Service, Monday 7 PM), 131 (the Legal Medical Service, Tuesday 6 February).",
            "mentions": [
                ("01", "64", 64, {"ctx": "risen to 64.", "as_of": SUN}),
                ("01", "at least 64", 64, {"as_of": SUN}),
                ("01", "about 51", 51),
                ("02", "at least 112", 112, {"as_of": MON}),
                ("03", "at least 122", 122, {"ctx": "region is at least 122", "as_of": MON}),
                ("03", "at least 122", 122, {"ctx": "— at least 122", "as_of": MON}),
                ("04", "123", 123, {"ctx": "reaches 123", "as_of": MON}),
                ("04", "123", 123, {"ctx": "loss of 123", "as_of": MON}),
                ("05", "131", 131, {"as_of": TUE}),
                ("06", "at least 131", 131, {"as_of": TUE}),
                ("06", "131", 131, {"ctx": "risen to 131,", "as_of": TUE}),
                ("06", "123", 123, {"as_of": MON}),
                ("06", "131", 131, {"ctx": "of these 131", "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead identified", "verdict": "updated",
            "why": "33 identified (Monday 7 PM) -> 35 (Tuesday).",
            "mentions": [
                ("04", "33", 33, {"as_of": MON}),
                ("05", "35", 35, {"as_of": TUE}),
                ("06", "35", 35, {"as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "autopsies performed", "verdict": "updated",
            "why": "79 autopsies (Monday 7 PM) -> 82 (Tuesday).",
            "mentions": [
                ("04", "79", 79, {"as_of": MON}),
                ("05", "82", 82, {"as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead handed over to their families", "verdict": "updated",
            "why": "Three returned to their families during Monday -> eight handed over (Tuesday's statement).",
            "mentions": [
                ("04", "Three", 3, {"as_of": MON}),
                ("05", "eight", 8, {"as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "homes damaged", "verdict": "conflict",
            "why": "More than 1,000 damaged (Sunday 4 February) and around 14,000 in Viña del Mar and Quilpué (Crisis24, Monday 5 February), against 'Between 3,100 and 6,100 homes had some sort of damage' (IANS with Xinhua, Tuesday): a count that cannot fall from 14,000 to at most 6,100 in a day.",
            "mentions": [
                ("01", "More than 1,000", 1000, {"as_of": SUN}),
                ("02", "around 14,000", 14000, {"ctx": "around 14,000 homes", "as_of": MON}),
                ("05", "Between 3,100 and 6,100", 4600, {"low": 3100, "high": 6100, "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "area burned", "verdict": "compatible",
            "why": "More than 10,000 hectares (24,711 acres) (Monday) and over 9,700 hectares in the Valparaíso region (Tuesday): lower bounds that meet.",
            "mentions": [
                ("02", "more than 10,000", 10000, {"note": "hectares"}),
                ("02", "24,711", round(24711 * ACRE), {"note": "hectares; written '24,711 acres', the conversion of 10,000 ha"}),
                ("05", "over 9,700", 9700, {"note": "hectares"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "personnel fighting the fires", "verdict": "single-source",
            "why": "'around 14,000 personnel are on-site tackling the blazes' (a look-alike of the 14,000 homes).",
            "mentions": [("02", "around 14,000", 14000, {"ctx": "around 14,000 personnel"})],
        },
        {
            "event": E, "kind": "count", "role": "fires raging across Chile (Saturday)", "verdict": "single-source",
            "why": "'On Saturday, officials said more than 90 fires were raging across Chile'.",
            "mentions": [("01", "more than 90", 90)],
        },
        {
            "event": E, "kind": "count", "role": "fires under red warnings", "verdict": "single-source",
            "why": "'red warnings ... for three fires in Valparaiso and Marga Marga provinces'.",
            "mentions": [("02", "three", 3, {"ctx": "for three fires"})],
        },
        {
            "event": E, "kind": "count", "role": "fires still active in the affected area (Tuesday)", "verdict": "single-source",
            "why": "'nine forest fires are still active in the affected area, but they are all under control'.",
            "mentions": [("06", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "people living in Viña del Mar and Valparaíso", "verdict": "single-source",
            "why": "'home to more than a million people'.",
            "mentions": [("01", "more than a million", 1000000, {"low": 1000000, "high": None})],
        },
        {
            "event": E, "kind": "duration", "role": "national mourning", "verdict": "agree",
            "why": "Two days of national mourning, from Monday 5 February.",
            "mentions": [
                ("01", "two-day", 2, {"ctx": "A two-day mourning", "note": "days"}),
                ("01", "two-day", 2, {"ctx": "A two-day national", "note": "days"}),
                ("03", "two days", 2, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the national mourning", "verdict": "agree",
            "why": "Monday 5 February 2024.",
            "mentions": [
                ("01", "February 5", MON),
                ("01", "Monday", MON),
                ("03", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the curfew's start", "verdict": "single-source",
            "why": "'imposed a curfew from 21:00 in the most affected areas'.",
            "mentions": [("01", "21:00", "2024-02-04T21:00-03:00", {"note": "the hour; the night given as Sunday's, the day of the report"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the officials' count of more than 90 fires", "verdict": "single-source",
            "why": "'On Saturday, officials said more than 90 fires were raging'.",
            "mentions": [("01", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Crisis24's situation (the toll of 112)", "verdict": "single-source",
            "why": "'as of Feb. 5' / 'As of early Feb. 5, authorities have confirmed at least 112 fatalities'.",
            "mentions": [
                ("02", "Feb. 5", MON, {"ctx": "Chile, as of Feb. 5"}),
                ("02", "Feb. 5", MON, {"ctx": "Region as of Feb. 5"}),
                ("02", "Feb. 5", MON, {"ctx": "As of early Feb. 5"}),
                ("02", "Feb. 5", MON, {"ctx": "provinces as of early Feb. 5"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the curfew nights", "verdict": "single-source",
            "why": "'overnight Feb. 3-4 and Feb. 4-5' (the nights starting on 3 and 4 February).",
            "mentions": [
                ("02", "Feb. 3-4", SAT, {"note": "the night of 3 to 4 February"}),
                ("02", "Feb. 4-5", SUN, {"note": "the night of 4 to 5 February"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the high-temperature warnings", "verdict": "single-source",
            "why": "'through Feb. 6'.",
            "mentions": [("02", "Feb. 6", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Viña del Mar's empty downtown", "verdict": "single-source",
            "why": "'was a ghost city at 6 p.m. on a summer’s day' (El País's visit).",
            "mentions": [("03", "6 p.m.", "2024-02-04T18:00-03:00", {"note": "the day not given: the curfew's day before El País's report, a guess"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the Legal Medical Service's toll of 123", "verdict": "compatible",
            "why": "'reported at 7:00 PM Monday ... 123 people' / 'compared to 123 dead on Monday' (5 February 2024): the day in both, the hour in one.",
            "mentions": [
                ("04", "7:00 PM", "2024-02-05T19:00-03:00"),
                ("04", "Monday", MON),
                ("06", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Legal Medical Service's toll of 131", "verdict": "agree",
            "why": "The statement of Tuesday 6 February 2024.",
            "mentions": [
                ("05", "Tuesday", TUE),
                ("06", "Tuesday", TUE, {"ctx": "131 people on Tuesday"}),
                ("06", "Tuesday", TUE, {"ctx": "On Tuesday, on"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the fires", "verdict": "single-source",
            "why": "'The wildfires, which started last Friday at different points' (2 February 2024).",
            "mentions": [("05", "Friday", FRI)],
        },
        {
            "event": E, "kind": "duration", "role": "time to extinguish the remaining fires", "verdict": "single-source",
            "why": "'all of these fires can be extinguished within a week' (the fire brigades, Tuesday).",
            "mentions": [("06", "a week", 7, {"low": None, "high": 7, "note": "days; written 'within a week'"})],
        },
        {
            "event": QUAKE2010, "kind": "date", "role": "date-of:the 2010 earthquake and tsunami", "verdict": "compatible",
            "why": "'the great earthquake and tsunami of February 27, 2010' / 'the 2010 earthquake, which was followed by a tsunami' (a background event): the day and its year.",
            "mentions": [
                ("03", "February 27, 2010", "2010-02-27"),
                ("06", "2010", "2010"),
            ],
        },
        {
            "event": QUAKE2010, "kind": "count", "role": "deaths in the 2010 earthquake and tsunami", "verdict": "single-source",
            "why": "'a disaster that left more than 500 dead' (El País has 'hundreds of victims', left out as vague).",
            "mentions": [("06", "more than 500", 500)],
        },
    ],
}
