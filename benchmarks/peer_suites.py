"""Loaders and scorers for other people's extraction test suites.

Each suite's ``SOURCE.md`` (under ``tests/data/`` for the MIT-licensed copies,
under ``../shared/peer-data/`` for the rest) describes its format and how its
authors score it; the functions here follow those recipes.  The extractor under
test is any callable ``(text, published) -> facts`` so the same scorers measure
``compare.extract``, a baseline library, or a hand-made oracle in the tests.

Our facts and the suites normalise differently, so a few adapters sit between
them: ``written_value`` turns a fact back into the number as written (the
suites keep "2 hours" as 2, we keep seconds), ``timex_value`` turns a date into
a TIMEX3 value string, and ``unit_key`` maps everyone's unit names onto one
vocabulary.  They are deliberately forgiving about spelling and strict about
numbers.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from compare import model
from compare.model import DateValue, Fact, Quantity

Extractor = Callable[[str, "dt.date | None"], Sequence[Fact]]
Number = float | tuple[float, float]
DatePair = tuple[dt.date, dt.date]
OpenRange = tuple[float | None, float | None]

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = REPO / "tests" / "data"
NUMERIC_KINDS = frozenset(model.NUMERIC_KINDS)  # every kind but dates, multiples included


def peer_data_dir() -> Path:
    """Where the suites we may only read (not copy) live: ``../shared/peer-data``."""
    override = os.environ.get("DIVERGENCE_PEER_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "shared" / "peer-data"


# --------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Failure:
    """One case the extractor got wrong, shown to whoever improves it."""

    category: str
    text: str
    expected: str
    got: str


@dataclass(frozen=True)
class Metric:
    name: str
    score: float  # a percentage
    detail: str = ""


@dataclass(frozen=True)
class SuiteResult:
    suite: str
    cases: int
    metrics: tuple[Metric, ...]
    failures: tuple[Failure, ...] = ()


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 as percentages (0 when undefined)."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def f1_metric(name: str, tp: int, predicted: int, gold: int) -> Metric:
    p, r, f = prf(tp, predicted, gold)
    return Metric(name, f, f"P {p:.1f} R {r:.1f} (tp {tp}, pred {predicted}, gold {gold})")


def ratio_metric(name: str, hits: int, total: int, of: str) -> Metric:
    return Metric(name, 100 * hits / total if total else 0.0, f"{hits}/{total} {of}")


# --------------------------------------------------------------------------
# Adapters from our facts to the suites' conventions

_DAY = 86_400.0
# Seconds per unit; months and years have several conventions in use, and we
# accept whichever makes the number come out round.
SECONDS: dict[str, tuple[float, ...]] = {
    "second": (1.0,),
    "minute": (60.0,),
    "hour": (3_600.0,),
    "day": (_DAY,),
    "week": (7 * _DAY,),
    "fortnight": (14 * _DAY,),
    "month": (30 * _DAY, 30.436875 * _DAY, 365 / 12 * _DAY, 31 * _DAY),
    "year": (365 * _DAY, 365.2425 * _DAY, 365.25 * _DAY),
    "decade": (3_650 * _DAY, 3_652.425 * _DAY, 3_652.5 * _DAY),
    "century": (36_500 * _DAY, 36_524.25 * _DAY, 36_525 * _DAY),
}
_TIME_WORDS = {
    "s": "second",
    "sec": "second",
    "secs": "second",
    "second": "second",
    "min": "minute",
    "mins": "minute",
    "minute": "minute",
    "h": "hour",
    "hr": "hour",
    "hrs": "hour",
    "hour": "hour",
    "d": "day",
    "day": "day",
    "week": "week",
    "wk": "week",
    "fortnight": "fortnight",
    "month": "month",
    "mo": "month",
    "year": "year",
    "yr": "year",
    "y": "year",
    "decade": "decade",
    "century": "century",
    "centurie": "century",
}
_TIME_WORD = re.compile(
    r"(?<![a-z])(" + "|".join(sorted(_TIME_WORDS, key=len, reverse=True)) + r")s?(?![a-z])",
    re.IGNORECASE,
)


def duration_unit(text: str) -> str | None:
    """The time unit a duration was written in ("two-hour" -> "hour")."""
    found = _TIME_WORD.findall(text)
    return _TIME_WORDS[found[-1].lower()] if found else None


def _seconds_per(seconds: float | None, unit: str) -> float:
    """Seconds per ``unit``, choosing the convention that makes ``seconds`` round."""
    if not seconds:
        return SECONDS[unit][0]

    def roughness(per: float) -> float:
        v = seconds / per  # round to a quarter of the unit: "one and a quarter years" is 1.25 years
        return abs(4 * v - round(4 * v))

    return min(SECONDS[unit], key=roughness)


# CQE annotates a vague plural by its order of magnitude ("dozens" 12-120,
# "hundreds" 100-1,000); our intervals are narrower (docs/accuracy.md).  A
# vague figure is scored in the suite's convention, as durations are scored in
# the unit written: the phrase found is the same, only the convention differs.
_CQE_VAGUE = (
    ("hundreds of millions", (1e8, 1e9)),
    ("tens of millions", (1e7, 1e8)),
    ("hundreds of thousands", (1e5, 1e6)),
    ("tens of thousands", (1e4, 1e5)),
    ("dozens", (12.0, 120.0)),
    ("scores", (20.0, 200.0)),
    ("hundreds", (100.0, 1000.0)),
    ("thousands", (1000.0, 10000.0)),
    ("millions", (1e6, 1e7)),
    ("billions", (1e9, 1e10)),
)


def _cqe_vague(text: str) -> tuple[float, float] | None:
    lowered = text.lower()
    for phrase, interval in _CQE_VAGUE:
        if phrase in lowered:
            return interval
    return None


def written_value(fact: Fact) -> Number | None:
    """The number as written, multipliers applied; a (low, high) pair for ranges.

    Durations are stored in seconds; the suites keep the written unit, so we
    divide by the unit named in the fact's own text.
    """
    q = fact.value
    if not isinstance(q, Quantity):
        return None
    if fact.role == "share" and q.stated is not None:
        return q.stated / 100  # CQE writes "half", "a third" as fractions
    if q.qualifier == "range" and q.stated is None:
        convention = _cqe_vague(fact.text)
        if convention is not None:
            return convention
    per = 1.0
    if fact.kind == "duration":
        unit = duration_unit(fact.text)
        if unit is not None:
            probe = next((x for x in (q.stated, q.low, q.high) if x), None)
            per = _seconds_per(probe, unit)
    if q.stated is not None and q.qualifier != "range":
        return q.stated / per
    if q.low is not None and q.high is not None:
        return (q.low / per, q.high / per)
    bound = q.low if q.low is not None else q.high
    return None if bound is None else bound / per


def close(a: float, b: float) -> bool:
    """CQE's numpy.isclose(a, b, rtol=1e-5, atol=1e-8), without numpy."""
    return abs(a - b) <= 1e-8 + 1e-5 * abs(b)


