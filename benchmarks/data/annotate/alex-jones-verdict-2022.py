# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Connecticut Alex Jones damages verdict story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
TX = "e2"
SH = "e3"
DAY = "2022-10-12"
USD = "US dollars"
SPEC = {
    "description": (
        "The verdict of the Connecticut jury in Waterbury on Wednesday 12 October 2022 ordering Alex Jones and "
        "Free Speech Systems to pay $965 million in compensatory damages to the relatives of eight Sandy Hook "
        "victims and an FBI agent (15 plaintiffs), written as $965 million, 'at least' / 'more than' $965 million, "
        "'more than $950 million' and 'nearly' / 'almost' $1 billion, after a trial of three weeks, 3 1/2 weeks "
        "or 14 days of testimony; the plaintiffs had asked for more than $500 million / $550 million. Document 09 "
        "and several background sentences are about the sibling event, the Texas jury's verdict of August 2022 "
        "($4.1 million compensatory, $45.2 million punitive, $49.3 million / 'nearly $50 million' in all, after "
        "seven days of testimony): the traps; the Sandy Hook shooting of 14 December 2012 is background."
    ),
    "documents": {
        "01": {"published_how": "'date 2022-10-12' on the stored page"},
        "02": {"published_how": "the URL's date (/2022/10/12/); the text reports the verdict of 'Wednesday'"},
        "03": {"published_how": "inferred: the stored page has no date; it reports the verdict as just reached (the NewsBreak copy of the same WTNH text is dated 2022-10-12)"},
        "04": {"published_how": "the URL's date (-20221012-)"},
        "05": {"published_how": "'date 2022-10-12' on the stored page"},
        "06": {"published_how": "inferred: the stored page has no date; it reports 'The verdict Wednesday' as news"},
        "07": {"published_how": "'date 2022-10-14' on the stored page"},
        "08": {"published_how": "the live post's time stamp '6:23 p.m. ET, October 12, 2022' (removed from the text with the page's furniture)"},
        "09": {"event_hint": "e2", "published_how": "'date 2022-08-04' on the stored page (and 'August 4, 2022, 5:36 PM EDT' in the byline, removed)"},
    },
    "events": [
        {"id": "e1", "label": "the Connecticut jury's damages verdict against Alex Jones, Waterbury, 12 October 2022", "main": True},
        {"id": "e2", "label": "the Texas jury's damages verdicts against Alex Jones, Austin, 4-5 August 2022 (sibling)", "main": False},
        {"id": "e3", "label": "the Sandy Hook Elementary School shooting, Newtown, 14 December 2012 (background)", "main": False},
        {"id": "e4", "label": "the default ruling finding Jones liable, Connecticut, November 2021 (background)", "main": False},
        {"id": "e5", "label": "the families' lawsuits against Jones, filed in 2018 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:compensatory damages awarded", "verdict": "compatible",
            "why": (
                "The jury awarded $965 million; 'at least' / 'more than' $965 million, 'more than $950 million', "
                "'nearly' / 'almost' $1 billion and a 'nearly billion-dollar award' all contain it."
            ),
            "mentions": [
                ("01", "$965 million", 965e6, {"note": USD}),
                ("01", "nearly billion-dollar", 1e9, {"note": USD}),
                ("02", "nearly $1 billion", 1e9, {"note": USD}),
                ("02", "at least $965 million", 965e6, {"note": USD}),
                ("03", "$965 million", 965e6, {"note": USD}),
                ("04", "nearly $1 billion", 1e9, {"ctx": "verdict of nearly $1 billion", "note": USD + "; headline"}),
                ("04", "nearly $1 billion", 1e9, {"ctx": "pay nearly $1 billion", "note": USD}),
                ("04", "$965 million", 965e6, {"note": USD}),
                ("05", "almost $1 billion", 1e9, {"note": USD}),
                ("05", "$965 million", 965e6, {"note": USD}),
                ("06", "more than $965M", 965e6, {"note": USD + "; headline"}),
                ("06", "$965 million", 965e6, {"note": USD}),
                ("07", "more than $950 million", 950e6, {"note": USD}),
                ("08", "nearly $1 billion", 1e9, {"note": USD + "; headline"}),
                ("08", "$965 million", 965e6, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damages asked by the plaintiffs", "verdict": "compatible",
            "why": "The plaintiffs' lawyer asked for $550 million (Sott), i.e. more than $500 million / at least half a billion.",
            "mentions": [
                ("01", "more than $500 million", 500e6, {"note": USD}),
                ("05", "at least half a billion dollars", 500e6, {"note": USD}),
                ("07", "$550 million", 550e6, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to Robbie Parker", "verdict": "single-source",
            "why": "One plaintiff's share of the $965 million: a look-alike of the total, not the total.",
            "mentions": [("03", "$120 million", 120e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to William Aldenberg (FBI agent)", "verdict": "single-source",
            "why": "One plaintiff's share.",
            "mentions": [("03", "$90 million", 90e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to Ian Hockley", "verdict": "single-source",
            "why": "One plaintiff's share.",
            "mentions": [("03", "$81.6 million", 81.6e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to Erica Lafferty", "verdict": "single-source",
            "why": "One plaintiff's share.",
            "mentions": [("03", "$76 million", 76e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to Nicole Hockley", "verdict": "single-source",
            "why": "One plaintiff's share.",
            "mentions": [("03", "$73.6 million", 73.6e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:awarded to Jillian Soto-Marino", "verdict": "single-source",
            "why": "One plaintiff's share.",
            "mentions": [("03", "$68.8 million", 68.8e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:both verdicts together", "verdict": "single-source",
            "why": (
                "CNN's total of the Texas and Connecticut awards ($965 million + about $49 million): a look-alike of "
                "the 'nearly $1 billion' of the Connecticut verdict alone."
            ),
            "mentions": [("08", "more than $1 billion", 1e9, {"note": USD})],
        },
        {
            "event": E, "kind": "count", "role": "victims whose relatives were awarded", "verdict": "agree",
            "why": "Every outlet says the relatives of eight victims (eight families).",
            "mentions": [
                ("01", "eight", 8),
                ("03", "eight", 8),
                ("04", "eight", 8),
                ("05", "eight", 8),
                ("06", "eight", 8),
                ("07", "eight", 8),
                ("08", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "count", "role": "plaintiffs", "verdict": "agree",
            "why": "Fifteen people sued (relatives and the FBI agent).",
            "mentions": [("04", "Fifteen", 15), ("05", "15", 15), ("06", "15", 15)],
        },
        {
            "event": E, "kind": "count", "role": "jurors", "verdict": "agree",
            "why": "A six-person jury.",
            "mentions": [("03", "six-person", 6), ("05", "six-person", 6)],
        },
        {
            "event": E, "kind": "count", "role": "verdict's rank among Jones's verdicts", "verdict": "agree",
            "why": "The second verdict against Jones (after Texas).",
            "mentions": [("02", "second", 2, {"ctx": "the second time"}), ("07", "second", 2, {"ctx": "the second against"})],
        },
        {
            "event": E, "kind": "count", "role": "cases consolidated", "verdict": "single-source",
            "why": "The case consolidated three suits.",
            "mentions": [("07", "three", 3, {"ctx": "three other cases"})],
        },
        {
            "event": E, "kind": "count", "role": "pages of the verdict form", "verdict": "single-source",
            "why": "A 17-page verdict form.",
            "mentions": [("04", "17-page", 17)],
        },
        {
            "event": E, "kind": "count", "role": "the families' lawyers", "verdict": "single-source",
            "why": "Four lawyers spoke with the families.",
            "mentions": [("06", "four", 4)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:trial (testimony)", "verdict": "compatible",
            "why": (
                "The trial ran from 13 September to the start of deliberations on 6 October (about 3 1/3 weeks): "
                "'three weeks' of trial or testimony (Axios, BuzzFeed, Sott) is the rounded figure, the Courant's "
                "'3 1/2 weeks' the other rounding, and FOX61's '14 days of witness testimony' counts court days. "
                "A judgement call: no outlet's figure excludes the others'."
            ),
            "mentions": [
                ("01", "three weeks", 21, {"note": "days; written in weeks"}),
                ("04", "3 ½ weeks", 24.5, {"note": "days; written in weeks"}),
                ("05", "three weeks", 21, {"note": "days; written in weeks"}),
                ("06", "14 days", 14, {"note": "days; court days of witness testimony"}),
                ("07", "three weeks", 21, {"note": "days; written in weeks"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:deliberations", "verdict": "agree",
            "why": "The verdict came on the third full day of deliberations (three days).",
            "mentions": [
                ("03", "third full day", 3, {"note": "days; an ordinal"}),
                ("06", "three days", 3, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:deliberations began", "verdict": "agree",
            "why": "Deliberations began on Thursday 6 October 2022.",
            "mentions": [
                ("01", "last Thursday", "2022-10-06"),
                ("03", "Oct. 6", "2022-10-06"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:trial began", "verdict": "single-source",
            "why": "The trial began on 13 September 2022.",
            "mentions": [("03", "Sept. 13", "2022-09-13")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:verdict", "verdict": "agree",
            "why": "The verdict was read on Wednesday 12 October 2022.",
            "mentions": [
                ("01", "Wednesday", DAY, {"ctx": "jury on Wednesday ordered"}),
                ("02", "Wednesday", DAY),
                ("04", "Wednesday", DAY),
                ("05", "Wednesday", DAY),
                ("06", "Wednesday", DAY, {"ctx": "The verdict Wednesday"}),
                ("06", "Wednesday", DAY, {"ctx": "to Wednesday's jury"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "distance:Waterbury to Newtown", "verdict": "agree",
            "why": "The courthouse is about 20 miles (32 km) from Newtown.",
            "mentions": [
                ("01", "roughly 20 miles", 32187, {"note": "metres; written in miles"}),
                ("03", "about 20 miles", 32187, {"note": "metres; written in miles"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Jones's lies and the abuse", "verdict": "compatible",
            "why": "A decade of abuse (the Courant) and 'nearly a decade' since the lie (CNN).",
            "mentions": [
                ("04", "a decade", 10, {"note": "years"}),
                ("08", "nearly a decade", 10, {"note": "years"}),
            ],
        },
        # --- the sibling event: the Texas verdicts of August 2022 (traps) ---
        {
            "event": TX, "kind": "money", "role": "money:damages awarded in all", "verdict": "compatible",
            "why": (
                "$4.1 million compensatory plus $45.2 million punitive = $49.3 million (Axios); 'nearly $50 million' "
                "(CNN) and the CT Mirror's 'more than $45 million' contain it."
            ),
            "mentions": [
                ("01", "$49.3 million", 49.3e6, {"note": USD}),
                ("02", "more than $45 million", 45e6, {"note": USD + "; may be meant as the punitive part"}),
                ("08", "nearly $50 million", 50e6, {"note": USD}),
            ],
        },
        {
            "event": TX, "kind": "money", "role": "money:compensatory damages awarded", "verdict": "agree",
            "why": "The Texas jury's compensatory award of 4 August: $4.1 million.",
            "mentions": [
                ("07", "$4.1 million", 4.1e6, {"note": USD}),
                ("09", "$4.1 million", 4.1e6, {"note": USD}),
            ],
        },
        {
            "event": TX, "kind": "money", "role": "money:punitive damages awarded", "verdict": "single-source",
            "why": "The Texas jury's punitive award of 5 August.",
            "mentions": [("07", "$45.2 million", 45.2e6, {"note": USD})],
        },
        {
            "event": TX, "kind": "date", "role": "date-of:Texas verdict / trial", "verdict": "compatible",
            "why": "The Texas trial and verdict were in August 2022; the compensatory verdict on Thursday 4 August.",
            "mentions": [
                ("01", "August", "2022-08", {"ctx": "Texas jury in August"}),
                ("01", "August", "2022-08", {"ctx": "Texas trial in August"}),
                ("02", "August", "2022-08"),
                ("09", "Thursday", "2022-08-04"),
            ],
        },
        {
            "event": TX, "kind": "duration", "role": "duration-of:witness testimony", "verdict": "single-source",
            "why": "Seven days of testimony in Texas: a look-alike of Connecticut's 14 days.",
            "mentions": [("09", "seven days", 7, {"note": "days"})],
        },
        {
            "event": TX, "kind": "measure", "role": "phone data shared by mistake", "verdict": "single-source",
            "why": "300 gigabytes of Jones's phone data sent to opposing counsel.",
            "mentions": [("09", "300 gigabytes", 300, {"note": "gigabytes"})],
        },
        {
            "event": TX, "kind": "count", "role": "age:the Texas plaintiffs' son", "verdict": "single-source",
            "why": "The Texas plaintiffs' son was six.",
            "mentions": [("01", "6-year-old", 6)],
        },
        # --- the shooting (background) ---
        {
            "event": SH, "kind": "count", "role": "deaths:children", "verdict": "agree",
            "why": "Twenty children (first graders, students) were killed.",
            "mentions": [
                ("01", "20", 20, {"ctx": "kill 20 children"}),
                ("03", "Twenty", 20),
                ("04", "20", 20),
                ("05", "20", 20),
                ("06", "20", 20),
            ],
        },
        {
            "event": SH, "kind": "count", "role": "deaths:adults", "verdict": "agree",
            "why": "Six adults (staff members, educators) were killed.",
            "mentions": [
                ("01", "six", 6),
                ("03", "six", 6, {"ctx": "six adults"}),
                ("04", "six", 6),
                ("05", "6", 6),
                ("06", "six", 6),
            ],
        },
        {
            "event": SH, "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "26 people killed in all: a look-alike of the 20 children and the six adults.",
            "mentions": [("02", "26", 26)],
        },
        {
            "event": SH, "kind": "date", "role": "date-of:shooting", "verdict": "compatible",
            "why": "The shooting was on 14 December 2012; most outlets give the year only.",
            "mentions": [
                ("01", "2012", "2012", {"ctx": "of the 2012 Sandy"}),
                ("01", "2012", "2012", {"ctx": "Newtown in 2012"}),
                ("02", "2012", "2012"),
                ("03", "2012", "2012", {"ctx": "that the 2012 shooting"}),
                ("03", "Dec. 14, 2012", "2012-12-14"),
                ("04", "2012", "2012", {"ctx": "the 2012 elementary"}),
                ("04", "Dec. 14, 2012", "2012-12-14"),
                ("05", "2012", "2012", {"ctx": "killed in the 2012 Sandy"}),
                ("05", "2012", "2012", {"ctx": "about the 2012 shooting"}),
                ("05", "2012", "2012", {"ctx": "during the 2012 shooting"}),
                ("06", "2012", "2012"),
                ("07", "2012", "2012"),
            ],
        },
        {
            "event": SH, "kind": "count", "role": "age:Emilie Parker", "verdict": "single-source",
            "why": "Emilie Parker was six.",
            "mentions": [("03", "6-year-old", 6, {"ctx": "6-year-old Emilie"})],
        },
        {
            "event": SH, "kind": "count", "role": "age:Dylan Hockley", "verdict": "single-source",
            "why": "Dylan Hockley was six (stated twice in one article).",
            "mentions": [
                ("03", "6-year-old", 6, {"ctx": "Ian Hockley, father of 6-year-old"}),
                ("03", "6-year-old", 6, {"ctx": "Nicole Hockley, mother of 6-year-old"}),
            ],
        },
        # --- the default ruling and the lawsuits (background) ---
        {
            "event": "e4", "kind": "date", "role": "date-of:default ruling", "verdict": "compatible",
            "why": "Jones was found liable by default in November 2021 ('last year' in October 2022).",
            "mentions": [
                ("03", "November 2021", "2021-11"),
                ("05", "last year", "2021"),
            ],
        },
        {
            "event": "e5", "kind": "date", "role": "date-of:lawsuits filed", "verdict": "single-source",
            "why": "The families began suing in 2018.",
            "mentions": [("07", "2018", "2018")],
        },
    ],
}
