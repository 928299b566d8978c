# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Whakaari / White Island eruption story (second sealed test gold; read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths in metres (the written unit in ``note``).
"""

E = "e1"
MILE = 1609.344
DOZENS = {"low": 20, "high": 99}
SPEC = {
    "description": (
        "The eruption of Whakaari / White Island, New Zealand, at about 2 p.m. on Monday 9 December 2019 with 47 "
        "people on the island, as seven outlets reported it from that day to 16 December: the confirmed toll rose "
        "from five to six, eight and 'at least 15', the confirmed-and-presumed count from 'an estimated 13' to 16, "
        "the missing fell from eight to two after six bodies were recovered on Friday 13 December, and the "
        "hospitalised from 31 to 15; one outlet dates the eruption to Tuesday. The island's 2016 eruption is a "
        "background event."
    ),
    "documents": {
        "01": {"published_how": "no date on the page; inferred: AP's first-day report (the eruption 'Monday', 5 dead), 9 December"},
        "02": {"published_how": "date in the page's URL (2019/12/10)"},
        "03": {"published_how": "'date 2019-12-11' on the stored page"},
        "04": {"published_how": "'date 2019-12-12' on the stored page; date in the URL"},
        "05": {"published_how": "dateline 'WELLINGTON, Dec 13 (NNN-AGENCIES)'"},
        "06": {"published_how": "no date on the page; inferred: the recovery of six bodies 'four days after it erupted' (Friday 13 December)"},
        "07": {"published_how": "the page's heading 'Volcano erupts while tourists visit - 16th December 2019'"},
    },
    "events": [
        {"id": "e1", "label": "the eruption of Whakaari / White Island, 9 December 2019, and the recovery that followed", "main": True},
        {"id": "e2", "label": "the 2016 eruption of White Island (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The confirmed toll rose as victims died in hospital and bodies were recovered: five on Monday 9 December, six "
                "on Tuesday, eight by Thursday, 'at least 15' after six bodies were recovered on Friday 13 December."
            ),
            "mentions": [
                ("01", "5", 5, {"ctx": "5 Dead"}),
                ("01", "five", 5),
                ("02", "five", 5, {"note": "confirmed fatalities"}),
                ("03", "six", 6),
                ("04", "six", 6, {"as_of": "2019-12-11", "note": "the earlier confirmed toll, before two died in hospital"}),
                ("05", "eight", 8, {"ctx": "climbed to eight"}),
                ("06", "at least 15", 15),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:confirmed and presumed", "verdict": "updated",
            "why": (
                "Confirmed dead plus those presumed dead on the island: 'an estimated 13' (five plus eight) on Tuesday, 16 "
                "(eight plus eight) once two more died in hospital, and 16 killed in the later summary."
            ),
            "mentions": [
                ("02", "an estimated 13", 13, {"low": 13, "high": 13, "note": "five confirmed and eight presumed dead"}),
                ("04", "16", 16),
                ("05", "16", 16),
                ("07", "16", 16, {"ctx": "killing 16 people"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "updated",
            "why": "Eight missing and presumed dead from Monday to Thursday; two after six bodies were recovered on Friday 13 December.",
            "mentions": [
                ("01", "8", 8, {"ctx": "8 Missing"}),
                ("01", "eight", 8),
                ("02", "eight", 8, {"note": "presumed dead"}),
                ("03", "Eight", 8),
                ("03", "eight", 8, {"ctx": "for eight people"}),
                ("03", "eight", 8, {"ctx": "of the eight people"}),
                ("04", "eight", 8),
                ("05", "Eight", 8, {"ctx": "Eight more people"}),
                ("06", "two", 2, {"ctx": "recover two more bodies"}),
                ("06", "two", 2, {"ctx": "the other two"}),
                ("07", "eight", 8, {"as_of": "2019-12-12", "note": "before the recovery of Friday 13 December, told afterwards"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies visible on the island", "verdict": "single-source",
            "why": "Six of the eight bodies could be seen from the air, a look-alike of the six recovered.",
            "mentions": [("05", "Six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "bodies not seen", "verdict": "single-source",
            "why": "The two of the eight that could not be seen.",
            "mentions": [("05", "two", 2, {"ctx": "the other two"})],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered", "verdict": "single-source",
            "why": "Six bodies recovered on Friday 13 December, stated twice by one outlet.",
            "mentions": [
                ("06", "six", 6, {"ctx": "retrieved six bodies"}),
                ("06", "six", 6, {"ctx": "The six bodies"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies:seen in the water", "verdict": "single-source",
            "why": "One of the two bodies still to recover was seen in the water (a subset of the missing).",
            "mentions": [("06", "one", 1, {"ctx": "including one that"})],
        },
        {
            "event": E, "kind": "count", "role": "bodies:not found", "verdict": "single-source",
            "why": "The other of the two was still missing (a subset of the missing).",
            "mentions": [("06", "one", 1, {"ctx": "The other one"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in hospital", "verdict": "agree",
            "why": "Two of the hospitalised survivors died (announced on Thursday 12 December).",
            "mentions": [
                ("04", "two", 2, {"ctx": "after two people"}),
                ("04", "two", 2, {"ctx": "deaths of the two"}),
                ("05", "two", 2, {"ctx": "with two people"}),
                ("07", "Two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on the island", "verdict": "compatible",
            "why": "47 people (tourists and guides) in every count; 'dozens of tourists' in AP's first lines.",
            "mentions": [
                ("01", "dozens", 40, {"ctx": "as dozens of tourists", **DOZENS}),
                ("01", "47", 47),
                ("02", "47", 47),
                ("03", "47", 47),
                ("05", "47", 47),
                ("06", "47", 47),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from Australia", "verdict": "single-source",
            "why": "A subset of the 47.",
            "mentions": [("03", "Twenty-four", 24)],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from the United States", "verdict": "single-source",
            "why": "A subset of the 47 (a look-alike of the eight missing and others).",
            "mentions": [("03", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from New Zealand", "verdict": "single-source",
            "why": "A subset of the 47 (a look-alike of the five first dead).",
            "mentions": [("03", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from Germany", "verdict": "single-source",
            "why": "A subset of the 47.",
            "mentions": [("03", "four", 4, {"ctx": "four from Germany"})],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from China and from Britain (each)", "verdict": "single-source",
            "why": "A subset of the 47.",
            "mentions": [("03", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "people on the island:from Malaysia", "verdict": "single-source",
            "why": "A subset of the 47.",
            "mentions": [("03", "one", 1, {"ctx": "and one from Malaysia"})],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "compatible",
            "why": "'Dozens of survivors' (AP, Monday) and 23 tourists saved (the later summary) overlap at about two dozen.",
            "mentions": [
                ("01", "dozens", 40, {"ctx": "rescue dozens of survivors", **DOZENS}),
                ("07", "23", 23),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "compatible",
            "why": "'Dozens of injured' airlifted and 'more than 30 people injured' overlap.",
            "mentions": [
                ("02", "dozens", 40, DOZENS),
                ("03", "more than 30", 30),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:in hospital", "verdict": "updated",
            "why": "31 hospitalised on Monday, 28 on Thursday, more than 20 on 13 December and 15 in burns units after the transfers to Australia and the deaths in hospital.",
            "mentions": [
                ("01", "31", 31, {"ctx": "31 survivors are"}),
                ("01", "31", 31, {"ctx": "31 survivors were"}),
                ("04", "28", 28),
                ("05", "More than 20", 20),
                ("06", "15", 15, {"ctx": "while 15 victims", "note": "in burns units nationwide"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:critical or in intensive care", "verdict": "updated",
            "why": "23 in critical condition on 12 December, 20 in intensive care by 16 December.",
            "mentions": [
                ("04", "23", 23),
                ("07", "20", 20, {"ctx": "while 20 are"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:released from hospital", "verdict": "single-source",
            "why": "Three survivors released on Monday.",
            "mentions": [("01", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "injured:to be flown to Australia (planned)", "verdict": "single-source",
            "why": "Australia planned to fly 10 injured home, a look-alike of those already transferred.",
            "mentions": [("04", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "injured:transferred to Australia", "verdict": "updated",
            "why": "Seven transferred to Australian burns units by 13 December (Reuters), 13 Australians transferred after the recovery (a later report).",
            "mentions": [
                ("05", "seven", 7),
                ("06", "13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescue helicopters", "verdict": "single-source",
            "why": "Four helicopter crews landed on the island.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "explosions", "verdict": "single-source",
            "why": "Two explosions in quick succession.",
            "mentions": [("01", "two", 2, {"ctx": "of two explosions"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:the island offshore", "verdict": "compatible",
            "why": "50 km and its conversion 30 miles (48.3 km), 'some' or 'about' in several outlets: the same distance.",
            "mentions": [
                ("01", "some 30 miles", round(30 * MILE), {"note": "metres; written in miles"}),
                ("01", "50 kilometers", 50000, {"note": "metres; written in kilometres, the conversion of 30 miles"}),
                ("02", "50 kilometers", 50000, {"note": "metres; written in kilometres"}),
                ("02", "30 miles", round(30 * MILE), {"note": "metres; written in miles, the conversion of 50 km"}),
                ("04", "about 50 km", 50000, {"note": "metres; written in kilometres"}),
                ("04", "30 miles", round(30 * MILE), {"note": "metres; written in miles, the conversion of 50 km"}),
                ("06", "50km", 50000, {"note": "metres; written in kilometres, offshore from Whakatane"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the sailing to the island", "verdict": "single-source",
            "why": "About 30 minutes' sailing from the coast (a look-alike of the 30 miles).",
            "mentions": [("06", "about 30-minute", 30, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "measure", "role": "height of the plume", "verdict": "single-source",
            "why": "12,000 feet and its conversion 3,660 metres, in one outlet.",
            "mentions": [
                ("04", "an estimated 12,000 feet", 3658, {"note": "metres; written in feet"}),
                ("04", "3,660 meters", 3660, {"note": "metres, the conversion of 12,000 feet"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:eruption", "verdict": "conflict",
            "why": "Six outlets put the eruption on Monday 9 December; Sensations English says it erupted on Tuesday.",
            "mentions": [
                ("01", "Monday", "2019-12-09"),
                ("02", "Monday", "2019-12-09"),
                ("03", "Monday", "2019-12-09"),
                ("04", "Monday", "2019-12-09"),
                ("05", "Monday", "2019-12-09", {"ctx": "from Monday’s eruption"}),
                ("05", "Monday", "2019-12-09", {"ctx": "erupted on Monday"}),
                ("06", "Monday", "2019-12-09"),
                ("07", "Tuesday", "2019-12-10"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:eruption", "verdict": "single-source",
            "why": "About 2 p.m. local time.",
            "mentions": [("01", "about 2 p.m.", "14:00")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the eruption", "verdict": "compatible",
            "why": "'Two days ago' in AP's report (US date of Wednesday 11 December) and 'four days after' at the recovery on Friday 13 December count from the same Monday.",
            "mentions": [
                ("04", "two days", 2, {"note": "days"}),
                ("06", "four days", 4, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Schade's family's departure before the eruption", "verdict": "single-source",
            "why": "The tweeting tourist's family left the island 20 minutes before.",
            "mentions": [("01", "20 minutes", 20, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Tuesday reports", "verdict": "agree",
            "why": "The toll of six and the first accounts came on Tuesday 10 December, the day after the eruption (a look-alike of one outlet's 'erupted on Tuesday').",
            "mentions": [
                ("02", "Tuesday", "2019-12-10"),
                ("03", "Tuesday", "2019-12-10"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll's rise to eight", "verdict": "single-source",
            "why": "The two deaths in hospital were announced on Thursday 12 December.",
            "mentions": [("04", "Thursday", "2019-12-12", {"ctx": "announced Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first transfers to Australia", "verdict": "single-source",
            "why": "The transfers were to begin on Thursday 12 December.",
            "mentions": [("04", "Thursday", "2019-12-12", {"ctx": "beginning Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police statement on the recovery plan", "verdict": "single-source",
            "why": "Tims's statement of Thursday 12 December.",
            "mentions": [("05", "Thursday", "2019-12-12")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:GeoNet's last estimate", "verdict": "single-source",
            "why": "GeoNet's updated calculation of Thursday afternoon, 12 December.",
            "mentions": [("06", "Thursday afternoon", "2019-12-12")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:recovery of the bodies", "verdict": "agree",
            "why": "The recovery mission was planned for and carried out on Friday (morning) 13 December.",
            "mentions": [
                ("05", "Friday", "2019-12-13", {"ctx": "bodies on Friday\n"}),
                ("05", "Friday", "2019-12-13", {"ctx": "White Island on Friday"}),
                ("05", "Friday", "2019-12-13", {"ctx": "(Friday) morning"}),
                ("05", "Friday", "2019-12-13", {"ctx": "first light on Friday"}),
                ("07", "Friday morning", "2019-12-13"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sea blessing", "verdict": "single-source",
            "why": "The families' sea blessing on Friday morning, 13 December (the day of the recovery, another event).",
            "mentions": [("06", "Friday morning", "2019-12-13")],
        },
        {
            "event": E, "kind": "percent", "role": "chance of another eruption", "verdict": "compatible",
            "why": "GeoNet's estimates 50/50 (Tuesday), 40-60% (Wednesday) and 50-60% (Thursday) overlap.",
            "mentions": [
                ("03", "50/50", 50),
                ("04", "40 percent to 60 percent", 50, {"low": 40, "high": 60}),
                ("06", "50 per cent to 60 per cent", 55, {"low": 50, "high": 60}),
                ("07", "50-60%", 55, {"low": 50, "high": 60}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the forecast window", "verdict": "agree",
            "why": "The chance of another eruption was given for the next 24 hours in both.",
            "mentions": [
                ("04", "24 hours", 24, {"note": "hours"}),
                ("06", "24 hours", 24, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "visitors per year", "verdict": "single-source",
            "why": "10,000 people visit the island every year.",
            "mentions": [("07", "10,000", 10000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:GeoNet's warning", "verdict": "single-source",
            "why": "GeoNet warned on 3 December that eruptive activity was more likely than normal.",
            "mentions": [("07", "3 December", "2019-12-03")],
        },
        {
            "event": E, "kind": "count", "role": "recovery team", "verdict": "single-source",
            "why": "Eight NZDF specialists recovered the bodies (a look-alike of the eight missing).",
            "mentions": [("07", "Eight", 8)],
        },
        {
            "event": E, "kind": "measure", "role": "replacement skin needed", "verdict": "single-source",
            "why": "The surgeons' estimate of the skin the patients need.",
            "mentions": [("07", "120 square metres", 120, {"note": "square metres"})],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:the previous eruption", "verdict": "agree",
            "why": "The island's previous eruption, in 2016 (a trap for the 2019 eruption's date).",
            "mentions": [
                ("04", "2016", "2016"),
                ("07", "2016", "2016"),
            ],
        },
    ],
}
