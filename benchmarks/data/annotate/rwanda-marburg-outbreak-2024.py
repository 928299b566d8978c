# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Rwanda's Marburg virus outbreak, September-December 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Durations with their unit in `note`; dates as ISO strings. Saturday = 28 September 2024 (the first toll), Sunday = 6
October 2024 (the minister's briefing on the vaccine). Left out: 02's dateline "3rd October 2024", the WHO texts'
as-of dates of their counts ("As of 3 October", "As of 24 October 2024", "as of 23 October", "as of 20 October 2024")
and of its previous bulletin's days ("23 and 24 October"), the epidemiological weeks' numbers and dates ("week 39 (23 to
29 September 2024)" ...), the ages "between 30 and 39", "one of the largest", "one major cluster with three branches",
"the first two epidemiological weeks", "two health facilities", "the last month", "an additional death".
"""

E = "e1"
PAST = "e2"
D0928 = "2024-09-28"
D1003 = "2024-10-03"
D1006 = "2024-10-06"
D1018 = "2024-10-18"
D1024 = "2024-10-24"
END = "2024-12-20"
SPEC = {
    "description": (
        "Rwanda's first Marburg virus outbreak, declared on 27 September 2024, as six outlets reported it from 28 September "
        "to its end in December 2024: confirmed cases 20 -> 36 -> 46 -> 62 -> 64 -> 66 (`updated`); deaths six -> 11 -> 12 "
        "-> 15 (`updated`; one outlet writes 'at least 12 health workers'); case fatality 31% -> 23.4% -> 22.7% "
        "(`updated`); health workers' share 80% / 'over 70%' -> 'over 82%' (`updated`); patients in isolation 25 -> 29 -> "
        "three (`updated`); contacts 323 (the minister) against 410 (WHO) on 3 October, then 'at least 400' -> 1146 "
        "(`conflict`); the declaration on 27 September (`agree`); 700 vaccine doses, 5,000 doses of remdesivir; look-alikes: "
        "29 health workers infected, 46 recovered, weekly counts 26 / 23 / 12 / one, seven new cases, 'seven of the 30 "
        "districts'. Background whose figures are traps: Marburg's fatality in earlier outbreaks ('up to 88%', 'between 24% "
        "and 88%', 'half')."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the minister's announcement 'late on Saturday' (28 September 2024) as news: 29 September 2024 (a guess within a day)"},
        "02": {"published_how": "the text's dateline '3rd October 2024'"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; WHO's figures 'As of 3 October': 4 October 2024 (a guess within days)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; the minister's statement 'On Sunday, October 6th, 2024' as news: 7 October 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; WHO's Disease Outbreak News with figures 'As of 24 October 2024' (published on 25 October 2024): 25 October 2024 (a guess within days)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; the declaration of the outbreak's end (20 December 2024) as news: 20 December 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Rwanda's Marburg virus outbreak, September-December 2024", "main": True},
        {"id": PAST, "label": "earlier Marburg virus outbreaks (their fatality; background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "cases", "verdict": "updated",
            "why": "Confirmed cases 20 (28 September) -> 36 (3 October) -> 46 (6 October) -> 62 (17 October) -> 64 (24 October) -> 66 (the outbreak's end).",
            "mentions": [
                ("01", "20", 20, {"ctx": "and 20 reported", "as_of": D0928}),
                ("01", "20", 20, {"ctx": "identified 20", "as_of": D0928}),
                ("02", "36", 36, {"as_of": D1003}),
                ("03", "36", 36, {"as_of": D1003}),
                ("04", "at least 46", 46, {"as_of": D1006}),
                ("04", "46", 46, {"ctx": "were 46 confirmed", "as_of": D1006}),
                ("05", "62", 62, {"ctx": "of the 62 initially", "as_of": D1018, "note": "the cases before the two of 23 and 24 October"}),
                ("05", "64", 64, {"as_of": D1024}),
                ("05", "62", 62, {"ctx": "The 62 confirmed", "as_of": D1018, "note": "the cases before the two of 23 and 24 October"}),
                ("06", "66", 66, {"as_of": END}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "Six dead (28 September) -> 11 (3 October) -> 12 (6 October; The Explorer writes 'at least 12 health workers', the whole toll) -> 15 (24 October and at the end).",
            "mentions": [
                ("01", "six", 6, {"ctx": "with six fatalities", "as_of": D0928}),
                ("01", "six", 6, {"ctx": "sadly, six", "as_of": D0928}),
                ("02", "11", 11, {"as_of": D1003}),
                ("03", "11", 11, {"as_of": D1003}),
                ("04", "at least 12", 12, {"as_of": D1006, "note": "written 'at least 12 health workers'"}),
                ("04", "six", 6, {"as_of": D0928}),
                ("05", "15", 15, {"as_of": D1024}),
                ("06", "15", 15, {"as_of": END}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "case fatality rate", "verdict": "updated",
            "why": "31% (11 of 36, 3 October) -> 23.4% (15 of 64, 24 October) -> 22.7% (15 of 66, the end).",
            "mentions": [
                ("03", "31%", 31, {"as_of": D1003}),
                ("05", "23.4%", 23.4, {"as_of": D1024}),
                ("06", "22.7%", 22.7, {"as_of": END}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cases:added on 2 October", "verdict": "single-source",
            "why": "'confirmed seven new cases and an additional death yesterday'.",
            "mentions": [("02", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "cases:added on 23 and 24 October", "verdict": "single-source",
            "why": "'two additional laboratory-confirmed cases'.",
            "mentions": [("05", "two", 2, {"ctx": "2024, two additional"})],
        },
        {
            "event": E, "kind": "percent", "role": "health workers' share of the cases", "verdict": "updated",
            "why": "80% (the minister) / 'over 70%' (WHO) on 3 October, compatible; 'over 82%' on 24 October.",
            "mentions": [
                ("02", "80%", 80, {"as_of": D1003}),
                ("03", "over 70%", 70, {"as_of": D1003}),
                ("05", "over 82%", 82, {"as_of": D1024}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "health workers infected", "verdict": "single-source",
            "why": "'with 29 cases reported among them' (a look-alike of the 29 in isolation on 6 October).",
            "mentions": [("02", "29", 29)],
        },
        {
            "event": E, "kind": "count", "role": "patients in isolation", "verdict": "updated",
            "why": "25 receiving care in isolation (3 October) -> 29 in isolation (6 October) -> three under care (23 October).",
            "mentions": [
                ("02", "25", 25, {"as_of": D1003}),
                ("04", "29", 29, {"as_of": D1006}),
                ("05", "three", 3, {"ctx": "and three cases", "as_of": "2024-10-23"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "recovered", "verdict": "single-source",
            "why": "'46 confirmed cases have recovered' (23 October; a look-alike of the 46 cases of 6 October).",
            "mentions": [("05", "46", 46)],
        },
        {
            "event": E, "kind": "count", "role": "contacts followed", "verdict": "conflict",
            "why": "On 3 October the minister's briefing (EAC RCC): 'monitoring 323 identified contacts'; WHO, same day: '410 contacts under follow-up' (two sources, one day: they cannot both hold); then 'at least 400' (6 October) and 1146 (20 October).",
            "mentions": [
                ("02", "323", 323, {"as_of": D1003}),
                ("03", "410", 410, {"as_of": D1003}),
                ("04", "at least 400", 400, {"as_of": D1006}),
                ("05", "1146", 1146, {"as_of": "2024-10-20"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "districts with cases", "verdict": "single-source",
            "why": "'reported from seven of the 30 districts' (3 October).",
            "mentions": [("03", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "districts of Rwanda", "verdict": "single-source",
            "why": "'seven of the 30 districts in the country'.",
            "mentions": [("03", "30", 30)],
        },
        {
            "event": E, "kind": "count", "role": "districts of Kigali with most cases", "verdict": "single-source",
            "why": "'Most of the cases have been reported from the three districts in Kigali city'.",
            "mentions": [("05", "three", 3, {"ctx": "the three districts"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the outbreak's declaration", "verdict": "agree",
            "why": "27 September 2024.",
            "mentions": [
                ("03", "27 September 2024", "2024-09-27"),
                ("04", "Sept. 27", "2024-09-27"),
                ("05", "27 September", "2024-09-27"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the first toll", "verdict": "single-source",
            "why": "'announced the grim news late on Saturday' (28 September 2024).",
            "mentions": [("01", "Saturday", D0928)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the minister's statement on the vaccine", "verdict": "single-source",
            "why": "'On Sunday, October 6th, 2024'.",
            "mentions": [
                ("04", "Sunday", D1006),
                ("04", "October 6th, 2024", D1006),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:WHO's previous bulletin", "verdict": "single-source",
            "why": "'Since the last Disease Outbreak News on this event was published on 18 October 2024'.",
            "mentions": [("05", "18 October 2024", D1018)],
        },
        {
            "event": E, "kind": "count", "role": "vaccine doses received", "verdict": "single-source",
            "why": "'after receiving 700 doses of the vaccine from the Sabin Vaccine Institute'.",
            "mentions": [("04", "700", 700)],
        },
        {
            "event": E, "kind": "count", "role": "doses of remdesivir expected", "verdict": "single-source",
            "why": "'expecting 5,000 doses of remdesivir'.",
            "mentions": [("02", "5,000", 5000)],
        },
        {
            "event": E, "kind": "count", "role": "travellers isolated in Germany", "verdict": "single-source",
            "why": "'two travelers returning to Germany from Rwanda tested negative'.",
            "mentions": [("02", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "contacts who travelled to Belgium", "verdict": "single-source",
            "why": "'One contact travelled to Belgium from Rwanda'.",
            "mentions": [("03", "One", 1)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the monitoring of a contact", "verdict": "single-source",
            "why": "'completed the 21-day monitoring period'.",
            "mentions": [("03", "21-day", 21, {"note": "days"})],
        },
        {
            "event": E, "kind": "percent", "role": "share of the first 62 cases who were male", "verdict": "single-source",
            "why": "'70% of the 62 initially confirmed cases were among males' (a look-alike of the 'over 70%' of health workers).",
            "mentions": [("05", "70%", 70)],
        },
        {
            "event": E, "kind": "percent", "role": "share of the first 62 cases aged 30 to 39", "verdict": "single-source",
            "why": "'48% were among adults between 30 and 39 years of age'.",
            "mentions": [("05", "48%", 48)],
        },
        {
            "event": E, "kind": "count", "role": "cases:in epidemiological week 39 (23-29 September)", "verdict": "single-source",
            "why": "'26 cases reported in the epidemiological week 39'.",
            "mentions": [("05", "26", 26)],
        },
        {
            "event": E, "kind": "count", "role": "cases:in epidemiological week 40 (30 September - 6 October)", "verdict": "single-source",
            "why": "'23 cases in week 40'.",
            "mentions": [("05", "23", 23, {"ctx": "and 23 cases"})],
        },
        {
            "event": E, "kind": "count", "role": "cases:in epidemiological week 41 (7-13 October)", "verdict": "single-source",
            "why": "'with 12 and one cases reported respectively' (a look-alike of the 12 deaths).",
            "mentions": [("05", "12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "cases:in epidemiological week 42 (14-20 October)", "verdict": "single-source",
            "why": "'with 12 and one cases reported respectively'.",
            "mentions": [("05", "one", 1, {"ctx": "12 and one"})],
        },
        {
            "event": E, "kind": "count", "role": "tests conducted", "verdict": "single-source",
            "why": "'a total of 5074 tests for Marburg virus have been conducted' (24 October).",
            "mentions": [("05", "5074", 5074)],
        },
        {
            "event": E, "kind": "count", "role": "samples tested daily", "verdict": "single-source",
            "why": "'approximately 100-300 samples being tested daily'.",
            "mentions": [("05", "approximately 100-300", 200, {"low": 100, "high": 300, "note": "a range (value its middle)"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time without new cases before the end", "verdict": "single-source",
            "why": "'no new cases have been reported in the past two weeks'.",
            "mentions": [("06", "two weeks", 2, {"note": "weeks"})],
        },
        {
            "event": PAST, "kind": "percent", "role": "highest case fatality rate of Marburg outbreaks", "verdict": "agree",
            "why": "'case fatality rates (up to 88%)' / 'killed between 24% and 88% of those infected'.",
            "mentions": [
                ("03", "up to 88%", 88),
                ("04", "88%", 88),
            ],
        },
        {
            "event": PAST, "kind": "percent", "role": "lowest case fatality rate of earlier Marburg outbreaks", "verdict": "single-source",
            "why": "'between 24% and 88%'.",
            "mentions": [("04", "24%", 24)],
        },
        {
            "event": PAST, "kind": "percent", "role": "average case fatality rate of Marburg", "verdict": "single-source",
            "why": "'on average, the Marburg virus kills half of the people it infects' (WHO).",
            "mentions": [("04", "half", 50, {"note": "written 'half'"})],
        },
    ],
}
