"""Findings per story, remembered between runs: adding one article re-aligns one story.

Alignment is most of a warm ``check`` (the fact cache already spares the
extraction), and it only ever compares facts of one story.  So a story whose
facts have not changed gets the findings it got last time.

The key of a story covers everything its findings are computed from: the
tool (``cache.tool_fingerprint``: version, the code of every stage, library
versions), the story's name, each document's metadata as the report shows it
(id, path, outlet, title, date, content hash...) with its outlet label (the
labels depend on the whole corpus: "Reuters (2022-01-09)" once Reuters has a
second article anywhere), and the story's facts, exactly (their ``repr``, so
every float to the last bit).

An entry is untrusted, like every cache: it is used only if it is well
formed, names its key, assigns every non-boilerplate fact of the story to
exactly one finding of the right story and kind, and each finding's verdict
is the one its facts give (``judge.verdict_of``); anything else is a miss and
the story is aligned again.  A cache shared with untrusted branches could
still regroup facts, so do not share one (see docs/ci.md).

Entries live in ``<cache-dir>/findings/`` beside the fact cache.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from compare.model import KINDS, Document, Fact, Finding, Verdict
from compare.schema import document_to_dict, finding_to_dict

if TYPE_CHECKING:
    from compare.align import Group
    from compare.cache import CacheLocation

_LAYOUT = "divergence-finding-cache/1"
_VERDICTS = {v.value: v for v in Verdict}


@dataclass(frozen=True)
class StoryResult:
    """One story after alignment: its groups to judge, or the findings recalled for it."""

    story: str
    key: str | None
    groups: tuple[Group, ...] | None = None
    findings: tuple[Finding, ...] | None = None


class FindingCache:
    def __init__(self, directory: CacheLocation) -> None:
        from compare.cache import Store

        self.store_at = Store(directory)

    @staticmethod
    def key(story: str, docs: Sequence[Document], labels: Mapping[str, str], facts: Sequence[Fact]) -> str:
        from compare.cache import tool_fingerprint

        digest = hashlib.sha256(f"{_LAYOUT}\0{tool_fingerprint()}\0{story}".encode())
        for doc in docs:
            meta = document_to_dict(doc, with_text=False)
            meta["label"] = labels.get(doc.id)
            meta["boilerplate"] = [[s.start, s.end] for s in doc.boilerplate]
            digest.update(
                json.dumps(meta, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass")
            )
        digest.update(b"\0facts\0")
        for fact in facts:
            digest.update(repr(fact).encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        return digest.hexdigest()

    @staticmethod
    def _path(key: str) -> str:
        return f"findings/{key[:2]}/{key}.json"

    def load(self, key: str, story: str, facts: Sequence[Fact]) -> tuple[Finding, ...] | None:
        try:
            data = json.loads(self.store_at.read(self._path(key)).decode("utf-8"))
            if not isinstance(data, dict) or data.get("key") != key:
                return None
            findings = tuple(_finding(d) for d in data["findings"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing or damaged: a miss, never an error
        return findings if _consistent(findings, story, facts) else None

    def store(self, key: str, findings: Sequence[Finding]) -> None:
        payload = json.dumps(
            {"key": key, "findings": [finding_to_dict(f) for f in findings]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        try:
            self.store_at.write(self._path(key), payload.encode("utf-8", "surrogatepass"))
        except OSError:
            pass  # a read-only cache only costs speed


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _finding(d: Any) -> Finding:
    if d["kind"] not in KINDS:
        raise ValueError("unknown kind")
    return Finding(
        id=_text(d["id"]),
        story=_text(d["story"]),
        kind=d["kind"],
        about=_text(d["about"]),
        verdict=_VERDICTS[d["verdict"]],
        facts=_strings(d["facts"]),
        explanation=_text(d["explanation"]),
        cues=_strings(d["cues"]),
        event=None if d.get("event") is None else _text(d["event"]),
    )


def _consistent(findings: Sequence[Finding], story: str, facts: Sequence[Fact]) -> bool:
    """Whether ``findings`` could be this story's: every fact once, right kinds, verdicts that hold."""
    from compare.judge import verdict_of

    by_id = {f.id: f for f in facts if not f.boilerplate}
    seen: set[str] = set()
    for finding in findings:
        if finding.story != story or not finding.facts:
            return False
        members = []
        for fact_id in finding.facts:
            fact = by_id.get(fact_id)
            if fact is None or fact_id in seen or fact.kind != finding.kind:
                return False
            seen.add(fact_id)
            members.append(fact)
        if verdict_of(members) is not finding.verdict:
            return False
    return len(seen) == len(by_id) and [f.id for f in findings] == sorted(f.id for f in findings)


def align_story(
    story: str,
    docs: Sequence[Document],
    facts: Sequence[Fact],
    labels: Mapping[str, str],
    cache_dir: CacheLocation | None,
) -> StoryResult:
    """The story's findings from the cache, or its groups, aligned now, for the caller to judge."""
    from compare.align import align

    key = None
    if cache_dir is not None:
        cache = FindingCache(cache_dir)
        key = cache.key(story, docs, labels, facts)
        findings = cache.load(key, story, facts)
        if findings is not None:
            return StoryResult(story, key, findings=findings)
    return StoryResult(story, key, groups=tuple(align(docs, facts)))


def finish(
    results: Iterable[StoryResult],
    documents: Sequence[Document],
    cache_dir: CacheLocation | None,
    labels: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Judge what was aligned now (with the whole corpus's outlet labels: ``labels``, or those
    of ``documents`` when they are the whole corpus), remember it, add the recalled."""
    from compare.judge import judge

    results = list(results)
    groups = [g for r in results if r.groups is not None for g in r.groups]
    fresh = judge(groups, documents, labels)
    if cache_dir is not None:
        cache = FindingCache(cache_dir)
        by_story: dict[str, list[Finding]] = {}
        for finding in fresh:
            by_story.setdefault(finding.story, []).append(finding)
        for r in results:
            if r.groups is not None and r.key is not None:
                cache.store(r.key, by_story.get(r.story, []))
    recalled = [f for r in results if r.findings is not None for f in r.findings]
    findings = fresh + recalled
    findings.sort(key=lambda f: (f.story, f.id))
    return findings
