# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Enga landslide, Papua New Guinea, Friday 24 May 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres (the written unit in note); durations in days (note);
dates as ISO strings; times as ISO date-times in Papua New Guinea time (UTC+10). Friday = 24 May 2024.
"""

E = "e1"
CENSUS = "e2"
NEW_CENSUS = "e3"
FRI = "2024-05-24"
SAT = "2024-05-25"
SUN = "2024-05-26"
MON = "2024-05-27"
SPEC = {
    "description": (
        "The landslide from Mount Mungalo that buried Yambali village and its neighbours (Maip-Mulitaka, Enga province, "
        "Papua New Guinea) at about 3 a.m. on Friday 24 May 2024, as seven outlets reported it from that Friday to "
        "Tuesday 28 May: the people feared buried or dead rose from '100 or more' / 'approximately 100' (local officials, "
        "the IOM's first assessment) and 'more than 300' / 'up to 300' (local media, a local chamber of commerce) to the "
        "IOM's 670 on Sunday, against which the National Disaster Centre's letter of Sunday (released Monday) put 'more "
        "than 2,000' (`conflict`); bodies recovered three -> five -> six -> seven (`updated`); houses buried 'more than "
        "100' (Friday) / 'around 60' (Saturday) -> 150 / 'more than 150' (Sunday, 'around 90 more than previously "
        "reported'); six / more than six villages; displaced around 1,000 / more than 1,000 against some 1250 (the IOM's "
        "interview and email statement, `conflict`); one AFP copy's 'Friday, May 22' against Friday 24 May (`conflict`). "
        "Background whose figures are traps: the last credible census (2000) and the new census planned for 2024; "
        "look-alikes inside the event: six villages, six aid workers, six bodies; seven bodies and seven people treated; "
        "more than 100 dead and more than 100 houses."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'by Saturday morning' with the IOM's first figure of about 100: 25 May 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; AFP's first report of the landslide (three bodies, the governor's first words): 24 May 2024 (a guess within a day)"},
        "03": {"published_how": "the URL's /2024/05/26/"},
        "04": {"published_how": "inferred: no date on the stored page; the IOM 'said on Sunday': 26 May 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 'by Sunday' with the IOM's 670: 26 May 2024 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; 'the government said Monday', 'three days ago': 27 May 2024"},
        "07": {"published_how": "inferred: no date on the stored page; CARE 'said on May 27': taken as 28 May 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the landslide that buried Yambali village, Enga province, Papua New Guinea, Friday 24 May 2024", "main": True},
        {"id": CENSUS, "label": "Papua New Guinea's last credible census, 2000 (background)", "main": False},
        {"id": NEW_CENSUS, "label": "the new census Papua New Guinea plans for 2024 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": "The people feared dead / buried: '100 or more' (local officials, Friday) and 'approximately 100' / 'more than 100' (the IOM's first assessment, Saturday); 'more than 300' (local media) and 'up to 300' there at the time (a chamber of commerce, Friday); the IOM's 670 / 'more than 670' / '670-plus' (Sunday); the National Disaster Centre's 'more than 2,000' buried alive (a letter dated Sunday, released Monday). The outlets set 670 against 2,000 as a discrepancy ('about three times higher'): two authorities' estimates of the same people that cannot both hold.",
            "mentions": [
                ("01", "more than 100", 100, {"as_of": SAT}),
                ("01", "approximately 100", 100, {"as_of": SAT}),
                ("02", "up to 300", 300, {"as_of": FRI, "note": "people who may have been there at the time"}),
                ("03", "More than 670", 670, {"ctx": "More than 670 feared", "as_of": SUN}),
                ("03", "More than 670", 670, {"ctx": "More than 670 people have died", "as_of": SUN}),
                ("03", "more than 300", 300, {"as_of": SAT, "note": "buried (an earlier estimate of local media)"}),
                ("04", "670", 670, {"ctx": "says 670 feared", "as_of": SUN}),
                ("04", "Some 670", 670, {"as_of": SUN}),
                ("05", "more than 670", 670, {"as_of": SUN}),
                ("05", "670-plus", 670, {"low": 670, "high": None, "as_of": SUN}),
                ("05", "100 or more", 100, {"low": 100, "high": None, "as_of": FRI}),
                ("06", "more than 2,000", 2000, {"ctx": "buries more than 2,000", "as_of": MON, "note": "buried"}),
                ("06", "more than 2,000", 2000, {"ctx": "ago buried more than 2,000", "as_of": MON, "note": "buried"}),
                ("06", "more than 670", 670, {"as_of": MON}),
                ("07", "more than 2,000", 2000, {"ctx": "has buried more than 2,000", "as_of": MON, "note": "buried"}),
                ("07", "more than 2,000", 2000, {"ctx": "\"buried more than 2,000", "as_of": MON, "note": "buried alive"}),
                ("07", "670", 670, {"ctx": "estimate of 670", "as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered", "verdict": "updated",
            "why": "Bodies recovered as the search went on: three on Friday / by Saturday morning, five on Sunday ('five bodies and a leg of a sixth victim'), six, then seven on Monday.",
            "mentions": [
                ("01", "three", 3, {"as_of": SAT}),
                ("02", "Three", 3, {"as_of": FRI}),
                ("03", "five", 5, {"as_of": SUN}),
                ("05", "five", 5, {"as_of": SUN}),
                ("06", "seven", 7, {"as_of": MON}),
                ("07", "six", 6, {"ctx": "six bodies", "as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "houses buried", "verdict": "updated",
            "why": "'More than 100 houses' (a local association, Friday night), 'around 60 homes' (the IOM's first assessment, Saturday), then 150 / 'more than 150' / '150-plus' (the IOM, Sunday, 'around 90 more than previously reported'; the AP Monday) and the IOM's list 'more than 100 houses ... were buried': the figure rose with the assessment (a judgement call: Friday's local 'more than 100' and Saturday's 60 come from different sources).",
            "mentions": [
                ("01", "around 60", 60, {"as_of": SAT}),
                ("02", "more than 100", 100, {"as_of": FRI}),
                ("03", "more than 150", 150, {"as_of": SUN}),
                ("03", "more than 100", 100, {"as_of": SUN}),
                ("04", "150", 150, {"ctx": "150 houses", "as_of": SUN}),
                ("05", "150-plus", 150, {"low": 150, "high": None, "as_of": SUN}),
                ("06", "More than 150", 150, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "houses buried beyond the earlier report", "verdict": "single-source",
            "why": "150 houses, 'around 90 more than previously reported' (an increment, not the number of houses).",
            "mentions": [("04", "around 90", 90)],
        },
        {
            "event": E, "kind": "count", "role": "houses abandoned nearby", "verdict": "single-source",
            "why": "More than 250 houses nearby abandoned (the IOM).",
            "mentions": [("03", "More than 250", 250)],
        },
        {
            "event": E, "kind": "count", "role": "villages affected", "verdict": "compatible",
            "why": "'six villages' (the governor; the AP) and 'More than six villages' (Australia's DFAT).",
            "mentions": [
                ("02", "six", 6, {"ctx": "\"six villages\""}),
                ("03", "More than six", 6),
                ("06", "six", 6, {"ctx": "six villages"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "displaced", "verdict": "conflict",
            "why": "The IOM on Sunday: 'around 1,000' displaced (Aktoprak in an interview) and 'more than 1,000' (to AFP) against 'some 1250' (its email statement): about 1,000 and about 1,250 cannot both hold (a judgement call: both are the same agency's figures of the same day).",
            "mentions": [
                ("03", "some 1250", 1250),
                ("04", "around 1,000", 1000),
                ("05", "more than 1,000", 1000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people treated", "verdict": "single-source",
            "why": "Medical assistance given to seven people (a look-alike of the seven bodies).",
            "mentions": [("01", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "aid workers of the IOM on site", "verdict": "single-source",
            "why": "Six IOM aid workers on site (a look-alike of the six villages and six bodies).",
            "mentions": [("04", "six", 6, {"ctx": "six aid workers"})],
        },
        {
            "event": E, "kind": "count", "role": "a resident's family members buried", "verdict": "single-source",
            "why": "A resident's 18 family members buried.",
            "mentions": [("06", "18", 18)],
        },
        {
            "event": E, "kind": "count", "role": "people living near the area", "verdict": "single-source",
            "why": "About 4,000 people living near the area (CARE, 27 May).",
            "mentions": [("07", "About 4,000", 4000)],
        },
        {
            "event": E, "kind": "measure", "role": "depth:the soil over the village", "verdict": "single-source",
            "why": "Buried under six to eight metres of soil.",
            "mentions": [("04", "between six to eight metres", 7, {"low": 6, "high": 8, "note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:from Port Moresby", "verdict": "single-source",
            "why": "The Mulitaka region is about 600 km from the capital.",
            "mentions": [("03", "about 600km", 600000, {"note": "metres; written in km"})],
        },
        {
            "event": E, "kind": "duration", "role": "time since the landslide (Monday)", "verdict": "compatible",
            "why": "The AP on Monday: 'three days ago' and 'More than 72 hours after the landslide'.",
            "mentions": [
                ("06", "three days", 3, {"note": "days"}),
                ("06", "More than 72 hours", 3, {"low": 3, "high": None, "note": "days; written in hours"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the landslide", "verdict": "agree",
            "why": "At about 3 a.m. local time ('around three last night' for a local witness on Friday).",
            "mentions": [
                ("02", "around 3:00 am", "2024-05-24T03:00+10:00"),
                ("02", "around three", "2024-05-24T03:00+10:00", {"note": "written 'around three last night'"}),
                ("06", "around 3 a.m.", "2024-05-24T03:00+10:00"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the landslide", "verdict": "conflict",
            "why": "Friday 24 May 2024 for every outlet; one AFP copy (am1.news) writes 'Friday, May 22' (22 May 2024 was a Wednesday): a date that cannot hold with the others' Friday.",
            "mentions": [
                ("02", "Friday, May 22", "2024-05-22", {"note": "written 'Friday, May 22'; 22 May 2024 was a Wednesday"}),
                ("03", "Friday", FRI, {"ctx": "that Friday’s"}),
                ("03", "Friday", FRI, {"ctx": "in Friday’s"}),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "on Friday has"}),
                ("06", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:local officials' first toll", "verdict": "single-source",
            "why": "Local officials reported 100 or more dead on Friday.",
            "mentions": [("05", "Friday", FRI, {"ctx": "more on Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:three bodies recovered", "verdict": "single-source",
            "why": "Three bodies recovered by Saturday morning.",
            "mentions": [("01", "Saturday morning", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the UN office's statement", "verdict": "single-source",
            "why": "The UN office's statement released on Saturday.",
            "mentions": [("04", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the IOM's estimate of 670", "verdict": "agree",
            "why": "The IOM spoke on Sunday (670; five bodies 'by Sunday').",
            "mentions": [
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN, {"ctx": "said on Sunday"}),
                ("05", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:heavy machinery expected", "verdict": "single-source",
            "why": "Heavy machinery expected to arrive on Sunday.",
            "mentions": [("04", "Sunday", SUN, {"ctx": "arrive on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the National Disaster Centre's letter", "verdict": "agree",
            "why": "The letter to the UN was dated Sunday 26 May ('on May 26').",
            "mentions": [
                ("06", "Sunday", SUN),
                ("07", "May 26", SUN, {"ctx": "on May 26, the acting"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the government's figure made public", "verdict": "single-source",
            "why": "The government said Monday (the letter released Monday).",
            "mentions": [
                ("06", "Monday", MON, {"ctx": "government said Monday"}),
                ("06", "Monday", MON, {"ctx": "released Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:a funeral", "verdict": "single-source",
            "why": "A funeral held on Monday.",
            "mentions": [("06", "Monday", MON, {"ctx": "funeral on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first excavator reached the area", "verdict": "single-source",
            "why": "Late on 26 May.",
            "mentions": [("07", "May 26", SUN, {"ctx": "late on May 26"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:CARE's statement", "verdict": "single-source",
            "why": "CARE spoke on 27 May.",
            "mentions": [("07", "May 27", MON)],
        },
        # --- background ---
        {
            "event": CENSUS, "kind": "date", "role": "date-of:the last credible census", "verdict": "agree",
            "why": "The last credible / reliable census was in 2000.",
            "mentions": [
                ("06", "2000", "2000"),
                ("07", "2000", "2000"),
            ],
        },
        {
            "event": NEW_CENSUS, "kind": "date", "role": "date-of:the new census", "verdict": "single-source",
            "why": "A new census planned in 2024.",
            "mentions": [("07", "2024", "2024")],
        },
    ],
}
