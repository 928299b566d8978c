# ruff: noqa: E501, E741  (hand-written annotation data: one event or mention per line reads best)
"""gold-d's blind second annotation of ECB+ topic 14 (see build.py)."""

META = {
    "story": "ecb-14",
    "source": "ecbplus",
    "topic": 14,
    "description": (
        "two events: the fire that destroyed the Waitrose store in Banstead, Surrey, on a Friday night "
        "(14_ecb) and the fire at the Waitrose store in Wellington, Somerset, on Sunday 21 July 2013, with "
        "the arson charge against Robert Pitman (14_ecbplus) (second annotation, gold-d)"
    ),
}

_DATED = {
    "14_1ecbplus": ("2013-07-21", "dateline '21 July 2013 Last updated at 11 : 11 GMT'"),
    "14_2ecbplus": ("2013-07-23", "dateline '23 July 2013 Last updated at 13 : 42 GMT'"),
    "14_3ecbplus": ("2013-07-22", "dateline '22 July 2013 Last updated at 17 : 50 GMT'"),
    "14_5ecbplus": ("2013-07-22", "dateline '9 : 53 AM , MON 22 JUL 2013'"),
    "14_6ecbplus": ("2013-07-22", "dateline '10 : 24 AM , MON 22 JUL 2013'"),
    "14_7ecbplus": ("2013-07-21", "dateline 'Sunday , July 21 , 2013'"),
    "14_8ecbplus": ("2013-07-22", "dateline '22 Jul 2013'"),
    "14_9ecbplus": ("2013-07-22", "dateline 'Monday , July 22 , 2013'"),
    "14_10ecbplus": ("2013-07-21", "dateline 'July 21 , 2013 , 2 : 21 pm BST'"),
    "14_11ecbplus": ("2013-07-21", "dateline 'Sunday , 21 July 2013'"),
}


def _doc(doc: str) -> dict[str, object]:
    half = "14_ecbplus" if doc.endswith("ecbplus") else "14_ecb"
    published, how = _DATED.get(doc, (None, None))
    entry: dict[str, object] = {"doc": doc, "event_hint": half, "published": published}
    if how:
        entry["published_how"] = how
    return entry


DOCUMENTS = [_doc(f"14_{n}ecb") for n in range(1, 11)] + [_doc(f"14_{n}ecbplus") for n in range(1, 12)]

EVENTS = [
    {"id": "e1", "label": "fire that destroyed the Waitrose store, High Street, Banstead, Surrey (a Friday night)",
     "main": True},
    {"id": "e2", "label": "fire at the Waitrose store, High Street, Wellington, Somerset, 21 July 2013, "
     "and the arson charge", "main": True},
    {"id": "e3", "label": "the Regulatory Reform (Fire Safety) Order 2005 (background)", "main": False},
]

SUN = "2013-07-21"


def b(n: int) -> str:
    return f"14_{n}ecb"


def w(n: int) -> str:
    return f"14_{n}ecbplus"


