"""Verdicts on aligned groups, each with one sentence a reader can check.

- ``single-source``: only one document states it;
- ``updated``: a count that only grows (a toll, the injured, the arrested)
  reported at different times, each later report at or above the earlier
  ones, within ``[updates] max_days`` of each other (lang/classes.toml): later
  reports superseded earlier ones; its facts are listed in reporting order;
- ``conflict``: two documents state values whose intervals do not overlap
  (and it is not an update);
- ``agree``: every document states the same value with the same precision,
  or every document states one value so (an outlet that also gives the day's
  hour, or an "at least", still agrees with the others on the day or figure);
- ``compatible``: the intervals overlap, but wording or precision differs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import combinations
from typing import Protocol

from compare import sentences
from compare.align import Group, base_bounds, narrow_role, unresolved_key, unresolved_wording, value_key
from compare.compact import NameSet, NameTable
from compare.display import date_phrase, day_month, participle, plural, quantity_phrase, value_phrase
from compare.events import vocabulary
from compare.extract.numbers import rounds_to, significant_unit
from compare.intervals import all_overlap, bounds, lies_below, overlaps
from compare.kinds import kind_info
from compare.lang import lexicon
from compare.model import DateValue, Document, Fact, Finding, Quantity, Verdict
from compare.rates import Rate
from compare.revisions import revision_words, rise_stems, standing_words, told_as_moved
from compare.sentences import agree, clauses, join, series
from compare.tallies import IN_PROGRESS_KINDS, progress_share
from compare.units import convert


def judge(
    groups: Sequence[Group], documents: Sequence[Document], labels: Mapping[str, str] | None = None
) -> list[Finding]:
    """Findings of ``groups``; ``labels`` are the outlet labels of the whole corpus when
    ``documents`` are only part of it (an incremental run judges only the stories that changed)."""
    docs = {d.id: d for d in documents}
    if labels is None:
        labels = outlet_labels(documents)
    findings = [_finding(g, docs, labels) for g in groups]
    findings.sort(key=lambda f: (f.story, f.id))
    return findings


class _Labelled(Protocol):
    """What outlet labels are made of: a ``Document``, or what an incremental run knows of one."""

    @property
    def id(self) -> str: ...
    @property
    def outlet(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...


def outlet_labels(documents: Sequence[_Labelled]) -> dict[str, str]:
    """Outlet name per document, with the date where one outlet has several articles."""
    return dict(zip((d.id for d in documents), iter_outlet_labels(documents), strict=True))


def iter_outlet_labels(
    documents: Sequence[_Labelled], sets: Callable[[], set[str] | NameSet | NameTable] = set
) -> Iterator[str]:
    """``outlet_labels`` in document order; the labels met are kept in sets made by ``sets``
    (``compact.NameSet``: a few dozen bytes a document on disk, for the client of a streamed
    report, which labels every article of the corpus: ``engine._label``)."""
    rule = label_rule(documents, sets)
    for d in documents:
        yield rule.label(d)


@dataclasses.dataclass(frozen=True)
class LabelRule:
    """What a document's outlet label needs of the whole corpus (``label_rule``): how many
    documents each outlet has, and the labels still ambiguous with the date (same outlet,
    same day), which take the document id.  A document's label is then made from its own
    outlet, date and id alone (``label``): a caller that labels a corpus story by story (the
    incremental check) keeps no label a document."""

    count: Mapping[str, int]
    twice: set[str] | NameSet | NameTable

    def first(self, d: _Labelled) -> str:
        if self.count[d.outlet] > 1:
            return f"{d.outlet} ({d.published.isoformat() if d.published else d.id})"
        return d.outlet

    def label(self, d: _Labelled) -> str:
        label = self.first(d)
        return f"{d.outlet} ({d.id})" if label in self.twice else label


def label_rule(
    documents: Iterable[_Labelled], sets: Callable[[], set[str] | NameSet | NameTable] = set
) -> LabelRule:
    """The ``LabelRule`` of a corpus; ``documents`` is iterated twice (a sequence, or an
    iterable that starts again at each ``iter``)."""
    rule = LabelRule(Counter(d.outlet for d in documents), sets())
    once = sets()
    for d in documents:
        label = rule.first(d)
        (rule.twice if label in once else once).add(label)
    return rule


def verdict_of(
    facts: Sequence[Fact],
    recent: bool = True,
    authorities: Mapping[str, str] | None = None,
    progress: Mapping[str, str] | None = None,
    conversions: Mapping[str, str] | None = None,
    standing: Mapping[str, str] | None = None,
) -> Verdict:
    """The verdict on one group.

    ``recent`` is False for a count over a long period (never ``updated``);
    ``authorities`` maps a fact id to who it is attributed to: two
    authorities' figures that cannot both hold are a conflict, not an update;
    ``progress`` maps a share of a count in progress to the words that say so
    (``tallies.count_progress``): a later or fuller count supersedes it;
    ``conversions`` maps a sum in brackets that converts the sum before it into a
    currency the text does not name to that sum ("US$10 million ($15m)"): it is
    compared as that sum, never by its own value (``_unconverted``);
    ``standing`` maps a count or sum whose sentence tells it standing at its time in words its
    terms cannot hold ("so far", "to date": ``revisions.standing_phrases``) to those words: read
    as its terms are (``_superseded``).
    """
    if len({f.doc for f in facts}) < 2:
        return Verdict.SINGLE_SOURCE
    if _same_unresolved_wording(facts):
        return Verdict.AGREE
    facts = _compared(_unconverted(_in_seconds(facts), conversions))
    facts = _written_figures(facts)
    if (
        recent
        and not _all_overlap(facts)
        and _authority_pair(facts, authorities) is None
        and _superseded_over_time(facts, standing or {})
    ) or _aged(facts):
        return Verdict.UPDATED
    if (
        recent
        and _authority_pair(facts, authorities) is None
        and not _all_same(facts)
        and _count_in_progress(facts, progress)
    ):
        return Verdict.UPDATED
    if not _all_overlap(facts):
        # Some pair cannot both hold, from two outlets or from one outlet
        # that contradicts itself (alignment joins two of one article's
        # values only on the evidence of a conflict: compare.align).
        for a, b in combinations(facts, 2):
            if _disjoint(a, b):
                return Verdict.CONFLICT
    if _all_same(facts) or _stated_by_all(facts) is not None:
        return Verdict.AGREE
    if recent and _authority_pair(facts, authorities) is None and _rises(facts):
        return Verdict.UPDATED
    return Verdict.COMPATIBLE


def _superseded_over_time(facts: Sequence[Fact], standing: Mapping[str, str]) -> bool:
    """Whether values that do not all overlap are one figure's reports, the later superseding the
    earlier: a count that only grows (``_is_update``, ``_rose_over_days``), the missing
    (``_revised``), a count or sum of any role that later days never lowered (``_superseded``), a
    revision an outlet tells (``_told_revised``), a period still running (``_elapsed``)."""
    return (
        _grows(facts)
        or _revised(facts)
        or _superseded(facts, standing)
        or _told_revised(facts) is not None
        or _elapsed(facts)
    )


def _other_currencies(a: Fact, b: Fact) -> bool:
    """Whether two facts are sums in different currencies.

    Alignment groups them only when they overlap at an exchange rate the
    story itself states (compare.rates); a conversion is too weak a ground
    for a contradiction, so the judge compares sums of one currency only.
    """
    va, vb = a.value, b.value
    return (
        a.kind == "money"
        and b.kind == "money"
        and isinstance(va, Quantity)
        and isinstance(vb, Quantity)
        and va.unit != vb.unit
    )


def _in_seconds(facts: Sequence[Fact]) -> Sequence[Fact]:
    """The facts, in a group that holds a duration, with each count of a unit of time ("after six
    grueling weeks": six counted weeks) and each age (a span since birth, in years) read as the
    duration in seconds it states, so that "six weeks" and "6 weeks" of two outlets are one value.

    Extraction reads "six weeks of testimony" as a duration and "six grueling weeks" as a count
    of weeks; compared in their own units they would never overlap.  A group of ages alone keeps
    them (people age between reports: ``_aged``).
    """
    if not any(f.kind == "duration" for f in facts):
        return facts
    # A count of a period ("ten seasons", "five consecutive quarters": measures.toml [counted_periods]).
    periods = lexicon().counted_periods
    year = lexicon().duration_seconds["year"]
    out: list[Fact] = []
    for f in facts:
        v = f.value
        scale = None
        if isinstance(v, Quantity) and f.kind == "count" and v.unit in periods:
            scale = periods[v.unit]
        elif isinstance(v, Quantity) and v.unit == "age":
            scale = year
        if scale is None:
            out.append(f)
            continue
        assert isinstance(v, Quantity)

        def scaled(x: float | None, by: float = scale) -> float | None:
            return None if x is None else x * by

        value = Quantity(scaled(v.stated), scaled(v.low), scaled(v.high), "s", v.qualifier)
        out.append(dataclasses.replace(f, kind="duration", value=value))
    return out


def _written_unit(f: Fact) -> tuple[str, float] | None:
    """The unit of time a duration is written in ("seven-week strike": week), with its seconds."""
    seconds = lexicon().duration_seconds
    for word in reversed(re.findall(r"[a-z]+", f.text.lower())):
        for w in (word, word[:-1] if word.endswith("s") else word):
            if w in seconds:
                return w, seconds[w]
    return None


def _whole_units(f: Fact, stated: float) -> tuple[int, float] | None:
    """(n, seconds of the unit) when the duration ``stated`` (in seconds) is a whole number n, at least
    two, of the unit of time ``f`` is written in ("seven weeks": 7 weeks); else None."""
    written = _written_unit(f)
    if written is None:
        return None
    n = stated / written[1]
    if abs(n - round(n)) > 1e-9 or round(n) < 2:
        return None
    return round(n), written[1]


def _rounded_duration(a: Fact, va: Quantity, b: Fact, vb: Quantity) -> tuple[Fact, Fact] | None:
    """(round, precise) when one duration is a whole number of a unit of time, at least two, and the
    other, written in a smaller unit or with a fraction of that one, rounds to it.

    "a seven-week strike" for its 53 days, "an 11-year sentence" for 135 months, "four months"
    for 118 days: as ``extract.numbers.rounds_to`` reads figures, the precise duration lies within
    half a unit below the round one or within a whole unit above it; written in the same unit
    ("11 years", "11.25 years") it must round to the nearest.  "Two weeks" and "10 days" still
    conflict (1.4 weeks), and so do "13 years" and "14 years", and "two years" and "2.5 years".
    """
    if a.kind != "duration" or b.kind != "duration" or va.stated is None or vb.stated is None:
        return None
    for (r, rv), (p, pv) in (((a, va.stated), (b, vb.stated)), ((b, vb.stated), (a, va.stated))):
        whole, precise = _whole_units(r, rv), _written_unit(p)
        if whole is None or precise is None or precise[1] > whole[1]:
            continue
        n, unit = whole
        # In its own unit the precise figure must round to the nearest: "11 years" for "11.25
        # years", never "two years" for a stated "two and a half years".
        above = 1.0 if precise[1] < unit else 0.5
        if n - 0.5 <= pv / unit < n + above:
            return r, p
    return None


def _hedged_reaches_round(a: Fact, b: Fact) -> bool:
    """Whether one duration is a whole number of a unit of time, at least two, exact, and the other an
    approximate duration ("nearly two months", "about a year") whose span reaches what rounds to it.

    "Seven weeks" stands for 6.5 to 8 weeks as ``_rounded_duration`` reads it; "nearly two months"
    (1.7 to 2 months) reaches it, so the outlets do not contradict each other.  "Nearly a year"
    and "10 months" likewise (9.5 to 11 months).  A bound is no approximation: "two weeks" and
    "at least 15 days" still conflict, as does a hedge that stays outside the span.
    """
    va, vb = a.value, b.value
    if a.kind != "duration" or b.kind != "duration":
        return False
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    for r, rq, hq in ((a, va, vb), (b, vb, va)):
        if rq.qualifier != "exact" or hq.qualifier not in ("about", "nearly") or rq.stated is None:
            continue
        whole = _whole_units(r, rq.stated)
        if whole is None:
            continue
        n, unit = whole
        low, high = (n - 0.5) * unit, (n + 1) * unit
        if (hq.high is None or hq.high >= low) and (hq.low is None or hq.low < high):
            return True
    return False


def _disjoint(a: Fact, b: Fact) -> bool:
    """Whether two facts state values that cannot both hold.

    Sums in other currencies never do, nor does a date no day could be given
    to ("Friday" in an article with no publication date may be any Friday),
    nor a round figure in the thousands and the more precise figure it rounds
    ("2,600" and "2,670").
    """
    if unresolved_wording(a) is not None or unresolved_wording(b) is not None:
        return False
    if _other_currencies(a, b) or overlaps(a.value, b.value) or _hedged_reaches_round(a, b):
        return False
    return _rounding(a, b) is None


def _rounding(a: Fact, b: Fact) -> tuple[Fact, Fact] | None:
    """(round, precise) when one exact figure is the other rounded to its last significant digit.

    ``extract.numbers.rounds_to`` decides, the rule alignment widens round figures
    by: the round one has at least two significant digits ("2,600", not
    "3,000") and is at least ``intervals.ROUNDED_FROM``; the precise one lies
    within half a unit of that digit below it, or within a whole unit above it.
    Counts of other nouns are one count here as on alignment's line ("3,381
    deaths" and "3,400 people"): alignment grouped them as one.
    """
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return None
    # "up 0.5%", "fell 3.4%": a direction, the figure itself exact.
    exact = ("exact", "up", "down")
    if va.qualifier not in exact or vb.qualifier not in exact or va.stated is None or vb.stated is None:
        return None
    if a.kind == "duration" and b.kind == "duration":
        return _rounded_duration(a, va, b, vb)
    if not (kind_info(a.kind).counted and kind_info(b.kind).counted):
        whole = _whole_of_decimal(a, va, b, vb)
        if whole is not None or va.unit != vb.unit:
            return whole
    if rounds_to(va.stated, vb.stated):
        return a, b
    if rounds_to(vb.stated, va.stated):
        return b, a
    return None


def _whole_of_decimal(a: Fact, va: Quantity, b: Fact, vb: Quantity) -> tuple[Fact, Fact] | None:
    """(whole, decimal) when a measure written as a whole number is the other, written with decimals, rounded.

    "40C" for the record's 40.3C, "104F" for 104.5F: a whole number of a unit
    is read as rounded to the unit, to the nearest or down (as in
    ``_rounding``).  In another unit of one dimension the decimal figure is
    converted first, widened by its last written digit ("40.3C" is
    104.45-104.63F, which "104F" rounds down).  Counts are whole anyway.
    """
    if kind_info(a.kind).counted or kind_info(b.kind).counted:
        return None
    whole_a, whole_b = float(va.stated).is_integer(), float(vb.stated).is_integer()  # type: ignore[arg-type]
    if whole_a == whole_b:
        return None if whole_a else _fewer_decimals(a, va, b, vb)
    (w, wv), (d, dv) = ((a, va), (b, vb)) if whole_a else ((b, vb), (a, va))
    span = convert(dv, wv.unit) if dv.unit != wv.unit else (dv.stated, dv.stated)
    if span is None:
        return None
    rv = wv.stated
    return (w, d) if span[0] < rv + 1 and span[1] >= rv - 0.5 else None  # type: ignore[operator]


def _fewer_decimals(a: Fact, va: Quantity, b: Fact, vb: Quantity) -> tuple[Fact, Fact] | None:
    """(round, precise) when both figures have decimals, in one unit, and the one written to fewer
    decimals is the other rounded at its last digit, to the nearest or down: "44.8%" for 44.88%,
    "49.5%" for 49.52% (as ``_whole_of_decimal`` reads "40C" for 40.3C).  "49.4%" and "49.5%"
    (one precision) still conflict."""
    if va.unit != vb.unit:
        return None
    ua, ub = significant_unit(va.stated), significant_unit(vb.stated)  # type: ignore[arg-type]
    if ua == ub:
        return None
    (r, rv, unit), (p, pv) = (
        ((a, va.stated, ua), (b, vb.stated)) if ua > ub else ((b, vb.stated, ub), (a, va.stated))
    )
    return (r, p) if rv - unit / 2 <= pv < rv + unit else None  # type: ignore[operator]


def _rounded_pair(facts: Sequence[Fact]) -> tuple[Fact, Fact] | None:
    """The first two facts whose intervals do not overlap but whose figures differ only in rounding."""
    for a, b in combinations(facts, 2):
        if not overlaps(a.value, b.value) and (pair := _rounding(a, b)) is not None:
            return pair
    return None


def _rounding_note(rounded: Fact, precise: Fact, labels: Mapping[str, str]) -> str:
    """ "2,600 (Reuters) is 2,670 (Sky News) rounded down to a multiple of 100" """
    rq, pq = rounded.value, precise.value
    rv, pv = rq.stated, pq.stated  # type: ignore[union-attr]
    converted = ""
    written = _written_unit(rounded) if rounded.kind == "duration" else None
    if written is not None:  # a duration in whole units of time (``_rounded_duration``)
        n = rv / written[1]  # type: ignore[operator]
        nearest = round(pv / written[1]) == round(n)  # type: ignore[operator]
        units = plural(written[0])
        how = _explained("nearest_unit" if nearest else "down_to_units", unit=written[0], units=units)
    elif float(pv).is_integer():  # type: ignore[arg-type]
        unit = significant_unit(rv)  # type: ignore[arg-type]
        nearest = round(pv / unit) * unit == rv  # type: ignore[operator]
        how = _explained("nearest_multiple" if nearest else "down_to_multiple", unit=f"{unit:,.0f}")
    elif not float(rv).is_integer():  # type: ignore[arg-type]  # two figures with decimals (``_fewer_decimals``)
        unit = significant_unit(rv)  # type: ignore[arg-type]
        nearest = abs(round(pv / unit) * unit - rv) < unit / 2  # type: ignore[operator]
        how = _explained("nearest_multiple" if nearest else "down_to_multiple", unit=f"{unit:g}")
    else:  # a whole number and a figure with decimals (``_whole_of_decimal``)
        if pq.unit != rq.unit:  # type: ignore[union-attr]
            span = convert(pq, rq.unit)  # type: ignore[arg-type,union-attr]
            pv = (span[0] + span[1]) / 2 if span else pv
            converted = _explained("converted")
        how = _explained("nearest_whole" if round(pv) == rv else "down_to_whole")  # type: ignore[arg-type]
    return _explained(
        "rounding_note",
        rounded=value_phrase(rounded),
        rounded_outlet=labels[rounded.doc],
        precise=value_phrase(precise),
        precise_outlet=labels[precise.doc],
        converted=converted,
        how=how,
    )


def _reading_key(fact: Fact, directions: bool = False) -> tuple[object, ...] | None:
    """``align.value_key``, a clock time with no zone read as local time, a figure's floats to nine
    significant digits and, with ``directions``, "up 56%" and "down 3%" read as the figures they move by.

    "9 pm Saturday" and "9 pm local time on Saturday" are one reading of one
    clock: an outlet that names no zone writes the local time.  (Against a
    time in UTC an unstated zone still only overlaps: which zone is local is
    not said.)  "2:13:44" and "two hours, 13 minutes and 44 seconds" are one
    duration, though their seconds were summed in another order (8024.000000000001).
    "Up" and "down" say which way a figure moved, not what it is: "revenue up 56%"
    and "revenue of ... 56%" state one figure (``_one_direction`` says when the group
    moves one way only; "up 3%" and "down 3%" are never one reading).
    """
    key = value_key(fact)
    if key is None:
        return None
    if key[0] == "date" and len(key) == 5 and key[4] == "unstated":
        return (*key[:4], "local")
    if key[0] == "quantity":
        _, unit, low, high, stated, qualifier = key
        if directions and qualifier in _DIRECTIONS:
            qualifier = "exact"
        return ("quantity", unit, _digits(low), _digits(high), _digits(stated), qualifier)
    return key


_DIRECTIONS = ("up", "down")


def _digits(x: object) -> object:
    """A float to nine significant digits (what a reader can tell apart); anything else as it is."""
    return float(f"{x:.9g}") if isinstance(x, float) else x


def _one_direction(facts: Sequence[Fact]) -> bool:
    """Whether the group's figures never move both ways: no "up" beside a "down"."""
    moves = {f.value.qualifier for f in facts if isinstance(f.value, Quantity)} & set(_DIRECTIONS)
    return len(moves) < 2


def _directed(facts: Sequence[Fact]) -> bool:
    """Whether the group's values are one only once "up" and "down" are read as the figures they move by."""
    keys = {_reading_key(f) for f in facts}
    return len(keys) > 1 and _one_direction(facts) and len({_reading_key(f, True) for f in facts}) == 1


def _all_same(facts: Sequence[Fact]) -> bool:
    """Every fact states the same value with the same precision, in the same unit (a figure after
    "up" or "down" the same as the figure alone, when the group moves one way only)."""
    directions = _one_direction(facts)
    first = _reading_key(facts[0], directions)
    return all(first == _reading_key(f, directions) for f in facts[1:])


def _stated_by_all(facts: Sequence[Fact]) -> Fact | None:
    """A value every outlet states with the same precision, if one does (the first such fact).

    An outlet that also restates it less or more precisely ("Monday" and
    "1:40 pm on Monday") still agrees with the outlets that say "Monday".
    """
    directions = _one_direction(facts)
    keys: dict[str, set[tuple[object, ...]]] = {}
    for f in facts:
        k = _reading_key(f, directions)
        keys.setdefault(f.doc, set())
        if k is not None:
            keys[f.doc].add(k)
    common = set.intersection(*keys.values()) if keys else set()
    if not common:
        return None
    return next(f for f in facts if _reading_key(f, directions) in common)


def _compared(facts: Sequence[Fact]) -> Sequence[Fact]:
    """The facts whose values are compared: an undated article's "Monday" joins a group only by
    the words the dated articles use for its day (``align``), so it agrees and is left out."""
    dated = [f for f in facts if unresolved_wording(f) is None]
    return dated if dated and len(dated) < len(facts) else facts


def _written_figures(facts: Sequence[Fact]) -> Sequence[Fact]:
    """The facts compared when the figures written as numbers already disagree: those, less the
    figures with no stated number (a vague count, "hundreds of people", "scores injured"; a range).

    A vague count spans a wide interval, and read with the written figures it
    becomes evidence it cannot be: "hundreds" two days after 121, 132, 167 and 174
    dead on one day read as the day's figures rising (wayanad), and "scores
    injured" beside "more than 80" and "28" as one count moving.  When two
    outlets' written figures cannot both hold, the vague one says nothing of
    which holds or of a rise, so it is left out; when the written figures agree,
    it stays (with "15" and "15", "dozens" is no contradiction to read alone).
    """
    written = [f for f in facts if not (isinstance(f.value, Quantity) and f.value.stated is None)]
    if len(written) == len(facts) or len({f.doc for f in written}) < 2 or _all_overlap(written):
        return facts
    return written


def _unconverted(facts: Sequence[Fact], conversions: Mapping[str, str] | None) -> Sequence[Fact]:
    """The facts less the sums in brackets that convert a sum of the group into a currency the text
    does not name (``compare.rates.unnamed_conversions``): the sum converted stands for them, and
    their own value, read in the currency the bare sign suggests, is no evidence of a conflict."""
    if not conversions:
        return facts
    kept = [f for f in facts if f.id not in conversions]
    return kept if kept else facts


def _conversion_note(facts: Sequence[Fact], labels: Mapping[str, str], conversions: Mapping[str, str]) -> str:
    """ " ($15m (NZ Herald) in brackets after US$10 million: a conversion into a currency the article
    does not name, so it is not compared)" """
    by_id = {f.id: f for f in facts}
    notes = [
        _explained(
            "unnamed_conversion",
            value=" ".join(f.text.split()),
            outlet=labels[f.doc],
            converted=" ".join(by_id[conversions[f.id]].text.split()),
        )
        for f in facts
        if f.id in conversions and conversions[f.id] in by_id
    ]
    if not notes:
        return ""
    return _explained("unnamed_conversions", conversions="; ".join(notes))


def _undated_note(facts: Sequence[Fact], labels: Mapping[str, str]) -> str:
    """ " (Reuters gives no publication date: its Monday is read as the dated outlets' day)" """
    undated = [f for f in facts if unresolved_wording(f) is not None]
    if not undated or len(undated) == len(facts):
        return ""
    outlets: list[str] = []
    for f in undated:
        if labels[f.doc] not in outlets:
            outlets.append(labels[f.doc])
    words = " ".join(undated[0].text.split())
    return _explained("undated", outlets=_join(outlets), give=agree("give", len(outlets)), words=words)


def _unresolved_words(facts: Sequence[Fact]) -> list[str]:
    """The words of the dates no day could be given to, as the articles write them, once each."""
    out: list[str] = []
    seen: set[str] = set()
    for f in facts:
        key = unresolved_wording(f)
        if key is not None and key not in seen:
            seen.add(key)
            out.append(" ".join(f.text.split()))
    return out


def _same_unresolved_wording(facts: Sequence[Fact]) -> bool:
    """Whether every fact is a date no day could be given to, in the same words ("Thursday"), or
    the same day of the same month in any order or abbreviation ("Dec. 31", "31 December")."""
    words = {unresolved_key(f) for f in facts}
    return len(words) == 1 and None not in words


def _authority_pair(facts: Sequence[Fact], authorities: Mapping[str, str] | None) -> tuple[Fact, Fact] | None:
    """Two facts attributed to different authorities whose values cannot both hold."""
    if not authorities:
        return None
    # A speaker with no authority named may speak for the other authority.
    speakers = vocabulary().speakers
    cited = [f for f in facts if f.id in authorities and authorities[f.id] not in speakers]
    for a, b in combinations(cited, 2):
        if authorities[a.id] != authorities[b.id] and _disjoint(a, b) and not _told_as_risen(a, b):
            return a, b
    return None


def _told_as_risen(a: Fact, b: Fact) -> bool:
    """Whether the higher of two figures is told as a count that rose to it ("the death toll has climbed
    to 46, state media said"; "has risen to 57, the fire service said"), reported no earlier than the
    other: a later count of a growing toll, whoever gives it, not two authorities' claims.

    The words are those that date a count's move (``dates.toml [reporting] verbs``), read as the
    figure's predicate stem or as a word of its sentence ("The death toll from Typhoon Yagi rose to
    127 ... after heavy rains triggered landslides": the figure's verb is read as "trigger"; session
    26, judge alone on the dev gold: 2 gold updates found, typhoon-yagi and kallakurichi, no other
    verdict moved).  A lower figure told so ("160, police said, as the toll rose", against the
    army's 1,006) is no such count: the authorities still disagree.
    """
    ba, bb = bounds(a.value), bounds(b.value)
    if ba is None or bb is None:
        return False
    high, low = (a, b) if ba[0] > bb[0] else (b, a)
    if high.as_of is not None and low.as_of is not None and high.as_of < low.as_of:
        return False
    return high.about.predicate in rise_stems() or not rise_stems().isdisjoint(high.about.terms)


def _report_day(f: Fact) -> dt.date | None:
    return f.as_of


def _is_update(facts: Sequence[Fact]) -> bool:
    """Whether differing values are one growing count reported at different times (``_rose_by_day``).

    Only counts of a role that only grows qualify (a wider role standing for it, ``_growing_role``,
    as alignment's update merges read it), or a share of a job that only grows.
    """
    return _only_grows(facts) and _rose_by_day(facts)


def _superseded(facts: Sequence[Fact], standing: Mapping[str, str]) -> bool:
    """Whether counts or sums of any role are one figure that a later report told as revised.

    "36 workers trapped" on Sunday and, on Monday, "the number of trapped workers has risen to 40";
    a jackpot estimated at $1.9 billion, then "now" $2.04 billion: a later report that tells its
    figure as one that moved or stands at its time supersedes the earlier ones.  Without such words
    two outlets' figures of a count that does not only grow stay two claims ("about 100,000 troops"
    on Monday, "175,000 troops" on Tuesday, a planted contradiction of the seeds).  The words, in
    the sentence of a report of a day after the first (``About.terms``) or as its figure's verb:
    those that date a count's move (dates.toml ``[reporting] verbs``: "rose", "climbed"), tell a
    report revised (grammar.toml ``[enumeration] revisions``: "revised", "raised"), set a figure at
    the time of writing (``[reference] present``: "now", "currently") or tell a count standing
    ("still", "remain": ``[contradictions] running``).  The guards of a growing count apply
    (``_rose_by_day``: every fact has a report day, each day's reports agree among themselves, no
    later day lies below an earlier one, all within ``max_days``), but not its role, and a later
    day may lie below the days before it when one of its reports tells its figure standing at its
    time or revised (``_told_as_standing``: "More than 530,000 homes and businesses remain without
    power" after "About 900,000" the day before; outages fall as power returns; session 26, judge
    alone on the dev gold: hurricane-ian and valencia found, no other verdict moved): the kinds are
    ``[updates] superseded_kinds``, and no two of its roles are exclusive (``[exclusive_roles]``: 10
    injured then 12 dead are two counts).  Two figures of one day that cannot both hold, and two
    authorities' figures (``verdict_of``), still conflict.  ``standing``: the facts whose sentence
    holds such words as a phrase the terms cannot hold ("so far", "to date", "thus far":
    ``revisions.standing_phrases``; twenty-eighth session).
    """
    vocab = vocabulary()
    if any(f.kind not in vocab.superseded_kinds for f in facts):
        return False
    roles = {f.role for f in facts if f.role is not None}
    if any(pair <= roles for pair in vocab.exclusive_roles):
        return False  # the dead and the injured are two counts, whichever grew
    if not _rose_by_day(facts, lambda f: _told_as_standing(f, standing)):
        return False
    first = min(f.as_of for f in facts if f.as_of is not None)
    return any(told_as_moved(f, standing) for f in facts if f.as_of != first)


def _told_as_standing(f: Fact, standing: Mapping[str, str]) -> bool:
    """Whether a figure's sentence tells it as where a count stands at its time or as a revised one
    ("remain without electricity", "currently", "revised", "lowered", "so far": ``standing``): a
    later report of a count that may fall (outages as power returns, those still in care), not a
    second claim."""
    words = standing_words()
    return not words.isdisjoint(f.about.terms) or f.about.predicate in words or f.id in standing


def _rose_by_day(facts: Sequence[Fact], lowered: Callable[[Fact], bool] | None = None) -> bool:
    """Whether the facts are reports of one figure on different days that never fell.

    Every fact has a report time (``as_of``: a date the text gives, else its article's
    publication); the facts of one report day overlap each other; no later report is below an
    earlier one; and the reports lie within ``max_days`` of each other.  A day with a fact that
    ``lowered`` accepts may lie below the days before it (which must not have fallen): the
    figure goes on from it.
    """
    vocab = vocabulary()
    days = [_report_day(f) for f in facts]
    if any(d is None for d in days):
        return False
    by_day: dict[dt.date, list[Fact]] = {}
    for f, d in zip(facts, days, strict=True):
        by_day.setdefault(d, []).append(f)  # type: ignore[arg-type]
    if len(by_day) < 2 or (max(by_day) - min(by_day)).days > vocab.update_days:
        return False
    spans: list[tuple[float, float]] = []
    for day in sorted(by_day):
        group = by_day[day]
        if not _all_overlap(group):
            return False  # two values on one day: reports that cannot both hold
        b = [bounds(f.value) for f in group]
        if any(x is None for x in b):
            return False
        span = (max(x[0] for x in b if x), min(x[1] for x in b if x))
        if lowered is not None and spans and any(lowered(f) for f in group):
            # A day whose report tells its figure standing at its time may lie below the days
            # before it, once they never fell: the series goes on from its figure.
            if not _never_below(spans):
                return False
            spans = []
        spans.append(span)
    return _never_below(spans)


def _never_below(spans: Sequence[tuple[float, float]]) -> bool:
    """Whether no span, in report order, lies wholly below the highest lower bound of those before it.

    A figure reported again may stay or grow but never fall below what an earlier report already
    stated as certain; that is what tells a count revised upward from two counts that cannot both hold.
    """
    highest_low = float("-inf")
    for lo, hi in spans:
        if lies_below((lo, hi), (highest_low, float("inf"))):
            return False
        highest_low = max(highest_low, lo)
    return True


def _day_spans(
    facts: Iterable[Fact], upper: Callable[[float, float], float]
) -> dict[dt.date, tuple[float, float]] | None:
    """Each report day's span of the facts' values, or None when they are no reports of several days.

    A day's span runs from the highest lower bound stated that day to the ``upper`` (``min``: what
    every report of the day allows; ``max``: the day's latest figure) of its upper bounds.  None when
    a fact has no report day (``as_of``) or no bounds, when the reports fall on one day, or when they
    lie more than ``max_days`` apart.
    """
    spans: dict[dt.date, tuple[float, float]] = {}
    for f in facts:
        b = bounds(f.value)
        if f.as_of is None or b is None:
            return None
        lo, hi = spans.get(f.as_of, b)
        spans[f.as_of] = (max(lo, b[0]), upper(hi, b[1]))
    days = sorted(spans)
    if len(days) < 2 or (days[-1] - days[0]).days > vocabulary().update_days:
        return None
    return spans


_DAY = 86400.0  # seconds


def _elapsed(facts: Sequence[Fact]) -> bool:
    """Whether differing durations are one period still running, each report giving its length so far.

    Rescuers at work for "three days" on 1 November, "four days" on the 2nd and "five days" on the
    3rd; workers trapped for "48 hours" on 14 November and "17 days" on the 28th: a period that goes
    on lengthens by the time between its reports.  Every fact is a duration with a report day, the
    reports lie within ``max_days``, each day's reports agree among themselves, and from one report
    day to the next the length held (the period ended) or grew by about the days between them: at
    least half of them and at least all of them but one, at most all of them and one more.  Hours
    of deliberation a day apart ("nine and a half hours", "nearly 12 hours") grew by far less than a
    day: no such period.
    """
    if not facts or any(f.kind != "duration" for f in facts):
        return False
    spans = _day_spans(_in_seconds(facts), min)
    if spans is None:
        return False
    days = sorted(spans)
    if any(lo > hi for lo, hi in spans.values()):
        return False  # two lengths of one day that cannot both hold
    for early, late in zip(days, days[1:], strict=False):
        (lo1, hi1), (lo2, hi2) = spans[early], spans[late]
        if lo2 <= hi1 and lo1 <= hi2:
            continue  # the length held
        gap = (late - early).days * _DAY
        least, most = max(gap - _DAY, gap / 2), gap + _DAY
        if hi2 - lo1 < least or lo2 - hi1 > most:
            return False
    return True


def _told_revised(facts: Sequence[Fact]) -> tuple[Fact, Fact] | None:
    """The earlier and the later figure of a sentence that tells the group's figure revised, if any.

    "The jackpot was reported as an estimated $1.9 billion on Monday, but was $2.04 billion Tuesday
    morning after updated calculations": the outlet itself says that the first figure gave way to the
    second, so the outlets that state either are its earlier and later reports, whichever way it
    moved and on whichever day they were published.  The sentence holds two of the group's figures
    with different stated values and a revision word (grammar.toml ``[enumeration] revisions``, the
    words ``align._revised_sentences`` reads); every figure of the group is bounded and overlaps one
    of the two (an open "more than 240" cannot be placed as either report).  Counts and sums only
    (``[updates] superseded_kinds``).
    """
    kinds = vocabulary().superseded_kinds
    if any(f.kind not in kinds for f in facts):
        return None
    words = revision_words()
    by_sentence: dict[tuple[str, int], list[Fact]] = {}
    for f in facts:
        by_sentence.setdefault((f.doc, f.sentence.start), []).append(f)
    for key in sorted(by_sentence):
        told = sorted(by_sentence[key], key=lambda f: f.start)
        if len(told) < 2 or not words & set(told[0].about.terms):
            continue
        earlier, later = told[0], told[-1]
        if _stated(earlier) is None or _stated(earlier) == _stated(later):
            continue
        if all(_placed(f, earlier, later) for f in facts):
            return earlier, later
    return None


def _stated(f: Fact) -> float | None:
    return f.value.stated if isinstance(f.value, Quantity) else None


def _placed(f: Fact, earlier: Fact, later: Fact) -> bool:
    """Whether a bounded figure overlaps the earlier or the later figure of a told revision."""
    b = bounds(f.value)
    if b is None or not all(math.isfinite(x) for x in b):
        return False
    return overlaps(f.value, earlier.value) or overlaps(f.value, later.value)


def _only_grows(facts: Sequence[Fact]) -> bool:
    """Whether the facts report one thing that only grows as reports come in: a count of a role that
    only grows (``_growing_role``) or a share of a job that only grows (``_progress_share``).  The one
    test of ``_is_update`` and ``_rose_over_days``, so that a new kind of growing figure is added once."""
    return _growing_role(facts) is not None or _progress_share(facts)


def _growing_role(facts: Sequence[Fact]) -> str | None:
    """The one role that only grows the counts measure, a wider role standing for it.

    "14 students were killed" (role people) and "killed 14 children" (deaths)
    count one toll: a role whose umbrella (lang/classes.toml ``[umbrella]``)
    holds the narrower one is read as it.  None unless exactly one narrower
    role is left and it is one of ``cumulative_roles``.
    """
    if any(f.kind != "count" for f in facts):
        return None
    roles = {f.role for f in facts if f.role is not None}
    if len(roles) < len({f.role for f in facts}):
        return None  # a count of no known role
    role = narrow_role(roles)
    return role if role in vocabulary().cumulative_roles else None


def _progress_share(facts: Sequence[Fact]) -> bool:
    """Whether the facts are reports of one share of a job that only grows (``tallies.progress_share``:
    a fire's containment).  The guards of a growing count then apply (``_is_update``,
    ``_rose_over_days``: report days, ``max_days``, no later day below an earlier one), and two
    authorities' shares still conflict (``verdict_of``)."""
    return all(progress_share(f) for f in facts)


def _revised(facts: Sequence[Fact]) -> bool:
    """Whether differing values are one count that moves either way, reported on different days.

    The number still missing falls as people are found and rises as more are reported: 12
    climbers missing on Monday and 10 on Tuesday are one count's reports, the later superseding
    the earlier (``[updates] revised_roles``).  Every fact is a count of one such role (a wider
    role standing for it, as in ``_growing_role``) with a report day; the facts of each day
    overlap each other (two figures of one day that cannot both hold still contradict each
    other); and the reports lie within ``max_days``.
    """
    vocab = vocabulary()
    if any(f.kind != "count" or f.role is None for f in facts):
        return False
    if narrow_role({f.role for f in facts if f.role is not None}) not in vocab.revised_roles:
        return False
    by_day: dict[dt.date, list[Fact]] = {}
    for f in facts:
        if f.as_of is None:
            return False
        by_day.setdefault(f.as_of, []).append(f)
    if len(by_day) < 2 or (max(by_day) - min(by_day)).days > vocab.update_days:
        return False
    return all(_all_overlap(day) for day in by_day.values())


def _count_in_progress(facts: Sequence[Fact], progress: Mapping[str, str] | None) -> bool:
    """Whether differing shares (or counts) are one count's, reported while it went on.

    "55.95%, with almost 87% of the tables counted" and "55.8%, with 97.6%
    of the ballots counted" differ, yet the later, fuller count supersedes
    the earlier one.  Every fact is a percentage and one at least is told as
    a share of a count in progress (``progress``); two shares told as
    finished ones that cannot both hold on one report day (or with no report
    day) still contradict each other ("84.15%" / "87.05%" turnout in the
    final results of one day).  Shares of one count reported on other days
    are a later count's (a result revised after objections).  Since the
    twenty-seventh session also counts, all of one kind: "241 out of 266 seats"
    of "unofficial provisional results" on Saturday, "results of 264 out of 265
    contested seats" on Sunday; a party "leading with 97 seats" in those results,
    then 101 in the final result (dev gold, judge alone: pakistan-election's two
    and dutch-election's one gold ``updated`` groups, no other verdict moved).
    """
    if not progress or len({f.kind for f in facts}) > 1 or facts[0].kind not in IN_PROGRESS_KINDS:
        return False
    if not any(f.id in progress for f in facts):
        return False
    for a, b in combinations(facts, 2):
        if a.id in progress or b.id in progress:
            continue
        if (a.as_of is None or a.as_of == b.as_of) and _disjoint(a, b):
            return False
    return True


def _explain_count(facts: Sequence[Fact], labels: Mapping[str, str], progress: Mapping[str, str]) -> str:
    """ "The share moved as the count went on: 55.95% on 19 November (Pledge Times: "87% of ...") ..." """
    steps: list[str] = []
    for f in reporting_order(facts):
        words = progress.get(f.id)
        said = _explained("count_words", words=words) if words else ""
        step = (
            _explained(
                "count_step", value=value_phrase(f), day=day_month(f.as_of), outlet=labels[f.doc], words=said
            )
            if f.as_of
            else _explained("count_step_undated", value=value_phrase(f), outlet=labels[f.doc], words=said)
        )
        if step not in steps:
            steps.append(step)
    return _explained("count" if facts[0].kind == "percent" else "count_figure", steps="; ".join(steps))


def _rose_over_days(facts: Sequence[Fact]) -> bool:
    """Whether a growing count's reports rose from day to day, though outlets differ within a day.

    Tolls move within hours: on the day of a blast one outlet has 89 dead and
    another, later, 93.  Per report day the span runs from the highest lower
    bound to the highest upper bound stated that day (the day's latest
    figure); no later day may lie wholly below an earlier day's highest
    figure (a toll revised down stays a conflict), and the last day's
    highest figure is above the first day's.  The role, the single report
    times and the ``max_days`` limit are those of ``_is_update``.
    """
    if not _only_grows(facts):
        return False
    tops = _day_spans(facts, max)
    if tops is None:
        return False
    days = sorted(tops)
    if not _never_below([tops[day] for day in days]):
        return False
    return tops[days[-1]][0] > tops[days[0]][0] or _never_fell(facts)


def _never_fell(facts: Sequence[Fact]) -> bool:
    """Whether each report day's highest figure as written is at least the day before's."""
    by_day = _highest_written(facts)
    if by_day is None:
        return False
    figures = [by_day[d] for d in sorted(by_day)]
    return all(a <= b for a, b in zip(figures, figures[1:], strict=False))


def _highest_written(facts: Sequence[Fact]) -> dict[dt.date, float] | None:
    """Each report day's highest figure as written; None when a fact lacks a report day or a figure."""
    by_day: dict[dt.date, float] = {}
    for f in facts:
        stated = f.value.stated if isinstance(f.value, Quantity) else None
        if f.as_of is None or stated is None:
            return None
        by_day[f.as_of] = max(by_day.get(f.as_of, stated), stated)
    return by_day


_YEAR = 365.2425  # days


def _age_years(facts: Sequence[Fact]) -> dict[dt.date, float] | None:
    """The age each report day states, when every fact is an exact age and each day states one."""
    exact = (isinstance(f.value, Quantity) and f.value.qualifier == "exact" for f in facts)
    if not all(exact) or any(f.role != "age" for f in facts):
        return None
    by_day: dict[dt.date, float] = {}
    for f in facts:
        stated = f.value.stated  # type: ignore[union-attr]
        if f.as_of is None or stated is None:
            continue
        if by_day.setdefault(f.as_of, stated) != stated:
            return None  # two ages on one day: not one person's growing age
    return by_day


def _aged(facts: Sequence[Fact]) -> bool:
    """Whether differing ages are one person's age reported years apart.

    Someone aged A on one report day is A + n on a day Δ years later, where
    n is the whole years of Δ or one more (a birthday may fall in between):
    27 in June 2005 and 29 in March 2007.  An article with no report day
    must state an age that a dated report states.  Ages have no recency
    limit: they grow the same way whenever they are reported.
    """
    by_day = _age_years(facts)
    if by_day is None or len(set(by_day.values())) < 2:
        return False
    stated = set(by_day.values())
    if any(f.as_of is None and f.value.stated not in stated for f in facts):  # type: ignore[union-attr,operator]
        return False
    days = sorted(by_day)
    for i, early in enumerate(days):
        for late in days[i + 1 :]:
            whole = int((late - early).days / _YEAR)
            if by_day[late] - by_day[early] not in (whole, whole + 1):
                return False
    return True


def _explain_aged(facts: Sequence[Fact], labels: Mapping[str, str]) -> str:
    """ "The age rose from 27 on 25 June 2005 (A, B) to 29 on 20 March 2007 (C) — ..." """
    by_age: dict[float, tuple[dt.date, list[str]]] = {}
    for f in reporting_order(facts):
        if f.as_of is None:
            continue
        day, outlets = by_age.setdefault(f.value.stated, (f.as_of, []))  # type: ignore[union-attr,arg-type]
        if labels[f.doc] not in outlets:
            outlets.append(labels[f.doc])

    def stated(age: float) -> str:
        # The bare number: the sentence says it is an age ("27", not "27 age": its unit is a marker).
        return quantity_phrase(next(f for f in facts if f.value.stated == age).value)  # type: ignore[union-attr,arg-type]

    steps = [
        _explained(
            "age_step", age=stated(age), day=day_month(day), year=str(day.year), outlets=_join(outlets)
        )
        for age, (day, outlets) in sorted(by_age.items(), key=lambda kv: kv[1][0])
    ]
    middle = "".join(_explained("then", step=s) for s in steps[1:-1])
    dateless = any(f.as_of is None for f in facts)
    undated = _explained("age_undated") if dateless else ""
    return _explained("age", first=steps[0], middle=middle, last=steps[-1], undated=undated)


def _rises(facts: Sequence[Fact]) -> bool:
    """Whether overlapping figures of a growing count rose from one report day to a later one.

    "At least 100" on the day of a blast and "137" the next day overlap, yet
    the later report states a higher figure: the count was updated, as such
    counts are.  The figure of a day is the highest one stated that day; no
    later day's may be below an earlier day's, and the last must be above the first.
    A wider role stands for the narrower one ("121 people" among "121" dead),
    as in ``_is_update`` (``_growing_role``).
    """
    vocab = vocabulary()
    if _growing_role(facts) is None:
        return False
    by_day = _highest_written(facts)
    if by_day is None:
        return False
    days = sorted(by_day)
    if len(days) < 2 or (days[-1] - days[0]).days > vocab.update_days:
        return False
    figures = [by_day[d] for d in days]
    return all(a <= b for a, b in zip(figures, figures[1:], strict=False)) and figures[-1] > figures[0]


def reporting_order(facts: Sequence[Fact]) -> list[Fact]:
    """Facts by report time, then document and position (unknown times last)."""
    return sorted(facts, key=lambda f: (f.as_of is None, f.as_of or dt.date.min, f.doc, f.start))


def _all_overlap(facts: Sequence[Fact]) -> bool:
    """Whether every pair of values overlaps: for intervals, the largest low is below the smallest high.

    Measures in several units of one dimension (alignment groups "150
    nautical miles" with "about 277km") are compared in the base unit.
    """
    units = {f.value.unit for f in facts if isinstance(f.value, Quantity)}
    if len(units) > 1 and all(f.kind == "money" for f in facts):
        # Sums in several currencies: each currency's sums among themselves (see _other_currencies).
        return all(
            all_overlap(bounds(f.value) for f in facts if f.value.unit == unit)  # type: ignore[union-attr]
            for unit in units
        )
    if len(units) > 1 and all(isinstance(f.value, Quantity) for f in facts):
        return all_overlap(base_bounds(f.value) for f in facts)  # type: ignore[arg-type]
    return all_overlap(bounds(f.value) for f in facts)


def _finding_id(group: Group) -> str:
    digest = hashlib.sha1("\0".join(f.id for f in group.facts).encode("utf-8")).hexdigest()
    return f"F{digest[:10]}"


def _finding(group: Group, docs: dict[str, Document], labels: Mapping[str, str]) -> Finding:
    facts = group.facts
    authorities = dict(group.authorities)
    progress = dict(group.progress)
    conversions = dict(group.conversions)
    standing = dict(group.standing)
    verdict = verdict_of(facts, group.recent, authorities, progress, conversions, standing)
    if verdict is Verdict.UPDATED:
        facts = tuple(reporting_order(facts))
    explanation = explain(facts, verdict, labels, authorities, progress, conversions, standing)
    if group.rates:
        explanation = _with_rates(explanation, group.rates, labels, facts)
    return Finding(
        id=_finding_id(group),
        story=group.story,
        kind=facts[0].kind,
        about=about_label(group, docs),
        verdict=verdict,
        facts=tuple(f.id for f in facts),
        explanation=explanation,
        cues=tuple(_display_cue(c) for c in group.cues),
        event=group.event,
    )


def _rate_figure(x: float) -> str:
    return f"{x:.4g}"


def _with_rates(
    sentence: str, rates: Sequence[Rate], labels: Mapping[str, str], facts: Sequence[Fact] = ()
) -> str:
    """The explanation, saying at which rates the sums in other currencies were compared: the rates
    the articles state, and for the others each sum converted at its year's average rate."""
    stated = [r for r in rates if r.year is None]
    note = _stated_rates(stated, labels) if stated else ""
    # A currency's sums in articles of several years: the earliest year's rate names them (rare).
    yearly: dict[str, Rate] = {}
    for r in sorted((r for r in rates if r.year is not None), key=lambda r: (r.source, r.year or 0)):
        yearly.setdefault(r.source, r)
    if yearly:
        note += _yearly_rates(yearly, labels, facts)
    return sentence[:-1] + note + sentence[-1] if sentence.endswith(".") else sentence + note


def _yearly_rates(rates: Mapping[str, Rate], labels: Mapping[str, str], facts: Sequence[Fact]) -> str:
    """ " (around PHP 3.9 trillion (GizGuide) is about $70.1 billion at 2023's average rate: a yearly
    average no article states, ...)" (``compare.rates.yearly_conversions``)."""
    parts = []
    for f in facts:
        v = f.value
        if f.kind != "money" or not isinstance(v, Quantity) or v.stated is None:
            continue
        r = rates.get(v.unit)
        if r is None:
            continue
        x = float(f"{v.stated * (r.low + r.high) / 2:.3g}")  # the year's average: the band's middle
        converted = quantity_phrase(Quantity(x, x, x, r.pivot, "exact"))
        parts.append(
            _explained(
                "yearly_rate",
                sum=" ".join(f.text.split()),
                outlet=labels.get(f.doc, f.doc),
                converted=converted,
                year=str(r.year),
            )
        )
    return _explained("yearly_rates", rates=clauses(parts)) if parts else ""


def _stated_rates(rates: Sequence[Rate], labels: Mapping[str, str]) -> str:
    """ " (sums in different currencies are compared at the rates the articles give: 1 EUR = 1.16 USD
    as A states; ...)"."""
    # One interval per pair of currencies: each article converts at the rates stated near its own day.
    merged: dict[tuple[str, str], Rate] = {}
    for r in rates:
        m = merged.get((r.source, r.pivot))
        merged[(r.source, r.pivot)] = (
            r
            if m is None
            else Rate(
                r.source, r.pivot, min(m.low, r.low), max(m.high, r.high), tuple(sorted({*m.docs, *r.docs}))
            )
        )
    parts = []
    for r in merged.values():
        value = (
            _rate_figure(r.low)
            if _rate_figure(r.low) == _rate_figure(r.high)
            else _explained("rate_range", low=_rate_figure(r.low), high=_rate_figure(r.high))
        )
        outlets: list[str] = []
        for doc in r.docs:
            if labels.get(doc, doc) not in outlets:
                outlets.append(labels.get(doc, doc))
        verb = agree("state", len(outlets))
        parts.append(
            _explained(
                "rate", source=r.source, value=value, pivot=r.pivot, outlets=_join(outlets), state=verb
            )
        )
    return _explained("rates", rates=clauses(parts))


def _display_cue(key: str) -> str:
    kind, _, value = key.partition(":")
    return {"E": "event", "P": "name", "V": "predicate", "M": "modality"}.get(kind, "cue") + f": {value}"


def _join(items: list[str]) -> str:
    return join(items)


def _explained(key: str, /, **parts: str) -> str:
    """The sentence ``[explain] key`` of ``lang/en/sentences.toml`` with its parts filled in."""
    return sentences.sentence("explain", key, **parts)


def _labelled(key: str, /, **parts: str) -> str:
    """The label ``[labels] key`` of ``lang/en/sentences.toml`` with its parts filled in."""
    return sentences.sentence("labels", key, **parts)


def explain(
    facts: Sequence[Fact],
    verdict: Verdict,
    labels: Mapping[str, str],
    authorities: Mapping[str, str] | None = None,
    progress: Mapping[str, str] | None = None,
    conversions: Mapping[str, str] | None = None,
    standing: Mapping[str, str] | None = None,
) -> str:
    """One sentence naming the outlets and their values (and the authorities they cite)."""
    # One clause per value as written; "Next week" opening a sentence is "next week" (the first
    # spelling met is said), so that no outlet is named twice for one value.
    by_value: dict[str, tuple[str, list[str]]] = {}
    for f in _unconverted(facts, conversions):  # a conversion's value is named in the note only
        phrase = value_phrase(f)
        _, outlets = by_value.setdefault(phrase[:1].lower() + phrase[1:], (phrase, []))
        if labels[f.doc] not in outlets:
            outlets.append(labels[f.doc])
    parts = [
        _explained("says", outlets=_join(outlets), say=agree("say", len(outlets)), value=phrase)
        for phrase, outlets in by_value.values()
    ]
    what = kind_info(facts[0].kind).plural
    if verdict is Verdict.UPDATED and progress and _count_in_progress(_compared(facts), progress):
        sentence = _explain_count(facts, labels, progress)
    else:
        compared = _unconverted(_in_seconds(facts), conversions)
        sentence = _explain_verdict(compared, verdict, labels, authorities, parts, what, standing or {})
    note = _undated_note(facts, labels)
    if conversions:
        note += _conversion_note(facts, labels, conversions)
    return sentence[:-1] + note + sentence[-1] if note and sentence.endswith(".") else sentence


def _explain_verdict(
    facts: Sequence[Fact],
    verdict: Verdict,
    labels: Mapping[str, str],
    authorities: Mapping[str, str] | None,
    parts: list[str],
    what: str,
    standing: Mapping[str, str],
) -> str:
    facts = _compared(facts)  # an undated date is in the parts, not in the comparison
    if verdict is Verdict.SINGLE_SOURCE:
        return _explained("only", part=parts[0])
    if verdict is Verdict.AGREE:
        return _explain_agree(facts, parts, what)
    if verdict is Verdict.COMPATIBLE:
        return _explain_compatible(facts, labels, parts)
    if verdict is Verdict.UPDATED:
        if _aged(facts):
            return _explain_aged(facts, labels)
        told = _told_revised(facts)
        if told is not None and not (_grows(facts) or _superseded(facts, standing)):
            return _explain_told(facts, labels, *told)
        return _explain_update(facts, labels, standing)
    return _explain_conflict(facts, labels, authorities, parts)


def _explain_agree(facts: Sequence[Fact], parts: list[str], what: str) -> str:
    """Why the facts agree: one wording, one value every outlet states, or values that overlap."""
    if _same_unresolved_wording(facts):
        if len({unresolved_wording(f) for f in facts}) > 1:
            return _explained("same_day_other_words", parts=clauses(parts))
        return _explained("same_words", parts=clauses(parts))
    shared = None if _all_same(facts) else _stated_by_all(facts)
    if shared is not None:
        # The value, not one outlet's words for it: "every outlet states 2022-01-10 – 2022-01-16",
        # where some say "next week" and some "this week".
        value = date_phrase(shared.value) if isinstance(shared.value, DateValue) else value_phrase(shared)
        return _explained("stated_by_all", parts=clauses(parts), value=value)
    zones = {f.value.zone for f in facts if isinstance(f.value, DateValue) and f.value.time is not None}
    local = _explained("local_time") if {"local", "unstated"} <= zones else ""
    if _directed(facts):
        local += _explained("direction")
    if len(parts) == 1:
        return _explained("agree", parts=f"{parts[0][0].upper()}{parts[0][1:]}", what=what, local=local)
    return _explained("agree", parts=clauses(parts), what=what, local=local)


def _explain_compatible(facts: Sequence[Fact], labels: Mapping[str, str], parts: list[str]) -> str:
    """Why the facts differ but may all hold: rounding, a day not given, or estimates."""
    if (rounded := _rounded_pair(facts)) is not None:
        return _explained("rounding", parts=clauses(parts), note=_rounding_note(*rounded, labels))
    if words := _unresolved_words(facts):
        return _explained("no_day", parts=clauses(parts), words=_join(words))
    return _explained("dates_differ" if facts[0].kind == "date" else "estimates_differ", parts=clauses(parts))


def _explain_conflict(
    facts: Sequence[Fact], labels: Mapping[str, str], authorities: Mapping[str, str] | None, parts: list[str]
) -> str:
    """Which figures conflict: one outlet's own two, two authorities' or two outlets'."""
    own = _self_contradiction(facts)
    if own is not None:
        a, b = own
        return _explained(
            "self_contradiction",
            parts=clauses(parts),
            outlet=labels[a.doc],
            a=value_phrase(a),
            b=value_phrase(b),
        )
    cited = _authority_pair(facts, authorities)
    if cited is not None and authorities is not None:
        a, b = cited
        return _explained(
            "authorities",
            parts=clauses(parts),
            a=value_phrase(a),
            authority_a=authorities[a.id],
            outlet_a=labels[a.doc],
            b=value_phrase(b),
            authority_b=authorities[b.id],
            outlet_b=labels[b.doc],
        )
    a, b = _conflicting_pair(facts)
    return _explained(
        "conflict",
        parts=clauses(parts),
        a=value_phrase(a),
        outlet_a=labels[a.doc],
        b=value_phrase(b),
        outlet_b=labels[b.doc],
    )


def _explain_update(facts: Sequence[Fact], labels: Mapping[str, str], standing: Mapping[str, str]) -> str:
    """ "The figure rose from 381 on 3 August (DW) to 398 on 4 August (The Guardian) ..." """
    # One step per report day: the day's highest figure (its reports overlap)
    # and every outlet that reported that day, so that the sentence only rises.
    by_day: dict[dt.date | None, list[Fact]] = {}
    for f in reporting_order(facts):
        by_day.setdefault(f.as_of, []).append(f)
    steps: list[str] = []
    every_day: list[str] = []  # a step for each day, a day that repeats the figure before it too
    last_phrase: str | None = None
    tops: list[Fact] = []
    for day, reports in by_day.items():
        top, phrase, step = _update_step(day, reports, labels)
        tops.append(top)
        every_day.append(step)
        if phrase != last_phrase:
            steps.append(step)
        last_phrase = phrase
    # Outlets that differ on one day (``_rose_over_days``): say how the lower figures are read.
    within = any(not _all_overlap(reports) for reports in by_day.values())
    if within and len(every_day) > 1 and not _rose_after(tops[0], tops[-1]):
        # Later days kept the highest figure of a day whose outlets differed (``_never_fell``).
        return _explained("update_held", first=every_day[0], rest="; ".join(every_day[1:]))
    if len(steps) == 1:
        return _explained("update_same", step=f"{steps[0][0].upper()}{steps[0][1:]}")
    middle = "".join(_explained("then", step=s) for s in steps[1:-1])
    if _revised(facts) and not _grows(facts):
        return _explained("update_revised", first=steps[0], middle=middle, last=steps[-1])
    if _superseded(facts, standing) and not _grows(facts):
        if not _rose_by_day(facts):
            # A later day fell, told as where the count stood (``_told_as_standing``): say which words.
            first = min(f.as_of for f in facts if f.as_of is not None)
            later = [f for f in facts if f.as_of != first]
            known = standing_words()
            words = sorted(
                {w for f in later for w in (f.about.predicate, *f.about.terms) if w in known}
                | {standing[f.id] for f in later if f.id in standing}
            )
            told = _join([f'"{w}"' for w in words])
            return _explained("update_standing", first=steps[0], middle=middle, last=steps[-1], words=told)
        return _explained("update_superseded", first=steps[0], middle=middle, last=steps[-1])
    if _elapsed(facts):
        return _explained("update_elapsed", first=steps[0], middle=middle, last=steps[-1])
    return _explained(
        "update",
        first=steps[0],
        middle=middle,
        last=steps[-1],
        within=_explained("update_within") if within else "",
    )


def _update_step(
    day: dt.date | None, reports: Sequence[Fact], labels: Mapping[str, str]
) -> tuple[Fact, str, str]:
    """One report day's step of an update: its highest figure, that figure's phrase, and the step
    ("398 on 4 August (The Guardian; DW says 381)"); the phrase alone for reports of no day."""
    top = max(reports, key=lambda f: (bounds(f.value) or (float("-inf"), 0.0))[0])
    phrase = value_phrase(top)
    # The outlets that state the day's figure, then what the day's other outlets state.
    said: dict[str, list[str]] = {}
    for f in reports:
        outlets = said.setdefault(value_phrase(f), [])
        if labels[f.doc] not in outlets:
            outlets.append(labels[f.doc])
    stating = said.pop(phrase)
    others_say: list[str] = []
    named = set(stating)
    for other, outlets in said.items():
        rest = [o for o in outlets if o not in named]
        named.update(rest)
        if rest:
            others_say.append(
                _explained("says", outlets=_join(rest), say=agree("say", len(rest)), value=other)
            )
    who = clauses([_join(stating), *others_say])
    step = _explained("update_step", value=phrase, day=day_month(day), who=who) if day else phrase
    return top, phrase, step


def _grows(facts: Sequence[Fact]) -> bool:
    """Whether the facts are a count that only grows, reported rising over the days (``_is_update``,
    ``_rose_over_days``): an update in its own right, whatever words its sentences use."""
    return _is_update(facts) or _rose_over_days(facts)


def _explain_told(facts: Sequence[Fact], labels: Mapping[str, str], earlier: Fact, later: Fact) -> str:
    """ "The Daily told $1.9 billion revised to $2.04 billion: $1.9 billion (A, B) is the earlier figure,
    $2.04 billion (C, D) the later one." """
    said: dict[bool, list[str]] = {False: [], True: []}
    for f in reporting_order(facts):
        if f.doc == later.doc and f.sentence.start == later.sentence.start:
            continue  # the telling sentence itself
        outlets = said[not overlaps(f.value, earlier.value)]
        if labels[f.doc] not in outlets:
            outlets.append(labels[f.doc])
    return _explained(
        "update_told",
        outlet=labels[later.doc],
        a=value_phrase(earlier),
        b=value_phrase(later),
        earlier=_explained("told_outlets", outlets=_join(said[False])) if said[False] else "",
        later=_explained("told_outlets", outlets=_join(said[True])) if said[True] else "",
    )


def _rose_after(first: Fact, last: Fact) -> bool:
    """Whether the last day's figure is above the first day's, as written when both are written."""
    a, b = first.value, last.value
    if isinstance(a, Quantity) and isinstance(b, Quantity) and a.stated is not None and b.stated is not None:
        return b.stated > a.stated
    low_a, low_b = bounds(a), bounds(b)
    return low_a is None or low_b is None or low_b[0] > low_a[0]


def _self_contradiction(facts: Sequence[Fact]) -> tuple[Fact, Fact] | None:
    """Two values of one outlet that cannot both hold, in the order it states them."""
    for a, b in combinations(sorted(facts, key=lambda f: (f.doc, f.start)), 2):
        if a.doc == b.doc and _disjoint(a, b):
            return a, b
    return None


def _conflicting_pair(facts: Sequence[Fact]) -> tuple[Fact, Fact]:
    for a, b in combinations(facts, 2):
        if a.doc != b.doc and _disjoint(a, b):
            return a, b
    return facts[0], facts[-1]


def _display_name(name: str, facts: Sequence[Fact], docs: dict[str, Document]) -> str:
    """A folded name as the article spells it ("nato-russia council" → "NATO-Russia Council")."""
    pattern = re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.IGNORECASE)
    for f in facts:
        doc = docs.get(f.doc)
        if doc is None:
            continue
        m = pattern.search(doc.text, f.sentence.start, f.sentence.end)
        if m:
            return re.sub(r"\s+", " ", m.group())
    return name.title()


