"""Extraction: the comparable facts of one document, each with exact offsets.

``extract_facts`` runs the extractors (dates first, so their numbers are not
read again as counts), anchors dates (``compare.extract.resolve``), and attaches the
sentence and the cues of each fact (``compare.context``).  Every fact
satisfies ``document.text[fact.start:fact.end] == fact.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import operator
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from compare.context import CueIndex, sentence_of, sentence_spans
from compare.events import vocabulary as event_vocabulary
from compare.extract.forms import trigger_words as form_trigger_words
from compare.extract.layout import flowed
from compare.extract.numbers import number_words
from compare.extract.quantities import QuantityMatch, find_quantities
from compare.extract.reporting import reporting_date, role_of, sentence_as_of
from compare.extract.resolve import Tenses, resolve, tense_words
from compare.extract.roles import counts_things, roles_from_the_story
from compare.extract.times import TimeExpr, find_times
from compare.extract.times import trigger_words as date_trigger_words
from compare.extract.times_reference import reference_times, reference_words
from compare.lang import Lexicon, lexicon
from compare.model import DateValue, Document, Fact, Quantity, Span
from compare.words import alternation, digit_runs, lowercase, words_among

__all__ = ["extract_facts", "extract_first", "extract_text"]


class _Raw(NamedTuple):
    """A fact found, before it is described: where, what, in which sentence."""

    start: int
    end: int
    kind: str
    value: Quantity | DateValue
    sentence: Span
    noun: str | None
    boilerplate: bool  # inside one of the document's boilerplate spans


class _Boilerplate:
    """Whether a range lies inside one of a document's boilerplate spans, by bisection.

    Testing every span for every fact cost the number of spans per fact.
    """

    def __init__(self, spans: tuple[Span, ...]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in ordered]
        # The furthest end among the spans starting at or before each one.
        self.reach: list[int] = []
        furthest = -1
        for s in ordered:
            furthest = max(furthest, s.end)
            self.reach.append(furthest)

    def holds(self, start: int, end: int) -> bool:
        if not self.starts:
            return False
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def extract_facts(doc: Document, lex: Lexicon | None = None) -> tuple[Fact, ...]:
    """All facts of ``doc``, in text order.

    ``lex`` is the vocabulary to read the text with: by default the lexicon of
    the document's language (``compare.lang.lexicon(doc.language)``).
    """
    return extract_first(doc, None, lex)[0]


def extract_first(
    doc: Document, limit: int | None, lex: Lexicon | None = None
) -> tuple[tuple[Fact, ...], int]:
    """The first ``limit`` facts of ``doc`` in text order (all when None), and how many it states.

    The kept facts are exactly the first ones ``extract_facts`` gives: every
    fact is found, dated and placed as before, and only the facts past the
    limit are never built (describing a fact's context is a fifth of the
    cost of a date-dense text; ``--max-facts``).
    """
    reading = _reading(doc, lex if lex is not None else lexicon(doc.language))
    if reading is None:
        return (), 0
    text, lowered, lex = reading.text, reading.lowered, reading.lex
    # The digit runs and the trigger words of dates and numbers, read by both
    # scanners: one pass over the text each.
    digits = digit_runs(text)
    words = words_among(lowered, _trigger_words(lex))
    times = find_times(text, lowered, lex, digits, words)
    _add_dates(reading, times)
    taken = [(t.start, t.end) for t in times]
    _add_figures(reading, find_quantities(text, taken, lowered, lex, digits, words))
    raw = reading.raw
    _inherit_roles(reading.text, reading.lowered, raw, reading.roles, reading.lex)
    # "The 23 pirates were taken to Mombasa": a count the story gave a role elsewhere.
    story = ((r.start, r.noun, (r.value.low, r.value.high)) for r in raw if isinstance(r.value, Quantity))
    roles_from_the_story(story, reading.roles, reading.lex)
    raw.sort(key=_START_END)
    _anchor_after_event(reading.lowered, raw, reading.lex)
    kept = raw if limit is None else raw[:limit]
    return _described(reading, kept), len(raw)


@functools.cache
def _trigger_words(lex: Lexicon) -> frozenset[str]:
    """The whole words that trigger a date, a number word or a form in ``lex`` (found by ``words_among``)."""
    numbers = number_words(lex)
    return frozenset(
        {
            *(date_trigger_words(lex) or ()),
            *(numbers.trigger_words or ()),
            *numbers.trigger_led,
            *form_trigger_words(lex),
        }
    )


@dataclass
class _Reading:
    """One document as the steps of ``extract_first`` read it, and what they have found so far."""

    doc: Document
    lex: Lexicon
    text: str  # the document's text with wrapped lines joined (``layout.flowed``)
    lowered: str  # ``text`` in lower case (``words.lowercase``)
    sentences: list[Span]
    starts: list[int]  # the sentences' starts, for bisection
    boilerplate: _Boilerplate
    raw: list[_Raw] = field(default_factory=list)  # the facts found
    roles: dict[int, str | None] = field(default_factory=dict)  # a figure's role, by its start
    # Per sentence start: its dates of one day, and those of them that say when a figure was true.
    days: dict[int, list[tuple[int, int, DateValue]]] = field(default_factory=dict)
    reported: dict[int, list[tuple[int, int, DateValue]]] = field(default_factory=dict)
    # Per sentence start: all its dates (a reference time next to one is part of it; the date right
    # after an earlier value is that value's: "up from $16.6 billion a year ago").
    dates: dict[int, list[tuple[int, int, DateValue]]] = field(default_factory=dict)


def _reading(doc: Document, lex: Lexicon) -> _Reading | None:
    """``doc`` ready to be read, or None when it has no sentence."""
    # Read with wrapped lines joined ("More than\n1,000 people"): same offsets;
    # each excerpt is still sliced from ``doc.text`` (``_fact``).
    text = flowed(doc.text, lex)
    sentences = sentence_spans(text, lex)
    if not sentences:
        return None
    starts = [s.start for s in sentences]
    return _Reading(doc, lex, text, lowercase(text), sentences, starts, _Boilerplate(doc.boilerplate))


def _add_dates(reading: _Reading, times: list[TimeExpr]) -> None:
    """Each date resolved in text order (the tense of its clause, the dates before it), as a raw fact."""
    doc, lex, lowered = reading.doc, reading.lex, reading.lowered
    sentences, starts, raw, days = reading.sentences, reading.starts, reading.raw, reading.days
    history: list[DateValue] = []
    tenses: dict[int, Tenses] = {}  # per sentence start
    for t in times:
        sentence = sentence_of(sentences, starts, t.start)
        needs_tense = t.offset is None and t.year is None
        tense = None
        if needs_tense:
            markers = tenses.get(sentence.start)
            if markers is None:
                markers = tenses[sentence.start] = Tenses(
                    lowered, (sentence.start, sentence.end), tense_words(lex)
                )
            tense = markers.governing(t.start, t.end)
        value = resolve(t, published=doc.published, history=history, tense=tense)
        boiler = reading.boilerplate.holds(t.start, t.end)
        # The discourse date is the last one the text mentioned ("the same
        # year", "two days later"); a decade is too vague to count from.
        if value.start is not None and value.granularity not in ("decade", "century") and not boiler:
            history.append(value)
        raw.append(_Raw(t.start, t.end, "date", value, sentence, None, boiler))
        reading.dates.setdefault(sentence.start, []).append((t.start, t.end, value))
        if value.granularity == "day":
            days.setdefault(sentence.start, []).append((t.start, t.end, value))


def _add_figures(reading: _Reading, quantities: list[QuantityMatch]) -> None:
    """Each figure inside its sentence as a raw fact, with its role and the days its sentence reports at."""
    lex, text, lowered = reading.lex, reading.text, reading.lowered
    sentences, starts, raw, roles = reading.sentences, reading.starts, reading.raw, reading.roles
    days, reported = reading.days, reading.reported
    for q in quantities:
        sentence = sentence_of(sentences, starts, q.start)
        if q.end > sentence.end:
            # A figure never runs across a sentence or line break ("about\r\nan
            # hour"): every fact lies inside its sentence.
            continue
        if sentence.start not in reported:
            # Whether a day says when a figure was true matters only in a
            # sentence with a figure: read once per such sentence.
            reported[sentence.start] = [
                (s, e, v)
                for s, e, v in days.get(sentence.start, ())
                if reporting_date(lowered, s, e, sentence.start, sentence.end, lex)
            ]
        boiler = reading.boilerplate.holds(q.start, q.end)
        raw.append(_Raw(q.start, q.end, q.kind, q.value, sentence, q.noun, boiler))
        roles[q.start] = q.role or role_of(
            q.kind, q.value.unit, q.noun, text[q.start : q.end], lowered, q.start, q.end, lex
        )


def _described(reading: _Reading, kept: list[_Raw]) -> tuple[Fact, ...]:
    """The ``kept`` raw facts (the first of ``reading.raw``, sorted) with their cues and report dates."""
    doc, raw, roles = reading.doc, reading.raw, reading.roles
    windows = _windows(reading.text, raw, len(kept))
    # Sentences never overlap, so a start names one: keyed by it, not by hashing each Span.
    cues = CueIndex(
        reading.text,
        reading.lowered,
        sorted({r.sentence.start: r.sentence for r in raw}.values(), key=_START_OF),
        event_vocabulary(reading.lex),
        lex=reading.lex,
    )
    # A fact that starts where a longer one starts ("two years" of the date "two years later")
    # is named by its start and end; every other fact by its start, as before.
    nested = {i for i in range(len(kept)) if i + 1 < len(raw) and raw[i + 1][0] == raw[i][0]}
    dated = _as_of(reading, kept)
    return tuple(
        _fact(
            doc,
            cues,
            f"{doc.id}@{start}-{end}" if i in nested else f"{doc.id}@{start}",
            start,
            end,
            kind,
            value,
            sentence,
            noun,
            boiler,
            window,
            None if kind == "date" else roles.get(start),
            doc.published if kind == "date" else dated[start],
        )
        for i, ((start, end, kind, value, sentence, noun, boiler), window) in enumerate(
            zip(kept, windows, strict=True)
        )
    )


def _as_of(reading: _Reading, kept: list[_Raw]) -> dict[int, dt.date | None]:
    """When each figure of ``kept`` was true (``reporting.sentence_as_of``), by its start."""
    by_sentence: dict[Span, list[tuple[int, int]]] = {}
    for start, end, kind, _value, sentence, *_ in kept:
        if kind != "date":
            by_sentence.setdefault(sentence, []).append((start, end))
    out: dict[int, dt.date | None] = {}
    for sentence, figures in by_sentence.items():
        sentence_start, sentence_end = sentence.start, sentence.end
        dates = reading.dates.get(sentence_start, [])
        refs = reference_times(
            reading.lowered, sentence_start, sentence_end, [(s, e) for s, e, _ in dates], reading.lex
        )
        days = sentence_as_of(
            reading.lowered,
            sentence_start,
            figures,
            reading.reported.get(sentence_start, ()),
            dates,
            refs,
            reading.doc.published,
            reading.lex,
        )
        out.update(zip((s for s, _ in figures), days, strict=True))
    return out


_START = operator.itemgetter(0)  # a raw fact's start
_START_END = operator.itemgetter(0, 1)  # a raw fact's (start, end)
_START_OF = operator.attrgetter("start")
_SPACE = re.compile(r"\s")  # the characters str.isspace accepts
_UP_TO_LAST_SPACE = re.compile(r"(?s:.*)\s")  # everything up to and with the last of them


class _Patterns(NamedTuple):
    """The patterns of this module, built from a lexicon's ``grammar.toml [facts]``."""

    # "killed 18 people, including 14 foreigners": a count that is part of the one before
    part_of: re.Pattern[str]
    # "nab 12 Somali and 11 Yemeni pirates": one verb governs both counts
    coordinated: re.Pattern[str]
    # "Fourteen foreigners were killed and four Afghans", "10 employees had been
    # killed; eight Ukrainians and two Venezuelans": the verb of the first count
    # governs the one coordinated after it.
    after_its_verb: re.Pattern[str]
    # "one week after the earthquake last Saturday"
    after_event: re.Pattern[str]
    date_lead_ins: frozenset[str]


