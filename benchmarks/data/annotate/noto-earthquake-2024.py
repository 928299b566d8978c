# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Noto Peninsula earthquake, Ishikawa, Japan, 1 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Monday = New Year's Day = 1 January 2024, Wednesday = 3 January, Thursday = 4 January, Friday = 5
January, Saturday = 6 January, Sunday = 7 January, Monday 8 January 2024 (06's 'on Monday' is its source's; 06 itself
says only 'on Sunday' and 'on Saturday'); times in Japan time (UTC+9). 03's 'yesterday' is Friday 5 January (a Saturday
paper). "New Year's Day" is a date mention (1 January 2024), as the weekday is. Lengths in metres, areas in square
metres. Left out: 'Dozens' / 'dozens' / 'hundreds' / 'Thousands' (vague), 'a sixth day' and 'the first day' (ordinals),
'two neighbouring regions' and 'the three prefectures' (scopes), 'one of the hardest-hit areas', the intensity scale's
'upper' grades (none here), the titles (removed from the texts).
"""

E = "e1"
KUMAMOTO = "e2"
MON1 = "2024-01-01"
WED = "2024-01-03"
THU = "2024-01-04"
FRI = "2024-01-05"
SAT = "2024-01-06"
SUN = "2024-01-07"
MON8 = "2024-01-08"

SPEC = {
    "description": (
        "The Noto Peninsula earthquake, Ishikawa, Japan, New Year's Day (Monday 1 January 2024) at around 4:10 p.m., as six "
        "outlets reported it from Wednesday 3 to Monday 8 January: the toll at least 73 (Wednesday) -> 84 (Thursday) -> 92 -> "
        "94 (Friday) -> 98 (Saturday morning) -> 110 (Saturday 4pm) -> 168 (Monday 8) (`updated`); the missing 242 -> 222 "
        "(Friday) -> 211 (Saturday morning: revised down) -> more than 200 -> 323 (Monday 8) (`updated`); Wajima's missing "
        "121 -> 31 -> 281 (`updated`); the magnitude 7.6 (Jiji, Reuters: the Japan Meteorological Agency) against 7.5 (AFP: "
        "the USGS's) (`conflict`); households without power 33,300 -> 30,000 -> 22,000 -> 18,000 (`updated`); Self-Defense "
        "Forces' rescuers 2,000 -> 5,400 (`updated`). Background: the Kumamoto earthquakes of 2016 (276 dead with related "
        "deaths)."
    ),
    "documents": {
        "01": {"published_how": "the page's dateline 'Jan. 3 (Jiji Press)'"},
        "02": {"published_how": "the URL (20240104); 'the prefectural government announced Thursday'"},
        "03": {"published_how": "inferred: no date on the stored page; an AFP text of Friday 5 January printed 'yesterday' (a Saturday paper): 6 January 2024, a guess within a day"},
        "04": {"published_how": "inferred: no date on the stored page; 'Rescuers sifted through rubble Saturday' (6 January 2024)"},
        "05": {"published_how": "the page's date line 'Published January 6, 2024' (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the AFP text of Monday 8 January 2024 ('more than tripled on Monday' in its other copies), a guess within a day"},
    },
    "events": [
        {"id": E, "label": "the Noto Peninsula earthquake of 1 January 2024 and its toll", "main": True},
        {"id": KUMAMOTO, "label": "the Kumamoto earthquakes of 2016 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the earthquake", "verdict": "updated",
            "why": "The confirmed dead as Ishikawa raised the count: at least 73 (Wednesday 3 January), 84 (Thursday), 92 then 94 (Friday), approaching 100, 98 (Saturday morning), 110 (Saturday 4pm, crossing 100), 168 (Monday 8 January).",
            "mentions": [
                ("01", "At least 73", 73, {"as_of": WED}),
                ("02", "84", 84, {"as_of": THU}),
                ("03", "100", 100, {"low": 90, "high": 100, "note": "'approached 100'", "as_of": FRI}),
                ("03", "94", 94, {"as_of": FRI}),
                ("03", "92", 92, {"as_of": FRI}),
                ("04", "98", 98, {"as_of": SAT}),
                ("05", "110", 110, {"ctx": "reached 110", "as_of": SAT}),
                ("05", "110", 110, {"ctx": "was 110 by", "as_of": SAT}),
                ("05", "94", 94, {"as_of": FRI}),
                ("05", "100", 100, {"low": 100, "high": None, "note": "'as the toll crossed 100'", "as_of": SAT}),
                ("06", "168", 168, {"as_of": MON8}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Wajima", "verdict": "single-source",
            "why": "'The death toll includes 39 in Wajima' (Wednesday).",
            "mentions": [("01", "39", 39)],
        },
        {
            "event": E, "kind": "count", "role": "deaths in Suzu", "verdict": "single-source",
            "why": "'and 23 in Suzu'.",
            "mentions": [("01", "23", 23)],
        },
        {
            "event": E, "kind": "count", "role": "people missing", "verdict": "updated",
            "why": "The unaccounted for as the lists were checked: 242, revised down to 222 (Friday 5 January), down again to 211 (Saturday morning), 'More than 200' (Saturday 4pm), then 323 (Monday 8 January, after Wajima's new list). A count revised down and up over days, not reports that contradict.",
            "mentions": [
                ("03", "222", 222, {"ctx": "searched yesterday for 222", "as_of": FRI}),
                ("03", "222", 222, {"ctx": "yesterday that 222", "as_of": FRI}),
                ("03", "242", 242),
                ("04", "211", 211, {"ctx": "with 211 people", "as_of": SAT}),
                ("04", "211", 211, {"ctx": "morning that 211", "as_of": SAT}),
                ("04", "222", 222, {"as_of": FRI}),
                ("05", "More than 200", 200, {"as_of": SAT}),
                ("06", "323", 323, {"as_of": MON8}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the search for the 222 missing", "verdict": "single-source",
            "why": "'Japanese rescuers searched yesterday for 222 people still missing' (a Saturday paper: Friday 5 January 2024).",
            "mentions": [("03", "yesterday", FRI, {"ctx": "searched yesterday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the authorities' count of 222 missing", "verdict": "single-source",
            "why": "'Authorities said yesterday that 222 people were unaccounted for' (Friday 5 January 2024).",
            "mentions": [("03", "yesterday", FRI, {"ctx": "said yesterday"})],
        },
        {
            "event": E, "kind": "count", "role": "people missing in Wajima", "verdict": "updated",
            "why": "121 (Friday 5 January) -> 31 -> 281 on Ishikawa's new list (Monday 8 January).",
            "mentions": [
                ("03", "121", 121, {"as_of": FRI}),
                ("06", "31", 31),
                ("06", "281", 281, {"as_of": MON8}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people missing in Suzu", "verdict": "single-source",
            "why": "'and 82 in Suzu' (Friday).",
            "mentions": [("03", "82", 82)],
        },
        {
            "event": E, "kind": "count", "role": "people injured", "verdict": "single-source",
            "why": "'with 464 people injured' (Friday).",
            "mentions": [("03", "464", 464)],
        },
        {
            "event": E, "kind": "measure", "role": "magnitude", "verdict": "conflict",
            "why": "7.6 (Jiji, Reuters: the Japan Meteorological Agency's reading) against 7.5 (AFP's texts: the USGS's): readings of two agencies that cannot both hold.",
            "mentions": [
                ("01", "7.6", 7.6),
                ("03", "7.5", 7.5),
                ("04", "7.5", 7.5),
                ("05", "7.6", 7.6),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "maximum seismic intensity (Japanese scale)", "verdict": "agree",
            "why": "7, the highest on the Japanese scale (observed in Shika).",
            "mentions": [
                ("01", "7", 7, {"ctx": "seismic intensity of 7,"}),
                ("02", "7", 7, {"ctx": "maximum intensity of 7"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "tsunami height at Wajima", "verdict": "single-source",
            "why": "'a tsunami of more than 1.2 meters was observed in Wajima'.",
            "mentions": [("01", "more than 1.2", 1.2, {"note": "metres"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the earthquake", "verdict": "agree",
            "why": "New Year's Day, Monday 1 January 2024.",
            "mentions": [
                ("01", "New Year's Day", MON1),
                ("01", "Monday", MON1),
                ("03", "New Year’s Day", MON1),
                ("04", "New Year’s Day", MON1, {"ctx": "the New Year’s Day 7.5"}),
                ("04", "New Year’s Day", MON1, {"ctx": "relaxing on New Year’s Day"}),
                ("05", "New Year’s Day", MON1),
                ("06", "New Year’s Day", MON1),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the earthquake", "verdict": "single-source",
            "why": "'at around 4:10 p.m. Monday'.",
            "mentions": [("01", "4:10 p.m.", "2024-01-01T16:10+09:00", {"note": "'around'"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 73", "verdict": "single-source",
            "why": "'Jan. 3 (Jiji Press)--At least 73 ... on Wednesday'.",
            "mentions": [
                ("01", "Jan. 3", WED),
                ("01", "Wednesday", WED, {"ctx": "people on Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "evacuation shelters opened", "verdict": "single-source",
            "why": "'Evacuation shelters were opened at 355 locations' (Wednesday).",
            "mentions": [("01", "355", 355)],
        },
        {
            "event": E, "kind": "count", "role": "people evacuated", "verdict": "compatible",
            "why": "About 33,000 evacuated (Wednesday) and more than 30,000 evacuees awaiting aid (Saturday): the two meet.",
            "mentions": [
                ("01", "about 33,000", 33000, {"as_of": WED}),
                ("05", "more than 30,000", 30000, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Self-Defense Forces rescue personnel", "verdict": "updated",
            "why": "Doubled to 2,000 (Wednesday) -> to be reinforced by 400 to 5,400 (Saturday).",
            "mentions": [
                ("01", "2,000", 2000, {"as_of": WED}),
                ("05", "5,400", 5400, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "reinforcement of the Self-Defense Forces' rescue staff", "verdict": "single-source",
            "why": "'reinforce the number of rescue staff by 400' (an increase, not the staff).",
            "mentions": [("05", "400", 400, {"ctx": "by 400"})],
        },
        {
            "event": E, "kind": "count", "role": "buildings burned in Wajima", "verdict": "single-source",
            "why": "'About 200 buildings in some 4,000 square meters were burned in Wajima'.",
            "mentions": [("01", "About 200", 200)],
        },
        {
            "event": E, "kind": "measure", "role": "area burned in Wajima", "verdict": "single-source",
            "why": "'in some 4,000 square meters'.",
            "mentions": [("01", "some 4,000", 4000, {"note": "square metres"})],
        },
        {
            "event": E, "kind": "count", "role": "households without power", "verdict": "updated",
            "why": "Some 33,300 (Hokuriku Electric, Wednesday 3:35 p.m.) -> around 30,000 (Friday) -> 22,000 homes (Saturday) -> approximately 18,000 (Monday 8 January's text): restored over days.",
            "mentions": [
                ("01", "Some 33,300", 33300, {"as_of": WED}),
                ("03", "Around 30,000", 30000, {"as_of": FRI}),
                ("05", "22,000", 22000, {"as_of": SAT}),
                ("06", "Approximately 18,000", 18000, {"as_of": MON8}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Hokuriku Electric's count of 33,300", "verdict": "single-source",
            "why": "'as of 3:35 p.m. Wednesday'.",
            "mentions": [
                ("01", "3:35 p.m.", "2024-01-03T15:35+09:00"),
                ("01", "Wednesday", WED, {"ctx": "p.m. Wednesday"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "households without water in Ishikawa (Thursday)", "verdict": "single-source",
            "why": "'The water supply was cut off to 82,588 households in Ishikawa Prefecture'.",
            "mentions": [("02", "82,588", 82588)],
        },
        {
            "event": E, "kind": "count", "role": "households without water in Toyama and Niigata (Thursday)", "verdict": "single-source",
            "why": "'A total of 13,932 households in Toyama and Niigata prefectures'.",
            "mentions": [("02", "13,932", 13932)],
        },
        {
            "event": E, "kind": "count", "role": "homes without water in Ishikawa and its neighbours", "verdict": "updated",
            "why": "89,800 homes in Ishikawa and two neighbouring regions (Friday) -> over 66,100 households (Sunday).",
            "mentions": [
                ("03", "89,800", 89800, {"as_of": FRI}),
                ("06", "over 66,100", 66100, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the count of households without water", "verdict": "single-source",
            "why": "'lacked access to water on Sunday' (7 January 2024).",
            "mentions": [("06", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "count", "role": "houses destroyed or damaged", "verdict": "single-source",
            "why": "'As of 10 a.m. Thursday, 223 houses had been destroyed or damaged'.",
            "mentions": [("02", "223", 223)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the count of damaged houses", "verdict": "single-source",
            "why": "'As of 10 a.m. Thursday'.",
            "mentions": [
                ("02", "10 a.m.", "2024-01-04T10:00+09:00"),
                ("02", "Thursday", THU, {"ctx": "10 a.m. Thursday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the prefecture's toll of 84", "verdict": "single-source",
            "why": "'the prefectural government announced Thursday' (4 January 2024).",
            "mentions": [("02", "Thursday", THU, {"ctx": "announced Thursday"})],
        },
        {
            "event": E, "kind": "duration", "role": "time after which survival falls sharply", "verdict": "single-source",
            "why": "'The survival rate is said to fall sharply after 72 hours'.",
            "mentions": [("02", "72 hours", 72, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 72-hour mark", "verdict": "single-source",
            "why": "'a point the area was to reach on Thursday evening'.",
            "mentions": [("02", "Thursday", THU, {"ctx": "on Thursday evening"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the coast guard's search off Suzu", "verdict": "single-source",
            "why": "'off the coast of Suzu in the prefecture Thursday morning'.",
            "mentions": [("02", "Thursday", THU, {"ctx": "prefecture Thursday morning"})],
        },
        {
            "event": E, "kind": "count", "role": "coast guard aircraft searching", "verdict": "single-source",
            "why": "'a search with one aircraft'.",
            "mentions": [("02", "one", 1, {"ctx": "one aircraft"})],
        },
        {
            "event": E, "kind": "count", "role": "coast guard patrol vessels searching", "verdict": "single-source",
            "why": "'and one patrol vessel'.",
            "mentions": [("02", "one", 1, {"ctx": "one patrol vessel"})],
        },
        {
            "event": E, "kind": "count", "role": "reports of people trapped in Wajima", "verdict": "single-source",
            "why": "'it had received 40 to 50 reports of people trapped'.",
            "mentions": [("02", "40 to 50", 45, {"low": 40, "high": 50})],
        },
        {
            "event": E, "kind": "count", "role": "Noetsu Expressway sections closed", "verdict": "single-source",
            "why": "'10 sections of the Noetsu Expressway ... were closed to traffic as of 5 a.m. Thursday'.",
            "mentions": [("02", "10", 10, {"ctx": "10 sections"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the expressway closures", "verdict": "single-source",
            "why": "'as of 5 a.m. Thursday'.",
            "mentions": [
                ("02", "5 a.m.", "2024-01-04T05:00+09:00"),
                ("02", "Thursday", THU, {"ctx": "5 a.m. Thursday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "days since the earthquake", "verdict": "updated",
            "why": "'four days after' (Friday 5 January) -> 'five days after' (Saturday 6 January).",
            "mentions": [
                ("03", "four days", 4, {"note": "days", "as_of": FRI}),
                ("04", "five days", 5, {"note": "days", "as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "elderly women pulled alive from the rubble on Thursday", "verdict": "agree",
            "why": "'Two elderly women were pulled from the rubble / wreckage of their homes on Thursday'.",
            "mentions": [
                ("03", "Two", 2),
                ("04", "Two", 2),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the two elderly women's rescue", "verdict": "agree",
            "why": "Thursday 4 January 2024 in both AFP texts.",
            "mentions": [
                ("03", "Thursday", THU),
                ("04", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the turn to recovering bodies", "verdict": "single-source",
            "why": "'Rescuers sifted through rubble Saturday as focus turned to recovering bodies'.",
            "mentions": [("04", "Saturday", SAT, {"ctx": "rubble Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the snow forecast", "verdict": "single-source",
            "why": "'snow was forecast for Sunday' (7 January 2024).",
            "mentions": [("04", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:AFP's filming in Suzu", "verdict": "single-source",
            "why": "'an AFP team filmed the clean-up operation on Friday'.",
            "mentions": [("04", "Friday", FRI)],
        },
        {
            "event": E, "kind": "count", "role": "people swept away by the tsunami in Suzu", "verdict": "single-source",
            "why": "'tsunami waves that also reportedly swept one person away'.",
            "mentions": [("04", "one", 1, {"ctx": "swept one person"})],
        },
        {
            "event": E, "kind": "count", "role": "storeys of the building toppled in Wajima", "verdict": "single-source",
            "why": "'toppled a seven-storey building'.",
            "mentions": [("04", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "age:Hiroyuki Hamatani", "verdict": "single-source",
            "why": "'Hiroyuki Hamatani, 53'.",
            "mentions": [("04", "53", 53)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the authorities' count of 211 missing", "verdict": "single-source",
            "why": "'Authorities said on Saturday morning that 211 people were unaccounted for'.",
            "mentions": [("04", "Saturday", SAT, {"ctx": "on Saturday morning"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the toll of 110", "verdict": "single-source",
            "why": "'reached 110 on Saturday' / 'was 110 by 4pm on Saturday' (6 January 2024).",
            "mentions": [
                ("05", "Saturday", SAT, {"ctx": "110 on Saturday"}),
                ("05", "4pm", "2024-01-06T16:00+09:00"),
                ("05", "Saturday", SAT, {"ctx": "4pm on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since a deadlier quake in Japan", "verdict": "single-source",
            "why": "'the deadliest quake in nearly eight years' (since Kumamoto, 2016).",
            "mentions": [("05", "nearly eight years", 8, {"low": 7.2, "high": 8, "note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "residents airlifted from Fukamimachi", "verdict": "single-source",
            "why": "'helicopters ... airlifted at least 14 residents to safety'.",
            "mentions": [("05", "at least 14", 14)],
        },
        {
            "event": E, "kind": "count", "role": "people cut off by the snow", "verdict": "single-source",
            "why": "'impeding access to over 2,000 people' (Monday 8 January's text).",
            "mentions": [("06", "over 2,000", 2000)],
        },
        {
            "event": E, "kind": "count", "role": "age:the woman rescued in Suzu", "verdict": "single-source",
            "why": "'a woman in her 90s'.",
            "mentions": [("06", "90s", 90, {"low": 90, "high": 99, "note": "'in her 90s'"})],
        },
        {
            "event": E, "kind": "duration", "role": "time the Suzu woman survived under the debris", "verdict": "single-source",
            "why": "'survived five days under the debris of a collapsed house' (a look-alike of AFP's 'five days after').",
            "mentions": [("06", "five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Suzu woman's rescue", "verdict": "single-source",
            "why": "'before being rescued on Saturday' (6 January 2024).",
            "mentions": [("06", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "count", "role": "age:Naoyuki Teramoto", "verdict": "single-source",
            "why": "'Naoyuki Teramoto, 52'.",
            "mentions": [("06", "52", 52)],
        },
        {
            "event": E, "kind": "count", "role": "Teramoto's children found dead", "verdict": "single-source",
            "why": "'the bodies of three of his four children'.",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "Teramoto's children", "verdict": "single-source",
            "why": "'three of his four children'.",
            "mentions": [("06", "four", 4)],
        },
        {
            "event": E, "kind": "measure", "role": "fresh snow", "verdict": "single-source",
            "why": "'the newly fallen heavy snow, exceeding 10 centimeters in some areas'.",
            "mentions": [("06", "10", 0.1, {"low": 0.1, "high": None, "note": "metres; written 'exceeding 10 centimeters'"})],
        },
        {
            "event": KUMAMOTO, "kind": "count", "role": "deaths in the Kumamoto earthquakes", "verdict": "single-source",
            "why": "'a toll of 276 in quakes in 2016 in the southwestern region of Kumamoto, a tally that includes related deaths' (a background toll).",
            "mentions": [("05", "276", 276)],
        },
        {
            "event": KUMAMOTO, "kind": "date", "role": "date-of:the Kumamoto earthquakes", "verdict": "single-source",
            "why": "'quakes in 2016'.",
            "mentions": [("05", "2016", "2016")],
        },
    ],
}
