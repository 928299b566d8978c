# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Hurricane Ian's rising toll in Florida, 1-6 October 2022 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Counts as numbers; measures and durations with their unit in the note; dates as ISO strings.
The storm's landfall in Florida was on Wednesday 28 September 2022; Saturday = 1 October,
Sunday = 2 October, Monday = 3 October, Wednesday = 5 October, Thursday = 6 October.
"""

E = "e1"
FIONA = "e2"
VISIT = "e3"
KATRINA = "e4"
GALV = "e5"
SAT = "2022-10-01"
SUN = "2022-10-02"
MON = "2022-10-03"
THU = "2022-10-06"
SPEC = {
    "description": (
        "Hurricane Ian's toll as it rose in the week after its Florida landfall of Wednesday 28 September 2022, as nine "
        "outlets reported it from Saturday 1 to Thursday 6 October: the statewide toll (47 on Saturday, NBC's 'more "
        "than 77' the same afternoon, 67 on Sunday, 'approach 90', about 100, between about 95 and 101, at least 100 and "
        "more than 100 on Monday), the medical examiners' confirmed deaths (25 on Saturday, 98 on Thursday), the storm's "
        "deaths everywhere (more than four dozen, over 50, at least 101), county tolls (Lee 42 -> 54, Charlotte 12 -> 24, "
        "Collier 8, Volusia 5, Sarasota 3, Manatee 2, one each in four counties), North Carolina (four -> five), Cuba "
        "(three), Virginia (one); rescues counted by the governor's office (more than 1,100 / 1,600 / 1,900), the National "
        "Guard (1,000, southwest coast alone) and the Coast Guard (4,000); customers without power (900,000 -> 600,000 "
        "-> 530,000). Background and siblings whose figures are traps: Hurricane Fiona in Puerto Rico two weeks before "
        "and Biden's visit there on Monday; Biden's visit to Florida on Wednesday 5 October; Katrina (more than 1,800 "
        "dead, 2005); the Galveston hurricane (as many as 8,000, 1900)."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; reports Monday's toll ('rose to at least 100 on Monday') as news: 3 October 2022"},
        "02": {"published_how": "'date 2022-10-03' on the stored page"},
        "03": {"published_how": "inferred: no date on the stored page; 'as of Monday', Biden 'was in Puerto Rico on Monday' (3 October 2022), reported that evening"},
        "04": {"published_how": "'October 3, 2022 8:37pm' on the stored page (the date line removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; power 'as of early Sunday morning', the rescue mission 'Sunday': 2 October 2022"},
        "06": {"published_how": "'Published: Oct. 6, 2022' on the stored page (removed from the text; the page's date line says 2022-10-07, the URL 2022/10/07)"},
        "07": {"published_how": "inferred: no date on the stored page; an AP text of Saturday ('on Saturday', 'Later that evening'): 1 October 2022"},
        "08": {"published_how": "'date 2022-10-04' on the stored page"},
        "09": {"published_how": "inferred: the URL's '20221001' and 'as of Saturday evening': 1 October 2022"},
    },
    "events": [
        {"id": E, "label": "Hurricane Ian (landfall in Florida on 28 September 2022): its toll, rescues and outages in the week after", "main": True},
        {"id": FIONA, "label": "Hurricane Fiona in Puerto Rico, mid-September 2022, and Biden's visit there on 3 October (sibling)", "main": False},
        {"id": VISIT, "label": "Biden's planned visit to Florida on Wednesday 5 October 2022 (sibling)", "main": False},
        {"id": KATRINA, "label": "Hurricane Katrina, 2005 (background)", "main": False},
        {"id": GALV, "label": "the Great Galveston Hurricane, 1900 (background)", "main": False},
    ],
    "clusters": [
        # --- deaths ---
        {
            "event": E, "kind": "count", "role": "deaths:Florida", "verdict": "updated",
            "why": (
                "Florida's toll as counted by officials and outlets rose through the week: 47 confirmed on Saturday (AP), "
                "NBC's 'more than 77' on Saturday afternoon (including unconfirmed deaths; the Sun Sentinel says the "
                "tallies conflicted), at least 67 on Sunday, then on Monday 'approach 90', about 100, between about 95 "
                "and 101, at least 100 and more than 100. A judgement call: NBC's figure is above Sunday's, yet each is "
                "a report of one toll that moves with the count, not two facts that cannot both hold."
            ),
            "mentions": [
                ("07", "47", 47, {"as_of": SAT}),
                ("09", "more than 77", 77, {"as_of": SAT}),
                ("05", "67", 67, {"ctx": "rises to 67", "as_of": SUN}),
                ("05", "at least 67", 67, {"as_of": SUN}),
                ("02", "approach 90", 90, {"low": 80, "high": 90, "note": "'is approach 90, according to various tallies'", "as_of": MON}),
                ("03", "100", 100, {"ctx": "nears 100", "low": 90, "high": 100, "note": "the headline: 'nears 100'", "as_of": MON}),
                ("03", "about 100", 100, {"as_of": MON}),
                ("03", "about 95 and 101", 98, {"low": 95, "high": 101, "note": "'fell between about 95 and 101'", "as_of": MON}),
                ("08", "about 100", 100, {"as_of": MON}),
                ("01", "100", 100, {"ctx": "tops 100", "low": 100, "high": None, "note": "the headline: 'tops 100'", "as_of": MON}),
                ("01", "at least 100", 100, {"as_of": MON}),
                ("04", "more than 100", 100, {"as_of": MON}),
                ("04", "More than 100", 100, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Florida, confirmed by the medical examiners", "verdict": "updated",
            "why": (
                "The medical examiners' confirmed deaths (autopsied, storm-related): 25 as of Saturday evening (the Sun "
                "Sentinel, twice), 98 by Thursday (the Medical Examiners Commission, AP). Another measure than the "
                "officials' running tally above (the Sun Sentinel says so), so another cluster."
            ),
            "mentions": [
                ("09", "25", 25, {"ctx": "reported 25 confirmed", "as_of": SAT}),
                ("09", "25", 25, {"ctx": "much higher than 25", "low": 25, "high": None, "as_of": SAT}),
                ("06", "98", 98, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Florida, expected (a headline)", "verdict": "single-source",
            "why": "The Sun Sentinel's headline: the toll 'could surpass 70' — an expectation, not a count.",
            "mentions": [("09", "70", 70, {"low": 70, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:all places", "verdict": "updated",
            "why": (
                "The storm's deaths everywhere (Florida, North Carolina, Cuba, Virginia): more than four dozen on Saturday "
                "(47 + 4 + 3), 'over 50' in the same article's headline, at least 101 on Thursday."
            ),
            "mentions": [
                ("07", "Over 50", 50, {"as_of": SAT}),
                ("07", "more than four dozen", 48, {"low": 48, "high": None, "as_of": SAT}),
                ("06", "at least 101", 101, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Lee County", "verdict": "updated",
            "why": "Sheriff Marceno's count for Lee County: 42 on Sunday, 54 on Monday (five outlets; 'at least 54' for CNN and ADN).",
            "mentions": [
                ("01", "42", 42, {"as_of": SUN}),
                ("03", "42", 42, {"as_of": SUN}),
                ("08", "42", 42, {"as_of": SUN}),
                ("01", "At least 54", 54, {"as_of": MON}),
                ("02", "54", 54, {"ctx": "grown to 54", "as_of": MON}),
                ("02", "54", 54, {"ctx": "is at 54", "as_of": MON}),
                ("03", "54", 54, {"as_of": MON}),
                ("04", "At least 54", 54, {"ctx": "Florida\nAt least 54", "as_of": MON}),
                ("04", "At least 54", 54, {"ctx": "investigated.\nAt least 54", "as_of": MON}),
                ("08", "54", 54, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Lee County, with causes confirmed by the state", "verdict": "agree",
            "why": "The state had confirmed the causes of 12 of Lee County's deaths (the Miami Herald's text, twice).",
            "mentions": [
                ("03", "12", 12),
                ("08", "12", 12),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Lee County, confirmed causes other than drowning", "verdict": "agree",
            "why": "All but one of those 12 drowned.",
            "mentions": [
                ("03", "one", 1, {"ctx": "all but one"}),
                ("08", "one", 1, {"ctx": "all but one"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Charlotte County", "verdict": "updated",
            "why": "Charlotte County's toll: 'up from 12' (an earlier report) to 24 (the sheriff's office).",
            "mentions": [
                ("01", "12", 12, {"note": "the earlier figure"}),
                ("01", "Twenty-four", 24),
                ("03", "24", 24),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Collier County", "verdict": "agree",
            "why": "Eight deaths in Collier County (CNN's list, copied by ADN).",
            "mentions": [("01", "eight", 8), ("04", "eight", 8)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Volusia County", "verdict": "agree",
            "why": "Five deaths in Volusia County.",
            "mentions": [("01", "five", 5), ("04", "five", 5)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Sarasota County", "verdict": "agree",
            "why": "Three deaths in Sarasota County.",
            "mentions": [("01", "three", 3), ("04", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Manatee County", "verdict": "agree",
            "why": "Two deaths in Manatee County.",
            "mentions": [("01", "two", 2), ("04", "two", 2)],
        },
        {
            "event": E, "kind": "count", "role": "deaths:each of Polk, Lake, Hendry and Hillsborough counties", "verdict": "agree",
            "why": "One death in each of Polk, Lake, Hendry and Hillsborough counties.",
            "mentions": [
                ("01", "one", 1, {"ctx": "one each in Polk"}),
                ("04", "one", 1, {"ctx": "one in Polk"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "counties with deaths", "verdict": "agree",
            "why": "Deaths linked to the storm in 10 Florida counties as of Monday (the Miami Herald's text, twice).",
            "mentions": [
                ("03", "10", 10, {"ctx": "across 10 counties"}),
                ("08", "10", 10, {"ctx": "spanning 10 counties"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:North Carolina", "verdict": "updated",
            "why": "Four storm-related deaths in North Carolina from Saturday to Monday, five by Thursday (AP).",
            "mentions": [
                ("07", "four", 4, {"ctx": "four in North Carolina", "as_of": SAT}),
                ("05", "Four", 4, {"as_of": SUN}),
                ("01", "Four", 4, {"as_of": MON}),
                ("04", "Four", 4, {"as_of": MON}),
                ("06", "five", 5, {"as_of": THU}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Cuba", "verdict": "agree",
            "why": "Three deaths in Cuba (Ian's earlier landfall), on Saturday and on Thursday.",
            "mentions": [
                ("07", "three", 3),
                ("06", "three", 3),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Virginia", "verdict": "single-source",
            "why": "One storm death in Virginia.",
            "mentions": [("06", "one", 1, {"ctx": "one in Virginia"})],
        },
        # --- rescues ---
        {
            "event": E, "kind": "count", "role": "rescued:Florida, the governor's office's count", "verdict": "updated",
            "why": (
                "People rescued in southwest and central Florida since landfall, as Governor DeSantis's office gave them: "
                "more than 1,100 (CNN, Sunday), more than 1,600 ('said Sunday', CNN on Monday), more than 1,900 ('as of "
                "Sunday', ADN citing the governor's office). A judgement call: 1,600 and 1,900 are both given for Sunday, "
                "read as successive statements of that day, not as a conflict."
            ),
            "mentions": [
                ("05", "More than 1,100", 1100, {"as_of": SUN}),
                ("01", "More than 1,600", 1600, {"as_of": SUN}),
                ("04", "more than 1,900", 1900, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "rescued:southwest coast alone, the National Guard's count", "verdict": "single-source",
            "why": "As of Saturday, more than 1,000 rescued on Florida's southwest coast alone (General Hokanson to the AP).",
            "mentions": [("07", "more than 1,000", 1000, {"as_of": SAT})],
        },
        {
            "event": E, "kind": "count", "role": "rescues:the Coast Guard's count", "verdict": "single-source",
            "why": "The Coast Guard's rescues had risen to over 4,000 on Saturday (Rear Admiral McPherson): another authority's count.",
            "mentions": [("09", "over 4,000", 4000, {"as_of": SAT})],
        },
        {
            "event": E, "kind": "count", "role": "rescue missions:Lee County", "verdict": "single-source",
            "why": "Lee County's crews conduct 'hundreds of' search and rescue missions; more than 800 so far (the sheriff).",
            "mentions": [
                ("02", "hundreds", 500, {"low": 200, "high": 999}),
                ("02", "more than 800", 800),
            ],
        },
        # --- outages and other figures ---
        {
            "event": E, "kind": "count", "role": "customers without power:Florida", "verdict": "updated",
            "why": "Homes and businesses without power in Florida fell as crews restored it: about 900,000 early Sunday, nearly 600,000 early Monday afternoon, more than 530,000 Monday evening.",
            "mentions": [
                ("05", "About 900,000", 900000, {"as_of": SUN}),
                ("01", "Nearly 600,000", 600000, {"as_of": MON}),
                ("04", "More than 530,000", 530000, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "customers without power:North Carolina", "verdict": "single-source",
            "why": "More than 30,000 without power in North Carolina early Sunday.",
            "mentions": [("05", "More than 30,000", 30000)],
        },
        {
            "event": E, "kind": "count", "role": "customers without power:along the storm's path, Saturday", "verdict": "single-source",
            "why": "The AP on Saturday: 'leaving hundreds of thousands without power' (Florida and the Carolinas).",
            "mentions": [("07", "hundreds of thousands", 500000, {"low": 200000, "high": 999999})],
        },
        {
            "event": E, "kind": "count", "role": "boil water advisories", "verdict": "single-source",
            "why": "Well over 100 boil water advisories in Florida: a look-alike of the 100 deaths.",
            "mentions": [("01", "well over 100", 100, {"low": 100, "high": None})],
        },
        {
            "event": E, "kind": "count", "role": "National Guard troops to Pine Island", "verdict": "single-source",
            "why": "More than 100 National Guard troops sent to Pine Island: a look-alike of the 100 deaths.",
            "mentions": [("02", "More than 100", 100)],
        },
        {
            "event": E, "kind": "count", "role": "instances of looting:Lee County", "verdict": "single-source",
            "why": "Three instances of looting in Lee County (the sheriff).",
            "mentions": [("02", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "emergency calls:Lee County", "verdict": "single-source",
            "why": "3,800 emergency 911 calls received by Lee County during and right after the storm.",
            "mentions": [("02", "3,800", 3800)],
        },
        {
            "event": E, "kind": "measure", "role": "height:storm surge in Lee County", "verdict": "agree",
            "why": "Storm surges as high as 10 feet in Lee County (the Miami Herald's text, twice): a look-alike of the 10 counties.",
            "mentions": [
                ("03", "as high as 10 feet", 10, {"low": None, "high": 10, "note": "feet"}),
                ("08", "as high as 10 feet", 10, {"low": None, "high": 10, "note": "feet"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "weight:a boat dock carried away in Naples", "verdict": "single-source",
            "why": "A 4,000-pound boat dock carried through an apartment complex: a look-alike of the Coast Guard's 4,000 rescues.",
            "mentions": [("01", "4,000-pound", 4000, {"note": "pounds"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:power restoration in Fort Myers Beach and Cape Coral", "verdict": "single-source",
            "why": "Some places might not see power restored for another 30 days.",
            "mentions": [("04", "another 30 days", 30, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "elapsed:from landfall to Monday's toll", "verdict": "single-source",
            "why": "Five days after landfall (Wednesday to Monday).",
            "mentions": [("03", "Five days", 5, {"note": "days"})],
        },
        {
            "event": E, "kind": "duration", "role": "elapsed:from landfall to Thursday's toll", "verdict": "single-source",
            "why": "'In the eight days since the storm made landfall' (Wednesday 28 September to Thursday 6 October): a look-alike of the five days above, on another date.",
            "mentions": [("06", "eight days", 8, {"note": "days"})],
        },
        {
            "event": E, "kind": "count", "role": "age:Chris Schnapp's mother-in-law", "verdict": "agree",
            "why": "Her mother-in-law, 83, had stayed on Sanibel Island (the AP's text, and the Sun Sentinel's).",
            "mentions": [
                ("07", "83-year-old", 83, {"note": "years"}),
                ("09", "83-year-old", 83, {"note": "years"}),
            ],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:Marceno's announcement of 54 deaths", "verdict": "agree",
            "why": "Sheriff Marceno announced Lee County's 54 deaths on Monday 3 October.",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "Marceno said Monday"}),
                ("02", "Monday", MON),
                ("03", "Monday", MON, {"ctx": "announced Monday"}),
                ("04", "Monday", MON, {"ctx": "said on Monday"}),
                ("08", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Lee County's earlier toll of 42", "verdict": "agree",
            "why": "The 42 was reported on Sunday 2 October ('a day earlier' than Monday's announcement).",
            "mentions": [
                ("03", "Sunday", SUN),
                ("08", "a day earlier", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the statewide toll of about 100", "verdict": "agree",
            "why": "The statewide toll of about / at least 100 was Monday's (3 October).",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "100 on Monday"}),
                ("03", "Monday", MON, {"ctx": "as of Monday"}),
                ("03", "Monday", MON, {"ctx": "101 on Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the governor's office's rescue figure", "verdict": "agree",
            "why": "The governor's office gave its rescue figure on Sunday 2 October (1,600 'said Sunday'; 1,900 'As of Sunday').",
            "mentions": [
                ("01", "Sunday", SUN),
                ("04", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the toll of at least 101", "verdict": "single-source",
            "why": "The toll rose to at least 101 on Thursday 6 October.",
            "mentions": [("06", "Thursday", THU)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Chris Schnapp at the Port Sanibel Marina", "verdict": "agree",
            "why": "Saturday 1 October (the AP's text, and the Sun Sentinel's).",
            "mentions": [
                ("07", "Saturday", SAT, {"ctx": "Fort Myers on Saturday"}),
                ("09", "Saturday", SAT, {"ctx": "Fort Myers on Saturday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the medical examiners' count of 25", "verdict": "single-source",
            "why": "The 25 confirmed deaths were as of Saturday evening, 1 October.",
            "mentions": [("09", "Saturday", SAT, {"ctx": "as of Saturday evening"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:NBC's toll of more than 77", "verdict": "single-source",
            "why": "NBC's figure was of Saturday afternoon, 1 October.",
            "mentions": [("09", "Saturday", SAT, {"ctx": "NBC on Saturday"})],
        },
        # --- siblings and background ---
        {
            "event": VISIT, "kind": "date", "role": "date-of:Biden's visit to Florida", "verdict": "agree",
            "why": "Biden was to visit Florida on Wednesday 5 October (announced on Saturday; the Miami Herald on Monday).",
            "mentions": [
                ("03", "Wednesday", "2022-10-05"),
                ("07", "Wednesday", "2022-10-05"),
            ],
        },
        {
            "event": FIONA, "kind": "date", "role": "date-of:Biden's visit to Puerto Rico", "verdict": "single-source",
            "why": "Biden was in Puerto Rico on Monday 3 October: the same day as Marceno's announcement, another event.",
            "mentions": [("03", "Monday", MON, {"ctx": "Puerto Rico on Monday"})],
        },
        {
            "event": FIONA, "kind": "date", "role": "date-of:Hurricane Fiona in Puerto Rico", "verdict": "single-source",
            "why": "Fiona struck Puerto Rico 'two weeks ago' (its landfall was on 18 September 2022).",
            "mentions": [("03", "two weeks ago", "2022-09-19", {"note": "two weeks before 3 October"})],
        },
        {
            "event": KATRINA, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Katrina left more than 1,800 dead.",
            "mentions": [("06", "more than 1,800", 1800)],
        },
        {
            "event": KATRINA, "kind": "date", "role": "date-of:Hurricane Katrina", "verdict": "single-source",
            "why": "Katrina struck in 2005.",
            "mentions": [("06", "2005", "2005")],
        },
        {
            "event": GALV, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "The Galveston hurricane killed as many as 8,000.",
            "mentions": [("06", "as many as 8,000", 8000, {"low": None, "high": 8000})],
        },
        {
            "event": GALV, "kind": "date", "role": "date-of:the Great Galveston Hurricane", "verdict": "single-source",
            "why": "The Galveston hurricane struck in 1900.",
            "mentions": [("06", "1900", "1900")],
        },
    ],
}
