# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Pakistan's general election of Thursday 8 February 2024, counted over three days (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Seat counts are counts; dates as ISO strings; durations with their unit in note. Thursday = 8 February 2024 (the vote),
Sunday = 11 February 2024 (the final National Assembly result). The running tally is told at 241 (Geo News), 250 (the
ministry's count), 255 (the commission's unofficial results), 257 (ARY News) and 264 (the final result) seats counted:
each mention's note says at which. A party's seats in a running count only grow: a count that falls between two reports
of more seats counted is a `conflict`, a count that rises with the seats counted is `updated`.
Left out: numbers shared by several parties ("have won two seats, each", "three seats each", "(2 seats each)", "one seat
each", "won 2 seats"): one span standing for several facts; constituency names ("NA-64", "NA-88", "NA 88", "NA-8", "PS-18",
"PK-90", "NA-242"); "two main political leaders from two different parties", "two major political parties" (no figure of
the result); "ranging from 1 to 7" (a range over six parties); "the largest-ever"; "second" / "third place" (ranks given
with their counts).
"""

E = "e1"
PUNJAB = "e2"
SINDH = "e3"
KP = "e4"
BALOCH = "e5"
VOTE = "2024-02-08"
SAT = "2024-02-10"
SUN = "2024-02-11"
AT241 = "at 241 of 266 seats counted (Geo News)"
AT250 = "at 250 of 265 seats counted (the ministry)"
AT255 = "at 255 of 265 seats counted (the commission's unofficial results)"
AT257 = "at 257 of 265 seats counted (ARY News)"
AT264 = "the final result, 264 of 265 seats"
SPEC = {
    "description": (
        "Pakistan's general election of Thursday 8 February 2024 (six outlets, 10-11 February 2024), the National Assembly "
        "counted over three days: seats counted 241 -> 250 -> 255 -> 257 -> 264 (`updated`); independents 97 -> 99 -> 100 "
        "-> 101 (`updated`), ARY's 'PTI-backed' 95 apart; PML-N 72, 71, 73 and ARY's 78 against the final 75 (`conflict`); "
        "PPP 52 -> 54, MQM-P 15 -> 17, JUI-F 3 -> 4 (`updated`); 265 contested seats (`agree`) of 266 (`agree`), one "
        "postponed (`agree`); majority 133 of 265, 169 of 336; around 60 million voters; re-polling on February 15. "
        "Siblings: the provincial assemblies' results on the same day: Punjab's 296 seats (`agree`), PML-N 130 and "
        "independents 127 at 295 seats against 137 and 138 at 296 (`conflict` twice); Sindh's 130, KP's 113 and "
        "Balochistan's 51 seats (`agree`) with the parties' counts in one outlet each."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-02-11 (removed)"},
        "02": {"published_how": "the URL's code 'enn24021000682' (2024-02-10)"},
        "03": {"published_how": "the corpus's date line 2024-02-11 (removed; the URL's 11-Feb-2024 agrees)"},
        "04": {"published_how": "inferred: 'Pakistan's election commission on Sunday declared the final result': 11 February 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 'As the count continues', 250 of 265 seats tallied (before 03's 255 of 11 February): 10 February 2024 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; the count 'narrowed down on Sunday morning', 264 seats announced: 11 February 2024 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "Pakistan's general election, 8 February 2024: the National Assembly's results", "main": True},
        {"id": PUNJAB, "label": "the Punjab Assembly election of 8 February 2024 (sibling)", "main": False},
        {"id": SINDH, "label": "the Sindh Assembly election of 8 February 2024 (sibling)", "main": False},
        {"id": KP, "label": "the Khyber Pakhtunkhwa Assembly election of 8 February 2024 (sibling)", "main": False},
        {"id": BALOCH, "label": "the Balochistan Assembly election of 8 February 2024 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "National Assembly seats counted in the running tally", "verdict": "updated",
            "why": "'241 out of 266 seats' (Geo News, 10 February) -> 'tallied 250 of the 265' -> 'for 255 out of 265 seats' -> '257 constituencies out of 265' (ARY) -> 'the results of 264 out of 265 contested seats' (the final result of Sunday, twice in 06).",
            "mentions": [
                ("01", "257", 257, {"as_of": SUN, "note": AT257}),
                ("02", "241", 241, {"as_of": SAT, "note": AT241}),
                ("03", "255", 255, {"as_of": SUN, "note": AT255}),
                ("04", "264", 264, {"as_of": SUN, "note": AT264}),
                ("05", "250", 250, {"as_of": SAT, "note": AT250}),
                ("06", "264", 264, {"ctx": "issues results for 264 NA constituencies", "as_of": SUN, "note": AT264}),
                ("06", "264", 264, {"ctx": "the results for 264 out of 266", "as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats contested", "verdict": "agree",
            "why": "265 seats polled (one of the 266 general seats postponed): 'out of 265' everywhere, 'a party must win 133 seats out of 265 contested seats', 'contested 265 National Assembly'.",
            "mentions": [
                ("01", "265", 265),
                ("03", "265", 265),
                ("04", "265", 265, {"ctx": "264 out of 265 contested"}),
                ("04", "265", 265, {"ctx": "133 seats out of 265 contested"}),
                ("05", "265", 265),
                ("06", "265", 265),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly general seats in total", "verdict": "agree",
            "why": "'241 out of 266 seats' / '264 out of 266 seats of the National Assembly' (266 general seats; 265 contested, another role).",
            "mentions": [
                ("02", "266", 266),
                ("06", "266", 266),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats whose election was postponed", "verdict": "agree",
            "why": "'Election to one seat was postponed after the death of a candidate' / 'In one constituency, NA-8, election could not be held'.",
            "mentions": [
                ("04", "one", 1, {"ctx": "Election to one seat"}),
                ("06", "one", 1, {"ctx": "In one constituency"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly results still pending (ARY's count)", "verdict": "single-source",
            "why": "'unconfirmed and unofficial results of seven constituencies are still pending'.",
            "mentions": [("01", "seven", 7, {"as_of": SUN, "note": AT257})],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly results withheld (ARY's count)", "verdict": "single-source",
            "why": "'the result of one NA constituency is withheld' (NA-64, at ARY's count; the final result's withheld seat is NA-88, with no count).",
            "mentions": [("01", "one", 1, {"ctx": "the result of one NA constituency", "as_of": SUN, "note": AT257})],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by independents", "verdict": "updated",
            "why": "'the independent candidates, mostly backed by PTI, are leading with 97 seats' (241 counted) -> 'independent candidates winning 99 seats' (250) -> 'Independents have secured 100 seats' (255) -> 'winning 101 seats' / 'secured 101 seats' / 'grab 101 NA seats' / 'at least 101 seats' (the final result): the count rose with the seats counted.",
            "mentions": [
                ("02", "97", 97, {"as_of": SAT, "note": AT241}),
                ("03", "100", 100, {"as_of": SUN, "note": AT255}),
                ("04", "101", 101, {"ctx": "by winning 101 seats", "as_of": SUN, "note": AT264}),
                ("04", "101", 101, {"ctx": "secured 101 seats", "as_of": SUN, "note": AT264}),
                ("05", "99", 99, {"as_of": SAT, "note": AT250}),
                ("06", "101", 101, {"ctx": "Independents grab 101 NA seats", "as_of": SUN, "note": AT264}),
                ("06", "at least 101", 101, {"as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by PTI-backed independents (ARY's count)", "verdict": "single-source",
            "why": "'Pakistan Tehreek-e-Insaf (PTI) backed independent candidates have grabbed 95 seats' (257 counted): a narrower scope than all independents (the others' 97-101 count every independent), so kept apart.",
            "mentions": [("01", "95", 95, {"as_of": SUN, "note": AT257})],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the PML-N", "verdict": "conflict",
            "why": "72 (Geo, 241 counted), 71 (the ministry, 250), 'seventy three' (255), 78 (ARY, 257), 75 (the final result, twice in 06): ARY's 78 at 257 seats counted cannot hold beside 73 at 255 and the final 75 at 264 (a party's seats do not fall as more results come in); Geo's 72 at 241 beside 71 at 250 likewise.",
            "mentions": [
                ("01", "78", 78, {"as_of": SUN, "note": AT257}),
                ("02", "72", 72, {"as_of": SAT, "note": AT241}),
                ("03", "seventy three", 73, {"as_of": SUN, "note": AT255}),
                ("04", "75", 75, {"as_of": SUN, "note": AT264}),
                ("05", "71", 71, {"as_of": SAT, "note": AT250}),
                ("06", "75", 75, {"ctx": "PML-N 75 PPP", "as_of": SUN, "note": AT264}),
                ("06", "75", 75, {"ctx": "behind with 75 seats", "as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the PPP", "verdict": "updated",
            "why": "52 (241 and 250 counted) -> 'fifty four' / 54 (255, 257 and the final result).",
            "mentions": [
                ("01", "54", 54, {"as_of": SUN, "note": AT257}),
                ("02", "52", 52, {"as_of": SAT, "note": AT241}),
                ("03", "fifty four", 54, {"as_of": SUN, "note": AT255}),
                ("04", "54", 54, {"as_of": SUN, "note": AT264}),
                ("05", "52", 52, {"as_of": SAT, "note": AT250}),
                ("06", "54", 54, {"ctx": "PPP 54,", "as_of": SUN, "note": AT264}),
                ("06", "54", 54, {"ctx": "PPP with 54 seats", "as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the MQM-P", "verdict": "updated",
            "why": "15 (Geo, 241 counted) -> 17 (250 counted onwards, and the final result).",
            "mentions": [
                ("01", "17", 17, {"as_of": SUN, "note": AT257}),
                ("02", "15", 15, {"as_of": SAT, "note": AT241}),
                ("03", "17", 17, {"as_of": SUN, "note": AT255}),
                ("04", "17", 17, {"as_of": SUN, "note": AT264}),
                ("05", "17", 17, {"as_of": SAT, "note": AT250}),
                ("06", "17", 17, {"ctx": "won in 17 constituencies", "as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the JUI-F", "verdict": "updated",
            "why": "'Jamiat-e-Ulami-Faizal (JUI-F) ... 3' (Geo, 241), 'Jamiat Ulema-e-Islam-Fazal 3' (ARY, 257) -> 'JUI four' (the final result). (The Nation's 'three seats each' and the ministry's '(2 seats each)', shared with other parties, are left out.)",
            "mentions": [
                ("01", "3", 3, {"as_of": SUN, "note": AT257}),
                ("02", "3", 3, {"as_of": SAT, "note": AT241}),
                ("06", "four", 4, {"as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the PML-Q", "verdict": "agree",
            "why": "'the Pakistan Muslim League (3 seats)' (250 counted) / 'PML-Q also won in three constituencies' (the final result).",
            "mentions": [
                ("05", "3", 3, {"as_of": SAT, "note": AT250}),
                ("06", "three", 3, {"ctx": "won in three constituencies", "as_of": SUN, "note": AT264}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the Istehkam-e-Pakistan Party", "verdict": "single-source",
            "why": "'two seats by Istehkam-e-Pakistan Party' (255 counted).",
            "mentions": [("03", "two", 2, {"as_of": SUN, "note": AT255})],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by the BNP", "verdict": "single-source",
            "why": "'Balochistan National Party (BNP) reported to win 15, 3 and 2 seats respectively' (the third: 241 counted).",
            "mentions": [("02", "2", 2, {"as_of": SAT, "note": AT241})],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats won by smaller parties (final result)", "verdict": "single-source",
            "why": "'Other smaller parties won the rest of the 12 seats'.",
            "mentions": [("04", "12", 12, {"as_of": SUN, "note": AT264})],
        },
        {
            "event": E, "kind": "count", "role": "seats needed to form a government (of the contested seats)", "verdict": "single-source",
            "why": "'To form a government, a party must win 133 seats out of 265 contested seats'.",
            "mentions": [("04", "133", 133)],
        },
        {
            "event": E, "kind": "count", "role": "seats needed for a simple majority (of the whole house)", "verdict": "single-source",
            "why": "'169 seats are needed to secure a simple majority'.",
            "mentions": [("04", "169", 169)],
        },
        {
            "event": E, "kind": "count", "role": "National Assembly seats including reserved seats", "verdict": "single-source",
            "why": "'out of a total of 336 seats in the National Assembly, which include the reserved slots'.",
            "mentions": [("04", "336", 336)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the vote", "verdict": "agree",
            "why": "'went to the polls on February 8' / 'Thursday's general elections'.",
            "mentions": [
                ("01", "February 8", VOTE),
                ("04", "Thursday", VOTE),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the final National Assembly result", "verdict": "single-source",
            "why": "'Pakistan's election commission on Sunday declared the final result'.",
            "mentions": [("04", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the narrowing gap in the tally", "verdict": "single-source",
            "why": "'The gap ... narrowed down on Sunday morning after more results poured in' (another act of the same Sunday).",
            "mentions": [("06", "Sunday", SUN)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the count", "verdict": "single-source",
            "why": "'after about three days, all the results of the National Assembly seats have been completed'.",
            "mentions": [("06", "about three", 3, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "voters who went to the polls", "verdict": "single-source",
            "why": "'around 60 million voters went to the polls'.",
            "mentions": [("01", "around 60 million", 60_000_000)],
        },
        {
            "event": E, "kind": "count", "role": "election officials on duty", "verdict": "single-source",
            "why": "'more than 1.1 million election officials performed election duties' (FAFEN).",
            "mentions": [("01", "more than 1.1 million", 1_100_000)],
        },
        {
            "event": E, "kind": "count", "role": "police and military officials on guard", "verdict": "single-source",
            "why": "'more than 0.7 million police and military officials stood guard'.",
            "mentions": [("01", "more than 0.7 million", 700_000)],
        },
        {
            "event": E, "kind": "count", "role": "candidates in the national and provincial elections", "verdict": "single-source",
            "why": "'As many as 17,816 independent and party-affiliated candidates contested'.",
            "mentions": [("06", "17,816", 17816)],
        },
        {
            "event": E, "kind": "count", "role": "national and provincial seats contested in total", "verdict": "single-source",
            "why": "'265 National Assembly, 296 Punjab Assembly, 130 Sindh Assembly, 113 ... and 51 Balochistan seats — a total of 855'.",
            "mentions": [("06", "855", 855)],
        },
        {
            "event": E, "kind": "count", "role": "provincial assemblies elected", "verdict": "single-source",
            "why": "'the general elections for the National Assembly and four provincial assemblies'.",
            "mentions": [("05", "four", 4)],
        },
        {
            "event": E, "kind": "count", "role": "provincial assemblies with complete results (final)", "verdict": "single-source",
            "why": "'the complete results of the three provincial assemblies of Punjab, Sindh and Khyber-Pakhtunkhwa have been announced'.",
            "mentions": [("04", "three", 3, {"ctx": "the three provincial assemblies"})],
        },
        {
            "event": E, "kind": "count", "role": "Nawaz Sharif's terms as prime minister", "verdict": "single-source",
            "why": "'three-time former Nawaz Sharif's Pakistan Muslim League-Nawaz'.",
            "mentions": [("04", "three", 3, {"ctx": "three-time former"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the re-polling", "verdict": "single-source",
            "why": "'to hold re-polling in multiple polling stations on February 15'.",
            "mentions": [("03", "February 15", "2024-02-15")],
        },
        {
            "event": E, "kind": "count", "role": "polling stations re-polled in NA-88", "verdict": "single-source",
            "why": "'re-polling will be organised in 26 polling stations'.",
            "mentions": [("03", "26", 26)],
        },
        {
            "event": E, "kind": "duration", "role": "time allowed for the vandalism probe report", "verdict": "single-source",
            "why": "'to submit a probe report in 3 days'.",
            "mentions": [("03", "3 days", 3, {"note": "days"})],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats contested", "verdict": "agree",
            "why": "296 ('In Punjab's 296 contested seats', 'results for 295 of 296 seats', '296 Punjab Assembly').",
            "mentions": [
                ("04", "296", 296),
                ("05", "296", 296),
                ("06", "296", 296),
            ],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats counted", "verdict": "single-source",
            "why": "'with results for 295 of 296 seats reported' (04 says the Punjab result complete, with no count of seats counted).",
            "mentions": [("05", "295", 295)],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats won by independents", "verdict": "conflict",
            "why": "'independent candidates claiming 127 seats' with 295 of 296 seats reported (05) against 'independents got 138 seats' of the complete 296 (04): one more seat cannot add eleven.",
            "mentions": [
                ("04", "138", 138, {"as_of": SUN, "note": "complete result, 296 seats"}),
                ("05", "127", 127, {"as_of": SAT, "note": "295 of 296 seats reported"}),
            ],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats won by the PML-N", "verdict": "conflict",
            "why": "'PML-N has emerged as the dominant force with 130 seats' with 295 of 296 seats reported (05) against 'PML-N with 137' of the complete 296 (04): one more seat cannot add seven.",
            "mentions": [
                ("04", "137", 137, {"as_of": SUN, "note": "complete result, 296 seats"}),
                ("05", "130", 130, {"ctx": "force with 130 seats", "as_of": SAT, "note": "295 of 296 seats reported"}),
            ],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats won by other parties", "verdict": "single-source",
            "why": "'other parties getting 21 seats'.",
            "mentions": [("04", "21", 21)],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats won by the PPPP", "verdict": "single-source",
            "why": "'The PPPP and Pakistan Muslim League have won 10 and 8 seats, respectively'.",
            "mentions": [("05", "10", 10)],
        },
        {
            "event": PUNJAB, "kind": "count", "role": "Punjab Assembly seats won by the PML-Q", "verdict": "single-source",
            "why": "'... 10 and 8 seats, respectively' (the second).",
            "mentions": [("05", "8", 8, {"ctx": "10 and 8 seats"})],
        },
        {
            "event": SINDH, "kind": "count", "role": "Sindh Assembly seats contested", "verdict": "agree",
            "why": "'84 of the 130 seats' / '130 Sindh Assembly'.",
            "mentions": [
                ("05", "130", 130, {"ctx": "84 of the 130 seats"}),
                ("06", "130", 130),
            ],
        },
        {
            "event": SINDH, "kind": "count", "role": "Sindh Assembly seats won by the PPPP", "verdict": "single-source",
            "why": "'PPPP's stronghold with 84 of the 130 seats'.",
            "mentions": [("05", "84", 84)],
        },
        {
            "event": SINDH, "kind": "count", "role": "Sindh Assembly seats won by the MQM-P", "verdict": "single-source",
            "why": "'MQM-Pakistan has secured 28 seats'.",
            "mentions": [("05", "28", 28)],
        },
        {
            "event": SINDH, "kind": "count", "role": "Sindh Assembly seats won by independents", "verdict": "single-source",
            "why": "'14 seats went to independent candidates'.",
            "mentions": [("05", "14", 14)],
        },
        {
            "event": KP, "kind": "count", "role": "Khyber Pakhtunkhwa Assembly seats contested", "verdict": "agree",
            "why": "'112 of 113 seats' / '113 Khyber Pakhtunkhwa (KP)'.",
            "mentions": [
                ("05", "113", 113),
                ("06", "113", 113),
            ],
        },
        {
            "event": KP, "kind": "count", "role": "Khyber Pakhtunkhwa Assembly seats counted", "verdict": "single-source",
            "why": "'results have been received for 112 of 113 seats'.",
            "mentions": [("05", "112", 112)],
        },
        {
            "event": KP, "kind": "count", "role": "Khyber Pakhtunkhwa Assembly seats won by independents", "verdict": "single-source",
            "why": "'independent candidates lead with 90 victories'.",
            "mentions": [("05", "90", 90)],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly seats contested", "verdict": "agree",
            "why": "'11 seats out of 51' / '51 Balochistan seats'.",
            "mentions": [
                ("05", "51", 51),
                ("06", "51", 51),
            ],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly seats won by the PPPP", "verdict": "single-source",
            "why": "'PPPP leading with 11 seats out of 51'.",
            "mentions": [("05", "11", 11)],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly seats won by the PML-N", "verdict": "single-source",
            "why": "'followed by PML-N with 9 seats'.",
            "mentions": [("05", "9", 9)],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly seats won by the JUI", "verdict": "single-source",
            "why": "'JUI-P with 8 seats'.",
            "mentions": [("05", "8", 8, {"ctx": "JUI-P with 8 seats"})],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly seats won by independents", "verdict": "single-source",
            "why": "'with independent candidates winning six seats'.",
            "mentions": [("05", "six", 6)],
        },
        {
            "event": BALOCH, "kind": "count", "role": "Balochistan Assembly results pending (final)", "verdict": "single-source",
            "why": "'the results of the three constituencies of the Balochistan assembly were still pending'.",
            "mentions": [("04", "three", 3, {"ctx": "the three constituencies"})],
        },
    ],
}
