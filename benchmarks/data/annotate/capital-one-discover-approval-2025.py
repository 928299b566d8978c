# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the US regulators' approval of Capital One's acquisition of Discover, Friday 18 April 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings. Friday = 18 April 2025.
Left out: "Capital One" (a name), "one step closer", "the two companies" / "the two banks" / "the two institutions" (02: the
merging parties, not a reported figure), "earlier this year" (05: the Justice Department's approval, relative), "the
largest" (no figure).
"""

E = "e1"
DEAL = "e2"
OVERCHARGE = "e3"
STATE = "e4"
COF = "e5"
CRISIS = "e6"
FRI = "2025-04-18"
CLOSE = "2025-05-18"
B = 1_000_000_000
M = 1_000_000
SPEC = {
    "description": (
        "The Federal Reserve's and the OCC's approval on Friday 18 April 2025 (`agree`) of Capital One's acquisition of "
        "Discover Financial Services, as six outlets reported it: the deal $35 billion / $35.3 billion (`compatible`); the "
        "Fed's $100 million fine (`agree`) for overcharged interchange fees from 2007 (`agree`) through 2023 (`agree`); the "
        "FDIC's separate $150 million penalty; the close expected on May 18 (2025) (`agree`); the combined bank's assets "
        "'approximately $638 billion' / $637.8 billion (`compatible`), the eighth / 8th-largest bank, 'among the 10 largest' "
        "(`compatible`); over 300 million cardholders; two regulators. Background: the deal announced in February 2024 "
        "(`agree`: 1.0192 shares, a 26% premium, 60% / 40%), Delaware's approval in December 2024, the shareholders' votes in "
        "February 2025 (a look-alike of February 2024), Capital One's own $363 billion deposits and $490 billion assets (a "
        "look-alike of the combined $638 billion) and its 1994 spin-off, the 2008 financial crisis."
    ),
    "documents": {
        "01": {"published_how": "the page's date line '//April 18, 2025//' (removed)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it reports Friday's approvals as news: 19 April 2025 (a guess within two days)"},
        "03": {"published_how": "inferred: a tag page with no date; it reports the approvals as news: 21 April 2025 (a guess within a few days)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; it reports the approvals as news: 19 April 2025 (a guess within two days)"},
        "05": {"published_how": "inferred: no date on the stored page; its source line (removed) names a WTOP page of 2025/04: 19 April 2025 (a guess within two days)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; it reports 'Friday's regulatory approvals' as news: 19 April 2025 (a guess within two days)"},
    },
    "events": [
        {"id": E, "label": "the Federal Reserve's and the OCC's approval of Capital One's acquisition of Discover, 18 April 2025", "main": True},
        {"id": DEAL, "label": "the announcement of the deal, February 2024 (background)", "main": False},
        {"id": OVERCHARGE, "label": "Discover's overcharging of interchange fees, 2007-2023 (background)", "main": False},
        {"id": STATE, "label": "the earlier approvals: Delaware (December 2024) and the shareholders (February 2025) (background)", "main": False},
        {"id": COF, "label": "Capital One itself: its 1994 spin-off, its deposits and assets (background)", "main": False},
        {"id": CRISIS, "label": "the 2008 financial crisis (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the deal's value", "verdict": "compatible",
            "why": "'$35B' / '$35 billion' (rounded) and 'The $35.3 billion all-stock transaction'.",
            "mentions": [
                ("01", "$35B", 35 * B),
                ("01", "$35 billion", 35 * B),
                ("02", "$35 billion", 35 * B),
                ("03", "$35.3 billion", 35.3 * B),
                ("04", "$35 billion", 35 * B),
                ("05", "$35 billion", 35 * B),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the regulators' approvals", "verdict": "agree",
            "why": "Friday 18 April 2025.",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI),
                ("06", "Friday", FRI, {"ctx": "following Friday"}),
                ("06", "Friday", FRI, {"ctx": "on Friday"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "regulators tasked with approving the deal", "verdict": "single-source",
            "why": "'The two regulators tasked with approving the deal — the Federal Reserve and the Office of the Comptroller of the Currency'.",
            "mentions": [("02", "two", 2, {"ctx": "The two regulators"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the Fed's fine on Discover", "verdict": "agree",
            "why": "A fine of $100 million.",
            "mentions": [
                ("01", "$100 million", 100 * M),
                ("02", "$100 million", 100 * M),
                ("03", "$100 million", 100 * M),
                ("04", "$100 million", 100 * M),
                ("06", "$100 million", 100 * M),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the FDIC's penalty on Discover", "verdict": "single-source",
            "why": "'the FDIC imposed a separate $150 million penalty for similar violations' (another penalty than the Fed's $100 million).",
            "mentions": [("03", "$150 million", 150 * M)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the expected close", "verdict": "agree",
            "why": "'Deal expected to close May 18' / 'set to close on May 18, 2025' / 'expected to close on May 18'.",
            "mentions": [
                ("01", "May 18", CLOSE),
                ("03", "May 18, 2025", CLOSE),
                ("04", "May 18, 2025", CLOSE),
                ("05", "May 18", CLOSE),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the combined bank's assets", "verdict": "compatible",
            "why": "'approximately $638 billion in assets' and '$637.8 billion in assets' (rounded).",
            "mentions": [
                ("03", "approximately $638 billion", 638 * B),
                ("04", "$637.8 billion", 637.8 * B),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rank:the combined bank among US banks", "verdict": "compatible",
            "why": "'the nation's eighth-largest bank' / 'the 8th-largest U.S. bank' / 'among the 10 largest financial institutions in the country' (eighth is among the ten).",
            "mentions": [
                ("03", "eighth", 8),
                ("04", "8th", 8),
                ("06", "10", 10, {"low": None, "high": 10, "note": "'among the 10 largest'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cardholders on Discover's network", "verdict": "single-source",
            "why": "'Discover's massive payment network of over 300 million cardholders'.",
            "mentions": [("04", "over 300 million", 300 * M)],
        },
        {
            "event": E, "kind": "percent", "role": "share:the subprime credit card market Capital One will control", "verdict": "single-source",
            "why": "'control over one-third of the credit card market for subprime borrowers' (said twice).",
            "mentions": [
                ("05", "one-third", 33.33, {"ctx": "control over one-third"}),
                ("05", "one-third", 33.33, {"ctx": "will be one-third"}),
            ],
        },
        {
            "event": DEAL, "kind": "date", "role": "date-of:the deal's announcement", "verdict": "agree",
            "why": "'first announced in February 2024' / 'announced in February 2024' / 'when announced in February 2024'.",
            "mentions": [
                ("01", "February 2024", "2024-02"),
                ("03", "February 2024", "2024-02"),
                ("05", "February 2024", "2024-02"),
            ],
        },
        {
            "event": DEAL, "kind": "count", "role": "exchange ratio: Capital One shares per Discover share", "verdict": "single-source",
            "why": "'Discover shareholders will receive 1.0192 Capital One shares for each Discover share'.",
            "mentions": [("03", "1.0192", 1.0192)],
        },
        {
            "event": DEAL, "kind": "percent", "role": "share:premium over Discover's closing price at announcement", "verdict": "single-source",
            "why": "'representing a 26% premium'.",
            "mentions": [("03", "26%", 26)],
        },
        {
            "event": DEAL, "kind": "percent", "role": "share:Capital One shareholders in the combined company", "verdict": "single-source",
            "why": "'Capital One shareholders will control 60% of the combined entity'.",
            "mentions": [("03", "60%", 60)],
        },
        {
            "event": DEAL, "kind": "percent", "role": "share:Discover shareholders in the combined company", "verdict": "single-source",
            "why": "'Discover shareholders owning the remaining 40%'.",
            "mentions": [("03", "40%", 40)],
        },
        {
            "event": OVERCHARGE, "kind": "date", "role": "date-of:the start of the overcharging", "verdict": "agree",
            "why": "'from 2007 through 2023' / 'between 2007 and 2023' / 'starting in 2007'.",
            "mentions": [
                ("01", "2007", "2007"),
                ("02", "2007", "2007"),
                ("06", "2007", "2007"),
            ],
        },
        {
            "event": OVERCHARGE, "kind": "date", "role": "date-of:the end of the overcharging", "verdict": "agree",
            "why": "'through 2023' / 'and 2023' / 'continuing through 2023'.",
            "mentions": [
                ("01", "2023", "2023"),
                ("02", "2023", "2023"),
                ("06", "2023", "2023"),
            ],
        },
        {
            "event": STATE, "kind": "date", "role": "date-of:Delaware's approval", "verdict": "single-source",
            "why": "'the Delaware State Bank Commissioner's blessing of the deal in December 2024'.",
            "mentions": [("06", "December 2024", "2024-12")],
        },
        {
            "event": STATE, "kind": "date", "role": "date-of:the shareholders' approval", "verdict": "single-source",
            "why": "'approval from Capital One and Discover shareholders in February 2025' (a look-alike of the deal's February 2024).",
            "mentions": [("06", "February 2025", "2025-02")],
        },
        {
            "event": COF, "kind": "date", "role": "date-of:Capital One's spin-off from Signet", "verdict": "single-source",
            "why": "'spun off from Signet Financial Corporation in 1994'.",
            "mentions": [("05", "1994", "1994")],
        },
        {
            "event": COF, "kind": "money", "role": "money:Capital One's deposits", "verdict": "single-source",
            "why": "'With $363 billion in deposits'.",
            "mentions": [("05", "$363 billion", 363 * B)],
        },
        {
            "event": COF, "kind": "money", "role": "money:Capital One's own total assets", "verdict": "single-source",
            "why": "'$490 billion in total assets' (Capital One alone; a look-alike of the combined $638 billion).",
            "mentions": [("05", "$490 billion", 490 * B)],
        },
        {
            "event": CRISIS, "kind": "date", "role": "date-of:the financial crisis", "verdict": "single-source",
            "why": "'the biggest bank merger since the 2008 financial crisis'.",
            "mentions": [("03", "2008", "2008")],
        },
    ],
}
