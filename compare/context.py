"""What a fact is about: sentence boundaries and the cues alignment compares.

No parser: news sentences are regular enough that a few closed word lists and
capitalisation give the cues we need — the event noun nearest the figure
("talks", "video call", "press conference"), the predicate ("killed",
"deployed"), the people, organisations and places named in the sentence, and
the modality that tells a video call from a phone call.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from compare.extract.words import STOPWORDS, lemma, verb_stem
from compare.model import About, Span

# --- sentences ---------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "gov",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "dept", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "a.m", "p.m", "approx", "est", "fig", "vol", "pp", "ca", "cf", "mt", "ft",
}
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n")


def sentence_spans(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding whitespace; newlines always end one."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n":
            # "U.S. officials", "Jan. 12", "Mr. Lavrov": not an end.
            word = re.search(r"([A-Za-z][A-Za-z.]*)\.?[\"'”’)\]]*$", text[max(start, m.start() - 12):m.end()])
            if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                         or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word.group(1))
                         or len(word.group(1)) == 1 and word.group(1).isupper()):
                continue
        end = m.end() if m.group() != "\n" else m.start()
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def sentence_of(spans: list[Span], starts: list[int], position: int) -> Span:
    """The sentence containing ``position`` (``starts`` = the spans' starts, for bisect)."""
    i = bisect.bisect_right(starts, position) - 1
    if i < 0:
        return spans[0]
    return spans[i]


# --- cues --------------------------------------------------------------------

# Event nouns → (canonical event, modality).  Multi-word forms first.
_EVENTS: list[tuple[str, str, str | None]] = [
    (r"video[\s-]?(?:call|conference|link|summit|chat)s?|videoconferences?|virtual\s+(?:summit|meeting)s?",
     "call", "video"),
    (r"(?:phone|telephone)\s+(?:call|conversation|talk)s?|(?:by|over\s+the)\s+(?:tele)?phone|phoned"
     r"|telephoned", "call", "phone"),
    (r"(?:press|news)\s+conferences?|press\s+briefings?|news\s+briefings?", "press conference", None),
    (r"summits?", "summit", "in-person"),
    (r"talks|negotiations?|dialogues?|consultations?", "talks", None),
    (r"meetings?|met|meets|meet", "meeting", None),
    (r"councils?", "council", None),
    (r"calls?|conversations?|spoke|speak|speaks", "call", None),
    (r"visits?|visited|trips?", "visit", "in-person"),
    (r"speech|speeches|address(?:ed)?", "speech", None),
    (r"interviews?", "interview", None),
    (r"elections?|votes?|voted|ballots?|referendums?|referenda|polls?", "election", None),
    (r"attacks?|attacked|strikes?|struck|bombings?|bombed|shelling|shelled|explosions?|blasts?"
     r"|airstrikes?|raids?", "attack", None),
    (r"invasions?|invaded|invade|offensives?|incursions?", "invasion", None),
    (r"annexation|annexed|annex|seizure|seized|seize|occupation|occupied|occupy|takeover",
     "annexation", None),
    (r"ceasefires?|cease-fires?|truces?|armistices?", "ceasefire", None),
    (r"agreements?|accords?|deals?|treaty|treaties|pacts?", "agreement", None),
    (r"sanctions?", "sanctions", None),
    (r"exercises?|drills?|manoeuvres|maneuvers", "exercise", None),
    (r"protests?|rall(?:y|ies)|demonstrations?|marches", "protest", None),
    (r"trials?|hearings?|verdicts?|sentenced|convicted", "trial", None),
    (r"war|wars|conflicts?|fighting|clashes", "conflict", None),
    (r"build-?ups?|deployments?|deployed|amassed|massed|massing|stationed", "deployment", None),
    (r"aid|assistance|package|funding|loans?|grants?", "aid", None),
    (r"earthquakes?|quakes?|floods?|flooding|wildfires?|fires?|storms?|hurricanes?|typhoons?",
     "disaster", None),
    (r"crash(?:es|ed)?|collisions?|derail(?:ment|ed)", "crash", None),
    (r"articles?|reports?|op-?eds?|opinion\s+pieces?|analysis\s+pieces?|columns?", "publication", None),
]
_EVENT_RE = re.compile(
    "|".join(f"(?P<e{i}>\\b(?:{p})\\b)" for i, (p, _, _) in enumerate(_EVENTS)), re.IGNORECASE
)

# Predicates that say the same thing in different words.
_PREDICATE_CLASSES = {
    "kill": "kill", "die": "kill", "death": "kill", "claim": "kill", "perish": "kill",
    "deploy": "deploy", "amass": "deploy", "mass": "deploy", "station": "deploy",
    "gather": "deploy", "concentrate": "deploy", "send": "deploy", "position": "deploy",
    "injure": "injure", "wound": "injure", "hurt": "injure",
    "displace": "displace", "flee": "displace", "evacuate": "displace",
    "arrest": "arrest", "detain": "arrest", "jail": "arrest",
    "give": "give", "provide": "give", "pledge": "give", "send_aid": "give", "allocate": "give",
    "approve": "give", "commit": "give", "donate": "give",
    "spend": "spend", "cost": "spend", "pay": "spend",
    "meet": "meet", "hold": "meet", "speak": "speak", "talk": "speak", "call": "speak",
    "seize": "seize", "annex": "seize", "occupy": "seize", "capture": "seize",
}
_VERBISH = re.compile(r"\b[a-z]{3,}(?:ed|en)\b|\b(?:" + "|".join(sorted(
    {"killed", "died", "dead", "spoke", "met", "held", "seized", "sent", "gave", "fled", "lost",
     "paid", "spent", "took", "deploys", "deploy", "kill", "kills", "says"}, key=len, reverse=True
)) + r")\b")

_TITLES = {
    "president", "vice", "prime", "minister", "deputy", "foreign", "defense", "defence", "secretary",
    "state", "chancellor", "mr", "mrs", "ms", "dr", "gen", "general", "sen", "senator", "rep",
    "representative", "ambassador", "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "national", "security", "chief", "leader", "king", "queen", "prince", "pope",
    "governor", "mayor", "former", "u.s.", "russian", "ukrainian", "american", "british", "french",
    "german", "chinese", "premier", "commander", "head", "director", "envoy", "official",
    "officials", "presidents", "ministers", "leaders", "secretaries", "chancellors",
}
_ALIASES = {
    "us": "united states", "u.s": "united states", "u.s.": "united states", "usa": "united states",
    "u.s.a.": "united states", "america": "united states", "uk": "united kingdom",
    "u.k.": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
    "eu": "european union", "e.u.": "european union", "un": "united nations",
    "u.n.": "united nations",
}
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "it", "its", "this", "that",
    "these", "those", "he", "she", "they", "we", "i", "you", "there", "as", "for", "with", "by",
    "from", "to", "of", "after", "before", "when", "while", "yet", "still", "so", "then", "also",
    "however", "meanwhile", "last", "next", "this", "mr.", "mrs.", "ms.", "dr.", "one", "two",
    "what", "why", "how", "who", "where", "not", "no", "all", "some", "many", "most", "such",
    "his", "her", "their", "our", "my", "your", "our", "both", "each", "every", "even", "only",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
}
_NAME = re.compile(
    r"(?:[A-Z][\w'’.]*(?:-[A-Z]?[\w'’]+)*|U\.S\.|U\.K\.|E\.U\.|U\.N\.)"
    r"(?:\s+(?:of\s+|for\s+|and\s+(?=[A-Z][a-z]+\s+(?:Council|Union|Organization|Cooperation)))?"
    r"(?:[A-Z][\w'’.]*(?:-[A-Z]?[\w'’]+)*))*"
)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|from|to|outside|inside|into)\s+$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Zelenskyy" vs "ZELENSKYY")."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", ascii_.replace("’", "'").lower()).strip(" .'")