CLUSTERS = [
    ("e1", "count", "firefighters", "agree",
     "Every outlet that counts them has more than 50 firefighters.",
     [
         (b(1), "More than 50", 50, {"low": 50}),
         (b(2), "More than 50", 50, {"low": 50}),
         (b(3), "More than 50", 50, {"low": 50}),
         (b(4), "More than 50", 50, {"low": 50}),
         (b(9), "more than 50", 50, {"low": 50}),
         (b(10), "More than 50", 50, {"low": 50}),
     ]),
    ("e1", "count", "fire-engines", "compatible",
     "Ten fire engines, and 'around 10' pumps in the police statement.",
     [
         (b(2), "10", 10, {"ctx": "with 10 fire engines"}),
         (b(5), "Ten", 10),
         (b(5), "Around 10", 10, {"low": 8, "high": 12}),
     ]),
    ("e1", "count", "fire-tenders-remaining", "single-source",
     "Fire tenders staying at the scene afterwards, not the engines that fought the fire.",
     [(b(1), "two", 2, {"ctx": "two fire tenders"})]),
    ("e1", "count", "evacuated", "compatible",
     "Sixty residents evacuated, 'around 60', and 'dozens' - all overlap.",
     [
         (b(1), "Sixty", 60),
         (b(6), "Around 60", 60, {"low": 54, "high": 66}),
         (b(7), "Sixty", 60),
         (b(8), "Dozens", 24, {"low": 24}),
     ]),
    ("e1", "count", "injured", "agree",
     "No one was injured, say all who mention it.",
     [
         (b(1), "No-one", 0),
         (b(4), "no-one", 0),
         (b(5), "No one", 0),
         (b(7), "No-one", 0),
         (b(8), "nobody", 0),
         (b(9), "No-one", 0),
     ]),
    ("e1", "date", "time-of:fire", "compatible",
     "The fire broke out / was reported between about 8.40 and 9pm: 20:45, 'about 8.40pm', 8.49pm (the "
     "police alert), 'shortly before 9pm', 'around 9pm' are minutes apart and mostly approximate.",
     [
         (b(1), "about 2045 GMT", "20:45"),
         (b(2), "around 9pm", "21:00"),
         (b(4), "about 2045 GMT", "20:45"),
         (b(5), "before 9", "21:00", {"note": "began before 9"}),
         (b(5), "8.49pm", "20:49", {"note": "police alerted"}),
         (b(6), "about 8.40pm", "20:40"),
         (b(7), "shortly before 9pm", "21:00", {"note": "crews called"}),
         (b(8), "8.49pm", "20:49"),
         (b(9), "20:49 GMT", "20:49", {"note": "officers alerted"}),
     ]),
    ("e1", "date", "date-of:fire", "agree",
     "Friday (night), in every outlet that dates it.",
     [
         (b(1), "Friday", "Friday"),
         (b(2), "Friday", "Friday"),
         (b(6), "Friday", "Friday"),
         (b(7), "Friday", "Friday"),
         (b(8), "Friday", "Friday"),
         (b(9), "Friday", "Friday", {"ctx": "broke out on Friday night"}),
         (b(9), "Friday", "Friday", {"ctx": "20:49 GMT on Friday"}),
     ]),
    ("e1", "date", "time-of:roads-reopened", "agree",
     "Roads reopened at about 16:30 on Saturday in both.",
     [
         (b(1), "about 1630 GMT", "16:30"),
         (b(7), "4.30pm", "16:30"),
     ]),
    ("e1", "date", "time-of:residents-return", "single-source",
     "Residents began returning at 10am on Saturday.",
     [(b(8), "10am", "10:00")]),
    ("e1", "date", "date-of:units-leave-scene", "agree",
     "Fire and police units to stay until (at least) Monday.",
     [
         (b(1), "Monday", "Monday"),
         (b(7), "Monday", "Monday"),
     ]),
    ("e2", "date", "date-of:fire", "agree",
     "Sunday 21 July 2013 in every report.",
     [
         (w(1), "Sunday", SUN),
         (w(2), "Sunday", SUN),
         (w(3), "Sunday", SUN),
         (w(8), "July 21st", SUN),
         (w(9), "Sunday", SUN, {"ctx": "6am on Sunday"}),
         (w(10), "July 21", SUN, {"ctx": "( July 21 )"}),
         (w(11), "Sunday", SUN, {"ctx": "hours of Sunday"}),
     ]),
    ("e2", "date", "time-of:fire", "agree",
     "The fire service was called at (about) 06:00 in every report.",
     [
         (w(1), "06 : 00 BST", "06:00"),
         (w(2), "shortly after 06 : 00 BST", "06:00"),
         (w(3), "shortly after 06 : 00 BST", "06:00"),
         (w(4), "just after 6am", "06:00"),
         (w(7), "6am", "06:00"),
         (w(8), "approximately 06 : 00 BST", "06:00"),
         (w(9), "about 6am", "06:00"),
     ]),
    ("e2", "count", "engines-initial", "single-source", "Two engines sent first.",
     [(w(7), "Two", 2, {"ctx": "Two engines"})]),
    ("e2", "count", "engines-additional", "conflict",
     "The Gazette has six more engines called in on arrival, the FIA (citing ITV) a further four appliances.",
     [
         (w(7), "six", 6, {"ctx": "additional six engines"}),
         (w(8), "four", 4, {"ctx": "further four appliances"}),
     ]),
    ("e2", "count", "crews", "single-source", "Eight crews in all (2 + 6 in the Gazette).",
     [(w(11), "Eight", 8)]),
    ("e2", "count", "firefighters", "single-source", "Dozens of firefighters.",
     [(w(9), "Dozens", 24, {"low": 24})]),
    ("e2", "percent", "roof-collapsed", "agree",
     "Half of the (entrance) roof collapsed.",
     [
         (w(1), "Half", 50),
         (w(2), "Half", 50),
         (w(3), "Half", 50),
     ]),
    ("e2", "measure", "area-alight", "single-source", "The corner alight measured 50 m by 50 m.",
     [(w(7), "50m by 50m", 50, {"note": "metres, each side"})]),
    ("e2", "date", "time-of:fire-contained", "single-source", "Contained by 6.30am.",
     [(w(7), "6 . 30am", "06:30")]),
    ("e2", "date", "time-of:fire-largely-out", "single-source", "Largely out by about 09:30.",
     [(w(8), "about 09 : 30 BST", "09:30")]),
    ("e2", "count", "injured", "agree", "No one hurt.",
     [
         (w(1), "no - one", 0),
         (w(3), "No - one", 0),
         (w(8), "no one", 0),
     ]),
    ("e2", "count", "age-of:pitman", "agree", "Robert Pitman is 24 in every report.",
     [
         (w(2), "24", 24, {"ctx": "Pitman , 24"}),
         (w(3), "24", 24, {"ctx": "Pitman , 24"}),
         (w(9), "aged 24", 24),
     ]),
    ("e2", "date", "date-of:magistrates-appearance", "agree",
     "Pitman was due before Taunton Deane magistrates on Tuesday 23 July.",
     [
         (w(3), "Tuesday", "2013-07-23"),
         (w(9), "tomorrow", "2013-07-23"),
     ]),
    ("e2", "date", "date-of:crown-court-appearance", "single-source", "Remanded to appear on 19 August.",
     [(w(2), "19 August", "2013-08-19")]),
    ("e2", "duration", "duration-of:damage-assessment", "single-source",
     "A couple of days to assess the work needed.",
     [(w(5), "a couple of days", 2, {"note": "days"})]),
    ("e3", "date", "date-of:fire-safety-order", "single-source", "Background law, not the fire.",
     [(w(8), "2005", "2005")]),
    ("e3", "duration", "max-prison-term", "single-source", "Background penalty, not the case.",
     [(w(8), "up to two years", 2, {"high": 2, "note": "years"})]),
]
