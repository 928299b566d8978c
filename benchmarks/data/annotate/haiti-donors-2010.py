# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Haiti donors' conference story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money values are in US dollars. The pound conversions of the Evening Standard ("£6.5 billion")
restate dollar figures in another currency and are deliberately not annotated.
"""

E = "e1"
Q = "e2"
DAY = "2010-03-31"
SPEC = {
    "description": (
        "The international donors' conference 'Towards a New Future for Haiti' at UN headquarters on "
        "Wednesday 31 March 2010: pledges ($5.1-5.3 billion for the first 18-24 months, $9.9 billion in "
        "all), the appeal ($3.8 or $3.9 billion), the ten-year plan ($11.5 billion, misprinted '$11.5 "
        "million', or $10.5 billion); the 12 January 2010 earthquake and the 2004/2005 Indian Ocean "
        "tsunami are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "date in the page's URL (2010/mar/31)"},
        "02": {"published_how": "reports the close of Wednesday's conference ('last January'): 1 April 2010"},
        "03": {"published_how": "date in the page's URL (2010/apr/01)"},
        "04": {"published_how": "'March 31st, 2010 05:20 PM ET' on the page"},
        "05": {"published_how": "date in the page's URL (2010/04/01)"},
        "06": {"published_how": "date in the page's URL (2010/.../04/01); 'met yesterday'"},
        "07": {"published_how": "reports the end of the conference; day after it (no dateline in the stored copy)"},
        "08": {"published_how": "'March 31st, 2010 02:23 PM ET' on the page"},
    },
    "events": [
        {"id": "e1", "label": "the Haiti donors' conference at UN headquarters, 31 March 2010", "main": True},
        {"id": "e2", "label": "the 12 January 2010 Haiti earthquake (background)", "main": False},
        {"id": "e3", "label": "the Indian Ocean tsunami of 2004, called the 2005 tsunami (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money pledged:total", "verdict": "compatible",
            "why": (
                "$9.9 billion 'for the next three years and beyond', rounded to nearly $10 billion; CNN's "
                "mid-afternoon 'more than $8 billion' is a lower bound that the final figure meets."
            ),
            "mentions": [
                ("01", "$9.9 billion", 9.9e9, {"ctx": "Donors pledge $9.9 billion"}),
                ("01", "$9.9 billion", 9.9e9, {"ctx": "pledged $9.9 billion over"}),
                ("01", "$9.9 billion", 9.9e9, {"ctx": "the $9.9 billion includes"}),
                ("02", "nearly 10 bln dlrs", 10e9),
                ("02", "nearly 10 billion dollars", 10e9),
                ("02", "9.9-billion-dollar", 9.9e9),
                ("02", "9.9 billion dollars", 9.9e9),
                ("03", "$9.9 billion", 9.9e9, {"ctx": "$9.9 billion pledged for Haiti"}),
                ("03", "nearly $10 billion", 10e9),
                ("03", "$9.9 billion", 9.9e9, {"ctx": "donors pledged $9.9 billion"}),
                ("03", "$9.9 billion", 9.9e9, {"ctx": "the $9.9 billion includes"}),
                ("04", "more than $8 billion", 8e9, {"ctx": "pledge more than $8 billion"}),
                ("04", "more than $8 billion", 8e9, {"ctx": "pledged more than $8 billion"}),
                ("05", "almost $10 billion", 10e9),
                ("07", "nearly $10 billion", 10e9),
                ("07", "$9.9 billion", 9.9e9, {"ctx": "donors pledged $9.9 billion"}),
                ("07", "$9.9 billion", 9.9e9, {"ctx": "the $9.9 billion includes"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money pledged:first phase", "verdict": "updated",
            "why": (
                "The tally for the first phase grew during the day: nearly $5.1 billion by late afternoon "
                "(AP's earlier story), $5.3 billion at Ban's closing news conference; 'more than $5 billion' fits both."
            ),
            "mentions": [
                ("01", "$5.3 billion", 5.3e9),
                ("01", "nearly $5.1 billion", 5.1e9, {"as_of": "2010-03-31 late afternoon", "note": "AP's earlier story, kept below the update"}),
                ("02", "5.3 billion dollars", 5.3e9, {"ctx": "includes 5.3 billion dollars"}),
                ("02", "5.3 billion dollars", 5.3e9, {"ctx": "pledged 5.3 billion dollars"}),
                ("03", "$5.3 billion", 5.3e9),
                ("05", "more than $5 billion", 5e9),
                ("07", "$5.3 billion", 5.3e9),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money sought:first phase", "verdict": "conflict",
            "why": (
                "AP, AFP, the Standard and CNN give the appeal as $3.8 billion, the UN News Centre as $3.9 billion "
                "sought for the same period; 'some $4 billion' / 'about $4 billion' fit either."
            ),
            "mentions": [
                ("01", "$3.8 billion", 3.8e9, {"ctx": "appealed for $3.8 billion"}),
                ("01", "$3.8 billion", 3.8e9, {"ctx": "donate $3.8 billion"}),
                ("02", "3.8 billion", 3.8e9),
                ("03", "$3.8 billion", 3.8e9, {"ctx": "appealed for $3.8 billion"}),
                ("03", "$3.8 billion", 3.8e9, {"ctx": "the $3.8 billion Haiti"}),
                ("04", "About $4 billion", 4e9),
                ("05", "$3.9 billion", 3.9e9),
                ("06", "some $4 billion", 4e9),
                ("07", "$3.8 billion", 3.8e9),
                ("08", "upwards of $3.8 billion", 3.8e9),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:cost of Haiti's two-year action plan", "verdict": "single-source",
            "why": "AFP's figure for the government plan the appeal was meant to fund.",
            "mentions": [("02", "4.0-billion-dollar", 4.0e9)],
        },
        {
            "event": E, "kind": "money", "role": "money:ten-year reconstruction plan", "verdict": "conflict",
            "why": (
                "CNN gives $11.5 billion over ten years, CNN's AC360 blog $10.5 billion, and the UN News text "
                "'$11.5 million' (a unit slip): they cannot all hold."
            ),
            "mentions": [
                ("04", "$11.5 billion", 11.5e9),
                ("05", "$11.5 million", 11.5e6),
                ("08", "$10.5 billion", 10.5e9),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:reconstruction plan", "verdict": "agree",
            "why": "All three put the plan at ten years.",
            "mentions": [
                ("04", "10 years", 10, {"note": "years"}),
                ("05", "10 years", 10, {"note": "years"}),
                ("08", "10-year", 10, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:first phase", "verdict": "conflict",
            "why": (
                "The first phase the $3.8-5.3 billion covers is two years / 24 months for AP, AFP and the "
                "Standard but 18 months for CNN, the UN News Centre and AP's own earlier tally."
            ),
            "mentions": [
                ("01", "two years", 24, {"ctx": "for the next two years", "note": "months"}),
                ("01", "24 months", 24, {"note": "months"}),
                ("01", "18 months", 18, {"note": "months"}),
                ("02", "2010-2011", 24, {"ctx": "the 2010-2011 period", "note": "months; the 2010-2011 period"}),
                ("02", "two years", 24, {"ctx": "over the next two years", "note": "months"}),
                ("02", "two years", 24, {"ctx": "for the next two years and", "note": "months"}),
                ("03", "two years", 24, {"ctx": "for the next two years. The", "note": "months"}),
                ("03", "24 months", 24, {"note": "months"}),
                ("04", "18 months", 18, {"note": "months"}),
                ("05", "18 months", 18, {"note": "months"}),
                ("07", "two years", 24, {"note": "months"}),
                ("07", "24 months", 24, {"note": "months"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:total pledges", "verdict": "compatible",
            "why": "'More than three years' and 'three years and beyond' describe the same horizon.",
            "mentions": [
                ("01", "more than three years", 3, {"note": "years"}),
                ("02", "three years and beyond", 3, {"note": "years", "low": 3, "high": None}),
                ("03", "three years and beyond", 3, {"note": "years", "low": 3, "high": None}),
                ("07", "three years and beyond", 3, {"note": "years", "low": 3, "high": None}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money pledged:United States", "verdict": "agree",
            "why": "Every outlet gives the US pledge as $1.15 billion.",
            "mentions": [
                ("03", "$1.15 billion", 1.15e9, {"ctx": "donate $1.15 billion"}),
                ("03", "$1.15 billion", 1.15e9, {"ctx": "pledge of $1.15 billion"}),
                ("04", "$1.15 billion", 1.15e9),
                ("06", "$1.15  billion", 1.15e9),
                ("08", "$1.15 billion", 1.15e9),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:United States pledge", "verdict": "single-source",
            "why": "The period of the US pledge, stated by AP only.",
            "mentions": [("03", "two years", 2, {"ctx": "billion over the next two years", "note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "money pledged:European Union", "verdict": "single-source",
            "why": "The EU pledge, in AP's later story only.",
            "mentions": [("03", "more than $1.6 billion", 1.6e9)],
        },
        {
            "event": E, "kind": "percent", "role": "share of appeal pledged by US and EU", "verdict": "agree",
            "why": "Both AP versions: the US and EU pledges were more than two-thirds of the $3.8 billion.",
            "mentions": [
                ("01", "more than two-thirds", 66.7),
                ("03", "more than two-thirds", 66.7),
            ],
        },
        {
            "event": E, "kind": "count", "role": "donors who pledged", "verdict": "compatible",
            "why": "'Some 50' and 'nearly 50' donors (countries) pledged: overlapping intervals.",
            "mentions": [
                ("02", "some 50", 50),
                ("05", "Dozens", 24, {"low": 24, "high": None, "note": "nations and organizations that pledged"}),
                ("03", "nearly 50", 50),
                ("07", "nearly 50", 50, {"ctx": "nearly 50 donors"}),
                ("07", "nearly 50", 50, {"ctx": "nearly 50 countries"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "participants", "verdict": "compatible",
            "why": "More than 100 donors, some 120 countries and organisations, more than 130 nations attended: the intervals overlap.",
            "mentions": [
                ("04", "more than 100", 100),
                ("05", "more than 130", 130),
                ("06", "some 120", 120),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries giving humanitarian aid to Haiti", "verdict": "single-source",
            "why": "Clinton's count of countries that gave humanitarian aid; not the donors at the conference.",
            "mentions": [("07", "more than 140", 140)],
        },
        {
            "event": E, "kind": "money", "role": "money:humanitarian appeal", "verdict": "agree",
            "why": "Both give the UN humanitarian appeal as $1.4 billion.",
            "mentions": [("05", "$1.4 billion", 1.4e9), ("06", "$1.4 billion", 1.4e9)],
        },
        {
            "event": E, "kind": "percent", "role": "humanitarian appeal funded", "verdict": "agree",
            "why": "'50 per cent' and 'half' funded are the same figure.",
            "mentions": [("05", "50 per cent", 50), ("06", "half", 50)],
        },
        {
            "event": E, "kind": "count", "role": "population:Haiti", "verdict": "agree",
            "why": "Both give Haiti's population as 9 million.",
            "mentions": [("01", "9 million", 9e6), ("05", "9 million", 9e6)],
        },
        {
            "event": E, "kind": "count", "role": "population:Port-au-Prince", "verdict": "single-source",
            "why": "Population of the capital, Reuters only.",
            "mentions": [("06", "some 4 million", 4e6)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:conference", "verdict": "agree",
            "why": "Wednesday 31 March 2010 ('yesterday' in Reuters of 1 April, 'today' in CNN's blog of 31 March).",
            "mentions": [
                ("01", "Wednesday", DAY, {"ctx": "on Wednesday that"}),
                ("01", "Wednesday", DAY, {"ctx": "nations Wednesday"}),
                ("02", "Wednesday", DAY),
                ("03", "Wednesday", DAY),
                ("04", "Wednesday", DAY),
                ("06", "yesterday", DAY, {"ctx": "met yesterday"}),
                ("06", "yesterday", DAY, {"ctx": "yesterday’s meeting"}),
                ("08", "Earlier today", DAY),
            ],
        },
        # --- background: the 12 January 2010 earthquake (traps) ---
        {
            "event": Q, "kind": "date", "role": "date-of:earthquake", "verdict": "compatible",
            "why": "12 January 2010, written 'Jan. 12', 'January 12', '12 January' or just 'January'.",
            "mentions": [
                ("01", "Jan. 12", "2010-01-12"),
                ("02", "January", "2010-01", {"ctx": "last January's"}),
                ("02", "January 12", "2010-01-12"),
                ("03", "January", "2010-01", {"ctx": "after January’s"}),
                ("03", "Jan. 12", "2010-01-12"),
                ("04", "January", "2010-01", {"ctx": "quake in January"}),
                ("04", "January 12", "2010-01-12"),
                ("05", "12 January", "2010-01-12"),
                ("06", "January", "2010-01", {"ctx": "after January’s"}),
                ("06", "Jan. 12", "2010-01-12"),
                ("07", "January", "2010-01", {"ctx": "after January's"}),
                ("07", "January 12", "2010-01-12"),
                ("08", "January 12", "2010-01-12"),
            ],
        },
        {
            "event": Q, "kind": "count", "role": "deaths", "verdict": "compatible",
            "why": (
                "More than 217,000, at least 220,000, 217,000 to 300,000 and more than 200,000 overlap; AP notes "
                "the government estimates rose without explanation."
            ),
            "mentions": [
                ("01", "more than 217,000", 217000),
                ("02", "at least 220,000", 220000),
                ("03", "217,000 to 300,000", 258500, {"low": 217000, "high": 300000}),
                ("04", "more than 200,000", 200000),
            ],
        },
        {
            "event": Q, "kind": "count", "role": "homeless", "verdict": "compatible",
            "why": "An estimated 1.3 million and 'some 1.2 million' homeless are rounded estimates that overlap.",
            "mentions": [
                ("01", "an estimated 1.3 million", 1.3e6, {"low": 1.17e6, "high": 1.43e6}),
                ("02", "1.3 million", 1.3e6),
                ("03", "estimated 1.3 million", 1.3e6, {"low": 1.17e6, "high": 1.43e6}),
                ("06", "some  1.2 million", 1.2e6, {"low": 1.08e6, "high": 1.32e6}),
                ("07", "estimated 1.3 million", 1.3e6, {"low": 1.17e6, "high": 1.43e6}),
            ],
        },
        {
            "event": Q, "kind": "count", "role": "affected", "verdict": "single-source",
            "why": "People whose lives the quake severely affected, CNN only.",
            "mentions": [("04", "3 million", 3e6)],
        },
        {
            "event": Q, "kind": "measure", "role": "magnitude", "verdict": "agree",
            "why": "Both give magnitude 7.0.",
            "mentions": [("02", "7.0", 7.0), ("04", "7.0", 7.0)],
        },
        # --- background: the Indian Ocean tsunami ---
        {
            "event": "e3", "kind": "count", "role": "countries giving humanitarian aid", "verdict": "single-source",
            "why": "Countries that helped after the tsunami; must not meet the Haiti counts.",
            "mentions": [("07", "more than 80", 80)],
        },
        {
            "event": "e3", "kind": "count", "role": "donors who pledged", "verdict": "single-source",
            "why": "Countries that pledged reconstruction aid after the tsunami; must not meet the 50 Haiti donors.",
            "mentions": [("07", "more than 20", 20)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:tsunami", "verdict": "single-source",
            "why": "Clinton's '2005 tsunami' (it struck on 26 December 2004).",
            "mentions": [("07", "2005", "2005", {"note": "as said; the tsunami struck on 26 December 2004"})],
        },
    ],
}
