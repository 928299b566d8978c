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
