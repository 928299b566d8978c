"""The ECB+ benchmark's reading of the corpus: mention lines and head lemmas (no corpus needed)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import ecb_events  # noqa: E402


def test_head_lemma_knows_irregular_past_forms() -> None:
    assert ecb_events.head_lemma("broke") == ecb_events.head_lemma("break")
    assert ecb_events.head_lemma("stolen") == ecb_events.head_lemma("steal")
    assert ecb_events.head_lemma("threw") == ecb_events.head_lemma("throw")
    assert ecb_events.head_lemma("tried") == ecb_events.head_lemma("try")
    assert ecb_events.head_lemma("checked into") == "check"
    assert ecb_events.head_lemma("broke") != ecb_events.head_lemma("brought")


def test_a_mention_is_read_on_the_line_its_offset_is_on(tmp_path: Path) -> None:
    # The corpus numbers sentences with the URL line ecbplus texts no longer
    # have: the benchmark takes the line from the offset, not that number.
    (tmp_path / "docs.jsonl").write_text(
        '{"doc_id": "1_1ecbplus", "topic": 1, "subtopic": "ecbplus",'
        ' "text": "Title here\\nHe was arrested today ."}\n',
        encoding="utf-8",
    )
    (tmp_path / "mentions.jsonl").write_text(
        '{"doc_id": "1_1ecbplus", "m_id": "5", "type": "ACTION_OCCURRENCE", "sentence": 2, "start": 18,'
        ' "end": 26, "text": "arrested", "chain": "ACT1", "annotated": true}\n',
        encoding="utf-8",
    )
    _, mentions = ecb_events._load.__wrapped__(tmp_path)
    assert [(m.text, m.sentence) for m in mentions] == [("arrested", 1)]
