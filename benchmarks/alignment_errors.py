"""Why alignment misses gold pairs and makes false ones: the error analysis behind docs/alignment.md.

Run through ``python benchmarks/alignment.py --explain`` (leave-one-story-out
like the scores).  For every pair of gold mentions of one cluster it says
where the pair was lost, the first cause in this order:

- ``not extracted``: a mention no extracted fact overlaps (outside the pair
  metric, which counts matched mentions only; listed for extraction);
- ``one fact``: both mentions fall into one extracted fact (not a pair);
- ``kind or unit``: the facts are in different blocks (a count against an
  amount, an unresolved date): an extraction matter;
- ``same document, ...``: one article's two mentions, never a candidate
  pair, joined only through other outlets' facts;
- ``different roles``: extraction gave the facts different roles;
- ``not a candidate``: the bounded candidate lists never paired them;
- a scoring reason (``compare.align.pair_score``): model below threshold,
  context floor, no shared cue, cue score below the conflict threshold;
- a merge veto (``compare.align._Merging.merge_veto`` on the final groups):
  different event clusters, one value per document, different parties...;
- ``transitive``: the direct pair passes everything and yet the groups
  stayed apart (a veto met when they were tested, since lifted).

For every false pair (two facts in one finding, in different gold clusters)
it says what tied them: the gold relation (other event / same event, other
cluster), the roles, whether the values overlap and whether the pair was
scored directly or tied only through a chain.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from compare.align import (
    PairModel,
    _build,
    _different_roles,
    _Item,
    _Merging,
    _unit_class,
    candidate_pairs,
    default_model,
    pair_score,
    rising,
    scored_pairs,
)
from compare.judge import verdict_of
from compare.model import Verdict

if TYPE_CHECKING:
    from alignment import GoldMention, Story


@dataclass
class Explained:
    lost: Counter[str]
    false: Counter[str]
    found: int
    examples: dict[str, list[str]]
    # (gold verdict of the cluster, cause) → missed pairs: which verdicts the losses cost
    by_verdict: Counter[tuple[str, str]] = field(default_factory=Counter)
    # (cause, gold verdict, what differs: the two blocks or the two roles, sorted) → missed pairs,
    # with examples (benchmarks/recall_causes.py breaks the largest causes down by them)
    by_pair: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    pair_examples: dict[tuple[str, str, str], list[str]] = field(default_factory=lambda: defaultdict(list))


def _quote(story: Story, m: GoldMention) -> str:
    doc = next(d for d in story.documents if d.id == m.doc)
    return doc.text[m.start : m.end]


def _context(story: Story, fact_id: str) -> str:
    f = next(x for x in story.facts if x.id == fact_id)
    return f"{f.text!r} (role {f.role}, {f.doc})"


def _what_differs(cause: str, a: _Item, b: _Item) -> str:
    """The two sides of a lost pair that its cause compares: blocks for kind or unit, else roles
    (a figure with no role by its block: "date", "percent:%")."""
    if cause == "kind or unit":
        sides = [a.block or _unit_class(a.fact), b.block or _unit_class(b.fact)]
    else:
        sides = [it.role or f"({it.block or _unit_class(it.fact)})" for it in (a, b)]
    return " / ".join(sorted(sides))


def explain_story(story: Story, model: PairModel | None) -> Explained:
    model = model if model is not None else default_model()
    built = _build(story.facts, story.documents)
    index = {it.fact.id: n for n, it in enumerate(built)}
    candidates = set(candidate_pairs(built))
    pairs = scored_pairs(built, model)
    published = {d.id: d.published for d in story.documents}
    merging = _Merging.start(built, pairs, published, model)
    merging.run()
    fact_of: dict[GoldMention, str] = {}
    for fid, ms in story.fact_mentions.items():
        for m in ms:
            fact_of[m] = fid
    gold_of = {fid: ms[0] for fid, ms in story.fact_mentions.items()}
    by_cluster: dict[str, list[GoldMention]] = defaultdict(list)
    for m in story.mentions:
        by_cluster[m.cluster].append(m)
    out = Explained(Counter(), Counter(), 0, defaultdict(list))

    def note(counter: Counter[str], cause: str, example: str) -> None:
        counter[cause] += 1
        if len(out.examples[cause]) < 4:
            out.examples[cause].append(f"{story.id}: {example}")

    for cluster, ms in by_cluster.items():
        for m1, m2 in itertools.combinations(ms, 2):
            f1, f2 = fact_of.get(m1), fact_of.get(m2)
            if f1 is None or f2 is None:
                missing = m1 if f1 is None else m2
                note(out.lost, "not extracted", f"{_quote(story, missing)!r} in {missing.doc}")
                continue
            if f1 == f2:
                continue
            # Only the first gold mention of a fact is scored (benchmarks/alignment.py).
            if gold_of[f1] != m1 or gold_of[f2] != m2:
                continue
            i, j = sorted((index[f1], index[f2]))
            if merging.find(i) == merging.find(j):
                out.found += 1
                continue
            a, b = built[i], built[j]
            example = f"{_context(story, f1)} / {_context(story, f2)}"
            if (a.block or _unit_class(a.fact)) != (b.block or _unit_class(b.fact)):
                cause = "kind or unit"
            elif a.doc == b.doc:
                same = a.value_key is not None and a.value_key == b.value_key
                cause = "same document, same value" if same else "same document, other value"
            elif _different_roles(a.role, b.role):
                cause = "different roles"
            elif (i, j) not in candidates:
                cause = "not a candidate"
            elif (i, j) not in pairs:
                cause = pair_score(a, b, model)[1]
            else:
                overlapping = merging.overlap(i, j)
                ra, rb = merging.find(i), merging.find(j)
                update = not overlapping and rising(a, b)
                why = merging.merge_veto(ra, rb, not overlapping, merging.evidence(i, j), update=update)
                cause = f"veto: {why}" if why else "transitive"
            note(out.lost, cause, example)
            out.by_verdict[(story.verdicts[cluster], cause)] += 1
            key = (cause, story.verdicts[cluster], _what_differs(cause, a, b))
            out.by_pair[key] += 1
            if len(out.pair_examples[key]) < 3:
                out.pair_examples[key].append(f"{story.id}: {example}")

    finding: dict[str, int] = {}
    for n, it in enumerate(built):
        finding[it.fact.id] = merging.find(n)
    members: dict[int, list[str]] = defaultdict(list)
    for fid in sorted(gold_of):
        members[finding[fid]].append(fid)
    for fids in members.values():
        for f1, f2 in itertools.combinations(fids, 2):
            g1, g2 = gold_of[f1], gold_of[f2]
            if g1.cluster == g2.cluster:
                continue
            i, j = sorted((index[f1], index[f2]))
            a, b = built[i], built[j]
            relation = "other event" if g1.event != g2.event else "same event"
            if a.role is None or b.role is None:
                roles = "a role missing"
            elif a.role == b.role:
                roles = "same role"
            else:
                roles = "different roles"
            if a.doc == b.doc:
                how = "same document"
            elif (i, j) in pairs:
                how = "agreeing pair" if merging.overlap(i, j) else "conflicting pair"
            else:
                how = "chain"
            note(out.false, f"{relation}; {roles}; {how}", f"{_context(story, f1)} / {_context(story, f2)}")
    for g in merging.groups(story.id):
        verdict = verdict_of(g.facts, g.recent, dict(g.authorities), dict(g.progress), dict(g.conversions))
        if verdict is not Verdict.CONFLICT:
            continue
        events = {gold_of[f.id].event for f in g.facts if f.id in gold_of}
        facts = "; ".join(
            f"{f.text!r} ({f.doc}, role {f.role}, gold {gold_of[f.id].cluster if f.id in gold_of else '-'})"
            for f in g.facts
        )
        note(out.false, "CROSS-EVENT CONFLICT" if len(events) > 1 else "conflict finding", facts)
    return out


def report(stories: Sequence[Story], fit: object | None, pool: Sequence[Story] | None = None) -> str:
    """The cause tables over ``stories`` (``fit``: a function fitting a model on other stories, or None).

    Each story's model is fitted on every other story of ``pool`` (default: ``stories``), so that
    explaining a few stories (``alignment.py --explain --story``) reads the same leave-one-story-out
    model as the full run, not one fitted on the few others being explained.
    """
    pool = stories if pool is None else pool
    lost: Counter[str] = Counter()
    false: Counter[str] = Counter()
    found = 0
    examples: dict[str, list[str]] = defaultdict(list)
    by_verdict: Counter[tuple[str, str]] = Counter()
    for s in stories:
        model = fit([o for o in pool if o.id != s.id]) if callable(fit) else None
        e = explain_story(s, model)
        lost.update(e.lost)
        false.update(e.false)
        found += e.found
        by_verdict.update(e.by_verdict)
        for k, v in e.examples.items():
            examples[k].extend(v[: max(0, 6 - len(examples[k]))])
    lines = [f"Gold pairs found: {found}", "", "Missed gold pairs, by first cause:"]
    scored = sum(n for k, n in lost.items() if k != "not extracted")
    for cause, n in lost.most_common():
        share = f"{n / scored:5.1%}" if cause != "not extracted" and scored else "  n/a"
        lines.append(f"  {n:6d} {share}  {cause}")
    lines += ["", "Missed gold pairs by the gold verdict of their cluster (extracted mentions only):"]
    for verdict in sorted({v for v, _ in by_verdict}):
        causes = sorted(((n, c) for (v, c), n in by_verdict.items() if v == verdict), reverse=True)
        top = ", ".join(f"{c} {n}" for n, c in causes[:6])
        lines.append(f"  {verdict}: {sum(n for n, _ in causes)} — {top}")
    lines += ["", "False pairs, by what tied them:"]
    for cause, n in false.most_common():
        lines.append(f"  {n:6d}  {cause}")
    lines += ["", "Examples:"]
    for cause in [*lost, *false]:
        lines.append(f"  [{cause}]")
        lines.extend(f"    {x}" for x in examples[cause][:6])
    return "\n".join(lines)
