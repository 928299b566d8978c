# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Amazon layoffs story of January 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
SF = "e2"
DAY = "2023-01-04"
JUST_OVER = {"low": 18000, "high": 18999}
SPEC = {
    "description": (
        "Amazon's announcement on Wednesday 4 January 2023 that it would eliminate just over 18,000 roles, "
        "including the cuts begun in November 2022, reported by eight outlets on 4-5 January; Salesforce's "
        "same-day cut of about 10% of its staff and Vimeo's are sibling events, Amazon's November round "
        "(about 10,000) and Meta's 11,000 layoffs are background events: their counts and percentages are traps."
    ),
    "documents": {
        "01": {"published_how": "'date 2023-01-05' on the stored page"},
        "02": {"published_how": "reports Wednesday's note the next day (no dateline in the stored copy): 5 January"},
        "03": {"published_how": "date in the page's URL (2023/01/04)"},
        "04": {"published_how": "date in the page's URL (2023/01/05)"},
        "05": {"published_how": "the page says 2023-01-03 but quotes the memo of Jan. 4; '2 DAYS AGO' stamp: taken as 5 January"},
        "06": {"published_how": "'date 2023-01-05' on the stored page"},
        "07": {"published_how": "date in the page's URL (2023/01/05)"},
        "08": {"published_how": "'date 2023-01-05' on the stored page"},
    },
    "events": [
        {"id": "e1", "label": "Amazon's announcement of just over 18,000 job cuts, 4 January 2023", "main": True},
        {"id": "e2", "label": "Salesforce's layoff of about 10% of its staff, announced 4 January 2023 (sibling)", "main": False},
        {"id": "e3", "label": "Amazon's first round of cuts, November 2022 (background)", "main": False},
        {"id": "e4", "label": "Meta's layoff of 11,000 employees, autumn 2022 (background)", "main": False},
        {"id": "e5", "label": "Vimeo's layoff of about 11% of its staff, 4 January 2023 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "jobs cut", "verdict": "compatible",
            "why": "Jassy's 'just over 18,000 roles', rounded to 18,000, 'about' or 'more than' 18,000: the intervals overlap.",
            "mentions": [
                ("01", "more than 18,000", 18000),
                ("01", "just over 18,000", 18000, JUST_OVER),
                ("02", "18,000", 18000, {"ctx": "total of 18,000 workers"}),
                ("02", "18,000", 18000, {"ctx": "total of 18,000 jobs"}),
                ("03", "18,000", 18000, {"ctx": "cut 18,000 jobs"}),
                ("03", "about 18,000", 18000),
                ("04", "18,000", 18000, {"ctx": "Cut 18,000 Jobs"}),
                ("04", "more than 18,000", 18000),
                ("05", "just over 18,000", 18000, JUST_OVER),
                ("05", "approximately 18,000", 18000),
                ("06", "more than 18,000", 18000),
                ("06", "just over 18,000", 18000, JUST_OVER),
                ("07", "18,000", 18000, {"ctx": "cutting 18,000 jobs"}),
                ("07", "just over 18,000", 18000, JUST_OVER),
                ("08", "18,000", 18000, {"ctx": "Cut 18,000 Jobs"}),
                ("08", "18,000", 18000, {"ctx": "cut 18,000 jobs"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "jobs cut:share of global workforce", "verdict": "compatible",
            "why": "1.2% and about 1.2% of Amazon's 1.5 million employees.",
            "mentions": [("04", "1.2%", 1.2), ("05", "about 1.2%", 1.2)],
        },
        {
            "event": E, "kind": "percent", "role": "jobs cut:share of corporate workforce", "verdict": "single-source",
            "why": "6% of the corporate workforce, the Guardian only; must not meet the 1.2% of all staff or Salesforce's 10%.",
            "mentions": [("01", "6%", 6)],
        },
        {
            "event": E, "kind": "count", "role": "workforce:global", "verdict": "compatible",
            "why": "1.5 million, more than 1.5 million and 1.544 million employees overlap.",
            "mentions": [
                ("01", "more than 1.5m", 1.5e6),
                ("02", "1.5 million", 1.5e6),
                ("04", "1.5 million", 1.5e6),
                ("05", "1.544 million", 1.544e6, {"as_of": "2022-09-30"}),
                ("07", "over 1.5 million", 1.5e6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "workforce:corporate", "verdict": "single-source",
            "why": "Amazon's corporate staff, the Guardian only.",
            "mentions": [("01", "roughly 300,000", 300000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:announcement", "verdict": "agree",
            "why": "Jassy's note was made public on Wednesday 4 January 2023.",
            "mentions": [
                ("01", "Wednesday", DAY, {"ctx": "announcement on Wednesday"}),
                ("01", "Wednesday", DAY, {"ctx": "Wednesday’s announcement"}),
                ("02", "Wednesday", DAY, {"ctx": "public on Wednesday"}),
                ("02", "Wednesday", DAY, {"ctx": "Wednesday's announcement"}),
                ("03", "Wednesday", DAY, {"ctx": "first time Wednesday"}),
                ("05", "Jan. 4", DAY),
                ("06", "Wednesday, January 4, 2023", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:notifications", "verdict": "agree",
            "why": "Affected employees told from 18 January.",
            "mentions": [("03", "Jan. 18", "2023-01-18", {"ctx": "beginning Jan. 18,"}), ("03", "Jan. 18", "2023-01-18", {"ctx": "beginning Jan. 18."})],
        },
        # --- Salesforce, same day (sibling, traps) ---
        {
            "event": SF, "kind": "count", "role": "jobs cut", "verdict": "compatible",
            "why": "About 8,000 (Guardian) and more than 7,000 (CBS, PageOne) overlap; 'thousands' fits both.",
            "mentions": [
                ("01", "8,000", 8000, {"ctx": "cut 8,000 workers"}),
                ("01", "about 8,000", 8000),
                ("02", "more than 7,000", 7000),
                ("03", "thousands", 2000, {"low": 2000, "high": None}),
                ("04", "more than 7,000", 7000),
            ],
        },
        {
            "event": SF, "kind": "percent", "role": "jobs cut:share of workforce", "verdict": "compatible",
            "why": "10%, roughly or around 10% of Salesforce's staff; not Amazon's 6% or 1.2%.",
            "mentions": [
                ("01", "10%", 10),
                ("02", "roughly 10%", 10),
                ("03", "10 percent", 10),
                ("04", "around 10%", 10),
                ("07", "10%", 10),
                ("08", "10 percent", 10),
            ],
        },
        {
            "event": SF, "kind": "count", "role": "workforce", "verdict": "single-source",
            "why": "Salesforce's headcount; must not meet Amazon's workforce.",
            "mentions": [("07", "73,541", 73541)],
        },
        {
            "event": SF, "kind": "duration", "role": "company history", "verdict": "agree",
            "why": "The largest cuts in Salesforce's 23-year history.",
            "mentions": [("01", "23-year", 23, {"note": "years"}), ("02", "23-year", 23, {"note": "years"})],
        },
        {
            "event": SF, "kind": "date", "role": "date-of:announcement", "verdict": "agree",
            "why": "Salesforce announced its cuts the same Wednesday, 4 January 2023.",
            "mentions": [
                ("01", "Wednesday", DAY, {"ctx": "announced on Wednesday"}),
                ("02", "Wednesday", DAY, {"ctx": "said Wednesday"}),
                ("03", "Wednesday", DAY, {"ctx": "Salesforce announced Wednesday"}),
                ("08", "Wednesday", DAY),
            ],
        },
        # --- Amazon's November 2022 round (background) ---
        {
            "event": "e3", "kind": "count", "role": "jobs cut", "verdict": "compatible",
            "why": "Some / about / around 10,000 jobs in the November round; included in, not opposed to, the 18,000.",
            "mentions": [("04", "some 10,000", 10000), ("05", "About 10,000", 10000), ("06", "around 10,000", 10000)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:first round", "verdict": "agree",
            "why": "The first round came in November 2022 ('last fall').",
            "mentions": [
                ("01", "November", "2022-11", {"ctx": "made in November"}),
                ("01", "November", "2022-11", {"ctx": "In November, Jassy"}),
                ("02", "November", "2022-11"),
                ("03", "November", "2022-11"),
                ("05", "last fall", "2022-11"),
                ("05", "November", "2022-11"),
                ("06", "November 2022", "2022-11"),
                ("06", "November", "2022-11", {"ctx": "made in November"}),
                ("07", "November of last year", "2022-11"),
                ("07", "November", "2022-11", {"ctx": "made in November"}),
            ],
        },
        # --- other companies (traps) ---
        {
            "event": "e4", "kind": "count", "role": "jobs cut", "verdict": "single-source",
            "why": "Meta's layoffs of autumn 2022.",
            "mentions": [("03", "11,000", 11000)],
        },
        {
            "event": "e5", "kind": "percent", "role": "jobs cut:share of workforce", "verdict": "single-source",
            "why": "Vimeo's cut; must not meet Salesforce's 10%.",
            "mentions": [("03", "about 11 percent", 11)],
        },
        {
            "event": "e5", "kind": "count", "role": "jobs cut", "verdict": "single-source",
            "why": "Vimeo's cut in people.",
            "mentions": [("03", "about 140", 140)],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:announcement", "verdict": "single-source",
            "why": "Vimeo announced its cut the same Wednesday.",
            "mentions": [("03", "Wednesday", DAY, {"ctx": "Vimeo said Wednesday"})],
        },
    ],
}
