"""Sequences that grow at both ends, so that a merge moves the smaller side only.

Alignment merges groups in a fixed order of members: the first pair's group, then
the other's (``align._Merging.merge``).  Appending the other group to the first
costs the other's size, and when a small group absorbs a large one that is the
large one's size at every merge: superlinear on one long document.  Here the
larger side keeps its storage and the smaller one is put before or after it,
so each merge costs the smaller side and a member moves O(log n) times.

- :class:`KeyedList`: items in order, each at an integer *key* (its position);
  keys ascend with the order, and a list prepended takes keys below the first.
- :class:`Firsts`: of values in order, the first one above a bound, for values
  added at either end (the running maxima, kept from both ends).
- :class:`KeyedRuns`: a mapping in the order its entries were put at either end.

    >>> items = KeyedList(7)
    >>> items.extend([8, 9]); items.prepend(KeyedList(6))
    >>> list(items), items.lo, items.hi, items.at(-1), items[0]
    ([6, 7, 8, 9], -1, 3, 6, 6)
    >>> firsts = Firsts[str]()
    >>> for value, name in ((3.0, "c"), (5.0, "e")):
    ...     firsts.append(value, name)
    >>> firsts.prepend(4.0, "d")
    >>> firsts.first_above(3.5), firsts.first_above(4.5), firsts.first_above(5.0), firsts.top()
    ('d', 'e', None, 5.0)
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

__all__ = ["Firsts", "KeyedList", "KeyedRuns"]

_T = TypeVar("_T")
_K = TypeVar("_K")
_V = TypeVar("_V")

# The front of a ``KeyedRuns`` nothing was put at (shared, never written: ``prepend`` makes its own).
# Most groups and runs never get anything put at their front, and alignment makes thousands of them:
# an empty list or dict each cost allocations and the garbage collector's time (growth.py ``story``).
_NO_ENTRIES: dict[Any, Any] = {}


class KeyedList(Sequence[int]):
    """Item numbers in order; the item at key ``k`` is ``front[~k]`` for ``k < 0``, else ``back[k]``.

    ``front`` holds the items put before the first one, last first, so that both ends grow by
    appending (an empty tuple until there is one).  Keys run from ``lo`` to ``hi`` (excluded);
    indexing (``items[i]``) is by place in the order, as a list's.
    """

    __slots__ = ("back", "front")

    def __init__(self, first: int) -> None:
        self.front: Sequence[int] = ()
        self.back: list[int] = [first]

    @property
    def lo(self) -> int:
        return -len(self.front)

    @property
    def hi(self) -> int:
        return len(self.back)

    def __len__(self) -> int:
        return len(self.front) + len(self.back)

    def __iter__(self) -> Iterator[int]:
        return itertools.chain(reversed(self.front), self.back)

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        """The ``i``-th item in order (negative: from the end), as a list's."""
        if isinstance(i, slice):
            return list(self)[i]
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        return self.at(self.lo + (i if i >= 0 else n + i))

    def __add__(self, other: Iterable[int]) -> list[int]:
        return [*self, *other]

    def __repr__(self) -> str:
        return f"KeyedList({list(self)})"

    def at(self, key: int) -> int:
        """The item at ``key``."""
        return self.back[key] if key >= 0 else self.front[~key]

    def keyed(self) -> Iterator[tuple[int, int]]:
        """(key, item) in order."""
        return zip(itertools.count(self.lo), self)

    def extend(self, items: Iterable[int]) -> None:
        """Put ``items`` after the last item: the first of them takes key ``hi``."""
        self.back.extend(items)

    def prepend(self, other: KeyedList) -> None:
        """Put ``other``'s items before the first item: the last of them takes key ``lo - 1``."""
        front = self.front if isinstance(self.front, list) else []
        front.extend(reversed(other.back))
        front.extend(other.front)
        self.front = front


