"""Events: which real-world event each fact is about, and which events of different articles are one.

A figure belongs to an event: "12 killed" to the earthquake of Monday, not to
the 2004 tsunami the same article recalls.  This module gives every fact an
*event mention* (its trigger class, its time, places and participants,
whether it is the article's main event or a background one) and clusters the
mentions of a story across articles, so that alignment only pairs facts of one
event.

The vocabulary (event classes and their trigger words, background and
sibling cues) is data: ``compare/lang/<code>/events.toml``, read with the
rest of a language's lexicon and built once per lexicon
(:func:`vocabulary`).  A fact's event cues are read with its document's
language; what crosses documents (the clustering, alignment's and the
judge's class and role tables) uses English's tables, which name classes
and roles rather than words.

Clustering (:func:`cluster_event_mentions`) works in two steps, both linear
in the number of mentions up to a fixed bound per item:

1. **Documents** are grouped by what they talk about: each document's
   weighted names and content words (TF-IDF within the story) are compared
   with the running centroids of the groups found so far, and a document
   joins the most similar group when the cosine reaches ``doc_threshold``.
   Articles published far apart never share a group.  Two halves of one
   topic (two earthquakes, two bank robberies) fall apart here.  An
   article left alone at the end joins its most similar group of several
   (``lone_threshold``): one article rarely reports an occasion no other does.
   With ``linkage="average"`` a document and a group, or two groups, are
   compared by the mean cosine over their pairs of documents instead of the
   cosine of their centroids, so a round-up recalling two occasions does not
   chain them into one group (ECB+ scoring uses it; alignment keeps centroids).
2. **Mentions** of one document group and one event class (background
   mentions apart from main ones) join a running cluster when their times
   overlap and their places do not exclude each other.

The one function is exposed so that event coreference can be scored alone
(``benchmarks/ecb_events.py`` scores it on ECB+).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from compare.holders import beside_the_occasion
from compare.intervals import days_within
from compare.lang import Lexicon, event_classes, lexicon
from compare.model import DateValue, Document, Fact
from compare.unionfind import UnionFind
from compare.words import alternation

# --- vocabulary ----------------------------------------------------------------


class Trigger(NamedTuple):
    """What a trigger word or two-word form names: an event class and, for calls, the channel."""

    cls: str
    modality: str | None


# eq=False: one language's vocabulary, hashed by identity so that tables
# derived from it (context's cue scanner) can be cached per vocabulary.
@dataclass(frozen=True, eq=False)
class EventVocabulary:
    """Event classes and their triggers, as read from one language's ``events.toml``; the tables of
    classes and roles (families, generic, self-naming and singleton classes, updates, umbrella roles)
    from ``compare/lang/classes.toml``, the same for every language."""

    # word → (class, modality)
    words: Mapping[str, Trigger]
    # (first word, second word) → (class, modality)
    bigrams: Mapping[tuple[str, str], Trigger]
    families: Mapping[str, str]
    generic: frozenset[str]
    self_naming: frozenset[str]
    background: frozenset[str]
    sibling: frozenset[str]
    singleton: frozenset[str]
    # Roles whose counts only grow after an event, and how far apart two
    # reports of one may be (see judge: verdict ``updated``).
    cumulative_roles: frozenset[str] = frozenset()
    # Roles whose counts move either way from one report day to the next (the missing).
    revised_roles: frozenset[str] = frozenset()
    # Kinds whose figures, of any role, a later day's report no lower supersedes (judge._superseded).
    superseded_kinds: frozenset[str] = frozenset()
    update_days: int = 30
    # How long a figure's period may have run before its report for it to be read as such a count.
    period_days: int = 30
    # Role → the narrower roles it stands for ("people" for "arrested").
    umbrella: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Pairs of roles no one figure is of at once (the dead, the rescued): ``align._Merging.merge_veto``.
    exclusive_roles: frozenset[frozenset[str]] = frozenset()
    # Pairs of roles that may count the same people (the evacuated, the rescued): ``align._different_roles``.
    kindred_roles: frozenset[frozenset[str]] = frozenset()
    # Names of authorities figures are attributed to, longest first.
    authorities: tuple[str, ...] = ()
    # Names that say who spoke, not for whom ("spokesman"): never a second authority.
    speakers: frozenset[str] = frozenset()
    # Another name of an authority → the name it is read as ("ministry of interior" → "interior ministry").
    same_authority: Mapping[str, str] = field(default_factory=dict)
    # Word → its coreference family ("killed", "died" → "death"): for deciding
    # which event mentions are one event, never an event class of a fact.
    coreference: Mapping[str, str] = field(default_factory=dict)
    # Word → a family that keys event mentions only (``mention_key``), never a
    # sentence word of alignment's: synonyms chosen on ECB+ that alignment
    # measured as costing pairs there ("outage"/"disruption").
    mention_families: Mapping[str, str] = field(default_factory=dict)
    # Suffixes ``event_stem`` strips, in the order tried.
    stem_suffixes: tuple[str, ...] = ()
    # Endings stripped once after them when a longer stem remains ("nominat").
    stem_tails: tuple[str, ...] = ()
    # Words that refer back to an event named before them ("it", "that"):
    # such a mention is keyed like the mention before it (``mention_keys``).
    pronouns: frozenset[str] = frozenset()

    def family(self, cls: str) -> str:
        """The class that stands for ``cls`` when dates are compared (talks and meetings are one)."""
        return self.families.get(cls, cls)


def _plurals(nouns: Iterable[str]) -> list[str]:
    out: list[str] = []
    for w in nouns:
        out.append(w)
        if not w.endswith("s"):
            out.append(w + "s")
    return out


def vocabulary(lex: Lexicon | None = None) -> EventVocabulary:
    """The event vocabulary of ``lex`` (English when None), built once per lexicon.

    ``vocabulary(lexicon(doc.language))`` is the vocabulary a document's
    event cues are read with.
    """
    return _vocabulary(lex if lex is not None else lexicon())


# A few entries: one per language in use (tests build lexicons of their own).
@functools.lru_cache(maxsize=8)
def _vocabulary(lex: Lexicon) -> EventVocabulary:
    raw = lex.events
    words: dict[str, Trigger] = {}
    for t in raw.get("trigger", []):
        for w in [*_plurals(t.get("nouns", [])), *t.get("words", [])]:
            words.setdefault(w, Trigger(t["class"], t.get("modality")))
    bigrams: dict[tuple[str, str], Trigger] = {}
    for b in raw.get("bigram", []):
        for first in b["first"]:
            for second in [*_plurals(b.get("second_nouns", [])), *b.get("second_words", [])]:
                bigrams[(first, second)] = Trigger(b["class"], b.get("modality"))
    cues = raw.get("cues", {})
    shared = event_classes()  # classes and roles, the same for every language
    classes = shared.get("classes", {})
    return EventVocabulary(
        words=words,
        bigrams=bigrams,
        families=dict(shared.get("families", {})),
        generic=frozenset(classes.get("generic", [])),
        self_naming=frozenset(classes.get("self_naming", [])),
        background=frozenset(cues.get("background", [])),
        sibling=frozenset(cues.get("sibling", [])),
        singleton=frozenset(classes.get("singleton", [])),
        cumulative_roles=frozenset(shared.get("updates", {}).get("cumulative_roles", [])),
        revised_roles=frozenset(shared.get("updates", {}).get("revised_roles", [])),
        superseded_kinds=frozenset(shared.get("updates", {}).get("superseded_kinds", [])),
        update_days=int(shared.get("updates", {}).get("max_days", 30)),
        period_days=int(shared.get("updates", {}).get("period_days", 30)),
        umbrella={k: frozenset(v) for k, v in shared.get("umbrella", {}).items()},
        exclusive_roles=frozenset(frozenset(p) for p in shared.get("exclusive_roles", {}).get("pairs", [])),
        kindred_roles=frozenset(frozenset(p) for p in shared.get("kindred_roles", {}).get("pairs", [])),
        authorities=tuple(sorted(raw.get("authority", {}).get("names", []), key=lambda n: (-len(n), n))),
        speakers=frozenset(raw.get("authority", {}).get("speakers", [])),
        same_authority=dict(raw.get("authority", {}).get("same", {})),
        coreference={w: fam for fam, ws in sorted(raw.get("coreference", {}).items()) for w in ws},
        mention_families={w: fam for fam, ws in sorted(raw.get("mention_families", {}).items()) for w in ws},
        stem_suffixes=tuple(raw.get("stems", {}).get("suffixes", [])),
        stem_tails=tuple(raw.get("stems", {}).get("tails", [])),
        pronouns=frozenset(raw.get("anaphora", {}).get("pronouns", [])),
    )


@functools.cache
def _attribution_pattern() -> re.Pattern[str]:
    """ "according to X" or "X said": the words of ``events.toml [authority]`` (English's)."""
    table = lexicon().events.get("authority", {})
    lead_ins = alternation(table.get("lead_ins", []))
    verbs = "|".join(map(re.escape, table.get("verbs", [])))
    return re.compile(
        rf"\b(?:{lead_ins})\s+(?P<after>[^,.;:]{{2,60}})|(?P<before>[^,.;:]{{2,60}}?)\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


@functools.cache
def _attribution_cue() -> re.Pattern[str]:
    """What every match of ``_attribution_pattern`` holds: a lead-in and white space after it, or white
    space and a reporting verb after it (the same words, read alike).  A sentence with neither
    attributes nothing and is not scanned with that pattern, which tries up to 60 characters at
    every position (a 750 KB sentence with no verb took a second)."""
    table = lexicon().events.get("authority", {})
    lead_ins = alternation(table.get("lead_ins", []))
    verbs = "|".join(map(re.escape, table.get("verbs", [])))
    return re.compile(rf"\b(?:{lead_ins})\s|\s(?:{verbs})\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _authority_pattern() -> re.Pattern[str]:
    names = vocabulary().authorities
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def attributions(sentence: str) -> list[tuple[int, int, str]]:
    """Who the sentence attributes figures to: (start, end, authority) per attribution, in order.

    "according to the health ministry" and "the Red Cross said" name an
    authority of ``events.toml [authority]``; "officials said" names none.
    Another name of one authority is read as its ``[authority.same]`` name
    ("ministry of interior": "interior ministry"), and a speaker as the
    authority named with it ("army spokesman": "army").
    """
    vocab = vocabulary()
    if not vocab.authorities or _attribution_cue().search(sentence) is None:
        return []
    names = _authority_pattern()
    out: list[tuple[int, int, str]] = []
    for m in _attribution_pattern().finditer(sentence):
        group = "after" if m.group("after") else "before"
        phrase = m.group(group)
        # The name nearest the reporting verb (before it) or right after "according to".
        found = [" ".join(n.group(1).lower().split()) for n in names.finditer(phrase)]
        found = [vocab.same_authority.get(n, n) for n in found]
        # A speaker stands for the authority the phrase names with it ("army spokesman", "a
        # spokesperson for the health ministry"): that authority, when there is one.
        named = [n for n in found if n not in vocab.speakers] or found
        if named:
            out.append((m.start(), m.end(), named[0] if group == "after" else named[-1]))
    return out


def trigger_class(word: str) -> str | None:
    """The event class a single lower-case word triggers, if any."""
    found = vocabulary().words.get(word)
    return found.cls if found else None


def mention_key(text: str) -> str | None:
    """The key under which a mention's words may corefer: its coreference family, else its event class.

    Two adjacent words that ``[mention_families]`` names win ("checked out"
    is a departure, "checked" an admission); else the last word that names
    either wins ("stabbed to death" → "death",
    "fatal shooting" → "shooting"); None when no word does (callers then key
    by the lemma).  Families (``events.toml [coreference]``) join words that
    usually name one occurrence in one story ("died", "killed", "murder";
    "won", "beat", "victory") without making them an event class: alignment
    keys facts by class, and a quake's toll must not become a "death" event.
    """
    vocab = vocabulary()
    words = text.lower().split()
    # A two-word entry ("checked out") wins over its words ("checked"): a
    # particle can turn a verb into its opposite.
    for first, second in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        phrase = vocab.mention_families.get(f"{first} {second}")
        if phrase is not None:
            return phrase
    for w in reversed(words):
        family = vocab.mention_families.get(w) or vocab.coreference.get(w)
        if family is not None:
            return family
        found = vocab.words.get(w)
        if found is not None:
            return found.cls
    return None


def mention_keys(mentions: Sequence[tuple[str, str]], key: Callable[[str], str]) -> list[str]:
    """The coreference key of every (document, text) mention, in order: ``key(text)``, except for a pronoun.

    An event pronoun ("it", "that", "which": ``events.toml [anaphora]``)
    names the event of the mention right before it in its document ("she
    checked into rehab ... it was her fourth stay"), so it takes that
    mention's key; a pronoun that opens its document keeps its own.
    Mentions of one document must come in text order.
    """
    pronouns = vocabulary().pronouns
    previous: dict[str, str] = {}
    out: list[str] = []
    for doc, text in mentions:
        k = previous[doc] if doc in previous and text.lower() in pronouns else key(text)
        previous[doc] = k
        out.append(k)
    return out


# A stem keeps at least this many letters: "ruling" → "rul" would meet "rule" and "rulers".
_STEM_MIN = 4
# A tail ("-at", "-ag") is stripped only when this many letters remain:
# "nominat" → "nomin", but "combat" stays.
_TAIL_MIN = 5
_VOWELS = frozenset("aeiou")


def event_stem(word: str) -> str:
    """The stem under which mentions that no family or class names may corefer.

    The first suffix of ``events.toml [stems]`` that leaves at least four
    letters is stripped, twice over: "nominations" → "nomin", "fallen" →
    "fall".  Then one tail (``tails``: "nominated"'s lemma "nominat" →
    "nomin", "stoppage" → "stopp") when five letters remain, and a doubled
    final consonant is undoubled ("stopp" → "stop", "patrolled"'s
    "patroll" → "patrol").  Meant for a lemma (a verb already without its
    "-ed"): it keys mentions of one word family together, and is too rough
    to name an event class.
    """
    vocab = vocabulary()
    for _ in range(2):
        for suffix in vocab.stem_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN:
                word = word[: -len(suffix)]
                break
    for tail in vocab.stem_tails:
        if word.endswith(tail) and len(word) - len(tail) >= _TAIL_MIN:
            word = word[: -len(tail)]
            break
    if len(word) > _STEM_MIN and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]
    return word


# --- mentions and their clustering ---------------------------------------------


@dataclass(frozen=True)
class EventMention:
    """One mention of an event in one document.

    ``cls`` is the event class ("quake", "call") or, for a word the
    vocabulary does not know, its lemma; ``days`` the explicit time as day
    ordinals (inclusive), ``None`` when the mention states none; ``main`` is
    False for a background or sibling event ("an earlier quake", "the 2004
    tsunami", "another blast").
    """

    id: str
    doc: str
    cls: str
    days: tuple[int, int] | None = None
    places: frozenset[str] = frozenset()
    participants: frozenset[str] = frozenset()
    main: bool = True
    # The content words of the mention's sentence (``context.terms``): two
    # reports of one act are recognised by the sentence they share (see
    # ``EventOptions.copy_overlap``); empty when unknown.
    context: frozenset[str] = frozenset()


# How a document is compared with a group of documents (see ``EventOptions.linkage``).
Linkage = Literal["centroid", "average"]


@dataclass(frozen=True)
class EventOptions:
    """The settings of event clustering (chosen on ECB+ topics 1–35 without the held-out ones)."""

    # Cosine between a document and a group's centroid needed to join it.
    doc_threshold: float = 0.15
    # Cosine between two groups' centroids needed to merge them afterwards.
    group_threshold: float = 0.2
    # Articles published further apart than this never describe one event
    # unless their mentions state a time.
    max_publication_gap_days: int = 31
    # How many groups / clusters a document / mention is compared with: the
    # bound that keeps clustering linear in the size of a story.
    max_candidates: int = 48
    # Whether two mentions with places that share nothing stay apart.
    places_veto: bool = False
    # A reporting act ("said") or a publication is each article's own, except
    # in copies of one wire story: such a mention joins one of its class in
    # another document of its group whose sentence shares at least this
    # share of its content words (Jaccard), the best match first (None: never).
    copy_overlap: float | None = None
    # Slack when comparing two stated times (a report of "Monday" anchored a
    # day off is still the same event).
    time_slack_days: int = 1
    # A document left alone after grouping joins the most similar group of
    # several documents when the cosine reaches this (None: it stays alone).
    # One article rarely reports an occasion no other article of the story
    # does; more often its words just differ.  (On ECB+ development topics
    # this alone lifts event CoNLL F1 from 73.3 to 74.1.)
    lone_threshold: float | None = 0.0
    # How a document is compared with a group, and two groups with each
    # other.  "centroid": the cosine with the sum of the group's vectors, so
    # a large group, whose centroid is an average of many topics, draws in
    # documents that share little with any one of its members.  "average":
    # the mean cosine over every pair of documents (average link), computed
    # from the sums of unit vectors (the dot product of two such sums is the
    # sum of the pairwise cosines), so it costs no more than the centroid.
    # Its thresholds are mean cosines, so they are lower than the centroid's.
    linkage: Linkage = "centroid"


@dataclass
class _Group:
    # The sum of the members' vectors (unit vectors under average linkage).
    centroid: dict[str, float]
    norm: float
    published: list[int] = field(default_factory=list)
    size: int = 1


def _similarity(dot: float, a: _Group | float, b: _Group, linkage: Linkage) -> float:
    """Cosine of centroids, or the mean pairwise cosine: ``dot`` is the product of the two sums.

    ``a`` is a group, or the norm of one document's vector (a group of one).
    """
    a_norm, a_size = (a.norm, a.size) if isinstance(a, _Group) else (a, 1)
    if linkage == "average":
        return dot / (a_size * b.size)
    return dot / (a_norm * b.norm)


def document_vectors(doc_terms: Mapping[str, Sequence[str]]) -> dict[str, dict[str, float]]:
    """Each document's names and content words weighted by TF-IDF within the story (the heaviest 60)."""
    n = len(doc_terms)
    df: Counter[str] = Counter()
    for terms in doc_terms.values():
        df.update(set(terms))
    vectors: dict[str, dict[str, float]] = {}
    for doc, terms in doc_terms.items():
        tf = Counter(terms)
        # Smoothed IDF (+1): in a story of five articles a word all of them
        # use still says what they are about.
        vec = {t: (1.0 + math.log(c)) * (1.0 + math.log((1 + n) / (1 + df[t]))) for t, c in tf.items()}
        # The heaviest words carry what a document is about; the long tail
        # only adds noise and time.
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:60]
        vectors[doc] = {t: w for t, w in top if w > 0}
    return vectors


def _norm(vec: Mapping[str, float]) -> float:
    """The length of a weighted bag of words; 1 for an empty bag, so dividing by it is safe."""
    return math.sqrt(sum(w * w for w in vec.values())) or 1.0


def _dot(vec: Mapping[str, float], other: Mapping[str, float]) -> float:
    """The dot product of two bags, summed over ``vec``'s words (so its cost is the size of ``vec``)."""
    return sum(w * other.get(t, 0.0) for t, w in vec.items())


def _fold(centroid: dict[str, float], vec: Mapping[str, float]) -> None:
    """Add ``vec`` into ``centroid``: a group's centroid is the sum of its members' vectors."""
    for t, w in vec.items():
        centroid[t] = centroid.get(t, 0.0) + w


def _absorb(group: _Group, other: _Group) -> None:
    """Fold ``other`` (a document entering as a group of one, or a whole group) into ``group``."""
    _fold(group.centroid, other.centroid)
    group.norm = _norm(group.centroid)
    group.size += other.size
    group.published.extend(other.published)


# Publication dates compared between a document and a group, or two groups:
# each side's latest eight, so that the test costs a bounded amount however
# large a group grows.
_RECENT_DATES = 8


def _far_apart(days: Sequence[int], others: Sequence[int], opts: EventOptions) -> bool:
    """Whether two sets of publication days (ordinals) are too far apart to report one occasion.

    Articles published weeks apart report two occasions even when their words
    agree (two earthquakes of one region); a side without dates vetoes nothing.
    """
    if not days or not others:
        return False
    gap = min(abs(p - q) for p in days[-_RECENT_DATES:] for q in others[-_RECENT_DATES:])
    return gap > opts.max_publication_gap_days


def _most_shared(seen: Counter[int], most: int) -> list[int]:
    """The groups that share the most heavy words with the one being placed, ties by number."""
    return [g for g, _ in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:most]]


