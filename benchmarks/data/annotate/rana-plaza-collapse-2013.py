# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Rana Plaza building collapse story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
DAY = "2013-04-24"
PAST_1000 = {"low": 1000, "high": None}
SPEC = {
    "description": (
        "The collapse of the eight-storey Rana Plaza building, which housed five garment factories, in Savar "
        "near Dhaka on the morning of Wednesday 24 April 2013, reported by eight outlets from that night to "
        "11 May while the toll rose from 160-194 to 1,115; AP's 194 against Reuters' 187 the same night and a "
        "next-morning 160 make the toll a conflict. The Tazreen Fashion fire of November 2012 (112 dead) and "
        "the Tung Hai sweater factory fire of 8 May 2013 (eight dead, an 11-storey building) are background "
        "and sibling events whose figures are traps, as are the garment industry's national figures."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2013-04-24); 'Wednesday night' in the text"},
        "02": {"published_how": "blog archive of April 2013; inferred: 'a building collapse in Bangladesh yesterday' (24 April)"},
        "03": {"published_how": "no date on the page; inferred: the toll 'rose to 265 on Thursday', counted 'till 12:10am' (Friday 26 April)"},
        "04": {"published_how": "no date on the page; inferred: 'As of Friday morning' (26 April)"},
        "05": {"published_how": "'Last Modified: 10 May 2013' on the stored page (removed from the text)"},
        "06": {"published_how": "no date on the page; inferred: 'soared past 1,000 on Friday', more than two weeks after 24 April (10 May)"},
        "07": {"published_how": "no date on the page; inferred: 'By Saturday ... the death toll reached 1,115' (11 May)"},
        "08": {"published_how": "'Friday, 10 May 2013 - 12:56' on the stored page (removed from the text)"},
    },
    "events": [
        {"id": "e1", "label": "the collapse of the Rana Plaza building in Savar, 24 April 2013", "main": True},
        {"id": "e2", "label": "the Tazreen Fashion factory fire near Dhaka, November 2012 (background)", "main": False},
        {"id": "e3", "label": "the Tung Hai sweater factory fire in Dhaka, Wednesday 8 May 2013 (sibling)", "main": False},
        {"id": "e4", "label": "Bangladesh's garment industry as a whole (background figures)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The toll rose over two and a half weeks (265 on Thursday 25 April, at least 300 on Friday 26th, "
                "1,006 / 1,038 on 10 May, 1,115 on 11 May), but on the first night AP counted 194 and Reuters 187, "
                "and the next morning's wire copy gives 160: reports that cannot all hold at the same time."
            ),
            "mentions": [
                ("01", "up to 194", 194, {"as_of": "2013-04-24"}),
                ("01", "194", 194, {"ctx": "death toll as 194", "as_of": "2013-04-24"}),
                ("01", "187", 187, {"as_of": "2013-04-24"}),
                ("02", "160", 160, {"as_of": "2013-04-25"}),
                ("03", "265", 265, {"ctx": "rose to 265", "as_of": "2013-04-25"}),
                ("03", "265", 265, {"ctx": "that 265 bodies", "as_of": "2013-04-26", "note": "bodies retrieved till 12:10am"}),
                ("04", "at least 300", 300, {"as_of": "2013-04-26"}),
                ("05", "1,000", 1000, {**PAST_1000, "ctx": "toll tops 1,000", "as_of": "2013-05-10"}),
                ("05", "1,006", 1006, {"ctx": "Official says 1,006", "as_of": "2013-05-10"}),
                ("05", "1,000", 1000, {**PAST_1000, "ctx": "soared past 1,000", "as_of": "2013-05-10"}),
                ("05", "1,006", 1006, {"ctx": "stands at 1,006", "as_of": "2013-05-10"}),
                ("06", "1,000", 1000, {**PAST_1000, "ctx": "toll tops 1,000", "as_of": "2013-05-10"}),
                ("06", "1,000", 1000, {**PAST_1000, "ctx": "soared past 1,000", "as_of": "2013-05-10"}),
                ("06", "1,038", 1038, {"as_of": "2013-05-10", "note": "bodies recovered as of Friday morning"}),
                ("07", "1,100", 1100, {"low": 1100, "high": None, "ctx": "passes 1,100", "as_of": "2013-05-11"}),
                ("07", "1,100", 1100, {"low": 1100, "high": None, "ctx": "past 1,100", "as_of": "2013-05-11"}),
                ("07", "1,115", 1115, {"as_of": "2013-05-11"}),
                ("08", "1,000", 1000, {**PAST_1000, "ctx": "toll passes 1,000", "as_of": "2013-05-10"}),
                ("08", "1,000", 1000, {**PAST_1000, "ctx": "has passed 1,000", "as_of": "2013-05-10"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "compatible",
            "why": "More than 1,000 injured on the first day (Reuters, the wire copy of the next morning) and about 2,500 by 10 May overlap.",
            "mentions": [
                ("01", "more than 1,000", 1000, {"as_of": "2013-04-24"}),
                ("02", "More than\n1,000", 1000, {"low": 1000, "high": None, "as_of": "2013-04-25"}),
                ("08", "about 2,500", 2500, {"as_of": "2013-05-10"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:seriously", "verdict": "single-source",
            "why": "Of the rescued, around 1,000 were seriously injured: a subset, not the injured count of other outlets.",
            "mentions": [("05", "around 1,000", 1000)],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "updated",
            "why": "1,500 had been rescued alive by Thursday evening (25 April); 2,437 by 10 May.",
            "mentions": [
                ("03", "1,500", 1500, {"as_of": "2013-04-25"}),
                ("05", "At least 2,437", 2437, {"as_of": "2013-05-10"}),
                ("08", "2,437", 2437, {"as_of": "2013-05-10"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people inside at the collapse", "verdict": "conflict",
            "why": (
                "Authorities estimated about 2,000 people inside (Reuters via PRI), while the manufacturers' "
                "association's 3,122 is given as the workers in the factories that day (02, 04) and AFP says more "
                "than 3,000: both cannot hold."
            ),
            "mentions": [
                ("01", "about 2,000", 2000),
                ("02", "3,122", 3122),
                ("04", "3,122", 3122),
                ("05", "More than 3,000", 3000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "workers employed", "verdict": "compatible",
            "why": (
                "Workers employed in the building (AP: 3,122, 'not clear how many of them were at work'); CBS's "
                "factories 'employing thousands'. A different quantity from the people inside."
            ),
            "mentions": [
                ("01", "3,122", 3122),
                ("06", "thousands", 2000, {"low": 2000, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "trapped", "verdict": "single-source",
            "why": "Hundreds trapped on the first night.",
            "mentions": [("01", "hundreds", 500, {"low": 200, "high": 999})],
        },
        {
            "event": E, "kind": "count", "role": "storeys of the building", "verdict": "agree",
            "why": "Every outlet that says it calls Rana Plaza an eight-storey building.",
            "mentions": [
                ("01", "eight", 8),
                ("02", "eight", 8),
                ("03", "eight", 8),
                ("04", "eight", 8),
                ("07", "eight", 8),
                ("08", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "garment factories in the building", "verdict": "agree",
            "why": "The building housed five garment factories.",
            "mentions": [("02", "five", 5), ("05", "five", 5), ("06", "five", 5)],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Savar to Dhaka", "verdict": "conflict",
            "why": "19 miles (about 30.6 km) and 30 km agree, but the Globe and Mail's 25 km cannot hold with them.",
            "mentions": [
                ("01", "19 miles", 30578, {"note": "metres; written in miles"}),
                ("02", "30km", 30000, {"note": "metres; written in km"}),
                ("04", "25 kilometres", 25000, {"note": "metres; written in km"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:collapse", "verdict": "agree",
            "why": "The building collapsed on Wednesday 24 April 2013.",
            "mentions": [
                ("03", "Wednesday", DAY, {"ctx": "caved in on Wednesday."}),
                ("03", "Wednesday", DAY, {"ctx": "caved in on Wednesday morning"}),
                ("04", "Wednesday", DAY),
                ("05", "April 24", DAY),
                ("08", "24th April", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:collapse", "verdict": "single-source",
            "why": "The collapse occurred at about 9 a.m. (Reuters via PRI).",
            "mentions": [("01", "about 9 a.m.", "2013-04-24T09:00+06:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:cracks found", "verdict": "agree",
            "why": "Cracks were found on Tuesday 23 April, the day before the collapse.",
            "mentions": [
                ("02", "the day before", "2013-04-23"),
                ("02", "Tuesday", "2013-04-23"),
                ("04", "Tuesday", "2013-04-23"),
                ("05", "the previous day", "2013-04-23"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "days since the collapse (10 May)", "verdict": "compatible",
            "why": "On Friday 10 May the recovery was in its 17th day, more than two weeks after the collapse; the seamstress was found 17 days after it.",
            "mentions": [
                ("05", "17th day", 17, {"note": "days; the 17th day of the recovery"}),
                ("06", "more than two weeks", 14, {"note": "days; 'collapsed more than two weeks ago'"}),
                ("07", "17 days", 17, {"note": "days; the seamstress rescued 17 days after the collapse"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time trapped (those still inside, 25 April)", "verdict": "single-source",
            "why": "Workers still inside had been trapped for 36 hours.",
            "mentions": [("03", "36 hours", 36, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time trapped (Sofura Begum)", "verdict": "single-source",
            "why": "One survivor was trapped for 27 hours before being rescued.",
            "mentions": [("04", "27 hours", 27, {"note": "hours"})],
        },
        {
            "event": E, "kind": "count", "role": "bodies handed over to families", "verdict": "single-source",
            "why": "213 bodies handed over by early Friday 26 April (a subset of the toll).",
            "mentions": [("03", "213", 213)],
        },
        {
            "event": E, "kind": "count", "role": "army personnel in the rescue", "verdict": "single-source",
            "why": "Army rescuers; a look-alike of the later toll of 1,100.",
            "mentions": [("03", "1,100", 1100)],
        },
        {
            "event": E, "kind": "count", "role": "bodies buried unidentified", "verdict": "single-source",
            "why": "Bodies buried in unmarked graves (a subset of the toll).",
            "mentions": [("05", "at least 150", 150)],
        },
        {
            "event": E, "kind": "count", "role": "workers on the fifth floor", "verdict": "single-source",
            "why": "One survivor sewed on the fifth floor with at least 400 others.",
            "mentions": [("01", "at least 400", 400)],
        },
        {
            "event": E, "kind": "count", "role": "age of survivor Sumi", "verdict": "single-source",
            "why": "Age of one survivor quoted by AP.",
            "mentions": [("01", "25", 25)],
        },
        {
            "event": E, "kind": "count", "role": "age of survivor Sofura Begum", "verdict": "single-source",
            "why": "Age of another survivor; a different person.",
            "mentions": [("04", "30", 30)],
        },
        {
            "event": E, "kind": "money", "role": "money:monthly wage of a survivor", "verdict": "single-source",
            "why": "Sofura Begum earns less than $43 a month.",
            "mentions": [("04", "less than $43", 43, {"low": None, "high": 43, "note": "US dollars a month"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Dhaka to Bogra", "verdict": "single-source",
            "why": "Where the survivor's children live; a look-alike of the toll of 300 in the same article.",
            "mentions": [("04", "300 kilometres", 300000, {"note": "metres; written in km"})],
        },
        {
            "event": E, "kind": "count", "role": "generators blamed", "verdict": "single-source",
            "why": "Four generators on the upper floors were blamed.",
            "mentions": [("05", "four", 4, {"ctx": "four giant generators"})],
        },
        {
            "event": E, "kind": "count", "role": "arrested", "verdict": "single-source",
            "why": "Twelve arrested, among them four factory owners (a subset, its own cluster).",
            "mentions": [("05", "twelve", 12)],
        },
        {
            "event": E, "kind": "count", "role": "arrested:factory owners", "verdict": "single-source",
            "why": "Four garment factory owners among the twelve arrested.",
            "mentions": [("05", "four", 4, {"ctx": "four garment factory owners"})],
        },
        {
            "event": E, "kind": "measure", "role": "debris", "verdict": "single-source",
            "why": "An estimated 7,000 tons of debris, more than half removed by 10 May.",
            "mentions": [("06", "7,000 tons", 7000, {"note": "tons, as written"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:toll passing 1,000", "verdict": "agree",
            "why": "The toll passed 1,000 on Friday 10 May (AFP's 1,006, AP's 1,038 as of Friday morning).",
            "mentions": [
                ("05", "Friday", "2013-05-10"),
                ("06", "Friday", "2013-05-10", {"ctx": "1,000 on Friday"}),
                ("06", "Friday morning", "2013-05-10", {"note": "the 1,038 bodies 'as of Friday morning'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:seamstress found alive", "verdict": "single-source",
            "why": "The seamstress was found on Friday 10 May, 17 days after the collapse.",
            "mentions": [("07", "Friday", "2013-05-10")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:expected end of recovery", "verdict": "single-source",
            "why": "The recovery operation was expected to finish on Friday (10 May).",
            "mentions": [("08", "Friday", "2013-05-10")],
        },
        {
            "event": E, "kind": "count", "role": "onlookers", "verdict": "single-source",
            "why": "Tens of thousands of onlookers gathered on the first day.",
            "mentions": [("01", "tens of thousands", 20000, {"low": 20000, "high": 99999})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:salary owed to a survivor", "verdict": "single-source",
            "why": "Sofura Begum was owed two months of salary.",
            "mentions": [("04", "two months", 2, {"note": "months"})],
        },
        # --- the Tazreen fire (background) ---
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Tazreen Fashion fire killed 112: a trap for the early collapse tolls.",
            "mentions": [("02", "112", 112)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:fire", "verdict": "single-source",
            "why": "The Tazreen fire was in November 2012.",
            "mentions": [("02", "November", "2012-11")],
        },
        # --- the Tung Hai sweater factory fire (sibling) ---
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Tung Hai fire killed eight; it must never meet Rana Plaza's counts (eight storeys).",
            "mentions": [("06", "eight", 8)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:fire", "verdict": "agree",
            "why": "The Tung Hai fire broke out late on Wednesday 8 May 2013.",
            "mentions": [("06", "Wednesday", "2013-05-08"), ("07", "Wednesday", "2013-05-08")],
        },
        {
            "event": "e3", "kind": "count", "role": "storeys of the building", "verdict": "single-source",
            "why": "The Tung Hai factory had 11 storeys; a look-alike of Rana Plaza's eight.",
            "mentions": [("07", "11", 11)],
        },
        # --- the garment industry (background) ---
        {
            "event": "e4", "kind": "money", "role": "money:size of the garment industry", "verdict": "agree",
            "why": "Bangladesh's garment industry is worth $20 billion (same AP wording).",
            "mentions": [("06", "$20 billion", 20e9), ("07", "$20 billion", 20e9)],
        },
        {
            "event": "e4", "kind": "count", "role": "people employed in the garment industry", "verdict": "single-source",
            "why": "About 3.6 million employed nationally; not the building's workers.",
            "mentions": [("02", "about 3.6 million", 3.6e6)],
        },
    ],
}
