# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Maui (Lahaina) wildfire story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
HUNDREDS = {"low": 200, "high": 999}
SPEC = {
    "description": (
        "The wildfire that destroyed Lahaina on Maui, Hawaii, from 8 August 2023, reported by nine outlets "
        "from 13 to about 17 August while the toll rose from 89 to 111; the other Maui fires (Upcountry/Kula, "
        "Kaanapali) are sibling events, and the deadlier fires of the past (Camp Fire 2018, Cloquet 1918, "
        "Peshtigo 1871) and Hawaii's 1960 tsunami are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "dateline 'Lahaina (Hawaii), August 13'"},
        "02": {"published_how": "Reuters story of Saturday 12 August (US time); the mirror dates it 2023-08-13"},
        "03": {"published_how": "'date 2023-08-13' on the stored page"},
        "04": {"published_how": "'date 2023-08-14' on the stored page"},
        "05": {"published_how": "date in the page's URL (2023/08/13)"},
        "06": {"published_how": "date in the page's URL (2023/08/14)"},
        "07": {"published_how": "date in the page's URL (2023-08-15)"},
        "08": {"published_how": "date in the page's URL (2023/08/15)"},
        "09": {"published_how": "no date on the page; inferred: the toll of 111 and Pelletier's 'news conference Wednesday' (16 August)"},
    },
    "events": [
        {"id": "e1", "label": "the Lahaina (Maui) wildfire of August 2023", "main": True},
        {"id": "e2", "label": "the 2018 Camp Fire in Paradise, California (background)", "main": False},
        {"id": "e3", "label": "the 1918 Cloquet Fire in Minnesota and Wisconsin (background)", "main": False},
        {"id": "e4", "label": "the 1871 Peshtigo Fire in Wisconsin (background)", "main": False},
        {"id": "e5", "label": "the 1960 tsunami in Hawaii (background)", "main": False},
        {"id": "e6", "label": "the Upcountry (Kula/Olinda) fire on Maui, August 2023 (sibling)", "main": False},
        {"id": "e7", "label": "the Kaanapali fire on Maui, Friday 11 August 2023 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll rose as the search went on: 89 then 93 on Saturday 12 August, 96 on 14 August, 99 on 15 August, 111 by 16 August.",
            "mentions": [
                ("01", "at least 89", 89),
                ("02", "93", 93, {"ctx": "toll hits 93"}),
                ("02", "93", 93, {"ctx": "reached 93"}),
                ("03", "89", 89),
                ("04", "at least 93", 93),
                ("04", "93", 93, {"ctx": "toll of 93"}),
                ("05", "93", 93, {"ctx": "reach 93 deaths"}),
                ("05", "93", 93, {"ctx": "has reached 93"}),
                ("05", "89", 89, {"as_of": "2023-08-12", "note": "the earlier figure, 'later raised to 93'"}),
                ("05", "93", 93, {"ctx": "raised to 93"}),
                ("06", "at least 96", 96),
                ("07", "96", 96, {"ctx": "death toll of 96"}),
                ("07", "96", 96, {"ctx": "toll of 96 is"}),
                ("08", "99", 99),
                ("09", "At least 111", 111),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "conflict",
            "why": (
                "'Hundreds' unaccounted for (Hindustan Times, CGTN on 15 August) cannot hold with 'over a thousand' "
                "the same day (Morning Star Journal); officials' estimate later settled near 1,000."
            ),
            "mentions": [
                ("03", "Hundreds", 500, HUNDREDS),
                ("07", "hundreds", 500, HUNDREDS),
                ("08", "Over a thousand", 1000),
                ("09", "an estimated 1,000", 1000, {"low": 900, "high": 1100}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "buildings:damaged or destroyed", "verdict": "compatible",
            "why": "More than / at least 2,200 and more than / over 2,000 structures overlap.",
            "mentions": [
                ("02", "more than 2,200", 2200),
                ("03", "more than 2,200", 2200),
                ("04", "Over 2,000", 2000),
                ("05", "at least 2,200", 2200),
                ("08", "More than 2,000", 2000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "buildings:share residential", "verdict": "single-source",
            "why": "Share of the West Maui buildings that were homes.",
            "mentions": [("05", "86%", 86)],
        },
        {
            "event": E, "kind": "measure", "role": "area burned", "verdict": "compatible",
            "why": "More than / over 2,100 acres, given as 850 hectares: the same area in two units.",
            "mentions": [
                ("02", "more than 2,100 acres", 850, {"low": 850, "high": None, "note": "hectares; written in acres"}),
                ("02", "850 hectares", 850, {"note": "hectares"}),
                ("03", "over 2,100 acres", 850, {"low": 850, "high": None, "note": "hectares; written in acres"}),
                ("03", "850 hectares", 850, {"note": "hectares"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damage / cost to rebuild", "verdict": "compatible",
            "why": "FEMA's $5.5 billion to rebuild Lahaina and 'around $6 billion' of damage on the island overlap.",
            "mentions": [
                ("02", "$5.5 billion", 5.5e9),
                ("03", "$5.5 billion", 5.5e9),
                ("05", "around $6 billion", 6e9),
                ("08", "an estimated $5.5 billion", 5.5e9, {"low": 5.2e9, "high": 5.8e9}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "search area covered", "verdict": "updated",
            "why": "The search had covered 3% of the area on Saturday 12 August and 25% by 15 August.",
            "mentions": [("02", "3%", 3), ("08", "25%", 25)],
        },
        {
            "event": E, "kind": "count", "role": "people needing shelter", "verdict": "single-source",
            "why": "County officials' count of people needing shelter.",
            "mentions": [("05", "about 4,500", 4500)],
        },
        {
            "event": E, "kind": "duration", "role": "days since the blaze", "verdict": "agree",
            "why": "Both Saturday reports say four days after the blaze.",
            "mentions": [("02", "four days", 4, {"note": "days"}), ("03", "four days", 4, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "years since a deadlier US wildfire", "verdict": "compatible",
            "why": "Deadliest in more than a hundred / 100 years (since 1918).",
            "mentions": [
                ("03", "more than hundred years", 100, {"low": 100, "high": None, "note": "years"}),
                ("04", "hundred years", 100, {"note": "years; 'in the past hundred years'"}),
                ("06", "more than 100 years", 100, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:start of fire", "verdict": "single-source",
            "why": "The disaster began just after midnight on Tuesday 8 August.",
            "mentions": [("03", "Tuesday", "2023-08-08")],
        },
        {
            "event": E, "kind": "count", "role": "other fires burning", "verdict": "agree",
            "why": "At least two other fires (Kihei, Upcountry) were burning.",
            "mentions": [("01", "two", 2, {"ctx": "At least two other"}), ("05", "two", 2, {"ctx": "At least two other"})],
        },
        # --- sibling fires on Maui ---
        {
            "event": "e6", "kind": "count", "role": "buildings:affected", "verdict": "single-source",
            "why": "Structures affected by the Upcountry fire; must not meet Lahaina's 2,200.",
            "mentions": [("05", "544", 544)],
        },
        {
            "event": "e6", "kind": "percent", "role": "buildings:share residential", "verdict": "single-source",
            "why": "Share of homes among the Upcountry structures; must not meet Lahaina's 86%.",
            "mentions": [("05", "96%", 96)],
        },
        {
            "event": "e6", "kind": "count", "role": "buildings:destroyed in Kula", "verdict": "single-source",
            "why": "Structures razed in Kula by the Upcountry fire.",
            "mentions": [("04", "16", 16)],
        },
        {
            "event": "e6", "kind": "count", "role": "buildings:destroyed in Olinda", "verdict": "single-source",
            "why": "Buildings razed in Olinda by the Upcountry fire.",
            "mentions": [("04", "three", 3, {"ctx": "three buildings in Olinda"})],
        },
        {
            "event": "e7", "kind": "date", "role": "date-of:fire", "verdict": "agree",
            "why": "The Kaanapali fire broke out on Friday evening (11 August).",
            "mentions": [("01", "Friday", "2023-08-11"), ("05", "Friday", "2023-08-11")],
        },
        # --- background fires and the 1960 tsunami (traps) ---
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": "The Camp Fire killed 85 for AP, AFP and the Hindustan Times, 86 for BOL News.",
            "mentions": [("01", "85", 85), ("03", "85", 85), ("04", "86", 86), ("05", "85", 85)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:fire", "verdict": "agree",
            "why": "The Camp Fire of 2018.",
            "mentions": [("01", "2018", "2018"), ("03", "2018", "2018"), ("04", "2018", "2018"), ("05", "2018", "2018")],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "'Hundreds' and 453 dead in the Cloquet Fire.",
            "mentions": [
                ("01", "hundreds", 500, HUNDREDS),
                ("05", "hundreds", 500, HUNDREDS),
                ("07", "453", 453),
                ("08", "453", 453),
            ],
        },
        {
            "event": "e3", "kind": "count", "role": "buildings:homes destroyed", "verdict": "agree",
            "why": "The Cloquet Fire destroyed thousands of homes (same AP wording).",
            "mentions": [("01", "thousands", 2000, {"low": 2000, "high": None}), ("05", "thousands", 2000, {"low": 2000, "high": None})],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:fire", "verdict": "agree",
            "why": "The Cloquet Fire of 1918 ('since 1918' in the Hindustan Times and CGTN).",
            "mentions": [
                ("01", "1918", "1918"),
                ("03", "1918", "1918"),
                ("05", "1918", "1918"),
                ("07", "1918", "1918"),
                ("08", "1918", "1918"),
            ],
        },
        {
            "event": "e4", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the Peshtigo Fire.",
            "mentions": [("06", "more than 1,000", 1000)],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:fire", "verdict": "single-source",
            "why": "Year of the Peshtigo Fire.",
            "mentions": [("06", "1871", "1871")],
        },
        {
            "event": "e5", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of Hawaii's 1960 tsunami.",
            "mentions": [("03", "61", 61)],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:tsunami", "verdict": "single-source",
            "why": "Year of the tsunami.",
            "mentions": [("03", "1960", "1960")],
        },
    ],
}
