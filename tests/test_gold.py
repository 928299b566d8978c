"""The development gold of issue 11: every file valid, and the validator itself catches what it should."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import validate_gold as vg  # noqa: E402

GOLD_FILES = sorted(vg.GOLD_DIR.glob("*.json"))


def _texts_for(gold: dict[str, Any]) -> dict[str, str]:
    if gold["source"] == "ecbplus":
        docs = vg.ecbplus_docs_path()
        if docs is None:
            pytest.skip("../shared/peer-data/ecbplus-full is absent; ECB+ gold cannot be checked")
        return vg.load_ecbplus_texts([gold["topic"]], docs)
    return vg.load_story_texts(gold["story"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_file_is_valid(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    texts = _texts_for(gold)
    assert list(vg.check(gold, texts, path.name)) == []


TEXT = "Police said 12 people died on Monday ; earlier reports said 10 ."
SMALL: dict[str, Any] = {
    "story": "ecb-03",
    "source": "ecbplus",
    "topic": 3,
    "description": "a made-up story",
    "documents": [{"doc": "3_1ecb", "event_hint": "3_ecb", "published": None, "published_how": None},
                  {"doc": "3_2ecb", "event_hint": "3_ecb", "published": None, "published_how": None}],
    "events": [{"id": "e1", "label": "the quake", "main": True}],
    "clusters": [
        {"id": "c1", "event": "e1", "kind": "count", "role": "deaths", "verdict": "agree",
         "why": "both say 12",
         "mentions": [
             {"doc": "3_1ecb", "start": 12, "end": 14, "quote": "12", "value": 12},
             {"doc": "3_2ecb", "start": 12, "end": 14, "quote": "12", "value": 12}]},
    ],
}
SMALL_TEXTS = {"3_1ecb": TEXT, "3_2ecb": TEXT}


def _problems(gold: dict[str, Any]) -> list[str]:
    return list(vg.check(gold, SMALL_TEXTS, "small.json"))


def test_a_consistent_gold_has_no_problem() -> None:
    assert _problems(SMALL) == []


def test_a_quote_that_is_not_the_text_at_its_offsets_is_reported() -> None:
    gold = copy.deepcopy(SMALL)
    gold["clusters"][0]["mentions"][1]["start"] = 13
    gold["clusters"][0]["mentions"][1]["end"] = 15
    assert any("quote '12' != text '2 '" in p for p in _problems(gold))


def test_an_undefined_event_is_reported() -> None:
    gold = copy.deepcopy(SMALL)
    gold["clusters"][0]["event"] = "e9"
    assert any("event 'e9' is not defined" in p for p in _problems(gold))


def test_a_held_out_topic_is_refused() -> None:
    gold = copy.deepcopy(SMALL)
    gold["topic"] = 37
    gold["story"] = "ecb-37"
    assert any("held out" in p for p in _problems(gold))


def test_agree_with_two_values_and_single_source_over_two_documents_are_reported() -> None:
    gold = copy.deepcopy(SMALL)
    gold["clusters"][0]["mentions"][1].update(start=60, end=62, quote="10", value=10)
    assert any("verdict agree but values differ" in p for p in _problems(gold))
    gold["clusters"][0]["verdict"] = "single-source"
    assert any("single-source but mentions span 2 documents" in p for p in _problems(gold))


def test_held_out_topics_are_never_loaded(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps({"doc_id": f"{t}_1ecb", "topic": t, "text": "x"}) for t in (3, 37)),
                    encoding="utf-8")
    assert set(vg.load_ecbplus_texts([3, 37], docs)) == {"3_1ecb"}


def test_a_gathered_story_folder_must_match_its_manifest(tmp_path: Path) -> None:
    folder = tmp_path / "quake"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sources.toml").write_text(
        '[[source]]\nfile = "a.txt"\noutlet = "AP"\npublished = 2014-08-03\n'
        '[[source]]\nfile = "b.txt"\noutlet = "Reuters"\npublished = 2014-08-04\n',
        encoding="utf-8",
    )
    gold: dict[str, Any] = {"story": "quake", "source": "gathered", "documents": [
        {"doc": "a.txt", "published": "2014-08-03"}, {"doc": "b.txt", "published": "2014-08-04"}]}
    assert list(vg.check_story_folder(gold, "quake.json", folder)) == []
    gold["documents"][1]["published"] = "2014-08-05"
    (folder / "c.txt").write_text(TEXT, encoding="utf-8")
    gold["documents"].append({"doc": "d.txt", "published": None})
    problems = list(vg.check_story_folder(gold, "quake.json", folder))
    assert any("'b.txt' published '2014-08-05', manifest says '2014-08-04'" in p for p in problems)
    assert any("c.txt in stories/quake/ is not listed" in p for p in problems)
    assert any("'d.txt' is not in sources.toml" in p for p in problems)
    (folder / "sources.toml").write_text("[[source]\n", encoding="utf-8")
    assert any("cannot read sources.toml" in p for p in vg.check_story_folder(gold, "quake.json", folder))
