# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Elizabeth Holmes's sentencing of 18 November 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Prison terms and other durations are in months (the note says how each was written), so that
"135-month", "11.25 years" and "11 years and three months" carry one value; money in US dollars;
dates as ISO strings (a month as "YYYY-MM").
"""

E = "e1"
TRIAL = "e2"
BCONV = "e3"
BSENT = "e4"
INDICT = "e5"
WSJ = "e6"
OTHERS = "e7"
RISE = "e8"
SON = "e9"
DAY = "2022-11-18"
USD = "US dollars"
MY = "months; written in years"
SPEC = {
    "description": (
        "The sentencing of Theranos founder Elizabeth Holmes by US District Judge Edward Davila in San Jose on "
        "Friday 18 November 2022, as ten outlets reported it that day: 135 months, written as '135 months', "
        "'11.25 years', '11 years and three months', 'more than 11 years', '11-plus years', 'more than a decade' "
        "and '11-Year', plus three years of supervised release; surrender on 27 April 2023; a fine of $400 ($100 "
        "a count, CNN) against FISM News's '$400 million'; prosecutors had asked for 15 years and $804 million in "
        "restitution, the probation office nine years, the defence at most 18 months; the maximum 20 years and "
        "$250,000 a count; a 'reasonable total loss' of $121 million ($384 million from ten investors); Holmes "
        "38. Background and sibling events whose figures are traps: the trial (from September 2021, 'four-month' "
        "against Reuters's 'three months') and the January 2022 verdict on four of 11 counts (three of fraud, one "
        "of conspiracy); Sunny Balwani's conviction on 12 counts in July and his sentencing on 7 December; the "
        "indictment of 2018 (four years before), the Wall Street Journal's exposé three years before that; other "
        "fraud sentences (10 to 25 years; Skilling's more than 13 years); Theranos's 15-year history, 2013, 2014, "
        "its $9 billion value and Holmes's $4.5 billion fortune; her son, born in July 2021."
    ),
    "documents": {
        "01": {"published_how": "'date 2022-11-18' on the stored page"},
        "02": {"published_how": "inferred: no date on the stored page; reports 'Friday's sentence' as news and the prosecutors' filing 'last week': 18 November 2022"},
        "03": {"published_how": "inferred: no date on the stored page; reports the sentence of 'Friday' as news: 18 November 2022"},
        "04": {"published_how": "the URL's month (/2022/11/); reports the sentence 'on Friday' (18 November 2022) as news"},
        "05": {"published_how": "inferred: no date on the stored page; reports the sentence of 'Friday' as news: 18 November 2022"},
        "06": {"published_how": "the URL's date (/2022/11/18/) on the stored copy of CNN's report"},
        "07": {"published_how": "'date 2022-11-18' on the stored page"},
        "08": {"published_how": "inferred: no date on the stored page; reports the sentence of 'Friday' (18 November 2022, US time) as news; New Zealand's date may be the 19th"},
        "09": {"published_how": "the stored page's 'Created: 19-11-2022 02:56 IST' (18 November 2022, 21:26 UTC; the line was removed with the page's furniture); written during the hearing, before the sentence"},
        "10": {"published_how": "inferred: no date on the stored page; reports the sentence of 'Friday' as news and Balwani's sentencing 'next month': 18 November 2022"},
    },
    "events": [
        {"id": E, "label": "Elizabeth Holmes's sentencing hearing and sentence, San Jose, Friday 18 November 2022", "main": True},
        {"id": TRIAL, "label": "Holmes's trial (September 2021 to January 2022) and the jury's verdict of January 2022 (background)", "main": False},
        {"id": BCONV, "label": "Ramesh 'Sunny' Balwani's conviction, July 2022 (sibling)", "main": False},
        {"id": BSENT, "label": "Balwani's sentencing, set for 7 December 2022 (sibling)", "main": False},
        {"id": INDICT, "label": "the indictment of Holmes and Balwani, 2018 (background)", "main": False},
        {"id": WSJ, "label": "The Wall Street Journal's exposé of Theranos, 2015 (background)", "main": False},
        {"id": OTHERS, "label": "sentences in other major fraud cases, among them Jeffrey Skilling's (background)", "main": False},
        {"id": RISE, "label": "Theranos's history and rise: 2013 launch, Holmes a billionaire in 2014, its peak value (background)", "main": False},
        {"id": SON, "label": "the birth of Holmes's son, July 2021 (background)", "main": False},
    ],
    "clusters": [
        # --- the sentence ---
        {
            "event": E, "kind": "duration", "role": "duration-of:prison sentence imposed", "verdict": "compatible",
            "why": (
                "Davila imposed 135 months: '135 months', '11.25 years' and '11 years and three months' state it exactly; "
                "'more than 11 years', '11-plus years', 'more than a decade' and the US Times's headline '11-Year' state it "
                "less precisely and contain it (the headline rounds down)."
            ),
            "mentions": [
                ("01", "more than 11 years", 132, {"note": MY}),
                ("01", "135-month", 135, {"note": "months"}),
                ("02", "135 months", 135, {"note": "months"}),
                ("02", "more than 11 years", 132, {"note": MY}),
                ("03", "11-plus-year", 132, {"low": 132, "note": "months; written '11-plus-year'"}),
                ("03", "more than a decade", 120, {"note": "months; written 'more than a decade'"}),
                ("03", "11.25 years", 135, {"note": MY}),
                ("04", "11 years and three months", 135, {"note": "months; written in years and months"}),
                ("05", "11-plus years", 132, {"low": 132, "note": "months; written '11-plus years'"}),
                ("05", "11.25 years", 135, {"note": MY}),
                ("06", "more than 11 years", 132, {"note": MY}),
                ("06", "11 years and three months", 135, {"note": "months; written in years and months"}),
                ("07", "11.25 years", 135, {"note": MY}),
                ("08", "more than 11 years", 132, {"note": MY}),
                ("10", "11-Year", 132, {"note": "months; the headline's rounded '11-Year'"}),
                ("10", "11.25 years", 135, {"note": MY}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:supervised release after prison", "verdict": "agree",
            "why": "Three years of supervised release (supervision) after her release from prison.",
            "mentions": [
                ("04", "three years", 36, {"ctx": "three years of supervision", "note": MY}),
                ("05", "three years", 36, {"note": MY}),
                ("06", "three years", 36, {"note": MY}),
                ("10", "three years", 36, {"note": MY}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:surrender to begin the sentence", "verdict": "agree",
            "why": "Holmes must report to prison on 27 April 2023 ('April 27' without the year in two outlets).",
            "mentions": [
                ("01", "April 27, 2023", "2023-04-27"),
                ("02", "April 27", "2023-04-27"),
                ("04", "April 27, 2023", "2023-04-27"),
                ("05", "April 27", "2023-04-27"),
                ("06", "April 27, 2023", "2023-04-27"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:sentencing hearing", "verdict": "agree",
            "why": (
                "The hearing and the sentence were on Friday 18 November 2022 (the Deseret News quotes a reporter's tweet of "
                "'November 18, 2022' from the courtroom; Reuters's 'on Friday' is the same hearing, before the sentence)."
            ),
            "mentions": [
                ("01", "Friday", DAY),
                ("02", "Friday", DAY),
                ("03", "Friday", DAY),
                ("04", "Friday", DAY),
                ("05", "Friday", DAY, {"ctx": "sentenced Friday to"}),
                ("05", "Friday", DAY, {"ctx": "financial penalties Friday"}),
                ("06", "Friday", DAY, {"ctx": "prison on Friday following"}),
                ("06", "Friday", DAY, {"ctx": "his sentence on Friday"}),
                ("07", "Friday", DAY),
                ("07", "November 18, 2022", DAY),
                ("08", "Friday", DAY),
                ("09", "Friday", DAY),
                ("10", "Friday", DAY),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:fine imposed", "verdict": "conflict",
            "why": (
                "CNN: a fine of $400, $100 for each of the four counts; FISM News: 'a massive fine of $400 million'. "
                "The two cannot both hold (restitution was left to a later hearing); FISM's is the slip."
            ),
            "mentions": [
                ("03", "$400 million", 400e6, {"note": USD}),
                ("06", "$400", 400, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:fine per count imposed", "verdict": "single-source",
            "why": "$100 for each count of fraud (CNN).",
            "mentions": [("06", "$100", 100, {"note": USD})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:prison term sought by the prosecutors", "verdict": "agree",
            "why": "The prosecutors asked for 15 years (180 months), in their filing and again at the hearing (Reuters).",
            "mentions": [
                ("02", "15 years", 180, {"note": MY}),
                ("03", "15-year", 180, {"note": MY}),
                ("06", "15-year", 180, {"note": MY}),
                ("07", "15 years", 180, {"note": MY}),
                ("08", "15-year", 180, {"ctx": "the 15-year penalty", "note": MY}),
                ("09", "15-year", 180, {"ctx": "give Holmes 15-year sentence", "note": MY}),
                ("09", "15 years", 180, {"note": MY}),
                ("09", "15-year", 180, {"ctx": "handing down a 15-year", "note": MY}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:prison term asked by the defence (at most)", "verdict": "agree",
            "why": (
                "The defence asked for no prison or at most 18 months (home confinement or house arrest); the outlets "
                "word the form differently, the figure is the same."
            ),
            "mentions": [
                ("02", "18 months", 18, {"note": "months"}),
                ("04", "18 months", 18, {"note": "months"}),
                ("06", "18 months", 18, {"note": "months"}),
                ("07", "18 months", 18, {"note": "months"}),
                ("08", "18 months", 18, {"note": "months"}),
                ("09", "18 months", 18, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:prison term recommended by the probation office", "verdict": "agree",
            "why": "The probation office (officer, panel) recommended nine years.",
            "mentions": [
                ("02", "nine years", 108, {"note": MY}),
                ("06", "nine-year", 108, {"note": MY}),
                ("07", "nine-year", 108, {"note": MY}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:maximum prison term", "verdict": "agree",
            "why": "Holmes faced a maximum of 20 years in prison.",
            "mentions": [
                ("04", "20 years", 240, {"note": MY}),
                ("06", "20 years", 240, {"note": MY}),
                ("08", "20 years", 240, {"note": MY}),
                ("10", "20 years", 240, {"note": MY}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:maximum fine per count", "verdict": "single-source",
            "why": "Up to a $250,000 fine on each count (CNN).",
            "mentions": [("06", "$250,000", 250000, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:restitution sought by the prosecutors", "verdict": "agree",
            "why": "The prosecutors asked for $804 million in restitution to investors.",
            "mentions": [
                ("02", "$804 million", 804e6, {"note": USD}),
                ("07", "$804 million", 804e6, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:reasonable total loss to investors (the judge)", "verdict": "agree",
            "why": "Davila named $121 million a 'reasonable total loss' to investors.",
            "mentions": [
                ("05", "$121 million", 121e6, {"note": USD}),
                ("07", "$121 million", 121e6, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:investor losses the sentence was based on", "verdict": "single-source",
            "why": "$384 million in losses tallied from ten investors (Fierce Biotech): a look-alike of the $121 million, another figure.",
            "mentions": [("05", "$384 million", 384e6, {"note": USD})],
        },
        {
            "event": E, "kind": "count", "role": "investors whose losses were tallied", "verdict": "single-source",
            "why": "Ten investors (Fierce Biotech); a look-alike of the '10 months' and of the '10 to 25 years'.",
            "mentions": [("05", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "age:Elizabeth Holmes", "verdict": "agree",
            "why": "Holmes is 38.",
            "mentions": [
                ("01", "38", 38),
                ("02", "38", 38),
                ("03", "38", 38),
                ("08", "38", 38),
                ("09", "38", 38),
                ("10", "38-year-old", 38),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time from the verdict to the sentence", "verdict": "single-source",
            "why": "The sentence came 10 months after the jury's verdict (3 January to 18 November 2022).",
            "mentions": [("01", "10 months", 10, {"note": "months"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the criminal case since the indictment", "verdict": "agree",
            "why": "Four years since the 2018 indictment ('four-year criminal fraud case'; 'Four years ... since she was indicted').",
            "mentions": [
                ("02", "four-year", 48, {"note": MY}),
                ("10", "Four years", 48, {"note": MY}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Holmes's speech to the court", "verdict": "single-source",
            "why": "A five-minute speech (the Tyler Paper).",
            "mentions": [("02", "five-minute", 5, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "count", "role": "letters urging leniency", "verdict": "single-source",
            "why": "More than 130 people wrote to the judge (Reuters).",
            "mentions": [("09", "More than 130", 130)],
        },
        # --- the trial and the verdict (background) ---
        {
            "event": TRIAL, "kind": "count", "role": "counts Holmes was convicted on", "verdict": "agree",
            "why": "The jury convicted her on four counts (three of wire fraud, one of conspiracy).",
            "mentions": [
                ("01", "four", 4),
                ("04", "four", 4),
                ("05", "four", 4),
                ("06", "four", 4),
                ("08", "four", 4),
                ("10", "four", 4, {"ctx": "convicted on four counts"}),
            ],
        },
        {
            "event": TRIAL, "kind": "count", "role": "counts of investor fraud convicted", "verdict": "agree",
            "why": "Three of the four counts were of (wire) fraud against investors: a part of the four, not the four.",
            "mentions": [
                ("03", "three", 3),
                ("09", "three", 3, {"ctx": "her on three counts"}),
            ],
        },
        {
            "event": TRIAL, "kind": "count", "role": "counts of conspiracy convicted", "verdict": "agree",
            "why": "One count of conspiracy: the other part of the four.",
            "mentions": [
                ("03", "one", 1, {"ctx": "and one count"}),
                ("09", "one", 1, {"ctx": "and one count"}),
            ],
        },
        {
            "event": TRIAL, "kind": "count", "role": "counts Holmes was tried on", "verdict": "agree",
            "why": "She faced 11 counts at trial; a look-alike of the 'more than 11 years'.",
            "mentions": [
                ("04", "11", 11, {"ctx": "four of 11 counts"}),
                ("10", "11", 11, {"ctx": "faced 11 counts"}),
            ],
        },
        {
            "event": TRIAL, "kind": "date", "role": "date-of:the jury's verdict", "verdict": "compatible",
            "why": "The jury's verdict of 3 January 2022: 'January' in most outlets, 'early January' in FISM News.",
            "mentions": [
                ("02", "January", "2022-01"),
                ("03", "early January", "2022-01", {"note": "the first days of the month"}),
                ("06", "January", "2022-01", {"ctx": "conviction in January"}),
                ("06", "January", "2022-01", {"ctx": "convicted in January"}),
                ("08", "January", "2022-01", {"ctx": "was convicted in January in the scheme"}),
                ("08", "January", "2022-01", {"ctx": "and conspiracy in January"}),
                ("09", "January", "2022-01"),
                ("10", "January", "2022-01"),
            ],
        },
        {
            "event": TRIAL, "kind": "duration", "role": "duration-of:the trial", "verdict": "conflict",
            "why": (
                "The trial ran from 8 September 2021 to the verdict of 3 January 2022, about four months (the Tyler Paper's "
                "'four-month trial'); Reuters's 'a trial that spanned three months' is another figure (a judgement call: "
                "testimony ended in mid-December, but the intervals do not meet)."
            ),
            "mentions": [
                ("02", "four-month", 4, {"note": "months"}),
                ("09", "three months", 3, {"note": "months"}),
            ],
        },
        {
            "event": TRIAL, "kind": "date", "role": "date-of:the trial began", "verdict": "single-source",
            "why": "The trial began in September 2021 ('September last year').",
            "mentions": [("02", "September", "2021-09")],
        },
        # --- Balwani (siblings) ---
        {
            "event": BCONV, "kind": "count", "role": "counts Balwani was convicted on", "verdict": "agree",
            "why": "Balwani was found guilty on all 12 counts (charges) in July 2022; a look-alike of Holmes's counts.",
            "mentions": [
                ("04", "12", 12),
                ("10", "12", 12),
            ],
        },
        {
            "event": BCONV, "kind": "date", "role": "date-of:Balwani's conviction", "verdict": "single-source",
            "why": "July 2022.",
            "mentions": [("10", "July", "2022-07", {"ctx": "charges in July"})],
        },
        {
            "event": BSENT, "kind": "date", "role": "date-of:Balwani's sentencing", "verdict": "compatible",
            "why": "Balwani's sentencing was set for 7 December 2022 ('next month' in the US Times, written in November).",
            "mentions": [
                ("04", "December 7", "2022-12-07"),
                ("10", "next month", "2022-12", {"note": "relative to 18 November 2022"}),
            ],
        },
        # --- other background ---
        {
            "event": INDICT, "kind": "date", "role": "date-of:the indictment", "verdict": "single-source",
            "why": "Holmes and Balwani were indicted in 2018.",
            "mentions": [("04", "2018", "2018")],
        },
        {
            "event": WSJ, "kind": "duration", "role": "duration-of:time from the exposé to the indictment", "verdict": "single-source",
            "why": "The indictment came three years after the Wall Street Journal's exposé (2015); a look-alike of the three years of supervised release.",
            "mentions": [("04", "three years", 36, {"ctx": "2018, three years after", "note": MY})],
        },
        {
            "event": OTHERS, "kind": "duration", "role": "duration-of:sentences in other major fraud cases", "verdict": "single-source",
            "why": "Sentences ranging from 10 to 25 years in other major fraud cases (prosecutors' papers, via Reuters).",
            "mentions": [("09", "10 to 25 years", 210, {"low": 120, "high": 300, "note": "months; a range written in years (value its middle)"})],
        },
        {
            "event": OTHERS, "kind": "duration", "role": "duration-of:Skilling's prison sentence", "verdict": "single-source",
            "why": "Jeffrey Skilling was sentenced to more than 13 years: a look-alike of Holmes's 'more than 11 years'.",
            "mentions": [("09", "more than 13 years", 156, {"note": MY})],
        },
        {
            "event": RISE, "kind": "duration", "role": "duration-of:Theranos's history", "verdict": "single-source",
            "why": "Theranos's 15-year history (2003-2018): a look-alike of the prosecutors' 15-year request.",
            "mentions": [("08", "15-year", 180, {"ctx": "turbulent 15-year history", "note": MY})],
        },
        {
            "event": RISE, "kind": "date", "role": "date-of:Theranos's launch in public", "verdict": "single-source",
            "why": "Theranos burst on the scene in 2013.",
            "mentions": [("03", "2013", "2013")],
        },
        {
            "event": RISE, "kind": "date", "role": "date-of:Holmes became a billionaire", "verdict": "single-source",
            "why": "Holmes became a billionaire in 2014.",
            "mentions": [("03", "2014", "2014")],
        },
        {
            "event": RISE, "kind": "money", "role": "money:Theranos's peak value", "verdict": "single-source",
            "why": "Theranos's peak value of $9 billion.",
            "mentions": [("03", "$9 billion", 9e9, {"note": USD})],
        },
        {
            "event": RISE, "kind": "money", "role": "money:Holmes's fortune at its peak", "verdict": "single-source",
            "why": "Holmes's fortune of $4.5 billion (half of the company's $9 billion value, her stake): another figure.",
            "mentions": [("10", "$4.5 billion", 4.5e9, {"note": USD})],
        },
        {
            "event": SON, "kind": "count", "role": "age:Holmes's son", "verdict": "compatible",
            "why": "Her son, born in July 2021, was 15 or 16 months old: '15-month-old' and the AP's 'year-old' (rounded down).",
            "mentions": [
                ("02", "15-month-old", 15, {"note": "months"}),
                ("08", "year-old", 12, {"low": 12, "high": 23, "note": "months; 'a year-old son'"}),
            ],
        },
        {
            "event": SON, "kind": "date", "role": "date-of:the son's birth", "verdict": "single-source",
            "why": "The son was born in July 2021.",
            "mentions": [("10", "July 2021", "2021-07")],
        },
    ],
}