def about_label(group: Group, docs: dict[str, Document]) -> str:
    """A short label: the event or counted thing, the names and places the facts share."""
    facts = group.facts
    first = facts[0]
    events = Counter(f.about.event for f in facts if f.about.event)
    modality = Counter(f.about.modality for f in facts if f.about.modality)
    names = Counter(n for f in facts for n in f.about.participants)
    places = Counter(n for f in facts for n in f.about.places)
    shared_names = {
        c.split(": ", 1)[1] if ": " in c else c.split(":", 1)[1] for c in group.cues if c.startswith("P:")
    }
    minimum = 2 if len({f.doc for f in facts}) > 1 else 1

    def top(counter: Counter[str], k: int) -> list[str]:
        picked = [n for n, c in counter.most_common() if c >= minimum or n in shared_names]
        return [_display_name(n, facts, docs) for n in sorted(picked[:k], key=lambda n: -counter[n])]

    who = top(names, 3)
    where = top(places, 2)
    if first.kind == "count":
        head = first.value.unit if not isinstance(first.value, DateValue) else "count"
        predicate = Counter(f.about.predicate for f in facts if f.about.predicate).most_common(1)
        label = (
            _labelled("counted", noun=plural(head), participle=participle(predicate[0][0]))
            if predicate
            else plural(head)
        )
    elif events:
        event = events.most_common(1)[0][0]
        if modality and event == "call":
            event = _labelled("call", modality=modality.most_common(1)[0][0])
        label = event
    else:
        label = kind_info(first.kind).noun
    if first.kind == "duration" and events:
        label = _labelled("length", label=label)
    elif first.kind == "date" and events:
        label = _labelled("date", label=label)
    if who:
        label = _labelled("names", label=label, names=series(who))
    if where:
        label = _labelled("places", label=label, places=series(where))
    return label
