"""Turn a hand-written annotation spec into a gold file with exact character offsets.

The annotator writes, per story, a spec module (``<story-id>.py`` next to this file) that
names every mention by its document, its quote and, when the quote occurs more than once
in the document, a longer context string that contains the quote exactly once. This script
finds the offsets (never computed by hand), derives ``low``/``high`` from an adjacent
qualifier ("more than", "at least", "nearly", "about") unless the spec gives them, checks
that every quote is found exactly once, and writes ``benchmarks/data/gold/<story-id>.json``.

Usage: python benchmarks/data/annotate/build_gold.py <story-id> [...]
       python benchmarks/data/annotate/build_gold.py --set NAME <story-id> [...]
       python benchmarks/data/annotate/build_gold.py --test <story-id> [...]   (= --set test)

``--set NAME`` builds a sealed test gold: specs from ``annotate/NAME/``, texts from
``stories-NAME/``, output to ``gold-NAME/`` (``--set test``: the first test gold, ``--set test2``:
the second; see the README's "Test gold (sealed)" and "Second test gold").
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent

LOWER_BOUND = ("more than ", "over ", "at least ", "upwards of ", "above ")
UPPER_BOUND = ("nearly ", "almost ", "close to ", "up to ", "fewer than ", "less than ")
ABOUT = ("about ", "around ", "some ", "roughly ", "approximately ", "an estimated ")


def _round_tolerance(value: float) -> float:
    digits = len(re.sub(r"^0+|0+$", "", str(int(value)))) if value == int(value) else 3
    return 0.10 if digits <= 2 else 0.05


def bounds(quote: str, value: Any) -> tuple[Any, Any]:
    """Interval implied by a qualifier written inside the quote (None where open)."""
    if not isinstance(value, (int, float)):
        return None, None
    q = quote.lower()
    if q.startswith(LOWER_BOUND):
        return value, None
    if q.startswith(UPPER_BOUND):
        return round(value * 0.9, 2), value
    if q.startswith(ABOUT):
        tol = _round_tolerance(value)
        return round(value * (1 - tol), 2), round(value * (1 + tol), 2)
    return None, None


def locate(text: str, quote: str, ctx: str | None, where: str) -> int:
    """Start offset of ``quote``; ``ctx`` (containing the quote once) disambiguates."""
    if ctx is None:
        # whole tokens only: "50" must not match inside "150"
        pattern = r"(?<![^\W_])" + re.escape(quote) + r"(?![^\W_])"
        hits = [m.start() for m in re.finditer(pattern, text)]
        if len(hits) != 1:
            raise SystemExit(f"{where}: quote {quote!r} found {len(hits)} times; give ctx")
        return hits[0]
    chits = [m.start() for m in re.finditer(re.escape(ctx), text)]
    if len(chits) != 1:
        raise SystemExit(f"{where}: ctx {ctx!r} found {len(chits)} times")
    inner = [m.start() for m in re.finditer(re.escape(quote), ctx)]
    if len(inner) != 1:
        raise SystemExit(f"{where}: quote {quote!r} found {len(inner)} times in ctx")
    return chits[0] + inner[0]


def _folders(sealed: str | None) -> tuple[Path, Path, Path]:
    """(spec folder, texts folder, gold folder) of the development gold or of a sealed set."""
    if sealed is None:
        return HERE, DATA / "stories", DATA / "gold"
    if not re.fullmatch(r"test\d*", sealed):  # the sealed sets are named test, test2, ...
        raise SystemExit(f"build_gold: unknown set {sealed!r} (expected test, test2, ...)")
    return HERE / sealed, DATA / f"stories-{sealed}", DATA / f"gold-{sealed}"


def build(story: str, test: bool | str = False) -> dict[str, Any]:
    """The gold of one story; ``test`` is True (the first sealed set) or a set name ("test2")."""
    sealed = "test" if test is True else (test or None)
    spec_dir, stories_dir, _ = _folders(sealed)
    spec_path = spec_dir / f"{story}.py"
    mod_spec = importlib.util.spec_from_file_location(f"spec_{story}", spec_path)
    assert mod_spec and mod_spec.loader
    module = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(module)
    spec = module.SPEC
    folder = stories_dir / story
    manifest = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
    files = [s["file"] for s in manifest["source"]]
    texts = {f: (folder / f).read_text(encoding="utf-8") for f in files}

    def doc_of(key: str) -> str:
        matches = [f for f in files if f == key or f.startswith(key + "_")]
        if len(matches) != 1:
            raise SystemExit(f"{story}: document key {key!r} matches {matches}")
        return matches[0]

    documents = []
    for source in manifest["source"]:
        extra = spec.get("documents", {}).get(source["file"].split("_")[0], {})
        published = source.get("published")
        documents.append(
            {
                "doc": source["file"],
                "event_hint": extra.get("event_hint", "e1"),
                "published": published.isoformat() if published else None,
                "published_how": extra.get("published_how", "from the page's own dateline"),
            }
        )
    clusters = []
    for n, cl in enumerate(spec["clusters"], 1):
        mentions = []
        for m in cl["mentions"]:
            doc_key, quote, value = m[0], m[1], m[2]
            opts: dict[str, Any] = m[3] if len(m) > 3 else {}
            doc = doc_of(doc_key)
            where = f"{story} c{n} {doc}"
            start = locate(texts[doc], quote, opts.get("ctx"), where)
            end = start + len(quote)
            assert texts[doc][start:end] == quote
            low, high = bounds(quote, value)
            mentions.append(
                {
                    "doc": doc,
                    "start": start,
                    "end": end,
                    "quote": quote,
                    "value": value,
                    "low": opts.get("low", low),
                    "high": opts.get("high", high),
                    "as_of": opts.get("as_of"),
                    "note": opts.get("note"),
                }
            )
        mentions.sort(key=lambda x: (files.index(x["doc"]), x["start"]))
        docs = {x["doc"] for x in mentions}
        verdict = cl["verdict"]
        if verdict == "single-source" and len(docs) > 1:
            raise SystemExit(f"{story} c{n}: single-source but {len(docs)} documents")
        clusters.append(
            {
                "id": f"c{n}",
                "event": cl["event"],
                "kind": cl["kind"],
                "role": cl["role"],
                "verdict": verdict,
                "why": cl["why"],
                "mentions": mentions,
            }
        )
    seen: dict[tuple[str, int, int], str] = {}
    for cl in clusters:
        for x in cl["mentions"]:
            key = (x["doc"], x["start"], x["end"])
            if key in seen:
                raise SystemExit(f"{story}: {key} in both {seen[key]} and {cl['id']}")
            seen[key] = cl["id"]
    return {
        "story": story,
        "source": "gathered",
        "description": spec["description"],
        "documents": documents,
        "events": spec["events"],
        "clusters": clusters,
    }


def main(args: list[str]) -> None:
    sealed: str | None = None
    stories: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "--test":
            sealed = "test"
        elif arg == "--set":
            sealed = next(rest, None)
            if sealed is None:
                raise SystemExit("build_gold: --set needs a name (test, test2, ...)")
        else:
            stories.append(arg)
    _, _, gold_dir = _folders(sealed)
    for story in stories:
        gold = build(story, sealed or False)
        out = gold_dir / f"{story}.json"
        out.parent.mkdir(exist_ok=True)
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n = sum(len(c["mentions"]) for c in gold["clusters"])
        print(f"{story}: {len(gold['documents'])} docs, {len(gold['clusters'])} clusters, {n} mentions")


if __name__ == "__main__":
    main(sys.argv[1:])
