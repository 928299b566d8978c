"""Check the development gold of issue 11 (benchmarks/data/gold/*.json) against its sources.

What is checked, per file: the schema of GOLD_FORMAT (story, source, documents, events, clusters,
mentions), that every mention's quote is exactly `text[start:end]` of its document (ECB+ texts read from
`../shared/peer-data/ecbplus-full/docs.jsonl`, gathered stories from `benchmarks/data/stories/<id>/`),
that every event and document a cluster names is defined, that a gathered story's `sources.toml` lists
every document with its outlet and publication date and that every text in its folder is annotated,
that cluster and event ids are unique, that a verdict fits its mentions (single-source: one document;
agree: one value), and that no held-out ECB+ topic (8, 18, 20, 37, 41) is annotated.

Usage: python benchmarks/data/validate_gold.py [GOLD.json | DIR ...]   (default: every file under gold/;
a directory stands for its *.json files, e.g. gold-test/ or gold-test2/, the sealed test golds, whose
texts are in stories-test/ and stories-test2/)
Exit status 0 when every file is valid, 1 when a problem was found (one line per problem), 2 when the
ECB+ texts an ECB+ file needs are missing.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
GOLD_DIR = HERE / "gold"
STORIES_DIR = HERE / "stories"
# The sealed test gold (gold-test/) keeps its texts apart, so that nothing that globs the
# development stories runs the tool on them.
TEST_GOLD_DIR = HERE / "gold-test"
TEST_STORIES_DIR = HERE / "stories-test"
# Each later sealed set (gold-test2/ ...) is gathered afresh once an earlier one has been read;
# gold-NAME/ keeps its texts in stories-NAME/.
TEST2_GOLD_DIR = HERE / "gold-test2"
TEST2_STORIES_DIR = HERE / "stories-test2"


def sealed_sets() -> list[tuple[Path, Path]]:
    """(gold folder, texts folder) of every sealed test set present: gold-test/, gold-test2/, ..."""
    return [
        (gold, HERE / ("stories" + gold.name[len("gold") :]))
        for gold in sorted(HERE.glob("gold-test*"))
        if gold.is_dir()
    ]
HELD_OUT_TOPICS = frozenset({8, 18, 20, 37, 41})
KINDS = frozenset({"count", "money", "percent", "measure", "duration", "date"})
VERDICTS = frozenset({"agree", "compatible", "conflict", "updated", "single-source"})
SOURCES = frozenset({"ecbplus", "gathered"})
_ECB_RELATIVE = Path("shared") / "peer-data" / "ecbplus-full" / "docs.jsonl"


def ecbplus_docs_path() -> Path | None:
    """docs.jsonl in ../shared next to the repository (or next to the folder of a git worktree)."""
    for base in (REPO.parent, REPO.parent.parent):
        candidate = base / _ECB_RELATIVE
        if candidate.is_file():
            return candidate
    return None


def load_ecbplus_texts(topics: Iterable[int], path: Path) -> dict[str, str]:
    """Texts of the wanted topics only; a held-out topic is never read."""
    wanted = set(topics) - HELD_OUT_TOPICS
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("topic") in wanted:
                texts[record["doc_id"]] = record["text"]
    return texts


def story_folder(story: str) -> Path:
    """The folder of a gathered story: a development story, else a story of a sealed test set."""
    for texts in (STORIES_DIR, *(texts for _, texts in sealed_sets())):
        if (texts / story).is_dir():
            return texts / story
    return TEST_STORIES_DIR / story


def load_story_texts(story: str) -> dict[str, str]:
    folder = story_folder(story)
    if not folder.is_dir():
        return {}
    return {p.name: p.read_bytes().decode("utf-8") for p in sorted(folder.glob("*.txt"))}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(gold: dict[str, Any], texts: dict[str, str], name: str) -> Iterator[str]:
    """Every problem of one gold file, each as a line naming the file."""

    def problem(message: str) -> str:
        return f"{name}: {message}"

    for key in ("story", "source", "description", "documents", "events", "clusters"):
        if key not in gold:
            yield problem(f"missing key {key!r}")
            return
    if gold["source"] not in SOURCES:
        yield problem(f"source {gold['source']!r} is not one of {sorted(SOURCES)}")
    if gold["source"] == "ecbplus":
        topic = gold.get("topic")
        if not isinstance(topic, int):
            yield problem("an ECB+ story needs an integer 'topic'")
        elif topic in HELD_OUT_TOPICS:
            yield problem(f"topic {topic} is held out and must not be annotated")
        elif gold["story"] != f"ecb-{topic:02d}":
            yield problem(f"story id {gold['story']!r} does not match topic {topic}")
    docs: set[str] = set()
    for entry in gold["documents"]:
        doc = entry.get("doc")
        if doc in docs:
            yield problem(f"document {doc!r} listed twice")
        docs.add(doc)
        if doc not in texts:
            yield problem(f"document {doc!r} has no text")
        if entry.get("published") is not None and not entry.get("published_how"):
            yield problem(f"document {doc!r}: a published date needs published_how")
        if gold["source"] == "ecbplus" and isinstance(doc, str):
            topic_prefix = doc.split("_", 1)[0]
            if topic_prefix != str(gold.get("topic")):
                yield problem(f"document {doc!r} is not in topic {gold.get('topic')}")
    events: set[str] = set()
    for event in gold["events"]:
        if event.get("id") in events:
            yield problem(f"event {event.get('id')!r} defined twice")
        events.add(event.get("id"))
        if not isinstance(event.get("label"), str) or not isinstance(event.get("main"), bool):
            yield problem(f"event {event.get('id')!r} needs a label and a boolean 'main'")
    cluster_ids: set[str] = set()
    seen_spans: dict[tuple[str, int, int], str] = {}
    for cluster in gold["clusters"]:
        cid = cluster.get("id")
        if cid in cluster_ids:
            yield problem(f"cluster {cid!r} defined twice")
        cluster_ids.add(cid)
        if cluster.get("event") not in events:
            yield problem(f"cluster {cid!r}: event {cluster.get('event')!r} is not defined")
        if cluster.get("kind") not in KINDS:
            yield problem(f"cluster {cid!r}: kind {cluster.get('kind')!r} is not one of {sorted(KINDS)}")
        if cluster.get("verdict") not in VERDICTS:
            verdict = cluster.get("verdict")
            yield problem(f"cluster {cid!r}: verdict {verdict!r} is not one of {sorted(VERDICTS)}")
        if not cluster.get("role") or not cluster.get("why"):
            yield problem(f"cluster {cid!r}: role and why must not be empty")
        mentions = cluster.get("mentions") or []
        if not mentions:
            yield problem(f"cluster {cid!r} has no mentions")
        for mention in mentions:
            doc, start, end, quote = (mention.get(k) for k in ("doc", "start", "end", "quote"))
            where = f"cluster {cid!r}, {doc}[{start}:{end}]"
            if doc not in docs:
                yield problem(f"{where}: document not listed in 'documents'")
                continue
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
                yield problem(f"{where}: start/end must be integers with 0 <= start < end")
                continue
            text = texts.get(doc)
            if text is not None and text[start:end] != quote:
                yield problem(f"{where}: quote {quote!r} != text {text[start:end]!r}")
            if "value" not in mention:
                yield problem(f"{where}: missing value")
            for bound in ("low", "high"):
                if mention.get(bound) is not None and not _is_number(mention[bound]):
                    yield problem(f"{where}: {bound} must be a number or null")
            key = (doc, start, end)
            if key in seen_spans:
                yield problem(f"{where}: span already used in cluster {seen_spans[key]!r}")
            seen_spans[key] = cid
        mention_docs = {m.get("doc") for m in mentions}
        if cluster.get("verdict") == "single-source" and len(mention_docs) > 1:
            yield problem(f"cluster {cid!r}: single-source but mentions span {len(mention_docs)} documents")
        if cluster.get("verdict") == "agree":
            values = {json.dumps(m.get("value"), sort_keys=True) for m in mentions}
            if len(values) > 1:
                yield problem(f"cluster {cid!r}: verdict agree but values differ: {sorted(values)}")


def check_story_folder(gold: dict[str, Any], name: str, folder: Path | None = None) -> Iterator[str]:
    """A gathered story's folder against its gold: the manifest names every document the gold lists
    (with an outlet), every text in the folder is annotated, and the publication dates agree."""
    folder = folder or story_folder(str(gold.get("story")))
    manifest_path = folder / "sources.toml"
    try:
        manifest = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        yield f"{name}: cannot read {manifest_path.name} of story {gold.get('story')!r}: {error}"
        return
    sources = {entry.get("file"): entry for entry in manifest.get("source", []) if isinstance(entry, dict)}
    documents = {entry.get("doc"): entry for entry in gold.get("documents", []) if isinstance(entry, dict)}
    for doc, entry in documents.items():
        source = sources.get(doc)
        if source is None:
            yield f"{name}: document {doc!r} is not in {manifest_path.name}"
            continue
        if not source.get("outlet"):
            yield f"{name}: document {doc!r} has no outlet in {manifest_path.name}"
        published = source.get("published")
        stated = published.isoformat()[:10] if hasattr(published, "isoformat") else None
        if stated != entry.get("published"):
            yield f"{name}: document {doc!r} published {entry.get('published')!r}, manifest says {stated!r}"
    for text in sorted(p.name for p in folder.glob("*.txt")):
        if text not in documents:
            where = folder.parent.name if folder.parent.name.startswith("stories-test") else "stories"
            yield f"{name}: {text} in {where}/{gold.get('story')}/ is not listed in 'documents'"


def validate_file(path: Path, ecb_docs: Path | None) -> list[str]:
    name = path.name
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{name}: cannot read: {error}"]
    if not isinstance(gold, dict):
        return [f"{name}: top level must be an object"]
    if gold.get("source") == "ecbplus":
        if ecb_docs is None:
            raise FileNotFoundError(f"{name}: ECB+ texts not found ({_ECB_RELATIVE} next to the repository)")
        topic = gold.get("topic")
        texts = load_ecbplus_texts([topic] if isinstance(topic, int) else [], ecb_docs)
    else:
        texts = load_story_texts(str(gold.get("story")))
        return list(check(gold, texts, name)) + list(check_story_folder(gold, name))
    return list(check(gold, texts, name))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [
        p for a in args for p in (sorted(Path(a).glob("*.json")) if Path(a).is_dir() else [Path(a)])
    ] or ([] if args else sorted(GOLD_DIR.glob("*.json")))
    ecb_docs = ecbplus_docs_path()
    problems: list[str] = []
    try:
        for path in paths:
            problems.extend(validate_file(path, ecb_docs))
    except FileNotFoundError as error:
        print(f"validate_gold: {error}", file=sys.stderr)
        return 2
    for line in problems:
        print(line)
    print(f"validate_gold: {len(paths)} file(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
