"""Words are data: no list of English words may come back into the package's code.

A language's words live in ``compare/lang/<code>/`` so that a new language is a
new folder.  This test reads every module of ``compare/`` and flags a word
list written in code: a set, list, tuple or dict of strings, a
``"...".split()`` call, or an alternation in a regular expression
(``(?:were|was|had\\s+been)``), when at least ``_AT_LEAST`` of its entries are
lower-case words (or phrases) that English's language folder knows.  Lists
that are the program's own names (kinds, roles, qualifiers) are ``NAMES``;
English still in code, to be moved by the module's owner, is ``PENDING`` and
listed in ``compare/lang/README.md``.  A new list fails the test: put its
words in the language's data files instead.
"""

from __future__ import annotations

import ast
import re
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import compare
from compare.lang import lexicon, read_lexicon

PACKAGE = Path(compare.__file__).parent
ROOT = PACKAGE.parent

_AT_LEAST = 5  # entries that are English words before a literal counts as a word list

# The program's own closed lists whose names are English words: identifiers, not vocabulary.
NAMES = {
    "compare/model.py:Kind",
    "compare/model.py:Qualifier",
    "compare/model.py:Granularity",
    "compare/kinds.py:Reads",
    "compare/lang/__init__.py:ROLES",
    "compare/lang/__init__.py:_ROLE_KEYS",
    "compare/lang/__init__.py:GRAMMAR_KEYS",
    # The names of the word lists of roles.toml [clause] (each list's words are the data).
    "compare/lang/__init__.py:_CLAUSE_KEYS",
    # The calendar units dates.toml maps a language's words to, and the three counted in a finer one.
    "compare/extract/date_words.py:Unit",
    "compare/extract/date_words.py:_IN_FINER",
    # The calendar units a duration reads in, whose words are display.toml [durations].
    "compare/display.py:_DURATION_KEYS",
    # The keys of sentences.toml and the parts each names, whose words are the file's.
    "compare/sentences.py:FIELDS",
    "compare/sentences.py:_COUNTED",
    "compare/sentences.py:__all__",
    # The property names of a SARIF result, a format's field names.
    "compare/render/ci_formats.py:result",
    # A finding's status against the baseline, whose words are sentences.toml [status].
    "compare/baseline.py:Status",
    "compare/incremental_check.py:_STATUSES",
    # The keys of a baseline entry's side in baseline.json.
    "compare/baseline.py:entry_to_dict",
    # The fields of a sources.toml entry, the manifest's keys.
    "compare/corpus/paths.py:_META_FIELDS",
}

# English still in code (compare/lang/README.md, "Still English in code"), by module: each is to
# move into the lexicon; drop its entry here when it does.
PENDING: dict[str, str] = {}


def _english_words() -> frozenset[str]:
    """Every lower-case word written anywhere in English's language folder (keys and values)."""
    words: set[str] = set()

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            for key, value in x.items():
                words.update(re.findall(r"[a-z]+", key.lower()))
                walk(value)
        elif isinstance(x, list):
            for value in x:
                walk(value)
        elif isinstance(x, str):
            # A "{name}" in a sentence is where a part goes (sentences.toml), no word.
            words.update(re.findall(r"[a-z]+", re.sub(r"\{[a-z_]+\}", " ", x).lower()))

    for path in (PACKAGE / "lang" / "en").glob("*.toml"):
        walk(tomllib.loads(path.read_text("utf-8")))
    return frozenset(words)


_WORDISH = re.compile(r"[a-z]+(?:[ -][a-z]+)*")
# A group of alternatives that are words or phrases: "(?:were|was|had\s+been)".
# Each alternative is words joined by one separator each ("had\s+been"), so a
# run of letters can be read one way only: the earlier "(?:[a-z]+(?:sep)?)+"
# could split it in exponentially many ways, and a long string with no closing
# bracket hung the detector.
_PHRASE = r"[a-z]+(?:(?:\\s\+|\\s\*| )[a-z]+)*(?:\\s\+|\\s\*| )?"
_ALTERNATION = re.compile(rf"\((?:\?:)?({_PHRASE}(?:\|{_PHRASE})+)\)")


