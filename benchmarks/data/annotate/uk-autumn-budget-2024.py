# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Rachel Reeves's first Budget, Wednesday 30 October 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in the currency written (pounds unless the note says otherwise; conversions in the cluster of what they convert);
percentages as numbers; durations with their unit in `note`; dates as ISO strings or as written (years, financial years).
Wednesday = 30 October 2024. Left out: "one-off", "two-thirds" / "one-third" / "Half" (shares of the spending rise),
"four times" (a ratio), "one reason", "one of the biggest", "the 2025-2026 financial year", "2027-2028" and "2024-25 and
2028-29" (the years of the figures they follow, named in their roles).
"""

E = "e1"
ELECTION = "e2"
MARCH = "e3"
DAY = "2024-10-30"
SPEC = {
    "description": (
        "Rachel Reeves's first Budget, delivered on Wednesday 30 October 2024, and the Office for Budget Responsibility's "
        "forecasts, as six outlets reported them on 30-31 October 2024: tax rises of £40 billion (S$68.6 billion) / £41 "
        "billion a year by the end of the parliament against the OBR's £36 billion annually (`conflict`); extra borrowing of "
        "£32 billion a year (the OBR) against 'an average of £28bn' (`conflict`); spending up £70 billion a year (`agree`); "
        "employers' National Insurance up 1.2 points to 15%, raising £25 billion (`agree`); growth peaking at 2% (`agree`) "
        "in 2025 against 2026 (`conflict`), then 1.5% (`agree`); the tax take 38 / 38.2 per cent of GDP (`compatible`); the "
        "OBR's five-year horizon (`agree`); capital gains tax rates 10% -> 18% and 20% -> 24% next to the unchanged 18% and "
        "24% on residential property (look-alikes); health £22.6 billion and £3.1 billion against the Daily Mail's £25 billion "
        "for the NHS (another total, and a look-alike of the £25 billion of National Insurance); the £22bn 'black hole'; a 76 "
        "minute speech; a deficit of £26.2 billion in 2025-26, borrowing £127 billion this year, debt interest over £100bn, "
        "borrowing £142bn higher over five years. Background events: the general election of July 2024 (the Tories' "
        "campaign claim of £38 billion over four years), the previous Budget of March 2024."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page or in its URL; the Budget 'on Wednesday (Oct 30)' as news: 30 October 2024 (a guess within a day)"},
        "02": {"published_how": "inferred: no date on the stored page or in its URL; the chancellor's BBC interview on the evening of the Budget (30 October 2024): 30 October 2024 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page or in its URL; the Budget's announcements as news: 30 October 2024 (a guess within a day)"},
        "04": {"published_how": "inferred: the URL's 2024/10 gives the month; the OBR's response to the Budget (30 October 2024) as news: 30 October 2024 (a guess within a day or two)"},
        "05": {"published_how": "inferred: no date on the stored page or in its URL; the Financial Times' analysis of 'Wednesday’s Budget': 31 October 2024 (a guess within a day)"},
        "06": {"published_how": "the corpus's date line 2024-10-30 (removed from the text)"},
    },
    "events": [
        {"id": E, "label": "Rachel Reeves's Budget of 30 October 2024 and the OBR's forecasts", "main": True},
        {"id": ELECTION, "label": "the general election of July 2024 and its campaign (background)", "main": False},
        {"id": MARCH, "label": "the previous (Conservative) Budget of March 2024 (background)", "main": False},
    ],
    "clusters": [
        {
            "event": E, "kind": "money", "role": "money:the Budget's tax rises a year", "verdict": "conflict",
            "why": "The chancellor: taxes up '£40 billion' (Business Times, BBC, Share Talk; S$68.6 billion converts it); the Daily Mail: 'taxes £41billion a year higher by the end of the parliament' (compatible with the £40 billion); the OBR's response (Daily Focus): 'tax increases which raise £36 billion annually'. £36 billion against £40-41 billion a year, as written, cannot both hold.",
            "mentions": [
                ("01", "£40 billion", 40_000_000_000, {"ctx": "taxes by £40 billion in"}),
                ("01", "£40 billion", 40_000_000_000, {"ctx": "taxes by £40 billion (S$"}),
                ("01", "S$68.6 billion", 68_600_000_000, {"note": "Singapore dollars; the conversion of £40 billion"}),
                ("02", "£40bn", 40_000_000_000),
                ("03", "£40 billion", 40_000_000_000, {"ctx": "announced a £40 billion"}),
                ("03", "£40 billion", 40_000_000_000, {"ctx": "proposed £40 billion"}),
                ("03", "£40 billion", 40_000_000_000, {"ctx": "includes a £40 billion"}),
                ("04", "£36 billion", 36_000_000_000, {"note": "'annually' (the OBR)"}),
                ("06", "£41billion", 41_000_000_000, {"note": "'a year higher by the end of the parliament'"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the Budget's extra borrowing a year", "verdict": "conflict",
            "why": "The OBR (Daily Focus): '£32 billion more borrowing annually' / 'an extra £32bn per year'; the Financial Times (skynews.icu), after 'relaxed fiscal policy compared with the position in March': 'Borrowing will be an average of £28bn over the next five years'. £32 and £28 billion a year cannot both hold.",
            "mentions": [
                ("04", "£32 billion", 32_000_000_000),
                ("04", "£32bn", 32_000_000_000),
                ("05", "an average of £28bn", 28_000_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the Budget's rise in public spending a year", "verdict": "agree",
            "why": "'increases spending by £70 billion annually' / 'a £70bn annual increase in public spending'.",
            "mentions": [
                ("04", "£70 billion", 70_000_000_000),
                ("05", "£70bn", 70_000_000_000),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:the Budget's extra spending over five years", "verdict": "single-source",
            "why": "'a staggering £400billion of extra spending over the next five years' (another measure than the £70 billion a year).",
            "mentions": [("06", "£400billion", 400_000_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the revenue of the rise in employers' National Insurance", "verdict": "agree",
            "why": "'expected to generate £25 billion in revenue' / 'a £25bn annual national insurance increase'.",
            "mentions": [
                ("03", "£25 billion", 25_000_000_000),
                ("05", "£25bn", 25_000_000_000),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise in the rate of employers' National Insurance", "verdict": "single-source",
            "why": "'a 1.2 percentage point increase'.",
            "mentions": [("03", "1.2 percentage point", 1.2, {"note": "percentage points"})],
        },
        {
            "event": E, "kind": "percent", "role": "new rate of employers' National Insurance", "verdict": "single-source",
            "why": "'bringing it to 15% from April'.",
            "mentions": [("03", "15%", 15)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the rise in employers' National Insurance", "verdict": "single-source",
            "why": "'from April' (2025).",
            "mentions": [("03", "April", "2025-04")],
        },
        {
            "event": E, "kind": "percent", "role": "the OBR's growth forecast at its peak", "verdict": "agree",
            "why": "Growth of 2% in one year of the forecast (the year is the conflict of the next cluster).",
            "mentions": [
                ("02", "2%", 2),
                ("03", "2%", 2),
                ("04", "2 per cent", 2),
                ("04", "2%", 2),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the year of the OBR's peak growth of 2%", "verdict": "conflict",
            "why": "The BBC (theworldnewstoday) and Share Talk: 'grow by 2% in 2025'; Daily Focus, twice: 'boosts GDP growth to 2 per cent in 2026'. 2025 and 2026 cannot both be the year.",
            "mentions": [
                ("02", "2025", "2025"),
                ("03", "2025", "2025"),
                ("04", "2026", "2026", {"ctx": "per cent in 2026"}),
                ("04", "2026", "2026", {"ctx": "2% in 2026"}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "revision of the OBR's growth forecast for 2025", "verdict": "single-source",
            "why": "'up 0.1% in its previous forecast'.",
            "mentions": [("02", "0.1%", 0.1)],
        },
        {
            "event": E, "kind": "percent", "role": "the OBR's growth forecast for the later years", "verdict": "agree",
            "why": "'drift down in subsequent years to 1.5% in 2028' / 'falling to around 1.5%'.",
            "mentions": [
                ("02", "1.5%", 1.5),
                ("03", "around 1.5%", 1.5),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the year of growth of 1.5%", "verdict": "single-source",
            "why": "'to 1.5% in 2028'.",
            "mentions": [("02", "2028", "2028")],
        },
        {
            "event": E, "kind": "percent", "role": "the OBR's growth forecast for 2024", "verdict": "single-source",
            "why": "'grow by slightly over 1% this year'.",
            "mentions": [("03", "slightly over 1%", 1, {"low": 1, "high": None})],
        },
        {
            "event": E, "kind": "percent", "role": "the OBR's potential growth rate", "verdict": "single-source",
            "why": "'its estimated potential growth rate” of 1.66%'.",
            "mentions": [("03", "1.66%", 1.66)],
        },
        {
            "event": E, "kind": "percent", "role": "tax take as a share of GDP", "verdict": "compatible",
            "why": "'a record 38 per cent of GDP' (Daily Focus) / '38.2 per cent of GDP' (Daily Mail): a rounding.",
            "mentions": [
                ("04", "38 per cent", 38),
                ("06", "38.2 per cent", 38.2),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "rise of the tax burden on before the pandemic", "verdict": "single-source",
            "why": "'five points higher than before the pandemic'.",
            "mentions": [("06", "five points", 5, {"note": "percentage points"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the OBR's forecast horizon", "verdict": "agree",
            "why": "Five years: GDP 'largely unchanged in five years' / 'little difference to GDP over five years', the fiscal rules 'in five years', borrowing and spending 'over the next five years'.",
            "mentions": [
                ("02", "five years", 5, {"note": "years"}),
                ("04", "five years", 5, {"note": "years"}),
                ("05", "five years", 5, {"ctx": "GDP over five years", "note": "years"}),
                ("05", "the next five years", 5, {"note": "years"}),
                ("06", "the next five years", 5, {"note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time to the next election", "verdict": "single-source",
            "why": "'an election win in five years’ time'.",
            "mentions": [("01", "five years", 5, {"note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the margin against the current-budget rule", "verdict": "single-source",
            "why": "'met by small margins of £10 and 16 billion respectively'.",
            "mentions": [("04", "£10", 10_000_000_000, {"note": "written '£10 and 16 billion'"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the margin against the debt rule", "verdict": "single-source",
            "why": "'met by small margins of £10 and 16 billion respectively'.",
            "mentions": [("04", "16 billion", 16_000_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the deficit in 2025-26", "verdict": "single-source",
            "why": "'budget deficit to be £26.2 billion in the 2025-2026 financial year'.",
            "mentions": [("01", "£26.2 billion", 26_200_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the surplus in 2027-28", "verdict": "single-source",
            "why": "'a surplus of £10.9 billion in 2027-2028'.",
            "mentions": [("01", "£10.9 billion", 10_900_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:borrowing in 2024-25", "verdict": "single-source",
            "why": "'borrowing was projected to be at £127 billion in the current financial year'.",
            "mentions": [("01", "£127 billion", 127_000_000_000)],
        },
        {
            "event": E, "kind": "percent", "role": "borrowing as a share of GDP in 2024-25", "verdict": "single-source",
            "why": "'from 4.5 per cent of economic output this year'.",
            "mentions": [("01", "4.5 per cent", 4.5)],
        },
        {
            "event": E, "kind": "percent", "role": "borrowing as a share of GDP at the forecast's end", "verdict": "single-source",
            "why": "'to 2.1 per cent of GDP by the end of the forecast period'.",
            "mentions": [("01", "2.1 per cent", 2.1)],
        },
        {
            "event": E, "kind": "money", "role": "money:debt interest a year", "verdict": "single-source",
            "why": "'spend more than £100bn on debt interest in each of those years'.",
            "mentions": [("05", "more than £100bn", 100_000_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the rise of borrowing on the March forecast, 2024-25 to 2028-29", "verdict": "single-source",
            "why": "'overall borrowing set to be £142bn higher than previously expected between 2024-25 and 2028-29'.",
            "mentions": [("05", "£142bn", 142_000_000_000)],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the last tax-raising package as big", "verdict": "single-source",
            "why": "'the UK’s biggest tax-raising package since the early 1990s'.",
            "mentions": [("05", "the early 1990s", "1990s", {"note": "the early 1990s"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the 'black hole' the chancellor says she inherited", "verdict": "single-source",
            "why": "'to plug a £22bn “black hole”'.",
            "mentions": [("02", "£22bn", 22_000_000_000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the Budget speech", "verdict": "single-source",
            "why": "'a marathon 76 minute speech'.",
            "mentions": [("02", "76 minute", 76, {"note": "minutes"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the Budget", "verdict": "agree",
            "why": "Wednesday 30 October 2024.",
            "mentions": [
                ("01", "Wednesday", DAY),
                ("01", "Oct 30", DAY),
                ("05", "Wednesday", DAY),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the time since Labour's last Budget", "verdict": "single-source",
            "why": "'the first Budget by a Labour government in 14 years' (twice).",
            "mentions": [
                ("03", "14 years", 14, {"ctx": "government in 14 years.", "note": "years"}),
                ("03", "14 years", 14, {"ctx": "Budget in 14 years", "note": "years"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the history of the chancellor's office", "verdict": "single-source",
            "why": "'the 800-year history of the role'.",
            "mentions": [("01", "800-year", 800, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "lower rate of capital gains tax before the Budget", "verdict": "single-source",
            "why": "'raised the lower capital gains tax rate from 10% to 18%'.",
            "mentions": [("03", "10%", 10)],
        },
        {
            "event": E, "kind": "percent", "role": "lower rate of capital gains tax after the Budget", "verdict": "single-source",
            "why": "'from 10% to 18%' (a look-alike of the unchanged 18% on residential property).",
            "mentions": [("03", "18%", 18, {"ctx": "10% to 18%"})],
        },
        {
            "event": E, "kind": "percent", "role": "higher rate of capital gains tax before the Budget", "verdict": "single-source",
            "why": "'the higher rate from 20% to 24%'.",
            "mentions": [("03", "20%", 20)],
        },
        {
            "event": E, "kind": "percent", "role": "higher rate of capital gains tax after the Budget", "verdict": "single-source",
            "why": "'from 20% to 24%' (a look-alike of the unchanged 24% on residential property).",
            "mentions": [("03", "24%", 24, {"ctx": "20% to 24%"})],
        },
        {
            "event": E, "kind": "percent", "role": "lower rate of capital gains tax on residential property", "verdict": "single-source",
            "why": "'maintaining capital gains tax rates on residential property at 18% and 24%'.",
            "mentions": [("03", "18%", 18, {"ctx": "at 18% and"})],
        },
        {
            "event": E, "kind": "percent", "role": "higher rate of capital gains tax on residential property", "verdict": "single-source",
            "why": "'at 18% and 24%'.",
            "mentions": [("03", "24%", 24, {"ctx": "18% and 24%"})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the extension of the inheritance tax thresholds' freeze", "verdict": "single-source",
            "why": "'extended the freeze on inheritance tax thresholds for another two years, until 2030'.",
            "mentions": [("03", "two years", 2, {"ctx": "another two years", "note": "years"})],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the end of the inheritance tax thresholds' freeze", "verdict": "single-source",
            "why": "'until 2030'.",
            "mentions": [("03", "2030", "2030")],
        },
        {
            "event": E, "kind": "money", "role": "money:the rise in day-to-day health spending", "verdict": "single-source",
            "why": "'an additional £22.6 billion for the day-to-day health budget'.",
            "mentions": [("03", "£22.6 billion", 22_600_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the rise in capital spending on health", "verdict": "single-source",
            "why": "'£3.1 billion for capital investment in healthcare'.",
            "mentions": [("03", "£3.1 billion", 3_100_000_000)],
        },
        {
            "event": E, "kind": "money", "role": "money:the extra cash for the NHS in all", "verdict": "single-source",
            "why": "'an immediate extra £25billion cash injection, mostly for day-to-day spending' (the NHS in all; a look-alike of the £25 billion of National Insurance).",
            "mentions": [("06", "£25billion", 25_000_000_000)],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the freeze of fuel duty", "verdict": "single-source",
            "why": "'fuel duty will remain frozen for the next two years'.",
            "mentions": [("03", "the next two years", 2, {"note": "years"})],
        },
        {
            "event": E, "kind": "percent", "role": "rise of the National Living Wage", "verdict": "single-source",
            "why": "'a 6.7% increase in the National Living Wage'.",
            "mentions": [("03", "6.7%", 6.7)],
        },
        {
            "event": E, "kind": "money", "role": "money:the new National Living Wage per hour", "verdict": "single-source",
            "why": "'to £12.21 per hour'.",
            "mentions": [("03", "£12.21", 12.21)],
        },
        {
            "event": ELECTION, "kind": "date", "role": "date-of:the general election", "verdict": "agree",
            "why": "July 2024 (Labour 'won power in July', 'July’s election').",
            "mentions": [
                ("01", "July", "2024-07", {"ctx": "won power in July\n"}),
                ("01", "July", "2024-07", {"ctx": "won power in July,"}),
                ("02", "July", "2024-07"),
            ],
        },
        {
            "event": ELECTION, "kind": "money", "role": "money:the tax the Tories said Labour's plans needed", "verdict": "single-source",
            "why": "'the Tories warned that Labour’s spending plans would require an extra £38billion in tax over the four years of the parliament'.",
            "mentions": [("06", "£38billion", 38_000_000_000)],
        },
        {
            "event": ELECTION, "kind": "duration", "role": "duration-of:the period of the Tories' claim", "verdict": "single-source",
            "why": "'over the four years of the parliament'.",
            "mentions": [("06", "four years", 4, {"note": "years"})],
        },
        {
            "event": MARCH, "kind": "date", "role": "date-of:the previous Budget", "verdict": "agree",
            "why": "March 2024 ('the last Tory Budget in March', 'the position in March').",
            "mentions": [
                ("05", "March", "2024-03"),
                ("06", "March", "2024-03"),
            ],
        },
    ],
}
