"""The outputs of ``divergence check``: text, json, junit, sarif and github annotations.

Article text is untrusted and ends up in CI logs, XML and annotation commands,
so every piece of it goes through a sanitiser suited to its destination: one
line without control characters for logs (a line of an article must never
start a workflow command of its own), characters legal in XML 1.0 for JUnit,
GitHub's percent escapes for annotations.  Positions are ``line:column``,
1-based, columns counted in characters, computed from ``Fact.start`` in
``Document.text``.  For HTML articles that text was extracted from markup, so
it does not index the file: the annotations and SARIF then point at the file
without a line.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from compare import __version__
from compare.baseline import Assessment, BaselineEntry, Outcome, Tally, claim_value, normalise
from compare.model import Document, Fact, Report
from compare.schema import dumps, report_to_dict
from compare.sentences import counted, sentence

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_EXCERPT_MAX = 320
_OTHERS_MAX = 12


@dataclass(frozen=True)
class Location:
    """Where a fact is: ``column``/``end_column`` 1-based, the end exclusive."""

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    in_file: bool = True  # False when the position indexes text extracted from HTML

    def __str__(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column}"


# An article read through fsspec is shown by its URL (compare.corpus.remote).
_URL = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]+://")


def display_path(path: str) -> str:
    """A path relative to the working directory when it is inside it, with ``/``; a URL as given."""
    if _URL.match(path):
        return path
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            pass
    return p.as_posix()


class _Locator:
    """Line/column of offsets, computing each document's line starts once.

    ``quotes`` are facts located and excerpted earlier (``Quote``): an
    incremental ``check`` shows a story recalled from its caches with them,
    its documents' metadata and no text.
    """

    _BREAK = re.compile(r"\r\n|\r|\n")

    def __init__(self, report: Report, quotes: Mapping[str, Quote] | None = None) -> None:
        self.docs = {d.id: d for d in report.documents}
        self.quotes = quotes or {}
        self._starts: dict[str, list[int]] = {}
        self._paths: dict[str, str] = {}

    def _line_col(self, doc: Document, offset: int) -> tuple[int, int]:
        starts = self._starts.get(doc.id)
        if starts is None:
            starts = [0, *(m.end() for m in self._BREAK.finditer(doc.text))]
            self._starts[doc.id] = starts
        offset = max(0, min(offset, len(doc.text)))
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    def locate(self, fact: Fact) -> Location:
        doc = self.docs.get(fact.doc)
        if doc is None:
            return Location(fact.doc, in_file=False)
        if doc.id not in self._paths:
            self._paths[doc.id] = display_path(doc.path)
        known = self.quotes.get(fact.id)
        if known is not None:
            line, col, end_line, end_col = known.line, known.column, known.end_line, known.end_column
        else:
            line, col = self._line_col(doc, fact.start)
            end_line, end_col = self._line_col(doc, fact.end)
        return Location(self._paths[doc.id], line, col, end_line, end_col, doc.format != "html")

    def excerpt(self, fact: Fact) -> str:
        known = self.quotes.get(fact.id)
        return known.excerpt if known is not None else excerpt(self.docs.get(fact.doc), fact)


@dataclass(frozen=True)
class Quote:
    """A fact as ``check`` shows it, computed while its document's text was at hand: the
    line and column of its start and end, and its excerpt (``excerpt``)."""

    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str


def quotes(report: Report, facts: Iterable[Fact]) -> dict[str, Quote]:
    """The ``Quote`` of each of ``facts`` whose document is in ``report``, by fact id."""
    locator = _Locator(report)
    out: dict[str, Quote] = {}
    for fact in facts:
        doc = locator.docs.get(fact.doc)
        if doc is None:
            continue
        start, end = locator._line_col(doc, fact.start), locator._line_col(doc, fact.end)
        out[fact.id] = Quote(start[0], start[1], end[0], end[1], excerpt(doc, fact))
    return out


_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
# Bidirectional overrides could make a log line read differently from what it says.
_BIDI = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None)


# The characters of Unicode category Cc (C0 and C1 controls, DEL): a fixed set, so one
# regular expression instead of a category lookup per character (that lookup was most
# of a JUnit report's rendering time).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """Untrusted text made safe for one log line: no breaks, controls or bidi overrides."""
    return _CONTROLS.sub(" ", _LINE_BREAKS.sub(" ", text).translate(_BIDI)).strip()


def excerpt(doc: Document | None, fact: Fact) -> str:
    """The fact's sentence, verbatim but on one line, shortened around the fact if long."""
    if doc is None:
        return one_line(fact.text)
    start, end = fact.sentence.start, fact.sentence.end
    if not (0 <= start <= fact.start and fact.end <= end <= len(doc.text)):
        start, end = fact.start, fact.end
    prefix = suffix = ""
    if end - start > _EXCERPT_MAX:
        room = max(0, (_EXCERPT_MAX - (fact.end - fact.start)) // 2)
        new_start, new_end = max(start, fact.start - room), min(end, fact.end + room)
        prefix = "…" if new_start > start else ""
        suffix = "…" if new_end < end else ""
        start, end = new_start, new_end
    return prefix + one_line(doc.text[start:end]) + suffix


def _outlet(doc: Document | None, fact: Fact) -> str:
    if doc is None:
        return one_line(fact.doc)
    when = f" ({doc.published.isoformat()})" if doc.published else ""
    return one_line(doc.outlet) + when


def _claims(a: Assessment, docs: dict[str, Document]) -> list[str]:
    """'Outlet: "verbatim" = normalised' for each claim of a finding."""
    seen: dict[tuple[str, str], list[str]] = {}
    for fact in a.facts:
        doc = docs.get(fact.doc)
        outlet = doc.outlet if doc else fact.doc
        key = (normalise(outlet), claim_value(fact)[0])
        seen.setdefault(key, [])
        quoted = f"“{one_line(fact.text)}”"
        if quoted not in seen[key]:
            seen[key].append(quoted)
    lines = []
    for claim in a.claims:
        quotes = seen.get((normalise(claim.outlet), claim.value), [])
        lines.append(f"{one_line(claim.outlet)}: {', '.join(quotes)} = {claim.value}")
    return lines


def _summary(report: Report, outcome: Outcome) -> str:
    if outcome.updated:
        accepted = sum(1 for a in outcome.assessments if a.divergent)
        return _ci(
            "summary_updated",
            baseline=one_line(display_path(str(outcome.baseline))),
            accepted=counted(accepted, "divergence"),
            new=str(outcome.accepted_now),
            removed=counted(outcome.stale_removed, "stale_entry"),
        )
    new = len(outcome.new)
    tally = outcome.tally or Tally(
        documents=len(report.documents),
        facts=len(report.facts),
        findings=len(report.findings),
        skipped=len(report.skipped),
        accepted=sum(1 for a in outcome.assessments if a.status == "accepted"),
    )
    level = _ci("fail_on_conflict" if outcome.fail_on == "conflict" else "fail_on_compatible")
    skipped = _ci("skipped", files=counted(tally.skipped, "file")) if tally.skipped else ""
    return _ci(
        "summary",
        new=counted(new, "new_divergence"),
        level=level,
        accepted=str(tally.accepted),
        stale=counted(len(outcome.stale), "stale_baseline_entry"),
        documents=counted(tally.documents, "document"),
        facts=counted(tally.facts, "fact"),
        findings=counted(tally.findings, "finding"),
        skipped=skipped,
        baseline=one_line(display_path(str(outcome.baseline))),
    )


def _stale_line(e: BaselineEntry) -> str:
    what = " · ".join(one_line(x) for x in (e.verdict, e.kind, e.about) if x)
    outlets = ", ".join(one_line(o) for o in e.outlets)
    values = " vs ".join(one_line(v) for v in e.values)
    detail = "; ".join(x for x in (outlets, values) if x)
    return _ci(
        "stale",
        fingerprint=one_line(e.fingerprint),
        what=what,
        detail=_ci("stale_detail", detail=detail) if detail else "",
    )


def _finding_block(a: Assessment, locator: _Locator) -> list[str]:
    """The lines describing one finding.

    GitHub runs any log line that starts with ``::`` after leading spaces as a
    workflow command, so every line begins with a word or mark of ours and
    never with text taken from an article, a manifest or a file name.
    """
    f = a.finding
    lines = [
        f"{f.verdict.value}: {one_line(f.about)} [{a.fingerprint}]",
        f"  story: {one_line(f.story)}; kind: {f.kind}",
        f"  outlets: {', '.join(sorted({one_line(c.outlet) for c in a.claims}))}",
        "  values:",
        *(f"    - {c}" for c in _claims(a, locator.docs)),
    ]
    if f.explanation:
        lines.append(f"  why: {one_line(f.explanation)}")
    lines.append("  excerpts:")
    for fact in a.facts:
        loc = locator.locate(fact)
        doc = locator.docs.get(fact.doc)
        # File names are untrusted too: one may hold a line break followed by "::".
        where = one_line(str(loc)) + ("" if loc.in_file or loc.line is None else _ci("in_extracted_text"))
        lines.append(f"    - {where}: {_outlet(doc, fact)}: “{one_line(fact.text)}”")
        lines.append(f"      > {locator.excerpt(fact)}")
    return lines


def render_text(report: Report, outcome: Outcome) -> str:
    locator = _Locator(report, outcome.quotes)
    lines: list[str] = []
    for a in outcome.new:
        block = _finding_block(a, locator)
        lines.extend(["NEW " + block[0], *block[1:], ""])
    for e in outcome.stale:
        lines.append(_ci("text_stale", line=_stale_line(e)))
    if outcome.stale:
        lines.append("")
    lines.append(_summary(report, outcome))
    if outcome.new:
        lines.append(_ci("review", baseline=one_line(display_path(str(outcome.baseline)))))
    return "\n".join(lines) + "\n"


# --- GitHub workflow commands ---------------------------------------------------


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    # A file name is untrusted: on one line, without ESC or bidi controls.
    return _gh_data(one_line(text)).replace(":", "%3A").replace(",", "%2C")


def _gh_command(level: str, message: str, **props: object) -> str:
    fields = ",".join(
        f"{key}={_gh_property(str(value))}" for key, value in props.items() if value is not None
    )
    return f"::{level}{' ' + fields if fields else ''}::{_gh_data(message)}"


def _annotation(
    a: Assessment, fact: Fact, located: list[tuple[Fact, Location]], locator: _Locator, baseline: str
) -> str:
    f = a.finding
    loc = next(loc for o, loc in located if o is fact)
    others = [
        _ci(
            "other_excerpt",
            outlet=_outlet(locator.docs.get(o.doc), o),
            text=one_line(o.text),
            where=one_line(str(oloc)),
        )
        for o, oloc in located
        if o is not fact
    ]
    if len(others) > _OTHERS_MAX:
        others = [*others[:_OTHERS_MAX], _ci("more", count=str(len(others) - _OTHERS_MAX))]
    message = "\n".join(
        [
            _ci("annotation", verdict=f.verdict.value, kind=f.kind, about=one_line(f.about)),
            _ci("this_excerpt", outlet=_outlet(locator.docs.get(fact.doc), fact), text=one_line(fact.text)),
            *others,
            *([one_line(f.explanation)] if f.explanation else []),
            _ci("accept", fingerprint=a.fingerprint, baseline=baseline),
        ]
    )
    positioned = loc.in_file and loc.line is not None
    return _gh_command(
        "error",
        message,
        file=loc.path,
        line=loc.line if positioned else None,
        endLine=loc.end_line if positioned else None,
        col=loc.column if positioned else None,
        # GitHub's end column is inclusive, ours exclusive.
        endColumn=(
            max(loc.column or 1, (loc.end_column or 2) - 1)
            if positioned and loc.end_line == loc.line
            else None
        ),
        title=_ci("annotation_title", verdict=f.verdict.value, about=one_line(f.about)),
    )


def render_github(report: Report, outcome: Outcome) -> str:
    locator = _Locator(report, outcome.quotes)
    baseline = display_path(str(outcome.baseline))
    per_finding = [(a, [(fact, locator.locate(fact)) for fact in a.facts]) for a in outcome.new]
    # GitHub shows only the first 10 error annotations of a step: taking the
    # findings' facts in turn (first fact of each, then second of each...)
    # puts every new finding on the page before any gets a second annotation.
    lines: list[str] = []
    depth = max((len(located) for _, located in per_finding), default=0)
    for i in range(depth):
        for a, located in per_finding:
            if i < len(located):
                lines.append(_annotation(a, located[i][0], located, locator, baseline))
    for e in outcome.stale:
        lines.append(_gh_command("notice", _stale_line(e), file=baseline, title=_ci("stale_title")))
    lines.append(_gh_command("notice", _summary(report, outcome), title="divergence check"))
    return "\n".join(lines) + "\n"


# --- JUnit XML ----------------------------------------------------------------

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text with the characters XML 1.0 cannot hold (controls, surrogates) removed."""
    return _XML_ILLEGAL.sub("", text)


def _ci(key: str, /, **parts: str) -> str:
    """The sentence ``[ci] key`` of ``lang/en/sentences.toml`` with its parts filled in."""
    return sentence("ci", key, **parts)


def _status_of(a: Assessment) -> str:
    # What an assessment's status says to a reader (sentences.toml [status]).
    return sentence("status", a.status)


def _junit_case(suite: ET.Element, a: Assessment, locator: _Locator) -> bool:
    """Add one assessment's <testcase> to ``suite``; true when it fails (a new divergence)."""
    f = a.finding
    case = ET.SubElement(
        suite,
        "testcase",
        classname=xml_text(f"divergence.{f.story}"),
        name=xml_text(f"{f.verdict.value}: {f.about} [{a.fingerprint}]"),
        time="0",
    )
    if a.facts:
        # Where the first excerpt is, as GitLab and the Jenkins xunit schema take it.
        loc = locator.locate(a.facts[0])
        case.set("file", xml_text(loc.path))
        if loc.line is not None and loc.in_file:
            case.set("line", str(loc.line))
    block = "\n".join(_finding_block(a, locator))
    if a.status != "new":
        out = ET.SubElement(case, "system-out")
        out.text = xml_text(f"{_status_of(a)}\n{block}")
        return False
    failure = ET.SubElement(
        case,
        "failure",
        type=f.verdict.value,
        message=xml_text(_ci("failure", verdict=f.verdict.value, text=one_line(f.explanation or f.about))),
    )
    failure.text = xml_text(block)
    return True


def _junit_stale_case(suite: ET.Element, e: BaselineEntry, baseline: Path) -> None:
    """Add a skipped <testcase> for a baseline entry that no current finding matches."""
    case = ET.SubElement(
        suite,
        "testcase",
        classname="divergence.baseline",
        name=xml_text(_ci("stale_case", about=e.about or e.fingerprint, fingerprint=e.fingerprint)),
        time="0",
        file=xml_text(display_path(str(baseline))),
    )
    ET.SubElement(case, "skipped", message=xml_text(_stale_line(e)))


def render_junit(report: Report, outcome: Outcome) -> str:
    locator = _Locator(report, outcome.quotes)
    root = ET.Element("testsuites", name="divergence check")
    suites: dict[str, ET.Element] = {}
    counts: dict[str, dict[str, int]] = {}

    def suite(name: str) -> ET.Element:
        if name not in suites:
            suites[name] = ET.SubElement(root, "testsuite", name=xml_text(name))
            counts[name] = {"tests": 0, "failures": 0, "skipped": 0}
        return suites[name]

    for a in outcome.assessments:
        story = f"story {a.finding.story}"
        failed = _junit_case(suite(story), a, locator)
        counts[story]["tests"] += 1
        counts[story]["failures"] += failed
    for e in outcome.stale:
        name = _ci("stale_suite")
        _junit_stale_case(suite(name), e, outcome.baseline)
        counts[name]["tests"] += 1
        counts[name]["skipped"] += 1
    for name, element in suites.items():
        for key, value in counts[name].items():
            element.set(key, str(value))
        element.set("errors", "0")
        element.set("time", "0")
    # <testsuites> has no "skipped" in the Jenkins xunit schema (junit-10.xsd): suites carry it.
    for key in ("tests", "failures"):
        root.set(key, str(sum(c[key] for c in counts.values())))
    root.set("errors", "0")
    root.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --- SARIF 2.1.0 ----------------------------------------------------------------

_RULES = (
    {
        "id": "divergence/conflict",
        "name": "Conflict",
        "shortDescription": {"text": _ci("conflict_short")},
        "fullDescription": {"text": _ci("conflict_full")},
        "defaultConfiguration": {"level": "error"},
        "help": {"text": _ci("conflict_help")},
    },
    {
        "id": "divergence/compatible",
        "name": "Compatible",
        "shortDescription": {"text": _ci("compatible_short")},
        "fullDescription": {"text": _ci("compatible_full")},
        "defaultConfiguration": {"level": "warning"},
        "help": {"text": _ci("compatible_help")},
    },
    {
        "id": "divergence/updated",
        "name": "Updated",
        "shortDescription": {"text": _ci("updated_short")},
        "fullDescription": {"text": _ci("updated_full")},
        "defaultConfiguration": {"level": "warning"},
        "help": {"text": _ci("updated_help")},
    },
)
# Every divergent verdict has a rule: a verdict without one crashed the SARIF output.
_RULE_INDEX = {"conflict": 0, "compatible": 1, "updated": 2}


def _uri(path: str) -> str:
    if _URL.match(path):  # an article named by URL (s3://…): already a URI
        return path
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path, safe="/")


