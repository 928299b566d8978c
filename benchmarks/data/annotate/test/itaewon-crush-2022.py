# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: the Itaewon (Seoul) Halloween crowd crush, 29 October 2022 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
RAS_FIRST = "at least 153 individuals, most of them in their 20s, were killed after a large throng that was partying in Itaewon surged into an alley. Some"
RAS_SECOND = "at least 153 individuals, most of them in their 20s, were killed after a large throng that was partying in Itaewon surged into an alley.\n"
SPEC = {
    "description": (
        "The crowd crush in a narrow alley of Seoul's Itaewon district during Halloween festivities on the night of "
        "Saturday 29 October 2022, reported by seven outlets on 30 and 31 October: the toll rose from 151 to 153 and "
        "154, the foreigners among the dead from 19 to 22 and 26; the injured were first put at 150, then lowered to "
        "82, then 133; the seriously injured 19, 37, 33; reports of missing people 355 then 3,580. South Korea's "
        "earlier disasters (the Sewol ferry 2014, the Seongsu Bridge 1994, the Sampoong store 1995) are background "
        "events whose tolls and dates are traps."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2022/oct/30)"},
        "02": {"published_how": "no full date on the page (URL 2022/10); the editor's note is dated 'Oct. 30 8:30pm'"},
        "03": {"published_how": "'date 2022-10-30' on the stored page"},
        "04": {"published_how": "dateline 'SEOUL, Oct 30'"},
        "05": {"published_how": "no date on the page; inferred: 'On Sunday, at least 153' (Sunday 30 October)"},
        "06": {"published_how": "'date 2022-10-31' on the stored page"},
        "07": {"published_how": "dateline 'SEOUL, Oct. 31 (Yonhap)'"},
    },
    "events": [
        {"id": "e1", "label": "the Itaewon Halloween crowd crush in Seoul, 29 October 2022", "main": True},
        {"id": "e2", "label": "the sinking of the Sewol ferry, 16 April 2014 (background)", "main": False},
        {"id": "e3", "label": "the collapse of the Seongsu Bridge, 21 October 1994 (background)", "main": False},
        {"id": "e4", "label": "the collapse of the Sampoong Department Store, 29 June 1995 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll rose as victims died in hospital: 151 on Sunday 30 October, 153 by Sunday evening, 154 on Monday 31 October.",
            "mentions": [
                ("01", "at least 151", 151),
                ("02", "151", 151, {"ctx": "climbed to 151"}),
                ("02", "151", 151, {"ctx": "among the 151 dead"}),
                ("03", "151", 151, {"as_of": "2022-10-30", "note": "'as of Sunday afternoon'"}),
                ("04", "Over 150", 150),
                ("05", "at least 153", 153, {"ctx": "On Sunday, at least 153"}),
                ("05", "at least 153", 153, {"ctx": RAS_FIRST}),
                ("05", "at least 153", 153, {"ctx": RAS_SECOND}),
                ("06", "more than 150", 150),
                ("06", "153", 153, {"as_of": "2022-10-30", "note": "'As of Sunday evening'"}),
                ("07", "154", 154, {"ctx": "rises to 154"}),
                ("07", "154", 154, {"ctx": "risen to 154"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:foreigners", "verdict": "updated",
            "why": "Foreigners among the dead rose from 19 (Sunday) to 22 and 26 (Monday) as victims were identified.",
            "mentions": [
                ("01", "19", 19, {"ctx": "included 19 foreigners"}),
                ("02", "19", 19, {"ctx": "19 foreigners among"}),
                ("02", "19", 19, {"ctx": "19 foreigners are"}),
                ("04", "19", 19),
                ("05", "22", 22),
                ("07", "26", 26, {"ctx": "154, including 26 foreigners\nSEOUL"}),
                ("07", "26", 26, {"ctx": "154, including 26 foreigners, officials"}),
                ("07", "26", 26, {"ctx": "The 26 foreign"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:women", "verdict": "agree",
            "why": "97 of the dead were women (of 151, then of 153).",
            "mentions": [("02", "97", 97), ("06", "97", 97)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:men", "verdict": "single-source",
            "why": "54 men among the 151 dead (Mothership): not the 97 women.",
            "mentions": [("02", "54", 54)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:teenagers", "verdict": "single-source",
            "why": "At least four teenagers among the dead (AP, 31 October).",
            "mentions": [("06", "at least four", 4)],
        },
        {
            "event": E, "kind": "percent", "role": "share of the dead in their 20s and 30s", "verdict": "single-source",
            "why": "More than 80% of the dead were in their 20s and 30s.",
            "mentions": [("06", "More than 80%", 80)],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": (
                "Officials first said 150 injured, then lowered the tally to 82 without explaining why, and India Travel Times "
                "still gives 150 on 30 October; 133 by Sunday evening. A count lowered while another outlet keeps the "
                "higher one cannot both hold."
            ),
            "mentions": [
                ("01", "82", 82),
                ("01", "150", 150, {"as_of": "2022-10-29", "note": "'Officials initially said 150 ... as of late Saturday'"}),
                ("02", "82", 82),
                ("03", "more than 82", 82),
                ("04", "another 150", 150),
                ("05", "82", 82),
                ("06", "133", 133, {"as_of": "2022-10-30"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:serious condition", "verdict": "updated",
            "why": "The seriously injured were 19 on Sunday, 37 by Sunday evening and 33 on Monday, as counts of the critically injured move with deaths and recoveries.",
            "mentions": [
                ("01", "19", 19, {"ctx": "as 19 of those"}),
                ("05", "19", 19),
                ("06", "37", 37),
                ("07", "33", 33),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:minor", "verdict": "single-source",
            "why": "116 with minor injuries (Yonhap, 31 October), besides the 33 in serious condition: not the total injured.",
            "mentions": [("07", "116", 116)],
        },
        {
            "event": E, "kind": "percent", "role": "dead identified", "verdict": "compatible",
            "why": "More than / at least 90% of the dead identified by Sunday midday.",
            "mentions": [("04", "More than 90%", 90), ("05", "At least 90 percent", 90)],
        },
        {
            "event": E, "kind": "count", "role": "missing-person reports", "verdict": "updated",
            "why": "Missing-person reports rose during Sunday, from 355 (Seoul city government) to 3,580.",
            "mentions": [("02", "355", 355), ("04", "3,580", 3580)],
        },
        {
            "event": E, "kind": "count", "role": "crowd in Itaewon", "verdict": "agree",
            "why": "An estimated / around 100,000 people gathered in Itaewon.",
            "mentions": [("01", "An estimated 100,000", 100000, {"low": 90000, "high": 110000}), ("04", "Around 100,000", 100000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:crush", "verdict": "agree",
            "why": "All date the crush to Saturday 29 October 2022 (at night).",
            "mentions": [
                ("01", "Saturday", "2022-10-29", {"ctx": "streets Saturday"}),
                ("02", "Oct. 29", "2022-10-29"),
                ("03", "Saturday", "2022-10-29"),
                ("04", "Saturday", "2022-10-29"),
                ("05", "Saturday night", "2022-10-29", {"ctx": "explanations.\nAfter the accident on Saturday night"}),
                ("05", "Saturday night", "2022-10-29", {"ctx": "Ministry said.\nAfter the accident on Saturday night"}),
                ("06", "Saturday night", "2022-10-29"),
                ("07", "Saturday night", "2022-10-29"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:crush", "verdict": "single-source",
            "why": "Around 10 pm local time, given with its GMT equivalent (13:00) by one outlet.",
            "mentions": [
                ("04", "around 10:00 pm", "22:00"),
                ("04", "1300\nGMT", "22:00", {"note": "written as 13:00 GMT (22:00 in Seoul)"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "width of the alley", "verdict": "single-source",
            "why": "The alley is 3.2 metres wide (Yonhap).",
            "mentions": [("07", "3.2-meter-wide", 3.2, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the alley", "verdict": "single-source",
            "why": "A 40-metre alley (Yonhap): not its width.",
            "mentions": [("07", "40-meter", 40, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of the main hospital", "verdict": "single-source",
            "why": "Soonchunhyang University Hospital is 950 metres from Itaewon.",
            "mentions": [("02", "950 metres", 950, {"note": "metres"})],
        },
        # background: South Korea's earlier disasters (traps)
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "The Sewol ferry sinking killed 304.",
            "mentions": [("03", "304", 304), ("07", "304", 304)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Sewol sinking", "verdict": "compatible",
            "why": "16 April 2014, or just 2014.",
            "mentions": [
                ("03", "2014", "2014", {"ctx": "disaster in 2014."}),
                ("03", "April 16, 2014", "2014-04-16"),
                ("07", "2014", "2014"),
            ],
        },
        {
            "event": "e2", "kind": "count", "role": "passengers", "verdict": "single-source",
            "why": "476 passengers on the Sewol.",
            "mentions": [("03", "476", 476)],
        },
        {
            "event": "e2", "kind": "count", "role": "students on board", "verdict": "single-source",
            "why": "325 students on a school trip, among the Sewol's passengers.",
            "mentions": [("03", "325", 325)],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "32 killed in the Seongsu Bridge collapse.",
            "mentions": [("03", "Thirty-two", 32)],
        },
        {
            "event": "e3", "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "17 injured in the Seongsu Bridge collapse.",
            "mentions": [("03", "17", 17)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Seongsu Bridge collapse", "verdict": "single-source",
            "why": "21 October 1994.",
            "mentions": [("03", "Oct. 21, 1994", "1994-10-21")],
        },
        {
            "event": "e4", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "502 killed in the Sampoong collapse.",
            "mentions": [("03", "502", 502)],
        },
        {
            "event": "e4", "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "937 injured in the Sampoong collapse.",
            "mentions": [("03", "937", 937)],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:Sampoong collapse", "verdict": "single-source",
            "why": "29 June 1995.",
            "mentions": [("03", "June 29, 1995", "1995-06-29")],
        },
    ],
}
