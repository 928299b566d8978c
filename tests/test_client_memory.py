"""What the client of a streamed report keeps per article (``engine._plan_stubs``).

``report --format json`` holds no text, fact or finding in the client (``tests/test_jobs.py``
compares its bytes with the whole report's); what is left grows with the number of articles:
the plan of each document.  These tests pin that it stays small: the stores it is kept in
(``_Texts``, ``_Digests``), the ids they must give exactly as ``corpus.document_ids`` always
did, and the memory the planning keeps and peaks at per article, counted by ``tracemalloc``
over a corpus and one four times its size (allocation counts, not timings).
"""

from __future__ import annotations

import gc
import hashlib
import os
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from compare import engine
from compare.corpus import document_ids
from compare.options import Options


def test_texts_give_back_every_string_exactly() -> None:
    strings = ["article-00001", "", "Le Monde (2021-01-05)", "日本語の記事", "bad\udcffname", "x" * 300]
    texts = engine._Texts(strings)
    assert len(texts) == len(strings)
    assert list(texts) == strings
    assert texts[-1] == strings[-1]
    assert texts[1:3] == strings[1:3]
    texts.append("one more")
    assert texts[len(strings)] == "one more"


def test_digests_find_a_copy_and_tell_apart_digests_sharing_their_first_bytes() -> None:
    digests = [hashlib.sha256(str(i).encode()).digest() for i in range(5000)]
    # Two digests with the same first 8 bytes: only ``same`` can tell them apart.
    twin = digests[7][:8] + bytes(24)
    table = engine._Digests()
    for i, raw in enumerate(digests):  # past several growths of the table
        assert table.find(raw, lambda j, raw=raw: digests[j] == raw) is None
        table.add(raw, i)
    for i in (0, 7, 4999):
        assert table.find(digests[i], lambda j, i=i: digests[j] == digests[i]) == i
    assert table.find(twin, lambda j: digests[j] == twin) is None
    table.add(twin, 5000)
    digests.append(twin)
    assert table.find(twin, lambda j: digests[j] == twin) == 5000
    assert table.find(digests[7], lambda j: digests[j] == digests[7]) == 7


class _Cand:
    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.directory = os.path.basename(os.path.dirname(shown))


def _ids_as_before(cands: list[Any]) -> list[str]:
    """``document_ids`` as it was written before it kept one name a file (every choice up front)."""

    def options(cand: Any) -> list[str]:
        path = Path(cand.shown)
        return [
            path.stem,
            f"{cand.directory}/{path.stem}",
            f"{cand.directory}/{path.name}",
            cand.shown.replace(os.sep, "/"),
        ]

    choices = [options(cand) for cand in cands]
    level = [0] * len(cands)
    for depth in range(1, 4):
        counts = Counter(choices[i][level[i]] for i in range(len(cands)))
        clashing = [i for i in range(len(cands)) if counts[choices[i][level[i]]] > 1]
        if not clashing:
            break
        for i in clashing:
            level[i] = depth
    ids: list[str] = []
    assigned: set[str] = set()
    for i in range(len(cands)):
        base = candidate = choices[i][level[i]]
        n = 1
        while candidate in assigned:
            n += 1
            candidate = f"{base}~{n}"
        assigned.add(candidate)
        ids.append(candidate)
    return ids


def test_document_ids_are_the_ones_every_choice_up_front_gave() -> None:
    shown = [
        "a/story/one.txt",  # unique stem
        "a/story/two.txt",  # stem clashes with b/other/two.md: directory/stem
        "b/other/two.md",
        "c/news/three.txt",  # directory/stem clashes too: directory/name
        "c/news/three.md",
        "d/news/three.txt",  # everything but the path clashes: the whole path
        "e/x/.hidden",  # no suffix
        "e/y/.hidden",
        "f/x/four.txt",  # clashes after the others moved: ~2
        "g/x/four.txt",
        "f/x/four.txt",
    ]
    cands = [_Cand(s) for s in shown]
    assert document_ids(cands) == _ids_as_before(cands)  # type: ignore[arg-type]
    assert len(set(document_ids(cands))) == len(cands)  # type: ignore[arg-type]


def _corpus(root: Path, articles: int, per_story: int = 10) -> list[str]:
    dirs = []
    for s in range(articles // per_story):
        story = root / f"story-{s:03d}"
        story.mkdir(parents=True)
        lines = []
        for k in range(per_story):
            name = f"article-{s:03d}-{k:02d}.txt"
            (story / name).write_text(f"Report {s}-{k}: officials said 12 people were hurt on Monday.\n")
            lines.append(
                f'[[source]]\nfile = "{name}"\noutlet = "Outlet {k % 4}"\npublished = 2021-01-0{1 + k % 2}\n'
            )
        (story / "sources.toml").write_text("\n".join(lines))
        dirs.append(str(story))
    return dirs


def _planning_memory(dirs: list[str], spill: Path) -> tuple[int, int]:
    """Bytes the planning of ``dirs`` keeps (with the plan alive) and its peak, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        planned = engine._plan_stubs(dirs, Options(), None, spill)
        gc.collect()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    planned.close()
    return kept - before, peak - before


def test_planning_keeps_a_few_dozen_bytes_an_article(tmp_path: Path) -> None:
    """Per article the client keeps its id, label, size, story and where its plan is, in flat
    stores: about 140 bytes, where a list of strings, a dict of digests and a list of tuples
    kept 260 (and 590 at the peak, against about 330)."""
    small, big = _corpus(tmp_path / "small", 200), _corpus(tmp_path / "big", 800)
    _planning_memory(small, tmp_path)  # the imports the planning makes on its first run
    kept_small, peak_small = _planning_memory(small, tmp_path)
    kept_big, peak_big = _planning_memory(big, tmp_path)
    kept, peak = (kept_big - kept_small) / 600, (peak_big - peak_small) / 600
    assert kept < 200, f"planning keeps {kept:.0f} bytes an article"
    assert peak < 450, f"planning peaks at {peak:.0f} bytes an article"
