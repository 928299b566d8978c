# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the GDL train drivers' six-day strike at Deutsche Bahn, January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (euros unless the note says otherwise; a conversion in the cluster of what it converts);
durations with their unit in `note`; dates as ISO strings, times of day in German time (CET, +01:00; GMT converted).
Tuesday = 23 January 2024 (freight strike begins), Wednesday 24 (passenger strike begins), Saturday 27 (the early end
agreed), Sunday 28, Monday 29 January. Left out: "fourth" (an ordinal), "one of the longest", "1." / "2." (02's numbered
questions), "the two sides", "one of the GDL's main demands", "months-long", "post-war".
"""

E = "e1"
PREV = "e2"
ECON = "e3"
TUE = "2024-01-23"
WED = "2024-01-24"
SAT = "2024-01-27"
SUN = "2024-01-28"
MON = "2024-01-29"
B = 1_000_000_000
SPEC = {
    "description": (
        "The GDL train drivers' strike at Deutsche Bahn, January 2024, as five outlets reported it from 24 to 27 January: six "
        "days (`compatible`: 'Almost six days, 136 hours'); passenger trains from 2 a.m. (0100 GMT) on Wednesday 24 January "
        "(`compatible`: day and time); freight from Tuesday evening against 'January 24' (`conflict`); the passenger strike's "
        "end Monday evening / 6 p.m. / January 29 -> Monday 2 a.m. (Saturday's report) (`updated`), the freight strike's end "
        "Monday -> Sunday 6 p.m. (`updated`); its cost 'a billion euros' ($1.09 billion) / 'up to' €1bn (industry, economists, "
        "the BDI) and 'over half a billion euros' (the transport minister) (`compatible`); the demand of a 35-hour week "
        "(`agree`) from 38 hours (`agree`); 10% more workers needed (`agree`); talks resumed with no strikes until March 3. "
        "Look-alikes: Wednesday's new proposal (a four-year transition), 18 private railway companies, 2026 and 2028, the "
        "union's 40,000 members, 97% in favour. Background: the previous three-day strike two weeks before; Germany's economy "
        "in 2023 (GDP down 0.3 per cent)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; it reports the walk-out 'on Wednesday' (24 January 2024) as news: 24 January 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the strike is 'planned until next Monday': 24 January 2024 (a guess within days)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the drivers 'have begun a six-day strike': 24 January 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; it gives the walk-out of January 24 as news: 25 January 2024 (a guess within days)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the sides 'informed on Saturday' (27 January 2024): 27 January 2024"},
    },
    "events": [
        {"id": E, "label": "the GDL train drivers' strike at Deutsche Bahn, 23-29 January 2024", "main": True},
        {"id": PREV, "label": "the GDL's previous three-day strike, January 2024 (background)", "main": False},
        {"id": ECON, "label": "Germany's economy in 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "duration", "role": "length of the strike", "verdict": "compatible",
            "why": "A 'six-day' strike; 02: 'Almost six days, 136 hours in total' (the passenger strike as planned, Wednesday 2 a.m. to Monday 6 p.m.).",
            "mentions": [
                ("01", "six-day", 6, {"note": "days"}),
                ("02", "six-day", 6, {"note": "days"}),
                ("02", "Almost six days", 6, {"note": "days"}),
                ("02", "136 hours", 136, {"note": "hours"}),
                ("03", "six-day", 6, {"note": "days"}),
                ("03", "six days", 6, {"note": "days"}),
                ("04", "six-day", 6, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the passenger strike", "verdict": "compatible",
            "why": "'began at 2 am (0100 GMT) on Wednesday' (24 January); 'walked off the job on Wednesday'; 'passenger services from Wednesday morning'.",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "job on Wednesday"}),
                ("01", "2 am", "2024-01-24T02:00+01:00"),
                ("01", "0100 GMT", "2024-01-24T02:00+01:00", {"note": "written in GMT"}),
                ("01", "Wednesday", WED, {"ctx": "GMT) on Wednesday"}),
                ("03", "Wednesday", WED, {"ctx": "from Wednesday morning"}),
                ("05", "2 am", "2024-01-24T02:00+01:00", {"ctx": "began at 2 am"}),
                ("05", "0100 GMT", "2024-01-24T02:00+01:00", {"ctx": "2 am (0100 GMT) on Wednesday", "note": "written in GMT"}),
                ("05", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the freight strike", "verdict": "conflict",
            "why": "'began on Tuesday evening' (Reuters) / 'freight transport from Tuesday evening' (FT), 23 January, against 'Freight train operators ... walked off the job January 24' (Technologies and Gadgets).",
            "mentions": [
                ("01", "Tuesday", TUE),
                ("03", "Tuesday", TUE),
                ("04", "January 24", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the passenger strike", "verdict": "updated",
            "why": "Planned until Monday evening, 6 p.m. (29 January) in the reports of 24-25 January; on Saturday 27 January the union moved the end to Monday at 2 a.m. (05 recalls the earlier plan).",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "until Monday evening", "as_of": WED}),
                ("01", "Monday", MON, {"ctx": "through to Monday", "as_of": WED}),
                ("02", "next Monday", MON, {"as_of": WED}),
                ("03", "Monday", MON, {"as_of": WED}),
                ("03", "6pm", "2024-01-29T18:00+01:00", {"as_of": WED}),
                ("04", "January 29", MON, {"as_of": WED}),
                ("05", "Monday", MON, {"ctx": "until Monday evening", "as_of": WED, "note": "the earlier plan, recalled"}),
                ("05", "Monday", MON, {"ctx": "on Monday at 2 am", "as_of": SAT}),
                ("05", "2 am", "2024-01-29T02:00+01:00", {"ctx": "Monday at 2 am", "as_of": SAT}),
                ("05", "0100 GMT", "2024-01-29T02:00+01:00", {"ctx": "Monday at 2 am (0100 GMT)", "as_of": SAT, "note": "written in GMT"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the freight strike", "verdict": "updated",
            "why": "'also ends on Monday' (24 January) -> 'on Sunday at 6 pm (1700 GMT)' (Saturday 27 January).",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "ends on Monday", "as_of": WED}),
                ("05", "Sunday", SUN, {"as_of": SAT}),
                ("05", "6 pm", "2024-01-28T18:00+01:00", {"as_of": SAT}),
                ("05", "1700 GMT", "2024-01-28T18:00+01:00", {"as_of": SAT, "note": "written in GMT"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "cost of the strike to the economy", "verdict": "compatible",
            "why": "'could cost a billion euros ($1.09 billion)' (industry figures and economists) / 'up to a billion euros' (economists) / 'up to €1bn' (business executives; the BDI's Tanja Gönner: 'could reach €1bn'); the transport minister: 'over half a billion euros'. Estimates of one cost that can all hold (0.5 to 1 billion euros).",
            "mentions": [
                ("01", "a billion euros", 1 * B, {"ctx": "cost a billion euros"}),
                ("01", "$1.09 billion", round(1.09 * B), {"note": "US dollars; the conversion of a billion euros"}),
                ("01", "over half a billion euros", round(0.5 * B), {"low": round(0.5 * B), "high": None}),
                ("02", "up to a billion euros", 1 * B),
                ("03", "up to €1bn", 1 * B),
                ("03", "€1bn", 1 * B, {"ctx": "could reach €1bn"}),
                ("04", "over half a billion euros", round(0.5 * B), {"low": round(0.5 * B), "high": None}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "working week demanded", "verdict": "agree",
            "why": "35 hours ('a 35-hour working week', '35-hour weeks', 'to 35 hours per week').",
            "mentions": [
                ("02", "35 hours", 35, {"note": "hours a week"}),
                ("03", "35-hour", 35, {"ctx": "a 35-hour working week", "note": "hours a week"}),
                ("04", "35-hour", 35, {"note": "hours a week"}),
                ("05", "35-hour", 35, {"note": "hours a week"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "working week now", "verdict": "agree",
            "why": "38 hours now.",
            "mentions": [
                ("02", "38", 38, {"note": "hours a week"}),
                ("03", "38 hours", 38, {"note": "hours a week"}),
                ("04", "38 hours", 38, {"note": "hours a week"}),
                ("05", "38 hours", 38, {"note": "hours a week"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "cut in the working week demanded", "verdict": "single-source",
            "why": "'reduce the working day by three hours' (a week's hours).",
            "mentions": [("02", "three hours", 3, {"note": "hours a week"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the demanded 35-hour week", "verdict": "single-source",
            "why": "'by 2028'.",
            "mentions": [("02", "2028", "2028")],
        },
        {
            "event": E, "kind": "duration", "role": "transition in the union's new proposal", "verdict": "single-source",
            "why": "'a longer, four-year transition to a 35-hour week' (Wednesday's proposal).",
            "mentions": [("03", "four-year", 4, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "working week in the new proposal", "verdict": "single-source",
            "why": "'transition to a 35-hour week' (the proposal's goal, the same as the demand: a look-alike).",
            "mentions": [("03", "35-hour", 35, {"ctx": "to a 35-hour week", "note": "hours a week"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the union's new proposal", "verdict": "single-source",
            "why": "'The union presented a new proposal on Wednesday' (24 January: a look-alike of the start).",
            "mentions": [("03", "Wednesday", WED, {"ctx": "proposal on Wednesday"})],
        },
        {
            "event": E, "kind": "percent", "role": "more workers Deutsche Bahn would need", "verdict": "agree",
            "why": "'increase its workforce by 10%' / 'employ 10% more workers'.",
            "mentions": [
                ("04", "10%", 10),
                ("05", "10%", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "members of the GDL", "verdict": "single-source",
            "why": "'The approximately 40,000 members'.",
            "mentions": [("02", "approximately 40,000", 40000)],
        },
        {
            "event": E, "kind": "count", "role": "private railway companies that signed the 35-hour week", "verdict": "single-source",
            "why": "'18 private railway companies signed this proposal' / 'GDL's contracts with 18 railway companies'.",
            "mentions": [
                ("02", "18", 18, {"ctx": "18 private"}),
                ("02", "18", 18, {"ctx": "with 18 railway"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Deutsche Bahn's offer of a choice", "verdict": "single-source",
            "why": "'By 2026, train drivers should be able to choose'.",
            "mentions": [("02", "2026", "2026")],
        },
        {
            "event": E, "kind": "duration", "role": "cut in the working week offered", "verdict": "single-source",
            "why": "'work one hour less per week'.",
            "mentions": [("02", "one hour", 1, {"note": "hours a week"})],
        },
        {
            "event": E, "kind": "percent", "role": "pay rise offered instead", "verdict": "single-source",
            "why": "'or receive a 2.7% pay rise'.",
            "mentions": [("02", "2.7%", 2.7)],
        },
        {
            "event": E, "kind": "count", "role": "age:Claus Weselsky", "verdict": "single-source",
            "why": "'The 64-year-old Saxon Weselsky'.",
            "mentions": [("02", "64", 64, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "members in favour of a multi-day stoppage", "verdict": "single-source",
            "why": "'97% of his union's members voted in favor'.",
            "mentions": [("02", "97%", 97)],
        },
        {
            "event": E, "kind": "duration", "role": "age of Deutsche Bahn", "verdict": "single-source",
            "why": "'the longest in the 30-year history of Deutsche Bahn'.",
            "mentions": [("03", "30-year", 30, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "long-distance trains running", "verdict": "single-source",
            "why": "'about one in five long-distance trains running'.",
            "mentions": [("03", "about one in five", 20, {"note": "written 'one in five'"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the negotiations the union would boycott", "verdict": "single-source",
            "why": "'the next round of negotiations scheduled for January 25'.",
            "mentions": [("04", "January 25", "2024-01-25")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the early end", "verdict": "single-source",
            "why": "'both sides informed on Saturday' (27 January).",
            "mentions": [("05", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "duration", "role": "length of the private negotiations", "verdict": "single-source",
            "why": "'negotiate in private over the next five weeks'.",
            "mentions": [("05", "five weeks", 5, {"note": "weeks"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the truce", "verdict": "single-source",
            "why": "'no strikes until at least March 3' (2024).",
            "mentions": [("05", "March 3", "2024-03-03")],
        },
        {
            "event": PREV, "kind": "duration", "role": "time since the previous strike", "verdict": "single-source",
            "why": "'Two weeks after a previous strike'.",
            "mentions": [("01", "Two weeks", 2, {"note": "weeks"})],
        },
        {
            "event": PREV, "kind": "duration", "role": "length of the previous strike", "verdict": "single-source",
            "why": "'halted national rail traffic for three days' (a look-alike of this strike's six days).",
            "mentions": [("01", "three days", 3, {"note": "days"})],
        },
        {
            "event": ECON, "kind": "percent", "role": "fall in Germany's GDP", "verdict": "single-source",
            "why": "'Gross domestic product shrank by 0.3 per cent last year'.",
            "mentions": [("03", "0.3 per cent", 0.3)],
        },
        {
            "event": ECON, "kind": "date", "role": "date-of:the year of the fall", "verdict": "single-source",
            "why": "'the worst-performing major economy in 2023'.",
            "mentions": [("03", "2023", "2023")],
        },
    ],
}
