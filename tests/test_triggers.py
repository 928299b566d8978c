"""Look-ups that replace a pattern scan for speed find what the pattern finds (trigger words, last words)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare import context, extract
from compare.context import (
    _add_span,
    _event_cues,
    _last_word,
    _lower_token_ends_with,
    _reader,
    _token_starts,
    _token_starts_at,
)
from compare.events import vocabulary as event_vocabulary
from compare.extract import _SPACE, _UP_TO_LAST_SPACE, _Raw, _Spaces, _trigger_words, _windows, forms
from compare.extract.date_words import date_words, phrases
from compare.extract.forms import _rank_numerals, find_forms
from compare.extract.forms import _words as _forms_words
from compare.extract.numbers import number_words
from compare.extract.quantities import _SP, _currency_forms, _number_word_starts, vocabulary
from compare.extract.resolve import tense_words
from compare.extract.times import _scan, _trigger_starts
from compare.extract.times_reference import reference_words
from compare.lang import lexicon
from compare.model import Span
from compare.words import (
    alternation,
    ascii_letters_kept,
    digit_runs,
    lowercase,
    phrase_trie,
    starts_after,
    trie_pattern,
    words_among,
)

# Trigger words, the words that must follow some of them ("a few dozen",
# "tens of millions"), near misses, and what stands around words.
_PIECES = [
    "a", "an", "A", "few", "dozen", "hundred", "several", "tens", "of", "millions", "one", "twenty",
    "half", "yesterday", "noon", "week", "ago", "days", "later", "spring", "_a", "a1", "\u00e9one",
    "\u212a", "\u0131", "\u0130n", "-", "\u2019", "'", ",",
]  # fmt: skip
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", "  ", "-", "\n", "\u00a0"]))
).map(lambda pairs: "".join(a + b for a, b in pairs))


@settings(max_examples=400)
@given(_TEXTS)
def test_trigger_words_are_found_among_the_words_as_the_patterns_find_them(text: str) -> None:
    lex = lexicon()
    lowered = lowercase(text)
    words = words_among(lowered, _trigger_words(lex))
    numbers = number_words(lex)
    assert _number_word_starts(lowered, numbers, words) == _number_word_starts(lowered, numbers, None)
    scan = _scan(lex)
    assert _trigger_starts(text, lowered, scan, [], words) == _trigger_starts(text, lowered, scan, [], None)


def test_a_led_trigger_needs_what_follows_it() -> None:
    # "a" and "tens" begin a number only before a scale ("a hundred", "tens of thousands").
    lex = lexicon()
    text = "a hundred and a house; tens of thousands and tens"
    words = words_among(text, _trigger_words(lex))
    starts = _number_word_starts(text, number_words(lex), words)
    assert [text[p:].split()[0] for p in starts] == ["a", "hundred", "tens", "thousands"]


@settings(max_examples=400)
@given(st.text(alphabet="aZ.\"'\u201d\u2019)] x\n-1\u00e9", max_size=14).filter(lambda t: t[-1:] != "\n"))
def test_the_last_word_before_a_full_stop_is_the_one_the_search_finds(piece: str) -> None:
    # sentence_spans reads the word before a full stop ("U.S.", "Mr.") on the reversed piece.
    found = re.search(r"([A-Za-z][A-Za-z.]*)\.?[\"'\u201d\u2019)\]]*$", piece)
    assert _last_word(piece) == (found.group(1) if found else None)


# Digits, rank suffixes and what may stand before a numeral ("1.5th", "2017th", "x17th", "_3rd").
_RANK_PIECES = [
    "1", "12", "123", "1234", "\u0663", "\u00b2", "st", "nd", "rd", "th", "x", "_", ".", ",", "-", " ",
]  # fmt: skip


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_RANK_PIECES), max_size=12).map("".join))
def test_rank_numerals_read_off_the_digit_runs_are_the_ones_the_pattern_finds(text: str) -> None:
    # forms._rank_numerals reads "17th" off the digit runs instead of scanning every position.
    pattern = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})(?:st|nd|rd|th)\b")
    expected = [(m.start(), m.end(), float(m.group("n"))) for m in pattern.finditer(text)]
    assert _rank_numerals(text, _forms_words(lexicon()), digit_runs(text)) == expected


_TENSE_PIECES = ["is", "are", "walk", "kill", "ed", "ing", "a", "x", "1", "_", "\u00e9", "-", " ", "  ", ","]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_TENSE_PIECES), max_size=14).map("".join))
def test_tense_endings_match_where_the_backtracking_patterns_matched(text: str) -> None:
    # resolve.tense_words reads "-ed" and "is ...-ing" as a run of letters and a look back at its end.
    w = date_words(lexicon())
    words = tense_words()
    space = r"\s+"
    past = re.compile(
        rf"\b(?:{trie_pattern(w.past, space)}|[a-z]{{{w.regular_stem},}}{re.escape(w.regular_ending)})\b"
    )
    progressive = re.compile(rf"\b{phrases(w.progressive)}\s+(?:[a-z]+{re.escape(w.progressive_ending)})\b")
    for old, new in ((past, words.past), (progressive, words.progressive)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]


_FORM_PIECES = [
    "a", "an", "another", "both", "third", "fifth", "second", "the", "its", "day", "man", "was", "killed",
    "police", "officer", "thirds", "_", "1", "17th", "-", "'s",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(_FORM_PIECES), st.sampled_from([" ", "  ", "", "-", ", "]))).map(
    lambda pairs: "".join(a + b for a, b in pairs)
))
def test_forms_read_off_the_documents_word_list_find_what_they_find_alone(text: str) -> None:
    # extract_first gives find_forms the words of one scan for every scanner: it must hold the forms' words.
    lex = lexicon()
    words = words_among(text, _trigger_words(lex))
    assert find_forms(text, lex, digit_runs(text), words) == find_forms(text, lex)


def test_a_form_word_of_several_words_is_searched_for_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # A language may write "another" in two words: those are looked for as phrases, whole.
    lex = lexicon()
    monkeypatch.setattr(forms, "_phrases", lambda _lex: frozenset({"a third"}))
    at = forms._word_starts("a third; xa third; a thirds; a third", [], lex)
    assert at["a third"] == [0, 29]


def _flat(words: list[str]) -> str:
    """The longest-first flat alternation ``phrase_trie`` stands for."""
    return "(?:" + alternation(sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))) + ")"


def _phrase_texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of the phrases' words and their pieces, in any case, with what stands around words."""
    pieces = sorted({*words, *(w for p in words for w in p.split()), *(p[:-1] for p in words), "s", "x"})
    cased = st.sampled_from(pieces).flatmap(lambda p: st.sampled_from([p, p.upper(), p.title()]))
    gaps = st.sampled_from(["", " ", "  ", "-", "\n", "\u00a0", ", ", "_", "1"])
    return st.lists(st.tuples(cased, gaps), max_size=8).map(lambda pairs: "".join(a + b for a, b in pairs))


