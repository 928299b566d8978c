# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the men's 100 m final of the Paris Olympics, Stade de France, Sunday 4 August 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Times and margins are durations in seconds (as the marathon times of `kiptum-marathon-record-2023`); a time to the
thousandth (9.784) and its official rounding (9.79) are one time, `compatible`; distances in metres; speeds in miles per
hour as written (note); finishing places are counts (an ordinal, note), as ordinals in `chandrayaan-3-landing-2023`; ages
as counts. Sunday = 4 August 2024. The New York Times' results table (04) gives each finisher's place, time, average
and top speed: each is a mention.
Left out: a time shared by Lyles and Thompson in one span ("both clocked 9.79 seconds", "who both crossed the line in
9.79sec", "identical times of 9.79": one span for two facts, as numbers shared by several parties in
`pakistan-election-2024`); the races' names ("100 metres", "100m", "100-meter", "200m", "the fastest man over 100 metres
this year", "Paris 2024"); "By August 04, 2024" (the page's date line); "the world record for a fourth-placed finish ...
for eighth" (ordinals naming places, no runner's place); "that 83" (an elliptic time of an earlier round); "one of the
closest", "that one" (no count).
"""

E = "e1"
GATLIN = "e2"
BOLT = "e3"
WORLDS22 = "e4"
WORLDS23 = "e5"
SUN = "2024-08-04"
S = "seconds"
MPH = "miles per hour"

# The New York Times' table (04): place, name, time, average speed, top speed.
TABLE = [
    ("1", "Noah Lyles", "9.79", "25.73", "27.84"),
    ("2", "Kishane Thompson", "9.79", "25.62", "27.51"),
    ("3", "Fred Kerley", "9.81", "25.52", "27.77"),
    ("4", "Akani Simbine", "9.82", "25.45", "27.30"),
    ("5", "Lamont Marcell Jacobs", "9.85", "25.40", "27.41"),
    ("6", "Letsile Tebogo", "9.86", "25.46", "27.92"),
    ("7", "Kenneth Bednarek", "9.88", "25.24", "27.28"),
    ("8", "Oblique Seville", "9.91", "25.05", "27.33"),
]


def _row(name: str) -> tuple[str, str, str, str, str]:
    return next(r for r in TABLE if r[1] == name)


def _table_time(name: str) -> tuple:
    place, _, time, _, _ = _row(name)
    return ("04", f"{time}s", float(time), {"ctx": f"{place} {name} | {time}s", "note": S})


def _table_place(name: str, word_mentions: list) -> dict:
    place = _row(name)[0]
    mentions = [("04", place, int(place), {"ctx": f"{place} {name}", "note": "an ordinal (the table's place)"}), *word_mentions]
    docs = {m[0] for m in mentions}
    return {
        "event": E, "kind": "count", "role": f"{name}'s finishing place", "verdict": "agree" if len(docs) > 1 else "single-source",
        "why": f"{name} finished {['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'][int(place) - 1]}.",
        "mentions": mentions,
    }


def _speeds(name: str) -> list[dict]:
    _, _, _, avg, top = _row(name)
    extra = [("04", "25.7 m.p.h.", 25.7, {"note": MPH})] if name == "Noah Lyles" else []
    return [
        {
            "event": E, "kind": "measure", "role": f"{name}'s average speed", "verdict": "single-source",
            "why": f"The table's average speed, {avg} mph" + (" ('Lyles's average speed of 25.7 m.p.h.' in the text)." if extra else "."),
            "mentions": [("04", f"{avg}mph", float(avg), {"note": MPH}), *extra],
        },
        {
            "event": E, "kind": "measure", "role": f"{name}'s top speed", "verdict": "single-source",
            "why": f"The table's top speed, {top} mph.",
            "mentions": [("04", f"{top}mph", float(top), {"note": MPH})],
        },
    ]


SPEC = {
    "description": (
        "The men's 100 m final of the Paris Olympics, Stade de France, Sunday 4 August 2024 (six outlets, 4-5 August "
        "2024): Noah Lyles 9.79 / 9.784 (`compatible`) ahead of Kishane Thompson 9.79 / 9.789 (`compatible`) by five "
        "thousandths of a second (`agree`); Fred Kerley 9.81 (`agree`), Akani Simbine 9.82 and fourth, Marcell Jacobs 9.85 "
        "and fifth, Letsile Tebogo 9.86, Kenny Bednarek 9.88, Oblique Seville 9.91 (`agree`); the New York Times' table of "
        "places, times and speeds; Thompson leading after 65 metres / looking set at about the 85m mark, Lyles last after 15 "
        "metres / in last place with 30 metres to go (separate facts); a 75,000 crowd. Background: Justin Gatlin's win of "
        "2004 (`agree`), Usain Bolt's of 2016, the 2022 and 2023 world championships."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the final 'on Sunday night' as news: 5 August 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page (a copy of The Guardian's report of the night): 5 August 2024 (a guess within a day)"},
        "03": {"published_how": "the page's 'By August 04, 2024'"},
        "04": {"published_how": "inferred: the URL's 2024 and the race as news (a copy of The New York Times' graphic): 5 August 2024 (a guess within a day or two)"},
        "05": {"published_how": "the corpus's date line 2024-08-04 (removed)"},
        "06": {"published_how": "inferred: no date on the stored page; the final as news: 5 August 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the men's 100 m final of the Paris Olympics, Stade de France, 4 August 2024", "main": True},
        {"id": GATLIN, "label": "Justin Gatlin's Olympic 100 m win, Athens 2004 (background)", "main": False},
        {"id": BOLT, "label": "Usain Bolt's Olympic 100 m win, 2016 (background)", "main": False},
        {"id": WORLDS22, "label": "the 2022 World Championships: Lyles's 200 m title, Kerley's 100 m title (background)", "main": False},
        {"id": WORLDS23, "label": "the 2023 World Championships in Budapest: Lyles's three gold medals (background)", "main": False},
    ],
    "clusters": [
        # --- the medallists' times ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Lyles's winning time", "verdict": "compatible",
            "why": "9.784 seconds to the thousandth (the photo finish), 9.79 officially: one time at two precisions.",
            "mentions": [
                ("01", "9.784", 9.784, {"note": S}),
                ("03", "9.784", 9.784, {"note": S}),
                ("04", "9.784 seconds", 9.784, {"note": S}),
                _table_time("Noah Lyles"),
                ("05", "9.79sec", 9.79, {"note": S}),
                ("06", "9.79 seconds", 9.79, {"note": S}),
                ("06", "9.784 seconds", 9.784, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Thompson's time", "verdict": "compatible",
            "why": "9.789 seconds to the thousandth, 9.79 officially: one time at two precisions.",
            "mentions": [
                ("01", "9.789", 9.789, {"note": S}),
                ("03", "9.789", 9.789, {"note": S}),
                ("04", "9.789", 9.789, {"note": S}),
                _table_time("Kishane Thompson"),
                ("06", "9.79", 9.79, {"ctx": "also recorded 9.79", "note": S}),
                ("06", "9.789", 9.789, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Lyles's winning margin over Thompson", "verdict": "agree",
            "why": "Five thousandths of a second (9.784 against 9.789).",
            "mentions": [
                ("02", "five thousandths of a second", 0.005, {"note": S}),
                ("03", "five thousandths of a second", 0.005, {"note": S}),
                ("05", "five-thousandths of a second", 0.005, {"note": S}),
                ("06", "five thousandths of a second", 0.005, {"note": S}),
                ("06", "five-thousandths", 0.005, {"ctx": "just five-thousandths slower", "note": S}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Kerley's time", "verdict": "agree",
            "why": "9.81 seconds.",
            "mentions": [
                ("01", "9.81 seconds", 9.81, {"note": S}),
                ("02", "9.81sec", 9.81, {"note": S}),
                ("03", "9.81", 9.81, {"note": S}),
                _table_time("Fred Kerley"),
                ("05", "9.81sec", 9.81, {"note": S}),
                ("06", "9.81 seconds", 9.81, {"note": S}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Kerley's margin over Simbine", "verdict": "single-source",
            "why": "'just one-hundredth ahead of South African Akani Simbine' (9.81 against 9.82).",
            "mentions": [("05", "one-hundredth", 0.01, {"note": S})],
        },
        # --- the rest of the field ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Simbine's time", "verdict": "agree",
            "why": "9.82 seconds.",
            "mentions": [("03", "9.82", 9.82, {"note": S}), _table_time("Akani Simbine"), ("05", "9.82sec", 9.82, {"note": S})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Jacobs's time", "verdict": "agree",
            "why": "9.85 seconds.",
            "mentions": [("03", "9.85", 9.85, {"note": S}), _table_time("Lamont Marcell Jacobs"), ("05", "9.85sec", 9.85, {"note": S})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Tebogo's time", "verdict": "agree",
            "why": "9.86 seconds.",
            "mentions": [("03", "9.86", 9.86, {"note": S}), _table_time("Letsile Tebogo"), ("05", "9.86sec", 9.86, {"note": S})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Bednarek's time", "verdict": "agree",
            "why": "9.88 seconds.",
            "mentions": [("03", "9.88", 9.88, {"note": S}), _table_time("Kenneth Bednarek"), ("05", "9.88sec", 9.88, {"note": S})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Seville's time", "verdict": "agree",
            "why": "9.91 seconds.",
            "mentions": [("03", "9.91", 9.91, {"note": S}), _table_time("Oblique Seville"), ("05", "9.91sec", 9.91, {"note": S})],
        },
        _table_place("Noah Lyles", []),
        _table_place("Kishane Thompson", []),
        _table_place("Fred Kerley", []),
        _table_place("Akani Simbine", [("02", "fourth", 4, {"note": "an ordinal"}), ("03", "fourth", 4, {"note": "an ordinal"})]),
        _table_place("Lamont Marcell Jacobs", [("03", "fifth", 5, {"note": "an ordinal"}), ("05", "fifth", 5, {"note": "an ordinal"})]),
        _table_place("Letsile Tebogo", [("05", "sixth", 6, {"note": "an ordinal"})]),
        _table_place("Kenneth Bednarek", [("05", "seventh", 7, {"note": "an ordinal"})]),
        _table_place("Oblique Seville", [("05", "eighth", 8, {"note": "an ordinal"})]),
        *[c for name in [r[1] for r in TABLE] for c in _speeds(name)],
        # --- the race ---
        {
            "event": E, "kind": "date", "role": "date-of:the final", "verdict": "agree",
            "why": "Sunday 4 August 2024 ('on Sunday night', 'on Sunday').",
            "mentions": [
                ("01", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("05", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance at which Thompson led the field", "verdict": "single-source",
            "why": "'got off to a fast start and led the field after 65 metres'.",
            "mentions": [("01", "65 metres", 65, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance at which Thompson looked set to win", "verdict": "single-source",
            "why": "'looked set to claim his maiden Olympic gold medal at about the 85m mark' (another point of the race than the lead after 65 metres).",
            "mentions": [("03", "85m", 85, {"note": "metres; 'at about the 85m mark'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance over which Thompson faded", "verdict": "single-source",
            "why": "'could not produce his usual burst of speed over the last 30 metres'.",
            "mentions": [("01", "30 metres", 30, {"note": "metres; 'the last 30 metres'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance at which Lyles was last (from the start)", "verdict": "single-source",
            "why": "'Lyles had been last after 15 metres'.",
            "mentions": [("02", "15 metres", 15, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance to go when Lyles was last", "verdict": "single-source",
            "why": "'in last place with 30 metres to go' (at 70 m: another point than 'last after 15 metres').",
            "mentions": [("06", "30 metres", 30, {"note": "metres; 'with 30 metres to go'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance Lyles ran head down", "verdict": "single-source",
            "why": "'Head tucked down through to the 40-metre mark'.",
            "mentions": [("05", "40-metre", 40, {"note": "metres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Lyles's decisive closing phase", "verdict": "single-source",
            "why": "'His closing speed over the final three seconds'.",
            "mentions": [("04", "three seconds", 3, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "Lyles's lane", "verdict": "single-source",
            "why": "'Starting in lane seven'.",
            "mentions": [("05", "seven", 7, {"ctx": "lane seven"})],
        },
        {
            "event": E, "kind": "count", "role": "sprinters shown 'PHOTO'", "verdict": "single-source",
            "why": "'seven of the eight sprinters saw “PHOTO” next to their name'.",
            "mentions": [("04", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "finalists", "verdict": "single-source",
            "why": "'seven of the eight sprinters'.",
            "mentions": [("04", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "finalists not under 9.88 seconds", "verdict": "single-source",
            "why": "'only one of the competitors failed to run in sub 9.88 seconds' (as written; the results give two at 9.88 or slower, Bednarek 9.88 and Seville 9.91).",
            "mentions": [("06", "one", 1, {"ctx": "only one of the competitors"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the threshold 'sub 9.88'", "verdict": "single-source",
            "why": "'failed to run in sub 9.88 seconds'.",
            "mentions": [("06", "9.88 seconds", 9.88, {"note": S})],
        },
        {
            "event": E, "kind": "count", "role": "Thompson's age", "verdict": "single-source",
            "why": "'the burly 23-year-old Thompson'.",
            "mentions": [("01", "23-year-old", 23)],
        },
        {
            "event": E, "kind": "count", "role": "spectators at the Stade de France", "verdict": "single-source",
            "why": "'introduced to the 75,000 crowd at the Stade de France'.",
            "mentions": [("02", "75,000", 75_000)],
        },
        # --- background ---
        {
            "event": GATLIN, "kind": "date", "role": "date-of:Gatlin's Olympic 100 m win", "verdict": "agree",
            "why": "'since Justin Gatlin at the 2004 Olympics in Athens' / 'won in the 2004 Athens Games'.",
            "mentions": [
                ("01", "2004", "2004"),
                ("05", "2004", "2004"),
            ],
        },
        {
            "event": BOLT, "kind": "date", "role": "date-of:Bolt's last Olympic 100 m win", "verdict": "single-source",
            "why": "'since Usain Bolt in 2016'.",
            "mentions": [("01", "2016", "2016")],
        },
        {
            "event": WORLDS22, "kind": "date", "role": "date-of:Lyles's world 200 m title", "verdict": "single-source",
            "why": "'When Lyles won the world 200m title in 2022'.",
            "mentions": [("02", "2022", "2022")],
        },
        {
            "event": WORLDS22, "kind": "date", "role": "date-of:Kerley's world 100 m title", "verdict": "single-source",
            "why": "'Fred Kerley, the 2022 World champion' (another race of those championships than Lyles's 200 m).",
            "mentions": [("03", "2022", "2022")],
        },
        {
            "event": WORLDS23, "kind": "count", "role": "Lyles's gold medals at the 2023 world championships", "verdict": "single-source",
            "why": "'he won three gold medals at the 2023 world championships in Budapest'.",
            "mentions": [("02", "three", 3)],
        },
        {
            "event": WORLDS23, "kind": "date", "role": "date-of:the Budapest world championships", "verdict": "single-source",
            "why": "'the 2023 world championships in Budapest'.",
            "mentions": [("02", "2023", "2023")],
        },
    ],
}
