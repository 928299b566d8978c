# ruff: noqa: E501, E741  (hand-written annotation data: one event or mention per line reads best)
"""gold4's blind second annotation of morbi-bridge-2022 (see ../agreement/build.py, ``--set test2``)."""

META = {
    "story": "morbi-bridge-2022",
    "source": "gathered",
    "description": (
        "the collapse of the renovated suspension bridge over the Machchhu river in Morbi, Gujarat, on "
        "Sunday 30 October 2022 at about 6.30 pm (toll rising from over 60 that night to 130-141 on Monday, "
        "with the minister's 132 against the police's 141), with the August 1979 failure of the Machchhu "
        "Dam-II and the 1975 Banquiao dam failure as background events (second annotation, gold4)"
    ),
}

_HOW = "sources.toml (publication date of the page)"
DOCUMENTS = [
    {"doc": d, "event_hint": "e1", "published": p, "published_how": h}
    for d, p, h in [
        ("01_news18.txt", "2022-10-30", _HOW),
        ("02_indianexpress.txt", "2022-10-31", _HOW),
        ("03_netindian.txt", "2022-10-31", "'Morbi (Gujarat), October 31, 2022' on the page"),
        ("04_sakshi.txt", "2022-10-31", _HOW),
        ("05_newshamster.txt", "2022-10-31", _HOW),
        ("06_indiatvnews.txt", "2022-10-31", _HOW),
        ("07_deccanherald.txt", "2022-10-31", _HOW),
        ("08_opindia.txt", "2022-11-01", _HOW),
    ]
]

EVENTS = [
    {"id": "e1", "label": "collapse of the suspension bridge (Jhulto Pul) over the Machchhu, Morbi, Sunday 30 October 2022, and its aftermath", "main": True},
    {"id": "e2", "label": "failure of the Machchhu Dam-II that flooded Morbi, 11 August 1979", "main": False},
    {"id": "e3", "label": "failure of the Banquiao dam, China, 1975", "main": False},
]

N18, IE, NI, SK, NH, IT, DH, OP = (
    "01_news18.txt", "02_indianexpress.txt", "03_netindian.txt", "04_sakshi.txt",
    "05_newshamster.txt", "06_indiatvnews.txt", "07_deccanherald.txt", "08_opindia.txt",
)
SUN, MON, TUE = "2022-10-30", "2022-10-31", "2022-11-01"
INR = "Indian rupees (1 lakh = 100,000)"

