"""The event layer alone, against the development gold's events (``benchmarks/data/gold``).

Every gold cluster names its event and every event says whether it is the
story's main one (``"main": true``) or a background or sibling one ("an
earlier quake", "Salesforce's layoffs the same day").  For the facts that
match a gold mention this prints, with the events alignment gives them
(``compare.align`` builds them with ``compare.events.fact_events``):

- **background**: precision and recall of ``FactEvent.main == False``
  against the gold event's ``main`` flag;
- **same event**: over pairs of such facts of one kind from different
  articles, precision and recall of "one event id" against "one gold event".

No model is fitted: the event layer has no learnt part, so nothing here is
scored on what it was tuned on except the vocabulary, which is chosen on this
development gold (never on the sealed test gold, which this script refuses).
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from alignment import GOLD, load_all  # noqa: E402

from compare.align import _build  # noqa: E402


def main() -> int:
    stories = load_all(GOLD)
    if not stories:
        print("no development gold found (ECB+ texts absent?)")
        return 0
    main_event: dict[str, bool] = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        for e in gold["events"]:
            main_event[f"{gold['story']}:{e['id']}"] = bool(e.get("main"))
    background: Counter[tuple[bool, bool]] = Counter()
    pairs: Counter[tuple[bool, bool]] = Counter()
    for s in stories:
        events = {it.fact.id: it.event for it in _build(s.facts, s.documents)}
        facts = {f.id: f for f in s.facts}
        rows = []
        for fid, mentions in sorted(s.fact_mentions.items()):
            event = events.get(fid)
            if event is None:
                continue
            gold_event = mentions[0].event
            background[(not main_event[gold_event], not event.main)] += 1
            rows.append((facts[fid].doc, facts[fid].kind, gold_event, event.event))
        for a, b in itertools.combinations(rows, 2):
            if a[0] != b[0] and a[1] == b[1]:
                pairs[(a[2] == b[2], a[3] == b[3])] += 1

    def line(name: str, c: Counter[tuple[bool, bool]]) -> str:
        tp, fp, fn = c[(True, True)], c[(False, True)], c[(True, False)]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return f"  {name:<12} P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn})"

    print(f"Event layer on the development gold ({len(stories)} stories, facts matching a gold mention)")
    print(line("background", background))
    print(line("same event", pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
