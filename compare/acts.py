"""The act a date of one day dates, and who reported it: read from the date's own clause.

Outlets give one day to many acts of that day: the officials' report of a
toll ("Interior Minister Suleyman Soylu said Saturday"), a president's visit
("was expected to visit Amasra on Saturday"), the funerals ("were held
Saturday"), a manhunt ("continued Thursday").  Two such dates are equal
values and alike in their words, yet they date different acts, and the
development gold keeps the dates of a report apart from the dates of the
acts of that day.  What tells them apart is the word that governs the date
in its clause: the verb before it, or the noun a possessive date modifies
("Wednesday's announcement").

``date_acts`` reads, for each date of one day, whether it dates an act of
**reporting** (a reporting word of ``events.toml``: "said", "announced",
"confirmed", governing the date directly: "said on Saturday", "told
reporters Sunday"; a verb of publishing with a statement next to it: "figures
released on Thursday night") or **another act** (an event word, a word of a
coreference family, a verb form: "visit", "held", "capsized").  A date in
the clause a reporting word introduces ("Police said she was in the
crosswalk about 7 p.m.") is the reported act's, and no act is read for it.
A date a statement noun stands just before ("said in a statement on Tuesday", "In a tweet on
Thursday": ``grammar.toml [acts] report_nouns``) is a report's too.  A clause cut short by a
comma-separated aside ("were found at a house in Newton Street, Millom, on Saturday") is read on
across its commas for another act.
For another act it reads the **class** of its
word when that word names one of the acts that follow an occasion on its day
(``grammar.toml [acts] classes``: an arrest, a discovery, a rescue, a
naming, a visit, a funeral, a search, a court's act); two other acts of two
classes are two acts ("police arrested him on Friday" / "the bodies were found
on Friday").  A word of the occasion itself (an event class's or a coreference
family's: "the explosion on Sunday", "died on Thursday") is of the class
``OCCASION``, told apart from the rescue, the discovery, the visit, the search,
the funeral and the naming of its day but not from an arrest or a court's act
(``grammar.toml [acts] occasion_apart``).  For a report it also reads the
**actor**: the words of the name that stands right before the reporting word,
auxiliaries and adverbs aside ("Salesforce said Wednesday", "Amazon publicly
confirmed Wednesday"); a name made only of
words for a kind of institution ("Police said") names no actor.  ``align``
keeps a report's dates from another act's of the day (pairs and groups), and
groups of reports by actors whose names share no word apart.

``sum_acts`` reads the same of a sum or a term: whether it is one **asked for** ("the attorney general
had sought a $370 million fine") or one **ordered** or paid ("a ruling that fined the former president
$355 million", "must pay more than $360 million").  Outlets write the sum a judge ordered and the sum a
plaintiff asked for in one story with the same words (a fine, the defendants, a ruling), and a sum
ordered cannot contradict a sum asked for; ``align`` keeps the two acts apart as it keeps two acts of a
day (``Act.verb`` REQUEST / ORDER).

No parser: the clause is the date's sentence cut at punctuation and at the
words that open another clause (``grammar.toml [acts]``); each look is
bounded, so the work grows with the number of dates.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from compare.context import SentenceNames
from compare.events import vocabulary
from compare.lang import lexicon
from compare.model import Document, Fact
from compare.words import LETTER_WORD, alternation

REPORTING = "reporting"
OTHER = "other"
# The class of a date governed by a word of the occasion itself (``Act.verb``).
OCCASION = "occasion"
# The acts of a sum (``sum_acts``), as ``Act.verb`` of another act.
REQUEST = "request"
ORDER = "order"
# The kinds whose figures a request or an order governs: sums.  Not terms ("prosecutors sought 15
# years" / "was sentenced to 11 years"): read so, holmes-sentencing lost 11 points of pair recall on
# the development gold (the shipped model), as outlets tell a sentence's parts in one clause.
_SUM_KINDS = frozenset({"money"})


@dataclass(frozen=True)
class Act:
    """What a date dates: ``kind`` REPORTING or OTHER, and for a report the words of the name of
    who reported ("Salesforce said Wednesday": salesforce), empty when no name stands as its subject."""

    kind: str
    actor: frozenset[str] = frozenset()
    # For another act, the class its governing word names when it is one of the acts that follow
    # an occasion on its day ("arrested", "found", "rescued": ``grammar.toml [acts] classes``);
    # None for the occasion's own words and for words of no class.
    verb: str | None = None


# How many words before (or after) a date its governing word may stand.
_REACH = 8
# How many words may stand between a reporting word and the date it governs ("told reporters
# on Sunday"); more are the clause it reports ("said she was in the crosswalk about 7 p.m.").
# Dev LOSO, 54 stories: 1 to 3 give the same figures; 0 and 4 or more fewer pairs right.
_REPORT_OBJECT = 2
# How many words from a verb of publishing the statement it publishes may stand ("the figures
# the ministry released").
_STATEMENT_REACH = 3
# A possessive date modifies the noun after it ("Wednesday's announcement", "Friday’s landslide").
_POSSESSIVE = re.compile(r"['’]s?\s+")
# At most this many words before a date that opens its sentence ("Late on Sunday, ...").
_OPENING = 2
# How many words before a sum a request word may stand in its sentence, across clauses: "asked
# Davila, who presided over Holmes' four-year criminal fraud case and her four-month trial in U.S.
# District Court in San Jose, to put Holmes away for 15 years, and make her pay $804 million" (37).
# An order word stands in the sum's clause, within ``_REACH`` words.  Dev gold, money: 10 words keep
# 3 pairs of one cluster apart, 16 keep 1, 40 none (and every reach keeps 48-55 pairs of two apart).
_REQUEST_REACH = 40
# How many words after a sum a request word may stand in its clause ("the $3.9 billion sought").
_REQUEST_AFTER = 6


@dataclass(frozen=True)
class _Words:
    breaks: re.Pattern[str]
    break_words: tuple[str, ...]  # the words among ``breaks`` (the rest are signs)
    between: frozenset[str]
    kinds: frozenset[str]
    reporting: frozenset[str]
    publishing: frozenset[str]
    statements: frozenset[str]
    acts: frozenset[str]
    irregular: frozenset[str]
    regular_endings: tuple[str, ...]
    regular_least: int
    classes: Mapping[str, str]
    report_nouns: frozenset[str]
    determiners: frozenset[str]
    # The words of the occasion itself (an event class's or a coreference family's), and the classes
    # a date of the occasion is told apart from.
    occasion: frozenset[str]
    occasion_apart: frozenset[str]
    # The phrases that make a date a limit (``date_limits``), as tuples of words, and the words that
    # may stand between such a phrase and its date.
    limits: frozenset[tuple[str, ...]]
    either_limit: frozenset[tuple[str, ...]]
    limit_modifiers: frozenset[str]
    lasting: frozenset[str]
    # The words of a sum's act (``sum_acts``).
    sum_breaks: re.Pattern[str]
    requests: frozenset[str]
    orders: frozenset[str]
    unreal: frozenset[str]


@functools.cache
def _words() -> _Words:
    lex = lexicon()
    vocab = vocabulary()
    reporting = frozenset(w for w, t in vocab.words.items() if t.cls == REPORTING)
    events = {w for w, t in vocab.words.items() if t.cls not in vocab.singleton}
    return _Words(
        breaks=re.compile(
            rf"[,;:()\[\]]|\s[-–—]\s|[–—]|\b(?i:{alternation(lex.grammar['acts']['clause_breaks'])})\b"
        ),
        break_words=tuple(lex.grammar["acts"]["clause_breaks"]),
        between=frozenset(lex.grammar["acts"]["between"]),
        kinds=frozenset(lex.cues.organisations),
        reporting=reporting,
        publishing=frozenset(lex.grammar["acts"]["publishing"]),
        statements=frozenset(lex.grammar["acts"]["statements"]),
        acts=frozenset(events | set(vocab.coreference) | set(vocab.mention_families)),
        irregular=frozenset(lex.cues.irregular_verbs),
        regular_endings=tuple(lex.cues.regular_endings),
        regular_least=lex.cues.regular_least,
        classes={
            word: name.strip()
            for name, words in (entry.split(":", 1) for entry in lex.grammar["acts"]["classes"])
            for word in words.split()
        },
        report_nouns=frozenset(lex.grammar["acts"]["report_nouns"]),
        determiners=frozenset(lex.grammar["acts"]["report_determiners"]),
        occasion=frozenset(events | set(vocab.coreference)) - set(lex.grammar["acts"]["not_occasion"]),
        occasion_apart=frozenset(lex.grammar["acts"]["occasion_apart"]),
        limits=frozenset(tuple(p.lower().split()) for p in lex.grammar["acts"]["limits"]),
        either_limit=frozenset(tuple(p.lower().split()) for p in lex.grammar["acts"]["either_limit"]),
        limit_modifiers=frozenset(lex.grammar["acts"]["limit_modifiers"]),
        lasting=frozenset(lex.grammar["acts"]["lasting"]),
        sum_breaks=re.compile(
            rf"[;:()\[\]]|\s[-–—]\s|[–—]|\b(?i:{alternation(lex.grammar['acts']['sum_clause_breaks'])})\b"
        ),
        requests=frozenset(lex.grammar["assertion"]["requests"]),
        orders=frozenset(lex.grammar["acts"]["orders"]),
        unreal=frozenset(lex.grammar["acts"]["unreal"]) | frozenset(lex.grammar["assertion"]["conditional"]),
    )


def _act_word(word: str, w: _Words) -> str | None:
    """REPORTING or OTHER for a word that names an act, None for any other word."""
    low = word.lower()
    if low in w.reporting:
        return REPORTING
    if low in w.acts or (low.endswith("s") and low[:-1] in w.acts):
        return OTHER
    # A verb form ("capsized", "held"): only lower-case words are verbs.
    if word.islower() and (
        low in w.irregular or (len(low) >= w.regular_least and low.endswith(w.regular_endings))
    ):
        return OTHER
    return None


def _other(word: str, w: _Words) -> Act:
    """Another act, with the class of its governing word ("arrested": arrest) when it has one, else
    OCCASION for a word of the occasion itself ("explosion", "capsized", "died")."""
    low = word.lower()
    verb = w.classes.get(low, w.classes.get(low[:-1]) if low.endswith("s") else None)
    if verb is None and (low in w.occasion or (low.endswith("s") and low[:-1] in w.occasion)):
        verb = OCCASION
    return Act(OTHER, verb=verb)


def date_acts(
    facts: Sequence[Fact], documents: Sequence[Document], one_day: frozenset[str], names: Mapping[str, str]
) -> dict[str, Act]:
    """For each date in ``one_day`` (fact ids) whose clause says, the act it dates (``names``: the
    story's canonical names, ``align.canonical_names``, which the actor's words are read from)."""
    w = _words()
    texts = {d.id: d.text for d in documents}
    sentences = _Sentences(w, texts)
    out: dict[str, Act] = {}
    for f in facts:
        if f.id not in one_day:
            continue
        text = texts.get(f.doc, "")
        act = _possessed(text, f, w) or _governing(text, f, names, w, sentences)
        if act is not None:
            out[f.id] = act
    return out


class _Sentences:
    """What ``date_acts`` reads of whole sentences, read once per sentence: the clause breaks and the
    names.  Reading them from the sentence's start for each date made a long sentence of dates
    quadratic; a date's clause is looked up among them instead."""

    def __init__(self, w: _Words, texts: Mapping[str, str] | None = None) -> None:
        self._w = w
        self.names = SentenceNames(texts or {})
        # A scan of breaks that stops at a position finds the breaks a scan of the whole sentence
        # finds up to this far before it: no break reads further ahead (its longest word, a \b).
        self._margin = max(map(len, w.break_words), default=0) + 4
        self._breaks: dict[tuple[str, int], tuple[list[int], list[int], list[int], list[int]]] = {}

    def last_break(self, text: str, f: Fact, hi: int, commas: bool) -> int | None:
        """The end of the last break of ``w.breaks.finditer(text, f.sentence.start, hi)`` (of the
        last that is no bare comma unless ``commas``), None when there is none."""
        starts, ends, last_any, last_other = self._read_breaks(text, f)
        # The breaks ending this far before ``hi`` are those a scan stopping at ``hi`` finds; from
        # the last of them the scan is made again, as the whole scan from the sentence's start makes it.
        k = bisect.bisect_right(ends, hi - self._margin)
        found = (last_any if commas else last_other)[k - 1] if k else -1
        # That scan goes on from the end of the last of them, and finds nothing before the next break
        # of the whole scan starts (nor before the margin, which a match attempt reads no further
        # than): it is made from there, not from the sentence's start for every date (a sentence of
        # dates with no break read its whole length per date).
        start = ends[k - 1] if k else f.sentence.start
        start = max(start, min(starts[k], hi - self._margin) if k < len(starts) else hi - self._margin)
        for m in self._w.breaks.finditer(text, start, hi):
            if commas or m.group().strip() != ",":
                found = m.end()
        return found if found >= 0 else None

    def next_break(self, text: str, f: Fact, lo: int) -> tuple[int, int] | None:
        """The (start, end) of ``w.breaks.search(text, lo, f.sentence.end)``, None when there is none."""
        starts, ends, _, _ = self._read_breaks(text, f)
        k = bisect.bisect_left(starts, lo)
        if k and ends[k - 1] > lo:
            # A break of the whole scan runs past ``lo``: one that starts inside it is hidden from
            # that scan, so the search is made again from ``lo`` itself.
            m = self._w.breaks.search(text, lo, f.sentence.end)
            return None if m is None else (m.start(), m.end())
        # No break of the whole scan starts between the end of the one before ``lo`` and ``lo``, so
        # the first after ``lo`` is the first a search from ``lo`` finds.
        return (starts[k], ends[k]) if k < len(starts) else None

    def _read_breaks(self, text: str, f: Fact) -> tuple[list[int], list[int], list[int], list[int]]:
        """The starts and ends of the clause breaks of ``f``'s sentence (one scan from its start), and
        per break the end of the last break up to it (itself), of any and of no bare comma (-1: none)."""
        key = (f.doc, f.sentence.start)
        read = self._breaks.get(key)
        if read is None:
            starts: list[int] = []
            ends: list[int] = []
            last_other: list[int] = []
            for m in self._w.breaks.finditer(text, f.sentence.start, f.sentence.end):
                starts.append(m.start())
                ends.append(m.end())
                other = m.end() if m.group().strip() != "," else (last_other[-1] if last_other else -1)
                last_other.append(other)
            read = self._breaks[key] = (starts, ends, ends, last_other)
        return read