def _names(sentence: str, offset: int, fact: tuple[int, int]) -> tuple[list[str], list[str]]:
    participants: list[str] = []
    places: list[str] = []
    for m in _NAME.finditer(sentence):
        raw = m.group()
        tokens = raw.split()
        # Drop a capitalised sentence opener or title words at the front.
        while tokens and (tokens[0].lower().rstrip(",") in _NOT_NAMES
                          or tokens[0].lower().rstrip(",") in STOPWORDS
                          or tokens[0].lower().rstrip(".,") in _TITLES):
            tokens = tokens[1:]
        while tokens and tokens[-1].lower().rstrip(",.'’s") in ("of", "for", "and"):
            tokens = tokens[:-1]
        if not tokens:
            continue
        name = " ".join(tokens).rstrip(",.:;")
        name = re.sub(r"['’]s$", "", name)
        folded = fold(name)
        folded = _ALIASES.get(folded, folded)
        if len(folded) < 2 or folded in _NOT_NAMES:
            continue
        absolute = offset + m.start()
        if absolute >= fact[0] and absolute < fact[1]:
            continue  # a month inside the fact itself
        before = sentence[max(0, m.start() - 12):m.start()]
        target = places if _PLACE_PREPOSITION.search(before) else participants
        if folded not in target:
            target.append(folded)
    return participants, places


