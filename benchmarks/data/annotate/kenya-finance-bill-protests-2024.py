# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Kenya's Finance Bill protests and the storming of parliament, Tuesday 25 June 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; durations with their unit in `note`; dates as ISO strings. Tuesday = 25 June
2024 (parliament stormed as MPs passed the bill), Wednesday = 26 June (President Ruto's figures),
Monday = 1 July (the KNCHR's figures).
"""

E = "e1"
OFFICE = "e2"
TUE = "2024-06-25"
WED = "2024-06-26"
MON = "2024-07-01"
SPEC = {
    "description": (
        "Kenya's protests against the Finance Bill 2024 (from 18 June), the storming of parliament on Tuesday 25 June 2024 "
        "as MPs passed the bill, and the count of the dead and injured as six outlets reported it from that Tuesday to "
        "Tuesday 2 July: the dead 'at least five' (Amnesty International, medical workers, the Kenya Medical Association, "
        "Tuesday) -> six (President Ruto, Wednesday) against 'more than 20' in other reports -> 39 (the KNCHR, Monday 1 July; "
        "WION's '29' for the same release) against Amnesty's 24 and the police's earlier 19 (`conflict`); 17 dead in Nairobi "
        "(`agree`), 22 elsewhere, four in Uasin Gishu, three each in three counties; injured 'dozens' / over 30 -> 214 -> "
        "361 (`updated`); 13 hit by live bullets, 45 casualties at Kenyatta National Hospital, 95 treated and released; "
        "disappearances 21 (Amnesty, over five days) -> 32 (the KNCHR) (`updated`); 627 arrests (`agree`); protests in 35 "
        "of 47 counties; two weeks of protests (`agree`) and two weeks for Ruto to sign (a look-alike); the storming on "
        "Tuesday 25 June (`agree`), the KNCHR's release on Monday 1 July (`agree`), its period from June 18 to July 1. "
        "Background event whose figure is a trap: Ruto's taking office in September 2022."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-06-25 and the URL's 06/25/2024"},
        "02": {"published_how": "inferred: no date on the stored page; the storming 'on Tuesday' and Ruto 'expected to sign the finance bill into law this week': 26 June 2024 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2024-06-28 and the text's dateline 'NAIROBI, Kenya, Jun 28'"},
        "04": {"published_how": "inferred: no date on the stored page; the KNCHR's release 'on Monday (July 1)': 2 July 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; figures to July 1, MPs passed the bill 'last Tuesday': 2 July 2024 (a guess within a day)"},
        "06": {"published_how": "the URL's 2024/07/02"},
    },
    "events": [
        {"id": E, "label": "Kenya's protests against the Finance Bill 2024, the storming of parliament on 25 June 2024, and their dead, injured, missing and arrested", "main": True},
        {"id": OFFICE, "label": "William Ruto's taking office, September 2022 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the protests", "verdict": "conflict",
            "why": "A toll that rose (at least five on Tuesday 25 June; 39 in the KNCHR's count of Monday 1 July) and reports that cannot all hold: on Wednesday President Ruto said six had died 'contrary to reports that more than 20 people have been confirmed dead'; WION gives the KNCHR's updated toll as 39 and then says the same release counted '29 people have died'; Amnesty's 24 and the police's 19 are set against the KNCHR's 39.",
            "mentions": [
                ("01", "at least five", 5, {"as_of": TUE, "note": "Amnesty International"}),
                ("02", "five", 5, {"ctx": "medical workers reported five people killed", "as_of": TUE}),
                ("02", "at least five", 5, {"as_of": TUE, "note": "the Kenya Medical Association"}),
                ("03", "six", 6, {"ctx": "only six people", "as_of": WED, "note": "President Ruto"}),
                ("03", "six", 6, {"ctx": "announced that six people", "as_of": WED, "note": "President Ruto"}),
                ("03", "more than 20", 20, {"as_of": WED, "note": "other reports"}),
                ("04", "39", 39, {"as_of": MON, "note": "the KNCHR"}),
                ("04", "29", 29, {"as_of": MON, "note": "the KNCHR's release as WION quotes it"}),
                ("05", "39", 39, {"as_of": MON, "note": "the KNCHR"}),
                ("05", "thirty-nine", 39, {"as_of": MON, "note": "the KNCHR"}),
                ("06", "39", 39, {"as_of": MON, "note": "the KNCHR"}),
                ("06", "24", 24, {"note": "Amnesty International"}),
                ("06", "19", 19, {"note": "earlier police reports"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Nairobi", "verdict": "agree",
            "why": "The KNCHR's 17 dead in Nairobi.",
            "mentions": [
                ("04", "17", 17),
                ("06", "17", 17),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths outside Nairobi", "verdict": "single-source",
            "why": "'and 22 others lost their lives in various parts of the country' (17 + 22 = 39).",
            "mentions": [("06", "22", 22)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Uasin Gishu", "verdict": "single-source",
            "why": "'four from Uasin Gishu'.",
            "mentions": [("04", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in each of Mombasa, Nakuru and Kajiado", "verdict": "single-source",
            "why": "'three each from Mombasa, Makuru and Kajiado'.",
            "mentions": [("04", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "bodies seen outside parliament", "verdict": "single-source",
            "why": "'Journalists saw at least three bodies outside the complex' (a look-alike of the toll).",
            "mentions": [("02", "at least three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "injured in the protests", "verdict": "updated",
            "why": "'dozens wounded' (Amnesty) and 'over 30' (the Kenya Medical Association) on Tuesday, 214 injured in Ruto's count of Wednesday, 361 in the KNCHR's of Monday 1 July: a count that rose as the protests went on.",
            "mentions": [
                ("01", "dozens", 24, {"low": 24, "high": None, "as_of": TUE, "note": "written 'dozens'"}),
                ("02", "over 30", 30, {"as_of": TUE}),
                ("03", "214", 214, {"as_of": WED}),
                ("04", "361", 361, {"as_of": MON}),
                ("05", "three hundred and sixty-one", 361, {"as_of": MON}),
                ("06", "361", 361, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "wounded by live bullets", "verdict": "single-source",
            "why": "'over 30 people were wounded, at least 13 with live bullets' (a part of the wounded).",
            "mentions": [("02", "at least 13", 13)],
        },
        {
            "event": E, "kind": "count", "role": "casualties received at Kenyatta National Hospital", "verdict": "single-source",
            "why": "'Kenyatta National Hosp[ital said it received 45 casualties' (one hospital's count, a look-alike of the injured).",
            "mentions": [("02", "45", 45)],
        },
        {
            "event": E, "kind": "count", "role": "injured treated and released", "verdict": "single-source",
            "why": "'214 people had been injured, with 95 already treated and released' (a part of the injured).",
            "mentions": [("03", "95", 95)],
        },
        {
            "event": E, "kind": "count", "role": "abductions and disappearances", "verdict": "updated",
            "why": "Amnesty's 21 Kenyans 'illegally abducted or disappeared over five days' (Tuesday 25 June), the KNCHR's 32 'enforced or involuntary disappearances' to 1 July: the count rose over the week.",
            "mentions": [
                ("01", "21", 21, {"as_of": TUE, "note": "Amnesty International"}),
                ("04", "32", 32, {"as_of": MON}),
                ("05", "32", 32, {"as_of": MON}),
                ("06", "32", 32, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "arrests of protesters", "verdict": "agree",
            "why": "The KNCHR's 627 arrests.",
            "mentions": [
                ("04", "627", 627),
                ("06", "627", 627),
            ],
        },
        {
            "event": E, "kind": "count", "role": "counties with protests", "verdict": "single-source",
            "why": "'the protests which spiraled across 35 out of 47 counties'.",
            "mentions": [("03", "35", 35)],
        },
        {
            "event": E, "kind": "count", "role": "counties of Kenya", "verdict": "single-source",
            "why": "'35 out of 47 counties' (a look-alike of the 35).",
            "mentions": [("03", "47", 47)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the protests so far", "verdict": "agree",
            "why": "'marking two weeks since the protests began'; 'since the protests ... began two weeks ago'.",
            "mentions": [
                ("04", "two weeks", 2, {"note": "weeks"}),
                ("06", "two weeks", 2, {"note": "weeks"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the president's time to sign the bill", "verdict": "single-source",
            "why": "'Although he has two weeks to act' (a look-alike of the protests' two weeks).",
            "mentions": [("02", "two weeks", 2, {"note": "weeks"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the abductions counted by Amnesty", "verdict": "single-source",
            "why": "'21 Kenyans had been illegally abducted or disappeared over five days'.",
            "mentions": [("01", "five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the storming of parliament", "verdict": "agree",
            "why": "Tuesday 25 June 2024, as MPs passed the bill ('last Tuesday' in the reports of 2 July).",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "Protesters on Tuesday stormed"}),
                ("02", "Tuesday", TUE),
                ("04", "June 25", TUE),
                ("05", "last Tuesday", TUE),
                ("06", "last Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Amnesty's statement on the abductions", "verdict": "single-source",
            "why": "'Amnesty International said in a statement on Tuesday'.",
            "mentions": [("01", "Tuesday", TUE, {"ctx": "in a statement on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Odhiambo's statement", "verdict": "single-source",
            "why": "'said Faith Odhiambo ... on Tuesday'.",
            "mentions": [("01", "Tuesday", TUE, {"ctx": "(LSK), on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:President Ruto's figures", "verdict": "single-source",
            "why": "'On Wednesday, the President announced that six people lost their lives'.",
            "mentions": [("03", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the KNCHR's release", "verdict": "agree",
            "why": "The KNCHR's statement of Monday 1 July ('on Monday evening').",
            "mentions": [
                ("04", "Monday (July 1)", MON),
                ("06", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the KNCHR's period", "verdict": "single-source",
            "why": "'the figures covered the period from June 18 to July 1'.",
            "mentions": [("05", "June 18", "2024-06-18")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the KNCHR's period", "verdict": "single-source",
            "why": "'from June 18 to July 1' (the end of the period counted, the day of the release).",
            "mentions": [("05", "July 1", MON)],
        },
        # --- background ---
        {
            "event": OFFICE, "kind": "date", "role": "date-of:Ruto's taking office", "verdict": "single-source",
            "why": "'since taking office in September 2022'.",
            "mentions": [("05", "September 2022", "2022-09")],
        },
    ],
}
