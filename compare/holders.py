"""Whose figure a share is, and which stage of an event it belongs to.

Three readings of a figure's own clause that alignment needs and the fact's
role does not carry (issue 11, items 1-2):

- **the holder**: the person or party a share belongs to ("Erdogan won
  52.18%", "Kilicdaroglu's 47.82%", "47.82% for Kilicdaroglu", "Ogan — 5.17
  percent").  Two shares of different holders are two quantities: they may
  neither agree nor contradict (``qualified_roles`` folds the holder into the
  role alignment compares, so its role vetoes and features apply).
- **the holder of a count**: seats, votes, goals, a carmaker's vehicles are
  someone's as a share is ("Labour won 412 seats"; ``held_count``,
  ``count_holders``).  Two disjoint such counts contradict each other only
  when both clauses name one holder (``align._Merging.contradiction_veto``).
- **a requirement**: a share that is what some outcome needs ("the 50%
  needed to win", "the 50 percent threshold required") is no result of the
  event: it is kept out of the event's figures (``beside_the_occasion``).
- **the sum it is a share of**: a share told with a sum in its sentence is the
  change or part of that sum ("revenue of $46.74 billion, up 56%", "data centre
  sales rose 56% to $41.1 billion"): two shares of two different sums are two
  quantities, however equal (``share_bases``).
- **another stage**: a multi-stage event ("the first round", "the second
  leg", "the runoff") is told with its stages named; an article tells of the
  stage it names first, and a figure whose sentence, or paragraph so far,
  names another stage belongs to that other occasion ("In the first round on
  May 14, Erdogan earned 49.52 per cent"), a background event for
  ``compare.events``.

The words are ``grammar.toml [holders]``; each pattern reads only the
figure's sentence (and, for stages, one pass over each article), so the work
grows with the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from compare.lang import lexicon
from compare.model import DateValue, Document, Fact
from compare.words import LETTER_WORD, alternation, fold

# The kinds whose figures have a holder or state a requirement: shares.
_HELD_KINDS = frozenset({"percent"})
# A capitalised name of one to four words ("Kemal Kılıçdaroğlu", "Erdogan").
_NAME = r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}"
# The words an excerpt may open with before its number.
_LEAD = re.compile(r"[^\d]*(?=\d)")
# Words a verb may stand from its figure ("won the second round of the election with 52.18%").
_VERB_REACH = 10
# Words between a share and the word that makes it a requirement ("50 per cent of the votes needed").
_REQUIREMENT_REACH = 4


@dataclass(frozen=True)
class _Patterns:
    possessive: re.Pattern[str]
    verb: re.Pattern[str]
    after: re.Pattern[str]
    requirement: re.Pattern[str]
    possessed: re.Pattern[str]
    threshold_before: re.Pattern[str]
    stage: re.Pattern[str]
    base_after: re.Pattern[str]
    base_break: re.Pattern[str]
    aggregate: re.Pattern[str]
    in_plural: re.Pattern[str]
    single: re.Pattern[str]
    pay_rate_before: re.Pattern[str]
    pay_rate_after: re.Pattern[str]
    ordinals: Mapping[str, int]
    not_names: frozenset[str]
    held_nouns: frozenset[str]


@functools.cache
def _patterns() -> _Patterns:
    words = lexicon().grammar["holders"]
    articles = lexicon().grammar["numbers"]["articles"]
    verbs = alternation(words["verbs"])
    linkers = alternation(words["linkers"])
    ordinals = {w: n for n, w in enumerate(words["stage_ordinals"], start=1)}
    stages = alternation([*words["stage_nouns"]])
    return _Patterns(
        # "Kilicdaroglu's 47.82%", "Kılıçdaroğlu’s 44.88%": the name right before the figure.
        possessive=re.compile(rf"(?P<name>{_NAME})(?:'s|’s|'|’)\s+$"),
        # "Erdogan won 52.1 percent", "Kemal Kiliçdaroğlu, received 47.86", "Ogan — 5.17 percent":
        # the name, then (after at most an auxiliary) the verb or a dash, then the figure in its clause.
        verb=re.compile(
            rf"(?P<name>{_NAME}),?\s+(?:(?:{linkers})\s+)?(?:(?:{verbs})\b[^,.;:()\n\d]*|[—–-]\s+)$"
        ),
        # "54.47% for Erdogan", "52.18% voted for Erdogan": the name right after the figure.
        after=re.compile(rf"\s+(?:{alternation(words['after'])})\s+(?P<name>{_NAME})"),
        # "the 50% needed to win", "50 per cent of the votes needed to call a winner".
        # (A word of ``requirements`` before a noun is an adjective: "83% of the required capacity".)
        requirement=re.compile(
            rf"(?:\s+[\w’'-]+){{0,{_REQUIREMENT_REACH}}}?\s+(?:(?:{alternation(words['thresholds'])})\b"
            rf"|(?:{alternation(words['requirements'])})\s+(?:{alternation(words['requirement_after'])})\b)",
            re.IGNORECASE,
        ),
        # What may follow a share a possessive holds ("Wolny's 38.5 percent of the vote", "... 38.5%."),
        # unlike a figure that modifies a noun ("the Bank's 2% target": the Bank's is the target).
        possessed=re.compile(
            rf"\s*(?:[^\w\s]|$|(?:{alternation(words['possessed_before'])})\b)", re.IGNORECASE
        ),
        threshold_before=re.compile(rf"\b(?:{alternation(words['thresholds_before'])})\s+$", re.IGNORECASE),
        # "the first round", "the second leg", "a runoff".
        stage=re.compile(
            rf"\b(?:(?P<ordinal>{alternation(words['stage_ordinals'])})\s+(?:{stages})s?"
            rf"|(?P<second>{alternation(words['second_stages'])}))\b",
            re.IGNORECASE,
        ),
        # "rose 56% year-on-year to US$41.1bn": the sum the share's change reached.
        base_after=re.compile(
            rf"(?:\s+[\w’'-]+){{0,2}}?\s+(?:{alternation(words['base_after'])})\s+(?=\S)", re.IGNORECASE
        ),
        base_break=re.compile(rf"\b(?:{alternation(words['base_breaks'])})\b", re.IGNORECASE),
        aggregate=re.compile(rf"\s*\b(?:{alternation(words['aggregates'])})\b", re.IGNORECASE),
        # "$200 million in fines": a sum "in" a plural noun.
        in_plural=re.compile(rf"\s+(?:{alternation(words['plural_sum_before'])})\s+[a-z]+s\b"),
        # "a $50 million fine": an article right before the sum.
        single=re.compile(rf"\b(?:{alternation(articles)})\s+$", re.IGNORECASE),
        # "an annual salary of about $100m": a rate adjective, up to two words, a pay noun.
        pay_rate_before=re.compile(
            rf"\b(?:{alternation(words['rate_adjectives'])})\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alternation(words['pay_nouns'])})\b",
            re.IGNORECASE,
        ),
        # "$100 million a year", "$68 million per season" (not "a year earlier"); "$68 million
        # payments annually".
        pay_rate_after=re.compile(
            rf"\s+(?:(?:{alternation(words['rate_per'])})\s+(?:{alternation(words['rate_periods'])})\b"
            rf"(?!\s+(?:{alternation(words['rate_not_after'])})\b)"
            rf"|(?:[a-z]+\s+)?(?:{alternation(words['rate_adverbs'])})\b"
            rf"|(?:{alternation(words['rate_adjectives'])})\s+(?:[\w'’-]+\s+){{0,2}}?"
            rf"(?:{alternation(words['pay_nouns'])})\b)",
            re.IGNORECASE,
        ),
        ordinals=ordinals,
        not_names=frozenset(words["not_names"]),
        held_nouns=frozenset(words["held_nouns"]),
    )


def _key(name: str) -> str:
    """A holder's key: the last word of its name, folded ("Kemal Kılıçdaroğlu" → "kilicdaroglu")."""
    # The last word alone: "Kemal Kılıçdaroğlu" and "Kılıçdaroğlu" hold one share; a hyphen
    # left at its edge ("Novak-") is punctuation.
    return fold(name.split()[-1]).strip(".'-")


