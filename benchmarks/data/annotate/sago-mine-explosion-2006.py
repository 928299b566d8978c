# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Sago Mine explosion, West Virginia, 2 January 2006 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Monday = 2 January 2006 (the explosion early in the morning; the rescue teams entered at 5:51 p.m.;
Eastern time -05:00), Tuesday = 3 January (the false report of twelve alive at about 11:50 p.m.), Wednesday = 4 January
(its correction, the bodies brought out). Depths and distances in metres (feet at 0.3048, miles at 1,609.344 m), durations
in hours or minutes, ages in years (said in the note).
Left out: 'No. 2 coal-producing state', 'the 13th miner' (ordinals), 'one team', 'one of those 13', 'one headlamp' (determiners),
'Several tried to return', 'many', 'this morning', 'overnight', 'earlier this month' (vague or relative), 'the modal may'.
"""

E = "e1"
PAST = "e2"
QUECREEK = "e3"
MON = "2006-01-02"
TUE = "2006-01-03"
WED = "2006-01-04"
FT = 0.3048
MILE = 1609.344


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The explosion at the Sago Mine, Upshur County, West Virginia, early on Monday 2 January 2006 (`agree`), that "
        "trapped 13 miners (`agree`), as six outlets reported it from 2 January to 28 June 2006: the miners about 260 feet "
        "underground (`agree`) and more than two miles / about 10,000 feet / nearly two miles / about two miles / 13,000 "
        "feet into the mine (`conflict`); eight rescue teams (`agree`) entering at 5:51 p.m. / just before 6 p.m. "
        "(`compatible`), more than 11 / almost 12 hours after the blast (`compatible`); the first team's progress about "
        "1,500 feet by 8:30 p.m. -> about 4,800 feet in four hours (`updated`); twelve reported found alive about 11:50 "
        "p.m. Tuesday (`agree`), corrected nearly 3 / three hours later (`compatible`) to one survivor, Randal McCloy, 27 "
        "(`agree`); 12 dead; the last body out at 10:26 a.m. Wednesday; McCloy more than 40 hours in poisoned air, "
        "interviewed June 19 (a 96-page transcript). Background: CNN's list of earlier mine disasters (2001, 13; 1992, "
        "eight; 1989, 10; 1986, five; 1984, 27) and the Quecreek rescue of 2002 (nine men, 78 hours)."
    ),
    "documents": {
        "01": {"published_how": "the URL (2006/01/02) and the report of 'Monday night' (the archive's capture is of 4 January)"},
        "02": {"published_how": "the page's date line 'January 3, 2006' (removed with the byline) and the URL"},
        "03": {"published_how": "the URL (2006/jan/03)"},
        "04": {"published_how": "the transcript's air line 'Aired January 4, 2006 - 06:00 ET' (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; the last body out 'Wednesday' and the company's press conference of Wednesday afternoon: 5 January 2006, a guess within a day"},
        "06": {"published_how": "the URL (2006/06/28)"},
    },
    "events": [
        {"id": E, "label": "explosion at the Sago Mine, West Virginia, 2 January 2006", "main": True},
        {"id": PAST, "label": "earlier US mine disasters, 1984-2001, in CNN's list (background)", "main": False},
        {"id": QUECREEK, "label": "the Quecreek mine rescue, Pennsylvania, 2002 (background)", "main": False},
    ],
    "clusters": [
        # --- the miners ---
        {
            "event": E, "kind": "count", "role": "miners trapped by the explosion", "verdict": "agree",
            "why": "Thirteen miners trapped ('trapped 13 miners'; 'one of those 13 miners'; 'we were hoping for 13').",
            "mentions": [
                ("01", "Thirteen", 13),
                ("01", "13", 13, {"ctx": "trapped 13"}),
                ("02", "13", 13, {"ctx": "Traps 13"}),
                ("02", "13", 13, {"ctx": "trapped 13"}),
                ("03", "13", 13),
                ("04", "13", 13, {"ctx": "one of those 13"}),
                ("04", "13", 13, {"ctx": "hoping for 13"}),
                ("04", "13", 13, {"ctx": "12 of those 13"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "miners found alive", "verdict": "updated",
            "why": "About 11:50 p.m. Tuesday the word spread that twelve had been found alive ('first news was reported that 12 were alive'; 'perhaps a dozen of them had survived'); about three hours later it was corrected: one survivor, Randal McCloy ('one person clinging to life', 'We have one miracle', 'there was only one survivor'). A count revised, the texts saying which came first.",
            "mentions": [
                ("04", "a dozen", 12, {"as_of": TUE, "note": "the false report"}),
                ("04", "12", 12, {"ctx": "reported that 12 were alive", "as_of": TUE, "note": "the false report"}),
                ("05", "twelve", 12, {"as_of": TUE, "note": "the false report"}),
                ("05", "12", 12, {"ctx": "remaining 12 miners", "as_of": TUE, "note": "the false report"}),
                ("05", "12", 12, {"ctx": "found 12 survivors", "as_of": TUE, "note": "the false report"}),
                ("04", "one", 1, {"ctx": "Sago, West Virginia, one person", "as_of": WED}),
                ("04", "one", 1, {"ctx": "We have one miracle", "as_of": WED}),
                ("04", "1", 1, {"ctx": "clinging to 1 miracle", "as_of": WED}),
                ("04", "One", 1, {"ctx": "One of them still alive", "as_of": WED}),
                ("04", "one", 1, {"ctx": "report and one person", "as_of": WED}),
                ("05", "only one", 1, {"as_of": WED}),
            ],
        },
        one(E, "count", "miners killed", "'which has led to the deaths of 12 of those 13 miners'.", "04", "12", 12, {"ctx": "deaths of 12"}),
        one(E, "count", "miners who survived the explosion itself", "'He among the 12 men who survived the initial explosion having barricaded themselves'.", "04", "12", 12, {"ctx": "among the 12 men"}),
        # --- where they were ---
        {
            "event": E, "kind": "measure", "role": "depth of the trapped miners below the surface", "verdict": "agree",
            "why": "'about 260 feet underground' / '260 feet below ground' / 'about 260 feet under the ground' / 'about 260ft under the surface'.",
            "mentions": [
                ("01", "about 260 feet", round(260 * FT, 1), {"note": "metres; 260 feet"}),
                ("02", "about 260 feet", round(260 * FT, 1), {"note": "metres; 260 feet"}),
                ("03", "260 feet", round(260 * FT, 1), {"ctx": "13 miners 260 feet", "note": "metres; 260 feet"}),
                ("03", "about 260 feet", round(260 * FT, 1), {"note": "metres; 260 feet"}),
                ("05", "about 260ft", round(260 * FT, 1), {"note": "metres; 260 feet"}),
            ],
        },
        one(E, "measure", "depth of the hole to be drilled to the miners", "'A sensitive microphone also was to be lowered down the 260-foot hole'.", "02", "260-foot", round(260 * FT, 1), {"note": "metres; 260 feet"}),
        {
            "event": E, "kind": "measure", "role": "distance of the trapped miners from the mine's entrance", "verdict": "conflict",
            "why": "'more than two miles from mine's entrance' and 'about 10,000 feet from the Sago Mine's entrance' (1.9 miles) in one CNN report, 'nearly two miles down a horizontal tunnel' (the Post), 'about two miles inside the mine' (AP), 'Their bodies were found ... 13,000ft into the mine' (about 2.5 miles): more than two miles and nearly two miles, 10,000 and 13,000 feet, cannot all hold.",
            "mentions": [
                ("01", "more than two miles", round(2 * MILE, 1), {"note": "metres; two miles"}),
                ("01", "two-mile", round(2 * MILE, 1), {"note": "metres; 'a two-mile path'"}),
                ("01", "about 10,000 feet", round(10000 * FT, 1), {"note": "metres; 10,000 feet"}),
                ("02", "nearly two miles", round(2 * MILE, 1), {"note": "metres; two miles"}),
                ("03", "about two miles", round(2 * MILE, 1), {"note": "metres; two miles"}),
                ("05", "13,000ft", round(13000 * FT, 1), {"note": "metres; 13,000 feet"}),
            ],
        },
        one(E, "measure", "depth reached by the co-workers who tried to return", "'reached the 9,000-foot level before determining that it was unsafe'.", "02", "9,000-foot", round(9000 * FT, 1), {"note": "metres; 9,000 feet"}),
        one(E, "count", "co-workers who tried to reach the trapped miners", "'Four co-workers tried to reach them but stopped because of contaminated air'.", "03", "Four", 4),
        one(E, "measure", "height of the tunnel", "'into the 5 1/2-foot-tall tunnel'.", "02", "5 1/2-foot", round(5.5 * FT, 2), {"note": "metres; 5 1/2 feet"}),
        one(E, "measure", "distance of the mine from Charleston", "'about 100 miles northeast of Charleston'.", "02", "about 100 miles", round(100 * MILE), {"note": "metres; 100 miles"}),
        # --- the rescue teams ---
        {
            "event": E, "kind": "count", "role": "rescue teams at the mine", "verdict": "agree",
            "why": "'Eight teams of eight rescuers each' / 'The first of eight search-and-rescue teams'.",
            "mentions": [
                ("02", "Eight", 8),
                ("03", "eight", 8, {"ctx": "first of eight"}),
            ],
        },
        one(E, "count", "rescuers in each team", "'Eight teams of eight rescuers each'.", "02", "eight", 8, {"ctx": "of eight rescuers"}),
        one(E, "count", "states the rescue teams came from", "'from three states and the federal government'.", "02", "three", 3),
        one(E, "count", "rescue teams in the mine on Monday night", "'Two rescue teams slowly navigated a two-mile path Monday night'.", "01", "Two", 2),
        {
            "event": E, "kind": "date", "role": "time-of:the first rescue team's entry", "verdict": "compatible",
            "why": "'at 5:51 p.m. ... the first rescue team entered on foot' / 'since entering the mine just before 6 p.m. ET'.",
            "mentions": [
                ("01", "just before 6 p.m.", "2006-01-02T18:00-05:00", {"note": "ET; 'just before': an upper bound"}),
                ("02", "5:51 p.m.", "2006-01-02T17:51-05:00", {"note": "Eastern time, from the context"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the wait before the rescuers went in", "verdict": "compatible",
            "why": "'more than 11 hours after the explosion' (the Post, AP) / 'after waiting almost 12 agonizing hours' (AP): bounds that meet.",
            "mentions": [
                ("02", "more than 11 hours", 11, {"note": "hours"}),
                ("03", "almost 12", 12, {"note": "hours; 'almost 12 agonizing hours'"}),
                ("03", "more than 11 hours", 11, {"note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance advanced by the first rescue team", "verdict": "updated",
            "why": "'by 8:30 p.m., they had penetrated an estimated 1,500 feet' -> 'one team had advanced about 4,800 feet in the four hours since entering' (the late-night news conference): the team's progress, later and further.",
            "mentions": [
                ("02", "an estimated 1,500 feet", round(1500 * FT, 1), {"as_of": MON, "note": "metres; by 8:30 p.m."}),
                ("01", "about 4,800 feet", round(4800 * FT, 1), {"as_of": MON, "note": "metres; by about 10 p.m."}),
            ],
        },
        one(E, "duration", "duration-of:the first team's advance", "'in the four hours since entering the mine'.", "01", "four hours", 4, {"note": "hours"}),
        one(E, "duration", "duration-of:the gap before the second team entered", "'Another team entered the mine about 30 minutes later'.", "01", "about 30 minutes", 30, {"note": "minutes"}),
        one(E, "date", "time-of:the first team's progress of 1,500 feet", "'by 8:30 p.m., they had penetrated an estimated 1,500 feet'.", "02", "8:30 p.m.", "2006-01-02T20:30-05:00"),
        one(E, "date", "time-of:the preparations to drill", "'At 9 p.m., officials prepared to drill straight down'.", "02", "9 p.m.", "2006-01-02T21:00-05:00"),
        one(E, "duration", "duration-of:the drilling to the miners", "'to drill straight down over four to six hours'.", "02", "four to six hours", 5, {"note": "hours; 'four to six'", "low": 4, "high": 6}),
        one(E, "duration", "duration-of:the miners' air-purifying equipment", "'which could give them clean air for up to seven hours'.", "03", "up to seven hours", 7, {"note": "hours"}),
        one(E, "count", "family members and friends at the church", "'more than 250 family members and friends gathered'.", "01", "more than 250", 250),
        # --- elapsed times ---
        one(E, "duration", "duration-of:the silence since the explosion, late Monday", "'had not heard from the trapped miners since the explosion 16 hours earlier' (late Monday).", "03", "16 hours", 16, {"note": "hours"}),
        one(E, "duration", "duration-of:the time since the explosion, Wednesday morning", "'now 48 hours since that tremendous underground explosion'.", "04", "48 hours", 48, {"note": "hours"}),
        {
            "event": E, "kind": "duration", "role": "duration-of:the false hope before the correction", "verdict": "compatible",
            "why": "'And then three hours later, the news came out that that was a horribly wrong report' / 'The gathered crowd rejoiced for nearly 3 hours'.",
            "mentions": [
                ("04", "three hours", 3, {"note": "hours"}),
                ("05", "nearly 3 hours", 3, {"note": "hours"}),
            ],
        },
        one(E, "date", "time-of:the false report of twelve alive", "'after news spread about 11:50pm Tuesday evening that the twelve miners had been found alive'.", "05", "11:50pm Tuesday", "2006-01-03T23:50-05:00"),
        one(E, "date", "time-of:the last body brought out", "'The last deceased miner was taken from the portal at about 10:26am local time Wednesday'.", "05", "10:26am local time Wednesday", "2006-01-04T10:26-05:00"),
        one(E, "duration", "duration-of:McCloy's time in poisoned air", "'McCloy, who survived more than 40 hours in poisoned air'.", "06", "more than 40 hours", 40, {"note": "hours"}),
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the explosion", "verdict": "agree",
            "why": "'An early-morning explosion at a coal mine Monday' / 'trapped 13 miners 260 feet below ground Monday' / 'after the Jan. 2 blast'.",
            "mentions": [
                ("02", "Monday", MON),
                ("03", "Monday", MON, {"ctx": "below ground Monday"}),
                ("06", "Jan. 2", MON),
            ],
        },
        one(E, "date", "date-of:the rescue teams' progress at night", "'Two rescue teams slowly navigated a two-mile path Monday night'.", "01", "Monday", MON),
        one(E, "date", "date-of:the mine owner's statement of 16 hours' silence", "'said late Monday that mine officials had not heard from the trapped miners'.", "03", "Monday", MON, {"ctx": "late Monday"}),
        one(E, "date", "date-of:the recovery of the 13th miner's body", "'The body of the 13th miner, believed to be Terry Helms, 50, was recovered Monday evening' (as written; the teams had entered at 5:51 p.m. Monday and were far from the miners that evening).", "05", "Monday", MON),
        one(E, "date", "date-of:the International Coal Group's takeover of the mine", "'which took control of the mine in November after a merger' (2005).", "02", "November", "2005-11"),
        # --- people ---
        {
            "event": E, "kind": "count", "role": "age of Randal McCloy", "verdict": "agree",
            "why": "'Randal McCloy, 27 years old' / '27-year-old Randal McCloy'.",
            "mentions": [
                ("04", "27", 27, {"note": "years"}),
                ("05", "27-year-old", 27, {"note": "years"}),
            ],
        },
        one(E, "duration", "duration-of:McCloy's years in the mines", "'three years in the mines'.", "04", "three years", 3, {"note": "years"}),
        {
            "event": E, "kind": "count", "role": "age of Terry Helms", "verdict": "agree",
            "why": "'his 50-year-old brother, Terry' / 'Terry Helms, 50'.",
            "mentions": [
                ("01", "50-year-old", 50, {"note": "years"}),
                ("05", "50", 50, {"ctx": "Helms, 50", "note": "years"}),
            ],
        },
        one(E, "count", "age of Alva Martin Barrett", "'Alva Martin Barrett, 50'.", "05", "50", 50, {"ctx": "Barrett, 50", "note": "years"}),
        one(E, "count", "age of Jim Bennett", "'Jim Bennett, 61'.", "05", "61", 61, {"note": "years"}),
        one(E, "count", "age of Jerry Groves", "'Jerry Groves, 57'.", "05", "57", 57, {"note": "years"}),
        one(E, "count", "age of David Lewis", "'David Lewis, 28'.", "05", "28", 28, {"note": "years"}),
        one(E, "count", "age of Martin Toler", "'Martin Toler, 50'.", "05", "50", 50, {"ctx": "Toler, 50", "note": "years"}),
        one(E, "count", "age of Fred Ware Jr", "'Fred Ware Jr, 59'.", "05", "59", 59, {"note": "years"}),
        # --- McCloy's testimony ---
        one(E, "count", "pages of the transcript of McCloy's interview", "'In a 96-page transcript'.", "06", "96-page", 96),
        one(E, "date", "date-of:McCloy's interview with investigators", "'his June 19 interview'.", "06", "June 19", "2006-06-19"),
        one(E, "duration", "duration-of:McCloy's testimony", "'McCloy's two-hour testimony'.", "06", "two-hour", 2, {"note": "hours"}),
        one(E, "date", "date-of:the release of the transcript", "'released the transcript ... on Wednesday' (28 June 2006).", "06", "Wednesday", "2006-06-28"),
        one(E, "date", "date-of:the public hearing", "'At a public hearing in May'.", "06", "May", "2006-05"),
        # --- earlier disasters ---
        one(PAST, "date", "date-of:the Jim Walter Resources mine explosions, Brookwood", "'2001: Explosions at a Jim Walter Resources Inc. mine'.", "01", "2001", "2001"),
        one(PAST, "count", "people killed at Brookwood, 2001", "'kill 13 people'.", "01", "13", 13, {"ctx": "kill 13 people"}),
        one(PAST, "date", "date-of:the Southmountain Coal blast, Norton", "'1992: A blast at a Southmountain Coal Co. mine'.", "01", "1992", "1992"),
        one(PAST, "count", "people killed at Norton, 1992", "'kills eight'.", "01", "eight", 8),
        one(PAST, "date", "date-of:the Pyro Mining explosion, Wheatcroft", "'1989: An explosion at a Pyro Mining Co. mine'.", "01", "1989", "1989"),
        one(PAST, "count", "people killed at Wheatcroft, 1989", "'kills 10'.", "01", "10", 10, {"ctx": "kills 10"}),
        one(PAST, "date", "date-of:the coal pile collapse, Fairview", "'1986: A coal pile collapses'.", "01", "1986", "1986"),
        one(PAST, "count", "people killed at Fairview, 1986", "'killing five'.", "01", "five", 5),
        one(PAST, "date", "date-of:the Emery Mining fire, Orangeville", "'1984: A fire at Emery Mining Corp.'s mine'.", "01", "1984", "1984"),
        one(PAST, "count", "people killed at Orangeville, 1984", "'kills 27'.", "01", "27", 27),
        # --- Quecreek ---
        {
            "event": QUECREEK, "kind": "count", "role": "miners saved at Quecreek", "verdict": "single-source",
            "why": "'The machine that helped save nine men at Pennsylvania's Quecreek mine' / 'Though all nine men survived Quecreek' (one text).",
            "mentions": [
                ("06", "nine", 9, {"ctx": "save nine men"}),
                ("06", "nine", 9, {"ctx": "all nine men"}),
            ],
        },
        one(QUECREEK, "duration", "duration-of:the Quecreek entrapment", "'after a 78-hour entrapment in 2002'.", "06", "78-hour", 78, {"note": "hours"}),
        one(QUECREEK, "date", "date-of:the Quecreek entrapment", "'a 78-hour entrapment in 2002'.", "06", "2002", "2002"),
    ],
}
