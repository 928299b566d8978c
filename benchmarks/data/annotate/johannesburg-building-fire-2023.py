# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Marshalltown (Johannesburg) building fire, Thursday 31 August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; ages in years (note); dates as ISO strings; times as ISO date-times in
South African time (UTC+2). Thursday = 31 August 2023 (the fire), Friday = 1 September,
Sunday = 3 September (EWN's toll of 77).
"""

E = "e1"
GAS = "e2"
GRENFELL = "e3"
THU = "2023-08-31"
FRI = "2023-09-01"
SUN = "2023-09-03"
SPEC = {
    "description": (
        "The fire in the hijacked, municipality-owned Usindiso building on the corner of Albert and Delvers streets, "
        "Marshalltown, central Johannesburg, in the early hours of Thursday 31 August 2023, as six outlets reported it "
        "from that Thursday to Sunday 3 September: the toll 'more than 20' and 10 confirmed on scene (first reports) -> "
        "'at least 56' (before 8am) -> 64 -> 73 (just before 10:30 / by 11am) -> 74 (the Gauteng forensic service, "
        "Thursday; 'A previous report had reported 73') -> 77 (Sunday) (`updated`); children among the dead seven (AP) "
        "-> 12 (`updated`); injured 42 / 43 (first reports) -> 'Nearly 50' -> 52 -> 'Around 60', and 'more than 50' on "
        "Sunday (`updated`); 88 hospitalised in all and 31 still in care (Sunday: two other quantities); the building "
        "five storeys (IOL, The Star, EWN) against AFP's 'four-storey' (`conflict`); 'as many as 200' living there "
        "against 'more than 200' accommodated (`compatible`); bodies of 24 women and 40 men and ten whose sex could not "
        "be told (AFP) against 'at least 60' burnt beyond recognition (EWN): other quantities. Background events whose "
        "figures are traps: the gas explosion in the CBD six weeks earlier (one dead, 48 injured: a look-alike of the "
        "injured) and the Grenfell Tower fire of June 2017 (72 dead: a look-alike of the toll). Look-alikes inside the "
        "event: four dead in one flat, a mother's two-year-old (dead) and five-year-old, the youngest victim a "
        "one-year-old, a child under two, a survivor aged 28, the rent of R1 500."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-08-31 (removed from the text)"},
        "02": {"published_how": "the page's line 'Published Aug 31, 2023' (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-08-31 (removed from the text) and the URL"},
        "04": {"published_how": "inferred: no date on the stored page; 'At least 73' dead, the fire 'in the pre-dawn hours of Thursday': 31 August 2023 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 74 dead as the forensic service 'declared Thursday', Ramaphosa's visit 'at the end of the day': 31 August 2023 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2023-09-03 (removed from the text) and the URL"},
    },
    "events": [
        {"id": E, "label": "the fire in the Usindiso building, Marshalltown, Johannesburg, Thursday 31 August 2023, and the search and recovery", "main": True},
        {"id": GAS, "label": "the gas explosion in the Johannesburg CBD six weeks earlier (July 2023; background)", "main": False},
        {"id": GRENFELL, "label": "the Grenfell Tower fire, London, June 2017 (background)", "main": False},
    ],
    "clusters": [
        # --- the dead ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll rose as the building was searched floor by floor: 'more than 20' (IOL's first report) and 10 confirmed dead on scene (EMS on arrival), 'at least 56' before 8am, 64, 73 just before 10:30 / by 11am, 74 at the forensic service's press conference on Thursday (which notes 'A previous report had reported 73'), 77 by Sunday 3 September.",
            "mentions": [
                ("01", "at least 56", 56, {"as_of": THU}),
                ("01", "more than 20", 20, {"as_of": THU}),
                ("02", "Sixty-four", 64, {"as_of": THU}),
                ("02", "73", 73, {"ctx": "rose to 73", "as_of": THU}),
                ("03", "73", 73, {"ctx": "claimed 73 lives", "as_of": THU}),
                ("03", "10", 10, {"ctx": "10 people were confirmed dead", "as_of": THU}),
                ("04", "At least 73", 73, {"as_of": THU}),
                ("05", "At least 74", 74, {"as_of": THU}),
                ("05", "74", 74, {"ctx": "the 74 bodies", "as_of": THU}),
                ("05", "73", 73, {"ctx": "reported 73 dead", "as_of": THU}),
                ("06", "77", 77, {"ctx": "risen to 77", "as_of": SUN}),
                ("06", "77", 77, {"ctx": "killing 77 people", "as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children among the dead", "verdict": "updated",
            "why": "Seven children among the dead (an emergency services spokesperson, AP, with the toll of 73), then 12 (the Gauteng forensic service, with 74; EWN with 77).",
            "mentions": [
                ("04", "Seven", 7, {"as_of": THU}),
                ("05", "12", 12, {"ctx": "including 12 children", "as_of": THU}),
                ("05", "12", 12, {"ctx": "counted 12 children", "as_of": THU}),
                ("06", "12", 12, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies of women", "verdict": "single-source",
            "why": "24 of the 74 bodies were women's (the forensic service).",
            "mentions": [("05", "24", 24)],
        },
        {
            "event": E, "kind": "count", "role": "bodies of men", "verdict": "single-source",
            "why": "40 of the 74 bodies were men's.",
            "mentions": [("05", "40", 40)],
        },
        {
            "event": E, "kind": "count", "role": "bodies whose sex could not be determined", "verdict": "single-source",
            "why": "Ten bodies whose sex could not be told (a look-alike of the 10 confirmed dead on scene, and not the bodies 'burnt beyond recognition').",
            "mentions": [("05", "Ten", 10)],
        },
        {
            "event": E, "kind": "count", "role": "bodies burnt beyond recognition", "verdict": "single-source",
            "why": "'at least 60' of the bodies burnt beyond recognition (Gauteng Health, Friday): another quantity than the ten whose sex could not be told, and a look-alike of the 'Around 60' injured.",
            "mentions": [("06", "at least 60", 60, {"as_of": FRI})],
        },
        {
            "event": E, "kind": "count", "role": "dead found in one flat", "verdict": "single-source",
            "why": "A survivor saw four dead people in her small flat.",
            "mentions": [("03", "four", 4)],
        },
        # --- the injured ---
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "The injured taken to hospital rose through Thursday with the toll: 42 treated on scene and transported / 43 taken to facilities (the first reports), 'Nearly 50' (with 64 dead), 52 (just before 10:30, with 73; AP), 'Around 60' (AFP, with 74); EWN's 'more than 50' on Sunday is compatible with these.",
            "mentions": [
                ("01", "43", 43, {"as_of": THU}),
                ("02", "Nearly 50", 50, {"as_of": THU}),
                ("02", "52", 52, {"as_of": THU}),
                ("03", "42", 42, {"as_of": THU}),
                ("04", "52", 52, {"as_of": THU}),
                ("05", "Around 60", 60, {"as_of": THU}),
                ("06", "more than 50", 50, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "hospitalised in all", "verdict": "single-source",
            "why": "88 victims hospitalised following the fire (Gauteng Health, by Sunday): the department's cumulative count, which the same article keeps apart from 'more than 50 others injured'.",
            "mentions": [("06", "88", 88, {"as_of": SUN})],
        },
        {
            "event": E, "kind": "count", "role": "still in hospital", "verdict": "single-source",
            "why": "Of the 88, only 31 still receiving care (Sunday).",
            "mentions": [("06", "31", 31, {"as_of": SUN})],
        },
        # --- the building ---
        {
            "event": E, "kind": "count", "role": "storeys of the building", "verdict": "conflict",
            "why": "A five-storey building (IOL, twice, quoting the EMS; The Star; EWN) against AFP's 'four-storey building' (the same building; AP says only 'multi-storey'). A caption of IOL's, removed from the text, also said 'four story'.",
            "mentions": [
                ("01", "five-storey", 5, {"ctx": "the five-storey residential", "note": "storeys"}),
                ("01", "five-storey", 5, {"ctx": "this five-storey building", "note": "storeys"}),
                ("02", "five-storey", 5, {"note": "storeys"}),
                ("05", "four-storey", 4, {"note": "storeys"}),
                ("06", "five-storey", 5, {"note": "storeys"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people living in the building", "verdict": "compatible",
            "why": "'as many as 200' living there (witnesses, Thursday; Daily Maverick and AP) against 'more than 200' accommodated (EWN, Sunday, now in shelters): estimates that meet at 200 (a judgement call: the later count of people sheltered may exceed the witnesses' estimate without contradicting it).",
            "mentions": [
                ("03", "as many as 200", 200, {"high": 200}),
                ("04", "As many as 200", 200, {"high": 200}),
                ("06", "more than 200", 200),
            ],
        },
        {
            "event": E, "kind": "money", "role": "rent paid by residents", "verdict": "single-source",
            "why": "Residents paid R1 500 rent.",
            "mentions": [("02", "R1 500", 1500, {"note": "rand"})],
        },
        # --- ages of people named or described ---
        {
            "event": E, "kind": "count", "role": "age:the youngest victim", "verdict": "single-source",
            "why": "The youngest victim a one-year-old (AP).",
            "mentions": [("04", "one-year-old", 1, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:a child found dead early", "verdict": "single-source",
            "why": "'the remains of a child under two years old had already been found' (AFP): not said to be the youngest victim.",
            "mentions": [("05", "under two years old", 2, {"high": 2, "note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Simphiwe Ngcobo's child who died", "verdict": "single-source",
            "why": "Ngcobo's two-year-old died in the blaze (told twice).",
            "mentions": [
                ("02", "two-year-old", 2, {"ctx": "her two-year-old child", "note": "years"}),
                ("02", "two-year-old", 2, {"ctx": "My two-year-old", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Simphiwe Ngcobo's child in hospital", "verdict": "single-source",
            "why": "Her five-year-old in hospital (told twice).",
            "mentions": [
                ("02", "five-year-old", 5, {"ctx": "her five-year-old is fighting", "note": "years"}),
                ("02", "five-year-old", 5, {"ctx": "my five-year-old is in", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Kenny Bupe (survivor)", "verdict": "single-source",
            "why": "Kenny Bupe, 28.",
            "mentions": [("05", "28-year-old", 28, {"note": "years"})],
        },
        # --- dates and times ---
        {
            "event": E, "kind": "date", "role": "date-of:the fire", "verdict": "agree",
            "why": "The fire broke out in the early hours of Thursday 31 August 2023 ('overnight from Wednesday to Thursday').",
            "mentions": [
                ("01", "Thursday", THU),
                ("03", "Thursday", THU, {"ctx": "11am on Thursday"}),
                ("04", "Thursday", THU),
                ("05", "Wednesday to Thursday", THU, {"note": "overnight from Wednesday to Thursday; the fire broke out after midnight"}),
                ("06", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the emergency services' call-out", "verdict": "single-source",
            "why": "The EMS responded 'this morning at around 1.30am'.",
            "mentions": [("01", "around 1.30am", "2023-08-31T01:30")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the toll of at least 56", "verdict": "single-source",
            "why": "'Before 8am, a revised death toll showed that at least 56 bodies...'.",
            "mentions": [("01", "Before 8am", "2023-08-31T08:00", {"note": "before"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the toll of 73", "verdict": "compatible",
            "why": "The toll of 73 confirmed 'Just before 10:30' (The Star) and reached 'By 11am' (Daily Maverick): both hold.",
            "mentions": [
                ("02", "10:30", "2023-08-31T10:30", {"note": "just before"}),
                ("03", "11am", "2023-08-31T11:00", {"note": "by"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the news spreading across the world", "verdict": "single-source",
            "why": "The news spread on Thursday morning (the date of the fire; its own quantity).",
            "mentions": [("03", "Thursday", THU, {"ctx": "on Thursday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the forensic service's press conference", "verdict": "single-source",
            "why": "Mpahlaza's count of 74 with 12 children, declared Thursday.",
            "mentions": [("05", "Thursday", THU, {"ctx": "declared Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Gauteng Health's count of bodies burnt beyond recognition", "verdict": "single-source",
            "why": "'On Friday, the Gauteng Health department said at least 60...'.",
            "mentions": [("06", "Friday", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ngcobo's moving into the building", "verdict": "single-source",
            "why": "'I have been staying in this building since 2018.'",
            "mentions": [("02", "2018", "2018")],
        },
        # --- background: the gas explosion six weeks earlier ---
        {
            "event": GAS, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The CBD gas explosion killed one person (a trap for the fire's toll).",
            "mentions": [("03", "one", 1, {"ctx": "killing one person"})],
        },
        {
            "event": GAS, "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "48 injured in the gas explosion (a look-alike of the fire's 'Nearly 50' / 52 injured).",
            "mentions": [("03", "48", 48)],
        },
        {
            "event": GAS, "kind": "duration", "role": "duration-of:time from the gas explosion to the fire", "verdict": "single-source",
            "why": "The fire came six weeks after the gas explosion.",
            "mentions": [("03", "six weeks", 6, {"note": "weeks"})],
        },
        # --- background: Grenfell Tower ---
        {
            "event": GRENFELL, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Grenfell Tower's 72 dead, which the fire's toll exceeds (a look-alike of the 73 / 74).",
            "mentions": [("05", "72", 72)],
        },
        {
            "event": GRENFELL, "kind": "date", "role": "date-of:the Grenfell Tower fire", "verdict": "single-source",
            "why": "June 2017.",
            "mentions": [("05", "June 2017", "2017-06")],
        },
    ],
}
