"""The versioned JSON schema (``divergence/2``): model objects to plain dicts and back.

What changed from ``divergence/1`` (see docs/alignment.md): the verdict
``updated`` (a count reported at different times that moved as such counts
move; its finding lists the facts in reporting order); each finding's
``event`` (the event class its facts are about, "(background)" for an earlier
or sibling event); each fact's ``role`` and ``as_of``; ``summary`` counts
``updated``.  Readers of ``divergence/1`` files keep working: every new field
is optional on reading.

Added within ``divergence/2`` (2026-12-02, additive): a date value that is a
clock time has granularity ``minute`` and two more keys, ``time`` ("07:00")
and ``zone`` ("UTC" when the text named the zone and the time was shifted to
UTC, "local" for "local time", "unstated" when the text names no zone);
``start``/``end`` are then the (UTC) day, or null when the text names no
day.  Other dates have neither key, so files
written before read as before, and a reader that ignores the keys still sees
a valid day interval.

One place owns the field names, so the ``facts`` JSON, the report JSON, the
fact cache and the CI baseline cannot drift apart.  Dicts are built in a fixed
key order and serialised with sorted, stable lists, so the same input always
gives byte-identical JSON.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Sequence
from typing import Any, get_args

from compare import jsontext
from compare.lang import ROLES
from compare.model import (
    DEFAULT_LANGUAGE,
    SCHEMA,
    About,
    DateValue,
    Document,
    Echo,
    Fact,
    Finding,
    Quantity,
    Report,
    Skipped,
    Span,
    Zone,
)


def _number(x: float | None) -> int | float | None:
    """Integers stay integers in JSON ("100000", not "100000.0")."""
    if x is None or not math.isfinite(x):
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return round(float(x), 6)


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def value_to_dict(value: Quantity | DateValue) -> dict[str, Any]:
    if isinstance(value, DateValue):
        out: dict[str, Any] = {
            "start": _date(value.start),
            "end": _date(value.end),
            "granularity": value.granularity,
            "anchor": value.anchor,
        }
        if value.time is not None:
            # Only clock times carry these keys: dates read and write as before.
            out["time"] = value.time.strftime("%H:%M")
            out["zone"] = value.zone
        return out
    return {
        "stated": _number(value.stated),
        "low": _number(value.low),
        "high": _number(value.high),
        "unit": value.unit,
        "qualifier": value.qualifier,
    }


def about_to_dict(about: About) -> dict[str, Any]:
    return {
        "noun": about.noun,
        "predicate": about.predicate,
        "event": about.event,
        "participants": list(about.participants),
        "places": list(about.places),
        "modality": about.modality,
        "terms": list(about.terms),
    }


def fact_to_dict(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "doc": fact.doc,
        "start": fact.start,
        "end": fact.end,
        "text": fact.text,
        "kind": fact.kind,
        "value": value_to_dict(fact.value),
        "about": about_to_dict(fact.about),
        "sentence": [fact.sentence.start, fact.sentence.end],
        "boilerplate": fact.boilerplate,
        "role": fact.role,
        "as_of": _date(fact.as_of),
    }


def document_to_dict(doc: Document, *, with_text: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id,
        "path": doc.path,
        "outlet": doc.outlet,
        "title": doc.title,
        "author": doc.author,
        "published": _date(doc.published),
        "url": doc.url,
        "story": doc.story,
        "sha256": doc.sha256,
        "format": doc.format,
    }
    if doc.language != DEFAULT_LANGUAGE:
        # Optional, so that an English report reads as before (absent: English).
        out["language"] = doc.language
    if with_text:
        # Offsets of an HTML (or re-decoded) document index the extracted
        # text, which is not the file's bytes: the JSON must carry it.
        out["text"] = doc.text
    if doc.warnings:
        out["warnings"] = list(doc.warnings)
    return out


def _needs_text(doc: Document) -> bool:
    return doc.format == "html" or any("encoding" in w or "BOM" in w for w in doc.warnings)


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "story": finding.story,
        "kind": finding.kind,
        "about": finding.about,
        "verdict": finding.verdict.value,
        "facts": list(finding.facts),
        "explanation": finding.explanation,
        "cues": list(finding.cues),
        "event": finding.event,
    }


def _document_dict(doc: Document) -> dict[str, Any]:
    return document_to_dict(doc, with_text=_needs_text(doc))


def _skipped_dict(skipped: Skipped) -> dict[str, Any]:
    return {"path": skipped.path, "reason": skipped.reason}


def facts_to_dict(report: Report, *, lazy: bool = False) -> dict[str, Any]:
    """The ``divergence facts`` JSON.  ``lazy``: the lists as ``jsontext.Mapped``, each item
    made as the text is written (for ``dump_chunks`` only), so the whole tree of dicts, several
    times the size of the text, never exists at once."""
    return {
        "schema": SCHEMA,
        "documents": _items(report.documents, _document_dict, lazy),
        "facts": _items(report.facts, fact_to_dict, lazy),
        "skipped": _items(report.skipped, _skipped_dict, lazy),
    }


def report_to_dict(report: Report, *, lazy: bool = False) -> dict[str, Any]:
    """The ``divergence report`` JSON: the facts JSON plus findings and summary (``lazy``: see
    ``facts_to_dict``)."""
    out = facts_to_dict(report, lazy=lazy)
    out["findings"] = _items(report.findings, finding_to_dict, lazy)
    out["summary"] = report.summary()
    out["echoes"] = _items(report.echoes, echo_to_dict, lazy)
    return out


def _items(items: Sequence[Any], convert: Callable[[Any], Any], lazy: bool) -> Any:
    return jsontext.Mapped(items, convert) if lazy else [convert(item) for item in items]


def echo_to_dict(echo: Echo) -> dict[str, Any]:
    """A passage several outlets share nearly word for word: ``text`` as the first
    document has it, and where each document carries it (``text[start:end]``)."""
    return {
        "story": echo.story,
        "text": echo.text,
        "words": echo.words,
        "spans": [{"doc": s.doc, "start": s.start, "end": s.end} for s in echo.spans],
    }


def dumps(data: dict[str, Any]) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=2)`` plus a newline, byte for byte (see ``jsontext``)."""
    return jsontext.text(data) + "\n"