def _is_word(entry: str, english: frozenset[str]) -> bool:
    # A phrase written to be joined to a figure ("about ", "{} to {}") is words all the same.
    entry = " ".join(re.sub(r"\{[^{}]*\}", " ", entry).split())
    return len(entry) >= 2 and bool(_WORDISH.fullmatch(entry)) and any(
        w in english for w in re.split(r"[ -]", entry)
    )


def _owner(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str:
    """The name a literal is written under: its assignment's target, else its function or class."""
    while node in parents:
        node = parents[node]
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name):
                return target.id
            if isinstance(target, ast.Attribute):
                return target.attr
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return node.name
    return "<module>"


def _strings(nodes: list[ast.expr | None]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def word_lists(source: str, english: frozenset[str]) -> Iterator[tuple[int, str, list[str]]]:
    """(line, owner, entries) of every English word list written in ``source``."""
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    statements = (n for n in ast.walk(tree) if isinstance(n, ast.Expr))
    docstrings = {n.value for n in statements if isinstance(n.value, ast.Constant)}
    for node in ast.walk(tree):
        entries: list[str]
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            entries, size = _strings(list(node.elts)), len(node.elts)
        elif isinstance(node, ast.Dict):
            entries, size = _strings([*node.keys, *node.values]), 2 * len(node.keys)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            entries = node.func.value.value.split()
            size = len(entries)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node not in docstrings:
            for m in _ALTERNATION.finditer(node.value):
                alternatives = [re.sub(r"\\s[+*]", " ", a).strip() for a in m.group(1).split("|")]
                if sum(_is_word(a, english) for a in alternatives) >= _AT_LEAST:
                    yield node.lineno, _owner(node, parents), alternatives
            continue
        else:
            continue
        found = sum(_is_word(e, english) for e in entries)
        if found >= _AT_LEAST and 2 * found >= size:
            yield node.lineno, _owner(node, parents), entries


def _package_word_lists() -> dict[str, tuple[int, list[str]]]:
    english = _english_words()
    out: dict[str, tuple[int, list[str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for line, owner, entries in word_lists(path.read_text("utf-8"), english):
            out.setdefault(f"{where}:{owner}", (line, entries))
    return out


def test_no_new_english_word_list_in_code() -> None:
    found = _package_word_lists()
    new = {key: value for key, value in found.items() if key not in NAMES and key not in PENDING}
    assert not new, "English words written in code; put them in compare/lang/en/*.toml: " + "; ".join(
        f"{key} (line {line}): {entries[:6]}" for key, (line, entries) in sorted(new.items())
    )


def test_the_detector_finds_a_word_list_in_each_form_it_knows() -> None:
    english = _english_words()
    planted = '''
"""A docstring (may|say|anything|it|likes|here) is no pattern."""
import re
_ORGS = {"council", "union", "ministry", "agency", "bank", "court"}
_STOP = "the of and to in for".split()
_SAID = re.compile(r"\\b(?:said|says|told|reported|announced)\\b")
_TABLE = {"people": "person", "children": "child", "women": "woman"}
_BEFORE = {"about": "about ", "more-than": "more than {}", "nearly": "nearly ", "up": "up "}
_NAMES = ("json_text", "html_page", "sarif_log", "junit_xml", "gitlab_code")
def f(word):
    return word in ("were", "was", "had been", "have been", "has been")
'''
    owners = {owner for _, owner, _ in word_lists(planted, english)}
    assert owners == {"_ORGS", "_STOP", "_SAID", "_TABLE", "_BEFORE", "f"}


def test_the_detector_reads_a_long_unclosed_alternation_in_one_pass() -> None:
    # Thirty words then a bar and no closing bracket: the earlier pattern tried
    # every split of the letters (2**150 ways) before giving up.
    english = _english_words()
    source = "NOTE = '(" + " ".join(["were"] * 30) + "|was' + SAID\n"
    assert list(word_lists(source, english)) == []
    closed = "NOTE = r'(?:" + r"\s+".join(["had"] * 30) + "|was|were|said|told|reported)'\n"
    assert [owner for _, owner, _ in word_lists(closed, english)] == ["NOTE"]


def test_every_pending_module_is_listed_in_the_language_readme() -> None:
    readme = (PACKAGE / "lang" / "README.md").read_text("utf-8")
    section = readme[readme.index("Still English in code") :]
    for key in PENDING:
        module = key.split(":")[0].removeprefix("compare/")
        assert f"`{module}`" in section, f"{module} is not listed in compare/lang/README.md"


def test_a_class_table_left_in_a_language_folder_is_refused(tmp_path: Path) -> None:
    # [families], [updates], [umbrella] and the generic, self-naming and singleton classes live in
    # compare/lang/classes.toml: the same tables in a language's events.toml would go unread.
    for extra in ('[families]\ntalks = "meeting"\n', '[cues]\nsingleton = ["reporting"]\n'):
        folder = tmp_path / f"x{len(extra)}"
        shutil.copytree(PACKAGE / "lang" / "en", folder)
        events = folder / "events.toml"
        text = events.read_text("utf-8")
        if extra.startswith("[cues]"):
            text = text.replace("[cues]\n", extra, 1)
        else:
            text += "\n" + extra
        events.write_text(text, "utf-8")
        with pytest.raises(ValueError, match="moved to compare/lang/classes.toml"):
            read_lexicon(folder, "xx")


def test_the_wheel_ships_every_language_folder_without_naming_one() -> None:
    # A new language is a new folder: the package data takes every folder under compare/lang/,
    # so no line of pyproject.toml names a language.
    data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    assert "*/*.toml" in data["compare.lang"]
    assert "lang/*/*.toml" in data["compare"]
    named = [p for entry in data.values() for p in entry if re.search(r"(?:^|/)[a-z]{2,3}/", p)]
    assert named == [], f"package data names a language folder: {named}"


def test_the_look_behind_windows_of_shares_follow_the_language_words(tmp_path: Path) -> None:
    # forms.py reads the word before "half" in a window sized to the longest word of
    # grammar.toml [forms] fraction_alone_not_after: a language with a longer word needs no code change.
    from compare.extract.forms import find_forms

    folder = tmp_path / "xx"
    shutil.copytree(PACKAGE / "lang" / "en", folder)
    grammar = folder / "grammar.toml"
    text = grammar.read_text("utf-8")
    old = 'fraction_alone_not_after = ["first",'
    assert old in text
    grammar.write_text(text.replace(old, 'fraction_alone_not_after = ["penultimate", "first",'), "utf-8")
    sentence = "in the penultimate  half of the season"
    assert [f.role for f in find_forms(sentence, lexicon())] == ["share"]
    assert find_forms(sentence, read_lexicon(folder, "xx")) == []


def test_the_report_phrases_are_checked_when_read(tmp_path: Path) -> None:
    # display.toml [phrases]: a phrase must leave a "{}" for each figure it takes,
    # or the report would drop the figure without a word.
    from compare.display import _wording

    folder = tmp_path / "xx"
    shutil.copytree(PACKAGE / "lang" / "en", folder)
    display = folder / "display.toml"
    text = display.read_text("utf-8")
    assert _wording(read_lexicon(folder, "xx")).phrases["range"] == "{} to {}"
    display.write_text(text.replace('range = "{} to {}"', 'range = "{} to"'), "utf-8")
    with pytest.raises(ValueError, match=r"\[phrases\] range"):
        _wording(read_lexicon(folder, "xx"))


def test_a_wrapped_line_is_joined_by_the_document_language_stopwords(tmp_path: Path) -> None:
    # extract/layout.py joins "More than\n1,000 people" after a word that cannot end a sentence:
    # that word is a stopword of the document's language (words.toml), not of English always.
    from compare.extract.layout import flowed

    folder = tmp_path / "xx"
    shutil.copytree(PACKAGE / "lang" / "en", folder)
    words = folder / "words.toml"
    text = words.read_text("utf-8")
    assert 'words = [\n  "a", "an",' in text
    words.write_text(text.replace('words = [\n  "a", "an",', 'words = [\n  "zorp", "a", "an",', 1), "utf-8")
    wrapped = "The agency said it counted zorp\n1,000 people in the camp.\n"
    assert flowed(wrapped, lexicon()) == wrapped
    assert flowed(wrapped, read_lexicon(folder, "xx")) == wrapped.replace("\n1,000", " 1,000")


def test_the_date_grammar_reads_the_document_language_stopwords(tmp_path: Path) -> None:
    # extract/times.py: "2000 troops" is a count, not the year 2000, unless a stopword comes first;
    # the stopwords and the lemmatiser are the document language's (words.toml), not English's always.
    from compare.extract import times

    folder = tmp_path / "xx"
    shutil.copytree(PACKAGE / "lang" / "en", folder)
    words = folder / "words.toml"
    text = words.read_text("utf-8")
    words.write_text(text.replace('words = [\n  "a", "an",', 'words = [\n  "zorp", "a", "an",', 1), "utf-8")
    sentence = "In 2000 zorp troops"
    end = sentence.index(" zorp")
    assert times._year_is_count(sentence, end, lexicon())
    assert not times._year_is_count(sentence, end, read_lexicon(folder, "xx"))


def test_the_quantity_scanner_reads_the_document_language_stopwords(tmp_path: Path) -> None:
    # extract/quantities.py: "three times zorp" names a base of the multiple ("1.4 times book value")
    # unless its word is a stopword ("shot 16 times in the back"); the stopwords are the document
    # language's (words.toml, through quantities.vocabulary), not English's always.
    from compare.extract import quantities

    folder = tmp_path / "xx"
    shutil.copytree(PACKAGE / "lang" / "en", folder)
    words = folder / "words.toml"
    text = words.read_text("utf-8")
    words.write_text(text.replace('words = [\n  "a", "an",', 'words = [\n  "zorp", "a", "an",', 1), "utf-8")
    sentence = "Sales rose 3 times zorp value"
    end = sentence.index(" times")
    english, other = quantities.vocabulary(lexicon()), quantities.vocabulary(read_lexicon(folder, "xx"))
    assert quantities._multiple_after(sentence, end, True, english) == ("× zorp value", len(sentence))
    assert quantities._multiple_after(sentence, end, True, other) is None
    assert english.lemma("casualties") == "casualty"


def _repeated_words(table: Any, where: str) -> Iterator[str]:
    """Each word a word list of ``table`` holds twice, as "file/table/key: word"."""
    if isinstance(table, dict):
        for key, value in table.items():
            yield from _repeated_words(value, f"{where}/{key}")
    elif isinstance(table, list):
        # A pair ([singular, plural], [pattern, replacement]) may repeat itself ("h", "h"): no word list.
        if len(table) > 2 and all(isinstance(w, str) for w in table):
            seen: set[str] = set()
            for word in table:
                if word in seen:
                    yield f"{where}: {word}"
                seen.add(word)
        for i, value in enumerate(table):
            if isinstance(value, dict | list):
                yield from _repeated_words(value, f"{where}/{i}")


def test_no_word_list_of_a_language_repeats_a_word() -> None:
    # A repeated word is an edit that went in twice: the copy says nothing and hides which
    # entry a later edit must change (roles.toml listed "fisherman" and "member" twice).
    lang = PACKAGE / "lang"
    repeated = [
        found
        for path in sorted(lang.rglob("*.toml"))
        for found in _repeated_words(tomllib.loads(path.read_text("utf-8")), str(path.relative_to(lang)))
    ]
    assert repeated == []
    example = {"t": {"words": ["a", "b", "a"], "pair": ["h", "h"]}}
    assert list(_repeated_words(example, "x")) == ["x/t/words: a"]
