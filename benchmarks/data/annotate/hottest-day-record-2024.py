# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the hottest days on record, 21 and 22 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Temperatures in degrees Celsius (a Fahrenheit figure converted, the note says so); dates as ISO strings: Sunday = 21 July
2024 (the first record day, announced on Tuesday 23 July), Monday = 22 July (the second, announced on Wednesday 24 July);
the 2023 record on 6 July 2023 after a streak from 3 July; the 2016 record in August 2016.
The record is one fact that moved: 'the hottest day on record' was Sunday 21 July at 17.09 °C in the reports of 23 July
and Monday 22 July at 17.15 °C in those of 24 July (`updated`, as_of the announcement's day).
Left out: 'C3S' (a name), 'tens of thousands of years' (vague), 'the 13th consecutive month' (an ordinal; the run of 13
months is annotated where written as '13 months'), 'this week', 'the past week', 'the coming days', 'the next few
months' (relative, no figure), 'may' (the modal), 'Four Times' in 05's subheading (see the streak's cluster).
"""

E = "e1"
Y2023 = "e2"
Y2016 = "e3"
MONTHS = "e4"
HEAT = "e5"
SUN = "2024-07-21"
MON = "2024-07-22"
TUE = "2024-07-23"
WED = "2024-07-24"


def f2c(f: float) -> float:
    """Degrees Fahrenheit to Celsius, two decimals."""
    return round((f - 32) * 5 / 9, 2)


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The hottest days on record by the Copernicus Climate Change Service's preliminary data, as six outlets reported "
        "them on 23-25 July 2024: the record global daily average temperature 17.09 °C (62.76 F) on Sunday 21 July (four "
        "reports of Tuesday 23 July) -> 17.15 °C on Monday 22 July (two reports of 24-25 July), 0.06 °C above Sunday's "
        "(`updated`, the temperature and the day); Sunday's margin of 0.01 °C over the 17.08 °C (62.74 F) of 6 July 2023 "
        "(`compatible`); that record broken four days in a row in early July 2023 (`agree`); the record before it, 16.8 °C "
        "in August 2016 (`compatible`: 'August 13, 2016' / 'August 2016'); records since 1940 (`compatible`, 'around "
        "1940'); every month since June 2023 a record, 13 months (`agree`); 2024 possibly the hottest year (`agree`); the "
        "past 12 months 1.64 °C above 1850-1900; heat indices over 60 °C in the Gulf, above 45 °C in parts of Europe."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; Sunday's record reported with Reuters (announced Tuesday 23 July 2024): 23 July 2024, a guess within a day"},
        "02": {"published_how": "inferred: the corpus's date line (2024-07-23; the URL's 20240724 is Sydney time)"},
        "03": {"published_how": "inferred: no date on the stored page; the removed Copernicus post of July 23, 2024 and Sunday's record: 23 July 2024, a guess within a day"},
        "04": {"published_how": "inferred: no date on the stored page; the record 'announced on Tuesday' (23 July 2024): 23 July 2024, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; Monday's record (announced 24 July 2024) and 'Last Monday': 25 July 2024, a guess within a few days"},
        "06": {"published_how": "the page's time stamp (Wed 24 Jul 2024, removed)"},
    },
    "events": [
        {"id": E, "label": "the hottest day on record by Copernicus's data: Sunday 21 July 2024, then Monday 22 July 2024", "main": True},
        {"id": Y2023, "label": "the previous record of 6 July 2023 and its four-day streak (background)", "main": False},
        {"id": Y2016, "label": "the record of August 2016 (background)", "main": False},
        {"id": MONTHS, "label": "the run of record-warm months since June 2023 and the 12-month average (background)", "main": False},
        {"id": HEAT, "label": "the heatwaves of July 2024 in the Gulf and Europe (sibling)", "main": False},
    ],
    "clusters": [
        # --- the record ---
        {
            "event": E, "kind": "measure", "role": "temperature:the hottest day on record (global daily average surface air temperature)", "verdict": "updated",
            "why": "17.09 °C (62.76 F) for Sunday 21 July in the four reports of 23 July; 17.15 °C for Monday 22 July in the reports of 24-25 July ('breaking the previous day’s record', '0.06 degrees higher than Sunday's marginal record'): the record moved a day later.",
            "mentions": [
                ("01", "17.09", 17.09, {"as_of": TUE, "note": "degrees Celsius"}),
                ("02", "17.09", 17.09, {"as_of": TUE, "note": "degrees Celsius"}),
                ("02", "62.76", f2c(62.76), {"as_of": TUE, "note": "degrees Celsius; written in Fahrenheit (62.76 degrees Fahrenheit)"}),
                ("03", "17.09", 17.09, {"as_of": TUE, "note": "degrees Celsius"}),
                ("04", "17.09", 17.09, {"as_of": TUE, "note": "degrees Celsius"}),
                ("05", "17.15", 17.15, {"ctx": "ever at 17.15", "as_of": WED, "note": "degrees Celsius"}),
                ("05", "17.15", 17.15, {"ctx": "climbing to 17.15", "as_of": WED, "note": "degrees Celsius"}),
                ("06", "17.15", 17.15, {"as_of": WED, "note": "degrees Celsius"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the hottest day on record", "verdict": "updated",
            "why": "Sunday 21 July 2024 ('Sunday, July 21, was the hottest day ever recorded', 'broken on Sunday', 'eclipse Sunday’s record') in the reports of 23 July; Monday 22 July ('Monday, July 22 was again the hottest day on record', 'surpassed the record set just a day prior on Sunday, July 21') in those of 24-25 July: the record's day moved.",
            "mentions": [
                ("01", "Sunday", SUN, {"ctx": "rapidity. Sunday", "as_of": TUE}),
                ("01", "July 21", SUN, {"as_of": TUE}),
                ("01", "Sunday", SUN, {"ctx": "Celsius on Sunday", "as_of": TUE}),
                ("01", "Sunday", SUN, {"ctx": "broken on Sunday", "as_of": TUE}),
                ("02", "Sunday", SUN, {"ctx": "London: Sunday", "as_of": TUE}),
                ("02", "July 21", SUN, {"as_of": TUE}),
                ("02", "Sunday", SUN, {"ctx": "temperature on Sunday", "as_of": TUE}),
                ("02", "Sunday", SUN, {"ctx": "eclipse Sunday", "as_of": TUE}),
                ("03", "Sunday", SUN, {"ctx": "Sunday, July 21, was", "as_of": TUE}),
                ("03", "July 21", SUN, {"as_of": TUE}),
                ("03", "Sunday", SUN, {"ctx": "eclipse Sunday", "as_of": TUE}),
                ("04", "Last Sunday", SUN, {"as_of": TUE}),
                ("04", "Sunday", SUN, {"ctx": "the past Sunday", "as_of": TUE}),
                ("04", "July 21", SUN, {"as_of": TUE}),
                ("05", "July 22, 2024", MON, {"as_of": WED}),
                ("05", "Monday", MON, {"ctx": "Europe.\n\nMonday, July 22, marked", "as_of": WED}),
                ("05", "July 22", MON, {"ctx": "Monday, July 22, marked", "as_of": WED}),
                ("05", "Monday", MON, {"ctx": "agency, Monday", "as_of": WED}),
                ("05", "July 22", MON, {"ctx": "agency, Monday, July 22", "as_of": WED}),
                ("05", "Sunday", SUN, {"ctx": "prior on Sunday", "as_of": TUE, "note": "the record before Monday's"}),
                ("05", "July 21", SUN, {"as_of": TUE, "note": "the record before Monday's"}),
                ("05", "Monday", MON, {"ctx": "that Monday", "as_of": WED}),
                ("05", "Sunday", SUN, {"ctx": "than Sunday", "as_of": TUE, "note": "the record before Monday's"}),
                ("05", "Last Monday", MON, {"as_of": WED}),
                ("06", "Monday", MON, {"ctx": "Monday, July 22 was", "as_of": WED}),
                ("06", "July 22", MON, {"as_of": WED}),
                ("06", "Sunday", SUN, {"ctx": "past Sunday, July 21", "as_of": TUE, "note": "the record before Monday's"}),
                ("06", "July 21", SUN, {"as_of": TUE, "note": "the record before Monday's"}),
                ("06", "Sunday", SUN, {"ctx": "than Sunday", "as_of": TUE, "note": "the record before Monday's"}),
                ("06", "This past Monday", MON, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "Monday's margin over Sunday's record", "verdict": "agree",
            "why": "'0.06 degrees Celsius higher than Sunday’s record' / '0.06 degrees higher than Sunday's marginal record' (17.15 - 17.09).",
            "mentions": [
                ("05", "0.06", 0.06, {"note": "degrees Celsius"}),
                ("06", "0.06", 0.06, {"note": "degrees Celsius"}),
            ],
        },
        one(E, "measure", "Sunday's margin over the 2023 record", "'This beats the previous record of July 6, 2023, by just 0.01 degrees Celsius' (17.09 - 17.08).", "04", "0.01", 0.01, {"note": "degrees Celsius"}),
        one(E, "date", "date-of:Copernicus's announcement of Sunday's record", "'the Copernicus Climate Change Service (C3S) announced on Tuesday' (23 July 2024).", "04", "Tuesday", TUE),
        {
            "event": E, "kind": "date", "role": "date-of:the start of Copernicus's records", "verdict": "compatible",
            "why": "'data that began to be recorded in 1940', 'has tracked ... since 1940' (four outlets), 'Weather records date back to around 1940'.",
            "mentions": [
                ("01", "1940", "1940"),
                ("02", "1940", "1940"),
                ("03", "1940", "1940"),
                ("04", "around 1940", "1940"),
                ("05", "1940", "1940"),
                ("06", "1940", "1940"),
            ],
        },
        # --- the 2023 record ---
        {
            "event": Y2023, "kind": "measure", "role": "temperature:the previous record of 6 July 2023", "verdict": "compatible",
            "why": "'the previous record set in July last year, of 17.08 degrees Celsius', 'the previous record set last July of 17.08 (62.74 F)', 'with its 17.08 degrees Celsius': one value, once converted.",
            "mentions": [
                ("01", "17.08", 17.08, {"note": "degrees Celsius"}),
                ("02", "17.08", 17.08, {"note": "degrees Celsius"}),
                ("02", "62.74", f2c(62.74), {"note": "degrees Celsius; written in Fahrenheit (62.74 F)"}),
                ("04", "17.08", 17.08, {"note": "degrees Celsius"}),
            ],
        },
        {
            "event": Y2023, "kind": "date", "role": "date-of:the previous record (6 July 2023)", "verdict": "compatible",
            "why": "'July 6, 2023' (twice in one text) and the end of the streak 'between 3 and 6 July' beside 'in July last year' / 'last July' and 'last year's average daily temperature record': the day, the month and the year holding it.",
            "mentions": [
                ("01", "July", "2023-07", {"ctx": "in July last year"}),
                ("01", "6 July", "2023-07-06"),
                ("01", "last year", "2023", {"ctx": "Reuters that last year"}),
                ("02", "last July", "2023-07"),
                ("04", "July 6, 2023", "2023-07-06", {"ctx": "record of July 6, 2023"}),
                ("04", "July 6, 2023", "2023-07-06", {"ctx": "before July 6, 2023"}),
            ],
        },
        one(Y2023, "date", "date-of:the start of the 2023 streak", "'between 3 and 6 July'.", "01", "3", "2023-07-03"),
        {
            "event": Y2023, "kind": "count", "role": "days in a row the record was broken in 2023", "verdict": "agree",
            "why": "'broken for four days in a row', 'Record Broken Four Times in a Row in 2023', 'broken for four consecutive days', 'set for four consecutive days in a row'.",
            "mentions": [
                ("01", "four", 4),
                ("05", "Four", 4, {"note": "subheading"}),
                ("05", "four", 4),
                ("06", "four", 4),
            ],
        },
        {
            "event": Y2023, "kind": "date", "role": "date-of:the 2023 streak of records", "verdict": "compatible",
            "why": "'in early July 2023' (×3 in two texts), the subheading's 'in 2023' and 'Last year, the record was broken for four days in a row': the month and the year holding it.",
            "mentions": [
                ("01", "Last year", "2023"),
                ("05", "2023", "2023", {"ctx": "a Row in 2023"}),
                ("05", "early July 2023", "2023-07", {"ctx": "streak in early July 2023"}),
                ("05", "early July 2023", "2023-07", {"ctx": "In early July 2023"}),
                ("06", "early July 2023", "2023-07"),
            ],
        },
        # --- 2016 ---
        one(Y2016, "measure", "temperature:the record of August 2016", "'The temperature was then measured at 16.8 degrees Celsius'.", "04", "16.8", 16.8, {"note": "degrees Celsius"}),
        {
            "event": Y2016, "kind": "date", "role": "date-of:the record before 2023", "verdict": "compatible",
            "why": "'comes from August 13, 2016' / 'was set in August 2016' / 'the hottest day was in August 2016': the day and the month holding it.",
            "mentions": [
                ("04", "August 13, 2016", "2016-08-13"),
                ("05", "August 2016", "2016-08"),
                ("06", "August 2016", "2016-08"),
            ],
        },
        # --- the months ---
        {
            "event": MONTHS, "kind": "duration", "role": "duration-of:the run of record-warm months", "verdict": "agree",
            "why": "'Every month since June 2023 - 13 months in a row' / 'the temperature of the last 13 months'.",
            "mentions": [
                ("01", "13 months", 13, {"note": "months"}),
                ("03", "13 months", 13, {"note": "months"}),
            ],
        },
        {
            "event": MONTHS, "kind": "date", "role": "date-of:the start of the run of record-warm months", "verdict": "agree",
            "why": "'Every month since June 2023' (×2).",
            "mentions": [
                ("01", "June 2023", "2023-06"),
                ("03", "June 2023", "2023-06"),
            ],
        },
        one(MONTHS, "date", "date-of:the hottest June on record", "'The previous month was the hottest June on record' (June 2024).", "04", "June", "2024-06"),
        {
            "event": MONTHS, "kind": "date", "role": "date-of:the year that may be the hottest on record", "verdict": "agree",
            "why": "'2024 could surpass 2023 as the hottest year on record' / '2024 could be the hottest year since measurements began'.",
            "mentions": [
                ("01", "2024", "2024"),
                ("03", "2024", "2024"),
            ],
        },
        one(MONTHS, "date", "date-of:the hottest year so far", "'could surpass 2023 as the hottest year on record'.", "01", "2023", "2023", {"ctx": "surpass 2023"}),
        one(MONTHS, "date", "date-of:the end of El Niño", "'El Nino weather phenomenon - which ended in April' (2024).", "01", "April", "2024-04"),
        one(MONTHS, "duration", "duration-of:the period of the 12-month average", "'the average global temperature over the past 12 months'.", "03", "12 months", 12, {"note": "months"}),
        one(MONTHS, "measure", "the 12-month average above the pre-industrial average", "'1.64 degrees Celsius higher than the pre-industrial average of 1850-1900'.", "03", "1.64", 1.64, {"note": "degrees Celsius"}),
        one(MONTHS, "date", "date-of:the start of the pre-industrial baseline", "'of 1850-1900'.", "03", "1850", "1850"),
        one(MONTHS, "date", "date-of:the end of the pre-industrial baseline", "'of 1850-1900'.", "03", "1900", "1900"),
        one(MONTHS, "date", "date-of:Copernicus's announcement of the 12-month average", "'In early July this year Copernicus announced' (2024).", "03", "early July", "2024-07"),
        # --- the heat ---
        one(HEAT, "measure", "heat index in the Gulf countries", "'heat indices have exceeded 60 degrees Celsius when accounting for humidity'.", "05", "60", 60, {"note": "degrees Celsius; 'exceeded 60 degrees'", "low": 60}),
        one(HEAT, "measure", "temperature:parts of Europe", "'temperatures soaring above 45 degrees Celsius'.", "05", "above 45", 45, {"note": "degrees Celsius"}),
    ],
}
