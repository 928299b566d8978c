# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the crash of Yevgeny Prigozhin's jet near Kuzhenkino, Tver region, 23 August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Wednesday = 23 August 2023 (the crash; the Rosaviatsia statement's 'tonight' is that evening);
times in GMT (Moscow is UTC+3). Distances in metres (miles at 1,609.344 m); durations of the flight in minutes. Left out:
'Legacy 600' (the model), 'A second jet' (an ordinal), 'One of those listed', 'one of the sides', 'months after' (vague),
'Embraer Legacy' and the flight recorders' 'black boxes' wording.
"""

E = "e1"
MUTINY = "e2"
LEGACY = "e3"
INVASION = "e4"
WED = "2023-08-23"
MILE = 1609.344

SPEC = {
    "description": (
        "The crash of the Embraer Legacy jet carrying Wagner's chief Yevgeny Prigozhin near Kuzhenkino, Tver region, on "
        "Wednesday 23 August 2023, as six outlets reported it from that Wednesday to Friday 25 August: ten on board, seven "
        "passengers and three crew (`agree`), all killed; bodies recovered four (TASS, Wednesday night) -> eight (state "
        "media, Thursday) -> ten (Friday) (`updated`); the crash site some 300 km (185 miles) / 160 miles against '60 miles' "
        "north of Moscow (`conflict`); in the air 'less than half an hour' / 'about half-an-hour' (`compatible`); the "
        "emergency ministry's announcement at about 17:00 GMT (`agree`); the crash on Wednesday (`agree`), 'tonight' in "
        "Rosaviatsia's words. Background: the mutiny of June 2023 'two months' before; the Embraer Legacy's record, 'more "
        "than 20 years' in service and one previous crash in 2006; the full-scale invasion 'last year'."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-08-23 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2023-08-23 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-08-23 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; 'Wednesday's crash' and the remains since recovered: 24 August 2023, a guess within a day"},
        "05": {"published_how": "the corpus's date line 2023-08-24 (removed from the text) and the URL (2023/08/24)"},
        "06": {"published_how": "the corpus's date line 2023-08-25 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the crash of Prigozhin's Embraer jet near Kuzhenkino, Tver region, 23 August 2023", "main": True},
        {"id": MUTINY, "label": "Wagner's mutiny of June 2023 (background)", "main": False},
        {"id": LEGACY, "label": "the Embraer Legacy's service record and its 2006 crash (background)", "main": False},
        {"id": INVASION, "label": "Russia's full-scale invasion of Ukraine, 2022 (background)", "main": False},
    ],
    "clusters": [
        # --- people on board ---
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "agree",
            "why": "Ten people on board, all killed (the emergency ministry and Rosaviatsia).",
            "mentions": [
                ("01", "10", 10, {"ctx": "all 10 people aboard"}),
                ("01", "10", 10, {"ctx": "There were 10 people"}),
                ("02", "10", 10),
                ("03", "10", 10),
                ("04", "10", 10),
                ("05", "10", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew on board", "verdict": "agree",
            "why": "Three crew members.",
            "mentions": [
                ("01", "3", 3),
                ("02", "three", 3),
                ("03", "three", 3),
                ("04", "three", 3, {"ctx": "and three crew members it said"}),
                ("04", "three", 3, {"ctx": "including three crew members"}),
                ("05", "three", 3, {"ctx": "and three crew members it said"}),
                ("05", "three", 3, {"ctx": "including three crew members"}),
                ("05", "three", 3, {"ctx": "and three crew, TASS"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on board", "verdict": "agree",
            "why": "Seven passengers (the names Rosaviatsia published).",
            "mentions": [
                ("02", "seven", 7),
                ("03", "seven", 7),
                ("04", "seven", 7),
                ("05", "seven", 7, {"ctx": "published names of seven passengers"}),
                ("05", "seven", 7, {"ctx": "published the names of seven passengers"}),
                ("05", "seven", 7, {"ctx": "carrying seven passengers"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered", "verdict": "updated",
            "why": "The bodies found as the search went on: four (TASS, Wednesday night) -> eight (state media, by Thursday) -> ten, all on board (Friday 25 August).",
            "mentions": [
                ("02", "four", 4, {"as_of": WED}),
                ("03", "four", 4, {"as_of": WED}),
                ("05", "eight", 8, {"as_of": "2023-08-24"}),
                ("06", "Ten", 10, {"as_of": "2023-08-25"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "flight recorders recovered", "verdict": "single-source",
            "why": "'the two flight recorders have been recovered'.",
            "mentions": [("06", "two", 2)],
        },
        # --- where and when ---
        {
            "event": E, "kind": "measure", "role": "distance of the crash site north of Moscow", "verdict": "conflict",
            "why": "Kuzhenkino 'some 300 kilometres (185 miles) north of the capital' (Al Jazeera) and '160 miles north of Moscow' (Flashpoint News, the emergency ministry) against the same text's '60 miles north of Moscow' (state media): 60 miles (97 km) cannot be the place 160-185 miles away.",
            "mentions": [
                ("04", "some 300", 300000, {"note": "metres; written 'some 300 kilometres'"}),
                ("04", "185 miles", round(185 * MILE), {"note": "metres; the conversion of 300 km", "low": None, "high": None}),
                ("05", "60 miles", round(60 * MILE), {"ctx": "crash 60 miles north", "note": "metres"}),
                ("05", "160 miles", round(160 * MILE), {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the flight before the crash", "verdict": "compatible",
            "why": "'less than half an hour after takeoff' (AGI via Pledge Times) and 'in the air for about half-an-hour' (TASS via CNN): the hedges meet.",
            "mentions": [
                ("02", "less than half an hour", 30, {"note": "minutes"}),
                ("03", "about half-an-hour", 30, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the crash", "verdict": "agree",
            "why": "Wednesday 23 August 2023 (the evening: Rosaviatsia's 'tonight').",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "Tver Region on Wednesday"}),
                ("03", "tonight", WED, {"note": "Rosaviatsia's statement: that Wednesday evening"}),
                ("03", "Wednesday", WED),
                ("04", "Wednesday", WED),
                ("05", "Wednesday, August 23", WED),
                ("05", "tonight", WED, {"note": "Rosaviatsia's statement: that Wednesday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first reports of a crash", "verdict": "single-source",
            "why": "'media reported on Wednesday afternoon' (locals' reports, before the ministry's statement: another act of that day).",
            "mentions": [("01", "Wednesday afternoon", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:TASS's report of the passengers and crew", "verdict": "single-source",
            "why": "'TASS reported on Wednesday' (another act of that day).",
            "mentions": [("05", "Wednesday", WED, {"ctx": "TASS reported on Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the emergency ministry's announcement", "verdict": "agree",
            "why": "'At about 17:00 GMT, the ministry announced' (20:00 Moscow time), in both texts of the Al Jazeera report.",
            "mentions": [
                ("04", "17:00 GMT", "2023-08-23T17:00Z", {"note": "'At about'"}),
                ("05", "17:00 GMT", "2023-08-23T17:00Z", {"note": "'At about'"}),
            ],
        },
        # --- background ---
        {
            "event": MUTINY, "kind": "duration", "role": "duration-of:time from the mutiny to the crash", "verdict": "single-source",
            "why": "'two months after his failed coup attempt' (24 June to 23 August).",
            "mentions": [("05", "two months", 2, {"note": "months"})],
        },
        {
            "event": MUTINY, "kind": "date", "role": "date-of:the mutiny", "verdict": "single-source",
            "why": "'an abortive revolt in June' (24 June 2023).",
            "mentions": [("06", "June", "2023-06")],
        },
        {
            "event": LEGACY, "kind": "duration", "role": "duration-of:the Embraer Legacy's service", "verdict": "single-source",
            "why": "'In the more than 20 years that the jet model has been in service'.",
            "mentions": [("04", "more than 20 years", 20, {"note": "years"})],
        },
        {
            "event": LEGACY, "kind": "count", "role": "previous crashes of the jet model", "verdict": "single-source",
            "why": "'only one previous crash has been recorded'.",
            "mentions": [("04", "one", 1, {"ctx": "only one previous crash"})],
        },
        {
            "event": LEGACY, "kind": "date", "role": "date-of:the model's previous crash", "verdict": "single-source",
            "why": "'an incident in 2006 that was attributed to mistakes by the crew'.",
            "mentions": [("04", "2006", "2006")],
        },
        {
            "event": INVASION, "kind": "date", "role": "date-of:the full-scale invasion", "verdict": "single-source",
            "why": "'Russia's full-scale invasion of Ukraine last year' (2022, in a 2023 text).",
            "mentions": [("03", "last year", "2022")],
        },
    ],
}
