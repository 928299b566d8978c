# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Amasra coal mine explosion, Turkey, Friday 14 October 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; depths and distances in metres (the written unit in note); durations in
hours or years (note); dates as ISO strings; times as ISO date-times in Turkish time (UTC+3).
Friday = 14 October 2022 (the explosion), Saturday = 15 October, Sunday = 16 October.
"""

E = "e1"
CLOSURE = "e2"
FRI = "2022-10-14"
SAT = "2022-10-15"
FOOT = 0.3048
SPEC = {
    "description": (
        "The firedamp explosion in the state-owned TTK coal mine at Amasra, Bartin province, Turkey, on the evening of "
        "Friday 14 October 2022, as eight outlets reported it from that Friday to Monday 17 October: 110 miners inside "
        "(all outlets); trapped 49 (Friday night) -> 'more than a dozen' / 15 / 'a dozen' in the burning gallery -> one "
        "missing (`updated`); dead 'at least 40' / 40 confirmed (Saturday) -> 41 when the last miner was found dead "
        "(`updated`); injured and hospitalised 'Eleven' / 11 against Hürriyet's '28 had been injured' (`conflict`, a "
        "judgement call: the 28 is the interior minister's Friday-night count, which outlets later gave as 11 "
        "hospitalised); 58 out on their own or rescued unharmed (all); the blast 300 metres (985 feet) below the entrance "
        "('the -300 elevation'), and the last missing miner 'some 350 metres below the surface' (another quantity); the "
        "blast at '6:45 pm' against 'around 6:15 pm (1515 GMT)' / 'around 15:15 GMT' (`conflict`). Sibling whose date "
        "is a trap: the mine's closure on 16 October. Look-alikes inside the event: a rescuing miner, Celal Kara, 40 (the "
        "toll of 40), 'the miner of 14 years'; a hospital 'some 15 kilometres' away (15 trapped); 'three other miners' "
        "mourned and 'Three prosecutors'; five in serious condition."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2022-10-14 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2022-10-15 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page; 'officials said Saturday' with the toll of 40: 15 October 2022 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; 'officials said on Saturday' with the toll of 40: 15 October 2022 (a guess within a day)"},
        "05": {"published_how": "inferred: the site's date line is the day the page was stored (16 November 2024); 'said on Saturday', Erdoğan 'expected to visit ... later on Saturday': 15 October 2022"},
        "06": {"published_how": "inferred: no date on the stored page; 40 confirmed dead 'on Saturday', Erdoğan to fly there: 15 October 2022 (a guess within a day)"},
        "07": {"published_how": "inferred: no date on the stored page; funerals 'began Saturday', 41 dead: 15 October 2022 (a guess within a day)"},
        "08": {"published_how": "inferred: no date on the stored page; the mine closed 'Late on Oct. 16': taken as 17 October 2022 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the explosion in the TTK coal mine at Amasra, Bartin, Turkey, Friday 14 October 2022, and the rescue", "main": True},
        {"id": CLOSURE, "label": "the closure of the mine, 16 October 2022 (sibling)", "main": False},
    ],
    "clusters": [
        # --- the miners ---
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "updated",
            "why": "'at least 40' / 40 confirmed dead (the interior minister, Saturday morning), then 41 when President Erdoğan announced the last missing miner found dead (Saturday evening).",
            "mentions": [
                ("02", "at least 40", 40, {"as_of": SAT}),
                ("02", "40", 40, {"ctx": "that 40 miners", "as_of": SAT}),
                ("03", "at least 40", 40, {"as_of": SAT}),
                ("03", "40", 40, {"ctx": "that 40 miners", "as_of": SAT}),
                ("04", "at least 40", 40, {"as_of": SAT}),
                ("04", "40", 40, {"ctx": "that 40 miners", "as_of": SAT}),
                ("05", "At least 40", 40, {"as_of": SAT}),
                ("05", "40", 40, {"ctx": "have 40 martyrs", "as_of": SAT}),
                ("06", "at least 40", 40, {"as_of": SAT}),
                ("06", "40", 40, {"ctx": "that 40 miners", "as_of": SAT}),
                ("07", "at least 41", 41, {"as_of": SAT}),
                ("07", "41", 41, {"ctx": "with 41", "as_of": SAT}),
                ("08", "41", 41, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "miners in the mine", "verdict": "agree",
            "why": "110 miners (people, workers) in the mine at the time of the explosion.",
            "mentions": [
                ("01", "110", 110),
                ("02", "110", 110),
                ("03", "110", 110),
                ("04", "110", 110),
                ("05", "110", 110),
                ("07", "110", 110),
            ],
        },
        {
            "event": E, "kind": "count", "role": "miners trapped or missing", "verdict": "updated",
            "why": "Trapped as the rescue went on: 49 in a 'high risk' area (Friday night), 'more than a dozen' / 15 / 'a dozen' in the burning gallery (overnight, early Saturday), one remaining miner missing ('status unclear') by Saturday.",
            "mentions": [
                ("01", "49", 49, {"as_of": FRI}),
                ("02", "more than a dozen", 12, {"as_of": SAT}),
                ("02", "one", 1, {"as_of": SAT}),
                ("03", "one", 1, {"as_of": SAT}),
                ("04", "15", 15, {"as_of": SAT}),
                ("04", "one", 1, {"as_of": SAT}),
                ("05", "one", 1, {"as_of": SAT}),
                ("06", "one", 1, {"as_of": SAT}),
                ("07", "a dozen", 12, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "'Eleven' / 11 injured and hospitalised (the interior minister, Saturday) against Hürriyet's 'Soylu had reported ... 28 had been injured' (his Friday-night count): one number of injured that cannot be both (a judgement call: a count of the injured that falls is not an update).",
            "mentions": [
                ("02", "Eleven", 11, {"as_of": SAT}),
                ("03", "Eleven", 11, {"as_of": SAT}),
                ("04", "Eleven", 11, {"as_of": SAT}),
                ("05", "11", 11, {"as_of": SAT}),
                ("06", "Eleven", 11, {"as_of": SAT}),
                ("07", "Eleven", 11, {"as_of": SAT}),
                ("08", "28", 28),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured in serious condition", "verdict": "single-source",
            "why": "Five of the eleven in serious condition.",
            "mentions": [("07", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "miners out unharmed", "verdict": "agree",
            "why": "58 got out on their own or were rescued unharmed ('survived the blast').",
            "mentions": [
                ("02", "58", 58),
                ("03", "58", 58),
                ("04", "58", 58),
                ("05", "Fifty-eight", 58),
                ("06", "58", 58),
                ("07", "58", 58),
                ("08", "58", 58),
            ],
        },
        {
            "event": E, "kind": "count", "role": "miners mourned in one village", "verdict": "single-source",
            "why": "Three other miners mourned in Ozcelik's village.",
            "mentions": [("07", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "men Makaracı village lost", "verdict": "single-source",
            "why": "Makaracı lost four men.",
            "mentions": [("08", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "prosecutors investigating", "verdict": "single-source",
            "why": "Three prosecutors.",
            "mentions": [("07", "Three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "age:a rescuing miner (Celal Kara)", "verdict": "single-source",
            "why": "Celal Kara, 40 (a look-alike of the toll of 40).",
            "mentions": [("02", "40", 40, {"ctx": "Kara, 40", "note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:a miner with a newborn (Aziz Kose)", "verdict": "single-source",
            "why": "28-year-old Aziz Kose (a look-alike of Hürriyet's 28 injured).",
            "mentions": [("07", "28-year-old", 28, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:a miner buried (Rahman Ozcelik)", "verdict": "single-source",
            "why": "22-year-old Rahman Ozcelik.",
            "mentions": [("07", "22-year-old", 22, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "a rescuing miner's years in the mines", "verdict": "single-source",
            "why": "'the miner of 14 years'.",
            "mentions": [("02", "14 years", 14, {"note": "years"})],
        },
        # --- place and time ---
        {
            "event": E, "kind": "measure", "role": "depth:the explosion", "verdict": "compatible",
            "why": "300 metres below the ground / the entrance ('the -300 elevation'), 985 feet (a rounded conversion).",
            "mentions": [
                ("04", "300 meters", 300, {"note": "metres"}),
                ("04", "300", 300, {"ctx": "the -300 elevation", "note": "metres; written '-300 elevation'"}),
                ("06", "300 meters", 300, {"note": "metres"}),
                ("06", "985 feet", round(985 * FOOT), {"note": "metres; written in feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "depth:the last missing miner", "verdict": "single-source",
            "why": "The one missing miner 'some 350 metres below the surface' (another quantity than the blast's 300 m).",
            "mentions": [("05", "some 350 metres", 350, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance:the Bartın hospital from the mine", "verdict": "single-source",
            "why": "Some 15 kilometres from the mine (a look-alike of the 15 trapped).",
            "mentions": [("05", "some 15 kilometres", 15000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the explosion", "verdict": "conflict",
            "why": "'6:45 pm on Friday' (News9 Live) against 'around 6:15 pm (1515 GMT)' (MIA) and 'around 15:15 GMT' (the governor's office): half an hour apart.",
            "mentions": [
                ("03", "6:45 pm", "2022-10-14T18:45+03:00"),
                ("05", "around 6:15 pm", "2022-10-14T18:15+03:00"),
                ("05", "1515 GMT", "2022-10-14T18:15+03:00", {"note": "written in GMT"}),
                ("06", "around 15:15 GMT", "2022-10-14T18:15+03:00", {"note": "written in GMT"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time since the explosion (the fire still burning)", "verdict": "single-source",
            "why": "Nearly 17 hours after the explosion.",
            "mentions": [("05", "nearly 17 hours", 17, {"note": "hours"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the explosion", "verdict": "agree",
            "why": "Friday 14 October 2022 (evening, night, 'shortly before sunset').",
            "mentions": [
                ("02", "Friday", FRI),
                ("03", "Friday", FRI, {"ctx": "pm on Friday"}),
                ("03", "Friday", FRI, {"ctx": "occurred Friday evening"}),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "explosion on Friday"}),
                ("05", "Friday", FRI, {"ctx": "GMT) on Friday"}),
                ("06", "Friday", FRI),
                ("07", "Friday", FRI),
                ("08", "Oct. 14", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of 40", "verdict": "agree",
            "why": "Officials and the interior minister said Saturday (40 dead).",
            "mentions": [
                ("02", "Saturday", SAT, {"ctx": "40 people Saturday"}),
                ("02", "Saturday", SAT, {"ctx": "Soylu said Saturday"}),
                ("03", "Saturday", SAT, {"ctx": "officials said Saturday"}),
                ("03", "Saturday", SAT, {"ctx": "Soylu said Saturday"}),
                ("04", "Saturday", SAT, {"ctx": "officials said on Saturday"}),
                ("04", "Saturday", SAT, {"ctx": "Soylu said on Saturday"}),
                ("05", "Saturday", SAT, {"ctx": "said on Saturday"}),
                ("06", "Saturday", SAT, {"ctx": "said on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Erdoğan's visit", "verdict": "agree",
            "why": "The president's visit on Saturday 15 October (expected; 'arrived at the site on Oct. 15 afternoon').",
            "mentions": [
                ("02", "Saturday", SAT, {"ctx": "Amasra on Saturday"}),
                ("05", "Saturday", SAT, {"ctx": "later on Saturday"}),
                ("06", "Saturday", SAT, {"ctx": "accident on Saturday"}),
                ("08", "Oct. 15", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first funerals", "verdict": "single-source",
            "why": "Funerals began Saturday; the relatives' wait turned devastating by noon Saturday.",
            "mentions": [
                ("07", "Saturday", SAT, {"ctx": "began Saturday"}),
                ("07", "Saturday", SAT, {"ctx": "noon Saturday"}),
            ],
        },
        # --- sibling ---
        {
            "event": CLOSURE, "kind": "date", "role": "date-of:the mine's closure", "verdict": "single-source",
            "why": "Closed on 16 October ('Late on Oct. 16').",
            "mentions": [
                ("08", "Oct. 16", "2022-10-16", {"ctx": "closed on Oct. 16"}),
                ("08", "Oct. 16", "2022-10-16", {"ctx": "Late on Oct. 16"}),
            ],
        },
    ],
}
