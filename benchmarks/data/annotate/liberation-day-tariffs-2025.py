# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Trump's 'Liberation Day' tariffs, announced on Wednesday 2 April 2025 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Tariff rates and market moves in percent (a fall as a negative move); futures moves in index points; index levels as
points (note); dates as ISO strings, times with their zone (EDT = -04:00). Wednesday = 2 April 2025 (the announcement,
after the close), Thursday = 3 April (Wall Street's next open).
Each partner's rate is its own cluster; the tariff a partner is said to charge the US is another ('charges the U.S. 67%').
Futures moves told at different hours of the evening are one figure over time (`updated`): Reuters's first reading
(S&P 500 futures down 1.7%, Nasdaq futures 2.4%), al24news's 'more than 1.5%' and 'over 2.3%', MarketWatch's reading an
hour after the 5 p.m. halt (3.4%, 4.2%).
Left out: 'S&P 500', 'Nasdaq-100', 'YM00', 'NQ00', 'ES00' (names and tickers), 'the top three nations', 'the US's two largest
trading partners' (ranks), '12:01' (the minute of the 9 April start, kept as its day), 'half of what they ... have charged
us', 'approximately in half', 'a little bit more than half' (ratios, not figures), 'an hour later', 'for now', 'in recent
weeks'.
"""

E = "e1"
MARKETS = "e2"
OTHER = "e3"
WED = "2025-04-02"
THU = "2025-04-03"
PCT = "percent"

SPEC = {
    "description": (
        "President Trump's 'Liberation Day' tariffs, announced in the White House Rose Garden on Wednesday 2 April 2025 "
        "(`agree`), as six outlets told it that evening and the next day: a baseline tariff of 10% (`agree`) from April 5 "
        "(`agree`) against one text's 'effective midnight tonight' (`conflict`); reciprocal tariffs from April 9 (`agree`) on "
        "about 60 countries (`agree`): China 34% (`agree`) on top of 20% (`agree`), its total given as 64% (Navarro, one text; "
        "34 + 20 = 54); the European Union 20% (`agree`); Japan 24% (`agree`); Vietnam 46% against 48% (`conflict`; 'over "
        "40%' holds both); Taiwan 32%, India 26%, South Korea 25%; the tariffs China and the EU are said to charge, 67% "
        "(`agree`) and 38%. Markets: S&P 500 futures down 1.7% / more than 1.5% -> 3.4%, Nasdaq futures 2.4% / over 2.3% -> "
        "4.2% (`updated` each); Dow futures down 892 points (2.2%); Wall Street's Thursday open (`agree`). Other measures: car "
        "tariffs from April 3, secondary tariffs of 25% on buyers of Venezuelan oil, Canada's and Mexico's delay of March 6."
    ),
    "documents": {
        "01": {"published_how": "the URL's date 2025/04/02 (Newsmax's copy of the Reuters market reaction, Wednesday evening)"},
        "02": {"published_how": "inferred: no date on the stored page; 'signed an executive order on Wednesday' (2 April): 3 April 2025 (a guess within a day)"},
        "03": {"published_how": "inferred: no date on the stored page; futures 'fell sharply on Wednesday', 'At Thursday's opening, investors were anticipating': 2 April 2025 (the night of the announcement)"},
        "04": {"published_how": "the URL's date 2025/04/03"},
        "05": {"published_how": "inferred: no date on the stored page; 'on Wednesday revealed' (2 April): 2 April 2025 (a guess within a day)"},
        "06": {"published_how": "inferred: no date on the stored page; 'effective midnight tonight' and the secondary tariffs 'will go into effect on April 2': 2 April 2025"},
    },
    "events": [
        {"id": E, "label": "Trump's 'Liberation Day' tariffs announced on 2 April 2025", "main": True},
        {"id": MARKETS, "label": "the markets' reaction on the evening of 2 April 2025", "main": False},
        {"id": OTHER, "label": "other US trade measures of March-April 2025 (car tariffs, Venezuela, Canada and Mexico) (sibling)", "main": False},
    ],
    "clusters": [
        # --- the baseline ---
        {
            "event": E, "kind": "percent", "role": "the baseline tariff on all imports", "verdict": "agree",
            "why": "10% everywhere (a minimum, universal, baseline tariff; the United Kingdom, Australia and Saudi Arabia, and the uninhabited Heard Island and McDonald Islands, are charged only that; around 60 nations face more than it).",
            "mentions": [
                ("01", "10%", 10, {"ctx": "baseline tariff of 10%", "note": PCT}),
                ("01", "10%", 10, {"ctx": "with a 10% baseline", "note": PCT}),
                ("01", "10%", 10, {"ctx": "higher than 10%", "note": PCT + "; 'significantly higher than 10%'"}),
                ("02", "10%", 10, {"ctx": "minimum 10%", "note": PCT}),
                ("02", "10%", 10, {"ctx": "above 10%", "note": PCT + "; 'tariffs above 10%'"}),
                ("03", "10%", 10, {"ctx": "a 10% universal", "note": PCT}),
                ("03", "10%", 10, {"ctx": "were 10% overall", "note": PCT}),
                ("04", "10%", 10, {"ctx": "baseline of 10%", "note": PCT}),
                ("04", "10%", 10, {"ctx": "charged the 10% baseline", "note": PCT}),
                ("04", "10%", 10, {"ctx": "slapped with 10%", "note": PCT + "; Heard Island and McDonald Islands"}),
                ("04", "10%", 10, {"ctx": "The 10% baseline", "note": PCT}),
                ("05", "10%", 10, {"ctx": "basicratariff of 10%", "note": PCT}),
                ("05", "10%", 10, {"ctx": "degree of 10%", "note": PCT}),
                ("06", "10 percent", 10, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the baseline tariff's taking effect", "verdict": "conflict",
            "why": "April 5 (Mexico News Report; mrila, 'according to senior officials in the White House') against the blog's 'a minimum 10 percent reciprocal tariff plan, effective midnight tonight' (the night of 2 April): one start, two dates.",
            "mentions": [
                ("04", "April 5th", "2025-04-05"),
                ("05", "April 5", "2025-04-05"),
                ("06", "midnight tonight", "2025-04-03T00:00-04:00", {"note": "'effective midnight tonight' (2 April, EDT)"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the reciprocal tariffs' taking effect", "verdict": "agree",
            "why": "April 9 (mrila: 'on April 9 at. 12:01').",
            "mentions": [
                ("04", "April 9th", "2025-04-09"),
                ("05", "April 9", "2025-04-09"),
            ],
        },
        {
            "event": E, "kind": "count", "role": "countries facing reciprocal tariffs above the baseline", "verdict": "agree",
            "why": "Around / approx. 60 countries.",
            "mentions": [
                ("02", "around 60", 60),
                ("05", "approx. 60", 60, {"low": 54, "high": 66, "note": "'approx. 60'"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the announcement of the tariffs", "verdict": "agree",
            "why": "Wednesday 2 April 2025 ('on Wednesday by announcing', 'signed an executive order on Wednesday', 'On April 2nd, 2025', 'on Wednesday revealed', and Trump's own 'April 2, 2025 will forever be remembered').",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "trade war on Wednesday"}),
                ("02", "Wednesday", WED),
                ("04", "April 2nd, 2025", WED),
                ("05", "Wednesday", WED),
                ("05", "April 2, 2025", WED, {"note": "in Trump's words"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Trump at the lectern", "verdict": "single-source",
            "why": "'Shortly after 4 p.m. Eastern time' (after the market's close).",
            "mentions": [("03", "4 p.m.", "2025-04-02T16:00-04:00", {"note": "Eastern time (EDT); 'Shortly after 4 p.m.'"})],
        },
        # --- China ---
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on China", "verdict": "agree",
            "why": "34%.",
            "mentions": [
                ("01", "34%", 34, {"note": PCT}),
                ("02", "34%", 34, {"note": PCT}),
                ("03", "34%", 34, {"note": PCT}),
                ("04", "34%", 34, {"note": PCT}),
                ("05", "34%", 34, {"ctx": "a 34%tariff", "note": PCT}),
                ("05", "34%", 34, {"ctx": "new 34% duty", "note": PCT}),
                ("06", "34%", 34, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the tariff already in force on China", "verdict": "agree",
            "why": "20% already charged (from February and March 2025).",
            "mentions": [
                ("04", "20%", 20, {"ctx": "the 20% tariff China", "note": PCT}),
                ("05", "20%", 20, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the total tariff on China after the announcement", "verdict": "single-source",
            "why": "'which brings the total duty to 64%, according to ... Peter Navarro' (34% on top of 20% adds to 54%; no other text gives the total).",
            "mentions": [("05", "64%", 64, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the tariff China is said to charge the US", "verdict": "agree",
            "why": "67%, according to the administration's chart.",
            "mentions": [
                ("04", "67%", 67, {"note": PCT}),
                ("05", "67%", 67, {"note": PCT}),
                ("06", "67%", 67, {"note": PCT}),
            ],
        },
        # --- other partners ---
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on the European Union", "verdict": "agree",
            "why": "20%.",
            "mentions": [
                ("01", "20%", 20, {"note": PCT}),
                ("02", "20%", 20, {"note": PCT}),
                ("03", "20%", 20, {"note": PCT}),
                ("04", "20%", 20, {"ctx": "charged 20%", "note": PCT}),
                ("06", "20%", 20, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the tariff the European Union is said to charge the US", "verdict": "single-source",
            "why": "'The European Union, which charges the US 38%'.",
            "mentions": [("06", "38%", 38, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on Japan", "verdict": "agree",
            "why": "24%.",
            "mentions": [
                ("01", "24%", 24, {"note": PCT}),
                ("04", "24%", 24, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on Vietnam", "verdict": "conflict",
            "why": "46% (the White House's table, via MarketWatch; Mexico News Report) against the blog's 'will be assessed at 48%'; al24news's 'over 40%' (Vietnam and Sri Lanka) holds both.",
            "mentions": [
                ("02", "over 40%", 40, {"note": PCT + "; Vietnam and Sri Lanka"}),
                ("03", "46%", 46, {"note": PCT}),
                ("04", "46%", 46, {"note": PCT}),
                ("06", "48%", 48, {"note": PCT}),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the tariff Vietnam is said to charge the US", "verdict": "single-source",
            "why": "'Vietnam, which has a 90% tariff on US goods'.",
            "mentions": [("06", "90%", 90, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on Taiwan", "verdict": "single-source",
            "why": "'Taiwan 32%'.",
            "mentions": [("04", "32%", 32, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on India", "verdict": "single-source",
            "why": "'India 26%'.",
            "mentions": [("04", "26%", 26, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the new reciprocal tariff on South Korea", "verdict": "single-source",
            "why": "'South Korea 25%'.",
            "mentions": [("04", "25%", 25, {"note": PCT})],
        },
        {
            "event": E, "kind": "percent", "role": "the reciprocal rate as a share of a partner's own tariffs", "verdict": "single-source",
            "why": "'a reciprocal tariff rate of 50 percent of their current fees'.",
            "mentions": [("06", "50 percent", 50, {"note": PCT})],
        },
        # --- markets ---
        {
            "event": MARKETS, "kind": "percent", "role": "S&P 500 futures' move after the announcement", "verdict": "updated",
            "why": "Down 1.7% in Reuters's first reading, 'more than 1.5%' (al24news), then down 3.4% at 5,520 an hour after the 5 p.m. halt (MarketWatch via Boursewatch): one move read at three times of the evening.",
            "mentions": [
                ("01", "1.7%", -1.7, {"note": PCT + "; 'fell to a 1.7% loss'"}),
                ("02", "more than 1.5%", -1.5, {"low": None, "high": -1.5, "note": PCT + "; 'falling more than 1.5%'"}),
                ("03", "3.4%", -3.4, {"note": PCT + "; 'were down 3.4%'"}),
            ],
        },
        {
            "event": MARKETS, "kind": "percent", "role": "Nasdaq futures' move after the announcement", "verdict": "updated",
            "why": "Down 2.4% (Reuters) and 'over 2.3%' (al24news), then Nasdaq-100 futures down 4.2% at 18,927 an hour after the halt: one move read at different times.",
            "mentions": [
                ("01", "2.4%", -2.4, {"note": PCT + "; 'were down 2.4%'"}),
                ("02", "over 2.3%", -2.3, {"low": None, "high": -2.3, "note": PCT + "; 'dropping over 2.3%'"}),
                ("03", "4.2%", -4.2, {"note": PCT + "; 'were down 4.2%'"}),
            ],
        },
        {
            "event": MARKETS, "kind": "count", "role": "Dow futures' fall in points", "verdict": "single-source",
            "why": "'futures linked to the Dow Jones Industrial Average ... were down 892 points'.",
            "mentions": [("03", "892", -892, {"note": "index points"})],
        },
        {
            "event": MARKETS, "kind": "percent", "role": "Dow futures' move", "verdict": "single-source",
            "why": "'down 892 points, or 2.2%'.",
            "mentions": [("03", "2.2%", -2.2, {"note": PCT})],
        },
        {
            "event": MARKETS, "kind": "count", "role": "Dow futures' level", "verdict": "single-source",
            "why": "'at 41,559'.",
            "mentions": [("03", "41,559", 41559, {"note": "index points"})],
        },
        {
            "event": MARKETS, "kind": "count", "role": "Nasdaq-100 futures' level", "verdict": "single-source",
            "why": "'at 18,927'.",
            "mentions": [("03", "18,927", 18927, {"note": "index points"})],
        },
        {
            "event": MARKETS, "kind": "count", "role": "S&P 500 futures' level", "verdict": "single-source",
            "why": "'at 5,520'.",
            "mentions": [("03", "5,520", 5520, {"note": "index points"})],
        },
        {
            "event": MARKETS, "kind": "count", "role": "futures' first rise at the word 'reciprocal'", "verdict": "single-source",
            "why": "'futures rose about 30 or 40 points initially' (Sosnick).",
            "mentions": [("03", "30 or 40", 35, {"low": 30, "high": 40, "note": "index points"})],
        },
        {
            "event": MARKETS, "kind": "date", "role": "date-of:the halt of futures trading", "verdict": "single-source",
            "why": "'When trading was halted for an hour at 5 p.m. Eastern'.",
            "mentions": [("03", "5 p.m.", "2025-04-02T17:00-04:00", {"note": "Eastern time (EDT)"})],
        },
        {
            "event": MARKETS, "kind": "duration", "role": "duration-of:the halt of futures trading", "verdict": "single-source",
            "why": "'halted for an hour'.",
            "mentions": [("03", "an hour", 1, {"ctx": "for an hour", "note": "hours"})],
        },
        {
            "event": MARKETS, "kind": "date", "role": "date-of:the fall of futures and the dollar", "verdict": "agree",
            "why": "Wednesday evening ('fell sharply on Wednesday'; Reuters's futures 'after gaining earlier on Wednesday' turned down that evening).",
            "mentions": [
                ("01", "Wednesday", WED, {"ctx": "earlier on Wednesday"}),
                ("03", "Wednesday", WED),
            ],
        },
        {
            "event": MARKETS, "kind": "date", "role": "date-of:Wall Street's next open", "verdict": "agree",
            "why": "Thursday 3 April ('when Wall Street opens on Thursday', 'At Thursday's opening').",
            "mentions": [
                ("01", "Thursday", THU),
                ("03", "Thursday", THU),
            ],
        },
        {
            "event": MARKETS, "kind": "date", "role": "date-of:the start of the market's decline", "verdict": "single-source",
            "why": "'a decline that began in February when Trump first hinted at the policy'.",
            "mentions": [("02", "February", "2025-02")],
        },
        # --- other measures ---
        {
            "event": OTHER, "kind": "date", "role": "date-of:the automotive tariff's taking effect", "verdict": "single-source",
            "why": "'the automotive tariff scheduled to take effect on April 3rd'.",
            "mentions": [("04", "April 3rd", "2025-04-03")],
        },
        {
            "event": OTHER, "kind": "percent", "role": "secondary tariffs on buyers of Venezuelan oil or gas", "verdict": "single-source",
            "why": "'Secondary tariffs of 25% on countries that buy oil or gas from Venezuela'.",
            "mentions": [("06", "25%", 25, {"note": PCT})],
        },
        {
            "event": OTHER, "kind": "date", "role": "date-of:the secondary tariffs' taking effect", "verdict": "single-source",
            "why": "'will go into effect on April 2'.",
            "mentions": [("06", "April 2", WED)],
        },
        {
            "event": OTHER, "kind": "date", "role": "date-of:the delay of the tariffs on Canada and Mexico", "verdict": "single-source",
            "why": "'the tariffs had been delayed on March 6 due to the USMCA treaty'.",
            "mentions": [("06", "March 6", "2025-03-06")],
        },
    ],
}
