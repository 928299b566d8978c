"""Whether a second step after grouping could attach a differing figure to the group it contradicts.

After grouping (``_Merging.run``, the contradiction pass included), every group that one outlet
alone states is set against every other group of its block that none of its outlet's figures is
in, whose value is disjoint from its own and within ``_OUTLIER_FACTOR`` of it: each such pair of
groups is a *candidate attachment*.  Each is labelled by the development gold (the gold cluster
most of each group's matched facts fall in): ``same:conflict`` when both are of one gold conflict
cluster (the joins an attachment wants), ``same:<verdict>`` when of one cluster of another verdict,
``other`` when of two clusters, ``unannotated`` when either group has no gold mention (a join
there would be a finding no gold backs).  For each it reads what such a step could weigh:

- ``veto``: the first veto of a conflicting merge (``_Merging.merge_veto`` at the conflict level);
- ``refusal``: the first test of the contradiction pass's pair tests it fails
  (``_Merging.contradiction_refusal``: report days, act, a count moving, names, shared words);
- ``ctx``, ``cue``: the best pair's fitted context probability and cue score;
- ``words``: the most content words a pair shares right around its figures (``_Item.nearby``);
- ``sig``: how many of the group's distinctive words (around the figures of at least two of its
  outlets) the single figure's words hold;
- ``fit``: the share (IDF-weighted) of the group's distinctive sentence words (those of two of its
  outlets' sentences; for a group of one outlet, its sentence's) that the single figure's sentence
  holds; ``rank``: the group's place among the block's groups by ``fit`` (0: the best);
  ``margin``: its fit less the next best's;
- the pass's group tests: one event cluster (``ev``), one slot (``slot``), one act, report days,
  a count moving, names telling apart, asserted.

It then prints, for three sets of candidates (all; those every veto passes; those that also pass
the pass's tests but the shared words), per feature the best value of a gold conflict's candidate
and of any other's, and how many gold conflicts lie above every other candidate: a threshold that
joins no other fact (the issue's bar) joins only those.

    python benchmarks/attach_probe.py [--loso] [--rows FILE] [--story ID ...]

Shipped model by default (``--loso``: each story with a model fitted on the others).  Development
gold only: ``--rows`` writes individual cases.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import Story, _gold_of, load_all  # noqa: E402

from compare.align import (  # noqa: E402
    PairModel,
    _build,
    _Cluster,
    _contradiction_slot,
    _Item,
    _Merging,
    _near_values,
    _one_act,
    _one_count_moving,
    _one_report_time,
    _similarity,
    _told_apart,
    default_model,
    pair_features,
    scored_pairs,
)
from compare.context import terms  # noqa: E402
from compare.events import vocabulary  # noqa: E402
from compare.intervals import bounds_overlap  # noqa: E402

Row = dict[str, str | int | float]

FEATURES = ("ctx", "cue", "words", "sig", "fit", "margin", "alone")


class _Sentences:
    """Each fact's sentence words, their IDF over the story's sentences, and a group's distinctive ones."""

    def __init__(self, built: list[_Item], texts: dict[str, str]) -> None:
        self.built = built
        self.words: dict[str, frozenset[str]] = {}
        by_sentence: dict[tuple[str, int], frozenset[str]] = {}
        for it in built:
            f = it.fact
            words = frozenset(terms(texts[f.doc][f.sentence.start : f.sentence.end]))
            self.words[f.id] = words
            by_sentence[(f.doc, f.sentence.start)] = words
        df = Counter(w for ws in by_sentence.values() for w in ws)
        n = max(1, len(by_sentence))
        self.idf = {w: math.log(n / k) for w, k in df.items()}

    def fit(self, single: _Cluster, group: _Cluster) -> float:
        """The IDF-weighted share of ``group``'s distinctive sentence words that ``single``'s hold."""
        docs_of: dict[str, set[str]] = {}
        for i in group.members:
            for w in self.words[self.built[i].fact.id]:
                docs_of.setdefault(w, set()).add(self.built[i].doc)
        need = 2 if len(group.docs) >= 2 else 1
        sig = {w: self.idf[w] for w, ds in docs_of.items() if len(ds) >= need}
        held = set().union(*(self.words[self.built[i].fact.id] for i in single.members))
        return sum(v for w, v in sig.items() if w in held) / (sum(sig.values()) or 1.0)


