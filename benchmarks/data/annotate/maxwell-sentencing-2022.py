# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Ghislaine Maxwell's sentencing, Manhattan, 28 June 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Terms and ranges in years (a range's value its middle, `low`/`high` its ends); money in US dollars;
ages in years; dates as ISO strings. Tuesday = 28 June 2022. The decades "the 1990s and 2000s" and
the "many years" of the judge's words are not mentions.
"""

E = "e1"
VERDICT = "e2"
ABUSE = "e3"
EPSTEIN = "e4"
ARREST = "e5"
Y = "years"
SPEC = {
    "description": (
        "Ghislaine Maxwell's sentencing in Manhattan federal court on Tuesday 28 June 2022 for helping Jeffrey Epstein "
        "sexually abuse underage girls, as six outlets reported it on 28-29 June 2022: 20 years in prison (`agree`); a "
        "$750,000 fine (`agree`; one outlet writes '$7,50,000'); the prosecutors' 30 to 55 years (`agree`); the defence's 'a "
        "five-year term' / 'four to five years' / 'no more than five and quarter' / 'up to five years' (`compatible`); the "
        "guideline range '15 1/2 and 19 1/2 years' / 'about 15 to 19 years' (`compatible`); Maxwell 60 (`agree`); sentenced "
        "on Tuesday (`agree`); five years of probation (a look-alike of the defence's five years); a half-hour lunch break; "
        "six months after the verdict. Background events whose figures are traps: the jury's verdict of 29 December 2021 "
        "(`compatible` dates; five charges `agree`, of six counts; 'two conspiracy counts' against 'three related counts of "
        "conspiracy', `conflict`); the abuse of four girls (`agree`) from 1994 to 2004 (`agree`), 'a decade' / 'more than a "
        "decade' (`compatible`), four accusers who testified (a look-alike), a victim aged 16; Epstein's death in 2019 "
        "(`agree`), a month after his indictment; Maxwell's arrest in July 2020 (`compatible`)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'sentenced to far fewer on Tuesday' (28 June 2022): 28 June 2022 (a guess within a day)"},
        "02": {"published_how": "the corpus's date line 2022-06-29 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page; a live blog of the sentencing on Tuesday 28 June 2022"},
        "04": {"published_how": "inferred: no date on the stored page; the sentencing as news: 29 June 2022 (a guess within days)"},
        "05": {"published_how": "inferred: the URL's 2022/06; the sentencing as news: 29 June 2022 (a guess within days)"},
        "06": {"published_how": "the URL's 2022/06/28"},
    },
    "events": [
        {"id": E, "label": "Ghislaine Maxwell's sentencing, Manhattan federal court, Tuesday 28 June 2022", "main": True},
        {"id": VERDICT, "label": "the jury's verdict against Maxwell, 29 December 2021 (background)", "main": False},
        {"id": ABUSE, "label": "the abuse of girls by Epstein and Maxwell, 1994-2004 (background)", "main": False},
        {"id": EPSTEIN, "label": "Epstein's indictment and death in prison, 2019 (background)", "main": False},
        {"id": ARREST, "label": "Maxwell's arrest, July 2020 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "duration", "role": "duration-of:the prison sentence", "verdict": "agree",
            "why": "20 years in prison.",
            "mentions": [
                ("01", "20 years", 20, {"note": Y}),
                ("02", "20 years", 20, {"note": Y}),
                ("03", "20 years", 20, {"note": Y}),
                ("04", "20-year", 20, {"note": Y}),
                ("05", "20 years", 20, {"note": Y}),
                ("06", "20 years", 20, {"note": Y}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "fine", "verdict": "agree",
            "why": "A $750,000 fine, the maximum (NewsBytes writes it '$7,50,000', the Indian grouping of the same digits).",
            "mentions": [
                ("01", "$750,000", 750000),
                ("03", "$750,000", 750000),
                ("04", "$7,50,000", 750000, {"note": "Indian digit grouping"}),
                ("05", "$750,000", 750000),
                ("06", "$750,000", 750000),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the sentence the prosecutors sought", "verdict": "agree",
            "why": "The prosecutors asked for 30 to 55 years.",
            "mentions": [
                ("01", "30 to 55 years", 42.5, {"low": 30, "high": 55, "note": "years; a range (value its middle)"}),
                ("03", "30-55 year", 42.5, {"low": 30, "high": 55, "note": "years; a range (value its middle)"}),
                ("04", "30 to 55 years", 42.5, {"low": 30, "high": 55, "note": "years; a range (value its middle)"}),
                ("05", "between 30 and 55 years", 42.5, {"low": 30, "high": 55, "note": "years; a range (value its middle)"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the sentence the defence sought", "verdict": "compatible",
            "why": "'a five-year term' (Newser), 'four to five years' (Reuters), 'no more than five and quarter' (the Independent), 'up to five years' (NewsBytes): every figure holds five years.",
            "mentions": [
                ("01", "five-year", 5, {"note": Y}),
                ("02", "four to five years", 4.5, {"low": 4, "high": 5, "note": "years; a range (value its middle)"}),
                ("03", "no more than five and quarter", 5.25, {"low": None, "high": 5.25, "note": "years, written 'five and quarter'"}),
                ("04", "up to five years", 5, {"low": None, "high": 5, "note": "years; a maximum"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the guideline range", "verdict": "compatible",
            "why": "The judge ruled the guideline range was 15 1/2 to 19 1/2 years (AP via Newser); 'about 15 to 19 years' rounds it.",
            "mentions": [
                ("01", "between 15 1/2 and 19 1/2 years", 17.5, {"low": 15.5, "high": 19.5, "note": "years; a range (value its middle)"}),
                ("05", "about 15 to 19 years", 17, {"low": 15, "high": 19.5, "note": "years; a range written with 'about'"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "guideline range as a share of the prosecutors' request", "verdict": "single-source",
            "why": "'about half of what the government recommended'.",
            "mentions": [("05", "about half", 50, {"note": "a fraction"})],
        },
        {
            "event": E, "kind": "count", "role": "Maxwell's age", "verdict": "agree",
            "why": "Maxwell is 60.",
            "mentions": [
                ("01", "60", 60, {"note": Y}),
                ("03", "60", 60, {"note": Y}),
                ("04", "60", 60, {"note": Y}),
                ("05", "60", 60, {"note": Y}),
                ("06", "60", 60, {"note": Y}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sentencing", "verdict": "agree",
            "why": "Sentenced on Tuesday 28 June 2022.",
            "mentions": [
                ("01", "Tuesday", "2022-06-28"),
                ("02", "Tuesday", "2022-06-28"),
                ("03", "Tuesday", "2022-06-28", {"ctx": "Court on Tuesday"}),
                ("03", "Tuesday", "2022-06-28", {"ctx": "after Tuesday’s"}),
                ("05", "Tuesday", "2022-06-28"),
                ("06", "Tuesday", "2022-06-28"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:probation after release", "verdict": "single-source",
            "why": "'five years probation upon her release' (a look-alike of the defence's five years).",
            "mentions": [("06", "five years", 5, {"note": Y})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the lunch break", "verdict": "single-source",
            "why": "'a half-hour lunch break'.",
            "mentions": [("01", "half-hour", 0.5, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time from verdict to sentence", "verdict": "single-source",
            "why": "'six months after she was convicted'.",
            "mentions": [("06", "six months", 6, {"note": "months"})],
        },
        # --- background: the verdict ---
        {
            "event": VERDICT, "kind": "date", "role": "date-of:the verdict", "verdict": "compatible",
            "why": "Found guilty on 29 December 2021: 'late last year', 'last year', 'In December', 'in December'.",
            "mentions": [
                ("02", "late last year", "2021", {"note": "late in the year"}),
                ("02", "December", "2021-12"),
                ("03", "29 December", "2021-12-29"),
                ("04", "December", "2021-12"),
                ("05", "last year", "2021"),
            ],
        },
        {
            "event": VERDICT, "kind": "count", "role": "charges Maxwell was convicted on", "verdict": "agree",
            "why": "Five charges ('five out of the six counts').",
            "mentions": [
                ("02", "five", 5, {"ctx": "on five charges"}),
                ("03", "five", 5, {"ctx": "on five charges"}),
                ("04", "five", 5, {"ctx": "on five out"}),
            ],
        },
        {
            "event": VERDICT, "kind": "count", "role": "counts Maxwell was tried on", "verdict": "single-source",
            "why": "'five out of the six counts'.",
            "mentions": [("04", "six", 6)],
        },
        {
            "event": VERDICT, "kind": "count", "role": "conspiracy counts Maxwell was convicted on", "verdict": "conflict",
            "why": "Reuters (Sott.net): five charges 'including sex trafficking, transporting a minor ... and two conspiracy counts'; the New York Law Journal: sex trafficking, transporting a minor 'and three related counts of conspiracy' (which makes the five). Two and three cannot both hold.",
            "mentions": [
                ("02", "two", 2),
                ("06", "three", 3),
            ],
        },
        # --- background: the abuse ---
        {
            "event": ABUSE, "kind": "count", "role": "girls Maxwell recruited and groomed", "verdict": "agree",
            "why": "'the recruitment and grooming of four girls'.",
            "mentions": [
                ("03", "four", 4),
                ("04", "four", 4),
            ],
        },
        {
            "event": ABUSE, "kind": "count", "role": "accusers who testified at the trial", "verdict": "single-source",
            "why": "'Four accusers testified against Maxwell during the trial' (a look-alike of the four girls).",
            "mentions": [("04", "Four", 4)],
        },
        {
            "event": ABUSE, "kind": "date", "role": "date-of:the abuse's start", "verdict": "agree",
            "why": "From 1994.",
            "mentions": [
                ("03", "1994", "1994"),
                ("04", "1994", "1994"),
                ("05", "1994", "1994"),
            ],
        },
        {
            "event": ABUSE, "kind": "date", "role": "date-of:the abuse's end", "verdict": "agree",
            "why": "To 2004.",
            "mentions": [
                ("03", "2004", "2004"),
                ("04", "2004", "2004"),
                ("05", "2004", "2004"),
            ],
        },
        {
            "event": ABUSE, "kind": "duration", "role": "duration-of:the abuse", "verdict": "compatible",
            "why": "Maxwell trafficked girls 'for the course of a decade'; Epstein's abuse 'spanning more than a decade' (1994-2004).",
            "mentions": [
                ("05", "a decade", 10, {"note": Y}),
                ("06", "more than a decade", 10, {"low": 10, "high": None, "note": Y}),
            ],
        },
        {
            "event": ABUSE, "kind": "count", "role": "Annie Farmer's age when she met Epstein", "verdict": "single-source",
            "why": "'she was 16 when Maxwell introduced her to Epstein'.",
            "mentions": [("02", "16", 16, {"note": Y})],
        },
        {
            "event": ABUSE, "kind": "duration", "role": "duration-of:an accuser's attempts to go public", "verdict": "single-source",
            "why": "'tried to go public with the abuses for two decades'.",
            "mentions": [("04", "two decades", 20, {"note": Y})],
        },
        # --- background: Epstein's death ---
        {
            "event": EPSTEIN, "kind": "date", "role": "date-of:Epstein's death", "verdict": "agree",
            "why": "Epstein killed himself in prison in 2019.",
            "mentions": [
                ("02", "2019", "2019"),
                ("04", "2019", "2019", {"ctx": "killed himself in 2019"}),
                ("04", "2019", "2019", {"ctx": "in prison in 2019"}),
                ("06", "2019", "2019"),
            ],
        },
        {
            "event": EPSTEIN, "kind": "duration", "role": "duration-of:the time from Epstein's indictment to his death", "verdict": "single-source",
            "why": "'one month after he was indicted'.",
            "mentions": [("02", "one month", 1, {"note": "months"})],
        },
        # --- background: Maxwell's arrest ---
        {
            "event": ARREST, "kind": "date", "role": "date-of:Maxwell's arrest", "verdict": "compatible",
            "why": "Arrested at a New Hampshire estate in July 2020.",
            "mentions": [
                ("02", "July 2020", "2020-07"),
                ("04", "2020", "2020"),
            ],
        },
    ],
}
