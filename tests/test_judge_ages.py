"""Ages given with a person's name right next to them (``align._aged_people``).

Two outlets' ages of one named person contradict each other however little
else their sentences share ("Robert Buckley, 32" / "31-year-old Robert
Buckley"); two people's ages never do, however alike their sentences
("Tanya Wilson, 47" / "LaTonya Brown, 36").
"""

from __future__ import annotations

from pathlib import Path

from compare import pipeline
from compare.model import Report, Verdict


def _story(directory: Path, first: str, second: str) -> Report:
    directory.mkdir()
    manifest = []
    for name, day, text in (("a.txt", "2013-09-14", first), ("b.txt", "2013-09-15", second)):
        (directory / name).write_text(text, encoding="utf-8")
        manifest.append(f'[[source]]\nfile = "{name}"\noutlet = "Outlet {name}"\npublished = {day}\n')
    (directory / "sources.toml").write_text("\n".join(manifest), encoding="utf-8")
    return pipeline.run([str(directory)], jobs=1)


def test_one_persons_two_ages_are_a_conflict(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "s",
        "Robert Buckley, 32, fell about 600 metres while climbing Mount Sefton on Saturday.\n",
        "Rescuers said the climber, 31-year-old Robert Buckley, was poorly equipped.\n",
    )
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "32" in conflicts[0].explanation and "31" in conflicts[0].explanation


def test_two_peoples_ages_are_no_conflict(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "s",
        "The victims were named as Tanya Wilson, 47, a clerk at the plant in Philadelphia.\n",
        "The victims were named as LaTonya Brown, 36, a clerk at the plant in Philadelphia.\n",
    )
    assert report.summary()["conflict"] == 0
