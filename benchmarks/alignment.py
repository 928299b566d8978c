"""Alignment accuracy on the hand-annotated development gold (``benchmarks/data/gold``).

For every story it extracts the facts, aligns and judges them, and compares
with the gold clusters (format: ``/work/wt/GOLD_FORMAT.md``, summarised in
``benchmarks/data/README.md``):

- **mention recall**: gold mentions that an extracted fact overlaps;
- **pair precision / recall / F1**: over pairs of distinct facts that both
  match a gold mention, "same finding" against "same gold cluster";
- **verdict accuracy**: gold clusters with a matched mention whose verdict
  equals the verdict of the finding holding most of their mentions;
- **cross-event conflicts**: findings judged ``conflict`` that hold mentions
  of different gold events (the worst error);
- **the judge alone**: verdict accuracy when each gold cluster's own matched
  facts are judged as one group (perfect alignment): what the judge costs,
  apart from what alignment costs;
- **verdict confusion**: gold verdict against the verdict the accuracy
  compares it with (a table in total; per story with ``--confusion``), and
  how many ``conflict`` findings a gold conflict backs (two of their facts in
  one gold ``conflict`` cluster, with values that do not overlap): the others
  are false conflicts even when they stay inside one event;

for divergence and, in the same run, for the naive baseline: facts of one
kind and unit whose values overlap are one finding.

By default divergence is scored leave-one-story-out: the pair model is fitted
(``benchmarks/fit_alignment.py``) on the other stories and the held-out story
is scored with it, so no figure comes from a story the model was fitted on.

``--gold DIR`` scores another gold directory, e.g. the sealed test golds
``benchmarks/data/gold-test`` and ``benchmarks/data/gold-test2``.  Any
directory other than the development gold is scored with the shipped model
(``compare/data/alignment_model.json``, fitted on the development gold) and
never refitted on its own stories: the test gold is data nobody tuned on,
and fitting on it would make it tuned-on.
The run refuses a story the shipped model names in ``fitted_on``.
ECB+ stories read their texts from ``../shared/peer-data/ecbplus-full`` and
are skipped when it is absent.

``--story ID`` (repeatable) scores only the named stories of the gold directory; with the
development gold and leave-one-story-out, each is still scored with a model fitted on all the
other stories.  With ``--no-loso`` it measures stories the shipped model was not fitted on, e.g.
newly gathered development stories before anyone tunes on them (the run says, per story,
whether the shipped model's ``fitted_on`` names it).

``--ecb`` also prints the ECB+ event-coreference table (``benchmarks/ecb_events.py``).
It is opt-in because that table scores the ECB+ *test* topics: a run for the
alignment figures must not show a test total by accident.  ``--no-ecb`` is
still accepted (it was the opt-out before) and does nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from compare.align import Group, _build, _recent, align  # noqa: E402
from compare.extract import extract_facts  # noqa: E402
from compare.intervals import bounds, overlaps  # noqa: E402
from compare.judge import verdict_of  # noqa: E402
from compare.model import Document, Fact, Verdict  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
STORIES = DATA / "stories"
TEST_STORIES = DATA / "stories-test"  # texts of the sealed test gold (benchmarks/data/README.md)


def _story_folder(story: str) -> Path:
    """A gathered story's texts: a development story, else one of a sealed test set
    (``stories-test/``, ``stories-test2/``, ...: each gold-NAME/ keeps its texts in stories-NAME/)."""
    for texts in (STORIES, TEST_STORIES, *sorted(DATA.glob("stories-test?*"))):
        if (texts / story).is_dir():
            return texts / story
    return TEST_STORIES / story
HELD_OUT_TOPICS = frozenset({8, 18, 20, 37, 41})


@dataclass(frozen=True)
class GoldMention:
    doc: str
    start: int
    end: int
    cluster: str
    event: str


@dataclass
class Story:
    id: str
    documents: list[Document]
    facts: list[Fact]
    mentions: list[GoldMention]
    verdicts: dict[str, str]  # cluster id → gold verdict
    # fact id → the gold mentions it matches (a fact may cover a restatement's span once)
    fact_mentions: dict[str, list[GoldMention]] = field(default_factory=dict)


def _ecb_docs() -> dict[str, str] | None:
    for p in (
        Path(__file__).resolve().parents[1] / ".." / "shared" / "peer-data" / "ecbplus-full",
        Path("/work/shared/peer-data/ecbplus-full"),
    ):
        if (p / "docs.jsonl").exists():
            return _read_ecb(p / "docs.jsonl")
    return None


@functools.cache
def _read_ecb(path: Path) -> dict[str, str]:
    out = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            out[d["doc_id"]] = d["text"]
    return out


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _document(story: str, doc_id: str, text: str, outlet: str, published: dt.date | None) -> Document:
    return Document(
        id=doc_id,
        path=doc_id,
        text=text,
        outlet=outlet,
        title="",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        story=story,
        published=published,
    )


def load_story(path: Path) -> Story | None:
    gold = json.loads(path.read_text("utf-8"))
    story = gold["story"]
    if gold.get("topic") in HELD_OUT_TOPICS:
        raise SystemExit(f"{path}: topic {gold['topic']} is held out and must not be in the gold")
    documents: list[Document] = []
    if gold["source"] == "ecbplus":
        texts = _ecb_docs()
        if texts is None:
            return None
        for d in gold["documents"]:
            documents.append(_document(story, d["doc"], texts[d["doc"]], d["doc"], _date(d.get("published"))))
    else:
        folder = _story_folder(story)
        manifest = tomllib.loads((folder / "sources.toml").read_text("utf-8"))
        outlets = {s["file"]: s for s in manifest.get("source", [])}
        for d in gold["documents"]:
            text = (folder / d["doc"]).read_text("utf-8")
            meta = outlets.get(d["doc"], {})
            published = d.get("published") or meta.get("published")
            if isinstance(published, dt.date):
                published = published.isoformat()
            documents.append(_document(story, d["doc"], text, meta.get("outlet", d["doc"]), _date(published)))
    mentions = [
        GoldMention(m["doc"], m["start"], m["end"], f"{story}:{c['id']}", f"{story}:{c['event']}")
        for c in gold["clusters"]
        for m in c["mentions"]
    ]
    facts = [f for d in documents for f in extract_facts(d) if not f.boilerplate]
    s = Story(
        story, documents, facts, mentions, {f"{story}:{c['id']}": c["verdict"] for c in gold["clusters"]}
    )
    s.fact_mentions = match(facts, mentions)
    return s


def match(facts: Sequence[Fact], mentions: Sequence[GoldMention]) -> dict[str, list[GoldMention]]:
    """Each gold mention to the extracted fact that overlaps it most (none if no fact overlaps)."""
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f)
    out: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        best: tuple[int, str] | None = None
        for f in by_doc.get(m.doc, ()):
            overlap = min(f.end, m.end) - max(f.start, m.start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, f.id)
        if best is not None:
            out[best[1]].append(m)
    return dict(out)


def load_all(gold: Path = GOLD) -> list[Story]:
    stories = []
    for path in sorted(gold.glob("*.json")):
        s = load_story(path)
        if s is not None:
            stories.append(s)
    return stories


# --- systems ------------------------------------------------------------------

Aligner = Callable[[Story], list[tuple[Group, Verdict]]]


def divergence_system(story: Story, model: object | None = None) -> list[tuple[Group, Verdict]]:
    groups = align(story.documents, story.facts, model=model)  # type: ignore[call-arg]
    return [
        (
            g,
            verdict_of(
                g.facts,
                g.recent,
                dict(g.authorities),
                dict(g.progress),
                dict(g.conversions),
                dict(g.standing),
            ),
        )
        for g in groups
    ]


def naive_system(story: Story) -> list[tuple[Group, Verdict]]:
    """Same kind and unit, overlapping values: chains of overlapping intervals in value order."""
    blocks: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in story.facts:
        unit = getattr(f.value, "unit", "date")
        blocks[(f.kind, str(unit))].append(f)
    out: list[tuple[Group, Verdict]] = []
    for key in sorted(blocks):
        spans = [(bounds(f.value), f) for f in blocks[key]]
        resolved = sorted(((b, f) for b, f in spans if b is not None), key=lambda bf: (bf[0], bf[1].id))
        current: list[Fact] = []
        reach = float("-inf")
        for (lo, hi), f in resolved:
            if current and lo > reach:
                out.append(_group(story.id, current))
                current = []
                reach = float("-inf")
            current.append(f)
            reach = max(reach, hi)
        if current:
            out.append(_group(story.id, current))
        out.extend(_group(story.id, [f]) for b, f in spans if b is None)
    return out


def _group(story: str, facts: list[Fact]) -> tuple[Group, Verdict]:
    g = Group(story, tuple(facts), ())
    return g, verdict_of(g.facts)


# --- scores -------------------------------------------------------------------


@dataclass
class Score:
    mentions: int = 0
    matched: int = 0
    pred_pairs: int = 0
    gold_pairs: int = 0
    true_pairs: int = 0
    clusters: int = 0
    verdicts_right: int = 0
    cross_event_conflicts: int = 0
    conflict_findings: int = 0
    # Conflict findings holding two facts of one gold conflict cluster whose values do not overlap.
    backed_conflicts: int = 0
    # (gold verdict, verdict of the finding holding most of the cluster) → clusters
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def mention_recall(self) -> float:
        return self.matched / self.mentions if self.mentions else 0.0

    @property
    def precision(self) -> float:
        return self.true_pairs / self.pred_pairs if self.pred_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.verdicts_right / self.clusters if self.clusters else 0.0


def _gold_of(story: Story) -> dict[str, GoldMention]:
    """One gold mention per matched fact (the first; a fact rarely covers two)."""
    return {fid: ms[0] for fid, ms in story.fact_mentions.items()}


def score(story: Story, groups: Sequence[tuple[Group, Verdict]]) -> Score:
    gold = _gold_of(story)
    s = Score(mentions=len(story.mentions), matched=sum(len(ms) for ms in story.fact_mentions.values()))
    finding_of: dict[str, int] = {}
    for n, (g, _) in enumerate(groups):
        for f in g.facts:
            finding_of[f.id] = n
    matched = sorted(gold)
    by_cluster: dict[str, list[str]] = defaultdict(list)
    for fid in matched:
        by_cluster[gold[fid].cluster].append(fid)
    by_finding: dict[int, list[str]] = defaultdict(list)
    for fid in matched:
        if fid in finding_of:
            by_finding[finding_of[fid]].append(fid)
    s.gold_pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_cluster.values())
    s.pred_pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_finding.values())
    for members in by_finding.values():
        counts = Counter(gold[f].cluster for f in members)
        s.true_pairs += sum(c * (c - 1) // 2 for c in counts.values())
    for cluster, members in by_cluster.items():
        s.clusters += 1
        where = Counter(finding_of[f] for f in members if f in finding_of)
        if not where:
            continue
        n = min(where, key=lambda k: (-where[k], k))
        s.confusion[(story.verdicts[cluster], groups[n][1].value)] += 1
        if groups[n][1].value == story.verdicts[cluster]:
            s.verdicts_right += 1
    for n, (g, verdict) in enumerate(groups):
        if verdict is Verdict.CONFLICT:
            s.conflict_findings += 1
            if len({gold[f].event for f in by_finding.get(n, ())}) > 1:
                s.cross_event_conflicts += 1
            if _backed(g, gold, story.verdicts):
                s.backed_conflicts += 1
    return s


def judge_alone(story: Story) -> Score:
    """Verdicts on the gold's own groups: each cluster's matched facts judged as one finding.

    The report time, long periods and authorities are read as alignment reads
    them (``compare.align._build``), so only the grouping differs from a run.
    """
    gold = _gold_of(story)
    built = _build(story.facts, story.documents)
    index = {it.fact.id: n for n, it in enumerate(built)}
    members: dict[str, list[int]] = defaultdict(list)
    for fid in sorted(gold):
        if fid in index:
            members[gold[fid].cluster].append(index[fid])
    s = Score()
    for cluster, ns in members.items():
        facts = [built[n].fact for n in ns]
        authorities = {built[n].fact.id: a for n in ns if (a := built[n].authority)}
        progress = {built[n].fact.id: p for n in ns if (p := built[n].progress)}
        conversions = {built[n].fact.id: c for n in ns if (c := built[n].converts)}
        standing = {built[n].fact.id: w for n in ns if (w := built[n].standing)}
        verdict = verdict_of(facts, _recent(built, ns), authorities, progress, conversions, standing).value
        s.clusters += 1
        s.confusion[(story.verdicts[cluster], verdict)] += 1
        s.verdicts_right += verdict == story.verdicts[cluster]
    return s


def _backed(group: Group, gold: dict[str, GoldMention], verdicts: dict[str, str]) -> bool:
    """Whether two facts of ``group`` whose values do not overlap share a gold ``conflict`` cluster."""
    in_conflict: dict[str, list[Fact]] = defaultdict(list)
    for f in group.facts:
        if f.id in gold and verdicts[gold[f.id].cluster] == Verdict.CONFLICT.value:
            in_conflict[gold[f.id].cluster].append(f)
    return any(
        not overlaps(a.value, b.value)
        for facts in in_conflict.values()
        for i, a in enumerate(facts)
        for b in facts[i + 1 :]
    )


VERDICTS = tuple(
    v.value
    for v in (Verdict.AGREE, Verdict.COMPATIBLE, Verdict.UPDATED, Verdict.CONFLICT, Verdict.SINGLE_SOURCE)
)


def confusion_table(s: Score, indent: str = "  ") -> str:
    """Gold verdicts (rows) against the verdicts compared with them (columns), with each row's accuracy."""
    short = {v: v[:6] for v in VERDICTS}
    lines = [f"{indent}{'gold / ours':<14}" + "".join(f"{short[v]:>8}" for v in VERDICTS) + f"{'right':>8}"]
    for gv in VERDICTS:
        row = [s.confusion[(gv, pv)] for pv in VERDICTS]
        total = sum(row)
        if not total:
            continue
        lines.append(
            f"{indent}{gv:<14}" + "".join(f"{n:>8}" for n in row) + f"{s.confusion[(gv, gv)]:>4}/{total:<3}"
        )
    return "\n".join(lines)


