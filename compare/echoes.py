"""Echoes: passages several outlets share nearly word for word.

Wire copy and quotes from one statement explain why outlets agree, and a
fact-checker discounts them: five outlets repeating one agency's sentence are
one source, not five.

Finding them must stay linear in the corpus size (a story can hold thousands
of articles), so no pair of whole documents is ever compared blindly:

1. every run of ``SHINGLE`` words is looked up in an index holding its first
   occurrence in the story; a later document containing it is matched against
   that first occurrence only, so a passage repeated by N outlets costs N
   matches, not N² pairs;
2. matched shingles on (nearly) the same diagonal are chained into regions,
   bridging a changed word or two;
3. each region is checked with :class:`difflib.SequenceMatcher` on its words
   and kept when it is at least ``MIN_WORDS`` long and nearly identical;
4. regions that cover the same stretch of the first document become one echo.

Boilerplate (navigation, captions, bios) is not an echo: two articles from one
site share it, and it says nothing about the story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from compare.model import Document

MIN_WORDS = 12
SHINGLE = 6
# Regions at least this similar (SequenceMatcher ratio on words) are "nearly
# word for word": one or two words changed in a dozen.
MIN_RATIO = 0.85
# Runs of matching shingles this many words apart still belong to one passage.
MAX_BRIDGE = SHINGLE + 3
MAX_DRIFT = 3  # words inserted or dropped between two runs of one passage
# Anchor regions overlapping by this share of the shorter one are one echo.
MERGE_OVERLAP = 0.5

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class EchoSpan:
    """Where one document carries the passage: ``text[start:end]`` of document ``doc``."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class Echo:
    """A passage shared nearly word for word by documents of one story.

    ``text`` is the passage as the first document (in corpus order) has it;
    ``spans`` has one entry per document, in corpus order, the first one being
    where ``text`` comes from.
    """

    story: str
    text: str
    words: int
    spans: tuple[EchoSpan, ...]


@dataclass(frozen=True)
class _Words:
    keys: tuple[int, ...]  # word ids, one per word
    starts: tuple[int, ...]
    ends: tuple[int, ...]


@dataclass(frozen=True)
class _Region:
    other: int  # index of the later document
    a_start: int  # word range in the anchor document, end exclusive
    a_end: int
    b_start: int  # word range in the later document
    b_end: int


def _words(text: str, vocabulary: dict[str, int]) -> _Words:
    keys: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _WORD.finditer(text):
        word = m.group().replace("’", "'").casefold()
        keys.append(vocabulary.setdefault(word, len(vocabulary)))
        starts.append(m.start())
        ends.append(m.end())
    return _Words(tuple(keys), tuple(starts), tuple(ends))


def _in_boilerplate(doc: Document, start: int, end: int) -> bool:
    """True when most of ``[start, end)`` lies inside the document's boilerplate."""
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in doc.boilerplate)
    return covered * 2 > end - start


