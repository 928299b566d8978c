# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Donald Trump's conviction in the New York hush-money trial, Thursday 30 May 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; durations with their unit in `note`; money in US dollars; dates as ISO
strings, times of day as Eastern time. Wednesday = 29 May 2024 (deliberations began), Thursday =
30 May 2024 (the verdict), Friday = 31 May (when deliberations were expected to resume).
"""

E = "e1"
PAYMENT = "e2"
ELECTION = "e3"
RNC = "e4"
WED = "2024-05-29"
THU = "2024-05-30"
SPEC = {
    "description": (
        "Donald Trump's conviction on all 34 felony counts of falsifying business records by a Manhattan jury on Thursday "
        "30 May 2024, as six outlets reported it that Thursday and Friday: 34 counts (`agree`); the jury's deliberations "
        "'nine and a half hours' / '9.5 hours' / 'roughly 9.5 hours' against 'nearly 12 hours' / 'more than 11 hours' "
        "(`conflict`), over two days (`agree`), from Wednesday 29 May (`agree`); the verdict on Thursday (`agree`); "
        "sentencing set for July 11 (`agree`), four days before the Republican National Convention (`agree`), which begins "
        "on July 15; a maximum of four years a count (`agree`); the jury's note at about 4:20 p.m., the planned dismissal at "
        "4:30 p.m. (`agree`), the verdict just after 5 p.m., 30 minutes asked for the forms; 11 invoices, 12 vouchers and 11 "
        "checks; a 12-person jury; the trial from April 15 / April (`compatible`); the sentencing 'a little over a week' "
        "after the first debate; Trump's '5 or 6%' in the district. Background events whose figures are traps: the $130,000 "
        "payment to Stormy Daniels and the 2016 election; the 2024 election on November 5; the convention of July 15."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-05-30 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2024-05-30 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page; the verdict as news ('This story is developing'): 30 May 2024 (a guess within a day)"},
        "04": {"published_how": "the text's dateline 'May 30 (UPI)'"},
        "05": {"published_how": "the corpus's date line 2024-05-31 (removed from the text)"},
        "06": {"published_how": "the corpus's date line 2024-05-30 (removed from the text); 'Today' the verdict, deliberation 'began yesterday (May 29)'"},
    },
    "events": [
        {"id": E, "label": "Donald Trump's conviction in the New York hush-money trial, 30 May 2024, and its sentencing date", "main": True},
        {"id": PAYMENT, "label": "the 2016 election and the $130,000 payment to Stormy Daniels (background)", "main": False},
        {"id": ELECTION, "label": "the US presidential election of 5 November 2024 (background)", "main": False},
        {"id": RNC, "label": "the Republican National Convention of July 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "counts of conviction", "verdict": "agree",
            "why": "Convicted on all 34 counts of falsifying business records.",
            "mentions": [
                ("01", "all 34", 34),
                ("02", "all 34", 34),
                ("03", "all 34", 34),
                ("03", "34", 34, {"ctx": "each of the 34 counts"}),
                ("04", "all 34", 34),
                ("04", "34", 34, {"ctx": "guilty on 34 charges"}),
                ("05", "all 34", 34),
                ("06", "34", 34, {"ctx": "not guilty to 34 counts"}),
                ("06", "all 34", 34),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the jury's deliberations", "verdict": "conflict",
            "why": "'nine and a half hours over two days' (WJW/AP), 'a total of 9.5 hours', 'roughly 9.5 hours' against St Vincent Times' 'nearly 12 hours over two days' and WKXI's 'more than 11 hours' of deliberations: the same deliberations, figures that cannot both hold.",
            "mentions": [
                ("01", "nine and a half hours", 9.5, {"note": "hours"}),
                ("02", "nearly 12 hours", 12, {"note": "hours"}),
                ("03", "9.5 hours", 9.5, {"note": "hours"}),
                ("05", "more than 11 hours", 11, {"note": "hours"}),
                ("06", "roughly 9.5 hours", 9.5, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deliberations in days", "verdict": "agree",
            "why": "Over two days (Wednesday and Thursday).",
            "mentions": [
                ("01", "two days", 2, {"note": "days"}),
                ("02", "two days", 2, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the deliberations", "verdict": "agree",
            "why": "Deliberations began on Wednesday 29 May ('yesterday (May 29)' in HotNewHipHop of the 30th).",
            "mentions": [
                ("03", "Wednesday", WED),
                ("06", "yesterday (May 29)", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the verdict", "verdict": "agree",
            "why": "The verdict on Thursday 30 May ('Today' in HotNewHipHop of that day).",
            "mentions": [
                ("03", "Thursday", THU),
                ("05", "Thursday", THU),
                ("06", "Today", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the expected resumption of deliberations", "verdict": "single-source",
            "why": "'the expectation was that the jurors would resume their deliberations on Friday' (31 May; it did not happen).",
            "mentions": [("02", "Friday", "2024-05-31")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sentencing", "verdict": "agree",
            "why": "Sentencing set for July 11.",
            "mentions": [
                ("01", "Jul 11", "2024-07-11"),
                ("02", "July 11", "2024-07-11"),
                ("03", "July 11", "2024-07-11"),
                ("04", "July 11", "2024-07-11"),
                ("05", "July 11th", "2024-07-11"),
                ("06", "July 11", "2024-07-11"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from the sentencing to the convention", "verdict": "agree",
            "why": "The sentencing 'just four days before' the Republican National Convention (July 11 to July 15).",
            "mentions": [
                ("03", "four days", 4, {"note": "days"}),
                ("04", "four days", 4, {"note": "days"}),
                ("05", "four days", 4, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from the first debate to the sentencing", "verdict": "single-source",
            "why": "'a little over a week after he and President Biden are scheduled to face off in their first debate'.",
            "mentions": [("03", "a little over a week", 1, {"low": 1, "high": None, "note": "weeks"})],
        },
        {
            "event": E, "kind": "duration", "role": "maximum sentence per count", "verdict": "agree",
            "why": "Each count of falsifying business records carries at most four years in prison ('up to four years' states the maximum itself, so low = high).",
            "mentions": [
                ("01", "up to four years", 4, {"low": 4, "high": 4, "note": "years; the maximum itself is exact"}),
                ("03", "four years", 4, {"note": "years"}),
                ("04", "four years", 4, {"note": "years"}),
                ("05", "up to four years", 4, {"low": 4, "high": 4, "note": "years; the maximum itself is exact"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the planned dismissal of the jury for the day", "verdict": "agree",
            "why": "The judge was to dismiss the jury at 4:30 p.m.",
            "mentions": [
                ("02", "4:30 p.m.", "2024-05-30T16:30"),
                ("04", "4:30 p.m. ET", "2024-05-30T16:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the jury's note of a verdict", "verdict": "single-source",
            "why": "'a note from the 12-person jury about 4:20 p.m. ET' (a look-alike of the 4:30 and of the verdict's time).",
            "mentions": [("04", "about 4:20 p.m. ET", "2024-05-30T16:20", {"note": "about"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the verdict", "verdict": "single-source",
            "why": "'The jury delivered their verdict just after 5pm on Thursday'.",
            "mentions": [("05", "just after 5pm", "2024-05-30T17:00", {"note": "just after"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time asked to fill out the forms", "verdict": "single-source",
            "why": "'they asked for 30 minutes to fill out their forms'.",
            "mentions": [("02", "30 minutes", 30, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "count", "role": "invoices behind the counts", "verdict": "single-source",
            "why": "'The counts stemmed from 11 invoices, 12 vouchers and 11 checks' (parts of the 34).",
            "mentions": [("02", "11", 11, {"ctx": "from 11 invoices"})],
        },
        {
            "event": E, "kind": "count", "role": "vouchers behind the counts", "verdict": "single-source",
            "why": "'12 vouchers'.",
            "mentions": [("02", "12", 12, {"ctx": "12 vouchers"})],
        },
        {
            "event": E, "kind": "count", "role": "checks behind the counts", "verdict": "single-source",
            "why": "'11 checks'.",
            "mentions": [("02", "11", 11, {"ctx": "11 checks"})],
        },
        {
            "event": E, "kind": "count", "role": "jurors", "verdict": "single-source",
            "why": "'the 12-person jury'; 'all 12 jurors'.",
            "mentions": [
                ("04", "12-person", 12),
                ("04", "all 12", 12),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the trial", "verdict": "compatible",
            "why": "'on trial for this case since April 15'; 'trial, which began in April'.",
            "mentions": [
                ("03", "April 15", "2024-04-15"),
                ("06", "April", "2024-04"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Trump's share of the vote in the district", "verdict": "single-source",
            "why": "Trump: 'We were at 5 or 6% in this district'.",
            "mentions": [("04", "5 or 6%", 5.5, {"low": 5, "high": 6})],
        },
        # --- background ---
        {
            "event": PAYMENT, "kind": "money", "role": "the payment to Stormy Daniels", "verdict": "single-source",
            "why": "'Michael Cohen who fronted the $130,000 payment to adult film star Stormy Daniels'.",
            "mentions": [("02", "$130,000", 130_000, {"note": "US dollars"})],
        },
        {
            "event": PAYMENT, "kind": "date", "role": "date-of:the 2016 election", "verdict": "agree",
            "why": "The payments were made to influence the 2016 election.",
            "mentions": [
                ("01", "2016", "2016"),
                ("03", "2016", "2016"),
            ],
        },
        {
            "event": ELECTION, "kind": "date", "role": "date-of:the 2024 election", "verdict": "agree",
            "why": "Trump: 'the real verdict is going to be on November 5 by the people'.",
            "mentions": [
                ("01", "November 5", "2024-11-05"),
                ("02", "November 5", "2024-11-05"),
                ("04", "Nov. 5", "2024-11-05"),
            ],
        },
        {
            "event": RNC, "kind": "date", "role": "date-of:the start of the convention", "verdict": "single-source",
            "why": "'the Republican National Convention, which is set to begin on July 15'.",
            "mentions": [("02", "July 15", "2024-07-15")],
        },
    ],
}
