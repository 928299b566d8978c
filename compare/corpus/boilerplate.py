"""Boilerplate: lines of an article a fact-checker must not compare.

``find_boilerplate`` marks, line by line, text a fact-checker must not
compare: site chrome ("Skip to content", "Share", "Advertisement", menus),
lines printed twice (captions), photo credits, bylines, author bios,
newsletter/subscribe/cookie/copyright blurbs, and the trailer after an
author bio or an "About the author"/"Related" heading near the end.  The
rules are deliberately narrow: a line wrongly marked hides a real fact,
so each rule needs a strong cue (an exact chrome phrase, a verbatim
repeat, "By <Name>", "<Name> is a correspondent ...", a call to action
addressed to the reader) and body prose never qualifies.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from compare.lang import Lexicon, lexicon
from compare.model import Span


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped of surrounding whitespace
    key: str  # lower case, list/heading markers and trailing punctuation removed
    words: int


_LINE = re.compile(r"[^\r\n]+")
_MARKERS = "#>*-+•·▪◦–—([ \t\u00a0"
_QUOTES = frozenset('"“”«»„')
_TERMINAL = tuple('.!?"”’»)')


_MENU_SEPARATORS = re.compile(r"\s*[|•·»›]\s*")
_BIO_MAX_WORDS = 100


@dataclass(frozen=True, eq=False)
class _Rules:
    """One language's page-furniture words and patterns (``boilerplate.toml``), compiled."""

    chrome_phrases: frozenset[str]
    chrome_words: frozenset[str]
    chrome_line: re.Pattern[str]
    credit: re.Pattern[str]
    credit_end: re.Pattern[str]
    credit_hints: tuple[str, ...]
    byline: re.Pattern[str]
    byline_words: frozenset[str]
    credit_line: re.Pattern[str]
    bio: re.Pattern[str]
    not_names: frozenset[str]
    speech: re.Pattern[str]
    cta_start: re.Pattern[str]
    cta_strong: re.Pattern[str]
    cta_weak: re.Pattern[str]
    # Substrings every strong and weak phrase contains: a cheap filter before the regexes.
    cta_hints: tuple[str, ...]
    reader: re.Pattern[str]
    dateline: re.Pattern[str]
    # Headings after which, near the end of a page, only links to other pages follow,
    # and headings that open the page's trailer (the article has ended).
    link_headings: frozenset[str]
    end_headings: frozenset[str]


def _rules(lex: Lexicon | None) -> _Rules:
    return _rules_of(lex if lex is not None else lexicon())


# One entry per language in use (tests build lexicons of their own).
@functools.lru_cache(maxsize=8)
def _rules_of(lex: Lexicon) -> _Rules:
    data = lex.boilerplate
    where = f"compare/lang/{lex.code}/boilerplate.toml"

    def table(name: str) -> Mapping[str, Any]:
        found = data.get(name)
        if not isinstance(found, dict):
            raise ValueError(f"{where}: no [{name}] table")
        return found

    def words(name: str, key: str) -> tuple[str, ...]:
        found = table(name).get(key)
        if not isinstance(found, list) or not all(isinstance(w, str) and w for w in found):
            raise ValueError(f"{where}: [{name}] {key} must be a list of words")
        return tuple(found)

    def pattern(name: str, key: str, person: str = "") -> re.Pattern[str]:
        # A pattern is written as pieces joined with nothing; "{name}" in a bio's stands
        # for the pattern of a person's name.
        text = "".join(words(name, key)).replace("{name}", person)
        try:
            return re.compile(text)
        except re.error as error:
            raise ValueError(f"{where}: [{name}] {key}: {error}") from None

    return _Rules(
        chrome_phrases=frozenset(words("chrome", "phrases")),
        chrome_words=frozenset(words("chrome", "words")),
        chrome_line=pattern("chrome", "pattern"),
        credit=pattern("credits", "pattern"),
        credit_end=pattern("credits", "end_pattern"),
        credit_hints=words("credits", "end_hints"),
        byline=pattern("bylines", "pattern"),
        byline_words=frozenset(words("bylines", "words")),
        credit_line=pattern("bylines", "credit_pattern"),
        bio=pattern("bios", "pattern", "".join(words("bios", "name_pattern"))),
        not_names=frozenset(words("bios", "not_names")),
        speech=pattern("speech", "pattern"),
        cta_start=pattern("calls_to_action", "start_pattern"),
        cta_strong=pattern("calls_to_action", "strong_pattern"),
        cta_weak=pattern("calls_to_action", "weak_pattern"),
        cta_hints=words("calls_to_action", "hints"),
        reader=pattern("calls_to_action", "reader_pattern"),
        dateline=pattern("datelines", "pattern"),
        link_headings=frozenset(words("headings", "links")),
        end_headings=frozenset(words("headings", "end")),
    )


_TRAILER_MAX_WORDS = 60
# No phrase rule applies to a line longer than this.
_KEYED_MAX_WORDS = 60
_HEADLINE_MAX_WORDS = 20


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        words = len(stripped.split())
        # Only short lines are matched against phrases; body paragraphs skip the work.
        key = (
            " ".join(stripped.lstrip(_MARKERS).rstrip(" :.|").lower().split())
            if words <= _KEYED_MAX_WORDS
            else ""
        )
        lines.append(_Line(start, start + len(stripped), stripped, key, words))
    return lines


def _is_menu(key: str) -> bool:
    items = _MENU_SEPARATORS.split(key)
    return len(items) >= 3 and all(
        item and len(item.split()) <= 3 and not any(c.isdigit() for c in item) for item in items
    )


