# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Turkey-Syria earthquakes story of 6 February 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
SECOND = "e2"
AFTER = "e3"
IZMIT = "e4"
ERZ = "e5"
JAPAN = "e6"
WAR = "e7"
DAY = "2023-02-06"
MILE = 1609.344
KM = "metres; written in km"
SPEC = {
    "description": (
        "The magnitude 7.8 (USGS; AFAD 7.4, TVP 7.9) earthquake that struck south-eastern Turkey and northern Syria "
        "at 4:17 am on Monday 6 February 2023, as eight outlets reported it from that Monday to Friday 10 February "
        "while the tolls rose: Turkey 284 -> 912 -> 1,121 -> 3,381 -> 3,549 -> 5,894 -> 18,342; Syria's government "
        "areas 237 -> 326 -> 371 and the opposition-held north-west 211 vs 221 (White Helmets) -> 255 (OCHA); all "
        "Syria 592 -> 1,444 -> 1,602 -> 1,932 -> 3,377; both countries 1,200 -> 1,300 -> 1,500 -> 1,700 -> 4,800 -> "
        "7,826 -> 21,500. The second quake of that afternoon (7.6 / 7.7) and a 6.7 aftershock 15 minutes after the "
        "first are sibling events; the 1999 Izmit quake (17,000 / 18,000 dead, magnitude 7.6), the 1939 Erzincan "
        "quake (magnitude 7.8, 32,000 dead), the 2011 Japan quake and Syria's civil war are background events "
        "whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; it reports Erdogan's toll of Monday afternoon (912) as the latest"},
        "02": {"published_how": "inferred: no date on the stored page; it reports Monday's tolls (912 in Turkey, 371 and 211 in Syria) as the latest"},
        "03": {"published_how": "inferred: no date on the stored page; it reports Erdogan's Monday toll (912) as the latest"},
        "04": {"published_how": "inferred: no date on the stored page; AFAD's 1,121 was the toll of Monday evening"},
        "05": {"published_how": "inferred: no date on the stored page; it reports AFAD's 3,549, the toll of Tuesday 7 February"},
        "06": {"published_how": "inferred: no date on the stored page; it reports AFAD's toll of 'Tuesday morning'"},
        "07": {"published_how": "inferred: 'what we know so far on day two' and Syria's toll 'on Tuesday night' (a summary of Tuesday 7 February, dated by its Wednesday morning)"},
        "08": {"published_how": "'Fri 10 February 2023' at the head of the stored page and in the URL (/2023/02/10/)"},
    },
    "events": [
        {"id": "e1", "label": "the magnitude 7.8 earthquake in south-eastern Turkey and northern Syria, 6 February 2023, and the disaster's toll", "main": True},
        {"id": "e2", "label": "the second quake of 6 February 2023, that afternoon (sibling)", "main": False},
        {"id": "e3", "label": "the 6.7 aftershock about 15 minutes after the first quake (sibling)", "main": False},
        {"id": "e4", "label": "the 1999 Izmit earthquake (background)", "main": False},
        {"id": "e5", "label": "the 1939 Erzincan earthquake (background)", "main": False},
        {"id": "e6", "label": "the 2011 earthquake and tsunami off Fukushima, Japan (background)", "main": False},
        {"id": "e7", "label": "the Syrian civil war (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths:Turkey", "verdict": "updated",
            "why": (
                "Turkey's toll rose as bodies were found: 284 (Oktay, Monday late morning), 912 (Erdogan, Monday "
                "afternoon), 1,121 (AFAD, Monday evening), 3,381 (AFAD, Tuesday morning), 3,549 (Tuesday), 5,894 "
                "(Tuesday night), 18,342 (Friday)."
            ),
            "mentions": [
                ("01", "912", 912),
                ("01", "at least 284", 284, {"as_of": DAY, "note": "Oktay's earlier figure, Monday"}),
                ("02", "912", 912),
                ("03", "912", 912, {"ctx": "has left 912 dead"}),
                ("03", "At least 912", 912),
                ("04", "1,121", 1121),
                ("05", "At least 3,549", 3549),
                ("06", "3,381", 3381),
                ("07", "5,894", 5894),
                ("08", "At least 18,342", 18342),
                ("08", "18,342", 18342, {"ctx": "reached 18,342"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Syria, government-held areas", "verdict": "updated",
            "why": "The Syrian health ministry's toll for the areas it controls rose from 237 to more than 326 ('a previous report') to at least 371 on Monday.",
            "mentions": [
                ("01", "237", 237),
                ("02", "at least 371", 371),
                ("03", "at least 371", 371),
                ("04", "More than 326", 326, {"note": "'a previous report from Syria's health ministry'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Syria, opposition-held north-west", "verdict": "conflict",
            "why": (
                "The White Helmets' Monday toll, given with the same 419 injured, is 211 (TVP) and 221 (Dawn News): "
                "both cannot hold; OCHA's 255 came later."
            ),
            "mentions": [
                ("02", "211", 211),
                ("03", "221", 221),
                ("04", "255", 255),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Syria, all areas", "verdict": "updated",
            "why": "All of Syria: 592 on Monday (371 + 221), 1,444 on Tuesday morning, 1,602 on Tuesday, 1,932 on Tuesday night, 3,377 on Friday.",
            "mentions": [
                ("03", "More than 592", 592),
                ("03", "592", 592, {"ctx": "Syria to 592 dead"}),
                ("05", "1,602", 1602),
                ("06", "1,444", 1444),
                ("07", "1,932", 1932),
                ("08", "at least 3,377", 3377),
                ("08", "At least 3,377", 3377),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Turkey and Syria", "verdict": "updated",
            "why": (
                "The combined toll rose: more than 1,200 / 1,300 / 1,500 / 1,700 on Monday, more than 4,800 on Tuesday "
                "morning, 7,826 on Tuesday night, 21,500 ('tens of thousands') on Friday."
            ),
            "mentions": [
                ("01", "1300", 1300),
                ("01", "more than 1,300", 1300),
                ("02", "more than 1,500", 1500),
                ("02", "more than 1,200", 1200, {"note": "the body's earlier figure under the headline's 1,500"}),
                ("04", "more than 1,700", 1700),
                ("06", "more than 4,800", 4800),
                ("07", "more than 7,800", 7800),
                ("07", "7,826", 7826),
                ("08", "21,500", 21500, {"low": 21500, "high": None, "note": "'has passed 21,500'"}),
                ("08", "tens of thousands", 20000, {"low": 20000, "high": 99999}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:WHO's projection", "verdict": "single-source",
            "why": "The WHO warned deaths could exceed 20,000: a forecast, a look-alike of the later tolls.",
            "mentions": [("07", "20,000", 20000, {"low": 20000, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "injured:Turkey", "verdict": "conflict",
            "why": (
                "Turkey's injured rose (over 2,300 on Monday morning, 5,383 with Erdogan's 912 dead, 20,426 on Tuesday "
                "morning, around 32,000 on Tuesday night), but Dawn's 'more than 5,385' excludes the 5,383 of the same "
                "statement, and Wardoon's 15,384, given with the later toll of 3,549, is below the morning's 20,426."
            ),
            "mentions": [
                ("01", "over 2,300", 2300, {"as_of": DAY}),
                ("02", "5,383", 5383),
                ("03", "nearly 5,400", 5400),
                ("03", "more than 5,385", 5385),
                ("05", "15,384", 15384),
                ("06", "20,426", 20426),
                ("07", "around 32,000", 32000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:Syria, government-held areas", "verdict": "updated",
            "why": "The health ministry's injured rose from 639 to 1,042 ('a previous report') to 1,089 ('more than 1,000').",
            "mentions": [
                ("01", "Six hundred and thirty-nine", 639),
                ("02", "1,089", 1089),
                ("03", "more than 1,000", 1000),
                ("04", "1,042", 1042),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:Syria, opposition-held north-west", "verdict": "updated",
            "why": "419 injured (White Helmets, Monday), 811 (OCHA, later).",
            "mentions": [
                ("02", "419", 419),
                ("03", "419", 419),
                ("04", "811", 811),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:Syria, all areas", "verdict": "single-source",
            "why": "The ministry's and the White Helmets' injured together on Tuesday morning.",
            "mentions": [("06", "3,500", 3500)],
        },
        {
            "event": E, "kind": "count", "role": "injured:Malatya province", "verdict": "single-source",
            "why": "Injured in one province; a look-alike of the national counts.",
            "mentions": [("01", "As many as 420", 420, {"low": None, "high": 420})],
        },
        {
            "event": E, "kind": "count", "role": "buildings collapsed:Malatya province", "verdict": "agree",
            "why": "140 buildings collapsed in Malatya.",
            "mentions": [("01", "140", 140), ("03", "140", 140)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Atmed (Syria)", "verdict": "single-source",
            "why": "About 11 dead in one Syrian town (headline and body).",
            "mentions": [("01", "11", 11, {"ctx": "11 dead"}), ("01", "around 11", 11)],
        },
        {
            "event": E, "kind": "count", "role": "buildings collapsed:Turkey", "verdict": "conflict",
            "why": (
                "AFAD's collapsed buildings: 6,217 (Wardoon, with the toll of 3,549) against 5,775 confirmed (Tuesday "
                "night, Guardian) and 'almost 5,700' (EMC News, Tuesday morning, 'damaged'): a count that falls; "
                "'almost 5,700' also excludes 5,775."
            ),
            "mentions": [
                ("05", "6,217", 6217),
                ("06", "almost 5,700", 5700, {"note": "'structures were damaged'; AFAD's figure of collapsed buildings"}),
                ("07", "5,775", 5775),
            ],
        },
        {
            "event": E, "kind": "count", "role": "reports of collapsed buildings:Turkey", "verdict": "single-source",
            "why": "11,342 reports, of which 5,775 confirmed: a look-alike of the confirmed count.",
            "mentions": [("07", "11,342", 11342)],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "USGS 7.8 (most outlets) vs AFAD's 7.4 (NewsBytes, Wardoon) vs TVP's 7.9: different agencies' readings that cannot all hold.",
            "mentions": [
                ("01", "7.8", 7.8, {"ctx": "Powerful 7.8"}),
                ("01", "7.8", 7.8, {"ctx": "magnitude 7.8 on"}),
                ("01", "7.4", 7.4, {"note": "AFAD's reading"}),
                ("02", "7.9", 7.9),
                ("03", "7.8", 7.8),
                ("04", "7.8", 7.8),
                ("05", "7.8", 7.8),
                ("05", "7.4", 7.4, {"note": "AFAD's reading"}),
                ("06", "7.8", 7.8, {"ctx": "predawn magnitude 7.8"}),
                ("06", "7.8", 7.8, {"ctx": "earthquake was 7.8"}),
                ("07", "7.8", 7.8),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "depth", "verdict": "compatible",
            "why": "USGS: 17.9 km, rounded to about 18 km and converted to 11 miles.",
            "mentions": [
                ("01", "around 17.9km", 17900, {"note": KM}),
                ("03", "about 18 kilometres", 18000, {"note": KM}),
                ("05", "about 17.9km", 17900, {"note": KM}),
                ("05", "11 miles", round(11 * MILE), {"note": "metres; the conversion of 17.9 km"}),
                ("06", "18km", 18000, {"note": KM}),
                ("06", "11 miles", round(11 * MILE), {"note": "metres; the conversion of 18 km"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:first quake", "verdict": "agree",
            "why": "4:17 am local time (01:17 GMT).",
            "mentions": [
                ("03", "4.17 am", "2023-02-06T04:17+03:00"),
                ("05", "4:17am", "2023-02-06T04:17+03:00"),
                ("05", "01:17 GMT", "2023-02-06T04:17+03:00", {"note": "the same instant in GMT"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:first quake", "verdict": "agree",
            "why": "Monday 6 February 2023.",
            "mentions": [
                ("01", "Monday", DAY, {"ctx": "Turkey on Monday"}),
                ("02", "Monday", DAY),
                ("05", "Monday", DAY),
                ("06", "Monday", DAY, {"ctx": "from Monday’s predawn"}),
                ("07", "Monday", DAY, {"ctx": "by Monday’s earthquake"}),
                ("08", "Monday", DAY),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:shaking", "verdict": "single-source",
            "why": "The first quake lasted four to five minutes.",
            "mentions": [("01", "four to five minutes", 4.5, {"low": 4, "high": 5, "note": "minutes"})],
        },
        {
            "event": E, "kind": "count", "role": "aftershocks", "verdict": "single-source",
            "why": "Dozens of aftershocks at first, 243 by AFAD's later count (one outlet).",
            "mentions": [
                ("05", "Dozens", 36, {"low": 24, "high": 99}),
                ("05", "243", 243),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescue workers", "verdict": "updated",
            "why": "Rescue personnel rose: 16,400 (Tuesday), more than 24,400 (Tuesday night), more than 110,000 (Friday).",
            "mentions": [
                ("05", "16,400", 16400),
                ("07", "more than 24,400", 24400),
                ("08", "more than 110,000", 110000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "provinces hit (disaster areas)", "verdict": "compatible",
            "why": "At least nine provinces (Dawn, Monday) and 10 (EMC News): 'at least nine' contains 10.",
            "mentions": [("03", "At least nine", 9), ("06", "10", 10)],
        },
        {
            "event": E, "kind": "measure", "role": "distance:extent of the affected provinces", "verdict": "single-source",
            "why": "The affected provinces are more than 300 km apart.",
            "mentions": [("03", "more than 300 kilometres", 300000, {"note": KM})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Salqin from the Turkish border", "verdict": "single-source",
            "why": "About 5 km (3 miles): one distance and its conversion.",
            "mentions": [
                ("02", "about 5 km", 5000, {"note": KM}),
                ("02", "3 miles", round(3 * MILE), {"note": "metres; the conversion of 5 km"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:national mourning", "verdict": "single-source",
            "why": "Seven days of national mourning.",
            "mentions": [("06", "seven days", 7, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Erdem (Gaziantep resident)", "verdict": "agree",
            "why": "The resident quoted by Reuters has lived 40 years.",
            "mentions": [("02", "40 years", 40, {"note": "years lived"}), ("03", "40 years", 40, {"note": "years lived"})],
        },
        {
            "event": E, "kind": "count", "role": "shocks felt by Erdem", "verdict": "agree",
            "why": "Shaken at least three times (the same Reuters quote).",
            "mentions": [("02", "at least three", 3), ("03", "at least three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "people affected", "verdict": "single-source",
            "why": "About 23 million people likely affected (WHO).",
            "mentions": [("07", "about 23 million", 23e6)],
        },
        {
            "event": E, "kind": "count", "role": "children affected", "verdict": "single-source",
            "why": "1.4 million children among them.",
            "mentions": [("07", "1.4 million", 1.4e6)],
        },
        {
            "event": E, "kind": "count", "role": "people sheltered in trains", "verdict": "single-source",
            "why": "3,400 people spent the night in trains.",
            "mentions": [("07", "3,400", 3400)],
        },
        {
            "event": E, "kind": "count", "role": "vehicles in the rescue", "verdict": "single-source",
            "why": "More than 5,500 vehicles.",
            "mentions": [("08", "more than 5,500", 5500)],
        },
        {
            "event": E, "kind": "count", "role": "countries offering help", "verdict": "single-source",
            "why": "95 countries offered help.",
            "mentions": [("08", "95", 95)],
        },
        # --- the second quake of the afternoon (sibling) ---
        {
            "event": SECOND, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "The second quake: 7.6 (AFAD; TVP, Wardoon, EMC News) vs 7.7 (EMSC; The News God, Guardian); a look-alike of the first quake's magnitude.",
            "mentions": [
                ("02", "7.6", 7.6),
                ("04", "7.7", 7.7),
                ("05", "7.6", 7.6),
                ("06", "7.6", 7.6, {"ctx": "magnitude 7.6 earthquake"}),
                ("06", "7.6", 7.6, {"ctx": "A 7.6 earthquake"}),
                ("07", "7.7", 7.7),
            ],
        },
        {
            "event": SECOND, "kind": "duration", "role": "duration-of:time after the first quake", "verdict": "compatible",
            "why": "About 12 hours and less than 12 hours later overlap.",
            "mentions": [
                ("02", "About 12 hours", 12, {"note": "hours"}),
                ("05", "Less than 12 hours", 12, {"low": None, "high": 12, "note": "hours"}),
            ],
        },
        {
            "event": SECOND, "kind": "date", "role": "date-of:second quake", "verdict": "agree",
            "why": "The same Monday.",
            "mentions": [
                ("06", "Monday", DAY, {"ctx": "On Monday, another"}),
                ("07", "Monday", DAY, {"ctx": "quake on Monday"}),
            ],
        },
        {
            "event": SECOND, "kind": "measure", "role": "distance:epicentre from Kahramanmaras", "verdict": "single-source",
            "why": "67 km (42 miles) north-east of Kahramanmaras (EMSC).",
            "mentions": [
                ("04", "67 kilometers", 67000, {"note": KM}),
                ("04", "42 miles", round(42 * MILE), {"note": "metres; the conversion of 67 km"}),
            ],
        },
        # --- the 6.7 aftershock (sibling) ---
        {
            "event": AFTER, "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "A 6.7 aftershock (headline and body); a look-alike of the quakes' magnitudes.",
            "mentions": [
                ("01", "6.7", 6.7, {"ctx": "of 6.7-magnitude"}),
                ("01", "6.7", 6.7, {"ctx": "magnitude 6.7 around"}),
            ],
        },
        {
            "event": AFTER, "kind": "duration", "role": "duration-of:time after the first quake", "verdict": "single-source",
            "why": "About 15 minutes after the first quake; a look-alike of the second quake's 12 hours.",
            "mentions": [
                ("01", "15 minutes", 15, {"ctx": "struck 15 minutes", "note": "minutes"}),
                ("01", "around 15 minutes", 15, {"note": "minutes"}),
            ],
        },
        # --- the 1999 Izmit quake (background) ---
        {
            "event": IZMIT, "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "Over 17,000 (The News God) and an estimated / about 18,000 (the highest estimates) overlap.",
            "mentions": [
                ("04", "over 17,000", 17000),
                ("08", "an estimated 18,000", 18000),
                ("08", "about 18,000", 18000),
            ],
        },
        {
            "event": IZMIT, "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "The 1999 quake's 7.6: a look-alike of the second quake's 7.6.",
            "mentions": [("08", "7.6", 7.6)],
        },
        {
            "event": IZMIT, "kind": "date", "role": "date-of:Izmit quake", "verdict": "agree",
            "why": "1999.",
            "mentions": [
                ("04", "1999", "1999"),
                ("08", "1999", "1999", {"ctx": "SURPASSES 1999"}),
                ("08", "1999", "1999", {"ctx": "Turkey, in 1999"}),
                ("08", "1999", "1999", {"ctx": "the 1999 death"}),
            ],
        },
        # --- the 1939 Erzincan quake (background) ---
        {
            "event": ERZ, "kind": "count", "role": "deaths", "verdict": "agree",
            "why": "More than 32,000 dead.",
            "mentions": [("04", "more than 32,000", 32000), ("08", "more than 32,000", 32000)],
        },
        {
            "event": ERZ, "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "More than 100,000 injured in 1939.",
            "mentions": [("04", "more than 100,000", 100000)],
        },
        {
            "event": ERZ, "kind": "measure", "role": "magnitude", "verdict": "single-source",
            "why": "The 1939 quake's 7.8: a look-alike of the 2023 quake's 7.8.",
            "mentions": [("08", "7.8", 7.8)],
        },
        {
            "event": ERZ, "kind": "date", "role": "date-of:Erzincan quake", "verdict": "agree",
            "why": "1939.",
            "mentions": [("03", "1939", "1939"), ("04", "1939", "1939"), ("08", "1939", "1939")],
        },
        # --- the 2011 Japan quake (background) ---
        {
            "event": JAPAN, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "18,400 died in 2011; a look-alike of the Turkish toll of Friday (18,342).",
            "mentions": [("08", "18,400", 18400)],
        },
        {
            "event": JAPAN, "kind": "date", "role": "date-of:Japan quake", "verdict": "single-source",
            "why": "2011.",
            "mentions": [("08", "2011", "2011")],
        },
        # --- the Syrian civil war (background) ---
        {
            "event": WAR, "kind": "duration", "role": "duration-of:civil war", "verdict": "compatible",
            "why": "Nearly 12 years and '12-year' overlap.",
            "mentions": [
                ("02", "nearly 12-year-long", 12, {"note": "years"}),
                ("06", "12-year", 12, {"note": "years"}),
            ],
        },
    ],
}