def _entering(vec: dict[str, float], linkage: Linkage) -> _Group:
    """A document as a group of one: under average linkage its vector is made a unit vector.

    The sum of unit vectors is what lets a dot product stand for the sum of
    the pairwise cosines (``EventOptions.linkage``).
    """
    norm = _norm(vec)
    if linkage == "average":
        return _Group({t: w / norm for t, w in vec.items()}, 1.0)
    return _Group(dict(vec), norm)


def _candidate_groups(vec: Mapping[str, float], index: Mapping[str, list[int]], most: int) -> list[int]:
    """The groups worth comparing a document with: those sharing the most of its 20 heaviest words.

    Only the ``most`` latest groups of each word count, so the work per
    document is bounded however many documents came before.
    """
    seen: Counter[int] = Counter()
    for t in sorted(vec, key=lambda t: -vec[t])[:20]:
        for g in index.get(t, ())[-most:]:
            seen[g] += 1
    return _most_shared(seen, most)


def _best_group(doc: _Group, candidates: Sequence[int], groups: Sequence[_Group], opts: EventOptions) -> int:
    """The candidate group most similar to ``doc`` at or above ``doc_threshold``; -1 when none is.

    A group published too far from the document is passed over; of equally
    similar groups the lowest number (the earliest formed) wins, so the
    result does not depend on the candidates' order.
    """
    best, best_sim = -1, opts.doc_threshold
    for g in candidates:
        group = groups[g]
        if _far_apart(doc.published, group.published, opts):
            continue
        sim = _similarity(_dot(doc.centroid, group.centroid), doc.norm, group, opts.linkage)
        if sim >= best_sim:
            if sim > best_sim or best < 0 or g < best:
                best, best_sim = g, sim
    return best


