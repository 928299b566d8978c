"""The kinds of fact, one entry each: what every stage needs to know about a kind.

A kind says what sort of value a fact states: a count of things, an amount of
money, a percentage, a measure in a unit, a duration, a date.  Everything that
depends on the kind and not on the text reads it from :data:`KINDS` here, so
adding a kind is one :class:`KindInfo` entry, its name in ``model.Kind``, its
words in ``lang/en/display.toml [kinds]``, and the extractor that finds it
(``tests/test_structure.py`` fails until all agree).

The fields, and who reads them:

- ``label`` / ``noun`` / ``plural`` (words: ``display.toml [kinds]`` of the
  report's language): how people call it in the report's kind filter
  (``render/html``), in a finding's label and in an explanation ("the
  amounts differ", ``judge``).
- ``reads``: how its value is written for a reader (``display``): a number and
  the counted noun ("100,000 troops"), a currency symbol ("$2.5 billion"), a
  percent sign, a number and its unit ("30 km"), a multiple ("6.5× earnings"), a duration in the largest
  whole unit ("7 h"), or a date at its stated precision.
- ``unit_class``: which facts alignment lets meet at all (``align``):
  ``"kind"`` puts every fact of the kind in one block whatever its unit
  (counts of "pirates" and of "sea brigands" may be one figure); ``"unit"``
  blocks by kind and unit, since alignment compares values only in one unit.
- ``of_event``: the value belongs to an event (the day it happened, how long
  it lasted), so the event noun and trigger class veto a pairing and the
  parties named matter: "Biden and Putin spoke for an hour" and "a 90-minute
  call with Zelenskiy" are two calls.  A count's nearest event word is often
  incidental ("killed 13,000 in the conflict"), so counts do not get these
  vetoes.
- ``counted``: the unit is the counted thing's noun: the role comes from the
  noun's class when extraction gave none, a bare figure with no noun is too
  vague to contradict anything, and two figure predicates ("killed" /
  "injured") are two figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from compare.lang import lexicon
from compare.model import DEFAULT_LANGUAGE, Kind

__all__ = ["KINDS", "KindInfo", "Reads", "kind_info"]

Reads = Literal["counted", "currency", "percent", "unit", "multiple", "duration", "date"]


@dataclass(frozen=True)
class KindInfo:
    name: Kind
    label: str  # the report's kind filter: "percentage"
    noun: str  # one of them, in a finding's label: "amount"
    plural: str  # several, in an explanation: "amounts"
    reads: Reads  # how display writes the value
    unit_class: Literal["kind", "unit"]  # alignment's blocks: per kind, or per kind and unit
    of_event: bool  # event noun, trigger class and parties veto a pairing
    counted: bool  # the unit is the counted noun
    example: str  # a phrase of this kind, for documentation

    # label, noun, plural and example are words: display.toml [kinds] of the report's language.


def _words() -> dict[str, dict[str, str]]:
    """What the report calls each kind (``display.toml [kinds]`` of the report's language)."""
    table = lexicon(DEFAULT_LANGUAGE).display.get("kinds")
    fields = ("label", "noun", "plural", "example")
    if not isinstance(table, dict) or not all(
        isinstance(words, dict)
        and set(words) == set(fields)
        and all(isinstance(words[f], str) and words[f] for f in fields)
        for words in table.values()
    ):
        raise ValueError(f"display.toml [kinds]: expected kind = {{ {' = ..., '.join(fields)} = ... }}")
    return table


_WORDS = _words()


def _with_words(
    name: Kind, reads: Reads, unit_class: Literal["kind", "unit"], of_event: bool, counted: bool
) -> KindInfo:
    if name not in _WORDS:
        raise ValueError(f"display.toml [kinds]: no words for the kind {name!r}")
    words = _WORDS[name]
    return KindInfo(
        name=name,
        label=words["label"],
        noun=words["noun"],
        plural=words["plural"],
        reads=reads,
        unit_class=unit_class,
        of_event=of_event,
        counted=counted,
        example=words["example"],
    )


KINDS: dict[str, KindInfo] = {
    info.name: info
    for info in (
        _with_words(
            name="count",
            reads="counted",
            unit_class="kind",
            of_event=False,
            counted=True,
        ),
        _with_words(
            name="money",
            reads="currency",
            unit_class="unit",
            of_event=False,
            counted=False,
        ),
        _with_words(
            name="percent",
            reads="percent",
            unit_class="unit",
            of_event=False,
            counted=False,
        ),
        _with_words(
            name="measure",
            reads="unit",
            unit_class="unit",
            of_event=False,
            counted=False,
        ),
        _with_words(
            # "trades at 6.5 times earnings", "three times as many", "a 10-fold
            # rise", "3x faster": a ratio to something the sentence names.  Its
            # unit is "×" and the base as written ("× earnings"), so that
            # multiples of different bases never meet.
            name="multiple",
            reads="multiple",
            unit_class="unit",
            of_event=False,
            counted=False,
        ),
        _with_words(
            name="duration",
            reads="duration",
            unit_class="unit",
            of_event=True,
            counted=False,
        ),
        _with_words(
            name="date",
            reads="date",
            unit_class="unit",
            of_event=True,
            counted=False,
        ),
    )
}
"""Every kind, in the order reports list them."""


def kind_info(kind: str) -> KindInfo:
    """The registry entry of ``kind``; a ``KeyError`` names a kind nobody registered."""
    return KINDS[kind]


def declared_kinds() -> tuple[str, ...]:
    """The kinds ``model.Kind`` declares (what the schema and the cache accept)."""
    return get_args(Kind)