def same_number(gold: Number, ours: Number | None) -> bool:
    if ours is None:
        return False
    if isinstance(gold, tuple) and isinstance(ours, tuple):
        return close(ours[0], gold[0]) and close(ours[1], gold[1])
    if isinstance(gold, tuple) or isinstance(ours, tuple):
        return False
    return close(ours, gold)


def _fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


def describe_number(value: Number | None) -> str:
    if value is None:
        return "none"
    if isinstance(value, tuple):
        return f"{_fmt_num(value[0])}-{_fmt_num(value[1])}"
    return _fmt_num(value)


def describe(fact: Fact) -> str:
    """A compact view of what we produced, for failure listings."""
    v = fact.value
    if isinstance(v, Quantity):
        bounds = (
            f"[{describe_number(v.low) if v.low is not None else ''},"
            f"{describe_number(v.high) if v.high is not None else ''}]"
        )
        stated = describe_number(v.stated) if v.stated is not None else "-"
        return f"{fact.kind} {fact.text!r} stated={stated} {bounds} {v.unit} {v.qualifier}"
    return f"date {fact.text!r} {v.start}..{v.end} {v.granularity} {v.anchor} -> {timex_value(fact)}"


# Everyone's unit names mapped onto one key.  Money keys are ISO codes.
_UNIT_NAMES: dict[str, str] = {
    "USD": "usd, dollar, $, us$, united states dollar, us dollar, u.s. dollar",
    "EUR": "eur, euro, €",
    "GBP": "gbp, pound sterling, british pound, £, sterling",
    "JPY": "jpy, yen, japanese yen, ¥",
    "CNY": "cny, yuan, chinese yuan, rmb, renminbi",
    "CAD": "cad, canadian dollar, c$, ca$",
    "AUD": "aud, australian dollar, a$",
    "HKD": "hkd, hong kong dollar",
    "NZD": "nzd, new zealand dollar",
    "CHF": "chf, swiss franc",
    "INR": "inr, indian rupee",
    "MYR": "myr, malaysian ringgit, ringgit",
    "ILS": "ils, shekel, israeli shekel, new israeli shekel",
    "TRY": "try, turkish lira, lira",
    "MXN": "mxn, mexican peso",
    "%": "%, percent, percentage, per cent, pct",
    "percentage point": "percentage point, pp",
    "m": "m, metre, meter",
    "km": "km, kilometre, kilometer",
    "cm": "cm, centimetre, centimeter",
    "mm": "mm, millimetre, millimeter",
    "mi": "mi, mile",
    "ft": "ft, foot, feet",
    "in": "in, inch, inches",
    "yd": "yd, yard",
    "kg": "kg, kilogram, kilo",
    "g": "g, gram, gramme",
    "lb": "lb, lbs, pound-mass",
    "t": "t, tonne, metric ton",
    "mph": "mph, mile per hour, miles per hour, miles an hour",
    "km/h": "km/h, kph, kmh, kilometre per hour, kilometer per hour",
    "km2": "km2, km², sq km, square kilometre, square kilometer",
    "m2": "m2, m², sq m, square metre, square meter",
    "l": "l, litre, liter",
    "ml": "ml, millilitre, milliliter",
    "gal": "gal, gallon",
    "°C": "°c, c, celsius, degree celsius",
    "°F": "°f, f, fahrenheit, degree fahrenheit",
    "person": "person, people, persons",
}
_UNIT_ALIASES = {name.strip(): key for key, names in _UNIT_NAMES.items() for name in names.split(",")}


def unit_key(name: str, money: bool = False) -> str:
    """One spelling per unit, so "Meter", "metre" and "m" compare equal."""
    n = " ".join(name.lower().replace("_", " ").split())
    if money and n in ("pound", "pounds"):
        return "GBP"
    if n in _UNIT_ALIASES:
        return _UNIT_ALIASES[n]
    if n in _TIME_WORDS:
        return _TIME_WORDS[n]
    if n.endswith("s") and n[:-1] in _TIME_WORDS:
        return _TIME_WORDS[n[:-1]]
    if n.endswith("s") and n[:-1] in _UNIT_ALIASES:
        return _UNIT_ALIASES[n[:-1]]
    # Counted nouns: compare lemmas, crudely.
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if n.endswith(suffix) and len(n) > len(suffix) + 2:
            return n[: -len(suffix)] + repl
    return n


def fact_unit(fact: Fact) -> str:
    """Our unit under ``unit_key``; a duration's unit is the one written."""
    q = fact.value
    if not isinstance(q, Quantity):
        return ""
    if fact.kind == "duration":
        return duration_unit(fact.text) or unit_key(q.unit)
    return unit_key(q.unit, money=fact.kind == "money")


@dataclass(frozen=True)
class ReferenceValue(DateValue):
    """A reference time the extractor reads (``compare.extract.times_reference``), valued as TimeML does.

    Never a fact of the tool: "now" dates the figures near it (``as_of``) and
    is not aligned.  The scorer adds it as a timex, since the tool reads it.
    """

    ref: str = "PRESENT_REF"


def with_reference_times(facts: Sequence[Fact], text: str) -> list[Fact]:
    """``facts`` and, as scoring-only date facts, the reference times the extractor reads in ``text``."""
    from compare.extract.times_reference import reference_times
    from compare.words import lowercase

    dates = sorted((f.start, f.end) for f in facts if f.kind == "date")
    refs = [
        Fact(
            f"ref@{r.start}",
            "",
            r.start,
            r.end,
            text[r.start : r.end],
            "date",
            ReferenceValue(None, None, "day", "unresolved", ref=r.kind),
            model.About(),
            model.Span(r.start, r.end),
        )
        for r in reference_times(lowercase(text), 0, len(text), dates)
    ]
    return sorted([*facts, *refs], key=lambda f: (f.start, f.end))