def _label(story: Story, built: list[_Item], a: _Cluster, b: _Cluster) -> tuple[str, str]:
    """The candidate's label and, when both groups are of one gold cluster, that cluster."""
    gold = _gold_of(story)
    clusters = []
    for c in (a, b):
        found = Counter(gold[built[i].fact.id].cluster for i in c.members if built[i].fact.id in gold)
        if not found:
            return "unannotated", ""
        clusters.append(min(found, key=lambda k: (-found[k], k)))
    if clusters[0] != clusters[1]:
        return "other", ""
    return "same:" + story.verdicts[clusters[0]], clusters[0]


def _distinctive(built: list[_Item], group: _Cluster) -> set[str]:
    """The words right around the figures of at least two of the group's outlets."""
    seen: dict[str, set[str]] = {}
    for i in group.members:
        for w in built[i].nearby:
            seen.setdefault(w, set()).add(built[i].doc)
    return {w for w, ds in seen.items() if len(ds) >= 2}


def rows(story: Story, model: PairModel | None) -> list[Row]:
    """Every candidate attachment of ``story`` after grouping, with its label and features."""
    model = model if model is not None else default_model()
    built = _build(story.facts, story.documents)
    merging = _Merging.start(
        built, scored_pairs(built, model), {d.id: d.published for d in story.documents}, model
    )
    merging.run()
    sentences = _Sentences(built, {d.id: d.text for d in story.documents})
    umbrella = vocabulary().umbrella
    clusters = merging.clusters
    by_block: dict[str, list[int]] = {}
    for g in sorted(clusters):
        by_block.setdefault(built[clusters[g].members[0]].block, []).append(g)
    # How many figures of its block each sentence holds: a figure alone in its sentence is what the
    # sentence asserts, one of several may be an aside.
    per_sentence = Counter((it.fact.doc, it.fact.sentence.start, it.block) for it in built)

    def alone(c: _Cluster) -> int:
        return int(
            all(
                per_sentence[(built[i].fact.doc, built[i].fact.sentence.start, built[i].block)] == 1
                for i in c.members
            )
        )

    out: list[Row] = []
    for r in sorted(clusters):
        o = clusters[r]
        if len(o.docs) != 1 or o.low > o.high:
            continue
        others = [
            g for g in by_block[built[o.members[0]].block] if g != r and clusters[g].docs.isdisjoint(o.docs)
        ]
        fits = sorted(((sentences.fit(o, clusters[g]), g) for g in others), reverse=True)
        near = [g for g in others if clusters[g].low <= clusters[g].high and _near_values(clusters[g], o)]
        for g in near:
            m = clusters[g]
            if bounds_overlap((m.low, m.high), (o.low, o.high)):
                continue
            if len(m.docs) == 1 and g < r:
                continue  # two one-outlet groups: once
            fit = next(v for v, h in fits if h == g)
            pairs = [(built[i], built[j]) for i in o.members for j in m.members]
            single_slot = _contradiction_slot(built, o.members, umbrella)
            slot = _contradiction_slot(built, m.members, umbrella)
            a, b = built[o.members[0]].fact, built[m.members[0]].fact
            label, cluster = _label(story, built, o, m)
            out.append(
                {
                    "story": story.id,
                    "label": label,
                    "cluster": cluster,
                    "block": built[o.members[0]].block,
                    "outlets": len(m.docs),
                    "near": len(near),
                    "veto": merging.merge_veto(g, r, True, merging.strong) or "-",
                    "refusal": merging.contradiction_refusal(g, r) or "-",
                    "ctx": round(max(model.context_probability(pair_features(x, y)) for x, y in pairs), 3)
                    if model is not None
                    else 0.0,
                    "cue": round(max(_similarity(x, y) for x, y in pairs), 3),
                    "words": max(len(x.nearby & y.nearby) for x, y in pairs),
                    "sig": len(_distinctive(built, m) & set().union(*(built[i].nearby for i in o.members))),
                    "fit": round(fit, 3),
                    "rank": next(n for n, (_, h) in enumerate(fits) if h == g),
                    "margin": round(fit - max((v for v, h in fits if h != g), default=0.0), 3),
                    "ev": int(len(o.event_ids | m.event_ids) == 1),
                    "slot": "none" if single_slot is None or slot is None else str(int(single_slot == slot)),
                    "act": int(_one_act(m, o)),
                    "days": int(_one_report_time(m, o)),
                    "moving": int(_one_count_moving(built, m, o)),
                    "apart": int(_told_apart(built, m.members, o.members)),
                    "asserted": int(all(built[i].asserted for i in o.members)),
                    "alone": alone(o) + alone(m),
                    "single": f"{a.text!r} ({a.doc})",
                    "group": f"{b.text!r} ({b.doc})",
                }
            )
    return out


