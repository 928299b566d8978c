# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the return of the Starliner astronauts on Crew-9, 18 March 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday = 18 March 2025 (undocking at 1:05 a.m. EDT, splashdown at 5:57 p.m. EDT; EDT = -04:00),
Monday = 17 March, Sunday = 16 March (Crew-10's arrival; the splashdown plan); the launch on 5 June 2024. Durations of
the mission in days (months at 30.44 days, said in the note), of the trip home in hours; distances in metres (miles at
1,609.344 m).
Left out: 'days to months', 'several weeks', 'just hours' (vague), 'rank sixth', 'the first astronauts', 'a fourth
spacecraft', 'the last to step out', 'ninth commercial crew rotation' (ordinals), 'Crew-9', 'Crew-10', 'Falcon 9' (names),
'The two astronauts' / 'the one they launched in' (references), 'last fall', 'last spring', 'this afternoon'
(relative), 'a six-hour EVA' of January (another act: see its cluster).
"""

E = "e1"
CAREERS = "e2"
RUBIO = "e3"
ISS = "e4"
TUE = "2025-03-18"
MONTH = 30.44
MILE = 1609.344


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "NASA's Starliner astronauts Butch Wilmore and Suni Williams back on Earth with Crew-9 on Tuesday 18 March 2025, "
        "as six outlets reported it on 18-19 March: the mission 286 days (`compatible` with 'nine months', 'more than nine "
        "months'); planned eight days against 'a week' / 'around a week' (`compatible`); 278 days longer than planned, "
        "'nearly 9 months later' and 'extended by nearly 10 months' (`compatible`); 4,576 orbits (`agree`); 121 million miles "
        "/ 195 million kilometres (`compatible`); undocked at 1:05 a.m. / 1 a.m. EDT (`compatible`) on Tuesday (`agree`); "
        "splashed down on Tuesday against one outlet's 'March 19' (`conflict`), at 5:57 p.m. EDT (`agree`), 17 hours after "
        "undocking (`agree`, 'less than a day'); launched on June 5, 2024 (`compatible` with 'June 2024', 'last June'); "
        "over / more than 150 experiments (`agree`); Crew-9 launched with two (`agree`). Background: the astronauts' "
        "careers (Williams's 608 days, Wilmore's 464, Williams's 62 hours / 62 hours and 6 minutes of spacewalks, "
        "`compatible`), Frank Rubio's 371-day record (`agree`), the space station's end in 2030."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the landing 'on Tuesday' (18 March 2025) and the removed NASA posts of March 18: 19 March 2025, a guess within a day"},
        "02": {"published_how": "inferred: no date on the stored page; the crew back on Earth (18 March 2025): 19 March 2025, a guess within a day"},
        "03": {"published_how": "the URL (2025/03/18)"},
        "04": {"published_how": "inferred: no date on the stored page (its chrome says '3 weeks', a page's age); the splashdown of 18 March 2025: 19 March 2025, a guess within a few days"},
        "05": {"published_how": "inferred: no date on the stored page; 'returned to Earth on Tuesday' (18 March 2025): 19 March 2025, a guess within a day"},
        "06": {"published_how": "inferred: the URL (2025/03) and the splashdown 'Tuesday' (18 March 2025): 19 March 2025, a guess within a day"},
    },
    "events": [
        {"id": E, "label": "the Starliner astronauts' return on Crew-9, 18 March 2025, ending a 286-day mission", "main": True},
        {"id": CAREERS, "label": "Williams's and Wilmore's careers in space (background)", "main": False},
        {"id": RUBIO, "label": "Frank Rubio's record mission of 371 days (background)", "main": False},
        {"id": ISS, "label": "the International Space Station's future (background)", "main": False},
    ],
    "clusters": [
        # --- how long ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Wilmore and Williams's mission", "verdict": "compatible",
            "why": "286 days from the launch of 5 June 2024 to the splashdown of 18 March 2025 (five outlets); 'stranded on the International Space Station for nine months' and a saga begun 'more than nine months ago': the same span in rounded months.",
            "mentions": [
                ("01", "286-day", 286, {"note": "days"}),
                ("01", "286 days", 286, {"note": "days"}),
                ("02", "286-Day", 286, {"note": "days"}),
                ("02", "286 days", 286, {"note": "days"}),
                ("03", "286 days", 286, {"note": "days"}),
                ("04", "nine months", round(9 * MONTH), {"note": "days; written 'nine months'"}),
                ("04", "286 days", 286, {"note": "days"}),
                ("05", "more than nine months", round(9 * MONTH), {"note": "days; written 'more than nine months ago'"}),
                ("05", "286 days", 286, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the mission as planned", "verdict": "compatible",
            "why": "'its planned eight days' (State News) beside 'originally set to last a week', 'only a week', 'around a week or so': the planned stay, exact and rounded (286 - 278 = 8 days).",
            "mentions": [
                ("03", "a week", 7, {"note": "days; 'originally set to last a week'"}),
                ("04", "a week", 7, {"note": "days; 'for only a week'"}),
                ("05", "around a week", 7, {"note": "days; 'for around a week or so'"}),
                ("06", "eight days", 8, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the mission's extension beyond plan", "verdict": "compatible",
            "why": "'278 days longer than originally planned' (AP text, two outlets); Nina World News: 'returned to Earth nearly 9 months later than planned' and 'extended by nearly 10 months' (278 days are about 9.1 months: both hedged roundings of it).",
            "mentions": [
                ("03", "nearly 9 months", round(9 * MONTH), {"note": "days; written 'nearly 9 months later than planned'"}),
                ("03", "nearly 10 months", round(10 * MONTH), {"note": "days; written 'extended by nearly 10 months'"}),
                ("04", "278 days", 278, {"note": "days"}),
                ("05", "278 days", 278, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the further delay from SpaceX's capsule", "verdict": "agree",
            "why": "'caused another month’s delay' / 'added another month’s delay' (the return pushed from February to March).",
            "mentions": [
                ("04", "another month", 1, {"note": "months"}),
                ("05", "another month", 1, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the return as first rescheduled", "verdict": "agree",
            "why": "'delaying their return until February' / 'pushing their homecoming into February' (2025).",
            "mentions": [
                ("04", "February", "2025-02"),
                ("05", "February", "2025-02"),
            ],
        },
        # --- how far ---
        {
            "event": E, "kind": "count", "role": "orbits of the Earth during the mission", "verdict": "agree",
            "why": "'orbited the Earth 4,576 times' / 'circled Earth 4,576 times'.",
            "mentions": [
                ("04", "4,576", 4576),
                ("05", "4,576", 4576),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance travelled during the mission", "verdict": "compatible",
            "why": "'121 million miles (195 million kilometers)' (about 194.7 million km) and '195 million kilometers': one distance in two units.",
            "mentions": [
                ("04", "195 million kilometers", 195_000_000_000, {"note": "metres"}),
                ("05", "121 million miles", round(121_000_000 * MILE), {"note": "metres"}),
                ("05", "195 million kilometers", 195_000_000_000, {"note": "metres"}),
            ],
        },
        # --- the trip home ---
        {
            "event": E, "kind": "date", "role": "time-of:the undocking from the space station", "verdict": "compatible",
            "why": "'at 1:05 a.m. EDT on Tuesday' / 'at 1:05 a.m. ET Tuesday' and 'At 1 a.m. on Tuesday' (rounded).",
            "mentions": [
                ("01", "1:05 a.m.", "2025-03-18T01:05-04:00", {"note": "EDT"}),
                ("03", "1 a.m.", "2025-03-18T01:00-04:00", {"note": "Eastern time, from the context"}),
                ("06", "1:05 a.m.", "2025-03-18T01:05-04:00", {"note": "ET"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the undocking from the space station", "verdict": "agree",
            "why": "Tuesday 18 March 2025.",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "EDT on Tuesday"}),
                ("03", "Tuesday", TUE),
                ("06", "Tuesday", TUE, {"ctx": "a.m. ET Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the splashdown", "verdict": "conflict",
            "why": "The splashdown (the return to Earth) on Tuesday 18 March 2025 in four mentions, and the plan 'opting for Tuesday', against Tech Influence's 'Their SpaceX capsule landed ... on March 19' in a text that also says 'returned to Earth on Tuesday': one act, two dates that cannot both hold.",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "landed on Tuesday"}),
                ("05", "Tuesday", TUE),
                ("05", "March 19", "2025-03-19"),
                ("06", "Tuesday", TUE, {"ctx": "America Tuesday"}),
                ("06", "Tuesday", TUE, {"ctx": "opting for Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the splashdown", "verdict": "agree",
            "why": "'at 5:57 p.m. EDT' / 'at 5:57 ET'.",
            "mentions": [
                ("01", "5:57 p.m.", "2025-03-18T17:57-04:00", {"note": "EDT"}),
                ("06", "5:57", "2025-03-18T17:57-04:00", {"note": "ET; written '5:57 ET'"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the trip from undocking to splashdown", "verdict": "compatible",
            "why": "'After 17 hours' / '17 hours after leaving the station' (1:05 a.m. to 5:57 p.m.) and 'after less than a day of spaceflight' (a bound that holds).",
            "mentions": [
                ("01", "17 hours", 17, {"note": "hours"}),
                ("03", "less than a day", 24, {"note": "hours", "high": 24}),
                ("06", "17 hours", 17, {"note": "hours"}),
            ],
        },
        one(E, "duration", "duration-of:the time until the astronauts were out of the capsule", "'Within an hour, the astronauts were out of the capsule'.", "04", "Within an hour", 1, {"note": "hours", "high": 1}),
        one(E, "date", "date-of:the hatch closure preparations", "'Hatch closure preparations began late Monday' (17 March).", "06", "Monday", "2025-03-17"),
        one(E, "date", "date-of:the decision on the splashdown plan", "'finalized the splashdown plan Sunday' (16 March).", "06", "Sunday", "2025-03-16"),
        one(E, "date", "time-of:the start of NASA's broadcast", "'beginning at 4:57 p.m. ET'.", "06", "4:57 p.m.", "2025-03-18T16:57-04:00", {"note": "ET"}),
        one(E, "date", "date-of:Crew-10's arrival at the station", "'Crew-10 arrived on Sunday' (16 March; another act of that Sunday).", "01", "Sunday", "2025-03-16"),
        one(E, "duration", "duration-of:the handover period", "'reduced the handover period to just one day'.", "01", "one day", 1, {"note": "days"}),
        # --- the launch and Crew-9 ---
        {
            "event": E, "kind": "date", "role": "date-of:the Starliner launch", "verdict": "compatible",
            "why": "'began on June 5, 2024, when they launched' / 'after launching on June 5' (three outlets), and the month alone: 'the one they launched in last June', 'launched in June 2024'.",
            "mentions": [
                ("01", "June 5, 2024", "2024-06-05"),
                ("03", "June", "2024-06", {"ctx": "last June"}),
                ("04", "June 5", "2024-06-05"),
                ("05", "June 5", "2024-06-05"),
                ("06", "June 2024", "2024-06"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the arrival at the space station on Starliner", "verdict": "agree",
            "why": "'They initially arrived in June on Boeing’s Starliner' / 'They had arrived there in June 2024'.",
            "mentions": [
                ("03", "June", "2024-06", {"ctx": "arrived in June"}),
                ("04", "June 2024", "2024-06"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Crew-9 launch", "verdict": "agree",
            "why": "'Crew-9 launched in September' / 'which launched in September 2024'.",
            "mentions": [
                ("01", "September", "2024-09"),
                ("04", "September 2024", "2024-09"),
            ],
        },
        one(E, "date", "date-of:Hague and Gorbunov's arrival at the station", "'who arrived at the ISS on September 28, 2024' (the day of Crew-9's launch; another act than the launch month).", "06", "September 28, 2024", "2024-09-28"),
        {
            "event": E, "kind": "count", "role": "astronauts launched on Crew-9", "verdict": "agree",
            "why": "'with only two seats filled' / 'with only two astronauts instead of four'.",
            "mentions": [
                ("01", "two", 2),
                ("04", "two", 2, {"ctx": "only two astronauts"}),
            ],
        },
        one(E, "count", "astronauts on a usual Crew Dragon mission", "'instead of four'.", "04", "four", 4),
        one(E, "count", "empty seats kept for the Starliner crew", "'two empty seats reserved for the Starliner duo'.", "04", "two", 2, {"ctx": "two empty seats"}),
        {
            "event": E, "kind": "count", "role": "commercial spacecraft flown in the mission", "verdict": "agree",
            "why": "'to fly on two different commercial spacecraft during a single mission' / 'their journey home involved two private company spacecraft'.",
            "mentions": [
                ("02", "two", 2),
                ("03", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "experiments run by Crew-9", "verdict": "agree",
            "why": "'over 150 scientific experiments' / 'more than 150 experiments'.",
            "mentions": [
                ("02", "over 150", 150),
                ("06", "more than 150", 150),
            ],
        },
        one(E, "duration", "duration-of:Crew-9's work on experiments", "'Crew-9 logged over 900 hours on more than 150 experiments'.", "06", "over 900 hours", 900, {"note": "hours"}),
        one(E, "duration", "duration-of:Williams and Hague's spacewalk of January", "'completed a six-hour EVA ... on January 16'.", "06", "six-hour", 6, {"note": "hours"}),
        one(E, "date", "date-of:Williams and Hague's spacewalk", "'on January 16' (2025).", "06", "January 16", "2025-01-16"),
        # --- background ---
        {
            "event": CAREERS, "kind": "duration", "role": "duration-of:Williams's spacewalking time in her career", "verdict": "compatible",
            "why": "'with 62 hours and 6 minutes' and 'With 62 hours spread over nine spacewalks': one record, exact and rounded.",
            "mentions": [
                ("02", "62 hours and 6 minutes", 62.1, {"note": "hours"}),
                ("04", "62 hours", 62, {"note": "hours"}),
            ],
        },
        one(CAREERS, "count", "Williams's spacewalks in her career", "'62 hours spread over nine spacewalks'.", "04", "nine", 9, {"ctx": "nine spacewalks"}),
        one(CAREERS, "duration", "duration-of:Williams's time in space in her career", "'Williams now totals 608 days in space'.", "01", "608 days", 608, {"note": "days"}),
        one(CAREERS, "duration", "duration-of:Wilmore's time in space in his career", "'Wilmore hits 464 days'.", "01", "464 days", 464, {"note": "days"}),
        {
            "event": RUBIO, "kind": "duration", "role": "duration-of:Frank Rubio's record mission", "verdict": "agree",
            "why": "'Frank Rubio holds the U.S. record at 371 days' / 'holds the record with 371 days'.",
            "mentions": [
                ("01", "371 days", 371, {"note": "days"}),
                ("03", "371 days", 371, {"note": "days"}),
            ],
        },
        one(ISS, "date", "date-of:the space station's abandonment", "'until it’s abandoned in 2030'.", "05", "2030", "2030"),
        one(ISS, "duration", "duration-of:the space station in orbit by 2030", "'it will have been up there more than three decades'.", "05", "more than three decades", 30, {"note": "years"}),
        one(ISS, "count", "US companies hired to carry astronauts", "'two competing US companies'.", "05", "two", 2),
    ],
}
