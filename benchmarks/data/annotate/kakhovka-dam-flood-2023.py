# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the destruction of the Kakhovka dam and the flood downstream, June 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday = 6 June 2023 (the dam destroyed, overnight from Monday 5), Wednesday = 7 June, Thursday
= 8 June, Friday = 16 June, Saturday = 17 June. Lengths in metres, areas in hectares (1 km2 = 100 ha). Left out: 'a day
after' / 'a day earlier' (relative), 'tens of thousands', 'Thousands', 'thousands', 'dozens of communities', 'scores of
Ukrainian population centers' (vague), 'decades' (vague), 'the 21st century' (an ordinal), 'this week', 'the
Soviet-era dam', 'the size of the U.S. Great Salt Lake' (no figure).
"""

E = "e1"
INVASION = "e2"
LEGAL = "e3"
MON = "2023-06-05"
TUE = "2023-06-06"
WED = "2023-06-07"
THU = "2023-06-08"
FRI = "2023-06-16"
SAT = "2023-06-17"

SPEC = {
    "description": (
        "The destruction of the Kakhovka dam on the Dnipro on Tuesday 6 June 2023 and the flood downstream in the Kherson "
        "region, as six outlets reported it from Tuesday 6 to Saturday 17 June: people affected 16,000 on the Ukrainian "
        "western bank and 25,000 on the occupied eastern bank (The New York Times), roughly 41,000 at risk by Ukraine's "
        "estimate (their sum), 20,000 to be resettled by the State Department's; evacuated some 4,000 on both sides "
        "(Wednesday), and on Ukraine's side almost 2,000 (Thursday morning) -> 3,614 / more than 3,600 (17 June) (`updated`), "
        "474 children and 80 immobile among them; about 600 square kilometres under water (Thursday), 68% on the occupied "
        "bank, an average depth of 5.61 m; missing seven (Nova Kakhovka's Russian-installed administration, Wednesday) and "
        "31 (Kyiv, 17 June, `agree`); dead at least 16 in Ukraine (`agree`: 14 in Kherson, two in Mykolaiv) and 29 in the "
        "occupied territory (the Russian-installed administration); some 1,300 homes flooded (`agree`); over 4,800 "
        "statements of property loss; the dam 60 km upstream from Kherson (`agree`), the reservoir 240 km long; the dam "
        "destroyed on Tuesday / June 6 (`compatible` with 'overnight from Monday to Tuesday'); the flood's peak on Wednesday "
        "(`agree`). Background: the full-scale invasion of 2022 ('the 15 month war'); the legal experts' findings of Friday."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-06-08 (removed from the text)"},
        "02": {"published_how": "inferred: the page's own date (Aug 07, 2023, removed) is a copy's; the New York Times live text of Wednesday 7 June 2023 (its clocks 'June 7, 10:43 a.m.', removed)"},
        "03": {"published_how": "the corpus's date line 2023-06-08 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2023-06-17 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; the interior ministry's figures 'late on Saturday' (17 June) and the photo caption of 16 June (removed): 18 June 2023, a guess within a day"},
        "06": {"published_how": "the corpus's date line 2023-06-06 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the destruction of the Kakhovka dam, 6 June 2023, and the flood downstream", "main": True},
        {"id": INVASION, "label": "Russia's full-scale invasion of Ukraine, 2022 (background)", "main": False},
        {"id": LEGAL, "label": "the international legal experts' preliminary findings, 16 June 2023 (sibling)", "main": False},
    ],
    "clusters": [
        # --- people affected, at risk, evacuated ---
        {
            "event": E, "kind": "count", "role": "people affected on the Ukrainian-held western bank", "verdict": "single-source",
            "why": "'An estimated 16,000 people are affected on the Ukraine-controlled western bank'.",
            "mentions": [("02", "An estimated 16,000", 16000)],
        },
        {
            "event": E, "kind": "count", "role": "people living on the occupied eastern bank in the flood zone", "verdict": "single-source",
            "why": "'25,000 more people live on the eastern bank under Russian control'.",
            "mentions": [("02", "25,000", 25000)],
        },
        {
            "event": E, "kind": "count", "role": "residents at risk of the flood (both banks)", "verdict": "single-source",
            "why": "'the roughly 41,000 residents who, according to Ukraine's estimates, were at risk' (the sum of the two banks' 16,000 and 25,000: another scope).",
            "mentions": [("03", "roughly 41,000", 41000)],
        },
        {
            "event": E, "kind": "count", "role": "people to be resettled (State Department estimate)", "verdict": "single-source",
            "why": "'The US State Department estimated that around 20,000 people would need to be resettled'.",
            "mentions": [("03", "around 20,000", 20000)],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated on both banks", "verdict": "single-source",
            "why": "'some 4,000 people had been evacuated from areas controlled by Russia and Ukraine' (Wednesday; both sides, a wider scope than Ukraine's counts).",
            "mentions": [("03", "some 4,000", 4000, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated from the flood zone on Ukraine's side", "verdict": "updated",
            "why": "Ukraine's counts as they rose: almost 2,000 had left flooded territory (Prokudin, Thursday 8 June morning) -> 3,614 / more than 3,600 evacuated in the Kherson and Mykolaiv regions (the interior ministry, Saturday 17 June).",
            "mentions": [
                ("01", "almost 2,000", 2000, {"as_of": THU}),
                ("04", "3,614", 3614, {"as_of": SAT}),
                ("05", "More than 3,600", 3600, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children among the evacuated", "verdict": "single-source",
            "why": "'including 474 children'.",
            "mentions": [("04", "474", 474)],
        },
        {
            "event": E, "kind": "count", "role": "immobile residents among the evacuated", "verdict": "single-source",
            "why": "'and 80 immobile residents'.",
            "mentions": [("04", "80", 80)],
        },
        # --- area and water ---
        {
            "event": E, "kind": "measure", "role": "area of the Kherson region under water", "verdict": "single-source",
            "why": "'About 600 square kilometers of the Kherson region ... were underwater on Thursday' (Prokudin).",
            "mentions": [("01", "About 600", 60000, {"note": "hectares; written 'About 600 square kilometers'", "as_of": THU})],
        },
        {
            "event": E, "kind": "percent", "role": "share of the flooded territory on the occupied left bank", "verdict": "single-source",
            "why": "'68% of the flooded territory was on the Russian-occupied left bank'.",
            "mentions": [("01", "68%", 68)],
        },
        {
            "event": E, "kind": "measure", "role": "average depth of the flooding", "verdict": "single-source",
            "why": "'The “average level of flooding” in the Kherson region on Thursday morning was 5.61 meters'.",
            "mentions": [("01", "5.61", 5.61, {"note": "metres; written '5.61 meters'", "as_of": THU})],
        },
        {
            "event": E, "kind": "count", "role": "homes still flooded", "verdict": "agree",
            "why": "Some 1,300 homes remained flooded (the interior ministry, 17 June).",
            "mentions": [
                ("04", "Some 1,300", 1300),
                ("05", "some 1,300", 1300),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people who reported property loss to the police", "verdict": "single-source",
            "why": "'statements from over 4,800 people reporting property loss'.",
            "mentions": [("04", "over 4,800", 4800)],
        },
        # --- casualties ---
        {
            "event": E, "kind": "count", "role": "people missing (Nova Kakhovka's Russian-installed administration)", "verdict": "single-source",
            "why": "'Seven people were reported missing' by the Russia-installed administrators of Nova Kakhovka (Wednesday): another authority and place than Kyiv's 31.",
            "mentions": [("02", "Seven", 7, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "people missing (Ukraine's interior ministry)", "verdict": "agree",
            "why": "31 missing, by Ukraine's interior ministry on 17 June.",
            "mentions": [
                ("04", "31", 31),
                ("05", "31", 31),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Ukrainian-held territory", "verdict": "agree",
            "why": "At least 16 dead (the interior ministry, 17 June).",
            "mentions": [
                ("04", "At least 16", 16),
                ("05", "16", 16),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in the Kherson region (Ukrainian-held)", "verdict": "single-source",
            "why": "'14 died in Kherson Oblast' (a sub-tally of the 16).",
            "mentions": [("04", "14", 14)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in the Mykolaiv region", "verdict": "single-source",
            "why": "'two more in Mykolaiv Oblast' (a sub-tally of the 16).",
            "mentions": [("04", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Russian-controlled territory", "verdict": "single-source",
            "why": "29 dead in Russian-controlled territory (Alekseyenko, the Russian-installed administration): another scope than Kyiv's 16.",
            "mentions": [
                ("05", "29", 29, {"ctx": "while 29 people"}),
                ("05", "29", 29, {"ctx": "risen to 29 people"}),
            ],
        },
        # --- places ---
        {
            "event": E, "kind": "measure", "role": "distance of the dam from Kherson", "verdict": "agree",
            "why": "About 60 km upstream from Kherson.",
            "mentions": [
                ("01", "about 60 km", 60000, {"note": "metres"}),
                ("06", "60", 60000, {"note": "metres; written '60 kilometers'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the Kakhovka Reservoir", "verdict": "single-source",
            "why": "'the 240-kilometer-long Kakhovka Reservoir'.",
            "mentions": [("01", "240-kilometer-long", 240000, {"note": "metres"})],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the dam's destruction", "verdict": "compatible",
            "why": "Tuesday 6 June 2023 (June 6), 'overnight from Monday to Tuesday': the night and its day.",
            "mentions": [
                ("01", "Monday to Tuesday", TUE, {"note": "overnight from Monday 5 to Tuesday 6 June"}),
                ("04", "June 6", TUE),
                ("05", "June 6", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Ukraine's report that the dam was blown up", "verdict": "single-source",
            "why": "'On Tuesday, Ukrainian authorities reported' (6 June).",
            "mentions": [("01", "Tuesday", TUE, {"ctx": "On Tuesday, Ukrainian"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescues and escapes of Wednesday", "verdict": "agree",
            "why": "Rescue and evacuation continuing, thousands escaping flooded homes on Wednesday 7 June.",
            "mentions": [
                ("02", "Wednesday", WED, {"ctx": "continuing on Wednesday"}),
                ("03", "Wednesday", WED, {"ctx": "southern Ukraine on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the flood's peak", "verdict": "agree",
            "why": "Floodwaters 'expected to peak Wednesday morning'; 'began to peak on Wednesday'.",
            "mentions": [
                ("02", "Wednesday", WED, {"ctx": "expected to peak Wednesday morning"}),
                ("03", "Wednesday", WED, {"ctx": "began to peak on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the water's receding at Nova Kakhovka", "verdict": "single-source",
            "why": "'floodwaters had begun receding Wednesday morning' (Nova Kakhovka's administrators: another act than the peak downstream).",
            "mentions": [("02", "Wednesday", WED, {"ctx": "begun receding Wednesday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Prokudin's figures of 600 square kilometres", "verdict": "single-source",
            "why": "'underwater on Thursday' (8 June), the average level 'on Thursday morning', the 2,000 'as of Thursday morning': the governor's one statement.",
            "mentions": [
                ("01", "Thursday", THU, {"ctx": "underwater on Thursday"}),
                ("01", "Thursday", THU, {"ctx": "region on Thursday morning"}),
                ("01", "Thursday", THU, {"ctx": "as of Thursday morning"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Zelenskyy's video address", "verdict": "single-source",
            "why": "'in a video address late on Wednesday' (7 June).",
            "mentions": [("01", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the interior ministry's report of 16 dead and 31 missing", "verdict": "agree",
            "why": "'the ministry reported on June 17'; 'said on its Telegram channel late on Saturday' (17 June).",
            "mentions": [
                ("04", "June 17", SAT),
                ("05", "Saturday", SAT),
            ],
        },
        # --- sibling and background ---
        {
            "event": LEGAL, "kind": "date", "role": "date-of:the legal experts' preliminary findings", "verdict": "single-source",
            "why": "'said in preliminary findings on Friday' (16 June).",
            "mentions": [("05", "Friday", FRI)],
        },
        {
            "event": INVASION, "kind": "duration", "role": "duration-of:the war so far", "verdict": "single-source",
            "why": "'the 15 month war' (from February 2022 to June 2023).",
            "mentions": [("03", "15 month", 15, {"note": "months"})],
        },
        {
            "event": INVASION, "kind": "date", "role": "date-of:the full-scale invasion", "verdict": "single-source",
            "why": "'its invasion in 2022'.",
            "mentions": [("05", "2022", "2022")],
        },
    ],
}
