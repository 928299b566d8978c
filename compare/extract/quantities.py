"""Quantities: a number with what it measures or counts, and the qualifier around it.

For each number expression (``numbers.number_words(lex).pattern``) outside the spans
already taken by dates, look left for a currency and a qualifier ("more than
$", "about", "nearly", typos such as "more an") and right for a unit, a
currency word, "percent" or the counted noun.  A number with nothing to say
what it counts is no fact ("Article 4", "one of the main demands").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from compare import units
from compare.events import vocabulary as event_vocabulary
from compare.extract.forms import find_forms
from compare.extract.numbers import (
    DASH_CHARS,
    DASHES,
    INVISIBLE,
    VULGAR,
    Number,
    NumberWords,
    approximate_tolerance,
    number_words,
    parse_match,
    parse_numeral,
    parse_words,
)
from compare.extract.roles import (
    count_role,
    head_role_before,
    of_head_before,
    predicate_after,
    predicate_after_place,
    predicate_before,
)
from compare.extract.times_reference import reference_words
from compare.lang import Lexicon, lexicon
from compare.model import Kind, Qualifier, Quantity
from compare.words import (
    alternation,
    digit_runs,
    find_all,
    fold_case,
    is_word_char,
    lowercase,
    morphology,
    phrase_trie,
    trie_pattern,
)

# --- units -------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    canonical: str
    kind: Kind
    factor: float = 1.0  # to the canonical unit (seconds for durations)


_SP = "[\\s\u00a0\u202f\u2009]"

# Qualifiers, matched at the end of the text before the number (after any
# currency): their phrases are data (``numbers.toml`` [qualifiers] and
# [changes]), compiled once per lexicon by ``vocabulary``.
_PHRASE_TOKEN = re.compile(r"\([^)]*\)\??|\S+")


def _phrase_pattern(phrase: str) -> str:
    """The regex of one qualifier phrase: words apart by any white space, "(a|b)" and "(a|b)?" words."""
    tokens = _PHRASE_TOKEN.findall(phrase)
    out = []
    for i, token in enumerate(tokens):
        optional = token.startswith("(") and token.endswith(")?")
        body = token[1:-2] if optional else token[1:-1] if token.startswith("(") else token
        alternatives = alternation(body.split("|"))
        if len(body.split("|")) > 1:
            alternatives = f"(?:{alternatives})"
        gap = r"\s+" if i < len(tokens) - 1 else ""
        out.append(f"(?:{alternatives}{gap})?" if optional else alternatives + gap)
    return "".join(out)


def _last_words(phrase: str) -> set[str]:
    """The words a phrase can end with, as ``_qualifier_before`` reads them (no final "."): those of
    its last word, and of the word before while the words after it are optional ("crossed (the)?")."""
    out: set[str] = set()
    for token in reversed(_PHRASE_TOKEN.findall(phrase)):
        out |= {alt.split()[-1].rstrip(".") for alt in token.strip("()?").split("|")}
        if not token.endswith(")?"):
            break
    return out


def _qualifier_patterns(
    lex: Lexicon, groups_of: tuple[tuple[str, tuple[str, ...]], ...] | None = None
) -> tuple[tuple[re.Pattern[str], Qualifier], ...]:
    """Qualifier phrases and change verbs (or the phrases of ``groups_of``) as end-anchored patterns."""
    if groups_of is not None:
        groups = [("|".join(map(_phrase_pattern, phrases)), q) for q, phrases in groups_of]
    else:
        groups = [("|".join(map(_phrase_pattern, phrases)), q) for q, phrases in lex.qualifiers]
        # A change: the verb, white space and an optional "by" ("rose 3%", "fell by 12").
        groups += [(rf"(?:{'|'.join(map(re.escape, verbs))})\s+(?:by\s+)?", q) for q, verbs in lex.changes]
    return tuple(
        (re.compile(rf"(?<![\w-])(?:{pattern})" + _SP + "*$", re.IGNORECASE), q)  # type: ignore[misc]
        for pattern, q in groups
    )


# Between a figure and its unit: "11-plus years" (groups as ``_TRAILING_RE``'s: read as "or more").
_PLUS = re.compile(r"(?P<plus>\+|-plus\b(?=[\s-]))(?P<more>)", re.IGNORECASE)
_TRAILING_RE = re.compile(
    rf"{_SP}*(?:(?P<plus>\+|-plus\b)|{_SP}+or\s+(?P<more>more|so|fewer|less)\b|{_SP}+and\s+counting\b)",
    re.IGNORECASE,
)
# ("a 0.25-percentage-point cut": hyphened in a compound, as "a 75-basis-point move")
_PERCENT = re.compile(
    rf"{_SP}*(?:%|per{_SP}?cent\b|pct\b|pc\b)|(?:{_SP}+|-)percentage[\s-]points?\b", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
# Every phone number has a digit, one space, "." or "-", then three digits
# (``_phone_hint``); most articles have none, and the full pattern is slow to
# rule out at every position.
_PHONE = re.compile(
    r"(?<![\w])(?=[+(\d])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
)
# A web address pasted into an article: its digits are paths, ids and escapes
# ("%2872%29" is no 2872%), never a figure of the story.
_URL = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"'\u201c\u201d]+", re.IGNORECASE)


def _unit_word_pattern(modifiers: str, signs: str) -> re.Pattern[str]:
    """A unit word after a figure; ``modifiers`` (an alternation) make one unit with the word after them,
    after a space or, in a compound adjective, a hyphen ("a 75-basis-point rise").

    ``signs``: the degree signs before a capital ("°C", "ºC": measure words of a sign and a capital letter).
    """
    return re.compile(
        rf"(?: [{DASHES}] |[{DASHES}\s\u00a0\u202f])?(?P<unit>(?:{modifiers})(?P<joint>\s+|-)[a-z]+"
        r"|(?i:degrees\s+(?:celsius|fahrenheit))|(?:kilo|mega|tera)watt-hours?|miles?\s+per\s+(?:gallon|hour)"
        rf"|[{signs}][ \u00a0]?(?:[CF](?![A-Za-z])|(?i:celsius|fahrenheit))|km/h|km²|[μµ][A-Za-z]+|m\.p\.h"
        r"|(?i:barrels?\s+per\s+day|(?:metres|meters)\s+per\s+second|troy\s+ounces?)"
        r"|lb-ft|pound-f(?:ee|oo)t|m/s|b/d|[A-Za-z]+|[″′])"
    )


def _words_alternation(words: Mapping[str, object] | frozenset[str]) -> str:
    """Words as one alternation, longest first (so "mn" is tried before "m"), factored by prefix
    (``words.trie_pattern``: the same matches, a letter or two tried per position)."""
    return trie_pattern(words)


def _phrases(phrases: Iterable[str]) -> str:
    """Phrases (single-spaced, or a mapping's keys) as one alternation, longest first, any spaces apart
    (factored by prefix, ``words.trie_pattern``: the same matches); no phrases match nothing."""
    return trie_pattern({" ".join(p.split()) for p in phrases if p.split()}, r"\s+") or "(?!)"


def _prefix_pattern(symbols: Mapping[str, str]) -> re.Pattern[str]:
    """A currency symbol or code (``[currency.symbols]``, as written) ending a text, then an optional space.

    A space inside a symbol ("US $") matches one optional space; a symbol
    starting with a letter ("USD", "Rs", "R") does not start inside a word.
    """
    # The look-behind is tested once for all the symbols that start with a
    # letter, not once per symbol: a look-behind in every alternative made
    # this search cost ~6 µs per number.  The match is the same: every
    # alternative must reach the end of the text, so at one start only one
    # span can match, whichever alternative finds it.
    letters: list[str] = []
    others: list[str] = []
    for symbol in sorted(symbols, key=lambda s: (-len(s), s)):
        body = r"\s?".join(map(re.escape, symbol.split(" ")))
        (letters if symbol[0].isalpha() else others).append(body)
    alternatives = [f"(?<![A-Za-z])(?:{'|'.join(letters)})"] if letters else []
    return re.compile("(?:" + "|".join(alternatives + others) + ")" + _SP + "?$")


def _suffix_symbols(symbols: Mapping[str, str]) -> list[str]:
    """The one-character symbols that are no letter: also written after the number ("1,200€", "100元")."""
    return [s for s in symbols if len(s) == 1 and not ("a" <= s.lower() <= "z")]


def _currency_forms(words: Mapping[str, str]) -> dict[str, str]:
    """Every currency word as written after a number, plurals too: "dollars", "dlrs", "pesos" -> code."""
    out: dict[str, str] = {}
    for word, code in words.items():
        # A code ("gbp", "usd") takes no plural: "Gbps" is no pound sterling.
        forms = (word,) if len(word) <= 3 else (word, word + "s", word + "es")
        for form in forms:
            out.setdefault(form, code)
    return out


def _currency_word_pattern(words: Mapping[str, str]) -> re.Pattern[str]:
    """A currency word after a number: after white space or a hyphen ("5 million dollars",
    "a 9.9-billion-dollar pledge", "a two million - euro heist")."""
    # Factored by prefix (``trie_pattern``): the same longest-first matches as
    # the flat alternation of some 300 forms, which the engine tried one by one
    # after every figure (3 % of extraction).
    body = phrase_trie(_currency_forms(words))
    return re.compile(rf"(?:{_SP}*[-\u2010\u2011]{_SP}*|{_SP}+)(?P<w>{body})\b", re.IGNORECASE)


def _words_or_endings(entries: Iterable[str], stem: str) -> str:
    """An alternation of words, where an entry "-ed" is any ``stem`` ending so."""
    return (
        "|".join(
            rf"{stem}(?:{re.escape(e[1:])})" if e.startswith("-") else r"\s+".join(map(re.escape, e.split()))
            for e in entries
        )
        or "(?!)"
    )


def _window(words: Iterable[str], spaces: int) -> int:
    """How far before a figure to look for one of ``words``: the longest, and ``spaces`` more characters."""
    return max(map(len, words), default=0) + spaces


@dataclass(frozen=True, eq=False)
class Grammar:
    """The patterns of ``grammar.toml [quantities]``: the closed-class words around a figure."""

    unit_word: re.Pattern[str]  # a unit word after a figure, "square miles" one unit
    price_move_before: re.Pattern[str]  # "down 68 p": a share price's move or level before pence
    price_window: int
    particle_down: re.Pattern[str]  # "gunned down": "down" a verb's particle, not a fall
    particle_up_to: re.Pattern[str]  # "going up to 33": the verb's particle and preposition, no bound
    year_determiner: re.Pattern[str]  # "the 1967 killings": a year naming an event
    year_window: int
    of_figure: re.Pattern[str]  # "of" and money within two words ("sales of about $14 million")
    of_pronoun: re.Pattern[str]  # "20,000 of us", "14 of the dead"
    speakers: frozenset[str]
    copula_noun: re.Pattern[str]  # "four were Afghans": a figure, a copula, the noun it counts
    predicate_closed: re.Pattern[str]  # what may follow "40 are bulk carriers": a comma, "and", the end
    reprise_lead: re.Pattern[str]  # "all four", "the 24": a figure that names a count again
    times_title: re.Pattern[str]  # "-time European champions": a count of the titles won
    estimate_of: re.Pattern[str]  # "estimates of ": a bare figure after it counts the count before's noun
    estimate_window: int
    # "including six from the security forces": the words before and after a part of a count.
    part_lead: re.Pattern[str]
    part_window: int
    part_from: re.Pattern[str]
    ones: frozenset[str]  # words read as one that may stand for a noun
    articles: frozenset[str]
    one_pronoun_after: frozenset[str]
    one_pronoun_determiner: re.Pattern[str]  # "the one", "no one"
    one_window: int
    one_antecedent: re.Pattern[str]  # "a previous one killed 300"
    # Durations of one unit written with an article: the whole phrase, its
    # lead-ins, an article before a unit word, and the half words.
    article_duration: re.Pattern[str]
    offset_only_units: frozenset[str]  # "a century": a span only as a date's distance ("over a century ago")
    duration_lead_in: re.Pattern[str]
    duration_window: int
    article_then_unit: re.Pattern[str]
    offset_words: frozenset[str]  # "ago", "later": the last word of a date counted from another
    half_words: tuple[str, ...]
    # "three-quarters of a mile": a fraction word (lex.fractions) and the numerator before it (grammar.toml
    # [forms] numerators, how far back), and the fraction words that are ordinals too ("a third day")
    fraction_words: tuple[str, ...]
    fraction_numerator: re.Pattern[str]
    numerator_reach: int
    ordinal_fractions: frozenset[str]
    half_word: re.Pattern[str]
    half_before: re.Pattern[str]  # "half a", "a half"
    half_window: tuple[int, int]  # how far before and after a half word "a half"/"half an" may reach
    and_a_half: re.Pattern[str]
    # Each "and a half" phrase from the space before it, and how far before its half word that starts.
    and_a_half_tails: tuple[tuple[re.Pattern[str], int], ...]
    and_a_half_joiners: tuple[str, ...]  # "two and a half miles" is the number scanner's
    article_before_unit: re.Pattern[str]
    # "four-, five- and six-cylinder": what stands between hanging hyphens and the next number.
    suspended_gap: re.Pattern[str]
    rough_after: re.Pattern[str]  # "-odd" or "-plus" after a figure, before its noun ("40-odd people")
    # "24, 20 and 7 seats": the items before the last of a list of figures, up to the last's start.
    listed_before: re.Pattern[str]
    # "3 dollars 50 cents", "thirteen dollars and forty-five cents", "5 ft 2 in", "5-foot-8", "5 feet
    # and 2 inches": what stands between a figure's first part and its smaller second part.
    second_part: re.Pattern[str]


# An item of a list of counts in digits: "24", "1,200" (thousands have no space after the comma).
_LIST_ITEM = r"\d{1,3}(?:,\d{3})*(?![\d,]\d)"
_LIST_ITEMS = re.compile(_LIST_ITEM)
_LIST_WINDOW = 60  # characters before the last item that the list's other items may take


def _clause_figures(g: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``Grammar`` that read a figure's clause words (grammar.toml [quantities]): "going
    up to 33", "40 are bulk carriers,", "All four", "Six-time European champions", "over a century ago"."""
    return {
        "offset_only_units": frozenset(g["offset_only_units"]),
        "particle_up_to": re.compile(
            rf"\b(?:{alternation(g['up_to_verbs'])}){_SP}+(?:{alternation(g['up_to'])}){_SP}*$", re.IGNORECASE
        ),
        "predicate_closed": re.compile(rf"{_SP}*(?:[,.;:)]|$|(?:{alternation(g['predicate_closers'])})\b)"),
        "reprise_lead": re.compile(rf"(?:^|[^a-z])(?:{alternation(g['reprise_leads'])}){_SP}+$"),
        "times_title": re.compile(
            rf"-(?:{alternation(g['times_words'])})(?:{_SP}+[A-Za-z][\w-]*){{0,3}}?"
            rf"{_SP}+(?P<noun>(?:{alternation(g['times_titles'])})s?)\b",
            re.IGNORECASE,
        ),
    }


def grammar(lex: Lexicon) -> Grammar:
    """The patterns of ``lex``'s ``grammar.toml [quantities]``."""
    g = lex.grammar["quantities"]
    articles, halves = alternation(g["articles"]), alternation(g["half"])
    units = alternation(g["duration_units"])
    longest_article = max(map(len, g["articles"]), default=0)
    longest_half = max(map(len, g["half"]), default=0)
    return Grammar(
        unit_word=_unit_word_pattern(
            alternation(g["unit_modifiers"]),
            re.escape(_degree_signs(lex)),
        ),
        price_move_before=re.compile(rf"\b(?:{alternation(g['price_move_before'])}){_SP}+$", re.IGNORECASE),
        price_window=_window(g["price_move_before"], 2),
        particle_down=re.compile(
            rf"(?:{_words_or_endings(g['particle_verbs'], '[a-z]*')})\s+(?:{alternation(g['down'])}){_SP}*$",
            re.IGNORECASE,
        ),
        **_clause_figures(g),
        year_determiner=re.compile(
            rf"(?:\b(?:{alternation(g['year_determiners'])})|['’]s)\s+$", re.IGNORECASE
        ),
        year_window=_window(g["year_determiners"], 3),
        of_figure=re.compile(
            rf"{_SP}+(?:{alternation(g['of'])}){_SP}+(?:[A-Za-z]+{_SP}+){{0,2}}[A-Z]{{0,3}}[^\w\s]{_SP}?\d"
        ),
        of_pronoun=re.compile(
            rf"{_SP}+(?P<of>{alternation(g['of'])}){_SP}+(?:{alternation(g['of_pronouns'])}"
            # "14 of the dead", "11 of the 14 foreigners", and with no determiner before a whole
            # written in figures: "Sixty-six of 85 injured were hospitalised"
            # "20 of Boeing's larger 777 planes", "all 51 of Indonesia's air carriers": a name's possessive
            rf"|(?:(?P<owner>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}})['’]s?\s+)"
            rf"|(?:{alternation(g['of_determiners'])})\s+|(?=\d[\d,]*\s+[a-z]))"
            rf"(?(owner)|(?P<inner>\d[\d,]*\s+)?)"
            # "13 of the new fatalities", "six of the other victims"
            rf"(?:(?:{alternation(lex.noun_words['skipped_adjectives'])})\s+)?"
            r"(?P<noun>[a-z]+(?:-[a-z]+)?))\b",
            re.IGNORECASE,
        ),
        speakers=frozenset(g["speakers"]),
        copula_noun=re.compile(rf"{_SP}+(?:{alternation(g['copulas'])}){_SP}+(?P<noun>[A-Za-z]+)\b"),
        estimate_of=re.compile(
            rf"\b(?:{alternation(g['estimates'])}){_SP}+(?:{alternation(g['of'])}){_SP}+$", re.IGNORECASE
        ),
        estimate_window=_window(g["estimates"], 5),
        part_lead=re.compile(rf"\b(?:{_phrases(lex.grammar['facts']['part_of'])}){_SP}+$", re.IGNORECASE),
        part_window=_window(lex.grammar["facts"]["part_of"], 3),
        part_from=re.compile(
            rf"{_SP}+(?:{alternation(g['part_from'])}){_SP}+(?:{alternation(g['of_determiners'])}){_SP}",
            re.IGNORECASE,
        ),
        ones=frozenset(g["ones"]),
        articles=frozenset(g["articles"]),
        one_pronoun_after=frozenset(g["one_pronoun_after"]),
        one_pronoun_determiner=re.compile(
            rf"\b(?:{alternation(g['one_pronoun_determiners'])})\s+$", re.IGNORECASE
        ),
        one_window=_window(g["one_pronoun_determiners"], 5),
        one_antecedent=re.compile(
            rf"\b(?:{alternation(g['antecedent_determiners'])})\s+"
            rf"(?:{_words_or_endings(g['antecedent_adjectives'], '[a-z]+')})\s+$",
            re.IGNORECASE,
        ),
        article_duration=re.compile(
            rf"\b(?P<half>(?:{halves})\s+)?(?P<art>{articles})\s+(?P<unit>{units})"
            rf"(?P<long>[\s-]?(?:{alternation(g['long'])}))?\b(?P<offset>(?=\s+(?:{alternation(g['duration_not_before'])})))?"
        ),
        duration_lead_in=re.compile(rf"\b(?:{alternation(g['duration_lead_ins'])})\s+$", re.IGNORECASE),
        duration_window=_window(g["duration_lead_ins"], 3),
        article_then_unit=re.compile(rf"(?:{articles})\s+(?=(?:{units}))"),
        offset_words=frozenset(g["duration_not_before"]),
        half_words=g["half"],
        fraction_words=tuple(w for w, _ in lex.fractions if w not in g["half"]),
        fraction_numerator=re.compile(
            rf"(?:^|(?<=[^a-z]))(?P<n>{alternation(lex.grammar['forms']['numerators'])})(?:[\s-]|{_SP}-{_SP})$"
        ),
        numerator_reach=_window(lex.grammar["forms"]["numerators"], 3),
        ordinal_fractions=frozenset(lex.grammar["forms"]["ordinals"]),
        half_word=re.compile(halves),
        half_before=re.compile(rf"(?:(?:{halves})\s+(?:{articles})|(?:{articles})\s+(?:{halves}))(?=[\s-])"),
        half_window=(longest_article + 1, longest_half + longest_article + 2),
        and_a_half=re.compile(rf"\s+(?:{alternation(g['and_a_half'])})\b"),
        and_a_half_tails=tuple(
            (re.compile(rf"\s+(?:{alternation([p])})\b"), len(p) - len(p.split()[-1]) + 1)
            for p in g["and_a_half"]
        ),
        and_a_half_joiners=tuple(p.split()[0] for p in g["and_a_half"]),
        article_before_unit=re.compile(rf"\b(?:{articles})(?=\s+[a-z])"),
        listed_before=re.compile(
            rf"(?<![\w.,$£€%{INVISIBLE}])(?P<items>{_LIST_ITEM}(?:,[ \u00a0]+{_LIST_ITEM})*),?[ \u00a0]+"
            rf"(?:{alternation(g['list_joiners'])})[ \u00a0]+$"
        ),
        rough_after=re.compile(
            rf"-(?:(?P<plus>plus)|{alternation(g['rough_after'])})(?=[ \u00a0])", re.IGNORECASE
        ),
        suspended_gap=re.compile(
            rf"(?:,[ \u00a0]*|[ \u00a0]+)(?:(?:{alternation(g['suspended_joiners'])})[ \u00a0]+)?"
        ),
        second_part=re.compile(
            rf"(?:{_SP}*[{DASHES}]{_SP}*|{_SP}+(?:(?:{alternation(g['part_joiners'])}){_SP}+)?)(?=\d|[a-z])"
        ),
    )


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """The tables of one language's lexicon this scanner reads, in the shapes it reads them.

    Built once per ``Lexicon`` (``vocabulary``) from ``compare/lang/<code>/``
    ``measures.toml``, ``nouns.toml`` and the qualifiers of ``numbers.toml``;
    SI-prefixed and square/cubic units are generated there from a prefix
    table and base units.
    """

    lex: Lexicon
    grammar: Grammar  # grammar.toml [quantities]
    # The stopwords and lemmatiser of the lexicon's language (words.toml, ``words.morphology``).
    stopwords: frozenset[str]
    lemma: Callable[[str], str]
    numbers: NumberWords  # the number pattern and the words that trigger it (numbers.toml)
    durations: Mapping[str, Unit]
    measures: Mapping[str, Unit]
    # Abbreviations that may be glued to the number ("45g", "3000rpm", "25min").
    glued: frozenset[str]
    glued_letters: frozenset[str]  # a lone letter that is a unit when glued ("5m", "100W", "40C")
    # A capital glued to a figure read as a temperature (measures.toml [capitals.glued]):
    # a cue word, and the other scale glued in brackets after or before the figure.
    glued_capitals: Mapping[str, tuple[float, float]]  # "C" -> the range of a glued "40C"
    degree_signs: str  # "°º˚": the signs before a capital measure word ("40.3ºC")
    glued_capital_cue: re.Pattern[str]
    glued_capital_bracket_after: re.Pattern[str]
    glued_capital_bracket_before: re.Pattern[str]
    glued_capital_code_before: re.Pattern[str]  # "seat 3F", "class 5C": a code's noun before it
    # Currency words after a number (every form as written, plurals too, lower
    # case) and the pattern that finds one; symbols and codes before a number,
    # as written, the pattern that finds one at the end of a text, and the
    # symbols also written after a number ("1,200€").
    currency_words: Mapping[str, str]
    currency_word: re.Pattern[str]
    currency_prefix: Mapping[str, str]
    prefix: re.Pattern[str]
    suffix_symbol: re.Pattern[str]
    # Currency codes in capitals glued after a figure or with a scale letter glued before them
    # ("115USD", "30 MUSD"; group "scale" a key of ``code_scales``), or before the figure ("MEUR 60");
    # a scale word after a currency ("75 USD million").
    code_after: re.Pattern[str]
    code_before: re.Pattern[str]
    code_scales: Mapping[str, float]
    scale_after_currency: re.Pattern[str]
    hyphened_scale: re.Pattern[str]
    # Symbols read only before plain money ("PS", "Y="), or only with a scale ("R", "e").
    plain_money_only: frozenset[str]
    scaled_only: frozenset[str]
    # Units written before the number ("magnitude 6.1") or named by a phrase after it
    # ("6.5 on the Richter scale"): patterns whose group "p" is the key of lex.units_before/after.
    unit_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    # "a quake measuring 7.8": a verb of measuring ending a text, and the subject nouns
    # (group "s", the key of lex.measured_subjects) whose unit a bare figure after it takes.
    measured_verb: re.Pattern[str]
    measured_verb_window: int
    measured_decimal_verb: re.Pattern[str]  # "was", "at": only before "7.8"
    measured_subject: re.Pattern[str]
    # Ranges (numbers.toml [ranges]): the separator after a first end ("9 to 10"), the
    # whole gap between two figures with units ("$3 billion to $5 billion"), a lead
    # ending a text ("between "), and the separators that need a lead ("and").
    range_separator: re.Pattern[str]
    unit_range_separator: re.Pattern[str]
    range_lead: re.Pattern[str]
    need_lead: re.Pattern[str]
    # "raised rates from 1.25% to 1.75%": a verb of change, a few words and a lead of a change
    # ending a text; the two figures after such a lead are the levels before and after, no range.
    change_lead: re.Pattern[str]
    # An age as a person's predicate (measures.toml [ages]): what ends the text before it
    # ("He was ", "died in prison at ") and what may follow it.
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    # After a bare second part whose unit the first implies ("5-foot-8"): the end of the phrase.
    implied_part_end: re.Pattern[str]
    # A price or index level's lead-in ending a text: "closed at ", "rose 8.15% to ".
    level_before: re.Pattern[str]
    # Every scale written after a figure of money ("m", "bn", "cr"), lower case -> factor;
    # the pattern of one after the figure, and of a scale ending a figure's text.
    money_scales: Mapping[str, float]
    money_scale: re.Pattern[str]
    scale_at_end: re.Pattern[str]
    # Nouns that follow a number without being what is counted ("two sets of talks" counts talks).
    containers: frozenset[str]
    # Adjectives skipped between a number and its noun ("eight other employees").
    skipped_adjectives: frozenset[str]
    # Words after a number that say it is not a count ("Article 4 would", "one of").
    not_noun: frozenset[str]
    # Stop words that modify a noun right after them ("40 mine workers").
    pronoun_nouns: frozenset[str]
    # Stop words that begin a name before a capitalised word ("173 South Koreans").
    name_leads: frozenset[str]
    # Adjectives and participles that stand for a counted group ("13,000 dead").
    group_adjectives: Mapping[str, str]
    # Words before a participle that leave it the counted group ("99 confirmed dead").
    hedges: frozenset[str]
    # Prefixes tokenised copy writes apart with a spaced hyphen ("co - workers").
    hyphen_prefixes: frozenset[str]
    # Collective nouns that may modify the counted noun after them ("police officers").
    noun_modifiers: frozenset[str]
    pluralia: frozenset[str]
    collective: frozenset[str]
    # Capitalised words that may stand before a number without making it a name
    # ("About 100 people", "The 40 soldiers"), unlike "Article 4" or "Minsk 2".
    capitalised_lead_ins: frozenset[str]
    # Capitalised words a title-case headline counts ("Quake Kills Three People");
    # other capitalised words after a number word make a name ("Seven Sisters").
    headline_counted: frozenset[str]
    # Qualifier phrases before a number, in the order they are tried.
    qualifiers: tuple[tuple[re.Pattern[str], Qualifier], ...]
    # The last word of every qualifier phrase.  Most figures have none of them
    # before, and a look at one word rules a qualifier out where the
    # end-anchored searches cost a fifth of the quantity scan.
    qualifier_last_words: frozenset[str]
    # Words around a score (nouns.toml score_before, score_after) and before "decade" (span_leads).
    score_before: frozenset[str]
    score_after: frozenset[str]
    span_leads: frozenset[str]
    elapsed_leads: frozenset[str]  # before a race time "2:00:35" (nouns.toml elapsed_leads)
    # The tally of a vote (nouns.toml tally_*): its words found by str.find, and the figures
    # after a word before them ("voted 8-1", "by a majority of 8 to 1"), before a word after
    # them ("an 8-1 majority"), around a noun ("by 8 votes to 1"); a small number's value.
    tally: _Tally
    # A breakdown by place ("646 died in Sindh, followed by 306 in Khyber Pakhtunkhwa"): the gap
    # between two of its figures, and the preposition after the next (``_place_list``).
    place_list: tuple[re.Pattern[str], re.Pattern[str]]
    # "all 379 on board": a place adverb right after a bare figure (roles.toml [clause] place_adverbs).
    aboard: re.Pattern[str]
    aboard_after: re.Pattern[str]  # ", were aboard": after the comma closing an aside
    # "another 600", "a further five": what leads a figure that leaves out the noun of the count before it
    # (grammar.toml [quantities] elision_leads).
    elision_lead: re.Pattern[str]
    # "shot 11 times": the word after a count of occasions (nouns.toml occasions).
    occasions: re.Pattern[str]
    # Verb phrases that bound a figure with no counted noun ("tops 1,000"), and their last words.
    bounds: tuple[tuple[re.Pattern[str], Qualifier], ...]
    bound_last_words: frozenset[str]


def _degree_signs(lex: Lexicon) -> str:
    """The signs written before a capital measure word ("°C", "ºF", "˚C"), from the measure words."""
    return "".join(
        sorted(
            {
                w[0]
                for w in lex.measure_words
                if len(w) == 2 and w[1] in lex.capital_words and not (w[0].isascii() and w[0].isalnum())
            }
        )
    )


def _capitals(lex: Lexicon) -> str:
    """A glued temperature's capital, after an optional degree sign: "C", "ºC"."""
    letters = "".join(sorted(w.upper() for w in lex.glued_capital_range))
    return f"[{re.escape(_degree_signs(lex))}]?[{re.escape(letters)}]"


_CHANGE_WORDS = 5  # words between a verb of change and "from": "raised its benchmark interest rate from"
_CHANGE_REACH = 80  # characters before a lead searched for them


def _change_lead(lex: Lexicon) -> re.Pattern[str]:
    """A verb of rising or change (numbers.toml [changes] up and [ranges] change_verbs), a few words
    and a lead of a change ("from"), ending a text."""
    ranges = lex.range_words
    verbs = _phrases([*ranges["change_verbs"], *(v for q, vs in lex.changes if q == "up" for v in vs)])
    lead = _phrases(ranges["change_leads"]) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:{_SP}+[\w'’-]+){{0,{_CHANGE_WORDS}}}{_SP}+(?:{lead}){_SP}+$", re.IGNORECASE
    )


def _a_change(text: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the figure at ``start`` opens a change ("rose from 20 to 30"), not a range."""
    return vocab.change_lead.search(text, max(0, start - _CHANGE_REACH), start) is not None


def _range_separator(ranges: Mapping[str, tuple[str, ...]]) -> re.Pattern[str]:
    """The separator after a range's first end: a dash or a word ("9-10", "9 to 10").

    A first end's hyphen may hang before a word of a range between figures with units ("8- to
    16-meter", "10- to 12-storey"; not "2- or 3-bedroom"), and one may follow the word ("200,000
    to-260,000 year-old").
    """
    return re.compile(
        rf"{_SP}*(?:[{DASHES}]{_SP}*(?:{_phrases(ranges['unit_separators'])})\b"
        rf"|(?:{_phrases(ranges['separators'])})\b(?:[{DASHES}](?=\d))?|[{DASHES}]){_SP}*",
        re.IGNORECASE,
    )


def _clause_patterns(lex: Lexicon) -> dict[str, Any]:
    """``Vocabulary.change_lead``, ``tally`` and ``place_list``: figures read with their neighbours."""
    return {
        "change_lead": _change_lead(lex),
        "tally": _tally(lex),
        "place_list": _place_list(lex),
        "aboard": re.compile(rf"{_SP}+(?:{_phrases(lex.clause_words['place_adverbs'])})\b", re.IGNORECASE),
        # ", were aboard the plane": a place adverb after an auxiliary, closing an aside
        "aboard_after": re.compile(
            rf"{_SP}*(?:{_phrases(lex.clause_words['auxiliaries'])}){_SP}+"
            rf"(?:{_phrases(lex.clause_words['place_adverbs'])})\b",
            re.IGNORECASE,
        ),
        "elision_lead": re.compile(
            rf"\b(?:{_phrases(lex.grammar['quantities']['elision_leads'])}"
            rf"|(?P<whole>{_phrases(lex.grammar['quantities']['whole_leads'])})){_SP}+$",
            re.IGNORECASE,
        ),
    }


def _code_patterns(lex: Lexicon) -> dict[str, Any]:
    """``Vocabulary.code_after``, ``code_before``, ``code_scales`` and ``scale_after_currency``
    (and ``measured_decimal_verb``, to keep ``vocabulary`` short)."""
    symbols = lex.currency_symbols
    codes = alternation([s for s, code in symbols.items() if s == code and s.isalpha() and s.isupper()])
    scales = alternation(list(lex.currency_code_scales))
    scale_words = (*lex.number_words["scales"], *lex.money_scales, *lex.scale_abbreviations)
    words = [w for w in scale_words if len(w) > 1]
    return {
        "code_after": re.compile(rf"{_SP}?(?P<scale>{scales})?(?P<code>{codes})(?![A-Za-z])"),
        "code_before": re.compile(rf"(?<![A-Za-z])(?P<scale>{scales})(?P<code>{codes}){_SP}?$"),
        "code_scales": lex.currency_code_scales,
        "scale_after_currency": re.compile(rf"{_SP}+(?P<s>{alternation(words)})\b", re.IGNORECASE),
        # "USD 69-B deal", "PHP 3.9-T": a scale letter hyphened to a figure after a currency
        "measured_decimal_verb": re.compile(
            rf"(?<![\w-])(?:{_phrases(lex.measured_decimal_verbs) or '(?!)'}){_SP}+$", re.IGNORECASE
        ),
        "hyphened_scale": re.compile(rf"-(?P<s>{_words_alternation(lex.money_scales)})\b", re.IGNORECASE),
    }


def _measure_unit(unit: str, lex: Lexicon) -> Unit:
    """A measure word's canonical unit; a unit of a difference between percentages ("basis
    point") is a percent, kept in its written unit and compared with percentage points by the
    factors of ``compare.units`` (pint's): "50 basis points" is 50 bp, one figure with "0.5
    percentage points" (NewsQuant too writes 50 basis points)."""
    if unit not in lex.percent_point_units:
        return Unit(unit, "measure")
    written, target = units.info(unit), units.info(lex.percent_point)
    if written is None or target is None or written.dimension != target.dimension:
        raise ValueError(f"measures.toml [percent_points]: {unit!r} has no factor to {lex.percent_point!r}")
    return Unit(unit, "percent")


def _age_before(ages: Mapping[str, tuple[str, ...]], adverbs: tuple[str, ...]) -> re.Pattern[str]:
    """What stands before an age as a person's predicate (measures.toml [ages]): "who (today) is",
    "dies in prison at", and an adverb alone after a name's comma ("Timmons, now 16, was armed")."""
    adverb = rf"(?:(?:{_phrases(adverbs)})\s+)?"
    return re.compile(
        rf"\b(?:{_phrases(ages['subjects'])})\s+{adverb}(?:{_phrases(ages['verbs'])})\s+{adverb}$"
        rf"|(?-i:\b[A-Z][A-Za-z'’-]*[a-z]) ?,[ \u00a0]+(?:{_phrases(adverbs)})\s+$"
        rf"|\b(?:{_phrases(ages['dying'])})\b[^.;:!?\d]{{0,40}}?\bat\s+$",
        re.IGNORECASE,
    )


@functools.cache
def vocabulary(lex: Lexicon) -> Vocabulary:
    """The scanner's tables for ``lex``, built once per lexicon."""
    nouns = lex.noun_words
    measures = {word: _measure_unit(unit, lex) for word, unit in lex.measure_words.items()}
    money_scales = {**lex.scale_abbreviations, **lex.money_scales}
    ranges = lex.range_words
    ages = lex.age_words
    morph = morphology(lex)
    return Vocabulary(
        lex=lex,
        grammar=grammar(lex),
        stopwords=morph.stopwords,
        lemma=morph.lemma,
        numbers=number_words(lex),
        durations={word: Unit("s", "duration", seconds) for word, seconds in lex.duration_seconds.items()},
        measures=measures,
        glued=frozenset({k for k in measures if len(k) <= 4 and " " not in k} | lex.glued_words),
        glued_letters=lex.glued_letters | {w.upper() for w in lex.glued_capital_range},
        glued_capitals={w.upper(): r for w, r in lex.glued_capital_range.items()},
        degree_signs=_degree_signs(lex),
        glued_capital_cue=re.compile(rf"\b(?:{_phrases(lex.glued_capital_cues)})s?\b", re.IGNORECASE),
        glued_capital_bracket_after=re.compile(rf"{_SP}*\({_SP}*[-−]?\d[\d.,]*{_SP}?{_capitals(lex)}\)"),
        glued_capital_bracket_before=re.compile(rf"\d{_SP}?{_capitals(lex)}{_SP}*\({_SP}*[-−]?$"),
        glued_capital_code_before=re.compile(
            rf"(?<![\w.])(?:{_phrases(lex.glued_capital_not_after)}){_SP}+[-−]?$", re.IGNORECASE
        ),
        currency_words=_currency_forms(lex.currency_words),
        currency_word=_currency_word_pattern(lex.currency_words),
        currency_prefix=dict(lex.currency_symbols),
        prefix=_prefix_pattern(lex.currency_symbols),
        suffix_symbol=re.compile(
            r"[\s\u00a0\u202f]?(?P<sym>"
            + "|".join(sorted(map(re.escape, _suffix_symbols(lex.currency_symbols))))
            + ")"
        ),
        unit_before=re.compile(rf"(?<![\w-])(?P<p>{_phrases(lex.units_before)})[\s-]+$", re.IGNORECASE),
        unit_after=re.compile(rf"{_SP}+(?P<p>{_phrases(lex.units_after)})\b", re.IGNORECASE),
        measured_verb=re.compile(
            rf"(?<![\w-])(?:{_phrases(lex.measured_verbs) or '(?!)'}){_SP}+$", re.IGNORECASE
        ),
        measured_verb_window=_window(lex.measured_verbs, 2),
        measured_subject=re.compile(
            rf"\b(?P<s>{_phrases(lex.measured_subjects) or '(?!)'})s?\b", re.IGNORECASE
        ),
        range_separator=_range_separator(ranges),
        unit_range_separator=re.compile(
            rf"^{_SP}*(?:[{DASHES}]|(?:{_phrases(ranges['unit_separators'])})\b){_SP}*$",
            re.IGNORECASE,
        ),
        range_lead=re.compile(rf"(?<![\w-])(?:{_phrases(ranges['leads'])}){_SP}+$", re.IGNORECASE),
        need_lead=re.compile(rf"\b(?:{_phrases(ranges['need_lead'])})\b", re.IGNORECASE),
        age_before=_age_before(ages, lex.age_adverbs),
        age_after=re.compile(rf" ?(?:[.,;:!?)]|$)|\s+(?:{_phrases(ages['after'])})\b"),
        implied_part_end=re.compile(
            rf"(?:\s?in\b\.?)?(?=\s*[,.;:)]|\s+(?:{_phrases(lex.compound_after)})\b|$)"
        ),
        level_before=re.compile(
            rf"(?:%|(?<![\w-])(?:{_phrases(w for w in lex.level_words if w != '%')})\b)"
            rf"{_SP}+(?:at|to){_SP}+$",
            re.IGNORECASE,
        ),
        **_code_patterns(lex),
        plain_money_only=lex.currency_guarded["plain_money"],
        scaled_only=lex.currency_guarded["scaled_only"],
        money_scales=money_scales,
        money_scale=re.compile(rf"{_SP}?(?P<s>{_words_alternation(money_scales)})\b", re.IGNORECASE),
        scale_at_end=re.compile(
            rf"(?:\d|\s)(?P<s>{_words_alternation({**money_scales, **lex.number_words['scales']})})$",
            re.IGNORECASE,
        ),
        containers=nouns["containers"],
        skipped_adjectives=nouns["skipped_adjectives"],
        not_noun=(morph.stopwords - nouns["skipped_adjectives"]) | nouns["not_nouns"],
        pronoun_nouns=nouns["pronoun_nouns"],
        name_leads=nouns["name_leads"],
        group_adjectives=lex.group_adjectives,
        hedges=nouns["hedges"],
        hyphen_prefixes=nouns["hyphen_prefixes"],
        noun_modifiers=nouns["modifiers"],
        pluralia=nouns["pluralia"],
        collective=nouns["collective"],
        capitalised_lead_ins=morph.stopwords | nouns["lead_ins"],
        headline_counted=nouns["headline_counted"],
        qualifiers=_qualifier_patterns(lex),
        qualifier_last_words=frozenset(
            {w for _, phrases in lex.qualifiers for p in phrases for w in _last_words(p)}
            | {w for _, verbs in lex.changes for w in verbs}
            | {"by"}
        ),
        **_clause_patterns(lex),
        score_before=nouns["score_before"],
        score_after=nouns["score_after"],
        span_leads=nouns["span_leads"],
        elapsed_leads=nouns["elapsed_leads"],
        bounds=_qualifier_patterns(lex, lex.bounds),
        occasions=re.compile(rf"{_SP}+(?P<w>{alternation(nouns['occasions'])})\b", re.IGNORECASE),
        bound_last_words=frozenset(w for _, phrases in lex.bounds for p in phrases for w in _last_words(p)),
    )


# "164p", "118.5p": pence, as British financial copy writes share prices.
# "Maddon, 66, has", "Pitman , 24 ," (tokenised copy puts a space before commas).
# The name may hold letters beyond ASCII ("Juan Ignacio Gómez, 17", "Nacho Larrañaga, 50,") and end in a
# suffix ("Michael Deslauriers II, 51"; "LaSalle , 36 ,").
_APPOSITIVE_AGE = re.compile(r"\b[A-Z][\w'’-]*[^\W\dA-Z_](?: (?:II|III|IV|Jr\.?|Sr\.?))? ?,[ \u00a0]$")
# After the age: a comma, or the end of the apposition ("Wilson , 47 ;", "Katie
# Jenkin , 20 .", "John Jenkin , 23 and from Cumbria", "Andrew Lopez , 20 was found").
_APPOSITIVE_AGE_END = re.compile(r" ?[,;]| ?\.(?:\s|$)| (?:and|was|who)\b| - ")
# "aged 77", "at age 61", "ages 6 and 16", "aged 38, 39 and 40", "over the age of 21": an age named before
# the number (the later items of a list of ages too).
# "the retirement age from 62 to 64", "raise the voting age to 16", "set the age at 65": an age's change
# (not "they range in age from 14 to 76", a spread of several people's ages).
_AGE_REACH = 28  # characters before a figure searched for "aged 38, 39 and "
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages?|age\s+of|(?:aged|ages?)(?:\s+\d{1,3}\s*(?:,\s*and|,|and|&)){1,4}"
    r"|(?<!in )age\s+(?:from|to|at)|(?<!in )age\s+from\s+\d{1,3}\s+to)[ \u00a0]$",
    re.IGNORECASE,
)
_SUB = re.compile(r"\bsub-$", re.IGNORECASE)
# "down 68 p at 1112 p": a spaced "p" after a share price's move or level, not "5 p.m.".
_PENCE = re.compile(r"p\b(?![.'’]\w)")
_SPACED_PENCE = re.compile(r" p(?=[ ,;)]|\.(?:\s|$)|$)(?! ?\. ?m\b)")
# "1.2m tons", "35m devices", "2.5M subscribers", "4.5bn people": a glued scale
# letter before a counted noun is a scale, not a unit ("M" is no unit of its own).
_GLUED_SCALE = re.compile(r"(?P<s>[mM]|bn|k)(?=\s+[A-Za-z])")
_AGE = re.compile(rf"[{DASHES}\s]*(?P<u>year|yr|month|week|day)s?[{DASHES}\s]+old\b", re.IGNORECASE)
# An age is kept in years ("a 6-month-old baby" is half a year old): its unit's seconds (measures.toml
# [durations], "yrs" among them) over a year's.
_YEAR_SECONDS = 31556952.0
_NEGATIVE = re.compile(r"(?:(?<=[\s(])[-−–]|\bminus[\s-])$", re.IGNORECASE)
# A spelled number takes its sign only from the word: "minus five percent" (a dash before
# a word joins words: "twenty-five").
_MINUS_WORD = re.compile(r"\bminus\s$", re.IGNORECASE)
# "plus or minus two minutes" is a margin, not a negative value.
_PLUS_OR_MINUS = re.compile(r"\bor[\s-]+minus[\s-]$", re.IGNORECASE)


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in text, before context is attached."""

    start: int
    end: int
    kind: Kind
    value: Quantity
    noun: str | None  # the counted noun's lemma for counts
    # The role when the scanner read it from the clause (a figure with no
    # noun: "the death toll rose to 2,100"); else decided later from the noun.
    role: str | None = None


# Patterns used per figure, compiled once.
_SPACES = re.compile(rf"{_SP}*")
_WHITESPACE = re.compile(r"\s+")
_OF = re.compile(rf"{_SP}+of{_SP}+")
_NOT_A_FIGURE_AFTER = re.compile(r"(?:st|nd|rd|th)\b|x\d|[,.\uff0c\uff0e]\d", re.IGNORECASE)
# "two others were injured", "wounding two others": people named by "others".
_OTHERS = re.compile(rf"{_SP}+others\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"([A-Z][\w.]*)" + _SP + r"+$")


def _proper_name(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """A capitalised number word inside a sentence before a capitalised word that counts nothing."""
    p = start
    while p > 0 and text[p - 1] in " \u00a0\t":
        p -= 1
    if p == 0 or text[p - 1] in ".!?:\n\"“‘'(":
        return False  # a sentence's first word is capitalised anyway
    nxt = _word_after(text, end)
    if nxt is None or not nxt.group()[0].isupper() or nxt.start() - end > 1:
        return False
    noun = vocab.lemma(nxt.group().lower())
    if noun in vocab.stopwords:
        return False  # "Gunman Kills Two In Shooting"
    lex = vocab.lex
    return noun not in vocab.headline_counted and noun not in lex.noun_role and noun not in lex.predicate_role


def _word_after(text: str, pos: int) -> re.Match[str] | None:
    m = _SPACES.match(text, pos)
    p = m.end() if m else pos
    return _WORD.match(text, p)


def _unit_after(text: str, pos: int, money: bool, vocab: Vocabulary) -> tuple[Unit, int] | None:
    """A measure or duration unit right after ``pos`` ("km", "-hour", "minutes")."""
    m = vocab.grammar.unit_word.match(text, pos)
    if not m:
        return None
    raw = m.group("unit")
    if (
        m.start("unit") == pos
        and raw[0].isalpha()
        and raw[0] not in vocab.degree_signs
        and (raw.lower() not in vocab.glued or (len(raw) == 1 and raw not in vocab.glued_letters))
    ):
        return None  # "16x9", "3D": letters glued to a number are not a unit ("40C", "104F" are)
    if (
        raw in vocab.glued_capitals
        and m.start("unit") == pos
        and not _glued_temperature(text, pos, m.end(), vocab)
    ):
        return None  # "Grade 5C", "seat 3F", "the 1C/2F codes": a code, not "40C", "4.5C", "-5C"
    # "40.3ºC" (an ordinal sign for the degree sign), "20° C", "100° Celsius": one unit, "ºc".
    if raw[0] in vocab.degree_signs:
        word = raw[0] + raw.lstrip(vocab.degree_signs + " \u00a0")[0].lower()
    else:
        word = _WHITESPACE.sub(" ", raw.lower())
        if m.group("joint") == "-":
            word = word.replace("-", " ", 1)  # "a 75-basis-point move", "a 10-square-mile area"
    # Plural forms.
    candidates = [word]
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s") and len(word) > 3:
        candidates.append(word[:-1])  # "miles"; but "has" is not hectares
    if word in ("centuries",):
        candidates.append("century")
    for c in candidates:
        if c in vocab.durations:
            return vocab.durations[c], m.end()
        if c in vocab.measures and not (money and c == "m"):
            if c in vocab.lex.capital_words and not raw.isupper():
                continue  # "12 C" is Celsius, "12 c" nothing
            if c in vocab.lex.lower_case_words and raw.isupper():
                continue  # "526,409 EV deliveries": electric vehicles, not electronvolts
            if c in vocab.lex.capital_words and _CODE_DIGITS.match(text, m.end()):
                continue  # "two F-16 jets", "a C - 130": a model's code, not a temperature
            unit = vocab.measures[c]
            if len(c) <= 2 and m.start("unit") > pos and c in ("m", "g", "t", "l", "mi"):
                # "5 m" with a space is rare and "5 t..." ambiguous: require glued or long form.
                continue
            if c == "degree" and not re.match(
                r"\s+(?:celsius|fahrenheit|c\b|f\b)", text[m.end() : m.end() + 12], re.I
            ):
                unit = Unit("deg", "measure")
            return unit, m.end()
    return None


# The figure before a glued capital: after a space or bracket (a minus sign may
# come between: "-10C", "- 15C"), or after a range's dash ("28-30C"), not a
# letter's ("SCP-173C"), a slash ("1C/2F") or "0x3F".
_GLUED_FIGURE = re.compile(r"(?:(?<=[\s(\[])(?P<minus>[-−] ?)?|(?<=\d[-–])|^)(?P<n>\d[\d,]*(?:\.\d+)?)$")
_GLUED_END = re.compile(r"(?![\w/])(?! ?[-‐‑] ?\d)")


def _glued_temperature(text: str, pos: int, end: int, vocab: Vocabulary) -> bool:
    """Whether the capital ending at ``end`` glued to the figure ending at ``pos`` is a temperature ("40C").

    Only where nothing around makes it a code ("Room 40C" is refused later, by its
    name; "seat 3F", "1C/2F", "SCP-173C" here) and the text speaks of temperatures.
    """
    lex = vocab.lex
    bounds = vocab.glued_capitals[text[end - 1]]
    if not _GLUED_END.match(text, end):
        return False
    figure = _GLUED_FIGURE.search(text, max(0, pos - 16), pos)
    if figure is None:
        return False
    value = float(figure.group("n").replace(",", ""))
    if not bounds[0] <= (-value if figure.group("minus") else value) <= bounds[1]:
        return False
    if vocab.glued_capital_code_before.search(text, max(0, figure.start() - 16), figure.start()):
        return False
    window = lex.glued_capital_window
    return bool(
        vocab.glued_capital_cue.search(text, max(0, pos - window), end + window)
        or vocab.glued_capital_bracket_after.match(text, end)
        or vocab.glued_capital_bracket_before.search(text, max(0, figure.start() - 16), figure.start())
    )


def _currency_after(text: str, pos: int, vocab: Vocabulary) -> tuple[str, int] | None:
    """A currency after the number at ``pos``: a symbol ("1,200€", "50 €") or a word ("US dollars")."""
    sym = vocab.suffix_symbol.match(text, pos)
    if sym:
        return vocab.currency_prefix[sym.group("sym")], sym.end()
    m = vocab.currency_word.match(text, pos)
    if not m:
        return None
    return vocab.currency_words[" ".join(m.group("w").lower().split())], m.end()


def _qualifier_before(text: str, start: int, vocab: Vocabulary, bound: bool = False) -> tuple[Qualifier, int]:
    """The qualifier ending the text before ``start`` and where it starts (``bound``: a bounding verb's)."""
    return _qualifier_in(_words_before_figure(text, start), start, vocab, bound)


def _words_before_figure(text: str, start: int) -> tuple[str, str]:
    """The 40 characters before ``start``, and the last word among them as a qualifier would end it.

    Read once per figure for both looks of ``_read_lead`` (a qualifier, then a bound).
    """
    window = text[max(0, start - 40) : start]
    tail = window.rstrip()
    if tail.endswith("."):
        tail = tail[:-1]  # "approx.", "ca."
    i = len(tail)
    while i > 0 and tail[i - 1].isalpha():
        i -= 1
    return window, fold_case(tail[i:])


def _qualifier_in(
    before: tuple[str, str], start: int, vocab: Vocabulary, bound: bool = False
) -> tuple[Qualifier, int]:
    """``_qualifier_before`` on what ``_words_before_figure`` read before ``start``."""
    window, last = before
    if last not in (vocab.bound_last_words if bound else vocab.qualifier_last_words):
        return "exact", start
    for pattern, q in vocab.bounds if bound else vocab.qualifiers:
        m = pattern.search(window)
        if m:
            if q == "down" and vocab.grammar.particle_down.search(window):
                return "exact", start  # "gunned down one guard": a verb's particle, not a fall
            if q == "at-most" and vocab.grammar.particle_up_to.search(window):
                return "exact", start  # "the toll going up to 33": no bound
            return q, start - (len(window) - m.start())
    return "exact", start


def _prefix_code(written: str, vocab: Vocabulary) -> str:
    """The code of a currency prefix as matched ("US$ ", "HK $", "Rs."): spaces inside are optional."""
    symbol = written.strip()
    code = vocab.currency_prefix.get(" ".join(symbol.split()))
    if code is not None:
        return code
    squeezed = re.sub(r"\s+", "", symbol)
    return next(c for s, c in vocab.currency_prefix.items() if s.replace(" ", "") == squeezed)


def _interval(
    number: Number, qualifier: Qualifier, high_number: Number | None
) -> tuple[float | None, float | None, float | None]:
    """(stated, low, high) for a number and its qualifier."""
    if high_number is not None:
        return None, number.low, high_number.high
    if number.vague:
        return None, number.low, number.high
    v = number.stated
    assert v is not None
    tol = approximate_tolerance(v)
    if qualifier == "about":
        return v, v - tol, v + tol
    if qualifier == "nearly":
        # "almost an hour" reaches further down than "about" does either side.
        return v, v - max(tol, abs(v) * 0.15), v
    if qualifier in ("more-than", "at-least"):
        return v, v, None
    if qualifier in ("less-than", "at-most"):
        return v, 0.0 if v >= 0 else None, v
    return v, v, v


_COORDINATED = re.compile(
    rf"{_SP}+(?:and|or){_SP}+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve){_SP}+"
)


# A prefix and its word written apart by tokenised copy: "co - workers".
_SPACED_COMPOUND = re.compile(r"[A-Za-z]+ - [a-z][\w'’-]*")


# The digits of a model's code after its letter ("F-16", "C - 130").
_CODE_DIGITS = re.compile(r" ?- ?\d")


# A model's code between a number and its noun: capitals, a hyphen or space
# (tokenised copy: " - ", or " -" glued to the digits), digits ("AK-47", "AK 47", "F-16", "MiG-29",
# "A320", "COVID -19"); the noun
# may be capitalised ("14 AK - 47 Rifles"), or the code's digits are read as the count.
_MODEL_CODE = re.compile(
    rf"(?:{_SP}+|(?<=\s))[A-Z][A-Za-z]{{0,4}}(?: - | -|[ -])?\d{{1,4}}(?={_SP}+[A-Za-z])"
)


_BARE_MODEL = re.compile(rf"{_SP}+\d{{3}}(?![\d,.:/-])(?={_SP}+[A-Za-z])")


def _noun_lemma(written: str, vocab: Vocabulary) -> str:
    """The singular of a noun as written; "Somalis", "Israelis", "Iraqis" are plural demonyms."""
    written = written.replace(" - ", "-")  # "co - workers" as tokenised copy writes "co-workers"
    w = written.lower()
    if written[:1].isupper() and w.endswith("is") and len(w) > 5 and w[-3] not in "aeiosu":
        return w[:-1]
    if len(written) > 2 and written[-1] == "s" and written[:-1].isupper() and written[:-1].isalpha():
        return w[:-1]  # "526,409 EVs", "12 MPs": a plural "s" after capitals (too short for the rules)
    return vocab.lemma(w)


def _plural_noun(m: re.Match[str], vocab: Vocabulary) -> bool:
    """Whether a word after a count looks like a plural noun ("troops", "people"; not "killed")."""
    w = m.group().lower().rstrip("'’")
    base = _noun_lemma(m.group().rstrip("'’"), vocab)
    looks_plural = base != w or (w.endswith("s") and w in vocab.pluralia) or w in vocab.collective
    return looks_plural and not w.endswith(("ed", "ing"))


def _name_goes_on(text: str, pos: int) -> bool:
    """Whether a capitalised word follows ``pos`` on its line, a space apart."""
    nxt = _word_after(text, pos)
    return nxt is not None and text[pos : nxt.start()] in (" ", "\u00a0") and nxt.group()[0].isupper()


def _modifies_a_noun(text: str, pos: int, vocab: Vocabulary) -> bool:
    """Whether a lower-case word that is no stop word follows ``pos`` on its line, a space apart."""
    nxt = _word_after(text, pos)
    if nxt is None or text[pos : nxt.start()] not in (" ", "\u00a0"):
        return False
    word = nxt.group()
    return word[0].islower() and word.lower().rstrip("'’") not in vocab.not_noun


def _noun_phrase_words(text: str, pos: int, value: float | None, vocab: Vocabulary) -> list[re.Match[str]]:
    """The words of the noun phrase after a figure at ``pos``, up to five, on its line: past a model
    ("six AK-47 rifles") and skipped adjectives ("eight other employees"), to the first stop word
    (a possessive kept: "Boeing's")."""
    words: list[re.Match[str]] = []
    p = pos
    for _ in range(7):
        if len(words) >= 5:
            break  # "23 heavily armed Somalian and Yemeni pirates"
        code = _MODEL_CODE.match(text, p)
        if code is None and value is not None:
            # "five new 737 aircraft", "20 of Boeing's larger 777 planes": three bare digits after a count
            # and before a word that is no unit ("two 500 kg bombs") name a model, not a second count
            code = _BARE_MODEL.match(text, p)
            if code is not None and _unit_after(text, code.end(), False, vocab) is not None:
                code = None
        if code is not None:
            p = code.end()  # "six AK-47 rifles", "12 AK 47 guns", "two F-16 jets": a model, then the noun
        m = _word_after(text, p)
        if not m or (m.start() > p and text[p : m.start()].strip(" \u00a0\u202f\u2009\t")):
            break
        if "\n" in text[p : m.start()]:
            break
        w = m.group().lower().rstrip("'’")
        if w in vocab.hyphen_prefixes:
            joined = _SPACED_COMPOUND.match(text, m.start())
            if joined is not None:
                m, w = joined, joined.group().lower()  # "two co - workers"
        if w in vocab.skipped_adjectives:
            p = m.end()  # "eight other employees", "500 more troops"
            continue
        if w in ("and", "or") and words and words[-1].group()[0].isupper():
            nxt = _word_after(text, m.end())
            if nxt and nxt.group()[0].isupper():
                p = m.end()  # "460 Kia and Hyundai vehicles"
                continue
        if not words and w in vocab.name_leads and m.group()[0].isupper() and _name_goes_on(text, m.end()):
            words.append(m)  # "173 South Koreans": a name opens the noun phrase
            p = m.end()
            continue
        if w in vocab.pronoun_nouns and _modifies_a_noun(text, m.end(), vocab):
            words.append(m)  # "40 mine workers": a noun before a noun, not the pronoun
            p = m.end()
            continue
        if w in vocab.not_noun or w.endswith(("'s", "’s")) and len(words) > 0:
            if w.endswith(("'s", "’s")):
                words.append(m)
            break
        words.append(m)
        p = m.end()
    return words


def _counted_noun(text: str, pos: int, value: float | None, vocab: Vocabulary) -> tuple[str | None, int]:
    """The lemma of the counted noun after ``pos`` and where the noun ends.

    Skips adjectives ("100,000 combat-ready troops"); a container noun
    ("three sets of talks") hands over to the noun after "of".
    """
    words = _noun_phrase_words(text, pos, value, vocab)
    if not words:
        return None, pos
    plural_wanted = value is None or value != 1
    chosen: re.Match[str] | None = None
    for k, m in enumerate(words):
        w = m.group().lower().rstrip("'’")
        if w in vocab.group_adjectives and (k == 0 or (k == 1 and words[0].group().lower() in vocab.hedges)):
            return vocab.group_adjectives[w], m.end()  # "24 dead", "99 confirmed dead"
        if plural_wanted and _plural_noun(m, vocab):
            nxt = words[k + 1] if k + 1 < len(words) else None
            name = m.group()[0].isupper()
            if name and nxt is not None and nxt.group()[0].islower() and _plural_noun(nxt, vocab):
                continue  # "8.5 million Windows devices": a name before the noun, as a modifier
            chosen = m
            break
        if not plural_wanted and not w[0].isupper() and not w.endswith(("ed", "ing", "ly", "s")):
            chosen = m  # singular: the last word of the noun phrase is the head
    if chosen is None:
        if plural_wanted:
            # "12 Somali and 11 Yemeni pirates": the noun after the second figure.
            both = _COORDINATED.match(text, words[-1].end())
            if both is not None and words[-1].group()[0].isupper():
                inner, _ = _counted_noun(text, both.end(), None, vocab)
                if inner is not None:
                    return inner, words[-1].end()
            return None, pos
        chosen = words[-1]
        written = _noun_lemma(chosen.group(), vocab)
        lex = vocab.lex
        adverb = chosen.group().lower().endswith("ly")
        if adverb and written not in lex.noun_role and written not in lex.people_role:
            return None, pos  # "one critically": an adverb of an elided verb, no noun
    elif chosen.group().lower() in vocab.noun_modifiers:
        # "two police officers", "three crew members": the collective noun
        # modifies the counted one.
        k = words.index(chosen)
        if k + 1 < len(words) and vocab.lemma(words[k + 1].group().lower()) != words[k + 1].group().lower():
            chosen = words[k + 1]
    noun = _noun_lemma(chosen.group().rstrip("'’"), vocab)
    end = chosen.end()
    if noun in vocab.containers:
        of = _OF.match(text, end)
        if of:
            inner, inner_end = _counted_noun(text, of.end(), None, vocab)
            if inner:
                return inner, inner_end
    if noun.endswith(("'s", "’s")) or len(noun) < 2:
        return None, pos
    return noun, end


# Durations of one unit written with an article: "almost an hour", "for a day",
# "half an hour", "an hour-long" (``Grammar.article_duration``, matched on the
# lowered text, see ``lowercase``).


def _article_duration_starts(lowered: str, g: Grammar) -> list[int]:
    """Where ``g.article_duration`` can match: "a"/"an" (or "half a") before a unit word.

    Found as "a"/"an" and spaces before a unit word, which the regex engine
    finds fast, instead of trying the pattern at every position (or looking
    behind every unit word: a text of "two days later" has one every 15
    characters, none after an article).
    """
    starts: list[int] = []
    for article in g.article_then_unit.finditer(lowered):
        start = article.start()
        if start and is_word_char(lowered[start - 1]):
            continue
        q = start
        while q > 0 and lowered[q - 1].isspace():
            q -= 1
        if q < start:
            for half in g.half_words:
                n = len(half)
                if lowered[q - n : q] == half and (q == n or not is_word_char(lowered[q - n - 1])):
                    start = q - n
                    break
        starts.append(start)
    return starts


def _article_durations(text: str, lowered: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    out: list[QuantityMatch] = []
    matches: list[re.Match[str]] = []
    g = vocab.grammar
    for start in _article_duration_starts(lowered, g):
        if matches and start < matches[-1].end():
            continue  # matches never overlap, as in a scan of the whole text
        found = g.article_duration.match(lowered, start)
        if found:
            matches.append(found)
    for m in matches:
        if _inside(blocked, m.start(), m.end()):
            continue
        qualifier, q_start = _qualifier_before(text, m.start(), vocab)
        preposition = g.duration_lead_in.search(text[max(0, m.start() - g.duration_window) : m.start()])
        if qualifier in ("up", "down"):
            continue
        offset = m.group("offset") is not None
        if offset and qualifier == "exact":
            continue  # "a week after the blast", "a year ago": a date counted from another
        if not offset and m.group("unit") in g.offset_only_units:
            continue  # "for more than a century": a manner of speaking; "over a century ago" is measured
        if qualifier == "exact" and not preposition and not m.group("half") and not m.group("long"):
            continue  # "a day" alone is rarely a measured duration; "a month-long trial" is one
        seconds = vocab.durations[m.group("unit")].factor * (0.5 if m.group("half") else 1.0)
        end = m.end()
        more = g.and_a_half.match(lowered, end) if not m.group("half") else None
        if more is not None:
            seconds, end = seconds * 1.5, more.end()  # "an hour and a half"
        number = Number(seconds, seconds, seconds)
        stated, low, high = _interval(number, qualifier, None)
        start = q_start if qualifier != "exact" else m.start()
        # "less than a week after the blast", "nearly a decade after his lie": the time between two
        # events, measured (a qualifier says so), as _offset_durations reads it
        role = "elapsed" if offset else None
        span = Quantity(stated, low, high, "s", qualifier)
        out.append(QuantityMatch(start, end, "duration", span, None, role))
    return out


def _offset_durations(
    text: str, lowered: str, taken: list[tuple[int, int]], vocab: Vocabulary
) -> list[QuantityMatch]:
    """ "two years later", "41 years ago", "about two weeks ago": the span of time inside a date counted
    from another is a duration too, as outlets compare it ("41 years after the killings").

    Only a written amount or a measured one ("nearly a decade ago", not "a year ago") and a unit
    of time: the date's words
    before the last one, which is one of ``grammar.toml [quantities] duration_not_before``.
    """
    out: list[QuantityMatch] = []
    g = vocab.grammar
    for start, end in taken:
        last = lowered.rfind(" ", start, end)
        if last < 0 or lowered[last + 1 : end] not in g.offset_words:
            continue
        unit_at = lowered.rfind(" ", start, last)
        unit = vocab.durations.get(vocab.lemma(lowered[unit_at + 1 : last])) if unit_at > start else None
        if unit is None:
            continue
        qualifier, q_start = _qualifier_before(text, start, vocab)
        if qualifier in ("up", "down"):
            qualifier = "exact"
        number: Number | None = None
        if lowered[start:unit_at] in g.articles:
            if qualifier != "exact":
                number = Number(1.0, 1.0, 1.0)  # "nearly a decade ago" measures the span; "a year ago" not
        else:
            m = vocab.numbers.pattern.match(text, start)
            number = parse_match(m, vocab.lex) if m is not None and m.end() == unit_at else None
            if number is not None and (number.stated is None or number.stated < 2):
                continue  # "one year ago"
        if number is None or number.vague or number.stated is None:
            continue
        interval = _interval(number, qualifier, None)
        stated, low, high = (None if x is None else x * unit.factor for x in interval)
        value = Quantity(stated, low, high, "s", qualifier)
        span_start = q_start if qualifier != "exact" else start
        # The time between two events, not how long one lasted ("Two days later, Biden spoke" is no
        # length of the call): a role of its own, which alignment never sets against a duration.
        out.append(QuantityMatch(span_start, last, "duration", value, None, "elapsed"))
    return out


# Half a unit and a unit and a half, written with articles: "half a mile",
# "a half-liter", "a mile and a half" (matched on the lowered text).  Durations
# ("half an hour") are ``_article_durations``'.


def _half_measures(text: str, lowered: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    """Measures of half a unit or a unit and a half, written with "a"."""
    out: list[QuantityMatch] = []
    g = vocab.grammar
    before, after = g.half_window
    for half in g.half_word.finditer(lowered):
        position = half.start()
        found: tuple[int, int, float, Unit] | None = None
        lead = g.half_before.search(lowered, max(0, position - before), position + after)
        if (
            lead is not None
            and _starts_word(lowered, lead.start())
            # "two and a half miles" is the number scanner's
            and not any(lowered.endswith(j + " ", 0, lead.start()) for j in g.and_a_half_joiners)
        ):
            unit = _unit_after(text, lead.end(), False, vocab)
            # "a half mile"; "a half hour", "a half-day strike" ("half an hour" is _article_durations')
            if unit is not None and unit[0].kind in ("measure", "duration"):
                found = (lead.start(), unit[1], 0.5, unit[0])
        for pattern, reach in g.and_a_half_tails if found is None else ():
            tail = pattern.match(lowered, max(0, position - reach))
            if tail is None or tail.end() != half.end():
                continue
            # "a mile and a half": the article and unit end where " and a half" starts.
            window = max(0, tail.start() - 24)
            for article in g.article_before_unit.finditer(lowered, window, tail.start()):
                unit = _unit_after(text, article.end(), False, vocab)
                if unit is not None and unit[1] == tail.start() and unit[0].kind == "measure":
                    found = (article.start(), tail.end(), 1.5, unit[0])
                    break
            break
        if found is None or _inside(blocked, found[0], found[1]):
            continue
        start, end, value, unit_found = found
        qualifier, q_start = _unit_qualifier(text, start, vocab)
        if unit_found.kind == "duration" and qualifier == "exact" and _offset_word_after(lowered, end, g):
            continue  # "a half hour later": a date counted from another, as _article_durations reads it
        out.append(_of_unit(q_start, end, value, qualifier, unit_found))
    return out


def _unit_qualifier(text: str, start: int, vocab: Vocabulary) -> tuple[Qualifier, int]:
    """The qualifier before a figure of a unit written without a numeral ("about half a mile") and
    where the figure then starts; a change word before it ("up", "down") leaves it exact."""
    qualifier, q_start = _qualifier_before(text, start, vocab)
    return ("exact", start) if qualifier in ("up", "down") else (qualifier, q_start)


def _of_unit(start: int, end: int, value: float, qualifier: Qualifier, unit: Unit) -> QuantityMatch:
    """``value`` units (a fraction, or a whole number and a fraction) as a measure or duration."""
    stated, low, high = _interval(Number(value, value, value), qualifier, None)
    scaled = tuple(None if x is None else x * unit.factor for x in (stated, low, high))
    quantity = Quantity(scaled[0], scaled[1], scaled[2], unit.canonical, qualifier)
    return QuantityMatch(start, end, unit.kind, quantity, None)


_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _offset_word_after(lowered: str, end: int, g: Grammar) -> bool:
    """Whether the word after ``end`` makes a span of time an offset ("later", "ago", "after")."""
    word = _NEXT_WORD.match(lowered, end)
    return word is not None and word.group(1) in g.offset_words


# The whole number before "and a quarter" ("one and a quarter years").
_WHOLE_AND = re.compile(rf"(?<![\w.,-])(?P<w>[a-z]+|\d{{1,3}}){_SP}+and{_SP}+$")
# After a fraction word: its plural and "of a" ("three-quarters of a mile", "a quarter mile").
_FRACTION_OF_A = re.compile(rf"(?P<plural>s)?(?P<of>{_SP}+of{_SP}+an?)?(?=[\s-])")


def _fraction_measures(text: str, lowered: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    """ "a quarter mile", "three-quarters of a mile", "a tenth of a second": a fraction of a unit of
    measure or time, not a share ("half" is ``_half_measures``'). After a fraction word that is also an
    ordinal only "of a" makes one ("a third day" of protests is the third)."""
    g = vocab.grammar
    denominators = dict(vocab.lex.fractions)
    out: list[QuantityMatch] = []
    # Found by str.find: a pattern of the words tried at every position cost 2 % of extraction.
    hits = [(p, w) for w in g.fraction_words for p in find_all(lowered, w) if _starts_word(lowered, p)]
    for position, word in hits:
        after = _FRACTION_OF_A.match(lowered, position + len(word))
        numerator = g.fraction_numerator.search(lowered, max(0, position - g.numerator_reach), position)
        if after is None or numerator is None:
            continue
        if word in g.ordinal_fractions and not after.group("of"):
            continue
        n = vocab.numbers.units.get(numerator.group("n"), 1.0)
        if (n > 1) != bool(after.group("plural")):
            continue  # "a thirds mile", "two-third of a mile"
        found = _unit_after(text, after.end(), False, vocab)
        if found is None or found[0].kind not in ("measure", "duration") or found[0].canonical == "pt":
            continue  # "a quarter point" is a percentage point (forms.py)
        unit, end = found
        start = numerator.start()
        if _inside(blocked, start, end) or "\n" in text[start:end]:
            continue
        if unit.kind == "duration" and _offset_word_after(lowered, end, g):
            continue  # "a quarter hour later": a date counted from another
        qualifier, q_start = _unit_qualifier(text, start, vocab)
        value = n / denominators[word]
        whole = _WHOLE_AND.search(lowered, max(0, start - 16), start) if n == 1 else None
        units = vocab.numbers.units
        if whole is not None and (whole.group("w").isdigit() or whole.group("w") in units):
            # "one and a quarter years", "2 and a quarter miles": the whole number and the fraction
            value += float(whole.group("w")) if whole.group("w").isdigit() else units[whole.group("w")]
            start = whole.start()
            qualifier, q_start = _unit_qualifier(text, start, vocab)
        out.append(_of_unit(q_start, end, value, qualifier, unit))
    return out


def _starts_word(lowered: str, start: int) -> bool:
    return start == 0 or not is_word_char(lowered[start - 1])


# Fractions before a unit: "1/4 mile", "10 1/2 miles", "2½ inches", "1/16 of a
# US pint".  Without a unit a fraction is no fact ("9/11", "24/7", a score).
_FRACTION_HINT = re.compile(f"[/\u2044{VULGAR}]")
_FRACTION = re.compile(
    rf"(?<![\w/.,\u2044{VULGAR}])(?:(?P<whole>\d{{1,3}})(?:[ \u00a0-](?=\d|[{VULGAR}])|(?=[{VULGAR}])))?"
    rf"(?:(?P<num>\d{{1,2}})[/\u2044](?P<den>\d{{1,3}})|(?P<vulgar>[{VULGAR}]))(?![\w/\u2044]|[.,]\d)"
)
# "1/16 of a US pint": the unit after "of a".
_OF_A = re.compile(rf"{_SP}+of{_SP}+an?(?:{_SP}+(?:US|U\.S\.|imperial|British))?(?={_SP})", re.IGNORECASE)


# A fraction's "/" (or its vulgar fraction) lies at most this far after its start: "100 1/2".
_FRACTION_REACH = 6


def _fraction_matches(text: str) -> Iterator[re.Match[str]]:
    """``_FRACTION.finditer(text)``, tried only at the few starts before a "/" or a vulgar fraction.

    The pattern opens with a look-behind, so the regex engine would try it at
    every position of the text.  Every match holds one of those characters
    within ``_FRACTION_REACH`` of its start, and the first of them after its
    start is its own; so trying each start up to that far before each, left
    to right and never inside a match found, gives the same matches.
    """
    pos = 0
    for hint in _FRACTION_HINT.finditer(text):
        h = hint.start()
        s = max(pos, h - _FRACTION_REACH)
        while s <= h:
            m = _FRACTION.match(text, s)
            if m is None:
                s += 1
                continue
            yield m
            s = pos = m.end()


def _fractions(text: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    """Measures whose number is a fraction, each with the unit written after it."""
    out: list[QuantityMatch] = []
    for m in _fraction_matches(text):
        if m.group("vulgar"):
            part = unicodedata.numeric(m.group("vulgar"))
        elif int(m.group("den")) == 0:
            continue
        else:
            part = int(m.group("num")) / int(m.group("den"))
        value = part + (int(m.group("whole")) if m.group("whole") else 0)
        of_a = _OF_A.match(text, m.end())
        found = _unit_after(text, of_a.end() if of_a else m.end(), False, vocab)
        if found is None or _inside(blocked, m.start(), found[1]):
            continue
        unit, end = found
        qualifier, q_start = _unit_qualifier(text, m.start(), vocab)
        out.append(_of_unit(q_start, end, value, qualifier, unit))
    return out


# Two figures of a score joined by a dash ("3-1", "2 – 0", tokenised "2 - 1"), found
# from the dash: a digit scan of the whole text costs more than the dashes do.
_SCORE_DASH = re.compile(r"[-\u2013\u2014][ \u00a0]?\d")
_SCORE_WORD = re.compile(r"[a-z]+")
_SCORE = re.compile(
    r"(?<![\w.,:/\u2013\u2014-])\d{1,3}[ \u00a0]?[-\u2013\u2014][ \u00a0]?\d{1,3}"
    r"(?![\w.,:/%\u2013\u2014-]|[ \u00a0]?[-\u2013\u2014][ \u00a0]?\d)"  # not "1-2-3", "5-7%", "2-1.5"
)
_WORD_AFTER_SCORE = re.compile(r"[ \u00a0]+([a-z]+)|[ \u00a0]*(?:[,.;:!?)\"”’]|$)")


def _scores(text: str, lowered: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The spans of scores ("won 3-1", "a 2–0 defeat"), taken so that neither figure is read."""
    out: list[tuple[int, int]] = []
    for dash in _SCORE_DASH.finditer(lowered):
        start = dash.start()
        if start and lowered[start - 1] in " \u00a0":
            start -= 1
        digits = start
        while digits > 0 and start - digits < 3 and lowered[digits - 1].isdigit():
            digits -= 1
        m = _SCORE.match(lowered, digits) if digits < start else None
        if m is None or (out and m.start() < out[-1][1]):
            continue
        after = _WORD_AFTER_SCORE.match(lowered, m.end())
        if after is None:
            continue  # a unit or a noun after the figures: "lost 2-3 kg", "won 10-20 seats" is a range
        word = after.group(1)
        if word is not None and word in vocab.score_after:
            out.append((m.start(), m.end()))  # "a 2-0 defeat"
            continue
        if word is not None and word not in vocab.stopwords:
            continue
        before = _SCORE_WORD.findall(lowered, max(0, m.start() - 40), m.start())[-3:]
        if any(w in vocab.score_before for w in before):
            out.append((m.start(), m.end()))  # "won 3-1 on Sunday", "beat Leeds 3-2."
    return out


@dataclass(frozen=True)
class _Tally:
    words: tuple[str, ...]  # every tally word, found by str.find
    before: frozenset[str]
    after: frozenset[str]
    nouns: frozenset[str]
    figures_after: re.Pattern[str]  # "voted" -> " by a majority of 8-1"
    figure_before: re.Pattern[str]  # "an 8-1" <- "majority"; "8" <- "votes to 1"
    second_after: re.Pattern[str]  # "8 votes" -> " to 1"
    values: Mapping[str, float]  # "eight" -> 8


_TALLY_REACH = 16  # characters before a tally word searched for "an 8-1", "eight"
_TALLY_FIGURE = r"\d{1,3}"  # no tally of a committee or a chamber runs to four digits
_TALLY_END = rf"(?![\w.,%{DASHES}]|{_SP}?[{DASHES}]{_SP}?\d)"  # not "8-1.5", "5-7%", "1-2-3"


def _tally(lex: Lexicon) -> _Tally:
    nouns = lex.noun_words
    values = {**lex.number_words["units"], **lex.number_words["tens"]}
    figure = rf"(?:{_TALLY_FIGURE}|[a-z]+)"  # a word's value is looked up (``_tally_value``)
    dash = rf"{_SP}?[{DASHES}]{_SP}?"
    joiner = rf"{_SP}+(?:{_phrases(nouns['tally_joiners'])}){_SP}+"
    noun = rf"{_SP}+(?:{_phrases(nouns['tally_nouns'])})"
    return _Tally(
        words=tuple(sorted(nouns["tally_before"] | nouns["tally_after"] | nouns["tally_nouns"])),
        before=nouns["tally_before"],
        after=nouns["tally_after"],
        nouns=nouns["tally_nouns"],
        figures_after=re.compile(
            rf"(?:{_SP}+(?:{_phrases(nouns['tally_fillers'])}))*{_SP}+(?P<a>{figure})"
            rf"(?:{dash}|(?:{noun})?{joiner})(?P<b>{figure}){_TALLY_END}",
            re.IGNORECASE,
        ),
        figure_before=re.compile(rf"(?<![\w.,{DASHES}])(?P<a>{figure})(?:{dash}(?P<b>{figure}))?{_SP}+$"),
        second_after=re.compile(rf"{joiner}(?P<b>{figure}){_TALLY_END}", re.IGNORECASE),
        values=MappingProxyType({k: float(v) for k, v in values.items()}),
    )


def _tallies(text: str, lowered: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    """Both counts of a vote's tally ("voted 8-1", "by 8 votes to 1"): those for, those against."""
    t = vocab.tally
    found: dict[int, QuantityMatch] = {}
    for word in t.words:
        p = lowered.find(word)
        while p >= 0:
            end = p + len(word)
            if _starts_word(lowered, p) and (end == len(lowered) or not is_word_char(lowered[end])):
                for a, b in _tally_at(lowered, p, end, word, t):
                    for_, against = _tally_value(lowered, a, t), _tally_value(lowered, b, t)
                    if for_ is None or against is None or a[0] in found:
                        continue
                    if _not_a_tally(text, a, b, blocked, vocab):
                        continue
                    found[a[0]] = _tally_count(a, for_, "votes_for")
                    found[b[0]] = _tally_count(b, against, "votes_against")
            p = lowered.find(word, end)
    return [found[k] for k in sorted(found)]


_Figure = tuple[int, int]  # the span of one figure of a tally


def _not_a_tally(text: str, a: _Figure, b: _Figure, blocked: _Blocked, vocab: Vocabulary) -> bool:
    """A date's figures, a line break between, or a unit after the second ("voted 2 to 3 times",
    "a vote of 50 to 60 percent")."""
    if _inside(blocked, a[0], b[1]) or "\n" in text[a[0] : b[1]]:
        return True
    after = b[1]
    unit = _unit_after(text, after, False, vocab)
    return bool(_PERCENT.match(text, after) or unit or vocab.occasions.match(text, after))


def _tally_at(lowered: str, p: int, end: int, word: str, t: _Tally) -> Iterator[tuple[_Figure, _Figure]]:
    """The two figures of a tally next to the tally word at ``p``..``end``."""
    if word in t.before:
        m = t.figures_after.match(lowered, end)
        if m is not None:
            yield m.span("a"), m.span("b")  # "voted 8-1", "by a majority of 8 to 1"
    window = max(0, p - _TALLY_REACH)
    if word in t.after:
        m = t.figure_before.search(lowered, window, p)
        if m is not None and m.group("b"):
            yield m.span("a"), m.span("b")  # "an 8-1 majority"
    if word in t.nouns:
        m = t.figure_before.search(lowered, window, p)
        second = t.second_after.match(lowered, end) if m is not None and not m.group("b") else None
        if m is not None and second is not None:
            yield m.span("a"), second.span("b")  # "by 8 votes to 1"


def _tally_value(lowered: str, span: _Figure, t: _Tally) -> float | None:
    figure = lowered[span[0] : span[1]]
    return float(figure) if figure.isdigit() else t.values.get(figure)


def _tally_count(span: _Figure, n: float, role: str) -> QuantityMatch:
    return QuantityMatch(span[0], span[1], "count", Quantity(n, n, n, "vote", "exact"), "vote", role)


# "over the past decade", "the next century": one unit as a span of time.
_SPAN_OF_ONE = re.compile(r"\b(?P<lead>[a-z]+)[ \u00a0]+(?P<unit>decade|century)\b")


def _spans_of_one(text: str, lowered: str, blocked: _Blocked, vocab: Vocabulary) -> list[QuantityMatch]:
    if "decade" not in lowered and "century" not in lowered:
        return []
    out = []
    for m in _SPAN_OF_ONE.finditer(lowered):
        if m.group("lead") not in vocab.span_leads or _inside(blocked, m.start(), m.end()):
            continue
        seconds = vocab.durations[m.group("unit")].factor
        start = m.start()
        value = Quantity(seconds, seconds, seconds, "s", "exact")
        out.append(QuantityMatch(start, m.end(), "duration", value, None))
    return out


# The word before a race time and the space after it.
_ELAPSED_LEAD = re.compile(r"([a-z]+)[ \u00a0]+$")
_TENTHS = re.compile(r"\.\d{1,2}(?![\d.,:])")


def _elapsed_times(
    text: str, lowered: str, digits: list[tuple[int, int]], blocked: _Blocked, vocab: Vocabulary
) -> list[QuantityMatch]:
    """Race times written hours:minutes:seconds ("won in 2:00:35", "ran 1:59:40.2"): durations.

    Read off the digit runs (one or two digits, ":", two, ":", two), so a text
    with no such figure costs a pass over its runs.  The hours have no leading
    zero and a timing word (``elapsed_leads``) stands before: "at 04:17:35" is a clock.
    """
    out: list[QuantityMatch] = []
    for i in range(len(digits) - 2):
        (a, b), (c, d), (e, f) = digits[i], digits[i + 1], digits[i + 2]
        if not (
            b - a <= 2
            and text[a] != "0"
            and c == b + 1
            and text[b] == ":"
            and d - c == 2
            and e == d + 1
            and text[d] == ":"
            and f - e == 2
            and (a == 0 or text[a - 1] not in ":.,")
            and text[f : f + 1] != ":"
        ):
            continue
        lead = _ELAPSED_LEAD.search(lowered, max(0, a - 24), a)
        if lead is None or lead.group(1) not in vocab.elapsed_leads:
            continue
        minutes, seconds = int(text[c:d]), int(text[e:f])
        if minutes > 59 or seconds > 59:
            continue
        end = f
        tenths = _TENTHS.match(text, f)
        fraction = float(tenths.group()) if tenths else 0.0
        if tenths:
            end = tenths.end()
        if _inside(blocked, a, end):
            continue
        total = int(text[a:b]) * 3600 + minutes * 60 + seconds + fraction
        out.append(QuantityMatch(a, end, "duration", Quantity(total, total, total, "s", "exact"), None))
    return out


def find_quantities(
    text: str,
    taken: list[tuple[int, int]],
    lowered: str | None = None,
    lex: Lexicon | None = None,
    digits: list[tuple[int, int]] | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[QuantityMatch]:
    """Every quantity in ``text`` outside the ``taken`` spans (dates), in order.

    ``lowered`` is ``lowercase(text)``, ``digits`` its digit runs
    (``words.digit_runs``) and ``words`` its whole words among a set holding
    the number words' triggers (``words.words_among``, ``NumberWords.trigger_words``
    and ``trigger_led``) and ``forms.trigger_words`` when the caller has them already; ``lex`` is the
    vocabulary of the text's language (English when not given).
    """
    if lowered is None:
        lowered = lowercase(text)
    if digits is None:
        digits = digit_runs(text)
    vocab = vocabulary(lexicon() if lex is None else lex)
    phones = _PHONE.finditer(text) if _phone_hint(text, digits) else ()
    tallies = _tallies(text, lowered, _Blocked(taken), vocab)
    spans = taken + [(m.start(), m.end()) for m in phones] + [(q.start, q.end) for q in tallies]
    if "://" in text or "www." in lowered:
        spans += [(m.start(), m.end()) for m in _URL.finditer(text)]
    spans += _scores(text, lowered, vocab)
    taken_spans = _Blocked(spans)
    articles = _article_durations(text, lowered, taken_spans, vocab)
    articles += _spans_of_one(text, lowered, taken_spans, vocab)
    articles += _elapsed_times(text, lowered, digits, taken_spans, vocab)
    articles += _fraction_measures(text, lowered, taken_spans, vocab)
    article_spans = _Blocked([(q.start, q.end) for q in articles])
    forms = [
        QuantityMatch(f.start, f.end, f.kind, f.value, f.noun, f.role)
        for f in find_forms(lowered, vocab.lex, digits, words)
        if not _inside(taken_spans, f.start, f.end) and not _inside(article_spans, f.start, f.end)
    ]
    fractions = _fractions(text, _Blocked(spans + [(q.start, q.end) for q in (*articles, *forms)]), vocab)
    halves = _half_measures(
        text, lowered, _Blocked(spans + [(q.start, q.end) for q in (*articles, *forms, *fractions)]), vocab
    )
    blocked = _Blocked(spans + [(q.start, q.end) for q in (*articles, *forms, *fractions, *halves)])
    offsets = _offset_durations(text, lowered, taken, vocab)
    out: list[QuantityMatch] = [*articles, *forms, *fractions, *halves, *offsets]
    pending: list[re.Match[str]] = []  # first ends of "from 4.8 to 4.7 percent"
    last_end = 0
    consumed = 0
    last_count: QuantityMatch | None = None  # what "14 of those" may partition
    counted: dict[float, QuantityMatch | None] = {}  # what "the 24", "all four" may name again
    # The full number pattern is tried only where a number can begin (a digit
    # or a number word, ``NumberWords.trigger`` matched on the lowered text):
    # far faster than scanning every position with it.
    word_starts = _number_word_starts(lowered, vocab.numbers, words)
    triggers = sorted(_numeral_starts(text, digits) + word_starts)
    deferred: list[int] = []  # triggers inside a blocked span, not matched yet
    for trigger in triggers:
        if trigger < consumed:
            continue
        if blocked.overlaps(trigger, trigger + 1):
            # A figure starting inside a date is refused whatever it reads;
            # only how far its match reaches matters (later triggers inside it
            # are not tried), and only once a trigger outside every blocked
            # span comes.  A text of dates has none: 50,000 matches spared.
            deferred.append(trigger)
            continue
        if deferred:
            consumed = _reach(text, deferred, consumed, vocab.numbers.pattern)
            deferred = []
            if trigger < consumed:
                continue
        m = vocab.numbers.pattern.match(text, trigger)
        if m is None or m.end() == m.start():
            continue
        consumed = _parsed_end(m, vocab)
        start = m.start()
        if start < last_end or _inside(blocked, start, m.end()):
            continue
        listed = _listed_role(text, lowered, out[-1] if out else None, start, m.end(), vocab)
        q = _quantity_at(text, m, blocked, lowered, vocab, listed, last_count)
        if q is None and m.group("num") and _FROM_TO_LEAD.search(text, max(0, start - 60), start):
            q = _carried(text, m, out[-1] if out else None, pending, vocab.lex)
        if q is None:
            q = _reprise(text, lowered, m, vocab, counted)
        if q is not None:
            out.append(q)
            last_end = q.end
            if q.kind == "count":
                last_count = q
                _remember(q, counted)
    if pending:
        out.extend(_carry_forward(text, pending, out, vocab.lex))
    out.sort(key=lambda q: q.start)
    out = _listed_counts(text, out, blocked, vocab)
    # A tally's two counts are never one range ("voted 4 to 5").
    return sorted(_merge_ranges(text, out, vocab) + tallies, key=lambda q: q.start)


def _parsed_end(m: re.Match[str], vocab: Vocabulary) -> int:
    """Where the number ``m`` matched ends as its words parse, when a dash cuts the run: "All four — two
    men" matches as one run of number words, but "four" parses alone, and "two" is tried as a figure of
    its own ("twenty and four hours" stays one run, as before)."""
    words = m.group("words")
    if not words or m.end("words") != m.end():
        return m.end()
    parsed = parse_words(words, vocab.lex)
    if parsed is None:
        return m.end()
    end = m.start("words") + parsed.length
    return end if end > m.start() and _DASH_AFTER.match(m.string, end) else m.end()


_DASH_AFTER = re.compile(rf"{_SP}*[\u2013\u2014]|{_SP}+-{_SP}")  # " — ", " – ", " - "


def _remember(q: QuantityMatch, counted: dict[float, QuantityMatch | None]) -> None:
    """Keep an exact whole count with a noun by its value for ``_reprise``; None once two counts of
    one value count different nouns (then "the 24" names neither for sure)."""
    v = q.value.stated
    if q.noun is None or v is None or q.value.qualifier != "exact" or v != int(v) or v < 2:
        return
    before = counted.get(v, q)
    counted[v] = q if before is not None and before.noun == q.noun else None


def _reprise(
    text: str, lowered: str, m: re.Match[str], vocab: Vocabulary, counted: dict[float, QuantityMatch | None]
) -> QuantityMatch | None:
    """ "Four more people were arrested ... All four are from the Paris region", "24 prisoners were
    swapped ... The 24 were brought to Ankara": a bare figure after one of grammar.toml [quantities]
    ``reprise_leads`` that no reading took names again the count of the same value before it in the
    text (its noun and role), when one noun only was counted with that value."""
    if not counted:
        return None
    if vocab.grammar.reprise_lead.search(lowered, max(0, m.start() - _REPRISE_LEAD), m.start()) is None:
        return None
    if _year_like(m):
        return None
    d = _read_number(text, lowered, m, vocab)
    if d is None or d.number.vague or d.number.stated is None:
        return None
    whole = counted.get(d.number.stated)
    if whole is None or whole.noun is None:
        return None
    nxt = _NOUN_NEXT.match(text, d.end)
    if nxt is not None:
        word, lex = fold_case(nxt.group().strip()), vocab.lex
        verb = word in lex.clause_words["bridge_after"] or word in lex.predicate_role
        if word not in vocab.stopwords and not verb:
            return None  # "the 24 hour ...", "all 24 members": a word of its own after the figure
    written = text[whole.start : whole.end]
    role = whole.role or count_role(whole.noun, written, lowered, whole.start, whole.end, vocab.lex)
    v = d.number.stated
    value = Quantity(v, v, v, whole.value.unit, "exact")
    return QuantityMatch(m.start(), d.end, "count", value, whole.noun, role)


_REPRISE_LEAD = 12  # characters before a figure searched for "all the "
# A word right after the figure (a space, then a letter): after "All four" a comma, a dash or a verb
_NOUN_NEXT = re.compile(rf"{_SP}+[a-z]+", re.IGNORECASE)


def _listed_counts(
    text: str, found: list[QuantityMatch], blocked: _Blocked, vocab: Vocabulary
) -> list[QuantityMatch]:
    """``found`` (in text order) with the other items of each list of counts written with its noun
    once, after the last item: "won 24, 20 and 7 seats" counts 24 seats and 20 seats.

    Only an exact count written in digits as the last item, and items in digits that no other
    fact has taken: "between 10 and 12 people" or "$5, $6 and 7 shares" are not such lists.
    """
    out: list[QuantityMatch] = []
    pattern = vocab.grammar.listed_before
    taken_end = 0
    for q in found:
        if (
            q.kind == "count"
            and q.noun is not None
            and q.value.qualifier == "exact"
            and q.start >= 4
            and text[q.start].isdigit()
            and (lead := pattern.search(text, max(taken_end, q.start - _LIST_WINDOW), q.start)) is not None
            and not _inside(blocked, lead.start(), q.start)
        ):
            for item in _LIST_ITEMS.finditer(text, lead.start("items"), lead.end("items")):
                value = float(item.group().replace(",", ""))
                quantity = Quantity(value, value, value, q.value.unit, "exact")
                out.append(QuantityMatch(item.start(), item.end(), "count", quantity, q.noun, q.role))
        out.append(q)
        taken_end = q.end
    return out


def _number_word_starts(lowered: str, numbers: NumberWords, words: list[tuple[int, str]] | None) -> list[int]:
    """Where a number word can begin: ``numbers.trigger``'s matches, read off ``words`` when given."""
    single, led = numbers.trigger_words, numbers.trigger_led
    if words is None or single is None:
        return [m.start() for m in numbers.trigger.finditer(lowered)]
    return [p for p, w in words if w in single or (w in led and led[w].match(lowered, p + len(w)))]


def _phone_hint(text: str, digits: list[tuple[int, int]]) -> bool:
    """Whether ``text`` has a digit, one space, "." or "-", then three digits (``\\d[\\s.-]\\d{3}``).

    Read off its digit runs: one run, then that character, then a run of at
    least three (the run after a digit run starts past a non-digit).  A
    pattern search cost a scan of the whole text.
    """
    end = -2
    for start, stop in digits:
        if start == end + 1 and stop - start >= 3 and (text[end] in ".-" or text[end].isspace()):
            return True
        end = stop
    return False


def _reach(text: str, deferred: list[int], consumed: int, number: re.Pattern[str]) -> int:
    """Where the matches at the ``deferred`` triggers end, tried in turn as ``find_quantities`` tries them."""
    for trigger in deferred:
        if trigger < consumed:
            continue
        m = number.match(text, trigger)
        if m is not None and m.end() > m.start():
            consumed = m.end()
    return consumed


# "dropped from 208 pounds to 193", "slowed from 4.8 to 4.7 percent": the two
# ends of a change measure one thing and the unit is often written once.  A
# bare number at one end takes the unit of the figure at the other.
_FROM_TO_LEAD = re.compile(r"\bfrom" + _SP + r"+(?:\S+" + _SP + r"+){0,6}?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom" + _SP + r"+$", re.IGNORECASE)
_TO_AFTER = re.compile(_SP + r"+to" + _SP + r"+", re.IGNORECASE)
# Between the first figure and "to": at most two words ("from 21 mpg combined to 23").
_TO_GAP = re.compile(r"(?:" + _SP + r"+[a-z]+){0,2}" + _SP + r"+to" + _SP + r"+", re.IGNORECASE)
_CARRIED_KINDS = frozenset({"measure", "money", "percent", "duration"})


def _carries(q: QuantityMatch) -> bool:
    """Whether the other end of a change may take ``q``'s unit: a measure, or a count of a noun."""
    return q.kind in _CARRIED_KINDS or (q.kind == "count" and q.noun is not None)


def _other_end(start: int, end: int, value: float, q: QuantityMatch) -> QuantityMatch:
    """The end of a change at ``[start, end)`` worth ``value``, in the unit (or of the noun) of ``q``."""
    return QuantityMatch(
        start, end, q.kind, Quantity(value, value, value, q.value.unit, "exact"), q.noun, q.role
    )


def _carried(
    text: str, m: re.Match[str], previous: QuantityMatch | None, pending: list[re.Match[str]], lex: Lexicon
) -> QuantityMatch | None:
    """A bare number at either end of "from ... to ...": the unit of the other end.

    The second end is read here from the figure before it; a first end is
    left in ``pending`` until the figure after it is known.
    """
    start, end = m.start(), m.end()
    if _NOT_A_FIGURE_AFTER.match(text, end) or (start and text[start - 1] not in " \u00a0"):
        return None  # "from 2-1 to", "from F-16 to": a score, a name
    if _FROM_BEFORE.search(text, max(0, start - 8), start):
        if _TO_AFTER.match(text, end):
            pending.append(m)
        return None
    if (
        previous is None
        or not _carries(previous)
        or _word_after(text, end) is not None
        and _word_after(text, end).start() == end  # type: ignore[union-attr]
        or not _TO_GAP.fullmatch(text, previous.end, start)
        or not _FROM_BEFORE.search(text, max(0, previous.start - 8), previous.start)
    ):
        return None
    factor = _written_factor(text, previous, lex)
    number = parse_match(m, lex)
    if factor is None or number is None or number.stated is None or number.vague:
        return None
    v = number.stated * factor
    if previous.kind == "count" and v != int(v):
        return None
    return _other_end(start, end, v, previous)


def _written_factor(text: str, q: QuantityMatch, lex: Lexicon) -> float | None:
    """What ``q``'s written number was multiplied by (a scale, a unit's seconds)."""
    first = number_words(lex).pattern.search(text, q.start, q.end)
    if first is None or not first.group("num"):
        return None
    written = parse_numeral(first.group("num"))  # "33" of "33 billion euros"
    value = q.value.stated if q.value.stated is not None else q.value.low
    if not written or value is None:
        return None
    return value / written


def _carry_forward(
    text: str, pending: list[re.Match[str]], found: list[QuantityMatch], lex: Lexicon
) -> list[QuantityMatch]:
    """The first ends of "from 4.8 to 4.7 percent": the unit of the figure after "to"."""
    by_start = {q.start: q for q in found}
    out = []
    for m in pending:
        to = _TO_AFTER.match(text, m.end())
        nxt = by_start.get(to.end()) if to else None
        if nxt is None or not _carries(nxt):
            continue
        factor = _written_factor(text, nxt, lex)
        number = parse_match(m, lex)
        if factor is None or number is None or number.stated is None or number.vague:
            continue
        v = number.stated * factor
        if nxt.kind != "count" or v == int(v):
            out.append(_other_end(m.start(), m.end(), v, nxt))
    return out


def _numeral_starts(text: str, digits: list[tuple[int, int]]) -> list[int]:
    """Where a numeral begins: a digit run or ".5", not the "000" of "13,000".

    ``digits`` are the text's digit runs: a plain digit scan with the
    look-behind done here is several times faster than a look-behind
    pattern, which the regex engine tries at every position.
    """
    out: list[int] = []
    for p, _ in digits:
        prev = text[p - 1] if p else " "  # (not "": "" is in every string)
        if prev in ".\uff0e":
            if p < 2 or (text[p - 2] not in ".,\uff0c\uff0e" and not text[p - 2].isdecimal()):
                out.append(p - 1)
        elif prev not in ",\uff0c":
            out.append(p)
    return out


def _merge_ranges(text: str, found: list[QuantityMatch], vocab: Vocabulary) -> list[QuantityMatch]:
    """Join "$3 billion to $5 billion", "between 5% and 6%", "252 miles to 287 miles".

    A range whose unit is written on both ends comes out of the scanner as two
    quantities; one fact states one interval.
    """
    out: list[QuantityMatch] = []
    for q in found:
        if out:
            p = out[-1]
            between = text[p.end : q.start]
            pv, qv = p.value, q.value
            scale = _shared_scale(text[p.start : p.end], text[q.start : q.end], vocab)
            if (
                scale != 1.0
                and pv.stated is not None
                and qv.stated is not None
                and pv.stated * scale < qv.stated
            ):
                # "$89 to $93 billion": the scale written once applies to both
                # ends; "$200 to $4 million" keeps its $200.
                low = None if pv.low is None else pv.low * scale
                high = None if pv.high is None else pv.high * scale
                pv = Quantity(pv.stated * scale, low, high, pv.unit, pv.qualifier)
            if (
                vocab.unit_range_separator.match(between)
                and p.kind == q.kind
                and pv.unit == qv.unit
                and pv.qualifier in ("exact", "about")
                and qv.qualifier == "exact"
                and pv.stated is not None
                and qv.stated is not None
                and qv.stated > pv.stated
                and (
                    not vocab.need_lead.search(between)
                    or vocab.range_lead.search(text, max(0, p.start - 12), p.start)
                )
                and not _a_change(text, p.start, vocab)
            ):
                lead = vocab.range_lead.search(text[max(0, p.start - 12) : p.start])
                start = (
                    p.start - (len(text[max(0, p.start - 12) : p.start]) - lead.start()) if lead else p.start
                )
                out[-1] = QuantityMatch(
                    start,
                    q.end,
                    p.kind,
                    Quantity(None, pv.stated, qv.stated, pv.unit, "range"),
                    p.noun or q.noun,
                )
                continue
        out.append(q)
    return out


_POUNDS = re.compile(rf"{_SP}+pounds?\b(?!{_SP}+of\b)", re.IGNORECASE)


def _year_before_noun(
    text: str, m: re.Match[str], start: int, noun: str, noun_end: int, vocab: Vocabulary
) -> bool:
    """ "the 1967 killings", "its 2015 elections": a year without a comma, a determiner before;
    "had 1988 sales of about $14 million": a year before a noun whose sum follows "of"."""
    num = m.group("num") or ""
    return (
        len(num) == 4
        and num.isdigit()
        and 1800 <= int(num) <= 2100
        and not m.group("scale")
        and noun not in vocab.lex.people_role
        and (
            vocab.grammar.year_determiner.search(text, max(0, start - vocab.grammar.year_window), start)
            is not None
            or vocab.grammar.of_figure.match(text, noun_end) is not None
        )
    )


def _plainly_money(text: str, m: re.Match[str], end: int, vocab: Vocabulary) -> bool:
    """ "PS21,700", "PS2.7m", "Y=590 billion": a figure with thousands, a scale or cents, not "PS4"."""
    num = m.group("num") or ""
    return bool(m.group("scale") or "," in num or "." in num or vocab.money_scale.match(text, end))


def _shared_scale(first: str, second: str, vocab: Vocabulary) -> float:
    """The scale of ``second`` when only it writes one ("$89" then "$93 billion"), else 1."""
    m = vocab.scale_at_end.search(second)
    if m is None or vocab.scale_at_end.search(first) or not first[-1:].isdigit():
        return 1.0
    word = m.group("s").lower()
    return vocab.numbers.scales.get(word) or vocab.money_scales[word]


class _Blocked:
    """Spans already taken (dates, phone numbers): does a figure overlap one?

    Answered by bisection over the starts and a running maximum of the ends
    (spans may overlap), so a text with thousands of dates or phone numbers
    costs a logarithm per figure, not a scan of every span before it.
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # the spans starting before ``end``
        return i > 0 and self.reach[i - 1] > start


def _inside(spans: _Blocked, start: int, end: int) -> bool:
    return spans.overlaps(start, end)


# "The deaths include 319 in Ludian County, 66 in Qiaojia County and 12 in
# Huize County": after a figure with a role, the next items of the list say
# where, not what; they count what the first one counts.
_LIST_REACH = 90  # characters between a count and the next figure of its breakdown by place


def _place_list(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap between two figures of a breakdown by place (roles.toml [clause] place_*), whose group
    "prep" is the preposition, and the preposition and place word after the next figure."""
    words = lex.clause_words
    preps = _phrases(words["place_prepositions"])
    joiners = _phrases(words["place_joiners"])
    gap = re.compile(
        # (unbounded repeats: the gap is at most _LIST_REACH characters, and a bounded repeat of a
        # character class costs milliseconds to compile)
        rf"{_SP}+(?:[a-z'’-]+{_SP}+)*?(?P<prep>{preps}){_SP}+(?!\d)[^,.;:!?()\n]+?"
        rf"(?:,{_SP}*(?:(?:{joiners}){_SP}+)?|{_SP}+(?:{joiners}){_SP}+)",
        re.IGNORECASE,
    )
    after = re.compile(rf"{_SP}+(?P<prep>{preps}){_SP}+(?!\d)", re.IGNORECASE)
    return gap, after


def _listed_role(
    text: str, lowered: str, previous: QuantityMatch | None, start: int, end: int, vocab: Vocabulary
) -> str | None:
    """The role a figure at ``start`` inherits as the next item of a breakdown by place: the role
    of the count before it ("646 people have died in Sindh, followed by 306 in ...")."""
    if previous is None or previous.kind != "count" or start - previous.end > _LIST_REACH:
        return None
    gap_pattern, after_pattern = vocab.place_list
    after = after_pattern.match(text, end)  # most figures have no preposition after them: looked at first
    gap = gap_pattern.fullmatch(text, previous.end, start) if after is not None else None
    if gap is None or after is None or fold_case(after.group("prep")) != fold_case(gap.group("prep")):
        return None
    written, lex = text[previous.start : previous.end], vocab.lex
    return previous.role or count_role(previous.noun, written, lowered, previous.start, previous.end, lex)


@dataclass
class _Draft:
    """One figure while ``_quantity_at`` reads it: the number, its span, what is decided so far.

    Each step below reads one thing around the number (a range, a currency, a
    qualifier, a unit or the counted noun) and fills the fields it owns; a
    step that finds the figure is no fact says so and the figure is dropped.
    """

    text: str
    lowered: str
    vocab: Vocabulary  # the words of the text's language
    m: re.Match[str]
    number: Number
    start: int  # where the numeral starts
    end: int  # where the numeral (or a range's second numeral, a glued scale) ends
    name_before: bool = False  # "Article 4": a name before, a count only with a unit
    high: Number | None = None  # the second number of a range
    between: re.Match[str] | None = None  # "between"/"from" before a range
    negative: bool = False
    prefix: re.Match[str] | None = None  # a currency symbol or code before the number
    currency: str | None = None
    qualifier: Qualifier = "exact"
    span_start: int = 0
    span_end: int = 0
    trailing: re.Match[str] | None = None  # "+", "or more", "and counting" after the number
    kind: Kind = "count"
    unit: str = ""
    noun: str | None = None
    role: str | None = None
    factor: float = 1.0
    level: bool = False  # a price or index level with no unit ("closed at 1,334.20")
    bound_at: int = -1  # where the figure starts when a bounding verb before it is no bound
    blocked: _Blocked | None = None  # the dates (and phone numbers) of the text
    antecedent: QuantityMatch | None = None  # the count before, which "14 of those" may be a part of


def _quantity_at(
    text: str,
    m: re.Match[str],
    blocked: _Blocked,
    lowered: str,
    vocab: Vocabulary,
    listed: str | None = None,
    antecedent: QuantityMatch | None = None,
) -> QuantityMatch | None:
    """The quantity whose numeral ``m`` matched, or None when it is no fact.

    ``listed`` is the role a figure inherits as the next item of a list;
    ``antecedent`` the count before it, which "14 of those" may be a part of.
    """
    d = _read_number(text, lowered, m, vocab)
    if d is None or _is_identifier(d) or _is_not_a_count(d):
        return None
    d.blocked = blocked
    d.antecedent = antecedent
    age = _apposed_age(d)
    if age is not None:
        return age
    _read_range(d, blocked)
    _read_lead(d)
    if not _read_unit(d, listed):
        return None
    if d.bound_at >= 0 and d.kind in ("count", "duration") and (d.noun is not None or d.kind == "duration"):
        d.qualifier, d.span_start = "exact", d.bound_at  # "passed 3 bills", "topped 10 weeks": no bound
    return _finish(d)


def _read_number(text: str, lowered: str, m: re.Match[str], vocab: Vocabulary) -> _Draft | None:
    """The number as written; a number-word phrase ends where its parse ends."""
    number = parse_match(m, vocab.lex)
    if number is None:
        return None
    end = m.end()
    if m.group("words"):
        parsed = parse_words(m.group("words"), vocab.lex)
        if parsed is None:
            return None
        end = m.start("words") + parsed.length
    num = m.group("num") or ""
    if num.isdigit() and len(num) <= 3 and not m.group("scale"):
        groups = _TOKENISED_THOUSANDS.match(text, end)
        if groups is None and vocab.prefix.search(text, max(0, m.start() - 6), m.start()):
            groups = _TOKENISED_MONEY_THOUSANDS.match(text, end)  # "$380 , 600": money after its symbol
        if groups is not None:
            # "10 , 000 feet": tokenised copy splits the thousands off; a
            # group with a leading zero is no figure of its own.
            value = float(num + re.sub(r"\D", "", groups.group()))
            number, end = Number(value, value, value), groups.end()
    elif (
        len(num) == 3
        and num.isdigit()
        and num[0] == "0"
        and _TOKENISED_GROUP_BEFORE.search(text, max(0, m.start() - 8), m.start())
    ):
        return None  # the "000" of "10 , 000" when the scan starts there
    return _Draft(text, lowered, vocab, m, number, m.start(), end)


# (also with the comma against the figure: "10, 000 monkeys", "around 80, 000 spectators")
_TOKENISED_THOUSANDS = re.compile(r"(?: ?, 0\d\d)+(?![\d.,])")
_TOKENISED_MONEY_THOUSANDS = re.compile(r"(?: , \d\d\d)+(?![\d.,])")
_TOKENISED_GROUP_BEFORE = re.compile(r"\d ?, $")
# The hour and colon of a clock as tokenised copy writes it ("01 : 19 hrs"; an hour of one or two digits).
_TOKENISED_CLOCK_BEFORE = re.compile(r"(?<![\d.,])\d{1,2} : $")


def _is_identifier(d: _Draft) -> bool:
    """Identifiers and codes: F-16, G7, COVID-19, 16x9, 24/7, 10:30, #5, ordinals.

    Sets ``name_before`` for "Article 4", "Minsk 2": a name followed by a
    number is an identifier unless a unit says it measures something.
    """
    text, m, start, end = d.text, d.m, d.start, d.end
    if not m.group("num"):
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    vocab = d.vocab
    glued = vocab.prefix.search(text[max(0, start - 6) : start]) if before.isalpha() else None
    glued_code = glued is not None and (
        glued.group().strip() not in vocab.plain_money_only | vocab.scaled_only
        or _plainly_money(text, m, end, vocab)
    )
    if (
        (before.isalnum() and not glued_code)
        or before in "_/#@:\\"
        or after == "/"
        or (after == ":" and text[end + 1 : end + 2].isdigit())  # "10:30", not "rises to 18: officials"
        or (
            before in DASH_CHARS
            and start >= 2
            and text[start - 2].isalpha()
            and not _NEGATIVE.search(text[max(0, start - 7) : start])
            and not _SUB.search(text[max(0, start - 4) : start])
            and not vocab.unit_before.search(text, max(0, start - 24), start)  # "magnitude-6.1"
        )
    ):
        return True
    if _NOT_A_FIGURE_AFTER.match(text[end : end + 3]):
        return True  # an ordinal, "16x9", or a malformed numeral such as "1,0000"
    if before in DASH_CHARS and start >= 2 and text[start - 2].isdigit():
        return True  # the second half of "2-1" (a score) or of a failed range
    if (
        before in DASH_CHARS
        and _CODE_BEFORE_DASH.search(text, max(0, start - 12), start - 1)
        and m.group("num").isdigit()
        and not _PERCENT.match(text, end)
        and _unit_after(text, end, False, d.vocab) is None
    ):
        return True  # "COVID -19 tests", "MH -17": a code written apart ("NASDAQ -19 points" is a fall)
    prev = _NAME_BEFORE.search(text[max(0, start - 30) : start])
    d.name_before = bool(
        prev
        and not vocab.prefix.search(text[max(0, start - 6) : start])
        and prev.group(1).lower() not in d.vocab.capitalised_lead_ins
        # "Quake Kills 10": a headline's capitalised verb, not a name.
        and prev.group(1).lower() not in d.vocab.lex.predicate_role
    )
    return False


_CODE_BEFORE_DASH = re.compile(r"\b[A-Z]{2,}[ \u00a0]$")


def _is_not_a_count(d: _Draft) -> bool:
    """Number words that name or stand for something: "Seven Sisters", "one of", "the one"."""
    text, m, start, end = d.text, d.m, d.start, d.end
    if m.group("words") and text[start].isupper() and _proper_name(text, start, end, d.vocab):
        return True  # "Seven Sisters", "Five Points": a name, not a count
    g = d.vocab.grammar
    if d.number.stated == 1 and m.group("words") and m.group("words").lower() in g.ones:
        nxt = _word_after(text, end)
        if not nxt or re.sub(r"['’]s$", "", nxt.group().lower()) in g.one_pronoun_after:
            # ... unless "one of its soldiers was wounded": one person of a group, and what befell them
            return not _one_of_people(d)
        if g.one_pronoun_determiner.search(text[max(0, start - g.one_window) : start]):
            return True
        if g.one_antecedent.search(text, max(0, start - 30), start):
            return True  # "a previous one killed 300": "one" stands for a noun named earlier
    return False


def _one_of_people(d: _Draft) -> bool:
    """ "one of its soldiers was wounded", "one of the victims died": a count of one person with a role."""
    pronoun = d.vocab.grammar.of_pronoun.match(d.text, d.end)
    if pronoun is None or not pronoun.group("noun") or pronoun.group("inner"):
        return False
    lex = d.vocab.lex
    named = d.vocab.lemma(fold_case(pronoun.group("noun")))
    if named not in lex.people_role and named not in lex.noun_role:
        return False
    return predicate_after(d.lowered, pronoun.end(), lex) is not None


def _apposed_age(d: _Draft) -> QuantityMatch | None:
    """ "Maddon, 66, has used the downtime": an age in apposition to a name;
    "aged 77", "at age 61": an age named before the number."""
    text, start, end, stated = d.text, d.start, d.end, d.number.stated
    if (
        d.m.group("num")
        and stated is not None
        and stated == int(stated)
        and 1 <= stated < 120
        and (
            (_APPOSITIVE_AGE_END.match(text, end) and _APPOSITIVE_AGE.search(text, max(0, start - 40), start))
            or (
                (aged := _AGE_BEFORE.search(text, max(0, start - _AGE_REACH), start))
                and not _unit_after(text, end, False, d.vocab)
                # a later item of a list of ages counts no noun of its own ("aged 38 and 12 people died")
                and not (
                    any(c.isdigit() for c in aged.group()) and _counted_noun(text, end, stated, d.vocab)[0]
                )
            )
            or (
                d.vocab.age_after.match(text, end)
                and d.vocab.age_before.search(text, max(0, start - 60), start)
            )
        )
    ):
        age = float(stated)
        return QuantityMatch(start, end, "measure", Quantity(age, age, age, "age", "exact"), None)
    return None


def _read_range(d: _Draft, blocked: _Blocked) -> None:
    """A range: "9-10", "9 to 10", "three or four years"; "and" only after "between"."""
    text, m, start = d.text, d.m, d.start
    sep = d.vocab.range_separator.match(text, d.end)
    d.between = d.vocab.range_lead.search(text[max(0, start - 12) : start])
    if not sep or not (d.between or not d.vocab.need_lead.search(sep.group())):
        return
    if d.between and _a_change(text, start, d.vocab):
        return  # "the toll rose from 20 to 30": two levels
    m2 = d.vocab.numbers.pattern.match(text, sep.end())
    if not m2 or _inside(blocked, m2.start(), m2.end()):
        return
    n2 = parse_match(m2, d.vocab.lex)
    number = d.number
    if n2 is None or n2.stated is None or number.stated is None or not (m2.group("num") or m2.group("words")):
        return
    # "2.5 to 3 billion": the scale of the second applies to the first.
    if not m.group("scale") and m2.group("scale") and m2.group("num"):
        written = parse_numeral(m2.group("num"))
        if not written or number.stated >= written:
            return  # "from 35.5 to 33 billion": a fall, two figures
        scale = n2.stated / written
        d.number = number = Number(number.stated * scale, number.low * scale, number.high * scale)
    if number.stated is not None and n2.stated > number.stated:
        d.high = n2
        end2 = m2.end()
        if m2.group("words"):
            p2 = parse_words(m2.group("words"), d.vocab.lex)
            end2 = m2.start("words") + p2.length if p2 else end2
        d.end = end2


_CODE_REACH = 8  # "MMUSD " before a figure


def _scale_after(text: str, end: int, vocab: Vocabulary) -> re.Match[str] | None:
    """A money scale after a figure: "5m", "5 bn", hyphened "69-B" (group "s")."""
    return vocab.money_scale.match(text, end) or vocab.hyphened_scale.match(text, end)


def _read_lead(d: _Draft) -> None:
    """What stands before the number: a sign, a currency, a qualifier ("more than $")."""
    text, m, start, end = d.text, d.m, d.start, d.end
    sign = text[max(0, start - 7) : start]
    d.negative = bool(
        (m.group("num") and _NEGATIVE.search(sign)) or (m.group("words") and _MINUS_WORD.search(sign))
    ) and not _PLUS_OR_MINUS.search(text, max(0, start - 12), start)
    q_end = start
    vocab = d.vocab
    pm = vocab.prefix.search(text[max(0, start - 6) : start])
    if pm is None and m.group("num") and start >= 2 and text[start - 1] in "-−":
        # "$-50.8bn": a currency symbol, then the sign.
        signed = vocab.prefix.search(text[max(0, start - 7) : start - 1])
        if signed is not None and not signed.group().strip()[-1:].isalpha():
            pm, d.negative, start = signed, True, start - 1
    if pm and pm.group().strip() in vocab.plain_money_only and not _plainly_money(text, m, end, vocab):
        pm = None
    if (
        pm
        and pm.group().strip() in vocab.scaled_only
        and not (m.group("scale") or _scale_after(text, end, vocab))
    ):
        pm = None
    if pm:
        d.currency = _prefix_code(pm.group(), vocab)
        q_end = start - (len(text[max(0, start - 6) : start]) - pm.start())
    elif (code := vocab.code_before.search(text, max(0, start - _CODE_REACH), start)) is not None:
        # "MEUR 60": a scale letter glued before a currency code
        d.currency, q_end = code.group("code"), code.start()
        if not m.group("scale"):
            d.factor = vocab.code_scales[code.group("scale")]
    d.prefix = pm
    before = _words_before_figure(text, q_end)
    qualifier, q_start = _qualifier_in(before, q_end, d.vocab)
    if qualifier == "exact" and d.high is None:
        # "the death toll tops 1,000": a bound, unless the figure counts a noun of its own.
        qualifier, q_start = _qualifier_in(before, q_end, d.vocab, bound=True)
        if qualifier != "exact":
            d.bound_at = q_end
    sub = _SUB.search(text[max(0, start - 4) : start]) if m.group("num") else None
    if sub and qualifier == "exact":
        qualifier, q_start = "less-than", start - 4  # "sub-300 sq m office space"
    d.trailing = _TRAILING_RE.match(text, end)
    d.span_start = q_start if qualifier != "exact" else q_end
    if d.high is not None:
        qualifier = "range"
        if d.between:
            d.span_start = min(
                d.span_start, start - (len(text[max(0, start - 12) : start]) - d.between.start())
            )
    d.qualifier = qualifier
    d.span_end = end


def _unit_after_plus(d: _Draft) -> tuple[Unit, int] | None:
    """ "11-plus years", "11+ years": a unit after a plus, which makes the figure a least bound;
    "30-odd years": after "-odd" (grammar.toml `rough_after`), which makes it about the figure."""
    plus = _PLUS.match(d.text, d.end)
    found = _unit_after(d.text, plus.end(), False, d.vocab) if plus is not None else None
    if found is not None:
        d.trailing = plus
        return found
    rough = _rough_word(d)
    found = _unit_after(d.text, rough.end(), False, d.vocab) if rough is not None else None
    if found is not None and rough is not None:
        _make_rough(d, rough)  # "30-odd years"
    return found


def _rough_word(d: _Draft) -> re.Match[str] | None:
    """The hyphened word right after the figure that makes it rough: "-odd" (grammar.toml
    `rough_after`) or "-plus" ("40-odd people", "30-odd years", "40-plus people")."""
    return d.vocab.grammar.rough_after.match(d.text, d.end) if d.text.startswith("-", d.end) else None


def _make_rough(d: _Draft, rough: re.Match[str]) -> None:
    """Widens an exact figure by its rough word: "-plus" makes it a least bound, "-odd" about it."""
    if d.qualifier == "exact":
        d.qualifier = "at-least" if rough.group("plus") else "about"


def _read_scale_after_currency(d: _Draft) -> None:
    """ "75 USD million", "20 dollars bn": a scale written after the currency, when the figure has none."""
    if d.m.group("scale") or d.factor != 1.0:
        return
    scale = d.vocab.scale_after_currency.match(d.text, d.span_end)
    if scale is not None:
        word = fold_case(scale.group("s"))
        d.factor = d.vocab.money_scales.get(word) or d.vocab.lex.number_words["scales"][word]
        d.span_end = scale.end()


def _read_currency_after(d: _Draft) -> None:
    """The currency written after a figure that has none before it ("5 million dollars", "2m euros",
    "115USD", "74 million pounds", "50p"), if any: ``d.currency`` and the span's end."""
    text, m, end, vocab = d.text, d.m, d.end, d.vocab
    # Abbreviated scales glued to money: "$5m", "£3bn" handled by the
    # pattern; a currency word after: "5 million dollars".
    after_cur = _currency_after(text, end, vocab)
    letter = vocab.money_scale.match(text, end) if m.group("num") and not m.group("scale") else None
    if after_cur is None and letter is not None:
        # "2m euros", "Rs 5 cr" without the symbol: a scale letter only money takes.
        after_cur = _currency_after(text, letter.end(), vocab)
        if after_cur is not None:
            d.factor = vocab.money_scales[fold_case(letter.group("s"))]
    pounds = _POUNDS.match(text, end) if m.group("scale") and not after_cur else None
    code = vocab.code_after.match(text, end) if after_cur is None and not letter else None
    if code is not None:
        # "115USD", "30 MUSD": a code in capitals glued to the figure or to a scale letter
        after_cur = code.group("code"), code.end()
        if code.group("scale") and not m.group("scale"):
            d.factor = vocab.code_scales[code.group("scale")]
    if after_cur:
        d.currency, d.span_end = after_cur
        _read_hundredths(d)
        _read_scale_after_currency(d)
    elif pounds is not None:
        d.currency, d.span_end = "GBP", pounds.end()  # "74 million pounds": money, not a mass
    elif m.group("num") and not m.group("scale") and _PENCE.match(text, end):
        d.currency, d.span_end = "penny", end + 1
    elif (
        m.group("num")
        and not m.group("scale")
        and _SPACED_PENCE.match(text, end)
        and vocab.grammar.price_move_before.search(
            text, max(0, d.start - vocab.grammar.price_window), d.start
        )
    ):
        d.currency, d.span_end = "penny", end + 2


def _read_unit(d: _Draft, listed: str | None) -> bool:
    """What the number measures: money, a percent, a unit, or a counted noun.

    False when it measures nothing a reader would compare.
    """
    text, m, end, vocab = d.text, d.m, d.end, d.vocab
    if d.currency is None:
        _read_currency_after(d)
    pct = _PERCENT.match(text, end)
    if d.currency is not None:
        d.kind, d.unit = "money", d.currency
        if d.prefix:
            mm = _scale_after(text, end, vocab)
            if mm and not m.group("scale"):
                d.factor = vocab.money_scales[fold_case(mm.group("s"))]
                d.span_end = mm.end()
        return True
    if pct:
        d.kind, d.unit = "percent", vocab.lex.percent_point if "point" in pct.group().lower() else "%"
        d.span_end = pct.end()
        return True
    multiple = _multiple_after(text, end, bool(m.group("num")), d.vocab)
    if multiple is not None:
        d.kind, d.unit, d.span_end = "multiple", multiple[0], multiple[1]
        return True
    glued = _GLUED_SCALE.match(text, end) if m.group("num") and not m.group("scale") else None
    scale = 1.0
    if glued:
        scale = vocab.money_scales[fold_case(glued.group("s"))]
        d.end = d.span_end = glued.end()
    found = _unit_after(text, d.end, False, d.vocab) or _unit_after_plus(d)
    if found is None:
        if not glued and _unit_around(d):
            return True
        counted = _read_count(d, scale, listed)
        if counted or not glued:
            return counted
        # "300m tall", "30m high": no counted noun after the letter, so it is the unit.
        d.end = d.span_end = end
        scale = 1.0
        found = _unit_after(text, end, False, d.vocab)
        if found is None:
            return False
    u, d.span_end = found
    if d.name_before and fold_case(text[d.end : d.span_end].strip()) in vocab.lex.capital_words:
        return False  # "Article 12 C", "Grade 5 C": a name's letter, not Celsius
    d.kind, d.unit, d.factor = u.kind, u.canonical, u.factor * scale
    if d.kind == "duration" and _TOKENISED_CLOCK_BEFORE.search(text, max(0, d.start - 5), d.start):
        return False  # "01 : 19 hrs", "at 9 : 25 hours": a time of day as tokenised copy writes it
    num = m.group("num") or ""
    if d.unit == "caliber" and num.isdigit() and 2 <= len(num) <= 3:
        # "a 38-caliber revolver", ". 357 caliber" (tokenised ".357"): a caliber is
        # hundredths or thousandths of an inch written without its point.
        d.factor = 10.0 ** -len(num)
    if scale == 1.0 and not d.number.vague and d.high is None and d.number.stated is not None:
        _read_second_part(d, u)
        _read_and_a_half(d)
    _read_age(d, scale)
    return True


def _read_age(d: _Draft, scale: float) -> None:
    """A duration written as an age ("a 28-year-old man"): an age in years, or the time since an
    event ("a 41-year-old double murder case")."""
    old = _AGE.match(d.text, d.end)
    if d.kind != "duration" or not old:
        return
    if _age_of_an_event(d, old.end()):
        # "a 41-year-old double murder case", "an 18-year-old civil war": the time since it
        # happened or began, as "41 years ago" is, and no person's age.
        d.span_end, d.role = old.end(), "elapsed"
        return
    # "a 28-year-old man", "a 6-month-old baby": an age in years, comparable
    # across outlets (not a duration to set beside "the siege lasted 6 months").
    d.kind, d.unit, d.span_end = "measure", "age", old.end()
    d.factor = d.vocab.durations[fold_case(old.group("u"))].factor / _YEAR_SECONDS * scale


_EVENT_WORDS = 3  # lower-case words after "41-year-old" read for an event or a noun of people
# Lower-case words after an age ("double murder case"), up to a capital, a digit or punctuation.
# The words read and the one after the last (whether the noun phrase ends there): no more, so
# that a long lower-case run after each "N-year-old" is not matched to its end.
_LOWER_WORDS = re.compile(rf"(?:{_SP}+[a-z][a-z'’-]*){{1,{_EVENT_WORDS + 1}}}")


def _age_of_an_event(d: _Draft, at: int) -> bool:
    """Whether "N-year-old" at ``at`` describes an event ("a 41-year-old double murder case", "an
    18-year-old civil war": an event word of events.toml or a predicate of roles.toml among the next
    lower-case words) and no person (a noun of people among them, a name or nothing after)."""
    words = _LOWER_WORDS.match(d.text, at)
    if words is None:
        return False
    lex, events = d.vocab.lex, event_vocabulary(d.vocab.lex).words
    found = False
    run = words.group().split()
    for k, word in enumerate(run[:_EVENT_WORDS]):
        if word in d.vocab.not_noun:
            break  # "the 28-year-old was charged": the noun phrase ends (here before it began)
        named = _noun_lemma(word, d.vocab)
        if named in lex.people_role or named in lex.noun_role:
            return False  # "a 28-year-old shooting suspect"
        # A predicate's word is an event only as a modifier ("double murder case"), never last
        # ("the 35-year-old newlywed died"); no event word is followed by a function word
        # ("16-year-old shot by cops": a verb after an age standing for a person).
        nxt = run[k + 1] if k + 1 < len(run) else None
        if word in events or (word in lex.predicate_role and nxt is not None):
            if nxt is not None and nxt in d.vocab.not_noun:
                return False
            found = True
    return found


# Between the two parts of a compound figure: "1hr 4 mins", "5 feet 8 inches",
# "5-foot-8" (tokenised: "5 - foot - 8"), "11 years and three months" (one term: outlets
# compare it with "135 months" and "11.25 years", and the gold reads it as one figure).
# A span of time's parts may also be joined by a comma: "two hours, 15 minutes".
_DURATION_COMMA = re.compile(rf",{_SP}+(?=\d|[a-z])")


# After hundredths written without their currency ("15 dollars 50."): the sentence or clause ends.
_HUNDREDTHS_END = re.compile(rf"{_SP}*(?:[.,;:!?)]|$)")


def _read_hundredths(d: _Draft) -> None:
    """The hundredths after a sum of whole units, one sum with it: "3 dollars 50 cents" (3.50 dollars),
    "thirteen dollars and forty-five cents", "15 dollars 50." (a bare second figure of two digits
    or spelled, ending its clause).  A second figure that is no hundredths ("20 dollars 30 euros",
    "5 dollars 150 cents", "3 dollars 50 people") leaves two figures, or one.
    """
    text, vocab = d.text, d.vocab
    stated, hundredths = d.number.stated, vocab.lex.noun_words["hundredths"]
    if stated is None or stated != int(stated) or d.high is not None or d.m.group("scale"):
        return
    if d.currency in hundredths:
        return
    gap = vocab.grammar.second_part.match(text, d.span_end)
    if gap is None or not gap.group().isspace() and any(c in DASH_CHARS for c in gap.group()):
        return  # "10 dollars-50": a range's dash, not a sum's
    m2 = vocab.numbers.pattern.match(text, gap.end())
    if m2 is None or m2.group("scale") or m2.group("vague"):
        return
    n2 = parse_match(m2, vocab.lex)
    if n2 is None or n2.stated is None or n2.stated != int(n2.stated) or not 1 <= n2.stated <= 99:
        return
    sub = _currency_after(text, m2.end(), vocab)
    if sub is not None:
        if sub[0] not in hundredths:
            return
        end = sub[1]
    elif (m2.group("num") is None or len(m2.group("num")) == 2) and _HUNDREDTHS_END.match(text, m2.end()):
        end = m2.end()
    else:
        return
    total = stated + n2.stated / 100
    d.number = Number(total, total, total)
    d.span_end = end


_ONE_DECIMAL = re.compile(r"\d+[.]\d")


def _average_count(d: _Draft) -> bool:
    """ "averaged 7.3 points 3.7 rebounds", "1.5 goals a game": a count with one decimal of things, an
    average; not of people ("2.5 troops") and not a clock time ("by 9.30 trains were running")."""
    num, noun = d.m.group("num"), d.noun
    if num is None or _ONE_DECIMAL.fullmatch(num) is None or noun is None or d.role is not None:
        return False
    after = _word_after(d.text, d.end)
    return (
        after is not None
        and after.start() == d.end + 1  # the plural noun right after the figure: "3.7 rebounds"
        and d.vocab.lemma(after.group()) == noun != after.group()
        and noun not in d.vocab.lex.people_role
        and noun not in d.vocab.lex.noun_role
    )


def _read_second_part(d: _Draft, first: Unit) -> None:
    """A smaller unit after the first ("1hr 4 mins", "5 ft 2 in", "5-foot-8"): one figure.

    A measure is then in the smaller unit (5 ft 8 in = 68 in); a duration stays in seconds and may
    go on in ever smaller units ("3 months and 2 weeks and 2 days").
    """
    part: Unit | None = _next_part(d, first, first)
    while part is not None and first.kind == "duration":
        part = _next_part(d, first, part)


def _read_and_a_half(d: _Draft) -> None:
    """Half a unit more after a whole number of units: "two hours and a half" is 2.5 hours, "one
    mile and a half" 1.5 miles (one figure, as "two and a half hours" is the number scanner's and
    "an hour and a half" the article durations')."""
    stated = d.number.stated
    if d.kind not in ("duration", "measure") or stated is None or stated != int(stated):
        return
    more = d.vocab.grammar.and_a_half.match(d.lowered, d.span_end)
    if more is None:
        return
    total = stated + 0.5
    d.number = Number(total, total, total, spelled=d.number.spelled)
    d.span_end = more.end()


def _next_part(d: _Draft, first: Unit, last: Unit) -> Unit | None:
    """Join the part after the figure read so far, in a unit smaller than ``last``; its unit, or None."""
    text, vocab = d.text, d.vocab
    sep = vocab.grammar.second_part.match(text, d.span_end)
    if sep is None and first.kind == "duration":
        # "11 years, three months": a comma joins a span of time's parts as "and" does
        sep = _DURATION_COMMA.match(text, d.span_end)
    if sep is None:
        return None
    m2 = vocab.numbers.pattern.match(text, sep.end())
    if m2 is None or m2.group("scale") or m2.group("vague") or _NOT_A_FIGURE_AFTER.match(text, m2.end()):
        return None
    n2 = parse_match(m2, vocab.lex)
    if n2 is None or n2.stated is None or n2.stated != int(n2.stated):
        return None
    stated = d.number.stated
    assert stated is not None
    found = _unit_after(text, m2.end(), False, vocab)
    implied = vocab.lex.compound_units.get(first.canonical)
    bare = None
    if found is None and implied and m2.group("num"):
        bare = vocab.implied_part_end.match(text, m2.end())
    if bare is not None and implied is not None:
        found = (vocab.measures[implied], bare.end())
    if found is None or found[0].kind != first.kind:
        return None
    second, end = found
    if first.kind == "duration":
        big, small = last.factor, second.factor
        after = _word_after(d.lowered, end)
        if after is not None and after.group() in vocab.grammar.offset_words:
            return None  # "for 3 months and 2 days ago they found it": the second part dates an event
    else:
        big_info, small_info = units.info(first.canonical), units.info(second.canonical)
        if big_info is None or small_info is None or big_info.dimension != small_info.dimension:
            return None
        big, small = big_info.to_base, small_info.to_base
    if not (small < big and n2.stated * small < big):
        return None  # "2 hours 90 minutes" is two figures
    if first.kind == "duration":
        total = stated + n2.stated * small / first.factor  # kept in the first unit; the factor makes seconds
    else:
        total = stated * big / small + n2.stated  # in the smaller unit: 5 ft 8 in = 68 in
        d.unit, d.factor = second.canonical, second.factor
    d.number = Number(total, total, total)
    d.span_end = end
    return second


def _unit_around(d: _Draft) -> bool:
    """A unit written before the number ("a magnitude 7.8 quake", "a magnitude of 6.1")
    or a phrase after it that names one ("6.5 on the Richter scale")."""
    if not d.m.group("num") or d.number.vague:
        return False
    text, vocab = d.text, d.vocab
    after = vocab.unit_after.match(text, d.end)
    before = None if after else vocab.unit_before.search(text, max(0, d.span_start - 24), d.span_start)
    if after is not None:
        d.unit, d.span_end = vocab.lex.units_after[" ".join(after.group("p").lower().split())], after.end()
    elif before is not None:
        d.unit = vocab.lex.units_before[" ".join(before.group("p").lower().split())]
        d.span_start = before.start()
    else:
        measured = _measured_unit(d) or _measured_subject_after(d)
        if measured is None:
            return False
        d.unit = measured
    d.kind = "measure"
    return True


def _measured_subject_after(d: _Draft) -> str | None:
    """ "A 7.6 earthquake followed": a figure written as magnitudes are, right before a subject noun of
    measures.toml [measured_by] (a quake counted in decimals is no count), takes its unit."""
    if not _DECIMAL.fullmatch(d.m.group("num") or ""):
        return None
    spaced = d.lowered[d.end : d.end + 1] == " "
    subject = d.vocab.measured_subject.match(d.lowered, d.end + 1) if spaced else None
    return None if subject is None else d.vocab.lex.measured_subjects[subject.group("s")]


_DECIMAL = re.compile(r"\d{1,2}\.\d")  # a figure written as magnitudes are: "7.8"
# Characters before a verb of measuring its subject may stand ("the quake, which ... measured").
_SUBJECT_REACH = 80
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?!\d)")


def _measured_unit(d: _Draft) -> str | None:
    """ "a quake measuring 7.8", "the tremor registered 5.2": the unit of the subject of a verb of measuring
    right before a bare figure, the subject named earlier in the same sentence; None if not so."""
    vocab = d.vocab
    window = max(0, d.span_start - vocab.measured_verb_window)
    verb = vocab.measured_verb.search(d.lowered, window, d.span_start)
    if verb is None and _DECIMAL.fullmatch(d.m.group("num") or ""):
        verb = vocab.measured_decimal_verb.search(d.lowered, window, d.span_start)
    if verb is None:
        return None
    piece = d.lowered[max(0, verb.start() - _SUBJECT_REACH) : verb.start()]
    cut = max((m.end() for m in _SENTENCE_END.finditer(piece)), default=0)
    # The nearest subject noun before the verb.
    subject = max(vocab.measured_subject.finditer(piece, cut), key=lambda m: m.start(), default=None)
    return None if subject is None else vocab.lex.measured_subjects[subject.group("s")]


# Multiples: "6.5 times earnings", "three times as many", "two to three times
# higher", "3x faster", "a 10-fold rise".  "shot 16 times", "met three times
# last year" count occasions, not a ratio: "times" makes a multiple only before
# "as", "the", a comparative or the noun of its base.
_TIMES = re.compile(rf"{_SP}+times\b|(?P<glued>x\b|[{DASHES}]?fold\b)", re.IGNORECASE)
_BASE_WORD = re.compile(r"[a-z][a-z'’-]*")


def _multiple_after(text: str, end: int, numeral: bool, vocab: Vocabulary) -> tuple[str, int] | None:
    """(unit, where the phrase ends) for a multiple after the number at ``end``, else None.

    The words that make "times" a ratio or not are ``vocab``'s (nouns.toml, words.toml).
    """
    m = _TIMES.match(text, end)
    if m is None:
        return None
    if m.group("glued"):
        return ("×", m.end()) if numeral and m.start() == end else None  # "3x", "10-fold"; not "three x"
    first = _BASE_WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    if first is None:
        return None
    word = first.group()
    words, stopwords = vocab.lex.noun_words, vocab.stopwords
    comparative = word.endswith("er") and len(word) > 4 and word not in stopwords
    if word in words["multiple_comparatives"] or comparative:
        # "three times as many", "two times higher": the word after "as" belongs to the phrase.
        after = _BASE_WORD.match(text, first.end() + 1) if word == "as" else None
        return "×", after.end() if after is not None and text[first.end()] == " " else first.end()
    if word in words["multiple_determiners"]:
        return "×", m.end()  # "three times the size of"
    if word in stopwords or word in words["not_multiple_bases"] or word.endswith(("ly", "ed", "ing")):
        return None  # "shot 16 times in the back", "three times daily", "five times ordered"
    base, stop = [word], first.end()
    second = _BASE_WORD.match(text, stop + 1) if text[stop : stop + 1] == " " else None
    if second is not None and second.group() not in stopwords and not second.group().endswith("ly"):
        base.append(second.group())  # "1.4 times book value"
        stop = second.end()
    return "× " + " ".join(base), stop


# A number hyphened to a singular noun before the noun it describes: "a
# 1,000-member church", "the five - man police force" (tokenised copy).
_HYPHENED_NOUN = re.compile(r"(?: - |-)(?P<n>[a-z]{3,})(?=[ \u00a0](?P<cap>[A-Z])?[A-Za-z])")


_PARENT_OF = re.compile(r"\b(?P<p>[a-z]+?)s?\s+of\s+$")


def _parent_before(d: _Draft) -> bool:
    """ "a mother of 12", "the father of two": the figure counts children (nouns.toml parents)."""
    found = _PARENT_OF.search(d.lowered, max(0, d.start - 16), d.start)
    return found is not None and found.group("p") in d.vocab.lex.noun_words["parents"]


def _is_level(d: _Draft) -> bool:
    """A bare numeral after "closed at", "rose 8.15% to": the level a price or index reached."""
    num = d.m.group("num") or ""
    if not num or d.qualifier != "exact" or d.high is not None or d.negative:
        return False
    if num.isdigit() and len(num) == 4 and 1800 <= int(num) <= 2100:
        return False  # "closed to 2019 levels"
    if _NOT_A_LEVEL_AFTER.match(d.text, d.end):
        return False  # "close at 6 : 00 p.m.", "stand at 10 - 5": a time, a record
    return d.vocab.level_before.search(d.text, max(0, d.start - 40), d.start) is not None


_NOT_A_LEVEL_AFTER = re.compile(rf"{_SP}*(?:[:{DASHES}]{_SP}*\d|[ap]\.?\s?m\b|o['’]clock)", re.IGNORECASE)


def _year_like(m: re.Match[str]) -> bool:
    """A four-digit numeral of a plausible year ("in 2014 killed" names a year, not 2,014 of them)."""
    num = m.group("num") or ""
    return len(num) == 4 and num.isdigit() and 1800 <= int(num) <= 2100


def _read_count(d: _Draft, scale: float, listed: str | None) -> bool:
    """A count: the counted noun after the number, or the role its clause names."""
    text, m, number, start, end = d.text, d.m, d.number, d.start, d.end
    noun_at = end
    if number.vague:
        of = _OF.match(text, end)  # "dozens of people"
        noun_at = of.end() if of else end
    noun, noun_end = _counted_noun(text, noun_at, number.stated, d.vocab)
    if noun is None and not number.vague and number.stated is not None and number.stated >= 1:
        noun, noun_end = _rough_count(d, noun_end)
    if noun is None and not number.vague and number.stated is not None and number.stated >= 1:
        noun, noun_end = _hyphened_count(d, d.end, noun_end)
        if noun is None:
            noun, noun_end = _suspended_count(d, noun_end)
        if noun is None and (titled := d.vocab.grammar.times_title.match(text, d.end)) is not None:
            # "Six-time European champions", "a three-time Olympic gold medallist": the titles won
            noun, noun_end = d.vocab.lemma(fold_case(titled.group("noun"))), titled.end()
    parent = noun is None and number.stated is not None and number.stated >= 1 and _parent_before(d)
    if parent:
        # "a mother of 12", "father of two": children, whatever befell the parent
        # ("a mother of two died" counts no deaths).
        noun, noun_end = "child", end
    if d.name_before:
        return False
    if noun is not None and _year_before_noun(text, m, start, noun, noun_end, d.vocab):
        return False  # "the 1967 killings": a year naming an event, not 1,967 of them
    if noun is None and not number.vague and number.stated is not None and number.stated >= 2:
        occasions = d.vocab.occasions.match(text, end)
        if occasions is not None and not _year_like(m):
            # "shot 11 times", "arrested four times": occasions ("three times more" is a multiple)
            noun, noun_end = d.vocab.lemma(fold_case(occasions.group("w"))), occasions.end()
    context_role: str | None = None
    unit_override = ""
    mark = _mark_after(d) if not number.vague else None
    if mark is not None:
        noun, noun_end = None, mark  # "crossed the 1,100 mark": the figure names no thing of its own
    if noun is None and not number.vague:
        noun, noun_end = _model_plural(d, noun_end)
    if noun is None:
        noun, noun_end, context_role = _people_of(d, noun_end)
    if noun is None and not number.vague:
        noun, noun_end, context_role = _estimate_of(d, noun_end)
    if noun is None and not number.vague:
        noun, noun_end = _part_of_things(d, noun_end)
    if noun is None and not number.vague:
        noun, context_role = _people_aboard(d, noun_end)
    if noun is None:
        role = _clause_role(d, noun_end, listed)
        if role is not None and (number.vague or number.stated == int(number.stated or 0.5)):
            context_role = role
            unit_override = role
        elif _is_level(d):
            d.level = True  # "the Dow closed at 33,000", "rose 8.15% to 3.65"
        elif (elided := _elided_noun(d, noun_end)) is not None:
            noun, context_role = elided  # "12,000 homes collapsed and 30,000 more were damaged"
        elif (led := _led_elision(d)) is not None:
            noun, context_role = led  # "1,300 flights ... and today another 600"
        elif (bracketed := _bracketed_part(d)) is not None:
            noun, context_role, noun_end = bracketed  # "the 23 pirates ( 12 Somali and 11 Yemeni )"
            d.span_end = noun_end
        elif (earlier := _earlier_value(d)) is not None:
            noun, context_role = earlier  # "the toll climbed to 54, up from 42 on Sunday"
            unit_override = context_role or ""
        elif not (m.group("scale") and m.group("num")) and not _spelled_millions(d):
            return False
        # "investing 200 million", "worth over 2 billion", "the CGT counted two million": a large
        # figure with its scale written out is a fact even when what it counts is left implicit.
        noun_end = mark if mark is not None else d.span_end
    d.kind, d.unit, d.factor = "count", noun or unit_override, scale
    d.noun, d.role = noun, "people" if parent else context_role
    if (
        number.stated is not None
        and not number.vague
        and not m.group("num")
        and (number.stated == 1 and m.group("words").lower() in d.vocab.grammar.articles)
    ):
        return False
    d.span_end = noun_end
    return True


def _spelled_millions(d: _Draft) -> bool:
    """ "two million", "one million and 120,000": a number spelled with a scale of a million or more
    after a number word (not "a million": an article, often a manner of speaking)."""
    words = d.m.group("words")
    if not words or d.number.stated is None or d.number.stated < 1e6:
        return False
    first, last = fold_case(words.split()[0]), fold_case(words.split()[-1])
    numbers = d.vocab.lex.number_words
    joined = _WORD_THEN_FIGURE.match(d.text, d.end)
    if joined is not None and fold_case(joined.group(1)) in d.vocab.numbers.conjunctions:
        return False  # "one million and 120,000": not read as one figure yet, never as "one million"
    return first not in d.vocab.grammar.articles and numbers["scales"].get(last, 0.0) >= 1e6


_WORD_THEN_FIGURE = re.compile(rf"{_SP}+([A-Za-z]+){_SP}+\d")


def _mark_after(d: _Draft) -> int | None:
    """Where "mark" ends in "the death toll crossed the 1,100 mark" (a word of nouns.toml ``marks``
    right after the figure): the figure counts what its clause names, if it names one."""
    after = _word_after(d.text, d.end)
    if after is None or after.start() > d.end + 1:
        return None
    if fold_case(after.group()) not in d.vocab.lex.noun_words["marks"]:
        return None
    return after.end()


# "63,150 Model 3s", "two Boeing 737s": a name and the plural of its model's code.
_MODEL_PLURAL = re.compile(
    rf"{_SP}+(?P<name>[A-Z][A-Za-z]+(?:{_SP}+[A-Z][A-Za-z]+)?){_SP}+(?P<code>[A-Z]?\d{{1,4}}[A-Za-z]?)s\b"
)


def _model_plural(d: _Draft, noun_end: int) -> tuple[str | None, int]:
    """ "Tesla delivered 63,150 Model 3s": the model written as a name and the plural of its code is
    what is counted (its lemma "model 3"); (None, ``noun_end``) when no such model follows."""
    found = _MODEL_PLURAL.match(d.text, d.end)
    if found is None:
        return None, noun_end
    return " ".join(f"{found.group('name')} {found.group('code')}".lower().split()), found.end()


_ESTIMATE_REACH = 200  # characters between the figure an estimate is of and "estimates of 64,900"


def _estimate_of(d: _Draft, noun_end: int) -> tuple[str | None, int, str | None]:
    """ "delivered 63,150 Model 3s, short of estimates of 64,900": a bare figure after a word of
    estimate and "of" counts what the count before it in the sentence counts (noun and role)."""
    whole, g = d.antecedent, d.vocab.grammar
    if (
        whole is None
        or whole.noun is None
        or d.start - whole.end > _ESTIMATE_REACH
        or not g.estimate_of.search(d.text, max(0, d.span_start - g.estimate_window), d.span_start)
        or _SENTENCE_END.search(d.text, whole.end, d.start)
    ):
        return None, noun_end, None
    return whole.noun, noun_end, whole.role


def _rough_count(d: _Draft, noun_end: int) -> tuple[str | None, int]:
    """ "40-odd people" (about 40), "40-plus people" (at least 40): the noun after a hyphened word that
    makes the figure rough; sets the qualifier.  (None, ``noun_end``) when there is none."""
    rough = _rough_word(d)
    if rough is None:
        return None, noun_end
    noun, end = _counted_noun(d.text, rough.end(), d.number.stated, d.vocab)
    if noun is None:
        return None, noun_end
    _make_rough(d, rough)
    return noun, end


def _hyphened_count(d: _Draft, at: int, noun_end: int) -> tuple[str | None, int]:
    """The noun hyphened at ``at`` ("a 1,000-member church", "a three-story building").

    (None, ``noun_end``) when there is none.
    """
    lex = d.vocab.lex
    hyphened = _HYPHENED_NOUN.match(d.text, at)
    word = hyphened.group("n") if hyphened is not None else ""
    counted = d.vocab.lemma(word)
    if hyphened is not None and (
        counted in lex.noun_words["hyphen_counted"]
        or not hyphened.group("cap")
        and (counted in lex.people_role or counted in lex.noun_role)
    ):
        # The hyphened noun is counted; before a name only a part of a building is
        # ("the eight-storey Rana Plaza building", not "the five-member Old Tappan force").
        return counted, hyphened.end()
    return None, noun_end


_SUSPENDED_LIST = 8  # numbers with a hanging hyphen read before giving up
_DIGITS_AT = re.compile(r"\d+(?:[.,]\d+)*")


def _suspended_count(d: _Draft, noun_end: int) -> tuple[str | None, int]:
    """ "four-, five- and six-cylinder engines", "two- and three-bedroom flats": a number whose hyphen
    hangs counts the noun the last number of its list is hyphened to; the figure is "four-"."""
    text, pos = d.text, d.end
    for _ in range(_SUSPENDED_LIST):
        if not text.startswith("-", pos):
            break
        gap = d.vocab.grammar.suspended_gap.match(text, pos + 1)
        if gap is None:
            break
        number = _DIGITS_AT.match(text, gap.end()) or d.vocab.numbers.pattern.match(d.lowered, gap.end())
        if number is None or number.end() == gap.end():
            break
        pos = number.end()
        counted, counted_end = _hyphened_count(d, pos, noun_end)
        if counted is not None and counted_end > pos:
            return counted, d.end + 1
    return None, noun_end


_POSSESSIVE = re.compile(r"['’]s\b")


def _part_of_things(d: _Draft, noun_end: int) -> tuple[str | None, int]:
    """ "At least 17 of the hijacked ships", "four of 11 counts of fraud", "21 of 25 club fights": a part
    of a whole of things counts the whole's noun (a plural, never a noun of people: those are
    ``_people_of``'s, whose roles a story gives).  The span is the figure and, when the whole is
    written as a number (a fact of its own), the figure alone."""
    number, vocab = d.number, d.vocab
    of = vocab.grammar.of_pronoun.match(d.text, noun_end)
    if of is None or not of.group("noun") or number.stated is None or number.stated < 1:
        return None, noun_end
    owner = of.group("owner")
    # "20 of Boeing's larger 777 planes": after a name's possessive, three bare digits name a model
    noun, end = _counted_noun(d.text, of.start("noun"), number.stated if owner else None, vocab)
    between = d.text[of.end("owner") if owner else d.end : end]
    if noun is None or noun in vocab.lex.people_role or "\n" in between or _POSSESSIVE.search(between):
        return None, noun_end  # "five of her daughter's kids": a possessive, people whose word we lack
    words = vocab.lex.number_words
    spelled = fold_case(of.group("noun"))
    head = spelled.split("-")[0]
    if head != spelled and (head in words["units"] or head in words["tens"]):
        return None, noun_end  # "five of the three-ton satellites": the measure is a figure of its own
    whole = words["units"].get(spelled) or words["tens"].get(spelled)  # "five of the seven bullets"
    if of.group("inner"):
        whole = parse_numeral(of.group("inner").strip())
    if whole is not None and owner:
        return None, noun_end  # "two of Islam's five pillars": a name's own things, no count read here
    if whole is not None:
        if not number.stated < whole:
            return None, noun_end  # "25 of 11 counts" is no part
        # "seven of the 30 districts", "35 of the 150 seats", "five out of the six counts": the part
        # counts the whole's noun (session 23: these were refused in session 15 for one false
        # conflict, "three of the seven bullets" against a revolver's "four bullets"; measured again)
        return noun, d.end  # the whole is a figure of its own
    return noun, end


def _people_aboard(d: _Draft, noun_end: int) -> tuple[str | None, str | None]:
    """ "all 379 on board the flight escaped", "five of the six on board", "killing all 61 aboard": a bare
    whole number before a place adverb counts people, with the role of the verb after it (past a short
    place), else of the verb before it, else "people".  (None, None) when no place adverb follows."""
    number = d.number
    if (
        number.stated is None
        or number.stated < 1
        or number.stated != int(number.stated)
        or _year_like(d.m)
        or not d.vocab.aboard.match(d.text, noun_end)
    ):
        return None, None
    lex = d.vocab.lex
    if predicate_before(d.lowered, d.start, lex) is not None:
        return None, None  # "killing all 61 aboard": the verb's figure (``_clause_role``)
    lowered = d.lowered
    role = predicate_after(lowered, noun_end, lex) or predicate_after_place(lowered, noun_end, lex)
    return "person", role or "people"


def _people_of(d: _Draft, noun_end: int) -> tuple[str | None, int, str | None]:
    """People a figure with no noun of its own counts: (noun, its end, role), noun None if not.

    "ten of them were killed", "20,000 of us", "14 of the dead", "194 others were injured".
    """
    number = d.number
    noun, noun_end, context_role = _people_of_pronoun(d, noun_end)
    if noun is None and number.stated is not None and number.stated >= 2 and not number.vague:
        noun, noun_end, context_role = _counted_by_copula(d, noun_end)
    if noun is None and number.stated is not None and number.stated >= 1 and not number.vague:
        noun, noun_end, context_role = _part_from(d, noun_end)
    if noun is None and number.stated is not None and number.stated >= 2 and not number.vague:
        context_role = _whole_of_people_aside(d, noun_end)
        if context_role is not None:
            noun = "person"  # "A total of 181, including six crew members, were aboard"
    if noun is None:
        others = _people_of_others(d, noun_end)
        if others is not None:
            noun, noun_end, context_role = others
    return noun, noun_end, context_role


def _people_of_pronoun(d: _Draft, noun_end: int) -> tuple[str | None, int, str | None]:
    """``_people_of``'s reading of a part told by "of" and a pronoun or a noun of people after
    the figure ("ten of them", "14 of the dead", "two of those"): (noun, its end, role), noun None
    if not.  Apart from ``_people_of`` because the words after "of" decide the role first, before
    the readings that need no such words (copula, "from", an aside, "others") are tried.
    """
    lowered, number, lex = d.lowered, d.number, d.vocab.lex
    pronoun = d.vocab.grammar.of_pronoun.match(d.text, noun_end)
    if pronoun is None:
        return None, noun_end, None
    named, whole_end, counted_whole = _of_whole(d, pronoun)
    said = predicate_after(lowered, whole_end, lex) or predicate_after_place(lowered, whole_end, lex)
    if pronoun.group("noun"):
        # "14 of the dead", "six of its citizens were killed"
        # a noun of people with no predicate after it takes its own role when that is a casualty's
        # ("13 of the victims were children"; "23 of the raiders" is no count of its own)
        own = lex.people_role.get(named)
        casualty = own if own in lex.casualty_roles else None
        said = lex.noun_role.get(named) or ((said or casualty) if own else None)
    if (
        number.stated is not None
        and number.stated >= 1
        and (said is not None or fold_case(pronoun.group().split()[-1]) in d.vocab.grammar.speakers)
    ):
        # "ten of them were killed", "20,000 of us", "14 of the dead": people.
        if pronoun.group("inner") or counted_whole:
            # "11 of the 14 foreigners killed": the figure is the part;
            # the whole ("14 foreigners killed") is a figure of its own.
            return named, d.end, said or "people"
        return "person", whole_end, said or "people"
    if said is None and not pronoun.group("noun"):
        # "18 people died; 14 of those were foreigners": a part of the count before takes its
        # role, unless a verb governs it ("shooting three co-workers, killing two of them").
        whole = _antecedent_role(d)
        if whole is not None:
            return "person", pronoun.end(), predicate_before(lowered, d.start, lex) or whole
    return None, noun_end, None


def _of_whole(d: _Draft, pronoun: re.Match[str]) -> tuple[str, int, bool]:
    """The noun after "of" (lemma, "" when a pronoun), where the whole it names ends, and whether
    that whole is a count of its own ("11 of the 14 foreigners killed", ``_compound_whole``): a
    noun that names no role of people may be the first word of a longer whole.
    """
    lex = d.vocab.lex
    if not pronoun.group("noun"):
        return "", pronoun.end(), False
    named = d.vocab.lemma(fold_case(pronoun.group("noun")))
    if named not in lex.people_role and named not in lex.noun_role:
        compound = _compound_whole(d, pronoun, named)
        if compound is not None:
            return compound
    return named, pronoun.end(), False


def _people_of_others(d: _Draft, noun_end: int) -> tuple[str, int, str] | None:
    """``_people_of``'s reading of "others" after the figure: ("person", its end, role), or None.

    "194 others were injured", "wounding two others", "the injury of two others": "others" names
    no role, so the role is the verb's after or before it, the head's of an "of" before the
    figure, or the role of the people listed before (``_role_of_listed_others``).
    """
    others = _OTHERS.match(d.text, noun_end)
    if others is None:
        return None
    lowered, lex, number = d.lowered, d.vocab.lex, d.number
    said = (
        predicate_after(lowered, others.end(), lex)
        or predicate_before(lowered, d.start, lex)
        or of_head_before(lowered, d.span_start, lex)
        or _role_of_listed_others(d)
    )
    if said is not None and number.stated is not None and number.stated >= 1:
        return "person", others.end(), said
    return None


_ASIDE_OPEN = re.compile(rf"{_SP}*,{_SP}*")
_ASIDE_CLOSE_REACH = 60  # characters from the part's noun to the comma closing its aside


def _whole_of_people_aside(d: _Draft, noun_end: int) -> str | None:
    """ "A total of 181, including six crew members, were aboard the plane": the role of a bare whole
    figure whose aside (a comma and a word of roles.toml [clause] asides) names a part of it that counts
    people (a noun of people or a demonym, fewer than the whole): the predicate after the aside, else
    "people" when a place adverb closes the aside (", were aboard"); None otherwise."""
    text, lex = d.text, d.vocab.lex
    opened = _ASIDE_OPEN.match(text, noun_end)
    if (
        opened is None
        or _year_like(d.m)
        # "killed 181, including ...", "the death toll rose to 181, including ...": read as the verb's
        # or the subject's figure (``_clause_role``)
        or predicate_before(d.lowered, d.start, lex) is not None
        or head_role_before(d.lowered, d.span_start, lex) is not None
    ):
        return None
    word = _word_after(text, opened.end())
    asides = lex.clause_words["asides"]
    if word is None or word.start() != opened.end() or fold_case(word.group()) not in asides:
        return None
    part = d.vocab.numbers.pattern.match(text, word.end() + 1)
    if part is None or part.end() == part.start():
        return None
    read = parse_match(part, lex)
    stated = read.stated if read is not None else None
    if stated is None or d.number.stated is None or stated >= d.number.stated:
        return None
    noun, end = _counted_noun(text, part.end(), stated, d.vocab)
    last = text[part.end() : end].split()[-1:]
    if noun is None or (noun not in lex.people_role and not (last and lex.shapes["demonym"].match(last[0]))):
        return None
    said = predicate_after(d.lowered, noun_end, lex)
    if said is not None:
        return said
    # no verb of a role: people only where the clause says where they were ("..., were aboard the plane");
    # "at least 145, including 117 members of the Rohingya minority" says nothing of what the 145 are
    close = text.find(",", end, end + _ASIDE_CLOSE_REACH)
    return "people" if close >= 0 and d.vocab.aboard_after.match(text, close + 1) else None


def _role_of_listed_others(d: _Draft) -> str | None:
    """ "Among the victims were 85 women, 84 men, and 10 others": the casualty role of the count right
    before "N others" in one list (a comma, a joiner of grammar.toml [quantities] list_joiners, or both,
    and nothing else between them); None otherwise."""
    whole, lex = d.antecedent, d.vocab.lex
    if whole is None or whole.kind != "count":
        return None
    between = fold_case(d.text[whole.end : d.span_start]).replace(",", " , ").split()
    joiners = lex.grammar["quantities"]["list_joiners"]
    if not (between == [","] or (between[-1:] and between[-1] in joiners and between[:-1] in ([], [","]))):
        return None
    written = d.text[whole.start : whole.end]
    role = whole.role or count_role(whole.noun, written, d.lowered, whole.start, whole.end, lex)
    return role if role in lex.casualty_roles else None


def _compound_whole(d: _Draft, pronoun: re.Match[str], named: str) -> tuple[str, int, bool] | None:
    """The people the whole of "N of the ..." counts when its first word ``named`` is no noun of
    people: (their noun, the whole's end, whether the whole is a figure of its own), None if none.

    "five of the six coast guard members were killed": the whole's head noun is the last of a
    compound (after its number, a figure of its own), and its predicate follows the compound;
    "five of the six on board", "241 of the 242 on board an Air India flight": people on board.
    """
    text, lex = d.text, d.vocab.lex
    spelled = named in lex.number_words["units"] or named in lex.number_words["tens"]
    at = _word_after(text, pronoun.end("noun")) if spelled else None
    head, head_end = _counted_noun(text, at.start() if at else pronoun.start("noun"), None, d.vocab)
    if head is not None and head in lex.people_role and "\n" not in text[pronoun.end() : head_end]:
        return head, head_end, spelled
    inner_end = pronoun.end("inner") - 1 if pronoun.group("inner") else -1
    aboard = d.vocab.aboard.match(text, pronoun.end("noun") if spelled else inner_end)
    if aboard is not None:
        return "person", aboard.end(), True
    return None


def _counted_by_copula(d: _Draft, noun_end: int) -> tuple[str | None, int, str | None]:
    """ "... 14 of those were foreigners and four were Afghans": a bare figure whose copula names the
    people it counts (a noun of people or a demonym), with the role of the count it is a part of."""
    found = d.vocab.grammar.copula_noun.match(d.text, noun_end)
    if found is None:
        return None, noun_end, None
    lex, word = d.vocab.lex, found.group("noun")
    named = _noun_lemma(word, d.vocab)
    if named not in lex.people_role and not lex.shapes["demonym"].match(word):
        # "approximately 40 are bulk carriers, 35 are container ships and 32 are general cargo ships":
        # a plural noun phrase that is the whole predicate (a comma, a joiner or the clause's end
        # after it) names the things counted
        first = fold_case(word)
        if (
            first in lex.predicate_role
            or first in lex.head_role
            or first in d.vocab.group_adjectives
            or first in lex.clause_words["bridge_after"]  # "Twenty nine are confirmed dead"
        ):
            return None, noun_end, None  # "29 were injured", "three were missing": a predicate, read after
        figure = d.vocab.numbers.pattern.match(d.text, found.start("noun"))
        if first in d.vocab.stopwords or (figure is not None and figure.end() > figure.start()):
            return None, noun_end, None  # "21 are two valid numbers": a figure of its own after the copula
        thing, thing_end = _counted_noun(d.text, found.start("noun"), d.number.stated, d.vocab)
        if thing is None or d.vocab.grammar.predicate_closed.match(d.text, thing_end) is None:
            return None, noun_end, None  # "four were killed", "two were arrested": a predicate, read after
        return thing, thing_end, _antecedent_role(d)
    return named, found.end(), _antecedent_role(d)


def _part_from(d: _Draft, noun_end: int) -> tuple[str | None, int, str | None]:
    """ "Ten other people, including six from the security forces, were wounded", "killed 18 people,
    including 14 in Kabul", "10,000 police were mobilised, including 3,500 in Paris": a bare figure
    after "including" and before "from" or a place (a capitalised word after a preposition of
    roles.toml [clause] place_prepositions) is a part of the count of people before it, and takes its role."""
    g = d.vocab.grammar
    if g.part_from.match(d.text, noun_end) is None:
        place = d.vocab.place_list[1].match(d.text, noun_end)
        if place is None or not d.text[place.end() : place.end() + 1].isupper():
            return None, noun_end, None
    if g.part_lead.search(d.text, max(0, d.span_start - g.part_window), d.span_start) is None:
        return None, noun_end, None
    role = _antecedent_role(d)
    return (None, noun_end, None) if role is None else ("person", noun_end, role)


_ANTECEDENT_REACH = 160  # characters between a count and "14 of those" that is a part of it


def _antecedent_role(d: _Draft) -> str | None:
    """The role of the count a figure before "of those/them/whom" is a part of: the count just before,
    larger, of people ("18 people died ... 14 of those were foreigners"); None if there is none."""
    whole, lex, stated = d.antecedent, d.vocab.lex, d.number.stated
    if (
        whole is None
        or stated is None
        or d.number.vague
        or whole.noun is None
        or d.start - whole.end > _ANTECEDENT_REACH
        or whole.value.low is None
        or whole.value.low <= stated
    ):
        return None
    role = whole.role or count_role(
        whole.noun, d.text[whole.start : whole.end], d.lowered, whole.start, whole.end, lex
    )
    if role in lex.casualty_roles or whole.noun in lex.people_role:
        return role
    return None


_ELLIPSIS_REACH = 80  # characters between a count and a bare figure that leaves its noun out
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en)$")


def _counted_whole(d: _Draft) -> tuple[QuantityMatch, str] | None:
    """(count, noun) of the count before a figure that may stand for a part of it without its noun
    (an ellipsis, a breakdown in brackets): the count has a noun, and the figure is a stated whole
    number, no estimate and no year.  None otherwise."""
    whole, number = d.antecedent, d.number
    if (
        whole is None
        or whole.noun is None
        or number.stated is None
        or number.vague
        or number.stated != int(number.stated)
        or _year_like(d.m)
    ):
        return None
    return whole, whole.noun


def _elided_noun(d: _Draft, noun_end: int) -> tuple[str, str | None] | None:
    """(noun, role) of a bare whole figure that leaves out the noun of the count before it in its
    sentence ("12,000 homes collapsed and 30,000 more were damaged", "Sixteen firefighters were injured
    while two were admitted to hospital"): the figure opens a clause (a comma or a joiner of roles.toml
    [clause] ellipsis_joiners before it) and a verb or a participle follows it."""
    counted, lex, lowered = _counted_whole(d), d.vocab.lex, d.lowered
    if counted is None:
        return None
    whole, noun = counted
    if d.start - whole.end > _ELLIPSIS_REACH or _SENTENCE_END.search(d.text, whole.end, d.start):
        return None
    words = lex.clause_words
    # the clause's opening: a comma or a joiner, and at most one word ("and left 30,000 more damaged")
    last = lowered[whole.end : d.span_start].replace(",", " , ").split()[-2:]
    if not any(w == "," or w in words["ellipsis_joiners"] for w in last):
        return None
    nxt = _word_after(d.text, noun_end)
    word = fold_case(nxt.group()) if nxt is not None and nxt.start() <= noun_end + 1 else ""
    if word.endswith("ly") and nxt is not None:  # "581,521 completely destroyed"
        nxt = _word_after(d.text, nxt.end())
        word = fold_case(nxt.group()) if nxt is not None else ""
    if word not in words["ellipsis_verbs"] and not _PARTICIPLE.search(word):
        return None
    # its own predicate, else its noun's role: a verb before it governs the count before ("arrested 5
    # people and 3 were released" releases people, it arrests none of them)
    own = lex.noun_role.get(noun) or lex.people_role.get(noun)
    return noun, predicate_after(lowered, noun_end, lex) or own


_LED_REACH = 120  # characters between a count and a bare figure led by "another"
_LED_LEAD = 24  # characters before a figure searched for its lead ("at least another ")
_LED_RATIO = 100  # the most a figure after a lead and the count before it may differ by, as a factor


def _led_elision(d: _Draft) -> tuple[str, str | None] | None:
    """(noun, role) of a bare whole figure whose lead, one of grammar.toml [quantities] ``elision_leads``,
    says it counts what the count before it in its sentence counts: "1,300 flights, and today it has
    already canceled another 600", "beaten in 34 places and equalled in another five".  The count's role
    goes with its noun.  None otherwise.  (Not after a name's possessive, "United's 649": measured in
    session 23, it added an unbacked conflict, Tesla's "484,500" against "484,507".)"""
    counted = _counted_whole(d)
    if counted is None:
        return None
    whole, noun = counted
    text = d.text
    if d.start - whole.end > _LED_REACH or _SENTENCE_END.search(text, whole.end, d.start):
        return None
    stated, before = d.number.stated, whole.value.stated
    if not stated or not before or max(stated, before) / min(stated, before) > _LED_RATIO:
        # "about 3,000 troops in four multinational battalions ... a further 4,000": what is added is
        # a like amount; a thousand times the count before it counts something else
        return None
    lead = d.vocab.elision_lead.search(text, max(whole.end, d.span_start - _LED_LEAD), d.span_start)
    if lead is None:
        return None
    lex = d.vocab.lex
    if lead.group("whole"):
        # "37 seats out of 150": the whole; its noun's own role, never the part's predicate's
        return noun, lex.noun_role.get(noun) or lex.people_role.get(noun)
    written = text[whole.start : whole.end]
    return noun, whole.role or count_role(noun, written, d.lowered, whole.start, whole.end, lex)


_BRACKET_REACH = 40  # characters between an opening bracket and a figure of the breakdown inside it
_OPEN_BRACKET = re.compile(r"[(\[][^()\[\]]*$")  # a bracket still open before the figure
# A figure's group, a capitalised word ("12 Somali"), then only more figures and their groups, commas and
# short joining words up to the closing bracket ("and 11 Yemeni )").
_BRACKET_GROUP = re.compile(
    rf"{_SP}+[A-Z][\w'’-]*(?=(?:{_SP}*,|{_SP}+(?:[A-Z][\w'’-]*|\d[\d,]*|[a-z]{{1,3}}))*{_SP}*[)\]])"
)


def _bracketed_part(d: _Draft) -> tuple[str, str | None, int] | None:
    """(noun, role, end) of a figure of a breakdown in brackets after a count, by groups named with a
    capitalised word: "the 23 pirates ( 12 Somali and 11 Yemeni )" counts Somali pirates, with the
    count's role.  None when the figure is no such part."""
    counted, text = _counted_whole(d), d.text
    if counted is None:
        return None
    whole, noun = counted
    opened = _OPEN_BRACKET.search(text, max(0, d.span_start - _BRACKET_REACH), d.span_start)
    if opened is None:
        return None
    opening = opened.start()
    if not (whole.start > opening or not text[whole.end : opening].strip()):
        return None  # the bracket opens right after the count, or the count before is a part inside it
    group = _BRACKET_GROUP.match(text, d.end)
    if group is None:
        return None
    # The group's word is the noun (a part is no count of the whole's noun: "12 Somali" is not "23
    # pirates"); the role is the whole's, read now as a breakdown by place reads it.
    written, lex = text[whole.start : whole.end], d.vocab.lex
    role = whole.role or count_role(noun, written, d.lowered, whole.start, whole.end, lex)
    return _noun_lemma(group.group().strip(), d.vocab), role, group.end()


_EARLIER_REACH = 60  # characters between a count and "up from 42", the value it is compared with


def _earlier_value(d: _Draft) -> tuple[str | None, str | None] | None:
    """(noun, role) of a bare whole figure right after "up from", "down from" (dates.toml [reference]
    earlier_value): the earlier value of the count before it in its sentence, which counts what that
    count counts ("the death toll climbed to 54, up from 42 on Sunday"; its day is read by
    ``reporting.sentence_as_of``).  None when there is no such count."""
    whole, number = d.antecedent, d.number
    if (
        whole is None
        or (whole.noun is None and whole.role is None)
        or number.stated is None
        or number.vague
        or number.stated != int(number.stated)
        or d.start - whole.end > _EARLIER_REACH
        or _year_like(d.m)
        or _SENTENCE_END.search(d.text, whole.end, d.start)
        or not reference_words(d.vocab.lex).earlier_value.search(
            d.lowered, max(whole.end, d.span_start - _EARLIER_LEAD), d.span_start
        )
    ):
        return None
    return whole.noun, whole.role


_EARLIER_LEAD = 16  # characters of "compared with " searched before the figure

# Nothing but a full stop and blanks after a figure before its line ends (a headline's last word).
_LINE_CLOSE = re.compile(r"[ \t\u00a0]*\.?[ \t\u00a0]*(?:\r?\n|$)")


_LEAD_IN_GAP = 5  # characters after a date's lead-in word ("late") the date may start (" on T")


def _clause_role(d: _Draft, noun_end: int, listed: str | None) -> str | None:
    """The role of a figure whose counted thing is named elsewhere in its clause, if any.

    "the death toll rose to 2,100", "killing 10 and injuring 80", "100,000 are stationed".
    """
    text, lex, number = d.text, d.vocab.lex, d.number
    nxt = _word_after(text, noun_end)
    adjacent = nxt is not None and nxt.start() <= noun_end + 1
    if (
        adjacent
        and nxt is not None
        and fold_case(nxt.group()) not in d.vocab.stopwords
        and fold_case(nxt.group()) not in lex.clause_words["bridge_after"]  # "six got injured"
        and not fold_case(nxt.group()).endswith("ly")  # "wounded, one critically"
        # "the death toll as 194 late Wednesday", "risen to 57 late on Thursday": a word of the date
        # that follows, or a lead-in of it (grammar.toml [facts] date_lead_ins)
        and not (d.blocked is not None and d.blocked.overlaps(nxt.end(), nxt.end() + 2))
        and not (
            d.blocked is not None
            and fold_case(nxt.group()) in lex.grammar["facts"]["date_lead_ins"]
            and d.blocked.overlaps(nxt.end(), nxt.end() + _LEAD_IN_GAP)
        )
        # "hundreds died", "thousands fled": the next word is the predicate
        and not (
            fold_case(nxt.group()) in lex.predicate_role
            and (number.vague or not _year_like(d.m))  # "10,000 gathered", "hundreds died"
        )
    ):
        return None  # "killed 3,000 sheep": a noun we do not know is what is counted
    return (
        predicate_after(d.lowered, noun_end, lex)
        # (after a bounding verb, the subject phrase is read from the figure: "toll tops 1,000")
        or head_role_before(
            d.lowered,
            d.bound_at if d.bound_at >= 0 else d.span_start,
            lex,
            _LINE_CLOSE.match(text, d.span_end) is not None,
        )
        or listed
        # "another 200 from Dar Pai village were missing": the verb after a short place
        or predicate_after_place(d.lowered, noun_end, lex)
    )


def _finish(d: _Draft) -> QuantityMatch | None:
    """A qualifier after the number ("or more"), the interval, the sign and the scale."""
    text, number, start, trailing = d.text, d.number, d.start, d.trailing
    qualifier = d.qualifier
    span_start, span_end = d.span_start, d.span_end
    if (
        trailing
        and trailing.start() == span_end
        or (trailing and d.kind != "count" and trailing.start() == d.end)
    ):
        word = (trailing.group("more") or "").lower()
        if trailing.group("plus") or word == "more":
            qualifier = "at-least"
        elif word == "so":
            qualifier = "about"
        elif word in ("fewer", "less"):
            qualifier = "at-most"
        else:
            qualifier = "at-least"
        span_end = max(span_end, trailing.end())
    if d.high is not None or (number.vague and qualifier == "exact"):
        qualifier = "range"  # "9 to 10", "dozens": an interval, no single stated value
    stated, low, high = _interval(number, qualifier, d.high)
    if d.kind == "duration" and number.stated is None and not number.vague:
        return None
    if "\n" in text[span_start:span_end]:
        return None  # a fact never spans a line break: that is layout, not a phrase
    if d.negative and d.high is None and qualifier == "exact":
        # "-1.3%", "minus 5 degrees": the sign is part of the value.
        stated, low, high = (None if x is None else -x for x in (stated, low, high))
        sign = _NEGATIVE.search(text[max(0, start - 7) : start])
        if sign is not None:  # (else the sign stood after a currency symbol: "$-50.8bn")
            span_start = start - len(sign.group())
    factor = d.factor
    scaled = tuple(None if x is None else x * factor for x in (stated, low, high))
    if qualifier in ("up", "down") and stated is not None:
        scaled = (scaled[0], scaled[0], scaled[0])
    value = Quantity(stated=scaled[0], low=scaled[1], high=scaled[2], unit=d.unit, qualifier=qualifier)
    if (
        d.kind == "count"
        and number.stated is not None
        and number.stated * factor != int(number.stated * factor)
        and not d.m.group("scale")
        and not d.level
        and not _average_count(d)
    ):
        return None  # "2.5 troops" is a misread ("by 9.30 people had gathered"), not a count
    return QuantityMatch(span_start, span_end, d.kind, value, d.noun, d.role)
