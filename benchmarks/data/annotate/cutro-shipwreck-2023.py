# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the migrant shipwreck off Steccato di Cutro, Calabria, 26 February 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; lengths in metres (the written unit in note); durations in days (note);
dates as ISO strings. Sunday = 26 February 2023.
"""

E = "e1"
LAMPEDUSA = "e2"
TALIBAN = "e3"
SAT = "2023-02-25"
SUN = "2023-02-26"
MON = "2023-02-27"
TUE = "2023-02-28"
SPEC = {
    "description": (
        "The wreck of a migrant boat from Izmir on the shoals off Steccato di Cutro, Calabria, before dawn on Sunday 26 "
        "February 2023, as nine outlets reported it from that Sunday to Tuesday 28 February: a toll that rose from at "
        "least 30 / 40 bodies / at least 43 on Sunday morning to 58 / 59 / 60 that afternoon, 62 (AP) / 63 (Reuters) on "
        "Monday and 64 on Tuesday; children among the dead (12; at least seven; at least 14); survivors (about fifty in "
        "the morning, then 80 for the coast guard and 81 for the prefecture, against 'more than 100 ... saved'); people "
        "on board (over 100, 140 to 150, about 170, 180 to 200, 180 to 250, some 250); missing (dozens, at least 70, "
        "100); 20 against 22 in hospital; the boat 20 feet (6 metres) in one AP version against 20 metres (65 feet) in "
        "another; three against four bodies recovered on Monday; Pakistanis among the dead (28, over two dozen), on "
        "board (20), missing (four), surviving (16); arrests (one, then three). Background whose figures are traps: the "
        "Lampedusa wreck of October 2013 (360 dead), the Taliban takeover of August 2021."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'early on Sunday' and the provisional toll of 58 (Sunday afternoon): 26 February 2023"},
        "02": {"published_how": "inferred: no date on the stored page; a live report of the first bodies ('Updating'): 26 February 2023 (Sunday morning)"},
        "03": {"published_how": "inferred: no date on the stored page; 'On Sunday' and the morning's toll of 43: 26 February 2023"},
        "04": {"published_how": "'date 2023-02-27' on the stored page (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; 'early on Sunday' with the evening's toll of 60: taken as 27 February 2023 (a guess within a day)"},
        "06": {"published_how": "the byline 'February 28, 2023 at 4:00 a.m.' (removed from the text) and the URL's /2023/feb/28/"},
        "07": {"published_how": "inferred: no date on the stored page; the AP's Monday text (toll 62): taken as 28 February 2023 (a guess within a day)"},
        "08": {"published_how": "inferred: no date on the stored page; 'on Monday, a day after' the wreck: 27 February 2023"},
        "09": {"published_how": "inferred: no date on the stored page; 'on Tuesday (2/28)': 28 February 2023"},
    },
    "events": [
        {"id": E, "label": "the wreck of a migrant boat off Steccato di Cutro, Calabria, Sunday 26 February 2023", "main": True},
        {"id": LAMPEDUSA, "label": "the Lampedusa shipwreck of October 2013 (background)", "main": False},
        {"id": TALIBAN, "label": "the Taliban takeover of Afghanistan, August 2021 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "The toll rose as bodies were found: at least 30 / 40 bodies (Pledge Times) and 'more than 40' / 43 (coast guard) on Sunday morning, 58 (the prefecture, Reuters) / 59 (Crotone's mayor) / 60 that afternoon and evening, 62 (AP) and 63 (Reuters) on Monday, 64 on Tuesday. The AP's 62 and Reuters's 63 of Monday are read as successive counts of one day (a judgement call; the Monday increments, three against four, are a conflict cluster of their own).",
            "mentions": [
                ("01", "at least 58", 58, {"as_of": SUN}),
                ("01", "At least 58", 58, {"as_of": SUN}),
                ("01", "58", 58, {"ctx": "stands at 58", "as_of": SUN}),
                ("02", "40", 40, {"as_of": SUN, "note": "bodies recovered"}),
                ("02", "at least 30", 30, {"as_of": SUN}),
                ("03", "at least 43", 43, {"as_of": SUN}),
                ("04", "At least 59", 59, {"as_of": SUN}),
                ("04", "59", 59, {"ctx": "victims was 59", "as_of": SUN}),
                ("04", "more than 40", 40, {"as_of": SUN}),
                ("04", "Forty-three", 43, {"as_of": SUN, "note": "bodies found along the coastline (the coast guard, earlier on Sunday)"}),
                ("04", "59", 59, {"ctx": "12 of the 59", "as_of": SUN}),
                ("05", "Sixty", 60, {"as_of": SUN}),
                ("06", "over 60", 60, {"as_of": MON}),
                ("06", "62", 62, {"as_of": MON}),
                ("07", "62", 62, {"as_of": MON}),
                ("08", "63", 63, {"as_of": MON}),
                ("09", "64", 64, {"as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered on Monday", "verdict": "conflict",
            "why": "The AP: rescue crews recovered 'three more bodies Monday' (toll 62); Reuters: 'four more bodies on Monday' (toll 63). The day's increments cannot both hold (another AP version said the authorities themselves disagreed).",
            "mentions": [
                ("06", "three", 3, {"ctx": "recovered three more"}),
                ("07", "three", 3, {"ctx": "recovered three more"}),
                ("08", "four", 4, {"ctx": "recovered four more"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "children among the dead", "verdict": "updated",
            "why": "Samaa (Sunday): 11 children and a newborn, 12 with the newborn (the rescue centre, via AGI); Reuters (Monday): 'at least 14 children' as the toll rose; the AP (Monday): 'At least seven', a lower bound compatible with both.",
            "mentions": [
                ("04", "11", 12, {"as_of": SUN, "note": "written '11 children and a newborn baby': 12 children with the newborn"}),
                ("04", "12", 12, {"ctx": "said 12 of", "as_of": SUN}),
                ("06", "At least seven", 7, {"as_of": MON}),
                ("08", "at least 14", 14, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "single-source",
            "why": "33 of the 59 were women (the rescue centre, via AGI).",
            "mentions": [("04", "33", 33)],
        },
        {
            "event": E, "kind": "count", "role": "survivors", "verdict": "conflict",
            "why": "About fifty rescued on Sunday morning (Pledge Times), then 80 for the coast guard (and the AP, elcw) and 81 for the prefecture's Curra (Reuters) at the same time: two authorities' counts that cannot both hold; See News's 'more than 100 passengers have been saved' is above every later count.",
            "mentions": [
                ("01", "81", 81),
                ("02", "Fifty", 50, {"as_of": SUN}),
                ("02", "about fifty", 50, {"as_of": SUN}),
                ("03", "more than 100", 100, {"as_of": SUN}),
                ("04", "80", 80),
                ("05", "81", 81),
                ("06", "80", 80, {"ctx": "Another 80"}),
                ("07", "At least 80", 80),
                ("08", "81", 81),
                ("09", "80", 80, {"ctx": "since 80"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors in hospital", "verdict": "conflict",
            "why": "Curra to Reuters on Sunday: 20 hospitalised (the Straits Times) against 22 in hospital (Daily Information Times); the same official's two counts cannot both hold (a judgement call: a hospital count has no direction in which it must move).",
            "mentions": [
                ("01", "20", 20, {"ctx": "with 20 hospitalised"}),
                ("05", "22", 22),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors in intensive care", "verdict": "single-source",
            "why": "One person in intensive care.",
            "mentions": [("01", "one", 1, {"ctx": "including one person"})],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "conflict",
            "why": "Estimates of the people on board from different sources that do not meet: survivors via Curra 140 to 150; 'over 100' (Pledge Times); the UN agencies 'about 170' (AP); 180 to 200 (local authorities, Reuters); 180 to 250 (elcw); 'Some 250' (See News).",
            "mentions": [
                ("01", "some 140 to 150", 145, {"low": 140, "high": 150}),
                ("02", "over 100", 100),
                ("03", "Some 250", 250),
                ("05", "140 to 150", 145, {"low": 140, "high": 150}),
                ("06", "about 170", 170),
                ("07", "about 170", 170),
                ("08", "between 180 to 200", 190, {"low": 180, "high": 200}),
                ("09", "between 180 and 250", 215, {"low": 180, "high": 250}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "missing", "verdict": "compatible",
            "why": "'Dozens' missing (AP), 'at least 70' unaccounted for (See News), 'possible that 100 people are still missing' (elcw): the intervals meet.",
            "mentions": [
                ("03", "at least 70", 70),
                ("06", "dozens", 24, {"low": 24, "high": None, "note": "written 'dozens'"}),
                ("06", "Dozens", 24, {"ctx": "Dozens more were", "low": 24, "high": None, "note": "written 'dozens'"}),
                ("07", "Dozens", 24, {"ctx": "Dozens more were", "low": 24, "high": None, "note": "written 'dozens'"}),
                ("09", "100", 100, {"ctx": "that 100 people"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "length:the boat", "verdict": "conflict",
            "why": "One AP version: 'the 20-foot (6-meter) boat'; another (Gulf News): 'the 20-metre (65-foot) boat' (Meloni spoke of a 20-metre boat). 6 and 20 metres cannot both hold.",
            "mentions": [
                ("06", "20-foot", 6.1, {"note": "metres; written '20-foot'"}),
                ("06", "6-meter", 6, {"note": "metres"}),
                ("07", "20-metre", 20, {"note": "metres"}),
                ("07", "65-foot", 19.8, {"note": "metres; written '65-foot'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:off the coast when Frontex spotted the boat", "verdict": "single-source",
            "why": "First spotted about 74 km (46 miles) off the coast.",
            "mentions": [
                ("01", "about 74 km", 74000, {"note": "metres; written in km"}),
                ("01", "46 miles", 74030, {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:off Crotone where the ship split", "verdict": "single-source",
            "why": "See News: the ship split in two approximately 20 kilometres off the coast of Crotone (Steccato di Cutro is about 20 km from Crotone): a look-alike of the 20-foot / 20-metre boat.",
            "mentions": [("03", "approximately 20 kilometres", 20000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the voyage from Izmir", "verdict": "compatible",
            "why": "The boat left Izmir 'about four days ago' / 'three or four days ago' (both via the prefecture's Curra).",
            "mentions": [
                ("01", "about four days", 4, {"note": "days"}),
                ("04", "three or four days", 3.5, {"low": 3, "high": 4, "note": "days"}),
                ("05", "three or four days", 3.5, {"low": 3, "high": 4, "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the shipwreck", "verdict": "agree",
            "why": "The boat broke up before dawn on Sunday 26 February 2023 ('last Sunday (2/26)' for elcw).",
            "mentions": [
                ("01", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN, {"ctx": "Sunday in stormy seas off Italy’s southern Calabria region, officials"}),
                ("04", "Sunday", SUN, {"ctx": "Sunday in stormy seas off Italy’s southern Calabria region.\n"}),
                ("05", "Sunday", SUN),
                ("06", "Sunday", SUN, {"ctx": "Calabrian coast Sunday"}),
                ("07", "Sunday", SUN, {"ctx": "coast on Sunday"}),
                ("09", "Sunday", SUN),
                ("09", "2/26", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Frontex sighted the boat", "verdict": "agree",
            "why": "Spotted by the Frontex plane late on Saturday 25 February ('Saturday night').",
            "mentions": [
                ("01", "Saturday", SAT),
                ("06", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:more bodies recovered", "verdict": "agree",
            "why": "More bodies were recovered on Monday 27 February (three for the AP, four for Reuters).",
            "mentions": [
                ("06", "Monday", MON, {"ctx": "bodies Monday"}),
                ("07", "Monday", MON, {"ctx": "bodies on Monday"}),
                ("08", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 64th body found", "verdict": "single-source",
            "why": "Another body found at sea on Tuesday 28 February ('Tuesday (2/28)').",
            "mentions": [
                ("09", "Tuesday", TUE, {"ctx": "on Tuesday (2/28)"}),
                ("09", "2/28", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:helicopter flights and dives resumed", "verdict": "single-source",
            "why": "Flights and dives resumed on Tuesday morning (another fact of the same day).",
            "mentions": [("09", "Tuesday", TUE, {"ctx": "this Tuesday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the intelligence report to parliament", "verdict": "single-source",
            "why": "The intelligence services' report was presented to parliament on Tuesday.",
            "mentions": [("09", "Tuesday", TUE, {"ctx": "this Tuesday to"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Crotone mayor's statement", "verdict": "single-source",
            "why": "Voce spoke to Sky TG-24 on Sunday afternoon (a look-alike of the wreck's Sunday).",
            "mentions": [("04", "Sunday", SUN, {"ctx": "Sunday afternoon"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:a migrant waiting for news at the stadium", "verdict": "single-source",
            "why": "Fazal Amin waited outside the stadium on Monday.",
            "mentions": [("06", "Monday", MON, {"ctx": "Crotone on Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the coast guard's sea search", "verdict": "single-source",
            "why": "Two coast guard vessels searched the sea on Monday.",
            "mentions": [("07", "Monday", MON, {"ctx": "On Monday, two"})],
        },
        {
            "event": E, "kind": "count", "role": "coast guard vessels searching on Monday", "verdict": "single-source",
            "why": "Two coast guard vessels searched on Monday: a look-alike of the two rescue boats of Saturday night.",
            "mentions": [("07", "two", 2, {"ctx": "Monday, two coast"})],
        },
        {
            "event": E, "kind": "count", "role": "rescue boats dispatched on Saturday night", "verdict": "single-source",
            "why": "Two rescue boats dispatched after the sighting, forced back by the sea.",
            "mentions": [("06", "two", 2, {"ctx": "dispatched two rescue"})],
        },
        {
            "event": E, "kind": "count", "role": "Pakistanis among the dead", "verdict": "compatible",
            "why": "28 Pakistanis among the dead (Daily Information Times); 'over two dozen Pakistanis' drowned (Pakistan's prime minister). Pakistan's foreign ministry later counted 20 Pakistanis on board (another cluster).",
            "mentions": [
                ("05", "28", 28),
                ("07", "over two dozen", 24),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Pakistani citizens on board", "verdict": "single-source",
            "why": "Pakistan's foreign ministry: 20 Pakistani citizens on the boat.",
            "mentions": [("08", "20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "Pakistanis missing", "verdict": "single-source",
            "why": "Four of the 20 Pakistanis missing.",
            "mentions": [("08", "four", 4, {"ctx": "with four missing"})],
        },
        {
            "event": E, "kind": "count", "role": "Pakistani survivors", "verdict": "single-source",
            "why": "16 of the 20 Pakistanis survived.",
            "mentions": [("08", "16", 16)],
        },
        {
            "event": E, "kind": "count", "role": "arrested as smugglers", "verdict": "updated",
            "why": "One survivor arrested on Sunday (the Guardia di Finanza); three by Tuesday (elcw).",
            "mentions": [
                ("05", "One", 1, {"ctx": "One survivor was arrested", "as_of": SUN}),
                ("09", "three", 3, {"ctx": "So far, three", "as_of": TUE}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:the boy who lost his family", "verdict": "single-source",
            "why": "A 12-year-old Afghan boy (a look-alike of the 12 children).",
            "mentions": [("08", "12-year-old", 12, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "family members the boy lost", "verdict": "single-source",
            "why": "All nine family members travelling with him.",
            "mentions": [("08", "nine", 9)],
        },
        {
            "event": E, "kind": "count", "role": "siblings the boy lost", "verdict": "single-source",
            "why": "Four siblings (a part of the nine): a look-alike of the four bodies of Monday.",
            "mentions": [("08", "four", 4, {"ctx": "and four siblings"})],
        },
        # --- background ---
        {
            "event": LAMPEDUSA, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Lampedusa wreck of October 2013: 360 dead (a trap for the toll).",
            "mentions": [("09", "360", 360)],
        },
        {
            "event": LAMPEDUSA, "kind": "date", "role": "date-of:the Lampedusa shipwreck", "verdict": "single-source",
            "why": "October 2013.",
            "mentions": [("09", "October 2013", "2013-10")],
        },
        {
            "event": TALIBAN, "kind": "date", "role": "date-of:the Taliban takeover", "verdict": "single-source",
            "why": "August 2021.",
            "mentions": [("07", "August 2021", "2021-08")],
        },
    ],
}
