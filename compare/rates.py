"""Exchange rates a story states itself, so that sums in different currencies can be compared.

An article that writes "a fine of €4.34 billion ($5.04 billion)" states the
rate its outlet converted at; another outlet that reports "$5.1 billion" and a
third that reports "4.34 billion euro" state one sum.  No rate is looked up
online (the tool runs offline and a rate depends on the day): the conversions
the story's own articles write next to a sum come first, and a small table of
yearly average rates shipped with the tool stands in for the others.

- A **statement** is two sums of money in different currencies, the second in
  brackets right after the first ("€4.34 billion ($5.04 billion)",
  "2m euros (£1.7m; $2.6m)").  Its rate is the ratio of the two stated figures.
- Rates far from the other statements of the same pair of currencies (a sum
  misread by a factor of a thousand, "4.34 euro (~$5 billion)") are dropped.
- Each story converts into one **pivot** currency per set of currencies its
  statements link, the one with the most sums.  A sum is converted with the
  rates stated in articles published within ``RATE_DAYS`` of its own article
  (the rate of 2018 is not the rate of 2022), as an interval from the lowest
  to the highest such rate, widened by ``MARGIN`` for the outlets' rounding.

- Sums in currencies no statement links are converted into the story's main
  currency at the **yearly average rate** of their article's year
  (``compare/data/yearly_rates.json``, its source named there), widened by
  ``YEARLY_BAND`` either way: good enough to see one sum in two currencies,
  far too coarse to see two.

Alignment compares a converted sum with the pivot's sums on that interval;
a conversion alone never makes a conflict (``compare.judge`` compares values
of one currency only).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import statistics
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from compare.intervals import overlaps
from compare.model import Document, Fact, Quantity

# Articles further apart than this in publication state rates of another time.
RATE_DAYS = 30
# Widening of a converted interval beyond the stated rates: outlets round the
# converted figure ("$5 billion") and convert at the day's rate of their own
# source.  Chosen on the development gold (docs/alignment.md).
MARGIN = 0.05
# A rate further than this factor from the median of its pair's statements is a
# misread figure, not a rate.
_OUTLIER = 1.5
# No two currencies in use differ by more than this factor (the widest, such as
# the US dollar and the Iranian rial, by about 10**4.6): a stated "rate" beyond
# it is a figure misread by its scale.
_MAX_RATE = 1e5

# Widening, either way, of a yearly average rate (compare/data/yearly_rates.json) for sums whose
# currencies no article of the story links: a currency moves by up to a tenth within a year (the
# pound in 2016, the yen in 2022) and outlets round the sums they convert.  Loose on purpose: such a
# rate only lets sums join (agree, compatible), never makes a conflict.
YEARLY_BAND = 0.15

# The text between a sum and its conversion: an opening bracket ("(", "[",
# "(~"), or a separator inside a bracket already open ("(£1.7m; $2.6m)").
_OPEN = re.compile(r"\s*[(\[]\s*~?\s*")
_NEXT = re.compile(r"\s*[;,/]\s*~?\s*")


@dataclass(frozen=True)
class Rate:
    """How a currency converts into the story's pivot for one article: 1 ``source`` = low..high ``pivot``."""

    source: str
    pivot: str
    low: float
    high: float
    # The articles whose statements give the rate.
    docs: tuple[str, ...]
    # For a rate no article states, the year whose average rate it is (``yearly_conversions``):
    # low..high is that average widened by ``YEARLY_BAND``.
    year: int | None = None


@dataclass(frozen=True)
class Converted:
    """A sum compared in the pivot currency: its block, its widened interval, the rate used."""

    block: str
    bounds: tuple[float, float]
    rate: Rate


@dataclass(frozen=True)
class _Statement:
    doc: str
    source: str
    target: str
    rate: float


def _currency(f: Fact) -> str | None:
    v = f.value
    if f.kind != "money" or not isinstance(v, Quantity) or not v.unit:
        return None
    return v.unit


def bracketed(
    facts: Sequence[Fact], documents: Sequence[Document], keep: Callable[[Fact], bool]
) -> Iterator[tuple[Fact, Fact]]:
    """Each figure ``keep`` accepts with a figure in brackets right after it in its sentence, as
    (figure, bracketed figure): "€4.34 billion ($5.04 billion)", "2m euros (£1.7m; $2.6m)" (both
    bracketed figures pair with the first), "about 74 km (46 miles)".  Only consecutive figures of
    those ``keep`` accepts are read."""
    text = {d.id: d.text for d in documents}
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        if keep(f):
            by_doc[f.doc].append(f)
    for doc in sorted(by_doc):
        body = text.get(doc, "")
        ordered = sorted(by_doc[doc], key=lambda f: (f.start, f.end))
        opened: Fact | None = None  # the figure whose bracket the previous one sits in
        for a, b in zip(ordered, ordered[1:], strict=False):
            between = body[a.end : b.start]
            if a.sentence != b.sentence:
                opened = None
                continue
            if _OPEN.fullmatch(between):
                first = a
            elif opened is not None and _NEXT.fullmatch(between):
                first = opened
            else:
                opened = None
                continue
            opened = first
            yield first, b