def date_limits(
    facts: Sequence[Fact], documents: Sequence[Document], one_day: frozenset[str]
) -> dict[str, bool | None]:
    """For each date of a day in ``one_day`` (fact ids), whether it is the limit of a period rather than
    the day of an act: True when a phrase of ``grammar.toml [acts] limits`` stands right before it
    ("600 cancellations by Saturday morning", "sold before September 15", "3,500 flights through
    Saturday", "by late Sunday", "37 people had been rescued as of Thursday evening": the time a
    count stood), None when a word of ``either_limit`` does ("until 31 December":
    either), else False.  A possessive date is no limit ("those affected by Monday's earthquake"),
    nor a time of day ("shortly before 9pm" is about 9pm): both False.  A limit right after a verb
    of lasting (``grammar.toml [acts] lasting``: "if it continues through January 29") ends the
    span of what lasts, which is the day that span ends ("will end the strike ... on Monday at 2
    am"), so it may be either: None (gdl-rail-strike, the one such limit of the 94 development
    stories: F1 0.536 -> 0.573, 5 true pairs more, none false)."""
    w = _words()
    phrases = w.limits | w.either_limit
    # The phrase, its modifiers and a verb of lasting before them.
    reach = max((len(p) for p in phrases), default=0) + len(w.limit_modifiers) + 1
    texts = {d.id: d.text for d in documents}
    out: dict[str, bool | None] = {}
    for f in facts:
        if f.id not in one_day:
            continue
        out[f.id] = False
        text = texts.get(f.doc, "")
        if getattr(f.value, "granularity", None) != "day" or _POSSESSIVE.match(text, f.end, f.sentence.end):
            continue
        before = _last_words(text, f.sentence.start, f.start, reach)
        if before and text[before[-1].end() : f.start].strip():
            continue  # punctuation between: the words before belong to another phrase
        words = [m.group().lower() for m in before]
        while words and words[-1] in w.limit_modifiers:
            words.pop()
        ends = {tuple(words[len(words) - n :]) for n in range(1, len(words) + 1)}
        limit = ends & w.limits
        if limit and _lasting(words, limit, w):
            # "if it continues through January 29": the end of the span of what lasts, which is the
            # day that span ends ("will end the strike ... on Monday at 2 am"), so either.
            out[f.id] = None
        elif limit:
            out[f.id] = True
        elif ends & w.either_limit:
            out[f.id] = None
    return out


