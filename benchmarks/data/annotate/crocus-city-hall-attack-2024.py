# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the attack on Crocus City Hall near Moscow, Friday 22 March 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 22 March 2024 (the attack), Saturday = 23 March (01's and 02's pages, 03's Saturday),
Sunday = 24 March, Tuesday = 26 March (05's 'the previous day'), Wednesday = 27 March, Saturday = 30 March 2024 (06's
'As of 6am Saturday', on a page of 30 March); times in Moscow time (UTC+3). Durations in days (decades as 20 years,
in years). Left out: 'hundreds of hostages' (vague), 'about half of them children' (a ratio), 'the deadliest in Russia
in years' (no figure), 'Friday evening' / 'Friday night' kept only through their weekday where it is written.
"""

E = "e1"
DUBROVKA = "e2"
BESLAN = "e3"
SINAI = "e4"
FRI = "2024-03-22"
SAT = "2024-03-23"
SUN = "2024-03-24"
WED = "2024-03-27"
SAT30 = "2024-03-30"

SPEC = {
    "description": (
        "The attack on Crocus City Hall, Krasnogorsk, near Moscow, on the evening of Friday 22 March 2024 (gunmen, then a "
        "fire that brought the roof down), as six outlets reported it from 23 to 30 March: the toll more than 60 (Friday "
        "night) -> 93 -> 115 (Saturday) -> 133 -> 137 (Sunday) -> 143 (Wednesday 27) -> 144 (Saturday 30) (`updated`); "
        "injured 145 -> more than 150 -> 551 (`updated`); 80 still in hospital and 205 treated as outpatients on Wednesday; "
        "11 detained, four of them directly involved (`agree`); the attack's Friday / March 22 (`agree`). Background: the "
        "Moscow theatre siege of October 2002 (about 800 hostages, 129 hostages and 41 fighters dead), the Beslan school siege "
        "of September 2004 (more than 330 dead), the Sinai plane bombing of October 2015 (224 dead)."
    ),
    "documents": {
        "01": {"published_how": "the URL (2024/03/23) and the corpus's date line 2024-03-23 (removed from the text); the Investigative Committee's first toll, of Friday night"},
        "02": {"published_how": "the dateline 'MOSCOW, Mar. 23, 2024' and the URL"},
        "03": {"published_how": "the corpus's date line 2024-03-23 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; the toll 'said on Sunday' (24 March 2024), the day of mourning: 24 March 2024"},
        "05": {"published_how": "the corpus's date line 2024-03-27 (removed from the text)"},
        "06": {"published_how": "inferred: the corpus's date line says only 2024-03; the URL's number begins 240330, and 'As of 6am Saturday' (30 March): 30 March 2024"},
    },
    "events": [
        {"id": E, "label": "the attack on Crocus City Hall near Moscow, 22 March 2024", "main": True},
        {"id": DUBROVKA, "label": "the Moscow theatre hostage siege, October 2002 (background)", "main": False},
        {"id": BESLAN, "label": "the Beslan school siege, September 2004 (background)", "main": False},
        {"id": SINAI, "label": "the bombing of a Russian passenger plane over Sinai, October 2015 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the attack", "verdict": "updated",
            "why": "The toll as the Investigative Committee and the Moscow region raised it while bodies were found in the rubble: more than 60 (Friday night), 93 and 115 (Saturday), 133 then 137 (Sunday), 143 (Wednesday 27, the names listed by the emergencies ministry), 144 (Saturday 30).",
            "mentions": [
                ("01", "More than 60", 60, {"as_of": FRI}),
                ("01", "more than 60", 60, {"ctx": "that more than 60 people", "as_of": FRI}),
                ("02", "93", 93, {"ctx": "risen to 93", "as_of": SAT}),
                ("02", "93", 93, {"ctx": "that 93 people", "as_of": SAT}),
                ("03", "115", 115, {"as_of": SAT}),
                ("04", "133", 133, {"as_of": SAT, "note": "'had earlier put the number at 133'"}),
                ("04", "137", 137, {"as_of": SUN}),
                ("05", "143", 143, {"as_of": WED}),
                ("06", "144", 144, {"as_of": SAT30}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in the attack", "verdict": "updated",
            "why": "145 injured (the health officials, Friday night) -> more than 150 (Sunday) -> 551 (the Moscow region, 30 March, once people in shock came for treatment).",
            "mentions": [
                ("01", "145", 145, {"as_of": FRI}),
                ("04", "More than 150", 150, {"as_of": SUN}),
                ("06", "551", 551, {"as_of": SAT30}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured still in hospital", "verdict": "single-source",
            "why": "'By Wednesday afternoon, 80 people injured in the attack ... remained in hospital' (a sub-tally of the injured).",
            "mentions": [("05", "80", 80, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "children among the injured still in hospital", "verdict": "single-source",
            "why": "'including six children'.",
            "mentions": [("05", "six", 6, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "people given outpatient care", "verdict": "single-source",
            "why": "'205 people had received outpatient care' (an anonymous medical source).",
            "mentions": [("05", "205", 205, {"as_of": WED})],
        },
        {
            "event": E, "kind": "count", "role": "children among the dead", "verdict": "single-source",
            "why": "'the dead included five children'.",
            "mentions": [("06", "five", 5, {"as_of": SAT30})],
        },
        {
            "event": E, "kind": "count", "role": "children among the injured", "verdict": "single-source",
            "why": "'10 other children were injured'.",
            "mentions": [("06", "10", 10, {"as_of": SAT30})],
        },
        {
            "event": E, "kind": "count", "role": "people detained", "verdict": "agree",
            "why": "11 detained (the FSB to Putin on Saturday).",
            "mentions": [
                ("03", "11", 11),
                ("04", "Eleven", 11),
                ("05", "11", 11),
            ],
        },
        {
            "event": E, "kind": "count", "role": "detained directly involved in the attack (the gunmen)", "verdict": "agree",
            "why": "Four of the 11 directly involved; TAG24's 'Four attack suspects – all from Tajikistan'.",
            "mentions": [
                ("03", "four", 4),
                ("04", "four", 4),
                ("05", "Four", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "other people arrested (accomplices)", "verdict": "single-source",
            "why": "'There has been no information on the other seven' (11 less the four).",
            "mentions": [("05", "seven", 7)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the attack", "verdict": "agree",
            "why": "Friday 22 March 2024.",
            "mentions": [
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "last Friday's"}),
                ("05", "Friday", FRI, {"ctx": "On Friday, gunmen"}),
                ("06", "March 22", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:AFP's report (dateline)", "verdict": "single-source",
            "why": "The dateline 'MOSCOW, Mar. 23, 2024'.",
            "mentions": [("02", "Mar. 23, 2024", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Investigative Committee's toll of 93", "verdict": "single-source",
            "why": "'said Saturday' (23 March).",
            "mentions": [("02", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the 11 detentions", "verdict": "agree",
            "why": "The FSB's report to Putin 'on Saturday' / 'Russia said Saturday it had arrested 11 people' (23 March).",
            "mentions": [
                ("03", "Saturday", SAT),
                ("05", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 137", "verdict": "single-source",
            "why": "'authorities said on Sunday' (24 March).",
            "mentions": [("04", "Sunday", SUN, {"ctx": "said on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the national day of mourning", "verdict": "single-source",
            "why": "'Russia observed a national day of mourning on Sunday' (24 March).",
            "mentions": [("04", "Sunday", SUN, {"ctx": "mourning on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 143", "verdict": "single-source",
            "why": "'rose on Wednesday to 143' (27 March).",
            "mentions": [("05", "Wednesday", WED, {"ctx": "rose on Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of injured still in hospital", "verdict": "single-source",
            "why": "'By Wednesday afternoon' (27 March).",
            "mentions": [("05", "Wednesday", WED, {"ctx": "By Wednesday afternoon"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Golikova's remarks", "verdict": "single-source",
            "why": "'told reporters the previous day' (Tuesday 26 March, in Wednesday's text).",
            "mentions": [("05", "the previous day", "2024-03-26")],
        },
        {
            "event": E, "kind": "duration", "role": "time from the attack to the listing of the dead", "verdict": "single-source",
            "why": "'listed the names of the dead ... five days after last Friday's attack'.",
            "mentions": [("05", "five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "period in which no attack in Russia was deadlier", "verdict": "single-source",
            "why": "'the worst in Russia in two decades' (since Beslan, 2004).",
            "mentions": [("05", "two decades", 20, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the suspects' pre-trial detention", "verdict": "single-source",
            "why": "'held in pre-trial detention until May 22' (2024).",
            "mentions": [("05", "May 22", "2024-05-22")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the Moscow region's count of 144", "verdict": "single-source",
            "why": "'As of 6am Saturday' (30 March 2024, Moscow time).",
            "mentions": [("06", "6am Saturday", "2024-03-30T06:00+03:00")],
        },
        {
            "event": DUBROVKA, "kind": "date", "role": "date-of:the Moscow theatre siege", "verdict": "single-source",
            "why": "'In October 2002'.",
            "mentions": [("01", "October 2002", "2002-10")],
        },
        {
            "event": DUBROVKA, "kind": "count", "role": "hostages at the Moscow theatre", "verdict": "single-source",
            "why": "'took about 800 people hostage'.",
            "mentions": [("01", "about 800", 800)],
        },
        {
            "event": DUBROVKA, "kind": "duration", "role": "time until the special forces entered the theatre", "verdict": "single-source",
            "why": "'Two days later, Russian special forces entered the building'.",
            "mentions": [("01", "Two days", 2, {"note": "days"})],
        },
        {
            "event": DUBROVKA, "kind": "count", "role": "hostages killed at the Moscow theatre", "verdict": "single-source",
            "why": "'129 hostages ... died'.",
            "mentions": [("01", "129", 129)],
        },
        {
            "event": DUBROVKA, "kind": "count", "role": "Chechen fighters killed at the Moscow theatre", "verdict": "single-source",
            "why": "'41 Chechen fighters died'.",
            "mentions": [("01", "41", 41)],
        },
        {
            "event": BESLAN, "kind": "date", "role": "date-of:the Beslan school siege", "verdict": "single-source",
            "why": "'In September 2004'.",
            "mentions": [("01", "September 2004", "2004-09")],
        },
        {
            "event": BESLAN, "kind": "count", "role": "militants who seized the Beslan school", "verdict": "single-source",
            "why": "'about 30 Chechen militants'.",
            "mentions": [("01", "about 30", 30)],
        },
        {
            "event": BESLAN, "kind": "duration", "role": "length of the Beslan siege", "verdict": "single-source",
            "why": "'The siege ended in a bloodbath two days later'.",
            "mentions": [("01", "two days", 2, {"note": "days"})],
        },
        {
            "event": BESLAN, "kind": "count", "role": "deaths at Beslan", "verdict": "single-source",
            "why": "'more than 330 people, about half of them children, were killed'.",
            "mentions": [("01", "more than 330", 330)],
        },
        {
            "event": SINAI, "kind": "date", "role": "date-of:the Sinai plane bombing", "verdict": "single-source",
            "why": "'In October 2015'.",
            "mentions": [("01", "October 2015", "2015-10")],
        },
        {
            "event": SINAI, "kind": "count", "role": "deaths in the Sinai plane bombing", "verdict": "single-source",
            "why": "'killing all 224 people on board'.",
            "mentions": [("01", "224", 224)],
        },
    ],
}
