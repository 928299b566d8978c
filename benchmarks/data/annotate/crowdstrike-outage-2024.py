# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the worldwide IT outage caused by CrowdStrike's faulty update, Friday 19 July 2024 (read by
build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings, times of day as written. Friday = 19 July 2024, Saturday = 20 July, Sunday =
21 July, 'today' in Swift Telecast = Monday 22 July 2024; in Fortune (inkl), Monday = 22 July, Wednesday = 24 July, Thursday =
25 July 2024. Left out: "Microsoft 360", "911", "the 2024 Pwnie Award", "more
than a day", "millions" / "thousands" (vague), "one of the busiest", "one of our crew tracking-related tools", "one of the
largest".
"""

E = "e1"
FRI = "2024-07-19"
SAT = "2024-07-20"
PARA = "The air travel sector bore a substantial brunt of the outage, resulting in thousands of flight cancellations and extensive delays. Delta Air Lines, among the worst affected, reported over 600 flight cancellations by Saturday morning"  # 02 repeats this paragraph (standfirst and body)
FIRST = "Microsoft\n\n" + PARA
SECOND = "recover\n\n" + PARA
SOUTHWEST = "e2"
SPEC = {
    "description": (
        "The worldwide IT outage caused by a faulty CrowdStrike update to Windows computers on Friday 19 July 2024, as six "
        "outlets reported it from 20 July to August 2024: about 8.5 million Windows devices (`agree`), 'less than one "
        "percent' of all (`agree`); flights cancelled worldwide on Friday 'about 46,000' (Swift Telecast, citing the "
        "Washington Post) against 'at least 2,691 out of 110,000' (Cirium) (`conflict`); the outage on Friday 19 July "
        "(`agree`), Microsoft's figure on Saturday (`agree`); in the United States over 1,100 cancellations and 2,867 "
        "delays on Saturday; Delta's cancellations about 1,200 on Friday, over 600 by Saturday morning, another 1,300 on "
        "Sunday and another 600 on Monday (look-alikes), more than 3,500 through Saturday, north of 5,000 in all; United "
        "649, American 408, Southwest 234 on Friday; Delta's cost about $500 million, a global loss of about $15 billion; Delta's Monday 'another 600' (morning) -> 1,160 "
        "(the day) and its total 'north of 5,000' -> 'more than 7,000' (`updated`), back to normal on Thursday 25 July. "
        "Background whose figure is a trap: Southwest Airlines' meltdown of 2022."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; 'for more than a day after it began', cancellations 'on Saturday': 20 July 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; Microsoft's figure 'on Saturday' (20 July 2024) as news: 20 July 2024 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it reports the Pwnie Award accepted at DEF CON (10-11 August 2024): 12 August 2024 (a guess within days)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; 'by Sunday ... and today' (Monday 22 July 2024): 22 July 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; Microsoft's figure 'on Saturday' (20 July 2024) as news: 20 July 2024 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; Fortune's report that 'Thursday' (25 July 2024) Delta was back to normal: 25 July 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the worldwide IT outage caused by CrowdStrike's faulty update, 19 July 2024", "main": True},
        {"id": SOUTHWEST, "label": "Southwest Airlines' meltdown of the winter holidays of 2022 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "Windows devices affected", "verdict": "agree",
            "why": "About 8.5 million Windows devices (Microsoft): '8.5 million', 'nearly', 'approximately'.",
            "mentions": [
                ("01", "8.5 million", 8_500_000),
                ("02", "8.5 million", 8_500_000, {"ctx": "on 8.5 million"}),
                ("02", "nearly 8.5 million", 8_500_000),
                ("03", "approximately 8.5 million", 8_500_000),
                ("03", "8.5 million", 8_500_000, {"ctx": "figure of 8.5 million"}),
                ("05", "approximately 8.5 million", 8_500_000),
                ("05", "8.5 million", 8_500_000, {"ctx": "The 8.5 million"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of all Windows machines affected", "verdict": "agree",
            "why": "'less than one percent of all Windows machines globally' (Microsoft).",
            "mentions": [
                ("02", "less than one percent", 1, {"low": None, "high": 1}),
                ("05", "less than one percent", 1, {"low": None, "high": 1}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "flights cancelled worldwide on Friday", "verdict": "conflict",
            "why": "Swift Telecast, citing the Washington Post: 'On Friday alone, airlines canceled about 46,000 flights'; Govima, citing Cirium: 'at least 2,691 out of 110,000 commercial flights scheduled on Friday were canceled worldwide'. About 46,000 (over 40% of the 110,000 scheduled) cannot hold with a count in the low thousands.",
            "mentions": [
                ("04", "about 46,000", 46_000),
                ("05", "at least 2,691", 2691),
            ],
        },
        {
            "event": E, "kind": "count", "role": "commercial flights scheduled worldwide on Friday", "verdict": "single-source",
            "why": "'out of 110,000 commercial flights scheduled on Friday'.",
            "mentions": [("05", "110,000", 110_000)],
        },
        {
            "event": E, "kind": "count", "role": "flights cancelled in the United States on Saturday", "verdict": "single-source",
            "why": "'Over 1,100 flights have been canceled ... in the U.S.' / 'over 1,100 canceled flights on Saturday' (headline and body).",
            "mentions": [
                ("01", "Over 1,100", 1100, {"ctx": "Causes Over 1,100"}),
                ("01", "Over 1,100", 1100, {"ctx": "Outage\nOver 1,100"}),
                ("01", "over 1,100", 1100),
            ],
        },
        {
            "event": E, "kind": "count", "role": "flights delayed in the United States on Saturday", "verdict": "single-source",
            "why": "'2,867 Delays in U.S.' / '2,867 delayed in the U.S.'.",
            "mentions": [
                ("01", "2,867", 2867, {"ctx": "and 2,867 Delays"}),
                ("01", "2,867", 2867, {"ctx": "and 2,867 delayed"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of cancellations in the United States", "verdict": "single-source",
            "why": "'over 1,100 canceled flights on Saturday' (20 July 2024).",
            "mentions": [("01", "Saturday", SAT, {"ctx": "flights on Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Mass General Brigham's expected recovery", "verdict": "single-source",
            "why": "'expects to be fully operational on Saturday'.",
            "mentions": [("01", "Saturday", SAT, {"ctx": "operational on Saturday"})],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled on Friday", "verdict": "single-source",
            "why": "'On Friday, it canceled about 1,200 flights'.",
            "mentions": [("04", "about 1,200", 1200)],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled by Saturday morning", "verdict": "single-source",
            "why": "'over 600 flight cancellations by Saturday morning EDT' (the standfirst repeats the paragraph; a look-alike of Monday's 'another 600').",
            "mentions": [
                ("02", "over 600", 600, {"ctx": FIRST}),
                ("02", "over 600", 600, {"ctx": SECOND}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Delta's count of Saturday morning", "verdict": "single-source",
            "why": "'by Saturday morning EDT' (20 July 2024), twice.",
            "mentions": [
                ("02", "Saturday morning", SAT, {"ctx": FIRST}),
                ("02", "Saturday morning", SAT, {"ctx": SECOND}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled on Sunday", "verdict": "single-source",
            "why": "'Delta ended up canceling another 1,300 flights'.",
            "mentions": [("04", "another 1,300", 1300)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Delta's 1,300 cancellations", "verdict": "single-source",
            "why": "'by Sunday' (21 July 2024).",
            "mentions": [("04", "Sunday", "2024-07-21")],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled on Monday", "verdict": "updated",
            "why": "Swift Telecast on Monday 22 July: 'today, it’s already canceled another 600' (a look-alike of the 600 by Saturday morning); Fortune (inkl) on 25 July, the whole day: 'On Monday ... Delta canceled 1,160 trips'.",
            "mentions": [
                ("04", "another 600", 600, {"as_of": "2024-07-22", "note": "by the morning"}),
                ("06", "1,160", 1160, {"as_of": "2024-07-25", "note": "the whole day"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled through Saturday", "verdict": "single-source",
            "why": "'forced the airline to cancel more than 3,500 flights through Saturday' (Ed Bastian).",
            "mentions": [("04", "more than 3,500", 3500)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of Delta's count of 3,500", "verdict": "single-source",
            "why": "'through Saturday' (20 July 2024).",
            "mentions": [("04", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "count", "role": "Delta's flights cancelled in all", "verdict": "updated",
            "why": "'north of 5,000' (Monday 22 July) -> 'more than 7,000' since the outage (Thursday 25 July).",
            "mentions": [
                ("04", "north of 5,000", 5000, {"low": 5000, "high": None, "as_of": "2024-07-22"}),
                ("06", "more than 7,000", 7000, {"as_of": "2024-07-25"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "United's flights cancelled on Friday", "verdict": "single-source",
            "why": "'compared to United’s 649'.",
            "mentions": [("04", "649", 649)],
        },
        {
            "event": E, "kind": "count", "role": "American's flights cancelled on Friday", "verdict": "single-source",
            "why": "'American’s 408'.",
            "mentions": [("04", "408", 408)],
        },
        {
            "event": E, "kind": "count", "role": "Southwest's flights cancelled on Friday", "verdict": "single-source",
            "why": "'Southwest’s 234'.",
            "mentions": [("04", "234", 234)],
        },
        {
            "event": E, "kind": "percent", "role": "Delta's booked loads that weekend", "verdict": "single-source",
            "why": "'booked loads exceeding 90%'.",
            "mentions": [("04", "90%", 90, {"low": 90, "high": None})],
        },
        {
            "event": E, "kind": "money", "role": "money:the outage's cost to Delta", "verdict": "single-source",
            "why": "'estimated to have cost Delta Airlines approximately $500 million'.",
            "mentions": [("03", "approximately $500 million", 500_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the outage's global revenue loss", "verdict": "single-source",
            "why": "'a total global revenue loss of around $15 billion'.",
            "mentions": [("03", "around $15 billion", 15_000_000_000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the outage", "verdict": "agree",
            "why": "Friday 19 July 2024.",
            "mentions": [
                ("04", "Friday", FRI, {"ctx": "outage on Friday"}),
                ("04", "Friday", FRI, {"ctx": "On Friday alone"}),
                ("04", "Friday", FRI, {"ctx": "On Friday, it"}),
                ("05", "Friday", FRI, {"ctx": "began on Friday"}),
                ("05", "Friday", FRI, {"ctx": "scheduled on Friday"}),
                ("06", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Microsoft's figure of devices affected", "verdict": "agree",
            "why": "Microsoft revealed the figure on Saturday 20 July 2024.",
            "mentions": [
                ("02", "Saturday", SAT, {"ctx": "revealed on Saturday"}),
                ("05", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of Delta's operations cancelled on Monday", "verdict": "single-source",
            "why": "'Delta canceled 1,160 trips, almost 30% of its operations that day'.",
            "mentions": [("06", "almost 30%", 30)],
        },
        {
            "event": E, "kind": "count", "role": "flights cancelled on Monday by United, JetBlue and American together", "verdict": "single-source",
            "why": "'United, JetBlue, and American canceled fewer than 200 flights combined'.",
            "mentions": [("06", "fewer than 200", 200)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Delta's 1,160 cancellations", "verdict": "single-source",
            "why": "'On Monday' (22 July 2024).",
            "mentions": [("06", "Monday", "2024-07-22")],
        },
        {
            "event": E, "kind": "count", "role": "Delta's cancellations by midday on Thursday", "verdict": "single-source",
            "why": "'just five cancellations' by midday on Thursday 25 July.",
            "mentions": [("06", "five", 5)],
        },
        {
            "event": E, "kind": "percent", "role": "share of Delta's flights cancelled by midday on Thursday", "verdict": "single-source",
            "why": "'affecting fewer than 1% of flights' (a look-alike of the 'less than one percent' of Windows machines).",
            "mentions": [("06", "fewer than 1%", 1, {"low": None, "high": 1})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Delta's return to normal", "verdict": "single-source",
            "why": "'Thursday appears to be the first day ... completely back to normal' (25 July 2024).",
            "mentions": [("06", "Thursday", "2024-07-25")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Delta's recovery after the other carriers'", "verdict": "single-source",
            "why": "'four full days after most other major carriers had nearly recovered'.",
            "mentions": [("06", "four full days", 4, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "passengers affected by Delta's cancellations", "verdict": "single-source",
            "why": "'the Department of Transportation estimated that over half a million passengers have been impacted'.",
            "mentions": [("06", "over half a million", 500_000, {"low": 500_000, "high": None})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Department of Transportation's estimate", "verdict": "single-source",
            "why": "'on Wednesday' (24 July 2024).",
            "mentions": [("06", "Wednesday", "2024-07-24")],
        },
        {
            "event": E, "kind": "percent", "role": "share of Delta's critical applications on Windows", "verdict": "single-source",
            "why": "'powers about 60% of Delta’s critical applications'.",
            "mentions": [("06", "about 60%", 60)],
        },
        {
            "event": SOUTHWEST, "kind": "date", "role": "date-of:Southwest's meltdown", "verdict": "single-source",
            "why": "'In 2022, during the peak winter-holiday travel season, Southwest Airlines’ operations were thrown into chaos'.",
            "mentions": [("06", "2022", "2022")],
        },
    ],
}
