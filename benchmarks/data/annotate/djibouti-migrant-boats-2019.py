# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the two migrant boats capsized off Djibouti, 29 January 2019 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday = 29 January 2019 (the boats capsized in the morning; the IOM's first statement),
Wednesday = 30 January (the IOM's and the coast guard's later tolls), Monday = 28 January (the Dutch government's
statement on the Sea-Watch 3). Durations in minutes or days (said in the note); lengths in metres.
Left out: 'a day after', 'this morning', 'this afternoon', 'last year', 'in recent years' (relative), 'scores',
'thousands of people', 'hundreds of people' (vague), 'one survivor telling' and 'one wreck' (determiners), 'A few
minutes after departure' (vague), 'the first boat' / 'the second boat' (ordinals), 'Sea-Watch 3' (a name).
"""

E = "e1"
MED = "e2"
MMP = "e3"
SEAWATCH = "e4"
TUE = "2019-01-29"
WED = "2019-01-30"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "Two migrant boats bound for Yemen capsized off Godoria, Obock region, Djibouti, about 30 minutes after leaving on "
        "the morning of Tuesday 29 January 2019, as six outlets reported it from 29 to 31 January: the dead five (Tuesday) "
        "-> 28 (the IOM on Wednesday: 23 bodies that morning and five the day before) against the same statement's '30 "
        "bodies' in another report (`conflict`), then 43, past 50, 52 bodies found by the coast guard; missing more than / "
        "at least / approximately 130 (`compatible`); survivors two -> sixteen (`updated`); 130 on the first boat "
        "(`agree`, a look-alike of the 130 missing), a survivor's 85; two boats, two patrol boats, three women and two men, "
        "over 500 migrants at the IOM centre (`agree`); the wreck on Tuesday, 29 January (`agree`). Background: the "
        "Mediterranean in 2018 (2,275 dead or missing, six a day, 139,300 arrivals); the Missing Migrants Project's "
        "earlier wrecks off Obock (three 'major shipwrecks' but four listed: 17, 30, 10, 14, 71 in all; 199 drownings "
        "since 2014). Sibling: the Sea-Watch 3's 47 migrants refused by the Dutch government on Monday."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2019-01-29 and the page's 'Published on 29 Jan 2019' (removed from the text)"},
        "02": {"published_how": "the URL (2019/1/29)"},
        "03": {"published_how": "inferred: the toll 'rose to 28 on Wednesday' (30 January 2019); the page's date line 'January 29, 2019' (removed with the photo caption) is a day early"},
        "04": {"published_how": "inferred: no date on the stored page; 'the IOM said on Wednesday that 30 bodies had been found' (30 January 2019), a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; 'before yesterday’s tragedy' (Tuesday 29 January): 30 January 2019"},
        "06": {"published_how": "the corpus's date line 2019-01-31 (removed from the text) and the URL (2019/01/31)"},
    },
    "events": [
        {"id": E, "label": "two migrant boats capsized off Godoria, Djibouti, 29 January 2019", "main": True},
        {"id": MED, "label": "deaths and arrivals on the Mediterranean routes in 2018 (background)", "main": False},
        {"id": MMP, "label": "earlier shipwrecks off Obock, 2014-2016, in the Missing Migrants Project's records (background)", "main": False},
        {"id": SEAWATCH, "label": "the Sea-Watch 3 and its 47 migrants refused a port, January 2019 (sibling)", "main": False},
    ],
    "clusters": [
        # --- the dead, the missing, the survivors ---
        {
            "event": E, "kind": "count", "role": "migrants dead", "verdict": "conflict",
            "why": "A toll that rose as bodies were found: five on Tuesday (three women and two men), 28 on Wednesday in the IOM's statement to AFP ('Twenty-three bodies were recovered this morning' plus the five of the day before), against the Guardian text's 'the IOM said on Wednesday that 30 bodies had been found' quoting the same statement: two counts of one statement that cannot both hold. Later that Wednesday: 43 (CGTN), 'past 50' (the IOM) and 52 bodies found (the coast guard).",
            "mentions": [
                ("01", "five", 5, {"as_of": TUE}),
                ("02", "Five", 5, {"as_of": TUE}),
                ("02", "At least five", 5, {"as_of": TUE}),
                ("03", "28", 28, {"ctx": "up to 28", "as_of": WED}),
                ("03", "28", 28, {"ctx": "rose to 28", "as_of": WED}),
                ("03", "five", 5, {"as_of": TUE, "note": "'a day after five people were found dead'"}),
                ("04", "30", 30, {"ctx": "that 30 bodies", "as_of": WED, "note": "'30 bodies had been found'"}),
                ("04", "five", 5, {"ctx": "after five people", "as_of": TUE, "note": "'a day after five people were found dead'"}),
                ("05", "43", 43, {"ctx": "rises to 43", "as_of": WED}),
                ("05", "43", 43, {"ctx": "risen to 43", "as_of": WED}),
                ("06", "past 50", 50, {"as_of": WED, "low": 50}),
                ("06", "52", 52, {"as_of": WED, "note": "the coast guard's count of bodies found"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "bodies recovered on Wednesday morning", "verdict": "agree",
            "why": "'Twenty-three bodies were recovered this morning' (the IOM's chief of mission, Wednesday).",
            "mentions": [
                ("03", "Twenty-three", 23),
                ("04", "Twenty-three", 23),
            ],
        },
        one(E, "count", "deaths from the wreck (the Missing Migrants Project's estimate)", "'which MMP estimates has resulted in at least 128 new deaths' (the dead and the missing presumed dead: another measure than the bodies found).", "05", "at least 128", 128),
        {
            "event": E, "kind": "count", "role": "migrants missing", "verdict": "compatible",
            "why": "'More than 130' (the IOM, Tuesday, and TRT's 'initial reports'), Al Jazeera's title '130 missing', the Guardian text's 'At least 130' and title '130 feared dead', Africanews's 'approximately 130' (Wednesday): one estimate, written with bounds that meet.",
            "mentions": [
                ("01", "More than 130", 130, {"ctx": "More than 130 Migrants"}),
                ("01", "More than 130", 130, {"ctx": "More than 130 migrants"}),
                ("02", "130", 130, {"ctx": "dead, 130 missing"}),
                ("02", "more than 130", 130),
                ("03", "More than 130", 130),
                ("04", "130", 130, {"ctx": "130 feared dead", "note": "'feared dead': the missing"}),
                ("04", "At least 130", 130),
                ("06", "approximately 130", 130),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors", "verdict": "updated",
            "why": "'two survivors' found by the gendarmerie on Tuesday (the IOM's statement, quoted by Al Jazeera and the Guardian text), 'Sixteen people are said to have been rescued' (CGTN, Wednesday): a count that rose.",
            "mentions": [
                ("01", "two", 2, {"ctx": "discovered two survivors", "as_of": TUE}),
                ("02", "two", 2, {"ctx": "discovered two survivors", "as_of": TUE}),
                ("04", "two", 2, {"ctx": "after two survivors", "as_of": TUE}),
                ("05", "Sixteen", 16, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "survivors found by IOM staff", "verdict": "agree",
            "why": "'IOM staff found one: an 18-year old male'; Al Jazeera: 'At least one person has been saved'.",
            "mentions": [
                ("01", "one", 1, {"ctx": "found one"}),
                ("02", "At least one", 1),
            ],
        },
        {
            "event": E, "kind": "count", "role": "women among the bodies found on Tuesday", "verdict": "agree",
            "why": "'the remains of three women and two men' (the IOM's statement).",
            "mentions": [
                ("01", "three", 3),
                ("02", "three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "men among the bodies found on Tuesday", "verdict": "agree",
            "why": "'the remains of three women and two men'.",
            "mentions": [
                ("01", "two", 2, {"ctx": "and two men"}),
                ("02", "two", 2, {"ctx": "and two men"}),
            ],
        },
        # --- the boats ---
        {
            "event": E, "kind": "count", "role": "boats capsized", "verdict": "agree",
            "why": "Two boats (vessels, shipwrecks) capsized.",
            "mentions": [
                ("01", "Two", 2, {"ctx": "Following Two Shipwrecks"}),
                ("01", "two", 2, {"ctx": "after two boats"}),
                ("02", "two", 2, {"ctx": "after two boats"}),
                ("03", "two", 2, {"ctx": "says two boats"}),
                ("03", "two", 2, {"ctx": "sinking of two migrant"}),
                ("04", "two", 2, {"ctx": "after two migrant boats overturn"}),
                ("04", "two", 2, {"ctx": "after two migrant boats capsized"}),
                ("04", "two", 2, {"ctx": "into two overfilled"}),
                ("05", "two", 2, {"ctx": "sinking of two migrant"}),
                ("05", "two", 2, {"ctx": "two vessels"}),
                ("06", "two", 2),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people on the first boat", "verdict": "agree",
            "why": "The 18-year-old survivor 'boarded the first boat with 130 people on board' (a look-alike of the 130 missing).",
            "mentions": [
                ("01", "130", 130, {"ctx": "boat with 130 people"}),
                ("04", "130", 130, {"ctx": "boat with 130 people"}),
                ("05", "130", 130, {"ctx": "were 130 people"}),
            ],
        },
        one(E, "count", "women on the first boat", "'Included in that group were 16 women' (a look-alike of CGTN's sixteen rescued).", "01", "16", 16),
        one(E, "count", "people on a survivor's boat", "A survivor's account: 'There were 85 of us' (which boat, not said).", "06", "85", 85),
        {
            "event": E, "kind": "count", "role": "age of the survivor found by IOM staff", "verdict": "agree",
            "why": "'an 18-year old male' / 'an 18-year old survivor'.",
            "mentions": [
                ("01", "18", 18),
                ("04", "18", 18),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the boats' voyage before capsizing", "verdict": "agree",
            "why": "'roughly 30 minutes after departure' (local witnesses), 'about 30 minutes', '30 minutes into the journey'.",
            "mentions": [
                ("01", "roughly 30 minutes", 30, {"note": "minutes"}),
                ("03", "roughly 30 minutes", 30, {"note": "minutes"}),
                ("04", "about 30 minutes", 30, {"note": "minutes"}),
                ("05", "30 minutes", 30, {"note": "minutes"}),
                ("06", "about 30 minutes", 30, {"note": "minutes"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "patrol boats in the search", "verdict": "agree",
            "why": "'still underway with two patrol boats'.",
            "mentions": [
                ("01", "two", 2, {"ctx": "two patrol boats"}),
                ("02", "two", 2, {"ctx": "two patrol boats"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "migrants assisted at the IOM centre in Obock", "verdict": "agree",
            "why": "'over 500 migrants are being assisted ahead of repatriation'.",
            "mentions": [
                ("01", "over 500", 500),
                ("03", "over 500", 500),
            ],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:the capsizing", "verdict": "agree",
            "why": "Tuesday morning, 29 January 2019 ('yesterday' in CGTN's text of Wednesday).",
            "mentions": [
                ("01", "Tuesday", TUE, {"ctx": "Missing Tuesday"}),
                ("01", "Tuesday", TUE, {"ctx": "on Tuesday morning"}),
                ("01", "29 January", TUE),
                ("05", "Tuesday", TUE),
                ("05", "yesterday", TUE, {"ctx": "before yesterday’s tragedy"}),
                ("05", "yesterday", TUE, {"ctx": "before yesterday’s shipwreck"}),
            ],
        },
        one(E, "date", "date-of:the IOM's first statement", "'a statement released by the IOM on Tuesday'.", "02", "Tuesday", TUE),
        {
            "event": E, "kind": "date", "role": "date-of:the IOM's toll of Wednesday morning", "verdict": "agree",
            "why": "The IOM's statement to AFP of Wednesday 30 January (23 bodies that morning).",
            "mentions": [
                ("03", "Wednesday", WED),
                ("04", "Wednesday", WED),
            ],
        },
        one(E, "date", "date-of:the IOM's toll past 50", "'the UN migration agency said on Wednesday' (a later statement of that Wednesday).", "06", "Wednesday", WED),
        # --- the Mediterranean in 2018 ---
        {
            "event": MED, "kind": "count", "role": "deaths a day on the maritime routes", "verdict": "single-source",
            "why": "The UNHCR's report: 'six people a day die' / 'six lives were lost on average every day' (the Mediterranean in 2018).",
            "mentions": [
                ("04", "six", 6, {"ctx": "six people a day"}),
                ("04", "six", 6, {"ctx": "six lives"}),
            ],
        },
        one(MED, "count", "people dead or missing crossing the Mediterranean in 2018", "'an estimated 2,275 people died or went missing'.", "04", "an estimated 2,275", 2275),
        one(MED, "count", "refugees and migrants arrived in Europe in 2018", "'In total, 139,300 refugees and migrants arrived'.", "04", "139,300", 139300),
        one(MED, "date", "date-of:the year of the UNHCR's count", "'crossing the Mediterranean in 2018'.", "04", "2018", "2018"),
        one(MED, "duration", "duration-of:the span in which 2018's arrivals were the lowest", "'the lowest number in five years'.", "04", "five years", 5, {"note": "years"}),
        # --- earlier wrecks off Obock ---
        one(MMP, "count", "drownings confirmed off Obock since 2014", "'at least 199 drowning confirmed off the coast of Obock, Djibouti since 2014'.", "05", "at least 199", 199),
        one(MMP, "date", "date-of:the start of the Missing Migrants Project's count off Obock", "'since 2014'.", "05", "2014", "2014", {"ctx": "since 2014"}),
        one(MMP, "count", "major shipwrecks off Obock recorded before this one", "'MMP has records of three major shipwrecks of craft departing Obock' (the text then lists four: two in 2014, two in 2016, 71 dead in all).", "05", "three", 3),
        one(MMP, "date", "date-of:the first two earlier wrecks", "'In 2014 one wreck was recorded'.", "05", "2014", "2014", {"ctx": "In 2014"}),
        one(MMP, "date", "date-of:the wreck of February 2014", "'in late February' (2014).", "05", "February", "2014-02"),
        one(MMP, "count", "dead or missing in the wreck of February 2014", "'resulting 17 dead or missing'.", "05", "17", 17),
        one(MMP, "date", "date-of:the wreck of November 2014", "'another in mid-November' (2014).", "05", "November", "2014-11"),
        one(MMP, "count", "dead or missing in the wreck of November 2014", "'left 30 dead or missing' (a look-alike of the 30 bodies and the 30 minutes).", "05", "30", 30, {"ctx": "left 30 dead"}),
        one(MMP, "count", "wrecks off Obock in 2016", "'Two more tragedies in 2016'.", "05", "Two", 2),
        one(MMP, "date", "date-of:the two wrecks of 2016", "'Two more tragedies in 2016'.", "05", "2016", "2016"),
        one(MMP, "count", "dead in the wreck of 5 October 2016", "'10 dead 5 October'.", "05", "10", 10),
        one(MMP, "date", "date-of:the wreck of 5 October 2016", "'10 dead 5 October'.", "05", "5 October", "2016-10-05"),
        one(MMP, "date", "date-of:the wreck of 21 October 2016", "'another on 21 October left 14 dead'.", "05", "21 October", "2016-10-21"),
        one(MMP, "count", "dead in the wreck of 21 October 2016", "'left 14 dead'.", "05", "14", 14),
        one(MMP, "count", "deaths off Djibouti in the four earlier wrecks", "'for a total of 71 deaths off Djibouti before yesterday’s shipwreck' (17 + 30 + 10 + 14).", "05", "71", 71),
        # --- the Sea-Watch 3 ---
        {
            "event": SEAWATCH, "kind": "count", "role": "migrants aboard the Sea-Watch 3", "verdict": "single-source",
            "why": "'a group of 47 refugees' / 'the 47 migrants'.",
            "mentions": [
                ("02", "47", 47, {"ctx": "group of 47"}),
                ("02", "47", 47, {"ctx": "the 47 migrants"}),
            ],
        },
        one(SEAWATCH, "date", "date-of:the Dutch government's refusal", "'On Monday, the Dutch government said it refused' (28 January 2019).", "02", "Monday", "2019-01-28"),
        one(SEAWATCH, "duration", "duration-of:the Sea-Watch 3's voyage since the rescue", "'rescued the migrants ... more than a week ago'.", "02", "more than a week", 7, {"note": "days"}),
        one(SEAWATCH, "measure", "height of the waves the Sea-Watch 3 sailed through", "'seven-metre high waves'.", "02", "seven-metre", 7, {"note": "metres"}),
    ],
}
