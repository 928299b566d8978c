# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the prisoner exchange between Russia and the West at Ankara, 1 August 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; durations in years (note); ages in years (count, role age:...); dates as ISO
strings. Thursday = 1 August 2024.
"""

E = "e1"
GERSHKOVICH = "e2"
WHELAN = "e3"
GRINER = "e4"
SWAP2010 = "e5"
COLD_WAR = "e6"
DANILOFF = "e7"
KRIEGER = "e8"
NAVALNY = "e9"
THU = "2024-08-01"
SPEC = {
    "description": (
        "The prisoner exchange between Russia and Belarus on one side and the United States, Germany, Poland, Slovenia "
        "and Norway on the other, at Ankara's Esenboga airport on Thursday 1 August 2024, as nine outlets reported it "
        "that day and the next: 26 people (24 prisoners and two minors; 'at least two dozen', 'Dozens') from seven "
        "countries on seven planes (two from the United States); Russia and Belarus freed 16 (three US citizens, one "
        "green-card holder, five Germans, seven Russians), of whom 13 flew to Germany and three to the United States; "
        "the West freed eight, who flew to Russia with two minors (ten). One outlet dates the release 'on Tuesday "
        "afternoon' (conflict). Background whose figures are traps: Gershkovich's arrest in March 2023 ('last year'), "
        "his conviction in July and 16-year sentence, his age 32; Whelan's arrest in December 2018 against one outlet's "
        "'2020' (conflict), his 16-year sentence; the Griner-Bout swap of December 2022; the 2010 swap of 14 spies; the "
        "Cold War swaps of 1985 and 1986; Daniloff's arrest in 1986; Krieger's pardon on Tuesday; Navalny's death 'last "
        "February'."
    ),
    "documents": {
        "01": {"published_how": "the URL's /2024/08/01/ (Novaya Gazeta Europe)"},
        "02": {"published_how": "'date 2024-08-01' on the stored page (removed from the text) and the URL's /2024/08/01/"},
        "03": {"published_how": "inferred: no date on the stored page; '26 prisoners were freed on Thursday' reported as news: 1 August 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; the swap reported as news: taken as 2 August 2024 (a guess within a day)"},
        "05": {"published_how": "inferred: no date on the stored page; 'according to various reports on Thursday': 1 August 2024"},
        "06": {"published_how": "the dateline 'Ankara, August 2'"},
        "07": {"published_how": "inferred: a live-blog entry of the day of the swap ('freed today'): 1 August 2024"},
        "08": {"published_how": "inferred: a live-updates page written while the swap went on ('were swapping ... on Thursday'): 1 August 2024"},
        "09": {"published_how": "'date 2024-08-01' on the stored page (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the prisoner exchange between Russia and the West at Ankara, Thursday 1 August 2024", "main": True},
        {"id": GERSHKOVICH, "label": "Evan Gershkovich's arrest (March 2023), trial and conviction (July 2024) (background)", "main": False},
        {"id": WHELAN, "label": "Paul Whelan's arrest (December 2018) and conviction (background)", "main": False},
        {"id": GRINER, "label": "the Griner-Bout exchange of December 2022 (sibling)", "main": False},
        {"id": SWAP2010, "label": "the 2010 exchange of alleged spies (sibling)", "main": False},
        {"id": COLD_WAR, "label": "the Cold War exchanges of 1985 and 1986 (background)", "main": False},
        {"id": DANILOFF, "label": "Nicholas Daniloff's arrest in Russia, 1986 (background)", "main": False},
        {"id": KRIEGER, "label": "Lukashenko's pardon of Rico Krieger, Tuesday 30 July 2024 (background)", "main": False},
        {"id": NAVALNY, "label": "Alexei Navalny's death in prison, February 2024 (background)", "main": False},
    ],
    "clusters": [
        # --- the exchange: counts per side ---
        {
            "event": E, "kind": "count", "role": "people exchanged, the two minors included", "verdict": "compatible",
            "why": "26 people in all (the Turkish presidency and MIT: 'the exchange of 26 individuals', '26 prisoners'), which is 24 prisoners plus two minors; 'at least two dozen' and 'Dozens' are looser.",
            "mentions": [
                ("01", "26", 26),
                ("02", "Dozens", 24, {"low": 24, "high": None, "note": "written 'Dozens'"}),
                ("02", "26", 26),
                ("03", "26", 26),
                ("05", "26", 26, {"ctx": "exchange of 26"}),
                ("05", "26", 26, {"ctx": "involved 26"}),
                ("06", "26", 26),
                ("08", "at least two dozen", 24),
                ("09", "26", 26),
            ],
        },
        {
            "event": E, "kind": "count", "role": "prisoners exchanged, the two minors not counted", "verdict": "agree",
            "why": "24 prisoners 'and two minors' (the Times of Israel); Worldys News's 24 (16 + 8; its 'along with two minors, bringing the total ... to 24' leaves the minors out of its sum). A look-alike of the 26 people: pairing 24 with 26 compares two different counts.",
            "mentions": [
                ("04", "24", 24, {"ctx": "exchanged 24"}),
                ("04", "24", 24, {"ctx": "released to 24"}),
                ("07", "24", 24, {"ctx": "among 24 prisoners"}),
                ("07", "24", 24, {"ctx": "The 24 were"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people freed by Russia and Belarus", "verdict": "agree",
            "why": "Russia (and Belarus) released 16 people.",
            "mentions": [
                ("01", "16", 16, {"ctx": "release of 16 people"}),
                ("01", "16", 16, {"ctx": "releasing 16"}),
                ("04", "16", 16),
                ("06", "16", 16, {"ctx": "release of 16"}),
                ("06", "16", 16, {"ctx": "saw 16"}),
                ("07", "16", 16, {"ctx": "for 16 Westerners"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people transferred to Russia, the two minors included", "verdict": "agree",
            "why": "Ten went to Russia: eight prisoners freed by the West and two minors.",
            "mentions": [
                ("01", "10", 10),
                ("03", "10", 10),
                ("04", "ten", 10),
                ("05", "ten", 10),
                ("06", "10", 10, {"ctx": "and 10 from"}),
                ("06", "10", 10, {"ctx": "return, 10"}),
                ("06", "10", 10, {"ctx": "among the 10"}),
                ("07", "Ten", 10),
                ("09", "10", 10),
            ],
        },
        {
            "event": E, "kind": "count", "role": "prisoners freed by the West to Russia, the minors not counted", "verdict": "agree",
            "why": "The West freed eight prisoners (eight Russians detained in the West): a look-alike of the ten transferred to Russia.",
            "mentions": [
                ("04", "eight", 8),
                ("05", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "minors transferred to Russia", "verdict": "agree",
            "why": "Two minors (children) went to Russia with the eight.",
            "mentions": [
                ("03", "two", 2, {"ctx": "including two minors"}),
                ("04", "two", 2, {"ctx": "along with two minors"}),
                ("04", "two", 2, {"ctx": "including two minors"}),
                ("05", "two", 2, {"ctx": "including two minors"}),
                ("06", "two", 2, {"ctx": "two were minors"}),
                ("07", "two", 2, {"ctx": "24 prisoners and two minors"}),
                ("07", "two", 2, {"ctx": "including two minors"}),
                ("09", "two", 2, {"ctx": "including two children"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people freed by Russia who flew to Germany", "verdict": "agree",
            "why": "13 to Germany.",
            "mentions": [
                ("01", "13", 13),
                ("03", "13", 13),
                ("05", "13", 13),
                ("09", "13", 13),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people freed by Russia who flew to the United States", "verdict": "agree",
            "why": "Three to the United States.",
            "mentions": [
                ("01", "three", 3, {"ctx": "another three"}),
                ("03", "three", 3, {"ctx": "and three to"}),
                ("05", "three", 3, {"ctx": "and three to"}),
                ("09", "three", 3, {"ctx": "and three hostages"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "US citizens among those Russia freed", "verdict": "agree",
            "why": "Three American citizens (Gershkovich, Whelan, Kurmasheva).",
            "mentions": [
                ("01", "three", 3, {"ctx": "“three American"}),
                ("04", "three", 3, {"ctx": "16 people: three"}),
                ("06", "three", 3, {"ctx": "including three"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "US green-card holders among those Russia freed", "verdict": "agree",
            "why": "One green-card holder (Kara-Murza).",
            "mentions": [
                ("01", "one", 1, {"ctx": "and one American"}),
                ("04", "one", 1, {"ctx": "and one person"}),
                ("06", "one", 1, {"ctx": "one US green card"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Germans among those Russia freed", "verdict": "agree",
            "why": "Five Germans.",
            "mentions": [
                ("04", "five", 5),
                ("06", "five", 5),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Russians among those Russia freed", "verdict": "agree",
            "why": "Seven Russians (political dissidents).",
            "mentions": [
                ("04", "seven", 7, {"ctx": "and seven Russians"}),
                ("06", "seven", 7, {"ctx": "and seven Russian"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries whose prisons the people came from", "verdict": "agree",
            "why": "Seven countries (the United States, Germany, Poland, Slovenia, Norway, Russia, Belarus; Worldys News names six of them).",
            "mentions": [
                ("01", "seven", 7, {"ctx": "from seven countries"}),
                ("02", "seven", 7),
                ("04", "seven", 7, {"ctx": "from seven countries"}),
                ("05", "seven", 7),
                ("08", "seven", 7, {"ctx": "of seven countries"}),
                ("09", "seven", 7, {"ctx": "of seven different"}),
                ("09", "seven", 7, {"ctx": "between seven countries"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "aircraft that brought the people to Turkey", "verdict": "agree",
            "why": "Seven aircraft / planes.",
            "mentions": [
                ("08", "seven", 7, {"ctx": "by seven planes"}),
                ("09", "seven", 7, {"ctx": "total of seven aircraft"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "aircraft from the United States", "verdict": "agree",
            "why": "Two of the planes came from the United States.",
            "mentions": [
                ("08", "two", 2, {"ctx": "two from the United States"}),
                ("09", "two", 2, {"ctx": "including two from"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "aircraft from each of the other countries", "verdict": "agree",
            "why": "One each from Germany, Poland, Slovenia, Norway and Russia.",
            "mentions": [
                ("08", "one", 1, {"ctx": "and one each"}),
                ("09", "one", 1, {"ctx": "and one each"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the exchange", "verdict": "conflict",
            "why": "The exchange took place on Thursday 1 August 2024 ('today' in the Times of Israel's live blog); the Express Tribune: the US citizens 'were released at Ankara airport on Tuesday afternoon'. The days cannot both hold.",
            "mentions": [
                ("01", "Thursday", THU, {"ctx": "Turkey on Thursday"}),
                ("03", "Thursday", THU, {"ctx": "freed on Thursday"}),
                ("03", "Thursday", THU, {"ctx": "Thursday’s swap"}),
                ("05", "Tuesday", "2024-07-30", {"note": "written 'on Tuesday afternoon'; the swap was on Thursday"}),
                ("07", "today", THU),
                ("08", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Turkish announcement", "verdict": "agree",
            "why": "The Turkish government / MIT announced the exchange on Thursday.",
            "mentions": [
                ("02", "Thursday", THU),
                ("09", "Thursday", THU),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the White House statement", "verdict": "single-source",
            "why": "Biden's statement on Thursday.",
            "mentions": [("01", "Thursday", THU, {"ctx": "House on Thursday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the first reports", "verdict": "single-source",
            "why": "'according to various reports on Thursday'.",
            "mentions": [("05", "Thursday", THU, {"ctx": "reports on Thursday"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Evan Gershkovich", "verdict": "agree",
            "why": "Gershkovich is 32.",
            "mentions": [
                ("02", "32", 32, {"note": "years"}),
                ("07", "32", 32, {"note": "years"}),
                ("09", "32", 32, {"note": "years"}),
            ],
        },
        # --- background ---
        {
            "event": GERSHKOVICH, "kind": "duration", "role": "Gershkovich's prison sentence", "verdict": "agree",
            "why": "16 years (a maximum- / high-security prison).",
            "mentions": [
                ("02", "16 years", 16, {"note": "years"}),
                ("03", "16 years", 16, {"note": "years"}),
                ("06", "16 years", 16, {"note": "years"}),
                ("07", "16 years", 16, {"note": "years"}),
            ],
        },
        {
            "event": GERSHKOVICH, "kind": "date", "role": "date-of:Gershkovich's arrest", "verdict": "compatible",
            "why": "Arrested / detained in March 2023; 'last year' (written in 2024).",
            "mentions": [
                ("03", "March 2023", "2023-03"),
                ("06", "last year", "2023", {"ctx": "since last year"}),
                ("06", "last year", "2023", {"ctx": "arrest last year"}),
                ("07", "March 2023", "2023-03"),
                ("09", "March 2023", "2023-03"),
            ],
        },
        {
            "event": GERSHKOVICH, "kind": "date", "role": "date-of:Gershkovich's conviction", "verdict": "agree",
            "why": "Convicted / jailed in July 2024.",
            "mentions": [
                ("07", "July", "2024-07"),
                ("09", "July", "2024-07"),
            ],
        },
        {
            "event": WHELAN, "kind": "date", "role": "date-of:Whelan's arrest", "verdict": "conflict",
            "why": "Whelan was arrested in December 2018 (The National; '2018' for two others); Voice7 News: 'Whelan's detention in 2020'. The years cannot both hold.",
            "mentions": [
                ("02", "December 2018", "2018-12"),
                ("03", "2018", "2018"),
                ("05", "2018", "2018"),
                ("06", "2020", "2020"),
            ],
        },
        {
            "event": WHELAN, "kind": "duration", "role": "Whelan's prison sentence", "verdict": "single-source",
            "why": "A 16-year sentence (a look-alike of Gershkovich's 16 years, a different man's sentence).",
            "mentions": [("03", "16-year", 16, {"note": "years"})],
        },
        {
            "event": WHELAN, "kind": "duration", "role": "duration-of:Whelan's imprisonment", "verdict": "single-source",
            "why": "Jailed for more than five years.",
            "mentions": [("08", "more than five years", 5, {"note": "years"})],
        },
        {
            "event": GRINER, "kind": "date", "role": "date-of:the Griner-Bout exchange", "verdict": "compatible",
            "why": "December 2022 (the Times of Israel); 2022 (The National).",
            "mentions": [
                ("02", "2022", "2022"),
                ("07", "December 2022", "2022-12"),
            ],
        },
        {
            "event": SWAP2010, "kind": "date", "role": "date-of:the 2010 exchange", "verdict": "single-source",
            "why": "2010.",
            "mentions": [("07", "2010", "2010")],
        },
        {
            "event": SWAP2010, "kind": "count", "role": "alleged spies exchanged in 2010", "verdict": "single-source",
            "why": "14 alleged spies (a look-alike of the 13 to Germany and the 16 freed).",
            "mentions": [("07", "14", 14)],
        },
        {
            "event": COLD_WAR, "kind": "count", "role": "people in major Cold War swaps", "verdict": "single-source",
            "why": "More than a dozen people (a look-alike of the two dozen).",
            "mentions": [("07", "more than a dozen", 12)],
        },
        {
            "event": COLD_WAR, "kind": "date", "role": "date-of:the Cold War exchanges", "verdict": "single-source",
            "why": "Exchanges in 1985 and 1986 (a look-alike of Daniloff's 1986).",
            "mentions": [
                ("07", "1985", "1985"),
                ("07", "1986", "1986"),
            ],
        },
        {
            "event": DANILOFF, "kind": "date", "role": "date-of:Daniloff's arrest", "verdict": "single-source",
            "why": "Nicholas Daniloff, 1986.",
            "mentions": [("02", "1986", "1986")],
        },
        {
            "event": KRIEGER, "kind": "date", "role": "date-of:Krieger's pardon", "verdict": "single-source",
            "why": "Pardoned by Lukashenko on Tuesday (30 July): a look-alike of the Tribune's 'Tuesday' for the release.",
            "mentions": [("03", "Tuesday", "2024-07-30")],
        },
        {
            "event": NAVALNY, "kind": "date", "role": "date-of:Navalny's death", "verdict": "single-source",
            "why": "'last February' (February 2024).",
            "mentions": [("04", "last February", "2024-02")],
        },
    ],
}
