"""Build a second annotator's gold file from a hand-written spec (gold-d's blind re-annotation).

A spec (``spec_<story>.py`` beside this file) lists, per cluster, mentions as
``(doc, quote, value, options)``; ``options`` may carry ``ctx`` (a longer string, unique in the
document, that contains the quote), ``nth`` (which occurrence of the quote inside ``ctx``),
``low``, ``high``, ``as_of`` and ``note``.  This script finds the exact offsets, refuses a quote
that is missing or ambiguous, and writes ``agreement/<story>.json`` in the gold format.

    python benchmarks/data/agreement/build.py peshawar-mosque-2023
    python benchmarks/data/agreement/build.py --test odisha-train-crash-2023
    python benchmarks/data/agreement/build.py --set test2 morbi-bridge-2022

``--set NAME``: the second annotation of a story of the sealed test set NAME (spec and output in
``agreement-NAME/``, texts in ``stories-NAME/``; see the README's "Test gold (sealed)" and "Second
test gold"); ``--test`` is ``--set test``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
TEST_DIR = DATA / "agreement-test"


def set_dir(sealed: str) -> Path:
    """agreement-NAME/: the second readings of the sealed set NAME (test, test2, ...)."""
    if not re.fullmatch(r"test\d*", sealed):  # a name, never a path
        raise SystemExit(f"build: unknown set {sealed!r} (expected test, test2, ...)")
    return DATA / f"agreement-{sealed}"

sys.path.insert(0, str(DATA))

from validate_gold import (  # noqa: E402
    check,
    ecbplus_docs_path,
    load_ecbplus_texts,
    load_story_texts,
)


def _occurrences(text: str, needle: str, whole: bool) -> list[int]:
    out = []
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        start = i + 1
        if whole:
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(needle)] if i + len(needle) < len(text) else " "
            if re.match(r"\w", before) and re.match(r"\w", needle[0]):
                continue
            if re.match(r"\w", after) and re.match(r"\w", needle[-1]):
                continue
        out.append(i)


def locate(text: str, doc: str, quote: str, opts: dict[str, Any]) -> int:
    ctx = opts.get("ctx")
    if ctx:
        hits = _occurrences(text, ctx, whole=False)
        if len(hits) != 1:
            raise SystemExit(f"{doc}: context {ctx!r} found {len(hits)} times")
        inner = _occurrences(ctx, quote, whole=True)
        nth = opts.get("nth", 0)
        if not inner or (len(inner) > 1 and "nth" not in opts):
            raise SystemExit(f"{doc}: quote {quote!r} found {len(inner)} times in context {ctx!r}")
        return hits[0] + inner[nth]
    hits = _occurrences(text, quote, whole=True)
    if len(hits) != 1:
        raise SystemExit(f"{doc}: quote {quote!r} found {len(hits)} times; give a ctx")
    return hits[0]


def build(story: str, folder: Path = HERE) -> dict[str, Any]:
    spec_path = folder / f"spec_{story.replace('-', '_')}.py"
    module_spec = importlib.util.spec_from_file_location("spec", spec_path)
    assert module_spec and module_spec.loader
    spec = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(spec)
    meta: dict[str, Any] = dict(spec.META)
    if meta["source"] == "ecbplus":
        path = ecbplus_docs_path()
        if path is None:
            raise SystemExit("ECB+ texts are missing")
        texts = load_ecbplus_texts([meta["topic"]], path)
    else:
        texts = load_story_texts(story)
    clusters = []
    used: set[tuple[str, int]] = set()
    for n, (event, kind, role, verdict, why, mentions) in enumerate(spec.CLUSTERS, 1):
        out_mentions = []
        for doc, quote, value, *rest in mentions:
            opts = rest[0] if rest else {}
            start = locate(texts[doc], doc, quote, opts)
            if (doc, start) in used:
                raise SystemExit(f"{doc}: span {quote!r} at {start} used twice")
            used.add((doc, start))
            mention = {
                "doc": doc, "start": start, "end": start + len(quote), "quote": quote, "value": value,
                "low": opts.get("low"), "high": opts.get("high"), "as_of": opts.get("as_of"),
            }
            if opts.get("note"):
                mention["note"] = opts["note"]
            out_mentions.append(mention)
        clusters.append({"id": f"c{n}", "event": event, "kind": kind, "role": role,
                         "verdict": verdict, "why": why, "mentions": out_mentions})
    gold = {**meta, "documents": spec.DOCUMENTS, "events": spec.EVENTS, "clusters": clusters}
    problems = list(check(gold, texts, story))
    if problems:
        raise SystemExit("\n".join(problems))
    return gold


def main(argv: list[str]) -> int:
    folder = HERE
    stories: list[str] = []
    rest = iter(argv)
    for arg in rest:
        if arg == "--test":
            folder = set_dir("test")
        elif arg == "--set":
            name = next(rest, None)
            if name is None:
                raise SystemExit("build: --set needs a name (test, test2, ...)")
            folder = set_dir(name)
        else:
            stories.append(arg)
    for story in stories:
        gold = build(story, folder)
        out = folder / f"{story}.json"
        out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        n = sum(len(c["mentions"]) for c in gold["clusters"])
        print(f"{out.name}: {len(gold['clusters'])} clusters, {n} mentions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
