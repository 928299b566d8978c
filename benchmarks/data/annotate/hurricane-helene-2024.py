# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Hurricane Helene's toll, September-October 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Helene came ashore in Florida on Thursday 26 September 2024 and reached North Carolina on the 27th;
Tuesday = 1 October (Buncombe's 57); Friday = 4 October (the state's 65, South Carolina's 46, the count of 225);
Saturday = 5 October (227); Wednesday = 30 October (North Carolina beyond 100). Lengths in metres (feet at 0.3048,
inches at 0.0254); money in US dollars. Left out: 'Hundreds remain missing', 'rescuing hundreds more', 'dozens more were
killed', 'thousands of city businesses', 'for millions' (vague), 'any one of us', '911 calls' (a number's name), 'The
two youngest', 'A week later' (the cleaning of a brewery), 'for the first time', 'earlier this month', 'one of the
highest rainfall totals', 'take weeks', 'the following day', 'first responders', 'as the days progressed', 'second-most'.
"""

E = "e1"
KATRINA = "e2"
TUE = "2024-10-01"
FRI = "2024-10-04"
SAT = "2024-10-05"
WED = "2024-10-30"
FOOT = 0.3048
INCH = 0.0254

SPEC = {
    "description": (
        "Hurricane Helene, ashore in Florida on 26 September 2024, and its toll as six outlets reported it from about 30 "
        "September to Wednesday 30 October 2024: North Carolina's deaths 65 (the state, Friday 4 October) -> 95 (the "
        "governor, about 17 October) -> more than 100 (30 October) (`updated`); Buncombe County's deaths 30 (the Asheville "
        "Citizen Times) -> 57 (the sheriff, Tuesday 1 October) and the county's 72 against the state's 27 in the same days, "
        "then 43 after the county's correction of 22 October (`conflict`); Yancey County's nine -> ten (`updated`); the "
        "toll across the Southeast more than 200 -> 225 (Friday) -> 227 (Saturday) -> more than 215 (the AP, 30 October) "
        "(`updated`); Buncombe's share of the state's dead more than 40 percent / nearly half (`compatible`); the time since "
        "the storm a week -> more than three weeks -> more than a month (`updated`); federal assistance to North "
        "Carolinians more than $27 million -> about $129 million (`updated`). Background: Hurricane Katrina, 2005."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; Buncombe's toll of 30 before the sheriff's 57 of 1 October: 30 September 2024, a guess within a day"},
        "02": {"published_how": "inferred: no date on the stored page; the county manager's press conference 'Tuesday afternoon' (1 October 2024)"},
        "03": {"published_how": "inferred: no date on the stored page; 'the state reported Friday — a week after the storm' (4 October 2024)"},
        "04": {"published_how": "the corpus's date line 2024-10-06 (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; 'More than three weeks after Helene' and the governor's toll of 95 (mid-October): 17 October 2024, a guess within a few days"},
        "06": {"published_how": "inferred: no date on the stored page; the state's confirmation 'on Wednesday', after the county's statement of Oct. 22 (30 October 2024)"},
    },
    "events": [
        {"id": E, "label": "Hurricane Helene and its toll, September-October 2024", "main": True},
        {"id": KATRINA, "label": "Hurricane Katrina, 2005 (background)", "main": False},
    ],
    "clusters": [
        # --- North Carolina ---
        {
            "event": E, "kind": "count", "role": "deaths:North Carolina", "verdict": "updated",
            "why": "North Carolina's toll as the state counted it: 65 (the Division of Public Health, Friday 4 October) -> 95 (the governor's office, about 17 October) -> more than 100 (the Department of Health and Human Services, Wednesday 30 October, 'beyond 100 for the first time since the data was corrected').",
            "mentions": [
                ("03", "65", 65, {"as_of": FRI}),
                ("05", "95", 95, {"as_of": "2024-10-17"}),
                ("06", "more than 100", 100, {"as_of": WED}),
                ("06", "beyond 100", 100, {"as_of": WED, "low": 100, "high": None}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Buncombe County", "verdict": "conflict",
            "why": "Buncombe County's dead: 30 (the Asheville Citizen Times, about 30 September) -> 57 (the sheriff, Tuesday 1 October) and 'as many as 72' (the county's count of 3 October) against the state's 27 on Friday 4 October: two authorities' counts of the same days that cannot both hold; the county then corrected its count down, and reports 43 (30 October).",
            "mentions": [
                ("01", "30", 30, {"as_of": "2024-09-30"}),
                ("02", "57", 57, {"ctx": "57 confirmed deaths", "as_of": TUE}),
                ("02", "57", 57, {"ctx": "caused 57 people", "as_of": TUE}),
                ("03", "27", 27, {"ctx": "from the storm, 27.", "as_of": FRI}),
                ("03", "27", 27, {"ctx": "Buncombe | 27", "as_of": FRI}),
                ("06", "43", 43, {"as_of": WED}),
                ("06", "as many as 72", 72, {"as_of": "2024-10-03", "note": "the county's earlier count, 'previously reported'", "low": None, "high": 72}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "share of North Carolina's deaths in Buncombe County", "verdict": "compatible",
            "why": "'more than 40 percent' (27 of 65, 4 October) and 'Nearly half' (43 of over 100, 30 October): the bounds meet.",
            "mentions": [
                ("03", "more than 40 percent", 40, {"as_of": FRI}),
                ("06", "Nearly half", 50, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Yancey County", "verdict": "updated",
            "why": "Yancey County's dead: nine (the state, 4 October) -> 10 (the state, 30 October).",
            "mentions": [
                ("03", "nine", 9, {"as_of": FRI}),
                ("03", "9", 9, {"ctx": "Yancey | 9", "as_of": FRI}),
                ("06", "10", 10, {"as_of": WED}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Henderson County", "verdict": "single-source",
            "why": "'Henderson County to the south recorded six' (and the table's 6).",
            "mentions": [
                ("03", "six", 6),
                ("03", "6", 6, {"ctx": "Henderson | 6"}),
            ],
        },
        {"event": E, "kind": "count", "role": "deaths:Madison County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "4", 4, {"ctx": "Madison | 4"})]},
        {"event": E, "kind": "count", "role": "deaths:Avery County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "3", 3, {"ctx": "Avery | 3"})]},
        {"event": E, "kind": "count", "role": "deaths:Rutherford County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "3", 3, {"ctx": "Rutherford | 3"})]},
        {"event": E, "kind": "count", "role": "deaths:Cleveland County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "2", 2, {"ctx": "Cleveland | 2"})]},
        {"event": E, "kind": "count", "role": "deaths:Watauga County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "2", 2, {"ctx": "Watauga | 2"})]},
        {"event": E, "kind": "count", "role": "deaths:Ashe County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "Ashe | 1"})]},
        {"event": E, "kind": "count", "role": "deaths:Burke County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "Burke | 1"})]},
        {"event": E, "kind": "count", "role": "deaths:Catawba County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "Catawba | 1"})]},
        {
            "event": E, "kind": "count", "role": "deaths:Gaston County", "verdict": "single-source",
            "why": "The state's table, 4 October (and 'one each in Mecklenburg and Gaston counties', in the Mecklenburg cluster).",
            "mentions": [("03", "1", 1, {"ctx": "Gaston | 1"})],
        },
        {"event": E, "kind": "count", "role": "deaths:Macon County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "Macon | 1"})]},
        {"event": E, "kind": "count", "role": "deaths:McDowell County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "McDowell | 1"})]},
        {
            "event": E, "kind": "count", "role": "deaths:Mecklenburg County", "verdict": "single-source",
            "why": "'there were one each in Mecklenburg and Gaston counties, both from fallen trees' and the table's 1.",
            "mentions": [
                ("03", "one", 1, {"ctx": "there were one each", "note": "'one each in Mecklenburg and Gaston counties'"}),
                ("03", "1", 1, {"ctx": "Mecklenburg | 1"}),
            ],
        },
        {"event": E, "kind": "count", "role": "deaths:Polk County", "verdict": "single-source", "why": "The state's table, 4 October.", "mentions": [("03", "1", 1, {"ctx": "Polk | 1"})]},
        {"event": E, "kind": "count", "role": "deaths:drowning (North Carolina)", "verdict": "single-source", "why": "'drowning is the most common at 16'.", "mentions": [("03", "16", 16)]},
        {"event": E, "kind": "count", "role": "deaths:landslides (North Carolina)", "verdict": "single-source", "why": "'Eleven people were killed from the landsides'.", "mentions": [("03", "Eleven", 11)]},
        {"event": E, "kind": "count", "role": "deaths:unknown causes (North Carolina)", "verdict": "single-source", "why": "'There were 17 deaths from unknown causes'.", "mentions": [("03", "17", 17)]},
        {"event": E, "kind": "count", "role": "age:average of the dead (North Carolina)", "verdict": "single-source", "why": "'The average age ... is 59.5'.", "mentions": [("03", "59.5", 59.5, {"note": "years"})]},
        {"event": E, "kind": "count", "role": "age:the youngest drowned in Buncombe County", "verdict": "single-source", "why": "'a 7-year-old recovered after drowning'.", "mentions": [("03", "7", 7, {"note": "years"})]},
        {"event": E, "kind": "count", "role": "age:the child killed in Catawba County", "verdict": "single-source", "why": "'a 4-year-old reportedly killed in a car crash'.", "mentions": [("03", "4", 4, {"ctx": "a 4-year-old", "note": "years"})]},
        {
            "event": E, "kind": "count", "role": "missing:North Carolina", "verdict": "single-source",
            "why": "'26 remain missing' (the governor's office, mid-October).",
            "mentions": [("05", "26", 26)],
        },
        {"event": E, "kind": "count", "role": "people rescued by the North Carolina National Guard", "verdict": "single-source", "why": "'rescued 765 people from floodwaters'.", "mentions": [("05", "765", 765)]},
        {"event": E, "kind": "count", "role": "roadways reopened (North Carolina)", "verdict": "single-source", "why": "'Nearly 800 of the 1,200 roadways that closed ... have reopened'.", "mentions": [("05", "Nearly 800", 800)]},
        {"event": E, "kind": "count", "role": "roadways closed (North Carolina)", "verdict": "single-source", "why": "'the 1,200 roadways that closed after the storm'.", "mentions": [("05", "1,200", 1200)]},
        {"event": E, "kind": "count", "role": "residents without power (North Carolina)", "verdict": "single-source", "why": "'Around 5,000 residents remain without power' (mid-October).", "mentions": [("05", "Around 5,000", 5000)]},
        {"event": E, "kind": "count", "role": "residents without power at the peak (North Carolina)", "verdict": "single-source", "why": "'down from a peak of more than a million'.", "mentions": [("05", "more than a million", 1000000)]},
        {"event": E, "kind": "count", "role": "people without power in Buncombe County", "verdict": "single-source", "why": "'More than 100,000 people remain without power in the county' (Tuesday 1 October).", "mentions": [("02", "More than 100,000", 100000)]},
        {"event": E, "kind": "count", "role": "federal urban search and rescue teams in North Carolina", "verdict": "single-source", "why": "'Nineteen federal urban search and rescue teams'.", "mentions": [("02", "Nineteen", 19)]},
        {
            "event": E, "kind": "money", "role": "federal disaster assistance to North Carolinians", "verdict": "updated",
            "why": "Assistance paid to people in North Carolina as it grew: more than $27 million in FEMA-approved individual assistance (5 October) -> about $129 million in direct disaster assistance (the governor's office, mid-October).",
            "mentions": [
                ("04", "more than USD 27 million", 27000000, {"as_of": SAT}),
                ("05", "about $129 million", 129000000, {"as_of": "2024-10-17"}),
            ],
        },
        {"event": E, "kind": "count", "role": "people registered for individual assistance (North Carolina)", "verdict": "single-source", "why": "'More than 83,000 people have registered'.", "mentions": [("04", "More than 83,000", 83000)]},
        {"event": E, "kind": "measure", "role": "floodwater at the Weaverville wastewater plant", "verdict": "single-source", "why": "'damaged by 8 feet of water'.", "mentions": [("01", "8 feet", round(8 * FOOT, 3), {"note": "metres"})]},
        {"event": E, "kind": "measure", "role": "rainfall in Asheville", "verdict": "single-source", "why": "'nearly 14 inches of rain in a three-day period'.", "mentions": [("06", "nearly 14 inches", round(14 * INCH, 4), {"note": "metres"})]},
        {"event": E, "kind": "duration", "role": "duration-of:Asheville's rainfall", "verdict": "single-source", "why": "'in a three-day period'.", "mentions": [("06", "three-day", 3, {"note": "days"})]},
        {"event": E, "kind": "measure", "role": "rainfall in Busick", "verdict": "single-source", "why": "'a staggering 31 inches in the town of Busick'.", "mentions": [("06", "31 inches", round(31 * INCH, 4), {"note": "metres"})]},
        # --- the Southeast ---
        {
            "event": E, "kind": "count", "role": "deaths:all states", "verdict": "updated",
            "why": "Helene's toll across the Southeast: more than 200 (Friday 4 October) -> 225 (Friday) -> 227 (Saturday 5 October) -> more than 215 (the AP's tally of 30 October, after Buncombe's correction).",
            "mentions": [
                ("03", "More than 200", 200, {"as_of": FRI}),
                ("04", "227", 227, {"ctx": "Rises To 227", "as_of": SAT}),
                ("04", "227", 227, {"ctx": "inched up to 227", "as_of": SAT}),
                ("04", "225", 225, {"as_of": FRI}),
                ("06", "more than 215", 215, {"as_of": WED}),
            ],
        },
        {"event": E, "kind": "count", "role": "deaths:South Carolina", "verdict": "single-source", "why": "'South Carolina officials reported 46 storm-related deaths Friday' (4 October).", "mentions": [("03", "46", 46, {"as_of": FRI})]},
        {"event": E, "kind": "count", "role": "deaths added in South Carolina on Saturday", "verdict": "single-source", "why": "'two more were recorded in South Carolina the following day' (225 -> 227).", "mentions": [("04", "two", 2)]},
        {"event": E, "kind": "percent", "role": "share of all deaths in North Carolina", "verdict": "single-source", "why": "'About half the victims were in North Carolina'.", "mentions": [("04", "About half", 50)]},
        {"event": E, "kind": "count", "role": "states with deaths", "verdict": "single-source", "why": "'killed people in six US states'.", "mentions": [("04", "six", 6)]},
        {"event": E, "kind": "measure", "role": "category at landfall", "verdict": "single-source", "why": "'came ashore on September 26 as a Category-4 hurricane'.", "mentions": [("04", "4", 4, {"ctx": "Category-4"})]},
        {"event": E, "kind": "date", "role": "date-of:landfall", "verdict": "single-source", "why": "'Helene came ashore on September 26' (in Florida's Big Bend, late that Thursday).", "mentions": [("04", "September 26", "2024-09-26")]},
        {"event": E, "kind": "date", "role": "date-of:the storm's first deaths in North Carolina", "verdict": "single-source", "why": "'nearly all of the deaths since Sept. 27' (the day the storm reached North Carolina).", "mentions": [("03", "Sept. 27", "2024-09-27")]},
        {
            "event": E, "kind": "duration", "role": "duration-of:time since the storm", "verdict": "updated",
            "why": "The time since Helene, told at four dates: 'a week after' (4 October) -> 'more than a week after' (5 October) -> 'More than three weeks after' (mid-October) -> 'More than a month after' (30 October).",
            "mentions": [
                ("03", "a week", 7, {"as_of": FRI, "note": "days"}),
                ("04", "more than a week", 7, {"as_of": SAT, "note": "days"}),
                ("05", "More than three weeks", 21, {"as_of": "2024-10-17", "note": "days"}),
                ("06", "More than a month", 30, {"as_of": WED, "note": "days"}),
            ],
        },
        {"event": E, "kind": "date", "role": "date-of:Buncombe County's press conference on power and water", "verdict": "single-source", "why": "'said in a press conference Tuesday afternoon' (1 October).", "mentions": [("02", "Tuesday afternoon", TUE)]},
        {"event": E, "kind": "date", "role": "date-of:the state's toll of 65", "verdict": "single-source", "why": "'the state reported Friday' (4 October).", "mentions": [("03", "Friday", FRI, {"ctx": "the state reported Friday"})]},
        {"event": E, "kind": "date", "role": "date-of:South Carolina's toll of 46", "verdict": "single-source", "why": "'reported 46 storm-related deaths Friday' (another act of that Friday).", "mentions": [("03", "Friday", FRI, {"ctx": "deaths Friday"})]},
        {"event": E, "kind": "date", "role": "date-of:the toll of 225", "verdict": "single-source", "why": "'stood at 225 on Friday' (4 October).", "mentions": [("04", "Friday", FRI)]},
        {"event": E, "kind": "date", "role": "date-of:the toll of 227", "verdict": "single-source", "why": "'inched up to 227 on Saturday' (5 October).", "mentions": [("04", "Saturday", SAT)]},
        {
            "event": E, "kind": "date", "role": "date-of:the state's confirmation of more than 100 deaths", "verdict": "single-source",
            "why": "'confirmed on Wednesday. Wednesday marked a sad day' (30 October).",
            "mentions": [
                ("06", "Wednesday", WED, {"ctx": "confirmed on Wednesday"}),
                ("06", "Wednesday", WED, {"ctx": "Wednesday marked"}),
            ],
        },
        {"event": E, "kind": "date", "role": "date-of:Buncombe County's statement on its overcount", "verdict": "single-source", "why": "'an Oct. 22 statement from the county'.", "mentions": [("06", "Oct. 22", "2024-10-22")]},
        # --- background ---
        {"event": KATRINA, "kind": "date", "role": "date-of:Hurricane Katrina", "verdict": "single-source", "why": "'the deadliest hurricane to hit the mainland US since Katrina in 2005'.", "mentions": [("04", "2005", "2005")]},
    ],
}