def dump_chunks(data: dict[str, Any]) -> Iterator[str]:
    """The same text as ``dumps``, in chunks of about a megabyte, for writing large reports without
    holding them whole (one chunk per value, as ``json`` yields them, made 50,000 facts cost seconds)."""
    yield from jsontext.iter_text(data)
    yield "\n"


# --- back from dicts (fact cache, baseline tooling) -------------------------


def _parse_date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def value_from_dict(kind: str, d: dict[str, Any]) -> Quantity | DateValue:
    if kind == "date":
        time = d.get("time")
        zone = d.get("zone")
        if time is not None and zone not in get_args(Zone):
            raise ValueError(f"a clock time needs the zone 'UTC', 'local' or 'unstated', not {zone!r}")
        return DateValue(
            start=_parse_date(d["start"]),
            end=_parse_date(d["end"]),
            granularity=d["granularity"],
            anchor=d["anchor"],
            time=dt.time.fromisoformat(time) if time is not None else None,
            zone=zone if time is not None else None,
        )
    return Quantity(
        stated=d["stated"], low=d["low"], high=d["high"], unit=d["unit"], qualifier=d["qualifier"]
    )


def _role(value: Any) -> str | None:
    if value is None:
        return None
    if value not in ROLES:
        raise ValueError(f"unknown role {value!r}")
    return str(value)


def fact_from_dict(d: dict[str, Any]) -> Fact:
    """A fact back from its dict; ``role`` and ``as_of`` may be absent (older files)."""
    a = d["about"]
    return Fact(
        id=d["id"],
        doc=d["doc"],
        start=d["start"],
        end=d["end"],
        text=d["text"],
        kind=d["kind"],
        value=value_from_dict(d["kind"], d["value"]),
        about=About(
            noun=a["noun"],
            predicate=a["predicate"],
            event=a["event"],
            participants=tuple(a["participants"]),
            places=tuple(a["places"]),
            modality=a["modality"],
            terms=tuple(a["terms"]),
        ),
        sentence=Span(d["sentence"][0], d["sentence"][1]),
        boilerplate=d["boilerplate"],
        role=_role(d.get("role")),
        as_of=_parse_date(d.get("as_of")),
    )
