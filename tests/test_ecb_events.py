"""The ECB+ benchmark's reading of the corpus: mention lines and head lemmas (no corpus needed)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

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


def test_tune_prints_no_test_topics_without_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tuning reads the development topics only: the test table needs ``--test``."""
    ran: list[tuple[int, ...]] = []

    def fake_run(topics: Sequence[int], **_: object) -> dict[str, object]:
        ran.append(tuple(topics))
        return {}

    monkeypatch.setattr(ecb_events, "ecb_path", lambda: Path("."))
    monkeypatch.setattr(ecb_events, "tune", lambda: "chosen")
    monkeypatch.setattr(ecb_events, "run", fake_run)
    monkeypatch.setattr(ecb_events, "print_table", lambda *a: None)
    assert ecb_events.main(["--tune"]) == 0
    assert ran == [tuple(ecb_events.DEV_TOPICS)]
    ran.clear()
    assert ecb_events.main(["--tune", "--test"]) == 0
    assert ran == [tuple(ecb_events.DEV_TOPICS), tuple(ecb_events.TEST_TOPICS)]