def timex_value(fact: Fact) -> str | None:
    """A TIMEX3-style value for a date or duration fact, as TempEval writes them."""
    v = fact.value
    if isinstance(v, ReferenceValue):
        return v.ref
    if isinstance(v, DateValue):
        if v.start is None or v.anchor == "unresolved":
            return None
        s = v.start
        if v.granularity == "minute" and v.time is not None:
            return f"{s.isoformat()}T{v.time.strftime('%H:%M')}"
        if v.granularity == "day":
            return s.isoformat()
        if v.granularity == "week":
            year, week, _ = s.isocalendar()
            return f"{year}-W{week:02d}"
        if v.granularity == "month":
            months = (v.end.year - s.year) * 12 + v.end.month - s.month + 1 if v.end else 1
            if months == 3 and s.month in (3, 6, 9, 12):  # a season: TimeML's 2012-SU
                return f"{s.year:04d}-{ {3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI'}[s.month] }"
            if months == 3 and s.month in (1, 4, 7, 10):  # a quarter: 2013-Q1
                return f"{s.year:04d}-Q{(s.month + 2) // 3}"
            return f"{s.year:04d}-{s.month:02d}"
        if v.granularity == "year":
            return f"{s.year:04d}"
        if v.granularity == "century":
            return f"{s.year:04d}"[:2]  # "19" for the 20th century
        return f"{s.year:04d}"[:3]  # decade: "199" for the 1990s
    if isinstance(v, Quantity) and fact.kind == "duration":
        amount = written_value(fact)
        unit = duration_unit(fact.text)
        if amount is None or isinstance(amount, tuple) or unit is None:
            return None
        if unit == "decade":
            amount, unit = amount * 10, "year"
        elif unit == "century":
            amount, unit = amount * 100, "year"
        elif unit == "fortnight":
            amount, unit = amount * 2, "week"
        n = _fmt_num(amount)
        letter = {"second": "S", "minute": "M", "hour": "H"}.get(unit)
        if letter:
            return f"PT{n}{letter}"
        return f"P{n}{unit[0].upper()}"
    return None


def timex_type(fact: Fact) -> str:
    if fact.kind == "date":
        return "TIME" if isinstance(fact.value, DateValue) and fact.value.time is not None else "DATE"
    return "DURATION" if fact.kind == "duration" else "NONE"


# --------------------------------------------------------------------------
# Span-level scoring (Recognizers-Text, quantulum3, TempEval-3, MEANTIME)


@dataclass(frozen=True)
class Gold:
    """One expected extraction, with character offsets into its case's text.

    ``scored=False`` marks annotations we do not try to reproduce (clock times,
    open-ended ranges, document creation dates): predictions over them are
    neither right nor wrong.
    """

    start: int
    end: int
    text: str
    number: Number | None = None  # quantity suites: the value, or (low, high)
    bounds: OpenRange | None = None  # number ranges: None for an open end
    dates: frozenset[DatePair] = frozenset()  # acceptable inclusive date intervals
    label: str = ""  # a TIMEX3 value ("2013-03-21", "P90D") or a VALUE class ("MONEY")
    unit: str = ""
    type: str = ""
    scored: bool = True

    @property
    def num(self) -> Number:
        if self.number is None:
            raise ValueError(f"gold {self.text!r} has no number")
        return self.number

    def with_scored(self, scored: bool) -> Gold:
        return replace(self, scored=scored)

    def at(self, start: int, end: int, text: str) -> Gold:
        return replace(self, start=start, end=end, text=text)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    published: dt.date | None
    gold: tuple[Gold, ...]


Checker = Callable[[Gold, Fact], bool]
Categorizer = Callable[[Gold, Fact], str]


def match(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]) -> dict[int, int]:
    """One-to-one overlap matching, largest overlap first; gold index -> pred index."""
    pairs = []
    for i, (gs, ge) in enumerate(gold):
        for j, (ps, pe) in enumerate(pred):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                # Equal overlaps: the tighter gold span first ("2009" before
                # the "from 2009 to 2011" around it).
                pairs.append((-overlap, ge - gs, i, j))
    pairs.sort()
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def window(text: str, start: int, end: int, width: int = 70) -> str:
    """The case text around a span, with the span in brackets."""
    a, b = max(0, start - width), min(len(text), end + width)
    snippet = (
        ("…" if a else "")
        + text[a:start]
        + "["
        + text[start:end]
        + "]"
        + text[end:b]
        + ("…" if b < len(text) else "")
    )
    return " ".join(snippet.split())


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


@dataclass(frozen=True)
class SpanCounts:
    gold: int
    predicted: int
    matched: int
    strict: int
    correct: int


def score_spans(
    cases: Iterable[Case],
    extract: Extractor,
    select: Callable[[Fact], bool],
    correct: Checker,
    categorize: Categorizer,
    gold_text: Callable[[Gold], str] = lambda g: g.label,
) -> tuple[SpanCounts, list[Failure]]:
    """Match predictions to gold spans; count span hits and value hits."""
    n_gold = n_pred = n_match = n_strict = n_correct = 0
    failures: list[Failure] = []
    for case in cases:
        facts = [f for f in extract(case.text, case.published) if select(f)]
        spans = [(f.start, f.end) for f in facts]
        pairs = match([(g.start, g.end) for g in case.gold], spans)
        claimed = set(pairs.values())
        shields = [(g.start, g.end) for g in case.gold if not g.scored]
        for j, f in enumerate(facts):
            if j in claimed:
                continue
            if any(_overlaps((f.start, f.end), s) for s in shields):
                continue
            n_pred += 1
            failures.append(
                Failure(f"spurious {f.kind}", window(case.text, f.start, f.end), "nothing", describe(f))
            )
        for i, g in enumerate(case.gold):
            j_or_none = pairs.get(i)
            if not g.scored:
                continue
            n_gold += 1
            if j_or_none is None:
                failures.append(
                    Failure(
                        "missed", window(case.text, g.start, g.end), f"{g.text!r} = {gold_text(g)}", "nothing"
                    )
                )
                continue
            f = facts[j_or_none]
            n_pred += 1
            n_match += 1
            n_strict += (f.start, f.end) == (g.start, g.end)
            if correct(g, f):
                n_correct += 1
            else:
                failures.append(
                    Failure(
                        categorize(g, f),
                        window(case.text, g.start, g.end),
                        f"{g.text!r} = {gold_text(g)}",
                        describe(f),
                    )
                )
    return SpanCounts(n_gold, n_pred, n_match, n_strict, n_correct), failures


def span_metrics(c: SpanCounts, value_name: str = "value F1") -> tuple[Metric, ...]:
    return (
        f1_metric(value_name, c.correct, c.predicted, c.gold),
        f1_metric("span F1 (overlap)", c.matched, c.predicted, c.gold),
        f1_metric("span F1 (exact)", c.strict, c.predicted, c.gold),
    )


def number_category(expected: Number, ours: Number | None, fact: Fact) -> str:
    """Why a matched number is wrong, in words a developer can act on."""
    if ours is None:
        return "wrong value: no number"
    if isinstance(expected, tuple) != isinstance(ours, tuple):
        return "wrong value: range vs single number"
    if isinstance(expected, tuple) or isinstance(ours, tuple):
        return "wrong value: range bounds"
    if ours and expected and close(abs(ours), abs(expected)):
        return "wrong value: sign"
    if ours and expected:
        ratio = math.log10(abs(expected / ours)) if expected / ours > 0 else 0.5
        if abs(ratio - round(ratio)) < 1e-6 and round(ratio) != 0:
            return f"wrong value: scale (x10^{round(ratio)})"
    return f"wrong value ({fact.kind})"


