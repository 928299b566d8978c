# ruff: noqa: E501  (annotation data: one mention per line reads best)
"""Annotation spec for Ruth Chepngetich's marathon world record at Chicago, 13 October 2024 (read by build_gold.py).

Mentions are (document key, quote, value[, options]); options: ctx (a longer string that
contains the quote once, when the quote recurs in the document), as_of, note, low, high.
Race times, splits and margins in seconds (2:09:56 = 7796), the written form in note; distances in metres (a mile at
1,609.344 m); ages as counts (role 'age:'); dates as ISO strings: Sunday = 13 October 2024 (the race); 'last year' /
'a year ago' = 2023 (the 2023 races), Kiptum's death in February 2024.
Left out: ordinals and ranks ('10th overall', 'fourth-fastest', 'third Chicago Marathon win', 'third win', 'fifth and
10th positions', 'fifth-quickest', 'first major title', 'the five fastest'); 'At one point' (a determiner); 'the first
5km', 'the 10km mark' (course points, given with their splits); 'this year’s race' (relative, no fact of its own).
"""

E = "e1"
MEN = "e2"
BERLIN = "e3"
KIPTUM = "e4"
CAREER = "e5"
SUN = "2024-10-13"
MILE = 1609.344


def t(h: int, m: int, s: int) -> int:
    """A race time in seconds."""
    return h * 3600 + m * 60 + s


def one(event: str, kind: str, role: str, why: str, doc: str, quote: str, value: object, opts: dict | None = None) -> dict:
    """A single-source cluster of one mention."""
    mention = (doc, quote, value, opts) if opts else (doc, quote, value)
    return {"event": event, "kind": kind, "role": role, "verdict": "single-source", "why": why, "mentions": [mention]}


