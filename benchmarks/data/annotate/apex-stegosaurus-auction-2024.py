# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the sale of the Stegosaurus 'Apex' at Sotheby's, 17 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings: Wednesday = 17 July 2024 (the sale). Lengths in metres (feet at 0.3048 m);
ages in years; the Morrison Formation's area in square miles as written.
Left out: ratios ('almost twice the size of Sophie', 'about a third larger', 'nearly 11 times the fossil’s estimated
value', 'eleven times its presale low estimate', 'over 7 times'); 'one of the most complete' / 'one of the most
significant' (determiners); 'yesterday' (relative; the text gives July 17).
"""

E = "e1"
STAN = "e2"
GRIFFIN = "e3"
GENUS = "e4"
CHRISTIES = "e5"
WED = "2024-07-17"
M = 1_000_000
FT = 0.3048


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The sale of 'Apex', a Stegosaurus skeleton, at Sotheby's New York on Wednesday 17 July 2024, as six outlets "
        "reported it on 17-25 July: the price $44.6 million ('almost $45 million', `compatible`); the estimate $4 million "
        "to $6 million (`agree`); 150 million years old against CBS's 'approximately 161 million years' (`conflict`); 11 "
        "feet / 3.3 metres / about 3.5 metres tall (`compatible`); 27 feet / 8.2 metres long against 'twenty feet long' "
        "(`conflict`); 254 fossil bones (`agree`) of 319 (`compatible`); 30% larger than Sophie (`agree`); discovered in "
        "(May) 2022 (`compatible`); seven bidders, a bidding of more than 15 minutes. Background: the previous record, "
        "the T. rex Stan in 2020 (`agree`), $31.8 million against the Art Newspaper's '$27.5m' (`conflict`); the "
        "Stegosaurus's era (145-155 million years ago); Ken Griffin's gifts of 2016 and 2017; Christie's withdrawn T. rex "
        "of 2022; the Morrison Formation's 600,000 square miles."
    ),
    "documents": {
        "01": {"published_how": "the URL (2024/07/17)"},
        "02": {"published_how": "inferred: no date on the stored page; the sale 'on Wednesday' (17 July 2024): 18 July 2024, a guess within a day"},
        "03": {"published_how": "inferred: the corpus's date line (2024-07-17)"},
        "04": {"published_how": "inferred: no date on the stored page; Apex 'now residing in the private collection of ... Ken Griffin' (named on 18 July 2024): 25 July 2024, a guess within a few weeks"},
        "05": {"published_how": "the URL (2024/07/18)"},
        "06": {"published_how": "inferred: no date on the stored page; the sale 'yesterday (July 17)': 18 July 2024"},
    },
    "events": [
        {"id": E, "label": "the sale of the Stegosaurus skeleton 'Apex' at Sotheby's New York, 17 July 2024", "main": True},
        {"id": STAN, "label": "the sale of the T. rex 'Stan' at Christie's in 2020, the previous record (background)", "main": False},
        {"id": GRIFFIN, "label": "Ken Griffin's earlier gifts to paleontology (background)", "main": False},
        {"id": GENUS, "label": "the Stegosaurus's era and the Morrison Formation (background)", "main": False},
        {"id": CHRISTIES, "label": "Christie's withdrawn T. rex sale in Hong Kong, 2022 (background)", "main": False},
    ],
    "clusters": [
        # --- the sale ---
        {
            "event": E, "kind": "money", "role": "the price paid for Apex", "verdict": "compatible",
            "why": "$44.6 million with fees in six outlets ('$44.6m (including fees)'), and CBS's 'almost $45 million' beside its own 'the exact sale price was $44.6 million': one price, rounded.",
            "mentions": [
                ("01", "$44.6 million", 44.6 * M),
                ("02", "$44.6 million", 44.6 * M),
                ("03", "almost $45 million", 45 * M),
                ("03", "$44.6 million", 44.6 * M),
                ("04", "$44.6 million", 44.6 * M),
                ("05", "$44.6m", 44.6 * M),
                ("06", "$44.6 million", 44.6 * M),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the low end of Sotheby's pre-sale estimate", "verdict": "agree",
            "why": "'between $4 million to $6 million', 'between $4 and $6 million', 'the estimate of $4 million to $6 million'.",
            "mentions": [
                ("01", "$4 million", 4 * M),
                ("02", "$4", 4 * M, {"note": "written '$4 and $6 million'"}),
                ("03", "$4 million", 4 * M),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the high end of Sotheby's pre-sale estimate", "verdict": "agree",
            "why": "'to $6 million' (three outlets) and 'the fossil’s estimated value of $6 million' (the top of the estimate).",
            "mentions": [
                ("01", "$6 million", 6 * M),
                ("02", "$6 million", 6 * M),
                ("03", "$6 million", 6 * M),
                ("04", "$6 million", 6 * M),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the sale", "verdict": "agree",
            "why": "Wednesday 17 July 2024: 'ended on Wednesday morning', 'the sale on Wednesday', 'closed Wednesday morning', 'on Wednesday (17 July)', 'yesterday (July 17)'.",
            "mentions": [
                ("01", "Wednesday", WED),
                ("02", "Wednesday", WED),
                ("03", "Wednesday", WED),
                ("05", "Wednesday", WED),
                ("05", "17 July", WED),
                ("06", "July 17", WED),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bidders for Apex", "verdict": "single-source",
            "why": "'it attracted seven determined bidders'.",
            "mentions": [("06", "seven", 7)],
        },
        one(E, "duration", "duration-of:the bidding", "'Over more than 15 minutes, prospective buyers drove the bids up'.", "04", "more than 15 minutes", 15, {"note": "minutes"}),
        # --- the skeleton ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Apex's age", "verdict": "conflict",
            "why": "'150-million-year-old' (three outlets) and 'approximately 150 million years old' (Sotheby's, per the Brussels Times) against CBS's 'approximately 161 million years old, according to Sotheby's': two ages of one fossil from one source that cannot both hold.",
            "mentions": [
                ("01", "150-million-year-old", 150 * M, {"note": "years"}),
                ("02", "approximately 150 million years", 150 * M, {"note": "years"}),
                ("03", "approximately 161 million years", 161 * M, {"note": "years"}),
                ("05", "150-million-year-old", 150 * M, {"note": "years"}),
                ("06", "150-million-year-old", 150 * M, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "Apex's height", "verdict": "compatible",
            "why": "11 feet (3.35 m) in four outlets, 3.3 metres (the Brussels Times) and 'about 3.5 metres' (the National, hedged): one height, rounded.",
            "mentions": [
                ("01", "about 3.5 metres", 3.5, {"note": "metres"}),
                ("02", "3.3 metres", 3.3, {"note": "metres"}),
                ("03", "11 feet", round(11 * FT, 2), {"note": "metres; written '11 feet'"}),
                ("04", "11 feet", round(11 * FT, 2), {"note": "metres; written '11 feet'"}),
                ("05", "11 ft", round(11 * FT, 2), {"note": "metres; written '11 ft'"}),
                ("06", "eleven feet", round(11 * FT, 2), {"note": "metres; written 'eleven feet'"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "Apex's length", "verdict": "conflict",
            "why": "'8.2 metres long', 'nearly 27 feet long' (×2), '27 ft long from nose to tail' (8.2 m) against Chronicles Live's 'eleven feet tall and twenty feet long' (6.1 m): one length that cannot be both.",
            "mentions": [
                ("01", "8.2 metres", 8.2, {"note": "metres"}),
                ("03", "nearly 27 feet", round(27 * FT, 2), {"note": "metres; written 'nearly 27 feet'"}),
                ("04", "nearly 27 feet", round(27 * FT, 2), {"note": "metres; written 'nearly 27 feet'"}),
                ("05", "27 ft", round(27 * FT, 2), {"note": "metres; written '27 ft'"}),
                ("06", "twenty feet", round(20 * FT, 2), {"note": "metres; written 'twenty feet'"}),
            ],
        },
        one(E, "measure", "Apex's width", "'1.8 metres wide'.", "01", "1.8 metres", 1.8, {"note": "metres"}),
        {
            "event": E, "kind": "count", "role": "Apex's fossil bones", "verdict": "agree",
            "why": "'comprises 254 fossilised bones' / 'is made up of 254 fossilised bones'.",
            "mentions": [
                ("02", "254", 254),
                ("05", "254", 254),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bones of a complete Stegosaurus skeleton", "verdict": "compatible",
            "why": "'254 fossilised bones out of a total of 319', 'Consisting of 319 skeletal pieces' (the mounted skeleton), 'out of the about 319 Apex would have had'.",
            "mentions": [
                ("02", "319", 319),
                ("04", "319", 319),
                ("05", "about 319", 319),
            ],
        },
        one(E, "percent", "share of Apex's skeleton that is original fossil", "'Apex is approximately 70% intact'.", "04", "approximately 70%", 70),
        {
            "event": E, "kind": "percent", "role": "how much larger Apex is than 'Sophie' (London)", "verdict": "agree",
            "why": "'exceeds by 30% the size of Sophie' / 'is 30 percent larger than the Stegosaurus fossil Sophie'.",
            "mentions": [
                ("02", "30%", 30),
                ("06", "30 percent", 30),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Apex's discovery", "verdict": "compatible",
            "why": "'discovered in 2022' (×2), 'discovered in May 2022' (×2): the year and the month in it.",
            "mentions": [
                ("01", "2022", "2022"),
                ("02", "May 2022", "2022-05"),
                ("04", "2022", "2022"),
                ("05", "May 2022", "2022-05"),
            ],
        },
        one(E, "duration", "duration-of:the time from discovery to sale", "'two years after its accidental discovery'.", "06", "two years", 2, {"note": "years"}),
        one(E, "date", "date-of:the start of Apex's excavation", "'It was excavated ... between 2022 and 2023'.", "03", "2022", "2022"),
        one(E, "date", "date-of:the end of Apex's excavation", "'between 2022 and 2023'.", "03", "2023", "2023"),
        # --- background ---
        {
            "event": STAN, "kind": "money", "role": "the price of the T. rex 'Stan' (the previous record)", "verdict": "conflict",
            "why": "$31.8 million in four outlets against the Art Newspaper's 'Stan the Tyrannosaurus rex, which fetched $27.5m at Christie’s in 2020' (the hammer price is not the price with fees the others give): two prices of one sale, written without qualification.",
            "mentions": [
                ("01", "$31.8 million", 31.8 * M),
                ("02", "$31.8 million", 31.8 * M),
                ("04", "$31.8 million", 31.8 * M),
                ("05", "$27.5m", 27.5 * M),
                ("06", "$31.8 million", 31.8 * M),
            ],
        },
        {
            "event": STAN, "kind": "date", "role": "date-of:the sale of 'Stan'", "verdict": "agree",
            "why": "'was set in 2020', 'set by Stan ... in 2020', 'at Christie’s in 2020' (×2).",
            "mentions": [
                ("01", "2020", "2020"),
                ("04", "2020", "2020"),
                ("05", "2020", "2020"),
                ("06", "2020", "2020"),
            ],
        },
        one(GRIFFIN, "date", "date-of:Griffin's gift for 'Antarctic Dinosaurs'", "'In 2016, he gave $5.5. million'.", "06", "2016", "2016"),
        one(GRIFFIN, "money", "Griffin's gift for 'Antarctic Dinosaurs'", "'$5.5. million' (as written).", "06", "$5.5", 5.5 * M, {"note": "written '$5.5. million'"}),
        one(GRIFFIN, "date", "date-of:Griffin's gift to the Field Museum", "'in 2017, he gave a $16.5 million gift'.", "06", "2017", "2017"),
        one(GRIFFIN, "money", "Griffin's gift to the Field Museum", "'a $16.5 million gift to Chicago’s Field Museum'.", "06", "$16.5 million", 16.5 * M),
        one(GENUS, "duration", "duration-of:the start of the Stegosaurus's era (years ago)", "'between 145 million and 155 million years ago' (the genus's span; the earlier bound).", "01", "155 million", 155 * M, {"note": "years"}),
        one(GENUS, "duration", "duration-of:the end of the Stegosaurus's era (years ago)", "'between 145 million and 155 million years ago' (the later bound).", "01", "145 million", 145 * M, {"note": "years"}),
        one(GENUS, "measure", "area of the Morrison Formation", "'stretches 600,000 sq. miles'.", "05", "600,000", 600_000, {"note": "square miles"}),
        one(CHRISTIES, "date", "date-of:Christie's withdrawal of a T. rex from a Hong Kong sale", "'In 2022, Christie’s auction house had to withdraw a T-Rex skeleton'.", "02", "2022", "2022", {"ctx": "In 2022, Christie"}),
    ],
}
