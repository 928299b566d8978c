# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Ever Given's blockage of the Suez Canal, March 2021 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (US dollars; the pound conversion in `note`); lengths in metres (feet converted at 0.3048);
masses in tonnes (short tons converted at 0.907185); durations in days. Dates as ISO strings: Tuesday = 23 March 2021 (the
grounding), Thursday = 25 March, Friday = 26 March, Saturday = 27 March, Monday = 29 March (the refloating), Tuesday = 30
March, Saturday = 3 April 2021. Left out: 'one of the world's busiest', 'the length of four football pitches', 'two marine
and shipping sources', 'two sections of the canal', 'one second', 'dozens', 'weeks', 'weeks or months', 'early yesterday',
'over the weekend', 'earlier this week', 'day and night'.
"""

E = "e1"
CANAL = "e2"
CAPE = "e3"
TUE = "2021-03-23"
THU = "2021-03-25"
FRI = "2021-03-26"
MON = "2021-03-29"
TON = 0.907185
FT = 0.3048

SPEC = {
    "description": (
        "The container ship Ever Given, grounded across the Suez Canal on Tuesday 23 March 2021 and refloated on Monday 29 "
        "March, as six outlets reported it from 25 March to 3 April: ships waiting more than 160 / at least 185 (25 March) -> "
        "more than 200 (26 March) -> at least 369 / 422 / more than 400 (29 March) (`updated`); goods held up $9.6 billion a day "
        "(£7 billion) (`compatible`), $400 million an hour (`agree`), westbound about $5.1 billion and eastbound nearly $4.5 "
        "billion a day (`agree`); the ship 400 m long against The Week's '430-foot' (`conflict`), 224,000 tons / 200,000 "
        "tonnes (`compatible`); bulk carriers waiting approximately 40 / 41 (`compatible`), crude tankers 17 against 24 "
        "(`conflict`); the canal blocked for almost / nearly a week (`agree`); the backlog cleared in 2 1/2 to three days / "
        "more than three days (`compatible`). Look-alikes: another 17 chemical or products tankers, 10 tankers carrying 13 "
        "million barrels, 113 ships expected by Tuesday beside more than 100 a day, the planned refloating on Saturday 27 "
        "March beside the backlog cleared on Saturday 3 April. Background: the canal's 12% of global trade; the detour around "
        "the Cape of Good Hope (about 3,500 miles, up to 12 days)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2021-03-25 and the page's date line 'March 25, 2021' (both removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; a copy of the BBC's report of the Lloyd's List estimate, before the refloating (more than 160 vessels waiting): 25 March 2021 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; blocked 'since Tuesday', the owners hoping to refloat it 'on Saturday', more than 200 ships: 26 March 2021 (a guess within a day)"},
        "04": {"published_how": "the corpus's date line 2021-03-30 (removed from the text); refloated 'early yesterday'"},
        "05": {"published_how": "the page's URL (daily business briefing, March 30, 2021)"},
        "06": {"published_how": "the corpus's date line 2021-04-03 (removed from the text); the SCA 'said Saturday' (3 April 2021)"},
    },
    "events": [
        {"id": E, "label": "the Ever Given's grounding across the Suez Canal, 23-29 March 2021", "main": True},
        {"id": CANAL, "label": "the Suez Canal's share of world trade (background)", "main": False},
        {"id": CAPE, "label": "ships diverted around the Cape of Good Hope (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "ships waiting to transit the canal", "verdict": "updated",
            "why": "The queue as it grew: more than 160 (Lloyd's List) / at least 185 (Bloomberg) on 25 March, more than 200 on 26 March, at least 369 (the SCA chairman, 29 March), 422 (Rabie, later on Monday 29 March) / more than 400 when the ship was refloated.",
            "mentions": [
                ("02", "more than 160", 160, {"as_of": THU}),
                ("01", "at least 185", 185, {"as_of": THU}),
                ("03", "more than 200", 200, {"as_of": FRI}),
                ("04", "At least 369", 369, {"as_of": MON}),
                ("05", "422", 422, {"as_of": MON}),
                ("06", "more than 400", 400, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "goods held up each day", "verdict": "compatible",
            "why": "Lloyd's List's estimate, $9.6 billion a day, in four places; the BBC copy's '(£7bn)' is the same sum converted (a conversion stays in its amount's cluster).",
            "mentions": [
                ("01", "$9.6 billion", 9_600_000_000),
                ("02", "$9.6bn", 9_600_000_000, {"ctx": "holding up $9.6bn"}),
                ("02", "an estimated $9.6bn", 9_600_000_000),
                ("02", "£7bn", 7_000_000_000, {"note": "pounds; the dollar sum converted"}),
                ("03", "an estimated $9,6bn", 9_600_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "goods held up each hour", "verdict": "agree",
            "why": "'$400m an hour' (twice).",
            "mentions": [
                ("02", "$400m", 400_000_000),
                ("03", "$400m", 400_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "westbound traffic held up each day", "verdict": "agree",
            "why": "'about $5.1 billion a day' / 'roughly $5.1bn a day' (Lloyd's List).",
            "mentions": [
                ("01", "about $5.1 billion", 5_100_000_000),
                ("02", "roughly $5.1bn", 5_100_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "eastbound traffic held up each day", "verdict": "agree",
            "why": "'nearly $4.5 billion' / 'around $4.5bn' (Lloyd's List).",
            "mentions": [
                ("01", "nearly $4.5 billion", 4_500_000_000),
                ("02", "around $4.5bn", 4_500_000_000),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the Ever Given", "verdict": "conflict",
            "why": "400 m long (debka, The New Paper) against The Week's '430-foot Ever Given' (131 m): the ship is 400 m (about 1,312 feet); a slip that cannot hold beside 400 m.",
            "mentions": [
                ("03", "400m", 400, {"ctx": "Given 400m", "note": "metres"}),
                ("04", "400m", 400, {"note": "metres"}),
                ("05", "430-foot", round(430 * FT, 1), {"note": "metres; written 430-foot"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "weight of the Ever Given", "verdict": "compatible",
            "why": "'a 224,000-ton vessel' (an American outlet: short tons, about 203,000 tonnes) / 'The 200,000-tonne ship' (twice): the same size, rounded in two units.",
            "mentions": [
                ("01", "224,000", round(224_000 * TON), {"note": "tonnes; written 224,000-ton"}),
                ("02", "200,000", 200_000, {"note": "tonnes"}),
                ("06", "200,000", 200_000, {"note": "tonnes"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "containers the Ever Given can carry", "verdict": "single-source",
            "why": "'capable of carrying 20,000 containers'.",
            "mentions": [("02", "20,000", 20_000)],
        },
        {
            "event": E, "kind": "count", "role": "bulk carriers waiting", "verdict": "compatible",
            "why": "'approximately 40 are bulk carriers' (Bloomberg) / '41 bulk carriers' (Lloyd's List), the same days.",
            "mentions": [
                ("01", "approximately 40", 40),
                ("02", "41", 41),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crude oil tankers waiting", "verdict": "conflict",
            "why": "'17 of the ships are crude oil tankers' (Bloomberg, with at least 185 ships waiting) against '24 crude tankers' (Lloyd's List, with more than 160 waiting), the same days: the larger queue with fewer crude tankers cannot both hold.",
            "mentions": [
                ("01", "17", 17, {"ctx": "that 17 of the ships"}),
                ("02", "24", 24),
            ],
        },
        {
            "event": E, "kind": "count", "role": "chemical or products tankers waiting", "verdict": "single-source",
            "why": "'another 17 are chemical or products tankers' (a look-alike of the 17 crude tankers).",
            "mentions": [("01", "17", 17, {"ctx": "another 17"})],
        },
        {
            "event": E, "kind": "count", "role": "container ships waiting", "verdict": "single-source",
            "why": "'35 are container ships'.",
            "mentions": [("01", "35", 35)],
        },
        {
            "event": E, "kind": "count", "role": "general cargo ships waiting", "verdict": "single-source",
            "why": "'32 are general cargo ships'.",
            "mentions": [("01", "32", 32)],
        },
        {
            "event": E, "kind": "count", "role": "barrels of crude oil affected", "verdict": "single-source",
            "why": "'as much as 13 million barrels of crude oil on 10 tankers'.",
            "mentions": [("01", "as much as 13 million", 13_000_000, {"low": None, "high": 13_000_000})],
        },
        {
            "event": E, "kind": "count", "role": "tankers carrying the affected crude", "verdict": "single-source",
            "why": "'on 10 tankers' (a look-alike of the crude tankers waiting).",
            "mentions": [("01", "10", 10)],
        },
        {
            "event": E, "kind": "measure", "role": "wind speed when the ship grounded", "verdict": "single-source",
            "why": "'caught in 40-knot winds and a sandstorm'.",
            "mentions": [("01", "40", 40, {"ctx": "40-knot", "note": "knots"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ship's building", "verdict": "single-source",
            "why": "'the Ever Given was built in 2018'.",
            "mentions": [("01", "2018", "2018")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the grounding", "verdict": "agree",
            "why": "'grounded ... since Tuesday' / 'blocking the Suez Canal since Tuesday' / 'early last Tuesday' (23 March 2021).",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("03", "Tuesday", TUE),
                ("04", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the blockage", "verdict": "agree",
            "why": "'for almost a week' (twice) / 'for nearly a week' (23 to 29 March).",
            "mentions": [
                ("04", "almost a week", 7, {"low": None, "high": 7, "note": "days; written a week"}),
                ("05", "nearly a week", 7, {"low": None, "high": 7, "note": "days; written a week"}),
                ("06", "almost a week", 7, {"low": None, "high": 7, "note": "days; written a week"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the refloating hoped for by the owners", "verdict": "single-source",
            "why": "'hope it can be refloated on Saturday' (27 March 2021; a plan, not the refloating of Monday 29 March).",
            "mentions": [("03", "Saturday", "2021-03-27")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the refloating", "verdict": "single-source",
            "why": "'The 200,000-tonne megaship was refloated on Monday' (29 March 2021).",
            "mentions": [("06", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the resumption of traffic", "verdict": "single-source",
            "why": "'Shipping traffic resumed in Egypt's Suez Canal on Monday' (29 March 2021).",
            "mentions": [("05", "Monday", MON)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:clearing the backlog (Rabie's estimate)", "verdict": "compatible",
            "why": "Rabie: it 'could take from 21/2 to three days' (The New Paper, Reuters) / 'probably would take more than three days' (The Week): the same official's hedged estimate on Monday 29 March, meeting at three days.",
            "mentions": [
                ("04", "21/2 to three days", 2.75, {"low": 2.5, "high": 3, "note": "days"}),
                ("05", "more than three days", 3, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "ships able to enter the canal each day", "verdict": "single-source",
            "why": "'more than 100 ships would be able to enter the channel daily'.",
            "mentions": [("04", "more than 100", 100)],
        },
        {
            "event": E, "kind": "count", "role": "ships expected to pass by early Tuesday", "verdict": "single-source",
            "why": "'with 113 ships expected to pass in both directions by early Tuesday' (a look-alike of the daily capacity).",
            "mentions": [("05", "113", 113)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 113 ships' expected passage", "verdict": "single-source",
            "why": "'by early Tuesday' (30 March 2021).",
            "mentions": [("05", "Tuesday", "2021-03-30")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the SCA's statement that the backlog was cleared", "verdict": "single-source",
            "why": "'Egypt's Suez Canal Authority said Saturday' (3 April 2021; a look-alike of the planned refloating on Saturday 27 March).",
            "mentions": [("06", "Saturday", "2021-04-03")],
        },
        {
            "event": CANAL, "kind": "percent", "role": "share of global trade through the Suez Canal", "verdict": "single-source",
            "why": "'about 12% of total global trade moving through it'.",
            "mentions": [("02", "about 12", 12)],
        },
        {
            "event": CAPE, "kind": "measure", "role": "extra distance of the detour around the Cape of Good Hope", "verdict": "single-source",
            "why": "'adds about 3,500 miles to the journey'.",
            "mentions": [("02", "about 3,500", round(3500 * 1.609344), {"note": "kilometres; written 3,500 miles"})],
        },
        {
            "event": CAPE, "kind": "duration", "role": "duration-of:the extra time of the detour", "verdict": "single-source",
            "why": "'and up to 12 days'.",
            "mentions": [("02", "up to 12 days", 12, {"note": "days"})],
        },
    ],
}
