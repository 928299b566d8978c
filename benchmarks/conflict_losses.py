"""Where each gold conflict of the development gold is lost: per cluster, by cause and by story.

For every gold ``conflict`` cluster it finds the group (finding) holding most of
the cluster's matched mentions, the *majority group*, and says what became of
the mention that contradicts it:

- ``found``: the majority group is judged a conflict;
- ``joined, judged V``: two of the cluster's disjoint values share the majority
  group, which the judge calls V;
- ``left single`` / ``another group (...)``: a mention whose value is disjoint
  from the majority group's stayed alone, or sits in another group (with other
  gold clusters' mentions, or none);
- ``split, overlapping values only``: the pieces outside the majority group
  overlap its values (the conflict is within them or not extracted);
- ``not extracted``: the differing mention matches no extracted fact.

For a differing mention outside the majority group it also gives the first
cause (``alignment_errors``' order: kind or unit, same document, different
roles, not a candidate, the pair score's reason, a merge veto) of the pair
between it and a majority member that got furthest, and why the contradiction
pass after grouping (``_Merging.join_contradictions``) did not set its group
against the majority group (``pass_refusal``).  The tables count clusters and
the stories each cause spans: a cause of one story is no lever.

    python benchmarks/conflict_losses.py [--no-loso] [--story ID ...]

Leave-one-story-out by default, as ``alignment.py`` scores.  Development gold
only: it prints individual cases.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import Story, _gold_of, load_all  # noqa: E402

from compare.align import (  # noqa: E402
    Group,
    PairModel,
    _build,
    _conflict_cues,
    _contradiction_slot,
    _different_roles,
    _Item,
    _Merging,
    _near_values,
    _similarity,
    _unit_class,
    candidate_pairs,
    default_model,
    pair_features,
    pair_score,
    rising,
    scored_pairs,
)
from compare.events import vocabulary  # noqa: E402
from compare.intervals import overlaps  # noqa: E402
from compare.judge import verdict_of  # noqa: E402
from compare.model import Fact, Verdict  # noqa: E402

# How far a lost pair got, in the order alignment tests it: a later stage is nearer to a join.
_STAGES = (
    "kind or unit", "same document", "different roles", "not a candidate", "score", "veto: ", "transitive"
)


@dataclass(frozen=True)
class Loss:
    """What became of one gold conflict cluster."""

    story: str
    cluster: str
    where: str
    cause: str = ""
    example: str = ""
    # Why the contradiction pass did not join the differing mention's group to the majority group.
    refusal: str = ""
    # The kind of the cluster's facts (count, date, measure, money, duration, percent), "-" when none
    # was extracted.
    kind: str = "-"


def placement(
    story: Story, groups: Sequence[tuple[Group, Verdict]]
) -> dict[str, tuple[str, str | None]]:
    """Per gold conflict cluster: where its differing mention went, and that mention's fact id (None
    when no single mention is to blame)."""
    gold = _gold_of(story)
    finding_of = {f.id: n for n, (g, _) in enumerate(groups) for f in g.facts}
    facts = {f.id: f for g, _ in groups for f in g.facts}
    out: dict[str, tuple[str, str | None]] = {}
    for cluster, verdict in sorted(story.verdicts.items()):
        if verdict != Verdict.CONFLICT.value:
            continue
        members = sorted(fid for fid, m in gold.items() if m.cluster == cluster and fid in finding_of)
        matched = sum(len(ms) for ms in story.fact_mentions.values() for m in ms if m.cluster == cluster)
        mentions = sum(1 for m in story.mentions if m.cluster == cluster)
        if not members:
            out[cluster] = ("not extracted", None)
            continue
        where = Counter(finding_of[f] for f in members)
        major = min(where, key=lambda k: (-where[k], k))
        inside = [facts[f] for f in members if finding_of[f] == major]
        outside = [facts[f] for f in members if finding_of[f] != major]
        judged = groups[major][1]
        if judged is Verdict.CONFLICT:
            out[cluster] = ("found", None)
        elif any(not overlaps(a.value, b.value) for a, b in itertools.combinations(inside, 2)):
            out[cluster] = (f"joined, judged {judged.value}", None)
        else:
            differing = [o for o in outside if any(not overlaps(o.value, i.value) for i in inside)]
            if differing:
                group = groups[finding_of[differing[0].id]][0]
                out[cluster] = (_whereabouts(differing[0], group, gold), differing[0].id)
            elif outside:
                out[cluster] = ("split, overlapping values only", None)
            elif matched < mentions:
                out[cluster] = ("not extracted", None)
            else:
                out[cluster] = (f"joined, values overlap, judged {judged.value}", None)
    return out


def _whereabouts(fact: Fact, group: Group, gold: dict[str, object]) -> str:
    if len(group.facts) == 1:
        return "left single"
    others = [f for f in group.facts if f.id != fact.id and f.id in gold]
    if others:
        return "another group (with other gold clusters' mentions)"
    return "another group (no gold mention)"


def _stage(cause: str) -> int:
    for n, stage in enumerate(_STAGES):
        if cause.startswith(stage):
            return n
    return _STAGES.index("score")


def story_losses(story: Story, model: PairModel | None) -> list[Loss]:
    """Every gold conflict cluster of ``story``: where it was lost and, for a differing mention left
    outside the majority group, the cause of its furthest pair with that group."""
    model = model if model is not None else default_model()
    built = _build(story.facts, story.documents)
    index = {it.fact.id: n for n, it in enumerate(built)}
    candidates = set(candidate_pairs(built))
    pairs = scored_pairs(built, model)
    merging = _Merging.start(built, pairs, {d.id: d.published for d in story.documents}, model)
    merging.run()
    groups = merging.groups(story.id)
    judged = [
        (g, verdict_of(g.facts, g.recent, dict(g.authorities), dict(g.progress), dict(g.conversions)))
        for g in groups
    ]
    gold = _gold_of(story)
    kinds = {m.cluster: built[index[f]].fact.kind for f, m in sorted(gold.items()) if f in index}
    out: list[Loss] = []
    for cluster, (where, differing) in placement(story, judged).items():
        kind = kinds.get(cluster, "-")
        if differing is None:
            out.append(Loss(story.id, cluster, where, kind=kind))
            continue
        o = index[differing]
        root = merging.find(o)
        members = [index[f] for f, m in gold.items() if m.cluster == cluster and f in index]
        at = Counter(merging.find(n) for n in members)
        major = min(at, key=lambda k: (-at[k], k))
        best: tuple[int, str, int] | None = None
        for i in members:
            if merging.find(i) != major or i == o or overlaps(built[i].fact.value, built[o].fact.value):
                continue
            cause = _pair_cause(merging, candidates, model, *sorted((i, o)))
            if best is None or _stage(cause) > best[0]:
                best = (_stage(cause), cause, i)
        if best is None or root == major:
            out.append(Loss(story.id, cluster, where, kind=kind))
            continue
        a, b = built[o].fact, built[best[2]].fact
        example = f"{a.text!r} ({a.doc}) / {b.text!r} ({b.doc}) [{_scores(built[o], built[best[2]], model)}]"
        out.append(Loss(story.id, cluster, where, best[1], example, pass_refusal(merging, root, major), kind))
    return out


def _scores(a: _Item, b: _Item, model: PairModel | None) -> str:
    """What the pair scored: its cue score as a conflict reads it, and the model's full and context
    probabilities (a conflict needs cue >= 0.35 and context >= 0.5)."""
    cue = _conflict_cues(a, b, _similarity(a, b))
    if model is None:
        return f"cue {cue:.2f}"
    x = pair_features(a, b)
    return f"cue {cue:.2f} context {model.context_probability(x):.2f} full {model.probability(x):.2f}"


def pass_refusal(merging: _Merging, r: int, g: int) -> str:
    """Why ``join_contradictions`` left group ``r`` apart from group ``g`` (both roots, after the run):
    the first of its tests that fails (``_Merging.contradiction_refusal`` for those of the pair)."""
    o, m = merging.clusters[r], merging.clusters[g]
    if len(o.docs) != 1:
        return "not one outlet's group"
    umbrella = vocabulary().umbrella
    slots = [_contradiction_slot(merging.built, c.members, umbrella) for c in (o, m)]
    if None in slots:
        return "no slot"
    if slots[0] != slots[1]:
        return "another slot"
    if not m.docs.isdisjoint(o.docs):
        return "an outlet in both"
    if not _near_values(m, o):
        return "values beyond the outlier factor"
    return merging.contradiction_refusal(g, r) or "other groups near its value"


def _pair_cause(
    merging: _Merging, candidates: set[tuple[int, int]], model: PairModel, i: int, j: int
) -> str:
    """Why the pair (i < j) did not join: ``alignment_errors``' first cause."""
    a, b = merging.built[i], merging.built[j]
    if (a.block or _unit_class(a.fact)) != (b.block or _unit_class(b.fact)):
        return "kind or unit"
    if a.doc == b.doc:
        return "same document"
    if _different_roles(a.role, b.role):
        return "different roles"
    if (i, j) not in candidates:
        return "not a candidate"
    if (i, j) not in merging.pairs:
        return pair_score(a, b, model)[1]
    overlapping = merging.overlap(i, j)
    update = not overlapping and rising(a, b)
    why = merging.merge_veto(
        merging.find(i), merging.find(j), not overlapping, merging.evidence(i, j), update=update
    )
    return f"veto: {why}" if why else "transitive"


