# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Ebola (Sudan virus) outbreak declared in Uganda, 20 September 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday 20 September 2022 (the outbreak declared), Wednesday 21 September (Uganda Radio Network's
toll), Friday 23 September, Saturday 24 (NTV), Sunday 25 September (the ministry's counts). Durations in days.
Left out: 'this morning' (relative), 'every day', 'the first case', 'the last major epidemic' (no figure), 'No confirmed
cases in Kampala' (none), district and strain names.
"""

E = "e1"
WESTAFRICA = "e2"
EBOLA = "e3"
PREVIOUS = "e4"
SEP20 = "2022-09-20"
SEP21 = "2022-09-21"
SEP23 = "2022-09-23"
SEP24 = "2022-09-24"
SEP25 = "2022-09-25"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The Ebola outbreak caused by Sudan virus, declared in Mubende district, Uganda, on 20 September 2022, as six "
        "outlets reported its first week (20-26 September): the dead one (20 September) -> eight (Wednesday morning) -> 12 "
        "(21 September) against the ministry's 11 of Friday 23 September, then 19 (24 September) -> 21 (Sunday 25) -> 23 "
        "(as of 25 September) (`conflict`: a cumulative toll that cannot fall); the deaths among confirmed cases four (the "
        "ministry) against five (the WHO) for the same 23 deaths (`conflict`); probable deaths 17 -> 19 (`updated`); "
        "confirmed cases 11 -> 15 -> 16 -> 18 (`updated`); probable (suspected) cases 18 (`agree`); all cases 34 -> 36 "
        "(`updated`); the declaration on 20 September (`agree`) against 'around the beginning of September' (`conflict`); "
        "the first casualty a 24-year-old man; 399 contacts, 104 followed; the case fatality among confirmed cases "
        "28%. Background: the West African epidemic (28,600 infected, more than 11,300 dead, 'in 2015'), Ebola's death rate "
        "up to 90 per cent and incubation of two to 21 days, the previous Sudan-virus outbreak in Uganda in 2012."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2022-09-20 and the URL (20220920)"},
        "02": {"published_how": "the corpus's date line 2022-09-21 and the page's dateline '21 Sep 2022' (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2022-09-24 (removed from the text)"},
        "04": {"published_how": "the corpus's date line 2022-09-26 (removed from the text)"},
        "05": {"published_how": "the corpus's date line 2022-09-26 (removed from the text) and the URL (26 September 2022)"},
        "06": {"published_how": "inferred: no date on the stored page; the WHO's counts 'As of 25 September 2022': 26 September 2022, a guess within a few days"},
    },
    "events": [
        {"id": E, "label": "the Ebola (Sudan virus) outbreak declared in Mubende, Uganda, 20 September 2022", "main": True},
        {"id": WESTAFRICA, "label": "the West African Ebola epidemic (background)", "main": False},
        {"id": EBOLA, "label": "Ebola disease in general: death rate and incubation (background)", "main": False},
        {"id": PREVIOUS, "label": "Uganda's previous Sudan-virus outbreak, 2012 (background)", "main": False},
    ],
    "clusters": [
        # --- deaths ---
        {
            "event": E, "kind": "count", "role": "cumulative Ebola deaths", "verdict": "conflict",
            "why": "A cumulative toll: one death when the outbreak was declared (20 September), eight by Wednesday morning and 12 on 21 September (Uganda Radio Network, whose body adds two hospital deaths and three village deaths to the eight: 13), against the ministry's 11 'On Friday 23' (a cumulative count cannot fall from 12 to 11); then 19 (24 September), 21 ('on Sunday 25'), 23 (as of 25 September, the ministry's and the WHO's later count).",
            "mentions": [
                ("01", "One", 1, {"as_of": SEP20}),
                ("02", "12", 12, {"as_of": SEP21}),
                ("02", "eight", 8, {"as_of": SEP21, "note": "'By Wednesday morning'"}),
                ("04", "11", 11, {"ctx": "confirmed 11 death", "as_of": SEP23}),
                ("04", "11", 11, {"ctx": "cumulative deaths to 11", "as_of": SEP23}),
                ("03", "19", 19, {"ctx": "rise to 19", "as_of": SEP24}),
                ("03", "19", 19, {"ctx": "risen to 19", "as_of": SEP24}),
                ("04", "21", 21, {"ctx": "risen to 21", "as_of": SEP25}),
                ("04", "21", 21, {"ctx": "deaths: 21", "as_of": SEP25}),
                ("05", "23", 23, {"as_of": SEP25}),
                ("06", "23", 23, {"as_of": SEP25}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths among confirmed cases", "verdict": "conflict",
            "why": "Of the same 23 deaths as of 25 September, '4 confirmed, 19 probable' (the ministry, in the ECHO flash) against 'five were among confirmed cases' (the WHO); the ministry's earlier split of 21 also gives 4.",
            "mentions": [
                ("04", "4", 4, {"ctx": "21 (4 confirmed", "as_of": SEP25}),
                ("05", "4", 4, {"as_of": SEP25}),
                ("06", "five", 5, {"as_of": SEP25}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "probable Ebola deaths", "verdict": "updated",
            "why": "'17 probable' of 21 deaths (the ministry's Sunday count) -> '19 probable' of 23 (its later count as of 25 September).",
            "mentions": [
                ("04", "17", 17, {"as_of": SEP25}),
                ("05", "19", 19, {"as_of": SEP25}),
            ],
        },
        one(E, "count", "deaths in hospital on Wednesday morning", "'two people died this morning in the hospital' (21 September).", "02", "two", 2, {"ctx": "that two people"}),
        one(E, "count", "deaths in a village in Madudu on Wednesday", "'three others died in a village in Madudu Sub County'.", "02", "three", 3),
        one(E, "count", "new deaths recorded on Friday", "'3 new death cases were recorded' (Friday 23 September).", "04", "3", 3, {"ctx": "3 new death"}),
        # --- cases ---
        {
            "event": E, "kind": "count", "role": "confirmed Ebola cases", "verdict": "updated",
            "why": "The ministry's confirmed cases rose: 11 (Friday 23 September), 15 (24 September), 16 (Sunday 25), 18 (as of 25 September, the ministry and the WHO).",
            "mentions": [
                ("04", "11", 11, {"ctx": "to 11 confirmed", "as_of": SEP23}),
                ("03", "15", 15, {"ctx": "now at 15", "as_of": SEP24}),
                ("03", "15", 15, {"ctx": "risen to 15", "as_of": SEP24}),
                ("04", "16", 16, {"as_of": SEP25}),
                ("05", "18", 18, {"ctx": "(18 confirmed", "as_of": SEP25}),
                ("06", "18", 18, {"ctx": "18 confirmed", "as_of": SEP25}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "probable Ebola cases", "verdict": "agree",
            "why": "18 probable cases (the ECHO flash calls them 'suspected'), in the ministry's Sunday count and as of 25 September.",
            "mentions": [
                ("04", "18", 18, {"as_of": SEP25}),
                ("05", "18", 18, {"ctx": "18 suspected", "as_of": SEP25}),
                ("06", "18", 18, {"ctx": "18 probable", "as_of": SEP25}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cumulative Ebola cases", "verdict": "updated",
            "why": "'Cumulative cases: 34 (16 confirmed, 18 probable)' (the ministry, Sunday) -> '36 ... (18 confirmed, 18 suspected)' (as of 25 September, the later count).",
            "mentions": [
                ("04", "34", 34, {"as_of": SEP25}),
                ("05", "36", 36, {"as_of": SEP25}),
            ],
        },
        one(E, "count", "new confirmed cases on Friday", "'4 cases of Ebola were confirmed, bringing the cumulative number to 11' (Friday 23 September).", "04", "4", 4, {"ctx": "“4 cases"}),
        one(E, "count", "cases in Kyegegwa district", "'3 in Kyegegwa'.", "04", "3", 3, {"ctx": "3 in Kyegegwa"}),
        one(E, "count", "cases in Kassanda district", "'1 in Kassanda'.", "04", "1", 1),
        one(E, "count", "contacts identified", "'399 contact cases have been identified'.", "05", "399", 399),
        one(E, "count", "contacts under follow-up", "'104 under follow-up'.", "05", "104", 104),
        one(E, "percent", "case fatality among confirmed cases", "'CFR among confirmed cases 28%' (five of 18).", "06", "28%", 28),
        one(E, "count", "age of the first casualty", "'The first casualty was a 24-year-old man' (Sputnik's standfirst saying so is cut off in the stored page).", "04", "24", 24),
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the declaration of the outbreak", "verdict": "conflict",
            "why": "Declared 'On 20 September' (the ECHO flash, the WHO) against Nairobi News's 'Authorities first declared an outbreak ... around the beginning of September': the same act, two dates that cannot both hold.",
            "mentions": [
                ("04", "the beginning of September", "2022-09-01", {"note": "'around the beginning of September'"}),
                ("05", "20 September", SEP20),
                ("06", "20 September 2022", SEP20),
            ],
        },
        one(E, "duration", "duration-of:the time since the first case was confirmed", "'the first case was confirmed two days ago' (on 21 September: 19 September, the laboratory's confirmation before the declaration).", "02", "two days", 2, {"note": "days"}),
        one(E, "date", "date-of:the toll of eight", "'By Wednesday morning, the death toll stood at eight people' (21 September).", "02", "Wednesday", SEP21),
        one(E, "date", "date-of:the ministry's toll of 21", "'has risen to 21 on Sunday 25'.", "04", "Sunday 25", SEP25),
        one(E, "date", "date-of:the ministry's toll of 11", "'On Friday 23, the Ministry confirmed 11 death cases'.", "04", "Friday 23", SEP23),
        {
            "event": E, "kind": "date", "role": "date-of:the counts of 36 cases and 23 deaths", "verdict": "agree",
            "why": "'As of 25 September' (the ECHO flash) / 'As of 25 September 2022' (the WHO).",
            "mentions": [
                ("05", "25 September", SEP25),
                ("06", "25 September 2022", SEP25),
            ],
        },
        # --- background ---
        one(WESTAFRICA, "date", "date-of:the West African epidemic", "'The Ebola epidemic broke out in West Africa in 2015' (as written; it began in 2014).", "01", "2015", "2015"),
        one(WESTAFRICA, "count", "people infected in the West African epidemic", "'28,600 people were infected with Ebola'.", "01", "28,600", 28600),
        one(WESTAFRICA, "count", "deaths in the West African epidemic", "'more than 11,300 of them died'.", "01", "more than 11,300", 11300),
        one(EBOLA, "percent", "Ebola's death rate in some outbreaks", "'ranging up to 90 per cent in some outbreaks'.", "04", "up to 90 per cent", 90, {"high": 90}),
        one(EBOLA, "duration", "duration-of:Ebola's incubation period", "'an incubation period of between two and 21 days'.", "04", "between two and 21 days", 21, {"low": 2, "high": 21, "note": "days"}),
        one(PREVIOUS, "date", "date-of:Uganda's previous Sudan-virus outbreak", "'the first Ebola disease outbreak caused by Sudan virus (SUDV) in Uganda since 2012'.", "06", "2012", "2012"),
    ],
}