def _chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Chain matching shingle positions ``(a, b)`` into regions of words.

    A repeated phrase elsewhere in the texts gives stray pairs on other
    diagonals, so several regions stay open at once and a pair extends the one
    whose diagonal it continues.  Returns ``(a_start, a_end, b_start, b_end)``
    word ranges, ends exclusive.
    """
    done: list[tuple[int, int, int, int]] = []
    # Each open region: [a_start, a_end, b_start, b_end, diagonal of its last pair].
    open_regions: list[list[int]] = []
    for a, b in sorted(pairs):
        still_open = []
        for r in open_regions:
            if a > r[1] - SHINGLE + MAX_BRIDGE:
                done.append((r[0], r[1], r[2], r[3]))
            else:
                still_open.append(r)
        open_regions = still_open
        for r in open_regions:
            if abs((b - a) - r[4]) <= MAX_DRIFT and b >= r[2]:
                r[1] = max(r[1], a + SHINGLE)
                r[3] = max(r[3], b + SHINGLE)
                r[4] = b - a
                break
        else:
            open_regions.append([a, a + SHINGLE, b, b + SHINGLE, b - a])
    done.extend((r[0], r[1], r[2], r[3]) for r in open_regions)
    return sorted(done)


def _extend(
    a: Sequence[int], b: Sequence[int], a0: int, a1: int, b0: int, b1: int
) -> tuple[int, int, int, int]:
    """Grow a region over equal words on both sides, stepping over one changed word
    when the two after it match again (a changed word near a passage's edge leaves
    fewer than ``SHINGLE`` matching words, which the shingles alone would lose)."""
    while True:
        while a1 < len(a) and b1 < len(b) and a[a1] == b[b1]:
            a1, b1 = a1 + 1, b1 + 1
        if a1 + 2 < len(a) and b1 + 2 < len(b) and a[a1 + 1 : a1 + 3] == b[b1 + 1 : b1 + 3]:
            a1, b1 = a1 + 3, b1 + 3
            continue
        break
    while True:
        while a0 > 0 and b0 > 0 and a[a0 - 1] == b[b0 - 1]:
            a0, b0 = a0 - 1, b0 - 1
        if a0 >= 3 and b0 >= 3 and a[a0 - 3 : a0 - 1] == b[b0 - 3 : b0 - 1]:
            a0, b0 = a0 - 3, b0 - 3
            continue
        break
    return a0, a1, b0, b1


def _story_echoes(docs: Sequence[Document]) -> list[Echo]:
    vocabulary: dict[str, int] = {}
    words = [_words(doc.text, vocabulary) for doc in docs]
    first_seen: dict[tuple[int, ...], tuple[int, int]] = {}
    # matches[(anchor doc, later doc)] = [(anchor word pos, later word pos)]
    matches: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for d, w in enumerate(words):
        seen_here: set[tuple[int, ...]] = set()
        keys = w.keys
        for pos in range(len(keys) - SHINGLE + 1):
            shingle = keys[pos : pos + SHINGLE]
            if shingle in seen_here:
                continue
            seen_here.add(shingle)
            anchor = first_seen.get(shingle)
            if anchor is None:
                first_seen[shingle] = (d, pos)
            elif anchor[0] != d:
                matches.setdefault((anchor[0], d), []).append((anchor[1], pos))

    by_anchor: dict[int, list[_Region]] = {}
    for (a_doc, b_doc), pairs in matches.items():
        a_words, b_words = words[a_doc], words[b_doc]
        for region in _chain(pairs):
            a0, a1, b0, b1 = _extend(a_words.keys, b_words.keys, *region)
            if min(a1 - a0, b1 - b0) < MIN_WORDS:
                continue
            ratio = SequenceMatcher(None, a_words.keys[a0:a1], b_words.keys[b0:b1], autojunk=False).ratio()
            if ratio >= MIN_RATIO:
                by_anchor.setdefault(a_doc, []).append(_Region(b_doc, a0, a1, b0, b1))

    echoes: list[Echo] = []
    for a_doc in sorted(by_anchor):
        regions = sorted(by_anchor[a_doc], key=lambda r: (r.a_start, r.a_end, r.other, r.b_start))
        clusters: list[list[_Region]] = []
        bounds: list[list[int]] = []
        for r in regions:
            if clusters:
                lo, hi = bounds[-1]
                overlap = min(hi, r.a_end) - max(lo, r.a_start)
                if overlap >= MERGE_OVERLAP * min(hi - lo, r.a_end - r.a_start):
                    clusters[-1].append(r)
                    bounds[-1] = [min(lo, r.a_start), max(hi, r.a_end)]
                    continue
            clusters.append([r])
            bounds.append([r.a_start, r.a_end])
        for cluster, (lo, hi) in zip(clusters, bounds, strict=True):
            echo = _make_echo(docs, words, a_doc, lo, hi, cluster)
            if echo is not None:
                echoes.append(echo)
    return echoes


def _make_echo(
    docs: Sequence[Document],
    words: Sequence[_Words],
    a_doc: int,
    lo: int,
    hi: int,
    cluster: Sequence[_Region],
) -> Echo | None:
    anchor = docs[a_doc]
    a_start, a_end = words[a_doc].starts[lo], words[a_doc].ends[hi - 1]
    if _in_boilerplate(anchor, a_start, a_end):
        return None
    spans: dict[int, EchoSpan] = {a_doc: EchoSpan(anchor.id, a_start, a_end)}
    for r in cluster:
        doc = docs[r.other]
        start, end = words[r.other].starts[r.b_start], words[r.other].ends[r.b_end - 1]
        if _in_boilerplate(doc, start, end):
            continue
        previous = spans.get(r.other)
        if previous is not None:  # two pieces of one passage: keep their union
            start, end = min(start, previous.start), max(end, previous.end)
        spans[r.other] = EchoSpan(doc.id, start, end)
    outlets = {docs[i].outlet.strip().casefold() for i in spans}
    # One outlet repeating itself (two articles, one site) is not an echo.
    if len(spans) < 2 or len(outlets) < 2:
        return None
    return Echo(
        story=anchor.story,
        text=anchor.text[a_start:a_end],
        words=hi - lo,
        spans=tuple(spans[i] for i in sorted(spans)),
    )


def find_echoes(documents: Sequence[Document]) -> tuple[Echo, ...]:
    """Passages of at least ``MIN_WORDS`` words that documents of different outlets
    share nearly word for word, story by story.

    Deterministic: echoes come in corpus order (story of first appearance, then
    the anchor document, then position), whatever the hash seed.
    """
    stories: dict[str, list[Document]] = {}
    for doc in documents:
        stories.setdefault(doc.story, []).append(doc)
    out: list[Echo] = []
    for docs in stories.values():
        if len(docs) > 1:
            out.extend(_story_echoes(docs))
    return tuple(out)
