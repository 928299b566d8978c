# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the EU's Android fine on Google and its cut on appeal (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
COURT = "e2"
DAY = "2018-07-18"
RULING = "2022-09-14"
EUR = {"note": "euros"}
USD = {"note": "US dollars; the euro fine converted"}
AUD = "Australian dollars (written '$' by an Australian outlet; the Reuters copy's US dollar figure converted)"
SPEC = {
    "description": (
        "The European Commission's record antitrust fine of EUR 4.34 billion on Google over Android, announced "
        "on Wednesday 18 July 2018, reported by six outlets that week in euros, in US dollars at 5, 5.04 and 5.1 "
        "billion, in Australian dollars (6.85 billion) and once as '4.34 euro'; and the EU General Court's ruling "
        "of Wednesday 14 September 2022 that upheld it but cut it to EUR 4.125 billion (two outlets), a second "
        "main event whose fine must not be set against the first as a conflict. The 2017 Google Shopping fine "
        "(EUR 2.4 billion, $2.7 billion) and running totals of the EU's fines on Google are background events "
        "whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2018/07/18); 'Today, the European Commission has hit Google'"},
        "02": {"published_how": "no date on the page; the announcement day (the URL's 2018 and 'immediately said it would appeal'): 18 July"},
        "03": {"published_how": "date in the page's URL (2018/07/19)"},
        "04": {"published_how": "no date on the page; after 18 July ('levied ... on 18 July'), 18 or 19 July: not certain, so null"},
        "05": {"published_how": "no date on the page; the week of the fine (a Reuters copy of 18-19 July): not certain, so null"},
        "06": {"published_how": "'date 2018-07-18' on the stored page (removed from the text)"},
        "07": {"event_hint": "e2", "published_how": "'date 2022-09-14' on the stored page (removed from the text)"},
        "08": {"event_hint": "e2", "published_how": "no date on the page; inferred: 'failed this Wednesday' in its appeal, the ruling of 14 September 2022"},
    },
    "events": [
        {"id": "e1", "label": "the European Commission's Android antitrust decision and fine on Google, 18 July 2018", "main": True},
        {"id": "e2", "label": "the EU General Court's ruling on Google's appeal, 14 September 2022, cutting the fine", "main": True},
        {"id": "e3", "label": "the Commission's 2017 Google Shopping fine (background)", "main": False},
        {"id": "e4", "label": "the EU's antitrust fines on Google taken together, 2017-2019 (background totals)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:fine imposed by the Commission", "verdict": "conflict",
            "why": (
                "The fine was EUR 4.34 billion, given in US dollars at the day's rates as about $5 billion, $5.04 "
                "billion or $5.1 billion, in Australian dollars as 6.85 billion, and later at 2022 parity as 4,304 "
                "million dollars (all compatible conversions); but NewsFuzion's '4.34 euro' cannot hold with them."
            ),
            "mentions": [
                ("01", "€4.34 billion", 4.34e9, EUR),
                ("01", "$5.04 billion", 5.04e9, USD),
                ("02", "$5.1 billion", 5.1e9, USD),
                ("02", "€4.34 billion", 4.34e9, EUR),
                ("03", "$5 billion", 5e9, {**USD, "ctx": "record-breaking $5 billion"}),
                ("03", "4.34 euro", 4.34, {"note": "euros, as written (a slip for 4.34 billion)"}),
                ("03", "~$5 billion", 5e9, {**USD, "low": 4.75e9, "high": 5.25e9}),
                ("04", "4.34 billion euro", 4.34e9, EUR),
                ("04", "$5.04 billion", 5.04e9, USD),
                ("04", "€4,34 bn", 4.34e9, {"note": "euros; decimal comma (Vestager's tweet)"}),
                ("05", "$6.85 billion", 6.85e9, {"note": AUD}),
                ("06", "$5 billion", 5e9, {**USD, "ctx": "a record $5 billion"}),
                ("06", "$5 Billion", 5e9, USD),
                ("07", "more than 4 billion euros", 4e9, {"note": "euros", "as_of": DAY}),
                ("07", "4.34 billion euro", 4.34e9, {"note": "euros; 'the original ... penalty'", "as_of": DAY}),
                ("08", "4,300 million euros", 4.3e9, {"note": "euros", "as_of": DAY}),
                ("08", "4,304 million dollars", 4.304e9, {"note": "US dollars at the 2022 rate", "as_of": DAY}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:fine", "verdict": "compatible",
            "why": "The fine was announced on Wednesday 18 July 2018; the 2022 articles give the year.",
            "mentions": [
                ("01", "Today", DAY),
                ("04", "18 July", DAY, {"ctx": "regulators on 18 July"}),
                ("04", "July 18, 2018", DAY, {"note": "the date of Vestager's tweet announcing it"}),
                ("07", "2018", "2018"),
                ("08", "2018", "2018"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:FTC chairman's statement", "verdict": "single-source",
            "why": "The FTC's head spoke on 18 July too: a different statement, a look-alike of the fine's date.",
            "mentions": [("04", "18 July", DAY, {"ctx": "said on 18 July"})],
        },
        {
            "event": E, "kind": "count", "role": "types of illegal restrictions", "verdict": "agree",
            "why": "Three types of restrictions on Android makers and operators.",
            "mentions": [
                ("01", "three", 3, {"ctx": "three restrictions"}),
                ("01", "three", 3, {"ctx": "three types"}),
                ("01", "three", 3, {"ctx": "three ways"}),
                ("02", "three", 3),
                ("04", "3", 3),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "deadline to end the conduct", "verdict": "single-source",
            "why": "Google had 90 days to end the conduct.",
            "mentions": [("02", "90 days", 90, {"note": "days"})],
        },
        {
            "event": E, "kind": "percent", "role": "penalty payments, share of daily turnover", "verdict": "single-source",
            "why": "Penalty payments of up to 5% of Alphabet's average daily worldwide turnover.",
            "mentions": [("02", "up to 5%", 5)],
        },
        {
            "event": E, "kind": "percent", "role": "maximum fine, share of annual revenue", "verdict": "single-source",
            "why": "The legal maximum, up to 10% of annual revenue: a look-alike of the 5% penalty payments.",
            "mentions": [("03", "up to 10 per cent", 10)],
        },
        {
            "event": E, "kind": "percent", "role": "mobile share of internet traffic", "verdict": "single-source",
            "why": "Vestager: mobile makes up more than half of global internet traffic.",
            "mentions": [("02", "more than half", 50, {"low": 50, "high": None})],
        },
        {
            "event": E, "kind": "money", "role": "money:Alphabet's 2017 revenue", "verdict": "agree",
            "why": "Alphabet's annual revenue for 2017 was $110.9 billion.",
            "mentions": [("03", "$110.9 billion", 110.9e9, {"note": "US dollars"}), ("06", "$110.9 billion", 110.9e9, {"note": "US dollars"})],
        },
        {
            "event": E, "kind": "duration", "role": "days of Alphabet revenue the fine equals", "verdict": "compatible",
            "why": "Just over two weeks of revenue (Reuters) and every 16 days (Bloomberg) agree.",
            "mentions": [
                ("04", "just over two weeks", 14, {"low": 14, "high": None, "note": "days; written in weeks"}),
                ("05", "just over two weeks", 14, {"low": 14, "high": None, "note": "days; written in weeks"}),
                ("06", "16 days", 16, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:Alphabet's cash reserves", "verdict": "compatible",
            "why": "$102.9 billion (US dollars) and almost $140 billion (Australian dollars, the same Reuters copy converted) are one amount.",
            "mentions": [
                ("04", "$102.9 billion", 102.9e9, {"note": "US dollars"}),
                ("05", "almost $140 billion", 140e9, {"note": AUD}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:year of the revenue figure", "verdict": "agree",
            "why": "Alphabet's revenue of $110.9 billion was for 2017; a look-alike of the Shopping fine's year.",
            "mentions": [("03", "2017", "2017"), ("06", "2017", "2017")],
        },
        # --- the General Court's ruling (second main event) ---
        {
            "event": COURT, "kind": "money", "role": "money:fine set by the General Court", "verdict": "compatible",
            "why": "EUR 4.125 billion, converted at parity as $4.155 or 4,129 million dollars; not a conflict with the Commission's EUR 4.34 billion, which it replaced.",
            "mentions": [
                ("07", "4.125 billion euros", 4.125e9, {"note": "euros", "ctx": "fine of 4.125 billion euros ($"}),
                ("07", "$4.155 billion", 4.155e9, {"note": "US dollars; the euro fine converted"}),
                ("07", "4.125 billion euros", 4.125e9, {"note": "euros", "ctx": "impose a fine of 4.125 billion euros"}),
                ("08", "4,125 million euros", 4.125e9, {"note": "euros"}),
                ("08", "4,129 million dollars", 4.129e9, {"note": "US dollars; the euro fine converted"}),
            ],
        },
        {
            "event": COURT, "kind": "date", "role": "date-of:ruling", "verdict": "agree",
            "why": "The General Court ruled on Wednesday 14 September 2022.",
            "mentions": [("07", "Wednesday", RULING), ("08", "Wednesday", RULING)],
        },
        # --- the 2017 Shopping fine (background) ---
        {
            "event": "e3", "kind": "money", "role": "money:fine", "verdict": "compatible",
            "why": "EUR 2.4 (2.42) billion, given as $2.7 billion and, by the Australian outlet, $3.7 billion (Australian dollars): one fine in three currencies.",
            "mentions": [
                ("01", "$2.7 billion", 2.7e9, {"note": "US dollars"}),
                ("04", "€2.4 billion", 2.4e9, {"note": "euros"}),
                ("05", "$3.7 billion", 3.7e9, {"note": AUD}),
                ("06", "2.4 billion", 2.4e9, {"note": "euros ('2.4 billion-euro penalty')"}),
            ],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:fine", "verdict": "agree",
            "why": "The Shopping fine was imposed the year before, 2017.",
            "mentions": [
                ("01", "A year ago", "2017"),
                ("04", "last year", "2017"),
                ("05", "last year", "2017"),
                ("06", "last year’s", "2017", {"ctx": "last year’s penalty"}),
                ("06", "last year’s", "2017", {"ctx": "last year’s then-record"}),
            ],
        },
        # --- totals of the EU's fines on Google (background) ---
        {
            "event": "e4", "kind": "money", "role": "money:running total of EU fines on Google (2018)", "verdict": "single-source",
            "why": "Android plus Shopping, about EUR 6.7 billion in 2018: a different total from the three fines of 2017-2019.",
            "mentions": [("06", "about 6.7 billion euros", 6.7e9, {"note": "euros"})],
        },
        {
            "event": "e4", "kind": "money", "role": "money:total of three EU fines on Google, 2017-2019", "verdict": "single-source",
            "why": "Three sanctions totalling more than $8 billion between 2017 and 2019.",
            "mentions": [("08", "more than $8 billion", 8e9, {"note": "US dollars"})],
        },
        {
            "event": "e4", "kind": "count", "role": "EU antitrust fines on Google, 2017-2019", "verdict": "single-source",
            "why": "Three antitrust sanctions between 2017 and 2019; a look-alike of the three restrictions.",
            "mentions": [("08", "three", 3)],
        },
    ],
}
