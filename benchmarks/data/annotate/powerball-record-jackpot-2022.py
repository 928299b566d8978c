# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the record Powerball jackpot drawing of Monday 7 November 2022, delayed to Tuesday (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings: Saturday = 5 November 2022, Monday = 7 November, Tuesday = 8 November,
Wednesday = 9 November 2022; times with their zone (EST = -05:00; 2News is a Reno station, so its '7:59 p.m.' is Pacific,
-08:00). Left out: the winning numbers ('10, 33, 41, 47 and 56', 'the red Powerball was 10'), ordinals and ratios ('the 40th
in a row', 'more than fivefold', '95 times as large', 'the second delayed drawing'), 'One of the participating ... lotteries' /
'one participating lottery', 'No one', 'last month', 'hours of delay', 'hours-long', and the modal 'may'.
"""

E = "e1"
SAT = "e2"
OCT = "e3"
AUG = "e4"
EARLIER = "e5"
SATD = "2022-11-05"
MON = "2022-11-07"
TUE = "2022-11-08"

SPEC = {
    "description": (
        "The drawing for the record Powerball jackpot, scheduled for Monday 7 November 2022 at 10:59 p.m. EST and delayed to "
        "8:57 a.m. EST on Tuesday because one participating lottery needed more time, as six outlets reported it on 7-8 "
        "November: the jackpot an estimated $1.9 billion (Monday) -> $2.04 billion (Tuesday morning, after updated "
        "calculations) (`updated`); the cash option $929.1 million (`agree`); the scheduled time 10:59 p.m. EST / 0400 GMT / "
        "7:59 p.m. (Pacific) (`compatible`); a nearly 10-hour delay; the jackpot started at $20 million on Aug. 6 (`agree`) and "
        "grew over three winless months (`agree`); 48 lotteries (`agree`), 45 states (`agree`); odds of 1 in 292 million / 1 in "
        "292.2 million (`compatible`). Look-alikes: Wednesday's jackpot that 'would surpass $2 billion' (a projection), the $1 "
        "billion of four earlier jackpots, the previous record nearly $400 million smaller, Saturday's drawing (10.9 million "
        "winning tickets, $102.2 million in prizes), the October delay of less than an hour, the last jackpot won on August 3."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the drawing completed 'on Tuesday morning' (8 November 2022), a Reuters text: 8 November 2022 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; written while 'the drawing still delayed' on Tuesday morning (8 November 2022): 8 November 2022 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the numbers drawn after the delay, Tuesday morning (8 November 2022): 8 November 2022 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the numbers 'finally dropped Tuesday morning' (8 November 2022): 8 November 2022 (a guess within a day)"},
        "05": {"published_how": "the URL (npr-news/2022-11-08)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; the numbers 'drawn Tuesday morning' (8 November 2022), an AP text: 8 November 2022 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the record Powerball jackpot drawing of 7 November 2022, delayed to 8 November", "main": True},
        {"id": SAT, "label": "the Powerball drawing of Saturday 5 November 2022 (sibling)", "main": False},
        {"id": OCT, "label": "the delayed Powerball drawing of October 2022 (sibling)", "main": False},
        {"id": AUG, "label": "the last Powerball jackpot won, 3 August 2022 (background)", "main": False},
        {"id": EARLIER, "label": "the earlier jackpots exceeding $1 billion (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "the jackpot", "verdict": "updated",
            "why": "An estimated $1.9 billion (Monday 7 November), $2.04 billion on Tuesday morning 'after updated calculations' (AP); 'revised to $2.04 billion'.",
            "mentions": [
                ("01", "$2.04 billion", 2_040_000_000, {"as_of": TUE}),
                ("02", "$2.04 billion", 2_040_000_000, {"as_of": TUE}),
                ("02", "an estimated $1.9 billion", 1_900_000_000, {"as_of": MON}),
                ("03", "$2.04 billion", 2_040_000_000, {"ctx": "record-breaking $2.04 billion", "as_of": TUE}),
                ("03", "an estimated $1.9 billion", 1_900_000_000, {"as_of": MON}),
                ("03", "$2.04 billion", 2_040_000_000, {"ctx": "but was $2.04 billion", "as_of": TUE}),
                ("03", "$1.9 billion", 1_900_000_000, {"ctx": "The estimated $1.9 billion", "as_of": MON}),
                ("04", "$2.04B", 2_040_000_000, {"as_of": TUE}),
                ("04", "$2.04 billion", 2_040_000_000, {"as_of": TUE}),
                ("04", "$1.9 billion", 1_900_000_000, {"as_of": MON}),
                ("05", "$1.9 billion", 1_900_000_000, {"ctx": "record $1.9 billion", "as_of": MON}),
                ("05", "$1.9 billion", 1_900_000_000, {"ctx": "the full $1.9 billion", "as_of": MON}),
                ("06", "$2.04 billion", 2_040_000_000, {"ctx": "record-breaking $2.04 billion", "as_of": TUE}),
                ("06", "an estimated $1.9 billion", 1_900_000_000, {"as_of": MON}),
                ("06", "$2.04 billion", 2_040_000_000, {"ctx": "increased to $2.04 billion", "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the cash option (lump sum) of the jackpot", "verdict": "agree",
            "why": "'a cash option of $929.1 million' / 'an estimated $929.1 million' (of the $1.9 billion estimate).",
            "mentions": [
                ("04", "$929.1 million", 929_100_000),
                ("05", "an estimated $929.1 million", 929_100_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the jackpot projected for Wednesday's drawing", "verdict": "single-source",
            "why": "'the jackpot for Wednesday's drawing would surpass $2 billion' if Monday's had no winner (a projection; a look-alike of the $2.04 billion).",
            "mentions": [("05", "$2 billion", 2_000_000_000, {"low": 2_000_000_000, "high": None})],
        },
        {
            "event": E, "kind": "money", "role": "the jackpot's starting amount", "verdict": "agree",
            "why": "'started at $20 million on Aug. 6' (three outlets).",
            "mentions": [
                ("02", "$20 million", 20_000_000),
                ("03", "$20 million", 20_000_000),
                ("05", "$20 million", 20_000_000),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the jackpot's start", "verdict": "agree",
            "why": "'on Aug. 6' (2022), three outlets.",
            "mentions": [
                ("02", "Aug. 6", "2022-08-06"),
                ("03", "Aug. 6", "2022-08-06"),
                ("05", "Aug. 6", "2022-08-06"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the jackpot's growth without a winner", "verdict": "agree",
            "why": "'over the last three months' / 'over three winless months' (twice).",
            "mentions": [
                ("02", "three months", 3, {"note": "months"}),
                ("03", "three winless months", 3, {"note": "months"}),
                ("05", "three winless months", 3, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the margin over the previous record jackpot", "verdict": "single-source",
            "why": "'nearly $400 million larger than the previous record jackpot'.",
            "mentions": [("03", "nearly $400 million", 400_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "participating lotteries", "verdict": "agree",
            "why": "'all 48 participating lotteries' / 'all 48 lotteries' / 'All 48 jurisdictions'.",
            "mentions": [
                ("02", "48", 48, {"ctx": "all 48 participating"}),
                ("02", "48", 48, {"ctx": "all 48 lotteries"}),
                ("04", "48", 48),
                ("05", "All 48", 48),
            ],
        },
        {
            "event": E, "kind": "count", "role": "states where Powerball is played", "verdict": "agree",
            "why": "'Powerball is played in 45 states' (twice).",
            "mentions": [
                ("03", "45", 45),
                ("05", "45", 45),
            ],
        },
        {
            "event": E, "kind": "count", "role": "odds of winning the jackpot (1 in N)", "verdict": "compatible",
            "why": "'odds of 1 in 292 million' / 'at 1 in 292.2 million': the same odds, rounded.",
            "mentions": [
                ("03", "292 million", 292_000_000),
                ("05", "292.2 million", 292_200_000),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the drawing as scheduled", "verdict": "compatible",
            "why": "'initially scheduled for 10:59 p.m. EST (0400 GMT) on Monday' / 2News (Reno, Pacific time): 'The drawing will be held at 7:59 p.m.': one instant in three zones.",
            "mentions": [
                ("01", "10:59 p.m.", "2022-11-07T22:59-05:00", {"note": "EST"}),
                ("01", "0400 GMT", "2022-11-08T04:00+00:00", {"note": "GMT"}),
                ("03", "7:59 p.m.", "2022-11-07T19:59-08:00", {"note": "Pacific"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the drawing as scheduled (Monday)", "verdict": "agree",
            "why": "The drawing of Monday (night), 7 November 2022, in every outlet.",
            "mentions": [
                ("01", "Monday", MON),
                ("02", "Monday", MON),
                ("03", "Monday", MON, {"ctx": "says Monday night"}),
                ("03", "Monday", MON, {"ctx": "ahead of Monday night"}),
                ("04", "Monday", MON, {"ctx": "tickets for Monday"}),
                ("04", "Monday", MON, {"ctx": "leading up to Monday"}),
                ("05", "Monday", MON, {"ctx": "drawing for Monday"}),
                ("05", "Monday", MON, {"ctx": "winner for the Monday"}),
                ("05", "Monday", MON, {"ctx": "announced for the Monday"}),
                ("06", "Monday", MON, {"ctx": "said Monday night"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the delayed drawing", "verdict": "compatible",
            "why": "The numbers drawn on Tuesday morning (8 November 2022), at 8:57 a.m. EST (AP).",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("03", "Tuesday", TUE, {"ctx": "delayed until Tuesday"}),
                ("04", "Tuesday", TUE, {"ctx": "dropped Tuesday"}),
                ("06", "Tuesday", TUE, {"ctx": "drawn Tuesday"}),
                ("06", "8:57 a.m.", "2022-11-08T08:57-05:00", {"note": "EST"}),
                ("06", "Tuesday", TUE, {"ctx": "EST Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the delay", "verdict": "single-source",
            "why": "'after a nearly 10-hour delay' (10:59 p.m. to 8:57 a.m.).",
            "mentions": [("06", "nearly 10-hour", 10, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the estimate of $1.9 billion", "verdict": "agree",
            "why": "'reported as an estimated $1.9 billion on Monday' (AP, twice).",
            "mentions": [
                ("03", "Monday", MON, {"ctx": "billion on Monday"}),
                ("06", "Monday", MON, {"ctx": "billion on Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the revision to $2.04 billion", "verdict": "agree",
            "why": "'$2.04 billion Tuesday morning after updated calculations' (AP, twice).",
            "mentions": [
                ("03", "Tuesday", TUE, {"ctx": "billion Tuesday"}),
                ("06", "Tuesday", TUE, {"ctx": "billion Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the results expected", "verdict": "single-source",
            "why": "'we may not know results until later Tuesday' (twice, written before the drawing).",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "know results until later Tuesday"}),
                ("02", "Tuesday", TUE, {"ctx": "know the results until later Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the numbers still not announced", "verdict": "single-source",
            "why": "'Winning numbers still weren’t announced as of early Tuesday'.",
            "mentions": [("02", "Tuesday", TUE, {"ctx": "as of early Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the association's second statement", "verdict": "agree",
            "why": "'On Tuesday morning, the association said in a new statement' / 'Powerball officials released a statement Tuesday morning' (the same statement: the lottery worked with 'throughout the night').",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "On Tuesday morning"}),
                ("04", "Tuesday", TUE, {"ctx": "statement Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the officials' first statement on the delay", "verdict": "single-source",
            "why": "'In a statement released Monday night'.",
            "mentions": [("04", "Monday", MON, {"ctx": "released Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the website's message of no timeframe", "verdict": "single-source",
            "why": "'The Powerball website said at 2 a.m. Tuesday'.",
            "mentions": [
                ("05", "2 a.m.", "2022-11-08T02:00"),
                ("05", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the next drawing", "verdict": "single-source",
            "why": "'the jackpot for Wednesday's drawing' (9 November 2022).",
            "mentions": [("05", "Wednesday", "2022-11-09")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the annuity's payments", "verdict": "single-source",
            "why": "'an annuity to be annually paid over 29 years'.",
            "mentions": [("05", "29 years", 29, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the period with two delayed drawings", "verdict": "single-source",
            "why": "'the second delayed drawing in the last three weeks' (a look-alike of the three months).",
            "mentions": [("02", "three weeks", 3, {"note": "weeks"})],
        },
        {
            "event": SAT, "kind": "date", "role": "date-of:Saturday's drawing", "verdict": "agree",
            "why": "The winless drawing of Saturday 5 November 2022.",
            "mentions": [
                ("01", "Saturday", SATD),
                ("02", "Saturday", SATD, {"ctx": "winless drawing Saturday"}),
                ("02", "Saturday", SATD, {"ctx": "winner on Saturday"}),
                ("02", "Saturday", SATD, {"ctx": "after Saturday"}),
                ("04", "Saturday", SATD, {"ctx": "drawn Saturday"}),
                ("04", "Saturday", SATD, {"ctx": "the Saturday drawing"}),
            ],
        },
        {
            "event": SAT, "kind": "count", "role": "numbers to match for the jackpot", "verdict": "single-source",
            "why": "'no ticket matched all six numbers drawn Saturday night'.",
            "mentions": [("04", "six", 6)],
        },
        {
            "event": SAT, "kind": "count", "role": "winning tickets in Saturday's drawing", "verdict": "single-source",
            "why": "'more than 10.9 million tickets won cash prizes'.",
            "mentions": [("04", "more than 10.9 million", 10_900_000)],
        },
        {
            "event": SAT, "kind": "money", "role": "prizes won in Saturday's drawing", "verdict": "single-source",
            "why": "'cash prizes totaling $102.2 million in the Saturday drawing'.",
            "mentions": [("04", "$102.2 million", 102_200_000)],
        },
        {
            "event": OCT, "kind": "duration", "role": "duration-of:the October delay", "verdict": "single-source",
            "why": "'When the drawing was delayed last month, the delay lasted less than an hour' (a sibling delay; a look-alike of the nearly 10 hours).",
            "mentions": [("02", "less than an hour", 1, {"low": None, "high": 1, "note": "hours"})],
        },
        {
            "event": OCT, "kind": "date", "role": "date-of:the October delay", "verdict": "single-source",
            "why": "'The same reason was given for the delay in October'.",
            "mentions": [("02", "October", "2022-10")],
        },
        {
            "event": AUG, "kind": "date", "role": "date-of:the last jackpot won", "verdict": "single-source",
            "why": "'No one has won the jackpot since August 3' (2022; a look-alike of the start on Aug. 6).",
            "mentions": [("03", "August 3", "2022-08-03")],
        },
        {
            "event": EARLIER, "kind": "count", "role": "earlier jackpots exceeding $1 billion", "verdict": "single-source",
            "why": "'There have only been four previous jackpots exceeding $1 billion'.",
            "mentions": [("02", "four", 4)],
        },
        {
            "event": EARLIER, "kind": "money", "role": "the threshold of billion-dollar jackpots", "verdict": "single-source",
            "why": "'jackpots exceeding $1 billion'.",
            "mentions": [("02", "$1 billion", 1_000_000_000)],
        },
    ],
}
