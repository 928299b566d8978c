# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the crash of Air India flight AI171 at Ahmedabad, Thursday 12 June 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; durations in seconds or hours (note); heights and distances in metres (the
written unit in note); dates as ISO strings; times as ISO date-times in Indian time (UTC+05:30).
Thursday = 12 June 2025.
"""

E = "e1"
RUPANI = "e2"
DEBUT = "e3"
WED = "2025-06-11"
THU = "2025-06-12"
FRI = "2025-06-13"
SAT = "2025-06-14"
SPEC = {
    "description": (
        "The crash of Air India flight AI171, a Boeing 787-8 Dreamliner bound for London Gatwick, into the BJ Medical "
        "College hostel in Ahmedabad moments after take-off on Thursday 12 June 2025, as seven outlets reported it from "
        "that Thursday to Saturday 14 June: 241 of the 242 on board killed (230 passengers and 12 crew: two pilots and "
        "10 cabin crew), one survivor (40 years old); the total toll 'At least 265' / 'more than 290' / 'Approximately "
        "294' (police) revised down to 'more than 240' on Thursday, then 270 / 'over 270' on Saturday (`conflict`); "
        "bodies recovered or brought to the civil hospital 204 -> 265 -> about 270 (`updated`); deaths on the ground "
        "'at least 28' against 33 (`compatible`); take-off at about 1:30 pm / 1.38pm / 1:39pm (`compatible`); one "
        "outlet's 'on Wednesday' for the Thursday (`conflict`); 169 Indian, 53 British, seven Portuguese and one "
        "Canadian passengers; 217 adults, 11 children, two infants; the crash 30 seconds / less than a minute after "
        "take-off. Background whose figures are traps: Vijay Rupani's two terms as chief minister (7 August 2016 to 11 "
        "September 2021), the 787's commercial debut (2011); look-alikes inside the event: 12 crew and 12 June, 10 "
        "cabin crew, 11 children, 241 and 240."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'occurred today around 1:30 PM' with the first count of 204 bodies: 12 June 2025"},
        "02": {"published_how": "inferred: no date on the stored page; the police's revised toll of Thursday evening: 12 June 2025 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the police's first toll of 294 (Thursday): 12 June 2025 (a guess within a day)"},
        "04": {"published_how": "the URL's /2025/Jun/12/"},
        "05": {"published_how": "inferred: no date on the stored page; both black boxes recovered: taken as 13 June 2025 (a guess within days)"},
        "06": {"published_how": "the URL's -2025-06-14 (and the corpus's date line, removed from the text)"},
        "07": {"published_how": "inferred: no date on the stored page; 'Rescuers on Saturday recovered another body': 14 June 2025"},
    },
    "events": [
        {"id": E, "label": "the crash of Air India flight AI171 at Ahmedabad, Thursday 12 June 2025", "main": True},
        {"id": RUPANI, "label": "Vijay Rupani's two terms as chief minister of Gujarat, 2016-2021 (background)", "main": False},
        {"id": DEBUT, "label": "the Boeing 787's commercial debut, 2011 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": "The total toll (on board and on the ground): 'At least 265' (The New Indian Express, Thursday), 'more than 290' / 'Approximately 294' (a police officer, Thursday), which the same officer revised down to 'more than 240' that evening; 270 / 'over 270' on Saturday ('The authorities had earlier pegged the death toll at 265'). A toll revised down from 294 is not a count moving the way counts move: Thursday's 294 and 'more than 240' cannot both hold.",
            "mentions": [
                ("02", "more than 240", 240, {"as_of": THU}),
                ("02", "294", 294, {"as_of": THU, "note": "the previous toll, revised down"}),
                ("03", "more than 290", 290, {"as_of": THU}),
                ("03", "More than 290", 290, {"as_of": THU}),
                ("03", "Approximately 294", 294, {"as_of": THU}),
                ("04", "At least 265", 265, {"as_of": THU}),
                ("06", "270", 270, {"ctx": "rose to 270", "as_of": SAT}),
                ("06", "265", 265, {"as_of": THU, "note": "the earlier toll"}),
                ("07", "over 270", 270, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered / brought to the civil hospital", "verdict": "updated",
            "why": "204 bodies recovered (Thursday afternoon), 265 bodies at the civil hospital (the police, Thursday), 'Around 270' brought to the civil hospital (the junior doctors, Saturday).",
            "mentions": [
                ("01", "204", 204, {"as_of": THU}),
                ("04", "265", 265, {"ctx": "\"265 bodies", "as_of": THU}),
                ("06", "Around 270", 270, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths on board", "verdict": "agree",
            "why": "241 of the 242 on board killed (Air India).",
            "mentions": [
                ("02", "241", 241, {"ctx": "confirms 241"}),
                ("02", "241", 241, {"ctx": "that 241"}),
                ("03", "241", 241),
                ("04", "241", 241),
                ("05", "241", 241, {"ctx": "as 241"}),
                ("05", "241", 241, {"ctx": "sources, 241"}),
                ("06", "241", 241),
                ("07", "241", 241),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on board", "verdict": "agree",
            "why": "242 people on board (The New Indian Express once calls them '242 passengers').",
            "mentions": [
                ("01", "242", 242),
                ("03", "242", 242, {"ctx": "carrying 242"}),
                ("03", "242", 242, {"ctx": "of the 242"}),
                ("04", "242", 242, {"ctx": "241 of the 242"}),
                ("04", "242", 242, {"ctx": "one of the 242"}),
                ("04", "242", 242, {"ctx": "with 242"}),
                ("04", "242", 242, {"ctx": "The 242"}),
                ("05", "242", 242),
                ("06", "242", 242),
                ("07", "242", 242, {"ctx": "among the 242"}),
                ("07", "242", 242, {"ctx": "with 242"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "passengers", "verdict": "agree",
            "why": "230 passengers.",
            "mentions": [
                ("01", "230", 230),
                ("04", "230", 230),
                ("05", "230", 230),
                ("06", "230", 230),
            ],
        },
        {
            "event": E, "kind": "count", "role": "crew", "verdict": "agree",
            "why": "12 crew members (two pilots and 10 cabin crew).",
            "mentions": [
                ("04", "12", 12),
                ("05", "12", 12, {"ctx": "12 crew"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cabin crew", "verdict": "agree",
            "why": "10 cabin crew ('10 crew members' beside 'two pilots' for India Today).",
            "mentions": [
                ("01", "10", 10),
                ("03", "10", 10),
                ("04", "10", 10),
                ("06", "10", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "pilots", "verdict": "agree",
            "why": "Two pilots.",
            "mentions": [
                ("01", "2", 2, {"ctx": "2 pilots"}),
                ("03", "two", 2, {"ctx": "two pilots"}),
                ("04", "two", 2, {"ctx": "two pilots"}),
                ("06", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors", "verdict": "agree",
            "why": "One survivor (Vishwash Kumar Ramesh).",
            "mentions": [
                ("01", "one", 1, {"ctx": "one person"}),
                ("02", "one", 1, {"ctx": "with one survivor"}),
                ("02", "only one", 1),
                ("04", "only one", 1),
                ("05", "One", 1, {"ctx": "One Man"}),
                ("05", "only one", 1),
                ("06", "just one", 1),
                ("07", "one", 1, {"ctx": "with one survivor"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths on the ground", "verdict": "compatible",
            "why": "'at least 28' killed in the hostel building (Tawazon) and '33 deaths on the ground' (Saturday): a lower bound and a count that meet.",
            "mentions": [
                ("05", "at least 28", 28),
                ("07", "33", 33),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured on the ground", "verdict": "single-source",
            "why": "Around 60 injured in the hostel building.",
            "mentions": [("05", "around 60", 60)],
        },
        {
            "event": E, "kind": "count", "role": "Indian nationals on board", "verdict": "agree",
            "why": "169 Indian nationals.",
            "mentions": [("01", "169", 169), ("03", "169", 169)],
        },
        {
            "event": E, "kind": "count", "role": "British nationals on board", "verdict": "agree",
            "why": "53 British.",
            "mentions": [("01", "53", 53), ("03", "53", 53)],
        },
        {
            "event": E, "kind": "count", "role": "Portuguese nationals on board", "verdict": "agree",
            "why": "Seven Portuguese.",
            "mentions": [("01", "7", 7), ("03", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "Canadian nationals on board", "verdict": "agree",
            "why": "One Canadian.",
            "mentions": [("01", "1", 1, {"ctx": "1 Canadian"}), ("03", "one", 1, {"ctx": "one was Canadian"})],
        },
        {
            "event": E, "kind": "count", "role": "adult passengers", "verdict": "single-source",
            "why": "217 adults.",
            "mentions": [("03", "217", 217)],
        },
        {
            "event": E, "kind": "count", "role": "child passengers", "verdict": "single-source",
            "why": "11 children (a look-alike of the 10 cabin crew and 12 crew).",
            "mentions": [("03", "11", 11)],
        },
        {
            "event": E, "kind": "count", "role": "infant passengers", "verdict": "single-source",
            "why": "Two infants (a look-alike of the two pilots).",
            "mentions": [("03", "two", 2, {"ctx": "two infants"})],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered on Saturday", "verdict": "single-source",
            "why": "One more body recovered on Saturday.",
            "mentions": [("07", "One", 1, {"ctx": "One more body"})],
        },
        {
            "event": E, "kind": "count", "role": "body parts sent for DNA matching", "verdict": "single-source",
            "why": "319 body parts sent for DNA matching.",
            "mentions": [("07", "319", 319)],
        },
        {
            "event": E, "kind": "count", "role": "DNA samples collected from relatives on Friday", "verdict": "single-source",
            "why": "219 DNA samples collected on Friday.",
            "mentions": [("07", "219", 219)],
        },
        {
            "event": E, "kind": "count", "role": "victims handed over to their families", "verdict": "single-source",
            "why": "Bodies of only eight confirmed victims handed over.",
            "mentions": [("07", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "the survivor's age", "verdict": "agree",
            "why": "The survivor is 40.",
            "mentions": [("04", "40-year-old", 40), ("05", "40-year-old", 40)],
        },
        {
            "event": E, "kind": "count", "role": "Vijay Rupani's age", "verdict": "single-source",
            "why": "Rupani, 68, among the passengers.",
            "mentions": [("04", "68", 68)],
        },
        {
            "event": E, "kind": "duration", "role": "time from take-off to the crash", "verdict": "compatible",
            "why": "'Thirty seconds after take-off' (the survivor), 'Within just 30 seconds', and 'less than a minute' (the police).",
            "mentions": [
                ("02", "Thirty seconds", 30, {"note": "seconds"}),
                ("03", "Thirty seconds", 30, {"note": "seconds"}),
                ("04", "Thirty seconds", 30, {"note": "seconds"}),
                ("04", "less than a minute", 60, {"low": None, "high": 60, "note": "seconds; written 'a minute'"}),
                ("05", "30 seconds", 30, {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "the captain's flying hours", "verdict": "single-source",
            "why": "8200 hours of experience.",
            "mentions": [("04", "8200 hours", 8200, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "the first officer's flying hours", "verdict": "single-source",
            "why": "1100 hours of flying experience.",
            "mentions": [("04", "1100 hours", 1100, {"note": "hours"})],
        },
        {
            "event": E, "kind": "duration", "role": "period of the fire service's latest recoveries", "verdict": "single-source",
            "why": "Body parts and a corpse recovered in the past 24 hours.",
            "mentions": [("06", "24 hours", 24, {"note": "hours"})],
        },
        {
            "event": E, "kind": "measure", "role": "height:the plane's highest altitude", "verdict": "single-source",
            "why": "It reached just 425 feet.",
            "mentions": [("07", "425 feet", 129.5, {"note": "metres; written in feet"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:the campus from the runway's edge", "verdict": "single-source",
            "why": "Just 3 km from the runway's edge.",
            "mentions": [("07", "3km", 3000, {"note": "metres; written in km"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:take-off", "verdict": "compatible",
            "why": "Take-off (and the crash moments later) at 'around 1:30 PM' / 'approximately 1:30 PM', '1.38pm local time', '1:39pm': the same minute written with different precision.",
            "mentions": [
                ("01", "around 1:30 PM", "2025-06-12T13:30+05:30"),
                ("03", "1.38pm", "2025-06-12T13:38+05:30"),
                ("05", "approximately 1:30 PM", "2025-06-12T13:30+05:30"),
                ("07", "1:39pm", "2025-06-12T13:39+05:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the crash", "verdict": "conflict",
            "why": "Thursday 12 June 2025 ('today' for Kerala Kaumudi, 'June 12' for Tawazon); The New Indian Express writes that they 'were killed on Wednesday' (11 June): a date that cannot hold with the others.",
            "mentions": [
                ("01", "today", THU),
                ("02", "Thursday", THU),
                ("04", "Wednesday", WED, {"note": "the crash was on Thursday 12 June"}),
                ("05", "June 12", THU),
                ("06", "Thursday", THU, {"ctx": "Thursday's"}),
                ("06", "Thursday", THU, {"ctx": "on Thursday afternoon"}),
                ("07", "Thursday", THU, {"ctx": "on Thursday, taking"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the emergency location transmitter recovered", "verdict": "single-source",
            "why": "Late Thursday night.",
            "mentions": [("07", "Thursday", THU, {"ctx": "late Thursday night"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the black box retrieved", "verdict": "single-source",
            "why": "The black box retrieved on Friday.",
            "mentions": [("07", "Friday", FRI, {"ctx": "on Friday from"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:DNA samples collected", "verdict": "single-source",
            "why": "219 samples on Friday alone.",
            "mentions": [("07", "Friday", FRI, {"ctx": "On Friday alone"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:another body recovered", "verdict": "single-source",
            "why": "Rescuers on Saturday recovered another body.",
            "mentions": [("07", "Saturday", SAT)],
        },
        # --- background ---
        {
            "event": RUPANI, "kind": "count", "role": "Rupani's terms as chief minister", "verdict": "single-source",
            "why": "Two terms.",
            "mentions": [("04", "two", 2, {"ctx": "two terms"})],
        },
        {
            "event": RUPANI, "kind": "date", "role": "date-of:the start of Rupani's terms", "verdict": "single-source",
            "why": "From 7 August 2016.",
            "mentions": [("04", "August 7, 2016", "2016-08-07")],
        },
        {
            "event": RUPANI, "kind": "date", "role": "date-of:the end of Rupani's terms", "verdict": "single-source",
            "why": "To 11 September 2021.",
            "mentions": [("04", "September 11, 2021", "2021-09-11")],
        },
        {
            "event": DEBUT, "kind": "date", "role": "date-of:the 787's commercial debut", "verdict": "single-source",
            "why": "The 787's commercial debut in 2011 (the crash is its first fatal accident since).",
            "mentions": [("06", "2011", "2011")],
        },
    ],
}