def _index_words(index: dict[str, list[int]], vec: Mapping[str, float], g: int) -> None:
    """Record that group ``g`` holds each of ``vec``'s words (once per run of one group)."""
    for t in vec:
        if not index[t] or index[t][-1] != g:
            index[t].append(g)


def _first_pass(
    vectors: Mapping[str, dict[str, float]], published: Mapping[str, dt.date | None], opts: EventOptions
) -> tuple[list[_Group], dict[str, list[int]], dict[str, int]]:
    """One pass over the documents: each joins its most similar group so far, or starts one.

    Documents are visited by publication date, then id, a fixed order so
    that the groups do not depend on the order the documents were given in.
    Returns the groups, the inverted index from a word to the groups that
    hold it (the merging reuses it) and each document's group.
    """

    def order(doc: str) -> tuple[int, str]:
        p = published.get(doc)
        return (p.toordinal() if p else 0, doc)

    groups: list[_Group] = []
    index: dict[str, list[int]] = defaultdict(list)
    out: dict[str, int] = {}
    for doc in sorted(vectors, key=order):
        entering = _entering(vectors[doc], opts.linkage)
        pub = published.get(doc)
        if pub is not None:
            entering.published.append(pub.toordinal())
        candidates = _candidate_groups(entering.centroid, index, opts.max_candidates)
        best = _best_group(entering, candidates, groups, opts)
        if best < 0:
            groups.append(entering)
            best = len(groups) - 1
        else:
            _absorb(groups[best], entering)
        _index_words(index, entering.centroid, best)
        out[doc] = best
    return groups, index, out


