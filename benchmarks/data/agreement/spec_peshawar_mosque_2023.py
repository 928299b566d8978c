# ruff: noqa: E501, E741  (hand-written annotation data: one event or mention per line reads best)
"""gold-d's blind second annotation of peshawar-mosque-2023 (see build.py)."""

META = {
    "story": "peshawar-mosque-2023",
    "source": "gathered",
    "description": (
        "the suicide bombing of the Police Lines mosque in Peshawar on Monday 30 January 2023 (toll rising "
        "from 17 to 100 over 30-31 January), with the March 2022 Koocha Risaldar mosque bombing as sibling "
        "event (article 08 and background lines), and smaller background attacks (second annotation, gold-d)"
    ),
}

_HOW = "sources.toml (publication date of the page)"
DOCUMENTS = [
    {"doc": d, "event_hint": h, "published": p, "published_how": _HOW}
    for d, h, p in [
        ("01_firstpost.txt", "e1", "2023-01-30"),
        ("02_islamtimes.txt", "e1", "2023-01-30"),
        ("03_axios.txt", "e1", "2023-01-30"),
        ("04_dailymail.txt", "e1", "2023-01-30"),
        ("05_i24news.txt", "e1", "2023-01-31"),
        ("06_pragativadi.txt", "e1", "2023-01-31"),
        ("07_opednews.txt", "e1", "2023-01-31"),
        ("08_dawn_2022.txt", "e2", "2022-03-05"),
    ]
]

EVENTS = [
    {"id": "e1", "label": "suicide bombing of the Police Lines mosque, Peshawar, 30 January 2023", "main": True},
    {"id": "e2", "label": "suicide bombing of the Koocha Risaldar Shia mosque, Peshawar, 4 March 2022", "main": False},
    {"id": "e3", "label": "the Pakistani Taliban's end of the ceasefire / talks, November 2022", "main": False},
    {"id": "e4", "label": "bomb blast near a police vehicle in Badaber, Peshawar, 22 January 2023", "main": False},
    {"id": "e5", "label": "attack on a police post in Dheri Zardad, Charsadda, 21 January 2023", "main": False},
    {"id": "e6", "label": "killing of TTP commander Umar Khalid Khurasani in Afghanistan, August 2022", "main": False},
]

F, I, A, D, P, G, O, W = (
    "01_firstpost.txt", "02_islamtimes.txt", "03_axios.txt", "04_dailymail.txt",
    "05_i24news.txt", "06_pragativadi.txt", "07_opednews.txt", "08_dawn_2022.txt",
)
MON = "2023-01-30"

