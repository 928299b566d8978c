"""What the client of a streamed report keeps per article (``engine._plan_stubs``).

``report --format json`` holds no text, fact or finding in the client (``tests/test_jobs.py``
compares its bytes with the whole report's); what is left grows with the number of articles:
the plan of each document.  These tests pin that it stays small: the stores it is kept in
(``_Texts``, ``DigestTable``, ``NameSet``), the ids they must give exactly as ``corpus.document_ids`` always
did, and the memory the planning keeps and peaks at per article, counted by ``tracemalloc``
over a corpus and one four times its size (allocation counts, not timings).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from compare import engine
from compare.compact import DigestTable, NameSet, NameTable, Numbered, SpillArray, Texts
from compare.corpus import document_ids, iter_document_ids
from compare.options import Options


def test_texts_give_back_every_string_exactly() -> None:
    strings = ["article-00001", "", "Le Monde (2021-01-05)", "日本語の記事", "bad\udcffname", "x" * 300]
    texts = Texts(strings)
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
    table = DigestTable()
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


def test_spill_array_gives_back_every_item_past_its_pages_in_memory(tmp_path: Path) -> None:
    n = 100_000  # 800 KB of "q": 49 pages, 4 in memory
    values = SpillArray("q", tmp_path)
    filled = SpillArray("i", tmp_path, fill=-1)
    filled.grow(n)
    for i in range(n):
        values.append(i * 7 - 3)
    assert values.file is not None  # pages went to the disk
    assert list(values) == [i * 7 - 3 for i in range(n)]
    for i in range(0, n, 997):  # at random, pages read back and written again
        values[i] = -i
        filled[n - 1 - i] = i
    assert [values[i] for i in range(0, n, 997)] == [-i for i in range(0, n, 997)]
    assert values[1] == 4 and values[-1] == (n - 1) * 7 - 3
    assert [filled[n - 1 - i] for i in range(0, n, 997)] == list(range(0, n, 997))
    assert filled[1] == -1 and sum(1 for v in filled if v == -1) == n - len(range(0, n, 997))
    assert values[10:13] == [67, 74, 81]
    values.close()
    filled.close()


def test_texts_past_their_first_pages_read_back_from_the_disk(tmp_path: Path) -> None:
    strings = [f"story-{i // 20:04d}/article-{i:05d} é" for i in range(20_000)]
    texts = Texts(strings, tmp_path)
    assert texts.file is not None
    assert len(texts) == len(strings)
    assert [texts[i] for i in range(0, 20_000, 37)] == strings[::37]
    assert list(texts) == strings
    texts.close()


def test_name_set_holds_exactly_the_names_added() -> None:
    names = [f"/corpus/story-{i // 20:04d}/article-{i:05d}.txt" for i in range(5000)]
    names += ["", "日本語/記事.txt", "bad\udcffname.txt", "s3://bucket/a.txt"]
    claimed = NameSet()
    for name in names[::2]:  # past several growths of the table
        claimed.add(name)
    claimed.add(names[0])  # again: still one entry
    assert len(claimed) == len(names[::2])
    assert all(name in claimed for name in names[::2])
    assert not any(name in claimed for name in names[1::2])
    assert "/corpus/story-0000/article-00000.txt " not in claimed


class _SameHash(str):
    """A name whose hash is every other's: ``NameTable`` must tell them apart by the names."""

    def __hash__(self) -> int:
        return 12345


def test_name_table_holds_exactly_the_names_added(tmp_path: Path) -> None:
    names = [f"/corpus/story-{i // 20:04d}/article-{i:05d}.txt" for i in range(5000)]
    names += ["", "日本語/記事.txt", "bad\udcffname.txt", "s3://bucket/a.txt"]
    table = NameTable(tmp_path)
    try:
        for name in names[::2]:  # past several growths of the table and the first page of its names
            table.add(name)
        table.add(names[0])  # again: still one entry
        assert len(table) == len(names[::2])
        assert all(name in table for name in names[::2])
        assert not any(name in table for name in names[1::2])
        assert "/corpus/story-0000/article-00000.txt " not in table and 3 not in table
        # Equal hashes are only candidates: the very name decides.
        clashing = [_SameHash(f"name-{k}") for k in range(40)]
        for name in clashing[::2]:
            table.add(name)
        assert all(name in table for name in clashing[::2])
        assert not any(name in table for name in clashing[1::2])
    finally:
        table.close()


