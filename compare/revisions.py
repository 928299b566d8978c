"""The words that tell a reported figure moved, revised or standing at its time.

Read by the judge (``judge._superseded``, ``_told_as_standing``, ``_told_as_risen``, ``_told_revised``)
and by alignment's update merges (``align._Cluster.moved``), which must read a figure as the judge
does: a group joined because a later report tells its figure moved is one the judge calls
``updated``.  Their own module, since the judge imports alignment.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

from compare.events import vocabulary
from compare.extract.date_words import date_words
from compare.lang import lexicon
from compare.model import Document, Fact
from compare.words import alternation, verb_stem


@functools.cache
def rise_stems() -> frozenset[str]:
    """The predicate stems of a count that moved ("climb", "risen", "reach")."""
    verbs = date_words(lexicon()).report_verbs
    return frozenset({*verbs, *(verb_stem(v) for v in verbs)})


@functools.cache
def revision_words() -> frozenset[str]:
    """The words that tell a report revised, as sentence terms: each phrase's first word ("raised" of
    "raised to")."""
    return frozenset(p.split()[0] for p in lexicon().grammar["enumeration"]["revisions"])


@functools.cache
def standing_words() -> frozenset[str]:
    """The one-word terms that tell a figure standing at its time or revised (``judge._told_as_standing``)."""
    lex = lexicon()
    phrases = (*date_words(lex).ref_present, *lex.grammar["contradictions"]["running"])
    return revision_words() | frozenset(p for p in phrases if " " not in p)


@functools.cache
def moved_words() -> frozenset[str]:
    """The one-word terms that tell a figure moved or standing at its time (``judge._superseded``)."""
    return standing_words() | frozenset(p for p in date_words(lexicon()).report_verbs if " " not in p)


def told_as_moved(f: Fact, standing: Collection[str] = ()) -> bool:
    """Whether a figure's sentence tells it as a figure that moved or stands at its time
    (``judge._superseded``; alignment's update merges read it too: ``align._Cluster.moved``).
    ``standing``: the ids of the facts whose sentence holds a phrase ``About.terms`` cannot
    hold (``standing_phrases``: "so far", "to date")."""
    about = f.about
    return about.predicate in rise_stems() or not moved_words().isdisjoint(about.terms) or f.id in standing


@functools.cache
def _standing_pattern() -> re.Pattern[str] | None:
    """The phrases of ``standing_words``' lists, which ``About.terms`` (single words) cannot hold, as one
    expression: "so far", "to date", "thus far", "at the moment".  The lists' single words are read as
    terms ("now"); not "still", which the terms leave out: read anywhere in a sentence it tells
    another figure standing as often as its own ("9 people injured and 74 still missing"; screened
    in the twenty-eighth session: one gold conflict lost)."""
    lex = lexicon()
    phrases = (*date_words(lex).ref_present, *lex.grammar["contradictions"]["running"])
    lost = sorted({p.lower() for p in phrases if " " in p}, key=lambda p: (-len(p), p))
    if not lost:
        return None
    return re.compile(rf"\b(?:{alternation(lost)})\b", re.IGNORECASE)


def standing_phrases(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str]:
    """For each fact of a kind a later report may supersede (``[updates] superseded_kinds``) whose
    sentence holds a phrase that tells its figure standing at its time and that its terms cannot
    hold ("The death toll so far is 334", "to date"), that phrase as written: read with
    ``About.terms`` by ``told_as_moved``.  Each sentence is searched once."""
    pattern = _standing_pattern()
    kinds = vocabulary().superseded_kinds
    if pattern is None:
        return {}
    texts = {d.id: d.text for d in documents}
    read: dict[tuple[str, int], str | None] = {}
    out: dict[str, str] = {}
    for f in facts:
        text = texts.get(f.doc)
        if f.kind not in kinds or text is None:
            continue
        key = (f.doc, f.sentence.start)
        if key not in read:
            found = pattern.search(text, f.sentence.start, f.sentence.end)
            read[key] = " ".join(found.group().split()) if found is not None else None
        words = read[key]
        if words is not None:
            out[f.id] = words
    return out
