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
4. regions covering the same stretch of a document become one echo, whichever
   documents they were matched from.

Boilerplate (navigation, captions, bios) is not an echo: two articles from one
site share it, and it says nothing about the story.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from compare.model import Document, Echo, EchoSpan
from compare.unionfind import UnionFind

__all__ = ["Echo", "EchoSpan", "find_echoes"]

MIN_WORDS = 12
SHINGLE = 6
# Regions at least this similar (SequenceMatcher ratio on words) are "nearly
# word for word": one or two words changed in a dozen.
MIN_RATIO = 0.85
# Runs of matching shingles this many words apart still belong to one passage.
MAX_BRIDGE = SHINGLE + 3
MAX_DRIFT = 3  # words inserted or dropped between two runs of one passage
# Occurrences in one document overlapping by this share of the shorter are one passage.
MERGE_OVERLAP = 0.5
# A region longer than this many words is matched window by window (``_ratio``).
WINDOW = 300

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class _Words:
    keys: tuple[int, ...]  # word ids, one per word
    starts: array[int]  # character offsets; arrays, as a story can hold millions of words
    ends: array[int]


def _words(text: str, vocabulary: dict[str, int]) -> _Words:
    keys: list[int] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    for m in _WORD.finditer(text):
        word = m.group().replace("’", "'").casefold()
        keys.append(vocabulary.setdefault(word, len(vocabulary)))
        starts.append(m.start())
        ends.append(m.end())
    return _Words(tuple(keys), starts, ends)


def _in_boilerplate(doc: Document, start: int, end: int) -> bool:
    """True when most of ``[start, end)`` lies inside the document's boilerplate."""
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in doc.boilerplate)
    return covered * 2 > end - start


@dataclass(slots=True)
class _Region:
    """A region being chained: word ranges in both texts, ends exclusive, and the
    diagonal (``b - a``) of its last pair, which the next pair must continue."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    diagonal: int

    def ranges(self) -> tuple[int, int, int, int]:
        return self.a_start, self.a_end, self.b_start, self.b_end


def _chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Chain matching shingle positions ``(a, b)`` into regions of words.

    A repeated phrase elsewhere in the texts gives stray pairs on other
    diagonals, so several regions stay open at once and a pair extends the one
    whose diagonal it continues.  Returns ``(a_start, a_end, b_start, b_end)``
    word ranges, ends exclusive.
    """
    done: list[tuple[int, int, int, int]] = []
    open_regions: list[_Region] = []
    for a, b in sorted(pairs):
        still_open = []
        for r in open_regions:
            if a > r.a_end - SHINGLE + MAX_BRIDGE:
                done.append(r.ranges())
            else:
                still_open.append(r)
        open_regions = still_open
        for r in open_regions:
            if abs((b - a) - r.diagonal) <= MAX_DRIFT and b >= r.b_start:
                r.a_end = max(r.a_end, a + SHINGLE)
                r.b_end = max(r.b_end, b + SHINGLE)
                r.diagonal = b - a
                break
        else:
            open_regions.append(_Region(a, a + SHINGLE, b, b + SHINGLE, b - a))
    done.extend(r.ranges() for r in open_regions)
    return sorted(done)