def _sarif_location(fact: Fact, loc: Location, docs: dict[str, Document], ident: int) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.path)}}
    if loc.in_file and loc.line is not None:
        physical["region"] = {
            "startLine": loc.line,
            "startColumn": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column,
            "snippet": {"text": fact.text},
        }
    return {
        "id": ident,
        "physicalLocation": physical,
        "message": {"text": f"{_outlet(docs.get(fact.doc), fact)}: “{one_line(fact.text)}”"},
    }


def _sarif_result(a: Assessment, locator: _Locator, baseline: Path) -> dict[str, Any]:
    """One divergent assessment as a SARIF result: its excerpts as locations, its baseline state."""
    f = a.finding
    locations = [
        _sarif_location(fact, locator.locate(fact), locator.docs, i) for i, fact in enumerate(a.facts)
    ]
    claims = "; ".join(_claims(a, locator.docs))
    text = f"{f.verdict.value}: {one_line(f.about)}. {claims}."
    if f.explanation:
        text += f" {one_line(f.explanation)}"
    gated = a.status in ("new", "accepted")
    result: dict[str, Any] = {
        "ruleId": _RULES[_RULE_INDEX[f.verdict.value]]["id"],
        "ruleIndex": _RULE_INDEX[f.verdict.value],
        "level": "error" if gated else "note",
        "message": {"text": text},
        "locations": locations[:1],
        "relatedLocations": locations,
        "partialFingerprints": {"divergenceFingerprint/v1": a.fingerprint},
        "properties": {
            "story": f.story,
            "kind": f.kind,
            "about": f.about,
            "verdict": f.verdict.value,
            "status": a.status,
            "outlets": sorted({c.outlet for c in a.claims}),
            "values": sorted({c.value for c in a.claims}),
        },
    }
    if gated:
        result["baselineState"] = "new" if a.status == "new" else "unchanged"
    if a.status == "accepted":
        result["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"accepted in {display_path(str(baseline))}",
            }
        ]
    return result