def group_documents(
    doc_terms: Mapping[str, Sequence[str]],
    published: Mapping[str, dt.date | None] | None = None,
    options: EventOptions | None = None,
) -> dict[str, int]:
    """Group the documents of one story by what they are about; group number per document.

    Each document is a bag of its names and content words weighted by TF-IDF
    within the story.  Documents are visited in a fixed order (publication
    date, then id) and each joins the group whose centroid is most similar
    if the cosine reaches ``options.doc_threshold`` (with average linkage:
    the group whose documents are on average most similar); candidates come from an
    inverted index over each document's heaviest words, at most
    ``options.max_candidates`` of them, so the work grows with the number of
    documents.  Then groups that are alike merge (:func:`_merge_groups`) and
    a document left alone joins its nearest group (:func:`_attach_lone_documents`).
    """
    opts = options or EventOptions()
    published = published or {}
    vectors = document_vectors(doc_terms)
    groups, index, out = _first_pass(vectors, published, opts)
    out = _merge_groups(groups, index, out, opts)
    if opts.lone_threshold is not None:
        out = _attach_lone_documents(vectors, out, opts.lone_threshold, published, opts)
    return out


def _renumbered(out: Mapping[str, int], root: Callable[[int], int] = lambda g: g) -> dict[str, int]:
    """Number the groups 0, 1, ... in the order the first pass formed them (then by document id).

    ``root`` maps a group of the first pass to the group it was merged into.
    Numbers that follow the documents, not the order merges happened in,
    keep the output the same however the groups were formed.
    """
    renumber: dict[int, int] = {}
    for doc in sorted(out, key=lambda d: (out[d], d)):
        renumber.setdefault(root(out[doc]), len(renumber))
    return {doc: renumber[root(g)] for doc, g in out.items()}


