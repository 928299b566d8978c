# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the WHO's declaration of mpox as a global health emergency, Wednesday 14 August 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings. Tuesday = 13 August 2024 (the Africa CDC's declaration), Wednesday = 14 August 2024 (the WHO's),
Monday = 19 August 2024 (Congo's health minister on vaccines).
A count's scope is part of its role: the DR Congo this year, Africa this year (the Africa CDC's counts), the world this year
(the WHO's count of 19 August), the four neighbours in the past month are four facts.
Left out: "hundreds of deaths" (06, vague), "Today" (01, 04: the speakers' days, relative), "Earlier this week" / "Tomorrow" / "next week" / "days after" (relative, no
figure), "In the past month" and "last year's total" / "total case numbers in 2023" (periods of counts), clade names
("Clade 1", "clade 1b", "Clade 2"), "one of the main reasons".
"""

E = "e1"
ACDC = "e2"
PREV = "e3"
SA = "e4"
VAX = "e5"
HIST = "e6"
TUE = "2024-08-13"
WED = "2024-08-14"
MON = "2024-08-19"
SPEC = {
    "description": (
        "The WHO's declaration on Wednesday 14 August 2024 (`agree`) that the mpox outbreaks in the DR Congo and elsewhere in "
        "Africa are a public health emergency of international concern (six outlets, 13-21 August 2024): the DR Congo's cases "
        "this year 'more than 14,000' (Tedros) / 15,600 (the WHO release, via Becker's) (`compatible`); its deaths this year "
        "524 (Tedros) against Becker's '53' (the release's 537 misprinted) and MENAFN's 517 'in the DRC alone' (`conflict`); "
        "about 90 clade 1b cases in four neighbouring countries; more than a dozen countries. Sibling: the Africa CDC's own "
        "declaration on Tuesday 13 August, with Africa-wide deaths this year 'more than 500' (AP) against 461 (Kaseya, via an "
        "Italian report) (`conflict`), approximately 15,000 cases, 2,863 confirmed cases. Background: the 2022-2023 "
        "emergency (July 2022 - May 2023), the WHO's worldwide count of 19 August (over 17,000 cases, over 500 deaths, more "
        "than 96 per cent in Congo), the virus found in humans in 1970 (`agree`), South Africa's five cases in June."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-08-14 (removed)"},
        "02": {"published_how": "the corpus's date line 2024-08-15 (removed)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; it cites the 'Aug. 14 news release' as news: 15 August 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; it says the WHO will meet 'Tomorrow' (the meeting of 14 August): 13 August 2024"},
        "05": {"published_how": "the corpus's date line 2024-08-21 (removed); the minister spoke on Monday 19 August"},
        "06": {"published_how": "the corpus's date line 2024-08-15 (removed)"},
    },
    "events": [
        {"id": E, "label": "the WHO's declaration of the mpox outbreaks in Africa as a public health emergency of international concern, 14 August 2024", "main": True},
        {"id": ACDC, "label": "the Africa CDC's declaration of a public health emergency of continental security, 13 August 2024 (sibling)", "main": False},
        {"id": PREV, "label": "the WHO's earlier mpox emergency, July 2022 - May 2023 (background)", "main": False},
        {"id": SA, "label": "South Africa's mpox cases in June 2024 (background)", "main": False},
        {"id": VAX, "label": "Congo's announcement of its first vaccine doses, 19 August 2024, with the WHO's worldwide count (background)", "main": False},
        {"id": HIST, "label": "the virus's discovery in monkeys and in humans (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "date-of:the WHO's declaration", "verdict": "agree",
            "why": "Wednesday 14 August 2024 ('on Wednesday', 'an Aug. 14 news release').",
            "mentions": [
                ("01", "Wednesday", WED),
                ("02", "Wednesday", WED),
                ("03", "Aug. 14", WED),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cases:DR Congo, this year", "verdict": "compatible",
            "why": "'the more than 14,000 cases ... reported so far this year in DR Congo' (Tedros) and 'there have been 15,600 mpox cases reported in the Democratic Republic of the Congo' (the WHO release, via Becker's): 15,600 is more than 14,000.",
            "mentions": [
                ("01", "more than 14,000", 14000),
                ("03", "15,600", 15600),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:DR Congo, this year", "verdict": "conflict",
            "why": "'524 deaths reported so far this year in DR Congo' (Tedros) against Becker's 'There have been 53 deaths from mpox reported in the country this year, the release said' (the release said 537: a misprint the text gives as fact) and MENAFN's '517 deaths reported in the DRC alone' (the Africa CDC's count, a day earlier).",
            "mentions": [
                ("01", "524", 524),
                ("03", "53", 53),
                ("06", "517", 517),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries with cases", "verdict": "single-source",
            "why": "'with cases confirmed among children and adults in more than a dozen countries'.",
            "mentions": [("02", "more than a dozen", 12)],
        },
        {
            "event": E, "kind": "count", "role": "cases:clade 1b in the DR Congo's neighbours, in the past month", "verdict": "single-source",
            "why": "'In the past month, about 90 cases of clade 1b have been reported in four countries neighboring the DRC'.",
            "mentions": [("01", "about 90", 90)],
        },
        {
            "event": E, "kind": "count", "role": "neighbouring countries with their first cases", "verdict": "single-source",
            "why": "'four countries neighboring the DRC that have not reported mpox before: Burundi, Kenya, Rwanda and Uganda'.",
            "mentions": [("01", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "strains (clades) of the virus", "verdict": "single-source",
            "why": "'Mpox is classified into two strains'.",
            "mentions": [("02", "two", 2)],
        },
        {
            "event": ACDC, "kind": "date", "role": "date-of:the Africa CDC's declaration", "verdict": "single-source",
            "why": "'made the announcement during an online press briefing on Tuesday' (13 August).",
            "mentions": [("06", "Tuesday", TUE)],
        },
        {
            "event": ACDC, "kind": "count", "role": "deaths:Africa, this year (the Africa CDC)", "verdict": "conflict",
            "why": "At the Africa CDC's declaration: 'with more than 500 deaths' (AP) against 'approximately 15,000 cases of mpox in Africa and 461 deaths' since the beginning of the year (Kaseya, in the Italian report's translation): 461 is not more than 500.",
            "mentions": [
                ("02", "more than 500", 500),
                ("04", "461", 461),
            ],
        },
        {
            "event": ACDC, "kind": "count", "role": "cases:Africa, this year (the Africa CDC)", "verdict": "single-source",
            "why": "'approximately 15,000 cases of mpox in Africa' since the beginning of the year (a look-alike of the DR Congo's 15,600).",
            "mentions": [("04", "approximately 15,000", 15000)],
        },
        {
            "event": ACDC, "kind": "count", "role": "confirmed cases in the affected countries (the Africa CDC)", "verdict": "single-source",
            "why": "'The total number of confirmed cases across these regions has reached 2,863'.",
            "mentions": [("06", "2,863", 2863)],
        },
        {
            "event": VAX, "kind": "count", "role": "cases:worldwide, this year (WHO, 19 August)", "verdict": "single-source",
            "why": "'The WHO has reported over 17,000 mpox cases and over 500 deaths worldwide this year' (Outlook, after Monday's report).",
            "mentions": [("05", "over 17,000", 17000)],
        },
        {
            "event": VAX, "kind": "count", "role": "deaths:worldwide, this year (WHO, 19 August)", "verdict": "single-source",
            "why": "'over 500 deaths worldwide this year' (a look-alike of the Africa CDC's 'more than 500').",
            "mentions": [("05", "over 500", 500)],
        },
        {
            "event": VAX, "kind": "percent", "role": "share:cases and deaths in Congo", "verdict": "single-source",
            "why": "'More than 96 per cent of all cases and deaths have been in Congo'.",
            "mentions": [("05", "More than 96 per cent", 96)],
        },
        {
            "event": VAX, "kind": "date", "role": "date-of:the health minister's vaccine announcement", "verdict": "single-source",
            "why": "'the country's health minister said Monday' (19 August).",
            "mentions": [("05", "Monday", MON)],
        },
        {
            "event": PREV, "kind": "date", "role": "date-of:the earlier emergency's declaration", "verdict": "single-source",
            "why": "'previously declared a public health emergency of international concern in July 2022'.",
            "mentions": [("03", "July 2022", "2022-07")],
        },
        {
            "event": PREV, "kind": "date", "role": "date-of:the earlier emergency's end", "verdict": "single-source",
            "why": "'that declaration ended in May 2023'.",
            "mentions": [("03", "May 2023", "2023-05")],
        },
        {
            "event": HIST, "kind": "date", "role": "date-of:the first human case", "verdict": "agree",
            "why": "'first discovered in humans in 1970' / 'the first human case reported in the DRC in 1970'.",
            "mentions": [
                ("01", "1970", "1970"),
                ("06", "1970", "1970"),
            ],
        },
        {
            "event": HIST, "kind": "date", "role": "date-of:the virus's identification in monkeys", "verdict": "single-source",
            "why": "'first identified in macaque monkeys in the late 1950s'.",
            "mentions": [("06", "1950s", "195x", {"note": "'the late 1950s'"})],
        },
        {
            "event": SA, "kind": "date", "role": "date-of:South Africa's cases", "verdict": "single-source",
            "why": "'In June, South Africa also reported five cases of Mpox' (2024).",
            "mentions": [("06", "June", "2024-06")],
        },
        {
            "event": SA, "kind": "count", "role": "cases:South Africa, June", "verdict": "single-source",
            "why": "'five cases of Mpox'.",
            "mentions": [("06", "five", 5)],
        },
        {
            "event": SA, "kind": "count", "role": "deaths:South Africa, June", "verdict": "single-source",
            "why": "'including one fatality'.",
            "mentions": [("06", "one", 1, {"ctx": "one fatality"})],
        },
        {
            "event": SA, "kind": "count", "role": "age:the man who died in South Africa", "verdict": "single-source",
            "why": "'a 37-year-old man'.",
            "mentions": [("06", "37", 37, {"note": "years"})],
        },
    ],
}