def unnamed_conversions(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str]:
    """The sums in brackets that convert the sum before them into a currency the text does not name,
    by fact id, with the id of the sum they convert.

    "US$10 million ($15m)" (NZ Herald): the bracket gives the sum in the outlet's own dollar, which
    its bare sign does not name, so extraction reads both as US dollars.  Two sums of one currency
    whose values differ cannot be one sum restated in brackets; read as US dollars, "$15m" contradicted
    the award it converts and agreed with another award of US$15 million (depp-heard-verdict-2022).
    Such a bracket is compared as the sum it converts, never by its own value (``compare.judge``).
    """
    out: dict[str, str] = {}
    for first, b in bracketed(facts, documents, lambda f: _currency(f) is not None):
        if _currency(first) == _currency(b) and not overlaps(first.value, b.value):
            out[b.id] = first.id
    return out


def statements(facts: Sequence[Fact], documents: Sequence[Document]) -> list[_Statement]:
    """Every bracketed conversion in the story's articles (both directions of one pair count once)."""
    out: list[_Statement] = []
    for first, b in bracketed(facts, documents, lambda f: _currency(f) is not None):
        ca, cb = _currency(first), _currency(b)
        sa, sb = first.value.stated, b.value.stated  # type: ignore[union-attr]
        if ca == cb or ca is None or cb is None or not sa or not sb or sa <= 0 or sb <= 0:
            continue
        rate = sb / sa
        if 1 / _MAX_RATE <= rate <= _MAX_RATE:
            out.append(_Statement(first.doc, ca, cb, rate))
    return _without_outliers(out)


def _without_outliers(found: list[_Statement]) -> list[_Statement]:
    """Statements whose rate lies within ``_OUTLIER`` of the median of their pair of currencies."""
    by_pair: dict[tuple[str, str], list[float]] = defaultdict(list)
    for s in found:
        key, r = _oriented(s)
        by_pair[key].append(math.log(r))
    median = {k: statistics.median(v) for k, v in by_pair.items()}
    keep = []
    for s in found:
        key, r = _oriented(s)
        if abs(math.log(r) - median[key]) <= math.log(_OUTLIER):
            keep.append(s)
    return keep


def _oriented(s: _Statement) -> tuple[tuple[str, str], float]:
    """The statement's pair of currencies in alphabetical order, and its rate in that direction."""
    if s.source < s.target:
        return (s.source, s.target), s.rate
    return (s.target, s.source), 1 / s.rate


def conversions(
    facts: Sequence[Fact],
    documents: Sequence[Document],
    line: Callable[[Fact], tuple[float, float] | None],
    block: Callable[[str], str],
) -> dict[str, Converted]:
    """The sums of other currencies than their pivot that the story's stated rates convert, by fact id.

    ``line`` gives a sum's interval as alignment compares it, ``block`` the
    block name of a currency.
    """
    found = statements(facts, documents)
    sums = Counter(c for f in facts if (c := _currency(f)) is not None)
    pivot_of = _pivots(found, sums)
    published = {d.id: d.published for d in documents}
    out: dict[str, Converted] = {}
    rates_of: dict[str, dict[str, Rate]] = {}
    for f in facts:
        currency = _currency(f)
        if currency is None or currency not in pivot_of or pivot_of[currency] == currency:
            continue
        if f.doc not in rates_of:
            day = published.get(f.doc)
            near = [
                s for s in found
                if day is None
                or (other := published.get(s.doc)) is None
                or abs((other - day).days) <= RATE_DAYS
            ]
            rates_of[f.doc] = _rates_to_pivots(near, pivot_of)
        rate = rates_of[f.doc].get(currency)
        b = line(f)
        if rate is None or b is None:
            continue
        ends = [x * r for x in b for r in (rate.low, rate.high)]
        lo, hi = min(ends), max(ends)
        out[f.id] = Converted(block(rate.pivot), (lo - abs(lo) * MARGIN, hi + abs(hi) * MARGIN), rate)
    return out | yearly_conversions(facts, published, pivot_of, sums, line, block)


