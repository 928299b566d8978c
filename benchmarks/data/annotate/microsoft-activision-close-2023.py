# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the completion of Microsoft's takeover of Activision Blizzard, 13 October 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which; conversions are in the same cluster, as in
pakistan-floods-2022 and google-android-fine-2018); durations in months or years (note); dates as
ISO strings (a month as "YYYY-MM", an interval as "start/end").
"""

E = "e1"
ANN = "e2"
BLOCK = "e3"
UBI = "e4"
FTC = "e5"
PROV = "e6"
KOTICK = "e7"
PLEDGE = "e8"
DAY = "2023-10-13"
B = 1e9
USD = "US dollars"
SPEC = {
    "description": (
        "The UK Competition and Markets Authority's final approval of Microsoft's takeover of Activision Blizzard and "
        "the completion of the deal on Friday 13 October 2023, as ten outlets reported it that day and the week after: "
        "a deal of $68.7 billion, written also as $69 billion, 'about $ 69 billion', 'USD 69-B', £56.5 billion and "
        "'PHP 3.9 trillion' (conversions); $95 a share; first announced in January 2022, 21 months / 'almost two "
        "years' / 'nearly two years' before; the deal's deadline of 18 October. Background events whose figures are "
        "traps: the CMA's block of April 2023, the FTC's defeat in court in July, the restructured deal of August 2023 "
        "giving Ubisoft the cloud rights for 15 years, the CMA's provisional approval of September ('last month'), "
        "Microsoft's pledge to keep Call of Duty on other platforms until 2030, Bobby Kotick's departure at the end of 2023."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; reports the approval as news ('has approved'): 13 October 2023"},
        "02": {"published_how": "'date 2023-10-13' on the stored page"},
        "03": {"published_how": "inferred: no date on the stored page; 'earlier today' of the approval: 13 October 2023"},
        "04": {"published_how": "'date 2023-10-13' on the stored page"},
        "05": {"published_how": "inferred: no date on the stored page; the CMA 'said on Friday' (13 October 2023), reported as news"},
        "06": {"published_how": "inferred: no date on the stored page; the completion 'on Friday' (13 October 2023) reported as news"},
        "07": {"published_how": "inferred: no date on the stored page; reports the approval as news: 13 October 2023"},
        "08": {"published_how": "inferred: no date on the stored page; reports the closing as news: 13 October 2023"},
        "09": {"published_how": "inferred: the URL's month (/2023/10/) and '#ICYMI' (a round-up after the closing of 13 October): 14 October 2023, a guess within that week"},
        "10": {"published_how": "inferred: no date on the stored page; the approval 'last week' (13 October 2023): the week after, taken as 20 October 2023 (a guess within that week)"},
    },
    "events": [
        {"id": E, "label": "the CMA's final approval and the completion of Microsoft's takeover of Activision Blizzard, Friday 13 October 2023", "main": True},
        {"id": ANN, "label": "the announcement of the deal, January 2022 (background)", "main": False},
        {"id": BLOCK, "label": "the CMA's block of the original deal, April 2023 (background)", "main": False},
        {"id": UBI, "label": "the restructured deal selling the cloud streaming rights to Ubisoft, August 2023 (background)", "main": False},
        {"id": FTC, "label": "the FTC's failed attempt to block the deal in court, July 2023 (background)", "main": False},
        {"id": PROV, "label": "the CMA's provisional approval of the restructured deal, September 2023 (sibling)", "main": False},
        {"id": KOTICK, "label": "Bobby Kotick stepping down as Activision's CEO at the end of 2023 (sibling)", "main": False},
        {"id": PLEDGE, "label": "Microsoft's pledges during the review: Call of Duty on other platforms until 2030, its sales figures (background)", "main": False},
    ],
    "clusters": [
        # --- the deal and its completion ---
        {
            "event": E, "kind": "money", "role": "money:value of the takeover", "verdict": "compatible",
            "why": (
                "The deal is worth $68.7 billion; '$69 billion' rounds it, 'about $ 69 billion' and 'USD 69-B' too; "
                "£56.5 billion (the Times) and 'around PHP 3.9 trillion' (Gizguide) convert the $69 billion."
            ),
            "mentions": [
                ("01", "$68.7 billion", 68.7 * B, {"note": USD}),
                ("02", "68.7 billion dollars", 68.7 * B, {"note": USD}),
                ("03", "$68.7 billion", 68.7 * B, {"note": USD}),
                ("04", "$68.7 billion", 68.7 * B, {"note": USD}),
                ("05", "$69 billion", 69 * B, {"note": USD}),
                ("06", "$69 Billion", 69 * B, {"note": USD + "; the headline"}),
                ("06", "$68.7 billion", 68.7 * B, {"note": USD}),
                ("07", "USD 68.7 billion", 68.7 * B, {"note": USD}),
                ("08", "about $ 69 billion", 69 * B, {"note": USD}),
                ("09", "USD 69-B", 69 * B, {"note": USD + "; the headline"}),
                ("09", "PHP 3.9-T", 3.9e12, {"note": "Philippine pesos; the headline's conversion of USD 69 billion"}),
                ("09", "USD 69-billion", 69 * B, {"note": USD}),
                ("09", "PHP 3.9 trillion", 3.9e12, {"note": "Philippine pesos; the conversion of USD 69 billion ('around')"}),
                ("10", "$69 billion", 69 * B, {"note": USD}),
                ("10", "£56.5 billion", 56.5 * B, {"note": "pounds sterling; the conversion of $69 billion"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:price per Activision share", "verdict": "single-source",
            "why": "Microsoft pays $95 a share in cash.",
            "mentions": [("09", "USD 95", 95, {"note": USD})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the CMA's final approval and the completion", "verdict": "compatible",
            "why": (
                "The CMA approved the deal and Microsoft completed it on Friday 13 October 2023 ('earlier today', 'today', "
                "'Friday'); the Times's 'last week' is the same day less precisely."
            ),
            "mentions": [
                ("03", "earlier today", DAY),
                ("03", "today", DAY, {"ctx": "the CMA today"}),
                ("05", "Friday", DAY),
                ("06", "Friday", DAY, {"ctx": "Blizzard on Friday"}),
                ("06", "Friday", DAY, {"ctx": "Earlier on Friday"}),
                ("10", "last week", "2023-10-09/2023-10-15", {"note": "the week before the article's"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deal's deadline", "verdict": "single-source",
            "why": "The deal was to expire on 18 October 2023 (the extended deadline): a look-alike of the approval's date.",
            "mentions": [("05", "October 18", "2023-10-18")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time from the announcement to the completion", "verdict": "compatible",
            "why": "January 2022 to October 2023: 21 months ('first announced 21 months ago'), an 'almost two-year' / 'nearly two years' battle.",
            "mentions": [
                ("06", "21 months", 21, {"note": "months"}),
                ("09", "almost two-year", 24, {"note": "months; written 'almost two-year'"}),
                ("10", "nearly two years", 24, {"note": "months; written in years"}),
            ],
        },
        # --- background ---
        {
            "event": ANN, "kind": "date", "role": "date-of:the deal's announcement", "verdict": "agree",
            "why": "Microsoft announced the deal in January 2022 ('January last year' in an article of 2023).",
            "mentions": [
                ("01", "January last year", "2022-01"),
                ("03", "January 2022", "2022-01"),
                ("04", "January 2022", "2022-01"),
                ("08", "January 2022", "2022-01"),
            ],
        },
        {
            "event": BLOCK, "kind": "date", "role": "date-of:the CMA's block", "verdict": "agree",
            "why": "The CMA blocked the original deal in April 2023.",
            "mentions": [
                ("03", "April", "2023-04", {"ctx": "In April of this year"}),
                ("03", "April", "2023-04", {"ctx": "acquisition in April"}),
                ("04", "April 2023", "2023-04"),
                ("05", "April", "2023-04"),
                ("06", "April", "2023-04"),
            ],
        },
        {
            "event": FTC, "kind": "date", "role": "date-of:the FTC's defeat in court", "verdict": "agree",
            "why": "The FTC's attempt to block the deal was rejected in July 2023 (Fonearena calls it 'FTC's approval').",
            "mentions": [
                ("03", "July", "2023-07"),
                ("07", "July", "2023-07"),
            ],
        },
        {
            "event": UBI, "kind": "duration", "role": "duration-of:Ubisoft's cloud streaming rights", "verdict": "agree",
            "why": "Ubisoft gets the cloud streaming rights for 15 years (of games released in that time).",
            "mentions": [
                ("04", "15 years", 15, {"note": "years"}),
                ("07", "15 years", 15, {"note": "years"}),
                ("09", "15 years", 15, {"note": "years"}),
            ],
        },
        {
            "event": UBI, "kind": "date", "role": "date-of:the restructured deal", "verdict": "single-source",
            "why": "Microsoft restructured the deal in August 2023.",
            "mentions": [("08", "August 2023", "2023-08")],
        },
        {
            "event": PROV, "kind": "date", "role": "date-of:the CMA's provisional approval", "verdict": "single-source",
            "why": "The CMA said 'last month' (September 2023) that the revised deal cleared its concerns.",
            "mentions": [("05", "last month", "2023-09", {"note": "relative to October 2023"})],
        },
        {
            "event": KOTICK, "kind": "date", "role": "date-of:Kotick steps down", "verdict": "single-source",
            "why": "Bobby Kotick steps down at the end of 2023.",
            "mentions": [("09", "the end of 2023", "2023-12")],
        },
        {
            "event": PLEDGE, "kind": "date", "role": "date-of:Call of Duty on other platforms until", "verdict": "single-source",
            "why": "Microsoft vowed to keep Activision's titles on rival platforms until 2030.",
            "mentions": [("08", "2030", "2030")],
        },
        {
            "event": PLEDGE, "kind": "duration", "role": "duration-of:time since Microsoft last revealed its sales figures", "verdict": "single-source",
            "why": "Microsoft revealed its sales figures for the first time in almost a decade.",
            "mentions": [("08", "almost a decade", 10, {"note": "years"})],
        },
    ],
}
