# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Texas Hill Country floods of Friday 4 July 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 4 July 2025 (the flood, before dawn); Saturday = 5 July; Sunday = 6 July; Monday = 7
July. Lengths in metres (feet at 0.3048, inches at 0.0254, miles at 1,609.344 m); durations in minutes or years.
Left out: 'dozens of rescues', 'dozens still unaccounted for' (vague), 'Months worth of heavy rain', 'One woman', 'at least one of the victims', 'one of the most catastrophic', 'the July 4th weekend' (a holiday weekend,
not a day), 'in mere minutes', 'in a matter of hours', 'this week', 'earlier in the day', 'the sheriff said earlier', 'for the first
time', 'the first solid number', 'first responders'.
"""

E = "e1"
HARVEY = "e2"
FRI = "2025-07-04"
SAT = "2025-07-05"
SUN = "2025-07-06"
MON = "2025-07-07"
FOOT = 0.3048
INCH = 0.0254
MILE = 1609.344

SPEC = {
    "description": (
        "The flash floods on the Guadalupe River in the Texas Hill Country before dawn on Friday 4 July 2025, as six "
        "outlets reported them from that Friday to Monday 7 July: Kerr County's dead 13 (the sheriff, Friday) against the "
        "lieutenant governor's 'between 6 and 10 bodies' at the same hour, then 24 -> 32 -> 43 -> 68 (`conflict`); the "
        "toll across the state at least 79 -> 82 (Sunday) -> 104 (Monday) (`updated`); Kerr County's dead children 14 -> "
        "28 (`updated`) and adults 30 against 40 in the same Sunday count of 68 (`conflict`); Camp Mystic's missing more "
        "than 20 / about 23 / more than 22 -> 27 -> 10 girls and one counselor (`updated`); about 750 girls at the camp "
        "(`agree`); the river to the height of a two-story building (`agree`); the governor's visit to the camp on "
        "Saturday (`agree`). Background: Hurricane Harvey, 2017, with an estimated 68 direct deaths."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2025-07 (removed from the text) and the URL (2025/07/04)"},
        "02": {"published_how": "inferred: no date on the stored page; the toll of 24 and Abbott's 'nighttime news conference' of Friday 4 July 2025"},
        "03": {"published_how": "inferred: no date on the stored page; the news conference 'on Saturday afternoon' and the toll of 32 (5 July 2025)"},
        "04": {"published_how": "inferred: no date on the stored page; 'continued Sunday morning', 'press conference Sunday afternoon' (6 July 2025)"},
        "05": {"published_how": "inferred: no date on the stored page; the sheriff's 'news conference Sunday afternoon' (6 July 2025)"},
        "06": {"published_how": "inferred: no date on the stored page; 'As of Monday' and the toll of 104 (7 July 2025)"},
    },
    "events": [
        {"id": E, "label": "the flash floods in the Texas Hill Country, Kerr County and Camp Mystic, 4 July 2025", "main": True},
        {"id": HARVEY, "label": "Hurricane Harvey, 2017 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths:Kerr County", "verdict": "conflict",
            "why": "Kerr County's dead: on Friday afternoon the sheriff's 13 against the lieutenant governor's 'somewhere between 6 and 10 bodies' told 'at the same time' (two counts of one moment that cannot both hold); then 24 (Friday night) -> 32 (Saturday) -> 43 (Saturday night) -> 68 (Sunday).",
            "mentions": [
                ("01", "at least 13", 13, {"as_of": FRI}),
                ("01", "between 6 and 10", 8, {"as_of": FRI, "low": 6, "high": 10, "note": "bodies found, the lieutenant governor's count"}),
                ("01", "13", 13, {"ctx": "were 13 deaths", "as_of": FRI}),
                ("02", "At least 24", 24, {"as_of": FRI}),
                ("02", "at least 24", 24, {"as_of": FRI}),
                ("03", "32", 32, {"as_of": SAT}),
                ("04", "At least 68", 68, {"as_of": SUN}),
                ("05", "68", 68, {"as_of": SUN}),
                ("05", "43", 43, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:all counties", "verdict": "updated",
            "why": "The toll across the flooded counties: at least 79 (Kerr's 68 and 11 more, Sunday) -> at least 82 (Sunday afternoon) -> at least 104 (Monday).",
            "mentions": [
                ("04", "at least 79", 79, {"as_of": SUN}),
                ("05", "At least 82", 82, {"as_of": SUN}),
                ("06", "at least 104", 104, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:surrounding counties", "verdict": "single-source",
            "why": "'At least 11 additional deaths were confirmed in surrounding counties'.",
            "mentions": [("04", "At least 11", 11)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Travis County", "verdict": "single-source",
            "why": "'In Travis County, which includes Austin, three people were killed'.",
            "mentions": [("03", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:children in Kerr County", "verdict": "updated",
            "why": "Children among Kerr County's dead: 14 of 32 (Saturday) -> 28 of 68 (Sunday).",
            "mentions": [
                ("03", "14", 14, {"as_of": SAT}),
                ("04", "28", 28, {"as_of": SUN}),
                ("05", "28", 28, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:adults in Kerr County", "verdict": "conflict",
            "why": "Adults among the 68 dead of Sunday: '28 children and 30 adults' (58, not 68) against '40 adults and 28 children' (68): one count that cannot be both.",
            "mentions": [
                ("04", "30", 30, {"as_of": SUN}),
                ("05", "40", 40, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:unidentified adults", "verdict": "single-source",
            "why": "'with 18 of the adults ... unidentified'.",
            "mentions": [("05", "18", 18)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:unidentified children", "verdict": "single-source",
            "why": "'and 10 of the children unidentified'.",
            "mentions": [("05", "10", 10, {"ctx": "and 10 of the children"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Camp Mystic campers and counselors", "verdict": "single-source",
            "why": "'As of Monday, 27 campers and counselors have been confirmed dead'.",
            "mentions": [("06", "27", 27, {"ctx": "Monday, 27 campers", "as_of": MON})],
        },
        # --- the missing ---
        {
            "event": E, "kind": "count", "role": "missing:Camp Mystic campers", "verdict": "updated",
            "why": "Camp Mystic's girls unaccounted for: more than 20 / about 23 (the lieutenant governor, Friday afternoon) / more than 22 (the sheriff, Friday night) -> 27 (Saturday) -> 10 (the sheriff, Sunday, 'the first solid number', with one counselor).",
            "mentions": [
                ("01", "more than 20", 20, {"ctx": "leaving more than 20 girls", "as_of": FRI}),
                ("01", "About 23", 23, {"as_of": FRI}),
                ("01", "more than 20", 20, {"ctx": "includes more than 20 girls", "as_of": FRI}),
                ("02", "More than 20", 20, {"as_of": FRI}),
                ("02", "more than 22", 22, {"as_of": FRI}),
                ("03", "more than 20", 20, {"as_of": SAT}),
                ("03", "Twenty-seven", 27, {"as_of": SAT}),
                ("04", "10", 10, {"ctx": "for 10 missing girls", "as_of": SUN}),
                ("05", "At least 10", 10, {"as_of": SUN}),
                ("05", "as high as 27", 27, {"as_of": SAT, "note": "the estimate of Saturday", "low": None, "high": 27}),
                ("06", "10", 10, {"ctx": "that 10 campers", "as_of": SUN}),
                ("06", "as many as 27", 27, {"as_of": SAT, "note": "'initial fears'", "low": None, "high": 27}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing:Camp Mystic counselors", "verdict": "agree",
            "why": "One counselor missing with the ten campers (the sheriff, Sunday).",
            "mentions": [
                ("04", "one", 1),
                ("05", "one", 1, {"ctx": "along with one counselor"}),
                ("06", "one", 1, {"ctx": "and one counselor"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing:Camp Mystic, campers and counselor", "verdict": "single-source",
            "why": "'Almost a dozen are still missing from Camp Mystic' (ten campers and one counselor).",
            "mentions": [("05", "Almost a dozen", 12, {"low": 10.8, "high": 12, "note": "ten campers and one counselor"})],
        },
        {
            "event": E, "kind": "count", "role": "missing:the state", "verdict": "single-source",
            "why": "'at least 41 more are missing' / 'not been able to account for 41 people in various parts of the state' (the governor, Sunday).",
            "mentions": [
                ("05", "at least 41", 41),
                ("05", "41", 41, {"ctx": "account for 41 people"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "girls at Camp Mystic", "verdict": "agree",
            "why": "About 750 girls at the camp when the flood struck (the lieutenant governor, the sheriff).",
            "mentions": [
                ("01", "roughly 750", 750),
                ("03", "About 750", 750),
                ("05", "about 750", 750),
                ("06", "approximately 750", 750),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Camp Mystic's sites", "verdict": "single-source",
            "why": "'The camp has two sites along the river near Hunt'.",
            "mentions": [("03", "two", 2)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Camp Mystic's existence", "verdict": "single-source",
            "why": "'a nearly 100-year-old Christian summer camp' and 'is nearly a century old'.",
            "mentions": [
                ("03", "nearly 100-year", 100, {"note": "years"}),
                ("03", "nearly a century", 100, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the building of the camp's recreation hall", "verdict": "single-source",
            "why": "'constructed in the 1920s'.",
            "mentions": [("03", "1920s", "1920", {"note": "the decade 1920-1929"})],
        },
        {
            "event": E, "kind": "count", "role": "first responders in Kerr County", "verdict": "single-source",
            "why": "'More than 400 first responders' (Sunday).",
            "mentions": [("04", "More than 400", 400)],
        },
        {
            "event": E, "kind": "count", "role": "agencies of the first responders", "verdict": "single-source",
            "why": "'from over 20 agencies'.",
            "mentions": [("04", "over 20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "children of a missing woman's daughter", "verdict": "single-source",
            "why": "'who had rented a cabin in Hunt for her husband and two children'.",
            "mentions": [("01", "two", 2)],
        },
        # --- the water ---
        {
            "event": E, "kind": "measure", "role": "rainfall overnight in central Kerr County", "verdict": "single-source",
            "why": "'At least 10 inches of rain poured down overnight in central Kerr County'.",
            "mentions": [("01", "At least 10 inches", round(10 * INCH, 3), {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "rainfall forecast by the National Weather Service", "verdict": "single-source",
            "why": "'had forecast up to 8 inches of rain' (a forecast; 'the actual totals far exceeded that').",
            "mentions": [("06", "up to 8 inches", round(8 * INCH, 4), {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "Guadalupe River level at Hunt before the flood", "verdict": "single-source",
            "why": "'to rise from 7 feet'.",
            "mentions": [("02", "7 feet", round(7 * FOOT, 4), {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "Guadalupe River level at Hunt at the crest", "verdict": "single-source",
            "why": "'to nearly 30 in a matter of hours' (feet).",
            "mentions": [("02", "nearly 30", round(30 * FOOT, 3), {"note": "metres; feet"})],
        },
        {
            "event": E, "kind": "measure", "role": "Guadalupe River's rise in 45 minutes", "verdict": "single-source",
            "why": "'the river rising nearly 26 feet in just 45 minutes' (the lieutenant governor).",
            "mentions": [("06", "nearly 26 feet", round(26 * FOOT, 4), {"note": "metres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the river's 26-foot rise", "verdict": "single-source",
            "why": "'in just 45 minutes'.",
            "mentions": [("06", "45 minutes", 45, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "count", "role": "height of the river (in storeys of a building)", "verdict": "agree",
            "why": "The river rose 'to the height of a two-story building'.",
            "mentions": [
                ("05", "two", 2, {"ctx": "two-story"}),
                ("06", "two", 2, {"ctx": "two-story"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Hunt from Kerrville", "verdict": "single-source",
            "why": "'Camp Mystic in Hunt, about 17 miles west of Kerrville'.",
            "mentions": [("02", "about 17 miles", round(17 * MILE), {"note": "metres"})],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the flood", "verdict": "agree",
            "why": "Before dawn on Friday 4 July 2025 ('July Fourth', 'early Friday morning', 'the early hours of July 4').",
            "mentions": [
                ("02", "July Fourth", FRI, {"ctx": "July Fourth brought"}),
                ("02", "July Fourth", FRI, {"ctx": "catastrophic” July Fourth"}),
                ("02", "early Friday morning", FRI),
                ("03", "Friday", FRI, {"ctx": "flooding on Friday"}),
                ("05", "early Friday morning", FRI),
                ("06", "early Friday morning", FRI),
                ("06", "July 4", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first count of missing campers", "verdict": "single-source",
            "why": "'unaccounted for Friday' (the lieutenant governor's news conference of Friday afternoon).",
            "mentions": [
                ("01", "Friday", FRI, {"ctx": "unaccounted for Friday as"}),
                ("01", "Friday", FRI, {"ctx": "unaccounted for Friday, Patrick"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the camp's email to parents", "verdict": "single-source",
            "why": "'In a brief email to parents on Friday morning'.",
            "mentions": [("03", "Friday morning", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the lieutenant governor's news conference on the camp", "verdict": "single-source",
            "why": "'said at a news conference on Friday'.",
            "mentions": [("03", "Friday", FRI, {"ctx": "news conference on Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the emergency management chief's news conference", "verdict": "single-source",
            "why": "'said at a news conference on Saturday afternoon'.",
            "mentions": [("03", "Saturday afternoon", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 43", "verdict": "single-source",
            "why": "'43 deaths reported the previous night' (Saturday night).",
            "mentions": [("05", "the previous night", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the estimate of 27 missing campers", "verdict": "single-source",
            "why": "'after estimating Saturday that it could be as high as 27'.",
            "mentions": [("05", "Saturday", SAT, {"ctx": "estimating Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's visit to Camp Mystic", "verdict": "agree",
            "why": "Saturday 5 July ('the previous day' in a text of that Sunday's press conference).",
            "mentions": [
                ("04", "the previous day", SAT),
                ("05", "Saturday", SAT, {"ctx": "On Saturday, Abbott"}),
                ("05", "Today", SAT, {"note": "the governor's post of that Saturday"}),
                ("06", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the search for the ten campers", "verdict": "single-source",
            "why": "'Search and rescue efforts continued Sunday morning'.",
            "mentions": [("04", "Sunday morning", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first responders combing the area", "verdict": "single-source",
            "why": "'were on the ground combing the area Sunday'.",
            "mentions": [("04", "Sunday", SUN, {"ctx": "combing the area Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the officials' count of the camp's missing", "verdict": "single-source",
            "why": "'Almost a dozen are still missing ..., officials said Sunday'.",
            "mentions": [("05", "Sunday", SUN, {"ctx": "officials said Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sheriff's news conference with the toll of 68", "verdict": "single-source",
            "why": "'said at a news conference Sunday afternoon'.",
            "mentions": [("05", "Sunday afternoon", SUN, {"ctx": "news conference Sunday afternoon"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's press conference", "verdict": "agree",
            "why": "The governor's briefing of Sunday afternoon (6 July).",
            "mentions": [
                ("04", "Sunday afternoon", SUN),
                ("05", "Sunday afternoon", SUN, {"ctx": "briefing Sunday afternoon"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the major disaster declaration", "verdict": "single-source",
            "why": "'President Trump signed a major disaster declaration for Kerr County on Sunday morning'.",
            "mentions": [("05", "Sunday morning", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of 27 campers and counselors dead", "verdict": "single-source",
            "why": "'As of Monday'.",
            "mentions": [("06", "Monday", MON)],
        },
        # --- background ---
        {
            "event": HARVEY, "kind": "count", "role": "deaths directly caused by Hurricane Harvey", "verdict": "single-source",
            "why": "'the estimated 68 deaths directly caused by Hurricane Harvey' (a look-alike of Kerr County's 68).",
            "mentions": [("04", "68", 68, {"ctx": "the estimated 68"})],
        },
        {
            "event": HARVEY, "kind": "date", "role": "date-of:Hurricane Harvey", "verdict": "single-source",
            "why": "'in southeast Texas in 2017'.",
            "mentions": [("04", "2017", "2017")],
        },
    ],
}
