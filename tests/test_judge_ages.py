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


def test_a_name_of_four_words_is_a_persons(tmp_path: Path) -> None:
    # Names of up to four words besides particles are people's (align._is_person).
    report = _story(
        tmp_path / "s",
        "Police said Ana Lucia Reyes Ortega, 58, was charged with two counts of fraud on Friday.\n",
        "The accountant, 57-year-old Ana Lucia Reyes Ortega, had kept the books for a decade.\n",
    )
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "58" in conflicts[0].explanation and "57" in conflicts[0].explanation


def test_a_name_of_four_words_and_particles_is_a_persons(tmp_path: Path) -> None:
    # Particles are not counted among a name's words (cues.toml [names] particles).
    report = _story(
        tmp_path / "s",
        "Police said Juan Carlos De La Vega, 44, was charged with two counts of fraud on Friday.\n",
        "The accountant, 43-year-old Juan Carlos De La Vega, had kept the books for a decade.\n",
    )
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "44" in conflicts[0].explanation and "43" in conflicts[0].explanation


def test_an_age_that_opens_a_sentence_is_given_with_the_name_after_it(tmp_path: Path) -> None:
    # "Forty-year-old Maria Gomez ...": the capitalised age is the figure, not the
    # first word of the name that follows it (context: the age opener).
    report = _story(
        tmp_path / "s",
        "Forty-year-old Maria Gomez was charged with two counts of fraud on Friday.\n",
        "The accountant, Maria Gomez, 39, had kept the books for a decade.\n",
    )
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "40" in conflicts[0].explanation and "39" in conflicts[0].explanation


def test_two_names_split_by_lower_case_particles_are_two_people(tmp_path: Path) -> None:
    # The capitalised runs stop at "van"/"der": both sentences' runs are "Pieter" and a
    # surname, so only the whole name next to the age tells the two people apart.
    report = _story(
        tmp_path / "s",
        "A man was charged with the robbery of a shop in Utrecht.\n"
        "Pieter van der Berg, 47, appeared in court on Tuesday, prosecutors said.\n",
        "A man has been charged with robbing a shop in Utrecht.\n"
        "Pieter van Dijk, 36, appeared in court on Tuesday, prosecutors said.\n",
    )
    assert report.summary()["conflict"] == 0


def test_a_name_split_by_particles_after_its_age_is_read_whole(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "s",
        "A man was charged with the robbery of a shop in Utrecht.\n"
        "Pieter van der Berg, 47, appeared in court on Tuesday, prosecutors said.\n",
        "A man has been charged with robbing a shop in Utrecht.\n"
        "The 36-year-old Pieter van Dijk appeared in court on Tuesday, prosecutors said.\n",
    )
    assert report.summary()["conflict"] == 0


def test_one_name_split_by_lower_case_particles_given_two_ages_is_a_conflict(tmp_path: Path) -> None:
    report = _story(
        tmp_path / "s",
        "A man was charged with the robbery of a shop in Utrecht.\n"
        "Pieter van der Berg, 47, appeared in court on Tuesday, prosecutors said.\n",
        "A man has been charged with robbing a shop in Utrecht.\n"
        "The court heard that 46-year-old Pieter van der Berg appeared on Tuesday, prosecutors said.\n",
    )
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert "47" in conflicts[0].explanation and "46" in conflicts[0].explanation