CLUSTERS = [
    # ---- e1: the bridge collapse -------------------------------------------------------------
    ("e1", "count", "deaths", "conflict",
     "The toll rose as bodies were recovered, from over 60 on Sunday night (the MP, 9:48 pm) to 130, 133 "
     "and 134 on Monday and 141 (the police's IG, Monday morning), a rising count; but on the same Monday "
     "morning the minister of state for home gave 132 against the police's 141, and on 1 November OpIndia's "
     "135 bodies recovered is below the 141 of the day before: reports that cannot both hold.",
     [
         (N18, "More than 60", 60, {"ctx": "More than 60 people died", "low": 60, "as_of": SUN}),
         (N18, "over 60", 60, {"low": 60, "as_of": SUN}),
         (N18, "More than 60", 60, {"ctx": "More than 60 bodies", "low": 60, "as_of": SUN, "note": "bodies recovered, quoted from the MP"}),
         (IE, "133", 133, {"as_of": MON}),
         (NI, "141", 141, {"as_of": MON, "note": "the Rajkot range IG of police"}),
         (NI, "132", 132, {"as_of": MON, "note": "the minister of state for home, Harsh Sanghavi"}),
         (SK, "at least 141", 141, {"low": 141, "as_of": MON}),
         (NH, "130", 130, {"as_of": MON}),
         (IT, "134", 134, {"as_of": MON}),
         (DH, "over 130", 130, {"low": 130, "as_of": MON}),
         (OP, "135", 135, {"as_of": TUE, "note": "mortal remains recovered, 'as per reports'"}),
     ]),
    ("e1", "count", "deceased-listed-by-hospital", "single-source",
     "Only NetIndian: the Morbi government hospital's list of 99 deceased (a subset of the toll, a look-alike).",
     [(NI, "99", 99, {"as_of": MON})]),
    ("e1", "count", "injured", "single-source",
     "Only The Indian Express gives the number injured (as many as 93).",
     [(IE, "As many as 93", 93, {"high": 93, "as_of": MON})]),
    ("e1", "count", "injured-or-stranded", "single-source",
     "Only the News Hamster, quoting the local MLA on Sunday evening: 70-80 people injured or left stranded "
     "in the river, a different quantity from the injured.",
     [(NH, "About 70-80", 75, {"low": 70, "high": 80, "as_of": SUN})]),
    ("e1", "count", "injured-in-government-hospital", "single-source",
     "Only The Indian Express: nearly 84 of the injured in the government hospital.",
     [(IE, "Nearly 84", 84, {"high": 84})]),
    ("e1", "count", "injured-in-private-hospital", "single-source",
     "Only The Indian Express: nine of the injured in private hospital.",
     [(IE, "nine", 9, {"ctx": "while nine are in private"})]),
    ("e1", "count", "under-treatment", "single-source",
     "Only the News Hamster (Gujarat information department): around 19 still under treatment on Monday.",
     [(NH, "Around 19", 19, {"as_of": MON})]),
    ("e1", "count", "rescued", "updated",
     "177 rescued on Monday (Sakshi, News Hamster), 180 rescued by the NDRF in OpIndia's report of 1 "
     "November: a count that rose while the search went on.",
     [
         (SK, "177", 177, {"as_of": MON}),
         (NH, "Around 177", 177, {"as_of": MON}),
         (OP, "A total of 180", 180, {"as_of": TUE}),
     ]),
    ("e1", "count", "missing", "agree",
     "Two persons unaccounted for (the minister, NetIndian) and 2 still missing (OpIndia).",
     [
         (NI, "two", 2, {"ctx": "while two persons remain"}),
         (NI, "two", 2, {"ctx": "when the two missing persons"}),
         (OP, "2", 2, {"ctx": "while 2 are still missing"}),
     ]),
    ("e1", "count", "people-on-bridge", "conflict",
     "About 400 people on the bridge (NetIndian) vs around 500 (Sakshi) vs 'dozens' (News Hamster): "
     "estimates of one crowd at one moment that cannot all hold.",
     [
         (NI, "about 400", 400),
         (SK, "Around 500", 500),
         (NH, "dozens", None, {"low": 24, "high": 199, "note": "vague: 'dozens of people were walking on the bridge'"}),
     ]),
    ("e1", "date", "date-of:collapse", "agree",
     "Every outlet dates the collapse to Sunday (30 October 2022), evening or night; the tweet's "
     "'Yesterday' (quoted on 31 October) is the same day.",
     [
         (N18, "Sunday evening", SUN),
         (NI, "Sunday evening", SUN, {"ctx": "Gujarat on Sunday evening"}),
         (NI, "Sunday evening", SUN, {"ctx": "took place on Sunday evening"}),
         (SK, "Sunday", SUN, {"ctx": "River collapsed on Sunday."}),
         (SK, "Sunday night", SUN),
         (SK, "Sunday", SUN, {"ctx": "6:42 pm on Sunday"}),
         (NH, "Sunday evening", SUN),
         (IT, "Sunday", SUN, {"ctx": "6.30 pm on Sunday"}),
         (IT, "Sunday", SUN, {"ctx": "being a Sunday"}),
         (DH, "Sunday", SUN),
         (DH, "Yesterday", SUN, {"ctx": "Yesterday's #MorbiBridgeTragedy", "note": "a tweet quoted on 31 October"}),
     ]),
    ("e1", "date", "time-of:collapse", "compatible",
     "About 6.30 pm (News18, News Hamster, India TV) vs 6:42 pm (Sakshi): an approximate and a precise "
     "time twelve minutes apart.",
     [
         (N18, "around 6.30 pm", "18:30"),
         (SK, "6:42 pm", "18:42"),
         (NH, "about 6:30 pm", "18:30"),
         (IT, "around 6.30 pm", "18:30"),
     ]),
    ("e1", "date", "date-of:toll-reports", "agree",
     "The Monday tolls (133, 141, 130, 134) are all dated Monday 31 October.",
     [
         (IE, "Monday morning", MON),
         (NI, "Monday morning", MON, {"ctx": "141 as of Monday morning"}),
         (NI, "Monday morning", MON, {"ctx": "As of Monday morning, the Morbi"}),
         (NH, "Monday", MON, {"ctx": "130 on Monday"}),
         (IT, "Monday", MON),
     ]),
    ("e1", "date", "time-of:MP's toll statement", "single-source",
     "Only News18: the MP's 'over 60' as of 9:48 pm on Sunday.",
     [(N18, "9:48 pm", "21:48")]),
    ("e1", "date", "time-of:army arrival", "single-source",
     "Only the News Hamster (an Army major): the Army reached around 3 at night.",
     [(NH, "around 3 at night", "03:00", {"note": "the night of 30-31 October"})]),
    ("e1", "date", "date-of:reopening", "agree",
     "Reopened on 26 October (Gujarati New Year) in News18 and Sakshi.",
     [
         (N18, "October 26", "2022-10-26"),
         (SK, "October 26", "2022-10-26"),
     ]),
    ("e1", "duration", "duration-of:reopening to collapse", "compatible",
     "Reopened four days before the collapse (News18, News Hamster) vs 'five days ago' in India TV's "
     "Monday article: counted from the collapse and from the publication day, both fit 26 October.",
     [
         (N18, "just four days", 4, {"note": "days"}),
         (NH, "just four days", 4, {"note": "days"}),
         (IT, "five days", 5, {"note": "days, counted from Monday 31 October"}),
     ]),
    ("e1", "duration", "duration-of:closure for renovation", "compatible",
     "Repair work of nearly six months (News18) vs closed for (about) seven months (Sakshi, News Hamster): "
     "the repair work fits inside the closure.",
     [
         (N18, "nearly six months", 6, {"high": 6, "note": "months of repair work"}),
         (SK, "seven months", 7, {"note": "months shut"}),
         (NH, "about seven months", 7, {"note": "months closed"}),
     ]),
    ("e1", "measure", "length-of:bridge", "compatible",
     "233 m (News18) vs 230m (754ft) (News Hamster): a rounded length and its conversion.",
     [
         (N18, "233 m", 233, {"note": "metres"}),
         (NH, "230m", 230, {"note": "metres"}),
         (NH, "754ft", 229.8, {"note": "metres; the conversion of 230m, as written 754 ft"}),
     ]),
    ("e1", "measure", "width-of:bridge", "single-source",
     "Only News18: 1.25 m wide.",
     [(N18, "1.25 m", 1.25, {"note": "metres"})]),
    ("e1", "count", "age-of:bridge", "compatible",
     "'Nearly 100-year-old' (Sakshi), 'century-old' (Indian Express, Sakshi, News Hamster) and 'more than a "
     "century old' (India TV): loose phrasings of about a hundred years.",
     [
         (SK, "nearly 100", 100, {"high": 100, "note": "years"}),
         (IE, "century-old", 100, {"note": "years"}),
         (SK, "century-old", 100, {"note": "years"}),
         (NH, "century-old", 100, {"note": "years"}),
         (IT, "more than-a-century-old", 100, {"low": 100, "note": "years"}),
     ]),
    ("e1", "date", "date-of:construction", "single-source",
     "Only the News Hamster: built in the 19th century.",
     [(NH, "19th Century", "18xx")]),
    ("e1", "measure", "distance-of:Morbi from Gandhinagar", "conflict",
     "About 240 km (News Hamster) vs around 300 km (India TV) from Gandhinagar: estimates of one distance "
     "that cannot both hold.",
     [
         (NH, "about 240 km", 240000, {"note": "metres, as written 240 km"}),
         (IT, "around 300 km", 300000, {"note": "metres, as written 300 km"}),
     ]),
    ("e1", "measure", "distance-of:bridge from Ahmedabad", "single-source",
     "Only Sakshi: around 300 miles from Ahmedabad (a look-alike of the Gandhinagar distance).",
     [(SK, "around 300 miles", 482803, {"note": "metres, as written 300 miles"})]),
    ("e1", "measure", "distance-of:Morbi from Rajkot", "single-source",
     "Only News18: 53 km from Rajkot.",
     [(N18, "53 km", 53000, {"note": "metres, as written 53 km"})]),
    ("e1", "count", "NDRF teams", "single-source",
     "Only Sakshi: five NDRF teams.",
     [(SK, "five", 5, {"ctx": "with five teams"})]),
    ("e1", "count", "probe committee members", "agree",
     "A five-member committee (Indian Express) and a 5-member committee (OpIndia).",
     [
         (IE, "five-member", 5),
         (OP, "5-member", 5),
     ]),
    ("e1", "duration", "duration-of:PM's Gujarat visit", "agree",
     "A three-day tour (Indian Express) and a three-day visit (OpIndia).",
     [
         (IE, "three-day", 3, {"note": "days"}),
         (OP, "three-day", 3, {"note": "days"}),
     ]),
    ("e1", "count", "PM's programmes cancelled", "single-source",
     "Only The Indian Express: at least two programmes deferred or cancelled.",
     [(IE, "at least two", 2, {"low": 2})]),
    ("e1", "date", "date-of:PM's visit to Morbi", "single-source",
     "Only OpIndia: Tuesday, November 1.",
     [(OP, "Tuesday, November 1", TUE)]),
    ("e1", "count", "arrested", "single-source",
     "Only OpIndia: 9 arrested, restated as 'Nine' in the quoted ANI tweet.",
     [
         (OP, "9", 9, {"ctx": "9 persons have been arrested"}),
         (OP, "Nine", 9),
     ]),
    ("e1", "date", "date-of:arrests reported", "single-source",
     "Only OpIndia: the ANI tweet announcing the nine arrests is dated October 31, 2022.",
     [(OP, "October 31, 2022", MON)]),
    ("e1", "count", "arrested-managers", "single-source",
     "Only OpIndia (ANI tweet): two managers of Oreva among the arrested.",
     [(OP, "two", 2, {"ctx": "two managers"})]),
    ("e1", "count", "arrested-ticket-clerks", "single-source",
     "Only OpIndia (ANI tweet): two ticket clerks among the arrested.",
     [(OP, "two", 2, {"ctx": "two ticket clerks"})]),
    ("e1", "count", "arrested-contractors", "single-source",
     "Only OpIndia (ANI tweet): two contractors among the arrested.",
     [(OP, "two", 2, {"ctx": "two contractors"})]),
    ("e1", "count", "arrested-security-guards", "single-source",
     "Only OpIndia (ANI tweet): three security guards among the arrested.",
     [(OP, "three", 3, {"ctx": "three security guards"})]),
    ("e1", "duration", "duration-of:Oreva's maintenance contract", "single-source",
     "Only the News Hamster: operations and maintenance handed over for 15 years.",
     [(NH, "15 years", 15, {"note": "years"})]),
    ("e1", "money", "ex-gratia:state, per death", "agree",
     "The Chief Minister's (state government's) Rs 4 lakh per death, in three outlets.",
     [
         (IE, "Rs 4 lakh", 400000, {"note": INR}),
         (NI, "Rs 4 lakh", 400000, {"note": INR}),
         (SK, "Rs 4 lakh", 400000, {"note": INR}),
     ]),
    ("e1", "money", "ex-gratia:state, per injured", "agree",
     "The Chief Minister's (state government's) Rs 50,000 per injured, in three outlets (a look-alike of the PM's).",
     [
         (IE, "Rs 50,000", 50000, {"note": INR}),
         (NI, "Rs 50,000", 50000, {"ctx": "Rs 50,000 financial help", "note": INR}),
         (SK, "Rs 50,000", 50000, {"note": INR}),
     ]),
    ("e1", "money", "ex-gratia:PM, per death", "agree",
     "The Prime Minister's Rs 2 lakh from the PMNRF per death, in three outlets.",
     [
         (IE, "Rs 2 lakh", 200000, {"note": INR}),
         (NI, "Rs 2 lakh", 200000, {"note": INR}),
         (SK, "Rs 2 lakh", 200000, {"note": INR}),
     ]),
    ("e1", "money", "ex-gratia:PM, per injured", "agree",
     "The Prime Minister's Rs 50,000 per injured (Indian Express, NetIndian).",
     [
         (IE, "Rs. 50,000", 50000, {"note": INR}),
         (NI, "Rs 50,000", 50000, {"ctx": "Rs 50,000 for each of the injured", "note": INR}),
     ]),
    # ---- e2: the 1979 Machchhu dam failure -----------------------------------------------------
    ("e2", "date", "date-of:dam failure", "compatible",
     "11 August 1979 in India TV, Deccan Herald and OpIndia; the year alone (1979) elsewhere in the same "
     "articles, and '43 years ago' is the same year.",
     [
         (IT, "In 1979", "1979"),
         (IT, "August 11, 1979", "1979-08-11"),
         (DH, "August 11, 1979", "1979-08-11"),
         (DH, "1979", "1979", {"ctx": "disaster of 1979."}),
         (OP, "1979", "1979", {"ctx": "Gujarat, in 1979."}),
         (OP, "August 11, 1979", "1979-08-11"),
     ]),
    ("e2", "duration", "time since the dam burst", "single-source",
     "Only Deccan Herald: the dam burst 43 years ago.",
     [(DH, "43 years ago", 43, {"note": "years"})]),
    ("e2", "count", "deaths", "compatible",
     "At least 1,500 (India TV, OpIndia), 'thousands' (India TV), and estimates from 1,800 to 25,000 "
     "(Deccan Herald): overlapping ranges, no firm figure.",
     [
         (IT, "at least 1,500", 1500, {"low": 1500}),
         (IT, "thousands", None, {"low": 2000, "note": "vague: 'claimed thousands of lives'"}),
         (DH, "1,800 to 25,000", None, {"low": 1800, "high": 25000}),
         (DH, "as high as 25,000", 25000, {"high": 25000}),
         (OP, "at least 1,500", 1500, {"low": 1500}),
     ]),
    ("e2", "count", "animals killed", "agree",
     "More than 13000 animals in India TV and OpIndia.",
     [
         (IT, "more than 13000", 13000, {"low": 13000}),
         (OP, "more than 13000", 13000, {"low": 13000}),
     ]),
    ("e2", "date", "time-of:dam failure", "single-source",
     "Only India TV: the dam broke at 3.15 pm.",
     [(IT, "3.15 pm", "15:15")]),
    ("e2", "duration", "duration-of:flooding of the city", "single-source",
     "Only India TV: within 15 minutes the water engulfed the city.",
     [(IT, "within 15 minutes", 15, {"high": 15, "note": "minutes"})]),
    ("e2", "measure", "length-of:dam", "single-source",
     "Only Deccan Herald: the two mile-long dam.",
     [(DH, "two mile-long", 3219, {"note": "metres, as written two miles"})]),
    ("e2", "date", "date-of:dam rebuilt", "single-source",
     "Only Deccan Herald: rebuilt at the end of the 1980s.",
     [(DH, "end of the 1980s", "198x")]),
    # ---- e3: Banquiao ---------------------------------------------------------------------------
    ("e3", "date", "date-of:dam failure", "single-source",
     "Only OpIndia: the 1975 Banquiao failure (a trap for the 1979 date).",
     [(OP, "1975", "1975")]),
    ("e3", "date", "date-of:declassification of the toll", "single-source",
     "Only OpIndia: the Banquiao toll declassified in 2005.",
     [(OP, "2005", "2005")]),
]
