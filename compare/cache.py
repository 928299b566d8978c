"""A cache of extracted facts per file, keyed by content hash and tool version.

Adding one article to a large story then re-extracts one file.  The key covers
everything extraction reads: the text's hash, the publication date (relative
dates resolve against it), the document id (fact ids embed it), the boilerplate
spans, and the tool itself: its version, a hash of its own source files (a
development checkout changes code without changing the version) and the
versions of the libraries it depends on.  So a stale entry is never returned.

Entries are checked on the way out too: a fact whose offsets do not give back
its text, or that names another document, makes the whole entry a miss.  A
damaged or unreadable entry is a miss, an unwritable directory only costs
speed; the cache never turns into an error.

The directory carries a ``.gitignore`` of ``*`` (so ``git add .`` cannot commit
it) and a ``CACHEDIR.TAG`` (so backup tools skip it), as pytest and ruff do.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Any, get_args

from compare import __version__
from compare.model import KINDS, QUALIFIERS, Anchor, DateValue, Document, Fact, Granularity, Quantity
from compare.schema import SCHEMA, fact_from_dict, fact_to_dict

_LAYOUT = "divergence-fact-cache/4"  # 3: facts carry role and as_of; 4: a digest binds the facts
_NOT_FACTS = (
    "baseline.py",
    "ci.py",
    "cli.py",
    "engine.py",
    "incremental.py",
    "incremental_check.py",
    "filestate.py",
    "progress.py",
    "streamed.py",  # the report's JSON text: the check's story parts are keyed by gate_fingerprint
)
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by divergence.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)


@functools.cache
def tool_fingerprint() -> str:
    """What, besides the document, decides the facts: the code and its libraries."""
    digest = hashlib.sha256(f"{_LAYOUT}\0{SCHEMA}\0{__version__}".encode())
    package = Path(__file__).resolve().parent
    # Rendering, the CI gate and where the stages run (engine, incremental
    # check, file state, progress) do not change facts or findings; leaving
    # them out keeps the cache warm while those are edited.  The incremental
    # check's own records are keyed by ``incremental_check.gate_fingerprint``, which
    # adds the gate's and its own code.
    # The language data (compare/lang/en/*.toml) decides facts as much as code,
    # and the fitted alignment model (compare/data/*.json) decides findings.
    data = sorted((package / "data").glob("*.json")) if (package / "data").is_dir() else []
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.toml"), *data]):
        relative = path.relative_to(package).as_posix()
        if relative.startswith("render/") or relative in _NOT_FACTS:
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    from importlib import metadata  # 8 ms of imports: only when a cache is used

    try:
        requirements = metadata.requires("divergence") or []
    except metadata.PackageNotFoundError:
        requirements = []
    for requirement in sorted(requirements):
        if "extra ==" in requirement:
            continue
        name = requirement.split(";")[0].strip()
        for sep in "<>=!~[ ":
            name = name.split(sep)[0]
        try:
            digest.update(f"{name}=={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()


CacheLocation = Path | str
"""A cache directory: a local ``Path``, or an fsspec URL (``s3://bucket/cache``) as a string."""


class Store:
    """Where cache entries live: a local directory (entries written beside and renamed over, so
    a reader never sees half of one) or an fsspec URL every worker can reach (an object store's
    put is atomic).  Reading a missing entry raises ``OSError``; so does a failed write, which
    the caches ignore (a cache only costs speed)."""

    def __init__(self, location: CacheLocation) -> None:
        from compare.corpus.remote import FILE_SCHEME, filesystem, is_url

        self.fs: Any = None
        self.local: Path | None = None
        self.root = ""
        if isinstance(location, str) and is_url(location):
            if location.startswith(FILE_SCHEME):
                self.local = Path(location[len(FILE_SCHEME) :])
            else:
                self.fs, self.root = filesystem(location)
                self.root = self.root.rstrip("/")
        else:
            self.local = Path(location)

    def read(self, relative: str) -> bytes:
        if self.local is not None:
            return (self.local / relative).read_bytes()
        try:
            data: bytes = self.fs.cat_file(f"{self.root}/{relative}")
        except OSError:
            raise
        except Exception as exc:  # a store's own errors (network, permissions): a miss
            raise OSError(str(exc)) from None
        return data

    def write(self, relative: str, data: bytes) -> None:
        if self.local is not None:
            path = self.local / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, data)
            return
        try:
            self.fs.pipe_file(f"{self.root}/{relative}", data)
        except OSError:
            raise
        except Exception as exc:
            raise OSError(str(exc)) from None

    def exists(self, relative: str) -> bool:
        if self.local is not None:
            return (self.local / relative).exists()
        try:
            return bool(self.fs.exists(f"{self.root}/{relative}"))
        except Exception:
            return False


def portable(location: CacheLocation | None) -> str | None:
    """``location`` as a string a worker elsewhere can use: an absolute path or the URL."""
    if location is None:
        return None
    if isinstance(location, str):
        return location
    return str(location.resolve())


