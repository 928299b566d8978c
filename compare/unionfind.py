"""Disjoint sets over ``0 .. n-1``: which items have been joined into one group.

Alignment joins facts into findings and the echo finder joins occurrences of a
shared passage; both need "are these two already in one group?" and "join
these two groups" in near-constant time, and nothing else.  The forest keeps a
parent per item; :meth:`UnionFind.find` halves the path it walks, so long
chains never form and a run stays linear in practice.

Which root survives a union is the caller's choice, because callers keep data
per root (alignment keeps a cluster record under it): :meth:`UnionFind.union`
keeps the first argument's root, so ``union(keep, other)`` folds ``other``'s
group into ``keep``'s.

    >>> sets = UnionFind(4)
    >>> sets.union(2, 3)
    2
    >>> sets.union(0, 3)
    0
    >>> sets.find(2), sets.find(1)
    (0, 1)
"""

from __future__ import annotations

__all__ = ["UnionFind"]


class UnionFind:
    """A forest of ``n`` items, each first a group of its own."""

    __slots__ = ("parent",)

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving
            i = parent[i]
        return i

    def union(self, keep: int, other: int) -> int:
        """Join the groups of ``keep`` and ``other``; return the root, which is ``keep``'s."""
        root, joined = self.find(keep), self.find(other)
        if root != joined:
            self.parent[joined] = root
        return root