# --------------------------------------------------------------------------
# quantulum3's own tests


def load_quantulum3(path: Path) -> list[Case]:
    """``quantities.json``: sentences with expected quantities (surface, value, unit)."""
    cases = []
    for n, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        text: str = entry["req"]
        gold = []
        cursor = 0
        for q in entry["res"]:
            start = text.find(q["surface"], cursor)
            if start < 0:
                start = text.find(q["surface"])
            end = start + len(q["surface"])
            cursor = end
            mid, u = float(q["value"]), float(q.get("uncertainty") or 0)
            # Ranges are written as midpoint +/- half-width: "8- to 16-meter" is 12 +/- 4.
            value: Number = (mid - u, mid + u) if u else mid
            gold.append(Gold(start, end, q["surface"], number=value, unit=q["unit"]))
        cases.append(Case(f"{path.stem}#{n}", text, None, tuple(gold)))
    return cases


def without_dimensionless(cases: Sequence[Case]) -> list[Case]:
    """Bare numbers ("Voyager 2", "in 1979") are not news facts: stop scoring them."""
    return [
        Case(c.id, c.text, c.published, tuple(g.with_scored(g.unit != "dimensionless") for g in c.gold))
        for c in cases
    ]


def quantity_correct(g: Gold, f: Fact) -> bool:
    return same_number(g.num, written_value(f))


def _quantity_category(g: Gold, f: Fact) -> str:
    return number_category(g.num, written_value(f), f)


def _show_quantity(g: Gold) -> str:
    return f"{describe_number(g.num)} {g.unit}"


def _unit_matches(g: Gold, f: Fact) -> bool:
    if g.unit in ("dimensionless", ""):
        return True
    return unit_key(g.unit, money=f.kind == "money") == fact_unit(f)


def score_quantulum3(cases: Sequence[Case], extract: Extractor, suite: str) -> SuiteResult:
    numeric = lambda f: f.kind in NUMERIC_KINDS  # noqa: E731
    counts, failures = score_spans(
        cases, extract, numeric, quantity_correct, _quantity_category, _show_quantity
    )
    with_unit, _ = score_spans(
        cases,
        extract,
        numeric,
        lambda g, f: quantity_correct(g, f) and _unit_matches(g, f),
        _quantity_category,
    )
    news = without_dimensionless(cases)
    news_counts, news_failures = score_spans(
        news, extract, numeric, quantity_correct, _quantity_category, _show_quantity
    )
    metrics = (
        f1_metric("value F1 (no bare numbers)", news_counts.correct, news_counts.predicted, news_counts.gold),
        f1_metric("value F1 (all)", counts.correct, counts.predicted, counts.gold),
        f1_metric("value+unit F1 (all)", with_unit.correct, with_unit.predicted, with_unit.gold),
        f1_metric("span F1 (overlap, all)", counts.matched, counts.predicted, counts.gold),
    )
    return SuiteResult(suite, len(cases), metrics, tuple(news_failures))


def score_no_raise(texts: Sequence[str], extract: Extractor, suite: str) -> SuiteResult:
    """quantulum3's errors.json: inputs that once crashed a parser."""
    failures = []
    ok = 0
    for text in texts:
        try:
            extract(text, None)
            ok += 1
        except Exception as exc:  # the point of the suite is to catch any crash
            failures.append(Failure("raised", text, "no exception", f"{type(exc).__name__}: {exc}"))
    return SuiteResult(
        suite, len(texts), (ratio_metric("no exception", ok, len(texts), "inputs"),), tuple(failures)
    )


# --------------------------------------------------------------------------
# Microsoft Recognizers-Text specs


def _reference_date(case: dict[str, object]) -> dt.date | None:
    context = case.get("Context")
    if isinstance(context, dict) and isinstance(context.get("ReferenceDateTime"), str):
        return dt.date.fromisoformat(context["ReferenceDateTime"][:10])
    return None


def _aspirational(case: dict[str, object]) -> bool:
    """Cases the reference implementation itself fails ("dotnet" listed as unsupported)."""
    marks = f"{case.get('NotSupported', '')},{case.get('NotSupportedByDesign', '')}"
    return "dotnet" in marks.lower()


def load_recognizers(path: Path, read: Callable[[dict[str, object]], Gold | None]) -> list[Case]:
    """One spec file; ``read`` turns a result item into a scored Gold, or None to ignore it.

    Items ``read`` declines become unscored shields, so predictions over a
    clock time in a date suite are not counted as false positives.
    """
    cases = []
    for n, case in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
        if _aspirational(case):
            continue
        text = case["Input"]
        gold = []
        for item in case["Results"]:
            start = item["Start"]
            end = start + item["Length"] if "Length" in item else item["End"] + 1
            g = read(item)
            if g is None:
                g = Gold(start, end, item["Text"], type=str(item.get("TypeName", "")), scored=False)
            else:
                g = g.at(start, end, item["Text"])
            gold.append(g)
        cases.append(Case(f"{path.stem}#{n}", text, _reference_date(case), tuple(gold)))
    return cases


def _num(raw: object) -> float | None:
    """A spec's number string ("48200000", "100%", "1,000"), or None if it has none."""
    try:
        return float(str(raw).rstrip("%").replace(",", ""))
    except ValueError:
        return None


def read_number(item: dict[str, object]) -> Gold | None:
    res = item.get("Resolution")
    if item.get("TypeName") != "number" or not isinstance(res, dict):
        return None
    value = _num(res.get("value"))
    return None if value is None else Gold(0, 0, "", number=value, type="number")


def read_percent(item: dict[str, object]) -> Gold | None:
    res = item.get("Resolution")
    if item.get("TypeName") != "percentage" or not isinstance(res, dict):
        return None
    value = _num(res.get("value"))
    return None if value is None else Gold(0, 0, "", number=value, unit="%", type="percentage")


def read_with_unit(type_name: str) -> Callable[[dict[str, object]], Gold | None]:
    def read(item: dict[str, object]) -> Gold | None:
        res = item.get("Resolution")
        if item.get("TypeName") != type_name or not isinstance(res, dict):
            return None
        value = _num(res.get("value"))
        if value is None:
            return None
        unit = str(res.get("isoCurrency") or res.get("unit") or "")
        return Gold(0, 0, "", number=value, unit=unit, type=type_name)

    return read


_RANGE = re.compile(r"^([\[(])\s*([-\d.eE+]*)\s*,\s*([-\d.eE+]*)\s*([\])])$")


def read_range(item: dict[str, object]) -> Gold | None:
    res = item.get("Resolution")
    if item.get("TypeName") != "numberrange" or not isinstance(res, dict):
        return None
    m = _RANGE.match(str(res.get("value", "")))
    if not m:
        return None
    low = float(m.group(2)) if m.group(2) else None
    high = float(m.group(3)) if m.group(3) else None
    return Gold(0, 0, "", bounds=(low, high), type="numberrange")


