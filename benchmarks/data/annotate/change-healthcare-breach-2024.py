# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the ransomware attack on Change Healthcare (UnitedHealth Group), 2024, and the count of people whose
data was stolen, reported from April 2024 to August 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings. as_of of the counts: the projection of April 2024, the first estimate of October
2024, 190 million of January 2025, the final 192.7 million of UnitedHealth's letter of 31 July 2025. Left out: HIPAA Guide's
entry date line "August 7, 2025" (the page's own date), "nearly double" / "almost double" (ratios), "about a third of
Americans" (a fraction), "hundreds of thousands", "thousands of hospitals", "billions of dollars", "for weeks", "for
months", "months of disruptions", "weeks after the attack", "last week", "Earlier this month", "one more ransomware group",
"one of the nation’s largest", "a second extortion" (ordinal).
"""

E = "e1"
WITTY = "e2"
APRIL = "2024-04"
OCT = "2024-10"
JAN = "2025-01"
FINAL = "2025-07-31"
SPEC = {
    "description": (
        "The ransomware attack on Change Healthcare, discovered on 21 February 2024, and the count of people whose data was "
        "stolen, as six outlets reported it from April 2024 to August 2025: 'over 100 million' (a projection, April 2024; the "
        "first estimate, October 2024) -> about 190 million (January 2025) -> 192.7 million (the final count, July 2025) "
        "(`updated`); about 1.3 million of them notified by others (`agree`); the attack in February 2024 / on February 21, "
        "2024 against one outlet's 'June breach' (`conflict`); the first estimate made 'in October' against 'initial December "
        "estimates' (`conflict`); a $22 million ransom (`agree`), 'at least two' ransoms; the breach of health data confirmed "
        "in April 2024 / on April 15, 2024 (`compatible`); notification letters from June 20, 2024 to Dec. 4, 2024 and the "
        "call center open from June 20, 2024 to August 26 (look-alikes of one date); a $705 million impact; 33% of Americans' "
        "data handled. Background: Andrew Witty before lawmakers in December, after the shooting of Brian Thompson."
    ),
    "documents": {
        "01": {"published_how": "the text's entry date line 'August 7, 2025:'"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; it reports UnitedHealth's final count of 31 July 2025 as news and the call center's closing on August 26 as to come: 4 August 2025 (a guess within days)"},
        "03": {"published_how": "the URL's 2025/01/27"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; UnitedHealth's estimate of about 190 million (24 January 2025) as news: 25 January 2025 (a guess within days)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; 'Over 100 million' (UnitedHealth's first estimate, October 2024) as news and Reuters's report of the $705 million impact 'Earlier this month': 25 October 2024 (a guess within days)"},
        "06": {"published_how": "inferred: no date on the stored page or in its URL; 'It is about 60 days since February 21, 2024' and UHG's statement on the ransom as news: 23 April 2024 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "the ransomware attack on Change Healthcare and the theft of its data, 2024", "main": True},
        {"id": WITTY, "label": "Andrew Witty's appearance before lawmakers in December, after the shooting of Brian Thompson (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "people whose data was stolen", "verdict": "updated",
            "why": "The count as it was revised: 'possibly ... over 100 million' (a projection, April 2024), the first estimate of 100 million (October 2024), about 190 million (January 2025), 192.7 million (the final count, UnitedHealth's letter of 31 July 2025).",
            "mentions": [
                ("06", "over 100 million", 100_000_000, {"as_of": APRIL}),
                ("05", "Over 100 million", 100_000_000, {"as_of": OCT}),
                ("01", "100 million", 100_000_000, {"as_of": OCT}),
                ("03", "about 100 million", 100_000_000, {"as_of": OCT}),
                ("04", "100 million", 100_000_000, {"as_of": OCT}),
                ("01", "190 million", 190_000_000, {"as_of": JAN}),
                ("03", "about 190 million", 190_000_000, {"as_of": JAN}),
                ("04", "approximately 190 million", 190_000_000, {"as_of": JAN}),
                ("01", "192.7 Million", 192_700_000, {"ctx": "192.7 Million Affected\n\nThis", "as_of": FINAL}),
                ("01", "192.7 Million", 192_700_000, {"ctx": "2025:  Change Healthcare Data Breach: 192.7 Million", "as_of": FINAL}),
                ("01", "an estimated 192.7 million", 192_700_000, {"as_of": FINAL}),
                ("01", "192.7 million", 192_700_000, {"ctx": "The 192.7 million total", "as_of": FINAL}),
                ("02", "192.7 million", 192_700_000, {"ctx": "has reached 192.7 million", "as_of": FINAL}),
                ("02", "192.7 million", 192_700_000, {"ctx": "attack: 192.7 million people", "as_of": FINAL}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people affected notified by other organisations", "verdict": "agree",
            "why": "About 1.3 million of the 192.7 million were notified by healthcare organisations, not Change Healthcare.",
            "mentions": [
                ("01", "approximately 1.3 million", 1_300_000),
                ("02", "About 1.3 million", 1_300_000),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ransomware attack", "verdict": "conflict",
            "why": "The attack of February 2024, detected on February 21, 2024 (five outlets; Wizcazea's 'first surfaced in February'), against Wizcazea's 'in the months following the June breach' (June was when notification began): a date that cannot hold.",
            "mentions": [
                ("01", "February 2024", "2024-02"),
                ("01", "February 21, 2024", "2024-02-21"),
                ("02", "February 2024", "2024-02"),
                ("03", "February 2024", "2024-02"),
                ("04", "February 2024", "2024-02"),
                ("05", "June", "2024-06"),
                ("05", "February", "2024-02"),
                ("06", "February 21, 2024", "2024-02-21"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first estimate of the people affected", "verdict": "conflict",
            "why": "BenefitsPRO: 'The estimate has increased from about 100 million people in October'; Paubox: the final count is 'nearly double the company's initial December estimates'. The first estimate cannot be of both October and December.",
            "mentions": [
                ("03", "October", "2024-10"),
                ("02", "December", "2024-12", {"ctx": "initial December estimates"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "ransom paid to BlackCat / ALPHV", "verdict": "agree",
            "why": "A $22 million ransom (in Bitcoin).",
            "mentions": [
                ("01", "$22 million", 22_000_000),
                ("02", "$22 million", 22_000_000),
                ("05", "$22 million", 22_000_000),
                ("06", "$22 million", 22_000_000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "ransoms paid", "verdict": "single-source",
            "why": "'paid the attackers at least two separate ransoms'.",
            "mentions": [("04", "at least two", 2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the confirmation that health data was stolen", "verdict": "compatible",
            "why": "'Change acknowledged in April 2024 that the attack could have affected the protected health information' / 'The breach of PHI was only confirmed on April 15, 2024'.",
            "mentions": [
                ("03", "April 2024", "2024-04"),
                ("06", "April 15, 2024", "2024-04-15"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since the attack's discovery", "verdict": "single-source",
            "why": "'It is about 60 days since February 21, 2024'.",
            "mentions": [("06", "about 60 days", 60, {"note": "days"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first notification letters", "verdict": "single-source",
            "why": "'The first wave of letters went out June 20, 2024' (a look-alike of the call center's opening the same day).",
            "mentions": [("03", "June 20, 2024", "2024-06-20")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the most recent notification letters", "verdict": "single-source",
            "why": "'the most recent went out Dec. 4, 2024'.",
            "mentions": [("03", "Dec. 4, 2024", "2024-12-04")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the incident call center's opening", "verdict": "single-source",
            "why": "'The incident call center, which opened June 20, 2024'.",
            "mentions": [("02", "June 20, 2024", "2024-06-20")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the incident call center's closing", "verdict": "single-source",
            "why": "'will close August 26' (2025).",
            "mentions": [("02", "August 26", "2025-08-26")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the free credit monitoring offered", "verdict": "single-source",
            "why": "'two years of free credit monitoring'.",
            "mentions": [("03", "two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "financial impact of the attack projected", "verdict": "single-source",
            "why": "'projecting a $705 million financial impact'.",
            "mentions": [("05", "$705 million", 705_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "claim transactions Change Healthcare processes", "verdict": "single-source",
            "why": "'processes approximately 15 billion claim transactions'.",
            "mentions": [("02", "approximately 15 billion", 15_000_000_000)],
        },
        {
            "event": E, "kind": "percent", "role": "share of Americans whose data Change Healthcare handles", "verdict": "single-source",
            "why": "'the data of 33% of Americans is handled by its systems'.",
            "mentions": [("06", "33%", 33)],
        },
        {
            "event": WITTY, "kind": "date", "role": "date-of:Witty's second appearance before lawmakers", "verdict": "single-source",
            "why": "'Witty later appeared before lawmakers again in December' (2024; a look-alike of the 'December' estimates).",
            "mentions": [("02", "December", "2024-12", {"ctx": "again in December"})],
        },
    ],
}