SPEC = {
    "description": (
        "Ruth Chepngetich's women's marathon world record at the Chicago Marathon on Sunday 13 October 2024, as six outlets "
        "reported it on 13-14 October: 2:09:56 in five outlets against TruthNG's '2 hours, 9 minutes, and 57 seconds' "
        "(`conflict`); the old record 2:11:53 (`agree`) broken by nearly / almost two minutes (`agree`); under two hours "
        "and 10 minutes (`agree`); the runner-up Kebede in 2:17:32 (`agree`), her margin 'seven minutes and 26 seconds' "
        "(CBS) against 'more than 7½ minutes' and the times' 7:36 (`conflict`); the third Cheptai in 2:17:52 against "
        "2:17:51 (`conflict`); her personal best 2:14:18 (`agree`) lowered 'by more than four minutes' against 'five-plus "
        "minutes' (`conflict`); the half in 1:04:16 (`agree`); Chepngetich 30 (`agree`); nearly 50,000 / 50,000 runners "
        "(`compatible`). Sibling: the men's race, John Korir's 2:02:44 against the Nation's 'two hours, two minutes and 43 "
        "seconds' (`conflict`). Background: Assefa's Berlin record of 2023, Kiptum's 2:00:35 at Chicago in 2023 and his death "
        "four months later (February 2024) at 24, Chepngetich's wins of 2021 and 2022 and her 2019 world title."
    ),
    "documents": {
        "01": {"published_how": "inferred: the corpus's date line (2024-10-13)"},
        "02": {"published_how": "inferred: the corpus's date line (2024-10-13)"},
        "03": {"published_how": "inferred: no date on the stored page; the race 'On Sunday' (13 October 2024): 14 October 2024, a guess within a day"},
        "04": {"published_how": "inferred: no date on the stored page; the race 'Sunday' (13 October 2024): 14 October 2024, a guess within a day"},
        "05": {"published_how": "inferred: the corpus's date line (2024-10-13)"},
        "06": {"published_how": "inferred: no date on the stored page; the race 'on Sunday' (13 October 2024): 14 October 2024, a guess within a day"},
    },
    "events": [
        {"id": E, "label": "the women's race of the Chicago Marathon, 13 October 2024: Chepngetich's world record", "main": True},
        {"id": MEN, "label": "the men's race of the same Chicago Marathon, won by John Korir (sibling)", "main": False},
        {"id": BERLIN, "label": "Tigst Assefa's previous world record at the 2023 Berlin Marathon (background)", "main": False},
        {"id": KIPTUM, "label": "Kelvin Kiptum's men's record at Chicago in 2023 and his death in February 2024 (background)", "main": False},
        {"id": CAREER, "label": "Chepngetich's earlier races: Chicago 2021-2023, the 2019 world title (background)", "main": False},
    ],
    "clusters": [
        # --- the record ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Chepngetich's winning time", "verdict": "conflict",
            "why": "2:09:56 (7,796 s) in five outlets ('two hours, nine minutes, and 56 seconds' in CBS) against TruthNG's 'an astonishing time of 2 hours, 9 minutes, and 57 seconds': one official time, two values.",
            "mentions": [
                ("01", "2:09:56", t(2, 9, 56), {"note": "seconds; written 2:09:56"}),
                ("02", "two hours, nine minutes, and 56 seconds", t(2, 9, 56), {"note": "seconds"}),
                ("03", "2:09:56", t(2, 9, 56), {"note": "seconds; written 2:09:56"}),
                ("04", "2:09:56", t(2, 9, 56), {"note": "seconds; written 2:09:56"}),
                ("05", "2:09:56", t(2, 9, 56), {"note": "seconds; written 2:09:56"}),
                ("06", "2 hours, 9 minutes, and 57 seconds", t(2, 9, 57), {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the margin of the new record under the old", "verdict": "agree",
            "why": "'by nearly two minutes', 'by nearly two full minutes', 'by almost two minutes' (×2): 2:11:53 - 2:09:56 = 1:57.",
            "mentions": [
                ("01", "nearly two minutes", 120, {"note": "seconds; written 'nearly two minutes'"}),
                ("02", "nearly two full minutes", 120, {"note": "seconds; written 'nearly two full minutes'", "low": 108, "high": 120}),
                ("04", "almost two minutes", 120, {"note": "seconds; written 'almost two minutes'"}),
                ("06", "almost two minutes", 120, {"note": "seconds; written 'almost two minutes'"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the barrier she was the first woman to break", "verdict": "agree",
            "why": "'the first woman to break 2:10', 'under two hours and 10 minutes' (×3), 'in less than 2 hours, 10 minutes'.",
            "mentions": [
                ("01", "2:10", t(2, 10, 0), {"note": "seconds; written 2:10"}),
                ("02", "two hours and 10 minutes", t(2, 10, 0), {"note": "seconds"}),
                ("03", "two hours and 10 minutes", t(2, 10, 0), {"note": "seconds"}),
                ("05", "2 hours, 10 minutes", t(2, 10, 0), {"note": "seconds"}),
                ("06", "two hours and 10 minutes", t(2, 10, 0), {"note": "seconds"}),
            ],
        },
        {
            "event": E, "kind": "date", "role": "date-of:the race (the women's world record)", "verdict": "agree",
            "why": "Sunday 13 October 2024 in every outlet ('Prior to Sunday' and 'came second on Sunday' are the race's day).",
            "mentions": [
                ("01", "Sunday", SUN),
                ("02", "Sunday", SUN, {"ctx": "Marathon on Sunday"}),
                ("02", "Sunday", SUN, {"ctx": "Prior to Sunday"}),
                ("03", "Sunday", SUN),
                ("04", "Sunday", SUN, {"ctx": "minutes Sunday"}),
                ("04", "Sunday", SUN, {"ctx": "second on Sunday"}),
                ("05", "Sunday", SUN, {"ctx": "Marathon on Sunday"}),
                ("06", "Sunday", SUN),
            ],
        },
        {
            "event": E, "kind": "count", "role": "age:Ruth Chepngetich", "verdict": "agree",
            "why": "'The 30-year-old' (four outlets), 'Chepngetich, 30'.",
            "mentions": [
                ("01", "30-year-old", 30),
                ("03", "30-year-old", 30),
                ("04", "30-year-old", 30),
                ("05", "30", 30),
                ("06", "30-year-old", 30),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Chepngetich's first half", "verdict": "agree",
            "why": "'ran the first half in 1:04:16' / 'reached the halfway point in 1:04:16'.",
            "mentions": [
                ("03", "1:04:16", t(1, 4, 16), {"note": "seconds; written 1:04:16"}),
                ("04", "1:04:16", t(1, 4, 16), {"note": "seconds; written 1:04:16"}),
            ],
        },
        one(E, "duration", "duration-of:Chepngetich's 5 km split", "'In the first 5km, Chepng’etich crossed the mark in 15:00'.", "03", "15:00", 900, {"note": "seconds; written 15:00"}),
        one(E, "duration", "duration-of:Chepngetich's 10 km split", "'reaching the 10km mark in a dumbfounding 30:14'.", "03", "30:14", 1814, {"note": "seconds; written 30:14"}),
        one(E, "duration", "duration-of:Kebede's gap at 10 km", "'with Kebede still just two seconds behind her'.", "03", "two seconds", 2, {"note": "seconds"}),
        one(E, "duration", "duration-of:the margin she was on track to cut from the record", "'on track to shave more than three minutes off the world record'.", "04", "more than three minutes", 180, {"note": "seconds; written 'more than three minutes'"}),
        one(E, "measure", "the distance at which she achieved the record pace", "'she achieved the mark after the 42km'.", "03", "42km", 42000, {"note": "metres"}),
        one(E, "measure", "the race's distance", "'The 26.2-mile race started and ended in Grant Park'.", "01", "26.2-mile", round(26.2 * MILE), {"note": "metres; written '26.2-mile'"}),
        {
            "event": E, "kind": "count", "role": "runners in the race", "verdict": "compatible",
            "why": "'the nearly 50,000 runners' (AP) / 'the 50,000 participants' (AFP): one field, hedged and rounded.",
            "mentions": [
                ("01", "nearly 50,000", 50000),
                ("04", "50,000", 50000),
            ],
        },
        one(E, "count", "men who ran faster than Chepngetich", "'Only nine competitors on the men's side posted faster times'.", "05", "nine", 9),
        # --- the rest of the women's field ---
        {
            "event": E, "kind": "duration", "role": "duration-of:Sutume Kebede's time (second)", "verdict": "agree",
            "why": "'finished second in 2:17:32' (three outlets).",
            "mentions": [
                ("01", "2:17:32", t(2, 17, 32), {"note": "seconds; written 2:17:32"}),
                ("03", "2:17:32", t(2, 17, 32), {"note": "seconds; written 2:17:32"}),
                ("04", "2:17:32", t(2, 17, 32), {"note": "seconds; written 2:17:32"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Chepngetich's margin over the runner-up", "verdict": "conflict",
            "why": "CBS's 'Her margin of victory over runner-up Sutume Kebede was seven minutes and 26 seconds' (446 s) against the times given (2:17:32 - 2:09:56 = 7:36) and Newser's 'more than 7½ minutes ahead' (a bound that holds with 7:36, not with 7:26).",
            "mentions": [
                ("02", "seven minutes and 26 seconds", 446, {"note": "seconds"}),
                ("05", "more than 7½ minutes", 450, {"note": "seconds; written 'more than 7½ minutes'"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:Irine Cheptai's time (third)", "verdict": "conflict",
            "why": "'sealed the podium places in 2:17:52' (the Nation) against 'third in 2:17:51' (AFP): one official time, two values.",
            "mentions": [
                ("03", "2:17:52", t(2, 17, 52), {"note": "seconds; written 2:17:52"}),
                ("04", "2:17:51", t(2, 17, 51), {"note": "seconds; written 2:17:51"}),
            ],
        },
        one(E, "duration", "duration-of:Joyciline Jepkosgei's time (fifth)", "'Joyciline Jepkosgei (2:20:51)'.", "03", "2:20:51", t(2, 20, 51), {"note": "seconds; written 2:20:51"}),
        one(E, "duration", "duration-of:Stacy Ndiwa's time (10th)", "'Stacy Ndiwa (2:23:42)'.", "03", "2:23:42", t(2, 23, 42), {"note": "seconds; written 2:23:42"}),
        # --- her personal best ---
        {
            "event": CAREER, "kind": "duration", "role": "duration-of:Chepngetich's personal best before the race", "verdict": "agree",
            "why": "'a personal best time of 2:14:18' / 'the earlier mark she clocked in 2022 at the same race being 2:14:18'.",
            "mentions": [
                ("02", "2:14:18", t(2, 14, 18), {"note": "seconds; written 2:14:18"}),
                ("03", "2:14:18", t(2, 14, 18), {"note": "seconds; written 2:14:18"}),
            ],
        },
        {
            "event": E, "kind": "duration", "role": "duration-of:the improvement on her personal best", "verdict": "conflict",
            "why": "'lowered her personal best by more than four minutes' (the Nation; 2:14:18 - 2:09:56 = 4:22) against AFP's 'beat her own personal best five-plus minutes': a bound that holds against one that cannot.",
            "mentions": [
                ("03", "more than four minutes", 240, {"note": "seconds; written 'more than four minutes'"}),
                ("04", "five-plus minutes", 300, {"note": "seconds; written 'five-plus minutes'", "low": 300}),
            ],
        },
        {
            "event": CAREER, "kind": "date", "role": "date-of:her personal best and near-miss of the record (Chicago 2022)", "verdict": "agree",
            "why": "'the earlier mark she clocked in 2022', 'her performance in 2022 where she missed the earlier record by 14 seconds', 'by just 14 seconds in 2022'.",
            "mentions": [
                ("03", "2022", "2022", {"ctx": "clocked in 2022"}),
                ("03", "2022", "2022", {"ctx": "performance in 2022"}),
                ("06", "2022", "2022", {"ctx": "seconds in 2022"}),
            ],
        },
        {
            "event": CAREER, "kind": "duration", "role": "duration-of:her miss of Kosgei's record in 2022", "verdict": "agree",
            "why": "'missed the earlier record by 14 seconds' / 'by just 14 seconds in 2022'.",
            "mentions": [
                ("03", "14 seconds", 14, {"note": "seconds"}),
                ("06", "14 seconds", 14, {"note": "seconds"}),
            ],
        },
        {
            "event": CAREER, "kind": "date", "role": "date-of:her first Chicago win", "verdict": "agree",
            "why": "'won the Chicago Marathon in 2021 and 2022' and its rewordings.",
            "mentions": [
                ("01", "2021", "2021"),
                ("02", "2021", "2021"),
                ("03", "2021", "2021"),
                ("04", "2021", "2021"),
                ("05", "2021", "2021"),
                ("06", "2021", "2021"),
            ],
        },
        {
            "event": CAREER, "kind": "date", "role": "date-of:her second Chicago win", "verdict": "agree",
            "why": "'in 2021 and 2022' in every outlet.",
            "mentions": [
                ("01", "2022", "2022"),
                ("02", "2022", "2022"),
                ("03", "2022", "2022", {"ctx": "2021 and 2022 editions"}),
                ("04", "2022", "2022"),
                ("05", "2022", "2022"),
                ("06", "2022", "2022", {"ctx": "2021 and 2022 successes"}),
            ],
        },
        {
            "event": CAREER, "kind": "date", "role": "date-of:the 2023 Chicago women's race (her runner-up finish, Hassan's win)", "verdict": "agree",
            "why": "'finished runner-up last year', 'after a runner-up finish a year ago', 'finishing second last year', 'the runner-up last year in Chicago' and 'Sifan Hassan, the 2023 Chicago winner': one race, 2023.",
            "mentions": [
                ("01", "last year", "2023", {"ctx": "runner-up last year"}),
                ("02", "a year ago", "2023", {"ctx": "runner-up finish a year ago"}),
                ("03", "last year", "2023", {"ctx": "second last year"}),
                ("04", "2023", "2023", {"ctx": "the 2023 Chicago winner"}),
                ("05", "last year", "2023", {"ctx": "runner-up last year"}),
            ],
        },
        one(CAREER, "count", "Chepngetich's Chicago wins", "'the first three-time women’s winner of the Chicago race'.", "04", "three", 3, {"ctx": "three-time"}),
        one(CAREER, "duration", "duration-of:the span of her three Chicago wins", "'her third Chicago Marathon win in the last four years'.", "02", "four years", 4, {"note": "years"}),
        {
            "event": CAREER, "kind": "date", "role": "date-of:her world marathon title", "verdict": "agree",
            "why": "'at the 2019 World Championships', 'The 2019 world marathon champion' (×3).",
            "mentions": [
                ("02", "2019", "2019"),
                ("03", "2019", "2019"),
                ("04", "2019", "2019"),
                ("06", "2019", "2019"),
            ],
        },
        one(CAREER, "count", "the fastest women's marathons run at Chicago", "'has hosted four of the five fastest women’s marathons in the past six years'.", "06", "four", 4, {"ctx": "hosted four"}),
        one(CAREER, "duration", "duration-of:the span of Chicago's fast women's marathons", "'in the past six years'.", "06", "six years", 6, {"note": "years"}),
        # --- the old record ---
        {
            "event": BERLIN, "kind": "duration", "role": "duration-of:Tigst Assefa's previous world record", "verdict": "agree",
            "why": "2:11:53 in every outlet ('2 hours, 11 minutes, and 53 seconds' in TruthNG).",
            "mentions": [
                ("01", "2:11:53", t(2, 11, 53), {"note": "seconds; written 2:11:53"}),
                ("02", "2:11:53", t(2, 11, 53), {"note": "seconds; written 2:11:53"}),
                ("03", "2:11:53", t(2, 11, 53), {"note": "seconds; written 2:11:53"}),
                ("04", "2:11:53", t(2, 11, 53), {"note": "seconds; written 2:11:53"}),
                ("05", "2:11:53", t(2, 11, 53), {"note": "seconds; written 2:11:53"}),
                ("06", "2 hours, 11 minutes, and 53 seconds", t(2, 11, 53), {"note": "seconds"}),
            ],
        },
        {
            "event": BERLIN, "kind": "date", "role": "date-of:Assefa's Berlin record", "verdict": "agree",
            "why": "'at the 2023 Berlin Marathon' (×2), 'her victory in 2023 Berlin Marathon', 'at the Berlin Marathon in 2023', 'last year in Berlin', 'in last year's Berlin Marathon'.",
            "mentions": [
                ("01", "2023", "2023", {"ctx": "the 2023 Berlin"}),
                ("02", "2023", "2023"),
                ("03", "2023", "2023"),
                ("04", "last year", "2023", {"ctx": "Assefa last year in Berlin"}),
                ("05", "last year", "2023", {"ctx": "in last year's Berlin"}),
                ("06", "2023", "2023", {"ctx": "Berlin Marathon in 2023"}),
            ],
        },
        # --- the men's race ---
        {
            "event": MEN, "kind": "duration", "role": "duration-of:John Korir's winning time", "verdict": "conflict",
            "why": "2:02:44 in four outlets ('2 hours, 2 minutes, and 44 seconds' in TruthNG) against the Nation's 'won the men’s race in two hours, two minutes and 43 seconds': one official time, two values.",
            "mentions": [
                ("01", "2:02:44", t(2, 2, 44), {"note": "seconds; written 2:02:44"}),
                ("02", "2:02:44", t(2, 2, 44), {"note": "seconds; written 2:02:44"}),
                ("03", "two hours, two minutes and 43 seconds", t(2, 2, 43), {"note": "seconds"}),
                ("05", "2:02:44", t(2, 2, 44), {"note": "seconds; written 2:02:44"}),
                ("06", "2 hours, 2 minutes, and 44 seconds", t(2, 2, 44), {"note": "seconds"}),
            ],
        },
        one(MEN, "duration", "duration-of:Huseydin Mohamed Esa's time (second)", "'who finished in 2:04:39'.", "01", "2:04:39", t(2, 4, 39), {"note": "seconds; written 2:04:39"}),
        one(MEN, "date", "date-of:the men's race", "'The men's race Sunday was won by John Korir' (13 October 2024).", "05", "Sunday", SUN, {"ctx": "race Sunday"}),
        one(MEN, "count", "leaders in the men's race", "'He emerged from a competitive field of seven leaders'.", "06", "seven", 7),
        # --- Kiptum ---
        {
            "event": KIPTUM, "kind": "duration", "role": "duration-of:Kiptum's men's world record", "verdict": "agree",
            "why": "'finishing in 2:00:35', 'Kiptum’s record-breaking time of 2:00:35', 'the men’s world record of 2 hours and 35 seconds'.",
            "mentions": [
                ("01", "2:00:35", t(2, 0, 35), {"note": "seconds; written 2:00:35"}),
                ("04", "2:00:35", t(2, 0, 35), {"note": "seconds; written 2:00:35"}),
                ("06", "2 hours and 35 seconds", t(2, 0, 35), {"note": "seconds"}),
            ],
        },
        one(KIPTUM, "duration", "duration-of:Kiptum's margin over the old men's record", "'broke the world record by 34 seconds'.", "01", "34 seconds", 34, {"note": "seconds"}),
        {
            "event": KIPTUM, "kind": "date", "role": "date-of:Kiptum's record at Chicago", "verdict": "agree",
            "why": "'at the 2023 Chicago Marathon', 'at the same Chicago Marathon in 2023', 'at last year’s race', 'at the event last year', 'winning the Chicago Marathon a year ago'.",
            "mentions": [
                ("01", "2023", "2023", {"ctx": "the 2023 Chicago"}),
                ("02", "a year ago", "2023", {"ctx": "Marathon a year ago"}),
                ("03", "last year", "2023", {"ctx": "event last year"}),
                ("04", "last year", "2023", {"ctx": "at last year"}),
                ("06", "2023", "2023", {"ctx": "Chicago Marathon in 2023"}),
            ],
        },
        {
            "event": KIPTUM, "kind": "duration", "role": "duration-of:the time from Kiptum's record to his death", "verdict": "agree",
            "why": "'Four months later' / 'just four months before he died'.",
            "mentions": [
                ("01", "Four months", 4, {"note": "months"}),
                ("04", "four months", 4, {"note": "months"}),
            ],
        },
        {
            "event": KIPTUM, "kind": "date", "role": "date-of:Kiptum's death", "verdict": "compatible",
            "why": "'killed in a car accident in February' (CBS) / 'died in a road accident ... on February 11' (the Nation) / 'died in a car accident earlier this year' (TruthNG): the year, the month and a day in it (2024).",
            "mentions": [
                ("02", "February", "2024-02"),
                ("03", "February 11", "2024-02-11"),
                ("06", "earlier this year", "2024"),
            ],
        },
        {
            "event": KIPTUM, "kind": "count", "role": "age:Kelvin Kiptum at his death", "verdict": "agree",
            "why": "'the 24-year-old Kiptum' / 'at the age of 24'.",
            "mentions": [
                ("01", "24-year-old", 24),
                ("04", "24", 24),
            ],
        },
    ],
}