def test_a_phrase_trie_of_no_phrases_matches_nothing() -> None:
    assert re.search(phrase_trie([]), "anything") is None
    assert re.fullmatch(phrase_trie(["is  set to"]), "is \t set to")


_W = date_words(lexicon())
_CURRENCY = sorted(_currency_forms(lexicon().currency_words))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_phrase_tries_match_where_the_flat_alternations_matched(data: st.DataObject) -> None:
    # The currency words after a figure, the future and progressive markers and the reference times
    # are factored by prefix (words.phrase_trie): each must find what its flat alternation found.
    lex = lexicon()
    sp = _SP
    currency = re.compile(rf"(?:{sp}*[-\u2010\u2011]{sp}*|{sp}+)(?P<w>{_flat(_CURRENCY)})\b", re.IGNORECASE)
    text = " " + data.draw(_phrase_texts(_CURRENCY[:40] + _CURRENCY[-40:]))
    new = vocabulary(lex).currency_word
    for pos in range(len(text)):
        a, b = currency.match(text, pos), new.match(text, pos)
        assert (a and (a.span(), a.group("w"))) == (b and (b.span(), b.group("w")))
    words = tense_words()
    future = re.compile(rf"\b{_flat(list(_W.future))}\b")
    progressive = re.compile(rf"\b{_flat(list(_W.progressive))}\s+(?:[a-z]{{4,}}(?<=ing))\b")
    text = lowercase(data.draw(_phrase_texts([*_W.future, *_W.progressive, "doing", "going", "went"])))
    for old, newer in ((future, words.future), (progressive, words.progressive)):
        assert [m.span() for m in newer.finditer(text)] == [m.span() for m in old.finditer(text)]
    ref = reference_words(lex).pattern
    flat = re.compile(
        ref.pattern.replace(phrase_trie(_W.ref_present), _flat(list(_W.ref_present)))
        .replace(phrase_trie(_W.ref_past), _flat(list(_W.ref_past)))
        .replace(phrase_trie(_W.ref_future), _flat(list(_W.ref_future)))
    )
    assert flat.pattern != ref.pattern
    text = lowercase(data.draw(_phrase_texts([*_W.ref_present, *_W.ref_past, *_W.ref_future, "up", "up-"])))
    found = [(m.span(), m.lastgroup) for m in ref.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in flat.finditer(text)]


