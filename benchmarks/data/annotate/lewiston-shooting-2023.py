# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Lewiston (Maine) mass shootings, Wednesday 25 October 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; ages in years (note); distances in metres (the written unit in note);
dates as ISO strings; times as ISO date-times in US Eastern time. Wednesday = 25 October
2023 (the shootings), Thursday = 26 October, Friday = 27 October, Saturday = 28 October.
"""

E = "e1"
TALLY = "e2"
WED = "2023-10-25"
THU = "2023-10-26"
FRI = "2023-10-27"
MILE = 1609.344

# The 18 victims as CBS News listed them on Friday (06): name, age. Each age is a cluster of its own
# (a look-alike of other figures: Peyton Brewer-Ross's 40 of Card's 40, Brackett's 48, the 13 injured...).
VICTIMS = [
    ("Tricia Asselin", "53"), ("William Brackett", "48"), ("Peyton Brewer-Ross", "40"), ("Thomas Conrad", "34"),
    ("Michael Deslauriers II", "51"), ("Maxx Hathaway", "35"), ("Bryan MacFarlane", "41"), ("Keith Macneir", "64"),
    ("Ronald Morin", "55"), ("Joshua Seal", "36"), ("Arthur Strout", "42"), ("Lucille Violette", "73"),
    ("Stephen Vozzella", "45"), ("Jason Walker", "51"), ("Joseph Walker", "57"), ("William Young", "44"),
]
AGE_CLUSTERS = [
    {
        "event": E, "kind": "count", "role": f"age:{name} (victim)", "verdict": "single-source",
        "why": f"{name}, {age} (CBS News' list of the victims).",
        "mentions": [("06", age, int(age), {"ctx": f"{name}, {age}", "note": "years"})],
    }
    for name, age in VICTIMS
]

SPEC = {
    "description": (
        "The mass shootings at the Just-in-Time Recreation bowling alley and Schemengees Bar & Grille, Lewiston, Maine, "
        "on the evening of Wednesday 25 October 2023, and the manhunt for Robert Card, as six outlets reported them on "
        "Thursday 26 and Friday 27 October: 18 dead ('at least 18': `compatible`) and 13 injured (`agree`); seven dead "
        "at the bowling alley (CrimeOnline's breakdown 'seven males and one female' sums to eight: an inconsistency "
        "inside one text, kept as two look-alike clusters), eight at the bar (seven outside, one inside), three in "
        "hospitals (`agree`); fifteen taken to hospitals; a warrant for eight counts of murder, ten victims still "
        "unidentified; the first call 'minutes' / 'shortly' / 'just' before 7 p.m. (`agree`), the bar's calls at 7:08 "
        "p.m. (or 'Twelve minutes later'); the two sites about four miles apart (`agree`); Card's car found in Lisbon 8 "
        "miles against 'some 7 miles' southeast of Lewiston (`conflict`); Florida Media Now's 'unfolded on Thursday' for "
        "the Wednesday (`conflict`); Card 40 (`agree`); about 80 FBI agents; hunting banned in four communities from "
        "Saturday; the victims aged 14 to 76, each named with an age. Background: 'Only nine other shootings have killed "
        "more victims since the 1960s'."
    ),
    "documents": {
        "01": {"published_how": "the URL's date 2023/10/26"},
        "02": {"published_how": "the corpus's date line 2023-10-27 (removed from the text)"},
        "03": {"published_how": "the URL's date 2023/oct/26"},
        "04": {"published_how": "the URL's date 20231027 (The Japan News' copy of the Post's Thursday report)"},
        "05": {"published_how": "the URL's date 2023/10/26"},
        "06": {"published_how": "inferred: no date on the stored page; 'The manhunt continued Friday', the victims identified Friday: 27 October 2023"},
    },
    "events": [
        {"id": E, "label": "the mass shootings in Lewiston, Maine, Wednesday 25 October 2023, and the manhunt for Robert Card", "main": True},
        {"id": TALLY, "label": "the US shootings that killed more people since the 1960s (background)", "main": False},
    ],
    "clusters": [
        # --- the dead and injured ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "18 dead (every outlet; all 18 identified on Friday); the Post's 'at least 18' holds with it.",
            "mentions": [
                ("01", "18", 18),
                ("02", "18", 18),
                ("03", "18", 18),
                ("04", "at least 18", 18),
                ("05", "18", 18),
                ("06", "18", 18, {"ctx": "killed 18 people"}),
                ("06", "18", 18, {"ctx": "all 18 victims", "as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "agree",
            "why": "13 injured (every outlet that gives it).",
            "mentions": [
                ("01", "13", 13),
                ("02", "13", 13),
                ("03", "13", 13),
                ("05", "13", 13),
                ("06", "13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead at the bowling alley", "verdict": "agree",
            "why": "Seven found dead at the bowling alley (state police; CrimeOnline and the Post).",
            "mentions": [
                ("01", "seven", 7, {"ctx": "found seven people dead"}),
                ("04", "seven", 7, {"ctx": "seven at the bowling"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men found dead at the bowling alley", "verdict": "single-source",
            "why": "CrimeOnline's breakdown 'seven males and one female' of the 'seven people dead there' (it sums to eight: an inconsistency inside the text, noted here; a look-alike of the seven dead).",
            "mentions": [("01", "seven", 7, {"ctx": "seven males and one"})],
        },
        {
            "event": E, "kind": "count", "role": "women found dead at the bowling alley", "verdict": "single-source",
            "why": "'one female' in CrimeOnline's breakdown.",
            "mentions": [("01", "one", 1, {"ctx": "and one female"})],
        },
        {
            "event": E, "kind": "count", "role": "dead at the bar", "verdict": "agree",
            "why": "Eight killed at Schemengees (8 males: CrimeOnline; the Post).",
            "mentions": [
                ("01", "8", 8),
                ("04", "Eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "found dead outside the bar", "verdict": "single-source",
            "why": "Seven of the eight outside (a look-alike of the seven at the bowling alley).",
            "mentions": [("01", "seven", 7, {"ctx": "seven outside"})],
        },
        {
            "event": E, "kind": "count", "role": "found dead inside the bar", "verdict": "single-source",
            "why": "One of the eight inside.",
            "mentions": [("01", "one", 1, {"ctx": "one inside"})],
        },
        {
            "event": E, "kind": "count", "role": "died in hospital", "verdict": "agree",
            "why": "Three died at local hospitals.",
            "mentions": [
                ("01", "three", 3),
                ("04", "Three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "taken to hospital", "verdict": "single-source",
            "why": "Fifteen taken to hospitals, three of whom died (not the 13 injured).",
            "mentions": [("01", "Fifteen", 15)],
        },
        {
            "event": E, "kind": "count", "role": "shooting locations", "verdict": "single-source",
            "why": "Two Lewiston locations.",
            "mentions": [("01", "two", 2)],
        },
        # --- the warrant and the manhunt ---
        {
            "event": E, "kind": "count", "role": "counts of murder in the warrant", "verdict": "agree",
            "why": "Arrest warrants for eight counts of murder (the victims identified so far).",
            "mentions": [
                ("01", "eight", 8),
                ("05", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "victims not yet identified", "verdict": "single-source",
            "why": "Ten victims remained unidentified (18 less the eight counts).",
            "mentions": [("05", "ten", 10)],
        },
        {
            "event": E, "kind": "count", "role": "officers in the manhunt", "verdict": "agree",
            "why": "'Hundreds' of officers / police searching (vague; guessed bounds).",
            "mentions": [
                ("01", "Hundreds", 200, {"low": 200, "high": 999}),
                ("02", "Hundreds", 200, {"low": 200, "high": 999}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "FBI agents in the manhunt", "verdict": "single-source",
            "why": "About 80 FBI agents.",
            "mentions": [("02", "about 80", 80)],
        },
        {
            "event": E, "kind": "count", "role": "communities where hunting was banned", "verdict": "single-source",
            "why": "Hunting prohibited in four communities from Saturday.",
            "mentions": [("06", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "age:Robert Card", "verdict": "agree",
            "why": "Card, 40 (every outlet; a look-alike of the victim Peyton Brewer-Ross, 40).",
            "mentions": [
                ("01", "40", 40, {"note": "years"}),
                ("02", "40-year-old", 40, {"ctx": "locate 40-year-old Robert Card,", "note": "years"}),
                ("02", "40-year-old", 40, {"ctx": "locate 40-year-old Robert R. Card", "note": "years"}),
                ("03", "40", 40, {"note": "years"}),
                ("04", "40-year-old", 40, {"note": "years"}),
                ("05", "40-year-old", 40, {"note": "years"}),
                ("06", "40-year-old", 40, {"note": "years"}),
            ],
        },
        # --- distances ---
        {
            "event": E, "kind": "measure", "role": "distance between the bowling alley and the bar", "verdict": "agree",
            "why": "About four miles apart.",
            "mentions": [
                ("01", "about four miles", round(4 * MILE, 1), {"note": "four miles"}),
                ("04", "about four miles", round(4 * MILE, 1), {"note": "four miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance of Card's car in Lisbon from Lewiston", "verdict": "conflict",
            "why": "The car found in Lisbon '8 miles southeast of Lewiston' (The Washington Times' text) against 'some 7 miles southeast of Lewiston' (Sauschuck, via CBS): one distance, two figures.",
            "mentions": [
                ("03", "8 miles", round(8 * MILE, 1), {"note": "8 miles"}),
                ("06", "some 7 miles", round(7 * MILE, 1), {"note": "7 miles"}),
            ],
        },
        # --- dates and times ---
        {
            "event": E, "kind": "date", "role": "date-of:the shootings", "verdict": "conflict",
            "why": "Wednesday 25 October (every outlet) against Florida Media Now's 'a shooting rampage unfolded on Thursday' (the day of the manhunt and of the governor's address).",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "early Wednesday night"}),
                ("02", "Wednesday", WED, {"ctx": "Maine, on Wednesday"}),
                ("03", "Wednesday", WED, {"ctx": "rampage Wednesday evening"}),
                ("04", "Wednesday", WED, {"ctx": "7 p.m. Wednesday"}),
                ("04", "Wednesday", WED, {"ctx": "Wednesday’s violence"}),
                ("05", "Thursday", THU),
                ("06", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the first shots / first call", "verdict": "agree",
            "why": "The first 911 call 'minutes before 7 p.m.', the shootings began 'shortly before 7 p.m.', Card opened fire 'just before 7 p.m.': one time.",
            "mentions": [
                ("01", "minutes before 7 p.m.", "2023-10-25T19:00", {"note": "before"}),
                ("02", "shortly before 7 p.m.", "2023-10-25T19:00", {"note": "before"}),
                ("04", "just before 7 p.m.", "2023-10-25T19:00", {"note": "before"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the 911 calls from the bar", "verdict": "single-source",
            "why": "At 7:08 p.m. (the Post).",
            "mentions": [("04", "7:08 p.m.", "2023-10-25T19:08")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time between the two sites' 911 calls", "verdict": "single-source",
            "why": "'Twelve minutes later' (CrimeOnline; with the Post's 'just before 7' and 7:08, fewer than twelve: not encoded as a conflict, the first call's minute is not given).",
            "mentions": [("01", "Twelve minutes", 12, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:state police's 'multiple locations' statement", "verdict": "single-source",
            "why": "Shortly after 8 p.m.",
            "mentions": [("02", "shortly after 8 p.m.", "2023-10-25T20:00", {"note": "after"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Card named a person of interest", "verdict": "agree",
            "why": "Late Wednesday night (the Lewiston police's Facebook post).",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "late Wednesday night, is"}),
                ("02", "Wednesday", WED, {"ctx": "late Wednesday night. He"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Card's car found", "verdict": "agree",
            "why": "Found (late) Wednesday night in Lisbon.",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "found late Wednesday night"}),
                ("03", "Wednesday", WED, {"ctx": "Lisbon on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the manhunt's first day", "verdict": "agree",
            "why": "The manhunt on Thursday 26 October (Card still at large Thursday night).",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "manhunt continued Thursday"}),
                ("03", "Thursday", THU, {"ctx": "manhunt Thursday"}),
                ("03", "Thursday", THU, {"ctx": "large Thursday night"}),
                ("04", "Thursday", THU, {"ctx": "manhunt Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the officials' Thursday briefing", "verdict": "agree",
            "why": "The news conference of Thursday (Sauschuck; the governor; the toll by site).",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "news conference Thursday"}),
                ("03", "Thursday", THU, {"ctx": "a Thursday press"}),
                ("04", "Thursday", THU, {"ctx": "authorities said Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the search of the Bowdoin home", "verdict": "agree",
            "why": "Police surrounded the family home near Bowdoin on Thursday night / evening.",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "from, Thursday night"}),
                ("03", "Thursday", THU, {"ctx": "times Thursday evening"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the note found at Card's home", "verdict": "single-source",
            "why": "Found while searching the property Thursday.",
            "mentions": [("03", "Thursday", THU, {"ctx": "property Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the shelter order narrowed", "verdict": "single-source",
            "why": "By Thursday morning.",
            "mentions": [("01", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the manhunt's second day", "verdict": "single-source",
            "why": "The manhunt, the river search and the victims' identification on Friday 27 October.",
            "mentions": [
                ("06", "Friday", FRI, {"ctx": "manhunt continued Friday"}),
                ("06", "Friday", FRI, {"ctx": "the area Friday"}),
                ("06", "Friday", FRI, {"ctx": "search continued Friday"}),
                ("06", "Friday", FRI, {"ctx": "Sauschuck said Friday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the hunting ban's start", "verdict": "single-source",
            "why": "Starting Saturday 28 October.",
            "mentions": [("06", "Saturday", "2023-10-28")],
        },
        # --- the victims' ages ---
        {
            "event": E, "kind": "count", "role": "age:the youngest victim (Aaron Young)", "verdict": "agree",
            "why": "The range's 14 and Aaron Young, 14.",
            "mentions": [
                ("06", "14", 14, {"ctx": "from 14 to", "note": "years"}),
                ("06", "14", 14, {"ctx": "Aaron Young, 14", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the oldest victim (Robert Violette)", "verdict": "agree",
            "why": "The range's 76 and Robert Violette, 76.",
            "mentions": [
                ("06", "76", 76, {"ctx": "to 76 and", "note": "years"}),
                ("06", "76", 76, {"ctx": "Robert Violette, 76", "note": "years"}),
            ],
        },
        *AGE_CLUSTERS,
        # --- background ---
        {
            "event": TALLY, "kind": "count", "role": "shootings that killed more", "verdict": "single-source",
            "why": "'Only nine other shootings have killed more victims since the 1960s'.",
            "mentions": [("04", "nine", 9)],
        },
        {
            "event": TALLY, "kind": "date", "role": "date-of:the start of the tally", "verdict": "single-source",
            "why": "Since the 1960s.",
            "mentions": [("04", "1960s", "196x")],
        },
    ],
}