def _nearest_event(sentence: str, offset: int, fact: tuple[int, int]) -> tuple[str | None, str | None]:
    best: tuple[int, str, str | None] | None = None
    modality: str | None = None
    for m in _EVENT_RE.finditer(sentence):
        index = int(m.lastgroup[1:])  # type: ignore[index]
        _, event, mod = _EVENTS[index]
        s = offset + m.start()
        if fact[0] <= s < fact[1] and event not in ("call", "press conference", "summit", "talks"):
            continue
        distance = 0 if fact[0] <= s < fact[1] else min(abs(s - fact[1]), abs(fact[0] - (offset + m.end())))
        # Specific events beat generic ones nearby ("call" over "meeting").
        weight = distance + (40 if event in ("meeting", "publication", "conflict", "aid", "deployment") else 0)
        if mod is not None and modality is None:
            modality = mod
        if best is None or weight < best[0]:
            best = (weight, event, mod)
    if best is None:
        return None, None
    return best[1], best[2] or modality


def _predicate(sentence: str, offset: int, fact: tuple[int, int]) -> str | None:
    best: tuple[int, str] | None = None
    for m in _VERBISH.finditer(sentence):
        s = offset + m.start()
        if fact[0] <= s < fact[1]:
            continue
        stem = verb_stem(m.group())
        if stem in ("say", "tell", "report", "add", "note", "state"):
            continue
        distance = fact[0] - (offset + m.end()) if s < fact[0] else (s - fact[1]) * 2
        if best is None or distance < best[0]:
            best = (distance, stem)
    if best is None:
        return None
    return _PREDICATE_CLASSES.get(best[1], best[1])


def terms(sentence: str) -> tuple[str, ...]:
    """Content-word lemmas of a sentence, in order, without repeats."""
    seen: dict[str, None] = {}
    for m in _WORD.finditer(sentence):
        w = m.group().lower().strip("'’-")
        if len(w) < 3 or w in STOPWORDS:
            continue
        seen.setdefault(lemma(w), None)
    return tuple(seen)[:40]


def describe(text: str, sentence: Span, fact: tuple[int, int], noun: str | None,
             window: Span | None = None) -> About:
    """The cues of a fact at ``fact`` (start, end) inside ``sentence``.

    ``window`` narrows the names, event and predicate to the part of the
    sentence that belongs to this fact when the sentence states several facts
    of one kind ("Geneva on January 9-10 and ... Brussels on January 12"):
    without it, every date of the sentence would carry every place.
    """
    body = text[sentence.start:sentence.end]
    local = window or sentence
    part = text[local.start:local.end]
    participants, places = _names(part, local.start, fact)
    event, modality = _nearest_event(part, local.start, fact)
    return About(
        noun=noun,
        predicate=_predicate(part, local.start, fact),
        event=event,
        participants=tuple(participants),
        places=tuple(places),
        modality=modality,
        terms=terms(body),
    )
