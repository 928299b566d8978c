# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Kallakurichi illicit-liquor (methanol) deaths, Tamil Nadu, June 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday = 18 June 2024, Wednesday = 19 June, Thursday = 20 June, Friday = 21 June, Sunday = 23 June
2024. Money in the currency written (rupees: 1 lakh = 100,000; the currency in `note`). Left out: 'almost double' (a
ratio), 'a year after' (vague), 'last night', 'today', 'so far', the page time stamp of 01 (removed from the text).
"""

E = "e1"
TWIN = "e2"
TUE = "2024-06-18"
WED = "2024-06-19"
THU = "2024-06-20"
FRI = "2024-06-21"
SUN = "2024-06-23"

SPEC = {
    "description": (
        "Deaths from illicit liquor laced with methanol in Kallakurichi district, Tamil Nadu, June 2024, as six outlets "
        "reported them from Thursday 20 to Sunday 23 June: the toll 13 (the initial toll) -> 29 (the district collector, "
        "Thursday) -> 33 (Thursday morning) -> 39 (Thursday) -> 47 (Friday) -> 56 (the state bulletin of Sunday 2 pm) "
        "(`updated`); deaths at the Kallakurichi hospital 18 -> 31 (`updated`); people admitted to the Kallakurichi hospital "
        "50 (Wednesday) and, on Thursday, 107 against 109 (`conflict`); everyone hospitalised over 60 -> 165 (`updated`); still "
        "under treatment at least 120 -> 118 -> 157 (`updated`); critical 24 -> at least 30 (`updated`); the first "
        "admissions in the wee hours of Wednesday (19 June) against 'On June 18' (`conflict`). Look-alikes: the 29 bodies "
        "handed over on Thursday, 18 deaths at Salem beside 18 at Kallakurichi, 22 dead in the twin hooch tragedies of "
        "Villupuram and Chengalpattu a year before (a background event)."
    ),
    "documents": {
        "01": {"published_how": "the page's time stamp 'Published 20 June 2024, 02:42 IST' (removed from the text) and the corpus's date line 2024-06-20"},
        "02": {"published_how": "the corpus's date line 2024-06-20 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-06-20 (removed from the text) and the URL (2024/Jun/20)"},
        "04": {"published_how": "the corpus's date line 2024-06-21 (removed from the text)"},
        "05": {"published_how": "the corpus's date line 2024-06-23 (removed from the text); the bulletin of 'Sunday, June 23'"},
        "06": {"published_how": "the URL (2024/jun/20); 'officials said on Thursday'"},
    },
    "events": [
        {"id": E, "label": "deaths from methanol-laced illicit liquor in Kallakurichi, Tamil Nadu, June 2024", "main": True},
        {"id": TWIN, "label": "the twin hooch tragedies of Villupuram and Chengalpattu districts, 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths from the illicit liquor", "verdict": "updated",
            "why": "The toll as it rose: the initial toll of 13, 29 (the district collector, Thursday 20 June), 33 (Thursday morning), 39 (Thursday), 47 (the collector, Friday 21 June), 56 (the state bulletin of Sunday 23 June, 2 pm). Reports of one day differ by their hour, not by contradiction.",
            "mentions": [
                ("01", "At least 29", 29, {"as_of": THU}),
                ("01", "13", 13, {"as_of": WED}),
                ("02", "33", 33, {"ctx": "going up to 33", "as_of": THU}),
                ("02", "At least 33", 33, {"as_of": THU}),
                ("03", "39", 39, {"as_of": THU}),
                ("04", "47", 47, {"ctx": "rose to 47", "as_of": FRI}),
                ("04", "47", 47, {"ctx": "Of them, 47", "as_of": FRI}),
                ("05", "56", 56, {"ctx": "increased to 56", "as_of": SUN}),
                ("05", "56", 56, {"ctx": "of the 56 deaths", "as_of": SUN}),
                ("06", "29", 29, {"ctx": "risen to 29", "as_of": THU}),
                ("06", "Twenty nine", 29, {"as_of": THU}),
                ("06", "29", 29, {"ctx": "Out of the 29 deaths", "as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths at the Kallakurichi government hospital", "verdict": "updated",
            "why": "18 reported dead at the Kallakurichi Government Medical (college) Hospital (Thursday 20 June) -> 31 (the bulletin of Sunday 23 June).",
            "mentions": [
                ("06", "18", 18, {"as_of": THU}),
                ("05", "31", 31, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths at other hospitals (Thursday)", "verdict": "single-source",
            "why": "'11 were reported dead from other hospitals' (of the 29).",
            "mentions": [("06", "11", 11)],
        },
        {
            "event": E, "kind": "count", "role": "deaths at the Salem government hospital", "verdict": "single-source",
            "why": "'18 deaths were reported in the Salem Government Hospital' (Sunday's bulletin; a look-alike of the 18 at Kallakurichi on Thursday).",
            "mentions": [("05", "18", 18, {"ctx": "18 deaths"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths at the Villupuram government hospital", "verdict": "single-source",
            "why": "'four in the Villupuram Government Hospital'.",
            "mentions": [("05", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "deaths at JIPMER, Puducherry", "verdict": "single-source",
            "why": "'three in Pondicherry’s JIPMER Hospital'.",
            "mentions": [("05", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths from Karunapuram", "verdict": "single-source",
            "why": "'Thirty-two of the 56 deaths have been reported from Karunapuram'.",
            "mentions": [("05", "Thirty-two", 32)],
        },
        {
            "event": E, "kind": "count", "role": "men among the dead (Thursday)", "verdict": "single-source",
            "why": "'The deceased include 34 men'.",
            "mentions": [("03", "34", 34)],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead (Thursday)", "verdict": "single-source",
            "why": "'four women'.",
            "mentions": [("03", "four", 4, {"ctx": "four women"})],
        },
        {
            "event": E, "kind": "count", "role": "transgender people among the dead (Thursday)", "verdict": "single-source",
            "why": "'one transgender person'.",
            "mentions": [("03", "one", 1, {"ctx": "one transgender"})],
        },
        {
            "event": E, "kind": "count", "role": "people admitted to the Kallakurichi government hospital", "verdict": "conflict",
            "why": "50 admitted in the wee hours of Wednesday 19 June; on Thursday 20 June DT Next has '109 others' (besides the 33 dead) admitted to the Kallakurichi government medical college hospital, Rediff 'a total of 107' admitted there (59 of them referred elsewhere): two counts of the same admissions on the same day that cannot both hold.",
            "mentions": [
                ("01", "As many as 50", 50, {"low": None, "high": None, "as_of": WED}),
                ("02", "109", 109, {"as_of": THU}),
                ("06", "107", 107, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people hospitalised in all", "verdict": "updated",
            "why": "'Over 60 people have been hospitalised in the incident' (Thursday 20 June) -> 'A total of 165 people were admitted to government hospitals' (the collector, Friday 21 June).",
            "mentions": [
                ("06", "Over 60", 60, {"as_of": THU}),
                ("04", "165", 165, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people still under treatment", "verdict": "updated",
            "why": "At least 120 inpatients (Thursday 20 June) -> 118 undergoing treatment (Friday 21 June) -> 157 still undergoing treatment (Sunday 23 June, after a door-to-door survey found more people who had drunk the liquor).",
            "mentions": [
                ("03", "At least 120", 120, {"as_of": THU}),
                ("04", "118", 118, {"as_of": FRI}),
                ("05", "As many as 157", 157, {"low": None, "high": None, "as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "patients in critical condition", "verdict": "updated",
            "why": "24 critical (Thursday 20 June) -> at least 30 / 30 (Friday 21 June).",
            "mentions": [
                ("03", "24", 24, {"as_of": THU}),
                ("04", "at least 30", 30, {"as_of": FRI}),
                ("04", "30", 30, {"ctx": "The condition of 30", "as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "patients discharged", "verdict": "single-source",
            "why": "'six people have been discharged so far' (Sunday 23 June).",
            "mentions": [("05", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "patients referred from Kallakurichi to other hospitals", "verdict": "single-source",
            "why": "'out of which 59 people were referred to hospital in other places'.",
            "mentions": [("06", "59", 59)],
        },
        {
            "event": E, "kind": "count", "role": "patients admitted to JIPMER", "verdict": "single-source",
            "why": "'Fifteen people were admitted to the JIPMER ... last night'.",
            "mentions": [("06", "Fifteen", 15)],
        },
        {
            "event": E, "kind": "count", "role": "bodies handed over to families (Thursday)", "verdict": "single-source",
            "why": "'the bodies of 29 victims were handed over to their families' (a look-alike of the toll of 29).",
            "mentions": [("03", "29", 29)],
        },
        {
            "event": E, "kind": "count", "role": "bodies cremated on the Gomuki river", "verdict": "single-source",
            "why": "'about 19 bodies were cremated along the banks of the Gomuki river'.",
            "mentions": [("03", "about 19", 19)],
        },
        {
            "event": E, "kind": "count", "role": "bodies cremated elsewhere", "verdict": "single-source",
            "why": "'The bodies of 10 others were cremated at other crematoriums'.",
            "mentions": [("03", "10", 10, {"ctx": "bodies of 10 others"})],
        },
        {
            "event": E, "kind": "count", "role": "police deployed in the district", "verdict": "single-source",
            "why": "'More than 2,000 police personnel'.",
            "mentions": [("03", "More than 2,000", 2000)],
        },
        {
            "event": E, "kind": "count", "role": "people arrested for selling the liquor", "verdict": "single-source",
            "why": "'Four people linked to the sale ... have been arrested so far' (the chief minister, Thursday); DT Next names three arrested without a count.",
            "mentions": [("03", "Four", 4)],
        },
        {
            "event": E, "kind": "money", "role": "solatium to each family of the dead", "verdict": "single-source",
            "why": "'Rs 10 lakh solatium each to the families of the deceased'.",
            "mentions": [("03", "Rs 10 lakh", 1_000_000, {"note": "rupees"})],
        },
        {
            "event": E, "kind": "money", "role": "aid to each person under treatment", "verdict": "single-source",
            "why": "'Rs 50,000 each to those undergoing treatment'.",
            "mentions": [("03", "Rs 50,000", 50_000, {"note": "rupees"})],
        },
        {
            "event": E, "kind": "measure", "role": "liquor seized by police", "verdict": "single-source",
            "why": "'seized 200 litres of pocket liquor'.",
            "mentions": [("02", "200", 200, {"note": "litres"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first admissions to hospital", "verdict": "conflict",
            "why": "Deccan Herald: admitted 'in the wee hours of Wednesday' (19 June 2024), after drinking liquor sold on Tuesday night; The News Minute: 'On June 18, several people in the district were hospitalised': one day apart for the same admissions.",
            "mentions": [
                ("01", "Wednesday", WED),
                ("05", "June 18", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sale of the liquor", "verdict": "single-source",
            "why": "'sold in packets on Tuesday night' (18 June 2024).",
            "mentions": [("01", "Tuesday", TUE)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the transfer of the collector and the suspension of the SP", "verdict": "agree",
            "why": "'On Wednesday ... shunted out the district collector while the SP ... placed under suspension' / 'on Wednesday evening transferred the District Collector ... and placed under suspension the Superintendent of Police' (19 June 2024).",
            "mentions": [
                ("02", "Wednesday", WED),
                ("06", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the toll of 33", "verdict": "single-source",
            "why": "'going up to 33 on Thursday morning' / 'as of Thursday morning' (20 June 2024).",
            "mentions": [
                ("02", "Thursday", THU, {"ctx": "33 on Thursday"}),
                ("02", "Thursday", THU, {"ctx": "as of Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 39", "verdict": "single-source",
            "why": "'rose to 39 on Thursday'.",
            "mentions": [("03", "Thursday", THU, {"ctx": "39 on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the bodies handed over", "verdict": "single-source",
            "why": "'Earlier on Thursday, the bodies of 29 victims were handed over'.",
            "mentions": [("03", "Thursday", THU, {"ctx": "Earlier on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the cremations on the Gomuki river", "verdict": "single-source",
            "why": "'Around 6 pm, about 19 bodies were cremated' (Thursday 20 June).",
            "mentions": [("03", "Around 6 pm", "2024-06-20T18:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Udhayanidhi Stalin's visit to the families", "verdict": "single-source",
            "why": "'who met the victims’ families on Thursday'.",
            "mentions": [("03", "Thursday", THU, {"ctx": "families on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the collector's confirmation of 29 deaths", "verdict": "single-source",
            "why": "'has risen to 29, officials said on Thursday'.",
            "mentions": [("06", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the state bulletin of 56 deaths", "verdict": "single-source",
            "why": "'the latest state government bulletin issued on Sunday, June 23. According to the 2 pm bulletin'.",
            "mentions": [
                ("05", "Sunday", SUN),
                ("05", "June 23", SUN),
                ("05", "2 pm", "2024-06-23T14:00"),
            ],
        },
        {
            "event": TWIN, "kind": "count", "role": "deaths in the twin hooch tragedies of 2023", "verdict": "single-source",
            "why": "'just a year after 22 people died in twin hooch tragedies in Villupuram and Chengalpattu districts' (a background event: its toll must not be compared with Kallakurichi's).",
            "mentions": [("01", "22", 22)],
        },
    ],
}
