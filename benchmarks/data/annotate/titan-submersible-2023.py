# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the loss of the submersible Titan near the wreck of the Titanic, June 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths and depths in metres (the written unit in `note`; 1 foot = 0.3048 m, 1 mile = 1,609.344 m);
durations with their unit in `note`; dates as ISO strings, times of day as written in Eastern time
(an interval where the text gives only "morning" / "afternoon"). Sunday = 18 June 2023, Thursday =
22 June 2023. Left out: the days and times of statements and press conferences ("around 1 p.m. Eastern
time on Tuesday", searching "on Tuesday"), the Smithsonian's editor's-note dates ("June 22, 2023",
"our June 21 story"), "more than halfway", "several aircraft". The cluster of the wreck's age ("century-old", the one
background figure) was appended after the start measurement, when tests/test_gold.py showed the story had no background
event; no other cluster changed.
"""

E = "e1"
TITANIC = "e2"
SUNDAY = "2023-06-18"
THURSDAY = "2023-06-22"
FT = 0.3048
MI = 1609.344
SPEC = {
    "description": (
        "The loss of OceanGate's submersible Titan on a dive to the wreck of the Titanic on Sunday 18 June 2023, confirmed on "
        "Thursday 22 June when the US Coast Guard said debris showed a 'catastrophic implosion', as six outlets reported it "
        "on 22-23 June 2023: five aboard, all dead (`agree`); contact lost on Sunday (`agree`), 'on Sunday morning' against "
        "'Sunday afternoon' / 'at about 1:45 p.m.' (`conflict`; a garbling of '1 hour and 45 minutes' into the dive, which "
        "one outlet gives); a 'five-day' against a 'week-long' search (`compatible`); debris about 1,600 feet / 488 metres "
        "from the Titanic's bow (`compatible`), 2 1/2 miles / 4 km / 'over 2 miles' / 'nearly 13,000 feet' down "
        "(`compatible`); five fragments (`agree`); 96 hours of oxygen (`agree`), 'around 40 hours' left on Tuesday and "
        "experts' 'about 10 to 20 hours' (look-alikes); the sub's 22 feet; a 10-hour trip and a 2-hour descent. Background event: "
        "the Titanic's sinking in 1912, a 'century-old' wreck (`agree`)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the Coast Guard's announcement 'on Thursday' (22 June 2023) as news: 22 June 2023 (a guess within a day)"},
        "02": {"published_how": "the page's 'Editor's Note, June 22, 2023' on a story of 21 June 2023; the note's date"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the Coast Guard 'said on Thursday' (22 June 2023): 22 June 2023 (a guess within a day)"},
        "04": {"published_how": "the page's date line '2023-06-23 13:15' (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the company 'said Thursday' (22 June 2023): 22 June 2023 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2023-06-23 (removed from the text), and the URL's 2023-06-23"},
    },
    "events": [
        {"id": E, "label": "the implosion of the submersible Titan near the Titanic's wreck (18 June 2023) and the search that ended on 22 June 2023", "main": True},
        {"id": TITANIC, "label": "the sinking of the Titanic, April 1912 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "people aboard the Titan (all killed)", "verdict": "agree",
            "why": "Five people aboard, all dead.",
            "mentions": [
                ("01", "five", 5, {"ctx": "carrying five individuals"}),
                ("01", "five", 5, {"ctx": "among the five individuals"}),
                ("02", "five", 5, {"ctx": "all five crew"}),
                ("02", "five", 5, {"ctx": "carrying five people"}),
                ("03", "five", 5, {"ctx": "carrying five people"}),
                ("03", "five", 5, {"ctx": "the five people onboard"}),
                ("04", "five", 5),
                ("05", "Five", 5),
                ("06", "five", 5, {"ctx": "all the five passengers"}),
                ("06", "five", 5, {"ctx": "of the five passengers"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the loss of contact", "verdict": "agree",
            "why": "Contact was lost on Sunday 18 June 2023.",
            "mentions": [
                ("02", "Sunday", SUNDAY, {"ctx": "went missing on Sunday during"}),
                ("02", "Sunday", SUNDAY, {"ctx": "went missing on Sunday while"}),
                ("04", "Sunday", SUNDAY),
                ("05", "Sunday", SUNDAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the loss of contact", "verdict": "conflict",
            "why": "CNews Live: contact lost 'on Sunday morning'; Walops: 'last heard from Sunday afternoon' and 'lost contact at about 1:45 p.m.' (the dive lost contact about 1 hour and 45 minutes after it began, as J3N gives it). Morning against afternoon: `conflict` as written.",
            "mentions": [
                ("01", "Sunday morning", "2023-06-18T06:00/2023-06-18T12:00", {"note": "morning, Eastern time"}),
                ("03", "Sunday afternoon", "2023-06-18T12:00/2023-06-18T18:00", {"note": "afternoon, Eastern time"}),
                ("03", "about 1:45 p.m.", "2023-06-18T13:45", {"note": "Eastern time, 'about'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the planned return to the surface", "verdict": "single-source",
            "why": "'It was supposed to return to the surface at 3 p.m.'",
            "mentions": [("03", "3 p.m.", "2023-06-18T15:00", {"note": "Eastern time"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the dive before contact was lost", "verdict": "single-source",
            "why": "'about 1 hour and 45 minutes into the roughly 2 hour descent when it lost contact' (a look-alike of Walops' '1:45 p.m.').",
            "mentions": [("04", "about 1 hour and 45 minutes", 1.75, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the descent to the wreck", "verdict": "single-source",
            "why": "'the roughly 2 hour descent'.",
            "mentions": [("04", "roughly 2 hour", 2, {"low": 1.8, "high": 2.2, "note": "hours, 'roughly'"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the planned trip", "verdict": "single-source",
            "why": "'a 10-hour journey to the Titanic shipwreck'.",
            "mentions": [("04", "10-hour", 10, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the search", "verdict": "compatible",
            "why": "A 'five-day search' (Sunday to Thursday); CNN's text (J3N) calls it 'a week-long search', a rounding.",
            "mentions": [
                ("01", "five-day", 5, {"note": "days"}),
                ("03", "five-day", 5, {"note": "days"}),
                ("04", "week-long", 7, {"low": 4, "high": 7, "note": "days, written 'week-long'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the confirmation of the deaths", "verdict": "agree",
            "why": "The Coast Guard and OceanGate said on Thursday 22 June 2023 that the five were dead.",
            "mentions": [
                ("01", "Thursday", THURSDAY),
                ("02", "Thursday", THURSDAY, {"ctx": "On Thursday afternoon"}),
                ("03", "Thursday", THURSDAY, {"ctx": "said on Thursday"}),
                ("04", "Thursday", THURSDAY),
                ("05", "Thursday", THURSDAY, {"ctx": "said Thursday"}),
                ("05", "Thursday", THURSDAY, {"ctx": "on Thursday afternoon"}),
                ("06", "Thursday", THURSDAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the debris's discovery", "verdict": "agree",
            "why": "The debris was found on Thursday morning, 22 June 2023.",
            "mentions": [
                ("03", "Thursday", THURSDAY, {"ctx": "Titan on Thursday morning"}),
                ("05", "Thursday", THURSDAY, {"ctx": "On Thursday morning"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the oxygen's expected end", "verdict": "agree",
            "why": "The oxygen was expected to run out on Thursday (early morning).",
            "mentions": [
                ("02", "Thursday", THURSDAY, {"ctx": "early Thursday morning"}),
                ("03", "Thursday", THURSDAY, {"ctx": "run out on Thursday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the oxygen supply", "verdict": "agree",
            "why": "96 hours of oxygen.",
            "mentions": [
                ("02", "96 hours", 96, {"note": "hours"}),
                ("03", "96-hour", 96, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the oxygen left on Tuesday", "verdict": "single-source",
            "why": "'may only have around 40 hours of oxygen left' at about 1 p.m. on Tuesday.",
            "mentions": [("02", "around 40 hours", 40, {"as_of": "2023-06-20T13:00", "note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the oxygen left after the implosion, by experts' estimate", "verdict": "single-source",
            "why": "'Experts said the five people onboard probably had about 10 to 20 hours before their oxygen ran out' (a look-alike of the oxygen figures).",
            "mentions": [("03", "about 10 to 20 hours", 15, {"low": 10, "high": 20, "note": "hours; a range (value its middle)"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the debris from the Titanic's bow", "verdict": "compatible",
            "why": "About 1,600 feet, 488 metres.",
            "mentions": [
                ("01", "approximately 1,600 feet", 488, {"note": "feet, as written"}),
                ("01", "488 meters", 488),
                ("03", "some 1,600 feet", 488, {"note": "feet, as written"}),
                ("03", "488 meters", 488),
                ("05", "about 1,600 feet", 488, {"note": "feet, as written"}),
                ("06", "approximately 1600ft", 488, {"note": "feet, as written"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "depth of the sea floor at the wreck and the debris", "verdict": "compatible",
            "why": "2 1/2 miles (4,023 m) / 4 km, 'over 2 miles', and 'nearly 13,000 feet (almost 4,000 meters)' for the wreck itself, beside which the debris lay.",
            "mentions": [
                ("01", "2 1/2 miles", round(2.5 * MI), {"note": "miles, as written"}),
                ("01", "4 km", 4000),
                ("03", "2 1/2 miles", round(2.5 * MI), {"note": "miles, as written"}),
                ("03", "4 km", 4000),
                ("04", "nearly 13,000 feet", round(13000 * FT), {"note": "feet, as written"}),
                ("04", "almost 4,000 meters", 4000),
                ("05", "over 2 miles", round(2 * MI), {"note": "miles, as written"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length of the Titan", "verdict": "single-source",
            "why": "'the 22-foot (6.7-meter) Titan'.",
            "mentions": [
                ("01", "22-foot", 6.7, {"note": "feet, as written"}),
                ("01", "6.7-meter", 6.7),
            ],
        },
        {
            "event": E, "kind": "count", "role": "major fragments found", "verdict": "agree",
            "why": "Five major fragments ('five significant fragments', 'five major pieces').",
            "mentions": [
                ("01", "five", 5, {"ctx": "five significant fragments"}),
                ("06", "five", 5, {"ctx": "five major pieces"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "sections of the pressure hull found", "verdict": "single-source",
            "why": "'two sections of the pressure hull'.",
            "mentions": [("01", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "remotely operated vehicles searching (Tuesday)", "verdict": "single-source",
            "why": "'At least two remotely operated vehicles (ROVs)'.",
            "mentions": [("02", "At least two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "ships searching (Tuesday)", "verdict": "single-source",
            "why": "'Dozens of ships'.",
            "mentions": [("02", "Dozens", 24, {"low": 24, "high": None, "note": "'dozens'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the wreck from Cape Cod", "verdict": "single-source",
            "why": "'about 1,000 miles east of Cape Cod'.",
            "mentions": [("02", "about 1,000 miles", round(1000 * MI), {"note": "miles, as written"})],
        },
        {
            "event": E, "kind": "count", "role": "rank of the Titan among OceanGate's vehicles sent to the wreck", "verdict": "single-source",
            "why": "'The Titan was the fourth vehicle OceanGate had sent down'.",
            "mentions": [("03", "fourth", 4, {"note": "an ordinal"})],
        },
        # --- background: the Titanic (appended after the start measurement; see the docstring) ---
        {
            "event": TITANIC, "kind": "duration", "role": "age of the Titanic's wreck", "verdict": "agree",
            "why": "'the century-old wreck of the Titanic' (sunk in April 1912).",
            "mentions": [
                ("01", "century-old", 100, {"low": 100, "high": None, "note": "years, 'century-old'"}),
                ("03", "century-old", 100, {"low": 100, "high": None, "note": "years, 'century-old'"}),
            ],
        },
    ],
}