def _attach_lone_documents(
    vectors: Mapping[str, Mapping[str, float]],
    out: dict[str, int],
    threshold: float,
    published: Mapping[str, dt.date | None],
    opts: EventOptions,
) -> dict[str, int]:
    """Move each document that is a group of its own into the most similar group of several.

    Each lone document is compared with the centroids of the groups of two
    or more documents (not with one another, so the order does not matter);
    the work is the number of lone documents times the number of such groups,
    at most ``opts.max_candidates`` of them (the largest).
    """
    sizes = Counter(out.values())
    big = sorted((g for g, n in sizes.items() if n > 1), key=lambda g: (-sizes[g], g))[: opts.max_candidates]
    if not big:
        return out
    centroids: dict[int, dict[str, float]] = {g: {} for g in big}
    dates: dict[int, list[int]] = {g: [] for g in big}
    for doc, g in out.items():
        if g in centroids:
            _fold(centroids[g], vectors[doc])
            p = published.get(doc)
            if p is not None:
                dates[g].append(p.toordinal())
    norms = {g: _norm(c) for g, c in centroids.items()}
    moved = dict(out)
    for doc in sorted(out):
        if sizes[out[doc]] != 1:
            continue
        vec = vectors[doc]
        norm = _norm(vec)
        p = published.get(doc)
        days = [p.toordinal()] if p is not None else []
        best, best_sim = -1, threshold
        for g in big:
            if _far_apart(days, dates[g], opts):
                continue
            sim = _dot(vec, centroids[g]) / (norm * norms[g])
            if sim > best_sim or (sim == best_sim and best < 0):
                best, best_sim = g, sim
        if best >= 0:
            moved[doc] = best
    return _renumbered(moved)


def _group_similarity(a: _Group, b: _Group, linkage: Linkage) -> float:
    """How alike two groups are (``_similarity``), the dot product summed over the smaller centroid."""
    small, big = (a, b) if len(a.centroid) < len(b.centroid) else (b, a)
    return _similarity(_dot(small.centroid, big.centroid), a, b, linkage)


def _merge_partners(
    g: int, groups: Sequence[_Group], index: Mapping[str, list[int]], find: Callable[[int], int], most: int
) -> list[int]:
    """The groups after ``g`` worth comparing with it: those sharing the most of its 20 heaviest words.

    Only later groups (by root number), so each pair is looked at once a
    round; only the first ``most`` groups of each word, so the work per group
    is bounded.
    """
    a = groups[g]
    seen: Counter[int] = Counter()
    for t in sorted(a.centroid, key=lambda t: (-a.centroid[t], t))[:20]:
        for h in index.get(t, ())[:most]:
            h = find(h)
            if h > g:
                seen[h] += 1
    return _most_shared(seen, most)


def _merge_candidates(
    groups: Sequence[_Group], index: Mapping[str, list[int]], find: Callable[[int], int], opts: EventOptions
) -> list[tuple[float, int, int]]:
    """Every pair of current groups alike enough to merge: (-similarity, group, later group).

    Groups published too far apart are never merged, however alike their
    words (two earthquakes of one region).
    """
    candidates: list[tuple[float, int, int]] = []
    for g in sorted({find(g) for g in range(len(groups))}):
        a = groups[g]
        for h in _merge_partners(g, groups, index, find, opts.max_candidates):
            b = groups[h]
            if _far_apart(a.published, b.published, opts):
                continue
            sim = _group_similarity(a, b, opts.linkage)
            if sim >= opts.group_threshold:
                candidates.append((-sim, g, h))
    return candidates


def _merge_round(
    groups: Sequence[_Group], sets: UnionFind, candidates: Sequence[tuple[float, int, int]]
) -> None:
    """Merge the candidate pairs best first, each group at most once in the round.

    A group that has just grown is compared afresh in the next round rather
    than merged again on a similarity it no longer has.
    """
    touched: set[int] = set()
    for _, g, h in sorted(candidates):
        if g in touched or h in touched:
            continue
        touched |= {g, h}
        sets.union(g, h)  # both roots: h's group folds into g's, which keeps its record
        _absorb(groups[g], groups[h])


