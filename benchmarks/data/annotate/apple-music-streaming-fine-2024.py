# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the European Commission's music-streaming fine on Apple, Monday 4 March 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (euros and pounds in `note`, US dollars without; a conversion stays in its amount's
cluster, as in `louvre-jewel-heist-2025`); dates as ISO strings (a month as "YYYY-MM", a year as "YYYY"); durations in
years (note). Monday = 4 March 2024 (the Commission's decision). Ordinals of rank ("the third-largest") are annotated as
counts, as in `chandrayaan-3-landing-2023`.
Left out: the list markers of AFP's list ("1.", "2.", "3.", "4."), "five biggest" / "five largest" (the list's length, a
headline's frame), "CC0" (a licence), "its first ever" / "first financial penalty" (no count), "millions of people"
(vague), 06's byline line ("Jul 07, 2025, 17:19 IST", "40 Share": the page's time stamp and share count), "this year"
beside "January" (part of the date annotated).
"""

E = "e1"
COMPLAINT = "e2"
APPEAL = "e3"
ANDROID = "e4"
SHOPPING = "e5"
ADSENSE = "e6"
FRANCE = "e7"
DUTCH = "e8"
CHARGE = "e9"
INAPP = "e10"
MON = "2024-03-04"
B = 1_000_000_000
M = 1_000_000
EUR = "euros"
SPEC = {
    "description": (
        "The European Commission's antitrust fine on Apple for its App Store rules on music-streaming apps (six outlets, "
        "4 March 2024 - 7 July 2025): the fine 'over 1.8 billion euros' / '€1.84 billion' / '$1.9 billion' / '$1.95 "
        "billion' / '$2 billion' / '£1.6bn' against one page's '€500 million ($587 million)' (`conflict`); decided on "
        "Monday 4 March 2024 / 'in March' (`compatible`); the third-largest EU antitrust fine (`agree`); Spotify's "
        "complaint of 2019 / March 2019 against '2015' (`conflict`); Apple's 30% commission (`agree`). Sibling: Apple's "
        "appeal (May 2024). Background: Google's Android fine (2018, 4.3 billion euros, cut to 4.125 billion in 2022), "
        "Shopping fine (2017, 2.4 billion euros) and advertising fine (2019, 1.49 billion euros); Apple's French fine "
        "(2020, 1.1bn euros, cut to 372m); the Dutch decision of 2021; the Commission's charge of May 2021; Spotify's "
        "in-app purchases from January 2024."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2024-03-04 (removed); 'on Monday'"},
        "02": {"published_how": "the URL's 2024/03/04"},
        "03": {"published_how": "inferred: the URL's 2024-03 and 'on Monday slapped Apple' as news: 4 March 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: no date on the stored page; it reports Apple's appeal (filed 16 May 2024, made public on 21 May) as news: 21 May 2024 (a guess within a few days)"},
        "05": {"published_how": "the URL's 2024/05/21"},
        "06": {"published_how": "the page's 'Updated: Jul 07, 2025'"},
    },
    "events": [
        {"id": E, "label": "the European Commission's antitrust fine on Apple over music-streaming apps, 4 March 2024", "main": True},
        {"id": COMPLAINT, "label": "Spotify's complaint to the Commission against Apple (background)", "main": False},
        {"id": APPEAL, "label": "Apple's appeal against the fine at the EU's General Court, May 2024 (sibling)", "main": False},
        {"id": ANDROID, "label": "the Commission's Google Android fine of 2018 and its reduction by a court in 2022 (background)", "main": False},
        {"id": SHOPPING, "label": "the Commission's Google Shopping fine of 2017 and the Court adviser's opinion of January 2024 (background)", "main": False},
        {"id": ADSENSE, "label": "the Commission's Google online-advertising fine of 2019 (background)", "main": False},
        {"id": FRANCE, "label": "Apple's French competition fine of 2020 and its reduction on appeal (background)", "main": False},
        {"id": DUTCH, "label": "the Dutch antitrust agency's decision against Apple in the dating-apps case, 2021 (background)", "main": False},
        {"id": CHARGE, "label": "the Commission's charge against Apple over music-streaming apps, May 2021 (background)", "main": False},
        {"id": INAPP, "label": "Spotify's in-app purchases on iPhones from January 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "Apple's fine", "verdict": "conflict",
            "why": "The fine of 1.84 billion euros ('over 1.8 billion euros', '€1.84 billion'), converted to $1.9 / $1.95 / $2 billion and £1.6bn, in five outlets; Tech Times News (July 2025) says Apple appeals 'a €500 million ($587 million) fine imposed by the European Commission in March 2024' that 'stemmed from' Spotify's complaint: the same fine, a value that cannot hold beside 1.8 billion euros (the €500 million is another fine, of April 2025, under the Digital Markets Act).",
            "mentions": [
                ("01", "over 1.8 billion euros", 1.8 * B, {"note": EUR}),
                ("01", "$1.95 billion", 1.95 * B),
                ("02", "€1.84 billion", 1.84 * B, {"note": EUR}),
                ("03", "1.8-billion-euro", 1.8 * B, {"ctx": "slapped Apple with a 1.8-billion-euro", "note": EUR}),
                ("03", "$1.9-billion", 1.9 * B),
                ("03", "1.8-billion-euro", 1.8 * B, {"ctx": "iPhone maker with a 1.8-billion-euro", "note": EUR}),
                ("04", "$2bn", 2 * B),
                ("04", "€1.84bn", 1.84 * B, {"note": EUR}),
                ("04", "more than 1.8 billion euros", 1.8 * B, {"note": EUR}),
                ("04", "£1.6bn", 1.6 * B, {"note": "pounds"}),
                ("05", "$2 Billion", 2 * B, {"ctx": "Apple Challenges $2 Billion EU Antitrust Fine Over Spotify Complaint\nApple"}),
                ("05", "$1.95 billion", 1.95 * B),
                ("05", "$2 Billion", 2 * B, {"ctx": "This article, “Apple Challenges $2 Billion"}),
                ("06", "€500M", 500 * M, {"ctx": "Against €500M EU Antitrust Fine\n\nSapatar", "note": EUR}),
                ("06", "€500M", 500 * M, {"ctx": "Against €500M EU Antitrust Fine\n\nApple has", "note": EUR}),
                ("06", "€500 million", 500 * M, {"note": EUR}),
                ("06", "$587 million", 587 * M),
            ],
        },
        {
            "event": E, "kind": "money", "role": "lump sum added to the fine's basic amount", "verdict": "single-source",
            "why": "'it added an additional lump sum of 1.8 billion euros to the basic amount as a deterrent' (the basic amount not given): a part of the fine, a look-alike of the whole.",
            "mentions": [("01", "1.8 billion euros", 1.8 * B, {"ctx": "lump sum of 1.8 billion euros", "note": EUR})],
        },
        {
            "event": E, "kind": "count", "role": "rank of the fine among EU antitrust fines", "verdict": "agree",
            "why": "'the third-largest EU antitrust fine in history' / 'the third biggest antitrust fine by the European Union' (AFP's list puts it third).",
            "mentions": [
                ("02", "third-largest", 3, {"note": "an ordinal"}),
                ("03", "third", 3, {"ctx": "the third biggest antitrust fine by", "note": "an ordinal"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Commission's decision", "verdict": "compatible",
            "why": "Monday 4 March 2024 ('on Monday'), given by month ('in March', 'the March decision', 'March 2024') in the appeal stories and by year in AFP's list ('3. Apple (2024)'): one day, written at three precisions.",
            "mentions": [
                ("01", "Monday", MON),
                ("03", "Monday", MON),
                ("03", "2024", "2024", {"ctx": "Apple (2024)"}),
                ("04", "March", "2024-03", {"ctx": "Apple in March had"}),
                ("05", "March", "2024-03", {"ctx": "fined Apple in March"}),
                ("05", "March", "2024-03", {"ctx": "the March decision"}),
                ("06", "March 2024", "2024-03"),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "Apple's App Store commission", "verdict": "agree",
            "why": "'Apple's 30% App Store fees' / 'commissions of typically 30 percent' / 'Apple took a 30% commission'.",
            "mentions": [
                ("01", "30%", 30),
                ("04", "30 percent", 30),
                ("06", "30%", 30),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Apple's abuse of its dominant position", "verdict": "single-source",
            "why": "Vestager: 'For a decade, Apple abused its dominant position'.",
            "mentions": [("01", "a decade", 10, {"note": "years"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the Commission's investigation", "verdict": "single-source",
            "why": "'The fine concludes a four-year investigation' (opened in 2020).",
            "mentions": [("02", "four-year", 4, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "fine as a share of Apple's global turnover", "verdict": "single-source",
            "why": "'The Commission had said the fine was 0.5 percent of Apple's global turnover'.",
            "mentions": [("04", "0.5 percent", 0.5)],
        },
        {
            "event": COMPLAINT, "kind": "date", "role": "date-of:Spotify's complaint", "verdict": "conflict",
            "why": "'a 2019 complaint by Swedish music streaming service Spotify' (Reuters), 'a 2019 complaint by Spotify' (Law.com), 'Spotify's official complaint filed in March 2019' (Silicon UK) against MacRumors' 'triggered by a complaint from Spotify in 2015' (Apple's statement says Spotify began working with the Commission in 2015; the complaint was filed in March 2019): one complaint, years that cannot both hold.",
            "mentions": [
                ("01", "2019", "2019"),
                ("02", "2019", "2019"),
                ("04", "March 2019", "2019-03"),
                ("05", "2015", "2015"),
            ],
        },
        {
            "event": APPEAL, "kind": "count", "role": "related Commission cases against Apple (Apple's statement)", "verdict": "single-source",
            "why": "'three different related cases mounted against it by the Commission over the past eight years'.",
            "mentions": [("05", "three", 3)],
        },
        {
            "event": APPEAL, "kind": "duration", "role": "duration-of:the period of the related cases (Apple's statement)", "verdict": "single-source",
            "why": "'over the past eight years'.",
            "mentions": [("05", "eight years", 8, {"note": "years"})],
        },
        {
            "event": ANDROID, "kind": "date", "role": "date-of:the Google Android fine", "verdict": "single-source",
            "why": "'1. Google Android (2018)'.",
            "mentions": [("03", "2018", "2018")],
        },
        {
            "event": ANDROID, "kind": "money", "role": "Google Android fine", "verdict": "single-source",
            "why": "'The EU's biggest fine was 4.3 billion euros ordered against Google'.",
            "mentions": [("03", "4.3 billion euros", 4.3 * B, {"note": EUR})],
        },
        {
            "event": ANDROID, "kind": "date", "role": "date-of:the court's reduction of the Android fine", "verdict": "single-source",
            "why": "'A court in 2022 said the fine should be reduced'.",
            "mentions": [("03", "2022", "2022")],
        },
        {
            "event": ANDROID, "kind": "money", "role": "Google Android fine after the court's reduction", "verdict": "single-source",
            "why": "'reduced to 4.125 billion euros'.",
            "mentions": [("03", "4.125 billion euros", 4.125 * B, {"note": EUR})],
        },
        {
            "event": SHOPPING, "kind": "date", "role": "date-of:the Google Shopping fine", "verdict": "single-source",
            "why": "'2. Google Shopping (2017)'.",
            "mentions": [("03", "2017", "2017")],
        },
        {
            "event": SHOPPING, "kind": "money", "role": "Google Shopping fine", "verdict": "single-source",
            "why": "'a fine of 2.4 billion euros'.",
            "mentions": [("03", "2.4 billion euros", 2.4 * B, {"note": EUR})],
        },
        {
            "event": SHOPPING, "kind": "date", "role": "date-of:the Court adviser's opinion on the Shopping fine", "verdict": "single-source",
            "why": "'In January this year, the European Court of Justice's top adviser recommended the fine be upheld' (January 2024).",
            "mentions": [("03", "January", "2024-01")],
        },
        {
            "event": ADSENSE, "kind": "date", "role": "date-of:the Google online-advertising fine", "verdict": "single-source",
            "why": "'4. Google (2019)'.",
            "mentions": [("03", "2019", "2019")],
        },
        {
            "event": ADSENSE, "kind": "count", "role": "rank of the fine among Google's EU fines", "verdict": "single-source",
            "why": "'In its third biggest fine on Google'.",
            "mentions": [("03", "third", 3, {"ctx": "In its third biggest fine on Google", "note": "an ordinal"})],
        },
        {
            "event": ADSENSE, "kind": "money", "role": "Google online-advertising fine", "verdict": "single-source",
            "why": "'cough up 1.49 billion euros'.",
            "mentions": [("03", "1.49 billion euros", 1.49 * B, {"note": EUR})],
        },
        {
            "event": FRANCE, "kind": "money", "role": "Apple's French fine", "verdict": "single-source",
            "why": "'a 1.1bn euro penalty in France in 2020'.",
            "mentions": [("04", "1.1bn euro", 1.1 * B, {"note": EUR})],
        },
        {
            "event": FRANCE, "kind": "date", "role": "date-of:Apple's French fine", "verdict": "single-source",
            "why": "'in France in 2020'.",
            "mentions": [("04", "2020", "2020")],
        },
        {
            "event": FRANCE, "kind": "money", "role": "Apple's French fine after appeal", "verdict": "single-source",
            "why": "'later reduced to 372m euros on appeal'.",
            "mentions": [("04", "372m euros", 372 * M, {"note": EUR})],
        },
        {
            "event": DUTCH, "kind": "date", "role": "date-of:the Dutch decision against Apple", "verdict": "single-source",
            "why": "'a decision against Apple in 2021 in a case brought by dating app providers'.",
            "mentions": [("01", "2021", "2021")],
        },
        {
            "event": CHARGE, "kind": "date", "role": "date-of:the Commission's charge against Apple", "verdict": "single-source",
            "why": "'The EU clash with Apple began back in May 2021, when the European Commission charged Apple'.",
            "mentions": [("04", "May 2021", "2021-05")],
        },
        {
            "event": INAPP, "kind": "date", "role": "date-of:Spotify's first in-app purchases on iPhones", "verdict": "single-source",
            "why": "'in January 2024 Spotify began allowing in-app purchases on iPhones'.",
            "mentions": [("04", "January 2024", "2024-01")],
        },
    ],
}