def held_count(fact: Fact) -> bool:
    """Whether a figure counts things someone holds, as a share is someone's: seats, votes, goals,
    a carmaker's vehicles (``grammar.toml [holders] held_nouns``)."""
    return fact.kind == "count" and fact.about.noun in _patterns().held_nouns


def holder(fact: Fact, text: str) -> str | None:
    """The key of the person or party a share (or a held count) belongs to, or None when its clause
    names none."""
    if fact.kind not in _HELD_KINDS and not held_count(fact):
        return None
    p = _patterns()
    start = max(fact.sentence.start, fact.start - 200)
    # A figure's excerpt may open with its verb ("gained 47.86 percent"): the name stands before that.
    lead = _LEAD.match(fact.text)
    before = text[start : fact.start + (lead.end() if lead else 0)]
    found = p.possessive.search(before)
    if found is not None and not p.possessed.match(text, fact.end, fact.sentence.end):
        found = None
    if found is None:
        found = p.after.match(text, fact.end, min(fact.sentence.end, fact.end + 80))
    if found is None:
        found = p.verb.search(before)
        if found is not None and len(before[found.end("name") :].split()) > _VERB_REACH:
            found = None
    if found is None:
        return None
    # "He won 52%": a pronoun or determiner opening the sentence is no name.
    words = [w for w in found.group("name").split() if w.casefold() not in p.not_names]
    return _key(" ".join(words)) if words else None


