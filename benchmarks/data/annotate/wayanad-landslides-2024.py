# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Wayanad (Kerala) landslides of 30 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Monday = 29 July 2024, Tuesday = 30 July, Wednesday = 31 July, Friday = 2 August 2024; times in
Indian time (UTC+5:30). Rain in millimetres. Left out: 'hundreds' / 'thousands' (vague), 'Hundreds have been injured',
'the two hamlets', '122 Infantry Battalion' (a unit's name), 'a day ago' (Tuesday, written
relative to Wednesday: kept out as vague), the corpus's date lines and the titles (removed from the texts).
"""

E = "e1"
Y2018 = "e2"
MON = "2024-07-29"
TUE = "2024-07-30"
WED = "2024-07-31"
FRI = "2024-08-02"

SPEC = {
    "description": (
        "The Wayanad landslides, Kerala, early on Tuesday 30 July 2024 (Mundakkai, Chooralmala), as six outlets reported "
        "them from Wednesday 31 July to Friday 2 August: the toll at least 121 -> around 132 -> as many as 167 -> 174 "
        "(Wednesday) -> 210 (the minister, Friday) against Onmanorama's 334 the same Friday (`conflict`); missing over 180 -> "
        "at least 225 (Wednesday), then on Friday 218 (the minister, the district's records) against 280 (Onmanorama, the "
        "same minister) and approximately 300 (the ADGP, Friday morning) (`conflict`); autopsies including body parts 328 "
        "against 28 on Friday (`conflict`); injured 128 -> over 200 -> 264, body parts around 30 -> 61 -> around 133, "
        "children among the dead 22 -> 29, bodies handed over 75 -> 119, still under treatment 78 -> 85 (`updated`); the "
        "landslides on Tuesday (`agree`). Look-alikes: 94 unidentified bodies cremated beside 94 relief camps; 200 injured "
        "beside the 200 mm forecast. Background: the state's monsoon disaster of 2018."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-07-31 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2024-07-31 (removed from the text); 'official sources said on Wednesday'"},
        "03": {"published_how": "the page's dateline 'Wayanad, July 31'"},
        "04": {"published_how": "the URL (2024/Jul/31)"},
        "05": {"published_how": "the URL (20240802); 'said on Friday' (2 August 2024)"},
        "06": {"published_how": "the corpus's date line 2024-08-02 (removed from the text) and the URL (2024/08/02)"},
    },
    "events": [
        {"id": E, "label": "the Wayanad landslides of 30 July 2024 and their toll", "main": True},
        {"id": Y2018, "label": "Kerala's monsoon disaster of 2018 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the landslides", "verdict": "conflict",
            "why": "The toll rose on Wednesday 31 July (at least 121, around 132, as many as 167, 174) and reached 210 by the tourism minister's count on Friday 2 August (210 bodies recovered), while Onmanorama has the toll 'touched 334 on Friday', body parts counted apart: two tolls of the same day that cannot both hold.",
            "mentions": [
                ("01", "At least 121", 121, {"as_of": WED}),
                ("02", "Around 132", 132, {"as_of": WED}),
                ("03", "As many as 167", 167, {"low": None, "high": None, "as_of": WED}),
                ("03", "167", 167, {"ctx": "The 167 dead", "as_of": WED}),
                ("03", "167", 167, {"ctx": "Of the 167 bodies", "as_of": WED}),
                ("04", "174", 174, {"as_of": WED}),
                ("05", "210", 210, {"ctx": "gone up to 210", "as_of": FRI}),
                ("05", "210", 210, {"ctx": "Wayanad, 210 bodies", "as_of": FRI}),
                ("06", "334", 334, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children among the dead", "verdict": "updated",
            "why": "22 children among the 167 dead (Wednesday 31 July) -> 29 among the 210 (Friday 2 August).",
            "mentions": [
                ("03", "22", 22, {"as_of": WED}),
                ("05", "29", 29, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "single-source",
            "why": "'including that of 83 women' (Friday).",
            "mentions": [("05", "83", 83)],
        },
        {
            "event": E, "kind": "count", "role": "bodies identified", "verdict": "single-source",
            "why": "'96 bodies were identified' (Wednesday).",
            "mentions": [("03", "96", 96)],
        },
        {
            "event": E, "kind": "count", "role": "bodies handed over to relatives", "verdict": "updated",
            "why": "75 of the 167 bodies handed over (Wednesday 31 July) -> 119 of the 210 (Friday 2 August).",
            "mentions": [
                ("03", "75", 75, {"as_of": WED}),
                ("05", "119", 119, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "post-mortems of bodies (Wednesday)", "verdict": "single-source",
            "why": "'post-mortem of 166 were completed' (of the 167 bodies; body parts counted apart).",
            "mentions": [("03", "166", 166)],
        },
        {
            "event": E, "kind": "count", "role": "post-mortems of body parts (Wednesday)", "verdict": "single-source",
            "why": "'Out of 61 body parts recovered, the post-mortem of 49 was completed'.",
            "mentions": [("03", "49", 49)],
        },
        {
            "event": E, "kind": "count", "role": "autopsies including body parts (Friday)", "verdict": "conflict",
            "why": "Rediff (the district administration): 'So far, 328 autopsies, including that of body parts'; Onmanorama: 'So far, 28 autopsies including that of body parts', the same day (Friday 2 August): cannot both hold (166 bodies had been examined by Wednesday).",
            "mentions": [
                ("05", "328", 328),
                ("06", "28", 28),
            ],
        },
        {
            "event": E, "kind": "count", "role": "body parts recovered", "verdict": "updated",
            "why": "Around 30 (the district's figures of late Tuesday night) -> 61 (Wednesday) -> around 133 (Friday; both outlets).",
            "mentions": [
                ("02", "around 30", 30, {"as_of": TUE}),
                ("03", "61", 61, {"as_of": WED}),
                ("05", "around 133", 133, {"as_of": FRI}),
                ("06", "around 133", 133, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people injured", "verdict": "updated",
            "why": "128 (Hindustan Times, Wednesday's paper) -> over 200 (Wednesday) -> as many as 264 (Friday).",
            "mentions": [
                ("01", "128", 128, {"as_of": WED}),
                ("02", "over 200", 200, {"as_of": WED}),
                ("03", "over 200", 200, {"as_of": WED}),
                ("05", "As many as 264", 264, {"low": None, "high": None, "as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people admitted to hospitals (Wednesday)", "verdict": "single-source",
            "why": "'219 people were admitted to hospitals from the disaster-hit areas' (a look-alike of the injured).",
            "mentions": [("03", "219", 219)],
        },
        {
            "event": E, "kind": "count", "role": "patients still under treatment", "verdict": "updated",
            "why": "78 still undergoing treatment (Wednesday 31 July) -> 85 (Friday 2 August).",
            "mentions": [
                ("03", "78", 78, {"as_of": WED}),
                ("05", "85", 85, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured discharged from hospitals", "verdict": "single-source",
            "why": "'177 of them have been discharged' (Friday).",
            "mentions": [("05", "177", 177)],
        },
        {
            "event": E, "kind": "count", "role": "injured referred to other institutions", "verdict": "single-source",
            "why": "'two have been referred to other medical institutions'.",
            "mentions": [("05", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "people missing", "verdict": "conflict",
            "why": "Over 180 (Wednesday) -> at least 225 (Wednesday); on Friday 2 August: 218 by the minister from the district's records (Rediff), 280 'confirmed' by the officials and the same minister from the same records (Onmanorama), approximately 300 by the ADGP in the morning: counts of one day that cannot all hold.",
            "mentions": [
                ("02", "Over 180", 180, {"as_of": WED}),
                ("04", "at least 225", 225, {"as_of": WED}),
                ("05", "218", 218, {"as_of": FRI}),
                ("05", "approximately 300", 300, {"as_of": FRI}),
                ("06", "280", 280, {"as_of": FRI}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "houses completely destroyed", "verdict": "single-source",
            "why": "'more than 300 houses were completely destroyed' (Wednesday; a look-alike of the 300 missing).",
            "mentions": [("02", "more than 300", 300)],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered by the Army", "verdict": "single-source",
            "why": "'the Army saying that it has recovered around 89 bodies so far' (Wednesday; a part of the toll).",
            "mentions": [("04", "around 89", 89)],
        },
        {
            "event": E, "kind": "count", "role": "people rescued by the Army", "verdict": "single-source",
            "why": "'rescued nearly 1,000 people'.",
            "mentions": [("04", "nearly 1,000", 1000)],
        },
        {
            "event": E, "kind": "count", "role": "rescue personnel searching", "verdict": "single-source",
            "why": "'Around 1,374 rescue personnel are continuing search operations' (Friday).",
            "mentions": [("05", "Around 1,374", 1374)],
        },
        {
            "event": E, "kind": "count", "role": "family members reached and moved to a camp", "verdict": "single-source",
            "why": "'a family of four isolated in an area near Padavetti Kunnu'.",
            "mentions": [("05", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "unidentified bodies cremated (Friday)", "verdict": "single-source",
            "why": "'the district authority cremated 94 unidentified bodies' (a look-alike of the 94 relief camps).",
            "mentions": [("06", "94", 94, {"ctx": "cremated 94"})],
        },
        {
            "event": E, "kind": "count", "role": "people displaced", "verdict": "single-source",
            "why": "'displaced around 9,910 people in Mundakkai and Chooralmala regions'.",
            "mentions": [("06", "around 9,910", 9910)],
        },
        {
            "event": E, "kind": "count", "role": "relief camps", "verdict": "single-source",
            "why": "'housed at 94 relief camps'.",
            "mentions": [("06", "94", 94, {"ctx": "at 94 relief"})],
        },
        {
            "event": E, "kind": "count", "role": "landslides", "verdict": "single-source",
            "why": "'precipitating two landslides' (the other texts give two times without a count).",
            "mentions": [("01", "two", 2, {"ctx": "precipitating two landslides"})],
        },
        {
            "event": E, "kind": "count", "role": "Indian Air Force helicopters sent", "verdict": "single-source",
            "why": "'two Indian Air Force choppers made their way to the affected areas'.",
            "mentions": [("01", "two", 2, {"ctx": "two Indian Air Force"})],
        },
        {
            "event": E, "kind": "measure", "role": "rain on Monday and Tuesday", "verdict": "single-source",
            "why": "'pummelled by 572mm of rain on Monday and Tuesday'.",
            "mentions": [("01", "572mm", 572, {"note": "millimetres"})],
        },
        {
            "event": E, "kind": "measure", "role": "rain forecast by the IMD", "verdict": "single-source",
            "why": "'had only forecast between 64mm and 200mm of rain': the two ends of one forecast.",
            "mentions": [
                ("01", "64mm", 64, {"note": "millimetres; the lower end"}),
                ("01", "200mm", 200, {"note": "millimetres; the upper end"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rain of 572 mm", "verdict": "single-source",
            "why": "'572mm of rain on Monday and Tuesday' (29 and 30 July 2024).",
            "mentions": [
                ("01", "Monday", MON),
                ("01", "Tuesday", TUE, {"ctx": "on Monday and Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the landslides", "verdict": "agree",
            "why": "Tuesday 30 July 2024, before dawn.",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "at dawn on Tuesday"}),
                ("02", "Tuesday", TUE, {"ctx": "4.10 am on Tuesday"}),
                ("02", "Tuesday", TUE, {"ctx": "early hours of Tuesday"}),
                ("04", "Tuesday", TUE, {"ctx": "Wayanad on Tuesday"}),
                ("04", "Tuesday", TUE, {"ctx": "early Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the landslides (the window)", "verdict": "single-source",
            "why": "'two landslides between 1am and 4am in Chooralmala village' (Tuesday 30 July): a window for both, not the time of either.",
            "mentions": [
                ("01", "1am", "2024-07-30T01:00+05:30"),
                ("01", "4am", "2024-07-30T04:00+05:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the first landslide", "verdict": "single-source",
            "why": "'The landslides occurred around 2 am and 4.10 am on Tuesday'.",
            "mentions": [("02", "2 am", "2024-07-30T02:00+05:30", {"note": "'around'"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the second landslide", "verdict": "single-source",
            "why": "'around 2 am and 4.10 am on Tuesday'.",
            "mentions": [("02", "4.10 am", "2024-07-30T04:10+05:30")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the district's figures of body parts", "verdict": "single-source",
            "why": "'figures released late Tuesday night by the Wayanad district administration'.",
            "mentions": [("02", "Tuesday", TUE, {"ctx": "late Tuesday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the official sources' toll of 132", "verdict": "single-source",
            "why": "'official sources said on Wednesday' (31 July 2024).",
            "mentions": [("02", "Wednesday", WED)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the district administration's toll of 167", "verdict": "single-source",
            "why": "'Wayanad, July 31: ... the district administration said on Wednesday'.",
            "mentions": [
                ("03", "July 31", WED),
                ("03", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the halt of operations", "verdict": "single-source",
            "why": "'Operations were put on hold late on Tuesday due to darkness'.",
            "mentions": [("04", "Tuesday", TUE, {"ctx": "late on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the resumption of operations", "verdict": "single-source",
            "why": "'rescue agencies resumed operations early on Wednesday'.",
            "mentions": [("04", "Wednesday", WED, {"ctx": "early on Wednesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescuers' arrival in cut-off areas", "verdict": "single-source",
            "why": "'The rescuers could reach many inland areas ... on Wednesday morning only'.",
            "mentions": [("04", "Wednesday", WED, {"ctx": "on Wednesday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the minister's toll of 210", "verdict": "single-source",
            "why": "'Kerala Tourism Minister P A Mohamed Riyas said on Friday' (2 August 2024).",
            "mentions": [("05", "Friday", FRI, {"ctx": "Riyas said on Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rescue of a family of four", "verdict": "single-source",
            "why": "'on Friday -- three days after the massive landslides, ... rescuers were able to reach a family of four'.",
            "mentions": [("05", "Friday", FRI, {"ctx": "on Friday --"})],
        },
        {
            "event": E, "kind": "duration", "role": "time since the landslides (Friday)", "verdict": "single-source",
            "why": "'three days ago' / 'three days after the massive landslides' (Friday 2 August).",
            "mentions": [
                ("05", "three days", 3, {"ctx": "three days ago", "note": "days"}),
                ("05", "three days", 3, {"ctx": "three days after", "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Onmanorama's toll of 334", "verdict": "single-source",
            "why": "'The death toll in the landslides touched 334 on Friday'.",
            "mentions": [("06", "Friday", FRI, {"ctx": "334 on Friday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the collector's statement on genetic testing", "verdict": "single-source",
            "why": "'On Friday morning, Wayanad district collector Meghashree D R said'.",
            "mentions": [("06", "Friday", FRI, {"ctx": "On Friday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the cremation of 94 unidentified bodies", "verdict": "single-source",
            "why": "'On Friday, the district authority cremated 94 unidentified bodies'.",
            "mentions": [("06", "Friday", FRI, {"ctx": "On Friday, the district"})],
        },
        {
            "event": Y2018, "kind": "date", "role": "date-of:Kerala's worst monsoon disaster before 2024", "verdict": "single-source",
            "why": "'the state’s worst monsoon disaster since 2018' (a background event).",
            "mentions": [("01", "2018", "2018")],
        },
    ],
}