class Firsts(Generic[_T]):
    """Of values in order, added at either end, the first one above a bound (with its payload).

    Only a value above every value before it can be the first above some bound, so only those are
    kept (the running maxima), ascending: the ones put at the front in ``head`` (negated, last put
    first: ascending too; an empty tuple until there is one), the others in ``tail`` from ``start``
    on.  A value put at the front hides the kept ones it is not below, each once: adding is amortised
    O(1), a question O(log n).
    """

    __slots__ = ("head", "head_items", "start", "tail", "tail_items")

    def __init__(self) -> None:
        self.head: Sequence[float] = ()
        self.head_items: Sequence[_T] = ()
        self.tail: list[float] = []
        self.tail_items: list[_T] = []
        self.start = 0

    def top(self) -> float:
        """The greatest value (there is one at least)."""
        return self.tail[-1] if len(self.tail) > self.start else -self.head[0]

    def append(self, value: float, item: _T) -> None:
        """Add ``value`` after the last one."""
        if (self.head or len(self.tail) > self.start) and value <= self.top():
            return
        self.tail.append(value)
        self.tail_items.append(item)

    def prepend(self, value: float, item: _T) -> None:
        """Add ``value`` before the first one."""
        head = self.head if isinstance(self.head, list) else []
        items = self.head_items if isinstance(self.head_items, list) else []
        tail = self.tail
        while head and -head[-1] <= value:
            head.pop()
            items.pop()
        if not head:
            while self.start < len(tail) and tail[self.start] <= value:
                self.start += 1
        head.append(-value)
        items.append(item)
        self.head, self.head_items = head, items

    def map_items(self, move: Callable[[_T], _T]) -> None:
        """Replace every payload kept by ``move`` of it."""
        if self.head_items:
            self.head_items = [move(item) for item in self.head_items]
        self.tail_items = [move(item) for item in self.tail_items]

    def first_above(self, bound: float) -> _T | None:
        """The payload of the first value above ``bound``, or None."""
        head = self.head
        if head and -head[0] > bound:
            return self.head_items[bisect.bisect_left(head, -bound) - 1]
        at = bisect.bisect_right(self.tail, bound, self.start)
        return self.tail_items[at] if at < len(self.tail) else None


class KeyedRuns(Generic[_K, _V]):
    """A mapping whose entries are in the order they were put at its front or back.

    Entries put at the front are in ``head`` (last put first; ``_NO_ENTRIES`` until there is one),
    the others in ``tail``; moving an
    entry to the front costs O(1), so putting a small mapping's entries before a large one's costs
    the small one's size.
    """

    __slots__ = ("head", "tail")

    def __init__(self) -> None:
        self.head: dict[_K, _V] = _NO_ENTRIES
        self.tail: dict[_K, _V] = {}

    def __len__(self) -> int:
        return len(self.head) + len(self.tail)

    def get(self, key: _K) -> _V | None:
        found = self.head.get(key)
        return self.tail.get(key) if found is None else found

    def values(self) -> Iterator[_V]:
        """The values in order."""
        return itertools.chain(reversed(self.head.values()), self.tail.values())

    def items(self) -> Iterator[tuple[_K, _V]]:
        """The entries in order."""
        return itertools.chain(reversed(self.head.items()), self.tail.items())

    def items_backwards(self) -> Iterator[tuple[_K, _V]]:
        """The entries last first."""
        return itertools.chain(reversed(self.tail.items()), self.head.items())

    def append(self, key: _K, value: _V) -> None:
        """Put a new entry last."""
        self.tail[key] = value

    def pop(self, key: _K) -> _V | None:
        """Remove ``key``'s entry; its value, or None."""
        found = self.head.pop(key, None) if self.head else None
        return self.tail.pop(key, None) if found is None else found

    def prepend(self, key: _K, value: _V) -> None:
        """Put an entry first (a new one, or one taken out by ``pop``)."""
        if self.head is _NO_ENTRIES:
            self.head = {}
        self.head[key] = value