def _date_values(values: Sequence[dict[str, str]]) -> frozenset[DatePair] | None:
    """Acceptable inclusive intervals for a date item (past and future readings)."""
    out = set()
    for v in values:
        if v.get("Mod"):
            return None  # "before early September": open-ended, not what we model
        try:
            if "value" in v and v.get("type") == "date":
                d = dt.date.fromisoformat(v["value"][:10])
                out.add((d, d))
            elif "start" in v and "end" in v:
                start = dt.date.fromisoformat(v["start"][:10])
                end = dt.date.fromisoformat(v["end"][:10]) - dt.timedelta(days=1)
                out.add((start, end))
        except ValueError:
            return None  # "not resolved", or an impossible date such as 2019-02-29
    return frozenset(out) or None


def read_date(item: dict[str, object]) -> Gold | None:
    if item.get("TypeName") not in ("datetimeV2.date", "datetimeV2.daterange"):
        return None
    res = item.get("Resolution")
    if not isinstance(res, dict):
        return None
    values = _date_values(res.get("values", []))
    if values is None:
        return None
    return Gold(0, 0, "", dates=values, type=str(item["TypeName"]))


def read_duration(item: dict[str, object]) -> Gold | None:
    if item.get("TypeName") != "datetimeV2.duration":
        return None
    res = item.get("Resolution")
    if not isinstance(res, dict) or not res.get("values"):
        return None
    v = res["values"][0]
    if v.get("Mod") or "value" not in v:
        return None
    seconds = _num(v["value"])
    if seconds is None:
        return None
    return Gold(0, 0, "", number=seconds, label=str(v.get("timex", "")), type="duration")


def _number_correct(g: Gold, f: Fact) -> bool:
    ours = written_value(f)
    expected = g.num
    if same_number(expected, ours):
        return True
    # "5 cents" is 5 Cent to Microsoft and 0.05 of a currency to us.
    cents = g.unit.lower() in ("cent", "pence", "penny")
    return cents and not isinstance(expected, tuple) and same_number(expected / 100, ours)


def _number_category(g: Gold, f: Fact) -> str:
    return number_category(g.num, written_value(f), f)


def _range_correct(g: Gold, f: Fact) -> bool:
    q = f.value
    if not isinstance(q, Quantity):
        return False
    if g.bounds is None:
        return False
    low, high = g.bounds

    def same(expected: float | None, ours: float | None, floor: bool) -> bool:
        if expected is None:
            # "up to 700": unbounded below, which for counts we may write as 0.
            return ours is None or (floor and ours == 0)
        return ours is not None and close(ours, expected)

    return same(low, q.low, True) and same(high, q.high, False)


def _range_category(g: Gold, f: Fact) -> str:
    q = f.value
    if not isinstance(q, Quantity):
        return "wrong kind"
    low, high = g.bounds or (None, None)
    if (low is None) != (q.low is None or q.low == 0) or (high is None) != (q.high is None):
        return f"wrong open/closed side (qualifier {q.qualifier})"
    return "wrong range bounds"


def _dates_of(f: Fact) -> DatePair | None:
    v = f.value
    if isinstance(v, DateValue) and v.start is not None and v.end is not None:
        return (v.start, v.end)
    return None


def _date_correct(g: Gold, f: Fact) -> bool:
    return _dates_of(f) in g.dates


def date_category(expected: Iterable[DatePair], f: Fact) -> str:
    ours = _dates_of(f)
    if ours is None:
        return "date unresolved"
    options = sorted(expected)
    if not options:
        return "wrong date"
    length = (ours[1] - ours[0]).days
    gold_lengths = {(e - s).days for s, e in options}
    if length not in gold_lengths:
        longest = max(gold_lengths)
        return "date too coarse" if length > longest else "date too fine"
    nearest = min(options, key=lambda o: abs((o[0] - ours[0]).days))
    if nearest[0].year != ours[0].year and (nearest[0].month, nearest[0].day) == (ours[0].month, ours[0].day):
        return "wrong year"
    if abs((nearest[0] - ours[0]).days) <= 14:
        return "wrong day/week (relative resolution)"
    return "wrong date"


def _duration_correct(g: Gold, f: Fact) -> bool:
    q = f.value
    if not isinstance(q, Quantity) or q.stated is None:
        return False
    seconds = g.num
    return (not isinstance(seconds, tuple) and close(q.stated, seconds)) or (
        g.label != "" and timex_value(f) == g.label
    )


def _fmt_dates(g: Gold) -> str:
    return " or ".join(f"{s}..{e}" if s != e else f"{s}" for s, e in sorted(g.dates))


@dataclass(frozen=True)
class Family:
    """How one Recognizers-Text result type is read, and which of our facts answer it."""

    read: Callable[[dict[str, object]], Gold | None]
    select: Callable[[Fact], bool]
    correct: Checker
    categorize: Categorizer
    show: Callable[[Gold], str]
    value_name: str = "value F1"
    needs_date: bool = False  # relative expressions: only cases with a ReferenceDateTime
    money: bool | None = None  # also report value+unit, reading "pound" as money or not


FAMILIES: dict[str, Family] = {
    "number": Family(
        read_number,
        lambda f: f.kind in NUMERIC_KINDS,
        _number_correct,
        _number_category,
        lambda g: describe_number(g.num),
    ),
    "percent": Family(
        read_percent,
        lambda f: f.kind == "percent",
        _number_correct,
        _number_category,
        lambda g: describe_number(g.num) + "%",
    ),
    "range": Family(
        read_range,
        lambda f: f.kind in NUMERIC_KINDS,
        _range_correct,
        _range_category,
        lambda g: f"{g.bounds}",
        "bounds F1",
    ),
    "currency": Family(
        read_with_unit("currency"),
        lambda f: f.kind == "money",
        _number_correct,
        _number_category,
        _show_quantity,
        money=True,
    ),
    "dimension": Family(
        read_with_unit("dimension"),
        lambda f: f.kind == "measure",
        _number_correct,
        _number_category,
        _show_quantity,
        money=False,
    ),
    "date": Family(
        read_date,
        lambda f: f.kind == "date",
        _date_correct,
        lambda g, f: date_category(g.dates, f),
        _fmt_dates,
        needs_date=True,
    ),
    "duration": Family(
        read_duration,
        lambda f: f.kind == "duration",
        _duration_correct,
        lambda g, f: "wrong duration",
        lambda g: f"{g.label} ({describe_number(g.num)} s)",
        needs_date=True,
    ),
}