def _lasting(words: list[str], limit: AbstractSet[tuple[str, ...]], w: _Words) -> bool:
    """Whether a verb of lasting (``grammar.toml [acts] lasting``) stands right before the longest
    limit phrase that ends ``words``."""
    n = max(map(len, limit))
    return len(words) > n and words[-n - 1] in w.lasting


def _possessed(text: str, f: Fact, w: _Words) -> Act | None:
    """ "Wednesday's announcement": the act of the noun a possessive date modifies."""
    m = _POSSESSIVE.match(text, f.end, f.sentence.end)
    if m is None or not text[f.end : m.end()].strip():
        return None
    noun = LETTER_WORD.match(text, m.end(), f.sentence.end)
    kind = None if noun is None else _act_word(noun.group(), w)
    if noun is None or kind is None:
        return None
    return Act(REPORTING) if kind == REPORTING else _other(noun.group(), w)


def _governing(text: str, f: Fact, names: Mapping[str, str], w: _Words, sentences: _Sentences) -> Act | None:
    """The act of the word that governs a date in its clause, nearest first: before it, else after it."""
    end = f.sentence.end
    last = sentences.last_break(text, f, f.start, True)
    start = f.sentence.start if last is None else last
    after = sentences.next_break(text, f, f.end)
    if after is not None:
        end = after[0]
    before = _last_words(text, start, f.start, _REACH)
    if _in_a_report(before, w):
        return Act(REPORTING)
    for k in range(len(before) - 1, -1, -1):
        act = _act_word(before[k].group(), w)
        if act is None:
            continue
        if before[k].group().lower() in w.publishing and _publishes(before, k, w):
            act = REPORTING
        if act == OTHER:
            return _other(before[k].group(), w)
        if len(before) - 1 - k > _REPORT_OBJECT:
            return None  # the date of the reported clause, not of the report
        return Act(REPORTING, _actor(text, f, start, before[:k], names, w, sentences))
    for m in itertools.islice(LETTER_WORD.finditer(text, f.end, end), _REACH):
        act = _act_word(m.group(), w)
        if act is not None:
            if act == REPORTING and last is None and len(before) <= _OPENING:
                # A date that opens its sentence, no comma after it, dates the reporting word of
                # its clause: "On Saturday night Police Commissioner Karen Webb said the
                # perpetrator ..." (the report's day, not the attack's).  With a comma ("On
                # Sunday, officials said ...") it may date what is told (``_main_clause``).
                return Act(REPORTING)
            # A reporting word after the date reports what the clause tells ("ripped through
            # Rakhine on Sunday with winds of 250km per hour reported"): no date of a report.
            return None if act == REPORTING else _other(m.group(), w)
    if after is not None and text[after[0]] == "," and len(before) <= _OPENING:
        # A date that opens its sentence dates the clause after its comma ("On Sunday, eight of
        # those climbers were rescued").
        return _main_clause(text, f, after[1], w)
    return _across_commas(text, f, start, w, sentences)


