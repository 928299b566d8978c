# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Taiwan's presidential and legislative elections of 13 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Shares in percent; votes as counts; times in Taiwan time (+08:00); the ordinal of the DPP's term as a count. Saturday =
13 January 2024. Left out: the AP story's date ("January 13, 2024", a citation), "the 1992 Consensus", "one-China", "the two
main parties", "his two major-party opponents". The as_of 21:00 of the 98% tally stands for "later that evening" (its
time is not given; it came after the 7:40 p.m. tally of 87%).
"""

E = "e1"
E2016 = "e2"
TPP = "e3"
DAY = "2024-01-13"
T1940 = "2024-01-13T19:40+08:00"
T98 = "2024-01-13T21:00+08:00"
SPEC = {
    "description": (
        "Taiwan's presidential and legislative elections of Saturday 13 January 2024, won by the DPP's Lai Ching-te against "
        "Hou Yu-ih (KMT) and Ko Wen-je (TPP), as five outlets reported the count on 13-16 January 2024: Lai's share 'almost "
        "41%' / 40.73% with 87% of polling locations in (7:40 p.m.) -> 40.2% with 98% -> 'about 40' (`updated`); Hou's "
        "33.27% -> 33.4% -> 'around 33' (`updated`); Ko's 26.01% / 'about 26' (`compatible`); polling places counted 87% -> "
        "98% -> 99% (`updated`); votes 5.58, 4.66 and 3.68 million of about 14 million ballots; turnout 'nearly 70' / "
        "'around 70' per cent (`compatible`); party votes 36.54 / 34.46 / 21.84 / 2.54%; a 113-seat legislature; a "
        "three-way race; the DPP's third term in a row (`agree`); Lai to take office in May after Tsai's four-year term. "
        "Background events whose figures are traps: the 2016 election (Tsai 56.1%, Chu 31%, Soong 12.8%, also a three-way "
        "race) and the TPP's founding in 2019."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; partial results 'on Saturday' (13 January 2024): 13 January 2024 (a guess within a day)"},
        "02": {"published_how": "the corpus's date line 2024-01-16 (removed from the text), and the URL's 124011601026 (16 January 2024)"},
        "03": {"published_how": "the corpus's date line 2024-01-14 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page or in its URL; reports the tally 'As of 8 p.m. Taiwan time' on 13 January 2024: 13 January 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; Lai declared victory 'on Saturday evening' (13 January 2024): 13 January 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Taiwan's presidential and legislative elections of 13 January 2024", "main": True},
        {"id": E2016, "label": "Taiwan's presidential election of 2016 (background)", "main": False},
        {"id": TPP, "label": "the founding of the Taiwan People's Party, 2019 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "percent", "role": "share:Lai's share of the vote", "verdict": "updated",
            "why": "As the count went on: 40.73% with 87% of polling locations in at 7:40 p.m. ('almost 41%'), 40.2 percent with 98% (the CEC's partial results), 'about 40' afterwards (the final share was 40.05%).",
            "mentions": [
                ("04", "almost 41%", 41, {"as_of": T1940}),
                ("04", "40.73%", 40.73, {"as_of": T1940}),
                ("01", "40.2 percent", 40.2, {"as_of": T98}),
                ("02", "about 40 per cent", 40),
                ("03", "about 40 %", 40),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Hou's share of the vote", "verdict": "updated",
            "why": "33.27% at 7:40 p.m. (87% in), 33.4 percent with 98%, then '33 per cent' / 'around 33 %'.",
            "mentions": [
                ("04", "33.27%", 33.27, {"as_of": T1940}),
                ("01", "33.4 percent", 33.4, {"as_of": T98}),
                ("02", "33 per cent", 33),
                ("03", "around 33 %", 33),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Ko's share of the vote", "verdict": "compatible",
            "why": "26.01% at 7:40 p.m. (87% in); '26 per cent' / 'about 26 %' afterwards (roundings).",
            "mentions": [
                ("04", "26.01%", 26.01, {"as_of": T1940}),
                ("02", "26 per cent", 26),
                ("03", "about 26 %", 26),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:polling places counted", "verdict": "updated",
            "why": "The count's progress: 87% of polling locations at 7:40 p.m., 98 percent (the CEC's partial results), 99% (TaiwanPlus).",
            "mentions": [
                ("04", "87%", 87, {"as_of": T1940}),
                ("01", "98 percent", 98, {"as_of": T98}),
                ("05", "99%", 99),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the 87% tally", "verdict": "single-source",
            "why": "'as of 7:40 p.m. on January 13, Taiwan time'.",
            "mentions": [("04", "7:40 p.m.", T1940)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the election", "verdict": "agree",
            "why": "Saturday 13 January 2024.",
            "mentions": [
                ("01", "Saturday", DAY),
                ("04", "January 13", DAY, {"ctx": "on January 13, Taiwan"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the two concessions", "verdict": "single-source",
            "why": "'As of 8 p.m. Taiwan time, both ... have conceded defeat'.",
            "mentions": [("04", "8 p.m.", "2024-01-13T20:00+08:00", {"note": "'As of' (by then), Taiwan time"})],
        },
        {
            "event": E, "kind": "date", "role": "time-of:Lai's declaration of victory", "verdict": "single-source",
            "why": "'on Saturday evening declared victory'.",
            "mentions": [("05", "Saturday evening", "2024-01-13T18:00/2024-01-13T23:59", {"note": "evening, Taiwan time"})],
        },
        {
            "event": E, "kind": "count", "role": "votes:Lai's votes", "verdict": "single-source",
            "why": "'Lai received over 5.58 million votes' (99% counted).",
            "mentions": [("05", "over 5.58 million", 5_580_000)],
        },
        {
            "event": E, "kind": "count", "role": "votes:Hou's votes", "verdict": "single-source",
            "why": "'received 4.66 million votes'.",
            "mentions": [("05", "4.66 million", 4_660_000)],
        },
        {
            "event": E, "kind": "count", "role": "votes:Ko's votes", "verdict": "single-source",
            "why": "'received 3.68 million votes'.",
            "mentions": [("05", "3.68 million", 3_680_000)],
        },
        {
            "event": E, "kind": "count", "role": "ballots cast", "verdict": "single-source",
            "why": "'out of approximately 14 million ballots'.",
            "mentions": [("05", "approximately 14 million", 14_000_000)],
        },
        {
            "event": E, "kind": "percent", "role": "share:turnout", "verdict": "compatible",
            "why": "'nearly 70 per cent' (The Nation), 'around 70%' (TaiwanPlus via Anadolu); the turnout was 71.9%.",
            "mentions": [
                ("03", "nearly 70 per cent", 70),
                ("05", "around 70%", 70),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:the DPP's party vote", "verdict": "single-source",
            "why": "'The DPP is ahead with 36.54%' (the party vote for legislators-at-large, at 7:40 p.m.).",
            "mentions": [("04", "36.54%", 36.54, {"as_of": T1940})],
        },
        {
            "event": E, "kind": "percent", "role": "share:the KMT's party vote", "verdict": "single-source",
            "why": "'the KMT close behind with 34.46%'.",
            "mentions": [("04", "34.46%", 34.46, {"as_of": T1940})],
        },
        {
            "event": E, "kind": "percent", "role": "share:the TPP's party vote", "verdict": "single-source",
            "why": "'the TPP at 21.84%'.",
            "mentions": [("04", "21.84%", 21.84, {"as_of": T1940})],
        },
        {
            "event": E, "kind": "percent", "role": "share:the NPP's party vote", "verdict": "single-source",
            "why": "'At only 2.54%, the NPP'.",
            "mentions": [("04", "2.54%", 2.54, {"as_of": T1940})],
        },
        {
            "event": E, "kind": "count", "role": "seats:the NPP's current seats", "verdict": "single-source",
            "why": "'looks like it will lose its three current seats'.",
            "mentions": [("04", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "seats:the legislature's seats", "verdict": "single-source",
            "why": "'Taiwan’s 113-seat legislature'.",
            "mentions": [("01", "113-seat", 113)],
        },
        {
            "event": E, "kind": "count", "role": "candidates in the presidential race", "verdict": "single-source",
            "why": "'a three-way race' (a look-alike of 2016's 'also a three-way race').",
            "mentions": [("01", "three-way", 3)],
        },
        {
            "event": E, "kind": "count", "role": "the DPP's presidential term (ordinal)", "verdict": "agree",
            "why": "A third presidential term in a row for the DPP.",
            "mentions": [
                ("03", "third", 3, {"note": "an ordinal"}),
                ("05", "third", 3, {"note": "an ordinal"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Lai's taking office", "verdict": "single-source",
            "why": "'Lai will take office in May' (20 May 2024).",
            "mentions": [("05", "May", "2024-05")],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Tsai's term", "verdict": "single-source",
            "why": "'Tsai Ing-wen's four-year term'.",
            "mentions": [("05", "four-year", 4, {"note": "years"})],
        },
        {
            "event": E, "kind": "count", "role": "age:voter Tony Chen", "verdict": "single-source",
            "why": "'a 74-year-old retiree'.",
            "mentions": [("04", "74-year-old", 74)],
        },
        {
            "event": E2016, "kind": "date", "role": "date-of:the 2016 election", "verdict": "single-source",
            "why": "'her first presidential contest in 2016'.",
            "mentions": [("03", "2016", "2016")],
        },
        {
            "event": E2016, "kind": "count", "role": "candidates in the presidential race", "verdict": "single-source",
            "why": "'which was also a three-way race' (2016).",
            "mentions": [("03", "three-way", 3)],
        },
        {
            "event": E2016, "kind": "percent", "role": "share:Tsai's share of the vote", "verdict": "single-source",
            "why": "'She garnered 56.1 %' (2016).",
            "mentions": [("03", "56.1 %", 56.1)],
        },
        {
            "event": E2016, "kind": "percent", "role": "share:Chu's share of the vote", "verdict": "single-source",
            "why": "'KMT’s Eric Chu’s 31 %' (2016).",
            "mentions": [("03", "31 %", 31)],
        },
        {
            "event": E2016, "kind": "percent", "role": "share:Soong's share of the vote", "verdict": "single-source",
            "why": "'12.8 % for Mr James Soong' (2016).",
            "mentions": [("03", "12.8 %", 12.8)],
        },
        {
            "event": TPP, "kind": "date", "role": "date-of:the TPP's founding", "verdict": "agree",
            "why": "The Taiwan People's Party was founded in 2019.",
            "mentions": [
                ("01", "2019", "2019"),
                ("02", "2019", "2019"),
            ],
        },
    ],
}
