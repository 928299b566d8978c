"""benchmarks/alignment.py --gold: a gold other than the development gold is never fitted on."""

from __future__ import annotations

import shutil
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import alignment  # noqa: E402


def test_a_test_gold_holding_a_story_the_model_was_fitted_on_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fitted = sorted(alignment._fitted_on())
    if not fitted:
        pytest.skip("no shipped model")
    gathered = [s for s in fitted if (alignment.GOLD / f"{s}.json").exists() and not s.startswith("ecb-")]
    shutil.copy(alignment.GOLD / f"{gathered[0]}.json", tmp_path)
    assert alignment.main(["--gold", str(tmp_path), "--no-ecb"]) == 2
    assert "fitted on" in capsys.readouterr().err


def test_explain_is_refused_on_a_test_gold(tmp_path: Path) -> None:
    assert alignment.main(["--gold", str(tmp_path), "--explain", "--no-ecb"]) == 2


def test_an_empty_gold_directory_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert alignment.main(["--gold", str(tmp_path), "--no-ecb"]) == 0
    assert "no gold stories found" in capsys.readouterr().out


def test_a_story_of_the_second_sealed_set_reads_its_texts_from_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder in ("stories/dev-story", "stories-test/first-story", "stories-test2/second-story"):
        (tmp_path / folder).mkdir(parents=True)
    monkeypatch.setattr(alignment, "DATA", tmp_path)
    monkeypatch.setattr(alignment, "STORIES", tmp_path / "stories")
    monkeypatch.setattr(alignment, "TEST_STORIES", tmp_path / "stories-test")
    assert alignment._story_folder("dev-story") == tmp_path / "stories" / "dev-story"
    assert alignment._story_folder("first-story") == tmp_path / "stories-test" / "first-story"
    assert alignment._story_folder("second-story") == tmp_path / "stories-test2" / "second-story"


def test_explain_is_refused_on_the_second_test_gold(capsys: pytest.CaptureFixture[str]) -> None:
    """Refused before any story is loaded: gold-test2 is sealed like gold-test."""
    assert alignment.main(["--gold", str(alignment.DATA / "gold-test2"), "--explain", "--no-ecb"]) == 2
    assert "development gold only" in capsys.readouterr().err


def _ecb_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record calls of the ECB+ table instead of scoring the ECB+ test topics."""
    import ecb_events  # noqa: PLC0415

    calls: list[object] = []
    monkeypatch.setattr(ecb_events, "main", lambda argv=None: calls.append(argv) or 0)
    return calls


def _one_story_gold(tmp_path: Path) -> Path:
    """A gold directory of one gathered development story (texts in stories/, never a sealed set)."""
    gathered = sorted(p for p in alignment.GOLD.glob("*.json") if not p.name.startswith("ecb-"))
    shutil.copy(gathered[0], tmp_path)
    return tmp_path


def test_the_ecb_table_is_not_printed_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ECB+ table scores the ECB+ test topics: an alignment run must not show it unasked."""
    calls = _ecb_calls(monkeypatch)
    monkeypatch.setattr(alignment, "_fitted_on", lambda: set())
    assert alignment.main(["--gold", str(_one_story_gold(tmp_path))]) == 0
    assert alignment.main(["--gold", str(tmp_path), "--no-ecb"]) == 0  # the old opt-out still parses
    assert calls == []


def test_the_ecb_table_is_printed_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _ecb_calls(monkeypatch)
    monkeypatch.setattr(alignment, "_fitted_on", lambda: set())
    assert alignment.main(["--gold", str(_one_story_gold(tmp_path)), "--ecb"]) == 0
    assert len(calls) == 1


def test_story_scores_only_the_named_stories(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--story restricts the scored stories (the rest of the gold is still loaded, to fit on)."""
    gathered = sorted(p.stem for p in alignment.GOLD.glob("*.json") if not p.name.startswith("ecb-"))[:2]
    seen: list[str] = []
    monkeypatch.setattr(alignment, "divergence_system", lambda s, model=None: seen.append(s.id) or [])
    monkeypatch.setattr(alignment, "naive_system", lambda s: [])
    assert alignment.main(["--no-loso", "--story", gathered[1]]) == 0
    assert seen == [gathered[1]]
    out = capsys.readouterr().out
    assert "1 stories" in out and f"{gathered[1]} divergence" in out
    assert f"{gathered[0]} divergence" not in out
    assert "naive to 4 places" in out


def test_an_unknown_story_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert alignment.main(["--no-loso", "--story", "no-such-story"]) == 2
    assert "no gold story no-such-story" in capsys.readouterr().err


def test_story_is_refused_on_a_sealed_gold(capsys: pytest.CaptureFixture[str]) -> None:
    """One story's total would be a per-story row of a gold that is read by its totals only."""
    assert alignment.main(["--gold", str(alignment.DATA / "gold-test2"), "--story", "x"]) == 2
    assert "development gold only" in capsys.readouterr().err


def test_the_gathered_stories_get_a_row_of_their_own(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gathered = sorted(p.stem for p in alignment.GOLD.glob("*.json") if not p.name.startswith("ecb-"))[0]
    monkeypatch.setattr(alignment, "divergence_system", lambda s, model=None: [])
    monkeypatch.setattr(alignment, "naive_system", lambda s: [])
    assert alignment.main(["--no-loso", "--story", gathered]) == 0
    assert "divergence, the 1 gathered stories (not ECB+)" in capsys.readouterr().out


def test_explaining_some_stories_fits_each_on_every_other_story(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--explain --story`` must read the leave-one-story-out model of the full run, not one fitted
    on the other stories being explained (it once was, and showed a false conflict the run never made)."""
    import alignment_errors  # noqa: PLC0415

    stories = [SimpleNamespace(id=name) for name in ("a", "b", "c", "d")]
    fitted_on: list[list[str]] = []

    def fit(others: list[SimpleNamespace]) -> str:
        fitted_on.append(sorted(o.id for o in others))
        return "model"

    empty = SimpleNamespace(lost=Counter(), false=Counter(), found=0, examples={}, by_verdict=Counter())
    monkeypatch.setattr(alignment_errors, "explain_story", lambda story, model: empty)
    alignment_errors.report(stories[:2], fit, stories)  # type: ignore[arg-type]
    assert fitted_on == [["b", "c", "d"], ["a", "c", "d"]]
