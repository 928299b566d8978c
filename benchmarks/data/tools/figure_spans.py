"""Print candidate figure spans of one ECB+ topic, for hand annotation of the gold.

A deliberately generic regex (digits, number words, "dozens", month dates, weekdays, durations), NOT
the project's extractor, so that the gold stays independent of the tool it measures. The annotator reads
the output next to the articles and decides which spans are facts; nothing here is a decision.

Usage: python benchmarks/data/tools/figure_spans.py TOPIC [--docs-jsonl PATH] [--all-lines]
Held-out topics (8, 18, 20, 37, 41) are refused before anything is read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HELD_OUT = frozenset({8, 18, 20, 37, 41})
_REPO = Path(__file__).resolve().parents[3]
# ../shared relative to the repository; a git worktree one level deeper also finds it.
DEFAULT_DOCS = next(
    (
        base / "shared" / "peer-data" / "ecbplus-full" / "docs.jsonl"
        for base in (_REPO.parent, _REPO.parent.parent)
        if (base / "shared" / "peer-data" / "ecbplus-full" / "docs.jsonl").is_file()
    ),
    _REPO.parent / "shared" / "peer-data" / "ecbplus-full" / "docs.jsonl",
)

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|"
    "thousand|thousands|million|millions|billion|billions|dozen|dozens|half|first|second|third|fourth|fifth|"
    "single|double|triple|couple|several|score|scores"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow"
_DURATIONS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?"

CANDIDATE = re.compile(
    rf"(?:\$|£|€|US\$)?\s?\d[\d,.:]*(?:\s?(?:%|percent|per cent|million|billion|m|bn))?"
    rf"|\b(?:{_NUMBER_WORDS})\b"
    rf"|\b(?:{_MONTHS})\b(?:\s\d{{1,2}})?"
    rf"|\b(?:{_WEEKDAYS})\b"
    rf"|\b(?:{_DURATIONS})\b",
    re.IGNORECASE,
)


def load_topic(path: Path, topic: int) -> list[dict]:
    """The topic's documents in corpus order; other topics are parsed only far enough to skip them."""
    if topic in HELD_OUT:
        raise SystemExit(f"topic {topic} is held out; refusing to read it")
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["topic"] == topic:
                docs.append(record)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic", type=int)
    parser.add_argument("--docs-jsonl", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--all-lines", action="store_true", help="also print lines without a candidate")
    parser.add_argument("--doc", help="only this doc id")
    args = parser.parse_args(argv)
    for record in load_topic(args.docs_jsonl, args.topic):
        if args.doc and record["doc_id"] != args.doc:
            continue
        text = record["text"]
        print(f"=== {record['doc_id']} ({record['seminal_event']}) {record.get('source_url') or ''}")
        offset = 0
        for line in text.split("\n"):
            spans = [m for m in CANDIDATE.finditer(line) if m.group().strip()]
            if spans or args.all_lines:
                marks = " ".join(
                    f"[{offset + m.start() + (len(m.group()) - len(m.group().lstrip()))}:{offset + m.end()}"
                    f" {m.group().strip()!r}]"
                    for m in spans
                )
                print(f"{offset:6d} {line}")
                if marks:
                    print(f"       -> {marks}")
            offset += len(line) + 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
