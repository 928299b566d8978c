"""The development gold of issue 11 and the sealed test gold: every file valid, and the validator itself
catches what it should."""

from __future__ import annotations

import copy
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data import validate_gold as vg  # noqa: E402

GOLD_FILES = sorted(vg.GOLD_DIR.glob("*.json")) + [
    path for gold_dir, _ in vg.sealed_sets() for path in sorted(gold_dir.glob("*.json"))
]


def _texts_for(gold: dict[str, Any]) -> dict[str, str]:
    if gold["source"] == "ecbplus":
        docs = vg.ecbplus_docs_path()
        if docs is None:
            pytest.skip("../shared/peer-data/ecbplus-full is absent; ECB+ gold cannot be checked")
        return vg.load_ecbplus_texts([gold["topic"]], docs)
    return vg.load_story_texts(gold["story"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=[f"{p.parent.name}/{p.stem}" for p in GOLD_FILES])
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


def _story_ids(gold_dir: Path) -> set[str]:
    return {json.loads(p.read_text(encoding="utf-8"))["story"] for p in gold_dir.glob("*.json")}


def test_the_shipped_model_is_fitted_on_the_development_gold() -> None:
    """The shipped pair model names in ``fitted_on`` exactly the development gold's stories but the
    pending ones (``benchmarks/data/pending.toml``): a story added to (or removed from) ``gold/``
    without refitting (``python benchmarks/fit_alignment.py``, see
    benchmarks/data/README.md) fails here, so the model users run cannot go stale silently."""
    model = json.loads((vg.REPO / "compare" / "data" / "alignment_model.json").read_text(encoding="utf-8"))
    waiting = _pending()
    assert sorted(model.get("fitted_on", ())) == sorted(_story_ids(vg.GOLD_DIR) - waiting)


def _pending() -> set[str]:
    """The development stories ``benchmarks/data/pending.toml`` keeps out of the shipped model's fit."""
    path = vg.HERE / "pending.toml"
    return set(tomllib.loads(path.read_text(encoding="utf-8"))["stories"]) if path.is_file() else set()


def test_a_pending_story_is_a_development_story() -> None:
    """Every story kept out of the fit is one of the development gold's (no stale name hides a refit)."""
    assert _pending() <= _story_ids(vg.GOLD_DIR)


def _urls(stories_dir: Path) -> set[str]:
    return {
        s["url"]
        for manifest in stories_dir.glob("*/sources.toml")
        for s in tomllib.loads(manifest.read_text(encoding="utf-8"))["source"]
    }


def test_the_test_gold_is_disjoint_from_the_development_gold() -> None:
    """Sealed means unseen: no test story, article URL or text is also in the development gold
    or in another sealed set, and the shipped pair model was not fitted on a test story."""
    sealed = [(g, t) for g, t in vg.sealed_sets() if any(g.glob("*.json"))]
    if not sealed:
        pytest.skip("no test gold")
    model = json.loads((vg.REPO / "compare" / "data" / "alignment_model.json").read_text(encoding="utf-8"))
    fitted_on = set(model.get("fitted_on", ()))
    sets = [(vg.GOLD_DIR, vg.STORIES_DIR), *sealed]
    for i, (gold_dir, stories_dir) in enumerate(sets):
        ids = _story_ids(gold_dir)
        if i:  # a sealed set: gathered stories only, each with its texts in its own folder
            assert {p.name for p in stories_dir.iterdir() if p.is_dir()} >= ids, stories_dir.name
            assert not fitted_on & ids, gold_dir.name
        for other_gold, other_stories in sets[:i]:
            assert not ids & _story_ids(other_gold), (gold_dir.name, other_gold.name)
            assert not {p.name for p in other_stories.iterdir()} & ids, (gold_dir.name, other_stories.name)
            assert not _urls(stories_dir) & _urls(other_stories), (stories_dir.name, other_stories.name)


DEV_SPECS = sorted(
    p for p in (vg.HERE / "annotate").glob("*.py") if p.stem not in {"build_gold", "candidates", "__init__"}
)


@pytest.mark.parametrize("spec", DEV_SPECS, ids=[p.stem for p in DEV_SPECS])
def test_a_gathered_development_story_rebuilds_from_its_spec(spec: Path) -> None:
    """The gold of every gathered development story is exactly what its hand-written spec builds, so an
    edit to the gold JSON that bypasses the spec (or a text changed under it) fails here."""
    from benchmarks.data.annotate import build_gold

    path = vg.GOLD_DIR / f"{spec.stem}.json"
    assert path.is_file(), f"{spec.name} has no gold file"
    assert build_gold.build(spec.stem) == json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("spec", DEV_SPECS, ids=[p.stem for p in DEV_SPECS])
def test_a_gathered_development_story_is_multi_outlet_with_traps(spec: Path) -> None:
    """What a gathered story is for: five or more articles from different outlets (a URL each), a main
    event, figures compared across outlets, and a background or sibling event whose figures are traps."""
    gold = json.loads((vg.GOLD_DIR / f"{spec.stem}.json").read_text(encoding="utf-8"))
    manifest = tomllib.loads((vg.STORIES_DIR / spec.stem / "sources.toml").read_text(encoding="utf-8"))
    sources = manifest["source"]
    assert len(sources) >= 5
    assert len({s["url"] for s in sources}) == len(sources)
    assert len({s["outlet"] for s in sources}) >= 5
    main = {e["id"] for e in gold["events"] if e["main"]}
    assert main and len(main) < len(gold["events"])
    multi = [c for c in gold["clusters"] if c["event"] in main and len({m["doc"] for m in c["mentions"]}) > 1]
    assert len(multi) >= 3
    assert any(c["event"] not in main for c in gold["clusters"])


def test_the_second_test_gold_is_a_sealed_set_of_its_own() -> None:
    """gold-test2/ (texts in stories-test2/) is found by the validator, its stories' texts are read
    from stories-test2/, and the build tool maps --set test2 to its own folders."""
    from benchmarks.data.annotate import build_gold

    assert (vg.TEST2_GOLD_DIR, vg.TEST2_STORIES_DIR) in vg.sealed_sets() or not vg.TEST2_GOLD_DIR.is_dir()
    for path in sorted(vg.TEST2_GOLD_DIR.glob("*.json")):
        story = json.loads(path.read_text(encoding="utf-8"))["story"]
        assert vg.story_folder(story) == vg.TEST2_STORIES_DIR / story
        assert build_gold.build(story, "test2") == json.loads(path.read_text(encoding="utf-8"))
    assert build_gold._folders("test2") == (
        build_gold.HERE / "test2", vg.HERE / "stories-test2", vg.HERE / "gold-test2"
    )
    assert build_gold._folders("test")[2] == vg.TEST_GOLD_DIR
    with pytest.raises(SystemExit, match="unknown set"):
        build_gold._folders("../gold")


def test_the_validator_takes_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    assert vg.main([str(tmp_path)]) == 1
    assert "bad.json: top level must be an object" in capsys.readouterr().out
    assert vg.main([str(tmp_path / "empty-dir-is-no-file")]) == 1


# The second, blind readings of test-gold stories: agreement-test/ (gold2, of gold-test/),
# agreement-test2/ (gold4, of gold-test2/), ...: agreement-NAME/ pairs with gold-NAME/.
SECOND_READINGS = sorted(p for d in vg.HERE.glob("agreement-test*") if d.is_dir() for p in d.glob("*.json"))


@pytest.mark.parametrize("path", SECOND_READINGS, ids=[f"{p.parent.name}/{p.stem}" for p in SECOND_READINGS])
def test_second_reading_of_a_test_gold_is_valid_and_rebuilds(path: Path) -> None:
    """Valid against its set's texts, paired with a story of the same sealed set, and exactly what
    its spec builds."""
    from benchmarks.data.agreement import build

    sealed = path.parent.name[len("agreement-"):]
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert (vg.HERE / f"gold-{sealed}" / path.name).is_file()
    assert vg.story_folder(gold["story"]) == vg.HERE / f"stories-{sealed}" / gold["story"]
    assert vg.validate_file(path, None) == []
    assert build.set_dir(sealed) == path.parent
    assert build.build(gold["story"], path.parent) == gold


def test_second_reading_tools_take_a_set_name_never_a_path() -> None:
    from benchmarks.data.agreement import agreement as ag
    from benchmarks.data.agreement import build

    assert build.set_dir("test") == build.TEST_DIR
    assert ag.set_dirs("test") == (ag.TEST_GOLD_DIR, ag.TEST_SECOND_DIR)
    assert ag.set_dirs("test2") == (vg.HERE / "gold-test2", vg.HERE / "agreement-test2")
    for bad in ("../gold", "dev", "test2/.."):
        with pytest.raises(SystemExit, match="unknown set"):
            build.set_dir(bad)
        with pytest.raises(SystemExit, match="unknown set"):
            ag.set_dirs(bad)


SEALED_WITH_SECOND_READINGS = sorted({p.parent.name[len("agreement-"):] for p in SECOND_READINGS})


@pytest.mark.parametrize("sealed", SEALED_WITH_SECOND_READINGS)
def test_agreement_set_mode_pairs_the_second_reading_with_its_test_gold(
    sealed: str, capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks.data.agreement import agreement as ag

    files = sorted((vg.HERE / f"agreement-{sealed}").glob("*.json"))
    if not files:
        pytest.skip(f"no second reading of gold-{sealed}")
    assert ag.main(["--set", sealed, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [s["story"] for s in report["stories"]] == [p.stem for p in files]
    assert all(s["counts"]["matched_mentions"] > 0 for s in report["stories"])
    if sealed == "test":  # --test is --set test
        assert ag.main(["--test", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == report


def _tiny_gathered_gold(root: Path) -> Path:
    """A made-up story whose texts sit only in a stories-test/ folder, and its gold."""
    folder = root / "stories-test" / "tiny-story"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Officials said 12 people died.", encoding="utf-8")
    gold_dir = root / "gold-x"
    gold_dir.mkdir()
    mention = {"doc": "a.txt", "start": 15, "end": 17, "quote": "12", "value": 12}
    cluster = {"id": "c1", "event": "e1", "kind": "count", "role": "deaths", "verdict": "single-source",
               "why": "one", "mentions": [mention]}
    gold = {"story": "tiny-story", "source": "gathered", "description": "made up",
            "documents": [{"doc": "a.txt", "published": None}],
            "events": [{"id": "e1", "label": "x", "main": True}], "clusters": [cluster]}
    (gold_dir / "tiny-story.json").write_text(json.dumps(gold), encoding="utf-8")
    return gold_dir


def test_gold_mentions_reads_test_stories_but_keeps_no_case_of_a_sealed_gold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import gold_mentions as gm

    gold_dir = _tiny_gathered_gold(tmp_path)
    monkeypatch.setattr(gm, "STORIES", tmp_path / "stories")
    monkeypatch.setattr(gm, "TEST_STORIES", tmp_path / "stories-test")
    sealed = gm.score_gold(tmp_path, lambda text, published: (), gold_dir)
    assert sealed is not None and sealed.cases == 1  # the text was found in stories-test/
    assert sealed.metrics[0].detail.startswith("0/1") and sealed.failures == ()
    monkeypatch.setattr(gm, "GOLD", gold_dir)  # the same directory as the development gold
    dev = gm.score_gold(tmp_path, lambda text, published: (), gold_dir)
    assert dev is not None and [f.category for f in dev.failures] == ["missed"]


def test_gold_mentions_refuses_cases_of_a_sealed_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import gold_mentions as gm

    assert gm.main(["5", "--gold", str(tmp_path)]) == 2
    assert "development gold only" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "interval", "clock"),
    [
        ("2023-05-02", ("2023-05-02", "2023-05-02"), None),
        ("2023-02", ("2023-02-01", "2023-02-28"), None),
        ("2024", ("2024-01-01", "2024-12-31"), None),
        ("2022/2023", ("2022-01-01", "2023-12-31"), None),
        ("2023-05-01/2023-05-02", ("2023-05-01", "2023-05-02"), None),
        ("2022-10-14T18:15+03:00", ("2022-10-14", "2022-10-14"), ((18, 15), (15, 15))),
        ("2023-02-06T16:30-05:00", ("2023-02-06", "2023-02-06"), ((16, 30), (21, 30))),
        ("2023-06-18T13:45Z", ("2023-06-18", "2023-06-18"), ((13, 45), (13, 45))),
        ("07:00", None, ((7, 0), None)),
        ("Tuesday", None, None),
        ("mid-June", None, None),
    ],
)
def test_gold_date_values_read_as_days_and_times_of_day(
    value: str, interval: tuple[str, str] | None, clock: object
) -> None:
    import datetime as dt

    from benchmarks import gold_mentions as gm

    want = None if interval is None else tuple(dt.date.fromisoformat(d) for d in interval)
    assert gm.date_interval(value) == want
    assert gm.clock_of(value) == clock


def test_gold_mentions_scores_dates_exactly_and_times_of_day_in_their_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks import gold_mentions as gm
    from compare.extract import extract_text

    folder = tmp_path / "stories" / "tiny-story"
    folder.mkdir(parents=True)
    text = "The blast came at 6:15 pm on 14 October 2022, and a second in May at 1515 GMT."
    (folder / "a.txt").write_text(text, encoding="utf-8")

    def mention(quote: str, value: str) -> dict[str, object]:
        start = text.index(quote)
        return {"doc": "a.txt", "start": start, "end": start + len(quote), "quote": quote, "value": value}

    cluster = {"id": "c1", "event": "e1", "kind": "date", "role": "date", "verdict": "agree", "why": "one",
               "mentions": [mention("6:15 pm", "2022-10-14T18:15+03:00"), mention("May", "2022-06"),
                            mention("1515 GMT", "2022-10-14T18:15+03:00")]}
    gold = {"story": "tiny-story", "source": "gathered", "description": "made up",
            "documents": [{"doc": "a.txt", "published": "2022-10-15"}],
            "events": [{"id": "e1", "label": "x", "main": True}], "clusters": [cluster]}
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "tiny-story.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(gm, "STORIES", tmp_path / "stories")
    monkeypatch.setattr(gm, "GOLD", gold_dir)
    result = gm.score_gold(tmp_path, extract_text, gold_dir)
    assert result is not None
    metrics = {m.name: m.detail.split()[0] for m in result.metrics}
    # "1515 GMT" names no day: found, not exact; "May" is May, not the gold's June.
    assert metrics["date mention recall"] == "3/3"
    assert metrics["date value exact"] == "1/3"
    assert metrics["time of day right"] == "2/2"
    assert sorted(f.category for f in result.failures) == ["wrong date", "wrong date"]
