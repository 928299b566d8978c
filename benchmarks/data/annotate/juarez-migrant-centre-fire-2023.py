# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the fire at the migrant detention centre in Ciudad Juárez, 27 March 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres (the written unit in `note`); durations with their unit in
`note`; dates as ISO strings, times with Ciudad Juárez's offset (-06:00). Monday = 27 March 2023.
The days of statements ("said Tuesday", "late Tuesday", "called Wednesday", the video "went viral
on Tuesday", "Overnight Monday" for the bodies laid out) are not mentions.
"""

E = "e1"
APPREHENSIONS = "e2"
TUE = "2023-03-28"
SPEC = {
    "description": (
        "The fire at the National Migration Institute's detention centre in Ciudad Juárez, Mexico, on the night of Monday "
        "27 March 2023, and the first arrests, as six outlets reported it from Tuesday 28 to Thursday 30 March 2023: the "
        "dead 'at least 40' (Tuesday) against the institute's 'at least 39' and 'at least 38' / 39 (`conflict`; one text "
        "carries both 39 and 'At least 38'); 68 men held (`agree`) in a cell 'meant for no more than 50'; 29 injured / "
        "'dozens more' (`compatible`); 28 Guatemalans among the dead and injured (`agree`), 13 Hondurans, 12 Salvadorans, "
        "12 Venezuelans; the fire 'shortly before 10 p.m.' / 'around 10 p.m.' against a prosecutor's 'At 8:30 p.m.' "
        "(`conflict`); the night of Monday 27 March (`agree`); eight guards to be arrested (three government employees, "
        "five private guards) and arrest warrants for four suspects (two immigration officers), look-alikes; the arrests "
        "announced on Wednesday (`agree`); a 32-second video; seven hours of round-ups before the fire; about 400 feet "
        "from the river. Background event whose figures are traps: Mexico's apprehensions of migrants (nearly 450,000 in "
        "2022, more than triple 2018)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-03-28 (removed from the text); the URL's 2023/03/28"},
        "02": {"published_how": "the URL's 2023/03/28"},
        "03": {"published_how": "the corpus's date line 2023-03-30 (removed from the text)"},
        "04": {"published_how": "the URL's 2023-03-29"},
        "05": {"published_how": "inferred: no date on the stored page; 'On Wednesday evening, authorities announced' warrants: 30 March 2023 (a guess within days)"},
        "06": {"published_how": "unknown: no date on the stored page or in its URL (after 27 March 2023)"},
    },
    "events": [
        {"id": E, "label": "the fire at the migrant detention centre in Ciudad Juárez, Monday 27 March 2023, and the first arrests", "main": True},
        {"id": APPREHENSIONS, "label": "Mexico's apprehensions of migrants in 2018 and 2022 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "dead", "verdict": "conflict",
            "why": "Authorities first said 'at least 40' on Tuesday (the Boston Globe's text, the Guam Daily Post's); the institute's count late that day was 'at least 39' (El Paso Times), and on Wednesday the Los Angeles Times text gives both '39 men' and 'At least 38 people'; CACTV and the school paper say 39. Exactly 39 and at least 40 cannot both hold: a count revised down and contradictory between reports, not a toll that rose.",
            "mentions": [
                ("01", "at least 40", 40, {"as_of": TUE}),
                ("02", "at least 39", 39, {"as_of": TUE}),
                ("03", "At least 40", 40, {"as_of": TUE}),
                ("04", "39", 39),
                ("04", "At least 38", 38),
                ("05", "Thirty-nine", 39),
                ("06", "39", 39),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men held in the centre", "verdict": "agree",
            "why": "68 men were held in that part of the building (the institute).",
            "mentions": [
                ("01", "Sixty-eight", 68),
                ("02", "68", 68),
                ("03", "68", 68),
                ("05", "68", 68),
            ],
        },
        {
            "event": E, "kind": "count", "role": "capacity of the cell", "verdict": "single-source",
            "why": "'a cell meant for no more than 50 people' (a look-alike of the 68 held and of the dead).",
            "mentions": [("03", "no more than 50", 50, {"low": None, "high": 50})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "compatible",
            "why": "The institute's 29 injured in 'delicate-serious' condition; 'dozens more were injured' (at least 24).",
            "mentions": [
                ("02", "29", 29, {"as_of": TUE}),
                ("03", "dozens", 24, {"low": 24, "high": None, "note": "written 'dozens'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Guatemalans among the victims", "verdict": "agree",
            "why": "28 Guatemalans on the Attorney General's list of dead and injured; Guatemala confirmed 28 of its nationals among the victims.",
            "mentions": [
                ("01", "28", 28),
                ("02", "28", 28),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Hondurans among the victims", "verdict": "single-source",
            "why": "'13 Hondurans' on the list of dead and injured.",
            "mentions": [("01", "13", 13)],
        },
        {
            "event": E, "kind": "count", "role": "Salvadorans among the victims", "verdict": "single-source",
            "why": "'12 Salvadorans' (a look-alike of the 12 Venezuelans).",
            "mentions": [("01", "12", 12, {"ctx": "12 Salvadorans"})],
        },
        {
            "event": E, "kind": "count", "role": "Venezuelans among the victims", "verdict": "single-source",
            "why": "'12 Venezuelans'.",
            "mentions": [("01", "12", 12, {"ctx": "12 Venezuelans"})],
        },
        {
            "event": E, "kind": "count", "role": "Colombians and Ecuadorians among the victims (each)", "verdict": "single-source",
            "why": "'one citizen each from Colombia and Ecuador'.",
            "mentions": [("01", "one", 1, {"ctx": "and one citizen each"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the fire", "verdict": "conflict",
            "why": "The institute: the blaze started 'shortly before 10 p.m.' ('around 10 p.m.'); the prosecutor quoted by the school paper: 'At 8:30 p.m., migrants gathered mattresses and minutes later set them on fire'. Ninety minutes apart: `conflict` as written.",
            "mentions": [
                ("01", "shortly before 10 p.m.", "2023-03-27T22:00-06:00", {"note": "shortly before"}),
                ("03", "around 10 p.m.", "2023-03-27T22:00-06:00", {"note": "about"}),
                ("06", "8:30 p.m.", "2023-03-27T20:30-06:00", {"note": "the mattresses set on fire 'minutes later'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fire", "verdict": "agree",
            "why": "The night of Monday 27 March 2023.",
            "mentions": [
                ("01", "Monday", "2023-03-27", {"ctx": "10 p.m. Monday"}),
                ("03", "Monday", "2023-03-27", {"ctx": "injured Monday night"}),
                ("04", "Monday", "2023-03-27", {"ctx": "late Monday"}),
                ("04", "Monday", "2023-03-27", {"ctx": "bars Monday night"}),
                ("05", "Monday", "2023-03-27"),
                ("06", "March 27th, 2023", "2023-03-27"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the round-up before the fire", "verdict": "single-source",
            "why": "'Seven hours earlier, she said, Mexican immigration agents began rounding up anyone who appeared to be a migrant'.",
            "mentions": [("02", "Seven hours", 7, {"note": "hours"})],
        },
        {
            "event": E, "kind": "count", "role": "guards authorities planned to arrest", "verdict": "single-source",
            "why": "'planning to arrest eight guards' (Wednesday; a migrant besides). Not the warrants for four suspects of Wednesday evening (another quantity).",
            "mentions": [("04", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "government employees among the guards to be arrested", "verdict": "single-source",
            "why": "'Three of those guards are government employees' (a look-alike of the two immigration officers with warrants).",
            "mentions": [("04", "Three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "private security guards among the guards to be arrested", "verdict": "single-source",
            "why": "'five are members of a private security company'.",
            "mentions": [("04", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "suspects with arrest warrants", "verdict": "single-source",
            "why": "'arrest warrants for four suspects' on Wednesday evening (two immigration officers, a private guard, a migrant): warrants issued, not the eight guards authorities planned to arrest.",
            "mentions": [("05", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "immigration officers with arrest warrants", "verdict": "single-source",
            "why": "'two immigration officers'.",
            "mentions": [("05", "two", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the arrests announced", "verdict": "agree",
            "why": "Authorities said on Wednesday 29 March they planned to arrest eight guards; the warrants were announced on Wednesday evening.",
            "mentions": [
                ("04", "Wednesday", "2023-03-29"),
                ("05", "Wednesday", "2023-03-29", {"ctx": "On Wednesday evening"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the surveillance video", "verdict": "single-source",
            "why": "'At the end of the 32-second video' (not the Washington Post's 'less than 30 seconds', which is not in these texts).",
            "mentions": [("03", "32-second", 32, {"note": "seconds"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the centre from the river", "verdict": "single-source",
            "why": "'about 400 feet south of the river that separates Juarez from El Paso'.",
            "mentions": [("03", "about 400 feet", 121.92, {"note": "400 feet, as written; in metres"})],
        },
        # --- background: Mexico's apprehensions of migrants ---
        {
            "event": APPREHENSIONS, "kind": "count", "role": "migrants apprehended by Mexico in 2022", "verdict": "single-source",
            "why": "'Mexico apprehended nearly 450,000 migrants in 2022'.",
            "mentions": [("05", "nearly 450,000", 450000)],
        },
        {
            "event": APPREHENSIONS, "kind": "count", "role": "growth factor of apprehensions on 2018", "verdict": "single-source",
            "why": "'more than triple the number in 2018'.",
            "mentions": [("05", "more than triple", 3, {"note": "a factor"})],
        },
    ],
}
