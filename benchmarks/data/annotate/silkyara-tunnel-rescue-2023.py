# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Silkyara tunnel collapse and rescue, Uttarakhand, November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Sunday = 12 November 2023 (the collapse, Diwali), Monday = 13 November, Tuesday = 14 November;
Monday 27 and Tuesday 28 November 2023 (the rescue). Durations in hours (the unit written in `note`); lengths in metres.
Left out: 'one side', 'one by one', 'No one', 'one of the most significant', 'a dozen', 'for days', 'the first rescued'.
"""

E = "e1"
TUNNEL = "e2"
SUN = "2023-11-12"
MON = "2023-11-13"
TUE = "2023-11-14"
RESCUE = "2023-11-28"

SPEC = {
    "description": (
        "The collapse of part of the Silkyara tunnel on the Brahmakhal-Yamunotri national highway (Uttarkashi, Uttarakhand) "
        "early on Sunday 12 November 2023, and the rescue of the workers trapped inside on Tuesday 28 November, as six outlets "
        "reported it from 12 to 29 November: workers trapped at least 36 / 36 (Sunday) -> nearly 40 / at least 40 (Monday) -> "
        "40 (Tuesday) -> 41 (the rescue) (`updated`); the collapse on Sunday / November 12 against DNA India's 'November 13, "
        "the day of Diwali' (`conflict`); the debris in a 30-metre area (Sunday) against 'a 200-meter area' (Tuesday) "
        "(`conflict`); the escape passage about 40 metres (Tuesday) -> a 60-metre tunnel dug by rat-hole miners (`updated`); "
        "the entrapment over 24 hours -> 48 hours -> 17 days / more than two weeks (`updated`); the workers pulled out on "
        "Tuesday 28 November (`agree`) between 7:45 pm and 9 pm, after the breakthrough at about 7 pm. Look-alikes: the "
        "collapse about 200 metres from the tunnel's mouth beside the debris's 200-meter area, the 40-metre passage beside "
        "the 40 workers, 12 rat-hole miners. Background: the tunnel itself, 4,531 metres long, Rs 853.79 crore."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-11-12 (removed from the text); the collapse 'on Sunday'"},
        "02": {"published_how": "the corpus's date line 2023-11-13 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-11-14 (removed from the text); 'rescue op enters day 3' in the URL"},
        "04": {"published_how": "the corpus's date line 2023-11-28 (removed from the text) and the removed embedded posts of 'November 28, 2023'"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the workers 'were pulled out on Tuesday' (28 November 2023), an AP text: 28 November 2023 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2023-11-29 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the Silkyara tunnel collapse and the rescue of the trapped workers, Uttarakhand, November 2023", "main": True},
        {"id": TUNNEL, "label": "the Silkyara tunnel under construction (its length and cost; background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "workers trapped in the tunnel", "verdict": "updated",
            "why": "The count as officials revised it: at least 36 / 36 (the SDRF and the SP, Sunday 12 November), nearly 40 / at least 40 (Monday 13 November), 40 (Tuesday 14 November), 41 (the rescue, 28 November, and after).",
            "mentions": [
                ("01", "At least 36", 36, {"as_of": SUN}),
                ("01", "Thirty-six", 36, {"as_of": SUN}),
                ("01", "36", 36, {"ctx": "A total of 36", "as_of": SUN}),
                ("02", "nearly 40", 40, {"as_of": MON}),
                ("02", "at least 40", 40, {"as_of": MON}),
                ("03", "40", 40, {"ctx": "evacuate 40 stranded", "as_of": TUE}),
                ("03", "40", 40, {"ctx": "about the 40 workers", "as_of": TUE}),
                ("04", "41", 41, {"ctx": "the 41 trapped workers", "as_of": RESCUE}),
                ("04", "41", 41, {"ctx": "trapped the 41 workers", "as_of": RESCUE}),
                ("05", "All 41", 41, {"as_of": RESCUE}),
                ("06", "41", 41, {"as_of": "2023-11-29"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the collapse of the tunnel", "verdict": "conflict",
            "why": "Sunday (12 November 2023) in three outlets and 'the morning of November 12' (AP), against DNA India's 'November 13, the day of Diwali' (Diwali was 12 November): one day apart for the same collapse.",
            "mentions": [
                ("01", "Sunday", SUN),
                ("02", "Sunday", SUN, {"ctx": "occurred on Sunday"}),
                ("03", "Sunday", SUN),
                ("04", "November 13", MON),
                ("05", "November 12", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the SDRF's first information of the collapse", "verdict": "single-source",
            "why": "'We received information around 9.15am' (Sunday 12 November 2023).",
            "mentions": [("01", "around 9.15am", "2023-11-12T09:15")],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the collapse from the tunnel's mouth", "verdict": "single-source",
            "why": "'around 200 metres from one side of the tunnel’s mouth' (the reporter and the SP, one outlet).",
            "mentions": [
                ("01", "around 200", 200, {"ctx": "The incident took place around 200 metres from one side of the tunnel’s mouth.\n\nTeams", "note": "metres"}),
                ("01", "around 200", 200, {"ctx": "The incident took place around 200 metres from one side of the tunnel’s mouth. NDRF", "note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the debris in the tunnel", "verdict": "conflict",
            "why": "The SDRF: workers trapped 'in the 30-metre area on the Silkyara side where the debris has piled up' (Sunday); Zee News: 'the rocks that fell over a 200-meter area' (Tuesday): not a growth by fresh falls of that size; 200 m is the collapse's distance from the mouth in HT. Two extents that cannot both hold.",
            "mentions": [
                ("01", "30", 30, {"note": "metres", "as_of": SUN}),
                ("03", "200", 200, {"note": "metres", "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the escape passage through the debris", "verdict": "updated",
            "why": "'the distance is about 40 metres' (Tuesday 14 November) -> the rat-hole miners' '60-meter-long tunnel' through the debris (27-28 November): the estimate grew as more of the tunnel fell.",
            "mentions": [
                ("03", "about 40", 40, {"note": "metres", "as_of": TUE}),
                ("04", "60", 60, {"note": "metres", "as_of": RESCUE}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length breached by the rescuers (NHIDCL)", "verdict": "single-source",
            "why": "'the tunnel had been breached by 21 metres'.",
            "mentions": [("03", "21", 21, {"note": "metres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the workers' entrapment", "verdict": "updated",
            "why": "The time trapped as it grew: over 24 hours (Monday 13 November), 48 hours (Tuesday 14 November), more than two weeks / 17 days (the rescue on 28 November).",
            "mentions": [
                ("03", "over 24 hours", 24, {"note": "hours", "as_of": MON}),
                ("03", "48 hours", 48, {"low": 48, "high": None, "note": "hours; written 'Even after 48 hours'", "as_of": TUE}),
                ("04", "17 days", 408, {"note": "hours; written 17 days", "as_of": RESCUE}),
                ("05", "more than two weeks", 336, {"note": "hours; written more than two weeks", "as_of": RESCUE}),
                ("05", "17-day", 408, {"note": "hours; written 17-day", "as_of": RESCUE}),
                ("06", "17-day", 408, {"note": "hours; written 17-day", "as_of": RESCUE}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the efforts reported continuing", "verdict": "single-source",
            "why": "'Efforts to reach nearly 40 workers ... continued on Monday' (13 November 2023).",
            "mentions": [("02", "Monday", MON, {"ctx": "continued on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the chief minister's planned visit", "verdict": "single-source",
            "why": "'Dhami is scheduled to visit the incident site ... on Monday' (13 November 2023).",
            "mentions": [("02", "Monday", MON, {"ctx": "operation on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Modi's call to Dhami", "verdict": "single-source",
            "why": "'Prime Minister Narendra Modi also spoke to Chief Minister Dhami on Sunday'.",
            "mentions": [("02", "Sunday", SUN, {"ctx": "Dhami on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rat-hole miners' start", "verdict": "single-source",
            "why": "'The rat-hole miners began digging on Monday evening' (27 November 2023).",
            "mentions": [("04", "Monday", "2023-11-27")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the breakthrough of the last stretch of rubble", "verdict": "single-source",
            "why": "'Rescue workers break through the last stretch of the rubble at about 7 pm' (28 November 2023); another act than the extraction from 7:45 pm.",
            "mentions": [("04", "about 7 pm", "2023-11-28T19:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the workers pulled out", "verdict": "agree",
            "why": "'were pulled out on Tuesday' / 'on Tuesday night' / 'on Tuesday evening' (28 November 2023).",
            "mentions": [
                ("05", "Tuesday", RESCUE),
                ("06", "Tuesday", RESCUE, {"ctx": "9 pm on Tuesday"}),
                ("06", "Tuesday", RESCUE, {"ctx": "safety on Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the start of the extraction", "verdict": "single-source",
            "why": "'between 7:45 pm and 9 pm on Tuesday night'.",
            "mentions": [("06", "7:45 pm", "2023-11-28T19:45")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the end of the extraction", "verdict": "single-source",
            "why": "'between 7:45 pm and 9 pm on Tuesday night'.",
            "mentions": [("06", "9 pm", "2023-11-28T21:00")],
        },
        {
            "event": E, "kind": "count", "role": "rat-hole miners in the rescue team", "verdict": "single-source",
            "why": "'a team of 12 rat-hole miners and NDRF personnel'.",
            "mentions": [("06", "12", 12)],
        },
        {
            "event": TUNNEL, "kind": "measure", "role": "length of the Silkyara tunnel", "verdict": "single-source",
            "why": "'the Silkyara Tunnel is 4531 meters long'.",
            "mentions": [("03", "4531", 4531, {"note": "metres"})],
        },
        {
            "event": TUNNEL, "kind": "money", "role": "cost of the Silkyara tunnel", "verdict": "single-source",
            "why": "'under construction at a cost of Rs 853.79 crore'.",
            "mentions": [("03", "Rs 853.79 crore", 8_537_900_000, {"note": "rupees"})],
        },
    ],
}
