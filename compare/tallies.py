"""Shares of a count in progress: what an article says of how far the count had gone.

Election results are reported while the votes are counted: "Milei won
55.95% of the votes, with almost 87% of the tables counted" and, a day
later, "55.8%, with 97.6% of the ballots counted".  The two shares differ,
yet neither contradicts the other: the later, fuller count supersedes the
earlier one, as a later toll supersedes an earlier one.  A share is read as
one of a count in progress when its paragraph states the count's progress
("<N>% of the ballots counted", "after processing 98 percent of the
ballots") or calls its results unfinished ("provisional results", "initial
unofficial results"): the words of ``grammar.toml [tallies]``, in the
share's sentence or the one before it in its paragraph ("We counted 54.6%
of the votes. 45.53% voted for Kilicdaroglu and 54.47% for Erdogan").
The judge reads these words (``judge._count_in_progress``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from compare.context import sentence_spans
from compare.lang import lexicon
from compare.model import Document, Fact, Span
from compare.words import alternation

_PERCENT = r"\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the count's progress, unfinished results, estimates the count supersedes) as regular expressions."""
    words = lexicon().grammar["tallies"]
    nouns = alternation(sorted(words["nouns"], key=lambda w: (-len(w), w)))
    verbs = alternation(words["verbs"])
    written = alternation(sorted(words["shares"], key=lambda w: (-len(w), w)))
    share = rf"(?:{_PERCENT}|\b(?:{written}))\s+(?:of\s+)?(?:the\s+)?(?:{nouns})\b"
    # "94% of votes counted", "99.49 per cent of ballot boxes were opened";
    # "counted 54.6% of the votes", "after processing of more than 98 percent of the ballots".
    progress = re.compile(
        rf"\b{share}(?:\s+(?:were|was|had\s+been|have\s+been))?\s+(?:{verbs})\b"
        rf"|\b(?:{verbs})\s+(?:of\s+)?(?:\w+\s+){{0,2}}{share}",
        re.IGNORECASE,
    )
    unfinished = re.compile(
        rf"\b(?:{alternation(words['partial'])})\s+(?:\w+\s+){{0,2}}?(?:{alternation(words['results'])})\b",
        re.IGNORECASE,
    )
    estimates = re.compile(
        rf"\b(?:{alternation(sorted(words['estimates'], key=lambda w: (-len(w), w)))})\b", re.IGNORECASE
    )
    return progress, unfinished, estimates


def _window(text: str, spans: list[Span], ends: list[int], fact: Fact) -> tuple[int, int]:
    """The fact's sentence, from the start of the sentence before it when no line break parts them
    (``ends``: the sentences' ends, found once per document so that each fact costs a search)."""
    i = bisect.bisect_right(ends, fact.sentence.start) - 1
    if i >= 0 and "\n" not in text[spans[i].end : fact.sentence.start]:
        return spans[i].start, fact.sentence.end
    return fact.sentence.start, fact.sentence.end


# The kinds a count in progress gives: shares of the votes and, since the twenty-seventh session,
# counts ("unofficial provisional results ... for 241 out of 266 seats": seats won so far, seats
# whose results are in), which a later or fuller count supersedes (``judge._count_in_progress``).
IN_PROGRESS_KINDS = frozenset({"percent", "count"})


def count_progress(facts: Sequence[Fact], documents: Sequence[Document]) -> dict[str, str]:
    """For each percentage or count told with words that say its count was still going on, those
    words as written.  An estimate the count supersedes ("exit poll") tells so only before the figure:
    "The first exit poll showed that his party will win 35 seats", not "leading in 232 seats, belying
    all exit poll predictions" (twenty-eighth session)."""
    texts = {d.id: d.text for d in documents}
    progress, unfinished, estimates = _patterns()
    spans: dict[str, tuple[list[Span], list[int]]] = {}
    # What each window says, read once for all its shares: searching the sentence again for each
    # share was quadratic in a long sentence of shares.
    read: dict[tuple[str, int, int], str | None] = {}
    # The window's first estimate, found once too.
    estimated: dict[tuple[str, int, int], re.Match[str] | None] = {}
    out: dict[str, str] = {}
    for f in facts:
        text = texts.get(f.doc)
        if f.kind not in IN_PROGRESS_KINDS or text is None:
            continue
        if f.doc not in spans:
            sentences = sentence_spans(text)
            spans[f.doc] = sentences, [s.end for s in sentences]
        start, end = _window(text, *spans[f.doc], f)
        key = (f.doc, start, end)
        if key not in read:
            found = progress.search(text, start, end) or unfinished.search(text, start, end)
            read[key] = " ".join(found.group().split()) if found is not None else None
        words = read[key]
        if words is None:
            if key not in estimated:
                estimated[key] = estimates.search(text, start, end)
            first = estimated[key]
            if first is not None and first.end() <= f.start:
                words = " ".join(first.group().split())
        if words is not None:
            out[f.id] = words
    return out


@functools.cache
def _progress_words() -> frozenset[str]:
    return frozenset(lexicon().grammar["tallies"]["progress_shares"])


def progress_share(fact: Fact) -> bool:
    """Whether the fact is a share of a job that only grows as reports come in, as a toll does ("6%
    contained" on Friday, "11 per cent contained" on Saturday): a percentage whose sentence has a
    word of ``grammar.toml [tallies] progress_shares`` (``About.terms``).  The judge reads such shares
    with the guards of a growing count (``judge._is_update``), and alignment joins their reports of
    different days as it joins a toll's (``align.join_updates``)."""
    return fact.kind == "percent" and not _progress_words().isdisjoint(fact.about.terms)
