# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Turkey's presidential runoff of 28 May 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Vote shares, turnout and ballots counted are in percent; votes and people as counts; durations
in years (the note says so); dates as ISO strings, times with their UTC offset.
"""

E = "e1"
R1 = "e2"
RULE = "e3"
QUAKES = "e4"
RUNOFF = "2023-05-28"
OFFICIAL = "2023-06-01"
Y = "years"
SPEC = {
    "description": (
        "Turkey's presidential runoff of Sunday 28 May 2023 between Recep Tayyip Erdogan and Kemal Kilicdaroglu, "
        "as ten outlets reported it from that Sunday evening to Thursday 1 June, when the Supreme Election Council "
        "(YSK) announced the official result: Erdogan's share rising and falling with the count, 54.47% after 54.6% "
        "of the ballots, 52.61% after 91.55%, 52.1% after more than 98%, 52.10% after 99.49%, 52.14% (the YSK on "
        "Sunday night), 52.18% (official); Kilicdaroglu's 45.53% -> 47.39% -> 47.9% -> 47.86% -> 47.82%; the "
        "opposition agency ANKA's count at half the ballots, 51% to 49% for Kilicdaroglu; turnout 'over 85%', "
        "84.7%, 84.15% (official) against Anadolu's 87.05% (with 88.92% at home and 53.80% abroad); 27,834,589 "
        "against 25,504,724 votes, a margin of 'over 2 million' / 'approximately 2,2 million'; 52,093,375 voters "
        "in Turkey and 1,930,000 abroad; five more years. The first round of 14 May (Erdogan 49.5 / 49.51 / "
        "49.52%, Kilicdaroglu 44.8 / 44.88%, Ogan 5.17%, the 50% threshold, a turnout of 86.98% and almost 54 "
        "million voters for the 'twin elections'), Erdogan's rule since 2003 (two decades, 21 years, prime minister "
        "to 2014) and February's earthquakes are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "the dateline 'Ankara, May 29' (left in the text)"},
        "02": {"published_how": "the URL's date (280520232: 28 May 2023); reports 'Sunday's' runoff as news"},
        "03": {"published_how": "'date 2023-05-28' on the stored page ('Published May 28, 2023 | 09:50 PM', removed with the byline)"},
        "04": {"published_how": "inferred: the stored page's date line gives only the month (2023-05); reports the first partial results of 'the runoff Sunday': 28 May 2023"},
        "05": {"published_how": "'date 2023-05-29' on the stored page"},
        "06": {"published_how": "'date 2023-06-01' on the stored page (and the URL's 20230601)"},
        "07": {"published_how": "'date 2023-06-01' on the stored page (and the URL's /2023/06/01/)"},
        "08": {"published_how": "inferred: no date on the stored page; reports the count of the runoff night (results after more than 98 percent): 28 May 2023"},
        "09": {"published_how": "inferred: no date on the stored page; reports the Council's announcement 'on Sunday night' and the victory speech: 29 May 2023"},
        "10": {"published_how": "the URL's date (/2023/06/01/)"},
    },
    "events": [
        {"id": E, "label": "Turkey's presidential runoff, Sunday 28 May 2023, its count and its official result (announced Thursday 1 June 2023)", "main": True},
        {"id": R1, "label": "the first round of the presidential election and the parliamentary election, Sunday 14 May 2023 (background)", "main": False},
        {"id": RULE, "label": "Erdogan's years in power: prime minister from 2003, president from 2014 (background)", "main": False},
        {"id": QUAKES, "label": "the earthquakes of February 2023 (background)", "main": False},
    ],
    "clusters": [
        # --- the runoff's result, as the count went on ---
        {
            "event": E, "kind": "percent", "role": "share:Erdogan's share of the runoff vote", "verdict": "updated",
            "why": (
                "One quantity reported as the count went on: 54.47% after 54.6% of the ballots (the YSK, Sunday evening; "
                "'54%' in the headline), 52.61% after 91.55% (TRT), 52.1% after more than 98% and 52.10% after 99.49% "
                "(Anadolu), 52.14% (the YSK's figures of Sunday night), 52.18% (the official result of 1 June). "
                "Later reports supersede earlier ones; no two reports of one count at one time disagree."
            ),
            "mentions": [
                ("01", "52.10 per cent", 52.10, {"note": "after 99.49 per cent of the ballot boxes (Anadolu)"}),
                ("02", "52.14 percent", 52.14),
                ("03", "54%", 54, {"note": "the headline's rounded 54.47%"}),
                ("03", "54.47%", 54.47, {"ctx": "with 54.47% support", "note": "after nearly 55% of the ballots"}),
                ("03", "54.47%", 54.47, {"ctx": "and 54.47% for Erdogan"}),
                ("04", "52.61%", 52.61, {"note": "written 'nearly 52.61%'; after 91.55% of the ballot boxes"}),
                ("05", "52.14 per cent", 52.14),
                ("06", "52.18%", 52.18, {"ctx": "with 52.18% of the vote"}),
                ("06", "52.18%", 52.18, {"ctx": "results: 52.18% voted"}),
                ("07", "52.18%", 52.18, {"ctx": "runoff with 52.18%"}),
                ("07", "52.18%", 52.18, {"ctx": "received 52.18%"}),
                ("08", "52.1 percent", 52.1, {"note": "after more than 98 percent of the ballots"}),
                ("09", "52.14 percent", 52.14),
                ("10", "52.18 percent", 52.18),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:Kilicdaroglu's share of the runoff vote", "verdict": "updated",
            "why": "The complement of Erdogan's share at each stage of the count: 45.53% -> 47.39% -> 47.9% / 47.90% -> 47.86% -> 47.82% (official).",
            "mentions": [
                ("01", "47.90 per cent", 47.90),
                ("02", "47.86 percent", 47.86),
                ("03", "45.53%", 45.53),
                ("04", "47.39%", 47.39),
                ("05", "47.86 per cent", 47.86),
                ("06", "47.82%", 47.82, {"ctx": "received 47.82%"}),
                ("06", "47.82%", 47.82, {"ctx": "47.82% for Kemal"}),
                ("07", "47.82%", 47.82),
                ("08", "47.9 percent", 47.9),
                ("09", "47.86%", 47.86),
                ("10", "47.82 percent", 47.82),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballots counted (the YSK's first figures, Sunday evening)", "verdict": "single-source",
            "why": "The YSK had counted 54.6% of the votes ('nearly 55%'; '55%' in the headline) when it gave 54.47% / 45.53%.",
            "mentions": [
                ("03", "55%", 55, {"ctx": "After 55% Votes", "note": "the headline's rounded 54.6%"}),
                ("03", "nearly 55%", 55, {"low": 54, "high": 55}),
                ("03", "54.6%", 54.6),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballot boxes opened (TRT's 52.61% count)", "verdict": "single-source",
            "why": "The 52.61% / 47.39% figures were based on about 91.55% of the ballot boxes.",
            "mentions": [("04", "around 91.55%", 91.55, {"low": 91.5, "high": 91.6})],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballots processed (Hurriyet's 52.1% count)", "verdict": "single-source",
            "why": "The 52.1% / 47.9% figures came after more than 98 percent of the ballots: another moment of the count than the others' figures.",
            "mentions": [("08", "more than 98 percent", 98)],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballot boxes opened (Anadolu's 52.10% count)", "verdict": "single-source",
            "why": "Anadolu's 52.10% / 47.90% after 99.49 per cent of the ballot boxes.",
            "mentions": [("01", "99.49 per cent", 99.49)],
        },
        {
            "event": E, "kind": "percent", "role": "share:ballots tallied when Erdogan declared victory", "verdict": "single-source",
            "why": "Erdogan declared victory after about 98% of ballots were tallied (Anadolu): a moment of the count, not the 52.1% count's.",
            "mentions": [("09", "approximately 98%", 98, {"low": 97.5, "high": 98.5})],
        },
        {
            "event": E, "kind": "percent", "role": "share:Kilicdaroglu's share in ANKA's count at half the ballots", "verdict": "single-source",
            "why": "The opposition agency ANKA's count at half the ballots: Kilicdaroglu 51%. Another authority's partial count; a look-alike.",
            "mentions": [("08", "51 percent", 51, {"ctx": "margin — 51 percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "share:Erdogan's share in ANKA's count at half the ballots", "verdict": "single-source",
            "why": "ANKA's count at half the ballots: Erdogan 49%; a look-alike of his 49.5% of the first round.",
            "mentions": [("08", "49 percent", 49, {"ctx": "to 49 percent"})],
        },
        {
            "event": E, "kind": "percent", "role": "share:turnout of the runoff", "verdict": "conflict",
            "why": (
                "The runoff's turnout: 'over 85%' (first unofficial results) and 84.7% (after more than 98% of the ballots) "
                "on Sunday, 84.15% in the YSK's official result, against Anadolu's (anews's) 'total participation rate' of "
                "87.05% in the same announcement, close to the first round's turnout: reports of one figure that cannot all hold."
            ),
            "mentions": [
                ("04", "over 85%", 85),
                ("06", "84.15%", 84.15),
                ("07", "87.05%", 87.05),
                ("08", "84.7 percent", 84.7),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share:turnout in Turkey (domestic)", "verdict": "single-source",
            "why": "88.92% at home (anews); the first round's domestic figure, as given for the runoff.",
            "mentions": [("07", "88.92%", 88.92)],
        },
        {
            "event": E, "kind": "percent", "role": "share:turnout abroad", "verdict": "single-source",
            "why": "53.80% abroad (anews).",
            "mentions": [("07", "53.80%", 53.80)],
        },
        {
            "event": E, "kind": "count", "role": "votes:Erdogan's votes in the runoff", "verdict": "single-source",
            "why": "27,834,589 votes (the YSK's official result).",
            "mentions": [("10", "27,834,589", 27834589)],
        },
        {
            "event": E, "kind": "count", "role": "votes:Kilicdaroglu's votes in the runoff", "verdict": "single-source",
            "why": "25,504,724 votes (the YSK's official result).",
            "mentions": [("10", "25,504,724", 25504724)],
        },
        {
            "event": E, "kind": "count", "role": "votes:Erdogan's margin over Kilicdaroglu", "verdict": "compatible",
            "why": "The official margin is 2,329,865 votes: 'over 2 million' and 'approximately 2,2 million' (a decimal comma) contain it.",
            "mentions": [
                ("05", "over 2 million", 2000000),
                ("09", "approximately 2,2 million", 2200000, {"note": "a decimal comma: 2.2 million"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "voters in Turkey in the runoff", "verdict": "single-source",
            "why": "52,093,375 people voted in Turkey (the YSK).",
            "mentions": [("10", "52,093,375", 52093375)],
        },
        {
            "event": E, "kind": "count", "role": "voters abroad in the runoff", "verdict": "single-source",
            "why": "1,930,000 voters abroad (the YSK).",
            "mentions": [("10", "1,930,000", 1930000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Erdogan's new term", "verdict": "agree",
            "why": "The win gives Erdogan five more years as president.",
            "mentions": [
                ("02", "five years", 5, {"note": Y}),
                ("05", "five more years", 5, {"note": Y}),
                ("10", "five years", 5, {"note": Y}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the runoff (and the count of its night)", "verdict": "agree",
            "why": "The runoff and the first results were on Sunday 28 May 2023.",
            "mentions": [
                ("02", "Sunday", RUNOFF, {"ctx": "won Sunday’s"}),
                ("02", "Sunday", RUNOFF, {"ctx": "on Sunday’s vote"}),
                ("03", "Sunday", RUNOFF),
                ("04", "Sunday", RUNOFF),
                ("06", "May 28", RUNOFF),
                ("07", "May 28", RUNOFF, {"ctx": "the May 28 presidential"}),
                ("07", "May 28", RUNOFF, {"ctx": "conducted on May 28"}),
                ("08", "May 28", RUNOFF),
                ("09", "Sunday", RUNOFF, {"ctx": "on Sunday night"}),
                ("09", "Sunday", RUNOFF, {"ctx": "on Sunday evening"}),
                ("10", "May 28", RUNOFF),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the official result announced", "verdict": "agree",
            "why": "The YSK announced the official result on Thursday 1 June 2023.",
            "mentions": [
                ("06", "Thursday", OFFICIAL),
                ("07", "Thursday", OFFICIAL),
                ("10", "Thursday", OFFICIAL),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:objections accepted", "verdict": "single-source",
            "why": "Objections were accepted from 29 to 31 May 2023.",
            "mentions": [("10", "May 29 and 31", "2023-05-29/2023-05-31", {"note": "an interval of dates"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the observers' statement", "verdict": "single-source",
            "why": "The OSCE and PACE observers' statement of Monday 29 May 2023.",
            "mentions": [("10", "Monday", "2023-05-29")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:voting abroad ended", "verdict": "single-source",
            "why": "Voting abroad ended on 24 May 2023.",
            "mentions": [("07", "May 24, 2023", "2023-05-24")],
        },
        {
            "event": E, "kind": "count", "role": "countries that voted abroad", "verdict": "single-source",
            "why": "Ballots came from 73 countries.",
            "mentions": [("07", "73", 73)],
        },
        {
            "event": E, "kind": "count", "role": "representative offices that voted abroad", "verdict": "single-source",
            "why": "151 representative offices.",
            "mentions": [("07", "151", 151)],
        },
        {
            "event": E, "kind": "count", "role": "centres that voted abroad", "verdict": "single-source",
            "why": "16 centres.",
            "mentions": [("07", "16", 16)],
        },
        {
            "event": E, "kind": "date", "role": "time-of:polls closed", "verdict": "agree",
            "why": "Polls closed at 5 p.m. in Turkey, 8 p.m. in Bishkek: one instant in two time zones.",
            "mentions": [
                ("08", "5 p.m.", "2023-05-28T17:00+03:00"),
                ("08", "8 p.m. Bishkek time", "2023-05-28T17:00+03:00", {"note": "the same instant in Bishkek time (UTC+6)"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the ban on early results was to end", "verdict": "single-source",
            "why": "The ban on publishing preliminary results was first set until 9 p.m.",
            "mentions": [("08", "9 p.m.", "2023-05-28T21:00+03:00")],
        },
        {
            "event": E, "kind": "date", "role": "time-of:the ban on early results was lifted", "verdict": "single-source",
            "why": "The ban was lifted after 6 p.m.",
            "mentions": [("08", "6 p.m.", "2023-05-28T18:00+03:00")],
        },
        {
            "event": E, "kind": "count", "role": "age:Kemal Kilicdaroglu", "verdict": "single-source",
            "why": "Kilicdaroglu is 74.",
            "mentions": [("01", "74", 74)],
        },
        {
            "event": E, "kind": "count", "role": "parties of the opposition bloc", "verdict": "single-source",
            "why": "The opposition bloc of six parties.",
            "mentions": [("10", "six", 6)],
        },
        {
            "event": E, "kind": "count", "role": "population:Turkey's citizens", "verdict": "single-source",
            "why": "Turkey's 85 million citizens (Erdogan's speech).",
            "mentions": [("09", "85 million", 85000000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:time from the first round to the runoff", "verdict": "agree",
            "why": "The runoff came two weeks after the first round ('the last two weeks' of campaigning, 'two weeks later').",
            "mentions": [
                ("01", "two weeks", 14, {"ctx": "last two weeks", "note": "days; written in weeks"}),
                ("10", "two weeks", 14, {"note": "days; written in weeks"}),
            ],
        },
        # --- the first round (background; traps) ---
        {
            "event": R1, "kind": "percent", "role": "share:Erdogan's share in the first round", "verdict": "compatible",
            "why": "49.52% (final); 49.51% is the YSK's count of 15 May before the last ballots from abroad; 49.5% rounds both. A look-alike of ANKA's 49%.",
            "mentions": [
                ("01", "49.52 per cent", 49.52),
                ("02", "49.5 percent", 49.5),
                ("04", "49.52%", 49.52),
                ("08", "49.51 percent", 49.51),
            ],
        },
        {
            "event": R1, "kind": "percent", "role": "share:Kilicdaroglu's share in the first round", "verdict": "compatible",
            "why": "44.88%; Rudaw's 44.8% cuts it short.",
            "mentions": [
                ("01", "44.88 per cent", 44.88),
                ("02", "44.8 percent", 44.8),
                ("04", "44.88%", 44.88),
                ("08", "44.88 percent", 44.88),
            ],
        },
        {
            "event": R1, "kind": "percent", "role": "share:Ogan's share in the first round", "verdict": "single-source",
            "why": "Sinan Ogan's 5.17%.",
            "mentions": [("08", "5.17 percent", 5.17)],
        },
        {
            "event": R1, "kind": "percent", "role": "share:threshold for an outright win", "verdict": "agree",
            "why": "A candidate needs 50% (plus one vote) to win outright.",
            "mentions": [
                ("01", "50 per cent", 50),
                ("07", "50%", 50),
                ("09", "50%", 50),
                ("10", "50 percent", 50),
            ],
        },
        {
            "event": R1, "kind": "date", "role": "date-of:the first round", "verdict": "agree",
            "why": "The first round (and the parliamentary election) on Sunday 14 May 2023.",
            "mentions": [
                ("01", "May 14", "2023-05-14", {"ctx": "election on May 14"}),
                ("01", "May 14", "2023-05-14", {"ctx": "the May 14 results"}),
                ("02", "May 14", "2023-05-14"),
                ("07", "May 14", "2023-05-14"),
                ("08", "May 14", "2023-05-14"),
                ("09", "May 14", "2023-05-14"),
                ("10", "May 14", "2023-05-14"),
            ],
        },
        {
            "event": R1, "kind": "percent", "role": "share:turnout of the twin elections of 14 May", "verdict": "single-source",
            "why": "'The twin elections' (parliament and the first round) had a turnout of 86.98%: a look-alike of the runoff's turnout.",
            "mentions": [("01", "86.98 per cent", 86.98)],
        },
        {
            "event": R1, "kind": "count", "role": "voters in the twin elections of 14 May", "verdict": "single-source",
            "why": "Almost 54 million voters, as the text gives it for 'the twin elections' (a judgement call: close to the runoff's 54 million).",
            "mentions": [("01", "almost 54 million", 54000000)],
        },
        # --- Erdogan's years in power (background) ---
        {
            "event": RULE, "kind": "duration", "role": "duration-of:Erdogan's rule so far", "verdict": "compatible",
            "why": "Two decades (from 2003) or, in Erdogan's words, 21 years (from his party's win of 2002).",
            "mentions": [
                ("02", "two-decade", 20, {"note": Y}),
                ("02", "21 years", 21, {"note": Y}),
                ("05", "20-year", 20, {"note": Y}),
            ],
        },
        {
            "event": RULE, "kind": "date", "role": "date-of:Erdogan became prime minister", "verdict": "single-source",
            "why": "2003.",
            "mentions": [("02", "2003", "2003")],
        },
        {
            "event": RULE, "kind": "date", "role": "date-of:Erdogan became president", "verdict": "agree",
            "why": "2014.",
            "mentions": [
                ("02", "2014", "2014"),
                ("09", "2014", "2014"),
            ],
        },
        {
            "event": RULE, "kind": "duration", "role": "duration-of:Erdogan as prime minister", "verdict": "single-source",
            "why": "Eleven years (2003-2014).",
            "mentions": [("09", "eleven years", 11, {"note": Y})],
        },
        # --- the earthquakes (background) ---
        {
            "event": QUAKES, "kind": "count", "role": "earthquakes", "verdict": "single-source",
            "why": "Two powerful earthquakes.",
            "mentions": [("10", "two", 2, {"ctx": "two powerful"})],
        },
        {
            "event": QUAKES, "kind": "date", "role": "date-of:the earthquakes", "verdict": "single-source",
            "why": "February 2023.",
            "mentions": [("10", "February", "2023-02")],
        },
    ],
}
