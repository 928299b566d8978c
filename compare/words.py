"""Closed-class English words and a small lemmatiser, shared by the extractors.

A rule-based lemmatiser is enough here: it only has to map the plural of a
counted noun ("troops", "casualties", "people") to the singular we report, and
verb forms to a stem for matching predicates across outlets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

STOPWORDS = frozenset(
    """
    a an the and or but nor so yet for of in on at by to from with without within into onto upon
    over under about above below across after before during since until till through throughout
    between among amid along around near than then that this these those there here where when
    while which who whom whose what why how as if though although because unless whether
    is are was were be been being am has have had having do does did doing will would shall
    should can could may might must ought not no nor only also just even still already again
    it its it's they them their theirs he him his she her hers we us our ours you your yours i me my
    mine one's each every either neither both all any some such other another own same
    very too more most less least much many few several enough quite rather
    said says say told tell according
    north south east west northern southern eastern western northeast northwest southeast southwest
    up down out off away back forward ahead inside outside nearby
    per via vs versus like unlike including include includes included
    """.split()
)

_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "lives": "life",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "personnel": "personnel",
    "staff": "staff",
    "data": "data",
    "media": "media",
    "criteria": "criterion",
    "analyses": "analysis",
    "crises": "crisis",
    "theses": "thesis",
    "bases": "base",
    "series": "series",
    "species": "species",
    "news": "news",
    "talks": "talks",
    "arms": "arms",
    "forces": "force",
    "troops": "troop",
    "aircraft": "aircraft",
    "headquarters": "headquarters",
    "casualties": "casualty",
    "militia": "militia",
    "thieves": "thief",
    "wolves": "wolf",
    "knives": "knife",
    "wives": "wife",
    "halves": "half",
    "leaves": "leaf",
    "us": "us",
    "this": "this",
    "was": "was",
    "has": "has",
    "is": "is",
    "its": "its",
    "gas": "gas",
    "bus": "bus",
    "status": "status",
    "virus": "virus",
    "focus": "focus",
    "census": "census",
    "consensus": "consensus",
    "campus": "campus",
    "bonus": "bonus",
    "thus": "thus",
    "plus": "plus",
    "corpus": "corpus",
    "chaos": "chaos",
    "ethos": "ethos",
    "kudos": "kudos",
    "lens": "lens",
    "means": "means",
    "physics": "physics",
    "economics": "economics",
    "politics": "politics",
    "sanctions": "sanction",
}


def lemma(word: str) -> str:
    """Singular of a (lower-case) noun: "casualties" → "casualty", "troops" → "troop"."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("men") and len(w) > 4 and w not in _SINGULAR_MEN:
        return w[:-3] + "man"  # "fishermen", "policemen", "gunmen", "crewmen"
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s", "’s")):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "zes", "sses")):
        return w[:-2]
    if w.endswith("oes") and len(w) > 4:
        return w[:-2]
    return w[:-1]


# Singular nouns that end like "-men" plurals.
_SINGULAR_MEN = frozenset(
    "specimen abdomen regimen omen semen stamen hymen acumen albumen bitumen lumen amen yemen ramen".split()
)

_VERB_IRREGULAR = {
    "killed": "kill",
    "kills": "kill",
    "killing": "kill",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "dead": "die",
    "deaths": "die",
    "death": "die",
    "spoke": "speak",
    "spoken": "speak",
    "speaks": "speak",
    "speaking": "speak",
    "met": "meet",
    "meets": "meet",
    "meeting": "meet",
    "held": "hold",
    "holds": "hold",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "seized": "seize",
    "sent": "send",
    "began": "begin",
    "begun": "begin",
    "fled": "flee",
    "fought": "fight",
    "lost": "lose",
    "won": "win",
    "wrote": "write",
    "written": "write",
    "built": "build",
    "spent": "spend",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "brought": "bring",
    "led": "lead",
    "left": "leave",
    "told": "tell",
    "said": "say",
    "says": "say",
}


@functools.lru_cache(maxsize=1 << 16)  # a text repeats its verbs; the stem is pure
def verb_stem(word: str) -> str:
    """A crude stem for matching predicates: "deployed" / "deploys" / "deploying" → "deploy"."""
    w = word.lower()
    if w in _VERB_IRREGULAR:
        return _VERB_IRREGULAR[w]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "planned" → "plan"
            return stem[:-1] if stem.endswith("e") and len(stem) > 4 else stem
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The only characters outside ASCII that ``re.IGNORECASE`` lets stand for an
# ASCII letter: "ſpring" matches "spring", and must then be looked up as it.
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def lowercase(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` sees it, every character at its offset.

    A case-sensitive pattern of lower-case ASCII over this copy matches where
    the same pattern with ``re.IGNORECASE`` matches over ``text``, several
    times faster (the regex engine can skip ahead on literal characters), and
    match offsets carry over to ``text`` unchanged.  A few characters lower to
    two, so such texts are lowered in ASCII only.
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = text.translate(_IGNORECASE_TWINS)
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.translate(_ASCII_LOWER)


def is_word_char(ch: str) -> bool:
    """Whether the regex engine's ``\\w`` matches ``ch`` (for ``\\b`` checks done by hand)."""
    return ch.isalnum() or ch == "_"


def fold_case(word: str) -> str:
    """``word`` in lower case as a case-insensitive pattern matched it (for table lookups)."""
    return word.translate(_IGNORECASE_TWINS).lower()


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex that matches any of ``words`` (longest first), factored by prefix.

    A flat alternation of a few hundred words makes the regex engine try every
    word at every position; nested by common prefix it tries a letter or two.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = "|".join(alternatives)
        if "" in node:
            return f"(?:{body})?"  # greedy: the longer word first
        return body if len(alternatives) == 1 else f"(?:{body})"

    return build(trie)
