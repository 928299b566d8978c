"""Language data, loaded once per language: the vocabulary the extractors read.

The words of a language live in TOML files under ``compare/lang/<code>/`` (as
spaCy keeps ``lang/en/``), so a reader can check or extend a list without
reading code.  ``lexicon(code)`` parses one folder on first use and returns a
frozen ``Lexicon``; every later call for that code returns the same object.
A document says its language (``Document.language``, from ``sources.toml``,
``en`` by default) and the extractors read the lexicon they are given for it.
English is the only language shipped; ``compare/lang/README.md`` says what a
new one needs: a folder, nothing else.

Besides word lists, a folder holds the closed-class words that the patterns of
code are built around (``grammar.toml``, one table per reading module, its
keys ``GRAMMAR_KEYS``) and the rules that make a verb's regular forms
(``words.toml [inflections]``, applied by ``inflections``): the code says how
a pattern is shaped, the folder says with which words.

Roles (``roles.toml``) are a closed list: the measured class of a figure
("deaths", "troops", "money"...), which alignment compares instead of the
noun as written.  ``ROLES`` names them all; a role name that is not in it is a
bug, and the loader checks the data against it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any

from compare.model import DEFAULT_LANGUAGE, QUALIFIERS

__all__ = [
    "DEFAULT_LANGUAGE",
    "GRAMMAR_KEYS",
    "ROLES",
    "Cues",
    "Lexicon",
    "Role",
    "Rules",
    "UnknownLanguage",
    "VerbForms",
    "check_language",
    "event_classes",
    "inflections",
    "languages",
    "lexicon",
    "read_lexicon",
    "rewrite",
    "rewrite_rules",
]

# A language code as a manifest may write it: ISO 639-1 or 639-3, lower case.
# Checked before the code becomes a folder name (manifests are untrusted).
_CODE = re.compile(r"[a-z]{2,3}")

# The closed list of roles, in the order the documentation gives them.
ROLES = (
    "deaths",
    "injured",
    "casualties",
    "missing",
    "displaced",
    "homeless",
    "evacuated",
    "rescued",
    "arrested",
    "affected",
    "contacts",
    "troops",
    "population",
    "protesters",
    "jobs",
    "votes_for",
    "votes_against",
    "buildings",
    "vehicles",
    "people",
    "money",
    "share",
    "distance",
    "depth",
    "height",
    "magnitude",
    "area",
    "mass",
    "volume",
    "speed",
    "temperature",
    "energy",
    "age",
    "duration",
    "elapsed",
)
_ROLE_KEYS = {"summary", "nouns", "people", "predicates", "forms", "heads", "units"}


@dataclass(frozen=True)
class Role:
    name: str
    summary: str
    nouns: tuple[str, ...]
    people: tuple[str, ...]
    predicates: tuple[str, ...]
    forms: tuple[str, ...]
    heads: tuple[str, ...]
    units: tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    """cues.toml: the words ``compare.context`` reads sentences and their cues with."""

    # a full stop after one of these does not end a sentence ("Mr.", "Jan.")
    abbreviations: frozenset[str]
    # verb forms that govern a figure besides the regular forms ("spoke", "says")
    irregular_verbs: tuple[str, ...]
    # the endings of the regular forms that govern a figure ("-ed", "-en"), and their least length
    regular_endings: tuple[str, ...]
    regular_least: int
    # predicates that are never a fact's predicate ("say", "tell")
    dull_verbs: frozenset[str]
    # verb stem -> the class of predicates that say the same thing ("die" -> "kill")
    predicate_class: Mapping[str, str]
    # words that start a capitalised run without being part of a name, and title words
    not_names: frozenset[str]
    titles: frozenset[str]
    # words that join the parts of one name; the conjunction that does only before an
    # institution word (as written, capitalised)
    name_joiners: tuple[str, ...]
    name_conjunction: str
    institutions: tuple[str, ...]
    # words that make a name an institution, a title or a place, never a person
    organisations: frozenset[str]
    # lower-case particles inside a person's name ("van", "bin")
    name_particles: tuple[str, ...]
    # a name after one of these is a place
    place_prepositions: tuple[str, ...]
    # another spelling of a name, folded -> the name
    aliases: Mapping[str, str]


class UnknownLanguage(ValueError):
    """A language code with no folder of data under ``compare/lang/``."""


# eq=False: a lexicon is one language's data, compared (and hashed, so that
# tables derived from it can be cached per lexicon) by identity.
@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every vocabulary table of one language, as read-only mappings from a lower-case phrase."""

    code: str  # the language ("en"): the folder the tables were read from
    roles: Mapping[str, Role]
    # noun lemma -> role, for nouns that name the role themselves ("fatality")
    noun_role: Mapping[str, str]
    # noun lemma -> default role, for nouns of people that a predicate overrides
    people_role: Mapping[str, str]
    # every form of a predicate ("killed", "killing", "laid off") -> role
    predicate_role: Mapping[str, str]
    # subject phrases that name the quantity ("death toll") -> role
    head_role: Mapping[str, str]
    # canonical measure unit -> role
    unit_role: Mapping[str, str]
    # the longest phrase (in words) of the predicate and head tables
    longest_phrase: int
    # the first word of every predicate and head phrase (a quick "no" for most words)
    phrase_starts: frozenset[str]
    # vague quantity phrase ("dozens", "several hundred") -> (low, high)
    vague: Mapping[str, tuple[float, float]]
    # measures.toml: measure word as written (lower case, singular) -> canonical unit,
    # SI-prefixed and square/cubic words generated
    measure_words: Mapping[str, str]
    # measures.toml [written_before] / [written_after]: a phrase before the number
    # ("magnitude") or after it ("on the richter scale") -> canonical unit
    units_before: Mapping[str, str]
    units_after: Mapping[str, str]
    # measures.toml [measured_by]: verbs of measuring before a bare figure ("a quake
    # measuring 7.8") and their subjects' nouns -> the canonical unit the figure is in
    measured_verbs: tuple[str, ...]
    # [measured_by] decimal_verbs: verbs of measuring read only before a figure with a decimal point
    measured_decimal_verbs: tuple[str, ...]
    measured_subjects: Mapping[str, str]
    # measures.toml [compound]: the unit a bare second part is in ("5-foot-8": ft -> inch),
    # and [compound_after]: the words that may follow it
    compound_units: Mapping[str, str]
    compound_after: tuple[str, ...]
    # measures.toml [percent_points]: canonical units of a difference between two percentages
    # ("bp") read as kind percent in the unit ``percent_point`` ("pp")
    percent_point: str
    percent_point_units: frozenset[str]
    # [percent_points] fraction_units: the words of "half a percentage point", "a quarter point"
    percent_point_fractions: tuple[str, ...]
    # [percent_points] fraction_percents: the words of "half a percent" (a percent, "%")
    percent_fractions: tuple[str, ...]
    # measures.toml [ages]: subjects, verbs, dying verbs and following words of an age as a predicate
    age_words: Mapping[str, tuple[str, ...]]
    age_adverbs: tuple[str, ...]  # "who today is 38", "Timmons, now 16,": adverbs of time beside an age
    # duration word -> seconds
    duration_seconds: Mapping[str, float]
    # measures.toml [counted_periods]: a counted noun that names a period of time -> its seconds
    # ("ten seasons" of a contract, "five consecutive quarters"), besides the durations' words
    counted_periods: Mapping[str, float]
    # abbreviations that may be glued to the number besides short measure words
    glued_words: frozenset[str]
    # single letters that are a unit when glued to a number ("5m", "100W")
    glued_letters: frozenset[str]
    # measure words read only in capitals after a space ("12 C", not "12 c")
    capital_words: frozenset[str]
    # measure words never read in capitals ("526,409 EV deliveries" are cars, "5 eV" electronvolts)
    lower_case_words: frozenset[str]
    # [capitals.glued]: a capital glued to a figure ("40C") read only in its range
    # (word -> (low, high)) with a cue word within the window of characters
    glued_capital_range: Mapping[str, tuple[float, float]]
    glued_capital_cues: tuple[str, ...]
    glued_capital_not_after: tuple[str, ...]
    glued_capital_window: int
    # currency word after a number -> code; symbol or code before one -> code
    # (symbols as written: case kept, one space where an optional space goes);
    # [currency.guarded]: symbols read only before plain money ("plain_money")
    # or only with a scale ("scaled_only")
    currency_words: Mapping[str, str]
    currency_symbols: Mapping[str, str]
    currency_guarded: Mapping[str, frozenset[str]]
    # measures.toml [currency.code_scales]: a scale letter glued before a currency code ("MUSD") -> factor
    currency_code_scales: Mapping[str, float]
    # nouns.toml: word lists about counted nouns, by name ("containers",
    # "pluralia", ...), and participles that stand for a group -> noun lemma
    noun_words: Mapping[str, frozenset[str]]
    group_adjectives: Mapping[str, str]
    # numbers.toml: qualifier phrases before a figure, in the order they are
    # tried, as (qualifier, phrases); a phrase may hold "(a|b)" and "(a|b)?"
    # words; then the verbs of a change, (qualifier "up"/"down", verbs)
    # roles.toml: every form of a predicate with no object ("died", "fled")
    intransitive: frozenset[str]
    # roles.toml: the roles that count people an event befell ("deaths", "arrested"),
    # and those of them a single person named without a numeral can take
    casualty_roles: frozenset[str]
    one_person_roles: frozenset[str]
    # roles.toml [clause]: words roles.py reads a figure's clause with, by name
    # ("bridge_after", "bridge_before", "toll_verbs", "auxiliaries", "objects", ...)
    clause_words: Mapping[str, frozenset[str]]
    # roles.toml [measure_roles]: words that make a length a depth or a height,
    # by place ("depth_before", "depth_after", "height_before", "height_after")
    measure_roles: Mapping[str, tuple[str, ...]]
    # roles.toml [shapes]: the shapes of words for people ("demonym", "person")
    shapes: Mapping[str, re.Pattern[str]]
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    changes: tuple[tuple[str, tuple[str, ...]], ...]
    # numbers.toml [bounds]: verb phrases that bound a figure with no counted
    # noun of its own ("the toll tops 1,000"), as (qualifier, phrases)
    bounds: tuple[tuple[str, tuple[str, ...]], ...]
    # numbers.toml [words.*]: number words by class ("units", "tens", "scales",
    # "groups") -> word -> value; [scale_abbreviations]: "bn" -> 1e9
    number_words: Mapping[str, Mapping[str, float]]
    scale_abbreviations: Mapping[str, float]
    # numbers.toml [ranges]: separators, unit_separators, leads, need_lead (lists of words)
    range_words: Mapping[str, tuple[str, ...]]
    # numbers.toml [levels] before: words before "at"/"to" and a price or index level ("closed at")
    level_words: tuple[str, ...]
    # numbers.toml [money_scales]: letters that are scales only next to money ("m" -> 1e6)
    money_scales: Mapping[str, float]
    # numbers.toml [multiples]: words for several of one event ("double" -> 2)
    multiples: Mapping[str, float]
    # nouns.toml [zero]: word lists of zero counts ("nouns", "second",
    # "adjectives", "reports"), in file order; the role of each of those nouns
    zero_words: Mapping[str, tuple[str, ...]]
    zero_roles: Mapping[str, str]
    # nouns.toml [fractions]: fraction word -> denominator, in file order
    fractions: tuple[tuple[str, int], ...]
    # zones.toml: a time-zone name as written after a clock time -> (standard
    # offset, daylight offset, daylight rule "us"/"eu"), minutes east of UTC;
    # the last two None for a fixed offset
    zones: Mapping[str, tuple[int, int | None, str | None]]
    # noun_classes.toml: counted noun lemma -> the class of things it counts
    # ("civilian", "victim" -> "person"), read by alignment
    noun_class: Mapping[str, str]
    # noun_classes.toml [exclusive]: pairs of counted-noun classes that never
    # count the same people ("child", "teacher"), both orders, read by alignment
    exclusive_classes: frozenset[tuple[str, str]]
    # cues.toml: sentence-splitting, predicate and name words (compare.context)
    cues: Cues
    # boilerplate.toml as parsed: page-furniture phrases and patterns;
    # ``compare.corpus.boilerplate`` compiles and checks them once per lexicon
    boilerplate: Mapping[str, Any]
    # events.toml as parsed: event classes, their trigger words and cue words.
    # ``compare.events.vocabulary(lex)`` builds its tables from it (events.py
    # owns that vocabulary; the lexicon only says which language's file).
    events: Mapping[str, Any]
    # dates.toml as parsed: month and weekday names, relative-date words, tense
    # markers and reporting-date cues.  ``compare.extract.date_words.date_words(lex)``
    # checks and builds its tables (the date grammar owns them, as events.py does
    # its vocabulary).
    dates: Mapping[str, Any]
    # words.toml as parsed: stopwords and the lemmatiser's tables and suffix
    # rules.  ``compare.words.morphology(lex)`` checks and builds them.
    words: Mapping[str, Any]
    # display.toml as parsed: the words the report itself is written with
    # (plurals, participles), read by ``compare.display`` for the report's
    # language, which is English whatever the articles' languages.
    display: Mapping[str, Any]
    # sentences.toml as parsed: the sentences the report writes around its
    # values (a finding's explanation and label), read by ``compare.sentences``
    # for the report's language, as display.toml.
    sentences: Mapping[str, Any]
    # words.toml [inflections]: the rules that make a verb's regular forms
    # (``inflections``), applied to the predicates of roles.toml
    verb_forms: VerbForms
    # grammar.toml: closed-class words the patterns of the extractors and of
    # alignment are built around, by table (the reader) and key -> words in
    # file order ("periods" -> "ongoing" -> ("since", "from", ...)).
    grammar: Mapping[str, Mapping[str, tuple[str, ...]]]


