"""Language as a parameter: a document's language picks the lexicon its facts are read with.

English is the only language shipped, so these tests build a second one in a
temporary folder (a copy of ``compare/lang/en/`` with a few words changed) and
check that the extractors read the words of the lexicon they are given, not
English tables of their own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import compare.extract  # noqa: F401  (before compare.context, which it imports in the order the package expects)
import compare.lang
from compare import schemas
from compare.cli import main
from compare.context import CueIndex, sentence_spans
from compare.corpus import find_boilerplate, load_corpus
from compare.errors import InputError
from compare.events import EventVocabulary, fact_events, vocabulary
from compare.extract import extract_facts
from compare.extract.forms import find_forms
from compare.extract.numbers import number_words, parse_words
from compare.lang import (
    Lexicon,
    UnknownLanguage,
    check_language,
    inflections,
    languages,
    lexicon,
    read_lexicon,
)
from compare.model import Document, Fact, Span

TEXT = (
    "The convoy drove 40 klicks to the border.\n"
    "Dozens of people were killed in the raid.\n"
    "Three people were vaporised in the blast.\n"
)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: update the test's edits"
    path.write_text(text.replace(old, new, 1), "utf-8")


def _english_copy(folder: Path) -> Path:
    """A copy of English's language folder at ``folder``, for a test language to edit."""
    with resources.as_file(resources.files("compare.lang").joinpath("en")) as english:
        shutil.copytree(english, folder)
    return folder