def _row(name: str, s: Score) -> str:
    return (
        f"  {name:<28} {s.mention_recall:6.2f} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}"
        f" {s.verdict_accuracy:7.2f} {s.cross_event_conflicts:6d}"
    )


def _gathered_row(scores: Sequence[Score]) -> str:
    """The pooled figures of the gathered stories (not ECB+) and their mean F1 by story."""
    t = Score()
    for one in scores:
        t.add(one)
    return (
        f"  divergence, the {len(scores)} gathered stories (not ECB+): P {t.precision:.4f} R {t.recall:.4f}"
        f" F1 {t.f1:.4f} verdict {t.verdict_accuracy:.4f} ({t.verdicts_right}/{t.clusters});"
        f" mean F1 by story {sum(one.f1 for one in scores) / len(scores):.4f}"
    )


def _fitted_on() -> set[str]:
    """The stories the shipped pair model was fitted on (``fitted_on`` in its data file)."""
    path = Path(__file__).resolve().parents[1] / "compare" / "data" / "alignment_model.json"
    try:
        return set(json.loads(path.read_text("utf-8")).get("fitted_on", ()))
    except FileNotFoundError:
        return set()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold",
        type=Path,
        default=GOLD,
        metavar="DIR",
        help="gold directory (default: the development gold); any other is scored with the shipped model",
    )
    parser.add_argument("--no-loso", action="store_true", help="score with the shipped model (fitted on all)")
    parser.add_argument(
        "--ecb",
        action="store_true",
        help="also print the ECB+ event-coreference table (it scores the ECB+ test topics: read totals once)",
    )
    # The opt-out of earlier sessions, kept so that existing command lines still run.
    parser.add_argument("--no-ecb", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--explain", action="store_true", help="why gold pairs were missed and false pairs made"
    )
    parser.add_argument(
        "--confusion", action="store_true", help="also print each story's verdict confusion table"
    )
    parser.add_argument(
        "--story",
        action="append",
        metavar="ID",
        help="score only this story of the gold directory (repeatable); the others still serve to fit",
    )
    args = parser.parse_args(argv)
    test = args.gold.resolve() != GOLD.resolve()
    if test:
        # Refitting on the stories being scored would tune on them: a test gold
        # is scored with the shipped model, fitted on the development gold.
        args.no_loso = True
        if args.explain:  # it prints individual cases; a sealed gold is read by its totals only
            print(f"{args.gold}: --explain is for the development gold only", file=sys.stderr)
            return 2
        if args.story:  # the total of one story is a per-story row
            print(f"{args.gold}: --story is for the development gold only", file=sys.stderr)
            return 2
    stories = load_all(args.gold)
    if not stories:
        print(f"no gold stories found in {args.gold} (ECB+ texts absent?)")
        return 0
    if test and (clash := _fitted_on() & {s.id for s in stories}):
        print(f"{args.gold}: the shipped model was fitted on {', '.join(sorted(clash))}", file=sys.stderr)
        return 2
    scored = stories
    if args.story:
        unknown = sorted(set(args.story) - {s.id for s in stories})
        if unknown:
            print(f"{args.gold}: no gold story {', '.join(unknown)}", file=sys.stderr)
            return 2
        scored = [s for s in stories if s.id in set(args.story)]
    if args.explain:
        import alignment_errors  # noqa: PLC0415
        from fit_alignment import fit  # noqa: PLC0415

        print(alignment_errors.report(scored, None if args.no_loso else fit, stories))
        return 0
    which = f"the gold in {args.gold} (shipped model)" if test else "the development gold"
    print(f"Alignment on {which}: {len(scored)} stories")
    if args.story and args.no_loso:
        fitted = _fitted_on()
        for s in scored:
            print(f"  {s.id}: the shipped model was {'' if s.id in fitted else 'not '}fitted on it")
    print(
        f"  {'story / system':<28} {'m.rec':>6} {'p.prec':>6} {'p.rec':>6} {'p.F1':>6}"
        f" {'verdict':>7} {'x-evt':>6}"
    )
    totals = {"divergence": Score(), "naive": Score(), "judge alone": Score()}
    # The gathered stories apart from ECB+: ECB+ holds half the development gold's pairs and scores
    # far higher, so the total says little of a new batch of news (docs/alignment.md section 4).
    gathered: list[Score] = []
    for s in scored:
        model: object | None = None
        if not args.no_loso:
            from fit_alignment import fit  # noqa: PLC0415

            model = fit([o for o in stories if o.id != s.id])
        ours = score(s, divergence_system(s, model))
        naive = score(s, naive_system(s))
        totals["divergence"].add(ours)
        if not s.id.startswith("ecb-"):
            gathered.append(ours)
        totals["naive"].add(naive)
        totals["judge alone"].add(judge_alone(s))
        if not test:  # a sealed gold is read by its totals only
            print(_row(f"{s.id} divergence", ours))
            print(_row(f"{s.id} naive", naive))
            if args.confusion:
                print(confusion_table(ours, indent="      "))
    print(_row("TOTAL divergence", totals["divergence"]))
    print(_row("TOTAL naive", totals["naive"]))
    # Changes are often worth a few thousandths: the counts behind the rounded row.
    for name in ("divergence", "naive") if args.story else ("divergence",):
        t = totals[name]
        print(
            f"  {name} to 4 places: P {t.precision:.4f} ({t.true_pairs}/{t.pred_pairs})"
            f" R {t.recall:.4f} (of {t.gold_pairs}) F1 {t.f1:.4f}"
            f" verdict {t.verdict_accuracy:.4f} ({t.verdicts_right}/{t.clusters})"
            f" conflict findings {t.conflict_findings} (a gold conflict backs {t.backed_conflicts})"
        )
    if gathered and not test:  # a sealed gold is read by its totals only
        print(_gathered_row(gathered))
    print("  divergence verdicts, gold (rows) against ours (columns):")
    print(confusion_table(totals["divergence"], indent="    "))
    alone = totals["judge alone"]
    print(
        f"  the judge alone, on each gold cluster's own facts: verdict {alone.verdict_accuracy:.4f}"
        f" ({alone.verdicts_right}/{alone.clusters})"
    )
    print(confusion_table(alone, indent="    "))
    if not args.no_loso:
        print("  (divergence scored leave-one-story-out: each story with a model fitted on the others)")
    if args.ecb:
        import ecb_events  # noqa: PLC0415

        ecb_events.main([])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