# Rewrite rules, the one format a language folder writes a regular form in
# (a verb's forms, a plural, a participle, an ordinal): [pattern, replacement]
# pairs, a Python regular expression over the word and its ``re.sub``
# replacement, tried in order; the first whose pattern is found rewrites the word.
Rules = tuple[tuple[re.Pattern[str], str], ...]


# eq=False: one language's rules, hashed by identity.
@dataclass(frozen=True, eq=False)
class VerbForms:
    """words.toml [inflections]: the rules that make the regular forms of a verb.

    Each form is a list of (pattern, replacement) rules tried in order; the
    first whose pattern is found in the word makes the form.  A language
    whose verbs inflect otherwise writes other rules (or lists the forms in
    ``roles.toml``): the code only applies them.
    """

    forms: tuple[tuple[str, Rules], ...]

    def __call__(self, verb: str) -> tuple[str, ...]:
        """The base form and each regular form of ``verb`` (of its first word, for a phrasal verb)."""
        first, _, rest = verb.partition(" ")
        tail = f" {rest}" if rest else ""
        made = [first]
        for _name, rules in self.forms:
            form = rewrite(first, rules)
            if form is not None:
                made.append(form)
        return tuple(dict.fromkeys(w + tail for w in made))


def rewrite_rules(rules: Any, where: str, flags: int = 0) -> Rules:
    """``[[pattern, replacement], ...]`` compiled and checked (a bad pattern or group is an error here)."""
    if not isinstance(rules, list) or not all(
        isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) for x in r) for r in rules
    ):
        raise ValueError(f"{where}: expected a list of [pattern, replacement]")
    try:
        compiled = tuple((re.compile(pattern, flags), replacement) for pattern, replacement in rules)
        for pattern, replacement in compiled:
            pattern.sub(replacement, "")  # a replacement naming a group the pattern lacks fails here
    except re.error as exc:
        raise ValueError(f"{where}: {exc}") from None
    return compiled