# Phrases as the word lists hold them: single-spaced, no space around.
_VOCAB = st.lists(
    st.text(alphabet="ab ", min_size=1, max_size=5).filter(lambda p: p == " ".join(p.split()) != ""),
    min_size=1,
    max_size=8,
)


_AFTER = st.sampled_from([r"\b", r"\s+b", "$", "", r"a?\b(?!-)"])  # what a pattern asks after the phrase


@settings(max_examples=500, deadline=None)
@given(_VOCAB, st.text(alphabet="abAB .-\t", max_size=16), _AFTER)
def test_a_phrase_trie_finds_what_the_longest_first_alternation_finds_whatever_follows(
    phrases: list[str], text: str, after: str
) -> None:
    # phrases (dates), _phrases, _words_alternation (figures) and numbers._alternation are factored by
    # prefix: in any pattern, whatever follows the phrase, the same matches as the flat alternation.
    for flags in (0, re.IGNORECASE):
        flat = re.compile(rf"(?:{_flat(phrases)}){after}", flags)
        trie = re.compile(rf"{phrase_trie(phrases)}{after}", flags)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    by_words = sorted(phrases, key=lambda w: (-len(w.split()), -len(w), w))  # numbers._alternation's order
    flat = re.compile(rf"(?:{alternation(by_words)}){after}")
    assert [m.span() for m in re.finditer(rf"{phrase_trie(phrases)}{after}", text)] == [
        m.span() for m in flat.finditer(text)
    ]


_SPACED = st.text(alphabet="ab .\n\t\u00a0\u2003\u3000-", max_size=24)


@settings(max_examples=400, deadline=None)
@given(_SPACED, st.integers(0, 24), st.integers(0, 24))
def test_a_sentence_is_trimmed_in_place_as_strip_trims_it(text: str, start: int, end: int) -> None:
    # context._add_span steps over the whitespace around a sentence instead of copying it to strip
    # (sentence_spans gives it a start and an end inside the text).
    start, end = min(start, len(text)), min(end, len(text))
    spans: list[Span] = []
    _add_span(text, start, end, spans)
    piece = text[start:end] if end > start else ""
    body = piece.strip()
    lead = start + len(piece) - len(piece.lstrip())
    assert spans == ([Span(lead, lead + len(body))] if body else [])


@settings(max_examples=400, deadline=None)
@given(_SPACED.map(lambda t: "x" + t + "y"), st.lists(st.integers(0, 26), min_size=1, max_size=4))
def test_a_facts_window_widens_to_the_spaces_around_it(text: str, cuts: list[int]) -> None:
    # extract._windows finds the spaces around a window by one match each, not a list of every space.
    sentence = Span(0, len(text))
    points = sorted({min(c, len(text)) for c in cuts})
    raw = [_Raw(p, p, "count", None, sentence, None, False) for p in points]
    spaces = [i for i, c in enumerate(text) if c.isspace()]
    expected = []
    for i, p in enumerate(points):
        lo = (points[i - 1] + p) // 2 if i else 0
        hi = (p + points[i + 1]) // 2 if i + 1 < len(points) else len(text)
        if lo > 0:
            before = [s for s in spaces if s < lo]
            lo = before[-1] + 1 if before else 0
        if hi < len(text):
            after = [s for s in spaces if s >= hi]
            hi = after[0] if after else len(text)
        expected.append(Span(lo, hi))
    assert _windows(text, raw) == expected


