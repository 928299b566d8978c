"""Story-level anchoring: the day an undated article's weekday or day of a month names.

An article with no publication date cannot place "Tuesday" or "August 4" on
the calendar (``compare.extract.resolve`` leaves them unresolved), yet a
reader of the whole story does: the other outlets date the same event to
Tuesday 19 July, so the undated outlet's "Tuesday" of that event is that day.
This module makes that inference for alignment only: the fact's own value
stays unresolved (the JSON never shows an inferred calendar value), and the
judge says the day was inferred from the other outlets' dates.

"The same event" is read as a reader reads it, by class and by what the
articles tell: the class of the date's own event (the trigger of its clause,
else its article's main event, ``compare.events``) or of its article's main
event must be one of the dated date's (an article with no event word is of
any class), and the two articles must tell of one occasion: one group of
articles (``compare.events.group_documents``), or words and names alike
enough (``_NEAR``).  Only main events count (a background "last Tuesday's
quake" dates another occasion).
The day is the one the weekday or day of a month names among those dated
dates; when several days qualify, the one most articles give, and nothing
when two days tie.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from compare.events import FactEvent, document_terms, document_vectors
from compare.extract.date_words import date_words
from compare.extract.times import month_and_day
from compare.lang import lexicon
from compare.model import DateValue, Document, Fact

# Cosine of two articles' words and names from which they tell of one occasion
# (dev gold, docs/alignment.md "Fifteenth session: dates"): the undated "Saturday"
# of one pirate attack must not take the Saturday of another years later.
_NEAR = 0.15

# The class ``compare.events`` gives the events of an article that names none.
_UNKNOWN = "main"

_LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def named_day(text: str) -> tuple[int, ...] | None:
    """What a date as written names of a day: (weekday,) with 0 = Monday ("Friday night",
    "last Tuesday"), (month, day) ("August 4", "4 Aug."), else None ("yesterday", "May")."""
    md = month_and_day(text)
    if md is not None:
        return md
    names = date_words(lexicon()).weekdays
    days = {n for w in _LETTERS.findall(text) if (n := names.get(w.lower())) is not None}
    return (days.pop(),) if len(days) == 1 else None


def _names(day: dt.date, named: tuple[int, ...]) -> bool:
    if len(named) == 1:
        return day.weekday() == named[0]
    return (day.month, day.day) == named


def _unresolved_day(fact: Fact) -> bool:
    v = fact.value
    return isinstance(v, DateValue) and v.start is None and v.time is None


def _one_day_of(fact: Fact) -> dt.date | None:
    v = fact.value
    if isinstance(v, DateValue) and v.start is not None and v.start == v.end:
        return v.start
    return None


def _main_classes(facts: Sequence[Fact], events: Mapping[str, FactEvent]) -> dict[str, str]:
    """Per article, the class of most of its main-event facts (ties: the first in name order)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for f in facts:
        e = events.get(f.id)
        if e is not None and e.main:
            counts[f.doc][e.cls] += 1
    return {doc: min(c, key=lambda k: (-c[k], k)) for doc, c in counts.items()}


def _near_documents(facts: Sequence[Fact]) -> Callable[[str, str], bool]:
    """Whether two articles tell of one occasion: the cosine of their words and names
    (``compare.events.document_vectors``) reaches ``_NEAR``."""
    vectors: dict[str, dict[str, float]] = {}

    def near(a: str, b: str) -> bool:
        if not vectors:
            for doc, vec in document_vectors(document_terms(facts)).items():
                norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
                vectors[doc] = {t: w / norm for t, w in vec.items()}
        va, vb = vectors.get(a, {}), vectors.get(b, {})
        if len(vb) < len(va):
            va, vb = vb, va
        return sum(w * vb.get(t, 0.0) for t, w in va.items()) >= _NEAR

    return functools.lru_cache(maxsize=None)(near)


class Inferred(NamedTuple):
    """The day inferred for an undated date, and the dated facts that give it."""

    day: dt.date
    sources: tuple[str, ...]


def story_days(
    facts: Sequence[Fact],
    documents: Sequence[Document],
    events: Mapping[str, FactEvent],
) -> dict[str, Inferred]:
    """Per undated article's weekday or day of a month (fact id), the day the other outlets give its event."""
    published = {d.id: d.published for d in documents}
    main_class = _main_classes(facts, events)
    # The one-day dates of dated articles' main events, by class.
    dated: dict[str, list[tuple[str, dt.date, str]]] = defaultdict(list)
    for f in facts:
        e = events.get(f.id)
        day = _one_day_of(f)
        if published.get(f.doc) is None or e is None or not e.main or day is None:
            continue
        for cls in {e.cls, main_class.get(f.doc, e.cls)}:
            dated[cls].append((f.doc, day, f.id))
    group = {f.doc: e.group for f in facts if (e := events.get(f.id)) is not None}
    near = _near_documents(facts)
    out: dict[str, Inferred] = {}
    for f in facts:
        e = events.get(f.id)
        if published.get(f.doc) is not None or e is None or not e.main or not _unresolved_day(f):
            continue
        named = named_day(f.text)
        if named is None:
            continue
        docs_of_day: dict[dt.date, set[str]] = defaultdict(set)
        facts_of_day: dict[dt.date, list[str]] = defaultdict(list)
        classes = {e.cls, main_class.get(f.doc, e.cls)}
        # An article with no event word at all ("main") is of any class.
        for cls in dated if _UNKNOWN in classes else classes | {_UNKNOWN}:
            for doc, day, source in dated.get(cls, ()):
                if _names(day, named) and (e.group == group[doc] or near(f.doc, doc)):
                    docs_of_day[day].add(doc)
                    facts_of_day[day].append(source)
        if not docs_of_day:
            continue
        ranked = sorted(docs_of_day.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if len(ranked) == 1 or len(ranked[0][1]) > len(ranked[1][1]):
            day = ranked[0][0]
            out[f.id] = Inferred(day, tuple(sorted(set(facts_of_day[day]))))
    return out