def rewrite(word: str, rules: Rules) -> str | None:
    """``word`` rewritten by the first of ``rules`` whose pattern it holds; None when none does."""
    for pattern, replacement in rules:
        if pattern.search(word):
            return pattern.sub(replacement, word, count=1)
    return None


def _verb_forms(table: Any) -> VerbForms:
    """words.toml [inflections]: form = [[pattern, replacement], ...]; every pattern must compile."""
    where = "words.toml [inflections]"
    if not isinstance(table, dict) or not table:
        raise ValueError(f"{where}: expected form = [[pattern, replacement], ...]")
    return VerbForms(tuple((name, rewrite_rules(rules, f"{where} {name}")) for name, rules in table.items()))


def inflections(verb: str, lex: Lexicon | None = None) -> tuple[str, ...]:
    """The regular forms of a verb (or of the first word of a phrasal verb), by ``lex``'s rules.

    "kill" → kill, kills, killed, killing; "die" → dies, died, dying;
    "gun down" → gunned down...  The rules are ``words.toml [inflections]``
    of ``lex`` (English when not given); irregular forms are listed in the data.
    """
    return (lexicon() if lex is None else lex).verb_forms(verb)


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    raw = table.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise ValueError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(" ".join(x.lower().split()) for x in raw)


def _folder(code: str) -> Traversable:
    """Where the data of language ``code`` lives (a test may point it elsewhere)."""
    return resources.files(__package__).joinpath(code)


def _read(folder: Traversable, name: str) -> dict[str, Any]:
    with folder.joinpath(name).open("rb") as handle:
        return tomllib.load(handle)


@functools.cache
def event_classes() -> Mapping[str, Any]:
    """``classes.toml``: the event classes and roles every language shares, parsed and checked once.

    Its tables name event classes and roles, the program's own names, not a
    language's words: ``compare.events`` builds them into every language's
    event vocabulary.
    """
    data = _read(resources.files(__package__), "classes.toml")
    updates, umbrella = data.get("updates", {}), data.get("umbrella", {})
    exclusive = data.get("exclusive_roles", {}).get("pairs", [])
    if not all(isinstance(p, list) and len(p) == 2 and p[0] != p[1] for p in exclusive):
        raise ValueError("classes.toml [exclusive_roles]: pairs must be pairs of two roles")
    kindred = data.get("kindred_roles", {}).get("pairs", [])
    if not all(isinstance(p, list) and len(p) == 2 and p[0] != p[1] for p in kindred):
        raise ValueError("classes.toml [kindred_roles]: pairs must be pairs of two roles")
    named = {
        *updates.get("cumulative_roles", []),
        *updates.get("revised_roles", []),
        *umbrella,
        *(r for rs in umbrella.values() for r in rs),
        *(r for p in exclusive for r in p),
        *(r for p in kindred for r in p),
    }
    unknown = sorted(named - set(ROLES))
    if unknown:
        raise ValueError(f"classes.toml: roles not in ROLES {unknown}")
    for key in ("max_days", "period_days"):
        days = updates.get(key)
        if not isinstance(days, int) or isinstance(days, bool) or days < 1:
            raise ValueError(f"classes.toml [updates]: {key} must be a whole number of days")
    return MappingProxyType(data)


