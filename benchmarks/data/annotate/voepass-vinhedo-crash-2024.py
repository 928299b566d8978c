# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the crash of Voepass flight 2283 in Vinhedo, Friday 9 August 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres; dates as ISO strings. Friday = 9 August 2024 (the crash,
about 13:25 local time; the airline's first figure of 62 that afternoon, its 61 that night),
Saturday = 10 August 2024 (the airline's return to 62 in the morning; the recovery of the bodies).
"""

E = "e1"
YETI = "e2"
FRI = "2024-08-09"
SAT = "2024-08-10"
SPEC = {
    "description": (
        "The crash of Voepass flight 2283, an ATR 72-500 from Cascavel to Guarulhos, in a gated community of Vinhedo (São "
        "Paulo state) on Friday 9 August 2024, killing everyone aboard, as six outlets reported it from that Friday to "
        "Saturday 10 August: everyone aboard (the toll) first 62, lowered by the airline to 61 on Friday night, raised back "
        "to 62 on Saturday morning when a passenger missing from its list was confirmed (`updated`); the passengers 58 -> 57 "
        "-> 58 (`updated`); four crew (`agree`); the crash on Friday (`agree`) and the correction on Saturday (`agree`); 34 "
        "males and 28 females; at least 21 bodies recovered by Saturday morning, two identified on site; four dual citizens, "
        "three Venezuelans, a four-year-old; a capacity of 68 passengers (a look-alike of the counts); about 80 km from São "
        "Paulo; three days of mourning. Background event whose figures are traps: the Yeti Airlines crash in Nepal, January "
        "2023, 72 killed."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the crash 'Friday' and the airline's 61 of that Friday night: 9 August 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: the URL's 240810 (no date line)"},
        "03": {"published_how": "the corpus's date line 2024-08-10 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; the toll 'brought back to 62 on Saturday', bodies recovered 'as of Saturday morning': 10 August 2024 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2024-08-10 and the removed date line '10/08/2024 – 14:20'"},
        "06": {"published_how": "inferred: no date on the stored page; the remains recovered 'on Saturday', the crash 'the day before': 10 August 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the crash of Voepass flight 2283 in Vinhedo, São Paulo state, 9 August 2024, and the count of its dead", "main": True},
        {"id": YETI, "label": "the Yeti Airlines crash in Nepal, January 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths (everyone aboard)", "verdict": "updated",
            "why": "Everyone aboard died: the airline first said 62 (Friday afternoon), lowered it to 61 that night ('the number of death was 61, not 62 as initially reported'), and on Saturday morning brought it back to 62 after confirming a passenger missing from its list. Each figure is the airline's at its time; the Friday 61s carry `as_of`.",
            "mentions": [
                ("01", "61", 61, {"ctx": "with 61 people aboard", "as_of": FRI}),
                ("01", "62", 62, {"as_of": FRI, "note": "the airline's first figure"}),
                ("01", "61", 61, {"ctx": "updated the number to 61", "as_of": FRI}),
                ("01", "all 61", 61, {"as_of": FRI}),
                ("02", "all 61", 61, {"as_of": FRI}),
                ("02", "61", 61, {"ctx": "number of death was 61", "as_of": FRI}),
                ("02", "62", 62, {"as_of": FRI, "note": "the airline's first figure"}),
                ("03", "all 61", 61, {"as_of": FRI}),
                ("04", "all 62", 62),
                ("04", "61", 61, {"as_of": FRI}),
                ("04", "62", 62, {"ctx": "back to 62"}),
                ("05", "62", 62, {"ctx": "has risen to 62"}),
                ("05", "61", 61, {"as_of": FRI}),
                ("06", "62", 62, {"ctx": "the 62 people"}),
                ("06", "62", 62, {"ctx": "casualties at 62"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers aboard", "verdict": "updated",
            "why": "The airline's list first had 58 passengers, was corrected to 57 on Friday ('from 58 to 57'), and on Saturday a 58th passenger, missing from the list, was confirmed ('The 58th passenger'; 58 with four crew in Globals Update). The Friday figures carry `as_of`.",
            "mentions": [
                ("02", "57", 57, {"as_of": FRI}),
                ("03", "57", 57, {"ctx": "plane carrying 57 passengers", "as_of": FRI}),
                ("03", "58", 58, {"as_of": FRI, "note": "the first list"}),
                ("03", "57", 57, {"ctx": "from 58 to 57", "as_of": FRI}),
                ("04", "58", 58, {"ctx": "bodies of 58 passengers"}),
                ("04", "58", 58, {"ctx": "with 58 passengers"}),
                ("05", "58th", 58, {"note": "the ordinal of the last passenger confirmed"}),
                ("06", "57", 57, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew aboard", "verdict": "agree",
            "why": "Four crew members in every outlet that gives the crew.",
            "mentions": [
                ("02", "four", 4),
                ("03", "four", 4),
                ("04", "four", 4, {"ctx": "58 passengers, four crew members were killed"}),
                ("04", "four", 4, {"ctx": "and four crew members when"}),
                ("05", "four", 4),
                ("06", "four", 4, {"ctx": "and four crew"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the crash", "verdict": "agree",
            "why": "Friday 9 August 2024 ('this Friday, the 9th'; 'the day before' the Saturday recovery).",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI),
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
                ("05", "this Friday, the 9th", FRI),
                ("06", "the day before", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the airline's return to 62 dead", "verdict": "agree",
            "why": "The airline confirmed the 62nd victim on the morning of Saturday 10 August.",
            "mentions": [
                ("04", "Saturday", SAT, {"ctx": "back to 62 on Saturday"}),
                ("05", "this Saturday, the 10th", SAT),
                ("06", "Saturday", SAT, {"ctx": "but on Saturday the firm"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the airline's corrected figures (61 dead, 57 passengers)", "verdict": "agree",
            "why": "'In the balance made on Friday night, the company had reported 61 deaths'; 'On Friday Voepass said the plane was carrying 57 passengers and four crew' (Globals Update's 'list of names released last night' is not a date mention).",
            "mentions": [
                ("05", "Friday", FRI, {"ctx": "made on Friday night"}),
                ("06", "Friday", FRI, {"ctx": "On Friday Voepass"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recovery of the bodies", "verdict": "agree",
            "why": "Bodies were recovered on Saturday 10 August ('as of Saturday morning'; 'on Saturday recovered the remains').",
            "mentions": [
                ("04", "Saturday", SAT, {"ctx": "as of Saturday morning"}),
                ("06", "Saturday", SAT, {"ctx": "crews on Saturday recovered"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered by Saturday morning", "verdict": "single-source",
            "why": "'At least 21 bodies had been recovered from the scene as of Saturday morning' (a look-alike of the toll).",
            "mentions": [("04", "At least 21", 21)],
        },
        {
            "event": E, "kind": "count", "role": "victims identified on site", "verdict": "single-source",
            "why": "'with two victims identified on-site'.",
            "mentions": [("04", "two", 2, {"ctx": "with two victims"})],
        },
        {
            "event": E, "kind": "count", "role": "male victims", "verdict": "single-source",
            "why": "'34 males and 28 females' (parts of the 62).",
            "mentions": [("06", "34", 34)],
        },
        {
            "event": E, "kind": "count", "role": "female victims", "verdict": "single-source",
            "why": "'34 males and 28 females'.",
            "mentions": [("06", "28", 28)],
        },
        {
            "event": E, "kind": "count", "role": "victims with dual citizenship", "verdict": "single-source",
            "why": "'Four people with dual citizenships were among the victims'.",
            "mentions": [("06", "Four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "Venezuelan victims", "verdict": "single-source",
            "why": "'three Venezuelans and one Portuguese woman'.",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "age:the Venezuelan boy", "verdict": "single-source",
            "why": "'a four-year-old boy'.",
            "mentions": [("06", "four", 4, {"ctx": "a four-year-old boy", "note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "passenger capacity of the aircraft", "verdict": "single-source",
            "why": "'The aircraft, which has a capacity to carry 68 passengers' (a look-alike of the counts aboard).",
            "mentions": [("02", "68", 68)],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the crash site from São Paulo", "verdict": "single-source",
            "why": "'about 80 kilometers (50 miles) northwest of Sao Paulo' (the miles restate the kilometres: a conversion stays in its amount's cluster).",
            "mentions": [
                ("01", "about 80 kilometers", 80000, {"note": "metres; written 'about 80 kilometers'"}),
                ("01", "50 miles", 80467, {"low": 72000, "high": 88000, "note": "metres; written '50 miles', the kilometres converted"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the national mourning", "verdict": "single-source",
            "why": "'Lula da Silva has announced three days of mourning'.",
            "mentions": [("03", "three days", 3, {"note": "days"})],
        },
        # --- background ---
        {
            "event": YETI, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Yeti Airlines crash in Nepal 'killing 72 people' (a look-alike of the toll).",
            "mentions": [("04", "72", 72, {"ctx": "killing 72 people"})],
        },
        {
            "event": YETI, "kind": "date", "role": "date-of:the crash", "verdict": "single-source",
            "why": "'since January 2023, when a Yeti Airlines plane crashed'.",
            "mentions": [("04", "January 2023", "2023-01")],
        },
    ],
}
