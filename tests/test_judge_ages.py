"""Ages given with a person's name right next to them (``align._aged_people``).

Two outlets' ages of one named person contradict each other however little
else their sentences share ("Robert Buckley, 32" / "31-year-old Robert
Buckley"); two people's ages never do, however alike their sentences
("Tanya Wilson, 47" / "LaTonya Brown, 36").
"""

from __future__ import annotations

from pathlib import Path

import pytest

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


_ROBBERY_A = "A man was charged with the robbery of a shop in Utrecht.\n"
_ROBBERY_B = "A man has been charged with robbing a shop in Utrecht.\n"
_VAN_DER_BERG_47 = _ROBBERY_A + "Pieter van der Berg, 47, appeared in court on Tuesday, prosecutors said.\n"

# One named person given two ages by two outlets: (first article, second article, its age, the other's).
ONE_PERSON = {
    "name-then-age-and-age-then-name": (
        "Robert Buckley, 32, fell about 600 metres while climbing Mount Sefton on Saturday.\n",
        "Rescuers said the climber, 31-year-old Robert Buckley, was poorly equipped.\n",
        "32",
        "31",
    ),
    # Names of up to four words besides particles are people's (align._is_person).
    "a-name-of-four-words": (
        "Police said Ana Lucia Reyes Ortega, 58, was charged with two counts of fraud on Friday.\n",
        "The accountant, 57-year-old Ana Lucia Reyes Ortega, had kept the books for a decade.\n",
        "58",
        "57",
    ),
    # Particles are not counted among a name's words (cues.toml [names] particles).
    "a-name-of-four-words-and-particles": (
        "Police said Juan Carlos De La Vega, 44, was charged with two counts of fraud on Friday.\n",
        "The accountant, 43-year-old Juan Carlos De La Vega, had kept the books for a decade.\n",
        "44",
        "43",
    ),
    # "Forty-year-old Maria Gomez ...": the capitalised age is the figure, not the
    # first word of the name that follows it (context: the age opener).
    "an-age-that-opens-a-sentence": (
        "Forty-year-old Maria Gomez was charged with two counts of fraud on Friday.\n",
        "The accountant, Maria Gomez, 39, had kept the books for a decade.\n",
        "40",
        "39",
    ),
    # A name that lower-case particles split, read whole on both sides.
    "one-name-split-by-particles": (
        _VAN_DER_BERG_47,
        _ROBBERY_B
        + "The court heard that 46-year-old Pieter van der Berg appeared on Tuesday, prosecutors said.\n",
        "47",
        "46",
    ),
}

# Two people's ages, however alike the sentences around them: (first article, second article).
TWO_PEOPLE = {
    "two-names": (
        "The victims were named as Tanya Wilson, 47, a clerk at the plant in Philadelphia.\n",
        "The victims were named as LaTonya Brown, 36, a clerk at the plant in Philadelphia.\n",
    ),
    # The capitalised runs stop at "van"/"der": both sentences' runs are "Pieter" and a
    # surname, so only the whole name next to the age tells the two people apart.
    "names-split-by-particles": (
        _VAN_DER_BERG_47,
        _ROBBERY_B + "Pieter van Dijk, 36, appeared in court on Tuesday, prosecutors said.\n",
    ),
    "a-name-split-by-particles-after-its-age": (
        _VAN_DER_BERG_47,
        _ROBBERY_B + "The 36-year-old Pieter van Dijk appeared in court on Tuesday, prosecutors said.\n",
    ),
}


@pytest.mark.parametrize(("first", "second", "age", "other"), ONE_PERSON.values(), ids=ONE_PERSON.keys())
def test_one_persons_two_ages_are_a_conflict(
    tmp_path: Path, first: str, second: str, age: str, other: str
) -> None:
    report = _story(tmp_path / "s", first, second)
    conflicts = [f for f in report.findings if f.verdict is Verdict.CONFLICT]
    assert len(conflicts) == 1
    assert age in conflicts[0].explanation and other in conflicts[0].explanation


@pytest.mark.parametrize(("first", "second"), TWO_PEOPLE.values(), ids=TWO_PEOPLE.keys())
def test_two_peoples_ages_are_no_conflict(tmp_path: Path, first: str, second: str) -> None:
    report = _story(tmp_path / "s", first, second)
    assert report.summary()["conflict"] == 0
