# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the East Palestine derailment, Ohio, Friday 3 February 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres (the written unit in note); durations in hours or days
(note); dates as ISO strings; times as ISO date-times in US Eastern time (UTC-5). Friday = 3
February 2023 (the derailment), Sunday = 5 February (the wider evacuation order), Monday = 6
February (the controlled release), Tuesday 14 February (the state's press conference on fish).
"""

E = "e1"
TOWN = "e2"
NTSB = "e3"
EPA = "e4"
FRI = "2023-02-03"
SAT = "2023-02-04"
SUN = "2023-02-05"
MON = "2023-02-06"
TUE = "2023-02-07"
MILE = 1609.344
SPEC = {
    "description": (
        "The derailment of Norfolk Southern's freight train 32N at East Palestine, Ohio, just before 9 p.m. on Friday 3 "
        "February 2023, the evacuation around it and the controlled release and burn of vinyl chloride from five tank "
        "cars on Monday 6 February, as nine outlets reported it from Monday 6 to Tuesday 14 February: cars derailed "
        "'at least 50' / 'About 50' / 50 / 'Roughly 50' (`compatible`) of a train of 150 / 'more than 100' cars "
        "(`compatible`); 10 derailed cars carrying hazardous materials (20 of the train's cars classified so: another "
        "quantity); five cars of vinyl chloride; the release planned for 3:30 p.m., begun 'at 4 p.m.' / 'around 4 p.m.' "
        "against 'just after 4:30 p.m.' (`conflict`), expected to take one to three hours; the evacuation zone a 1-mile "
        "radius (1.6 km), shrapnel 'up to a mile' (the same length, another quantity), up to 2,000 people under the "
        "order, more than 500 refusing to leave, about 30 households; the village of roughly 5,000 / roughly 4,700 "
        "residents (`compatible`), about 50 miles from Pittsburgh. Background whose figures are traps: the NTSB's "
        "preliminary report expected in four to six weeks; the EPA's letter of Friday 10 February (a Friday that is not "
        "the derailment's)."
    ),
    "documents": {
        "01": {"published_how": "the URL's /2023/02/06/"},
        "02": {"published_how": "inferred: the URL's /2023/02/ and Sunday's order and press conference told as news: 6 February 2023 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; 'said Monday morning', before the release: 6 February 2023"},
        "04": {"published_how": "inferred: no date on the stored page; the release 'will take place on Monday at 3:30 p.m.': 6 February 2023"},
        "05": {"published_how": "inferred: no date on the stored page; the release 'at 4 p.m. Monday' and 'Monday night': 6 February 2023 (a guess within a day)"},
        "06": {"published_how": "the URL's /2023/02/06/"},
        "07": {"published_how": "inferred: no date on the stored page; Monday evening's news conference, a reassessment 'on Tuesday morning': 7 February 2023 (a guess within a day)"},
        "08": {"published_how": "the URL's /2023/02/14/"},
        "09": {"published_how": "the corpus's date line 2023-02-14 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the derailment of Norfolk Southern's train at East Palestine, Ohio, Friday 3 February 2023, the evacuation and the controlled release of vinyl chloride on Monday 6 February", "main": True},
        {"id": TOWN, "label": "the village of East Palestine: population and location (background)", "main": False},
        {"id": NTSB, "label": "the NTSB's preliminary report, expected later (background)", "main": False},
        {"id": EPA, "label": "the EPA's letter to Norfolk Southern, Friday 10 February 2023 (background)", "main": False},
    ],
    "clusters": [
        # --- the train ---
        {
            "event": E, "kind": "count", "role": "cars derailed", "verdict": "compatible",
            "why": "'at least 50', 'About 50', 'Roughly 50', 50 ('a 50-car train derailment', '50 train carriages'): one figure with different precision.",
            "mentions": [
                ("01", "at least 50", 50),
                ("03", "About 50", 50),
                ("04", "About 50", 50),
                ("05", "50-car", 50, {"note": "written 'a 50-car train derailment'"}),
                ("08", "50", 50, {"ctx": "derailment of 50"}),
                ("09", "Roughly 50", 50),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cars on the train", "verdict": "compatible",
            "why": "The train had 150 cars ('a 150-car Norfolk Southern train'); the AP's 'more than 100 cars on the train' holds with it.",
            "mentions": [
                ("01", "150", 150),
                ("04", "more than 100", 100),
                ("09", "150-car", 150),
            ],
        },
        {
            "event": E, "kind": "count", "role": "derailed cars carrying hazardous materials", "verdict": "agree",
            "why": "10 of the derailed cars carried hazardous materials (Norfolk Southern and the NTSB).",
            "mentions": [
                ("04", "10", 10),
                ("08", "10", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cars on the train classified as hazardous", "verdict": "single-source",
            "why": "20 of the train's cars were classified as carrying hazardous materials: another quantity than the 10 derailed ones.",
            "mentions": [("04", "20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "cars of vinyl chloride released and burned", "verdict": "agree",
            "why": "Five cars carried vinyl chloride, and the release drained and burned those five (a look-alike of the 50 cars).",
            "mentions": [
                ("04", "five", 5),
                ("05", "five", 5),
                ("06", "five", 5, {"ctx": "from five cars"}),
                ("06", "five", 5, {"ctx": "from five derailed"}),
                ("07", "five", 5, {"ctx": "from five Norfolk"}),
                ("07", "five", 5, {"ctx": "The five carriages"}),
                ("08", "five", 5),
                ("09", "five", 5),
            ],
        },
        # --- the evacuation ---
        {
            "event": E, "kind": "measure", "role": "radius:the evacuation zone", "verdict": "compatible",
            "why": "The evacuation zone: within a mile of the site, a 1-mile (1.6-kilometer) radius (the kilometres a rounded conversion).",
            "mentions": [
                ("01", "within a mile", round(MILE), {"note": "metres; written in miles"}),
                ("02", "1-mile", round(MILE), {"ctx": "within a 1-mile radius", "note": "metres; written in miles"}),
                ("02", "within a mile", round(MILE), {"note": "metres; written in miles"}),
                ("02", "1-mile", round(MILE), {"ctx": "in the 1-mile radius", "note": "metres; written in miles"}),
                ("03", "1-mile", round(MILE), {"note": "metres; written in miles"}),
                ("03", "1.6-kilometer", 1600, {"note": "metres; written in kilometers"}),
                ("06", "1-mile", round(MILE), {"note": "metres; written in miles"}),
                ("07", "1-mile", round(MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "width:the evacuation area ordered on Monday", "verdict": "single-source",
            "why": "FOX 8: 'a 1-mile by 2-mile area' (its short side).",
            "mentions": [("05", "1-mile", round(MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "length:the evacuation area ordered on Monday", "verdict": "single-source",
            "why": "FOX 8: 'a 1-mile by 2-mile area' (its long side).",
            "mentions": [("05", "2-mile", round(2 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:shrapnel could fly", "verdict": "agree",
            "why": "Deadly shrapnel 'up to a mile' / 'as far as a mile' (the same length as the evacuation radius, another quantity).",
            "mentions": [
                ("01", "up to a mile", round(MILE), {"note": "metres; written in miles"}),
                ("02", "up to a mile", round(MILE), {"note": "metres; written in miles"}),
                ("03", "as far as a mile", round(MILE), {"low": round(round(MILE) * 0.9, 2), "high": round(MILE), "note": "metres; written in miles"}),
                ("07", "up to a mile", round(MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people under the evacuation order", "verdict": "single-source",
            "why": "The order affected up to 2,000 (officials, Sunday).",
            "mentions": [("01", "up to 2,000", 2000, {"as_of": SUN})],
        },
        {
            "event": E, "kind": "count", "role": "people refusing to leave", "verdict": "agree",
            "why": "More than 500 people refused / declined to leave (the governor's order, Sunday).",
            "mentions": [
                ("01", "more than 500", 500, {"as_of": SUN}),
                ("02", "more than 500", 500, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "households in the evacuation zone", "verdict": "single-source",
            "why": "About 30 households in the (Monday) evacuation zone.",
            "mentions": [("05", "about 30", 30, {"as_of": MON})],
        },
        {
            "event": E, "kind": "count", "role": "people arrested", "verdict": "single-source",
            "why": "One person arrested for going around barricades on Saturday night.",
            "mentions": [("01", "one", 1, {"ctx": "said one person"})],
        },
        {
            "event": E, "kind": "count", "role": "videos the NTSB obtained", "verdict": "single-source",
            "why": "Two videos showing a possible axle problem.",
            "mentions": [("02", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "fish killed", "verdict": "single-source",
            "why": "The release killed about 3,500 fish (state officials, Tuesday 14 February).",
            "mentions": [("09", "about 3,500", 3500, {"as_of": "2023-02-14"})],
        },
        # --- times ---
        {
            "event": E, "kind": "date", "role": "time-of:the derailment", "verdict": "single-source",
            "why": "Just before 9 p.m. on Friday.",
            "mentions": [("01", "just before 9 p.m.", "2023-02-03T21:00-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the derailment", "verdict": "agree",
            "why": "Friday 3 February 2023 ('Friday', 'February 3rd', 'Feb. 3').",
            "mentions": [
                ("01", "Friday", FRI, {"ctx": "derailment on Friday"}),
                ("01", "Friday", FRI, {"ctx": "9 p.m. Friday"}),
                ("02", "Friday", FRI),
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
                ("07", "Friday", FRI),
                ("08", "February 3rd", FRI, {"ctx": "East Palestine on February 3rd, officials"}),
                ("08", "February 3rd", FRI, {"ctx": "East Palestine on February 3rd as"}),
                ("09", "Feb. 3", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the controlled release", "verdict": "agree",
            "why": "Monday 6 February ('on Monday at 3:30 p.m.' as planned; '4 p.m. Monday'; 'February 6th').",
            "mentions": [
                ("04", "Monday", MON, {"ctx": "on Monday at"}),
                ("05", "Monday", MON, {"ctx": "4 p.m. Monday"}),
                ("06", "Monday", MON, {"ctx": "4 p.m. Monday"}),
                ("07", "Monday", MON, {"ctx": "release Monday"}),
                ("08", "February 6th", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the controlled release as planned", "verdict": "single-source",
            "why": "The governor's plan: 3:30 p.m. (a plan, not the start).",
            "mentions": [("04", "3:30 p.m.", "2023-02-06T15:30-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the start of the controlled release", "verdict": "conflict",
            "why": "The release 'occurred at 4 p.m.' / 'began around 4 p.m.' (FOX 8; the county's emergency director) against 'began just after 4:30 p.m. ET' (CNN's account): two start times half an hour apart.",
            "mentions": [
                ("05", "4 p.m.", "2023-02-06T16:00-05:00"),
                ("06", "around 4 p.m.", "2023-02-06T16:00-05:00"),
                ("07", "just after 4:30 p.m. ET", "2023-02-06T16:30-05:00"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the expected end of the release", "verdict": "single-source",
            "why": "Could last until around 7 p.m.",
            "mentions": [("06", "around 7 p.m.", "2023-02-06T19:00-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the flames reduced", "verdict": "single-source",
            "why": "As of 7 p.m. the flames were reduced (a look-alike of the expected end).",
            "mentions": [("07", "7 p.m.", "2023-02-06T19:00-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the county director's update", "verdict": "single-source",
            "why": "She said around 6 p.m. that the vinyl chloride was released.",
            "mentions": [("06", "around 6 p.m.", "2023-02-06T18:00-05:00")],
        },
        {
            "event": E, "kind": "duration", "role": "expected length of the release", "verdict": "agree",
            "why": "Norfolk Southern's estimate: one to three hours (both outlets).",
            "mentions": [
                ("04", "one to three hours", 2, {"low": 1, "high": 3, "note": "hours"}),
                ("06", "between one and three hours", 2, {"low": 1, "high": 3, "note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since the derailment (Monday)", "verdict": "single-source",
            "why": "'over the two days since the derailment'.",
            "mentions": [("06", "two days", 2, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "time residents may stay away", "verdict": "single-source",
            "why": "A broken sentence in the stored text ('... there. three days, Mayor Trent Conaway said'): the mayor's time before residents return.",
            "mentions": [("07", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the tank car's temperature change", "verdict": "single-source",
            "why": "Around 7 p.m. (Sunday) a drastic temperature change in a rail car.",
            "mentions": [("02", "around 7 p.m.", "2023-02-05T19:00-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the wider evacuation order", "verdict": "agree",
            "why": "The governor's order of Sunday 5 February (officials warned 'Sunday night').",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "officials on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "Also Sunday"}),
                ("03", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the fire still burning", "verdict": "single-source",
            "why": "The fire continued to burn Sunday night.",
            "mentions": [("01", "Sunday", SUN, {"ctx": "burn Sunday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the arrest", "verdict": "single-source",
            "why": "One person arrested on Saturday night.",
            "mentions": [("01", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the NTSB member's statement", "verdict": "single-source",
            "why": "Graham said Sunday.",
            "mentions": [("02", "Sunday", SUN, {"ctx": "Graham said Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the fire chief's press conference", "verdict": "single-source",
            "why": "An emergency press conference at 9 p.m. Sunday.",
            "mentions": [
                ("02", "9 p.m.", "2023-02-05T21:00-05:00"),
                ("02", "Sunday", SUN, {"ctx": "9 p.m. Sunday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the village's announcement of enforcement", "verdict": "single-source",
            "why": "The village said Monday morning that the zone would be enforced.",
            "mentions": [("03", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:door-to-door warnings", "verdict": "single-source",
            "why": "Police knocked on doors Sunday night and were back out on Monday.",
            "mentions": [
                ("04", "Sunday", SUN),
                ("04", "Monday", MON, {"ctx": "neighborhoods on Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governors' Monday order and warnings", "verdict": "single-source",
            "why": "FOX 8: the governors' order 'on Monday', DeWine 'warned Monday' and 'said Monday', officials 'said Monday', the EPA 'Monday night'.",
            "mentions": [
                ("05", "Monday", MON, {"ctx": "governors on Monday"}),
                ("05", "Monday", MON, {"ctx": "EPA Monday night"}),
                ("05", "Monday", MON, {"ctx": "warned Monday"}),
                ("05", "Monday", MON, {"ctx": "officials said Monday"}),
                ("05", "Monday", MON, {"ctx": "DeWine said Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's press conference", "verdict": "single-source",
            "why": "In a press conference on Monday.",
            "mentions": [("06", "Monday", MON, {"ctx": "conference on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the county official's words to CNN", "verdict": "single-source",
            "why": "Told CNN on Monday.",
            "mentions": [("07", "Monday", MON, {"ctx": "CNN on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the planned reassessment", "verdict": "single-source",
            "why": "Authorities will reassess on Tuesday morning.",
            "mentions": [("07", "Tuesday morning", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the state's press conference on the fish", "verdict": "single-source",
            "why": "At a press conference Tuesday (14 February).",
            "mentions": [("09", "Tuesday", "2023-02-14")],
        },
        # --- background ---
        {
            "event": TOWN, "kind": "measure", "role": "distance:from Pittsburgh", "verdict": "agree",
            "why": "About 50 miles northwest of Pittsburgh.",
            "mentions": [
                ("01", "about 50 miles", round(50 * MILE), {"note": "metres; written in miles"}),
                ("08", "about 50 miles", round(50 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": TOWN, "kind": "measure", "role": "distance:from Youngstown", "verdict": "single-source",
            "why": "About 21 miles south of Youngstown.",
            "mentions": [("08", "about 21 miles", round(21 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": TOWN, "kind": "count", "role": "residents", "verdict": "compatible",
            "why": "The village's population: 'roughly 5,000' and 'roughly 4,700' (two roundings of one figure).",
            "mentions": [
                ("08", "roughly 5,000", 5000),
                ("09", "roughly 4,700", 4700),
            ],
        },
        {
            "event": NTSB, "kind": "duration", "role": "time until the NTSB's preliminary report", "verdict": "single-source",
            "why": "Likely four to six weeks before a preliminary report.",
            "mentions": [("01", "four to six weeks", 35, {"low": 28, "high": 42, "note": "days; written in weeks"})],
        },
        {
            "event": EPA, "kind": "date", "role": "date-of:the EPA's letter", "verdict": "single-source",
            "why": "The EPA's letter to Norfolk Southern 'on Friday' (10 February: not the derailment's Friday).",
            "mentions": [("08", "Friday", "2023-02-10")],
        },
    ],
}