def recognizer_cases(path: Path, family: str) -> list[Case]:
    fam = FAMILIES[family]
    cases = load_recognizers(path, fam.read)
    return [c for c in cases if c.published is not None] if fam.needs_date else cases


def score_recognizers(path: Path, family: str, extract: Extractor, suite: str) -> SuiteResult:
    """Score one Recognizers-Text spec file against the matching capability of ours."""
    fam = FAMILIES[family]
    cases = recognizer_cases(path, family)
    counts, failures = score_spans(cases, extract, fam.select, fam.correct, fam.categorize, fam.show)
    metrics = span_metrics(counts, fam.value_name)
    if fam.money is not None:
        money = fam.money
        with_unit, _ = score_spans(
            cases,
            extract,
            fam.select,
            lambda g, f: fam.correct(g, f) and unit_key(g.unit, money=money) == fact_unit(f),
            fam.categorize,
        )
        metrics = (
            *metrics,
            f1_metric("value+unit F1", with_unit.correct, with_unit.predicted, with_unit.gold),
        )
    return SuiteResult(suite, len(cases), metrics, tuple(failures))


# --------------------------------------------------------------------------
# CQE's NewsQuant (no offsets: per-sentence bags of values)


@dataclass(frozen=True)
class CqeQuantity:
    value: Number
    unit: str
    change: str
    text: str = ""  # our surface text, for failure listings (CQE gold has no offsets)


@dataclass(frozen=True)
class CqeSentence:
    text: str
    gold: tuple[CqeQuantity, ...]


def _cqe_value(raw: str, average_ranges: bool) -> Number:
    # CQE's decoding: "low-high" is a range unless it is negative or scientific.
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = (float(x) for x in raw.split("-"))
        return (low + high) / 2 if average_ranges else (low, high)
    return float(raw)


def load_cqe(path: Path, average_ranges: bool = False) -> list[CqeSentence]:
    """``average_ranges`` reproduces how CQE scored quantulum3, which reports midpoints."""
    out = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        gold = tuple(
            CqeQuantity(
                _cqe_value(q["value"], average_ranges), q["normalized_unit"].lower(), q.get("change", "=")
            )
            for q in entry["quantities"]
        )
        out.append(CqeSentence(entry["text"], gold))
    return out


CHANGE = {
    "exact": "=",
    "range": "=",
    "about": "~",
    "nearly": "~",
    "more-than": ">",
    "at-least": ">",
    "less-than": "<",
    "at-most": "<",
    "up": "up",
    "down": "down",
}


# "fell from $36,040 at 10.45pm to $34,935": what stands between the two ends
# of a change that CQE writes as one value.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"[^,;:()]{0,40}?\bto\s+", re.IGNORECASE)


def cqe_predictions(facts: Iterable[Fact], text: str | None = None) -> list[CqeQuantity]:
    """Our numeric facts in CQE's terms; dates are not quantities there.

    CQE writes a change "from X to Y" as one value, the pair (X, Y) in the
    order written ("dropped from 208 pounds to 193" is 208-193 pound-mass);
    we state its two ends as two figures of one unit.  Given the ``text``,
    two such figures are reported as CQE's one pair, a translation of
    conventions like the shares written as fractions in ``written_value``.
    """
    numeric = [
        (f, v)
        for f in facts
        if f.kind in NUMERIC_KINDS and isinstance(f.value, Quantity)
        for v in (written_value(f),)
        if v is not None
    ]
    out = []
    skip = -1
    for i, (f, value) in enumerate(numeric):
        if i == skip:
            continue
        if text is not None and i + 1 < len(numeric) and not isinstance(value, tuple):
            g, after = numeric[i + 1]
            if (
                not isinstance(after, tuple)
                and fact_unit(f) == fact_unit(g)
                and _FROM_BEFORE.search(text, max(0, f.start - 8), f.start)
                and _TO_BETWEEN.fullmatch(text, f.end, g.start)
            ):
                out.append(CqeQuantity((value, after), fact_unit(f), "=", f"{f.text} .. {g.text}"))
                skip = i + 1
                continue
        out.append(CqeQuantity(value, fact_unit(f), CHANGE.get(f.value.qualifier, "="), f.text))  # type: ignore[union-attr]
    return out


def _cqe_unit(name: str) -> str:
    return unit_key(name, money=True) if name != "-" else ""


def score_cqe(
    sentences: Sequence[CqeSentence],
    predict: Callable[[str], list[CqeQuantity]],
    suite: str,
    with_change: bool,
) -> SuiteResult:
    """CQE's evaluate_models.py: a gold quantity counts once if any prediction has its value.

    For value+unit a matching prediction is used up; value+change requires the
    approximation/direction label too.
    """
    gold_n = pred_n = tp_value = tp_unit = tp_change = 0
    failures: list[Failure] = []
    for s in sentences:
        preds = predict(s.text)
        gold_n += len(s.gold)
        pred_n += len(preds)
        free = list(preds)
        explained: set[int] = set()
        for g in s.gold:
            hits = [i for i, p in enumerate(preds) if same_number(g.value, p.value)]
            explained.update(hits)
            if not hits:
                failures.append(
                    Failure(
                        _cqe_miss_category(g, preds),
                        s.text,
                        f"{describe_number(g.value)} {g.unit} ({g.change})",
                        "; ".join(map(_show_cqe, preds)) or "nothing",
                    )
                )
                continue
            tp_value += 1
            if any(preds[i].change == g.change for i in hits):
                tp_change += 1
            for p in free:
                if same_number(g.value, p.value) and p.unit == _cqe_unit(g.unit):
                    tp_unit += 1
                    free.remove(p)
                    break
        for i, p in enumerate(preds):
            if i not in explained:
                shape = "range" if isinstance(p.value, tuple) else "number"
                failures.append(
                    Failure(
                        f"spurious ({shape})",
                        s.text,
                        "; ".join(map(_show_cqe, s.gold)) or "nothing",
                        _show_cqe(p),
                    )
                )
    metrics = [
        f1_metric("value F1", tp_value, pred_n, gold_n),
        f1_metric("value+unit F1", tp_unit, pred_n, gold_n),
    ]
    if with_change:
        metrics.append(f1_metric("value+change F1", tp_change, pred_n, gold_n))
    return SuiteResult(suite, len(sentences), tuple(metrics), tuple(failures))


def _show_cqe(q: CqeQuantity) -> str:
    shown = f"{describe_number(q.value)} {q.unit} ({q.change})"
    return f"{q.text!r}: {shown}" if q.text else shown


