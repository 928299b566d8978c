# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Eli Lilly's phase 3 results of donanemab (TRAILBLAZER-ALZ 2), announced on Wednesday 3 May 2023
(read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Durations with their unit in `note`; dates as ISO strings. Wednesday = 3 May 2023. Left out: WebMD's date line "May 4,
2023", trial and phase names ("phase 3", "phase three", "TRAILBLAZER-ALZ 2", "N3Pg"), ratios and fractions ("nearly 1 in
4", "nearly half"), ordinals ("a third death", "the third Alzheimer’s drug", "the next stage"), "two key Alzheimer's
proteins" (a descriptor).
"""

E = "e1"
LEQEMBI = "e2"
US = "e3"
JANUARY = "e4"
DRUGS = "e5"
WED = "2023-05-03"
SPEC = {
    "description": (
        "Eli Lilly's phase 3 results of its Alzheimer's drug donanemab, announced on Wednesday 3 May 2023 (`agree`), as six "
        "outlets reported them on 4-5 May: decline slowed by 35% (one outlet: '35-36 percent') (`compatible`); 40% less "
        "decline in daily activities (`agree`); a 39% lower risk of progressing (`agree`); 1,736 participants enrolled "
        "(`agree`) and 1,182 with intermediate tau, the population of the 35% (`agree`; a look-alike of the enrolment); two "
        "deaths from brain swelling / 'at least two' (`agree`); 18 months; brain swelling in 24% (6.1% with symptoms), "
        "microhemorrhages 31.4% against 13.6% on placebo; no progression at 1 year in 47% against 29%; the submission to the "
        "FDA by the end of June / by 30 June (`compatible`). Background whose figures are traps: Leqembi's phase 3 study "
        "with three deaths, Alzheimer's in the United States (more than 6 million, nearly 13 million by 2050), Lilly's "
        "application to the FDA in January, the drugs that reached the market in the past three years."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; 'according to a May 3 news release' as news: 4 May 2023 (a guess within a day)"},
        "02": {"published_how": "the text's date line 'May 4, 2023' and the URL's 20230504 (the corpus's date line 2023-04-05, removed, is wrong)"},
        "03": {"published_how": "the URL's 2023/05/05"},
        "04": {"published_how": "the URL's 20230504"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; Lilly's announcement of 3 May 2023 as news: 4 May 2023 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; Lilly's results 'on 3 May' as news: 4 May 2023 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Eli Lilly's phase 3 results of donanemab (TRAILBLAZER-ALZ 2), 3 May 2023", "main": True},
        {"id": LEQEMBI, "label": "the phase 3 study of Eisai and Biogen's Leqembi (lecanemab) (background)", "main": False},
        {"id": US, "label": "Alzheimer's disease in the United States, now and by 2050 (background)", "main": False},
        {"id": JANUARY, "label": "Lilly's earlier application to the FDA for donanemab, January 2023 (background)", "main": False},
        {"id": DRUGS, "label": "Alzheimer's drugs that reached the market in the past three years (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "percent", "role": "slowing of decline on donanemab against placebo", "verdict": "compatible",
            "why": "Decline slowed by 35% (iADRS, the intermediate-tau population); CNBC-TV18's '35-36 percent' (the release's two scales) is consistent.",
            "mentions": [
                ("01", "35 percent", 35),
                ("02", "35%", 35),
                ("03", "35%", 35, {"ctx": "decline by 35% in"}),
                ("03", "35%", 35, {"ctx": "Alzheimer's by 35% compared"}),
                ("04", "35%", 35),
                ("05", "35-36 percent", 35.5, {"low": 35, "high": 36}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "less decline in the activities of daily living", "verdict": "agree",
            "why": "'40 percent less decline in ability to perform activities of daily living' / '40% less decline in the ability to do daily activities'.",
            "mentions": [
                ("01", "40 percent", 40),
                ("02", "40%", 40),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "lower risk of progressing to the next stage", "verdict": "agree",
            "why": "'a 39 percent lower risk of progressing' / 'a 39% lower risk of having the next stage'.",
            "mentions": [
                ("01", "39 percent", 39),
                ("02", "39%", 39),
            ],
        },
        {
            "event": E, "kind": "count", "role": "participants enrolled in the trial", "verdict": "agree",
            "why": "'the study that involved 1,736 participants' / 'The study enrolled 1,736 participants'.",
            "mentions": [
                ("01", "1,736", 1736),
                ("04", "1,736", 1736),
            ],
        },
        {
            "event": E, "kind": "count", "role": "participants with intermediate tau (the population of the 35%)", "verdict": "agree",
            "why": "'by 35% compared to a placebo in 1,182 people with ... intermediate levels of tau' (Reuters); CNBC-TV18's 'trial of 1,182 people showed that it slowed cognitive decline by 35-36 percent' is loose wording for the same population, kept with the figure meant (not the 1,736 enrolled).",
            "mentions": [
                ("03", "1,182", 1182),
                ("05", "1,182", 1182),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths attributed to brain swelling (ARIA)", "verdict": "agree",
            "why": "'two deaths from brain swelling' / 'Two participants' deaths are attributed to these amyloid-related imaging abnormalities' / 'at least two participants experiencing fatal brain swelling' (a third death followed serious ARIA).",
            "mentions": [
                ("01", "two", 2, {"ctx": "including two deaths"}),
                ("01", "Two", 2),
                ("04", "at least two", 2),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the trial", "verdict": "single-source",
            "why": "'spanned 18 months'; 'less decline ... at 18 months' (the trial's end).",
            "mentions": [
                ("01", "18 months", 18, {"ctx": "spanned 18 months", "note": "months"}),
                ("01", "18 months", 18, {"ctx": "at 18 months", "note": "months"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "treated patients with brain swelling on MRI", "verdict": "single-source",
            "why": "'MRIs detected swelling of the brain in 24 percent of treated patients'.",
            "mentions": [("01", "24 percent", 24)],
        },
        {
            "event": E, "kind": "percent", "role": "treated patients with symptomatic brain swelling", "verdict": "single-source",
            "why": "'and 6.1 percent experienced this symptom'.",
            "mentions": [("01", "6.1 percent", 6.1)],
        },
        {
            "event": E, "kind": "percent", "role": "treated patients with microhemorrhages or siderosis", "verdict": "single-source",
            "why": "'31.4 percent reported microhemorrhages or superficial siderosis'.",
            "mentions": [("01", "31.4 percent", 31.4)],
        },
        {
            "event": E, "kind": "percent", "role": "placebo patients with microhemorrhages or siderosis", "verdict": "single-source",
            "why": "'compared to 13.6 percent in the placebo group'.",
            "mentions": [("01", "13.6 percent", 13.6)],
        },
        {
            "event": E, "kind": "percent", "role": "treated patients with no clinical progression at one year", "verdict": "single-source",
            "why": "'nearly half (47%) of patients taking donanemab had no clinical progression at 1 year'.",
            "mentions": [("02", "47%", 47)],
        },
        {
            "event": E, "kind": "percent", "role": "placebo patients with no clinical progression at one year", "verdict": "single-source",
            "why": "'compared with 29% of patients on a placebo'.",
            "mentions": [("02", "29%", 29)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time to the no-progression measure", "verdict": "single-source",
            "why": "'had no clinical progression at 1 year'.",
            "mentions": [("02", "1 year", 1, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Lilly's announcement of the results", "verdict": "agree",
            "why": "Wednesday 3 May 2023: 'a May 3 news release', 'the company said Wednesday', 'in a press release on May 3, 2023', 'on 3 May'.",
            "mentions": [
                ("01", "May 3", WED),
                ("03", "Wednesday", WED),
                ("04", "May 3, 2023", WED),
                ("06", "3 May", WED),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the planned submission to the FDA", "verdict": "compatible",
            "why": "'by the end of June' / 'by 30 June' (2023).",
            "mentions": [
                ("02", "June", "2023-06"),
                ("06", "30 June", "2023-06-30"),
            ],
        },
        {
            "event": LEQEMBI, "kind": "count", "role": "deaths in Leqembi's phase 3 study", "verdict": "single-source",
            "why": "'its phase 3 study recorded three patient deaths' (a look-alike of donanemab's deaths).",
            "mentions": [("01", "three", 3)],
        },
        {
            "event": US, "kind": "count", "role": "Americans living with Alzheimer's", "verdict": "single-source",
            "why": "'More than 6 million Americans are living with Alzheimer's'.",
            "mentions": [("03", "More than 6 million", 6_000_000)],
        },
        {
            "event": US, "kind": "count", "role": "Americans projected to live with Alzheimer's by 2050", "verdict": "single-source",
            "why": "'projected to rise to nearly 13 million by 2050'.",
            "mentions": [("03", "nearly 13 million", 13_000_000)],
        },
        {
            "event": US, "kind": "date", "role": "date-of:the projection's horizon", "verdict": "single-source",
            "why": "'by 2050'.",
            "mentions": [("03", "2050", "2050")],
        },
        {
            "event": JANUARY, "kind": "date", "role": "date-of:Lilly's earlier application to the FDA", "verdict": "single-source",
            "why": "'Lilly submitted a regulatory application for donanemab to the FDA in January' (2023).",
            "mentions": [("06", "January", "2023-01")],
        },
        {
            "event": DRUGS, "kind": "duration", "role": "duration-of:the period of recent Alzheimer's drug approvals", "verdict": "single-source",
            "why": "'the third Alzheimer’s drug to enter the market in the past three years'.",
            "mentions": [("04", "three years", 3, {"note": "years"})],
        },
    ],
}
