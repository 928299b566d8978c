# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for NASA's DART impact on Dimorphos and its effect on the moonlet's orbit (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Orbital periods and their changes in minutes (the unit in note), the success threshold in
seconds; lengths in metres (the written unit in note); dates as ISO strings. The impact:
Monday 26 September 2022 (23:14 UTC); NASA's announcement: Tuesday 11 October 2022.
"""

E = "e1"
LAUNCH = "e2"
HERA = "e3"
IMPACT = "2022-09-26"
ANNOUNCED = "2022-10-11"
MILE = 1609.344
SPEC = {
    "description": (
        "NASA's DART spacecraft struck the asteroid moonlet Dimorphos on Monday 26 September 2022; on Tuesday 11 "
        "October NASA said the impact had shortened Dimorphos's orbit around Didymos by 32 minutes (from 11 h 55 min to "
        "11 h 23 min), as five outlets reported it in October 2022, with Reuters' report (via Head Topics) of a later "
        "study in March 2024: the change 32 minutes / 'approximately 32 minutes' / 'more than a half hour' (± two "
        "minutes) and later '33 minutes and 15 seconds' (`updated`), the new period 11 h 23 min and later 11 h 22 min 3 s "
        "(`updated`), the old period 11 h 55 min / 'approximately 12-hour' (`compatible`); the change counted a success, "
        "'at least 73 seconds' / 73 seconds against CNN's '10 minutes' (`conflict`); the predicted change 'closer to' / "
        "'at least' 10 minutes (`compatible`); NASA's briefing 'on Monday (Oct. 11)' against the release 'on Tuesday' "
        "(`conflict`: 11 October 2022 was a Tuesday); the impact on Sept. 26 (`agree`); the launch in November 2021 / on "
        "Nov. 23, 2021 (`compatible`) and the flight of 10 months; Dimorphos roughly 525 feet across, 6,835,083 miles from "
        "Earth, struck at roughly 14,000 miles per hour; a debris tail of 6,000 miles; Hubble's image 285 hours after "
        "impact, on October 8, released on Saturday. Background: ESA's Hera mission (launch 2024, rendezvous late 2026)."
    ),
    "documents": {
        "01": {"published_how": "the URL's date 20221012"},
        "02": {"published_how": "inferred: no date on the stored page; NASA's press release 'on Tuesday' (11 October) as news: 12 October 2022 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2022-10-25 (removed from the text)"},
        "04": {"published_how": "the URL's date 2022/10/11 (an Internet Archive copy of 11 October 2022)"},
        "05": {"published_how": "the corpus's date line 2022-10-12 (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; Reuters' report of the study of Dimorphos's changed shape (published Tuesday 19 March 2024): 20 March 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "DART's impact on Dimorphos (26 September 2022) and the measured change of its orbit around Didymos", "main": True},
        {"id": LAUNCH, "label": "DART's launch from Vandenberg, November 2021 (background)", "main": False},
        {"id": HERA, "label": "ESA's Hera mission to Didymos and Dimorphos (background)", "main": False},
    ],
    "clusters": [
        # --- the orbit ---
        {
            "event": E, "kind": "duration", "role": "duration-of:the shortening of Dimorphos's orbital period", "verdict": "updated",
            "why": "NASA's figure of 11 October 2022 was 32 minutes ('approximately 32', Reuters 'more than a half hour' with ± two minutes); the study reported in March 2024 gives 33 minutes and 15 seconds: the same quantity re-measured later (`updated`, the 2022 figures with `as_of`).",
            "mentions": [
                ("01", "32 minutes", 32, {"note": "minutes", "as_of": ANNOUNCED}),
                ("02", "32 minutes", 32, {"ctx": "Didymos by 32 minutes", "note": "minutes", "as_of": ANNOUNCED}),
                ("02", "32 minutes", 32, {"ctx": "orbit by 32 minutes - marking", "note": "minutes", "as_of": ANNOUNCED}),
                ("03", "approximately 32 minutes", 32, {"note": "minutes", "as_of": ANNOUNCED}),
                ("04", "32 minutes", 32, {"note": "minutes", "as_of": ANNOUNCED}),
                ("05", "more than a half hour", 30, {"note": "minutes; written 'a half hour'", "as_of": ANNOUNCED}),
                ("06", "33 minutes and 15 seconds", 33.25, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the uncertainty of the orbital change", "verdict": "single-source",
            "why": "'with a margin of uncertainty plus or minus two minutes'.",
            "mentions": [("05", "plus or minus two minutes", 2, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Dimorphos's orbital period after the impact", "verdict": "updated",
            "why": "11 hours 23 minutes (683 minutes) in October 2022; 11 hours, 22 minutes and 3 seconds (682.05 minutes) in the 2024 study: re-measured (`updated`).",
            "mentions": [
                ("02", "11 hours and 23 minutes", 683, {"note": "minutes", "as_of": ANNOUNCED}),
                ("04", "11 hours and 23 minutes", 683, {"note": "minutes", "as_of": ANNOUNCED}),
                ("05", "11 hours, 23 minutes", 683, {"note": "minutes", "as_of": ANNOUNCED}),
                ("06", "11 hours, 22 minutes and 3 seconds", 682.05, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Dimorphos's orbital period before the impact", "verdict": "compatible",
            "why": "11 hours and 55 minutes (715 minutes) in four outlets; the Business Times' 'approximately 12-hour orbit' rounds it.",
            "mentions": [
                ("01", "approximately 12-hour", 720, {"low": 690, "high": 750, "note": "minutes; written '12-hour'"}),
                ("01", "11 hours and 55 minutes", 715, {"note": "minutes"}),
                ("02", "11 hour and 55-minute", 715, {"note": "minutes"}),
                ("03", "11 hours and 55 minutes", 715, {"note": "minutes"}),
                ("04", "11 hours and 55 minutes", 715, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the smallest change counted a success", "verdict": "conflict",
            "why": "The Business Times (the orbit 'intended to be shortened ... by at least 73 seconds') and Reuters ('would have considered a change as small as 73 seconds a success') give 73 seconds; CNN writes 'astronomers expected DART to be a success if it shortened the trajectory by 10 minutes': the success threshold cannot be both (10 minutes was the predicted change; a judgement call to read CNN as written).",
            "mentions": [
                ("01", "at least 73 seconds", 73, {"low": 73, "high": 73, "note": "seconds; the threshold itself is exact"}),
                ("04", "10 minutes", 600, {"note": "seconds; written '10 minutes'"}),
                ("05", "73 seconds", 73, {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the change predicted before the impact", "verdict": "compatible",
            "why": "'scientists believed the effect would be closer to 10 minutes' and 'predicted ... at least 10 minutes'.",
            "mentions": [
                ("01", "closer to 10 minutes", 10, {"low": None, "high": None, "note": "minutes; 'closer to': about"}),
                ("05", "at least 10 minutes", 10, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:DART's impact on Dimorphos", "verdict": "compatible",
            "why": "26 September 2022 in three texts (the Business Times twice); Reuters via Head Topics gives the year alone ('in 2022').",
            "mentions": [
                ("01", "Sept. 26", IMPACT, {"ctx": "On Sept. 26, the Double"}),
                ("01", "Sept. 26", IMPACT, {"ctx": "On Sept. 26, DART made"}),
                ("04", "September 26", IMPACT),
                ("06", "2022", "2022"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:NASA's announcement of the orbital change", "verdict": "conflict",
            "why": "NASA's briefing and release were on Tuesday 11 October 2022 (Devdiscourse 'In a press release on Tuesday'); the Business Times writes 'on Monday (Oct. 11)': the weekday contradicts the date (an error inside one text).",
            "mentions": [
                ("01", "Monday", "2022-10-10", {"note": "written 'Monday (Oct. 11)'; Monday was 10 October"}),
                ("01", "Oct. 11", ANNOUNCED),
                ("02", "Tuesday", ANNOUNCED),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the data analysed for the announcement", "verdict": "single-source",
            "why": "'data obtained over the past 2 weeks'.",
            "mentions": [("02", "past 2 weeks", 2, {"note": "weeks"})],
        },
        {
            "event": E, "kind": "measure", "role": "Dimorphos's width", "verdict": "single-source",
            "why": "'roughly 525 feet broad' (160 m).",
            "mentions": [("01", "roughly 525 feet", 160.0, {"note": "metres; written in feet"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the impact from Earth", "verdict": "single-source",
            "why": "The asteroid was 6,835,083 miles from Earth.",
            "mentions": [("03", "6,835,083 miles", round(6835083 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "DART's speed at impact", "verdict": "single-source",
            "why": "'roughly 14,000-miles per hour' (about 6.3 km/s).",
            "mentions": [("03", "roughly 14,000-miles per hour", 14000, {"note": "miles per hour"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the debris tail", "verdict": "single-source",
            "why": "'The extended tail of debris, which extends 6,000 miles into space'.",
            "mentions": [("01", "6,000 miles", round(6000 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time from the impact to Hubble's image", "verdict": "single-source",
            "why": "Hubble's image of the debris '285 hours after impact'.",
            "mentions": [("04", "285 hours", 285, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Hubble's image of the debris", "verdict": "single-source",
            "why": "'285 hours after impact on October 8' (the image's date; 285 hours after 26 September 23:14 UTC is 8 October).",
            "mentions": [("04", "October 8", "2022-10-08")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:NASA's release of Hubble's picture", "verdict": "single-source",
            "why": "'On Saturday, NASA also released a picture ... captured by the Hubble Space Telescope' (Saturday 8 October 2022; the release, a look-alike of the image's date).",
            "mentions": [("01", "Saturday", "2022-10-08")],
        },
        # --- background ---
        {
            "event": LAUNCH, "kind": "date", "role": "date-of:DART's launch", "verdict": "compatible",
            "why": "Launched in November 2021, on Nov. 23, 2021 (Pacific time) from Vandenberg (month and day).",
            "mentions": [
                ("01", "November 2021", "2021-11"),
                ("03", "Nov. 23, 2021", "2021-11-23"),
            ],
        },
        {
            "event": LAUNCH, "kind": "duration", "role": "duration-of:DART's flight", "verdict": "single-source",
            "why": "Smashed into Dimorphos '10 months later'.",
            "mentions": [("03", "10 months", 10, {"note": "months"})],
        },
        {
            "event": HERA, "kind": "date", "role": "date-of:Hera's launch", "verdict": "single-source",
            "why": "'Due to launch in 2024'.",
            "mentions": [("02", "2024", "2024")],
        },
        {
            "event": HERA, "kind": "date", "role": "date-of:Hera's rendezvous with Didymos", "verdict": "single-source",
            "why": "'will rendezvous in late 2026 December' (as written).",
            "mentions": [("02", "late 2026 December", "2026-12")],
        },
    ],
}
