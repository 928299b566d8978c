# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for the opening weekend of 'Deadpool & Wolverine', 26-28 July 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Money in US dollars; dates as ISO strings: Friday = 26 July 2024 (the first day, with Thursday's previews), Sunday = 28
July (the studio's estimate), Monday = 29 July (Disney's actual figures). Percentages as numbers.
Left out: ranks and ordinals ('top 10', 'top 20', 'eighth place', 'sixth-biggest', '6th', 'the ninth film', 'fifth-best',
'No. 1', 'No. 2', '34th consecutive', 'number one', 'Wk 1', '1.)', '2.)'); names ('21st Century Fox', 'Inside Out 2',
'Deadpool 2', 'X2', 'Fantastic Four', 'the remake one'); scopes ('of 2024', 'biggest July opening', 'in July', '3-day');
'may' (the modal); 'Last week’s champ', 'This week', 'from last year' (relative, no fact of their own); 'August' ('smooth waters through August', no fact); 'a poop-load' (vague).
"""

E = "e1"
DP1 = "e2"
OTHERS = "e3"
TWISTERS = "e4"
MCU = "e5"
FOX = "e6"
SUN = "2024-07-28"
MON = "2024-07-29"
M = 1_000_000


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "The opening weekend of Marvel's 'Deadpool & Wolverine' in North America, 26-28 July 2024, as six outlets reported "
        "it on 28-30 July: the domestic opening $205 million by the studio's estimate on Sunday -> $211 million in Disney's "
        "figures on Monday ('$6 million more') (`updated`); overseas $233.3 million against TheWrap's $233.5 million "
        "(`conflict`); the global opening (over) $438.3 million against TheWrap's $438.5 million on Sunday, then $444.3 "
        "million against Nerdist's $444.1 million on Monday (`conflict`); the first day $96 million (`agree`); 4,210 "
        "theaters (`agree`); a 97% audience score (`agree`); the MCU past $30 billion (`compatible`); Disney's five of the "
        "six biggest openings against Nerdist's 'all six' (`conflict`). Background: the first Deadpool's $132 million / "
        "$132.4M against Collider's $133.7 million (`conflict`), Spider-Man: No Way Home's $260 million / $260.1M in "
        "December 2021 (`compatible`), other films' openings, Twisters' second weekend, X-Men films' lifetime grosses."
    ),
    "documents": {
        "01": {"published_how": "inferred: no date on the stored page (its chrome says '10 months ago'); the studio's estimates 'on Sunday' (28 July 2024): 28 July 2024, a guess within a day"},
        "02": {"published_how": "inferred: the corpus's date line (2024-07-28)"},
        "03": {"published_how": "inferred: no date on the stored page; the weekend's table (Friday to Sunday) and 'Last week’s champ, Twisters': 29 July 2024, a guess within a day or two"},
        "04": {"published_how": "inferred: no date on the stored page; its update of 'Monday morning' (29 July 2024): 29 July 2024"},
        "05": {"published_how": "the page's time stamp (Monday 29 July 2024 16:43, removed with the byline)"},
        "06": {"published_how": "inferred: no date on the stored page; the $211 million of Monday 29 July 2024: 30 July 2024, a guess within a few days"},
    },
    "events": [
        {"id": E, "label": "the opening weekend of 'Deadpool & Wolverine', 26-28 July 2024", "main": True},
        {"id": DP1, "label": "the first 'Deadpool' (2016), the previous record opening for an R-rated film (background)", "main": False},
        {"id": OTHERS, "label": "other films' opening weekends and lifetime grosses (background)", "main": False},
        {"id": TWISTERS, "label": "the same weekend's other films: Twisters, Longlegs, Trap (sibling)", "main": False},
        {"id": MCU, "label": "the Marvel Cinematic Universe's franchise gross (background)", "main": False},
        {"id": FOX, "label": "Disney's acquisition of 21st Century Fox's film assets (background)", "main": False},
    ],
    "clusters": [
        # --- the weekend's grosses ---
        {
            "event": E, "kind": "money", "role": "the film's domestic (North American) opening weekend gross", "verdict": "updated",
            "why": "'$205 million ... according to studio estimates on Sunday' (AP, Collider, Game Bastion's table) -> 'Monday morning Disney adjusted that number up to $211 million' (TheWrap's update, the Independent's AP text, Nerdist): a figure revised the next day.",
            "mentions": [
                ("01", "$205-m", 205 * M, {"as_of": SUN, "note": "headline"}),
                ("01", "$205 million", 205 * M, {"as_of": SUN}),
                ("02", "$205 million", 205 * M, {"as_of": SUN}),
                ("03", "$205 million", 205 * M, {"as_of": SUN}),
                ("03", "$205M", 205 * M, {"as_of": SUN, "note": "the table's 3-day figure"}),
                ("04", "$205 million", 205 * M, {"as_of": SUN, "note": "the weekend estimate"}),
                ("04", "$211 million", 211 * M, {"ctx": "up to $211 million", "as_of": MON}),
                ("04", "$211 million", 211 * M, {"ctx": "a $211 million launch", "as_of": MON}),
                ("05", "$211 million", 211 * M, {"as_of": MON}),
                ("06", "$211 million", 211 * M, {"ctx": "raked in $211 million", "as_of": MON}),
                ("06", "$211 million", 211 * M, {"ctx": "and $211 million domestic", "as_of": MON}),
            ],
        },
        one(E, "money", "the upward revision of the domestic opening", "'That’s $6 million more than was estimated on Sunday' ($211 million - $205 million).", "05", "$6 million", 6 * M),
        {
            "event": E, "kind": "money", "role": "the film's international (overseas) opening weekend gross", "verdict": "conflict",
            "why": "'an addition $233.3 million' (AP) and 'added $233.3 million internationally' (Collider) against TheWrap's 'earning $233.5 million overseas': two exact figures of the same weekend estimate that cannot both hold.",
            "mentions": [
                ("01", "$233.3 million", 233.3 * M, {"as_of": SUN}),
                ("02", "$233.3 million", 233.3 * M, {"as_of": SUN}),
                ("04", "$233.5 million", 233.5 * M, {"as_of": SUN}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the film's global opening weekend gross", "verdict": "conflict",
            "why": "Sunday's estimate: '(over) $438.3 million' (AP, Collider ×3, Game Bastion) against TheWrap's '$438.5 million' ($205m + $233.3m = $438.3m); Monday's actuals: '$444.3 million' (the Independent's AP text) against Nerdist's '$444.1 million'. The figure rose with the domestic revision (`updated`), but each day's figure is given two ways that cannot both hold.",
            "mentions": [
                ("01", "over $438.3 million", 438.3 * M, {"as_of": SUN}),
                ("02", "$438.3 million", 438.3 * M, {"ctx": "with a $438.3 million", "as_of": SUN}),
                ("02", "$438.3 million", 438.3 * M, {"ctx": "record-breaking $438.3 million", "as_of": SUN}),
                ("02", "$438.3 million", 438.3 * M, {"ctx": "global total of $438.3 million", "as_of": SUN}),
                ("03", "$438.3M", 438.3 * M, {"as_of": SUN}),
                ("04", "$438.5 million", 438.5 * M, {"as_of": SUN}),
                ("05", "$444.3 million", 444.3 * M, {"as_of": MON}),
                ("06", "$444.1 million", 444.1 * M, {"as_of": MON}),
            ],
        },
        {
            "event": E, "kind": "money", "role": "the film's first-day (Friday, with previews) gross", "verdict": "agree",
            "why": "'raking in $96 million on its opening day' (Collider) / 'Fri $96M' (Game Bastion's table).",
            "mentions": [
                ("02", "$96 million", 96 * M),
                ("03", "$96M", 96 * M),
            ],
        },
        one(E, "money", "the film's Saturday gross", "'Sat $61.5M' (Game Bastion's table).", "03", "$61.5M", 61.5 * M),
        one(E, "money", "the film's Sunday gross", "'Sun $47.5M' (Game Bastion's table).", "03", "$47.5M", 47.5 * M),
        {
            "event": E, "kind": "count", "role": "theaters (locations) showing the film", "verdict": "agree",
            "why": "'4,210 theaters' (Game Bastion's table) / 'from 4,210 locations' (TheWrap).",
            "mentions": [
                ("03", "4,210", 4210),
                ("04", "4,210", 4210),
            ],
        },
        {
            "event": E, "kind": "percent", "role": "the film's Rotten Tomatoes audience score", "verdict": "agree",
            "why": "'a 97% Rotten Tomatoes rating' / 'a 97% RottenTomatoes score (compared to the 79% critic score)'.",
            "mentions": [
                ("02", "97%", 97),
                ("03", "97%", 97),
            ],
        },
        one(E, "percent", "the film's Rotten Tomatoes critic score", "'the 79% critic score'.", "03", "79%", 79),
        one(E, "percent", "share of the weekend's ticket sales from premium formats", "'PLFs repped 30% of the weekend ticket sales'.", "03", "30%", 30),
        one(E, "money", "the film's Imax gross in North America", "'$19.1M from Imax screens in North America'.", "03", "$19.1M", 19.1 * M),
        one(E, "money", "the film's Imax gross worldwide", "'$36.5M from Imax screens globally'.", "03", "$36.5M", 36.5 * M),
        {
            "event": E, "kind": "money", "role": "the worldwide gross the film is expected to pass", "verdict": "agree",
            "why": "'on its way to $1B' / 'will join “Joker” as the second R-rated film to gross $1 billion worldwide'.",
            "mentions": [
                ("03", "$1B", 1000 * M),
                ("04", "$1 billion", 1000 * M),
            ],
        },
        one(E, "money", "the threshold of the $200 million-plus opening club", "'to join the $200 million-plus opening weekend club'.", "04", "$200 million", 200 * M),
        {
            "event": E, "kind": "count", "role": "Disney films among the six biggest openings ever", "verdict": "conflict",
            "why": "The Independent (AP): 'The Walt Disney Co. can now claim five of the six biggest box office openings ever ... The only outlier is ... “Spider-Man: No Way Home,” which was released by Sony'; Nerdist: 'Disney owns the all six of the top spots': 5 against 6.",
            "mentions": [
                ("05", "five", 5),
                ("06", "six", 6, {"ctx": "the all six"}),
            ],
        },
        one(E, "count", "'Avengers' films among the six biggest openings", "'including two “Avengers” movies'.", "05", "two", 2, {"ctx": "two “Avengers”"}),
        one(E, "count", "'Star Wars' films among the six biggest openings", "'and two “Star Wars” films'.", "05", "two", 2, {"ctx": "two “Star Wars”"}),
        one(E, "count", "other MCU films in the $200 million opening club", "'Four other Marvel Cinematic Universe films are also in that club'.", "04", "Four", 4),
        one(E, "count", "Disney films among the 20 biggest openings", "'Disney is now responsible for 16 of the top 20 highest opening weekends'.", "04", "16", 16),
        {
            "event": E, "kind": "date", "role": "date-of:the studio's weekend estimate", "verdict": "agree",
            "why": "'according to studio estimates on Sunday' / 'than was estimated on Sunday' (28 July 2024).",
            "mentions": [
                ("01", "Sunday", SUN),
                ("05", "Sunday", SUN, {"ctx": "estimated on Sunday"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:Disney's revised (actual) figures", "verdict": "agree",
            "why": "'Monday morning Disney adjusted that number' / 'Disney said Monday' (29 July 2024).",
            "mentions": [
                ("04", "Monday", MON),
                ("05", "Monday", MON),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the weekend's Sunday of better-than-expected sales", "verdict": "single-source",
            "why": "'had a better Sunday than anticipated' (the standfirst and the first sentence of one text; 28 July 2024).",
            "mentions": [
                ("05", "Sunday", SUN, {"ctx": "time\n\n“Deadpool & Wolverine” had a better Sunday"}),
                ("05", "Sunday", SUN, {"ctx": "had a better Sunday than anticipated."}),
            ],
        },
        one(E, "date", "date-of:Marvel's Comic-Con presentation", "'which it just unveiled at San Diego Comic-Con last night' (Saturday 27 July 2024, the night before the page).", "02", "last night", "2024-07-27"),
        one(E, "duration", "duration-of:Marvel's coming slate unveiled at Comic-Con", "'ahead of a massive three years for the company'.", "02", "three years", 3, {"note": "years"}),
        # --- background: the first Deadpool ---
        {
            "event": DP1, "kind": "money", "role": "the first Deadpool's domestic opening weekend (the previous R-rated record)", "verdict": "conflict",
            "why": "'the first Deadpool ($132 million)' (AP), '$132M' (Game Bastion), '$132.4M domestic, according to Deadline' (Nerdist) against Collider's 'The first Deadpool was the previous record holder with $133.7 million': $132 million is $132.4 million rounded, $133.7 million cannot be.",
            "mentions": [
                ("01", "$132 million", 132 * M),
                ("02", "$133.7 million", 133.7 * M),
                ("03", "$132M", 132 * M),
                ("06", "$132.4M", 132.4 * M),
            ],
        },
        one(DP1, "date", "date-of:the first Deadpool's release", "'the first Deadpool in 2016'.", "06", "2016", "2016"),
        one(DP1, "money", "the first Deadpool's worldwide opening in like-for-like markets", "'The first movie had $264M WW in like-for-like markets excluding China'.", "06", "$264M", 264 * M),
        one(DP1, "money", "Deadpool 2's domestic opening", "'Deadpool and Deadpool 2’s $132M and $125M'.", "03", "$125M", 125 * M),
        # --- background: other films ---
        {
            "event": OTHERS, "kind": "money", "role": "Spider-Man: No Way Home's domestic opening", "verdict": "compatible",
            "why": "'opened to $260 million in December 2021' (TheWrap) / '$260.1M' (Nerdist): one figure, rounded.",
            "mentions": [
                ("04", "$260 million", 260 * M),
                ("06", "$260.1M", 260.1 * M),
            ],
        },
        {
            "event": OTHERS, "kind": "date", "role": "date-of:Spider-Man: No Way Home's opening", "verdict": "compatible",
            "why": "'since Spider-Man: No Way Home in 2021' / 'opened to $260 million in December 2021': the year and the month in it.",
            "mentions": [
                ("02", "2021", "2021"),
                ("04", "December 2021", "2021-12"),
            ],
        },
        one(OTHERS, "money", "Avengers: Age of Ultron's domestic opening", "'Avengers: Age of Ultron ($191.3 million)'.", "01", "$191.3 million", 191.3 * M),
        one(OTHERS, "money", "Inside Out 2's domestic opening", "'Disney’s Inside Out 2 ($154.2 million)'.", "01", "$154.2 million", 154.2 * M),
        one(OTHERS, "money", "Barbie's opening weekend", "'since Barbie ($162 million) stormed theatres last July'.", "01", "$162 million", 162 * M),
        one(OTHERS, "date", "date-of:Barbie's opening", "'stormed theatres last July' (July 2023).", "01", "last July", "2023-07"),
        one(OTHERS, "money", "the Lion King remake's opening (the previous July record)", "'passing the $191 million opening of the 2019 “Lion King” remake'.", "04", "$191 million", 191 * M),
        one(OTHERS, "date", "date-of:the Lion King remake's opening", "'the 2019 “Lion King” remake'.", "04", "2019", "2019"),
        one(OTHERS, "date", "date-of:Avatar: The Way of Water's opening", "'since “Avatar: The Way of Water” in December 2022'.", "04", "December 2022", "2022-12"),
        one(OTHERS, "money", "Jurassic World's domestic opening", "'“Jurassic World” which opened to $208.8 million in 2015'.", "05", "$208.8 million", 208.8 * M),
        one(OTHERS, "date", "date-of:Jurassic World's opening", "'in 2015'.", "05", "2015", "2015"),
        one(OTHERS, "money", "Avengers: Endgame's domestic opening", "'Avengers: Endgame ($357.1M)'.", "06", "$357.1M", 357.1 * M),
        one(OTHERS, "money", "Avengers: Infinity War's domestic opening", "'Avengers: Infinity War ($257.6M)'.", "06", "$257.6M", 257.6 * M),
        one(OTHERS, "money", "Star Wars: The Force Awakens's domestic opening", "'Star Wars: The Force Awakens ($247.9M)'.", "06", "$247.9M", 247.9 * M),
        one(OTHERS, "money", "Star Wars: The Last Jedi's domestic opening", "'Star Wars: The Last Jedi ($220M)'.", "06", "$220M", 220 * M),
        one(OTHERS, "date", "date-of:X-Men: The Last Stand's opening", "'beating X-Men: The Last Stand in 2006'.", "06", "2006", "2006"),
        one(OTHERS, "money", "Shawn Levy's previous best opening weekend", "'the $54 million domestic for 2009’s Night at the Museum: Battle of the Smithsonian'.", "06", "$54 million", 54 * M),
        one(OTHERS, "date", "date-of:Night at the Museum: Battle of the Smithsonian's release", "'2009’s Night at the Museum'.", "06", "2009", "2009"),
        one(OTHERS, "date", "date-of:Captain America: Brave New World's release", "'Until Captain America: Brave New World in February' (2025).", "06", "February", "2025-02"),
        one(OTHERS, "money", "X-Men's lifetime gross", "'X-Men ($296M)'.", "03", "$296M", 296 * M),
        one(OTHERS, "money", "X-Men: First Class's lifetime gross", "'X-men: First Class ($355M)'.", "03", "$355M", 355 * M),
        one(OTHERS, "money", "X-Men Origins: Wolverine's lifetime gross", "'X-Men Origins: Wolverine ($374M)'.", "03", "$374M", 374 * M),
        one(OTHERS, "money", "X2: X-Men United's lifetime gross", "'X2: X-Men United ($407M)'.", "03", "$407M", 407 * M),
        one(OTHERS, "money", "The Wolverine's lifetime gross", "'The Wolverine ($416M)'.", "03", "$416M", 416 * M),
        one(OTHERS, "money", "Joker's worldwide gross", "'Joker’s $1.78B cume' (as written).", "03", "$1.78B", 1780 * M),
        # --- the weekend's other films ---
        {
            "event": TWISTERS, "kind": "money", "role": "Twisters' second-weekend gross", "verdict": "single-source",
            "why": "'came in second with $35.3M (-57%)' and the table's '3-day$35.3M' (one text).",
            "mentions": [
                ("03", "$35.3M", 35.3 * M, {"ctx": "second with $35.3M"}),
                ("03", "$35.3M", 35.3 * M, {"ctx": "3-day$35.3M"}),
            ],
        },
        {
            "event": TWISTERS, "kind": "percent", "role": "Twisters' drop from its first weekend", "verdict": "single-source",
            "why": "'(-57%)' in the text and in the table (one text).",
            "mentions": [
                ("03", "57%", 57, {"ctx": "$35.3M (-57%), raising"}),
                ("03", "57%", 57, {"ctx": "3-day$35.3M (-57%), Total"}),
            ],
        },
        {
            "event": TWISTERS, "kind": "money", "role": "Twisters' domestic total after two weekends", "verdict": "single-source",
            "why": "'raising its domestic total to $154.9M' and the table's 'Total $154.9M' (one text).",
            "mentions": [
                ("03", "$154.9M", 154.9 * M, {"ctx": "total to $154.9M"}),
                ("03", "$154.9M", 154.9 * M, {"ctx": "Total $154.9M"}),
            ],
        },
        one(TWISTERS, "count", "theaters showing Twisters", "'Twisters (Uni/WB) 4,151 theaters'.", "03", "4,151", 4151),
        one(TWISTERS, "money", "Twisters' Friday gross", "'Fri $10.3M'.", "03", "$10.3M", 10.3 * M),
        one(TWISTERS, "money", "Twisters' Saturday gross", "'Sat $13.8M'.", "03", "$13.8M", 13.8 * M),
        one(TWISTERS, "money", "Twisters' Sunday gross", "'Sun $11.1M'.", "03", "$11.1M", 11.1 * M),
        one(TWISTERS, "money", "Longlegs' domestic total", "'Longlegs reached $58.6M after three weeks of release'.", "03", "$58.6M", 58.6 * M),
        one(TWISTERS, "duration", "duration-of:Longlegs' release so far", "'after three weeks of release'.", "03", "three weeks", 21, {"note": "days"}),
        one(TWISTERS, "money", "Trap's expected opening", "'expected to do around $20-30M'.", "03", "$20-30M", 25 * M, {"low": 20 * M, "high": 30 * M}),
        # --- background: the MCU, Fox ---
        {
            "event": MCU, "kind": "money", "role": "the Marvel Cinematic Universe's lifetime worldwide gross", "verdict": "compatible",
            "why": "'pushes the MCU past the $30B mark', 'past the unprecedented $30 billion mark', 'has grossed over $30 billion': one threshold crossed.",
            "mentions": [
                ("03", "$30B", 30_000 * M, {"low": 30_000 * M, "note": "'past the $30B mark'"}),
                ("04", "$30 billion", 30_000 * M, {"low": 30_000 * M, "note": "'past the unprecedented $30 billion mark'"}),
                ("06", "over $30 billion", 30_000 * M),
            ],
        },
        one(MCU, "money", "Star Wars' franchise gross", "'the No. 2 franchise, Star Wars, has earned $10.3 billion per The Numbers'.", "03", "$10.3 billion", 10_300 * M),
        one(FOX, "duration", "duration-of:Fox's rights to Marvel characters", "'which for two decades had the rights to Marvel characters'.", "01", "two decades", 20, {"note": "years"}),
        one(FOX, "date", "date-of:Disney's acquisition of Fox's film and TV assets", "'in early 2019'.", "01", "early 2019", "2019"),
    ],
}
