# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for SpaceX's first integrated flight test of Starship, Thursday 20 April 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Heights and distances in metres (feet and miles converted, written in `note`); durations in minutes (`note`); dates as ISO
strings, times of day with their offset (Central Daylight Time -05:00, EDT -04:00, IST +05:30). Thursday = 20 April 2023.
Left out: "two-stage" (a descriptor), "a million ways" (a quote's figure of speech), "Minutes after" / "minutes after"
(vague), "within a few months", "the first test flight" (ordinal).
"""

E = "e1"
STATIC = "e2"
ARTEMIS = "e3"
APOLLO = "e4"
THU = "2023-04-20"
SPEC = {
    "description": (
        "SpaceX's first integrated flight test of Starship and its Super Heavy booster from Starbase, Texas, on Thursday 20 "
        "April 2023, as six outlets reported it on 20-21 April: the launch day (`agree`); liftoff at 8:33 a.m. Central Time "
        "/ 9:33 a.m. EDT / 'a little after 8:28 a.m. CT' (6:58 p.m. IST) (`compatible`); the rocket 394 feet / 120 m / "
        "'nearly 400-foot' tall (`compatible`) with 33 engines (`agree`); stage separation planned 'three minutes' / 'about "
        "three minutes' / 'about two and a half minutes' after launch (`compatible`); the failure to separate 'less than four "
        "minutes' in / the spin 'just three minutes' after leaving the ground (`compatible`), the explosion about four minutes "
        "after liftoff; a 90-minute flight planned (`agree`); highest point 24.2 miles (39 km); nearly 17 million pounds of "
        "thrust; first set for April 17; in development since 2012; the 50-metre upper stage (a look-alike of the whole "
        "rocket's height). Background: the Super Heavy's 31-engine static fire, NASA's Artemis III in late 2025, the end of "
        "Apollo in 1972."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2023-04/21 and the date after the headline '2023-04-21' (removed from the text)"},
        "02": {"published_how": "the URL's 2023/04/20 and the corpus's date line 2023-04-20 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; 'its inaugural test flight on Thursday' (20 April 2023) as news: 21 April 2023 (a guess within a day)"},
        "04": {"published_how": "the URL's 2023/4/20"},
        "05": {"published_how": "the URL's 2023/04/20"},
        "06": {"published_how": "the corpus's date line 2023-04-20 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the first integrated flight test of SpaceX's Starship, 20 April 2023", "main": True},
        {"id": STATIC, "label": "the Super Heavy booster's full-duration static fire of 31 Raptor engines (background)", "main": False},
        {"id": ARTEMIS, "label": "NASA's Artemis III mission to the Moon (background)", "main": False},
        {"id": APOLLO, "label": "the end of the Apollo programme (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "date-of:the launch and explosion", "verdict": "agree",
            "why": "Thursday 20 April 2023.",
            "mentions": [
                ("01", "Thursday", THU),
                ("03", "Thursday", THU),
                ("04", "April 20, 2023", THU),
                ("05", "April 20, 2023", THU),
                ("06", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the liftoff", "verdict": "compatible",
            "why": "8:33 a.m. Central Time (China Daily) = 9:33 a.m. EDT (DOGOnews); Onmanorama's 'a little after 8:28 a.m. CT (6:58a-pm IST)' admits 8:33.",
            "mentions": [
                ("01", "8:33 am", "2023-04-20T08:33-05:00", {"note": "Central Time"}),
                ("02", "8:28 a.m.", "2023-04-20T08:28-05:00", {"note": "CT; 'a little after'"}),
                ("02", "6:58a-pm", "2023-04-20T18:58+05:30", {"note": "IST; 'a little after'"}),
                ("04", "9:33 a.m.", "2023-04-20T09:33-04:00", {"note": "EDT"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "height of the rocket (Starship on Super Heavy)", "verdict": "compatible",
            "why": "394 feet (120 m) in three outlets; AP's 'nearly 400-foot' (121.9 m) is consistent.",
            "mentions": [
                ("02", "394 feet", 120, {"note": "metres; written in feet (120.1 m)"}),
                ("02", "120 m", 120, {"note": "metres"}),
                ("04", "394-foot", 120, {"note": "metres; written in feet (120.1 m)"}),
                ("04", "120 meters", 120, {"note": "metres"}),
                ("05", "394 feet", 120, {"note": "metres; written in feet (120.1 m)"}),
                ("06", "nearly 400-foot", 121.9, {"low": None, "high": 121.9, "note": "metres; written in feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "height of the Starship upper stage", "verdict": "single-source",
            "why": "'a 50-metertall spacecraft ... that sits atop a first-stage Super Heavy booster' (the upper stage alone; a look-alike of the whole rocket's 120 m).",
            "mentions": [("01", "50-metertall", 50, {"note": "metres"})],
        },
        {
            "event": E, "kind": "count", "role": "engines of the Super Heavy booster", "verdict": "agree",
            "why": "'lifted off with 33 engines' / 'fired up its 33 engines'.",
            "mentions": [
                ("03", "33", 33),
                ("04", "33", 33, {"ctx": "its 33 engines"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the planned time from launch to stage separation", "verdict": "compatible",
            "why": "The booster was scheduled to separate 'three minutes into the uncrewed flight' / 'about three minutes after launch' (China Daily) / 'about two and a half minutes after takeoff' (Brainy Creatures): the same plan, rounded.",
            "mentions": [
                ("01", "three minutes", 3, {"ctx": "booster three minutes into", "note": "minutes"}),
                ("01", "about three minutes", 3, {"note": "minutes"}),
                ("03", "about two and a half minutes", 2.5, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from liftoff to the failed separation and tumble", "verdict": "compatible",
            "why": "'less than four minutes into the flight, the upper-stage Starship failed to separate' / 'just three minutes after leaving the ground, the massive rocket began to spin': consistent.",
            "mentions": [
                ("02", "less than four minutes", 4, {"low": None, "high": 4, "note": "minutes"}),
                ("04", "three minutes", 3, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from liftoff to the explosion", "verdict": "single-source",
            "why": "'The explosion occurred about four minutes after liftoff'.",
            "mentions": [("03", "about four minutes", 4, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the planned flight", "verdict": "agree",
            "why": "'a 90-minute debut flight' / 'a 90-minute trip around the Earth'.",
            "mentions": [
                ("02", "90-minute", 90, {"note": "minutes"}),
                ("04", "90-minute", 90, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the upper stage's planned burn", "verdict": "single-source",
            "why": "'using its own engines for over six minutes'.",
            "mentions": [("03", "over six minutes", 6, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "measure", "role": "highest altitude reached", "verdict": "single-source",
            "why": "'its highest point of 24.2 miles (39 kilometers)'.",
            "mentions": [
                ("03", "24.2 miles", 39_000, {"note": "metres; written in miles (38,946 m)"}),
                ("03", "39 kilometers", 39_000, {"note": "metres; written in km"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "thrust of the rocket", "verdict": "single-source",
            "why": "'nearly 17 million pounds of thrust'.",
            "mentions": [("05", "nearly 17 million", 17_000_000, {"note": "pounds of thrust"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first scheduled launch attempt", "verdict": "single-source",
            "why": "'initially scheduled for April 17, but was postponed because of a frozen booster valve' (17 April 2023; a look-alike of the launch date).",
            "mentions": [("05", "April 17", "2023-04-17")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of Starship's development", "verdict": "single-source",
            "why": "'have been in development since 2012'.",
            "mentions": [("04", "2012", "2012")],
        },
        {
            "event": STATIC, "kind": "count", "role": "engines fired in the booster's static fire", "verdict": "single-source",
            "why": "'a full-duration 31 Raptor engine test' (a look-alike of the 33 engines at launch).",
            "mentions": [("05", "31", 31)],
        },
        {
            "event": ARTEMIS, "kind": "date", "role": "date-of:NASA's Artemis III landing", "verdict": "single-source",
            "why": "'to ferry astronauts to the moon in late 2025 — a mission known as Artemis III'.",
            "mentions": [("01", "late 2025", "2025")],
        },
        {
            "event": APOLLO, "kind": "date", "role": "date-of:the end of the Apollo programme", "verdict": "single-source",
            "why": "'since the Apollo program ended in 1972'.",
            "mentions": [("01", "1972", "1972")],
        },
    ],
}
