# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Brazil's dengue surge of early 2024 and its public vaccination campaign, launched Friday 9 February 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Dates as ISO strings (a month as "YYYY-MM", a year as "YYYY"); ages as counts of years (as in `air-india-171-crash-2025`);
a range quoted whole, its middle as value (as in `alphabet-layoffs-2023`). Friday = 9 February 2024 (the launch);
Sunday = 21 January 2024 (the ministry's statement on the first shipment); "(07/02)" and "(08/02)" are day/month.
The year's running counts (probable cases, confirmed deaths, deaths under investigation) are one cluster each, `updated`,
each mention's as_of the date of the count it reports (the ministry's bulletins: about 13 January for the first two
weeks, 6 February (Reuters) and 9 February (AFP) for the first five weeks, 12 February).
Left out: ratios ("four times", "fourfold", "double the number"), the periods that frame a count ("the first two weeks",
"the first five weeks", "the start of 2024", "the beginning of 2024", "the entirety of 2023", "the same period in 2023", "from 2022", "from 2023", "this year", "in 2024" of a target or a count, "in 2023" of the
Chikungunya rise), "per 100,000 inhabitants" (the unit of the two rates),
"the 1st death" (an ordinal of no count), "two in Pindamonhangaba; and one in Bauru, Bebedeouro, Guarulhos, and the
capital" (a breakdown whose "one" is shared by four towns; the total "six" is annotated), the forecasts' years ("in 2024,
the Central-West Region", "will also increase in 2024"), "CC0" (a licence), "© 2024 AFP" (a credit), "millions of
tourists" (vague), "the modal 'may'".
"""

E = "e1"
Y2023 = "e2"
GLOBAL = "e3"
RIO = "e4"
SAOPAULO = "e5"
TEDROS = "e6"
LANCET = "e7"
CHIK = "e8"
Y2022 = "e9"
FRI = "2024-02-09"
M = 1_000_000
SPEC = {
    "description": (
        "Brazil's dengue surge of early 2024 and the launch of its public Qdenga vaccination on Friday 9 February 2024 "
        "(six outlets, 22 January - 13 February 2024): probable cases 56,000 (first two weeks) -> 364,855 / more than "
        "395,000 / 395,103 (first five weeks, two bulletins) -> 512,353 (12 February) (`updated`); confirmed deaths six -> "
        "40 -> 53 -> 75 (`updated`); deaths under investigation 265 -> 281 -> 217 (`updated`); doses bought 5.2 million "
        "and 1.32 million free (`agree`), 6.5 million expected; the launch on Friday 9 February / 'in February' "
        "(`compatible`); children aged 10 (`agree`) to 14 (the country, ITIJ) against 'ages 10 to 11 at first' (AFP) "
        "(`conflict`); 3.2 million to be vaccinated, of 203 million (`agree`); the first shipment of 750,000 doses and "
        "the first batch of 712,000 sent to 315 municipalities. Background: the 2023 season (a 57-percent increase against "
        "a 15.8% increase in cases: `conflict`; 93,298 cases in the first five weeks; record deaths), the WHO's global "
        "figures for 2023 (over 500 million cases as quoted, over 5,000 deaths, 80 countries), the Lancet's projection. "
        "Siblings: the first dengue deaths of Rio de Janeiro city (Wednesday 7 February) and São Paulo city (Thursday 8 "
        "February), Tedros's visit (Wednesday 7 February)."
    ),
    "documents": {
        "01": {"published_how": "inferred: the URL's 2024-01 and the ministry's statement 'Sunday' (21 January) as news; 24 News HD's copy is dated 23-Jan-2024: 22 January 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page; 'On Friday 9 February, the country began vaccinating' as past news: 12 February 2024 (a guess within a few days)"},
        "03": {"published_how": "inferred: no date on the stored page; Reuters' figures of 8 February (364,855 cases, 40 deaths, 265 under investigation) and Brasília's vaccinations as news: 8 February 2024 (a guess within a day or two)"},
        "04": {"published_how": "the page's citation line '(2024, February 10)' (removed)"},
        "05": {"published_how": "inferred: no date on the stored page; the launch of February 9 and AFP's figures of that day as news: 10 February 2024 (a guess within a few days)"},
        "06": {"published_how": "inferred: no date on the stored page; 'Until 12 February' (the bulletin of that Monday): 13 February 2024 (a guess within a few days)"},
    },
    "events": [
        {"id": E, "label": "Brazil's dengue surge of early 2024 and the launch of its public dengue vaccination, 9 February 2024", "main": True},
        {"id": Y2023, "label": "Brazil's dengue season of 2023 (background)", "main": False},
        {"id": GLOBAL, "label": "the world's dengue cases and deaths of 2023 as quoted by the WHO's director-general (background)", "main": False},
        {"id": RIO, "label": "the first dengue death of 2024 confirmed by Rio de Janeiro city, Wednesday 7 February 2024 (sibling)", "main": False},
        {"id": SAOPAULO, "label": "the first dengue death of 2024 confirmed in São Paulo city, Thursday 8 February 2024 (sibling)", "main": False},
        {"id": TEDROS, "label": "the WHO director-general's visit to Brasília, Wednesday 7 February 2024 (sibling)", "main": False},
        {"id": LANCET, "label": "a Lancet report's projection of dengue transmission under warming (background)", "main": False},
        {"id": CHIK, "label": "Chikungunya in the state of São Paulo in 2023 (background)", "main": False},
        {"id": Y2022, "label": "Brazil's dengue season of 2022 (background)", "main": False},
    ],
    "clusters": [
        # --- the running counts ---
        {
            "event": E, "kind": "count", "role": "probable dengue cases in Brazil in 2024", "verdict": "updated",
            "why": "The ministry's running count of the year's probable cases: 56,000 in the first two weeks (AFP, 22 January) -> 364,855 in the first five weeks (Reuters' figure of about 6 February) -> more than 395,000 / 395,103 in the first five weeks (AFP's figure of 9 February: late notifications added to the same weeks) -> 512,353 until 12 February.",
            "mentions": [
                ("01", "56,000", 56_000, {"as_of": "2024-01-13"}),
                ("02", "364,855", 364_855, {"as_of": "2024-02-06"}),
                ("03", "364,855", 364_855, {"as_of": "2024-02-06"}),
                ("04", "more than 395,000", 395_000, {"as_of": FRI}),
                ("05", "395,103", 395_103, {"as_of": FRI}),
                ("06", "512,353", 512_353, {"as_of": "2024-02-12"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "confirmed dengue deaths in Brazil in 2024", "verdict": "updated",
            "why": "Six (AFP, 22 January) -> 40 (Reuters, about 6 February) -> at least 53 / 53 (AFP, 9 February) -> 75 (until 12 February): the year's confirmed deaths, rising with each bulletin.",
            "mentions": [
                ("01", "Six", 6, {"as_of": "2024-01-21"}),
                ("03", "40", 40, {"as_of": "2024-02-06"}),
                ("04", "At least 53", 53, {"as_of": FRI}),
                ("05", "53", 53, {"as_of": FRI}),
                ("06", "75", 75, {"as_of": "2024-02-12"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "dengue deaths in Brazil under investigation in 2024", "verdict": "updated",
            "why": "265 (Reuters, about 6 February) -> 281 (AFP, 9 February) -> 217 (until 12 February): deaths still being analysed, the count moving as new deaths are reported and others confirmed or ruled out.",
            "mentions": [
                ("03", "265", 265, {"as_of": "2024-02-06"}),
                ("04", "281", 281, {"as_of": FRI}),
                ("05", "281", 281, {"as_of": FRI}),
                ("06", "217", 217, {"as_of": "2024-02-12"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the bulletin of 512,353 cases", "verdict": "single-source",
            "why": "'Until 12 February, there were already 512,353 probable cases'.",
            "mentions": [("06", "12 February", "2024-02-12")],
        },
        {
            "event": E, "kind": "count", "role": "states that declared a dengue emergency", "verdict": "single-source",
            "why": "'Three Brazilian states, including the Federal District' (the others list Acre, Minas Gerais, Goiás and the Federal District without a count).",
            "mentions": [("03", "Three", 3)],
        },
        {
            "event": E, "kind": "count", "role": "dengue cases per 100,000 inhabitants in the Federal District", "verdict": "single-source",
            "why": "'an infection rate of 1,625 cases per 100,000 inhabitants'.",
            "mentions": [("02", "1,625", 1625)],
        },
        {
            "event": E, "kind": "count", "role": "dengue cases per 100,000 inhabitants in Brazil", "verdict": "single-source",
            "why": "'compared with a national average of just 170'.",
            "mentions": [("02", "170", 170)],
        },
        {
            "event": E, "kind": "count", "role": "dengue serotypes circulating in Brazil", "verdict": "single-source",
            "why": "'the circulation of the four serotypes at the same time'.",
            "mentions": [("05", "four", 4, {"ctx": "the four serotypes"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the absence of some serotypes from Brazil", "verdict": "single-source",
            "why": "'Some had not circulated in Brazil for 15 years'.",
            "mentions": [("05", "15 years", 15, {"note": "years"})],
        },
        # --- the vaccination campaign ---
        {
            "event": E, "kind": "date", "role": "date-of:the launch of the vaccination campaign", "verdict": "compatible",
            "why": "Friday 9 February 2024 ('On Friday 9 February', 'launched ... Friday', 'on February 9'); AFP's announcement of 22 January: 'will start ... in February'.",
            "mentions": [
                ("01", "February", "2024-02", {"ctx": "dengue fever in February"}),
                ("02", "Friday 9 February", FRI),
                ("04", "Friday", FRI),
                ("05", "February 9", FRI),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Qdenga doses bought by Brazil", "verdict": "agree",
            "why": "'Brazil has purchased 5.2 million doses' (both Reuters-based pages).",
            "mentions": [
                ("02", "5.2 million", 5.2 * M),
                ("03", "5.2 million", 5.2 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Qdenga doses given to Brazil free", "verdict": "agree",
            "why": "'another 1.32 million doses will be provided at no cost' / 'received an additional 1.32 million doses at no cost'.",
            "mentions": [
                ("02", "1.32 million", 1.32 * M),
                ("03", "1.32 million", 1.32 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Qdenga doses Brazil expects in 2024", "verdict": "single-source",
            "why": "'In all, Brazil expects to receive 6.5 million doses this year' (the 5.2 million bought and 1.32 million free make 6.52 million: a sum, not the same figure).",
            "mentions": [("01", "6.5 million", 6.5 * M)],
        },
        {
            "event": E, "kind": "count", "role": "doses of the first shipment to arrive in Brazil", "verdict": "single-source",
            "why": "'The first shipment of 750,000 doses ... has arrived in Brazil' (the ministry, Sunday 21 January).",
            "mentions": [("01", "750,000", 750_000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the ministry's statement on the first shipment", "verdict": "single-source",
            "why": "'the ministry said in a statement Sunday' (21 January 2024).",
            "mentions": [("01", "Sunday", "2024-01-21")],
        },
        {
            "event": E, "kind": "count", "role": "doses of the first batch sent to municipalities", "verdict": "single-source",
            "why": "'The first batch of 712,000 vaccines was sent to 315 municipalities': the distribution, another act than the shipment's arrival (750,000).",
            "mentions": [("05", "712,000", 712_000)],
        },
        {
            "event": E, "kind": "count", "role": "municipalities receiving the first batch", "verdict": "single-source",
            "why": "'sent to 315 municipalities'.",
            "mentions": [("05", "315", 315)],
        },
        {
            "event": E, "kind": "count", "role": "doses per person of Qdenga", "verdict": "single-source",
            "why": "'the two-dose vaccine'.",
            "mentions": [("01", "two", 2, {"ctx": "the two-dose vaccine"})],
        },
        {
            "event": E, "kind": "count", "role": "youngest age vaccinated at the campaign's start", "verdict": "agree",
            "why": "Children from 10: 'aged 10– 14' (ITIJ), 'ages 10 to 11 at first' (AFP), 'aged 10 and 11 years' (Cura Morbus).",
            "mentions": [
                ("02", "10", 10, {"ctx": "aged 10–"}),
                ("04", "10", 10, {"ctx": "ages 10 to 11"}),
                ("05", "10", 10, {"ctx": "aged 10 and 11"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "oldest age vaccinated at the campaign's start (the country)", "verdict": "conflict",
            "why": "ITIJ: 'On Friday 9 February, the country began vaccinating children aged 10– 14' against AFP: 'Supply shortages mean Brazil will only administer it to children ages 10 to 11 at first' and Cura Morbus: 'Initially it will be offered to children aged 10 and 11 years': the nationwide start's age group as written (Brasília's 10-14 is another scope, kept apart; 14 is the later extension's limit, in Cura Morbus).",
            "mentions": [
                ("02", "14", 14, {"ctx": "10– 14"}),
                ("04", "11", 11, {"ctx": "10 to 11 at first"}),
                ("05", "11", 11, {"ctx": "10 and 11 years"}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "youngest age vaccinated in Brasília", "verdict": "single-source",
            "why": "'Brasília has initiated mass vaccinations for children aged 10-14'.",
            "mentions": [("03", "10", 10, {"ctx": "aged 10-14"})],
        },
        {
            "event": E, "kind": "count", "role": "oldest age vaccinated in Brasília", "verdict": "single-source",
            "why": "'children aged 10-14' (Brasília).",
            "mentions": [("03", "14", 14, {"ctx": "10-14,"})],
        },
        {
            "event": E, "kind": "count", "role": "oldest age of the campaign's later extension", "verdict": "single-source",
            "why": "'gradually, the administration should be extended to patients up to 14 years old'.",
            "mentions": [("05", "14", 14, {"ctx": "up to 14 years old"})],
        },
        {
            "event": E, "kind": "count", "role": "people to be vaccinated in 2024", "verdict": "agree",
            "why": "'Officials hope to reach 3.2 million' / 'About 3.2 million ... must be vaccinated in 2024'.",
            "mentions": [
                ("04", "3.2 million", 3.2 * M),
                ("05", "About 3.2 million", 3.2 * M),
            ],
        },
        {
            "event": E, "kind": "count", "role": "Brazil's population", "verdict": "agree",
            "why": "'The country of 203 million people' / 'Brazil's 203 million people' / 'the 203 million Brazilians'.",
            "mentions": [
                ("01", "203 million", 203 * M),
                ("04", "203 million", 203 * M),
                ("05", "203 million", 203 * M),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Brazil's approval of Qdenga", "verdict": "single-source",
            "why": "'which approved the new \"Qdenga\" vaccine in December' (2023).",
            "mentions": [("01", "December", "2023-12")],
        },
        {
            "event": E, "kind": "count", "role": "youngest age of the WHO's recommendation", "verdict": "single-source",
            "why": "'children ages six to 16 in dengue hotspots'.",
            "mentions": [("01", "six", 6, {"ctx": "ages six to 16"})],
        },
        {
            "event": E, "kind": "count", "role": "oldest age of the WHO's recommendation", "verdict": "single-source",
            "why": "'children ages six to 16'.",
            "mentions": [("01", "16", 16)],
        },
        {
            "event": E, "kind": "count", "role": "dengue infections worldwide a year (WHO estimate)", "verdict": "agree",
            "why": "'an estimated 100 million to 400 million people yearly' (both AFP texts).",
            "mentions": [
                ("01", "100 million to 400 million", 250 * M, {"low": 100 * M, "high": 400 * M, "note": "a range (value its middle)"}),
                ("04", "100 million to 400 million", 250 * M, {"low": 100 * M, "high": 400 * M, "note": "a range (value its middle)"}),
            ],
        },
        # --- background and siblings ---
        {
            "event": Y2023, "kind": "percent", "role": "increase in Brazil's dengue cases in 2023 over 2022", "verdict": "conflict",
            "why": "AFP: 'Brazil saw a 57-percent increase in dengue cases last year from 2022' against Interlira: 'In 2023 ... there was also a 15.8% increase in cases': one year-on-year change, two values that cannot both hold.",
            "mentions": [
                ("01", "57-percent", 57),
                ("06", "15.8%", 15.8),
            ],
        },
        {
            "event": Y2023, "kind": "count", "role": "probable cases in the first five weeks of 2023", "verdict": "single-source",
            "why": "'four times more than in the same period of 2023 (93,298)'.",
            "mentions": [("05", "93,298", 93_298)],
        },
        {
            "event": Y2023, "kind": "date", "role": "date-of:Brazil's record year of dengue deaths", "verdict": "single-source",
            "why": "'Record in 2023' / 'In 2023, Brazil had a record number of deaths' / 'Brazil broke a record of deaths from dengue in 2023.'",
            "mentions": [
                ("06", "2023", "2023", {"ctx": "Record in 2023"}),
                ("06", "2023", "2023", {"ctx": "In 2023, Brazil"}),
                ("06", "2023", "2023", {"ctx": "deaths from dengue in 2023"}),
            ],
        },
        {
            "event": Y2022, "kind": "date", "role": "date-of:the previous record", "verdict": "single-source",
            "why": "'This comes after a new record, was achieved in 2022.'",
            "mentions": [("06", "2022", "2022")],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "dengue cases worldwide in 2023 (as quoted)", "verdict": "agree",
            "why": "Tedros as quoted by both Reuters-based pages: 'over 500 million cases' (the WHO's figure was over 5 million; kept as written).",
            "mentions": [
                ("02", "over 500 million", 500 * M),
                ("03", "over 500 million", 500 * M),
            ],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "dengue deaths worldwide in 2023", "verdict": "agree",
            "why": "'over 5,000 deaths' / 'more than 5,000 deaths'.",
            "mentions": [
                ("02", "over 5,000", 5000),
                ("03", "more than 5,000", 5000),
            ],
        },
        {
            "event": GLOBAL, "kind": "count", "role": "countries reporting dengue in 2023", "verdict": "single-source",
            "why": "'reported last year from 80 countries'.",
            "mentions": [("02", "80", 80)],
        },
        {
            "event": RIO, "kind": "date", "role": "date-of:Rio de Janeiro city's first dengue death", "verdict": "single-source",
            "why": "'Rio de Janeiro city confirmed on Wednesday (07/02) the first death' (7 February 2024).",
            "mentions": [("06", "Wednesday (07/02)", "2024-02-07", {"ctx": "confirmed on Wednesday (07/02)"})],
        },
        {
            "event": RIO, "kind": "count", "role": "age of Rio's first dengue victim", "verdict": "single-source",
            "why": "'a 45-year-old man'.",
            "mentions": [("06", "45-year-old", 45)],
        },
        {
            "event": RIO, "kind": "count", "role": "other dengue deaths in Rio de Janeiro state", "verdict": "single-source",
            "why": "'adds to two other deaths already registered in the state'.",
            "mentions": [("06", "two", 2, {"ctx": "adds to two other deaths"})],
        },
        {
            "event": SAOPAULO, "kind": "date", "role": "date-of:São Paulo city's first dengue death", "verdict": "single-source",
            "why": "'São Paulo confirmed the 1st death from dengue in the capital on Thursday (08/02)' (8 February 2024).",
            "mentions": [("06", "Thursday (08/02)", "2024-02-08")],
        },
        {
            "event": SAOPAULO, "kind": "count", "role": "dengue deaths in São Paulo state", "verdict": "single-source",
            "why": "'deaths due to the disease reached a total of six'.",
            "mentions": [("06", "six", 6)],
        },
        {
            "event": TEDROS, "kind": "date", "role": "date-of:Tedros's remarks in Brazil", "verdict": "single-source",
            "why": "'On Wednesday (07/02), World Health Organization (WHO) General Director Tedros Adhanom said' (7 February 2024).",
            "mentions": [("06", "Wednesday (07/02)", "2024-02-07", {"ctx": "On Wednesday (07/02)"})],
        },
        {
            "event": LANCET, "kind": "percent", "role": "projected increase in dengue transmission", "verdict": "single-source",
            "why": "'dengue transmission will increase by 36 percent'.",
            "mentions": [("01", "36 percent", 36)],
        },
        {
            "event": LANCET, "kind": "measure", "role": "global warming of the projection", "verdict": "single-source",
            "why": "'if global temperatures rise two degrees Celsius'.",
            "mentions": [("01", "two degrees Celsius", 2, {"note": "degrees Celsius"})],
        },
        {
            "event": LANCET, "kind": "date", "role": "date-of:the projection's horizon", "verdict": "single-source",
            "why": "'by 2100'.",
            "mentions": [("01", "2100", "2100")],
        },
        {
            "event": CHIK, "kind": "percent", "role": "increase in Chikungunya in São Paulo state in 2023", "verdict": "single-source",
            "why": "'Chikungunya, which, in 2023, increased by 142.6% in the state of São Paulo'.",
            "mentions": [("06", "142.6%", 142.6)],
        },
    ],
}
