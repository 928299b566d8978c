"""Inter-annotator agreement between two gold annotations of one story.

Two annotators read the same articles and wrote gold files in the same format
(``benchmarks/data/gold/<story>.json`` and ``benchmarks/data/agreement/<story>.json``).
This module measures how far they agree, at each level the alignment benchmark scores:

1. **Mentions.**  A mention of one file matches a mention of the other when both are in the
   same document and their character spans overlap; matching is one-to-one, largest overlap
   first, so "at least 28" matches "28".  Precision / recall / F1 take the first file as
   reference (``recall`` = share of its mentions the second annotator also marked).
2. **Clusters**, on the mentions both marked: pairwise "same cluster" links between mentions in
   *different documents* (the links a cross-outlet comparison rests on), scored as precision /
   recall / F1, and B³ (from ``benchmarks/coref_metrics.py``, within-document pairs included).
3. **Events.**  Event ids are each annotator's own, so events are first mapped one-to-one by the
   number of matched mentions they share; agreement is the share of matched mentions whose
   events correspond, plus agreement (and Cohen's kappa) on "main event vs background" - the
   distinction whose violation the benchmark counts as its worst error.
4. **Verdicts.**  Clusters are paired one-to-one by shared matched mentions; the verdicts of
   paired clusters are compared (raw agreement and Cohen's kappa), over all pairs and over the
   pairs where both clusters span two or more documents (where a verdict is a judgement rather
   than the mechanical ``single-source``).
5. **Disagreements**, listed one per line: mentions only one annotator marked, spans that differ,
   values that differ, links one annotator made and the other did not, event and verdict
   differences.

    python benchmarks/data/agreement/agreement.py                  # every story in agreement/
    python benchmarks/data/agreement/agreement.py --test           # agreement-test/ vs gold-test/
    python benchmarks/data/agreement/agreement.py --set test2      # agreement-test2/ vs gold-test2/
    python benchmarks/data/agreement/agreement.py FIRST.json SECOND.json [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from benchmarks.coref_metrics import PRF, _ratio, b_cubed  # noqa: E402

GOLD_DIR = HERE.parent / "gold"
# The sealed test gold's second readings (gold2) sit apart, next to the test gold itself.
TEST_GOLD_DIR = HERE.parent / "gold-test"
TEST_SECOND_DIR = HERE.parent / "agreement-test"


def set_dirs(sealed: str) -> tuple[Path, Path]:
    """(gold-NAME/, agreement-NAME/) of the sealed test set NAME (test, test2, ...)."""
    if not re.fullmatch(r"test\d*", sealed):  # a name, never a path
        raise SystemExit(f"agreement: unknown set {sealed!r} (expected test, test2, ...)")
    return HERE.parent / f"gold-{sealed}", HERE.parent / f"agreement-{sealed}"


Key = tuple[str, int, int]  # (doc, start, end)


@dataclass(frozen=True)
class Mention:
    doc: str
    start: int
    end: int
    quote: str
    value: Any
    cluster: str
    event: str
    main: bool

    @property
    def key(self) -> Key:
        return (self.doc, self.start, self.end)


@dataclass(frozen=True)
class Scores(PRF):
    """Precision, recall and F1 as the coreference scorer computes them, printable as a dict."""

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Report:
    story: str
    counts: dict[str, int] = field(default_factory=dict)
    mentions: Scores = Scores(0.0, 0.0)
    exact_spans: int = 0
    value_agreement: float | None = None
    links: Scores = Scores(0.0, 0.0)
    b3: Scores = Scores(0.0, 0.0)
    event_agreement: float | None = None
    main_agreement: float | None = None
    main_kappa: float | None = None
    verdict_pairs: int = 0
    verdict_agreement: float | None = None
    verdict_kappa: float | None = None
    multi_doc_pairs: int = 0
    multi_doc_verdict_agreement: float | None = None
    multi_doc_verdict_kappa: float | None = None
    disagreements: list[str] = field(default_factory=list)
    # Labels behind the kappas, kept so that several stories can be pooled.
    verdict_labels: list[tuple[str, str]] = field(default_factory=list)
    multi_doc_labels: list[tuple[str, str]] = field(default_factory=list)
    main_labels: list[tuple[bool, bool]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "story": self.story,
            "counts": self.counts,
            "mentions": self.mentions.as_dict(),
            "exact_spans": self.exact_spans,
            "value_agreement": r(self.value_agreement),
            "cross_document_links": self.links.as_dict(),
            "b_cubed": self.b3.as_dict(),
            "event_agreement": r(self.event_agreement),
            "main_agreement": r(self.main_agreement),
            "main_kappa": r(self.main_kappa),
            "verdict_pairs": self.verdict_pairs,
            "verdict_agreement": r(self.verdict_agreement),
            "verdict_kappa": r(self.verdict_kappa),
            "multi_doc_pairs": self.multi_doc_pairs,
            "multi_doc_verdict_agreement": r(self.multi_doc_verdict_agreement),
            "multi_doc_verdict_kappa": r(self.multi_doc_verdict_kappa),
            "disagreements": self.disagreements,
        }


def mentions_of(gold: dict[str, Any]) -> list[Mention]:
    """Every mention of a gold file with its cluster, event and whether that event is a main one."""
    main = {e["id"]: bool(e.get("main")) for e in gold["events"]}
    out = []
    for cluster in gold["clusters"]:
        for m in cluster["mentions"]:
            out.append(Mention(m["doc"], m["start"], m["end"], m.get("quote", ""), m.get("value"),
                               cluster["id"], cluster["event"], main.get(cluster["event"], False)))
    return out


def match_mentions(first: Sequence[Mention], second: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """One-to-one pairs of overlapping mentions in the same document, largest overlap first.

    Ties are broken by span position so that the result does not depend on file order."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in second:
        by_doc[m.doc].append(m)
    candidates = []
    for a in first:
        for b in by_doc.get(a.doc, ()):
            overlap = min(a.end, b.end) - max(a.start, b.start)
            if overlap > 0:
                union = max(a.end, b.end) - min(a.start, b.start)
                candidates.append((-overlap / union, a.key, b.key, a, b))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_a: set[Key] = set()
    used_b: set[Key] = set()
    pairs = []
    for _, ka, kb, a, b in candidates:
        if ka in used_a or kb in used_b:
            continue
        used_a.add(ka)
        used_b.add(kb)
        pairs.append((a, b))
    pairs.sort(key=lambda p: p[0].key)
    return pairs


