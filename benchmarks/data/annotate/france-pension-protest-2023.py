# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the first day of protests against the French pension reform, 19 January 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Crowds and other counts as numbers of people; percentages as numbers; ages in years (count, role
age:...); money in the currency written (note); dates as ISO strings. Thursday = 19 January 2023.
"""

E = "e1"
SECOND = "e2"
Y2019 = "e3"
BILL = "e4"
THU = "2023-01-19"
TUE = "2023-01-31"
SPEC = {
    "description": (
        "The first day of nationwide strikes and marches against the French pension reform, Thursday 19 January 2023, "
        "as seven outlets reported it that day and the next, with one report of the second day (Tuesday 31 January) that "
        "recalls the first day's figures. The crowd nationwide: 1.12 million for the interior ministry ('more than a "
        "million', 'one million and 120,000', one outlet's '1.2 million') against 'two million' / 'at least 2 million' "
        "for the CGT (a police-organiser dispute: conflict); in Paris 80,000 (police) against 400,000 (CGT); Lyon 38,000 "
        "(media) against 23,000 (prefecture); Marseille 26,000 and Nantes 25,000 in both reports; 10,000 / more than "
        "10,000 police, 3,500 in Paris; eight against ten unions; primary teachers on strike 70% (unions) against 42% "
        "(government). Siblings and background whose figures are traps: the second day of 31 January (2.8 million for "
        "the CGT; Paris 500,000 / 87,000 / 55,000; Lyon 25,000, Nantes 28,000, Marseille 40,000, three small towns); the "
        "December 2019 protests (806,000 officially, 1.5 million for the unions); the reform (62 -> 64, first 65 by 2030, "
        "43 years, 85% of the minimum wage, about EUR 1,200, 10 and 23 January, 1 September 2023); the ministry's "
        "expected 750,000 and the unions' expected 1 million."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2023-01-19 and the time line '7:19 p.m., January 19, 2023' (removed from the text)"},
        "02": {"published_how": "the dateline 'MOSCOW, Jan. 20 (Sputnik)' and the URL's 2023-01-20"},
        "03": {"published_how": "inferred: no date on the stored page; the ministry's evening figures reported as news 'on Thursday': taken as 19 January 2023 (a guess within a day)"},
        "04": {"published_how": "the date line 'January 19, 2023' on the stored page (removed from the text)"},
        "05": {"published_how": "inferred: the stored copy has no date; RFI's first version of the same page is dated 2023-01-19 ('date 2023-01-19'), and the government figures 'released on Thursday night'"},
        "06": {"published_how": "inferred: 'this Thursday, January 19' and 'Still without official figures': 19 January 2023"},
        "07": {"published_how": "inferred: no date on the stored page; the ministry's count of Thursday reported as news: taken as 20 January 2023 (a guess within a day)"},
        "08": {"event_hint": "e2", "published_how": "inferred: no date on the stored page; 'marched on Tuesday' with more demonstrators 'than on January 19': 31 January 2023"},
    },
    "events": [
        {"id": E, "label": "the first day of strikes and marches against the pension reform, France, Thursday 19 January 2023", "main": True},
        {"id": SECOND, "label": "the second day of strikes and marches, Tuesday 31 January 2023 (sibling)", "main": False},
        {"id": Y2019, "label": "the protests against the previous pension reform, December 2019 (background)", "main": False},
        {"id": BILL, "label": "the pension reform bill: its terms and timetable (background)", "main": False},
    ],
    "clusters": [
        # --- the first day: crowds ---
        {
            "event": E, "kind": "count", "role": "protesters nationwide", "verdict": "conflict",
            "why": "The interior ministry's count, 1.12 million ('more than a million', 'one million and 120,000'; '1.2 million' in one AFP-based text), against the CGT's 'two million' / 'at least 2 million': police and organisers dispute the crowd (two authorities' counts that cannot both hold). The headline's and the second-day report's 'between 1 and 2 million' span both.",
            "mentions": [
                ("01", "1.12 million", 1120000, {"ctx": "reform, 1.12 million"}),
                ("01", "two million", 2000000, {"ctx": "claims two million"}),
                ("01", "More than a million", 1000000),
                ("01", "1.12 million", 1120000, {"ctx": "(1.12 million)"}),
                ("01", "two million", 2000000, {"ctx": "claimed two million"}),
                ("02", "About 1.12 million", 1120000),
                ("02", "nearly 1.12 million", 1120000),
                ("02", "2 million", 2000000),
                ("03", "At least 2 million", 2000000),
                ("03", "1.12 million", 1120000),
                ("04", "between 1 and 2 million", 1500000, {"low": 1000000, "high": 2000000}),
                ("04", "one million and 120,000", 1120000),
                ("04", "two million", 2000000),
                ("05", "More than one million", 1000000),
                ("05", "more than one million", 1000000),
                ("07", "More than a million", 1000000, {"ctx": "More than a million people have"}),
                ("07", "1.2 million", 1200000),
                ("07", "More than a million", 1000000, {"ctx": "France More than a million"}),
                ("08", "Between one and two million", 1500000, {"low": 1000000, "high": 2000000, "as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Paris", "verdict": "conflict",
            "why": "Paris: 80,000 for the police / interior ministry against 400,000 ('some 400,000') for the CGT.",
            "mentions": [
                ("01", "80,000", 80000),
                ("02", "80,000", 80000),
                ("02", "400,000", 400000),
                ("03", "400,000", 400000),
                ("03", "80,000", 80000),
                ("05", "some 400,000", 400000),
                ("07", "80,000", 80000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Lyon", "verdict": "conflict",
            "why": "Lyon on 19 January: 38,000 in 'figures reported by media' (RFI) against the prefecture's 23,000 (recalled on 31 January).",
            "mentions": [
                ("05", "38,000", 38000),
                ("08", "23,000", 23000, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Marseille", "verdict": "agree",
            "why": "Marseille on 19 January: 26,000 (RFI; the prefecture's figure recalled on 31 January).",
            "mentions": [
                ("05", "26,000", 26000),
                ("08", "26,000", 26000, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Nantes", "verdict": "agree",
            "why": "Nantes on 19 January: 25,000 (RFI; recalled on 31 January). A look-alike of Lyon's 25,000 on 31 January.",
            "mentions": [
                ("05", "25,000", 25000),
                ("08", "25,000", 25000, {"ctx": "(against 25,000)", "as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Toulouse", "verdict": "single-source",
            "why": "36,000 in Toulouse.",
            "mentions": [("05", "36,000", 36000)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Clermont-Ferrand", "verdict": "single-source",
            "why": "19,000 in Clermont-Ferrand.",
            "mentions": [("05", "19,000", 19000)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Montpellier", "verdict": "single-source",
            "why": "15,000 in Montpellier.",
            "mentions": [("05", "15,000", 15000)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Tours", "verdict": "single-source",
            "why": "14,000 in Tours.",
            "mentions": [("05", "14,000", 14000)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Perpignan and in Orleans (each)", "verdict": "single-source",
            "why": "12,000 in Perpignan and in Orleans.",
            "mentions": [("05", "12,000", 12000)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Mulhouse and in Perigueux (each)", "verdict": "single-source",
            "why": "6,500 in Mulhouse and in Perigueux.",
            "mentions": [("05", "6,500", 6500)],
        },
        {
            "event": E, "kind": "count", "role": "protesters in Nice", "verdict": "single-source",
            "why": "At least 20,000 in Nice (the CGT).",
            "mentions": [("03", "at least another 20,000", 20000, {"low": 20000, "high": None})],
        },
        # --- the first day: other figures ---
        {
            "event": E, "kind": "count", "role": "police and gendarmes deployed", "verdict": "compatible",
            "why": "'More than 10,000' (Europe 1 / AFP) and 10,000 (the government, via Anadolu).",
            "mentions": [
                ("01", "More than 10,000", 10000),
                ("03", "10,000", 10000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "police and gendarmes deployed in Paris", "verdict": "agree",
            "why": "3,500 of them in Paris.",
            "mentions": [
                ("01", "3,500", 3500),
                ("03", "3,500", 3500),
            ],
        },
        {
            "event": E, "kind": "count", "role": "arrests in Paris", "verdict": "single-source",
            "why": "Police arrested 38 people in Paris 'so far'.",
            "mentions": [("02", "38", 38)],
        },
        {
            "event": E, "kind": "count", "role": "demonstrations across France", "verdict": "single-source",
            "why": "More than 200 demonstrations.",
            "mentions": [("02", "More than 200", 200)],
        },
        {
            "event": E, "kind": "count", "role": "unions calling the strike", "verdict": "conflict",
            "why": "Sputnik: 'eight leading French trade unions' (and lists eight); Pledge Times: 'called by ten unions'. The counts cannot both hold.",
            "mentions": [
                ("02", "eight", 8),
                ("06", "ten", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crowd the interior ministry expected", "verdict": "single-source",
            "why": "The ministry expected 750,000: an expectation, not a count (a trap for the crowd).",
            "mentions": [("04", "750,000", 750000)],
        },
        {
            "event": E, "kind": "count", "role": "crowd the unions expected", "verdict": "single-source",
            "why": "The unions expected 'around 1 million': an expectation, a look-alike of the ministry's 'more than a million'.",
            "mentions": [("03", "around 1 million", 1000000)],
        },
        {
            "event": E, "kind": "percent", "role": "primary school teachers on strike", "verdict": "conflict",
            "why": "Some 70 percent according to the unions, 42 percent according to the government (one article, two authorities).",
            "mentions": [
                ("05", "some 70 percent", 70),
                ("05", "42 percent", 42),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "middle and high-school teachers on strike", "verdict": "single-source",
            "why": "65 percent for both the unions and the government (one article).",
            "mentions": [
                ("05", "65 percent", 65, {"ctx": "and 65 percent of"}),
                ("05", "65 percent", 65, {"ctx": "42 percent and 65 percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "French citizens opposed to the reform", "verdict": "single-source",
            "why": "More than 60% oppose the reform, according to polls.",
            "mentions": [("04", "more than 60%", 60)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:since the unions were last united", "verdict": "single-source",
            "why": "United for the first time in 12 years.",
            "mentions": [("05", "12 years", 12, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first day of strikes and marches", "verdict": "agree",
            "why": "Thursday 19 January 2023 ('this January 19', 'Thursday, January 19'; 'January 19', 'the 19th' and '19' in the report of the second day).",
            "mentions": [
                ("01", "Thursday", THU),
                ("02", "Thursday", THU, {"ctx": "France on Thursday, French"}),
                ("02", "Thursday", THU, {"ctx": "France on Thursday amid"}),
                ("03", "Thursday", THU, {"ctx": "France on Thursday in mass"}),
                ("03", "Thursday", THU, {"ctx": "Thursday’s protests"}),
                ("05", "Thursday", THU, {"ctx": "France on Thursday to"}),
                ("05", "Thursday", THU, {"ctx": "on strike Thursday"}),
                ("06", "January 19", THU, {"ctx": "this January 19"}),
                ("06", "Thursday", THU),
                ("06", "January 19", THU, {"ctx": "Thursday, January 19"}),
                ("07", "Thursday", THU),
                ("08", "January 19", THU, {"ctx": "than on January 19"}),
                ("08", "January 19", THU, {"ctx": "that of January 19"}),
                ("08", "19", THU, {"ctx": "street than 19."}),
                ("08", "19", THU, {"ctx": "more than 19”"}),
                ("08", "19th", THU),
                ("08", "January 19", THU, {"ctx": "26,000 on January 19"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the government's figures released", "verdict": "single-source",
            "why": "Government figures released on Thursday night (another fact of the same day).",
            "mentions": [("05", "Thursday", THU, {"ctx": "on Thursday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Borne's tweet", "verdict": "single-source",
            "why": "Borne's tweet on Thursday.",
            "mentions": [("03", "Thursday", THU, {"ctx": "tweet on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the Paris march", "verdict": "single-source",
            "why": "The Paris march began at 13:00 GMT.",
            "mentions": [("02", "13:00", "13:00", {"note": "GMT, as written"})],
        },
        {
            "event": E, "kind": "money", "role": "money:a postman's hoped-for pension", "verdict": "single-source",
            "why": "A postman's remark: a retirement of 3,000 euros (a salary he does not have).",
            "mentions": [("06", "3,000 euros", 3000, {"note": "euros"})],
        },
        {
            "event": E, "kind": "money", "role": "money:a postman's expected pension", "verdict": "single-source",
            "why": "The same postman: a 900-euro pension if the reform passes.",
            "mentions": [("06", "900-euro", 900, {"note": "euros"})],
        },
        {
            "event": E, "kind": "count", "role": "age:a postman cannot pedal until", "verdict": "single-source",
            "why": "'until I'm 67': a look-alike of the retirement ages.",
            "mentions": [("06", "67", 67, {"note": "years"})],
        },
        # --- the second day (sibling) ---
        {
            "event": SECOND, "kind": "date", "role": "date-of:the second day of strikes and marches", "verdict": "agree",
            "why": "Tuesday 31 January 2023 ('the second appointment already set for January 31st').",
            "mentions": [
                ("04", "January 31st", TUE),
                ("08", "Tuesday", TUE),
            ],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters nationwide", "verdict": "single-source",
            "why": "31 January: 2.8 million for the CGT (a trap for the first day's two million).",
            "mentions": [("08", "2.8 million", 2800000)],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Paris", "verdict": "conflict",
            "why": "31 January in Paris: the organisers 500,000, the police headquarters 87,000, the firm Occurrence 55,000 (one article, three counters).",
            "mentions": [
                ("08", "500,000", 500000),
                ("08", "87,000", 87000),
                ("08", "55,000", 55000),
            ],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Lyon", "verdict": "single-source",
            "why": "25,000 in Lyon on 31 January (a look-alike of Nantes's 25,000 on 19 January).",
            "mentions": [("08", "25,000", 25000, {"ctx": "25,000 in Lyon"})],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Nantes", "verdict": "single-source",
            "why": "28,000 in Nantes on 31 January.",
            "mentions": [("08", "28,000", 28000)],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Marseille", "verdict": "single-source",
            "why": "Some 40,000 in Marseille on 31 January.",
            "mentions": [("08", "some 40,000", 40000)],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Alès", "verdict": "single-source",
            "why": "7,000 in Alès.",
            "mentions": [("08", "7,000", 7000)],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Angoulême", "verdict": "single-source",
            "why": "8,500 in Angoulême.",
            "mentions": [("08", "8,500", 8500)],
        },
        {
            "event": SECOND, "kind": "count", "role": "protesters in Mende", "verdict": "single-source",
            "why": "2,200 in Mende.",
            "mentions": [("08", "2,200", 2200)],
        },
        {
            "event": SECOND, "kind": "date", "role": "date-of:the Paris procession's departure on 31 January", "verdict": "single-source",
            "why": "Around 2:00 p.m. (a time of the second day).",
            "mentions": [("08", "around 2:00 p.m.", "14:00")],
        },
        {
            "event": SECOND, "kind": "count", "role": "age:a teacher in the Bordeaux procession", "verdict": "single-source",
            "why": "Sandrine Carré, 52.",
            "mentions": [("08", "52", 52, {"note": "years"})],
        },
        # --- 2019 (background) ---
        {
            "event": Y2019, "kind": "date", "role": "date-of:the protests against the previous pension reform", "verdict": "compatible",
            "why": "December 2019 (RFI); '2019' (Pledge Times).",
            "mentions": [
                ("05", "December 2019", "2019-12"),
                ("06", "2019", "2019"),
            ],
        },
        {
            "event": Y2019, "kind": "count", "role": "protesters nationwide", "verdict": "conflict",
            "why": "December 2019: 806,000 officially against 1.5 million for the unions (one article, two counters): traps for the first day's counts.",
            "mentions": [
                ("05", "806,000", 806000),
                ("05", "1.5 million", 1500000),
            ],
        },
        # --- the bill (background) ---
        {
            "event": BILL, "kind": "count", "role": "age:current minimum retirement age", "verdict": "agree",
            "why": "The retirement age is 62 today (four outlets).",
            "mentions": [
                ("03", "62", 62, {"note": "years"}),
                ("04", "62", 62, {"note": "years"}),
                ("05", "62", 62, {"note": "years"}),
                ("06", "62", 62, {"note": "years"}),
            ],
        },
        {
            "event": BILL, "kind": "count", "role": "age:new minimum retirement age", "verdict": "agree",
            "why": "The bill raises it to 64.",
            "mentions": [
                ("03", "64", 64, {"note": "years"}),
                ("04", "64", 64, {"ctx": "from 62 to 64", "note": "years"}),
                ("04", "64", 64, {"ctx": "dropped to 64", "note": "years"}),
                ("05", "64", 64, {"note": "years"}),
                ("06", "64", 64, {"note": "years"}),
                ("08", "64", 64, {"ctx": "leave at 64”:", "note": "years"}),
                ("08", "64", 64, {"ctx": "to 64 years old", "note": "years"}),
                ("08", "64", 64, {"ctx": "leave at 64, I", "note": "years"}),
            ],
        },
        {
            "event": BILL, "kind": "count", "role": "age:retirement age first proposed", "verdict": "single-source",
            "why": "Initially 65.",
            "mentions": [("04", "65", 65, {"note": "years"})],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:the first proposal's age reached", "verdict": "single-source",
            "why": "65 to be reached gradually in 2030.",
            "mentions": [("04", "2030", "2030")],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:Borne's presentation of the bill", "verdict": "agree",
            "why": "Borne presented / unveiled the bill on 10 January 2023.",
            "mentions": [
                ("02", "January 10", "2023-01-10"),
                ("03", "Jan. 10", "2023-01-10"),
            ],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:the bill to be passed", "verdict": "single-source",
            "why": "A bill that should be passed in 2023.",
            "mentions": [("02", "2023", "2023", {"ctx": "passed in 2023"})],
        },
        {
            "event": BILL, "kind": "duration", "role": "rise of the retirement age per year", "verdict": "single-source",
            "why": "Three months per year.",
            "mentions": [("02", "three months", 3, {"note": "months"})],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:the rise begins", "verdict": "single-source",
            "why": "Starting 1 September 2023.",
            "mentions": [("02", "September 1, 2023", "2023-09-01")],
        },
        {
            "event": BILL, "kind": "percent", "role": "minimum pension as a share of the minimum wage", "verdict": "single-source",
            "why": "85% of the minimum wage.",
            "mentions": [("03", "85%", 85)],
        },
        {
            "event": BILL, "kind": "money", "role": "money:minimum pension per month", "verdict": "single-source",
            "why": "Around EUR 1,200 ($1,288) a month: one sum in two currencies.",
            "mentions": [
                ("03", "around €1,200", 1200, {"note": "euros a month"}),
                ("03", "$1,288", 1288, {"note": "US dollars a month (the conversion of EUR 1,200)"}),
            ],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:the 43-year rule applies", "verdict": "single-source",
            "why": "Starting 2027.",
            "mentions": [("03", "2027", "2027")],
        },
        {
            "event": BILL, "kind": "duration", "role": "duration-of:work needed for a full pension", "verdict": "single-source",
            "why": "At least 43 years.",
            "mentions": [("03", "at least 43 years", 43, {"note": "years"})],
        },
        {
            "event": BILL, "kind": "date", "role": "date-of:the bill to the Council of Ministers", "verdict": "single-source",
            "why": "23 January 2023.",
            "mentions": [("03", "Jan. 23", "2023-01-23")],
        },
    ],
}
