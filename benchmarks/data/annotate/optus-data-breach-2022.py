# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Optus data breach and ransom demand, September 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (the note says which: a bare "$" is Australian dollars in the
Australian outlets and US dollars in the AP's; conversions are in the same cluster, as in
microsoft-activision-close-2023); counts as numbers; durations in days or years (note); dates as
ISO strings. Dates are Australian (AEST): the breach disclosed Thursday 22 September 2022, the
ransom demand posted Saturday 24 September, 10,000 records released Tuesday 27 September.
"""

E = "e1"
AUSTRALIA = "e2"
LAW = "e3"
EQUIFAX = "e4"
M = 1_000_000
AUD = "Australian dollars"
USD = "US dollars"
SPEC = {
    "description": (
        "The Optus data breach, disclosed by the Australian telco on Thursday 22 September 2022, and the hacker's ransom "
        "demand that followed, as eight outlets reported it from Sunday 25 to Wednesday 28 September: customers affected "
        "9.8 million (Optus, the government) / 'almost 10 million' / 'up to 10 million' against 'more than 10 million' and "
        "the hacker's own claim of 11.2 million (`conflict`); the ransom US$1 million ('1,000,000$US') converted to "
        "AU$1.5 million / AU$1.53 million (`compatible`); 10,000 / 'more than 10,000' / 'roughly 10,000' records released "
        "(on Tuesday 27 September), with 10,000 more threatened each day for four days; 'a week' to pay against 'four "
        "days to decide' (`conflict`); the federal police's investigation launched Monday 26 September. Background whose "
        "figures are traps: Australia's population (about 25 million), the 10-year prison term a hacker risks, the $2.2m "
        "penalty of Australian law, a US credit agency's $US575m fine of 2019; look-alikes inside the event: 10,000 "
        "released and 10,000 a day, 10 million customers and 10 years, four days of releases and four days to pay."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2022-09-25 (removed from the text)"},
        "02": {"published_how": "inferred: the URL's /2022/09/ and the first ransom demand ('a week'), before any release of records: taken as 25 September 2022 (a guess within days)"},
        "03": {"published_how": "the corpus's date line 2022-09-26 (removed from the text) and the URL's /2022/09/26/"},
        "04": {"published_how": "the corpus's date line 2022-09-26 (removed from the text)"},
        "05": {"published_how": "the URL's /2022/09/27/ (and the corpus's date line, removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; 'on Tuesday released 10,000 private records': 27 September 2022 (a guess within a day)"},
        "07": {"published_how": "the page's line 'September 27, 2022 |' (removed from the text) and the URL's /2022/09/27/"},
        "08": {"published_how": "the corpus's date line 2022-09-28 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the Optus data breach and the hacker's ransom demand, September 2022", "main": True},
        {"id": AUSTRALIA, "label": "Australia's population (background)", "main": False},
        {"id": LAW, "label": "Australian penalties for hacking and for failing to protect data (background)", "main": False},
        {"id": EQUIFAX, "label": "a US credit agency's fine over a data breach, 2019 (background)", "main": False},
    ],
    "clusters": [
        # --- the breach ---
        {
            "event": E, "kind": "count", "role": "customers affected", "verdict": "conflict",
            "why": "Optus and the government: 9.8 million current and former customers ('almost 10 million', 'up to 10 million'); Akad News: 'more than 10 million' (and '10 million people'); the hacker's own claim: 11.2 million. Two sources' counts of the same customers that cannot both hold.",
            "mentions": [
                ("01", "11.2 million", 11_200_000, {"note": "the hacker's claim"}),
                ("02", "more than 10 million", 10_000_000),
                ("02", "10 million", 10_000_000, {"ctx": "data of 10 million"}),
                ("03", "9.8 million", 9_800_000),
                ("04", "9.8 million", 9_800_000),
                ("05", "9.8 million", 9_800_000),
                ("06", "almost 10 million", 10_000_000),
                ("07", "almost 10 million", 10_000_000),
                ("07", "up to 10 million", 10_000_000),
                ("08", "9.8 million", 9_800_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the ransom", "verdict": "compatible",
            "why": "US$1 million ('1,000,000$US', '$1 million USD'; the AP's '$1 million'), converted to AU$1.53 million / about AU$1.5 million (the Australian outlets' bare '$1.5 million').",
            "mentions": [
                ("01", "$1.5 million", 1.5 * M, {"note": AUD}),
                ("01", "$US1million", 1 * M, {"note": USD}),
                ("01", "AU$1.53million", 1.53 * M, {"note": AUD + "; the conversion of US$1 million"}),
                ("01", "1,000,000$US", 1 * M, {"note": USD}),
                ("02", "1 million US dollars", 1 * M, {"note": USD}),
                ("02", "about 1.5 million Australian dollars", 1.5 * M, {"note": AUD + "; the conversion"}),
                ("03", "$1 million", 1 * M, {"note": USD}),
                ("04", "$1.5million", 1.5 * M, {"ctx": "pay $1.5million in", "note": AUD}),
                ("04", "$1 million USD", 1 * M, {"note": USD}),
                ("04", "AUD$1.5 million", 1.5 * M, {"note": AUD}),
                ("04", "AUD$1.5million", 1.5 * M, {"note": AUD}),
                ("04", "USD$1 million", 1 * M, {"note": USD}),
                ("05", "$1 million", 1 * M, {"note": USD}),
                ("06", "$1.5 million", 1.5 * M, {"ctx": "pays a $1.5 million", "note": AUD}),
                ("06", "$1.5 million", 1.5 * M, {"ctx": "their $1.5 million", "note": AUD}),
                ("06", "$1.5 million", 1.5 * M, {"ctx": "amount of $1.5 million", "note": AUD}),
                ("07", "AUD$1.5 million", 1.5 * M, {"note": AUD}),
                ("08", "$1 million", 1 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "records released", "verdict": "compatible",
            "why": "10,000 records (customers) released on the dark web; 'more than 10,000' (Daily Mail), 'roughly 10,000' (OODA Loop).",
            "mentions": [
                ("03", "10,000", 10_000),
                ("04", "more than 10,000", 10_000, {"ctx": "releases more than 10,000"}),
                ("04", "more than 10,000", 10_000, {"ctx": "released more than 10,000"}),
                ("05", "roughly 10,000", 10_000),
                ("05", "10,000", 10_000, {"ctx": "only released 10,000"}),
                ("06", "10,000", 10_000, {"ctx": "records of 10,000"}),
                ("06", "10,000", 10_000, {"ctx": "details of 10,000"}),
                ("06", "10,000", 10_000, {"ctx": "released 10,000"}),
                ("07", "10,000", 10_000, {"ctx": "information of 10,000 Optus"}),
                ("07", "10,000", 10_000, {"ctx": "information of 10,000 individuals"}),
                ("07", "10,000", 10_000, {"ctx": "at Details of 10,000"}),
                ("07", "10,000", 10_000, {"ctx": "The details of 10,000"}),
                ("08", "10,000", 10_000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "records threatened each day", "verdict": "agree",
            "why": "10,000 more records each day until the ransom is paid (a look-alike of the 10,000 released).",
            "mentions": [
                ("04", "10,000", 10_000, {"ctx": "met 10,000 a day"}),
                ("04", "10,000", 10_000, {"ctx": "another 10,000"}),
                ("04", "10,000", 10_000, {"ctx": "four days 10,000"}),
                ("07", "10,000", 10_000, {"ctx": "details of 10,000 more"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the threatened daily releases", "verdict": "agree",
            "why": "For the next four days.",
            "mentions": [
                ("04", "four days", 4, {"ctx": "for next four days", "note": "days"}),
                ("04", "four days", 4, {"ctx": "the next four days", "note": "days"}),
                ("07", "four days", 4, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "time given to pay the ransom", "verdict": "conflict",
            "why": "The hacker's message of Saturday: 'We give you 1 week to decide' ('a week to respond'; Akad News 'a week'); the Daily Mail: 'four days to decide' ('in 4 days'). A week and four days for the same demand cannot both hold (a judgement call: the Daily Mail may have run the four days of releases into the deadline, which is what a reader would have to check).",
            "mentions": [
                ("01", "a week", 7, {"note": "days"}),
                ("01", "1 week", 7, {"note": "days"}),
                ("02", "a week", 7, {"note": "days"}),
                ("04", "4 days", 4, {"note": "days"}),
                ("04", "four days", 4, {"ctx": "had four days", "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "a customer's time with Optus", "verdict": "single-source",
            "why": "An Optus customer for 30 years.",
            "mentions": [("01", "30 years", 30, {"note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ransom demand posted", "verdict": "single-source",
            "why": "On an online forum on Saturday morning (24 September).",
            "mentions": [("01", "Saturday morning", "2022-09-24")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Optus disclosed the breach", "verdict": "single-source",
            "why": "Last Thursday (22 September).",
            "mentions": [("06", "last Thursday", "2022-09-22")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the federal police's investigation launched", "verdict": "agree",
            "why": "On Monday 26 September ('Yesterday' for the Daily Mail's page of that evening, Australian time).",
            "mentions": [
                ("04", "Yesterday", "2022-09-26"),
                ("05", "Monday", "2022-09-26"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the 10,000 records released", "verdict": "agree",
            "why": "The hackers released the records on Tuesday 27 September (Australian time); Jeremy Kirk tweeted the news on Tuesday.",
            "mentions": [
                ("06", "Tuesday", "2022-09-27", {"ctx": "on Tuesday released"}),
                ("07", "Tuesday", "2022-09-27"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:an expert's interview", "verdict": "single-source",
            "why": "Nigel Phair on Sunrise on Tuesday.",
            "mentions": [("06", "Tuesday", "2022-09-27", {"ctx": "Sunrise on Tuesday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the chief executive's statement", "verdict": "single-source",
            "why": "The chief executive said Tuesday.",
            "mentions": [("08", "Tuesday", "2022-09-27")],
        },
        # --- background ---
        {
            "event": AUSTRALIA, "kind": "count", "role": "population", "verdict": "single-source",
            "why": "Australia's population about 25 million.",
            "mentions": [("02", "about 25 million", 25_000_000)],
        },
        {
            "event": LAW, "kind": "duration", "role": "prison term a hacker risks", "verdict": "single-source",
            "why": "Up to 10 years in prison (a look-alike of the 10 million customers).",
            "mentions": [("02", "10 years", 10, {"note": "years"})],
        },
        {
            "event": LAW, "kind": "money", "role": "money:penalty for failing to protect data", "verdict": "single-source",
            "why": "Australian companies face penalties of just $2.2m.",
            "mentions": [("07", "$2.2m", 2.2 * M, {"note": AUD})],
        },
        {
            "event": EQUIFAX, "kind": "money", "role": "money:a US credit agency's fine", "verdict": "single-source",
            "why": "A US credit agency fined $US575m.",
            "mentions": [("07", "$US575m", 575 * M, {"note": USD})],
        },
        {
            "event": EQUIFAX, "kind": "date", "role": "date-of:the US fine", "verdict": "single-source",
            "why": "In 2019.",
            "mentions": [("07", "2019", "2019")],
        },
    ],
}