@functools.cache
def _patterns(lex: Lexicon) -> _Patterns:
    words = lex.grammar["facts"]
    coordinators = alternation(words["coordinators"])
    return _Patterns(
        part_of=re.compile(rf"\b(?:{alternation(words['part_of'])})\s+$"),
        # "and", "or", or a list's comma ("19 Children, 2 Teachers Dead", "18 children, 3 adults").
        coordinated=re.compile(rf"\s*,\s*(?:(?:{coordinators})\s+)?|\s+(?:{coordinators})\s+"),
        after_its_verb=re.compile(
            rf"\s+(?:(?:{alternation(words['auxiliaries'])})\s+)?(?P<verb>[a-z]+)"
            rf"(?:\s+(?:{coordinators})\s+|\s*[;:]\s*)"
        ),
        after_event=re.compile(
            rf"\s+(?:{alternation(words['after'])})\s+(?:{alternation(words['event_determiners'])})\s+"
            r"(?:[a-z'’-]+\s+){0,3}"
        ),
        date_lead_ins=frozenset(words["date_lead_ins"]),
    )


def _governed_by_its_verb(lowered: str, after: int, start: int, role: str, lex: Lexicon) -> bool:
    """Whether only the previous count's verb of ``role``, then "and" or ";", stand before ``start``."""
    m = _patterns(lex).after_its_verb.fullmatch(lowered, after, start)
    return m is not None and lex.predicate_role.get(m.group("verb")) == role


