# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Yeti Airlines crash at Pokhara (second sealed test gold; read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths in metres (the written unit in ``note``); clock times local (Nepal, UTC+5:45) unless noted.
"""

E = "e1"
FOOT = 0.3048
SPEC = {
    "description": (
        "The crash of Yeti Airlines flight 691, an ATR 72 from Kathmandu, into the Seti river gorge at Pokhara, Nepal, "
        "on Sunday 15 January 2023, with 72 people on board (68 passengers, four crew), as eight outlets reported it "
        "from that day to 17 January while the bodies recovered rose from 25 to 70 and the missing fell from four to "
        "two; outlets differ on the foreigners aboard (15 vs 10), on the passengers (68 vs one outlet's 72) and on the "
        "time of the crash (around 10.30 vs 10:50 a.m., given also in Italian time). The Tara Air crash of May 2022, "
        "the opening of Pokhara's new airport on 1 January 2023 and Nepal's deadlier air disaster of 30 years before "
        "are background events."
    ),
    "documents": {
        "01": {"published_how": "no date on the page; inferred: the first reports of Sunday 15 January (at least 25 killed, 'a developing story')"},
        "02": {"published_how": "'date 2023-01-15' on the stored page"},
        "03": {"published_how": "'date 2023-01-15' on the stored page"},
        "04": {"published_how": "no date on the page; inferred: 68 bodies recovered and 12 identified, the crash 'on Sunday' (Monday 16 January)"},
        "05": {"published_how": "'date 2023-01-16' on the stored page"},
        "06": {"published_how": "no date on the page; inferred: 'on Tuesday started handing over' the bodies (17 January)"},
        "07": {"published_how": "no date on the page; inferred: the toll of 70 after the Washington Post's report (16 January)"},
        "08": {"published_how": "'date 2023-01-15' on the stored page"},
    },
    "events": [
        {"id": "e1", "label": "the crash of Yeti Airlines flight 691 at Pokhara, 15 January 2023", "main": True},
        {"id": "e2", "label": "the Tara Air crash near Jomsom, May 2022 (background)", "main": False},
        {"id": "e3", "label": "the opening of Pokhara International Airport, 1 January 2023 (background)", "main": False},
        {"id": "e4", "label": "Nepal's deadlier air disaster of about 30 years before (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The bodies recovered (the confirmed toll) rose as the search went on: at least 25 and 32 early on Sunday 15 "
                "January, 63 and 68 by that evening, 70 by Monday night 16 January."
            ),
            "mentions": [
                ("01", "At least 25", 25),
                ("01", "25", 25, {"ctx": "said 25 bodies", "note": "bodies recovered"}),
                ("02", "63", 63, {"note": "bodies recovered"}),
                ("03", "32", 32, {"note": "bodies recovered"}),
                ("04", "68", 68, {"ctx": "that 68 bodies", "note": "bodies recovered"}),
                ("04", "68", 68, {"ctx": "Twelve of the 68", "note": "bodies recovered"}),
                ("05", "70", 70, {"ctx": "risen to 70"}),
                ("05", "70", 70, {"ctx": "total of 70"}),
                ("06", "70", 70, {"ctx": "rose to 70."}),
                ("06", "70", 70, {"ctx": "climbed to 70"}),
                ("06", "70", 70, {"ctx": "Out of 70"}),
                ("07", "70", 70),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:increase", "verdict": "compatible",
            "why": "'Two more' bodies (from 68) and 'one more' on Monday night (from 69) both lead to the toll of 70.",
            "mentions": [
                ("05", "two", 2, {"ctx": "body of two more"}),
                ("06", "one", 1, {"ctx": "As one more body"}),
                ("07", "Two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "Four bodies still to recover after 68 were found, two after 70.",
            "mentions": [
                ("04", "four", 4, {"ctx": "remaining four bodies"}),
                ("04", "four", 4, {"ctx": "bodies of four others"}),
                ("05", "two", 2, {"ctx": "still two more"}),
                ("05", "2", 2),
                ("06", "Two", 2),
                ("07", "four", 4, {"as_of": "2023-01-16", "note": "before two more bodies were recovered"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "agree",
            "why": "Every outlet gives 72 people on board (all killed or feared dead).",
            "mentions": [
                ("01", "72", 72),
                ("02", "72", 72, {"ctx": "with 72 people"}),
                ("03", "All 72", 72),
                ("04", "all 72", 72, {"ctx": "all 72 people on board (68"}),
                ("04", "all 72", 72, {"ctx": "all 72 people on board —"}),
                ("06", "72", 72),
                ("07", "72", 72, {"ctx": "carrying 72 people"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers", "verdict": "conflict",
            "why": "68 passengers (and four crew) everywhere, including later in Mint's own text; Mint's first paragraph says 72 passengers.",
            "mentions": [
                ("01", "68", 68),
                ("03", "68", 68, {"ctx": "There are 68 passengers"}),
                ("03", "68", 68, {"ctx": "A total of 68"}),
                ("04", "68", 68, {"ctx": "(68 passengers"}),
                ("04", "68", 68, {"ctx": "— 68 passengers"}),
                ("05", "72", 72, {"note": "'72 passengers onboard'"}),
                ("05", "All 68", 68),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew", "verdict": "agree",
            "why": "Four crew members in every outlet.",
            "mentions": [
                ("01", "four", 4, {"ctx": "four crew"}),
                ("02", "four", 4),
                ("03", "four", 4, {"ctx": "board and four crew"}),
                ("03", "four", 4, {"ctx": "passengers and four crew members were"}),
                ("04", "4", 4),
                ("04", "four", 4, {"ctx": "and four crew"}),
                ("05", "four", 4),
                ("06", "four", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:foreigners", "verdict": "conflict",
            "why": "The airline's 15 foreigners (two outlets) against Orissa Diary's 'including 10 foreigners' (whose own list adds up to 14 non-Nepalis).",
            "mentions": [
                ("01", "15", 15),
                ("02", "10", 10),
                ("06", "15", 15),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from Nepal", "verdict": "agree",
            "why": "53 Nepali passengers in four outlets.",
            "mentions": [
                ("02", "53", 53),
                ("03", "53", 53),
                ("04", "53", 53),
                ("06", "Fifty-three", 53),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from India", "verdict": "agree",
            "why": "Five Indians in every outlet that counts them.",
            "mentions": [
                ("01", "five", 5),
                ("02", "5", 5),
                ("03", "five", 5, {"ctx": "five Indian nationals"}),
                ("03", "five", 5, {"ctx": "five Indian,"}),
                ("04", "five", 5, {"ctx": "five Indians"}),
                ("06", "five", 5),
                ("06", "5", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from Russia", "verdict": "agree",
            "why": "Four Russians in four outlets (a look-alike of the four crew).",
            "mentions": [
                ("01", "four", 4, {"ctx": "four from Russia"}),
                ("02", "4", 4),
                ("03", "four", 4, {"ctx": "four Russians"}),
                ("04", "four", 4, {"ctx": "four Russians"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from South Korea", "verdict": "agree",
            "why": "Two South Koreans in three outlets.",
            "mentions": [
                ("01", "two", 2),
                ("02", "2", 2),
                ("03", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from Argentina", "verdict": "agree",
            "why": "One Argentinian in three outlets.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one from Argentina"}),
                ("02", "1", 1, {"ctx": "1 Argentinian"}),
                ("03", "one", 1, {"ctx": "one Argentinian"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from Australia", "verdict": "agree",
            "why": "One Australian in two outlets.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one from Australia"}),
                ("04", "one", 1, {"ctx": "one Australian"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from France", "verdict": "agree",
            "why": "One French national in two outlets.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one from France"}),
                ("02", "1", 1, {"ctx": "1 French"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:from Ireland", "verdict": "agree",
            "why": "One Irish passenger in four outlets.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one from Ireland"}),
                ("02", "1", 1, {"ctx": "1 Irish"}),
                ("03", "one", 1, {"ctx": "one Irish"}),
                ("04", "one", 1, {"ctx": "one Irish"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:infants", "verdict": "agree",
            "why": "Three infants in both.",
            "mentions": [
                ("03", "three", 3, {"ctx": "three infants"}),
                ("04", "three", 3, {"ctx": "three infants"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:children", "verdict": "agree",
            "why": "Three children in both.",
            "mentions": [
                ("03", "three", 3, {"ctx": "three children"}),
                ("04", "three", 3, {"ctx": "three children"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers:adults", "verdict": "agree",
            "why": "62 adults in both.",
            "mentions": [
                ("03", "62", 62),
                ("04", "62", 62),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies identified", "verdict": "single-source",
            "why": "Twelve of the 68 bodies identified.",
            "mentions": [("04", "Twelve", 12)],
        },
        {
            "event": E, "kind": "count", "role": "bodies taken to hospital", "verdict": "single-source",
            "why": "64 bodies taken to the Pokhara Academy of Health Sciences (a look-alike of the toll).",
            "mentions": [("04", "64", 64)],
        },
        {
            "event": E, "kind": "count", "role": "bodies handed over", "verdict": "single-source",
            "why": "22 of the 70 bodies handed over to families on Tuesday (a look-alike of Tara Air's 22 dead).",
            "mentions": [("06", "22", 22)],
        },
        {
            "event": E, "kind": "count", "role": "searchers at the cliff", "verdict": "single-source",
            "why": "Four Armed Police Force personnel searching (a look-alike of the four bodies missing).",
            "mentions": [("04", "Four", 4, {"ctx": "Four Armed"})],
        },
        {
            "event": E, "kind": "count", "role": "probe committee members", "verdict": "single-source",
            "why": "A five-member probe committee.",
            "mentions": [("04", "five", 5, {"ctx": "five-member"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:take-off", "verdict": "compatible",
            "why": "'About 10:30 a.m.' and 10:33 am local time.",
            "mentions": [
                ("01", "about 10:30 a.m.", "10:30"),
                ("06", "10:33 am", "10:33"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:crash", "verdict": "conflict",
            "why": "The Report Inn says it crashed around 10.30 a.m. (the time of take-off elsewhere); Pledge Times says around 10:50 am local time, which it converts to 6:05 am in Italy (CET).",
            "mentions": [
                ("04", "around 10.30 a.m.", "10:30", {"ctx": "Nayagaun around 10.30 a.m., killing all 72 people on board (68"}),
                ("04", "around 10.30 a.m.", "10:30", {"ctx": "Nayagaun around 10.30 a.m., killing all 72 people on board —"}),
                ("08", "around 10:50 am", "10:50"),
                ("08", "6:05 am", "10:50", {"note": "written as 6:05 am Italian time (CET), the conversion of about 10:50 in Nepal"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:crash", "verdict": "agree",
            "why": "Every outlet puts the crash on Sunday (morning) 15 January 2023.",
            "mentions": [
                ("01", "Sunday", "2023-01-15"),
                ("02", "Sunday morning", "2023-01-15"),
                ("03", "Sunday", "2023-01-15"),
                ("04", "Sunday", "2023-01-15", {"ctx": "Pokhara on Sunday"}),
                ("05", "Sunday", "2023-01-15", {"ctx": "crashed on Sunday"}),
                ("05", "Sunday", "2023-01-15", {"ctx": "Nepal on Sunday"}),
                ("05", "Sunday", "2023-01-15", {"ctx": "on Sunday's flight"}),
                ("06", "Sunday", "2023-01-15"),
                ("07", "Jan. 15", "2023-01-15"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the cabinet's emergency meeting", "verdict": "single-source",
            "why": "The cabinet met on Sunday 15 January (the crash's day, another event).",
            "mentions": [("04", "Sunday", "2023-01-15", {"ctx": "meeting on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 70th body's recovery", "verdict": "single-source",
            "why": "One more body recovered on Monday night, 16 January.",
            "mentions": [("06", "Monday night", "2023-01-16")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:relatives' vigil at the hospital", "verdict": "single-source",
            "why": "Relatives still gathered outside the hospital on Monday evening, 16 January.",
            "mentions": [("05", "Monday evening", "2023-01-16")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:handing over of the bodies", "verdict": "single-source",
            "why": "Bodies handed over from Tuesday 17 January.",
            "mentions": [("06", "Tuesday", "2023-01-17")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the flight", "verdict": "compatible",
            "why": "'About a 25-minute flight' and a 27-minute flight overlap.",
            "mentions": [
                ("01", "about a 25-minute", 25, {"low": 22.5, "high": 27.5, "note": "minutes"}),
                ("07", "27-minute", 27, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the flight until the crash", "verdict": "single-source",
            "why": "The crash came 25 minutes into the flight (a look-alike of the flight's length).",
            "mentions": [("07", "25 minutes", 25, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time left before landing", "verdict": "compatible",
            "why": "'Just 10 seconds before the landing' and 'less than a minute's flight from the airport' overlap.",
            "mentions": [
                ("03", "10 seconds", 10, {"note": "seconds"}),
                ("05", "less than a minute", 60, {"low": None, "high": 60, "note": "seconds; written 'less than a minute'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:crash site from the airport", "verdict": "single-source",
            "why": "Just over half a mile from the airport.",
            "mentions": [("07", "just over half a mile", 805, {"low": 805, "high": None, "note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "depth of the gorge", "verdict": "single-source",
            "why": "The Seti gorge is nearly 1,000 feet deep.",
            "mentions": [("07", "nearly 1,000 feet", round(1000 * FOOT, 1), {"note": "metres; written in feet"})],
        },
        {
            "event": E, "kind": "measure", "role": "altitude:cruising", "verdict": "single-source",
            "why": "The plane was cruising at 12,500 feet before its descent.",
            "mentions": [("08", "12,500 feet", round(12500 * FOOT, 1), {"note": "metres; written in feet"})],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:the airport's opening", "verdict": "single-source",
            "why": "Pokhara's new airport opened on 1 January 2023.",
            "mentions": [("01", "Jan. 1", "2023-01-01")],
        },
        {
            "event": "e3", "kind": "duration", "role": "duration-of:time since the airport opened", "verdict": "single-source",
            "why": "The airport began operations only two weeks before the crash.",
            "mentions": [("05", "two weeks", 2, {"note": "weeks"})],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Tara Air crash", "verdict": "single-source",
            "why": "The Tara Air crash of May (2022).",
            "mentions": [("01", "May", "2022-05")],
        },
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "22 died in the Tara Air crash (a trap for the Yeti toll).",
            "mentions": [("01", "22", 22)],
        },
        {
            "event": "e2", "kind": "count", "role": "deaths:foreigners", "verdict": "single-source",
            "why": "Six foreigners among Tara Air's dead (a trap for the Yeti foreigners).",
            "mentions": [("01", "six", 6)],
        },
        {
            "event": "e2", "kind": "duration", "role": "duration-of:the flight", "verdict": "single-source",
            "why": "Tara Air's flight to Jomsom was projected at about 20 minutes (a trap for the Yeti flight's length).",
            "mentions": [("01", "about a 20-minute", 20, {"low": 18, "high": 22, "note": "minutes"})],
        },
        {
            "event": "e4", "kind": "duration", "role": "duration-of:time since a deadlier air disaster", "verdict": "single-source",
            "why": "The worst aviation disaster in Nepal in 30 years.",
            "mentions": [("08", "30 years", 30, {"note": "years"})],
        },
    ],
}
