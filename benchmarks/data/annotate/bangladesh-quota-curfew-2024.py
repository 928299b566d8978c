# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Bangladesh's quota protests: the curfew of 19-20 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Tuesday = 16 July 2024 (the violence broke out), Thursday = 18 July, Friday = 19 July (the
deadliest day; the curfew imposed from midnight), Saturday = 20 July (the army in the streets), Sunday = 21 July;
times in Bangladesh time (+06:00) unless the text gives GMT. Durations in days or hours (said in the note).
Left out: vague counts ('hundreds to possibly thousands', 'thousands of injured', 'injured thousands', 'hundreds of
thousands of people', 'hundreds of inmates', 'hundreds of protesters', 'thousands of Border Guard men'), fractions
without a figure ('more than half', 'the majority'), 'a second senior BNP official' and 'fourth consecutive' (ordinals),
'Channel 24' (a name), 'this week' / 'this month' / 'a day earlier' (relative spans without a figure).
"""

E = "e1"
WAR = "e2"
HASINA = "e3"
TUE = "2024-07-16"
FRI = "2024-07-19"
SAT = "2024-07-20"
SUN = "2024-07-21"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "Bangladesh's protests against government job quotas: the nationwide curfew imposed from midnight on Friday 19 "
        "July 2024 and the army in the streets on Saturday 20 July, as six outlets reported it on 19-20 July: the week's "
        "toll 75 (police sources to Anadolu) against the AFP's 105 'as of late Friday' in one report (`conflict`), over / "
        "more than 100, at least 103 (a local-media count), approximately 104, at least 105 (Reuters, hospitals), at least "
        "115 (the AFP, Saturday); deaths on Friday at least 30 / at least 56 (`compatible`), 44 in Dhaka, 27 bodies at one "
        "hospital in two hours; injured more than 2,000 / nearly 2,500 (`compatible`); the curfew until 10 a.m. on Sunday "
        "(0400 GMT, `compatible`); the army on the streets on Saturday (`agree`). Background: the 1971 war (`agree`), "
        "Hasina's rule since 2009 (`agree`), 15 years, her re-election in January."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the toll 'as of late Friday' and the curfew 'from midnight Friday' still to come: 19 July 2024"},
        "02": {"published_how": "the dateline 'DHAKA, July 20' and the URL (2024/07/20)"},
        "03": {"published_how": "inferred: no date on the stored page; soldiers deployed 'on Saturday' (20 July 2024)"},
        "04": {"published_how": "inferred: no date on the stored page; the military on the streets 'on Saturday' (20 July 2024)"},
        "05": {"published_how": "the corpus's date line 2024-07-20 (removed from the text)"},
        "06": {"published_how": "inferred: no date on the stored page; the prison stormed 'On Friday' and the curfew in place: 20 July 2024, a guess within a day"},
    },
    "events": [
        {"id": E, "label": "Bangladesh's quota protests, the curfew and the army's deployment, 16-20 July 2024", "main": True},
        {"id": WAR, "label": "Bangladesh's liberation war of 1971 (background)", "main": False},
        {"id": HASINA, "label": "Sheikh Hasina's rule and her re-election in January 2024 (background)", "main": False},
    ],
    "clusters": [
        # --- the toll ---
        {
            "event": E, "kind": "count", "role": "people killed in the protests this week", "verdict": "conflict",
            "why": "One toll, counted by several tallies: TRT (Friday) gives 75 from police sources to Anadolu and, in the same report, the AFP's 105 'as of late Friday' from hospitals: two counts of one moment that cannot both hold. On Saturday: more than / over 100 (dpa, Arab News, Reuters), at least 103 (a count of local media), approximately 104, at least 105 (Reuters, hospitals), at least 115 (the AFP's tally, risen since Friday).",
            "mentions": [
                ("01", "75", 75, {"ctx": "climbed to 75", "as_of": FRI, "note": "police sources to Anadolu"}),
                ("01", "75", 75, {"ctx": "toll to 75 in", "as_of": FRI, "note": "police sources to Anadolu, 'in the past three days'"}),
                ("01", "105", 105, {"as_of": FRI, "note": "the AFP's tally from hospitals, 'as of late Friday'"}),
                ("02", "More than 100", 100, {"as_of": SAT}),
                ("03", "at least 115", 115, {"as_of": SAT, "note": "the AFP's tally of police and hospital reports"}),
                ("04", "over 100", 100, {"as_of": SAT}),
                ("04", "at least 103", 103, {"as_of": SAT, "note": "a count of local media accounts, 'in the last five days'"}),
                ("05", "over 100", 100, {"as_of": SAT}),
                ("05", "at least 105", 105, {"as_of": SAT, "note": "Reuters, from hospital data"}),
                ("06", "approximately 104", 104, {"as_of": SAT}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "people killed on Friday across the country", "verdict": "compatible",
            "why": "'at least 30 people were killed' during Friday (police sources, Friday's report) and 'At least 56 deaths were reported on Friday' (BBC Bangla, citing Prothom Alo and The Daily Star, Saturday): two lower bounds that both hold.",
            "mentions": [
                ("01", "at least 30", 30, {"as_of": FRI}),
                ("02", "At least 56", 56, {"as_of": SAT}),
            ],
        },
        one(E, "count", "people killed in Dhaka on Friday", "'At least 44 people lost their lives in Dhaka on Friday alone' (a part of Friday's toll).", "04", "At least 44", 44),
        one(E, "count", "bodies received by Dhaka Medical College Hospital on Friday evening", "'received 27 dead bodies on Friday between 5 p.m. to 7 p.m.' (one hospital, two hours).", "05", "27", 27),
        one(E, "count", "police officers beaten to death", "'two officers were beaten to death' (the police spokesman, Friday).", "03", "two", 2, {"ctx": "that two officers"}),
        {
            "event": E, "kind": "count", "role": "people injured in the clashes", "verdict": "compatible",
            "why": "'More than 2,000 people have been injured' (Friday) and 'nearly 2,500 seriously injured' (Saturday): a bound below and a bound above that meet.",
            "mentions": [
                ("01", "More than 2,000", 2000, {"as_of": FRI}),
                ("06", "nearly 2,500", 2500, {"as_of": SAT}),
            ],
        },
        one(E, "count", "police officers hospitalised", "'150 police officers were hospitalized' (the police spokesman).", "03", "150", 150, {"ctx": "that 150 police"}),
        one(E, "count", "police officers given first aid", "'an additional 150 receiving first aid' (a look-alike of the 150 hospitalised).", "03", "150", 150, {"ctx": "additional 150"}),
        one(E, "count", "protest leaders arrested", "'two of its leaders were arrested since Friday' (Students Against Discrimination).", "03", "two", 2, {"ctx": "that two of its leaders"}),
        one(E, "count", "Indian students returned home", "'around 300 Indian students have returned home'.", "06", "around 300", 300),
        one(E, "count", "districts reporting incidents", "'with 26 districts reporting incidents'.", "06", "26", 26),
        one(E, "count", "population of Bangladesh", "'The 170 million people in the nation'.", "04", "170 million", 170000000),
        one(E, "count", "population of Dhaka", "'Dhaka, a city of 20 million'.", "03", "20 million", 20000000),
        one(E, "percent", "share of public jobs under quotas", "'the 56 percent quota system in public jobs'.", "01", "56 percent", 56),
        one(E, "percent", "share of government jobs for the families of independence fighters", "'including 30% for the families of those who fought for independence'.", "05", "30%", 30),
        # --- spans ---
        one(E, "duration", "duration-of:the period of Anadolu's toll of 75", "'taking the toll to 75 in the past three days'.", "01", "three days", 3, {"note": "days"}),
        {
            "event": E, "kind": "duration", "role": "duration-of:the deadly unrest so far (on Saturday)", "verdict": "agree",
            "why": "'at least 103 died in the last five days' (Arab News) and 'Over the past five days, police have fired tear gas' (Reuters): Tuesday to Saturday.",
            "mentions": [
                ("04", "five days", 5, {"note": "days"}),
                ("05", "five days", 5, {"note": "days"}),
            ],
        },
        one(E, "duration", "duration-of:the curfew's daily easing", "'The curfew will ease for two hours from 12 p.m. on Saturday'.", "05", "two hours", 2, {"note": "hours"}),
        # --- dates and times ---
        one(E, "date", "date-of:the outbreak of the violence", "'since violence broke out on Tuesday' (16 July).", "02", "Tuesday", TUE),
        one(E, "date", "date-of:the start of the protests", "'Since the beginning of July, students have been protesting'.", "04", "July", "2024-07"),
        one(E, "date", "date-of:the AFP's tally of 105", "'has reached 105 as of late Friday'.", "01", "Friday", FRI, {"ctx": "as of late Friday"}),
        {
            "event": E, "kind": "date", "role": "date-of:the curfew's imposition", "verdict": "agree",
            "why": "The curfew 'will be imposed from midnight Friday' (TRT) and 'the government on Friday imposed a national curfew' (Reuters): Friday 19 July.",
            "mentions": [
                ("01", "Friday", FRI, {"ctx": "from midnight Friday"}),
                ("05", "Friday", FRI, {"ctx": "government on Friday imposed"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Friday's deadly clashes", "verdict": "agree",
            "why": "The deadliest day, Friday 19 July: the 56 deaths 'reported on Friday', the 44 in Dhaka 'on Friday alone', the 27 bodies 'on Friday', the 'hundreds of thousands' who clashed 'On Friday'.",
            "mentions": [
                ("02", "Friday", FRI, {"ctx": "deaths were reported on Friday"}),
                ("03", "Friday", FRI, {"ctx": "On Friday, “hundreds"}),
                ("04", "Friday", FRI),
                ("05", "Friday", FRI, {"ctx": "dead bodies on Friday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the army's deployment in the streets", "verdict": "agree",
            "why": "Soldiers 'deployed across Bangladesh on Saturday', 'took to the streets on Saturday', 'On Saturday ... soldiers patrolling': Saturday 20 July.",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "Bangladesh on Saturday"}),
                ("04", "Saturday", SAT),
                ("05", "Saturday", SAT, {"ctx": "On Saturday, Bangladesh"}),
            ],
        },
        one(E, "date", "date-of:the military's announcement of the curfew", "'the military announced on Saturday' (dpa).", "02", "Saturday", SAT, {"ctx": "announced on Saturday"}),
        one(E, "date", "date-of:the dpa report", "The dateline 'DHAKA, July 20'.", "02", "July 20", SAT),
        one(E, "date", "date-of:local media unreachable online", "'were not accessible online on Saturday' (another act of that Saturday).", "02", "Saturday", SAT, {"ctx": "online on Saturday"}),
        one(E, "date", "date-of:the US embassy's statement", "'The US embassy in Bangladesh spoke on Friday'.", "02", "Friday", FRI, {"ctx": "spoke on Friday"}),
        one(E, "date", "date-of:the ban on gatherings in Dhaka", "'all gatherings were banned on Friday until further notice'.", "02", "Friday", FRI, {"ctx": "banned on Friday"}),
        one(E, "date", "date-of:the students' meeting with government representatives", "'At midnight on Friday, student representatives had reportedly met'.", "02", "Friday", FRI, {"ctx": "midnight on Friday"}),
        one(E, "date", "date-of:the storming of the prison", "'On Friday, Bangladeshi student protesters stormed a prison'.", "06", "Friday", FRI),
        one(E, "date", "date-of:the first arrest of protest leaders", "'arrested since Friday'.", "03", "Friday", FRI, {"ctx": "arrested since Friday"}),
        one(E, "date", "date-of:the arrest of a senior BNP official", "'was arrested early Saturday'.", "03", "Saturday", SAT, {"ctx": "early Saturday"}),
        one(E, "date", "date-of:the curfew's easing", "'from 12 p.m. on Saturday'.", "05", "12 p.m.", "2024-07-20T12:00+06:00", {"note": "Bangladesh time"}),
        {
            "event": E, "kind": "date", "role": "date-of:the end of the curfew's first period", "verdict": "compatible",
            "why": "'until at least 10:00 am Sunday (0400 GMT)' (AFP) and 'until 10 a.m. on Sunday' (Reuters): one instant, in local time and GMT.",
            "mentions": [
                ("03", "10:00 am", "2024-07-21T10:00+06:00", {"note": "Bangladesh time"}),
                ("03", "0400 GMT", "2024-07-21T04:00+00:00", {"note": "GMT"}),
                ("05", "10 a.m.", "2024-07-21T10:00+06:00", {"note": "Bangladesh time"}),
            ],
        },
        one(E, "date", "time-of:the bodies' arrival at Dhaka Medical College Hospital", "'between 5 p.m. to 7 p.m.' on Friday (its start).", "05", "5 p.m.", "2024-07-19T17:00+06:00", {"note": "Bangladesh time; 'between 5 p.m. to 7 p.m.'"}),
        # --- background ---
        {
            "event": WAR, "kind": "date", "role": "date-of:the liberation war", "verdict": "agree",
            "why": "The 1971 war of independence from Pakistan.",
            "mentions": [
                ("02", "1971", "1971"),
                ("04", "1971", "1971"),
                ("05", "1971", "1971"),
                ("06", "1971", "1971"),
            ],
        },
        {
            "event": HASINA, "kind": "date", "role": "date-of:the start of Hasina's rule", "verdict": "agree",
            "why": "'who has ruled the country since 2009' / 'who has ruled since 2009'.",
            "mentions": [
                ("02", "2009", "2009"),
                ("06", "2009", "2009"),
            ],
        },
        one(HASINA, "duration", "duration-of:Hasina's government in power", "'which has maintained power for 15 years' (since 2009).", "03", "15 years", 15, {"note": "years"}),
        one(HASINA, "count", "age of Sheikh Hasina", "'Hasina, 76'.", "02", "76", 76),
        one(HASINA, "date", "date-of:Hasina's re-election", "'secured her fourth consecutive election victory in January'.", "06", "January", "2024-01"),
    ],
}