def requirement(fact: Fact, text: str) -> bool:
    """Whether a share is what an outcome needs ("the 50% needed to win"), not a result."""
    if fact.kind not in _HELD_KINDS:
        return False
    p = _patterns()
    if p.requirement.match(text, fact.end, fact.sentence.end):
        return True
    return p.threshold_before.search(text, max(fact.sentence.start, fact.start - 40), fact.start) is not None


def qualified_roles(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str]:
    """The role alignment compares for each share with a holder: its role (or kind) of its holder."""
    texts = {d.id: d.text for d in documents}
    out: dict[str, str] = {}
    for f in facts:
        text = texts.get(f.doc)
        if text is None or f.kind not in _HELD_KINDS:
            continue
        who = holder(f, text)
        if who is not None:
            out[f.id] = f"{f.role or f.kind} of {who}"
    return out


def count_holders(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str | None]:
    """For each held count (``held_count``), the key of the holder its clause names, or None.

    "Labour won 412 seats" is Labour's; "poised to claim 410 seats in Parliament" names no holder
    in its clause.  Alignment lets two disjoint held counts contradict each other only when both
    name one holder (``align._Merging.contradiction_veto``)."""
    texts = {d.id: d.text for d in documents}
    out: dict[str, str | None] = {}
    for f in facts:
        text = texts.get(f.doc)
        if text is not None and held_count(f):
            out[f.id] = holder(f, text)
    return out


# The kinds whose figures a share may be told of ("$41.1 billion, up 56%").
_BASE_KINDS = frozenset({"money"})
# Two sums are different sums when the greater exceeds the lesser by more than this ratio
# ("$46.74 billion" / "$46.7 billion" are one; "$46.7 billion" / "$41.1 billion" two).
BASE_RATIO = 1.05


def _mid(fact: Fact) -> float | None:
    v = fact.value
    lo, hi = getattr(v, "low", None), getattr(v, "high", None)
    if lo is None and hi is None:
        return None
    return lo if hi is None else hi if lo is None else (lo + hi) / 2


def share_bases(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, tuple[str, float]]:
    """For each share told with a sum in its clause, that sum (its unit and value): the sum after
    the share and a word of ``base_after`` ("robotics revenue rose 69% to US$586m"), else the first
    sum before the share in its clause ("Net income came in at $26.42 billion, compared with $16.6
    billion a year ago, reflecting a 59% increase": the first is the figure, a later one its
    comparison)."""
    p = _patterns()
    texts = {d.id: d.text for d in documents}
    sums: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind in _BASE_KINDS and _mid(f) is not None:
            sums[(f.doc, f.sentence.start)].append(f)
    out: dict[str, tuple[str, float]] = {}
    for f in facts:
        near = sums.get((f.doc, f.sentence.start))
        text = texts.get(f.doc)
        if f.kind not in _HELD_KINDS or not near or text is None:
            continue
        start = f.sentence.start
        for m in p.base_break.finditer(text, start, f.start):
            start = m.end()
        to = p.base_after.match(text, f.end, f.sentence.end)
        after = [s for s in near if to is not None and to.end() <= s.start <= to.end() + 3]
        before = sorted((s for s in near if start <= s.start and s.end <= f.start), key=lambda s: s.start)
        base = after[0] if after else before[0] if before else None
        mid = None if base is None else _mid(base)
        if base is not None and mid is not None:
            out[f.id] = (str(getattr(base.value, "unit", "")), mid)
    return out