def languages() -> tuple[str, ...]:
    """The codes of the languages shipped, in order."""
    folders = resources.files(__package__).iterdir()
    shipped = (p.name for p in folders if _CODE.fullmatch(p.name) and p.joinpath("roles.toml").is_file())
    return tuple(sorted(shipped))


def check_language(code: str) -> str | None:
    """Why ``code`` cannot be read (one phrase for an error message), or None when it can."""
    if not _CODE.fullmatch(code):
        return f"language {code!r} is not a language code (two or three lower-case letters, as 'en')"
    if not _folder(code).joinpath("roles.toml").is_file():
        shipped = ", ".join(languages())
        return f"language {code!r} is not supported (no compare/lang/{code}/; supported: {shipped})"
    return None


def _first_wins(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in pairs:
        out.setdefault(key, value)
    return out


def _roles(data: dict[str, Any]) -> dict[str, Role]:
    tables = data.get("roles")
    if not isinstance(tables, dict):
        raise ValueError("roles.toml: no [roles.*] tables")
    unknown = set(tables) - set(ROLES)
    missing = set(ROLES) - set(tables)
    if unknown or missing:
        raise ValueError(f"roles.toml: roles not in ROLES {sorted(unknown)}, undocumented {sorted(missing)}")
    out: dict[str, Role] = {}
    for name in ROLES:
        table = tables[name]
        where = f"roles.toml [roles.{name}]"
        extra = set(table) - _ROLE_KEYS
        if extra:
            raise ValueError(f"{where}: unknown keys {sorted(extra)}")
        out[name] = Role(
            name=name,
            summary=str(table.get("summary", "")),
            nouns=_strings(table, "nouns", where),
            people=_strings(table, "people", where),
            predicates=_strings(table, "predicates", where),
            forms=_strings(table, "forms", where),
            heads=_strings(table, "heads", where),
            units=tuple(table.get("units", [])),
        )
    return out


ZONE_RULES = ("us", "eu")  # the daylight-saving rules compare.extract.times knows


def _zones(data: dict[str, Any]) -> dict[str, tuple[int, int | None, str | None]]:
    """zones.toml: [fixed] name = minutes, [seasonal] name = {standard, daylight, rule}."""
    out: dict[str, tuple[int, int | None, str | None]] = {
        name: (int(minutes), None, None) for name, minutes in data.get("fixed", {}).items()
    }
    for name, spec in data.get("seasonal", {}).items():
        if spec.get("rule") not in ZONE_RULES:
            raise ValueError(f"zones.toml: {name}: unknown rule {spec.get('rule')!r}")
        out[name] = (int(spec["standard"]), int(spec["daylight"]), spec["rule"])
    return out


def _word_table(table: Any, where: str) -> dict[str, str]:
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise ValueError(f"[{where}]: expected word = \"value\" pairs")
    return {" ".join(k.lower().split()): v for k, v in table.items()}


def _symbol_table(table: Any) -> dict[str, str]:
    """measures.toml [currency.symbols]: symbols as written (case kept), one space between parts."""
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise ValueError('[currency.symbols]: expected symbol = "code" pairs')
    return {" ".join(k.split()): v for k, v in table.items()}


def _guarded(table: Any) -> dict[str, frozenset[str]]:
    """measures.toml [currency.guarded]: plain_money and scaled_only, lists of symbols as written."""
    out = {}
    for key in ("plain_money", "scaled_only"):
        raw = table.get(key, []) if isinstance(table, dict) else None
        if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
            raise ValueError(f"measures.toml [currency.guarded]: {key} must be a list of symbols")
        out[key] = frozenset(" ".join(x.split()) for x in raw)
    return out


def _add_word(out: dict[str, str], word: str, unit: str) -> None:
    key = word.lower()
    if out.setdefault(key, unit) != unit:
        raise ValueError(f"measures.toml: {word!r} means both {out[key]!r} and {unit!r}")


def _measures(data: dict[str, Any]) -> dict[str, str]:
    """Every measure word: SI-prefixed units generated, then powers of lengths, then the list."""
    out: dict[str, str] = {}
    si = data.get("si", {})
    prefixes = si.get("prefixes", {})
    for base, row in si.get("units", {}).items():
        names = row.get("names", [])
        if row.get("bare", True):
            _add_word(out, base, base)
            for name in names:
                _add_word(out, name, base)
        for symbol in row.get("prefixes", []):
            prefix = prefixes.get(symbol)
            if prefix is None:
                raise ValueError(f"measures.toml [si.units] {base!r}: unknown prefix {symbol!r}")
            for written in prefix.get("written", [symbol]):
                _add_word(out, written + base, symbol + base)
            for name in names:
                _add_word(out, prefix["name"] + name, symbol + base)
    powers = data.get("powers", {})
    for word, power in ((w, p) for w, p in powers.items() if isinstance(p, int)):
        for symbol, names in powers.get("lengths", {}).items():
            for name in names:
                _add_word(out, f"{word} {name}", f"{symbol}{power}")
    for word, power in powers.get("abbreviations", {}).items():
        for symbol in powers.get("lengths", {}):
            _add_word(out, f"{word} {symbol}", f"{symbol}{power}")
    for word, unit in _word_table(data.get("measures"), "measures").items():
        _add_word(out, word, unit)
    return out


def _qualifier_groups(table: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(qualifier, phrases) in file order; a qualifier not in ``model.QUALIFIERS`` is an error."""
    if not isinstance(table, dict):
        raise ValueError(f"{where}: expected qualifier = [phrases]")
    unknown = sorted(set(table) - set(QUALIFIERS))
    if unknown:
        raise ValueError(f"{where}: not qualifiers {unknown}; known: {', '.join(QUALIFIERS)}")
    return tuple((name, _strings(table, name, where)) for name in table)


def _zero_roles(table: Any) -> dict[str, str]:
    roles = _word_table(table, "nouns.toml [zero.roles]")
    unknown = sorted(set(roles.values()) - set(ROLES))
    if unknown:
        raise ValueError(f"nouns.toml [zero.roles]: roles not in ROLES {unknown}")
    return roles


def _fractions(table: Any) -> tuple[tuple[str, int], ...]:
    if not isinstance(table, dict) or not all(isinstance(v, int) and v > 1 for v in table.values()):
        raise ValueError("nouns.toml [fractions]: expected word = denominator (an integer above 1)")
    return tuple(table.items())


_NUMBER_CLASSES = ("units", "tens", "scales", "groups")


def _values(table: Any, where: str, least: float) -> dict[str, float]:
    """word = number pairs, every number at least ``least``; words lower case, single-spaced."""
    if not isinstance(table, dict) or not table:
        raise ValueError(f"{where}: expected word = number pairs")
    out: dict[str, float] = {}
    for word, value in table.items():
        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < least:
            raise ValueError(f"{where}: {word!r} must be a number of at least {least:g}")
        out[" ".join(word.lower().split())] = float(value)
    return out


def _number_words(table: Any) -> dict[str, Mapping[str, float]]:
    """numbers.toml [words.units], [words.tens], [words.scales], [words.groups]; each must be there."""
    if not isinstance(table, dict) or set(table) != set(_NUMBER_CLASSES):
        raise ValueError(f"numbers.toml [words]: expected exactly {', '.join(_NUMBER_CLASSES)}")
    least = {"units": 0.0}  # "zero" is a unit; every other number word is at least 1
    return {
        name: MappingProxyType(_values(table[name], f"numbers.toml [words.{name}]", least.get(name, 1.0)))
        for name in _NUMBER_CLASSES
    }


_CLAUSE_KEYS = (
    "bridge_after",
    "bridge_before",
    "toll_verbs",
    "toll_links",
    "auxiliaries",
    "asides",
    "aside_verbs",
    "objects",
    "of",
    "of_skipped",
    "place_phrase_ends",
    "tolls",
    "head_prepositions",
    "inclusions",
    "among",
    "copulas",
    "list_joiners",
    "place_prepositions",
    "place_joiners",
    "ellipsis_joiners",
    "ellipsis_verbs",
    "place_adverbs",
)
_MEASURE_ROLE_KEYS = ("depth_before", "depth_after", "height_before", "height_after")
_SHAPE_KEYS = ("demonym", "person")


def _measure_roles(table: Any) -> dict[str, tuple[str, ...]]:
    """roles.toml [measure_roles]: the words that make a length a depth or a height; each must be there."""
    if not isinstance(table, dict) or set(table) != set(_MEASURE_ROLE_KEYS):
        raise ValueError(f"roles.toml [measure_roles]: expected exactly {', '.join(_MEASURE_ROLE_KEYS)}")
    return {key: _strings(table, key, "roles.toml [measure_roles]") for key in _MEASURE_ROLE_KEYS}


def _shapes(table: Any) -> dict[str, re.Pattern[str]]:
    """roles.toml [shapes]: regular expressions over a word; each must be there and compile."""
    if not isinstance(table, dict) or set(table) != set(_SHAPE_KEYS):
        raise ValueError(f"roles.toml [shapes]: expected exactly {', '.join(_SHAPE_KEYS)}")
    try:
        return {key: re.compile(table[key]) for key in _SHAPE_KEYS}
    except (TypeError, re.error) as exc:
        raise ValueError(f"roles.toml [shapes]: {exc}") from None


def _clause_words(table: Any) -> dict[str, frozenset[str]]:
    """roles.toml [clause]: the word lists roles.py reads a clause with; each must be there."""
    if not isinstance(table, dict) or set(table) != set(_CLAUSE_KEYS):
        raise ValueError(f"roles.toml [clause]: expected exactly {', '.join(_CLAUSE_KEYS)}")
    return {key: frozenset(_strings(table, key, "roles.toml [clause]")) for key in _CLAUSE_KEYS}


def _noun_classes(table: Any) -> dict[str, str]:
    """noun_classes.toml [classes]: class = [nouns] as noun -> class; a noun in two classes is an error."""
    if not isinstance(table, dict):
        raise ValueError("noun_classes.toml: no [classes] table")
    out: dict[str, str] = {}
    for name in table:
        for noun in _strings(table, name, "noun_classes.toml [classes]"):
            if out.setdefault(noun, name) != name:
                raise ValueError(f"noun_classes.toml: {noun!r} is in both {out[noun]!r} and {name!r}")
    return out


def _exclusive_classes(table: Any) -> frozenset[tuple[str, str]]:
    """noun_classes.toml [exclusive]: name = [[classes], [classes]] as the pairs across sides, both orders."""
    if table is None:
        return frozenset()
    if not isinstance(table, dict):
        raise ValueError("noun_classes.toml: [exclusive] must be a table")
    out: set[tuple[str, str]] = set()
    for name, sides in table.items():
        if not (
            isinstance(sides, list)
            and len(sides) == 2
            and all(isinstance(side, list) and side for side in sides)
            and all(isinstance(c, str) for side in sides for c in side)
        ):
            raise ValueError(f"noun_classes.toml [exclusive]: {name!r} must be two lists of classes")
        if set(sides[0]) & set(sides[1]):
            raise ValueError(f"noun_classes.toml [exclusive]: {name!r} has a class on both sides")
        out.update((x, y) for x in sides[0] for y in sides[1])
        out.update((y, x) for x in sides[0] for y in sides[1])
    return frozenset(out)


def _cues(data: dict[str, Any]) -> Cues:
    """cues.toml: [sentences], [predicates] (+ [predicates.classes]), [names] (+ [names.aliases])."""
    sentences, predicates, names = (data.get(k, {}) for k in ("sentences", "predicates", "names"))
    classes = predicates.get("classes", {})
    predicate_class: dict[str, str] = {}
    for name in classes:
        for stem in _strings(classes, name, "cues.toml [predicates.classes]"):
            if predicate_class.setdefault(stem, name) != name:
                raise ValueError(f"cues.toml: {stem!r} is in both {predicate_class[stem]!r} and {name!r}")
    least = predicates.get("regular_least", 1)
    if not isinstance(least, int) or isinstance(least, bool) or least < 1:
        raise ValueError("cues.toml [predicates]: regular_least must be a positive whole number")
    conjunction = names.get("conjunction", "")
    institutions = names.get("institutions", [])
    if not isinstance(conjunction, str) or not all(isinstance(w, str) and w.isalpha() for w in institutions):
        raise ValueError("cues.toml [names]: conjunction must be a word, institutions a list of words")
    return Cues(
        abbreviations=frozenset(_strings(sentences, "abbreviations", "cues.toml [sentences]")),
        irregular_verbs=_strings(predicates, "irregular", "cues.toml [predicates]"),
        regular_endings=_strings(predicates, "regular_endings", "cues.toml [predicates]"),
        regular_least=least,
        dull_verbs=frozenset(_strings(predicates, "dull", "cues.toml [predicates]")),
        predicate_class=MappingProxyType(predicate_class),
        not_names=frozenset(_strings(names, "not_names", "cues.toml [names]")),
        titles=frozenset(_strings(names, "titles", "cues.toml [names]")),
        name_joiners=_strings(names, "joiners", "cues.toml [names]"),
        name_conjunction=conjunction.lower(),
        institutions=tuple(institutions),
        organisations=frozenset(_strings(names, "organisations", "cues.toml [names]")),
        name_particles=_strings(names, "particles", "cues.toml [names]"),
        place_prepositions=_strings(names, "place_prepositions", "cues.toml [names]"),
        aliases=MappingProxyType(_word_table(names.get("aliases", {}), "cues.toml [names.aliases]")),
    )


def lexicon(code: str = DEFAULT_LANGUAGE) -> Lexicon:
    """The vocabulary of language ``code``, read from ``compare/lang/<code>/`` once per process.

    Raises ``UnknownLanguage`` when there is no such folder.
    """
    return _lexicon(code)


@functools.cache
def _lexicon(code: str) -> Lexicon:
    # (Cached here, not on ``lexicon``: ``lexicon()`` and ``lexicon("en")`` are one object.)
    problem = check_language(code)
    if problem is not None:
        raise UnknownLanguage(problem)
    return read_lexicon(_folder(code), code)


def read_lexicon(folder: Traversable, code: str) -> Lexicon:
    """Parse and check the data files of one language folder (uncached; ``lexicon`` caches)."""
    words = _read(folder, "words.toml")
    verb_forms = _verb_forms(words.get("inflections"))
    nouns = _read(folder, "noun_classes.toml")
    return Lexicon(
        code=code,
        **_role_fields(_read(folder, "roles.toml"), verb_forms),
        **_number_fields(_read(folder, "numbers.toml")),
        **_measure_fields(_read(folder, "measures.toml")),
        **_noun_fields(_read(folder, "nouns.toml")),
        zones=MappingProxyType(_zones(_read(folder, "zones.toml"))),
        noun_class=MappingProxyType(_noun_classes(nouns.get("classes"))),
        exclusive_classes=_exclusive_classes(nouns.get("exclusive")),
        cues=_cues(_read(folder, "cues.toml")),
        # Parsed only: their owners build and check their tables once per lexicon.
        events=MappingProxyType(_events(_read(folder, "events.toml"))),
        boilerplate=MappingProxyType(_read(folder, "boilerplate.toml")),
        dates=MappingProxyType(_read(folder, "dates.toml")),
        words=MappingProxyType(words),
        verb_forms=verb_forms,
        display=MappingProxyType(_read(folder, "display.toml")),
        sentences=MappingProxyType(_read(folder, "sentences.toml")),
        grammar=MappingProxyType(_grammar(_read(folder, "grammar.toml"))),
    )


# Each step below reads one file into the ``Lexicon`` fields it fills.


# grammar.toml: every table and its keys, by the module that reads them.
GRAMMAR_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "facts": (  # compare/extract/__init__.py
            "part_of",
            "coordinators",
            "auxiliaries",
            "after",
            "event_determiners",
            "date_lead_ins",
            "reporting_verbs",
            "complementizers",
        ),
        "forms": (  # compare/extract/forms.py
            "nobody",
            "none_of",
            "none_of_determiners",
            "no",
            "reports_of",
            "any",
            "either",
            "fraction_before",
            "fraction_alone",
            "fraction_alone_not_after",
            "fraction_plural",
            "numerators",
            "one_in",
            "group_part",
            "every",
            "counts",
            "denominators",
            "base_of",
            "base_determiners",
            "strong",
            "strength_scales",
            "multiple_nouns",
            "another",
            "both",
            "person_articles",
            "ordinal_leads",
            "ordinals",
            "number_after",
            "rank_leads",
            "rank_ordinals",
            "rank_suffixes",
            "rank_nouns",
            "rank_streaks",
            "rank_period_after",
            "rank_heads",
            "rank_not_between",
            "rank_superlative_endings",
            "rank_not_superlatives",
            "rank_to",
            "rank_to_scope_leads",
            "rank_to_scopes",
            "rank_to_adverbs",
            "decade_age_leads",
            "decade_parts",
            "decade_words",
            "caliber_nouns",
        ),
        # compare/extract/numbers.py
        "numbers": ("and", "articles", "half_of", "and_a_half", "fraction_joiners", "plural"),
        "periods": ("ongoing", "named_year"),  # compare/align.py
        # compare/acts.py and compare/align.py
        "assertion": ("conditional", "requests", "forecasts"),
        "contradictions": ("running",),  # compare/align.py
        "enumeration": ("revisions",),  # compare/align.py
        # compare/align.py
        "places": (
            "locatives", "not_places", "clause_breaks", "place_nouns", "item_breaks", "origins",
            "origin_roles", "distance_from", "directions", "direction_of", "world", "nation", "regions",
        ),
        "acts": (
            "clause_breaks", "between", "publishing", "statements", "classes",
            "report_nouns", "report_determiners", "occasion_apart", "not_occasion",
            "limits", "either_limit", "limit_modifiers", "lasting",
            "orders", "unreal", "sum_clause_breaks",
        ),  # compare/acts.py
        # compare/tallies.py
        "tallies": ("nouns", "verbs", "partial", "results", "shares", "estimates", "progress_shares"),
        "holders": (  # compare/holders.py
            "verbs",
            "linkers",
            "after",
            "not_names",
            "thresholds",
            "requirements",
            "requirement_after",
            "possessed_before",
            "thresholds_before",
            "stage_ordinals",
            "stage_nouns",
            "second_stages",
            "base_after",
            "base_breaks",
            "aggregates",
            "plural_sum_before",
            "held_nouns",
            "rate_adjectives",
            "pay_nouns",
            "rate_per",
            "rate_periods",
            "rate_not_after",
            "rate_adverbs",
        ),
        "quantities": (  # compare/extract/quantities.py
            "price_move_before",
            "down",
            "particle_verbs",
            "up_to",
            "up_to_verbs",
            "unit_modifiers",
            "year_determiners",
            "of",
            "of_pronouns",
            "of_determiners",
            "speakers",
            "copulas",
            "predicate_closers",
            "reprise_leads",
            "times_words",
            "times_titles",
            "estimates",
            "part_from",
            "ones",
            "one_pronoun_after",
            "one_pronoun_determiners",
            "antecedent_determiners",
            "antecedent_adjectives",
            "articles",
            "duration_units",
            "offset_only_units",
            "long",
            "duration_not_before",
            "duration_lead_ins",
            "half",
            "and_a_half",
            "suspended_joiners",
            "rough_after",
            "list_joiners",
            "part_joiners",
            "elision_leads",
            "whole_leads",
        ),
    }
)


def _grammar(data: dict[str, Any]) -> dict[str, Mapping[str, tuple[str, ...]]]:
    """grammar.toml: exactly the tables and keys of ``GRAMMAR_KEYS``, each a list of words or phrases."""
    if set(data) != set(GRAMMAR_KEYS):
        raise ValueError(f"grammar.toml: expected exactly the tables {', '.join(GRAMMAR_KEYS)}")
    out: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for name, keys in GRAMMAR_KEYS.items():
        table = data[name]
        if not isinstance(table, dict) or set(table) != set(keys):
            raise ValueError(f"grammar.toml [{name}]: expected exactly {', '.join(keys)}")
        out[name] = MappingProxyType({key: _strings(table, key, f"grammar.toml [{name}]") for key in keys})
    return out


# Tables of events.toml that name classes and roles, moved to classes.toml (shared by every language).
_MOVED_TO_CLASSES = {"families": "[families]", "updates": "[updates]", "umbrella": "[umbrella]"}
_CUES_MOVED_TO_CLASSES = ("generic", "self_naming", "singleton")


def _events(data: dict[str, Any]) -> dict[str, Any]:
    """events.toml as parsed; a table that now lives in classes.toml is an error, not silently unread."""
    moved = [name for key, name in _MOVED_TO_CLASSES.items() if key in data]
    moved += [f"[cues] {key}" for key in _CUES_MOVED_TO_CLASSES if key in data.get("cues", {})]
    if moved:
        raise ValueError(
            f"events.toml: {', '.join(moved)} moved to compare/lang/classes.toml (classes and roles, "
            "the same for every language); edit them there"
        )
    return data


def _role_fields(data: dict[str, Any], inflections: VerbForms) -> dict[str, Any]:
    """roles.toml: the roles, the tables from a word to its role, and the casualty roles.

    Each predicate is read in every form ``inflections`` (words.toml) makes of it.
    """
    roles = _roles(data)
    verbs = _strings(data, "intransitive", "roles.toml")
    intransitive = frozenset(form for verb in verbs for form in inflections(verb))
    casualty_roles = frozenset(_strings(data, "casualties", "roles.toml"))
    population_only = frozenset(_strings(data, "population_only", "roles.toml"))
    if not population_only <= casualty_roles <= set(ROLES):
        bad = sorted((casualty_roles - set(ROLES)) | (population_only - casualty_roles))
        raise ValueError(f"roles.toml: casualties must be roles, population_only casualties; not {bad}")
    ordered = list(roles.values())
    predicate_pairs = [(form, r.name) for r in ordered for form in r.forms] + [
        (form, r.name) for r in ordered for verb in r.predicates for form in inflections(verb)
    ]
    predicate_role = _first_wins(predicate_pairs)
    head_role = _first_wins((h, r.name) for r in ordered for h in r.heads)
    return {
        "roles": MappingProxyType(roles),
        "noun_role": MappingProxyType(_first_wins((n, r.name) for r in ordered for n in r.nouns)),
        "people_role": MappingProxyType(_first_wins((n, r.name) for r in ordered for n in r.people)),
        "predicate_role": MappingProxyType(predicate_role),
        "head_role": MappingProxyType(head_role),
        "unit_role": MappingProxyType(_first_wins((u, r.name) for r in ordered for u in r.units)),
        "longest_phrase": max((len(p.split()) for p in (*predicate_role, *head_role)), default=1),
        "phrase_starts": frozenset(p.split()[0] for p in (*predicate_role, *head_role)),
        "intransitive": intransitive,
        "casualty_roles": casualty_roles,
        "one_person_roles": casualty_roles - population_only,
        "clause_words": MappingProxyType(_clause_words(data.get("clause"))),
        "measure_roles": MappingProxyType(_measure_roles(data.get("measure_roles"))),
        "shapes": MappingProxyType(_shapes(data.get("shapes"))),
    }


def _number_fields(data: dict[str, Any]) -> dict[str, Any]:
    """numbers.toml: vague quantities, qualifier and change phrases, number words, scale abbreviations."""
    vague: dict[str, tuple[float, float]] = {}
    for phrase, bounds in data.get("vague", {}).items():
        if not (isinstance(bounds, list) and len(bounds) == 2 and 0 < bounds[0] <= bounds[1]):
            raise ValueError(f"numbers.toml [vague] {phrase!r}: expected [low, high]")
        vague[" ".join(phrase.split())] = (float(bounds[0]), float(bounds[1]))
    return {
        "vague": MappingProxyType(vague),
        "qualifiers": _qualifier_groups(data.get("qualifiers", {}), "numbers.toml [qualifiers]"),
        "changes": _qualifier_groups(data.get("changes", {}), "numbers.toml [changes]"),
        "bounds": _qualifier_groups(data.get("bounds", {}), "numbers.toml [bounds]"),
        "number_words": MappingProxyType(_number_words(data.get("words"))),
        "scale_abbreviations": MappingProxyType(
            _values(data.get("scale_abbreviations"), "numbers.toml [scale_abbreviations]", 1.0)
        ),
        "range_words": MappingProxyType(
            {
                key: _strings(data.get("ranges", {}), key, "numbers.toml [ranges]")
                for key in (
                    "separators", "unit_separators", "leads", "need_lead", "change_leads", "change_verbs"
                )
            }
        ),
        "level_words": _strings(data.get("levels", {}), "before", "numbers.toml [levels]"),
        "money_scales": MappingProxyType(
            _values(data.get("money_scales"), "numbers.toml [money_scales]", 1.0)
        ),
        "multiples": MappingProxyType(_values(data.get("multiples"), "numbers.toml [multiples]", 2.0)),
    }


def _measure_fields(data: dict[str, Any]) -> dict[str, Any]:
    """measures.toml: measure words, durations, glued abbreviations, currency words and symbols."""
    durations = data.get("durations", {})
    if not all(isinstance(v, (int, float)) and v > 0 for v in durations.values()):
        raise ValueError("measures.toml [durations]: expected word = seconds")
    periods = data.get("counted_periods", {})
    if not all(isinstance(v, (int, float)) and v > 0 for v in periods.values()):
        raise ValueError("measures.toml [counted_periods]: expected word = seconds")
    currency = data.get("currency", {})
    return {
        "measure_words": MappingProxyType(_measures(data)),
        "units_before": MappingProxyType(_word_table(data.get("written_before", {}), "written_before")),
        "units_after": MappingProxyType(_word_table(data.get("written_after", {}), "written_after")),
        "measured_verbs": _strings(data.get("measured_by", {}), "verbs", "measures.toml [measured_by]"),
        "measured_decimal_verbs": _strings(
            data.get("measured_by", {}), "decimal_verbs", "measures.toml [measured_by]"
        ),
        "measured_subjects": MappingProxyType(
            _word_table(data.get("measured_by", {}).get("subjects", {}), "measured_by.subjects")
        ),
        "compound_units": MappingProxyType(_word_table(data.get("compound", {}), "compound")),
        "compound_after": _strings(
            data.get("compound_after", {}), "words", "measures.toml [compound_after]"
        ),
        "percent_point": str(data.get("percent_points", {}).get("unit", "pp")),
        "percent_point_units": frozenset(
            _strings(data.get("percent_points", {}), "units", "measures.toml [percent_points]")
        ),
        "percent_point_fractions": _strings(
            data.get("percent_points", {}), "fraction_units", "measures.toml [percent_points]"
        ),
        "percent_fractions": _strings(
            data.get("percent_points", {}), "fraction_percents", "measures.toml [percent_points]"
        ),
        "age_words": MappingProxyType(
            {
                key: _strings(data.get("ages", {}), key, "measures.toml [ages]")
                for key in ("subjects", "verbs", "dying", "after")
            }
        ),
        "age_adverbs": _strings(data.get("ages", {}), "adverbs", "measures.toml [ages]"),
        "duration_seconds": MappingProxyType({k: float(v) for k, v in durations.items()}),
        "counted_periods": MappingProxyType(
            {**{k: float(v) for k, v in durations.items()}, **{k: float(v) for k, v in periods.items()}}
        ),
        "glued_words": frozenset(data.get("glued", {}).get("words", [])),
        "glued_letters": frozenset(data.get("glued", {}).get("letters", [])),
        "capital_words": frozenset(data.get("capitals", {}).get("words", [])),
        "lower_case_words": frozenset(data.get("capitals", {}).get("refused", [])),
        **_glued_capitals(data.get("capitals", {}).get("glued", {})),
        "currency_words": MappingProxyType(_word_table(currency.get("words"), "currency.words")),
        "currency_symbols": MappingProxyType(_symbol_table(currency.get("symbols"))),
        "currency_guarded": MappingProxyType(_guarded(currency.get("guarded", {}))),
        "currency_code_scales": MappingProxyType(_code_scales(currency.get("code_scales", {}))),
    }


def _code_scales(table: Any) -> dict[str, float]:
    """measures.toml [currency.code_scales]: scale letters as written (case matters: "M", "k") -> factor."""
    if not isinstance(table, dict) or not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and v > 1 and k.isalpha()
        for k, v in table.items()
    ):
        raise ValueError("measures.toml [currency.code_scales]: expected letters = a factor above 1")
    return {k: float(v) for k, v in table.items()}


def _glued_capitals(data: dict[str, Any]) -> dict[str, Any]:
    """measures.toml [capitals.glued]: the range, cue words and window of a glued "40C"."""
    ranges = data.get("range", {})
    if not all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) for x in v) and v[0] < v[1]
        for v in ranges.values()
    ):
        raise ValueError("measures.toml [capitals.glued.range]: expected word = [low, high]")
    window = data.get("window", 0)
    if not isinstance(window, int) or window < 0:
        raise ValueError("measures.toml [capitals.glued] window: expected a count of characters")
    return {
        "glued_capital_range": MappingProxyType({k: (float(v[0]), float(v[1])) for k, v in ranges.items()}),
        "glued_capital_cues": _strings(data, "cues", "measures.toml [capitals.glued]"),
        "glued_capital_not_after": _strings(data, "not_after", "measures.toml [capitals.glued]"),
        "glued_capital_window": window,
    }


def _noun_fields(data: dict[str, Any]) -> dict[str, Any]:
    """nouns.toml: word lists about counted nouns, group adjectives, zero counts, fraction words."""
    zero = data.get("zero", {})
    return {
        "noun_words": MappingProxyType(
            {k: frozenset(_strings(data, k, "nouns.toml")) for k, v in data.items() if isinstance(v, list)}
        ),
        "group_adjectives": MappingProxyType(_word_table(data.get("group_adjectives"), "group_adjectives")),
        "zero_words": MappingProxyType(
            {k: _strings(zero, k, "nouns.toml [zero]") for k in ("nouns", "second", "adjectives", "reports")}
        ),
        "zero_roles": MappingProxyType(_zero_roles(zero.get("roles"))),
        "fractions": _fractions(data.get("fractions", {})),
    }
