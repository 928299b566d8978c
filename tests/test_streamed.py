"""The report's JSON assembled story by story (compare.streamed.Assembly)."""

from __future__ import annotations

from pathlib import Path

from compare import jsontext, streamed


def _part(story: str, docs: tuple[str, ...], facts: tuple[str, ...]) -> streamed.StoryPart:
    return streamed.StoryPart(
        story=story,
        docs=docs,
        documents=tuple(f'{{"id": "{d}"}}' for d in docs),
        facts=facts,
        fact_counts=tuple(1 if f else 0 for f in facts),
        findings="",
        verdicts=dict.fromkeys(streamed._verdict_names(), 0),
        echoes="",
        echo_count=0,
        failed=(),
    )


def test_kept_pieces_go_out_in_corpus_order_one_joined_piece_a_run_of_one_story(tmp_path: Path) -> None:
    assembly = streamed.Assembly(["a1", "a2", "b1", "c1", "gone"], tmp_path)
    try:
        # Parts arrive in any order; story numbers follow the order of arrival (c 0, b 1, a 2).
        assembly.add(_part("c", ("c1",), ('{"f": "c1"}',)))
        assembly.add(_part("b", ("b1",), ("",)))
        assembly.add(_part("a", ("a1", "a2"), ('{"f": "a1"}', "")))

        def get(where: tuple[int, int], number: int) -> str:
            return assembly._get_bytes(where, number).decode("utf-8")

        sep = jsontext.SEPARATOR
        a_run = f'{{"id": "a1"}}{sep}{{"id": "a2"}}'
        assert list(assembly._kept(0, get)) == [a_run, '{"id": "b1"}', '{"id": "c1"}']
        # A document without facts is no item; "gone" was never added and is no document.
        assert list(assembly._kept(2, get)) == ['{"f": "a1"}', '{"f": "c1"}']
        # Echoes come by each story's first kept document: a, then b, then c.
        assert list(assembly._first_seen()) == [2, 1, 0]
    finally:
        assembly.close()


def test_the_writer_is_handed_a_quarter_mebibyte_at_a_time(tmp_path: Path) -> None:
    """A story's joined run of documents and a chunk handed to the writer are cut at ~256 KiB:
    each is a list of pieces and their join alive at once, at the end of the run, on top of all
    it keeps (issue 14: at 1 MiB, ~3 MB that set a warm check's peak).  The bytes are the same."""
    docs = tuple(f"d{i:04d}" for i in range(2000))
    part = streamed.StoryPart(
        story="s",
        docs=docs,
        documents=tuple(f'{{"id": "{d}", "text": "{"x" * 500}"}}' for d in docs),
        facts=("",) * len(docs),
        fact_counts=(0,) * len(docs),
        findings="",
        verdicts=dict.fromkeys(streamed._verdict_names(), 0),
        echoes="",
        echo_count=0,
        failed=(),
    )
    assembly = streamed.Assembly(list(docs), tmp_path)
    try:
        assembly.add(part)

        def get(where: tuple[int, int], number: int) -> str:
            return assembly._get_bytes(where, number).decode("utf-8")

        runs = list(assembly._kept(0, get))
        assert jsontext.SEPARATOR.join(runs) == jsontext.SEPARATOR.join(part.documents)
        assert len(runs) > 3 and max(len(r) for r in runs) < 2 * (1 << 18)  # 1 MiB before
        chunks = list(assembly.output([], {}))
        assert b"".join(chunks) == "".join(assembly.chunks([], {})).encode()
        assert len(chunks) > 3 and max(len(c) for c in chunks) < 3 * (1 << 18)  # a run past 1 MiB before
    finally:
        assembly.close()
