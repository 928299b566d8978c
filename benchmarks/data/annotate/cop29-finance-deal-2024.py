# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the COP29 climate-finance deal in Baku, 24 November 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings: Sunday = 24 November 2024 (the deal gavelled through in the early hours);
the summit scheduled for 11-22 November, in overtime on Saturday 23 November. Durations in days (a week = 7).
Left out: 'COP29', 'Cop29', '29th session', '29th United Nations Climate Summit' (names and ordinals), 'G77' (a name),
'triples' (a ratio), 'many times above' (vague), 'billions of lives' (vague), 'the hottest on record' (no figure),
'minutes after the deal was gavelled in' (vague), 'the early hours' (no figure).
"""

E = "e1"
OLD = "e2"
AZ = "e3"
SUN = "2024-11-24"
B = 1_000_000_000


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The COP29 climate summit's finance deal, gavelled through in Baku in the early hours of Sunday 24 November 2024, "
        "as six outlets reported it on 24-25 November: developed countries to provide (the decision: 'at least') $300 "
        "billion a year for developing countries (`compatible`), by 2035 (`agree`, one outlet writing 'starting in "
        "2035'); the wider objective of $1.3 trillion by 2035 beside the $1.3 trillion economists say is needed (two "
        "facts); the deal on Sunday / Nov. 24 (`agree`) after two weeks (`agree`) and overtime on Nov. 23, the summit "
        "scheduled for Nov. 11-22; the rich countries' first offer of $250 billion and the G77+China's $500 billion; "
        "nearly 200 nations. Background: the previous goal of $100 billion a year, set in 2009 (`agree`); Azerbaijan's "
        "oil and gas, about 95% of its export revenues."
    ),
    "documents": {
        "01": {"published_how": "the page's dateline ('BAKU, Azerbaijan, November 24')"},
        "02": {"published_how": "inferred: no date on the stored page; the deal announced at 'Sunday’s closing plenary' (24 November 2024): 24 November 2024, a guess within a day"},
        "03": {"published_how": "inferred: no date on the stored page; the target adopted 'on Sunday' (24 November 2024): 24 November 2024, a guess within a day"},
        "04": {"published_how": "inferred: the URL (2024/11) and the summit's end 'in the early hours of Nov. 24': 25 November 2024, a guess within a few days"},
        "05": {"published_how": "inferred: no date on the stored page; the deal finalized 'In the early hours of Sunday morning' (24 November 2024): 24 November 2024, a guess within a day"},
        "06": {"published_how": "the URL (2024/11/24)"},
    },
    "events": [
        {"id": E, "label": "the COP29 finance deal ('Baku Finance Goal') adopted in Baku on 24 November 2024", "main": True},
        {"id": OLD, "label": "the previous climate-finance goal of $100 billion a year, set in 2009 (background)", "main": False},
        {"id": AZ, "label": "Azerbaijan's oil and gas exports (background)", "main": False},
    ],
    "clusters": [
        # --- the goal ---
        {
            "event": E, "kind": "money", "role": "the new climate-finance goal a year from developed to developing countries", "verdict": "compatible",
            "why": "The decision's 'at least US$300 billion annually' (Trend) and '$300 billion annually' / 'a year' in the five others, including India's reaction to 'the $300 billion' and the offer 'revised upward to $300 billion' (the final figure): one goal, once as a lower bound.",
            "mentions": [
                ("01", "at least US$300 billion", 300 * B),
                ("02", "$300 billion", 300 * B),
                ("03", "US$300 billion", 300 * B),
                ("04", "$300 billion", 300 * B, {"ctx": "provide $300 billion"}),
                ("04", "$300 billion", 300 * B, {"ctx": "slammed the $300 billion"}),
                ("05", "$300 billion", 300 * B, {"ctx": "provide $300 billion"}),
                ("05", "$300 billion", 300 * B, {"ctx": "revised upward to $300 billion"}),
                ("06", "$300 billion", 300 * B),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the year the $300 billion goal is to be met", "verdict": "agree",
            "why": "'annually by 2035' (Trend, EIR) and Euronews24's 'annually starting in 2035': the same year (the wording differs: a deadline against a start).",
            "mentions": [
                ("01", "2035", "2035"),
                ("04", "2035", "2035"),
                ("05", "2035", "2035"),
            ],
        },
        one(E, "money", "the deal's wider objective for climate finance to developing nations", "'a new global objective to mobilize $1.3 trillion in climate finance directed toward developing nations by 2035' (the deal's call to all actors, beside the $300 billion pledge).", "02", "$1.3 trillion", 1300 * B),
        one(E, "date", "date-of:the year of the $1.3 trillion objective", "'by 2035' (the wider objective).", "02", "2035", "2035"),
        one(E, "money", "the climate finance economists say developing countries need", "CNN quoted: 'falls far short of the $1.3 trillion economists say is needed' (the need, not the deal's objective).", "04", "$1.3 trillion", 1300 * B),
        one(E, "money", "the developed countries' first offer a year", "'an initial offer of $250 billion per year from industrialized nations'.", "05", "$250 billion", 250 * B),
        one(E, "money", "the G77+China group's demand a year", "'had called for a significantly higher amount—$500 billion annually'.", "05", "$500 billion", 500 * B),
        one(E, "count", "nations that approved the deal", "'nearly 200 nations pushed through the contentious finance pact'.", "06", "nearly 200", 200),
        # --- when ---
        {
            "event": E, "kind": "date", "role": "date-of:the adoption of the finance deal", "verdict": "agree",
            "why": "The closing plenary on Sunday 24 November 2024 ('Sunday’s closing plenary', 'adopted ... on Sunday', 'approved ... Sunday') and 'finally concluded ... in the early hours of Nov. 24'.",
            "mentions": [
                ("02", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("04", "Nov. 24", SUN),
                ("06", "Sunday", SUN),
            ],
        },
        one(E, "date", "date-of:Trend's report", "The dateline 'BAKU, Azerbaijan, November 24.' (the report's date; the day of the adoption).", "01", "November 24", SUN),
        {
            "event": E, "kind": "duration", "role": "duration-of:the summit's negotiations", "verdict": "agree",
            "why": "'After two weeks of rigorous discussions', 'the two-week conference', 'After two exhausting weeks' (11 to 24 November).",
            "mentions": [
                ("02", "two weeks", 14, {"note": "days"}),
                ("03", "two-week", 14, {"note": "days"}),
                ("06", "two exhausting weeks", 14, {"note": "days; written 'two exhausting weeks'"}),
            ],
        },
        one(E, "date", "date-of:the summit's scheduled opening", "'scheduled for Nov. 11-22'.", "04", "Nov. 11", "2024-11-11"),
        one(E, "date", "date-of:the summit's scheduled close", "'scheduled for Nov. 11-22'.", "04", "22", "2024-11-22"),
        one(E, "date", "date-of:the summit's overtime", "'went into overtime on Nov. 23'.", "04", "Nov. 23", "2024-11-23"),
        # --- background ---
        {
            "event": OLD, "kind": "money", "role": "the previous climate-finance goal a year", "verdict": "agree",
            "why": "'the previous $100 billion goal set in 2009', 'the existing $100 billion financing target', 'their existing pledge of $100 billion a year'.",
            "mentions": [
                ("02", "$100 billion", 100 * B),
                ("05", "$100 billion", 100 * B),
                ("06", "$100 billion", 100 * B),
            ],
        },
        one(OLD, "date", "date-of:the previous goal's setting", "'goal set in 2009'.", "02", "2009", "2009"),
        one(AZ, "percent", "share of Azerbaijan's export revenues from oil and gas", "'account for about 95% of its total export revenues'.", "04", "about 95%", 95),
    ],
}
