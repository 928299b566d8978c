"""The sentences the report writes, as data: ``sentences.toml`` of the report's language.

``display`` says how one value reads ("about 100,000", "3 August"); this module
holds what a sentence says around the values: a finding's explanation ("A says
10; B says 12 — these cannot both be true: ...") and its short label ("people
killed — Hamas (Gaza)").  Each sentence is a template whose named parts
(``{outlets}``, ``{value}``) its reader fills::

    sentence("explain", "only", part="Reuters says 10")

The file is read once, when this module is imported, and checked against
``FIELDS``: every key of a table is present and names exactly the parts its
reader fills, so a translation that drops a part or misspells one fails when it
is read, not in a report.  To add a sentence, add its key and parts to
``FIELDS`` and its words to ``lang/en/sentences.toml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType
from typing import Any

from compare.display import REPORT_LANGUAGE
from compare.lang import Lexicon, lexicon

__all__ = ["FIELDS", "agree", "clauses", "counted", "join", "sentence", "series"]

# Table -> key -> the parts its template names.
FIELDS: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        table: MappingProxyType({key: frozenset(parts.split()) for key, parts in keys.items()})
        for table, keys in {
            "explain": {
                "says": "outlets say value",
                "only": "part",
                "same_day_other_words": "parts",
                "same_words": "parts",
                "stated_by_all": "parts value",
                "agree": "parts what local",
                "local_time": "",
                "direction": "",
                "rounding": "parts note",
                "rounding_note": "rounded rounded_outlet precise precise_outlet converted how",
                "converted": "",
                "nearest_multiple": "unit",
                "down_to_multiple": "unit",
                "nearest_whole": "",
                "down_to_whole": "",
                "nearest_unit": "unit",
                "down_to_units": "units",
                "no_day": "parts words",
                "dates_differ": "parts",
                "estimates_differ": "parts",
                "self_contradiction": "parts outlet a b",
                "authorities": "parts a authority_a outlet_a b authority_b outlet_b",
                "conflict": "parts a outlet_a b outlet_b",
                "then": "step",
                "update_step": "value day who",
                "update_same": "step",
                "update": "first middle last within",
                "update_within": "",
                "update_revised": "first middle last",
                "update_held": "first rest",
                "update_superseded": "first middle last",
                "update_standing": "first middle last words",
                "update_elapsed": "first middle last",
                "update_told": "outlet a b earlier later",
                "told_outlets": "outlets",
                "count_step": "value day outlet words",
                "count_step_undated": "value outlet words",
                "count_words": "words",
                "count": "steps",
                "count_figure": "steps",
                "age_step": "age day year outlets",
                "age": "first middle last undated",
                "age_undated": "",
                "undated": "outlets give words",
                "unnamed_conversion": "value outlet converted",
                "unnamed_conversions": "conversions",
                "rates": "rates",
                "rate": "source value pivot outlets state",
                "rate_range": "low high",
                "yearly_rates": "rates",
                "yearly_rate": "sum outlet converted year",
            },
            "status": {
                "unchecked": "",
                "new": "",
                "accepted": "",
                "ungated": "",
                "agree": "",
            },
            "html": {
                "timeline_title": "story",
                "time_axis_title": "about",
                "mark": "number about verdict outlet text value",
                "story_one_article": "",
                "story_one_outlet": "",
                "story_no_fact": "",
                "story_no_shared_fact": "",
                "no_article": "",
                "one_article": "",
                "no_fact": "count",
                "no_shared_fact": "count",
                "title": "",
                "no_story": "",
                "card_title": "number about verdict",
                "undated": "",
                "uncompared_fact": "text why",
                "in_boilerplate": "",
                "not_compared": "",
            },
            "ci": {
                "summary": "new level accepted stale documents facts findings skipped baseline",
                "summary_updated": "baseline accepted new removed",
                "fail_on_conflict": "",
                "fail_on_compatible": "",
                "skipped": "files",
                "review": "baseline",
                "stale": "fingerprint what detail",
                "stale_detail": "detail",
                "stale_entry": "line",
                "text_stale": "line",
                "stale_title": "",
                "stale_suite": "",
                "stale_case": "about fingerprint",
                "in_extracted_text": "",
                "annotation": "verdict kind about",
                "annotation_title": "verdict about",
                "this_excerpt": "outlet text",
                "other_excerpt": "outlet text where",
                "more": "count",
                "accept": "fingerprint baseline",
                "failure": "verdict text",
                "conflict_short": "",
                "conflict_full": "",
                "conflict_help": "",
                "compatible_short": "",
                "compatible_full": "",
                "compatible_help": "",
                "updated_short": "",
                "updated_full": "",
                "updated_help": "",
            },
            "verdicts": {
                "conflict": "",
                "conflict_help": "",
                "compatible": "",
                "compatible_help": "",
                "updated": "",
                "updated_help": "",
                "agree": "",
                "agree_help": "",
                "single_source": "",
                "single_source_help": "",
            },
            "table": {"no_facts": "documents"},
            "labels": {
                "counted": "noun participle",
                "call": "modality",
                "length": "label",
                "date": "label",
                "names": "label names",
                "places": "label places",
            },
        }.items()
    }
)
_LISTS = ("between", "last", "clauses")
_AGREEMENT = ("say", "give", "state")
# [counted]: the things the CI summary counts, each [one, several].
_COUNTED = (
    "divergence",
    "new_divergence",
    "stale_entry",
    "stale_baseline_entry",
    "file",
    "document",
    "fact",
    "finding",
)


def _templates(table: Any, name: str, fields: Mapping[str, frozenset[str]]) -> Mapping[str, str]:
    where = f"sentences.toml [{name}]"
    if not isinstance(table, dict) or set(table) != set(fields):
        raise ValueError(f"{where}: expected the keys {', '.join(fields)}")
    for key, text in table.items():
        if not isinstance(text, str):
            raise ValueError(f"{where} {key}: expected a sentence")
        parsed = [(f, spec, conv) for _, f, spec, conv in Formatter().parse(text) if f is not None]
        if {f for f, _, _ in parsed} != fields[key] or any(spec or conv for _, spec, conv in parsed):
            wanted = " ".join(f"{{{f}}}" for f in sorted(fields[key])) or "no part"
            raise ValueError(f"{where} {key}: expected a sentence naming {wanted}")
    return MappingProxyType(dict(table))


def _pairs(table: Any, name: str, keys: tuple[str, ...]) -> Mapping[str, tuple[str, str]]:
    """[agreement] or [counted]: key = [one, several], for exactly ``keys``."""
    ok = isinstance(table, dict) and set(table) == set(keys)
    if not ok or not all(
        isinstance(v, list) and len(v) == 2 and all(isinstance(w, str) and w for w in v)
        for v in table.values()
    ):
        raise ValueError(f"sentences.toml [{name}]: expected {', '.join(keys)} = [one, several]")
    return MappingProxyType({verb: (forms[0], forms[1]) for verb, forms in table.items()})


def _separators(table: Any) -> Mapping[str, str]:
    """[lists]: exactly the separators of ``_LISTS``."""
    if (
        isinstance(table, dict)
        and set(table) == set(_LISTS)
        and all(isinstance(v, str) for v in table.values())
    ):
        return MappingProxyType(dict(table))
    raise ValueError(f'sentences.toml [lists]: expected {", ".join(_LISTS)} = "separator"')


@dataclass(frozen=True)
class _Sentences:
    """The report's sentences (``sentences.toml`` of the report's language), checked."""

    templates: Mapping[str, Mapping[str, str]]  # table -> key -> template
    lists: Mapping[str, str]  # [lists]: separator name -> separator
    agreement: Mapping[str, tuple[str, str]]  # verb -> (one subject, several)
    counted: Mapping[str, tuple[str, str]]  # noun -> (one, several)


def _read(lex: Lexicon) -> _Sentences:
    data = lex.sentences
    return _Sentences(
        templates=MappingProxyType(
            {name: _templates(data.get(name), name, fields) for name, fields in FIELDS.items()}
        ),
        lists=_separators(data.get("lists")),
        agreement=_pairs(data.get("agreement"), "agreement", _AGREEMENT),
        counted=_pairs(data.get("counted"), "counted", _COUNTED),
    )


# The report is written in one language, whatever the articles' (display.REPORT_LANGUAGE).
_SENTENCES = _read(lexicon(REPORT_LANGUAGE))


def sentence(table: str, key: str, /, **parts: str) -> str:
    """The template ``[table] key`` with its named parts filled in."""
    return _SENTENCES.templates[table][key].format(**parts)


def agree(verb: str, subjects: int) -> str:
    """``verb`` ([agreement]) for one subject or several: "says", "say"."""
    one, several = _SENTENCES.agreement[verb]
    return one if subjects == 1 else several


def counted(count: int, noun: str) -> str:
    """ "1 document", "3 documents" ([counted] ``noun``)."""
    one, several = _SENTENCES.counted[noun]
    return f"{count} {one if count == 1 else several}"


def join(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" ([lists])."""
    last = _SENTENCES.lists["last"]
    if len(items) <= 2:
        return last.join(items)
    return _SENTENCES.lists["between"].join(items[:-1]) + last + items[-1]


def series(items: Sequence[str]) -> str:
    """ "A, B, C": names or places listed without a conjunction ([lists] between)."""
    return _SENTENCES.lists["between"].join(items)


def clauses(items: Sequence[str]) -> str:
    """ "A says 10; B says 12" ([lists] clauses)."""
    return _SENTENCES.lists["clauses"].join(items)