# Words a figure's word of summing may stand from it ("a combined total of 81 seats").
_AGGREGATE_REACH = 3


# How a figure counts (``aggregates``): a sum its words call one of several holders' figures
# ("a combined total of 81 seats"), a sum in a plural noun ("$200 million in fines"), a sum of one
# thing an article counts ("a $50 million fine").
SUMMED = "summed"
PLURAL = "plural"
SINGLE = "single"


def aggregates(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str]:
    """SUMMED, PLURAL or SINGLE for the figures whose words say how they count (``other_counting``):
    "A coalition of the Freedom Party, the NSC and the VVD would give a combined total of 81 seats",
    "he will pay $200 million in fines", "pay a $50 million fine"."""
    p = _patterns()
    texts = {d.id: d.text for d in documents}
    out: dict[str, str] = {}
    for f in facts:
        text = texts.get(f.doc)
        if text is None or isinstance(f.value, DateValue):
            continue
        before = last_tokens(text, f.sentence.start, f.start, _AGGREGATE_REACH + 1)
        if p.aggregate.search(" ".join(before)) or p.aggregate.match(text, f.end, f.sentence.end):
            out[f.id] = SUMMED
        elif f.kind in _BASE_KINDS and p.in_plural.match(text, f.end, f.sentence.end):
            out[f.id] = PLURAL
        elif f.kind in _BASE_KINDS and p.single.search(text, max(f.sentence.start, f.start - 8), f.start):
            out[f.id] = SINGLE
    return out


# How many words before a sum its clause is read for the words of a pay rate: the rate may be the
# sum's own noun phrase ("an annual salary of about $100m") or its clause's subject ("the average
# annual machinists' pay at the end of the new four-year contract will be $119,309", 17 words back;
# with 6, that sum was no rate and lost its two pairs with "The average annual salary will reach
# $119,000": boeing-machinists-strike-end-2024).
_PAY_RATE_REACH = 24
# What ends the clause read for a pay rate before a sum: punctuation (not the words that open a
# clause: "offered a contract that is expected to pay ... an annual salary of about $100m").
_PAY_RATE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s")


def pay_rates(facts: Sequence[Fact], documents: Sequence[Document]) -> frozenset[str]:
    """The sums whose words tell a pay per period rather than one sum ("an annual salary of about
    $100m", "the $70 million annual salary", "$100 million a year", "$68 million per season", "$68
    million payments annually": ``grammar.toml [holders] rate_adjectives, pay_nouns, rate_per,
    rate_periods, rate_adverbs``).

    A club's "90 million euros ($98m) transfer fee" and the player's "annual salary of about $100m" are
    two figures of one story, alike in size and words (neymar-al-hilal-2023); ``align`` keeps a pay
    rate from a sum that is none when their written values differ (an outlet restating the same
    figure may drop its rate: "defer $68 million per year" / "deferring $68 million").  Words of a
    rate before a sum are its own only when no other sum stands between them and it, nor right before
    them: in "the $70 million annual salary of Shohei Ohtani's record-setting $700 million deal" the
    rate is the $70 million's."""
    p = _patterns()
    texts = {d.id: d.text for d in documents}
    sums: dict[str, list[tuple[int, int]]] = {}
    for f in facts:
        if f.kind in _BASE_KINDS:
            sums.setdefault(f.doc, []).append((f.start, f.end))
    for spans in sums.values():
        spans.sort()
    out: set[str] = set()
    for f in facts:
        text = texts.get(f.doc)
        if text is None or f.kind not in _BASE_KINDS:
            continue
        if p.pay_rate_after.match(text, f.end, f.sentence.end) or _rate_before(text, f, sums[f.doc], p):
            out.add(f.id)
    return frozenset(out)


