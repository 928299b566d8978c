# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the television audience of Super Bowl LVIII, 11 February 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Audiences as counts of people; ordinals as counts; dates as ISO strings. Sunday = 11 February 2024. Left out: the names
"Super Bowl LVIII" / "Super Bowl 58", "49ers", "Apollo 11", "NFL+", "Paramount+"; "tens of thousands of concert tickets";
"back-to-back" (no figure written); "the longest in history" (no figure).
"""

E = "e1"
LVII = "e2"
MOON = "e3"
SWIFT = "e4"
AFC = "e5"
SUNDAY = "2024-02-11"
SPEC = {
    "description": (
        "The television audience of Super Bowl LVIII, the Kansas City Chiefs' 25-22 overtime win over the San Francisco "
        "49ers on Sunday 11 February 2024, as six outlets reported the preliminary Nielsen figures on 12-13 February 2024: "
        "an average of 123.4 million viewers across platforms (`agree`; one outlet writes 'on CBS'), up 7% (`agree`); "
        "'over 200 million' / 202.4 million who watched at least part (`compatible`); 112 million on CBS alone (a "
        "look-alike); the score 25 and 22 (`agree`); the game on Sunday 11 February (`agree`), the figures announced one "
        "day after, final data on Tuesday; ordinals (the Chiefs' second title in a row and third in five years, the eighth "
        "team to repeat, the second Super Bowl in overtime, the seventh-longest NFL game, the fourth quarter); a $7 million "
        "30-second ad; Swift and Kelce both 34. Background events whose figures are traps: the Super Bowl of 2023's record "
        "115.1 million / 'over 115 million' (`compatible`), the 1969 moon landing's estimated 125 to 150 million, Taylor "
        "Swift's first Chiefs game (September 2023), the AFC Championship win (January 2024)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-02-13 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the preliminary figures announced on Monday 12 February 2024: 12 February 2024 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2024-02-13 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the record as news: 13 February 2024 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2024-02-13 (removed from the text)"},
        "06": {"published_how": "the corpus's date line 2024-02-13 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Super Bowl LVIII (Kansas City Chiefs 25, San Francisco 49ers 22, overtime), 11 February 2024, and its television audience", "main": True},
        {"id": LVII, "label": "Super Bowl LVII (Chiefs against Eagles), February 2023, and its audience (background)", "main": False},
        {"id": MOON, "label": "the Apollo 11 moon landing of 1969 and its audience (background)", "main": False},
        {"id": SWIFT, "label": "Taylor Swift's first Chiefs game, September 2023 (background)", "main": False},
        {"id": AFC, "label": "the Chiefs' AFC Championship win, January 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "average viewers across platforms", "verdict": "agree",
            "why": "An average of 123.4 million viewers (preliminary Nielsen figures, all platforms); the Hindustan Times writes 'tuned in on CBS' for the same total.",
            "mentions": [
                ("01", "123.4 million", 123_400_000),
                ("02", "an estimated 123.4 million", 123_400_000),
                ("03", "123.4 million", 123_400_000),
                ("03", "123.4 MILLION", 123_400_000),
                ("04", "123.4 million", 123_400_000, {"ctx": "average of 123.4 million"}),
                ("04", "123.4 million", 123_400_000, {"ctx": "averaging 123.4 million"}),
                ("05", "123.4 million", 123_400_000),
                ("06", "123.4 million", 123_400_000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of the audience on the year before", "verdict": "agree",
            "why": "Up 7% on the year before.",
            "mentions": [
                ("01", "7 percent", 7),
                ("02", "7%", 7),
                ("04", "7%", 7),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people who watched at least part", "verdict": "compatible",
            "why": "'a record 202.4 million people watching at least part of the game' (Unwrapped); 'reached over 200 million people across various platforms' (Hindustan Times).",
            "mentions": [
                ("03", "over 200 million", 200_000_000),
                ("04", "202.4 million", 202_400_000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "viewers on the CBS network alone", "verdict": "single-source",
            "why": "'A reported 112 million tuned into the big game on CBS, the largest figure ever on a single network' (a look-alike of the 123.4 million total).",
            "mentions": [("06", "A reported 112 million", 112_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "points:the Chiefs' score", "verdict": "agree",
            "why": "The Chiefs won 25-22.",
            "mentions": [
                ("01", "25", 25, {"ctx": "25-22"}),
                ("04", "25", 25, {"ctx": "25-22"}),
                ("05", "25", 25, {"ctx": "25-22"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "points:the 49ers' score", "verdict": "agree",
            "why": "The 49ers lost 25-22.",
            "mentions": [
                ("01", "22", 22, {"ctx": "25-22"}),
                ("04", "22", 22, {"ctx": "25-22"}),
                ("05", "22", 22, {"ctx": "25-22"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the game", "verdict": "agree",
            "why": "Sunday 11 February 2024.",
            "mentions": [
                ("01", "Sunday, February 11", SUNDAY),
                ("01", "Sunday", SUNDAY, {"ctx": "reported Sunday’s"}),
                ("01", "Sunday", SUNDAY, {"ctx": "On Sunday, Swift"}),
                ("02", "Feb. 11", SUNDAY),
                ("05", "Sunday", SUNDAY),
                ("06", "Sunday", SUNDAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the preliminary figures' announcement", "verdict": "single-source",
            "why": "'CBS Sports announced the preliminary numbers one day after' the game (Monday 12 February 2024).",
            "mentions": [("01", "one day after", "2024-02-12")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the final Nielsen data", "verdict": "single-source",
            "why": "'Tuesday's awaited final Nielsen data' (13 February 2024).",
            "mentions": [("03", "Tuesday", "2024-02-13")],
        },
        {
            "event": E, "kind": "count", "role": "the Chiefs' consecutive titles (ordinal)", "verdict": "single-source",
            "why": "'Kansas City's second consecutive Lombardi Trophy'.",
            "mentions": [("03", "second", 2, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "count", "role": "the Chiefs' titles in five years (ordinal)", "verdict": "single-source",
            "why": "'their third in the last five years'.",
            "mentions": [("03", "third", 3, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the span of the Chiefs' three titles", "verdict": "single-source",
            "why": "'in the last five years'.",
            "mentions": [("03", "five years", 5, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "teams to win back-to-back titles (ordinal)", "verdict": "single-source",
            "why": "'the eighth team in NFL history to win back-to-back titles'.",
            "mentions": [("06", "eighth", 8, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "count", "role": "Super Bowls to go into overtime (ordinal)", "verdict": "single-source",
            "why": "'only the second Super Bowl ever to go into overtime'.",
            "mentions": [("05", "second", 2, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "count", "role": "the game's rank among the longest NFL games (ordinal)", "verdict": "single-source",
            "why": "'the seventh-longest game in NFL history'.",
            "mentions": [("01", "seventh-longest", 7, {"note": "an ordinal"})],
        },
        {
            "event": E, "kind": "count", "role": "the quarter of the tying field goal (ordinal)", "verdict": "agree",
            "why": "The Chiefs tied the game in the fourth quarter.",
            "mentions": [
                ("01", "fourth", 4, {"note": "an ordinal"}),
                ("03", "fourth", 4, {"note": "an ordinal"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time left when the game was tied", "verdict": "single-source",
            "why": "'With less than 10 seconds left in the fourth quarter'.",
            "mentions": [("01", "less than 10 seconds", 10, {"low": None, "high": 10, "note": "seconds"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the price of a 30-second ad", "verdict": "single-source",
            "why": "'paid about $7 million for a single 30-second ad'.",
            "mentions": [("02", "about $7 million", 7_000_000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:an ad", "verdict": "single-source",
            "why": "'a single 30-second ad'.",
            "mentions": [("02", "30-second", 30, {"note": "seconds"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Taylor Swift", "verdict": "single-source",
            "why": "'The pop star, 34'.",
            "mentions": [("01", "34", 34, {"ctx": "pop star, 34"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Travis Kelce", "verdict": "single-source",
            "why": "'Kelce, 34' (a look-alike of Swift's age in the same document).",
            "mentions": [("01", "34", 34, {"ctx": "Kelce, 34"})],
        },
        {
            "event": LVII, "kind": "count", "role": "average viewers (the previous record)", "verdict": "compatible",
            "why": "Last year's record 115.1 million (Nielsen); the Hindustan Times: 'set at over 115 million'.",
            "mentions": [
                ("01", "115.1 million", 115_100_000),
                ("03", "over 115 million", 115_000_000),
                ("05", "115.1 million", 115_100_000),
                ("06", "115.1 million", 115_100_000),
            ],
        },
        {
            "event": MOON, "kind": "count", "role": "people who saw the moon landing", "verdict": "single-source",
            "why": "'the moon landing was seen by an estimated 125 to 150 million people'.",
            "mentions": [("01", "an estimated 125 to 150 million", 137_500_000, {"low": 125_000_000, "high": 150_000_000, "note": "a range (value its middle)"})],
        },
        {
            "event": MOON, "kind": "date", "role": "date-of:the moon landing", "verdict": "single-source",
            "why": "'Apollo 11’s historic 1969 mission'.",
            "mentions": [("01", "1969", "1969")],
        },
        {
            "event": SWIFT, "kind": "date", "role": "date-of:Swift's first Chiefs game", "verdict": "single-source",
            "why": "'attending her first game in September 2023'.",
            "mentions": [("01", "September 2023", "2023-09")],
        },
        {
            "event": AFC, "kind": "date", "role": "date-of:the AFC Championship win", "verdict": "single-source",
            "why": "'the Chiefs’ AFC Championship win in January' (28 January 2024).",
            "mentions": [("01", "January", "2024-01")],
        },
    ],
}