def render_sarif(report: Report, outcome: Outcome) -> str:
    locator = _Locator(report, outcome.quotes)
    results = [_sarif_result(a, locator, outcome.baseline) for a in outcome.assessments if a.divergent]
    notifications = [
        {
            "level": "note",
            "descriptor": {"id": "stale-baseline-entry"},
            "message": {"text": _ci("stale_entry", line=_stale_line(e))},
        }
        for e in outcome.stale
    ]
    driver = {
        "name": "divergence",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": list(_RULES),
    }
    invocation = {
        "executionSuccessful": True,
        "exitCode": outcome.exit_status,
        "toolExecutionNotifications": notifications,
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
        "properties": {
            "failOn": outcome.fail_on,
            "baseline": display_path(str(outcome.baseline)),
            "new": sorted({a.fingerprint for a in outcome.new}),
            "stale": [e.fingerprint for e in outcome.stale],
        },
    }
    sarif = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


# --- JSON -----------------------------------------------------------------------


def render_json(report: Report, outcome: Outcome) -> str:
    data = report_to_dict(report)
    data["fingerprints"] = {a.finding.id: a.fingerprint for a in outcome.assessments}
    data["new"] = sorted({a.fingerprint for a in outcome.new})
    data["accepted"] = sorted({a.fingerprint for a in outcome.assessments if a.status == "accepted"})
    data["stale"] = [e.fingerprint for e in outcome.stale]
    data["check"] = {
        "fail_on": outcome.fail_on,
        "baseline": display_path(str(outcome.baseline)),
        "updated": outcome.updated,
        "exit_status": outcome.exit_status,
    }
    return dumps(data)