@settings(max_examples=400, deadline=None)
@given(
    _SPACED.map(lambda t: "x" + t + "y"),
    st.lists(st.tuples(st.booleans(), st.booleans(), st.integers(0, 26)), max_size=10),
)
def test_the_spaces_around_windows_read_on_are_those_read_from_the_sentence_s_start(
    text: str, asks: list[tuple[bool, bool, int]]
) -> None:
    # extract._Spaces reads a sentence on from the last window's position (in order, as _windows
    # asks) instead of from the sentence's start for each; asked out of order or in another
    # sentence, it still answers as the match from the sentence's start does.
    spaces = _Spaces(text)
    for inner, last, at in asks:
        sentence = Span(1, len(text) - 1) if inner else Span(0, len(text))
        at = max(sentence.start, min(at, sentence.end))
        if last and at > sentence.start:
            up_to = _UP_TO_LAST_SPACE.match(text, sentence.start, at)
            assert spaces.after_last(sentence, at) == (up_to.end() if up_to else sentence.start)
        elif not last and at < sentence.end:
            space = _SPACE.search(text, at, sentence.end)
            assert spaces.next(sentence, at) == (space.start() if space else sentence.end)


def test_a_long_sentence_s_windows_read_its_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each fact's window widens to the last space before it: matched from the sentence's start for
    # each fact, a long sentence of figures was read once per figure (quadratic).
    read: list[int] = []

    class Counting:
        def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
            read.append(endpos - pos)
            return _UP_TO_LAST_SPACE.match(text, pos, endpos)

    monkeypatch.setattr(extract, "_UP_TO_LAST_SPACE", Counting())
    text = "Officials said " + ", ".join(f"{k} people died in Town{k}" for k in range(2, 80)) + ".\n"
    facts = extract.extract_text(text)
    assert len(facts) >= 70 and len(read) >= 70
    assert sum(read) <= len(text), sum(read)


class _Touched(list):  # type: ignore[type-arg]
    """A list that counts the items read from it (a slice reads each item it copies)."""

    touched = 0

    def __getitem__(self, k: object) -> object:
        if isinstance(k, slice):
            start, stop, _ = k.indices(len(self))
            _Touched.touched += max(0, stop - start)
        else:
            _Touched.touched += 1
        return super().__getitem__(k)  # type: ignore[index]


def test_a_fact_s_names_are_read_from_its_window_not_from_there_to_the_sentence_s_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # CueIndex.describe reads the names inside a fact's window: slicing the sentence's names from
    # the window's first copied every later name of the sentence, once per fact (quadratic).
    real = context._names
    monkeypatch.setattr(context, "_names", lambda *args: _Touched(real(*args)))
    _Touched.touched = 0
    text = "Officials said " + ", ".join(f"{k} people died in Town{k}" for k in range(2, 80)) + ".\n"
    facts = extract.extract_text(text)
    assert len(facts) >= 70
    assert sum(1 for f in facts if f.about.places) >= 60, [f.about.places for f in facts]
    assert _Touched.touched <= 12 * len(facts), _Touched.touched