def _across_commas(text: str, f: Fact, start: int, w: _Words, sentences: _Sentences) -> Act | None:
    """Another act whose word stands before the commas that cut a date's clause short, when the
    clause itself names none: "The bodies were found at a terraced house in Newton Street, Millom,
    on Saturday" (a place set off by commas).  Only the clause's comma-separated parts are read
    (up to ``_REACH`` words back, no other break crossed), and a reporting word there gives no act:
    "officials said, on Saturday" may date the report or what it tells."""
    if start <= f.sentence.start or text[start - 1] != ",":
        return None
    last = sentences.last_break(text, f, start - 1, False)
    lo = f.sentence.start if last is None else last
    words = _last_words(text, lo, start - 1, _REACH)
    for k in range(len(words) - 1, -1, -1):
        act = _act_word(words[k].group(), w)
        if act is not None:
            return _other(words[k].group(), w) if act == OTHER else None
    return None


def _in_a_report(before: list[re.Match[str]], w: _Words) -> bool:
    """Whether the date is the date of a statement the words before it name: "said in a statement on
    Tuesday", "In a tweet on Thursday, Prime Minister Elisabeth Borne hailed ...".  The reporting
    verb stands too far from the date to govern it ("said in a statement on": ``_REPORT_OBJECT``),
    or there is none.  Only a singular noun after a determiner: "In opening statements Tuesday" is
    a trial's act."""
    near = [t.group().lower() for t in before[-_STATEMENT_REACH - 1 :]]
    return any(
        near[k] in w.report_nouns and near[k - 1] in w.determiners and len(near) - k <= _STATEMENT_REACH
        for k in range(1, len(near))
    )


