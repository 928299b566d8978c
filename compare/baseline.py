"""Assessment and baseline for ``divergence check``: which divergences are new.

This module is core: it reads a report and a baseline and decides, with no
output format in sight; ``compare/ci.py`` runs the command (assess → baseline
→ render) and ``compare/render/ci_formats.py`` writes the formats.

A newsroom accepts some divergences ("WSJ reports 175,000 troops, RFE/RL about
100,000; both are right about their own sources") and wants the build to fail
only on divergences nobody has accepted yet.  The accepted ones live in a JSON
baseline (``divergence-baseline.json``), keyed by fingerprints that must survive
everything unrelated to the divergence itself: edits to other paragraphs,
articles added to the story, files re-ordered or renamed in the listing.

Design
------
*Claims.*  A finding's facts are grouped into claims: one outlet stating one
normalised value ("RFE/RL: about 100000 troop").  The normalised value is
written from what the article asserts (qualifier, stated number or range, unit;
for dates the day interval), never from offsets, fact ids or document ids, which
move whenever a file is edited or the corpus is listed in another order.

*Pairs are the unit of acceptance.*  Every two claims of a finding with
different values form a pair, at level ``conflict`` when their intervals cannot
both hold and ``compatible`` otherwise (when the judge says ``conflict`` but no
pair is disjoint by plain interval arithmetic, its verdict wins and every pair
is a conflict; a ``compatible`` verdict makes every pair compatible).  A pair's
fingerprint hashes the story, the kind, the subject of the two claims' facts
(counted noun, predicate, event, modality, places and participants of their
``About``, normalised and sorted) and the two ``(outlet, value)`` claims.
A finding's fingerprint hashes the same things over all of its claims; it names
the finding in every output (SARIF ``partialFingerprints``, JSON ``new``).

*Matching.*  A finding at or above ``--fail-on`` is **new** when one of its pairs
at that level is not covered by the baseline.  A pair is covered by a baseline
pair of the same story, kind and level when the fingerprints are equal, or when
both sides match (same normalised value, or overlapping intervals in the same
unit) and the two subjects share a cue.  So a third outlet that repeats either
side of an accepted conflict adds pairs whose values were already accepted:
still accepted.  A third outlet with a value of its own adds a pair nobody
accepted: new, even though the old pair is still in the baseline.  A conflict
is never covered by an accepted ``compatible`` pair.  The subject test uses the
finding's alignment cues too (``Finding.cues``), but they are not hashed:
alignment weighs cues by their rarity in the corpus, so an unrelated article
can change them.  A baseline entry holding only a ``fingerprint`` (pasted from
the text output) accepts exactly that finding.

*Stale entries.*  A baseline entry none of whose pairs (or, for a bare entry,
whose fingerprint) matches a current divergence is stale: the divergence no
longer exists.  It is reported in every format but never fails the build;
``--update-baseline`` drops it.

The baseline is versioned (``divergence-baseline/1``), sorted and written with
stable key order, so accepting a divergence is a small, reviewable diff.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from compare.errors import InputError
from compare.intervals import disjoint_bounds
from compare.model import DateValue, Document, Fact, Finding, Report, Verdict
from compare.words import unaccented

BASELINE_SCHEMA = "divergence-baseline/1"

Level = Literal["compatible", "conflict"]
# "unchecked" until ``evaluate`` has compared the finding with the baseline.
Status = Literal["unchecked", "new", "accepted", "ungated", "agree"]
_RANK: dict[str, int] = {"compatible": 1, "updated": 1, "conflict": 2}
_LEVELS: tuple[Level, ...] = ("compatible", "conflict")
# ``updated`` (a count that rose as reports came in) gates like ``compatible``.
_DIVERGENT = (Verdict.CONFLICT, Verdict.COMPATIBLE, Verdict.UPDATED)


@dataclass(frozen=True)
class Side:
    """One claim: an outlet stating one normalised value.

    ``low``/``high`` are the asserted interval (dates as ordinal days);
    ``None`` means unbounded.
    """

    outlet: str
    value: str
    unit: str
    low: float | None
    high: float | None


@dataclass(frozen=True)
class Pair:
    """Two claims of one finding that state different values."""

    fingerprint: str
    level: Level
    sides: tuple[Side, Side]


@dataclass(frozen=True)
class Assessment:
    """A multi-source finding, prepared for comparison with the baseline."""

    finding: Finding
    fingerprint: str
    subject: frozenset[str]
    claims: tuple[Side, ...]
    pairs: tuple[Pair, ...]
    facts: tuple[Fact, ...]
    status: Status = "unchecked"

    @property
    def divergent(self) -> bool:
        return self.finding.verdict in _DIVERGENT


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted divergence, as stored in the baseline file."""

    fingerprint: str
    story: str = ""
    kind: str = ""
    about: str = ""
    verdict: str = ""
    outlets: tuple[str, ...] = ()
    values: tuple[str, ...] = ()
    cues: frozenset[str] = frozenset()
    pairs: tuple[Pair, ...] = ()


