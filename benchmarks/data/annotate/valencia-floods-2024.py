# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the flash floods in eastern Spain (Valencia), 29-30 October 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres, rain in millimetres; durations in days or hours (unit in
`note`); dates as ISO strings. Tuesday = 29 October 2024. The days of statements ("on Friday",
"said on Saturday", "announced on Saturday", "Today"), the time of a count ("as of 7:00 PM"), the
dateline ("Nov 03"), the emergency number 112 and the periods "in decades", "this century" are not
mentions.
"""

E = "e1"
ROMANIA = "e2"
PORTUGAL = "e3"
WED = "2024-10-30"
FRI = "2024-11-01"
SAT = "2024-11-02"
SUN = "2024-11-03"
SPEC = {
    "description": (
        "The flash floods of Tuesday 29 - Wednesday 30 October 2024 in eastern and southern Spain (the Valencia region "
        "above all), as six outlets reported them from Wednesday 30 October to Sunday 3 November 2024: the toll 'nearly a "
        "hundred' (Wednesday evening) -> 158 (Friday morning) -> 205 (Friday) -> 'passed 209' (Saturday) -> 213 -> 'at least "
        "214' (Sunday) (`updated`); the Valencia region's dead 92 -> 202 -> 210 (`updated`); three dead outside it "
        "(`agree`), two in Castilla-La Mancha (`agree`) and one in Andalusia (`agree`); 'dozens' missing (`agree`); troops on "
        "site 1,200 (Friday) -> 2,500 (Saturday) (`updated`), reinforcements of 500 (Friday, `agree`) and 5,000 (Saturday, "
        "`agree`), 7,500 in all; 5,000 police and Civil Guards (a look-alike); people without power 115,000 (Wednesday) -> "
        "around 7,000 (Sunday) (`updated`); the days since the floods, three -> four -> five (`updated`); 491 mm of rain in "
        "eight hours on Tuesday; three days of mourning and a woman trapped for three days (look-alikes). Background "
        "events whose figures are traps: the Romanian floods of 1970 (its toll, 209, only named by 'That was the number') and the Portuguese floods of 1967 (at least "
        "500 dead; `agree` on the year)."
    ),
    "documents": {
        "01": {"published_how": "the URL's time stamp 1730319679 (30 October 2024, 20:21 UTC)"},
        "02": {"published_how": "the corpus's date line 2024-11-01 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-11-01 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; 'Four days after torrential rains', Sanchez 'said on Saturday': 2 November 2024 (a guess within a day)"},
        "05": {"published_how": "the URL's 2024/11/03"},
        "06": {"published_how": "the text's dateline 'Nov 03'"},
    },
    "events": [
        {"id": E, "label": "the flash floods in eastern and southern Spain (Valencia), 29-30 October 2024, and the search that followed", "main": True},
        {"id": ROMANIA, "label": "the floods in Romania, 1970 (background)", "main": False},
        {"id": PORTUGAL, "label": "the floods in Portugal, 1967 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "dead", "verdict": "updated",
            "why": "The national toll rose as bodies were found: 'nearly a hundred' (92 + 1 + 2 on Wednesday evening), 158 (AFP, Friday morning), 205 (Friday), 'passed 209' (Sanchez, Saturday; the next sentence says 209 was also the toll of Romania's floods of 1970, whose figure is not written again), 213 and 'at least 214' (Sunday; successive counts of one day, each the latest its outlet had).",
            "mentions": [
                ("01", "nearly a hundred", 100, {"as_of": WED}),
                ("02", "158", 158, {"as_of": FRI}),
                ("03", "205", 205, {"as_of": FRI}),
                ("04", "passed 209", 209, {"low": 209, "high": None, "as_of": SAT}),
                ("05", "213", 213, {"as_of": SUN}),
                ("06", "at least 214", 214, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead in the Valencia region", "verdict": "updated",
            "why": "92 in Valencia on Wednesday evening, 202 confirmed by the region's emergency services on Friday, 210 on Sunday.",
            "mentions": [
                ("01", "92", 92, {"as_of": WED}),
                ("03", "202", 202, {"as_of": FRI}),
                ("05", "210", 210, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead outside the Valencia region", "verdict": "agree",
            "why": "'a combined three deaths' in Castilla-La Mancha and Andalusia; 'three more women' there.",
            "mentions": [
                ("03", "three", 3, {"ctx": "a combined three deaths"}),
                ("05", "three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead in Castilla-La Mancha", "verdict": "agree",
            "why": "Two dead in Castilla-La Mancha.",
            "mentions": [
                ("01", "two", 2),
                ("06", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead in Andalusia", "verdict": "agree",
            "why": "One dead in Andalusia (in the province of Malaga).",
            "mentions": [
                ("01", "one", 1),
                ("06", "one", 1),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "agree",
            "why": "'dozens' missing in every report (no figure given; the interior minister said the number 'is not exact').",
            "mentions": [
                ("01", "dozens", 24, {"low": 24, "high": None, "as_of": WED, "note": "written 'dozens'"}),
                ("02", "dozens", 24, {"ctx": "search for dozens", "low": 24, "high": None, "as_of": FRI, "note": "written 'dozens'"}),
                ("02", "dozens", 24, {"ctx": "“dozens”", "low": 24, "high": None, "as_of": FRI, "note": "written 'dozens'"}),
                ("03", "dozens", 24, {"low": 24, "high": None, "as_of": FRI, "note": "written 'dozens'"}),
                ("04", "dozens", 24, {"low": 24, "high": None, "as_of": SAT, "note": "written 'dozens'"}),
                ("06", "dozens", 24, {"low": 24, "high": None, "as_of": SUN, "note": "written 'dozens'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people feared trapped in the Bonair car park", "verdict": "single-source",
            "why": "'fears that dozens of people may be trapped in the parking lot of the Bonair shopping center' (a part of the missing, not their number).",
            "mentions": [("05", "dozens", 24, {"low": 24, "high": None, "note": "written 'dozens'"})],
        },
        {
            "event": E, "kind": "count", "role": "people sought near the Consum supermarket", "verdict": "single-source",
            "why": "'with the hope of finding at least 20 people'.",
            "mentions": [("05", "at least 20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "troops on site before the latest reinforcement", "verdict": "updated",
            "why": "'the 1,200 already on site' on Friday; 'the 2,500 already deployed' on Saturday (after Friday's 500 and Saturday's first 500).",
            "mentions": [
                ("02", "1,200", 1200, {"as_of": FRI}),
                ("03", "1,200", 1200, {"as_of": FRI}),
                ("06", "2,500", 2500, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "troops sent on Friday", "verdict": "agree",
            "why": "'an extra 500 troops' (Friday; a reinforcement, not the troops on site).",
            "mentions": [
                ("02", "500", 500),
                ("03", "500", 500),
            ],
        },
        {
            "event": E, "kind": "count", "role": "troops sent after Saturday's announcement", "verdict": "agree",
            "why": "Sanchez announced 'an additional 5,000 army troops' on Saturday; '5,000 more soldiers have been sent'.",
            "mentions": [
                ("05", "5,000", 5000, {"ctx": "5,000 more soldiers"}),
                ("06", "5,000", 5000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "soldiers in the search in all", "verdict": "single-source",
            "why": "'bringing the total to 7,500 soldiers' (2,500 + 5,000).",
            "mentions": [("05", "7,500", 7500)],
        },
        {
            "event": E, "kind": "count", "role": "police and Civil Guards mobilised", "verdict": "single-source",
            "why": "'5,000 police officers and Civil Guards' (a look-alike of the 5,000 soldiers).",
            "mentions": [("05", "5,000", 5000, {"ctx": "5,000 police officers"})],
        },
        {
            "event": E, "kind": "count", "role": "people without electricity", "verdict": "updated",
            "why": "Power outages for 115,000 people on Wednesday; 'around 7,000 people remain without electricity' on Sunday.",
            "mentions": [
                ("01", "115,000", 115000, {"as_of": WED}),
                ("05", "around 7,000", 7000, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "users whose electricity was restored", "verdict": "single-source",
            "why": "'electricity service has been restored to 94% of users'.",
            "mentions": [("05", "94%", 94)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since the floods began", "verdict": "updated",
            "why": "'three days after the disaster' (Friday), 'Four days after' (Saturday), 'Five days after' (Sunday): the same elapsed time, reported as it grew.",
            "mentions": [
                ("02", "three days", 3, {"ctx": "fading three days", "as_of": FRI, "note": "days"}),
                ("02", "three days", 3, {"ctx": "power three days", "as_of": FRI, "note": "days"}),
                ("03", "three days", 3, {"as_of": FRI, "note": "days"}),
                ("04", "Four days", 4, {"as_of": SAT, "note": "days"}),
                ("05", "Five days", 5, {"as_of": SUN, "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "'declared three days of mourning' (a look-alike of the three days since the floods).",
            "mentions": [("01", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:a woman's time trapped in a Montcada car park", "verdict": "single-source",
            "why": "'a woman who had been trapped for three days in a car park' (a look-alike).",
            "mentions": [("06", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the floods' start", "verdict": "single-source",
            "why": "'covered towns with mud since Tuesday'; Chiva's rain 'on Tuesday' (29 October 2024).",
            "mentions": [
                ("03", "Tuesday", "2024-10-29", {"ctx": "since Tuesday"}),
                ("03", "Tuesday", "2024-10-29", {"ctx": "hours on Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "rain at Chiva", "verdict": "single-source",
            "why": "'recorded 491 mm of rain'.",
            "mentions": [("03", "491 mm", 491, {"note": "millimetres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Chiva's rain", "verdict": "single-source",
            "why": "'in just eight hours on Tuesday'.",
            "mentions": [("03", "eight hours", 8, {"note": "hours"})],
        },
        {
            "event": E, "kind": "measure", "role": "height of the water in the Bonair car park", "verdict": "single-source",
            "why": "'a height of four meters in the two underground floors'.",
            "mentions": [("05", "four meters", 4, {"note": "metres"})],
        },
        {
            "event": E, "kind": "count", "role": "age of a Picanya shop owner", "verdict": "single-source",
            "why": "'Emilia, a 74-year-old shop owner'.",
            "mentions": [("06", "74", 74, {"note": "years"})],
        },
        # --- background ---
        {
            "event": ROMANIA, "kind": "date", "role": "date-of:Romania's floods", "verdict": "single-source",
            "why": "'in Romania in 1970'.",
            "mentions": [("04", "1970", "1970")],
        },
        {
            "event": PORTUGAL, "kind": "count", "role": "dead in Portugal's floods of 1967", "verdict": "single-source",
            "why": "'at least 500 people died in Portugal in 1967'.",
            "mentions": [("04", "at least 500", 500)],
        },
        {
            "event": PORTUGAL, "kind": "date", "role": "date-of:Portugal's floods", "verdict": "agree",
            "why": "'in Portugal in 1967'; 'Europe's most severe flood disaster since 1967'.",
            "mentions": [
                ("04", "1967", "1967"),
                ("06", "1967", "1967"),
            ],
        },
    ],
}
