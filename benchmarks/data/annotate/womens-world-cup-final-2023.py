# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the 2023 FIFA Women's World Cup final, Spain 1-0 England, Sydney, Sunday 20 August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings; times of day as ISO times in Sydney time (AEST, +10:00; GMT converted, the note says which was
written); money in US dollars as written (note); durations with their unit in note. Sunday = 20 August 2023 (the final),
Wednesday = 16 August 2023 (the semi-final Australia-England). Ordinals ("the ninth edition", "the 29th minute", "the fifth
team") are annotated as in `chandrayaan-3-landing-2023`. Three texts were written before the final (01, 03, 04) and three
after (02, 05, 06): the tournament's total attendance expected 'over two million' before and counted 'just shy of two million'
after is one figure revised (`updated`, as an estimate revised by the count in `powerball-record-jackpot-2022`).
Left out: scores ("1-0", "2-1"), the dateline "Aug 20", "Seven Network" (a name), "Thousands of fans", "thousands of
tickets", "the two sides", "the last two", "inaugural" / "first appearance" / "first-time winner" / "first-ever" (no count),
"months in advance", "last summer".
"""

E = "e1"
SEMI = "e2"
FRANCE = "e3"
ENG1966 = "e4"
EARLIER = "e5"
SUN = "2023-08-20"
WED = "2023-08-16"
KICKOFF = "2023-08-20T20:00+10:00"
M = 1_000_000
B = 1_000_000_000
USD = "US dollars"
SPEC = {
    "description": (
        "The 2023 FIFA Women's World Cup final, Spain 1-0 England at Stadium Australia, Sydney, on Sunday 20 August 2023 "
        "(six outlets, three before the match and three after): kick-off 8 p.m. / 1000 GMT (`compatible`); the crowd "
        "75,784 / 'almost' / 'nearly 76,000' / 'about 75,000' (`compatible`); the tournament's total attendance expected "
        "'over two million' before the final and 'just shy of two million' after it (`updated`); the ninth edition, nine "
        "host cities, 64 matches, an average attendance over 30,000 (`agree`); Carmona's goal in the 29th minute "
        "(`agree`). Sibling: the semi-final Australia-England on Wednesday, 7.13 million viewers (`agree`). Background: the "
        "2019 World Cup in France (1.1 million fans, 52 matches, 21,756 a match: `agree`), England's 1966 trophy, earlier "
        "finals (2010, 2011, 2015) and winners."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2023/08 and its text (the final 'commenced' on Sunday, no result): 20 August 2023 (a guess within a day)"},
        "02": {"published_how": "the Reuters dateline 'SYDNEY, Aug 20' (2023)"},
        "03": {"published_how": "inferred: no date on the stored page; 'On August 20th ... England and Spain initiated the final match', no result: 20 August 2023 (a guess within a day)"},
        "04": {"published_how": "the corpus's date line 2023-08-20 (removed)"},
        "05": {"published_how": "the URL's 2023/08; it reports the result as news: 20 August 2023 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2023-08-20 (removed)"},
    },
    "events": [
        {"id": E, "label": "the 2023 FIFA Women's World Cup final, Spain 1-0 England, Stadium Australia, Sydney, 20 August 2023", "main": True},
        {"id": SEMI, "label": "the semi-final Australia-England, Wednesday 16 August 2023, and its television audience (sibling)", "main": False},
        {"id": FRANCE, "label": "the 2019 Women's World Cup in France (background)", "main": False},
        {"id": ENG1966, "label": "England men's World Cup win of 1966 (background)", "main": False},
        {"id": EARLIER, "label": "earlier World Cup finals and winners: 2010 (men), 2011, 2015, the titles of the USA, Germany, Norway and Japan (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "date-of:the final", "verdict": "agree",
            "why": "Sunday / August 20th (2023) everywhere ('On Sunday, the Women's World Cup final commenced', 'kick-off ... on Sunday', 'Sunday's final', 'in the final ... on Sunday').",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "On Sunday, the Women's"}),
                ("01", "Sunday", SUN, {"ctx": "(1000 GMT) on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "Women’s World Cup on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "after Sunday’s final"}),
                ("02", "Sunday", SUN, {"ctx": "kick-off on Sunday"}),
                ("03", "August 20th", SUN),
                ("03", "Sunday", SUN, {"ctx": "end of Sunday’s final"}),
                ("03", "Sunday", SUN, {"ctx": "kick-off on Sunday"}),
                ("04", "Sunday", SUN),
                ("06", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the final's kick-off", "verdict": "compatible",
            "why": "'kick-off at 8 p.m. (1000 GMT)' (twice) / 'kicks off at 1000 GMT': one instant, written in Sydney time and in GMT.",
            "mentions": [
                ("01", "8 p.m.", KICKOFF, {"note": "written in Sydney time"}),
                ("01", "1000 GMT", KICKOFF, {"note": "written in GMT"}),
                ("03", "8 p.m.", KICKOFF, {"note": "written in Sydney time"}),
                ("03", "1000 GMT", KICKOFF, {"note": "written in GMT"}),
                ("04", "1000 GMT", KICKOFF, {"note": "written in GMT"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crowd at the final", "verdict": "compatible",
            "why": "'Sunday's final crowd of 75,784' (Reuters, after) / 'an anticipated sell-out crowd of about 75,000' (AFP, before) / 'A crowd of almost 76,000' / 'a capacity crowd of nearly 76,000' / 'About 75,000 fans packed the Stadium Australia': one crowd, rounded.",
            "mentions": [
                ("02", "75,784", 75784),
                ("04", "about 75,000", 75000),
                ("05", "almost 76,000", 76000, {"low": 68400, "high": 76000}),
                ("05", "nearly 76,000", 76000),
                ("06", "About 75,000", 75000, {"low": 71250, "high": 78750}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "the tournament's total attendance (with the final)", "verdict": "updated",
            "why": "Before the final: 'the collective attendance ... is projected to exceed 2 million spectators after the final's kick-off' (01), 'over two million fans were expected to have flocked ... by the end of Sunday's final' (03); after it: 'just shy of two million fans will have passed through the gates ... after Sunday's final crowd of 75,784 is added' (02, Reuters): the expectation revised by the count.",
            "mentions": [
                ("01", "2 million", 2 * M, {"low": 2 * M, "high": None, "as_of": SUN, "note": "expected, before the final ('projected to exceed')"}),
                ("02", "just shy of two million", 2 * M, {"low": 1.9 * M, "high": 2 * M, "as_of": SUN, "note": "after the final"}),
                ("03", "over two million", 2 * M, {"as_of": SUN, "note": "expected, before the final"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "host cities", "verdict": "agree",
            "why": "Nine host cities.",
            "mentions": [
                ("01", "nine", 9),
                ("02", "nine", 9),
                ("03", "nine", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "edition of the Women's World Cup", "verdict": "agree",
            "why": "'this ninth edition' / 'the ninth edition' / 'This ninth edition' / 'the ninth World Cup tournament'.",
            "mentions": [
                ("01", "ninth", 9),
                ("02", "ninth", 9),
                ("03", "ninth", 9),
                ("06", "ninth", 9),
            ],
        },
        {
            "event": E, "kind": "count", "role": "the tournament's expected average attendance", "verdict": "agree",
            "why": "'the average attendance will exceed 30,000' / 'to overtake 30,000' / 'would exceed 30,000'.",
            "mentions": [
                ("01", "30,000", 30000, {"low": 30000, "high": None}),
                ("02", "30,000", 30000, {"low": 30000, "high": None}),
                ("03", "30,000", 30000, {"low": 30000, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "matches of the tournament", "verdict": "agree",
            "why": "All 64 matches.",
            "mentions": [
                ("01", "64", 64),
                ("02", "64", 64),
                ("03", "64", 64),
            ],
        },
        {
            "event": E, "kind": "count", "role": "fans at the smallest New Zealand games", "verdict": "single-source",
            "why": "'some games attracted as few as 7,000 fans'.",
            "mentions": [("02", "7,000", 7000)],
        },
        {
            "event": E, "kind": "duration", "role": "England fan's years of letdowns", "verdict": "agree",
            "why": "The same fan's words rendered twice: 'over the past five decades' / 'in the last 50 years'.",
            "mentions": [
                ("01", "five decades", 50, {"note": "years (written: five decades)"}),
                ("03", "50 years", 50, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "minute of Carmona's goal", "verdict": "agree",
            "why": "The 29th minute (three times in 05).",
            "mentions": [
                ("05", "29th", 29, {"ctx": "Olga Carmona's 29th minute goal becomes"}),
                ("05", "29th", 29, {"ctx": "Olga Carmona's 29th minute goal, marking"}),
                ("05", "29th", 29, {"ctx": "in the 29th minute of the match"}),
                ("06", "29th", 29),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Olga Carmona", "verdict": "single-source",
            "why": "'At the age of 23'.",
            "mentions": [("06", "23", 23, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "Spain's rank among Women's World Cup winners", "verdict": "single-source",
            "why": "'The Spanish side is the fifth team to win the FIFA Women's World Cup'.",
            "mentions": [("06", "fifth", 5)],
        },
        {
            "event": E, "kind": "count", "role": "Spanish players to score in a World Cup final", "verdict": "single-source",
            "why": "'the only second player from Spain to score a goal in FIFA World Cup final'.",
            "mentions": [("06", "second", 2)],
        },
        {
            "event": E, "kind": "count", "role": "teams at the start of the tournament", "verdict": "single-source",
            "why": "'started with 32 teams'.",
            "mentions": [("04", "32", 32)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the tournament before the final", "verdict": "single-source",
            "why": "'a tournament full of shocks which began one month ago'.",
            "mentions": [("04", "one month", 1, {"note": "months"})],
        },
        {
            "event": E, "kind": "count", "role": "the tournament's expected global TV audience", "verdict": "single-source",
            "why": "'expected to exceed two billion viewers' / 'expected to surpass two billion viewers' (one outlet, twice).",
            "mentions": [
                ("05", "two billion", 2 * B, {"ctx": "expected to exceed two billion", "low": 2 * B, "high": None}),
                ("05", "two billion", 2 * B, {"ctx": "expected to surpass two billion", "low": 2 * B, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Australian TV viewers of the final", "verdict": "single-source",
            "why": "'almost three million viewers in Australia tuned in'.",
            "mentions": [("05", "almost three million", 3 * M, {"low": 2.7 * M, "high": 3 * M})],
        },
        {
            "event": E, "kind": "money", "role": "money:the tournament's economic impact on Australia", "verdict": "single-source",
            "why": "'Economic impact of the tournament on Australia estimated at $1.2 billion'.",
            "mentions": [("05", "$1.2 billion", 1.2 * B, {"note": USD + " (as written)"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the players' prize pool", "verdict": "single-source",
            "why": "'Prize pool for players increased to $110 million'.",
            "mentions": [("05", "$110 million", 110 * M, {"note": USD})],
        },
        {
            "event": SEMI, "kind": "count", "role": "average TV audience of the semi-final", "verdict": "agree",
            "why": "7.13 million on the Seven Network.",
            "mentions": [
                ("01", "7.13 million", 7.13 * M),
                ("02", "7.13 million", 7.13 * M),
                ("03", "7.13 million", 7.13 * M),
            ],
        },
        {
            "event": SEMI, "kind": "date", "role": "date-of:the semi-final Australia-England", "verdict": "agree",
            "why": "'Australia's semi-final loss to England on Wednesday' / 'which took place the preceding Wednesday'.",
            "mentions": [
                ("02", "Wednesday", WED),
                ("03", "Wednesday", WED),
            ],
        },
        {
            "event": SEMI, "kind": "date", "role": "date-of:OzTAM's founding", "verdict": "agree",
            "why": "'a research firm established in 2001' / 'which launched in 2001' / 'which was established in 2001'.",
            "mentions": [
                ("01", "2001", "2001"),
                ("02", "2001", "2001"),
                ("03", "2001", "2001"),
            ],
        },
        {
            "event": FRANCE, "kind": "duration", "role": "time since the previous World Cup", "verdict": "agree",
            "why": "'held four years prior' / 'four years ago' (twice).",
            "mentions": [
                ("01", "four years", 4, {"note": "years"}),
                ("02", "four years", 4, {"note": "years"}),
                ("03", "four years", 4, {"note": "years"}),
            ],
        },
        {
            "event": FRANCE, "kind": "count", "role": "fans at the 2019 World Cup", "verdict": "agree",
            "why": "'over 1.1 million attendees' / 'more than 1.1. million fans' / 'over 1.1 million fans'.",
            "mentions": [
                ("01", "over 1.1 million", 1.1 * M),
                ("02", "more than 1.1. million", 1.1 * M, {"low": 1.1 * M, "high": None}),
                ("03", "over 1.1 million", 1.1 * M),
            ],
        },
        {
            "event": FRANCE, "kind": "count", "role": "matches of the 2019 World Cup", "verdict": "agree",
            "why": "52 matches.",
            "mentions": [
                ("01", "52", 52),
                ("02", "52", 52),
                ("03", "52", 52),
            ],
        },
        {
            "event": FRANCE, "kind": "count", "role": "average crowd at the 2019 World Cup", "verdict": "agree",
            "why": "21,756.",
            "mentions": [
                ("01", "21,756", 21756),
                ("02", "21,756", 21756),
                ("03", "21,756", 21756),
            ],
        },
        {
            "event": FRANCE, "kind": "count", "role": "global TV audience of the 2019 World Cup", "verdict": "single-source",
            "why": "'the 1.1 billion viewers of the previous edition held in France'.",
            "mentions": [("05", "1.1 billion", 1.1 * B)],
        },
        {
            "event": ENG1966, "kind": "date", "role": "date-of:England men's last trophy", "verdict": "agree",
            "why": "1966.",
            "mentions": [
                ("01", "1966", "1966"),
                ("02", "1966", "1966"),
                ("03", "1966", "1966"),
            ],
        },
        {
            "event": EARLIER, "kind": "date", "role": "date-of:Alex Morgan's goal in a World Cup final", "verdict": "single-source",
            "why": "'since Alex Morgan (2011)'.",
            "mentions": [("06", "2011", "2011")],
        },
        {
            "event": EARLIER, "kind": "date", "role": "date-of:Iniesta's winning goal in the men's final", "verdict": "single-source",
            "why": "'in the 2010 men's World Cup final against the Netherlands'.",
            "mentions": [("06", "2010", "2010")],
        },
        {
            "event": EARLIER, "kind": "date", "role": "date-of:Carli Lloyd's goals in a semi-final and final", "verdict": "single-source",
            "why": "'since Carli Lloyd (2015)'.",
            "mentions": [("06", "2015", "2015")],
        },
        {
            "event": EARLIER, "kind": "count", "role": "Women's World Cup titles:USA", "verdict": "single-source",
            "why": "'USA (4)'.",
            "mentions": [("06", "4", 4)],
        },
        {
            "event": EARLIER, "kind": "count", "role": "Women's World Cup titles:Germany", "verdict": "single-source",
            "why": "'Germany (2)'.",
            "mentions": [("06", "2", 2)],
        },
        {
            "event": EARLIER, "kind": "count", "role": "Women's World Cup titles:Norway", "verdict": "single-source",
            "why": "'Norway (1)'.",
            "mentions": [("06", "1", 1, {"ctx": "Norway (1)"})],
        },
        {
            "event": EARLIER, "kind": "count", "role": "Women's World Cup titles:Japan", "verdict": "single-source",
            "why": "'Japan (1)'.",
            "mentions": [("06", "1", 1, {"ctx": "Japan (1)"})],
        },
    ],
}