@dataclass(frozen=True)
class Tally:
    """The counts of a run, for an outcome that lists only its new assessments.

    An incremental ``check`` (``compare.incremental_check``) recalls unchanged stories
    as counts and statuses; it builds full assessments, documents and facts
    only for what it must show (the new divergences), so the summary line
    takes its counts from here instead of the report.
    """

    documents: int
    facts: int
    findings: int
    skipped: int
    accepted: int


@dataclass(frozen=True)
class Outcome:
    """What ``check`` found: what the renderers show and the exit status depends on."""

    fail_on: str
    baseline: Path
    assessments: tuple[Assessment, ...]
    stale: tuple[BaselineEntry, ...]
    updated: bool = False
    accepted_now: int = 0
    stale_removed: int = 0
    tally: Tally | None = None
    # Facts located and excerpted earlier, by id, for stories an incremental
    # check recalls without reading their files (``render.ci_formats.Quote``).
    quotes: Mapping[str, Any] = field(default_factory=dict)

    @property
    def new(self) -> tuple[Assessment, ...]:
        return tuple(a for a in self.assessments if a.status == "new")

    @property
    def exit_status(self) -> int:
        return 1 if self.new and not self.updated else 0


# --- normalisation and fingerprints ------------------------------------------


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing folded: "RFE/RL" → "rfe rl"."""
    # Not ``words.fold``: these keys are hashed into the fingerprints users' baselines store,
    # and folding "ı" too would orphan an accepted entry whose outlet or story spells it.
    return " ".join(re.findall(r"\w+", unaccented(text).casefold()))


def _hash(*parts: object) -> str:
    blob = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _num(x: float | None) -> str:
    if x is None or not math.isfinite(x):
        return "?"
    if float(x).is_integer():
        return str(int(x))
    return format(float(x), ".12g")


def _day(d: date | None) -> str:
    return d.isoformat() if d is not None else "?"


def claim_value(fact: Fact) -> tuple[str, str, float | None, float | None]:
    """The fact's normalised value: (text, unit, low, high), free of offsets and ids."""
    v = fact.value
    if isinstance(v, DateValue):
        text = _day(v.start) if v.start == v.end else f"{_day(v.start)}..{_day(v.end)}"
        if v.time is not None:
            text += f" {v.time.strftime('%H:%M')} {v.zone}"
        low = float(v.start.toordinal()) if v.start else None
        high = float(v.end.toordinal()) if v.end else None
        return text, "day", low, high
    unit = normalise(v.unit)
    if v.qualifier == "range" or v.stated is None:
        text = f"{v.qualifier} {_num(v.low)}..{_num(v.high)} {unit}"
    else:
        text = f"{v.qualifier} {_num(v.stated)} {unit}"
    return text, unit, v.low, v.high


def _subject_tokens(facts: Iterable[Fact]) -> frozenset[str]:
    tokens: set[str] = set()
    for f in facts:
        a = f.about
        for cue in (a.noun, a.predicate, a.event, a.modality, *a.places, *a.participants):
            if cue and (n := normalise(cue)):
                tokens.add(n)
    return frozenset(tokens)


def _span(side: Side) -> tuple[float, float]:
    # A missing bound (an unresolved date, an open range) reaches as far as it can.
    low = side.low if side.low is not None else float("-inf")
    high = side.high if side.high is not None else float("inf")
    return low, high


def _disjoint(a: Side, b: Side) -> bool:
    return disjoint_bounds(_span(a), _span(b))


def _side_matches(a: Side, b: Side) -> bool:
    return a.value == b.value or (a.unit == b.unit and not _disjoint(a, b))


