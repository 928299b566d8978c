# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Binance's and Changpeng Zhao's guilty pleas, Seattle, Tuesday 21 November 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written; durations with their unit in note; dates as ISO strings.
Tuesday = 21 November 2023 (the pleas).
"""

E = "e1"
SEC = "e2"
CFTC = "e3"
LAUNCH = "e4"
TUE = "2023-11-21"
BN = 1_000_000_000
MN = 1_000_000
SPEC = {
    "description": (
        "Binance's and its founder Changpeng Zhao's guilty pleas in federal court in Seattle on Tuesday 21 November "
        "2023 (anti-money-laundering, unlicensed money transmitting and sanctions violations), settled with the "
        "Justice Department, the Treasury and the CFTC, as six outlets reported them from that Tuesday to Thursday 23 "
        "November: Binance's penalty $4.3 billion / 'more than $4 billion' / 'over $4 billion' (`compatible`); Zhao's "
        "fine of $50 million in the plea deal with the Justice Department (`agree`) against OODA Loop's '$200 million in "
        "fines' across the federal settlement (another quantity: the DOJ fine with the CFTC's penalty; a look-alike); "
        "Zhao kept out of Binance for three years (`agree`); 'up to 18 months' / 'around 18 months' under the federal "
        "guidelines (`compatible`) and 'Prosecutors are seeking an 18-month prison sentence' (another quantity); a "
        "maximum of 10 years; 'About 13' charges; Zhao's fortune of more than $23 billion. Background events whose "
        "figures are traps: the SEC's suit 'more than five months' earlier, the CFTC's suit in March 2023, Binance's "
        "launch in June 2017 ('within six months' the largest exchange)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; Zhao 'on Tuesday pleaded guilty' and 'is expected to appear' in court: 21 November 2023 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; pleaded guilty 'on Tuesday', the resignation just announced: 21 November 2023 (a guess within a day)"},
        "03": {"published_how": "the corpus's date line 2023-11-22 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; the plea and resignation as news: 22 November 2023 (a guess within a day or two)"},
        "05": {"published_how": "inferred: no date on the stored page; the plea and resignation as news: 22 November 2023 (a guess within a day or two)"},
        "06": {"published_how": "the corpus's date line 2023-11-23 (removed from the text) and the URL"},
    },
    "events": [
        {"id": E, "label": "Binance's and Changpeng Zhao's guilty pleas and the federal settlement, Seattle, Tuesday 21 November 2023", "main": True},
        {"id": SEC, "label": "the SEC's suit against Binance and Zhao (June 2023; background)", "main": False},
        {"id": CFTC, "label": "the CFTC's suit against Binance, Zhao and Samuel Lim, March 2023 (background)", "main": False},
        {"id": LAUNCH, "label": "Binance's launch, June 2017 (background)", "main": False},
    ],
    "clusters": [
        # --- money ---
        {
            "event": E, "kind": "money", "role": "Binance's penalty", "verdict": "compatible",
            "why": "$4.3 billion (fines, forfeiture and restitution) against 'more than $4 billion' / 'over $4 billion': the rounded figures hold.",
            "mentions": [
                ("01", "$4.3bn", 4.3 * BN),
                ("02", "$4.3 billion", 4.3 * BN),
                ("03", "$4.3 billion", 4.3 * BN),
                ("04", "more than $4 billion", 4 * BN),
                ("05", "over $4 billion", 4 * BN),
                ("06", "more than $4 billion", 4 * BN),
            ],
        },
        {
            "event": E, "kind": "money", "role": "Zhao's fine in his plea deal", "verdict": "agree",
            "why": "A $50 million fine under Zhao's plea deal with the Justice Department.",
            "mentions": [
                ("02", "$50 million", 50 * MN, {"ctx": "pay a $50 million fine as part"}),
                ("02", "$50 million", 50 * MN, {"ctx": "required to pay a $50 million"}),
                ("03", "$50 million", 50 * MN),
                ("04", "$50 million", 50 * MN),
                ("05", "$50 million", 50 * MN),
            ],
        },
        {
            "event": E, "kind": "money", "role": "Zhao's fines across the federal settlement", "verdict": "single-source",
            "why": "'he will pay $200 million in fines' 'As part of a coordinated settlement across the federal government': the plea deal's $50 million together with the CFTC's civil penalty (a judgement call: the text gives the scope, not the parts), so another quantity than the $50 million fine and a look-alike of it.",
            "mentions": [("06", "$200 million", 200 * MN)],
        },
        {
            "event": E, "kind": "money", "role": "Zhao's fortune", "verdict": "single-source",
            "why": "A fortune estimated at more than $23 billion.",
            "mentions": [("06", "more than $23 billion", 23 * BN)],
        },
        # --- sentence, ban, charges ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Zhao's exclusion from Binance", "verdict": "agree",
            "why": "Zhao kept out of Binance for three years (after the monitor's appointment).",
            "mentions": [
                ("03", "three years", 3, {"note": "years"}),
                ("04", "three years", 3, {"note": "years"}),
                ("05", "three years", 3, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the top of Zhao's guideline sentence", "verdict": "compatible",
            "why": "'up to 18 months in prison under federal sentencing guidelines' and guidelines that 'place the high end ... around 18 months'.",
            "mentions": [
                ("03", "up to 18 months", 18, {"note": "months"}),
                ("06", "around 18 months", 18, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the sentence prosecutors seek", "verdict": "single-source",
            "why": "'Prosecutors are seeking an 18-month prison sentence' (as written: a claim about the prosecutors, not the guidelines; a look-alike of the guideline's 18 months).",
            "mentions": [("05", "18-month", 18, {"note": "months"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Zhao's maximum sentence", "verdict": "single-source",
            "why": "A maximum of 10 years behind bars.",
            "mentions": [("06", "10 years", 10, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "charges filed", "verdict": "single-source",
            "why": "'About 13 charges' in the federal case.",
            "mentions": [("01", "About 13", 13)],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the guilty pleas", "verdict": "agree",
            "why": "Tuesday 21 November 2023 (Mobile Indian: 'The new reports revealed this development on Tuesday').",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("02", "Tuesday", TUE),
                ("03", "Tuesday", TUE),
                ("06", "Tuesday", TUE),
            ],
        },
        # --- background ---
        {
            "event": SEC, "kind": "duration", "role": "duration-of:time since the SEC's suit", "verdict": "single-source",
            "why": "'more than five months after' the SEC accused Binance and Zhao.",
            "mentions": [("01", "more than five months", 5, {"note": "months"})],
        },
        {
            "event": CFTC, "kind": "date", "role": "date-of:the CFTC's suit", "verdict": "single-source",
            "why": "'In March this year' (2023).",
            "mentions": [("01", "March", "2023-03")],
        },
        {
            "event": LAUNCH, "kind": "date", "role": "date-of:Binance's launch", "verdict": "single-source",
            "why": "Launched in June 2017.",
            "mentions": [("01", "June 2017", "2017-06")],
        },
        {
            "event": LAUNCH, "kind": "duration", "role": "duration-of:Binance's rise to the largest exchange", "verdict": "single-source",
            "why": "'within six months became the largest crypto exchange' (a look-alike of the guideline's months).",
            "mentions": [("01", "six months", 6, {"note": "months"})],
        },
    ],
}
