# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the sale of Leonardo da Vinci's "Salvator Mundi" at Christie's, New York, Wednesday 15 November 2017 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars as written (pounds in `note`; a conversion stays in its amount's cluster, as in
`louvre-jewel-heist-2025`); lengths in metres (inches at 0.0254, centimetres converted, the note says which was written);
durations in minutes (note); dates as ISO strings (a year as "YYYY"). Wednesday = 15 November 2017.
Left out: "one of roughly 15", "one of fewer than 20", "one of just 20", "one of the last" (the "one" of "one of"),
"one hand raised" (no count), "the late 18th century" (an ordinal century, as "19th-century" in the twenty-second batch),
"Sixty Last Suppers" (a title), "Version O" (a title), "Charles I", "Louis XII" (names).
"""

E = "e1"
PICASSO = "e2"
CREATION = "e3"
REDISCOVERY = "e4"
SALE1958 = "e5"
PURCHASE2005 = "e6"
RYBOLOVLEV = "e7"
SEASON = "e8"
UNVEILING = "e9"
WED = "2017-11-15"
M = 1_000_000
IN = 0.0254
SPEC = {
    "description": (
        "The sale of Leonardo da Vinci's 'Salvator Mundi' at Christie's, New York, on Wednesday 15 November 2017 (six "
        "outlets, 15-16 November 2017): the price '$450m' / '$450 million' / '$450.3 million' / '$450,312,500' / 'Over "
        "$450,000,000' (`compatible`); the estimate 'over $100 million' / '$100 million' (`compatible`); the bidding "
        "'19-minute' / 'approximately 20 minutes' (`compatible`); Leonardo's surviving works 'roughly 15' / '16 known' / "
        "'fewer than 20' against 'just 20' (`conflict`); painted around 1500 (`agree`); 67.5cm / 26 inch tall "
        "(`compatible`); rediscovered 'in 2005' against 'found back in 1909' (`conflict`); the evening's total "
        "$785,942,250, Warhol's $60,875,000. Background: Picasso's 'Women of Algiers', $179.4 million in 2015 (`agree`); the "
        "1958 sale for £45 ($59); the dealers' purchase of 2005 for less than $10,000; Rybolovlev's purchase of 2013, $127.5 "
        "million. Siblings: the unveiling in October 2017; the fall auction season (more than $1 billion expected)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the sale as news: 16 November 2017 (a guess within a day or two)"},
        "02": {"published_how": "inferred: no date on the stored page; 'sold ... on Wednesday' as news: 15 November 2017 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; the evening sale of 'last night': 16 November 2017"},
        "04": {"published_how": "inferred: no date on the stored page; 'broke records on Wednesday' as news: 16 November 2017 (a guess within a day)"},
        "05": {"published_how": "the corpus's date line 2017-11-15 (removed; the URL's 2017/11/15 agrees)"},
        "06": {"published_how": "inferred: the URL's 2017/11 and 'has just sold': 16 November 2017 (a guess within a day)"},
    },
    "events": [
        {"id": E, "label": "the sale of Leonardo da Vinci's 'Salvator Mundi' at Christie's, New York, 15 November 2017", "main": True},
        {"id": PICASSO, "label": "the previous auction record, Picasso's 'Women of Algiers (Version O)', 2015 (background)", "main": False},
        {"id": CREATION, "label": "the painting of 'Salvator Mundi', around 1500 (background)", "main": False},
        {"id": REDISCOVERY, "label": "the painting's rediscovery (background)", "main": False},
        {"id": SALE1958, "label": "the painting's sale at auction in 1958, as a copy (background)", "main": False},
        {"id": PURCHASE2005, "label": "the painting's purchase by a group of art dealers in 2005 (background)", "main": False},
        {"id": RYBOLOVLEV, "label": "Dmitry Rybolovlev's purchase of the painting in 2013 (background)", "main": False},
        {"id": SEASON, "label": "the fall 2017 auction season of Christie's and Sotheby's (sibling)", "main": False},
        {"id": UNVEILING, "label": "Christie's unveiling of the painting, October 2017 (sibling)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "price of 'Salvator Mundi'", "verdict": "compatible",
            "why": "$450,312,500 with the buyer's premium (Christie's), rounded to $450.3 million and to $450 million / $450m / '$450mln', 'Over $450,000,000': one price, rounded.",
            "mentions": [
                ("01", "$450mln", 450 * M),
                ("01", "$450m", 450 * M),
                ("02", "$450 Million", 450 * M),
                ("02", "$450 million", 450 * M),
                ("03", "$450,312,500", 450_312_500),
                ("04", "$450.3 million", 450.3 * M),
                ("05", "$450.3 million", 450.3 * M),
                ("06", "Over $450,000,000", 450 * M),
                ("06", "$450,312,500", 450_312_500),
            ],
        },
        {
            "event": E, "kind": "money", "role": "pre-sale estimate of 'Salvator Mundi'", "verdict": "compatible",
            "why": "'Original estimates had predicted bids of over $100 million' / 'its estimated value of $100 million USD' (Christie's estimate: in the region of $100 million).",
            "mentions": [
                ("05", "over $100 million", 100 * M),
                ("06", "$100 million", 100 * M),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the bidding", "verdict": "compatible",
            "why": "'a fevered, 19-minute round of bidding' / 'after approximately 20 minutes of telephone bidding': one bidding, rounded.",
            "mentions": [
                ("01", "19-minute", 19, {"note": "minutes"}),
                ("05", "approximately 20 minutes", 20, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sale", "verdict": "agree",
            "why": "Wednesday 15 November 2017.",
            "mentions": [
                ("02", "Wednesday", WED),
                ("04", "Wednesday", WED),
            ],
        },
        {
            "event": E, "kind": "money", "role": "total of Christie's evening sale", "verdict": "single-source",
            "why": "'which reached a sale total of $785,942,250'.",
            "mentions": [("06", "$785,942,250", 785_942_250)],
        },
        {
            "event": E, "kind": "money", "role": "price of Warhol's 'Sixty Last Suppers' (the same evening)", "verdict": "single-source",
            "why": "'Andy Warhol's Sixty Last Suppers, which sold for $60,875,000'.",
            "mentions": [("03", "$60,875,000", 60_875_000)],
        },
        {
            "event": E, "kind": "count", "role": "Leonardo's surviving paintings", "verdict": "conflict",
            "why": "'one of roughly 15 surviving works by Da Vinci' / 'the only of 16 known paintings still in private hands' / 'one of fewer than 20 authenticated works' against 'one of just 20 paintings ever found': 'fewer than 20' and 'just 20' (and 'roughly 15', '16') cannot all hold for one count.",
            "mentions": [
                ("01", "roughly 15", 15),
                ("04", "16", 16),
                ("05", "fewer than 20", 20, {"low": None, "high": 20}),
                ("06", "just 20", 20),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "height of the painting", "verdict": "compatible",
            "why": "'The 67.5cm tall portrait' / 'the 26 inch tall' (66 cm) painting: one height in two units and roundings (the panel is about 65.6 cm).",
            "mentions": [
                ("01", "67.5cm", 0.675, {"note": "metres (written: 67.5cm)"}),
                ("05", "26 inch", round(26 * IN, 4), {"note": "metres (written: 26 inch)"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "width of the painting", "verdict": "single-source",
            "why": "'by 18 inch wide'.",
            "mentions": [("05", "18 inch", round(18 * IN, 4), {"note": "metres (written: 18 inch)"})],
        },
        {
            "event": PICASSO, "kind": "money", "role": "price of Picasso's 'Women of Algiers'", "verdict": "agree",
            "why": "$179.4 million ('$179.4 mil').",
            "mentions": [
                ("02", "$179.4 million", 179.4 * M),
                ("04", "$179.4 mil", 179.4 * M),
                ("05", "$179.4 million", 179.4 * M),
            ],
        },
        {
            "event": PICASSO, "kind": "date", "role": "date-of:the Picasso sale", "verdict": "agree",
            "why": "2015.",
            "mentions": [
                ("02", "2015", "2015"),
                ("04", "2015", "2015"),
                ("05", "2015", "2015"),
            ],
        },
        {
            "event": CREATION, "kind": "date", "role": "date-of:the painting's creation", "verdict": "agree",
            "why": "'painted around 1500' / 'believed to be produced in 1500' / 'Dating back to around 1500'.",
            "mentions": [
                ("01", "around 1500", "1500"),
                ("04", "1500", "1500"),
                ("05", "around 1500", "1500"),
            ],
        },
        {
            "event": REDISCOVERY, "kind": "date", "role": "date-of:the painting's rediscovery", "verdict": "conflict",
            "why": "'was presumed lost until its rediscovery in 2005' (CorD) against 'was found back in 1909' (Hypeart): one rediscovery, years that cannot both hold (the painting, in a British collection from 1900, was sold as a copy in 1958 and identified after the dealers' purchase of 2005).",
            "mentions": [
                ("01", "2005", "2005"),
                ("06", "1909", "1909"),
            ],
        },
        {
            "event": SALE1958, "kind": "date", "role": "date-of:the 1958 sale", "verdict": "single-source",
            "why": "'reappeared at auction in 1958'.",
            "mentions": [("05", "1958", "1958")],
        },
        {
            "event": SALE1958, "kind": "money", "role": "price of the 1958 sale", "verdict": "compatible",
            "why": "'sold for £45 ($59)': one price and its conversion.",
            "mentions": [
                ("05", "£45", 45, {"note": "pounds"}),
                ("05", "$59", 59),
            ],
        },
        {
            "event": PURCHASE2005, "kind": "date", "role": "date-of:the dealers' purchase", "verdict": "single-source",
            "why": "'Acquired by a group of art dealers for less than $10,000 in 2005' (another act than the rediscovery as CorD words it).",
            "mentions": [("05", "2005", "2005")],
        },
        {
            "event": PURCHASE2005, "kind": "money", "role": "price paid by the dealers in 2005", "verdict": "single-source",
            "why": "'for less than $10,000'.",
            "mentions": [("05", "less than $10,000", 10_000, {"low": None, "high": 10_000})],
        },
        {
            "event": RYBOLOVLEV, "kind": "money", "role": "price paid by Rybolovlev", "verdict": "single-source",
            "why": "'who bought the painting for $127.5 milion in 2013' (as written).",
            "mentions": [("05", "$127.5 milion", 127.5 * M)],
        },
        {
            "event": RYBOLOVLEV, "kind": "date", "role": "date-of:Rybolovlev's purchase", "verdict": "single-source",
            "why": "'in 2013'.",
            "mentions": [("05", "2013", "2013")],
        },
        {
            "event": SEASON, "kind": "money", "role": "expected sales of the fall auction season", "verdict": "single-source",
            "why": "'Christie's and Sotheby's can expect to achieve total sales of more than $1 billion'.",
            "mentions": [("05", "more than $1 billion", 1_000 * M)],
        },
        {
            "event": UNVEILING, "kind": "date", "role": "date-of:Christie's unveiling of the painting", "verdict": "single-source",
            "why": "'At the beginning of October, Christie's unveiled their highly anticipated new find' (October 2017).",
            "mentions": [("04", "October", "2017-10")],
        },
    ],
}