# Event words, two-word events, irregular verbs, near misses ("recall", "Calls"), and the
# characters that lower to an ASCII letter from outside ASCII ("\u212a" is a Kelvin sign).
_TOKEN_PIECES = [
    "call", "calls", "Call", "recall", "video", "video-call", "talks", "meeting", "press", "conference",
    "went", "held", "made", "x", "X", "-", "'", "\u212a", "\u017f", "\u0130", "\u00e9", "1",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_TOKEN_PIECES), st.sampled_from(["", " ", "-", ", ", "\n"]))).map(
        lambda pairs: "".join(a + b for a, b in pairs)
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_event_words_and_verbs_after_a_non_letter_are_the_token_starts_the_full_scan_finds(
    text: str, lo: int, length: int
) -> None:
    # context._token_starts skips from one non-letter to the next; the matches it keeps are the
    # ones a scan of every position keeps (a token or a verb can only start after a non-letter).
    lo = min(lo, len(text))
    hi = min(lo + length, len(text))
    low = lowercase(text)
    cues = _event_cues(event_vocabulary(lexicon()))
    events = [
        (m.start(), m.end(), m.group())
        for m in cues.candidate.finditer(low, lo, hi + 2)
        if m.start() < hi and _token_starts_at(text, m.start())
    ]
    found = _token_starts(text, low, lo, hi, cues.candidate, cues.candidate_after, ascii_letters_kept(text))
    assert [t for t in found if _token_starts_at(text, t[0])] == events
    reader = _reader(None)
    verbs = [
        (m.start(), m.end(), m.group())
        for m in reader.irregular_verb.finditer(text, lo, hi + 2)
        if m.start() < hi and _lower_token_ends_with(text, m.start())
    ]
    found = _token_starts(text, text, lo, hi, reader.irregular_verb, reader.irregular_verb_after, True)
    assert [t for t in found if _lower_token_ends_with(text, t[0])] == verbs


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.frozensets(st.sampled_from(["a", "an", "few", "one", "ago", "_a", "a1"]), min_size=1))
def test_words_among_finds_what_a_word_boundary_scan_finds(text: str, wanted: frozenset[str]) -> None:
    # words.words_among skips from one non-word character to the next; a scan trying a word
    # boundary at every position finds the same words at the same starts.
    lowered = lowercase(text)
    longest_first = sorted(map(re.escape, wanted), key=lambda w: (-len(w), w))
    scan = re.compile(r"\b(?:" + "|".join(longest_first) + r")\b")
    assert words_among(lowered, wanted) == [(m.start(), m.group()) for m in scan.finditer(lowered)]


def _led_scans() -> list[tuple[str, re.Pattern[str], re.Pattern[str] | None]]:
    lex = lexicon()
    scan, ref, tenses = _scan(lex), reference_words(lex), tense_words(lex)
    return [
        ("date word starts", scan.start, scan.start_after),
        ("reference times", ref.pattern, ref.pattern_after),
        ("past markers", tenses.past, tenses.past_after),
        ("progressive markers", tenses.progressive, tenses.progressive_after),
    ]


_LED_SCANS = ["date word starts", "reference times", "past markers", "progressive markers"]
_LED_PIECES = [
    "mid", "early", "the", "a", "in", "on", "by", "last", "two", "days", "Monday", "March", "1990s", "12",
    "now", "up", "so far", "earlier", "initially", "recently", "soon", "said", "held", "killed", "ago",
    "is", "are", "meeting", "x", "X", "_", "\u00e9", "'", "-",
]  # fmt: skip


@pytest.mark.parametrize("name", _LED_SCANS)
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_LED_PIECES), st.sampled_from(["", " ", "-", ", ", "\n", "up "]))).map(
        lambda pairs: "".join(a + b for a, b in pairs)
    ),
    st.integers(0, 30),
    st.integers(0, 40),
)
def test_a_scan_from_the_character_before_a_word_finds_what_the_boundary_scan_finds(
    name: str, text: str, pos: int, length: int
) -> None:
    # words.starts_after: the pattern after the character before a word (which it takes) finds
    # the matches the \b-led pattern finds, with the same spans and groups.
    (first, after) = next((f, a) for n, f, a in _led_scans() if n == name)
    assert after is not None  # every word of these scans begins and ends with a word character
    text = lowercase(text) if name != "date word starts" else text
    pos = min(pos, len(text))
    end = min(pos + length, len(text))
    expected = [(m.span(), m.groupdict()) for m in first.finditer(text, pos, end)]
    found = [((s, e), m.groupdict()) for s, e, m in starts_after(first, after, text, pos, end)]
    assert found == expected