def _main_clause(text: str, f: Fact, start: int, w: _Words) -> Act | None:
    """Another act whose word is the first act word of the clause that starts at ``start``; None
    when that word reports: "On Sunday, officials said ..." dates the report or what it tells, and
    reading it as the report's date lost more pairs than it saved (dev LOSO, 59 stories)."""
    stop = w.breaks.search(text, start, f.sentence.end)
    words = LETTER_WORD.finditer(text, start, stop.start() if stop else f.sentence.end)
    for m in itertools.islice(words, _REACH):
        act = _act_word(m.group(), w)
        if act is not None:
            return _other(m.group(), w) if act == OTHER else None
    return None


def _publishes(before: list[re.Match[str]], k: int, w: _Words) -> bool:
    """Whether a verb of publishing ("released", "issued") publishes a statement in its clause:
    "figures released on Thursday night", "in a statement issued on Saturday" (not "prisoners were
    released on Tuesday")."""
    near = [t.group().lower() for t in before[max(0, k - _STATEMENT_REACH) : k]]
    near += [t.group().lower() for t in before[k + 1 : k + 1 + _STATEMENT_REACH]]
    return any(word in w.statements or word.rstrip("s") in w.statements for word in near)


def _actor(
    text: str,
    f: Fact,
    start: int,
    before: list[re.Match[str]],
    names: Mapping[str, str],
    w: _Words,
    sentences: _Sentences,
) -> frozenset[str]:
    """The words of the name that ends right before a reporting word in the date's clause, with only
    auxiliaries and adverbs between ("Amazon publicly confirmed"); none for a name made only of words
    for a kind of institution ("Police said"), which names no particular one."""
    k = len(before)
    while k > 0 and before[k - 1].group().lower() in w.between:
        k -= 1
    if k == 0 or not before[k - 1].group()[:1].isupper():
        return frozenset()
    last = before[k - 1].start()
    found = sentences.names.last_from(f, start, last)
    if found is None:
        return frozenset()
    words = names.get(found, found).split()
    return frozenset() if all(t in w.kinds for t in words) else frozenset(words)


