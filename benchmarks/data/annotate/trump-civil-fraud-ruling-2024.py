# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Justice Engoron's ruling of 16 February 2024 in New York's civil fraud case against Donald Trump
(read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; durations with their unit in `note`; dates as ISO strings. Friday = 16 February 2024.
Left out: "the ‘90s" (the time of the assault Carroll sued over, in passing), "years-long", "hundreds of millions to
billions of dollars a year" (the inflation of his wealth, a vague range), "millions in fines", "to date".
"""

E = "e1"
CARROLL = "e2"
CARROLL1 = "e3"
CRIMINAL = "e4"
LIABILITY = "e5"
TAKEOFFICE = "e6"
FRIDAY = "2024-02-16"
SPEC = {
    "description": (
        "Justice Arthur Engoron's ruling of Friday 16 February 2024 in the New York attorney general's civil fraud case "
        "against Donald Trump, his adult sons and Trump Organization executives, as six outlets reported it on 16-17 "
        "February 2024: Trump fined $354.8 million / '$355 million' / '$354 million' against Just Security's 'more than $360 "
        "million' (`conflict`; the sum of every defendant's penalty written as Trump's); about / 'up to' $100 million of "
        "interest (`compatible`), 'above $450 million' with it; the attorney general's $370 million asked (`agree`); $168 "
        "million of saved interest, $126 million (the Old Post Office), $60 million (Ferry Point); a three-year ban "
        "(`agree`); the sons $4 million each and two years (`agree`); Weisselberg $1 million and three years; a 93-page "
        "against a 92-page opinion (`conflict`); the ruling on Friday (`agree`). Sibling and background events whose figures "
        "are traps: the E. Jean Carroll defamation judgment of January 2024 ($83 million / 'over $83 million', "
        "`compatible`), and with it 'roughly $438 million' over 'four weeks' / 'the last month'; the Carroll verdict of "
        "2023 ($5 million), and with both 'over $440 million'; Trump's four criminal trials, the first 'next month'; the "
        "lawsuit of September 2022 and the liability ruling of September 2023; Trump's taking office in January 2017."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-02-16 (removed from the text), and the URL's 2024/02/16"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the ruling 'On Friday' (16 February 2024) as news: 17 February 2024 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; 'a judge ruled on Friday' (16 February 2024): 16 February 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the ruling (16 February 2024) as news: 16 February 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; 'handed the ruling down on Friday' (16 February 2024): 17 February 2024 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; the live-updates entry on the ruling (16 February 2024): 16 February 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Justice Engoron's ruling of 16 February 2024 in New York's civil fraud case against Donald Trump, his sons and executives", "main": True},
        {"id": CARROLL, "label": "the jury's defamation judgment for E. Jean Carroll against Trump, January 2024 (sibling)", "main": False},
        {"id": CARROLL1, "label": "the jury's verdict for E. Jean Carroll against Trump, 2023 (sibling)", "main": False},
        {"id": CRIMINAL, "label": "Trump's four pending criminal trials (background)", "main": False},
        {"id": LIABILITY, "label": "the lawsuit's filing (September 2022) and Engoron's liability ruling (September 2023) (background)", "main": False},
        {"id": TAKEOFFICE, "label": "Trump's taking office as president, January 2017 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:Trump's fine (disgorgement)", "verdict": "conflict",
            "why": "ABC: '$354.8 million' (its summary: '$354 million fine'); CNN, The Daily Star, The Well News and houseofdrew: '$355 million' (roundings, compatible); Just Security: 'Former President Donald Trump must pay more than $360 million' (the penalties of every defendant summed and written as Trump's), which cannot hold with $354.8 million.",
            "mentions": [
                ("01", "$355 million", 355_000_000),
                ("02", "$355 million", 355_000_000),
                ("03", "more than $360 million", 360_000_000),
                ("04", "$355 million", 355_000_000),
                ("05", "$355 million", 355_000_000),
                ("06", "$354.8 million", 354_800_000),
                ("06", "$354 million", 354_000_000, {"low": 354_000_000, "high": 355_000_000, "note": "a truncation of $354.8 million"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the interest on Trump's fine", "verdict": "compatible",
            "why": "'approximately $100 million in interest' (ABC, twice); 'Additional interest could increase Trump’s total payment by up to $100 million' (The Daily Star).",
            "mentions": [
                ("02", "up to $100 million", 100_000_000),
                ("06", "approximately $100 million", 100_000_000),
                ("06", "approx. $100 million", 100_000_000, {"low": 90_000_000, "high": 110_000_000, "note": "'approx.'"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Trump's total with interest", "verdict": "single-source",
            "why": "'plus interest that may spike that tally to above $450 million'.",
            "mentions": [("03", "above $450 million", 450_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the fine the attorney general asked for", "verdict": "agree",
            "why": "Letitia James asked for $370 million.",
            "mentions": [
                ("01", "$370 million", 370_000_000),
                ("02", "$370 million", 370_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the fine for saved interest", "verdict": "single-source",
            "why": "'a $168 million fine for saved interest'.",
            "mentions": [("02", "$168 million", 168_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the fine for the Old Post Office sale's profits", "verdict": "single-source",
            "why": "'$126 million for profits from the sale of the Old Post Office'.",
            "mentions": [("02", "$126 million", 126_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the fine for the Ferry Point sale's profits", "verdict": "single-source",
            "why": "'$60 million for profits from the sale of Ferry Point'.",
            "mentions": [("02", "$60 million", 60_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the fine of each of Trump's adult sons", "verdict": "agree",
            "why": "Donald Trump Jr. and Eric Trump $4 million each.",
            "mentions": [
                ("05", "$4 million", 4_000_000),
                ("06", "$4 million", 4_000_000, {"ctx": "Trump with $4 million"}),
                ("06", "$4 million", 4_000_000, {"ctx": "Jr.: $4 million"}),
                ("06", "$4 million", 4_000_000, {"ctx": "Eric Trump: $4 million"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Allen Weisselberg's fine", "verdict": "single-source",
            "why": "'Allen Weisselberg: $1 million fine'.",
            "mentions": [("06", "$1 million", 1_000_000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Trump's ban from running New York companies", "verdict": "agree",
            "why": "Three years.",
            "mentions": [
                ("01", "three years", 3, {"note": "years"}),
                ("02", "three years", 3, {"ctx": "company for three years", "note": "years"}),
                ("02", "three years", 3, {"ctx": "corporations for three years", "note": "years"}),
                ("03", "three years", 3, {"note": "years"}),
                ("04", "three-year", 3, {"note": "years"}),
                ("05", "three years", 3, {"note": "years"}),
                ("06", "3 years", 3, {"ctx": "interest\n+ barred for 3 years", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the sons' ban from running New York companies", "verdict": "agree",
            "why": "Two years each for Donald Trump Jr. and Eric Trump.",
            "mentions": [
                ("04", "two years", 2, {"note": "years"}),
                ("06", "2 years", 2, {"ctx": "Jr.: $4 million fine\n+ barred for 2 years", "note": "years"}),
                ("06", "2 years", 2, {"ctx": "Eric Trump: $4 million fine\n+ barred for 2 years", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Weisselberg's ban from serving as an officer", "verdict": "single-source",
            "why": "'Allen Weisselberg: $1 million fine + barred for 3 years'.",
            "mentions": [("06", "3 years", 3, {"ctx": "$1 million fine\n+ barred for 3 years", "note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:McConney's ban from serving as an officer", "verdict": "single-source",
            "why": "'Jeffrey McConney: + barred for 3 years'.",
            "mentions": [("06", "3 years", 3, {"ctx": "McConney:\n+ barred for 3 years", "note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "Trump's sons penalised", "verdict": "agree",
            "why": "Two of his sons (Donald Trump Jr. and Eric Trump).",
            "mentions": [
                ("03", "two", 2),
                ("04", "two", 2, {"ctx": "to two of"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Trumps barred from running New York companies", "verdict": "single-source",
            "why": "'barred all three from helming New York companies' (Trump and his two sons).",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "pages of the opinion", "verdict": "conflict",
            "why": "CNN and The Daily Star: a '93-page opinion'; Just Security and The Well News: a '92-page ruling'. Both cannot hold.",
            "mentions": [
                ("01", "93-page", 93),
                ("02", "93-page", 93),
                ("03", "92-page", 92),
                ("04", "92-page", 92),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ruling", "verdict": "agree",
            "why": "Friday 16 February 2024.",
            "mentions": [
                ("01", "Friday", FRIDAY, {"ctx": "on Friday"}),
                ("01", "Friday", FRIDAY, {"ctx": "Friday’s ruling"}),
                ("02", "Friday", FRIDAY),
                ("03", "Friday", FRIDAY),
                ("05", "Friday", FRIDAY, {"ctx": "down on Friday in"}),
                ("05", "Friday", FRIDAY, {"ctx": "down on Friday means"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the scheme", "verdict": "single-source",
            "why": "'a decade-long scheme'.",
            "mentions": [("06", "decade-long", 10, {"note": "years, 'decade-long'"})],
        },
        {
            "event": E, "kind": "money", "role": "money:Trump's fines with the January Carroll judgment", "verdict": "agree",
            "why": "$355 million + $83 million: 'roughly $438 million' (CNN), 'approximately $438 million' (The Daily Star). A look-alike of houseofdrew's 'over $440 million', which also counts the 2023 Carroll award.",
            "mentions": [
                ("01", "roughly $438 million", 438_000_000),
                ("02", "approximately $438 million", 438_000_000),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the period of the two judgments", "verdict": "compatible",
            "why": "'over the past four weeks' (CNN), 'over the last month' (The Daily Star).",
            "mentions": [
                ("01", "four weeks", 4, {"note": "weeks"}),
                ("02", "the last month", 1, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Trump's civil penalties owed in all", "verdict": "single-source",
            "why": "'now owes over $440 million in civil litigation penalties' ($355 million + $83 million + $5 million).",
            "mentions": [("05", "over $440 million", 440_000_000)],
        },
        {
            "event": CARROLL, "kind": "money", "role": "money:the defamation damages", "verdict": "compatible",
            "why": "'$83 million' (CNN, The Daily Star), 'over $83 million' (houseofdrew; the award was $83.3 million).",
            "mentions": [
                ("01", "$83 million", 83_000_000),
                ("02", "$83 million", 83_000_000),
                ("05", "over $83 million", 83_000_000),
            ],
        },
        {
            "event": CARROLL1, "kind": "money", "role": "money:the damages", "verdict": "single-source",
            "why": "'Trump had already been ordered to pay Carroll $5 million last year'.",
            "mentions": [("05", "$5 million", 5_000_000)],
        },
        {
            "event": CARROLL1, "kind": "date", "role": "date-of:the verdict", "verdict": "single-source",
            "why": "'last year' (2023).",
            "mentions": [("05", "last year", "2023")],
        },
        {
            "event": CRIMINAL, "kind": "count", "role": "criminal trials pending", "verdict": "agree",
            "why": "Four criminal trials.",
            "mentions": [
                ("01", "four", 4, {"ctx": "faces four"}),
                ("02", "four", 4),
            ],
        },
        {
            "event": CRIMINAL, "kind": "date", "role": "date-of:the first criminal trial's start", "verdict": "agree",
            "why": "'the first of which is set to begin / scheduled for next month' (March 2024).",
            "mentions": [
                ("01", "next month", "2024-03"),
                ("02", "next month", "2024-03"),
            ],
        },
        {
            "event": LIABILITY, "kind": "date", "role": "date-of:the lawsuit's filing", "verdict": "single-source",
            "why": "'brought against Trump in September of 2022'.",
            "mentions": [("05", "September of 2022", "2022-09")],
        },
        {
            "event": LIABILITY, "kind": "date", "role": "date-of:the liability ruling", "verdict": "single-source",
            "why": "'Engoron had already ruled last September that Trump was liable for fraud' (September 2023).",
            "mentions": [("05", "last September", "2023-09")],
        },
        {
            "event": TAKEOFFICE, "kind": "date", "role": "date-of:Trump's taking office", "verdict": "single-source",
            "why": "'ascended to the White House in January 2017'.",
            "mentions": [("04", "January 2017", "2017-01")],
        },
    ],
}