def yearly_conversions(
    facts: Sequence[Fact],
    published: Mapping[str, dt.date | None],
    pivot_of: Mapping[str, str],
    sums: Counter[str],
    line: Callable[[Fact], tuple[float, float] | None],
    block: Callable[[str], str],
) -> dict[str, Converted]:
    """The sums in currencies no stated rate links to the story's main currency, converted into it at
    the yearly average rate of their article's year (compare/data/yearly_rates.json), by fact id.

    A reader takes "a fine of €4.34 billion" and "$5.1 billion" for one sum when the amounts match
    the rate of the time within a loose band; when no article states that rate, the year's average,
    widened by ``YEARLY_BAND`` either way, stands in for it.  The main currency is the one of the
    table with the most sums (the pivot of its stated rates, if they link it to another pivot);
    currencies a stated rate links keep that rate; an article with no date, or of a year outside the
    table, converts nothing.
    """
    table = yearly_rates()
    known = [c for c in sums if c in table.per_usd]
    if len(known) < 2:
        return {}
    main = min(known, key=lambda c: (-sums[c], c))
    main = pivot_of.get(main, main)
    if main not in table.per_usd:
        return {}
    out: dict[str, Converted] = {}
    for f in facts:
        currency = _currency(f)
        if currency is None or currency == main or currency in pivot_of or currency not in table.per_usd:
            continue
        day = published.get(f.doc)
        rate = table.rate(currency, main, day.year) if day is not None else None
        b = line(f)
        if rate is None or b is None or day is None:
            continue
        low, high = rate * (1 - YEARLY_BAND), rate * (1 + YEARLY_BAND)
        ends = [x * r for x in b for r in (low, high)]
        yearly = Rate(currency, main, low, high, (), day.year)
        out[f.id] = Converted(block(main), (min(ends), max(ends)), yearly)
    return out


@dataclass(frozen=True)
class YearlyRates:
    """compare/data/yearly_rates.json: units of each currency per US dollar, by year."""

    years: tuple[int, ...]
    per_usd: Mapping[str, tuple[float, ...]]

    def rate(self, source: str, target: str, year: int) -> float | None:
        """How many ``target`` one ``source`` was worth on average in ``year`` (None outside the table)."""
        if year not in self.years or source not in self.per_usd or target not in self.per_usd:
            return None
        n = self.years.index(year)
        return self.per_usd[target][n] / self.per_usd[source][n]


@functools.cache
def yearly_rates() -> YearlyRates:
    """The yearly average rates, read once."""
    path = resources.files("compare").joinpath("data", "yearly_rates.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    years = tuple(int(y) for y in data["years"])
    per_usd = {str(c): tuple(float(x) for x in v) for c, v in data["per_usd"].items()}
    if any(len(v) != len(years) or min(v) <= 0 for v in per_usd.values()):
        raise ValueError("compare/data/yearly_rates.json: one positive rate per year and currency expected")
    return YearlyRates(years, per_usd)


def _pivots(found: list[_Statement], sums: Counter[str]) -> dict[str, str]:
    """For every currency of a statement, the pivot of its linked set: the one with most sums."""
    links: dict[str, set[str]] = defaultdict(set)
    for s in found:
        links[s.source].add(s.target)
        links[s.target].add(s.source)
    pivot_of: dict[str, str] = {}
    for start in sorted(links):
        if start in pivot_of:
            continue
        component = _reachable(start, links)
        pivot = min(component, key=lambda c: (-sums[c], c))
        for c in component:
            pivot_of[c] = pivot
    return pivot_of


def _reachable(start: str, links: dict[str, set[str]]) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for n in links[todo.pop()]:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


def _rates_to_pivots(near: list[_Statement], pivot_of: dict[str, str]) -> dict[str, Rate]:
    """Each currency's rate into its pivot through the fewest statements' pairs (rates multiplied)."""
    direct: dict[tuple[str, str], tuple[float, float, frozenset[str]]] = {}
    for s in near:
        for a, b, r in ((s.source, s.target, s.rate), (s.target, s.source, 1 / s.rate)):
            lo, hi, docs = direct.get((a, b), (math.inf, -math.inf, frozenset()))
            direct[(a, b)] = (min(lo, r), max(hi, r), docs | {s.doc})
    links: dict[str, list[str]] = defaultdict(list)
    for a, b in sorted(direct):
        links[a].append(b)
    out: dict[str, Rate] = {}
    for pivot in sorted(set(pivot_of.values())):
        # Breadth first from the pivot: each currency reached carries its interval into the pivot.
        reached: dict[str, tuple[float, float, frozenset[str]]] = {pivot: (1.0, 1.0, frozenset())}
        queue = deque([pivot])
        while queue:
            c = queue.popleft()
            lo, hi, seen = reached[c]
            for n in links[c]:
                if n in reached:
                    continue
                # 1 n = (rate n→c) c = (rate n→c)·(rate c→pivot) pivot
                nlo, nhi, ndocs = direct[(n, c)]
                reached[n] = (nlo * lo, nhi * hi, seen | ndocs)
                queue.append(n)
        for c, (lo, hi, sources) in reached.items():
            if c != pivot:
                out[c] = Rate(c, pivot, lo, hi, tuple(sorted(sources)))
    return out