def _installed(code: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``lexicon(code)`` reads ``folder``, as it would ``compare/lang/<code>/``."""
    english = compare.lang._folder
    monkeypatch.setattr(compare.lang, "_folder", lambda c: folder if c == code else english(c))
    compare.lang._lexicon.cache_clear()
    yield
    compare.lang._lexicon.cache_clear()


@pytest.fixture
def fake_language(tmp_path: Path) -> Path:
    """``xx``: English with a new unit word, narrower "dozens" and one more verb of killing."""
    folder = _english_copy(tmp_path / "xx")
    _edit(folder / "measures.toml", "[measures]\n", '[measures]\n"klick" = "km"\n')
    _edit(folder / "numbers.toml", '"dozens" = [24, 99]', '"dozens" = [12, 48]')
    _edit(folder / "roles.toml", 'predicates = ["kill",', 'predicates = ["vaporise", "kill",')
    return folder


@pytest.fixture
def xx_installed(fake_language: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``lexicon("xx")`` reads the fake folder, as it would ``compare/lang/xx/``."""
    yield from _installed("xx", fake_language, monkeypatch)


def _fact(facts: tuple[Fact, ...], written: str) -> Fact:
    (fact,) = [f for f in facts if f.text.startswith(written)]
    return fact


def _readings(facts: tuple[Fact, ...]) -> tuple[str, tuple[float | None, float | None], str | None]:
    klicks = _fact(facts, "40 klicks")
    dozens = _fact(facts, "Dozens")
    three = _fact(facts, "Three people")
    return (
        f"{klicks.kind}:{klicks.value.unit}",  # type: ignore[union-attr]
        (dozens.value.low, dozens.value.high),  # type: ignore[union-attr]
        three.role,
    )


def test_extractors_read_the_lexicon_they_are_given(fake_language: Path) -> None:
    doc = _document()
    english = extract_facts(doc)
    assert _readings(english) == ("count:klick", (24.0, 99.0), "people")
    fake = read_lexicon(fake_language, "xx")
    assert _readings(extract_facts(doc, fake)) == ("measure:km", (12.0, 48.0), "deaths")
    # Nothing of the fake language leaked into English.
    assert extract_facts(doc) == english


def test_a_document_is_read_in_its_own_language(xx_installed: None) -> None:
    assert isinstance(lexicon("xx"), Lexicon) and lexicon("xx").code == "xx"
    doc = replace(_document(), language="xx")
    assert _readings(extract_facts(doc)) == ("measure:km", (12.0, 48.0), "deaths")
    assert _readings(extract_facts(_document())) == ("count:klick", (24.0, 99.0), "people")


def test_english_is_the_default_and_the_only_language_shipped() -> None:
    assert languages() == ("en",)
    assert lexicon() is lexicon("en") and lexicon().code == "en"
    assert _document().language == "en"


@pytest.mark.parametrize("code", ["fr", "../en", "EN", "", "e n"])
def test_an_unknown_language_is_refused_with_its_reason(code: str) -> None:
    problem = check_language(code)
    assert problem is not None and repr(code) in problem
    with pytest.raises(UnknownLanguage, match="language"):
        lexicon(code)


def _story(tmp_path: Path, languages: dict[str, str | None]) -> Path:
    story = tmp_path / "story"
    story.mkdir()
    entries = []
    for name, language in languages.items():
        (story / name).write_text(f"Dozens of people were killed in the raid, {name} reports.\n", "utf-8")
        line = f'[[source]]\nfile = "{name}"\noutlet = "{name}"\n'
        if language is not None:
            line += f'language = "{language}"\n'
        entries.append(line)
    (story / "sources.toml").write_text("\n".join(entries), "utf-8")
    return story


def test_the_manifest_names_the_language(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": None, "b.txt": "en", "c.txt": "EN-gb", "d.txt": "en_US"})
    corpus = load_corpus([story])
    assert [d.language for d in corpus.documents] == ["en"] * 4 and corpus.skipped == ()


def test_a_file_in_an_unsupported_language_is_skipped_or_fatal_with_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _story(tmp_path, {"a.txt": None, "b.txt": "fr"})
    corpus = load_corpus([story])
    assert [d.path for d in corpus.documents] == [str(story / "a.txt")]
    (skipped,) = corpus.skipped
    assert skipped.path == str(story / "b.txt")
    assert "language 'fr' is not supported" in skipped.reason and "sources.toml" in skipped.reason
    with pytest.raises(InputError, match=r"b\.txt: language 'fr' is not supported"):
        load_corpus([story], strict=True)
    assert main(["facts", str(story), "--strict", "--quiet", "--jobs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "b.txt" in err and "'fr'" in err and "Traceback" not in err


def test_a_language_that_is_no_string_is_a_manifest_error(tmp_path: Path) -> None:
    story = _story(tmp_path, {"a.txt": None})
    with (story / "sources.toml").open("a", encoding="utf-8") as manifest:
        manifest.write("language = 5\n")
    with pytest.raises(InputError, match=r"sources\.toml:4: language must be a language code"):
        load_corpus([story])


def _document() -> Document:
    return Document(id="t", path="t.txt", text=TEXT, outlet="t", title="t", sha256="0" * 64, story="s")


def test_casualty_roles_are_checked_when_read(fake_language: Path) -> None:
    _edit(fake_language / "roles.toml", 'population_only = ["displaced"]', 'population_only = ["troops"]')
    with pytest.raises(ValueError, match="population_only"):
        read_lexicon(fake_language, "xx")


# --- event words (events.toml) are the document's language's -----------------


@pytest.fixture
def event_language(tmp_path: Path) -> Path:
    """``yy``: English whose trigger "raid" is "razzia" and whose background cue "earlier" is "antan"."""
    folder = _english_copy(tmp_path / "yy")
    _edit(folder / "events.toml", '"airstrike", "raid"]', '"airstrike", "razzia"]')
    _edit(folder / "events.toml", 'background = ["earlier",', 'background = ["antan",')
    return folder


@pytest.fixture
def yy_installed(event_language: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``lexicon("yy")`` reads the ``event_language`` folder, as it would ``compare/lang/yy/``."""
    yield from _installed("yy", event_language, monkeypatch)


def _event_near(text: str, word: str, vocab: EventVocabulary | None = None) -> str | None:
    """The event class the cue index gives a figure at the start of ``text`` (one sentence)."""
    figure = (0, text.index(" "))
    sentence = Span(0, len(text))
    return CueIndex(text, None, [sentence], vocab).describe(sentence, figure, word).event


def test_event_triggers_are_the_lexicons(event_language: Path) -> None:
    yy = read_lexicon(event_language, "yy")
    raid, razzia = "Twelve people were killed in the raid.", "Twelve people were killed in the razzia."
    assert (_event_near(raid, "people"), _event_near(razzia, "people")) == ("attack", None)
    # yy's "razzia" is the attack; English's "raid" is no trigger in yy.
    assert _event_near(raid, "people", vocabulary(yy)) is None
    assert _event_near(razzia, "people", vocabulary(yy)) == "attack"
    # One vocabulary per lexicon, built once; English is untouched.
    assert vocabulary(yy) is vocabulary(yy) and vocabulary(yy) is not vocabulary()
    assert vocabulary() is vocabulary(lexicon("en")) and "raid" in vocabulary().words


def test_a_facts_event_trigger_is_read_in_the_lexicons_words(event_language: Path) -> None:
    yy = read_lexicon(event_language, "yy")

    def event_of(text: str, lex: Lexicon) -> str | None:
        doc = replace(_document(), text=text + "\n")
        (fact,) = (f for f in extract_facts(doc, lex) if f.text == "Twelve people")
        return fact.about.event if fact.about else None

    raid, razzia = "Twelve people were killed in the raid.", "Twelve people were killed in the razzia."
    assert (event_of(raid, lexicon()), event_of(razzia, lexicon())) == ("attack", None)
    # The extractor reads triggers with the lexicon it is given, not with English's words.
    assert (event_of(raid, yy), event_of(razzia, yy)) == (None, "attack")


def test_background_cues_are_the_documents_language(yy_installed: None) -> None:
    text = "Four people were killed in an earlier blast.\nNine people were killed in an antan blast.\n"

    def main_events(language: str) -> dict[str, bool]:
        doc = replace(_document(), text=text, language=language)
        facts = extract_facts(doc, lexicon())
        events = fact_events(facts, [doc])
        return {f.text.split()[0]: events[f.id].main for f in facts}

    assert main_events("en") == {"Four": False, "Nine": True}
    # In yy "antan" places an event before the story's own; "earlier" does not.
    assert main_events("yy") == {"Four": True, "Nine": False}


def test_a_language_folder_without_event_words_is_refused(fake_language: Path) -> None:
    (fake_language / "events.toml").unlink()
    with pytest.raises(FileNotFoundError, match="events.toml"):
        read_lexicon(fake_language, "xx")


def test_number_words_and_scales_are_read_from_the_lexicon(tmp_path: Path) -> None:
    # numbers.toml [words.*] and [scale_abbreviations] build the number pattern per lexicon.
    folder = _english_copy(tmp_path / "nw")
    _edit(folder / "numbers.toml", "seven = 7\n", "seven = 7\nsept = 7\n")
    _edit(folder / "numbers.toml", "mil = 1e6\n", "mil = 1e6\nlk = 1e5\n")
    _edit(folder / "numbers.toml", '"a handful" = [2, 9]\n', '"a handful" = [2, 9]\n"a heap" = [10, 50]\n')
    text = "Sept soldiers died. Police seized 3 lk rupees. A heap of soldiers left."
    doc = replace(_document(), text=text)
    english = {f.text: f for f in extract_facts(doc)}
    assert "Sept soldiers" not in english
    assert 300000 not in [f.value.stated for f in english.values()]  # type: ignore[union-attr]
    nw = {f.text: f for f in extract_facts(doc, read_lexicon(folder, "nw"))}
    assert nw["Sept soldiers"].value.stated == 7  # type: ignore[union-attr]
    assert [f.value.stated for t, f in nw.items() if t.startswith("3 lk")] == [300000]  # type: ignore[union-attr]
    assert (nw["A heap of soldiers"].value.low, nw["A heap of soldiers"].value.high) == (10, 50)  # type: ignore[union-attr]


def test_the_grammar_words_of_spelled_numbers_are_the_lexicons(tmp_path: Path) -> None:
    # grammar.toml [numbers]: the words that join a number's parts and make a half.
    folder = _english_copy(tmp_path / "ng")
    _edit(folder / "grammar.toml", 'and = ["and"]', 'and = ["und"]')
    _edit(folder / "grammar.toml", '\narticles = ["a", "an"]', '\narticles = ["ein"]')
    _edit(folder / "grammar.toml", 'half_of = ["half a"]', 'half_of = ["halb ein"]')
    _edit(folder / "grammar.toml", 'and_a_half = ["and a half"]', 'and_a_half = ["und einhalb"]')
    ng = read_lexicon(folder, "ng")
    cases = {
        "two hundred und fifty": (250.0, 200.0),
        "ein hundred": (100.0, None),
        "halb ein dozen": (6.0, None),
        "two und einhalb million": (2.5e6, 2.0),
    }
    for text, (theirs, english) in cases.items():
        assert parse_words(text, ng) == (theirs, len(text)), text
        found = parse_words(text)
        assert (found.value if found else None) == english, text
        assert number_words(ng).pattern.fullmatch(text) is not None, text
    assert parse_words("two hundred and fifty", ng) == (200.0, len("two hundred"))
    assert parse_words("two and a half million") == (2.5e6, len("two and a half million"))


def test_the_grammar_words_of_roles_and_dates_after_an_event_are_the_lexicons(tmp_path: Path) -> None:
    # grammar.toml [facts]: a part of a count, a coordinated count, a date's lead-in.
    folder = _english_copy(tmp_path / "fg")
    _edit(folder / "grammar.toml", 'part_of = ["including",', 'part_of = ["inklusive",')
    _edit(folder / "grammar.toml", 'coordinators = ["and", "or"]', 'coordinators = ["und", "or"]')
    _edit(folder / "grammar.toml", 'date_lead_ins = ["on",', 'date_lead_ins = ["am",')
    fg = read_lexicon(folder, "fg")
    text = (
        "The blast killed 18 people, inklusive 14 foreigners. Nine soldiers were killed und four Afghans. "
        "The bodies were found one week after the earthquake am Saturday."
    )
    doc = replace(_document(), text=text, published=dt.date(2024, 5, 20))
    roles = {f.text: f.role for f in extract_facts(doc, fg)}
    assert roles["14 foreigners"] == roles["four Afghans"] == "deaths"
    assert "one week after the earthquake" in roles
    english = {f.text: f.role for f in extract_facts(doc)}
    assert english["14 foreigners"] == english["four Afghans"] == "people"
    assert "one week after the earthquake am" in english


def test_the_forms_of_a_predicate_are_made_by_the_lexicons_rules(tmp_path: Path) -> None:
    # words.toml [inflections]: the regular forms of every verb of roles.toml.
    assert inflections("gun down") == ("gun down", "guns down", "gunned down", "gunning down")
    folder = _english_copy(tmp_path / "vf")
    _edit(folder / "words.toml", "['$', 'ed'],\n]", "['$', 'ed'],\n]\nperfect = [['$', 'et']]")
    vf = read_lexicon(folder, "vf")
    assert inflections("kill", vf) == ("kill", "kills", "killed", "killet", "killing")
    assert vf.predicate_role["killet"] == "deaths" and "killet" not in lexicon().predicate_role
    _edit(folder / "words.toml", "perfect = [['$', 'et']]", "perfect = [['(', 'et']]")
    with pytest.raises(ValueError, match=r"words.toml \[inflections\] perfect"):
        read_lexicon(folder, "vf")


def test_figures_without_a_numeral_are_read_with_the_lexicons_grammar(tmp_path: Path) -> None:
    # grammar.toml [forms] and numbers.toml [multiples]: zero counts, shares, multiples, one more person.
    folder = _english_copy(tmp_path / "fo")
    _edit(folder / "grammar.toml", 'nobody = ["no one",', 'nobody = ["niemand",')
    _edit(folder / "grammar.toml", 'one_in = ["in", "out of"]', 'one_in = ["in", "von"]')
    _edit(folder / "grammar.toml", 'another = ["another"]', 'another = ["noch einer"]')
    _edit(folder / "numbers.toml", "quadruple = 4\n", "quadruple = 4\nquintuple = 5\n")
    text = (
        "Niemand was killed. Three von four were injured. It was a quintuple murder. "
        "Noch einer was wounded."
    )
    doc = replace(_document(), text=text)
    fo = {f.text: f.value.stated for f in extract_facts(doc, read_lexicon(folder, "fo"))}  # type: ignore[union-attr]
    assert fo == {
        "Niemand was killed": 0,
        "Three von four": 75,
        "quintuple murder": 5,
        "Noch einer": 1,
    }
    english = {f.text for f in extract_facts(doc)}
    assert not english & set(fo)


def test_the_words_around_a_figure_with_a_unit_are_the_lexicons(tmp_path: Path) -> None:
    # grammar.toml [quantities]: half a unit, an article's duration, "of us", a particle verb.
    folder = _english_copy(tmp_path / "qg")
    _edit(
        folder / "grammar.toml",
        'half = ["half"]\nand_a_half = ["and a half"]',
        'half = ["demi"]\nand_a_half = ["et demi"]',
    )
    _edit(folder / "grammar.toml", 'duration_lead_ins = ["for",', 'duration_lead_ins = ["durant", "for",')
    _edit(folder / "grammar.toml", 'of_pronouns = ["us",', 'of_pronouns = ["nous", "us",')
    _edit(folder / "grammar.toml", 'speakers = ["us"]', 'speakers = ["nous"]')
    _edit(folder / "grammar.toml", 'particle_verbs = ["-ed",', 'particle_verbs = ["-ed", "ran",')
    text = (
        "The pass is demi a mile away. They walked a mile et demi to town. The storm raged durant a day. "
        "20,000 of nous marched. Shares ran down 5% on Monday."
    )
    doc = replace(_document(), text=text)
    qg = {f.text: f for f in extract_facts(doc, read_lexicon(folder, "qg"))}
    assert qg["demi a mile"].value.stated == 0.5  # type: ignore[union-attr]
    assert qg["a mile et demi"].value.stated == 1.5  # type: ignore[union-attr]
    assert qg["a day"].value.stated == 86400  # type: ignore[union-attr]
    assert qg["20,000 of nous"].role == "protesters"
    assert qg["5%"].value.qualifier == "exact"  # type: ignore[union-attr]
    english = {f.text: f for f in extract_facts(doc)}
    assert not {"demi a mile", "a mile et demi", "a day", "20,000 of nous"} & set(english)
    assert english["down 5%"].value.qualifier == "down"  # type: ignore[union-attr]


def test_a_numbers_file_without_its_number_words_is_refused(tmp_path: Path) -> None:
    folder = _english_copy(tmp_path / "nz")
    _edit(folder / "numbers.toml", "[words.groups]\ndozen = 12\n", "")
    with pytest.raises(ValueError, match=r"numbers.toml \[words\]"):
        read_lexicon(folder, "nz")


# --- sentence and cue words (cues.toml) are the lexicon's --------------------


@pytest.fixture
def cue_language(tmp_path: Path) -> Path:
    """``zz``: English where "Hetman" is a title, "Pres." an abbreviation, "slaughter" a verb of killing."""
    folder = _english_copy(tmp_path / "zz")
    _edit(folder / "cues.toml", 'abbreviations = [\n    "mr",', 'abbreviations = [\n    "pres", "mr",')
    _edit(folder / "cues.toml", 'titles = [\n    "president",', 'titles = [\n    "hetman", "president",')
    _edit(folder / "cues.toml", 'kill = ["kill",', 'kill = ["slaughter", "kill",')
    return folder


def test_sentences_names_and_predicates_are_read_in_the_lexicons_words(cue_language: Path) -> None:
    zz = read_lexicon(cue_language, "zz")
    # English ends a sentence after "Pres."; zz does not.
    opening = "Pres. Hetman Kovalenko arrived."
    assert len(sentence_spans(opening)) == 2 and len(sentence_spans(opening, zz)) == 1
    text = "Talks with Hetman Kovalenko ended as raiders slaughtered 40 people."
    sentence = Span(0, len(text))
    figure = (text.index("40"), text.index("40") + len("40 people"))

    def about(lex: Lexicon | None) -> tuple[tuple[str, ...], str | None]:
        cues = CueIndex(text, None, [sentence], lex=lex).describe(sentence, figure, "people")
        return cues.participants, cues.predicate

    # zz drops the title "Hetman" from the name and reads "slaughtered" as killing.
    assert about(None) == (("talks", "hetman kovalenko"), "slaughter")
    assert about(zz) == (("talks", "kovalenko"), "kill")
    assert about(None) == about(lexicon())


def test_the_endings_of_regular_verb_forms_are_the_lexicons(tmp_path: Path) -> None:
    # English finds the regular forms that govern a figure by their endings
    # ("-ed", "-en"); a language that lists "-ed" alone does not read "taken".
    folder = _english_copy(tmp_path / "vv")
    _edit(folder / "cues.toml", 'regular_endings = ["ed", "en"]', 'regular_endings = ["ed"]')
    vv = read_lexicon(folder, "vv")
    text = "Gunmen had taken 40 hostages and freed 12 others."
    sentence = Span(0, len(text))

    def predicate(figure: str, lex: Lexicon | None) -> str | None:
        at = (text.index(figure), text.index(figure) + len(figure))
        return CueIndex(text, None, [sentence], lex=lex).describe(sentence, at, None).predicate

    # vv does not see "taken", so the figure takes the verb after it.
    assert predicate("40 hostages", None) == "take"
    assert predicate("40 hostages", vv) == predicate("12 others", vv) != "take"
    assert predicate("12 others", None) == predicate("12 others", vv) is not None  # "freed"


def test_the_plural_of_a_fraction_is_the_lexicons(tmp_path: Path) -> None:
    # "two-thirds": English's plural ending of a fraction is "-s"; a language
    # whose ending is "-z" reads "two-thirdz" and not "two-thirds".
    folder = _english_copy(tmp_path / "uu")
    _edit(folder / "grammar.toml", 'fraction_plural = ["s"]', 'fraction_plural = ["z"]')
    uu = read_lexicon(folder, "uu")

    def shares(text: str, lex: Lexicon) -> list[float | None]:
        return [f.value.stated for f in find_forms(text.lower(), lex) if f.kind == "percent"]

    english = lexicon()
    assert shares("Two-thirds of the staff left.", english) == [pytest.approx(200 / 3)]
    assert shares("Two-thirds of the staff left.", uu) == []
    assert shares("Two-thirdz of the staff left.", uu) == [pytest.approx(200 / 3)]
    assert shares("A third of the staff left.", uu) == shares("A third of the staff left.", english)


# --- page furniture (boilerplate.toml) is the document's language's -----------


@pytest.fixture
def furniture_language(tmp_path: Path) -> Path:
    """``ww``: English where a line "Werbung" is site chrome."""
    folder = _english_copy(tmp_path / "ww")
    _edit(folder / "boilerplate.toml", 'phrases = [\n', 'phrases = [\n    "werbung",\n')
    return folder


def test_boilerplate_is_found_with_the_words_of_the_documents_language(
    furniture_language: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Werbung\nTwelve people were killed in the raid.\nAdvertisement\n"

    def marked(found: tuple[Span, ...]) -> list[str]:
        return [text[s.start : s.end] for s in found]

    assert marked(find_boilerplate(text)) == ["Advertisement"]
    ww = read_lexicon(furniture_language, "ww")
    assert marked(find_boilerplate(text, ww)) == ["Werbung", "Advertisement"]
    # Loading reads each file's boilerplate in the language its manifest entry names.
    for _ in _installed("ww", furniture_language, monkeypatch):
        story = tmp_path / "story"
        story.mkdir()
        for name in ("a.txt", "b.txt"):
            (story / name).write_text(f"{text}{name}\n", "utf-8")
        manifest = '[[source]]\nfile = "a.txt"\n\n[[source]]\nfile = "b.txt"\nlanguage = "ww"\n'
        (story / "sources.toml").write_text(manifest, "utf-8")
        a, b = load_corpus([story]).documents
        assert (a.language, b.language) == ("en", "ww")
        assert marked(a.boilerplate) == ["Advertisement"]
        assert marked(b.boilerplate) == ["Werbung", "Advertisement"]


def test_the_report_names_a_documents_language_when_it_is_not_english(
    xx_installed: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = _story(tmp_path, {"a.txt": None, "b.txt": "xx"})
    assert main(["facts", str(story), "--jobs", "1", "--quiet"]) == 0
    data = json.loads(capsys.readouterr().out)
    # Absent for English, so that an English report reads as before.
    assert [d.get("language") for d in data["documents"]] == [None, "xx"]
    errors = list(Draft202012Validator(schemas.load(schemas.REPORT)).iter_errors(data))
    assert not errors, [e.message for e in errors[:3]]


def test_the_html_report_names_a_documents_language_when_it_is_not_english(
    xx_installed: None, tmp_path: Path
) -> None:
    story = _story(tmp_path, {"a.txt": None, "b.txt": "xx"})
    out = tmp_path / "out"
    assert main(["report", str(story), "--out", str(out), "--format", "html", "--jobs", "1", "--quiet"]) == 0
    page = (out / "divergence.html").read_text("utf-8")
    # One line in the Sources table, for the one document that is not in English.
    assert page.count("language: xx") == 1
    assert "language: en" not in page


def test_every_file_of_a_language_folder_is_read_and_listed_in_the_readme(tmp_path: Path) -> None:
    with resources.as_file(resources.files("compare.lang")) as package:
        files = {p.name for p in (package / "en").glob("*.toml")}
        readme = (package / "README.md").read_text("utf-8")
    # The README's table of what a folder holds names every file, and no other.
    assert set(re.findall(r"^\| `(\w+\.toml)` \|", readme, re.M)) == files
    # The lexicon reads every file but units.toml (canonical units, read by compare.units):
    # a folder without one of them is refused, not read as if the words were missing.
    for name in sorted(files - {"units.toml"}):
        folder = _english_copy(tmp_path / name.removesuffix(".toml"))
        (folder / name).unlink()
        with pytest.raises(FileNotFoundError, match=name):
            read_lexicon(folder, "xx")


def test_a_grammar_file_must_hold_every_table_and_key_its_readers_need(tmp_path: Path) -> None:
    # A missing key would leave a pattern without its words: refused when read, not a wrong answer.
    assert dict(lexicon().grammar["periods"]) == {
        "ongoing": ("since", "from", "after", "through", "until"),
        "named_year": ("after the", "from the"),
    }
    for old, new in (("ongoing = ", "running = "), ("[periods]", "[period]")):
        folder = _english_copy(tmp_path / f"g{len(old)}")
        _edit(folder / "grammar.toml", old, new)
        with pytest.raises(ValueError, match="grammar.toml"):
            read_lexicon(folder, "xx")