def _merge_groups(
    groups: list[_Group], index: Mapping[str, list[int]], out: dict[str, int], opts: EventOptions
) -> dict[str, int]:
    """Merge the groups of the first pass whose centroids are alike (average link).

    A single pass in document order splits a topic into many small groups:
    an early document meets only the groups that exist when it is read.
    Merging their centroids best first repairs that; each group is compared
    with at most ``max_candidates`` others that share a heavy word.
    """
    sets = UnionFind(len(groups))
    # Rounds of merges, best pair first, each group merged at most once a
    # round: a round costs a bounded amount per group, and few rounds are needed.
    while candidates := _merge_candidates(groups, index, sets.find, opts):
        _merge_round(groups, sets, candidates)
    return _renumbered(out, sets.find)


@dataclass
class _Cluster:
    number: int
    days: tuple[int, int] | None
    places: set[str]


class _Copy(NamedTuple):
    number: int
    doc: str
    context: frozenset[str]


def _copied_act(m: EventMention, earlier: Sequence[_Copy], opts: EventOptions) -> int | None:
    """The cluster of the reporting act ``m`` copies: the earlier one whose sentence is most like its own.

    Only acts of other documents, and only a cluster that has no act of
    ``m``'s document yet (two "said" of one copied sentence pair off in
    order); ties go to the earliest.
    """
    if opts.copy_overlap is None or not m.context:
        return None
    taken = {c.number for c in earlier if c.doc == m.doc}
    best, best_overlap = None, opts.copy_overlap
    for c in earlier:
        if c.doc == m.doc or c.number in taken:
            continue
        overlap = len(m.context & c.context) / len(m.context | c.context)
        if overlap > best_overlap or (overlap == best_overlap and best is None):
            best, best_overlap = c.number, overlap
    return best


def cluster_event_mentions(
    mentions: Sequence[EventMention],
    doc_groups: Mapping[str, int] | None = None,
    options: EventOptions | None = None,
) -> list[int]:
    """Cluster event mentions into events: one cluster number per mention, in input order.

    Two mentions can be one event when their documents are in one group
    (``doc_groups``, from :func:`group_documents`; all documents are one
    group when it is None), they have one event class, both are main or both
    background events, their stated times overlap (or one states none) and,
    with ``options.places_veto``, their places are not disjoint.  A mention
    joins the most recent compatible cluster of its block, looking back at
    most ``options.max_candidates`` clusters.  A mention of a singleton class
    (a reporting act) is its own event, or with ``options.copy_overlap`` the
    same act as one in a copy of its sentence in another document.
    """
    opts = options or EventOptions()
    groups = doc_groups or {}
    blocks: dict[tuple[int, str, bool], list[_Cluster]] = defaultdict(list)
    copies: dict[tuple[int, str, bool], list[_Copy]] = defaultdict(list)
    labels: list[int] = []
    numbers = itertools.count()
    singleton = vocabulary().singleton
    for m in mentions:
        key = (groups.get(m.doc, 0), m.cls, m.main)
        if m.cls in singleton:
            labels.append(_act_number(m, copies[key], numbers, opts))
            continue
        found = _open_cluster(blocks[key], m, opts)
        if found is None:
            found = _Cluster(next(numbers), m.days, set(m.places))
            blocks[key].append(found)
        else:
            _widen(found, m)
        labels.append(found.number)
    return labels


def _act_number(m: EventMention, earlier: list[_Copy], numbers: Iterator[int], opts: EventOptions) -> int:
    """The event of a reporting act ("said"): its own, unless it copies an earlier act's sentence.

    A reporting act is each article's own, never one event with another's,
    unless both articles copy one sentence (``_copied_act``).  The act is
    kept as one that a later copy may join only with ``copy_overlap`` and a
    known sentence (without them none is ever matched), and only the latest
    ``max_candidates`` are kept.
    """
    number = _copied_act(m, earlier, opts)
    if number is None:
        number = next(numbers)
    if opts.copy_overlap is not None and m.context:
        earlier.append(_Copy(number, m.doc, m.context))
        del earlier[: -opts.max_candidates]
    return number


def _open_cluster(clusters: Sequence[_Cluster], m: EventMention, opts: EventOptions) -> _Cluster | None:
    """The most recent of the block's latest clusters that ``m`` can join; None when there is none.

    A cluster is open to a mention whose time overlaps its span or lies within
    ``time_slack_days`` of it (an unknown time vetoes nothing) and, with
    ``places_veto``, whose places are not disjoint from the cluster's.  Looking
    back at most ``max_candidates`` clusters keeps the work linear.
    """
    for c in reversed(clusters[-opts.max_candidates :]):
        if not days_within(c.days, m.days, opts.time_slack_days):
            continue
        if opts.places_veto and c.places and m.places and not (c.places & m.places):
            continue
        return c
    return None


def _widen(cluster: _Cluster, m: EventMention) -> None:
    """Let a cluster's time span and places cover the mention that joined it.

    The span grows to the union of the two (the mention's own when the
    cluster had none), so later mentions are compared with everything it holds.
    """
    if m.days is not None and cluster.days is not None:
        cluster.days = (min(cluster.days[0], m.days[0]), max(cluster.days[1], m.days[1]))
    elif m.days is not None:
        cluster.days = m.days
    cluster.places |= m.places


# --- the events of a story's facts ----------------------------------------------

_WORD = re.compile(r"[a-z][a-z'-]*")
# A time stated next to a figure this long before its article places the
# figure in an earlier, background event ("killed 69,000 in 2008").
_BACKGROUND_DAYS = 120


@dataclass(frozen=True)
class FactEvent:
    """The event a fact is about: a story-wide event number and whether it is a background event."""

    event: int
    cls: str
    main: bool
    # The group of articles about one occasion (``group_documents``).
    group: int = 0


def _own_class(fact: Fact, vocab: EventVocabulary) -> str | None:
    """The class of a fact's own trigger; None when it has none or only a generic one ("incident").

    A generic trigger says nothing about which event a figure belongs to, so
    such a fact takes its article's main class instead (:func:`_doc_main_class`).
    """
    if fact.about.event and fact.about.event not in vocab.generic:
        return vocab.family(fact.about.event)
    return None