# --- GitLab Code Quality ---------------------------------------------------------

# https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
_GITLAB_SEVERITY = {
    ("new", "conflict"): "critical",
    ("new", "compatible"): "major",
    ("new", "updated"): "major",  # gated like compatible
}


def render_gitlab(report: Report, outcome: Outcome) -> str:
    """GitLab Code Quality: one issue per excerpt of every conflict and compatible finding.

    New divergences are ``critical`` (conflict) or ``major`` (compatible);
    accepted and ungated ones are ``info``, so the merge request widget lists
    them without alarm.  The fingerprint hashes the finding's fingerprint with
    the outlet and value of the excerpt (never a line number), so GitLab tracks
    an issue across edits the way ``check`` does.
    """
    locator = _Locator(report, outcome.quotes)
    issues: list[dict[str, Any]] = []
    for a in outcome.assessments:
        if not a.divergent:
            continue
        f = a.finding
        claims = "; ".join(_claims(a, locator.docs))
        why = f" {one_line(f.explanation)}" if f.explanation else ""
        status = "new" if a.status == "new" else _status_of(a)
        description = f"{status} {f.verdict.value}: {one_line(f.about)}. {claims}.{why} [{a.fingerprint}]"
        seen: set[str] = set()
        for fact in a.facts:
            loc = locator.locate(fact)
            doc = locator.docs.get(fact.doc)
            key = hashlib.sha256(
                "\x1f".join([a.fingerprint, _outlet(doc, fact), one_line(fact.text)]).encode("utf-8")
            ).hexdigest()
            if key in seen:
                continue
            seen.add(key)
            issues.append(
                {
                    "description": description,
                    "check_name": f"divergence/{f.verdict.value}",
                    "fingerprint": key,
                    "severity": _GITLAB_SEVERITY.get((a.status, f.verdict.value), "info"),
                    "location": {
                        "path": loc.path,
                        "lines": {"begin": loc.line if loc.line is not None and loc.in_file else 1},
                    },
                }
            )
    for e in outcome.stale:
        # A stale entry is information about the baseline file, not about an article.
        issues.append(
            {
                "description": _ci("stale_entry", line=_stale_line(e)),
                "check_name": "divergence/stale-baseline-entry",
                "fingerprint": hashlib.sha256(f"stale\x1f{e.fingerprint}".encode()).hexdigest(),
                "severity": "info",
                "location": {"path": display_path(str(outcome.baseline)), "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
