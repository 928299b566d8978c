# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Hathras stampede, Uttar Pradesh, India, Tuesday 2 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers ("two lakh" = 200,000: the Indian lakh is 100,000); distances in metres (the
written unit in note); money in Indian rupees (note); dates as ISO strings; times in Indian
Standard Time (UTC+5:30). Tuesday = 2 July 2024, the day of the stampede.
"""

E = "e1"
POLICE = "e2"
TUE = "2024-07-02"
WED = "2024-07-03"
INR = "Indian rupees"
MILE = 1609.344
SPEC = {
    "description": (
        "The crowd crush at the preacher Bhole Baba's satsang near Phulrai / Ratibhanpur village (Sikandrarau, Hathras "
        "district, Uttar Pradesh) at about 3.30 pm on Tuesday 2 July 2024, as eight outlets reported it on Tuesday and "
        "Wednesday: the toll rose from 'at least 60' / 'about 60' (district police, the AP) to 97 confirmed ('More than "
        "100'), 116 (the Aligarh inspector general, the state police chief) and 121 on Wednesday (`updated`); women among "
        "the dead 108 (the chief secretary, via Reuters) against 113 (PTI) (`conflict`); seven children in both; the "
        "injured 'More than 150' admitted (a medical official, Tuesday) / 'More than 80' (police) / 28 (ANI) "
        "(`conflict`); the crowd 'over 15,000' / 'around 15,000' / 'At least 15,000' (initial police reports) against "
        "the FIR's 'Around 250,000' / 'over two lakh' / '2.5 lakh' (`conflict`); the event's permission for 'about "
        "5,000' (the AP's initial reports) against the FIR's 80,000 (`conflict`); Hathras about 200 km (125 miles) "
        "from New Delhi against 'about 140 kilometers (87 miles)' (`conflict`). Background whose figure is a trap: the "
        "preacher's 17 years in the state police. Look-alikes inside the event: Rs 2 lakh of compensation and two lakh "
        "people; 80,000 permitted and 'More than 80' injured; 27 bodies at one mortuary."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-07-02 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2024-07-02 and the page's 'July 02, 2024' (both removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-07-02 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2024-07-02 (removed from the text)"},
        "05": {"published_how": "the page's 'Published Jul 3, 2024 02:03 am' (Manila time; removed from the text)"},
        "06": {"published_how": "the corpus's date line 2024-07-03 (removed from the text)"},
        "07": {"published_how": "the corpus's date line 2024-07-03 (removed from the text)"},
        "08": {"published_how": "the corpus's date line 2024-07-03 and the URL's /2024/07/03/"},
    },
    "events": [
        {"id": E, "label": "the stampede at Bhole Baba's satsang, Hathras district, Uttar Pradesh, Tuesday 2 July 2024", "main": True},
        {"id": POLICE, "label": "the preacher's years of service in the Uttar Pradesh police (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll as the day went on: 'At least 60' / 'about 60' / 'approximately 60' (district police, the AP, Tuesday afternoon; 'at least 60 bodies had reached mortuaries'), 97 confirmed ('More than 100', the Aligarh commissioner), 116 (the Aligarh inspector general on Tuesday evening; the state police chief), 121 on Wednesday (ANI, PTI). A count that rose with the bodies found.",
            "mentions": [
                ("01", "At least 60", 60, {"as_of": TUE}),
                ("01", "at least 60", 60, {"as_of": TUE, "note": "bodies that had reached mortuaries"}),
                ("02", "about 60", 60, {"as_of": TUE}),
                ("02", "approximately 60", 60, {"as_of": TUE}),
                ("03", "More than 100", 100, {"as_of": TUE}),
                ("03", "97", 97, {"as_of": TUE}),
                ("04", "116", 116, {"ctx": "A total of 116", "as_of": TUE}),
                ("04", "116", 116, {"ctx": "so far is 116", "as_of": TUE}),
                ("05", "more than 100", 100, {"as_of": TUE}),
                ("05", "At least 116", 116, {"as_of": TUE}),
                ("06", "121", 121, {"ctx": "risen to 121", "as_of": WED}),
                ("06", "At least 121", 121, {"as_of": WED}),
                ("07", "At least 121", 121, {"as_of": WED}),
                ("08", "121", 121, {"ctx": "years, 121 people", "as_of": WED}),
                ("08", "121", 121, {"ctx": "Of the 121", "as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "conflict",
            "why": "With 121 dead and seven children in both: 108 women (the state's chief secretary, via Reuters) against 113 women and a man (PTI): the two breakdowns of the same 121 cannot both hold.",
            "mentions": [
                ("06", "108", 108, {"as_of": WED}),
                ("08", "113", 113, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children among the dead", "verdict": "agree",
            "why": "Seven children among the 121 (Reuters, PTI).",
            "mentions": [
                ("06", "seven", 7, {"as_of": WED}),
                ("08", "seven", 7, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among the dead", "verdict": "single-source",
            "why": "'113 women, seven children and a man' (PTI).",
            "mentions": [("08", "a man", 1, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "bodies at the Etah mortuary", "verdict": "single-source",
            "why": "27 bodies at the Etah Medical College mortuary (its chief medical officer, Tuesday): a part of the toll, not the toll.",
            "mentions": [("02", "27", 27, {"as_of": TUE})],
        },
        {
            "event": E, "kind": "count", "role": "women among the bodies at Etah", "verdict": "single-source",
            "why": "Of the 27 at Etah, 25 women.",
            "mentions": [("02", "25", 25, {"as_of": TUE})],
        },
        {
            "event": E, "kind": "count", "role": "men among the bodies at Etah", "verdict": "single-source",
            "why": "Of the 27 at Etah, two men (a look-alike of PTI's 'a man' among all the dead).",
            "mentions": [("02", "two", 2, {"as_of": TUE})],
        },
        {
            "event": E, "kind": "count", "role": "victims identified", "verdict": "single-source",
            "why": "72 of the 121 identified (Wednesday).",
            "mentions": [("08", "72", 72, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "'More than 150' admitted to hospitals (a medical official, Tuesday, the AP), 'More than 80 others were injured and admitted to hospitals' (a police officer, the AP's later version) and '28 were injured' (ANI, Wednesday): the same people counted three ways that cannot all hold (a judgement call: the counts fall over time, the wrong way for an update).",
            "mentions": [
                ("01", "More than 150", 150, {"as_of": TUE}),
                ("05", "More than 80", 80, {"as_of": TUE}),
                ("06", "28", 28, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "attendance", "verdict": "conflict",
            "why": "The crowd at the satsang: 'over 15,000' / 'around 15,000' / 'At least 15,000' (initial reports, an unnamed police official, Tuesday) against the FIR's 'Around 250,000' / 'more than 2.5 lakh' and NDTV's 'over two lakh' (Wednesday): two estimates of the same crowd a reader sets against each other (the FIR's is the one the police filed).",
            "mentions": [
                ("01", "over 15,000", 15000, {"as_of": TUE}),
                ("02", "around 15,000", 15000, {"as_of": TUE}),
                ("04", "At least 15,000", 15000, {"as_of": TUE}),
                ("06", "Around 250,000", 250000, {"as_of": WED}),
                ("07", "over two lakh", 200000, {"as_of": WED, "note": "written in lakh (100,000)"}),
                ("07", "2.5 lakh", 250000, {"ctx": "crowd of 2.5 lakh", "as_of": WED, "note": "written in lakh (100,000)"}),
                ("07", "more than 2.5 lakh", 250000, {"as_of": WED, "note": "written in lakh (100,000)"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "attendance permitted", "verdict": "conflict",
            "why": "The permission: 'about 5,000' (the AP's initial reports, Tuesday) against 80,000 (the FIR, via Reuters and NDTV, Wednesday).",
            "mentions": [
                ("01", "about 5,000", 5000, {"as_of": TUE}),
                ("06", "80,000", 80000, {"as_of": WED}),
                ("07", "80,000", 80000, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "medical colleges receiving the victims", "verdict": "single-source",
            "why": "Three government medical colleges (Etah, Aligarh, Hathras).",
            "mentions": [("04", "three", 3)],
        },
        {
            "event": E, "kind": "money", "role": "money:compensation to each family of the dead", "verdict": "single-source",
            "why": "Rs 2 lakh each to the families of the dead (a look-alike of 'two lakh people').",
            "mentions": [("07", "Rs 2 lakh", 200000, {"note": INR + "; written in lakh"})],
        },
        {
            "event": E, "kind": "money", "role": "money:compensation to each injured person", "verdict": "single-source",
            "why": "Rs 50,000 for the injured.",
            "mentions": [("07", "Rs 50,000", 50000, {"note": INR})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:from New Delhi", "verdict": "conflict",
            "why": "Hathras 'about 200 km (125 miles) southeast of New Delhi' (Reuters; Jang after Reuters) against 'about 140 kilometers (87 miles)' (Pledge Times): one distance that cannot be both.",
            "mentions": [
                ("02", "about 200 km", 200000, {"note": "metres; written in km"}),
                ("03", "about 140 kilometers", 140000, {"note": "metres; written in kilometers"}),
                ("03", "87 miles", round(87 * MILE), {"note": "metres; written in miles"}),
                ("06", "about 200 km", 200000, {"note": "metres; written in km"}),
                ("06", "125 miles", round(125 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:from Lucknow", "verdict": "single-source",
            "why": "About 350 kilometers (217 miles) southwest of Lucknow (a look-alike of the distances from New Delhi).",
            "mentions": [
                ("01", "about 350 kilometers", 350000, {"note": "metres; written in kilometers"}),
                ("01", "217 miles", round(217 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the stampede", "verdict": "single-source",
            "why": "At around 3.30 pm, when the preacher was leaving.",
            "mentions": [("08", "around 3.30 pm", "2024-07-02T15:30+05:30")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the stampede", "verdict": "agree",
            "why": "Tuesday 2 July 2024 in every outlet (NDTV, on Wednesday: 'last evening').",
            "mentions": [
                ("02", "Tuesday, July 2", TUE),
                ("04", "Tuesday", TUE, {"ctx": "killed on Tuesday"}),
                ("05", "Tuesday", TUE),
                ("06", "Tuesday", TUE),
                ("07", "last evening", TUE, {"note": "written 'last evening' on Wednesday"}),
                ("08", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:officials' first toll", "verdict": "single-source",
            "why": "Officials said on Tuesday (the first toll, at least 60).",
            "mentions": [("01", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the inspector general's toll of 116", "verdict": "single-source",
            "why": "Confirmed on Tuesday evening.",
            "mentions": [("04", "Tuesday evening", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:ANI's toll of 121", "verdict": "single-source",
            "why": "ANI reported 121 on Wednesday, July 3.",
            "mentions": [("06", "Wednesday, July 3", WED)],
        },
        # --- background ---
        {
            "event": POLICE, "kind": "duration", "role": "the preacher's service in the police", "verdict": "single-source",
            "why": "After 17 years of service he quit the police (background, not the event).",
            "mentions": [("08", "17 years", 17, {"note": "years"})],
        },
    ],
}
