"""Count the stories a report run has in flight, for the tests of the submission window."""

from __future__ import annotations

from typing import Any

import pytest

from compare import engine, streamed


def count_stories_in_flight(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Patch the planner and the assembly so that the returned ``[now, most]`` counts the
    stories submitted (their items read) but not yet assembled; ``most`` is the peak."""
    flying = [0, 0]
    real_items, real_add = engine._Planned.items, streamed.Assembly.add

    def items(self: Any, story: str) -> Any:
        flying[0] += 1
        flying[1] = max(flying[1], flying[0])
        return real_items(self, story)

    def add(self: Any, part: Any, *positions: Any) -> None:
        flying[0] -= 1
        real_add(self, part, *positions)

    monkeypatch.setattr(engine._Planned, "items", items)
    monkeypatch.setattr(streamed.Assembly, "add", add)
    return flying
