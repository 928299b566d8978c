# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Tesla's and BYD's deliveries of the fourth quarter of 2023, reported 1-2 January 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Vehicles as counts; growth and shares as percentages; money in US dollars; dates as ISO strings.
Tuesday = 2 January 2024 (Tesla's report). Periods named by a year or a quarter ("in 2023", "Q4",
"the final three months of last year", "October through December") are not mentions.
"""

E = "e1"
Q4_2024 = "e2"
LOSS_2022 = "e3"
EXPORTS = "e4"
MN = 1_000_000
SPEC = {
    "description": (
        "Tesla's and BYD's deliveries of the fourth quarter of 2023 (BYD's reported on Monday 1 January 2024, Tesla's on "
        "Tuesday 2 January), BYD overtaking Tesla as the largest seller of battery-electric cars for the quarter, as five "
        "outlets reported it on 2-3 January 2024, with a sixth article a year later on the fourth quarter of 2024 (a sibling "
        "event): Tesla's 484,507 / 'over 484,507' / 484,500 (`compatible`); BYD's 526,409 / 526,000 (`compatible`); the "
        "analysts' estimate of 483,173 (`agree`); Tesla's 1.8 million in 2023 (`agree`) against its target of 1.8 million "
        "(`agree`, another quantity) and Musk's 2 million (`agree`), made 'last January' / '12 months ago' (`agree`); Tesla's "
        "quarter up 'nearly 20%' / 20% on a year before (`compatible`); BYD's battery-electric sales of 2023, 1.5 million / "
        "1.57 million (`compatible`), its 1.4 million plug-in hybrids; BYD's 73% growth and December's ~70% jump "
        "(look-alikes); Tesla's shares up 102% in 2023 (`agree`), about 1% before trading on Tuesday (`agree` for the day); "
        "95% of deliveries from two models; nine in ten of BYD's sales in China; a $7,500 tax credit. Sibling and background "
        "events whose figures are traps: the fourth quarter of 2024 (Tesla 495,570; BYD 595,413 / 'nearly 600,000'; the "
        "year's 1.79 and 1.76 million; 5 and 13.1 percent; 4.27 million vehicles), Tesla's record loss of 2022, China "
        "overtaking Japan as the largest car exporter in 2023."
    ),
    "documents": {
        "01": {"published_how": "the URL's 2024/01/02"},
        "02": {"published_how": "the corpus's date line 2024-01-02 (removed from the text)"},
        "03": {"published_how": "inferred: no date on the stored page; the Reuters report of 2 January 2024: 3 January 2024 (a guess within days)"},
        "04": {"published_how": "the URL's 2024/01/02"},
        "05": {"published_how": "inferred: no date on the stored page; 'On Tuesday, Tesla said', BYD 'reported this week': 3 January 2024 (a guess within days)"},
        "06": {"published_how": "inferred: no date on the stored page; the fourth quarter of 2024 as news (TRT World's copy of the same text is dated 3 January 2025): 3 January 2025 (a guess within days)"},
    },
    "events": [
        {"id": E, "label": "Tesla's and BYD's deliveries of the fourth quarter and year 2023, reported 1-2 January 2024", "main": True},
        {"id": Q4_2024, "label": "Tesla's and BYD's deliveries of the fourth quarter and year 2024, reported 2 January 2025 (sibling)", "main": False},
        {"id": LOSS_2022, "label": "Tesla's record share-price loss of 2022 (background)", "main": False},
        {"id": EXPORTS, "label": "China overtaking Japan as the largest passenger-car exporter (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "Tesla's deliveries in the fourth quarter of 2023", "verdict": "compatible",
            "why": "484,507 in four outlets (Mint's 'over 484,507' a slip of wording); Morning Brew's 484,500 rounds it.",
            "mentions": [
                ("01", "484,507", 484507),
                ("02", "over 484,507", 484507),
                ("03", "484,507", 484507),
                ("04", "484,500", 484500, {"low": 484450, "high": 484550, "note": "rounded to the hundred"}),
                ("05", "484,507", 484507),
            ],
        },
        {
            "event": E, "kind": "count", "role": "BYD's battery-electric sales in the fourth quarter of 2023", "verdict": "compatible",
            "why": "526,409 in four outlets; Morning Brew's 526,000 rounds it.",
            "mentions": [
                ("01", "526,409", 526409),
                ("02", "526,409", 526409),
                ("03", "526,409", 526409),
                ("04", "526,000", 526000, {"low": 525500, "high": 526500, "note": "rounded to the thousand"}),
                ("05", "526,409", 526409),
            ],
        },
        {
            "event": E, "kind": "count", "role": "analysts' estimate of Tesla's deliveries", "verdict": "agree",
            "why": "The analysts' average estimate of 483,173 (a look-alike of the 484,507).",
            "mentions": [
                ("02", "483,173", 483173),
                ("03", "483,173", 483173),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Tesla's deliveries in 2023", "verdict": "agree",
            "why": "1.8 million vehicles delivered in 2023.",
            "mentions": [
                ("04", "1.8 million", 1.8 * MN),
                ("05", "1.8 million", 1.8 * MN),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Tesla's target of deliveries for 2023", "verdict": "agree",
            "why": "Tesla 'exceeded its target to deliver 1.8 million vehicles for the year' (the target, another quantity than the deliveries).",
            "mentions": [
                ("02", "1.8 million", 1.8 * MN),
                ("03", "1.8 million", 1.8 * MN),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Musk's projection of 2023 output", "verdict": "agree",
            "why": "Musk had said Tesla could produce 2 million cars ('prediction of 2 million units, made last January').",
            "mentions": [
                ("02", "2 million", 2 * MN),
                ("03", "two million", 2 * MN),
                ("05", "2 million", 2 * MN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Musk's projection", "verdict": "agree",
            "why": "'made last January' / 'the bullish scenario Musk touted 12 months ago' (January 2023).",
            "mentions": [
                ("03", "12 months ago", "2023-01"),
                ("05", "last January", "2023-01"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "growth of Tesla's deliveries on the fourth quarter of 2022", "verdict": "compatible",
            "why": "'up nearly 20%' (CNN), 'rose 20%', '20% higher'.",
            "mentions": [
                ("01", "nearly 20%", 20),
                ("02", "20%", 20),
                ("05", "20%", 20),
            ],
        },
        {
            "event": E, "kind": "count", "role": "BYD's battery-electric sales in 2023", "verdict": "compatible",
            "why": "Morning Brew's 1.57 million (Nikkei); Green Car Reports' 'delivered 1.5 million in 2023' truncates it (a judgement call: not a conflict).",
            "mentions": [
                ("04", "1.57 million", 1.57 * MN),
                ("05", "1.5 million", 1.5 * MN, {"low": 1.5 * MN, "high": 1.6 * MN, "note": "written with one decimal; truncated"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "BYD's plug-in hybrid sales in 2023", "verdict": "single-source",
            "why": "'along with 1.4 million plug-in hybrids' (Morning Brew's 'roughly as many plug-in hybrids' is not a figure).",
            "mentions": [("05", "1.4 million", 1.4 * MN)],
        },
        {
            "event": E, "kind": "percent", "role": "growth of BYD's battery-electric sales in 2023", "verdict": "single-source",
            "why": "'grew its EV sales by 73% year over year' (a look-alike of December's ~70%).",
            "mentions": [("04", "73%", 73)],
        },
        {
            "event": E, "kind": "percent", "role": "BYD's jump in sales in December 2023", "verdict": "single-source",
            "why": "'an approximately 70% jump in sales in December'.",
            "mentions": [("05", "approximately 70%", 70)],
        },
        {
            "event": E, "kind": "percent", "role": "share of BYD's sales made in China", "verdict": "single-source",
            "why": "'BYD still makes nine out of every 10 of its sales within China'.",
            "mentions": [("04", "nine out of every 10", 90)],
        },
        {
            "event": E, "kind": "count", "role": "growth factor of BYD's international deliveries", "verdict": "single-source",
            "why": "'its international deliveries grew more than 3x in 2023'.",
            "mentions": [("04", "more than 3x", 3, {"note": "a factor"})],
        },
        {
            "event": E, "kind": "percent", "role": "rise of Tesla's shares in 2023", "verdict": "agree",
            "why": "The stock rose 102% in 2023.",
            "mentions": [
                ("02", "102%", 102),
                ("03", "102%", 102),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of Tesla's shares before trading on the report's day", "verdict": "single-source",
            "why": "'Tesla shares rose about 1% before the start of regular trading Tuesday' (CNN: 'little changed').",
            "mentions": [("02", "about 1%", 1)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Tesla's report", "verdict": "agree",
            "why": "Tesla reported on Tuesday 2 January 2024.",
            "mentions": [
                ("02", "Tuesday", "2024-01-02"),
                ("05", "Tuesday", "2024-01-02"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of Tesla's deliveries from the Model Y and Model 3", "verdict": "single-source",
            "why": "'Both models accounted for 95% of deliveries in the fourth quarter'.",
            "mentions": [("02", "95%", 95)],
        },
        {
            "event": E, "kind": "count", "role": "models making most of Tesla's sales", "verdict": "single-source",
            "why": "'The company relies on two models'.",
            "mentions": [("02", "two", 2)],
        },
        {
            "event": E, "kind": "money", "role": "the US tax credit Tesla is losing on some models", "verdict": "single-source",
            "why": "'Tesla is losing the U.S. $7,500 EV tax credit on some of its models'.",
            "mentions": [("05", "$7,500", 7500, {"note": "US dollars"})],
        },
        # --- sibling: the fourth quarter of 2024 ---
        {
            "event": Q4_2024, "kind": "count", "role": "Tesla's deliveries in the fourth quarter of 2024", "verdict": "single-source",
            "why": "'Tesla delivered 495,570 EVs in the fourth quarter' of 2024 (a look-alike of the 484,507 of 2023).",
            "mentions": [("06", "495,570", 495570)],
        },
        {
            "event": Q4_2024, "kind": "count", "role": "BYD's battery-electric deliveries in the fourth quarter of 2024", "verdict": "single-source",
            "why": "'nearly 600,000 battery-electric' and 'BYD achieved 595,413 units' (a look-alike of the 526,409 of 2023).",
            "mentions": [
                ("06", "nearly 600,000", 600000),
                ("06", "595,413", 595413),
            ],
        },
        {
            "event": Q4_2024, "kind": "count", "role": "BYD's battery-electric deliveries in 2024", "verdict": "single-source",
            "why": "'For the entire year, BYD delivered 1.76 million EVs'.",
            "mentions": [("06", "1.76 million", 1.76 * MN)],
        },
        {
            "event": Q4_2024, "kind": "count", "role": "Tesla's deliveries in 2024", "verdict": "single-source",
            "why": "'Tesla, which delivered 1.79 million' (a look-alike of the 1.8 million of 2023).",
            "mentions": [("06", "1.79 million", 1.79 * MN)],
        },
        {
            "event": Q4_2024, "kind": "percent", "role": "growth of Tesla's sales in the fourth quarter of 2024", "verdict": "single-source",
            "why": "'Tesla’s EV sales grew by 5 percent in Q4'.",
            "mentions": [("06", "5 percent", 5)],
        },
        {
            "event": Q4_2024, "kind": "percent", "role": "growth of BYD's battery-electric sales in the fourth quarter of 2024", "verdict": "single-source",
            "why": "'BYD saw a more significant increase of 13.1 percent'.",
            "mentions": [("06", "13.1 percent", 13.1)],
        },
        {
            "event": Q4_2024, "kind": "count", "role": "BYD's vehicles of every type in 2024", "verdict": "single-source",
            "why": "'including other vehicle types such as plug-in hybrids and buses, BYD delivered 4.27 million units in 2024'.",
            "mentions": [("06", "4.27 million", 4.27 * MN)],
        },
        # --- background ---
        {
            "event": LOSS_2022, "kind": "date", "role": "date-of:Tesla's record share-price loss", "verdict": "agree",
            "why": "'rebounding from a record loss in 2022 linked to Musk’s takeover of Twitter'.",
            "mentions": [
                ("02", "2022", "2022", {"ctx": "record loss in 2022"}),
                ("03", "2022", "2022", {"ctx": "record loss in 2022"}),
            ],
        },
        {
            "event": EXPORTS, "kind": "date", "role": "date-of:China overtaking Japan as the largest car exporter", "verdict": "agree",
            "why": "China 'may have overtaken Japan as the world's largest passenger-car exporter in 2023' / 'may overtake Japan ... by 2023'.",
            "mentions": [
                ("02", "2023", "2023", {"ctx": "exporter in 2023"}),
                ("03", "2023", "2023", {"ctx": "passenger cars by 2023"}),
            ],
        },
    ],
}
