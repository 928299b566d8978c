"""Coreference scores: MUC, B³, CEAF-e and their mean, the CoNLL F1.

Clusterings are lists of sets of mention ids ("key" = gold, "response" =
predicted); every mention should be in exactly one cluster of each (a
singleton is a cluster of one).  The definitions follow Pradhan et al.
(2014), "Scoring coreference partitions of predicted mentions: a reference
implementation":

- **MUC** (Vilain et al. 1995) counts links: recall is
  ``Σ (|K| − p(K)) / Σ (|K| − 1)`` where ``p(K)`` is the number of response
  parts ``K`` is split into (mentions missing from the response count as
  their own parts); precision swaps key and response.
- **B³** (Bagga & Baldwin 1998) averages per mention:
  recall ``Σ_K Σ_R |K∩R|² / |K|`` over all key mentions, precision the same
  with ``/|R|`` over all response mentions.
- **CEAF-e** (Luo 2005) aligns key and response entities one-to-one to
  maximise ``Σ φ4(K, R)`` with ``φ4 = 2|K∩R| / (|K| + |R|)``; recall divides
  the best total by the number of key entities, precision by the number of
  response entities.  The alignment is solved exactly (Hungarian method) on
  each connected component of the overlap graph, which keeps it small.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

Clusters = Sequence[set[Hashable]] | Sequence[frozenset[Hashable]]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def muc(key: Clusters, response: Clusters) -> PRF:
    def score(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = set()
            missing = 0
            for m in c:
                if m in where:
                    parts.add(where[m])
                else:
                    missing += 1
            num += len(c) - (len(parts) + missing)
            den += len(c) - 1
        return _ratio(num, den)

    return PRF(precision=score(response, key), recall=score(key, response))


def b_cubed(key: Clusters, response: Clusters) -> PRF:
    def score(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        total = 0.0
        count = 0
        for c in a:
            overlap: dict[int, int] = defaultdict(int)
            for m in c:
                if m in where:
                    overlap[where[m]] += 1
            total += sum(n * n for n in overlap.values()) / len(c)
            count += len(c)
        return _ratio(total, count)

    return PRF(precision=score(response, key), recall=score(key, response))


def _hungarian_max(weights: list[list[float]]) -> float:
    """The largest total of a one-to-one assignment of rows to columns (rectangular allowed)."""
    rows, cols = len(weights), len(weights[0]) if weights else 0
    if not rows or not cols:
        return 0.0
    transpose = rows > cols
    if transpose:
        weights = [list(col) for col in zip(*weights, strict=True)]
        rows, cols = cols, rows
    # Minimise the negated weights (Jonker-style potentials, rows ≤ cols).
    big = max(max(r) for r in weights)
    cost = [[big - w for w in r] for r in weights]
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    p = [0] * (cols + 1)
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if not j0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, cols + 1) if p[j])


def ceaf_e(key: Clusters, response: Clusters) -> PRF:
    where = {m: i for i, c in enumerate(response) for m in c}
    # Connected components of the bipartite overlap graph: entities that
    # share no mention score 0 together, so each component is solved alone.
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    edges: dict[tuple[int, int], int] = defaultdict(int)
    for k, c in enumerate(key):
        for m in c:
            if m in where:
                edges[(k, where[m])] += 1
    for k, r in edges:
        a, b = find(k), find(len(key) + r)
        if a != b:
            parent[a] = b
    components: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for k, r in edges:
        comp = components[find(k)]
        if k not in comp[0]:
            comp[0].append(k)
        if r not in comp[1]:
            comp[1].append(r)
    total = 0.0
    for ks, rs in components.values():
        matrix = [[2 * edges.get((k, r), 0) / (len(key[k]) + len(response[r])) for r in rs] for k in ks]
        total += _hungarian_max(matrix)
    return PRF(precision=_ratio(total, len(response)), recall=_ratio(total, len(key)))


@dataclass(frozen=True)
class CoNLL:
    muc: PRF
    b3: PRF
    ceaf_e: PRF

    @property
    def f1(self) -> float:
        return (self.muc.f1 + self.b3.f1 + self.ceaf_e.f1) / 3


def conll(key: Clusters, response: Clusters) -> CoNLL:
    return CoNLL(muc(key, response), b_cubed(key, response), ceaf_e(key, response))


def clusters_from_labels(ids: Sequence[Hashable], labels: Sequence[Hashable]) -> list[set[Hashable]]:
    """Clusters (sets of ids) from one label per id, in order of first appearance."""
    out: dict[Hashable, set[Hashable]] = {}
    for i, label in zip(ids, labels, strict=True):
        out.setdefault(label, set()).add(i)
    return list(out.values())
