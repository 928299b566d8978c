# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the crash of Jeju Air flight 7C2216 at Muan, South Korea, 29 December 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Sunday = 29 December 2024 (06's 'the 29th'), Saturday = 4 January 2025 (the end of the mourning);
times in Korean time (UTC+9), a GMT time as the same instant. Distances in metres (miles at 1,609.344 m). Left out: the
aircraft's model ('737-800') and the flight number ('7C2216'), 'one of South Korea’s deadliest', 'one of several
potential causes', 'one of South Korea’s leading', 'a message from one passenger', 'a few seconds later', the titles and programme tags (removed from the texts).
"""

E = "e1"
GUAM = "e2"
BOMB = "e3"
TRIPOLI = "e4"
HAENAM = "e5"
SFO = "e6"
SHANGHAI = "e7"
TWAY = "e8"
JEJUAIR = "e9"
RISK = "e10"
SUN = "2024-12-29"
MILE = 1609.344

SPEC = {
    "description": (
        "The crash of Jeju Air flight 7C2216 from Bangkok at Muan International Airport, South Korea, on Sunday 29 December "
        "2024, as six outlets reported it on Sunday and Monday: the toll at least 85 (62 earlier in the same text) -> 179 "
        "(`updated`); women among the dead 37 -> 46 -> 85 and men 25 -> 39 -> 84 (`updated`); 181 on board, 175 passengers, "
        "six crew, two survivors (`agree`); the crew members among the survivors one (two early texts: 'one flight attendant "
        "and one passenger') against two (`conflict`); the crash at 9:03 a.m. (the Transport Ministry; 00:03 GMT) against "
        "Yonhap's 9:07 am via WAM (`conflict`); Muan 288 km / 178 miles / about 290 km from Seoul (`compatible`). Background: "
        "Korean air disasters (Guam 1997, 228 dead; the 1987 bombing, 115; Tripoli 1989, 80 and 139; Haenam 1993, 66 and 44; "
        "San Francisco 2013, three and 181 injured, a look-alike of the 181 on board; Shanghai 1999, eight and 41), a T'way "
        "bird strike on 10 January, Jeju Air's start in 2005, the 'devil's 11 minutes'."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-12-29 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; an early report ('at least 85', Sunday morning): 29 December 2024"},
        "03": {"published_how": "the page's time stamp 'Published December 29, 2024 | 10:00 AM' (removed from the text) and its dateline '29th Dec, 2024'"},
        "04": {"published_how": "inferred: no date on the stored page; the AP text after the mourning was declared and the recorders retrieved: 30 December 2024, a guess within a day"},
        "05": {"published_how": "the corpus's date line 2024-12-30 (removed from the text); 'Yesterday morning' for Sunday"},
        "06": {"published_how": "the URL (2024/12/29)"},
    },
    "events": [
        {"id": E, "label": "the crash of Jeju Air flight 7C2216 at Muan, 29 December 2024", "main": True},
        {"id": GUAM, "label": "the Korean Air crash at Guam, August 1997 (background)", "main": False},
        {"id": BOMB, "label": "the bombing of a Korean Air plane over Myanmar waters, 1987 (background)", "main": False},
        {"id": TRIPOLI, "label": "the Korean Air crash at Tripoli, 1989 (background)", "main": False},
        {"id": HAENAM, "label": "the Asiana crash at Haenam, 1993 (background)", "main": False},
        {"id": SFO, "label": "the Asiana crash at San Francisco, 2013 (background)", "main": False},
        {"id": SHANGHAI, "label": "the Korean Air crash at Shanghai, 1999 (background)", "main": False},
        {"id": TWAY, "label": "a bird strike on a T'way Air plane at Incheon, 10 January 2024 (sibling)", "main": False},
        {"id": JEJUAIR, "label": "Jeju Air's history (background)", "main": False},
        {"id": RISK, "label": "the industry's 'devil's 11 minutes' of take-off and landing (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the crash", "verdict": "updated",
            "why": "The toll as the fire agency raised it on Sunday 29 December: 62 (the fire agency's count by sex, kept in Chiang Rai Times's text), at least 85 (Yonhap, Sunday morning), 179 (the final toll: all but the two rescued).",
            "mentions": [
                ("01", "at least 85", 85, {"as_of": SUN}),
                ("01", "62", 62, {"as_of": SUN}),
                ("02", "at least 85", 85, {"as_of": SUN}),
                ("04", "179", 179, {"as_of": SUN}),
                ("05", "179", 179, {"ctx": "killed 179 of", "as_of": SUN}),
                ("05", "179", 179, {"ctx": "stood at 179", "as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "updated",
            "why": "37 (among 62) -> 46 (among 85) -> 85 (among 179), by the fire agency's counts of Sunday; the 85 women are a look-alike of the toll of 85.",
            "mentions": [
                ("01", "37", 37),
                ("02", "46", 46),
                ("04", "85", 85),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among the dead", "verdict": "updated",
            "why": "25 (among 62) -> 39 (among 85) -> 84 (among 179).",
            "mentions": [
                ("01", "25", 25),
                ("02", "39", 39),
                ("04", "84", 84),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dead whose sex was not yet identified", "verdict": "single-source",
            "why": "'10 others whose genders weren’t immediately identifiable'.",
            "mentions": [("04", "10", 10)],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "agree",
            "why": "181 on board (Chiang Rai Times writes '181 passengers' for the 181 people, then '175 passengers and six crew members').",
            "mentions": [
                ("01", "181", 181, {"note": "written '181 passengers'"}),
                ("03", "181", 181, {"ctx": "carrying 181"}),
                ("03", "181", 181, {"ctx": "total of 181"}),
                ("05", "181", 181, {"ctx": "of the 181"}),
                ("05", "181", 181, {"ctx": "There were 181"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers on board", "verdict": "agree",
            "why": "175 passengers.",
            "mentions": [
                ("01", "175", 175),
                ("02", "175", 175),
                ("05", "175", 175, {"ctx": "- 175 passengers"}),
                ("05", "175", 175, {"ctx": "Out of 175"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew members on board", "verdict": "agree",
            "why": "Six crew members.",
            "mentions": [
                ("01", "six", 6),
                ("02", "six", 6),
                ("03", "six", 6),
                ("05", "six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors", "verdict": "agree",
            "why": "Two people rescued alive ('all but two').",
            "mentions": [
                ("01", "two", 2, {"ctx": "two people have been found"}),
                ("02", "two", 2, {"ctx": "with two survivors"}),
                ("02", "two", 2, {"ctx": "the two rescued"}),
                ("03", "two", 2, {"ctx": "all but two"}),
                ("03", "two", 2, {"ctx": "Except the two"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew members among the survivors", "verdict": "conflict",
            "why": "Two early texts (the fire agency via Chiang Rai Times, Yonhap via WAM) have one flight attendant / crew member and one passenger rescued; AP and KBS have 'Only two crew members' survived / rescued (and The Morning Telegraph 'both crew members'): one against two for the same two survivors.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one flight attendant"}),
                ("03", "one", 1, {"ctx": "one crew member"}),
                ("04", "two", 2, {"ctx": "Only two crew"}),
                ("05", "two", 2, {"ctx": "Only two crew"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers among the survivors", "verdict": "agree",
            "why": "'one flight attendant and one passenger' / 'One passenger and one crew member' (the two early texts agree with each other; the later ones have no passenger among the survivors, which the crew cluster's conflict carries).",
            "mentions": [
                ("01", "one", 1, {"ctx": "one passenger have"}),
                ("03", "One", 1, {"ctx": "One passenger"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "South Koreans on board", "verdict": "agree",
            "why": "173 South Koreans (Yonhap; KBS: 'tentatively identified as Koreans').",
            "mentions": [
                ("01", "173", 173),
                ("05", "173", 173),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Thai nationals on board", "verdict": "agree",
            "why": "Two Thais, both among the dead.",
            "mentions": [
                ("01", "two", 2, {"ctx": "two Thais"}),
                ("03", "two", 2, {"ctx": "two Thai"}),
                ("04", "two", 2, {"ctx": "two Thai"}),
                ("05", "two", 2, {"ctx": "two as Thai"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the crash", "verdict": "conflict",
            "why": "9:03 a.m. (the Transport Ministry: AP, KBS, The Morning Telegraph with 00:03 GMT, Chosun Biz 'around 9:03'; Chiang Rai Times 'shortly after 09:00', 00:00 GMT) against Yonhap's 9:07 am in WAM's text: four minutes apart for the same crash.",
            "mentions": [
                ("01", "09:00", "2024-12-29T09:00+09:00", {"note": "'shortly after'"}),
                ("01", "00:00 GMT", "2024-12-29T09:00+09:00", {"note": "the same instant in GMT; 'shortly after'"}),
                ("02", "9:03 am", "2024-12-29T09:03+09:00"),
                ("02", "00:03 GMT", "2024-12-29T09:03+09:00", {"note": "the same instant in GMT"}),
                ("03", "9:07 am", "2024-12-29T09:07+09:00"),
                ("04", "9:03 a.m.", "2024-12-29T09:03+09:00"),
                ("05", "9:03 a.m", "2024-12-29T09:03+09:00"),
                ("06", "9:03 a.m.", "2024-12-29T09:03+09:00", {"note": "'At around'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the crash", "verdict": "agree",
            "why": "Sunday 29 December 2024.",
            "mentions": [
                ("02", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN),
                ("05", "Sunday", SUN, {"ctx": "a.m on Sunday"}),
                ("05", "Yesterday", SUN, {"note": "'Yesterday morning', in Monday's broadcast"}),
                ("06", "29th", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:WAM's report", "verdict": "single-source",
            "why": "The dateline 'WAM - 29th Dec, 2024'.",
            "mentions": [("03", "29th Dec, 2024", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the departure from Bangkok", "verdict": "single-source",
            "why": "'left Bangkok early Sunday morning, local time' (29 December 2024).",
            "mentions": [("05", "Sunday", SUN, {"ctx": "early Sunday morning"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance of Muan from Seoul", "verdict": "compatible",
            "why": "288 km (178 miles) in Chiang Rai Times and WAM's text, 'about 290 kilometers' in AP's: one distance, rounded and converted.",
            "mentions": [
                ("01", "178 miles", round(178 * MILE), {"note": "metres; the conversion of 288 km", "low": None, "high": None}),
                ("01", "288", 288000, {"note": "metres; written '288 kilometers'"}),
                ("03", "about 288", 288000, {"note": "metres; written 'about 288 kilometres'"}),
                ("04", "about 290", 290000, {"note": "metres; written 'about 290 kilometers'"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "firefighters dispatched", "verdict": "single-source",
            "why": "'80 firefighters and more than 30 fire engines had been dispatched'.",
            "mentions": [("01", "80", 80)],
        },
        {
            "event": E, "kind": "count", "role": "fire engines dispatched", "verdict": "single-source",
            "why": "'more than 30 fire engines'.",
            "mentions": [("01", "more than 30", 30)],
        },
        {
            "event": E, "kind": "duration", "role": "search and rescue mission", "verdict": "single-source",
            "why": "'wrapped up the search and rescue mission about 12 hours after the accident'.",
            "mentions": [("05", "about 12 hours", 12, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the runway's closure", "verdict": "single-source",
            "why": "'close the airport's runway until January 1' (2025).",
            "mentions": [("05", "January 1", "2025-01-01")],
        },
        {
            "event": E, "kind": "duration", "role": "national mourning", "verdict": "single-source",
            "why": "'a weeklong national mourning period through Saturday'.",
            "mentions": [("04", "weeklong", 7, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the national mourning", "verdict": "single-source",
            "why": "'through Saturday' (4 January 2025).",
            "mentions": [("04", "Saturday", "2025-01-04")],
        },
        {
            "event": GUAM, "kind": "date", "role": "date-of:the Guam crash", "verdict": "single-source",
            "why": "'the crash accident at Guam Airport in the United States in 1997' / 'In August 1997'.",
            "mentions": [
                ("06", "1997", "1997", {"ctx": "States in 1997."}),
                ("06", "August 1997", "1997-08"),
            ],
        },
        {
            "event": GUAM, "kind": "count", "role": "deaths in the Guam crash", "verdict": "single-source",
            "why": "'resulting in the deaths of 228 people' (a background toll).",
            "mentions": [("06", "228", 228)],
        },
        {
            "event": BOMB, "kind": "date", "role": "date-of:the 1987 bombing", "verdict": "single-source",
            "why": "'The Korean Air passenger airplane bombing in 1987 over Myanmar waters'.",
            "mentions": [("06", "1987", "1987")],
        },
        {
            "event": BOMB, "kind": "count", "role": "deaths in the 1987 bombing", "verdict": "single-source",
            "why": "'claiming 115 lives'.",
            "mentions": [("06", "115", 115)],
        },
        {
            "event": TRIPOLI, "kind": "date", "role": "date-of:the Tripoli crash", "verdict": "single-source",
            "why": "'In 1989, a Korean Air passenger plane ... crashed while attempting to land at Tripoli Airport'.",
            "mentions": [("06", "1989", "1989")],
        },
        {
            "event": TRIPOLI, "kind": "count", "role": "deaths in the Tripoli crash", "verdict": "single-source",
            "why": "'the deaths of 80 people'.",
            "mentions": [("06", "80", 80)],
        },
        {
            "event": TRIPOLI, "kind": "count", "role": "injured in the Tripoli crash", "verdict": "single-source",
            "why": "'injuries to 139 others'.",
            "mentions": [("06", "139", 139)],
        },
        {
            "event": HAENAM, "kind": "date", "role": "date-of:the Haenam crash", "verdict": "single-source",
            "why": "'The 1993 accident of an Asiana Airlines passenger plane'.",
            "mentions": [("06", "1993", "1993")],
        },
        {
            "event": HAENAM, "kind": "count", "role": "deaths in the Haenam crash", "verdict": "single-source",
            "why": "'killing 66 people'.",
            "mentions": [("06", "66", 66)],
        },
        {
            "event": HAENAM, "kind": "count", "role": "injured in the Haenam crash", "verdict": "single-source",
            "why": "'and injuring 44'.",
            "mentions": [("06", "44", 44)],
        },
        {
            "event": SFO, "kind": "date", "role": "date-of:the San Francisco crash", "verdict": "single-source",
            "why": "'at San Francisco International Airport in the United States in 2013'.",
            "mentions": [("06", "2013", "2013")],
        },
        {
            "event": SFO, "kind": "count", "role": "deaths in the San Francisco crash", "verdict": "single-source",
            "why": "'killing three Chinese students'.",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": SFO, "kind": "count", "role": "injured in the San Francisco crash", "verdict": "single-source",
            "why": "'There were 181 injuries' (a look-alike of the 181 on board the Jeju Air plane).",
            "mentions": [("06", "181", 181)],
        },
        {
            "event": SHANGHAI, "kind": "date", "role": "date-of:the Shanghai crash", "verdict": "single-source",
            "why": "'In 1999, a Korean Air passenger plane crashed shortly after takeoff from Shanghai Airport'.",
            "mentions": [("06", "1999", "1999")],
        },
        {
            "event": SHANGHAI, "kind": "count", "role": "deaths in the Shanghai crash", "verdict": "single-source",
            "why": "'killing eight people'.",
            "mentions": [("06", "eight", 8)],
        },
        {
            "event": SHANGHAI, "kind": "count", "role": "injured in the Shanghai crash", "verdict": "single-source",
            "why": "'and injuring 41'.",
            "mentions": [("06", "41", 41)],
        },
        {
            "event": TWAY, "kind": "date", "role": "date-of:the T'way bird strike at Incheon", "verdict": "single-source",
            "why": "'while landing at Incheon International Airport on Jan. 10' (2024; a sibling bird strike).",
            "mentions": [("06", "Jan. 10", "2024-01-10")],
        },
        {
            "event": JEJUAIR, "kind": "date", "role": "date-of:the start of Jeju Air's operations", "verdict": "single-source",
            "why": "'low-cost carriers that began operations in 2005'.",
            "mentions": [("01", "2005", "2005")],
        },
        {
            "event": RISK, "kind": "duration", "role": "the risky minutes after take-off", "verdict": "single-source",
            "why": "''3 minutes after takeoff and 8 minutes before landing' as the 'devil's 11 minutes''.",
            "mentions": [("06", "3 minutes", 3, {"note": "minutes"})],
        },
        {
            "event": RISK, "kind": "duration", "role": "the risky minutes before landing", "verdict": "single-source",
            "why": "'8 minutes before landing'.",
            "mentions": [("06", "8 minutes", 8, {"note": "minutes"})],
        },
        {
            "event": RISK, "kind": "duration", "role": "the 'devil's 11 minutes'", "verdict": "single-source",
            "why": "'the 'devil's 11 minutes''.",
            "mentions": [("06", "11 minutes", 11, {"note": "minutes"})],
        },
    ],
}
