# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the Wagner group's mutiny, 23-24 June 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings: Friday = 23 June 2023, Saturday = 24 June (Rostov seized, the march halted), Sunday = 25 June,
Monday = 26 June. Distances in metres (miles at 1,609.344 m). Left out: model names and designations ('Mi-35', 'Ka-52',
'Mi-8', 'Il-22', 'IL-22M', 'Pantsir-S1', 'SA-22'), 'the seventh' (an ordinal), 'A day later' (relative), 'an aircraft
carrier' (no figure), 'numerous aircraft', 'decades', 'Within hours', 'the weekend' (two days, not one).
"""

E = "e1"
INVASION = "e2"
IL22 = "e3"
PUTIN = "e4"
FRI = "2023-06-23"
SAT = "2023-06-24"
SUN = "2023-06-25"
MON = "2023-06-26"
MILE = 1609.344

SPEC = {
    "description": (
        "The Wagner group's mutiny of Friday 23 and Saturday 24 June 2023, as six outlets reported it from that Saturday "
        "to about Wednesday 28 June: Rostov-on-Don seized on Saturday (`agree`), the march halted on 24 June under a deal "
        "brokered by Belarus; the fighters Prigozhin claimed, 25,000, and a source's 'fewer than 25,000' at his "
        "disposal, about 5,000 in the convoy and around 5,000 in Rostov; the convoy's closest approach to Moscow 200 km "
        "(Prigozhin; 125 miles) against 'as close as 400 kilometers' in other reports (`conflict`); the mutiny's 24 hours "
        "(`agree`); aircraft shot down: six helicopters (`agree`) and an Il-22, seven in all; the crews killed 'a reported "
        "13' beside ten on the Il-22 and 16 to 19 in the helicopters (other scopes); the Il-22M fleet approximately 20, "
        "around 12 modernised. Background: the full-scale invasion of February 2022 (`agree`), Putin's more than two "
        "decades in power, Prigozhin's age 62."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-06-24 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2023-06-25 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-06-25 (removed from the text) and the URL (2023/06/25)"},
        "04": {"published_how": "inferred: no date on the stored page; Putin's tribute 'on Monday' (26 June): 27 June 2023, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; Kommersant's report 'On Monday' (26 June): 27 June 2023, a guess within a day"},
        "06": {"published_how": "inferred: no date on the stored page; an analysis after 'The weekend mutiny' of 23-24 June: 28 June 2023, a guess within a few days"},
    },
    "events": [
        {"id": E, "label": "the Wagner group's mutiny and march towards Moscow, 23-24 June 2023", "main": True},
        {"id": INVASION, "label": "Russia's full-scale invasion of Ukraine, February 2022 (background)", "main": False},
        {"id": IL22, "label": "the Russian Air Force's Il-22M fleet (background)", "main": False},
        {"id": PUTIN, "label": "Putin's rule and Prigozhin's life (background)", "main": False},
    ],
    "clusters": [
        # --- men ---
        {
            "event": E, "kind": "count", "role": "Wagner fighters Prigozhin claimed", "verdict": "single-source",
            "why": "Prigozhin's own claim of 25,000 fighters (in-cyprus's sentence restating it is cut off in the stored page).",
            "mentions": [
                ("02", "25,000", 25000),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Wagner men at Prigozhin's disposal (a source's estimate)", "verdict": "single-source",
            "why": "'a source close to the leadership' said Prigozhin 'had fewer than 25,000 men at his disposal in total' (an estimate kept apart from Prigozhin's claim of 25,000, a bound below it).",
            "mentions": [("01", "fewer than 25,000", 25000)],
        },
        {
            "event": E, "kind": "count", "role": "Wagner men in the convoy approaching Moscow", "verdict": "single-source",
            "why": "'contains about 5,000 men led by senior Wagner commander Dmitry Utkin'.",
            "mentions": [("01", "about 5,000", 5000)],
        },
        {
            "event": E, "kind": "count", "role": "Wagner men in Rostov-on-Don", "verdict": "single-source",
            "why": "'around 5,000 of them were in Rostov-on-Don' (a look-alike of the convoy's 5,000).",
            "mentions": [("01", "around 5,000", 5000)],
        },
        # --- how far, how long ---
        {
            "event": E, "kind": "measure", "role": "closest approach of the Wagner convoy to Moscow", "verdict": "conflict",
            "why": "Prigozhin's 'in 24 hours we got 200 kilometers from Moscow' and Portrait News's 'as close as 200 kilometres (125 miles)' against the Moscow Times's 'reports that Wagner fighters had come as close as 400 kilometers from Moscow': one closest approach, two distances that cannot both hold.",
            "mentions": [
                ("03", "400", 400000, {"note": "metres; written 'as close as 400 kilometers'"}),
                ("03", "200", 200000, {"note": "metres; written '200 kilometers', Prigozhin's claim"}),
                ("04", "200", 200000, {"note": "metres; written 'as close as 200 kilometres'"}),
                ("04", "125 miles", round(125 * MILE), {"note": "metres; the conversion of 200 km"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the mutiny", "verdict": "agree",
            "why": "'a tense, chaotic 24 hours' (RFE/RL) and Prigozhin's 'in 24 hours' of march: the mutiny's one day.",
            "mentions": [
                ("02", "24 hours", 24, {"note": "hours"}),
                ("03", "24 hours", 24, {"note": "hours"}),
            ],
        },
        # --- aircraft ---
        {
            "event": E, "kind": "count", "role": "Russian aircraft shot down by Wagner", "verdict": "single-source",
            "why": "'shot down seven Russian aircraft' (six helicopters and the Il-22M).",
            "mentions": [("06", "seven", 7)],
        },
        {
            "event": E, "kind": "count", "role": "Russian helicopters shot down", "verdict": "agree",
            "why": "Six helicopters (with the plane, the seven aircraft).",
            "mentions": [
                ("05", "six", 6),
                ("06", "six", 6),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Mi-8 electronic-warfare helicopters shot down", "verdict": "single-source",
            "why": "'three Mi-8 electronic-warfare helicopters' (a part of the six).",
            "mentions": [("06", "three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "Mi-8 transport helicopters shot down", "verdict": "single-source",
            "why": "'one Mi-8 transport helicopter' (a part of the six).",
            "mentions": [("06", "one", 1, {"ctx": "one Mi-8 transport"})],
        },
        {
            "event": E, "kind": "count", "role": "crew members killed in the aircraft shot down", "verdict": "single-source",
            "why": "'killing a reported 13 crew members' in all seven aircraft (Earth Press News's ten on the Il-22 and 16 to 19 in the helicopters, from a Telegram channel, are other scopes that would add to more).",
            "mentions": [("06", "13", 13)],
        },
        {
            "event": E, "kind": "count", "role": "people on board the Il-22 shot down", "verdict": "single-source",
            "why": "'ten people were on board the plane, an Il-22' (the Fighterbomber channel).",
            "mentions": [("05", "ten", 10)],
        },
        {
            "event": E, "kind": "count", "role": "crews of the helicopters shot down", "verdict": "single-source",
            "why": "'a total of between 16 and 19 people in the crews' (a range).",
            "mentions": [("05", "between 16 and 19", 19, {"low": 16, "high": 19})],
        },
        {
            "event": E, "kind": "count", "role": "population of Rostov-on-Don", "verdict": "single-source",
            "why": "'the million-strong city of Rostov-on-Don'.",
            "mentions": [("05", "million-strong", 1000000)],
        },
        # --- dates ---
        {
            "event": E, "kind": "date", "role": "date-of:Wagner's crossing into Russia", "verdict": "single-source",
            "why": "'crossed into Russia on Friday, June 23'.",
            "mentions": [("06", "Friday, June 23", FRI)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the seizure of Rostov-on-Don", "verdict": "agree",
            "why": "Saturday 24 June 2023.",
            "mentions": [
                ("03", "Saturday", SAT, {"ctx": "boiled over on Saturday"}),
                ("04", "Saturday", SAT),
                ("05", "Saturday", SAT),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the halt of the march", "verdict": "single-source",
            "why": "'before he halted his so-called “march for justice\" on June 24'.",
            "mentions": [("02", "June 24", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the source's statement on the convoy", "verdict": "single-source",
            "why": "'said late on Saturday' (24 June).",
            "mentions": [("01", "Saturday", SAT)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Prigozhin last seen leaving Rostov", "verdict": "single-source",
            "why": "'He was last seen late Saturday in an SUV leaving Rostov-on-Don'.",
            "mentions": [("03", "Saturday", SAT, {"ctx": "last seen late Saturday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Prigozhin's whereabouts unknown", "verdict": "single-source",
            "why": "'It wasn't immediately known where Prigozhin was early on June 25'.",
            "mentions": [("02", "June 25", SUN)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Wagner's return to base", "verdict": "single-source",
            "why": "'Wagner mercenaries were headed back to base on Sunday' (25 June).",
            "mentions": [("03", "Sunday", SUN, {"ctx": "back to base on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Moscow's security measures still in place", "verdict": "single-source",
            "why": "'security measures were still in place in Moscow on Sunday' (another act of that Sunday).",
            "mentions": [("03", "Sunday", SUN, {"ctx": "in Moscow on Sunday"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Putin's tribute to the pilots", "verdict": "single-source",
            "why": "Putin 'paid respect to the pilots ... on Monday' (26 June).",
            "mentions": [("04", "Monday", MON)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Kommersant's report of the FSB investigation", "verdict": "single-source",
            "why": "'On Monday, the Kommersant business newspaper stated' (26 June): another act of that Monday.",
            "mentions": [("05", "Monday", MON)],
        },
        # --- background ---
        {
            "event": INVASION, "kind": "date", "role": "date-of:the full-scale invasion", "verdict": "agree",
            "why": "'in February last year' (2022, in a 2023 text) and 'the February 2022 invasion'.",
            "mentions": [
                ("01", "February last year", "2022-02"),
                ("02", "February 2022", "2022-02"),
            ],
        },
        {
            "event": PUTIN, "kind": "duration", "role": "duration-of:Putin's hold on power", "verdict": "single-source",
            "why": "'his more than two-decade hold on power'.",
            "mentions": [("02", "more than two-decade", 20, {"note": "years"})],
        },
        {
            "event": PUTIN, "kind": "count", "role": "Prigozhin's age", "verdict": "single-source",
            "why": "'Prigozhin, 62'.",
            "mentions": [("02", "62", 62, {"note": "years"})],
        },
        {
            "event": IL22, "kind": "count", "role": "Il-22M planes in the Russian Air Force", "verdict": "single-source",
            "why": "'approximately 20' (Gady, IISS).",
            "mentions": [("06", "approximately 20", 20)],
        },
        {
            "event": IL22, "kind": "count", "role": "modernised Il-22M planes", "verdict": "single-source",
            "why": "'only around 12 were of the modernized version'.",
            "mentions": [("06", "around 12", 12)],
        },
    ],
}