def test_name_table_keeps_a_few_dozen_bytes_a_name(tmp_path: Path) -> None:
    """20,000 names: 12 bytes a slot of the table in memory (its peak while it grows: the old
    table and the new), the names on disk past a page, where a ``set`` of them holds ~170 bytes
    a name (the string and its slot): what the warm check's document ids kept at its peak
    (issue 14)."""

    def fill(names: set[str] | NameTable) -> int:
        tracemalloc.reset_peak()
        start = tracemalloc.get_traced_memory()[0]
        for name in (f"article-{i:05d}" for i in range(20_000)):
            if name not in names:
                names.add(name)
        assert len(names) == 20_000
        return tracemalloc.get_traced_memory()[1] - start

    tracemalloc.start()
    table = NameTable(tmp_path)
    try:
        table_bytes = fill(table)
        set_bytes = fill(set())
    finally:
        tracemalloc.stop()
        table.close()
    assert table_bytes < 48 * 20_000, table_bytes
    assert table_bytes < set_bytes / 3, (table_bytes, set_bytes)


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
    assert list(iter_document_ids(cands, NameSet)) == _ids_as_before(cands)  # type: ignore[arg-type]
    table = functools.partial(NameTable, None)
    assert list(iter_document_ids(cands, table)) == _ids_as_before(cands)  # type: ignore[arg-type]
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


def test_the_client_gives_the_heap_back_every_few_stories(tmp_path: Path, monkeypatch: Any) -> None:
    """The client hands the C heap's free pages back (``engine._trim_heap``) once the corpus is
    planned, every ``_COLLECT_EVERY`` stories in and every ``_TRIM_CHUNKS`` chunks of the JSON
    written; the report is the same bytes with it or without glibc's call."""
    from compare import streamed
    from compare.cli import main

    dirs = _corpus(tmp_path / "corpus", 60, per_story=10)  # six stories
    trims: list[str] = []
    state = {"phase": "planning", "stories": 0, "chunks": 0}
    real_trim, real_plan = engine._trim_heap, engine._plan_stubs
    real_add, real_output = streamed.Assembly.add, streamed.Assembly.output

    def plan(*args: Any) -> Any:
        planned = real_plan(*args)
        state["phase"] = "planned"
        return planned

    def add(self: Any, *args: Any) -> None:
        real_add(self, *args)
        state["stories"] += 1
        state["phase"] = f"story {state['stories']}"

    def output(self: Any, *args: Any, **kwargs: Any) -> Any:
        for chunk in real_output(self, *args, **kwargs):
            state["chunks"] += 1
            state["phase"] = f"chunk {state['chunks']}"
            yield chunk

    monkeypatch.setattr(engine, "_plan_stubs", plan)
    monkeypatch.setattr(streamed.Assembly, "add", add)
    monkeypatch.setattr(streamed.Assembly, "output", output)
    monkeypatch.setattr(engine, "_COLLECT_EVERY", 2)
    monkeypatch.setattr(engine, "_TRIM_CHUNKS", 1)
    monkeypatch.setattr(engine, "_trim_heap", lambda: (trims.append(state["phase"]), real_trim())[1])
    assert main(["report", *dirs, "--format", "json", "--out", str(tmp_path / "a"), "--quiet"]) == 0
    chunks = [f"chunk {i}" for i in range(1, state["chunks"] + 1)]
    assert trims == ["planned", "story 2", "story 4", "story 6", *chunks] and chunks
    monkeypatch.setattr(engine, "_malloc_trim", lambda: None)  # no glibc: nothing to call
    state.update(phase="planning", stories=0, chunks=0)
    assert main(["report", *dirs, "--format", "json", "--out", str(tmp_path / "b"), "--quiet"]) == 0
    assert len(trims) == 2 * (4 + len(chunks))
    written = [sorted(p.name for p in (tmp_path / d).iterdir()) for d in "ab"]
    assert written[0] == written[1] and written[0]
    for name in written[0]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def _assembly_memory(stories: int, spill: Path) -> tuple[int, Any]:
    """Bytes an ``Assembly`` keeps after ``stories`` parts of two documents each came in (each
    part unpickled, as from a worker: its strings are new objects), by tracemalloc."""
    import pickle

    from compare import streamed
    from compare.model import Skipped

    ids = [f"doc-{i:05d}" for i in range(2 * stories)]
    verdicts = {"agree": 1, "compatible": 0, "updated": 2, "conflict": 0, "single-source": 3}
    messages = [
        pickle.dumps(
            streamed.StoryPart(
                story=f"story-{s:05d}",
                docs=(ids[2 * s], ids[2 * s + 1]),
                documents=('{"id": 1}', '{"id": 2}'),
                facts=("", '{"fact": 1}'),
                fact_counts=(0, 1),
                findings='{"finding": 1}',
                verdicts=verdicts,
                echoes="",
                echo_count=0,
                failed=(Skipped(f"story-{s:05d}/a.txt", "no text"),) if s == 3 else (),
            )
        )
        for s in range(stories)
    ]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        assembly = streamed.Assembly(ids, spill)
        for s, message in enumerate(messages):
            assembly.add(pickle.loads(message), [2 * s, 2 * s + 1])
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return kept, assembly


