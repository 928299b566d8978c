# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Uvalde (Robb Elementary) school shooting story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
SH = "e2"
BUF = "e3"
GVA = "e4"
DAY = "2022-05-24"
MILE = 1609.344
SPEC = {
    "description": (
        "The shooting at Robb Elementary School in Uvalde, Texas, on Tuesday 24 May 2022, as eight outlets reported "
        "it from that afternoon to 26 May while the toll rose from the governor's 14 children and one teacher (15 "
        "dead) to 18 children and 3 adults, then 19 children and two teachers (21 victims); the gunman's rifle "
        "purchases are dated 17 and 20 May by the Texas Tribune and 17 and 20 March by E! Online. The Sandy Hook "
        "shooting of 14 December 2012 (26 dead, 20 of them children), the Buffalo supermarket shooting ten days "
        "before (10 dead, an 18-year-old gunman) and the Gun Violence Archive's 19 mass shootings since 11 May (44 "
        "dead) are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "inferred: the stored page has no usable date (its date line says 2022-05-14, before the shooting; the URL has 2022/05); it reports Abbott's Tuesday-afternoon toll under an update headline of the same evening (18 children, 3 adults)"},
        "02": {"published_how": "inferred: no date on the stored page; it reports the governor's toll of Tuesday afternoon (15 dead) as news"},
        "03": {"published_how": "'date 2022-05-24' on the stored page"},
        "04": {"published_how": "inferred: no date on the stored page; it reports the toll of Tuesday evening (19 and two) as the latest and a statement made 'this afternoon' (Tuesday)"},
        "05": {"published_how": "the URL's date (/2022/may/25/) and 'date 2022-05-25' on the stored page"},
        "06": {"published_how": "the URL's date (/2022/5/25/) and 'date 2022-05-25' on the stored page"},
        "07": {"published_how": "'date 2022-05-26' on the stored page"},
        "08": {"published_how": "the URL's date (/2022/05/25/)"},
    },
    "events": [
        {"id": "e1", "label": "the shooting at Robb Elementary School, Uvalde, Texas, 24 May 2022", "main": True},
        {"id": "e2", "label": "the Sandy Hook Elementary School shooting, Newtown, 14 December 2012 (background)", "main": False},
        {"id": "e3", "label": "the Buffalo supermarket shooting, 14 May 2022 (background)", "main": False},
        {"id": "e4", "label": "the US mass shootings since 11 May 2022 counted by the Gun Violence Archive (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths:children", "verdict": "updated",
            "why": (
                "The children killed rose as the count was made: at least two (the hospital, early Tuesday afternoon), "
                "14 (the governor, Tuesday afternoon), 18 (Tuesday evening), 19 (from Tuesday night on)."
            ),
            "mentions": [
                ("01", "18", 18, {"ctx": "rises to 18 children"}),
                ("01", "Fourteen", 14, {"as_of": DAY, "note": "the governor's earlier figure, under the update headline"}),
                ("01", "14", 14, {"as_of": DAY, "note": "the governor's earlier figure"}),
                ("02", "14", 14, {"ctx": "said 14 students"}),
                ("02", "14", 14, {"ctx": "says 14 children"}),
                ("03", "14", 14, {"ctx": "killing 14 children"}),
                ("03", "14", 14, {"ctx": "said 14 students"}),
                ("03", "At least two", 2, {"as_of": DAY, "note": "the earliest report, from the hospital"}),
                ("04", "19", 19, {"ctx": "Grief': 19 Children"}),
                ("04", "19", 19, {"ctx": "is 19 children"}),
                ("05", "at least 19", 19),
                ("06", "Nineteen", 19),
                ("07", "19", 19, {"ctx": "about 19 children"}),
                ("08", "19", 19),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:adults (teachers)", "verdict": "conflict",
            "why": (
                "The adults killed were one teacher in the governor's first count (Tuesday afternoon), 3 adults in "
                "PennLive's update headline, then two adults, both teachers, from Tuesday night on: a count revised "
                "down (3 to 2) is a conflict, the 1 to 2 an update."
            ),
            "mentions": [
                ("01", "3", 3, {"ctx": "children, 3 adults"}),
                ("02", "one", 1, {"ctx": "students and one teacher"}),
                ("02", "one", 1, {"ctx": "children and one teacher"}),
                ("03", "one", 1, {"ctx": "so has one teacher"}),
                ("04", "2", 2, {"ctx": "2 Teachers"}),
                ("04", "two", 2, {"ctx": "children and two teachers"}),
                ("04", "two", 2, {"ctx": "The two adults"}),
                ("05", "two", 2, {"ctx": "included two adults"}),
                ("06", "two", 2, {"ctx": "Nineteen children and two teachers"}),
                ("06", "two", 2, {"ctx": "and two fourth grade"}),
                ("07", "two", 2, {"ctx": "children and two teachers"}),
                ("08", "two", 2, {"ctx": "children and two adults"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "All the dead (the gunman apart): 15 in the governor's first count on Tuesday afternoon, 21 victims from Tuesday night on.",
            "mentions": [
                ("02", "At Least 15", 15),
                ("02", "15", 15, {"ctx": "says 15 people"}),
                ("03", "15", 15),
                ("07", "All 21", 21),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "DPS's count of the injured besides the dead (E! Online, 26 May).",
            "mentions": [("07", "at least 17", 17)],
        },
        {
            "event": E, "kind": "count", "role": "injured:in serious condition", "verdict": "single-source",
            "why": "The wounded in hospital in serious condition (Gutierrez); a look-alike of the 3 adults killed and of the injured.",
            "mentions": [("04", "Three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "children taken to Uvalde Memorial Hospital", "verdict": "compatible",
            "why": "The hospital received 13 children; the Sun's 'at least 13' contains it.",
            "mentions": [
                ("01", "13", 13),
                ("02", "At least 13", 13),
                ("03", "13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths at Uvalde Memorial Hospital", "verdict": "agree",
            "why": "The hospital said two of the people (children) brought to it had died; a look-alike of the early 'at least two children' toll.",
            "mentions": [
                ("01", "two", 2, {"ctx": "said two people"}),
                ("03", "two", 2, {"ctx": "News two children"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children transferred to San Antonio", "verdict": "single-source",
            "why": "Two of the 13 children were transferred from Uvalde Memorial to San Antonio.",
            "mentions": [("03", "two", 2, {"ctx": "two of which"})],
        },
        {
            "event": E, "kind": "count", "role": "patients at University Health (San Antonio)", "verdict": "single-source",
            "why": "University Health treated two patients, a child and the 66-year-old grandmother.",
            "mentions": [("03", "two", 2, {"ctx": "treating two patients"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Uvalde from San Antonio", "verdict": "compatible",
            "why": "About 85 miles / 85 miles west of San Antonio (137 km).",
            "mentions": [
                ("01", "about 85 miles", round(85 * MILE), {"note": "metres; written in miles"}),
                ("02", "85 miles", round(85 * MILE), {"ctx": "Uvalde, 85 miles", "note": "metres; written in miles"}),
                ("02", "about 85 miles", round(85 * MILE), {"note": "metres; written in miles"}),
                ("03", "about 85 miles", round(85 * MILE), {"note": "metres; written in miles"}),
                ("04", "about 85 miles", round(85 * MILE), {"note": "metres; written in miles"}),
                ("05", "about 85 miles", round(85 * MILE), {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Uvalde from the Mexican border", "verdict": "single-source",
            "why": "The town is about 75 miles from the border; a look-alike of the 85 miles to San Antonio.",
            "mentions": [("02", "about 75 miles", round(75 * MILE), {"note": "metres; written in miles"})],
        },
        {
            "event": E, "kind": "count", "role": "population of Uvalde", "verdict": "single-source",
            "why": "Uvalde is home to about 16,000 people.",
            "mentions": [("02", "about 16,000", 16000)],
        },
        {
            "event": E, "kind": "count", "role": "enrollment of Robb Elementary", "verdict": "compatible",
            "why": "Just less than 600 students and about 600 students overlap.",
            "mentions": [
                ("02", "just less than 600", 600, {"low": 550, "high": 600}),
                ("06", "about 600", 600),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of Latino students", "verdict": "single-source",
            "why": "The school is about 90% Latinx.",
            "mentions": [("06", "about 90%", 90)],
        },
        {
            "event": E, "kind": "count", "role": "grades taught at the school", "verdict": "single-source",
            "why": "Three grades, second to fourth.",
            "mentions": [("06", "three", 3, {"ctx": "just three grades"})],
        },
        {
            "event": E, "kind": "count", "role": "age:the gunman (Salvador Ramos)", "verdict": "agree",
            "why": "Every outlet says the gunman was 18.",
            "mentions": [
                ("01", "18-year-old", 18, {"ctx": "said an 18-year-old man"}),
                ("01", "18-year-old", 18, {"ctx": "reports the 18-year-old"}),
                ("02", "18-year-old", 18),
                ("03", "18-year-old", 18, {"ctx": "An 18-year-old gunman"}),
                ("03", "18-year-old", 18, {"ctx": "the 18-year-old suspect"}),
                ("04", "18-year-old", 18),
                ("05", "18-year-old", 18),
                ("06", "18-year-old", 18, {"ctx": "carried out by an 18-year-old"}),
                ("07", "18-year-old", 18),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the gunman's grandmother", "verdict": "agree",
            "why": "The grandmother he shot first was 66.",
            "mentions": [("03", "66-year-old", 66), ("07", "66-year-old", 66)],
        },
        {
            "event": E, "kind": "count", "role": "age:Uziyah Garcia", "verdict": "single-source",
            "why": "Age of a child killed.",
            "mentions": [("06", "9-year-old", 9)],
        },
        {
            "event": E, "kind": "count", "role": "age:Amerie Jo Garza", "verdict": "single-source",
            "why": "Age of a child killed.",
            "mentions": [("06", "10-year-old", 10, {"ctx": "10-year-old Amerie"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Jose Flores", "verdict": "single-source",
            "why": "Age of a child killed.",
            "mentions": [("06", "10-year-old", 10, {"ctx": "10-year-old Jose"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Xavier Lopez", "verdict": "single-source",
            "why": "Age of a child killed.",
            "mentions": [("06", "10-year-old", 10, {"ctx": "10-year-old Xavier"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Annabell Guadalupe Rodriguez", "verdict": "single-source",
            "why": "Age of a child killed.",
            "mentions": [("06", "10-year-old", 10, {"ctx": "10-year-old Annabell"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Eva Mireles's teaching career", "verdict": "single-source",
            "why": "The teacher had taught for 17 years.",
            "mentions": [("04", "17 years", 17, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:shooting", "verdict": "agree",
            "why": "The shooting happened on Tuesday 24 May 2022 (late morning into the afternoon).",
            "mentions": [
                ("01", "Tuesday", DAY, {"ctx": "school on Tuesday morning"}),
                ("02", "Tuesday", DAY, {"ctx": "shooting Tuesday at"}),
                ("02", "Tuesday", DAY, {"ctx": "school Tuesday afternoon"}),
                ("04", "Tuesday", DAY),
                ("05", "Tuesday", DAY),
                ("06", "Tuesday", DAY, {"ctx": "Uvalde on Tuesday"}),
                ("06", "Tuesday", DAY, {"ctx": "Tuesday’s attack"}),
                ("07", "May 24", DAY),
                ("08", "Tuesday", DAY, {"ctx": "classroom Tuesday afternoon"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:active shooter reported", "verdict": "single-source",
            "why": "The school district reported an active shooting around 12:17 p.m. local time (CDT).",
            "mentions": [("03", "around 12:17 p.m.", "2022-05-24T12:17-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:shooter reported in custody", "verdict": "single-source",
            "why": "The police reported the shooter in custody as of 1 p.m. local time.",
            "mentions": [("03", "1 p.m.", "2022-05-24T13:00-05:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:last day of the school year", "verdict": "agree",
            "why": "Thursday 26 May was to be the last day of school.",
            "mentions": [
                ("01", "Thursday", "2022-05-26"),
                ("06", "Thursday", "2022-05-26"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:first rifle bought", "verdict": "conflict",
            "why": "The Texas Tribune (from the ATF via Sen. Whitmire) says 17 May, a day after his 18th birthday; E! Online quotes McCraw as saying 17 March: both cannot hold.",
            "mentions": [
                ("07", "March 17", "2022-03-17"),
                ("08", "May 17", "2022-05-17"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:ammunition bought", "verdict": "conflict",
            "why": "The day after the first rifle: 18 May (Texas Tribune) vs 'the next day' after 17 March (E! Online).",
            "mentions": [
                ("07", "the next day", "2022-03-18", {"note": "relative to 'March 17' in the same sentence"}),
                ("08", "May 18", "2022-05-18"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:second rifle bought", "verdict": "conflict",
            "why": "20 May (Texas Tribune) vs 20 March (E! Online).",
            "mentions": [
                ("07", "March 20", "2022-03-20"),
                ("08", "May 20", "2022-05-20"),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rounds of ammunition bought", "verdict": "compatible",
            "why": "375 rounds (Texas Tribune); E! Online's 'more than 375' contains it.",
            "mentions": [
                ("07", "more than 375", 375),
                ("08", "375", 375),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rounds fired", "verdict": "single-source",
            "why": "As many as several hundred rounds fired (Olivarez); a look-alike of the 375 rounds bought.",
            "mentions": [("07", "as many as several hundred", 300, {"low": 200, "high": 999})],
        },
        {
            "event": E, "kind": "count", "role": "rifles bought", "verdict": "agree",
            "why": "He bought two rifles.",
            "mentions": [
                ("05", "two", 2, {"ctx": "with two military-style"}),
                ("08", "two", 2, {"ctx": "bought two AR-style"}),
                ("08", "two", 2, {"ctx": "purchased two AR platform"}),
            ],
        },
        # --- the Sandy Hook shooting of 2012 (background) ---
        {
            "event": SH, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "26 people killed at Sandy Hook.",
            "mentions": [("06", "26", 26), ("07", "26", 26)],
        },
        {
            "event": SH, "kind": "count", "role": "deaths:children", "verdict": "agree",
            "why": "20 of them children; a look-alike of Uvalde's 19 children.",
            "mentions": [
                ("05", "20", 20),
                ("06", "20", 20, {"ctx": "including 20 children"}),
                ("07", "20", 20, {"ctx": "people—including 20"}),
            ],
        },
        {
            "event": SH, "kind": "count", "role": "deaths:adults", "verdict": "single-source",
            "why": "Six adults killed at Sandy Hook.",
            "mentions": [("05", "six", 6)],
        },
        {
            "event": SH, "kind": "count", "role": "age:the Sandy Hook gunman", "verdict": "single-source",
            "why": "The Sandy Hook gunman was 20; a look-alike of the Uvalde gunman's 18.",
            "mentions": [("06", "20-year-old", 20)],
        },
        {
            "event": SH, "kind": "date", "role": "date-of:Sandy Hook shooting", "verdict": "single-source",
            "why": "14 December 2012.",
            "mentions": [("07", "Dec. 14, 2012", "2012-12-14")],
        },
        {
            "event": SH, "kind": "duration", "role": "duration-of:time since Sandy Hook", "verdict": "agree",
            "why": "Almost a decade before Uvalde (nine and a half years).",
            "mentions": [
                ("03", "almost a decade", 10, {"note": "years"}),
                ("05", "almost a decade", 10, {"note": "years"}),
            ],
        },
        # --- the Buffalo supermarket shooting of 14 May 2022 (background) ---
        {
            "event": BUF, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "Ten people killed in Buffalo.",
            "mentions": [("02", "10", 10), ("06", "10", 10, {"ctx": "shot dead 10 people"})],
        },
        {
            "event": BUF, "kind": "duration", "role": "duration-of:time between Buffalo and Uvalde", "verdict": "compatible",
            "why": "Ten days before Uvalde (14 to 24 May): 'less than two weeks' and 'just 10 days' overlap.",
            "mentions": [
                ("02", "less than two weeks", 14, {"low": 7, "high": 14, "note": "days; written in weeks"}),
                ("06", "just 10 days", 10, {"note": "days"}),
            ],
        },
        {
            "event": BUF, "kind": "count", "role": "age:the Buffalo gunman", "verdict": "single-source",
            "why": "The Buffalo gunman was also 18: a look-alike of the Uvalde gunman's age, another person.",
            "mentions": [("06", "18-year-old", 18, {"ctx": "after an 18-year-old"})],
        },
        # --- the Gun Violence Archive's tally (background) ---
        {
            "event": GVA, "kind": "count", "role": "mass shootings since 11 May", "verdict": "single-source",
            "why": "19 mass shootings in the US since 11 May; a look-alike of the 19 children.",
            "mentions": [("07", "19", 19, {"ctx": "have been 19 mass"})],
        },
        {
            "event": GVA, "kind": "count", "role": "deaths in those mass shootings", "verdict": "single-source",
            "why": "At least 44 dead in those shootings, Uvalde included.",
            "mentions": [("07", "at least 44", 44)],
        },
        {
            "event": GVA, "kind": "date", "role": "date-of:start of the count", "verdict": "single-source",
            "why": "The count starts on 11 May 2022.",
            "mentions": [("07", "May 11", "2022-05-11")],
        },
    ],
}
