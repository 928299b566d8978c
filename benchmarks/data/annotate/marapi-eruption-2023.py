# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the eruption of Mount Marapi, West Sumatra, Sunday 3 December 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; heights and distances in metres (the written unit in note); durations in
days (note); dates as ISO strings; times in Western Indonesia Time (UTC+7). Sunday = 3 December
2023 (the eruption), Monday = 4 December, Wednesday = 6, Thursday = 7 December.
"""

E = "e1"
JAN = "e2"
ALERT = "e3"
INDONESIA = "e4"
PAST = "e5"
SLOPES = "e6"
SAT = "2023-12-02"
SUN = "2023-12-03"
MON = "2023-12-04"
WED = "2023-12-06"
THU = "2023-12-07"
FOOT = 0.3048
MILE = 1609.344
SPEC = {
    "description": (
        "The eruption of Mount Marapi, West Sumatra, Indonesia, at about 2.53 p.m. on Sunday 3 December 2023, with about "
        "75 climbers on the mountain, as eight outlets reported it from Monday 4 to Thursday 7 December (one later "
        "school-paper summary): climbers dead 11 (Monday) -> 13 (Monday evening) -> 23 (Wednesday) (`updated`); missing "
        "12 -> 10 (`updated`); climbers evacuated 49 (Sunday evening) -> 52 (`updated`), and one outlet's '75 people, "
        "including the climbers ... evacuated' (its own cluster); 26 left behind, of whom 14 found, three alive; taken to "
        "hospital eight on Sunday -> 'about a dozen' / 'over a dozen' (`updated`); ash up to / as high as 3,000 metres "
        "(9,840 / 9,800 feet) and 'up to 9,000 feet' (`compatible`: a loose conversion, a judgement call); the peak 2,891 "
        "m / nearly 2,900 m (9,480 / 9,484 feet) (`compatible`); the exclusion zone 3 km (1.8 miles) / 'a two-mile "
        "radius' (`compatible`). Background whose figures are traps: Indonesia's active volcanoes (more than 120 / 127 / "
        "nearly 129: `compatible`), the alert level held since 2011, the January 2023 eruption, Marapi's last deadly "
        "eruption ('over 60' dead), about 1,400 people on the slopes about 3 miles (not 3 km) from the peak. Look-alikes "
        "inside the event: 11 dead and 11 bodies earlier; three alive and three earthquakes; 12 missing and a dozen in "
        "hospital; 75 climbers and 75 evacuated."
    ),
    "documents": {
        "01": {"published_how": "the page's time line 'December 04, 2023, 12:03 PM' (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2023-12-04 (removed) and the URL's /2023/12/4/"},
        "03": {"published_how": "the corpus's date line 2023-12-04 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2023-12-04 (removed from the text)"},
        "05": {"published_how": "the page's date line '5-12-2023' (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the bodies 'recovered on Monday, Dec. 4', 12 still missing 'at press time': 4 December 2023 (a guess within a day)"},
        "07": {"published_how": "inferred: the URL's /2023/12/ and 'officials said Thursday' (7 December 2023)"},
        "08": {"published_how": "inferred: no date on the stored page; the search ended 'by late Wednesday' and ash 'more than three days after the eruption': taken as 8 December 2023 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the eruption of Mount Marapi, West Sumatra, Sunday 3 December 2023, and the search for the climbers", "main": True},
        {"id": JAN, "label": "Marapi's eruption of January 2023, with no casualties (background)", "main": False},
        {"id": ALERT, "label": "Marapi's alert level, held since 2011 (background)", "main": False},
        {"id": INDONESIA, "label": "Indonesia's active volcanoes (background)", "main": False},
        {"id": PAST, "label": "Marapi's last deadly eruption (background)", "main": False},
        {"id": SLOPES, "label": "the villages on Marapi's slopes (background)", "main": False},
    ],
    "clusters": [
        # --- the climbers ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "Climbers dead as the bodies were found: 11 on Monday (at least 11), 13 on Monday evening ('two more bodies'), 23 after a body found on Wednesday (the search ended). A count that rose with the search.",
            "mentions": [
                ("01", "11", 11, {"ctx": "11 climbers have been", "as_of": MON}),
                ("01", "11", 11, {"ctx": "the 11 casualties", "as_of": MON}),
                ("02", "at least 11", 11, {"as_of": MON}),
                ("02", "11", 11, {"ctx": "found 11 bodies", "as_of": MON}),
                ("03", "11", 11, {"as_of": MON}),
                ("04", "11", 11, {"ctx": "death of 11", "as_of": MON}),
                ("04", "11", 11, {"ctx": "and 11 were found dead", "as_of": MON}),
                ("05", "13", 13, {"ctx": "toll to 13", "as_of": MON}),
                ("05", "13", 13, {"ctx": "toll is 13", "as_of": MON}),
                ("05", "11", 11, {"ctx": "recovered 11 bodies", "as_of": MON}),
                ("06", "11", 11, {"as_of": MON}),
                ("07", "23", 23, {"ctx": "killed 23", "as_of": WED}),
                ("07", "23", 23, {"ctx": "toll to 23", "as_of": WED}),
                ("08", "23", 23, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies found on Monday evening", "verdict": "single-source",
            "why": "'two more bodies', bringing the toll to 13 (an increment, not the toll).",
            "mentions": [("05", "two", 2, {"as_of": MON})],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "Climbers still missing: 12 on Monday, 10 on Monday evening (after two more bodies).",
            "mentions": [
                ("01", "12", 12, {"as_of": MON}),
                ("02", "12", 12, {"as_of": MON}),
                ("03", "12", 12, {"as_of": MON}),
                ("04", "12", 12, {"as_of": MON}),
                ("05", "10", 10, {"as_of": MON}),
                ("06", "12", 12, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "climbers on the mountain", "verdict": "compatible",
            "why": "About / around 75 climbers had started up on Saturday ('A total of 75 climbers were trapped'; '23 out of 75').",
            "mentions": [
                ("01", "75", 75),
                ("02", "About 75", 75),
                ("03", "Around 75", 75),
                ("07", "About 75", 75),
                ("08", "75", 75),
            ],
        },
        {
            "event": E, "kind": "count", "role": "climbers evacuated", "verdict": "updated",
            "why": "49 climbers evacuated on Sunday evening; 52 by Monday evening ('Some 52 ... rescued after the initial eruption', the AP on Thursday): the three found alive on Monday added.",
            "mentions": [
                ("01", "49", 49, {"as_of": SUN}),
                ("05", "52", 52, {"as_of": MON}),
                ("07", "Some 52", 52, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated, climbers included", "verdict": "single-source",
            "why": "Ripples Nigeria: 'a total of 75 people, including the climbers, have so far been evacuated' (as written; a look-alike of the 75 climbers: kept apart since it counts other people too).",
            "mentions": [("04", "75", 75, {"as_of": MON})],
        },
        {
            "event": E, "kind": "count", "role": "climbers left on the mountain on Sunday", "verdict": "agree",
            "why": "26 not evacuated on Sunday (including the 11 dead).",
            "mentions": [
                ("01", "26", 26, {"as_of": SUN}),
                ("04", "26", 26, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "of the 26, found by Monday", "verdict": "single-source",
            "why": "'we have found 14 of them' (three alive, 11 dead).",
            "mentions": [("04", "14", 14, {"as_of": MON})],
        },
        {
            "event": E, "kind": "count", "role": "climbers found alive on Monday", "verdict": "agree",
            "why": "Three climbers found alive on Monday morning.",
            "mentions": [
                ("01", "three", 3, {"as_of": MON}),
                ("02", "three", 3, {"as_of": MON}),
                ("04", "three", 3, {"as_of": MON}),
                ("06", "Three", 3, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "climbers taken to hospital", "verdict": "updated",
            "why": "Eight of those rescued on Sunday taken to hospitals; 'about a dozen' (the AP, Thursday) / 'over a dozen' later, after three more found alive on Monday.",
            "mentions": [
                ("02", "Eight", 8, {"as_of": SUN}),
                ("03", "eight", 8, {"as_of": SUN}),
                ("07", "about a dozen", 12, {"as_of": THU}),
                ("08", "over a dozen", 12, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "climbers with a broken limb", "verdict": "single-source",
            "why": "One of the eight also had a broken limb.",
            "mentions": [("02", "one", 1, {"ctx": "and one also"})],
        },
        {
            "event": E, "kind": "count", "role": "command posts where climbers registered", "verdict": "agree",
            "why": "Two command posts.",
            "mentions": [
                ("02", "two", 2),
                ("03", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescuers on the mountain", "verdict": "single-source",
            "why": "A team of 40 rescuers on the mountain (Monday).",
            "mentions": [("04", "40", 40)],
        },
        {
            "event": E, "kind": "count", "role": "personnel of the joint rescue team", "verdict": "single-source",
            "why": "More than 100 personnel of the Padang agency, with others, formed a joint team (another quantity than the 40 on the mountain).",
            "mentions": [("05", "more than 100", 100)],
        },
        {
            "event": E, "kind": "count", "role": "eruptions on Sunday", "verdict": "single-source",
            "why": "Marapi erupted nine times on Sunday (CNN Indonesia).",
            "mentions": [("01", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "deep volcanic earthquakes before the eruption", "verdict": "single-source",
            "why": "Recorded three times between 16 November and the eruption (a look-alike of the three found alive).",
            "mentions": [("03", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "age:a surviving climber", "verdict": "single-source",
            "why": "Tita Cahyani, 24.",
            "mentions": [("08", "24-year-old", 24, {"note": "years"})],
        },
        # --- heights and distances ---
        {
            "event": E, "kind": "measure", "role": "height:the ash column", "verdict": "compatible",
            "why": "Ash 'as high as' / 'up to' 3,000 metres (9,840 / 9,800 feet); Straight Arrow News's 'up to 9,000 feet' (2,743 m) is a looser figure of the same column (a judgement call: read as a rough conversion, not a contradiction).",
            "mentions": [
                ("02", "3,000 metres", 3000, {"note": "metres"}),
                ("02", "9,840 feet", round(9840 * FOOT), {"note": "metres; written in feet"}),
                ("03", "up to 3,000 meters", 3000, {"note": "metres"}),
                ("04", "3,000 metres", 3000, {"note": "metres"}),
                ("05", "up to 3,000 meters", 3000, {"note": "metres"}),
                ("06", "up to 9,000 feet", round(9000 * FOOT), {"note": "metres; written in feet"}),
                ("07", "3,000 meters", 3000, {"note": "metres"}),
                ("07", "9,800 feet", round(9800 * FOOT), {"note": "metres; written in feet"}),
                ("08", "3,000 meters", 3000, {"note": "metres"}),
                ("08", "9,800 feet", round(9800 * FOOT), {"note": "metres; written in feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "height:the mountain", "verdict": "compatible",
            "why": "The peak 2,891 m (9,484 feet) / 'nearly 2,900' m (9,480 feet) / 2,900 m.",
            "mentions": [
                ("01", "2,891 meters", 2891, {"note": "metres"}),
                ("02", "nearly 2,900-metre", 2900, {"note": "metres"}),
                ("02", "9,480-foot", round(9480 * FOOT), {"note": "metres; written in feet"}),
                ("03", "2,900-meter", 2900, {"note": "metres"}),
                ("04", "2,891 metres", 2891, {"note": "metres"}),
                ("04", "9,484 feet", round(9484 * FOOT), {"note": "metres; written in feet"}),
                ("05", "2,891 meters", 2891, {"note": "metres"}),
                ("07", "nearly 2,900-meter", 2900, {"note": "metres"}),
                ("07", "9,480-foot", round(9480 * FOOT), {"note": "metres; written in feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "radius:the exclusion zone", "verdict": "compatible",
            "why": "Climbers and villagers barred within 3 km (1.8 miles) of the peak; the school paper's 'two-mile radius' a rounding.",
            "mentions": [
                ("02", "3km", 3000, {"note": "metres; written in km"}),
                ("02", "1.8 miles", round(1.8 * MILE), {"note": "metres; written in miles"}),
                ("03", "3 kilometers", 3000, {"note": "metres; written in kilometers"}),
                ("05", "3-kilometer", 3000, {"note": "metres; written in kilometers"}),
                ("08", "two-mile", round(2 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since the eruption (ash still falling)", "verdict": "single-source",
            "why": "Ash still falling more than three days after the eruption.",
            "mentions": [("08", "more than three days", 3, {"note": "days"})],
        },
        # --- dates and times ---
        {
            "event": E, "kind": "date", "role": "time-of:the eruption", "verdict": "single-source",
            "why": "At around 2.53 p.m. local time.",
            "mentions": [("01", "around 2.53pm", "2023-12-03T14:53+07:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the eruption", "verdict": "agree",
            "why": "Sunday 3 December 2023 in every outlet.",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "(local time) on Sunday"}),
                ("01", "Dec. 3", SUN),
                ("01", "Sunday", SUN, {"ctx": "nine times on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "in Sunday’s eruption"}),
                ("03", "Sunday", SUN, {"ctx": "Sunday’s eruption of"}),
                ("03", "Sunday", SUN, {"ctx": "eruption on Sunday"}),
                ("04", "Sunday", SUN),
                ("05", "December 3", SUN, {"note": "the disaster agency's report 'on the evening of December 3'"}),
                ("06", "Sunday", SUN),
                ("06", "Dec. 3", SUN),
                ("07", "Sunday", SUN, {"ctx": "eruption Sunday"}),
                ("07", "Sunday", SUN, {"ctx": "in Sunday’s eruption"}),
                ("08", "Sunday, December 3, 2023", SUN),
                ("08", "Sunday", SUN, {"ctx": "During Sunday’s"}),
                ("08", "Sunday", SUN, {"ctx": "prior to Sunday’s"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the climbers' start", "verdict": "agree",
            "why": "The climbers started up on Saturday.",
            "mentions": [
                ("02", "Saturday", SAT),
                ("03", "Saturday", SAT),
                ("07", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first evacuations", "verdict": "agree",
            "why": "49 evacuated on Sunday evening; eight of those rescued on Sunday taken to hospital.",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "on Sunday evening"}),
                ("02", "Sunday", SUN, {"ctx": "rescued on Sunday"}),
                ("03", "Sunday", SUN, {"ctx": "On Sunday, eight"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:11 bodies and three survivors found", "verdict": "agree",
            "why": "Monday 4 December (morning).",
            "mentions": [
                ("01", "Monday", MON),
                ("01", "Dec. 4", MON, {"ctx": "Monday (Dec. 4)"}),
                ("02", "Monday", MON),
                ("03", "Monday", MON),
                ("06", "Monday", MON),
                ("06", "Dec. 4", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first reports", "verdict": "single-source",
            "why": "Kompas and the Guardian reported on 4 December 2023.",
            "mentions": [("01", "Dec. 4, 2023", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescue chief's confirmation", "verdict": "single-source",
            "why": "Malik confirmed the toll to journalists on Monday.",
            "mentions": [("04", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 13", "verdict": "single-source",
            "why": "Confirmed on Monday evening.",
            "mentions": [("05", "Monday evening", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last victims found", "verdict": "agree",
            "why": "The last body (a student's) found on Wednesday; all victims found 'by late Wednesday'.",
            "mentions": [
                ("07", "Wednesday", WED, {"ctx": "student Wednesday"}),
                ("07", "Wednesday", WED, {"ctx": "found by late Wednesday"}),
                ("08", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the bodies taken to hospital", "verdict": "single-source",
            "why": "All bodies taken to a hospital by late Wednesday.",
            "mentions": [("07", "Wednesday", WED, {"ctx": "hospital by late Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the search", "verdict": "single-source",
            "why": "Officials said Thursday the search had ended.",
            "mentions": [
                ("07", "Thursday", THU, {"ctx": "officials said Thursday"}),
                ("07", "Thursday", THU, {"ctx": "Officials said Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the earthquake count", "verdict": "single-source",
            "why": "Deep earthquakes counted between 16 November and the eruption.",
            "mentions": [("03", "November 16", "2023-11-16")],
        },
        # --- background ---
        {
            "event": JAN, "kind": "date", "role": "date-of:the January eruption", "verdict": "agree",
            "why": "Active since a January (2023) eruption with no casualties; signs noticed since January.",
            "mentions": [
                ("01", "January", "2023-01"),
                ("06", "January 2023", "2023-01"),
                ("08", "January", "2023-01"),
            ],
        },
        {
            "event": ALERT, "kind": "date", "role": "date-of:the alert level's start", "verdict": "agree",
            "why": "The third highest alert level since 2011.",
            "mentions": [
                ("02", "2011", "2011"),
                ("03", "2011", "2011"),
            ],
        },
        {
            "event": ALERT, "kind": "count", "role": "alert levels on the scale", "verdict": "single-source",
            "why": "The third highest of four alert levels.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": INDONESIA, "kind": "count", "role": "active volcanoes in Indonesia", "verdict": "compatible",
            "why": "'more than 120' / 'over 120' / 127 / 'nearly 129': figures that hold together at their precision.",
            "mentions": [
                ("01", "more than 120", 120),
                ("04", "127", 127),
                ("05", "nearly 129", 129),
                ("06", "over 120", 120),
            ],
        },
        {
            "event": PAST, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "'Its last eruption killed over 60 people' (as written: an earlier eruption, a trap for the toll).",
            "mentions": [("08", "over 60", 60)],
        },
        {
            "event": SLOPES, "kind": "count", "role": "people living on the slopes", "verdict": "agree",
            "why": "Approximately 1,400 people on Marapi's slopes.",
            "mentions": [
                ("03", "Approximately 1,400", 1400),
                ("06", "Approximately 1,400", 1400),
            ],
        },
        {
            "event": SLOPES, "kind": "measure", "role": "distance:the nearest villages from the peak", "verdict": "single-source",
            "why": "About 3 miles from the peak (a look-alike of the 3 km exclusion zone).",
            "mentions": [("06", "about 3 miles", round(3 * MILE), {"note": "metres; written in miles"})],
        },
    ],
}