def _doc_main_class(facts: Sequence[Fact], vocab: EventVocabulary) -> str:
    """The class most of an article's facts are about (ties by name); "main" when none has one."""
    counts = Counter(c for c in (_own_class(f, vocab) for f in facts) if c is not None)
    if not counts:
        return "main"
    return min(counts, key=lambda c: (-counts[c], c))


def _is_background(
    fact: Fact,
    text: str | None,
    published: dt.date | None,
    scope: DateValue | None,
    vocab: EventVocabulary,
) -> bool:
    """An explicit other time or a background cue word just before the trigger."""
    if published is not None and scope is not None and scope.end is not None:
        if (published - scope.end).days > _BACKGROUND_DAYS:
            return True
    if text is None:
        return False
    if _background_cue(text, fact.sentence.start, fact.sentence.end, fact.about.event, vocab):
        return True
    return _led_by_another_event(text, fact, vocab)


# Words between "another quake" and a figure it governs ("Another earthquake
# of 6.7-magnitude", "another earthquake of magnitude 6.7").
_HEAD_REACH = 2
_HEAD_CHARS = 40


def _led_by_another_event(text: str, fact: Fact, vocab: EventVocabulary) -> bool:
    """A figure right after a background or sibling event's noun ("Another earthquake of 6.7-magnitude
    struck 15 minutes later"): it measures that event, whatever its nearest trigger ("struck")."""
    ends = _cued_triggers(text, fact.sentence.start, fact.sentence.end, vocab)
    k = bisect.bisect_right(ends, fact.start)  # the nearest such trigger before the figure
    if not k or fact.start - ends[k - 1] > _HEAD_CHARS:
        return False
    return len(_WORD.findall(text[ends[k - 1] : fact.start].lower())) <= _HEAD_REACH


@functools.lru_cache(maxsize=256)
def _cued_triggers(text: str, start: int, end: int, vocab: EventVocabulary) -> tuple[int, ...]:
    """Where each trigger of a specific class after a background or sibling word ends, in order."""
    found: list[int] = []
    words = list(_WORD.finditer(text[start:end].lower()))
    for i, m in enumerate(words):
        trigger = vocab.words.get(m.group())
        if trigger is None or trigger.cls in vocab.generic or trigger.cls in vocab.singleton:
            continue  # "had earlier reported at least 70 deaths": a report is no event of its own figures
        if any(w.group() in vocab.background or w.group() in vocab.sibling for w in words[max(0, i - 2) : i]):
            found.append(start + m.end())
    return tuple(found)


# Per sentence and event, not per fact: a sentence holding thousands of facts
# (a text without full stops) was tokenised once per fact, which is quadratic.
# (The text's hash is cached by str, so the key costs little.)
@functools.lru_cache(maxsize=256)
def _background_cue(text: str, start: int, end: int, own: str | None, vocab: EventVocabulary) -> bool:
    words = _WORD.findall(text[start:end].lower())
    for i, w in enumerate(words):
        found = vocab.words.get(w)
        if found is not None and found.cls == own and found.cls not in vocab.generic:
            before = words[max(0, i - 2) : i]
            if any(b in vocab.background or b in vocab.sibling for b in before):
                return True
    return False


# A name of an event, as written: "921", "Chi-Chi", "1999".
_NAME = re.compile(r"[A-Za-z0-9][\w'’-]*")
# Words between a named event's noun and the year that dates it ("the 921 earthquake that occurred in 1999").
_NAME_GAP = 4
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]")


def _specific_trigger(word: str, vocab: EventVocabulary) -> str | None:
    """The family of a word's trigger class; None for no trigger or a generic or singleton one."""
    t = vocab.words.get(word.lower())
    if t is None or t.cls in vocab.generic or t.cls in vocab.singleton:
        return None
    return vocab.family(t.cls)


def _is_name(tokens: Sequence[re.Match[str]], i: int, text: str, vocab: EventVocabulary) -> bool:
    """Whether token ``i`` names the event noun right after it: a figure, or a capitalised word
    that does not open its sentence ("the 921 earthquake", "the Chi-Chi earthquake")."""
    if i < 0 or text[tokens[i].end() : tokens[i + 1].start()].strip():
        return False
    word = tokens[i].group()
    low = word.lower()
    if low in vocab.background or low in vocab.sibling or low in vocab.words:
        return False
    return any(c.isdigit() for c in word) or (i > 0 and word[0].isupper())


def background_names(
    facts: Sequence[Fact],
    text: str,
    published: dt.date | None,
    ongoing: Collection[str],
    vocab: EventVocabulary,
) -> frozenset[tuple[str, str]]:
    """The names an article gives to events it dates to another time, with their trigger family.

    "since the 921 earthquake that occurred in 1999" or "the 1999 earthquake": the article
    names an earlier quake, and a later sentence that says "The 921 earthquake killed 2,415
    people and injured more than 11,000" is about it, though no date stands beside those
    figures.  A year after a period word ("the Hualien quake, the strongest since 1999") or
    across a clause break dates no event.
    """
    out: set[tuple[str, str]] = set()
    if published is None:
        return frozenset()
    for f in facts:
        v = f.value
        if not isinstance(v, DateValue) or v.end is None or (published - v.end).days <= _BACKGROUND_DAYS:
            continue
        after = _NAME.match(text, f.end + 1) if text[f.end : f.end + 1] == " " else None
        if after is not None and (cls := _specific_trigger(after.group(), vocab)) is not None:
            out.add((f.text.lower(), cls))  # "the 1999 earthquake"
            continue
        tokens = list(_NAME.finditer(text, f.sentence.start, f.start))
        for i in range(len(tokens) - 1, max(-1, len(tokens) - 2 - _NAME_GAP), -1):
            between = text[tokens[i].end() : f.start]
            if _CLAUSE_BREAK.search(between) or any(t.group().lower() in ongoing for t in tokens[i + 1 :]):
                break
            cls = _specific_trigger(tokens[i].group(), vocab)
            if cls is not None:
                if _is_name(tokens, i - 1, text, vocab):
                    out.add((tokens[i - 1].group().lower(), cls))
                break
    return frozenset(out)


