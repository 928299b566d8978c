# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Bank of Japan's end of negative interest rates, Tuesday 19 March 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Rates in percent; a rate range quoted whole, its middle as value with low and high (as in `fed-first-rate-cut-2024`);
market moves in percent; money in the currency written (a conversion stays in its amount's cluster); durations in years
(note); dates as ISO strings. Tuesday = 19 March 2024.
The rate before the decision is minus 0.1% (a 0.1% charge on some excess reserves: that charge is a cluster of its own,
positive as written); a text that says the rate was raised 'from 0.1 per cent' contradicts the others' minus 0.1% (`conflict`,
a slip as written), as the headline's 'First Time in Five Years' contradicts 17 years.
Left out: 'Nikkei 225' (an index's name), 'the last central bank' (a rank), 'decades of massive monetary stimulus', 'a
three-decade high' (a rank of the wage gains, not a count), 'in recent months', 'for months', 'this year's round',
'years-long', 'no longer any countries'.
"""

E = "e1"
NIRP = "e2"
LASTHIKE = "e3"
TUE = "2024-03-19"
RANGE = "percent; a range quoted whole (its middle as value)"

SPEC = {
    "description": (
        "The Bank of Japan's decision of Tuesday 19 March 2024 (`agree`), after a two-day meeting, to end its negative interest "
        "rate policy, as six outlets told it: the short-term policy rate raised to a range of 0 to 0.1% (`agree`) from minus 0.1% "
        "(the Economist: 'between minus 0.1% and zero'), against one text's 'from 0.1 per cent' (`conflict`); the first hike in "
        "17 years (`agree` ×4) against a headline's 'First Time in Five Years' (`conflict`), since (February) 2007 (`compatible`); "
        "eight years of negative rates, introduced in 2016 (`agree`), yield curve control since 2016 (`agree`, abandoned); "
        "government bond purchases about ¥6 trillion a month, $40bn / $39 billion (`compatible`); the 2% inflation target "
        "(`agree`); markets: the Nikkei up 0.7%, the yen down 0.3% to 149.66 per dollar."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-03-19 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; a live report of the decision ('Read the latest updates below', removed): 19 March 2024"},
        "03": {"published_how": "inferred: no date on the stored page; 'has raised the cost of borrowing for the first time in 17 years' (the news of the day): 19 March 2024 (a guess within a day or two)"},
        "04": {"published_how": "inferred: no date on the stored page; 'on Tuesday decided' (19 March): 19 March 2024"},
        "05": {"published_how": "the URL's date 2024/03/21 (The Economist's 'The world this week')"},
        "06": {"published_how": "inferred: the page's 'last month' (removed) and the decision of 19 March: April 2024 (a guess; the video's own date is not stored)"},
    },
    "events": [
        {"id": E, "label": "the Bank of Japan's decision to end negative interest rates, 19 March 2024", "main": True},
        {"id": NIRP, "label": "the negative interest rate policy and yield curve control introduced in 2016 (background)", "main": False},
        {"id": LASTHIKE, "label": "the Bank of Japan's previous rate hike, February 2007 (background)", "main": False},
    ],
    "clusters": [
        # --- the rate ---
        {
            "event": E, "kind": "percent", "role": "the short-term policy rate after the decision (range)", "verdict": "agree",
            "why": "A range of 0 to 0.1% for the overnight call rate (0-0.1 per cent, 0 to 0.1pc, 0 per cent to 0.1 per cent, between 0% and 0.1%, between zero and 0.1%, 0 to 0.1%).",
            "mentions": [
                ("01", "0-0.1 per cent", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
                ("02", "0 to 0.1pc", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
                ("03", "0 per cent to 0.1 per cent", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
                ("04", "between 0% and 0.1%", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
                ("05", "between zero and 0.1%", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
                ("06", "0 to 0.1%", 0.05, {"low": 0, "high": 0.1, "note": RANGE}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the short-term policy rate before the decision", "verdict": "conflict",
            "why": "Minus 0.1% (the Telegraph, Dailymotion; the Economist's target range 'between minus 0.1% and zero' holds it); Jamaican.xyz's 'from 0.1 per cent' (a positive rate) cannot hold beside them.",
            "mentions": [
                ("02", "minus 0.1pc", -0.1, {"note": "percent"}),
                ("03", "0.1 per cent", 0.1, {"ctx": "from 0.1 per cent", "note": "percent; 'increased its key interest rate from 0.1 per cent'"}),
                ("05", "between minus 0.1% and zero", -0.05, {"low": -0.1, "high": 0, "note": RANGE}),
                ("06", "-0.1%", -0.1, {"note": "percent"}),
            ],
        },
        {
            "event": NIRP, "kind": "percent", "role": "the charge on excess reserves under the negative rate policy", "verdict": "single-source",
            "why": "'applied a 0.1 per cent charge on some excess reserves' (the negative rate, told as a charge).",
            "mentions": [("01", "0.1 per cent", 0.1, {"ctx": "a 0.1 per cent charge", "note": "percent; a charge"})],
        },
        {
            "event": E, "kind": "percent", "role": "the interest paid on deposits at the central bank after the decision", "verdict": "single-source",
            "why": "'partly by paying 0.1 per cent interest to deposits at the central bank'.",
            "mentions": [("01", "0.1 per cent", 0.1, {"ctx": "paying 0.1 per cent", "note": "percent"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Bank of Japan's decision", "verdict": "agree",
            "why": "Tuesday 19 March 2024.",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("04", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the policy meeting", "verdict": "single-source",
            "why": "'Following a two-day meeting' (18-19 March).",
            "mentions": [("04", "two-day", 2, {"note": "days"})],
        },
        # --- the time since the last hike ---
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since the previous rate hike", "verdict": "conflict",
            "why": "The first hike in 17 years (four texts; since February 2007); Dailymotion's headline 'Raises Rates for First Time in Five Years' cannot hold.",
            "mentions": [
                ("01", "17 years", 17, {"note": "years"}),
                ("02", "17 years", 17, {"note": "years"}),
                ("03", "17 years", 17, {"note": "years"}),
                ("04", "17 years", 17, {"note": "years"}),
                ("06", "Five Years", 5, {"note": "years; the headline"}),
            ],
        },
        {
            "event": LASTHIKE, "kind": "date", "role": "date-of:the Bank of Japan's previous rate hike", "verdict": "compatible",
            "why": "'the first rate hike since February 2007' (the Telegraph) and 'for the first time since 2007' (the Economist): the month and its year.",
            "mentions": [
                ("02", "February 2007", "2007-02"),
                ("05", "2007", "2007"),
            ],
        },
        # --- background: 2016 ---
        {
            "event": NIRP, "kind": "date", "role": "date-of:the introduction of negative interest rates", "verdict": "agree",
            "why": "2016 (January 2016): 'a policy put in place since 2016', 'In 2016, the bank cut the rate below zero', 'first introduced the policy course in 2016', 'first took rates below zero in 2016', and Dailymotion's 'its negative interest rate policy in 2016' (the policy of 2016).",
            "mentions": [
                ("01", "2016", "2016", {"ctx": "put in place since 2016"}),
                ("03", "2016", "2016", {"ctx": "In 2016"}),
                ("04", "2016", "2016"),
                ("05", "2016", "2016"),
                ("06", "2016", "2016"),
            ],
        },
        {
            "event": NIRP, "kind": "duration", "role": "duration-of:the negative interest rate policy", "verdict": "single-source",
            "why": "'ended eight years of negative interest rates' (2016 to 2024).",
            "mentions": [("01", "eight years", 8, {"note": "years"})],
        },
        {
            "event": NIRP, "kind": "date", "role": "date-of:the introduction of yield curve control", "verdict": "agree",
            "why": "2016 (September 2016): 'in place since 2016' (AAP, Jamaican.xyz).",
            "mentions": [
                ("01", "2016", "2016", {"ctx": "in place since 2016 that capped"}),
                ("03", "2016", "2016", {"ctx": "in place since 2016 but"}),
            ],
        },
        # --- bonds, target, markets ---
        {
            "event": E, "kind": "money", "role": "money:the Bank of Japan's monthly government bond purchases", "verdict": "compatible",
            "why": "About ¥6 trillion a month (the Economist, Dailymotion), converted as $40bn and $39 billion: one amount, two roundings of its conversion.",
            "mentions": [
                ("05", "about ¥6trn", 6e12, {"note": "Japanese yen"}),
                ("05", "$40bn", 40e9, {"note": "US dollars; the conversion of ¥6trn"}),
                ("06", "around 6 trillion yen", 6e12, {"note": "Japanese yen"}),
                ("06", "$39 billion", 39e9, {"note": "US dollars; the conversion of 6 trillion yen"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the Bank of Japan's inflation target", "verdict": "agree",
            "why": "2%.",
            "mentions": [
                ("02", "2pc", 2, {"note": "percent"}),
                ("04", "2%", 2, {"note": "percent"}),
                ("06", "2%", 2, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:inflation above the Bank of Japan's target", "verdict": "single-source",
            "why": "'exceeded the BOJ's 2% target for over a year'.",
            "mentions": [("06", "over a year", 1, {"low": 1, "note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the phase-out of corporate bond and commercial paper purchases", "verdict": "single-source",
            "why": "'planning to end corporate bond and commercial paper purchases within a year'.",
            "mentions": [("06", "within a year", 1, {"high": 1, "note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "the Nikkei 225's gain on the day of the decision", "verdict": "single-source",
            "why": "'Nikkei 225 index gained 0.7pc'.",
            "mentions": [("02", "0.7pc", 0.7, {"note": "percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "the yen's fall on the day of the decision", "verdict": "single-source",
            "why": "'the Japanese yen fell 0.3pc'.",
            "mentions": [("02", "0.3pc", 0.3, {"note": "percent"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the yen's rate per dollar after the decision", "verdict": "single-source",
            "why": "'to 149.66 per dollar'.",
            "mentions": [("02", "149.66", 149.66, {"note": "Japanese yen per US dollar"})],
        },
    ],
}