def _subjects_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    # Without cues on one side (a hand-written entry) the values decide alone.
    return not a or not b or not a.isdisjoint(b)


def assess(report: Report) -> tuple[Assessment, ...]:
    """Claims, pairs and fingerprints of every multi-source finding, in report order."""
    facts_by_id = {f.id: f for f in report.facts}
    docs: dict[str, Document] = {d.id: d for d in report.documents}
    out: list[Assessment] = []
    for finding in report.findings:
        if finding.verdict == Verdict.SINGLE_SOURCE:
            continue
        facts = [facts_by_id[i] for i in finding.facts if i in facts_by_id]
        out.append(_assess_finding(finding, facts, docs))
    return tuple(out)


def _assess_finding(finding: Finding, facts: Sequence[Fact], docs: Mapping[str, Document]) -> Assessment:
    story = normalise(finding.story)
    grouped: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    sides: dict[tuple[str, str], Side] = {}
    for fact in facts:
        doc = docs.get(fact.doc)
        outlet = doc.outlet if doc is not None else fact.doc
        text, unit, low, high = claim_value(fact)
        key = (normalise(outlet), text)
        grouped[key].append(fact)
        # The first outlet spelling in sorted order, so the display is stable too.
        if key not in sides or outlet < sides[key].outlet:
            sides[key] = Side(outlet, text, unit, low, high)
    keys = sorted(sides)
    tokens = {k: _subject_tokens(grouped[k]) for k in keys}
    raw: list[tuple[tuple[Side, Side], bool, str]] = []
    for ka, kb in itertools.combinations(keys, 2):
        a, b = sides[ka], sides[kb]
        if a.value == b.value:
            continue  # two outlets agreeing is not a divergence
        pair_subject = sorted(tokens[ka] | tokens[kb])
        fp = _hash("divergence-pair/1", story, finding.kind, pair_subject, [ka, kb])
        raw.append(((a, b), _disjoint(a, b), fp))
    any_disjoint = any(disjoint for _, disjoint, _ in raw)
    pairs: list[Pair] = []
    for pair_sides, disjoint, fp in raw:
        if finding.verdict == Verdict.CONFLICT:
            level: Level = "conflict" if disjoint or not any_disjoint else "compatible"
        else:
            level = "compatible"
        pairs.append(Pair(fp, level, pair_sides))
    subject: frozenset[str] = frozenset().union(*tokens.values())
    fingerprint = _hash("divergence-finding/1", story, finding.kind, sorted(subject), keys)
    cues = frozenset(n for c in finding.cues if (n := normalise(c)))
    return Assessment(
        finding=finding,
        fingerprint=fingerprint,
        subject=subject | cues,
        claims=tuple(sides[k] for k in keys),
        pairs=tuple(sorted(pairs, key=lambda p: p.fingerprint)),
        facts=tuple(
            sorted(facts, key=lambda f: (docs[f.doc].path if f.doc in docs else f.doc, f.start, f.id))
        ),
    )


# --- matching -----------------------------------------------------------------


class _PairIndex:
    """Pairs of one side (baseline or current run), looked up by the matching rule."""

    def __init__(self) -> None:
        self._exact: set[tuple[str, str]] = set()
        self._by_values: dict[tuple[str, str, str, frozenset[str]], list[frozenset[str]]] = defaultdict(list)
        self._bucket: dict[tuple[str, str, str], list[tuple[Pair, frozenset[str]]]] = defaultdict(list)

    def add(self, story: str, kind: str, pair: Pair, subject: frozenset[str]) -> None:
        self._exact.add((pair.fingerprint, pair.level))
        values = frozenset(s.value for s in pair.sides)
        self._by_values[(story, kind, pair.level, values)].append(subject)
        self._bucket[(story, kind, pair.level)].append((pair, subject))

    def matches(self, story: str, kind: str, pair: Pair, subject: frozenset[str]) -> bool:
        if (pair.fingerprint, pair.level) in self._exact:
            return True
        values = frozenset(s.value for s in pair.sides)
        if any(
            _subjects_meet(subject, s) for s in self._by_values.get((story, kind, pair.level, values), ())
        ):
            return True
        a, b = pair.sides
        for other, other_subject in self._bucket.get((story, kind, pair.level), ()):
            x, y = other.sides
            crossed = (_side_matches(a, x) and _side_matches(b, y)) or (
                _side_matches(a, y) and _side_matches(b, x)
            )
            if crossed and _subjects_meet(subject, other_subject):
                return True
        return False


