# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the capsizing of the ferry Kim Nirvana off Ormoc City, the Philippines, 2 July 2015 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Thursday = 2 July 2015 (the ferry capsized past noon, about 12:10 p.m.; Philippine time +08:00; the
first tolls), Friday = 3 July (the later tolls, the bodies from the hull; The Straits Times's 'yesterday'), Saturday = 4 July.
Durations in minutes, distances in metres, the boat's weight in tons as written, ages in years (said in the note).
Left out: 'dozens of survivors', 'several hundred metres' (vague), 'minutes after leaving', 'shortly after', 'moments after'
(vague), 'one side', 'one of the Camotes Islands' (determiners), 'the typhoon season', 'the latest in a string' (no figure).
"""

E = "e1"
PH = "e2"
THU = "2015-07-02"
FRI = "2015-07-03"
SAT = "2015-07-04"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The wooden-hulled ferry Kim Nirvana capsized shortly after leaving Ormoc City, Leyte, for the Camotes Islands, past "
        "noon on Thursday 2 July 2015, as six outlets reported it from 2 to 4 July: the dead at least 38 (Thursday) -> 41 "
        "-> 45 -> 50 (Friday) (`updated`); missing up to 33 / 21 / 70 on Thursday (`conflict`), then 12, at least 10; "
        "survivors 118 -> 134 -> 141 -> 142 (`updated`); aboard nearly 200, 187 (the coast guard, after two crew were found "
        "not to have boarded) against 191 (the city's disaster office) (`conflict`), 173 passengers (`agree`), crew 16 "
        "against 18 (`conflict`); the boat 33 tons against 36 (`conflict`); it sank 200 m from the shore against about a "
        "kilometre (`conflict`), some 10 against around 30 minutes after leaving (`conflict`), past noon / about 12:10 p.m. "
        "(`compatible`) on Thursday (`agree`); bodies taken from the hull on Friday seven against five (`conflict`), then "
        "five more; 71 in hospital; the Camotes Islands about 30 km (19 miles) away. Background: the archipelago of 100 "
        "million people."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the ferry 'capsized ... today' with the first toll of Thursday: 2 July 2015"},
        "02": {"published_how": "inferred: no date on the stored page; Thursday's events told in the past ('past noon of Thursday', 'by late afternoon of Thursday'): 3 July 2015, a guess within a day"},
        "03": {"published_how": "inferred: no date on the stored page; the toll that 'rose to 41 on Friday': 3 July 2015"},
        "04": {"published_how": "inferred: no date on the stored page; the coast guard 'said yesterday' (Friday) and the capsizing 'on Thursday': 4 July 2015"},
        "05": {"published_how": "the page's 'Published: Fri 3 Jul 2015, 10:08 AM' (removed from the text)"},
        "06": {"published_how": "the page's date line 'Friday, 3 July 2015' (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the ferry Kim Nirvana capsized off Ormoc City, the Philippines, 2 July 2015", "main": True},
        {"id": PH, "label": "the Philippine archipelago and its maritime record (background)", "main": False},
    ],
    "clusters": [
        # --- the toll, the missing, the survivors ---
        {
            "event": E, "kind": "count", "role": "people killed", "verdict": "updated",
            "why": "A toll that rose as bodies were found: at least 38 on Thursday (the Red Cross, the city's disaster office), 41 on Friday (three more bodies), 45 (bodies from the hull; 'all accounted for'), then 50 (five more bodies found after a crane pulled the boat to shore, Friday).",
            "mentions": [
                ("01", "At least 38", 38, {"as_of": THU}),
                ("01", "at least 38", 38, {"as_of": THU}),
                ("01", "38", 38, {"ctx": "toll at 38", "as_of": THU}),
                ("02", "38", 38, {"ctx": "capsizes, 38 killed", "as_of": THU}),
                ("02", "At least 38", 38, {"as_of": THU}),
                ("03", "41", 41, {"ctx": "rises to 41", "as_of": FRI}),
                ("03", "41", 41, {"ctx": "rose to 41", "as_of": FRI}),
                ("04", "45", 45, {"ctx": "45 confirmed dead", "as_of": FRI}),
                ("04", "45", 45, {"ctx": "with 45 confirmed", "as_of": FRI}),
                ("05", "50", 50, {"ctx": "rises to 50", "as_of": FRI}),
                ("05", "50", 50, {"ctx": "toll to 50", "as_of": FRI}),
                ("06", "45", 45, {"ctx": "rises to 45", "as_of": FRI}),
                ("06", "45", 45, {"ctx": "risen to 45", "as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people missing", "verdict": "conflict",
            "why": "Thursday's tallies disagree: 'Up to 33 people are missing' (the coast guard) and 'Gordon put the toll at 38 dead and 33 missing' against 'A radio report said 21 people were missing while GMA News put it at 70': three counts of one afternoon that cannot all hold. On Friday: 12 still missing (the coast guard and police), 'at least 10 more missing passengers'.",
            "mentions": [
                ("01", "Up to 33", 33, {"as_of": THU}),
                ("01", "33", 33, {"ctx": "dead and 33 missing", "as_of": THU}),
                ("02", "21", 21, {"as_of": THU, "note": "a radio report"}),
                ("02", "70", 70, {"ctx": "put it at 70", "as_of": THU, "note": "GMA News"}),
                ("03", "12", 12, {"ctx": "41, 12 still", "as_of": FRI}),
                ("03", "12", 12, {"ctx": "another 12", "as_of": FRI}),
                ("06", "at least 10", 10, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors rescued", "verdict": "updated",
            "why": "'118 rescued' / 'Rescuers pulled 118 survivors' (Thursday) -> 'There were 134 survivors' (Friday) -> '141 passengers rescued' (as of noon Friday) -> '142 confirmed to have survived' (the coast guard, Friday, all 187 accounted for): a count revised up.",
            "mentions": [
                ("01", "118", 118, {"ctx": "118 rescued", "as_of": THU}),
                ("01", "118", 118, {"ctx": "pulled 118", "as_of": THU}),
                ("02", "118", 118, {"as_of": THU, "note": "'an earlier media report'"}),
                ("03", "134", 134, {"as_of": FRI}),
                ("04", "142", 142, {"ctx": "142 survivors", "as_of": FRI}),
                ("04", "142", 142, {"ctx": "with 142", "as_of": FRI}),
                ("06", "141", 141, {"as_of": FRI}),
            ],
        },
        one(E, "count", "rescued people in hospital", "'including the 71 people hospitalized in various hospitals in Ormoc' (as of noon Friday).", "06", "71", 71),
        # --- who was aboard ---
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "conflict",
            "why": "'nearly 200 people' (Thursday), then the coast guard's 187 ('revised down on Friday after it was found two crew members did not board'; 'All 187 ... accounted for') against the city's disaster officer's 'a total of 191 people on-board' (Friday, 173 passengers plus 18 crew): two counts of Friday that cannot both hold.",
            "mentions": [
                ("01", "nearly 200", 200, {"as_of": THU}),
                ("03", "187", 187, {"as_of": FRI}),
                ("04", "All 187", 187, {"as_of": FRI}),
                ("05", "all 187", 187, {"as_of": FRI}),
                ("06", "191", 191, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on board", "verdict": "agree",
            "why": "'a passenger ferry with 173 passengers and 16 crew' / 'as compared to 173 passengers earlier reported'.",
            "mentions": [
                ("02", "173", 173),
                ("06", "173", 173),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew on board", "verdict": "conflict",
            "why": "'173 passengers and 16 crew' (Thursday's report) against '173 passengers earlier reported, plus 18 crew members' (the city's disaster officer): two counts of one crew.",
            "mentions": [
                ("02", "16", 16),
                ("06", "18", 18),
            ],
        },
        one(E, "count", "crew members on the manifest who did not board", "'it was found two crew members did not board the ferry'.", "03", "two", 2, {"ctx": "found two crew"}),
        # --- the boat and where it sank ---
        {
            "event": E, "kind": "measure", "role": "weight of the Kim Nirvana", "verdict": "conflict",
            "why": "'the 33-tonne, wooden-hulled Kim Nirvana' / 'the 33-ton MB Kim Nirvana' / 'The 33-ton boat' against the AP's 'the 36-ton wooden vessel': one boat's weight given two ways.",
            "mentions": [
                ("01", "33-tonne", 33, {"ctx": "after the 33-tonne", "note": "tons as written"}),
                ("01", "33-tonne", 33, {"ctx": "how the 33-tonne", "note": "tons as written"}),
                ("02", "33-ton", 33, {"note": "tons as written"}),
                ("04", "33-ton", 33, {"note": "tons as written"}),
                ("05", "36-ton", 36, {"note": "tons as written"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance from the shore where the ferry capsized", "verdict": "conflict",
            "why": "'a mere 200 metres from the shore' (journalists at the scene) / 'just 200 meters from shore' against 'about a kilometer from the port' (the city's disaster office) and 'the one-kilometre estimate made by local disaster officials earlier' (named as wrong by the AFP text).",
            "mentions": [
                ("01", "200 metres", 200, {"note": "metres"}),
                ("01", "one-kilometre", 1000, {"note": "metres; the officials' earlier estimate"}),
                ("02", "about a kilometer", 1000, {"note": "metres"}),
                ("06", "200 meters", 200, {"note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the voyage before the ferry capsized", "verdict": "conflict",
            "why": "'the boat capsized some 10 minutes after leaving port' (the coast guard's initial report) against 'around 30 minutes after leaving port' (the city's disaster office).",
            "mentions": [
                ("02", "some 10 minutes", 10, {"note": "minutes"}),
                ("06", "around 30 minutes", 30, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the capsizing", "verdict": "compatible",
            "why": "'capsized ... past noon of Thursday' / 'The ferry sank around 12:10 p.m. Thursday': a bound and a time that meet.",
            "mentions": [
                ("02", "past noon of Thursday", "2015-07-02T12:00+08:00", {"note": "after noon: a lower bound"}),
                ("06", "12:10 p.m. Thursday", "2015-07-02T12:10+08:00"),
            ],
        },
        one(E, "date", "time-of:the departure from Ormoc", "'shortly after setting sail from Ormoc city at midday'.", "01", "midday", "2015-07-02T12:00+08:00"),
        {
            "event": E, "kind": "date", "role": "date-of:the capsizing", "verdict": "agree",
            "why": "'capsized ... today' (Thursday's report) / 'on Thursday' / 'Leyte Thursday'.",
            "mentions": [
                ("01", "today", THU),
                ("03", "Thursday", THU),
                ("04", "Thursday", THU),
                ("05", "Thursday", THU),
                ("06", "Thursday", THU, {"ctx": "Leyte Thursday"}),
            ],
        },
        one(E, "date", "date-of:the hull seen above water in the late afternoon", "'visible above water by late afternoon of Thursday'.", "02", "Thursday", THU, {"ctx": "afternoon of Thursday"}),
        {
            "event": E, "kind": "measure", "role": "distance from Ormoc to the Camotes Islands", "verdict": "single-source",
            "why": "'about 30 kilometers (19 miles) to the south' (one text; the conversion in the cluster).",
            "mentions": [
                ("05", "about 30 kilometers", 30000, {"note": "metres"}),
                ("05", "19 miles", 30578, {"note": "metres; the conversion of 30 km"}),
            ],
        },
        # --- the bodies of Friday ---
        {
            "event": E, "kind": "count", "role": "bodies taken from the hull on Friday (the toll of 45)", "verdict": "conflict",
            "why": "'Seven bodies were retrieved from the ship's upended wooden hull yesterday' (the AFP text, toll 45) against 'has risen to 45 as five bodies were retrieved from the capsized vessel on Friday' / 'after retrieving the last five bodies': one recovery counted two ways.",
            "mentions": [
                ("04", "Seven", 7),
                ("06", "five", 5, {"ctx": "as five bodies"}),
                ("06", "five", 5, {"ctx": "last five"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the bodies taken from the hull", "verdict": "agree",
            "why": "'retrieved from the ship's upended wooden hull yesterday' (Friday) / 'retrieved from the capsized vessel on Friday'.",
            "mentions": [
                ("04", "yesterday", FRI, {"ctx": "hull yesterday"}),
                ("06", "Friday", FRI, {"ctx": "vessel on Friday"}),
            ],
        },
        one(E, "count", "bodies found after the crane pulled the boat ashore", "'Rescuers on Friday retrieved five more bodies ... raising the death toll to 50'.", "05", "five", 5),
        one(E, "date", "date-of:the five more bodies (the toll of 50)", "'Rescuers on Friday retrieved five more bodies'.", "05", "Friday", FRI, {"ctx": "Rescuers on Friday"}),
        one(E, "count", "bodies recovered for the toll of 41", "'rose to 41 on Friday when rescuers recovered three more bodies'.", "03", "three", 3),
        one(E, "date", "date-of:the toll of 41", "'rose to 41 on Friday'.", "03", "Friday", FRI, {"ctx": "41 on Friday"}),
        one(E, "date", "date-of:the coast guard's statement that all were accounted for", "'Commander Armand Balilo, said yesterday' (Friday).", "04", "yesterday", FRI, {"ctx": "said yesterday"}),
        # --- other acts of Friday and Saturday ---
        one(E, "date", "date-of:the divers' search of the sea floor postponed", "'High waves and strong currents on Friday forced divers to postpone'.", "03", "Friday", FRI, {"ctx": "currents on Friday"}),
        one(E, "date", "date-of:the hull seen by a Reuters witness", "'still visible above the surface of the water on Friday'.", "03", "Friday", FRI, {"ctx": "water on Friday"}),
        one(E, "date", "date-of:the start of the marine casualty investigation", "'will begin on Friday'.", "03", "Friday", FRI, {"ctx": "begin on Friday"}),
        one(E, "date", "date-of:the number on board revised down", "'The number on board was revised down on Friday'.", "03", "Friday", FRI, {"ctx": "down on Friday"}),
        one(E, "date", "date-of:the relatives' wait at the port", "'Distraught relatives waited at the Ormoc city port on Friday'.", "05", "Friday", FRI, {"ctx": "port on Friday"}),
        one(E, "date", "date-of:the search resumed", "'Search and retrieval operations resumed Friday morning'.", "06", "Friday", FRI, {"ctx": "resumed Friday"}),
        one(E, "date", "time-of:the disaster officer's count of the rescued", "'As of noon Friday, Tolibao said, there were 141 passengers rescued'.", "06", "noon Friday", "2015-07-03T12:00+08:00"),
        one(E, "date", "date-of:the retrieval to continue", "'are expected to continue retrieval operations Saturday'.", "06", "Saturday", SAT),
        one(E, "count", "air force planes in the search", "'reinforced by a Philippine navy ship and two air force planes'.", "03", "two", 2, {"ctx": "two air force"}),
        # --- people ---
        one(E, "count", "age of the survivor Reynante Manza", "'Vegetable trader Reynante Manza, 45'.", "01", "45", 45, {"note": "years"}),
        one(E, "count", "age of the infant among the dead", "'including that of a one-year-old boy'.", "04", "one-year-old", 1, {"note": "years"}),
        one(E, "count", "age of the survivor Gilbert de la Cruz", "'His brother, Gilbert de la Cruz, 10'.", "04", "10", 10, {"note": "years"}),
        # --- the archipelago ---
        one(PH, "count", "people of the Philippine archipelago", "'the sprawling archipelago of 100 million people'.", "04", "100 million", 100000000),
    ],
}
