# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Iran's fuel-price protests of November 2019 and their crackdown (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: the protests from Friday 15 November 2019 ('Nov. 15 to 18'); Amnesty's toll of 115 on 23
November, of 140 released Monday 25 November (Rudaw, 26 November), of 208 early December, of 304 on Monday 16 December
(The Hill, The Independent, Kurdistan 24); its report of Wednesday 2 September 2020 (Newsweek). Durations in days.
Left out: vague counts ('thousands injured', 'dozens', 'hundreds of those participating', 'hundreds of people', 'dozens
of other parts', 'hundreds of thousands of its Basij'), 'tripled' (a ratio), 'last month', 'last week', 'last year',
'Earlier this month', 'recent days', 'a period of only a few days' (relative or vague spans), 'Kurdistan 24' (a name),
'Iranian security forces shot unarmed people ... from rooftops & a helicopter' (no figure).
"""

E = "e1"
IRAN = "e2"
NOV15 = "2019-11-15"
NOV25 = "2019-11-25"
DEC16 = "2019-12-16"


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "Iran's protests against a fuel-price rise, from Friday 15 November 2019, and their crackdown, as five outlets "
        "reported it from 26 November 2019 to September 2020: the protesters killed in Amnesty International's count, 115 "
        "(23 November) -> at least 140 (25 November) -> at least 208 -> at least 304 / over 300 (16 December) (`updated`); "
        "other estimates: over 1,000 (Iran Human Rights Monitor), as many as 1,500 (the State Department), at least 48 in "
        "four Kurdish provinces (Hengaw); the protests' length five days against four days against 'three days between "
        "Nov. 15 to 18' (`conflict`); arrested 1,000+ (Amnesty, 25 November), over / more than 7,000 (the authorities), "
        "over 12,000 (Iran Human Rights Monitor) (`compatible`); the start on November 15 (`agree`); Amnesty's report of "
        "304 on Monday (`agree`); a 300 percent price rise; Amnesty's report of 2020 (around 100 towns, children as young "
        "as 10, more than 500 prosecuted). Background: the Islamic Republic's 40 years."
    ),
    "documents": {
        "01": {"published_how": "the URL (26112019); Amnesty's figures 'released Monday' (25 November 2019)"},
        "02": {"published_how": "inferred: no date on the stored page; Amnesty's new figures 'published Monday' on the November protests 'last month' (Monday 16 December 2019)"},
        "03": {"published_how": "the corpus's date line 2019-12-16 (removed from the text)"},
        "04": {"published_how": "inferred: no date on the stored page; Amnesty's report on the November protests 'released Wednesday' (2 September 2020), a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; Amnesty's new report of 304 'on Monday' (16 December 2019)"},
    },
    "events": [
        {"id": E, "label": "Iran's fuel-price protests of November 2019 and their crackdown", "main": True},
        {"id": IRAN, "label": "the Islamic Republic of Iran's history (background)", "main": False},
    ],
    "clusters": [
        # --- the dead ---
        {
            "event": E, "kind": "count", "role": "protesters killed (Amnesty International's count)", "verdict": "updated",
            "why": "Amnesty's count rose as it gathered evidence: 115 reported on 23 November, revised to at least 140 (140+) on Monday 25 November, 'at least 208' (its previous estimate), at least 304 / 'over 300' in its report of Monday 16 December, repeated in its report of September 2020 (The Hill's title rounds it to 300).",
            "mentions": [
                ("01", "115", 115, {"as_of": "2019-11-23"}),
                ("01", "at least 140", 140, {"as_of": NOV25}),
                ("01", "At least 140", 140, {"as_of": NOV25}),
                ("01", "140", 140, {"ctx": "“140+", "as_of": NOV25, "note": "written '140+'"}),
                ("02", "at least 208", 208, {"note": "Amnesty's 'previous estimate'"}),
                ("02", "At least 300", 300, {"as_of": DEC16, "note": "the title's rounding of 304"}),
                ("02", "At least 304", 304, {"as_of": DEC16}),
                ("03", "At least 304", 304, {"as_of": DEC16}),
                ("04", "at least 304", 304),
                ("05", "At least 304", 304, {"as_of": DEC16}),
                ("05", "over 300", 300, {"as_of": DEC16}),
                ("05", "at least 304", 304, {"as_of": DEC16}),
            ],
        },
        one(E, "count", "protesters killed (Iran Human Rights Monitor's estimate)", "'Iran Human Rights Monitor said over 1,000 Iranian protestors were believed to be dead' (early December): another group's estimate, kept apart from Amnesty's count (a bound above it, not a contradiction).", "05", "over 1,000", 1000),
        one(E, "count", "protesters killed (the State Department's estimate)", "'The State Department has previously estimated that as many as 1,500 people died': another source's estimate, kept apart from Amnesty's count.", "04", "as many as 1,500", 1500, {"high": 1500}),
        one(E, "count", "deaths in four Kurdish provinces (Hengaw)", "'at least 48 deaths ... in the provinces of Kermanshah, Kurdistan, Ilam, and West Azerbaijan' (a part of the country).", "05", "at least 48", 48),
        # --- how long ---
        {
            "event": E, "kind": "duration", "role": "duration-of:the protests", "verdict": "conflict",
            "why": "One span of protests from 15 November: 'five days of protests' / 'for five days' / '140+ ... killed in 5 days' (Rudaw, Amnesty's tweet) against 'four days of popular protests' (The Hill) against 'three days between Nov. 15 to 18' (Kurdistan 24): three lengths that cannot all hold.",
            "mentions": [
                ("01", "five days", 5, {"ctx": "killed in five days", "note": "days"}),
                ("01", "five days", 5, {"ctx": "for five days", "note": "days"}),
                ("01", "5 days", 5, {"note": "days"}),
                ("02", "four days", 4, {"note": "days"}),
                ("05", "three days", 3, {"note": "days; 'three days between Nov. 15 to 18'"}),
            ],
        },
        # --- arrests ---
        {
            "event": E, "kind": "count", "role": "protesters arrested", "verdict": "compatible",
            "why": "'1,000+ protesters have been arrested' (Amnesty, 25 November), 'over 7,000' / 'more than 7,000' (the authorities' statement), 'over 12,000' (Iran Human Rights Monitor, early December): lower bounds from three sources that all hold.",
            "mentions": [
                ("01", "1,000", 1000, {"as_of": NOV25, "note": "written '1,000+'"}),
                ("03", "over 7,000", 7000),
                ("04", "more than 7,000", 7000),
                ("05", "over 12,000", 12000),
            ],
        },
        one(E, "count", "arrests in four Kurdish provinces (Hengaw)", "'1,000 arrests in the provinces of Kermanshah, Kurdistan, Ilam, and West Azerbaijan' (a part of the country).", "05", "1,000", 1000, {"ctx": "1,000 arrests"}),
        # --- the rise and the start ---
        one(E, "percent", "rise in petrol prices", "'a 300 percent hike in petrol prices' (Kurdistan 24: a law 'that tripled its price', a ratio left out).", "01", "300 percent", 300),
        {
            "event": E, "kind": "date", "role": "date-of:the start of the protests", "verdict": "agree",
            "why": "Unrest sparked 'on November 15'; protests 'started on Nov. 15'; 'between Nov. 15 to 18'.",
            "mentions": [
                ("01", "November 15", NOV15),
                ("05", "Nov. 15", NOV15, {"ctx": "between Nov. 15"}),
                ("05", "Nov. 15", NOV15, {"ctx": "started on Nov. 15"}),
            ],
        },
        one(E, "date", "date-of:the end of the protests", "'between Nov. 15 to 18' (18 November 2019).", "05", "18", "2019-11-18"),
        {
            "event": E, "kind": "date", "role": "month-of:the protests", "verdict": "agree",
            "why": "The 'November protests' of 2019.",
            "mentions": [
                ("02", "November", "2019-11", {"ctx": "killed in November"}),
                ("02", "November", "2019-11", {"ctx": "protests in November"}),
                ("04", "November", "2019-11"),
            ],
        },
        # --- reports ---
        one(E, "date", "date-of:Amnesty's toll of 115", "'its November 23-reported death toll of 115'.", "01", "November 23", "2019-11-23"),
        {
            "event": E, "kind": "date", "role": "date-of:Amnesty's toll of 140", "verdict": "single-source",
            "why": "'updated figures released Monday' / 'Monday’s updated tally' (25 November).",
            "mentions": [
                ("01", "Monday", NOV25, {"ctx": "released Monday"}),
                ("01", "Monday", NOV25, {"ctx": "Monday’s updated"}),
            ],
        },
        one(E, "date", "date-of:Iran's internet reconnection", "'As authorities gradually reconnected the country to the web on Monday' (another act of that Monday).", "01", "Monday", NOV25, {"ctx": "web on Monday"}),
        {
            "event": E, "kind": "date", "role": "date-of:Amnesty's report of 304 deaths", "verdict": "agree",
            "why": "'new figures published Monday' / 'said on Monday' (16 December 2019).",
            "mentions": [
                ("02", "Monday", DEC16),
                ("05", "Monday", DEC16),
            ],
        },
        one(E, "date", "date-of:Amnesty's report of 2020", "'Amnesty's report—released Wednesday' (2 September 2020).", "04", "Wednesday", "2020-09-02"),
        one(E, "date", "date-of:Hengaw's report", "'Hengaw reported in November'.", "05", "November", "2019-11"),
        # --- Amnesty's report of 2020 ---
        one(E, "count", "towns and cities with demonstrations", "'demonstrations in around 100 towns and cities'.", "04", "around 100", 100),
        one(E, "count", "age of the youngest detainees", "'Children as young as 10 were among those detained'.", "04", "10", 10),
        one(E, "count", "victims or relatives interviewed by Amnesty", "'interviews with 60 victims of the crackdown or their relatives and friends'.", "04", "60", 60),
        one(E, "count", "witnesses interviewed by Amnesty", "'plus 14 people who witnessed or reliably investigated the abuse'.", "04", "14", 14),
        one(E, "count", "people subjected to unfair criminal proceedings", "'the names and details of more than 500 people'.", "04", "more than 500", 500),
        one(E, "duration", "duration-of:the shortest prison term handed down", "'terms ranging from one month in prison to death'.", "04", "one month", 1, {"note": "months"}),
        one(E, "count", "people sentenced to death whose cases are reviewed", "'Three of those sentenced to death are currently having their cases reviewed'.", "04", "Three", 3),
        # --- background ---
        one(IRAN, "duration", "duration-of:the Islamic Republic's history", "'in the history of the Islamic Republic in the past 40 years' (since 1979).", "03", "40 years", 40, {"note": "years"}),
    ],
}
