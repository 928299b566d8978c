# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Tesla's recall of more than 2 million vehicles over Autopilot's Autosteer, 12-13 December 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts of vehicles and crashes; percent for the share move; durations in years (note); dates as ISO strings (model years
as a span "start/end" of years, a month as "YYYY-MM"). Tuesday = 12 December 2023 (the recall report's date and the first
updates), Wednesday = 13 December (the notice made public on NHTSA's site, the shares' fall).
The recall's announcement is one act given two days: Tuesday (GearJunkie: 'Tesla issued a recall on Tuesday'; the WSJ:
'the National Highway Traffic Safety Administration said Tuesday') against Wednesday (CNBC via Intrictech: 'Tesla
announced the recall ... on Wednesday', 'Papers posted to the NHTSA website on Wednesday'): `conflict` as written.
Left out: 'second recall of the year', 'fourth recall' (ordinals), 'one of the company's most popular cars', 'Model 3'
(a name), '17-digit' (a format), 'this month', 'later', 'the modal may'.
"""

E = "e1"
PROBE = "e2"
FSD = "e3"
TUE = "2023-12-12"
WED = "2023-12-13"

SPEC = {
    "description": (
        "Tesla's recall of more than 2 million vehicles in the US (2,031,220 in the recall notice; 'up to 2 million' in one text, "
        "`compatible`) to fix Autopilot's Autosteer by an over-the-air update, as six outlets told it on 12-13 December 2023: "
        "the announcement on Tuesday against Wednesday (`conflict`); the update started on Tuesday (`agree`); the model years "
        "2012-2023 Model S, 2016-2023 Model X, 2017-2023 Model 3, 2020-2023 Model Y (`agree` each); owners notified by mail "
        "from February 10, 2024 / in February (`compatible`); shares about 1% lower (`agree`). Background: NHTSA's two-year "
        "probe (`agree`) opened in (August) 2021 (`compatible`) after 11 crashes (`agree`), 956 crashes reviewed / 'around "
        "1,000' (`compatible`), 322 in a narrower set; the February 2023 recall of 362,758 vehicles."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-12-13 (removed from the text)"},
        "02": {"published_how": "inferred: no date on the stored page; 'Tesla issued a recall on Tuesday' (12 December): 13 December 2023 (a guess within a day)"},
        "03": {"published_how": "the URL's date 2023-12-13"},
        "04": {"published_how": "inferred: no date on the stored page; 'on Wednesday' (13 December), the CNBC text: 13 December 2023"},
        "05": {"published_how": "inferred: no date on the stored page; the news of the recall: 13 December 2023 (a guess within a day or two)"},
        "06": {"published_how": "inferred: no date on the stored page; 'Tesla shares fell about 1% in premarket trading' the morning after the notice: 13 December 2023"},
    },
    "events": [
        {"id": E, "label": "Tesla's recall of more than 2 million vehicles over Autosteer, December 2023", "main": True},
        {"id": PROBE, "label": "NHTSA's investigation of Autopilot crashes, from August 2021 (background)", "main": False},
        {"id": FSD, "label": "Tesla's recall of 362,758 vehicles over 'full self-driving', February 2023 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "vehicles recalled", "verdict": "compatible",
            "why": "2,031,220 in the recall notice (Today); 'more than 2 million' / 'over two million' elsewhere; Intrictech's 'up to 2 million' (CNBC's wording) rounds the same recall down.",
            "mentions": [
                ("01", "more than 2 million", 2e6),
                ("01", "2,031,220", 2031220),
                ("02", "more than 2 million", 2e6),
                ("03", "over two million", 2e6),
                ("04", "over 2 million", 2e6),
                ("04", "up to 2 million", 2e6),
                ("05", "over 2 million", 2e6),
                ("06", "more than two million", 2e6),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the recall's announcement", "verdict": "conflict",
            "why": "'Tesla issued a recall on Tuesday' (GearJunkie) and 'the National Highway Traffic Safety Administration said Tuesday' (the WSJ) against 'Tesla announced the recall ... on Wednesday' and 'Papers posted to the NHTSA website on Wednesday' (Intrictech, from CNBC): one act, two days (the recall report is dated 12 December, NHTSA published it on 13 December).",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "recall on Tuesday"}),
                ("04", "Wednesday", WED, {"ctx": "vehicles on Wednesday"}),
                ("04", "Wednesday", WED, {"ctx": "website on Wednesday"}),
                ("06", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of the over-the-air update", "verdict": "agree",
            "why": "Tuesday 12 December ('began providing an over-the-air software remedy to certain vehicles on Tuesday', 'with the update beginning Tuesday').",
            "mentions": [
                ("02", "Tuesday", TUE, {"ctx": "vehicles on Tuesday"}),
                ("04", "Tuesday", TUE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:model years of the recalled Model S", "verdict": "agree",
            "why": "2012-2023.",
            "mentions": [
                ("01", "2012-2023", "2012/2023"),
                ("02", "2012-2023", "2012/2023"),
                ("03", "2012-2023", "2012/2023"),
                ("05", "2012-2023", "2012/2023"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:model years of the recalled Model X", "verdict": "agree",
            "why": "2016-2023.",
            "mentions": [
                ("01", "2016-2023", "2016/2023"),
                ("02", "2016-2023", "2016/2023"),
                ("03", "2016-2023", "2016/2023"),
                ("05", "2016-2023", "2016/2023"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:model years of the recalled Model 3", "verdict": "agree",
            "why": "2017-2023.",
            "mentions": [
                ("01", "2017-2023", "2017/2023"),
                ("02", "2017-2023", "2017/2023"),
                ("03", "2017-2023", "2017/2023"),
                ("05", "2017-2023", "2017/2023"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:model years of the recalled Model Y", "verdict": "agree",
            "why": "2020-2023.",
            "mentions": [
                ("01", "2020-2023", "2020/2023"),
                ("02", "2020-2023", "2020/2023"),
                ("03", "2020-2023", "2020/2023"),
                ("05", "2020-2023", "2020/2023"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the span of all recalled vehicles (sold or built)", "verdict": "compatible",
            "why": "'sold in the U.S. between 2012 and 2023' (the WSJ) and 'built from 2012 onwards' (Intrictech): the span of the four models' years taken together.",
            "mentions": [
                ("04", "from 2012 onwards", "2012/2023", {"note": "'built from 2012 onwards'"}),
                ("06", "between 2012 and 2023", "2012/2023"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the start of owners' notification by mail", "verdict": "compatible",
            "why": "'starting on February 10, 2024' (WFLA) and 'a letter from Tesla in February' (Actorly): the day and its month.",
            "mentions": [
                ("03", "February 10, 2024", "2024-02-10"),
                ("05", "February", "2024-02"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Tesla's share move after the recall", "verdict": "agree",
            "why": "About 1% lower (the WSJ: 'fell about 1% in premarket trading'; CNBC: 'traded 1% lower on Wednesday').",
            "mentions": [
                ("04", "1%", -1, {"note": "percent; 'traded 1% lower'"}),
                ("06", "about 1%", -1, {"low": -1.1, "high": -0.9, "note": "percent; 'fell about 1%'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the shares' fall", "verdict": "single-source",
            "why": "'Tesla shares traded 1% lower on Wednesday'.",
            "mentions": [("04", "Wednesday", WED, {"ctx": "lower on Wednesday"})],
        },
        # --- background: the probe ---
        {
            "event": PROBE, "kind": "duration", "role": "duration-of:NHTSA's probe of Autopilot", "verdict": "agree",
            "why": "A two-year probe (August 2021 to December 2023).",
            "mentions": [
                ("03", "two-year", 2, {"note": "years"}),
                ("06", "two-year", 2, {"note": "years"}),
            ],
        },
        {
            "event": PROBE, "kind": "date", "role": "date-of:the opening of NHTSA's investigation", "verdict": "compatible",
            "why": "'began in 2021' (Today), 'in August 2021' (GearJunkie), 'In 2021, the NHTSA opened an evaluation' (Actorly): the month and its year.",
            "mentions": [
                ("01", "2021", "2021"),
                ("02", "August 2021", "2021-08"),
                ("05", "2021", "2021"),
            ],
        },
        {
            "event": PROBE, "kind": "count", "role": "crashes that opened the investigation", "verdict": "agree",
            "why": "11 incidents / accidents with stationary first-responder vehicles.",
            "mentions": [
                ("01", "11", 11),
                ("02", "11", 11),
                ("05", "11", 11),
            ],
        },
        {
            "event": PROBE, "kind": "count", "role": "crashes reviewed by NHTSA", "verdict": "compatible",
            "why": "956 crashes reviewed (Actorly, the WSJ); 'around 1,000 crashes' (WFLA, citing CNN) rounds it.",
            "mentions": [
                ("03", "around 1,000", 1000),
                ("05", "956", 956),
                ("06", "956", 956),
            ],
        },
        {
            "event": PROBE, "kind": "count", "role": "crashes in NHTSA's narrower set", "verdict": "single-source",
            "why": "'a narrower set of 322 crashes'.",
            "mentions": [("05", "322", 322)],
        },
        {
            "event": PROBE, "kind": "duration", "role": "duration-of:the span of Tesla's four recalls", "verdict": "single-source",
            "why": "'Tesla's fourth recall in less than two years'.",
            "mentions": [("02", "less than two years", 2, {"note": "years"})],
        },
        # --- background: the February recall ---
        {
            "event": FSD, "kind": "count", "role": "vehicles in Tesla's February 2023 recall", "verdict": "single-source",
            "why": "'recalled 362,758 vehicles in February' ('full self-driving').",
            "mentions": [("01", "362,758", 362758)],
        },
        {
            "event": FSD, "kind": "date", "role": "date-of:Tesla's February 2023 recall", "verdict": "single-source",
            "why": "February 2023.",
            "mentions": [("01", "February", "2023-02")],
        },
    ],
}
