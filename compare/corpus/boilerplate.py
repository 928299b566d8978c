"""Boilerplate: lines of an article a fact-checker must not compare.

``find_boilerplate`` marks, line by line, text a fact-checker must not
compare: site chrome ("Skip to content", "Share", "Advertisement", menus),
lines printed twice (captions), photo credits, bylines, author bios,
newsletter/subscribe/cookie/copyright blurbs, and the trailer after an
author bio or an "About the author"/"Related" heading near the end.  The
rules are deliberately narrow: a line wrongly marked hides a real fact,
so each rule needs a strong cue (an exact chrome phrase, a verbatim
repeat, "By <Name>", "<Name> is a correspondent ...", a call to action
addressed to the reader) and body prose never qualifies.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from compare.model import Span


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped of surrounding whitespace
    key: str  # lower case, list/heading markers and trailing punctuation removed
    words: int


_LINE = re.compile(r"[^\r\n]+")
_MARKERS = "#>*-+•·▪◦–—([ \t\u00a0"
_QUOTES = frozenset('"“”«»„')
_TERMINAL = tuple('.!?"”’»)')


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(p.split()) for p in text.split("|"))


_CHROME_PHRASES = _phrases(
    """accessibility links|accessibility help|breaking news|breaking|skip to content
    |skip to main content|jump to content|main menu|menu|navigation|search|advertisement
    |advertising|sponsored|sponsored content|ad|share|share this|share this article
    |share this story|share article|share page|copy link|copy link to clipboard|print
    |print this page|email|tweet|comments|show comments|leave a comment|related
    |related articles|related stories|related content|related coverage|related topics
    |related news|more stories|more from|more news|more on this story|most read|most popular
    |most viewed|recommended|recommended for you|you may also like|you might also like
    |read next|read more|trending|trending now|blog archive|further reading|see also
    |about the author|about the authors|about this newsletter|about the newsletter
    |newsletter|sign up|subscribe|subscribe now|log in|login|sign in|register|back to top
    |next article|previous article|next story|previous story|listen to this article
    |listen|watch|play video|image|photo|video|gallery|close|toggle navigation
    |cookie settings|accept cookies|accept all cookies|manage cookies|follow us
    |image source|image caption|media caption|getty images|editor's picks|top stories"""
)
_CHROME_WORDS = frozenset(
    "share tweet email e-mail print facebook twitter x linkedin whatsapp reddit pinterest "
    "telegram flipboard messenger copy link comment comments save bookmark menu search close "
    "home subscribe login log sign in out register advertisement advertising sponsored listen "
    "watch gallery image photo video more next previous back top".split()
)
_CHROME_LINE = re.compile(
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article|menu)"
    r"|\d+\s*[x×:]\s*\d+\s+(?:image|photo|video)"
    r"|share (?:this |the )?(?:article |story |page |post )?(?:on|via|to|with) \w+(?: \w+)?"
    r"|\d+\s*-?\s*min(?:ute)?s?\.? read"
    r"|(?:estimated )?read(?:ing)? time:?\s*\d+\s*(?:min(?:ute)?s?)?"
    r"|listen(?: to (?:this|the) (?:article|story))?\s*\(?\d+(?::\d+)?\s*(?:min(?:ute)?s?)?\)?"
    r"|comments?\s*\(?\d+\)?"
    r"|(?:image|photo|video|slide) \d+ of \d+"
    r"|follow (?:us )?on \w+(?:(?:,| and) \w+)*"
)
_MENU_SEPARATORS = re.compile(r"\s*[|•·»›]\s*")
_CREDIT = re.compile(
    r"(?:(?:ap|afp|reuters|epa|getty|file)\s+)?"
    r"(?:(?:photo(?:graph)?|image|illustration|picture|graphic|video|photo credit|image credit"
    r"|picture credit|credit)s?\s*(?:by\b|:|/|©|credit\b|courtesy\b)|courtesy of\b)"
)
_CREDIT_END = re.compile(
    r"(?:\([^()]{0,60}\b(?:photo(?:graph)?|image|illustration|picture)s?\b[^()]{0,80}\)"
    r"|\([^()]{0,80}(?:getty images|/reuters|/afp|/ap|/epa|via ap|via reuters)\)"
    r"|(?:^|[.!?]\s+)(?:photo(?:graph)?|image|picture|illustration)s?\s*(?:by\b|:|credit\b)"
    r"[^.!?]{1,80})\s*$"
)
_CREDIT_WORDS = ("photo", "image", "picture", "illustration")
_BYLINE = re.compile(r"(?:By|BY|by)\s+(?=[A-ZÀ-Þ])(?P<rest>.+)")
_BYLINE_WORDS = frozenset(
    "and & of the de da di du van von der den la le bin al staff reporter reporters "
    "correspondent correspondents writer writers editor editors in for special to senior chief "
    "bureau contributor contributors news agency service wire with a.m. p.m. am pm updated "
    "published et gmt utc".split()
)
_CREDIT_LINE = re.compile(
    r"(?:additional |writing and )?(?:reporting|writing|editing|research|compiled|edited"
    r"|written|words|story|text)(?: and \w+)? by\s+[a-zà-þ]"
    r"|.{0,120}\bcontributed (?:reporting|to this (?:report|story|article))"
    r"|(?:author|authors|byline)\s*:"
)
_NAME = (
    r"(?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|da|van|von|der|den|bin|al|la|le)\s+)?){0,4}"
    r"[A-ZÀ-Þ][\w'’-]+"
)
_BIO = re.compile(
    rf"(?P<name>{_NAME}),?\s+(?:"
    r"(?:is|was|has been|serves as|works as)\s+(?:a|an|the)\s+(?:[\w'’./&-]+\s+){0,8}?"
    r"(?:correspondent|reporter|journalist|writer|editor|columnist|contributor"
    r"|professor|lecturer|fellow|researcher|analyst|author|commentator|blogger|freelancer"
    r"|photographer|photojournalist|intern|scholar)s?\b"
    r"|(?:writes|covers|reports) (?:about|on|for)\b)"
)
_NOT_NAMES = frozenset(
    "The This That These Those A An It He She They We His Her Its Their Our In On At".split()
)
_BIO_MAX_WORDS = 100
_SPEECH = re.compile(r"\b(?:said|says|told)\b")
_CTA_START = re.compile(
    r"(?:sign up\b|subscribe\b|read (?:more|also|next)\b|also read\b|see also\b|more\s*:"
    r"|related(?: \w+)?\s*:|(?:tags|topics|filed under|categories|more on|more about)\s*:"
    r"|click here\b|follow us\b|get our\b|download (?:our|the) (?:app|newsletter)|join our\b"
    r"|support (?:our|independent) journalism|become a (?:member|subscriber)"
    r"|already a subscriber|listen to (?:this|the) (?:article|story|podcast)|watch\s*:"
    r"|we use cookies|this (?:site|website) uses cookies|by (?:clicking|continuing to use)"
    r"|please enable javascript|copyright\s*(?:©|\(c\))?\s*\d{4}|copyright\s*(?:©|\(c\))"
    r"|©|\(c\)\s*\d{4}|all rights reserved|have a (?:news )?tip|got a (?:news )?tip)"
)
# Reader-directed phrases that never occur in reporting, and weaker ones that
# count only in a sentence addressed to the reader ("you", "our", "please").
_CTA_STRONG = re.compile(r"\b(?:click here|tap here|all rights reserved)\b")
_CTA_WEAK = re.compile(
    r"\b(?:sign up|subscribe|newsletter|inbox|in-box|e-?mail address|cookies|follow us|podcast"
    r"|app store|google play|privacy policy|terms of (?:use|service))\b"
)
# Substrings every phrase above contains: a cheap filter before the regexes.
_CTA_HINTS = (
    "here",
    "reserved",
    "sign",
    "subscri",
    "newsletter",
    "inbox",
    "in-box",
    "mail",
    "cookie",
    "follow",
    "podcast",
    "app store",
    "google play",
    "privacy",
    "terms of",
)
# Case-sensitive "us" so that "US officials" is not read as addressing the reader.
_READER = re.compile(r"\b(?:[Yy]ou(?:r|'re|'ll|’re|’ll)?|[Oo]ur|us|[Pp]lease)\b")
_DATELINE = re.compile(
    r"(?:published|updated|last updated|posted|first published|last modified|modified)"
    r"(?: on)?\s*:?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
    r"|fri|sat|sun|yesterday|today)"
)
# Headings after which, near the end of a page, only links to other pages follow.
_LINK_HEADINGS = _phrases(
    """related|related articles|related stories|related content|related coverage|related news
    |more stories|more from|more news|most read|most popular|most viewed|recommended
    |recommended for you|you may also like|you might also like|read next|trending
    |trending now|blog archive|further reading|top stories|editor's picks|see also"""
)
# Headings that open the page's trailer: the article has ended.
_END_HEADINGS = frozenset(
    [
        "about the author",
        "about the authors",
        "about this newsletter",
        "about the newsletter",
        "about us",
        "newsletter",
        "comments",
    ]
)
_TRAILER_MAX_WORDS = 60
# No phrase rule applies to a line longer than this.
_KEYED_MAX_WORDS = 60
_HEADLINE_MAX_WORDS = 20


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        words = len(stripped.split())
        # Only short lines are matched against phrases; body paragraphs skip the work.
        key = (
            " ".join(stripped.lstrip(_MARKERS).rstrip(" :.|").lower().split())
            if words <= _KEYED_MAX_WORDS
            else ""
        )
        lines.append(_Line(start, start + len(stripped), stripped, key, words))
    return lines


