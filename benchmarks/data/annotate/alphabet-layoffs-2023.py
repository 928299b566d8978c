# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Alphabet's cut of about 12,000 jobs, announced on Friday 20 January 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts of jobs; shares in percent; money in US dollars; durations with their unit in `note` (the notice
period in days). Friday = 20 January 2023. Left out: SiliconANGLE's "Sunday Pichai" (a misspelt name, not a
day), "covid-19", "Area 120", "the 2022 bonuses", "January the worst month", "since the start of 2022",
"thousands of job cuts" at other companies, the dates of other companies' announcements ("This week",
"Earlier this month", "Last year", "days after"), "than the one we face".
"""

E = "e1"
MSFT = "e2"
WAYFAIR = "e3"
SALESFORCE = "e4"
AMAZON = "e5"
META = "e6"
TECH = "e7"
FOUNDING = "e8"
W = "weeks"
SPEC = {
    "description": (
        "Alphabet's cut of about 12,000 jobs, announced in Sundar Pichai's memo to staff on Friday 20 January 2023, as six "
        "outlets reported it on 20-21 January 2023: 12,000 / about / approximately / roughly / around 12,000 "
        "(`compatible`); about 6% / 6 percent / 'over 6 percent' of the workforce (`compatible`); announced on Friday "
        "(`agree`); US staff's notice 'at least two months' against 'a minimum of 60 days' (`compatible`); severance of 16 "
        "weeks plus two weeks a year (`agree`), six months of healthcare (`agree`); stock vesting accelerated by 'at least "
        "16 weeks' (a look-alike of the severance); 'an almost 25-year-old company'. Sibling and background events whose "
        "figures are traps: Microsoft's cut of 10,000 jobs the same week (`agree`; its largest 'in more than eight "
        "years'), Wayfair's about 10% and Salesforce's 10% (two events, one value), Amazon's more than 18,000, Meta's 13%, "
        "more than 190,000 technology jobs cut since 2022, Google's founding in 1998."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2023/jan/21"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; 'the company said Friday' (20 January 2023): 21 January 2023 (a guess within days)"},
        "03": {"published_how": "the URL's 2023/01/20"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; 'said Friday' (20 January 2023): 20 January 2023 (a guess within days)"},
        "05": {"published_how": "the stored copy's line 'Updated Jan. 20, 2023 8:27 pm ET' (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; 'employees were told Friday' (20 January 2023): 20 January 2023 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Alphabet's cut of about 12,000 jobs, announced Friday 20 January 2023", "main": True},
        {"id": MSFT, "label": "Microsoft's cut of 10,000 jobs, announced the same week (sibling)", "main": False},
        {"id": WAYFAIR, "label": "Wayfair's layoffs, announced the same week (sibling)", "main": False},
        {"id": SALESFORCE, "label": "Salesforce's layoffs of 10% of its workforce, January 2023 (background)", "main": False},
        {"id": AMAZON, "label": "Amazon's layoffs of more than 18,000, January 2023 (background)", "main": False},
        {"id": META, "label": "Meta's cut of 13% of its staff, 2022 (background)", "main": False},
        {"id": TECH, "label": "the technology industry's job cuts since the start of 2022 (background)", "main": False},
        {"id": FOUNDING, "label": "Google's founding in 1998 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "jobs cut", "verdict": "compatible",
            "why": "Pichai's memo: 'approximately 12,000 roles'; written 12,000, about, roughly and around 12,000: the intervals overlap.",
            "mentions": [
                ("01", "12,000", 12000),
                ("02", "about 12,000", 12000),
                ("03", "about 12,000", 12000),
                ("04", "about 12,000", 12000),
                ("04", "approximately 12,000", 12000),
                ("05", "roughly 12,000", 12000),
                ("06", "around 12,000", 12000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "jobs cut:share of the global workforce", "verdict": "compatible",
            "why": "About 6% of the workforce (12,000 of nearly 187,000 is 6.4%); '6 percent', '6%', 'over 6 percent' overlap with 'about 6%'.",
            "mentions": [
                ("01", "about 6%", 6),
                ("02", "6 percent", 6),
                ("03", "about 6%", 6),
                ("04", "approximately 6%", 6),
                ("05", "6%", 6),
                ("06", "over 6 percent", 6),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement", "verdict": "agree",
            "why": "Announced on Friday 20 January 2023 ('today' in SiliconANGLE's report of that day; Pichai's email 'on Friday morning').",
            "mentions": [
                ("01", "Friday", "2023-01-20"),
                ("02", "Friday", "2023-01-20"),
                ("03", "today", "2023-01-20", {"ctx": "Inc. today announced"}),
                ("04", "Friday", "2023-01-20", {"ctx": "said Friday that"}),
                ("04", "Friday", "2023-01-20", {"ctx": "on Friday morning"}),
                ("06", "Friday", "2023-01-20"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the notice period for US staff", "verdict": "compatible",
            "why": "'at least two months’ notice' (SiliconANGLE) and 'a minimum of 60 days' (ABC's text): the same floor. Values in days.",
            "mentions": [
                ("03", "at least two months", 61, {"low": 59, "high": None, "note": "days; written in months"}),
                ("04", "a minimum of 60 days", 60, {"low": 60, "high": None, "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the base severance pay", "verdict": "agree",
            "why": "Severance starting at 16 weeks' pay.",
            "mentions": [
                ("03", "16 weeks", 16, {"ctx": "16 weeks of severance", "note": W}),
                ("04", "16 weeks", 16, {"note": W}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the extra severance per year of service", "verdict": "agree",
            "why": "Two more weeks for every year at the company.",
            "mentions": [
                ("03", "two additional weeks", 2, {"note": W}),
                ("04", "two weeks", 2, {"note": W}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the acceleration of stock vesting", "verdict": "single-source",
            "why": "'accelerated by at least 16 weeks' (a look-alike of the 16 weeks of severance).",
            "mentions": [("03", "at least 16 weeks", 16, {"note": W})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the healthcare provided", "verdict": "agree",
            "why": "Six months of healthcare.",
            "mentions": [
                ("03", "six months", 6, {"note": "months"}),
                ("04", "six months", 6, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:compensation of some of those laid off", "verdict": "single-source",
            "why": "'some who made $500,000 to $1 million in compensation' (The Information, via SiliconANGLE).",
            "mentions": [("03", "$500,000 to $1 million", 750_000, {"low": 500_000, "high": 1_000_000, "note": "US dollars; a range (value its middle)"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the growth Pichai describes", "verdict": "single-source",
            "why": "'Over the past two years we’ve seen periods of dramatic growth'.",
            "mentions": [("03", "the past two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the company", "verdict": "single-source",
            "why": "'As an almost 25-year-old company'.",
            "mentions": [("04", "almost 25-year-old", 25, {"low": 22.5, "high": 25, "note": "years"})],
        },
        # --- siblings and background ---
        {
            "event": MSFT, "kind": "count", "role": "jobs cut", "verdict": "agree",
            "why": "Microsoft said it would cut 10,000 jobs.",
            "mentions": [
                ("02", "10,000", 10000),
                ("05", "10,000", 10000),
            ],
        },
        {
            "event": MSFT, "kind": "duration", "role": "duration-of:the time since Microsoft's last larger layoffs", "verdict": "single-source",
            "why": "'the largest layoffs in more than eight years'.",
            "mentions": [("05", "more than eight years", 8, {"note": "years"})],
        },
        {
            "event": WAYFAIR, "kind": "percent", "role": "jobs cut:share of the workforce", "verdict": "single-source",
            "why": "'laying off about 10% of its workforce' (a look-alike of Salesforce's 10%).",
            "mentions": [("05", "about 10%", 10)],
        },
        {
            "event": SALESFORCE, "kind": "percent", "role": "jobs cut:share of the workforce", "verdict": "single-source",
            "why": "'laying off 10% of its workforce'.",
            "mentions": [("05", "10%", 10, {"ctx": "laying off 10% of"})],
        },
        {
            "event": AMAZON, "kind": "count", "role": "jobs cut", "verdict": "single-source",
            "why": "'layoffs would affect more than 18,000 employees'.",
            "mentions": [("05", "more than 18,000", 18000)],
        },
        {
            "event": META, "kind": "percent", "role": "jobs cut:share of the staff", "verdict": "single-source",
            "why": "'would cut 13% of staff'.",
            "mentions": [("05", "13%", 13)],
        },
        {
            "event": TECH, "kind": "count", "role": "jobs cut by technology firms since the start of 2022", "verdict": "single-source",
            "why": "'more than 190,000 jobs have been cut by technology firms since the start of 2022, according to Layoffs.fyi'.",
            "mentions": [("01", "more than 190,000", 190000)],
        },
        {
            "event": FOUNDING, "kind": "date", "role": "date-of:Google's founding", "verdict": "single-source",
            "why": "'Google, started in 1998'.",
            "mentions": [("01", "1998", "1998")],
        },
    ],
}