CLUSTERS = [
    ("e1", "count", "deaths", "updated",
     "The toll rose as bodies were recovered: 17 and 19 early on Monday, 28, 34 and 59 later that day, "
     "83 and then 100 on Tuesday; every figure fits a rising count.",
     [
         (F, "At least 28", 28, {"low": 28, "as_of": MON}),
         (I, "at least 19", 19, {"low": 19, "as_of": MON}),
         (I, "19", 19, {"ctx": "We received 19 dead", "as_of": MON}),
         (A, "at least 34", 34, {"low": 34, "as_of": MON}),
         (D, "At least 28", 28, {"low": 28, "as_of": MON}),
         (D, "17", 17, {"ctx": "17 killed, atleast", "as_of": MON, "note": "an embedded tweet"}),
         (P, "83", 83, {"as_of": "2023-01-31"}),
         (G, "at least 100", 100, {"low": 100, "as_of": "2023-01-31"}),
         (G, "100", 100, {"ctx": "said that 100 bodies", "as_of": "2023-01-31"}),
         (O, "100", 100, {"ctx": "rose to 100 on Tuesday", "as_of": "2023-01-31"}),
         (O, "100", 100, {"ctx": "said that 100 dead bodies", "as_of": "2023-01-31"}),
         (O, "59", 59, {"as_of": MON}),
     ]),
    ("e1", "count", "injured", "updated",
     "The wounded count rose through Monday (50 and at least 80 in early tweets, over 90 at the hospital, "
     "150 later) and the police control room's 'more than two hundred' on Tuesday; no two figures were "
     "given at the same time by the same source.",
     [
         (F, "more than 150", 150, {"low": 150, "as_of": MON}),
         (F, "over 90", 90, {"low": 90, "as_of": MON, "note": "received by Lady Reading Hospital"}),
         (F, "50", 50, {"as_of": MON, "note": "an embedded tweet in Urdu"}),
         (I, "over 90", 90, {"low": 90, "as_of": MON, "note": "received by Lady Reading Hospital"}),
         (A, "150", 150, {"ctx": "wounded 150", "as_of": MON}),
         (D, "150", 150, {"ctx": "killed and 150 were", "as_of": MON}),
         (D, "atleast 80", 80, {"low": 80, "as_of": MON, "note": "an embedded tweet"}),
         (G, "more than two-hundred", 200, {"low": 200, "as_of": "2023-01-31"}),
         (O, "over 150", 150, {"low": 150, "as_of": MON}),
     ]),
    ("e1", "count", "injured-critical", "single-source",
     "Only Firstpost gives the number of wounded in a critical condition.",
     [(F, "13", 13)]),
    ("e1", "count", "injured-in-hospital", "single-source",
     "Injured still being treated on Tuesday, a subset of all injured.",
     [(G, "53", 53)]),
    ("e1", "count", "injured-icu", "single-source",
     "Injured admitted to intensive care, a subset of those in hospital.",
     [(G, "seven", 7)]),
    ("e1", "count", "worshippers", "conflict",
     "Police put the worshippers inside at some 260 while AP has 300 to 350 and i24 more than 300, "
     "estimates of the same moment that do not overlap.",
     [
         (I, "some 260", 260, {"low": 234, "high": 286}),
         (A, "Between 300 and 350", 325, {"low": 300, "high": 350}),
         (P, "More than 300", 300, {"low": 300}),
     ]),
    ("e1", "count", "police-present-in-area", "single-source",
     "Police officials present in the area (not worshippers in the mosque), given by one outlet.",
     [(D, "between 300 and 400", 350, {"low": 300, "high": 400})]),
    ("e1", "count", "hall-capacity", "single-source",
     "The capacity of the main hall, not the number present.",
     [(O, "250 to 300", 275, {"low": 250, "high": 300})]),
    ("e1", "date", "time-of:bombing", "conflict",
     "DawnNewsTV via Firstpost puts the blast at about 1:40 pm (Zuhr prayers) while the Daily Mail says "
     "about 8.30am; both cannot hold.",
     [
         (F, "around 1:40 pm", "13:40"),
         (D, "around 8.30am", "08:30"),
     ]),
    ("e1", "date", "date-of:bombing", "agree",
     "Every outlet dates the bombing to Monday, 30 January 2023.",
     [
         (F, "Monday", MON, {"ctx": "Khyber Pakhtunkhwa on Monday"}),
         (F, "Monday", MON, {"ctx": "1:40 pm on Monday"}),
         (I, "Monday", MON),
         (A, "Monday", MON, {"ctx": "Peshawar on Monday killed"}),
         (P, "Monday", MON, {"ctx": "explosives vest on Monday"}),
         (P, "Monday", MON, {"ctx": "the explosion on Monday"}),
         (G, "Monday", MON, {"ctx": "prayers on Monday"}),
         (O, "Monday", MON, {"ctx": "Police Lines area on Monday"}),
         (O, "Monday", MON, {"ctx": "On Monday, 59", "nth": 0}),
     ]),
    ("e1", "count", "police-buried", "single-source",
     "Slain police officers buried after the funeral prayer, one outlet.",
     [(P, "At least 20", 20, {"low": 20})]),
    ("e1", "count", "sub-inspectors-killed", "single-source",
     "Sub-inspectors among the dead, one outlet.",
     [(G, "five", 5)]),
    ("e1", "count", "age-of:bomber", "single-source",
     "The suspected bomber's age, one outlet.",
     [(G, "37-year-old", 37)]),
    ("e1", "count", "age-of:survivor-meena-gul", "single-source",
     "The survivor's age, one outlet.",
     [(D, "38-year-old", 38)]),
    ("e2", "count", "deaths", "updated",
     "Dawn reported at least 57 dead the day after the 2022 attack; a year later Reuters has 64 and AP "
     "'more than 55' - the toll rose after the first report, and 'more than 55' covers both.",
     [
         (W, "57", 57, {"ctx": "Koocha Risaldar claims 57 lives", "as_of": "2022-03-05"}),
         (W, "At least 57", 57, {"low": 57, "as_of": "2022-03-05"}),
         (I, "64", 64),
         (A, "more than 55", 55, {"low": 55}),
     ]),
    ("e2", "count", "injured", "compatible",
     "Dawn's 194 injured is 'nearly 200' as AP put it.",
     [
         (W, "194", 194),
         (A, "nearly 200", 200, {"low": 180, "high": 200}),
     ]),
    ("e2", "date", "date-of:bombing", "compatible",
     "Friday 4 March 2022 in Dawn; 'last March' in the 2023 reports.",
     [
         (W, "Friday", "2022-03-04", {"ctx": "old city neighbourhood on Friday"}),
         (I, "Last March", "2022-03"),
         (A, "last March", "2022-03"),
     ]),
    ("e2", "count", "injured-critical", "single-source", "Injured in critical condition in 2022.",
     [(W, "10", 10)]),
    ("e2", "count", "bodies-charred", "single-source", "Bodies charred beyond recognition in 2022.",
     [(W, "nine", 9)]),
    ("e2", "count", "worshippers", "single-source", "Worshippers present in 2022.",
     [(W, "nearly 150", 150, {"low": 135, "high": 150})]),
    ("e3", "date", "date-of:ceasefire-end", "agree",
     "Both place the end of the TTP ceasefire / talks in November 2022.",
     [
         (A, "November", "2022-11"),
         (O, "November", "2022-11"),
     ]),
    ("e4", "date", "date-of:badaber-blast", "single-source", "A background attack, one outlet.",
     [(O, "January 22", "2023-01-22")]),
    ("e5", "count", "deaths", "single-source", "A policeman killed in the Charsadda attack (background).",
     [(O, "a policeman", 1, {"ctx": "a policeman was killed"})]),
    ("e5", "count", "injured", "single-source", "Two injured in the Charsadda attack (background).",
     [(O, "two", 2, {"ctx": "two others were injured"})]),
    ("e6", "date", "date-of:khurasani-killing", "single-source", "Background, one outlet.",
     [(G, "August last", "2022-08")]),
]
