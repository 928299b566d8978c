# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Kelvin Kiptum's marathon world record, Chicago, Sunday 8 October 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Race times and margins in seconds (2:00:35 = 7235), the written form in note; distances in
metres; dates as ISO strings. Sunday = 8 October 2023 (the race).
"""

E = "e1"
WOMEN = "e2"
BERLIN22 = "e3"
LONDON = "e4"
VALENCIA = "e5"
ASSEFA = "e6"
WORLDS = "e7"
HASSAN_LONDON = "e8"
SUN = "2023-10-08"
SPEC = {
    "description": (
        "Kelvin Kiptum's men's marathon world record at the Chicago Marathon on Sunday 8 October 2023, as six outlets "
        "reported it from that Sunday to Wednesday: 2:00:35 / 'two hours and 35 seconds' / 'just 35 seconds over 2 "
        "hours' (`agree`); the margin over Eliud Kipchoge's record 34 seconds / 'more than 30 seconds' (`compatible`); "
        "the runner-up three minutes and 27 seconds behind (`agree`; named Daniel Mateiko by three outlets, Benson "
        "Kipruto by two: a difference of names, not of figures); Bashir Abdi third in 2:04:32 (`agree`); Kiptum 23 "
        "(`agree`); Chicago his third marathon (`agree`); the 35-kilometre mark (`agree`). Sibling event: the women's race, "
        "Sifan Hassan's 2:13:44 / 'two hours, 13 minutes and 44 seconds' (`agree`), Hassan 30. Background events whose "
        "figures are traps: Kipchoge's 2:01:09 at Berlin in 2022 (the old record), Kiptum's London win of April 2023 in "
        "2:01:25 'five months ago', his Valencia debut in December 2022 in 2:01:53, Tigist Assefa's women's record of 2:11:53 "
        "at Berlin in September 2023, Hassan's London debut in April and her World Championships 'six weeks ago'."
    ),
    "documents": {
        "01": {"published_how": "the URL's date 2023/10/11"},
        "02": {"published_how": "the corpus's date line 2023-10-09 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-10-08 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; the URL's 'oct-8' and the race 'on Sunday': 8 October 2023"},
        "05": {"published_how": "the corpus's date line 2023-10-08 (removed from the text)"},
        "06": {"published_how": "the corpus's date line 2023-10-08 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Kelvin Kiptum's men's marathon world record, Chicago Marathon, Sunday 8 October 2023", "main": True},
        {"id": WOMEN, "label": "the women's race of the 2023 Chicago Marathon, won by Sifan Hassan (sibling)", "main": False},
        {"id": BERLIN22, "label": "Eliud Kipchoge's world record at the 2022 Berlin Marathon (background)", "main": False},
        {"id": LONDON, "label": "Kiptum's win at the London Marathon, April 2023 (background)", "main": False},
        {"id": VALENCIA, "label": "Kiptum's marathon debut at Valencia, December 2022 (background)", "main": False},
        {"id": ASSEFA, "label": "Tigist Assefa's women's world record at the 2023 Berlin Marathon (background)", "main": False},
        {"id": WORLDS, "label": "the 2023 World Athletics Championships (background)", "main": False},
        {"id": HASSAN_LONDON, "label": "Sifan Hassan's marathon debut and win in London, April 2023 (background)", "main": False},
    ],
    "clusters": [
        # --- the men's race ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Kiptum's winning time", "verdict": "agree",
            "why": "2:00:35 (7,235 seconds) in every outlet, written 2:00:35, 'two hours and 35 seconds', 'two hours, 35 seconds' or 'just 35 seconds over 2 hours'.",
            "mentions": [
                ("01", "2:00:35", 7235, {"note": "seconds; written 2:00:35"}),
                ("02", "35 seconds over 2 hours", 7235, {"note": "seconds; written '35 seconds over 2 hours'"}),
                ("02", "2:00:35", 7235, {"note": "seconds; written 2:00:35"}),
                ("03", "2:00:35", 7235, {"note": "seconds; written 2:00:35"}),
                ("04", "two hours and 35 seconds", 7235, {"note": "seconds"}),
                ("05", "two hours and 35 seconds", 7235, {"note": "seconds"}),
                ("06", "two hours, 35 seconds", 7235, {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Kiptum's margin over the old record", "verdict": "compatible",
            "why": "34 seconds (2:01:09 - 2:00:35) in three outlets; Reuters' 'more than 30 seconds' holds.",
            "mentions": [
                ("02", "34 seconds", 34, {"note": "seconds"}),
                ("03", "34 seconds", 34, {"note": "seconds"}),
                ("04", "more than 30 seconds", 30, {"note": "seconds"}),
                ("05", "more than 30 seconds", 30, {"note": "seconds"}),
                ("06", "34 seconds", 34, {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the runner-up's gap to Kiptum", "verdict": "agree",
            "why": "Three minutes and 27 seconds (207 seconds) ahead of the runner-up, whom Media-SCA, Newser and PerthNow name Daniel Mateiko and CBC Benson Kipruto (the Free Press Journal also has Kipruto second): the figure agrees, the name differs.",
            "mentions": [
                ("01", "three minutes and 27 seconds", 207, {"note": "seconds"}),
                ("02", "three minutes and 27 seconds", 207, {"note": "seconds"}),
                ("04", "three minutes and 27 seconds", 207, {"note": "seconds"}),
                ("05", "three minutes and 27 seconds", 207, {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Bashir Abdi's time (third)", "verdict": "agree",
            "why": "Abdi third in 2:04:32 (7,472 seconds).",
            "mentions": [
                ("01", "2:04:32", 7472, {"note": "seconds; written 2:04:32"}),
                ("04", "2:04:32", 7472, {"note": "seconds; written 2:04:32"}),
                ("05", "2:04:32", 7472, {"note": "seconds; written 2:04:32"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the leaders' lead at halfway", "verdict": "single-source",
            "why": "Kiptum and Mateiko 'more than one-and-a-half-minutes ahead of the rest of the field by the halfway point'.",
            "mentions": [("04", "more than one-and-a-half-minutes", 90, {"note": "seconds; written 'one-and-a-half-minutes'"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance where Kiptum sped up", "verdict": "agree",
            "why": "He sped up through the 35-kilometre (35-km) mark (the same Reuters sentence).",
            "mentions": [
                ("04", "35-kilometre", 35000, {"note": "metres; written in kilometres"}),
                ("05", "35-km", 35000, {"note": "metres; written in km"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance where the leaders broke away", "verdict": "single-source",
            "why": "Kiptum and Mateiko broke away 'by the 10-kilometre mark'.",
            "mentions": [("04", "10-kilometre", 10000, {"note": "metres; written in kilometres"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Kelvin Kiptum", "verdict": "agree",
            "why": "Kiptum is 23.",
            "mentions": [
                ("02", "23", 23),
                ("03", "23-year-old", 23),
                ("04", "23-year-old", 23),
                ("06", "23", 23),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Kiptum's marathons run (Chicago included)", "verdict": "agree",
            "why": "Chicago was his third marathon ('his third competitive marathon', 'his third victory in as many starts', 'three marathons in the past 10 months').",
            "mentions": [
                ("02", "third", 3),
                ("03", "third", 3, {"ctx": "his third victory"}),
                ("06", "three", 3, {"ctx": "running three marathons"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Kiptum's marathon career", "verdict": "single-source",
            "why": "'three marathons in the past 10 months' (December 2022 - October 2023).",
            "mentions": [("06", "10 months", 10, {"note": "months"})],
        },
        {
            "event": E, "kind": "count", "role": "Kiptum's times among the six fastest in history", "verdict": "single-source",
            "why": "'posting three of the six fastest times in history' (a look-alike of his three marathons).",
            "mentions": [("06", "three", 3, {"ctx": "posting three of the six"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Chicago Marathon", "verdict": "compatible",
            "why": "Sunday 8 October 2023 in five outlets; the Free Press Journal also names the 'Chicago Marathon 2023' (the year alone).",
            "mentions": [
                ("01", "Sunday", SUN),
                ("02", "Sunday", SUN),
                ("03", "Sunday", SUN),
                ("03", "2023", "2023"),
                ("04", "Sunday", SUN),
                ("06", "Sunday", SUN),
            ],
        },
        # --- the women's race (sibling) ---
        {
            "event": WOMEN, "kind": "duration", "role": "duration-of:Sifan Hassan's winning time", "verdict": "agree",
            "why": "Hassan won the women's race in 2:13:44 (8,024 seconds).",
            "mentions": [
                ("01", "2:13:44", 8024, {"note": "seconds; written 2:13:44"}),
                ("06", "two hours, 13 minutes and 44 seconds", 8024, {"note": "seconds"}),
            ],
        },
        {
            "event": WOMEN, "kind": "count", "role": "age:Sifan Hassan", "verdict": "single-source",
            "why": "'The 30-year-old Ethiopian-born runner'.",
            "mentions": [("01", "30-year-old", 30)],
        },
        # --- background ---
        {
            "event": BERLIN22, "kind": "duration", "role": "duration-of:Kipchoge's record time", "verdict": "agree",
            "why": "Kipchoge's old record of 2:01:09 (7,269 seconds): a look-alike of the new record.",
            "mentions": [
                ("01", "2:01:09", 7269, {"ctx": "slicing from the 2:01:09", "note": "seconds; written 2:01:09"}),
                ("01", "2:01:09", 7269, {"ctx": "previous mark of 2:01:09", "note": "seconds; written 2:01:09"}),
                ("03", "2:01:09", 7269, {"note": "seconds; written 2:01:09"}),
                ("04", "2:01:09", 7269, {"note": "seconds; written 2:01:09"}),
                ("05", "2:01:09", 7269, {"note": "seconds; written 2:01:09"}),
            ],
        },
        {
            "event": BERLIN22, "kind": "date", "role": "date-of:Kipchoge's record", "verdict": "agree",
            "why": "Set at the Berlin Marathon in 2022 ('last year').",
            "mentions": [
                ("01", "last year", "2022"),
                ("03", "2022", "2022"),
                ("06", "last year", "2022"),
            ],
        },
        {
            "event": LONDON, "kind": "duration", "role": "duration-of:Kiptum's London time", "verdict": "agree",
            "why": "2:01:25 (7,285 seconds) in London in April.",
            "mentions": [
                ("01", "2:01:25", 7285, {"note": "seconds; written 2:01:25"}),
                ("06", "2:01:25", 7285, {"note": "seconds; written 2:01:25"}),
            ],
        },
        {
            "event": LONDON, "kind": "date", "role": "date-of:Kiptum's London win", "verdict": "agree",
            "why": "The London Marathon of April 2023.",
            "mentions": [
                ("02", "April", "2023-04"),
                ("03", "April", "2023-04"),
                ("06", "April's", "2023-04"),
            ],
        },
        {
            "event": LONDON, "kind": "duration", "role": "duration-of:time since Kiptum's London win", "verdict": "single-source",
            "why": "'just five months ago when he won in London' (23 April - 8 October: five and a half months).",
            "mentions": [("01", "five months", 5, {"note": "months"})],
        },
        {
            "event": VALENCIA, "kind": "date", "role": "date-of:Kiptum's debut at Valencia", "verdict": "agree",
            "why": "His first marathon 'last December' (2022), at Valencia.",
            "mentions": [
                ("02", "last December", "2022-12"),
                ("03", "last December", "2022-12"),
                ("06", "last December", "2022-12"),
            ],
        },
        {
            "event": VALENCIA, "kind": "duration", "role": "duration-of:Kiptum's Valencia time", "verdict": "single-source",
            "why": "'He finished in 2:01:53 last December in Valencia'.",
            "mentions": [("06", "2:01:53", 7313, {"note": "seconds; written 2:01:53"})],
        },
        {
            "event": ASSEFA, "kind": "duration", "role": "duration-of:the women's world record time", "verdict": "single-source",
            "why": "Tigist Assefa's 2:11:53 at Berlin (a look-alike of Kiptum's Valencia 2:01:53).",
            "mentions": [("01", "2:11:53", 7913, {"note": "seconds; written 2:11:53"})],
        },
        {
            "event": ASSEFA, "kind": "date", "role": "date-of:Assefa's record", "verdict": "single-source",
            "why": "'at last month's Berlin Marathon' (September 2023).",
            "mentions": [("01", "last month", "2023-09")],
        },
        {
            "event": HASSAN_LONDON, "kind": "date", "role": "date-of:Hassan's marathon debut", "verdict": "single-source",
            "why": "'Hassan, who won her marathon debut in April at London' (the same London Marathon day as Kiptum's win, another race: a look-alike).",
            "mentions": [("01", "April", "2023-04")],
        },
        {
            "event": WORLDS, "kind": "duration", "role": "duration-of:time since the World Championships", "verdict": "single-source",
            "why": "Hassan's medals 'six weeks ago at the World Athletics Championships'.",
            "mentions": [("01", "six weeks", 6, {"note": "weeks"})],
        },
    ],
}
