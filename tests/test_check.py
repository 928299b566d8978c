"""`divergence check`: exit statuses, baseline matching, output formats, fact cache.

Most tests build Reports by hand (Document, Fact, Finding) so that they pin the
CI gate itself; the end-to-end tests at the bottom run the real pipeline on
small articles written to tmp_path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sys
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import compare
from compare import ci, incremental_check
from compare.cache import FactCache
from compare.cli import main
from compare.errors import InputError
from compare.model import (
    About,
    DateValue,
    Document,
    Fact,
    Finding,
    Quantity,
    Report,
    Span,
    Verdict,
)
from compare.render.ci_formats import one_line, xml_text

TROOPS = About(noun="troop", predicate="mass", places=("Ukraine",), participants=("Russia",))
DEAD = About(noun="person", predicate="kill", places=("Donbas",))
TALKS = About(event="talks", places=("Geneva",))


# --- building reports by hand ---------------------------------------------------


def make_doc(
    ident: str,
    outlet: str,
    text: str,
    *,
    path: str | None = None,
    story: str = "ukraine",
    fmt: str = "txt",
) -> Document:
    return Document(
        id=ident,
        path=path or f"articles/{ident}.txt",
        text=text,
        outlet=outlet,
        title=f"{outlet} article",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        story=story,
        published=dt.date(2022, 1, 10),
        format=fmt,  # type: ignore[arg-type]
    )


def make_fact(doc: Document, needle: str, value: Quantity | DateValue, about: About = TROOPS) -> Fact:
    start = doc.text.index(needle)
    end = start + len(needle)
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    kind = "date" if isinstance(value, DateValue) else "count"
    return Fact(
        id=f"{doc.id}-f{start}",  # ids embed doc ids and offsets, as real ones do
        doc=doc.id,
        start=start,
        end=end,
        text=needle,
        kind=kind,  # type: ignore[arg-type]
        value=value,
        about=about,
        sentence=Span(line_start, len(doc.text) if line_end < 0 else line_end),
    )


def count(stated: float, qualifier: str = "exact", unit: str = "troop") -> Quantity:
    if qualifier == "about":
        return Quantity(stated, stated * 0.9, stated * 1.1, unit, "about")
    if qualifier == "more-than":
        return Quantity(stated, stated, None, unit, "more-than")
    return Quantity(stated, stated, stated, unit, "exact")  # type: ignore[arg-type]


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), "day", "absolute")


def finding(
    ident: str, verdict: Verdict, facts: Sequence[Fact], about: str = "Russian troops at the border"
) -> Finding:
    return Finding(
        id=ident,
        story="ukraine",
        kind=facts[0].kind,
        about=about,
        verdict=verdict,
        facts=tuple(f.id for f in facts),
        explanation=f"{len(facts)} outlets state it differently.",
        cues=("troop", "border"),
    )


RFE_TEXT = (
    "Talks With Russia\n\n"
    "The talks open in Geneva next week.\n"
    "Russia has massed about 100,000 troops near the border with Ukraine, officials say.\n"
)
WSJ_TEXT = "Posturing and threats\nRussia has massed 175,000 troops near the border with Ukraine.\n"
YALE_TEXT = "Update\r\nSome say Russia has 175,000 troops near Ukraine.\r\n"


def troop_docs() -> tuple[Document, Document, Fact, Fact]:
    rfe = make_doc("000_rfe", "RFE/RL", RFE_TEXT)
    wsj = make_doc("002_wsj", "The Wall Street Journal", WSJ_TEXT)
    return (
        rfe,
        wsj,
        make_fact(rfe, "about 100,000 troops", count(100_000, "about")),
        make_fact(wsj, "175,000 troops", count(175_000)),
    )


def build(docs: Sequence[Document], facts: Sequence[Fact], findings: Sequence[Finding]) -> Report:
    return Report(documents=tuple(docs), facts=tuple(facts), findings=tuple(findings))


def troop_conflict() -> Report:
    rfe, wsj, a, b = troop_docs()
    return build([rfe, wsj], [a, b], [finding("F1", Verdict.CONFLICT, [a, b])])


def run_check(
    report: Report,
    baseline: Path,
    *,
    update: bool = False,
    fail_on: str = "conflict",
    fmt: str = "text",
) -> tuple[int, str]:
    out = io.StringIO()
    status = ci.check(report, baseline=baseline, update=update, fail_on=fail_on, fmt=fmt, out=out)
    return status, out.getvalue()


# --- exit statuses and the baseline ---------------------------------------------


def test_new_conflict_fails_and_text_shows_values_and_excerpts(tmp_path: Path) -> None:
    status, text = run_check(troop_conflict(), tmp_path / "baseline.json")
    assert status == 1
    assert text.startswith("NEW conflict: Russian troops at the border [")
    assert "RFE/RL: “about 100,000 troops” = about 100000 troop" in text
    assert "The Wall Street Journal: “175,000 troops” = exact 175000 troop" in text
    # RFE: line 4 ("Russia has massed ..."), column 19 is where "about" starts.
    assert "articles/000_rfe.txt:4:19: RFE/RL (2022-01-10): “about 100,000 troops”" in text
    assert "articles/002_wsj.txt:2:19: The Wall Street Journal (2022-01-10): “175,000 troops”" in text
    assert "Russia has massed about 100,000 troops near the border with Ukraine, officials say." in text
    assert "1 new divergence (conflict), 0 accepted, 0 stale baseline entries" in text
    assert not (tmp_path / "baseline.json").exists()


def test_nothing_to_report_exits_zero(tmp_path: Path) -> None:
    rfe, wsj, a, _ = troop_docs()
    b = make_fact(wsj, "175,000 troops", count(100_000))
    report = build([rfe, wsj], [a, b], [finding("F1", Verdict.COMPATIBLE, [a, b])])
    status, text = run_check(report, tmp_path / "missing.json")
    assert status == 0
    assert "0 new divergences (conflict)" in text


def test_update_baseline_writes_atomically_and_then_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = tmp_path / "ci" / "baseline.json"
    writes: list[Path] = []
    real = ci.write_atomic

    def spy(path: Any, data: str | bytes) -> None:
        writes.append(Path(path))
        real(path, data)

    monkeypatch.setattr(ci, "write_atomic", spy)
    status, text = run_check(troop_conflict(), baseline, update=True)
    assert status == 0
    assert writes == [baseline]
    assert f"baseline {baseline} updated: 1 divergence accepted (1 new, 0 stale entries removed)" in text
    data = json.loads(baseline.read_text())
    assert data["schema"] == "divergence-baseline/1"
    [entry] = data["findings"]
    assert entry["verdict"] == "conflict"
    assert entry["outlets"] == ["RFE/RL", "The Wall Street Journal"]
    assert entry["values"] == ["about 100000 troop", "exact 175000 troop"]
    assert entry["pairs"][0]["level"] == "conflict"
    assert [p.name for p in baseline.parent.iterdir()] == ["baseline.json"]  # no temp file left
    assert run_check(troop_conflict(), baseline)[0] == 0
    # Writing it again gives the same bytes: a clean diff in review.
    before = baseline.read_bytes()
    run_check(troop_conflict(), baseline, update=True)
    assert baseline.read_bytes() == before


def test_third_outlet_siding_with_an_accepted_side_stays_accepted(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    run_check(troop_conflict(), baseline, update=True)
    rfe, wsj, a, b = troop_docs()
    yale = make_doc("003_yale", "Yale MacMillan Center", YALE_TEXT)
    c = make_fact(yale, "175,000 troops", count(175_000))
    report = build([rfe, wsj, yale], [a, b, c], [finding("F1", Verdict.CONFLICT, [a, b, c])])
    status, text = run_check(report, baseline)
    assert status == 0, text
    assert "0 new divergences (conflict), 1 accepted, 0 stale" in text


def test_new_conflict_on_top_of_a_baselined_one_fails(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    run_check(troop_conflict(), baseline, update=True)
    rfe, wsj, a, b = troop_docs()
    yale = make_doc("003_yale", "Yale MacMillan Center", YALE_TEXT)
    c = make_fact(yale, "175,000 troops", count(250_000))  # a value of its own
    report = build([rfe, wsj, yale], [a, b, c], [finding("F1", Verdict.CONFLICT, [a, b, c])])
    status, text = run_check(report, baseline)
    assert status == 1
    assert "Yale MacMillan Center" in text and "exact 250000 troop" in text


def test_second_unrelated_conflict_fails_while_the_first_stays_accepted(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    run_check(troop_conflict(), baseline, update=True)
    rfe = make_doc("000_rfe", "RFE/RL", RFE_TEXT + "More than 13,000 people have been killed in Donbas.\n")
    wsj = make_doc("002_wsj", "The Wall Street Journal", WSJ_TEXT + "About 14,000 people died in Donbas.\n")
    a = make_fact(rfe, "about 100,000 troops", count(100_000, "about"))
    b = make_fact(wsj, "175,000 troops", count(175_000))
    d1 = make_fact(rfe, "13,000 people", count(13_000, unit="person"), DEAD)
    d2 = make_fact(wsj, "14,000 people", count(9_000, unit="person"), DEAD)
    report = build(
        [rfe, wsj],
        [a, b, d1, d2],
        [
            finding("F1", Verdict.CONFLICT, [a, b]),
            finding("F2", Verdict.CONFLICT, [d1, d2], about="people killed in Donbas"),
        ],
    )
    status, text = run_check(report, baseline)
    assert status == 1
    assert "NEW conflict: people killed in Donbas" in text
    assert "NEW conflict: Russian troops" not in text
    assert "1 new divergence (conflict), 1 accepted" in text


def test_stale_entry_is_reported_in_every_format_without_failing(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    run_check(troop_conflict(), baseline, update=True)
    fingerprint = json.loads(baseline.read_text())["findings"][0]["fingerprint"]
    rfe, wsj, a, _ = troop_docs()
    corrected = make_fact(wsj, "175,000 troops", count(100_000))  # the WSJ issued a correction
    report = build([rfe, wsj], [a, corrected], [finding("F1", Verdict.COMPATIBLE, [a, corrected])])
    for fmt in ci.FORMATS:
        status, text = run_check(report, baseline, fmt=fmt)
        assert status == 0, fmt
        assert fingerprint in text, fmt
    status, text = run_check(report, baseline)
    assert f"STALE baseline entry [{fingerprint}] conflict · count · Russian troops" in text
    assert "1 stale baseline entry" in text
    # --update-baseline drops it.
    status, text = run_check(report, baseline, update=True)
    assert "1 stale entry removed" in text
    assert [e["verdict"] for e in json.loads(baseline.read_text())["findings"]] == ["compatible"]


def test_fail_on_compatible_gates_differences_in_precision(tmp_path: Path) -> None:
    rfe, wsj, a, _ = troop_docs()
    b = make_fact(wsj, "175,000 troops", count(100_000, "more-than"))
    report = build([rfe, wsj], [a, b], [finding("F1", Verdict.COMPATIBLE, [a, b])])
    assert run_check(report, tmp_path / "b.json")[0] == 0
    status, text = run_check(report, tmp_path / "b.json", fail_on="compatible")
    assert status == 1
    assert "NEW compatible:" in text and "(compatible or conflict)" in text


def test_accepted_compatible_pair_does_not_cover_a_conflict(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    rfe, wsj, a, _ = troop_docs()
    b = make_fact(wsj, "175,000 troops", count(100_000, "more-than"))
    run_check(
        build([rfe, wsj], [a, b], [finding("F1", Verdict.COMPATIBLE, [a, b])]),
        baseline,
        update=True,
    )
    # Same outlets, values overlapping the accepted ones, but now they cannot both hold.
    b2 = make_fact(wsj, "175,000 troops", count(175_000))
    report = build([rfe, wsj], [a, b2], [finding("F1", Verdict.CONFLICT, [a, b2])])
    assert run_check(report, baseline)[0] == 1


def test_bare_fingerprint_entry_accepts_that_finding(tmp_path: Path) -> None:
    report = troop_conflict()
    [assessment] = ci.assess(report)
    baseline = tmp_path / "b.json"
    baseline.write_text(
        json.dumps({"schema": ci.BASELINE_SCHEMA, "findings": [{"fingerprint": assessment.fingerprint}]})
    )
    assert run_check(report, baseline)[0] == 0


def test_date_conflict(tmp_path: Path) -> None:
    a_doc = make_doc("a", "RFE/RL", "The talks in Geneva on January 10 ended.\n")
    b_doc = make_doc("b", "Security Management", "The talks in Geneva on January 12 ended.\n")
    a = make_fact(a_doc, "January 10", day(2022, 1, 10), TALKS)
    b = make_fact(b_doc, "January 12", day(2022, 1, 12), TALKS)
    report = build([a_doc, b_doc], [a, b], [finding("D", Verdict.CONFLICT, [a, b], "Geneva talks")])
    baseline = tmp_path / "b.json"
    status, text = run_check(report, baseline)
    assert status == 1 and "= 2022-01-10" in text and "= 2022-01-12" in text
    run_check(report, baseline, update=True)
    entry = json.loads(baseline.read_text())["findings"][0]
    assert entry["pairs"][0]["sides"][0]["low"] == "2022-01-10"
    assert run_check(report, baseline)[0] == 0


# --- malformed baselines ----------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"schema": "divergence-baseline/9", "findings": []}',
        '{"schema": "divergence-baseline/1", "findings": {}}',
        '{"schema": "divergence-baseline/1", "findings": [{"story": "x"}]}',
        '{"schema": "divergence-baseline/1", "findings": [{"fingerprint": "x", "pairs": [{}]}]}',
        '{"schema": "divergence-baseline/1", "findings": [{"fingerprint": "x", "kind": "date", '
        '"pairs": [{"level": "conflict", "sides": [{"value": "a", "low": 3}, {"value": "b"}]}]}]}',
    ],
)
def test_malformed_baseline_is_an_input_error_naming_the_file(tmp_path: Path, content: str) -> None:
    baseline = tmp_path / "bad-baseline.json"
    baseline.write_text(content)
    with pytest.raises(InputError, match=re.escape(str(baseline)) + ": malformed baseline"):
        run_check(troop_conflict(), baseline)


def test_baseline_that_is_not_utf8_or_is_a_directory(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="not UTF-8"):
        run_check(troop_conflict(), bad)
    with pytest.raises(InputError, match="is a directory"):
        run_check(troop_conflict(), tmp_path)


def test_update_repairs_a_malformed_baseline(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text("{oops")
    assert run_check(troop_conflict(), baseline, update=True)[0] == 0
    assert run_check(troop_conflict(), baseline)[0] == 0


# --- fingerprints -----------------------------------------------------------------


def fingerprints(report: Report) -> dict[str, str]:
    return {a.finding.about: a.fingerprint for a in ci.assess(report)}


def test_fingerprint_survives_reordering_ids_unrelated_articles_and_edits(tmp_path: Path) -> None:
    original = troop_conflict()
    baseline = tmp_path / "b.json"
    run_check(original, baseline, update=True)
    reference = fingerprints(original)

    # Re-ordered corpus, with other document ids (they embed run-local order).
    rfe, wsj, _, _ = troop_docs()
    rfe2, wsj2 = replace(rfe, id="doc-7"), replace(wsj, id="doc-1")
    # An unrelated paragraph edited above the fact: every offset in the file moves.
    edited = RFE_TEXT.replace("next week.", "next week, on Monday and Tuesday, diplomats said.")
    rfe2 = replace(rfe2, text=edited, sha256="changed")
    a = make_fact(rfe2, "about 100,000 troops", count(100_000, "about"))
    b = make_fact(wsj2, "175,000 troops", count(175_000))
    # An unrelated article with an unrelated finding of its own.
    other = make_doc("doc-0", "Reuters", "The ruble fell 3% on Monday.\n")
    o1 = make_fact(other, "3%", Quantity(3, 3, 3, "percent", "exact"), About(noun="ruble"))
    report = build(
        [wsj2, other, rfe2],
        [o1, b, a],
        [
            finding("X9", Verdict.SINGLE_SOURCE, [o1], about="ruble"),
            finding("X2", Verdict.CONFLICT, [b, a]),
        ],
    )
    assert a.start != troop_docs()[2].start
    assert fingerprints(report) == reference
    status, text = run_check(report, baseline)
    assert status == 0, text
    assert "1 accepted, 0 stale" in text


def test_fingerprint_depends_on_what_the_divergence_is() -> None:
    reference = fingerprints(troop_conflict())["Russian troops at the border"]
    rfe, wsj, a, b = troop_docs()
    other_value = replace(b, value=count(180_000))
    other_subject = replace(b, about=DEAD)
    variants = [
        build([rfe, wsj], [a, other_value], [finding("F", Verdict.CONFLICT, [a, other_value])]),
        # another outlet
        build([rfe, replace(wsj, outlet="Reuters")], [a, b], [finding("F", Verdict.CONFLICT, [a, b])]),
        # another subject
        build([rfe, wsj], [a, other_subject], [finding("F", Verdict.CONFLICT, [a, other_subject])]),
    ]
    for variant in variants:
        assert fingerprints(variant)["Russian troops at the border"] != reference


def test_normalise_folds_case_accents_and_punctuation() -> None:
    assert ci.normalise("  Zelenskiy’s  RFE/RL ") == ci.normalise("zelenskiy s rfe rl")
    assert ci.normalise("Genève") == "geneve"


# --- output formats ---------------------------------------------------------------

ANNOTATION = re.compile(
    r"^::(error|warning|notice)"
    r"(?: (?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)?"
    r"::[^\r\n]*$"
)


def hostile_report() -> Report:
    """Article text full of things that break logs, XML and annotation commands."""
    text = (
        "Headline\n"
        "::error::injected 50% \x1b[31mred\x1b[0m \x01 ok, <b>&amp;</b> \u202eevil\n"
        "Russia has massed about 100,000 troops: 'near' the border, \"officially\".\n"
    )
    rfe = make_doc("a", "RFE/RL, Inc: <News>", text, path="articles/a,b:c.txt")
    wsj = make_doc("b", "WSJ", WSJ_TEXT)
    a = make_fact(rfe, "about 100,000 troops", count(100_000, "about"))
    a = replace(a, sentence=Span(text.index("::error"), len(text) - 1))
    b = make_fact(wsj, "175,000 troops", count(175_000))
    f = replace(finding("F1", Verdict.CONFLICT, [a, b]), about="troops 100% \n ::warning::x, y")
    return build([rfe, wsj], [a, b], [f])


def test_text_output_cannot_start_a_workflow_command_or_hold_controls(tmp_path: Path) -> None:
    status, text = run_check(hostile_report(), tmp_path / "b.json")
    assert status == 1
    for line in text.splitlines():
        assert not line.lstrip().startswith("::")
        assert "\x1b" not in line and "\x01" not in line and "\u202e" not in line


def test_file_names_cannot_start_a_log_line_either(tmp_path: Path) -> None:
    rfe, wsj, a, b = troop_docs()
    rfe = replace(rfe, path="articles/a\n::error::forged.txt")
    report = build([rfe, wsj], [a, b], [finding("F1", Verdict.CONFLICT, [a, b])])
    for fmt in ("text", "github"):
        status, out = run_check(report, tmp_path / "b\n::warning::x.json", fmt=fmt)
        assert status == 1 and "forged" in out
        for line in out.splitlines():
            assert (
                line.startswith(("::error ", "::notice "))
                if fmt == "github"
                else not line.lstrip().startswith("::")
            )


def test_github_annotations_follow_the_grammar(tmp_path: Path) -> None:
    status, out = run_check(hostile_report(), tmp_path / "b.json", fmt="github")
    assert status == 1
    lines = out.splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 2  # one per fact of the new finding
    for line in lines:
        assert ANNOTATION.match(line), line
    first = errors[0]
    assert "file=articles/a%2Cb%3Ac.txt,line=3,endLine=3,col=19,endColumn=38," in first
    assert "title=divergence%3A new conflict%3A troops 100%25   %3A%3Awarning%3A%3Ax%2C y::" in first
    message = first.split("::", 2)[2]
    assert "%0A" in message and "\n" not in message
    assert lines[-1].startswith("::notice title=divergence check::divergence check: 1 new")


def test_github_puts_every_new_finding_first_before_second_annotations(tmp_path: Path) -> None:
    rfe = make_doc("000_rfe", "RFE/RL", RFE_TEXT + "More than 13,000 people have been killed in Donbas.\n")
    wsj = make_doc("002_wsj", "WSJ", WSJ_TEXT + "About 14,000 people died in Donbas.\n")
    a = make_fact(rfe, "about 100,000 troops", count(100_000, "about"))
    b = make_fact(wsj, "175,000 troops", count(175_000))
    d1 = make_fact(rfe, "13,000 people", count(13_000, unit="person"), DEAD)
    d2 = make_fact(wsj, "14,000 people", count(9_000, unit="person"), DEAD)
    report = build(
        [rfe, wsj],
        [a, b, d1, d2],
        [finding("F1", Verdict.CONFLICT, [a, b]), finding("F2", Verdict.CONFLICT, [d1, d2], "deaths")],
    )
    _, out = run_check(report, tmp_path / "b.json", fmt="github")
    titles = [
        line.split("title=")[1].split("::")[0] for line in out.splitlines() if line.startswith("::error")
    ]
    assert len(titles) == 4
    assert titles[0] != titles[1] and titles[:2] == titles[2:]


def test_github_annotation_for_html_points_at_the_file_only(tmp_path: Path) -> None:
    rfe, wsj, a, b = troop_docs()
    rfe = replace(rfe, path="articles/rfe.html", format="html")
    report = build([rfe, wsj], [a, b], [finding("F1", Verdict.CONFLICT, [a, b])])
    _, out = run_check(report, tmp_path / "b.json", fmt="github")
    html = [line for line in out.splitlines() if "rfe.html" in line.split("::")[1]]
    assert html and "line=" not in html[0].split("::")[1]


def test_junit_is_well_formed_and_fails_new_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    report = hostile_report()
    status, out = run_check(report, baseline, fmt="junit")
    assert status == 1
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.get("tests") == "1" and root.get("failures") == "1"
    [case] = root.iter("testcase")
    failure = case.find("failure")
    assert failure is not None and failure.get("type") == "conflict"
    assert "articles/a,b:c.txt:3:19" in (failure.text or "")
    # Accepted: the same case passes; a stale entry appears as skipped.
    run_check(report, baseline, update=True)
    rfe, wsj, a, _ = troop_docs()
    agree = make_fact(wsj, "175,000 troops", count(100_000, "about"))
    report2 = build([rfe, wsj], [a, agree], [finding("F1", Verdict.AGREE, [a, agree])])
    status, out = run_check(report2, baseline, fmt="junit")
    assert status == 0
    root = ET.fromstring(out)
    assert root.get("failures") == "0" and root.get("tests") == "2"
    # The xunit schema has "skipped" on <testsuite> only.
    assert sum(int(s.get("skipped")) for s in root.iter("testsuite")) == 1
    skipped = [c for c in root.iter("testcase") if c.find("skipped") is not None]
    assert skipped and "no longer exists" in (skipped[0].find("skipped").get("message") or "")  # type: ignore[union-attr]


def test_xml_text_strips_characters_xml_cannot_hold() -> None:
    assert xml_text("a\x00b\x1bc\ud800d\ufffee\tf\U0001f600") == "abcde\tf\U0001f600"


def test_sarif_has_the_required_structure(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    status, out = run_check(hostile_report(), baseline, fmt="sarif")
    assert status == 1
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and "sarif-2.1.0" in sarif["$schema"]
    [run] = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "divergence" and driver["version"] == compare.__version__
    rule_ids = [r["id"] for r in driver["rules"]]
    [result] = run["results"]
    assert result["ruleId"] in rule_ids and driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert result["level"] == "error" and result["baselineState"] == "new"
    assert result["message"]["text"]
    region = result["locations"][0]["physicalLocation"]["region"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "articles/a%2Cb%3Ac.txt"
    assert region == {
        "startLine": 3,
        "startColumn": 19,
        "endLine": 3,
        "endColumn": 39,
        "snippet": {"text": "about 100,000 troops"},
    }
    assert len(result["relatedLocations"]) == 2
    [fp] = result["partialFingerprints"].values()
    assert fp == ci.assess(hostile_report())[0].fingerprint
    # Once accepted: suppressed, unchanged, exit 0.
    run_check(hostile_report(), baseline, update=True)
    status, out = run_check(hostile_report(), baseline, fmt="sarif")
    result = json.loads(out)["runs"][0]["results"][0]
    assert status == 0 and result["baselineState"] == "unchanged" and result["suppressions"]


def test_one_case_and_one_result_per_assessment_by_status() -> None:
    """JUnit's case fails and SARIF's result is gated for a new finding; an accepted one is suppressed."""
    from compare.render import ci_formats

    report = hostile_report()
    [new] = ci.assess(report)
    accepted = replace(new, status="accepted")
    locator = ci_formats._Locator(report)
    suite = ET.Element("testsuite")
    assert ci_formats._junit_case(suite, replace(new, status="new"), locator) is True
    assert ci_formats._junit_case(suite, accepted, locator) is False
    failed, passed = suite.iter("testcase")
    assert failed.find("failure") is not None and passed.find("failure") is None
    assert "articles/a,b:c.txt" == failed.get("file") and failed.get("line") == "3"
    result = ci_formats._sarif_result(accepted, locator, Path("ci/b.json"))
    assert result["level"] == "error" and result["baselineState"] == "unchanged"
    assert result["suppressions"][0]["justification"].endswith("b.json")
    unchecked = ci_formats._sarif_result(new, locator, Path("ci/b.json"))
    assert unchecked["level"] == "note"
    assert "baselineState" not in unchecked and "suppressions" not in unchecked


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_outputs_survive_unencodable_text(tmp_path: Path, encoding: str) -> None:
    """A lone surrogate (a badly decoded file) or an ASCII console cannot crash the check."""
    rfe, wsj, a, b = troop_docs()
    rfe = replace(rfe, text=rfe.text.replace("officials say", "officials \ud800 say"))
    report = build([rfe, wsj], [a, b], [finding("F1", Verdict.CONFLICT, [a, b])])
    for fmt in ci.FORMATS:
        raw = io.BytesIO()
        out = io.TextIOWrapper(raw, encoding=encoding, errors="strict")
        status = ci.check(
            report, baseline=tmp_path / "b.json", update=False, fail_on="conflict", fmt=fmt, out=out
        )
        out.flush()
        text = raw.getvalue().decode(encoding)
        assert status == 1
        if fmt in ("json", "sarif"):
            json.loads(text)
        if fmt == "junit":
            ET.fromstring(raw.getvalue())


def test_json_is_the_report_plus_new_and_stale(tmp_path: Path) -> None:
    status, out = run_check(hostile_report(), tmp_path / "b.json", fmt="json")
    data = json.loads(out)
    assert status == 1
    assert data["schema"] == "divergence/2"
    assert data["summary"]["conflict"] == 1
    assert data["new"] == [data["fingerprints"]["F1"]]
    assert data["stale"] == [] and data["check"]["exit_status"] == 1


def test_output_is_deterministic(tmp_path: Path) -> None:
    for fmt in ci.FORMATS:
        assert run_check(hostile_report(), tmp_path / "b.json", fmt=fmt) == run_check(
            hostile_report(), tmp_path / "b.json", fmt=fmt
        )


def test_line_and_column_count_characters_and_crlf(tmp_path: Path) -> None:
    yale = make_doc("y", "Yale", "Ünïcödé ✓\r\nSome say Russia has 175,000 troops near Ukraine.\r\n")
    wsj = make_doc("w", "WSJ", "“Quoted” — 100,000 troops\n")
    a = make_fact(yale, "175,000 troops", count(175_000))
    b = make_fact(wsj, "100,000 troops", count(100_000))
    _, text = run_check(
        build([yale, wsj], [a, b], [finding("F", Verdict.CONFLICT, [a, b])]), tmp_path / "b.json"
    )
    assert "articles/y.txt:2:21:" in text
    assert "articles/w.txt:1:12:" in text


def test_one_line_removes_breaks_controls_and_bidi() -> None:
    assert one_line("a\r\nb\u2028c\x1b[0m\u202ed\te") == "a b c [0md e"


# --- through the command line, with the pipeline stubbed -------------------------


@pytest.fixture
def stub_pipeline(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """`compare.cli` with a pipeline that returns a prepared Report."""
    state: dict[str, Any] = {"report": troop_conflict(), "calls": []}

    def run(paths: Sequence[str], **kwargs: Any) -> Report:
        state["calls"].append((list(paths), kwargs))
        report: Report = state["report"]
        return report

    module = types.ModuleType("compare.pipeline")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "compare.pipeline", module)
    monkeypatch.setattr(compare, "pipeline", module, raising=False)
    # The incremental check reads files itself: with the pipeline stubbed, every run is a full one.
    monkeypatch.setattr(incremental_check, "check", lambda *args, **kwargs: None)
    yield state


def test_cli_exit_statuses(
    tmp_path: Path, stub_pipeline: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = str(tmp_path / "baseline.json")
    assert main(["check", "--baseline", baseline, str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "NEW conflict" in out
    assert main(["check", "--baseline", baseline, "--update-baseline", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["check", "--baseline", baseline, "--format", "json", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["new"] == []
    Path(baseline).write_text('{"schema": "nope"}')
    assert main(["check", "--baseline", baseline, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"divergence: error: {baseline}: malformed baseline")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    for bad in (["--format", "xml"], ["--fail-on", "agree"]):
        with pytest.raises(SystemExit) as exc:
            main(["check", *bad, str(tmp_path)])
        assert exc.value.code == 2
        assert "invalid choice" in capsys.readouterr().err
    # The cache directory reaches the pipeline; --no-cache turns it off.
    main(["check", "--baseline", str(tmp_path / "x.json"), "--cache-dir", "c", str(tmp_path)])
    main(["check", "--baseline", str(tmp_path / "x.json"), "--no-cache", str(tmp_path)])
    assert [c[1]["cache_dir"] for c in stub_pipeline["calls"][-2:]] == [Path("c"), None]


def test_cli_every_format(
    tmp_path: Path, stub_pipeline: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = str(tmp_path / "baseline.json")
    for fmt in ci.FORMATS:
        assert main(["check", "--baseline", baseline, "--format", fmt, str(tmp_path)]) == 1
        out = capsys.readouterr().out
        if fmt in ("json", "sarif"):
            json.loads(out)
        elif fmt == "gitlab":
            assert [i["severity"] for i in json.loads(out)][:1] == ["critical"]
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        elif fmt == "github":
            assert all(ANNOTATION.match(line) for line in out.splitlines())
        else:
            assert "NEW conflict" in out


# --- the fact cache -------------------------------------------------------------


def test_fact_cache_round_trip_and_damaged_entries(tmp_path: Path) -> None:
    rfe, wsj, a, b = troop_docs()
    cache = FactCache(tmp_path / "cache")
    assert cache.load(rfe) is None
    cache.store(rfe, (a,))
    assert cache.load(rfe) == (a,)
    assert cache.load(wsj) is None
    # Any change to what extraction reads is a miss.
    assert cache.load(replace(rfe, text=rfe.text + "x")) is None
    assert cache.load(replace(rfe, published=dt.date(2020, 1, 1))) is None
    # A damaged entry is a miss, never an error; so is one whose offsets do not fit.
    [entry] = [p for p in (tmp_path / "cache").rglob("*.json")]
    entry.write_text("{broken")
    assert cache.load(rfe) is None
    cache.store(rfe, (replace(a, start=a.start + 1),))
    assert cache.load(rfe) is None
    # The directory marks itself as a cache nobody should commit.
    assert "*" in (tmp_path / "cache" / ".gitignore").read_text().splitlines()
    assert (
        (tmp_path / "cache" / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )


def test_fact_cache_read_only_directory_costs_only_speed(tmp_path: Path) -> None:
    rfe, _, a, _ = troop_docs()
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    cache = FactCache(blocker / "cache")
    cache.store(rfe, (a,))  # must not raise
    assert cache.load(rfe) is None


# --- end to end: real pipeline on small articles ----------------------------------

ARTICLES = {
    "a.txt": (
        "Daily One",
        "2022-01-10",
        "Talks open in Geneva.\n\nRussia has massed about 100,000 troops near the border "
        "with Ukraine, officials said on Monday.\n",
    ),
    "b.txt": (
        "Evening Two",
        "2022-01-11",
        "A tense week.\n\nRussia has massed 175,000 troops near the border with Ukraine, "
        "U.S. intelligence says.\n",
    ),
    # A third article on another aspect of the story: with two articles only,
    # every cue is in every article and alignment has nothing to weigh.
    "c.txt": (
        "Morning Three",
        "2022-01-11",
        "Diplomats gather.\n\nThe talks in Geneva lasted nearly eight hours, a spokesman said.\n",
    ),
}


def write_story(directory: Path, articles: dict[str, tuple[str, str, str]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    manifest = []
    for name, (outlet, published, text) in articles.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "{outlet}"\npublished = {published}\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return directory


def cli(*argv: str) -> int:
    return main(["check", "--quiet", "--jobs", "1", *argv])


def test_end_to_end_conflict_baseline_and_new_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = write_story(tmp_path / "story", ARTICLES)
    baseline = str(tmp_path / "baseline.json")
    cache = str(tmp_path / "cache")
    assert cli(str(story), "--baseline", baseline, "--cache-dir", cache) == 1
    out = capsys.readouterr().out
    assert "NEW conflict" in out and "Daily One" in out and "Evening Two" in out
    assert re.search(r"a\.txt:3:\d+: Daily One \(2022-01-10\): “about 100,000 troops", out)
    assert cli(str(story), "--baseline", baseline, "--cache-dir", cache, "--update-baseline") == 0
    capsys.readouterr()
    assert cli(str(story), "--baseline", baseline, "--cache-dir", cache) == 0
    capsys.readouterr()
    # An editor adds an article with a figure of its own: a new conflict.
    write_story(
        story,
        {
            **ARTICLES,
            "d.txt": (
                "Night Four",
                "2022-01-12",
                "Russia has massed 250,000 troops near the border with Ukraine, a minister said.\n",
            ),
        },
    )
    assert cli(str(story), "--baseline", baseline, "--cache-dir", cache) == 1
    assert "Night Four" in capsys.readouterr().out


def test_end_to_end_input_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(str(tmp_path / "no-such-dir")) == 2
    assert "no-such-dir" in capsys.readouterr().err
    story = write_story(tmp_path / "story", ARTICLES)
    (story / "sources.toml").write_text("[[source]\nfile = ")
    assert cli(str(story), "--baseline", str(tmp_path / "b.json")) == 2
    err = capsys.readouterr().err
    assert "sources.toml" in err and "Traceback" not in err


def test_cache_warm_run_extracts_nothing_and_one_new_article_extracts_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from compare import pipeline

    calls: list[str] = []
    real = pipeline.extract_first

    def counting(doc: Document, limit: int | None) -> tuple[tuple[Fact, ...], int]:
        calls.append(Path(doc.path).name)
        return real(doc, limit)

    monkeypatch.setattr(pipeline, "extract_first", counting)
    story = write_story(tmp_path / "story", ARTICLES)
    args = [str(story), "--baseline", str(tmp_path / "b.json"), "--cache-dir", str(tmp_path / "c")]
    cold = cli(*args)
    assert sorted(calls) == ["a.txt", "b.txt", "c.txt"]
    cold_out = capsys.readouterr().out
    calls.clear()
    assert cli(*args) == cold
    assert calls == []
    assert capsys.readouterr().out == cold_out  # cached facts give the same answer
    write_story(story, {**ARTICLES, "d.txt": ("Night Four", "2022-01-12", "Nothing new.\n")})
    cli(*args)
    assert calls == ["d.txt"]
    calls.clear()
    # Editing one article re-extracts that article only.
    (story / "a.txt").write_text(ARTICLES["a.txt"][2] + "\nAn added paragraph.\n")
    cli(*args)
    assert calls == ["a.txt"]
    calls.clear()
    cli(*args, "--no-cache")
    assert sorted(calls) == ["a.txt", "b.txt", "c.txt", "d.txt"]