def _rate_before(text: str, f: Fact, spans: list[tuple[int, int]], p: _Patterns) -> bool:
    """Whether the words of a pay rate stand before ``f`` in its clause (``pay_rates``), with no other
    sum between them and ``f`` nor right before them (``spans``: the article's sums, sorted)."""
    words = list(LETTER_WORD.finditer(text, max(f.sentence.start, f.start - 16 * _PAY_RATE_REACH), f.start))
    lo = words[-_PAY_RATE_REACH].start() if len(words) >= _PAY_RATE_REACH else f.sentence.start
    for m in _PAY_RATE_BREAK.finditer(text, lo, f.start):
        lo = m.end()
    matches = list(p.pay_rate_before.finditer(text, lo, f.start))
    if not matches:
        return False
    found = matches[-1]
    k = bisect.bisect_left(spans, (found.start(), -1))
    if k < len(spans) and spans[k][0] < f.start:
        return False  # another sum between the rate's words and this one
    return not (k and not text[spans[k - 1][1] : found.start()].strip())


def last_tokens(text: str, lo: int, hi: int, n: int) -> list[str]:
    """``text[lo:hi].split()[-n:]`` (``n`` > 0), read back from ``hi`` in a window that doubles until it
    holds more than ``n`` tokens or reaches ``lo``: the first token of a window may be cut, the others
    are whole.  Splitting the whole of a sentence before each of its figures made a long sentence of
    figures quadratic."""
    width = 64
    while True:
        start = max(lo, hi - width)
        tokens = text[start:hi].split()
        if start == lo or len(tokens) > n:
            return tokens[-n:]
        width *= 2


def other_counting(a: str | None, b: str | None) -> bool:
    """Whether two figures count differently (``aggregates``), so that neither contradicts the other:
    a sum of several holders' figures and any figure that is none; a sum in a plural noun and a sum
    of one thing ("$200 million in fines" / "a $50 million fine")."""
    return (a == SUMMED) != (b == SUMMED) or {a, b} == {PLURAL, SINGLE}


def other_bases(a: tuple[str, float] | None, b: tuple[str, float] | None) -> bool:
    """Whether two shares are told of two different sums of one unit (``share_bases``)."""
    if a is None or b is None or a[0] != b[0] or a[1] <= 0 or b[1] <= 0:
        return False
    return max(a[1], b[1]) / min(a[1], b[1]) > BASE_RATIO


def _stages(text: str) -> tuple[list[int], list[int]]:
    """Where each stage is named in a text, in order, and the stage's number there."""
    p = _patterns()
    starts: list[int] = []
    numbers: list[int] = []
    for m in p.stage.finditer(text):
        number = 2 if m.group("second") else p.ordinals[m.group("ordinal").casefold()]
        starts.append(m.start())
        numbers.append(number)
    return starts, numbers


def _stage_of(fact: Fact, text: str, starts: list[int], numbers: list[int]) -> int | None:
    """The stage a figure's sentence names (the nearest before it, else the first after it), else the
    last stage named before it in its paragraph, else None."""
    lo = bisect.bisect_left(starts, fact.sentence.start)
    at = bisect.bisect_left(starts, fact.start)
    hi = bisect.bisect_left(starts, fact.sentence.end)
    if lo < at:
        return numbers[at - 1]
    if at < hi:
        return numbers[at]
    paragraph = text.rfind("\n", 0, fact.sentence.start) + 1
    if lo > 0 and starts[lo - 1] >= paragraph:
        return numbers[lo - 1]
    return None


def beside_the_occasion(facts: Sequence[Fact], documents: Sequence[Document]) -> frozenset[str]:
    """Facts that are no result of their article's own occasion: requirements, and figures of
    another stage of the event than the one the article names first."""
    texts = {d.id: d.text for d in documents}
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f)
    out: set[str] = set()
    for doc, fs in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        out.update(f.id for f in fs if requirement(f, text))
        starts, numbers = _stages(text)
        if len(set(numbers)) < 2:
            continue  # one stage named: the article's own
        own = numbers[0]
        for f in fs:
            if isinstance(f.value, DateValue):
                # A date is the time of its stage, not a figure of it: whether two dates
                # are of one occasion is for their values to say (as compare.events does).
                continue
            stage = _stage_of(f, text, starts, numbers)
            if stage is not None and stage != own:
                out.add(f.id)
    return frozenset(out)