def other_acts(a: Act | None, b: Act | None) -> bool:
    """Whether two dates date different acts: one a report, the other another act of its day; or
    two other acts whose words are of two classes ("arrested Friday" / "the bodies were found on
    Friday"; "the explosion on Sunday" / "were evacuated on Sunday evening")."""
    if a is None or b is None:
        return False
    return a.kind != b.kind or (a.verb is not None and b.verb is not None and _two_classes(a.verb, b.verb))


def other_classes(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether the classes of two groups' dates (``Act.verb``) are two acts whichever two are taken."""
    return bool(a) and bool(b) and all(_two_classes(x, y) for x in a for y in b)


def _two_classes(a: str, b: str) -> bool:
    """Whether two classes of act are two acts: a date of the occasion itself is not told apart from
    an arrest or a court's act of its day (``grammar.toml [acts] occasion_apart``)."""
    if a == b:
        return False
    if OCCASION in (a, b):
        return (b if a == OCCASION else a) in _words().occasion_apart
    return True


def other_actors(a: AbstractSet[str], b: AbstractSet[str]) -> bool:
    """Whether two sets of reports' actors' words (``Act.actor``) share none: reports by two actors."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def sum_acts(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, Act]:
    """For each sum whose sentence says, whether it was asked for (``Act.verb`` REQUEST) or
    ordered or paid (ORDER): "had sought a $370 million fine" / "fined the former president $355
    million" (``grammar.toml [assertion] requests, conditional``, ``[acts] orders, unreal``)."""
    w = _words()
    texts = {d.id: d.text for d in documents}
    out: dict[str, Act] = {}
    for f in facts:
        if f.kind not in _SUM_KINDS:
            continue
        verb = _sum_act(texts.get(f.doc, ""), f, w)
        if verb is not None:
            out[f.id] = Act(OTHER, verb=verb)
    return out


def _sum_act(text: str, f: Fact, w: _Words) -> str | None:
    """REQUEST, ORDER or None for one sum: a request word first (it governs what its clause orders:
    "asked the jury to order Jones to pay $500 million"), then an order word of the sum's own clause
    with no word of what may not happen ("unless Optus pays $1.5 million")."""
    before = _last_words(text, f.sentence.start, f.start, max(_REQUEST_REACH, _REACH))
    if any(m.group().lower() in w.requests for m in before[-_REQUEST_REACH:]):
        return REQUEST
    # The clause is the words after the last break; a break before the last ``_REACH`` words
    # leaves all of them in it, so only those need searching.
    near = before[-_REACH:]
    start = near[0].start() if near else f.start
    for m in w.sum_breaks.finditer(text, start, f.start):
        start = m.end()
    clause = [m.group().lower() for m in near if m.start() >= start]
    if any(t in w.unreal for t in clause):
        return None
    if any(t in w.orders for t in clause):
        return ORDER
    after = list(itertools.islice(LETTER_WORD.finditer(text, f.end, f.sentence.end), _REQUEST_AFTER))
    limit = after[-1].end() if after else f.end
    stop = w.sum_breaks.search(text, f.end, limit)
    end = stop.start() if stop else limit
    if any(m.group().lower() in w.requests for m in after if m.end() <= end):
        return REQUEST
    return None


def _last_words(text: str, lo: int, hi: int, n: int) -> list[re.Match[str]]:
    """The last ``n`` words (``LETTER_WORD``) of ``text[lo:hi]``, read from a window that grows back
    from ``hi``: reading from ``lo`` for every figure made a long sentence of many sums quadratic.
    A window that cuts a word reads part of it first, so it is kept only once more than ``n`` words
    stand after it."""
    size = 16 * n
    while True:
        start = max(lo, hi - size)
        words = list(LETTER_WORD.finditer(text, start, hi))
        if start == lo or len(words) > n:
            return words[-n:]
        size *= 4