def _inherit_roles(
    text: str,
    lowered: str,
    raw: list[_Raw],
    roles: dict[int, str | None],
    lex: Lexicon,
) -> None:
    """ "killed 18 people, including 14 foreigners": a part of a casualty count has its role, whatever
    role its noun would have alone.

    ``lex.casualty_roles`` are the roles that count people an event befell, so a count of things
    (``roles.counts_things``) takes none: "six fatalities and 20 reported cases", "killed 12 people
    and 30 cattle" (the cases are the infected, not the dead; the cattle no human toll).
    """
    casualties = lex.casualty_roles
    patterns = _patterns(lex)
    previous: tuple[Span, str] | None = None
    previous_end = -1
    # Only counts take part: a text of dates need not sort its dates here.
    counts = sorted((r for r in raw if r.kind == "count"), key=_START)
    for start, end, _kind, _value, sentence, noun, _boiler in counts:
        role = roles.get(start)
        if (
            previous is not None
            and _open_to_a_role(role, noun, text[start:end], lex)
            and previous[0] == sentence
            and (
                patterns.part_of.search(lowered, max(sentence.start, start - 16), start)
                # "killed 30 people, up from 12": the earlier value of the count before
                or reference_words(lex).earlier_value.search(lowered, max(sentence.start, start - 16), start)
                # "nab 12 Somali and 11 Yemeni pirates": one verb governs both
                or patterns.coordinated.fullmatch(lowered, previous_end, start)
                or _governed_by_its_verb(lowered, previous_end, start, previous[1], lex)
            )
        ):
            roles[start] = role = previous[1]
        if role in casualties:
            previous = (sentence, role)  # type: ignore[assignment]
            previous_end = end
    _inherit_from_next(text, lowered, counts, roles, casualties, patterns, lex)


