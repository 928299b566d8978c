# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Pakistan floods of 2022 story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
F2010 = "e2"
CRI = "e3"
APPEAL = "2022-08-30"
M = 1e6
B = 1e9
SPEC = {
    "description": (
        "Pakistan's monsoon floods of 2022, from mid-June, as nine outlets reported them from 28 August to 16 September: "
        "the toll rose from over 1,000 (1,041 to 27 August) to 1,136, 'more than 1,100' / 'nearly 1,200' / 'more than 1160' "
        "on the day of the UN's $160 million flash appeal (Tuesday 30 August), 1,343 (7 September), 1,481 (13 September) "
        "and 1,508 (16 September); 33 million affected (one outlet: 'displaced'); damage 'USD 10 billion' / 'more than' / "
        "'at least $10 billion', then 'over $30 billion'; a third of the country under water vs Guterres's 'nearly half'; "
        "houses more than a million, 1,051,570, over 1.81 million; injured over 1,600, then 12,758. The 2010 floods (a "
        "fifth of the land, over 2,000 dead) and the climate-related disasters of 1998-2018 (almost 10,000 lives, $4 "
        "billion) are background events whose figures are traps; the daily increases of the toll, the provinces' tolls and "
        "the US's $30 million are look-alikes inside the main event."
    ),
    "documents": {
        "01": {"published_how": "the line 'August 30, 2022 Reuters' on the stored page (removed from the text with the page's date line)"},
        "02": {"published_how": "'date 2022-08-31' on the stored page and the URL's date (/2022/08/31/); New Zealand time, the appeal of 30 August is 'today'"},
        "03": {"published_how": "'date 2022-08-30' on the stored page"},
        "04": {"published_how": "'date 2022-08-31' on the stored page and the URL's date (/2022/08/31/)"},
        "05": {"published_how": "inferred: no date on the stored page; 'grim on Monday' with the toll of 1,136 (Monday 29 August 2022)"},
        "06": {"published_how": "the line 'September 07, 2022' on the stored page"},
        "07": {"published_how": "inferred: no date on the stored page; 'official statistics showed on Friday' with the toll of 1,508 (Friday 16 September 2022; Anadolu's text of that day)"},
        "08": {"published_how": "inferred: no date on the stored page; the toll of 1,481 'on Tuesday' lies between the 1,343 of 7 September and the 1,508 of 16 September (Tuesday 13 September); dated the next day"},
        "09": {"published_how": "inferred: no date on the stored page; photos of 27 August ('Saturday') and the toll 'until August 27'"},
    },
    "events": [
        {"id": "e1", "label": "Pakistan's monsoon floods of 2022 (from mid-June) and the relief effort", "main": True},
        {"id": "e2", "label": "Pakistan's 2010 floods (background)", "main": False},
        {"id": "e3", "label": "Pakistan's climate-related disasters of 1998-2018 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": (
                "The national toll since mid-June rose with each NDMA report: over 1,000 and 1,041 (to 27 August), 1,136 "
                "(29 August), more than 1,100 / nearly 1,200 / more than 1160 (30-31 August, the day of the appeal), 1,343 "
                "(7 September), above 1,400 and 1,481 (13 September), 1,508 (16 September)."
            ),
            "mentions": [
                ("01", "more than 1,100", 1100),
                ("02", "more than 1160", 1160),
                ("03", "nearly 1,200", 1200),
                ("04", "more than 1,100", 1100),
                ("05", "1,136", 1136, {"ctx": "climbs to 1,136"}),
                ("05", "1,100", 1100, {"ctx": "crossed the 1,100 mark in", "low": 1100, "high": None}),
                ("05", "1,100", 1100, {"ctx": "crossed the 1,100 mark since", "low": 1100, "high": None}),
                ("05", "at least 1,136", 1136),
                ("06", "1,343", 1343),
                ("07", "1,508", 1508, {"ctx": "risen to 1,508"}),
                ("07", "1,508", 1508, {"ctx": "among the 1,508"}),
                ("08", "above 1,400", 1400),
                ("08", "1,481", 1481),
                ("09", "over 1,000", 1000),
                ("09", "1,041", 1041, {"as_of": "2022-08-27"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:late June to mid-July", "verdict": "single-source",
            "why": "Almost 300 killed between late June and mid-July: an early part of the toll, not the toll.",
            "mentions": [("09", "Almost 300", 300)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the 24 hours to 7 September", "verdict": "single-source",
            "why": "18 more deaths took the toll to 1,343 (the rise of the toll, not the toll).",
            "mentions": [("06", "18", 18)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:children, in the 24 hours to 7 September", "verdict": "single-source",
            "why": "Eight children among the dead of the last 24 hours (7 September).",
            "mentions": [("06", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the 24 hours to 13 September", "verdict": "single-source",
            "why": "At least 54 killed in 24 hours (the NDMA's report of Tuesday evening, 13 September).",
            "mentions": [("08", "At least 54", 54)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:children, in the 24 hours to 13 September", "verdict": "single-source",
            "why": "18 children among the dead of those 24 hours; a look-alike of the 18 more deaths of 7 September.",
            "mentions": [("08", "18", 18)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:women, in the 24 hours to 13 September", "verdict": "single-source",
            "why": "10 women among the dead of those 24 hours.",
            "mentions": [("08", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Sindh, in the 24 hours to 13 September", "verdict": "single-source",
            "why": "44 killed in Sindh in those 24 hours.",
            "mentions": [("08", "44", 44)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Balochistan, in the 24 hours to 13 September", "verdict": "single-source",
            "why": "Eight deaths in Balochistan in those 24 hours; a look-alike of the eight in Sindh on 16 September and the eight children of 7 September.",
            "mentions": [("08", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "injured:in the 24 hours to 13 September", "verdict": "single-source",
            "why": "Six injured in those 24 hours, all in Balochistan (one article, twice).",
            "mentions": [
                ("08", "six", 6, {"ctx": "and six others injured in"}),
                ("08", "six", 6, {"ctx": "deaths with six others"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:in the 24 hours to 16 September", "verdict": "single-source",
            "why": "22 more died in the 24 hours to Friday 16 September (headline and body); a look-alike of Gilgit-Baltistan's 22.",
            "mentions": [
                ("07", "22", 22, {"ctx": "claim 22 more"}),
                ("07", "22", 22, {"ctx": "as 22 more"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:children, in the 24 hours to 16 September", "verdict": "single-source",
            "why": "Six children among those 22.",
            "mentions": [("07", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Balochistan, in the 24 hours to 16 September", "verdict": "single-source",
            "why": "Thirteen of the 22 new deaths in Balochistan.",
            "mentions": [("07", "Thirteen", 13)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Sindh, in the 24 hours to 16 September", "verdict": "single-source",
            "why": "Eight of the 22 new deaths in Sindh.",
            "mentions": [("07", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Khyber Pakhtunkhwa, in the 24 hours to 16 September", "verdict": "single-source",
            "why": "One of the 22 new deaths in Khyber Pakhtunkhwa.",
            "mentions": [("07", "one", 1, {"ctx": "and one from"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Sindh", "verdict": "single-source",
            "why": "646 dead in Sindh since 14 June (NDMA, 16 September).",
            "mentions": [("07", "646", 646)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Khyber Pakhtunkhwa", "verdict": "single-source",
            "why": "306 dead in Khyber Pakhtunkhwa.",
            "mentions": [("07", "306", 306)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Balochistan", "verdict": "single-source",
            "why": "294 dead in Balochistan.",
            "mentions": [("07", "294", 294)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Punjab", "verdict": "single-source",
            "why": "191 dead in Punjab.",
            "mentions": [("07", "191", 191)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Pakistan-administered Kashmir", "verdict": "single-source",
            "why": "48 dead in Pakistan-administered Kashmir.",
            "mentions": [("07", "48", 48)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Gilgit-Baltistan", "verdict": "single-source",
            "why": "22 dead in Gilgit-Baltistan; a look-alike of the 22 new deaths of the same article.",
            "mentions": [("07", "22", 22, {"ctx": "and 22 in"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:children", "verdict": "single-source",
            "why": "536 children among the 1,508 dead.",
            "mentions": [("07", "536", 536)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:women", "verdict": "single-source",
            "why": "308 women among the 1,508 dead.",
            "mentions": [("07", "308", 308)],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "updated",
            "why": "The NDMA's injured: over 1,600 on 29 August (Times Now, twice), 12,758 by 16 September (Anadolu).",
            "mentions": [
                ("05", "Over 1,600", 1600, {"ctx": "billion. Over 1,600 people have also been injured due to the flooding.\n\nIslamabad"}),
                ("05", "Over 1,600", 1600, {"ctx": "billion. Over 1,600 people have also been injured due to the flooding. According"}),
                ("07", "12,758", 12758),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people affected", "verdict": "compatible",
            "why": "The NDMA's 33 million affected, as '33 million', 'more than', 'over', 'around' and 'as many as' 33 million.",
            "mentions": [
                ("01", "33 million", 33 * M),
                ("02", "More than 33 million", 33 * M),
                ("04", "more than 33 million", 33 * M),
                ("05", "around 33 million", 33 * M),
                ("06", "As many as 33 million", 33 * M, {"low": None, "high": 33 * M}),
                ("07", "Over 33 million", 33 * M),
                ("08", "33 million", 33 * M),
                ("09", "33 million", 33 * M),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "people affected:share of the population", "verdict": "compatible",
            "why": "One in seven Pakistanis (14.3%) and 'almost 15%' of the population: the same 33 million of 220 million (15.0%).",
            "mentions": [
                ("02", "one in seven", 14.3, {"note": "percent; written as a fraction, 1/7"}),
                ("09", "almost 15%", 15),
            ],
        },
        {
            "event": E, "kind": "count", "role": "population of Pakistan", "verdict": "compatible",
            "why": "A population of 220 million, 'approximately 220 million' for Anadolu.",
            "mentions": [
                ("04", "220 million", 220 * M),
                ("06", "220 million", 220 * M),
                ("07", "approximately 220 million", 220 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "displaced", "verdict": "conflict",
            "why": (
                "AP (27 August): the floods 'displaced thousands more'; 1News: 'displacing millions'; Times Now (29 August) "
                "twice: 'Around 33 million people have been displaced', the NDMA's count of people affected given as "
                "displaced. Thousands and 33 million cannot both hold."
            ),
            "mentions": [
                ("02", "millions", 2 * M, {"ctx": "displacing millions", "low": 2 * M, "high": None}),
                ("05", "Around 33 million", 33 * M, {"ctx": "year. Around 33 million people have been displaced due to the severe deluge following torrential rains. As per"}),
                ("05", "Around 33 million", 33 * M, {"ctx": "year. Around 33 million people have been displaced due to the severe deluge following torrential rains.\n"}),
                ("09", "thousands", 5000, {"ctx": "displaced thousands more", "low": 2000, "high": 999999}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "displaced:in organised camps", "verdict": "single-source",
            "why": "Around half a million of the displaced in organised camps.",
            "mentions": [("02", "Around a half million", 0.5 * M)],
        },
        {
            "event": E, "kind": "count", "role": "homeless", "verdict": "agree",
            "why": "'Hundreds of thousands' homeless (Reuters, 7 September; 13 September).",
            "mentions": [
                ("06", "hundreds of thousands", 300000, {"low": 200000, "high": 999999}),
                ("08", "hundreds of thousands", 300000, {"low": 200000, "high": 999999}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "displaced:with waterborne diseases", "verdict": "single-source",
            "why": "'Hundreds of thousands of displaced people' dealing with waterborne diseases (Anadolu).",
            "mentions": [("07", "Hundreds of thousands", 300000, {"low": 200000, "high": 999999})],
        },
        {
            "event": E, "kind": "count", "role": "houses damaged or destroyed", "verdict": "updated",
            "why": "More than / over a million homes (30-31 August), 1,051,570 houses (NDMA, 29 August), over 1.81 million by 16 September: the count grew with the floods.",
            "mentions": [
                ("02", "More than a million", 1 * M),
                ("03", "over a million", 1 * M),
                ("05", "about 1,051,570", 1051570, {"low": None, "high": None}),
                ("07", "over 1.81 million", 1.81 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "houses destroyed", "verdict": "single-source",
            "why": "581,521 houses completely destroyed (a part of the 1.81 million).",
            "mentions": [("07", "581,521", 581521)],
        },
        {
            "event": E, "kind": "count", "role": "livestock killed", "verdict": "single-source",
            "why": "927,543 livestock killed.",
            "mentions": [("07", "927,543", 927543)],
        },
        {
            "event": E, "kind": "measure", "role": "length:roads washed away", "verdict": "single-source",
            "why": "12,718 km of roads, given with its conversion 7,902 miles (one document).",
            "mentions": [
                ("07", "12,718 kilometers", 12718000, {"note": "metres; written in kilometres"}),
                ("07", "7,902 miles", round(7902 * 1609.344), {"note": "metres; the conversion of 12,718 km, written in miles"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bridges washed away", "verdict": "single-source",
            "why": "390 bridges washed away.",
            "mentions": [("07", "390", 390)],
        },
        {
            "event": E, "kind": "percent", "role": "share of the country under water", "verdict": "conflict",
            "why": (
                "'As much as a third' of the country (Reuters) and 'a third ... at one point' (13 September), as the climate "
                "minister said; Guterres at the appeal: floods 'which have inundated nearly half of Pakistan'. A third and "
                "nearly half cannot both hold."
            ),
            "mentions": [
                ("03", "nearly half", 50, {"low": 45, "high": 50, "note": "percent; written 'nearly half'"}),
                ("06", "as much as a third", 33.3, {"low": None, "high": 33.3, "note": "percent; written as a fraction"}),
                ("08", "a third", 33.3, {"note": "percent; written as a fraction"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of cropland inundated", "verdict": "single-source",
            "why": "Almost 45% of the cropland inundated; a look-alike of the share of the country under water.",
            "mentions": [("07", "Almost 45%", 45)],
        },
        {
            "event": E, "kind": "money", "role": "damage (economic losses)", "verdict": "updated",
            "why": (
                "The government's estimate: USD 10 billion (the finance minister, 29 August), 'more than $10 billion' (early "
                "estimates, 30 August), 'at least $10 billion' to repair the infrastructure (the Prime Minister, 30-31 "
                "August) and in losses (7 September), then 'over $30 billion' by 16 September: the estimate grew as the "
                "damage was assessed (the later estimate is the government's too)."
            ),
            "mentions": [
                ("01", "more than $10 billion", 10 * B),
                ("04", "at least $10 billion", 10 * B, {"note": "the cost of repairing the damaged infrastructure"}),
                ("05", "USD 10 billion", 10 * B, {"ctx": "economy by USD 10 billion. Over 1,600 people have also been injured due to the flooding.\n\nIslamabad"}),
                ("05", "USD 10 billion", 10 * B, {"ctx": "economy by USD 10 billion. Over 1,600 people have also been injured due to the flooding. According"}),
                ("06", "at least $10 billion", 10 * B),
                ("07", "over $30 billion", 30 * B),
            ],
        },
        {
            "event": E, "kind": "money", "role": "UN flash appeal", "verdict": "compatible",
            "why": "The UN's flash appeal of 30 August for $160 million, NZ$260 million in the New Zealand copy (its conversion).",
            "mentions": [
                ("01", "$160 million", 160 * M, {"ctx": "appeal for $160 million to help Pakistan with floods"}),
                ("01", "$160 million", 160 * M, {"ctx": "Tuesday for $160 million"}),
                ("02", "US$160 million", 160 * M),
                ("02", "NZ$260 million", 260 * M, {"note": "New Zealand dollars; the conversion of US$160 million"}),
                ("03", "$160 million", 160 * M),
                ("04", "$160 million", 160 * M),
                ("06", "$160 million", 160 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people the appeal is to help", "verdict": "single-source",
            "why": "The $160 million is to help 5.2 million flood victims.",
            "mentions": [("03", "5.2 million", 5.2 * M)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the appeal's response plan", "verdict": "single-source",
            "why": "The first six months of the crisis response; a look-alike of the six months to drain the water.",
            "mentions": [("03", "the first six months", 6, {"note": "months"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:draining the floodwater", "verdict": "single-source",
            "why": "Up to six months to drain the water (officials, 13 September).",
            "mentions": [("08", "up to six months", 6, {"note": "months"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:UN flash appeal", "verdict": "agree",
            "why": "The appeal was issued on Tuesday 30 August 2022.",
            "mentions": [
                ("01", "Tuesday", APPEAL),
                ("03", "Tuesday", APPEAL),
                ("04", "Tuesday", APPEAL, {"ctx": "appeal on Tuesday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Guterres's arrival in Pakistan", "verdict": "agree",
            "why": "Guterres to visit / arrive in Islamabad on 9 September.",
            "mentions": [
                ("02", "September 9", "2022-09-09"),
                ("04", "September 9", "2022-09-09"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Guterres's visit", "verdict": "single-source",
            "why": "He returns to New York two days later.",
            "mentions": [("04", "two days", 2, {"note": "days"})],
        },
        {
            "event": E, "kind": "money", "role": "US humanitarian assistance", "verdict": "single-source",
            "why": "The US sends $30 million; a look-alike of the $30 billion of damage.",
            "mentions": [("04", "$30 million", 30 * M)],
        },
        {
            "event": E, "kind": "money", "role": "government cash handouts", "verdict": "single-source",
            "why": "Cash handouts raised to 70 billion rupees, given with its conversion $313.90 million (one document).",
            "mentions": [
                ("06", "70 billion Pakistani rupees", 70 * B, {"note": "Pakistani rupees"}),
                ("06", "$313.90 million", 313.9 * M, {"note": "US dollars; the conversion of 70 billion rupees"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "tents to be bought", "verdict": "single-source",
            "why": "The government will buy 200,000 tents.",
            "mentions": [("06", "200,000", 200000)],
        },
        {
            "event": E, "kind": "count", "role": "displaced:by the lake's breaching", "verdict": "single-source",
            "why": "The breaching of Lake Manchar displaced 100,000 people.",
            "mentions": [("06", "100,000", 100000)],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated", "verdict": "single-source",
            "why": "Rescuers have evacuated 179,281 people (13 September).",
            "mentions": [("08", "179,281", 179281)],
        },
        {
            "event": E, "kind": "count", "role": "aid flights received", "verdict": "single-source",
            "why": "104 flights of humanitarian aid received (16 September).",
            "mentions": [("07", "104", 104)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:start of the floods", "verdict": "compatible",
            "why": "The rains and floods started in mid-June; the NDMA counts Sindh's dead since 14 June.",
            "mentions": [
                ("02", "mid-June", "mid-June"),
                ("05", "mid-June", "mid-June", {"ctx": "mark in Pakistan since mid-June"}),
                ("05", "mid-June", "mid-June", {"ctx": "mark since mid-June"}),
                ("07", "June 14", "2022-06-14"),
                ("08", "mid-June", "mid-June"),
                ("09", "mid-June", "mid-June"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the floods so far", "verdict": "single-source",
            "why": "Homes damaged 'in the past two and half months' (mid-June to 31 August).",
            "mentions": [("02", "two and half months", 2.5, {"note": "months"})],
        },
        {
            "event": E, "kind": "measure", "role": "rainfall:1-26 August", "verdict": "single-source",
            "why": "176.8 mm of rain in 1-26 August (Pakistan Meteorological Department).",
            "mentions": [("09", "176.8 mm", 176.8, {"note": "millimetres"})],
        },
        {
            "event": E, "kind": "measure", "role": "rainfall:normal for 1-26 August", "verdict": "single-source",
            "why": "The normal for the period, 50.4 mm.",
            "mentions": [("09", "50.4 mm", 50.4, {"note": "millimetres"})],
        },
        {
            "event": E, "kind": "percent", "role": "rainfall:deviation from normal", "verdict": "single-source",
            "why": "A deviation of 251% from normal.",
            "mentions": [("09", "251%", 251)],
        },
        # --- the 2010 floods (background) ---
        {
            "event": F2010, "kind": "date", "role": "date-of:the 2010 floods", "verdict": "single-source",
            "why": "The 2010 'mega or super floods'.",
            "mentions": [("03", "2010", "2010")],
        },
        {
            "event": F2010, "kind": "percent", "role": "share of the land submerged", "verdict": "single-source",
            "why": "The 2010 floods submerged a fifth of the land; a look-alike of 2022's third.",
            "mentions": [("03", "a fifth", 20, {"note": "percent; written as a fraction"})],
        },
        {
            "event": F2010, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The 2010 floods killed over 2,000; a look-alike of 2022's toll.",
            "mentions": [("03", "over 2,000", 2000)],
        },
        # --- climate-related disasters 1998-2018 (background) ---
        {
            "event": CRI, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Almost 10,000 lives lost to climate-related disasters in 1998-2018.",
            "mentions": [("09", "almost 10,000", 10000)],
        },
        {
            "event": CRI, "kind": "money", "role": "losses", "verdict": "single-source",
            "why": "Losses of $4 billion in 1998-2018; a look-alike of 2022's damage.",
            "mentions": [("09", "$4 billion", 4 * B)],
        },
        {
            "event": CRI, "kind": "date", "role": "date-of:start of the period", "verdict": "single-source",
            "why": "The period starts in 1998.",
            "mentions": [("09", "1998", "1998")],
        },
        {
            "event": CRI, "kind": "date", "role": "date-of:end of the period", "verdict": "single-source",
            "why": "The period ends in 2018.",
            "mentions": [("09", "2018", "2018")],
        },
    ],
}