def _cqe_miss_category(g: CqeQuantity, preds: Sequence[CqeQuantity]) -> str:
    """Why a gold value found no prediction: shape problems first, then what it measures."""
    if isinstance(g.value, tuple):
        return "missed range or vague amount"
    for p in preds:
        v = p.value
        if isinstance(v, tuple):
            if v[0] <= g.value <= v[1]:
                return "missed: we gave a range"
            continue
        if v and g.value and close(abs(v), abs(g.value)):
            return "missed: sign"
        if v and g.value and g.value / v > 0:
            ratio = math.log10(g.value / v)
            if abs(ratio - round(ratio)) < 1e-6:
                return "missed: scale word"
    return f"missed {_cqe_bucket(g.unit)}"


def _cqe_bucket(unit: str) -> str:
    """A coarse class of a CQE normalised unit, for grouping misses."""
    key = _cqe_unit(unit)
    if key == "":
        return "bare number"
    if key == "%":
        return "percent"
    if key in ("point", "basis point") or unit.startswith("point"):
        return "points (index, score)"
    if re.fullmatch(r"[A-Z]{3}", key) or any(
        w in unit
        for w in (
            "dollar",
            "euro",
            "pound sterling",
            "yen",
            "yuan",
            "rupee",
            "ringgit",
            "sen",
            "cent",
            "shekel",
            "franc",
            "peso",
            "lira",
            "kuna",
            "rand",
            "won",
        )
    ):
        return "money"
    if "of age" in unit:
        return "age"
    if key in SECONDS:
        return "duration"
    if key in _UNIT_ALIASES.values() or " per " in unit or unit in _KNOWN_MEASURES:
        return "measure"
    return "counted noun"


# Units in NewsQuant that are measures though not in our alias table.
_KNOWN_MEASURES = frozenset(
    {
        "horsepower",
        "hertz",
        "kilohertz",
        "gigahertz",
        "watt",
        "kilowatt",
        "megawatt",
        "gigawatt",
        "gigawatt hour",
        "kilowatt hour",
        "volt",
        "farad",
        "degree",
        "gigabyte",
        "megabyte",
        "terabyte",
        "bit",
        "byte",
        "knot",
        "pound-foot",
        "foot pound-force",
        "cubic foot",
        "parts-per-billion",
        "part per million",
        "milligram",
        "microgram",
        "micrometre",
        "nanometre",
        "gigaton",
        "ton",
        "barrel",
        "ounce",
        "pint",
        "quart",
        "acre",
        "hectare",
        "gigapascal",
        "megapascal",
        "milliampere-hour",
        "revolutions per minute",
        "roentgen",
    }
)


# --------------------------------------------------------------------------
# TempEval-3 platinum and MEANTIME (time expressions with TIMEX3 values)


def _strip_tags(el: ET.Element, parts: list[str], timexes: list[Gold]) -> None:
    """Append ``el``'s text without tags to ``parts``, recording TIMEX3 spans."""
    parts.append(el.text or "")
    for child in el:
        start = sum(map(len, parts))
        _strip_tags(child, parts, timexes)
        end = sum(map(len, parts))
        if child.tag == "TIMEX3":
            timexes.append(
                Gold(
                    start,
                    end,
                    "".join(parts)[start:end],
                    label=child.get("value", ""),
                    type=child.get("type", ""),
                )
            )
        parts.append(child.tail or "")


def load_tempeval(folder: Path) -> list[Case]:
    """TimeML files: tags stripped from <TEXT>, TIMEX3 spans kept, DCT as publication date."""
    cases = []
    for path in sorted(folder.glob("*.tml")):
        root = ET.parse(path).getroot()
        dct_el = root.find("DCT/TIMEX3")
        published = dt.date.fromisoformat(dct_el.get("value", "")[:10]) if dct_el is not None else None
        text_el = root.find("TEXT")
        if text_el is None:
            continue
        parts: list[str] = []
        gold: list[Gold] = []
        _strip_tags(text_el, parts, gold)
        gold.sort(key=lambda g: g.start)
        cases.append(Case(path.stem, "".join(parts), published, tuple(gold)))
    return cases


_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "''",
    "'s",
    "'re",
    "'ve",
    "'d",
    "'ll",
    "'m",
    "n't",
    "...",
    "’",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "CA$", "C$", "A$", "£", "€", "``", "#"}


def detokenize(
    sentences: Sequence[Sequence[tuple[str, str]]],
) -> tuple[str, dict[str, tuple[int, int]]]:
    """Rebuild running text from (t_id, token) sentences; returns text and token offsets.

    News tokenisers split "US$40" and "7%" apart; gluing them back gives the
    extractor the text a reader saw.  MEANTIME writes the pound sign as "#".
    """
    out: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            out.append("\n")
            pos += 1
        prev = None
        for t_id, token in sentence:
            word = "£" if token == "#" else token
            glued = token in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER or (token == "#" and prev == "GB")
            if prev is not None and not glued:
                out.append(" ")
                pos += 1
            offsets[t_id] = (pos, pos + len(word))
            out.append(word)
            pos += len(word)
            prev = token
    return "".join(out), offsets


def _dateline(text: str) -> dt.date | None:
    for line in text.splitlines()[1:3]:
        for fmt in ("%B %d, %Y", "%B %d , %Y"):
            try:
                return dt.datetime.strptime(line.strip(), fmt).date()
            except ValueError:
                continue
    return None


def load_meantime(folder: Path) -> tuple[list[Case], list[Case]]:
    """MEANTIME English: (time-expression cases, VALUE cases), one per document.

    The creation-time TIMEX3 becomes the publication date and an unscored
    shield (it is the dateline).  Two documents lack it and one has it
    malformed; for those the dateline sentence gives the date.  Annotators
    covered only the title, the dateline and the first few sentences, so the
    rest of the text is extracted from (it can anchor dates) but shielded.
    """
    times, values = [], []
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        for tok in root.iter("token"):
            by_sentence.setdefault(int(tok.get("sentence", "0")), []).append(
                (tok.get("t_id", ""), tok.text or "")
            )
        text, offsets = detokenize([by_sentence[k] for k in sorted(by_sentence)])
        sentence_of = {t_id: k for k, toks in by_sentence.items() for t_id, _ in toks}
        annotated_until = 0
        published = None
        timexes: list[Gold] = []
        quantities: list[Gold] = []
        markables = root.find("Markables")
        for m in markables if markables is not None else []:
            ids = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if not ids:
                continue
            start = min(offsets[i][0] for i in ids)
            end = max(offsets[i][1] for i in ids)
            last = max(sentence_of[i] for i in ids)
            annotated_until = max(annotated_until, offsets[by_sentence[last][-1][0]][1])
            if m.tag == "TIMEX3":
                value = m.get("value", "")
                dct = m.get("functionInDocument") == "CREATION_TIME"
                if dct:
                    try:
                        published = dt.date.fromisoformat(value[:10])
                    except ValueError:
                        pass
                timexes.append(
                    Gold(start, end, text[start:end], label=value, type=m.get("type", ""), scored=not dct)
                )
            elif m.tag == "VALUE":
                quantities.append(
                    Gold(start, end, text[start:end], label=m.get("type", ""), type=m.get("type", ""))
                )
        published = published or _dateline(text)
        doc = f"{path.parent.name}/{path.stem}"
        if annotated_until < len(text):
            rest = Gold(annotated_until, len(text), "(not annotated)", scored=False)
            timexes.append(rest)
            quantities.append(rest)
        times.append(Case(doc, text, published, tuple(sorted(timexes, key=lambda g: g.start))))
        values.append(Case(doc, text, published, tuple(sorted(quantities, key=lambda g: g.start))))
    return times, values