def location_of(value: str | None) -> CacheLocation | None:
    """The inverse of ``portable``, on a worker."""
    if not value:
        return None
    from compare.corpus.remote import is_url

    return value if is_url(value) else Path(value)


class FactCache:
    def __init__(self, directory: CacheLocation) -> None:
        self.directory = directory
        self.store_at = Store(directory)
        self._marked = False

    def _key(self, doc: Document) -> str:
        ident = "\0".join(
            [
                tool_fingerprint(),
                doc.sha256,
                doc.id,
                str(doc.published),
                hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest(),
                repr(doc.boilerplate),
                doc.language,
            ]
        )
        return hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()

    @staticmethod
    def _path(key: str) -> str:
        return f"{key[:2]}/{key}.json"

    def load(self, doc: Document) -> tuple[Fact, ...] | None:
        key = self._key(doc)
        try:
            data = json.loads(self.store_at.read(self._path(key)).decode("utf-8"))
            if data["key"] != key or data["digest"] != _digest(key, data["facts"]):
                return None
            facts = tuple(fact_from_dict(d) for d in data["facts"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
            # A missing or damaged entry is a miss, never an error.
            return None
        if not all(_valid(fact, doc) for fact in facts):
            return None
        return facts

    def store(self, doc: Document, facts: tuple[Fact, ...]) -> None:
        key = self._key(doc)
        listed = [_exact_dict(f) for f in facts]
        payload = json.dumps(
            {"key": key, "digest": _digest(key, listed), "facts": listed},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        try:
            self._mark()
            self.store_at.write(self._path(key), payload.encode("utf-8", "surrogatepass"))
        except OSError:
            pass  # a read-only cache directory only costs speed

    def _mark(self) -> None:
        if self._marked:
            return
        if self.store_at.local is not None:
            self.store_at.local.mkdir(parents=True, exist_ok=True)
        for name, content in (
            (".gitignore", "# created by divergence\n*\n"),
            ("CACHEDIR.TAG", _CACHEDIR_TAG),
        ):
            if not self.store_at.exists(name):
                self.store_at.write(name, content.encode("utf-8"))
        self._marked = True


def _digest(key: str, facts: Any) -> str:
    """Binds an entry's facts to its key: an entry edited by hand (a value
    changed to flip a CI gate) no longer matches and is a miss.  Whoever can
    write the cache can recompute it, so a cache is never shared with
    untrusted branches (docs/ci.md)."""
    blob = json.dumps([key, facts], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _finite(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _valid(fact: Fact, doc: Document) -> bool:  # noqa: C901 - one check per field
    """What a fresh fact always satisfies; a cached fact that does not is a miss."""
    text = doc.text
    if fact.doc != doc.id or not isinstance(fact.id, str) or fact.kind not in KINDS:
        return False
    if not (
        isinstance(fact.start, int) and isinstance(fact.end, int) and 0 <= fact.start < fact.end <= len(text)
    ):
        return False
    if text[fact.start : fact.end] != fact.text or not isinstance(fact.boilerplate, bool):
        return False
    sentence = fact.sentence
    if not (isinstance(sentence.start, int) and isinstance(sentence.end, int)):
        return False
    if not 0 <= sentence.start <= sentence.end <= len(text):
        return False
    value = fact.value
    if fact.kind == "date":
        if not isinstance(value, DateValue) or value.granularity not in get_args(Granularity):
            return False
        if value.anchor not in get_args(Anchor) or (value.start is None) != (value.end is None):
            return False
        if value.start is not None and value.end is not None and value.start > value.end:
            return False
        if (value.time is None) != (value.zone is None) or (
            value.time is not None and value.granularity != "minute"
        ):
            return False
    else:
        if not isinstance(value, Quantity) or value.qualifier not in QUALIFIERS:
            return False
        if not isinstance(value.unit, str):
            return False
        if any(x is not None and not _finite(x) for x in (value.stated, value.low, value.high)):
            return False
        if value.low is not None and value.high is not None and value.low > value.high:  # type: ignore[operator]
            return False
    about = fact.about
    names = (about.noun, about.predicate, about.event, about.modality, fact.role)
    if any(x is not None and not isinstance(x, str) for x in names):
        return False
    lists = (about.participants, about.places, about.terms)
    return all(isinstance(x, str) for items in lists for x in items)


def _exact_dict(fact: Fact) -> dict[str, Any]:
    """The schema's dict, but with numbers unrounded: a warm run must see the very
    floats a cold run computed, or a value on an interval's edge could change verdict."""
    d = fact_to_dict(fact)
    if isinstance(fact.value, Quantity):
        d["value"].update(stated=fact.value.stated, low=fact.value.low, high=fact.value.high)
    return d


def _replace(path: Path, data: bytes) -> None:
    """Write beside ``path`` and rename over it, so a reader never sees half an entry.

    Unlike ``compare.atomic.write_atomic`` this does not fsync: losing a cache
    entry to a power cut costs one re-extraction, and a thousand fsyncs cost
    seconds on a cold run.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
