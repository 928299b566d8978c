# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Britain's record-heat day of 19 July 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Temperatures are in degrees Celsius; a Fahrenheit figure is converted (note says so).
"""

E = "e1"
DAY = "2022-07-19"
C = "degrees Celsius"
F = "degrees Celsius; written in Fahrenheit"
SPEC = {
    "description": (
        "Britain's hottest day on record, Tuesday 19 July 2022: the provisional record of 40.3C at Coningsby in "
        "the afternoon ('approximately 4pm' vs 'by 4.12pm'; 104.5F, one outlet's '104F'; 'over / more than 40C' "
        "in headlines), Heathrow's 40.2C at 11:50 GMT (a look-alike of the record), 29 then 34 sites beating "
        "the 2019 record and five equalling it, Scotland's 34.8C; and the day's fires: the London Fire Brigade's "
        "2,600 / 'more than 2,600' / 2,670 calls against around 350 normally, 41 / 'more than 40' / 'dozens of' "
        "properties destroyed in London, 16 firefighters injured, nearly 20 / '18 or 19' homes lost in "
        "Wennington. Background: the previous record of 38.7C (101.7F) at Cambridge in 2019, Scotland's 32.9C of "
        "2003, Monday night's record minimum (25C vs Brighton's 23.9C of 1990), the cooler Wednesday forecast."
    ),
    "documents": {
        "01": {"published_how": "'date 2022-07-19' on the stored page and the dateline 'LONDON, July 19 (Reuters)'"},
        "02": {"published_how": "'date 2022-07-19' on the stored page"},
        "03": {"published_how": "the URL's story number (122071900930: 2022-07-19); reports 'on Tuesday' as news"},
        "04": {"published_how": "the URL's date (/2022-07-19/)"},
        "05": {"published_how": "inferred: a live blog with no date that reports the readings as they came in on 19 July"},
        "06": {"published_how": "not stated; the text reports the day's figures (34 stations) as news, so 19 or 20 July"},
        "07": {"published_how": "not stated; the text reports Tuesday's figures and Wednesday's forecast, so 19 or 20 July"},
        "08": {"published_how": "inferred: 'counting the cost ... on Wednesday' (the URL gives 2022/07)"},
        "09": {"published_how": "inferred: homes 'gutted yesterday' on the hottest day (19 July)"},
        "10": {"published_how": "inferred: 'Aerial footage of the village on Wednesday' after Tuesday (July 19)"},
        "11": {"published_how": "inferred: 'its hottest day on record yesterday (July 19)'"},
    },
    "events": [
        {"id": "e1", "label": "Britain's record-heat day and its fires, Tuesday 19 July 2022", "main": True},
        {"id": "e2", "label": "the previous UK record, 38.7C at Cambridge Botanic Garden, 2019 (background)", "main": False},
        {"id": "e3", "label": "Scotland's previous record, 32.9C in 2003 (background)", "main": False},
        {"id": "e4", "label": "the record daily minimum of Monday night, 18-19 July 2022 (sibling)", "main": False},
        {"id": "e5", "label": "the previous daily-minimum record, 23.9C at Brighton, 3 August 1990 (background)", "main": False},
        {"id": "e6", "label": "the forecast for Tuesday night and Wednesday 20 July 2022 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "measure", "role": "temperature:the day's highest, the new UK record (Coningsby)", "verdict": "compatible",
            "why": (
                "The Met Office's provisional record of 40.3C at Coningsby; 104.5F is its conversion, Hot Digital's "
                "'104F' a rounded one, and 'over / more than / topped / hit 40C' and '40C weather' state it to the degree."
            ),
            "mentions": [
                ("03", "40C", 40, {"ctx": "temperature of 40C", "low": 39.5, "high": 40.5, "note": C + "; rounded"}),
                ("03", "104F", 40.0, {"ctx": "40C (104F)", "low": 39.5, "high": 40.5, "note": F + " (104F)"}),
                ("03", "40.3C", 40.3, {"note": C}),
                ("03", "104.5F", 40.28, {"note": F + " (104.5F)"}),
                ("04", "over 40C", 40, {"low": 40, "high": None, "note": C + "; headline"}),
                ("04", "40.3C", 40.3, {"ctx": "with 40.3C recorded", "note": C}),
                ("04", "40.3C", 40.3, {"ctx": "reached 40.3C", "note": C}),
                ("05", "40.3", 40.3, {"ctx": "40.3 in Lincolnshire", "note": C + "; headline"}),
                ("05", "40.3C", 40.3, {"note": C}),
                ("06", "40.3C", 40.3, {"ctx": "United Kingdom record temperature of 40.3C", "note": C + "; headline"}),
                ("06", "40.3C", 40.3, {"ctx": "recorded a record temperature of 40.3C", "note": C}),
                ("06", "40.3C", 40.3, {"ctx": "hitting 40.3C", "note": C}),
                ("06", "104F", 40.0, {"note": F + " (104F), the outlet's rounded conversion of 40.3C"}),
                ("07", "40C", 40, {"ctx": "temperatures hit 40C", "low": 40, "high": None, "note": C + "; headline"}),
                ("07", "40C", 40, {"ctx": "topped 40C", "low": 40, "high": None, "note": C}),
                ("07", "40.3C", 40.3, {"note": C}),
                ("08", "40ºC", 40, {"ctx": "unprecedented 40ºC", "low": 39.5, "high": 40.5, "note": C + "; rounded"}),
                ("08", "40.3ºC", 40.3, {"note": C}),
                ("10", "104F", 40.0, {"low": 40.0, "high": None, "note": F + " ('topped 104F')"}),
                ("10", "104.5F", 40.28, {"note": F + " (104.5F)"}),
                ("11", "40.3C", 40.3, {"note": C}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:Heathrow's reading", "verdict": "compatible",
            "why": (
                "40.2C at Heathrow at 11:50 GMT, the first reading above 40C ('more than 40C', 'exceeding 40 degrees', "
                "104.3F); a look-alike of the day's record of 40.3C at Coningsby, not a contradiction of it."
            ),
            "mentions": [
                ("01", "40C", 40, {"ctx": "exceeds 40C", "low": 40, "high": None, "note": C + "; headline"}),
                ("01", "more than 40C", 40, {"note": C}),
                ("01", "104F", 40.0, {"low": 40.0, "high": None, "note": F + " (104F)"}),
                ("01", "40.2C", 40.2, {"note": C}),
                ("02", "40 degrees Celsius", 40, {"low": 40, "high": None, "note": C + "; 'exceeding'"}),
                ("02", "104 degrees Fahrenheit", 40.0, {"low": 40.0, "high": None, "note": F}),
                ("02", "40.2C", 40.2, {"note": C}),
                ("04", "40.2C", 40.2, {"note": C + "; Heathrow and St James Park"}),
                ("05", "40.2", 40.2, {"ctx": "40.2 at Heathrow", "note": C + "; headline"}),
                ("05", "40.2", 40.2, {"ctx": "hit 40.2", "note": C}),
                ("05", "104.3F", 40.17, {"note": F + " (104.3F)"}),
                ("06", "40.2C", 40.2, {"note": C}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Heathrow's reading", "verdict": "single-source",
            "why": "40.2C at Heathrow at 11:50 GMT (12:50 local time).",
            "mentions": [("01", "11:50 GMT", "2022-07-19T11:50Z")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Coningsby's record reading", "verdict": "compatible",
            "why": "ITV's 'approximately 4pm' and YorkMix's 'by 4.12pm' (local time, BST) are one afternoon reading.",
            "mentions": [
                ("04", "approximately 4pm", "2022-07-19T15:00Z", {"note": "local time (BST), approximate"}),
                ("05", "by 4.12pm", "2022-07-19T15:12Z", {"note": "local time (BST); 'by': at or before"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the record heat and fires", "verdict": "agree",
            "why": "Every outlet dates the record and the fires to Tuesday 19 July 2022 ('yesterday' in the Wednesday articles).",
            "mentions": [
                ("01", "Tuesday", DAY),
                ("02", "Tuesday", DAY),
                ("03", "Tuesday", DAY),
                ("04", "Tuesday", DAY, {"ctx": "4pm on Tuesday"}),
                ("07", "Tuesday afternoon", DAY),
                ("07", "Tuesday", DAY, {"ctx": "equalled it on Tuesday"}),
                ("08", "Tuesday", DAY),
                ("09", "yesterday", DAY),
                ("09", "Tuesday", DAY),
                ("10", "Tuesday", DAY, {"ctx": "War Two on Tuesday"}),
                ("10", "July 19", DAY),
                ("10", "Tuesday", DAY, {"ctx": "England, on Tuesday"}),
                ("11", "Tuesday", DAY),
                ("11", "yesterday", DAY, {"ctx": "record yesterday"}),
                ("11", "July 19", DAY),
                ("11", "Yesterday", DAY, {"ctx": "Yesterday was"}),
                ("11", "Yesterday", DAY, {"ctx": "Yesterday they"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "sites beating the previous record", "verdict": "updated",
            "why": (
                "Reuters' 29 sites on Tuesday were the provisional count at the time; the Met Office's later count was "
                "34 ('at least 34' in one outlet)."
            ),
            "mentions": [
                ("03", "29", 29, {"as_of": DAY}),
                ("06", "at least 34", 34),
                ("07", "34", 34, {"ctx": "said 34 observation"}),
                ("08", "34", 34, {"ctx": "in 34 places"}),
                ("10", "34", 34),
            ],
        },
        {
            "event": E, "kind": "count", "role": "sites equalling the previous record", "verdict": "agree",
            "why": "Five more sites equalled the 2019 record.",
            "mentions": [("07", "five", 5), ("08", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "sites at or above 40C", "verdict": "agree",
            "why": "Six sites, mostly in Greater London, reached or exceeded 40C.",
            "mentions": [("07", "six", 6), ("08", "Six", 6)],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:Scotland's new record (Charterhall)", "verdict": "agree",
            "why": "34.8C at Charterhall, Scotland's own record: a look-alike of the 34 sites and of the UK record.",
            "mentions": [
                ("06", "34.8C", 34.8, {"note": C}),
                ("07", "34.8C", 34.8, {"note": C}),
                ("08", "34.8ºC", 34.8, {"note": C}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "margin over the previous record", "verdict": "single-source",
            "why": "40.3C beat 38.7C by 1.6C: a difference, not a temperature.",
            "mentions": [("07", "1.6C", 1.6, {"note": C + " (a difference)"})],
        },
        {
            "event": E, "kind": "measure", "role": "temperature:eastern England's swathe", "verdict": "single-source",
            "why": "Temperatures between 39C and 40C from Surrey to South Yorkshire.",
            "mentions": [("06", "between 39C and 40C", 39.5, {"low": 39, "high": 40, "note": C})],
        },
        {
            "event": E, "kind": "count", "role": "calls to the London Fire Brigade", "verdict": "compatible",
            "why": "The mayor's 2,600 / 'more than 2,600' calls and Sky's 2,670.",
            "mentions": [
                ("08", "2,600", 2600),
                ("09", "2,670", 2670),
                ("10", "2,600", 2600),
                ("11", "More than 2,600", 2600),
                ("11", "more than 2,600", 2600),
            ],
        },
        {
            "event": E, "kind": "count", "role": "calls to the London Fire Brigade on a normal day", "verdict": "agree",
            "why": "Around 350 calls on a normal day (the daily average).",
            "mentions": [("09", "around 350", 350), ("10", "350", 350)],
        },
        {
            "event": E, "kind": "count", "role": "ratio of the day's calls to usual", "verdict": "single-source",
            "why": "Seven times more calls than usual.",
            "mentions": [("11", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "London Ambulance Service calls an hour", "verdict": "single-source",
            "why": "400 calls an hour to the ambulance service: a look-alike of the fire brigade's calls.",
            "mentions": [("10", "400", 400)],
        },
        {
            "event": E, "kind": "count", "role": "properties destroyed in London", "verdict": "compatible",
            "why": "The mayor's 41 properties; 'more than 40 houses and shops' (Sky) and 'dozens of properties' (Reuters) contain it.",
            "mentions": [
                ("08", "41", 41),
                ("09", "more than 40", 40),
                ("10", "dozens", 24, {"low": 24, "high": None}),
                ("11", "41", 41),
            ],
        },
        {
            "event": E, "kind": "count", "role": "buildings destroyed across the UK", "verdict": "agree",
            "why": "Dozens of buildings / homes destroyed in the country as a whole (vague; both 'dozens').",
            "mentions": [
                ("08", "dozens", 24, {"low": 24, "high": None}),
                ("11", "dozens", 24, {"low": 24, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "properties destroyed in England outside London", "verdict": "single-source",
            "why": "About 20 other properties lost elsewhere in England: a look-alike of Wennington's nearly 20 homes.",
            "mentions": [("09", "About 20", 20)],
        },
        {
            "event": E, "kind": "count", "role": "homes destroyed in Wennington", "verdict": "single-source",
            "why": "Nearly 20 homes, then '18 or 19', in one Sky News article.",
            "mentions": [
                ("09", "nearly 20", 20),
                ("09", "18 or 19", 18.5, {"low": 18, "high": 19}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "cars destroyed in Wennington", "verdict": "single-source",
            "why": "Five cars destroyed: a look-alike of the five sites that equalled the record.",
            "mentions": [("09", "five", 5)],
        },
        {
            "event": E, "kind": "measure", "role": "grassland burnt in Wennington", "verdict": "single-source",
            "why": "20 hectares of grassland.",
            "mentions": [("09", "20 hectares", 20, {"note": "hectares"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths in the fires", "verdict": "single-source",
            "why": "No one died in the London fires.",
            "mentions": [("09", "No one", 0)],
        },
        {
            "event": E, "kind": "count", "role": "firefighters injured", "verdict": "agree",
            "why": "Sixteen firefighters were injured.",
            "mentions": [("08", "16", 16), ("11", "Sixteen", 16)],
        },
        {
            "event": E, "kind": "count", "role": "firefighters admitted to hospital", "verdict": "single-source",
            "why": "Two of the injured firefighters were admitted to hospital.",
            "mentions": [("11", "two", 2, {"ctx": "while two were admitted"})],
        },
        {
            "event": E, "kind": "count", "role": "large-scale incidents in Upminster and Wennington", "verdict": "single-source",
            "why": "Two large-scale incidents were declared.",
            "mentions": [("11", "two", 2, {"ctx": "London, two"})],
        },
        {
            "event": E, "kind": "count", "role": "firefighters at Wennington", "verdict": "single-source",
            "why": "Over 100 firefighters at the Wennington blaze.",
            "mentions": [("06", "Over 100", 100)],
        },
        {
            "event": E, "kind": "count", "role": "fires across the UK", "verdict": "single-source",
            "why": "Dozens of fires broke out (brigades in London, Leicestershire, South Yorkshire).",
            "mentions": [("07", "dozens", 24, {"low": 24, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "fires across London", "verdict": "single-source",
            "why": "Dozens of fires across the capital.",
            "mentions": [("09", "dozens", 24, {"low": 24, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "simultaneous fires needing 30 engines", "verdict": "single-source",
            "why": "More than a dozen simultaneous fires (the mayor).",
            "mentions": [("11", "more than a dozen", 12)],
        },
        {
            "event": E, "kind": "count", "role": "engines needed by the largest fires", "verdict": "single-source",
            "why": "Fires requiring 30 engines.",
            "mentions": [("11", "30 engines", 30)],
        },
        {
            "event": E, "kind": "count", "role": "engines needed by a couple of fires", "verdict": "single-source",
            "why": "A couple of fires requiring 15 engines.",
            "mentions": [("11", "15", 15)],
        },
        {
            "event": E, "kind": "count", "role": "engines needed by some fires", "verdict": "single-source",
            "why": "Some fires requiring 12 engines.",
            "mentions": [("11", "12", 12)],
        },
        {
            "event": E, "kind": "count", "role": "engines defining a major fire", "verdict": "single-source",
            "why": "Major fires that needed 10 or more engines.",
            "mentions": [("08", "10 or more", 10, {"low": 10, "high": None})],
        },
        # --- the 2019 record (background: the traps) ---
        {
            "event": "e2", "kind": "measure", "role": "temperature:the previous UK record", "verdict": "compatible",
            "why": "The 2019 record of 38.7C at Cambridge Botanic Garden; 101.7F is its conversion.",
            "mentions": [
                ("02", "38.7C", 38.7, {"note": C}),
                ("03", "38.7C", 38.7, {"note": C}),
                ("03", "101.7F", 38.72, {"note": F + " (101.7F)"}),
                ("04", "38.7C", 38.7, {"note": C}),
                ("05", "38.7C", 38.7, {"note": C}),
                ("05", "101.7F", 38.72, {"note": F + " (101.7F)"}),
                ("07", "38.7C", 38.7, {"note": C}),
                ("08", "38.7ºC", 38.7, {"note": C}),
                ("10", "101.7F", 38.72, {"note": F + " (101.7F)"}),
            ],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:the previous record", "verdict": "agree",
            "why": "The previous record was set in 2019 ('three years ago').",
            "mentions": [
                ("02", "2019", "2019"),
                ("03", "2019", "2019"),
                ("04", "2019", "2019"),
                ("05", "2019", "2019"),
                ("07", "three years ago", "2019"),
                ("10", "2019", "2019"),
            ],
        },
        # --- Scotland's 2003 record (background) ---
        {
            "event": "e3", "kind": "measure", "role": "temperature:Scotland's previous record", "verdict": "single-source",
            "why": "Scotland's previous record of 32.9C.",
            "mentions": [("06", "32.9C", 32.9, {"note": C})],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Scotland's previous record", "verdict": "single-source",
            "why": "Set in 2003.",
            "mentions": [("06", "2003", "2003")],
        },
        # --- Monday night's record minimum and the 1990 record (sibling and background) ---
        {
            "event": "e4", "kind": "measure", "role": "temperature:Monday night's minimum", "verdict": "single-source",
            "why": "The mercury did not fall below 25C in places on Monday night: the highest daily minimum on record.",
            "mentions": [("04", "25C", 25, {"low": 25, "high": None, "note": C + "; 'didn't fall below'"})],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:record minimum night", "verdict": "single-source",
            "why": "Monday night, 18-19 July 2022.",
            "mentions": [("04", "Monday night", "2022-07-18")],
        },
        {
            "event": "e5", "kind": "measure", "role": "temperature:the previous daily-minimum record", "verdict": "single-source",
            "why": "23.9C at Brighton in 1990.",
            "mentions": [("04", "23.9C", 23.9, {"note": C})],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:the previous daily-minimum record", "verdict": "single-source",
            "why": "3 August 1990.",
            "mentions": [("04", "August 3, 1990", "1990-08-03")],
        },
        # --- the forecast for Tuesday night and Wednesday (sibling) ---
        {
            "event": "e6", "kind": "date", "role": "date-of:the cooler day forecast", "verdict": "agree",
            "why": "Wednesday 20 July was forecast cooler, with thunderstorms.",
            "mentions": [
                ("04", "Wednesday", "2022-07-20", {"ctx": "while Wednesday will"}),
                ("07", "Wednesday", "2022-07-20"),
                ("09", "Wednesday", "2022-07-20"),
            ],
        },
        {
            "event": "e6", "kind": "measure", "role": "temperature:Tuesday night's forecast minimum", "verdict": "single-source",
            "why": "Temperatures could stay above 20C overnight (a 'tropical night').",
            "mentions": [("04", "20C", 20, {"low": 20, "high": None, "note": C})],
        },
        {
            "event": "e6", "kind": "measure", "role": "temperature:Wednesday's forecast highs", "verdict": "single-source",
            "why": "Around 28-30C in some areas on Wednesday.",
            "mentions": [("04", "28-30C", 29, {"low": 28, "high": 30, "note": C})],
        },
        {
            "event": "e6", "kind": "measure", "role": "forecast drop in temperature", "verdict": "single-source",
            "why": "A drop of up to 10C on Wednesday: a difference, not a temperature.",
            "mentions": [("07", "up to 10C", 10, {"note": C + " (a difference)"})],
        },
        {
            "event": "e6", "kind": "date", "role": "time-of:end of the thunderstorm warning", "verdict": "single-source",
            "why": "Showers and thunderstorms forecast until 10pm on Wednesday.",
            "mentions": [("09", "10pm", "2022-07-20T21:00Z", {"note": "local time (BST)"})],
        },
    ],
}
