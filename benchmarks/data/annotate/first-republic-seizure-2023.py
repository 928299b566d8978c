# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the seizure of First Republic Bank and its sale to JPMorgan Chase, Monday 1 May 2023 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars (the note says so); durations in months or years (note); dates as ISO strings (a month as "YYYY-MM").
Monday = 1 May 2023 (the seizure and the sale). Figures of the FDIC's release (total assets and total deposits as of
13 April) and JPMorgan's figures (loans, securities and deposits it acquired) are different scopes, so different clusters;
a text that gives the total assets as the loans acquired ('acquire $229.1 billion in loans') joins the loans' cluster
as written (`conflict`, as a slip in earlier batches).
Left out: 'second-largest', 'third midsize bank', 'Three of the four largest-ever' (ranks), 'one-time' (a kind of gain),
'today' (06: the FDIC's 'today' inside its release and the blog's own), 'last year' (04: the year of the loans, not named),
'the weekend', 'late last week', 'weeks', 'several days'.
"""

E = "e1"
MARCH = "e2"
WAMU = "e3"
MON = "2023-05-01"
B = 1e9
USD = "US dollars"

SPEC = {
    "description": (
        "The seizure of First Republic Bank by California's regulator and its sale to JPMorgan Chase, early Monday 1 May 2023 "
        "(`agree`), as six outlets told it that day: the FDIC's total assets $229.1 billion and total deposits $103.9 billion "
        "as of April 13 (`agree`), 'just over $330 billion' of assets and deposits together; the cost to the Deposit Insurance "
        "Fund about $13 billion (`agree`); JPMorgan's about $173 billion of loans against one text's '$229.1 billion in loans' "
        "(`conflict`), $30 billion of securities and $92 billion of deposits (`agree`); 84 branches in eight states (`agree`); a "
        "one-time gain of $2.6 billion (`agree`) and $2 billion of restructuring; the third bank to fail in (less than) two "
        "months (`agree`). Background: the March collapses of Silicon Valley Bank and Signature Bank (`agree`), the deposit "
        "flight of March (about $100 billion) and the big banks' $30 billion of deposits; Washington Mutual's failure in 2008 "
        "(`agree`)."
    ),
    "documents": {
        "01": {"published_how": "the URL's date 2023/may/02 (Arkansas Democrat-Gazette's print edition of the AP story of Monday 1 May): 2 May 2023"},
        "02": {"published_how": "inferred: no date on the stored page; 'Early on Monday, regulators seized' (1 May): 1 May 2023"},
        "03": {"published_how": "inferred: no date on the stored page; 'seized control of First Republic Bank on Monday' (1 May): 1 May 2023"},
        "04": {"published_how": "the page's date line 'May 01, 2023' (removed from the text)"},
        "05": {"published_how": "inferred: no date on the stored page; 'On Monday, the ... FDIC declared the closure' (1 May): 1 May 2023 (a guess within a day or two)"},
        "06": {"published_how": "the URL's month 2023/05; 'The FDIC ... announced today': 1 May 2023"},
    },
    "events": [
        {"id": E, "label": "First Republic Bank's seizure and sale to JPMorgan Chase, 1 May 2023", "main": True},
        {"id": MARCH, "label": "the March 2023 bank failures and First Republic's deposit flight and rescue deposits (background)", "main": False},
        {"id": WAMU, "label": "Washington Mutual's failure in 2008 (background)", "main": False},
    ],
    "clusters": [
        # --- the bank's size (the FDIC's figures as of 13 April) ---
        {
            "event": E, "kind": "money", "role": "money:First Republic's total assets as of 13 April", "verdict": "agree",
            "why": "$229.1 billion (approximately, in NMP), the FDIC's figure as of April 13.",
            "mentions": [
                ("02", "$229.1 billion", 229.1 * B, {"note": USD}),
                ("04", "approximately $229.1 billion", 229.1 * B, {"note": USD}),
                ("06", "$229.1 billion", 229.1 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:First Republic's total deposits as of 13 April", "verdict": "agree",
            "why": "$103.9 billion, the FDIC's figure as of April 13 (GeoFinancialNews: 'all of First Republic's $103.9 billion in deposits' taken over).",
            "mentions": [
                ("02", "$103.9 billion", 103.9 * B, {"note": USD}),
                ("04", "$103.9 billion", 103.9 * B, {"note": USD}),
                ("05", "$103.9 billion", 103.9 * B, {"note": USD}),
                ("06", "$103.9 billion", 103.9 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the balance date of the FDIC's figures", "verdict": "agree",
            "why": "'as of April 13' (2023).",
            "mentions": [
                ("02", "April 13", "2023-04-13"),
                ("04", "April 13", "2023-04-13"),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:First Republic's total assets and deposits together", "verdict": "single-source",
            "why": "'Its total assets and deposits are just over $330 billion' ($229.1 + $103.9 = $333 billion: a sum of the two FDIC figures).",
            "mentions": [("06", "just over $330 billion", 330 * B, {"note": USD})],
        },
        # --- the cost ---
        {
            "event": E, "kind": "money", "role": "money:estimated cost to the FDIC's Deposit Insurance Fund", "verdict": "agree",
            "why": "About $13 billion, the FDIC's estimate ('approximately', 'around'; GeoFinancialNews calls it the taxpayers' losses and the FDIC's loss).",
            "mentions": [
                ("02", "about $13 billion", 13 * B, {"note": USD}),
                ("04", "$13 billion", 13 * B, {"note": USD}),
                ("05", "$13 Billions", 13 * B, {"note": USD}),
                ("05", "$13 billion", 13 * B, {"ctx": "cover the $13 billion loss", "note": USD}),
                ("05", "$13 billion", 13 * B, {"ctx": "covering $13 billion in losses", "note": USD}),
                ("06", "approximately $13 billion", 13 * B, {"note": USD}),
                ("06", "around $13 billion", 13 * B, {"note": USD}),
            ],
        },
        # --- what JPMorgan acquired ---
        {
            "event": E, "kind": "money", "role": "money:First Republic's loans acquired by JPMorgan", "verdict": "conflict",
            "why": "About $173 billion of loans (AP, NMP); GeoFinancialNews's 'acquire $229.1 billion in loans' gives the FDIC's total assets as the loans: it cannot hold beside $173 billion.",
            "mentions": [
                ("01", "about $173 billion", 173 * B, {"note": USD}),
                ("04", "about $173 billion", 173 * B, {"note": USD}),
                ("05", "$229.1 billion", 229.1 * B, {"note": USD + "; 'acquire $229.1 billion in loans'"}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:First Republic's securities acquired by JPMorgan", "verdict": "agree",
            "why": "$30 billion of securities (approximately, in NMP).",
            "mentions": [
                ("01", "$30 billion", 30 * B, {"note": USD}),
                ("04", "approximately $30 billion", 30 * B, {"note": USD}),
                ("05", "$30 billion", 30 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:deposits assumed by JPMorgan (its figure)", "verdict": "agree",
            "why": "$92 billion in deposits (JPMorgan's figure; the FDIC's total deposits of April 13 were $103.9 billion, another scope).",
            "mentions": [
                ("01", "$92 billion", 92 * B, {"note": USD}),
                ("04", "approximately $92 billion", 92 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "count", "role": "First Republic's branches (offices)", "verdict": "agree",
            "why": "84 branches / offices, reopening as JPMorgan Chase branches.",
            "mentions": [
                ("01", "84", 84),
                ("02", "84", 84),
                ("03", "84", 84),
                ("06", "84", 84),
            ],
        },
        {
            "event": E, "kind": "count", "role": "states with First Republic branches", "verdict": "agree",
            "why": "Eight states (CBS names them: California, Connecticut, Florida, Massachusetts, New York, Oregon, Washington and Wyoming).",
            "mentions": [
                ("01", "eight", 8),
                ("02", "eight", 8),
                ("03", "eight", 8),
                ("06", "eight", 8),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:JPMorgan's one-time gain from the deal", "verdict": "agree",
            "why": "A one-time gain of $2.6 billion (CBS: 'modest'; GeoFinancialNews: 'an immediate gain').",
            "mentions": [
                ("03", "$2.6 billion", 2.6 * B, {"note": USD}),
                ("05", "$2.6 billion", 2.6 * B, {"note": USD}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "money:JPMorgan's restructuring spending on First Republic", "verdict": "single-source",
            "why": "'will also spend another $2 billion restructuring the regional bank'.",
            "mentions": [("03", "$2 billion", 2 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the conversion of the branches into wealth management centers", "verdict": "single-source",
            "why": "'over the next 18 months'.",
            "mentions": [("03", "18 months", 18, {"note": "months"})],
        },
        {
            "event": E, "kind": "count", "role": "JPMorgan employees who worked on the deal", "verdict": "single-source",
            "why": "'800 JPMorgan employees worked around the clock'.",
            "mentions": [("03", "800", 800)],
        },
        {
            "event": E, "kind": "money", "role": "money:JPMorgan's market capitalization added after the deal", "verdict": "single-source",
            "why": "'JP Morgan added $18 billion in market capitalization'.",
            "mentions": [("05", "$18 billion", 18 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:the FDIC's financing to JPMorgan", "verdict": "single-source",
            "why": "'$50 billion loan from the FDIC' and 'providing $50 billion five-year fixed-rate in financing' (one loan, told twice in one text).",
            "mentions": [
                ("05", "$50 billion", 50 * B, {"ctx": "got $50 billion loan", "note": USD}),
                ("05", "$50 billion", 50 * B, {"ctx": "providing $50 billion", "note": USD}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the term of the FDIC's financing", "verdict": "single-source",
            "why": "'$50 billion five-year fixed-rate in financing'.",
            "mentions": [("05", "five-year", 5, {"note": "years"})],
        },
        {
            "event": E, "kind": "money", "role": "money:the Fed's extra borrowing to finance the FDIC", "verdict": "single-source",
            "why": "'The Fed has borrowed an extra $206 billion to finance the FDIC'.",
            "mentions": [("05", "$206 billion", 206 * B, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:JPMorgan's estimated yearly profit from the deal", "verdict": "single-source",
            "why": "'an estimated yearly profit of $500 million'.",
            "mentions": [("05", "$500 million", 500e6, {"note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:the FDIC's deposit insurance limit", "verdict": "agree",
            "why": "$250,000 (the FDIC-insured limit).",
            "mentions": [
                ("02", "$250,000", 250000, {"note": USD}),
                ("05", "$250,000", 250000, {"note": USD}),
            ],
        },
        # --- dates of Monday's acts ---
        {
            "event": E, "kind": "date", "role": "date-of:the seizure of First Republic and its sale to JPMorgan", "verdict": "agree",
            "why": "Monday 1 May 2023, early (before the markets opened): 'seized ... early Monday', 'Early on Monday', 'on Monday', 'On Monday, the FDIC declared the closure'.",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "First Republic Bank early Monday"}),
                ("02", "Monday", MON, {"ctx": "Early on Monday"}),
                ("03", "Monday", MON, {"ctx": "First Republic Bank on Monday"}),
                ("04", "Monday", MON),
                ("05", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the FDIC's statement", "verdict": "agree",
            "why": "The FDIC's statement of Monday ('The Federal Deposit Insurance Corp. said early Monday', 'explained the FDIC in a statement Monday').",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "Corp. said early Monday"}),
                ("02", "Monday", MON, {"ctx": "statement Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:JPMorgan's conference call", "verdict": "agree",
            "why": "JPMorgan's call with analysts and reporters on Monday (Dimon 'on a conference call Monday'; Barnum 'during a news conference Monday').",
            "mentions": [
                ("01", "Monday", MON, {"ctx": "conference call Monday"}),
                ("03", "Monday", MON, {"ctx": "news conference Monday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Biden's speech welcoming the takeover", "verdict": "single-source",
            "why": "'during a speech Monday on small business'.",
            "mentions": [("01", "Monday", MON, {"ctx": "speech Monday"})],
        },
        # --- background: the failures of March and the deposit flight ---
        {
            "event": MARCH, "kind": "duration", "role": "duration-of:the span of the three bank failures", "verdict": "agree",
            "why": "The third bank to fail 'in less than two months' (AP), 'in the last two months' (CBS), 'in the past two months' (NRO, NMP): Silicon Valley Bank on 10 March to 1 May.",
            "mentions": [
                ("01", "two months", 2, {"note": "months; 'in less than two months'", "high": 2}),
                ("02", "two months", 2, {"note": "months"}),
                ("03", "two months", 2, {"note": "months"}),
                ("04", "two months", 2, {"ctx": "past two months", "note": "months"}),
            ],
        },
        {
            "event": MARCH, "kind": "count", "role": "other large bank failures before First Republic's", "verdict": "single-source",
            "why": "'follows two other large failures' (Silicon Valley Bank and Signature Bank).",
            "mentions": [("04", "two", 2, {"ctx": "follows two other"})],
        },
        {
            "event": MARCH, "kind": "date", "role": "date-of:the collapses of Silicon Valley Bank and Signature Bank", "verdict": "agree",
            "why": "March 2023.",
            "mentions": [
                ("01", "March", "2023-03"),
                ("02", "March", "2023-03"),
                ("04", "March", "2023-03", {"ctx": "collapsed in March"}),
            ],
        },
        {
            "event": MARCH, "kind": "money", "role": "money:deposits First Republic lost in March", "verdict": "single-source",
            "why": "'Lost $100B In March' (a subheading) and 'lost about $100 billion in deposits in March'.",
            "mentions": [
                ("04", "$100B", 100 * B, {"note": USD}),
                ("04", "about $100 billion", 100 * B, {"note": USD}),
            ],
        },
        {
            "event": MARCH, "kind": "date", "role": "date-of:First Republic's deposit flight", "verdict": "single-source",
            "why": "March 2023 ('Lost $100B In March', 'in deposits in March').",
            "mentions": [
                ("04", "March", "2023-03", {"ctx": "$100B In March"}),
                ("04", "March", "2023-03", {"ctx": "deposits in March"}),
            ],
        },
        {
            "event": MARCH, "kind": "money", "role": "money:deposits placed at First Republic by large banks", "verdict": "single-source",
            "why": "'some of America's largest banks provided $30 billion in deposits to keep it afloat'.",
            "mentions": [("04", "$30 billion", 30 * B, {"ctx": "provided $30 billion", "note": USD})],
        },
        {
            "event": E, "kind": "money", "role": "money:First Republic's mortgage lending in 2022", "verdict": "single-source",
            "why": "'originating about $25.5 billion in loans last year, according to Modex'.",
            "mentions": [("04", "about $25.5 billion", 25.5 * B, {"note": USD})],
        },
        # --- background: Washington Mutual ---
        {
            "event": WAMU, "kind": "date", "role": "date-of:Washington Mutual's failure", "verdict": "agree",
            "why": "2008 ('at the height of the 2008 financial crisis', 'went down in 2008').",
            "mentions": [
                ("01", "2008", "2008"),
                ("02", "2008", "2008"),
            ],
        },
    ],
}
