"""Inter-annotator agreement metrics (benchmarks/data/agreement/agreement.py) on a hand-made example."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import validate_gold as vg  # noqa: E402
from benchmarks.data.agreement import agreement as ag  # noqa: E402

AGREEMENT_DIR = Path(ag.__file__).resolve().parent


def _m(doc: str, start: int, end: int, value: Any = 12) -> dict[str, Any]:
    return {"doc": doc, "start": start, "end": end, "quote": "x" * (end - start), "value": value}


def _gold(events: list[tuple[str, bool]], clusters: list[tuple[str, str, str, list[dict[str, Any]]]]
          ) -> dict[str, Any]:
    return {
        "story": "toy",
        "events": [{"id": e, "label": e, "main": main} for e, main in events],
        "clusters": [{"id": cid, "event": ev, "kind": "count", "role": "deaths", "verdict": verdict,
                      "why": "-", "mentions": ms} for cid, ev, verdict, ms in clusters],
    }


# First annotator: the main event's toll in three documents, a background event's toll in two,
# and one figure the second annotator did not mark.
FIRST = _gold(
    [("e1", True), ("e2", False)],
    [
        ("c1", "e1", "agree", [_m("d1", 0, 2), _m("d2", 0, 2), _m("d3", 5, 7)]),
        ("c2", "e2", "conflict", [_m("d1", 20, 22, 57), _m("d2", 20, 22, 64)]),
        ("c3", "e1", "single-source", [_m("d1", 40, 42, 3)]),
    ],
)
# Second annotator: a longer span for one mention ("at least 12"), the background toll merged into
# the main event's cluster (the worst kind of error for the benchmark), one extra figure.
SECOND = _gold(
    [("x1", True)],
    [
        ("k1", "x1", "compatible", [_m("d1", 0, 2), _m("d2", 0, 5), _m("d3", 5, 7),
                                    _m("d1", 20, 22, 57), _m("d2", 20, 22, 60)]),
        ("k2", "x1", "single-source", [_m("d1", 60, 62, 9)]),
    ],
)


def test_mentions_match_by_overlap_one_to_one() -> None:
    report = ag.compare(FIRST, SECOND)
    assert report.counts["matched_mentions"] == 5
    assert report.exact_spans == 4
    assert report.mentions.precision == pytest.approx(5 / 6)
    assert report.mentions.recall == pytest.approx(5 / 6)
    assert report.value_agreement == pytest.approx(4 / 5)  # 64 vs 60


def test_cluster_links_and_b_cubed() -> None:
    report = ag.compare(FIRST, SECOND)
    # First: 3 cross-document links in c1, 1 in c2.  Second: 5 mentions in one cluster over three
    # documents -> 10 pairs minus 2 within-document pairs = 8 links, 4 of them in the first.
    assert report.links.precision == pytest.approx(4 / 8)
    assert report.links.recall == pytest.approx(1.0)
    # B3 precision: (3 * 3/5 + 2 * 2/5) / 5.
    assert report.b3.precision == pytest.approx(13 / 25)
    assert report.b3.recall == pytest.approx(1.0)


def test_events_and_verdicts() -> None:
    report = ag.compare(FIRST, SECOND)
    assert report.event_agreement == pytest.approx(3 / 5)
    assert report.main_agreement == pytest.approx(3 / 5)
    assert report.main_kappa == pytest.approx(0.0)  # the second rater used one label only
    assert report.verdict_pairs == 1  # c1 <-> k1; c2's best partner k1 is taken
    assert report.verdict_agreement == 0.0
    kinds = {line.split(":")[0] for line in report.disagreements}
    assert {"only first", "only second", "span", "value", "merge", "event", "verdict"} <= kinds


def test_identical_annotations_agree_fully() -> None:
    report = ag.compare(FIRST, json.loads(json.dumps(FIRST)))
    assert report.mentions.f1 == pytest.approx(1.0)
    assert report.links.f1 == pytest.approx(1.0) and report.b3.f1 == pytest.approx(1.0)
    assert report.verdict_agreement == 1.0 and report.event_agreement == 1.0
    assert report.disagreements == []


def test_cohen_kappa() -> None:
    assert ag.cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == pytest.approx(0.5)
    assert ag.cohen_kappa(["a", "b"], ["b", "a"]) == pytest.approx(-1.0)
    assert ag.cohen_kappa(["a", "a"], ["a", "a"]) is None  # chance agreement 1: undefined


@pytest.mark.parametrize("path", sorted(AGREEMENT_DIR.glob("*.json")), ids=lambda p: p.stem)
def test_second_annotation_is_valid_gold(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    if gold["source"] == "ecbplus":
        docs = vg.ecbplus_docs_path()
        if docs is None:
            pytest.skip("../shared/peer-data/ecbplus-full is absent")
        texts = vg.load_ecbplus_texts([gold["topic"]], docs)
    else:
        texts = vg.load_story_texts(gold["story"])
    assert list(vg.check(gold, texts, path.name)) == []


def test_pooled_sums_stories() -> None:
    mixed = ag.compare(FIRST, SECOND)
    same = ag.compare(FIRST, json.loads(json.dumps(FIRST)))
    summary = ag.pooled([mixed, same])
    assert summary["matched_mentions"] == 5 + 6
    assert summary["mentions"]["recall"] == pytest.approx(11 / 12, abs=1e-4)
    assert summary["verdict_pairs"] == 1 + 3
    assert summary["verdict_agreement"] == pytest.approx(3 / 4)
