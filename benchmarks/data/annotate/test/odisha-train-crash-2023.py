# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Test-gold annotation spec: the Balasore (Odisha) triple-train crash of 2 June 2023 (read by build_gold.py --test).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
INR = {"note": "Indian rupees (1 lakh = 100,000)"}
SPEC = {
    "description": (
        "The collision of the Coromandel Express with the derailed coaches of the Bengaluru-Howrah Superfast Express "
        "and a goods train near Bahanaga Bazar, Balasore district (Odisha), on the evening of Friday 2 June 2023, "
        "reported by seven outlets from 2 to 5 June: the toll rose from 233/238 to the Railways' 288 on 3 June, "
        "which the Odisha government revised down to 275 on 4 June (double counting), then 278; the injured were "
        "'over 900', 'about 900', 1,175 (Odisha) and 1,100 (Railways). Earlier Indian rail disasters (Bihar 1981, "
        "Firozabad 1995, Khanna 1998, Gaisal 1999, Peruman 1981, Pukhrayan 2016) are background events whose "
        "tolls and dates are traps; the Prime Minister's compensation is a sibling payment with the same amounts "
        "as the Railways' ex-gratia for other recipients."
    ),
    "documents": {
        "01": {"published_how": "'date 2023-06-02' on the stored page; the text says 'on Friday (June 2, 2023) evening'"},
        "02": {"published_how": "'date 2023-06-03' on the stored page"},
        "03": {"published_how": "dateline 'Bhubaneshwar (Odisha) [India], June 3 (ANI)'"},
        "04": {"published_how": "byline 'Jun 02, 2023, 11:25 PM | Updated Jun 03, 2023, 03:30 PM IST' on the stored page (removed with the byline)"},
        "05": {"published_how": "'date 2023-06-04' on the stored page"},
        "06": {"published_how": "dateline 'Balasore, June 4' (the stored page says 2023-06-05)"},
        "07": {"published_how": "'date 2023-06-06' on the stored page; the text reports Monday (5 June)"},
    },
    "events": [
        {"id": "e1", "label": "the Balasore (Odisha) triple-train crash, 2 June 2023", "main": True},
        {"id": "e2", "label": "the 1981 Bihar derailment into the Bagmati river (background)", "main": False},
        {"id": "e3", "label": "the 1995 Firozabad train collision (background)", "main": False},
        {"id": "e4", "label": "the 1998 Khanna rail crash (background)", "main": False},
        {"id": "e5", "label": "the 1999 Gaisal train disaster (background)", "main": False},
        {"id": "e6", "label": "the 1981 Peruman train collision, Kerala (background)", "main": False},
        {"id": "e7", "label": "the 2016 Pukhrayan derailment (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The toll rose from 233 (Friday night) and 238 (Saturday) to the Railways' 288 on Saturday, but on Sunday the "
                "Odisha government put it at 275, saying bodies had been counted twice: 288 and 275 are two authorities' "
                "figures for the same dead that cannot both hold; it then rose to 278 on Monday."
            ),
            "mentions": [
                ("01", "At least 233", 233),
                ("02", "over 120", 120, {"note": "an early official figure in a page dated 3 June"}),
                ("03", "238", 238, {"ctx": "risen to 238"}),
                ("03", "238", 238, {"ctx": "Balasore is 238"}),
                ("03", "238", 238, {"ctx": "as of now is 238"}),
                ("03", "238", 238, {"ctx": "confirmed to me was 238"}),
                ("03", "270", 270, {"note": "a figure some media channels gave, which the official disowns"}),
                ("03", "288", 288, {"note": "a figure some media channels gave, which the official disowns"}),
                ("03", "300 plus", 300, {"low": 300, "high": None, "note": "a figure some media channels gave"}),
                ("04", "288", 288, {"ctx": "touching 288"}),
                ("05", "275", 275, {"ctx": "updated to 275"}),
                ("05", "275", 275, {"ctx": "Out of the 275"}),
                ("05", "288", 288, {"ctx": "number of deaths is 288", "as_of": "2023-06-03", "note": "the Railways' Saturday figure"}),
                ("05", "275", 275, {"ctx": "number of deaths is 275"}),
                ("05", "288", 288, {"ctx": "275 and not 288", "as_of": "2023-06-03"}),
                ("05", "275", 275, {"ctx": "Out of 275,"}),
                ("06", "275", 275, {"ctx": "Friday to 275"}),
                ("06", "288", 288, {"ctx": "from 288", "as_of": "2023-06-03"}),
                ("06", "275", 275, {"ctx": "fixed at 275"}),
                ("07", "278", 278, {"ctx": "increased to 278"}),
                ("07", "278", 278, {"ctx": "apart from 278"}),
                ("07", "288", 288, {"ctx": "earlier put at 288", "as_of": "2023-06-03"}),
                ("07", "275", 275, {"ctx": "revised to 275", "as_of": "2023-06-04"}),
                ("07", "278", 278, {"ctx": "of the 278 bodies"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:increase", "verdict": "single-source",
            "why": "Zee News says three more injured people died by Monday (275 to 278): the rise of the toll, not the toll.",
            "mentions": [("07", "three", 3, {"ctx": "With three more"})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": (
                "Early reports of 'over 350' and 'about/over 900' injured rose to the Odisha government's 1,175 on Sunday, "
                "but the Railways' 1,100 on Monday is a different authority's lower count of the same injured: they cannot both hold."
            ),
            "mentions": [
                ("01", "over 900", 900),
                ("02", "over 350", 350),
                ("03", "About 900", 900),
                ("04", "about 900", 900, {"note": "'have been admitted to various nearby hospitals'"}),
                ("05", "1,175", 1175),
                ("06", "1,175", 1175),
                ("07", "1,100", 1100, {"ctx": "278 deaths, 1,100"}),
                ("07", "1,100", 1100, {"ctx": "of the 1,100 injured"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:discharged", "verdict": "agree",
            "why": "Both report 793 injured discharged by Sunday morning.",
            "mentions": [("05", "793", 793), ("06", "793", 793)],
        },
        {
            "event": E, "kind": "count", "role": "injured:still in hospital", "verdict": "updated",
            "why": "382 were still being treated on Sunday morning; by Monday fewer than 200 were.",
            "mentions": [
                ("05", "382", 382, {"as_of": "2023-06-04"}),
                ("06", "382", 382, {"as_of": "2023-06-04"}),
                ("07", "less than 200", 200, {"low": None, "high": 199, "as_of": "2023-06-05"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies identified", "verdict": "updated",
            "why": "88 bodies were identified by Sunday, 177 by Monday.",
            "mentions": [
                ("05", "88", 88, {"ctx": "275, 88 bodies, according"}),
                ("05", "88", 88, {"ctx": "Out of 275, 88 bodies have"}),
                ("07", "177", 177),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies unidentified", "verdict": "updated",
            "why": "187 bodies were not yet identified on Sunday, 101 on Monday.",
            "mentions": [("06", "187", 187), ("07", "101", 101)],
        },
        {
            "event": E, "kind": "count", "role": "bodies handed over", "verdict": "single-source",
            "why": "Only Firstpost gives the bodies handed over to families by Sunday morning.",
            "mentions": [("05", "78", 78)],
        },
        {
            "event": E, "kind": "count", "role": "bodies moved to Bhubaneswar hospitals", "verdict": "single-source",
            "why": "170 of the remaining dead went to several Bhubaneswar hospitals: not the 110 kept at AIIMS alone.",
            "mentions": [("05", "170", 170)],
        },
        {
            "event": E, "kind": "count", "role": "bodies kept at AIIMS", "verdict": "single-source",
            "why": "110 bodies at AIIMS Bhubaneswar only: a subset, not the 170 sent to all Bhubaneswar hospitals.",
            "mentions": [("06", "110", 110)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:crash", "verdict": "agree",
            "why": "Every outlet dates the crash to Friday 2 June 2023.",
            "mentions": [
                ("01", "Friday", "2023-06-02"),
                ("01", "June 2, 2023", "2023-06-02"),
                ("02", "Friday", "2023-06-02"),
                ("03", "Friday", "2023-06-02"),
                ("04", "Friday", "2023-06-02"),
                ("05", "Friday", "2023-06-02"),
                ("06", "Friday", "2023-06-02"),
                ("07", "June 2", "2023-06-02"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:crash", "verdict": "agree",
            "why": "Both put the crash at around 7 pm.",
            "mentions": [("02", "around 7 pm", "19:00"), ("04", "around 7 pm", "19:00")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:toll revision", "verdict": "agree",
            "why": "The Odisha government revised the toll to 275 on Sunday 4 June.",
            "mentions": [
                ("05", "Sunday", "2023-06-04", {"ctx": "stated on Sunday"}),
                ("06", "Sunday", "2023-06-04"),
                ("07", "Sunday", "2023-06-04", {"ctx": "275 on Sunday"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "trains involved", "verdict": "agree",
            "why": "Both call it a three-train crash (two passenger trains and a goods train).",
            "mentions": [("04", "three", 3), ("06", "three", 3, {"ctx": "three-train"})],
        },
        {
            "event": E, "kind": "count", "role": "coaches derailed", "verdict": "single-source",
            "why": "Only Swarajya counts the Coromandel Express coaches that derailed.",
            "mentions": [("04", "Around 10-12", 11, {"low": 10, "high": 12})],
        },
        {
            "event": E, "kind": "count", "role": "ambulances", "verdict": "single-source",
            "why": "Only Republic World counts the ambulances sent.",
            "mentions": [("01", "60", 60)],
        },
        {
            "event": E, "kind": "money", "role": "ex-gratia:kin of the dead (Railways)", "verdict": "agree",
            "why": "The Railways' ex-gratia to each dead passenger's kin is 10 lakh rupees in both (₹ and Rs).",
            "mentions": [("01", "₹10 lakh", 1000000, INR), ("02", "Rs 10 lakh", 1000000, INR)],
        },
        {
            "event": E, "kind": "money", "role": "ex-gratia:grievously injured (Railways)", "verdict": "agree",
            "why": "2 lakh rupees for the grievously injured in both.",
            "mentions": [
                ("01", "₹2 lakh", 200000, {"ctx": "₹2 lakh towards grievous", **INR}),
                ("02", "Rs 2 lakh", 200000, INR),
            ],
        },
        {
            "event": E, "kind": "money", "role": "ex-gratia:minor injuries (Railways)", "verdict": "agree",
            "why": "50,000 rupees for minor injuries in both.",
            "mentions": [
                ("01", "₹50,000", 50000, {"ctx": "₹50,000 for minor", **INR}),
                ("02", "Rs 50,000", 50000, INR),
            ],
        },
        {
            "event": E, "kind": "money", "role": "compensation:kin of the dead (Prime Minister's fund)", "verdict": "single-source",
            "why": "The Prime Minister's own 2 lakh rupees to the kin of the dead: same amount as the Railways' payment to the grievously injured, a different payment.",
            "mentions": [("01", "₹2 lakh", 200000, {"ctx": "compensation of ₹2 lakh", **INR})],
        },
        {
            "event": E, "kind": "money", "role": "compensation:injured (Prime Minister's fund)", "verdict": "single-source",
            "why": "The Prime Minister's 50,000 rupees to the injured: not the Railways' 50,000 for minor injuries.",
            "mentions": [("01", "₹50,000", 50000, {"ctx": "₹50,000 for the injured", **INR})],
        },
        # background: earlier Indian rail disasters (traps)
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The 1981 Bihar derailment killed 500 (Republic World's list).",
            "mentions": [("02", "500", 500, {"ctx": "killing 500"})],
        },
        {
            "event": "e2", "kind": "count", "role": "passengers", "verdict": "single-source",
            "why": "More than 800 passengers on the 1981 Bihar train.",
            "mentions": [("02", "more than 800", 800)],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:Bihar derailment", "verdict": "single-source",
            "why": "6 June 1981.",
            "mentions": [("02", "June 6", "1981-06-06")],
        },
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "358 and 'around 358' dead at Firozabad in 1995.",
            "mentions": [("02", "358", 358), ("04", "around 358", 358)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:Firozabad collision", "verdict": "agree",
            "why": "Both date it 20 August 1995.",
            "mentions": [("02", "August 20", "1995-08-20"), ("04", "20 August 1995", "1995-08-20")],
        },
        {
            "event": "e4", "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": "212 and 'around 212' dead at Khanna in 1998.",
            "mentions": [("02", "212", 212), ("04", "around 212", 212)],
        },
        {
            "event": "e4", "kind": "date", "role": "date-of:Khanna crash", "verdict": "agree",
            "why": "Both date it 26 November 1998.",
            "mentions": [("02", "November 26", "1998-11-26"), ("04", "26 November 1998", "1998-11-26")],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:Gaisal disaster", "verdict": "agree",
            "why": "Both date it 2 August 1999.",
            "mentions": [("02", "August 2, 1999", "1999-08-02"), ("04", "2 August 1999", "1999-08-02")],
        },
        {
            "event": "e5", "kind": "count", "role": "passengers", "verdict": "single-source",
            "why": "About 2,500 people on the two Gaisal trains.",
            "mentions": [("02", "about 2,500", 2500)],
        },
        {
            "event": "e5", "kind": "count", "role": "trains involved", "verdict": "single-source",
            "why": "Two trains collided at Gaisal in 1999: not the three trains of Balasore.",
            "mentions": [("02", "two", 2, {"ctx": "when two trains"})],
        },
        {
            "event": "e5", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "About 290 dead at Gaisal (Swarajya).",
            "mentions": [("04", "approximately 290", 290)],
        },
        {
            "event": "e6", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "About 150 dead at Peruman in 1981.",
            "mentions": [("04", "approximately 150", 150)],
        },
        {
            "event": "e6", "kind": "date", "role": "date-of:Peruman collision", "verdict": "single-source",
            "why": "8 July 1981.",
            "mentions": [("04", "8 July 1981", "1981-07-08")],
        },
        {
            "event": "e7", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "About 150 dead at Pukhrayan in 2016.",
            "mentions": [("04", "around 150", 150)],
        },
        {
            "event": "e7", "kind": "date", "role": "date-of:Pukhrayan derailment", "verdict": "single-source",
            "why": "20 November 2016.",
            "mentions": [("04", "20 November 2016", "2016-11-20")],
        },
        # Added after the second annotation (gold2): left out while the 60 ambulances of the same
        # sentence were annotated (appended, so that no other cluster id moves).
        {
            "event": E, "kind": "count", "role": "rescue units (ODRAF)", "verdict": "single-source",
            "why": "Only Republic World counts the Odisha Disaster Rapid Action Force units sent.",
            "mentions": [("01", "four units", 4)],
        },
        {
            "event": E, "kind": "count", "role": "rescue units (NDRF)", "verdict": "single-source",
            "why": "Only Republic World counts the National Disaster Relief Force units sent: not the ODRAF's four.",
            "mentions": [("01", "three units", 3)],
        },
    ],
}
