"""Print candidate figure spans of one ECB+ topic, to help a human annotate the gold.

This is deliberately a generic regular expression, not the project's extractor, so that
the development gold stays independent of the tool it will measure.  It reads only the
requested topic (held-out topics are refused) and prints each document's sentences with
the candidate spans and their character offsets into the document text.

    python benchmarks/data/tools/candidates.py 12 [--docs 12_1ecb,12_2ecb] [--all]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

HELD_OUT = frozenset({8, 18, 20, 37, 41})
_PEER = os.environ.get("DIVERGENCE_PEER_DATA") or Path(__file__).resolve().parents[4] / "shared/peer-data"
DEFAULT_DOCS = Path(_PEER) / "ecbplus-full" / "docs.jsonl"

_NUMBER_WORDS = (
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|dozen|half|a score|scores|several|couple|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice|single|both"
)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|tomorrow"
_DURATION = r"hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?"

CANDIDATE = re.compile(
    rf"\d[\d,.:/]*\d|\d"
    rf"|\b(?:{_NUMBER_WORDS})\b"
    rf"|\b(?:{_MONTHS})"
    rf"|\b(?:{_DAYS})\b"
    rf"|\b(?:{_DURATION})\b",
    re.IGNORECASE,
)


def load_topic(path: Path, topic: int) -> list[dict[str, object]]:
    """Documents of one topic, in corpus order; other topics are never kept."""
    if topic in HELD_OUT:
        raise SystemExit(f"topic {topic} is held out: not annotated")
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["topic"] == topic:
                out.append(doc)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topic", type=int)
    parser.add_argument("--docs", default="", help="comma-separated doc ids to show")
    parser.add_argument("--all", action="store_true", help="also print sentences without candidates")
    parser.add_argument("--plain", action="store_true", help="sentences only, no candidate list")
    parser.add_argument("--path", type=Path, default=DEFAULT_DOCS)
    args = parser.parse_args(argv)
    wanted = {d for d in args.docs.split(",") if d}
    for doc in load_topic(args.path, args.topic):
        if wanted and doc["doc_id"] not in wanted:
            continue
        text = str(doc["text"])
        print(f"=== {doc['doc_id']} ({doc['seminal_event']}) {doc.get('source_url') or ''}")
        offset = 0
        for line in text.split("\n"):
            spans = [m for m in CANDIDATE.finditer(line)]
            if spans or args.all:
                marks = " ".join(f"[{offset + m.start()}:{offset + m.end()} {m.group()}]" for m in spans)
                print(f"  @{offset}: {line}")
                if marks and not args.plain:
                    print(f"      {marks}")
            offset += len(line) + 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
