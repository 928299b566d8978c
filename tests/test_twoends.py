"""The sequences that grow at both ends (``compare.twoends``) against plain lists."""

from __future__ import annotations

import doctest
import random

import compare.twoends as twoends
from compare.twoends import Firsts, KeyedList, KeyedRuns


def test_the_module_examples_hold() -> None:
    assert doctest.testmod(twoends).failed == 0


def test_a_keyed_list_is_its_items_in_order_at_ascending_keys() -> None:
    rng = random.Random(26)
    for _ in range(200):
        items, plain = KeyedList(0), [0]
        made = 1
        for _step in range(rng.randint(0, 12)):
            other = KeyedList(made)
            other.extend(range(made + 1, made + rng.randint(1, 4)))
            made = max(other) + 1
            if rng.random() < 0.5:
                other.prepend(KeyedList(made))
                made += 1
            if rng.random() < 0.5:
                plain = plain + list(other)
                items.extend(other)
            else:
                plain = list(other) + plain
                items.prepend(other)
        assert list(items) == plain and len(items) == len(plain)
        assert items.hi - items.lo == len(plain)
        assert [items.at(k) for k in range(items.lo, items.hi)] == plain
        assert [k for k, _ in items.keyed()] == list(range(items.lo, items.hi))
        assert [items[i] for i in range(-len(plain), len(plain))] == plain + plain
        assert items[1:] == plain[1:] and items + [99] == [*plain, 99]


def test_firsts_finds_the_first_value_above_a_bound_as_a_walk_does() -> None:
    # Values put at either end, with ties and infinities: the first one above each bound (its
    # payload, its place in the order) is the one a walk over the values in order finds.
    rng = random.Random(25)
    choices = [-float("inf"), 0.0, 1.0, 2.0, 2.0, 3.0, 5.0, float("inf")]
    for _ in range(500):
        firsts: Firsts[int] = Firsts()
        order: list[tuple[float, int]] = []
        for n in range(rng.randint(1, 12)):
            value = rng.choice(choices)
            if rng.random() < 0.5:
                firsts.append(value, n)
                order.append((value, n))
            else:
                firsts.prepend(value, n)
                order.insert(0, (value, n))
            assert firsts.top() == max(v for v, _ in order)
            for bound in (-float("inf"), -1.0, 0.0, 1.5, 2.0, 4.0, 5.0, float("inf")):
                walked = next((item for v, item in order if v > bound), None)
                assert firsts.first_above(bound) == walked
        firsts.map_items(lambda item: item + 100)
        walked = next((item + 100 for v, item in order if v > 0.0), None)
        assert firsts.first_above(0.0) == walked


def test_keyed_runs_keep_the_order_entries_were_put_at_either_end() -> None:
    runs: KeyedRuns[str, int] = KeyedRuns()
    runs.append("b", 2)
    runs.append("c", 3)
    runs.prepend("a", 1)
    assert runs.pop("c") == 3 and runs.pop("z") is None
    runs.prepend("c", 30)  # taken out and put first
    assert list(runs.items()) == [("c", 30), ("a", 1), ("b", 2)]
    assert list(runs.items_backwards()) == [("b", 2), ("a", 1), ("c", 30)]
    assert list(runs.values()) == [30, 1, 2] and len(runs) == 3
    assert runs.get("a") == 1 and runs.get("z") is None
