# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the knife attack at Solingen's city festival, Friday 23 August 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 23 August 2024, Saturday = 24 August, Sunday = 25 August 2024; times in German summer
time (UTC+2), a GMT, BST or 'UK' time as the same instant. Ages and the city's history in years, the man-hunt in hours,
the festival in days, distances in metres (miles at 1,609.344 m). Left out: ordinals ('650th anniversary', written three
times; 05's '650-year history' is kept), 'thousands of people', 'Two sources cited by the local newspaper', 'one of the
organisers', 'one of the stages', 'a metre away' and 'a few metres away', 'Half an hour of east of Düsseldorf' (vague),
the headlines (removed from the texts).
"""

E = "e1"
CITY = "e2"
FRI = "2024-08-23"
SAT = "2024-08-24"
SUN = "2024-08-25"
MILE = 1609.344

SPEC = {
    "description": (
        "The knife attack at the Festival of Diversity for Solingen's 650th anniversary, on the Fronhof, Solingen, Germany, "
        "on Friday 23 August 2024, as six outlets reported it from Friday night to 26 August: three dead (`agree`), two men "
        "aged 56 and 67 and a woman of 56 (`agree`); seriously injured nine (the organiser) against three (the local paper's "
        "sources) on Friday night, four -> five (the police, early Saturday) -> four (`conflict`); injured eight against the "
        "Irish Times's 'five people injured' (`conflict`); the time around 9.45pm / 9.40pm (19:40 GMT, 8.40pm UK) / about "
        "22:00 (`compatible`); the suspect 26 (`agree`), in Germany since December 2022 (`agree`); a 15-year-old detained "
        "(`agree`); a 25-hour man-hunt, some 1,500 at Saturday's vigil. Background: the city of about 160,000 (`agree`), 25 km "
        "(15 miles) from Düsseldorf, its 650-year history."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-08-23 (removed from the text); no official count yet ('Friday night')"},
        "02": {"published_how": "the corpus's date line 2024-08-24 (removed from the text)"},
        "03": {"published_how": "the URL (2024/08/24)"},
        "04": {"published_how": "the corpus's date line 2024-08-26 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; the suspect named by prosecutors and in custody (Sunday 25 August): 25 August 2024, a guess within a day"},
        "06": {"published_how": "the URL (2024/08/25)"},
    },
    "events": [
        {"id": E, "label": "the knife attack at Solingen's city festival, 23 August 2024", "main": True},
        {"id": CITY, "label": "the city of Solingen (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths in the attack", "verdict": "agree",
            "why": "Three dead.",
            "mentions": [
                ("01", "At least three", 3),
                ("01", "three", 3, {"ctx": "reported to be three"}),
                ("02", "three", 3),
                ("03", "three", 3),
                ("04", "three", 3),
                ("05", "Three", 3),
                ("06", "three", 3, {"ctx": "killed three and"}),
                ("06", "three", 3, {"ctx": "killing three people"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seriously injured", "verdict": "conflict",
            "why": "On Friday night the organiser said the emergency services were treating 'nine seriously injured people' (the 'lives of nine people'), the local paper's two sources 'three people are seriously injured', the police four; early Saturday the police said five ('up from the four serious injuries the police reported earlier'), and AFP and the BBC four on Sunday ('four of them seriously', 'Four ... are still in a serious condition'). Nine against three on the same night cannot both hold; the police's four -> five -> four is a count revised.",
            "mentions": [
                ("01", "nine", 9, {"ctx": "treating nine seriously", "as_of": FRI}),
                ("01", "nine", 9, {"ctx": "lives of nine people", "as_of": FRI}),
                ("01", "three", 3, {"ctx": "while three people", "as_of": FRI}),
                ("02", "four", 4, {"as_of": FRI}),
                ("02", "five", 5, {"as_of": SAT}),
                ("03", "five", 5, {"as_of": SAT}),
                ("04", "four", 4, {"as_of": SUN}),
                ("05", "Four", 4, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "slightly injured", "verdict": "single-source",
            "why": "'one is slightly injured' (the local paper's sources, Friday night).",
            "mentions": [("01", "one", 1, {"ctx": "one is slightly"})],
        },
        {
            "event": E, "kind": "count", "role": "injured in the attack", "verdict": "conflict",
            "why": "Eight injured (the police from early Saturday; The Irish Times's own standfirst) against the same Irish Times text's 'left five people injured'.",
            "mentions": [
                ("02", "Eight", 8),
                ("03", "Eight", 8),
                ("04", "eight", 8),
                ("05", "eight", 8),
                ("06", "eight", 8),
                ("06", "five", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among the dead", "verdict": "agree",
            "why": "Two men.",
            "mentions": [
                ("03", "two", 2, {"ctx": "two men"}),
                ("04", "Two", 2),
                ("05", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "single-source",
            "why": "'The dead included one woman and two men'.",
            "mentions": [("03", "one", 1, {"ctx": "one woman"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the younger man killed", "verdict": "agree",
            "why": "'Two men aged 56 and 67'.",
            "mentions": [
                ("04", "56", 56, {"ctx": "aged 56 and", "note": "years"}),
                ("05", "56", 56, {"ctx": "aged 56 and", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the older man killed", "verdict": "agree",
            "why": "67.",
            "mentions": [
                ("04", "67", 67, {"note": "years"}),
                ("05", "67", 67, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the woman killed", "verdict": "agree",
            "why": "'a 56-year-old woman'.",
            "mentions": [
                ("04", "56-year-old", 56, {"note": "years"}),
                ("05", "56-year-old", 56, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the attack", "verdict": "compatible",
            "why": "Around 9.45pm (German media), around / about 9:40pm (the police; 19:40 GMT, 8.40pm UK), 'about 22:00 local time (21:00 BST)' (the BBC): one instant given roughly, within 20 minutes, each hedged.",
            "mentions": [
                ("01", "9.45pm", "2024-08-23T21:45+02:00", {"note": "'At around'"}),
                ("02", "9.40pm", "2024-08-23T21:40+02:00", {"note": "'around'"}),
                ("02", "8.40pm UK", "2024-08-23T21:40+02:00", {"note": "the same instant in British summer time"}),
                ("03", "9:40pm", "2024-08-23T21:40+02:00", {"note": "'At about'"}),
                ("03", "19:40 GMT", "2024-08-23T21:40+02:00", {"note": "the same instant in GMT"}),
                ("04", "9:40pm", "2024-08-23T21:40+02:00", {"note": "'at around'"}),
                ("04", "1940 GMT", "2024-08-23T21:40+02:00", {"note": "the same instant in GMT"}),
                ("05", "22:00", "2024-08-23T22:00+02:00", {"note": "'at about', local time"}),
                ("05", "21:00 BST", "2024-08-23T22:00+02:00", {"note": "the same instant in British summer time"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the attack", "verdict": "agree",
            "why": "Friday 23 August 2024.",
            "mentions": [
                ("01", "Friday", FRI),
                ("02", "Friday", FRI),
                ("03", "Friday", FRI),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "during Friday’s"}),
                ("05", "Friday", FRI, {"ctx": "BST) on Friday"}),
                ("06", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police's statement of eight injured", "verdict": "agree",
            "why": "'the police said in a statement early on Saturday' / 'police said on Saturday' / 'said in a statement early on Saturday' (24 August).",
            "mentions": [
                ("02", "Saturday", SAT, {"ctx": "statement early on Saturday"}),
                ("03", "Saturday", SAT, {"ctx": "police said on Saturday as"}),
                ("03", "Saturday", SAT, {"ctx": "statement early on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the man-hunt", "verdict": "single-source",
            "why": "'Police hunted on Saturday for an unknown assailant'.",
            "mentions": [("02", "Saturday", SAT, {"ctx": "Police hunted on Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police's warning to residents", "verdict": "single-source",
            "why": "'Police on Saturday warned residents'.",
            "mentions": [("03", "Saturday", SAT, {"ctx": "Police on Saturday warned"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Reul's visit to the scene", "verdict": "single-source",
            "why": "'visited the scene early on Saturday'.",
            "mentions": [("03", "Saturday", SAT, {"ctx": "scene early on Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Islamic State's claim", "verdict": "single-source",
            "why": "'On Saturday, IS claimed that it was behind the attack'.",
            "mentions": [("05", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the vigil", "verdict": "single-source",
            "why": "'some 1,500 people gathered on Saturday evening'.",
            "mentions": [("06", "Saturday", SAT, {"ctx": "gathered on Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 15-year-old's detention", "verdict": "single-source",
            "why": "'a 15-year-old they detained on Saturday'.",
            "mentions": [("06", "Saturday", SAT, {"ctx": "detained on Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the police's announcement of the surrender", "verdict": "single-source",
            "why": "'Police said on Sunday that a 26-year-old Syrian had turned himself in'.",
            "mentions": [("04", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ecumenical service", "verdict": "single-source",
            "why": "'An ecumenical service was held on Sunday morning'.",
            "mentions": [("06", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the festival's planned end", "verdict": "single-source",
            "why": "'The events were supposed to run through Sunday'.",
            "mentions": [("03", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "duration", "role": "length of the planned festival", "verdict": "single-source",
            "why": "'The planned three-day celebrations'.",
            "mentions": [("05", "three", 3, {"ctx": "three-day", "note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "visitors expected at the festival", "verdict": "single-source",
            "why": "'for which about 75,000 people had been expected'.",
            "mentions": [("05", "about 75,000", 75000)],
        },
        {
            "event": E, "kind": "duration", "role": "age of the suspect (Issa Al H.)", "verdict": "agree",
            "why": "26.",
            "mentions": [
                ("04", "26-year-old", 26, {"note": "years"}),
                ("05", "26-year-old", 26, {"note": "years"}),
                ("06", "26", 26, {"note": "years; written '26 year-old'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the suspect's arrival in Germany", "verdict": "agree",
            "why": "December 2022.",
            "mentions": [
                ("05", "December 2022", "2022-12"),
                ("06", "December 2022", "2022-12"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the boy detained", "verdict": "agree",
            "why": "A 15-year-old accused of knowing of the attack in advance.",
            "mentions": [
                ("05", "15-year-old", 15, {"note": "years"}),
                ("06", "15-year-old", 15, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "length of the man-hunt", "verdict": "single-source",
            "why": "'After a 25-hour man-hunt'.",
            "mentions": [("06", "25-hour", 25, {"note": "hours"})],
        },
        {
            "event": E, "kind": "count", "role": "people at Saturday's vigil", "verdict": "single-source",
            "why": "'some 1,500 people gathered on Saturday evening'.",
            "mentions": [("06", "some 1,500", 1500)],
        },
        {
            "event": E, "kind": "count", "role": "men in custody", "verdict": "single-source",
            "why": "'Police have three men in custody, including a 15-year-old'.",
            "mentions": [("06", "three", 3, {"ctx": "have three men"})],
        },
        {
            "event": CITY, "kind": "count", "role": "inhabitants of Solingen", "verdict": "agree",
            "why": "About 160,000.",
            "mentions": [
                ("01", "160,000", 160000),
                ("03", "about 160,000", 160000),
                ("05", "about 160,000", 160000),
            ],
        },
        {
            "event": CITY, "kind": "measure", "role": "distance of Solingen from Düsseldorf", "verdict": "single-source",
            "why": "'about 25km (15 miles) east of Düsseldorf': one distance and its conversion.",
            "mentions": [
                ("05", "about 25km", 25000, {"note": "metres"}),
                ("05", "15 miles", round(15 * MILE), {"note": "metres; the conversion of 25 km", "low": None, "high": None}),
            ],
        },
        {
            "event": CITY, "kind": "duration", "role": "age of the city", "verdict": "single-source",
            "why": "'a festival to celebrate its 650-year history'.",
            "mentions": [("05", "650-year", 650, {"note": "years"})],
        },
    ],
}