def _is_chrome(line: _Line, rules: _Rules) -> bool:
    key = line.key
    if key in rules.chrome_phrases or rules.chrome_line.fullmatch(key):
        return True
    if line.words <= 8:
        tokens = [t.strip(".,:;!?()[]") for t in key.replace("|", " ").split()]
        if tokens and all(t in rules.chrome_words for t in tokens if t):
            return True
    return line.words <= 30 and _is_menu(key)


def _is_byline(line: _Line, rules: _Rules) -> bool:
    if line.words > 25:
        return False
    if rules.credit_line.match(line.key):
        return True
    match = rules.byline.match(line.text.lstrip(_MARKERS))
    if not match or line.words > 15:
        return False
    rest = _MENU_SEPARATORS.split(match["rest"])[0]
    tokens = [t.strip(".,;:()") for t in rest.split()]
    return all(not t or t[0].isupper() or t[0].isdigit() or t.lower() in rules.byline_words for t in tokens)


def _is_credit(line: _Line, rules: _Rules) -> bool:
    key = line.key
    if line.words <= 20 and rules.credit.match(key):
        return True
    # The substring test is a cheap filter before the regex search.
    return (key.endswith(")") or any(w in key for w in rules.credit_hints)) and (
        rules.credit_end.search(key) is not None
    )


def _is_dateline(line: _Line, rules: _Rules) -> bool:
    """ "Updated: Jan. 10, 2022 10:07 a.m. ET", not "Published today, the report says..." """
    text = line.text.lower()
    return (
        line.words <= 12
        and rules.dateline.match(line.key) is not None
        and (not text.endswith(".") or text.endswith(("a.m.", "p.m.")))
    )


def _is_call_to_action(line: _Line, rules: _Rules) -> bool:
    key = line.key
    if not key or rules.speech.search(key):
        # Reported speech is reporting, whatever words it uses.
        return False
    if rules.cta_start.match(key):
        return True
    if line.words > 50 or not any(w in key for w in rules.cta_hints):
        return False
    if rules.cta_strong.search(key):
        return True
    return (
        rules.cta_weak.search(key) is not None
        and rules.reader.search(line.text) is not None
        and not (_QUOTES & set(line.text))
    )


def _bio_name(line: _Line, tail_start: int, rules: _Rules) -> str | None:
    """The person a short author bio near the end is about, if the line is one."""
    if line.start < tail_start or line.words > _BIO_MAX_WORDS:
        return None
    match = rules.bio.match(line.text[:300])
    if not match or _QUOTES & set(line.text) or rules.speech.search(line.text):
        return None
    name = match["name"]
    # A person's full name, not "Russia is a major producer..." or "The Kremlin is the author".
    tokens = name.split()
    if len(tokens) < 2 or tokens[0] in rules.not_names:
        return None
    return name


def _scan(text: str, lex: Lexicon | None = None) -> tuple[list[_Line], set[int]]:
    """Non-blank lines of ``text`` and the indexes of those that are boilerplate (read with the
    words of ``lex``, English when None)."""
    rules = _rules(lex)
    lines = _lines(text)
    marked: set[int] = set()
    repeats = Counter(line.text for line in lines if line.words >= 2)
    # Bios and trailers only count in the last 40% of the text.
    tail_start = int(len(text) * 0.6)
    end_markers: list[tuple[int, bool]] = []  # (index, only links may follow)

    for i, line in enumerate(lines):
        if (
            repeats[line.text] > 1
            or _is_chrome(line, rules)
            or _is_credit(line, rules)
            or _is_byline(line, rules)
            or _is_call_to_action(line, rules)
            or _is_dateline(line, rules)
        ):
            marked.add(i)
        name = _bio_name(line, tail_start, rules)
        if name is not None:
            marked.add(i)
            end_markers.append((i, False))
            # The author's name printed on its own just above the bio.
            for j in range(i - 1, max(i - 3, -1), -1):
                if lines[j].text.strip(" .:") == name:
                    marked.add(j)
                    break
        elif line.start >= tail_start and line.words <= 6:
            if line.key in rules.end_headings:
                end_markers.append((i, False))
            elif line.key in rules.link_headings:
                end_markers.append((i, True))

    # A trailer: after a bio or an end heading near the end, everything else
    # is short page furniture (newsletter blurbs, disclaimers, link lists). A
    # single long paragraph after it means the article goes on: mark nothing.
    for index, links_only in end_markers:
        rest = [j for j in range(index + 1, len(lines)) if j not in marked]
        if links_only:
            fits = all(
                lines[j].words <= _HEADLINE_MAX_WORDS and not lines[j].text.endswith(_TERMINAL) for j in rest
            )
        else:
            fits = all(lines[j].words <= _TRAILER_MAX_WORDS for j in rest)
        if fits:
            marked.update(range(index, len(lines)))
            break
    return lines, marked


def _spans(lines: list[_Line], marked: set[int]) -> tuple[Span, ...]:
    spans: list[Span] = []
    previous = -2
    for i in sorted(marked):
        if i == previous + 1 and spans:
            spans[-1] = Span(spans[-1].start, lines[i].end)
        else:
            spans.append(Span(lines[i].start, lines[i].end))
        previous = i
    return tuple(spans)


def find_boilerplate(text: str, lex: Lexicon | None = None) -> tuple[Span, ...]:
    """Character ranges of ``text`` that are page furniture rather than reporting.

    Works line by line; consecutive boilerplate lines are merged into one span
    (the newlines between them included).  Spans never cover a line only
    partly, so ``text[span.start:span.end]`` is always whole lines.  The
    phrases and patterns are ``lex``'s ``boilerplate.toml`` (English when None).
    """
    return _spans(*_scan(text, lex))