def tables(losses: Sequence[Loss]) -> str:
    """Clusters and stories per place and per cause."""
    lines = [f"Gold conflict clusters: {len(losses)}"]
    for title, key in (
        ("Where the differing mention went", "where"),
        ("First cause of its furthest pair", "cause"),
        ("Why the contradiction pass left it", "refusal"),
    ):
        clusters: Counter[str] = Counter()
        stories: dict[str, set[str]] = defaultdict(set)
        for loss in losses:
            value = getattr(loss, key) or "-"
            clusters[value] += 1
            stories[value].add(loss.story)
        lines += ["", f"{title}:", f"  {'clusters':>8} {'stories':>8}"]
        lines += [f"  {n:8d} {len(stories[k]):8d}  {k}" for k, n in clusters.most_common()]
    # The lost clusters' first causes by kind: which kinds a cause spans.
    kinds = sorted({loss.kind for loss in losses})
    by: Counter[tuple[str, str]] = Counter((loss.cause or loss.where, loss.kind) for loss in losses)
    causes = Counter(loss.cause or loss.where for loss in losses)
    lines += ["", "First cause (or where it went) by kind:", "  " + "".join(f"{k[:8]:>9}" for k in kinds)]
    lines += ["  " + "".join(f"{by[(c, k)]:9d}" for k in kinds) + f"  {c}" for c, _ in causes.most_common()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-loso", action="store_true", help="the shipped model (fitted on all stories)")
    parser.add_argument("--story", action="append", metavar="ID", help="only this story (repeatable)")
    args = parser.parse_args(argv)
    stories = load_all()
    scored = [s for s in stories if not args.story or s.id in args.story]
    losses: list[Loss] = []
    for s in scored:
        if Verdict.CONFLICT.value not in s.verdicts.values():
            continue
        model = None
        if not args.no_loso:
            from fit_alignment import fit  # noqa: PLC0415

            model = fit([o for o in stories if o.id != s.id])
        for loss in story_losses(s, model):
            losses.append(loss)
            cause = f" | {loss.cause}  {loss.example}" if loss.cause else ""
            cause += f" | pass: {loss.refusal}" if loss.refusal else ""
            print(f"{loss.story} {loss.cluster.split(':')[-1]}: {loss.where}{cause}")
    print()
    print(tables(losses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
