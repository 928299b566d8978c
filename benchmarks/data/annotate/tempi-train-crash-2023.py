# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Tempi (Greece) train collision story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
GOV = "e2"
SALE = "e3"
OHIO = "e4"
DAY = "2023-02-28"
WED = "2023-03-01"
THU = "2023-03-02"
MILE = 1609.344
SPEC = {
    "description": (
        "The head-on collision of a passenger train from Athens to Thessaloniki with a freight train near Tempi "
        "(Tempe), north of Larissa, Greece, just before midnight on Tuesday 28 February 2023, as ten outlets "
        "reported it on Wednesday 1 and Thursday 2 March while the toll rose from at least 36 to 38, 40 (43 bodies "
        "at the coroner's), 46 and 57; the missing were 'as many as 25' on Wednesday, 'at least 10' (Reuters, "
        "Anadolu) and 56 (the fire service, late Thursday) on Thursday; the Tempe valley lies about 380 km (235 "
        "miles) north of Athens, 'about 380 miles' for UPI. The government's years in office since 2019, the "
        "sale of TrainOSE in 2017 and its renaming in 2021, and the US derailment that Buttigieg visited three "
        "weeks after it are background events whose figures are traps; 40 ambulances and bodies found 40 metres "
        "away are look-alikes of the toll of 40 inside the main event."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; it reports the arrest 'on Wednesday' (1 March) and the first toll of at least 36 as news"},
        "02": {"published_how": "inferred: no date on the stored page; it reports the first toll (at least 36, Wednesday morning) as news"},
        "03": {"published_how": "the URL's date (/2023/03/01/)"},
        "04": {"published_how": "the dateline 'March 1 (UPI)' and the URL's date (/2023/03/01/)"},
        "05": {"published_how": "the page's 'Updated: 2023-03-02 09:30' (removed from the text with the byline) and the URL (/202303/02/)"},
        "06": {"published_how": "the print edition's date in the URL (/20230302/)"},
        "07": {"published_how": "inferred: 'state media said on March 2' and 'recovered today'"},
        "08": {"published_how": "'date 2023-03-03' and '03 March,2023 01:04 pm' on the stored page (Pakistan time; it reports Thursday's toll)"},
        "09": {"published_how": "'date 2023-03-02' on the stored page (the toll 'late on Thursday night')"},
        "10": {"published_how": "inferred: no date on the stored page; it reports the resignation and the arrest 'on Wednesday' and the toll of at least 36 as news"},
    },
    "events": [
        {"id": "e1", "label": "the collision of a passenger and a freight train near Tempi, Greece, 28 February 2023", "main": True},
        {"id": "e2", "label": "the Mitsotakis government's term since 2019 (background)", "main": False},
        {"id": "e3", "label": "the sale of TrainOSE to Ferrovie dello Stato (2017) and its renaming as Hellenic Train (2021) (background)", "main": False},
        {"id": "e4", "label": "the freight-train derailment in East Palestine, Ohio, 3 February 2023, that Buttigieg visited (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The toll rose as bodies were recovered from the burnt carriages: at least 36 (Wednesday morning, the "
                "fire service), 38 (Wednesday), at least 40 (Wednesday afternoon), 46 (Thursday, state media), 57 (Thursday "
                "evening, the police and the fire service)."
            ),
            "mentions": [
                ("01", "at least 36", 36),
                ("02", "36", 36, {"ctx": "killing 36,"}),
                ("02", "at least 36", 36),
                ("03", "at least 36", 36),
                ("04", "at least 40", 40, {"ctx": "killed at least 40"}),
                ("04", "at least 40", 40, {"ctx": "with at least 40"}),
                ("05", "at least 40", 40),
                ("06", "38", 38, {"ctx": "among 38 dead"}),
                ("06", "AT LEAST 38", 38),
                ("07", "46", 46, {"ctx": "climbs to 46"}),
                ("07", "46", 46, {"ctx": "climbed to 46,"}),
                ("08", "57", 57, {"ctx": "climbs to 57"}),
                ("08", "57", 57, {"ctx": "climbed to 57,"}),
                ("09", "57", 57, {"ctx": "rises to 57,"}),
                ("09", "57", 57, {"ctx": "risen to 57 late"}),
                ("10", "at least 36", 36),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies received by the coroner's office", "verdict": "single-source",
            "why": "The coroner's office had received 43 bodies while 40 were 'confirmed dead' (UPI, Wednesday): a look-alike of the toll, counted by another office.",
            "mentions": [("04", "43", 43)],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered on Thursday", "verdict": "updated",
            "why": "The bodies recovered on Thursday: at least seven when state media gave 46 dead, at least 14 when the toll reached 57 (the forensic service); the rise of the toll, not the toll.",
            "mentions": [
                ("07", "At least seven", 7, {"as_of": THU}),
                ("08", "At least 14", 14, {"ctx": "At least 14 more charred bodies were recovered Thursday.\n\n(Reuters)"}),
                ("08", "At least 14", 14, {"ctx": "At least 14 more charred bodies were recovered Thursday, Rubini"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "compatible",
            "why": "The fire service's 85 injured (Wednesday), restated by four outlets; 'dozens' (Reuters, the Daily Caller, China Daily) contains it.",
            "mentions": [
                ("02", "dozens", 50, {"low": 24, "high": 99}),
                ("02", "85", 85),
                ("03", "dozens", 50, {"low": 24, "high": 99}),
                ("04", "85", 85),
                ("05", "dozens", 50, {"low": 24, "high": 99}),
                ("06", "85", 85),
                ("10", "85", 85),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:hospitalised", "verdict": "updated",
            "why": "The injured taken to hospital: 66 of the 85 on Wednesday (a fire brigade official; Reuters' headline says '66 injured'), at least 72 by Thursday (Anadolu, Reuters), 15 of them discharged.",
            "mentions": [
                ("02", "66", 66, {"as_of": WED, "note": "the headline calls the 66 hospitalised 'injured'"}),
                ("02", "Sixty-six", 66, {"as_of": WED}),
                ("07", "At least 72", 72),
                ("08", "At least 72", 72),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:discharged from hospital", "verdict": "agree",
            "why": "15 of the hospitalised had been discharged by Thursday (one Anadolu text, two copies).",
            "mentions": [
                ("07", "15", 15),
                ("08", "15", 15),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:in intensive care (intubated, critical)", "verdict": "agree",
            "why": "Six in intensive care on Wednesday; six intubated patients in critical condition on Thursday: the same six patients.",
            "mentions": [
                ("02", "six", 6, {"ctx": "six of whom"}),
                ("08", "six", 6, {"ctx": "six intubated"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:in serious condition (Larissa hospital)", "verdict": "single-source",
            "why": "At least 25 of the injured in a serious condition at a Larissa hospital; a look-alike of the 25 unaccounted for in the same paragraph.",
            "mentions": [("05", "at least 25", 25)],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "conflict",
            "why": (
                "As many as 25 unaccounted for on Wednesday (a reporter to the BBC, perhaps survivors who left), at least 10 "
                "still missing on Thursday (state media via Anadolu; an official via Reuters), then 56 passengers still "
                "missing late on Thursday (eKathimerini, the fire service's release) when the toll was 57: a count of the "
                "missing that more than doubles while bodies are found, against the same day's 10, cannot both hold as "
                "reported ('at least 10' admits it only formally)."
            ),
            "mentions": [
                ("05", "as many as 25", 25, {"as_of": WED, "low": None, "high": 25}),
                ("07", "at least 10", 10),
                ("08", "at least 10", 10),
                ("09", "56", 56, {"ctx": "57, 56 passengers"}),
                ("09", "56", 56, {"ctx": "with 56 passengers"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on the passenger train", "verdict": "compatible",
            "why": "Hellenic Train's data: 342 passengers (Reuters); 'about 350' (the Daily Mail, the same operator) and AFP's round '350 passengers' contain it.",
            "mentions": [
                ("01", "350", 350),
                ("02", "342", 342),
                ("06", "about 350", 350),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board the passenger train", "verdict": "compatible",
            "why": "342 passengers and 10 crew (352 in all): 'more than 350' people (the fire service, UPI; Anadolu; Reuters) and the Daily Caller's round '350 people'.",
            "mentions": [
                ("03", "350", 350),
                ("04", "More than 350", 350),
                ("07", "more than 350", 350),
                ("08", "more than 350", 350),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew on the passenger train", "verdict": "single-source",
            "why": "Ten crew on the passenger train (Hellenic Train data); a look-alike of the nine railway employees among the victims.",
            "mentions": [("02", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "crew on the freight train", "verdict": "single-source",
            "why": "Two crew on the freight train (Hellenic Train data).",
            "mentions": [("02", "two", 2, {"ctx": "while two crew"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:railway employees", "verdict": "agree",
            "why": "Nine railway employees among the victims (one Anadolu text, two copies); a part of the toll.",
            "mentions": [
                ("07", "nine", 9),
                ("08", "nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the Larissa station master", "verdict": "agree",
            "why": "The station master arrested on Wednesday is 59 in every report that gives his age.",
            "mentions": [
                ("01", "59-year-old", 59),
                ("03", "59-year-old", 59),
                ("04", "59-year-old", 59),
                ("06", "59-year-old", 59),
                ("08", "59-year-old", 59),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Stergios Minenis (a passenger)", "verdict": "single-source",
            "why": "The passenger quoted by Reuters is 28.",
            "mentions": [("02", "28-year-old", 28)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:collision", "verdict": "agree",
            "why": "The trains collided just before midnight on Tuesday 28 February 2023.",
            "mentions": [
                ("01", "Tuesday", DAY),
                ("02", "Tuesday", DAY),
                ("03", "Feb. 28", DAY),
                ("04", "Tuesday", DAY, {"ctx": "crash Tuesday north"}),
                ("04", "late Tuesday", DAY),
                ("05", "Tuesday", DAY),
                ("06", "Tuesday", DAY),
                ("08", "late Tuesday", DAY),
                ("10", "Tuesday", DAY, {"ctx": "accident on Tuesday night"}),
                ("10", "Tuesday", DAY, {"ctx": "prevent Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:station master's arrest", "verdict": "agree",
            "why": "The Larissa station master was arrested on Wednesday 1 March (in the morning, UPI).",
            "mentions": [
                ("01", "Wednesday", WED),
                ("03", "Wednesday", WED),
                ("04", "Wednesday morning", WED, {"ctx": "Wednesday morning, officials arrested"}),
                ("10", "Wednesday", WED, {"ctx": "arrested on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the station master before the magistrate", "verdict": "single-source",
            "why": "He appeared before an examining magistrate on Thursday 2 March.",
            "mentions": [("08", "Thursday", THU, {"ctx": "magistrate on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:deadline for the station master's testimony", "verdict": "single-source",
            "why": "He was given until Saturday 4 March to prepare his testimony.",
            "mentions": [("08", "Saturday", "2023-03-04")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the minister's resignation speech", "verdict": "single-source",
            "why": "Karamanlis resigned on Wednesday 1 March.",
            "mentions": [("04", "Wednesday", WED, {"ctx": "resignation speech Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:expected end of the search", "verdict": "single-source",
            "why": "The search was expected to end on Friday 3 March.",
            "mentions": [("09", "Friday", "2023-03-03")],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Tempe from Athens", "verdict": "conflict",
            "why": (
                "The Tempe valley is about 380 km (235 miles) north of Athens (China Daily; the Daily Mail's 235 miles); "
                "UPI's 'about 380 miles' (611 km) puts the kilometre figure in miles."
            ),
            "mentions": [
                ("04", "about 380 miles", round(380 * MILE), {"note": "metres; written in miles"}),
                ("05", "around 380 kilometers", 380000, {"note": "metres; written in kilometres"}),
                ("06", "235 miles", round(235 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "firefighters mobilised", "verdict": "single-source",
            "why": "Some 150 firefighters mobilised (Greek emergency services, via AFP).",
            "mentions": [("01", "Some 150", 150)],
        },
        {
            "event": E, "kind": "count", "role": "ambulances mobilised", "verdict": "single-source",
            "why": "40 ambulances mobilised; a look-alike of the toll of 'at least 40'.",
            "mentions": [("01", "40", 40)],
        },
        {
            "event": E, "kind": "measure", "role": "distance:bodies thrown from the line", "verdict": "single-source",
            "why": "Bodies were found as far as 40 metres from the line; a look-alike of the toll of 40.",
            "mentions": [("10", "40 metres", 40, {"note": "metres"})],
        },
        {
            "event": E, "kind": "count", "role": "carriages on fire", "verdict": "compatible",
            "why": "At least one car appeared to catch fire (AFP, early); at least three caught fire (the Daily Mail, the fire service): both lower bounds hold.",
            "mentions": [
                ("01", "at least one", 1, {"low": 1, "high": None}),
                ("06", "at least three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "carriages destroyed", "verdict": "single-source",
            "why": "The first two carriages 'no longer exist at all' (the regional governor).",
            "mentions": [("01", "two", 2, {"ctx": "first two carriages"})],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:fire in a carriage", "verdict": "single-source",
            "why": "A fire in one carriage reached 1,300C, given with its conversion 2,370F (one document).",
            "mentions": [
                ("06", "1,300C", 1300, {"note": "degrees Celsius"}),
                ("06", "2,370F", 1299, {"note": "degrees Celsius; the conversion of 1,300C, written 2,370F"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "angle:overturned carriage", "verdict": "single-source",
            "why": "One carriage stood on its side at almost 90 degrees from the rest of the train.",
            "mentions": [("02", "almost 90 degrees", 90, {"note": "degrees of angle"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:search when bodies were still being found", "verdict": "single-source",
            "why": "A rescue worker: 'Five hours later, we are finding bodies.'",
            "mentions": [("01", "Five hours", 5, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "Three days of official mourning, announced by the Prime Minister on Wednesday.",
            "mentions": [("10", "three days", 3, {"note": "days"})],
        },
        # --- the government's term (background) ---
        {
            "event": GOV, "kind": "duration", "role": "duration-of:the government in office", "verdict": "single-source",
            "why": "Karamanlis: the government had tried to improve the railways 'in the last three and a half years' (since July 2019).",
            "mentions": [("04", "three and a half years", 3.5, {"note": "years"})],
        },
        {
            "event": GOV, "kind": "date", "role": "date-of:the government took office", "verdict": "single-source",
            "why": "The government took over in 2019.",
            "mentions": [("10", "2019", "2019")],
        },
        # --- the sale and renaming of the operator (background) ---
        {
            "event": SALE, "kind": "date", "role": "date-of:sale of TrainOSE's trains", "verdict": "single-source",
            "why": "TrainOSE sold its trains to Ferrovie dello Stato Italiane in 2017.",
            "mentions": [("10", "2017", "2017")],
        },
        {
            "event": SALE, "kind": "date", "role": "date-of:renaming as Hellenic Train", "verdict": "single-source",
            "why": "Renamed Hellenic Train in 2021.",
            "mentions": [("10", "2021", "2021")],
        },
        # --- the Ohio derailment (background) ---
        {
            "event": OHIO, "kind": "duration", "role": "duration-of:from the derailment to Buttigieg's visit", "verdict": "single-source",
            "why": "A related-story link: Buttigieg visited the site of the East Palestine derailment three weeks after it.",
            "mentions": [("03", "Three Weeks", 21, {"note": "days; written in weeks"})],
        },
    ],
}