def evaluate(
    assessments: Sequence[Assessment],
    entries: Sequence[BaselineEntry],
    *,
    fail_on: str,
    baseline: Path,
) -> Outcome:
    """Mark each assessment new/accepted/ungated and find the stale baseline entries."""
    accepted_fps = {e.fingerprint for e in entries}
    accepted = _PairIndex()
    for e in entries:
        for p in e.pairs:
            accepted.add(normalise(e.story), e.kind, p, e.cues)
    threshold = _RANK[fail_on]
    gated = {v for v in _DIVERGENT if _RANK[v.value] >= threshold}

    marked: list[Assessment] = []
    current = _PairIndex()
    current_fps: set[str] = set()
    for a in assessments:
        story, kind = normalise(a.finding.story), a.finding.kind
        if not a.divergent:
            marked.append(replace(a, status="agree"))
            continue
        current_fps.add(a.fingerprint)
        for p in a.pairs:
            current.add(story, kind, p, a.subject)
        if a.finding.verdict not in gated:
            marked.append(replace(a, status="ungated"))
            continue
        if a.fingerprint in accepted_fps:
            is_new = False
        elif a.pairs:
            is_new = any(
                not accepted.matches(story, kind, p, a.subject)
                for p in a.pairs
                if _RANK[p.level] >= threshold
            )
        else:
            is_new = True  # no pair to compare and no fingerprint match
        marked.append(replace(a, status="new" if is_new else "accepted"))

    stale = tuple(
        e
        for e in entries
        if e.fingerprint not in current_fps
        and not any(current.matches(normalise(e.story), e.kind, p, e.cues) for p in e.pairs)
    )
    return Outcome(fail_on=fail_on, baseline=baseline, assessments=tuple(marked), stale=stale)


# --- the baseline file --------------------------------------------------------


def entry_from_assessment(a: Assessment) -> BaselineEntry:
    f = a.finding
    return BaselineEntry(
        fingerprint=a.fingerprint,
        story=f.story,
        kind=f.kind,
        about=f.about,
        verdict=f.verdict.value,
        outlets=tuple(sorted({s.outlet for s in a.claims})),
        values=tuple(sorted({s.value for s in a.claims})),
        cues=a.subject,
        pairs=a.pairs,
    )


def _interval_out(kind: str, x: float | None) -> int | float | str | None:
    if x is None:
        return None
    if kind == "date":
        return date.fromordinal(int(x)).isoformat()
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


def entry_to_dict(e: BaselineEntry) -> dict[str, Any]:
    return {
        "fingerprint": e.fingerprint,
        "story": e.story,
        "kind": e.kind,
        "about": e.about,
        "verdict": e.verdict,
        "outlets": list(e.outlets),
        "values": list(e.values),
        "cues": sorted(e.cues),
        "pairs": [
            {
                "fingerprint": p.fingerprint,
                "level": p.level,
                "sides": [
                    {
                        "outlet": s.outlet,
                        "value": s.value,
                        "unit": s.unit,
                        "low": _interval_out(e.kind, s.low),
                        "high": _interval_out(e.kind, s.high),
                    }
                    for s in p.sides
                ],
            }
            for p in sorted(e.pairs, key=lambda p: p.fingerprint)
        ],
    }


