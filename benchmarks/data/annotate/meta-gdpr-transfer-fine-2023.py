# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Irish Data Protection Commission's €1.2 billion fine on Meta, Monday 22 May 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which; a conversion stays in its amount's cluster, as in
`louvre-jewel-heist-2025`); durations in months (note); dates as ISO strings (a month as "YYYY-MM", a span as
"start/end"). Monday = 22 May 2023 (the announcement).
Left out: 'article 46(1)' (a legal reference), 'millions of users', 'thousands of other companies' (vague), 'earlier this
year' (the €390 million fine's date, not written as a date), 'highest', 'largest' (ranks).
"""

E = "e1"
INQUIRY = "e2"
AMAZON = "e3"
EARLIER = "e4"
LAW = "e5"
MON = "2023-05-22"

SPEC = {
    "description": (
        "The Irish Data Protection Commission's fine of €1.2 billion on Meta for transferring Facebook users' data to the United "
        "States, announced on Monday 22 May 2023 (`agree`), as six outlets told it: €1.2 billion, converted as $1.3 billion and "
        "£1 billion (`compatible`); five months to suspend the transfers and six months to stop the unlawful processing "
        "(`agree` each); the DPC's decision of 12 May; Meta's response on Monday. Background: the inquiry opened in (August) "
        "2020 (`compatible`) and stayed until 'early 2021' / 20 May 2021 (`compatible`); the Court of Justice's ruling of July "
        "2020; the GDPR of 2018; Amazon's record fine of €746 million in 2021 (`agree`); Meta's earlier fines of €390 million "
        "and €405 million (2022)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-05-22 (removed from the text)"},
        "02": {"published_how": "the URL's month 2023/05 and 'Meta responded Monday' (22 May): 22 May 2023"},
        "03": {"published_how": "inferred: no date on the stored page; the news of the fine (22 May): 22 May 2023 (a guess within a day or two)"},
        "04": {"published_how": "inferred: no date on the stored page; the news of the fine (22 May): 22 May 2023 (a guess within a day or two)"},
        "05": {"published_how": "the URL's date 2023/05/22"},
        "06": {"published_how": "inferred: no date on the stored page; the news of the fine (22 May): 22 May 2023 (a guess within a day or two)"},
    },
    "events": [
        {"id": E, "label": "the Irish DPC's €1.2 billion fine on Meta over Facebook's data transfers to the US, 22 May 2023", "main": True},
        {"id": INQUIRY, "label": "the DPC's inquiry into Meta's transfers, from August 2020, and the Court of Justice's ruling of July 2020 (background)", "main": False},
        {"id": AMAZON, "label": "Amazon's GDPR fine of €746 million in 2021 (background)", "main": False},
        {"id": EARLIER, "label": "the DPC's earlier fines on Meta, 2022 and early 2023 (background)", "main": False},
        {"id": LAW, "label": "the General Data Protection Regulation (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the fine imposed on Meta", "verdict": "compatible",
            "why": "€1.2 billion everywhere (€1.2B, 1.2 billion euros, €1.2bn), converted as $1.3 billion (DW, Jurist) and £1 billion (Nouinfo): one fine, its conversions rounded.",
            "mentions": [
                ("01", "€1.2 billion", 1.2e9, {"note": "euros"}),
                ("01", "$1.3 billion", 1.3e9, {"note": "US dollars; the conversion"}),
                ("02", "€1.2B", 1.2e9, {"note": "euros; the headline"}),
                ("02", "€1.2 billion", 1.2e9, {"ctx": "with a €1.2 billion", "note": "euros"}),
                ("02", "$1.3 billion", 1.3e9, {"note": "US dollars; the conversion"}),
                ("02", "€1.2 billion", 1.2e9, {"ctx": "pay a €1.2 billion", "note": "euros"}),
                ("03", "€1.2 billion", 1.2e9, {"note": "euros"}),
                ("04", "1.2 billion euros", 1.2e9, {"note": "euros"}),
                ("05", "€1.2 billion", 1.2e9, {"note": "euros"}),
                ("05", "£1 billion", 1e9, {"note": "pounds sterling; the conversion"}),
                ("06", "€1.2bn", 1.2e9, {"note": "euros"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deadline to suspend the data transfers", "verdict": "agree",
            "why": "Five months from the decision's notification to suspend future transfers to the US.",
            "mentions": [
                ("03", "five months", 5, {"note": "months"}),
                ("06", "five months", 5, {"ctx": "within the period of five months and", "note": "months; the standfirst"}),
                ("06", "five months", 5, {"ctx": "within the period of five months.", "note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the deadline to stop the unlawful processing and storage", "verdict": "agree",
            "why": "Six months to bring the processing into compliance (stop processing and storing in the US the data transferred).",
            "mentions": [
                ("03", "six months", 6, {"note": "months"}),
                ("06", "six-month", 6, {"ctx": "within a six-month period\n\nMeta", "note": "months; the standfirst"}),
                ("06", "six-month", 6, {"ctx": "within a six-month period.", "note": "months"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the fine", "verdict": "agree",
            "why": "Monday 22 May 2023 ('European Union regulators on Monday fined', 'the DPC announced the ruling on Monday').",
            "mentions": [
                ("01", "Monday", MON),
                ("02", "Monday", MON, {"ctx": "ruling on Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Meta's response", "verdict": "single-source",
            "why": "'Meta responded Monday, stating they intend to appeal'.",
            "mentions": [("02", "Monday", MON, {"ctx": "responded Monday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the DPC's final decision", "verdict": "single-source",
            "why": "'their decision was finalized on May 12' (2023).",
            "mentions": [("02", "May 12", "2023-05-12")],
        },
        # --- background: the inquiry and the ruling ---
        {
            "event": INQUIRY, "kind": "date", "role": "date-of:the opening of the DPC's inquiry", "verdict": "compatible",
            "why": "'launched in 2020' (Pledge Times) and August 2020 (Jurist, NS Business Hub): the year and the month in it.",
            "mentions": [
                ("02", "August 2020", "2020-08"),
                ("04", "2020", "2020"),
                ("06", "August 2020", "2020-08"),
            ],
        },
        {
            "event": INQUIRY, "kind": "date", "role": "date-of:the end of the court's stay of the inquiry", "verdict": "compatible",
            "why": "'slowed down the process until early 2021' (Pledge Times) and 'stayed by an order of the High Court of Ireland until 20 May 2021' (NS Business Hub): 'early 2021' is vague, and the first half of 2021 holds 20 May.",
            "mentions": [
                ("04", "early 2021", "2021-01/2021-05", {"note": "'early 2021'"}),
                ("06", "20 May 2021", "2021-05-20"),
            ],
        },
        {
            "event": INQUIRY, "kind": "date", "role": "date-of:the Court of Justice's ruling striking down the Privacy Shield", "verdict": "single-source",
            "why": "'a July 2020 ruling' (Schrems II, 16 July 2020).",
            "mentions": [("02", "July 2020", "2020-07")],
        },
        {
            "event": LAW, "kind": "date", "role": "date-of:the GDPR's enactment", "verdict": "single-source",
            "why": "'The law, enacted by the EU in 2018' (in force from May 2018).",
            "mentions": [("02", "2018", "2018")],
        },
        # --- background: earlier fines ---
        {
            "event": AMAZON, "kind": "money", "role": "money:Amazon's GDPR fine (the previous record)", "verdict": "agree",
            "why": "€746 million (Pledge Times: 'the 746 million fine').",
            "mentions": [
                ("03", "€746 million", 746e6, {"note": "euros"}),
                ("04", "746 million", 746e6, {"note": "euros (the currency not written)"}),
            ],
        },
        {
            "event": AMAZON, "kind": "date", "role": "date-of:Amazon's GDPR fine", "verdict": "agree",
            "why": "2021.",
            "mentions": [
                ("03", "2021", "2021"),
                ("04", "2021", "2021", {"ctx": "imposed in 2021"}),
            ],
        },
        {
            "event": EARLIER, "kind": "money", "role": "money:the DPC's fine on Meta earlier in 2023", "verdict": "single-source",
            "why": "'a €390 million fine the DPC imposed on Meta Platforms earlier this year'.",
            "mentions": [("04", "€390 million", 390e6, {"note": "euros"})],
        },
        {
            "event": EARLIER, "kind": "money", "role": "money:the DPC's fine on Meta in 2022", "verdict": "single-source",
            "why": "'a further €405 million fine in 2022'.",
            "mentions": [("04", "€405 million", 405e6, {"note": "euros"})],
        },
        {
            "event": EARLIER, "kind": "date", "role": "date-of:the DPC's €405 million fine on Meta", "verdict": "single-source",
            "why": "'in 2022'.",
            "mentions": [("04", "2022", "2022")],
        },
    ],
}
