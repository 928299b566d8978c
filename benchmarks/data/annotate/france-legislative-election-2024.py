# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for France's snap legislative election of 30 June and 7 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Seats and deputies as counts (a projected range as its midpoint with low/high); shares and turnout as percentages;
votes as counts; ages in years; dates as ISO strings, times with France's summer offset (+02:00). Sunday 30 June 2024 =
the first round, Sunday 7 July = the second, Monday 8 July = the official results. The years of earlier elections are
mentions (background events), as in uk-general-election-2024. Left out: 'this morning' (relative), 'the 2nd round' and
'the first round' (ordinals), 'the two rounds', 'zero Assembly seats' (no digit to compare: its year is kept), 'France 24'
(a channel's name), the title 'French elections 2024', 'his second and final term', 'nearly doubling' (a ratio), 'last week' and 'This week' (weeks, not days), ranks ('first place', 'came third'), 'Only two deputies' is kept (a count).
"""

E = "e1"
E2022 = "e2"
EU = "e3"
E2007 = "e4"
BARDELLA = "e5"
R1 = "2024-06-30"
R2 = "2024-07-07"
MON = "2024-07-08"
AFTER_R1 = "2024-07-01"

SPEC = {
    "description": (
        "France's snap legislative election, called by Macron on 9 June 2024 after the European elections: the first round "
        "of Sunday 30 June and the second of Sunday 7 July, as six outlets reported it from 1 to 8 July 2024. The first "
        "round's near-final shares: the National Rally just over 33.1% / 33.15% (`compatible`), the New Popular Front 28% / "
        "27.99% (`compatible`), Ensemble 'a fraction short of 21%' against 20.04% (`conflict`); turnout 66.71%; 39, 32 and "
        "two deputies elected outright. The seats: projected after the first round (the RN and allies 230 to 280, Macron "
        "70-100, the NFP 125-165), by Ipsos on the night of the second (171-187 -> 177-192 for the NFP, 152-163 -> 152 to "
        "158 for Ensemble, 134-152 -> 138 to 145 for the RN) and counted on Monday 8 July (182, 168, 143) (three "
        "`updated`); 577 seats and 289 for a majority (`agree`); the Republicans 46. Background: the 2022 legislative "
        "elections (NUPES 25.7%, Ensemble's 245 seats, the RN's 89), the European elections (Macron's 14.6%), the RN's "
        "zero seats in 2007, Bardella's age."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; 'near-final data released by the interior ministry this morning' after the first round of Sunday 30 June: 1 July 2024"},
        "02": {"published_how": "inferred: no date on the stored page; the first round's final results after 'a counting process that lasted throughout the night', decisions due 'before Tuesday': 1 July 2024"},
        "03": {"published_how": "inferred: no date on the stored page; an exit poll of 'Today's poll', the second round: 7 July 2024"},
        "04": {"published_how": "inferred: no date on the stored page; Ipsos-Talan estimates after the second round of 'Sunday, July 7', no official count yet: 8 July 2024, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; the official results announced 'on Monday' (8 July): 8 July 2024"},
        "06": {"published_how": "inferred from the page's chart label 'Last updated on July 8th 2024' (removed from the text): 8 July 2024"},
    },
    "events": [
        {"id": E, "label": "France's snap legislative election, first round 30 June and second round 7 July 2024, its projections and results", "main": True},
        {"id": E2022, "label": "France's legislative elections of 2022 (background)", "main": False},
        {"id": EU, "label": "the European Parliament elections of June 2024 in France (background)", "main": False},
        {"id": E2007, "label": "France's legislative elections of 2007 (background)", "main": False},
        {"id": BARDELLA, "label": "Jordan Bardella (background)", "main": False},
    ],
    "clusters": [
        # --- first round: shares, votes, deputies, turnout ---
        {
            "event": E, "kind": "percent", "role": "first round share:National Rally and allies", "verdict": "compatible",
            "why": "'just over 33.1%' (near-final data of the interior ministry) and '33.15%' (its final results): the same share, one rounded down.",
            "mentions": [
                ("01", "just over 33.1", 33.1, {"low": 33.1, "high": 33.2, "note": "percent; written 'just over 33.1%'"}),
                ("02", "33.15", 33.15, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "first round share:New Popular Front", "verdict": "compatible",
            "why": "'garnered 28%' (rounded) and '27.99%'.",
            "mentions": [
                ("01", "28", 28, {"ctx": "garnered 28%", "note": "percent"}),
                ("02", "27.99", 27.99, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "first round share:Ensemble", "verdict": "conflict",
            "why": "Euronews's 'a fraction short of 21%' from the near-final data against the final results' '20.04%' for Ensemble and its allies: almost a point apart, more than a rounding of one count (a grouping of allies may differ, but neither text says so).",
            "mentions": [
                ("01", "a fraction short of 21", 20.9, {"low": 20.5, "high": 21, "note": "percent; written 'a fraction short of 21%'"}),
                ("02", "20.04", 20.04, {"note": "percent"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "gap between the National Rally's first round share and the polls", "verdict": "single-source",
            "why": "'about three percentage points behind opinion poll predictions last week'.",
            "mentions": [("01", "three", 3, {"note": "percentage points"})],
        },
        {
            "event": E, "kind": "count", "role": "first round votes:National Rally and allies", "verdict": "single-source",
            "why": "'amounting to over 10 million votes'.",
            "mentions": [("02", "over 10 million", 10000000)],
        },
        {
            "event": E, "kind": "count", "role": "first round votes:New Popular Front", "verdict": "single-source",
            "why": "'translating to nearly 9 million votes'.",
            "mentions": [("02", "nearly 9 million", 9000000)],
        },
        {
            "event": E, "kind": "count", "role": "first round votes:Ensemble", "verdict": "single-source",
            "why": "'which is almost 7 million votes'.",
            "mentions": [("02", "almost 7 million", 7000000)],
        },
        {
            "event": E, "kind": "count", "role": "deputies elected in the first round:National Rally", "verdict": "single-source",
            "why": "'the election of 39 deputies in the first round'.",
            "mentions": [("02", "39", 39)],
        },
        {
            "event": E, "kind": "count", "role": "deputies elected in the first round:New Popular Front", "verdict": "single-source",
            "why": "'32 deputies being elected in the first round'.",
            "mentions": [("02", "32", 32)],
        },
        {
            "event": E, "kind": "count", "role": "deputies elected in the first round:Ensemble", "verdict": "single-source",
            "why": "'Only two deputies were elected in the first round'.",
            "mentions": [("02", "two", 2)],
        },
        {
            "event": E, "kind": "percent", "role": "turnout in the first round", "verdict": "single-source",
            "why": "'66.71% of registered voters participating'.",
            "mentions": [("02", "66.71", 66.71, {"note": "percent"})],
        },
        {
            "event": E, "kind": "count", "role": "voters in the first round", "verdict": "single-source",
            "why": "'amounting to nearly 33 million voters'.",
            "mentions": [("02", "nearly 33 million", 33000000)],
        },
        {
            "event": E, "kind": "count", "role": "abstainers in the first round", "verdict": "single-source",
            "why": "'and 16 million abstainers'.",
            "mentions": [("02", "16 million", 16000000)],
        },
        {
            "event": E, "kind": "count", "role": "three-way run-offs after the first round", "verdict": "single-source",
            "why": "'in 306 cases of triangulars'.",
            "mentions": [("02", "306", 306)],
        },
        # --- second round: participation, electorate ---
        {
            "event": E, "kind": "percent", "role": "participation in the second round", "verdict": "single-source",
            "why": "KUNA's 'reaching more the 59 percent' (a figure of the day; no other outlet gives the second round's turnout).",
            "mentions": [("05", "59 percent", 59, {"low": 59, "high": None, "note": "percent; written 'more the 59 percent'"})],
        },
        {
            "event": E, "kind": "count", "role": "eligible voters in the second round", "verdict": "single-source",
            "why": "'More than 43 million eligible voters are expected to cast their votes'.",
            "mentions": [("05", "More than 43 million", 43000000)],
        },
        # --- seats ---
        {
            "event": E, "kind": "count", "role": "seats:New Popular Front", "verdict": "updated",
            "why": "Ipsos's projection after the first round (125-165), its exit poll of the second round's night (between 171 and 187), its later estimate (between 177 and 192, twice in franceinfo's text), then the official count of Monday 8 July (182): one seat count re-reported as it moved.",
            "mentions": [
                ("01", "125-165", 145, {"low": 125, "high": 165, "as_of": AFTER_R1, "note": "a projection after the first round"}),
                ("03", "between 171 and 187", 179, {"low": 171, "high": 187, "as_of": R2, "note": "an exit poll"}),
                ("04", "between 177 and 192", 184.5, {"ctx": "should win between 177 and 192", "low": 177, "high": 192, "as_of": R2, "note": "an estimate"}),
                ("04", "between 177 and 192", 184.5, {"ctx": "with between 177 and 192 elected", "low": 177, "high": 192, "as_of": R2, "note": "an estimate"}),
                ("05", "182", 182, {"ctx": "winning 182 out", "as_of": MON}),
                ("05", "182", 182, {"ctx": "Front won 182", "as_of": MON}),
                ("06", "182", 182, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:Ensemble", "verdict": "updated",
            "why": "Projected at 70-100 after the first round, 152-163 (exit poll), 152 to 158 (a later estimate), 168 in the official count.",
            "mentions": [
                ("01", "70-100", 85, {"low": 70, "high": 100, "as_of": AFTER_R1, "note": "a projection after the first round"}),
                ("03", "152-163", 157.5, {"low": 152, "high": 163, "as_of": R2, "note": "an exit poll"}),
                ("04", "152 to 158", 155, {"low": 152, "high": 158, "as_of": R2, "note": "an estimate"}),
                ("05", "168", 168, {"as_of": MON}),
                ("06", "168", 168, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:National Rally and allies", "verdict": "updated",
            "why": "Projected at 230 to 280 after the first round, 134-152 (exit poll), 138 to 145 (a later estimate), 143 in the official count.",
            "mentions": [
                ("01", "230 to 280", 255, {"low": 230, "high": 280, "as_of": AFTER_R1, "note": "a projection after the first round"}),
                ("03", "134-152", 143, {"low": 134, "high": 152, "as_of": R2, "note": "an exit poll"}),
                ("04", "138 to 145", 141.5, {"low": 138, "high": 145, "as_of": R2, "note": "an estimate"}),
                ("05", "143", 143, {"as_of": MON}),
                ("06", "143", 143, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats:the Republicans who refused the RN", "verdict": "single-source",
            "why": "'have won 46 seats'.",
            "mentions": [("06", "46", 46)],
        },
        {
            "event": E, "kind": "count", "role": "seats:left-wing parties outside the NFP", "verdict": "single-source",
            "why": "'took 14-16 seats, the poll suggested'.",
            "mentions": [("03", "14-16", 15, {"low": 14, "high": 16, "note": "an exit poll"})],
        },
        {
            "event": E, "kind": "count", "role": "seats lost by the presidential camp", "verdict": "single-source",
            "why": "'It still lost around a hundred deputies' (from 245 in 2022).",
            "mentions": [("04", "around a hundred", 100, {"low": 90, "high": 110})],
        },
        {
            "event": E, "kind": "count", "role": "seats in the National Assembly", "verdict": "agree",
            "why": "577 seats.",
            "mentions": [
                ("01", "577", 577),
                ("03", "577", 577),
                ("05", "577", 577),
                ("06", "577", 577),
            ],
        },
        {
            "event": E, "kind": "count", "role": "seats needed for a majority", "verdict": "agree",
            "why": "289 seats.",
            "mentions": [
                ("05", "289", 289),
                ("06", "289", 289),
            ],
        },
        # --- dates and times ---
        {
            "event": E, "kind": "date", "role": "date-of:the first round", "verdict": "agree",
            "why": "Sunday 30 June 2024 ('on Sunday' in a text of 1 July; 'held on 30 June').",
            "mentions": [
                ("01", "Sunday", R1),
                ("03", "30 June", R1),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the close of the polling stations in Paris (first round)", "verdict": "single-source",
            "why": "'polling stations closed at 8 p.m.' (Sunday 30 June).",
            "mentions": [("02", "8 p.m.", "2024-06-30T20:00+02:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the deadline for withdrawals before the second round", "verdict": "single-source",
            "why": "'decisions to be made before Tuesday at 6 p.m.' (2 July).",
            "mentions": [("02", "Tuesday at 6 p.m.", "2024-07-02T18:00+02:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the second round", "verdict": "single-source",
            "why": "'on Sunday, July 7' (Euronews's 'Today's poll' gives no date).",
            "mentions": [("04", "Sunday, July 7", R2)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the official results", "verdict": "single-source",
            "why": "The interior ministry 'announced on Monday the official results' (8 July).",
            "mentions": [("05", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Macron's call of the snap election", "verdict": "agree",
            "why": "'snap elections called by Macron on 9 June' and 'the gamble of dissolution launched by Emmanuel Macron on June 9'.",
            "mentions": [
                ("03", "9 June", "2024-06-09"),
                ("04", "June 9", "2024-06-09"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the forming of the New Popular Front", "verdict": "single-source",
            "why": "'The NFP was assembled in June'.",
            "mentions": [("03", "June", "2024-06", {"ctx": "assembled in June"})],
        },
        # --- background ---
        {
            "event": EU, "kind": "date", "role": "date-of:the European elections in France", "verdict": "single-source",
            "why": "'a disastrous performance in EU elections on 9 June' (the phrase dates the vote; the call of the snap election that evening is another act, in its own cluster).",
            "mentions": [("01", "9 June", "2024-06-09")],
        },
        {
            "event": EU, "kind": "percent", "role": "Macron's camp's share in the European elections", "verdict": "single-source",
            "why": "'where he gained just 14.6%'.",
            "mentions": [("01", "14.6", 14.6, {"note": "percent"})],
        },
        {
            "event": E2022, "kind": "date", "role": "date-of:the 2022 legislative elections", "verdict": "agree",
            "why": "The previous legislative elections, 2022.",
            "mentions": [
                ("01", "2022", "2022", {"ctx": "National Assembly in 2022"}),
                ("01", "2022", "2022", {"ctx": "stage of 2022 legislative"}),
                ("01", "2022", "2022", {"ctx": "reached in 2022"}),
                ("03", "2022", "2022"),
            ],
        },
        {
            "event": E2022, "kind": "percent", "role": "first round share:NUPES in 2022", "verdict": "single-source",
            "why": "'the 25.7% that NUPES, the equivalent coalition, reached in 2022' (a look-alike of the NFP's share).",
            "mentions": [("01", "25.7", 25.7, {"note": "percent"})],
        },
        {
            "event": E2022, "kind": "count", "role": "seats:Ensemble in 2022", "verdict": "single-source",
            "why": "'the 245 it gained in the most recent 2022 elections'.",
            "mentions": [("03", "245", 245)],
        },
        {
            "event": E2022, "kind": "count", "role": "seats:National Rally in the outgoing Assembly", "verdict": "single-source",
            "why": "'from 89 elected representatives until then' (the Assembly elected in 2022).",
            "mentions": [("04", "89", 89)],
        },
        {
            "event": E2007, "kind": "date", "role": "date-of:the 2007 legislative elections", "verdict": "single-source",
            "why": "'zero Assembly seats as recently as 2007'.",
            "mentions": [("03", "2007", "2007")],
        },
        {
            "event": BARDELLA, "kind": "count", "role": "Jordan Bardella's age", "verdict": "single-source",
            "why": "'her 28-year-old protégé, Jordan Bardella'.",
            "mentions": [("06", "28-year-old", 28)],
        },
    ],
}