def baseline_to_json(entries: Iterable[BaselineEntry]) -> str:
    unique = {e.fingerprint: e for e in entries}
    ordered = sorted(unique.values(), key=lambda e: (e.story, e.kind, e.about, e.fingerprint))
    data = {"schema": BASELINE_SCHEMA, "findings": [entry_to_dict(e) for e in ordered]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class _Malformed(Exception):
    pass


def _get(d: Mapping[str, Any], key: str, typ: type | tuple[type, ...], where: str, default: Any) -> Any:
    value = d.get(key)
    if value is None:
        return default
    if not isinstance(value, typ):
        raise _Malformed(f"{where}.{key} has the wrong type")
    return value


def _strings(d: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    items = _get(d, key, list, where, [])
    if not all(isinstance(x, str) for x in items):
        raise _Malformed(f"{where}.{key} must be a list of strings")
    return tuple(items)


def _interval_in(kind: str, x: Any, where: str) -> float | None:
    if x is None:
        return None
    if kind == "date":
        if not isinstance(x, str):
            raise _Malformed(f"{where} must be a YYYY-MM-DD date or null")
        try:
            return float(date.fromisoformat(x).toordinal())
        except ValueError:
            raise _Malformed(f"{where} is not a YYYY-MM-DD date") from None
    if isinstance(x, bool) or not isinstance(x, int | float):
        raise _Malformed(f"{where} must be a number or null")
    return float(x)


def _parse_side(kind: str, d: Any, where: str) -> Side:
    if not isinstance(d, dict):
        raise _Malformed(f"{where} must be an object")
    value = _get(d, "value", str, where, None)
    if value is None:
        raise _Malformed(f"{where}.value is missing")
    return Side(
        outlet=_get(d, "outlet", str, where, ""),
        value=value,
        unit=_get(d, "unit", str, where, ""),
        low=_interval_in(kind, d.get("low"), f"{where}.low"),
        high=_interval_in(kind, d.get("high"), f"{where}.high"),
    )


# What ``_hash`` writes: 16 lower-case hexadecimal digits.  Checked on read,
# because a baseline comes from a branch and its fingerprints are printed in
# CI logs: a line break and "::error" in one would forge a workflow command.
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")


def _fingerprint(d: Mapping[str, Any], where: str, required: bool) -> str:
    fp = _get(d, "fingerprint", str, where, None)
    if fp is None or fp == "":
        if required:
            raise _Malformed(f"{where}.fingerprint is missing")
        return ""
    if not _FINGERPRINT.fullmatch(fp):
        raise _Malformed(f"{where}.fingerprint must be 16 hexadecimal digits")
    return fp


def _parse_pair(kind: str, d: Any, where: str) -> Pair:
    if not isinstance(d, dict):
        raise _Malformed(f"{where} must be an object")
    fp = _fingerprint(d, where, required=False)
    level = d.get("level")
    if level not in _LEVELS:
        raise _Malformed(f"{where}.level must be one of {', '.join(_LEVELS)}")
    sides = _get(d, "sides", list, where, [])
    if len(sides) != 2:
        raise _Malformed(f"{where}.sides must hold two claims")
    a, b = (_parse_side(kind, s, f"{where}.sides[{i}]") for i, s in enumerate(sides))
    return Pair(fp, level, (a, b))


def _parse_entry(d: Any, where: str) -> BaselineEntry:
    if not isinstance(d, dict):
        raise _Malformed(f"{where} must be an object")
    fp = _fingerprint(d, where, required=True)
    kind = _get(d, "kind", str, where, "")
    pairs = _get(d, "pairs", list, where, [])
    return BaselineEntry(
        fingerprint=fp,
        story=_get(d, "story", str, where, ""),
        kind=kind,
        about=_get(d, "about", str, where, ""),
        verdict=_get(d, "verdict", str, where, ""),
        outlets=_strings(d, "outlets", where),
        values=_strings(d, "values", where),
        cues=frozenset(normalise(c) for c in _strings(d, "cues", where) if normalise(c)),
        pairs=tuple(_parse_pair(kind, p, f"{where}.pairs[{i}]") for i, p in enumerate(pairs)),
    )


def parse_baseline(text: str) -> tuple[BaselineEntry, ...]:
    """Entries of a baseline document; raises ``ValueError`` saying what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ValueError("nested too deeply to be a baseline") from None
    try:
        if not isinstance(data, dict):
            raise _Malformed("the top level must be an object")
        if data.get("schema") != BASELINE_SCHEMA:
            raise _Malformed(f"schema must be {BASELINE_SCHEMA!r}, found {data.get('schema')!r}")
        findings = _get(data, "findings", list, "baseline", [])
        return tuple(_parse_entry(d, f"findings[{i}]") for i, d in enumerate(findings))
    except _Malformed as exc:
        raise ValueError(str(exc)) from None


def load_baseline(path: Path) -> tuple[BaselineEntry, ...]:
    """The accepted divergences; a missing file is an empty baseline."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return ()
    except IsADirectoryError:
        raise InputError(f"{path}: baseline is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read baseline ({exc.strerror or exc})") from None
    try:
        return parse_baseline(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: malformed baseline (not UTF-8 text)") from None
    except ValueError as exc:
        raise InputError(
            f"{path}: malformed baseline: {exc}; fix it or rewrite it with --update-baseline"
        ) from None