def _open_to_a_role(role: str | None, noun: str | None, written: str, lex: Lexicon) -> bool:
    """Whether a count may take a casualty role from another: it has no role, or only its noun's
    default ("At least 74 people, including 25 polling personnel ..., succumbed": personnel are troops
    unless a verb says otherwise), and it counts no things (``roles.counts_things``)."""
    default = role in (None, "people") or (noun is not None and role == lex.people_role.get(noun))
    return default and not counts_things(noun, written, lex)


def _inherit_from_next(
    text: str,
    lowered: str,
    counts: list[_Raw],
    roles: dict[int, str | None],
    casualties: frozenset[str],
    patterns: _Patterns,
    lex: Lexicon,
) -> None:
    """ "Twenty children and six adults died": a count that opens its clause and is joined to the
    next count by "and" takes the role the verb after the second gives it (``counts`` sorted by
    start).  Only a clause's subject: in "it has 20 employees and 3 were injured" a verb governs the
    first count, and a second count without a noun of its own is a part ("3 were injured")."""
    for first, second in zip(counts[-2::-1], counts[:0:-1], strict=True):
        role = roles.get(second.start)
        if (
            role in casualties
            and second.noun is not None
            and roles.get(first.start) in (None, "people")
            and not counts_things(first.noun, text[first.start : first.end], lex)
            and first.sentence == second.sentence
            and patterns.coordinated.fullmatch(lowered, first.end, second.start)
            and _opens_clause(lowered, first.sentence.start, first.start, lex)
        ):
            roles[first.start] = role