def cross_document_links(labels: dict[int, str], docs: dict[int, str]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of items in different documents that share a label."""
    groups: dict[str, list[int]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    links = set()
    for members in groups.values():
        members.sort()
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if docs[i] != docs[j]:
                    links.add((i, j))
    return links


def link_scores(reference: set[tuple[int, int]], response: set[tuple[int, int]]) -> Scores:
    common = len(reference & response)
    return Scores(_ratio(common, len(response)), _ratio(common, len(reference)))


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two raters' labels of the same items; None when chance agreement is 1
    (both raters used a single, identical label), where kappa is undefined."""
    n = len(first)
    if n == 0 or n != len(second):
        return None
    observed = sum(1 for a, b in zip(first, second, strict=True) if a == b) / n
    ca, cb = Counter(first), Counter(second)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)


def pair_by_overlap(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """One-to-one mapping first-label -> second-label, most shared items first (ties by label)."""
    shared = Counter(pairs)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for (a, b), _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
        if a in mapping or b in taken:
            continue
        mapping[a] = b
        taken.add(b)
    return mapping


def _show(m: Mention) -> str:
    return f"{m.doc}[{m.start}:{m.end}] {m.quote!r}"


def compare(first: dict[str, Any], second: dict[str, Any]) -> Report:
    """Agreement of ``second`` with ``first`` (the reference) on one story."""
    report = Report(story=str(first.get("story")))
    ma, mb = mentions_of(first), mentions_of(second)
    pairs = match_mentions(ma, mb)
    report.counts = {
        "first_mentions": len(ma), "second_mentions": len(mb), "matched_mentions": len(pairs),
        "first_clusters": len(first["clusters"]), "second_clusters": len(second["clusters"]),
    }
    report.mentions = Scores(_ratio(len(pairs), len(mb)), _ratio(len(pairs), len(ma)))
    report.exact_spans = sum(1 for a, b in pairs if a.key == b.key)
    dis = report.disagreements

    matched_a = {a.key for a, _ in pairs}
    matched_b = {b.key for _, b in pairs}
    for m in sorted(ma, key=lambda m: m.key):
        if m.key not in matched_a:
            dis.append(f"only first:  {_show(m)} (cluster {m.cluster}, event {m.event})")
    for m in sorted(mb, key=lambda m: m.key):
        if m.key not in matched_b:
            dis.append(f"only second: {_show(m)} (cluster {m.cluster}, event {m.event})")
    values_same = 0
    for a, b in pairs:
        if a.key != b.key:
            dis.append(f"span: {_show(a)} vs {b.quote!r} [{b.start}:{b.end}]")
        if _same_value(a.value, b.value):
            values_same += 1
        else:
            dis.append(f"value: {_show(a)} first {a.value!r}, second {b.value!r}")
    report.value_agreement = _ratio(values_same, len(pairs)) if pairs else None

    # Clusters, on the matched mentions (item i = i-th pair).
    docs = {i: a.doc for i, (a, _) in enumerate(pairs)}
    labels_a = {i: a.cluster for i, (a, _) in enumerate(pairs)}
    labels_b = {i: b.cluster for i, (_, b) in enumerate(pairs)}
    links_a = cross_document_links(labels_a, docs)
    links_b = cross_document_links(labels_b, docs)
    report.links = link_scores(links_a, links_b)
    key = _groups(labels_a)
    response = _groups(labels_b)
    b3 = b_cubed(key, response)
    report.b3 = Scores(b3.precision, b3.recall)
    _describe_link_differences(pairs, labels_a, labels_b, dis)

    # Events: map first-file events to second-file events by shared matched mentions.
    event_map = pair_by_overlap((a.event, b.event) for a, b in pairs)
    if pairs:
        same_event = [event_map.get(a.event) == b.event for a, b in pairs]
        report.event_agreement = sum(same_event) / len(pairs)
        report.main_agreement = sum(1 for a, b in pairs if a.main == b.main) / len(pairs)
        report.main_kappa = cohen_kappa([a.main for a, _ in pairs], [b.main for _, b in pairs])
        report.main_labels = [(a.main, b.main) for a, b in pairs]
        for (a, b), same in zip(pairs, same_event, strict=True):
            if not same or a.main != b.main:
                role = "main" if a.main else "background"
                role_b = "main" if b.main else "background"
                dis.append(f"event: {_show(a)} first {a.event} ({role}), second {b.event} ({role_b})")

    # Verdicts of clusters paired by shared matched mentions.
    cluster_map = pair_by_overlap((a.cluster, b.cluster) for a, b in pairs)
    ca = {c["id"]: c for c in first["clusters"]}
    cb = {c["id"]: c for c in second["clusters"]}
    va, vb, multi_a, multi_b = [], [], [], []
    for a_id in sorted(cluster_map, key=_cluster_order):
        b_id = cluster_map[a_id]
        x, y = ca[a_id], cb[b_id]
        va.append(x["verdict"])
        vb.append(y["verdict"])
        if _n_docs(x) > 1 and _n_docs(y) > 1:
            multi_a.append(x["verdict"])
            multi_b.append(y["verdict"])
        if x["verdict"] != y["verdict"]:
            dis.append(f"verdict: first {a_id} ({x['role']}, {x['verdict']}) vs second {b_id} "
                       f"({y['role']}, {y['verdict']})")
    report.verdict_pairs = len(va)
    report.verdict_labels = list(zip(va, vb, strict=True))
    report.multi_doc_labels = list(zip(multi_a, multi_b, strict=True))
    if va:
        report.verdict_agreement = sum(1 for x, y in zip(va, vb, strict=True) if x == y) / len(va)
        report.verdict_kappa = cohen_kappa(va, vb)
    report.multi_doc_pairs = len(multi_a)
    if multi_a:
        agree = sum(1 for x, y in zip(multi_a, multi_b, strict=True) if x == y)
        report.multi_doc_verdict_agreement = agree / len(multi_a)
        report.multi_doc_verdict_kappa = cohen_kappa(multi_a, multi_b)
    return report


def _cluster_order(cid: str) -> tuple[int, str]:
    digits = "".join(ch for ch in cid if ch.isdigit())
    return (int(digits) if digits else 0, cid)


def _n_docs(cluster: dict[str, Any]) -> int:
    return len({m["doc"] for m in cluster["mentions"]})


def _same_value(x: Any, y: Any) -> bool:
    if isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
        return abs(float(x) - float(y)) <= 1e-6 * max(1.0, abs(float(x)))
    return bool(x == y)


def _groups(labels: dict[int, str]) -> list[set[Hashable]]:
    groups: dict[str, set[Hashable]] = defaultdict(set)
    for item, label in labels.items():
        groups[label].add(item)
    return [groups[k] for k in sorted(groups)]


def _describe_link_differences(pairs: Sequence[tuple[Mention, Mention]], labels_a: dict[int, str],
                               labels_b: dict[int, str], out: list[str]) -> None:
    """One line per (first cluster, second cluster) split or merge, instead of one per link."""
    by_a: dict[str, set[str]] = defaultdict(set)
    by_b: dict[str, set[str]] = defaultdict(set)
    for i in labels_a:
        by_a[labels_a[i]].add(labels_b[i])
        by_b[labels_b[i]].add(labels_a[i])
    for a_id in sorted(by_a, key=_cluster_order):
        if len(by_a[a_id]) > 1:
            parts = ", ".join(f"{b_id} ({_sample(pairs, labels_a, labels_b, a_id, b_id)})"
                              for b_id in sorted(by_a[a_id], key=_cluster_order))
            out.append(f"split: first {a_id} is in second {parts}")
    for b_id in sorted(by_b, key=_cluster_order):
        if len(by_b[b_id]) > 1:
            parts = ", ".join(f"{a_id} ({_sample(pairs, labels_a, labels_b, a_id, b_id)})"
                              for a_id in sorted(by_b[b_id], key=_cluster_order))
            out.append(f"merge: second {b_id} joins first {parts}")


def _sample(pairs: Sequence[tuple[Mention, Mention]], labels_a: dict[int, str], labels_b: dict[int, str],
            a_id: str, b_id: str) -> str:
    hits = [pairs[i][0] for i in labels_a if labels_a[i] == a_id and labels_b[i] == b_id]
    first = hits[0]
    more = f" +{len(hits) - 1}" if len(hits) > 1 else ""
    return f"{first.doc} {first.quote!r}{more}"


def pooled(reports: Sequence[Report]) -> dict[str, Any]:
    """Micro-averaged mention scores and kappas over several stories' matched items."""

    def kappa(labels: Sequence[tuple[Hashable, Hashable]]) -> float | None:
        return cohen_kappa([a for a, _ in labels], [b for _, b in labels])

    def share(labels: Sequence[tuple[Hashable, Hashable]]) -> float | None:
        return sum(1 for a, b in labels if a == b) / len(labels) if labels else None

    first = sum(r.counts["first_mentions"] for r in reports)
    second = sum(r.counts["second_mentions"] for r in reports)
    matched = sum(r.counts["matched_mentions"] for r in reports)
    mentions = Scores(_ratio(matched, second), _ratio(matched, first))
    verdicts = [x for r in reports for x in r.verdict_labels]
    multi = [x for r in reports for x in r.multi_doc_labels]
    main = [x for r in reports for x in r.main_labels]
    return {
        "stories": len(reports), "mentions": mentions.as_dict(), "matched_mentions": matched,
        "verdict_pairs": len(verdicts), "verdict_agreement": share(verdicts),
        "verdict_kappa": kappa(verdicts),
        "multi_doc_pairs": len(multi), "multi_doc_verdict_agreement": share(multi),
        "multi_doc_verdict_kappa": kappa(multi), "main_agreement": share(main), "main_kappa": kappa(main),
    }


def format_pooled(summary: dict[str, Any]) -> str:
    def f(x: float | None, pct: bool = True) -> str:
        if x is None:
            return "n/a"
        return f"{100 * x:.1f}%" if pct else f"{x:.2f}"

    m = summary["mentions"]
    return (
        f"== pooled over {summary['stories']} stories\n"
        f"mentions   P {f(m['precision'])} R {f(m['recall'])} F1 {f(m['f1'])} "
        f"({summary['matched_mentions']} matched)\n"
        f"events     main/background {f(summary['main_agreement'])} "
        f"(kappa {f(summary['main_kappa'], False)})\n"
        f"verdicts   {summary['verdict_pairs']} paired clusters: {f(summary['verdict_agreement'])} "
        f"(kappa {f(summary['verdict_kappa'], False)}); multi-document {summary['multi_doc_pairs']}: "
        f"{f(summary['multi_doc_verdict_agreement'])} (kappa {f(summary['multi_doc_verdict_kappa'], False)})"
    )


def format_report(report: Report) -> str:
    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    def k(x: float | None) -> str:
        return "n/a" if x is None else f"{x:.2f}"

    c = report.counts
    lines = [
        f"== {report.story}: first {c['first_mentions']} mentions / {c['first_clusters']} clusters, "
        f"second {c['second_mentions']} / {c['second_clusters']}",
        f"mentions   P {pct(report.mentions.precision)} R {pct(report.mentions.recall)} "
        f"F1 {pct(report.mentions.f1)} ({c['matched_mentions']} matched, {report.exact_spans} exact spans); "
        f"values equal on {pct(report.value_agreement)}",
        f"clusters   cross-doc links P {pct(report.links.precision)} R {pct(report.links.recall)} "
        f"F1 {pct(report.links.f1)}; B3 P {pct(report.b3.precision)} R {pct(report.b3.recall)} "
        f"F1 {pct(report.b3.f1)}",
        f"events     same event {pct(report.event_agreement)}; main/background {pct(report.main_agreement)} "
        f"(kappa {k(report.main_kappa)})",
        f"verdicts   {report.verdict_pairs} paired clusters: {pct(report.verdict_agreement)} "
        f"(kappa {k(report.verdict_kappa)}); multi-document {report.multi_doc_pairs}: "
        f"{pct(report.multi_doc_verdict_agreement)} (kappa {k(report.multi_doc_verdict_kappa)})",
        f"disagreements ({len(report.disagreements)}):",
    ]
    lines += [f"  {d}" for d in report.disagreements]
    return "\n".join(lines)


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: cannot read gold file: {exc}") from None
    if not isinstance(data, dict) or "clusters" not in data or "events" not in data:
        raise SystemExit(f"{path}: not a gold file (no 'clusters'/'events')")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path,
                        help="FIRST SECOND (default: every story in agreement/)")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--test", action="store_true",
                        help="every story in agreement-test/ against the sealed gold-test/")
    parser.add_argument("--set", metavar="NAME", dest="sealed",
                        help="every story in agreement-NAME/ against the sealed gold-NAME/ "
                             "(test2, ...; --test is --set test)")
    args = parser.parse_args(argv)
    if args.files and len(args.files) != 2:
        parser.error("give two gold files (first = reference, second) or none")
    if args.files:
        couples = [(args.files[0], args.files[1])]
    elif args.test or args.sealed:
        gold_dir, second_dir = set_dirs(args.sealed or "test")
        couples = [(gold_dir / p.name, p) for p in sorted(second_dir.glob("*.json"))]
    else:
        couples = [(GOLD_DIR / p.name, p) for p in sorted(HERE.glob("*.json"))]
    reports = [compare(_load(a), _load(b)) for a, b in couples]
    if args.json:
        out: dict[str, Any] = {"stories": [r.as_dict() for r in reports], "pooled": pooled(reports)}
        print(json.dumps(out, indent=1, ensure_ascii=False))
    else:
        parts = [format_report(r) for r in reports]
        if len(reports) > 1:
            parts.append(format_pooled(pooled(reports)))
        print("\n\n".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
