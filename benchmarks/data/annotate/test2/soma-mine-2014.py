# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Soma coal-mine disaster story (second sealed test gold; read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Lengths in metres (the written unit in ``note``).
"""

E = "e1"
MILE = 1609.344
YARD = 0.9144
SPEC = {
    "description": (
        "The explosion and fire at the Eynez coal mine in Soma, western Turkey, on Tuesday 13 May 2014, as seven "
        "outlets reported it on 14-15 May while the official toll rose from 201 to 274 (one headline 282) and an "
        "opposition paper set 'at least 300 dead according to unofficial records' against the prime minister's 245; "
        "Turkey's previous worst mine disaster (Zonguldak, 1992), the mine's past inspections, a visit to Albania the "
        "prime minister postponed and the protests that followed are background or sibling events."
    ),
    "documents": {
        "01": {"published_how": "no date on the page; inferred: AP's Wednesday (14 May) report with the toll of 201"},
        "02": {"published_how": "no date on the page; inferred: 'rescuers raced Wednesday', the explosion 'on Tuesday' (13 May)"},
        "03": {"published_how": "AP stamp 'AP-WF-05-14-14 1155GMT' under the stored text (removed); the page's byline line says May 16, 2014"},
        "04": {"published_how": "no date on the page; inferred: 'Nearly 24 hours after the disaster', the toll of 238 of Wednesday 14 May"},
        "05": {"published_how": "date in the page's URL (2014/05/14)"},
        "06": {"published_how": "'15th May 2014' under the headline on the stored page (removed)"},
        "07": {"published_how": "date in the page's URL (2014-05/15)"},
    },
    "events": [
        {"id": "e1", "label": "the explosion and fire at the Soma coal mine, 13 May 2014", "main": True},
        {"id": "e2", "label": "the 1992 gas explosion at a mine near Zonguldak (background)", "main": False},
        {"id": "e3", "label": "the labour ministry's inspections of the Soma mine since 2012 (background)", "main": False},
        {"id": "e4", "label": "Erdogan's planned one-day visit to Albania, postponed (background)", "main": False},
        {"id": "e5", "label": "the protests over the disaster in Istanbul and Soma, 14 May 2014 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The official toll rose through Wednesday 14 May: at least 201, some 205, 232 (the prime minister), 238, 245 "
                "(Wednesday evening), 274 as of 19:30 GMT, and 282 in a headline of 15 May; but Today's Zaman sets 'at least 300 "
                "dead according to unofficial records' against the prime minister's 245 of the same day: two authorities whose "
                "counts cannot both hold."
            ),
            "mentions": [
                ("01", "at least 201", 201),
                ("01", "201", 201, {"ctx": "latest count of 201"}),
                ("02", "Some 205", 205),
                ("03", "232", 232, {"ctx": "Rises to 232"}),
                ("03", "232", 232, {"ctx": "increased to 232"}),
                ("04", "at Least 238", 238),
                ("04", "238", 238, {"ctx": "so far 238 are"}),
                ("05", "245", 245, {"ctx": "245 Dead and"}),
                ("05", "245", 245, {"ctx": "rose to 245,"}),
                ("05", "245", 245, {"ctx": "toll of 245 by", "as_of": "2014-05-14", "note": "by Wednesday evening"}),
                ("06", "282", 282, {"as_of": "2014-05-15", "note": "the headline, later than the body's 245"}),
                ("06", "at least 245", 245, {"as_of": "2014-05-14"}),
                ("06", "245", 245, {"ctx": "toll at 245 people", "as_of": "2014-05-14", "note": "the prime minister's figure"}),
                ("06", "at least 300", 300, {"as_of": "2014-05-14", "note": "'according to unofficial records', set against the official 245"}),
                ("07", "274", 274, {"as_of": "2014-05-14", "note": "as of 1930 GMT on Wednesday (the energy minister)"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people in the mine", "verdict": "agree",
            "why": "Every outlet gives the energy minister's 787 people inside the mine at the time.",
            "mentions": [
                ("01", "787", 787),
                ("02", "787", 787),
                ("03", "787", 787),
                ("04", "787", 787),
                ("06", "787", 787),
                ("07", "787", 787),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescued", "verdict": "conflict",
            "why": (
                "The energy minister's 363 rescued, repeated through Wednesday by five outlets, against the mine operator's "
                "'nearly 450' rescued (China Daily): two authorities, and the ministry reported no rise."
            ),
            "mentions": [
                ("01", "363", 363),
                ("02", "363", 363),
                ("03", "363", 363),
                ("04", "363", 363),
                ("06", "363", 363),
                ("07", "nearly 450", 450, {"note": "the mine operator's figure"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "The minister's 80 injured (at least 80) against 'at least 141 ... according to unofficial reports' (Today's Zaman): two authorities.",
            "mentions": [
                ("01", "At least 80", 80),
                ("02", "80", 80),
                ("06", "Eighty", 80),
                ("06", "at least 141", 141, {"note": "'according to unofficial reports'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:seriously", "verdict": "compatible",
            "why": "Four in serious condition and 'at least four' overlap.",
            "mentions": [
                ("01", "four", 4),
                ("02", "at least four", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing / trapped", "verdict": "conflict",
            "why": (
                "More than 200 trapped (AP, USA Today, the morning's tolls of 201-205), 'around 190' whose fate was unclear "
                "(AP, with the toll of 232) and more than 100 unaccounted for (with 238) fall as the toll rises, but the New York "
                "Times' 200 missing / 'more than 200' still underground with the later toll of 245 cannot hold with AP's around 190 "
                "at 232 ('hundreds' trapped in Today's Zaman)."
            ),
            "mentions": [
                ("01", "more than 200", 200),
                ("02", "more than 200", 200),
                ("03", "around 190", 190),
                ("04", "More than 100", 100),
                ("05", "200", 200, {"ctx": "Dead and 200 Missing"}),
                ("05", "More than 200", 200),
                ("05", "hundreds", 300, {"low": 200, "high": 999, "ctx": "Wednesday for hundreds"}),
                ("06", "hundreds", 300, {"low": 200, "high": 999, "ctx": "reach hundreds of miners"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Soma from Istanbul", "verdict": "compatible",
            "why": "250 kilometres and 155 miles (249.4 km) are the same distance in two units, given with 'some' or 'about'.",
            "mentions": [
                ("01", "some 250 kilometers", 250000, {"note": "metres; written in kilometres"}),
                ("01", "155 miles", round(155 * MILE), {"note": "metres; written in miles, the conversion of 250 km"}),
                ("02", "about 155 miles", round(155 * MILE), {"note": "metres; written in miles"}),
                ("03", "about 250 kilometers", 250000, {"note": "metres; written in kilometres"}),
                ("03", "155 miles", round(155 * MILE), {"note": "metres; written in miles, the conversion of 250 km"}),
                ("06", "some 250 kilometers", 250000, {"note": "metres; written in kilometres"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Soma from Izmir", "verdict": "single-source",
            "why": "Soma's distance from Izmir, a look-alike of its distance from Istanbul.",
            "mentions": [("05", "75 miles", round(75 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "measure", "role": "depth of the trapped workers", "verdict": "compatible",
            "why": "420 metres (460 yards) and 'nearly 500 yards' (at most 457 m) overlap.",
            "mentions": [
                ("01", "420 meters", 420, {"note": "metres"}),
                ("01", "460 yards", round(460 * YARD, 1), {"note": "metres; written in yards, the conversion of 420 m"}),
                ("02", "nearly 500 yards", round(500 * YARD, 1), {"note": "metres; written in yards"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescuers", "verdict": "single-source",
            "why": "The minister oversaw more than 400 rescuers.",
            "mentions": [("01", "more than 400", 400)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the explosion", "verdict": "single-source",
            "why": "Outside Online's report came nearly 24 hours after the disaster.",
            "mentions": [("04", "Nearly 24 hours", 24, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:explosion", "verdict": "agree",
            "why": "The explosion and fire of Tuesday (afternoon) 13 May in every outlet that dates it.",
            "mentions": [
                ("02", "Tuesday", "2014-05-13", {"ctx": "explosion on Tuesday"}),
                ("04", "Tuesday afternoon", "2014-05-13"),
                ("05", "Tuesday afternoon", "2014-05-13"),
                ("07", "Tuesday afternoon", "2014-05-13"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Erdogan's visit to Soma", "verdict": "agree",
            "why": "The prime minister visited the mine and announced the toll on Wednesday 14 May.",
            "mentions": [
                ("03", "Wednesday", "2014-05-14", {"ctx": "announcement Wednesday"}),
                ("06", "Wednesday", "2014-05-14", {"ctx": "flew to Soma on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "Erdogan declared three days of national mourning.",
            "mentions": [("03", "three days", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:buried at one funeral", "verdict": "single-source",
            "why": "Six miners buried at one funeral, a look-alike of the toll.",
            "mentions": [("07", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "people gathered for news", "verdict": "agree",
            "why": "Thousands of relatives and co-workers gathered in Soma (outside its hospital) in both reports.",
            "mentions": [
                ("05", "Thousands", 5000, {"low": 2000, "high": 9999}),
                ("07", "Thousands", 5000, {"low": 2000, "high": 9999}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:a trapped miner", "verdict": "single-source",
            "why": "The age of the miner whose aunt is quoted.",
            "mentions": [("05", "25", 25)],
        },
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "Every outlet gives 263 dead in the 1992 Zonguldak explosion (a trap for the Soma toll).",
            "mentions": [
                ("02", "263", 263),
                ("03", "263", 263),
                ("05", "263", 263),
                ("07", "263", 263),
            ],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Zonguldak explosion", "verdict": "agree",
            "why": "All four date it to 1992.",
            "mentions": [
                ("02", "1992", "1992"),
                ("03", "1992", "1992"),
                ("05", "1992", "1992"),
                ("07", "1992", "1992"),
            ],
        },
        {
            "event": "e3", "kind": "count", "role": "inspections", "verdict": "single-source",
            "why": "The labour ministry's five inspections of the mine since 2012.",
            "mentions": [("03", "five", 5)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:last inspection", "verdict": "single-source",
            "why": "The last inspection, in March 2014.",
            "mentions": [("03", "March of 2014", "2014-03")],
        },
        {
            "event": "e4", "kind": "duration", "role": "duration-of:visit to Albania", "verdict": "single-source",
            "why": "The one-day visit to Albania that Erdogan postponed.",
            "mentions": [("03", "one", 1, {"ctx": "a one-day visit", "note": "days"})],
        },
        {
            "event": "e5", "kind": "count", "role": "demonstrators", "verdict": "single-source",
            "why": "Hundreds of demonstrators outside Soma Holding's headquarters in Istanbul.",
            "mentions": [("03", "hundreds", 300, {"low": 200, "high": 999})],
        },
        {
            "event": "e5", "kind": "count", "role": "arrested", "verdict": "single-source",
            "why": "Eight relatives of dead miners detained at the protest during Erdogan's visit.",
            "mentions": [("06", "eight", 8)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescue effort reported", "verdict": "agree",
            "why": "The rescue (and the fire still burning) on Wednesday 14 May, the day after the explosion.",
            "mentions": [
                ("01", "Wednesday", "2014-05-14"),
                ("02", "Wednesday", "2014-05-14", {"ctx": "raced Wednesday"}),
                ("05", "Wednesday", "2014-05-14", {"ctx": "fade on Wednesday"}),
                ("05", "Wednesday", "2014-05-14", {"ctx": "burning on Wednesday"}),
                ("06", "Wednesday", "2014-05-14", {"ctx": "underground on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll's count", "verdict": "agree",
            "why": "The tolls of 232, 245 and 274 were all given on Wednesday 14 May (evening, 19:30 GMT); a look-alike of the explosion's date.",
            "mentions": [
                ("03", "Wednesday", "2014-05-14", {"ctx": "232 on Wednesday"}),
                ("05", "Wednesday evening", "2014-05-14"),
                ("07", "Wednesday", "2014-05-14", {"ctx": "GMT on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the 274 toll", "verdict": "single-source",
            "why": "The toll of 274 as of 19:30 GMT (22:30 in Turkey).",
            "mentions": [("07", "1930 GMT", "2014-05-14T19:30Z")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the minister's count of 787 workers", "verdict": "single-source",
            "why": "The energy minister first gave the 787 workers late on Tuesday 13 May.",
            "mentions": [("07", "Late on Tuesday", "2014-05-13")],
        },
    ],
}
