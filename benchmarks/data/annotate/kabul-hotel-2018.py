# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Kabul Intercontinental Hotel attack story (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
"""

E = "e1"
START = "2018-01-20"
END = "2018-01-21"
SPEC = {
    "description": (
        "The Taliban assault on Kabul's Intercontinental Hotel from about 9 pm on Saturday 20 January 2018 "
        "to Sunday morning, reported by eight outlets on 21-22 January: the toll rose from 'at least five' "
        "to 18 while Tolo News reported 43; the number of attackers (three to six) and the siege's length "
        "(12 to 17 hours) conflict. The June 2011 attack on the same hotel and the May 2017 Kabul truck "
        "bombing are background events whose figures are traps."
    ),
    "documents": {
        "01": {"published_how": "'January 21, 2018 / 5:50 AM' on the page"},
        "02": {"published_how": "date in the page's URL (2018-01-21)"},
        "03": {"published_how": "'Updated January 21, 2018' on the page"},
        "04": {"published_how": "'Monday January 22,2018' in the page header"},
        "05": {"published_how": "reports Sunday's toll of 18 (no dateline in the stored copy): 21 January"},
        "06": {"published_how": "reports Sunday's toll and a photo dated January 21, 2018: 21 January"},
        "07": {"published_how": "date in the page's URL (2018/01/21)"},
        "08": {"published_how": "reports the end of the siege on Sunday (no dateline in the stored copy): 21 January"},
    },
    "events": [
        {"id": "e1", "label": "the Taliban assault on the Intercontinental Hotel, Kabul, 20-21 January 2018", "main": True},
        {"id": "e2", "label": "the June 2011 attack on the same hotel (sibling)", "main": False},
        {"id": "e3", "label": "the May 2017 truck bombing in Kabul (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "count", "role": "deaths", "verdict": "conflict",
            "why": (
                "The ministry's toll rose from at least five (six in AFP's caption) to 17 and 18 during Sunday, "
                "but Tolo News' 43 civilians killed, reported the same day, cannot hold with 18."
            ),
            "mentions": [
                ("01", "at least five", 5, {"as_of": "2018-01-21 morning"}),
                ("02", "at Least 18", 18),
                ("02", "at least 18", 18),
                ("03", "At Least 18", 18),
                ("03", "at least six", 6, {"note": "photo caption, an early count"}),
                ("03", "At least 18", 18),
                ("04", "18", 18, {"ctx": "Climbs to 18"}),
                ("04", "At least 18", 18),
                ("04", "18", 18, {"ctx": "that 18 people died"}),
                ("05", "at least 18", 18),
                ("05", "18", 18, {"ctx": "the 18 killed"}),
                ("05", "At least five", 5, {"note": "video caption, an early count"}),
                ("06", "18", 18, {"ctx": "rises to 18"}),
                ("06", "at least 18", 18),
                ("06", "18", 18, {"ctx": "the 18 killed"}),
                ("07", "18", 18, {"ctx": "rises to 18"}),
                ("07", "18", 18, {"ctx": "climbed to 18"}),
                ("07", "at least five", 5, {"as_of": "2018-01-21 morning", "note": "'Earlier in the day'"}),
                ("07", "17", 17, {"ctx": "that 17 people", "note": "'Later on', local sources"}),
                ("08", "43", 43),
                ("08", "Forty-three", 43),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:foreigners", "verdict": "updated",
            "why": "One foreigner among the first five dead on Sunday morning; 14 in every later report.",
            "mentions": [
                ("02", "14", 14),
                ("03", "14", 14),
                ("03", "Fourteen", 14),
                ("04", "14", 14, {"ctx": "Including 14 Foreigners"}),
                ("04", "14", 14, {"ctx": "including 14 foreigners"}),
                ("04", "14", 14, {"ctx": "14 of those"}),
                ("05", "Fourteen", 14),
                ("05", "14", 14, {"ctx": "including 14 foreigners"}),
                ("05", "14", 14, {"ctx": "included 14 foreigners"}),
                ("05", "14", 14, {"ctx": "11 of the 14"}),
                ("06", "14", 14, {"ctx": "11 of the 14"}),
                ("06", "14", 14, {"ctx": "including 14 foreigners"}),
                ("06", "14", 14, {"ctx": "included 14 foreigners"}),
                ("06", "14", 14, {"ctx": "Eleven of the 14"}),
                ("07", "one", 1, {"ctx": "and one foreigner", "as_of": "2018-01-21 morning"}),
                ("08", "At least 14", 14),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Afghans", "verdict": "agree",
            "why": "Four of the 18 dead were Afghans.",
            "mentions": [
                ("02", "four", 4, {"ctx": "other four victims"}),
                ("03", "four", 4, {"ctx": "and four Afghans"}),
                ("04", "four", 4, {"ctx": "four were Afghans"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:KamAir employees", "verdict": "compatible",
            "why": "The ministry says 11 KamAir employees died; the airline 'could so far confirm' 10, a lower bound.",
            "mentions": [
                ("04", "11", 11),
                ("04", "10", 10, {"low": 10, "high": None, "note": "'could so far confirm'"}),
                ("05", "11", 11),
                ("06", "11", 11),
                ("06", "Eleven", 11),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Ukrainians", "verdict": "updated",
            "why": "Ukrainian dead rose as victims were identified: at least one / one, then six (Ukraine), then nine (Afghan ministry, 22 January).",
            "mentions": [
                ("03", "at least one", 1),
                ("04", "nine", 9, {"ctx": "nine Ukrainians"}),
                ("05", "One", 1, {"ctx": "One Ukrainian"}),
                ("06", "six", 6, {"ctx": "six of its citizens"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Ukrainian KamAir employees", "verdict": "single-source",
            "why": "The airline's count of its Ukrainian staff among the dead: a subset, not the number of Ukrainians killed.",
            "mentions": [("04", "eight", 8, {"ctx": "eight Ukrainians"})],
        },
        {
            "event": E, "kind": "count", "role": "deaths:Venezuelan KamAir employees", "verdict": "single-source",
            "why": "Venezuelan KamAir staff among the dead, per the airline.",
            "mentions": [("04", "two", 2, {"ctx": "two Venezuelans"})],
        },
        {
            "event": E, "kind": "count", "role": "injured", "verdict": "conflict",
            "why": "The same spokesman's count is six wounded for Reuters and Tolo News but ten (including six security personnel) for AP.",
            "mentions": [
                ("01", "six", 6),
                ("05", "Ten", 10),
                ("06", "Ten", 10),
                ("07", "six", 6, {"ctx": "18 and six other"}),
                ("07", "six", 6, {"ctx": "killed and six wounded", "as_of": "2018-01-21 morning"}),
                ("07", "six", 6, {"ctx": "and six got injured"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "injured:security forces", "verdict": "agree",
            "why": "Six of the wounded were security personnel (AP).",
            "mentions": [
                ("05", "six", 6, {"ctx": "including six from"}),
                ("06", "six", 6, {"ctx": "including six from"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "evacuated", "verdict": "compatible",
            "why": "153 evacuated and 'more than 150' rescued or fled are the same people.",
            "mentions": [
                ("01", "153", 153),
                ("05", "more than 150", 150),
                ("06", "more than 150", 150),
                ("07", "more than 150", 150),
            ],
        },
        {
            "event": E, "kind": "count", "role": "evacuated:foreigners", "verdict": "agree",
            "why": "41 foreigners among those evacuated.",
            "mentions": [("01", "41", 41), ("05", "41", 41), ("06", "41", 41)],
        },
        {
            "event": E, "kind": "count", "role": "attackers", "verdict": "conflict",
            "why": (
                "The ministry says three (or four) attackers were killed, witnesses four, the Taliban five, "
                "Tolo News six: The National says plainly it is unclear."
            ),
            "mentions": [
                ("02", "four", 4, {"ctx": "killed four attackers"}),
                ("05", "five", 5, {"ctx": "saying five gunmen"}),
                ("06", "three", 3, {"ctx": "said three gunmen"}),
                ("06", "four", 4, {"ctx": "said four were"}),
                ("06", "five", 5, {"ctx": "Taliban said five"}),
                ("08", "six", 6, {"ctx": "after six Taliban"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "attackers seen by one guest", "verdict": "agree",
            "why": "The guest Abdul Rahman Naseri saw four insurgents; the outlets quote the same account.",
            "mentions": [
                ("06", "four", 4, {"ctx": "saw four insurgents"}),
                ("07", "four", 4, {"ctx": "saw four insurgents"}),
                ("08", "four", 4, {"ctx": "saw four insurgents"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:siege", "verdict": "conflict",
            "why": "Close to 12 / twelve hours (EFE, AFP), more than 13 / 13 hours (AP, Tolo), 17 hours (Pakistan Today): they cannot all hold.",
            "mentions": [
                ("03", "twelve-hour", 12, {"note": "hours"}),
                ("04", "close to 12 hours", 12, {"note": "hours"}),
                ("05", "more than 13 hours", 13, {"note": "hours"}),
                ("06", "more than 13 hours", 13, {"note": "hours"}),
                ("07", "17 hours", 17, {"note": "hours"}),
                ("08", "13-hour", 13, {"ctx": "Taliban’s 13-hour", "note": "hours"}),
                ("08", "13-hour", 13, {"ctx": "the 13-hour siege", "note": "hours"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:start of attack", "verdict": "agree",
            "why": "Every outlet that gives the hour says around 9 pm local time.",
            "mentions": [
                ("04", "around 9 pm", "2018-01-20T21:00+04:30"),
                ("05", "around 9 pm", "2018-01-20T21:00+04:30"),
                ("06", "around 9pm", "2018-01-20T21:00+04:30"),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:start of attack", "verdict": "agree",
            "why": "The attack began on Saturday, 20 January 2018.",
            "mentions": [
                ("04", "Saturday", START),
                ("05", "Saturday", START),
                ("06", "Saturday", START),
                ("08", "Saturday", START),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:end of siege", "verdict": "agree",
            "why": "The siege ended on Sunday, 21 January 2018.",
            "mentions": [
                ("01", "Sunday", END),
                ("06", "Sunday", END),
                ("07", "Sunday", END, {"ctx": "(according to the local) on Sunday"}),
                ("07", "Sunday", END, {"ctx": "ended on Sunday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "time-of:end of siege", "verdict": "single-source",
            "why": "Only Pakistan Today gives the hour the siege ended.",
            "mentions": [("07", "10:00 am", "2018-01-21T10:00+04:30")],
        },
        # --- the 2011 attack on the same hotel (sibling, traps) ---
        {
            "event": "e2", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the June 2011 attack; must not meet the 2018 toll.",
            "mentions": [("04", "12", 12, {"ctx": "left 12 dead"})],
        },
        {
            "event": "e2", "kind": "count", "role": "attackers", "verdict": "single-source",
            "why": "Attackers of 2011; must not conflict with the 2018 attackers.",
            "mentions": [("04", "nine", 9, {"ctx": "nine attackers"})],
        },
        {
            "event": "e2", "kind": "date", "role": "date-of:attack", "verdict": "single-source",
            "why": "Date of the earlier attack.",
            "mentions": [("04", "June 2011", "2011-06")],
        },
        {
            "event": "e2", "kind": "duration", "role": "time since the earlier attack", "verdict": "single-source",
            "why": "'Almost six years' between the 2011 and 2018 attacks (it was six and a half).",
            "mentions": [("05", "almost six years", 6, {"note": "years"})],
        },
        # --- the 2017 truck bombing (background) ---
        {
            "event": "e3", "kind": "count", "role": "deaths", "verdict": "single-source",
            "why": "Toll of the May 2017 truck bombing.",
            "mentions": [("04", "150", 150, {"ctx": "killed 150 people"})],
        },
        {
            "event": "e3", "kind": "count", "role": "injured", "verdict": "single-source",
            "why": "Wounded in the May 2017 truck bombing.",
            "mentions": [("04", "more than 300", 300)],
        },
        {
            "event": "e3", "kind": "date", "role": "date-of:bombing", "verdict": "single-source",
            "why": "Date of the truck bombing.",
            "mentions": [("04", "late May 2017", "2017-05")],
        },
    ],
}
