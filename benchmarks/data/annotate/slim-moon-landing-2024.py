# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the landing of Japan's SLIM lander on the Moon, 20 January 2024 (Japan time) (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Times of day as ISO times in Japan time (JST, +09:00; EST and GMT converted, the note says which was written); dates as ISO
strings (the touchdown was on Saturday 20 January in Japan, on Friday 19 January in GMT and in US time: the note says which);
distances in metres (note), durations with their unit in note. Thursday = 25 January 2024 (JAXA's accuracy announcement).
Left out: "a few hours" (01, twice), "several hours" (03) and "a few more hours" (the battery's expected life: vague), "in
the coming weeks", "one of several new lunar missions", "one day" (06), "H2A" (a rocket's name), "the main mission",
"early-hours" / "early morning" (no figure).
"""

E = "e1"
APOLLO = "e2"
LANDING = "2024-01-20T00:20+09:00"
SAT = "2024-01-20"
FRI = "2024-01-19"
THU = "2024-01-25"
SPEC = {
    "description": (
        "The touchdown of Japan's SLIM ('Moon Sniper') lander on the Moon, as six outlets reported it on 19-25 January 2024: "
        "at 12:20 a.m. Japan time on Saturday 20 January (10:20 a.m. EST / 1520 GMT on Friday 19 January), against the "
        "Yomiuri's '12:30 AM' (`conflict`); the date Saturday / Jan. 20 in Japan and Friday / Jan. 19 in GMT and US time "
        "(`compatible`); Japan the fifth country to land (`agree`), after four others; a 20-minute descent; switched off at "
        "2:57 a.m. JST, 'nearly three hours after touchdown', with 12 percent power left; about 55 m (180 feet) from its target "
        "(`compatible`), the aim being within 100 m (330 feet); accuracy before the avoidance manoeuvre 10 m or less (3-4 m) "
        "at about 50 m altitude; earlier landing zones about 10 km (six miles); launched last September, in lunar orbit on "
        "December 25. Background: the first human Moon landing '50 years' before."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it reports Friday's landing (US time) as news: 19 January 2024 (a guess within a day)"},
        "02": {"published_how": "the corpus's date line 2024-01-19 and the page's own date line 2024-01-19 (both removed)"},
        "03": {"published_how": "the corpus's date line 2024-01-20 (removed)"},
        "04": {"published_how": "the page's time stamp 'Monday, 22/01/2024, 05:25 (UTC)' (removed)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; it reports JAXA's Thursday (25 January) announcement as news: 25 January 2024 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2024-01-25 (removed)"},
    },
    "events": [
        {"id": E, "label": "the landing of Japan's SLIM lander on the Moon, 20 January 2024 (Japan time)", "main": True},
        {"id": APOLLO, "label": "the first human Moon landing, 1969 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "time-of:the touchdown", "verdict": "conflict",
            "why": "12:20 a.m. Japan time (JAXA's '0:20 am JST'; '10:20 a.m. EST'; '1520 GMT Friday') everywhere but the Yomiuri's 'landed on the moon at 12:30 AM' (Goemon): ten minutes apart for one instant.",
            "mentions": [
                ("01", "10:20 a.m. EST", LANDING, {"note": "written in EST"}),
                ("01", "12:20 a.m.", LANDING),
                ("02", "about 12:20 am.", LANDING, {"note": "about"}),
                ("02", "1520 GMT", LANDING, {"note": "written in GMT"}),
                ("04", "12:30 AM", "2024-01-20T00:30+09:00"),
                ("05", "0:20 am JST", LANDING),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the touchdown", "verdict": "compatible",
            "why": "Saturday 20 January in Japan ('Saturday, Jan. 20 in Japan', 'early Saturday', 'January 20, 2024', 'the 20th ... the same day'), Friday 19 January in US time and GMT ('on Friday (Jan. 19)', '1520 GMT Friday'): one instant in two time zones.",
            "mentions": [
                ("01", "Friday", FRI, {"ctx": "on Friday (Jan. 19)", "note": "US Eastern time"}),
                ("01", "Jan. 19", FRI, {"note": "US Eastern time"}),
                ("01", "Saturday", SAT),
                ("01", "Jan. 20", SAT),
                ("02", "Saturday", SAT, {"ctx": "lunar surface early Saturday"}),
                ("02", "Saturday", SAT, {"ctx": "Tokyo time on Saturday"}),
                ("02", "Friday", FRI, {"note": "GMT"}),
                ("03", "Saturday", SAT),
                ("04", "20th", SAT, {"note": "'in the early morning of the 20th ... landed on the moon at 12:30 AM on the same day'"}),
                ("05", "January 20, 2024", SAT),
                ("05", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rank:Japan among the countries to land on the Moon", "verdict": "agree",
            "why": "The fifth country / nation.",
            "mentions": [
                ("01", "fifth", 5),
                ("02", "fifth", 5, {"ctx": "Japan became the fifth country to reach the moon after"}),
                ("02", "fifth", 5, {"ctx": "Japan became the fifth country in history"}),
                ("03", "fifth", 5, {"ctx": "became the fifth nation"}),
                ("03", "fifth", 5, {"ctx": "historic fifth country"}),
                ("04", "fifth", 5, {"ctx": "history as fifth country"}),
                ("04", "fifth", 5, {"ctx": "Japan the fifth country"}),
                ("05", "fifth", 5),
                ("06", "fifth", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "other countries that had landed on the Moon", "verdict": "single-source",
            "why": "'only four other countries having made it to the Moon' (a look-alike of the rank five).",
            "mentions": [("03", "four", 4)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the descent", "verdict": "single-source",
            "why": "'After a nail-biting 20-minute descent'.",
            "mentions": [("03", "20", 20, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first news conference", "verdict": "single-source",
            "why": "'mission officials said in a televised press conference on Friday' (US time; early Saturday in Japan).",
            "mentions": [("01", "Friday", FRI, {"ctx": "press conference on Friday", "note": "US Eastern time"})],
        },
        {
            "event": E, "kind": "duration", "role": "time from the touchdown to the news conference", "verdict": "single-source",
            "why": "'No further details were given until a news conference nearly two hours later'.",
            "mentions": [("02", "nearly two hours", 2, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the shutdown", "verdict": "single-source",
            "why": "'the spacecraft was shutdown with a command from the ground at 2:57 am JST'.",
            "mentions": [("05", "2:57 am JST", "2024-01-20T02:57+09:00")],
        },
        {
            "event": E, "kind": "duration", "role": "time from the touchdown to the shutdown", "verdict": "single-source",
            "why": "'Nearly three hours after touchdown, JAXA decided to switch SLIM off' (2 h 37 min by 05's times).",
            "mentions": [("06", "Nearly three hours", 3, {"note": "hours"})],
        },
        {
            "event": E, "kind": "percent", "role": "share:battery power left at the shutdown", "verdict": "single-source",
            "why": "'with 12 percent power remaining'.",
            "mentions": [("06", "12 percent", 12)],
        },
        {
            "event": E, "kind": "duration", "role": "time until a possible restart", "verdict": "single-source",
            "why": "'That could be in just a week'.",
            "mentions": [("06", "a week", 1, {"note": "weeks"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the touchdown from the target", "verdict": "compatible",
            "why": "'approximately 55m east of the original target landing site' / 'around 55 metres (180 feet)' / 'confirmed to be 55 metres away' (180 feet converts 55 m).",
            "mentions": [
                ("05", "approximately 55m", 55, {"note": "metres"}),
                ("06", "around 55 metres", 55, {"note": "metres"}),
                ("06", "180 feet", 54.9, {"note": "written in feet (the conversion of 55 m)"}),
                ("06", "55 metres", 55, {"ctx": "confirmed to be 55 metres", "note": "metres"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "the landing accuracy aimed at", "verdict": "single-source",
            "why": "'pinpoint landing within an accuracy of 100m' (JAXA) / 'a target of just 100 meters (330 feet)' (AP).",
            "mentions": [
                ("05", "100m", 100, {"note": "metres"}),
                ("05", "100 meters", 100, {"note": "metres"}),
                ("05", "330 feet", 100.6, {"note": "written in feet (the conversion of 100 m)"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "positional accuracy before the obstacle avoidance", "verdict": "single-source",
            "why": "'evaluated to be at approximately 10m or less, possibly about 3 – 4m' (one estimate written two ways).",
            "mentions": [
                ("05", "10m", 10, {"low": None, "high": 10, "note": "metres; 'approximately 10m or less'"}),
                ("05", "3 – 4m", 3.5, {"low": 3, "high": 4, "note": "metres; 'possibly about'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "altitude of the obstacle avoidance manoeuvre", "verdict": "single-source",
            "why": "'(at around a 50m altitude)' (a look-alike of the 55 m).",
            "mentions": [("05", "50m", 50, {"note": "metres; 'around'"})],
        },
        {
            "event": E, "kind": "measure", "role": "width of earlier probes' landing zones", "verdict": "single-source",
            "why": "'landing zones about 10 kilometers (six miles) wide'.",
            "mentions": [
                ("05", "about 10 kilometers", 10000, {"note": "metres"}),
                ("05", "six miles", 9656, {"note": "written in miles (the conversion of 10 km)"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:JAXA's announcement of the landing accuracy", "verdict": "single-source",
            "why": "'Japan's space agency said Thursday that its first lunar mission hit the tiny patch' (25 January).",
            "mentions": [("05", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the launch", "verdict": "single-source",
            "why": "'SLIM was launched by an H2A rocket last September' (2023).",
            "mentions": [("04", "September", "2023-09")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the entry into lunar orbit", "verdict": "single-source",
            "why": "'entered lunar orbit on December 25th of last year' (2023).",
            "mentions": [("04", "December 25th", "2023-12-25")],
        },
        {
            "event": APOLLO, "kind": "duration", "role": "time since the first human Moon landing", "verdict": "single-source",
            "why": "'50 years after the first human Moon landing' (Apollo 11, 1969).",
            "mentions": [("03", "50 years", 50, {"note": "years"})],
        },
    ],
}
