"""The words that tell a reported figure moved, revised or standing at its time.

Read by the judge (``judge._superseded``, ``_told_as_standing``, ``_told_as_risen``, ``_told_revised``)
and by alignment's update merges (``align._Cluster.moved``), which must read a figure as the judge
does: a group joined because a later report tells its figure moved is one the judge calls
``updated``.  Their own module, since the judge imports alignment.
"""

from __future__ import annotations

import functools

from compare.extract.date_words import date_words
from compare.lang import lexicon
from compare.model import Fact
from compare.words import verb_stem


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


def told_as_moved(f: Fact) -> bool:
    """Whether a figure's sentence tells it as a figure that moved or stands at its time
    (``judge._superseded``; alignment's update merges read it too: ``align._Cluster.moved``)."""
    return f.about.predicate in rise_stems() or not moved_words().isdisjoint(f.about.terms)