def _is_menu(key: str) -> bool:
    items = _MENU_SEPARATORS.split(key)
    return len(items) >= 3 and all(
        item and len(item.split()) <= 3 and not any(c.isdigit() for c in item) for item in items
    )


def _is_chrome(line: _Line) -> bool:
    key = line.key
    if key in _CHROME_PHRASES or _CHROME_LINE.fullmatch(key):
        return True
    if line.words <= 8:
        tokens = [t.strip(".,:;!?()[]") for t in key.replace("|", " ").split()]
        if tokens and all(t in _CHROME_WORDS for t in tokens if t):
            return True
    return line.words <= 30 and _is_menu(key)


def _is_byline(line: _Line) -> bool:
    if line.words > 25:
        return False
    if _CREDIT_LINE.match(line.key):
        return True
    match = _BYLINE.match(line.text.lstrip(_MARKERS))
    if not match or line.words > 15:
        return False
    rest = _MENU_SEPARATORS.split(match["rest"])[0]
    tokens = [t.strip(".,;:()") for t in rest.split()]
    return all(not t or t[0].isupper() or t[0].isdigit() or t.lower() in _BYLINE_WORDS for t in tokens)


def _is_credit(line: _Line) -> bool:
    key = line.key
    if line.words <= 20 and _CREDIT.match(key):
        return True
    # The substring test is a cheap filter before the regex search.
    return (key.endswith(")") or any(w in key for w in _CREDIT_WORDS)) and (
        _CREDIT_END.search(key) is not None
    )


