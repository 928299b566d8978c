# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Chandrayaan-3's landing near the Moon's south pole, Wednesday 23 August 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (rupees: 1 crore = 10,000,000; the currency in `note`); masses in
kilograms, lengths in metres, durations with their unit in `note`; dates as ISO strings, times of
day in IST. Wednesday = 23 August 2023 (the landing at 18:04 IST); Republic World wrote on
Tuesday 22 August, before it.
"""

E = "e1"
CY2 = "e2"
CY1 = "e3"
FILMS = "e4"
DAY = "2023-08-23"
LANDING = "2023-08-23T18:04"
CR = 10_000_000
MN = 1_000_000
SPEC = {
    "description": (
        "India's Chandrayaan-3 mission and its lander Vikram's touchdown near the Moon's south pole at 6:04 pm IST on "
        "Wednesday 23 August 2023, as six outlets reported it the day before and the day of the landing: 6:04 pm / 'around "
        "06:05 PM' (`compatible`); the landing on Wednesday 23 August against The New Indian Express's 'kept its tryst with "
        "destiny on Tuesday' (`conflict`, inside one text); the launch on July 14 (`agree`); a voyage of 41 days / 'a month "
        "and nine days' / 'over 40 days' (`compatible`); the mission's cost Rs 615 crore / 'Rs 600 crore' / 'around $74 million' "
        "(`compatible`); the lander, rover and propulsion module 'about Rs 250 crore' (Sivan's estimate of January "
        "2020) against Jagran Josh's 'around Rs. 215 crore' (`conflict`); the launch Rs 365 crore (`agree`); the lander 'just "
        "over 1,700 kg' / 1,723.89 kg (`compatible`), the rover 26 kg (`agree`), the propulsion module 2,148 kg; India the "
        "fourth country to land (`agree`); a mission life of one lunar day (14 Earth days); 3.84 lakh km travelled; the "
        "critical phase from 30 km; towards the Moon on August 1; first scheduled for 2021. Background events whose figures "
        "are traps: Chandrayaan-2 (crashed on 7 September 2019; $96.5 million, Rs 978 crore), Chandrayaan-1 (2008), films' "
        "budgets ('The Martian' $108 million, 'Interstellar' $145 million, 'Adipurush' $88 million, 'Mission: Impossible - "
        "Dead Reckoning Part One' Rs 2,386 crore / $290 million released July 12, 'Gravity' (2013) $100 million)."
    ),
    "documents": {
        "01": {"published_how": "the corpus's date line 2023-08-23 (removed from the text)"},
        "02": {"published_how": "the corpus's date line 2023-08-23 (removed from the text)"},
        "03": {"published_how": "the corpus's date line 2023-08-22 (removed from the text); the landing still ahead ('A day to go!')"},
        "04": {"published_how": "inferred: no date on the stored page; a current-affairs note on the landing of 23 August 2023: 24 August 2023 (a guess within days)"},
        "05": {"published_how": "the removed date line 'Published: 23rd August 2023 06:04 PM' and the URL's 2023/aug/23"},
        "06": {"published_how": "the corpus's date line 2023-08-23 and the removed date '23 Aug, 2023'"},
    },
    "events": [
        {"id": E, "label": "India's Chandrayaan-3 mission: launch on 14 July 2023 and landing near the Moon's south pole on 23 August 2023", "main": True},
        {"id": CY2, "label": "India's Chandrayaan-2 mission and its lander's crash, 7 September 2019 (background)", "main": False},
        {"id": CY1, "label": "India's Chandrayaan-1 mission, 2008 (background)", "main": False},
        {"id": FILMS, "label": "the budgets of films set against the mission's cost (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "date", "role": "time-of:the landing", "verdict": "compatible",
            "why": "Touchdown at 6:04 pm IST (Republic World's 'scheduled to make a touchdown ... at 6:04 pm on Wednesday' the day before); Jagran Josh's 'around 06:05 PM' rounds it.",
            "mentions": [
                ("01", "6:04 pm", LANDING, {"ctx": "lunar surface at 6:04 pm"}),
                ("01", "6:04 pm", LANDING, {"ctx": "the Moon at 6:04 pm on Wednesday"}),
                ("02", "around 06:05 PM", "2023-08-23T18:05", {"note": "about"}),
                ("03", "6:04 pm", LANDING, {"as_of": "2023-08-22", "note": "the schedule"}),
                ("04", "6.04 pm", LANDING),
                ("05", "6.04 pm", LANDING),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the landing", "verdict": "conflict",
            "why": "Wednesday 23 August 2023 everywhere, but The New Indian Express's 'Chandrayaan-3 kept its tryst with destiny on Tuesday, soft landing ... at 6.04 pm on Wednesday' puts it on Tuesday too (a conflict inside one text).",
            "mentions": [
                ("01", "Wednesday", DAY, {"ctx": "milestone on Wednesday"}),
                ("01", "Wednesday", DAY, {"ctx": "6:04 pm on Wednesday"}),
                ("02", "August 23", DAY),
                ("03", "Wednesday", DAY, {"ctx": "on Wednesday evening", "as_of": "2023-08-22", "note": "the schedule"}),
                ("03", "Wednesday", DAY, {"ctx": "6:04 pm on Wednesday", "as_of": "2023-08-22", "note": "the schedule"}),
                ("04", "23rd August 2023", DAY),
                ("05", "Tuesday", "2023-08-22"),
                ("05", "Wednesday", DAY),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the launch", "verdict": "agree",
            "why": "Launched on 14 July 2023 from Sriharikota.",
            "mentions": [
                ("01", "July 14", "2023-07-14"),
                ("02", "July 14, 2023", "2023-07-14"),
                ("04", "July 14, 2023", "2023-07-14"),
                ("06", "July 14", "2023-07-14"),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the voyage to the Moon", "verdict": "compatible",
            "why": "14 July to 23 August: 'a 41-day voyage' (CNBC-TV18, counting both ends), 'a month and nine days' (40 days), 'over 40 days'.",
            "mentions": [
                ("01", "41-day", 41, {"note": "days"}),
                ("05", "a month and nine days", 40, {"low": 40, "high": 41, "note": "days; written 'a month and nine days'"}),
                ("06", "over 40 days", 40, {"low": 40, "high": None, "note": "days"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "cost of the mission", "verdict": "compatible",
            "why": "Rs 615 crore (Sivan's figure) in four outlets; India.com's 'Rs 600 crore' rounds it; Jagran Josh's 'around $74 million' is the same cost converted (a conversion stays in its amount's cluster, as in every batch since the second).",
            "mentions": [
                ("01", "Rs 615 crore", 615 * CR, {"note": "Indian rupees; 615 crore"}),
                ("02", "Rs. 615 crore", 615 * CR, {"note": "Indian rupees; 615 crore"}),
                ("03", "around Rs 615 crore", 615 * CR, {"note": "Indian rupees; 615 crore"}),
                ("04", "Rs 615 crore", 615 * CR, {"note": "Indian rupees; 615 crore"}),
                ("02", "around $74 million", 74 * MN, {"note": "US dollars; the rupee cost converted"}),
                ("06", "Rs 600 crore", 600 * CR, {"low": 570 * CR, "high": 630 * CR, "note": "Indian rupees; 600 crore, a round figure"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "cost of the lander, rover and propulsion module", "verdict": "conflict",
            "why": "Sivan's estimate (January 2020) was 'about Rs 250 crore' for the lander, rover and propulsion module (250 + 365 = 615); Jagran Josh, citing Sivan too, gives 'around Rs. 215 crore'.",
            "mentions": [
                ("02", "around Rs. 215 crore", 215 * CR, {"low": None, "high": None, "note": "Indian rupees; 215 crore; 'around' a part of an itemised cost (215 + 365 = 580, not 615): no rounding interval"}),
                ("03", "about Rs 250 crore", 250 * CR, {"low": None, "high": None, "note": "Indian rupees; 250 crore; 'about' a part of an itemised cost (250 + 365 = 615): no rounding interval"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "cost of the launch", "verdict": "agree",
            "why": "Rs 365 crore for the launch service in both.",
            "mentions": [
                ("02", "around Rs. 365 crore", 365 * CR, {"note": "Indian rupees; 365 crore"}),
                ("03", "Rs 365 crore", 365 * CR, {"note": "Indian rupees; 365 crore"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Sivan's cost estimate", "verdict": "single-source",
            "why": "'According to a report from January 2020, ISRO chairman K Sivan estimated'.",
            "mentions": [("03", "January 2020", "2020-01")],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the launch first scheduled", "verdict": "single-source",
            "why": "'Chandrayaan-3 was originally scheduled to launch in 2021'.",
            "mentions": [("03", "2021", "2021")],
        },
        {
            "event": E, "kind": "measure", "role": "mass of the lander", "verdict": "compatible",
            "why": "'a mass of just over 1,700 kg' and '1,723.89 kg'.",
            "mentions": [
                ("04", "just over 1,700 kg", 1700, {"low": 1700, "high": None, "note": "kilograms"}),
                ("06", "1,723.89 kg", 1723.89, {"note": "kilograms"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "mass of the rover", "verdict": "agree",
            "why": "A 26-kg rover.",
            "mentions": [
                ("04", "26-kg", 26, {"note": "kilograms"}),
                ("06", "26 kg", 26, {"note": "kilograms"}),
            ],
        },
        {
            "event": E, "kind": "measure", "role": "mass of the propulsion module", "verdict": "single-source",
            "why": "'a propulsion module (weighing 2,148 kg)'.",
            "mentions": [("06", "2,148 kg", 2148, {"note": "kilograms"})],
        },
        {
            "event": E, "kind": "measure", "role": "height of the lander", "verdict": "single-source",
            "why": "'about 2 metres tall'.",
            "mentions": [("04", "about 2 metres", 2, {"note": "metres"})],
        },
        {
            "event": E, "kind": "measure", "role": "distance travelled to the Moon", "verdict": "single-source",
            "why": "'after travelling about 3.84 lakh km' (384,000 km).",
            "mentions": [("06", "about 3.84 lakh km", 384_000_000, {"note": "metres; written '3.84 lakh km'"})],
        },
        {
            "event": E, "kind": "measure", "role": "height where the critical phase of the landing begins", "verdict": "single-source",
            "why": "'reducing the velocity of the lander from 30 km height to the final landing'.",
            "mentions": [("01", "30 km", 30000, {"note": "metres; written '30 km'"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the mission's life on the Moon", "verdict": "single-source",
            "why": "'functional for one moon day (14 Earth Day)'.",
            "mentions": [
                ("04", "one moon day", 14, {"note": "days; one lunar day"}),
                ("04", "14 Earth Day", 14, {"note": "days"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries that have landed on the Moon, India included", "verdict": "agree",
            "why": "India the fourth country to land, after the US, the Soviet Union and China ('one of the four elite nations').",
            "mentions": [
                ("01", "fourth", 4),
                ("02", "four", 4),
                ("04", "4th", 4),
                ("06", "fourth", 4),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries that landed on the Moon before India", "verdict": "single-source",
            "why": "'The other three countries to achieve this milestone' (a look-alike of the four).",
            "mentions": [("02", "three", 3)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the departure towards the Moon", "verdict": "single-source",
            "why": "'headed towards the moon on August 1'.",
            "mentions": [("06", "August 1", "2023-08-01")],
        },
        # --- background ---
        {
            "event": CY2, "kind": "date", "role": "date-of:Chandrayaan-2's crash", "verdict": "agree",
            "why": "Chandrayaan-2's lander crashed on 7 September 2019.",
            "mentions": [
                ("01", "September 7, 2019", "2019-09-07"),
                ("04", "7th September 2019", "2019-09-07"),
            ],
        },
        {
            "event": CY2, "kind": "money", "role": "cost of Chandrayaan-2", "verdict": "single-source",
            "why": "'a budget of $96.5 million. The total cost of the mission was Rs. 978 crore.' (a look-alike of Chandrayaan-3's cost).",
            "mentions": [
                ("02", "$96.5 million", 96_500_000, {"note": "US dollars"}),
                ("02", "Rs. 978 crore", 978 * CR, {"note": "Indian rupees; 978 crore"}),
            ],
        },
        {
            "event": CY1, "kind": "date", "role": "date-of:Chandrayaan-1", "verdict": "single-source",
            "why": "'Chandrayaan's maiden mission was in 2008'.",
            "mentions": [("01", "2008", "2008")],
        },
        {
            "event": FILMS, "kind": "money", "role": "budget of The Martian", "verdict": "single-source",
            "why": "'“The Martian” ($108 million)'.",
            "mentions": [("02", "$108 million", 108 * MN, {"note": "US dollars"})],
        },
        {
            "event": FILMS, "kind": "money", "role": "budget of Interstellar", "verdict": "single-source",
            "why": "'“The Interstellar” ($145 million)'.",
            "mentions": [("02", "$145 million", 145 * MN, {"note": "US dollars"})],
        },
        {
            "event": FILMS, "kind": "money", "role": "budget of Adipurush", "verdict": "single-source",
            "why": "'“Aadipurush” (estimated at $88 million)'.",
            "mentions": [("02", "$88 million", 88 * MN, {"note": "US dollars"})],
        },
        {
            "event": FILMS, "kind": "money", "role": "budget of Mission: Impossible - Dead Reckoning Part One", "verdict": "single-source",
            "why": "'made for Rs 2,386 crore (approximately $290 million)' (one figure in two currencies).",
            "mentions": [
                ("03", "Rs 2,386 crore", 2386 * CR, {"note": "Indian rupees; 2,386 crore"}),
                ("03", "approximately $290 million", 290 * MN, {"note": "US dollars"}),
            ],
        },
        {
            "event": FILMS, "kind": "date", "role": "date-of:the release of Mission: Impossible - Dead Reckoning Part One", "verdict": "single-source",
            "why": "'which was released on July 12' (2023; a look-alike of the launch's July 14).",
            "mentions": [("03", "July 12", "2023-07-12")],
        },
        {
            "event": FILMS, "kind": "money", "role": "budget of Gravity", "verdict": "single-source",
            "why": "'Gravity was made on a production budget of $100 million'.",
            "mentions": [("03", "$100 million", 100 * MN, {"note": "US dollars"})],
        },
        {
            "event": FILMS, "kind": "date", "role": "date-of:Gravity", "verdict": "single-source",
            "why": "'2013's Oscar-winning space film Gravity'.",
            "mentions": [("03", "2013", "2013")],
        },
    ],
}