def _named_background_triggers(
    text: str, start: int, end: int, names: frozenset[tuple[str, str]], vocab: EventVocabulary
) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """Where each specific trigger of a sentence ends, and whether the figures after it are a named
    background event's: from "the 921 earthquake" on, until the sentence names an event of that
    class again without the name ("... while Wednesday's quake killed nine")."""
    tokens = list(_NAME.finditer(text, start, end))
    ends: list[int] = []
    flags: list[bool] = []
    current: str | None = None
    for i, t in enumerate(tokens):
        cls = _specific_trigger(t.group(), vocab)
        if cls is None:
            continue
        if i > 0 and (tokens[i - 1].group().lower(), cls) in names and _is_name(tokens, i - 1, text, vocab):
            current = cls
        elif cls == current:
            current = None
        ends.append(t.end())
        flags.append(current is not None)
    return tuple(ends), tuple(flags)


def _after_named_background(
    text: str | None,
    fact: Fact,
    names: frozenset[tuple[str, str]],
    vocab: EventVocabulary,
    read: dict[tuple[int, int], tuple[tuple[int, ...], tuple[bool, ...]]],
) -> bool:
    """Whether a figure follows, in its sentence, a background event the article named and dated
    elsewhere (:func:`background_names`).  ``read`` holds each sentence's triggers, read once per
    article (a cache of the caller's: a process-wide one kept whole article texts alive)."""
    if text is None or not names:
        return False
    key = (fact.sentence.start, fact.sentence.end)
    if key not in read:
        read[key] = _named_background_triggers(text, key[0], key[1], names, vocab)
    ends, flags = read[key]
    k = bisect.bisect_right(ends, fact.start)
    return k > 0 and flags[k - 1]


def document_terms(facts: Sequence[Fact]) -> dict[str, list[str]]:
    """Per document, the words and names of its facts' sentences (each sentence once): what
    ``group_documents`` compares documents by."""
    doc_terms: dict[str, list[str]] = {}
    seen_sentences: set[tuple[str, int]] = set()
    for f in facts:
        bag = doc_terms.setdefault(f.doc, [])
        if (f.doc, f.sentence.start) in seen_sentences:
            continue
        seen_sentences.add((f.doc, f.sentence.start))
        bag.extend(f.about.terms)
        bag.extend("N:" + p for p in (*f.about.participants, *f.about.places))
    return doc_terms


def _fact_time(fact: Fact, scope: DateValue | None) -> DateValue | None:
    """The time that places a fact in an event: a date's own value, else the date stated beside it."""
    if isinstance(fact.value, DateValue) and fact.value.start and fact.value.end:
        return fact.value
    return scope


def _mention_days(fact: Fact, scope: DateValue | None) -> tuple[int, int] | None:
    """The days (ordinals, inclusive) that constrain which event a fact's mention joins.

    A date is the time *of* its event, not a constraint on which event it
    belongs to: comparing it with other dates is alignment's job.  Any other
    figure is held to the date stated beside it, when that date is bounded.
    """
    if isinstance(fact.value, DateValue) or scope is None or not (scope.start and scope.end):
        return None
    return (scope.start.toordinal(), scope.end.toordinal())


def _document_mentions(
    doc: str,
    facts: Sequence[Fact],
    document: Document | None,
    scopes: Mapping[str, DateValue],
    beside: Collection[str],
) -> list[EventMention]:
    """The event mention of each of one article's facts, read with the article's language.

    A fact is a main event's unless it is a requirement or figure of another
    stage of the occasion (``beside``) or a background event
    (:func:`_is_background`).
    """
    lex = lexicon(document.language) if document is not None else None
    vocab = vocabulary(lex)
    main_class = _doc_main_class(facts, vocab)
    text = document.text if document else None
    published = document.published if document else None
    ongoing = (lex or lexicon()).grammar.get("periods", {}).get("ongoing", ())
    names = background_names(facts, text, published, ongoing, vocab) if text else frozenset()
    triggers: dict[tuple[int, int], tuple[tuple[int, ...], tuple[bool, ...]]] = {}
    mentions: list[EventMention] = []
    for f in facts:
        scope = scopes.get(f.id)
        main = (
            f.id not in beside
            and not _is_background(f, text, published, _fact_time(f, scope), vocab)
            and not _after_named_background(text, f, names, vocab, triggers)
        )
        own = _own_class(f, vocab)
        mentions.append(
            EventMention(
                id=f.id,
                doc=doc,
                cls=main_class if own is None else own,
                days=_mention_days(f, scope),
                places=frozenset(f.about.places),
                participants=frozenset(f.about.participants),
                main=main,
            )
        )
    return mentions


def fact_events(
    facts: Sequence[Fact],
    documents: Sequence[Document],
    scopes: Mapping[str, DateValue] | None = None,
    options: EventOptions | None = None,
) -> dict[str, FactEvent]:
    """The event of every fact of one story, clustered across its documents.

    A fact's event class is its nearest trigger (``About.event``) or else its
    article's main event class; its time is its own value for a date, else
    the date stated right next to it (``scopes``); it is a background event
    when that time lies in an earlier year than the article or a cue word
    ("earlier", "another", "last year's") stands before its trigger.  The
    cue words and classes are those of the document's language.
    """
    scopes = scopes or {}
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc].append(f)
    docs = {d.id: d for d in documents}
    published = {d.id: d.published for d in documents}
    groups = group_documents(document_terms(facts), published, options)
    # Requirements and figures of another stage of the event (compare.holders).
    beside = beside_the_occasion(facts, documents)
    mentions: list[EventMention] = []
    for doc in sorted(by_doc):
        mentions.extend(_document_mentions(doc, by_doc[doc], docs.get(doc), scopes, beside))
    labels = cluster_event_mentions(mentions, groups, options)
    return {
        m.id: FactEvent(label, m.cls, m.main, groups.get(m.doc, 0))
        for m, label in zip(mentions, labels, strict=True)
    }
