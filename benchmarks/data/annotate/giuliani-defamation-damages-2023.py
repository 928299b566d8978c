# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the damages verdict against Rudy Giuliani, 15 December 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; durations in hours, days or years (note); ages in years; dates as ISO strings. Friday = 15 December
2023 (the verdict). The five awards add to $148,169,000 (16,171,000 + 16,998,000 + 20,000,000 + 20,000,000 +
75,000,000). Left out: 'more than three times that amount' (a ratio), 'one of the largest awards', 'multimillion-dollar',
'tens of millions', 'months ago', 'the first day of the trial', 'hours of emotional testimony', 'the First Amendment'.
"""

E = "e1"
E2020 = "e2"
ACCUSE = "e3"
LIABLE = "e4"
JONES = "e5"
PEOPLE = "e6"
FRI = "2023-12-15"
M = 1e6
USD = "US dollars"

SPEC = {
    "description": (
        "The damages verdict of a federal jury in Washington, D.C., against Rudy Giuliani for defaming the Georgia election "
        "workers Ruby Freeman and Shaye Moss, Friday 15 December 2023, as six outlets reported it on 15-16 December 2023: "
        "the total $148 million / about / more than / a little over $148 million / 148,169,000 / nearly $150 million against "
        "The Hill's '$148.7 million' (`conflict`: the five awards add to $148,169,000); Freeman's defamation award "
        "$16,171,000 / nearly / $16.2 million, Moss's $16,998,000 / nearly $17 million / $16.9 million (`compatible`); $20 "
        "million each for emotional distress and $75 million punitive (`agree`); the women's request more than $47 million / "
        "$48 million (`compatible`), $24 million each; deliberations more than / about 10 hours, 'a little more than a day' "
        "(`compatible`); a four-day trial and eight jurors (`agree`); the verdict on Friday against Politico's 'Thursday' "
        "(`conflict`). Background: the 2020 election (`agree`), Giuliani's first accusation of 3 December 2020, his "
        "concession in July and the liability ruling in August, the $230,000 already owed, Alex Jones's more than $1 billion."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page; the verdict just read, and the URL (2023/12): 15 December 2023, a guess within a day"},
        "02": {"published_how": "inferred: no date on the stored page; a report of the verdict: 16 December 2023, a guess within a day"},
        "03": {"published_how": "inferred: no date on the stored page; 'This story is developing' (removed), the verdict just reached: 15 December 2023"},
        "04": {"published_how": "inferred: no date on the stored page; Freeman 'said outside the courthouse Friday': 15 December 2023, a guess within a day"},
        "05": {"published_how": "inferred: no date on the stored page; 'A federal jury on Friday ordered': 16 December 2023, a guess within a day"},
        "06": {"published_how": "the corpus's date line 2023-12-15 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "the damages trial and verdict against Rudy Giuliani for defaming Ruby Freeman and Shaye Moss, December 2023", "main": True},
        {"id": E2020, "label": "the 2020 US presidential election (background)", "main": False},
        {"id": ACCUSE, "label": "Giuliani's accusations against the election workers from December 2020 (background)", "main": False},
        {"id": LIABLE, "label": "the earlier rulings and concessions in the case, 2023 (background)", "main": False},
        {"id": JONES, "label": "the Sandy Hook verdicts against Alex Jones (background)", "main": False},
        {"id": PEOPLE, "label": "the people of the case (background)", "main": False},
    ],
    "clusters": [
        # --- the awards ---
        {
            "event": E, "kind": "money", "role": "money:total damages awarded", "verdict": "conflict",
            "why": "The five awards add to $148,169,000: '$148 million' in every headline, 'about', 'more than', 'a little over $148 million', Celeb and Crime Gists's '148,169,000 million' (the exact sum, with a stray 'million'), CNN's 'nearly $150 million' all hold; The Hill's 'a total of $148.7 million' does not.",
            "mentions": [
                ("01", "$148M", 148 * M, {"note": USD + "; the headline"}),
                ("01", "$148 million", 148 * M, {"note": USD}),
                ("01", "$148.7 million", 148.7 * M, {"note": USD}),
                ("02", "$148M", 148 * M, {"note": USD + "; the headline"}),
                ("02", "about $148 million", 148 * M, {"note": USD}),
                ("03", "a little over $148 million", 148 * M, {"low": 148 * M, "high": 149 * M, "note": USD}),
                ("03", "148,169,000 million", 148169000, {"note": USD + "; written '148,169,000 million'"}),
                ("04", "nearly $150 million", 150 * M, {"note": USD}),
                ("05", "$148 million", 148 * M, {"ctx": "pay $148 million", "note": USD + "; the headline"}),
                ("05", "more than $148 million", 148 * M, {"note": USD}),
                ("06", "$148 million", 148 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:defamation damages to Ruby Freeman", "verdict": "compatible",
            "why": "$16,171,000 (CNN), 'nearly $16.2 million', '$16.2 million', and Politico's 'about $16 million apiece' (for each woman: Freeman's award rounded; Moss's $16,998,000 would round to 17).",
            "mentions": [
                ("01", "nearly $16.2 million", 16.2 * M, {"note": USD}),
                ("02", "about $16 million", 16 * M, {"note": USD + "; 'apiece', for each woman"}),
                ("04", "$16,171,000", 16171000, {"note": USD}),
                ("05", "$16.2 million", 16.2 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:defamation damages to Shaye Moss", "verdict": "compatible",
            "why": "$16,998,000 (CNN), 'nearly $17 million' and the Times's '$16.9 million' (truncated).",
            "mentions": [
                ("01", "nearly $17 million", 17 * M, {"note": USD}),
                ("04", "$16,998,000", 16998000, {"note": USD}),
                ("05", "$16.9 million", 16.9 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:emotional-distress damages to each woman", "verdict": "agree",
            "why": "$20 million to each woman for emotional distress (given per woman in The Hill's and CNN's texts, 'apiece' / 'each' in Politico's and the Times's).",
            "mentions": [
                ("01", "$20 million", 20 * M, {"ctx": "$20 million for his infliction", "note": USD + "; Moss"}),
                ("01", "$20 million", 20 * M, {"ctx": "$20 million for emotional distress. The mother", "note": USD + "; Freeman"}),
                ("02", "$20 million", 20 * M, {"note": USD + "; apiece"}),
                ("04", "$20 million", 20 * M, {"ctx": "$16,171,000 for defamation and $20 million", "note": USD + "; Freeman"}),
                ("04", "$20 million", 20 * M, {"ctx": "$16,998,000 for defamation and $20 million", "note": USD + "; Moss"}),
                ("05", "$20 million", 20 * M, {"note": USD + "; each"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:punitive damages", "verdict": "agree",
            "why": "$75 million in punitive damages to the two women together.",
            "mentions": [
                ("01", "$75 million", 75 * M, {"note": USD}),
                ("02", "$75 million", 75 * M, {"note": USD}),
                ("04", "$75 million", 75 * M, {"note": USD}),
                ("05", "$75 million", 75 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "awards making up the total", "verdict": "single-source",
            "why": "'each of the five numbers that made up the total damages amount'.",
            "mentions": [("01", "five", 5)],
        },
        {
            "event": E, "kind": "money", "role": "money:damages the women asked for (in all)", "verdict": "compatible",
            "why": "'$24 million to each woman — for a total of $48 million' and '$48 million ... to be split equally' against The Hill's 'more than $47 million' (a bound that holds).",
            "mentions": [
                ("01", "more than $47 million", 47 * M, {"note": USD}),
                ("03", "$48 million", 48 * M, {"note": USD}),
                ("06", "$48 million", 48 * M, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:damages asked for each woman", "verdict": "single-source",
            "why": "'recommended the jury award $24 million to each woman'.",
            "mentions": [("03", "$24 million", 24 * M, {"note": USD})],
        },
        {
            "event": E, "kind": "count", "role": "election workers who sued", "verdict": "agree",
            "why": "Two women, Ruby Freeman and her daughter Shaye Moss.",
            "mentions": [
                ("01", "two", 2, {"ctx": "to two former"}),
                ("01", "two", 2, {"ctx": "the two women"}),
                ("02", "two", 2),
                ("04", "two", 2),
                ("05", "two", 2, {"ctx": "pay two former"}),
                ("05", "two", 2, {"ctx": "the two workers"}),
                ("06", "two", 2),
            ],
        },
        # --- the trial ---
        {
            "event": E, "kind": "duration", "role": "duration-of:the jury's deliberations", "verdict": "compatible",
            "why": "'more than 10 hours' and 'about 10 hours' of deliberating, over two court days: Celeb and Crime Gists's 'a little more than a day' counts the elapsed time (Thursday to Friday afternoon), not the hours deliberated.",
            "mentions": [
                ("01", "more than 10 hours", 10, {"note": "hours"}),
                ("02", "about 10 hours", 10, {"note": "hours"}),
                ("03", "a little more than a day", 26, {"low": 24, "high": 30, "note": "hours; written 'a little more than a day'"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the damages trial", "verdict": "agree",
            "why": "Four days.",
            "mentions": [
                ("01", "four-day", 4, {"note": "days"}),
                ("02", "four-day", 4, {"ctx": "an unusual four-day", "note": "days"}),
                ("02", "four-day", 4, {"ctx": "followed a four-day", "note": "days"}),
                ("03", "four days", 4, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "jurors", "verdict": "agree",
            "why": "Eight jurors ('the eight Washington, D.C., residents', 'The eight-member panel').",
            "mentions": [
                ("01", "eight", 8),
                ("02", "eight-member", 8),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the verdict", "verdict": "conflict",
            "why": "The verdict was read on Friday 15 December 2023 (the Times, Bloomberg) against Politico's 'a federal jury determined Thursday': one act, two days.",
            "mentions": [
                ("02", "Thursday", "2023-12-14"),
                ("05", "Friday", FRI),
                ("06", "Friday", FRI),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Freeman's statement outside the courthouse", "verdict": "single-source",
            "why": "'Freeman said outside the courthouse Friday' (after the verdict; another act of that Friday).",
            "mentions": [("04", "Friday", FRI)],
        },
        # --- background ---
        {
            "event": E2020, "kind": "date", "role": "date-of:the 2020 presidential election", "verdict": "agree",
            "why": "The 2020 election.",
            "mentions": [
                ("01", "2020", "2020"),
                ("02", "2020", "2020"),
                ("03", "2020", "2020"),
                ("04", "2020", "2020", {"ctx": "following the 2020 election"}),
                ("04", "2020", "2020", {"ctx": "after the 2020 presidential"}),
                ("05", "2020", "2020", {"ctx": "after the 2020 presidential"}),
                ("06", "2020", "2020", {"ctx": "two 2020 Georgia"}),
                ("06", "2020", "2020", {"ctx": "The election of 2020"}),
            ],
        },
        {
            "event": ACCUSE, "kind": "date", "role": "date-of:Giuliani's first accusation", "verdict": "single-source",
            "why": "'after December 3, 2020, when Giuliani first suggested that they had engaged in voter fraud'.",
            "mentions": [("05", "December 3, 2020", "2020-12-03")],
        },
        {
            "event": LIABLE, "kind": "date", "role": "date-of:the ruling that found Giuliani liable", "verdict": "single-source",
            "why": "'found liable by US District Judge Beryl Howell in Washington in August'.",
            "mentions": [("06", "August", "2023-08")],
        },
        {
            "event": LIABLE, "kind": "date", "role": "date-of:Giuliani's concession of defamatory remarks", "verdict": "single-source",
            "why": "'this July, he tried to have it both ways when he conceded that he made defamatory remarks'.",
            "mentions": [("03", "July", "2023-07")],
        },
        {
            "event": LIABLE, "kind": "money", "role": "money:sum Giuliani already owed the women", "verdict": "single-source",
            "why": "'already on the hook to Moss and Freeman for $230,000'.",
            "mentions": [("03", "$230,000", 230000, {"note": USD})],
        },
        {
            "event": JONES, "kind": "money", "role": "money:damages Alex Jones was ordered to pay", "verdict": "single-source",
            "why": "'the more than $1 billion Alex Jones was ordered to pay'.",
            "mentions": [("06", "more than $1 billion", 1e9, {"note": USD})],
        },
        {
            "event": PEOPLE, "kind": "count", "role": "Giuliani's age", "verdict": "single-source",
            "why": "'Giuliani, 79'.",
            "mentions": [("02", "79", 79)],
        },
        {
            "event": PEOPLE, "kind": "duration", "role": "duration-of:Moss's service as an election worker", "verdict": "single-source",
            "why": "'I spent 10 years as an election worker in Fulton County'.",
            "mentions": [("04", "10 years", 10, {"note": "years"})],
        },
        {
            "event": PEOPLE, "kind": "count", "role": "age of Moss's son", "verdict": "single-source",
            "why": "'Ms. Moss's 14-year-old son'.",
            "mentions": [("05", "14-year-old", 14)],
        },
    ],
}
