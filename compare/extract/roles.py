"""Roles: what a figure measures, read from the words around it in its clause.

A count's noun as written ("bank workers", "Palestinians", "lives") is not
what outlets share; its role is ("deaths" when they were killed).  The role of
a figure comes, in order of precedence, from

1. a role adjective or participle right after it ("24 dead", "three bank
   workers killed", "one man died", "100,000 are stationed"; auxiliaries and
   a few adverbs may stand between: "were reportedly killed");
2. a noun that names the role itself ("fatalities", "bodies", "homes");
3. for a noun of people ("people", "soldiers", "Palestinians"), the predicate
   that governs it from the left ("killing 10 people", "displaced 5,000
   residents"), else the noun's own default ("soldiers" → troops);
4. for a figure with no noun, a subject phrase earlier in the clause ("the
   death toll rose to 2,100", "the number of injured reached 80") or the verb
   right before it ("killing 10 and injuring 80").

Measures take their role from the unit's dimension, except where the words say
otherwise ("8 km deep", "at a depth of 10 km" is a depth, not a distance).

Every look is bounded (a few words, a clause), so the cost per figure is
constant whatever the text's length.  The vocabulary is ``roles.toml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from compare.lang import Lexicon
from compare.words import alternation, morphology

__all__ = [
    "count_role",
    "counts_things",
    "roles_from_the_story",
    "head_role_before",
    "measure_role",
    "predicate_after",
    "predicate_after_place",
    "predicate_after_span",
    "predicate_before",
]

# How far (characters) a look may reach: a clause, never the whole text.
_REACH = 90
# A colon does not end one: "Death toll: 2,100".
# Nor does a decimal point: "a 6.5-magnitude earthquake".
_CLAUSE_END = re.compile(r"[;!?\n()\[\]\"“”]|\.(?!\d)")
# Nor do the quotes around a few words inside it: "were “brutally” killed", "killed
# “horrifically” 14 students" (the quotes read as spaces; offsets are kept).
_SHORT_QUOTED = re.compile(r"[\"“]([\w'’ -]{1,30})[\"”]")
_QUOTES = frozenset('"“”')
# A short aside in brackets between a figure and its verb: "23 pirates (12 Somali and 11 Yemeni) were";
# or between dashes: "121 people - 113 women, seven children and a man - were killed" (an aside that holds
# a predicate is a clause of its own: "shot three co-workers — killing two — at the plant").
_BRACKETED = re.compile(
    r"[ \t\u00a0]*(?:\([^()\n]{1,60}\)|(?: -|[\u2013\u2014])[^\n\u2013\u2014]{1,60}?(?:- |[\u2013\u2014]))"
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
# The words that may stand between a figure and its predicate ("were
# reportedly killed", "killed at least 10") and the verbs that say what a named
# quantity came to ("rose to") are roles.toml [clause]: ``lex.clause_words``.
_PREDICATE_WINDOW = 5  # words to the left a governing verb may stand
_HEAD_WINDOW = 14  # words to the left a subject phrase may stand ("the death toll from ... rose to")


def _unquoted(piece: str) -> str:
    """``piece`` with the quotes around each short quoted phrase read as spaces."""
    if _QUOTES.isdisjoint(piece):
        return piece
    return _SHORT_QUOTED.sub(lambda m: " " + m.group(1) + " ", piece)


def _clause_after(lowered: str, end: int) -> str:
    piece = _unquoted(lowered[end : end + _REACH])
    stop = _CLAUSE_END.search(piece)
    return piece[: stop.start()] if stop else piece


# Remembered for the last few figures: the looks of one figure's role (the
# verb before it, a subject phrase, "included", a toll's verb) each read the
# same clause before it, nearly half of all reads a repeat.  The document's
# text hashes once (a str keeps its hash), so a key costs a tuple.
@functools.lru_cache(maxsize=16)
def _clause_before(lowered: str, start: int, reach: int = _REACH) -> str:
    piece = _unquoted(lowered[max(0, start - reach) : start])
    # The last clause boundary in the piece (bounded, so rfind-like scan is cheap).
    cut = -1
    for m in _CLAUSE_END.finditer(piece):
        cut = m.end()
    return piece[cut:] if cut >= 0 else piece


def _match_phrase(
    words: list[str], i: int, table: Mapping[str, str], lex: Lexicon
) -> tuple[str, int] | None:
    """The longest phrase of ``table`` (one of ``lex``'s) starting at ``words[i]``: (role, words used)."""
    if words[i] not in lex.phrase_starts:
        return None  # most words start no phrase: one set lookup instead of four joins
    longest = lex.longest_phrase
    for n in range(min(longest, len(words) - i), 0, -1):
        phrase = " ".join(words[i : i + n])
        role = table.get(phrase)
        if role is not None:
            return role, n
    return None


def predicate_after(lowered: str, end: int, lex: Lexicon) -> str | None:
    """The role of a predicate right after ``end`` ("killed", "were injured", "are stationed")."""
    found = predicate_after_span(lowered, end, lex)
    return found[0] if found else None


def predicate_after_place(lowered: str, end: int, lex: Lexicon) -> str | None:
    """The role of a predicate after a short place right after ``end`` ("six people in Kabul were
    killed", "5 people on Japan Coast Guard plane killed"); None when no place opens there (one
    anchored match: most figures are followed by none)."""
    reader = _clause_reader(lex)
    if reader.place_lead.match(lowered, end) is None:
        return None
    found = _after_place(lowered, end, _clause_after(lowered, end), lex, reader)
    return found[0] if found else None


def predicate_after_span(lowered: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """(role, where the predicate ends) for a predicate right after ``end``."""
    bracketed = _BRACKETED.match(lowered, end)
    if bracketed is not None and all(w not in lex.predicate_role for w in _WORD.findall(bracketed.group())):
        end = bracketed.end()  # "Three people (two women and a child) were killed"
    clause = _clause_after(lowered, end)
    reader = _clause_reader(lex)
    if clause.lstrip().startswith(","):
        # "18 people, including 14 foreigners, were killed": skip the aside.
        first = clause.index(",")
        second = clause.find(",", first + 1)
        closed = _long_aside_end(lowered, end + first + 1, reader)
        if closed is not None:
            # "five people, including the head of Farah's telecommunication department,
            # Jamaluddin Padshahkhil, and one foreigner, were killed": an aside of several commas.
            end = closed
            clause = _clause_after(lowered, end)
        elif second >= 0:
            end += second + 1
            clause = clause[second + 1 :]
        elif lowered[end - 1 : end].isalpha() and (
            reader.auxiliary_first.match(clause, first + 1) or reader.aside.match(clause, first + 1)
        ):
            # "..., and one foreigner, were killed": the comma closes an
            # aside the figure ended, and the finite verb follows;
            # "153 people, including 41 foreigners had been rescued".  Only
            # after a noun: "LaSalle, 36, was charged" is an age.
            end += first + 1
            clause = clause[first + 1 :]
        else:
            listed = _list_end(lowered, end + first + 1, lex, reader)
            if listed is None:
                return None  # "gunned down one guard, wounded another": a new clause, not an aside
            end, clause = listed, _clause_after(lowered, listed)
    of_phrase = reader.of_phrase.match(clause)
    if of_phrase is not None:
        # "21 members of its Navy were wounded": the noun's "of" phrase, then its verb.
        end += of_phrase.end()
        clause = clause[of_phrase.end() :]
    aside = reader.aside.match(clause)
    if aside is not None:
        # "At least 18 people including 14 foreigners were killed"
        end += aside.end()
        clause = clause[aside.end() :]
    return _predicate_first(lowered, end, clause, lex, reader)


_PLACE_WORDS = 6  # words of a place between a figure and its verb ("on the Hajj pilgrimage to Mecca")
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en)$")


def _after_place(
    lowered: str, end: int, clause: str, lex: Lexicon, reader: _ClauseReader
) -> tuple[str, int] | None:
    """(role, where it ends) for a predicate after a short place right after the figure ("5 people on
    Japan Coast Guard plane killed", "six people in Kabul were wounded")."""
    for verb in _verbs_after_place(clause, lex, reader):
        found = _predicate_first(lowered, end + verb, clause[verb:], lex, reader)
        if found is not None:
            return found
    return None


def _verbs_after_place(clause: str, lex: Lexicon, reader: _ClauseReader) -> Iterator[int]:
    """Where a verb after a short place opening ``clause`` may begin (at the space before it): the
    place is a preposition of ``[clause] place_prepositions`` or ``place_adverbs`` and a few words with
    no comma and none of ``place_phrase_ends`` (a relative word or a conjunction opens another clause:
    "two soldiers in the convoy that killed five" did not die; "40 people in Bloomington after a woman
    was killed" were not); a verb begins at a word of ``bridge_after`` ("were") or at a participle that
    opens a predicate ("killed"; not a noun of the place: "at a religious gathering", "in a rampage")."""
    place = reader.place_lead.match(clause)
    if place is None:
        return
    ends, bridge = lex.clause_words["place_phrase_ends"], lex.clause_words["bridge_after"]
    for k, m in enumerate(_WORD.finditer(clause, place.end())):
        w = m.group()
        if k > _PLACE_WORDS or "," in clause[place.end() : m.start()] or w in ends:
            return
        if k > 0 and (w in bridge or w in lex.phrase_starts and _PARTICIPLE.search(w)):
            yield m.start() - 1


_LAST_WORD = re.compile(r"([a-z'’-]+)[^a-z'’-]*$")


def _singular_verb(word: str, predicates: Mapping[str, str]) -> bool:
    """Whether ``word`` is the third person singular of a predicate ("demonstrates", "dies",
    "rallies", "marches"): the form of another predicate's word, with its ending."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    role = predicates.get(word)
    es = word[:-2] if word.endswith("es") else ""
    ies = word[:-3] + "y" if word.endswith("ies") else ""
    bases = (word[:-1], es, ies)
    return any(b and predicates.get(b) == role for b in bases)


def _plural_before(lowered: str, end: int) -> bool:
    """Whether the word right before ``end`` is a plural noun in "s" ("workers", not "boss")."""
    m = _LAST_WORD.search(lowered, max(0, end - 40), end)
    return m is not None and m.group(1).endswith("s") and not m.group(1).endswith(("ss", "us", "is"))


def _predicate_first(
    lowered: str, end: int, clause: str, lex: Lexicon, reader: _ClauseReader
) -> tuple[str, int] | None:
    """(role, where it ends) for a predicate opening ``clause`` (the text after ``end``), after at most
    a few words of ``[clause] bridge_after`` and adverbs ("were reportedly killed")."""
    matches = list(_WORD.finditer(clause))[:8]
    words = [m.group() for m in matches]
    predicates = lex.predicate_role
    bridge = lex.clause_words["bridge_after"]
    for i, w in enumerate(words[:6]):
        found = _match_phrase(words, i, predicates, lex)
        if found is not None:
            if _singular_verb(w, predicates) and _plural_before(lowered, end):
                # "The courage shown by the 41 workers demonstrates that ...": a verb that agrees
                # with no plural is another subject's, which the figure only stands before.
                return None
            stop = end + matches[i + found[1] - 1].end()
            if i == 0 and reader.active_object.match(lowered, stop) and words[i] not in lex.intransitive:
                # "two men killed a guard": they did it, it was not done to them
                # (but "two people died the next day" did nothing to the day)
                return None
            return found[0], stop
        if w not in bridge and not _adverb(w):
            return None  # (an adverb may stand between: "briefly rampaged", "critically injured")
    return None


_ASIDE_REACH = 200  # characters an aside led by "including" may run before its figure's verb
_LIST_LAST = 4  # words the last noun phrase of a list may have ("and the shooter", "and two of its teachers")


def _list_end(lowered: str, at: int, reader_lex: Lexicon, reader: _ClauseReader) -> int | None:
    """Where the last noun phrase ends of a list opening at ``at`` (after the figure's comma) when a
    predicate follows it: "Fourteen children, a teacher and the shooter are dead" (the list's
    predicate is the figure's).  The list's phrases are short and hold no predicate and no auxiliary
    ("killed one guard, wounded another and fled" is a new clause); None otherwise."""
    head = reader.list_head.match(lowered, at)
    if head is None:
        return None
    lex = reader_lex
    listed = _WORD.findall(head.group())
    if any(w in lex.predicate_role or w in lex.clause_words["bridge_after"] for w in listed):
        return None
    clause = _clause_after(lowered, head.end())
    last = list(_WORD.finditer(clause))[: _LIST_LAST + 1]
    for k, word in enumerate(last[:_LIST_LAST]):
        if word.group() in lex.predicate_role or word.group() in lex.clause_words["bridge_after"]:
            return None  # the phrase after "and" must hold one word at least, and no verb
        stop = head.end() + word.end()
        if k + 1 < len(last) and _predicate_first(lowered, stop, clause[word.end() :], lex, reader):
            return stop
    return None


def _long_aside_end(lowered: str, at: int, reader: _ClauseReader) -> int | None:
    """Where an aside opening at ``at`` with "including" ends, when it holds commas of its own and a
    comma then a finite auxiliary close it within the sentence; None otherwise."""
    if reader.aside_word.match(lowered, at) is None:
        return None
    piece = lowered[at : at + _ASIDE_REACH]
    stop = _CLAUSE_END.search(piece)
    if stop is not None:
        piece = piece[: stop.start()]
    if piece.count(",") < 2:
        return None  # one comma closes it: the reading of a short aside
    close = reader.aside_close.search(piece)
    return None if close is None else at + close.start() + 1


def _either(phrases: Iterable[str]) -> str:
    """A regex group matching any of ``phrases`` (longest first; spaces match any whitespace)."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return "(?:" + alternation(ordered) + ")"


@dataclass(frozen=True)
class _ClauseReader:
    """The clause patterns of one language (``roles.toml`` [clause], [measure_roles], [shapes])."""

    # A passive or perfect auxiliary opening what follows a comma: a finite verb.
    auxiliary_first: re.Pattern[str]
    # "including 14 foreigners" between a figure and its verb (at most five words).
    aside: re.Pattern[str]
    # ", including": an aside word opening a comma's aside; ", were": a comma and a finite auxiliary.
    aside_word: re.Pattern[str]
    aside_close: re.Pattern[str]
    # "of its Navy", "of the crew": a noun's "of" phrase (at most three words) before its verb.
    of_phrase: re.Pattern[str]
    # A determiner or pronoun right after a verb that follows the figure directly:
    # the verb is active and the figure its subject ("killed his wife").
    active_object: re.Pattern[str]
    # "8 km deep", "at a depth of 10 km", "300 m high", "an altitude of 3 km".
    depth_before: re.Pattern[str]
    depth_after: re.Pattern[str]
    height_before: re.Pattern[str]
    height_after: re.Pattern[str]
    demonym: re.Pattern[str]
    person_like: re.Pattern[str]
    lemma: Callable[[str], str]
    # "a teacher and ", "a teacher, a nurse and ": the phrases of a list up to its last joiner.
    list_head: re.Pattern[str]
    # "23 out of ", "11 of the ": a figure and the words that make the count after them its whole.
    part_before: re.Pattern[str]
    # "on board", "aboard": a place adverb between a count of people and its verb.
    place_after: re.Pattern[str]
    # "on", "in", "aboard": what opens a place between a figure and its verb.
    place_lead: re.Pattern[str]


@functools.lru_cache(maxsize=8)  # one per language in use
def _clause_reader(lex: Lexicon) -> _ClauseReader:
    c, m = lex.clause_words, lex.measure_roles
    of = rf"(?:\s+{_either(c['of'])})?"
    return _ClauseReader(
        auxiliary_first=re.compile(rf"\s*{_either(c['auxiliaries'])}\b"),
        # (a dash may open and close the aside: "26 people—including 20 children—were killed")
        aside=re.compile(
            rf"\s*[\u2013\u2014]?\s*{_either(c['asides'])}\s+(?:[\w'’-]+(?:\s+|\s*[\u2013\u2014]\s*)){{1,5}}?"
            rf"(?={_either(c['aside_verbs'])}\b)"
        ),
        aside_word=re.compile(rf"\s*{_either(c['asides'])}\b"),
        aside_close=re.compile(rf",\s*(?={_either(c['auxiliaries'])}\b)"),
        active_object=re.compile(rf"\s+{_either(c['objects'])}\s"),
        of_phrase=re.compile(rf"\s+{_either(c['of'])}(?:\s+[\w'’-]+){{1,3}}?(?=\s+{_either(c['aside_verbs'])}\b)"),
        depth_before=re.compile(rf"\b{_either(m['depth_before'])}{of}[\s\u00a0]*$"),
        depth_after=re.compile(rf"^[\s\u00a0-]*{_either(m['depth_after'])}\b"),
        height_before=re.compile(rf"\b{_either(m['height_before'])}{of}[\s\u00a0]*$"),
        height_after=re.compile(rf"^[\s\u00a0-]*{_either(m['height_after'])}\b"),
        demonym=lex.shapes["demonym"],
        person_like=lex.shapes["person"],
        lemma=morphology(lex).lemma,
        part_before=re.compile(
            rf"(?:\d|\b(?:{_either((*lex.number_words['units'], *lex.number_words['tens']))}))\s+"
            rf"{_either(lex.grammar['quantities']['of'])}\s+(?:{_either(lex.grammar['quantities']['of_determiners'])}\s+)?$"
        ),
        place_after=re.compile(rf"\s+{_either(c['place_adverbs'])}\b"),
        place_lead=re.compile(rf"\s*{_either((*c['place_prepositions'], *c['place_adverbs']))}\b"),
        list_head=re.compile(
            rf"(?:\s*(?:[\w'’-]+\s+){{0,3}}[\w'’-]+\s*,)*\s*(?:[\w'’-]+\s+){{0,3}}[\w'’-]+\s+"
            rf"{_either(c['list_joiners'])}\s+"
        ),
    )


def _words_before(lowered: str, start: int, limit: int, reach: int = _REACH) -> list[str]:
    return _WORD.findall(_clause_before(lowered, start, reach))[-limit:]


def predicate_before(lowered: str, start: int, lex: Lexicon) -> str | None:
    """The role of the verb that governs a figure from its left ("killing 10", "displaced 5,000")."""
    piece = _clause_before(lowered, start, _REACH)
    if "," in piece:
        piece = piece[piece.rindex(",") + 1 :]  # "the attack, which killed 10, ..." ends here
    words = _WORD.findall(piece)[-_PREDICATE_WINDOW:]
    predicates = lex.predicate_role
    bridge = lex.clause_words["bridge_before"]
    # Nearest first: the verb closest to the figure governs it, and only
    # bridge words ("at least", "an estimated") and adverbs ("killed “horrifically” 14") may stand between.
    for i in range(len(words) - 1, -1, -1):
        found = _match_phrase(words, i, predicates, lex)
        if found is not None and all(w in bridge or _adverb(w) for w in words[i + found[1] :]):
            return found[0]
        if words[i] not in bridge and not _adverb(words[i]) and not _inside_phrase(words, i, predicates, lex):
            return None
    return None


def _adverb(word: str) -> bool:
    """An adverb that may stand between a verb and its figure ("critically injured", "killed brutally")."""
    return word.endswith("ly") and len(word) > 5


def _inside_phrase(words: list[str], i: int, table: Mapping[str, str], lex: Lexicon) -> bool:
    """Whether a phrase of ``table`` starting before ``words[i]`` runs through it ("claimed the lives of")."""
    for j in range(i - 1, max(-1, i - lex.longest_phrase), -1):
        found = _match_phrase(words, j, table, lex)
        if found is not None and found[1] > i - j:
            return True
    return False


_NEAR_HEAD = 4  # words: a subject phrase this close needs no verb between ("toll: 2,100")
# How far a subject phrase may stand before a verb that moves it ("soared past", "rose to").
_FAR_HEAD_WINDOW = 24
_FAR_REACH = 180


_HEADLINE_HEAD = 10  # words: how far a subject phrase may stand in a headline without its verb


def head_role_before(lowered: str, start: int, lex: Lexicon, closes_line: bool = False) -> str | None:
    """The role named by a subject phrase earlier in the clause ("the death toll rose to").

    ``closes_line``: the figure ends its line, as in a headline whose verb is left
    out ("Death Toll in Kabul Hotel Attack at Least 18"), where the subject
    phrase and a prepositional phrase after it may stand further away.
    """
    words = _words_before(lowered, start, _HEAD_WINDOW)
    heads = lex.head_role
    predicates = lex.predicate_role
    toll_verbs, bridge = lex.clause_words["toll_verbs"], lex.clause_words["bridge_before"]
    links = lex.clause_words["toll_links"]
    # "the toll crossed the 1,100 mark": a bridge word (a determiner) after the verb
    after_verb = len(words) >= 2 and words[-1] in bridge and words[-1] not in toll_verbs
    after_verb = after_verb and words[-2] in toll_verbs
    if after_verb:
        words = words[:-1]
    moved = bool(words) and words[-1] in toll_verbs and words[-1] not in links
    if moved or len(words) >= 2 and words[-1] in links and words[-2] in toll_verbs and words[-2] not in links:
        # "The death toll from a garment factory building that collapsed more than two
        # weeks ago near the capital soared past 1,000": a verb that moves a toll
        # may stand far from its subject; still one clause, still bounded.
        words = _words_before(lowered, start, _FAR_HEAD_WINDOW, _FAR_REACH)[: -1 if after_verb else None]
    n = len(words)
    for i in range(n - 1, -1, -1):
        found = _match_phrase(words, i, heads, lex)
        if found is not None:
            if n - i <= _NEAR_HEAD or (n >= 2 and words[-1] in toll_verbs and words[-2] in toll_verbs):
                return found[0]
            if n >= 1 and words[-1] in toll_verbs and words[-1] not in lex.clause_words["toll_links"]:
                return found[0]  # "the death toll from ... reached 18"
            after = i + found[1]
            if (
                closes_line
                and n - i <= _HEADLINE_HEAD
                and after < n
                and words[after] in lex.clause_words["head_prepositions"]
            ):
                return found[0]  # "Death Toll in Kabul Hotel Attack at Least 18"
            return None
        verb = _match_phrase(words, i, predicates, lex)
        if verb is not None and not _inside_phrase(words, i, heads, lex):
            # (a verb inside a subject phrase is the phrase's: "the number of people killed in
            # Florida rose to at least 100")
            if all(w in bridge for w in words[i + verb[1] :]):
                return verb[0]  # "killing 10", "injuring at least 80"
            return None  # a verb governing something else stands between
    return None


_PART_REACH = 40  # characters before a whole searched for "23 out of the"


def _whole_of_a_part(lowered: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the count at ``[start, end)`` is the whole a figure before it is a part of and the finite
    verb after it the part's ("23 out of 75 climbers were found dead": 75 climbers were not; but "11 of
    the 14 foreigners killed" were all killed)."""
    reader = _clause_reader(lex)
    if reader.part_before.search(lowered, max(0, start - _PART_REACH), start) is None:
        return False
    place = reader.place_after.match(lowered, end)  # "75 climbers on board were found dead"
    # "six people on the coast guard plane have died": the verb after a place is not the whole's
    # (as "the 14 foreigners killed" is)
    return (
        reader.auxiliary_first.match(lowered, place.end() if place else end) is not None
        or next(iter(_verbs_after_place(_clause_after(lowered, end), lex, reader)), None) is not None
    )


def count_role(
    noun: str | None, written: str, lowered: str, start: int, end: int, lex: Lexicon
) -> str | None:
    """The role of a count at ``[start, end)`` whose counted noun lemma is ``noun``.

    ``written`` is the fact's text as written (for "Palestinians": a
    capitalised plural of people).
    """
    if noun is None:
        return predicate_after(lowered, end, lex) or head_role_before(lowered, start, lex)
    words = written.lower().split()
    if len(words) >= 2:
        # "18,000 job cuts": a compound the vocabulary names as a whole
        compound = lex.noun_role.get(f"{words[-2]} {_clause_reader(lex).lemma(words[-1])}")
        if compound is not None:
            return compound
    own = lex.noun_role.get(noun)
    if own is not None:
        return own
    default = lex.people_role.get(noun)
    if default is None and _demonym(written, lex):
        default = "people"
    if default is None and not _clause_reader(lex).person_like.search(noun):
        # A noun the vocabulary does not list takes a predicate's role only
        # when it looks like a word for people ("climbers", "professors"):
        # "killed 3,000 sheep" is no human toll.
        return None
    # Looked for in order of precedence, each only when the one before found nothing.
    after = predicate_after(lowered, end, lex)
    if after is not None and _whole_of_a_part(lowered, start, end, lex):
        after = None
    governed = (
        after
        or predicate_before(lowered, start, lex)
        or of_head_before(lowered, start, lex)
        or _toll_head_before(lowered, start, lex)
        or _including_subject(lowered, start, lex)
    )
    if governed is None:
        # "6 people in Kabul were killed": a predicate after a place, when nothing else governs
        placed = predicate_after_place(lowered, end, lex)
        if placed is not None and not _whole_of_a_part(lowered, start, end, lex):
            governed = placed
    return governed or default


def _demonym(written: str, lex: Lexicon) -> bool:
    """Whether a count as written ends in a capitalised word of people ("Palestinians", "Afghans")."""
    words = written.split()
    return bool(words) and _clause_reader(lex).demonym.match(words[-1]) is not None


def counts_things(noun: str | None, written: str, lex: Lexicon) -> bool:
    """Whether a count names what it counts and that is no people and no role: a noun the vocabulary
    gives no role that does not look like a word for people ("20 reported cases", "30 cattle"), the
    nouns ``count_role`` gives no predicate's role ("killed 3,000 sheep" is no human toll)."""
    if noun is None or noun in lex.noun_role or noun in lex.people_role:
        return False
    return not _demonym(written, lex) and _clause_reader(lex).person_like.search(noun) is None


_INCLUDING_SUBJECT = 4  # words of the subject before "included" ("the deceased foreign nationals")


def _including_subject(lowered: str, start: int, lex: Lexicon) -> str | None:
    """ "The dead included nine Ukrainians", "Among the dead were three children": the role the subject
    names, for the people counted after "included" (or after "among ... were")."""
    words = _words_before(lowered, start, _INCLUDING_SUBJECT + 2)
    c = lex.clause_words
    if len(words) < 2:
        return None
    if words[-1] in c["inclusions"]:
        subject = words[-1 - _INCLUDING_SUBJECT : -1]
    elif words[-1] in c["copulas"] and any(w in c["among"] for w in words[:-2]):
        at = max(i for i, w in enumerate(words[:-1]) if w in c["among"])
        subject = words[at + 1 : -1]
    else:
        return None
    lemma = _clause_reader(lex).lemma
    # The word nearest the verb that names a role: a head ("dead", "injured"), a predicate's form
    # ("those killed", "the apprehended", "the deceased foreign nationals") or a noun of a role
    # ("fatalities"); else a noun of people whose own role is not just people ("victims").
    for word in reversed(subject):
        role = lex.head_role.get(word) or lex.predicate_role.get(word) or lex.noun_role.get(lemma(word))
        if role is not None:
            return role
    for word in reversed(subject):
        role = lex.people_role.get(lemma(word))
        if role is not None and role != "people":
            return role
    return None


def _toll_head_before(lowered: str, start: int, lex: Lexicon) -> str | None:
    """ "the death toll had risen to 381 people": a subject phrase with the verb that moved it."""
    words = _words_before(lowered, start, 3)
    c = lex.clause_words
    if not words or words[-1] not in c["toll_verbs"]:
        return None
    found = head_role_before(lowered, start, lex)
    if found is None and words[-1] in c["toll_links"]:
        # "The death toll from Tuesday's Uvalde school shooting in Texas is 19 children": people
        # counted after a linking verb whose subject, however far in the clause, is a toll.
        # (one stretch without a comma: "The toll was high, and the school is 19 children short")
        piece = _clause_before(lowered, start, _FAR_REACH)
        far = _WORD.findall(piece[piece.rfind(",") + 1 :])[-_FAR_HEAD_WINDOW:]
        for i in range(len(far) - 2, -1, -1):
            head = _match_phrase(far, i, lex.head_role, lex)
            if head is not None and any(w in c["tolls"] for w in far[i : i + head[1]]):
                return head[0]
    return found if found in lex.head_role.values() else None


def of_head_before(lowered: str, start: int, lex: Lexicon) -> str | None:
    """The role named by "the deaths of", "the killings of", "the arrest of" right before the figure."""
    words = _words_before(lowered, start, 4)
    skipped, of = lex.clause_words["of_skipped"], lex.clause_words["of"]
    while words and words[-1] in skipped:
        words.pop()
    if len(words) < 2 or words[-1] not in of:
        return None
    heads = lex.head_role
    for n in (3, 2):
        if len(words) >= n:
            role = heads.get(" ".join(words[-n:]))
            if role is not None:
                return role
    if words[-2] in lex.clause_words["tolls"]:
        # "a death toll of 93 individuals", "a toll of 40 people"
        return heads.get(" ".join(words[-3:-1])) or heads.get(words[-2])
    return None


def measure_role(unit: str, lowered: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The role of a measure from its unit, unless the words say depth or height."""
    role = lex.unit_role.get(unit)
    if role == "distance":
        before = lowered[max(0, start - 40) : start]
        after = lowered[end : end + 24]
        reader = _clause_reader(lex)
        if reader.depth_after.match(after) or reader.depth_before.search(before):
            return "depth"
        if reader.height_after.match(after) or reader.height_before.search(before):
            return "height"
    return role


def roles_from_the_story(
    counts: Iterable[tuple[int, str | None, tuple[float | None, float | None]]],
    roles: dict[int, str | None],
    lex: Lexicon,
) -> None:
    """ "Police arrested 23 pirates ... The 23 pirates were taken to Mombasa": a count of people that
    its clause gives no role (None, or a noun's default "people") takes the role of the count of the
    same noun and the same value that the document gives one of ``lex.casualty_roles``, when the
    document gives that number of that noun one such role only.

    ``counts``: (start, noun lemma, (low, high)) of each count of the document; ``roles`` by start,
    updated in place.  Two passes over the counts, whatever the text's length.
    """
    counts = list(counts)
    given: dict[tuple[str, tuple[float | None, float | None]], str] = {}
    for start, noun, value in counts:
        role = roles.get(start)
        if noun is not None and role in lex.casualty_roles:
            key = (noun, value)
            given[key] = role if given.get(key, role) == role else ""  # "": two roles, none is taken
    if not given:
        return
    for start, noun, value in counts:
        if noun is not None and roles.get(start) in (None, "people"):
            role = given.get((noun, value))
            if role:
                roles[start] = role
