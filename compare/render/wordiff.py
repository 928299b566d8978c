"""Word-level differences between excerpts, as segments a template can escape.

Excerpts are compared word by word with :class:`difflib.SequenceMatcher`
(characters would mark "seven" against "eight" letter by letter, which no
reader wants).  The result is a list of plain-text segments with flags; the
template escapes each segment's text, so nothing here produces markup.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

# Numbers keep their separators ("100,000", "2.5") and words their inner
# apostrophes and hyphens, so a changed figure is one changed word.
_TOKEN = re.compile(r"\w+(?:[’'.,\-]\w+)*|[^\w\s]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2013": "-", "\u2014": "-"})

# Below this similarity two excerpts were worded independently: marking
# nearly every word as "different" would hide the few that matter.
MIN_SIMILARITY = 0.5


class Token(NamedTuple):
    start: int
    end: int
    key: str
    is_word: bool


class Segment(NamedTuple):
    """A run of excerpt text: ``changed`` if it differs from the compared excerpt,
    ``fact`` if it is part of the fact's own span."""

    text: str
    changed: bool
    fact: bool = False


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


# A card compares each excerpt with several others, and the excerpts of one
# big story were tokenised again for every comparison (two fifths of the page
# for 8,000 one-sentence articles): each text is tokenised once.
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        out.append(
            Token(m.start(), m.end(), word.translate(_QUOTES).casefold(), word[0].isalnum() or word[0] == "_")
        )
    return tuple(out)


def similarity(a: Sequence[Token], b: Sequence[Token]) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False).ratio()


def changed_ranges(text: str, other: str) -> list[tuple[int, int]]:
    """Character ranges of the words in ``text`` that ``other`` does not have in the same place.

    Adjacent changed words merge into one range (spanning the space between
    them); punctuation alone is never marked.
    """
    a, b = tokenize(text), tokenize(other)
    matcher = SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    ranges: list[tuple[int, int]] = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        words = [t for t in a[i1:i2] if t.is_word]
        if not words:
            continue
        start, end = words[0].start, words[-1].end
        if ranges and not text[ranges[-1][1] : start].strip():
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges


def diff_segments(text: str, other: str) -> list[tuple[str, bool]]:
    """``text`` cut into ``(text, changed)`` pieces against ``other``."""
    return [(s.text, s.changed) for s in segments(text, changed_ranges(text, other))]


def segments(
    text: str, changed: Sequence[tuple[int, int]], fact: tuple[int, int] | None = None
) -> list[Segment]:
    """Cut ``text`` at every boundary of the changed ranges and of the fact's span.

    Each segment then has one value for each flag, so the template can open and
    close its elements per segment and the markup nests correctly.
    """
    cuts = {0, len(text)}
    for start, end in changed:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if fact is not None:
        cuts.update((max(0, min(fact[0], len(text))), max(0, min(fact[1], len(text)))))
    points = sorted(cuts)
    out: list[Segment] = []
    for start, end in zip(points, points[1:], strict=False):
        if start == end:
            continue
        is_changed = any(s <= start and end <= e for s, e in changed)
        in_fact = fact is not None and fact[0] <= start and end <= fact[1]
        piece = text[start:end]
        if out and out[-1].changed == is_changed and out[-1].fact == in_fact:
            out[-1] = Segment(out[-1].text + piece, is_changed, in_fact)
        else:
            out.append(Segment(piece, is_changed, in_fact))
    return out


def by_fact(segs: Sequence[Segment]) -> list[tuple[bool, tuple[Segment, ...]]]:
    """Consecutive segments grouped by their ``fact`` flag, so the fact is one element."""
    groups: list[tuple[bool, list[Segment]]] = []
    for seg in segs:
        if groups and groups[-1][0] == seg.fact:
            groups[-1][1].append(seg)
        else:
            groups.append((seg.fact, [seg]))
    return [(flag, tuple(items)) for flag, items in groups]


def closest_partner(index: int, token_lists: Sequence[Sequence[Token]]) -> int | None:
    """The excerpt most similar to excerpt ``index``, if similar enough to diff against.

    Ties go to the earliest excerpt so the choice is deterministic.
    """
    best: int | None = None
    best_score = MIN_SIMILARITY
    for j, other in enumerate(token_lists):
        if j == index:
            continue
        score = similarity(token_lists[index], other)
        if score >= best_score and (best is None or score > best_score):
            best, best_score = j, score
    return best


# A card with up to this many excerpts compares every pair; a bigger one (a
# folder of wire copies is one story, and one finding may quote thousands of
# them) compares each excerpt only with the first ``REFERENCES`` distinct
# excerpts of the card, in corpus order, and an excerpt with an identical twin
# takes the twin.  That keeps a card's cost linear in its excerpts: all pairs
# of 3,000 excerpts is 9 million comparisons, minutes of rendering.
ALL_PAIRS_MAX = 16
REFERENCES = 8


def closest_partners(token_lists: Sequence[Sequence[Token]]) -> list[int | None]:
    """``closest_partner`` of every excerpt, with bounded work on big cards (see ``ALL_PAIRS_MAX``)."""
    n = len(token_lists)
    if n < 2:
        return [None] * n
    if n <= ALL_PAIRS_MAX:
        return [closest_partner(i, token_lists) for i in range(n)]
    keys = [tuple(t.key for t in tokens) for tokens in token_lists]
    twins: dict[tuple[str, ...], list[int]] = {}
    for i, key in enumerate(keys):
        seen = twins.setdefault(key, [])
        if len(seen) < 2:
            seen.append(i)  # the first two occurrences are all a twin needs
    references = [seen[0] for seen in twins.values()][:REFERENCES]
    # One matcher per reference: SequenceMatcher indexes its second sequence
    # once, and each excerpt is then set as the first.
    matchers = []
    for r in references:
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(list(keys[r]))
        matchers.append((r, matcher))
    out: list[int | None] = []
    for i, key in enumerate(keys):
        seen = twins[key]
        if len(seen) > 1:
            out.append(seen[1] if seen[0] == i else seen[0])  # identical: the closest there is
            continue
        best: int | None = None
        best_score = MIN_SIMILARITY
        for r, matcher in matchers:
            if r == i:
                continue
            matcher.set_seq1(list(key))
            score = matcher.ratio()
            if score >= best_score and (best is None or score > best_score):
                best, best_score = r, score
        out.append(best)
    return out
