"""Layout: line breaks that wrap a sentence, told apart from those that end one.

Text copied from print, e-mail or fixed-width pages breaks its lines inside
phrases ("More than\\n1,000 people were injured", "The death\\ntoll has risen
to 160 and\\ncould climb").  A reader joins such lines; the extractors read
clauses, qualifiers and counted nouns up to a line break.  ``flowed`` gives a
copy of the text of the *same length* in which every wrapping break is a space,
so that every offset found on the copy is an offset of the source, and a fact's
excerpt is still sliced from the source (line break included).

A break wraps a sentence when the line before it is running text (it holds a
lower-case word of three letters or more, which title-case headlines and
datelines do not) that does not end a sentence (".", "!", "?", ":", ";", a
closing quote or bracket), and the line after it starts with a lower-case
word, or with a figure after a word that cannot end a sentence ("than", "of",
"at": ``words.toml`` stopwords) or a comma.  A headline before a capitalised or
numeric dateline ("Death toll tops 1,000 in Bangladesh factory collapse\nDHAKA",
"... killing mother and sister\n8 : 56am Monday"), a bullet, a numbered item
and a paragraph break stay breaks.
"""

from __future__ import annotations

import re

from compare.lang import Lexicon
from compare.words import morphology

# A break with the white space around it; group "next" is the first character
# of the following line (never a second break: that is a paragraph).
_BREAK = re.compile(r"[^\S\n]*\r?\n[^\S\n]*(?=(?P<next>[^\s]))")
# The last word of the line before a break, and how that line ends.
_LAST_WORD = re.compile(r"([A-Za-z][a-z'’]*)[^\S\n]*\r?$")
# A word of running text: lower case, three letters or more ("toll", "than"); a
# title-case headline ("Two Counts Of Murder") or a dateline ("September 16 ,
# 2013 9 : 36 am") has none.
_RUNNING_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’])")
_DATELINE_START = re.compile(r"[a-z]+[^\S\n]+[A-Z0-9]")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)][^\S\n]")
_ENDS_SENTENCE = frozenset(".!?:;\"”’)]»•|")


def _line_end(text: str, newline: int) -> int:
    """Where the white space before the line break at ``newline`` starts."""
    p = newline
    while p > 0 and text[p - 1] in " \t\r\u00a0":
        p -= 1
    return p


def flowed(text: str, lex: Lexicon | None = None) -> str:
    """``text`` with every line break that wraps a sentence made a space; same length, same offsets.

    The words that cannot end a sentence before a figure on the next line are
    the stopwords of ``lex`` (English when None): "More than\n1,000 people".
    """
    if "\n" not in text:
        return text
    stopwords = morphology(lex).stopwords
    pieces: list[str] = []
    done = 0
    newline = text.find("\n")
    while newline != -1:
        m = _BREAK.match(text, _line_end(text, newline))
        newline = text.find("\n", newline + 1)
        if m is None or m.end() <= done:
            continue  # a blank line or the end of the text after it
        start = m.start()
        if start == 0 or text[start - 1] == "\n":
            continue  # a blank line before: a paragraph break
        before = text[start - 1]
        if before in _ENDS_SENTENCE or not (before.isalnum() or before in ",-\u2013\u2014"):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if _RUNNING_WORD.search(text, line_start, start) is None:
            continue  # a title-case headline, a dateline, a time: no running text to wrap
        nxt = m.group("next")
        # (not "... Shoots Co - workers\non September 10th , 2010": a dateline's word before a name or date)
        wraps = nxt.islower() and _DATELINE_START.match(text, m.end()) is None
        if nxt.isdigit() and not _NUMBERED_ITEM.match(text, m.end()):
            # "More than\n1,000 people", "killing at least\n10": only after a word that
            # cannot end a sentence (a headline before "8 : 56am Monday" stays one).
            last = _LAST_WORD.search(text, max(line_start, start - 24), start)
            wraps = before == "," or (last is not None and last.group(1) in stopwords)
        if not wraps:
            continue
        pieces.append(text[done:start])
        pieces.append(re.sub(r"[\r\n]", " ", m.group()))
        done = m.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