def summary(found: Sequence[Row]) -> str:
    """Labels per set of candidates, and per feature the gold conflicts no other candidate reaches."""
    sets = {
        "every candidate": list(found),
        "every conflict veto passes": [r for r in found if r["veto"] == "-"],
        "... and the pass's tests but the shared words": [
            r for r in found if r["veto"] == "-" and r["refusal"] in ("-", "no word shared")
        ],
    }
    lines: list[str] = []
    for name, rs in sets.items():
        for scope in ("any group", "groups of several outlets"):
            chosen = [r for r in rs if scope == "any group" or int(r["outlets"]) >= 2]
            labels = Counter(str(r["label"]) for r in chosen)
            lines.append(
                f"{name}, {scope}: {len(chosen)} candidates; "
                + ", ".join(f"{k} {n}" for k, n in labels.most_common())
            )
            pos = [r for r in chosen if r["label"] == "same:conflict"]
            lines.append(
                f"  gold conflict clusters among them: {len({(r['story'], r['cluster']) for r in pos})}"
            )
            neg = [r for r in chosen if r["label"] != "same:conflict"]
            for feature in FEATURES:
                best_pos = max((float(r[feature]) for r in pos), default=-math.inf)
                best_neg = max((float(r[feature]) for r in neg), default=-math.inf)
                clean = sum(1 for r in pos if float(r[feature]) > best_neg)
                lines.append(
                    f"  {feature:>7}: best of a gold conflict {best_pos:g}, of any other {best_neg:g};"
                    f" gold conflicts above every other: {clean}"
                )
    vetoes = Counter(str(r["veto"]) for r in found if r["label"] == "same:conflict")
    lines.append(
        "Gold conflicts' candidates by first veto: " + ", ".join(f"{k} {n}" for k, n in vetoes.most_common())
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="each story with a model fitted on the others")
    parser.add_argument("--rows", type=Path, metavar="FILE", help="write every candidate as a TSV row")
    parser.add_argument("--story", action="append", metavar="ID", help="only this story (repeatable)")
    args = parser.parse_args(argv)
    stories = load_all()
    found: list[Row] = []
    for s in stories:
        if args.story and s.id not in args.story:
            continue
        model = None
        if args.loso:
            from fit_alignment import fit  # noqa: PLC0415

            model = fit([o for o in stories if o.id != s.id])
        found.extend(rows(s, model))
    if args.rows is not None and found:
        with args.rows.open("w", encoding="utf-8") as out:
            out.write("\t".join(found[0]) + "\n")
            out.writelines("\t".join(str(v) for v in row.values()) + "\n" for row in found)
    print(summary(found))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
