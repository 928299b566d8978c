"""Which counts are reports of one growing toll (verdict ``updated``), read by alignment.

A count of the increment of a running total is no report of the total
(``align._increments``): "18 more deaths took the toll to 1,343", "another 179
people have been confirmed dead" state a day's addition, and "at least 25 of
those injured" a part.  Such a count may agree with another outlet's same
figure, but it is no later report of the toll (``updated``) and contradicts
none of its figures (``conflict``).  A later report above an earlier open
bound ("at least 28", then 83) joins as an update (``align._rose_within``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import align, pipeline
from compare.extract import extract_facts
from compare.model import Document, Report, Verdict

_FIRST = "The earthquake in Ludian killed 120 people, the county said.\n"


def _story(
    directory: Path, second: str, published: str, first: tuple[str, str] = ("2014-08-03", _FIRST)
) -> Report:
    """Two articles: ``first`` (its publication day and text) and ``second`` published on ``published``."""
    directory.mkdir()
    articles = {"a.txt": first, "b.txt": (published, second)}
    manifest = []
    for name, (day, text) in articles.items():
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\npublished = {day}\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return pipeline.run([str(directory)], jobs=1)


def test_a_later_higher_total_is_an_update(tmp_path: Path) -> None:
    # The control: the same words without an increment make an update.
    report = _story(
        tmp_path / "s", "The earthquake in Ludian has killed 480 people, the county said.\n", "2014-08-05"
    )
    assert report.summary()["updated"] == 1


@pytest.mark.parametrize(
    "second",
    [
        "The earthquake in Ludian has killed another 480 people, the county said.\n",
        "The earthquake in Ludian has killed 480 more people, the county said.\n",
    ],
)
def test_an_increment_is_no_update_of_the_total(tmp_path: Path, second: str) -> None:
    report = _story(tmp_path / "s", second, "2014-08-05")
    assert report.summary()["updated"] == 0 and report.summary()["conflict"] == 0


def test_an_increment_contradicts_no_total(tmp_path: Path) -> None:
    # Reported the same day, 120 killed and "80 more" killed are a toll and its addition.
    second = "The earthquake in Ludian has killed 80 more people, the county said.\n"
    report = _story(tmp_path / "s", second, "2014-08-03")
    assert report.summary()["conflict"] == 0


@pytest.mark.parametrize(
    ("text", "increment"),
    [
        ("Officials said 18 more deaths took the toll to 1,343.", True),
        ("Another 179 people have been confirmed dead.", True),
        ("More than 179 people have been confirmed dead.", False),
        ("At least 179 people have been confirmed dead, more than on Monday.", False),
        ("Officials said at least 25 of those injured were in a serious condition.", True),
        ("The four robbers, two of whom were disguised as women, fled.", False),
    ],
)
def test_which_counts_are_increments(text: str, increment: bool) -> None:
    doc = Document(
        id="a", path="a", text=text, outlet="a", title="", sha256="0" * 64, story="s", published=None
    )
    facts = [f for f in extract_facts(doc) if f.kind == "count"]
    found = align._increments(facts, [doc])
    # The first count of the sentence is the one asked about ("1,343" is the toll itself).
    assert facts and (facts[0].id in found) is increment


def test_a_later_report_above_an_open_bound_is_an_update(tmp_path: Path) -> None:
    # "At least 28" and 83 overlap, so they are no rising pair of disjoint
    # values; the sentences share too little for an agreement, enough for an update.
    first = ("2023-01-30", "A suicide bomber killed at least 28 people at a mosque in Peshawar.\n")
    rose = _story(
        tmp_path / "rose", "The number of dead from the mosque bombing reached 83.\n", "2023-01-31", first
    )
    assert rose.summary()["updated"] == 1
    update = next(f for f in rose.findings if f.verdict is Verdict.UPDATED)
    assert "rose from at least 28 on 30 January" in update.explanation
    # A lower later figure is none (and too weakly tied for a conflict).
    fell = _story(
        tmp_path / "fell", "The number of dead from the mosque bombing reached 20.\n", "2023-01-31", first
    )
    assert fell.summary()["updated"] == 0 and fell.summary()["conflict"] == 0
