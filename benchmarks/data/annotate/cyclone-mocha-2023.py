# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Cyclone Mocha in Myanmar, landfall Sunday 14 May 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; wind speeds in km/h (the written unit in note); durations in years (note);
dates as ISO strings. Sunday = 14 May 2023 (landfall), Monday 15, Tuesday 16, Friday 19 May.
"""

E = "e1"
MIZORAM = "e2"
CAMPS = "e3"
NARGIS = "e4"
COUP = "e5"
SUN = "2023-05-14"
MON = "2023-05-15"
TUE = "2023-05-16"
FRI = "2023-05-19"
MPH = 1.609344
SPEC = {
    "description": (
        "Cyclone Mocha's landfall near Sittwe, Rakhine state, Myanmar, on Sunday 14 May 2023, as six outlets reported it "
        "from Monday 15 to Saturday 20 May: Myanmar's toll 29 (Monday) -> 'at least 60' / 'at least 81' (Tuesday) -> "
        "'at least 145' / 145 (the junta, Friday), against unofficial tolls 'surpassing 400' that the junta calls false "
        "(`conflict`: one cluster, as the Enga landslide's 670 against 2,000); Rohingya among the dead 22 (Myanmar Now, "
        "Monday) -> 117 (the junta) against reports that 400 Rohingya died (`conflict`); winds 'up to 195' km/h (120 "
        "mph) against 'up to 209' and 250 km/h (`conflict`); four soldiers and 24 local residents among the 145; 13 "
        "killed when a monastery collapsed; 'more than 100' missing from one Rohingya village (the same leader, AFP). "
        "Sibling and background whose figures are traps: the cyclone's damage in Mizoram, India (at least 236 houses, "
        "eight refugee camps, 5,749 people, more than 50 villages, no deaths), Bangladesh's camps of nearly a million "
        "Rohingya, Cyclone Nargis (over 138,000 dead in 2008), the coup 'over two years ago'. Look-alikes inside the "
        "event: 'About 100' missing from camps near Sittwe and 'more than 100' from one village; 'Around 40' Rohingya "
        "killed at camps and 'Around 40' villages flooded; four soldiers and a toll of 145."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'Officials reported on Monday', the toll of 29: 15 May 2023 (a guess within a day)"},
        "02": {"published_how": "the corpus's date line 2023-05-16 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page; 'rose to at least 81 on Tuesday': 16 May 2023 (a guess within a day)"},
        "04": {"published_how": "the corpus's date line 2023-05-19 (removed) and the URL's /2023-05-19/"},
        "05": {"published_how": "the page's time line 'Saturday 20 May 2023, 02:59PM' (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the junta's 145 (Friday) as news: taken as 20 May 2023 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Cyclone Mocha's landfall in Rakhine state, Myanmar, Sunday 14 May 2023, and its toll in Myanmar", "main": True},
        {"id": MIZORAM, "label": "the same cyclone's damage in Mizoram, India (sibling)", "main": False},
        {"id": CAMPS, "label": "the Rohingya refugee camps in Bangladesh (background)", "main": False},
        {"id": NARGIS, "label": "Cyclone Nargis in Myanmar, 2008 (background)", "main": False},
        {"id": COUP, "label": "the military coup in Myanmar, 2021 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths in Myanmar", "verdict": "conflict",
            "why": "The toll as it was counted: 29 on Monday, 'at least 60' (The Irrawaddy) and 'at least 81' (AFP) on Tuesday, the junta's 145 on Friday (a count that rose); against it, unofficial tolls 'surpassing 400' which the military government calls false. The outlets set the two against each other: one toll that cannot be both (a judgement call as in enga-landslide-2024: the rising official counts sit in the same cluster).",
            "mentions": [
                ("01", "29", 29, {"ctx": "with 29 fatalities", "as_of": MON}),
                ("01", "29", 29, {"ctx": "with 29 people", "as_of": MON}),
                ("02", "at least 60", 60, {"as_of": TUE}),
                ("03", "at least 81", 81, {"as_of": TUE}),
                ("04", "at least 145", 145, {"as_of": FRI}),
                ("04", "400", 400, {"as_of": FRI, "note": "unofficial tolls 'surpassing 400', called false by the junta"}),
                ("05", "145", 145, {"ctx": "reached 145", "as_of": FRI}),
                ("05", "145", 145, {"ctx": "Altogether 145", "as_of": FRI}),
                ("06", "145", 145, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Rohingya among the dead", "verdict": "conflict",
            "why": "Rohingya dead: 22 (Myanmar Now, residents, Monday) -> 117 (the junta's 'Bengalis', Friday), against reports that 400 Rohingya died, which the junta denies.",
            "mentions": [
                ("01", "22", 22, {"as_of": MON}),
                ("04", "117", 117, {"ctx": "including 117", "as_of": FRI}),
                ("04", "117", 117, {"ctx": "the 117 Rohingya", "as_of": FRI}),
                ("05", "117", 117, {"as_of": FRI}),
                ("06", "400", 400, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "soldiers among the dead", "verdict": "agree",
            "why": "Four soldiers among the junta's 145.",
            "mentions": [
                ("04", "four", 4),
                ("05", "four", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "local residents among the dead", "verdict": "agree",
            "why": "24 local residents (not Rohingya) among the 145.",
            "mentions": [
                ("04", "24", 24),
                ("05", "24", 24),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in a monastery collapse", "verdict": "agree",
            "why": "13 killed when a monastery collapsed in Rathedaung township (state media).",
            "mentions": [
                ("02", "13", 13),
                ("03", "Thirteen", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Rohingya dead around Sittwe", "verdict": "single-source",
            "why": "A leader near Sittwe: at least 105 Rohingya dead around the city (a part of the toll).",
            "mentions": [("05", "at least 105", 105)],
        },
        {
            "event": E, "kind": "count", "role": "Rohingya killed at camps near Sittwe", "verdict": "single-source",
            "why": "Around 40 displaced Rohingya killed at camps near Sittwe (a teacher, Tuesday).",
            "mentions": [("02", "Around 40", 40, {"ctx": "Around 40 displaced"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Bu Ma and Khaung Doke Kar", "verdict": "single-source",
            "why": "At least 46 dead in two Rohingya villages.",
            "mentions": [("03", "At least 46", 46)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Dapaing camp", "verdict": "single-source",
            "why": "Nine dead in Dapaing camp.",
            "mentions": [("03", "Nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Sittwe (a volunteer group)", "verdict": "single-source",
            "why": "At least five killed in Sittwe (a volunteer group).",
            "mentions": [("02", "at least five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in San Pya (Basara) camp", "verdict": "single-source",
            "why": "Five killed by flooding in one camp.",
            "mentions": [("02", "Five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "camps washed away", "verdict": "single-source",
            "why": "Two other camps completely washed away.",
            "mentions": [("02", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "bodies found at the washed-away camps", "verdict": "single-source",
            "why": "At least 20 bodies.",
            "mentions": [("02", "at least 20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "missing from the camps near Sittwe", "verdict": "single-source",
            "why": "'About 100 people are missing and probably dead' (the teacher; a look-alike of the village leader's 'more than 100').",
            "mentions": [("02", "About 100", 100)],
        },
        {
            "event": E, "kind": "count", "role": "bodies outside Thet Kae Pyin", "verdict": "single-source",
            "why": "15 bodies outside his village.",
            "mentions": [("02", "15", 15)],
        },
        {
            "event": E, "kind": "count", "role": "missing from Bayda village", "verdict": "single-source",
            "why": "Around 110 Rohingya from Bayda missing.",
            "mentions": [("02", "around 110", 110)],
        },
        {
            "event": E, "kind": "count", "role": "missing from Dar Pai village", "verdict": "single-source",
            "why": "Another 200 from Dar Pai missing.",
            "mentions": [("02", "200", 200)],
        },
        {
            "event": E, "kind": "count", "role": "missing from Bu Ma village", "verdict": "agree",
            "why": "A Rohingya village leader (Karlo, Bu Ma, to AFP): more than a hundred missing from his village.",
            "mentions": [
                ("03", "more than a hundred", 100),
                ("05", "more than 100", 100),
                ("06", "over 100", 100),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Ponnagyun township", "verdict": "single-source",
            "why": "One man killed in Ponnagyun.",
            "mentions": [("02", "One", 1, {"ctx": "One man"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Sagaing region", "verdict": "single-source",
            "why": "At least three men killed in Sagaing on Sunday night.",
            "mentions": [("02", "At least three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Salin township", "verdict": "single-source",
            "why": "Another three killed in Salin, Magwe region.",
            "mentions": [("02", "three", 3, {"ctx": "another three"})],
        },
        {
            "event": E, "kind": "count", "role": "Sagaing villages flooded", "verdict": "single-source",
            "why": "Around 40 villages flooded (a look-alike of the 40 Rohingya killed).",
            "mentions": [("02", "Around 40", 40, {"ctx": "Around 40 Sagaing"})],
        },
        {
            "event": E, "kind": "count", "role": "men found dead in the flooded villages", "verdict": "single-source",
            "why": "Three unidentified men found dead.",
            "mentions": [("02", "three", 3, {"ctx": "with three unidentified"})],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated before landfall", "verdict": "single-source",
            "why": "Over 500,000 in low-lying areas evacuated.",
            "mentions": [("01", "Over 500,000", 500000)],
        },
        {
            "event": E, "kind": "count", "role": "age:a father who lost his daughter", "verdict": "single-source",
            "why": "Aa Bul Hu Son, 66.",
            "mentions": [("03", "66", 66, {"note": "years"})],
        },
        # --- the storm ---
        {
            "event": E, "kind": "measure", "role": "speed:the winds at landfall", "verdict": "conflict",
            "why": "Winds 'up to 195' km/h (120 mph: Reuters and AFP), 'up to 209' km/h (the AP) and 250 km/h (The Irrawaddy): three maxima of the same winds that cannot all hold.",
            "mentions": [
                ("01", "up to 195 kilometers", 195, {"note": "km/h"}),
                ("01", "120 miles", round(120 * MPH), {"ctx": "(120 miles)", "note": "km/h; written in miles per hour"}),
                ("02", "250km", 250, {"note": "km/h"}),
                ("03", "up to 195 kilometres", 195, {"note": "km/h"}),
                ("03", "120 miles", round(120 * MPH), {"note": "km/h; written in miles per hour"}),
                ("04", "up to 209 kilometres", 209, {"note": "km/h"}),
                ("05", "195 kilometres", 195, {"note": "km/h"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since a storm as strong", "verdict": "agree",
            "why": "The strongest / most destructive in 'over ten years' / 'at least a decade' / 'more than a decade'.",
            "mentions": [
                ("01", "over ten years", 10, {"note": "years"}),
                ("04", "at least a decade", 10, {"note": "years"}),
                ("05", "more than a decade", 10, {"note": "years"}),
            ],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the landfall", "verdict": "agree",
            "why": "Sunday 14 May 2023.",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "coasts on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "regions on Sunday"}),
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN),
                ("05", "Sunday", SUN),
                ("05", "May 14", SUN),
                ("06", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the storm subsiding", "verdict": "single-source",
            "why": "Largely subsided by late Sunday.",
            "mentions": [("01", "late Sunday", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 29", "verdict": "single-source",
            "why": "On Monday the toll rose to 29.",
            "mentions": [("01", "Monday", MON, {"ctx": "On Monday, as"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Tuesday's tolls", "verdict": "agree",
            "why": "The tolls of Tuesday (at least 60; at least 81).",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "60 on Tuesday"}),
                ("03", "Tuesday", TUE, {"ctx": "81 on Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:state media's report of the monastery", "verdict": "single-source",
            "why": "Reported on Tuesday.",
            "mentions": [("02", "Tuesday", TUE, {"ctx": "reported on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:a body recovered", "verdict": "single-source",
            "why": "His daughter's body recovered on Tuesday morning.",
            "mentions": [("03", "Tuesday", TUE, {"ctx": "Tuesday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Sagaing deaths", "verdict": "single-source",
            "why": "On Sunday night.",
            "mentions": [("02", "Sunday", SUN, {"ctx": "Sunday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the junta's toll of 145", "verdict": "agree",
            "why": "Friday 19 May (MRTV's report; the junta's statement).",
            "mentions": [
                ("04", "Friday", FRI),
                ("05", "Friday", FRI),
                ("05", "May 19", FRI),
            ],
        },
        # --- sibling and background ---
        {
            "event": MIZORAM, "kind": "count", "role": "houses damaged", "verdict": "single-source",
            "why": "At least 236 houses damaged in Mizoram, India.",
            "mentions": [("01", "at least 236", 236)],
        },
        {
            "event": MIZORAM, "kind": "count", "role": "refugee camps damaged", "verdict": "single-source",
            "why": "Eight refugee camps in Mizoram.",
            "mentions": [("01", "eight", 8)],
        },
        {
            "event": MIZORAM, "kind": "count", "role": "people affected", "verdict": "single-source",
            "why": "5,749 people affected in Mizoram.",
            "mentions": [("01", "5,749", 5749)],
        },
        {
            "event": MIZORAM, "kind": "count", "role": "villages affected", "verdict": "single-source",
            "why": "More than 50 villages in Mizoram.",
            "mentions": [("01", "more than 50", 50)],
        },
        {
            "event": MIZORAM, "kind": "date", "role": "date-of:the damage in Mizoram", "verdict": "single-source",
            "why": "The winds affected Mizoram on Sunday.",
            "mentions": [("01", "Sunday", SUN, {"ctx": "villages on Sunday"})],
        },
        {
            "event": MIZORAM, "kind": "date", "role": "date-of:the officials' report in Mizoram", "verdict": "single-source",
            "why": "Officials reported on Monday.",
            "mentions": [("01", "Monday", MON, {"ctx": "reported on Monday"})],
        },
        {
            "event": CAMPS, "kind": "count", "role": "Rohingya in the Bangladesh camps", "verdict": "agree",
            "why": "The camps house nearly / almost one million Rohingya.",
            "mentions": [
                ("01", "nearly a million", 1_000_000),
                ("05", "almost one million", 1_000_000),
            ],
        },
        {
            "event": NARGIS, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Cyclone Nargis killed over 138,000 (2008).",
            "mentions": [("06", "over 138,000", 138000)],
        },
        {
            "event": NARGIS, "kind": "date", "role": "date-of:Cyclone Nargis", "verdict": "single-source",
            "why": "In 2008.",
            "mentions": [("06", "2008", "2008")],
        },
        {
            "event": COUP, "kind": "duration", "role": "time since the coup", "verdict": "single-source",
            "why": "The coup 'over two years ago'.",
            "mentions": [("06", "over two years", 2, {"note": "years"})],
        },
    ],
}
