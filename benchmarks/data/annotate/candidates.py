"""List candidate figures in a gathered story, for a human annotator.

A deliberately generic regex (digits, number words, month names), independent of the
project's extractor, so that the gold made from it stays independent of the tool.
Usage: python benchmarks/data/annotate/candidates.py benchmarks/data/stories/<id>/
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
PATTERN = re.compile(rf"\d[\d,.]*|\b(?:{WORDS})\b", re.IGNORECASE)


def main(folder: str) -> None:
    for path in sorted(Path(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        print(f"== {path.name} ({len(text)} chars)")
        for m in PATTERN.finditer(text):
            left = text[max(0, m.start() - 50) : m.start()].replace("\n", " ")
            right = text[m.end() : m.end() + 40].replace("\n", " ")
            print(f"{m.start():6d} {left:>50}[{m.group()}]{right}")


if __name__ == "__main__":
    main(sys.argv[1])
