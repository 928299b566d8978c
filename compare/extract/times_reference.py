"""Reference times: words that place a clause against the time of writing without naming a day.

TimeML calls them ``PRESENT_REF`` ("now", "currently", "so far"), ``PAST_REF``
("recently", "initially", "earlier") and ``FUTURE_REF`` ("soon").  They are a
layer of their own and never facts: "now" in two articles published on
different days is no claim either outlet makes, so it is never aligned.  What
they do is date the figures near them (``compare.extract.reporting``): "the
toll now stands at 300" is true as of publication, "officials initially
reported 120" and "earlier reports said 42" are earlier values of a changing
count, and "climbed to 54, up from 42 on Sunday" gives 42 the day after it.
The words are data (``dates.toml`` [reference]).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from compare.extract.date_words import date_words, phrases
from compare.lang import Lexicon, lexicon
from compare.words import phrase_trie, starts_after, word_led

__all__ = ["ReferenceTime", "ReferenceWords", "reference_times", "reference_words"]

RefKind = Literal["PRESENT_REF", "PAST_REF", "FUTURE_REF"]


@dataclass(frozen=True)
class ReferenceTime:
    """One reference time at ``[start, end)`` of a text."""

    start: int
    end: int
    kind: RefKind
    # A past reference that says a figure is an earlier report of its count
    # ("initially", "earlier"), not when its event happened ("recently").
    earlier_report: bool = False


@dataclass(frozen=True)
class ReferenceWords:
    """The reference-time words of one language, compiled once per lexicon."""

    # One alternation; the group that matched names the kind.
    pattern: re.Pattern[str]
    # The same after the character before its word, which it takes (``words.starts_after``);
    # None unless every word begins and ends with a word character (``words.word_led``).
    pattern_after: re.Pattern[str] | None
    earlier_report: frozenset[str]
    # Reference words only as an earlier report's ("a previous report"); else adjectives ("a previous order").
    earlier_report_only: frozenset[str]
    # Right before a reference word: it dates the value compared with ("than earlier feared").
    compared: re.Pattern[str]
    # Right before an earlier report's word that stands after its figure: "according to a previous report".
    according: re.Pattern[str]
    # Right after an earlier report's word: a word of reporting ("initially reported"), or a comma when it
    # opens the sentence ("Previously, ...").
    reported: re.Pattern[str]
    opening: re.Pattern[str]
    # An earlier value's lead right before a figure: "54, up from 42".
    earlier_value: re.Pattern[str]
    # An earlier value's lead, the value, then a day: "up from 42 on Sunday",
    # "up from 42 reported a day earlier" (no clause break in between).
    earlier_value_day: re.Pattern[str]


@functools.cache
def reference_words(lex: Lexicon | None = None) -> ReferenceWords:
    """The reference-time words of ``lex`` (English when None)."""
    w = date_words(lex if lex is not None else lexicon())
    not_after = "".join(f"(?<!\\b{re.escape(x)} )" if not x.endswith("-") else f"(?<!\\b{re.escape(x)})"
                        for x in w.ref_not_after)  # fmt: skip
    leads = phrases(w.ref_earlier_value)
    # A lookahead on the first letters lets the scan skip every other position
    # (a third of the cost of the bare alternation on the development stories);
    # each kind's words factored by prefix (``words.phrase_trie``), the same
    # matches as their flat alternations.
    words = (*w.ref_present, *w.ref_past, *w.ref_future)
    firsts = "".join(sorted({x[0] for x in words}))
    body = (
        rf"(?:(?P<PRESENT_REF>{phrase_trie(w.ref_present)})"
        rf"|(?P<PAST_REF>{phrase_trie(w.ref_past)})|(?P<FUTURE_REF>{phrase_trie(w.ref_future)}))\b(?!-)"
    )
    return ReferenceWords(
        re.compile(rf"(?=[{re.escape(firsts)}]){not_after}\b{body}"),
        re.compile(rf"\W{not_after}({body})") if word_led(words) else None,
        frozenset(w.ref_earlier_report),
        frozenset(w.ref_earlier_report_only),
        re.compile(rf"\b{phrases(w.ref_compared)}\s+$"),
        re.compile(rf"\b{phrases(w.ref_according)}\s+$"),
        re.compile(rf"\s+{phrases(w.ref_report_words)}\b"),
        re.compile(r"\s*,"),
        re.compile(rf"\b{leads}\s+$"),
        re.compile(rf"\b{leads}\s+[^,;:()\u2013\u2014!?]{{1,40}}$"),
    )


def reference_times(
    lowered: str, start: int, end: int, dates: Sequence[tuple[int, int]], lex: Lexicon | None = None
) -> list[ReferenceTime]:
    """The reference times in ``lowered[start:end]`` that are no part of a date of ``dates``.

    A reference word inside or next to a date belongs to it: "earlier this
    year", "a day earlier", "earlier Monday" are dates, read by the date
    resolver.  ``dates`` are (start, end) spans sorted by start.  ``start``
    is where a sentence opens when ``earlier_report`` matters ("Previously,
    the best offer was 23%").
    """
    words = reference_words(lex)
    starts = [ds for ds, _ in dates]
    out: list[ReferenceTime] = []
    for s, e, m in starts_after(words.pattern, words.pattern_after, lowered, start, end):
        # Only the dates on either side can touch it (``dates`` never nest far).
        i = bisect.bisect_left(starts, e + 1)
        if any(_touches(lowered, s, e, *dates[j]) for j in range(max(0, i - 2), min(len(dates), i + 1))):
            continue
        kind: RefKind = (
            "PRESENT_REF" if m.group("PRESENT_REF") else "PAST_REF" if m.group("PAST_REF") else "FUTURE_REF"
        )
        earlier = (
            kind == "PAST_REF"
            and lowered[s:e] in words.earlier_report
            and not words.compared.search(lowered, max(start, s - 8), s)
            and (
                words.reported.match(lowered, e, end) is not None
                or (not lowered[start:s].strip(" \"'“‘") and words.opening.match(lowered, e, end) is not None)
            )
        )
        if not earlier and lowered[s:e] in words.earlier_report_only:
            continue  # "a previous order", "the year previous": an adjective, no reference time
        out.append(ReferenceTime(s, e, kind, earlier))
    return out


def _touches(lowered: str, s: int, e: int, ds: int, de: int) -> bool:
    """Whether ``[s, e)`` overlaps ``[ds, de)`` or only spaces stand between them."""
    if s < de and ds < e:
        return True
    gap = lowered[e:ds] if e <= ds else lowered[de:s]
    return not gap.strip()
