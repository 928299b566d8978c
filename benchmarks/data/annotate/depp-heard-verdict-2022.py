# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the jury's verdict in Depp v. Heard, Fairfax County, Virginia, 1 June 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; the New Zealand Herald's New Zealand dollar conversions and UgaBuzz's
pound conversions are mentions of the same clusters (the currency in `note`), so those clusters are
`compatible`. The verdict was read on Wednesday 1 June 2022; the jury began deliberating on Friday 27 May.
The UK case ("we won in the UK"), the films named and "Six years ago" (a quote cut off) are not mentions.
"""

E = "e1"
OPED = "e2"
USD = "US dollars"
NZD = "New Zealand dollars; the conversion of a US dollar figure"
GBP = "pounds sterling; the conversion of a US dollar figure"
M = 1_000_000
SPEC = {
    "description": (
        "The jury's verdict in Johnny Depp's defamation suit against his ex-wife Amber Heard, Fairfax County Circuit Court "
        "(Virginia), Wednesday 1 June 2022, after a six-week trial, as six outlets reported it on 1-2 June 2022: $10 million "
        "compensatory damages and $5 million punitive damages for Depp (`compatible` with the New Zealand Herald's and "
        "UgaBuzz's conversions), a $15 million total from the jury, the punitive damages cut to Virginia's cap of $350,000, "
        "so a total of $10.35 million ('about $10.4m'); $2 million for Heard, no punitive damages; $8.35 million net; Depp won "
        "on three claims, Heard on one of three; the $50 million suit and the $100 million countersuit; Depp 58, Heard 36. "
        "The jury's $15 million and the capped $10.35 million are two quantities, not a contradiction; the Herald's "
        "'($15m)', New Zealand dollars for the $10 million, is a look-alike of the $15 million total. Background event: "
        "Heard's Washington Post op-ed of December 2018."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2022-06-01 (removed from the text)"},
        "02": {"published_how": "the URL's 2022/06/01"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the verdict as news: 2 June 2022 (a guess within days)"},
        "04": {"published_how": "the corpus's date line 2022-06-01 (removed from the text)"},
        "05": {"published_how": "the corpus's date line 2022-06-02 (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; the verdict as news: 2 June 2022 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the jury's verdict in Depp v. Heard, Fairfax County Circuit Court, Wednesday 1 June 2022", "main": True},
        {"id": OPED, "label": "Heard's op-ed in The Washington Post, December 2018 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:compensatory damages awarded to Depp", "verdict": "compatible",
            "why": "$10 million; the Herald's '($15m)' is New Zealand dollars and UgaBuzz's '(£8m)' pounds for the same award.",
            "mentions": [
                ("01", "US$10 million", 10 * M, {"note": USD}),
                ("01", "$15m", 15 * M, {"ctx": "($15m)", "note": NZD}),
                ("02", "$10 million", 10 * M, {"note": USD}),
                ("03", "$10m", 10 * M, {"note": USD}),
                ("03", "£8m", 8 * M, {"note": GBP}),
                ("04", "$10 million", 10 * M, {"note": USD}),
                ("06", "$10 million", 10 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:punitive damages the jury awarded Depp", "verdict": "compatible",
            "why": "$5 million; the Herald's '($7.5m)' and UgaBuzz's '(£4m)' convert it.",
            "mentions": [
                ("01", "US$5m", 5 * M, {"note": USD}),
                ("01", "$7.5m", 7.5 * M, {"note": NZD}),
                ("02", "$5 million", 5 * M, {"ctx": "plus $5 million", "note": USD}),
                ("02", "$5 million", 5 * M, {"ctx": "reduce the $5 million", "note": USD}),
                ("03", "$5m", 5 * M, {"note": USD}),
                ("03", "£4m", 4 * M, {"note": GBP}),
                ("04", "$5 million", 5 * M, {"note": USD}),
                ("06", "$5 million", 5 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the cap on punitive damages (Depp's punitive damages as cut)", "verdict": "compatible",
            "why": "Virginia caps punitive damages at $350,000, and the judge cut Depp's to that; the Herald's '($550,000)' converts it.",
            "mentions": [
                ("01", "US$350,000", 350_000, {"note": USD}),
                ("01", "$550,000", 550_000, {"note": NZD}),
                ("02", "$350,000", 350_000, {"note": USD}),
                ("03", "$350,000", 350_000, {"note": USD}),
                ("04", "$350,000", 350_000, {"note": USD}),
                ("06", "$350,000", 350_000, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the jury's total award to Depp", "verdict": "compatible",
            "why": "The jury's $10 million + $5 million = $15 million; the Herald's '($22.5m)' converts it. Not the capped total (its own cluster).",
            "mentions": [
                ("01", "US$15 million", 15 * M, {"note": USD}),
                ("01", "$22.5m", 22.5 * M, {"note": NZD}),
                ("05", "$15 million", 15 * M, {"note": USD}),
                ("06", "$15 million", 15 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Depp's total award after the cap", "verdict": "compatible",
            "why": "$10 million + $350,000 = $10.35 million; UgaBuzz's 'about $10.4m' rounds it.",
            "mentions": [
                ("01", "US$10.35 million", 10.35 * M, {"note": USD}),
                ("03", "about $10.4m", 10.4 * M, {"note": USD}),
                ("04", "$10.35 million", 10.35 * M, {"note": USD}),
                ("05", "$10.35 million", 10.35 * M, {"note": USD}),
                ("06", "$10.35 million", 10.35 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:compensatory damages awarded to Heard", "verdict": "compatible",
            "why": "$2 million; the Herald converts it twice, '($3m)' and '($3.1m)' (rounded differently).",
            "mentions": [
                ("01", "US$2 million", 2 * M, {"note": USD}),
                ("01", "$3m", 3 * M, {"note": NZD}),
                ("01", "US$2m", 2 * M, {"note": USD}),
                ("01", "$3.1m", 3.1 * M, {"note": NZD}),
                ("02", "$2 million", 2 * M, {"note": USD}),
                ("03", "$2m", 2 * M, {"ctx": "was awarded $2m", "note": USD}),
                ("03", "$2m", 2 * M, {"ctx": "awarded her $2m", "note": USD}),
                ("04", "$2 million", 2 * M, {"note": USD}),
                ("05", "$2 million", 2 * M, {"note": USD}),
                ("06", "$2 million", 2 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:punitive damages awarded to Heard", "verdict": "agree",
            "why": "None: 'no money in punitive damages', 'zero in punitive damages', 'no money for punitive damages', 'no punitive damages assessed'.",
            "mentions": [
                ("01", "no money", 0, {"note": USD}),
                ("02", "zero", 0, {"note": USD}),
                ("03", "no money", 0, {"note": USD}),
                ("04", "no punitive damages", 0, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:net sum Heard owes Depp", "verdict": "compatible",
            "why": "$10.35 million less $2 million = $8.35 million; the Herald's '($12.8m)' converts it.",
            "mentions": [
                ("01", "US$8.35m", 8.35 * M, {"note": USD}),
                ("01", "$12.8m", 12.8 * M, {"note": NZD}),
                ("02", "$8.35 million", 8.35 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damages Depp sued for", "verdict": "agree",
            "why": "Depp sued for $50 million.",
            "mentions": [
                ("02", "$50 million", 50 * M, {"note": USD}),
                ("03", "$50m", 50 * M, {"note": USD}),
                ("04", "$50 million", 50 * M, {"note": USD}),
                ("05", "$50 million", 50 * M, {"note": USD}),
                ("06", "$50 million", 50 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damages Heard's countersuit sought", "verdict": "agree",
            "why": "Heard countersued for $100 million.",
            "mentions": [
                ("03", "$100m", 100 * M, {"note": USD}),
                ("04", "$100 million", 100 * M, {"note": USD}),
                ("05", "$100 million", 100 * M, {"note": USD}),
                ("06", "$100 million", 100 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "claims Depp won", "verdict": "agree",
            "why": "Depp won on all three of his claims ('counts', 'statements').",
            "mentions": [
                ("01", "three", 3, {"ctx": "all three of the actor"}),
                ("02", "three", 3),
                ("06", "three", 3, {"ctx": "all three statements"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "claims Heard won", "verdict": "agree",
            "why": "Heard won on one of her claims.",
            "mentions": [
                ("01", "one", 1, {"ctx": "just one of her"}),
                ("02", "one", 1, {"ctx": "all but one count"}),
                ("02", "one", 1, {"ctx": "Heard on one count"}),
                ("03", "one", 1, {"ctx": "won one of her"}),
                ("06", "one", 1, {"ctx": "won on one of"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "claims of Heard's counterclaim", "verdict": "agree",
            "why": "Heard's counterclaim had three claims ('one of her three claims', 'one of her three counter-claims', 'one of the three').",
            "mentions": [
                ("01", "three", 3, {"ctx": "her three claims"}),
                ("03", "three", 3),
                ("06", "three", 3, {"ctx": "of the three in"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "statements the jury weighed", "verdict": "single-source",
            "why": "'each of the six remarks' (three in each suit).",
            "mentions": [("06", "six", 6)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the trial", "verdict": "agree",
            "why": "A six-week trial ('six-week-long', 'six weeks of ... testimony', 'six grueling weeks').",
            "mentions": [
                ("02", "six-week-long", 6, {"note": "weeks"}),
                ("02", "six weeks", 6, {"note": "weeks"}),
                ("04", "six grueling weeks", 6, {"note": "weeks"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Depp's age", "verdict": "agree",
            "why": "Depp is 58.",
            "mentions": [
                ("03", "58", 58, {"note": "years"}),
                ("05", "58", 58, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Heard's age", "verdict": "agree",
            "why": "Heard is 36.",
            "mentions": [
                ("03", "36", 36, {"note": "years"}),
                ("05", "36", 36, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the verdict's announced reading (time)", "verdict": "single-source",
            "why": "The judge said the verdict would be read at 3 p.m.",
            "mentions": [("02", "3 p.m.", "15:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the jury's deliberations", "verdict": "single-source",
            "why": "'The jury began deliberations Friday afternoon' (27 May 2022).",
            "mentions": [("02", "Friday", "2022-05-27")],
        },
        # --- background: the op-ed ---
        {
            "event": OPED, "kind": "date", "role": "date-of:Heard's op-ed", "verdict": "compatible",
            "why": "The op-ed appeared in December 2018 ('in 2018').",
            "mentions": [
                ("01", "2018", "2018"),
                ("02", "December 2018", "2018-12"),
                ("06", "December 2018", "2018-12"),
            ],
        },
    ],
}
