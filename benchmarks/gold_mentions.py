"""Mention recall of the extractor on the development gold (``benchmarks/data/gold``).

The gold (format: ``/work/wt/GOLD_FORMAT.md``, made for the alignment issue)
marks every figure a fact-checker compares, with its offsets, value and role.
Here it scores extraction alone: a gold mention is *found* when an extracted
fact overlaps its span and its value interval holds the gold value; a found
casualty mention has the *right role* when ``Fact.role`` names the gold role.

ECB+ texts are read at run time from the peer data (never copied); the held-out
topics (8, 18, 20, 37, 41) have no gold and are refused here even if one
appeared.  Gathered stories are read from ``benchmarks/data/stories``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from benchmarks.peer_suites import Failure, Metric, SuiteResult
from compare.model import DateValue, Fact, Quantity

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "benchmarks" / "data" / "gold"
STORIES = REPO / "benchmarks" / "data" / "stories"
HELD_OUT = frozenset({8, 18, 20, 37, 41})
# Gold role names (free text, "deaths", "wounded-by-gunfire", "arrested-somali")
# → the extractor's closed list; only these count as casualty mentions.
CASUALTY = {
    "deaths": "deaths",
    "killed": "deaths",
    "injured": "injured",
    "wounded": "injured",
    "wounded-by-gunfire": "injured",
    "casualties": "casualties",
    "missing": "missing",
    "displaced": "displaced",
    "homeless": "homeless",
    "evacuated": "evacuated",
    "rescued": "rescued",
    "arrested": "arrested",
    "arrested-somali": "arrested",
    "arrested-yemeni": "arrested",
    "affected": "affected",
}

Extract = Callable[[str, dt.date | None], Iterable[Fact]]


def _ecb_texts(peer: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    path = peer / "ecbplus-full" / "docs.jsonl"
    if not path.is_file():
        return texts
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["doc_id"] in wanted:
                if row["topic"] in HELD_OUT:
                    raise SystemExit(f"gold names held-out topic {row['topic']}: refusing")
                texts[row["doc_id"]] = row["text"]
    return texts


def _holds(fact: Fact, value: float | None) -> bool:
    if value is None:
        return True
    v = fact.value
    if isinstance(v, DateValue):
        return False
    assert isinstance(v, Quantity)
    low = v.low if v.low is not None else float("-inf")
    high = v.high if v.high is not None else float("inf")
    if v.stated is not None and abs(v.stated - value) <= 1e-6 * max(1.0, abs(value)):
        return True
    return low - 1e-6 <= value <= high + 1e-6


def score_gold(peer: Path, extract: Extract, gold_dir: Path = GOLD) -> SuiteResult | None:
    """Mention recall (all numeric figures, casualty counts) and role accuracy on the gold."""
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        return None
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    ecb_docs = {d["doc"] for g in golds if g.get("source") == "ecbplus" for d in g["documents"]}
    ecb = _ecb_texts(peer, ecb_docs)
    counts = {"all": 0, "all_found": 0, "cas": 0, "cas_found": 0, "cas_role": 0}
    failures: list[Failure] = []
    stories = 0
    for g in golds:
        published: dict[str, dt.date | None] = {
            d["doc"]: dt.date.fromisoformat(d["published"]) if d.get("published") else None
            for d in g["documents"]
        }
        texts: dict[str, str] = {}
        for d in g["documents"]:
            if g.get("source") == "ecbplus":
                if d["doc"] in ecb:
                    texts[d["doc"]] = ecb[d["doc"]]
            else:
                path = STORIES / g["story"] / d["doc"]
                if path.is_file():
                    texts[d["doc"]] = path.read_text(encoding="utf-8")
        if not texts:
            continue
        stories += 1
        facts = {doc: tuple(extract(text, published.get(doc))) for doc, text in texts.items()}
        for cluster in g["clusters"]:
            if cluster["kind"] == "date":
                continue
            role = CASUALTY.get(cluster["role"].split(":")[0]) if cluster["kind"] == "count" else None
            for m in cluster["mentions"]:
                if m["doc"] not in texts:
                    continue
                text = texts[m["doc"]]
                start, end = m["start"], m["end"]
                found = [
                    f
                    for f in facts[m["doc"]]
                    if f.kind != "date" and f.start < end and start < f.end and _holds(f, m.get("value"))
                ]
                counts["all"] += 1
                counts["all_found"] += bool(found)
                if role is None:
                    continue
                counts["cas"] += 1
                counts["cas_found"] += bool(found)
                right = any(f.role == role for f in found)
                counts["cas_role"] += right
                if not right:
                    lo = max(0, start - 60)
                    got = "; ".join(f"{f.text!r} role={f.role}" for f in found) or "nothing"
                    failures.append(
                        Failure(
                            "missed" if not found else "wrong role",
                            text[lo : end + 40].replace("\n", " "),
                            f"{m['quote']!r} = {m.get('value')} role={role}",
                            got,
                        )
                    )

    def pct(a: int, b: int) -> float:
        return 100.0 * a / b if b else 0.0

    return SuiteResult(
        "gold-mentions",
        counts["all"],
        (
            Metric(
                "casualty mention recall",
                pct(counts["cas_found"], counts["cas"]),
                f"{counts['cas_found']}/{counts['cas']} casualty counts found with their value",
            ),
            Metric(
                "casualty role recall",
                pct(counts["cas_role"], counts["cas"]),
                f"{counts['cas_role']}/{counts['cas']} found with the right role",
            ),
            Metric(
                "all-figure mention recall",
                pct(counts["all_found"], counts["all"]),
                f"{counts['all_found']}/{counts['all']} numeric mentions of {stories} stories",
            ),
        ),
        tuple(failures),
    )


def main() -> None:  # pragma: no cover - a quick look without the accuracy table
    import sys

    from benchmarks.peer_suites import peer_data_dir
    from compare.extract import extract_text

    result = score_gold(peer_data_dir(), extract_text)
    if result is None:
        print("no gold")
        return
    for metric in result.metrics:
        print(f"{metric.name}: {metric.score:.1f} ({metric.detail})")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    for failure in result.failures[:n]:
        print(f"- [{failure.category}] {failure.text}")
        print(f"    expected {failure.expected}\n    got {failure.got}")



if __name__ == "__main__":
    main()
