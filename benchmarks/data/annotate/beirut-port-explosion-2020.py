# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Beirut port explosion story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
DAY = "2020-08-04"
T = {"note": "tonnes of ammonium nitrate, as written (tons / tonnes)"}
SPEC = {
    "description": (
        "The explosion of ammonium nitrate stored at the port of Beirut on the evening of Tuesday 4 August "
        "2020, reported by eight outlets from that night to 30 August while the toll rose from at least 73 to "
        "190 and the injured from thousands to more than 6,500; the missing (80, 'dozens' vs 'more than 100' "
        "the same day, 60, three), the homeless (250,000-300,000 vs Sputnik's '300 others') and the state of "
        "emergency (two weeks vs 'at least fifteen days') differ between outlets. The cargo's arrival (2013) "
        "and storage since 2014, Lebanon's civil war and the protests after the blast are background events "
        "whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2020/08); inferred: 'on Tuesday evening ... at the time of writing' (AFP of 4-5 August) plus an editor's note of three days later"},
        "02": {"published_how": "'date 2020-08-05' on the stored page (removed from the text)"},
        "03": {"published_how": "date in the page's URL (2020/08/05)"},
        "04": {"published_how": "'date 2020-08-05' on the stored page (removed from the text)"},
        "05": {"published_how": "date in the page's URL (2020/08/06)"},
        "06": {"published_how": "no date on the page; inferred: the toll of 137 and 'last Tuesday's explosion' (6 August)"},
        "07": {"published_how": "no date on the page; about a month after the blast ('a month later'; the toll of 190 'last week'): not certain, so null"},
        "08": {"published_how": "'date 2020-08-30' on the stored page (removed with the truncated first sentence)"},
    },
    "events": [
        {"id": "e1", "label": "the explosion at the port of Beirut, 4 August 2020", "main": True},
        {"id": "e2", "label": "the ammonium nitrate's arrival (2013) and storage at the port since 2014 (background)", "main": False},
        {"id": "e3", "label": "Lebanon's civil war (background)", "main": False},
        {"id": "e4", "label": "the protests after the blast and the government's resignation (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The toll rose as bodies were found: at least 70 and 73 on the night of 4 August, at least 100 "
                "then 135 on 5 August, 137 on 6 August, 157 three days in, 190 by late August."
            ),
            "mentions": [
                ("01", "Several dozens", 36, {"low": 24, "high": 99, "as_of": DAY}),
                ("01", "at least 73", 73, {"as_of": DAY}),
                ("01", "157", 157, {"as_of": "2020-08-07", "note": "editor's note: 'Three days into the blast'"}),
                ("02", "at least 100", 100, {"as_of": "2020-08-05"}),
                ("02", "At least 100", 100, {"as_of": "2020-08-05"}),
                ("02", "at least 70", 70, {"as_of": DAY, "note": "the Health Minister's earlier figure"}),
                ("03", "135", 135, {"as_of": "2020-08-05"}),
                ("04", "more than 100", 100, {"as_of": "2020-08-05"}),
                ("04", "at least 135", 135, {"as_of": "2020-08-05"}),
                ("05", "137", 137, {"as_of": "2020-08-06"}),
                ("06", "137", 137, {"ctx": "rises to 137", "as_of": "2020-08-06"}),
                ("06", "137", 137, {"ctx": "risen to 137", "as_of": "2020-08-06"}),
                ("07", "190", 190, {"note": "reported 'last week', late August"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": (
                "Thousands, then more than 4,000 (Red Cross, 4-5 August), more than 5,000 (5-7 August), more than "
                "6,500 by late August."
            ),
            "mentions": [
                ("01", "thousands", 2000, {"ctx": "dozens killed and thousands", "low": 2000, "high": None, "as_of": DAY}),
                ("01", "thousands", 2000, {"ctx": "dead and thousands injured", "low": 2000, "high": None, "as_of": DAY}),
                ("01", "over 5000", 5000, {"as_of": "2020-08-07"}),
                ("02", "thousands", 2000, {"low": 2000, "high": None, "as_of": "2020-08-05"}),
                ("02", "more than 4,000", 4000, {"as_of": "2020-08-05"}),
                ("03", "At least 4,000", 4000, {"low": 4000, "high": None, "as_of": "2020-08-05"}),
                ("04", "More than 5,000", 5000, {"low": 5000, "high": None, "as_of": "2020-08-05"}),
                ("05", "at least 5,000", 5000, {"as_of": "2020-08-06"}),
                ("06", "5,000", 5000, {"low": 5000, "high": None, "as_of": "2020-08-06", "note": "'exceeds 5,000'"}),
                ("07", "More than 6,500", 6500, {"low": 6500, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "conflict",
            "why": (
                "The missing fell as people were found (80 on 5 August, over 60 on 7 August, three by late August), "
                "but on 6 August the Guardian's 'dozens' (a ministry spokesman) and Atalayar's 'more than 100' (the "
                "Health Minister) cannot both hold."
            ),
            "mentions": [
                ("01", "over 60", 60, {"as_of": "2020-08-07"}),
                ("04", "80", 80, {"ctx": "repairs will cost around $3 billion.\n\nThe Lebanese Health Minister said 80", "as_of": "2020-08-05"}),
                ("04", "80", 80, {"ctx": "shattered glass miles inland. The Lebanese Health Minister said 80", "as_of": "2020-08-05"}),
                ("05", "dozens", 36, {"low": 24, "high": 99, "as_of": "2020-08-06"}),
                ("06", "more than 100", 100, {"as_of": "2020-08-06"}),
                ("07", "three", 3, {"ctx": "three people missing"}),
                ("08", "three", 3, {"ctx": "three people are still missing", "as_of": "2020-08-30"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing:firefighters", "verdict": "single-source",
            "why": "Firefighters missing 24 hours after the blast: a subset, and a look-alike of other counts.",
            "mentions": [("04", "At least 10", 10, {"low": 10, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "wounded:Bangladesh Navy peacekeepers", "verdict": "single-source",
            "why": "Members of Bangladesh's Navy (UNIFIL) wounded: a subset of the injured.",
            "mentions": [("02", "21", 21)],
        },
        {
            "event": E, "kind": "count", "role": "homeless", "verdict": "conflict",
            "why": (
                "More than 250,000 (Washington Post), more than 300,000 and some 300,000 (the governor) overlap, "
                "but Sputnik's '300 others were left homeless' cannot hold with them."
            ),
            "mentions": [
                ("03", "More than 250,000", 250000, {"low": 250000, "high": None}),
                ("04", "more than 300,000", 300000),
                ("07", "some 300,000", 300000),
                ("08", "300", 300),
            ],
        },
        {
            "event": E, "kind": "count", "role": "buildings:houses damaged", "verdict": "single-source",
            "why": "More than 50,000 houses damaged.",
            "mentions": [("08", "more than 50,000", 50000)],
        },
        {
            "event": E, "kind": "percent", "role": "share of the city damaged", "verdict": "compatible",
            "why": "Around half of the city damaged (the governor) and nearly half of its buildings destroyed overlap.",
            "mentions": [
                ("04", "around half", 50, {"low": 45, "high": 55}),
                ("08", "nearly half", 50, {"low": 40, "high": 50}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damage / losses", "verdict": "compatible",
            "why": "At least $3 billion, around $3 billion and three to five billion US dollars overlap (the governor's estimates).",
            "mentions": [
                ("04", "$3 billion", 3e9, {"ctx": "at least a $3 billion", "low": 3e9, "high": None, "note": "US dollars; 'at least a $3 billion hit'"}),
                ("04", "around $3 billion", 3e9, {"note": "US dollars"}),
                ("07", "three to five billion USD", 4e9, {"low": 3e9, "high": 5e9, "note": "US dollars"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damage, officials' upper projection", "verdict": "single-source",
            "why": "Officials projected the damage 'could reach $15 billion': a projection, not the current estimate.",
            "mentions": [("07", "$15 billion", 15e9, {"note": "US dollars"})],
        },
        {
            "event": E, "kind": "measure", "role": "ammonium nitrate that exploded", "verdict": "compatible",
            "why": "2,750 tonnes (the Prime Minister) and 2,700 / more than 2,700 tons (the Interior Minister; the Washington Post) are one quantity, rounded.",
            "mentions": [
                ("01", "2,750 tons", 2750, T),
                ("01", "more than 2,700 tons", 2700, T),
                ("03", "2,700 tons", 2700, T),
                ("05", "2,750 tonnes", 2750, T),
                ("06", "2,750 tons", 2750, {**T, "ctx": "storage of the 2,750 tons of ammonium nitrate under"}),
                ("06", "2,750 tons", 2750, {**T, "ctx": "storage of the 2,750 tons of ammonium nitrate that"}),
                ("07", "some 2,750 tons", 2750, T),
                ("08", "2,750 tonnes", 2750, T),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:explosion", "verdict": "agree",
            "why": "The explosion happened on Tuesday 4 August 2020.",
            "mentions": [
                ("01", "Tuesday", DAY),
                ("03", "yesterday’s", DAY),
                ("04", "August 4, 2020", DAY),
                ("04", "Tuesday", DAY),
                ("06", "Tuesday", DAY, {"ctx": "Beirut on Tuesday"}),
                ("06", "Tuesday", DAY, {"ctx": "last Tuesday"}),
                ("07", "August 4", DAY),
                ("08", "4 August", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:explosion", "verdict": "single-source",
            "why": "The blast struck shortly after 6 p.m. local time.",
            "mentions": [("02", "shortly after 6 p.m.", "2020-08-04T18:00+03:00")],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "The GFZ measured the blast's force as a magnitude 3.5 earthquake.",
            "mentions": [("02", "3.5", 3.5)],
        },
        {
            "event": E, "kind": "measure", "role": "yield", "verdict": "single-source",
            "why": "Around three kilotons of TNT.",
            "mentions": [("01", "around three kilotons", 3, {"note": "kilotons of TNT"})],
        },
        {
            "event": E, "kind": "percent", "role": "yield relative to the Hiroshima bomb", "verdict": "single-source",
            "why": "20% of the Hiroshima bomb.",
            "mentions": [("01", "20%", 20)],
        },
        {
            "event": E, "kind": "measure", "role": "distance:heard as far as Cyprus", "verdict": "single-source",
            "why": "Heard in Nicosia, 240 km away.",
            "mentions": [("01", "240 kilometers", 240000, {"note": "metres; written in km"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:state of emergency", "verdict": "conflict",
            "why": (
                "A two-week state of emergency (Gulf News, the Guardian) vs 'at least fifteen days' (Atalayar, "
                "probably a rendering of the Spanish 'quince días', a fortnight): as written the bound excludes 14."
            ),
            "mentions": [
                ("04", "two-week", 14, {"note": "days"}),
                ("05", "two-week", 14, {"note": "days"}),
                ("06", "at least fifteen days", 15, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:investigation", "verdict": "single-source",
            "why": "The investigation was to take five days.",
            "mentions": [("05", "five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "time since the blast (firefighters missing)", "verdict": "single-source",
            "why": "Ten firefighters still missing 24 hours after the blast.",
            "mentions": [("04", "24 hours", 24, {"note": "hours"})],
        },
        {
            "event": E, "kind": "count", "role": "customs letters to the judiciary", "verdict": "single-source",
            "why": "Customs sent six letters about the cargo.",
            "mentions": [("05", "six", 6, {"ctx": "six letters"})],
        },
        {
            "event": E, "kind": "count", "role": "explosions", "verdict": "single-source",
            "why": "AFP describes two explosions (a first blast, then the second with the fireball).",
            "mentions": [("01", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "wounded:Bangladesh Navy, critically", "verdict": "single-source",
            "why": "One of the 21 Bangladeshi sailors was critically wounded.",
            "mentions": [("02", "one", 1, {"ctx": "one critically"})],
        },
        {
            "event": E, "kind": "count", "role": "wounded:Italian soldiers", "verdict": "single-source",
            "why": "Italy said one of its UNIFIL soldiers was wounded.",
            "mentions": [("02", "one", 1, {"ctx": "said one of its soldiers"})],
        },
        # --- the cargo (background) ---
        {
            "event": "e2", "kind": "date", "role": "date-of:storage began", "verdict": "agree",
            "why": "The ammonium nitrate was confiscated / abandoned and stored at the port in 2014.",
            "mentions": [("01", "2014", "2014"), ("03", "2014", "2014"), ("05", "2014", "2014")],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:ship docked", "verdict": "single-source",
            "why": "The ship carrying it docked in Beirut in 2013.",
            "mentions": [("05", "2013", "2013")],
        },
        {
            "event": "e2", "kind": "duration", "role": "duration-of:storage", "verdict": "agree",
            "why": "Stored at the port for six years.",
            "mentions": [("05", "six years", 6, {"note": "years"}), ("07", "six years", 6, {"note": "years"})],
        },
        # --- the civil war and the protests (background) ---
        {
            "event": "e3", "kind": "duration", "role": "time since the civil war ended", "verdict": "single-source",
            "why": "The civil war ended three decades ago.",
            "mentions": [("04", "three decades", 30, {"note": "years"})],
        },
        {
            "event": "e4", "kind": "count", "role": "protesters", "verdict": "single-source",
            "why": "Thousands of protesters after the blast: a look-alike of the injured 'thousands'.",
            "mentions": [("08", "thousands", 2000, {"low": 2000, "high": None})],
        },
        {
            "event": "e4", "kind": "duration", "role": "time from the blast to the government's resignation", "verdict": "single-source",
            "why": "The government resigned less than a week after the blast.",
            "mentions": [("08", "less than a week", 7, {"low": None, "high": 7, "note": "days"})],
        },
    ],
}