def test_the_assembly_keeps_a_few_bytes_a_story(tmp_path: Path) -> None:
    """Per story the client's assembly keeps its name and numbers in compact stores (its name in
    a ``compact.Numbered``, its numbers in a ``SpillArray``): ~35-40 bytes a story from 1,000 to
    4,000 stories (entries of arrays whose first pages are in memory), where a list and a dict of
    names and a list of sources kept ~120-135 (session 20), and a named tuple, two tuples of
    offsets in dicts and the part's own dict of verdicts a story ~1,070 (session 19).  Its
    totals, failures and findings stay the parts'."""
    _assembly_memory(50, tmp_path)[1].close()  # the imports of a first run
    small, first = _assembly_memory(1000, tmp_path)
    big, assembly = _assembly_memory(4000, tmp_path)
    per_story = (big - small) / 3000
    assert per_story < 80, f"the assembly keeps {per_story:.0f} bytes a story"
    first.close()
    try:
        totals = assembly.totals()
        assert (totals.documents, totals.facts, totals.findings) == (8000, 4000, 24000)
        summary = {"agree": 4000, "compatible": 0, "updated": 8000, "conflict": 0, "single-source": 12000}
        assert totals.summary == summary
        assert [s.path for s in assembly.failed()] == ["story-00003/a.txt"]
        text = "".join(assembly.chunks(()))
        assert text.count('{"finding": 1}') == 4000 and text.count('{"fact": 1}') == 4000
    finally:
        assembly.close()


def test_numbered_names_give_each_name_one_number_in_the_order_first_added(tmp_path: Path) -> None:
    names = [f"story-{i:05d}" for i in range(5000)] + ["", "日本語", "bad\udcffname", "x" * 300]
    numbered = Numbered(tmp_path)
    for k, name in enumerate(names):  # past several growths of the table and the first pages
        assert numbered.number(name) is None
        assert numbered.add(name) == k
    assert numbered.names.file is not None  # the names went to the disk
    assert len(numbered) == len(names)
    for k in (0, 7, 4999, 5001, len(names) - 1):
        assert numbered.add(names[k]) == k  # again: the same number, nothing added
        assert numbered.number(names[k]) == k and numbered[k] == names[k]
    assert len(numbered) == len(names) and list(numbered) == names
    assert numbered.number("story-00007 ") is None and numbered.number("story-5000") is None
    numbered.close()


def _stories_memory(stories: int, per_story: int, root: Path) -> int:
    """What the planning of ``stories`` stories keeps, the least of two runs after a first: an
    allocation of anything else in the process while one runs (a thread left by an earlier test)
    only adds to what is counted."""
    dirs = _corpus(root, stories * per_story, per_story)
    _planning_memory(dirs, root)  # the imports of a first run
    return min(_planning_memory(dirs, root)[0] for _ in range(2))


def test_planning_keeps_no_object_a_story(tmp_path: Path) -> None:
    """The plan numbers the stories in compact stores (``compact.Numbered``, and one array of
    every story's documents cut by a running count), so 800 articles in 400 stories keep
    little more than in 40: ~30-40 bytes a story (a name's bytes and its entries in arrays whose
    first pages are in memory), where a dict of an ``array`` a story (and its name) kept ~180-210."""
    few = _stories_memory(40, 20, tmp_path / "few")
    many = _stories_memory(400, 2, tmp_path / "many")
    per_story = (many - few) / 360
    assert per_story < 100, f"planning keeps {per_story:.0f} bytes a story"


