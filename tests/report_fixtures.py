"""Synthetic reports for the rendering tests and benchmark.

Built by hand (Documents with text, Facts whose offsets are computed here,
Findings with every verdict), so the renderer is tested without depending on
extraction or alignment.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re

from compare.echoes import find_echoes
from compare.model import (
    About,
    DateValue,
    Document,
    Fact,
    Finding,
    Quantity,
    Report,
    Skipped,
    Span,
    Value,
    Verdict,
)

STORY = "Geneva ceasefire talks"

TEXT_A = (
    "Negotiators from both sides met in Geneva on March 10 for talks that lasted about seven "
    "hours, the longest session since the war began. Officials said more than 12,000 people had "
    "been displaced from the border region since January. A second round is scheduled for "
    "March 14 in Vienna, according to two diplomats. \u201cThe door to peace is open, but it is "
    "not yet wide enough for both delegations to walk through together,\u201d the chief mediator "
    "told reporters after the session. The humanitarian fund now stands at $2.5 billion."
)
TEXT_B = (
    "The talks in Geneva on March 10 lasted eight hours, officials said. About 12,000 people "
    "have been displaced since January, according to the United Nations refugee agency. "
    "\u201cThe door to peace is open, but it is not yet wide enough for both delegations to walk "
    "through together,\u201d the chief mediator told reporters. Diplomats expect the second round "
    "to start on March 12 in Vienna."
)
TEXT_C = (
    "Negotiators met in Geneva on Friday, March 10, the first direct talks in a year. More than "
    "12,000 people have fled the border region since January, the refugee agency said. The "
    "mediator said 40 percent of the prisoners could be exchanged within weeks."
)
TEXT_D = (
    "Officials said more than 12,000 people had been displaced from the border region since "
    "January. The humanitarian fund stands at $2.5 billion, donors said on Thursday."
)

HOSTILE_OUTLET = "<script>alert('outlet')</script>"
HOSTILE_TITLE = '<img src=x onerror="alert(1)">'
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_TEXT = (
    "The <script>alert('text')</script> report & its <b>sources</b> said 300 troops crossed the "
    "river on May 2."
)


def sentence_span(text: str, start: int, end: int) -> Span:
    """The sentence around ``[start, end)``: from after the previous ". " to the next one."""
    head = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    s = head + 2 if head != -1 else 0
    tail = text.find(". ", end)
    e = tail + 1 if tail != -1 else len(text)
    return Span(s, e)


def document(
    doc_id: str,
    outlet: str,
    text: str,
    *,
    published: dt.date | None,
    title: str = "",
    url: str | None = None,
    author: str | None = None,
    story: str = STORY,
) -> Document:
    return Document(
        id=doc_id,
        path=f"corpus/{doc_id}.txt",
        text=text,
        outlet=outlet,
        title=title or f"{outlet} on the talks",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        story=story,
        published=published,
        author=author,
        url=url,
    )


def fact(
    doc: Document,
    needle: str,
    kind: str,
    value: Value,
    *,
    nth: int = 0,
    noun: str | None = None,
    event: str | None = None,
    fact_id: str | None = None,
) -> Fact:
    """A fact on the ``nth`` occurrence of ``needle`` in ``doc`` (offsets computed here)."""
    starts = [m.start() for m in re.finditer(re.escape(needle), doc.text)]
    start = starts[nth]
    end = start + len(needle)
    return Fact(
        id=fact_id or f"{doc.id}:{start}-{end}",
        doc=doc.id,
        start=start,
        end=end,
        text=needle,
        kind=kind,  # type: ignore[arg-type]
        value=value,
        about=About(noun=noun, event=event),
        sentence=sentence_span(doc.text, start, end),
    )


def day(y: int, m: int, d: int) -> DateValue:
    return DateValue(dt.date(y, m, d), dt.date(y, m, d), "day", "absolute")


def qty(stated: float | None, low: float | None, high: float | None, unit: str,
        qualifier: str = "exact") -> Quantity:
    return Quantity(stated, low, high, unit, qualifier)  # type: ignore[arg-type]


def geneva_report(*, skipped: bool = True) -> Report:
    """A small, realistic story: four outlets, five findings, every verdict."""
    a = document("herald-1", "Northern Herald", TEXT_A, published=dt.date(2023, 3, 14),
                 title="Geneva talks end without a deal", url="https://herald.example/geneva-talks",
                 author="Ana Petrova")
    b = document("coastal", "Coastal Times", TEXT_B, published=dt.date(2023, 3, 15),
                 title="Eight hours in Geneva", url="https://coastal.example/news/1?ref=a&b=<c>")
    c = document("wire", "Wire Daily", TEXT_C, published=dt.date(2023, 3, 11),
                 title="Direct talks resume", url="http://wire.example/a")
    d = document("herald-2", "Northern Herald", TEXT_D, published=dt.date(2023, 3, 16),
                 title="Donors pledge more", url="ftp://herald.example/donors")
    hours = 3600
    f = {
        "a_dur": fact(a, "about seven hours", "duration",
                      qty(7 * hours, 6.5 * hours, 7.5 * hours, "s", "about"), event="talks"),
        "b_dur": fact(b, "eight hours", "duration", qty(8 * hours, 8 * hours, 8 * hours, "s"),
                      event="talks"),
        "a_next": fact(a, "March 14", "date", day(2023, 3, 14), event="second round"),
        "b_next": fact(b, "March 12", "date", day(2023, 3, 12), event="second round"),
        "a_disp": fact(a, "more than 12,000 people", "count",
                       qty(12000, 12000, None, "person", "more-than"), noun="person"),
        "b_disp": fact(b, "About 12,000 people", "count",
                       qty(12000, 11000, 13000, "person", "about"), noun="person"),
        "c_disp": fact(c, "More than 12,000 people", "count",
                       qty(12000, 12000, None, "person", "more-than"), noun="person"),
        "d_disp": fact(d, "more than 12,000 people", "count",
                       qty(12000, 12000, None, "person", "more-than"), noun="person"),
        "a_met": fact(a, "March 10", "date", day(2023, 3, 10), event="talks"),
        "b_met": fact(b, "March 10", "date", day(2023, 3, 10), event="talks"),
        "c_met": fact(c, "March 10", "date", day(2023, 3, 10), event="talks"),
        "a_fund": fact(a, "$2.5 billion", "money", qty(2.5e9, 2.5e9, 2.5e9, "USD"), noun="fund"),
        "d_fund": fact(d, "$2.5 billion", "money", qty(2.5e9, 2.5e9, 2.5e9, "USD"), noun="fund"),
        "c_pct": fact(c, "40 percent", "percent", qty(40, 40, 40, "%"), noun="prisoner"),
        "d_thu": fact(d, "Thursday", "date", day(2023, 3, 16), event="pledge"),
    }
    findings = (
        Finding("f-next", STORY, "date", "Second round of talks (Vienna)", Verdict.CONFLICT,
                (f["a_next"].id, f["b_next"].id),
                "Northern Herald says March 14; Coastal Times says March 12 \u2014 the dates "
                "cannot both hold.", ("Vienna", "second round")),
        Finding("f-dur", STORY, "duration", "Length of the Geneva talks", Verdict.CONFLICT,
                (f["a_dur"].id, f["b_dur"].id),
                "Northern Herald says about seven hours; Coastal Times says eight hours \u2014 "
                "the durations do not overlap.", ("Geneva", "talks")),
        Finding("f-disp", STORY, "count", "People displaced from the border region",
                Verdict.COMPATIBLE,
                (f["a_disp"].id, f["b_disp"].id, f["c_disp"].id, f["d_disp"].id),
                "Coastal Times says about 12,000; Northern Herald and Wire Daily say more than "
                "12,000 \u2014 the estimates overlap but differ in precision.",
                ("displaced", "person")),
        Finding("f-met", STORY, "date", "Geneva talks", Verdict.AGREE,
                (f["a_met"].id, f["b_met"].id, f["c_met"].id),
                "Northern Herald, Coastal Times and Wire Daily all say March 10.", ("Geneva",)),
        Finding("f-fund", STORY, "money", "Humanitarian fund", Verdict.AGREE,
                (f["a_fund"].id, f["d_fund"].id),
                "Both Northern Herald articles say $2.5 billion.", ("fund",)),
        Finding("f-pct", STORY, "percent", "Prisoners who could be exchanged",
                Verdict.SINGLE_SOURCE, (f["c_pct"].id,), "Only Wire Daily reports this.", ()),
        Finding("f-thu", STORY, "date", "Donor pledge", Verdict.SINGLE_SOURCE, (f["d_thu"].id,),
                "Only Northern Herald reports this.", ()),
    )
    return Report(
        documents=(a, b, c, d),
        facts=tuple(f.values()),
        findings=findings,
        skipped=(Skipped("corpus/empty.txt", "empty file"),) if skipped else (),
        echoes=find_echoes((a, b, c, d)),  # as the pipeline does
    )


def hostile_report() -> Report:
    """Every field a manifest or article controls carries markup or a script URL."""
    evil = document("evil", HOSTILE_OUTLET, HOSTILE_TEXT, published=dt.date(2023, 5, 3),
                    title=HOSTILE_TITLE, url=HOSTILE_URL, author="<i>Mallory</i>")
    plain = document("plain", "Plain Post", "About 300 troops crossed the river on May 2, "
                     "officials said.", published=dt.date(2023, 5, 3),
                     url="https://plain.example/story")
    f1 = fact(evil, "300 troops", "count", qty(300, 300, 300, "troop"), noun="troop")
    f2 = fact(plain, "About 300 troops", "count", qty(300, 270, 330, "troop", "about"),
              noun="troop")
    f3 = fact(evil, "May 2", "date", day(2023, 5, 2), event="crossing")
    f4 = fact(plain, "May 2", "date", day(2023, 5, 2), event="crossing")
    findings = (
        Finding("<x>", STORY, "count", "<b>troops</b> crossing", Verdict.COMPATIBLE,
                (f1.id, f2.id), "</script><script>alert('explanation')</script>",
                ("<svg onload=alert(1)>",)),
        Finding("y", STORY, "date", "crossing <date>", Verdict.AGREE, (f3.id, f4.id),
                "Both say May 2.", ()),
    )
    return Report(
        documents=(evil, plain),
        facts=(f1, f2, f3, f4),
        findings=findings,
        skipped=(Skipped("<bad>.txt", "not UTF-8 <script>"),),
    )


_OUTLETS = ("Northern Herald", "Coastal Times", "Wire Daily", "Capital Post", "Evening Star",
            "Harbour News", "Mountain Gazette", "River Review", "Daily Ledger", "Plains Courier")
_SUBJECTS = ("troops", "people", "refugees", "tanks", "soldiers", "civilians", "vehicles")
_EVENTS = ("talks", "summit", "meeting", "press conference", "ceasefire", "exchange", "vote")


def synthetic_report(findings: int = 500, outlets: int = 8, stories: int = 4,
                     seed: int = 7) -> Report:
    """A large report for the benchmark: ``findings`` multi-source findings over
    ``stories`` stories, plus some single-source ones, with a mix of verdicts."""
    rng = random.Random(seed)
    per_story = -(-findings // stories)
    docs: list[Document] = []
    facts: list[Fact] = []
    out: list[Finding] = []
    made = 0
    for s in range(stories):
        story = f"Story {s + 1}: border crisis, week {s + 1}"
        sentences: dict[int, list[str]] = {o: [] for o in range(outlets)}
        planned: list[tuple[str, list[tuple[int, str, str, Value]], Verdict]] = []
        for i in range(per_story + per_story // 4):
            single = i >= per_story
            if not single and made >= findings:
                break
            kind = rng.choice(("count", "date", "duration", "money"))
            members = [0] if single else sorted(rng.sample(range(outlets), rng.randint(2, 5)))
            verdict = Verdict.SINGLE_SOURCE if single else rng.choice(
                (Verdict.CONFLICT, Verdict.COMPATIBLE, Verdict.AGREE, Verdict.AGREE))
            event = rng.choice(_EVENTS)
            subject = rng.choice(_SUBJECTS)
            base = rng.randint(2, 90) * 1000
            date = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 80))
            entries: list[tuple[int, str, str, Value]] = []
            for k, o in enumerate(members):
                odd = verdict is Verdict.CONFLICT and k == len(members) - 1
                # Outlets word things their own way; now and then two share a wording.
                style = (o + i) % 3
                if kind == "count":
                    n = base + (base // 2 if odd else 0)
                    phrase = f"about {n:,} {subject}" if verdict is Verdict.COMPATIBLE and k else \
                        f"{n:,} {subject}"
                    value: Value = qty(n, n * 0.9 if "about" in phrase else n,
                                       n * 1.1 if "about" in phrase else n, subject[:-1],
                                       "about" if "about" in phrase else "exact")
                    sentence = (
                        f"Officials said {phrase} were involved in the {event} near sector {i}.",
                        f"According to local sources, the {event} in sector {i} drew {phrase}.",
                        f"In sector {i}, {phrase} took part in what observers called a {event}.",
                    )[style]
                elif kind == "date":
                    d = date + dt.timedelta(days=2 if odd else 0)
                    phrase = f"{d:%B} {d.day}"
                    value = day(d.year, d.month, d.day)
                    sentence = (
                        f"The {event} in sector {i} took place on {phrase}, diplomats said.",
                        f"Diplomats confirmed that on {phrase} the sector {i} {event} went ahead.",
                        f"On {phrase}, delegates gathered for the {event} concerning sector {i}.",
                    )[style]
                elif kind == "duration":
                    h = (base // 10000) % 9 + 1 + (1 if odd else 0)
                    phrase = f"{h} hours"
                    value = qty(h * 3600, h * 3600, h * 3600, "s")
                    sentence = (
                        f"The {event} in sector {i} lasted {phrase}, a spokesman said.",
                        f"After {phrase} of discussion, the sector {i} {event} ended.",
                        f"Witnesses said the {event} over sector {i} went on for {phrase}.",
                    )[style]
                else:
                    m = base // 100 + (base // 200 if odd else 0)
                    phrase = f"${m} million"
                    value = qty(m * 1e6, m * 1e6, m * 1e6, "USD")
                    sentence = (
                        f"Donors pledged {phrase} for the {event} in sector {i}.",
                        f"A fund of {phrase} was set aside after the sector {i} {event}.",
                        f"The {event} in sector {i} is expected to cost {phrase}, officials said.",
                    )[style]
                sentences[o].append(sentence)
                entries.append((o, phrase, sentence, value))
            planned.append((kind, entries, verdict))
            made += 0 if single else 1
        story_docs = []
        for o in range(outlets):
            text = " ".join(sentences[o]) or "No figures today."
            story_docs.append(document(f"s{s}-o{o}", _OUTLETS[o % len(_OUTLETS)], text,
                                       published=dt.date(2022, 3, 1 + o), story=story,
                                       url=f"https://news{o}.example/story/{s}"))
        docs.extend(story_docs)
        cursor = {o: 0 for o in range(outlets)}
        for n, (kind, entries, verdict) in enumerate(planned):
            ids = []
            for o, phrase, sentence, value in entries:
                doc = story_docs[o]
                at = doc.text.index(sentence, cursor[o])
                cursor[o] = at + len(sentence)
                start = doc.text.index(phrase, at)
                fct = Fact(f"{doc.id}:{start}", doc.id, start, start + len(phrase), phrase,
                           kind, value, About(), Span(at, at + len(sentence)))  # type: ignore[arg-type]
                facts.append(fct)
                ids.append(fct.id)
            out.append(Finding(f"s{s}-f{n}", story, kind, f"{kind} of item {n}",  # type: ignore[arg-type]
                               verdict, tuple(ids), f"Synthetic {verdict.value} finding.", ()))
    return Report(documents=tuple(docs), facts=tuple(facts), findings=tuple(out),
                  echoes=find_echoes(docs))
