# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the stabbings at Westfield Bondi Junction, Sydney, Saturday 13 April 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Saturday = 13 April 2024 (02's 'last night' in a Sunday text), Sunday = 14 April 2024 (02's 'this
morning'); times in Sydney time (UTC+10). Ages in years (the baby's in months), the blade in metres. Left out: 'thousands
of families', 'One of the biggest and busiest', 'Saturday being among the biggest days of trade' (a weekday in general),
'the first weekend of the school holidays', 'A fifth woman' (an ordinal), 'level five' (a floor), 'Network Seven' and
'Nine News' (names), 'one man could stab', 'one of the men', 'only a month ago' / 'last month' (vague), 'a single fatal
bullet', 'the first police officer on the scene', the headlines (removed from the texts).
"""

E = "e1"
QUAKERS = "e2"
SAT = "2024-04-13"
SUN = "2024-04-14"

SPEC = {
    "description": (
        "The stabbings at Westfield Bondi Junction, Sydney, on Saturday 13 April 2024 from about 3.20pm until a police "
        "inspector shot the attacker at about 4pm, as six outlets reported them on 13 and 14 April and a museum's note later: "
        "six killed (`agree`), five of them women (`agree`), seven dead with the attacker; in hospital seven (Saturday "
        "afternoon) -> at least eight / 8 / eight (`updated`); injured twelve (`agree`); the date '15 April 2024' against "
        "Saturday 13 April (`conflict`); the attacker 40, the mother 38, her baby nine months (`agree`); two brothers who "
        "helped (`agree`). Background: the Quakers Hill nursing home fire of 2011 (11 dead)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the Commissioner's words 'On Saturday night' and the baby 'in stable condition after undergoing emergency surgery': 14 April 2024, a guess within a day"},
        "02": {"published_how": "the URL (2024-04-14) and the corpus's date line 2024-04-14 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2024-04-14 (removed from the text)"},
        "04": {"published_how": "the URL (20240413)"},
        "05": {"published_how": "inferred: no date on the stored page; the Commissioner 'late on Saturday', eight still in hospital: 14 April 2024, a guess within a day"},
        "06": {"published_how": "inferred: a museum's note on a cartoon of its 2024 exhibition, written after the inspector's award; no date on the page: 1 January 2025 stands for 'later' (not used to date any mention)"},
    },
    "events": [
        {"id": E, "label": "the stabbings at Westfield Bondi Junction, Sydney, 13 April 2024", "main": True},
        {"id": QUAKERS, "label": "the Quakers Hill nursing home fire, 2011 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "people killed by the attacker", "verdict": "agree",
            "why": "Six killed (five women and a man), the attacker not counted.",
            "mentions": [
                ("01", "Six", 6),
                ("01", "six", 6, {"ctx": "kill six innocent"}),
                ("03", "six", 6, {"ctx": "stab six people"}),
                ("04", "Six", 6),
                ("06", "six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the dead", "verdict": "agree",
            "why": "Five women (and one man).",
            "mentions": [
                ("01", "five", 5),
                ("02", "5", 5),
                ("04", "five", 5, {"ctx": "said five women"}),
                ("05", "five", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among the dead", "verdict": "single-source",
            "why": "'five women and one man had died' (the others write 'a man').",
            "mentions": [("04", "one", 1, {"ctx": "and one man"})],
        },
        {
            "event": E, "kind": "count", "role": "women killed at the scene", "verdict": "single-source",
            "why": "'He stabbed to death four women ... and a man' before the fifth woman died in hospital.",
            "mentions": [("03", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "security guards among the dead", "verdict": "single-source",
            "why": "'Two of those killed were security guards'.",
            "mentions": [("03", "Two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "dead including the attacker", "verdict": "single-source",
            "why": "'left seven people dead' (the six victims and the attacker: another scope than the toll).",
            "mentions": [("05", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "wounded in hospital", "verdict": "updated",
            "why": "Seven in hospital on Saturday afternoon (Brisbane Times), then eight (the Commissioner's later count: 'At least eight', 'Eight people are still in hospital', '8 others remain in hospital this morning').",
            "mentions": [
                ("04", "seven", 7, {"as_of": SAT}),
                ("01", "At least eight", 8, {"as_of": SAT}),
                ("05", "Eight", 8, {"as_of": SUN}),
                ("02", "8", 8, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people injured and taken to hospital", "verdict": "agree",
            "why": "Twelve injured, all taken to hospitals (the Daily Mail: 'Twelve others ... taken to various Sydney hospitals'; the museum: 'injured 12 others').",
            "mentions": [
                ("03", "Twelve", 12),
                ("06", "12", 12),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the injured", "verdict": "single-source",
            "why": "'including nine women, two men and Ms Good's nine-month-old'.",
            "mentions": [("03", "nine", 9, {"ctx": "including nine women"})],
        },
        {
            "event": E, "kind": "count", "role": "men among the injured", "verdict": "single-source",
            "why": "'two men'.",
            "mentions": [("03", "two", 2, {"ctx": "two men and"})],
        },
        {
            "event": E, "kind": "count", "role": "brothers who helped the baby and her mother", "verdict": "agree",
            "why": "'two strangers, brothers who worked to stem the bleeding' / 'Two men spoke to Nine News ... indicated they were brothers'.",
            "mentions": [
                ("01", "two", 2),
                ("04", "Two", 2, {"ctx": "Two men spoke"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the stabbings", "verdict": "conflict",
            "why": "Saturday 13 April 2024 in every report of the day (and Albanese's 'Today', said on Saturday), against the museum's 'On 15 April 2024' (a Monday).",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "on Saturday afternoon was"}),
                ("03", "Saturday", SAT, {"ctx": "3.20pm on Saturday"}),
                ("04", "Saturday", SAT),
                ("05", "Today", SAT, {"note": "Albanese's 'Today at Bondi Junction was the scene of shocking violence', said on Saturday"}),
                ("06", "15 April 2024", "2024-04-15"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the start of the stabbings (the police called)", "verdict": "compatible",
            "why": "'at about 3.20pm' the rampage began (The Courier-Mail), the police were called 'at 3.20pm' (Daily Mail); Brisbane Times's 'The incident unfolded before 4pm'.",
            "mentions": [
                ("01", "3.20pm", "2024-04-13T15:20+10:00", {"note": "'at about'"}),
                ("03", "3.20pm", "2024-04-13T15:20+10:00"),
                ("04", "4pm", "2024-04-13T16:00+10:00", {"note": "'before 4pm': an upper bound"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the shooting of the attacker", "verdict": "single-source",
            "why": "'fire a single fatal bullet at about 4pm'.",
            "mentions": [("01", "4pm", "2024-04-13T16:00+10:00", {"note": "'at about'"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Commissioner's Saturday night statement", "verdict": "agree",
            "why": "'On Saturday night Police Commissioner Karen Webb said' / 'Commissioner Webb said late on Saturday'.",
            "mentions": [
                ("01", "Saturday", SAT, {"ctx": "On Saturday night"}),
                ("05", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Prime Minister's statement", "verdict": "single-source",
            "why": "'the Prime Minister’s description last night' / 'Last night the Prime Minister stood' (Saturday, in a Sunday text).",
            "mentions": [
                ("02", "last night", SAT),
                ("02", "Last night", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:ABC's hospital count", "verdict": "single-source",
            "why": "'8 others remain in hospital this morning' (Sunday).",
            "mentions": [("02", "this morning", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the turn to anger (the Sunrise broadcast)", "verdict": "single-source",
            "why": "'was turning to anger by Sunday'.",
            "mentions": [("03", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "duration", "role": "age of the attacker (Joel Cauchi)", "verdict": "agree",
            "why": "40.",
            "mentions": [
                ("01", "40-year-old", 40, {"ctx": "he was a 40-year-old", "note": "years"}),
                ("01", "40-year-old", 40, {"ctx": "lone 40-year-old", "note": "years"}),
                ("01", "40-year-old", 40, {"ctx": "be a 40-year-old", "note": "years"}),
                ("03", "40-year-old", 40, {"note": "years"}),
                ("04", "40-year-old", 40, {"ctx": "A 40-year-old", "note": "years"}),
                ("04", "40-year-old", 40, {"ctx": "was a 40-year-old", "note": "years"}),
                ("05", "40", 40, {"note": "years"}),
                ("06", "40-year-old", 40, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the mother (Ashlee Good)", "verdict": "agree",
            "why": "38.",
            "mentions": [
                ("01", "38-year-old", 38, {"note": "years"}),
                ("05", "38-year-old", 38, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "age of the baby", "verdict": "agree",
            "why": "Nine months ('nine-month baby girl', '9-month old baby', 'nine-month-old').",
            "mentions": [
                ("01", "nine-month", 9, {"note": "months"}),
                ("02", "9-month", 9, {"note": "months"}),
                ("03", "nine-month-old", 9, {"note": "months"}),
                ("05", "nine-month-old", 9, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "ages of the women killed at the scene", "verdict": "single-source",
            "why": "'four women -believed to be aged between 20 and 55' (a range).",
            "mentions": [("03", "between 20 and 55", 37.5, {"low": 20, "high": 55, "note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of the man killed", "verdict": "single-source",
            "why": "'a man aged in his 30s'.",
            "mentions": [("03", "30s", 35, {"low": 30, "high": 39, "note": "years; 'in his 30s'"})],
        },
        {
            "event": E, "kind": "duration", "role": "age of Dawn Singleton, a victim", "verdict": "single-source",
            "why": "'the 25-year-old daughter of multimillionaire John Singleton'.",
            "mentions": [("03", "25-year-old", 25, {"note": "years"})],
        },
        {
            "event": E, "kind": "measure", "role": "length of the attacker's blade", "verdict": "single-source",
            "why": "'wielding a 30cm blade'.",
            "mentions": [("01", "30cm", 0.3, {"note": "metres"})],
        },
        {
            "event": QUAKERS, "kind": "date", "role": "date-of:the Quakers Hill nursing home fire", "verdict": "single-source",
            "why": "'the Quakers Hill Nursing Home fire in 2011'.",
            "mentions": [("06", "2011", "2011")],
        },
        {
            "event": QUAKERS, "kind": "count", "role": "deaths in the Quakers Hill fire", "verdict": "single-source",
            "why": "'when 11 people died in an arson attack'.",
            "mentions": [("06", "11", 11)],
        },
    ],
}