def test_planned_stories_list_their_documents_in_corpus_order(tmp_path: Path) -> None:
    """Each story's documents, from the one array of them all, are its documents in corpus
    order: the manifest of a story directory names them out of order, and another PATH brings
    more of the first story after a second story."""
    dirs = _corpus(tmp_path / "corpus", 30, per_story=10)
    planned = engine._plan_stubs([dirs[0], dirs[1], dirs[2]], Options(), None, tmp_path)
    try:
        assert planned.story_count() == 3
        assert [planned.story_names[s] for s in range(3)] == ["story-000", "story-001", "story-002"]
        assert [planned.members(s) for s in range(3)] == [list(range(10 * s, 10 * s + 10)) for s in range(3)]
        assert [planned.count(s) for s in range(3)] == [10, 10, 10]
        ids = [planned.ids[i] for i in planned.members(1)]
        assert [doc.id for _, doc in planned.items(1)] == ids
        assert all(doc.story == "story-001" for _, doc in planned.items(1))
    finally:
        planned.close()


def test_stories_go_out_largest_first_and_of_one_size_in_the_walks_order(tmp_path: Path) -> None:
    """The pool and the cluster take the biggest stories first; stories of one size keep the
    walk's order (no name a story is held to break ties)."""

    class _Plan:
        sizes = {0: 3, 1: 5, 2: 3, 3: 5, 4: 1}

        def count(self, story: int) -> int:
            return self.sizes[story]

    assert list(engine._largest_first(_Plan(), range(5))) == [1, 3, 0, 2, 4]  # type: ignore[arg-type]


def _bare_corpus(root: Path, articles: int, per_story: int = 10) -> list[str]:
    """Story directories of articles without manifests: each article's outlet is its file's name."""
    dirs = []
    for s in range(articles // per_story):
        story = root / f"story-{s:03d}"
        story.mkdir(parents=True)
        for k in range(per_story):
            (story / f"article-{s:03d}-{k:02d}.txt").write_text(
                f"Report {s}-{k}: 12 people were hurt on Monday.\n"
            )
        dirs.append(str(story))
    return dirs


def test_planning_without_manifests_keeps_no_object_an_outlet(tmp_path: Path) -> None:
    """Without manifests every article is its own outlet (its file's name): the distinct outlets
    and directories are kept in compact stores (``compact.Numbered``), so the planning keeps
    about what it keeps with four outlets: ~70 bytes an article, where a dict and a list of the
    distinct outlets (and directories) kept ~170."""
    small, big = _bare_corpus(tmp_path / "small", 200), _bare_corpus(tmp_path / "big", 800)
    _planning_memory(small, tmp_path)  # the imports of a first run
    kept_small = min(_planning_memory(small, tmp_path)[0] for _ in range(2))
    kept_big = min(_planning_memory(big, tmp_path)[0] for _ in range(2))
    kept = (kept_big - kept_small) / 600
    assert kept < 120, f"planning keeps {kept:.0f} bytes an article"
    planned = engine._plan_stubs(small[:1], Options(), None, tmp_path)
    try:
        assert [planned.outlets[i] for i in range(3)] == [f"article-000-0{k}.txt" for k in range(3)]
    finally:
        planned.close()


def test_ranges_are_read_a_page_or_a_file_read_at_a_time(tmp_path: Path, monkeypatch: Any) -> None:
    """A slice of a ``SpillArray`` or of ``Texts`` gives what item by item gives, across pages,
    the file and the write buffer, lone surrogates included; ``Texts`` reads a slice's bytes in one
    ``pread`` (a warm check reads each recalled directory's ids ~7 times: one ``pread`` an id
    was ~0.8 of 27 profiled seconds at 10,000 articles)."""
    from compare import compact

    lone = "\udcff"  # an undecodable file name's byte
    strings = [f"story-{i // 20:04d}/article-{i:05d} é" + (lone if not i % 97 else "") for i in range(20_000)]
    texts = Texts(strings, tmp_path)
    numbers = SpillArray("q", tmp_path)
    numbers.extend(i * 3 for i in range(50_000))
    assert texts.file is not None and texts.buffer and numbers.file is not None
    spans = [(0, 0), (0, 1), (0, 20), (5, 25), (1000, 5000), (19_990, 20_000), (0, 20_000), (7, 3)]
    for start, stop in spans:
        assert texts[start:stop] == strings[start:stop]
        assert numbers[start:stop] == [i * 3 for i in range(50_000)][start:stop]
    assert texts[-30:] == strings[-30:] and numbers[49_000:] == [i * 3 for i in range(49_000, 50_000)]
    assert texts[0:20:2] == strings[0:20:2]
    reads: list[int] = []
    real = os.pread
    monkeypatch.setattr(compact.os, "pread", lambda fd, n, at: reads.append(n) or real(fd, n, at))
    assert texts[200:220] == strings[200:220]
    assert len(reads) <= 2  # the strings' bytes once (and an offsets page at most)
    texts.close()
    numbers.close()
