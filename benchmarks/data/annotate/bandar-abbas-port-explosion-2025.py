# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the explosion at the Shahid Rajaee port, Bandar Abbas, Iran, 26 April 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Saturday = 26 April 2025 (the explosion around noon, 08:30 GMT; Iran's time +03:30; the first tolls),
Sunday = 27 April (the interior minister's toll of 14 early that day, the later tolls of 25 and 40), Monday = 28 April (the
toll of 70). Distances in metres, areas in hectares, capacity in tonnes a year (said in the note).
Left out: 'dozens of kilometers', 'several kilometres', 'kilometres away', 'meters deep' (vague), 'the majority of Iran’s
container traffic' (a fraction without a figure), 'third round' (an ordinal), 'the two events' (a determiner), 'several days or
even weeks', 'in the coming hours', 'overnight', 'Even hours after' (relative or vague), 'the modal may'.
"""

E = "e1"
TALKS = "e2"
SAT = "2025-04-26"
SUN = "2025-04-27"
MON = "2025-04-28"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The explosion at the Shahid Rajaee port near Bandar Abbas, Iran, around noon on Saturday 26 April 2025 (08:30 GMT), "
        "blamed on chemicals stored in containers, and the fire that followed, as six outlets reported it from 26 to 28 "
        "April: the dead at least four (Saturday) -> eight -> 14 (the interior minister, early Sunday) -> at least 25 -> at "
        "least 40 (Sunday) -> 70 (Monday) (`updated`); injured at least 516 / more than 500 -> more than 700 -> 750 -> more "
        "than 800 -> about 1,000 (`updated`); still in hospital 190 (Sunday) -> 120 (Monday, 1,072 discharged) (`updated`); "
        "the explosion around noon (08:30 GMT) against 'late Saturday night' (`conflict`) on Saturday 26 April (`agree`); "
        "the port more than a thousand / approximately 1,000 km from Tehran (`compatible`), 23 km from Bandar Abbas, 26 km "
        "from Qeshm; a fifth of the world's oil through Hormuz (`agree`); 85% of Iran's goods; the port's 2,400 hectares, 15 "
        "hectares affected, 23 docks, one damaged, 70 million tons a year; schools closed on Sunday (`agree`). Sibling: "
        "the third round of Iran-US talks in Oman that Saturday."
    ),
    "documents": {
        "01": {"published_how": "the page's footer 'Publish date : 2025-04-26 14:20:00' (removed) and the URL (2025/04/26)"},
        "02": {"published_how": "inferred: no date on the stored page; the toll of 14 given early Sunday: 27 April 2025"},
        "03": {"published_how": "the URL (2025/04/27)"},
        "04": {"published_how": "inferred: 'reported by Iran's state television on Sunday, April 27': 27 April 2025"},
        "05": {"published_how": "inferred: no date on the stored page; Sunday's toll of 40 and Sunday's events: 27 April 2025, a guess within a day"},
        "06": {"published_how": "inferred: 'According to Iranian media reports on the 28th': 28 April 2025, a guess within a day"},
    },
    "events": [
        {"id": E, "label": "explosion at the Shahid Rajaee port, Bandar Abbas, Iran, 26 April 2025", "main": True},
        {"id": TALKS, "label": "the third round of Iran-US nuclear talks in Oman, 26 April 2025 (sibling)", "main": False},
    ],
    "clusters": [
        # --- the tolls ---
        {
            "event": E, "kind": "count", "role": "people killed by the explosion and fire", "verdict": "updated",
            "why": "A toll that rose over three days: at least four (state media, Saturday afternoon), eight (the interior minister, Saturday evening, 'after previously reporting eight deaths'), 14 (the minister, early Sunday), at least 25 (state TV, Sunday), at least 40 (Sunday), 70 (the province's crisis management head, Monday 28th).",
            "mentions": [
                ("01", "at least four", 4, {"as_of": SAT}),
                ("02", "At least 14", 14, {"as_of": SUN}),
                ("03", "at least 14", 14, {"as_of": SUN}),
                ("03", "14", 14, {"ctx": "has risen to 14", "as_of": SUN}),
                ("03", "eight", 8, {"as_of": SAT, "note": "the minister's earlier toll"}),
                ("04", "at least 25", 25, {"as_of": SUN}),
                ("05", "At least 40", 40, {"as_of": SUN}),
                ("06", "70", 70, {"ctx": "resulted in 70 deaths", "as_of": MON}),
                ("06", "70", 70, {"ctx": "have caused 70 deaths", "as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people injured", "verdict": "updated",
            "why": "At least 516 / more than 500 (Saturday) -> more than 700 -> 750 (the minister, early Sunday) -> more than 800 (state TV, Sunday) -> about 1,000 (Sunday): a count revised up.",
            "mentions": [
                ("01", "at least 516", 516, {"as_of": SAT}),
                ("01", "more than 500", 500, {"as_of": SAT}),
                ("02", "more than 700", 700, {"as_of": SUN}),
                ("03", "750", 750, {"ctx": "injured 750", "as_of": SUN}),
                ("03", "750", 750, {"ctx": "reached 750", "as_of": SUN}),
                ("04", "more than 800", 800, {"as_of": SUN}),
                ("05", "about 1,000", 1000, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured still in hospital", "verdict": "updated",
            "why": "'190 of those injured remain hospitalised' (a government website, Sunday) -> '120 injured individuals are receiving treatment in hospitals' (Monday 28th): fewer as patients were discharged.",
            "mentions": [
                ("05", "190", 190, {"as_of": SUN}),
                ("06", "120", 120, {"as_of": MON}),
            ],
        },
        one(E, "count", "injured discharged from hospital", "'another 1,072 people have been discharged' (Monday 28th).", "06", "1,072", 1072),
        # --- when ---
        {
            "event": E, "kind": "date", "role": "time-of:the explosion", "verdict": "conflict",
            "why": "'Around noon on Saturday (08:30 GMT)' (AFP) against NewsX's 'a huge explosion rocked Bandar Abbas ... late Saturday night': the blast was at midday; a night-time explosion cannot hold beside it.",
            "mentions": [
                ("02", "late Saturday night", "2025-04-26T23:00+03:30", {"note": "'late Saturday night', about 22:00 to midnight: the value a middle"}),
                ("03", "Around noon on Saturday", "2025-04-26T12:00+03:30", {"note": "Iran time"}),
                ("03", "08:30 GMT", "2025-04-26T08:30+00:00"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the explosion", "verdict": "agree",
            "why": "'on Saturday' / 'on Saturday, April 26' / 'on the 26th'.",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "port on Saturday"}),
                ("04", "Saturday", SAT),
                ("04", "April 26", SAT),
                ("05", "Saturday", SAT, {"ctx": "southern Iran on Saturday"}),
                ("06", "26th", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the interior minister's toll of 14", "verdict": "single-source",
            "why": "'according to a new toll released by authorities early Sunday' / 'Momeni said early Sunday on Telegram' (one statement).",
            "mentions": [
                ("03", "early Sunday", SUN, {"ctx": "authorities early Sunday"}),
                ("03", "early Sunday", SUN, {"ctx": "said early Sunday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:state television's toll of 25", "verdict": "single-source",
            "why": "'reported by Iran's state television on Sunday, April 27'.",
            "mentions": [
                ("04", "Sunday", SUN, {"ctx": "television on Sunday"}),
                ("04", "April 27", SUN, {"ctx": "April 27, citing"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the closure of schools and offices", "verdict": "agree",
            "why": "'all schools and offices in Bandar Abbas were closed on Sunday, April 27' / 'schools and businesses in the area remained closed on Sunday'.",
            "mentions": [
                ("04", "Sunday", SUN, {"ctx": "closed on Sunday"}),
                ("04", "April 27", SUN, {"ctx": "April 27."}),
                ("05", "Sunday", SUN, {"ctx": "remained closed on Sunday"}),
            ],
        },
        one(E, "date", "date-of:the efforts to control the fire, reported under control", "'Efforts to control the fire continued on Sunday'.", "05", "Sunday", SUN, {"ctx": "continued on Sunday"}),
        one(E, "date", "date-of:the president's visit to the injured", "'Pezeshkian visited the injured on Sunday'.", "05", "Sunday", SUN, {"ctx": "injured on Sunday"}),
        one(E, "date", "date-of:the Iranian media reports of 70 deaths", "'According to Iranian media reports on the 28th'.", "06", "28th", MON, {"ctx": "reports on the 28th"}),
        one(E, "date", "date-of:the interior minister's statement on negligence", "'Iskander Mohseni said on the 28th that the explosion was caused by 'negligence''.", "06", "28th", MON, {"ctx": "said on the 28th"}),
        # --- the port ---
        {
            "event": E, "kind": "measure", "role": "distance of the port from Tehran", "verdict": "compatible",
            "why": "'more than a thousand kilometers south of Tehran' / 'approximately 1,000 kilometres south of Tehran': a bound and an estimate that meet.",
            "mentions": [
                ("03", "more than a thousand kilometers", 1000000, {"note": "metres"}),
                ("04", "approximately 1,000 kilometres", 1000000, {"note": "metres"}),
            ],
        },
        one(E, "measure", "distance of the port from Bandar Abbas", "'Located 23 kilometres west of Bandar Abbas'.", "04", "23 kilometres", 23000, {"note": "metres"}),
        one(E, "measure", "distance of Qeshm Island from the blast", "'heard on Qeshm Island, about 26 kilometres from the explosion site'.", "02", "about 26 kilometres", 26000, {"note": "metres"}),
        one(E, "percent", "share of Iran's goods handled by the port", "'which handles 85% of Iran’s goods'.", "03", "85%", 85),
        {
            "event": E, "kind": "percent", "role": "share of the world's oil passing the Strait of Hormuz", "verdict": "agree",
            "why": "'through which a fifth of the world’s oil production passes' / 'a fifth of the world's oil being transported through this waterway'.",
            "mentions": [
                ("03", "a fifth", 20),
                ("04", "a fifth", 20),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "area of the port", "verdict": "single-source",
            "why": "'covers a total area of 2,400 hectares' / 'the port covers about 2,400 hectares' (one text).",
            "mentions": [
                ("06", "2,400", 2400, {"ctx": "area of 2,400", "note": "hectares"}),
                ("06", "about 2,400", 2400, {"note": "hectares"}),
            ],
        },
        one(E, "measure", "area affected by the explosion and fire", "'with the explosion and fire affecting about 15 hectares'.", "06", "about 15", 15, {"note": "hectares"}),
        one(E, "measure", "the port's annual cargo capacity", "'an annual cargo throughput capacity of 70 million tons'.", "06", "70 million tons", 70000000, {"note": "tonnes a year"}),
        one(E, "count", "docks of the port", "'The port is comprised of 23 docks'.", "06", "23", 23),
        one(E, "count", "docks severely damaged", "'with only one dock severely damaged by the explosion'.", "06", "only one", 1),
        # --- the talks ---
        one(TALKS, "date", "date-of:the third round of Iran-US talks in Oman", "'Iran and the United States met in Oman on Saturday for a third round of negotiations'.", "05", "Saturday", SAT, {"ctx": "Oman on Saturday"}),
    ],
}
