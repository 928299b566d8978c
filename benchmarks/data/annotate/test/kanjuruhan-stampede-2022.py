# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: the Kanjuruhan Stadium crush, Malang, 1 October 2022 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
HUNDREDS = {"low": 200, "high": 999}
THOUSANDS = {"low": 2000, "high": 9999}
SPEC = {
    "description": (
        "The crush at the Kanjuruhan Stadium in Malang (East Java) after Arema FC lost to Persebaya Surabaya on the "
        "night of Saturday 1 October 2022, when police fired tear gas at fans who had invaded the pitch, reported by "
        "six outlets from 2 to 5 October: the toll was 129, then 174 (the deputy governor, Sunday), then 125 (the "
        "police, who denied any higher figure on Tuesday), then 131 after a re-count on Wednesday; 42,000 tickets for a "
        "stadium meant to hold 38,000 (one outlet gives 42,000 as the capacity). The 1964 Lima stadium disaster and "
        "the 1989 Hillsborough crush (96 or 97 dead) are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "'date 2022-10-02' on the stored page"},
        "02": {"published_how": "'date 2022-10-02' on the stored page; the text says 'on Sunday (Oct 2)'"},
        "03": {"published_how": "date in the page's URL (2022-10-02)"},
        "04": {"published_how": "'date 2022-10-03' on the stored page"},
        "05": {"published_how": "no date on the page; inferred: the police spoke 'on Tuesday', after 'Monday (October 3)'"},
        "06": {"published_how": "'date 2022-10-05' on the stored page; the police confirmed 131 'on Wednesday'"},
    },
    "events": [
        {"id": "e1", "label": "the Kanjuruhan Stadium crush in Malang, Indonesia, 1 October 2022", "main": True},
        {"id": "e2", "label": "the 1964 Estadio Nacional disaster in Lima, Peru v Argentina (background)", "main": False},
        {"id": "e3", "label": "the 1989 Hillsborough crush in Sheffield (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The toll rose from 129 to 174 on Sunday (the deputy governor), but the police put it at 125 and denied "
                "any higher figure on Tuesday, then confirmed 131 on Wednesday after counting victims not taken to "
                "hospital: 174 and 125 are two authorities' counts of the same dead that cannot both hold."
            ),
            "mentions": [
                ("01", "at least 129", 129),
                ("02", "More than 170", 170),
                ("02", "At least 174", 174),
                ("03", "174", 174, {"ctx": "174 people were killed"}),
                ("03", "174", 174, {"ctx": "climbed to 174"}),
                ("04", "At least 174", 174, {"ctx": "At least 174 people died at"}),
                ("04", "At least 174", 174, {"ctx": "At least 174 people died, East"}),
                ("04", "129", 129, {"as_of": "2022-10-02", "note": "'raising the toll from 129'"}),
                ("05", "125", 125, {"ctx": "has exceeded 125", "note": "in 'has exceeded 125', a report the police deny"}),
                ("05", "125", 125, {"ctx": "people killed is 125"}),
                ("05", "125", 125, {"ctx": "tragedy had exceeded 125", "note": "in 'had exceeded 125', the supporters' claim"}),
                ("05", "125", 125, {"ctx": "death toll of 125"}),
                ("06", "131", 131),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:increase (Monday 3 October)", "verdict": "single-source",
            "why": "ANTARA: one more person died on Monday: a rise of the toll, not the toll.",
            "mentions": [("05", "one", 1, {"ctx": "after one more person died"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:increase (Tuesday 4 October)", "verdict": "single-source",
            "why": "ANTARA: one more supporter died on Tuesday, in Blitar: another rise, not the toll.",
            "mentions": [("05", "One", 1, {"ctx": "One more supporter died"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:police officers", "verdict": "agree",
            "why": "Both say two police officers were among the dead.",
            "mentions": [("02", "Two", 2, {"ctx": "Two police officers"}), ("04", "two", 2, {"ctx": "two cops were killed"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:inside the stadium", "verdict": "single-source",
            "why": "Only CNA reports how many died inside the stadium (the rest in hospital).",
            "mentions": [("02", "34", 34)],
        },
        {
            "event": E, "kind": "count", "role": "age:youngest victim", "verdict": "agree",
            "why": "Both say the dead included a five-year-old child.",
            "mentions": [("02", "five-year-old", 5), ("03", "5-year-old", 5)],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "agree",
            "why": "Every outlet that gives it says 180 injured.",
            "mentions": [
                ("01", "180", 180),
                ("02", "180", 180),
                ("03", "180", 180, {"ctx": "killed and 180 injured"}),
                ("03", "180", 180, {"ctx": "174 and 180 injured"}),
                ("04", "180", 180),
            ],
        },
        {
            "event": E, "kind": "count", "role": "tickets issued", "verdict": "agree",
            "why": "Three outlets quote the security minister's 42,000 tickets.",
            "mentions": [("01", "42,000", 42000), ("02", "42,000", 42000), ("03", "42,000", 42000)],
        },
        {
            "event": E, "kind": "count", "role": "stadium capacity", "verdict": "conflict",
            "why": (
                "Three outlets (after the security minister) say the stadium was meant to hold 38,000; the Daily Voice says "
                "it can hold 42,000, the number of tickets issued: both cannot hold."
            ),
            "mentions": [
                ("01", "38,000", 38000),
                ("02", "38,000", 38000),
                ("03", "38,000", 38000),
                ("04", "42 000", 42000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "fans who invaded the pitch", "verdict": "conflict",
            "why": "The police's 3,000 ('thousands') pitch invaders cannot be the 'hundreds' Medcom says filled the pitch.",
            "mentions": [
                ("04", "thousands", 5000, THOUSANDS),
                ("04", "3 000", 3000),
                ("06", "hundreds", 500, HUNDREDS),
            ],
        },
        {
            "event": E, "kind": "count", "role": "fans trapped in the stadium", "verdict": "single-source",
            "why": "ANTARA's thousands trapped in the stadium are the crowd, not the pitch invaders.",
            "mentions": [("05", "Thousands", 5000, THOUSANDS)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:crush", "verdict": "agree",
            "why": "All date the match and the crush to Saturday 1 October 2022.",
            "mentions": [
                ("01", "Saturday", "2022-10-01"),
                ("02", "Saturday", "2022-10-01"),
                ("03", "the 1st", "2022-10-01"),
                ("04", "Saturday", "2022-10-01"),
                ("05", "October 1, 2022", "2022-10-01"),
                ("05", "Saturday", "2022-10-01"),
                ("05", "October 1", "2022-10-01", {"ctx": "(October 1)"}),
                ("06", "Saturday", "2022-10-01", {"ctx": "from Saturday's"}),
                ("06", "Saturday", "2022-10-01", {"ctx": "Surabaya on Saturday night"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:toll of 174 announced", "verdict": "agree",
            "why": "Officials gave the toll of 174 on Sunday 2 October ('yesterday afternoon' in a 3 October paper).",
            "mentions": [
                ("02", "Sunday", "2022-10-02", {"ctx": "said on Sunday"}),
                ("02", "Oct 2", "2022-10-02"),
                ("02", "Sunday", "2022-10-02", {"ctx": "media on Sunday"}),
                ("04", "yesterday afternoon", "2022-10-02"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:league suspension", "verdict": "single-source",
            "why": "Only Warsaw Point says the league suspended games for a week (CNA: until an investigation is complete).",
            "mentions": [("01", "a week", 1, {"note": "weeks"})],
        },
        # background: earlier stadium disasters (traps)
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "328 killed at the 1964 Peru v Argentina match.",
            "mentions": [("03", "328", 328)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Lima disaster", "verdict": "single-source",
            "why": "1964.",
            "mentions": [("03", "1964", "1964")],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "Hillsborough's toll is 96 in one outlet and 97 in another, both written in October 2022; it has been 97 "
                "since 2021, so the two cannot both be current."
            ),
            "mentions": [("03", "96", 96), ("04", "97", 97)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Hillsborough", "verdict": "agree",
            "why": "Both date Hillsborough to 1989.",
            "mentions": [("03", "1989", "1989"), ("04", "1989", "1989")],
        },
    ],
}