def _is_dateline(line: _Line) -> bool:
    """ "Updated: Jan. 10, 2022 10:07 a.m. ET", not "Published today, the report says..." """
    text = line.text.lower()
    return (
        line.words <= 12
        and _DATELINE.match(line.key) is not None
        and (not text.endswith(".") or text.endswith(("a.m.", "p.m.")))
    )


def _is_call_to_action(line: _Line) -> bool:
    key = line.key
    if not key or _SPEECH.search(key):
        # Reported speech is reporting, whatever words it uses.
        return False
    if _CTA_START.match(key):
        return True
    if line.words > 50 or not any(w in key for w in _CTA_HINTS):
        return False
    if _CTA_STRONG.search(key):
        return True
    return (
        _CTA_WEAK.search(key) is not None
        and _READER.search(line.text) is not None
        and not (_QUOTES & set(line.text))
    )


def _bio_name(line: _Line, tail_start: int) -> str | None:
    """The person a short author bio near the end is about, if the line is one."""
    if line.start < tail_start or line.words > _BIO_MAX_WORDS:
        return None
    match = _BIO.match(line.text[:300])
    if not match or _QUOTES & set(line.text) or _SPEECH.search(line.text):
        return None
    name = match["name"]
    # A person's full name, not "Russia is a major producer..." or "The Kremlin is the author".
    tokens = name.split()
    if len(tokens) < 2 or tokens[0] in _NOT_NAMES:
        return None
    return name


def _scan(text: str) -> tuple[list[_Line], set[int]]:
    """Non-blank lines of ``text`` and the indexes of those that are boilerplate."""
    lines = _lines(text)
    marked: set[int] = set()
    repeats = Counter(line.text for line in lines if line.words >= 2)
    # Bios and trailers only count in the last 40% of the text.
    tail_start = int(len(text) * 0.6)
    end_markers: list[tuple[int, bool]] = []  # (index, only links may follow)

    for i, line in enumerate(lines):
        if (
            repeats[line.text] > 1
            or _is_chrome(line)
            or _is_credit(line)
            or _is_byline(line)
            or _is_call_to_action(line)
            or _is_dateline(line)
        ):
            marked.add(i)
        name = _bio_name(line, tail_start)
        if name is not None:
            marked.add(i)
            end_markers.append((i, False))
            # The author's name printed on its own just above the bio.
            for j in range(i - 1, max(i - 3, -1), -1):
                if lines[j].text.strip(" .:") == name:
                    marked.add(j)
                    break
        elif line.start >= tail_start and line.words <= 6:
            if line.key in _END_HEADINGS:
                end_markers.append((i, False))
            elif line.key in _LINK_HEADINGS:
                end_markers.append((i, True))

    # A trailer: after a bio or an end heading near the end, everything else
    # is short page furniture (newsletter blurbs, disclaimers, link lists). A
    # single long paragraph after it means the article goes on: mark nothing.
    for index, links_only in end_markers:
        rest = [j for j in range(index + 1, len(lines)) if j not in marked]
        if links_only:
            fits = all(
                lines[j].words <= _HEADLINE_MAX_WORDS and not lines[j].text.endswith(_TERMINAL) for j in rest
            )
        else:
            fits = all(lines[j].words <= _TRAILER_MAX_WORDS for j in rest)
        if fits:
            marked.update(range(index, len(lines)))
            break
    return lines, marked


def _spans(lines: list[_Line], marked: set[int]) -> tuple[Span, ...]:
    spans: list[Span] = []
    previous = -2
    for i in sorted(marked):
        if i == previous + 1 and spans:
            spans[-1] = Span(spans[-1].start, lines[i].end)
        else:
            spans.append(Span(lines[i].start, lines[i].end))
        previous = i
    return tuple(spans)


def find_boilerplate(text: str) -> tuple[Span, ...]:
    """Character ranges of ``text`` that are page furniture rather than reporting.

    Works line by line; consecutive boilerplate lines are merged into one span
    (the newlines between them included).  Spans never cover a line only
    partly, so ``text[span.start:span.end]`` is always whole lines.
    """
    return _spans(*_scan(text))