def _extend(
    a: Sequence[int],
    b: Sequence[int],
    a0: int,
    a1: int,
    b0: int,
    b1: int,
    ends: dict[tuple[int, int], tuple[int, int]] | None = None,
    starts: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> tuple[int, int, int, int]:
    """Grow a region over equal words on both sides, stepping over one changed word
    when the two after it match again (a changed word near a passage's edge leaves
    fewer than ``SHINGLE`` matching words, which the shingles alone would lose).

    Where a walk ends depends only on where it stands, so ``ends`` and ``starts`` (kept
    for one pair of documents) remember it for every position a walk passed: a later
    region of the same passage stops where it meets an earlier walk, and two long
    articles told alike, chained into many regions, are walked once, not once a region."""
    a1, b1 = _walk(a, b, a1, b1, 1, ends if ends is not None else {})
    a0, b0 = _walk(a, b, a0, b0, -1, starts if starts is not None else {})
    return a0, a1, b0, b1


def _walk(
    a: Sequence[int],
    b: Sequence[int],
    i: int,
    j: int,
    step: int,
    known: dict[tuple[int, int], tuple[int, int]],
) -> tuple[int, int]:
    """Where ``_extend``'s walk from ``(i, j)`` ends: forward (``step`` 1) past the equal words at
    ``a[i:]``, ``b[j:]``, backward (-1) past those before ``a[:i]``, ``b[:j]``."""
    passed: list[tuple[int, int]] = []
    while (i, j) not in known:
        passed.append((i, j))
        if step > 0:
            if i < len(a) and j < len(b) and a[i] == b[j]:
                i, j = i + 1, j + 1
                continue
            if i + 2 < len(a) and j + 2 < len(b) and a[i + 1 : i + 3] == b[j + 1 : j + 3]:
                i, j = i + 3, j + 3
                continue
        else:
            if i > 0 and j > 0 and a[i - 1] == b[j - 1]:
                i, j = i - 1, j - 1
                continue
            if i >= 3 and j >= 3 and a[i - 3 : i - 1] == b[j - 3 : j - 1]:
                i, j = i - 3, j - 3
                continue
        known[(i, j)] = (i, j)
        break
    end = known[(i, j)]
    for at in passed:
        known[at] = end
    return end


def _ratio(a: Sequence[int], b: Sequence[int]) -> float:
    """How alike two regions' words are: ``SequenceMatcher.ratio``, twice the words matched over
    the words of both.

    Two copies word for word (wire copy, a long sentence quoted whole) match at ratio 1 with no
    matcher.  A region longer than ``WINDOW`` words is matched window by window, its two sides cut
    at the same fractions of their lengths (a nearly identical region drifts by a few words at
    most), and the words matched in every window summed: the matcher's cost grows with the square
    of what it compares, and faster on a long region of repeated words (two long articles told
    alike), so a whole region made a story's echoes quadratic in its length.
    """
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    if longest <= WINDOW:
        return SequenceMatcher(None, a, b, autojunk=False).ratio()
    parts = -(-longest // WINDOW)
    matched = 0
    for k in range(parts):
        a_part = a[k * len(a) // parts : (k + 1) * len(a) // parts]
        b_part = b[k * len(b) // parts : (k + 1) * len(b) // parts]
        matcher = SequenceMatcher(None, a_part, b_part, autojunk=False)
        matched += sum(block.size for block in matcher.get_matching_blocks())
    return 2.0 * matched / (len(a) + len(b))


def _story_echoes(docs: Sequence[Document]) -> list[Echo]:
    vocabulary: dict[str, int] = {}
    words = [_words(doc.text, vocabulary) for doc in docs]
    # Keyed by the hash of the shingle's word ids: an int, so small to store and
    # the same in every run (only str hashes are salted).  A rare collision only
    # yields a stray pair, which the exact checks below throw away.
    first_seen: dict[int, int] = {}  # shingle hash -> doc << 32 | position
    # matches[(anchor doc, later doc)] = [(anchor word pos, later word pos)]
    matches: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for d, w in enumerate(words):
        seen_here: set[int] = set()
        keys = w.keys
        for pos in range(len(keys) - SHINGLE + 1):
            key = hash(keys[pos : pos + SHINGLE])
            if key in seen_here:
                continue
            seen_here.add(key)
            anchor = first_seen.get(key)
            if anchor is None:
                first_seen[key] = d << 32 | pos
            elif anchor >> 32 != d:
                matches.setdefault((anchor >> 32, d), []).append((anchor & 0xFFFFFFFF, pos))
    del first_seen

    # Every verified region is two occurrences of one passage, linked.
    occurrences: list[tuple[int, int, int]] = []  # (doc, first word, end word)
    links: list[tuple[int, int]] = []
    for (a_doc, b_doc), pairs in matches.items():
        a_keys, b_keys = words[a_doc].keys, words[b_doc].keys
        # Chained regions of two documents told alike at length all grow to one region: it is
        # checked once (a copy of an occurrence joins its twin's passage anyway, ``_passages``).
        checked: set[tuple[int, int, int, int]] = set()
        ends: dict[tuple[int, int], tuple[int, int]] = {}
        starts: dict[tuple[int, int], tuple[int, int]] = {}
        for region in _chain(pairs):
            a0, a1, b0, b1 = extended = _extend(a_keys, b_keys, *region, ends, starts)
            if min(a1 - a0, b1 - b0) < MIN_WORDS or extended in checked:
                continue
            checked.add(extended)
            a_words, b_words = a_keys[a0:a1], b_keys[b0:b1]
            if _ratio(a_words, b_words) >= MIN_RATIO:
                occurrences.extend(((a_doc, a0, a1), (b_doc, b0, b1)))
                links.append((len(occurrences) - 2, len(occurrences) - 1))
    return [
        echo
        for group in _passages(occurrences, links)
        if (echo := _make_echo(docs, words, group)) is not None
    ]


class _Stretch(NamedTuple):
    """The stretch of one document that the occurrences merged so far cover (word range)."""

    doc: int
    start: int
    end: int
    occurrence: int  # the first occurrence of the stretch, which later ones join


def _passages(
    occurrences: Sequence[tuple[int, int, int]], links: Sequence[tuple[int, int]]
) -> list[dict[int, tuple[int, int]]]:
    """Occurrences grouped into passages: linked ones, and ones covering the same
    stretch of one document (a passage matched from two anchors, or with edges
    that differ by a word).  Each passage maps document index to its word range."""
    sets = UnionFind(len(occurrences))
    for i, j in links:
        sets.union(i, j)
    by_doc = sorted(range(len(occurrences)), key=lambda i: occurrences[i])
    current: _Stretch | None = None
    for i in by_doc:
        doc, start, end = occurrences[i]
        if current is not None and current.doc == doc:
            overlap = min(end, current.end) - max(start, current.start)
            if overlap >= MERGE_OVERLAP * min(end - start, current.end - current.start):
                sets.union(i, current.occurrence)
                current = current._replace(end=max(end, current.end))
                continue
        current = _Stretch(doc, start, end, i)

    groups: dict[int, dict[int, tuple[int, int]]] = {}
    for i in sorted(range(len(occurrences)), key=lambda i: (occurrences[i], i)):
        doc, start, end = occurrences[i]
        ranges = groups.setdefault(sets.find(i), {})
        low, high = ranges.get(doc, (start, end))
        ranges[doc] = (min(low, start), max(high, end))
    # Corpus order: by the first document holding the passage, then position.
    return sorted(groups.values(), key=lambda g: (min(g), g[min(g)]))


def _make_echo(
    docs: Sequence[Document], words: Sequence[_Words], ranges: dict[int, tuple[int, int]]
) -> Echo | None:
    spans: dict[int, EchoSpan] = {}
    for d in sorted(ranges):
        lo, hi = ranges[d]
        start, end = words[d].starts[lo], words[d].ends[hi - 1]
        if not _in_boilerplate(docs[d], start, end):
            spans[d] = EchoSpan(docs[d].id, start, end)
    outlets = {docs[d].outlet.strip().casefold() for d in spans}
    # One outlet repeating itself (two articles, one site) is not an echo.
    if len(spans) < 2 or len(outlets) < 2:
        return None
    first = min(spans)
    lo, hi = ranges[first]
    return Echo(
        story=docs[first].story,
        text=docs[first].text[spans[first].start : spans[first].end],
        words=hi - lo,
        spans=tuple(spans[d] for d in sorted(spans)),
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
