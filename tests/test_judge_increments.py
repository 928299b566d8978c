"""A count of the increment of a running total is no report of the total (``align._increments``).

"18 more deaths took the toll to 1,343", "another 179 people have been
confirmed dead": the figure is a day's addition.  It may agree with another
outlet's same addition, but it is no later report of the toll (``updated``)
and contradicts none of its figures (``conflict``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare import align, pipeline
from compare.extract import extract_facts
from compare.model import Document, Report

_FIRST = "The earthquake in Ludian killed 120 people, the county said.\n"


def _story(directory: Path, second: str, published: str) -> Report:
    """Two articles: ``_FIRST`` on 3 August 2014 and ``second`` on ``published``."""
    directory.mkdir()
    articles = {"a.txt": ("2014-08-03", _FIRST), "b.txt": (published, second)}
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