_NOT_A_CALENDAR_DATE = re.compile(r"X|REF")
_UNDERSPECIFIED = re.compile(r"X|REF|^P|-(SU|WI|FA|SP|Q\d|H\d|WE)$")


def timex_category(g: Gold, f: Fact) -> str:
    gold = g.label
    ours = timex_value(f)
    if ours is None:
        return "unresolved or not a date"
    if g.type in ("DURATION", "SET") and f.kind == "date":
        return f"gold {g.type}, we gave a date"
    if g.type in ("DATE", "TIME") and f.kind == "duration":
        return f"gold {g.type}, we gave a duration"
    if _UNDERSPECIFIED.search(gold):
        return "gold underspecified (REF/XX/season/quarter)"
    if g.type == "TIME":
        return "gold is a clock time"
    if f.kind == "duration":
        return "wrong duration"
    if len(gold) != len(ours) or ("W" in gold) != ("W" in ours):
        return "wrong granularity"
    if gold[:4] != ours[:4]:
        return "wrong year"
    return "wrong month/day (relative resolution)"


# TimeML writes a range of years as one timex per end ("2009-[2010]", "from
# [2009] to [2011]"); we keep one range fact, which alignment compares whole.
_YEAR_RANGE = re.compile(
    r"^(?:(?:from|between)\s+)?(?P<a>\d{4})\s*(?:[-\u2010-\u2013]|\s(?:to|and|through)\s)\s*(?P<b>\d{4}|\d\d)$"
)


def timex_pieces(facts: Iterable[Fact]) -> list[Fact]:
    """Our facts as TimeML would mark them: a range of years as its two written ends.

    A translation of conventions for scoring, like ``cqe_predictions``' from-to
    pairs: each end keeps its offsets and takes its own year.
    """
    out: list[Fact] = []
    for f in facts:
        v = f.value
        m = _YEAR_RANGE.match(f.text) if isinstance(v, DateValue) and v.granularity == "year" else None
        if m is None or v.start is None or v.end is None or v.start.year == v.end.year:
            out.append(f)
            continue
        assert isinstance(v, DateValue)
        for group, year in (("a", v.start.year), ("b", v.end.year)):
            piece = DateValue(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", v.anchor)
            start, end = f.start + m.start(group), f.start + m.end(group)
            written = f.text[m.start(group) : m.end(group)]
            out.append(replace(f, start=start, end=end, text=written, value=piece))
    return out


def score_timexes(cases: Sequence[Case], extract: Extractor, suite: str) -> SuiteResult:
    """TempEval-3 Task A, re-described: relaxed/strict spans, then value and type of matches."""
    temporal = lambda f: f.kind in ("date", "duration")  # noqa: E731
    plain = extract
    # The reference times ("now": PRESENT_REF) are read by the extractor and date its figures: scored too.
    extract = lambda text, published: tuple(  # noqa: E731
        timex_pieces(with_reference_times(plain(text, published), text))
    )
    counts, failures = score_spans(
        cases,
        extract,
        temporal,
        lambda g, f: timex_value(f) == g.label,
        timex_category,
        lambda g: f"{g.type} {g.label}",
    )
    date_cases = [
        Case(c.id, c.text, c.published, tuple(g.with_scored(g.scored and g.type == "DATE") for g in c.gold))
        for c in cases
    ]
    dates, _ = score_spans(
        date_cases, extract, temporal, lambda g, f: timex_value(f) == g.label, timex_category
    )
    # The DATE values a calendar can hold: not "now" (PRESENT_REF), "recently"
    # (PAST_REF) or a day nobody can name (2012-XX-XX).  Our dates are intervals
    # of the calendar and give no value to those: the ceiling of the recall.
    resolvable_cases = [
        Case(
            c.id,
            c.text,
            c.published,
            tuple(g.with_scored(g.scored and g.type == "DATE" and not _NOT_A_CALENDAR_DATE.search(g.label))
                  for g in c.gold),
        )
        for c in cases
    ]  # fmt: skip
    resolvable, _ = score_spans(
        resolvable_cases, extract, temporal, lambda g, f: timex_value(f) == g.label, timex_category
    )
    typed, _ = score_spans(cases, extract, temporal, lambda g, f: timex_type(f) == g.type, timex_category)
    metrics = (
        ratio_metric("DATE value accuracy", dates.correct, dates.matched, "matched DATE timexes"),
        ratio_metric("DATE value recall", dates.correct, dates.gold, "DATE timexes"),
        ratio_metric(
            "DATE recall, calendar values", resolvable.correct, resolvable.gold, "DATE timexes without REF/X"
        ),
        f1_metric("value F1 (all types)", counts.correct, counts.predicted, counts.gold),
        f1_metric("span F1 (relaxed)", counts.matched, counts.predicted, counts.gold),
        f1_metric("span F1 (strict)", counts.strict, counts.predicted, counts.gold),
        ratio_metric("type accuracy", typed.correct, typed.matched, "matched timexes"),
    )
    return SuiteResult(suite, len(cases), metrics, tuple(failures))


_VALUE_CLASS = {"money": "MONEY", "percent": "PERCENT"}


def score_meantime_values(cases: Sequence[Case], extract: Extractor, suite: str) -> SuiteResult:
    """MEANTIME VALUE markables: detection by token overlap, then the coarse class."""
    klass = lambda f: _VALUE_CLASS.get(f.kind, "QUANTITY")  # noqa: E731
    counts, failures = score_spans(
        cases,
        extract,
        lambda f: f.kind in NUMERIC_KINDS,
        lambda g, f: klass(f) == g.type,
        lambda g, f: f"class: gold {g.type}, ours {f.kind}",
        lambda g: g.type,
    )
    metrics = (
        f1_metric("span F1 (overlap)", counts.matched, counts.predicted, counts.gold),
        f1_metric("span F1 (exact)", counts.strict, counts.predicted, counts.gold),
        ratio_metric("class accuracy", counts.correct, counts.matched, "matched values"),
    )
    return SuiteResult(suite, len(cases), metrics, tuple(failures))


def category_counts(failures: Iterable[Failure]) -> list[tuple[str, int]]:
    """Failure categories, most frequent first (ties by name, for stable output)."""
    counts = Counter(f.category for f in failures)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