_CLAUSE_BREAK = re.compile(r"[,;:(\u2013\u2014]")
_WORDS = re.compile(r"[a-z'’-]+")


def _opens_clause(lowered: str, sentence_start: int, start: int, lex: Lexicon) -> bool:
    """Whether only qualifier words ("more than", "about", "the") open the clause before ``start``;
    a clause reported by a verb of saying opens after it ("The governor says 14 children and ...")."""
    piece = lowered[sentence_start:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(piece)), default=0)
    bridge = lex.clause_words["bridge_before"]
    words = _WORDS.findall(piece[cut:])
    facts = lex.grammar["facts"]
    said = max((i for i, w in enumerate(words) if w in facts["reporting_verbs"]), default=-1)
    rest = words[said + 1 :]
    if said >= 0 and rest and rest[0] in facts["complementizers"]:
        rest = rest[1:]  # "said that 14 children ..."
    return all(w in bridge for w in rest)


# "one week after the earthquake last Saturday": a span of time after an event
# whose date follows is itself a date, counted from that one.
_DAY = 86400.0


def _anchor_after_event(lowered: str, raw: list[_Raw], lex: Lexicon) -> None:
    """Turn "<duration> after the <event> <date>" into the date it names (``raw`` sorted by start)."""
    patterns = _patterns(lex)
    for i, (start, end, kind, value, sentence, _noun, boiler) in enumerate(raw):
        if kind != "duration" or i + 1 >= len(raw) or not isinstance(value, Quantity):
            continue
        nxt = raw[i + 1]
        date = nxt.value
        if nxt.kind != "date" or not isinstance(date, DateValue) or date.granularity != "day":
            continue
        if date.start is None or date.end is None or nxt.sentence != sentence:
            continue
        if value.qualifier != "exact" or value.stated is None or value.stated % _DAY:
            continue
        m = patterns.after_event.match(lowered, end, nxt.start)
        if m is None or m.end() != nxt.start:
            continue
        days = dt.timedelta(days=int(value.stated // _DAY))
        text_end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        while True:  # the excerpt ends with the event, not with "on" or "last"
            cut = lowered.rfind(" ", end, text_end)
            if cut < 0 or lowered[cut + 1 : text_end] not in patterns.date_lead_ins:
                break
            text_end = cut
        anchored = DateValue(date.start + days, date.end + days, "day", "discourse")
        raw[i] = _Raw(start, text_end, "date", anchored, sentence, None, boiler)


def _windows(text: str, raw: list[_Raw], count: int | None = None) -> list[Span]:
    """Each fact's share of its sentence: up to halfway to its same-kind neighbours.

    Only the first ``count`` facts' windows are made (all when None): each
    reads its neighbours and the spaces around it, never the facts or text
    past its next neighbour.
    """
    n = len(raw) if count is None else min(count, len(raw))
    # The nearest fact of the same family (dates, or figures) in the same
    # sentence on each side, found in one pass.
    before: list[int] = []
    after = [-1] * n
    last = {True: -1, False: -1}
    sentence_start = -1
    for i, r in enumerate(raw):
        if r.sentence.start != sentence_start:
            sentence_start, last = r.sentence.start, {True: -1, False: -1}
        family = r.kind == "date"
        waiting = last[family]
        if waiting >= 0:
            after[waiting] = i
        if i >= n:  # a fact with no window made: it only answers the one waiting
            last[family] = -1
            if last[not family] < 0:
                break  # no window made waits for a neighbour
            continue
        before.append(waiting)
        last[family] = i
    spans: list[tuple[int, int, Span]] = []
    for i, (start, end, _, _, sentence, _, _) in enumerate(raw[:n]):
        lo, hi = sentence.start, sentence.end
        if before[i] >= 0:
            lo = max(lo, (raw[before[i]].end + start) // 2)
        if after[i] >= 0:
            hi = min(hi, (end + raw[after[i]].start) // 2)
        spans.append((lo, hi, sentence))
    # Never cut a name in two ("Russia-NATO Council"): a window that stops
    # short of its sentence's end widens to the spaces around.  Each is found
    # by one match inside the sentence (the last space before ``lo`` by a
    # greedy run that gives back to it): linear in the sentence whatever it
    # holds, and no list of every space of a sentence with two facts of one
    # family.
    #
    # Read on from the last fact's: the facts of a sentence come in order, so each reads only the
    # text since the previous one's (``_Spaces``); matching from the sentence's start again for
    # each fact was quadratic in a long sentence of figures.
    out: list[Span] = []
    spaces = _Spaces(text)
    for lo, hi, sentence in spans:
        if lo > sentence.start:
            lo = spaces.after_last(sentence, lo)
        if hi < sentence.end:
            hi = spaces.next(sentence, hi)
        out.append(Span(lo, hi))
    return out


class _Spaces:
    """Where the spaces of one sentence lie around a position, read on from the last position asked.

    ``after_last`` is ``_UP_TO_LAST_SPACE.match(text, sentence.start, at)``'s end (the sentence's
    start when it holds none) and ``next`` is ``_SPACE.search(text, at, sentence.end)``'s start (the
    sentence's end when none), each reading only the text past what it read before in the same
    sentence when asked in order (from the start again when not).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentence = -1  # the start of the sentence read
        self.read_to = 0  # ``after_last`` has read the sentence up to here
        self.last = 0  # and found its last space ending here (the sentence's start if none)
        self.asked = 0  # ``next`` was last asked from here
        self.found = 0  # and found the next space (or the sentence's end) here

    def _enter(self, sentence: Span) -> None:
        if sentence.start != self.sentence:
            self.sentence = sentence.start
            self.read_to = self.last = sentence.start
            self.asked = self.found = -1

    def after_last(self, sentence: Span, at: int) -> int:
        self._enter(sentence)
        if at < self.read_to:  # asked out of order: read from the start
            self.read_to = self.last = sentence.start
        up_to = _UP_TO_LAST_SPACE.match(self.text, self.read_to, at)
        if up_to is not None:
            self.last = up_to.end()
        self.read_to = at
        return self.last

    def next(self, sentence: Span, at: int) -> int:
        self._enter(sentence)
        if not self.asked <= at <= self.found:  # no space between ``asked`` and ``found`` but at ``found``
            space = _SPACE.search(self.text, at, sentence.end)
            self.found = space.start() if space else sentence.end
        self.asked = at
        return self.found


def _fact(
    doc: Document,
    cues: CueIndex,
    fact_id: str,
    start: int,
    end: int,
    kind: str,
    value: object,
    sentence: Span,
    noun: str | None,
    boilerplate: bool,
    window: Span,
    role: str | None,
    as_of_date: dt.date | None,
) -> Fact:
    # By position, in the order of Fact's fields (id, doc, start, end, text,
    # kind, value, about, sentence, boilerplate, role, as_of): a frozen
    # dataclass built by keyword costs a third more, once per fact.
    return Fact(
        fact_id,
        doc.id,
        start,
        end,
        doc.text[start:end],
        kind,  # type: ignore[arg-type]
        value,  # type: ignore[arg-type]
        cues.describe(sentence, (start, end), noun, window),
        sentence,
        boilerplate,
        role,
        as_of_date,
    )


def extract_text(text: str, published: dt.date | None = None) -> tuple[Fact, ...]:
    """Facts of a bare text (benchmarks, tests): a document with no metadata."""
    doc = Document(
        id="text",
        path="<text>",
        text=text,
        outlet="text",
        title="",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        story="text",
        published=published,
    )
    return extract_facts(doc)
